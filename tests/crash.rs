//! Crash safety: the server process is killed (SIGKILL) in the middle of a submission surge.
//! Every submission that got a receipt is there afterwards, with its digest; nothing is
//! half-written (an application is submitted exactly when it has a receipt); receipt numbers
//! are unique (on SQLite also without gaps; PostgreSQL's come from a sequence that no
//! transaction holds, #16, so a submission killed after taking its number leaves a gap). The
//! killed process was one of the audit log's sequencers: afterwards every committed entry is
//! sealed exactly once and the log verifies.

mod common;

use std::collections::HashMap;

use common::*;
use futures::stream::{FuturesUnordered, StreamExt};
use grantdesk_api::auth::Role;
use serde_json::json;

#[tokio::test]
async fn a_server_killed_mid_surge_loses_no_receipt_and_leaves_nothing_half_written() {
    const N: u32 = 120;
    // the child server runs on the real clock: the call must be open now
    let app = spawn_app_at(chrono::Utc::now()).await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    let mut call = reference_call("CRASH");
    let deadline = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m-%dT10:00")
        .to_string();
    call["deadline"] = json!(deadline);
    call["start_date"] = json!((chrono::Utc::now() + chrono::Duration::days(90))
        .format("%Y-%m-%d")
        .to_string());
    call["budget_year"] = json!(2030);
    call["questions"] =
        json!([{"key": "expertise", "label": "Expertise", "required": true, "max_length": 500}]);
    let call = app.open_call(&admin, &finance, call).await;
    let applicant = app.applicant().await;
    let mut ids = Vec::new();
    for i in 0..N {
        let org = app
            .organisation(&applicant, &format!("Gemeente {i}"), &kbo(3000 + i))
            .await;
        let res = app
            .post(
                &format!("/api/v1/calls/{call}/applications"),
                Some(&applicant),
                complete_application(&org),
            )
            .await;
        ids.push(res.ok(201)["id"].as_str().unwrap().to_owned());
    }

    let mut server = app.spawn_process().await;
    let token = app.real_time_token(&applicant);
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap();
    let mut pending: FuturesUnordered<_> = ids
        .iter()
        .map(|id| {
            let request = client
                .post(format!("{}/api/v1/applications/{id}/submit", server.base))
                .bearer_auth(&token)
                .send();
            let id = id.clone();
            async move {
                match request.await {
                    Ok(res) if res.status().as_u16() == 201 => {
                        let body: serde_json::Value = res.json().await.unwrap_or_default();
                        Some((id, body))
                    }
                    _ => None,
                }
            }
        })
        .collect();
    // let some submissions through, then kill the server with SIGKILL mid-surge
    let mut receipts: HashMap<String, serde_json::Value> = HashMap::new();
    while let Some(done) = pending.next().await {
        if let Some((id, body)) = done {
            if body["number"].is_string() {
                receipts.insert(id, body);
            }
        }
        if receipts.len() >= 15 {
            server.kill();
            break;
        }
    }
    while let Some(done) = pending.next().await {
        if let Some((id, body)) = done {
            if body["number"].is_string() {
                receipts.insert(id, body);
            }
        }
    }
    assert!(
        receipts.len() >= 15,
        "the surge was under way when the server died"
    );
    assert!(
        receipts.len() < N as usize,
        "the server died before the surge ended"
    );

    // after the crash, from the database (as a restarted server would see it)
    let auditor = app.login(Role::Auditor).await;
    let mut submitted = 0;
    let mut numbers = Vec::new();
    for id in &ids {
        let view = app
            .get(&format!("/api/v1/applications/{id}"), Some(&auditor))
            .await;
        let view = view.ok(200);
        let stored = app
            .get(
                &format!("/api/v1/applications/{id}/receipts"),
                Some(&auditor),
            )
            .await;
        let stored = stored.ok(200).as_array().unwrap().clone();
        match view["status"].as_str().unwrap() {
            "submitted" => {
                submitted += 1;
                assert_eq!(stored.len(), 1, "a submitted application has its receipt");
                numbers.push(stored[0]["number"].as_str().unwrap().to_owned());
                // the frozen snapshot still hashes to the digest
                let full = app
                    .get(
                        &format!(
                            "/api/v1/applications/{id}/receipts/{}",
                            stored[0]["number"].as_str().unwrap()
                        ),
                        Some(&auditor),
                    )
                    .await;
                let snapshot = full.ok(200)["snapshot"].clone();
                assert_eq!(
                    grantdesk_domain::snapshot_digest(&snapshot),
                    stored[0]["digest"].as_str().unwrap()
                );
            }
            "draft" => assert!(
                stored.is_empty(),
                "a draft has no receipt: nothing half-written"
            ),
            other => panic!("unexpected status {other}"),
        }
        if let Some(got) = receipts.get(id) {
            assert_eq!(
                stored.first().map(|r| &r["number"]),
                Some(&got["number"]),
                "a receipt given out is kept"
            );
            assert_eq!(stored[0]["digest"], got["digest"]);
        }
    }
    assert!(submitted >= receipts.len());
    numbers.sort();
    let all = numbers.len();
    numbers.dedup();
    assert_eq!(numbers.len(), all, "receipt numbers are unique");
    assert_eq!(all, submitted, "one receipt per submitted application");
    if !on_postgres() {
        let expected: Vec<String> = (1..=submitted).map(|n| format!("CRASH-{n:04}")).collect();
        assert_eq!(
            numbers, expected,
            "on SQLite a rolled-back submission gives its number back"
        );
    }

    // and a restarted server carries on
    let again = app.spawn_process().await;
    let draft = ids.iter().find(|id| !receipts.contains_key(*id)).unwrap();
    let res = client
        .post(format!("{}/api/v1/applications/{draft}/submit", again.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());

    // the audit log lost nothing and sealed nothing twice: the killed process sealed (as every
    // server process does) while it ran; the others took over; every committed entry is a leaf
    // once, under a checkpoint, and the whole log verifies
    let mut sealed = false;
    for _ in 0..250 {
        let total = app
            .get("/api/v1/audit?per_page=1", Some(&auditor))
            .await
            .ok(200)["total"]
            .as_u64()
            .unwrap();
        let cp = app.get("/api/v1/log/checkpoint", Some(&auditor)).await;
        if cp.status == 200 && cp.body["tree_size"].as_u64() == Some(total) {
            sealed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(sealed, "every entry sealed within 5 s of the crash");
    let mut seen = std::collections::BTreeSet::new();
    let mut page = 1;
    loop {
        let res = app
            .get(
                &format!("/api/v1/log/entries?per_page=100&page={page}"),
                Some(&auditor),
            )
            .await;
        let items = res.ok(200)["items"].as_array().unwrap().clone();
        for e in &items {
            assert!(
                seen.insert(e["entry_id"].as_str().unwrap().to_owned()),
                "entry {} sealed twice",
                e["entry_id"]
            );
        }
        if items.len() < 100 {
            break;
        }
        page += 1;
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(v.ok(200)["intact"], true, "{}", v.text);
    assert_eq!(v.body["log"]["pending"], 0, "{}", v.text);
}

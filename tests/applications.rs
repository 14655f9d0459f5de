//! Applications from sign-up to receipt: organisations, drafts, exact sums, attachments, the
//! deadline to the millisecond, and organisations that never see each other's work.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

struct World {
    app: TestApp,
    admin: String,
    call: String,
    applicant: String,
    org: String,
}

/// An open call with a form (deadline 31 Aug 2023 10:00 Brussels), an applicant with an
/// organisation, the clock at 1 August 2023.
async fn world() -> World {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let call = app
        .open_call(&admin, &finance, call_with_form("EXP23"))
        .await;
    app.set_time(brussels(2023, 8, 1, 12, 0, 0));
    let applicant = app.applicant().await;
    let org = app.organisation(&applicant, "Stad Genk", &kbo(1)).await;
    World {
        app,
        admin,
        call,
        applicant,
        org,
    }
}

impl World {
    async fn draft(&self, body: Value) -> Value {
        let res = self
            .app
            .post(
                &format!("/api/v1/calls/{}/applications", self.call),
                Some(&self.applicant),
                body,
            )
            .await;
        res.ok(201).clone()
    }

    /// A complete draft with its application form attached; returns the application id.
    async fn complete_draft(&self) -> String {
        let draft = self.draft(complete_application(&self.org)).await;
        let id = draft["id"].as_str().unwrap().to_owned();
        self.app
            .upload(
                &self.applicant,
                &id,
                "application_form",
                "aanvraag.pdf",
                TINY_PDF.to_vec(),
            )
            .await
            .ok(201);
        id
    }

    async fn submit(&self, id: &str) -> Res {
        self.app
            .post(
                &format!("/api/v1/applications/{id}/submit"),
                Some(&self.applicant),
                json!({}),
            )
            .await
    }
}

#[tokio::test]
async fn an_applicant_signs_up_registers_an_organisation_drafts_attaches_and_submits() {
    let w = world().await;
    let draft = w
        .draft(json!({"organisation_id": w.org, "track": 1, "title": "Eerste versie"}))
        .await;
    assert_eq!(draft["status"], "draft");
    let missing: Vec<&str> = draft["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["field"].as_str().unwrap())
        .collect();
    for field in [
        "summary",
        "answers.expertise",
        "budget_lines",
        "attachments.application_form",
        "contact",
    ] {
        assert!(
            missing.contains(&field),
            "{field} should be missing: {missing:?}"
        );
    }
    let id = draft["id"].as_str().unwrap();

    // submitting now lists everything that is missing
    let res = w.submit(id).await;
    let p = res.problem(422);
    assert_eq!(p["type"], "/problems/incomplete");
    assert!(p["errors"].as_array().unwrap().len() >= 4);

    let mut content = complete_application(&w.org);
    content.as_object_mut().unwrap().remove("organisation_id");
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&w.applicant),
            Some(content),
        )
        .await;
    assert_eq!(res.ok(200)["requested_amount"], "25000.50");
    let up = w
        .app
        .upload(
            &w.applicant,
            id,
            "application_form",
            "C:\\fakepath\\Aanvraag Genk.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let attachment = up.ok(201);
    assert_eq!(attachment["file_name"], "Aanvraag Genk.pdf");
    assert_eq!(attachment["media_type"], "application/pdf");

    let res = w.submit(id).await;
    let receipt = res.ok(201).clone();
    assert_eq!(receipt["number"], "EXP23-0001");
    assert_eq!(receipt["received_at"], "2023-08-01T12:00:00+02:00");
    assert_eq!(receipt["digest"].as_str().unwrap().len(), 64);

    // idempotent: the same receipt again
    let again = w.submit(id).await;
    assert_eq!(again.ok(200)["number"], "EXP23-0001");
    assert_eq!(again.body["digest"], receipt["digest"]);

    // the snapshot is frozen and hashes to the digest
    let full = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts/EXP23-0001"),
            Some(&w.applicant),
        )
        .await;
    let snapshot = full.ok(200)["snapshot"].clone();
    let digest = grantdesk_domain::snapshot_digest(&snapshot);
    assert_eq!(digest, receipt["digest"].as_str().unwrap());
    assert_eq!(snapshot["requested_amount"], "25000.50");

    // submitted is read-only
    let res = w
        .app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&w.applicant),
            Some(json!({"track": 1, "title": "changed"})),
        )
        .await;
    res.problem(409);
    w.app
        .upload(&w.applicant, id, "annex", "extra.pdf", TINY_PDF.to_vec())
        .await
        .problem(409);
}

#[tokio::test]
async fn revising_and_resubmitting_gives_a_new_receipt_and_keeps_the_old_one() {
    let w = world().await;
    let id = w.complete_draft().await;
    assert_eq!(w.submit(&id).await.ok(201)["number"], "EXP23-0001");
    let revised = w
        .app
        .post(
            &format!("/api/v1/applications/{id}/revise"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    assert_eq!(revised.ok(200)["status"], "draft");
    let mut content = complete_application(&w.org);
    content.as_object_mut().unwrap().remove("organisation_id");
    content["title"] = json!("Expertenpool Limburg, herwerkt");
    w.app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&w.applicant),
            Some(content),
        )
        .await
        .ok(200);
    let second = w.submit(&id).await;
    assert_eq!(second.ok(201)["number"], "EXP23-0002");
    let receipts = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts"),
            Some(&w.applicant),
        )
        .await;
    let list = receipts.ok(200).as_array().unwrap().clone();
    assert_eq!(list.len(), 2);
    assert_ne!(list[0]["digest"], list[1]["digest"]);
    let app = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(app.ok(200)["latest_receipt"]["number"], "EXP23-0002");

    let withdrawn = w
        .app
        .post(
            &format!("/api/v1/applications/{id}/withdraw"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    assert_eq!(withdrawn.ok(200)["status"], "withdrawn");
    w.submit(&id).await.problem(409);
}

#[tokio::test]
async fn a_submission_at_one_millisecond_before_the_deadline_is_accepted_and_at_the_deadline_refused(
) {
    let w = world().await;
    let early = w.complete_draft().await;
    let late = w.complete_draft().await;
    let deadline = brussels(2023, 8, 31, 10, 0, 0);

    w.app.set_time(deadline - chrono::Duration::milliseconds(1));
    let res = w.submit(&early).await;
    assert_eq!(res.ok(201)["received_at"], "2023-08-31T09:59:59.999+02:00");

    w.app.set_time(deadline);
    let res = w.submit(&late).await;
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/deadline-passed");
    assert_eq!(p["deadline"], "2023-08-31T10:00:00+02:00");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("2023-08-31T10:00:00+02:00"),
        "{p}"
    );
    let app = w
        .app
        .get(&format!("/api/v1/applications/{late}"), Some(&w.applicant))
        .await;
    assert_eq!(app.ok(200)["status"], "draft");
    assert!(app.body["latest_receipt"].is_null());

    // after the deadline nothing changes: no edit, no revision, no withdrawal, no new draft
    let res = w
        .app
        .post(
            &format!("/api/v1/applications/{early}/revise"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/deadline-passed");
    let res = w
        .app
        .post(
            &format!("/api/v1/applications/{early}/withdraw"),
            Some(&w.applicant),
            json!({}),
        )
        .await;
    res.problem(409);
    let res = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&w.applicant),
            complete_application(&w.org),
        )
        .await;
    res.problem(409);
}

#[tokio::test]
async fn a_submission_that_waits_past_the_deadline_is_refused_because_the_commit_instant_counts() {
    use diesel::connection::SimpleConnection;
    let w = world().await;
    let id = w.complete_draft().await;
    let deadline = brussels(2023, 8, 31, 10, 0, 0);
    w.app.set_time(deadline - chrono::Duration::milliseconds(1));

    // another writer holds the call's receipt counter, so the submission has to wait for it
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let db = w.app.db.clone();
    let call = w.call.clone();
    let holder = std::thread::spawn(move || {
        let mut conn = db.conn().unwrap();
        conn.batch_execute(&format!(
            "BEGIN; UPDATE receipt_counters SET last_number = last_number WHERE call_id = '{call}';"
        ))
        .unwrap();
        locked_tx.send(()).unwrap();
        release_rx.recv().unwrap();
        conn.batch_execute("COMMIT;").unwrap();
    });
    locked_rx.recv().unwrap();
    let app = &w.app;
    let submit = w.submit(&id);
    let release = async {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        // the request arrived before the deadline; it is still waiting when the deadline passes
        app.set_time(deadline);
        release_tx.send(()).unwrap();
    };
    let (res, ()) = tokio::join!(submit, release);
    holder.join().unwrap();
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/deadline-passed");
    let receipts = w
        .app
        .get(
            &format!("/api/v1/applications/{id}/receipts"),
            Some(&w.applicant),
        )
        .await;
    assert_eq!(receipts.ok(200).as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn two_hundred_concurrent_submissions_get_two_hundred_distinct_receipts() {
    const N: u32 = 200;
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let mut call = reference_call("SURGE");
    call["questions"] =
        json!([{"key": "expertise", "label": "Expertise", "required": true, "max_length": 500}]);
    let call = app.open_call(&admin, &finance, call).await;
    app.set_time(brussels(2023, 8, 31, 9, 55, 0));
    let applicant = app.applicant().await;
    let mut ids = Vec::new();
    for i in 0..N {
        let org = app
            .organisation(&applicant, &format!("Gemeente {i}"), &kbo(100 + i))
            .await;
        let mut body = complete_application(&org);
        body["title"] = json!(format!("Aanvraag {i}"));
        let res = app
            .post(
                &format!("/api/v1/calls/{call}/applications"),
                Some(&applicant),
                body,
            )
            .await;
        ids.push(res.ok(201)["id"].as_str().unwrap().to_owned());
    }
    let paths: Vec<String> = ids
        .iter()
        .map(|id| format!("/api/v1/applications/{id}/submit"))
        .collect();
    let results = futures::future::join_all(
        paths
            .iter()
            .map(|p| app.post(p, Some(&applicant), json!({}))),
    )
    .await;
    let mut numbers: Vec<String> = results
        .iter()
        .map(|r| r.ok(201)["number"].as_str().unwrap().to_owned())
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), N as usize, "distinct receipt numbers");
    let expected: Vec<String> = (1..=N).map(|n| format!("SURGE-{n:04}")).collect();
    assert_eq!(numbers, expected, "no gaps, none lost");
    let auditor = app.login(Role::Auditor).await;
    let listed = app
        .get(
            &format!("/api/v1/applications?call_id={call}&status=submitted&per_page=1"),
            Some(&auditor),
        )
        .await;
    assert_eq!(listed.ok(200)["total"], N);
}

#[tokio::test]
async fn requested_amounts_are_exact_sums_and_one_cent_over_the_cap_is_refused() {
    let w = world().await;
    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([
        {"category": "operating", "description": "a", "amount": "0.10"},
        {"category": "operating", "description": "b", "amount": "0.20"}
    ]);
    assert_eq!(w.draft(body).await["requested_amount"], "0.30");

    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([
        {"category": "personnel", "description": "a", "amount": "59999.99"},
        {"category": "operating", "description": "b", "amount": "0.01"}
    ]);
    assert_eq!(w.draft(body).await["requested_amount"], "60000.00");

    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([
        {"category": "personnel", "description": "a", "amount": "59999.99"},
        {"category": "operating", "description": "b", "amount": "0.02"}
    ]);
    let res = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&w.applicant),
            body,
        )
        .await;
    let p = res.problem(422);
    let text = p.to_string();
    assert!(
        text.contains("60000.01") && text.contains("60000.00"),
        "{p}"
    );

    let mut body = complete_application(&w.org);
    body["budget_lines"] = json!([{"category": "operating", "description": "a", "amount": 0.1}]);
    let res = w
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&w.applicant),
            body,
        )
        .await;
    assert_eq!(
        res.problem(422)["errors"][0]["field"],
        "budget_lines[0].amount"
    );
}

#[tokio::test]
async fn another_organisation_gets_404_on_every_read_and_write() {
    let w = world().await;
    let id = w.complete_draft().await;
    let receipt = w.submit(&id).await;
    let number = receipt.ok(201)["number"].as_str().unwrap().to_owned();
    let att_list = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    let attachment = att_list.ok(200)["attachments"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let other = w.app.applicant().await;
    let other_org = w.app.organisation(&other, "Stad Aalst", &kbo(2)).await;
    let paths_get = [
        format!("/api/v1/applications/{id}"),
        format!("/api/v1/applications/{id}/receipts"),
        format!("/api/v1/applications/{id}/receipts/{number}"),
        format!("/api/v1/applications/{id}/attachments/{attachment}"),
        format!("/api/v1/organisations/{}", w.org),
        format!("/api/v1/organisations/{}/members", w.org),
    ];
    for path in &paths_get {
        w.app.get(path, Some(&other)).await.problem(404);
    }
    let paths_post = [
        format!("/api/v1/applications/{id}/submit"),
        format!("/api/v1/applications/{id}/revise"),
        format!("/api/v1/applications/{id}/withdraw"),
        format!("/api/v1/applications/{id}/attachments/{attachment}/detach"),
    ];
    for path in &paths_post {
        w.app.post(path, Some(&other), json!({})).await.problem(404);
    }
    w.app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/applications/{id}"),
            Some(&other),
            Some(json!({"track": 1, "title": "mine now"})),
        )
        .await
        .problem(404);
    w.app
        .upload(&other, &id, "annex", "x.pdf", TINY_PDF.to_vec())
        .await
        .problem(404);
    w.app
        .post(
            &format!("/api/v1/organisations/{}/members", w.org),
            Some(&other),
            json!({"email": "someone@test.example"}),
        )
        .await
        .problem(404);
    // a draft for an organisation one is not a member of
    w.app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&other),
            complete_application(&w.org),
        )
        .await
        .problem(404);
    // and the listing shows only one's own
    let mine = w.app.get("/api/v1/applications", Some(&other)).await;
    assert_eq!(mine.ok(200)["total"], 0);
    let mine = w
        .app
        .get(
            &format!("/api/v1/applications?organisation_id={}", w.org),
            Some(&other),
        )
        .await;
    assert_eq!(mine.ok(200)["total"], 0);
    // nor can the other organisation's member put it in as a partner's application of theirs
    let mut theirs = complete_application(&other_org);
    theirs["title"] = json!("Their own");
    w.app
        .post(
            &format!("/api/v1/calls/{}/applications", w.call),
            Some(&other),
            theirs,
        )
        .await
        .ok(201);
    let mine = w.app.get("/api/v1/applications", Some(&other)).await;
    assert_eq!(mine.ok(200)["total"], 1, "only their own");
    // staff see it
    let auditor = w.app.login(Role::Auditor).await;
    w.app
        .get(&format!("/api/v1/applications/{id}"), Some(&auditor))
        .await
        .ok(200);
    let all = w
        .app
        .get(
            &format!("/api/v1/applications?call_id={}", w.call),
            Some(&w.admin),
        )
        .await;
    assert_eq!(
        all.ok(200)["total"],
        2,
        "admins see both organisations' applications"
    );
}

#[tokio::test]
async fn bad_attachments_are_refused_and_nothing_is_stored() {
    let w = world().await;
    let draft = w.draft(complete_application(&w.org)).await;
    let id = draft["id"].as_str().unwrap();
    let blobs_before = count_files(w.app.blob_dir.path());

    let oversize = {
        let mut v = TINY_PDF.to_vec();
        v.resize(MAX_UPLOAD_BYTES + 1, b' ');
        v
    };
    w.app
        .upload(&w.applicant, id, "annex", "big.pdf", oversize)
        .await
        .problem(413);
    let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00this program cannot be run in DOS mode".to_vec();
    w.app
        .upload(&w.applicant, id, "annex", "innocent.pdf", exe)
        .await
        .problem(415);
    let text = b"just some text pretending to be a PDF".to_vec();
    w.app
        .upload(&w.applicant, id, "annex", "fake.pdf", text)
        .await
        .problem(415);
    let res = w
        .app
        .upload(
            &w.applicant,
            id,
            "annex",
            "../../etc/passwd.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "file");
    let res = w
        .app
        .upload(&w.applicant, id, "annex", "empty.pdf", Vec::new())
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "file");
    let res = w
        .app
        .upload(
            &w.applicant,
            id,
            "budget_sheet",
            "ok.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "kind");
    let res = w
        .app
        .post_raw(
            &format!("/api/v1/applications/{id}/attachments"),
            Some(&w.applicant),
            "application/json",
            "{}",
        )
        .await;
    res.problem(415);

    let after = w
        .app
        .get(&format!("/api/v1/applications/{id}"), Some(&w.applicant))
        .await;
    assert_eq!(after.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(
        count_files(w.app.blob_dir.path()),
        blobs_before,
        "no file was stored"
    );

    // a good one is stored once, downloadable with its digest
    let ok = w
        .app
        .upload(
            &w.applicant,
            id,
            "application_form",
            "Aanvraag.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let href = ok.ok(201)["href"].as_str().unwrap().to_owned();
    let res = w
        .app
        .client
        .get(format!("{}{href}", w.app.base))
        .bearer_auth(&w.applicant)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Aanvraag.pdf"));
    assert_eq!(res.bytes().await.unwrap().as_ref(), TINY_PDF);
}

fn count_files(dir: &std::path::Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            n += count_files(&path);
        } else {
            n += 1;
        }
    }
    n
}

#[tokio::test]
async fn malformed_application_input_is_a_4xx_problem() {
    let w = world().await;
    let path = format!("/api/v1/calls/{}/applications", w.call);
    w.app
        .post_raw(
            &path,
            Some(&w.applicant),
            "application/json",
            "{\"track\": ",
        )
        .await
        .problem(400);
    let mut body = complete_application(&w.org);
    body["unexpected"] = json!(true);
    let res = w.app.post(&path, Some(&w.applicant), body).await;
    assert_eq!(res.problem(422)["errors"][0]["code"], "unknown_field");
    let mut body = complete_application(&w.org);
    body["track"] = json!(9);
    assert_eq!(
        w.app
            .post(&path, Some(&w.applicant), body)
            .await
            .problem(422)["errors"][0]["field"],
        "track"
    );
    let mut body = complete_application(&w.org);
    body["partners"] = json!(["0203.437.092"]);
    assert_eq!(
        w.app
            .post(&path, Some(&w.applicant), body)
            .await
            .problem(422)["errors"][0]["field"],
        "partners[0]"
    );
    let mut body = complete_application(&w.org);
    body["answers"] = json!({"expertise": "x".repeat(2001)});
    assert_eq!(
        w.app
            .post(&path, Some(&w.applicant), body)
            .await
            .problem(422)["errors"][0]["field"],
        "answers.expertise"
    );
    let res = w
        .app
        .post(
            "/api/v1/organisations",
            Some(&w.applicant),
            json!({"name": "X", "kbo": "0203.437.092", "kind": "other",
            "address": {"street": "a", "postal_code": "1000", "city": "Brussel"}}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "kbo");
    let res = w
        .app
        .post(
            "/api/v1/organisations",
            Some(&w.applicant),
            json!({"name": "Dubbel", "kbo": kbo(1), "kind": "other",
            "address": {"street": "a", "postal_code": "1000", "city": "Brussel"}}),
        )
        .await;
    res.problem(409);
}

#[tokio::test]
async fn sign_up_refuses_a_weak_password_and_a_taken_email_and_members_can_be_added() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/auth/signup",
            None,
            json!({"email": "a@genk.be", "password": "short", "display_name": "A"}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "password");
    let res = app
        .post("/api/v1/auth/signup", None, json!({"email": "not-an-email", "password": "long-enough-password", "display_name": "A"}))
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "email");
    app.post(
        "/api/v1/auth/signup",
        None,
        json!({"email": "a@genk.be", "password": "long-enough-password", "display_name": "A"}),
    )
    .await
    .ok(201);
    app.post(
        "/api/v1/auth/signup",
        None,
        json!({"email": "A@genk.be", "password": "long-enough-password", "display_name": "A"}),
    )
    .await
    .problem(409);

    let owner = app.applicant().await;
    let org = app.organisation(&owner, "Stad Genk", &kbo(7)).await;
    let res = app
        .post(
            &format!("/api/v1/organisations/{org}/members"),
            Some(&owner),
            json!({"email": "a@genk.be"}),
        )
        .await;
    assert_eq!(res.ok(201).as_array().unwrap().len(), 2);
    let token = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "a@genk.be", "password": "long-enough-password"}),
        )
        .await
        .body["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mine = app.get("/api/v1/organisations", Some(&token)).await;
    assert_eq!(mine.ok(200)["items"][0]["id"], org.as_str());
    let me = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me.ok(200)["organisations"][0], org.as_str());
}

#[tokio::test]
async fn questions_are_answered_and_published_without_the_asker() {
    let w = world().await;
    let path = format!("/api/v1/calls/{}/questions", w.call);
    let asked = w
        .app
        .post(
            &path,
            Some(&w.applicant),
            json!({"question": "Mogen we opleidingen financieren?"}),
        )
        .await;
    let q = asked.ok(201)["id"].as_str().unwrap().to_owned();
    assert_eq!(
        w.app.get(&path, None).await.ok(200)["total"],
        0,
        "not published yet"
    );
    let other = w.app.applicant().await;
    assert_eq!(w.app.get(&path, Some(&other)).await.ok(200)["total"], 0);
    assert_eq!(
        w.app.get(&path, Some(&w.applicant)).await.ok(200)["total"],
        1,
        "the asker sees it"
    );

    let answered = w
        .app
        .post(
            &format!("/api/v1/questions/{q}/answer"),
            Some(&w.admin),
            json!({"answer": "Ja, binnen het project.", "publish": true}),
        )
        .await;
    assert_eq!(answered.ok(200)["published"], true);
    let public = w.app.get(&path, None).await;
    let item = &public.ok(200)["items"][0];
    assert_eq!(item["answer"], "Ja, binnen het project.");
    assert!(
        item.get("asked_by").is_none(),
        "published without the asker: {item}"
    );
    let seen_by_other = w.app.get(&path, Some(&other)).await;
    assert!(seen_by_other.ok(200)["items"][0].get("asked_by").is_none());
}

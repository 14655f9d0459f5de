//! The demo seed: the reference call with every fact of the seed document, a practice call
//! open for 30 days, one account per role; seeding twice changes nothing.

mod common;

use common::*;
use grantdesk::seed;

async fn seeded_app() -> TestApp {
    let app = spawn_app_at(brussels(2026, 11, 23, 12, 0, 0)).await;
    let db = app.db.clone();
    let now = app.clock_now();
    tokio::task::spawn_blocking(move || {
        let first = seed::seed_demo(&db, now).expect("seed");
        assert_eq!(first.len(), 5);
        let second = seed::seed_demo(&db, now).expect("seed again");
        assert!(second.is_empty(), "accounts are created once");
    })
    .await
    .unwrap();
    app
}

#[tokio::test]
async fn the_public_call_list_shows_the_reference_call_as_the_note_describes_it() {
    let app = seeded_app().await;
    let res = app.get("/api/v1/calls", None).await;
    let body = res.ok(200);
    assert_eq!(
        body["total"], 2,
        "the reference call and the practice call, once each"
    );
    let exp = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["reference"] == "EXP23")
        .expect("reference call listed");
    assert!(exp["title"]
        .as_str()
        .unwrap()
        .starts_with("Expertenpool ter ondersteuning van lokale besturen"));
    assert_eq!(exp["budget"], "750000.00");
    assert_eq!(exp["budget_article"], "SJ0-1SMC2GA-WT");
    assert_eq!(exp["budget_year"], 2023);
    assert!(exp["policy_link"].as_str().unwrap().contains("actie 4.3"));
    assert_eq!(exp["deadline"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(exp["deadline"]["utc"], "2023-08-31T08:00:00Z");
    assert_eq!(exp["start_date"], "2024-11-01");
    assert_eq!(exp["status"], "closed");
    assert_eq!(exp["tracks"].as_array().unwrap().len(), 3);
    assert!(exp["tracks"][2]["name"]
        .as_str()
        .unwrap()
        .contains("online extremisme"));
    let approvals = exp["approvals"].as_array().unwrap();
    assert_eq!(approvals[0]["reference"], "GDR/2023002349");
    assert_eq!(approvals[0]["date"], "2023-06-15");
    assert_eq!(approvals[0]["verdict"], "favourable");
    assert_eq!(approvals[1]["gate"], "budget_agreement");
    assert_eq!(approvals[1]["date"], "2023-06-26");
    assert_eq!(approvals[2]["gate"], "government_approval");

    let practice = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["reference"] == "PRACTICE")
        .expect("practice call listed");
    assert_eq!(practice["status"], "open");
    assert_eq!(practice["accepting_submissions"], true);
    assert_eq!(practice["deadline"]["at"], "2026-12-23T10:00:00+01:00");
}

#[tokio::test]
async fn the_demo_accounts_sign_in_and_the_article_is_reserved_to_the_cent() {
    let app = seeded_app().await;
    for (role, email, password) in seed::DEMO_ACCOUNTS {
        let res = app
            .post(
                "/api/v1/auth/token",
                None,
                serde_json::json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(res.ok(200)["role"], role.as_str());
    }
    let token = app
        .post(
            "/api/v1/auth/token",
            None,
            serde_json::json!({"email": "finance@grantdesk.local", "password": "demo-finance-password"}),
        )
        .await
        .body["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let balance = app.article_balance(&token, "SJ0-1SMC2GA-WT", 2023).await;
    assert_eq!(balance["credit"], "750000.00");
    assert_eq!(balance["reserved_for_calls"], "750000.00");
    assert_eq!(balance["available"], "0.00");
}

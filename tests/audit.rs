//! The audit trail is a hash chain: tampering with one record in the database makes
//! `audit verify` (API and command line) name that record.

mod common;

use common::*;
use diesel::connection::SimpleConnection;
use grantdesk_api::auth::Role;
use serde_json::json;

/// Turns off the append-only guard, as someone with direct database access could.
fn disable_guard(conn: &mut grantdesk_persistence::DbConn) {
    let sql = if on_postgres() {
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_guard;"
    } else {
        "DROP TRIGGER audit_log_is_append_only_update; DROP TRIGGER audit_log_is_append_only_delete;"
    };
    conn.batch_execute(sql).unwrap();
}

async fn trail(app: &TestApp) -> String {
    let admin = app.login(Role::Admin).await;
    let id = app.draft_call(&admin, reference_call("AUD23")).await;
    app.approve(&admin, &id).await;
    app.login(Role::Auditor).await
}

#[tokio::test]
async fn an_untouched_trail_verifies_and_an_edited_record_is_named() {
    let app = spawn_app().await;
    let auditor = trail(&app).await;
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200).clone();
    assert_eq!(v["intact"], true, "{v}");
    let checked = v["checked"].as_i64().unwrap();
    assert!(checked >= 6, "users, the call and its gates: {checked}");

    let third = app.get("/api/v1/audit?per_page=100", Some(&auditor)).await;
    let third_id = third.ok(200)["items"][2]["id"].as_str().unwrap().to_owned();
    {
        let mut conn = app.db.conn().unwrap();
        disable_guard(&mut conn);
        conn.batch_execute(&format!(
            "UPDATE audit_log SET actor = 'someone else' WHERE id = '{third_id}';"
        ))
        .unwrap();
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200);
    assert_eq!(v["intact"], false);
    assert_eq!(v["first_broken"]["id"], third_id.as_str());
    assert_eq!(v["first_broken"]["chain_seq"], 3);
    assert_eq!(v["checked"], 2, "the records before it hold");

    // the command line says the same and exits 1
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_grantdesk"))
        .args(["audit", "verify"])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&third_id) && stdout.contains("record 3"),
        "{stdout}"
    );
}

#[tokio::test]
async fn a_removed_record_and_a_removed_tail_are_both_found() {
    let app = spawn_app().await;
    let auditor = trail(&app).await;
    let list = app.get("/api/v1/audit?per_page=100", Some(&auditor)).await;
    let items = list.ok(200)["items"].as_array().unwrap().clone();
    let fourth = items[3]["id"].as_str().unwrap().to_owned();
    let fifth = items[4]["id"].as_str().unwrap().to_owned();
    let last = items.last().unwrap()["id"].as_str().unwrap().to_owned();
    {
        let mut conn = app.db.conn().unwrap();
        disable_guard(&mut conn);
        conn.batch_execute(&format!("DELETE FROM audit_log WHERE id = '{last}';"))
            .unwrap();
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert!(
        v.ok(200)["first_broken"]["reason"]
            .as_str()
            .unwrap()
            .contains("removed"),
        "{}",
        v.text
    );
    {
        let mut conn = app.db.conn().unwrap();
        conn.batch_execute(&format!("DELETE FROM audit_log WHERE id = '{fourth}';"))
            .unwrap();
    }
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    let v = v.ok(200);
    assert_eq!(v["first_broken"]["id"], fifth.as_str());
    assert!(v["first_broken"]["reason"]
        .as_str()
        .unwrap()
        .contains("missing"));
}

#[tokio::test]
async fn concurrent_writers_keep_one_unbroken_chain() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let bodies: Vec<_> = (0..30)
        .map(|i| small_call(&format!("CC{i}"), "SJ0-1SMC2GA-WT", "10.00"))
        .collect();
    let results = futures::future::join_all(
        bodies
            .into_iter()
            .map(|b| app.post("/api/v1/calls", Some(&admin), b)),
    )
    .await;
    assert!(results.iter().all(|r| r.status.as_u16() == 201));
    let auditor = app.login(Role::Auditor).await;
    let v = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(v.ok(200)["intact"], true, "{}", v.text);
    let _ = json!({});
}

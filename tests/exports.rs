//! Exports for finance and auditors: the ledger as CSV and XLSX (exact amounts, filters by
//! article, year, call and period) and the awarded grants as a 360Giving 1.4 data package that
//! validates against the standard's schemas (copied to tests/fixtures/360giving).

mod common;

use std::collections::HashMap;

use common::*;
use grantdesk_api::auth::Role;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use serde_json::{json, Value};
use uuid::Uuid;

const HEADER: [&str; 15] = [
    "id",
    "instant",
    "budget_year",
    "credit_type",
    "article",
    "code",
    "debit_account_kind",
    "debit_account_owner",
    "credit_account_kind",
    "credit_account_owner",
    "amount",
    "currency",
    "status",
    "reference",
    "actor",
];

/// A decided reference call (one grant of 48000.01, its advance of 28800.00 paid on
/// 2024-11-01 09:00 Brussels) and a second open call on another article and year.
struct Scenario {
    app: TestApp,
    finance: String,
    call: String,
    other_call: String,
    grant: String,
    kbo: String,
}

async fn scenario() -> Scenario {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let mut call = reference_call("EXP23");
    call["questions"] =
        json!([{"key": "expertise", "label": "Expertise", "required": true, "max_length": 500}]);
    let call = app.open_call(&admin, &finance, call).await;
    let mut other = small_call("OTHER24", "AB1-2345678-CD", "1000.00");
    other["budget_year"] = json!(2024);
    let other_call = app.open_call(&admin, &finance, other).await;

    app.set_time(brussels(2023, 8, 1, 9, 0, 0));
    let applicant = app.applicant().await;
    let kbo = kbo(700);
    let org = app.organisation(&applicant, "Stad Genk", &kbo).await;
    // only a verified organisation is paid
    app.verify_organisation(&admin, &org).await;
    let mut body = complete_application(&org);
    body["title"] = json!("Expertenpool Limburg");
    body["summary"] = json!("Eén-op-één ondersteuning van lokale besturen in Limburg.");
    body["budget_lines"] =
        json!([{"category": "personnel", "description": "Experts", "amount": "48000.01"}]);
    let grant = app
        .post(
            &format!("/api/v1/calls/{call}/applications"),
            Some(&applicant),
            body,
        )
        .await
        .ok(201)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post(
        &format!("/api/v1/applications/{grant}/submit"),
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
        &format!("/api/v1/applications/{grant}/screening"),
        Some(&admin),
        json!({"verdict": "eligible"}),
    )
    .await
    .ok(201);
    app.post(
        &format!("/api/v1/applications/{grant}/decision"),
        Some(&admin),
        json!({"kind": "selected", "awarded": "48000.01", "motivation": "Sterk"}),
    )
    .await
    .ok(201);
    app.post(
        &format!("/api/v1/calls/{call}/finalise"),
        Some(&admin),
        json!({}),
    )
    .await
    .ok(200);
    app.accept_grant(&applicant, &grant).await;

    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    app.post(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4(), "credit_type": "VEK", "amount": "750000.00", "reference": "VEK 2023"}),
    )
    .await
    .ok(201);
    app.post(
        &format!("/api/v1/grants/{grant}/payments"),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4(), "tranche": 1}),
    )
    .await
    .ok(201);
    Scenario {
        app,
        finance,
        call,
        other_call,
        grant,
        kbo,
    }
}

/// The CSV's rows as maps from column to value (after checking the header).
async fn csv_rows(app: &TestApp, token: &str, query: &str) -> Vec<HashMap<String, String>> {
    let res = app
        .client
        .get(format!("{}/api/v1/ledger/export.csv{query}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200, "{query}");
    assert_eq!(res.headers()[CONTENT_TYPE], "text/csv; charset=utf-8");
    let disposition = res.headers()[CONTENT_DISPOSITION].to_str().unwrap();
    assert_eq!(disposition, "attachment; filename=\"grantdesk-ledger.csv\"");
    let text = res.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, HEADER);
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

fn amounts_of(rows: &[HashMap<String, String>], code: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r["code"] == code && r["status"] == "posted")
        .map(|r| r["amount"].clone())
        .collect()
}

#[tokio::test]
async fn the_csv_export_lists_every_transfer_with_exact_amounts_and_filters_by_article_year_call_and_period(
) {
    let s = scenario().await;
    let app = &s.app;
    let all = csv_rows(app, &s.finance, "").await;
    // every row is complete and its amount a decimal with exactly two places
    for r in &all {
        assert!(Uuid::parse_str(&r["id"]).is_ok());
        assert!(chrono::DateTime::parse_from_rfc3339(&r["instant"]).is_ok());
        assert!(["VAK", "VEK"].contains(&r["credit_type"].as_str()));
        let (whole, cents) = r["amount"].split_once('.').expect("decimal");
        assert!(
            whole.bytes().all(|b| b.is_ascii_digit()) && cents.len() == 2,
            "{r:?}"
        );
        assert_eq!(r["currency"], "EUR");
    }
    let credits = amounts_of(&all, "CREDIT");
    assert!(credits.contains(&"750000.00".to_owned()) && credits.contains(&"1000.00".to_owned()));
    assert!(amounts_of(&all, "AWARD").contains(&"48000.01".to_owned()));
    assert_eq!(amounts_of(&all, "PAY_ADVANCE"), ["28800.00", "28800.00"]);
    let reserve = all
        .iter()
        .find(|r| r["code"] == "RESERVE" && r["article"] == "SJ0-1SMC2GA-WT")
        .expect("the call's reservation");
    assert_eq!(reserve["amount"], "750000.00");
    assert_eq!(reserve["budget_year"], "2023");
    assert_eq!(reserve["credit_type"], "VAK");
    assert_eq!(reserve["debit_account_kind"], "article_available");
    assert_eq!(reserve["debit_account_owner"], "");
    assert_eq!(reserve["credit_account_kind"], "call_available");
    assert_eq!(reserve["credit_account_owner"], s.call);
    assert_eq!(reserve["instant"], "2023-07-10T07:00:00Z");
    assert!(reserve["actor"].starts_with("user:"), "{reserve:?}");
    // the instants are in write order
    let instants: Vec<_> = all.iter().map(|r| r["instant"].clone()).collect();
    let mut sorted = instants.clone();
    sorted.sort();
    assert_eq!(instants, sorted);

    // by article: only the other call's article
    let other = csv_rows(app, &s.finance, "?article=AB1-2345678-CD").await;
    assert_eq!(other.len(), 2, "{other:?}");
    assert!(other.iter().all(|r| r["article"] == "AB1-2345678-CD"));
    assert_eq!(amounts_of(&other, "CREDIT"), ["1000.00"]);
    assert_eq!(amounts_of(&other, "RESERVE"), ["1000.00"]);
    // by year (and by both)
    let y2024 = csv_rows(app, &s.finance, "?year=2024").await;
    assert_eq!(y2024.len(), 2);
    assert!(y2024.iter().all(|r| r["budget_year"] == "2024"));
    let y2023 = csv_rows(app, &s.finance, "?year=2023&article=SJ0-1SMC2GA-WT").await;
    assert_eq!(y2023.len() + y2024.len(), all.len());
    assert!(
        csv_rows(app, &s.finance, "?year=2024&article=SJ0-1SMC2GA-WT")
            .await
            .is_empty()
    );

    // by call: the reservation, the award and the payments (both ledgers), no credits and
    // nothing of the other call
    let of_call = csv_rows(app, &s.finance, &format!("?call_id={}", s.call)).await;
    assert!(!of_call.is_empty());
    assert!(of_call.iter().all(|r| r["code"] != "CREDIT"), "{of_call:?}");
    assert!(of_call.iter().all(|r| r["article"] == "SJ0-1SMC2GA-WT"));
    assert_eq!(amounts_of(&of_call, "RESERVE"), ["750000.00"]);
    assert!(amounts_of(&of_call, "AWARD").contains(&"48000.01".to_owned()));
    assert_eq!(
        amounts_of(&of_call, "PAY_ADVANCE"),
        ["28800.00", "28800.00"]
    );
    assert!(of_call.iter().all(|r| {
        r["debit_account_owner"] == s.call
            || r["credit_account_owner"] == s.call
            || r["debit_account_owner"] == s.grant
            || r["credit_account_owner"] == s.grant
    }));
    let of_other = csv_rows(app, &s.finance, &format!("?call_id={}", s.other_call)).await;
    assert_eq!(of_other.len(), 1);
    assert_eq!(of_other[0]["code"], "RESERVE");
    assert_eq!(of_other[0]["amount"], "1000.00");

    // by period, half-open: the payment day's transfers were written at 08:00Z
    let from_payday = csv_rows(app, &s.finance, "?from=2024-11-01T08:00:00Z").await;
    assert_eq!(from_payday.len(), 3, "{from_payday:?}");
    assert_eq!(amounts_of(&from_payday, "CREDIT"), ["750000.00"]);
    assert!(from_payday
        .iter()
        .all(|r| r["instant"] == "2024-11-01T08:00:00Z"));
    let before_payday = csv_rows(app, &s.finance, "?to=2024-11-01T08:00:00Z").await;
    assert_eq!(before_payday.len() + from_payday.len(), all.len());
    let september = csv_rows(
        app,
        &s.finance,
        "?from=2023-09-01T00:00:00Z&to=2023-10-01T00:00:00Z",
    )
    .await;
    assert!(!september.is_empty());
    assert!(
        september.iter().all(|r| r["code"] == "AWARD"),
        "{september:?}"
    );
    // an offset (its `+` written as %2B) names the same instant
    let same = csv_rows(
        app,
        &s.finance,
        "?from=2023-09-01T02:00:00%2B02:00&to=2023-10-01T00:00:00Z",
    )
    .await;
    assert_eq!(same, september);
}

#[tokio::test]
async fn bad_filters_are_problems() {
    let app = spawn_app().await;
    let finance = app.login(Role::Finance).await;
    for (query, status, field) in [
        ("?article=not-an-article", 422, "article"),
        ("?year=99999", 422, "year"),
        ("?year=abc", 422, "query"),
        ("?from=yesterday", 422, "from"),
        ("?to=2023-13-01T00:00:00Z", 422, "to"),
        (
            "?from=2023-09-01T00:00:00Z&to=2023-09-01T00:00:00Z",
            422,
            "to",
        ),
        ("?call_id=nope", 422, "query"),
        ("?colour=red", 422, "query"),
    ] {
        for format in ["csv", "xlsx"] {
            let res = app
                .get(
                    &format!("/api/v1/ledger/export.{format}{query}"),
                    Some(&finance),
                )
                .await;
            let problem = res.problem(status);
            assert_eq!(problem["errors"][0]["field"], field, "{query}: {problem}");
        }
    }
    let res = app
        .get(
            &format!("/api/v1/ledger/export.csv?call_id={}", Uuid::new_v4()),
            Some(&finance),
        )
        .await;
    res.problem(404);
    let res = app
        .get(
            &format!("/api/v1/exports/360giving.json?call_id={}", Uuid::new_v4()),
            Some(&finance),
        )
        .await;
    res.problem(404);
    app.get(
        "/api/v1/exports/360giving.json?call_id=nope",
        Some(&finance),
    )
    .await
    .problem(422);
    // nothing awarded yet: there is no package to publish
    let res = app
        .get("/api/v1/exports/360giving.json", Some(&finance))
        .await;
    res.problem(404);
    // an empty ledger is a CSV with its header only
    let rows = csv_rows(&app, &finance, "").await;
    assert!(rows.is_empty());
}

#[tokio::test]
async fn the_xlsx_export_has_the_same_rows_with_amounts_as_exact_text() {
    use calamine::{Data, Reader, Xlsx};
    let s = scenario().await;
    let app = &s.app;
    let res = app
        .client
        .get(format!(
            "{}/api/v1/ledger/export.xlsx?call_id={}",
            app.base, s.call
        ))
        .bearer_auth(&s.finance)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()[CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        res.headers()[CONTENT_DISPOSITION],
        "attachment; filename=\"grantdesk-ledger.xlsx\""
    );
    let bytes = res.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["ledger"]);
    let range = book.worksheet_range("ledger").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, HEADER);
    let csv = csv_rows(app, &s.finance, &format!("?call_id={}", s.call)).await;
    assert_eq!(rows.len() - 1, csv.len());
    for (cells, expected) in rows[1..].iter().zip(&csv) {
        for (i, name) in HEADER.iter().enumerate() {
            match (*name, &cells[i]) {
                ("budget_year", Data::Float(y)) => assert_eq!(y.to_string(), expected[*name]),
                ("budget_year", other) => panic!("budget_year is a number, not {other:?}"),
                ("amount", Data::String(a)) => assert_eq!(a, &expected["amount"]),
                ("amount", other) => panic!("amount is exact text, not {other:?}"),
                (_, Data::Empty) => assert_eq!(expected[*name], "", "{name}"),
                (_, cell) => assert_eq!(cell.to_string(), expected[*name], "{name}"),
            }
        }
    }
    let amounts: Vec<String> = rows[1..].iter().map(|r| r[10].to_string()).collect();
    assert!(amounts.contains(&"48000.01".to_owned()));
    assert!(amounts.contains(&"28800.00".to_owned()));
}

/// A validator for 360Giving data packages, from the copied schemas: the package schema's
/// `$ref` to the grant schema (by URL) is answered with the local copy, nothing is fetched.
fn package_validator() -> jsonschema::Validator {
    struct LocalSchemas(Value);
    impl jsonschema::Retrieve for LocalSchemas {
        fn retrieve(
            &self,
            uri: &jsonschema::Uri<String>,
        ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
            match uri.as_str() {
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/master/schema/360-giving-schema.json"
                | "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json" => {
                    Ok(self.0.clone())
                }
                other => Err(format!("no local copy of {other}").into()),
            }
        }
    }
    let read = |name: &str| -> Value {
        let path = format!(
            "{}/tests/fixtures/360giving/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture")).expect("json")
    };
    jsonschema::options()
        .should_validate_formats(true)
        .with_retriever(LocalSchemas(read("360-giving-schema.json")))
        .build(&read("360-giving-package-schema.json"))
        .expect("the 360Giving schemas compile")
}

fn errors(validator: &jsonschema::Validator, package: &Value) -> Vec<String> {
    validator
        .iter_errors(package)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[tokio::test]
async fn the_360giving_package_validates_against_the_standard_and_amounts_are_exact_numbers() {
    let s = scenario().await;
    let app = &s.app;
    let validator = package_validator();
    for query in [String::new(), format!("?call_id={}", s.call)] {
        let res = app
            .client
            .get(format!("{}/api/v1/exports/360giving.json{query}", app.base))
            .bearer_auth(&s.finance)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(res.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(
            res.headers()[CONTENT_DISPOSITION],
            "attachment; filename=\"grantdesk-360giving.json\""
        );
        let text = res.text().await.unwrap();
        // exact decimals, written as numbers with two places
        assert!(text.contains("\"amountAwarded\":48000.01"), "{text}");
        assert!(text.contains("\"amountDisbursed\":28800.00"), "{text}");
        assert!(text.contains("\"value\":28800.00"), "{text}");
        let package: Value = serde_json::from_str(&text).unwrap();
        let problems = errors(&validator, &package);
        assert!(problems.is_empty(), "{problems:#?}\n{package:#}");

        assert_eq!(package["version"], "1.4");
        assert_eq!(package["publisher"]["identifier"], "BE-BCE_KBO-0316380940");
        let grants = package["grants"].as_array().unwrap();
        assert_eq!(grants.len(), 1);
        let g = &grants[0];
        assert_eq!(g["id"], format!("360G-grantdesk-{}", s.grant));
        assert_eq!(g["title"], "Expertenpool Limburg");
        assert_eq!(
            g["description"],
            "Eén-op-één ondersteuning van lokale besturen in Limburg."
        );
        assert_eq!(g["currency"], "EUR");
        assert_eq!(g["awardDate"], "2023-09-01");
        assert_eq!(g["fromOpenCall"], "Yes");
        let recipient = &g["recipientOrganization"][0];
        assert_eq!(recipient["id"], format!("BE-BCE_KBO-{}", s.kbo));
        assert_eq!(recipient["name"], "Stad Genk");
        assert_eq!(recipient["addressLocality"], "Genk");
        assert_eq!(recipient["postalCode"], "3600");
        assert_eq!(g["fundingOrganization"][0]["name"], "Vlaamse overheid");
        assert_eq!(g["grantProgramme"][0]["code"], "EXP23");
        assert!(g["grantProgramme"][0]["title"]
            .as_str()
            .unwrap()
            .starts_with("Expertenpool"));
        assert_eq!(
            g["plannedDates"],
            json!([{"startDate": "2024-11-01", "endDate": "2025-10-31"}])
        );
        let paid = &g["disbursementTransaction"];
        assert_eq!(paid.as_array().unwrap().len(), 1);
        assert_eq!(paid[0]["transactionDate"], "2024-11-01");
        assert_eq!(paid[0]["currency"], "EUR");
        assert_eq!(paid[0]["recipient"], recipient["id"]);
    }
    // the other call has no grants
    app.get(
        &format!("/api/v1/exports/360giving.json?call_id={}", s.other_call),
        Some(&s.finance),
    )
    .await
    .problem(404);
}

#[tokio::test]
async fn the_schema_check_catches_a_broken_package() {
    let s = scenario().await;
    let validator = package_validator();
    let res = s
        .app
        .get("/api/v1/exports/360giving.json", Some(&s.finance))
        .await;
    let package = res.ok(200).clone();
    assert!(errors(&validator, &package).is_empty());

    let mut no_recipient_id = package.clone();
    no_recipient_id["grants"][0]["recipientOrganization"][0]
        .as_object_mut()
        .unwrap()
        .remove("id");
    assert!(!errors(&validator, &no_recipient_id).is_empty());

    let mut amount_as_text = package.clone();
    amount_as_text["grants"][0]["amountAwarded"] = json!("48000.01");
    let problems = errors(&validator, &amount_as_text);
    assert!(
        problems.iter().any(|p| p.contains("amountAwarded")),
        "{problems:?}"
    );

    let mut no_grants = package.clone();
    no_grants["grants"] = json!([]);
    assert!(!errors(&validator, &no_grants).is_empty());

    let mut bad_currency = package;
    bad_currency["grants"][0]["currency"] = json!("EURO");
    assert!(!errors(&validator, &bad_currency).is_empty());
}

#[tokio::test]
async fn exports_are_for_finance_admins_and_auditors_only() {
    let app = spawn_app().await;
    let paths = [
        "/api/v1/ledger/export.csv",
        "/api/v1/ledger/export.xlsx",
        "/api/v1/exports/360giving.json",
    ];
    for role in [Role::Applicant, Role::Reviewer] {
        let token = app.login(role).await;
        for path in paths {
            app.get(path, Some(&token)).await.problem(403);
        }
    }
    let applicant = app.applicant().await;
    for path in paths {
        app.get(path, Some(&applicant)).await.problem(403);
        app.get(path, None).await.problem(401);
    }
    for role in [Role::Finance, Role::Admin, Role::Auditor] {
        let token = app.login(role).await;
        app.get(paths[0], Some(&token)).await.ok(200);
        app.get(paths[1], Some(&token)).await.ok(200);
        // nothing awarded yet, but allowed to ask
        app.get(paths[2], Some(&token)).await.problem(404);
    }
}

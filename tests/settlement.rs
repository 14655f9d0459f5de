//! The end of a grant and the reference call's money from credit to settlement: final reports,
//! verdicts, settlement (balance, recovery, release to the article), the finance views per
//! article, call and grant, and balances at a past instant recomputed from the transfers.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};
use uuid::Uuid;

/// Cents from a decimal string such as "28800.01".
fn cents(v: &Value) -> i64 {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("not a money string: {v}"));
    let (units, frac) = s.split_once('.').expect("two decimals");
    assert_eq!(frac.len(), 2, "two decimals: {s}");
    let sign = if units.starts_with('-') { -1 } else { 1 };
    sign * (units.trim_start_matches('-').parse::<i64>().unwrap() * 100
        + frac.parse::<i64>().unwrap())
}

fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// A call driven to `decided`: one organisation per award, each selected for the amount it
/// asked; returns the call and the grants (application ids) in the order of `awards`.
async fn decided_call(
    app: &TestApp,
    admin: &str,
    finance: &str,
    applicant: &str,
    reference: &str,
    awards: &[i64],
) -> (String, Vec<String>) {
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let mut definition = reference_call(reference);
    definition["questions"] =
        json!([{"key": "expertise", "label": "Expertise", "required": true, "max_length": 500}]);
    let call = app.open_call(admin, finance, definition).await;
    app.set_time(brussels(2023, 8, 1, 9, 0, 0));
    let mut ids = Vec::new();
    for (i, amount) in awards.iter().enumerate() {
        let org = app
            .organisation(applicant, &format!("Gemeente {i}"), &kbo(900 + i as u32))
            .await;
        // only a verified organisation is paid
        app.verify_organisation(admin, &org).await;
        let mut body = complete_application(&org);
        body["track"] = json!(1 + i % 3);
        body["budget_lines"] =
            json!([{"category": "personnel", "description": "Experts", "amount": money(*amount)}]);
        let id = app
            .post(
                &format!("/api/v1/calls/{call}/applications"),
                Some(applicant),
                body,
            )
            .await
            .ok(201)["id"]
            .as_str()
            .unwrap()
            .to_owned();
        app.post(
            &format!("/api/v1/applications/{id}/submit"),
            Some(applicant),
            json!({}),
        )
        .await
        .ok(201);
        ids.push(id);
    }
    app.set_time(brussels(2023, 9, 1, 9, 0, 0));
    app.post(
        &format!("/api/v1/calls/{call}/assessment"),
        Some(admin),
        json!({}),
    )
    .await
    .ok(200);
    for (id, amount) in ids.iter().zip(awards) {
        app.post(
            &format!("/api/v1/applications/{id}/screening"),
            Some(admin),
            json!({"verdict": "eligible"}),
        )
        .await
        .ok(201);
        app.post(
            &format!("/api/v1/applications/{id}/decision"),
            Some(admin),
            json!({"kind": "selected", "awarded": money(*amount), "motivation": "Sterk dossier"}),
        )
        .await
        .ok(201);
    }
    app.set_time(brussels(2023, 10, 2, 9, 0, 0));
    app.post(
        &format!("/api/v1/calls/{call}/finalise"),
        Some(admin),
        json!({}),
    )
    .await
    .ok(200);
    for id in &ids {
        app.accept_grant(applicant, id).await;
    }
    (call, ids)
}

/// An applicant who can sign in again later (tokens live two years; these tests span more).
struct Applicant {
    email: String,
}

impl Applicant {
    const PASSWORD: &'static str = "a-long-applicant-password";

    async fn sign_up(app: &TestApp) -> Applicant {
        let email = format!("grantee-{}@test.example", Uuid::new_v4().simple());
        app.post(
            "/api/v1/auth/signup",
            None,
            json!({"email": email, "password": Self::PASSWORD, "display_name": "Grantee"}),
        )
        .await
        .ok(201);
        Applicant { email }
    }

    async fn token(&self, app: &TestApp) -> String {
        app.post(
            "/api/v1/auth/token",
            None,
            json!({"email": self.email, "password": Self::PASSWORD}),
        )
        .await
        .ok(200)["access_token"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// Fresh tokens for admin, finance and auditor, and the grantee's.
async fn tokens(app: &TestApp, grantee: &Applicant) -> (String, String, String, String) {
    (
        app.login(Role::Admin).await,
        app.login(Role::Finance).await,
        app.login(Role::Auditor).await,
        grantee.token(app).await,
    )
}

async fn credit_vek(app: &TestApp, finance: &str, amount: &str) {
    app.post(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
        Some(finance),
        json!({"transfer_id": Uuid::new_v4(), "credit_type": "VEK", "amount": amount, "reference": "VEK 2023"}),
    )
    .await
    .ok(201);
}

/// Submits a final report as multipart (`spent`, `file`).
async fn final_report(app: &TestApp, token: &str, grant: &str, spent: &str) -> Res {
    final_report_file(
        app,
        token,
        grant,
        spent,
        "eindverslag.pdf",
        TINY_PDF.to_vec(),
    )
    .await
}

/// Submits a final report with a file of choice.
async fn final_report_file(
    app: &TestApp,
    token: &str,
    grant: &str,
    spent: &str,
    name: &str,
    content: Vec<u8>,
) -> Res {
    app.post_form(
        &format!("/api/v1/grants/{grant}/final-reports"),
        token,
        &[("spent", spent)],
        (name, content),
    )
    .await
}

async fn grant(app: &TestApp, token: &str, id: &str) -> Value {
    app.get(&format!("/api/v1/grants/{id}"), Some(token))
        .await
        .ok(200)
        .clone()
}

async fn article(app: &TestApp, token: &str, at: Option<&str>) -> Value {
    let path = match at {
        Some(at) => format!("/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023?at={at}"),
        None => "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023".to_owned(),
    };
    app.get(&path, Some(token)).await.ok(200).clone()
}

async fn call_budget(app: &TestApp, token: &str, call: &str, at: Option<&str>) -> Value {
    let path = match at {
        Some(at) => format!("/api/v1/calls/{call}/budget?at={at}"),
        None => format!("/api/v1/calls/{call}/budget"),
    };
    app.get(&path, Some(token)).await.ok(200).clone()
}

#[tokio::test]
async fn a_final_report_passes_the_checks_of_an_attachment_its_type_structure_and_name() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    let grantee = Applicant::sign_up(&app).await;
    let applicant = grantee.token(&app).await;
    let (_, grants) = decided_call(&app, &admin, &finance, &applicant, "END23", &[4_800_001]).await;
    let g = &grants[0];
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    let (_, _, _, applicant) = tokens(&app, &grantee).await;

    let refusals = [
        // a PDF named as a program
        (
            "setup.exe",
            TINY_PDF.to_vec(),
            "/problems/file-name-mismatch",
        ),
        (
            "eindverslag",
            TINY_PDF.to_vec(),
            "/problems/file-name-mismatch",
        ),
        // a PDF cut off
        (
            "eindverslag.pdf",
            TINY_PDF[..TINY_PDF.len() - 7].to_vec(),
            "/problems/malformed-file",
        ),
        // a ZIP that names a Word document's parts without being one
        (
            "eindverslag.docx",
            b"PK\x03\x04[Content_Types].xml word/document.xml".to_vec(),
            "/problems/malformed-file",
        ),
        (
            "eindverslag.pdf",
            b"GIF89a\x01\0\x01\0\x80\0\0".to_vec(),
            "/problems/unsupported-media-type",
        ),
    ];
    for (name, content, problem_type) in refusals {
        let res = final_report_file(&app, &applicant, g, "100.00", name, content).await;
        assert_eq!(
            res.problem(415)["type"],
            problem_type,
            "{name}: {}",
            res.text
        );
        assert_eq!(res.body["errors"][0]["field"], "file");
    }
    let setup = final_report_file(
        &app,
        &applicant,
        g,
        "100.00",
        "setup.exe",
        TINY_PDF.to_vec(),
    )
    .await;
    assert!(setup.body["detail"]
        .as_str()
        .unwrap()
        .contains("but its name ends in .exe: give it the extension .pdf"));
    let reports = app
        .get(
            &format!("/api/v1/grants/{g}/final-reports"),
            Some(&applicant),
        )
        .await;
    assert_eq!(
        reports.ok(200).as_array().unwrap().len(),
        0,
        "nothing stored"
    );

    // a Word document named as one is the report, served as what it is
    let docx = common::files::tiny_docx();
    let res = final_report_file(
        &app,
        &applicant,
        g,
        "100.00",
        "Eindverslag.DOCX",
        docx.clone(),
    )
    .await;
    let report = res.ok(201).clone();
    let download = app
        .get_raw(
            &format!("/api/v1/grants/{g}/final-reports/1/document"),
            &applicant,
        )
        .await;
    assert_eq!(download.status().as_u16(), 200, "{report}");
    assert_eq!(
        download.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert!(download.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Eindverslag.DOCX"));
    assert_eq!(download.bytes().await.unwrap().as_ref(), docx.as_slice());
}

#[tokio::test]
async fn final_reports_verdicts_and_settlement_follow_their_rules() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    let grantee = Applicant::sign_up(&app).await;
    let applicant = grantee.token(&app).await;
    let (_, grants) = decided_call(&app, &admin, &finance, &applicant, "END23", &[4_800_001]).await;
    let g = &grants[0];
    credit_vek(&app, &finance, "750000.00").await;

    // not before the start
    final_report(&app, &applicant, g, "100.00")
        .await
        .problem(409);
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    let advance = app
        .post(
            &format!("/api/v1/grants/{g}/payments"),
            Some(&finance),
            json!({"transfer_id": Uuid::new_v4(), "tranche": 1}),
        )
        .await;
    assert_eq!(advance.ok(201)["amount"], "28800.00");
    // the balance tranche waits for the accepted final report
    let res = app
        .post(
            &format!("/api/v1/grants/{g}/payments"),
            Some(&finance),
            json!({"transfer_id": Uuid::new_v4(), "tranche": 2}),
        )
        .await;
    assert!(res.problem(409)["detail"]
        .as_str()
        .unwrap()
        .contains("final report is accepted"));

    app.set_time(brussels(2025, 11, 3, 9, 0, 0));
    let (admin, finance, _, applicant) = tokens(&app, &grantee).await;
    // bad input: a 4xx problem, nothing stored
    for bad in ["", "12.345", "-5.00", "1e3", "abc"] {
        let res = final_report(&app, &applicant, g, bad).await;
        assert_eq!(res.problem(422)["status"], 422, "spent {bad:?}");
    }
    // another organisation's member does not see the grant
    let stranger = app.applicant().await;
    final_report(&app, &stranger, g, "100.00")
        .await
        .problem(404);
    // staff do not submit reports
    final_report(&app, &admin, g, "100.00").await.problem(403);
    // no verdict and no settlement without a report
    app.post(
        &format!("/api/v1/grants/{g}/final-reports/verdict"),
        Some(&admin),
        json!({"verdict": "accepted"}),
    )
    .await
    .problem(409);
    app.post(
        &format!("/api/v1/grants/{g}/settlement"),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4()}),
    )
    .await
    .problem(409);

    let first = final_report(&app, &applicant, g, "30000.00").await;
    let first = first.ok(201).clone();
    assert_eq!(first["version"], 1);
    assert_eq!(first["status"], "submitted");
    // one report at a time
    final_report(&app, &applicant, g, "31000.00")
        .await
        .problem(409);
    // a rejection needs a motivation; so does accepting less than reported; never more
    let verdict = format!("/api/v1/grants/{g}/final-reports/verdict");
    app.post(&verdict, Some(&admin), json!({"verdict": "rejected"}))
        .await
        .problem(422);
    app.post(
        &verdict,
        Some(&admin),
        json!({"verdict": "accepted", "accepted_spend": "29000.00"}),
    )
    .await
    .problem(422);
    app.post(
        &verdict,
        Some(&admin),
        json!({"verdict": "accepted", "accepted_spend": "30000.01", "motivation": "x"}),
    )
    .await
    .problem(422);
    app.post(&verdict, Some(&admin), json!({"verdict": "maybe"}))
        .await
        .problem(422);
    app.post(&verdict, Some(&finance), json!({"verdict": "accepted"}))
        .await
        .problem(403);
    let rejected = app
        .post(
            &verdict,
            Some(&admin),
            json!({"verdict": "rejected", "motivation": "Bewijsstukken ontbreken"}),
        )
        .await;
    assert_eq!(rejected.ok(201)["status"], "rejected");
    app.post(
        &format!("/api/v1/grants/{g}/settlement"),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4()}),
    )
    .await
    .problem(409);

    // version 2, accepted in part: 20000.00 of 25000.00 (below the 28800.00 advance)
    let second = final_report(&app, &applicant, g, "25000.00").await;
    assert_eq!(second.ok(201)["version"], 2);
    let accepted = app
        .post(
            &verdict,
            Some(&admin),
            json!({"verdict": "accepted", "accepted_spend": "20000.00", "motivation": "Eén factuur valt buiten de periode"}),
        )
        .await;
    assert_eq!(accepted.ok(201)["verdict"]["accepted_spend"], "20000.00");
    // the grantee was told each verdict (inbox, newest first): what was accepted, and why not
    // in full; the rejection with its motivation
    let inbox = app.get("/api/v1/me/notifications", Some(&applicant)).await;
    let told: Vec<Value> = inbox.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "final_report_verdict")
        .cloned()
        .collect();
    assert_eq!(told.len(), 2, "{told:?}");
    assert_eq!(told[0]["facts"]["verdict"], "accepted");
    assert_eq!(told[0]["facts"]["accepted_spend"], "20000.00");
    assert!(told[0]["text"].as_str().unwrap().contains("€ 20.000,00"));
    assert_eq!(told[1]["facts"]["verdict"], "rejected");
    assert_eq!(told[1]["facts"]["motivation"], "Bewijsstukken ontbreken");
    let before = grant(&app, &finance, g).await;
    assert_eq!(before["status"], "final_report_due");
    assert_eq!(before["final_report"]["version"], 2);
    // the grantee and finance read the document; the stranger does not
    for token in [&applicant, &finance] {
        let doc = app
            .client
            .get(format!(
                "{}/api/v1/grants/{g}/final-reports/2/document",
                app.base
            ))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(doc.status(), 200);
        assert_eq!(doc.bytes().await.unwrap().as_ref(), TINY_PDF);
    }
    app.get(
        &format!("/api/v1/grants/{g}/final-reports/2/document"),
        Some(&stranger),
    )
    .await
    .problem(404);
    let reports = app
        .get(
            &format!("/api/v1/grants/{g}/final-reports"),
            Some(&applicant),
        )
        .await;
    assert_eq!(reports.ok(200).as_array().unwrap().len(), 2);

    // settle: the advance exceeded what is due: recovery 8800.00, release 28000.01
    let id = Uuid::new_v4();
    app.post(
        &format!("/api/v1/grants/{g}/settlement"),
        Some(&applicant),
        json!({"transfer_id": id}),
    )
    .await
    .problem(403);
    let s = app
        .post(
            &format!("/api/v1/grants/{g}/settlement"),
            Some(&finance),
            json!({"transfer_id": id}),
        )
        .await;
    let s = s.ok(201).clone();
    assert_eq!(s["paid_before"], "28800.00");
    assert_eq!(s["balance"], "0.00");
    assert_eq!(s["recovery"], "8800.00");
    assert_eq!(s["release"], "28000.01");
    // replay: the same answer, no second effect; another id: refused
    let replay = app
        .post(
            &format!("/api/v1/grants/{g}/settlement"),
            Some(&finance),
            json!({"transfer_id": id}),
        )
        .await;
    assert_eq!(replay.ok(200)["settled_at"], s["settled_at"]);
    app.post(
        &format!("/api/v1/grants/{g}/settlement"),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4()}),
    )
    .await
    .problem(409);
    let after = grant(&app, &finance, g).await;
    assert_eq!(after["status"], "settled");
    assert_eq!(after["paid"], "20000.00", "net of the recovery");
    assert_eq!(after["released"], "28000.01");
    assert_eq!(after["open"], "0.00");
    // nothing more is paid, and no new report
    app.post(
        &format!("/api/v1/grants/{g}/payments"),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4(), "tranche": 2}),
    )
    .await
    .problem(409);
    final_report(&app, &applicant, g, "1.00").await.problem(409);

    // 360Giving: the recovery is a negative transaction; amountDisbursed is their sum
    let package = app
        .get("/api/v1/exports/360giving.json", Some(&finance))
        .await;
    assert_eq!(package.status, 200, "{}", package.text);
    assert!(
        package.text.contains("\"amountDisbursed\":20000.00"),
        "{}",
        package.text
    );
    assert!(
        package.text.contains("\"value\":-8800.00"),
        "{}",
        package.text
    );
    assert!(
        package.text.contains("\"value\":28800.00"),
        "{}",
        package.text
    );

    // the article: the release went back to the VAK credit, the recovery to the VEK credit
    let a = article(&app, &finance, None).await;
    let (vak, vek) = (&a["balances"][0], &a["balances"][1]);
    assert_eq!(vak["committed"], "48000.01");
    assert_eq!(vak["paid"], "20000.00");
    assert_eq!(vak["recovered"], "8800.00");
    assert_eq!(vak["released_from_grants"], "28000.01");
    assert_eq!(vak["available"], "28000.01");
    assert_eq!(vek["paid"], "20000.00");
    assert_eq!(vek["available"], "730000.00");
    let verify = app
        .get(
            "/api/v1/audit/verify",
            Some(&app.login(Role::Auditor).await),
        )
        .await;
    assert_eq!(verify.ok(200)["intact"], true, "{}", verify.text);
}

/// The reference call (€750,000.00 on SJ0-1SMC2GA-WT, 2023) from credit to settlement, with 14
/// grants, 60 % advances on 1 November 2024, and every kind of ending: full spend, less than
/// committed, less than the advance, a report rejected then accepted in part, no report yet.
/// The remaining credit is exact to the cent, and the balances at earlier instants recomputed
/// from the transfers equal what the running totals said then.
#[tokio::test]
async fn the_reference_call_from_credit_to_settlement_to_the_cent() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    let grantee = Applicant::sign_up(&app).await;
    let applicant = grantee.token(&app).await;
    // 13 × 53 571.43 + 53 571.41 = 750 000.00
    let mut awards = vec![5_357_143; 13];
    awards.push(5_357_141);
    assert_eq!(awards.iter().sum::<i64>(), 75_000_000);
    let (call, grants) = decided_call(&app, &admin, &finance, &applicant, "EXP23", &awards).await;
    let snap_decided = article(&app, &finance, None).await;
    let call_decided = call_budget(&app, &finance, &call, None).await;
    let t_decided = "2023-10-02T07:00:00Z";
    let vak = &snap_decided["balances"][0];
    assert_eq!(vak["credit"], "750000.00");
    assert_eq!(vak["reserved_for_calls"], "750000.00");
    assert_eq!(vak["committed"], "750000.00");
    assert_eq!(vak["available"], "0.00");
    let budget = app
        .get(&format!("/api/v1/calls/{call}/budget"), Some(&finance))
        .await;
    assert_eq!(budget.ok(200)["awarded"], "750000.00");
    assert_eq!(budget.body["remaining"], "0.00");
    let by_track: i64 = budget.body["tracks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| cents(&t["awarded"]))
        .sum();
    assert_eq!(
        by_track, 75_000_000,
        "the tracks' awards add up to the call's"
    );

    app.set_time(brussels(2023, 12, 1, 9, 0, 0));
    credit_vek(&app, &finance, "750000.00").await;
    // 31 October: not yet
    app.set_time(brussels(2024, 10, 31, 9, 0, 0));
    app.post(
        &format!("/api/v1/grants/{}/payments", grants[0]),
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4(), "tranche": 1}),
    )
    .await
    .problem(409);
    // 1 November: the 60 % advances
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    let mut advances = Vec::new();
    for g in &grants {
        let res = app
            .post(
                &format!("/api/v1/grants/{g}/payments"),
                Some(&finance),
                json!({"transfer_id": Uuid::new_v4(), "tranche": 1}),
            )
            .await;
        advances.push(cents(&res.ok(201)["amount"]));
    }
    for (a, c) in advances.iter().zip(&awards) {
        assert_eq!(*a, c * 60 / 100, "60 % rounded down to the cent");
    }
    let advanced: i64 = advances.iter().sum();
    let snap_advanced = article(&app, &finance, None).await;
    let call_advanced = call_budget(&app, &finance, &call, None).await;
    assert_eq!(cents(&call_advanced["paid"]), advanced);
    let t_advanced = "2024-11-01T08:00:00Z";
    assert_eq!(cents(&snap_advanced["balances"][0]["paid"]), advanced);
    assert_eq!(
        cents(&snap_advanced["balances"][1]["available"]),
        75_000_000 - advanced
    );
    assert_eq!(grant(&app, &finance, &grants[0]).await["status"], "running");

    // after the end date (31 October 2025): final reports
    app.set_time(brussels(2025, 11, 17, 9, 0, 0));
    let (admin, finance, auditor, applicant) = tokens(&app, &grantee).await;
    // spent per grant, and what the admin accepts; None = no report yet
    let mut plan: Vec<Option<(i64, i64)>> = Vec::new();
    for (i, c) in awards.iter().enumerate() {
        plan.push(match i {
            0..=8 => Some((c + 123_456, *c)), // spent more than committed: entitled to all
            9 => Some((4_000_000, 4_000_000)), // less than committed, more than the advance
            10 => Some((2_000_000, 2_000_000)), // less than the advance: recovery
            11 => Some((0, 0)),               // nothing spent: all of the advance back
            12 => Some((5_000_000, 4_500_050)), // rejected once, then accepted in part
            _ => None,                        // no report yet
        });
    }
    for (i, g) in grants.iter().enumerate() {
        let Some((spent, accepted)) = plan[i] else {
            continue;
        };
        let verdict = format!("/api/v1/grants/{g}/final-reports/verdict");
        if i == 12 {
            final_report(&app, &applicant, g, &money(spent))
                .await
                .ok(201);
            app.post(
                &verdict,
                Some(&admin),
                json!({"verdict": "rejected", "motivation": "Onvolledig"}),
            )
            .await
            .ok(201);
        }
        final_report(&app, &applicant, g, &money(spent))
            .await
            .ok(201);
        app.post(
            &verdict,
            Some(&admin),
            json!({"verdict": "accepted", "accepted_spend": money(accepted), "motivation": "Nagekeken"}),
        )
        .await
        .ok(201);
    }
    app.set_time(brussels(2025, 12, 1, 9, 0, 0));
    let (mut paid_net, mut released) = (0i64, 0i64);
    for (i, g) in grants.iter().enumerate() {
        let committed = awards[i];
        let advance = advances[i];
        let Some((_, accepted)) = plan[i] else {
            // no report: nothing to settle on; still running its course
            app.post(
                &format!("/api/v1/grants/{g}/settlement"),
                Some(&finance),
                json!({"transfer_id": Uuid::new_v4()}),
            )
            .await
            .problem(409);
            let v = grant(&app, &finance, g).await;
            assert_eq!(v["status"], "final_report_due");
            assert_eq!(cents(&v["open"]), committed - advance);
            paid_net += advance;
            continue;
        };
        let entitled = committed.min(accepted);
        if i < 5 {
            // finance pays the balance tranche: that settles the grant too; a replay answers
            // the same payment
            let pay = json!({"transfer_id": Uuid::new_v4(), "tranche": 2});
            let path = format!("/api/v1/grants/{g}/payments");
            let paid = app.post(&path, Some(&finance), pay.clone()).await;
            assert_eq!(cents(&paid.ok(201)["amount"]), entitled - advance);
            let again = app.post(&path, Some(&finance), pay).await;
            assert_eq!(again.ok(200)["id"], paid.body["id"]);
        }
        if i == 10 || i == 11 {
            // nothing is due: paying the balance is refused, and books nothing
            app.post(
                &format!("/api/v1/grants/{g}/payments"),
                Some(&finance),
                json!({"transfer_id": Uuid::new_v4(), "tranche": 2}),
            )
            .await
            .problem(409);
            assert_eq!(grant(&app, &finance, g).await["status"], "final_report_due");
        }
        let s = if i < 5 {
            grant(&app, &finance, g).await["settlement"].clone()
        } else {
            let s = app
                .post(
                    &format!("/api/v1/grants/{g}/settlement"),
                    Some(&finance),
                    json!({"transfer_id": Uuid::new_v4()}),
                )
                .await;
            s.ok(201).clone()
        };
        assert_eq!(
            cents(&s["balance"]),
            (entitled - advance).max(0),
            "grant {i}"
        );
        assert_eq!(
            cents(&s["recovery"]),
            (advance - entitled).max(0),
            "grant {i}"
        );
        assert_eq!(cents(&s["release"]), committed - entitled, "grant {i}");
        let v = grant(&app, &finance, g).await;
        assert_eq!(v["status"], "settled");
        assert_eq!(cents(&v["paid"]), entitled);
        assert_eq!(cents(&v["released"]), committed - entitled);
        assert_eq!(v["open"], "0.00");
        assert_eq!(
            cents(&v["paid"]) + cents(&v["released"]) + cents(&v["open"]),
            committed,
            "paid + released + open = committed, grant {i}"
        );
        paid_net += entitled;
        released += committed - entitled;
    }

    let end = article(&app, &finance, None).await;
    let (vak, vek) = (&end["balances"][0], &end["balances"][1]);
    assert_eq!(vak["credit"], "750000.00");
    assert_eq!(vak["committed"], "750000.00");
    assert_eq!(cents(&vak["paid"]), paid_net);
    assert_eq!(cents(&vak["released_from_grants"]), released);
    // what the settled grants did not need is back on the article, to the cent
    assert_eq!(cents(&vak["available"]), released);
    assert_eq!(cents(&vek["paid"]), paid_net);
    assert_eq!(cents(&vek["available"]), 75_000_000 - paid_net);
    // the hand-computed figures, so that a wrong formula on both sides cannot pass
    assert_eq!(vak["released_from_grants"], "109285.22");
    assert_eq!(vak["available"], "109285.22");
    assert_eq!(vek["paid"], "619286.21");
    assert_eq!(vek["available"], "130713.79");
    let budget = app
        .get(&format!("/api/v1/calls/{call}/budget"), Some(&finance))
        .await;
    assert_eq!(cents(&budget.ok(200)["paid"]), paid_net);
    assert_eq!(cents(&budget.body["released_from_grants"]), released);
    let tracks_paid: i64 = budget.body["tracks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| cents(&t["paid"]))
        .sum();
    assert_eq!(tracks_paid, paid_net);

    // balances at earlier instants, recomputed from the transfers, equal what the running
    // totals said then
    for (at, then) in [(t_decided, &snap_decided), (t_advanced, &snap_advanced)] {
        let mut recomputed = article(&app, &auditor, Some(at)).await;
        assert!(recomputed["at"].is_string());
        recomputed["at"] = Value::Null;
        assert_eq!(&recomputed, then, "at {at}");
    }
    for (at, then) in [(t_decided, &call_decided), (t_advanced, &call_advanced)] {
        let mut recomputed = call_budget(&app, &auditor, &call, Some(at)).await;
        recomputed["at"] = Value::Null;
        assert_eq!(&recomputed, then, "call at {at}");
    }
    let mut call_now = call_budget(&app, &auditor, &call, Some("2030-01-01T00:00:00Z")).await;
    call_now["at"] = Value::Null;
    assert_eq!(call_now, call_budget(&app, &auditor, &call, None).await);
    // and now, recomputed, equals the running totals now
    let mut now = article(&app, &auditor, Some("2030-01-01T00:00:00Z")).await;
    now["at"] = Value::Null;
    assert_eq!(now, end);
    // an instant without an offset is refused
    app.get(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023?at=2024-11-01T09:00:00",
        Some(&auditor),
    )
    .await
    .problem(422);
    let verify = app.get("/api/v1/audit/verify", Some(&auditor)).await;
    assert_eq!(verify.ok(200)["intact"], true, "{}", verify.text);
}

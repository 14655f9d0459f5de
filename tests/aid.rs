//! State aid across calls (issue #15): the regulations a call's aid relies on are data with
//! their legal source, and a call names one of its regime's. The rules themselves (the window,
//! the single undertaking, the ceiling) are tested in the domain (`domain/src/aid_tests.rs`).

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

/// Every user reads the regulations the installation knows; admins add one (a configuration
/// change), checked, its code new, never changed afterwards.
#[tokio::test]
async fn the_regulations_are_data_with_their_source_and_admins_add_one() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let applicant = app.applicant().await;
    let list = app.get("/api/v1/aid-regulations", Some(&applicant)).await;
    let known: Vec<(String, Value, Value)> = list
        .ok(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["code"].as_str().unwrap().to_owned(),
                r["ceiling"].clone(),
                r["period_years"].clone(),
            )
        })
        .collect();
    assert_eq!(
        known,
        vec![
            ("EU 1407/2013".to_owned(), json!("200000.00"), json!(3)),
            ("EU 2023/2831".to_owned(), json!("300000.00"), json!(3)),
            ("EU 2023/2832".to_owned(), json!("750000.00"), json!(3)),
            ("EU 651/2014".to_owned(), Value::Null, Value::Null),
        ]
    );
    let de_minimis = &list.body[1];
    assert_eq!(de_minimis["regime"], "de_minimis");
    assert_eq!(
        de_minimis["source"],
        "http://data.europa.eu/eli/reg/2023/2831/oj"
    );
    assert_eq!(
        (&de_minimis["valid_from"], &de_minimis["valid_until"]),
        (&json!("2024-01-01"), &json!("2030-12-31"))
    );
    assert_eq!(de_minimis["added_by"], "system:migrate");

    // the regulation that follows 2023/2831, added as data
    let next = json!({"code": "EU 2030/9999", "regime": "de_minimis",
        "title": "A later de minimis regulation", "source": "http://data.europa.eu/eli/reg/2030/9999/oj",
        "ceiling": "350000.00", "period_years": 3, "valid_from": "2031-01-01"});
    let added = app
        .post("/api/v1/aid-regulations", Some(&admin), next.clone())
        .await;
    assert_eq!(added.ok(201)["ceiling"], "350000.00");
    let twice = app
        .post("/api/v1/aid-regulations", Some(&admin), next.clone())
        .await;
    assert_eq!(twice.problem(409)["rule"], "regulation_exists");
    // checked, naming the field
    for (change, field, code) in [
        (
            json!({"code": "EU X/1", "ceiling": null}),
            "ceiling",
            "required",
        ),
        (
            json!({"code": "EU X/2", "period_years": 11}),
            "period_years",
            "range",
        ),
        (
            json!({"code": "EU X/3", "regime": "block_exempted"}),
            "ceiling",
            "not_for_regime",
        ),
        (
            json!({"code": "EU X/4", "valid_until": "2030-12-31"}),
            "until",
            "not_after",
        ),
    ] {
        let mut body = next.clone();
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let refused = app
            .post("/api/v1/aid-regulations", Some(&admin), body)
            .await;
        let refused = refused.problem(422).clone();
        assert_eq!(
            (
                refused["errors"][0]["field"].as_str(),
                refused["errors"][0]["code"].as_str()
            ),
            (Some(field), Some(code)),
            "{refused}"
        );
    }
    let list = app.get("/api/v1/aid-regulations", Some(&admin)).await;
    assert_eq!(list.ok(200).as_array().unwrap().len(), 5);
    // who added it is in the audit trail
    let actions = app
        .audit_actions(&admin, "aid_regulation", "EU 2030/9999")
        .await;
    assert_eq!(actions, ["aid_regulation.add"]);
}

/// A call is not state aid unless it says so; a de minimis call names a de minimis regulation
/// the installation knows, a block-exempted one its GBER article; the refusals name the field.
#[tokio::test]
async fn a_call_names_its_aid_regime_and_a_regulation_of_that_regime() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let id = app.draft_call(&admin, reference_call("AID1")).await;
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(
        call.ok(200)["aid"],
        json!({"regime": "not_state_aid", "regulation": null, "gber_article": null,
               "cap_to_headroom": false})
    );

    let mut body = reference_call("AID2");
    body["aid"] = json!({"regime": "de_minimis", "regulation": "EU 2023/2831",
                         "cap_to_headroom": true});
    let id = app.draft_call(&admin, body.clone()).await;
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["aid"]["regulation"], "EU 2023/2831");
    assert_eq!(call.body["aid"]["cap_to_headroom"], true);

    // a regulation of another regime, an unknown one, none, or settings the regime lacks
    for (aid, field, code) in [
        (
            json!({"regime": "de_minimis", "regulation": "EU 651/2014"}),
            "aid.regulation",
            "one_of",
        ),
        (
            json!({"regime": "sgei_de_minimis", "regulation": "EU 2099/1"}),
            "aid.regulation",
            "one_of",
        ),
        (
            json!({"regime": "de_minimis"}),
            "aid.regulation",
            "required",
        ),
        (
            json!({"regime": "block_exempted", "regulation": "EU 651/2014"}),
            "aid.gber_article",
            "required",
        ),
        (
            json!({"regulation": "EU 2023/2831"}),
            "aid.regulation",
            "not_for_regime",
        ),
    ] {
        body["aid"] = aid;
        let refused = app
            .put(&format!("/api/v1/calls/{id}"), Some(&admin), body.clone())
            .await;
        let refused = refused.problem(422).clone();
        assert_eq!(
            (
                refused["errors"][0]["field"].as_str(),
                refused["errors"][0]["code"].as_str()
            ),
            (Some(field), Some(code)),
            "{refused}"
        );
    }
    // nothing was changed by the refusals; a valid edit is kept
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["aid"]["regime"], "de_minimis");
    body["aid"] = json!({"regime": "block_exempted", "regulation": "EU 651/2014",
                         "gber_article": "art. 53"});
    let edited = app
        .put(&format!("/api/v1/calls/{id}"), Some(&admin), body.clone())
        .await;
    assert_eq!(edited.ok(200)["aid"]["gber_article"], "art. 53");
    // an unknown regime
    body["aid"] = json!({"regime": "generous"});
    let refused = app
        .post("/api/v1/calls", Some(&admin), {
            let mut b = body.clone();
            b["reference"] = json!("AID3");
            b
        })
        .await;
    assert_eq!(
        refused.problem(422)["errors"][0]["field"],
        "aid.regime",
        "{}",
        refused.text
    );
}

/// Control links make single undertakings: a parent and its two subsidiaries, declared by their
/// representatives, confirmed by staff, are one group from each member; a rejected or not yet
/// confirmed link groups nothing; an ended one no longer does. Each step is refused where it
/// does not apply, and nobody outside sees the group.
#[tokio::test]
async fn confirmed_control_links_make_a_single_undertaking_of_three() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let holding_rep = app.applicant().await;
    let sub_rep = app.applicant().await;
    let holding = app
        .organisation(&holding_rep, "Holding NV", &kbo(701))
        .await;
    let first = app
        .organisation(&holding_rep, "Dochter Een BV", &kbo(702))
        .await;
    let second = app
        .organisation(&sub_rep, "Dochter Twee BV", &kbo(703))
        .await;
    let loner = app.organisation(&sub_rep, "Alleen VZW", &kbo(704)).await;
    // links name verified organisations (anyone may claim an enterprise number)
    for org in [&holding, &first, &second, &loner] {
        app.verify_organisation(&admin, org).await;
    }
    let declare = |org: &str, token: &str, other: u32, other_is: &str| {
        let path = format!("/api/v1/organisations/{org}/control-links");
        let body = json!({"other_kbo": kbo(other), "other_is": other_is,
                          "criterion": "majority_of_voting_rights"});
        let token = token.to_owned();
        let app = &app;
        async move { app.post(&path, Some(&token), body).await }
    };
    let decide = |link: &str, body: Value| {
        let path = format!("/api/v1/control-links/{link}/decision");
        let admin = admin.clone();
        let app = &app;
        async move { app.post(&path, Some(&admin), body).await }
    };
    let group = |org: &str, token: &str| {
        let path = format!("/api/v1/organisations/{org}/single-undertaking");
        let token = token.to_owned();
        let app = &app;
        async move {
            let res = app.get(&path, Some(&token)).await;
            let mut ids: Vec<String> = res.ok(200)["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["id"].as_str().unwrap().to_owned())
                .collect();
            ids.sort();
            ids
        }
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };

    // the holding declares its first subsidiary; the second declares its parent
    let a = declare(&holding, &holding_rep, 702, "subsidiary").await;
    let a = a.ok(201).clone();
    assert_eq!(a["parent"]["id"], holding.as_str());
    assert_eq!(a["subsidiary"]["id"], first.as_str());
    assert_eq!(a["status"], "declared");
    let b = declare(&second, &sub_rep, 701, "parent").await;
    let b = b.ok(201).clone();
    assert_eq!(b["parent"]["id"], holding.as_str());
    assert_eq!(b["subsidiary"]["id"], second.as_str());
    // declared twice, itself, an organisation not registered, not its representative
    let twice = declare(&holding, &holding_rep, 702, "subsidiary").await;
    assert_eq!(twice.problem(409)["rule"], "link_declared");
    let itself = declare(&holding, &holding_rep, 701, "subsidiary").await;
    assert_eq!(itself.problem(422)["errors"][0]["code"], "self_control");
    let nobody = declare(&holding, &holding_rep, 799, "subsidiary").await;
    assert_eq!(nobody.problem(422)["errors"][0]["code"], "unregistered_kbo");
    declare(&holding, &sub_rep, 704, "subsidiary")
        .await
        .problem(404);

    // declared links group nothing yet; staff see what waits for them
    assert_eq!(
        group(&holding, &holding_rep).await,
        std::slice::from_ref(&holding)
    );
    let waiting = app
        .get("/api/v1/control-links?status=declared", Some(&admin))
        .await;
    assert_eq!(waiting.ok(200)["total"], 2);
    // two declarations of one link at once: one is recorded, the other is told it exists
    let mut both = futures::future::join_all([
        declare(&first, &holding_rep, 704, "subsidiary"),
        declare(&first, &holding_rep, 704, "subsidiary"),
    ])
    .await;
    both.sort_by_key(|r| r.status.as_u16());
    both[0].ok(201);
    assert_eq!(both[1].problem(409)["rule"], "link_declared");
    // confirmed: one undertaking of three, from each member
    decide(a["id"].as_str().unwrap(), json!({"decision": "confirm"}))
        .await
        .ok(200);
    let confirmed = decide(b["id"].as_str().unwrap(), json!({"decision": "confirm"})).await;
    assert_eq!(confirmed.ok(200)["status"], "confirmed");
    let three = sorted(vec![holding.clone(), first.clone(), second.clone()]);
    assert_eq!(group(&holding, &holding_rep).await, three);
    assert_eq!(group(&second, &sub_rep).await, three);
    assert_eq!(group(&first, &admin).await, three);
    assert_eq!(group(&loner, &sub_rep).await, std::slice::from_ref(&loner));
    // a member of another organisation does not see the group
    let stranger = app.applicant().await;
    app.get(
        &format!("/api/v1/organisations/{holding}/single-undertaking"),
        Some(&stranger),
    )
    .await
    .problem(404);

    // a decision that does not apply, a rejection without a reason
    let again = decide(a["id"].as_str().unwrap(), json!({"decision": "confirm"})).await;
    assert_eq!(again.problem(409)["rule"], "link_decided");
    let c = declare(&second, &sub_rep, 704, "subsidiary").await;
    let c = c.ok(201).clone();
    let why_not = decide(c["id"].as_str().unwrap(), json!({"decision": "reject"})).await;
    assert_eq!(why_not.problem(422)["errors"][0]["field"], "reason");
    decide(
        c["id"].as_str().unwrap(),
        json!({"decision": "reject", "reason": "Geen controle: 12 % van de stemmen."}),
    )
    .await
    .ok(200);
    assert_eq!(group(&loner, &sub_rep).await, std::slice::from_ref(&loner));

    // the control over the second subsidiary ends: it stands alone again
    let ended = decide(
        b["id"].as_str().unwrap(),
        json!({"decision": "end", "reason": "Aandelen verkocht op 1 maart 2026."}),
    )
    .await;
    assert_eq!(ended.ok(200)["status"], "ended");
    assert_eq!(
        group(&second, &sub_rep).await,
        std::slice::from_ref(&second)
    );
    assert_eq!(
        group(&holding, &holding_rep).await,
        sorted(vec![holding.clone(), first.clone()])
    );
    // the group shows every link touching it, with its status
    let view = app
        .get(
            &format!("/api/v1/organisations/{second}/single-undertaking"),
            Some(&sub_rep),
        )
        .await;
    let mut statuses: Vec<&str> = view.ok(200)["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    statuses.sort();
    assert_eq!(statuses, ["ended", "rejected"]);
    // each step is in the audit trail
    let mut actions = app
        .audit_actions(&admin, "control_link", b["id"].as_str().unwrap())
        .await;
    actions.sort();
    assert_eq!(
        actions,
        [
            "control_link.confirm",
            "control_link.declare",
            "control_link.end"
        ]
    );
}

/// The subsidy register of a quarter lists each award once, on the day its legal right was
/// conferred, with its regime and regulation; an award renounced is left out and the reserve
/// application offered in its place appears with its own award date; JSON and CSV agree. An
/// organisation sees its single undertaking's awards in the rolling window.
#[tokio::test]
async fn the_subsidy_register_lists_each_award_once_with_its_regime() {
    use common::scenario::*;
    let s = call_in_assessment(
        applications(3)
            .budget("100000.00")
            .requesting("50000.00")
            .all_eligible()
            // awarded in 2023: under the de minimis regulation in force then
            .aid(json!({"regime": "de_minimis", "regulation": "EU 1407/2013"})),
    )
    .await;
    s.score(&[9, 8, 7]).await;
    for app in &s.apps[..2] {
        s.decide(app, selected("50000.00", "Sterk")).await.ok(201);
    }
    s.decide(&s.apps[2], reserve("Budget op")).await.ok(201);
    s.app.set_time(brussels(2023, 10, 20, 16, 0, 0));
    s.finalise().await.ok(200);
    s.app.set_time(brussels(2023, 10, 25, 10, 0, 0));
    s.answer(&s.apps[0], "renounce").await.ok(200);

    let register = |year: i32, quarter: u32, format: &str| {
        let path =
            format!("/api/v1/exports/subsidy-register.{format}?year={year}&quarter={quarter}");
        let finance = s.finance.clone();
        let app = &s.app;
        async move { app.get(&path, Some(&finance)).await }
    };
    let q4 = register(2023, 4, "json").await;
    let rows: Vec<(String, String, String)> = q4
        .ok(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["grant_id"].as_str().unwrap().to_owned(),
                e["award_date"].as_str().unwrap().to_owned(),
                e["amount_awarded"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                s.apps[1].clone(),
                "2023-10-20".to_owned(),
                "50000.00".to_owned()
            ),
            (
                s.apps[2].clone(),
                "2023-10-25".to_owned(),
                "50000.00".to_owned()
            ),
        ]
    );
    let entry = &q4.body[0];
    for (key, value) in [
        ("aid_regime", "de_minimis"),
        ("regulation", "EU 1407/2013"),
        ("budget_article", "SJ0-1SMC2GA-WT"),
        ("call_reference", "SEL23"),
    ] {
        assert_eq!(entry[key], value, "{key} in {entry}");
    }
    assert_eq!(entry["budget_year"], 2023);
    assert!(entry["legal_basis"].is_string(), "{entry}");
    assert!(entry["enterprise_number"]
        .as_str()
        .unwrap()
        .starts_with("0200."));
    assert_eq!(entry["gber_article"], Value::Null);

    // the CSV: the same rows under a header of the JSON's field names
    let csv = register(2023, 4, "csv").await;
    assert_eq!(csv.status.as_u16(), 200);
    let lines: Vec<&str> = csv.text.lines().collect();
    assert_eq!(
        lines[0],
        "grant_id,beneficiary_name,enterprise_number,amount_awarded,award_date,legal_basis,\
         budget_article,budget_year,purpose,call_reference,aid_regime,regulation,gber_article"
    );
    assert_eq!(lines.len(), 3, "{}", csv.text);
    assert!(
        lines[2].starts_with(&format!("{},", s.apps[2])),
        "{}",
        lines[2]
    );
    assert!(lines[2].contains(",50000.00,2023-10-25,"), "{}", lines[2]);
    assert!(
        lines[2].ends_with(",de_minimis,EU 1407/2013,"),
        "{}",
        lines[2]
    );

    // another quarter has none; a quarter that is not one is refused, naming it
    let q3 = register(2023, 3, "json").await;
    assert_eq!(q3.ok(200).as_array().unwrap().len(), 0);
    let fifth = register(2023, 5, "json").await;
    assert_eq!(fifth.problem(422)["errors"][0]["field"], "quarter");

    // the organisation's own view: the two awarded organisations are one undertaking (the
    // first controls the second), so each sees both awards in its window
    let (first, second) = (&s.orgs[1], &s.orgs[2]);
    confirm_control(&s, first, &kbo(502)).await;
    let position = |org: &str, on: &str| {
        let path = format!("/api/v1/organisations/{org}/aid?on={on}");
        let applicant = s.applicant.clone();
        let app = &s.app;
        async move {
            let res = app.get(&path, Some(&applicant)).await;
            res.ok(200).clone()
        }
    };
    let seen = position(second, "2023-12-01").await;
    assert_eq!(seen["members"].as_array().unwrap().len(), 2);
    let de_minimis = &seen["regulations"][0];
    assert_eq!(de_minimis["regulation"], "EU 1407/2013");
    assert_eq!(
        (&de_minimis["window_from"], &de_minimis["window_to"]),
        (&json!("2020-12-02"), &json!("2023-12-01"))
    );
    assert_eq!(
        (&de_minimis["awarded"], &de_minimis["headroom"]),
        (&json!("100000.00"), &json!("100000.00"))
    );
    assert_eq!(de_minimis["awards"].as_array().unwrap().len(), 2);
    assert_eq!(de_minimis["declared"], "0.00");
    // every de minimis ceiling counts every award here in a call with a ceiling (the SGEI
    // regulation's cumulation rule, taken for all: never less than the law counts)
    assert_eq!(seen["regulations"][2]["regulation"], "EU 2023/2832");
    assert_eq!(
        (
            &seen["regulations"][2]["awarded"],
            &seen["regulations"][2]["headroom"]
        ),
        (&json!("100000.00"), &json!("650000.00"))
    );
    // three years on, the window's first day is the day after: the award of 20 October 2023
    // left it on 21 October 2026, the one of 25 October is in it until 25 October 2026
    let later = position(first, "2026-10-25").await;
    assert_eq!(later["regulations"][0]["window_from"], "2023-10-26");
    assert_eq!(later["regulations"][0]["awarded"], "0.00");
    let day_before = position(first, "2026-10-24").await;
    assert_eq!(day_before["regulations"][0]["window_from"], "2023-10-25");
    assert_eq!(day_before["regulations"][0]["awarded"], "50000.00");
    // the renouncing organisation received nothing; others do not see its view
    let alone = position(&s.orgs[0], "2023-12-01").await;
    assert_eq!(alone["regulations"][0]["awarded"], "0.00");
    let stranger = s.app.applicant().await;
    s.app
        .get(
            &format!("/api/v1/organisations/{first}/aid"),
            Some(&stranger),
        )
        .await
        .problem(404);
}

/// A copied application in another call whose projects overlap is flagged for the screeners
/// with its scores (the same organisation's other application, and its single undertaking's);
/// an application in a later period is compared, not flagged; screeners record a finding.
#[tokio::test]
async fn a_copied_application_in_another_call_is_flagged_as_possible_double_funding() {
    use common::scenario::*;
    let s = call_in_assessment(applications(2).all_eligible()).await;
    let app = &s.app;
    let original = app
        .get(
            &format!("/api/v1/applications/{}", s.apps[0]),
            Some(&s.admin),
        )
        .await
        .ok(200)
        .clone();
    // two more calls, open now: one whose projects overlap SEL23's (from 1 November 2024, a
    // year), one whose projects start after them
    app.set_time(brussels(2023, 9, 15, 9, 0, 0));
    let open = |reference: &str, start: &str| {
        let mut body = small_call(reference, "SJ0-1SMC2GA-WT", "100000.00");
        body["deadline"] = json!("2023-12-15T10:00");
        body["start_date"] = json!(start);
        body
    };
    let overlapping = app
        .open_call(&s.admin, &s.finance, open("DF24", "2025-01-01"))
        .await;
    let later = app
        .open_call(&s.admin, &s.finance, open("DF26", "2026-01-01"))
        .await;
    // the same organisation asks both calls again for the same project, word for word
    let submit = |call: String| {
        let body = json!({
            "organisation_id": s.orgs[0],
            "track": 1,
            "title": original["title"],
            "summary": original["summary"],
            "partners": [],
            "contact": {"name": "Jan Peeters", "email": "jan.peeters@genk.be", "phone": "+32 89 65 44 11"},
            "budget_lines": original["budget_lines"],
        });
        let applicant = s.applicant.clone();
        async move {
            let path = format!("/api/v1/calls/{call}/applications");
            let draft = app.post(&path, Some(&applicant), body).await;
            let id = draft.ok(201)["id"].as_str().unwrap().to_owned();
            app.post(
                &format!("/api/v1/applications/{id}/submit"),
                Some(&applicant),
                json!({}),
            )
            .await
            .ok(201);
            id
        }
    };
    let copy = submit(overlapping).await;
    let _later_copy = submit(later).await;

    let signals = app
        .get(
            &format!("/api/v1/applications/{copy}/double-funding"),
            Some(&s.admin),
        )
        .await;
    let signals = signals.ok(200).clone();
    let list = signals["signals"].as_array().unwrap();
    assert_eq!(list.len(), 2, "{signals}");
    let first = &list[0];
    assert_eq!(first["application_id"], s.apps[0].as_str());
    assert_eq!(first["call_reference"], "SEL23");
    assert_eq!(first["flagged"], true);
    assert_eq!(first["overlap"], true);
    assert_eq!(first["title_similarity"], 1000);
    assert_eq!(first["budget_similarity"], 1000);
    let second = &list[1];
    assert_eq!(second["call_reference"], "DF26");
    assert_eq!(
        (&second["overlap"], &second["flagged"]),
        (&json!(false), &json!(false))
    );
    assert_eq!(second["title_similarity"], 1000);
    // another organisation's application in SEL23 is not compared
    assert!(list
        .iter()
        .all(|x| x["application_id"] != s.apps[1].as_str()));

    // the screeners record what they find; the latest counts, earlier ones stay
    let path = format!("/api/v1/applications/{copy}/double-funding/findings");
    let blank = app
        .post(
            &path,
            Some(&s.admin),
            json!({"finding": "suspected", "note": " "}),
        )
        .await;
    assert_eq!(blank.problem(422)["errors"][0]["field"], "note");
    for (day, finding, note) in [
        (
            16,
            "suspected",
            "Zelfde project als SEL23; gevraagd aan de aanvrager.",
        ),
        (20, "confirmed", "De aanvrager bevestigt dezelfde kosten."),
    ] {
        // one after the other: the latest counts
        app.set_time(brussels(2023, 9, day, 9, 0, 0));
        app.post(
            &path,
            Some(&s.admin),
            json!({"finding": finding, "note": note}),
        )
        .await
        .ok(201);
    }
    let seen = app
        .get(
            &format!("/api/v1/applications/{copy}/double-funding"),
            Some(&s.admin),
        )
        .await;
    let findings: Vec<&str> = seen.ok(200)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["finding"].as_str().unwrap())
        .collect();
    assert_eq!(findings, ["suspected", "confirmed"]);
    let actions = app.audit_actions(&s.admin, "application", &copy).await;
    let recorded = actions
        .iter()
        .filter(|a| *a == "application.double_funding_finding")
        .count();
    assert_eq!(recorded, 2);
}

/// Declares (as the representative of both) that the organisation `parent` controls the one
/// registered as `subsidiary_kbo`, and confirms it as staff.
async fn confirm_control(
    s: &common::scenario::CallInAssessment,
    parent: &str,
    subsidiary_kbo: &str,
) {
    let link = s
        .app
        .post(
            &format!("/api/v1/organisations/{parent}/control-links"),
            Some(&s.applicant),
            json!({"other_kbo": subsidiary_kbo, "other_is": "subsidiary",
                   "criterion": "majority_of_voting_rights"}),
        )
        .await;
    let link = link.ok(201)["id"].as_str().unwrap().to_owned();
    s.as_admin(
        &format!("/api/v1/control-links/{link}/decision"),
        json!({"decision": "confirm"}),
    )
    .await
    .ok(200);
}

/// Issue #15's check at award: a group (parent and subsidiary) whose parent declared
/// €250,000.00 of other de minimis aid has €50,000.00 left under the €300,000.00 ceiling. An
/// award of €50,000.01 to the subsidiary is refused with the figures, €50,000.00 is held; then
/// nothing is left for the parent; a decision that replaces the hold frees the headroom again.
/// The declaration is part of the application (its receipt's frozen content) and is required
/// before submission; the organisation's own view counts it.
#[tokio::test]
async fn a_group_with_250000_declared_is_refused_50000_01_and_granted_50000() {
    use common::scenario::*;
    let declared = json!([{"authority": "Agentschap Innoveren & Ondernemen",
        "granted_on": "2023-05-12", "amount": "250000.00", "regulation": "EU 1407/2013"}]);
    let s = call_in_assessment(
        applications(2)
            .requesting("60000.00")
            .all_eligible()
            .aid(json!({"regime": "de_minimis", "regulation": "EU 2023/2831"}))
            .declaring(0, declared.clone()),
    )
    .await;
    let (parent, subsidiary) = (&s.orgs[0], &s.orgs[1]);
    confirm_control(&s, parent, &kbo(501)).await;
    // the declaration travelled with the application into its receipt
    let receipts = s
        .app
        .get(
            &format!("/api/v1/applications/{}/receipts", s.apps[0]),
            Some(&s.applicant),
        )
        .await;
    let number = receipts.ok(200)[0]["number"].as_str().unwrap().to_owned();
    let receipt = s
        .app
        .get(
            &format!("/api/v1/applications/{}/receipts/{number}", s.apps[0]),
            Some(&s.applicant),
        )
        .await;
    let receipt = receipt.ok(200);
    assert_eq!(
        receipt["snapshot"]["content"]["aid_declarations"], declared,
        "{receipt}"
    );
    // the regulation of 2023/2831 applies from 1 January 2024: the decisions are taken then
    s.app.set_time(brussels(2024, 2, 1, 10, 0, 0));
    let refused = s.decide(&s.apps[1], selected("50000.01", "Sterk")).await;
    let problem = refused.problem(409);
    assert_eq!(problem["type"], "/problems/aid-ceiling");
    assert_eq!(problem["rule"], "aid_ceiling");
    let params = &problem["params"];
    for (key, value) in [
        ("ceiling", "300000.00"),
        ("declared", "250000.00"),
        ("awarded", "0.00"),
        ("headroom", "50000.00"),
        ("requested", "50000.01"),
        ("window_from", "2021-02-02"),
        ("window_to", "2024-02-01"),
    ] {
        assert_eq!(params[key], value, "{key} in {problem}");
    }
    assert_eq!(params["application_id"], s.apps[1].as_str());
    assert!(
        problem["detail"].as_str().unwrap().contains("50000.00"),
        "{problem}"
    );
    // nothing of the refused award was written: no decision, nothing held
    let decisions = s.app.get(&s.call_path("decisions"), Some(&s.admin)).await;
    assert_eq!(decisions.ok(200).as_array().unwrap().len(), 0);
    s.decide(&s.apps[1], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    // the parent: nothing left, a cent is refused
    let none_left = s.decide(&s.apps[0], selected("0.01", "Sterk")).await;
    let problem = none_left.problem(409);
    assert_eq!(
        (
            &problem["params"]["awarded"],
            &problem["params"]["headroom"]
        ),
        (&json!("50000.00"), &json!("0.00"))
    );
    // the group's view counts the declaration and the held award
    let under = aid_under(&s.app, &s.applicant, parent, "2024-02-01", "EU 2023/2831").await;
    assert_eq!(
        (&under["declared"], &under["awarded"], &under["headroom"]),
        (&json!("250000.00"), &json!("50000.00"), &json!("0.00"))
    );
    assert_eq!(under["awards"][0]["organisation_id"], subsidiary.as_str());
    assert_eq!(under["declarations"][0]["organisation_id"], parent.as_str());
    assert_eq!(under["declarations"][0]["amount"], "250000.00");
    // the subsidiary's hold is replaced by a reserve decision: its award stops counting, and
    // the parent's award fits
    s.decide(&s.apps[1], reserve("Budget elders")).await.ok(201);
    s.decide(&s.apps[0], selected("50000.00", "Sterk"))
        .await
        .ok(201);
}

/// The declaration of other de minimis aid is required before submission in a call with a
/// ceiling (an empty list declares none), refused in a call without one, and aid dated after
/// the day of submission is refused. Other funding asked for the same project is part of the
/// application and shown to screeners with the double-funding signals.
#[tokio::test]
async fn declarations_are_required_in_a_de_minimis_call_and_refused_elsewhere() {
    use common::scenario::*;
    let mut definition = reference_call("DEM23");
    definition["aid"] = json!({"regime": "de_minimis", "regulation": "EU 1407/2013"});
    definition["questions"] = json!([
        {"key": "expertise", "label": "Expertise", "required": true, "max_length": 2000}
    ]);
    let (app, call, member) = open_call_and_member(definition).await;
    let mut body = complete_application(&member.org);
    let draft = call.create_draft(&member.token, body.clone()).await;
    let draft = draft.ok(201).clone();
    let missing: Vec<&str> = draft["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["field"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["aid_declarations"], "{draft}");
    let id = draft["id"].as_str().unwrap().to_owned();
    let submit = |id: String| {
        let (app, token) = (&app, member.token.clone());
        async move {
            app.post(
                &format!("/api/v1/applications/{id}/submit"),
                Some(&token),
                json!({}),
            )
            .await
        }
    };
    let refused = submit(id.clone()).await;
    assert_eq!(
        refused.problem(422)["errors"][0]["code"],
        "aid_declaration_required"
    );
    // aid dated after today (Brussels; the clock is at 1 August 2023 12:00) is not declared
    let tomorrow = "2023-08-02";
    body.as_object_mut().unwrap().remove("organisation_id");
    body["aid_declarations"] = json!([{"authority": "Stad Hasselt", "granted_on": tomorrow,
        "amount": "1000.00", "regulation": "EU 1407/2013"}]);
    body["other_funding"] = json!([{"funder": "Fonds Sociale Impuls", "amount": "15000.00",
        "status": "requested"}]);
    let path = format!("/api/v1/applications/{id}");
    app.put(&path, Some(&member.token), body.clone())
        .await
        .ok(200);
    let refused = submit(id.clone()).await;
    let problem = refused.problem(422);
    assert_eq!(
        problem["errors"][0]["field"], "aid_declarations[0].granted_on",
        "{problem}"
    );
    // an empty list declares none: submitted, with the other funding in the receipt
    body["aid_declarations"] = json!([]);
    let saved = app.put(&path, Some(&member.token), body.clone()).await;
    assert_eq!(
        saved.ok(200)["other_funding"][0]["funder"],
        "Fonds Sociale Impuls"
    );
    let receipt = submit(id.clone()).await;
    let receipt = receipt.ok(201).clone();
    assert!(receipt["digest"].is_string(), "{receipt}");
    // screeners see the other funding beside the signals
    let admin = app.login(Role::Admin).await;
    let signals = app
        .get(
            &format!("/api/v1/applications/{id}/double-funding"),
            Some(&admin),
        )
        .await;
    assert_eq!(signals.ok(200)["other_funding"][0]["amount"], "15000.00");

    // a call that is not state aid refuses a declaration, naming the field
    let mut definition = reference_call("NSA23");
    definition["questions"] = json!([
        {"key": "expertise", "label": "Expertise", "required": true, "max_length": 2000}
    ]);
    let other = app.with_opened_call(definition).await;
    let mut body = complete_application(&member.org);
    body["aid_declarations"] = json!([]);
    let refused = other.create_draft(&member.token, body).await;
    let problem = refused.problem(422);
    assert_eq!(
        problem["errors"][0]["field"], "aid_declarations",
        "{problem}"
    );
    assert_eq!(problem["errors"][0]["code"], "not_for_regime");
    // other funding that names no funder is refused
    let mut body = complete_application(&member.org);
    body["other_funding"] = json!([{"funder": " ", "amount": "0.00", "status": "granted"}]);
    let refused = other.create_draft(&member.token, body).await;
    let fields: Vec<&str> = refused.problem(422)["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["other_funding[0].funder", "other_funding[0].amount"]
    );
}

/// Issue #15's concurrency check: two members of one single undertaking, each with an
/// application in its own de minimis call, are awarded at the same moment through two server
/// processes on one database. Together the awards would pass the ceiling: exactly one is held,
/// the other refused with the figures, never both.
#[tokio::test]
async fn two_awards_at_once_to_one_group_in_two_calls_never_pass_the_ceiling() {
    use common::scenario::*;
    let aid = json!({"regime": "de_minimis", "regulation": "EU 2023/2831"});
    // two calls set up one after the other take the test clock back: no abuse limits here
    let app = spawn_app_limited(
        brussels(2023, 6, 1, 9, 0, 0),
        grantdesk_api::limits::RateLimitSettings::off(),
    )
    .await;
    let first = app
        .with_call_in_assessment(
            applications(1)
                .requesting("160000.00")
                .all_eligible()
                .aid(aid.clone()),
        )
        .await;
    let second = first
        .app
        .with_call_in_assessment(
            applications(1)
                .requesting("160000.00")
                .all_eligible()
                .aid(aid)
                .named("SEL24", 510),
        )
        .await;
    // the second call's applicant is another user: the first's representative declares the
    // link, staff confirm it
    confirm_control(&first, &first.orgs[0], &kbo(510)).await;
    let one = first.app.spawn_process().await;
    let two = first.app.spawn_process().await;
    let admin = first.app.real_time_token(&first.admin);
    let decide = |base: String, application: String| {
        let (app, token) = (&first.app, admin.clone());
        async move {
            let res = app
                .client
                .post(format!("{base}/api/v1/applications/{application}/decision"))
                .bearer_auth(&token)
                .json(&selected("160000.00", "Sterk"))
                .send()
                .await
                .unwrap();
            TestApp::read(res).await
        }
    };
    let (a, b) = futures::future::join(
        decide(one.base.clone(), first.apps[0].clone()),
        decide(two.base.clone(), second.apps[0].clone()),
    )
    .await;
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [201, 409], "{} / {}", a.text, b.text);
    let refused = if a.status.as_u16() == 409 { &a } else { &b };
    let problem = refused.problem(409);
    assert_eq!(
        (
            &problem["params"]["awarded"],
            &problem["params"]["headroom"]
        ),
        (&json!("160000.00"), &json!("140000.00")),
        "{problem}"
    );
    // what the group's view counts: one award, within the ceiling
    let under = aid_under(
        &first.app,
        &first.admin,
        &first.orgs[0],
        "2026-12-31",
        "EU 2023/2831",
    )
    .await;
    assert_eq!(under["awarded"], "160000.00", "{under}");
}

/// Where a call caps awards to the headroom, an award over it is held for what is left; an
/// award from the reserve list that the ceiling refuses passes over that place (audited with
/// the figures) and money stays free; an award renounced stops counting, and the headroom
/// comes back.
#[tokio::test]
async fn awards_are_capped_to_the_headroom_refused_places_passed_over_and_renounced_ones_freed() {
    use common::scenario::*;
    let declared = json!([{"authority": "Agentschap Innoveren & Ondernemen",
        "granted_on": "2023-05-12", "amount": "250000.00", "regulation": "EU 1407/2013"}]);
    let s = call_in_assessment(
        applications(3)
            .budget("110000.00")
            .requesting("60000.00")
            .all_eligible()
            .aid(json!({"regime": "de_minimis", "regulation": "EU 2023/2831",
                        "cap_to_headroom": true}))
            .declaring(0, declared),
    )
    .await;
    let (parent, subsidiary) = (&s.orgs[0], &s.orgs[1]);
    confirm_control(&s, parent, &kbo(501)).await;
    s.score(&[9, 8, 7]).await;
    s.app.set_time(brussels(2024, 2, 1, 10, 0, 0));
    // the subsidiary asks 60,000.00 with 50,000.00 left: held for 50,000.00
    let capped = s.decide(&s.apps[1], selected("60000.00", "Sterk")).await;
    assert_eq!(capped.ok(201)["awarded"], "50000.00", "{}", capped.text);
    s.decide(&s.apps[2], selected("60000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[0], reserve("Budget op")).await.ok(201);
    s.finalise().await.ok(200);
    // the third organisation renounces: its 60,000.00 would go to the parent, first on the
    // reserve list, but the group has nothing left: the place is passed over, money stays free
    s.app.set_time(brussels(2024, 2, 5, 10, 0, 0));
    s.answer(&s.apps[2], "renounce").await.ok(200);
    let places = s.app.get(&s.call_path("reserve"), Some(&s.finance)).await;
    let place = &places.ok(200)[0];
    assert_eq!(place["application_id"], s.apps[0].as_str());
    assert_eq!(place["status"], "passed_over", "{place}");
    let grant = s
        .app
        .get(&format!("/api/v1/grants/{}", s.apps[0]), Some(&s.finance))
        .await;
    grant.problem(404);
    let entries = s.app.audit_of(&s.admin, "application", &s.apps[0]).await;
    let passed = entries
        .iter()
        .find(|e| e["action"] == "reserve.pass_over")
        .unwrap_or_else(|| panic!("no pass-over in {entries:?}"));
    assert_eq!(passed["after"]["rule"], "aid_ceiling", "{passed}");
    assert_eq!(passed["after"]["params"]["headroom"], "0.00", "{passed}");
    let budget = s.app.get(&s.call_path("budget"), Some(&s.finance)).await;
    assert_eq!(budget.ok(200)["freed"], "60000.00", "{}", budget.text);
    // the subsidiary renounces: its award stops counting, the group has 50,000.00 again
    s.answer(&s.apps[1], "renounce").await.ok(200);
    let under = aid_under(
        &s.app,
        &s.applicant,
        subsidiary,
        "2024-02-05",
        "EU 2023/2831",
    )
    .await;
    assert_eq!(
        (&under["awarded"], &under["headroom"]),
        (&json!("0.00"), &json!("50000.00")),
        "{under}"
    );
}

/// A cancelled grant in a de minimis call counts, from its award day, only what the grantee
/// keeps of what was paid.
#[tokio::test]
async fn a_cancelled_grant_counts_what_the_grantee_kept() {
    use common::scenario::*;
    let s = call_in_assessment(
        applications(1)
            .budget("100000.00")
            .all_eligible()
            .aid(json!({"regime": "de_minimis", "regulation": "EU 1407/2013"})),
    )
    .await;
    let grant = s.apps[0].clone();
    s.decide(&grant, selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.app.set_time(brussels(2023, 10, 20, 16, 0, 0));
    s.finalise().await.ok(200);
    s.answer(&grant, "accept").await.ok(200);
    // the advance is payable from the grant's start, from the article's payment credit
    s.app.set_time(brussels(2024, 11, 2, 10, 0, 0));
    s.app
        .post(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
            Some(&s.finance),
            json!({"transfer_id": uuid::Uuid::new_v4(), "credit_type": "VEK",
                   "amount": "750000.00", "reference": "VEK 2023"}),
        )
        .await
        .ok(201);
    s.app
        .post(
            &format!("/api/v1/grants/{grant}/payments"),
            Some(&s.finance),
            json!({"transfer_id": uuid::Uuid::new_v4(), "tranche": 1}),
        )
        .await
        .ok(201);
    let counted = || async {
        let under = aid_under(
            &s.app,
            &s.applicant,
            &s.orgs[0],
            "2024-11-05",
            "EU 1407/2013",
        )
        .await;
        (
            under["awarded"].clone(),
            under["awards"][0]["award_date"].clone(),
        )
    };
    assert_eq!(counted().await, (json!("50000.00"), json!("2023-10-20")));
    s.app.set_time(brussels(2024, 11, 5, 10, 0, 0));
    s.as_admin(
        &format!("/api/v1/grants/{grant}/cancellation"),
        json!({"transfer_id": uuid::Uuid::new_v4(), "motivation": "Fraude vastgesteld.",
               "kept": "5000.00"}),
    )
    .await
    .ok(201);
    assert_eq!(counted().await, (json!("5000.00"), json!("2023-10-20")));
}

/// Organisation `org`'s aid view on `on` under `regulation`, read by `token`.
async fn aid_under(app: &TestApp, token: &str, org: &str, on: &str, regulation: &str) -> Value {
    let view = app
        .get(
            &format!("/api/v1/organisations/{org}/aid?on={on}"),
            Some(token),
        )
        .await;
    view.ok(200)["regulations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["regulation"] == regulation)
        .unwrap_or_else(|| panic!("{regulation} in {}", view.text))
        .clone()
}

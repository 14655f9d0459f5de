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
            ("EU 2023/2831".to_owned(), json!("300000.00"), json!(3)),
            ("EU 2023/2832".to_owned(), json!("750000.00"), json!(3)),
            ("EU 651/2014".to_owned(), Value::Null, Value::Null),
        ]
    );
    let de_minimis = &list.body[0];
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
    assert_eq!(list.ok(200).as_array().unwrap().len(), 4);
    // who added it is in the audit trail
    let trail = app
        .get(
            "/api/v1/audit?target_type=aid_regulation&target_id=EU%202030/9999",
            Some(&admin),
        )
        .await;
    assert_eq!(trail.ok(200)["items"][0]["action"], "aid_regulation.add");
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

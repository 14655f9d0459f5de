//! After the decision (issue #14): what a call sets for acceptance, objections and the reserve
//! list. The periods themselves are counted in the domain (`domain/src/legal_period.rs`).

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::json;

/// A call that sets nothing for the time after its decision gets the defaults; one that sets
/// them keeps them, edits them while a draft, and is refused, naming the field, when a period
/// or the threshold is out of range.
#[tokio::test]
async fn a_call_sets_its_acceptance_and_objection_periods_and_its_reserve_list() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;

    let id = app.draft_call(&admin, reference_call("AD1")).await;
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(
        call.ok(200)["after_decision"],
        json!({"acceptance_days": 30, "objection_days": 30, "reserve_days": 365,
               "reserve_threshold": "0.00", "partial_awards": false})
    );

    let mut body = reference_call("AD2");
    body["after_decision"] = json!({"acceptance_days": 14, "reserve_threshold": "60.00",
                                    "partial_awards": true});
    let id = app.draft_call(&admin, body.clone()).await;
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(
        call.ok(200)["after_decision"],
        json!({"acceptance_days": 14, "objection_days": 30, "reserve_days": 365,
               "reserve_threshold": "60.00", "partial_awards": true})
    );
    // edited while a draft
    body["after_decision"]["objection_days"] = json!(60);
    let res = app
        .put(&format!("/api/v1/calls/{id}"), Some(&admin), body.clone())
        .await;
    assert_eq!(
        res.ok(200)["after_decision"]["objection_days"],
        60,
        "{}",
        res.text
    );

    // out of range: refused, naming the field, with the rule and its values
    for (setting, value, field, code) in [
        (
            "acceptance_days",
            json!(0),
            "after_decision.acceptance_days",
            "range",
        ),
        (
            "reserve_days",
            json!(366),
            "after_decision.reserve_days",
            "range",
        ),
        (
            "reserve_threshold",
            json!("100.01"),
            "after_decision.reserve_threshold",
            "score",
        ),
        (
            "reserve_threshold",
            json!("-1"),
            "after_decision.reserve_threshold",
            "score",
        ),
    ] {
        let mut bad = reference_call("AD3");
        bad["after_decision"] = json!({ setting: value });
        let res = app.post("/api/v1/calls", Some(&admin), bad).await;
        let p = res.problem(422);
        assert_eq!(p["errors"][0]["field"], field, "{p}");
        assert_eq!(p["errors"][0]["code"], code, "{p}");
    }
    // a setting we do not have
    let mut bad = reference_call("AD4");
    bad["after_decision"] = json!({"grace_days": 3});
    let res = app.post("/api/v1/calls", Some(&admin), bad).await;
    assert_eq!(res.problem(422)["errors"][0]["code"], "unknown_field");
}

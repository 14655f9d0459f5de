//! The reference call walked through its gates over HTTP, and the rules of the lifecycle.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::json;

#[tokio::test]
async fn reference_call_passes_every_gate_and_opening_reserves_its_budget() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, "SJ0-1SMC2GA-WT", 2023, "750000.00")
        .await;
    let id = app.draft_call(&admin, reference_call("EXP23")).await;

    // a draft is not public
    app.get(&format!("/api/v1/calls/{id}"), None)
        .await
        .problem(404);

    // the gates are recorded after their documents' dates
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    app.approve(&admin, &id).await;
    let opened = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    let call = opened.ok(200);
    assert_eq!(call["status"], "open");
    assert_eq!(call["budget"], "750000.00");

    // public now, with its evidence and the deadline in Brussels time
    let public = app.get(&format!("/api/v1/calls/{id}"), None).await;
    let call = public.ok(200);
    assert_eq!(call["budget_article"], "SJ0-1SMC2GA-WT");
    assert_eq!(call["deadline"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(call["deadline"]["utc"], "2023-08-31T08:00:00Z");
    let approvals = call["approvals"].as_array().expect("approvals");
    assert_eq!(approvals.len(), 3);
    assert_eq!(approvals[0]["gate"], "if_advice");
    assert_eq!(approvals[0]["reference"], "GDR/2023002349");
    assert_eq!(approvals[0]["date"], "2023-06-15");
    assert_eq!(approvals[0]["verdict"], "favourable");
    assert!(
        approvals[0].get("recorded_by").is_none(),
        "who recorded is staff-only"
    );

    // the whole budget moved from the article to the call
    let balance = app.article_balance(&finance, "SJ0-1SMC2GA-WT", 2023).await;
    assert_eq!(balance["credit"], "750000.00");
    assert_eq!(balance["reserved_for_calls"], "750000.00");
    assert_eq!(balance["available"], "0.00");
    let budget = app
        .get(&format!("/api/v1/calls/{id}/budget"), Some(&finance))
        .await;
    assert_eq!(budget.ok(200)["reserved"], "750000.00");
    assert_eq!(budget.body["remaining"], "750000.00");
}

#[tokio::test]
async fn skipping_a_gate_is_refused_with_a_problem_naming_the_gate() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let id = app.draft_call(&admin, reference_call("EXP23")).await;
    // after the documents' dates: evidence is never dated in the future
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));

    let res = app
        .post(
            &format!("/api/v1/calls/{id}/gates/budget_agreement"),
            Some(&admin),
            json!({"reference": "BA", "date": "2023-06-26", "verdict": "favourable"}),
        )
        .await;
    let p = res.problem(409);
    assert_eq!(p["gate"], "if_advice");
    assert!(p["detail"].as_str().unwrap().contains("if_advice"), "{p}");

    let res = app
        .post(
            &format!("/api/v1/calls/{id}/gates/government_approval"),
            Some(&admin),
            json!({"reference": "VR", "date": "2023-07-07", "verdict": "favourable"}),
        )
        .await;
    assert_eq!(res.problem(409)["gate"], "if_advice");

    let res = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    assert_eq!(res.problem(409)["gate"], "if_advice");

    // after the advice, skipping the budget agreement names that gate
    app.post(
        &format!("/api/v1/calls/{id}/gates/if_advice"),
        Some(&admin),
        json!({"reference": "GDR/2023002349", "date": "2023-06-15", "verdict": "favourable"}),
    )
    .await
    .ok(201);
    let res = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    assert_eq!(res.problem(409)["gate"], "budget_agreement");

    // after the advice, recording the government approval before the budget agreement is
    // refused, naming the budget agreement
    let res = app
        .post(
            &format!("/api/v1/calls/{id}/gates/government_approval"),
            Some(&admin),
            json!({"reference": "VR", "date": "2023-07-07", "verdict": "favourable"}),
        )
        .await;
    let p = res.problem(409);
    assert_eq!(p["gate"], "budget_agreement");
    assert!(
        p["detail"].as_str().unwrap().contains("budget_agreement"),
        "{p}"
    );

    // an agreed call without the government approval cannot be opened: the problem names it
    app.post(
        &format!("/api/v1/calls/{id}/gates/budget_agreement"),
        Some(&admin),
        json!({"reference": "BA", "date": "2023-06-26", "verdict": "favourable"}),
    )
    .await
    .ok(201);
    let res = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    let p = res.problem(409);
    assert_eq!(p["gate"], "government_approval");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("government_approval"),
        "{p}"
    );
    // nothing was recorded by the refused attempts
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    let body = call.ok(200);
    assert_eq!(body["status"], "agreed");
    assert_eq!(body["approvals"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_unfavourable_advice_is_recorded_but_the_call_cannot_go_on() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let id = app.draft_call(&admin, reference_call("EXP23")).await;
    // after the documents' dates: evidence is never dated in the future
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let res = app
        .post(
            &format!("/api/v1/calls/{id}/gates/if_advice"),
            Some(&admin),
            json!({"reference": "GDR/2023009999", "date": "2023-06-15", "verdict": "unfavourable"}),
        )
        .await;
    let call = res.ok(201);
    assert_eq!(call["status"], "draft");
    assert_eq!(call["approvals"][0]["verdict"], "unfavourable");

    let res = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    let p = res.problem(409);
    assert_eq!(p["gate"], "if_advice");
    assert_eq!(p["type"], "/problems/unfavourable-verdict");

    let res = app
        .post(
            &format!("/api/v1/calls/{id}/gates/budget_agreement"),
            Some(&admin),
            json!({"reference": "BA", "date": "2023-06-26", "verdict": "favourable"}),
        )
        .await;
    assert_eq!(res.problem(409)["gate"], "if_advice");
}

#[tokio::test]
async fn opening_is_refused_when_the_article_is_short_and_says_what_is_available() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, "SJ0-1SMC2GA-WT", 2023, "749999.99")
        .await;
    let id = app.draft_call(&admin, reference_call("EXP23")).await;
    app.approve(&admin, &id).await;
    let res = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/insufficient-funds");
    assert_eq!(p["available"], "749999.99");
    assert_eq!(p["requested"], "750000.00");
    // nothing happened: still approved, nothing reserved
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["status"], "approved");
    let balance = app.article_balance(&finance, "SJ0-1SMC2GA-WT", 2023).await;
    assert_eq!(balance["available"], "749999.99");
    assert_eq!(balance["reserved_for_calls"], "0.00");
}

async fn open_reference_call(app: &TestApp) -> (String, String, String) {
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, "SJ0-1SMC2GA-WT", 2023, "750000.00")
        .await;
    let id = app.draft_call(&admin, reference_call("EXP23")).await;
    app.approve(&admin, &id).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    app.post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await
        .ok(200);
    (admin, finance, id)
}

#[tokio::test]
async fn one_millisecond_before_the_deadline_the_call_is_open_and_at_the_deadline_closed() {
    let app = spawn_app().await;
    let (_, _, id) = open_reference_call(&app).await;
    let deadline = brussels(2023, 8, 31, 10, 0, 0);

    app.set_time(deadline - chrono::Duration::milliseconds(1));
    let call = app.get(&format!("/api/v1/calls/{id}"), None).await;
    assert_eq!(call.ok(200)["status"], "open");
    assert_eq!(call.body["accepting_submissions"], true);
    let open = app.get("/api/v1/calls?status=open", None).await;
    assert_eq!(open.ok(200)["total"], 1);

    app.set_time(deadline);
    let call = app.get(&format!("/api/v1/calls/{id}"), None).await;
    assert_eq!(
        call.ok(200)["status"],
        "closed",
        "closed by time, no job ran"
    );
    assert_eq!(call.body["accepting_submissions"], false);
    let open = app.get("/api/v1/calls?status=open", None).await;
    assert_eq!(open.ok(200)["total"], 0);
    let closed = app.get("/api/v1/calls?status=closed", None).await;
    assert_eq!(closed.ok(200)["total"], 1);
}

#[tokio::test]
async fn a_winter_deadline_is_cet_and_a_summer_deadline_is_cest() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let mut winter = reference_call("WINTER");
    winter["deadline"] = json!("2024-01-31T10:00");
    winter["start_date"] = json!("2024-11-01");
    let id = app.draft_call(&admin, winter).await;
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["deadline"]["at"], "2024-01-31T10:00:00+01:00");
    assert_eq!(call.body["deadline"]["utc"], "2024-01-31T09:00:00Z");

    let id = app.draft_call(&admin, reference_call("SUMMER")).await;
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["deadline"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(call.body["deadline"]["utc"], "2023-08-31T08:00:00Z");

    // a local time that does not exist (spring forward) is refused, not guessed
    let mut gap = reference_call("GAP");
    gap["deadline"] = json!("2024-03-31T02:30");
    let res = app.post("/api/v1/calls", Some(&admin), gap).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "deadline");
}

#[tokio::test]
async fn a_deadline_is_extended_only_to_a_later_instant_with_a_reason_and_the_history_is_kept() {
    let app = spawn_app().await;
    let (admin, _, id) = open_reference_call(&app).await;
    let path = format!("/api/v1/calls/{id}/deadline-extensions");

    let res = app
        .post(
            &path,
            Some(&admin),
            json!({"deadline": "2023-08-31T09:00", "reason": "earlier"}),
        )
        .await;
    assert_eq!(res.problem(422)["deadline"], "2023-08-31T10:00:00+02:00");
    let res = app
        .post(
            &path,
            Some(&admin),
            json!({"deadline": "2023-09-15T10:00", "reason": "  "}),
        )
        .await;
    res.problem(422);

    let res = app
        .post(
            &path,
            Some(&admin),
            json!({"deadline": "2023-09-15T10:00", "reason": "More time asked by the cities"}),
        )
        .await;
    let call = res.ok(201);
    assert_eq!(call["deadline"]["at"], "2023-09-15T10:00:00+02:00");
    let history = call["deadline_history"].as_array().expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["previous"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(history[1]["reason"], "More time asked by the cities");

    // the public (no token) view of the open call shows the extension in its history
    let public = app.get(&format!("/api/v1/calls/{id}"), None).await;
    let call = public.ok(200);
    assert_eq!(call["deadline"]["at"], "2023-09-15T10:00:00+02:00");
    let history = call["deadline_history"].as_array().expect("public history");
    assert_eq!(history.len(), 2, "{call}");
    assert_eq!(history[0]["deadline"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(history[1]["previous"]["at"], "2023-08-31T10:00:00+02:00");
    assert_eq!(history[1]["deadline"]["at"], "2023-09-15T10:00:00+02:00");
    assert_eq!(history[1]["deadline"]["utc"], "2023-09-15T08:00:00Z");
    assert_eq!(history[1]["reason"], "More time asked by the cities");
    assert!(
        history[1].get("changed_by").is_none(),
        "who extended is staff-only"
    );

    // the old deadline no longer closes it; the new one does, and then no extension is possible
    app.set_time(brussels(2023, 9, 1, 12, 0, 0));
    let call = app.get(&format!("/api/v1/calls/{id}"), None).await;
    assert_eq!(call.ok(200)["status"], "open");
    app.set_time(brussels(2023, 9, 15, 10, 0, 0));
    let res = app
        .post(
            &path,
            Some(&admin),
            json!({"deadline": "2023-09-30T10:00", "reason": "too late"}),
        )
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/deadline-passed");
}

#[tokio::test]
async fn cancelling_an_open_call_releases_its_reservation_to_the_article() {
    let app = spawn_app().await;
    let (admin, finance, id) = open_reference_call(&app).await;
    let res = app
        .post(
            &format!("/api/v1/calls/{id}/cancel"),
            Some(&admin),
            json!({"reason": "Policy withdrawn"}),
        )
        .await;
    assert_eq!(res.ok(200)["status"], "cancelled");
    let balance = app.article_balance(&finance, "SJ0-1SMC2GA-WT", 2023).await;
    assert_eq!(balance["available"], "750000.00");
    assert_eq!(balance["reserved_for_calls"], "0.00");
    assert_eq!(balance["released"], "750000.00");
    let budget = app
        .get(&format!("/api/v1/calls/{id}/budget"), Some(&finance))
        .await;
    assert_eq!(budget.ok(200)["remaining"], "0.00");
    assert_eq!(budget.body["released"], "750000.00");

    let again = app
        .post(
            &format!("/api/v1/calls/{id}/cancel"),
            Some(&admin),
            json!({"reason": "twice"}),
        )
        .await;
    again.problem(409);
}

#[tokio::test]
async fn a_draft_can_be_edited_and_an_open_call_cannot() {
    let app = spawn_app().await;
    let (admin, _, id) = open_reference_call(&app).await;
    let res = app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/calls/{id}"),
            Some(&admin),
            Some(reference_call("EXP23")),
        )
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/not-editable");

    let draft = app.draft_call(&admin, reference_call("DRAFT1")).await;
    let mut changed = reference_call("DRAFT1");
    changed["budget"] = json!("700000.00");
    let res = app
        .request(
            reqwest::Method::PUT,
            &format!("/api/v1/calls/{draft}"),
            Some(&admin),
            Some(changed),
        )
        .await;
    assert_eq!(res.ok(200)["budget"], "700000.00");
}

#[tokio::test]
async fn calls_are_listed_with_pagination_and_filters_and_drafts_only_for_staff() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let auditor = app.login(Role::Auditor).await;
    let applicant = app.login(Role::Applicant).await;
    for i in 0..5 {
        app.draft_call(
            &admin,
            small_call(&format!("C{i}"), "SJ0-1SMC2GA-WT", "1000.00"),
        )
        .await;
    }
    let public = app.get("/api/v1/calls", None).await;
    assert_eq!(public.ok(200)["total"], 0);
    let as_applicant = app.get("/api/v1/calls", Some(&applicant)).await;
    assert_eq!(as_applicant.ok(200)["total"], 0);
    let page = app
        .get("/api/v1/calls?per_page=2&page=2", Some(&auditor))
        .await;
    let body = page.ok(200);
    assert_eq!(body["total"], 5);
    assert_eq!(body["items"].as_array().unwrap().len(), 2);
    assert_eq!(body["page"], 2);
    let filtered = app
        .get("/api/v1/calls?status=draft&q=c3", Some(&admin))
        .await;
    assert_eq!(filtered.ok(200)["total"], 1);
    let bad = app.get("/api/v1/calls?per_page=1000", None).await;
    bad.problem(422);
    let bad = app.get("/api/v1/calls?status=nonsense", None).await;
    bad.problem(422);
}

#[tokio::test]
async fn every_change_lands_in_the_audit_trail() {
    let app = spawn_app().await;
    let (_, _, id) = open_reference_call(&app).await;
    let auditor = app.login(Role::Auditor).await;
    let res = app
        .get(
            &format!("/api/v1/audit?target_type=call&target_id={id}"),
            Some(&auditor),
        )
        .await;
    let body = res.ok(200);
    let actions: Vec<&str> = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "call.create",
            "call.gate.if_advice",
            "call.gate.budget_agreement",
            "call.gate.government_approval",
            "call.open"
        ]
    );
    let open = &body["items"][4];
    assert_eq!(open["before"]["status"], "approved");
    assert_eq!(open["after"]["status"], "open");
    assert!(open["actor"].as_str().unwrap().starts_with("user:"));
}

#[tokio::test]
async fn a_call_without_assessment_criteria_is_not_opened_and_reserves_nothing() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.funded_article(&finance, "SJ0-1SMC2GA-WT", 2023, "750000.00")
        .await;
    let mut call = reference_call("EXP23");
    call.as_object_mut().expect("object").remove("criteria");
    let id = app.draft_call(&admin, call).await;
    app.approve(&admin, &id).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));

    let res = app
        .post(&format!("/api/v1/calls/{id}/open"), Some(&admin), json!({}))
        .await;
    let p = res.problem(409);
    assert_eq!(p["type"], "/problems/call-incomplete");
    assert_eq!(p["errors"][0]["field"], "criteria");
    assert_eq!(p["errors"][0]["code"], "no_criteria");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains("assessment criteria"),
        "{p}"
    );

    // nothing moved, and the call is still approved, not open
    let balance = app.article_balance(&finance, "SJ0-1SMC2GA-WT", 2023).await;
    assert_eq!(balance["reserved_for_calls"], "0.00");
    assert_eq!(balance["available"], "750000.00");
    let call = app.get(&format!("/api/v1/calls/{id}"), Some(&admin)).await;
    assert_eq!(call.ok(200)["status"], "approved");
}

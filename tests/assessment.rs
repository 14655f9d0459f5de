//! Assessment and selection: screening, reviewers and conflicts, blind reviews, weighted scores
//! and ranking, and awards that can never overspend the call, however many admins act at once.
//!
//! Most tests start from [`call_in_assessment`]: the call "SEL23" with two criteria (expertise:
//! weight 3, maximum 10; approach: weight 1, maximum 5), its applications submitted one minute
//! apart (the first led by `kbo(500)` with partner `kbo(900)`, and so on) and the assessment
//! started on 1 September 2023.

mod common;

use common::*;
use futures::future::join_all;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

#[tokio::test]
async fn awards_that_bring_the_total_to_exactly_the_budget_succeed_and_one_more_cent_is_refused() {
    let s = call_in_assessment(applications(4).requesting("250000.00").all_eligible()).await;
    for id in &s.apps[..2] {
        s.decide(id, selected("250000.00", "Sterk")).await.ok(201);
    }
    s.decide(&s.apps[2], selected("249999.99", "Sterk"))
        .await
        .ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "749999.99");
    assert_eq!(budget["remaining"], "0.01");
    let res = s.decide(&s.apps[3], selected("0.02", "x")).await;
    assert_insufficient_funds(&res, "0.01");
    s.decide(&s.apps[3], selected("0.01", "Het laatste cent"))
        .await
        .ok(201);
    assert_eq!(s.budget().await["remaining"], "0.00");

    // changing an award adjusts its hold exactly
    s.decide(&s.apps[3], reserve("Toch reserve")).await.ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "749999.99");
    assert_eq!(budget["remaining"], "0.01");
    s.decide(&s.apps[3], rejected("Niet weerhouden"))
        .await
        .ok(201);

    // finalising posts the holds as commitments
    assert_eq!(s.finalise().await.ok(200)["status"], "decided");
    let budget = s.budget().await;
    assert_eq!(budget["awarded"], "749999.99");
    assert_eq!(budget["held"], "0.00");
    assert_eq!(budget["remaining"], "0.01");
    // decisions are final now
    s.decide(&s.apps[3], selected("0.01", "x"))
        .await
        .problem(409);
    // one letter per application in the outbox
    let letters = s.app.outbox("decision_letter");
    assert_eq!(letters.len(), 4);
    let selected: Vec<&Value> = letters
        .iter()
        .map(|l| &l.2)
        .filter(|p| p["decision"] == "selected")
        .collect();
    assert_eq!(selected.len(), 3);
    assert!(letters
        .iter()
        .any(|l| l.2["decision"] == "rejected" && l.2["motivation"] == "Niet weerhouden"));
}

/// Sends one decision as an admin to a server (this test's or a second process).
async fn decide_at(app: &TestApp, base: &str, token: &str, id: &str, body: Value) -> Res {
    let res = app
        .client
        .post(format!("{base}/api/v1/applications/{id}/decision"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    TestApp::read(res).await
}

/// Where the `i`-th of many concurrent admins sends a decision, and with which token: the even
/// ones to this test's server, the odd ones to `second` (a server process on the same database)
/// with `elsewhere` (the same admin's token, valid by the real clock).
fn server_for(
    s: &CallInAssessment,
    second: &ServerProcess,
    elsewhere: &str,
    i: usize,
) -> (String, String) {
    if i.is_multiple_of(2) {
        (s.app.base.clone(), s.admin.clone())
    } else {
        (second.base.clone(), elsewhere.to_owned())
    }
}

#[tokio::test]
async fn sixty_four_concurrent_awards_racing_for_the_last_euros_never_overspend() {
    const APPS: u32 = 64;
    // the budget holds exactly 50 awards of 15000.00
    let s = call_in_assessment(applications(APPS).requesting("15000.00").all_eligible()).await;
    let second = s.app.spawn_process().await;
    let admin_elsewhere = s.app.real_time_token(&s.admin);
    let requests = s.apps.iter().enumerate().map(|(i, id)| {
        let body = selected("15000.00", "Race");
        let (base, token) = server_for(&s, &second, &admin_elsewhere, i);
        let (app, id) = (&s.app, id.clone());
        async move { decide_at(app, &base, &token, &id, body).await }
    });
    let results = join_all(requests).await;
    let accepted = results.iter().filter(|r| r.status.as_u16() == 201).count();
    let refused: Vec<&Res> = results
        .iter()
        .filter(|r| r.status.as_u16() != 201)
        .collect();
    assert_eq!(accepted, 50, "exactly what the budget holds");
    assert_eq!(accepted + refused.len(), APPS as usize);
    for r in refused {
        assert_eq!(r.problem(409)["type"], "/problems/insufficient-funds");
    }
    let budget = s.budget().await;
    assert_eq!(budget["held"], "750000.00");
    assert_eq!(budget["remaining"], "0.00");

    // the call's account: running totals equal the sum of its transfers, never below zero
    let mut conn = s.app.db.conn().unwrap();
    let call: uuid::Uuid = s.call.parse().unwrap();
    let article = grantdesk_domain::BudgetArticle::parse("SJ0-1SMC2GA-WT").unwrap();
    let year = grantdesk_domain::BudgetYear::new(2023).unwrap();
    let ledger = grantdesk_persistence::ledger::ledger_id(
        &mut conn,
        &article,
        year,
        grantdesk_domain::CreditType::Vak,
    )
    .unwrap();
    let account = grantdesk_persistence::ledger::find_account(
        &mut conn,
        ledger,
        grantdesk_domain::AccountKind::CallAvailable,
        Some(call),
    )
    .unwrap();
    let (debits, credits) =
        grantdesk_persistence::ledger::recompute_posted(&mut conn, account.id).unwrap();
    assert_eq!(account.totals.debits_posted, debits);
    assert_eq!(account.totals.credits_posted, credits);
    assert_eq!(account.totals.debits_pending, 75_000_000);
    // and the pending totals equal its open AWARD holds, recomputed from the transfers
    let (pending_debits, pending_credits) = grantdesk_persistence::ledger::recompute_pending(
        &mut conn,
        account.id,
        grantdesk_domain::TransferCode::Award,
    )
    .unwrap();
    assert_eq!(account.totals.debits_pending, pending_debits);
    assert_eq!(account.totals.credits_pending, pending_credits);
    assert_eq!(account.totals.available(), 0);
    let held: i64 = s
        .decisions()
        .await
        .iter()
        .filter(|d| d["kind"] == "selected")
        .map(|d| {
            grantdesk_domain::Money::parse(d["awarded"].as_str().unwrap())
                .unwrap()
                .cents()
        })
        .sum();
    assert_eq!(held, 75_000_000, "the decisions add up to the holds");
}

/// A call of 300,000.00 with two tracks, the first ("Eén-op-één") with a budget of its own of
/// 100,000.00; `n` applications on the first track, each requesting 60,000.00, screened eligible.
fn first_track_with_a_budget(n: u32) -> AssessmentPlan {
    let tracks = json!([{"name": "Eén-op-één", "budget": "100000.00"}, {"name": "Online"}]);
    let plan = applications(n).budget("300000.00").requesting("60000.00");
    plan.tracks(tracks).all_eligible()
}

#[tokio::test]
async fn a_track_budget_caps_its_awards_even_when_the_call_has_money_left() {
    let s = call_in_assessment(first_track_with_a_budget(3)).await;
    let (first, second) = (&s.apps[0], &s.apps[1]);
    s.decide(first, selected("60000.00", "ok")).await.ok(201);
    let res = s.decide(second, selected("40000.01", "te veel")).await;
    assert_insufficient_funds(&res, "40000.00");
    s.decide(second, selected("40000.00", "ok")).await.ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["tracks"][0]["remaining"], "0.00");
    assert_eq!(
        budget["remaining"], "200000.00",
        "the call's own money is untouched"
    );
}

#[tokio::test]
async fn the_2021_pattern_sixteen_submitted_fourteen_selected_under_a_sixty_thousand_cap() {
    let plan = applications(16).budget("840000.00").requesting("60000.00");
    let s = call_in_assessment(plan.cap("60000.00").all_eligible()).await;
    let res = s.decide(&s.apps[0], selected("60000.01", "x")).await;
    res.problem(422);
    for id in &s.apps[..14] {
        s.decide(id, selected("60000.00", "Weerhouden"))
            .await
            .ok(201);
    }
    s.decide(&s.apps[14], selected("60000.00", "x"))
        .await
        .problem(409);
    s.decide(&s.apps[14], reserve("Reserve")).await.ok(201);
    // finalising with an undecided eligible application is refused
    s.finalise().await.problem(409);
    s.decide(&s.apps[15], rejected("Onvoldoende")).await.ok(201);
    s.finalise().await.ok(200);
    assert_eq!(s.budget().await["awarded"], "840000.00");
}

#[tokio::test]
async fn conflicts_of_interest_automatic_and_declared_keep_a_reviewer_away() {
    let s = call_in_assessment(applications(2).all_eligible()).await;
    // the first application's lead is kbo(500): a reviewer affiliated with it is refused
    let (conflicted, conflicted_token) = s.reviewer(json!([kbo(500)])).await;
    let res = s.assign(&s.apps[0], &conflicted).await;
    assert_eq!(res.problem(409)["type"], "/problems/conflict-of-interest");
    s.assign(&s.apps[1], &conflicted).await.ok(201);
    // the conflicted reviewer reads the application assigned to them, never the other one
    s.read(&s.apps[1], &conflicted_token).await.ok(200);
    let res = s.read(&s.apps[0], &conflicted_token).await;
    res.problem(404);
    assert!(!res.text.contains("Project 0"));
    s.app
        .get(
            &format!("/api/v1/applications/{}/reviews", s.apps[0]),
            Some(&conflicted_token),
        )
        .await
        .problem(404);

    // a partner counts too: the first application's partner is kbo(900)
    let (partner_reviewer, _) = s.reviewer(json!([kbo(900)])).await;
    let res = s.assign(&s.apps[0], &partner_reviewer).await;
    assert_eq!(res.problem(409)["type"], "/problems/conflict-of-interest");
    s.assign(&s.apps[1], &partner_reviewer).await.ok(201);

    // declared: the reviewer can read the application until they declare a conflict
    let (reviewer, token) = s.reviewer(json!([])).await;
    let assignment = s.assignment(&s.apps[0], &reviewer).await;
    s.read(&s.apps[0], &token).await.ok(200);
    s.read(&s.apps[1], &token).await.problem(404);
    let res = s
        .declare_conflict(&token, &assignment, "Mijn zus werkt daar")
        .await;
    assert_eq!(res.ok(200)["status"], "conflict_declared");
    s.read(&s.apps[0], &token).await.problem(404);
    let mine = s.app.get("/api/v1/assignments", Some(&token)).await;
    assert_eq!(mine.ok(200).as_array().unwrap().len(), 0);
    // the declared conflict and its reason are kept, and admins see them
    let of_app = s
        .app
        .get(
            &format!("/api/v1/assignments?application_id={}", s.apps[0]),
            Some(&s.admin),
        )
        .await;
    let of_app = of_app.ok(200).as_array().unwrap().clone();
    assert_eq!(of_app.len(), 1);
    assert_eq!(of_app[0]["id"], assignment.as_str());
    assert_eq!(of_app[0]["reviewer_id"], reviewer.as_str());
    assert_eq!(of_app[0]["status"], "conflict_declared");
    assert_eq!(of_app[0]["conflict_reason"], "Mijn zus werkt daar");
    s.draft_review(&token, &assignment, json!({"scores": [], "comment": ""}))
        .await
        .problem(409);
}

#[tokio::test]
async fn a_reviewer_sees_no_other_review_before_submitting_their_own() {
    let s = call_in_assessment(applications(1).all_eligible()).await;
    let (a, token_a) = s.reviewer(json!([])).await;
    let (b, token_b) = s.reviewer(json!([])).await;
    let assign_a = s.assignment(&s.apps[0], &a).await;
    let assign_b = s.assignment(&s.apps[0], &b).await;
    s.review(&token_a, &assign_a, 7, 4).await;

    let path = format!("/api/v1/applications/{}/reviews", s.apps[0]);
    let seen_by_b = s.app.get(&path, Some(&token_b)).await;
    assert_eq!(
        seen_by_b.ok(200).as_array().unwrap().len(),
        0,
        "nothing of A's review"
    );
    assert!(!seen_by_b.text.contains("Goed onderbouwd"));
    // a draft of one's own does not open the others either
    let draft = json!({"scores": [{"criterion": "expertise", "score": 5}], "comment": ""});
    s.draft_review(&token_b, &assign_b, draft).await.ok(200);
    let seen_by_b = s.app.get(&path, Some(&token_b)).await;
    let list = seen_by_b.ok(200).as_array().unwrap().clone();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["reviewer_id"], b.as_str());
    // submitting an incomplete review lists what is missing
    s.submit_review(&token_b, &assign_b).await.problem(422);
    s.review(&token_b, &assign_b, 10, 5).await;
    let seen_by_b = s.app.get(&path, Some(&token_b)).await;
    assert_eq!(seen_by_b.ok(200).as_array().unwrap().len(), 2);
    let admin_view = s.app.get(&path, Some(&s.admin)).await;
    assert_eq!(admin_view.ok(200).as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn scores_are_exact_weighted_means_and_ties_go_to_the_earliest_receipt() {
    let s = call_in_assessment(applications(3).all_eligible()).await;
    let (r1, t1) = s.reviewer(json!([])).await;
    let (r2, t2) = s.reviewer(json!([])).await;
    // application 0: (7,4) -> 100*(3*0.7 + 1*0.8)/4 = 72.50 and (8,5) -> 85.00: mean 78.75
    // application 1: (9,3) -> 100*(2.7+0.6)/4 = 82.50 and (6,5) -> 70.00: mean 76.25
    // application 2: the same as application 1, received later: ranked after it
    let plan = [
        (0, [(7, 4), (8, 5)]),
        (1, [(9, 3), (6, 5)]),
        (2, [(9, 3), (6, 5)]),
    ];
    for (i, scores) in plan {
        let a1 = s.assignment(&s.apps[i], &r1).await;
        let a2 = s.assignment(&s.apps[i], &r2).await;
        s.review(&t1, &a1, scores[0].0, scores[0].1).await;
        s.review(&t2, &a2, scores[1].0, scores[1].1).await;
    }
    let res = s.app.get(&s.call_path("ranking"), Some(&s.admin)).await;
    let lines = res.ok(200).as_array().unwrap().clone();
    let order: Vec<(&str, &str, u64)> = lines
        .iter()
        .map(|l| {
            (
                l["application_id"].as_str().unwrap(),
                l["score"].as_str().unwrap(),
                l["rank"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            (s.apps[0].as_str(), "78.75", 1),
            (s.apps[1].as_str(), "76.25", 2),
            (s.apps[2].as_str(), "76.25", 3)
        ]
    );
    assert_eq!(lines[0]["reviews_submitted"], 2);
    let csv = s
        .app
        .get_raw(&s.call_path("ranking?format=csv"), &s.admin)
        .await;
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 4);
    assert!(rows[0].starts_with("track,rank,receipt_number"));
    assert!(rows[1].contains(",78.75,2,2,"), "{}", rows[1]);
}

#[tokio::test]
async fn the_assessment_starts_only_after_the_deadline() {
    let app = spawn_app().await;
    let call = app.with_opened_call(reference_call("EARLY")).await;
    app.set_time(opening_day());
    call.start_assessment().await.problem(409);
    app.set_time(deadline());
    let res = call.start_assessment().await;
    assert_eq!(res.ok(200)["status"], "assessment");
}

#[tokio::test]
async fn cancelling_during_the_assessment_voids_the_holds_and_gives_every_euro_back() {
    let s = call_in_assessment(first_track_with_a_budget(2)).await;
    s.decide(&s.apps[0], selected("60000.00", "ok"))
        .await
        .ok(201);
    let before = s
        .app
        .article_balance(&s.finance, "SJ0-1SMC2GA-WT", 2023)
        .await;
    assert_eq!(before["available"], "0.00");
    let res = s
        .app
        .post(
            &s.call_path("cancel"),
            Some(&s.admin),
            json!({"reason": "Beleid gewijzigd"}),
        )
        .await;
    assert_eq!(res.ok(200)["status"], "cancelled");
    let budget = s.budget().await;
    assert_eq!(budget["held"], "0.00");
    assert_eq!(budget["remaining"], "0.00");
    assert_eq!(budget["released"], "300000.00");
    assert_eq!(budget["reserved"], "0.00");
    let after = s
        .app
        .article_balance(&s.finance, "SJ0-1SMC2GA-WT", 2023)
        .await;
    assert_eq!(after["available"], "300000.00");
    assert_eq!(after["reserved_for_calls"], "0.00");
}

#[tokio::test]
async fn finalising_needs_every_application_screened_and_writes_a_letter_to_each_applicant() {
    let s = call_in_assessment(applications(3)).await;
    s.screen(&s.apps[0], eligible()).await.ok(201);
    s.screen(
        &s.apps[1],
        not_eligible("Geen lokaal bestuur als aanvrager"),
    )
    .await
    .ok(201);
    s.decide(&s.apps[0], selected("10000.00", "Sterk"))
        .await
        .ok(201);
    // the third application is not screened: finalising is refused, naming how many
    let res = s.finalise().await;
    let detail = res.problem(409)["detail"].as_str().unwrap().to_owned();
    assert!(
        detail.starts_with("1 submitted application(s) are not screened"),
        "{detail}"
    );
    assert!(detail.contains(&s.apps[2]), "{detail}");
    assert!(!detail.contains(&s.apps[1]), "{detail}");
    // nothing happened: the call is still in assessment, the award still held
    assert_eq!(s.budget().await["held"], "10000.00");
    s.screen(&s.apps[2], eligible()).await.ok(201);
    // now it is eligible and undecided: still refused
    let res = s.finalise().await;
    let detail = res.problem(409)["detail"].as_str().unwrap().to_owned();
    assert!(
        detail.starts_with("1 eligible application(s) have no decision"),
        "{detail}"
    );
    s.decide(&s.apps[2], rejected("Onvoldoende")).await.ok(201);
    assert_eq!(s.finalise().await.ok(200)["status"], "decided");

    // one letter per applicant, the not-eligible one with the screening's reason
    let letters = s.app.outbox("decision_letter");
    assert_eq!(letters.len(), 3);
    let letter_of = |id: &str| {
        let matching: Vec<&(uuid::Uuid, uuid::Uuid, Value)> =
            letters.iter().filter(|l| l.1.to_string() == id).collect();
        assert_eq!(matching.len(), 1, "exactly one letter for {id}");
        matching[0].clone()
    };
    let (org, _, payload) = letter_of(&s.apps[1]);
    assert_eq!(payload["decision"], "not_eligible");
    assert_eq!(
        payload["screening_reason"],
        "Geen lokaal bestuur als aanvrager"
    );
    assert_eq!(payload["motivation"], "Geen lokaal bestuur als aanvrager");
    assert_eq!(payload["awarded"], Value::Null);
    assert_eq!(payload["application"]["title"], "Project 1");
    assert!(payload["application"]["receipt_number"].is_string());
    let app1 = s.read(&s.apps[1], &s.admin).await;
    assert_eq!(app1.ok(200)["lead_organisation"]["id"], org.to_string());
    assert_eq!(letter_of(&s.apps[0]).2["decision"], "selected");
    assert_eq!(letter_of(&s.apps[0]).2["awarded"], "10000.00");
    assert_eq!(letter_of(&s.apps[2]).2["decision"], "rejected");
}

#[tokio::test]
async fn screening_not_eligible_needs_a_reason_is_readable_by_staff_and_keeps_the_application_out()
{
    let s = call_in_assessment(applications(2)).await;
    let auditor = s.app.login(Role::Auditor).await;
    // not eligible without a reason (or a blank one) is refused
    for body in [json!({"verdict": "not_eligible"}), not_eligible("   ")] {
        let res = s.screen(&s.apps[0], body).await;
        assert_eq!(res.problem(422)["errors"][0]["field"], "reason");
    }
    let res = s
        .screen(&s.apps[0], not_eligible("  Geen lokaal bestuur  "))
        .await;
    let v = res.ok(201).clone();
    assert_eq!(v["verdict"], "not_eligible");
    assert_eq!(v["reason"], "Geen lokaal bestuur");
    assert!(v["screened_by"].as_str().unwrap().starts_with("user:"));

    // admins and auditors read the verdict back on the application; the applicant does not
    for token in [&s.admin, &auditor] {
        let res = s.read(&s.apps[0], token).await;
        let screening = &res.ok(200)["screening"];
        assert_eq!(screening["verdict"], "not_eligible");
        assert_eq!(screening["reason"], "Geen lokaal bestuur");
        assert_eq!(screening["screened_by"], v["screened_by"]);
        assert_eq!(screening["screened_at"], v["screened_at"]);
    }
    let own = s.read(&s.apps[0], &s.applicant).await;
    assert!(own.ok(200).get("screening").is_none(), "{}", own.text);
    // not screened yet: nothing to show
    let other = s.read(&s.apps[1], &s.admin).await;
    assert!(other.ok(200).get("screening").is_none());

    // a not-eligible application goes neither to review nor to selection
    let (reviewer, _) = s.reviewer(json!([])).await;
    let res = s.assign(&s.apps[0], &reviewer).await;
    assert!(res.problem(409)["detail"]
        .as_str()
        .unwrap()
        .contains("screened eligible"));
    let res = s.decide(&s.apps[0], selected("10000.00", "x")).await;
    assert!(res.problem(409)["detail"]
        .as_str()
        .unwrap()
        .contains("screened eligible"));
    assert_eq!(s.budget().await["held"], "0.00");

    // a selected application holds money: screening it not eligible is refused until the
    // decision changes, so the hold can never become a grant
    s.screen(&s.apps[1], eligible()).await.ok(201);
    s.decide(&s.apps[1], selected("10000.00", "Sterk"))
        .await
        .ok(201);
    let res = s
        .screen(&s.apps[1], not_eligible("Toch geen lokaal bestuur"))
        .await;
    assert!(res.problem(409)["detail"]
        .as_str()
        .unwrap()
        .contains("change the decision first"));
    let still = s.read(&s.apps[1], &s.admin).await;
    assert_eq!(still.ok(200)["screening"]["verdict"], "eligible");
    assert_eq!(s.budget().await["held"], "10000.00");
    s.decide(&s.apps[1], rejected("Toch niet")).await.ok(201);
    s.screen(&s.apps[1], not_eligible("Toch geen lokaal bestuur"))
        .await
        .ok(201);
    assert_eq!(s.budget().await["held"], "0.00");
}

#[tokio::test]
async fn bulk_assignment_gives_every_eligible_application_its_reviewers_except_conflicts() {
    let s = call_in_assessment(applications(4)).await;
    for id in &s.apps[..3] {
        s.screen(id, eligible()).await.ok(201);
    }
    s.screen(&s.apps[3], not_eligible("Te laat aangevuld"))
        .await
        .ok(201);
    // the first reviewer works for the first application's lead (kbo(500))
    let (conflicted, conflicted_token) = s.reviewer(json!([kbo(500)])).await;
    let (r2, t2) = s.reviewer(json!([])).await;
    let (r3, t3) = s.reviewer(json!([])).await;
    let path = s.call_path("assignments");
    let body = json!({"track": 1, "reviewer_ids": [conflicted, r2, r3], "per_application": 3});
    let res = s.app.post(&path, Some(&s.admin), body.clone()).await;
    let v = res.ok(201).clone();
    let assigned = v["assigned"].as_array().unwrap();
    assert_eq!(assigned.len(), 8, "3 + 3 + 2: the conflict is skipped");
    assert!(!assigned
        .iter()
        .any(|a| a["application_id"] == s.apps[0].as_str() && a["reviewer_id"] == conflicted));
    assert!(!assigned
        .iter()
        .any(|a| a["application_id"] == s.apps[3].as_str()));
    // the application that could not get three reviewers is reported
    assert_eq!(
        v["short"],
        json!([{"application_id": s.apps[0], "reviewers": 2}])
    );

    // the reviewers' own lists match
    let mut all_three = s.apps[..3].to_vec();
    all_three.sort();
    let mut not_first = s.apps[1..3].to_vec();
    not_first.sort();
    assert_eq!(s.assigned_to(&conflicted_token).await, not_first);
    assert_eq!(s.assigned_to(&t2).await, all_three);
    assert_eq!(s.assigned_to(&t3).await, all_three);

    // assigning again adds nothing and reports the same shortfall
    let again = s.app.post(&path, Some(&s.admin), body).await;
    let again = again.ok(201).clone();
    assert_eq!(again["assigned"], json!([]));
    assert_eq!(again["short"], v["short"]);
}

#[tokio::test]
async fn bulk_decisions_land_together_or_not_at_all() {
    let plan = applications(4).budget("100000.00").requesting("40000.00");
    let s = call_in_assessment(plan.all_eligible()).await;
    let on = |i: usize, decision: Value| {
        let mut decision = decision;
        decision["application_id"] = json!(s.apps[i]);
        decision
    };
    // the fourth award does not fit: the whole batch is refused, nothing held, nothing decided
    let res = s
        .decide_all(json!([
            on(0, selected("40000.00", "a")),
            on(1, reserve("b")),
            on(2, selected("40000.00", "c")),
            on(3, selected("40000.00", "d"))
        ]))
        .await;
    assert_insufficient_funds(&res, "20000.00");
    let budget = s.budget().await;
    assert_eq!(budget["held"], "0.00");
    assert_eq!(budget["remaining"], "100000.00");
    assert_eq!(s.decisions().await, Vec::<Value>::new());

    // an award above the requested amount refuses the batch too
    let res = s
        .decide_all(json!([
            on(0, selected("40000.00", "a")),
            on(1, selected("40000.01", "b"))
        ]))
        .await;
    res.problem(422);
    assert_eq!(s.budget().await["held"], "0.00");
    assert_eq!(s.decisions().await, Vec::<Value>::new());

    // a batch that fits lands whole
    let res = s
        .decide_all(json!([
            on(0, selected("40000.00", "a")),
            on(1, selected("39999.99", "b")),
            on(2, reserve("c")),
            on(3, rejected("d"))
        ]))
        .await;
    assert_eq!(res.ok(201).as_array().unwrap().len(), 4);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "79999.99");
    assert_eq!(budget["remaining"], "20000.01");
    let decisions = s.decisions().await;
    let kind_of = |id: &str| {
        decisions
            .iter()
            .find(|d| d["application_id"] == id)
            .map(|d| (d["kind"].clone(), d["awarded"].clone()))
            .unwrap()
    };
    assert_eq!(kind_of(&s.apps[0]), (json!("selected"), json!("40000.00")));
    assert_eq!(kind_of(&s.apps[1]), (json!("selected"), json!("39999.99")));
    assert_eq!(kind_of(&s.apps[2]), (json!("reserve"), Value::Null));
    assert_eq!(kind_of(&s.apps[3]), (json!("rejected"), Value::Null));
}

#[tokio::test]
async fn changing_an_award_moves_the_held_total_by_exactly_the_difference() {
    let plan = applications(2).budget("30000.00").requesting("20000.00");
    let s = call_in_assessment(plan.all_eligible()).await;
    let award = |amount: &str| selected(amount, "ok");
    s.decide(&s.apps[0], award("10000.00")).await.ok(201);
    assert_eq!(s.budget().await["held"], "10000.00");
    s.decide(&s.apps[0], award("12000.00")).await.ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "12000.00", "+2000.00");
    assert_eq!(budget["remaining"], "18000.00");
    s.decide(&s.apps[0], award("8000.00")).await.ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "8000.00", "-4000.00");
    assert_eq!(budget["remaining"], "22000.00");

    // nearly exhaust the call: 2000.00 left
    s.decide(&s.apps[1], award("20000.00")).await.ok(201);
    assert_eq!(s.budget().await["remaining"], "2000.00");
    // 9500.00 does not fit in what is left, but does once the award's own hold is freed
    s.decide(&s.apps[0], award("9500.00")).await.ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "29500.00");
    assert_eq!(budget["remaining"], "500.00");
    // one cent above the freed hold plus what is left is refused, and changes nothing
    let res = s.decide(&s.apps[0], award("10000.01")).await;
    assert_insufficient_funds(&res, "10000.00");
    let budget = s.budget().await;
    assert_eq!(budget["held"], "29500.00");
    assert_eq!(budget["remaining"], "500.00");
    let decisions = s.decisions().await;
    let first = decisions
        .iter()
        .find(|d| d["application_id"] == s.apps[0].as_str())
        .unwrap();
    assert_eq!(first["awarded"], "9500.00");
    s.decide(&s.apps[0], award("10000.00")).await.ok(201);
    let budget = s.budget().await;
    assert_eq!(budget["held"], "30000.00");
    assert_eq!(budget["remaining"], "0.00");
}

#[tokio::test]
async fn a_reviewer_reads_the_attachments_of_assigned_applications_only() {
    let s = call_in_assessment(applications(2).all_eligible()).await;
    let (assigned, assigned_token) = s.reviewer(json!([])).await;
    let (other, other_token) = s.reviewer(json!([])).await;
    // kbo(500) leads the first application
    let (conflicted, conflicted_token) = s.reviewer(json!([kbo(500)])).await;
    let (declared, declared_token) = s.reviewer(json!([])).await;
    s.assign(&s.apps[0], &assigned).await.ok(201);
    s.assign(&s.apps[1], &other).await.ok(201);
    s.assign(&s.apps[0], &conflicted).await.problem(409);
    s.assign(&s.apps[1], &conflicted).await.ok(201);
    let declared_assignment = s.assignment(&s.apps[0], &declared).await;
    s.declare_conflict(&declared_token, &declared_assignment, "Vroegere werkgever")
        .await
        .ok(200);

    let application = s.read(&s.apps[0], &assigned_token).await;
    let attachments = application.ok(200)["attachments"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(attachments.len(), 1);
    let file = format!(
        "/api/v1/applications/{}/attachments/{}",
        s.apps[0],
        attachments[0]["id"].as_str().unwrap()
    );
    let res = s.app.get_raw(&file, &assigned_token).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.bytes().await.unwrap().as_ref(), TINY_PDF);
    for token in [&other_token, &conflicted_token, &declared_token] {
        s.app.get(&file, Some(token)).await.problem(404);
    }

    // a reviewer's application list shows only what is assigned to them (and active)
    let listed = |token: String| {
        let s = &s;
        async move {
            s.app
                .get("/api/v1/applications", Some(&token))
                .await
                .ok(200)["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["id"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(listed(assigned_token).await, vec![s.apps[0].clone()]);
    assert_eq!(listed(other_token).await, vec![s.apps[1].clone()]);
    assert_eq!(listed(conflicted_token).await, vec![s.apps[1].clone()]);
    assert_eq!(listed(declared_token).await, Vec::<String>::new());
}

#[tokio::test]
async fn criteria_are_fixed_once_the_call_opens_and_scores_stay_within_range() {
    let s = call_in_assessment(applications(1)).await;
    // the call is in assessment: its criteria can no longer be edited
    let mut call = reference_call("SEL23");
    call["criteria"] =
        json!([{"key": "expertise", "name": "Expertise", "weight": 1, "max_score": 100}]);
    let path = format!("/api/v1/calls/{}", s.call);
    s.app.put(&path, Some(&s.admin), call).await.problem(409);
    let now = s.app.get(&path, Some(&s.admin)).await;
    let criteria = now.ok(200)["criteria"].as_array().unwrap().clone();
    assert_eq!(criteria.len(), 2);
    assert_eq!(criteria[0]["max_score"], 10);

    // a score above the criterion's maximum is refused, naming the criterion
    s.screen_all().await;
    let (reviewer, token) = s.reviewer(json!([])).await;
    let assignment = s.assignment(&s.apps[0], &reviewer).await;
    let res = s
        .draft_review(&token, &assignment, scores(11, 5, "Te hoog"))
        .await;
    let p = res.problem(422);
    let errors = p["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{p}");
    assert_eq!(errors[0]["field"], "scores.expertise");
    assert!(errors[0]["message"]
        .as_str()
        .unwrap()
        .contains("maximum 10"));
    // nothing was saved; the maximum itself is accepted
    s.draft_review(&token, &assignment, scores(10, 5, "Maximaal"))
        .await
        .ok(200);
}

#[tokio::test]
async fn admins_deciding_one_application_at_once_leave_exactly_one_hold() {
    let s = call_in_assessment(applications(2).requesting("20000.00").all_eligible()).await;
    let second = s.app.spawn_process().await;
    let admin_elsewhere = s.app.real_time_token(&s.admin);
    // 16 admins award the same application different amounts at the same moment, from two
    // server processes
    let requests = (0..16).map(|i| {
        let body = selected(&format!("{}.00", 1000 + i), "Gelijktijdig");
        let (base, token) = server_for(&s, &second, &admin_elsewhere, i);
        let (app, id) = (&s.app, s.apps[0].clone());
        async move { decide_at(app, &base, &token, &id, body).await }
    });
    for res in join_all(requests).await {
        // each replaces the one before it
        res.ok(201);
    }
    let current: Vec<Value> = s
        .decisions()
        .await
        .into_iter()
        .filter(|d| d["application_id"] == s.apps[0].as_str())
        .collect();
    assert_eq!(current.len(), 1);
    let awarded = current[0]["awarded"].as_str().unwrap().to_owned();
    // exactly the current award is held: every replaced decision's hold was voided
    let budget = s.budget().await;
    assert_eq!(budget["held"], awarded.as_str());
    let mut conn = s.app.db.conn().unwrap();
    let open_holds: i64 = {
        use diesel::prelude::*;
        diesel::sql_query(
            "SELECT count(*) AS n FROM transfers t WHERE t.code = 'AWARD' \
             AND t.status = 'pending' \
             AND NOT EXISTS (SELECT 1 FROM transfers r WHERE r.pending_id = t.id)",
        )
        .get_result::<Count>(&mut **conn)
        .unwrap()
        .n
    };
    assert_eq!(open_holds, 1, "one open hold for one current award");

    s.decide(
        &s.apps[1],
        json!({"kind": "rejected", "motivation": "Niet weerhouden"}),
    )
    .await
    .ok(201);
    s.finalise().await.ok(200);
    let budget = s.budget().await;
    assert_eq!(budget["awarded"], awarded.as_str());
    assert_eq!(budget["held"], "0.00");
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[tokio::test]
async fn finalising_while_admins_change_awards_leaves_nothing_held_and_nothing_unposted() {
    const APPS: usize = 8;
    let plan = applications(APPS as u32).requesting("20000.00");
    let s = call_in_assessment(plan.all_eligible()).await;
    for id in &s.apps {
        s.decide(id, selected("5000.00", "Eerste ronde"))
            .await
            .ok(201);
    }
    let second = s.app.spawn_process().await;
    let admin_elsewhere = s.app.real_time_token(&s.admin);
    // 24 changes of award race one finalisation
    let changes = (0..24).map(|i| {
        let body = selected(&format!("{}.00", 6000 + i), "Herzien");
        let (base, token) = server_for(&s, &second, &admin_elsewhere, i);
        let (app, id) = (&s.app, s.apps[i % APPS].clone());
        async move { decide_at(app, &base, &token, &id, body).await }
    });
    let finalise = async {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        s.finalise().await
    };
    let (results, finalised) = tokio::join!(join_all(changes), finalise);
    assert_eq!(finalised.ok(200)["status"], "decided");
    for r in &results {
        // landed before the selection was final, or refused after it
        assert!(
            r.status == 201 || r.status == 409,
            "{}: {}",
            r.status,
            r.body
        );
    }
    // every current award was posted as a commitment; nothing is left held
    let decisions = s.decisions().await;
    assert_eq!(decisions.len(), APPS);
    let cents: i64 = decisions
        .iter()
        .map(|d| {
            d["awarded"]
                .as_str()
                .unwrap()
                .replace('.', "")
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    let budget = s.budget().await;
    assert_eq!(budget["held"], "0.00");
    assert_eq!(
        budget["awarded"],
        format!("{}.{:02}", cents / 100, cents % 100).as_str()
    );
}

//! After the decision (issue #14): what a call sets for acceptance, objections and the reserve
//! list. The periods themselves are counted in the domain (`domain/src/legal_period.rs`).

mod common;

use common::scenario::*;
use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};
use uuid::Uuid;

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

/// The decision letter on `application`, the latest if it has several.
fn letter_on(app: &TestApp, application: &str) -> Value {
    outbox_on(app, "decision_letter", application)
        .pop()
        .expect("a decision letter")
}

/// The call's figures that #14 moves, as finance reads them.
async fn figures(s: &CallInAssessment) -> [String; 5] {
    let b = s.budget().await;
    ["awarded", "held", "freed", "remaining", "paid"].map(|k| {
        b[k].as_str()
            .unwrap_or_else(|| panic!("{k} in {b}"))
            .to_owned()
    })
}

/// Four applications of 50,000 for a call of 100,000, scored 9, 8, 5 and 7 out of 10 for
/// expertise: the first two selected, the other two on the reserve list (the fourth first, it
/// scored higher), and the selection finalised on Friday 20 October 2023 at 16:00 in Brussels.
async fn selection_with_a_reserve() -> CallInAssessment {
    let s = call_in_assessment(
        applications(4)
            .budget("100000.00")
            .requesting("50000.00")
            .all_eligible(),
    )
    .await;
    s.score(&[9, 8, 5, 7]).await;
    s.decide(&s.apps[0], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[1], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[2], reserve("Budget op")).await.ok(201);
    s.decide(&s.apps[3], reserve("Budget op")).await.ok(201);
    s.app.set_time(brussels(2023, 10, 20, 16, 0, 0));
    s.finalise().await.ok(200);
    s
}

async fn reserve_list(s: &CallInAssessment) -> Vec<Value> {
    s.app
        .get(&s.call_path("reserve"), Some(&s.finance))
        .await
        .ok(200)
        .as_array()
        .expect("a list")
        .clone()
}

/// Where each place on the call's reserve list stands, in list order.
async fn reserve_statuses(s: &CallInAssessment) -> Vec<String> {
    reserve_list(s)
        .await
        .iter()
        .map(|p| p["status"].as_str().expect("a status").to_owned())
        .collect()
}

async fn grant(s: &CallInAssessment, id: &str) -> Value {
    s.app
        .get(&format!("/api/v1/grants/{id}"), Some(&s.finance))
        .await
        .ok(200)
        .clone()
}

/// Finance credits the article's VEK payment credit for 2023 with 750,000.
async fn credit_vek(s: &CallInAssessment) {
    s.app
        .post(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
            Some(&s.finance),
            json!({"transfer_id": Uuid::new_v4(), "credit_type": "VEK",
                   "amount": "750000.00", "reference": "VEK 2023"}),
        )
        .await
        .ok(201);
}

/// Finance pays a grant's first tranche; the answer as it is.
async fn pay_advance(s: &CallInAssessment, grant: &str) -> Res {
    s.app
        .post(
            &format!("/api/v1/grants/{grant}/payments"),
            Some(&s.finance),
            json!({"transfer_id": Uuid::new_v4(), "tranche": 1}),
        )
        .await
}

/// The story of issue #14's first observation: a selected applicant renounces, the best
/// reserve application is offered within the same request's transaction, accepts, and is paid
/// its advance; the call's figures stay exact to the cent at every step.
#[tokio::test]
async fn a_renounced_award_is_offered_to_the_best_reserve_application_in_the_same_request() {
    let s = selection_with_a_reserve().await;
    let (app, renouncing, best, second) = (&s.app, &s.apps[0], &s.apps[3], &s.apps[2]);

    // the selection made two grants awaiting their acceptance, with 30 days (a legal period)
    let g = grant(&s, renouncing).await;
    assert_eq!(g["status"], "awaiting_acceptance");
    assert_eq!(g["acceptance"]["status"], "pending");
    assert_eq!(g["acceptance"]["due"], "2023-11-21T00:00:00+01:00");
    assert_eq!(g["acceptance"]["from_reserve"], false);
    // the letter says until when
    let letter = letter_on(app, renouncing);
    assert_eq!(letter["decision"], "selected");
    assert_eq!(letter["acceptance_due"], "2023-11-20T23:00:00Z");
    // the reserve list: per track in ranking order, the higher score first
    let list = reserve_list(&s).await;
    let line: Vec<(&str, u64, &str, &str)> = list
        .iter()
        .map(|p| {
            (
                p["application_id"].as_str().unwrap(),
                p["rank"].as_u64().unwrap(),
                p["amount"].as_str().unwrap(),
                p["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        line,
        vec![
            (best.as_str(), 1, "50000.00", "waiting"),
            (second.as_str(), 2, "50000.00", "waiting"),
        ]
    );
    assert_eq!(
        figures(&s).await,
        ["100000.00", "0.00", "0.00", "0.00", "0.00"]
    );

    // a renunciation: the award freed and, in the same request, offered to the best reserve
    app.set_time(brussels(2023, 10, 25, 10, 0, 0));
    let renounced = s.answer(renouncing, "renounce").await;
    assert_eq!(
        renounced.ok(200)["status"],
        "renounced",
        "{}",
        renounced.text
    );
    assert_eq!(renounced.body["acceptance"]["status"], "renounced");
    let list = reserve_list(&s).await;
    assert_eq!(list[0]["application_id"], best.as_str());
    assert_eq!(list[0]["status"], "offered");
    assert_eq!(list[0]["acceptance"]["status"], "pending");
    assert_eq!(list[1]["status"], "waiting");
    // the offer: a hold, a grant awaiting its own acceptance period, a decision, a letter
    let offered = grant(&s, best).await;
    assert_eq!(offered["status"], "awaiting_acceptance");
    assert_eq!(offered["committed"], "50000.00");
    assert_eq!(offered["acceptance"]["from_reserve"], true);
    assert_eq!(offered["acceptance"]["due"], "2023-11-25T00:00:00+01:00");
    let decision = s
        .decisions()
        .await
        .into_iter()
        .find(|d| d["application_id"] == best.as_str())
        .expect("a decision");
    assert_eq!(decision["kind"], "selected");
    assert_eq!(decision["awarded"], "50000.00");
    let letter = letter_on(app, best);
    assert_eq!(letter["decision"], "selected");
    assert_eq!(letter["awarded"], "50000.00");
    assert_eq!(letter["acceptance_due"], "2023-11-24T23:00:00Z");
    // the call: one award committed, one held, 50,000 freed, nothing left over
    assert_eq!(
        figures(&s).await,
        ["50000.00", "50000.00", "50000.00", "0.00", "0.00"]
    );

    // answered once: the renounced grant stays renounced and is never paid
    let again = s.answer(renouncing, "accept").await;
    assert_eq!(again.problem(409)["rule"], "acceptance_answered");
    assert_eq!(again.body["params"]["status"], "renounced");
    let finance = s.finance.clone();
    let pay = |grant: &str| {
        let path = format!("/api/v1/grants/{grant}/payments");
        let body = json!({"transfer_id": Uuid::new_v4(), "tranche": 1});
        let finance = finance.clone();
        async move { app.post(&path, Some(&finance), body).await }
    };
    let refused = pay(renouncing).await;
    assert_eq!(refused.problem(409)["rule"], "awaiting_acceptance");
    assert_eq!(refused.body["params"]["status"], "renounced");

    // the reserve application accepts: its hold is committed
    let accepted = s.answer(best, "accept").await;
    assert_eq!(accepted.ok(200)["status"], "awaiting_start");
    assert_eq!(
        figures(&s).await,
        ["100000.00", "0.00", "50000.00", "0.00", "0.00"]
    );
    // what the awards became, per call and per track, for finance
    let after = app
        .get(&s.call_path("after-decision"), Some(&s.finance))
        .await;
    let after = after.ok(200).clone();
    let expected = json!({"offered": "150000.00", "accepted": "50000.00", "pending": "50000.00",
        "renounced": "50000.00", "expired": "0.00", "reoffered": "50000.00",
        "reserve_waiting": "50000.00", "reserve_waiting_count": 1});
    for (key, value) in expected.as_object().unwrap() {
        assert_eq!(&after[key], value, "{key} in {after}");
        assert_eq!(
            &after["tracks"][0][key], value,
            "track 1's {key} in {after}"
        );
    }
    // and the reserve application's whole history, for staff
    let history = app
        .get(
            &format!("/api/v1/applications/{best}/after-decision"),
            Some(&s.admin),
        )
        .await;
    let history = history.ok(200).clone();
    let kinds: Vec<&str> = history["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["reserve", "selected"]);
    assert_eq!(history["reserve_place"]["status"], "offered");
    assert_eq!(history["acceptance"]["status"], "accepted");
    assert_eq!(history["objection"], Value::Null);
    // and is paid its advance (60 %) from the start date
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    credit_vek(&s).await;
    assert_eq!(pay(best).await.ok(201)["amount"], "30000.00");
    assert_eq!(
        figures(&s).await,
        ["100000.00", "0.00", "50000.00", "0.00", "30000.00"]
    );
    // the exports: the renounced award is no grant; the offer is one, awarded on its own date
    let package = app
        .get("/api/v1/exports/360giving.json", Some(&s.finance))
        .await;
    let awarded: Vec<(String, String)> = package.ok(200)["grants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let id = g["id"]
                .as_str()
                .unwrap()
                .trim_start_matches("360G-grantdesk-");
            (id.to_owned(), g["awardDate"].as_str().unwrap().to_owned())
        })
        .collect();
    assert_eq!(
        awarded,
        vec![
            (s.apps[1].clone(), "2023-10-20".to_owned()),
            (best.clone(), "2023-10-25".to_owned())
        ]
    );
    // the ledger: the freed commitment (FREE, grant committed → call) and the offer's award
    let ledger = app
        .get_raw(
            &format!("/api/v1/ledger/export.csv?call_id={}", s.call),
            &s.finance,
        )
        .await
        .text()
        .await
        .unwrap();
    let freed: Vec<&str> = ledger.lines().filter(|l| l.contains(",FREE,")).collect();
    assert_eq!(freed.len(), 1, "{ledger}");
    assert!(
        freed[0].contains(&format!("grant_committed,{renouncing},call_available")),
        "{ledger}"
    );
    assert!(freed[0].contains(",50000.00,EUR,posted,"), "{ledger}");
    // every step is in the audit trail
    let actions = app.audit_actions(&s.admin, "grant", renouncing).await;
    assert!(
        actions.iter().any(|a| a == "grant.renounced"),
        "{actions:?}"
    );
}

/// Silence past the period expires the award (the job every server process runs: two at once
/// expire it once) and offers its money on; an answer at the end of the period is refused, one
/// a second before it is not.
#[tokio::test]
async fn an_award_not_accepted_within_its_period_expires_and_its_money_is_offered_on() {
    let s = selection_with_a_reserve().await;
    let (app, silent, punctual, best) = (&s.app, &s.apps[0], &s.apps[1], &s.apps[3]);
    let job = || {
        grantdesk_api::services::after_decision::ExpiryJob::new(
            app.db.clone(),
            app.clock.clone(),
            std::time::Duration::from_millis(100),
        )
    };
    let due = brussels(2023, 11, 21, 0, 0, 0);
    app.set_time(due - chrono::Duration::seconds(1));
    assert_eq!(job().run_once().await.expect("expiry"), 0);
    assert_eq!(
        s.answer(punctual, "accept").await.ok(200)["status"],
        "awaiting_start"
    );

    app.set_time(due);
    let late = s.answer(silent, "accept").await;
    assert_eq!(late.problem(409)["rule"], "acceptance_period_over");
    assert_eq!(late.body["params"]["due"], "2023-11-21T00:00:00+01:00");
    // two processes' jobs at once: one expiry, one offer
    let (first, second) = (job(), job());
    let (a, b) = tokio::join!(first.run_once(), second.run_once());
    assert_eq!(a.expect("expiry") + b.expect("expiry"), 1);
    assert_eq!(job().run_once().await.expect("expiry"), 0);
    let g = grant(&s, silent).await;
    assert_eq!(g["status"], "expired");
    let offered = grant(&s, best).await;
    assert_eq!(offered["acceptance"]["status"], "pending");
    assert_eq!(offered["acceptance"]["due"], "2023-12-22T00:00:00+01:00");
    assert_eq!(reserve_statuses(&s).await, ["offered", "waiting"]);
    assert_eq!(
        figures(&s).await,
        ["50000.00", "50000.00", "50000.00", "0.00", "0.00"]
    );
    // the offer renounced in turn: the next in line is offered
    app.set_time(brussels(2023, 12, 1, 9, 0, 0));
    s.answer(best, "renounce").await.ok(200);
    assert_eq!(reserve_statuses(&s).await, ["offered", "offered"]);
    // an offer renounced was only held: its hold is voided (nothing more is freed) and the
    // next offer holds the same money
    assert_eq!(
        figures(&s).await,
        ["50000.00", "50000.00", "50000.00", "0.00", "0.00"]
    );
}

/// Only the representative of the grant's organisation answers; another organisation's
/// applicant does not even see the grant.
#[tokio::test]
async fn only_the_grantees_representative_answers_the_award() {
    let s = selection_with_a_reserve().await;
    let stranger = s.app.applicant().await;
    let path = format!("/api/v1/grants/{}/acceptance", s.apps[0]);
    let res = s
        .app
        .post(&path, Some(&stranger), json!({"answer": "accept"}))
        .await;
    res.problem(404);
    // a member who is not the representative
    let member = s.app.applicant().await;
    s.app.add_member(&s.applicant, &s.orgs[0], &member).await;
    let res = s
        .app
        .post(&path, Some(&member), json!({"answer": "accept"}))
        .await;
    assert_eq!(
        res.problem(403)["rule"],
        "not_representative",
        "{}",
        res.text
    );
    // an answer that is neither
    let res = s
        .app
        .post(&path, Some(&s.applicant), json!({"answer": "maybe"}))
        .await;
    res.problem(422);
    assert_eq!(
        grant(&s, &s.apps[0]).await["acceptance"]["status"],
        "pending"
    );
}

async fn lodge(s: &CallInAssessment, application: &str, grounds: &str) -> Res {
    s.app
        .post(
            &format!("/api/v1/applications/{application}/objection"),
            Some(&s.applicant),
            json!({ "grounds": grounds }),
        )
        .await
}

async fn rule(s: &CallInAssessment, application: &str, ruling: Value) -> Res {
    s.as_admin(
        &format!("/api/v1/applications/{application}/objection/ruling"),
        ruling,
    )
    .await
}

/// The payloads of the outbox's messages of `kind` (decision_letter, objection_lodged,
/// objection_ruled) on `application`, oldest first.
fn outbox_on(app: &TestApp, kind: &str, application: &str) -> Vec<Value> {
    app.outbox(kind)
        .into_iter()
        .filter(|(_, a, _)| a.to_string() == application)
        .map(|(_, _, data)| data)
        .collect()
}

/// One objection per application, lodged by the representative before the end of its period
/// (30 days after the letter of Friday 20 October 2023, a legal period ending on Tuesday 21
/// November 2023 at midnight in Brussels): the last second is in time, the end itself and one
/// second after it are not.
#[tokio::test]
async fn an_objection_lodged_one_second_after_its_period_is_refused() {
    let s = selection_with_a_reserve().await;
    let (app, in_time, late) = (&s.app, &s.apps[2], &s.apps[3]);
    let due = brussels(2023, 11, 21, 0, 0, 0);

    app.set_time(due - chrono::Duration::seconds(1));
    // grounds are required
    let blank = lodge(&s, in_time, "  ").await;
    assert_eq!(
        blank.problem(422)["errors"][0]["field"],
        "grounds",
        "{}",
        blank.text
    );
    let lodged = lodge(&s, in_time, "De score op criterium 2 negeert bijlage 3.").await;
    let lodged = lodged.ok(201).clone();
    assert_eq!(lodged["due"], "2023-11-21T00:00:00+01:00");
    assert_eq!(lodged["ruling"], Value::Null);
    // one per application
    let twice = lodge(&s, in_time, "Nog een bezwaar.").await;
    assert_eq!(twice.problem(409)["rule"], "objection_lodged");
    // the organisation is told it was received
    let told = outbox_on(app, "objection_lodged", in_time);
    assert_eq!(told.len(), 1);
    assert_eq!(
        told[0]["grounds"],
        "De score op criterium 2 negeert bijlage 3."
    );

    for when in [due, due + chrono::Duration::seconds(1)] {
        app.set_time(when);
        let refused = lodge(&s, late, "Te laat ingediend.").await;
        assert_eq!(refused.problem(409)["rule"], "objection_period_over");
        assert_eq!(refused.body["params"]["due"], "2023-11-21T00:00:00+01:00");
    }
    let none = app
        .get(
            &format!("/api/v1/applications/{late}/objection"),
            Some(&s.applicant),
        )
        .await;
    none.problem(404);
    // staff see the call's objections
    let list = app.get(&s.call_path("objections"), Some(&s.admin)).await;
    let ids: Vec<&str> = list
        .ok(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["application_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [in_time.as_str()]);
}

/// Attaches `name` to the objection against `application` as `token`, with `description`.
async fn attach(
    s: &CallInAssessment,
    token: &str,
    application: &str,
    description: Option<&str>,
    (name, content): (&str, Vec<u8>),
) -> Res {
    let text: Vec<(&str, &str)> = description
        .map(|d| ("description", d))
        .into_iter()
        .collect();
    s.app
        .post_form(
            &format!("/api/v1/applications/{application}/objection/attachments"),
            token,
            &text,
            (name, content),
        )
        .await
}

/// An objection carries documents: attached by the representative, checked as every upload is,
/// downloadable by staff and the organisation, at most twenty, until the period ends (to the
/// second) or staff rule; the ruling, the call's list and the history show them.
#[tokio::test]
async fn documents_are_attached_to_an_objection_until_its_period_ends_or_staff_rule() {
    let s = selection_with_a_reserve().await;
    let (app, objecting, ruled) = (&s.app, &s.apps[3], &s.apps[2]);
    let pdf = || ("bijlage-3.pdf", TINY_PDF.to_vec());
    let due = brussels(2023, 11, 21, 0, 0, 0);
    app.set_time(brussels(2023, 10, 25, 9, 0, 0));
    // nothing to attach to before the objection is lodged
    attach(&s, &s.applicant, objecting, None, pdf())
        .await
        .problem(404);
    lodge(&s, objecting, "De score negeert bijlage 3.")
        .await
        .ok(201);
    let added = attach(&s, &s.applicant, objecting, Some(" Bijlage 3 "), pdf()).await;
    let added = added.ok(201).clone();
    assert_eq!(added["description"], "Bijlage 3");
    assert_eq!(added["media_type"], "application/pdf");
    assert_eq!(added["file_name"], "bijlage-3.pdf");
    // checked as every upload: not a PDF inside (415), an empty file (422); nothing stored
    attach(
        &s,
        &s.applicant,
        objecting,
        None,
        ("nep.pdf", b"hello".to_vec()),
    )
    .await
    .problem(415);
    attach(&s, &s.applicant, objecting, None, ("leeg.pdf", Vec::new()))
        .await
        .problem(422);
    // only the representative of the lead organisation, and nobody outside it
    let member = app.applicant().await;
    app.add_member(&s.applicant, &s.orgs[3], &member).await;
    let not_rep = attach(&s, &member, objecting, None, pdf()).await;
    assert_eq!(not_rep.problem(403)["rule"], "not_representative");
    let stranger = app.applicant().await;
    attach(&s, &stranger, objecting, None, pdf())
        .await
        .problem(404);
    // downloaded by staff and the organisation, as stored
    let href = added["href"].as_str().unwrap();
    for token in [&s.admin, &s.applicant, &member] {
        let res = app
            .client
            .get(format!("{}{href}", app.base))
            .bearer_auth(token);
        let res = res.send().await.unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(res.bytes().await.unwrap().as_ref(), TINY_PDF);
    }
    app.get(href, Some(&stranger)).await.problem(404);
    let objection = app
        .get(
            &format!("/api/v1/applications/{objecting}/objection"),
            Some(&s.applicant),
        )
        .await;
    let attached = objection.ok(200)["attachments"].clone();
    assert_eq!(attached.as_array().unwrap().len(), 1, "{attached}");
    assert_eq!(attached[0]["sha256"], added["sha256"]);

    // at most twenty, also when the last places are raced for: of five uploads at once for
    // the last two places, two are stored and three refused
    for _ in 1..18 {
        attach(&s, &s.applicant, objecting, None, pdf())
            .await
            .ok(201);
    }
    let racing = (0..5).map(|_| attach(&s, &s.applicant, objecting, None, pdf()));
    let mut statuses: Vec<u16> = futures::future::join_all(racing)
        .await
        .iter()
        .map(|r| r.status.as_u16())
        .collect();
    statuses.sort();
    assert_eq!(statuses, [201, 201, 422, 422, 422]);
    let full = attach(&s, &s.applicant, objecting, None, pdf()).await;
    let full = full.problem(422).clone();
    assert_eq!(full["errors"][0]["field"], "file", "{full}");
    assert_eq!(full["errors"][0]["code"], "too_many", "{full}");

    // the period's last second is in time; once ruled, nothing more is attached
    app.set_time(due - chrono::Duration::seconds(1));
    lodge(&s, ruled, "Ook bijlage 2 werd gemist.").await.ok(201);
    attach(&s, &s.applicant, ruled, None, pdf()).await.ok(201);
    let ruling = rule(
        &s,
        ruled,
        json!({"ruling": "rejected", "motivation": "Bijlage 2 werd beoordeeld."}),
    )
    .await;
    assert_eq!(ruling.ok(200)["attachments"].as_array().unwrap().len(), 1);
    let after = attach(&s, &s.applicant, ruled, None, pdf()).await;
    assert_eq!(after.problem(409)["rule"], "objection_ruled");
    // the period's end is not in time
    app.set_time(due);
    let late = attach(&s, &s.applicant, objecting, None, pdf()).await;
    assert_eq!(late.problem(409)["rule"], "objection_period_over");

    // the call's list and the application's history show every document
    let list = app.get(&s.call_path("objections"), Some(&s.admin)).await;
    let counts: Vec<(String, usize)> = list
        .ok(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["application_id"].as_str().unwrap().to_owned(),
                o["attachments"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(counts, [(objecting.clone(), 20), (ruled.clone(), 1)]);
    let history = app
        .get(
            &format!("/api/v1/applications/{objecting}/after-decision"),
            Some(&s.admin),
        )
        .await;
    assert_eq!(
        history.ok(200)["objection"]["attachments"]
            .as_array()
            .unwrap()
            .len(),
        20
    );
    // every document is in the audit trail
    let actions = app.audit_actions(&s.admin, "application", objecting).await;
    let attaching = actions.iter().filter(|a| *a == "objection.attach").count();
    assert_eq!(attaching, 20);
}

/// An upheld objection with no money free: the application joins the reserve list at the rank
/// its score gives it, and freed money reaches it in that order.
#[tokio::test]
async fn an_upheld_objection_with_no_free_money_places_the_application_on_the_reserve() {
    let s = call_in_assessment(
        applications(5)
            .budget("100000.00")
            .requesting("50000.00")
            .all_eligible(),
    )
    .await;
    // scored 9, 8, 5, 7 and 6 out of 10
    s.score(&[9, 8, 5, 7, 6]).await;
    let (app, objecting) = (&s.app, &s.apps[4]);
    s.decide(&s.apps[0], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[1], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[2], reserve("Budget op")).await.ok(201);
    s.decide(&s.apps[3], reserve("Budget op")).await.ok(201);
    s.decide(objecting, rejected("Onvoldoende")).await.ok(201);
    app.set_time(brussels(2023, 10, 20, 16, 0, 0));
    s.finalise().await.ok(200);

    // the funder's system hears of every step (an admin's endpoint, for every organisation)
    let hook = s
        .as_admin(
            "/api/v1/webhooks",
            json!({"url": "https://bezwaren.vlaanderen.example/hooks",
                   "event_types": ["objection.lodged", "objection.ruled", "award.answered"]}),
        )
        .await;
    let hook = hook.ok(201)["endpoint"]["id"].as_str().unwrap().to_owned();
    app.set_time(brussels(2023, 11, 2, 9, 0, 0));
    lodge(&s, objecting, "Bijlage 3 werd genegeerd.")
        .await
        .ok(201);
    // upheld names the award; a motivation is required
    let bare = rule(
        &s,
        objecting,
        json!({"ruling": "upheld", "motivation": "Terecht."}),
    )
    .await;
    assert_eq!(
        bare.problem(422)["errors"][0]["field"],
        "awarded",
        "{}",
        bare.text
    );
    let unmotivated = rule(
        &s,
        objecting,
        json!({"ruling": "upheld", "motivation": "", "awarded": "50000.00"}),
    )
    .await;
    assert_eq!(unmotivated.problem(422)["errors"][0]["field"], "motivation");
    let ruled = rule(
        &s,
        objecting,
        json!({"ruling": "upheld", "motivation": "Bijlage 3 over het hoofd gezien.",
               "awarded": "50000.00"}),
    )
    .await;
    let ruled = ruled.ok(200).clone();
    assert_eq!(ruled["ruling"], "upheld");
    assert_eq!(ruled["outcome"], "reserve", "no money was free: {ruled}");
    // once
    let again = rule(
        &s,
        objecting,
        json!({"ruling": "rejected", "motivation": "Toch niet."}),
    )
    .await;
    assert_eq!(again.problem(409)["rule"], "objection_ruled");
    // the organisation is told, and reads the ruling
    let told = outbox_on(app, "objection_ruled", objecting);
    assert_eq!(told.len(), 1);
    assert_eq!(told[0]["outcome"], "reserve");
    let read = app
        .get(
            &format!("/api/v1/applications/{objecting}/objection"),
            Some(&s.applicant),
        )
        .await;
    assert_eq!(read.ok(200)["ruling"], "upheld");

    // its score (6) puts it between the fourth (7) and the third (5)
    let list = reserve_list(&s).await;
    let order: Vec<(&str, u64)> = list
        .iter()
        .map(|p| {
            (
                p["application_id"].as_str().unwrap(),
                p["rank"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        vec![
            (s.apps[3].as_str(), 1),
            (objecting.as_str(), 2),
            (s.apps[2].as_str(), 3)
        ]
    );
    assert_eq!(
        figures(&s).await,
        ["100000.00", "0.00", "0.00", "0.00", "0.00"]
    );

    // freed money reaches the reserve in that order
    s.answer(&s.apps[0], "renounce").await.ok(200);
    s.answer(&s.apps[3], "renounce").await.ok(200);
    let list = reserve_list(&s).await;
    let statuses: Vec<(&str, &str)> = list
        .iter()
        .map(|p| {
            (
                p["application_id"].as_str().unwrap(),
                p["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        vec![
            (s.apps[3].as_str(), "offered"),
            (objecting.as_str(), "offered"),
            (s.apps[2].as_str(), "waiting")
        ]
    );
    assert_eq!(
        grant(&s, objecting).await["acceptance"]["status"],
        "pending"
    );
    assert_eq!(
        figures(&s).await,
        ["50000.00", "50000.00", "50000.00", "0.00", "0.00"]
    );
    let queued = app
        .get(
            &format!("/api/v1/webhooks/{hook}/deliveries?per_page=100"),
            Some(&s.admin),
        )
        .await;
    let mut events: Vec<(String, String)> = queued.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let data = &m["payload"]["data"];
            let about = data["application_id"]
                .as_str()
                .or(data["grant_id"].as_str());
            (
                m["event_type"].as_str().unwrap().to_owned(),
                about.unwrap().to_owned(),
            )
        })
        .collect();
    events.sort();
    let mut expected = vec![
        ("award.answered".to_owned(), s.apps[0].clone()),
        ("award.answered".to_owned(), s.apps[3].clone()),
        ("objection.lodged".to_owned(), objecting.clone()),
        ("objection.ruled".to_owned(), objecting.clone()),
    ];
    expected.sort();
    assert_eq!(events, expected);
}

/// Upheld while money is free (a renunciation nobody on the reserve fits): the application is
/// offered the award at once.
#[tokio::test]
async fn an_upheld_objection_is_offered_what_is_free() {
    let s = call_in_assessment(
        applications(3)
            .budget("100000.00")
            .requesting("50000.00")
            .all_eligible(),
    )
    .await;
    let (app, objecting) = (&s.app, &s.apps[2]);
    s.decide(&s.apps[0], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[1], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(objecting, rejected("Onvoldoende")).await.ok(201);
    app.set_time(brussels(2023, 10, 20, 16, 0, 0));
    s.finalise().await.ok(200);
    app.set_time(brussels(2023, 11, 2, 9, 0, 0));
    // nobody waits on the reserve: the renounced money stays free on the call
    s.answer(&s.apps[0], "renounce").await.ok(200);
    assert_eq!(
        figures(&s).await,
        ["50000.00", "0.00", "50000.00", "50000.00", "0.00"]
    );
    lodge(&s, objecting, "Bijlage 3 werd genegeerd.")
        .await
        .ok(201);
    let ruled = rule(
        &s,
        objecting,
        json!({"ruling": "upheld", "motivation": "Terecht.", "awarded": "40000.00"}),
    )
    .await;
    assert_eq!(ruled.ok(200)["outcome"], "offered", "{}", ruled.text);
    let g = grant(&s, objecting).await;
    assert_eq!(g["status"], "awaiting_acceptance");
    assert_eq!(g["committed"], "40000.00");
    assert_eq!(
        outbox_on(app, "objection_ruled", objecting)[0]["awarded"],
        "40000.00"
    );
    assert_eq!(
        figures(&s).await,
        ["50000.00", "40000.00", "50000.00", "10000.00", "0.00"]
    );
    s.answer(objecting, "accept").await.ok(200);
    assert_eq!(
        figures(&s).await,
        ["90000.00", "0.00", "50000.00", "10000.00", "0.00"]
    );
}

/// Issue #14's concurrency check: releases at once, from two server processes on one database,
/// never offer one application twice and never offer more than is free. Three selected
/// applicants renounce at the same moment while two wait on the reserve: each reserve
/// application is offered once, and the third award's money stays free on the call.
#[tokio::test]
async fn releases_at_once_from_two_server_processes_offer_each_reserve_application_once() {
    let s = call_in_assessment(
        applications(5)
            .budget("150000.00")
            .requesting("50000.00")
            .all_eligible(),
    )
    .await;
    s.score(&[9, 9, 9, 7, 6]).await;
    for id in &s.apps[..3] {
        s.decide(id, selected("50000.00", "Sterk")).await.ok(201);
    }
    for id in &s.apps[3..] {
        s.decide(id, reserve("Budget op")).await.ok(201);
    }
    // a server process runs on the real clock: the selection is final now, so that its
    // acceptance periods run there too
    let now = chrono::Utc::now();
    s.app
        .set_time(now - chrono::Duration::seconds(now.timestamp() % 60));
    let admin = s.app.real_time_token(&s.admin);
    s.app
        .post(&s.call_path("finalise"), Some(&admin), json!({}))
        .await
        .ok(200);
    let second = s.app.spawn_process().await;
    let applicant = s.app.real_time_token(&s.applicant);
    let finance = s.app.real_time_token(&s.finance);
    let renounce = |i: usize| {
        let base = if i.is_multiple_of(2) {
            s.app.base.clone()
        } else {
            second.base.clone()
        };
        let (app, token, grant) = (&s.app, applicant.clone(), s.apps[i].clone());
        async move {
            let res = app
                .client
                .post(format!("{base}/api/v1/grants/{grant}/acceptance"))
                .bearer_auth(&token)
                .json(&json!({"answer": "renounce"}))
                .send()
                .await
                .unwrap();
            TestApp::read(res).await
        }
    };
    let answers = futures::future::join_all((0..3).map(renounce)).await;
    for res in &answers {
        assert_eq!(res.ok(200)["status"], "renounced", "{}", res.text);
    }
    let list = s.app.get(&s.call_path("reserve"), Some(&finance)).await;
    let statuses: Vec<&str> = list
        .ok(200)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["offered", "offered"]);
    // each offered once: one grant each, one decision each, one hold each
    let grants = s
        .app
        .get(
            &format!("/api/v1/grants?call_id={}&per_page=100", s.call),
            Some(&finance),
        )
        .await;
    let mut offered: Vec<&str> = grants.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["acceptance"]["from_reserve"] == true)
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    offered.sort();
    let mut reserve_ids: Vec<&str> = s.apps[3..].iter().map(String::as_str).collect();
    reserve_ids.sort();
    assert_eq!(offered, reserve_ids);
    let budget = s.app.get(&s.call_path("budget"), Some(&finance)).await;
    let b = budget.ok(200);
    assert_eq!(
        [&b["awarded"], &b["held"], &b["freed"], &b["remaining"]],
        [
            &json!("0.00"),
            &json!("100000.00"),
            &json!("150000.00"),
            &json!("50000.00")
        ],
        "{b}"
    );
}

/// A replay of the 2021 call's pattern (seed 001: 16 local governments applied, 14 were
/// selected): one selected applicant renounces, the best reserve application is offered within
/// the same request's transaction, accepts and is paid its advance; the call's figures stay
/// exact to the cent at every step.
#[tokio::test]
async fn the_2021_pattern_replayed_one_renunciation_moves_the_reserve_up_exactly() {
    let s = call_in_assessment(
        applications(16)
            .budget("750000.00")
            .requesting("52000.00")
            .all_eligible(),
    )
    .await;
    // every application scored; the last two (scored 6 and 7) did not fit the budget
    s.score(&[9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 6, 7])
        .await;
    for id in &s.apps[..14] {
        s.decide(id, selected("52000.00", "Geselecteerd"))
            .await
            .ok(201);
    }
    for id in &s.apps[14..] {
        s.decide(id, reserve("Budget ontoereikend")).await.ok(201);
    }
    s.app.set_time(brussels(2023, 10, 20, 16, 0, 0));
    s.finalise().await.ok(200);
    // 14 × 52,000 = 728,000 committed; 22,000 left, too little for a reserve application
    assert_eq!(
        figures(&s).await,
        ["728000.00", "0.00", "0.00", "22000.00", "0.00"]
    );
    let list = reserve_list(&s).await;
    assert_eq!(
        list[0]["application_id"],
        s.apps[15].as_str(),
        "the higher score first"
    );
    assert_eq!(list[1]["application_id"], s.apps[14].as_str());
    for id in &s.apps[1..14] {
        s.answer(id, "accept").await.ok(200);
    }

    s.app.set_time(brussels(2023, 10, 30, 11, 0, 0));
    s.answer(&s.apps[0], "renounce").await.ok(200);
    // 52,000 freed: with the 22,000 left, 74,000 is free; the best reserve application takes
    // 52,000 of it, and 22,000 is still too little for the next
    assert_eq!(
        figures(&s).await,
        ["676000.00", "52000.00", "52000.00", "22000.00", "0.00"]
    );
    assert_eq!(reserve_statuses(&s).await, ["offered", "waiting"]);
    s.answer(&s.apps[15], "accept").await.ok(200);
    assert_eq!(
        figures(&s).await,
        ["728000.00", "0.00", "52000.00", "22000.00", "0.00"]
    );

    s.app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    credit_vek(&s).await;
    let paid = pay_advance(&s, &s.apps[15]).await;
    assert_eq!(paid.ok(201)["amount"], "31200.00");
    assert_eq!(
        figures(&s).await,
        ["728000.00", "0.00", "52000.00", "22000.00", "31200.00"]
    );
    // the renounced grant is never paid
    let refused = pay_advance(&s, &s.apps[0]).await;
    assert_eq!(refused.problem(409)["rule"], "awaiting_acceptance");
}

/// A settlement below the commitment while the reserve list waits frees what the grant no
/// longer needs into the call's account (not back to the article) and offers it on: here, with
/// partial awards allowed, the first in line is offered what is free.
#[tokio::test]
async fn a_settlement_below_the_commitment_offers_what_it_frees_to_the_reserve() {
    let s = call_in_assessment(
        applications(3)
            .budget("100000.00")
            .requesting("50000.00")
            .after_decision(json!({"partial_awards": true}))
            .all_eligible(),
    )
    .await;
    s.score(&[9, 8, 7]).await;
    let (app, settling, waiting) = (&s.app, &s.apps[0], &s.apps[2]);
    s.decide(settling, selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[1], selected("50000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(waiting, reserve("Budget op")).await.ok(201);
    // a long assessment: the selection is final on 3 June 2024, its reserve list waits a year
    app.set_time(brussels(2024, 6, 3, 10, 0, 0));
    s.finalise_and_accept().await;
    credit_vek(&s).await;

    // the grant runs from 1 November 2024; its final report declares 30,000 spent
    app.set_time(brussels(2024, 12, 2, 9, 0, 0));
    app.post_form(
        &format!("/api/v1/grants/{settling}/final-reports"),
        &s.applicant,
        &[("spent", "30000.00")],
        ("eindverslag.pdf", TINY_PDF.to_vec()),
    )
    .await
    .ok(201);
    s.as_admin(
        &format!("/api/v1/grants/{settling}/final-reports/verdict"),
        json!({"verdict": "accepted"}),
    )
    .await
    .ok(201);
    let settled = app
        .post(
            &format!("/api/v1/grants/{settling}/settlement"),
            Some(&s.finance),
            json!({"transfer_id": Uuid::new_v4()}),
        )
        .await;
    assert_eq!(settled.ok(201)["release"], "20000.00", "{}", settled.text);
    // the 20,000 is freed to the call and offered, partially, to the first in line
    let offered = grant(&s, waiting).await;
    assert_eq!(offered["committed"], "20000.00");
    assert_eq!(offered["acceptance"]["partial"], true);
    assert_eq!(offered["acceptance"]["status"], "pending");
    assert_eq!(
        figures(&s).await,
        ["80000.00", "20000.00", "20000.00", "0.00", "30000.00"]
    );
    // the article got nothing back: the money stayed with the call
    let article = app
        .get(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023",
            Some(&s.finance),
        )
        .await;
    let vak = article.ok(200)["balances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["credit_type"] == "VAK")
        .cloned()
        .expect("the VAK figures");
    assert_eq!(vak["released_from_grants"], "0.00", "{vak}");
    // committed: the two awards, less what was freed (the offer is held, not committed yet)
    assert_eq!(vak["committed"], "80000.00", "{vak}");
}

/// Cancels grant `id` as the admin with `body` (a fresh transfer id unless it names one).
async fn cancel_grant(s: &CallInAssessment, id: &str, mut body: Value) -> Res {
    if body.get("transfer_id").is_none() {
        body["transfer_id"] = json!(Uuid::new_v4());
    }
    s.as_admin(&format!("/api/v1/grants/{id}/cancellation"), body)
        .await
}

/// Cancelling a grant (admin): an accepted grant is withdrawn. Everything it does not leave the
/// grantee is freed to the call and, in the same request, offered to the best reserve
/// application; nothing more is paid, reported or settled on it; the figures stay exact. Once
/// the reserve period is over, a cancellation releases to the article instead, and what was
/// paid and not kept is recovered.
#[tokio::test]
async fn a_cancelled_grant_frees_what_it_no_longer_needs_and_the_reserve_moves_up() {
    let s = selection_with_a_reserve().await;
    let (app, cancelled, other, best) = (&s.app, &s.apps[0], &s.apps[1], &s.apps[3]);
    let motivation = json!({"motivation": "Het project werd niet opgestart."});
    app.set_time(brussels(2023, 10, 25, 10, 0, 0));
    // an award not accepted yet is not cancelled (it is renounced or expires)
    let early = cancel_grant(&s, cancelled, motivation.clone()).await;
    assert_eq!(early.problem(409)["rule"], "awaiting_acceptance");
    s.answer(cancelled, "accept").await.ok(200);
    s.answer(other, "accept").await.ok(200);
    assert_eq!(
        figures(&s).await,
        ["100000.00", "0.00", "0.00", "0.00", "0.00"]
    );

    // refused, naming the field: no motivation; keeping more than was paid (nothing)
    let blank = cancel_grant(&s, cancelled, json!({"motivation": " "})).await;
    assert_eq!(blank.problem(422)["errors"][0]["field"], "motivation");
    let greedy = cancel_grant(
        &s,
        cancelled,
        json!({"motivation": "Niet opgestart.", "kept": "0.01"}),
    )
    .await;
    let greedy = greedy.problem(422).clone();
    assert_eq!(greedy["errors"][0]["field"], "kept", "{greedy}");
    assert_eq!(greedy["errors"][0]["code"], "kept_above_paid", "{greedy}");

    // cancelled: the commitment freed and offered to the best reserve application at once
    let transfer = Uuid::new_v4();
    let mut body = motivation.clone();
    body["transfer_id"] = json!(transfer);
    let done = cancel_grant(&s, cancelled, body.clone()).await;
    let done = done.ok(201).clone();
    for (key, value) in [
        ("paid_before", "0.00"),
        ("kept", "0.00"),
        ("recovery", "0.00"),
        ("release", "50000.00"),
        ("released_to", "reserve"),
    ] {
        assert_eq!(done[key], value, "{key} in {done}");
    }
    let list = reserve_list(&s).await;
    assert_eq!(list[0]["application_id"], best.as_str());
    assert_eq!(list[0]["status"], "offered");
    assert_eq!(grant(&s, best).await["status"], "awaiting_acceptance");
    let g = grant(&s, cancelled).await;
    assert_eq!(g["status"], "cancelled");
    assert_eq!(g["cancellation"]["id"], transfer.to_string());
    for (key, value) in [("paid", "0.00"), ("released", "50000.00"), ("open", "0.00")] {
        assert_eq!(g[key], value, "{key} in {g}");
    }
    assert_eq!(g["tranches"][0]["amount"], "0.00", "{g}");
    // the call: the other grant awarded, the reserve's offer held, 50,000 freed
    let after = ["50000.00", "50000.00", "50000.00", "0.00", "0.00"];
    assert_eq!(figures(&s).await, after);

    // replayed: the same answer, nothing booked twice; another cancellation is refused
    let replay = cancel_grant(&s, cancelled, body).await;
    assert_eq!(replay.ok(200)["id"], transfer.to_string());
    let twice = cancel_grant(&s, cancelled, motivation.clone()).await;
    assert_eq!(twice.problem(409)["rule"], "grant_cancelled");
    assert_eq!(figures(&s).await, after);
    // nothing more is paid, reported or settled on it
    credit_vek(&s).await;
    app.set_time(brussels(2024, 11, 2, 10, 0, 0));
    let refused = pay_advance(&s, cancelled).await;
    assert_eq!(refused.problem(409)["rule"], "grant_cancelled");
    let report = app
        .post_form(
            &format!("/api/v1/grants/{cancelled}/final-reports"),
            &s.applicant,
            &[("spent", "1000.00")],
            ("eindverslag.pdf", TINY_PDF.to_vec()),
        )
        .await;
    assert_eq!(report.problem(409)["rule"], "grant_cancelled");
    let settle = app
        .post(
            &format!("/api/v1/grants/{cancelled}/settlement"),
            Some(&s.finance),
            json!({"transfer_id": Uuid::new_v4()}),
        )
        .await;
    assert_eq!(settle.problem(409)["rule"], "grant_cancelled");
    // the organisation is told
    let inbox = app
        .get("/api/v1/me/notifications", Some(&s.applicant))
        .await;
    let told = inbox.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "grant_cancelled")
        .count();
    assert_eq!(told, 1);
    // the audit trail has it
    let actions = app.audit_actions(&s.admin, "grant", cancelled).await;
    assert!(actions.iter().any(|a| a == "grant.cancel"), "{actions:?}");

    // after the reserve period (a year after the finalisation) the other grant's advance is
    // paid, then it is cancelled: 5,000 of the advance kept, the rest recovered, and all that
    // is not kept released to the article
    pay_advance(&s, other).await.ok(201);
    assert_eq!(grant(&s, other).await["paid"], "30000.00");
    // (two cancellations at once: one is made, the other finds it)
    let body = json!({"motivation": "Fraude vastgesteld.", "kept": "5000.00"});
    let mut both = futures::future::join_all([
        cancel_grant(&s, other, body.clone()),
        cancel_grant(&s, other, body),
    ])
    .await;
    both.sort_by_key(|r| r.status.as_u16());
    assert_eq!(both[1].problem(409)["rule"], "grant_cancelled");
    let late = both[0].ok(201).clone();
    for (key, value) in [
        ("paid_before", "30000.00"),
        ("kept", "5000.00"),
        ("recovery", "25000.00"),
        ("release", "45000.00"),
        ("released_to", "article"),
    ] {
        assert_eq!(late[key], value, "{key} in {late}");
    }
    let g = grant(&s, other).await;
    for (key, value) in [
        ("paid", "5000.00"),
        ("released", "45000.00"),
        ("open", "0.00"),
    ] {
        assert_eq!(g[key], value, "{key} in {g}");
    }
    // the call: 5,000 paid net of the recovery, 45,000 released from the grant to the article
    assert_eq!(
        figures(&s).await,
        ["50000.00", "50000.00", "50000.00", "0.00", "5000.00"]
    );
    assert_eq!(s.budget().await["released_from_grants"], "45000.00");
    assert_eq!(reserve_statuses(&s).await, ["offered", "closed"]);
    // after their period (to 31 October 2025) neither cancelled grant owes a final report
    app.set_time(brussels(2025, 11, 3, 9, 0, 0));
    let reminded = app.reminder_job("7d,1d").run_once().await.unwrap();
    assert_eq!(reminded.final_reports, 0, "{reminded:?}");
}

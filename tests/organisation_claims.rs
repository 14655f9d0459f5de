//! Organisations are verified, not first-come (issue #12): registering an enterprise number is a
//! claim; a second claim on the same number is recorded beside the first; staff verify one with
//! evidence (which rejects the others, whose members are told) or reject a claim with a reason;
//! nothing is paid to an organisation that is not verified.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};
use uuid::Uuid;

const GENK: &str = "0207.451.227";

async fn register(app: &TestApp, token: &str, name: &str, kbo: &str) -> Value {
    let body = json!({"name": name, "kbo": kbo, "kind": "local_government",
                      "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"}});
    let res = app.post("/api/v1/organisations", Some(token), body).await;
    res.ok(201).clone()
}

/// The account messages of the bearer of `token`, as (kind, payload).
async fn messages(app: &TestApp, token: &str) -> Vec<(String, Value)> {
    let me = app.get("/api/v1/me", Some(token)).await;
    let id: Uuid = me.ok(200)["id"].as_str().unwrap().parse().unwrap();
    let mut c = app.db.conn().expect("conn");
    grantdesk_persistence::notifications::of_user(&mut c, id)
        .unwrap()
        .into_iter()
        .map(|m| (m.kind, m.payload))
        .collect()
}

async fn claims(app: &TestApp, token: &str, query: &str) -> Value {
    let res = app
        .get(&format!("/api/v1/organisation-claims{query}"), Some(token))
        .await;
    res.ok(200).clone()
}

async fn audit(app: &TestApp, admin: &str, action: &str, org: &str) -> Vec<Value> {
    let res = app
        .get(
            &format!("/api/v1/audit?action={action}&target_type=organisation&target_id={org}"),
            Some(admin),
        )
        .await;
    res.ok(200)["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_squatter_does_not_lock_the_real_city_out_and_staff_settle_the_number() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let auditor = app.login(Role::Auditor).await;

    // the observation of issue #12: a fresh self-signup registers the city's number first
    let squatter = app.applicant().await;
    let squat = register(&app, &squatter, "Stad Genk", GENK).await;
    assert_eq!(squat["verification"]["status"], "unverified");
    assert_eq!(squat["verification"]["decided_at"], Value::Null);
    let squat = squat["id"].as_str().unwrap().to_owned();
    // the real city registers later: recorded beside the first claim, not a 409 dead end
    app.set_time(app.clock_now() + chrono::Duration::hours(1));
    let city = app.applicant().await;
    let genk = register(&app, &city, "Stad Genk", GENK).await;
    assert_eq!(genk["verification"]["status"], "unverified");
    let genk = genk["id"].as_str().unwrap().to_owned();
    assert_ne!(genk, squat);
    // each sees its own claim's status
    let own = app
        .get(&format!("/api/v1/organisations/{genk}"), Some(&city))
        .await;
    assert_eq!(own.ok(200)["verification"]["status"], "unverified");
    app.get(&format!("/api/v1/organisations/{genk}"), Some(&squatter))
        .await
        .problem(404);

    // staff see both pending claims, next to each other, oldest first
    for reader in [&admin, &auditor] {
        let pending = claims(&app, reader, "?status=unverified").await;
        assert_eq!(pending["total"], 2, "{pending}");
        let items = pending["items"].as_array().unwrap();
        assert_eq!(items[0]["organisation"]["id"], squat.as_str());
        assert_eq!(items[1]["organisation"]["id"], genk.as_str());
        for item in items {
            assert_eq!(item["organisation"]["kbo"], "0207451227");
            assert_eq!(item["competing_claims"], 1);
        }
    }
    // unverified is the default
    assert_eq!(claims(&app, &admin, "").await["total"], 2);
    let bad = app
        .get("/api/v1/organisation-claims?status=maybe", Some(&admin))
        .await;
    assert_eq!(bad.problem(422)["errors"][0]["field"], "status");

    // an applicant cannot verify, not even its own claim
    let path = format!("/api/v1/organisations/{genk}/verification");
    app.post(&path, Some(&city), verification_evidence())
        .await
        .problem(403);
    // every piece of evidence is required and must show something
    let mut blank = verification_evidence();
    blank["mandate_reference"] = json!("  \u{200B}");
    blank["representative_identity"] = json!("");
    let res = app.post(&path, Some(&admin), blank).await;
    let fields: Vec<&str> = res.problem(422)["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["mandate_reference", "representative_identity"]);
    let mut long = verification_evidence();
    long["kbo_extract_reference"] = json!("x".repeat(201));
    app.post(&path, Some(&admin), long).await.problem(422);
    let mut missing = verification_evidence();
    missing.as_object_mut().unwrap().remove("mandate_reference");
    app.post(&path, Some(&admin), missing).await.problem(422);
    assert!(messages(&app, &squatter).await.is_empty());

    // staff verify the real city: the squatter's claim is rejected in the same step
    let mut evidence = verification_evidence();
    evidence["kbo_extract_reference"] = json!("  KBO extract 2026-12-01  ");
    let res = app.post(&path, Some(&admin), evidence).await;
    let verified = res.ok(200);
    assert_eq!(verified["verification"]["status"], "verified");
    assert_eq!(
        verified["verification"]["evidence"]["kbo_extract_reference"], "KBO extract 2026-12-01",
        "trimmed"
    );
    assert!(verified["verification"]["decided_at"].is_string());
    let seen = app
        .get(&format!("/api/v1/organisations/{genk}"), Some(&city))
        .await;
    assert_eq!(seen.ok(200)["verification"]["status"], "verified");
    let lost = app
        .get(&format!("/api/v1/organisations/{squat}"), Some(&squatter))
        .await;
    let lost = &lost.ok(200)["verification"];
    assert_eq!(lost["status"], "rejected");
    assert_eq!(
        lost["reason"],
        "another claim on this enterprise number was verified"
    );
    // the losing claim's member is told; so is the verified organisation's
    let told = messages(&app, &squatter).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].0, "organisation_claim_rejected");
    assert_eq!(told[0].1["organisation_id"], squat.as_str());
    assert_eq!(
        told[0].1["reason"],
        "another claim on this enterprise number was verified"
    );
    let told = messages(&app, &city).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].0, "organisation_verified");
    assert_eq!(told[0].1["organisation_id"], genk.as_str());

    // nothing is pending any more; the decisions are listed by status
    assert_eq!(claims(&app, &admin, "?status=unverified").await["total"], 0);
    let rejected = claims(&app, &admin, "?status=rejected").await;
    assert_eq!(rejected["items"][0]["organisation"]["id"], squat.as_str());
    let verified = claims(&app, &admin, "?status=verified").await;
    assert_eq!(verified["items"][0]["organisation"]["id"], genk.as_str());

    // decisions are not changed: verifying twice, verifying or rejecting a decided claim
    let twice = app.post(&path, Some(&admin), verification_evidence()).await;
    assert_eq!(twice.problem(409)["type"], "/problems/verification-decided");
    let squat_path = format!("/api/v1/organisations/{squat}/verification");
    let res = app
        .post(&squat_path, Some(&admin), verification_evidence())
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/verification-decided");
    let res = app
        .post(
            &format!("/api/v1/organisations/{genk}/rejection"),
            Some(&admin),
            json!({"reason": "changed our mind"}),
        )
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/verification-decided");

    // a later claim on the held number is recorded, but cannot be verified
    let latecomer = app.applicant().await;
    let late = register(&app, &latecomer, "Stad Genk (bis)", GENK).await;
    let late = late["id"].as_str().unwrap().to_owned();
    let pending = claims(&app, &admin, "?status=unverified").await;
    assert_eq!(pending["total"], 1);
    assert_eq!(pending["items"][0]["competing_claims"], 0);
    let res = app
        .post(
            &format!("/api/v1/organisations/{late}/verification"),
            Some(&admin),
            verification_evidence(),
        )
        .await;
    assert_eq!(
        res.problem(409)["type"],
        "/problems/enterprise-number-verified"
    );
    let still = app
        .get(&format!("/api/v1/organisations/{late}"), Some(&admin))
        .await;
    assert_eq!(still.ok(200)["verification"]["status"], "unverified");

    // audited: the verification with its evidence, the rejection it caused
    let rows = audit(&app, &admin, "organisation.verify", &genk).await;
    assert_eq!(rows.len(), 1);
    let after = &rows[0]["after"];
    assert_eq!(after["verification"]["status"], "verified");
    assert_eq!(
        after["evidence"]["mandate_reference"],
        "Council decision 2026-11-20 item 14"
    );
    assert_eq!(after["rejected_claims"], json!([squat]));
    assert_eq!(rows[0]["before"]["verification"]["status"], "unverified");
    let rows = audit(&app, &admin, "organisation.reject", &squat).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0]["after"]["reason"],
        "another claim on this enterprise number was verified"
    );
}

#[tokio::test]
async fn staff_reject_a_claim_with_a_reason_told_to_its_members() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let applicant = app.applicant().await;
    let org = app.organisation(&applicant, "Gemeente As", &kbo(77)).await;
    let path = format!("/api/v1/organisations/{org}/rejection");

    app.post(&path, Some(&applicant), json!({"reason": "no"}))
        .await
        .problem(403);
    let res = app
        .post(&path, Some(&admin), json!({"reason": " \t "}))
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "reason");
    app.post(&path, Some(&admin), json!({})).await.problem(422);
    assert!(messages(&app, &applicant).await.is_empty());

    let reason = "The mandate does not name the applicant";
    let res = app
        .post(
            &path,
            Some(&admin),
            json!({"reason": format!(" {reason} ")}),
        )
        .await;
    let rejected = &res.ok(200)["verification"];
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(rejected["reason"], reason);
    let seen = app
        .get(&format!("/api/v1/organisations/{org}"), Some(&applicant))
        .await;
    assert_eq!(seen.ok(200)["verification"]["reason"], reason);
    let told = messages(&app, &applicant).await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].0, "organisation_claim_rejected");
    assert_eq!(told[0].1["reason"], reason);
    assert_eq!(told[0].1["kbo"].as_str().unwrap().replace('.', ""), kbo(77));

    // only a claim is decided: rejecting again, or verifying the rejected claim, is a 409
    let again = app
        .post(&path, Some(&admin), json!({"reason": "again"}))
        .await;
    assert_eq!(again.problem(409)["type"], "/problems/verification-decided");
    let res = app
        .post(
            &format!("/api/v1/organisations/{org}/verification"),
            Some(&admin),
            verification_evidence(),
        )
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/verification-decided");
    // a correction is a new registration, which staff can verify
    let again = register(&app, &applicant, "Gemeente As", &kbo(77)).await;
    let again = again["id"].as_str().unwrap();
    app.verify_organisation(&admin, again).await;

    let rows = audit(&app, &admin, "organisation.reject", &org).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["after"]["reason"], reason);
    assert!(rows[0]["actor"].as_str().unwrap().starts_with("user:"));
    // an unknown organisation is a 404
    let res = app
        .post(
            &format!("/api/v1/organisations/{}/rejection", Uuid::new_v4()),
            Some(&admin),
            json!({"reason": "x"}),
        )
        .await;
    res.problem(404);
}

#[tokio::test]
async fn nothing_is_paid_to_an_organisation_until_staff_verified_it() {
    let s = call_in_assessment(
        applications(2)
            .requesting("48000.00")
            .all_eligible()
            .unverified(),
    )
    .await;
    s.decide(&s.apps[0], selected("48000.00", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[1], selected("30000.00", "Ook sterk"))
        .await
        .ok(201);
    s.finalise_and_accept().await;
    let (app, finance, admin) = (&s.app, &s.finance, &s.admin);
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    app.post(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
        Some(finance),
        json!({"transfer_id": Uuid::new_v4(), "credit_type": "VEK", "amount": "750000.00", "reference": "VEK 2023"}),
    )
    .await
    .ok(201);
    let pay = |grant: &str| {
        let path = format!("/api/v1/grants/{grant}/payments");
        let body = json!({"transfer_id": Uuid::new_v4(), "tranche": 1});
        async move { app.post(&path, Some(finance), body).await }
    };

    // the grantee applied, was selected and has a grant, but is still a claim: no advance
    let res = pay(&s.apps[0]).await;
    let problem = res.problem(409);
    assert_eq!(problem["type"], "/problems/organisation-unverified");
    assert!(
        problem["detail"].as_str().unwrap().contains("unverified"),
        "{problem}"
    );
    let grant = app
        .get(&format!("/api/v1/grants/{}", s.apps[0]), Some(finance))
        .await;
    assert_eq!(grant.ok(200)["paid"], "0.00", "nothing moved");
    // a rejected claim is not paid either
    app.post(
        &format!("/api/v1/organisations/{}/rejection", s.orgs[1]),
        Some(admin),
        json!({"reason": "The mandate is not the council's"}),
    )
    .await
    .ok(200);
    let res = pay(&s.apps[1]).await;
    assert_eq!(
        res.problem(409)["type"],
        "/problems/organisation-unverified"
    );

    // once staff verified it, the same payment goes through
    app.verify_organisation(admin, &s.orgs[0]).await;
    let res = pay(&s.apps[0]).await;
    assert_eq!(res.ok(201)["amount"], "28800.00");
    let grant = app
        .get(&format!("/api/v1/grants/{}", s.apps[0]), Some(finance))
        .await;
    assert_eq!(grant.ok(200)["paid"], "28800.00");
}

/// Two staff members deciding claims on one enterprise number at the same moment: one number,
/// one verified organisation, every other claim rejected, and each decision either wholly done
/// or a 409 that names why (never a 500, never two verified, never a claim left undecided by a
/// verification that succeeded).
#[tokio::test]
async fn staff_deciding_competing_claims_at_once_settle_the_number_once() {
    let app = spawn_app().await;
    let admins = [app.login(Role::Admin).await, app.login(Role::Admin).await];
    for round in 0..8u32 {
        let number = kbo(700 + round);
        let first = app.applicant().await;
        let second = app.applicant().await;
        let a = register(&app, &first, "Gemeente Ee", &number).await;
        let b = register(&app, &second, "Gemeente Ee", &number).await;
        let (a, b) = (a["id"].as_str().unwrap(), b["id"].as_str().unwrap());
        let verify = |token: String, org: &str| {
            let path = format!("/api/v1/organisations/{org}/verification");
            let app = &app;
            async move { app.post(&path, Some(&token), verification_evidence()).await }
        };
        // even rounds: both claims verified at once; odd rounds: one verified while the other
        // is rejected
        let (x, y) = if round % 2 == 0 {
            tokio::join!(verify(admins[0].clone(), a), verify(admins[1].clone(), b))
        } else {
            let path = format!("/api/v1/organisations/{b}/rejection");
            let reject = app.post(
                &path,
                Some(&admins[1]),
                json!({"reason": "the mandate is not signed"}),
            );
            tokio::join!(verify(admins[0].clone(), a), reject)
        };
        let statuses = [x.status.as_u16(), y.status.as_u16()];
        let status = |org: &str| {
            let org = org.to_owned();
            let admin = admins[0].clone();
            let app = &app;
            async move {
                let seen = app
                    .get(&format!("/api/v1/organisations/{org}"), Some(&admin))
                    .await;
                seen.ok(200)["verification"]["status"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            }
        };
        let (sa, sb) = (status(a).await, status(b).await);
        if round % 2 == 0 {
            // exactly one verification wins; the other is told the number is held (or that its
            // claim was decided, if the winner's rejection reached it first)
            let mut sorted = statuses;
            sorted.sort();
            assert_eq!(sorted, [200, 409], "round {round}: {} / {}", x.text, y.text);
            let loser = if statuses[0] == 409 { &x } else { &y };
            let kind = loser.problem(409)["type"].as_str().unwrap().to_owned();
            assert!(
                kind == "/problems/enterprise-number-verified"
                    || kind == "/problems/verification-decided",
                "round {round}: {}",
                loser.text
            );
            let mut both = [sa.clone(), sb.clone()];
            both.sort();
            assert_eq!(both, ["rejected", "verified"], "round {round}");
        } else {
            // the verification always succeeds: the rejection either came first (and the
            // verification had one claim less to reject) or found the claim decided already
            assert_eq!(x.status.as_u16(), 200, "round {round}: {}", x.text);
            assert!(
                [200, 409].contains(&y.status.as_u16()),
                "round {round}: {}",
                y.text
            );
            assert_eq!((sa.as_str(), sb.as_str()), ("verified", "rejected"));
        }
        let verified = claims(&app, &admins[0], "?status=verified&per_page=100").await;
        let on_number = verified["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["organisation"]["kbo"] == number.as_str())
            .count();
        assert_eq!(on_number, 1, "round {round}");
        // every decision audited once: one verification, one rejection
        for (org, state) in [(a, &sa), (b, &sb)] {
            let action = if state == "verified" {
                "organisation.verify"
            } else {
                "organisation.reject"
            };
            assert_eq!(audit(&app, &admins[0], action, org).await.len(), 1);
        }
    }
}

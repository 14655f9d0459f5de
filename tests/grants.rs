//! Grants: a finalised selection makes each selected application a grant starting on the
//! call's start date; its tranches are paid by finance from the VAK commitment and the VEK
//! payment credit together, never more than committed.

mod common;

use common::*;
use serde_json::json;
use uuid::Uuid;

#[tokio::test]
async fn a_selected_application_becomes_a_grant_paid_in_tranches_that_add_up_to_the_cent() {
    let s = call_in_assessment(applications(2).requesting("48000.01").all_eligible()).await;
    s.decide(&s.apps[0], selected("48000.01", "Sterk"))
        .await
        .ok(201);
    s.decide(&s.apps[1], rejected("Zwakker")).await.ok(201);
    s.finalise().await.ok(200);
    let (app, call, grant) = (&s.app, &s.call, &s.apps[0]);
    let (finance, applicant) = (s.finance.clone(), s.applicant.clone());

    let list = app
        .get(&format!("/api/v1/grants?call_id={call}"), Some(&finance))
        .await;
    assert_eq!(list.ok(200)["total"], 1, "only the selected application");
    let g = app
        .get(&format!("/api/v1/grants/{grant}"), Some(&finance))
        .await;
    let g = g.ok(200).clone();
    assert_eq!(g["status"], "awaiting_acceptance");
    assert_eq!(g["acceptance"]["status"], "pending");
    // nothing is paid before the organisation accepts the grant
    let refused = app
        .post(
            &format!("/api/v1/grants/{grant}/payments"),
            Some(&finance),
            json!({"transfer_id": Uuid::new_v4(), "tranche": 1}),
        )
        .await;
    assert_eq!(refused.problem(409)["rule"], "awaiting_acceptance");
    assert_eq!(refused.body["params"]["status"], "pending");
    let g = s.answer(grant, "accept").await.ok(200).clone();
    assert_eq!(g["status"], "awaiting_start");
    assert_eq!(g["acceptance"]["status"], "accepted");
    assert_eq!(g["start_date"], "2024-11-01");
    assert_eq!(g["end_date"], "2025-10-31");
    assert_eq!(g["committed"], "48000.01");
    assert_eq!(g["tranches"][0]["amount"], "28800.00");
    assert_eq!(
        g["tranches"][1]["amount"], "19200.01",
        "the balance takes the odd cent"
    );

    let pay = |tranche: u32, id: Uuid| json!({"transfer_id": id, "tranche": tranche});
    let path = format!("/api/v1/grants/{grant}/payments");
    // not before the start date
    app.post(&path, Some(&finance), pay(1, Uuid::new_v4()))
        .await
        .problem(409);
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    // no VEK credit yet: refused, and nothing moved on the VAK ledger either
    let res = app
        .post(&path, Some(&finance), pay(1, Uuid::new_v4()))
        .await;
    assert_eq!(res.problem(409)["type"], "/problems/insufficient-funds");
    let g = app
        .get(&format!("/api/v1/grants/{grant}"), Some(&finance))
        .await;
    assert_eq!(g.ok(200)["open"], "48000.01");
    assert_eq!(g.body["status"], "running");

    app.post(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
        Some(&finance),
        json!({"transfer_id": Uuid::new_v4(), "credit_type": "VEK", "amount": "750000.00", "reference": "VEK 2023"}),
    )
    .await
    .ok(201);
    let id = Uuid::new_v4();
    let first = app.post(&path, Some(&finance), pay(1, id)).await;
    assert_eq!(first.ok(201)["amount"], "28800.00");
    let replay = app.post(&path, Some(&finance), pay(1, id)).await;
    assert_eq!(replay.ok(200)["id"], id.to_string());
    app.post(&path, Some(&finance), pay(2, id))
        .await
        .problem(409);
    app.post(&path, Some(&finance), pay(1, Uuid::new_v4()))
        .await
        .problem(409);
    // the balance waits for the final report
    app.post(&path, Some(&finance), pay(2, Uuid::new_v4()))
        .await
        .problem(409);

    let g = app
        .get(&format!("/api/v1/grants/{grant}"), Some(&finance))
        .await;
    let g = g.ok(200);
    assert_eq!(g["paid"], "28800.00");
    assert_eq!(g["open"], "19200.01");
    assert_eq!(g["tranches"][0]["payment_id"], id.to_string());
    let balances = app
        .get(
            "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023",
            Some(&finance),
        )
        .await;
    let vek = &balances.ok(200)["balances"][1];
    assert_eq!(vek["credit_type"], "VEK");
    assert_eq!(vek["available"], "721200.00");

    // the grantee sees its grant; another organisation does not
    app.get(&format!("/api/v1/grants/{grant}"), Some(&applicant))
        .await
        .ok(200);
    let stranger = app.applicant().await;
    app.get(&format!("/api/v1/grants/{grant}"), Some(&stranger))
        .await
        .problem(404);
    assert_eq!(
        app.get("/api/v1/grants", Some(&stranger)).await.ok(200)["total"],
        0
    );
}

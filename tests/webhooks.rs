//! Signed webhooks (issue #13, item 5): endpoints registered by admins and by an organisation's
//! representative, each event delivered to a real HTTPS receiver (Python's HTTP server behind
//! TLS, with a certificate of a CA the test makes) and verified there with the Standard Webhooks
//! reference library, retried, parked, and an endpoint that keeps failing disabled.

mod common;

use std::time::Duration;

use chrono::Utc;
use common::webhook::{Delivery, Receiver};
use common::*;
use grantdesk_api::auth::Role;
use grantdesk_api::notify::webhook::WebhookSettings;
use grantdesk_api::notify::worker::DeliverySettings;
use grantdesk_domain::webhook::{PrivateAddresses, WebhookSecret};
use serde_json::{json, Value};

fn delivery(max_attempts: u32) -> DeliverySettings {
    test_delivery(max_attempts, 10)
}

fn hooks(receiver: &Receiver, disable_after: i32) -> WebhookSettings {
    WebhookSettings {
        private: PrivateAddresses::Allow,
        ca_file: Some(receiver.ca_file()),
        timeout: Duration::from_secs(5),
        disable_after,
    }
}

/// Registers an endpoint as `token`; the answer (endpoint and secret).
async fn register(app: &TestApp, token: &str, body: Value) -> Value {
    let res = app.post("/api/v1/webhooks", Some(token), body).await;
    let created = res.ok(201).clone();
    assert!(created["secret"].as_str().unwrap().starts_with("whsec_"));
    created
}

fn at(received: &[Delivery], path: &str) -> Vec<Delivery> {
    received
        .iter()
        .filter(|d| d.path() == path)
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_submission_reaches_the_organisations_endpoint_signed_and_a_receiver_verifies_it() {
    let app = spawn_app_for_webhooks().await;
    let call = app.with_opened_call(call_with_form("HOOK")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let hasselt = app.with_member("Stad Hasselt", 2).await;
    let receiver = Receiver::start();

    let mine = register(
        &app,
        &genk.token,
        json!({"url": receiver.url("/genk"), "event_types": ["application.submitted"],
               "organisation_id": genk.org, "description": "Boekhouding"}),
    )
    .await;
    let everything = register(
        &app,
        &call.admin,
        json!({"url": receiver.url("/admin"),
               "event_types": ["application.submitted", "application.decided",
                               "organisation.verified", "organisation.claim_rejected"]}),
    )
    .await;
    let theirs = register(
        &app,
        &hasselt.token,
        json!({"url": receiver.url("/hasselt"), "event_types": ["application.submitted"],
               "organisation_id": hasselt.org}),
    )
    .await;
    let genk_secret = mine["secret"].as_str().unwrap();
    let admin_secret = everything["secret"].as_str().unwrap();
    let endpoint = mine["endpoint"]["id"].as_str().unwrap();
    assert_eq!(mine["endpoint"]["status"], "active");
    assert_eq!(mine["endpoint"]["organisation_id"], genk.org.as_str());

    let (_, receipt) = call.submitted_by(&genk).await;
    // the receiver checks the timestamp against its own clock (5 minutes' tolerance): deliver
    // at the real time, then go back to the call's
    let then = app.clock_now();
    app.set_time(Utc::now());
    let worker = app.worker(None, delivery(3), hooks(&receiver, 5));
    let done = worker.drain().await.expect("delivered");
    app.set_time(then);
    assert_eq!(
        done.sent, 2,
        "the organisation's endpoint and the admin's: {done:?}"
    );
    let received = receiver.received();
    assert_eq!(received.len(), 2, "{received:?}");
    assert!(
        at(&received, "/hasselt").is_empty(),
        "another organisation's event"
    );

    let to_genk = &at(&received, "/genk")[0];
    // verified the way a receiver verifies, with the reference library
    assert_eq!(
        to_genk.verify(genk_secret, false),
        Ok("application.submitted".into())
    );
    let tampered = to_genk.verify(genk_secret, true).unwrap_err();
    assert!(tampered.contains("No matching signature"), "{tampered}");
    assert!(
        to_genk.verify(admin_secret, false).is_err(),
        "another endpoint's secret"
    );
    let to_admin = &at(&received, "/admin")[0];
    assert_eq!(
        to_admin.verify(admin_secret, false),
        Ok("application.submitted".into())
    );

    // the facts: ids, the receipt's number, instant and digest; nothing of anyone else
    let body = to_genk.body();
    assert_eq!(body["type"], "application.submitted");
    assert_eq!(body["data"]["organisation_id"], genk.org.as_str());
    assert_eq!(body["data"]["receipt"]["number"], receipt["number"]);
    assert_eq!(body["data"]["receipt"]["sha256"], receipt["digest"]);
    assert!(!to_genk.record["body"]
        .as_str()
        .unwrap()
        .contains(hasselt.org.as_str()));
    assert_eq!(to_genk.header("content-type"), Some("application/json"));
    let id = to_genk.header("webhook-id").unwrap();
    assert!(id.starts_with("msg_"), "{id}");
    assert_ne!(
        Some(id),
        to_admin.header("webhook-id"),
        "one message per endpoint"
    );

    // the delivery log says the same
    let log = app
        .get(
            &format!("/api/v1/webhooks/{endpoint}/deliveries"),
            Some(&genk.token),
        )
        .await;
    let item = &log.ok(200)["items"][0];
    assert_eq!(item["id"], id);
    assert_eq!(item["status"], "sent");
    assert_eq!(item["event_type"], "application.submitted");
    assert_eq!(item["log"][0]["response_status"], 204);
    assert_eq!(item["payload"], body);

    // another organisation neither sees nor lists it; the admin lists all three
    app.get(
        &format!("/api/v1/webhooks/{endpoint}"),
        Some(&hasselt.token),
    )
    .await
    .problem(404);
    app.get(
        &format!("/api/v1/webhooks/{endpoint}/deliveries"),
        Some(&hasselt.token),
    )
    .await
    .problem(404);
    let listed = app.get("/api/v1/webhooks", Some(&hasselt.token)).await;
    assert_eq!(listed.ok(200)["total"], 1);
    assert_eq!(listed.ok(200)["items"][0]["id"], theirs["endpoint"]["id"]);
    let listed = app.get("/api/v1/webhooks", Some(&call.admin)).await;
    assert_eq!(listed.ok(200)["total"], 3);
    // the secret is shown once: never in a listing
    assert!(!listed.text.contains(genk_secret));

    // delivered once: nothing is due any more
    assert_eq!(worker.drain().await.unwrap().sent, 0);
    assert_eq!(receiver.received().len(), 2);
}

#[tokio::test]
async fn a_failing_receiver_gets_retries_then_the_endpoint_is_disabled_and_its_owner_told() {
    let app = spawn_app_for_webhooks().await;
    let genk = app.with_member("Stad Genk", 1).await;
    let receiver = Receiver::start();
    let created = register(
        &app,
        &genk.token,
        json!({"url": receiver.url("/status/500"), "event_types": ["application.submitted"],
               "organisation_id": genk.org}),
    )
    .await;
    let endpoint = created["endpoint"]["id"].as_str().unwrap().to_owned();
    let test = format!("/api/v1/webhooks/{endpoint}/test");
    let first = app.post(&test, Some(&genk.token), json!({})).await;
    assert_eq!(first.ok(202)["event_type"], "webhook.test");
    let first = first.ok(202)["id"].as_str().unwrap().to_owned();

    // a worker that refuses private networks (the default) never posts to 127.0.0.1
    let strict = WebhookSettings {
        private: PrivateAddresses::Refuse,
        ..hooks(&receiver, 2)
    };
    let done = app.worker(None, delivery(2), strict).drain().await.unwrap();
    assert_eq!(done.failed, 1, "{done:?}");
    assert!(receiver.received().is_empty());
    let log = app
        .get(
            &format!("/api/v1/webhooks/{endpoint}/deliveries"),
            Some(&genk.token),
        )
        .await;
    let error = log.ok(200)["items"][0]["log"][0]["error"].clone();
    assert!(
        error
            .as_str()
            .unwrap()
            .contains("not on the public internet"),
        "{error}"
    );

    // the receiver answers 500: each message is tried twice (the back-off in between), then
    // parked; the second parked message in a row disables the endpoint
    let worker = app.worker(None, delivery(2), hooks(&receiver, 2));
    app.set_time(app.clock_now() + chrono::Duration::minutes(5));
    let done = worker.drain().await.unwrap();
    assert_eq!(done.parked, 1, "{done:?}");
    let second = app.post(&test, Some(&genk.token), json!({})).await;
    let second = second.ok(202)["id"].as_str().unwrap().to_owned();
    assert_eq!(worker.drain().await.unwrap().failed, 1);
    app.set_time(app.clock_now() + chrono::Duration::minutes(5));
    assert_eq!(worker.drain().await.unwrap().parked, 1);

    let received = receiver.received();
    assert_eq!(
        received.len(),
        3,
        "two attempts at the first (one refused before), two at the second"
    );
    // every attempt at one message carries its id: the receiver's idempotency key
    let ids: Vec<&str> = received
        .iter()
        .map(|d| d.header("webhook-id").unwrap())
        .collect();
    assert_eq!(ids, [first.as_str(), second.as_str(), second.as_str()]);

    let shown = app
        .get(&format!("/api/v1/webhooks/{endpoint}"), Some(&genk.token))
        .await;
    assert_eq!(shown.ok(200)["status"], "disabled");
    assert!(shown.ok(200)["disabled_reason"]
        .as_str()
        .unwrap()
        .contains("failed every attempt"));
    let log = app
        .get(
            &format!("/api/v1/webhooks/{endpoint}/deliveries"),
            Some(&genk.token),
        )
        .await;
    let items = log.ok(200)["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|i| i["status"] == "failed"));
    assert_eq!(items[0]["log"][1]["response_status"], 500);
    // the owner is told (the organisation's members)
    let inbox = app.get("/api/v1/me/notifications", Some(&genk.token)).await;
    let kinds: Vec<&str> = inbox.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"webhook_disabled"), "{kinds:?}");

    // disabled: a new event waits, nothing is posted
    let third = app.post(&test, Some(&genk.token), json!({})).await;
    let third = third.ok(202)["id"].as_str().unwrap().to_owned();
    assert_eq!(worker.drain().await.unwrap(), Default::default());
    assert_eq!(receiver.received().len(), 3);

    // a replay of a parked message (same id); a pending one cannot be replayed
    let replay = format!("/api/v1/webhooks/{endpoint}/deliveries/{first}/replay");
    let replayed = app.post(&replay, Some(&genk.token), json!({})).await;
    assert_eq!(replayed.ok(202)["status"], "pending");
    app.post(&replay, Some(&genk.token), json!({}))
        .await
        .problem(409);
    let bad = format!("/api/v1/webhooks/{endpoint}/deliveries/msg_%00/replay");
    app.post(&bad, Some(&genk.token), json!({}))
        .await
        .problem(404);

    // enabled again: what waited goes out (the replay and the third), under their own ids
    let enabled = app
        .post(
            &format!("/api/v1/webhooks/{endpoint}/enable"),
            Some(&genk.token),
            json!({}),
        )
        .await;
    assert_eq!(enabled.ok(200)["status"], "active");
    assert_eq!(enabled.ok(200)["consecutive_failures"], 0);
    worker.drain().await.unwrap();
    let received = receiver.received();
    assert_eq!(received.len(), 5);
    // one batch posts its messages concurrently: they may arrive in either order
    let mut last: Vec<&str> = received[3..]
        .iter()
        .map(|d| d.header("webhook-id").unwrap())
        .collect();
    last.sort_unstable();
    let mut expected = [first.as_str(), third.as_str()];
    expected.sort_unstable();
    assert_eq!(last, expected);
}

#[tokio::test]
async fn a_rotated_secret_signs_beside_the_old_one_until_the_overlap_ends() {
    let app = spawn_app_for_webhooks().await;
    // the receiver checks the timestamp against its own clock: this test runs at the real time
    app.set_time(Utc::now());
    let admin = app.login(Role::Admin).await;
    let receiver = Receiver::start();
    let created = register(
        &app,
        &admin,
        json!({"url": receiver.url("/finance"), "event_types": ["application.decided"]}),
    )
    .await;
    let old = created["secret"].as_str().unwrap().to_owned();
    let endpoint = created["endpoint"]["id"].as_str().unwrap().to_owned();
    let rotated = app
        .post(
            &format!("/api/v1/webhooks/{endpoint}/secret"),
            Some(&admin),
            json!({}),
        )
        .await;
    let new = rotated.ok(200)["secret"].as_str().unwrap().to_owned();
    assert_ne!(new, old);
    assert!(rotated.ok(200)["previous_secrets_retire_at"].is_string());

    let test = format!("/api/v1/webhooks/{endpoint}/test");
    app.post(&test, Some(&admin), json!({})).await.ok(202);
    let worker = app.worker(None, delivery(3), hooks(&receiver, 5));
    assert_eq!(worker.drain().await.unwrap().sent, 1);
    let during = &receiver.received()[0];
    // during the overlap each secret verifies on its own: a receiver may switch at any time
    assert_eq!(during.verify(&old, false), Ok("webhook.test".into()));
    assert_eq!(during.verify(&new, false), Ok("webhook.test".into()));
    assert_eq!(
        during
            .header("webhook-signature")
            .unwrap()
            .split(' ')
            .count(),
        2
    );

    // after 24 hours only the new one signs
    app.set_time(app.clock_now() + chrono::Duration::hours(24));
    let admin = app.login(Role::Admin).await;
    app.post(&test, Some(&admin), json!({})).await.ok(202);
    assert_eq!(worker.drain().await.unwrap().sent, 1);
    let after = &receiver.received()[1];
    let (id, timestamp) = (
        after.header("webhook-id").unwrap(),
        after
            .header("webhook-timestamp")
            .unwrap()
            .parse::<i64>()
            .unwrap(),
    );
    let body = after.record["body"].as_str().unwrap();
    assert_eq!(
        after.header("webhook-signature").unwrap(),
        WebhookSecret::parse(&new)
            .unwrap()
            .sign(id, timestamp, body)
    );
}

#[tokio::test]
async fn endpoints_are_refused_with_a_clear_reason_and_only_their_owners_manage_them() {
    // the default: no endpoint on a private network
    let app = spawn_app().await;
    let genk = app.with_member("Stad Genk", 1).await;
    let colleague = app.applicant().await;
    genk.add_member(&colleague).await;
    let hasselt = app.with_member("Stad Hasselt", 2).await;
    let admin = app.login(Role::Admin).await;
    let ok = |extra: Value| {
        let mut body = json!({"url": "https://hooks.genk.example/grantdesk",
                              "event_types": ["application.submitted"],
                              "organisation_id": genk.org});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    for (body, field, words) in [
        (
            ok(json!({"url": "https://127.0.0.1:8443/h"})),
            "url",
            "not on the public internet",
        ),
        (
            ok(json!({"url": "https://169.254.169.254/latest"})),
            "url",
            "not on the public internet",
        ),
        (
            ok(json!({"url": "https://localhost/h"})),
            "url",
            "not on the public internet",
        ),
        (
            ok(json!({"url": "http://hooks.genk.example/h"})),
            "url",
            "https",
        ),
        (
            ok(json!({"url": "https://u:p@hooks.genk.example/h"})),
            "url",
            "credentials",
        ),
        (ok(json!({"event_types": []})), "event_types", "at least 1"),
        (
            ok(json!({"event_types": ["payment.made.twice"]})),
            "event_types[0]",
            "must be one of",
        ),
        (
            ok(json!({"event_types": ["application.submitted", "application.submitted"]})),
            "event_types[1]",
            "twice",
        ),
        (
            ok(json!({"description": "x".repeat(501)})),
            "description",
            "500",
        ),
        (
            ok(json!({"description": "boek\u{0}houding"})),
            "description",
            "control",
        ),
        (
            ok(json!({"organisation_id": null})),
            "organisation_id",
            "is required",
        ),
    ] {
        let res = app
            .post("/api/v1/webhooks", Some(&genk.token), body.clone())
            .await;
        res.problem(422);
        let errors = res.body["errors"].as_array().cloned().unwrap_or_default();
        let hit = errors.iter().find(|e| e["field"] == field);
        let message = hit.map(|e| e["message"].as_str().unwrap().to_owned());
        assert!(
            message.as_deref().is_some_and(|m| m.contains(words)),
            "{body}: {errors:?}"
        );
    }
    // someone else's organisation: not found; a member who does not represent it: 403
    let res = app
        .post("/api/v1/webhooks", Some(&hasselt.token), ok(json!({})))
        .await;
    res.problem(404);
    let res = app
        .post("/api/v1/webhooks", Some(&colleague), ok(json!({})))
        .await;
    res.problem(403);
    for role in [Role::Finance, Role::Reviewer, Role::Auditor] {
        let token = app.login(role).await;
        app.post("/api/v1/webhooks", Some(&token), ok(json!({})))
            .await
            .problem(403);
        app.get("/api/v1/webhooks", Some(&token)).await.problem(403);
    }
    app.post("/api/v1/webhooks", None, ok(json!({})))
        .await
        .problem(401);

    // the representative registers; the colleague sees it but cannot change it
    let created = register(&app, &genk.token, ok(json!({}))).await;
    let endpoint = created["endpoint"]["id"].as_str().unwrap();
    app.get(&format!("/api/v1/webhooks/{endpoint}"), Some(&colleague))
        .await
        .ok(200);
    for action in ["secret", "disable", "enable", "test"] {
        app.post(
            &format!("/api/v1/webhooks/{endpoint}/{action}"),
            Some(&colleague),
            json!({}),
        )
        .await
        .problem(403);
        app.post(
            &format!("/api/v1/webhooks/{endpoint}/{action}"),
            Some(&hasselt.token),
            json!({}),
        )
        .await
        .problem(404);
    }
    // an admin manages any endpoint; every change is audited
    let disabled = app
        .post(
            &format!("/api/v1/webhooks/{endpoint}/disable"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(disabled.ok(200)["status"], "disabled");
    let auditor = app.login(Role::Auditor).await;
    let trail = app
        .get(
            &format!("/api/v1/audit?target_type=webhook_endpoint&target_id={endpoint}"),
            Some(&auditor),
        )
        .await;
    let actions: Vec<String> = trail.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        actions.contains(&"webhook.create".to_owned())
            && actions.contains(&"webhook.disable".to_owned()),
        "{actions:?}"
    );
    // and the audit never holds the secret
    assert!(!trail.text.contains(created["secret"].as_str().unwrap()));
}

/// What an endpoint's delivery log holds: the application of each message, newest first.
async fn delivered_applications(app: &TestApp, admin: &str, endpoint: &str) -> Vec<String> {
    let log = app
        .get(
            &format!("/api/v1/webhooks/{endpoint}/deliveries"),
            Some(admin),
        )
        .await;
    log.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            m["payload"]["data"]["application_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// A server process keeps the endpoints a submission's event goes to while they do not change
/// (#16: the submission reads the webhook epoch in the statement that saves it, and the
/// endpoints only when the epoch moved). An endpoint registered in another server process a
/// moment before a submission still gets its event; one disabled there a moment before does
/// not, and gets the next once it is enabled again.
#[tokio::test]
async fn a_subscription_made_in_another_process_a_moment_before_a_submission_gets_its_event() {
    let app = spawn_app_for_webhooks().await;
    let call = app.with_opened_call(call_with_form("EPOCH")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let hasselt = app.with_member("Stad Hasselt", 2).await;
    let bree = app.with_member("Stad Bree", 3).await;
    let peer = app.with_member("Gemeente Peer", 4).await;
    // this process reads the endpoints (there are none) and keeps them
    call.submitted_by(&genk).await;

    let other = app
        .spawn_process_with(&[("GRANTDESK_WEBHOOK_ALLOW_PRIVATE", "true".into())])
        .await;
    let admin = app.real_time_token(&call.admin);
    let in_other = |method: reqwest::Method, path: String, body: Value| {
        let (app, base, admin) = (&app, other.base.clone(), admin.clone());
        async move {
            let res = app
                .client
                .request(method, format!("{base}{path}"))
                .bearer_auth(&admin)
                .json(&body)
                .send()
                .await
                .unwrap();
            TestApp::read(res).await
        }
    };
    let created = in_other(
        reqwest::Method::POST,
        "/api/v1/webhooks".into(),
        json!({"url": "https://127.0.0.1:9/hook", "event_types": ["application.submitted"]}),
    )
    .await;
    let endpoint = created.ok(201)["endpoint"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // registered there, a moment before: this process's next submission goes to it
    let (hasselts, _) = call.submitted_by(&hasselt).await;
    assert_eq!(
        delivered_applications(&app, &call.admin, &endpoint).await,
        std::slice::from_ref(&hasselts.id)
    );

    // disabled there, a moment before: the next submission does not go to it
    in_other(
        reqwest::Method::POST,
        format!("/api/v1/webhooks/{endpoint}/disable"),
        json!({}),
    )
    .await
    .ok(200);
    call.submitted_by(&bree).await;
    assert_eq!(
        delivered_applications(&app, &call.admin, &endpoint).await,
        std::slice::from_ref(&hasselts.id)
    );

    // enabled again there: the next one does
    in_other(
        reqwest::Method::POST,
        format!("/api/v1/webhooks/{endpoint}/enable"),
        json!({}),
    )
    .await
    .ok(200);
    let (peers, _) = call.submitted_by(&peer).await;
    assert_eq!(
        delivered_applications(&app, &call.admin, &endpoint).await,
        [peers.id, hasselts.id]
    );
}

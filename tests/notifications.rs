//! Notifications that arrive (issue #13): every message is an inbox entry and, with a relay
//! configured, one e-mail delivered at least once by a worker with leases, retries and parking,
//! in the reader's language. The mail goes to a real SMTP server (aiosmtpd) started by the test.

mod common;

use std::time::Duration;

use chrono::{DateTime, Utc};
use common::smtp::{SinkOptions, SmtpSink};
use common::*;
use grantdesk_api::auth::Role;
use grantdesk_api::notify::worker::DeliverySettings;
use grantdesk_domain::{format_instant, Language};
use serde_json::{json, Value};

fn settings(max_attempts: u32) -> DeliverySettings {
    test_delivery(max_attempts, 5)
}

async fn inbox(app: &TestApp, token: &str) -> Value {
    app.get("/api/v1/me/notifications", Some(token))
        .await
        .ok(200)
        .clone()
}

async fn set_language(app: &TestApp, token: &str, language: &str) {
    let res = app
        .put(
            "/api/v1/me/language",
            Some(token),
            json!({ "language": language }),
        )
        .await;
    assert_eq!(res.ok(200)["language"], language);
}

#[tokio::test]
async fn a_submission_mails_its_receipt_to_each_member_in_their_own_language() {
    let (app, call, genk) = open_call_and_member(call_with_form("MAIL")).await;
    let colleague = app.applicant().await;
    genk.add_member(&colleague).await;
    set_language(&app, &colleague, "fr").await;
    let colleague_email = app.email_of(&colleague).await;
    let genk_email = app.email_of(&genk.token).await;
    let (_, receipt) = call.submitted_by(&genk).await;
    let number = receipt["number"].as_str().unwrap();
    let digest = receipt["digest"].as_str().unwrap();
    let received: DateTime<Utc> = receipt["received_at_utc"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();

    let smtp = SmtpSink::start();
    let worker = app.delivery_worker(&smtp, settings(3));
    let done = worker.drain().await.expect("delivered");
    // the two receipts, and the colleague's invitation of before
    assert_eq!(done.sent, 3, "{done:?}");
    let mails: Vec<_> = smtp
        .received()
        .into_iter()
        .filter(|m| m.subject().contains(number))
        .collect();
    assert_eq!(mails.len(), 2);
    for (email, language) in [
        (&genk_email, Language::Dutch),
        (&colleague_email, Language::French),
    ] {
        let mail = mails
            .iter()
            .find(|m| m.to() == [email.clone()])
            .unwrap_or_else(|| panic!("no mail to {email}: {mails:?}"));
        assert!(mail.subject().contains(number), "{}", mail.subject());
        // the receipt's number, its instant in Brussels time written in the reader's language,
        // and its digest; in the plain text and in the HTML
        let instant = format_instant(received, chrono_tz::Europe::Brussels, language);
        for body in [mail.text(), mail.html()] {
            assert!(body.contains(number), "{body}");
            assert!(body.contains(digest), "{body}");
            assert!(body.contains(&instant), "{instant} in {body}");
        }
        assert_eq!(mail.0["multipart"], "multipart/alternative");
        assert!(mail
            .header("from")
            .unwrap()
            .contains("noreply@test.example"));
        let greeting = match language {
            Language::French => "Bonjour,",
            _ => "Goedendag,",
        };
        assert!(mail.text().starts_with(greeting), "{}", mail.text());
    }

    // each is also an inbox entry, with the mail's id as its Message-ID
    let listed = inbox(&app, &colleague).await;
    assert_eq!(listed["total"], 2, "the receipt and the invitation");
    assert_eq!(listed["unread"], 2);
    let entry = &listed["items"][0];
    assert_eq!(entry["kind"], "submission_receipt");
    assert_eq!(entry["facts"]["receipt"]["sha256"], digest);
    assert!(entry["subject"]
        .as_str()
        .unwrap()
        .starts_with("Accusé de réception"));
    let id = entry["id"].as_str().unwrap();
    let to_colleague = mails
        .iter()
        .find(|m| m.to() == [colleague_email.clone()])
        .unwrap();
    assert_eq!(
        to_colleague.header("message-id"),
        Some(format!("<{id}@test.example>").as_str())
    );
    // read: once, the first instant kept
    let path = format!("/api/v1/me/notifications/{id}/read");
    let read = app.post(&path, Some(&colleague), json!({})).await;
    let first = read.ok(200)["read_at"].clone();
    assert!(first.is_string());
    app.set_time(app.clock_now() + chrono::Duration::minutes(5));
    let again = app.post(&path, Some(&colleague), json!({})).await;
    assert_eq!(again.ok(200)["read_at"], first);
    assert_eq!(inbox(&app, &colleague).await["unread"], 1);

    // delivered once: nothing is due any more
    assert_eq!(worker.drain().await.unwrap().sent, 0);
    assert_eq!(smtp.received().len(), 3);
}

#[tokio::test]
async fn the_inbox_holds_only_the_readers_own_messages_and_those_of_its_organisations() {
    let (app, call, genk) = open_call_and_member(call_with_form("INBOX")).await;
    let aalst = app.with_member("Stad Aalst", 2).await;
    let colleague = app.applicant().await;
    genk.add_member(&colleague).await;
    call.submitted_by(&genk).await;
    call.submitted_by(&aalst).await;

    let of_genk = inbox(&app, &genk.token).await;
    assert_eq!(of_genk["total"], 1, "{of_genk}");
    assert_eq!(of_genk["items"][0]["organisation_id"], genk.org.as_str());
    let of_aalst = inbox(&app, &aalst.token).await;
    assert_eq!(of_aalst["total"], 1);
    let aalst_message = of_aalst["items"][0]["id"].as_str().unwrap().to_owned();
    // another organisation's message cannot be read or marked
    let res = app
        .post(
            &format!("/api/v1/me/notifications/{aalst_message}/read"),
            Some(&genk.token),
            json!({}),
        )
        .await;
    res.problem(404);
    // staff have their own inbox, not the applicants'
    let admin = app.login(Role::Admin).await;
    assert_eq!(inbox(&app, &admin).await["total"], 0);

    // a member who leaves no longer reads the organisation's messages (but keeps its own:
    // the invitation it had)
    let before = inbox(&app, &colleague).await;
    assert_eq!(before["total"], 2, "{before}");
    let me = app.get("/api/v1/me", Some(&colleague)).await;
    let colleague_id = me.ok(200)["id"].as_str().unwrap().to_owned();
    let left = app
        .request(
            reqwest::Method::DELETE,
            &format!("/api/v1/organisations/{}/members/{colleague_id}", genk.org),
            Some(&colleague),
            None,
        )
        .await;
    assert_eq!(left.status.as_u16(), 204, "{}", left.text);
    let after = inbox(&app, &colleague).await;
    assert_eq!(after["total"], 1, "{after}");
    assert_eq!(after["items"][0]["kind"], "invitation");

    // unread first, then the newest first; paginated
    app.set_time(app.clock_now() + chrono::Duration::minutes(1));
    let second = call.complete_draft_by(&genk).await;
    second.submit().await.ok(201);
    let listed = inbox(&app, &genk.token).await;
    assert_eq!(listed["total"], 2);
    let items = listed["items"].as_array().unwrap();
    let oldest = items[1]["id"].as_str().unwrap();
    app.post(
        &format!("/api/v1/me/notifications/{oldest}/read"),
        Some(&genk.token),
        json!({}),
    )
    .await
    .ok(200);
    let newest = items[0]["id"].as_str().unwrap();
    app.post(
        &format!("/api/v1/me/notifications/{newest}/read"),
        Some(&genk.token),
        json!({}),
    )
    .await
    .ok(200);
    let third = call.complete_draft_by(&genk).await;
    third.submit().await.ok(201);
    let listed = inbox(&app, &genk.token).await;
    let order: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(order.len(), 3);
    assert_eq!(&order[1..], [newest, oldest], "unread first: {listed}");
    assert!(listed["items"][0]["read_at"].is_null());
    let page = app
        .get(
            "/api/v1/me/notifications?per_page=1&page=2",
            Some(&genk.token),
        )
        .await;
    assert_eq!(page.ok(200)["items"][0]["id"], newest);
    app.get("/api/v1/me/notifications?per_page=0", Some(&genk.token))
        .await
        .problem(422);
    app.get("/api/v1/me/notifications", None).await.problem(401);
}

#[tokio::test]
async fn a_password_reset_code_travels_by_mail_and_is_not_repeated_in_the_inbox() {
    let app = spawn_app().await;
    let token = app.applicant().await;
    let me = app.get("/api/v1/me", Some(&token)).await;
    let email = me.ok(200)["email"].as_str().unwrap().to_owned();
    set_language(&app, &token, "en").await;
    let res = app
        .post(
            "/api/v1/auth/password-reset",
            None,
            json!({ "email": email }),
        )
        .await;
    assert!(res.status.is_success(), "{}", res.text);

    let smtp = SmtpSink::start();
    app.delivery_worker(&smtp, settings(3))
        .drain()
        .await
        .unwrap();
    let mails = smtp.received();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].subject(), "Reset your password");
    let code = {
        let c = app.db.conn().expect("conn");
        drop(c);
        let (db, email) = (app.db.clone(), email.clone());
        tokio::task::spawn_blocking(move || {
            let mut c = db.conn().expect("conn");
            let user = grantdesk_persistence::users::find_by_email(&mut c, &email)
                .unwrap()
                .unwrap();
            grantdesk_persistence::notifications::of_user(&mut c, user.id).unwrap()[0].payload
                ["token"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .await
        .unwrap()
    };
    assert!(mails[0].text().contains(&code));
    let listed = inbox(&app, &token).await;
    let entry = &listed["items"][0];
    assert_eq!(entry["kind"], "password_reset");
    assert!(entry["facts"].get("token").is_none(), "{entry}");
    assert!(!listed.to_string().contains(&code), "{listed}");
}

#[tokio::test]
async fn a_relay_that_refuses_is_retried_with_back_off_then_parked_until_an_admin_retries() {
    let (app, call, genk) = open_call_and_member(call_with_form("RETRY")).await;
    call.submitted_by(&genk).await;
    let admin = app.login(Role::Admin).await;
    // with no relay nothing is sent: the message waits, pending, readable in the inbox
    let pending = app
        .get("/api/v1/deliveries?status=pending", Some(&admin))
        .await;
    assert_eq!(pending.ok(200)["total"], 1);

    let refusing = SmtpSink::start_with(SinkOptions {
        fail_first: 1000,
        hold: None,
    });
    let worker = app.delivery_worker(&refusing, settings(3));
    let first = worker.drain().await.unwrap();
    assert_eq!((first.sent, first.failed, first.parked), (0, 1, 0));
    let listed = app
        .get("/api/v1/deliveries?status=pending", Some(&admin))
        .await;
    let item = listed.ok(200)["items"][0].clone();
    assert_eq!(item["attempts"], 1);
    assert!(
        item["last_error"].as_str().unwrap().contains("451"),
        "{item}"
    );
    let next: DateTime<Utc> = item["next_attempt_at"].as_str().unwrap().parse().unwrap();
    let now = app.clock_now();
    assert!(
        next >= now && next <= now + chrono::Duration::seconds(10),
        "{next} within the first back-off of 10 s from {now}"
    );
    // not due before its time (the clock stands still)
    if next > now {
        assert_eq!(worker.drain().await.unwrap(), Default::default());
    }
    // the second attempt, and the third, the last: parked
    app.set_time(now + chrono::Duration::seconds(11));
    let second = worker.drain().await.unwrap();
    assert_eq!((second.failed, second.parked), (1, 0));
    app.set_time(now + chrono::Duration::seconds(40));
    let third = worker.drain().await.unwrap();
    assert_eq!((third.failed, third.parked), (0, 1));
    app.set_time(now + chrono::Duration::days(1));
    assert_eq!(worker.drain().await.unwrap(), Default::default(), "parked");
    let failed = app
        .get("/api/v1/deliveries?status=failed", Some(&admin))
        .await;
    let failed = failed.ok(200).clone();
    assert_eq!(failed["total"], 1);
    let parked = &failed["items"][0];
    assert_eq!(parked["attempts"], 3);
    assert_eq!(parked["status"], "failed");
    assert!(parked["next_attempt_at"].is_null());
    assert!(
        parked.get("text").is_none(),
        "staff see the delivery, not the letter"
    );
    let id = parked["id"].as_str().unwrap().to_owned();
    // failed is the default listing; the status is checked
    assert_eq!(
        app.get("/api/v1/deliveries", Some(&admin)).await.ok(200)["total"],
        1
    );
    app.get("/api/v1/deliveries?status=lost", Some(&admin))
        .await
        .problem(422);

    // only admins see and retry the queue
    app.get("/api/v1/deliveries", Some(&genk.token))
        .await
        .problem(403);
    let retry = format!("/api/v1/deliveries/{id}/retry");
    app.post(&retry, Some(&genk.token), json!({}))
        .await
        .problem(403);
    let retried = app.post(&retry, Some(&admin), json!({})).await;
    let retried = retried.ok(200);
    assert_eq!(retried["status"], "pending");
    assert_eq!(retried["attempts"], 0);
    // a message that is not parked is not retried
    app.post(&retry, Some(&admin), json!({})).await.problem(409);
    app.post(
        &format!("/api/v1/deliveries/{}/retry", uuid::Uuid::new_v4()),
        Some(&admin),
        json!({}),
    )
    .await
    .problem(404);
    let audited = app
        .get(
            &format!("/api/v1/audit?action=notification.retry&target_id={id}"),
            Some(&admin),
        )
        .await;
    assert_eq!(audited.ok(200)["total"], 1);

    // the relay works again: delivered once
    let working = SmtpSink::start();
    let done = app
        .delivery_worker(&working, settings(3))
        .drain()
        .await
        .unwrap();
    assert_eq!(done.sent, 1);
    assert_eq!(working.received().len(), 1);
    let sent = app
        .get("/api/v1/deliveries?status=sent", Some(&admin))
        .await;
    assert!(sent.ok(200)["items"][0]["sent_at"].is_string());
}

#[tokio::test]
async fn two_workers_at_once_send_each_message_once() {
    let (app, call, genk) = open_call_and_member(call_with_form("LEASE")).await;
    for _ in 0..4 {
        let c = app.applicant().await;
        genk.add_member(&c).await;
    }
    // five members, four submissions: twenty receipts, and four invitations
    for _ in 0..4 {
        call.submitted_by(&genk).await;
    }
    let smtp = SmtpSink::start();
    let (a, b) = (
        app.delivery_worker(&smtp, settings(3)),
        app.delivery_worker(&smtp, settings(3)),
    );
    let (x, y) = tokio::join!(a.drain(), b.drain());
    let (x, y) = (x.unwrap(), y.unwrap());
    assert_eq!(x.sent + y.sent, 24, "{x:?} {y:?}");
    assert_eq!(x.lost_leases + y.lost_leases, 0);
    let mails = smtp.wait_for(24, Duration::from_secs(5)).await;
    assert_eq!(mails.len(), 24);
    let mut ids: Vec<&str> = mails
        .iter()
        .map(|m| m.header("message-id").unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 24, "every message once");
}

#[tokio::test]
async fn the_language_is_one_of_three_and_the_default_is_dutch() {
    let app = spawn_app().await;
    let token = app.applicant().await;
    for bad in [
        json!({"language": "de"}),
        json!({"language": ""}),
        json!({}),
    ] {
        let res = app.put("/api/v1/me/language", Some(&token), bad).await;
        res.problem(422);
    }
    set_language(&app, &token, "en").await;
    set_language(&app, &token, "nl").await;
    app.put("/api/v1/me/language", None, json!({"language": "fr"}))
        .await
        .problem(401);
}

/// The server's own worker delivers, and a crash between sending a message and recording it as
/// sent loses nothing: when the dead worker's lease ends, the next server sends the message
/// again under the same Message-ID, and records it.
#[tokio::test]
async fn a_server_killed_mid_delivery_loses_nothing_and_repeats_under_the_same_id() {
    let (app, call, genk) = open_call_and_member(call_with_form("CRASH")).await;
    call.submitted_by(&genk).await;
    // the relay writes the message, then takes 3 s to say 250: long enough to kill the sender
    let smtp = SmtpSink::start_with(SinkOptions {
        fail_first: 0,
        hold: Some(Duration::from_secs(3)),
    });
    let env = [
        ("GRANTDESK_SMTP_URL", smtp.url()),
        ("GRANTDESK_MAIL_FROM", MAIL_FROM.to_owned()),
        ("GRANTDESK_DELIVERY_LEASE_SECONDS", "5".to_owned()),
        ("GRANTDESK_DELIVERY_INTERVAL_MS", "100".to_owned()),
    ];
    let mut first = app.spawn_process_with(&env).await;
    let received = smtp.wait_for(1, Duration::from_secs(20)).await;
    assert_eq!(received.len(), 1, "the server's worker sends by itself");
    first.kill();
    let admin = app.login(Role::Admin).await;
    let pending = app
        .get("/api/v1/deliveries?status=pending", Some(&admin))
        .await;
    assert_eq!(pending.ok(200)["total"], 1, "not recorded as sent");

    let _second = app.spawn_process_with(&env).await;
    let received = smtp.wait_for(2, Duration::from_secs(30)).await;
    assert_eq!(received.len(), 2, "sent again after the lease ended");
    let ids: Vec<_> = received.iter().map(|m| m.header("message-id")).collect();
    assert_eq!(ids[0], ids[1], "under the same Message-ID");
    assert_eq!(received[0].text(), received[1].text());
    // and recorded this time
    let mut sent = Value::Null;
    for _ in 0..100 {
        sent = app
            .get("/api/v1/deliveries?status=sent", Some(&admin))
            .await
            .ok(200)
            .clone();
        if sent["total"] == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(sent["total"], 1, "{sent}");
    assert_eq!(sent["items"][0]["attempts"], 1);
    assert_eq!(
        app.get("/api/v1/deliveries?status=pending", Some(&admin))
            .await
            .ok(200)["total"],
        0
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(smtp.received().len(), 2, "and not a third time");
}

/// The inbox kinds of `token`'s messages, newest first, with their facts.
async fn kinds(app: &TestApp, token: &str) -> Vec<(String, Value)> {
    inbox(app, token).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["kind"].as_str().unwrap().to_owned(), n["facts"].clone()))
        .collect()
}

#[tokio::test]
async fn a_published_answer_is_told_to_every_organisation_with_an_application_in_the_call() {
    let (app, call, genk) = open_call_and_member(call_with_form("QA")).await;
    let hasselt = app.with_member("Stad Hasselt", 2).await;
    let leuven = app.with_member("Stad Leuven", 3).await;
    call.complete_draft_by(&genk).await;
    let withdrawn = call.submitted_by(&leuven).await.0;
    withdrawn.withdraw().await.ok(200);
    let asked = call.ask(&hasselt.token, "Mag een OCMW indienen?").await;
    let question = asked.ok(201)["id"].as_str().unwrap().to_owned();

    // an answer kept unpublished tells nobody
    call.answer(&question, json!({"answer": "Nog niet.", "publish": false}))
        .await
        .ok(200);
    assert!(!kinds(&app, &genk.token)
        .await
        .iter()
        .any(|(k, _)| k == "question_answered"));

    call.answer(
        &question,
        json!({"answer": "Ja, als lokaal bestuur.", "publish": true}),
    )
    .await
    .ok(200);
    let told = kinds(&app, &genk.token).await;
    let (_, facts) = told
        .iter()
        .find(|(k, _)| k == "question_answered")
        .expect("the organisation with a draft is told");
    assert_eq!(facts["answer"], "Ja, als lokaal bestuur.");
    assert_eq!(facts["question"], "Mag een OCMW indienen?");
    // not an organisation without an application here, nor one that withdrew
    for token in [&hasselt.token, &leuven.token] {
        assert!(!kinds(&app, token)
            .await
            .iter()
            .any(|(k, _)| k == "question_answered"));
    }
    // the same answer published again is no news
    call.answer(
        &question,
        json!({"answer": "Ja, als lokaal bestuur.", "publish": true}),
    )
    .await
    .ok(200);
    let count = |told: &[(String, Value)]| {
        told.iter()
            .filter(|(k, _)| k == "question_answered")
            .count()
    };
    assert_eq!(count(&kinds(&app, &genk.token).await), 1);
}

#[tokio::test]
async fn a_payment_is_told_to_the_grants_organisation() {
    let s = call_in_assessment(applications(1).requesting("48000.01").all_eligible()).await;
    s.decide(&s.apps[0], selected("48000.01", "Sterk"))
        .await
        .ok(201);
    s.finalise_and_accept().await;
    let (app, grant) = (&s.app, &s.apps[0]);
    app.set_time(brussels(2024, 11, 1, 9, 0, 0));
    app.post(
        "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits",
        Some(&s.finance),
        json!({"transfer_id": uuid::Uuid::new_v4(), "credit_type": "VEK",
               "amount": "750000.00", "reference": "VEK 2023"}),
    )
    .await
    .ok(201);
    // finance's system subscribes to payments (an admin registers it; nothing is sent here)
    let hook = app
        .post(
            "/api/v1/webhooks",
            Some(&s.admin),
            json!({"url": "https://boekhouding.example.be/hooks", "event_types": ["payment.made"]}),
        )
        .await;
    let hook = hook.ok(201)["endpoint"]["id"].as_str().unwrap().to_owned();
    let transfer = uuid::Uuid::new_v4();
    app.post(
        &format!("/api/v1/grants/{grant}/payments"),
        Some(&s.finance),
        json!({"transfer_id": transfer, "tranche": 1}),
    )
    .await
    .ok(201);
    let queued = app
        .get(
            &format!("/api/v1/webhooks/{hook}/deliveries"),
            Some(&s.admin),
        )
        .await;
    let event = &queued.ok(200)["items"][0];
    assert_eq!(event["event_type"], "payment.made");
    assert_eq!(event["status"], "pending");
    assert_eq!(event["payload"]["data"]["amount"], "28800.00");
    assert_eq!(
        event["payload"]["data"]["transfer_id"],
        transfer.to_string()
    );
    assert_eq!(event["payload"]["data"]["grant_id"], grant.as_str());
    let told = kinds(app, &s.applicant).await;
    let (_, facts) = told
        .iter()
        .find(|(k, _)| k == "payment_made")
        .expect("the payment is told");
    assert_eq!(facts["amount"], "28800.00");
    assert_eq!(facts["tranche"], 1);
    assert_eq!(facts["paid_on"], "2024-11-01");
    let listed = inbox(app, &s.applicant).await;
    let entry = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "payment_made")
        .unwrap()
        .clone();
    // written in the reader's language (Dutch by default) from the exact amount
    assert!(
        entry["text"].as_str().unwrap().contains("€ 28.800,00"),
        "{entry}"
    );
}

#[tokio::test]
async fn a_servers_worker_waits_while_requests_are_in_flight_and_delivers_when_they_are_answered() {
    use std::io::Write;
    let (app, call, genk) = open_call_and_member(call_with_form("YIELD")).await;
    let smtp = SmtpSink::start();
    let env = [
        ("GRANTDESK_SMTP_URL", smtp.url()),
        ("GRANTDESK_MAIL_FROM", MAIL_FROM.to_owned()),
        ("GRANTDESK_DELIVERY_INTERVAL_MS", "50".to_owned()),
        ("GRANTDESK_DELIVERY_YIELD_ABOVE", "1".to_owned()),
        ("GRANTDESK_DELIVERY_MAX_DEFER_SECONDS", "30".to_owned()),
        // the held request stays in flight for as long as its body may take
        ("GRANTDESK_JSON_BODY_TIMEOUT_SECONDS", "60".to_owned()),
    ];
    let server = app.spawn_process_with(&env).await;
    // a request in flight on that server: its headers are in, its body never comes
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut held = std::net::TcpStream::connect(&address).expect("connect");
    write!(
        held,
        "POST /api/v1/auth/signup HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{"
    )
    .unwrap();
    held.flush().unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    // (the organisation's verification, due from before, may have gone out before the hold)
    let before = smtp.received().len();
    // a receipt becomes due (written by this test's server, sent by that one)
    call.submitted_by(&genk).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        smtp.received().len(),
        before,
        "nothing is sent while a request is in flight: {:?}",
        smtp.received()
    );
    drop(held);
    let received = smtp.wait_for(before + 1, Duration::from_secs(10)).await;
    assert!(
        received.iter().any(|m| m.subject().contains("YIELD")),
        "sent once the request is over: {received:?}"
    );
}

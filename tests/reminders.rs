//! Reminders (issue #13): organisations with an unsubmitted draft are reminded at configured
//! offsets before the call's deadline, and a grant's organisation once its final report is due;
//! each once, whichever process runs the job (every server does), never to a member who turned
//! reminders off, by mail with a one-click unsubscribe link (RFC 8058).

mod common;

use std::time::Duration;

use common::scenario::deadline;
use common::smtp::SmtpSink;
use common::*;
use grantdesk_api::notify::reminders::Reminded;
use grantdesk_api::notify::worker::DeliverySettings;
use serde_json::{json, Value};

fn delivery() -> DeliverySettings {
    test_delivery(3, 10)
}

/// The messages of `kind` in the holder of `token`'s inbox, newest first.
async fn inbox_of_kind(app: &TestApp, base: &str, token: &str, kind: &str) -> Vec<Value> {
    let res = app
        .client
        .get(format!("{base}/api/v1/me/notifications?per_page=100"))
        .bearer_auth(token)
        .send()
        .await
        .expect("inbox");
    let page = TestApp::read(res).await;
    page.ok(200)["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|m| m["kind"] == kind)
        .cloned()
        .collect()
}

async fn reminders_in_inbox(app: &TestApp, token: &str) -> Vec<Value> {
    inbox_of_kind(app, &app.base, token, "deadline_reminder").await
}

fn reminded(deadlines: usize, final_reports: usize, messages: usize) -> Reminded {
    Reminded {
        deadlines,
        final_reports,
        messages,
    }
}

#[tokio::test]
async fn a_draft_is_reminded_at_each_offset_once_in_each_members_language_with_a_one_click_unsubscribe(
) {
    let (app, call, genk) = open_call_and_member(call_with_form("HERINNERING")).await;
    let colleague = app.applicant().await;
    genk.add_member(&colleague).await;
    let res = app
        .put(
            "/api/v1/me/language",
            Some(&colleague),
            json!({"language": "en"}),
        )
        .await;
    res.ok(200);
    // a member who wants no reminders
    let quiet = app.applicant().await;
    genk.add_member(&quiet).await;
    assert_eq!(
        app.get("/api/v1/me/reminders", Some(&quiet)).await.ok(200)["enabled"],
        true,
        "on unless turned off"
    );
    let off = app
        .put(
            "/api/v1/me/reminders",
            Some(&quiet),
            json!({"enabled": false}),
        )
        .await;
    assert_eq!(off.ok(200)["enabled"], false);
    assert_eq!(
        app.get("/api/v1/me/reminders", Some(&quiet)).await.ok(200)["enabled"],
        false
    );
    for bad in [
        json!({"enabled": "no"}),
        json!({}),
        json!({"enabled": true, "x": 1}),
    ] {
        app.put("/api/v1/me/reminders", Some(&quiet), bad)
            .await
            .problem(422);
    }
    // Genk keeps a draft; Leuven submits before any reminder is due
    let draft = call.complete_draft_by(&genk).await;
    let leuven = app.with_member("Stad Leuven", 2).await;
    call.submitted_by(&leuven).await;

    let job = app.reminder_job("7d,1d");
    assert_eq!(
        job.run_once().await.unwrap(),
        Reminded::default(),
        "a month before"
    );

    // a week before: Genk's two members who want reminders, once
    app.set_time(deadline() - chrono::Duration::days(7));
    assert_eq!(job.run_once().await.unwrap(), reminded(1, 0, 2));
    assert_eq!(job.run_once().await.unwrap(), Reminded::default());
    app.set_time(deadline() - chrono::Duration::days(6));
    assert_eq!(job.run_once().await.unwrap(), Reminded::default());
    let to_colleague = reminders_in_inbox(&app, &colleague).await;
    assert_eq!(to_colleague.len(), 1);
    let subject = to_colleague[0]["subject"].as_str().unwrap();
    assert_eq!(
        subject,
        "Reminder: the call HERINNERING closes on 31 August 2023 at 10:00:00 CEST"
    );
    assert_eq!(to_colleague[0]["facts"]["application"]["id"], draft.id);
    assert_eq!(to_colleague[0]["facts"]["offset_seconds"], 7 * 86_400);
    let to_genk = reminders_in_inbox(&app, &genk.token).await;
    assert!(
        to_genk[0]["subject"].as_str().unwrap().starts_with(
            "Herinnering: de oproep HERINNERING sluit op 31 augustus 2023 om 10:00:00"
        ),
        "{}",
        to_genk[0]["subject"]
    );
    assert!(reminders_in_inbox(&app, &quiet).await.is_empty());
    assert!(reminders_in_inbox(&app, &leuven.token).await.is_empty());

    // by mail: with a Message-ID, and a one-click unsubscribe link for its reader
    let smtp = SmtpSink::start();
    app.delivery_worker(&smtp, delivery())
        .drain()
        .await
        .expect("delivered");
    let colleague_email = app.email_of(&colleague).await;
    let mails: Vec<_> = smtp
        .received()
        .into_iter()
        .filter(|m| m.subject().starts_with("Reminder") || m.subject().starts_with("Herinnering"))
        .collect();
    assert_eq!(mails.len(), 2, "{mails:?}");
    let mail = mails
        .iter()
        .find(|m| m.to() == [colleague_email.clone()])
        .expect("the colleague's reminder");
    assert!(mail.header("message-id").is_some());
    assert_eq!(
        mail.header("list-unsubscribe-post"),
        Some("List-Unsubscribe=One-Click")
    );
    let link = mail.header("list-unsubscribe").expect("List-Unsubscribe");
    let url = link
        .strip_prefix('<')
        .and_then(|l| l.strip_suffix('>'))
        .unwrap_or_else(|| panic!("one link in angle brackets: {link}"));
    assert!(
        url.starts_with(&format!("{}/api/v1/unsubscribe?token=", app.base)),
        "{url}"
    );
    assert!(
        mail.text().contains("PUT /api/v1/me/reminders"),
        "{}",
        mail.text()
    );
    // (the HTML escapes the slashes)
    assert!(mail
        .html()
        .replace("&#x2f;", "/")
        .contains("PUT /api/v1/me/reminders"));
    // the other mails (the receipt, the invitations) carry no unsubscribe link
    assert!(smtp
        .received()
        .iter()
        .filter(|m| !mails.iter().any(|r| r.0 == m.0))
        .all(|m| m.header("list-unsubscribe").is_none()));

    // a changed link is refused on its field; the mail program's one-click POST works
    let (front, token) = url.split_once("token=").unwrap();
    let tampered = format!("{front}token={}x", token);
    let refused = app.client.post(&tampered).send().await.unwrap();
    let refused = TestApp::read(refused).await;
    assert!(refused.problem(422)["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["field"] == "token"));
    let one_click = app
        .client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    let one_click = TestApp::read(one_click).await;
    assert_eq!(one_click.ok(200)["enabled"], false);
    assert_eq!(
        app.get("/api/v1/me/reminders", Some(&colleague))
            .await
            .ok(200)["enabled"],
        false
    );
    // twice is the same
    let again = TestApp::read(app.client.post(url).send().await.unwrap()).await;
    assert_eq!(again.ok(200)["enabled"], false);

    // a day before: only the representative still wants them
    app.set_time(deadline() - chrono::Duration::days(1));
    assert_eq!(job.run_once().await.unwrap(), reminded(1, 0, 1));
    assert_eq!(reminders_in_inbox(&app, &genk.token).await.len(), 2);
    assert_eq!(reminders_in_inbox(&app, &colleague).await.len(), 1);
    // at the deadline, nothing: the draft can no longer be submitted
    app.set_time(deadline());
    assert_eq!(job.run_once().await.unwrap(), Reminded::default());

    // turned on again by the member; the change is audited, each time by its owner
    let on = app
        .put(
            "/api/v1/me/reminders",
            Some(&colleague),
            json!({"enabled": true}),
        )
        .await;
    assert_eq!(on.ok(200)["enabled"], true);
    let admin = app.login(grantdesk_api::auth::Role::Admin).await;
    let audit = app
        .get(
            "/api/v1/audit?action=user.set_reminders&per_page=100",
            Some(&admin),
        )
        .await;
    let entries = audit.ok(200)["items"].as_array().unwrap().clone();
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert!(entries
        .iter()
        .any(|e| e["after"]["by"] == "unsubscribe link" && e["after"]["reminders"] == false));
}

#[tokio::test]
async fn a_draft_first_seen_the_evening_before_gets_one_reminder_and_a_moved_deadline_another() {
    let (app, call, genk) = open_call_and_member(call_with_form("LAAT")).await;
    call.complete_draft_by(&genk).await;
    let job = app.reminder_job("7d,1d");
    app.set_time(deadline() - chrono::Duration::hours(2));
    // the week's reminder was missed (no server ran): only the nearest is sent
    assert_eq!(job.run_once().await.unwrap(), reminded(1, 0, 1));
    let sent = reminders_in_inbox(&app, &genk.token).await;
    assert_eq!(sent[0]["facts"]["offset_seconds"], 86_400);
    app.set_time(deadline() - chrono::Duration::hours(1));
    assert_eq!(job.run_once().await.unwrap(), Reminded::default());

    // the deadline moves a week later: reminded of the new one at its own offsets
    app.post(
        &format!("{}/deadline-extensions", call.path()),
        Some(&call.admin),
        json!({"deadline": "2023-09-07T10:00", "reason": "storing in het e-loket"}),
    )
    .await
    .ok(201);
    assert_eq!(
        job.run_once().await.unwrap(),
        Reminded::default(),
        "7 days and 1 hour before"
    );
    app.set_time(deadline());
    assert_eq!(
        job.run_once().await.unwrap(),
        reminded(1, 0, 1),
        "a week before the new one"
    );
    let sent = reminders_in_inbox(&app, &genk.token).await;
    assert_eq!(sent.len(), 2);
    assert!(sent[0]["subject"]
        .as_str()
        .unwrap()
        .contains("7 september 2023 om 10:00:00"));

    // no offsets configured: no deadline reminders
    app.set_time(deadline() + chrono::Duration::days(6) + chrono::Duration::hours(12));
    assert_eq!(
        app.reminder_job("").run_once().await.unwrap(),
        Reminded::default()
    );
}

#[tokio::test]
async fn several_jobs_at_once_write_each_reminder_once() {
    let (app, call, genk) = open_call_and_member(call_with_form("SAMEN")).await;
    let mut members = vec![genk];
    for n in 2..=6 {
        members.push(app.with_member(&format!("Gemeente {n}"), n).await);
    }
    for member in &members {
        call.complete_draft_by(member).await;
    }
    app.set_time(deadline() - chrono::Duration::hours(20));
    let jobs: Vec<_> = (0..4).map(|_| app.reminder_job("7d,1d")).collect();
    let runs = futures::future::join_all(jobs.iter().map(|j| j.run_once())).await;
    let total = runs
        .into_iter()
        .map(|r| r.expect("ran"))
        .fold(Reminded::default(), |a, r| {
            reminded(
                a.deadlines + r.deadlines,
                a.final_reports + r.final_reports,
                a.messages + r.messages,
            )
        });
    assert_eq!(total, reminded(6, 0, 6), "one each, whoever wrote it");
    for member in &members {
        assert_eq!(reminders_in_inbox(&app, &member.token).await.len(), 1);
    }
}

#[tokio::test]
async fn two_server_processes_tell_a_grants_organisation_once_that_its_final_report_is_due() {
    use common::scenario::{applications, call_in_assessment, selected};
    let s = call_in_assessment(applications(2).requesting("30000.00").all_eligible()).await;
    for id in &s.apps {
        s.decide(id, selected("30000.00", "Sterk")).await.ok(201);
    }
    s.finalise_and_accept().await;
    let app = &s.app;
    // the second grant's report is in before its period ends (1 November 2024 to 31 October
    // 2025)
    app.set_time(brussels(2024, 11, 15, 9, 0, 0));
    app.post_form(
        &format!("/api/v1/grants/{}/final-reports", s.apps[1]),
        &s.applicant,
        &[("spent", "29000.00")],
        ("eindverslag.pdf", TINY_PDF.to_vec()),
    )
    .await
    .ok(201);
    // both grants end on 31 October 2025: not due on that day, due from the next
    let job = app.reminder_job("7d,1d");
    app.set_time(brussels(2025, 10, 31, 23, 59, 59));
    assert_eq!(job.run_once().await.unwrap(), Reminded::default());

    // two real servers (the real clock: a year past the end) look every second
    let env = [("GRANTDESK_REMINDER_INTERVAL_SECONDS", "1".to_owned())];
    let first = app.spawn_process_with(&env).await;
    let second = app.spawn_process_with(&env).await;
    let token = app.real_time_token(&s.applicant);
    let mut told = Vec::new();
    for _ in 0..100 {
        told = inbox_of_kind(app, &first.base, &token, "final_report_due").await;
        if !told.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(told.len(), 1, "the grant without a report");
    // both servers keep looking: still one
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let told = inbox_of_kind(app, &second.base, &token, "final_report_due").await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0]["facts"]["grant_id"], s.apps[0]);
    assert_eq!(told[0]["facts"]["end_date"], "2025-10-31");
    assert!(
        told[0]["subject"]
            .as_str()
            .unwrap()
            .starts_with("Het eindrapport van uw subsidie in de oproep"),
        "{}",
        told[0]["subject"]
    );
    assert!(told[0]["text"].as_str().unwrap().contains("31/10/2025"));
    drop((first, second));
    // and the job in this process finds nothing left to do
    app.set_time(brussels(2025, 11, 1, 0, 0, 1));
    assert_eq!(job.run_once().await.unwrap(), Reminded::default());
}

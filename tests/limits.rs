//! Abuse limits (#12 item 5): token requests, sign-ups, password resets, questions and uploads
//! are throttled per account (or email address asked for) and per client address, with a 429
//! problem+json and `Retry-After`; the window passes and requests pass again; off, nothing is
//! throttled.
//!
//! Every request here comes from 127.0.0.1, so each test turns on only the limits it shows
//! (one per account or email, one per address) and leaves the others off. The limiters read the
//! server's clock, which stands still until a test moves it.

mod common;

use common::*;
use grantdesk_api::limits::{Limit, Rate, RateLimitSettings};
use serde_json::{json, Value};
use uuid::Uuid;

/// Only these limits, each at its rate.
fn only(limits: &[(Limit, u32, u64)]) -> RateLimitSettings {
    limits.iter().fold(
        RateLimitSettings::all(None),
        |s, &(limit, count, seconds)| {
            s.with(limit, Some(Rate::new(count, seconds).expect("a rate")))
        },
    )
}

async fn spawn_with(limits: RateLimitSettings) -> TestApp {
    spawn_app_limited(default_start(), limits).await
}

/// An answer with its `Retry-After` header.
struct Answer {
    res: Res,
    retry_after: Option<String>,
}

impl Answer {
    async fn of(res: reqwest::Response) -> Answer {
        let retry_after = res
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().expect("ascii").to_owned());
        Answer {
            res: TestApp::read(res).await,
            retry_after,
        }
    }

    /// Asserts a 429 problem whose detail names what is limited; returns its Retry-After.
    #[track_caller]
    fn throttled(&self, what: &str) -> u64 {
        let problem = self.res.problem(429);
        assert_eq!(problem["type"], "/problems/too-many-requests", "{problem}");
        assert_eq!(problem["title"], "Too many requests", "{problem}");
        let detail = problem["detail"].as_str().expect("detail");
        assert!(detail.contains(what), "{detail}");
        let seconds: u64 = self
            .retry_after
            .as_deref()
            .expect("a Retry-After header")
            .parse()
            .expect("Retry-After is whole seconds");
        assert!(seconds >= 1, "Retry-After {seconds}");
        assert!(
            detail.contains(&format!("try again in {seconds} s")),
            "the detail says when: {detail}"
        );
        seconds
    }

    #[track_caller]
    fn status(&self) -> u16 {
        self.res.status.as_u16()
    }
}

async fn post(app: &TestApp, path: &str, token: Option<&str>, body: Value) -> Answer {
    let mut req = app.client.post(format!("{}{path}", app.base)).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    Answer::of(req.send().await.expect("request")).await
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> Answer {
    let body = json!({"email": email, "password": password});
    post(app, "/api/v1/auth/token", None, body).await
}

async fn sign_up(app: &TestApp, email: &str) -> Answer {
    let body = json!({"email": email, "password": PASSWORD, "display_name": "Flood"});
    post(app, "/api/v1/auth/signup", None, body).await
}

async fn upload(app: &TestApp, token: &str, application: &str) -> Answer {
    let part = reqwest::multipart::Part::bytes(TINY_PDF.to_vec()).file_name("annex.pdf");
    let form = reqwest::multipart::Form::new()
        .text("kind", "annex")
        .part("file", part);
    let res = app
        .client
        .post(format!(
            "{}/api/v1/applications/{application}/attachments",
            app.base
        ))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    Answer::of(res).await
}

async fn ask(app: &TestApp, call: &OpenCall, token: &str, n: usize) -> Answer {
    let path = format!("{}/questions", call.path());
    post(
        app,
        &path,
        Some(token),
        json!({"question": format!("Vraag {n}?")}),
    )
    .await
}

const PASSWORD: &str = "a-long-flood-password";

fn email(who: &str) -> String {
    format!("{who}-{}@test.example", Uuid::new_v4().simple())
}

/// Signs up `who` (201 asserted); returns the email.
async fn account(app: &TestApp, who: &str) -> String {
    let email = email(who);
    assert_eq!(sign_up(app, &email).await.status(), 201);
    email
}

#[tokio::test]
async fn a_login_flood_is_refused_after_the_default_ten_even_with_the_right_password() {
    // it used to be 1,261 wrong passwords for one account in 20 s, all 401, never 429
    let app = spawn_with(RateLimitSettings::default()).await;
    let victim = account(&app, "victim").await;
    let mut answers = Vec::new();
    for _ in 0..25 {
        answers.push(sign_in(&app, &victim, "a-wrong-password").await);
    }
    let statuses: Vec<u16> = answers.iter().map(Answer::status).collect();
    assert_eq!(statuses[..10], [401; 10], "{statuses:?}");
    assert_eq!(statuses[10..], [429; 15], "{statuses:?}");
    // ten per minute: one comes back every 6 s
    assert_eq!(
        answers[10].throttled("sign-in attempts for this email address"),
        6
    );
    // the right password too, while the window lasts: the guesser learns nothing
    sign_in(&app, &victim, PASSWORD)
        .await
        .throttled("sign-in attempts for this email address");
    // the same email in another case is the same account
    sign_in(&app, &victim.to_uppercase(), PASSWORD)
        .await
        .throttled("sign-in attempts for this email address");
    // another account, from the same address, signs in
    let other = account(&app, "other").await;
    assert_eq!(sign_in(&app, &other, PASSWORD).await.status(), 200);

    // the window passes
    app.set_time(default_start() + chrono::Duration::seconds(60));
    let res = sign_in(&app, &victim, PASSWORD).await;
    assert_eq!(res.status(), 200, "{}", res.res.text);
}

#[tokio::test]
async fn an_unknown_email_is_throttled_alike_so_a_429_tells_nothing_of_an_account() {
    let app = spawn_with(only(&[(Limit::TokenPerAccount, 3, 60)])).await;
    let known = account(&app, "known").await;
    let unknown = email("nobody");
    let mut refusals = Vec::new();
    for email in [&known, &unknown] {
        for _ in 0..3 {
            assert_eq!(sign_in(&app, email, "wrong").await.status(), 401);
        }
        let refused = sign_in(&app, email, "wrong").await;
        refused.throttled("sign-in attempts for this email address");
        refusals.push((refused.res.body.clone(), refused.retry_after.clone()));
    }
    assert_eq!(refusals[0], refusals[1], "the same answer for both");
}

#[tokio::test]
async fn token_requests_are_limited_per_client_address_whichever_account_is_asked_for() {
    let app = spawn_with(only(&[(Limit::TokenPerAddress, 4, 60)])).await;
    let known = account(&app, "known").await;
    for n in 0..4 {
        let res = sign_in(&app, &email(&format!("guess{n}")), "wrong").await;
        assert_eq!(res.status(), 401);
    }
    let refused = sign_in(&app, &known, PASSWORD).await;
    assert_eq!(
        refused.throttled("sign-in attempts from your network address"),
        15,
        "four a minute: one comes back every 15 s"
    );
    app.set_time(default_start() + chrono::Duration::seconds(15));
    assert_eq!(sign_in(&app, &known, PASSWORD).await.status(), 200);
    assert_eq!(sign_in(&app, &known, PASSWORD).await.status(), 429);
}

#[tokio::test]
async fn a_signup_flood_is_refused_after_the_default_twenty_and_a_refused_one_stores_nothing() {
    // it used to be 100 sign-ups in 1.9 s
    let app = spawn_with(RateLimitSettings::default()).await;
    let mut created = 0;
    let mut refused = Vec::new();
    for n in 0..30 {
        let email = email(&format!("flood{n}"));
        let res = sign_up(&app, &email).await;
        match res.status() {
            201 => created += 1,
            429 => {
                // twenty an hour: one comes back every 180 s
                assert_eq!(res.throttled("sign-ups from your network address"), 180);
                refused.push(email);
            }
            other => panic!("{other}: {}", res.res.text),
        }
    }
    assert_eq!(created, 20);
    assert_eq!(refused.len(), 10);
    // nothing of a refused sign-up was stored: after the window the address is free
    app.set_time(default_start() + chrono::Duration::hours(1));
    assert_eq!(sign_up(&app, &refused[0]).await.status(), 201);
    assert_eq!(sign_in(&app, &refused[1], PASSWORD).await.status(), 401);
}

fn reset_messages(app: &TestApp, email: &str) -> usize {
    let mut c = app.db.conn().expect("conn");
    let user = grantdesk_persistence::users::find_by_email(&mut c, email)
        .unwrap()
        .expect("user");
    grantdesk_persistence::notifications::of_user(&mut c, user.id)
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "password_reset")
        .count()
}

#[tokio::test]
async fn password_reset_requests_are_limited_per_email_alike_for_unknown_and_known_ones() {
    let app = spawn_with(only(&[(Limit::ResetPerEmail, 3, 3600)])).await;
    let known = account(&app, "known").await;
    let unknown = email("nobody");
    let mut refusals = Vec::new();
    for email in [&known, &unknown] {
        for _ in 0..3 {
            let res = post(
                &app,
                "/api/v1/auth/password-reset",
                None,
                json!({ "email": email }),
            )
            .await;
            assert_eq!(res.status(), 202, "{}", res.res.text);
        }
        let refused = post(
            &app,
            "/api/v1/auth/password-reset",
            None,
            json!({ "email": email }),
        )
        .await;
        assert_eq!(
            refused.throttled("password reset requests for this email address"),
            1200
        );
        refusals.push((refused.res.body.clone(), refused.retry_after.clone()));
    }
    assert_eq!(refusals[0], refusals[1], "the same answer for both");
    assert_eq!(
        reset_messages(&app, &known),
        3,
        "the refused one wrote nothing"
    );
}

#[tokio::test]
async fn password_reset_requests_and_confirmations_are_limited_per_client_address() {
    let app = spawn_with(only(&[(Limit::ResetPerAddress, 3, 3600)])).await;
    let known = account(&app, "known").await;
    for n in 0..2 {
        let body = json!({ "email": email(&format!("guess{n}")) });
        let res = post(&app, "/api/v1/auth/password-reset", None, body).await;
        assert_eq!(res.status(), 202);
    }
    let confirm = json!({"token": "0".repeat(64), "new_password": "another-long-password"});
    let res = post(
        &app,
        "/api/v1/auth/password-reset/confirm",
        None,
        confirm.clone(),
    )
    .await;
    assert_eq!(res.status(), 422, "an unknown token: {}", res.res.text);
    post(&app, "/api/v1/auth/password-reset/confirm", None, confirm)
        .await
        .throttled("password reset requests from your network address");
    post(
        &app,
        "/api/v1/auth/password-reset",
        None,
        json!({ "email": known }),
    )
    .await
    .throttled("password reset requests from your network address");
    assert_eq!(reset_messages(&app, &known), 0);
}

#[tokio::test]
async fn a_question_flood_is_refused_after_the_default_twenty_per_account() {
    // it used to be 50 questions in 0.1 s
    let app = spawn_with(RateLimitSettings::default()).await;
    let call = app.with_opened_call(call_with_form("EXP23")).await;
    let asker = app.applicant().await;
    let mut statuses = Vec::new();
    let mut last = None;
    for n in 0..30 {
        let res = ask(&app, &call, &asker, n).await;
        statuses.push(res.status());
        last = Some(res);
    }
    assert_eq!(statuses[..20], [201; 20], "{statuses:?}");
    assert_eq!(statuses[20..], [429; 10], "{statuses:?}");
    assert_eq!(
        last.unwrap().throttled("questions from your account"),
        180,
        "twenty an hour: one comes back every 180 s"
    );
    let listed = app
        .get(&format!("{}/questions", call.path()), Some(&call.admin))
        .await;
    assert_eq!(
        listed.ok(200)["total"],
        20,
        "the refused ones are not stored"
    );
    // another applicant asks
    let other = app.applicant().await;
    assert_eq!(ask(&app, &call, &other, 0).await.status(), 201);
}

#[tokio::test]
async fn questions_are_limited_per_account_and_per_client_address_until_the_window_passes() {
    let app = spawn_with(only(&[
        (Limit::QuestionsPerAccount, 2, 60),
        (Limit::QuestionsPerAddress, 4, 60),
    ]))
    .await;
    let call = app.with_opened_call(call_with_form("EXP23")).await;
    let (ann, bob) = (app.applicant().await, app.applicant().await);
    for n in 0..2 {
        assert_eq!(ask(&app, &call, &ann, n).await.status(), 201);
    }
    // the address counts this one too (it is counted first)
    ask(&app, &call, &ann, 2)
        .await
        .throttled("questions from your account");
    assert_eq!(ask(&app, &call, &bob, 0).await.status(), 201);
    ask(&app, &call, &bob, 1)
        .await
        .throttled("questions from your network address");
    app.set_time(while_open() + chrono::Duration::seconds(60));
    assert_eq!(ask(&app, &call, &ann, 3).await.status(), 201);
    assert_eq!(ask(&app, &call, &bob, 2).await.status(), 201);
}

#[tokio::test]
async fn uploads_are_limited_per_account_and_per_client_address_before_the_body_is_read() {
    let app = spawn_with(only(&[
        (Limit::UploadsPerAccount, 3, 60),
        (Limit::UploadsPerAddress, 5, 60),
    ]))
    .await;
    let call = app.with_opened_call(call_with_form("EXP23")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let hasselt = app.with_member("Stad Hasselt", 2).await;
    let a = call.draft_lacking_the_form_by(&genk).await;
    let b = call.draft_lacking_the_form_by(&hasselt).await;
    for _ in 0..3 {
        assert_eq!(upload(&app, &a.token, &a.id).await.status(), 201);
    }
    let refused = upload(&app, &a.token, &a.id).await;
    assert_eq!(
        refused.throttled("uploads from your account"),
        20,
        "three a minute: one comes back every 20 s"
    );
    assert_eq!(upload(&app, &b.token, &b.id).await.status(), 201);
    upload(&app, &b.token, &b.id)
        .await
        .throttled("uploads from your network address");
    let draft = a.read().await;
    assert_eq!(
        draft.ok(200)["attachments"].as_array().unwrap().len(),
        3,
        "the refused upload stored nothing"
    );
    app.set_time(while_open() + chrono::Duration::seconds(60));
    assert_eq!(upload(&app, &a.token, &a.id).await.status(), 201);
}

#[tokio::test]
async fn with_the_limits_off_nothing_is_throttled() {
    let app = spawn_with(RateLimitSettings::off()).await;
    let call = app.with_opened_call(call_with_form("EXP23")).await;
    let victim = account(&app, "victim").await;
    for _ in 0..15 {
        assert_eq!(sign_in(&app, &victim, "wrong").await.status(), 401);
    }
    assert_eq!(sign_in(&app, &victim, PASSWORD).await.status(), 200);
    for n in 0..25 {
        assert_eq!(sign_up(&app, &email(&format!("s{n}"))).await.status(), 201);
    }
    let asker = app.applicant().await;
    for n in 0..25 {
        assert_eq!(ask(&app, &call, &asker, n).await.status(), 201);
    }
}

#[test]
fn the_throttled_operations_document_their_429() {
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("openapi.json"),
    )
    .expect("json");
    for path in [
        "/api/v1/auth/token",
        "/api/v1/auth/signup",
        "/api/v1/auth/password-reset",
        "/api/v1/auth/password-reset/confirm",
        "/api/v1/calls/{id}/questions",
        "/api/v1/applications/{id}/attachments",
        "/api/v1/grants/{id}/final-reports",
    ] {
        let problem = &doc["paths"][path]["post"]["responses"]["429"];
        assert_eq!(
            problem["content"]["application/problem+json"]["schema"]["$ref"],
            "#/components/schemas/Problem",
            "{path}"
        );
    }
}

//! Accounts that can be stopped at once (issue #12): every authenticated request checks the
//! account (enabled, role, version, not signed out); admins disable, enable and change staff
//! roles; sign-out, password change and a one-time password reset.

mod common;

use common::*;
use grantdesk_api::auth::{JwtKeys, Role};
use serde_json::{json, Value};
use uuid::Uuid;

/// A user made over the API by the admin; returns (id, email, password, token).
async fn staff(app: &TestApp, admin: &str, role: &str) -> (String, String, String, String) {
    let email = format!("{role}-{}@test.example", Uuid::new_v4().simple());
    let password = "a-long-staff-password".to_owned();
    let res = app
        .post(
            "/api/v1/users",
            Some(admin),
            json!({"email": email, "password": password, "role": role, "display_name": "Staff"}),
        )
        .await;
    let id = res.ok(201)["id"].as_str().expect("id").to_owned();
    let token = app.token(&email, &password).await;
    (id, email, password, token)
}

fn detail(res: &Res) -> String {
    res.body["detail"].as_str().unwrap_or_default().to_owned()
}

async fn run_sql(app: &TestApp, sql: String) {
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        use diesel::RunQueryDsl;
        let mut c = db.conn().expect("conn");
        diesel::sql_query(sql).execute(&mut **c).expect("sql");
    })
    .await
    .expect("join");
}

/// The answer to `token`'s GET of `path` once it is refused (at most 5 s): a change made in the
/// database by hand, or by another server process, reaches this server through the account
/// epoch, which it reads every `EPOCH_POLL` (50 ms); a change it makes itself, at once.
async fn once_refused(app: &TestApp, path: &str, token: &str) -> Res {
    let start = std::time::Instant::now();
    loop {
        let res = app.get(path, Some(token)).await;
        if res.status.as_u16() == 401 || start.elapsed() > std::time::Duration::from_secs(5) {
            return res;
        }
        tokio::time::sleep(grantdesk_api::auth::standing::EPOCH_POLL / 5).await;
    }
}

#[tokio::test]
async fn a_token_stops_working_when_its_account_row_changes_or_never_existed() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let (_, email, _, other_admin) = staff(&app, &admin, "admin").await;
    app.get("/api/v1/users", Some(&other_admin)).await.ok(200);

    // observed: after the row was set to applicant and inactive, the token still listed users
    // and created an admin
    let active = if on_postgres() { "false" } else { "0" };
    run_sql(
        &app,
        format!("UPDATE users SET role = 'applicant', active = {active} WHERE email = '{email}'"),
    )
    .await;
    let res = once_refused(&app, "/api/v1/users", &other_admin).await;
    res.problem(401);
    assert_eq!(detail(&res), "the account is disabled");
    let res = app
        .post(
            "/api/v1/users",
            Some(&other_admin),
            json!({"email": "new-admin@test.example", "password": "a-long-admin-password",
                   "role": "admin", "display_name": "Nieuw"}),
        )
        .await;
    res.problem(401);
    let listed = app.get("/api/v1/users?role=admin", Some(&admin)).await;
    assert!(!listed.text.contains("new-admin@test.example"));

    // observed: a token for a user that does not exist, signed with the real secret, was
    // accepted
    let keys = JwtKeys::new(SECRET.as_bytes(), chrono::Duration::hours(1)).unwrap();
    let (ghost, _) = keys
        .issue(
            Uuid::new_v4(),
            "ghost@test.example",
            Role::Admin,
            vec![],
            0,
            app.clock_now(),
        )
        .unwrap();
    let res = app.get("/api/v1/users", Some(&ghost)).await;
    res.problem(401);
    assert_eq!(detail(&res), "invalid token: it names no account");
    // also on a public endpoint that reads a token when one is sent
    app.get("/api/v1/calls", Some(&ghost)).await.problem(401);
}

/// The account is read with the request's first database work, or before the answer when
/// there was none: however a stopped account's request ends (a bad body, a role the token
/// names but the account lost, an endpoint that reads nothing), the answer is a 401, and what
/// it asked for is not done. A stale token sent to an endpoint that takes none is ignored.
#[tokio::test]
async fn a_stopped_accounts_request_is_a_401_however_it_would_have_ended() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let (id, email, password, other_admin) = staff(&app, &admin, "admin").await;
    app.post(
        &format!("/api/v1/users/{id}/disable"),
        Some(&admin),
        json!({}),
    )
    .await
    .ok(200);

    // a body the endpoint would refuse with 422 (and one with a NUL character)
    let res = app
        .post_raw(
            "/api/v1/users",
            Some(&other_admin),
            "application/json",
            "{\"email\":",
        )
        .await;
    res.problem(401);
    assert_eq!(detail(&res), "the account is disabled");
    let res = app
        .post(
            "/api/v1/users",
            Some(&other_admin),
            json!({"email": "a\u{0}b@test.example"}),
        )
        .await;
    res.problem(401);
    // an endpoint for another role: a 403 for an admin token that still stood
    let credit = "/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023/credits";
    let body = json!({"transfer_id": Uuid::new_v4(), "amount": "1.00", "description": "x"});
    app.post(credit, Some(&admin), body.clone())
        .await
        .problem(403);
    app.post(credit, Some(&other_admin), body)
        .await
        .problem(401);
    // an endpoint that reads nothing from the database answers from the token alone
    let res = app.get("/api/v1/me", Some(&other_admin)).await;
    res.problem(401);
    assert_eq!(detail(&res), "the account is disabled");
    // and nothing it asked for is done
    let res = app
        .post(
            "/api/v1/users",
            Some(&other_admin),
            json!({"email": "not-made@test.example", "password": "a-long-admin-password",
                   "role": "admin", "display_name": "Niet"}),
        )
        .await;
    res.problem(401);
    let listed = app.get("/api/v1/users?role=admin", Some(&admin)).await;
    assert!(
        !listed.text.contains("not-made@test.example"),
        "{}",
        listed.text
    );

    // sign-in and sign-up take no token: a stale one sent along is ignored
    app.post(
        &format!("/api/v1/users/{id}/enable"),
        Some(&admin),
        json!({}),
    )
    .await
    .ok(200);
    let res = app
        .post(
            "/api/v1/auth/token",
            Some(&other_admin),
            json!({"email": email, "password": password}),
        )
        .await;
    let fresh = res.ok(200)["access_token"]
        .as_str()
        .expect("token")
        .to_owned();
    app.get("/api/v1/me", Some(&fresh)).await.ok(200);
    app.get("/api/v1/me", Some(&other_admin)).await.problem(401);
}

#[tokio::test]
async fn admins_disable_enable_and_change_staff_roles_and_old_tokens_stop_at_once() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let (id, email, password, reviewer) = staff(&app, &admin, "reviewer").await;
    app.get("/api/v1/assignments", Some(&reviewer))
        .await
        .ok(200);

    let res = app
        .post(
            &format!("/api/v1/users/{id}/disable"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(res.ok(200)["active"], false);
    let res = app.get("/api/v1/assignments", Some(&reviewer)).await;
    res.problem(401);
    assert_eq!(detail(&res), "the account is disabled");
    app.sign_in(&email, &password).await.problem(401);

    let res = app
        .post(
            &format!("/api/v1/users/{id}/enable"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(res.ok(200)["active"], true);
    // a token from before stays dead: sign in again
    app.get("/api/v1/assignments", Some(&reviewer))
        .await
        .problem(401);
    let reviewer = app.token(&email, &password).await;
    app.get("/api/v1/assignments", Some(&reviewer))
        .await
        .ok(200);

    // a role change: the old token stops, a new one carries the new role
    let res = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            Some(&admin),
            json!({"role": "finance"}),
        )
        .await;
    assert_eq!(res.ok(200)["role"], "finance");
    let res = app.get("/api/v1/assignments", Some(&reviewer)).await;
    res.problem(401);
    assert!(
        detail(&res).contains("role or password changed"),
        "{}",
        res.text
    );
    let finance = app.token(&email, &password).await;
    let me = app.get("/api/v1/me", Some(&finance)).await;
    assert_eq!(me.ok(200)["role"], "finance");
    app.get("/api/v1/ledger/transfers", Some(&finance))
        .await
        .ok(200);

    // only staff roles; never one's own account; an unknown account is a 404
    let applicant_id = {
        let applicant = app.applicant().await;
        app.get("/api/v1/me", Some(&applicant)).await.body["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let res = app
        .put(
            &format!("/api/v1/users/{applicant_id}/role"),
            Some(&admin),
            json!({"role": "admin"}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "role");
    let res = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            Some(&admin),
            json!({"role": "applicant"}),
        )
        .await;
    res.problem(422);
    let res = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            Some(&admin),
            json!({"role": "king"}),
        )
        .await;
    res.problem(422);
    let own = app.get("/api/v1/me", Some(&admin)).await.body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post(
        &format!("/api/v1/users/{own}/disable"),
        Some(&admin),
        json!({}),
    )
    .await
    .problem(409);
    app.get("/api/v1/users", Some(&admin)).await.ok(200);
    app.post(
        &format!("/api/v1/users/{}/disable", Uuid::new_v4()),
        Some(&admin),
        json!({}),
    )
    .await
    .problem(404);

    // every change is in the audit trail
    let auditor = app.login(Role::Auditor).await;
    let trail = app.get("/api/v1/audit?per_page=100", Some(&auditor)).await;
    let actions: Vec<String> = trail.ok(200)["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap_or_default().to_owned())
        .collect();
    for action in ["user.disable", "user.enable", "user.change_role"] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
}

#[tokio::test]
async fn sign_out_revokes_the_current_token_only() {
    let app = spawn_app().await;
    let email = format!("a-{}@test.example", Uuid::new_v4().simple());
    let password = "a-long-applicant-password";
    app.sign_up(&email, password, "Jan").await.ok(201);
    let first = app.token(&email, password).await;
    let second = app.token(&email, password).await;
    let res = app
        .post("/api/v1/auth/sign-out", Some(&first), json!({}))
        .await;
    assert_eq!(res.status.as_u16(), 204, "{}", res.text);
    let res = app.get("/api/v1/me", Some(&first)).await;
    res.problem(401);
    assert!(detail(&res).contains("signed out"), "{}", res.text);
    app.get("/api/v1/me", Some(&second)).await.ok(200);
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_and_ends_every_earlier_token() {
    let app = spawn_app().await;
    let email = format!("a-{}@test.example", Uuid::new_v4().simple());
    let old = "a-long-applicant-password";
    app.sign_up(&email, old, "Jan").await.ok(201);
    let token = app.token(&email, old).await;
    let other_device = app.token(&email, old).await;
    let new = "another-long-password-2026";

    let res = app
        .put(
            "/api/v1/me/password",
            Some(&token),
            json!({"current_password": "not-it-at-all", "new_password": new}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "current_password");
    let res = app
        .put(
            "/api/v1/me/password",
            Some(&token),
            json!({"current_password": old, "new_password": "short"}),
        )
        .await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "new_password");
    app.get("/api/v1/me", Some(&token)).await.ok(200);

    let res = app
        .put(
            "/api/v1/me/password",
            Some(&token),
            json!({"current_password": old, "new_password": new}),
        )
        .await;
    let fresh = res.ok(200)["access_token"].as_str().unwrap().to_owned();
    app.get("/api/v1/me", Some(&token)).await.problem(401);
    app.get("/api/v1/me", Some(&other_device))
        .await
        .problem(401);
    app.get("/api/v1/me", Some(&fresh)).await.ok(200);
    app.sign_in(&email, old).await.problem(401);
    app.sign_in(&email, new).await.ok(200);
}

fn reset_tokens(app: &TestApp, email: &str) -> Vec<Value> {
    let mut c = app.db.conn().expect("conn");
    let user = grantdesk_persistence::users::find_by_email(&mut c, email)
        .unwrap()
        .expect("user");
    grantdesk_persistence::notifications::of_user(&mut c, user.id)
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "password_reset")
        .map(|m| {
            assert_eq!(m.email, email);
            m.payload
        })
        .collect()
}

#[tokio::test]
async fn a_password_reset_is_one_time_expires_and_never_tells_whether_an_account_exists() {
    let app = spawn_app().await;
    let email = format!("a-{}@test.example", Uuid::new_v4().simple());
    let old = "a-long-applicant-password";
    app.sign_up(&email, old, "Jan").await.ok(201);
    let token = app.token(&email, old).await;

    let unknown = app
        .post(
            "/api/v1/auth/password-reset",
            None,
            json!({"email": "nobody-at-all@test.example"}),
        )
        .await;
    let known = app
        .post("/api/v1/auth/password-reset", None, json!({"email": email}))
        .await;
    assert_eq!(unknown.status.as_u16(), 202);
    assert_eq!(known.status.as_u16(), 202);
    assert_eq!(unknown.body, known.body, "the answer tells nothing");

    let messages = tokio::task::spawn_blocking({
        let (app, email) = (app.clone(), email.clone());
        move || reset_tokens(&app, &email)
    })
    .await
    .unwrap();
    assert_eq!(messages.len(), 1);
    let reset = messages[0]["token"].as_str().unwrap().to_owned();
    // the token itself is not stored, only its digest
    let stored = {
        let db = app.db.clone();
        let reset = reset.clone();
        tokio::task::spawn_blocking(move || {
            use diesel::prelude::*;
            use grantdesk_persistence::schema::password_resets;
            let mut c = db.conn().unwrap();
            password_resets::table
                .filter(password_resets::token_sha256.eq(reset))
                .count()
                .get_result::<i64>(&mut **c)
                .unwrap()
        })
        .await
        .unwrap()
    };
    assert_eq!(stored, 0);

    let new = "a-new-long-password-2026";
    let confirm = |token: String, password: &str| {
        let app = app.clone();
        let body = json!({"token": token, "new_password": password});
        async move {
            app.post("/api/v1/auth/password-reset/confirm", None, body)
                .await
        }
    };
    let res = confirm("f".repeat(64), new).await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "token");
    let res = confirm(reset.clone(), new).await;
    assert_eq!(res.status.as_u16(), 204, "{}", res.text);
    app.get("/api/v1/me", Some(&token)).await.problem(401);
    app.sign_in(&email, old).await.problem(401);
    app.sign_in(&email, new).await.ok(200);
    // once only
    let res = confirm(reset, "yet-another-long-password").await;
    assert_eq!(res.problem(422)["errors"][0]["field"], "token");
    app.sign_in(&email, new).await.ok(200);

    // an hour later a reset token no longer works
    app.post("/api/v1/auth/password-reset", None, json!({"email": email}))
        .await;
    let messages = tokio::task::spawn_blocking({
        let (app, email) = (app.clone(), email.clone());
        move || reset_tokens(&app, &email)
    })
    .await
    .unwrap();
    assert_eq!(messages.len(), 2);
    let late = messages[1]["token"].as_str().unwrap().to_owned();
    app.set_time(app.clock_now() + chrono::Duration::hours(1));
    let res = confirm(late, "yet-another-long-password").await;
    res.problem(422);
    app.sign_in(&email, new).await.ok(200);
}

#[tokio::test]
async fn a_disabled_accounts_token_is_refused_by_every_server_process() {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let (id, _, _, reviewer) = staff(&app, &admin, "reviewer").await;
    let second = app.spawn_process().await;
    let on_second = app.real_time_token(&reviewer);
    let admin_on_second = app.real_time_token(&admin);
    let get = |base: String, token: String| {
        let client = app.client.clone();
        async move {
            client
                .get(format!("{base}/api/v1/assignments"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(get(second.base.clone(), on_second.clone()).await, 200);
    // disabled through the second process; refused by both at once
    let res = app
        .client
        .post(format!("{}/api/v1/users/{id}/disable", second.base))
        .bearer_auth(&admin_on_second)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    // at once by the process that disabled it; by the other one as soon as it reads the
    // account epoch (every 50 ms)
    assert_eq!(get(second.base.clone(), on_second).await, 401);
    once_refused(&app, "/api/v1/assignments", &reviewer)
        .await
        .problem(401);
}

/// PostgreSQL announces every change of an account's standing at its commit (the trigger's
/// `NOTIFY`), whoever makes it: a listening server process hears it without reading the epoch.
/// SQLite has no notifications: there is nothing to listen to, and the epoch is read instead.
#[tokio::test]
async fn an_account_change_is_announced_to_listening_processes_on_postgresql() {
    let app = spawn_app().await;
    let listener = app
        .db
        .listen(grantdesk_persistence::users::ACCOUNT_EPOCH_CHANNEL)
        .expect("listen");
    let Some(mut listener) = listener else {
        assert_eq!(app.db.backend(), grantdesk_persistence::Backend::Sqlite);
        return;
    };
    let admin = app.login(Role::Admin).await;
    let (_, email, _, _) = staff(&app, &admin, "reviewer").await;
    // the staff account's creation is no change of standing: nothing was announced
    let mut heard = tokio::task::spawn_blocking(move || {
        let quiet = listener.heard().expect("listening");
        (listener, quiet)
    })
    .await
    .unwrap();
    assert!(!heard.1, "a new account is not a change of standing");
    run_sql(
        &app,
        format!("UPDATE users SET active = false WHERE email = '{email}'"),
    )
    .await;
    let start = std::time::Instant::now();
    let announced = loop {
        let (mut listener, _) = heard;
        let (listener, any) = tokio::task::spawn_blocking(move || {
            let any = listener.heard().expect("listening");
            (listener, any)
        })
        .await
        .unwrap();
        if any || start.elapsed() > std::time::Duration::from_secs(5) {
            break any;
        }
        heard = (listener, false);
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    };
    assert!(announced, "the disable was announced");
}

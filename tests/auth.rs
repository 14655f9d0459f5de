//! Authentication and authorization on every endpoint: 401 for a missing, expired, tampered or
//! unsigned (`alg: none`) token, 403 for a wrong role, the route table complete.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::routes::{concrete, Access, Owned, ROUTES};
use common::*;
use grantdesk_api::auth::{JwtKeys, Role};
use reqwest::Method;
use serde_json::{json, Value};
use uuid::Uuid;

async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Res {
    let method = Method::from_bytes(method.as_bytes()).unwrap();
    app.request(method, path, token, body).await
}

fn expired_token(app: &TestApp) -> String {
    let keys = JwtKeys::new(SECRET.as_bytes(), chrono::Duration::seconds(60)).unwrap();
    let long_ago = app.clock_now() - chrono::Duration::hours(2);
    keys.issue(
        Uuid::new_v4(),
        "admin@test.example",
        Role::Admin,
        vec![],
        0,
        long_ago,
    )
    .unwrap()
    .0
}

/// A valid applicant token whose payload was edited to say admin (signature no longer fits).
fn tampered_token(applicant: &str) -> String {
    let parts: Vec<&str> = applicant.split('.').collect();
    let mut claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    claims["role"] = json!("admin");
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap());
    format!("{}.{}.{}", parts[0], payload, parts[2])
}

/// An unsigned token claiming admin.
fn alg_none_token(app: &TestApp) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let now = app.clock_now().timestamp();
    let claims = json!({
        "sub": Uuid::new_v4(), "email": "x@test.example", "role": "admin", "orgs": [],
        "iss": "grantdesk", "iat": now, "exp": now + 3600
    });
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap());
    format!("{header}.{payload}.")
}

/// A token signed with another secret.
fn foreign_token(app: &TestApp) -> String {
    let keys = JwtKeys::new(
        b"another-secret-another-secret-another-secret",
        chrono::Duration::hours(1),
    )
    .unwrap();
    keys.issue(
        Uuid::new_v4(),
        "admin@test.example",
        Role::Admin,
        vec![],
        0,
        app.clock_now(),
    )
    .unwrap()
    .0
}

#[tokio::test]
async fn every_endpoint_refuses_missing_expired_tampered_and_unsigned_tokens() {
    let app = spawn_app().await;
    let applicant = app.login(Role::Applicant).await;
    let bad_tokens = [
        ("expired", expired_token(&app)),
        ("tampered", tampered_token(&applicant)),
        ("alg none", alg_none_token(&app)),
        ("foreign secret", foreign_token(&app)),
        ("garbage", "not-a-jwt".to_owned()),
    ];
    for route in ROUTES {
        if route.path.starts_with("/health")
            || route.path == "/api/v1/auth/token"
            || route.path == "/api/v1/auth/signup"
            || route.path.starts_with("/api/v1/auth/password-reset")
            // the one-click link's own token is its proof (a mail program sends no bearer)
            || route.path == "/api/v1/unsubscribe"
        {
            continue; // these never look at a token
        }
        let path = concrete(route.path);
        if let Access::Roles(_) = route.access {
            let res = call(&app, route.method, &path, None, (route.body)()).await;
            assert_eq!(
                res.status.as_u16(),
                401,
                "{} {} without a token: {}",
                route.method,
                route.path,
                res.text
            );
            res.problem(401);
        }
        for (what, token) in &bad_tokens {
            let res = call(&app, route.method, &path, Some(token), (route.body)()).await;
            assert_eq!(
                res.status.as_u16(),
                401,
                "{} {} with a {what} token: {}",
                route.method,
                route.path,
                res.text
            );
            res.problem(401);
        }
    }
}

#[tokio::test]
async fn every_endpoint_refuses_a_wrong_role_with_403_before_reading_the_request() {
    let app = spawn_app().await;
    let mut tokens = Vec::new();
    for role in ALL_ROLES {
        tokens.push((role, app.login(role).await));
    }
    for route in ROUTES {
        let Access::Roles(allowed) = route.access else {
            continue;
        };
        let path = concrete(route.path);
        for (role, token) in &tokens {
            let res = call(&app, route.method, &path, Some(token), (route.body)()).await;
            if allowed.contains(role) {
                assert!(
                    ![401, 403].contains(&res.status.as_u16()),
                    "{} {} as {role:?} should be allowed: {}",
                    route.method,
                    route.path,
                    res.text
                );
            } else {
                assert_eq!(
                    res.status.as_u16(),
                    403,
                    "{} {} as {role:?}: {}",
                    route.method,
                    route.path,
                    res.text
                );
                res.problem(403);
            }
            // a wrong role with a broken body still gets 403, not 4xx about the body
            if !allowed.contains(role) && route.method == "POST" && (route.body)().is_some() {
                let res = app
                    .post_raw(&path, Some(token), "application/json", "{broken")
                    .await;
                assert_eq!(
                    res.status.as_u16(),
                    403,
                    "{} {} as {role:?} with a broken body",
                    route.method,
                    route.path
                );
            }
        }
    }
}

#[tokio::test]
async fn the_route_table_lists_exactly_the_operations_of_the_openapi_document() {
    let app = spawn_app().await;
    let spec = app.get("/openapi.json", None).await;
    let spec = spec.ok(200);
    let mut documented: Vec<String> = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                documented.push(format!("{} {path}", method.to_uppercase()));
            }
        }
    }
    let mut listed: Vec<String> = ROUTES
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    documented.sort();
    listed.sort();
    assert_eq!(
        documented, listed,
        "tests/common/routes.rs must list every documented operation"
    );
}

#[tokio::test]
async fn a_token_is_issued_for_the_right_password_only() {
    let app = spawn_app().await;
    let token = app.login(Role::Finance).await;
    let me = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me.ok(200)["role"], "finance");

    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "nobody@test.example", "password": "whatever-it-is"}),
        )
        .await;
    res.problem(401);
    let db = app.db.clone();
    let now = app.clock_now();
    tokio::task::spawn_blocking(move || {
        grantdesk::seed::create_user(
            &db,
            "Someone@Test.example",
            "the-right-password",
            Role::Admin,
            "S",
            now,
        )
    })
    .await
    .unwrap()
    .unwrap();
    let wrong = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "someone@test.example", "password": "the-wrong-password"}),
        )
        .await;
    wrong.problem(401);
    let right = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "SOMEONE@test.example", "password": "the-right-password"}),
        )
        .await;
    assert_eq!(right.ok(200)["role"], "admin");
    assert_eq!(right.body["token_type"], "Bearer");

    // the token expires by the server's clock
    let t = right.body["access_token"].as_str().unwrap().to_owned();
    app.set_time(now + chrono::Duration::seconds(TOKEN_TTL_SECONDS));
    app.get("/api/v1/me", Some(&t)).await.problem(401);
}

#[tokio::test]
async fn writes_without_a_token_get_a_401_problem_with_a_bearer_challenge() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(format!("{}/api/v1/calls", app.base))
        .json(&reference_call("EXP23"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
    assert!(res.headers().get("www-authenticate").is_some());
    let res = TestApp::read(res).await;
    res.problem(401);
}

#[tokio::test]
async fn a_member_of_another_organisation_gets_404_on_every_route_that_names_an_organisations_resource(
) {
    let app = spawn_app().await;
    let admin = app.login(Role::Admin).await;
    let finance = app.login(Role::Finance).await;
    app.set_time(brussels(2023, 7, 10, 9, 0, 0));
    let call_id = app
        .open_call(&admin, &finance, call_with_form("FOREIGN"))
        .await;
    app.set_time(brussels(2023, 8, 1, 9, 0, 0));
    let owner = app.applicant().await;
    let org = app.organisation(&owner, "Stad Genk", &kbo(41)).await;
    let draft = app
        .post(
            &format!("/api/v1/calls/{call_id}/applications"),
            Some(&owner),
            complete_application(&org),
        )
        .await;
    let application = draft.ok(201)["id"].as_str().unwrap().to_owned();
    let upload = app
        .upload(
            &owner,
            &application,
            "application_form",
            "form.pdf",
            TINY_PDF.to_vec(),
        )
        .await;
    let attachment = upload.ok(201)["id"].as_str().unwrap().to_owned();
    let receipt = app
        .post(
            &format!("/api/v1/applications/{application}/submit"),
            Some(&owner),
            json!({}),
        )
        .await;
    let number = receipt.ok(201)["number"].as_str().unwrap().to_owned();
    // selected and finalised: the application is a grant (its id is the grant's)
    app.set_time(brussels(2023, 9, 1, 9, 0, 0));
    for (path, body) in [
        (format!("/api/v1/calls/{call_id}/assessment"), json!({})),
        (
            format!("/api/v1/applications/{application}/screening"),
            json!({"verdict": "eligible"}),
        ),
        (
            format!("/api/v1/applications/{application}/decision"),
            json!({"kind": "selected", "awarded": "20000.00", "motivation": "Sterk"}),
        ),
        (format!("/api/v1/calls/{call_id}/finalise"), json!({})),
    ] {
        let res = app.post(&path, Some(&admin), body).await;
        assert!(res.status.is_success(), "{path}: {}", res.text);
    }
    let grant = application.clone();

    let owner_id = app.get("/api/v1/me", Some(&owner)).await.ok(200)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.invite(&owner, &org, "invited@test.example")
        .await
        .ok(202);
    let invitations = app
        .get(
            &format!("/api/v1/organisations/{org}/invitations"),
            Some(&owner),
        )
        .await;
    let invitation = invitations.ok(200)[0]["id"].as_str().unwrap().to_owned();

    let stranger = app.applicant().await;
    app.organisation(&stranger, "Stad Aalst", &kbo(42)).await;
    let mut checked = 0;
    for route in ROUTES {
        let id = match route.owned() {
            Owned::No => continue,
            Owned::Application => &application,
            Owned::Organisation => &org,
            Owned::Grant => &grant,
        };
        let path = route
            .path
            .replace("{id}", id)
            .replace("{attachment_id}", &attachment)
            .replace("{number}", &number)
            .replace("{version}", "1")
            // the owner's own membership and invitation: still not the stranger's to end
            .replace("{user_id}", &owner_id)
            .replace("{invitation_id}", &invitation);
        let res = call(&app, route.method, &path, Some(&stranger), (route.body)()).await;
        let expected = match route.access {
            Access::Roles(roles) if !roles.contains(&Role::Applicant) => 403,
            _ => 404,
        };
        assert_eq!(
            res.status.as_u16(),
            expected,
            "{} {} as a stranger: {}",
            route.method,
            route.path,
            res.text
        );
        res.problem(expected);
        checked += 1;
    }
    assert!(
        checked >= 24,
        "{checked} routes name an organisation's resource (applications, organisations, grants)"
    );
    // the stranger's grant list does not show it either
    let list = app.get("/api/v1/grants", Some(&stranger)).await;
    assert_eq!(list.ok(200)["total"], 0);
    // and the owner can read them all (the test above is not vacuous)
    app.get(&format!("/api/v1/grants/{grant}"), Some(&owner))
        .await
        .ok(200);
    app.get(
        &format!("/api/v1/grants/{grant}/final-reports"),
        Some(&owner),
    )
    .await
    .ok(200);
    app.get(
        &format!("/api/v1/applications/{application}/receipts/{number}"),
        Some(&owner),
    )
    .await
    .ok(200);
    app.get(
        &format!("/api/v1/applications/{application}/attachments/{attachment}"),
        Some(&owner),
    )
    .await
    .ok(200);
}

/// The README's authorization matrix, as the route table says it: one row per operation, a
/// column per role ("✓" allowed; "public" for endpoints without a token).
fn authorization_matrix() -> String {
    let roles = [
        Role::Admin,
        Role::Finance,
        Role::Reviewer,
        Role::Applicant,
        Role::Auditor,
    ];
    let mut rows: Vec<(&str, &str, String)> = ROUTES
        .iter()
        .map(|r| {
            let cells = match r.access {
                Access::Public => vec!["public"; roles.len()],
                Access::Roles(allowed) => roles
                    .iter()
                    .map(|role| if allowed.contains(role) { "✓" } else { "" })
                    .collect(),
            };
            (r.path, r.method, cells.join(" | "))
        })
        .collect();
    rows.sort();
    let mut text =
        String::from("| operation | admin | finance | reviewer | applicant | auditor |\n");
    text.push_str("|---|---|---|---|---|---|\n");
    for (path, method, cells) in rows {
        text.push_str(&format!("| `{method} {path}` | {cells} |\n"));
    }
    text
}

#[test]
fn the_readme_has_the_authorization_matrix_of_the_route_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = "<!-- authorization matrix: generated from tests/common/routes.rs -->\n";
    let end = "<!-- end of authorization matrix -->";
    let from = readme.find(start).expect("the matrix's start marker") + start.len();
    let to = readme[from..].find(end).expect("the matrix's end marker") + from;
    let expected = authorization_matrix();
    assert!(
        readme[from..to] == expected,
        "the README's authorization matrix is stale; it should be:\n{expected}"
    );
}

//! Problem details in the request's language (issue #13, item 6): `Accept-Language` picks
//! Dutch or French; without it (or naming none of ours) the API answers in English.

mod common;

use common::*;
use grantdesk_api::auth::Role;
use serde_json::{json, Value};

/// POSTs `body` to `path` with `Accept-Language: language` (none when `None`).
async fn post_in(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    language: Option<&str>,
    body: Value,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = app.client.post(format!("{}{path}", app.base)).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(l) = language {
        req = req.header("Accept-Language", l);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    (status, headers, res.json().await.expect("a problem"))
}

#[tokio::test]
async fn accept_language_turns_a_422s_title_and_detail_into_french_or_dutch() {
    let app = spawn_app().await;
    let bad = json!({"email": "jan@genk.be", "password": "a-long-enough-password",
                     "display_name": "Jan\u{0}Peeters"});
    let (status, headers, english) =
        post_in(&app, "/api/v1/auth/signup", None, None, bad.clone()).await;
    assert_eq!(status, 422);
    assert_eq!(english["title"], "The request has invalid fields");
    assert!(english["detail"]
        .as_str()
        .unwrap()
        .starts_with("display_name: "));
    assert_eq!(headers["content-language"], "en");
    assert!(headers["vary"]
        .to_str()
        .unwrap()
        .contains("accept-language"));

    let (status, headers, french) = post_in(
        &app,
        "/api/v1/auth/signup",
        None,
        Some("fr-BE, nl;q=0.8, en;q=0.5"),
        bad.clone(),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(headers["content-language"], "fr");
    assert_eq!(
        french["title"],
        "La requête contient des champs non valides"
    );
    assert_eq!(
        french["detail"],
        "display_name : contient un caractère de contrôle (NUL compris), qui est refusé"
    );
    assert_eq!(french["errors"][0]["field"], "display_name");
    assert_eq!(french["errors"][0]["code"], "control_character");
    assert_eq!(french["type"], english["type"], "the type never changes");

    let (_, headers, dutch) = post_in(&app, "/api/v1/auth/signup", None, Some("nl"), bad).await;
    assert_eq!(headers["content-language"], "nl");
    assert_eq!(dutch["title"], "De aanvraag bevat ongeldige velden");
    assert_eq!(
        dutch["detail"],
        "display_name: bevat een stuurteken (ook NUL), dat geweigerd wordt"
    );

    // a language we do not write: English
    let (_, headers, german) = post_in(
        &app,
        "/api/v1/auth/signup",
        None,
        Some("de-DE"),
        json!({"email": "jan@genk.be"}),
    )
    .await;
    assert_eq!(headers["content-language"], "en");
    assert_eq!(german["title"], "The request has invalid fields");
}

#[tokio::test]
async fn refusals_before_and_after_the_handler_are_written_in_the_language_too() {
    let app = spawn_app().await;
    // no token: 401 from the extractor
    let (status, _, p) = post_in(&app, "/api/v1/users", None, Some("fr"), json!({})).await;
    assert_eq!(status, 401);
    assert_eq!(p["title"], "Authentification requise");
    // another role: 403
    let applicant = app.applicant().await;
    let (status, _, p) = post_in(
        &app,
        "/api/v1/users",
        Some(&applicant),
        Some("nl"),
        json!({"email": "x@y.be", "password": "a-long-enough-password", "role": "finance",
               "display_name": "X"}),
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(p["title"], "Niet toegestaan voor uw rol");
    assert_eq!(p["detail"], "uw rol mag dit niet");
    // no such route, and no such resource
    let (status, _, p) = post_in(&app, "/api/v1/nowhere", None, Some("fr"), json!({})).await;
    assert_eq!(status, 404);
    assert_eq!(p["title"], "Introuvable");
    let admin = app.login(Role::Admin).await;
    let (status, _, p) = post_in(
        &app,
        &format!("/api/v1/users/{}/disable", uuid::Uuid::new_v4()),
        Some(&admin),
        Some("fr"),
        json!({}),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(p["detail"], "cela n'existe pas ou ne vous est pas visible");
    // a control character in the query, refused by the guard before routing
    let res = app
        .client
        .get(format!("{}/api/v1/calls?q=a%00b", app.base))
        .bearer_auth(&admin)
        .header("Accept-Language", "nl")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422);
    let p: Value = res.json().await.unwrap();
    assert_eq!(p["title"], "De aanvraag bevat ongeldige velden");
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .starts_with("q: bevat een stuurteken"),
        "{p}"
    );
}

//! What is verified in a bearer token, and how a refusal reads: every bad token is a 401
//! problem whose detail says "invalid token" and why in our words, never the JWT library's
//! text; `nbf` is checked against the server's clock; a `crit` header is refused.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::*;
use grantdesk_api::auth::{JwtKeys, Role};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use uuid::Uuid;

/// Words of the library's own messages (its error kinds, serde's and base64's texts): none may
/// reach a client.
const LIBRARY_WORDS: &[&str] = &[
    "variant",
    "expected",
    "Error",
    "error",
    "base64",
    "Base64",
    "serde",
    "Json",
    "JSON at line",
    "column",
    "Utf8",
    "InvalidToken",
    "InvalidSignature",
    "InvalidAlgorithm",
    "InvalidIssuer",
    "ExpiredSignature",
    "ImmatureSignature",
    "MissingRequiredClaim",
    "`",
];

/// Claims as the server issues them, for a new admin account (a token's account must stand).
async fn claims(app: &TestApp) -> Value {
    let token = app.login(Role::Admin).await;
    let payload = token.split('.').nth(1).expect("jwt");
    let mut claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    let now = app.clock_now().timestamp();
    claims["iat"] = json!(now);
    claims["exp"] = json!(now + 3600);
    claims
}

/// A token with exactly this header and these claims, signed with the server's secret.
fn signed_raw(header: &Value, claims: &Value) -> String {
    let message = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let signature = jsonwebtoken::crypto::sign(
        message.as_bytes(),
        &EncodingKey::from_secret(SECRET.as_bytes()),
        Algorithm::HS256,
    )
    .expect("sign");
    format!("{message}.{signature}")
}

fn hs256() -> Value {
    json!({"alg": "HS256", "typ": "JWT"})
}

/// Asks who the bearer is; the answer as it is.
async fn me(app: &TestApp, token: &str) -> Res {
    app.get("/api/v1/me", Some(token)).await
}

/// Asserts a 401 "invalid token" problem whose detail contains `why` and none of the
/// library's words; returns the detail.
#[track_caller]
fn assert_refused(res: &Res, what: &str, why: &str) -> String {
    assert_eq!(res.status.as_u16(), 401, "{what}: {}", res.text);
    let p = res.problem(401);
    assert_eq!(p["type"], "/problems/unauthenticated", "{what}: {p}");
    let detail = p["detail"].as_str().expect("detail").to_owned();
    assert!(
        detail.starts_with("invalid token: "),
        "{what}: detail {detail:?}"
    );
    assert!(
        detail.contains(why),
        "{what}: {detail:?} should say {why:?}"
    );
    for word in LIBRARY_WORDS {
        assert!(
            !detail.contains(word),
            "{what}: {detail:?} contains the library's {word:?}"
        );
    }
    detail
}

#[tokio::test]
async fn every_bad_token_is_a_401_that_says_why_in_our_words() {
    let app = spawn_app().await;
    let base = claims(&app).await;
    let valid = app.login(Role::Admin).await;
    me(&app, &valid).await.ok(200);
    let now = app.clock_now().timestamp();
    let parts: Vec<&str> = valid.split('.').collect();

    let mut tampered: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    tampered["role"] = json!("auditor");
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(tampered.to_string()),
        parts[2]
    );
    let foreign = JwtKeys::new(
        b"another-secret-another-secret-another-secret",
        chrono::Duration::hours(1),
    )
    .unwrap()
    .issue(
        Uuid::new_v4(),
        "a@test.example",
        Role::Admin,
        vec![],
        0,
        app.clock_now(),
    )
    .unwrap()
    .0;
    let unsigned = |alg: &str| {
        format!(
            "{}.{}.",
            URL_SAFE_NO_PAD.encode(json!({"alg": alg, "typ": "JWT"}).to_string()),
            URL_SAFE_NO_PAD.encode(base.clone().to_string())
        )
    };
    let hs512 = jsonwebtoken::encode(
        &Header::new(Algorithm::HS512),
        &base.clone(),
        &EncodingKey::from_secret(SECRET.as_bytes()),
    )
    .unwrap();
    let with = |change: &dyn Fn(&mut Value)| {
        let mut c = base.clone();
        change(&mut c);
        signed_raw(&hs256(), &c)
    };

    let cases: Vec<(&str, String, &str)> = vec![
        ("garbage", "not-a-jwt".into(), "not a well-formed"),
        ("two parts", "e30.e30".into(), "not a well-formed"),
        ("four parts", format!("{valid}.x"), "not a well-formed"),
        (
            "empty header",
            format!(".{}.{}", parts[1], parts[2]),
            "not a well-formed",
        ),
        (
            "header not base64url",
            format!("!!!.{}.{}", parts[1], parts[2]),
            "not a well-formed",
        ),
        (
            "header not JSON",
            format!(
                "{}.{}.{}",
                URL_SAFE_NO_PAD.encode("alg=HS256"),
                parts[1],
                parts[2]
            ),
            "not a well-formed",
        ),
        (
            "header a JSON array",
            signed_raw(&json!(["HS256"]), &base.clone()),
            "not a well-formed",
        ),
        ("alg none", unsigned("none"), "algorithm is not accepted"),
        ("alg None", unsigned("None"), "algorithm is not accepted"),
        ("alg RS256", unsigned("RS256"), "algorithm is not accepted"),
        ("alg HS512", hs512, "algorithm is not accepted"),
        (
            "no alg",
            signed_raw(&json!({"typ": "JWT"}), &base.clone()),
            "algorithm is not accepted",
        ),
        ("tampered claims", tampered, "signature does not verify"),
        ("another secret", foreign, "signature does not verify"),
        (
            "no signature",
            format!("{}.{}.", parts[0], parts[1]),
            "signature does not verify",
        ),
        (
            "wrong issuer",
            with(&|c| c["iss"] = json!("elsewhere")),
            "wrong issuer",
        ),
        (
            "no sub",
            with(&|c| {
                c.as_object_mut().unwrap().remove("sub");
            }),
            "claims are missing or malformed",
        ),
        (
            "no exp",
            with(&|c| {
                c.as_object_mut().unwrap().remove("exp");
            }),
            "claims are missing or malformed",
        ),
        (
            "exp as text",
            with(&|c| c["exp"] = json!("tomorrow")),
            "claims are missing or malformed",
        ),
        (
            "unknown role",
            with(&|c| c["role"] = json!("root")),
            "claims are missing or malformed",
        ),
        (
            "claims not an object",
            signed_raw(&hs256(), &json!([1, 2])),
            "claims are missing or malformed",
        ),
        (
            "expired",
            with(&|c| c["exp"] = json!(now)),
            "it has expired",
        ),
        (
            "not yet valid",
            with(&|c| c["nbf"] = json!(now + 1)),
            "it is not yet valid",
        ),
        (
            "crit",
            signed_raw(
                &json!({"alg": "HS256", "typ": "JWT", "crit": ["exp"], "exp": now + 60}),
                &base.clone(),
            ),
            "critical header parameter",
        ),
    ];
    for (what, token, why) in &cases {
        assert_refused(&me(&app, token).await, what, why);
    }
    // a public endpoint refuses a bad token the same way (a broken client notices)
    let res = app.get("/api/v1/calls", Some(&unsigned("none"))).await;
    assert_refused(
        &res,
        "public endpoint, alg none",
        "algorithm is not accepted",
    );
    // a write is refused before its body is read
    let res = app
        .post(
            "/api/v1/calls",
            Some(&unsigned("none")),
            reference_call("X1"),
        )
        .await;
    assert_refused(&res, "write, alg none", "algorithm is not accepted");
}

#[tokio::test]
async fn a_refusal_carries_a_bearer_challenge() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth("e30.e30.")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
    let challenge = res
        .headers()
        .get("www-authenticate")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(challenge.starts_with("Bearer"), "{challenge:?}");
}

#[tokio::test]
async fn nbf_is_checked_against_the_servers_clock_without_leeway() {
    let app = spawn_app().await;
    let base = claims(&app).await;
    let now = app.clock_now();
    let mut c = base.clone();
    c["nbf"] = json!(now.timestamp() + 60);
    let early = signed_raw(&hs256(), &c);
    let res = me(&app, &early).await;
    assert_refused(&res, "nbf in a minute", "not yet valid");

    // one second before nbf: still refused; at nbf: valid (the user need not exist for /me)
    app.set_time(now + chrono::Duration::seconds(59));
    assert_refused(&me(&app, &early).await, "nbf in a second", "not yet valid");
    app.set_time(now + chrono::Duration::seconds(60));
    let res = me(&app, &early).await;
    assert_eq!(res.status.as_u16(), 200, "at nbf: {}", res.text);

    // nbf now or in the past is fine; a malformed nbf is not
    let mut c = base.clone();
    c["nbf"] = json!(app.clock_now().timestamp());
    me(&app, &signed_raw(&hs256(), &c)).await.ok(200);
    c["nbf"] = json!("soon");
    assert_refused(
        &me(&app, &signed_raw(&hs256(), &c)).await,
        "nbf as text",
        "claims are missing or malformed",
    );
}

#[tokio::test]
async fn a_token_with_a_crit_header_is_refused_whatever_it_lists() {
    let app = spawn_app().await;
    let base = claims(&app).await;
    let c = base.clone();
    let plain = signed_raw(&hs256(), &c);
    me(&app, &plain).await.ok(200);
    for header in [
        json!({"alg": "HS256", "typ": "JWT", "crit": ["b64"], "b64": false}),
        json!({"alg": "HS256", "crit": ["https://example.org/ext"], "https://example.org/ext": 1}),
        json!({"alg": "HS256", "crit": []}),
        json!({"alg": "HS256", "crit": "exp"}),
        json!({"alg": "HS256", "crit": null}),
    ] {
        let token = signed_raw(&header, &c);
        let res = me(&app, &token).await;
        assert_refused(&res, &header.to_string(), "critical header parameter");
    }
    // the library's own header type, with crit set, is refused too
    let mut header = Header::new(Algorithm::HS256);
    header.crit = Some(vec!["exp".into()]);
    let token =
        jsonwebtoken::encode(&header, &c, &EncodingKey::from_secret(SECRET.as_bytes())).unwrap();
    assert_refused(
        &me(&app, &token).await,
        "crit via Header",
        "critical header",
    );
}

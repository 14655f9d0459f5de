//! Signing in with an external OpenID Connect provider (issue #12, item 4): the test is the
//! provider. It generates its keys (RSA 2048, P-256, Ed25519), serves their JWKS from a real
//! HTTP server on 127.0.0.1 (counting the fetches) and signs access tokens; the API accepts
//! the right ones, maps them to accounts (by subject, linked by verified email on first use,
//! roles staying ours) and refuses everything else with 401.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::*;
use grantdesk_api::auth::{JwksSource, OidcSettings, Role};
use jsonwebtoken::{Algorithm, EncodingKey};
use serde_json::{json, Value};
use uuid::Uuid;

const ISSUER: &str = "https://sso.test.example/realms/vlaanderen";
const AUDIENCE: &str = "grantdesk-api";

/// A signing key of the provider: what signs, and its public JWK.
#[derive(Clone)]
struct Key {
    algorithm: Algorithm,
    encoding: EncodingKey,
    /// The public key's JWK without a kid.
    public: Value,
    /// The public key's bytes as an attacker would have them (DER or raw).
    public_bytes: Vec<u8>,
}

impl Key {
    fn jwk(&self, kid: &str) -> Value {
        let mut jwk = self.public.clone();
        jwk["kid"] = json!(kid);
        jwk["use"] = json!("sig");
        jwk
    }
}

fn random32() -> [u8; 32] {
    rand::random()
}

fn rsa_key() -> Key {
    use rsa::pkcs1::{EncodeRsaPrivateKey, EncodeRsaPublicKey};
    use rsa::traits::PublicKeyParts;
    let private = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).expect("RSA key");
    let public = private.to_public_key();
    Key {
        algorithm: Algorithm::RS256,
        encoding: EncodingKey::from_rsa_der(private.to_pkcs1_der().expect("der").as_bytes()),
        public: json!({
            "kty": "RSA", "alg": "RS256",
            "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
            "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
        }),
        public_bytes: public.to_pkcs1_der().expect("der").as_bytes().to_vec(),
    }
}

fn p256_key() -> Key {
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    use p256::pkcs8::EncodePrivateKey;
    let secret = p256::SecretKey::from_slice(&random32()).expect("P-256 key");
    let point = secret.public_key().to_encoded_point(false);
    Key {
        algorithm: Algorithm::ES256,
        encoding: EncodingKey::from_ec_der(secret.to_pkcs8_der().expect("der").as_bytes()),
        public: json!({
            "kty": "EC", "crv": "P-256", "alg": "ES256",
            "x": URL_SAFE_NO_PAD.encode(point.x().expect("x")),
            "y": URL_SAFE_NO_PAD.encode(point.y().expect("y")),
        }),
        public_bytes: point.as_bytes().to_vec(),
    }
}

fn ed25519_key() -> Key {
    use ed25519_dalek::pkcs8::EncodePrivateKey;
    let signing = ed25519_dalek::SigningKey::from_bytes(&random32());
    let public = signing.verifying_key().to_bytes();
    Key {
        algorithm: Algorithm::EdDSA,
        encoding: EncodingKey::from_ed_der(signing.to_pkcs8_der().expect("der").as_bytes()),
        public: json!({
            "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA",
            "x": URL_SAFE_NO_PAD.encode(public),
        }),
        public_bytes: public.to_vec(),
    }
}

/// The test binary's keys, generated once (RSA generation is slow): the provider's three, a
/// stranger's RSA key, and a key for rotation.
struct Keys {
    rsa: Key,
    ec: Key,
    ed: Key,
    stranger: Key,
    next: Key,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys {
        rsa: rsa_key(),
        ec: p256_key(),
        ed: ed25519_key(),
        stranger: rsa_key(),
        next: p256_key(),
    })
}

/// The provider: a JWKS served over HTTP from 127.0.0.1, replaceable, with a count of fetches.
struct Provider {
    url: String,
    jwks: Arc<Mutex<Value>>,
    fetches: Arc<AtomicUsize>,
}

impl Provider {
    fn serve(jwks: Value) -> Provider {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!(
            "http://{}/realms/vlaanderen/protocol/openid-connect/certs",
            listener.local_addr().expect("addr")
        );
        let jwks = Arc::new(Mutex::new(jwks));
        let fetches = Arc::new(AtomicUsize::new(0));
        let (served, counted) = (jwks.clone(), fetches.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                counted.fetch_add(1, Ordering::SeqCst);
                let body = served.lock().expect("jwks").to_string();
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        Provider { url, jwks, fetches }
    }

    fn settings(&self, refresh: Duration) -> OidcSettings {
        OidcSettings {
            issuer: ISSUER.to_owned(),
            audience: AUDIENCE.to_owned(),
            jwks: JwksSource::Url(self.url.clone()),
            refresh,
        }
    }

    fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }

    fn replace(&self, jwks: Value) {
        *self.jwks.lock().expect("jwks") = jwks;
    }
}

/// The provider's usual key set: one key per algorithm.
fn usual_jwks() -> Value {
    let k = keys();
    json!({"keys": [k.rsa.jwk("rsa-1"), k.ec.jwk("ec-1"), k.ed.jwk("ed-1")]})
}

/// A provider serving its usual keys and a server that trusts it (keys refetched at most once
/// a minute, the default).
async fn set_up() -> (TestApp, Provider) {
    let provider = Provider::serve(usual_jwks());
    let app = spawn_app_with_oidc(provider.settings(Duration::from_secs(60))).await;
    assert_eq!(provider.fetches(), 1, "the keys are fetched at start");
    (app, provider)
}

/// A header and claims, signed as given (the header is used as it is).
fn signed(header: Value, claims: &Value, key: &EncodingKey, algorithm: Algorithm) -> String {
    let message = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let signature =
        jsonwebtoken::crypto::sign(message.as_bytes(), key, algorithm).expect("signature");
    format!("{message}.{signature}")
}

fn token(key: &Key, kid: &str, claims: &Value) -> String {
    let alg = match key.algorithm {
        Algorithm::RS256 => "RS256",
        Algorithm::ES256 => "ES256",
        _ => "EdDSA",
    };
    signed(
        json!({"alg": alg, "typ": "at+jwt", "kid": kid}),
        claims,
        &key.encoding,
        key.algorithm,
    )
}

/// An access token's claims for `subject`, valid for an hour from the app's clock.
fn claims(app: &TestApp, subject: &str, email: Option<&str>) -> Value {
    let now = app.clock_now().timestamp();
    let mut claims = json!({
        "iss": ISSUER, "aud": ["account", AUDIENCE], "sub": subject, "azp": "grantdesk-web",
        "iat": now, "exp": now + 3600, "jti": Uuid::new_v4().to_string(),
        "name": "Jan Peeters",
    });
    if let Some(email) = email {
        claims["email"] = json!(email);
        claims["email_verified"] = json!(true);
    }
    claims
}

fn email() -> String {
    format!("person-{}@gemeente.test.example", Uuid::new_v4().simple())
}

fn detail(res: &Res) -> String {
    res.body["detail"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn the_providers_tokens_are_accepted_for_each_algorithm_beside_local_tokens() {
    let (app, _provider) = set_up().await;
    let k = keys();
    for (key, kid) in [(&k.rsa, "rsa-1"), (&k.ec, "ec-1"), (&k.ed, "ed-1")] {
        let address = email();
        let bearer = token(
            key,
            kid,
            &claims(&app, &Uuid::new_v4().to_string(), Some(&address)),
        );
        let res = app.get("/api/v1/me", Some(&bearer)).await;
        let me = res.ok(200);
        assert_eq!(me["email"], address.as_str(), "{kid}");
        assert_eq!(
            me["role"], "applicant",
            "{kid}: a new account is an applicant"
        );
    }
    // our own tokens keep working
    let local = app.applicant().await;
    app.get("/api/v1/me", Some(&local)).await.ok(200);
}

#[tokio::test]
async fn forged_foreign_and_stale_tokens_are_refused() {
    let (app, provider) = set_up().await;
    let k = keys();
    let subject = Uuid::new_v4().to_string();
    let address = email();
    let good = claims(&app, &subject, Some(&address));
    let now = app.clock_now().timestamp();
    let with = |name: &str, value: Value| {
        let mut c = good.clone();
        c[name] = value;
        c
    };
    let mut cases: Vec<(&str, String, &str)> = vec![
        (
            "signed by another key under the provider's kid",
            token(&k.stranger, "rsa-1", &good),
            "signature",
        ),
        (
            "the wrong issuer",
            token(
                &k.rsa,
                "rsa-1",
                &with("iss", json!("https://sso.evil.example/realms/vlaanderen")),
            ),
            "issuer",
        ),
        (
            "an issuer that only starts like the provider's",
            token(
                &k.rsa,
                "rsa-1",
                &with("iss", json!(format!("{ISSUER}/other"))),
            ),
            "issuer",
        ),
        (
            "the wrong audience",
            token(&k.ec, "ec-1", &with("aud", json!("another-api"))),
            "audience",
        ),
        (
            "no audience",
            token(&k.ec, "ec-1", &{
                let mut c = good.clone();
                c.as_object_mut().expect("object").remove("aud");
                c
            }),
            "claims",
        ),
        (
            "expired",
            token(&k.ed, "ed-1", &with("exp", json!(now))),
            "expired",
        ),
        (
            "not yet valid",
            token(&k.ed, "ed-1", &with("nbf", json!(now + 1))),
            "not yet valid",
        ),
        ("an unknown kid", token(&k.rsa, "rsa-0", &good), "no key"),
        (
            "a key of another algorithm than the token's",
            signed(
                json!({"alg": "RS256", "kid": "ec-1"}),
                &good,
                &k.rsa.encoding,
                Algorithm::RS256,
            ),
            "not the one of the key",
        ),
        (
            "a critical header",
            signed(
                json!({"alg": "RS256", "kid": "rsa-1", "crit": ["exp"], "exp": 1}),
                &good,
                &k.rsa.encoding,
                Algorithm::RS256,
            ),
            "crit",
        ),
        (
            "alg none",
            format!(
                "{}.{}.",
                URL_SAFE_NO_PAD.encode(json!({"alg": "none", "kid": "rsa-1"}).to_string()),
                URL_SAFE_NO_PAD.encode(good.to_string())
            ),
            "algorithm",
        ),
        (
            "an algorithm the provider path does not take",
            signed(
                json!({"alg": "RS512", "kid": "rsa-1"}),
                &good,
                &k.rsa.encoding,
                Algorithm::RS512,
            ),
            "algorithm",
        ),
    ];
    // algorithm confusion: HS256 "signed" with what is public about the provider's keys
    for (key, kid) in [(&k.rsa, "rsa-1"), (&k.ec, "ec-1"), (&k.ed, "ed-1")] {
        let secrets = [
            key.public_bytes.clone(),
            key.jwk(kid).to_string().into_bytes(),
            provider.jwks.lock().expect("jwks").to_string().into_bytes(),
        ];
        for secret in secrets {
            cases.push((
                "HS256 signed with the public key",
                signed(
                    json!({"alg": "HS256", "kid": kid}),
                    &good,
                    &EncodingKey::from_secret(&secret),
                    Algorithm::HS256,
                ),
                "",
            ));
        }
    }
    for (what, bearer, reason) in cases {
        let res = app.get("/api/v1/me", Some(&bearer)).await;
        res.problem(401);
        let detail = detail(&res);
        assert!(detail.starts_with("invalid token: "), "{what}: {detail}");
        assert!(detail.contains(reason), "{what}: {detail}");
        for internal in ["InvalidSignature", "ErrorKind", "variant", "Json"] {
            assert!(!detail.contains(internal), "{what}: {detail}");
        }
    }
    // the right token works; nothing was linked or created by the refused ones
    let res = app
        .get("/api/v1/me", Some(&token(&k.rsa, "rsa-1", &good)))
        .await;
    assert_eq!(res.ok(200)["email"], address.as_str());
    assert_eq!(
        provider.fetches(),
        1,
        "an unknown kid within the refresh interval fetches nothing"
    );
}

#[tokio::test]
async fn first_use_links_by_verified_email_and_keeps_our_roles() {
    let (app, _provider) = set_up().await;
    let k = keys();
    let admin = app.login(Role::Admin).await;
    let me = app.get("/api/v1/me", Some(&admin)).await.ok(200).clone();
    let (id, address) = (
        me["id"].clone(),
        me["email"].as_str().expect("email").to_owned(),
    );

    // the provider's staff member, with their address in capitals and a role claim of its own
    let subject = Uuid::new_v4().to_string();
    let mut first = claims(&app, &subject, Some(&address.to_uppercase()));
    first["realm_access"] = json!({"roles": ["applicant"]});
    first["role"] = json!("applicant");
    let res = app
        .get("/api/v1/me", Some(&token(&k.rsa, "rsa-1", &first)))
        .await;
    let linked = res.ok(200);
    assert_eq!(linked["id"], id, "linked to the account with that email");
    assert_eq!(linked["role"], "admin", "the staff role stays ours");
    // staff endpoints work with the provider's token
    let bearer = token(&k.ec, "ec-1", &claims(&app, &subject, None));
    app.get("/api/v1/users", Some(&bearer)).await.ok(200);

    // later tokens of the same subject map to the same account, whatever email they carry
    let mut later = claims(&app, &subject, Some(&email()));
    later["email_verified"] = json!(false);
    let res = app
        .get("/api/v1/me", Some(&token(&k.ed, "ed-1", &later)))
        .await;
    assert_eq!(res.ok(200)["id"], id);

    // a new account is an applicant, whatever the provider says its roles are
    let mut newcomer = claims(&app, &Uuid::new_v4().to_string(), Some(&email()));
    newcomer["realm_access"] = json!({"roles": ["admin"]});
    newcomer["role"] = json!("admin");
    let bearer = token(&k.rsa, "rsa-1", &newcomer);
    let res = app.get("/api/v1/me", Some(&bearer)).await;
    assert_eq!(res.ok(200)["role"], "applicant");
    let newcomer_id = res.body["id"].clone();
    app.get("/api/v1/users", Some(&bearer)).await.problem(403);

    // an identity without a verified email is not linked, nor an account made for it
    let stranger = Uuid::new_v4().to_string();
    let mut unverified = claims(&app, &stranger, Some(&email()));
    unverified["email_verified"] = json!(false);
    let mut said_verified = claims(&app, &stranger, Some(&address));
    said_verified["email_verified"] = json!("true");
    for body in [unverified, said_verified, claims(&app, &stranger, None)] {
        let res = app
            .get("/api/v1/me", Some(&token(&k.rsa, "rsa-1", &body)))
            .await;
        res.problem(401);
        assert!(
            detail(&res).contains("no verified email"),
            "{}",
            detail(&res)
        );
    }

    // a second identity of the provider cannot take over an account linked already
    let other = claims(&app, &Uuid::new_v4().to_string(), Some(&address));
    let res = app
        .get("/api/v1/me", Some(&token(&k.rsa, "rsa-1", &other)))
        .await;
    res.problem(401);
    assert!(
        detail(&res).contains("linked to another identity"),
        "{}",
        detail(&res)
    );

    // linking and creating are in the audit trail
    let auditor = app.login(Role::Auditor).await;
    for (action, user) in [
        ("user.link_external", &id),
        ("user.signup_external", &newcomer_id),
    ] {
        let res = app
            .get(&format!("/api/v1/audit?action={action}"), Some(&auditor))
            .await;
        let items = res.ok(200)["items"].as_array().expect("items").clone();
        assert_eq!(items.len(), 1, "{action}: {items:?}");
        assert_eq!(items[0]["target_id"], *user, "{action}: {items:?}");
    }
}

#[tokio::test]
async fn a_disabled_account_is_refused_and_signing_out_revokes_the_providers_token() {
    let (app, _provider) = set_up().await;
    let k = keys();
    let admin = app.login(Role::Admin).await;
    let subject = Uuid::new_v4().to_string();
    let bearer = token(&k.rsa, "rsa-1", &claims(&app, &subject, Some(&email())));
    let id = app.get("/api/v1/me", Some(&bearer)).await.ok(200)["id"]
        .as_str()
        .expect("id")
        .to_owned();

    app.post("/api/v1/auth/sign-out", Some(&bearer), json!({}))
        .await
        .ok(204);
    let res = app.get("/api/v1/me", Some(&bearer)).await;
    res.problem(401);
    // another token of the same person still works
    let fresh = token(&k.ec, "ec-1", &claims(&app, &subject, None));
    app.get("/api/v1/me", Some(&fresh)).await.ok(200);

    app.post(
        &format!("/api/v1/users/{id}/disable"),
        Some(&admin),
        json!({}),
    )
    .await
    .ok(200);
    let res = app.get("/api/v1/me", Some(&fresh)).await;
    res.problem(401);
    assert_eq!(detail(&res), "the account is disabled");
    let newer = token(&k.ed, "ed-1", &claims(&app, &subject, None));
    app.get("/api/v1/me", Some(&newer)).await.problem(401);
}

#[tokio::test]
async fn keys_rotate_without_a_restart_and_unknown_kids_fetch_at_most_once_per_interval() {
    let provider = Provider::serve(usual_jwks());
    // long enough for a loaded test machine to send each flood within one interval
    let interval = Duration::from_secs(3);
    let app = spawn_app_with_oidc(provider.settings(interval)).await;
    assert_eq!(provider.fetches(), 1);
    let k = keys();
    let subject = Uuid::new_v4().to_string();
    let old = token(&k.rsa, "rsa-1", &claims(&app, &subject, Some(&email())));
    app.get("/api/v1/me", Some(&old)).await.ok(200);

    // the provider rotates: the RSA key goes, a new P-256 key comes
    provider.replace(json!({"keys": [k.next.jwk("ec-2"), k.ed.jwk("ed-1")]}));
    let next = token(&k.next, "ec-2", &claims(&app, &subject, None));
    tokio::time::sleep(interval + Duration::from_millis(200)).await;
    app.get("/api/v1/me", Some(&next)).await.ok(200);
    assert_eq!(
        provider.fetches(),
        2,
        "the unknown kid fetched the keys once"
    );
    let res = app.get("/api/v1/me", Some(&old)).await;
    res.problem(401);
    assert!(detail(&res).contains("no key"), "{}", detail(&res));

    // a flood of made-up kids: at most one fetch per interval
    let flood = |app: TestApp| async move {
        let requests = (0..40).map(|_| {
            let app = app.clone();
            let bearer = token(
                &keys().ec,
                &Uuid::new_v4().to_string(),
                &claims(&app, "someone", None),
            );
            async move { app.get("/api/v1/me", Some(&bearer)).await.status.as_u16() }
        });
        futures::future::join_all(requests).await
    };
    let statuses = flood(app.clone()).await;
    assert!(statuses.iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(provider.fetches(), 2, "within the interval: no fetch");
    tokio::time::sleep(interval + Duration::from_millis(200)).await;
    let statuses = flood(app.clone()).await;
    assert!(statuses.iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(
        provider.fetches(),
        3,
        "after the interval: exactly one fetch"
    );
    // the keys there are still work
    app.get("/api/v1/me", Some(&next)).await.ok(200);
}

#[tokio::test]
async fn a_jwks_file_is_read_at_start_and_read_again_for_a_new_kid() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("jwks.json");
    let k = keys();
    std::fs::write(&path, json!({"keys": [k.ed.jwk("ed-1")]}).to_string()).expect("write");
    let interval = Duration::from_secs(1);
    let app = spawn_app_with_oidc(OidcSettings {
        issuer: ISSUER.to_owned(),
        audience: AUDIENCE.to_owned(),
        jwks: JwksSource::File(path.clone()),
        refresh: interval,
    })
    .await;
    let subject = Uuid::new_v4().to_string();
    let bearer = token(&k.ed, "ed-1", &claims(&app, &subject, Some(&email())));
    app.get("/api/v1/me", Some(&bearer)).await.ok(200);

    std::fs::write(
        &path,
        json!({"keys": [k.ed.jwk("ed-1"), k.rsa.jwk("rsa-2")]}).to_string(),
    )
    .expect("write");
    tokio::time::sleep(interval + Duration::from_millis(200)).await;
    let bearer = token(&k.rsa, "rsa-2", &claims(&app, &subject, None));
    app.get("/api/v1/me", Some(&bearer)).await.ok(200);
}

#[tokio::test]
async fn a_key_set_without_a_usable_key_stops_start_up() {
    let provider = Provider::serve(json!({"keys": [
        {"kty": "oct", "kid": "hmac", "k": URL_SAFE_NO_PAD.encode(b"a shared secret, not a public key")},
    ]}));
    let err = grantdesk::startup::oidc_verifier(Some(provider.settings(Duration::from_secs(60))))
        .await
        .expect_err("no usable key");
    assert!(err.to_string().contains("no usable signing key"), "{err}");
}

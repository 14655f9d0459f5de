//! The test harness: a real server on a random port against a fresh database, with a clock the
//! test controls.
//!
//! The database is a fresh SQLite file per test, or, when `TEST_DATABASE_URL` is a
//! `postgres://` URL, a fresh PostgreSQL database per test (dropped afterwards).

#![allow(dead_code)]

pub mod files;
pub mod python;
pub mod routes;
pub mod s3;
pub mod scenario;
pub mod smtp;
pub mod webhook;

// the scenarios, for the test binaries that use them (not every one does)
#[allow(unused_imports)]
pub use scenario::*;

use std::net::TcpListener;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use grantdesk::startup;
use grantdesk_api::auth::Role;
use grantdesk_domain::webhook::PrivateAddresses;
use grantdesk_domain::FixedClock;
use grantdesk_persistence::Db;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

pub const SECRET: &str = "test-secret-test-secret-test-secret-0123456789";
/// The audit log's signing key in tests (the base64 of 32 bytes of 7) and its name.
pub const LOG_KEY: &str = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";
pub const LOG_ORIGIN: &str = "grantdesk.test/audit";
/// How often the tests' servers seal the audit log.
pub const SEAL_INTERVAL: std::time::Duration = std::time::Duration::from_millis(20);

pub fn log_key() -> Arc<grantdesk_domain::checkpoint::LogKey> {
    Arc::new(
        grantdesk_domain::checkpoint::LogKey::from_base64_seed(LOG_ORIGIN, LOG_KEY)
            .expect("test log key"),
    )
}
/// Tests move the clock by months; tokens live two years so that only the expiry test expires
/// them.
pub const TOKEN_TTL_SECONDS: i64 = 2 * 366 * 24 * 3600;

/// Where the test database lives; removed when the test ends.
pub enum TestDb {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres { admin_url, name } = self {
            use diesel::{Connection, RunQueryDsl};
            if let Ok(mut c) = diesel::PgConnection::establish(admin_url) {
                let _ =
                    diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                        .execute(&mut c);
            }
        }
    }
}

/// A new, empty database (not migrated) on the suite's backend: its URL, and the guard that
/// removes it.
pub fn fresh_database() -> (String, TestDb) {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            use diesel::{Connection, RunQueryDsl};
            let (path, params) = split_params(&url);
            let name = format!("grantdesk_test_{}", Uuid::new_v4().simple());
            let url = format!("{path}?{params}");
            let mut admin = diesel::PgConnection::establish(&url)
                .unwrap_or_else(|e| panic!("cannot connect to TEST_DATABASE_URL {url}: {e}"));
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut admin)
                .expect("create test database");
            let (base, _) = path
                .rsplit_once('/')
                .expect("TEST_DATABASE_URL has a database name");
            let test_url = format!("{base}/{name}?{params}");
            (
                test_url,
                TestDb::Postgres {
                    admin_url: url,
                    name,
                },
            )
        }
        _ => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!(
                "sqlite://{}",
                dir.path().join("grantdesk.sqlite3").display()
            );
            (url, TestDb::Sqlite(dir))
        }
    }
}

/// Splits a PostgreSQL URL into the part before `?` and its parameters, adding
/// `sslmode=disable` unless the URL chooses a mode itself.
///
/// The suite talks to a server on loopback, where TLS protects nothing. With TLS on, libpq uses
/// OpenSSL, whose exit handler frees its global state while the test process's background
/// threads (server workers and pool reapers of tests that already finished) may still be
/// closing TLS connections: CI once saw the heap corrupted at the exit of a test binary that had
/// passed every test. Without TLS no OpenSSL state is touched at all.
fn split_params(url: &str) -> (String, String) {
    let (path, params) = url.split_once('?').unwrap_or((url, ""));
    let mut params: Vec<&str> = params.split('&').filter(|p| !p.is_empty()).collect();
    if !params.iter().any(|p| p.starts_with("sslmode=")) {
        params.push("sslmode=disable");
    }
    (path.to_owned(), params.join("&"))
}

/// Which backend the suite runs on.
pub fn on_postgres() -> bool {
    std::env::var("TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres"))
}

/// An instant given as Brussels local time.
pub fn brussels(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Brussels
        .with_ymd_and_hms(y, m, d, h, min, s)
        .single()
        .expect("unambiguous local time")
        .with_timezone(&Utc)
}

/// The server under test. Cloning gives another handle to the same server (the scenarios hold
/// one); the database and the blob folder go when the last handle does.
#[derive(Clone)]
pub struct TestApp {
    pub base: String,
    pub clock: Arc<FixedClock>,
    pub db: Db,
    pub client: reqwest::Client,
    _db: Arc<TestDb>,
    pub blob_dir: Arc<tempfile::TempDir>,
    /// The database URL, for a second server on the same database.
    pub database_url: String,
}

/// The attachment size limit in tests (small, so that the limit is cheap to test).
pub const MAX_UPLOAD_BYTES: usize = 256 * 1024;
/// The whole multipart form's limit in tests (the server's default: the file and 64 KiB).
pub const MAX_FORM_BYTES: usize = MAX_UPLOAD_BYTES + 64 * 1024;
/// How long a JSON body may take to arrive in tests (short, so that a slow body is cheap to
/// test; loopback delivers a whole body at once).
pub const JSON_BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);
/// How long an upload's body may take to arrive in tests.
pub const UPLOAD_BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// A response: status, content type and JSON body (Null when empty or not JSON).
#[derive(Debug)]
pub struct Res {
    pub status: StatusCode,
    pub content_type: String,
    pub body: Value,
    pub text: String,
}

impl Res {
    /// Asserts a problem+json response with this status and returns its body.
    #[track_caller]
    pub fn problem(&self, status: u16) -> &Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.text
        );
        assert_eq!(
            self.content_type, "application/problem+json",
            "not a problem: {}",
            self.text
        );
        assert_eq!(
            self.body["status"], status,
            "problem status field: {}",
            self.text
        );
        assert!(self.body["type"].is_string() && self.body["title"].is_string());
        &self.body
    }

    #[track_caller]
    pub fn ok(&self, status: u16) -> &Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.text
        );
        &self.body
    }
}

/// The first instant every test starts at: before the reference call's gates.
pub fn default_start() -> DateTime<Utc> {
    brussels(2023, 6, 1, 9, 0, 0)
}

pub async fn spawn_app() -> TestApp {
    spawn_app_at(default_start()).await
}

pub async fn spawn_app_at(now: DateTime<Utc>) -> TestApp {
    spawn_app_configured(now, None, generous_limits(), PrivateAddresses::Refuse).await
}

/// A server that also accepts the access tokens of an external identity provider (its keys
/// loaded at start, as the real server does).
pub async fn spawn_app_with_oidc(oidc: grantdesk_api::auth::OidcSettings) -> TestApp {
    spawn_app_configured(
        default_start(),
        Some(oidc),
        generous_limits(),
        PrivateAddresses::Refuse,
    )
    .await
}

/// The abuse limits of the ordinary tests: on, but so high that no test of something else
/// meets one (the clock stands still unless a test moves it, so nothing comes back by itself).
/// `tests/limits.rs` sets strict ones.
pub fn generous_limits() -> grantdesk_api::limits::RateLimitSettings {
    grantdesk_api::limits::RateLimitSettings::all(grantdesk_api::limits::Rate::new(1_000_000, 1))
}

/// A server with these abuse limits.
pub async fn spawn_app_limited(
    now: DateTime<Utc>,
    rate_limits: grantdesk_api::limits::RateLimitSettings,
) -> TestApp {
    spawn_app_configured(now, None, rate_limits, PrivateAddresses::Refuse).await
}

/// An app that accepts webhook endpoints on 127.0.0.1 (where the tests' receivers run), as
/// `GRANTDESK_WEBHOOK_ALLOW_PRIVATE=true` does.
pub async fn spawn_app_for_webhooks() -> TestApp {
    spawn_app_configured(
        default_start(),
        None,
        generous_limits(),
        PrivateAddresses::Allow,
    )
    .await
}

pub async fn spawn_app_configured(
    now: DateTime<Utc>,
    oidc: Option<grantdesk_api::auth::OidcSettings>,
    rate_limits: grantdesk_api::limits::RateLimitSettings,
    webhook_addresses: PrivateAddresses,
) -> TestApp {
    spawn_app_storing(now, oidc, rate_limits, webhook_addresses, None).await
}

/// A server that keeps its files in `blobs` (an S3 store, say) instead of its own folder
/// (which it is still given, and should leave empty).
pub async fn spawn_app_with_blobs(blobs: grantdesk_persistence::blobs::BlobLocation) -> TestApp {
    spawn_app_storing(
        default_start(),
        None,
        generous_limits(),
        PrivateAddresses::Refuse,
        Some(blobs),
    )
    .await
}

async fn spawn_app_storing(
    now: DateTime<Utc>,
    oidc: Option<grantdesk_api::auth::OidcSettings>,
    rate_limits: grantdesk_api::limits::RateLimitSettings,
    webhook_addresses: PrivateAddresses,
    blobs: Option<grantdesk_persistence::blobs::BlobLocation>,
) -> TestApp {
    let (url, guard) = fresh_database();
    let db = startup::open_database(&url, 16).expect("open test database");
    let url_for_app = url.clone();
    let clock = Arc::new(FixedClock::new(now));
    let blob_dir = tempfile::tempdir().expect("blob dir");
    let blobs = blobs.unwrap_or_else(|| {
        grantdesk_persistence::blobs::BlobLocation::Local(blob_dir.path().to_path_buf())
    });
    let state = startup::app_state(
        db.clone(),
        clock.clone(),
        startup::StateOptions {
            jwt_secret: SECRET.as_bytes(),
            token_ttl_seconds: TOKEN_TTL_SECONDS,
            blobs,
            max_upload_bytes: MAX_UPLOAD_BYTES,
            bodies: grantdesk_api::state::BodyLimits {
                max_form_bytes: MAX_FORM_BYTES,
                json_timeout: JSON_BODY_TIMEOUT,
                upload_timeout: UPLOAD_BODY_TIMEOUT,
            },
            exports: Default::default(),
            oidc: startup::oidc_verifier(oidc)
                .await
                .expect("the identity provider's keys"),
            rate_limits,
            webhook_addresses,
            log_key: log_key(),
        },
    )
    .expect("state");
    grantdesk_api::services::log::Sequencer::new(
        db.clone(),
        clock.clone(),
        log_key(),
        SEAL_INTERVAL,
        // one checkpoint per sealing: a test waits for its entries' checkpoint, not the cadence
        std::time::Duration::ZERO,
    )
    .spawn();
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = startup::run(listener, state).expect("server");
    tokio::spawn(server);
    TestApp {
        base: format!("http://127.0.0.1:{port}"),
        clock,
        db,
        client: reqwest::Client::new(),
        _db: Arc::new(guard),
        blob_dir: Arc::new(blob_dir),
        database_url: url_for_app,
    }
}

impl TestApp {
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Res {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.expect("request");
        Self::read(res).await
    }

    pub async fn read(res: reqwest::Response) -> Res {
        let status = res.status();
        let content_type = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let text = res.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Res {
            status,
            content_type,
            body,
            text,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Res {
        self.request(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Res {
        self.request(Method::POST, path, token, Some(body)).await
    }

    pub async fn put(&self, path: &str, token: Option<&str>, body: Value) -> Res {
        self.request(Method::PUT, path, token, Some(body)).await
    }

    /// A GET whose answer is read as it comes (bytes, headers), for downloads.
    pub async fn get_raw(&self, path: &str, token: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    /// Sends raw bytes with a content type.
    pub async fn post_raw(
        &self,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: &str,
    ) -> Res {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body.to_owned());
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        Self::read(req.send().await.expect("request")).await
    }

    /// Creates a user with `role` and signs in over HTTP; returns the bearer token.
    pub async fn login(&self, role: Role) -> String {
        let email = format!("{}-{}@test.example", role.as_str(), Uuid::new_v4().simple());
        let password = "a-long-test-password";
        let db = self.db.clone();
        let e = email.clone();
        let now = self.clock_now();
        tokio::task::spawn_blocking(move || {
            grantdesk::seed::create_user(&db, &e, password, role, "Test user", now)
        })
        .await
        .expect("join")
        .expect("create user");
        self.token(&email, password).await
    }

    /// Asks to sign up as an applicant; the answer as it is.
    pub async fn sign_up(&self, email: &str, password: &str, display_name: &str) -> Res {
        let body = json!({"email": email, "password": password, "display_name": display_name});
        self.post("/api/v1/auth/signup", None, body).await
    }

    /// Asks for a token; the answer as it is.
    pub async fn sign_in(&self, email: &str, password: &str) -> Res {
        let body = json!({"email": email, "password": password});
        self.post("/api/v1/auth/token", None, body).await
    }

    /// Signs in (200 asserted); returns the bearer token.
    pub async fn token(&self, email: &str, password: &str) -> String {
        let res = self.sign_in(email, password).await;
        res.ok(200)["access_token"]
            .as_str()
            .expect("token")
            .to_owned()
    }

    pub fn clock_now(&self) -> DateTime<Utc> {
        use grantdesk_domain::Clock;
        self.clock.now()
    }

    pub fn set_time(&self, t: DateTime<Utc>) {
        self.clock.set(t);
    }

    /// Creates a budget article for a year and credits it (VAK) with `amount`.
    pub async fn funded_article(&self, finance: &str, code: &str, year: i32, amount: &str) {
        self.post(
            "/api/v1/budget-articles",
            Some(finance),
            json!({"code": code, "budget_year": year, "description": "test article"}),
        )
        .await
        .ok(201);
        if amount != "0.00" {
            self.post(
                &format!("/api/v1/budget-articles/{code}/{year}/credits"),
                Some(finance),
                json!({"transfer_id": Uuid::new_v4(), "amount": amount, "reference": "initial credit"}),
            )
            .await
            .ok(201);
        }
    }

    /// Creates a draft call; returns its id.
    pub async fn draft_call(&self, admin: &str, body: Value) -> String {
        let res = self.post("/api/v1/calls", Some(admin), body).await;
        res.ok(201)["id"].as_str().expect("id").to_owned()
    }

    /// Records the three gates favourably, dated as the reference call's evidence (15 June,
    /// 26 June, 7 July 2023), or on the clock's day (in Brussels) where that day comes first:
    /// evidence is never dated in the future.
    pub async fn approve(&self, admin: &str, call: &str) {
        let today = self
            .clock_now()
            .with_timezone(&chrono_tz::Europe::Brussels)
            .date_naive();
        for (gate, reference, date) in [
            ("if_advice", "GDR/2023002349", "2023-06-15"),
            ("budget_agreement", "BA-2023-06-26", "2023-06-26"),
            ("government_approval", "VR-2023-07-07", "2023-07-07"),
        ] {
            let date = date
                .parse::<chrono::NaiveDate>()
                .expect("date")
                .min(today)
                .to_string();
            self.post(
                &format!("/api/v1/calls/{call}/gates/{gate}"),
                Some(admin),
                json!({"reference": reference, "date": date, "verdict": "favourable"}),
            )
            .await
            .ok(201);
        }
    }

    pub async fn article_balance(&self, token: &str, code: &str, year: i32) -> Value {
        let res = self
            .get(
                &format!("/api/v1/budget-articles/{code}/{year}"),
                Some(token),
            )
            .await;
        res.ok(200)["balances"][0].clone()
    }
}

/// The reference call's definition (DOMAIN.md), with a reference of choice.
pub fn reference_call(reference: &str) -> Value {
    json!({
        "reference": reference,
        "title": "Expertenpool ter ondersteuning van lokale besturen in het kader van de preventie van gewelddadige radicalisering en extremisme",
        "description": "Een pool van experten ter ondersteuning van lokale besturen.",
        "policy_link": "Vlaams actieplan, doelstelling 4, actie 4.3",
        "budget": "750000.00",
        "budget_article": "SJ0-1SMC2GA-WT",
        "budget_year": 2023,
        "tracks": [
            {"name": "Eén-op-één ondersteuning van lokale besturen"},
            {"name": "Veilige en vertrouwde omgevingen"},
            {"name": "Ondersteuning in aanpak van online extremisme"}
        ],
        "deadline": "2023-08-31T10:00",
        "time_zone": "Europe/Brussels",
        "start_date": "2024-11-01",
        "criteria": default_criteria()
    })
}

/// What a call's reviews score unless a test says otherwise (a call opens only with criteria).
pub fn default_criteria() -> Value {
    json!([{"key": "quality", "name": "Kwaliteit van het voorstel", "weight": 1, "max_score": 10}])
}

/// A small call on an article of choice, for tests that need many calls.
pub fn small_call(reference: &str, article: &str, budget: &str) -> Value {
    json!({
        "reference": reference,
        "title": format!("Test call {reference}"),
        "budget": budget,
        "budget_article": article,
        "budget_year": 2023,
        "tracks": [{"name": "Only track"}],
        "deadline": "2023-08-31T10:00",
        "start_date": "2024-11-01",
        "criteria": default_criteria()
    })
}

pub const ALL_ROLES: [Role; 5] = [
    Role::Admin,
    Role::Finance,
    Role::Reviewer,
    Role::Applicant,
    Role::Auditor,
];

/// A valid Belgian enterprise number for `n` (mod-97 check digits computed).
/// The evidence staff verify an organisation on.
pub fn verification_evidence() -> Value {
    json!({
        "kbo_extract_reference": "KBO extract 2026-12-01",
        "mandate_reference": "Council decision 2026-11-20 item 14",
        "representative_identity": "eID checked at the helpdesk, 2026-12-01",
    })
}

pub fn kbo(n: u32) -> String {
    // the check is over the first 8 of the 10 digits: "0" + 7 digits of n
    let first8 = 2_000_000u64 + u64::from(n);
    let check = 97 - (first8 % 97);
    format!("{first8:08}{check:02}")
}

/// A whole PDF small enough for any limit: one empty A4 page, the offsets of its
/// cross-reference table right (`qpdf --check` finds no error).
pub const TINY_PDF: &[u8] = include_bytes!("../fixtures/one-page.pdf");

impl TestApp {
    /// Signs up an applicant over HTTP and returns its token.
    pub async fn applicant(&self) -> String {
        let email = format!("applicant-{}@test.example", Uuid::new_v4().simple());
        let password = "a-long-applicant-password";
        self.sign_up(&email, password, "Applicant").await.ok(201);
        self.token(&email, password).await
    }

    /// Registers an organisation for the applicant; returns its id.
    pub async fn organisation(&self, token: &str, name: &str, kbo: &str) -> String {
        let res = self
            .post(
                "/api/v1/organisations",
                Some(token),
                json!({"name": name, "kbo": kbo, "kind": "local_government",
                       "address": {"street": "Stadsplein 1", "postal_code": "3600", "city": "Genk"}}),
            )
            .await;
        res.ok(201)["id"].as_str().expect("id").to_owned()
    }

    /// Verifies organisation `id` as `admin` on [`verification_evidence`] (200 asserted): only
    /// a verified organisation is paid. Answers the organisation.
    pub async fn verify_organisation(&self, admin: &str, id: &str) -> Value {
        let res = self
            .post(
                &format!("/api/v1/organisations/{id}/verification"),
                Some(admin),
                verification_evidence(),
            )
            .await;
        res.ok(200).clone()
    }

    /// An open call (approved and opened now) with the given extra definition; returns its id.
    pub async fn open_call(&self, admin: &str, finance: &str, mut call: Value) -> String {
        let article = call["budget_article"].as_str().expect("article").to_owned();
        let year = call["budget_year"].as_i64().expect("year") as i32;
        let budget = call["budget"].as_str().expect("budget").to_owned();
        let exists = self
            .get(
                &format!("/api/v1/budget-articles/{article}/{year}"),
                Some(finance),
            )
            .await;
        if exists.status.as_u16() == 404 {
            self.funded_article(finance, &article, year, "0.00").await;
        }
        self.post(
            &format!("/api/v1/budget-articles/{article}/{year}/credits"),
            Some(finance),
            json!({"transfer_id": Uuid::new_v4(), "amount": budget, "reference": "for a test call"}),
        )
        .await
        .ok(201);
        if call.get("time_zone").is_none() {
            call["time_zone"] = json!("Europe/Brussels");
        }
        let id = self.draft_call(admin, call).await;
        self.approve(admin, &id).await;
        self.post(&format!("/api/v1/calls/{id}/open"), Some(admin), json!({}))
            .await
            .ok(200);
        id
    }

    /// Every audit record of one target, oldest first, read by `reader` (one page holds them
    /// all, and each names the target).
    pub async fn audit_of(&self, reader: &str, target_type: &str, target_id: &str) -> Vec<Value> {
        let id = target_id.replace(' ', "%20");
        let res = self
            .get(
                &format!("/api/v1/audit?target_type={target_type}&target_id={id}&per_page=100"),
                Some(reader),
            )
            .await;
        let page = res.ok(200);
        let items = page["items"].as_array().unwrap().clone();
        assert_eq!(page["total"], items.len(), "one page holds them all");
        for item in &items {
            assert_eq!(item["target_type"], target_type);
            assert_eq!(item["target_id"], target_id);
        }
        items
    }

    /// The actions of one target's audit records, oldest first.
    pub async fn audit_actions(
        &self,
        reader: &str,
        target_type: &str,
        target_id: &str,
    ) -> Vec<String> {
        self.audit_of(reader, target_type, target_id)
            .await
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_owned())
            .collect()
    }

    /// The same test's handle, talking to another server (a [`ServerProcess`] on its database).
    pub fn at(&self, base: &str) -> TestApp {
        TestApp {
            base: base.to_owned(),
            ..self.clone()
        }
    }

    /// Posts a multipart form to `path` as `token`: the text fields `text` and the file `file`
    /// (its name and content) in the field "file"; returns the response.
    pub async fn post_form(
        &self,
        path: &str,
        token: &str,
        text: &[(&str, &str)],
        (name, content): (&str, Vec<u8>),
    ) -> Res {
        let part = reqwest::multipart::Part::bytes(content).file_name(name.to_owned());
        let form = text
            .iter()
            .fold(reqwest::multipart::Form::new(), |form, (field, value)| {
                form.text(field.to_string(), value.to_string())
            })
            .part("file", part);
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .bearer_auth(token)
            .multipart(form)
            .send()
            .await
            .expect("multipart post");
        Self::read(res).await
    }

    /// Uploads a file as multipart; returns the response.
    pub async fn upload(
        &self,
        token: &str,
        application: &str,
        kind: &str,
        name: &str,
        content: Vec<u8>,
    ) -> Res {
        self.post_form(
            &format!("/api/v1/applications/{application}/attachments"),
            token,
            &[("kind", kind)],
            (name, content),
        )
        .await
    }
}

/// The reference call with an application form: two questions (one required) and the
/// application form as a required attachment; a cap per project.
pub fn call_with_form(reference: &str) -> Value {
    let mut call = reference_call(reference);
    call["cap_per_project"] = json!("60000.00");
    call["questions"] = json!([
        {"key": "expertise", "label": "Welke expertise brengt u in?", "required": true, "max_length": 2000},
        {"key": "complement_vvsg", "label": "Hoe vult u de VVSG aan?", "required": false, "max_length": 500}
    ]);
    call["attachment_kinds"] = json!([
        {"kind": "application_form", "label": "Aanvraagformulier", "required": true}
    ]);
    call
}

/// A complete application body for `organisation`.
pub fn complete_application(organisation: &str) -> Value {
    json!({
        "organisation_id": organisation,
        "track": 1,
        "title": "Expertenpool Limburg",
        "summary": "Eén-op-één ondersteuning van lokale besturen.",
        "answers": {"expertise": "Twintig jaar ervaring met deradicalisering."},
        "partners": [],
        "contact": {"name": "Jan Peeters", "email": "jan.peeters@genk.be", "phone": "+32 89 65 44 11"},
        "budget_lines": [
            {"category": "personnel", "description": "Expert coaching", "amount": "24000.00"},
            {"category": "operating", "description": "Verplaatsingen", "amount": "1000.50"}
        ]
    })
}

/// Reads what `grantdesk serve` prints until it says where it listens: what it printed before
/// that, and the address (`None` when it stopped first). The rest of its output is read and
/// dropped in a thread of its own, so that it never blocks on a full pipe.
pub fn read_until_listening(stdout: std::process::ChildStdout) -> (String, Option<String>) {
    use std::io::BufRead;
    let mut lines = std::io::BufReader::new(stdout).lines();
    let mut printed = String::new();
    for line in lines.by_ref().map_while(Result::ok) {
        if let Some(rest) = line.split("listening on http://").nth(1) {
            let addr = rest.split_whitespace().next().map(str::to_owned);
            std::thread::spawn(move || lines.for_each(drop));
            return (printed, addr);
        }
        printed.push_str(&line);
        printed.push('\n');
    }
    (printed, None)
}

/// A second server: the real `grantdesk` binary in its own process, on the same database, with
/// the real clock. Killed when dropped.
pub struct ServerProcess {
    pub base: String,
    child: std::process::Child,
}

impl ServerProcess {
    /// SIGKILL: no shutdown, no flush, as a crash.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestApp {
    pub async fn spawn_process(&self) -> ServerProcess {
        self.spawn_process_with(&[]).await
    }

    /// [`spawn_process`](Self::spawn_process) with more environment variables.
    pub async fn spawn_process_with(&self, env: &[(&str, String)]) -> ServerProcess {
        let data = tempfile::tempdir().expect("data dir").keep();
        // port 0: the server binds a free port itself and says which (a port chosen here could
        // be taken by another test's server before this one binds it)
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_grantdesk"))
            .arg("serve")
            .env("DATABASE_URL", &self.database_url)
            .env("GRANTDESK_BIND", "127.0.0.1:0")
            .env("GRANTDESK_DEMO", "false")
            .env("GRANTDESK_JWT_SECRET", SECRET)
            .env("GRANTDESK_LOG_KEY", LOG_KEY)
            .env("GRANTDESK_LOG_ORIGIN", LOG_ORIGIN)
            .env("GRANTDESK_BLOB_DIR", data.join("blobs"))
            // the tests of something else run from one address, fast
            .env("GRANTDESK_RATE_LIMITS", "off")
            .env("RUST_LOG", "warn")
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start the grantdesk binary");
        let stdout = child.stdout.take().expect("stdout");
        // owned at once, so that it is killed and reaped whatever happens next
        let mut process = ServerProcess {
            base: String::new(),
            child,
        };
        let said = tokio::task::spawn_blocking(move || read_until_listening(stdout).1);
        let addr = tokio::time::timeout(std::time::Duration::from_secs(60), said)
            .await
            .expect("the second server says where it listens within a minute")
            .expect("reading its output");
        let Some(addr) = addr else {
            panic!("the second server stopped before listening");
        };
        process.base = format!("http://{addr}");
        for _ in 0..200 {
            if let Ok(r) = self
                .client
                .get(format!("{}/health/ready", process.base))
                .send()
                .await
            {
                if r.status().is_success() {
                    return process;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the second server did not start");
    }

    /// A token for the same user as `token`, valid by the real clock (for a server process).
    pub fn real_time_token(&self, token: &str) -> String {
        use base64::Engine;
        let payload = token.split('.').nth(1).expect("jwt");
        let claims: serde_json::Value = serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(payload)
                .expect("base64"),
        )
        .expect("claims");
        let keys = grantdesk_api::auth::JwtKeys::new(SECRET.as_bytes(), chrono::Duration::hours(1))
            .expect("keys");
        let role = grantdesk_api::auth::Role::parse(claims["role"].as_str().unwrap()).unwrap();
        keys.issue(
            claims["sub"].as_str().unwrap().parse().unwrap(),
            claims["email"].as_str().unwrap(),
            role,
            vec![],
            claims["ver"].as_i64().expect("ver"),
            Utc::now(),
        )
        .expect("issue")
        .0
    }
}

/// Delivery as the tests run it: `max_attempts` attempts 10 s apart (doubling up to a minute),
/// `batch` messages claimed at once, 4 in flight, a look every 50 ms, never yielding (the tests'
/// own requests would hold it up).
pub fn test_delivery(
    max_attempts: u32,
    batch: i64,
) -> grantdesk_api::notify::worker::DeliverySettings {
    use std::time::Duration;
    grantdesk_api::notify::worker::DeliverySettings {
        policy: grantdesk_domain::RetryPolicy {
            max_attempts,
            base: Duration::from_secs(10),
            cap: Duration::from_secs(60),
        },
        lease: Duration::from_secs(30),
        batch,
        concurrency: 4,
        interval: Duration::from_millis(50),
        yielding: grantdesk_api::load::YieldSettings::NEVER,
    }
}

/// The sender of the tests' mail.
pub const MAIL_FROM: &str = "grantdesk <noreply@test.example>";

impl TestApp {
    /// A delivery worker on this app's database and clock, sending mail to `smtp`.
    pub fn delivery_worker(
        &self,
        smtp: &smtp::SmtpSink,
        settings: grantdesk_api::notify::worker::DeliverySettings,
    ) -> grantdesk_api::notify::worker::Worker {
        self.worker(Some(smtp), settings, Default::default())
    }

    /// The messages of `kind` in the outbox (decision_letter, objection_lodged, ...), oldest
    /// first: (organisation, application, payload).
    pub fn outbox(&self, kind: &str) -> Vec<(uuid::Uuid, uuid::Uuid, Value)> {
        let mut conn = self.db.conn().expect("a connection");
        grantdesk_persistence::assessment::outbox_messages(&mut conn, kind).expect("the outbox")
    }

    /// The reminder job on this app's database and clock, reminding drafts at `offsets`
    /// (`GRANTDESK_REMINDER_OFFSETS`'s spelling).
    pub fn reminder_job(&self, offsets: &str) -> grantdesk_api::notify::reminders::ReminderJob {
        grantdesk_api::notify::reminders::ReminderJob::new(
            self.db.clone(),
            self.clock.clone(),
            grantdesk_api::notify::reminders::ReminderSettings {
                offsets: grantdesk_domain::ReminderOffsets::parse(offsets).expect("offsets"),
                interval: std::time::Duration::from_millis(100),
            },
        )
    }

    /// A delivery worker on this app's database and clock: mail to `smtp` if given, webhooks
    /// as `webhooks` says.
    pub fn worker(
        &self,
        smtp: Option<&smtp::SmtpSink>,
        settings: grantdesk_api::notify::worker::DeliverySettings,
        webhooks: grantdesk_api::notify::webhook::WebhookSettings,
    ) -> grantdesk_api::notify::worker::Worker {
        let mail = smtp.map(|smtp| grantdesk_api::notify::mail::MailSettings {
            smtp_url: smtp.url(),
            from: MAIL_FROM.to_owned(),
            public_url: self.base.clone(),
        });
        startup::delivery_worker(
            self.db.clone(),
            self.clock.clone(),
            mail.as_ref().map(|m| (m, SECRET.as_bytes())),
            &settings,
            &webhooks,
        )
        .expect("delivery worker")
    }
}

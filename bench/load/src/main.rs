//! grantdesk open-model load test (goose): simulated users in four kinds of session, each a
//! sequence of 11 requests separated by think time, arriving at HATCH_RATE users per second.
//! See bench/load/README.md. The data (an open call, applicants' drafts, staff tokens) is
//! prepared beforehand by bench/load/run.sh; this binary reads it from $LOAD_DIR.
//!
//! Environment:
//!   LOAD_DIR            folder with setup.json and ids.txt (bench/prepare.py's output)
//!   THINK_MIN_MS / THINK_MAX_MS   think time after each request (default 18000 / 54000: one
//!                       request every ~36 s per user, simpler-grants-gov's 11 events in 6 min 40 s)
//!   WEIGHT_BROWSE / WEIGHT_APPLICANT / WEIGHT_FINANCE / WEIGHT_ADMIN   users per kind of session
//!                       (default 60 / 30 / 5 / 5)
//! Everything else (--users, --hatch-rate, --run-time, --host, --report-file ...) is goose's.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use goose::prelude::*;
use rand::Rng;
use serde_json::{json, Value};

static PDF: &[u8] = include_bytes!("../../../tests/fixtures/one-page.pdf");

struct Data {
    call_id: String,
    article: String,
    year: i64,
    admin_token: String,
    finance_token: String,
    /// complete drafts with their owner's bearer token; each is taken by one applicant session
    drafts: Vec<(String, String)>,
    /// the owners' tokens, for the reads of sessions that find the pool used up
    tokens: Vec<String>,
}

static DATA: OnceLock<Data> = OnceLock::new();
static NEXT_DRAFT: AtomicUsize = AtomicUsize::new(0);
static POOL_EMPTY: AtomicUsize = AtomicUsize::new(0);

fn data() -> &'static Data {
    DATA.get().expect("data loaded")
}

fn load_data() -> Data {
    let dir = std::env::var("LOAD_DIR").expect("LOAD_DIR: the folder with setup.json and ids.txt");
    let setup: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/setup.json")).expect("setup.json"),
    )
    .expect("setup.json is JSON");
    let s = |k: &str| {
        setup[k]
            .as_str()
            .unwrap_or_else(|| panic!("setup.json: {k}"))
            .to_string()
    };
    let drafts: Vec<(String, String)> = std::fs::read_to_string(format!("{dir}/ids.txt"))
        .expect("ids.txt")
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.to_string(), it.next()?.to_string()))
        })
        .collect();
    assert!(!drafts.is_empty(), "ids.txt has no drafts");
    let mut tokens: Vec<String> = drafts.iter().map(|(_, t)| t.clone()).collect();
    tokens.sort();
    tokens.dedup();
    Data {
        call_id: s("call_id"),
        article: s("article"),
        year: setup["year"].as_i64().expect("setup.json: year"),
        admin_token: s("admin_token"),
        finance_token: s("finance_token"),
        drafts,
        tokens,
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One applicant session's state: the draft it edits, uploads to and submits, or none when the
/// pool of prepared drafts is used up (the session then only reads).
#[derive(Clone)]
struct ApplicantSession {
    token: String,
    draft: Option<String>,
}

/// Sends one request named `name` (goose reports per name). Any status other than `expect` is
/// a failure (goose counts it, with its status code, under that name).
async fn send(
    user: &mut GooseUser,
    name: &str,
    method: GooseMethod,
    path: &str,
    token: Option<&str>,
    body: Option<Body>,
    expect: u16,
) -> TransactionResult {
    let mut rb = user.get_request_builder(&method, path)?;
    if let Some(t) = token {
        rb = rb.bearer_auth(t);
    }
    match body {
        Some(Body::Json(v)) => rb = rb.json(&v),
        Some(Body::Multipart(bytes, content_type)) => {
            rb = rb.header("content-type", content_type).body(bytes)
        }
        None => {}
    }
    let req = GooseRequest::builder()
        .method(method)
        .path(path)
        .name(name)
        .expect_status_code(expect)
        .set_request_builder(rb)
        .build();
    user.request(req).await?;
    Ok(())
}

enum Body {
    Json(Value),
    Multipart(Vec<u8>, String),
}

fn multipart(kind: &str, file_name: &str, content: &[u8]) -> (Vec<u8>, String) {
    let boundary = format!("load{:016x}", rand::thread_rng().gen::<u64>());
    let mut b = Vec::with_capacity(content.len() + 400);
    b.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n{kind}\r\n")
            .as_bytes(),
    );
    b.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    b.extend_from_slice(content);
    b.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (b, format!("multipart/form-data; boundary={boundary}"))
}

fn draft_content(n: u64) -> Value {
    // the complete content bench/prepare.py gave the draft, edited: still submittable
    json!({
        "track": 1 + n % 2,
        "title": format!("Aanvraag (bewerkt {n})"),
        "summary": "Ondersteuning van lokale besturen, herwerkt.",
        "answers": {"expertise": "Twintig jaar ervaring.", "approach": format!("Coaching, versie {n}.")},
        "contact": {"name": "Jan Peeters", "email": "jan@example.be"},
        "budget_lines": [
            {"category": "personnel", "description": "Coaching", "amount": "12000.10"},
            {"category": "operating", "description": "Verplaatsingen", "amount": "0.20"}
        ]
    })
}

fn calls_path() -> String {
    // the list as a visitor browses it: all, the open ones, a search
    match rand::thread_rng().gen_range(0..3) {
        0 => "/api/v1/calls".to_string(),
        1 => "/api/v1/calls?status=open".to_string(),
        _ => "/api/v1/calls?q=BENCH".to_string(),
    }
}

// ------------------------------------------------------------------ browse (public visitors)

async fn browse_list(user: &mut GooseUser) -> TransactionResult {
    send(
        user,
        "calls:list",
        GooseMethod::Get,
        &calls_path(),
        None,
        None,
        200,
    )
    .await
}
async fn browse_call(user: &mut GooseUser) -> TransactionResult {
    let p = format!("/api/v1/calls/{}", data().call_id);
    send(user, "calls:get", GooseMethod::Get, &p, None, None, 200).await
}
async fn browse_questions(user: &mut GooseUser) -> TransactionResult {
    let p = format!("/api/v1/calls/{}/questions", data().call_id);
    send(
        user,
        "questions:list",
        GooseMethod::Get,
        &p,
        None,
        None,
        200,
    )
    .await
}

// ------------------------------------------------------------------ applicants

fn applicant(user: &GooseUser) -> ApplicantSession {
    user.get_session_data::<ApplicantSession>()
        .cloned()
        .unwrap_or(ApplicantSession {
            token: data().tokens[0].clone(),
            draft: None,
        })
}

/// The session's first request: takes the next prepared draft (its owner's token with it).
async fn applicant_start(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let i = NEXT_DRAFT.fetch_add(1, Ordering::Relaxed);
    let session = match d.drafts.get(i) {
        Some((app, token)) => ApplicantSession {
            token: token.clone(),
            draft: Some(app.clone()),
        },
        None => {
            if POOL_EMPTY.fetch_add(1, Ordering::Relaxed) == 0 {
                eprintln!(
                    "grantdesk-load: the {} prepared drafts are used up; later applicant sessions only read (raise DRAFTS)",
                    d.drafts.len()
                );
            }
            ApplicantSession {
                token: d.tokens[i % d.tokens.len()].clone(),
                draft: None,
            }
        }
    };
    user.set_session_data(session.clone());
    send(
        user,
        "calls:list",
        GooseMethod::Get,
        &calls_path(),
        Some(&session.token),
        None,
        200,
    )
    .await
}
async fn applicant_call(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let p = format!("/api/v1/calls/{}", data().call_id);
    send(
        user,
        "calls:get",
        GooseMethod::Get,
        &p,
        Some(&s.token),
        None,
        200,
    )
    .await
}
async fn applicant_questions(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let p = format!("/api/v1/calls/{}/questions", data().call_id);
    send(
        user,
        "questions:list",
        GooseMethod::Get,
        &p,
        Some(&s.token),
        None,
        200,
    )
    .await
}
async fn applicant_mine(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    send(
        user,
        "applications:mine",
        GooseMethod::Get,
        "/api/v1/applications",
        Some(&s.token),
        None,
        200,
    )
    .await
}
async fn applicant_get(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    match &s.draft {
        Some(app) => {
            let p = format!("/api/v1/applications/{app}");
            send(
                user,
                "application:get",
                GooseMethod::Get,
                &p,
                Some(&s.token),
                None,
                200,
            )
            .await
        }
        None => applicant_mine(user).await,
    }
}
async fn applicant_edit(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let Some(app) = &s.draft else {
        return applicant_mine(user).await;
    };
    let p = format!("/api/v1/applications/{app}");
    let n = rand::thread_rng().gen::<u32>() as u64;
    send(
        user,
        "draft:edit",
        GooseMethod::Put,
        &p,
        Some(&s.token),
        Some(Body::Json(draft_content(n))),
        200,
    )
    .await
}
async fn applicant_budget_lines(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let Some(app) = &s.draft else {
        return applicant_mine(user).await;
    };
    let p = format!("/api/v1/applications/{app}/budget-lines");
    let body = json!({"budget_lines": [
        {"category": "personnel", "description": "Coaching", "amount": "12000.10"},
        {"category": "operating", "description": "Verplaatsingen", "amount": "0.20"}
    ]});
    send(
        user,
        "draft:budget-lines",
        GooseMethod::Put,
        &p,
        Some(&s.token),
        Some(Body::Json(body)),
        200,
    )
    .await
}
async fn applicant_upload(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let Some(app) = &s.draft else {
        return applicant_mine(user).await;
    };
    let p = format!("/api/v1/applications/{app}/attachments");
    // an annex (any call accepts one; the draft's required application form is already there)
    let (bytes, ct) = multipart("annex", "bijlage.pdf", PDF);
    send(
        user,
        "draft:upload",
        GooseMethod::Post,
        &p,
        Some(&s.token),
        Some(Body::Multipart(bytes, ct)),
        201,
    )
    .await
}
async fn applicant_submit(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let Some(app) = &s.draft else {
        return applicant_mine(user).await;
    };
    let p = format!("/api/v1/applications/{app}/submit");
    send(
        user,
        "submit",
        GooseMethod::Post,
        &p,
        Some(&s.token),
        None,
        201,
    )
    .await
}
async fn applicant_receipts(user: &mut GooseUser) -> TransactionResult {
    let s = applicant(user);
    let Some(app) = &s.draft else {
        return applicant_mine(user).await;
    };
    let p = format!("/api/v1/applications/{app}/receipts");
    send(
        user,
        "receipts:list",
        GooseMethod::Get,
        &p,
        Some(&s.token),
        None,
        200,
    )
    .await
}

// ------------------------------------------------------------------ finance

async fn finance_calls(user: &mut GooseUser) -> TransactionResult {
    let t = &data().finance_token;
    send(
        user,
        "calls:list",
        GooseMethod::Get,
        &calls_path(),
        Some(t),
        None,
        200,
    )
    .await
}
async fn finance_call_budget(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let p = format!("/api/v1/calls/{}/budget", d.call_id);
    send(
        user,
        "finance:call-budget",
        GooseMethod::Get,
        &p,
        Some(&d.finance_token),
        None,
        200,
    )
    .await
}
async fn finance_article(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let p = format!("/api/v1/budget-articles/{}/{}", d.article, d.year);
    send(
        user,
        "finance:article",
        GooseMethod::Get,
        &p,
        Some(&d.finance_token),
        None,
        200,
    )
    .await
}
async fn finance_articles(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    send(
        user,
        "finance:articles",
        GooseMethod::Get,
        "/api/v1/budget-articles",
        Some(&d.finance_token),
        None,
        200,
    )
    .await
}

// ------------------------------------------------------------------ admin

async fn admin_calls(user: &mut GooseUser) -> TransactionResult {
    let t = &data().admin_token;
    send(
        user,
        "calls:list",
        GooseMethod::Get,
        &calls_path(),
        Some(t),
        None,
        200,
    )
    .await
}
async fn admin_applications(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let page = rand::thread_rng().gen_range(1..=5);
    let p = format!(
        "/api/v1/applications?call_id={}&page={page}&per_page=50",
        d.call_id
    );
    send(
        user,
        "admin:applications",
        GooseMethod::Get,
        &p,
        Some(&d.admin_token),
        None,
        200,
    )
    .await
}
async fn admin_submitted(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let p = format!(
        "/api/v1/applications?call_id={}&status=submitted&per_page=50",
        d.call_id
    );
    send(
        user,
        "admin:applications",
        GooseMethod::Get,
        &p,
        Some(&d.admin_token),
        None,
        200,
    )
    .await
}
async fn admin_application(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let (app, _) = &d.drafts[rand::thread_rng().gen_range(0..d.drafts.len())];
    let p = format!("/api/v1/applications/{app}");
    send(
        user,
        "admin:application",
        GooseMethod::Get,
        &p,
        Some(&d.admin_token),
        None,
        200,
    )
    .await
}
async fn admin_audit(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let p = format!(
        "/api/v1/audit?target_type=call&target_id={}&per_page=50",
        d.call_id
    );
    send(
        user,
        "admin:audit",
        GooseMethod::Get,
        &p,
        Some(&d.admin_token),
        None,
        200,
    )
    .await
}
async fn admin_audit_recent(user: &mut GooseUser) -> TransactionResult {
    let d = data();
    let p = "/api/v1/audit?action=application.submit&per_page=50";
    send(
        user,
        "admin:audit",
        GooseMethod::Get,
        p,
        Some(&d.admin_token),
        None,
        200,
    )
    .await
}

// ------------------------------------------------------------------ the attack

macro_rules! seq {
    ($scenario:expr, $($f:ident),+ $(,)?) => {{
        let mut s = $scenario;
        $( s = s.register_transaction(transaction!($f)); )+
        s
    }};
}

#[tokio::main]
async fn main() -> Result<(), GooseError> {
    let help = std::env::args().any(|a| matches!(a.as_str(), "-h" | "--help" | "-V" | "--version"));
    if !help {
        let _ = DATA.set(load_data());
    }
    let think_min = Duration::from_millis(env_u64("THINK_MIN_MS", 18_000));
    let think_max =
        Duration::from_millis(env_u64("THINK_MAX_MS", 54_000).max(think_min.as_millis() as u64));
    let weight = |name: &str, d: u64| env_u64(name, d) as usize;

    // 11 requests per session, in order, then the user starts another session
    let browse = seq!(
        scenario!("browse")
            .set_weight(weight("WEIGHT_BROWSE", 60).max(1))?
            .set_wait_time(think_min, think_max)?,
        browse_list,
        browse_call,
        browse_questions,
        browse_list,
        browse_call,
        browse_questions,
        browse_list,
        browse_call,
        browse_questions,
        browse_call,
        browse_questions,
    );
    let applicant = seq!(
        scenario!("applicant")
            .set_weight(weight("WEIGHT_APPLICANT", 30).max(1))?
            .set_wait_time(think_min, think_max)?,
        applicant_start,
        applicant_call,
        applicant_questions,
        applicant_mine,
        applicant_get,
        applicant_edit,
        applicant_budget_lines,
        applicant_upload,
        applicant_get,
        applicant_submit,
        applicant_receipts,
    );
    let finance = seq!(
        scenario!("finance")
            .set_weight(weight("WEIGHT_FINANCE", 5).max(1))?
            .set_wait_time(think_min, think_max)?,
        finance_calls,
        finance_article,
        finance_call_budget,
        finance_articles,
        finance_call_budget,
        finance_article,
        finance_calls,
        finance_call_budget,
        finance_article,
        finance_call_budget,
        finance_article,
    );
    let admin = seq!(
        scenario!("admin")
            .set_weight(weight("WEIGHT_ADMIN", 5).max(1))?
            .set_wait_time(think_min, think_max)?,
        admin_calls,
        admin_applications,
        admin_application,
        admin_audit,
        admin_submitted,
        admin_application,
        admin_applications,
        admin_audit_recent,
        admin_application,
        admin_applications,
        admin_audit,
    );

    let mut attack = GooseAttack::initialize()?;
    for (s, name) in [
        (browse, "WEIGHT_BROWSE"),
        (applicant, "WEIGHT_APPLICANT"),
        (finance, "WEIGHT_FINANCE"),
        (admin, "WEIGHT_ADMIN"),
    ] {
        if env_u64(name, 1) > 0 {
            attack = attack.register_scenario(s);
        }
    }
    let metrics = attack.execute().await?;
    let used = NEXT_DRAFT.load(Ordering::Relaxed).min(data().drafts.len());
    eprintln!(
        "grantdesk-load: applicant sessions started {}, drafts used {} of {}, sessions without a draft {}",
        NEXT_DRAFT.load(Ordering::Relaxed),
        used,
        data().drafts.len(),
        POOL_EMPTY.load(Ordering::Relaxed)
    );
    let _ = metrics;
    Ok(())
}

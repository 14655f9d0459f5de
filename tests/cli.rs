//! The `grantdesk` binary from the outside: `migrate`, `user create`, and `serve` with and
//! without demo seeding.
//!
//! The fresh-file tests run on SQLite whatever `TEST_DATABASE_URL` says (they are about the file
//! the binary creates); `user create` runs against the harness's database, so it also runs on
//! PostgreSQL when the suite does.

mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};

use common::*;
use grantdesk::seed::DEMO_ACCOUNTS;
use serde_json::json;

/// The binary with an environment of our own: every `GRANTDESK_*` and `DATABASE_URL` of the
/// caller's environment removed.
fn grantdesk(database_url: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_grantdesk"));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("GRANTDESK_") || name == "DATABASE_URL" {
            cmd.env_remove(name.as_ref());
        }
    }
    cmd.env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    cmd
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// How many migrations the binary embeds for SQLite: one per folder.
fn sqlite_migration_count() -> i64 {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("up.sql").is_file())
        .count() as i64
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn count(path: &Path, sql: &str) -> i64 {
    use diesel::{Connection, RunQueryDsl};
    let mut conn = diesel::SqliteConnection::establish(&path.display().to_string()).unwrap();
    diesel::sql_query(sql)
        .get_result::<Count>(&mut conn)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .n
}

#[test]
fn migrate_creates_and_migrates_a_fresh_sqlite_file_and_can_run_again() {
    let dir = tempfile::tempdir().unwrap();
    // a folder that does not exist yet
    let file = dir.path().join("nested/grantdesk.sqlite3");
    for run in 1..=2 {
        let out = grantdesk(&sqlite_url(&file))
            .arg("migrate")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "run {run}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains("migrated") && stdout.contains("sqlite"),
            "{stdout}"
        );
        assert!(file.is_file(), "run {run}: {} exists", file.display());
        assert_eq!(
            count(
                &file,
                "SELECT COUNT(*) AS n FROM __diesel_schema_migrations"
            ),
            sqlite_migration_count(),
            "run {run}: every migration applied once"
        );
    }
    for table in ["calls", "transfers", "accounts", "users", "audit_log"] {
        assert_eq!(
            count(
                &file,
                &format!(
                    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
                )
            ),
            1,
            "{table} exists"
        );
    }
    // migrating seeds nothing
    assert_eq!(count(&file, "SELECT COUNT(*) AS n FROM calls"), 0);
    assert_eq!(count(&file, "SELECT COUNT(*) AS n FROM users"), 0);
}

#[tokio::test]
async fn user_create_makes_a_user_who_can_get_a_token() {
    let app = spawn_app().await;
    let email = "treasurer@example.be";
    let password = "a-long-enough-password";

    // the password from the environment
    let out = grantdesk(&app.database_url)
        .args(["user", "create", "--email", email, "--role", "finance"])
        .args(["--name", "Treasurer"])
        .env("GRANTDESK_PASSWORD", password)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("created finance user"));

    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": email, "password": password}),
        )
        .await;
    let token = res.ok(200);
    assert_eq!(token["role"], "finance");
    let token = token["access_token"].as_str().unwrap().to_owned();
    // the token works for what finance may do
    app.get("/api/v1/budget-articles", Some(&token))
        .await
        .ok(200);
    app.post("/api/v1/calls", Some(&token), reference_call("CLI"))
        .await
        .problem(403);
    let wrong = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": email, "password": "not-the-password"}),
        )
        .await;
    wrong.problem(401);

    // the password from standard input
    let mut child = grantdesk(&app.database_url)
        .args(["user", "create", "--email", "reviewer@example.be"])
        .args(["--role", "reviewer", "--name", "Reviewer"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{password}").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": "reviewer@example.be", "password": password}),
        )
        .await;
    assert_eq!(res.ok(200)["role"], "reviewer");

    // the same email twice, or an unknown role, is refused with a non-zero exit
    let again = grantdesk(&app.database_url)
        .args(["user", "create", "--email", email, "--role", "admin"])
        .args(["--name", "Someone else"])
        .env("GRANTDESK_PASSWORD", "another-long-password")
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already exists"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let res = app
        .post(
            "/api/v1/auth/token",
            None,
            json!({"email": email, "password": password}),
        )
        .await;
    assert_eq!(
        res.ok(200)["role"],
        "finance",
        "the first user is unchanged"
    );
    let bad_role = grantdesk(&app.database_url)
        .args([
            "user",
            "create",
            "--email",
            "x@example.be",
            "--role",
            "boss",
        ])
        .args(["--name", "X"])
        .env("GRANTDESK_PASSWORD", password)
        .output()
        .unwrap();
    assert!(!bad_role.status.success());
    assert!(String::from_utf8_lossy(&bad_role.stderr).contains("unknown role"));
}

/// `grantdesk serve` on a free port; killed when dropped.
struct Served {
    child: Child,
    base: String,
    /// What it printed before it listened.
    stdout: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn serve(mut cmd: Command) -> Served {
    let stderr = tempfile::NamedTempFile::new().unwrap();
    let mut child = cmd
        .arg("serve")
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .stdout(Stdio::piped())
        .stderr(stderr.reopen().unwrap())
        .spawn()
        .expect("start the grantdesk binary");
    let stdout = child.stdout.take().unwrap();
    let mut served = Served {
        child,
        base: String::new(),
        stdout: String::new(),
    };
    // read what it prints until it says where it listens
    let read = tokio::task::spawn_blocking(move || match read_until_listening(stdout) {
        (printed, Some(addr)) => Some((printed, addr)),
        (_, None) => None,
    });
    let found = tokio::time::timeout(std::time::Duration::from_secs(120), read)
        .await
        .expect("the server starts within two minutes")
        .unwrap();
    let Some((printed, addr)) = found else {
        panic!(
            "the server stopped before listening: {}",
            std::fs::read_to_string(stderr.path()).unwrap_or_default()
        );
    };
    served.base = format!("http://{addr}");
    served.stdout = printed;
    served
}

async fn get_json(base: &str, path: &str) -> serde_json::Value {
    let res = reqwest::get(format!("{base}{path}")).await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.json().await.unwrap()
}

#[tokio::test]
async fn without_demo_seeding_the_server_starts_empty_and_prints_no_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("grantdesk.sqlite3");
    let mut cmd = grantdesk(&sqlite_url(&file));
    cmd.env("GRANTDESK_DEMO", "false")
        .env("GRANTDESK_JWT_SECRET", SECRET)
        .env("GRANTDESK_LOG_KEY", common::LOG_KEY);
    let server = serve(cmd).await;
    assert!(
        !server.stdout.contains("demo accounts") && !server.stdout.contains("password"),
        "{}",
        server.stdout
    );
    let calls = get_json(&server.base, "/api/v1/calls").await;
    assert_eq!(calls["total"], 0, "{calls}");
    drop(server);
    assert_eq!(count(&file, "SELECT COUNT(*) AS n FROM users"), 0);
    assert_eq!(count(&file, "SELECT COUNT(*) AS n FROM calls"), 0);
    assert!(!dir.path().join("jwt-secret").exists());

    // `serve --no-demo` is the same; without a secret outside demo mode it does not start
    let out = grantdesk(&sqlite_url(&file))
        .args(["serve", "--no-demo"])
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("GRANTDESK_JWT_SECRET"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn demo_mode_seeds_the_calls_and_prints_the_demo_accounts_on_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("grantdesk.sqlite3");
    let mut cmd = grantdesk(&sqlite_url(&file));
    cmd.env("GRANTDESK_DEMO", "true");
    let server = serve(cmd).await;
    assert!(server.stdout.contains("demo accounts"), "{}", server.stdout);
    for (role, email, password) in DEMO_ACCOUNTS {
        let line = server
            .stdout
            .lines()
            .find(|l| l.contains(email))
            .unwrap_or_else(|| panic!("{email} printed: {}", server.stdout));
        assert!(
            line.contains(role.as_str()) && line.contains(password),
            "{line}"
        );
    }
    let calls = get_json(&server.base, "/api/v1/calls").await;
    assert_eq!(calls["total"], 2, "the reference and practice calls");
    let references: Vec<&str> = calls["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["reference"].as_str().unwrap())
        .collect();
    assert!(references.contains(&"EXP23") && references.contains(&"PRACTICE"));

    // the printed accounts sign in
    let (role, email, password) = DEMO_ACCOUNTS[0];
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/token", server.base))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["role"], role.as_str());

    // the generated secret is kept beside the SQLite file and reused by the next start: the
    // token stays valid
    let token = body["access_token"].as_str().unwrap().to_owned();
    let secret = std::fs::read_to_string(dir.path().join("jwt-secret")).unwrap();
    assert!(secret.trim().len() >= 32);
    drop(server);
    let mut cmd = grantdesk(&sqlite_url(&file));
    cmd.env("GRANTDESK_DEMO", "true");
    let again = serve(cmd).await;
    assert!(
        again.stdout.contains("demo accounts (created earlier)"),
        "{}",
        again.stdout
    );
    let res = reqwest::Client::new()
        .get(format!("{}/api/v1/calls?status=draft", again.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        200,
        "a token from the first start still works"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("jwt-secret")).unwrap(),
        secret
    );
    let calls = get_json(&again.base, "/api/v1/calls").await;
    assert_eq!(calls["total"], 2, "seeding twice adds nothing");

    // the audit log's generated key is kept the same way, and the next start signs with it:
    // the log (every checkpoint of both starts) verifies with the kept key
    let key = std::fs::read_to_string(dir.path().join("log-key")).unwrap();
    let verifier = grantdesk_domain::checkpoint::LogKey::from_base64_seed(
        grantdesk::config::DEFAULT_LOG_ORIGIN,
        key.trim(),
    )
    .unwrap()
    .verifier_key();
    assert!(again.stdout.contains(&verifier), "{}", again.stdout);
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    drop(again);
    let out = grantdesk(&sqlite_url(&file))
        .args(["audit", "verify"])
        .env("GRANTDESK_DEMO", "true")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("audit log intact"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("log-key")).unwrap(),
        key
    );
}

#[test]
fn outside_demo_mode_the_server_needs_the_log_key_and_verify_never_makes_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("grantdesk.sqlite3");
    let out = grantdesk(&sqlite_url(&file))
        .args(["serve", "--no-demo"])
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .env("GRANTDESK_JWT_SECRET", SECRET)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("GRANTDESK_LOG_KEY"), "{stderr}");
    // a key that is not 32 bytes of base64 is refused at start-up too
    let out = grantdesk(&sqlite_url(&file))
        .args(["serve", "--no-demo"])
        .env("GRANTDESK_BIND", "127.0.0.1:0")
        .env("GRANTDESK_JWT_SECRET", SECRET)
        .env("GRANTDESK_LOG_KEY", "c2hvcnQ=")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("32 bytes"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // checking with no key at all names what to set, and leaves no key behind
    let out = grantdesk(&sqlite_url(&file))
        .args(["audit", "verify"])
        .env("GRANTDESK_DEMO", "true")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("GRANTDESK_LOG_VERIFIER_KEY"), "{stderr}");
    assert!(!dir.path().join("log-key").exists());
}

#[tokio::test]
async fn metrics_need_a_staff_token_or_their_own_address() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = grantdesk(&sqlite_url(&dir.path().join("grantdesk.db")));
    cmd.env("GRANTDESK_METRICS_BIND", "127.0.0.1:0")
        .env("GRANTDESK_DEMO", "false")
        .env("GRANTDESK_JWT_SECRET", SECRET)
        .env("GRANTDESK_LOG_KEY", common::LOG_KEY);
    let server = serve(cmd).await;
    let metrics_addr = server
        .stdout
        .split("metrics on http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no metrics address printed: {}", server.stdout))
        .to_owned();
    get_json(&server.base, "/api/v1/calls").await;
    // on the API's address: no token, no metrics
    let res = reqwest::get(format!("{}/metrics", server.base))
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    // on their own address: the scraper needs none, and nothing else is served there
    let res = reqwest::get(format!("http://{metrics_addr}/metrics"))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(
        text.contains(
            r#"grantdesk_http_requests_total{method="GET",route="/api/v1/calls",status="200"} 1"#
        ),
        "{text}"
    );
    let res = reqwest::get(format!("http://{metrics_addr}/api/v1/calls"))
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

//! Python packages the tests' real servers and checkers need (aiosmtpd, standardwebhooks),
//! installed on first use with pip into the target folder when the machine's python3 lacks
//! them.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Where `spec` (e.g. `aiosmtpd==1.4.6`, importable as `module`) lives when python3 lacks it:
/// a `pip install --target` folder, put in place by a rename, so that test processes running at
/// once never see half an install. `None` when python3 has it already.
pub fn package_path(spec: &str, module: &str) -> Option<PathBuf> {
    static FOUND: Mutex<Option<HashMap<String, Option<PathBuf>>>> = Mutex::new(None);
    let mut found = FOUND.lock().unwrap_or_else(|e| e.into_inner());
    found
        .get_or_insert_with(HashMap::new)
        .entry(spec.to_owned())
        .or_insert_with(|| install(spec, module))
        .clone()
}

/// The port a test server started on port 0 listens on, read from its first line
/// (`ready PORT`). The server binds the port itself: a port chosen here and bound there could be
/// taken by another process in between (it happened in CI).
pub fn ready_port(child: &mut Child, what: &str) -> u16 {
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .unwrap_or_else(|e| panic!("{what}: its first line: {e}"));
    match line.trim().split_once(' ') {
        Some(("ready", port)) => port
            .parse()
            .unwrap_or_else(|_| panic!("{what} said {line:?}")),
        _ => panic!("{what} did not start: it said {line:?}"),
    }
}

fn install(spec: &str, module: &str) -> Option<PathBuf> {
    let has = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if has {
        return None;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(spec.replace("==", "-"));
    if !dir.join(module).is_dir() {
        let part = dir.with_extension(format!("part-{}", std::process::id()));
        let status = Command::new("python3")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .arg("--target")
            .arg(&part)
            .arg(spec)
            .status()
            .expect("python3 -m pip (these tests need python3 with pip)");
        assert!(status.success(), "pip install {spec} failed");
        // another process may have won the race: then its install stays
        if std::fs::rename(&part, &dir).is_err() {
            let _ = std::fs::remove_dir_all(&part);
        }
    }
    Some(dir)
}

/// What a test server wrote to `folder` so far: each `*.json` file (written whole, by a rename)
/// with its parsed content, in the order of their names.
pub fn json_records(folder: &Path) -> Vec<(PathBuf, serde_json::Value)> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("the server's folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let record = serde_json::from_slice(&std::fs::read(&p).expect("read")).expect("json");
            (p, record)
        })
        .collect()
}

/// Waits (at most `within`) until `read` finds `n` records; all it found.
pub async fn wait_for<T>(n: usize, within: Duration, read: impl Fn() -> Vec<T>) -> Vec<T> {
    let start = Instant::now();
    loop {
        let got = read();
        if got.len() >= n || start.elapsed() > within {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

//! A real SMTP server for the tests: `aiosmtpd` (PyPI) running `tests/fixtures/smtp/sink.py` on
//! 127.0.0.1, writing what it receives to a folder the test reads. aiosmtpd is installed on
//! first use (with pip, into the target folder) when the machine's python3 lacks it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

/// The version the tests run against.
const AIOSMTPD: &str = "aiosmtpd==1.4.6";

/// Where aiosmtpd lives when python3 lacks it: a `pip install --target` folder, put in
/// place by a rename, so that test processes running at once never see half an install.
fn python_path() -> Option<PathBuf> {
    static FOUND: OnceLock<Option<PathBuf>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let has = Command::new("python3")
                .args(["-c", "import aiosmtpd"])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if has {
                return None;
            }
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("aiosmtpd-1.4.6");
            if !dir.join("aiosmtpd").is_dir() {
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
                    .arg(AIOSMTPD)
                    .status()
                    .expect("python3 -m pip (the SMTP tests need python3 with pip)");
                assert!(status.success(), "pip install {AIOSMTPD} failed");
                // another process may have won the race: then its install stays
                if std::fs::rename(&part, &dir).is_err() {
                    let _ = std::fs::remove_dir_all(&part);
                }
            }
            Some(dir)
        })
        .clone()
}

/// A running SMTP server; stopped when dropped.
pub struct SmtpSink {
    pub port: u16,
    folder: tempfile::TempDir,
    child: Child,
}

/// What the server received: the envelope and the message as Python's e-mail parser reads it.
#[derive(Debug, Clone)]
pub struct Received(pub Value);

impl Received {
    pub fn to(&self) -> Vec<String> {
        self.0["rcpt_tos"]
            .as_array()
            .expect("rcpt_tos")
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.0["headers"][name.to_ascii_lowercase()].as_str()
    }
    pub fn subject(&self) -> &str {
        self.header("subject").expect("subject")
    }
    pub fn text(&self) -> &str {
        self.0["text"].as_str().expect("a plain-text part")
    }
    pub fn html(&self) -> &str {
        self.0["html"].as_str().expect("an HTML part")
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SinkOptions {
    /// Answer the first this many messages with 451.
    pub fail_first: u32,
    /// Wait this long after writing a message before answering 250.
    pub hold: Option<Duration>,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        Self::start_with(SinkOptions::default())
    }

    pub fn start_with(options: SinkOptions) -> SmtpSink {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
            l.local_addr().expect("addr").port()
        };
        let folder = tempfile::tempdir().expect("mail folder");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smtp/sink.py");
        let mut command = Command::new("python3");
        command
            .arg(script)
            .arg("--port")
            .arg(port.to_string())
            .arg("--folder")
            .arg(folder.path())
            .arg("--fail-first")
            .arg(options.fail_first.to_string())
            .arg("--hold")
            .arg(options.hold.unwrap_or_default().as_secs_f64().to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if let Some(path) = python_path() {
            command.env("PYTHONPATH", path);
        }
        let mut child = command.spawn().expect("start the SMTP server (python3)");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the SMTP server's first line");
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        SmtpSink {
            port,
            folder,
            child,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Everything received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.folder.path())
            .expect("mail folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                Received(serde_json::from_slice(&std::fs::read(p).expect("read")).expect("json"))
            })
            .collect()
    }

    /// Waits (at most `within`) until `n` messages were received; all of them.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Received> {
        let start = Instant::now();
        loop {
            let got = self.received();
            if got.len() >= n || start.elapsed() > within {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

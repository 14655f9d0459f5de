//! A real SMTP server for the tests: `aiosmtpd` (PyPI) running `tests/fixtures/smtp/sink.py` on
//! 127.0.0.1, writing what it receives to a folder the test reads. aiosmtpd is installed on
//! first use (see [`super::python`]) when the machine's python3 lacks it.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

/// The version the tests run against.
const AIOSMTPD: &str = "aiosmtpd==1.4.6";

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
        let folder = tempfile::tempdir().expect("mail folder");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smtp/sink.py");
        let mut command = Command::new("python3");
        command
            .arg(script)
            .arg("--port")
            .arg("0")
            .arg("--folder")
            .arg(folder.path())
            .arg("--fail-first")
            .arg(options.fail_first.to_string())
            .arg("--hold")
            .arg(options.hold.unwrap_or_default().as_secs_f64().to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if let Some(path) = super::python::package_path(AIOSMTPD, "aiosmtpd") {
            command.env("PYTHONPATH", path);
        }
        let mut child = command.spawn().expect("start the SMTP server (python3)");
        let port = super::python::ready_port(&mut child, "the SMTP server");
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
        super::python::json_records(self.folder.path())
            .into_iter()
            .map(|(_, record)| Received(record))
            .collect()
    }

    /// Waits (at most `within`) until `n` messages were received; all of them.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Received> {
        super::python::wait_for(n, within, || self.received()).await
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

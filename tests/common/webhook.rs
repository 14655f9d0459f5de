//! A real HTTPS webhook receiver for the tests (`tests/fixtures/webhook/receiver.py`, Python's
//! own HTTP server behind TLS) with a certificate of a test CA made by `openssl` for it, and the
//! receiver-side check of a delivery with the Standard Webhooks reference library
//! (`standardwebhooks` from PyPI, `tests/fixtures/webhook/verify.py`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

/// The version of the reference library the tests verify with.
const STANDARDWEBHOOKS: &str = "standardwebhooks==1.1.0";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/webhook")
        .join(name)
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl (the webhook tests make their certificates with it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A test CA and a certificate it signed for 127.0.0.1 and localhost, in `dir`: `ca.pem`,
/// `leaf.pem`, `leaf.key`.
fn certificates(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=grantdesk test CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign",
        ],
    );
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "leaf.key",
            "-out",
            "leaf.csr",
            "-subj",
            "/CN=127.0.0.1",
        ],
    );
    std::fs::write(
        dir.join("leaf.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n\
         keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .expect("extensions");
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "leaf.pem",
            "-days",
            "2",
            "-extfile",
            "leaf.ext",
        ],
    );
}

/// A running HTTPS receiver; stopped when dropped.
pub struct Receiver {
    pub port: u16,
    folder: tempfile::TempDir,
    certs: tempfile::TempDir,
    child: Child,
}

/// One request the receiver got.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub file: PathBuf,
    pub record: Value,
}

impl Delivery {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.record["headers"][name].as_str()
    }
    pub fn body(&self) -> Value {
        serde_json::from_str(self.record["body"].as_str().expect("body")).expect("a JSON body")
    }
    pub fn path(&self) -> &str {
        self.record["path"].as_str().expect("path")
    }

    /// The receiver's check with the reference library: the payload's type, or why it was
    /// refused. `tamper`: one character of the body changed first.
    pub fn verify(&self, secret: &str, tamper: bool) -> Result<String, String> {
        let mut command = Command::new("python3");
        command
            .arg(fixture("verify.py"))
            .arg(secret)
            .arg(&self.file);
        if tamper {
            command.arg("--tamper");
        }
        if let Some(path) = super::python::package_path(STANDARDWEBHOOKS, "standardwebhooks") {
            command.env("PYTHONPATH", path);
        }
        let out = command.output().expect("python3 verify.py");
        let said = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if out.status.success() {
            Ok(said)
        } else {
            Err(format!("{said}{}", String::from_utf8_lossy(&out.stderr)))
        }
    }
}

impl Receiver {
    pub fn start() -> Receiver {
        let certs = tempfile::tempdir().expect("certificate folder");
        certificates(certs.path());
        let folder = tempfile::tempdir().expect("request folder");
        let mut child = Command::new("python3")
            .arg(fixture("receiver.py"))
            .arg("--port")
            .arg("0")
            .arg("--folder")
            .arg(folder.path())
            .arg("--cert")
            .arg(certs.path().join("leaf.pem"))
            .arg("--key")
            .arg(certs.path().join("leaf.key"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the webhook receiver (python3)");
        let port = super::python::ready_port(&mut child, "the webhook receiver");
        Receiver {
            port,
            folder,
            certs,
            child,
        }
    }

    /// The URL of `path` on this receiver.
    pub fn url(&self, path: &str) -> String {
        format!("https://127.0.0.1:{}{path}", self.port)
    }

    /// The test CA that signed the receiver's certificate (`GRANTDESK_WEBHOOK_CA_FILE`).
    pub fn ca_file(&self) -> PathBuf {
        self.certs.path().join("ca.pem")
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Delivery> {
        super::python::json_records(self.folder.path())
            .into_iter()
            .map(|(file, record)| Delivery { file, record })
            .collect()
    }

    /// Waits (at most `within`) until `n` requests were received; all of them.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Delivery> {
        super::python::wait_for(n, within, || self.received()).await
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

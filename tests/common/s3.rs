//! A real S3-compatible server for the blob tests: `s3s-fs` (files in a temporary folder,
//! requests signed and checked with an access key), served on 127.0.0.1 by a thread of its own
//! for as long as the handle lives.

#![allow(dead_code)]

use std::path::PathBuf;

use grantdesk_persistence::blobs::BlobLocation;

const ACCESS_KEY: &str = "grantdesk-test";
const SECRET_KEY: &str = "grantdesk-test-secret-key";

pub struct S3Server {
    /// `http://127.0.0.1:port`.
    pub endpoint: String,
    pub bucket: String,
    root: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl S3Server {
    /// Starts a server with one empty bucket.
    pub fn start(bucket: &str) -> S3Server {
        use hyper_util::rt::{TokioExecutor, TokioIo};
        use hyper_util::server::conn::auto::Builder as ConnBuilder;
        use s3s::auth::SimpleAuth;
        use s3s::service::S3ServiceBuilder;

        let root = tempfile::tempdir().expect("s3 root");
        std::fs::create_dir(root.path().join(bucket)).expect("bucket");
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
        let fs = s3s_fs::FileSystem::new(root.path()).expect("s3s-fs");
        let service = {
            let mut b = S3ServiceBuilder::new(fs);
            b.set_auth(SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
            b.build()
        };
        let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                let http = ConnBuilder::new(TokioExecutor::new());
                loop {
                    let socket = tokio::select! {
                        accepted = listener.accept() => match accepted {
                            Ok((socket, _)) => socket,
                            Err(_) => continue,
                        },
                        _ = &mut stopped => break,
                    };
                    let conn = http
                        .serve_connection(TokioIo::new(socket), service.clone())
                        .into_owned();
                    tokio::spawn(async move {
                        let _ = conn.await;
                    });
                }
            });
            // the connections' tasks end with the runtime
            rt.shutdown_background();
        });
        S3Server {
            endpoint,
            bucket: bucket.to_owned(),
            root,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// The client settings, as object_store names them.
    fn settings(&self) -> Vec<(String, String)> {
        [
            ("aws_endpoint", self.endpoint.as_str()),
            ("aws_access_key_id", ACCESS_KEY),
            ("aws_secret_access_key", SECRET_KEY),
            ("aws_region", "us-east-1"),
            ("aws_allow_http", "true"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    fn url(&self, prefix: &str) -> String {
        format!("s3://{}/{prefix}", self.bucket)
    }

    /// The store for a server in the test process, under `prefix` in the bucket.
    pub fn location(&self, prefix: &str) -> BlobLocation {
        BlobLocation::S3 {
            url: self.url(prefix),
            options: self.settings(),
        }
    }

    /// The same for a `grantdesk` process: its environment.
    pub fn env(&self, prefix: &str) -> Vec<(&'static str, String)> {
        let mut env = vec![("GRANTDESK_BLOB_STORE", self.url(prefix))];
        for (k, v) in self.settings() {
            let name: &'static str = match k.as_str() {
                "aws_endpoint" => "AWS_ENDPOINT",
                "aws_access_key_id" => "AWS_ACCESS_KEY_ID",
                "aws_secret_access_key" => "AWS_SECRET_ACCESS_KEY",
                "aws_region" => "AWS_REGION",
                "aws_allow_http" => "AWS_ALLOW_HTTP",
                other => panic!("no variable for {other}"),
            };
            env.push((name, v));
        }
        env
    }

    /// Where the server keeps the object `key` of the bucket.
    pub fn object_path(&self, key: &str) -> PathBuf {
        self.root.path().join(&self.bucket).join(key)
    }

    /// Stops serving (requests are refused from now on).
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.stop();
    }
}

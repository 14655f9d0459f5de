//! Content-addressed file storage for attachments and reports, behind `object_store`: a local
//! folder by default, an S3-compatible bucket by configuration (so that server processes on
//! several machines share the files). A file is stored once under its SHA-256
//! (`ab/cd/abcd…`, the same layout in a folder and in a bucket) and checked against that
//! digest when read back, so a corrupted or swapped object is never served as the original.
//!
//! The services call the store from inside their blocking database work (an upload is stored
//! after the checks and before the transaction that names it), so the store offers blocking
//! calls: each runs on a small runtime of its own (object_store is asynchronous), and the
//! calling thread (one of the blocking pool's) waits for it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, RetryConfig};
use sha2::{Digest, Sha256};

use crate::StoreError;

/// Where the blobs live.
#[derive(Clone, PartialEq, Eq)]
pub enum BlobLocation {
    /// A folder on this machine.
    Local(PathBuf),
    /// An S3-compatible bucket, `s3://bucket` or `s3://bucket/prefix`, with the client's
    /// settings as `object_store` names them (`aws_endpoint`, `aws_access_key_id`,
    /// `aws_secret_access_key`, `aws_region`, `aws_allow_http`, …).
    S3 {
        url: String,
        options: Vec<(String, String)>,
    },
}

impl BlobLocation {
    /// The bucket at `url`, with the S3 client settings among `vars` (the environment's
    /// `AWS_*` variables object_store knows; others, like `AWS_PROFILE`, are left alone).
    pub fn s3_from_env(url: &str, vars: impl IntoIterator<Item = (String, String)>) -> Self {
        let options = vars
            .into_iter()
            .filter(|(k, _)| k.starts_with("AWS_"))
            .map(|(k, v)| (k.to_ascii_lowercase(), v))
            .filter(|(k, _)| k.parse::<object_store::aws::AmazonS3ConfigKey>().is_ok())
            .collect();
        BlobLocation::S3 {
            url: url.to_owned(),
            options,
        }
    }
}

impl std::fmt::Debug for BlobLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BlobLocation::Local(dir) => f.debug_tuple("Local").field(dir).finish(),
            // the settings hold the secret key
            BlobLocation::S3 { url, options } => f
                .debug_struct("S3")
                .field("url", url)
                .field(
                    "options",
                    &options.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
                )
                .finish(),
        }
    }
}

impl std::fmt::Display for BlobLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BlobLocation::Local(dir) => write!(f, "{}", dir.display()),
            BlobLocation::S3 { url, options } => {
                let endpoint = options
                    .iter()
                    .find(|(k, _)| {
                        matches!(k.as_str(), "aws_endpoint" | "aws_endpoint_url" | "endpoint")
                    })
                    .map(|(_, v)| format!(" at {v}"))
                    .unwrap_or_default();
                write!(f, "{url}{endpoint}")
            }
        }
    }
}

/// The blob store: cheap to clone, shared by every request.
#[derive(Debug, Clone)]
pub struct BlobStore {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Arc<dyn ObjectStore>,
    /// The folder, for a local store (its files are synced once written).
    local: Option<PathBuf>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // the last handle may go inside an asynchronous context, where a runtime must not block
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// The store failed: the cause is logged (it names hosts and keys), the caller is told which
/// step failed.
fn unavailable(what: &str, e: impl std::fmt::Display) -> StoreError {
    tracing::error!(error = %e, "blob store: {what}");
    StoreError::Unavailable(format!(
        "the file store cannot be reached ({what}); try again later"
    ))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key of a digest (`ab/cd/abcd…`); `None` unless it is 64 hex digits.
fn key_of(sha256: &str) -> Option<Key> {
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some(Key::from(format!(
        "{}/{}/{}",
        &sha256[0..2],
        &sha256[2..4],
        sha256
    )))
}

/// How often and how long a request to an object store is retried: a few times within
/// seconds (a request waits for it), not object_store's default of minutes.
fn retries() -> RetryConfig {
    RetryConfig {
        max_retries: 3,
        retry_timeout: Duration::from_secs(10),
        ..RetryConfig::default()
    }
}

/// The bucket and the prefix inside it of `s3://bucket/prefix`.
fn bucket_and_prefix(url: &str) -> Result<(String, Option<String>), StoreError> {
    let bad = |why: &str| StoreError::Unavailable(format!("blob store {url}: {why}"));
    let parsed = url::Url::parse(url).map_err(|e| bad(&e.to_string()))?;
    if parsed.scheme() != "s3" {
        return Err(bad("expected s3://bucket or s3://bucket/prefix"));
    }
    let bucket = parsed
        .host_str()
        .filter(|b| !b.is_empty())
        .ok_or_else(|| bad("no bucket"))?
        .to_owned();
    let prefix = parsed.path().trim_matches('/');
    Ok((bucket, (!prefix.is_empty()).then(|| prefix.to_owned())))
}

impl BlobStore {
    /// Opens the store (creating a local folder if needed; an S3 store is first reached by the
    /// first upload or download).
    pub fn open(location: &BlobLocation) -> Result<BlobStore, StoreError> {
        let (store, local): (Arc<dyn ObjectStore>, _) = match location {
            BlobLocation::Local(root) => {
                std::fs::create_dir_all(root).map_err(|e| unavailable("create folder", e))?;
                let fs = LocalFileSystem::new_with_prefix(root)
                    .map_err(|e| unavailable("open folder", e))?;
                (Arc::new(fs), Some(root.clone()))
            }
            BlobLocation::S3 { url, options } => {
                let (bucket, prefix) = bucket_and_prefix(url)?;
                let mut builder = AmazonS3Builder::new();
                for (k, v) in options {
                    let key = k
                        .parse()
                        .map_err(|e| unavailable(&format!("setting {k}"), e))?;
                    builder = builder.with_config(key, v);
                }
                let s3 = builder
                    .with_bucket_name(bucket)
                    .with_retry(retries())
                    .build()
                    .map_err(|e| unavailable("S3 settings", e))?;
                let store: Arc<dyn ObjectStore> = match prefix {
                    Some(p) => Arc::new(PrefixStore::new(s3, p)),
                    None => Arc::new(s3),
                };
                (store, None)
            }
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("grantdesk-blobs")
            .enable_all()
            .build()
            .map_err(|e| unavailable("start", e))?;
        Ok(BlobStore {
            inner: Arc::new(Inner {
                store,
                local,
                runtime: Some(runtime),
            }),
        })
    }

    /// Runs `work` on the store's runtime and waits for it (from a thread that may block).
    fn wait<T: Send + 'static>(
        &self,
        work: impl std::future::Future<Output = T> + Send + 'static,
    ) -> Result<T, StoreError> {
        let rt = self.inner.runtime.as_ref().expect("open until dropped");
        // the calling thread does not enter the runtime (it may belong to another one's
        // blocking pool): it waits for the answer on a channel
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        rt.spawn(async move {
            let _ = tx.send(work.await);
        });
        rx.recv()
            .map_err(|_| unavailable("task", "ended without an answer"))
    }

    /// Stores `content` and returns its SHA-256 (lowercase hex). Storing the same content twice
    /// stores it once.
    pub fn put(&self, content: &[u8]) -> Result<String, StoreError> {
        let sha = sha256_hex(content);
        let key = key_of(&sha).ok_or_else(|| StoreError::Corrupt("bad digest".into()))?;
        let store = self.inner.store.clone();
        let payload = PutPayload::from(content.to_vec());
        self.wait(async move {
            match store.head(&key).await {
                Ok(_) => return Ok(()),
                Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(unavailable("look up", e)),
            }
            store
                .put(&key, payload)
                .await
                .map(|_| ())
                .map_err(|e| unavailable("write", e))
        })??;
        if let Some(root) = &self.inner.local {
            // written and renamed into place by object_store; make it durable before the
            // transaction that names it commits
            let path = root.join(&sha[0..2]).join(&sha[2..4]).join(&sha);
            std::fs::File::open(&path)
                .and_then(|f| f.sync_all())
                .map_err(|e| unavailable("sync", e))?;
        }
        Ok(sha)
    }

    /// The content stored under `sha256`; `NotFound` if there is none, `Corrupt` if what is
    /// stored there does not have that digest.
    pub fn get(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        let key = key_of(sha256).ok_or(StoreError::NotFound)?;
        let store = self.inner.store.clone();
        let bytes = self.wait(async move {
            match store.get(&key).await {
                Ok(found) => found
                    .bytes()
                    .await
                    .map(Some)
                    .map_err(|e| unavailable("read", e)),
                Err(object_store::Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(unavailable("read", e)),
            }
        })??;
        let bytes = bytes.ok_or(StoreError::NotFound)?;
        if sha256_hex(&bytes) != sha256.to_ascii_lowercase() {
            return Err(StoreError::Corrupt(format!(
                "the blob stored under {sha256} does not have that digest"
            )));
        }
        Ok(bytes.to_vec())
    }

    /// The folder of a local store.
    pub fn local_root(&self) -> Option<&Path> {
        self.inner.local.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_stored_once_under_its_digest_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::open(&BlobLocation::Local(dir.path().to_owned())).unwrap();
        let a = store.put(b"%PDF-1.7 hello").unwrap();
        let b = store.put(b"%PDF-1.7 hello").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, sha256_hex(b"%PDF-1.7 hello"));
        assert_eq!(store.get(&a).unwrap(), b"%PDF-1.7 hello");
        // the layout of the folder is the one a bucket has, and the one earlier versions used
        let path = dir.path().join(&a[0..2]).join(&a[2..4]).join(&a);
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7 hello");
        assert!(matches!(
            store.get(&"0".repeat(64)),
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store.get("../../etc/passwd"),
            Err(StoreError::NotFound)
        ));
        // a file changed in the folder is refused, not served
        std::fs::write(&path, b"%PDF-1.7 forged").unwrap();
        assert!(matches!(store.get(&a), Err(StoreError::Corrupt(_))));
    }

    #[test]
    fn an_s3_location_is_a_bucket_and_an_optional_prefix() {
        assert_eq!(
            bucket_and_prefix("s3://grants").unwrap(),
            ("grants".into(), None)
        );
        assert_eq!(
            bucket_and_prefix("s3://grants/prod/blobs/").unwrap(),
            ("grants".into(), Some("prod/blobs".into()))
        );
        assert!(bucket_and_prefix("https://example.org/grants").is_err());
        assert!(bucket_and_prefix("s3:///x").is_err());
        let secret = BlobLocation::S3 {
            url: "s3://grants".into(),
            options: vec![("aws_secret_access_key".into(), "hunter2".into())],
        };
        assert!(!format!("{secret:?}").contains("hunter2"));
    }
}

//! Content-addressed file storage for attachments: a file is stored once under its SHA-256
//! (`<root>/ab/cd/abcd…`), written to a temporary file, synced and renamed into place, so a
//! crash never leaves a half-written blob under a real name.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::StoreError;

#[derive(Debug, Clone)]
pub struct BlobStore {
    root: PathBuf,
}

fn io(e: std::io::Error, what: &str) -> StoreError {
    StoreError::Unavailable(format!("blob store: {what}: {e}"))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl BlobStore {
    /// Creates the folder if needed.
    pub fn open(root: impl Into<PathBuf>) -> Result<BlobStore, StoreError> {
        let root = root.into();
        std::fs::create_dir_all(root.join("tmp")).map_err(|e| io(e, "create folder"))?;
        Ok(BlobStore { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path_of(&self, sha256: &str) -> Option<PathBuf> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        Some(
            self.root
                .join(&sha256[0..2])
                .join(&sha256[2..4])
                .join(sha256),
        )
    }

    /// Stores `content` and returns its SHA-256 (lowercase hex). Storing the same content twice
    /// stores it once.
    pub fn put(&self, content: &[u8]) -> Result<String, StoreError> {
        let sha = sha256_hex(content);
        let path = self
            .path_of(&sha)
            .ok_or_else(|| StoreError::Corrupt("bad digest".into()))?;
        if path.exists() {
            return Ok(sha);
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io(e, "create folder"))?;
        }
        let tmp = self
            .root
            .join("tmp")
            .join(format!("{sha}.{}", uuid::Uuid::new_v4().simple()));
        {
            let mut f = std::fs::File::create(&tmp).map_err(|e| io(e, "create"))?;
            f.write_all(content).map_err(|e| io(e, "write"))?;
            f.sync_all().map_err(|e| io(e, "sync"))?;
        }
        std::fs::rename(&tmp, &path).map_err(|e| io(e, "rename"))?;
        Ok(sha)
    }

    /// The content stored under `sha256`; `NotFound` if there is none.
    pub fn get(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        let path = self.path_of(sha256).ok_or(StoreError::NotFound)?;
        match std::fs::read(&path) {
            Ok(bytes) => Ok(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::NotFound),
            Err(e) => Err(io(e, "read")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_stored_once_under_its_digest_and_read_back() {
        let dir = std::env::temp_dir().join(format!("blobs-{}", uuid::Uuid::new_v4()));
        let store = BlobStore::open(&dir).unwrap();
        let a = store.put(b"%PDF-1.7 hello").unwrap();
        let b = store.put(b"%PDF-1.7 hello").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, sha256_hex(b"%PDF-1.7 hello"));
        assert_eq!(store.get(&a).unwrap(), b"%PDF-1.7 hello");
        assert!(matches!(
            store.get(&"0".repeat(64)),
            Err(StoreError::NotFound)
        ));
        assert!(matches!(
            store.get("../../etc/passwd"),
            Err(StoreError::NotFound)
        ));
        std::fs::remove_dir_all(dir).unwrap();
    }
}

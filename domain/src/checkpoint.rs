//! Signed checkpoints of the audit log (issue #16), in the C2SP formats standard transparency
//! tools read: a [`tlog-checkpoint`](https://c2sp.org/tlog-checkpoint) (origin, tree size,
//! base64 root hash, one per line) wrapped in a [`signed-note`](https://c2sp.org/signed-note)
//! with an Ed25519 signature (`ed25519-dalek`).
//!
//! ```text
//! grantdesk.example/audit
//! 1204
//! 3c1Gn9Qb3Zf3w0xNn0G5tCu8T2b1H0sVdE2JmQ3hS1s=
//!
//! — grantdesk.example/audit Ab3x9Q0p…base64(key id ‖ signature)…
//! ```
//!
//! The key id is the first four bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), and a verifier
//! key is written `name+hex(key id)+base64(0x01 ‖ public key)`, as the note format defines for
//! Ed25519.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier as _, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::merkle::Hash;

/// The signature type byte of Ed25519 in the signed-note format.
const ED25519: u8 = 0x01;

/// What a checkpoint says: the log named `origin` had `size` entries with this root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

/// Why a note is not a valid checkpoint for a verifier key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    #[error("the verifier key is malformed: {0}")]
    BadVerifierKey(&'static str),
    #[error("the log key is malformed: {0}")]
    BadKey(&'static str),
    #[error("the note is malformed: {0}")]
    Malformed(&'static str),
    #[error("the note carries no signature by this key")]
    NoSignature,
    #[error("the signature does not verify")]
    BadSignature,
}

impl Checkpoint {
    /// The note's text: origin, size and base64 root, each on its own line.
    pub fn body(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root)
        )
    }

    /// The signed note: the body, a blank line, and the signature line.
    pub fn sign(&self, key: &LogKey) -> String {
        let body = self.body();
        let signature = key.signing.sign(body.as_bytes());
        let mut blob = key.key_id().to_vec();
        blob.extend_from_slice(&signature.to_bytes());
        format!("{body}\n\u{2014} {} {}\n", key.name, B64.encode(blob))
    }

    /// Reads a signed note and checks its signature by `verifier`. Other signatures (by keys
    /// this verifier does not know) are ignored, as the format says.
    pub fn open(note: &str, verifier: &VerifierKey) -> Result<Checkpoint, CheckpointError> {
        let (body, signatures) = note.split_once("\n\n").ok_or(CheckpointError::Malformed(
            "no blank line before the signatures",
        ))?;
        let body = format!("{body}\n");
        let mut signed = false;
        for line in signatures.lines() {
            let Some(rest) = line.strip_prefix("\u{2014} ") else {
                return Err(CheckpointError::Malformed(
                    "a signature line must start with '— '",
                ));
            };
            let (name, blob) = rest.split_once(' ').ok_or(CheckpointError::Malformed(
                "a signature line needs a name and a signature",
            ))?;
            let blob = B64
                .decode(blob)
                .map_err(|_| CheckpointError::Malformed("a signature is not base64"))?;
            if name != verifier.name || blob.len() < 4 || blob[..4] != verifier.key_id {
                continue;
            }
            let signature = Signature::from_slice(&blob[4..])
                .map_err(|_| CheckpointError::Malformed("an Ed25519 signature has 64 bytes"))?;
            verifier
                .key
                .verify(body.as_bytes(), &signature)
                .map_err(|_| CheckpointError::BadSignature)?;
            signed = true;
        }
        if !signed {
            return Err(CheckpointError::NoSignature);
        }
        let mut lines = body.lines();
        let origin = lines
            .next()
            .filter(|o| !o.is_empty())
            .ok_or(CheckpointError::Malformed("no origin line"))?;
        let size =
            lines
                .next()
                .and_then(|s| s.parse::<u64>().ok())
                .ok_or(CheckpointError::Malformed(
                    "the second line is not a tree size",
                ))?;
        let root: Hash = lines
            .next()
            .and_then(|r| B64.decode(r).ok())
            .and_then(|r| r.try_into().ok())
            .ok_or(CheckpointError::Malformed(
                "the third line is not a base64 SHA-256 hash",
            ))?;
        Ok(Checkpoint {
            origin: origin.to_owned(),
            size,
            root,
        })
    }
}

/// The log's signing key, with the name its signatures carry (the log's origin).
pub struct LogKey {
    name: String,
    signing: SigningKey,
}

impl std::fmt::Debug for LogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogKey")
            .field("name", &self.name)
            .field("verifier", &self.verifier_key())
            .finish_non_exhaustive()
    }
}

fn key_id(name: &str, public: &[u8; 32]) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([ED25519]);
    h.update(public);
    let d = h.finalize();
    [d[0], d[1], d[2], d[3]]
}

fn check_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty() || name.contains('+') || name.chars().any(|c| c.is_whitespace()) {
        return Err("a key name is not empty and has no '+' and no white space");
    }
    Ok(())
}

impl LogKey {
    /// A key from its 32-byte Ed25519 seed.
    pub fn from_seed(name: &str, seed: [u8; 32]) -> Result<Self, CheckpointError> {
        check_name(name).map_err(CheckpointError::BadKey)?;
        Ok(Self {
            name: name.to_owned(),
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// A key from the base64 of its seed (how configuration and the data directory hold it).
    pub fn from_base64_seed(name: &str, seed: &str) -> Result<Self, CheckpointError> {
        let seed: [u8; 32] = B64
            .decode(seed.trim())
            .ok()
            .and_then(|s| s.try_into().ok())
            .ok_or(CheckpointError::BadKey(
                "the seed is the base64 of 32 bytes",
            ))?;
        Self::from_seed(name, seed)
    }

    /// The base64 of the seed, for keeping the key.
    pub fn seed_base64(&self) -> String {
        B64.encode(self.signing.to_bytes())
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn key_id(&self) -> [u8; 4] {
        key_id(&self.name, self.signing.verifying_key().as_bytes())
    }

    /// The verifier key in the note format: `name+keyid+base64(0x01 ‖ public key)`.
    pub fn verifier_key(&self) -> String {
        let mut blob = vec![ED25519];
        blob.extend_from_slice(self.signing.verifying_key().as_bytes());
        format!(
            "{}+{}+{}",
            self.name,
            crate::merkle::to_hex_bytes(&self.key_id()),
            B64.encode(blob)
        )
    }

    pub fn verifier(&self) -> VerifierKey {
        VerifierKey {
            name: self.name.clone(),
            key_id: self.key_id(),
            key: self.signing.verifying_key(),
        }
    }
}

/// A public key that checks checkpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifierKey {
    pub name: String,
    key_id: [u8; 4],
    key: VerifyingKey,
}

impl std::str::FromStr for VerifierKey {
    type Err = CheckpointError;

    /// Parses `name+keyid+base64(0x01 ‖ public key)`, checking that the key id is the key's.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = CheckpointError::BadVerifierKey;
        let mut parts = s.trim().splitn(3, '+');
        let (Some(name), Some(id), Some(key)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad("expected name+keyid+key"));
        };
        check_name(name).map_err(bad)?;
        let blob = B64.decode(key).map_err(|_| bad("the key is not base64"))?;
        let Some((&ED25519, public)) = blob.split_first() else {
            return Err(bad("only Ed25519 keys (type 0x01) are supported"));
        };
        let public: [u8; 32] = public
            .try_into()
            .map_err(|_| bad("an Ed25519 public key has 32 bytes"))?;
        let key = VerifyingKey::from_bytes(&public).map_err(|_| bad("not an Ed25519 point"))?;
        let key_id = key_id(name, &public);
        if crate::merkle::to_hex_bytes(&key_id) != id.to_ascii_lowercase() {
            return Err(bad("the key id does not match the key"));
        }
        Ok(Self {
            name: name.to_owned(),
            key_id,
            key,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> LogKey {
        LogKey::from_seed("grantdesk.test/audit", [7u8; 32]).unwrap()
    }

    fn checkpoint() -> Checkpoint {
        Checkpoint {
            origin: "grantdesk.test/audit".into(),
            size: 1204,
            root: crate::merkle::leaf_hash(b"x"),
        }
    }

    #[test]
    fn a_signed_note_has_the_formats_shape_and_opens_with_its_verifier_key() {
        let note = checkpoint().sign(&key());
        let lines: Vec<&str> = note.split('\n').collect();
        assert_eq!(lines[0], "grantdesk.test/audit");
        assert_eq!(lines[1], "1204");
        assert_eq!(B64.decode(lines[2]).unwrap(), checkpoint().root.to_vec());
        assert_eq!(lines[3], "");
        assert!(lines[4].starts_with("\u{2014} grantdesk.test/audit "));
        assert_eq!(lines[5], "", "the note ends with a newline");
        let blob = B64.decode(lines[4].rsplit(' ').next().unwrap()).unwrap();
        assert_eq!(blob.len(), 4 + 64);
        assert_eq!(blob[..4], key().key_id());

        let verifier: VerifierKey = key().verifier_key().parse().unwrap();
        assert_eq!(Checkpoint::open(&note, &verifier).unwrap(), checkpoint());
    }

    #[test]
    fn the_key_id_is_the_formats_hash_of_name_type_and_key() {
        // recomputed by hand from the definition, independent of key_id()
        let k = key();
        let public = k.signing.verifying_key().to_bytes();
        let mut input = b"grantdesk.test/audit\n\x01".to_vec();
        input.extend_from_slice(&public);
        assert_eq!(k.key_id(), Sha256::digest(&input)[..4]);
        let vkey = k.verifier_key();
        let parts: Vec<&str> = vkey.split('+').collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[1].len(), 8);
        assert_eq!(B64.decode(parts[2]).unwrap()[0], 0x01);
    }

    #[test]
    fn a_changed_note_or_another_key_is_refused() {
        let note = checkpoint().sign(&key());
        let verifier = key().verifier();
        let bigger = note.replacen("1204", "1205", 1);
        assert_eq!(
            Checkpoint::open(&bigger, &verifier),
            Err(CheckpointError::BadSignature)
        );
        let other = LogKey::from_seed("grantdesk.test/audit", [8u8; 32]).unwrap();
        assert_eq!(
            Checkpoint::open(&note, &other.verifier()),
            Err(CheckpointError::NoSignature)
        );
        assert!(matches!(
            Checkpoint::open("no blank line", &verifier),
            Err(CheckpointError::Malformed(_))
        ));
    }

    #[test]
    fn verifier_keys_that_do_not_match_themselves_are_refused() {
        let good = key().verifier_key();
        assert!(good.parse::<VerifierKey>().is_ok());
        let wrong_id = good.replacen('+', "+00", 1);
        assert!(wrong_id.parse::<VerifierKey>().is_err());
        assert!("name+00000000".parse::<VerifierKey>().is_err());
        assert!(LogKey::from_seed("has space", [1; 32]).is_err());
        assert!(LogKey::from_base64_seed("n", "c2hvcnQ=").is_err());
        let k = key();
        let again = LogKey::from_base64_seed(k.name(), &k.seed_base64()).unwrap();
        assert_eq!(again.verifier_key(), k.verifier_key());
    }
}

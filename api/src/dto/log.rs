//! The verifiable audit log (issue #16): checkpoints, sealed entries and proofs.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chrono::{DateTime, Utc};
use grantdesk_domain::merkle::{to_hex, Hash};
use grantdesk_persistence::log::{LogFault, LogVerification, SealedEntry, StoredCheckpoint};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A signed checkpoint: the log had `tree_size` entries with this root.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointView {
    /// The log's name (the first line of the note).
    #[schema(example = "grantdesk.local/audit")]
    pub origin: String,
    pub tree_size: u64,
    /// The RFC 9162 root hash, hexadecimal.
    #[schema(example = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")]
    pub root_hash: String,
    /// The C2SP `tlog-checkpoint` in a C2SP `signed-note` (Ed25519), as standard tools read it.
    pub note: String,
    /// The log's public key in the note format (`name+keyid+base64(0x01 ‖ key)`), to check
    /// `note` with.
    pub verifier_key: String,
    pub signed_at: DateTime<Utc>,
}

impl CheckpointView {
    pub fn new(c: StoredCheckpoint, origin: &str, verifier_key: &str) -> Self {
        CheckpointView {
            origin: origin.to_owned(),
            tree_size: c.tree_size,
            root_hash: to_hex(&c.root),
            note: c.note,
            verifier_key: verifier_key.to_owned(),
            signed_at: c.signed_at,
        }
    }
}

/// One sealed entry: its index, what it records, and the exact bytes its leaf hashes.
#[derive(Debug, Serialize, ToSchema)]
pub struct LogEntryView {
    pub index: u64,
    /// The audit entry (`GET /audit`).
    pub entry_id: Uuid,
    #[schema(example = "application.submit")]
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub at: DateTime<Utc>,
    /// The leaf's bytes, base64 (the leaf hash is SHA-256(0x00 ‖ these bytes)). Personal data
    /// is not in them: an entry seals a salted commitment to it.
    pub leaf: String,
    /// SHA-256(0x00 ‖ leaf), hexadecimal.
    pub leaf_hash: String,
    pub sealed_at: DateTime<Utc>,
}

impl From<SealedEntry> for LogEntryView {
    fn from(e: SealedEntry) -> Self {
        LogEntryView {
            index: e.index,
            entry_id: e.entry_id,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            at: e.at,
            leaf: B64.encode(&e.leaf),
            leaf_hash: to_hex(&e.leaf_hash),
            sealed_at: e.sealed_at,
        }
    }
}

pub fn hexes(proof: &[Hash]) -> Vec<String> {
    proof.iter().map(to_hex).collect()
}

/// Which entry to prove, and in which tree.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct InclusionQuery {
    /// The entry's index in the log (or give `entry_id`).
    pub index: Option<u64>,
    /// The audit entry's id (or give `index`).
    pub entry_id: Option<Uuid>,
    /// The tree to prove it in: a size some checkpoint was signed at; the latest checkpoint's
    /// by default.
    pub tree_size: Option<u64>,
}

/// That an entry is in the log: its leaf, the audit path to the root, and the signed
/// checkpoint whose root it reaches (RFC 9162 §2.1.3).
#[derive(Debug, Serialize, ToSchema)]
pub struct InclusionProofView {
    pub entry: LogEntryView,
    pub tree_size: u64,
    /// The audit path, leaf side first, hexadecimal.
    pub proof: Vec<String>,
    /// The checkpoint at `tree_size`.
    pub checkpoint: CheckpointView,
}

/// Two tree sizes to prove consistent.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ConsistencyQuery {
    /// The older tree's size (at least 1).
    pub first: u64,
    /// The newer tree's size (at least `first`, at most the log's); the latest checkpoint's by
    /// default.
    pub second: Option<u64>,
}

/// That the tree of `second` entries extends the tree of `first` (RFC 9162 §2.1.4): nothing
/// sealed was changed or removed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsistencyProofView {
    pub first: u64,
    pub second: u64,
    /// The proof, hexadecimal (empty when the sizes are equal).
    pub proof: Vec<String>,
    /// The signed checkpoints at the two sizes, where one was signed.
    pub first_checkpoint: Option<CheckpointView>,
    pub second_checkpoint: Option<CheckpointView>,
}

/// The outcome of checking the whole log.
#[derive(Debug, Serialize, ToSchema)]
pub struct LogVerificationView {
    /// `true` when every entry, node and checkpoint holds.
    pub intact: bool,
    pub entries: u64,
    pub nodes: u64,
    pub checkpoints: u64,
    /// Entries committed and not yet sealed.
    pub pending: i64,
    pub first_bad: Option<LogFaultView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LogFaultView {
    /// `entry`, `node` or `checkpoint`.
    pub kind: String,
    /// The entry's index, the node's `level/index`, or the checkpoint's tree size.
    pub at: String,
    pub entry_id: Option<String>,
    pub reason: String,
}

impl From<LogVerification> for LogVerificationView {
    fn from(v: LogVerification) -> Self {
        LogVerificationView {
            intact: v.first_bad.is_none(),
            entries: v.entries,
            nodes: v.nodes,
            checkpoints: v.checkpoints,
            pending: v.pending,
            first_bad: v.first_bad.map(|f: LogFault| LogFaultView {
                kind: f.kind.to_owned(),
                at: f.at,
                entry_id: f.entry_id,
                reason: f.reason,
            }),
        }
    }
}

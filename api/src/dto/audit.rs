//! The audit trail and the check of its hash chain.

use chrono::{DateTime, Utc};
use grantdesk_persistence::audit;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    #[param(example = "call")]
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub actor: Option<String>,
    #[param(example = "call.open")]
    pub action: Option<String>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// One change: who, when, what, and the target before and after.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor: String,
    #[schema(example = "call.open")]
    pub action: String,
    #[schema(example = "call")]
    pub target_type: String,
    pub target_id: String,
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
}

/// The result of checking the audit trail: the hash chain (the records written before the
/// verifiable log replaced it, #16) and the log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditVerification {
    /// `true` when every link of the chain and everything in the log holds.
    pub intact: bool,
    /// Chained records checked.
    pub checked: i64,
    /// Records outside the chain (written before it began, or since the log replaced it).
    pub unchained: i64,
    /// The first record whose link is broken.
    pub first_broken: Option<BrokenLinkView>,
    /// The log: entries, tree hashes and signed checkpoints.
    pub log: crate::dto::log::LogVerificationView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BrokenLinkView {
    /// Its position in the chain (1-based).
    pub chain_seq: i64,
    /// Its id.
    pub id: String,
    pub reason: String,
}

impl AuditVerification {
    pub fn new(v: audit::Verification, log: crate::dto::log::LogVerificationView) -> Self {
        AuditVerification {
            intact: v.first_broken.is_none() && log.intact,
            log,
            checked: v.checked,
            unchained: v.unchained,
            first_broken: v.first_broken.map(|b| BrokenLinkView {
                chain_seq: b.chain_seq,
                id: b.id,
                reason: b.reason,
            }),
        }
    }
}

/// Erase a person's personal data from the audit trail (GDPR article 17), where no legal
/// retention applies: the admin states on what ground.
#[derive(Debug, serde::Deserialize, validator::Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ErasureRequest {
    /// The request and its lawful ground (1 to 2,000 characters), e.g. the data subject's
    /// request of a date with its reference.
    #[schema(
        example = "Verzoek van de betrokkene van 2 december 2026 (ref. AVG-2026-041); geen bewaarplicht."
    )]
    pub reason: String,
}

/// What an erasure did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasureView {
    /// The erasure's id (in the audit trail as `personal_data.erase`).
    pub id: Uuid,
    pub user_id: Uuid,
    /// Audit entries whose personal data was erased now (their sealed facts, commitments and
    /// proofs stay; reading them shows `[erased]` where a personal value was).
    pub entries_erased: usize,
    pub erased_at: DateTime<Utc>,
}

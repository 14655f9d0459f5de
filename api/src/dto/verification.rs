//! An organisation's verification as shown with it (to its members and to staff).

use chrono::{DateTime, Utc};
use grantdesk_persistence::organisation_claims::Verification;
use serde::Serialize;
use utoipa::ToSchema;

// The schema of the domain's `VerificationStatus`; a unit test keeps the spellings equal.
/// Where an organisation's claim on its enterprise number stands: `unverified` (a claim, not
/// checked yet: it may apply, it is paid nothing), `verified` (staff checked the evidence),
/// `rejected`.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = VerificationStatus, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum VerificationStatusSchema {
    Unverified,
    Verified,
    Rejected,
}

/// The evidence an organisation was verified on.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EvidenceView {
    pub kbo_extract_reference: String,
    pub mandate_reference: String,
    pub representative_identity: String,
}

/// Whether staff verified the organisation's claim on its enterprise number (shown to its
/// members and to staff; not to reviewers).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VerificationView {
    #[schema(value_type = VerificationStatusSchema, example = "unverified")]
    pub status: String,
    /// When it was verified or rejected.
    pub decided_at: Option<DateTime<Utc>>,
    /// What it was verified on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceView>,
    /// Why the claim was rejected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl From<&Verification> for VerificationView {
    fn from(v: &Verification) -> Self {
        VerificationView {
            status: v.status.as_str().to_owned(),
            decided_at: v.decided_at,
            evidence: v.evidence.as_ref().map(|e| EvidenceView {
                kbo_extract_reference: e.kbo_extract_reference.clone(),
                mandate_reference: e.mandate_reference.clone(),
                representative_identity: e.representative_identity.clone(),
            }),
            reason: v.reason.clone(),
        }
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;
    use grantdesk_domain::VerificationStatus;

    #[test]
    fn the_verification_status_schema_lists_exactly_the_domain_spellings() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(VerificationStatusSchema::schema()).unwrap();
        let domain: Vec<&str> = VerificationStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
    }
}

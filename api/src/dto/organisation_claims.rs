//! Verifying organisations: the verification shown with an organisation, the staff's
//! decisions, and the list of claims.

use grantdesk_domain::{checked_reason, VerificationEvidence, VerificationStatus};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::dto::organisations::OrganisationView;
use crate::dto::verification::VerificationStatusSchema;
use crate::error::{ApiError, FieldError};

/// What staff checked before verifying an organisation.
#[derive(Debug, Clone, Deserialize, Serialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerificationRequest {
    /// The reference of the KBO/BCE extract showing the enterprise and its representatives.
    #[schema(
        example = "KBO-extract 2026-12-01 0207.451.227",
        min_length = 1,
        max_length = 200
    )]
    pub kbo_extract_reference: String,
    /// The reference of the mandate (or council decision) that lets the registering person act
    /// for the organisation.
    #[schema(
        example = "Gemeenteraad Genk 2026-11-20 punt 14",
        min_length = 1,
        max_length = 200
    )]
    pub mandate_reference: String,
    /// How the representative's identity was established (e.g. the eID check's reference).
    #[schema(
        example = "eID check 2026-12-01 by the helpdesk",
        min_length = 1,
        max_length = 200
    )]
    pub representative_identity: String,
}

impl VerificationRequest {
    pub fn into_evidence(self) -> Result<VerificationEvidence, ApiError> {
        VerificationEvidence::checked(
            &self.kbo_extract_reference,
            &self.mandate_reference,
            &self.representative_identity,
        )
        .map_err(|problems| {
            ApiError::Validation(
                problems
                    .into_iter()
                    .map(|(field, rule)| FieldError::rule(field, &rule))
                    .collect(),
            )
        })
    }
}

/// Why a claim is rejected (told to its members).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectionRequest {
    #[schema(
        example = "The mandate does not name the applicant",
        min_length = 1,
        max_length = 2000
    )]
    pub reason: String,
}

impl RejectionRequest {
    pub fn into_reason(self) -> Result<String, ApiError> {
        checked_reason(&self.reason).map_err(|(field, rule)| ApiError::rule(field, &rule))
    }
}

/// `?status=unverified&page=1&per_page=20`.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ClaimListQuery {
    /// unverified (the default: the claims waiting for staff), verified or rejected.
    #[param(value_type = Option<VerificationStatusSchema>, example = "unverified")]
    pub status: Option<String>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

impl ClaimListQuery {
    pub fn status(&self) -> Result<VerificationStatus, ApiError> {
        match self.status.as_deref() {
            None => Ok(VerificationStatus::Unverified),
            Some(s) => {
                VerificationStatus::parse(s).map_err(|e| ApiError::rule("status", &e.rule()))
            }
        }
    }
}

/// A claim on an enterprise number, listed by number and then oldest first (claims on one
/// number are next to each other).
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimView {
    pub organisation: OrganisationView,
    /// How many other unverified claims there are on the same enterprise number.
    pub competing_claims: i64,
}

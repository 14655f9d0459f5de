//! Organisations are verified, not first-come: registering an enterprise number is a claim,
//! which staff verify against evidence or reject. One verified organisation per number; no
//! payment to an organisation that is not verified.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::rule::Rule;
use crate::text::check_name;
use crate::GrantError;

string_enum! {
    /// Where an organisation's claim on its enterprise number stands.
    pub enum VerificationStatus("verification status") {
        /// A claim: registered, not checked yet. It may draft and submit applications, but is
        /// paid nothing.
        Unverified => "unverified",
        /// Staff checked the evidence: this organisation holds the enterprise number.
        Verified => "verified",
        /// Staff rejected the claim (or verified another claim on the same number).
        Rejected => "rejected",
    }
}

/// How long each piece of evidence and a rejection's reason may be.
pub const EVIDENCE_CHARS: RangeInclusive<usize> = 1..=200;
pub const REASON_CHARS: RangeInclusive<usize> = 1..=2000;

/// The reason given to the other claims on a number when one of them is verified.
pub const SETTLED_BY_ANOTHER_CLAIM: &str = "another claim on this enterprise number was verified";

/// What staff checked before verifying an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerificationEvidence {
    /// The reference of the KBO/BCE extract that shows the enterprise and its representatives.
    pub kbo_extract_reference: String,
    /// The reference of the mandate (or decision) that lets the registering person act for it.
    pub mandate_reference: String,
    /// How the representative's identity was established (e.g. the eID check's reference).
    pub representative_identity: String,
}

impl VerificationEvidence {
    /// The evidence trimmed, or every broken rule as (field, rule): each piece is required,
    /// not blank, and at most 200 characters.
    pub fn checked(
        kbo_extract_reference: &str,
        mandate_reference: &str,
        representative_identity: &str,
    ) -> Result<VerificationEvidence, Vec<(&'static str, Rule)>> {
        let mut problems = Vec::new();
        let mut field = |name: &'static str, text: &str| match check_name(text, EVIDENCE_CHARS) {
            Ok(t) => t.to_owned(),
            Err(rule) => {
                problems.push((name, rule));
                String::new()
            }
        };
        let evidence = VerificationEvidence {
            kbo_extract_reference: field("kbo_extract_reference", kbo_extract_reference),
            mandate_reference: field("mandate_reference", mandate_reference),
            representative_identity: field("representative_identity", representative_identity),
        };
        if problems.is_empty() {
            Ok(evidence)
        } else {
            Err(problems)
        }
    }
}

/// The reason for rejecting a claim, trimmed; not blank, at most 2,000 characters.
pub fn checked_reason(reason: &str) -> Result<String, (&'static str, Rule)> {
    check_name(reason, REASON_CHARS)
        .map(str::to_owned)
        .map_err(|rule| ("reason", rule))
}

impl VerificationError {
    /// The rule a refusal of the command broke (see [`crate::CallError::refusal`]).
    pub fn refusal(&self) -> Rule {
        match self {
            VerificationError::Decided { status } => Rule::ClaimDecided {
                status: status.to_string(),
            },
            VerificationError::NumberHeld { kbo } => Rule::NumberHeld { kbo: kbo.clone() },
        }
    }
}

/// Why a verification or a rejection is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerificationError {
    /// Only a claim (an unverified organisation) is verified or rejected; a decision is not
    /// changed (a correction is a new registration).
    #[error(
        "the organisation is {status} already: only an unverified claim is verified or rejected"
    )]
    Decided { status: VerificationStatus },
    /// Another organisation holds the enterprise number already.
    #[error("another organisation is verified for enterprise number {kbo} already")]
    NumberHeld { kbo: String },
}

/// Checks that an organisation with `status` may be verified or rejected: only a claim may.
pub fn check_decidable(status: VerificationStatus) -> Result<(), VerificationError> {
    match status {
        VerificationStatus::Unverified => Ok(()),
        decided => Err(VerificationError::Decided { status: decided }),
    }
}

/// Checks that a claim may be verified: no other organisation is verified for its number
/// (`held_by_another` tells whether one is), and it is still a claim.
pub fn check_verifiable(
    status: VerificationStatus,
    kbo: &str,
    held_by_another: bool,
) -> Result<(), VerificationError> {
    check_decidable(status)?;
    if held_by_another {
        return Err(VerificationError::NumberHeld {
            kbo: kbo.to_owned(),
        });
    }
    Ok(())
}

/// Checks that a grant's organisation may be paid: only a verified organisation is (the EU's
/// participant validation before signature is the model).
pub fn check_payee(status: VerificationStatus) -> Result<(), GrantError> {
    match status {
        VerificationStatus::Verified => Ok(()),
        other => Err(GrantError::PayeeUnverified { status: other }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_verified_organisation_is_paid() {
        assert_eq!(check_payee(VerificationStatus::Verified), Ok(()));
        for status in [VerificationStatus::Unverified, VerificationStatus::Rejected] {
            assert_eq!(
                check_payee(status),
                Err(GrantError::PayeeUnverified { status })
            );
        }
    }

    #[test]
    fn only_a_claim_is_decided_and_only_when_nobody_holds_the_number() {
        assert_eq!(check_decidable(VerificationStatus::Unverified), Ok(()));
        for status in [VerificationStatus::Verified, VerificationStatus::Rejected] {
            assert_eq!(
                check_decidable(status),
                Err(VerificationError::Decided { status })
            );
            assert_eq!(
                check_verifiable(status, "0207451227", false),
                Err(VerificationError::Decided { status })
            );
        }
        assert_eq!(
            check_verifiable(VerificationStatus::Unverified, "0207451227", true),
            Err(VerificationError::NumberHeld {
                kbo: "0207451227".into()
            })
        );
        assert_eq!(
            check_verifiable(VerificationStatus::Unverified, "0207451227", false),
            Ok(())
        );
    }

    #[test]
    fn evidence_is_trimmed_and_every_piece_is_required() {
        let evidence = VerificationEvidence::checked(" KBO-2026-001 ", "CBS 2026-11-03", "eID 591")
            .expect("valid");
        assert_eq!(evidence.kbo_extract_reference, "KBO-2026-001");
        let refused = VerificationEvidence::checked("  ", "x", &"y".repeat(201)).unwrap_err();
        assert_eq!(
            refused,
            [
                ("kbo_extract_reference", Rule::Blank),
                ("representative_identity", Rule::Length { min: 1, max: 200 }),
            ]
        );
    }

    #[test]
    fn a_reason_is_required() {
        assert_eq!(checked_reason(" not the city "), Ok("not the city".into()));
        assert_eq!(checked_reason("\u{200B} "), Err(("reason", Rule::Blank)));
        assert_eq!(
            checked_reason(&"x".repeat(2_001)),
            Err(("reason", Rule::Length { min: 1, max: 2_000 }))
        );
        assert_eq!(
            checked_reason(&"x".repeat(2_000)).map(|r| r.len()),
            Ok(2_000)
        );
    }
}

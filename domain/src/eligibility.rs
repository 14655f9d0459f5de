//! Screening: whether an application may be assessed at all.

use crate::parse_enum::string_enum;
use crate::AssessmentError;

pub const SCREENING_REASON_MAX_CHARS: usize = 2_000;

string_enum! {
    /// An admin's verdict on whether an application meets the call's conditions.
    pub enum Eligibility("eligibility") {
        /// The application goes on to the reviewers.
        Eligible => "eligible",
        /// The application is not assessed; the reason says why.
        NotEligible => "not_eligible",
    }
}

/// Checks a screening verdict and its reason (judged after trimming): a reason of 1 to 2000
/// characters is required when the application is not eligible, and optional (at most 2000
/// characters) when it is.
pub fn check_screening(verdict: Eligibility, reason: &str) -> Result<(), AssessmentError> {
    let chars = reason.trim().chars().count();
    if chars > SCREENING_REASON_MAX_CHARS {
        return Err(AssessmentError::validation(
            "reason",
            format!("the reason must be at most {SCREENING_REASON_MAX_CHARS} characters"),
        ));
    }
    if verdict == Eligibility::NotEligible && chars == 0 {
        return Err(AssessmentError::validation(
            "reason",
            "a reason is required when an application is not eligible",
        ));
    }
    Ok(())
}

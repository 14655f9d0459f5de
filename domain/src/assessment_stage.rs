//! The call's assessment stage: from closed to assessment, and from assessment to decided.
//!
//! Committing the awards on the ledger when the selection is finalised is the caller's, in
//! the same transaction.

use chrono::{DateTime, Utc};

use crate::{AssessmentError, Call, CallError, CallStatus};

impl Call {
    /// Starts the assessment of a call whose deadline has passed (at the deadline itself it
    /// has), whether it is stored as open or as closed.
    pub fn start_assessment(&mut self, now: DateTime<Utc>) -> Result<(), CallError> {
        match self.effective_status(now) {
            CallStatus::Closed => {
                self.status = CallStatus::Assessment;
                Ok(())
            }
            other => Err(CallError::InvalidTransition {
                from: other,
                action: "start_assessment",
            }),
        }
    }

    /// Ends the assessment: the selection is final and the call is decided.
    pub fn finalise_selection(&mut self, now: DateTime<Utc>) -> Result<(), CallError> {
        match self.effective_status(now) {
            CallStatus::Assessment => {
                self.status = CallStatus::Decided;
                Ok(())
            }
            other => Err(CallError::InvalidTransition {
                from: other,
                action: "finalise_selection",
            }),
        }
    }

    /// Screening, reviewing and deciding are only possible while the call is in assessment.
    pub fn check_in_assessment(&self) -> Result<(), AssessmentError> {
        match self.status {
            CallStatus::Assessment => Ok(()),
            status => Err(AssessmentError::NotInAssessment { status }),
        }
    }
}

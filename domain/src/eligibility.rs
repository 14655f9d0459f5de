//! Screening: whether an application may be assessed at all.

use uuid::Uuid;

use crate::parse_enum::string_enum;
use crate::{AssessmentError, DecisionKind, Rule};

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
            Rule::TooLong {
                max: SCREENING_REASON_MAX_CHARS,
            },
        ));
    }
    if verdict == Eligibility::NotEligible && chars == 0 {
        return Err(AssessmentError::validation("reason", Rule::ReasonRequired));
    }
    Ok(())
}

/// Whether an application may go on (to its reviewers, to selection, into the ranking), given
/// its latest screening: only a screening that found it eligible lets it; an application not
/// screened yet, or screened not eligible, stays where it is. The one place this rule is said.
pub fn is_eligible(latest_screening: Option<Eligibility>) -> bool {
    latest_screening == Some(Eligibility::Eligible)
}

/// Reviewers are assigned to applications screened eligible only.
pub fn check_reviewable(latest_screening: Option<Eligibility>) -> Result<(), AssessmentError> {
    if is_eligible(latest_screening) {
        Ok(())
    } else {
        Err(AssessmentError::state(Rule::ReviewOfEligibleOnly))
    }
}

/// Only an application screened eligible can be selected (reserve and rejected decisions need
/// no screening verdict of eligible).
pub fn check_selectable(
    kind: DecisionKind,
    latest_screening: Option<Eligibility>,
) -> Result<(), AssessmentError> {
    if kind == DecisionKind::Selected && !is_eligible(latest_screening) {
        return Err(AssessmentError::state(Rule::SelectionOfEligibleOnly));
    }
    Ok(())
}

/// A selected application's award holds money: it cannot be screened not eligible (which
/// would leave money held for an application that may not be funded) until its decision is
/// changed.
pub fn check_rescreening(
    verdict: Eligibility,
    current_decision: Option<DecisionKind>,
) -> Result<(), AssessmentError> {
    if verdict == Eligibility::NotEligible && current_decision == Some(DecisionKind::Selected) {
        return Err(AssessmentError::state(Rule::DecidedSelected));
    }
    Ok(())
}

/// Where one submitted application stands when the selection is finalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub application: Uuid,
    /// Its latest screening, if it was screened.
    pub screening: Option<Eligibility>,
    /// Whether it has a decision.
    pub decided: bool,
}

impl Standing {
    /// Screened not eligible and not decided: its letter says why it was not eligible.
    pub fn gets_not_eligible_letter(&self) -> bool {
        self.screening.is_some() && !is_eligible(self.screening) && !self.decided
    }
}

/// Every applicant gets a letter when the selection is final: every submitted application must
/// be screened, and every eligible one decided. The refusal lists the applications in the way.
pub fn check_finalisable(standings: &[Standing]) -> Result<(), AssessmentError> {
    let list = |ids: Vec<Uuid>| {
        ids.iter()
            .map(Uuid::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let unscreened: Vec<Uuid> = standings
        .iter()
        .filter(|s| s.screening.is_none())
        .map(|s| s.application)
        .collect();
    if !unscreened.is_empty() {
        return Err(AssessmentError::state(Rule::NotScreened {
            count: unscreened.len(),
            applications: list(unscreened),
        }));
    }
    let undecided: Vec<Uuid> = standings
        .iter()
        .filter(|s| is_eligible(s.screening) && !s.decided)
        .map(|s| s.application)
        .collect();
    if !undecided.is_empty() {
        return Err(AssessmentError::state(Rule::NotDecided {
            count: undecided.len(),
            applications: list(undecided),
        }));
    }
    Ok(())
}

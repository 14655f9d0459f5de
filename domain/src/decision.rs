//! The admins' decision on an application: selected with an award, reserve, or rejected.

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::{AssessmentError, Money};

pub const MOTIVATION_MAX_CHARS: usize = 4_000;

string_enum! {
    /// What was decided about an application.
    pub enum DecisionKind("decision") {
        /// Funded, with an awarded amount.
        Selected => "selected",
        /// Not funded now; funded if money comes free.
        Reserve => "reserve",
        /// Not funded.
        Rejected => "rejected",
    }
}

/// A decision on one application, with its motivation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub kind: DecisionKind,
    /// The amount awarded; only (and always) for a selected application.
    #[serde(default)]
    pub awarded: Option<Money>,
    /// Why, 1 to 4000 characters.
    pub motivation: String,
}

/// Checks a decision against the amount the application requested and the call's cap per
/// project: a selected application is awarded more than zero, at most the requested amount
/// and at most the cap; a reserve or rejected one carries no award; every decision is
/// motivated (1 to 4000 characters after trimming).
pub fn check_decision(
    decision: &Decision,
    requested: Money,
    cap: Option<Money>,
) -> Result<(), AssessmentError> {
    let refuse = |message: String| Err(AssessmentError::validation("awarded", message));
    match (decision.kind, decision.awarded) {
        (DecisionKind::Selected, None) => {
            return refuse("a selected application needs an awarded amount".into())
        }
        (DecisionKind::Selected, Some(award)) if award.is_zero() => {
            return refuse("the award must be greater than zero".into())
        }
        (DecisionKind::Selected, Some(award)) if award > requested => {
            return refuse(format!(
                "the award {award} exceeds the requested amount {requested}"
            ))
        }
        (DecisionKind::Selected, Some(award)) => {
            if let Some(cap) = cap.filter(|cap| award > *cap) {
                return refuse(format!(
                    "the award {award} exceeds the call's cap per project {cap}"
                ));
            }
        }
        (kind, Some(_)) => return refuse(format!("a {kind} decision carries no award")),
        (_, None) => {}
    }
    let chars = decision.motivation.trim().chars().count();
    if chars == 0 || chars > MOTIVATION_MAX_CHARS {
        return Err(AssessmentError::validation(
            "motivation",
            format!("a motivation of 1 to {MOTIVATION_MAX_CHARS} characters is required"),
        ));
    }
    Ok(())
}

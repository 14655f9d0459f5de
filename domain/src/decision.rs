//! The admins' decision on an application: selected with an award, reserve, or rejected.

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::{AssessmentError, Money, Rule};

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
    let refuse = |rule: Rule| Err(AssessmentError::validation("awarded", rule));
    match (decision.kind, decision.awarded) {
        (DecisionKind::Selected, None) => return refuse(Rule::AwardRequired),
        (DecisionKind::Selected, Some(award)) if award.is_zero() => return refuse(Rule::Positive),
        (DecisionKind::Selected, Some(award)) if award > requested => {
            return refuse(Rule::AwardAboveRequest {
                award: award.to_string(),
                requested: requested.to_string(),
            })
        }
        (DecisionKind::Selected, Some(award)) => {
            if let Some(cap) = cap.filter(|cap| award > *cap) {
                return refuse(Rule::AwardAboveCap {
                    award: award.to_string(),
                    cap: cap.to_string(),
                });
            }
        }
        (kind, Some(_)) => {
            return refuse(Rule::AwardNotExpected {
                kind: kind.to_string(),
            })
        }
        (_, None) => {}
    }
    let chars = decision.motivation.trim().chars().count();
    if chars == 0 || chars > MOTIVATION_MAX_CHARS {
        return Err(AssessmentError::validation(
            "motivation",
            Rule::RequiredText {
                min: 1,
                max: MOTIVATION_MAX_CHARS,
            },
        ));
    }
    Ok(())
}

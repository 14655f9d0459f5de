//! Why an assessment command (screening, reviewing, deciding) was refused.

use crate::rule::Rule;
use crate::{CallStatus, Kbo};

/// A broken rule of the assessment of an application.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssessmentError {
    /// A field breaks a rule. `field` is a path such as `reason`, `comment`, `awarded` or
    /// `scores.relevance`.
    #[error("{field}: {rule}")]
    Validation { field: String, rule: Rule },

    /// The reviewer belongs to the lead or a partner organisation of the application.
    #[error(
        "the reviewer is affiliated with {}, the lead or a partner of this application",
        kbo.formatted()
    )]
    Conflict { kbo: Kbo },

    /// The application's assessment so far does not allow this step (e.g. selecting an
    /// application that was not screened eligible).
    #[error("{rule}")]
    State { rule: Rule },

    /// Screening, reviewing and deciding happen only while the call is in assessment.
    #[error("the call is not in assessment; it is {status}")]
    NotInAssessment { status: CallStatus },
}

impl AssessmentError {
    /// The rule a refusal of the command broke (see [`crate::CallError::refusal`]).
    pub fn refusal(&self) -> Option<Rule> {
        Some(match self {
            AssessmentError::Conflict { kbo } => Rule::ReviewerAffiliated {
                kbo: kbo.formatted(),
            },
            AssessmentError::State { rule } => rule.clone(),
            AssessmentError::NotInAssessment { status } => Rule::NotInAssessment {
                status: status.to_string(),
            },
            AssessmentError::Validation { .. } => return None,
        })
    }

    /// A stable slug per kind of refusal, e.g. for a problem+json `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            AssessmentError::Validation { .. } => "validation",
            AssessmentError::Conflict { .. } => "conflict_of_interest",
            AssessmentError::NotInAssessment { .. } => "not_in_assessment",
            AssessmentError::State { .. } => "state",
        }
    }

    /// The field a validation error is about.
    pub fn field(&self) -> Option<&str> {
        match self {
            AssessmentError::Validation { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn state(rule: Rule) -> Self {
        AssessmentError::State { rule }
    }

    pub fn validation(field: impl Into<String>, rule: impl Into<Rule>) -> Self {
        AssessmentError::Validation {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

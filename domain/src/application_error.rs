//! Why an application, or a command on it, was refused.

use crate::rule::Rule;
use crate::{ApplicationStatus, CallStatus, Deadline};

/// A broken rule of an application or a refused command on one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplicationError {
    /// A field breaks a rule that holds even for a draft. `field` is a path such as `title`,
    /// `answers.target_group`, `partners[2]` or `budget_lines[3].amount` (indexes from 0).
    #[error("{field}: {rule}")]
    Validation { field: String, rule: Rule },

    /// Something needed for submission is missing, e.g. `attachments.application_form`.
    #[error("{field}: {rule}")]
    Incomplete { field: String, rule: Rule },

    /// The call's deadline has passed (at the deadline itself it is already too late).
    #[error("the call closed at {deadline}; nothing can be changed after the deadline")]
    DeadlinePassed { deadline: Deadline },

    /// The call does not accept applications in this status.
    #[error("the call does not accept applications; it is {status}")]
    CallNotOpen { status: CallStatus },

    /// The command does not apply to an application in this status.
    #[error("cannot {action} an application that is {from}")]
    InvalidTransition {
        from: ApplicationStatus,
        action: &'static str,
    },

    /// The budget lines add up to more than the largest amount.
    #[error("the budget lines together exceed the largest amount, 999999999999.99")]
    Overflow,
}

impl ApplicationError {
    /// The rule a refusal of the command broke (see [`crate::CallError::refusal`]).
    pub fn refusal(&self) -> Option<Rule> {
        Some(match self {
            ApplicationError::CallNotOpen { status } => Rule::CallNotOpen {
                status: status.to_string(),
            },
            ApplicationError::InvalidTransition { from, action } => Rule::ApplicationTransition {
                action: (*action).to_owned(),
                from: from.to_string(),
            },
            _ => return None,
        })
    }

    /// A stable slug per kind of refusal, e.g. for a problem+json `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            ApplicationError::Validation { .. } => "validation",
            ApplicationError::Incomplete { .. } => "incomplete",
            ApplicationError::DeadlinePassed { .. } => "deadline_passed",
            ApplicationError::CallNotOpen { .. } => "call_not_open",
            ApplicationError::InvalidTransition { .. } => "invalid_transition",
            ApplicationError::Overflow => "overflow",
        }
    }

    /// The field a validation or completeness error is about.
    pub fn field(&self) -> Option<&str> {
        match self {
            ApplicationError::Validation { field, .. }
            | ApplicationError::Incomplete { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn validation(field: impl Into<String>, rule: impl Into<Rule>) -> Self {
        ApplicationError::Validation {
            field: field.into(),
            rule: rule.into(),
        }
    }

    pub fn incomplete(field: impl Into<String>, rule: impl Into<Rule>) -> Self {
        ApplicationError::Incomplete {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

//! Why a grant, payment schedule, payment or settlement was refused.

use crate::rule::Rule;
use crate::{Money, VerificationStatus};

/// A broken rule of a grant or of the money paid on it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GrantError {
    /// A field breaks a rule. `field` is a path such as `tranches`, `end_date` or `amount`.
    #[error("{field}: {rule}")]
    Validation { field: String, rule: Rule },

    /// The payments on a grant would come to more than its committed amount.
    #[error("the payments would come to {would_be}, above the {committed} committed")]
    Overpayment { committed: Money, would_be: Money },

    /// The grant's organisation is not verified: nothing is paid to it (see
    /// [`check_payee`](crate::check_payee)).
    #[error(
        "the grant's organisation is {status}: nothing is paid to an organisation until staff \
         verified it (its enterprise number, its mandate, its representative)"
    )]
    PayeeUnverified { status: VerificationStatus },

    /// A sum of amounts would exceed the largest amount.
    #[error("the amounts together exceed the largest amount, 999999999999.99")]
    Overflow,
}

impl GrantError {
    /// The rule a refusal of the command broke (see [`crate::CallError::refusal`]).
    pub fn refusal(&self) -> Option<Rule> {
        Some(match self {
            GrantError::Overpayment {
                committed,
                would_be,
            } => Rule::Overpayment {
                committed: committed.to_string(),
                would_be: would_be.to_string(),
            },
            GrantError::PayeeUnverified { status } => Rule::PayeeUnverified {
                status: status.to_string(),
            },
            GrantError::Overflow => Rule::TooLarge {
                max: crate::Money::MAX.to_string(),
            },
            GrantError::Validation { .. } => return None,
        })
    }

    /// A stable slug per kind of refusal, e.g. for a problem+json `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            GrantError::Validation { .. } => "validation",
            GrantError::Overpayment { .. } => "overpayment",
            GrantError::PayeeUnverified { .. } => "organisation-unverified",
            GrantError::Overflow => "overflow",
        }
    }

    /// The field a validation error is about.
    pub fn field(&self) -> Option<&str> {
        match self {
            GrantError::Validation { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn validation(field: impl Into<String>, rule: impl Into<Rule>) -> Self {
        GrantError::Validation {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

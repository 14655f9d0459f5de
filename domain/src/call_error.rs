//! Why a call refused a command. Each message names the rule, the gate or the deadline.

use crate::rule::Rule;
use std::fmt;

use crate::{CallStatus, Deadline, Gate};

/// A refused command on a call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// A field of the command is invalid.
    #[error("{field}: {rule}")]
    Validation { field: String, rule: Rule },

    /// Only a draft may be edited.
    #[error("the call can only be edited while it is a draft; it is {status}")]
    NotEditable { status: CallStatus },

    /// A gate was skipped. When `gate == missing`, the call tried to move on (e.g. open)
    /// without that gate.
    #[error("{}", gate_out_of_order(*gate, *status, *missing))]
    GateOutOfOrder {
        gate: Gate,
        status: CallStatus,
        missing: Gate,
    },

    /// The last verdict on this gate was unfavourable.
    #[error("the {} [gate {gate}] was unfavourable; the call cannot go further until a favourable {} is recorded", gate.label(), gate.label())]
    UnfavourableVerdict { gate: Gate },

    /// The submission deadline has passed (at the deadline itself it is already too late).
    #[error("the submission deadline {} ({}) has passed", deadline.to_rfc3339(), deadline.zone().name())]
    DeadlinePassed { deadline: Deadline },

    /// A deadline may only move to a later instant.
    #[error("the new deadline must be later than the current deadline {} ({})", current.to_rfc3339(), current.zone().name())]
    DeadlineNotLater { current: Deadline },

    /// The call's definition lacks something the step needs, e.g. opening a call whose
    /// applications could never be scored because it has no assessment criteria.
    #[error("{field}: {rule}")]
    Incomplete { field: String, rule: Rule },

    /// The command does not apply to a call in this status.
    #[error("cannot {action} a call that is {from}")]
    InvalidTransition {
        from: CallStatus,
        action: &'static str,
    },
}

fn gate_out_of_order(gate: Gate, status: CallStatus, missing: Gate) -> GateOutOfOrder {
    GateOutOfOrder {
        gate,
        status,
        missing,
    }
}

struct GateOutOfOrder {
    gate: Gate,
    status: CallStatus,
    missing: Gate,
}

impl fmt::Display for GateOutOfOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (gate, missing) = (self.gate, self.missing);
        if gate == missing {
            write!(
                f,
                "the {} [gate {missing}] has not been passed yet; the call is {}",
                missing.label(),
                self.status
            )
        } else {
            write!(
                f,
                "the {} cannot be recorded before the {} [gate {missing}]; the call is {}",
                gate.label(),
                missing.label(),
                self.status
            )
        }
    }
}

impl CallError {
    /// The rule a refusal of the command broke (a field's rule is its `rule`; a passed
    /// deadline says its instant on its own).
    pub fn refusal(&self) -> Option<Rule> {
        Some(match self {
            CallError::NotEditable { status } => Rule::CallNotEditable {
                status: status.to_string(),
            },
            CallError::GateOutOfOrder {
                gate,
                status,
                missing,
            } if gate == missing => Rule::GateNotPassed {
                missing: missing.to_string(),
                status: status.to_string(),
            },
            CallError::GateOutOfOrder {
                gate,
                status,
                missing,
            } => Rule::GateOutOfOrder {
                gate: gate.to_string(),
                missing: missing.to_string(),
                status: status.to_string(),
            },
            CallError::UnfavourableVerdict { gate } => Rule::UnfavourableVerdict {
                gate: gate.to_string(),
            },
            CallError::DeadlineNotLater { current } => Rule::DeadlineNotLater {
                current: current.to_rfc3339(),
                zone: current.zone().name().to_owned(),
            },
            CallError::InvalidTransition { from, action } => Rule::CallTransition {
                action: (*action).to_owned(),
                from: from.to_string(),
            },
            CallError::Validation { .. }
            | CallError::Incomplete { .. }
            | CallError::DeadlinePassed { .. } => return None,
        })
    }

    /// A stable slug per kind of refusal, e.g. for a problem+json `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            CallError::Validation { .. } => "validation",
            CallError::NotEditable { .. } => "not_editable",
            CallError::GateOutOfOrder { .. } => "gate_out_of_order",
            CallError::UnfavourableVerdict { .. } => "unfavourable_verdict",
            CallError::DeadlinePassed { .. } => "deadline_passed",
            CallError::DeadlineNotLater { .. } => "deadline_not_later",
            CallError::Incomplete { .. } => "incomplete",
            CallError::InvalidTransition { .. } => "invalid_transition",
        }
    }

    pub(crate) fn validation(field: impl Into<String>, rule: impl Into<Rule>) -> Self {
        CallError::Validation {
            field: field.into(),
            rule: rule.into(),
        }
    }
}

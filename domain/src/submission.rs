//! When an application may be created, changed, submitted, revised or withdrawn.
//!
//! Everything an applicant does happens strictly before the call's deadline, while the call is
//! open; at the deadline itself it is already too late. The status of the application decides
//! which commands apply ([`ApplicationStatus::after`]).

use chrono::{DateTime, Utc};

use crate::{
    ApplicationAction, ApplicationContent, ApplicationError, ApplicationStatus, Call, CallStatus,
    Kbo,
};

/// Ok while the call is open at `now` (strictly before its deadline).
pub fn check_call_accepts(call: &Call, now: DateTime<Utc>) -> Result<(), ApplicationError> {
    let status = call.effective_status(now);
    match status {
        CallStatus::Open => Ok(()),
        CallStatus::Cancelled => Err(ApplicationError::CallNotOpen { status }),
        _ if status > CallStatus::Open && call.deadline.has_passed(now) => {
            Err(ApplicationError::DeadlinePassed {
                deadline: call.deadline,
            })
        }
        _ => Err(ApplicationError::CallNotOpen { status }),
    }
}

/// The status after `action`, when the application's status allows it and the call accepts
/// it at `now`. The status is checked first: a withdrawn application says so, even after the
/// deadline.
pub fn check_action(
    call: &Call,
    status: ApplicationStatus,
    action: ApplicationAction,
    now: DateTime<Utc>,
) -> Result<ApplicationStatus, ApplicationError> {
    let next = status.after(action)?;
    check_call_accepts(call, now)?;
    Ok(next)
}

/// Changing the content: only a draft, only before the deadline.
pub fn check_edit(
    call: &Call,
    status: ApplicationStatus,
    now: DateTime<Utc>,
) -> Result<(), ApplicationError> {
    check_action(call, status, ApplicationAction::Edit, now).map(drop)
}

/// Submitting: only a draft, only before the deadline. Completeness is checked by
/// [`submission_errors`].
pub fn check_submit(
    call: &Call,
    status: ApplicationStatus,
    now: DateTime<Utc>,
) -> Result<(), ApplicationError> {
    check_action(call, status, ApplicationAction::Submit, now).map(drop)
}

/// Taking a submitted application back to draft: only before the deadline.
pub fn check_revise(
    call: &Call,
    status: ApplicationStatus,
    now: DateTime<Utc>,
) -> Result<(), ApplicationError> {
    check_action(call, status, ApplicationAction::Revise, now).map(drop)
}

/// Withdrawing a draft or a submitted application: only before the deadline.
pub fn check_withdraw(
    call: &Call,
    status: ApplicationStatus,
    now: DateTime<Utc>,
) -> Result<(), ApplicationError> {
    check_action(call, status, ApplicationAction::Withdraw, now).map(drop)
}

/// Everything that stops a submission at `now`: the status or the deadline alone when either
/// refuses; otherwise every broken rule of the content and everything it still lacks.
/// Empty when the application may be submitted.
pub fn submission_errors(
    call: &Call,
    status: ApplicationStatus,
    content: &ApplicationContent,
    lead: &Kbo,
    attached_kinds: &[String],
    now: DateTime<Utc>,
) -> Vec<ApplicationError> {
    if let Err(error) = check_submit(call, status, now) {
        return vec![error];
    }
    let mut errors = content.validation_errors(call, lead);
    errors.extend(content.dated_problems(crate::date_in_brussels(now)));
    errors.extend(content.missing_for_submission(call, attached_kinds));
    errors
}

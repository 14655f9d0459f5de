//! Submitting, revising and withdrawing, strictly before the deadline.

use super::*;
use crate::submission::*;
use crate::{ApplicationAction, ApplicationStatus};
use chrono::Duration;

/// 2023-08-31T10:00 in Brussels.
fn deadline() -> DateTime<Utc> {
    at("2023-08-31T08:00:00Z")
}

fn just_before() -> DateTime<Utc> {
    deadline() - Duration::milliseconds(1)
}

#[test]
fn one_millisecond_before_the_deadline_the_call_accepts() {
    assert_eq!(check_call_accepts(&open_call(), just_before()), Ok(()));
}

#[test]
fn at_the_deadline_nothing_can_be_changed() {
    let error = check_call_accepts(&open_call(), deadline()).expect_err("too late");
    assert_eq!(error.kind(), "deadline_passed");
    assert_eq!(
        error.to_string(),
        "the call closed at 2023-08-31T10:00:00+02:00 (Europe/Brussels); \
         nothing can be changed after the deadline"
    );
    let later = deadline() + Duration::days(30);
    let mut assessed = open_call();
    assessed.status = CallStatus::Assessment;
    assert_eq!(
        check_call_accepts(&assessed, later).map_err(|e| e.kind()),
        Err("deadline_passed")
    );
}

#[test]
fn a_call_that_is_not_open_accepts_nothing() {
    let mut call = open_call();
    call.status = CallStatus::Approved;
    assert_eq!(
        check_call_accepts(&call, just_before()),
        Err(ApplicationError::CallNotOpen {
            status: CallStatus::Approved
        })
    );
    call.status = CallStatus::Cancelled;
    let error = check_call_accepts(&call, deadline()).expect_err("cancelled");
    assert_eq!(error.kind(), "call_not_open");
    assert_eq!(
        error.to_string(),
        "the call does not accept applications; it is cancelled"
    );
}

#[test]
fn a_draft_is_submitted_and_revised_before_the_deadline() {
    let call = open_call();
    let draft = ApplicationStatus::Draft;
    let submitted = ApplicationStatus::Submitted;
    assert_eq!(check_edit(&call, draft, just_before()), Ok(()));
    assert_eq!(check_submit(&call, draft, just_before()), Ok(()));
    assert_eq!(check_revise(&call, submitted, just_before()), Ok(()));
    assert_eq!(
        check_action(&call, submitted, ApplicationAction::Revise, just_before()),
        Ok(draft)
    );
    for check in [check_edit, check_submit] {
        assert_eq!(
            check(&call, draft, deadline()).map_err(|e| e.kind()),
            Err("deadline_passed")
        );
    }
    assert_eq!(
        check_revise(&call, submitted, deadline()).map_err(|e| e.kind()),
        Err("deadline_passed")
    );
}

#[test]
fn a_submitted_application_is_read_only() {
    let call = open_call();
    assert_eq!(
        check_edit(&call, ApplicationStatus::Submitted, just_before()),
        Err(ApplicationError::InvalidTransition {
            from: ApplicationStatus::Submitted,
            action: "edit"
        })
    );
    assert_eq!(
        check_submit(&call, ApplicationStatus::Submitted, just_before()).map_err(|e| e.to_string()),
        Err("cannot submit an application that is submitted".to_owned())
    );
}

#[test]
fn withdrawing_is_possible_before_the_deadline_and_final() {
    let call = open_call();
    for status in [ApplicationStatus::Draft, ApplicationStatus::Submitted] {
        assert_eq!(check_withdraw(&call, status, just_before()), Ok(()));
        assert_eq!(
            check_withdraw(&call, status, deadline()).map_err(|e| e.kind()),
            Err("deadline_passed")
        );
    }
    for action in ApplicationAction::ALL {
        assert_eq!(
            check_action(&call, ApplicationStatus::Withdrawn, action, deadline())
                .map_err(|e| e.kind()),
            Err("invalid_transition"),
            "{action}"
        );
    }
}

#[test]
fn submission_errors_gather_every_reason_or_only_the_deadline() {
    let call = open_call();
    let draft = ApplicationStatus::Draft;
    assert!(submission_errors(
        &call,
        draft,
        &complete(),
        &lead(),
        &attached(),
        just_before()
    )
    .is_empty());
    let mut content = complete();
    content.partners.push(lead());
    content.contact = None;
    let errors = submission_errors(&call, draft, &content, &lead(), &[], just_before());
    assert_eq!(
        fields(&errors),
        ["partners[1]", "attachments.application_form", "contact"]
    );
    let late = submission_errors(&call, draft, &content, &lead(), &[], deadline());
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].kind(), "deadline_passed");
}

//! The call's assessment stage: started after the deadline, ended by the final selection.

use super::*;
use crate::{AssessmentError, CallError, CallStatus};
use chrono::Duration;

#[test]
fn the_assessment_cannot_start_before_the_deadline() {
    let mut call = opened();
    let just_before = deadline() - Duration::milliseconds(1);
    let refused = call.start_assessment(just_before);
    assert_eq!(
        refused,
        Err(CallError::InvalidTransition {
            from: CallStatus::Open,
            action: "start_assessment",
        })
    );
    assert_eq!(
        refused.map_err(|e| e.to_string()),
        Err("cannot start_assessment a call that is open".into())
    );
    assert_eq!(call.status, CallStatus::Open);
}

#[test]
fn the_assessment_starts_at_the_deadline() {
    let mut call = opened();
    assert_eq!(call.start_assessment(deadline()), Ok(()));
    assert_eq!(call.status, CallStatus::Assessment);
    assert!(call.reserves_budget());
    assert_eq!(call.check_in_assessment(), Ok(()));
}

#[test]
fn a_stored_closed_call_goes_into_assessment() {
    let mut call = opened();
    call.status = CallStatus::Closed;
    assert_eq!(call.start_assessment(deadline()), Ok(()));
    assert_eq!(call.status, CallStatus::Assessment);
}

#[test]
fn the_assessment_starts_once() {
    let mut call = in_assessment();
    assert_eq!(
        call.start_assessment(at("2023-09-02T08:00:00Z")),
        Err(CallError::InvalidTransition {
            from: CallStatus::Assessment,
            action: "start_assessment",
        })
    );
}

#[test]
fn a_call_that_never_opened_cannot_be_assessed() {
    let mut call = Call::create(
        Uuid::nil(),
        exp23_draft(),
        "admin@abb",
        at("2023-06-01T09:00:00Z"),
    )
    .expect("valid call");
    assert!(matches!(
        call.start_assessment(at("2023-09-01T08:00:00Z")),
        Err(CallError::InvalidTransition {
            from: CallStatus::Draft,
            ..
        })
    ));
}

#[test]
fn finalising_the_selection_decides_the_call() {
    let mut call = in_assessment();
    assert_eq!(call.finalise_selection(at("2023-10-01T08:00:00Z")), Ok(()));
    assert_eq!(call.status, CallStatus::Decided);
    assert!(!call.reserves_budget());
    assert_eq!(
        call.finalise_selection(at("2023-10-02T08:00:00Z")),
        Err(CallError::InvalidTransition {
            from: CallStatus::Decided,
            action: "finalise_selection",
        })
    );
    assert_eq!(
        call.check_in_assessment(),
        Err(AssessmentError::NotInAssessment {
            status: CallStatus::Decided
        })
    );
}

#[test]
fn only_a_call_in_assessment_can_be_finalised() {
    let mut call = opened();
    assert_eq!(
        call.finalise_selection(deadline()),
        Err(CallError::InvalidTransition {
            from: CallStatus::Closed,
            action: "finalise_selection",
        })
    );
    assert_eq!(
        call.check_in_assessment(),
        Err(AssessmentError::NotInAssessment {
            status: CallStatus::Open
        })
    );
}

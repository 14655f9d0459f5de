//! Closing at the deadline, extending it, and cancelling.

use super::*;

#[test]
fn the_call_closes_exactly_at_the_deadline_without_any_job() {
    let call = opened();
    let deadline = at("2023-08-31T08:00:00Z");
    assert_eq!(
        call.effective_status(deadline - Duration::milliseconds(1)),
        CallStatus::Open
    );
    assert_eq!(call.effective_status(deadline), CallStatus::Closed);
    assert_eq!(call.status, CallStatus::Open);
}

#[test]
fn the_deadline_is_extended_only_to_a_later_instant_with_a_reason() {
    let mut call = opened();
    let now = at("2023-08-20T09:00:00Z");
    let earlier = brussels("2023-08-30T10:00");
    assert_eq!(
        call.extend_deadline(earlier, "more time", "admin@abb", now),
        Err(CallError::DeadlineNotLater {
            current: call.deadline
        })
    );
    let later = brussels("2023-09-15T10:00");
    assert_eq!(
        call.extend_deadline(later, " ", "admin@abb", now),
        Err(CallError::validation(
            "reason",
            Rule::RequiredText {
                min: 1,
                max: REASON_MAX_CHARS,
            }
        ))
    );
    call.extend_deadline(later, "helpdesk questions", "admin@abb", now)
        .expect("extended");
    assert_eq!(call.deadline, later);
    assert_eq!(call.deadline_history.len(), 2);
    let change = &call.deadline_history[1];
    assert_eq!(change.previous, Some(brussels("2023-08-31T10:00")));
    assert_eq!(change.reason, "helpdesk questions");
    assert_eq!(
        call.effective_status(at("2023-09-01T09:00:00Z")),
        CallStatus::Open
    );
}

#[test]
fn an_extension_moves_the_deadline_by_at_least_a_second_as_it_is_shown() {
    let mut call = opened();
    let now = at("2023-08-20T09:00:00Z");
    // a deadline stored with a fraction (before whole seconds were required) is shown as
    // 10:00:00; 10:00:00 again is not later
    let shown = call.deadline.instant();
    call.deadline = Deadline::from_instant(shown + Duration::milliseconds(500), Brussels);
    assert_eq!(call.deadline.to_rfc3339(), "2023-08-31T10:00:00+02:00");
    let same_second = Deadline::from_instant(shown, Brussels);
    assert!(matches!(
        call.extend_deadline(same_second, "more time", "admin@abb", now),
        Err(CallError::DeadlineNotLater { .. })
    ));
    let next_second = brussels("2023-08-31T10:00:01");
    call.extend_deadline(next_second, "more time", "admin@abb", now)
        .expect("a second later");
    assert_eq!(call.deadline, next_second);
}

#[test]
fn a_closed_call_cannot_be_extended() {
    let mut call = opened();
    let error = call
        .extend_deadline(
            brussels("2023-09-15T10:00"),
            "late",
            "admin@abb",
            at("2023-08-31T08:00:00Z"),
        )
        .expect_err("closed");
    assert_eq!(error.kind(), "deadline_passed");
}

#[test]
fn an_extension_past_the_start_date_is_refused() {
    let mut call = opened();
    let error = call
        .extend_deadline(
            brussels("2024-11-01T10:00"),
            "far",
            "admin@abb",
            at("2023-08-20T09:00:00Z"),
        )
        .expect_err("past start");
    assert_eq!(
        error,
        CallError::validation(
            "deadline",
            Rule::NotBefore {
                before: "2024-11-01".into(),
            }
        )
    );
}

#[test]
fn cancelling_an_open_call_releases_its_reservation() {
    let mut call = opened();
    let outcome = call
        .cancel("budget withdrawn", "admin@abb", at("2023-07-10T09:00:00Z"))
        .expect("cancelled");
    assert!(outcome.releases_reservation);
    assert_eq!(call.status, CallStatus::Cancelled);
    assert_eq!(call.cancelled_reason.as_deref(), Some("budget withdrawn"));
    let again = call
        .cancel("twice", "admin@abb", at("2023-07-11T09:00:00Z"))
        .expect_err("already cancelled");
    assert_eq!(again.kind(), "invalid_transition");
    assert!(matches!(
        call.record_gate(if_advice()),
        Err(CallError::InvalidTransition { .. })
    ));
}

#[test]
fn cancelling_a_draft_releases_nothing_and_needs_a_reason() {
    let mut call = created();
    let now = at("2023-06-02T09:00:00Z");
    assert_eq!(
        call.cancel("", "admin@abb", now),
        Err(CallError::validation(
            "reason",
            Rule::RequiredText {
                min: 1,
                max: REASON_MAX_CHARS,
            }
        ))
    );
    let outcome = call
        .cancel("withdrawn", "admin@abb", now)
        .expect("cancelled");
    assert!(!outcome.releases_reservation);
}

#[test]
fn a_decided_call_cannot_be_cancelled() {
    let mut call = opened();
    call.status = CallStatus::Decided;
    assert_eq!(
        call.cancel("too late", "admin@abb", at("2023-10-01T09:00:00Z")),
        Err(CallError::InvalidTransition {
            from: CallStatus::Decided,
            action: "cancel",
        })
    );
}

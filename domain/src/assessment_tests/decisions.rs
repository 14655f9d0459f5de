//! Decisions: selected with an award, reserve, or rejected, each motivated.

use super::*;
use crate::{check_decision, AssessmentError, Decision, DecisionKind};

const MOTIVATION: &str = "Ranked first in its track.";

fn selected(awarded: &str) -> Decision {
    Decision {
        kind: DecisionKind::Selected,
        awarded: Some(money(awarded)),
        motivation: MOTIVATION.into(),
    }
}

fn refusal(decision: Result<(), AssessmentError>) -> (String, String) {
    match decision {
        Err(AssessmentError::Validation { field, message }) => (field, message),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn an_award_of_exactly_the_requested_amount_is_accepted() {
    let requested = money("60000.00");
    assert_eq!(
        check_decision(&selected("60000.00"), requested, Some(money("60000.00"))),
        Ok(())
    );
    assert_eq!(
        check_decision(&selected("45000.00"), requested, None),
        Ok(())
    );
}

#[test]
fn an_award_one_cent_over_the_requested_amount_is_refused() {
    let (field, message) = refusal(check_decision(
        &selected("60000.01"),
        money("60000.00"),
        None,
    ));
    assert_eq!(field, "awarded");
    assert_eq!(
        message,
        "the award 60000.01 exceeds the requested amount 60000.00"
    );
}

#[test]
fn an_award_one_cent_over_the_cap_is_refused() {
    let (field, message) = refusal(check_decision(
        &selected("50000.01"),
        money("70000.00"),
        Some(money("50000.00")),
    ));
    assert_eq!(field, "awarded");
    assert_eq!(
        message,
        "the award 50000.01 exceeds the call's cap per project 50000.00"
    );
    assert_eq!(
        check_decision(
            &selected("50000.00"),
            money("70000.00"),
            Some(money("50000.00"))
        ),
        Ok(())
    );
}

#[test]
fn a_selection_awards_more_than_nothing() {
    let (field, _) = refusal(check_decision(&selected("0.00"), money("60000.00"), None));
    assert_eq!(field, "awarded");
    let mut no_award = selected("1.00");
    no_award.awarded = None;
    let (field, message) = refusal(check_decision(&no_award, money("60000.00"), None));
    assert_eq!(field, "awarded");
    assert!(message.contains("needs an awarded amount"));
}

#[test]
fn reserve_and_rejected_carry_no_award() {
    for kind in [DecisionKind::Reserve, DecisionKind::Rejected] {
        let mut decision = Decision {
            kind,
            awarded: None,
            motivation: MOTIVATION.into(),
        };
        assert_eq!(check_decision(&decision, money("60000.00"), None), Ok(()));
        decision.awarded = Some(money("1000.00"));
        let (field, message) = refusal(check_decision(&decision, money("60000.00"), None));
        assert_eq!(field, "awarded");
        assert_eq!(message, format!("a {kind} decision carries no award"));
    }
}

#[test]
fn every_decision_is_motivated() {
    for kind in DecisionKind::ALL {
        let decision = Decision {
            kind,
            awarded: (kind == DecisionKind::Selected).then(|| money("1000.00")),
            motivation: "  ".into(),
        };
        let (field, _) = refusal(check_decision(&decision, money("60000.00"), None));
        assert_eq!(field, "motivation");
    }
    let mut long = selected("1000.00");
    long.motivation = "x".repeat(4_000);
    assert_eq!(check_decision(&long, money("60000.00"), None), Ok(()));
    long.motivation.push('x');
    let (field, _) = refusal(check_decision(&long, money("60000.00"), None));
    assert_eq!(field, "motivation");
}

#[test]
fn decisions_travel_as_json() {
    let json = serde_json::to_value(selected("60000.00")).expect("serialize");
    assert_eq!(json["kind"], "selected");
    assert_eq!(json["awarded"], "60000.00");
    let reserve: Decision =
        serde_json::from_str(r#"{"kind":"reserve","motivation":"Second in line."}"#)
            .expect("an award is optional");
    assert_eq!(reserve.awarded, None);
    assert!(DecisionKind::parse("accepted").is_err());
}

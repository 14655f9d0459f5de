//! Decisions: selected with an award, reserve, or rejected, each motivated.

use super::*;
use crate::{check_decision, AssessmentError, Decision, DecisionKind, Rule};

const MOTIVATION: &str = "Ranked first in its track.";

fn selected(awarded: &str) -> Decision {
    Decision {
        kind: DecisionKind::Selected,
        awarded: Some(money(awarded)),
        motivation: MOTIVATION.into(),
    }
}

fn refusal(decision: Result<(), AssessmentError>) -> (String, Rule) {
    match decision {
        Err(AssessmentError::Validation { field, rule }) => (field, rule),
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
    let (field, rule) = refusal(check_decision(
        &selected("60000.01"),
        money("60000.00"),
        None,
    ));
    assert_eq!(field, "awarded");
    assert_eq!(
        rule,
        Rule::AwardAboveRequest {
            award: "60000.01".into(),
            requested: "60000.00".into(),
        }
    );
}

#[test]
fn an_award_one_cent_over_the_cap_is_refused() {
    let (field, rule) = refusal(check_decision(
        &selected("50000.01"),
        money("70000.00"),
        Some(money("50000.00")),
    ));
    assert_eq!(field, "awarded");
    assert_eq!(
        rule,
        Rule::AwardAboveCap {
            award: "50000.01".into(),
            cap: "50000.00".into(),
        }
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
    let (field, rule) = refusal(check_decision(&selected("0.00"), money("60000.00"), None));
    assert_eq!(field, "awarded");
    assert_eq!(rule, Rule::Positive);
    let mut no_award = selected("1.00");
    no_award.awarded = None;
    let (field, rule) = refusal(check_decision(&no_award, money("60000.00"), None));
    assert_eq!(field, "awarded");
    assert_eq!(rule, Rule::AwardRequired);
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
        let (field, rule) = refusal(check_decision(&decision, money("60000.00"), None));
        assert_eq!(field, "awarded");
        assert_eq!(
            rule,
            Rule::AwardNotExpected {
                kind: kind.to_string(),
            }
        );
    }
}

/// A motivation of 1 to 4000 characters.
fn motivation_required() -> Rule {
    Rule::RequiredText { min: 1, max: 4_000 }
}

#[test]
fn every_decision_is_motivated() {
    for kind in DecisionKind::ALL {
        let decision = Decision {
            kind,
            awarded: (kind == DecisionKind::Selected).then(|| money("1000.00")),
            motivation: "  ".into(),
        };
        let (field, rule) = refusal(check_decision(&decision, money("60000.00"), None));
        assert_eq!(field, "motivation");
        assert_eq!(rule, motivation_required());
    }
    let mut long = selected("1000.00");
    long.motivation = "x".repeat(4_000);
    assert_eq!(check_decision(&long, money("60000.00"), None), Ok(()));
    long.motivation.push('x');
    let (field, rule) = refusal(check_decision(&long, money("60000.00"), None));
    assert_eq!(field, "motivation");
    assert_eq!(rule, motivation_required());
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

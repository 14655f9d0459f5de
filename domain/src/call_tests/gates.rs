//! Creating the reference call, passing its gates and opening it.

use super::*;

#[test]
fn the_reference_call_is_created_as_a_draft_with_its_initial_deadline() {
    let call = created();
    assert_eq!(call.status, CallStatus::Draft);
    assert_eq!(call.budget.to_string(), "750000.00");
    assert_eq!(call.tracks.len(), 3);
    assert_eq!(call.tracks[2].number, 3);
    assert_eq!(call.deadline.instant(), at("2023-08-31T08:00:00Z"));
    assert_eq!(call.deadline_history.len(), 1);
    assert_eq!(call.deadline_history[0].previous, None);
    assert_eq!(call.deadline_history[0].reason, "initial deadline");
}

#[test]
fn the_reference_call_passes_each_gate_and_opens_on_3_july_2023() {
    let mut call = created();
    assert_eq!(call.record_gate(if_advice()), Ok(GateOutcome::Passed));
    assert_eq!(call.status, CallStatus::Advised);
    assert_eq!(
        call.record_gate(budget_agreement()),
        Ok(GateOutcome::Passed)
    );
    assert_eq!(call.status, CallStatus::Agreed);
    assert_eq!(
        call.record_gate(government_approval()),
        Ok(GateOutcome::Passed)
    );
    assert_eq!(call.status, CallStatus::Approved);
    assert_eq!(call.gates.len(), 3);
    assert_eq!(call.gates[0].reference, "GDR/2023002349");
    assert!(!call.reserves_budget());
    assert_eq!(call.open(at("2023-07-03T09:00:00Z")), Ok(()));
    assert_eq!(call.status, CallStatus::Open);
    assert!(call.reserves_budget());
}

#[test]
fn recording_the_budget_agreement_before_the_if_advice_names_the_missing_gate() {
    let mut call = created();
    let error = call
        .record_gate(budget_agreement())
        .expect_err("skipped gate");
    assert_eq!(
        error,
        CallError::GateOutOfOrder {
            gate: Gate::BudgetAgreement,
            status: CallStatus::Draft,
            missing: Gate::IfAdvice,
        }
    );
    assert_eq!(error.kind(), "gate_out_of_order");
    assert!(error.to_string().starts_with(
        "the budget agreement (begrotingsakkoord) cannot be recorded before the finance \
         inspectorate advice (Inspectie van Financiën) [gate if_advice]"
    ));
    assert!(call.gates.is_empty());
}

#[test]
fn government_approval_before_the_budget_agreement_is_refused() {
    let mut call = created();
    call.record_gate(if_advice()).expect("advised");
    let error = call
        .record_gate(government_approval())
        .expect_err("skipped");
    assert!(matches!(
        error,
        CallError::GateOutOfOrder {
            missing: Gate::BudgetAgreement,
            ..
        }
    ));
    assert!(error.to_string().contains("[gate budget_agreement]"));
}

#[test]
fn a_gate_already_passed_cannot_be_recorded_again() {
    let mut call = approved();
    assert!(matches!(
        call.record_gate(if_advice()),
        Err(CallError::InvalidTransition { .. })
    ));
}

#[test]
fn opening_a_draft_names_the_first_missing_gate() {
    let mut call = created();
    let error = call
        .open(at("2023-07-03T09:00:00Z"))
        .expect_err("not approved");
    assert_eq!(
        error,
        CallError::GateOutOfOrder {
            gate: Gate::IfAdvice,
            status: CallStatus::Draft,
            missing: Gate::IfAdvice,
        }
    );
    assert!(error.to_string().contains("[gate if_advice]"), "{error}");
    assert_eq!(call.status, CallStatus::Draft);
}

#[test]
fn an_unfavourable_if_advice_is_kept_and_opening_is_refused() {
    let mut call = created();
    let unfavourable = evidence(
        Gate::IfAdvice,
        "GDR/2023002349",
        date(2023, 6, 15),
        Verdict::Unfavourable,
    );
    assert_eq!(call.record_gate(unfavourable), Ok(GateOutcome::Refused));
    assert_eq!(call.status, CallStatus::Draft);
    assert_eq!(call.gates.len(), 1);
    let error = call
        .open(at("2023-07-03T09:00:00Z"))
        .expect_err("unfavourable");
    assert_eq!(
        error,
        CallError::UnfavourableVerdict {
            gate: Gate::IfAdvice
        }
    );
    assert_eq!(error.kind(), "unfavourable_verdict");
    assert!(error.to_string().contains("[gate if_advice]"));
    // A new, favourable advice lets the call go on.
    assert_eq!(call.record_gate(if_advice()), Ok(GateOutcome::Passed));
}

#[test]
fn a_gate_dated_after_the_day_it_is_recorded_or_with_a_short_year_is_refused() {
    let mut call = created();
    // recorded on 1 July 2023
    let in_future = Rule::InFuture {
        today: "2023-07-01".into(),
        zone: "Europe/Brussels".into(),
    };
    for (on, rule) in [
        (date(2023, 7, 2), in_future),
        (date(203, 6, 15), Rule::Year),
        (date(10_023, 6, 15), Rule::Year),
    ] {
        let future = evidence(Gate::IfAdvice, "GDR/2023002349", on, Verdict::Favourable);
        assert_eq!(
            call.record_gate(future),
            Err(CallError::validation("date", rule)),
            "{on}"
        );
    }
    assert!(call.gates.is_empty());
    assert_eq!(call.status, CallStatus::Draft);
    let today = evidence(
        Gate::IfAdvice,
        "GDR/1",
        date(2023, 7, 1),
        Verdict::Favourable,
    );
    assert_eq!(call.record_gate(today), Ok(GateOutcome::Passed));
}

#[test]
fn a_gate_needs_a_document_reference() {
    let mut call = created();
    let blank = evidence(Gate::IfAdvice, "  ", date(2023, 6, 15), Verdict::Favourable);
    assert_eq!(
        call.record_gate(blank),
        Err(CallError::validation("reference", Rule::Blank))
    );
    assert!(call.gates.is_empty());
}

#[test]
fn opening_at_the_deadline_is_refused() {
    let mut call = approved();
    let error = call.open(at("2023-08-31T08:00:00Z")).expect_err("too late");
    assert_eq!(error.kind(), "deadline_passed");
    assert_eq!(
        error.to_string(),
        "the submission deadline 2023-08-31T10:00:00+02:00 (Europe/Brussels) has passed"
    );
}

#[test]
fn a_call_without_assessment_criteria_does_not_open() {
    let mut call = created();
    call.criteria.clear();
    for gate in [if_advice(), budget_agreement(), government_approval()] {
        assert_eq!(call.record_gate(gate), Ok(GateOutcome::Passed));
    }
    let error = call
        .open(at("2023-07-03T09:00:00Z"))
        .expect_err("no criteria");
    assert_eq!(error.kind(), "incomplete");
    assert_eq!(
        error,
        CallError::Incomplete {
            field: "criteria".into(),
            rule: Rule::NoCriteria,
        }
    );
    assert_eq!(call.status, CallStatus::Approved);
}

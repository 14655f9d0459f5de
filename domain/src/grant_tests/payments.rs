//! Paying the tranches of a grant, never beyond its committed amount.

use super::*;
use crate::{balance_tranche, check_payment, default_schedule, paid_total, tranche_due};
use TrancheTrigger::{FinalReport, Start};

#[test]
fn the_advance_and_the_balance_together_pay_the_commitment_exactly() {
    let committed = money("48000.00");
    assert_eq!(
        check_payment(committed, Money::ZERO, money("28800.00")),
        Ok(())
    );
    assert_eq!(
        check_payment(committed, money("28800.00"), money("19200.00")),
        Ok(())
    );
}

#[test]
fn one_cent_beyond_the_commitment_is_refused() {
    let refused = check_payment(money("48000.00"), money("47000.01"), money("1000.00"));
    let error = refused.expect_err("over the commitment");
    assert_eq!(
        error,
        GrantError::Overpayment {
            committed: money("48000.00"),
            would_be: money("48000.01"),
        }
    );
    assert_eq!(error.kind(), "overpayment");
    assert_eq!(
        error.to_string(),
        "the payments would come to 48000.01, above the 48000.00 committed"
    );
}

#[test]
fn a_payment_of_nothing_is_refused() {
    let error = check_payment(money("48000.00"), Money::ZERO, Money::ZERO).expect_err("zero");
    assert_eq!(error.kind(), "validation");
    assert_eq!(error.field(), Some("amount"));
    assert_eq!(error, GrantError::validation("amount", Rule::Positive));
    assert_eq!(error.to_string(), "amount: positive");
}

#[test]
fn a_sum_beyond_the_largest_amount_is_an_overflow() {
    let max = cents(Money::MAX_CENTS);
    let error = check_payment(max, max, money("0.01")).expect_err("overflow");
    assert_eq!(error, GrantError::Overflow);
    assert_eq!(error.kind(), "overflow");
    assert_eq!(
        error.to_string(),
        "the amounts together exceed the largest amount, 999999999999.99"
    );
}

/// An advance of 60 % and an interim of 20 % from the start, the balance of 20 % after the
/// final report.
fn advance_interim_balance() -> [TrancheSpec; 3] {
    [
        tranche("advance", 60, Start),
        tranche("interim", 20, Start),
        tranche("balance", 20, FinalReport),
    ]
}

#[test]
fn what_was_paid_is_the_sum_of_the_payments() {
    assert_eq!(paid_total([]), Ok(Money::ZERO));
    assert_eq!(
        paid_total([money("28800.00"), money("19200.00")]),
        Ok(money("48000.00"))
    );
    let max = cents(Money::MAX_CENTS);
    assert_eq!(paid_total([max, money("0.01")]), Err(GrantError::Overflow));
}

#[test]
fn a_tranche_pays_its_planned_amount_and_the_last_one_what_remains() {
    let schedule = advance_interim_balance();
    let committed = money("48000.01");
    // 60 % and 20 % rounded down to the cent
    assert_eq!(
        tranche_due(committed, &schedule, 1, Money::ZERO),
        Ok(money("28800.00"))
    );
    assert_eq!(
        tranche_due(committed, &schedule, 2, money("28800.00")),
        Ok(money("9600.00"))
    );
    // the last is the commitment minus what was paid, whatever that was
    assert_eq!(
        tranche_due(committed, &schedule, 3, money("38400.00")),
        Ok(money("9600.01"))
    );
    assert_eq!(
        tranche_due(committed, &schedule, 3, money("28800.00")),
        Ok(money("19200.01"))
    );
}

#[test]
fn the_last_tranche_after_more_than_was_committed_is_an_overflow() {
    let schedule = default_schedule();
    assert_eq!(
        tranche_due(money("48000.00"), &schedule, 2, money("48000.01")),
        Err(GrantError::Overflow)
    );
}

#[test]
fn a_tranche_outside_the_schedule_is_refused() {
    let schedule = default_schedule();
    for number in [0, 3] {
        assert_eq!(
            refusal(tranche_due(
                money("48000.00"),
                &schedule,
                number,
                Money::ZERO
            )),
            broken("tranche", Rule::UnknownTranche { count: 2 })
        );
    }
}

#[test]
fn the_balance_is_paid_as_the_tranche_after_the_final_report() {
    assert_eq!(balance_tranche(&default_schedule(), &[1]), Some(2));
    // the final-report tranche even when an earlier one is unpaid
    assert_eq!(balance_tranche(&default_schedule(), &[]), Some(2));
}

#[test]
fn without_a_final_report_tranche_the_balance_is_the_last_unpaid_one() {
    let all_start = [
        tranche("advance", 50, Start),
        tranche("second", 30, Start),
        tranche("third", 20, Start),
    ];
    assert_eq!(balance_tranche(&all_start, &[1]), Some(3));
    assert_eq!(balance_tranche(&all_start, &[1, 3]), Some(2));
    // the final-report tranche paid already: the last unpaid one
    let schedule = advance_interim_balance();
    assert_eq!(balance_tranche(&schedule, &[3]), Some(2));
}

#[test]
fn when_every_tranche_is_paid_there_is_none_for_the_balance() {
    assert_eq!(balance_tranche(&default_schedule(), &[1, 2]), None);
}

//! Paying the tranches of a grant, never beyond its committed amount.

use super::*;
use crate::check_payment;

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
    assert_eq!(
        error.to_string(),
        "amount: the payment must be greater than zero"
    );
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

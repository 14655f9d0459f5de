//! The reference call EXP23 from award to balance: a grant of 48000.01, its 60 % advance paid
//! on 1 November 2024, its balance after the final report.

use super::*;
use crate::grant::Closure;
use crate::{
    check_grant_period, check_payment, default_schedule, grant_status, settle, tranche_amounts,
    GrantStatus,
};

#[test]
fn the_advance_on_1_november_and_the_balance_after_the_final_report_pay_the_award_exactly() {
    let committed = money("48000.01");
    assert_eq!(check_grant_period(start(), end()), Ok(()));
    let [advance, balance] =
        tranche_amounts(committed, &default_schedule()).expect("the usual schedule")[..]
    else {
        panic!("two tranches");
    };
    assert_eq!((advance, balance), (money("28800.00"), money("19200.01")));

    // 1 November 2024: the grant starts and the advance is paid.
    assert_eq!(
        grant_status(start(), end(), start(), false, Closure::Open),
        GrantStatus::Running
    );
    assert_eq!(check_payment(committed, Money::ZERO, advance), Ok(()));
    let paid = advance;

    // After 31 October 2025 the final report is due; it is accepted in full.
    let report_day = date("2025-12-01");
    assert_eq!(
        grant_status(start(), end(), report_day, false, Closure::Open),
        GrantStatus::FinalReportDue
    );
    let settled = settle(committed, paid, money("48000.01")).expect("settles");
    assert_eq!(settled.balance, balance);
    assert_eq!(
        (settled.recovery, settled.release),
        (Money::ZERO, Money::ZERO)
    );
    assert_eq!(check_payment(committed, paid, settled.balance), Ok(()));
    assert_eq!(
        check_payment(committed, committed, money("0.01")).map_err(|e| e.kind()),
        Err("overpayment")
    );
    assert_eq!(
        grant_status(start(), end(), report_day, true, Closure::Settled),
        GrantStatus::Settled
    );
}

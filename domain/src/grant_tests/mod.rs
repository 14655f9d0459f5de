//! Grants of the reference call EXP23, starting on 1 November 2024: their payment schedules,
//! status, payments and settlement. Fixtures shared by the tests.

use chrono::NaiveDate;

use crate::{GrantError, Money, Rule, TrancheSpec, TrancheTrigger};

mod payments;
mod reference_call;
mod schedule;
mod settlement;
mod status;

fn money(s: &str) -> Money {
    Money::parse(s).expect("valid amount")
}

fn cents(cents: i64) -> Money {
    Money::from_cents(cents).expect("valid amount")
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("valid date")
}

/// EXP23's grants start on 1 November 2024, the call's start date.
fn start() -> NaiveDate {
    date("2024-11-01")
}

/// A one-year project ends on 31 October 2025.
fn end() -> NaiveDate {
    date("2025-10-31")
}

fn tranche(label: &str, percent: u32, trigger: TrancheTrigger) -> TrancheSpec {
    TrancheSpec::new(label, percent, trigger)
}

/// The field and the rule of a validation error.
fn refusal<T: std::fmt::Debug>(result: Result<T, GrantError>) -> (String, Rule) {
    match result {
        Err(GrantError::Validation { field, rule }) => (field, rule),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// What [`refusal`] gives for `rule` broken at `field`.
fn broken(field: &str, rule: Rule) -> (String, Rule) {
    (field.to_owned(), rule)
}

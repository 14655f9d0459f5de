//! A grant's payment schedule: tranches by whole percentage, each paid on a trigger.
//!
//! The amounts of a schedule always add up to the committed amount, to the cent: every tranche
//! but the last is its percentage of the committed amount rounded down to the cent, and the
//! last tranche is what remains.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::rule::Rule;
use crate::text::{check_name, trimmed};
use crate::{GrantError, Money};

pub const TRANCHES: RangeInclusive<usize> = 1..=6;
pub const TRANCHE_LABEL_CHARS: RangeInclusive<usize> = 1..=100;
pub const TRANCHE_PERCENT: RangeInclusive<u32> = 1..=100;

string_enum! {
    /// What makes a tranche payable.
    pub enum TrancheTrigger("tranche trigger") {
        /// Payable from the grant's start date.
        Start => "start",
        /// Payable once the grantee's final report is accepted.
        FinalReport => "final_report",
    }
}

/// One tranche of a payment schedule, e.g. a 60 % "advance" at the start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrancheSpec {
    /// How finance names the tranche, 1 to 100 characters, unique within the schedule.
    pub label: String,
    /// The share of the committed amount, a whole percentage from 1 to 100.
    pub percent: u32,
    pub trigger: TrancheTrigger,
}

impl TrancheSpec {
    pub fn new(label: impl Into<String>, percent: u32, trigger: TrancheTrigger) -> Self {
        Self {
            label: label.into(),
            percent,
            trigger,
        }
    }
}

/// The usual schedule: a 60 % "advance" at the start and the 40 % "balance" after the final
/// report.
pub fn default_schedule() -> Vec<TrancheSpec> {
    vec![
        TrancheSpec::new("advance", 60, TrancheTrigger::Start),
        TrancheSpec::new("balance", 40, TrancheTrigger::FinalReport),
    ]
}

/// Checks a payment schedule; the first problem is a [`GrantError::Validation`] on `tranches`
/// or one of its tranches (`tranches[1].label`).
///
/// - 1 to 6 tranches;
/// - each with a label of 1 to 100 characters after trimming, no two alike;
/// - each with a whole percentage from 1 to 100, together exactly 100;
/// - the tranches payable at the start come first. At most one tranche waits for the final
///   report, and it is the last: it is the balance, the committed amount minus what was paid.
///   A schedule may also be all "start" (everything paid from the start date, nothing held
///   back for the final report).
pub fn validate_schedule(tranches: &[TrancheSpec]) -> Result<(), GrantError> {
    let refuse = |field: String, rule: Rule| Err(GrantError::validation(field, rule));
    if !TRANCHES.contains(&tranches.len()) {
        return refuse(
            "tranches".into(),
            Rule::Count {
                min: *TRANCHES.start(),
                max: *TRANCHES.end(),
                count: tranches.len(),
            },
        );
    }
    let mut total: u32 = 0;
    for (index, tranche) in tranches.iter().enumerate() {
        let label = match check_name(&tranche.label, TRANCHE_LABEL_CHARS) {
            Ok(label) => label,
            Err(rule) => return refuse(format!("tranches[{index}].label"), rule),
        };
        if tranches[..index]
            .iter()
            .any(|earlier| trimmed(&earlier.label) == label)
        {
            return refuse(format!("tranches[{index}].label"), Rule::Duplicate);
        }
        if !TRANCHE_PERCENT.contains(&tranche.percent) {
            return refuse(format!("tranches[{index}].percent"), Rule::Percentage);
        }
        total = total.saturating_add(tranche.percent);
        let last = index + 1 == tranches.len();
        if tranche.trigger == TrancheTrigger::FinalReport && !last {
            return refuse(
                format!("tranches[{index}].trigger"),
                Rule::FinalReportTrancheNotLast,
            );
        }
    }
    if total != 100 {
        return refuse("tranches".into(), Rule::PercentagesTotal { total });
    }
    Ok(())
}

/// The amount of each tranche of a valid schedule, in the schedule's order.
///
/// Every tranche but the last is `committed × percent / 100` rounded down to the cent; the last
/// is the committed amount minus the others, so the amounts add up to `committed` exactly.
pub fn tranche_amounts(
    committed: Money,
    tranches: &[TrancheSpec],
) -> Result<Vec<Money>, GrantError> {
    validate_schedule(tranches)?;
    let committed_cents = i128::from(committed.cents());
    let mut amounts = Vec::with_capacity(tranches.len());
    let mut allotted: i128 = 0;
    for tranche in tranches.iter().take(tranches.len().saturating_sub(1)) {
        // Both factors are non-negative, so integer division rounds down.
        let cents = committed_cents * i128::from(tranche.percent) / 100;
        allotted += cents;
        amounts.push(money_from_cents(cents)?);
    }
    amounts.push(money_from_cents(committed_cents - allotted)?);
    Ok(amounts)
}

/// What paying tranche `number` (1-based) of a valid schedule pays, when `paid_so_far` was
/// paid before it: its planned amount ([`tranche_amounts`]), except the last tranche, which is
/// the remainder `committed − paid_so_far`, so that the payments add up to the commitment
/// whatever was paid before. A number outside the schedule is a [`GrantError::Validation`] on
/// `tranche`; more paid than committed before the last tranche, [`GrantError::Overflow`].
pub fn tranche_due(
    committed: Money,
    tranches: &[TrancheSpec],
    number: u32,
    paid_so_far: Money,
) -> Result<Money, GrantError> {
    let count = tranches.len();
    let index = (number as usize)
        .checked_sub(1)
        .filter(|&i| i < count)
        .ok_or_else(|| GrantError::validation("tranche", Rule::UnknownTranche { count }))?;
    if index + 1 == count {
        committed
            .checked_sub(paid_so_far)
            .ok_or(GrantError::Overflow)
    } else {
        Ok(tranche_amounts(committed, tranches)?[index])
    }
}

/// The tranche (1-based) a settlement's balance is paid as, given the numbers of the tranches
/// paid already: the unpaid tranche that waits for the final report; otherwise (a schedule that
/// planned none, or it is paid) the last unpaid tranche. `None` when every tranche is paid.
pub fn balance_tranche(tranches: &[TrancheSpec], paid: &[u32]) -> Option<u32> {
    let unpaid = |&number: &u32| !paid.contains(&number);
    let numbers = 1..=tranches.len() as u32;
    numbers
        .clone()
        .filter(unpaid)
        .find(|&n| tranches[n as usize - 1].trigger == TrancheTrigger::FinalReport)
        .or_else(|| numbers.rev().find(unpaid))
}

fn money_from_cents(cents: i128) -> Result<Money, GrantError> {
    i64::try_from(cents)
        .ok()
        .and_then(|cents| Money::from_cents(cents).ok())
        .ok_or(GrantError::Overflow)
}

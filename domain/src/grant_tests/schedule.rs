//! Payment schedules: tranches by whole percentage whose amounts add up to the cent.

use super::*;
use crate::{default_schedule, tranche_amounts, validate_schedule};
use TrancheTrigger::{FinalReport, Start};

#[test]
fn the_usual_schedule_is_a_60_percent_advance_and_the_balance_after_the_final_report() {
    let schedule = default_schedule();
    assert_eq!(
        schedule,
        vec![
            tranche("advance", 60, Start),
            tranche("balance", 40, FinalReport),
        ]
    );
    assert_eq!(validate_schedule(&schedule), Ok(()));
}

#[test]
fn a_grant_of_48000_gets_28800_on_1_november_and_19200_after_the_final_report() {
    let amounts = tranche_amounts(money("48000.00"), &default_schedule());
    assert_eq!(amounts, Ok(vec![money("28800.00"), money("19200.00")]));
}

#[test]
fn the_advance_is_rounded_down_and_the_balance_takes_the_odd_cent() {
    // 60 % of 48000.01 is 28800.006: the advance is 28800.00, the balance 19200.01.
    let amounts = tranche_amounts(money("48000.01"), &default_schedule());
    assert_eq!(amounts, Ok(vec![money("28800.00"), money("19200.01")]));
}

#[test]
fn three_tranches_of_100_01_add_up_to_the_cent() {
    let schedule = [
        tranche("advance", 33, Start),
        tranche("second advance", 33, Start),
        tranche("balance", 34, FinalReport),
    ];
    let amounts = tranche_amounts(money("100.01"), &schedule).expect("valid schedule");
    // 33 % of 100.01 is 33.0033, rounded down to 33.00 twice; the balance is 34.01.
    assert_eq!(
        amounts,
        vec![money("33.00"), money("33.00"), money("34.01")]
    );
}

#[test]
fn the_amounts_always_add_up_to_the_committed_amount() {
    let schedules = [
        default_schedule(),
        vec![tranche("everything", 100, Start)],
        vec![
            tranche("advance", 33, Start),
            tranche("second advance", 33, Start),
            tranche("balance", 34, FinalReport),
        ],
        vec![
            tranche("a", 17, Start),
            tranche("b", 17, Start),
            tranche("c", 17, Start),
            tranche("d", 17, Start),
            tranche("e", 17, Start),
            tranche("f", 15, FinalReport),
        ],
    ];
    for schedule in &schedules {
        for committed in (0..5_000)
            .map(|i| i * 7_919 + i % 101)
            .chain([Money::MAX_CENTS])
        {
            let amounts = tranche_amounts(cents(committed), schedule).expect("valid schedule");
            let total: i64 = amounts.iter().map(Money::cents).sum();
            assert_eq!(total, committed, "{schedule:?} of {committed} cents");
            for (amount, tranche) in amounts.iter().zip(schedule).rev().skip(1) {
                assert_eq!(amount.cents(), committed * i64::from(tranche.percent) / 100);
            }
        }
    }
}

#[test]
fn everything_may_be_paid_at_the_start() {
    let schedule = [tranche("advance", 70, Start), tranche("rest", 30, Start)];
    assert_eq!(validate_schedule(&schedule), Ok(()));
}

#[test]
fn the_percentages_must_add_up_to_exactly_100() {
    let short = [
        tranche("advance", 60, Start),
        tranche("balance", 39, FinalReport),
    ];
    assert_eq!(
        refusal(validate_schedule(&short)),
        broken("tranches", Rule::PercentagesTotal { total: 99 })
    );
    let long = [
        tranche("advance", 60, Start),
        tranche("balance", 41, FinalReport),
    ];
    assert_eq!(
        refusal(tranche_amounts(money("48000.00"), &long)),
        broken("tranches", Rule::PercentagesTotal { total: 101 })
    );
}

#[test]
fn a_schedule_has_one_to_six_tranches() {
    assert_eq!(
        refusal(validate_schedule(&[])),
        broken(
            "tranches",
            Rule::Count {
                min: 1,
                max: 6,
                count: 0,
            }
        )
    );
    let seven: Vec<_> = (1..=7)
        .map(|n| tranche(&format!("tranche {n}"), if n == 1 { 40 } else { 10 }, Start))
        .collect();
    assert_eq!(
        refusal(validate_schedule(&seven)),
        broken(
            "tranches",
            Rule::Count {
                min: 1,
                max: 6,
                count: 7,
            }
        )
    );
}

#[test]
fn each_tranche_has_a_label_of_1_to_100_characters_used_once() {
    let blank = [
        tranche("  ", 60, Start),
        tranche("balance", 40, FinalReport),
    ];
    assert_eq!(
        refusal(validate_schedule(&blank)),
        broken("tranches[0].label", Rule::Blank)
    );
    let long = [tranche(&"é".repeat(101), 100, Start)];
    assert_eq!(
        refusal(validate_schedule(&long)),
        broken("tranches[0].label", Rule::Length { min: 1, max: 100 })
    );
    assert_eq!(
        validate_schedule(&[tranche(&"é".repeat(100), 100, Start)]),
        Ok(())
    );
    let twice = [
        tranche("advance", 60, Start),
        tranche(" advance", 40, FinalReport),
    ];
    assert_eq!(
        refusal(validate_schedule(&twice)),
        broken("tranches[1].label", Rule::Duplicate)
    );
}

#[test]
fn each_percentage_is_a_whole_number_from_1_to_100() {
    let zero = [
        tranche("advance", 100, Start),
        tranche("balance", 0, FinalReport),
    ];
    assert_eq!(
        refusal(validate_schedule(&zero)),
        broken("tranches[1].percent", Rule::Percentage)
    );
    let huge = [tranche("advance", u32::MAX, Start)];
    assert_eq!(
        refusal(validate_schedule(&huge)),
        broken("tranches[0].percent", Rule::Percentage)
    );
}

#[test]
fn only_the_last_tranche_waits_for_the_final_report() {
    let early = [
        tranche("balance", 40, FinalReport),
        tranche("advance", 60, Start),
    ];
    assert_eq!(
        refusal(validate_schedule(&early)),
        broken("tranches[0].trigger", Rule::FinalReportTrancheNotLast)
    );
    let two = [
        tranche("advance", 60, Start),
        tranche("interim", 20, FinalReport),
        tranche("balance", 20, FinalReport),
    ];
    assert_eq!(
        refusal(validate_schedule(&two)),
        broken("tranches[1].trigger", Rule::FinalReportTrancheNotLast)
    );
    assert_eq!(
        validate_schedule(&[tranche("balance", 100, FinalReport)]),
        Ok(())
    );
}

#[test]
fn triggers_travel_as_fixed_strings() {
    assert_eq!(TrancheTrigger::Start.as_str(), "start");
    assert_eq!(TrancheTrigger::parse("final_report"), Ok(FinalReport));
    assert!(TrancheTrigger::parse("end").is_err());
    let json = serde_json::to_string(&default_schedule()).expect("serialize");
    assert_eq!(
        json,
        r#"[{"label":"advance","percent":60,"trigger":"start"},{"label":"balance","percent":40,"trigger":"final_report"}]"#
    );
}

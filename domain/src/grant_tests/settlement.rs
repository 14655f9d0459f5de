//! Settling a grant after its final report: the balance, a recovery, and the release.

use super::*;
use crate::{settle, Settlement};

fn settlement(balance: &str, recovery: &str, release: &str) -> Settlement {
    Settlement {
        balance: money(balance),
        recovery: money(recovery),
        release: money(release),
    }
}

#[test]
fn a_fully_spent_grant_receives_its_balance_and_releases_nothing() {
    let settled = settle(money("48000.00"), money("28800.00"), money("48000.00"));
    assert_eq!(settled, Ok(settlement("19200.00", "0.00", "0.00")));
}

#[test]
fn spending_more_than_committed_is_paid_up_to_the_commitment() {
    let settled = settle(money("48000.00"), money("28800.00"), money("52000.00"));
    assert_eq!(settled, Ok(settlement("19200.00", "0.00", "0.00")));
}

#[test]
fn an_underspent_grant_receives_less_and_the_rest_is_released() {
    let settled = settle(money("48000.00"), money("28800.00"), money("47500.00")).expect("settles");
    assert_eq!(settled, settlement("18700.00", "0.00", "500.00"));
    assert_eq!(settled.release_unpaid(), money("500.00"));
}

#[test]
fn when_the_advance_exceeds_the_accepted_spend_the_difference_is_recovered() {
    let settled = settle(money("48000.00"), money("28800.00"), money("20000.00")).expect("settles");
    assert_eq!(settled, settlement("0.00", "8800.00", "28000.00"));
    // 19200.00 was never paid and is released at once; 8800.00 as it is paid back.
    assert_eq!(settled.release_unpaid(), money("19200.00"));
}

#[test]
fn a_grant_with_nothing_accepted_recovers_the_whole_advance() {
    let settled = settle(money("48000.01"), money("28800.00"), Money::ZERO);
    assert_eq!(settled, Ok(settlement("0.00", "28800.00", "48000.01")));
}

#[test]
fn payments_above_the_commitment_cannot_be_settled() {
    assert_eq!(
        settle(money("48000.00"), money("48000.01"), money("48000.00")),
        Err(GrantError::Overpayment {
            committed: money("48000.00"),
            would_be: money("48000.01"),
        })
    );
}

/// A deterministic spread of amounts: small, odd, equal and extreme.
fn amounts() -> Vec<i64> {
    let mut cents: Vec<i64> = (0..40).map(|i: i64| i * i * 997 + i % 3).collect();
    cents.extend([
        1,
        99,
        100,
        2_880_000,
        4_800_000,
        4_800_001,
        Money::MAX_CENTS,
    ]);
    cents.extend([Money::MAX_CENTS - 1]);
    cents
}

#[test]
fn every_settlement_adds_up_to_the_commitment() {
    let amounts = amounts();
    let mut settled_count = 0;
    for &committed in &amounts {
        for &paid in amounts.iter().filter(|&&paid| paid <= committed) {
            for &spent in &amounts {
                let s = settle(cents(committed), cents(paid), cents(spent))
                    .expect("paid within the commitment settles");
                let (balance, recovery, release) =
                    (s.balance.cents(), s.recovery.cents(), s.release.cents());
                let entitled = committed.min(spent);
                let case = format!("committed {committed}, paid {paid}, spent {spent}: {s:?}");
                assert!(balance >= 0 && recovery >= 0 && release >= 0, "{case}");
                assert!(balance == 0 || recovery == 0, "{case}");
                assert_eq!(paid + balance - recovery, entitled, "{case}");
                assert_eq!(entitled + release, committed, "{case}");
                assert_eq!(paid + balance - recovery + release, committed, "{case}");
                assert_eq!(
                    s.release_unpaid().cents(),
                    committed - entitled.max(paid),
                    "{case}"
                );
                settled_count += 1;
            }
        }
    }
    assert!(settled_count > 10_000, "{settled_count} settlements");
}

#[test]
fn every_overpayment_is_refused() {
    let amounts = amounts();
    for &committed in &amounts {
        for &paid in amounts.iter().filter(|&&paid| paid > committed) {
            let refused = settle(cents(committed), cents(paid), cents(committed));
            assert_eq!(refused.map_err(|e| e.kind()), Err("overpayment"));
        }
    }
}

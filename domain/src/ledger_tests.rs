use super::*;

fn money(s: &str) -> Money {
    Money::parse(s).expect("valid amount")
}

fn totals(credits: i64, debits: i64) -> AccountTotals {
    AccountTotals {
        credits_posted: credits,
        debits_posted: debits,
        ..AccountTotals::default()
    }
}

fn spec() -> TransferSpec {
    TransferSpec {
        id: Uuid::from_u128(1),
        debit_account: Uuid::from_u128(10),
        credit_account: Uuid::from_u128(11),
        amount: money("750000.00"),
        code: TransferCode::Reserve,
        reference: "call EXP23 opened".into(),
        actor: "admin@abb".into(),
    }
}

#[test]
fn codes_and_kinds_travel_as_fixed_strings() {
    assert_eq!(TransferCode::ALL.len(), 9);
    assert_eq!(TransferCode::PayAdvance.as_str(), "PAY_ADVANCE");
    assert_eq!(
        serde_json::to_string(&TransferCode::Credit).expect("serialize"),
        "\"CREDIT\""
    );
    for code in TransferCode::ALL {
        assert_eq!(TransferCode::parse(code.as_str()), Ok(code));
    }
    assert_eq!(
        AccountKind::parse("call_available"),
        Ok(AccountKind::CallAvailable)
    );
    assert!(AccountKind::ArticleAvailable.must_not_overdraw());
    assert!(AccountKind::CallAvailable.must_not_overdraw());
    assert!(AccountKind::GrantCommitted.must_not_overdraw());
    assert!(!AccountKind::ArticleSource.must_not_overdraw());
    assert!(AccountKind::GrantPaid.must_not_overdraw());
}

#[test]
fn balances_come_from_running_totals() {
    let account = AccountTotals {
        credits_posted: 1_000,
        debits_posted: 300,
        debits_pending: 200,
        credits_pending: 50,
    };
    assert_eq!(account.balance(), 700);
    assert_eq!(account.available(), 500);
}

#[test]
fn a_flagged_account_cannot_be_overdrawn() {
    let article = totals(100_000, 0);
    let call = AccountTotals::default();
    let error = apply_transfer(&article, true, &call, 125_000).expect_err("overdraw");
    assert_eq!(
        error,
        LedgerError::InsufficientFunds {
            available: money("1000.00"),
            requested: money("1250.00"),
        }
    );
    assert_eq!(
        error.to_string(),
        "insufficient funds: 1000.00 available, 1250.00 requested"
    );
    assert_eq!(error.kind(), "insufficient_funds");
}

#[test]
fn the_whole_available_amount_may_be_moved() {
    let (article, call) = apply_transfer(
        &totals(100_000, 0),
        true,
        &AccountTotals::default(),
        100_000,
    )
    .expect("exactly the available amount");
    assert_eq!(article.balance(), 0);
    assert_eq!(call.balance(), 100_000);
}

#[test]
fn the_appropriation_source_goes_negative() {
    let (source, article) = apply_transfer(
        &AccountTotals::default(),
        false,
        &AccountTotals::default(),
        75_000_000,
    )
    .expect("unflagged account");
    assert_eq!(source.balance(), -75_000_000);
    assert_eq!(article.balance(), 75_000_000);
}

#[test]
fn amounts_must_be_positive_and_totals_must_not_overflow() {
    let empty = AccountTotals::default();
    assert!(matches!(
        apply_transfer(&empty, false, &empty, 0),
        Err(LedgerError::InvalidTransfer(_))
    ));
    assert!(matches!(
        apply_transfer(&empty, false, &empty, -5),
        Err(LedgerError::InvalidTransfer(_))
    ));
    let full = totals(i64::MAX, 0);
    assert_eq!(
        apply_transfer(&empty, false, &full, 1),
        Err(LedgerError::Overflow)
    );
    assert_eq!(LedgerError::Overflow.kind(), "overflow");
}

#[test]
fn a_transfer_spec_is_validated() {
    assert_eq!(spec().validate(), Ok(()));
    let zero = TransferSpec {
        amount: Money::ZERO,
        ..spec()
    };
    assert!(matches!(
        zero.validate(),
        Err(LedgerError::InvalidTransfer(_))
    ));
    let same = TransferSpec {
        credit_account: Uuid::from_u128(10),
        ..spec()
    };
    assert!(same.validate().is_err());
    let blank = TransferSpec {
        reference: "  ".into(),
        ..spec()
    };
    assert!(blank.validate().is_err());
    let long = TransferSpec {
        reference: "x".repeat(201),
        ..spec()
    };
    assert!(long.validate().is_err());
}

#[test]
fn a_replay_by_another_actor_has_the_same_payload() {
    let replay = TransferSpec {
        actor: "finance@abb".into(),
        ..spec()
    };
    assert!(spec().same_payload(&replay));
    let other = TransferSpec {
        amount: money("1.00"),
        ..spec()
    };
    assert!(!spec().same_payload(&other));
    let conflict = LedgerError::IdConflict {
        id: Uuid::from_u128(1),
    };
    assert_eq!(conflict.kind(), "transfer_id_conflict");
    assert!(conflict
        .to_string()
        .ends_with("was already used with another payload"));
}

/// A small deterministic generator, so the property runs the same cases every time.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> usize {
        usize::try_from(self.next() % n).unwrap_or(0)
    }
}

#[test]
fn random_transfers_never_overdraw_a_flagged_account_and_always_balance() {
    let kinds = [
        AccountKind::ArticleSource,
        AccountKind::ArticleAvailable,
        AccountKind::CallAvailable,
        AccountKind::CallAvailable,
        AccountKind::GrantCommitted,
        AccountKind::GrantPaid,
    ];
    for case in 0..256u64 {
        let mut random = SplitMix(case);
        let mut accounts = [AccountTotals::default(); 6];
        for _ in 0..200 {
            let from = random.below(6);
            let to = random.below(6);
            if from == to {
                continue;
            }
            let amount = i64::try_from(random.next() % 200_000).unwrap_or(1) + 1;
            let flagged = kinds[from].must_not_overdraw();
            match apply_transfer(&accounts[from], flagged, &accounts[to], amount) {
                Ok((debit, credit)) => {
                    accounts[from] = debit;
                    accounts[to] = credit;
                }
                Err(LedgerError::InsufficientFunds { .. }) => assert!(flagged),
                Err(other) => panic!("unexpected refusal {other:?}"),
            }
            for (account, kind) in accounts.iter().zip(kinds) {
                if kind.must_not_overdraw() {
                    assert!(account.balance() >= 0, "case {case}: {kind} overdrawn");
                }
            }
            let debits: i64 = accounts.iter().map(|a| a.debits_posted).sum();
            let credits: i64 = accounts.iter().map(|a| a.credits_posted).sum();
            assert_eq!(debits, credits, "case {case}");
        }
    }
}

//! The postings of the reference call EXP23 (EUR 750,000 on SJ0-1SMC2GA-WT), told as events.

use chrono::{DateTime, Utc};

use super::*;
use crate::{settle, CallDraft, TrackDraft};

fn money(s: &str) -> Money {
    Money::parse(s).expect("valid amount")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&Utc)
}

/// EXP23 with three tracks; the third has a budget of its own when `third_budget` is given.
fn exp23(third_budget: Option<&str>) -> Call {
    let track = |name: &str, budget: Option<&str>| TrackDraft {
        name: name.into(),
        budget: budget.map(money),
    };
    let draft = CallDraft::exp23_for_tests(vec![
        track("one-to-one support", None),
        track("safe and trusted environments", None),
        track("online extremism", third_budget),
    ]);
    Call::create(
        Uuid::from_u128(23),
        draft,
        "admin@abb",
        at("2023-06-01T09:00:00Z"),
    )
    .expect("the reference call is valid")
}

fn parts(
    p: &Posting,
) -> (
    CreditType,
    AccountRef,
    AccountRef,
    Amount,
    TransferCode,
    Phase,
) {
    match p {
        Posting::Transfer {
            credit_type,
            debit,
            credit,
            amount,
            code,
            phase,
            ..
        } => (*credit_type, *debit, *credit, *amount, *code, *phase),
        other => panic!("a transfer, not {other:?}"),
    }
}

#[test]
fn opening_reserves_the_whole_budget_on_the_article_s_commitment_credit() {
    let call = exp23(None);
    let id = Uuid::from_u128(1);
    let posting = open_call(&call, id);
    assert_eq!(
        parts(&posting),
        (
            CreditType::Vak,
            AccountRef::article(AccountKind::ArticleAvailable),
            AccountRef::owned(AccountKind::CallAvailable, call.id),
            Amount::Exact(money("750000.00")),
            TransferCode::Reserve,
            Phase::Post,
        )
    );
    assert!(
        matches!(posting, Posting::Transfer { id: i, ref reference, .. }
        if i == id && reference == "call EXP23 opened")
    );
}

#[test]
fn only_tracks_with_a_budget_of_their_own_get_it_set_apart() {
    assert!(start_assessment(&exp23(None)).is_empty());
    let call = exp23(Some("200000.00"));
    let postings = start_assessment(&call);
    assert_eq!(postings.len(), 1);
    let third = track_owner(call.id, 3);
    assert_eq!(
        parts(&postings[0]),
        (
            CreditType::Vak,
            AccountRef::owned(AccountKind::CallAvailable, call.id),
            AccountRef::owned(AccountKind::TrackAvailable, third),
            Amount::Exact(money("200000.00")),
            TransferCode::Reserve,
            Phase::Post,
        )
    );
    // the same call and track always give the same transfer id (replaying is harmless)
    assert_eq!(start_assessment(&call), postings);
}

#[test]
fn an_award_draws_on_its_track_s_own_budget_or_else_on_the_call_s() {
    let call = exp23(Some("200000.00"));
    let own = award_source(&call, 3);
    assert_eq!(
        own,
        AccountRef::owned(AccountKind::TrackAvailable, track_owner(call.id, 3))
    );
    let shared = award_source(&call, 1);
    assert_eq!(
        shared,
        AccountRef::owned(AccountKind::CallAvailable, call.id)
    );
    // both sources are accounts that refuse to be overdrawn: that is the award cap
    assert!(own.kind.must_not_overdraw() && shared.kind.must_not_overdraw());

    let application = Uuid::from_u128(7);
    let hold = hold_award(&call, application, 3, money("48000.00"), Uuid::from_u128(8));
    assert_eq!(
        parts(&hold),
        (
            CreditType::Vak,
            own,
            AccountRef::owned(AccountKind::GrantCommitted, application),
            Amount::Exact(money("48000.00")),
            TransferCode::Award,
            Phase::Hold,
        )
    );
}

#[test]
fn finalising_posts_every_hold_and_cancelling_voids_them_then_gives_back_what_is_left() {
    let call = exp23(Some("200000.00"));
    let holds = [Uuid::from_u128(100), Uuid::from_u128(101)];
    let posted = finalise_selection(holds);
    assert_eq!(posted.len(), 2);
    assert!(posted
        .iter()
        .zip(holds)
        .all(|(p, h)| matches!(p, Posting::Resolve { hold, post: true, .. } if *hold == h)));

    let cancelled = cancel_call(&call, holds);
    // the holds first (what they held is freed before the accounts are emptied)
    assert!(matches!(cancelled[0], Posting::Resolve { post: false, .. }));
    assert!(matches!(cancelled[1], Posting::Resolve { post: false, .. }));
    assert_eq!(cancelled[0], void_award(holds[0]));
    let releases: Vec<_> = cancelled[2..].iter().map(parts).collect();
    let article = AccountRef::article(AccountKind::ArticleAvailable);
    assert_eq!(
        releases,
        vec![
            (
                CreditType::Vak,
                AccountRef::owned(AccountKind::CallAvailable, call.id),
                article,
                Amount::Remaining,
                TransferCode::Release,
                Phase::Post,
            ),
            (
                CreditType::Vak,
                AccountRef::owned(AccountKind::TrackAvailable, track_owner(call.id, 3)),
                article,
                Amount::Remaining,
                TransferCode::Release,
                Phase::Post,
            ),
        ]
    );
}

#[test]
fn a_payment_liquidates_the_commitment_and_pays_from_the_payment_credit() {
    let grant = Uuid::from_u128(7);
    let id = Uuid::from_u128(9);
    let postings = pay_tranche(
        grant,
        id,
        money("28800.00"),
        TransferCode::PayAdvance,
        "advance".into(),
    );
    let paid = AccountRef::owned(AccountKind::GrantPaid, grant);
    assert_eq!(
        postings.iter().map(parts).collect::<Vec<_>>(),
        vec![
            (
                CreditType::Vak,
                AccountRef::owned(AccountKind::GrantCommitted, grant),
                paid,
                Amount::Exact(money("28800.00")),
                TransferCode::PayAdvance,
                Phase::Post,
            ),
            (
                CreditType::Vek,
                AccountRef::article(AccountKind::ArticleAvailable),
                paid,
                Amount::Exact(money("28800.00")),
                TransferCode::PayAdvance,
                Phase::Post,
            ),
        ]
    );
    assert!(matches!(postings[1], Posting::Transfer { id: vek, .. } if vek == vek_payment_id(id)));
}

#[test]
fn a_settlement_books_back_a_recovery_and_releases_the_rest_to_the_article() {
    let grant = Uuid::from_u128(7);
    // committed 48000, paid 28800 in advance, accepted spend only 20000: 8800 comes back and
    // 28000 is released
    let s = settle(money("48000.00"), money("28800.00"), money("20000.00")).expect("settles");
    let postings = settle_grant(grant, Uuid::from_u128(5), &s, None);
    let committed = AccountRef::owned(AccountKind::GrantCommitted, grant);
    let paid = AccountRef::owned(AccountKind::GrantPaid, grant);
    let article = AccountRef::article(AccountKind::ArticleAvailable);
    assert_eq!(
        postings.iter().map(parts).collect::<Vec<_>>(),
        vec![
            (
                CreditType::Vek,
                paid,
                article,
                Amount::Exact(money("8800.00")),
                TransferCode::Recover,
                Phase::Post,
            ),
            (
                CreditType::Vak,
                paid,
                committed,
                Amount::Exact(money("8800.00")),
                TransferCode::Recover,
                Phase::Post,
            ),
            (
                CreditType::Vak,
                committed,
                article,
                Amount::Exact(money("28000.00")),
                TransferCode::Release,
                Phase::Post,
            ),
        ]
    );
    // a settlement with nothing to recover or release books nothing besides its balance
    let exact = settle(money("48000.00"), money("28800.00"), money("48000.00")).expect("settles");
    assert!(settle_grant(grant, Uuid::from_u128(5), &exact, None).is_empty());
}

#[test]
fn while_the_reserve_waits_a_settlement_frees_the_rest_to_the_awards_account() {
    let grant = Uuid::from_u128(7);
    let s = settle(money("48000.00"), money("28800.00"), money("40000.00")).expect("settles");
    let track = AccountRef::owned(AccountKind::TrackAvailable, Uuid::from_u128(3));
    let postings = settle_grant(grant, Uuid::from_u128(5), &s, Some(track));
    let committed = AccountRef::owned(AccountKind::GrantCommitted, grant);
    // the balance (11200) is a payment; the 8000 not needed is freed to the track's account
    assert_eq!(
        postings.iter().map(parts).collect::<Vec<_>>(),
        vec![(
            CreditType::Vak,
            committed,
            track,
            Amount::Exact(money("8000.00")),
            TransferCode::Free,
            Phase::Post,
        )]
    );
}

#[test]
fn a_cancellation_recovers_what_was_paid_and_not_kept_and_frees_everything_not_kept() {
    let grant = Uuid::from_u128(7);
    let committed = AccountRef::owned(AccountKind::GrantCommitted, grant);
    let paid = AccountRef::owned(AccountKind::GrantPaid, grant);
    let article = AccountRef::article(AccountKind::ArticleAvailable);
    // committed 48000, 28800 paid in advance, 5000 of it kept for costs made in good faith:
    // 23800 comes back, 43000 is decommitted, nothing is paid
    let s = crate::cancel(money("48000.00"), money("28800.00"), money("5000.00")).expect("cancels");
    assert_eq!(s.balance, Money::ZERO);
    let cancellation = Uuid::from_u128(9);
    let postings = cancel_grant(grant, cancellation, &s, None);
    assert_eq!(
        postings.iter().map(parts).collect::<Vec<_>>(),
        vec![
            (
                CreditType::Vek,
                paid,
                article,
                Amount::Exact(money("23800.00")),
                TransferCode::Recover,
                Phase::Post,
            ),
            (
                CreditType::Vak,
                paid,
                committed,
                Amount::Exact(money("23800.00")),
                TransferCode::Recover,
                Phase::Post,
            ),
            (
                CreditType::Vak,
                committed,
                article,
                Amount::Exact(money("43000.00")),
                TransferCode::Release,
                Phase::Post,
            ),
        ]
    );
    // its transfer ids derive from the cancellation's own id
    assert!(matches!(postings[0], Posting::Transfer { id, .. }
        if id == Uuid::new_v5(&cancellation, b"recover-vek")));
    // while the reserve waits in the award's account, the release is freed there
    let track = AccountRef::owned(AccountKind::TrackAvailable, Uuid::from_u128(3));
    let freed = cancel_grant(grant, cancellation, &s, Some(track));
    assert_eq!(
        parts(&freed[2]),
        (
            CreditType::Vak,
            committed,
            track,
            Amount::Exact(money("43000.00")),
            TransferCode::Free,
            Phase::Post,
        )
    );
    // nothing paid: everything is decommitted; keeping more than was paid is refused
    let unpaid = crate::cancel(money("48000.00"), Money::ZERO, Money::ZERO).expect("cancels");
    assert_eq!(
        (unpaid.recovery, unpaid.release),
        (Money::ZERO, money("48000.00"))
    );
    assert_eq!(
        crate::cancel(money("48000.00"), money("28800.00"), money("28800.01")),
        Err(crate::GrantError::validation(
            "kept",
            crate::Rule::KeptAbovePaid {
                paid: "28800.00".into()
            }
        ))
    );
}

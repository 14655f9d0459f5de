//! What finance reads: the money of a budget article, a call (and its tracks) and a grant,
//! computed from the ledger's running totals (or from totals recomputed as they stood at an
//! instant). Totals are in cents, as the ledger keeps them; every figure is [`Money`].

use std::collections::HashMap;

use uuid::Uuid;

use crate::postings::track_owner;
use crate::{AccountKind, AccountTotals, Call, CreditType, LedgerError, Money, TransferCode};

/// An account's totals with its posted (debits, credits) per transfer code, in cents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountFigures {
    pub totals: AccountTotals,
    pub codes: HashMap<TransferCode, (i64, i64)>,
}

impl AccountFigures {
    /// Posted (debits, credits) for one code.
    pub fn code(&self, code: TransferCode) -> (i64, i64) {
        self.codes.get(&code).copied().unwrap_or((0, 0))
    }
}

/// Posted (debits, credits) per (account kind, transfer code) of a ledger, in cents.
pub type KindCodeTotals = HashMap<(AccountKind, TransferCode), (i64, i64)>;

/// The figures of accounts owned by calls, tracks and grants, keyed by (owner, kind).
pub type OwnedFigures = HashMap<(Uuid, AccountKind), AccountFigures>;

/// A figure as money: the ledger's invariants keep every figure at or above zero, so one below
/// zero is reported, not shown.
fn money(what: &str, cents: i64) -> Result<Money, LedgerError> {
    Money::from_cents(cents)
        .map_err(|e| LedgerError::Inconsistent(format!("{what} is {cents} cents: {e}")))
}

/// An article's money in one budget year and credit type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleFigures {
    pub credit_type: CreditType,
    /// Credited, net of reversals.
    pub credit: Money,
    /// Reserved by calls that opened, net of what they gave back.
    pub reserved_for_calls: Money,
    /// Committed to grants (awards posted at finalisation).
    pub committed: Money,
    /// Paid (VAK: commitments liquidated; VEK: paid out of the payment credit), net of
    /// recoveries.
    pub paid: Money,
    pub recovered: Money,
    /// Released from calls and from grants.
    pub released: Money,
    pub released_from_calls: Money,
    pub released_from_grants: Money,
    /// What the article has left for new calls (VAK) or payments (VEK).
    pub available: Money,
}

/// An article's figures from its ledger's totals per (kind, code) and what its available
/// account has available, in cents.
pub fn article_figures(
    credit_type: CreditType,
    totals: &KindCodeTotals,
    available: i64,
) -> Result<ArticleFigures, LedgerError> {
    use AccountKind as K;
    use TransferCode as T;
    let debits = |kind, code| totals.get(&(kind, code)).map_or(0, |t| t.0);
    let credits = |kind, code| totals.get(&(kind, code)).map_or(0, |t| t.1);
    let credit = debits(K::ArticleSource, T::Credit) - credits(K::ArticleSource, T::Reverse);
    let released_from_calls =
        debits(K::CallAvailable, T::Release) + debits(K::TrackAvailable, T::Release);
    let released_from_grants = debits(K::GrantCommitted, T::Release);
    let (paid, recovered) = match credit_type {
        // VAK: commitments liquidated (grant committed → grant paid), less recoveries
        CreditType::Vak => {
            let recovered = debits(K::GrantPaid, T::Recover);
            (
                credits(K::GrantPaid, T::PayAdvance) + credits(K::GrantPaid, T::PayBalance)
                    - recovered,
                recovered,
            )
        }
        // VEK: paid out of the article's payment credit, less what came back
        CreditType::Vek => {
            let recovered = credits(K::ArticleAvailable, T::Recover);
            (
                debits(K::ArticleAvailable, T::PayAdvance)
                    + debits(K::ArticleAvailable, T::PayBalance)
                    - recovered,
                recovered,
            )
        }
    };
    Ok(ArticleFigures {
        credit_type,
        credit: money("credit", credit)?,
        reserved_for_calls: money(
            "reserved for calls",
            debits(K::ArticleAvailable, T::Reserve) - released_from_calls,
        )?,
        // an award renounced or not accepted in time is no longer committed
        committed: money(
            "committed",
            credits(K::GrantCommitted, T::Award) - debits(K::GrantCommitted, T::Free),
        )?,
        paid: money("paid", paid)?,
        recovered: money("recovered", recovered)?,
        released: money("released", released_from_calls + released_from_grants)?,
        released_from_calls: money("released from calls", released_from_calls)?,
        released_from_grants: money("released from grants", released_from_grants)?,
        available: money("available", available)?,
    })
}

/// A call's money, and per track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallFigures {
    pub budget: Money,
    /// Reserved on the article for the call, net of what it released.
    pub reserved: Money,
    /// Awards posted (committed) from the call's and its tracks' own accounts, net of those
    /// freed again ([`CallFigures::freed`]).
    pub awarded: Money,
    /// Provisional awards still held.
    pub held: Money,
    /// Paid to the call's grants, net of recoveries.
    pub paid: Money,
    /// Given back to the article by the call (a cancellation).
    pub released: Money,
    /// Released by the call's grants at settlement (back to the article).
    pub released_from_grants: Money,
    /// Freed by awards their organisations renounced or did not accept in time (back to the
    /// account they were awarded from, for the reserve list).
    pub freed: Money,
    /// What is left for awards.
    pub remaining: Money,
    pub tracks: Vec<TrackFigures>,
}

/// One track's money.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackFigures {
    pub number: u8,
    pub name: String,
    /// The track's own budget, when it has one.
    pub budget: Option<Money>,
    pub awarded: Money,
    pub held: Money,
    pub paid: Money,
    pub released_from_grants: Money,
    /// Freed by this track's awards that were renounced or not accepted in time.
    pub freed: Money,
    /// What is left of the track's own budget (tracks with one).
    pub remaining: Option<Money>,
}

/// Whose accounts a call's figures are read from: the call, its tracks, its grants (each
/// grant given with its track).
pub fn call_owners(call: &Call, grants: &[(Uuid, u8)]) -> Vec<Uuid> {
    let mut owners = vec![call.id];
    owners.extend(call.tracks.iter().map(|t| track_owner(call.id, t.number)));
    owners.extend(grants.iter().map(|g| g.0));
    owners
}

/// A call's figures from the accounts of [`call_owners`].
pub fn call_figures(
    call: &Call,
    grants: &[(Uuid, u8)],
    figures: &OwnedFigures,
) -> Result<CallFigures, LedgerError> {
    let get = |owner: Uuid, kind: AccountKind| figures.get(&(owner, kind));
    let (mut reserved, mut awarded, mut held, mut released, mut remaining) = (0, 0, 0, 0, 0);
    if let Some(a) = get(call.id, AccountKind::CallAvailable) {
        // money set apart for tracks (RESERVE debits) stays reserved for the call
        reserved = a.code(TransferCode::Reserve).1;
        // net of awards freed back to it (renounced, not accepted in time)
        awarded += a.code(TransferCode::Award).0 - a.code(TransferCode::Free).1;
        held += a.totals.debits_pending;
        released += a.code(TransferCode::Release).0;
        remaining += a.totals.available();
    }
    let (mut paid, mut released_from_grants, mut freed) = (0, 0, 0);
    let mut tracks = Vec::new();
    for t in &call.tracks {
        // the track's grants: committed, paid (net of recoveries), released at settlement
        let (mut t_committed, mut t_paid, mut t_released, mut t_freed) = (0, 0, 0, 0);
        for (grant, _) in grants.iter().filter(|g| g.1 == t.number) {
            if let Some(a) = get(*grant, AccountKind::GrantCommitted) {
                t_committed += a.code(TransferCode::Award).1;
                t_released += a.code(TransferCode::Release).0;
                t_freed += a.code(TransferCode::Free).0;
            }
            if let Some(a) = get(*grant, AccountKind::GrantPaid) {
                t_paid += a.totals.balance();
            }
        }
        paid += t_paid;
        released_from_grants += t_released;
        freed += t_freed;
        let own = t
            .budget
            .and_then(|_| get(track_owner(call.id, t.number), AccountKind::TrackAvailable));
        let (t_awarded, t_held, t_remaining) = match own {
            Some(a) => {
                let t_awarded = a.code(TransferCode::Award).0 - a.code(TransferCode::Free).1;
                released += a.code(TransferCode::Release).0;
                awarded += t_awarded;
                remaining += a.totals.available();
                (
                    t_awarded,
                    a.totals.debits_pending,
                    Some(a.totals.available()),
                )
            }
            // awards to a track without a budget of its own come from the call's account
            None => (t_committed - t_freed, 0, t.budget.map(|b| b.cents())),
        };
        held += t_held;
        tracks.push(TrackFigures {
            number: t.number,
            name: t.name.clone(),
            budget: t.budget,
            awarded: money("awarded", t_awarded)?,
            held: money("held", t_held)?,
            paid: money("paid", t_paid)?,
            released_from_grants: money("released from grants", t_released)?,
            freed: money("freed", t_freed)?,
            remaining: match t.budget {
                Some(_) => Some(money("remaining", t_remaining.unwrap_or(0))?),
                None => None,
            },
        });
    }
    Ok(CallFigures {
        budget: call.budget,
        reserved: money("reserved", reserved - released)?,
        awarded: money("awarded", awarded)?,
        held: money("held", held)?,
        paid: money("paid", paid)?,
        released: money("released", released)?,
        released_from_grants: money("released from grants", released_from_grants)?,
        freed: money("freed", freed)?,
        remaining: money("remaining", remaining)?,
        tracks,
    })
}

/// A grant's money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrantFigures {
    /// Paid, net of any recovery.
    pub paid: Money,
    /// Decommitted at settlement (back to the article).
    pub released: Money,
    /// Committed and neither paid nor released yet.
    pub open: Money,
}

/// A grant's figures from its accounts (owned by the grant, whose id is its application's).
pub fn grant_figures(grant: Uuid, figures: &OwnedFigures) -> Result<GrantFigures, LedgerError> {
    let committed = figures
        .get(&(grant, AccountKind::GrantCommitted))
        .ok_or_else(|| {
            LedgerError::Inconsistent(format!("grant {grant} has no committed account"))
        })?;
    let paid = figures
        .get(&(grant, AccountKind::GrantPaid))
        .map_or(0, |a| a.totals.balance());
    Ok(GrantFigures {
        paid: money("paid", paid)?,
        // decommitted: released to the article, or freed for the call's reserve list
        released: money(
            "released",
            committed
                .code(TransferCode::Release)
                .0
                .checked_add(committed.code(TransferCode::Free).0)
                .ok_or(LedgerError::Overflow)?,
        )?,
        open: money("open", committed.totals.available())?,
    })
}

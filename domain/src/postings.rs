//! What each event posts on the ledger: the one place that says between which accounts money
//! moves when a call opens, its tracks get their budgets, an award is held, the selection is
//! finalised, a call is cancelled, a tranche is paid and a grant is settled.
//!
//! An event gives its postings; persistence executes them in the event's own transaction (the
//! guarded debit applies [`AccountTotals::check_debit`](crate::AccountTotals::check_debit)) and
//! decides nothing. Accounts are named by their role ([`AccountRef`]): the budget article's own
//! accounts, or the account of a call, a track or a grant, all in the ledgers of the call's
//! budget article and year.
//!
//! **The award cap.** "An award may not exceed the remaining budget of its track (or call)":
//! an award draws on the account [`award_source`] names, the track's own when the track has a
//! budget of its own (set apart from the call's account when the assessment starts, by
//! [`start_assessment`]) and the call's otherwise; both are accounts that must not be
//! overdrawn ([`AccountKind::must_not_overdraw`]), so the guarded debit refuses an award larger
//! than what is left, however many admins decide at once.

use uuid::Uuid;

use crate::{AccountKind, Call, CreditType, Money, Phase, Settlement, TransferCode};

/// An account in the ledgers of a call's budget article and year, named by its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AccountRef {
    pub kind: AccountKind,
    /// The call, track or grant that owns the account; `None` for the article's own accounts.
    pub owner: Option<Uuid>,
}

impl AccountRef {
    /// One of the budget article's own accounts (its appropriation, what it has available).
    pub fn article(kind: AccountKind) -> AccountRef {
        AccountRef { kind, owner: None }
    }

    /// The account of `kind` that `owner` (a call, a track, a grant) has.
    pub fn owned(kind: AccountKind, owner: Uuid) -> AccountRef {
        AccountRef {
            kind,
            owner: Some(owner),
        }
    }
}

/// How much a posting moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    Exact(Money),
    /// Everything the debit account has available when the posting runs; nothing at all when
    /// it has nothing (or was never opened).
    Remaining,
}

/// One movement on the ledger that an event makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Posting {
    /// Money moved (or held) from one account to another of the same ledger. The credited
    /// account is opened on first use; the debited one must exist.
    Transfer {
        /// The transfer's id: its idempotency key.
        id: Uuid,
        credit_type: CreditType,
        debit: AccountRef,
        credit: AccountRef,
        amount: Amount,
        code: TransferCode,
        reference: String,
        phase: Phase,
    },
    /// An earlier hold posted (the money moves) or voided (it is freed), in full.
    Resolve { id: Uuid, hold: Uuid, post: bool },
}

/// The owner id of a track's own account: stable per call and track.
pub fn track_owner(call: Uuid, track: u8) -> Uuid {
    Uuid::new_v5(&call, format!("track-{track}").as_bytes())
}

fn transfer(
    id: Uuid,
    credit_type: CreditType,
    (debit, credit): (AccountRef, AccountRef),
    amount: Amount,
    code: TransferCode,
    reference: String,
) -> Posting {
    Posting::Transfer {
        id,
        credit_type,
        debit,
        credit,
        amount,
        code,
        reference,
        phase: Phase::Post,
    }
}

/// Finance credits a budget article with its appropriation (`id` is finance's idempotency
/// key): the article's source → its available account.
pub fn credit_article(
    id: Uuid,
    credit_type: CreditType,
    amount: Money,
    reference: String,
) -> Posting {
    transfer(
        id,
        credit_type,
        (
            AccountRef::article(AccountKind::ArticleSource),
            AccountRef::article(AccountKind::ArticleAvailable),
        ),
        Amount::Exact(amount),
        TransferCode::Credit,
        reference,
    )
}

/// Opening a call reserves its budget on the article: the article's available commitment
/// credit (VAK) → the call's account.
pub fn open_call(call: &Call, id: Uuid) -> Posting {
    transfer(
        id,
        CreditType::Vak,
        (
            AccountRef::article(AccountKind::ArticleAvailable),
            AccountRef::owned(AccountKind::CallAvailable, call.id),
        ),
        Amount::Exact(call.budget),
        TransferCode::Reserve,
        format!("call {} opened", call.reference),
    )
}

/// Starting the assessment sets apart the budget of every track that has one of its own: the
/// call's account → the track's, so that the track's awards can never exceed it.
pub fn start_assessment(call: &Call) -> Vec<Posting> {
    call.tracks
        .iter()
        .filter_map(|track| {
            let budget = track.budget?;
            let owner = track_owner(call.id, track.number);
            Some(transfer(
                Uuid::new_v5(&owner, b"track-budget"),
                CreditType::Vak,
                (
                    AccountRef::owned(AccountKind::CallAvailable, call.id),
                    AccountRef::owned(AccountKind::TrackAvailable, owner),
                ),
                Amount::Exact(budget),
                TransferCode::Reserve,
                format!("call {} track {} budget", call.reference, track.number),
            ))
        })
        .collect()
}

/// The account an award in `track` draws on: the track's own when it has a budget of its own,
/// the call's otherwise (see the module's documentation: this is the award cap).
pub fn award_source(call: &Call, track: u8) -> AccountRef {
    let own_budget = call
        .tracks
        .iter()
        .any(|t| t.number == track && t.budget.is_some());
    if own_budget {
        AccountRef::owned(AccountKind::TrackAvailable, track_owner(call.id, track))
    } else {
        AccountRef::owned(AccountKind::CallAvailable, call.id)
    }
}

/// A decision selecting `application` (in `track`) holds its award until the selection is
/// final: [`award_source`] → the grant's committed account (the grant has the application's
/// id), as a hold (`id`).
pub fn hold_award(call: &Call, application: Uuid, track: u8, amount: Money, id: Uuid) -> Posting {
    award_hold(
        call,
        (application, track),
        amount,
        id,
        format!("award to application {application} (provisional)"),
    )
}

fn award_hold(
    call: &Call,
    (application, track): (Uuid, u8),
    amount: Money,
    id: Uuid,
    reference: String,
) -> Posting {
    Posting::Transfer {
        id,
        credit_type: CreditType::Vak,
        debit: award_source(call, track),
        credit: AccountRef::owned(AccountKind::GrantCommitted, application),
        amount: Amount::Exact(amount),
        code: TransferCode::Award,
        reference,
        phase: Phase::Hold,
    }
}

/// A decision that replaces an award (or a cancelled call) frees the award's hold.
pub fn void_award(hold: Uuid) -> Posting {
    Posting::Resolve {
        id: Uuid::new_v5(&hold, b"void"),
        hold,
        post: false,
    }
}

/// Finalising the selection commits every award: each hold is posted.
pub fn finalise_selection(holds: impl IntoIterator<Item = Uuid>) -> Vec<Posting> {
    holds
        .into_iter()
        .map(|hold| Posting::Resolve {
            id: Uuid::new_v5(&hold, b"post"),
            hold,
            post: true,
        })
        .collect()
}

/// An award offered from the reserve list (issue #14) is held like a selection's award, from
/// the account the freed money went back to ([`award_source`]), until it is answered.
pub fn offer_award(call: &Call, application: Uuid, track: u8, amount: Money, id: Uuid) -> Posting {
    award_hold(
        call,
        (application, track),
        amount,
        id,
        format!("award to application {application} (offered from the reserve list)"),
    )
}

/// The acceptance of an award offered from the reserve commits it: its hold is posted.
pub fn accept_offer(hold: Uuid) -> Posting {
    Posting::Resolve {
        id: Uuid::new_v5(&hold, b"post"),
        hold,
        post: true,
    }
}

/// A renounced (or expired) award frees its money for the reserve list: an offer still held is
/// voided; an award committed at the selection's end is decommitted, grant committed → the
/// account it was awarded from ([`award_source`]: the track's own or the call's), in full
/// (nothing is paid before an acceptance).
pub fn free_award(
    call: &Call,
    grant: Uuid,
    track: u8,
    committed: Money,
    held: Option<Uuid>,
) -> Posting {
    match held {
        Some(hold) => void_award(hold),
        None => transfer(
            Uuid::new_v5(&grant, b"award-freed"),
            CreditType::Vak,
            (
                AccountRef::owned(AccountKind::GrantCommitted, grant),
                award_source(call, track),
            ),
            Amount::Exact(committed),
            TransferCode::Free,
            format!("grant {grant} not accepted: award freed"),
        ),
    }
}

/// Cancelling a call gives back what it reserved: the awards it holds are voided, then what is
/// left on the call's account and on its tracks' own accounts goes back to the article.
pub fn cancel_call(call: &Call, holds: impl IntoIterator<Item = Uuid>) -> Vec<Posting> {
    let mut postings: Vec<Posting> = holds.into_iter().map(void_award).collect();
    let mut accounts = vec![AccountRef::owned(AccountKind::CallAvailable, call.id)];
    accounts.extend(
        call.tracks.iter().filter(|t| t.budget.is_some()).map(|t| {
            AccountRef::owned(AccountKind::TrackAvailable, track_owner(call.id, t.number))
        }),
    );
    for account in accounts {
        let owner = account.owner.unwrap_or(call.id);
        postings.push(transfer(
            Uuid::new_v5(&owner, b"cancel-release"),
            CreditType::Vak,
            (account, AccountRef::article(AccountKind::ArticleAvailable)),
            Amount::Remaining,
            TransferCode::Release,
            format!("call {} cancelled", call.reference),
        ));
    }
    postings
}

/// The id of a payment's VEK transfer; the VAK transfer has the payment's own id.
pub fn vek_payment_id(payment: Uuid) -> Uuid {
    Uuid::new_v5(&payment, b"vek")
}

/// Paying `amount` on `grant` (payment `id`): the commitment is liquidated on the commitment
/// credit (VAK: the grant's committed account → its paid account) and the amount paid out of
/// the article's payment credit (VEK: the article's available account → the grant's paid
/// account). Both, or neither.
pub fn pay_tranche(
    grant: Uuid,
    id: Uuid,
    amount: Money,
    code: TransferCode,
    reference: String,
) -> Vec<Posting> {
    let paid = AccountRef::owned(AccountKind::GrantPaid, grant);
    vec![
        transfer(
            id,
            CreditType::Vak,
            (AccountRef::owned(AccountKind::GrantCommitted, grant), paid),
            Amount::Exact(amount),
            code,
            reference.clone(),
        ),
        transfer(
            vek_payment_id(id),
            CreditType::Vek,
            (AccountRef::article(AccountKind::ArticleAvailable), paid),
            Amount::Exact(amount),
            code,
            reference,
        ),
    ]
}

/// The id of the balance paid at a settlement (`settlement` is its idempotency key).
pub fn balance_payment_id(settlement: Uuid) -> Uuid {
    Uuid::new_v5(&settlement, b"balance")
}

/// What settling `grant` books besides paying its balance (which is a tranche payment,
/// [`pay_tranche`]):
/// - a **recovery** (the advances exceeded what is due) is booked back: VEK grant paid →
///   the article's available account (the payment credit returns to the article), and VAK
///   grant paid → grant committed (the liquidation is undone, so that the amount is released
///   with the rest);
/// - the **release** (what the grant no longer needs) is decommitted: VAK grant committed →
///   the **article's** available account. Released money goes back to the budget article and
///   year it came from, not to the call: a decided call makes no more awards, while the
///   article's credit can fund the next call. Except while the call's reserve list waits for
///   money in the account the award came from (issue #14, `reserve`: that account): then the
///   release is freed there (`FREE`), for the next reserve application.
pub fn settle_grant(
    grant: Uuid,
    settlement: Uuid,
    s: &Settlement,
    reserve: Option<AccountRef>,
) -> Vec<Posting> {
    close_grant(grant, (settlement, "settlement"), s, reserve)
}

/// What cancelling `grant` books (its cancellation's id is `cancellation`): exactly what a
/// settlement books ([`settle_grant`]), a recovery of what was paid and not kept and the
/// release of everything not kept (freed for the reserve list while it waits in `reserve`),
/// under the cancellation's own transfer ids.
pub fn cancel_grant(
    grant: Uuid,
    cancellation: Uuid,
    s: &Settlement,
    reserve: Option<AccountRef>,
) -> Vec<Posting> {
    close_grant(grant, (cancellation, "cancellation"), s, reserve)
}

/// A grant's closing transfers (a settlement's or a cancellation's): ids derived from the
/// closing's id, references naming it.
fn close_grant(
    grant: Uuid,
    (closing, what): (Uuid, &str),
    s: &Settlement,
    reserve: Option<AccountRef>,
) -> Vec<Posting> {
    let committed = AccountRef::owned(AccountKind::GrantCommitted, grant);
    let paid = AccountRef::owned(AccountKind::GrantPaid, grant);
    let article = AccountRef::article(AccountKind::ArticleAvailable);
    let reference = |part: &str| format!("grant {grant} {what}: {part}");
    let id = |part: &[u8]| Uuid::new_v5(&closing, part);
    let mut postings = Vec::new();
    if !s.recovery.is_zero() {
        postings.push(transfer(
            id(b"recover-vek"),
            CreditType::Vek,
            (paid, article),
            Amount::Exact(s.recovery),
            TransferCode::Recover,
            reference("recovery"),
        ));
        postings.push(transfer(
            id(b"recover-vak"),
            CreditType::Vak,
            (paid, committed),
            Amount::Exact(s.recovery),
            TransferCode::Recover,
            reference("recovery"),
        ));
    }
    if !s.release.is_zero() {
        postings.push(match reserve {
            None => transfer(
                id(b"release"),
                CreditType::Vak,
                (committed, article),
                Amount::Exact(s.release),
                TransferCode::Release,
                reference("release to the article"),
            ),
            Some(account) => transfer(
                id(b"release"),
                CreditType::Vak,
                (committed, account),
                Amount::Exact(s.release),
                TransferCode::Free,
                reference("freed for the reserve list"),
            ),
        });
    }
    postings
}

#[cfg(test)]
#[path = "postings_tests.rs"]
mod tests;

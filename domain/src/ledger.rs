//! The ledger's rules, in the style of TigerBeetle: accounts carry running totals in cents and
//! every movement is a transfer from one account to another. The database guard applies
//! [`AccountTotals::check_debit`]; which accounts each event moves money between is said in
//! [`crate::postings`].

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::parse_enum::string_enum;
use crate::Money;

string_enum! {
    /// Why money moved.
    pub enum TransferCode("transfer code") {
        /// Finance credits an article with its appropriation.
        Credit => "CREDIT",
        /// Opening a call reserves its budget on the article.
        Reserve => "RESERVE",
        /// Finalising the selection commits an award to a grant.
        Award => "AWARD",
        /// The advance paid on a grant.
        PayAdvance => "PAY_ADVANCE",
        /// The balance paid after the final report.
        PayBalance => "PAY_BALANCE",
        /// Unused money goes back (a cancelled call, what was not awarded).
        Release => "RELEASE",
        /// Money paid out and recovered from a beneficiary.
        Recover => "RECOVER",
        /// Corrects a mistaken transfer by moving its amount back.
        Reverse => "REVERSE",
        /// An award its organisation renounced, or did not accept in time, frees its money for
        /// the reserve list: grant committed → the account it was awarded from.
        Free => "FREE",
    }
}

string_enum! {
    /// The role of an account in a ledger (budget year + credit type + article).
    pub enum AccountKind("account kind") {
        /// Where an article's appropriation comes from; it goes negative by design.
        ArticleSource => "article_source",
        /// What is left on the article for new calls.
        ArticleAvailable => "article_available",
        /// What is left of a call's budget for awards.
        CallAvailable => "call_available",
        /// What is left of a track's own budget for awards (tracks with a budget of their own).
        TrackAvailable => "track_available",
        /// What a grant may still be paid.
        GrantCommitted => "grant_committed",
        /// What a grant was paid.
        GrantPaid => "grant_paid",
    }
}

impl AccountKind {
    /// True for accounts flagged "must not go below zero".
    pub fn must_not_overdraw(self) -> bool {
        matches!(
            self,
            AccountKind::ArticleAvailable
                | AccountKind::CallAvailable
                | AccountKind::TrackAvailable
                | AccountKind::GrantCommitted
                // a grant is never recovered more than it was paid
                | AccountKind::GrantPaid
        )
    }
}

string_enum! {
    /// Whether a stored transfer moved money, holds it, or was refused (and stays refused).
    pub enum TransferStatus("transfer status") {
        /// Money moved.
        Posted => "posted",
        /// Refused when it was made; replaying its id answers the same refusal.
        Refused => "refused",
        /// A hold (two-phase transfer): the money is reserved on both accounts' pending totals
        /// until a later transfer posts or voids it.
        Pending => "pending",
        /// The resolution of a hold that was released without moving money.
        Voided => "voided",
    }
}

/// The running totals of an account, in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AccountTotals {
    pub debits_posted: i64,
    pub credits_posted: i64,
    pub debits_pending: i64,
    pub credits_pending: i64,
}

impl AccountTotals {
    /// Posted credits minus posted debits.
    pub fn balance(&self) -> i64 {
        self.credits_posted.saturating_sub(self.debits_posted)
    }

    /// What may still be debited: the balance minus pending debits.
    pub fn available(&self) -> i64 {
        self.balance().saturating_sub(self.debits_pending)
    }
}

/// A refused transfer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("invalid transfer: {0}")]
    InvalidTransfer(crate::Rule),
    #[error("insufficient funds: {available} available, {requested} requested")]
    InsufficientFunds { available: Money, requested: Money },
    #[error("the transfer would overflow an account's totals")]
    Overflow,
    #[error("transfer id {id} was already used with another payload")]
    IdConflict { id: Uuid },
    /// Running totals that break the ledger's invariants (a figure below zero): never expected,
    /// reported rather than shown.
    #[error("the ledger is inconsistent: {0}")]
    Inconsistent(String),
}

impl LedgerError {
    /// The rule a refusal of the transfer broke (insufficient funds say their amounts on their
    /// own; an inconsistency is not a refusal but a fault).
    pub fn refusal(&self) -> Option<crate::Rule> {
        Some(match self {
            LedgerError::InvalidTransfer(rule) => rule.clone(),
            LedgerError::Overflow => crate::Rule::LedgerOverflow,
            LedgerError::IdConflict { id } => {
                crate::Rule::TransferIdConflict { id: id.to_string() }
            }
            LedgerError::InsufficientFunds { .. } | LedgerError::Inconsistent(_) => return None,
        })
    }

    /// A stable slug per kind of refusal.
    pub fn kind(&self) -> &'static str {
        match self {
            LedgerError::InvalidTransfer(_) => "invalid_transfer",
            LedgerError::InsufficientFunds { .. } => "insufficient_funds",
            LedgerError::Overflow => "overflow",
            LedgerError::IdConflict { .. } => "transfer_id_conflict",
            LedgerError::Inconsistent(_) => "inconsistent",
        }
    }
}

pub const TRANSFER_REFERENCE_MAX_CHARS: usize = 200;

/// A transfer as requested; `id` is the client's idempotency key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferSpec {
    pub id: Uuid,
    pub debit_account: Uuid,
    pub credit_account: Uuid,
    pub amount: Money,
    pub code: TransferCode,
    pub reference: String,
    pub actor: String,
}

impl TransferSpec {
    /// A positive amount between two different accounts, with a reference.
    pub fn validate(&self) -> Result<(), LedgerError> {
        if self.amount.is_zero() {
            return Err(LedgerError::InvalidTransfer(crate::Rule::Positive));
        }
        if self.debit_account == self.credit_account {
            return Err(LedgerError::InvalidTransfer(crate::Rule::DistinctAccounts));
        }
        let reference_chars = self.reference.trim().chars().count();
        if reference_chars == 0 || reference_chars > TRANSFER_REFERENCE_MAX_CHARS {
            return Err(LedgerError::InvalidTransfer(crate::Rule::RequiredText {
                min: 1,
                max: TRANSFER_REFERENCE_MAX_CHARS,
            }));
        }
        Ok(())
    }

    /// True when `other` asks for the same movement (everything but the actor is equal): a
    /// replay, not a conflict.
    pub fn same_payload(&self, other: &TransferSpec) -> bool {
        self.id == other.id
            && self.debit_account == other.debit_account
            && self.credit_account == other.credit_account
            && self.amount == other.amount
            && self.code == other.code
            && self.reference == other.reference
    }
}

/// Whether a transfer moves money now or holds it (two-phase): a hold puts the amount on both
/// accounts' pending totals until a later transfer posts or voids it in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Post,
    Hold,
}

impl AccountTotals {
    /// The rule every debit obeys: an account flagged "must not go below zero" refuses a debit
    /// of more than it has available (its balance minus what it holds). In the database the
    /// guarded `UPDATE` of the debit applies this rule in the very transaction that writes the
    /// debit, so no interleaving of requests can get around it; a refusal there is this error.
    pub fn check_debit(
        &self,
        amount_cents: i64,
        must_not_overdraw: bool,
    ) -> Result<(), LedgerError> {
        let requested = Money::from_cents(amount_cents)
            .ok()
            .filter(|amount| !amount.is_zero())
            .ok_or(LedgerError::InvalidTransfer(crate::Rule::Positive))?;
        if must_not_overdraw && self.available() < amount_cents {
            return Err(self.refusal(requested));
        }
        Ok(())
    }

    /// The refusal of a debit of `requested`: what the account has available, and what was
    /// asked.
    pub fn refusal(&self, requested: Money) -> LedgerError {
        LedgerError::InsufficientFunds {
            available: Money::from_cents(self.available().max(0)).unwrap_or(Money::ZERO),
            requested,
        }
    }
}

/// Moves `amount_cents` from `debit` to `credit` and returns both new totals, or refuses when
/// the debit account is flagged and its available amount is too small.
pub fn apply_transfer(
    debit: &AccountTotals,
    debit_must_not_overdraw: bool,
    credit: &AccountTotals,
    amount_cents: i64,
) -> Result<(AccountTotals, AccountTotals), LedgerError> {
    apply(
        debit,
        debit_must_not_overdraw,
        credit,
        amount_cents,
        Phase::Post,
    )
}

/// A transfer's effect on both accounts, posted or held (see [`AccountTotals::check_debit`]
/// for when it is refused).
pub fn apply(
    debit: &AccountTotals,
    debit_must_not_overdraw: bool,
    credit: &AccountTotals,
    amount_cents: i64,
    phase: Phase,
) -> Result<(AccountTotals, AccountTotals), LedgerError> {
    debit.check_debit(amount_cents, debit_must_not_overdraw)?;
    let add = |total: i64| total.checked_add(amount_cents).ok_or(LedgerError::Overflow);
    Ok(match phase {
        Phase::Post => (
            AccountTotals {
                debits_posted: add(debit.debits_posted)?,
                ..*debit
            },
            AccountTotals {
                credits_posted: add(credit.credits_posted)?,
                ..*credit
            },
        ),
        Phase::Hold => (
            AccountTotals {
                debits_pending: add(debit.debits_pending)?,
                ..*debit
            },
            AccountTotals {
                credits_pending: add(credit.credits_pending)?,
                ..*credit
            },
        ),
    })
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;

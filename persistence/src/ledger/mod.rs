//! The ledger's storage: ledgers per (budget year, credit type, article), accounts with running
//! totals, and append-only transfers.
//!
//! Concurrency: a transfer runs inside the caller's write transaction. The debit side is a
//! guarded `UPDATE accounts SET debits_posted = debits_posted + :amount WHERE id = :id AND (NOT
//! must_not_overdraw OR credits_posted - debits_posted - debits_pending >= :amount)`. On
//! PostgreSQL (READ COMMITTED) a concurrent writer to the same account waits for the row lock and
//! then re-evaluates the condition against the committed row, so two transfers can never both
//! spend the same euro; on SQLite `BEGIN IMMEDIATE` serialises writers. A table `CHECK` refuses a
//! negative flagged account as a last line of defence. Idempotency rests on the transfer id being
//! the primary key: of two concurrent writers of one id, one commits and the other fails on the
//! key and is answered by a replay.
//!
//! The jobs are split: [`articles`] (budget articles and their ledgers), [`transfer`] (the
//! write path: posted transfers, holds and their resolution, guarded debits), [`figures`]
//! (running totals and totals recomputed at an instant, for the finance views) and
//! [`postings`] (executes the postings the domain says each event makes). This module holds
//! the records they share: accounts and transfers.

mod articles;
mod figures;
mod postings;
mod transfer;

pub use articles::*;
pub use figures::*;
pub use postings::*;
pub use transfer::*;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Text, Timestamp};
use grantdesk_domain::{
    AccountKind, AccountTotals, BudgetArticle, BudgetYear, LedgerError, Money, TransferCode,
    TransferSpec, TransferStatus,
};
use uuid::Uuid;

use crate::db::{cached_insert, DbConn};
use crate::mapping::{corrupt, enumerated, money, opt_uuid, uuid};
use crate::schema::{account_code_totals, accounts, transfers};
use crate::StoreError;

/// The owner id of article-level accounts (the column is NOT NULL so that the unique key works).
const ARTICLE_OWNER: &str = "";

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = accounts)]
struct AccountRow {
    id: String,
    ledger_id: String,
    kind: String,
    owner_id: String,
    must_not_overdraw: bool,
    debits_posted: i64,
    credits_posted: i64,
    debits_pending: i64,
    credits_pending: i64,
    created_at: NaiveDateTime,
}

/// An account with its running totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: Uuid,
    pub ledger_id: Uuid,
    pub kind: AccountKind,
    /// The call or grant the account belongs to; `None` for article-level accounts.
    pub owner_id: Option<Uuid>,
    pub must_not_overdraw: bool,
    pub totals: AccountTotals,
}

impl TryFrom<AccountRow> for Account {
    type Error = StoreError;
    fn try_from(r: AccountRow) -> Result<Self, StoreError> {
        Ok(Account {
            id: uuid(&r.id)?,
            ledger_id: uuid(&r.ledger_id)?,
            kind: enumerated(&r.kind)?,
            owner_id: if r.owner_id.is_empty() {
                None
            } else {
                Some(uuid(&r.owner_id)?)
            },
            must_not_overdraw: r.must_not_overdraw,
            totals: AccountTotals {
                debits_posted: r.debits_posted,
                credits_posted: r.credits_posted,
                debits_pending: r.debits_pending,
                credits_pending: r.credits_pending,
            },
        })
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = transfers)]
struct TransferRow {
    id: String,
    ledger_id: String,
    debit_account_id: String,
    credit_account_id: String,
    amount_cents: i64,
    code: String,
    reference: String,
    actor: String,
    status: String,
    refusal: Option<String>,
    refused_available_cents: Option<i64>,
    created_at: NaiveDateTime,
    pending_id: Option<String>,
}

/// A stored transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    pub id: Uuid,
    pub ledger_id: Uuid,
    pub debit_account_id: Uuid,
    pub credit_account_id: Uuid,
    pub amount: Money,
    pub code: TransferCode,
    pub reference: String,
    pub actor: String,
    pub status: TransferStatus,
    /// Why a refused transfer was refused, as it was said the first time.
    pub refusal: Option<String>,
    /// What the debit account had available when the transfer was refused.
    pub refused_available: Option<Money>,
    pub created_at: DateTime<Utc>,
    /// For the resolution of a hold: the hold it posts or voids.
    pub pending_id: Option<Uuid>,
}

impl Transfer {
    /// The refusal as the rule that refused it, the same answer on every replay.
    pub fn refusal_error(&self) -> Option<LedgerError> {
        match self.status {
            TransferStatus::Refused => Some(LedgerError::InsufficientFunds {
                available: self.refused_available.unwrap_or_default(),
                requested: self.amount,
            }),
            _ => None,
        }
    }

    /// The request this transfer answered, for comparing a replay's payload.
    pub fn spec(&self) -> TransferSpec {
        TransferSpec {
            id: self.id,
            debit_account: self.debit_account_id,
            credit_account: self.credit_account_id,
            amount: self.amount,
            code: self.code,
            reference: self.reference.clone(),
            actor: self.actor.clone(),
        }
    }
}

impl TryFrom<TransferRow> for Transfer {
    type Error = StoreError;
    fn try_from(r: TransferRow) -> Result<Self, StoreError> {
        Ok(Transfer {
            id: uuid(&r.id)?,
            ledger_id: uuid(&r.ledger_id)?,
            debit_account_id: uuid(&r.debit_account_id)?,
            credit_account_id: uuid(&r.credit_account_id)?,
            amount: money(r.amount_cents)?,
            code: enumerated(&r.code)?,
            reference: r.reference,
            actor: r.actor,
            status: enumerated(&r.status)?,
            refusal: r.refusal,
            refused_available: r
                .refused_available_cents
                .map(Money::from_cents)
                .transpose()
                .map_err(corrupt)?,
            created_at: r.created_at.and_utc(),
            pending_id: opt_uuid(r.pending_id.as_deref())?,
        })
    }
}

/// What `post_transfer` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferResult {
    pub transfer: Transfer,
    /// `true` when the id had been seen before and the stored answer is returned unchanged.
    pub replayed: bool,
}

/// Why a transfer could not be written at all.
#[derive(Debug, thiserror::Error)]
pub enum LedgerWriteError {
    #[error(transparent)]
    Rule(#[from] LedgerError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The event's budget article has no ledgers for the year.
    #[error("budget article {} has no ledger for {}: create and credit it first", article.as_str(), year.value())]
    NoLedger {
        article: BudgetArticle,
        year: BudgetYear,
    },
}

impl From<diesel::result::Error> for LedgerWriteError {
    fn from(e: diesel::result::Error) -> Self {
        LedgerWriteError::Store(e.into())
    }
}

fn insert_account(
    conn: &mut DbConn,
    ledger_id: &str,
    kind: AccountKind,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<Account, StoreError> {
    let row = AccountRow {
        id: Uuid::new_v4().to_string(),
        ledger_id: ledger_id.to_owned(),
        kind: kind.as_str().to_owned(),
        owner_id: owner.to_owned(),
        must_not_overdraw: kind.must_not_overdraw(),
        debits_posted: 0,
        credits_posted: 0,
        debits_pending: 0,
        credits_pending: 0,
        created_at: now.naive_utc(),
    };
    cached_insert(
        accounts::table,
        &[
            "id",
            "ledger_id",
            "kind",
            "owner_id",
            "must_not_overdraw",
            "debits_posted",
            "credits_posted",
            "debits_pending",
            "credits_pending",
            "created_at",
        ],
        (
            (&row.id).into_sql::<Text>(),
            (&row.ledger_id).into_sql::<Text>(),
            (&row.kind).into_sql::<Text>(),
            (&row.owner_id).into_sql::<Text>(),
            (&row.must_not_overdraw).into_sql::<Bool>(),
            (&row.debits_posted).into_sql::<BigInt>(),
            (&row.credits_posted).into_sql::<BigInt>(),
            (&row.debits_pending).into_sql::<BigInt>(),
            (&row.credits_pending).into_sql::<BigInt>(),
            (&row.created_at).into_sql::<Timestamp>(),
        ),
    )
    .execute(conn)?;
    for code in TransferCode::ALL {
        cached_insert(
            account_code_totals::table,
            &["account_id", "code"],
            (
                (&row.id).into_sql::<Text>(),
                code.as_str().into_sql::<Text>(),
            ),
        )
        .execute(conn)?;
    }
    row.try_into()
}

/// The account of `kind` owned by `owner` (`None` for article-level accounts) in a ledger.
pub fn find_account(
    conn: &mut DbConn,
    ledger: Uuid,
    kind: AccountKind,
    owner: Option<Uuid>,
) -> Result<Account, StoreError> {
    let owner = owner.map(|o| o.to_string()).unwrap_or_default();
    accounts::table
        .filter(accounts::ledger_id.eq(ledger.to_string()))
        .filter(accounts::kind.eq(kind.as_str()))
        .filter(accounts::owner_id.eq(owner))
        .select(AccountRow::as_select())
        .first(conn)?
        .try_into()
}

/// The account of `kind` owned by `owner`, created empty if it does not exist yet.
pub fn ensure_account(
    conn: &mut DbConn,
    ledger: Uuid,
    kind: AccountKind,
    owner: Uuid,
    now: DateTime<Utc>,
) -> Result<Account, StoreError> {
    match find_account(conn, ledger, kind, Some(owner)) {
        Ok(a) => Ok(a),
        Err(StoreError::NotFound) => {
            insert_account(conn, &ledger.to_string(), kind, &owner.to_string(), now)
        }
        Err(e) => Err(e),
    }
}

pub fn account(conn: &mut DbConn, id: Uuid) -> Result<Account, StoreError> {
    accounts::table
        .find(id.to_string())
        .select(AccountRow::as_select())
        .first(conn)?
        .try_into()
}

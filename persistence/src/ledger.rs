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

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text, Timestamp};
use grantdesk_domain::{
    AccountKind, AccountTotals, BudgetArticle, BudgetYear, CreditType, LedgerError, Money,
    TransferCode, TransferSpec,
};
use uuid::Uuid;

use crate::db::{cached_insert, cached_update, DbConn};
use crate::schema::{
    account_code_totals, accounts, budget_articles, ledger_code_totals, ledgers, transfers,
};
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
            id: parse_uuid(&r.id)?,
            ledger_id: parse_uuid(&r.ledger_id)?,
            kind: AccountKind::parse(&r.kind).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            owner_id: if r.owner_id.is_empty() {
                None
            } else {
                Some(parse_uuid(&r.owner_id)?)
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

/// Whether a stored transfer moved money, holds it, or was refused (and stays refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferStatus {
    /// Money moved.
    Posted,
    /// Refused when it was made; replaying its id answers the same refusal.
    Refused,
    /// A hold (two-phase transfer): the money is reserved on both accounts' pending totals
    /// until a later transfer posts or voids it.
    Pending,
    /// The resolution of a hold that was released without moving money.
    Voided,
}

impl TransferStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TransferStatus::Posted => "posted",
            TransferStatus::Refused => "refused",
            TransferStatus::Pending => "pending",
            TransferStatus::Voided => "voided",
        }
    }

    fn parse(s: &str) -> Option<TransferStatus> {
        [
            TransferStatus::Posted,
            TransferStatus::Refused,
            TransferStatus::Pending,
            TransferStatus::Voided,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
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
            id: parse_uuid(&r.id)?,
            ledger_id: parse_uuid(&r.ledger_id)?,
            debit_account_id: parse_uuid(&r.debit_account_id)?,
            credit_account_id: parse_uuid(&r.credit_account_id)?,
            amount: Money::from_cents(r.amount_cents)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            code: TransferCode::parse(&r.code).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            reference: r.reference,
            actor: r.actor,
            status: TransferStatus::parse(&r.status)
                .ok_or_else(|| StoreError::Corrupt(format!("transfer status {}", r.status)))?,
            refusal: r.refusal,
            refused_available: r
                .refused_available_cents
                .map(Money::from_cents)
                .transpose()
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            created_at: r.created_at.and_utc(),
            pending_id: r.pending_id.as_deref().map(parse_uuid).transpose()?,
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
}

impl From<diesel::result::Error> for LedgerWriteError {
    fn from(e: diesel::result::Error) -> Self {
        LedgerWriteError::Store(e.into())
    }
}

/// A budget article in one budget year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetArticleRecord {
    pub code: BudgetArticle,
    pub year: BudgetYear,
    pub description: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_articles)]
struct BudgetArticleRow {
    code: String,
    budget_year: i32,
    description: String,
    created_by: String,
    created_at: NaiveDateTime,
}

impl TryFrom<BudgetArticleRow> for BudgetArticleRecord {
    type Error = StoreError;
    fn try_from(r: BudgetArticleRow) -> Result<Self, StoreError> {
        Ok(BudgetArticleRecord {
            code: BudgetArticle::parse(&r.code).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            year: BudgetYear::new(r.budget_year).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            description: r.description,
            created_by: r.created_by,
            created_at: r.created_at.and_utc(),
        })
    }
}

fn parse_uuid(s: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(s).map_err(|e| StoreError::Corrupt(format!("uuid {s:?}: {e}")))
}

/// Creates a budget article for a year with its two ledgers (VAK and VEK) and, in each, the
/// article's source (appropriation) and available accounts. `Conflict` if it exists.
pub fn create_article(
    conn: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
    description: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<BudgetArticleRecord, StoreError> {
    let row = BudgetArticleRow {
        code: code.as_str().to_owned(),
        budget_year: year.value(),
        description: description.to_owned(),
        created_by: actor.to_owned(),
        created_at: now.naive_utc(),
    };
    diesel::insert_into(budget_articles::table)
        .values(&row)
        .execute(conn)
        .map_err(|e| match StoreError::from(e) {
            StoreError::Conflict(_) => StoreError::Conflict(format!(
                "budget article {} already exists for {}",
                code.as_str(),
                year.value()
            )),
            other => other,
        })?;
    for credit_type in [CreditType::Vak, CreditType::Vek] {
        let ledger_id = Uuid::new_v4().to_string();
        diesel::insert_into(ledgers::table)
            .values((
                ledgers::id.eq(&ledger_id),
                ledgers::budget_year.eq(year.value()),
                ledgers::credit_type.eq(credit_type.as_str()),
                ledgers::article.eq(code.as_str()),
                ledgers::created_at.eq(now.naive_utc()),
            ))
            .execute(conn)?;
        for kind in [AccountKind::ArticleSource, AccountKind::ArticleAvailable] {
            insert_account(conn, &ledger_id, kind, ARTICLE_OWNER, now)?;
        }
        for kind in AccountKind::ALL {
            for code in TransferCode::ALL {
                diesel::insert_into(ledger_code_totals::table)
                    .values((
                        ledger_code_totals::ledger_id.eq(&ledger_id),
                        ledger_code_totals::account_kind.eq(kind.as_str()),
                        ledger_code_totals::code.eq(code.as_str()),
                    ))
                    .execute(conn)?;
            }
        }
    }
    row.try_into()
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

/// Posted debits and credits of an account for one transfer code (running totals).
pub fn code_totals(
    conn: &mut DbConn,
    account: Uuid,
    code: TransferCode,
) -> Result<(i64, i64), StoreError> {
    Ok(account_code_totals::table
        .find((account.to_string(), code.as_str()))
        .select((
            account_code_totals::debits_posted,
            account_code_totals::credits_posted,
        ))
        .first(conn)?)
}

/// Posted debits and credits of all accounts of one kind in a ledger for one transfer code
/// (running totals, one row).
pub fn kind_code_totals(
    conn: &mut DbConn,
    ledger: Uuid,
    kind: AccountKind,
    code: TransferCode,
) -> Result<(i64, i64), StoreError> {
    Ok(ledger_code_totals::table
        .find((ledger.to_string(), kind.as_str(), code.as_str()))
        .select((
            ledger_code_totals::debits_posted,
            ledger_code_totals::credits_posted,
        ))
        .first(conn)?)
}

/// The sides of a posted transfer, for the running totals per account and per kind.
struct Sides<'a> {
    spec: &'a TransferSpec,
    ledger: Uuid,
    debit_kind: AccountKind,
    credit_kind: AccountKind,
}

fn add_code_totals(conn: &mut DbConn, sides: &Sides<'_>) -> Result<(), StoreError> {
    let spec = sides.spec;
    let amount = spec.amount.cents();
    let ledger = sides.ledger.to_string();
    let code = spec.code.as_str();
    for (kind, debit) in [(sides.debit_kind, true), (sides.credit_kind, false)] {
        let target = ledger_code_totals::table.find((ledger.as_str(), kind.as_str(), code));
        let n = if debit {
            diesel::update(target)
                .set(
                    ledger_code_totals::debits_posted
                        .eq(ledger_code_totals::debits_posted + amount),
                )
                .execute(conn)?
        } else {
            diesel::update(target)
                .set(
                    ledger_code_totals::credits_posted
                        .eq(ledger_code_totals::credits_posted + amount),
                )
                .execute(conn)?
        };
        if n != 1 {
            return Err(StoreError::Corrupt(format!(
                "ledger {ledger} has no totals row for {} {code}",
                kind.as_str()
            )));
        }
    }
    diesel::update(
        account_code_totals::table.find((spec.debit_account.to_string(), spec.code.as_str())),
    )
    .set(account_code_totals::debits_posted.eq(account_code_totals::debits_posted + amount))
    .execute(conn)?;
    diesel::update(
        account_code_totals::table.find((spec.credit_account.to_string(), spec.code.as_str())),
    )
    .set(account_code_totals::credits_posted.eq(account_code_totals::credits_posted + amount))
    .execute(conn)?;
    Ok(())
}

pub fn find_article(
    conn: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
) -> Result<BudgetArticleRecord, StoreError> {
    budget_articles::table
        .find((code.as_str(), year.value()))
        .select(BudgetArticleRow::as_select())
        .first(conn)?
        .try_into()
}

/// Budget articles, newest year first, then by code.
pub fn list_articles(
    conn: &mut DbConn,
    year: Option<BudgetYear>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<BudgetArticleRecord>, i64), StoreError> {
    let mut count = budget_articles::table.count().into_boxed();
    let mut query = budget_articles::table
        .select(BudgetArticleRow::as_select())
        .order((
            budget_articles::budget_year.desc(),
            budget_articles::code.asc(),
        ))
        .offset(offset)
        .limit(limit)
        .into_boxed();
    if let Some(y) = year {
        count = count.filter(budget_articles::budget_year.eq(y.value()));
        query = query.filter(budget_articles::budget_year.eq(y.value()));
    }
    let total = count.get_result(conn)?;
    let rows = query
        .load(conn)?
        .into_iter()
        .map(BudgetArticleRecord::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// The ledger of an article, year and credit type.
pub fn ledger_id(
    conn: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
    credit_type: CreditType,
) -> Result<Uuid, StoreError> {
    let id: String = ledgers::table
        .filter(ledgers::article.eq(code.as_str()))
        .filter(ledgers::budget_year.eq(year.value()))
        .filter(ledgers::credit_type.eq(credit_type.as_str()))
        .select(ledgers::id)
        .first(conn)?;
    parse_uuid(&id)
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

pub fn find_transfer(conn: &mut DbConn, id: Uuid) -> Result<Option<Transfer>, StoreError> {
    transfers::table
        .filter(transfers::id.eq(id.to_string()))
        .select(TransferRow::as_select())
        .first(conn)
        .optional()?
        .map(Transfer::try_from)
        .transpose()
}

/// Filters for listing transfers.
#[derive(Debug, Clone, Default)]
pub struct TransferFilter {
    pub ledger: Option<Uuid>,
    pub account: Option<Uuid>,
    pub code: Option<TransferCode>,
}

/// Transfers in the order they were written (oldest first), with the total count.
pub fn list_transfers(
    conn: &mut DbConn,
    filter: &TransferFilter,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Transfer>, i64), StoreError> {
    let build = || {
        let mut q = transfers::table.into_boxed();
        if let Some(l) = filter.ledger {
            q = q.filter(transfers::ledger_id.eq(l.to_string()));
        }
        if let Some(a) = filter.account {
            let a = a.to_string();
            q = q.filter(
                transfers::debit_account_id
                    .eq(a.clone())
                    .or(transfers::credit_account_id.eq(a)),
            );
        }
        if let Some(c) = filter.code {
            q = q.filter(transfers::code.eq(c.as_str()));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let rows = build()
        .select(TransferRow::as_select())
        .order(transfers::seq.asc())
        .offset(offset)
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(Transfer::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// Writes one transfer inside the caller's write transaction.
///
/// - A new id moves the money (status `posted`) or, when the debit account is flagged and
///   would go below zero, is stored as `refused` with the reason; either answer is final.
/// - A known id with the same payload returns the stored answer (`replayed`), with no effect.
/// - A known id with another payload is `LedgerError::IdConflict`.
///
/// A refused transfer is returned as `Ok` with status `Refused` so that the caller can commit
/// the refusal (the id stays refused) or roll it back with the rest of its work.
pub fn post_transfer(
    conn: &mut DbConn,
    spec: &TransferSpec,
    now: DateTime<Utc>,
) -> Result<TransferResult, LedgerWriteError> {
    write_transfer(conn, spec, Phase::Posted, now)
}

/// Holds money with a pending transfer: the same guard and idempotency as
/// [`post_transfer`], on the accounts' pending totals. The hold is later posted or voided in
/// full by [`resolve_hold`].
pub fn hold_transfer(
    conn: &mut DbConn,
    spec: &TransferSpec,
    now: DateTime<Utc>,
) -> Result<TransferResult, LedgerWriteError> {
    write_transfer(conn, spec, Phase::Pending, now)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Posted,
    Pending,
}

fn write_transfer(
    conn: &mut DbConn,
    spec: &TransferSpec,
    phase: Phase,
    now: DateTime<Utc>,
) -> Result<TransferResult, LedgerWriteError> {
    spec.validate()?;
    if let Some(existing) = find_transfer(conn, spec.id)? {
        return if existing.spec().same_payload(spec) && same_phase(existing.status, phase) {
            Ok(TransferResult {
                transfer: existing,
                replayed: true,
            })
        } else {
            Err(LedgerError::IdConflict { id: spec.id }.into())
        };
    }
    let debit = account(conn, spec.debit_account).map_err(|e| not_found_as(e, "debit"))?;
    let credit = account(conn, spec.credit_account).map_err(|e| not_found_as(e, "credit"))?;
    if debit.ledger_id != credit.ledger_id {
        return Err(LedgerError::InvalidTransfer(
            "both accounts of a transfer must be in the same ledger".into(),
        )
        .into());
    }
    let amount = spec.amount.cents();
    // Lock the two rows in id order so that opposite transfers cannot deadlock.
    let pending = phase == Phase::Pending;
    let refusal = if debit.id < credit.id {
        let r = guarded_debit(conn, &debit, amount, pending)?;
        if r.is_none() {
            add_credit(conn, credit.id, amount, pending)?;
        }
        r
    } else {
        add_credit(conn, credit.id, amount, pending)?;
        let r = guarded_debit(conn, &debit, amount, pending)?;
        if r.is_some() {
            // undo the credit half: the statement order must not leak a one-sided write
            add_credit(conn, credit.id, -amount, pending)?;
        }
        r
    };
    let status = match (&refusal, phase) {
        (Some(_), _) => TransferStatus::Refused,
        (None, Phase::Pending) => TransferStatus::Pending,
        (None, Phase::Posted) => {
            add_code_totals(
                conn,
                &Sides {
                    spec,
                    ledger: debit.ledger_id,
                    debit_kind: debit.kind,
                    credit_kind: credit.kind,
                },
            )?;
            TransferStatus::Posted
        }
    };
    let row = TransferRow {
        id: spec.id.to_string(),
        ledger_id: debit.ledger_id.to_string(),
        debit_account_id: spec.debit_account.to_string(),
        credit_account_id: spec.credit_account.to_string(),
        amount_cents: amount,
        code: spec.code.as_str().to_owned(),
        reference: spec.reference.clone(),
        actor: spec.actor.clone(),
        status: status.as_str().to_owned(),
        refused_available_cents: match &refusal {
            Some(LedgerError::InsufficientFunds { available, .. }) => Some(available.cents()),
            _ => None,
        },
        refusal: refusal.map(|e| e.to_string()),
        created_at: now.naive_utc(),
        pending_id: None,
    };
    insert_transfer(conn, &row)?;
    Ok(TransferResult {
        transfer: row.try_into()?,
        replayed: false,
    })
}

/// Inserts a transfer row (a statement kept prepared: every transfer runs it).
fn insert_transfer(conn: &mut DbConn, row: &TransferRow) -> Result<usize, diesel::result::Error> {
    cached_insert(
        transfers::table,
        &[
            "id",
            "ledger_id",
            "debit_account_id",
            "credit_account_id",
            "amount_cents",
            "code",
            "reference",
            "actor",
            "status",
            "refusal",
            "refused_available_cents",
            "created_at",
            "pending_id",
        ],
        (
            (&row.id).into_sql::<Text>(),
            (&row.ledger_id).into_sql::<Text>(),
            (&row.debit_account_id).into_sql::<Text>(),
            (&row.credit_account_id).into_sql::<Text>(),
            (&row.amount_cents).into_sql::<BigInt>(),
            (&row.code).into_sql::<Text>(),
            (&row.reference).into_sql::<Text>(),
            (&row.actor).into_sql::<Text>(),
            (&row.status).into_sql::<Text>(),
            (&row.refusal).into_sql::<Nullable<Text>>(),
            (&row.refused_available_cents).into_sql::<Nullable<BigInt>>(),
            (&row.created_at).into_sql::<Timestamp>(),
            (&row.pending_id).into_sql::<Nullable<Text>>(),
        ),
    )
    .execute(conn)
}

/// Whether a stored transfer was written in `phase`: a hold answers only a hold's replay, a
/// posted transfer only a post's; a refusal answers either (a refused id stays refused).
fn same_phase(status: TransferStatus, phase: Phase) -> bool {
    match status {
        TransferStatus::Refused => true,
        TransferStatus::Pending => phase == Phase::Pending,
        TransferStatus::Posted | TransferStatus::Voided => phase == Phase::Posted,
    }
}

fn not_found_as(e: StoreError, side: &str) -> LedgerWriteError {
    match e {
        StoreError::NotFound => {
            LedgerError::InvalidTransfer(format!("the {side} account does not exist")).into()
        }
        other => other.into(),
    }
}

/// The guarded debit: moves nothing and returns the refusal when a flagged account would go
/// below zero. `pending` puts the amount on the pending total (a hold).
fn guarded_debit(
    conn: &mut DbConn,
    debit: &Account,
    amount: i64,
    pending: bool,
) -> Result<Option<LedgerError>, StoreError> {
    let guard = accounts::id.eq(debit.id.to_string()).and(
        accounts::must_not_overdraw
            .eq(false)
            .or(
                (accounts::credits_posted - accounts::debits_posted - accounts::debits_pending)
                    .ge(amount),
            ),
    );
    let updated = if pending {
        cached_update(
            accounts::table,
            accounts::debits_pending.eq(accounts::debits_pending + amount),
            guard,
        )
        .execute(conn)?
    } else {
        cached_update(
            accounts::table,
            accounts::debits_posted.eq(accounts::debits_posted + amount),
            guard,
        )
        .execute(conn)?
    };
    if updated == 1 {
        return Ok(None);
    }
    // Read what is available now (inside this transaction) for the refusal message.
    let now = account(conn, debit.id)?;
    let available = Money::from_cents(now.totals.available().max(0))
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let requested = Money::from_cents(amount).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Some(LedgerError::InsufficientFunds {
        available,
        requested,
    }))
}

/// Adds `amount` (negative to take back) to an account's posted or pending credits.
fn add_credit(conn: &mut DbConn, id: Uuid, amount: i64, pending: bool) -> Result<(), StoreError> {
    let target = accounts::id.eq(id.to_string());
    if pending {
        cached_update(
            accounts::table,
            accounts::credits_pending.eq(accounts::credits_pending + amount),
            target,
        )
        .execute(conn)?;
    } else {
        cached_update(
            accounts::table,
            accounts::credits_posted.eq(accounts::credits_posted + amount),
            target,
        )
        .execute(conn)?;
    }
    Ok(())
}

/// Posts or voids a hold in full, once: `post` moves the held amount from pending to posted on
/// both accounts; otherwise the hold is released. The resolution is a new transfer (id `id`)
/// naming the hold; the database's unique key on `pending_id` makes a second resolution of
/// the same hold fail, however the requests interleave. Replaying `id` answers the same
/// transfer.
pub fn resolve_hold(
    conn: &mut DbConn,
    id: Uuid,
    hold_id: Uuid,
    post: bool,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<TransferResult, LedgerWriteError> {
    if let Some(existing) = find_transfer(conn, id)? {
        // the same resolution of the same hold; posting what was voided (or the reverse) under
        // the same id is another payload
        let same = existing.pending_id == Some(hold_id)
            && (existing.status == TransferStatus::Posted) == post;
        return if same {
            Ok(TransferResult {
                transfer: existing,
                replayed: true,
            })
        } else {
            Err(LedgerError::IdConflict { id }.into())
        };
    }
    let hold = find_transfer(conn, hold_id)?
        .filter(|t| t.status == TransferStatus::Pending)
        .ok_or_else(|| LedgerError::InvalidTransfer(format!("{hold_id} is not a hold")))?;
    let resolved: i64 = transfers::table
        .filter(transfers::pending_id.eq(hold_id.to_string()))
        .count()
        .get_result(conn)?;
    if resolved > 0 {
        return Err(LedgerError::InvalidTransfer(format!(
            "the hold {hold_id} was posted or voided already"
        ))
        .into());
    }
    let amount = hold.amount.cents();
    let spec = TransferSpec {
        id,
        debit_account: hold.debit_account_id,
        credit_account: hold.credit_account_id,
        amount: hold.amount,
        code: hold.code,
        reference: format!("{} of hold {hold_id}", if post { "post" } else { "void" }),
        actor: actor.to_owned(),
    };
    // The resolution row first: the unique key on `pending_id` makes a concurrent second
    // resolution wait here and then fail (a conflict), before it touches any account.
    let row = TransferRow {
        id: id.to_string(),
        ledger_id: hold.ledger_id.to_string(),
        debit_account_id: hold.debit_account_id.to_string(),
        credit_account_id: hold.credit_account_id.to_string(),
        amount_cents: amount,
        code: hold.code.as_str().to_owned(),
        reference: spec.reference.clone(),
        actor: actor.to_owned(),
        status: if post {
            TransferStatus::Posted
        } else {
            TransferStatus::Voided
        }
        .as_str()
        .to_owned(),
        refusal: None,
        refused_available_cents: None,
        created_at: now.naive_utc(),
        pending_id: Some(hold_id.to_string()),
    };
    insert_transfer(conn, &row).map_err(|e| match StoreError::from(e) {
        StoreError::Conflict(_) => LedgerWriteError::from(LedgerError::InvalidTransfer(format!(
            "the hold {hold_id} was posted or voided already"
        ))),
        other => other.into(),
    })?;
    // lock order: lower account id first
    let mut sides = [
        (hold.debit_account_id, true),
        (hold.credit_account_id, false),
    ];
    sides.sort_by_key(|(id, _)| *id);
    for (account_id, is_debit) in sides {
        let target = accounts::table.find(account_id.to_string());
        let n = match (is_debit, post) {
            (true, true) => diesel::update(target)
                .set((
                    accounts::debits_pending.eq(accounts::debits_pending - amount),
                    accounts::debits_posted.eq(accounts::debits_posted + amount),
                ))
                .execute(conn)?,
            (true, false) => diesel::update(target)
                .set(accounts::debits_pending.eq(accounts::debits_pending - amount))
                .execute(conn)?,
            (false, true) => diesel::update(target)
                .set((
                    accounts::credits_pending.eq(accounts::credits_pending - amount),
                    accounts::credits_posted.eq(accounts::credits_posted + amount),
                ))
                .execute(conn)?,
            (false, false) => diesel::update(target)
                .set(accounts::credits_pending.eq(accounts::credits_pending - amount))
                .execute(conn)?,
        };
        if n != 1 {
            return Err(StoreError::Corrupt(format!("account {account_id} of a hold")).into());
        }
    }
    if post {
        let debit_kind = account(conn, hold.debit_account_id)?.kind;
        let credit_kind = account(conn, hold.credit_account_id)?.kind;
        add_code_totals(
            conn,
            &Sides {
                spec: &spec,
                ledger: hold.ledger_id,
                debit_kind,
                credit_kind,
            },
        )?;
    }
    Ok(TransferResult {
        transfer: row.try_into()?,
        replayed: false,
    })
}

/// The sums of an account's posted transfers, recomputed from history (for audits and tests;
/// balances are read from the running totals).
pub fn recompute_posted(conn: &mut DbConn, id: Uuid) -> Result<(i64, i64), StoreError> {
    use diesel::dsl::sql;
    use diesel::sql_types::{BigInt, Nullable};
    let id = id.to_string();
    let debits: Option<i64> = transfers::table
        .filter(transfers::debit_account_id.eq(&id))
        .filter(transfers::status.eq("posted"))
        .select(sql::<Nullable<BigInt>>("CAST(SUM(amount_cents) AS BIGINT)"))
        .first(conn)?;
    let credits: Option<i64> = transfers::table
        .filter(transfers::credit_account_id.eq(&id))
        .filter(transfers::status.eq("posted"))
        .select(sql::<Nullable<BigInt>>("CAST(SUM(amount_cents) AS BIGINT)"))
        .first(conn)?;
    Ok((debits.unwrap_or(0), credits.unwrap_or(0)))
}

/// The sums of an account's open holds of one code (pending transfers not yet posted or
/// voided), recomputed from history: (debits, credits), for audits and tests.
pub fn recompute_pending(
    conn: &mut DbConn,
    id: Uuid,
    code: TransferCode,
) -> Result<(i64, i64), StoreError> {
    open_holds(conn, &id.to_string(), Some(code), None)
}

/// The sums (debits, credits) of an account's holds, recomputed from the transfers: holds (of
/// `code`, when given) recorded at or before `at` (when given) and not posted or voided by then.
fn open_holds(
    conn: &mut DbConn,
    account: &str,
    code: Option<TransferCode>,
    at: Option<chrono::NaiveDateTime>,
) -> Result<(i64, i64), StoreError> {
    let mut holds_query = transfers::table
        .filter(transfers::status.eq("pending"))
        .filter(
            transfers::debit_account_id
                .eq(account)
                .or(transfers::credit_account_id.eq(account)),
        )
        .select((
            transfers::id,
            transfers::debit_account_id,
            transfers::amount_cents,
        ))
        .into_boxed();
    if let Some(code) = code {
        holds_query = holds_query.filter(transfers::code.eq(code.as_str()));
    }
    if let Some(at) = at {
        holds_query = holds_query.filter(transfers::created_at.le(at));
    }
    let holds: Vec<(String, String, i64)> = holds_query.load(conn)?;
    let hold_ids: Vec<String> = holds.iter().map(|h| h.0.clone()).collect();
    let mut resolved_query = transfers::table
        .filter(transfers::pending_id.eq_any(hold_ids))
        .select(transfers::pending_id.assume_not_null())
        .into_boxed();
    if let Some(at) = at {
        resolved_query = resolved_query.filter(transfers::created_at.le(at));
    }
    let resolved: std::collections::HashSet<String> =
        resolved_query.load::<String>(conn)?.into_iter().collect();
    let (mut debits, mut credits) = (0i64, 0i64);
    for (hold, debit_account, amount) in holds {
        if resolved.contains(&hold) {
            continue;
        }
        if debit_account == account {
            debits += amount;
        } else {
            credits += amount;
        }
    }
    Ok((debits, credits))
}

/// Posted debits and credits per (account kind, transfer code) of a ledger, in cents.
pub type KindCodeTotals = std::collections::HashMap<(AccountKind, TransferCode), (i64, i64)>;

fn kind_code_key(kind: &str, code: &str) -> Result<(AccountKind, TransferCode), StoreError> {
    let kind = AccountKind::parse(kind).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let code = TransferCode::parse(code).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok((kind, code))
}

/// Every (kind, code) running total of a ledger: one indexed read of a fixed number of rows,
/// however long the ledger's history.
pub fn ledger_totals(conn: &mut DbConn, ledger: Uuid) -> Result<KindCodeTotals, StoreError> {
    let rows: Vec<(String, String, i64, i64)> = ledger_code_totals::table
        .filter(ledger_code_totals::ledger_id.eq(ledger.to_string()))
        .select((
            ledger_code_totals::account_kind,
            ledger_code_totals::code,
            ledger_code_totals::debits_posted,
            ledger_code_totals::credits_posted,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(k, c, d, cr)| Ok((kind_code_key(&k, &c)?, (d, cr))))
        .collect()
}

/// The same totals as [`ledger_totals`] as they stood at `at` (transfers recorded at or before
/// it), recomputed from the transfers themselves: for statements at a past instant and for
/// checking the running totals against history.
pub fn ledger_totals_at(
    conn: &mut DbConn,
    ledger: Uuid,
    at: DateTime<Utc>,
) -> Result<KindCodeTotals, StoreError> {
    use diesel::dsl::sql;
    use diesel::sql_types::BigInt;
    let mut totals = KindCodeTotals::new();
    for kind in AccountKind::ALL {
        for code in TransferCode::ALL {
            totals.insert((kind, code), (0, 0));
        }
    }
    let base = || {
        transfers::table
            .filter(transfers::ledger_id.eq(ledger.to_string()))
            .filter(transfers::status.eq("posted"))
            .filter(transfers::created_at.le(at.naive_utc()))
    };
    let debits: Vec<(String, String, i64)> = base()
        .inner_join(accounts::table.on(accounts::id.eq(transfers::debit_account_id)))
        .group_by((accounts::kind, transfers::code))
        .select((
            accounts::kind,
            transfers::code,
            sql::<BigInt>("CAST(SUM(transfers.amount_cents) AS BIGINT)"),
        ))
        .load(conn)?;
    let credits: Vec<(String, String, i64)> = base()
        .inner_join(accounts::table.on(accounts::id.eq(transfers::credit_account_id)))
        .group_by((accounts::kind, transfers::code))
        .select((
            accounts::kind,
            transfers::code,
            sql::<BigInt>("CAST(SUM(transfers.amount_cents) AS BIGINT)"),
        ))
        .load(conn)?;
    for (k, c, sum) in debits {
        totals.entry(kind_code_key(&k, &c)?).or_default().0 += sum;
    }
    for (k, c, sum) in credits {
        totals.entry(kind_code_key(&k, &c)?).or_default().1 += sum;
    }
    Ok(totals)
}

/// An account's totals as they stood at `at`, recomputed from its transfers: posted ones, and
/// holds placed at or before `at` that were not yet posted or voided then.
pub fn account_totals_at(
    conn: &mut DbConn,
    id: Uuid,
    at: DateTime<Utc>,
) -> Result<AccountTotals, StoreError> {
    use diesel::dsl::sql;
    use diesel::sql_types::{BigInt, Nullable};
    let id = id.to_string();
    let at = at.naive_utc();
    let posted = |conn: &mut DbConn, debit: bool| -> Result<i64, StoreError> {
        let q = transfers::table
            .filter(transfers::status.eq("posted"))
            .filter(transfers::created_at.le(at))
            .into_boxed();
        let q = if debit {
            q.filter(transfers::debit_account_id.eq(id.clone()))
        } else {
            q.filter(transfers::credit_account_id.eq(id.clone()))
        };
        Ok(q.select(sql::<Nullable<BigInt>>(
            "CAST(SUM(transfers.amount_cents) AS BIGINT)",
        ))
        .first::<Option<i64>>(conn)?
        .unwrap_or(0))
    };
    let (debits_pending, credits_pending) = pending_at(conn, &id, at)?;
    Ok(AccountTotals {
        debits_posted: posted(conn, true)?,
        credits_posted: posted(conn, false)?,
        debits_pending,
        credits_pending,
    })
}

/// An account's pending (debits, credits) at `at`: holds placed by then, minus those posted or
/// voided by then.
fn pending_at(
    conn: &mut DbConn,
    id: &str,
    at: chrono::NaiveDateTime,
) -> Result<(i64, i64), StoreError> {
    open_holds(conn, id, None, Some(at))
}

/// The posted reversal of a transfer, if it has one (reversals name the original in their
/// reference: `reversal of <id>: ...`).
pub fn reversal_of(conn: &mut DbConn, original: Uuid) -> Result<Option<Uuid>, StoreError> {
    transfers::table
        .filter(transfers::code.eq(TransferCode::Reverse.as_str()))
        .filter(transfers::status.eq("posted"))
        .filter(transfers::reference.like(format!("reversal of {original}:%")))
        .select(transfers::id)
        .first::<String>(conn)
        .optional()?
        .map(|id| Uuid::parse_str(&id).map_err(|e| StoreError::Corrupt(e.to_string())))
        .transpose()
}

/// An account's totals with its posted debits and credits per transfer code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountFigures {
    pub totals: AccountTotals,
    pub codes: std::collections::HashMap<TransferCode, (i64, i64)>,
}

impl AccountFigures {
    /// Posted (debits, credits) for one code.
    pub fn code(&self, code: TransferCode) -> (i64, i64) {
        self.codes.get(&code).copied().unwrap_or((0, 0))
    }
}

/// The accounts of a ledger owned by `owners`, keyed by (owner, kind).
fn owned_accounts(
    conn: &mut DbConn,
    ledger: Uuid,
    owners: &[Uuid],
) -> Result<Vec<Account>, StoreError> {
    let owners: Vec<String> = owners.iter().map(Uuid::to_string).collect();
    accounts::table
        .filter(accounts::ledger_id.eq(ledger.to_string()))
        .filter(accounts::owner_id.eq_any(owners))
        .select(AccountRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Account::try_from)
        .collect()
}

pub type OwnedFigures = std::collections::HashMap<(Uuid, AccountKind), AccountFigures>;

/// The figures of the accounts owned by `owners` (calls, tracks, grants) from their running
/// totals: two indexed reads, however long the history.
pub fn owned_figures(
    conn: &mut DbConn,
    ledger: Uuid,
    owners: &[Uuid],
) -> Result<OwnedFigures, StoreError> {
    let accounts = owned_accounts(conn, ledger, owners)?;
    let ids: Vec<String> = accounts.iter().map(|a| a.id.to_string()).collect();
    let rows: Vec<(String, String, i64, i64)> = account_code_totals::table
        .filter(account_code_totals::account_id.eq_any(ids))
        .select((
            account_code_totals::account_id,
            account_code_totals::code,
            account_code_totals::debits_posted,
            account_code_totals::credits_posted,
        ))
        .load(conn)?;
    let mut out = OwnedFigures::new();
    for a in &accounts {
        let Some(owner) = a.owner_id else { continue };
        let id = a.id.to_string();
        let mut codes = std::collections::HashMap::new();
        for (_, code, d, c) in rows.iter().filter(|r| r.0 == id) {
            let code = TransferCode::parse(code).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            codes.insert(code, (*d, *c));
        }
        out.insert(
            (owner, a.kind),
            AccountFigures {
                totals: a.totals,
                codes,
            },
        );
    }
    Ok(out)
}

/// The same figures as [`owned_figures`] as they stood at `at`, recomputed from the transfers
/// recorded at or before it.
pub fn owned_figures_at(
    conn: &mut DbConn,
    ledger: Uuid,
    owners: &[Uuid],
    at: DateTime<Utc>,
) -> Result<OwnedFigures, StoreError> {
    use diesel::dsl::sql;
    use diesel::sql_types::BigInt;
    let accounts = owned_accounts(conn, ledger, owners)?;
    let ids: Vec<String> = accounts.iter().map(|a| a.id.to_string()).collect();
    let at_naive = at.naive_utc();
    let debits: Vec<(String, String, i64)> = transfers::table
        .filter(transfers::status.eq("posted"))
        .filter(transfers::created_at.le(at_naive))
        .filter(transfers::debit_account_id.eq_any(ids.clone()))
        .group_by((transfers::debit_account_id, transfers::code))
        .select((
            transfers::debit_account_id,
            transfers::code,
            sql::<BigInt>("CAST(SUM(transfers.amount_cents) AS BIGINT)"),
        ))
        .load(conn)?;
    let credits: Vec<(String, String, i64)> = transfers::table
        .filter(transfers::status.eq("posted"))
        .filter(transfers::created_at.le(at_naive))
        .filter(transfers::credit_account_id.eq_any(ids))
        .group_by((transfers::credit_account_id, transfers::code))
        .select((
            transfers::credit_account_id,
            transfers::code,
            sql::<BigInt>("CAST(SUM(transfers.amount_cents) AS BIGINT)"),
        ))
        .load(conn)?;
    let mut out = OwnedFigures::new();
    for a in &accounts {
        let Some(owner) = a.owner_id else { continue };
        let id = a.id.to_string();
        let mut figures = AccountFigures {
            totals: AccountTotals::default(),
            codes: std::collections::HashMap::new(),
        };
        for (_, code, sum) in debits.iter().filter(|r| r.0 == id) {
            let code = TransferCode::parse(code).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            figures.codes.entry(code).or_default().0 += sum;
            figures.totals.debits_posted += sum;
        }
        for (_, code, sum) in credits.iter().filter(|r| r.0 == id) {
            let code = TransferCode::parse(code).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            figures.codes.entry(code).or_default().1 += sum;
            figures.totals.credits_posted += sum;
        }
        let (debits_pending, credits_pending) = pending_at(conn, &id, at_naive)?;
        figures.totals.debits_pending = debits_pending;
        figures.totals.credits_pending = credits_pending;
        out.insert((owner, a.kind), figures);
    }
    Ok(out)
}

//! The write path: transfers posted or held, holds posted or voided, the guarded debit, the
//! running totals per code; and reading transfers back.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamp};
use grantdesk_domain::{
    AccountKind, LedgerError, Phase, Rule, TransferCode, TransferSpec, TransferStatus,
};
use uuid::Uuid;

use crate::db::{cached_insert, cached_update, DbConn};
use crate::mapping::{money, uuid};
use crate::schema::{account_code_totals, accounts, ledger_code_totals, transfers};
use crate::StoreError;

use super::*;

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
    write_transfer(conn, spec, Phase::Post, now)
}

/// Holds money with a pending transfer: the same guard and idempotency as
/// [`post_transfer`], on the accounts' pending totals. The hold is later posted or voided in
/// full by [`resolve_hold`].
pub fn hold_transfer(
    conn: &mut DbConn,
    spec: &TransferSpec,
    now: DateTime<Utc>,
) -> Result<TransferResult, LedgerWriteError> {
    write_transfer(conn, spec, Phase::Hold, now)
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
        return Err(LedgerError::InvalidTransfer(Rule::SameLedger).into());
    }
    let amount = spec.amount.cents();
    // Lock the two rows in id order so that opposite transfers cannot deadlock.
    let pending = phase == Phase::Hold;
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
        (None, Phase::Hold) => TransferStatus::Pending,
        (None, Phase::Post) => {
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
        TransferStatus::Pending => phase == Phase::Hold,
        TransferStatus::Posted | TransferStatus::Voided => phase == Phase::Post,
    }
}

fn not_found_as(e: StoreError, side: &str) -> LedgerWriteError {
    match e {
        StoreError::NotFound => LedgerError::InvalidTransfer(Rule::UnknownAccount {
            side: side.to_owned(),
        })
        .into(),
        other => other.into(),
    }
}

/// The guarded debit, [`AccountTotals::check_debit`] applied by the database in the write
/// itself: the `UPDATE` adds the debit only where the account is not flagged or has at least
/// the amount available, so it moves nothing and the refusal comes back when a flagged account
/// would go below zero. `pending` puts the amount on the pending total (a hold).
///
/// [`AccountTotals::check_debit`]: grantdesk_domain::AccountTotals::check_debit
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
    // the refusal, with what the account has available now (inside this transaction; on
    // PostgreSQL a writer that committed since the guard was evaluated may have freed money,
    // so this can be more than the guard saw: the guard's verdict stands)
    let now = account(conn, debit.id)?;
    Ok(Some(now.totals.refusal(money(amount)?)))
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
        .ok_or_else(|| {
            LedgerError::InvalidTransfer(Rule::NotAHold {
                hold: hold_id.to_string(),
            })
        })?;
    let resolved: i64 = transfers::table
        .filter(transfers::pending_id.eq(hold_id.to_string()))
        .count()
        .get_result(conn)?;
    if resolved > 0 {
        return Err(LedgerError::InvalidTransfer(Rule::HoldResolved {
            hold: hold_id.to_string(),
        })
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
        StoreError::Conflict(_) => {
            LedgerWriteError::from(LedgerError::InvalidTransfer(Rule::HoldResolved {
                hold: hold_id.to_string(),
            }))
        }
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
        .map(|id| uuid(&id))
        .transpose()
}

//! What the finance views read: running totals per code (a fixed number of rows whatever the
//! history) and the same totals recomputed from the transfers as they stood at an instant.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{AccountKind, AccountTotals, TransferCode};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::enumerated;
use crate::schema::{account_code_totals, accounts, ledger_code_totals, transfers};
use crate::StoreError;

use super::*;
use grantdesk_domain::figures::{AccountFigures, KindCodeTotals, OwnedFigures};

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

fn kind_code_key(kind: &str, code: &str) -> Result<(AccountKind, TransferCode), StoreError> {
    let kind = enumerated(kind)?;
    let code = enumerated(code)?;
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
            let code = enumerated(code)?;
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
            let code = enumerated(code)?;
            figures.codes.entry(code).or_default().0 += sum;
            figures.totals.debits_posted += sum;
        }
        for (_, code, sum) in credits.iter().filter(|r| r.0 == id) {
            let code = enumerated(code)?;
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

//! Read-only queries for the finance and audit exports: the ledger's transfers with their
//! ledger (year, credit type, article) and both accounts (kind and owner), paged by the
//! transfers' write order; and the awarded grants with what a 360Giving record needs.
//!
//! Only named columns are selected, so that columns added to these tables later do not change
//! what is exported.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::dsl::{exists, not};
use diesel::prelude::*;
use grantdesk_domain::acceptance::AcceptanceStatus;
use grantdesk_domain::{
    AccountKind, ApplicationContent, BudgetArticle, CreditType, Money, TransferCode, TransferStatus,
};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{corrupt, enumerated, json, money, uuid};
use crate::schema::{
    accounts, applications, grant_acceptances, grant_payments, grants, ledgers, transfers,
};
use crate::StoreError;

/// How many ids go into one `IN (...)` list (well below both backends' parameter limits).
const CHUNK: usize = 500;

/// Which transfers a ledger export holds. Every filter given must match.
#[derive(Debug, Clone, Default)]
pub struct LedgerExportFilter {
    /// The budget article's code.
    pub article: Option<String>,
    pub year: Option<i32>,
    /// Transfers touching an account owned by the call, one of `extra_owners` (its tracks) or
    /// one of the call's applications (a grant's id is its application's).
    pub call: Option<Uuid>,
    pub extra_owners: Vec<Uuid>,
    /// Written at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Written before this instant.
    pub to: Option<DateTime<Utc>>,
}

/// One account side of an exported transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportAccount {
    pub kind: AccountKind,
    /// The call, track or grant owning it; `None` for article-level accounts.
    pub owner: Option<Uuid>,
}

/// One transfer as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerExportRow {
    /// The write order (the cursor for the next page).
    pub seq: i64,
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub budget_year: i32,
    pub credit_type: CreditType,
    pub article: BudgetArticle,
    pub code: TransferCode,
    pub debit: ExportAccount,
    pub credit: ExportAccount,
    pub amount: Money,
    pub status: TransferStatus,
    pub reference: String,
    pub actor: String,
}

type TransferTuple = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    String,
    String,
    String,
    NaiveDateTime,
);

type Backend = <DbConn as diesel::Connection>::Backend;

fn filtered(filter: &LedgerExportFilter) -> transfers::BoxedQuery<'static, Backend> {
    let mut q = transfers::table.into_boxed();
    // (subqueries stay unboxed: a boxed subquery is no SQL fragment for the multi-backend)
    let in_ledgers = ledgers::table.select(ledgers::id);
    q = match (filter.article.clone(), filter.year) {
        (Some(a), Some(y)) => q.filter(
            transfers::ledger_id.eq_any(
                in_ledgers
                    .filter(ledgers::article.eq(a))
                    .filter(ledgers::budget_year.eq(y)),
            ),
        ),
        (Some(a), None) => {
            q.filter(transfers::ledger_id.eq_any(in_ledgers.filter(ledgers::article.eq(a))))
        }
        (None, Some(y)) => {
            q.filter(transfers::ledger_id.eq_any(in_ledgers.filter(ledgers::budget_year.eq(y))))
        }
        (None, None) => q,
    };
    if let Some(call) = filter.call {
        let owned = || {
            let mut owners = vec![call.to_string()];
            owners.extend(filter.extra_owners.iter().map(Uuid::to_string));
            accounts::table.select(accounts::id).filter(
                accounts::owner_id
                    .eq_any(owners)
                    .or(accounts::owner_id.eq_any(
                        applications::table
                            .select(applications::id)
                            .filter(applications::call_id.eq(call.to_string())),
                    )),
            )
        };
        q = q.filter(
            transfers::debit_account_id
                .eq_any(owned())
                .or(transfers::credit_account_id.eq_any(owned())),
        );
    }
    if let Some(from) = filter.from {
        q = q.filter(transfers::created_at.ge(from.naive_utc()));
    }
    if let Some(to) = filter.to {
        q = q.filter(transfers::created_at.lt(to.naive_utc()));
    }
    q
}

/// How many transfers the filter matches.
pub fn count_ledger(conn: &mut DbConn, filter: &LedgerExportFilter) -> Result<i64, StoreError> {
    Ok(filtered(filter).count().get_result(conn)?)
}

/// Up to `limit` matching transfers written after `after_seq` (0 for the first page), in write
/// order, each with its ledger and accounts.
pub fn ledger_page(
    conn: &mut DbConn,
    filter: &LedgerExportFilter,
    after_seq: i64,
    limit: i64,
) -> Result<Vec<LedgerExportRow>, StoreError> {
    let rows: Vec<TransferTuple> = filtered(filter)
        .filter(transfers::seq.gt(after_seq))
        .order(transfers::seq.asc())
        .limit(limit)
        .select((
            transfers::seq,
            transfers::id,
            transfers::ledger_id,
            transfers::debit_account_id,
            transfers::credit_account_id,
            transfers::amount_cents,
            transfers::code,
            transfers::reference,
            transfers::actor,
            transfers::status,
            transfers::created_at,
        ))
        .load(conn)?;
    let mut ledger_ids: Vec<String> = rows.iter().map(|r| r.2.clone()).collect();
    ledger_ids.sort();
    ledger_ids.dedup();
    let mut account_ids: Vec<String> = rows
        .iter()
        .flat_map(|r| [r.3.clone(), r.4.clone()])
        .collect();
    account_ids.sort();
    account_ids.dedup();
    let mut ledger_of: HashMap<String, (i32, String, String)> = HashMap::new();
    for chunk in ledger_ids.chunks(CHUNK) {
        let found: Vec<(String, i32, String, String)> = ledgers::table
            .filter(ledgers::id.eq_any(chunk))
            .select((
                ledgers::id,
                ledgers::budget_year,
                ledgers::credit_type,
                ledgers::article,
            ))
            .load(conn)?;
        for (id, year, credit_type, article) in found {
            ledger_of.insert(id, (year, credit_type, article));
        }
    }
    let mut account_of: HashMap<String, ExportAccount> = HashMap::new();
    for chunk in account_ids.chunks(CHUNK) {
        let found: Vec<(String, String, String)> = accounts::table
            .filter(accounts::id.eq_any(chunk))
            .select((accounts::id, accounts::kind, accounts::owner_id))
            .load(conn)?;
        for (id, kind, owner) in found {
            let owner = if owner.is_empty() {
                None
            } else {
                Some(uuid(&owner)?)
            };
            account_of.insert(
                id,
                ExportAccount {
                    kind: enumerated(&kind)?,
                    owner,
                },
            );
        }
    }
    rows.into_iter()
        .map(|r| {
            let (year, credit_type, article) = ledger_of
                .get(&r.2)
                .cloned()
                .ok_or_else(|| corrupt(format!("transfer {} names no ledger", r.1)))?;
            let side = |id: &str| {
                account_of
                    .get(id)
                    .cloned()
                    .ok_or_else(|| corrupt(format!("transfer {} names account {id}", r.1)))
            };
            Ok(LedgerExportRow {
                seq: r.0,
                id: uuid(&r.1)?,
                at: r.10.and_utc(),
                budget_year: year,
                credit_type: enumerated(&credit_type)?,
                article: BudgetArticle::parse(&article).map_err(corrupt)?,
                code: enumerated(&r.6)?,
                debit: side(&r.3)?,
                credit: side(&r.4)?,
                amount: money(r.5)?,
                status: enumerated(&r.9)?,
                reference: r.7,
                actor: r.8,
            })
        })
        .collect()
}

/// A paid tranche, as a 360Giving disbursement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPayment {
    pub id: Uuid,
    pub tranche: i32,
    pub amount: Money,
    pub paid_at: DateTime<Utc>,
}

/// An awarded grant with its application's title and summary and its payments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportGrant {
    pub id: Uuid,
    pub call_id: Uuid,
    pub organisation_id: Uuid,
    pub committed: Money,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// When the grant was made: the selection's end, or its offer from the reserve list.
    pub awarded_at: DateTime<Utc>,
    pub title: String,
    pub summary: String,
    pub payments: Vec<ExportPayment>,
}

type GrantTuple = (
    String,
    String,
    String,
    i64,
    NaiveDate,
    NaiveDate,
    NaiveDateTime,
);

/// The query [`not_taken_up`] builds.
type NotTakenUp = diesel::dsl::Filter<
    diesel::dsl::Filter<
        grant_acceptances::table,
        diesel::dsl::Eq<grant_acceptances::grant_id, grants::id>,
    >,
    diesel::dsl::EqAny<grant_acceptances::status, [&'static str; 2]>,
>;

/// The acceptance of the grant in the outer query, when its organisation renounced it or let
/// its period pass: such an award was never taken up, so it is no grant in an export (a grant
/// offered from the reserve list instead is one, with its own award date).
fn not_taken_up() -> NotTakenUp {
    grant_acceptances::table
        .filter(grant_acceptances::grant_id.eq(grants::id))
        .filter(grant_acceptances::status.eq_any([
            AcceptanceStatus::Renounced.as_str(),
            AcceptanceStatus::Expired.as_str(),
        ]))
}

/// The instants a grant's award falls in: from the first, before the second.
pub type AwardedBetween = Option<(DateTime<Utc>, DateTime<Utc>)>;

/// How many grants (all, or of one call; all, or awarded between two instants) there are,
/// leaving out awards never taken up.
pub fn count_grants(
    conn: &mut DbConn,
    call: Option<Uuid>,
    awarded: AwardedBetween,
) -> Result<i64, StoreError> {
    let mut q = grants::table
        .filter(not(exists(not_taken_up())))
        .into_boxed();
    if let Some(c) = call {
        q = q.filter(grants::call_id.eq(c.to_string()));
    }
    if let Some((from, to)) = awarded {
        q = q
            .filter(grants::created_at.ge(from.naive_utc()))
            .filter(grants::created_at.lt(to.naive_utc()));
    }
    Ok(q.count().get_result(conn)?)
}

/// The grants (all, or of one call), oldest first, at most `limit`, leaving out awards never
/// taken up (renounced, expired).
pub fn grants_for_export(
    conn: &mut DbConn,
    call: Option<Uuid>,
    awarded: AwardedBetween,
    limit: i64,
) -> Result<Vec<ExportGrant>, StoreError> {
    let mut q = grants::table
        .filter(not(exists(not_taken_up())))
        .into_boxed();
    if let Some(c) = call {
        q = q.filter(grants::call_id.eq(c.to_string()));
    }
    if let Some((from, to)) = awarded {
        q = q
            .filter(grants::created_at.ge(from.naive_utc()))
            .filter(grants::created_at.lt(to.naive_utc()));
    }
    let rows: Vec<GrantTuple> = q
        .order((grants::created_at.asc(), grants::id.asc()))
        .limit(limit)
        .select((
            grants::id,
            grants::call_id,
            grants::organisation_id,
            grants::committed_cents,
            grants::start_date,
            grants::end_date,
            grants::created_at,
        ))
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let mut content_of: HashMap<String, ApplicationContent> = HashMap::new();
    let mut payments_of: HashMap<String, Vec<ExportPayment>> = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        let found: Vec<(String, String)> = applications::table
            .filter(applications::id.eq_any(chunk))
            .select((applications::id, applications::content))
            .load(conn)?;
        for (id, content) in found {
            content_of.insert(id, json(&content)?);
        }
        let paid: Vec<(String, String, i32, i64, NaiveDateTime)> = grant_payments::table
            .filter(grant_payments::grant_id.eq_any(chunk))
            .order((
                grant_payments::grant_id.asc(),
                grant_payments::tranche.asc(),
            ))
            .select((
                grant_payments::id,
                grant_payments::grant_id,
                grant_payments::tranche,
                grant_payments::amount_cents,
                grant_payments::paid_at,
            ))
            .load(conn)?;
        for (id, grant, tranche, cents, at) in paid {
            payments_of.entry(grant).or_default().push(ExportPayment {
                id: uuid(&id)?,
                tranche,
                amount: money(cents)?,
                paid_at: at.and_utc(),
            });
        }
    }
    rows.into_iter()
        .map(|r| {
            let content = content_of
                .remove(&r.0)
                .ok_or_else(|| corrupt(format!("grant {} has no application", r.0)))?;
            Ok(ExportGrant {
                id: uuid(&r.0)?,
                call_id: uuid(&r.1)?,
                organisation_id: uuid(&r.2)?,
                committed: money(r.3)?,
                start_date: r.4,
                end_date: r.5,
                awarded_at: r.6.and_utc(),
                title: content.title,
                summary: content.summary,
                payments: payments_of.remove(&r.0).unwrap_or_default(),
            })
        })
        .collect()
}

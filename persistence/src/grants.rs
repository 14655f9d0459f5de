//! Grants (one per selected application of a decided call) and the payments of their tranches.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{Money, TrancheSpec};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{corrupt, json, money, uuid};
use crate::schema::{
    final_report_verdicts, final_reports, grant_cancellations, grant_payments, grant_settlements,
    grants,
};
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = grants)]
struct GrantRow {
    id: String,
    call_id: String,
    organisation_id: String,
    track: i32,
    committed_cents: i64,
    start_date: NaiveDate,
    end_date: NaiveDate,
    tranches: String,
    created_at: NaiveDateTime,
}

/// A grant; its id is its application's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub id: Uuid,
    pub call_id: Uuid,
    pub organisation_id: Uuid,
    pub track: u8,
    pub committed: Money,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub tranches: Vec<TrancheSpec>,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<GrantRow> for Grant {
    type Error = StoreError;
    fn try_from(r: GrantRow) -> Result<Self, StoreError> {
        Ok(Grant {
            id: uuid(&r.id)?,
            call_id: uuid(&r.call_id)?,
            organisation_id: uuid(&r.organisation_id)?,
            track: u8::try_from(r.track).map_err(corrupt)?,
            committed: money(r.committed_cents)?,
            start_date: r.start_date,
            end_date: r.end_date,
            tranches: json(&r.tranches)?,
            created_at: r.created_at.and_utc(),
        })
    }
}

pub fn insert(conn: &mut DbConn, g: &Grant) -> Result<(), StoreError> {
    diesel::insert_into(grants::table)
        .values(&GrantRow {
            id: g.id.to_string(),
            call_id: g.call_id.to_string(),
            organisation_id: g.organisation_id.to_string(),
            track: i32::from(g.track),
            committed_cents: g.committed.cents(),
            start_date: g.start_date,
            end_date: g.end_date,
            tranches: serde_json::to_string(&g.tranches).map_err(corrupt)?,
            created_at: g.created_at.naive_utc(),
        })
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConn, id: Uuid) -> Result<Grant, StoreError> {
    grants::table
        .find(id.to_string())
        .select(GrantRow::as_select())
        .first(conn)?
        .try_into()
}

/// Grants, oldest first; filtered by call and by grantee organisations.
pub fn list(
    conn: &mut DbConn,
    call: Option<Uuid>,
    organisations: Option<&[Uuid]>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Grant>, i64), StoreError> {
    let orgs: Option<Vec<String>> = organisations.map(|o| o.iter().map(Uuid::to_string).collect());
    let build = || {
        let mut q = grants::table.into_boxed();
        if let Some(c) = call {
            q = q.filter(grants::call_id.eq(c.to_string()));
        }
        if let Some(o) = &orgs {
            q = q.filter(grants::organisation_id.eq_any(o.clone()));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let rows = build()
        .select(GrantRow::as_select())
        .order((grants::created_at.asc(), grants::id.asc()))
        .offset(offset)
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(Grant::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// A paid tranche.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// The client's transfer id (the VAK transfer's id).
    pub id: Uuid,
    pub grant_id: Uuid,
    /// 1-based.
    pub tranche: u32,
    pub amount: Money,
    pub vek_transfer_id: Uuid,
    pub paid_by: String,
    pub paid_at: DateTime<Utc>,
}

type PaymentTuple = (String, String, i32, i64, String, String, NaiveDateTime);

fn payment_from(t: PaymentTuple) -> Result<Payment, StoreError> {
    Ok(Payment {
        id: uuid(&t.0)?,
        grant_id: uuid(&t.1)?,
        tranche: u32::try_from(t.2).map_err(corrupt)?,
        amount: money(t.3)?,
        vek_transfer_id: uuid(&t.4)?,
        paid_by: t.5,
        paid_at: t.6.and_utc(),
    })
}

pub fn insert_payment(conn: &mut DbConn, p: &Payment) -> Result<(), StoreError> {
    diesel::insert_into(grant_payments::table)
        .values((
            grant_payments::id.eq(p.id.to_string()),
            grant_payments::grant_id.eq(p.grant_id.to_string()),
            grant_payments::tranche.eq(i32::try_from(p.tranche).map_err(corrupt)?),
            grant_payments::amount_cents.eq(p.amount.cents()),
            grant_payments::vek_transfer_id.eq(p.vek_transfer_id.to_string()),
            grant_payments::paid_by.eq(&p.paid_by),
            grant_payments::paid_at.eq(p.paid_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

fn payment_query() -> (
    grant_payments::id,
    grant_payments::grant_id,
    grant_payments::tranche,
    grant_payments::amount_cents,
    grant_payments::vek_transfer_id,
    grant_payments::paid_by,
    grant_payments::paid_at,
) {
    (
        grant_payments::id,
        grant_payments::grant_id,
        grant_payments::tranche,
        grant_payments::amount_cents,
        grant_payments::vek_transfer_id,
        grant_payments::paid_by,
        grant_payments::paid_at,
    )
}

pub fn find_payment(conn: &mut DbConn, id: Uuid) -> Result<Option<Payment>, StoreError> {
    grant_payments::table
        .find(id.to_string())
        .select(payment_query())
        .first::<PaymentTuple>(conn)
        .optional()?
        .map(payment_from)
        .transpose()
}

pub fn payments_of(conn: &mut DbConn, grant: Uuid) -> Result<Vec<Payment>, StoreError> {
    grant_payments::table
        .filter(grant_payments::grant_id.eq(grant.to_string()))
        .order(grant_payments::tranche.asc())
        .select(payment_query())
        .load::<PaymentTuple>(conn)?
        .into_iter()
        .map(payment_from)
        .collect()
}

/// A final report: what the grantee spent, with the document that shows it. A rejected report
/// is followed by a new version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalReport {
    pub id: Uuid,
    pub grant_id: Uuid,
    /// 1-based, per grant.
    pub version: u32,
    pub spent: Money,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub submitted_by: String,
    pub submitted_at: DateTime<Utc>,
}

/// The admin's verdict on a final report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub report_id: Uuid,
    pub grant_id: Uuid,
    /// What is accepted of the reported spend; `None` when the report is rejected.
    pub accepted_spend: Option<Money>,
    pub motivation: String,
    pub decided_by: String,
    pub decided_at: DateTime<Utc>,
}

/// A grant's settlement: the balance paid, the recovery recorded and what was released.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settlement {
    pub grant_id: Uuid,
    /// The client's id (idempotency key).
    pub id: Uuid,
    pub report_id: Uuid,
    pub accepted_spend: Money,
    pub paid_before: Money,
    pub balance: Money,
    pub recovery: Money,
    pub release: Money,
    pub settled_by: String,
    pub settled_at: DateTime<Utc>,
}

type ReportTuple = (
    String,
    String,
    i32,
    i64,
    String,
    String,
    i64,
    String,
    String,
    NaiveDateTime,
);

fn report_from(t: ReportTuple) -> Result<FinalReport, StoreError> {
    Ok(FinalReport {
        id: uuid(&t.0)?,
        grant_id: uuid(&t.1)?,
        version: u32::try_from(t.2).map_err(corrupt)?,
        spent: money(t.3)?,
        file_name: t.4,
        media_type: t.5,
        size_bytes: t.6,
        sha256: t.7,
        submitted_by: t.8,
        submitted_at: t.9.and_utc(),
    })
}

pub fn insert_report(conn: &mut DbConn, r: &FinalReport) -> Result<(), StoreError> {
    diesel::insert_into(final_reports::table)
        .values((
            final_reports::id.eq(r.id.to_string()),
            final_reports::grant_id.eq(r.grant_id.to_string()),
            final_reports::version.eq(i32::try_from(r.version).map_err(corrupt)?),
            final_reports::spent_cents.eq(r.spent.cents()),
            final_reports::file_name.eq(&r.file_name),
            final_reports::media_type.eq(&r.media_type),
            final_reports::size_bytes.eq(r.size_bytes),
            final_reports::sha256.eq(&r.sha256),
            final_reports::submitted_by.eq(&r.submitted_by),
            final_reports::submitted_at.eq(r.submitted_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A grant's final reports, oldest version first.
pub fn reports_of(conn: &mut DbConn, grant: Uuid) -> Result<Vec<FinalReport>, StoreError> {
    final_reports::table
        .filter(final_reports::grant_id.eq(grant.to_string()))
        .order(final_reports::version.asc())
        .select((
            final_reports::id,
            final_reports::grant_id,
            final_reports::version,
            final_reports::spent_cents,
            final_reports::file_name,
            final_reports::media_type,
            final_reports::size_bytes,
            final_reports::sha256,
            final_reports::submitted_by,
            final_reports::submitted_at,
        ))
        .load::<ReportTuple>(conn)?
        .into_iter()
        .map(report_from)
        .collect()
}

pub fn insert_verdict(conn: &mut DbConn, v: &Verdict) -> Result<(), StoreError> {
    diesel::insert_into(final_report_verdicts::table)
        .values((
            final_report_verdicts::report_id.eq(v.report_id.to_string()),
            final_report_verdicts::grant_id.eq(v.grant_id.to_string()),
            final_report_verdicts::accepted.eq(v.accepted_spend.is_some()),
            final_report_verdicts::accepted_spend_cents.eq(v.accepted_spend.map(|m| m.cents())),
            final_report_verdicts::motivation.eq(&v.motivation),
            final_report_verdicts::decided_by.eq(&v.decided_by),
            final_report_verdicts::decided_at.eq(v.decided_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The verdicts on a grant's reports.
pub fn verdicts_of(conn: &mut DbConn, grant: Uuid) -> Result<Vec<Verdict>, StoreError> {
    final_report_verdicts::table
        .filter(final_report_verdicts::grant_id.eq(grant.to_string()))
        .select((
            final_report_verdicts::report_id,
            final_report_verdicts::grant_id,
            final_report_verdicts::accepted_spend_cents,
            final_report_verdicts::motivation,
            final_report_verdicts::decided_by,
            final_report_verdicts::decided_at,
        ))
        .load::<(String, String, Option<i64>, String, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|t| {
            Ok(Verdict {
                report_id: uuid(&t.0)?,
                grant_id: uuid(&t.1)?,
                accepted_spend: t.2.map(money).transpose()?,
                motivation: t.3,
                decided_by: t.4,
                decided_at: t.5.and_utc(),
            })
        })
        .collect()
}

pub fn insert_settlement(conn: &mut DbConn, s: &Settlement) -> Result<(), StoreError> {
    diesel::insert_into(grant_settlements::table)
        .values((
            grant_settlements::grant_id.eq(s.grant_id.to_string()),
            grant_settlements::id.eq(s.id.to_string()),
            grant_settlements::report_id.eq(s.report_id.to_string()),
            grant_settlements::accepted_spend_cents.eq(s.accepted_spend.cents()),
            grant_settlements::paid_before_cents.eq(s.paid_before.cents()),
            grant_settlements::balance_cents.eq(s.balance.cents()),
            grant_settlements::recovery_cents.eq(s.recovery.cents()),
            grant_settlements::release_cents.eq(s.release.cents()),
            grant_settlements::settled_by.eq(&s.settled_by),
            grant_settlements::settled_at.eq(s.settled_at.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

type SettlementTuple = (
    String,
    String,
    String,
    i64,
    i64,
    i64,
    i64,
    i64,
    String,
    NaiveDateTime,
);

/// A grant's settlement, found by grant or by the client's id.
pub fn find_settlement(
    conn: &mut DbConn,
    grant: Option<Uuid>,
    id: Option<Uuid>,
) -> Result<Option<Settlement>, StoreError> {
    let mut q = grant_settlements::table.into_boxed();
    if let Some(g) = grant {
        q = q.filter(grant_settlements::grant_id.eq(g.to_string()));
    }
    if let Some(i) = id {
        q = q.filter(grant_settlements::id.eq(i.to_string()));
    }
    q.select((
        grant_settlements::grant_id,
        grant_settlements::id,
        grant_settlements::report_id,
        grant_settlements::accepted_spend_cents,
        grant_settlements::paid_before_cents,
        grant_settlements::balance_cents,
        grant_settlements::recovery_cents,
        grant_settlements::release_cents,
        grant_settlements::settled_by,
        grant_settlements::settled_at,
    ))
    .first::<SettlementTuple>(conn)
    .optional()?
    .map(|t| {
        Ok(Settlement {
            grant_id: uuid(&t.0)?,
            id: uuid(&t.1)?,
            report_id: uuid(&t.2)?,
            accepted_spend: money(t.3)?,
            paid_before: money(t.4)?,
            balance: money(t.5)?,
            recovery: money(t.6)?,
            release: money(t.7)?,
            settled_by: t.8,
            settled_at: t.9.and_utc(),
        })
    })
    .transpose()
}

/// A call's grants with their tracks.
pub fn tracks_of(conn: &mut DbConn, call: Uuid) -> Result<Vec<(Uuid, u8)>, StoreError> {
    grants::table
        .filter(grants::call_id.eq(call.to_string()))
        .select((grants::id, grants::track))
        .load::<(String, i32)>(conn)?
        .into_iter()
        .map(|(id, t)| Ok((uuid(&id)?, u8::try_from(t).map_err(corrupt)?)))
        .collect()
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = grant_cancellations)]
struct CancellationRow {
    grant_id: String,
    id: String,
    motivation: String,
    paid_before_cents: i64,
    kept_cents: i64,
    recovery_cents: i64,
    release_cents: i64,
    freed: bool,
    cancelled_by: String,
    cancelled_at: NaiveDateTime,
}

/// A grant's cancellation by the funder: what the grantee keeps of what was paid, what is
/// recovered, what is decommitted (freed for the reserve list, or released to the article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancellation {
    pub grant_id: Uuid,
    /// The client's id (idempotency key); the ledger transfers' ids derive from it.
    pub id: Uuid,
    pub motivation: String,
    pub paid_before: Money,
    pub kept: Money,
    pub recovery: Money,
    pub release: Money,
    /// Whether the release was freed for the call's reserve list (else released to the
    /// article).
    pub freed: bool,
    pub cancelled_by: String,
    pub cancelled_at: DateTime<Utc>,
}

pub fn insert_cancellation(conn: &mut DbConn, c: &Cancellation) -> Result<(), StoreError> {
    diesel::insert_into(grant_cancellations::table)
        .values(CancellationRow {
            grant_id: c.grant_id.to_string(),
            id: c.id.to_string(),
            motivation: c.motivation.clone(),
            paid_before_cents: c.paid_before.cents(),
            kept_cents: c.kept.cents(),
            recovery_cents: c.recovery.cents(),
            release_cents: c.release.cents(),
            freed: c.freed,
            cancelled_by: c.cancelled_by.clone(),
            cancelled_at: c.cancelled_at.naive_utc(),
        })
        .execute(conn)?;
    Ok(())
}

/// A grant's cancellation, found by grant or by the client's id.
pub fn find_cancellation(
    conn: &mut DbConn,
    grant: Option<Uuid>,
    id: Option<Uuid>,
) -> Result<Option<Cancellation>, StoreError> {
    let mut q = grant_cancellations::table.into_boxed();
    if let Some(g) = grant {
        q = q.filter(grant_cancellations::grant_id.eq(g.to_string()));
    }
    if let Some(i) = id {
        q = q.filter(grant_cancellations::id.eq(i.to_string()));
    }
    q.select(CancellationRow::as_select())
        .first(conn)
        .optional()?
        .map(|r| {
            Ok(Cancellation {
                grant_id: uuid(&r.grant_id)?,
                id: uuid(&r.id)?,
                motivation: r.motivation,
                paid_before: money(r.paid_before_cents)?,
                kept: money(r.kept_cents)?,
                recovery: money(r.recovery_cents)?,
                release: money(r.release_cents)?,
                freed: r.freed,
                cancelled_by: r.cancelled_by,
                cancelled_at: r.cancelled_at.and_utc(),
            })
        })
        .transpose()
}

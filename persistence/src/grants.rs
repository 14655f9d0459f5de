//! Grants (one per selected application of a decided call) and the payments of their tranches.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{Money, TrancheSpec};
use uuid::Uuid;

use crate::db::DbConn;
use crate::schema::{grant_payments, grants};
use crate::StoreError;

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

fn uuid(s: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(s).map_err(corrupt)
}

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
            committed: Money::from_cents(r.committed_cents).map_err(corrupt)?,
            start_date: r.start_date,
            end_date: r.end_date,
            tranches: serde_json::from_str(&r.tranches).map_err(corrupt)?,
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
        amount: Money::from_cents(t.3).map_err(corrupt)?,
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

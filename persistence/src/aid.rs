//! State aid across calls (issue #15): the regulations a call's aid relies on, as data, and the
//! awards a single undertaking received here.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::dsl::{exists, not};
use diesel::prelude::*;
use grantdesk_domain::acceptance::AcceptanceStatus;
use grantdesk_domain::aid::{known_regulations, Regulation};
use grantdesk_domain::double_funding::Finding;
use grantdesk_domain::Money;
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{corrupt, enumerated, money, uuid};
use crate::schema::{aid_regulations, double_funding_findings, grant_acceptances, grants};
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = aid_regulations)]
struct RegulationRow {
    code: String,
    regime: String,
    title: String,
    source: String,
    ceiling_cents: Option<i64>,
    period_years: Option<i32>,
    valid_from: NaiveDate,
    valid_until: Option<NaiveDate>,
    added_by: String,
    added_at: NaiveDateTime,
}

/// Who installs the known regulations.
pub const INSTALLER: &str = "system:migrate";

/// A regulation as stored: who added it, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegulationRecord {
    pub regulation: Regulation,
    pub added_by: String,
    pub added_at: DateTime<Utc>,
}

impl TryFrom<RegulationRow> for RegulationRecord {
    type Error = StoreError;
    fn try_from(r: RegulationRow) -> Result<Self, StoreError> {
        Ok(RegulationRecord {
            regulation: Regulation {
                code: r.code,
                regime: enumerated(&r.regime)?,
                title: r.title,
                source: r.source,
                ceiling: r.ceiling_cents.map(money).transpose()?,
                period_years: r
                    .period_years
                    .map(|y| u32::try_from(y).map_err(corrupt))
                    .transpose()?,
                from: r.valid_from,
                until: r.valid_until,
            },
            added_by: r.added_by,
            added_at: r.added_at.and_utc(),
        })
    }
}

/// Adds a regulation; false when one with its code exists (and then nothing changed; also when
/// two arrive at once: the primary key decides).
pub fn insert(
    conn: &mut DbConn,
    r: &Regulation,
    by: &str,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let row = RegulationRow {
        code: r.code.clone(),
        regime: r.regime.as_str().to_owned(),
        title: r.title.clone(),
        source: r.source.clone(),
        ceiling_cents: r.ceiling.map(|c: Money| c.cents()),
        period_years: r
            .period_years
            .map(|y| i32::try_from(y).map_err(corrupt))
            .transpose()?,
        valid_from: r.from,
        valid_until: r.until,
        added_by: by.to_owned(),
        added_at: at.naive_utc(),
    };
    let insert = diesel::insert_into(aid_regulations::table)
        .values(&row)
        .on_conflict_do_nothing();
    let inserted = match conn {
        DbConn::Pg(c) => insert.execute(c)?,
        DbConn::Sqlite(c) => insert.execute(c)?,
    };
    Ok(inserted == 1)
}

/// Installs the known regulations that are missing; answers how many it added.
pub fn install_known(conn: &mut DbConn, at: DateTime<Utc>) -> Result<usize, StoreError> {
    let mut added = 0;
    for r in known_regulations() {
        if insert(conn, &r, INSTALLER, at)? {
            added += 1;
        }
    }
    Ok(added)
}

/// Every regulation, by code.
pub fn regulations(conn: &mut DbConn) -> Result<Vec<RegulationRecord>, StoreError> {
    aid_regulations::table
        .order(aid_regulations::code.asc())
        .select(RegulationRow::as_select())
        .load(conn)?
        .into_iter()
        .map(RegulationRecord::try_from)
        .collect()
}

/// An award in this system to a member of a single undertaking, as the ceiling counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AidAward {
    pub grant_id: Uuid,
    pub organisation_id: Uuid,
    pub call_id: Uuid,
    /// When the legal right was conferred (the letter, or the offer from the reserve list).
    pub awarded_at: DateTime<Utc>,
    pub amount: Money,
}

/// The grants of `organisations` that were taken up or still may be (renounced and expired
/// awards conferred nothing), oldest first.
pub fn awards_of(
    conn: &mut DbConn,
    organisations: &BTreeSet<Uuid>,
) -> Result<Vec<AidAward>, StoreError> {
    let ids: Vec<String> = organisations.iter().map(Uuid::to_string).collect();
    let rows: Vec<(String, String, String, NaiveDateTime, i64)> = grants::table
        .filter(grants::organisation_id.eq_any(ids))
        .filter(not(exists(
            grant_acceptances::table
                .filter(grant_acceptances::grant_id.eq(grants::id))
                .filter(grant_acceptances::status.eq_any([
                    AcceptanceStatus::Renounced.as_str(),
                    AcceptanceStatus::Expired.as_str(),
                ])),
        )))
        .order((grants::created_at.asc(), grants::id.asc()))
        .select((
            grants::id,
            grants::organisation_id,
            grants::call_id,
            grants::created_at,
            grants::committed_cents,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, org, call, at, cents)| {
            Ok(AidAward {
                grant_id: uuid(&id)?,
                organisation_id: uuid(&org)?,
                call_id: uuid(&call)?,
                awarded_at: at.and_utc(),
                amount: money(cents)?,
            })
        })
        .collect()
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = double_funding_findings)]
struct FindingRow {
    id: String,
    application_id: String,
    finding: String,
    note: String,
    recorded_by: String,
    recorded_at: NaiveDateTime,
}

/// What screeners found about an application's double-funding signals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingRecord {
    pub id: Uuid,
    pub application_id: Uuid,
    pub finding: Finding,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

/// Records a finding (append-only: the latest counts).
pub fn record_finding(conn: &mut DbConn, f: &FindingRecord) -> Result<(), StoreError> {
    diesel::insert_into(double_funding_findings::table)
        .values(FindingRow {
            id: f.id.to_string(),
            application_id: f.application_id.to_string(),
            finding: f.finding.as_str().to_owned(),
            note: f.note.clone(),
            recorded_by: f.recorded_by.clone(),
            recorded_at: f.recorded_at.naive_utc(),
        })
        .execute(conn)?;
    Ok(())
}

/// An application's findings, oldest first.
pub fn findings_of(conn: &mut DbConn, application: Uuid) -> Result<Vec<FindingRecord>, StoreError> {
    double_funding_findings::table
        .filter(double_funding_findings::application_id.eq(application.to_string()))
        .order((
            double_funding_findings::recorded_at.asc(),
            double_funding_findings::id.asc(),
        ))
        .select(FindingRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|r| {
            Ok(FindingRecord {
                id: uuid(&r.id)?,
                application_id: uuid(&r.application_id)?,
                finding: enumerated(&r.finding)?,
                note: r.note,
                recorded_by: r.recorded_by,
                recorded_at: r.recorded_at.and_utc(),
            })
        })
        .collect()
}

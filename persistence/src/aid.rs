//! State aid across calls (issue #15): the regulations a call's aid relies on, as data.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::aid::{known_regulations, Regulation};
use grantdesk_domain::Money;

use crate::db::DbConn;
use crate::mapping::{corrupt, enumerated, money};
use crate::schema::aid_regulations;
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

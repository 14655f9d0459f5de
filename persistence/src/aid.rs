//! State aid across calls (issue #15): the regulations a call's aid relies on, as data, and the
//! awards a single undertaking received here.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::aid::{known_regulations, Declaration, Ended, Regulation};
use grantdesk_domain::double_funding::Finding;
use grantdesk_domain::ApplicationStatus;
use grantdesk_domain::Money;
use uuid::Uuid;

use crate::db::{one_of, DbConn};
use crate::mapping::{corrupt, enumerated, money, uuid};
use crate::schema::{aid_awards, aid_regulations, applications, double_funding_findings};
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

/// The regulation with `code`, if the installation has it.
pub fn regulation(conn: &mut DbConn, code: &str) -> Result<Option<RegulationRecord>, StoreError> {
    aid_regulations::table
        .find(code)
        .select(RegulationRow::as_select())
        .first(conn)
        .optional()?
        .map(RegulationRecord::try_from)
        .transpose()
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = aid_awards)]
struct AidAwardRow {
    id: String,
    organisation_id: String,
    application_id: String,
    call_id: String,
    regulation: String,
    award_day: NaiveDate,
    amount_cents: i64,
    made_by: String,
    made_at: NaiveDateTime,
    ended_at: Option<NaiveDateTime>,
    ended_because: Option<String>,
}

/// An award the de minimis ceiling counts (table `aid_awards`): held in a call whose aid
/// regime has a ceiling, counted from `award_day` (a Brussels date) until it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedAward {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub application_id: Uuid,
    pub call_id: Uuid,
    pub regulation: String,
    pub award_day: NaiveDate,
    pub amount: Money,
    pub made_by: String,
    pub made_at: DateTime<Utc>,
    /// When and why it stopped counting.
    pub ended: Option<(DateTime<Utc>, Ended)>,
}

impl TryFrom<AidAwardRow> for CountedAward {
    type Error = StoreError;
    fn try_from(r: AidAwardRow) -> Result<Self, StoreError> {
        Ok(CountedAward {
            id: uuid(&r.id)?,
            organisation_id: uuid(&r.organisation_id)?,
            application_id: uuid(&r.application_id)?,
            call_id: uuid(&r.call_id)?,
            regulation: r.regulation,
            award_day: r.award_day,
            amount: money(r.amount_cents)?,
            made_by: r.made_by,
            made_at: r.made_at.and_utc(),
            ended: match (r.ended_at, r.ended_because) {
                (Some(at), Some(because)) => Some((at.and_utc(), enumerated(&because)?)),
                (None, None) => None,
                _ => {
                    return Err(corrupt(
                        "an end without its reason, or a reason without its end",
                    ))
                }
            },
        })
    }
}

/// Counts an award (open). `Conflict` when the application has an open one (the caller ends it
/// first, in the same transaction).
pub fn insert_counted(conn: &mut DbConn, a: &CountedAward) -> Result<(), StoreError> {
    let row = AidAwardRow {
        id: a.id.to_string(),
        organisation_id: a.organisation_id.to_string(),
        application_id: a.application_id.to_string(),
        call_id: a.call_id.to_string(),
        regulation: a.regulation.clone(),
        award_day: a.award_day,
        amount_cents: a.amount.cents(),
        made_by: a.made_by.clone(),
        made_at: a.made_at.naive_utc(),
        ended_at: None,
        ended_because: None,
    };
    diesel::insert_into(aid_awards::table)
        .values(&row)
        .execute(conn)?;
    Ok(())
}

/// Ends the application's open counted award, if it has one (an update guarded on its being
/// open); answers it as it was.
pub fn end_counted(
    conn: &mut DbConn,
    application: Uuid,
    because: Ended,
    at: DateTime<Utc>,
) -> Result<Option<CountedAward>, StoreError> {
    let Some(open) = open_counted(conn, application)? else {
        return Ok(None);
    };
    let changed = diesel::update(
        aid_awards::table
            .filter(aid_awards::id.eq(open.id.to_string()))
            .filter(aid_awards::ended_at.is_null()),
    )
    .set((
        aid_awards::ended_at.eq(Some(at.naive_utc())),
        aid_awards::ended_because.eq(Some(because.as_str())),
    ))
    .execute(conn)?;
    Ok((changed == 1).then_some(open))
}

/// The application's open counted award.
pub fn open_counted(
    conn: &mut DbConn,
    application: Uuid,
) -> Result<Option<CountedAward>, StoreError> {
    aid_awards::table
        .filter(aid_awards::application_id.eq(application.to_string()))
        .filter(aid_awards::ended_at.is_null())
        .select(AidAwardRow::as_select())
        .first(conn)
        .optional()?
        .map(CountedAward::try_from)
        .transpose()
}

/// The open counted awards of `organisations` on the days `from` to `to` (both included),
/// oldest first: read by (organisation, day) on an index of the open rows.
pub fn counted_in(
    conn: &mut DbConn,
    organisations: &BTreeSet<Uuid>,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<Vec<CountedAward>, StoreError> {
    let ids: Vec<String> = organisations.iter().map(Uuid::to_string).collect();
    aid_awards::table
        .filter(one_of(aid_awards::organisation_id, ids))
        .filter(aid_awards::ended_at.is_null())
        .filter(aid_awards::award_day.between(from, to))
        .order((aid_awards::award_day.asc(), aid_awards::made_at.asc()))
        .select(AidAwardRow::as_select())
        .load(conn)?
        .into_iter()
        .map(CountedAward::try_from)
        .collect()
}

/// The de minimis aid `organisations` declared in their applications that left the draft stage
/// (frozen in a receipt), each with the member that declared it.
pub fn declarations_of(
    conn: &mut DbConn,
    organisations: &BTreeSet<Uuid>,
) -> Result<Vec<(Uuid, Declaration)>, StoreError> {
    #[derive(serde::Deserialize)]
    struct Declared {
        #[serde(default)]
        aid_declarations: Option<Vec<Declaration>>,
    }
    let ids: Vec<String> = organisations.iter().map(Uuid::to_string).collect();
    let rows: Vec<(String, String)> = applications::table
        .filter(one_of(applications::lead_organisation_id, ids))
        .filter(applications::status.ne(ApplicationStatus::Draft.as_str()))
        .select((applications::lead_organisation_id, applications::content))
        .load(conn)?;
    let mut out = Vec::new();
    for (org, content) in rows {
        let org = uuid(&org)?;
        let declared: Declared = crate::mapping::json(&content)?;
        out.extend(
            declared
                .aid_declarations
                .into_iter()
                .flatten()
                .map(|d| (org, d)),
        );
    }
    Ok(out)
}

/// Takes the aid lock of each of `organisations` until the transaction ends, in their order
/// (PostgreSQL: a transaction-level advisory lock per organisation; SQLite's write transaction
/// holds the database already). Two awards to members of one single undertaking, in any calls
/// and server processes, are checked one after the other: the second sees the first's row.
/// Answers whether locks were taken after the caller's reads began, so that what it read
/// before them may have changed while it waited (PostgreSQL); on SQLite nothing else writes
/// during the transaction, so it answers false.
pub fn lock_undertaking(
    conn: &mut DbConn,
    organisations: &BTreeSet<Uuid>,
) -> Result<bool, StoreError> {
    for org in organisations {
        crate::db::pg_row_lock(
            conn,
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            &format!("aid:{org}"),
        )?;
    }
    Ok(matches!(conn, DbConn::Pg(_)))
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

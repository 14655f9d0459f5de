//! Calls, their gate evidence and their deadline history.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{
    parse_zone, BudgetArticle, BudgetYear, Call, CallStatus, Deadline, DeadlineChange,
    GateEvidence, Track, Verdict,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{corrupt, enumerated, json, money, uuid};
use crate::schema::{calls, deadline_changes, gate_evidence, receipt_counters};
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = calls, treat_none_as_null = true)]
struct CallRow {
    id: String,
    reference: String,
    title: String,
    description: String,
    policy_link: Option<String>,
    budget_cents: i64,
    article: String,
    budget_year: i32,
    cap_per_project_cents: Option<i64>,
    tracks: String,
    deadline_at: NaiveDateTime,
    time_zone: String,
    start_date: NaiveDate,
    status: String,
    cancelled_reason: Option<String>,
    created_by: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    version: i32,
    questions: String,
    attachment_kinds: String,
    criteria: String,
    payment_schedule: String,
    grant_months: i32,
    after_decision: String,
    aid: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = gate_evidence)]
struct GateRow {
    id: String,
    call_id: String,
    seq: i32,
    gate: String,
    reference: String,
    decided_on: NaiveDate,
    verdict: String,
    recorded_by: String,
    recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = deadline_changes)]
struct DeadlineRow {
    id: String,
    call_id: String,
    seq: i32,
    previous_at: Option<NaiveDateTime>,
    deadline_at: NaiveDateTime,
    time_zone: String,
    reason: String,
    changed_by: String,
    changed_at: NaiveDateTime,
}

/// The tracks column: the call's tracks as JSON (they are part of the call's definition and
/// only change while it is a draft).
#[derive(Serialize, Deserialize)]
struct TrackJson {
    number: u8,
    name: String,
    budget_cents: Option<i64>,
}

/// A call as stored: the aggregate plus what saving it needs to know.
#[derive(Debug, Clone)]
pub struct CallRecord {
    pub call: Call,
    /// Optimistic concurrency: a save only succeeds on the version it was loaded at.
    pub version: i32,
    pub created_by: String,
    stored_gates: usize,
    stored_deadlines: usize,
}

fn to_row(
    call: &Call,
    created_by: &str,
    version: i32,
    now: DateTime<Utc>,
) -> Result<CallRow, StoreError> {
    let tracks = call
        .tracks
        .iter()
        .map(|t| TrackJson {
            number: t.number,
            name: t.name.clone(),
            budget_cents: t.budget.map(|b| b.cents()),
        })
        .collect::<Vec<_>>();
    Ok(CallRow {
        id: call.id.to_string(),
        reference: call.reference.clone(),
        title: call.title.clone(),
        description: call.description.clone(),
        policy_link: call.policy_link.clone(),
        budget_cents: call.budget.cents(),
        article: call.article.as_str().to_owned(),
        budget_year: call.budget_year.value(),
        cap_per_project_cents: call.cap_per_project.map(|c| c.cents()),
        tracks: serde_json::to_string(&tracks).map_err(corrupt)?,
        deadline_at: call.deadline.instant().naive_utc(),
        time_zone: call.deadline.zone().name().to_owned(),
        start_date: call.start_date,
        status: call.status.as_str().to_owned(),
        cancelled_reason: call.cancelled_reason.clone(),
        created_by: created_by.to_owned(),
        created_at: call.created_at.naive_utc(),
        updated_at: now.naive_utc(),
        version,
        questions: serde_json::to_string(&call.questions).map_err(corrupt)?,
        attachment_kinds: serde_json::to_string(&call.attachment_kinds).map_err(corrupt)?,
        criteria: serde_json::to_string(&call.criteria).map_err(corrupt)?,
        payment_schedule: serde_json::to_string(&call.payment_schedule).map_err(corrupt)?,
        grant_months: i32::try_from(call.grant_months).map_err(corrupt)?,
        after_decision: serde_json::to_string(&call.after_decision).map_err(corrupt)?,
        aid: serde_json::to_string(&call.aid).map_err(corrupt)?,
    })
}

fn from_rows(
    row: CallRow,
    gates: Vec<GateRow>,
    deadlines: Vec<DeadlineRow>,
) -> Result<CallRecord, StoreError> {
    let zone = parse_zone(&row.time_zone).map_err(corrupt)?;
    let tracks: Vec<TrackJson> = json(&row.tracks)?;
    let tracks = tracks
        .into_iter()
        .map(|t| {
            Ok(Track {
                number: t.number,
                name: t.name,
                budget: t.budget_cents.map(money).transpose()?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let gates = gates
        .into_iter()
        .map(|g| {
            Ok(GateEvidence {
                gate: enumerated(&g.gate)?,
                reference: g.reference,
                date: g.decided_on,
                verdict: match g.verdict.as_str() {
                    "favourable" => Verdict::Favourable,
                    "unfavourable" => Verdict::Unfavourable,
                    other => return Err(corrupt(format!("verdict {other}"))),
                },
                recorded_by: g.recorded_by,
                recorded_at: g.recorded_at.and_utc(),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let deadline_history = deadlines
        .into_iter()
        .map(|d| {
            let zone = parse_zone(&d.time_zone).map_err(corrupt)?;
            Ok(DeadlineChange {
                previous: d
                    .previous_at
                    .map(|p| Deadline::from_instant(p.and_utc(), zone)),
                deadline: Deadline::from_instant(d.deadline_at.and_utc(), zone),
                reason: d.reason,
                changed_by: d.changed_by,
                changed_at: d.changed_at.and_utc(),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let stored_gates = gates.len();
    let stored_deadlines = deadline_history.len();
    let call = Call {
        id: uuid(&row.id)?,
        reference: row.reference,
        title: row.title,
        description: row.description,
        policy_link: row.policy_link,
        budget: money(row.budget_cents)?,
        article: enumerated(&row.article)?,
        budget_year: BudgetYear::new(row.budget_year).map_err(corrupt)?,
        cap_per_project: row.cap_per_project_cents.map(money).transpose()?,
        tracks,
        deadline: Deadline::from_instant(row.deadline_at.and_utc(), zone),
        start_date: row.start_date,
        status: enumerated(&row.status)?,
        gates,
        deadline_history,
        created_at: row.created_at.and_utc(),
        cancelled_reason: row.cancelled_reason,
        questions: json(&row.questions)?,
        attachment_kinds: json(&row.attachment_kinds)?,
        criteria: json(&row.criteria)?,
        payment_schedule: json(&row.payment_schedule)?,
        grant_months: u32::try_from(row.grant_months).map_err(corrupt)?,
        after_decision: json(&row.after_decision)?,
        aid: json(&row.aid)?,
    };
    Ok(CallRecord {
        call,
        version: row.version,
        created_by: row.created_by,
        stored_gates,
        stored_deadlines,
    })
}

/// Stores a new call with its initial history. `Conflict` when the reference is taken.
pub fn insert(
    conn: &mut DbConn,
    call: &Call,
    created_by: &str,
    now: DateTime<Utc>,
) -> Result<CallRecord, StoreError> {
    let row = to_row(call, created_by, 1, now)?;
    diesel::insert_into(calls::table)
        .values(&row)
        .execute(conn)
        .map_err(|e| match StoreError::from(e) {
            StoreError::Conflict(_) => StoreError::Conflict(format!(
                "a call with reference {} already exists",
                call.reference
            )),
            other => other,
        })?;
    diesel::insert_into(receipt_counters::table)
        .values(receipt_counters::call_id.eq(call.id.to_string()))
        .execute(conn)?;
    crate::applications::create_receipt_sequence(conn, call.id)?;
    let mut record = CallRecord {
        call: call.clone(),
        version: 1,
        created_by: created_by.to_owned(),
        stored_gates: 0,
        stored_deadlines: 0,
    };
    append_history(conn, &mut record)?;
    Ok(record)
}

/// Locks the call's row for a change of its state that decisions must not overlap (finalising
/// the selection, cancelling): taken before loading the call, it waits for the decisions in
/// flight (they hold it shared, see [`lock_shared_for_application`]) and makes the next ones
/// wait and then see the new state. PostgreSQL only; SQLite's writers hold the database.
pub fn lock(conn: &mut DbConn, id: Uuid) -> Result<(), StoreError> {
    crate::db::pg_row_lock(
        conn,
        "SELECT id FROM calls WHERE id = $1 FOR UPDATE",
        &id.to_string(),
    )
}

/// Locks the call of an application shared, for a write that depends on the call staying in
/// its state (a decision holding an award while the call is in assessment): decisions do not
/// wait for each other here, but finalising or cancelling ([`lock`]) waits for them, and they
/// for it. Taken before anything of the call or the application is read.
pub fn lock_shared_for_application(conn: &mut DbConn, application: Uuid) -> Result<(), StoreError> {
    crate::db::pg_row_lock(
        conn,
        "SELECT id FROM calls WHERE id = (SELECT call_id FROM applications WHERE id = $1) FOR SHARE",
        &application.to_string(),
    )
}

/// Saves a changed call: the row (only if nobody saved it since it was loaded, else
/// `Conflict`) and the gate evidence and deadline changes added since.
pub fn save(
    conn: &mut DbConn,
    record: &mut CallRecord,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = to_row(&record.call, &record.created_by, record.version + 1, now)?;
    let updated = diesel::update(
        calls::table
            .filter(calls::id.eq(&row.id))
            .filter(calls::version.eq(record.version)),
    )
    .set(&row)
    .execute(conn)?;
    if updated != 1 {
        return Err(StoreError::Conflict(
            "the call was changed by someone else at the same time; reload it and try again".into(),
        ));
    }
    record.version += 1;
    append_history(conn, record)
}

fn append_history(conn: &mut DbConn, record: &mut CallRecord) -> Result<(), StoreError> {
    let call_id = record.call.id.to_string();
    let gates: Vec<GateRow> = record.call.gates[record.stored_gates..]
        .iter()
        .enumerate()
        .map(|(i, g)| GateRow {
            id: Uuid::new_v4().to_string(),
            call_id: call_id.clone(),
            seq: (record.stored_gates + i) as i32,
            gate: g.gate.as_str().to_owned(),
            reference: g.reference.clone(),
            decided_on: g.date,
            verdict: match g.verdict {
                Verdict::Favourable => "favourable".into(),
                Verdict::Unfavourable => "unfavourable".into(),
            },
            recorded_by: g.recorded_by.clone(),
            recorded_at: g.recorded_at.naive_utc(),
        })
        .collect();
    for g in &gates {
        diesel::insert_into(gate_evidence::table)
            .values(g)
            .execute(conn)?;
    }
    let deadlines: Vec<DeadlineRow> = record.call.deadline_history[record.stored_deadlines..]
        .iter()
        .enumerate()
        .map(|(i, d)| DeadlineRow {
            id: Uuid::new_v4().to_string(),
            call_id: call_id.clone(),
            seq: (record.stored_deadlines + i) as i32,
            previous_at: d.previous.map(|p| p.instant().naive_utc()),
            deadline_at: d.deadline.instant().naive_utc(),
            time_zone: d.deadline.zone().name().to_owned(),
            reason: d.reason.clone(),
            changed_by: d.changed_by.clone(),
            changed_at: d.changed_at.naive_utc(),
        })
        .collect();
    for d in &deadlines {
        diesel::insert_into(deadline_changes::table)
            .values(d)
            .execute(conn)?;
    }
    record.stored_gates = record.call.gates.len();
    record.stored_deadlines = record.call.deadline_history.len();
    Ok(())
}

/// Loads one call with its history.
pub fn find(conn: &mut DbConn, id: Uuid) -> Result<CallRecord, StoreError> {
    let row = calls::table
        .find(id.to_string())
        .select(CallRow::as_select())
        .first(conn)?;
    let (gates, deadlines) = history(conn, &row.id)?;
    from_rows(row, gates, deadlines)
}

/// A call's history (gate evidence, deadline changes) as read at one version of its row.
type History = (Vec<GateRow>, Vec<DeadlineRow>);

/// The history of each call as last read, with the version of the call's row it was read at.
///
/// A call's history only grows in the transaction that saves its row with the next version
/// ([`insert`] at version 1, [`save`] at each next one; nothing else writes those tables, and
/// no row of them is ever changed or deleted). So the history that goes with a version of the
/// row is fixed once that version is committed, and a transaction that reads the row at a
/// version it finds here needs no second statement for the history ([`find_with_cache`]).
/// Held per database (by the server's state), never across databases: two databases can hold a
/// call with the same id and version (the seeded reference call) but not the same history.
#[derive(Debug, Default)]
pub struct HistoryCache {
    latest: std::sync::Mutex<std::collections::HashMap<String, (i32, Arc<History>)>>,
}

/// At most this many calls' histories are kept (a call is a few hundred bytes of history; a
/// funder runs tens of calls a year). Past it, the cache starts again empty.
const HISTORY_CACHE_CALLS: usize = 4096;

impl HistoryCache {
    fn get(&self, call_id: &str, version: i32) -> Option<Arc<History>> {
        let latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
        latest
            .get(call_id)
            .filter(|(at, _)| *at == version)
            .map(|(_, history)| history.clone())
    }

    fn put(&self, call_id: &str, version: i32, history: Arc<History>) {
        let mut latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
        if latest.len() >= HISTORY_CACHE_CALLS && !latest.contains_key(call_id) {
            latest.clear();
        }
        // never replaces a newer version with an older one (a slower reader of an older row)
        if latest.get(call_id).is_none_or(|(at, _)| *at <= version) {
            latest.insert(call_id.to_owned(), (version, history));
        }
    }
}

/// Loads one call with its history, the history from `cache` when it was read there at the
/// version of the row this reads: one statement instead of two on a hit.
///
/// Only for a transaction that has not itself written the call: what it reads is then what
/// was committed, and only that may be remembered (a version this transaction saved could still
/// be rolled back and saved again with another history). On a miss the row and the history are
/// two statements, as in [`find`]: on PostgreSQL a save committed between them pairs the older
/// row with the newer history there too, and the cache keeps that pair only until a reader
/// meets the row's next version.
pub fn find_with_cache(
    conn: &mut DbConn,
    id: Uuid,
    cache: &HistoryCache,
) -> Result<CallRecord, StoreError> {
    let row = calls::table
        .find(id.to_string())
        .select(CallRow::as_select())
        .first(conn)?;
    let history = match cache.get(&row.id, row.version) {
        Some(history) => history,
        None => {
            let read = Arc::new(history(conn, &row.id)?);
            cache.put(&row.id, row.version, read.clone());
            read
        }
    };
    let (gates, deadlines) = History::clone(&history);
    from_rows(row, gates, deadlines)
}

/// A gate evidence or a deadline change, in the shape both take in [`history`]'s statement:
/// (0 for a gate, 1 for a deadline change; id, call, seq; the gate's gate, reference, date and
/// verdict; the change's previous and new deadline, zone and reason; by whom, when).
type HistoryRow = (
    i32,
    String,
    String,
    i32,
    Option<String>,
    Option<String>,
    Option<NaiveDate>,
    Option<String>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<String>,
    Option<String>,
    String,
    NaiveDateTime,
);

/// A call's gate evidence and deadline changes, each in `seq` order, in one statement (`UNION
/// ALL` of both tables in one shape): every submission loads its call, so this is one round
/// trip rather than two in each submission's write transaction. `=` rather than the listing's
/// `IN (...)`: diesel keeps a prepared statement only for a query of fixed shape.
fn history(conn: &mut DbConn, call_id: &str) -> Result<History, StoreError> {
    use diesel::sql_types::{Date, Integer, Nullable, Text, Timestamp};
    let none_text = || None::<String>.into_sql::<Nullable<Text>>();
    let none_at = || None::<NaiveDateTime>.into_sql::<Nullable<Timestamp>>();
    let gates = gate_evidence::table
        .filter(gate_evidence::call_id.eq(call_id))
        .select((
            0.into_sql::<Integer>(),
            gate_evidence::id,
            gate_evidence::call_id,
            gate_evidence::seq,
            gate_evidence::gate.nullable(),
            gate_evidence::reference.nullable(),
            gate_evidence::decided_on.nullable(),
            gate_evidence::verdict.nullable(),
            none_at(),
            none_at(),
            none_text(),
            none_text(),
            gate_evidence::recorded_by,
            gate_evidence::recorded_at,
        ));
    let deadlines = deadline_changes::table
        .filter(deadline_changes::call_id.eq(call_id))
        .select((
            1.into_sql::<Integer>(),
            deadline_changes::id,
            deadline_changes::call_id,
            deadline_changes::seq,
            none_text(),
            none_text(),
            None::<NaiveDate>.into_sql::<Nullable<Date>>(),
            none_text(),
            deadline_changes::previous_at,
            deadline_changes::deadline_at.nullable(),
            deadline_changes::time_zone.nullable(),
            deadline_changes::reason.nullable(),
            deadline_changes::changed_by,
            deadline_changes::changed_at,
        ));
    // diesel writes `UNION ALL` for each backend, not for the two at once
    let both = gates.union_all(deadlines);
    let mut rows: Vec<HistoryRow> = match conn {
        DbConn::Pg(pg) => both.load(pg)?,
        DbConn::Sqlite(sqlite) => both.load(sqlite)?,
    };
    rows.sort_by_key(|r| (r.0, r.3));
    let missing = |what: &str| StoreError::Corrupt(format!("a call's history row has no {what}"));
    let (mut gates, mut changes) = (Vec::new(), Vec::new());
    for r in rows {
        let (kind, id, call_id, seq, by, at) = (r.0, r.1, r.2, r.3, r.12, r.13);
        if kind == 0 {
            gates.push(GateRow {
                id,
                call_id,
                seq,
                gate: r.4.ok_or_else(|| missing("gate"))?,
                reference: r.5.ok_or_else(|| missing("reference"))?,
                decided_on: r.6.ok_or_else(|| missing("date"))?,
                verdict: r.7.ok_or_else(|| missing("verdict"))?,
                recorded_by: by,
                recorded_at: at,
            });
        } else {
            changes.push(DeadlineRow {
                id,
                call_id,
                seq,
                previous_at: r.8,
                deadline_at: r.9.ok_or_else(|| missing("deadline"))?,
                time_zone: r.10.ok_or_else(|| missing("time zone"))?,
                reason: r.11.ok_or_else(|| missing("reason"))?,
                changed_by: by,
                changed_at: at,
            });
        }
    }
    Ok((gates, changes))
}

fn load_with_history(conn: &mut DbConn, rows: Vec<CallRow>) -> Result<Vec<CallRecord>, StoreError> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut gates: Vec<GateRow> = gate_evidence::table
        .filter(gate_evidence::call_id.eq_any(&ids))
        .order((gate_evidence::call_id, gate_evidence::seq))
        .select(GateRow::as_select())
        .load(conn)?;
    let mut deadlines: Vec<DeadlineRow> = deadline_changes::table
        .filter(deadline_changes::call_id.eq_any(&ids))
        .order((deadline_changes::call_id, deadline_changes::seq))
        .select(DeadlineRow::as_select())
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let (mine, rest): (Vec<_>, Vec<_>) = gates.drain(..).partition(|g| g.call_id == row.id);
            gates = rest;
            let (my_deadlines, rest): (Vec<_>, Vec<_>) =
                deadlines.drain(..).partition(|d| d.call_id == row.id);
            deadlines = rest;
            from_rows(row, mine, my_deadlines)
        })
        .collect()
}

/// Which calls a listing may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Calls from `open` on (the published ones).
    Published,
    /// Every call, drafts included (staff).
    All,
}

/// Filters for listing calls. `status` is the effective status at `now` (an open call whose
/// deadline has passed is `closed`).
#[derive(Debug, Clone)]
pub struct CallFilter {
    pub visibility: Visibility,
    pub status: Option<CallStatus>,
    pub article: Option<BudgetArticle>,
    pub budget_year: Option<BudgetYear>,
    /// Case-insensitive substring of the title or reference.
    pub text: Option<String>,
    pub now: DateTime<Utc>,
}

/// Calls matching `filter`, newest deadline first, with the total count.
pub fn list(
    conn: &mut DbConn,
    filter: &CallFilter,
    offset: i64,
    limit: i64,
) -> Result<(Vec<CallRecord>, i64), StoreError> {
    let now = filter.now.naive_utc();
    let build = || {
        let mut q = calls::table.into_boxed();
        if filter.visibility == Visibility::Published {
            let unpublished: Vec<&str> = CallStatus::ALL
                .into_iter()
                .filter(|s| !s.is_published())
                .map(CallStatus::as_str)
                .collect();
            q = q.filter(calls::status.ne_all(unpublished));
        }
        match filter.status {
            Some(CallStatus::Open) => {
                q = q
                    .filter(calls::status.eq("open"))
                    .filter(calls::deadline_at.gt(now))
            }
            Some(CallStatus::Closed) => {
                q = q.filter(
                    calls::status
                        .eq("closed")
                        .or(calls::status.eq("open").and(calls::deadline_at.le(now))),
                )
            }
            Some(other) => q = q.filter(calls::status.eq(other.as_str())),
            None => {}
        }
        if let Some(a) = &filter.article {
            q = q.filter(calls::article.eq(a.as_str().to_owned()));
        }
        if let Some(y) = filter.budget_year {
            q = q.filter(calls::budget_year.eq(y.value()));
        }
        if let Some(t) = &filter.text {
            let pattern = format!("%{}%", t.to_lowercase().replace(['%', '_'], ""));
            q = q.filter(
                diesel::dsl::sql::<diesel::sql_types::Bool>("(LOWER(title) LIKE ")
                    .bind::<diesel::sql_types::Text, _>(pattern.clone())
                    .sql(" OR LOWER(reference) LIKE ")
                    .bind::<diesel::sql_types::Text, _>(pattern)
                    .sql(")"),
            );
        }
        q
    };
    let total: i64 = build().count().get_result(conn)?;
    let rows = build()
        .select(CallRow::as_select())
        .order((calls::deadline_at.desc(), calls::reference.asc()))
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    Ok((load_with_history(conn, rows)?, total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::{db_under_test, record_statements};
    use grantdesk_domain::{CallDraft, TrackDraft};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// The call's history comes from the cache while the row is at the version it was read at
    /// (one statement), and is read again once a save moved the row on: the loaded call is the
    /// one `find` loads, every time.
    #[test]
    fn a_call_s_history_is_read_once_per_version_of_its_row() {
        let dir = tempfile::tempdir().unwrap();
        let db = db_under_test(&dir);
        db.migrate().unwrap();
        let id = Uuid::new_v4();
        let draft = CallDraft::exp23_for_tests(vec![TrackDraft {
            name: "one-to-one support".into(),
            budget: None,
        }]);
        let call = Call::create(id, draft, "admin", at("2023-06-01T09:00:00Z")).unwrap();
        db.write(|c| insert(c, &call, "admin", at("2023-06-01T09:00:00Z")))
            .unwrap();
        let cache = HistoryCache::default();
        let load = |cache: &HistoryCache| {
            db.write(|c| {
                let seen = record_statements(c);
                let cached = find_with_cache(c, id, cache)?;
                let statements = seen.lock().unwrap().len();
                let plain = find(c, id)?;
                Ok::<_, StoreError>((cached, plain, statements))
            })
            .unwrap()
        };
        let (first, plain, statements) = load(&cache);
        assert_eq!(statements, 2, "a miss reads the row and the history");
        assert_eq!(first.call, plain.call);
        assert_eq!(first.call.deadline_history.len(), 1);
        let (again, plain, statements) = load(&cache);
        assert_eq!(statements, 1, "a hit reads the row only");
        assert_eq!(again.call, plain.call);
        // a draft edit that moves the deadline adds to the history, with the row's next version
        let mut record = again;
        let mut edited = record.call.to_draft();
        edited.deadline =
            Deadline::parse("2023-09-05T10:00", parse_zone("Europe/Brussels").unwrap()).unwrap();
        record
            .call
            .edit(edited, "admin", at("2023-06-05T09:00:00Z"))
            .unwrap();
        db.write(|c| save(c, &mut record, at("2023-06-05T09:00:00Z")))
            .unwrap();
        let (moved, plain, statements) = load(&cache);
        assert_eq!(
            statements, 2,
            "the row's next version reads its history again"
        );
        assert_eq!(moved.call, plain.call);
        assert_eq!(moved.call.deadline_history.len(), 2);
        assert_eq!(moved.call.deadline_history[1].reason, "edited in draft");
        let (_, _, statements) = load(&cache);
        assert_eq!(statements, 1);
        // a slower reader that still saw the older row does not put its history back
        cache.put(&id.to_string(), 1, Arc::new((Vec::new(), Vec::new())));
        assert!(cache.get(&id.to_string(), 1).is_none());
        assert!(cache.get(&id.to_string(), 2).is_some());
    }
}

//! The audit trail: one append-only record per change (actor, instant, action, target,
//! before/after), chained: each record holds the SHA-256 of the previous record's hash and its
//! own content, so changing, removing or reordering any record breaks every link after it.
//!
//! Appending takes the head row (`audit_head`) with an `UPDATE`, the one lock all appends
//! meet at, so the chain order is the commit order on both backends.

use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::{cached_insert, cached_update, DbConn};
use crate::mapping::uuid;
use crate::schema::{audit_head, audit_log};
use crate::StoreError;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_log)]
struct AuditRow {
    id: String,
    at: NaiveDateTime,
    actor: String,
    action: String,
    target_type: String,
    target_id: String,
    before_json: Option<String>,
    after_json: Option<String>,
    chain_seq: Option<i64>,
    prev_hash: Option<String>,
    hash: Option<String>,
}

/// The hash of a record: SHA-256 over the previous hash and the record's fields, each on its
/// own line (lengths prefixed, so no field can run into the next).
fn link_hash(prev: &str, r: &AuditRow) -> String {
    let mut h = Sha256::new();
    let fields: [&str; 10] = [
        prev,
        &r.chain_seq.unwrap_or_default().to_string(),
        &r.id,
        &r.at
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        &r.actor,
        &r.action,
        &r.target_type,
        &r.target_id,
        r.before_json.as_deref().unwrap_or("null"),
        r.after_json.as_deref().unwrap_or("null"),
    ];
    for f in fields {
        h.update(f.len().to_string().as_bytes());
        h.update(b":");
        h.update(f.as_bytes());
        h.update(b"\n");
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// One audit record.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Appends one record, inside the caller's transaction (so it commits with the change).
pub fn record(
    conn: &mut DbConn,
    actor: &str,
    action: &str,
    target: (&str, &str),
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let head = take_head(conn)?;
    append(conn, head, actor, action, target, before, after, now)
}

/// The chain's head, taken (row-locked) by this transaction until it commits: the place of the
/// next record. Taking it is the last lock wait of a write that appends a record, so a write
/// whose rules depend on the instant (a call's deadline) takes the head first, then reads the
/// clock, then [`append`]s.
#[derive(Debug)]
#[must_use = "a taken head is for appending the record"]
pub struct Head {
    seq: i64,
    prev: String,
}

/// Takes the head: this row lock orders every append (the chain order is the commit order).
pub fn take_head(conn: &mut DbConn) -> Result<Head, StoreError> {
    cached_update(
        audit_head::table,
        audit_head::chain_seq.eq(audit_head::chain_seq + 1),
        audit_head::id.eq(1),
    )
    .execute(conn)?;
    let (seq, prev): (i64, String) = audit_head::table
        .find(1)
        .select((audit_head::chain_seq, audit_head::hash))
        .first(conn)?;
    Ok(Head { seq, prev })
}

/// Appends one record at the head taken by [`take_head`] in the same transaction.
#[allow(clippy::too_many_arguments)]
pub fn append(
    conn: &mut DbConn,
    head: Head,
    actor: &str,
    action: &str,
    target: (&str, &str),
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let Head { seq, prev } = head;
    let mut row = AuditRow {
        id: Uuid::new_v4().to_string(),
        // what both databases store exactly, so that the hash is over what is read back
        at: now.trunc_subsecs(6).naive_utc(),
        actor: actor.to_owned(),
        action: action.to_owned(),
        target_type: target.0.to_owned(),
        target_id: target.1.to_owned(),
        before_json: before.map(|v| v.to_string()),
        after_json: after.map(|v| v.to_string()),
        chain_seq: Some(seq),
        prev_hash: Some(prev.clone()),
        hash: None,
    };
    let hash = link_hash(&prev, &row);
    row.hash = Some(hash.clone());
    use diesel::sql_types::{BigInt, Nullable, Text, Timestamp};
    cached_insert(
        audit_log::table,
        &[
            "id",
            "at",
            "actor",
            "action",
            "target_type",
            "target_id",
            "before_json",
            "after_json",
            "chain_seq",
            "prev_hash",
            "hash",
        ],
        (
            (&row.id).into_sql::<Text>(),
            (&row.at).into_sql::<Timestamp>(),
            (&row.actor).into_sql::<Text>(),
            (&row.action).into_sql::<Text>(),
            (&row.target_type).into_sql::<Text>(),
            (&row.target_id).into_sql::<Text>(),
            (&row.before_json).into_sql::<Nullable<Text>>(),
            (&row.after_json).into_sql::<Nullable<Text>>(),
            (&row.chain_seq).into_sql::<Nullable<BigInt>>(),
            (&row.prev_hash).into_sql::<Nullable<Text>>(),
            (&row.hash).into_sql::<Nullable<Text>>(),
        ),
    )
    .execute(conn)?;
    cached_update(
        audit_head::table,
        audit_head::hash.eq(hash),
        audit_head::id.eq(1),
    )
    .execute(conn)?;
    Ok(())
}

/// The outcome of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verification {
    /// Chained records checked.
    pub checked: i64,
    /// Records written before the chain began (not covered).
    pub unchained: i64,
    /// The first record whose link does not hold, if any.
    pub first_broken: Option<BrokenLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BrokenLink {
    pub chain_seq: i64,
    pub id: String,
    /// What is wrong: its hash does not match its content, it does not follow the previous
    /// record, or a record is missing before it.
    pub reason: String,
}

/// Walks the chain from the genesis hash, in batches; stops at the first broken link. The
/// head must agree with the last record.
pub fn verify(conn: &mut DbConn) -> Result<Verification, StoreError> {
    const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
    const BATCH: i64 = 5_000;
    let unchained: i64 = audit_log::table
        .filter(audit_log::chain_seq.is_null())
        .count()
        .get_result(conn)?;
    let mut prev = GENESIS.to_owned();
    let mut expected_seq = 1i64;
    let mut checked = 0i64;
    loop {
        let rows: Vec<AuditRow> = audit_log::table
            .filter(audit_log::chain_seq.ge(expected_seq))
            .order(audit_log::chain_seq.asc())
            .limit(BATCH)
            .select(AuditRow::as_select())
            .load(conn)?;
        if rows.is_empty() {
            break;
        }
        for r in rows {
            let seq = r.chain_seq.unwrap_or_default();
            let broken = |reason: &str| {
                Some(BrokenLink {
                    chain_seq: seq,
                    id: r.id.clone(),
                    reason: reason.to_owned(),
                })
            };
            let problem = if seq != expected_seq {
                broken(&format!("record {expected_seq} is missing before it"))
            } else if r.prev_hash.as_deref() != Some(prev.as_str()) {
                broken("it does not follow the previous record")
            } else if r.hash.as_deref() != Some(link_hash(&prev, &r).as_str()) {
                broken("its content does not match its hash")
            } else {
                None
            };
            if problem.is_some() {
                return Ok(Verification {
                    checked,
                    unchained,
                    first_broken: problem,
                });
            }
            prev = r.hash.clone().unwrap_or_default();
            expected_seq += 1;
            checked += 1;
        }
    }
    let (head_seq, head_hash): (i64, String) = audit_head::table
        .find(1)
        .select((audit_head::chain_seq, audit_head::hash))
        .first(conn)?;
    let first_broken = (head_seq != checked || head_hash != prev).then(|| BrokenLink {
        chain_seq: checked,
        id: String::new(),
        reason: format!(
            "the chain ends at record {checked}, but its head says {head_seq}: records were removed"
        ),
    });
    Ok(Verification {
        checked,
        unchained,
        first_broken,
    })
}

/// Filters for reading the trail.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
}

/// Records oldest first, with the total count.
pub fn list(
    conn: &mut DbConn,
    filter: &AuditFilter,
    offset: i64,
    limit: i64,
) -> Result<(Vec<AuditEntry>, i64), StoreError> {
    let build = || {
        let mut q = audit_log::table.into_boxed();
        if let Some(t) = &filter.target_type {
            q = q.filter(audit_log::target_type.eq(t.clone()));
        }
        if let Some(t) = &filter.target_id {
            q = q.filter(audit_log::target_id.eq(t.clone()));
        }
        if let Some(a) = &filter.actor {
            q = q.filter(audit_log::actor.eq(a.clone()));
        }
        if let Some(a) = &filter.action {
            q = q.filter(audit_log::action.eq(a.clone()));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let rows: Vec<AuditRow> = build()
        .select(AuditRow::as_select())
        .order(audit_log::seq.asc())
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    rows.into_iter()
        .map(|r| {
            Ok(AuditEntry {
                id: uuid(&r.id)?,
                at: r.at.and_utc(),
                actor: r.actor,
                action: r.action,
                target_type: r.target_type,
                target_id: r.target_id,
                before: parse(r.before_json),
                after: parse(r.after_json),
            })
        })
        .collect::<Result<_, StoreError>>()
        .map(|v| (v, total))
}

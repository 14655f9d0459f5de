//! The audit trail: one append-only record per change (actor, instant, action, target,
//! before/after). Appending is an insert and nothing else (issue #16): no shared row, no chain
//! link; the sequencer seals committed records into the Merkle log after commit
//! ([`crate::log`]). The records written before #16 were hash-chained (each held the SHA-256 of
//! the previous record's hash and its own content, with the head in `audit_head`); that chain
//! is still checked here, up to where it ends.

use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::{cached_insert, with_inserts, DbConn, Inserts};
use crate::mapping::uuid;
use crate::schema::{audit_head, audit_log, personal_data, personal_data_subjects};
use crate::StoreError;
use grantdesk_domain::audit_log as sealed;
use grantdesk_domain::merkle;
use sha2::{Digest, Sha256};

/// An audit entry as stored (also what the log's leaf seals, [`AuditRow::leaf`]).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub(crate) struct AuditRow {
    pub(crate) seq: i64,
    pub(crate) id: String,
    pub(crate) at: NaiveDateTime,
    pub(crate) actor: String,
    pub(crate) action: String,
    pub(crate) target_type: String,
    pub(crate) target_id: String,
    pub(crate) before_json: Option<String>,
    pub(crate) after_json: Option<String>,
    pub(crate) chain_seq: Option<i64>,
    pub(crate) prev_hash: Option<String>,
    pub(crate) hash: Option<String>,
    pub(crate) personal_commitment: Option<String>,
}

impl AuditRow {
    /// The bytes of the entry's leaf in the log: an entry of the old hash chain seals its
    /// link; any other its fields (personal data only through its commitment).
    pub(crate) fn leaf(&self) -> Vec<u8> {
        if let (Some(seq), Some(hash)) = (self.chain_seq, &self.hash) {
            return sealed::chained_leaf_bytes(seq, hash);
        }
        let at = self
            .at
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        sealed::leaf_bytes(&sealed::LeafFields {
            id: &self.id,
            at: &at,
            actor: &self.actor,
            action: &self.action,
            target_type: &self.target_type,
            target_id: &self.target_id,
            before: self.before_json.as_deref(),
            after: self.after_json.as_deref(),
            personal: self.personal_commitment.as_deref(),
        })
    }
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

/// Appends one record, inside the caller's transaction (so it commits with the change): the
/// entry and its place in the sealing queue, one insert and no shared row (issue #16; the
/// sequencer seals it into the log after commit, [`crate::log::seal`]). Personal values
/// in `before`/`after` ([`grantdesk_domain::audit_log::PERSONAL_KEYS`]) are kept apart, with a
/// salted commitment in the entry. Answers the entry's id.
pub fn record(
    conn: &mut DbConn,
    actor: &str,
    action: &str,
    target: (&str, &str),
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    with_inserts(conn, |_, inserts| {
        Ok(record_in(
            inserts, actor, action, target, before, after, now,
        ))
    })
}

/// [`record`], its inserts added to `inserts` (sent with the transaction's other inserts: one
/// round trip for all of them on PostgreSQL). Answers the entry's id.
pub fn record_in(
    inserts: &mut Inserts,
    actor: &str,
    action: &str,
    target: (&str, &str),
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
    now: DateTime<Utc>,
) -> Uuid {
    let id = Uuid::new_v4();
    let mut personal = Vec::new();
    let before = before.map(|mut v| {
        personal.extend(sealed::split_personal("before", &mut v));
        v.to_string()
    });
    let after = after.map(|mut v| {
        personal.extend(sealed::split_personal("after", &mut v));
        v.to_string()
    });
    let kept = (!personal.is_empty()).then(|| {
        let content = serde_json::Value::Array(
            personal
                .iter()
                .map(|(p, v)| serde_json::json!([p, v]))
                .collect(),
        )
        .to_string();
        // 244 random bits (two v4 UUIDs)
        let salt = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
        let commitment = merkle::to_hex(&sealed::commitment(salt.as_bytes(), &content));
        (salt, content, commitment)
    });
    let entry_id = id.to_string();
    // what both databases store exactly, so that the leaf is over what is read back
    let at = now.trunc_subsecs(6).naive_utc();
    let commitment = kept.as_ref().map(|k| k.2.clone());
    use diesel::sql_types::{Nullable, Text, Timestamp};
    // (its place in the sealing queue, `log_pending`, is written by the table's trigger in the
    // same statement: one round trip less on every audited write)
    inserts.add(cached_insert(
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
            "personal_commitment",
        ],
        (
            entry_id.clone().into_sql::<Text>(),
            at.into_sql::<Timestamp>(),
            actor.to_owned().into_sql::<Text>(),
            action.to_owned().into_sql::<Text>(),
            target.0.to_owned().into_sql::<Text>(),
            target.1.to_owned().into_sql::<Text>(),
            before.into_sql::<Nullable<Text>>(),
            after.into_sql::<Nullable<Text>>(),
            commitment.into_sql::<Nullable<Text>>(),
        ),
    ));
    if let Some((salt, content, _)) = kept {
        inserts.add(diesel::insert_into(personal_data::table).values((
            personal_data::entry_id.eq(entry_id.clone()),
            personal_data::salt.eq(Some(salt)),
            personal_data::content.eq(Some(content)),
        )));
        let mut subjects = std::collections::BTreeSet::from([actor.to_owned()]);
        if target.0 == "user" {
            subjects.insert(format!("user:{}", target.1));
        }
        for (pointer, v) in &personal {
            if let (true, Some(email)) = (pointer.ends_with("/email"), v.as_str()) {
                subjects.insert(format!("email:{}", email.trim().to_lowercase()));
            }
        }
        for subject in subjects {
            inserts.add(diesel::insert_into(personal_data_subjects::table).values((
                personal_data_subjects::subject.eq(subject),
                personal_data_subjects::entry_id.eq(entry_id.clone()),
            )));
        }
    }
    id
}

/// Erases the personal data of the audit entries that concern any of `subjects` (`user:<id>`,
/// `email:<address>`): their values and salts are deleted, and the record of whom they
/// concerned with them; the sealed entries stay as they are, so every proof still verifies
/// (GDPR article 17). Answers how many entries' personal data was erased now.
pub fn erase_personal_data(
    conn: &mut DbConn,
    subjects: &[String],
    erasure: Uuid,
    at: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let entries: Vec<String> = personal_data_subjects::table
        .filter(personal_data_subjects::subject.eq_any(subjects))
        .select(personal_data_subjects::entry_id)
        .distinct()
        .load(conn)?;
    let mut erased = 0;
    for chunk in entries.chunks(500) {
        erased += diesel::update(
            personal_data::table
                .filter(personal_data::entry_id.eq_any(chunk))
                .filter(personal_data::erased_at.is_null()),
        )
        .set((
            personal_data::salt.eq(None::<String>),
            personal_data::content.eq(None::<String>),
            personal_data::erased_at.eq(Some(at.naive_utc())),
            personal_data::erasure_id.eq(Some(erasure.to_string())),
        ))
        .execute(conn)?;
        diesel::delete(
            personal_data_subjects::table.filter(personal_data_subjects::entry_id.eq_any(chunk)),
        )
        .execute(conn)?;
    }
    Ok(erased)
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
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let kept: std::collections::HashMap<String, Option<String>> = personal_data::table
        .filter(personal_data::entry_id.eq_any(&ids))
        .select((personal_data::entry_id, personal_data::content))
        .load::<(String, Option<String>)>(conn)?
        .into_iter()
        .collect();
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    rows.into_iter()
        .map(|r| {
            let mut before: Option<serde_json::Value> = parse(r.before_json);
            let mut after: Option<serde_json::Value> = parse(r.after_json);
            match kept.get(&r.id) {
                // the personal values, while they are kept
                Some(Some(content)) => {
                    let personal: Vec<(String, serde_json::Value)> =
                        serde_json::from_str(content).unwrap_or_default();
                    if let Some(b) = before.as_mut() {
                        sealed::restore_personal("before", b, &personal);
                    }
                    if let Some(a) = after.as_mut() {
                        sealed::restore_personal("after", a, &personal);
                    }
                }
                // erased: the places they had say so
                Some(None) => {
                    before
                        .iter_mut()
                        .chain(after.iter_mut())
                        .for_each(sealed::mark_erased);
                }
                None => {}
            }
            Ok(AuditEntry {
                id: uuid(&r.id)?,
                at: r.at.and_utc(),
                actor: r.actor,
                action: r.action,
                target_type: r.target_type,
                target_id: r.target_id,
                before,
                after,
            })
        })
        .collect::<Result<_, StoreError>>()
        .map(|v| (v, total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::connection::SimpleConnection;
    use diesel::Connection;
    use diesel_migrations::MigrationHarness;
    use grantdesk_domain::checkpoint::LogKey;

    /// A record as the hash chain wrote it before the log (#16), with the SQL of that time.
    fn chained(conn: &mut diesel::SqliteConnection, seq: i64, prev: &str, actor: &str) -> String {
        let row = AuditRow {
            seq: 0,
            personal_commitment: None,
            id: Uuid::new_v4().to_string(),
            at: chrono::DateTime::from_timestamp(1_693_468_800 + seq, 123_000)
                .unwrap()
                .naive_utc(),
            actor: actor.to_owned(),
            action: "call.create".into(),
            target_type: "call".into(),
            target_id: format!("c{seq}"),
            before_json: None,
            after_json: Some(format!("{{\"reference\":\"EXP{seq}\"}}")),
            chain_seq: Some(seq),
            prev_hash: Some(prev.to_owned()),
            hash: None,
        };
        let hash = link_hash(prev, &row);
        conn.batch_execute(&format!(
            "INSERT INTO audit_log (id, at, actor, action, target_type, target_id, after_json, \
             chain_seq, prev_hash, hash) VALUES ('{}', '{}', '{}', 'call.create', 'call', '{}', \
             '{}', {seq}, '{prev}', '{hash}'); \
             UPDATE audit_head SET chain_seq = {seq}, hash = '{hash}' WHERE id = 1;",
            row.id,
            row.at.format("%Y-%m-%d %H:%M:%S%.6f"),
            row.actor,
            row.target_id,
            row.after_json.as_deref().unwrap(),
        ))
        .unwrap();
        hash
    }

    #[test]
    fn a_database_with_the_old_hash_chain_upgrades_into_a_log_that_verifies_end_to_end() {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("old.db").display().to_string();
        let mut conn = diesel::SqliteConnection::establish(&url).unwrap();
        // the schema as it was before the log
        while let Some(next) = conn
            .pending_migrations(crate::db::SQLITE_MIGRATIONS)
            .unwrap()
            .into_iter()
            .next()
        {
            if next.name().to_string().starts_with("2026-12-04-000000") {
                break;
            }
            conn.run_next_migration(crate::db::SQLITE_MIGRATIONS)
                .unwrap();
        }
        // one record from before the chain, then a chain of five
        conn.batch_execute(
            "INSERT INTO audit_log (id, at, actor, action, target_type, target_id) VALUES \
             ('00000000-0000-4000-8000-000000000001', '2023-06-01 08:00:00', 'system', \
              'seed', 'call', 'c0');",
        )
        .unwrap();
        let mut prev = "0".repeat(64);
        for seq in 1..=5 {
            prev = chained(&mut conn, seq, &prev, "user:1");
        }
        // the upgrade, then today's writes
        conn.run_pending_migrations(crate::db::SQLITE_MIGRATIONS)
            .unwrap();
        let mut conn = DbConn::Sqlite(conn);
        let now = Utc::now();
        record(
            &mut conn,
            "user:2",
            "user.create",
            ("user", "u9"),
            None,
            Some(serde_json::json!({"email": "an@example.be", "role": "reviewer"})),
            now,
        )
        .unwrap();
        let key = LogKey::from_seed("grantdesk.test/audit", [3; 32]).unwrap();
        let sealed = crate::log::seal(&mut conn, &key, now, 1000, true)
            .unwrap()
            .unwrap();
        assert_eq!(sealed.first_index, 0);
        assert_eq!(
            sealed.entries.len(),
            7,
            "the old records, in order, then the new one"
        );
        assert_eq!(
            sealed.entries[0].to_string(),
            "00000000-0000-4000-8000-000000000001"
        );

        // the chain still checks the old records, and the log checks all of them
        let chain = verify(&mut conn).unwrap();
        assert_eq!((chain.checked, chain.first_broken), (5, None));
        let log = crate::log::verify(&mut conn, &key.verifier()).unwrap();
        assert_eq!(log.first_bad, None);
        assert_eq!((log.entries, log.checkpoints, log.pending), (7, 1, 0));

        // a chained record's leaf is its link: editing the record breaks the chain, and its
        // sealed link still proves what it was
        conn.batch_execute(
            "DROP TRIGGER audit_log_is_append_only_update; \
             UPDATE audit_log SET actor = 'someone else' WHERE chain_seq = 2;",
        )
        .unwrap();
        let chain = verify(&mut conn).unwrap();
        assert_eq!(chain.first_broken.map(|b| b.chain_seq), Some(2));
        let log = crate::log::verify(&mut conn, &key.verifier()).unwrap();
        assert_eq!(log.first_bad, None, "the link itself is unchanged");
        // ... and changing the link too breaks the log at that entry
        conn.batch_execute("UPDATE audit_log SET hash = 'ff' WHERE chain_seq = 2;")
            .unwrap();
        let log = crate::log::verify(&mut conn, &key.verifier()).unwrap();
        assert_eq!(log.first_bad.map(|f| f.at), Some("2".to_owned()));
    }
}

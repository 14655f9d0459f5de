//! The verifiable audit log (issue #16): audit entries sealed after commit into an RFC 9162
//! Merkle tree, with signed checkpoints, inclusion and consistency proofs, and a full check.
//!
//! Writers only append (an audit entry; a trigger gives it its place in `log_pending` in the
//! same statement). The sequencer,
//! [`seal`], one at a time across processes (a PostgreSQL advisory lock taken with `try`,
//! so a second sequencer skips its turn instead of queueing; on SQLite the write transaction),
//! takes the oldest queued entries, gives each the next index, stores the complete subtrees
//! each leaf completes ([`merkle::appended_nodes`]) and, when asked (the caller spaces them in
//! time), signs a checkpoint of the tree, all in one transaction. A sealed entry, its leaf, its
//! nodes and the checkpoints are never
//! changed (triggers refuse it); proofs read O(log² n) stored nodes, never the log.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::checkpoint::{Checkpoint, LogKey, VerifierKey};
use grantdesk_domain::merkle::{self, Hash, MemoryTree, NodeSource, ProofError};
use uuid::Uuid;

use crate::audit::AuditRow;
use crate::db::{cached_insert, DbConn};
use crate::schema::{audit_log, log_checkpoints, log_leaves, log_nodes, log_pending};
use crate::StoreError;

/// The advisory lock that makes one sequencer at a time (PostgreSQL): "gdlogseq".
const SEQUENCER_LOCK: i64 = 0x6764_6c6f_6773_6571;

/// The stored tree, with the nodes this transaction has added and not yet written.
struct StoredTree<'c> {
    conn: &'c mut DbConn,
    fresh: HashMap<(u32, u64), Hash>,
}

fn to_hash(bytes: Vec<u8>) -> Result<Hash, StoreError> {
    bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt("a stored tree hash is not 32 bytes".into()))
}

fn stored_node(conn: &mut DbConn, level: u32, index: u64) -> Result<Hash, StoreError> {
    let bytes: Vec<u8> = log_nodes::table
        .filter(log_nodes::level.eq(level as i32))
        .filter(log_nodes::idx.eq(index as i64))
        .select(log_nodes::hash)
        .first(conn)
        .optional()?
        .ok_or_else(|| {
            StoreError::Corrupt(format!("the tree has no stored node ({level}, {index})"))
        })?;
    to_hash(bytes)
}

impl NodeSource for StoredTree<'_> {
    type Error = StoreError;
    fn node(&mut self, level: u32, index: u64) -> Result<Hash, StoreError> {
        match self.fresh.get(&(level, index)) {
            Some(h) => Ok(*h),
            None => stored_node(self.conn, level, index),
        }
    }
}

/// The stored nodes as a [`NodeSource`] (for proofs): those fetched beforehand, else one read
/// each.
struct Nodes<'c> {
    conn: &'c mut DbConn,
    fetched: HashMap<(u32, u64), Hash>,
}

impl NodeSource for Nodes<'_> {
    type Error = StoreError;
    fn node(&mut self, level: u32, index: u64) -> Result<Hash, StoreError> {
        match self.fetched.get(&(level, index)) {
            Some(h) => Ok(*h),
            None => stored_node(self.conn, level, index),
        }
    }
}

/// Names the nodes an algorithm asks for, answering zero hashes.
#[derive(Default)]
struct Recorder(Vec<(u32, u64)>);

impl NodeSource for Recorder {
    type Error = std::convert::Infallible;
    fn node(&mut self, level: u32, index: u64) -> Result<Hash, Self::Error> {
        self.0.push((level, index));
        Ok([0; 32])
    }
}

/// The nodes a proof will read. Which nodes a proof algorithm reads depends on the sizes and
/// indexes only, never on the hashes, so a dry run over zero hashes names them; on PostgreSQL
/// they are then fetched in one statement (a round trip each would grow with the tree's
/// height, O(log² n) at its right edge). SQLite reads each in-process.
fn nodes_for(
    conn: &mut DbConn,
    dry_run: impl FnOnce(&mut Recorder),
) -> Result<Nodes<'_>, StoreError> {
    let mut fetched = HashMap::new();
    if let DbConn::Pg(pg) = conn {
        use diesel::sql_types::{Array, BigInt, Binary, Integer};
        #[derive(QueryableByName)]
        struct Row {
            #[diesel(sql_type = Integer)]
            level: i32,
            #[diesel(sql_type = BigInt)]
            idx: i64,
            #[diesel(sql_type = Binary)]
            hash: Vec<u8>,
        }
        let mut wanted = Recorder::default();
        dry_run(&mut wanted);
        let mut keys = wanted.0;
        keys.sort_unstable();
        keys.dedup();
        if !keys.is_empty() {
            let rows: Vec<Row> = diesel::sql_query(
                "SELECT n.level, n.idx, n.hash FROM log_nodes n \
                 JOIN unnest($1::int4[], $2::int8[]) AS k(level, idx) \
                 ON n.level = k.level AND n.idx = k.idx",
            )
            .bind::<Array<Integer>, _>(keys.iter().map(|k| k.0 as i32).collect::<Vec<_>>())
            .bind::<Array<BigInt>, _>(keys.iter().map(|k| k.1 as i64).collect::<Vec<_>>())
            .load(pg)?;
            for r in rows {
                fetched.insert((r.level as u32, r.idx as u64), to_hash(r.hash)?);
            }
        }
    }
    Ok(Nodes { conn, fetched })
}

/// A signed checkpoint as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCheckpoint {
    pub tree_size: u64,
    pub root: Hash,
    /// The signed note (C2SP tlog-checkpoint).
    pub note: String,
    pub signed_at: DateTime<Utc>,
}

type CheckpointRow = (i64, Vec<u8>, String, NaiveDateTime);

fn checkpoint_of(r: CheckpointRow) -> Result<StoredCheckpoint, StoreError> {
    Ok(StoredCheckpoint {
        tree_size: r.0 as u64,
        root: to_hash(r.1)?,
        note: r.2,
        signed_at: r.3.and_utc(),
    })
}

const CHECKPOINT_COLUMNS: (
    log_checkpoints::tree_size,
    log_checkpoints::root_hash,
    log_checkpoints::note,
    log_checkpoints::signed_at,
) = (
    log_checkpoints::tree_size,
    log_checkpoints::root_hash,
    log_checkpoints::note,
    log_checkpoints::signed_at,
);

/// What one sealing did.
#[derive(Debug, Clone)]
pub struct Sealed {
    /// The entries sealed, with their indexes `first_index ..` in order (none when the
    /// sealing only signed entries sealed before).
    pub entries: Vec<Uuid>,
    pub first_index: u64,
    /// The checkpoint signed, when the caller asked for one and the tree had grown past the
    /// latest.
    pub checkpoint: Option<StoredCheckpoint>,
}

/// What the sequencer has to do: entries waiting to be sealed, or sealed entries no checkpoint
/// covers yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    pub pending: bool,
    pub unsigned: bool,
}

/// Two cheap reads, before taking a write.
pub fn work(conn: &mut DbConn) -> Result<Work, StoreError> {
    let pending = has_pending(conn)?;
    let signed: Option<i64> = log_checkpoints::table
        .select(diesel::dsl::max(log_checkpoints::tree_size))
        .first(conn)?;
    let unsigned = tree_size(conn)? > signed.unwrap_or(0) as u64;
    Ok(Work { pending, unsigned })
}

/// Whether any committed entry waits to be sealed (a cheap read, before taking a write).
pub fn has_pending(conn: &mut DbConn) -> Result<bool, StoreError> {
    Ok(log_pending::table
        .select(log_pending::seq)
        .first::<i64>(conn)
        .optional()?
        .is_some())
}

/// Entries waiting to be sealed.
pub fn pending_count(conn: &mut DbConn) -> Result<i64, StoreError> {
    Ok(log_pending::table.count().get_result(conn)?)
}

/// The number of sealed entries.
pub fn tree_size(conn: &mut DbConn) -> Result<u64, StoreError> {
    let max: Option<i64> = log_leaves::table
        .select(diesel::dsl::max(log_leaves::log_index))
        .first(conn)?;
    Ok(max.map_or(0, |m| m as u64 + 1))
}

#[derive(QueryableByName)]
struct Taken {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    taken: bool,
}

/// Seals up to `max` queued entries and, when `sign` is set, signs a checkpoint of the tree
/// if it has grown past the latest checkpoint (entries sealed by an earlier unsigned sealing
/// included). Runs inside the caller's write transaction. `None` when there was nothing to do,
/// or (PostgreSQL) when another process is sealing right now: it will take these entries too.
pub fn seal(
    conn: &mut DbConn,
    key: &LogKey,
    now: DateTime<Utc>,
    max: i64,
    sign: bool,
) -> Result<Option<Sealed>, StoreError> {
    if let DbConn::Pg(pg) = conn {
        let got: Taken = diesel::sql_query("SELECT pg_try_advisory_xact_lock($1) AS taken")
            .bind::<diesel::sql_types::BigInt, _>(SEQUENCER_LOCK)
            .get_result(pg)?;
        if !got.taken {
            return Ok(None);
        }
    }
    let first_index = tree_size(conn)?;
    let (entries, mut tree) = seal_queued(conn, now, max, first_index)?;
    let size = first_index + entries.len() as u64;
    let checkpoint = match sign {
        true => sign_checkpoint(&mut tree, key, now, size)?,
        false => None,
    };
    if entries.is_empty() && checkpoint.is_none() {
        return Ok(None);
    }
    Ok(Some(Sealed {
        entries,
        first_index,
        checkpoint,
    }))
}

/// Gives the oldest queued entries (at most `max`) the indexes from `first_index` on and stores
/// their leaves and the nodes they complete; answers their ids and the tree, whose fresh nodes
/// are the ones just written.
fn seal_queued(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    max: i64,
    first_index: u64,
) -> Result<(Vec<Uuid>, StoredTree<'_>), StoreError> {
    let queued: Vec<(i64, AuditRow)> = log_pending::table
        .inner_join(audit_log::table.on(audit_log::id.eq(log_pending::entry_id)))
        .order(log_pending::seq.asc())
        .limit(max)
        .select((log_pending::seq, AuditRow::as_select()))
        .load(conn)?;
    let sealed_at = now.naive_utc();
    let mut tree = StoredTree {
        conn,
        fresh: HashMap::new(),
    };
    let mut nodes: Vec<(u32, u64, Hash)> = Vec::new();
    for (k, (_, entry)) in queued.iter().enumerate() {
        let index = first_index + k as u64;
        let leaf = merkle::leaf_hash(&entry.leaf());
        let completed = merkle::appended_nodes(index, leaf, |level, i| tree.node(level, i))?;
        for &(level, i, h) in &completed {
            tree.fresh.insert((level, i), h);
        }
        nodes.extend(completed);
    }
    let conn = &mut *tree.conn;
    if let DbConn::Pg(pg) = conn {
        // one statement per table, not per row: on PostgreSQL every statement is a round trip,
        // and the sequencer seals while a surge competes for the same server
        insert_sealed_pg(pg, &nodes, &queued, first_index, sealed_at)?;
    } else {
        insert_sealed_each(conn, &nodes, &queued, first_index, sealed_at)?;
    }
    for chunk in queued.chunks(500) {
        let done: Vec<i64> = chunk.iter().map(|(s, _)| *s).collect();
        diesel::delete(log_pending::table.filter(log_pending::seq.eq_any(done))).execute(conn)?;
    }
    let entries = queued
        .iter()
        .map(|(_, e)| crate::mapping::uuid(&e.id))
        .collect::<Result<_, _>>()?;
    Ok((entries, tree))
}

/// The new nodes and leaves in two statements (PostgreSQL: arrays unnested into rows).
fn insert_sealed_pg(
    pg: &mut diesel::PgConnection,
    nodes: &[(u32, u64, Hash)],
    queued: &[(i64, AuditRow)],
    first_index: u64,
    sealed_at: NaiveDateTime,
) -> Result<(), StoreError> {
    use diesel::sql_types::{Array, BigInt, Binary, Integer, Timestamp};
    if !nodes.is_empty() {
        diesel::sql_query(
            "INSERT INTO log_nodes (level, idx, hash) \
             SELECT * FROM unnest($1::int4[], $2::int8[], $3::bytea[])",
        )
        .bind::<Array<Integer>, _>(nodes.iter().map(|n| n.0 as i32).collect::<Vec<_>>())
        .bind::<Array<BigInt>, _>(nodes.iter().map(|n| n.1 as i64).collect::<Vec<_>>())
        .bind::<Array<Binary>, _>(nodes.iter().map(|n| n.2.to_vec()).collect::<Vec<_>>())
        .execute(pg)?;
    }
    if !queued.is_empty() {
        diesel::sql_query(
            "INSERT INTO log_leaves (log_index, entry_seq, sealed_at) \
             SELECT i, s, $3 FROM unnest($1::int8[], $2::int8[]) AS t(i, s)",
        )
        .bind::<Array<BigInt>, _>(
            (0..queued.len())
                .map(|k| (first_index + k as u64) as i64)
                .collect::<Vec<_>>(),
        )
        .bind::<Array<BigInt>, _>(queued.iter().map(|(_, e)| e.seq).collect::<Vec<_>>())
        .bind::<Timestamp, _>(sealed_at)
        .execute(pg)?;
    }
    Ok(())
}

/// The new nodes and leaves one row per statement, kept prepared (SQLite: no round trips).
fn insert_sealed_each(
    conn: &mut DbConn,
    nodes: &[(u32, u64, Hash)],
    queued: &[(i64, AuditRow)],
    first_index: u64,
    sealed_at: NaiveDateTime,
) -> Result<(), StoreError> {
    use diesel::sql_types::{BigInt, Binary, Integer, Timestamp};
    for (level, i, h) in nodes {
        cached_insert(
            log_nodes::table,
            &["level", "idx", "hash"],
            (
                (*level as i32).into_sql::<Integer>(),
                (*i as i64).into_sql::<BigInt>(),
                h.to_vec().into_sql::<Binary>(),
            ),
        )
        .execute(conn)?;
    }
    for (k, (_, e)) in queued.iter().enumerate() {
        cached_insert(
            log_leaves::table,
            &["log_index", "entry_seq", "sealed_at"],
            (
                ((first_index + k as u64) as i64).into_sql::<BigInt>(),
                e.seq.into_sql::<BigInt>(),
                sealed_at.into_sql::<Timestamp>(),
            ),
        )
        .execute(conn)?;
    }
    Ok(())
}

/// Signs a checkpoint of the first `size` entries unless the latest already covers them.
fn sign_checkpoint(
    tree: &mut StoredTree<'_>,
    key: &LogKey,
    now: DateTime<Utc>,
    size: u64,
) -> Result<Option<StoredCheckpoint>, StoreError> {
    let signed: Option<i64> = log_checkpoints::table
        .select(diesel::dsl::max(log_checkpoints::tree_size))
        .first(tree.conn)?;
    if size == 0 || signed.is_some_and(|s| s as u64 >= size) {
        return Ok(None);
    }
    let root = merkle::root(tree, size)?;
    let signed_at = now.naive_utc();
    let note = Checkpoint {
        origin: key.name().to_owned(),
        size,
        root,
    }
    .sign(key);
    diesel::insert_into(log_checkpoints::table)
        .values((
            log_checkpoints::tree_size.eq(size as i64),
            log_checkpoints::root_hash.eq(root.to_vec()),
            log_checkpoints::note.eq(&note),
            log_checkpoints::signed_at.eq(signed_at),
        ))
        .execute(tree.conn)?;
    Ok(Some(StoredCheckpoint {
        tree_size: size,
        root,
        note,
        signed_at: signed_at.and_utc(),
    }))
}

/// The newest checkpoint.
pub fn latest_checkpoint(conn: &mut DbConn) -> Result<Option<StoredCheckpoint>, StoreError> {
    log_checkpoints::table
        .order(log_checkpoints::tree_size.desc())
        .select(CHECKPOINT_COLUMNS)
        .first::<CheckpointRow>(conn)
        .optional()?
        .map(checkpoint_of)
        .transpose()
}

/// The checkpoint of exactly `size` entries, if one was signed.
pub fn checkpoint_at(conn: &mut DbConn, size: u64) -> Result<Option<StoredCheckpoint>, StoreError> {
    log_checkpoints::table
        .filter(log_checkpoints::tree_size.eq(size as i64))
        .select(CHECKPOINT_COLUMNS)
        .first::<CheckpointRow>(conn)
        .optional()?
        .map(checkpoint_of)
        .transpose()
}

/// Checkpoints, oldest first, with the total count.
pub fn checkpoints(
    conn: &mut DbConn,
    (offset, limit): (i64, i64),
) -> Result<(Vec<StoredCheckpoint>, i64), StoreError> {
    let total = log_checkpoints::table.count().get_result(conn)?;
    let rows = log_checkpoints::table
        .order(log_checkpoints::tree_size.asc())
        .offset(offset)
        .limit(limit)
        .select(CHECKPOINT_COLUMNS)
        .load::<CheckpointRow>(conn)?
        .into_iter()
        .map(checkpoint_of)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// A sealed entry with its leaf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedEntry {
    pub index: u64,
    pub entry_id: Uuid,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub at: DateTime<Utc>,
    /// The bytes the leaf hashes (RFC 9162: SHA-256(0x00 ‖ leaf)).
    pub leaf: Vec<u8>,
    pub leaf_hash: Hash,
    pub sealed_at: DateTime<Utc>,
}

fn sealed_entry(
    index: i64,
    sealed_at: NaiveDateTime,
    e: AuditRow,
) -> Result<SealedEntry, StoreError> {
    let leaf = e.leaf();
    Ok(SealedEntry {
        index: index as u64,
        entry_id: crate::mapping::uuid(&e.id)?,
        leaf_hash: merkle::leaf_hash(&leaf),
        leaf,
        action: e.action,
        target_type: e.target_type,
        target_id: e.target_id,
        at: e.at.and_utc(),
        sealed_at: sealed_at.and_utc(),
    })
}

/// Sealed entries by index, from `offset`, at most `limit`, with the tree size.
pub fn entries(
    conn: &mut DbConn,
    (offset, limit): (i64, i64),
) -> Result<(Vec<SealedEntry>, u64), StoreError> {
    let size = tree_size(conn)?;
    let rows: Vec<(i64, NaiveDateTime, AuditRow)> = log_leaves::table
        .inner_join(audit_log::table)
        .filter(log_leaves::log_index.ge(offset))
        .order(log_leaves::log_index.asc())
        .limit(limit)
        .select((
            log_leaves::log_index,
            log_leaves::sealed_at,
            AuditRow::as_select(),
        ))
        .load(conn)?;
    let entries = rows
        .into_iter()
        .map(|(i, s, e)| sealed_entry(i, s, e))
        .collect::<Result<_, _>>()?;
    Ok((entries, size))
}

/// Where an entry is: sealed (with its leaf), waiting, or unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    Sealed(SealedEntry),
    Pending,
    Unknown,
}

/// The entry `id`'s place in the log.
pub fn entry(conn: &mut DbConn, id: Uuid) -> Result<Placement, StoreError> {
    let id = id.to_string();
    let sealed: Option<(i64, NaiveDateTime, AuditRow)> = log_leaves::table
        .inner_join(audit_log::table)
        .filter(audit_log::id.eq(&id))
        .select((
            log_leaves::log_index,
            log_leaves::sealed_at,
            AuditRow::as_select(),
        ))
        .first(conn)
        .optional()?;
    if let Some((i, s, e)) = sealed {
        return Ok(Placement::Sealed(sealed_entry(i, s, e)?));
    }
    let exists = audit_log::table
        .filter(audit_log::id.eq(&id))
        .select(audit_log::seq)
        .first::<i64>(conn)
        .optional()?
        .is_some();
    Ok(if exists {
        Placement::Pending
    } else {
        Placement::Unknown
    })
}

/// The entry at `index`, if sealed.
pub fn entry_at(conn: &mut DbConn, index: u64) -> Result<Option<SealedEntry>, StoreError> {
    let row: Option<(i64, NaiveDateTime, AuditRow)> = log_leaves::table
        .inner_join(audit_log::table)
        .filter(log_leaves::log_index.eq(index as i64))
        .select((
            log_leaves::log_index,
            log_leaves::sealed_at,
            AuditRow::as_select(),
        ))
        .first(conn)
        .optional()?;
    row.map(|(i, s, e)| sealed_entry(i, s, e)).transpose()
}

/// The inclusion proof of leaf `index` in the tree of `size` entries.
pub fn inclusion_proof(
    conn: &mut DbConn,
    index: u64,
    size: u64,
) -> Result<Vec<Hash>, ProofError<StoreError>> {
    let mut nodes = nodes_for(conn, |r| {
        let _ = merkle::inclusion_proof(r, index, size);
    })
    .map_err(ProofError::Source)?;
    merkle::inclusion_proof(&mut nodes, index, size)
}

/// The consistency proof between the trees of `first` and `second` entries.
pub fn consistency_proof(
    conn: &mut DbConn,
    first: u64,
    second: u64,
) -> Result<Vec<Hash>, ProofError<StoreError>> {
    let mut nodes = nodes_for(conn, |r| {
        let _ = merkle::consistency_proof(r, first, second);
    })
    .map_err(ProofError::Source)?;
    merkle::consistency_proof(&mut nodes, first, second)
}

/// What the full check of the log found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LogVerification {
    /// Sealed entries recomputed from their content.
    pub entries: u64,
    /// Stored tree nodes compared with the recomputed tree.
    pub nodes: u64,
    /// Checkpoints whose signature and root were checked.
    pub checkpoints: u64,
    /// Entries committed and not yet sealed.
    pub pending: i64,
    /// The first thing that does not hold, if any.
    pub first_bad: Option<LogFault>,
}

/// One fault, naming what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LogFault {
    /// `entry`, `node` or `checkpoint`.
    pub kind: &'static str,
    /// The entry's index, the node's `level/index`, or the checkpoint's tree size.
    pub at: String,
    /// The audit entry's id, for an entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry_id: Option<String>,
    pub reason: String,
}

/// Checks the whole log: recomputes every leaf from its entry and the tree from the leaves,
/// compares every stored node with it, and checks every checkpoint's signature (by `verifier`)
/// and root against the recomputed tree at its size, so that each checkpoint is shown to
/// extend every earlier one. Stops at the first fault and names it.
pub fn verify(conn: &mut DbConn, verifier: &VerifierKey) -> Result<LogVerification, StoreError> {
    const BATCH: i64 = 5_000;
    let pending = pending_count(conn)?;
    let mut tree = MemoryTree::new();
    let mut out = LogVerification {
        entries: 0,
        nodes: 0,
        checkpoints: 0,
        pending,
        first_bad: None,
    };
    let fault = |kind, at: String, entry_id: Option<String>, reason: String| {
        Some(LogFault {
            kind,
            at,
            entry_id,
            reason,
        })
    };
    // the leaves, in order: contiguous indexes, each leaf hash = the hash of its entry
    loop {
        let next = tree.size() as i64;
        let rows: Vec<(i64, AuditRow)> = log_leaves::table
            .inner_join(audit_log::table)
            .filter(log_leaves::log_index.ge(next))
            .order(log_leaves::log_index.asc())
            .limit(BATCH)
            .select((log_leaves::log_index, AuditRow::as_select()))
            .load(conn)?;
        if rows.is_empty() {
            break;
        }
        let stored: HashMap<i64, Vec<u8>> = log_nodes::table
            .filter(log_nodes::level.eq(0))
            .filter(log_nodes::idx.between(next, next + BATCH - 1))
            .select((log_nodes::idx, log_nodes::hash))
            .load::<(i64, Vec<u8>)>(conn)?
            .into_iter()
            .collect();
        for (index, entry) in rows {
            let expected = tree.size() as i64;
            if index != expected {
                out.first_bad = fault(
                    "entry",
                    expected.to_string(),
                    None,
                    format!("entry {expected} is missing (the next sealed entry is {index})"),
                );
                return Ok(out);
            }
            let leaf = merkle::leaf_hash(&entry.leaf());
            if stored.get(&index).map(Vec::as_slice) != Some(&leaf[..]) {
                out.first_bad = fault(
                    "entry",
                    index.to_string(),
                    Some(entry.id.clone()),
                    "its content does not match its sealed leaf hash".into(),
                );
                return Ok(out);
            }
            tree.push(leaf);
            out.entries += 1;
        }
    }
    // every stored node equals the recomputed tree's, and none is missing or extra
    let mut after = (-1i32, -1i64);
    loop {
        let rows: Vec<(i32, i64, Vec<u8>)> = log_nodes::table
            .filter(
                log_nodes::level
                    .gt(after.0)
                    .or(log_nodes::level.eq(after.0).and(log_nodes::idx.gt(after.1))),
            )
            .order((log_nodes::level.asc(), log_nodes::idx.asc()))
            .limit(BATCH)
            .select((log_nodes::level, log_nodes::idx, log_nodes::hash))
            .load(conn)?;
        let Some(last) = rows.last() else { break };
        after = (last.0, last.1);
        for (level, idx, hash) in rows {
            match tree.node(level as u32, idx as u64) {
                Ok(h) if h[..] == hash[..] => out.nodes += 1,
                Ok(_) => {
                    out.first_bad = fault(
                        "node",
                        format!("{level}/{idx}"),
                        None,
                        "the stored hash is not the tree hash of the leaves it covers".into(),
                    );
                    return Ok(out);
                }
                Err(_) => {
                    out.first_bad = fault(
                        "node",
                        format!("{level}/{idx}"),
                        None,
                        "a stored node covers leaves that are not sealed".into(),
                    );
                    return Ok(out);
                }
            }
        }
    }
    let expected_nodes: u64 = (0..64).map(|level| tree.size() >> level).sum();
    if out.nodes != expected_nodes {
        out.first_bad = fault(
            "node",
            String::new(),
            None,
            format!(
                "{} complete subtrees are stored where the tree has {expected_nodes}: nodes were removed",
                out.nodes
            ),
        );
        return Ok(out);
    }
    // every checkpoint: signed by the log's key, and its root the recomputed tree's root
    let mut offset = 0;
    loop {
        let (batch, _) = checkpoints(conn, (offset, BATCH))?;
        if batch.is_empty() {
            break;
        }
        offset += batch.len() as i64;
        for cp in batch {
            let at = cp.tree_size.to_string();
            let opened = match Checkpoint::open(&cp.note, verifier) {
                Ok(c) => c,
                Err(e) => {
                    out.first_bad = fault("checkpoint", at, None, e.to_string());
                    return Ok(out);
                }
            };
            if opened.size != cp.tree_size || opened.root != cp.root {
                out.first_bad = fault(
                    "checkpoint",
                    at,
                    None,
                    "the stored size or root is not what the signed note says".into(),
                );
                return Ok(out);
            }
            if cp.tree_size > tree.size() {
                out.first_bad = fault(
                    "checkpoint",
                    at,
                    None,
                    format!(
                        "it covers {} entries but only {} are sealed",
                        cp.tree_size,
                        tree.size()
                    ),
                );
                return Ok(out);
            }
            let root =
                merkle::root(&mut tree, cp.tree_size).map_err(|e| StoreError::Corrupt(e.into()))?;
            if root != opened.root {
                out.first_bad = fault(
                    "checkpoint",
                    at,
                    None,
                    "its signed root is not the root of the sealed entries at its size".into(),
                );
                return Ok(out);
            }
            out.checkpoints += 1;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Delegates to a real tree and notes what is asked.
    struct Logging<'t>(&'t mut MemoryTree, Vec<(u32, u64)>);

    impl NodeSource for Logging<'_> {
        type Error = &'static str;
        fn node(&mut self, level: u32, index: u64) -> Result<Hash, Self::Error> {
            self.1.push((level, index));
            self.0.node(level, index)
        }
    }

    #[test]
    fn a_dry_run_over_zero_hashes_names_every_node_a_proof_reads() {
        let mut tree = MemoryTree::new();
        for i in 0u32..70 {
            tree.push(merkle::leaf_hash(&i.to_be_bytes()));
        }
        for size in 1..=70u64 {
            for index in 0..size {
                let mut dry = Recorder::default();
                let _ = merkle::inclusion_proof(&mut dry, index, size);
                let mut real = Logging(&mut tree, Vec::new());
                merkle::inclusion_proof(&mut real, index, size).unwrap();
                assert_eq!(dry.0, real.1, "inclusion of {index} in {size}");
            }
            for first in 1..=size {
                let mut dry = Recorder::default();
                let _ = merkle::consistency_proof(&mut dry, first, size);
                let mut real = Logging(&mut tree, Vec::new());
                merkle::consistency_proof(&mut real, first, size).unwrap();
                assert_eq!(dry.0, real.1, "consistency of {first} with {size}");
            }
        }
    }
}

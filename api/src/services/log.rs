//! The verifiable audit log (issue #16): the sequencer that seals committed entries, and the
//! reads (checkpoints, entries, proofs, the full check).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use grantdesk_domain::checkpoint::LogKey;
use grantdesk_domain::merkle::ProofError;
use grantdesk_domain::rule::Rule;
use grantdesk_domain::Clock;
use grantdesk_persistence::log::{self, Placement, Sealed};
use grantdesk_persistence::{Db, DbConn, StoreError};

use crate::dto::log::{
    hexes, CheckpointView, ConsistencyProofView, ConsistencyQuery, InclusionProofView,
    InclusionQuery, LogEntryView,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// Entries sealed per transaction at most.
pub const SEAL_BATCH: i64 = 1_000;
/// How often every server process looks for entries to seal, by default.
pub const DEFAULT_SEAL_INTERVAL: Duration = Duration::from_millis(200);
/// The least time between two checkpoints a process signs, by default: under load the tree
/// grows at every sealing, and at most four signed notes a second keep checkpoints (and the
/// consistency checks between them) few while an entry is covered within about a second
/// (bench/RESULTS.md: 500 ms left the surge's p99 at 1.13 s on PostgreSQL, 250 ms at 1.02 s).
pub const DEFAULT_CHECKPOINT_INTERVAL: Duration = Duration::from_millis(250);

/// The sequencer: every `interval`, seals what was committed since (in batches, until nothing
/// waits) and signs a checkpoint when the last one it signed is `checkpoint_interval` old. It
/// runs in every server process; one seals at a time (see [`log::seal`]), and a process that
/// takes over signs what another sealed.
#[derive(Clone)]
pub struct Sequencer {
    db: Db,
    clock: Arc<dyn Clock>,
    key: Arc<LogKey>,
    interval: Duration,
    checkpoint_interval: Duration,
    /// When this process last signed (a monotonic instant: a test's clock may stand still).
    last_signed: Arc<Mutex<Option<Instant>>>,
}

impl Sequencer {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        key: Arc<LogKey>,
        interval: Duration,
        checkpoint_interval: Duration,
    ) -> Self {
        Sequencer {
            db,
            clock,
            key,
            interval,
            checkpoint_interval,
            last_signed: Arc::new(Mutex::new(None)),
        }
    }

    fn checkpoint_due(&self) -> bool {
        let last = *self.last_signed.lock().unwrap_or_else(|p| p.into_inner());
        last.is_none_or(|at| at.elapsed() >= self.checkpoint_interval)
    }

    /// One sealing (blocking), signing when a checkpoint is due (or `force`): `None` when
    /// there was nothing to do or another process is sealing.
    fn seal_once(&self, force: bool) -> Result<Option<Sealed>, StoreError> {
        let work = self.db.read_statement(log::work)?;
        let sign = (force || self.checkpoint_due()) && (work.pending || work.unsigned);
        if !work.pending && !sign {
            return Ok(None);
        }
        let (key, clock) = (self.key.clone(), self.clock.clone());
        let sealed = self
            .db
            .write(move |c| log::seal(c, &key, clock.now(), SEAL_BATCH, sign))?;
        if sealed.as_ref().is_some_and(|s| s.checkpoint.is_some()) {
            *self.last_signed.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now());
        }
        Ok(sealed)
    }

    /// One round (blocking): seals until nothing waits, signing when a checkpoint is due;
    /// answers how many entries it sealed.
    pub fn seal_all(&self) -> Result<usize, StoreError> {
        self.round(false)
    }

    /// Seals everything and signs a checkpoint of it, due or not (blocking; `grantdesk audit
    /// verify`, tests).
    pub fn seal_and_sign(&self) -> Result<usize, StoreError> {
        self.round(true)
    }

    fn round(&self, force: bool) -> Result<usize, StoreError> {
        let mut sealed = 0;
        while let Some(s) = self.seal_once(force)? {
            sealed += s.entries.len();
            if s.entries.len() < SEAL_BATCH as usize {
                break;
            }
        }
        Ok(sealed)
    }

    /// Runs until the process ends.
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                let this = self.clone();
                match tokio::task::spawn_blocking(move || this.seal_all()).await {
                    Ok(Ok(_)) => {}
                    Ok(Err(e)) => tracing::warn!(error = %e, "audit log: not sealed"),
                    Err(e) => tracing::warn!(error = %e, "audit log: sealing task failed"),
                }
                tokio::time::sleep(self.interval).await;
            }
        })
    }
}

fn view(state: &AppState, c: log::StoredCheckpoint) -> CheckpointView {
    CheckpointView::new(c, state.log.name(), &state.log.verifier_key())
}

/// The latest signed checkpoint (404 before the first entry is sealed).
pub async fn latest(state: &AppState) -> Result<CheckpointView, ApiError> {
    let found = state
        .read(|c, _| Ok(log::latest_checkpoint(c)?))
        .await?
        .ok_or_else(|| ApiError::NotFound("no checkpoint yet: nothing is sealed".into()))?;
    Ok(view(state, found))
}

/// Every checkpoint, oldest first.
pub async fn checkpoints(
    state: &AppState,
    paging: PageQuery,
) -> Result<Page<CheckpointView>, ApiError> {
    let paging = paging.resolve()?;
    let (rows, total) = state
        .read(move |c, _| Ok(log::checkpoints(c, (paging.offset(), paging.limit()))?))
        .await?;
    let items = rows.into_iter().map(|r| view(state, r)).collect();
    Ok(paging.wrap(items, total))
}

/// Sealed entries by index.
pub async fn entries(state: &AppState, paging: PageQuery) -> Result<Page<LogEntryView>, ApiError> {
    let paging = paging.resolve()?;
    let (rows, size) = state
        .read(move |c, _| Ok(log::entries(c, (paging.offset(), paging.limit()))?))
        .await?;
    Ok(paging.wrap(
        rows.into_iter().map(LogEntryView::from).collect(),
        size as i64,
    ))
}

fn proof_error(e: ProofError<StoreError>) -> ApiError {
    match e {
        ProofError::OutOfRange(why) => ApiError::Conflict(why.to_owned()),
        ProofError::Source(e) => e.into(),
    }
}

/// The checkpoint a proof is made against: the one at `size`, or the latest.
fn checkpoint_for(
    c: &mut DbConn,
    size: Option<u64>,
    field: &str,
) -> Result<log::StoredCheckpoint, ApiError> {
    let latest = log::latest_checkpoint(c)?
        .ok_or_else(|| ApiError::NotFound("no checkpoint yet: nothing is sealed".into()))?;
    match size {
        None => Ok(latest),
        Some(s) if s == latest.tree_size => Ok(latest),
        Some(s) => {
            let range = || {
                ApiError::rule(
                    field,
                    &Rule::Range {
                        min: 1,
                        max: latest.tree_size as i64,
                    },
                )
            };
            if s == 0 || s > latest.tree_size {
                return Err(range());
            }
            log::checkpoint_at(c, s)?.ok_or_else(|| {
                ApiError::NotFound(format!(
                    "no checkpoint was signed at tree size {s}: take one from GET /log/checkpoints"
                ))
            })
        }
    }
}

/// A sealed entry by its audit id: 404 when there is none, 409 while it waits to be sealed.
fn sealed_by_id(c: &mut DbConn, id: uuid::Uuid) -> Result<log::SealedEntry, ApiError> {
    match log::entry(c, id)? {
        Placement::Sealed(e) => Ok(e),
        Placement::Pending => Err(ApiError::Conflict(format!(
            "entry {id} is committed and not sealed yet: ask again in a second"
        ))),
        Placement::Unknown => Err(ApiError::NotFound(format!("no audit entry {id}"))),
    }
}

/// The inclusion proof of `entry` in the tree of the checkpoint at `tree_size` (the latest by
/// default).
fn prove(
    c: &mut DbConn,
    entry: log::SealedEntry,
    tree_size: Option<u64>,
) -> Result<
    (
        log::SealedEntry,
        log::StoredCheckpoint,
        Vec<grantdesk_domain::merkle::Hash>,
    ),
    ApiError,
> {
    let checkpoint = checkpoint_for(c, tree_size, "tree_size")?;
    if entry.index >= checkpoint.tree_size {
        return Err(ApiError::Conflict(format!(
            "entry {} is not in the tree of {} entries: take a later checkpoint",
            entry.index, checkpoint.tree_size
        )));
    }
    let proof = log::inclusion_proof(c, entry.index, checkpoint.tree_size).map_err(proof_error)?;
    Ok((entry, checkpoint, proof))
}

fn inclusion_view(
    state: &AppState,
    (entry, checkpoint, proof): (
        log::SealedEntry,
        log::StoredCheckpoint,
        Vec<grantdesk_domain::merkle::Hash>,
    ),
) -> InclusionProofView {
    InclusionProofView {
        entry: entry.into(),
        tree_size: checkpoint.tree_size,
        proof: hexes(&proof),
        checkpoint: view(state, checkpoint),
    }
}

/// The inclusion proof of an entry (by index or audit entry id) in a signed tree.
pub async fn inclusion(
    state: &AppState,
    query: InclusionQuery,
) -> Result<InclusionProofView, ApiError> {
    let proved = state
        .read(move |c, _| {
            let entry = match (query.index, query.entry_id) {
                (Some(i), None) => log::entry_at(c, i)?
                    .ok_or_else(|| ApiError::NotFound(format!("no sealed entry has index {i}")))?,
                (None, Some(id)) => sealed_by_id(c, id)?,
                _ => return Err(ApiError::rule("index", &Rule::Required)),
            };
            prove(c, entry, query.tree_size)
        })
        .await?;
    Ok(inclusion_view(state, proved))
}

/// The inclusion proof of a receipt's submission in the latest signed tree, for whoever may
/// read the receipt (the organisation's members, staff): 404 as for the receipt, 409 while its
/// entry waits to be sealed (and for receipts from before the log, which name no entry).
pub async fn receipt_proof(
    state: &AppState,
    claims: &crate::auth::Claims,
    application: uuid::Uuid,
    number: String,
) -> Result<InclusionProofView, ApiError> {
    let claims = claims.clone();
    let proved = state
        .read(move |c, _| {
            crate::services::load::application(c, &claims, application)?;
            let receipt = grantdesk_persistence::applications::receipts_of(c, application)?
                .into_iter()
                .find(|r| r.number == number)
                .ok_or_else(|| ApiError::not_found("the receipt"))?;
            let entry = receipt.log_entry_id.ok_or_else(|| {
                ApiError::Conflict(format!(
                    "receipt {number} was issued before the audit log: its record is in the \
                     hash chain (GET /audit/verify), not in the log"
                ))
            })?;
            let entry = sealed_by_id(c, entry)?;
            prove(c, entry, None)
        })
        .await?;
    Ok(inclusion_view(state, proved))
}

/// The consistency proof between two tree sizes.
pub async fn consistency(
    state: &AppState,
    query: ConsistencyQuery,
) -> Result<ConsistencyProofView, ApiError> {
    let (first, second, proof, a, b) = state
        .read(move |c, _| {
            let latest = checkpoint_for(c, None, "second")?;
            let second = query.second.unwrap_or(latest.tree_size);
            if second == 0 || second > latest.tree_size {
                return Err(ApiError::rule(
                    "second",
                    &Rule::Range {
                        min: 1,
                        max: latest.tree_size as i64,
                    },
                ));
            }
            if query.first == 0 || query.first > second {
                return Err(ApiError::rule(
                    "first",
                    &Rule::Range {
                        min: 1,
                        max: second as i64,
                    },
                ));
            }
            let proof = log::consistency_proof(c, query.first, second).map_err(proof_error)?;
            let a = log::checkpoint_at(c, query.first)?;
            let b = log::checkpoint_at(c, second)?;
            Ok((query.first, second, proof, a, b))
        })
        .await?;
    Ok(ConsistencyProofView {
        first,
        second,
        proof: hexes(&proof),
        first_checkpoint: a.map(|c| view(state, c)),
        second_checkpoint: b.map(|c| view(state, c)),
    })
}

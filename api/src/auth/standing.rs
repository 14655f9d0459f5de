//! Where a request's account check runs: on the request's first database work, in the same
//! blocking task, so it costs no hop of its own.
//!
//! [`check_account`](super::check_account) verifies a token (signature, claims, expiry: no IO)
//! and opens a [`scope`] for the request. An extractor that hands the bearer to a handler marks
//! the check as needed ([`needed`]); the request's first database task then takes it along
//! ([`Gate`]) and reads the account's standing as the first statement on the connection it
//! holds anyway (inside its transaction: one checkout, the same snapshot), and refuses with 401
//! if the token no longer speaks for its account: the handler's reads and writes never run for
//! a stopped account. A handler that did no database work (or
//! failed before it, e.g. on a malformed body) is checked when it returns, before its answer
//! leaves ([`Standing::due`]): whatever it answered, a stopped account's answer is a 401.
//!
//! Endpoints that take no token (sign-in, sign-up, probes) never mark the check as needed, so
//! a stale token sent along with them is ignored, as it always was.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use grantdesk_domain::account::check_token;
use grantdesk_persistence::{db, users, Db, DbConn};
use uuid::Uuid;

use super::{Claims, Role};
use crate::error::ApiError;

/// What is checked of a token against its account.
#[derive(Debug, Clone, Copy)]
pub struct Pending {
    user: Uuid,
    jti: Uuid,
    role: Role,
    version: i64,
}

impl Pending {
    pub fn of(claims: &Claims) -> Self {
        Pending {
            user: claims.sub,
            jti: claims.jti,
            role: claims.role,
            version: claims.ver,
        }
    }

    /// The check on a pooled connection of its own (see [`check_on`](Self::check_on)).
    pub fn check(&self, db: &Db, cache: &AccountCache) -> Result<(), ApiError> {
        db.read_statement(|c| self.check_on(c, cache))
    }

    /// Reads the account epoch and then the account's row and the revocation list by primary
    /// key (the domain's [`check_token`] decides) on a connection the caller holds, inside its
    /// transaction if it has one; a token that passes is remembered in `cache` while the epoch
    /// and this process's account changes stand.
    pub fn check_on(&self, conn: &mut DbConn, cache: &AccountCache) -> Result<(), ApiError> {
        // what the entry will depend on, read before what it remembers: a change committed
        // in between moves one of them on and ends the entry
        let local = db::account_changes();
        let epoch = users::account_epoch(conn)?;
        let standing = users::standing(conn, self.user, self.jti)?;
        check_token(standing, self.role, self.version)
            .map_err(|refusal| ApiError::Unauthenticated(refusal.message().into()))?;
        cache.remember(self, epoch, local);
        Ok(())
    }
}

/// How often a process reads the account epoch (what other processes changed reaches it
/// within this, see [`AccountCache`]).
pub const EPOCH_POLL: Duration = Duration::from_millis(50);
/// What the cache trusts at most: an epoch read longer ago than this (the database did not
/// answer) ends every hit, and so does an entry older than [`ENTRY_TTL`].
const EPOCH_FRESH: Duration = Duration::from_secs(1);
const ENTRY_TTL: Duration = Duration::from_secs(300);
/// Entries kept at most; past it the cache starts afresh.
const MAX_ENTRIES: usize = 100_000;

/// What this process remembers of tokens that passed their account check: the per-request
/// check costs a memory lookup instead of a database read while nothing changed (issue #12,
/// item 3: "a short-lived in-process cache invalidated on change").
///
/// An entry holds while
/// - this process committed no change to any account's standing since it was made
///   ([`db::account_changes`], moved on after the commit of a disable, enable, role change,
///   password change, reset or sign-out: so the next request after such a change, on this
///   process, reads the database);
/// - the database's account epoch is the one it was made at: triggers move the epoch on for
///   every change, whoever writes it (another server process, the CLI, SQL by hand), and
///   every process reads it every [`EPOCH_POLL`]; so a change made elsewhere ends the entries
///   here within that;
/// - the epoch was read less than [`EPOCH_FRESH`] ago (when the database does not answer, no
///   entry holds), and the entry is younger than [`ENTRY_TTL`].
///
/// Only tokens that passed are remembered: a refusal is read again every time.
#[derive(Debug, Default)]
pub struct AccountCache {
    state: Mutex<CacheState>,
}

#[derive(Debug, Default)]
struct CacheState {
    /// The newest account epoch read, and when.
    epoch: Option<(i64, Instant)>,
    entries: HashMap<(Uuid, Uuid), Entry>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    epoch: i64,
    local: u64,
    at: Instant,
}

impl AccountCache {
    /// Whether `pending` passed its check while nothing changed since.
    pub fn holds(&self, pending: &Pending) -> bool {
        let local = db::account_changes();
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let Some((epoch, read_at)) = state.epoch else {
            return false;
        };
        if read_at.elapsed() > EPOCH_FRESH {
            return false;
        }
        state
            .entries
            .get(&(pending.user, pending.jti))
            .is_some_and(|e| e.epoch == epoch && e.local == local && e.at.elapsed() < ENTRY_TTL)
    }

    fn remember(&self, pending: &Pending, epoch: i64, local: u64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.entries.len() >= MAX_ENTRIES {
            state.entries.clear();
        }
        let entry = Entry {
            epoch,
            local,
            at: Instant::now(),
        };
        state.entries.insert((pending.user, pending.jti), entry);
    }

    /// Records the account epoch just read: entries made at another epoch no longer hold.
    pub fn observe(&self, epoch: i64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.epoch.is_some_and(|(known, _)| known != epoch) {
            state.entries.retain(|_, e| e.epoch == epoch);
        }
        state.epoch = Some((epoch, Instant::now()));
    }

    /// Reads the account epoch every [`EPOCH_POLL`] for as long as the process runs; on
    /// PostgreSQL also as soon as a change is announced (see [`listen`]).
    pub fn watch(self: &Arc<Self>, db: Db) -> tokio::task::JoinHandle<()> {
        if db.backend() == grantdesk_persistence::Backend::Postgres {
            listen(Arc::downgrade(self), db.clone());
        }
        let cache = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let db = db.clone();
                let read =
                    tokio::task::spawn_blocking(move || db.read_statement(users::account_epoch))
                        .await;
                let Some(cache) = cache.upgrade() else {
                    return; // the server is gone
                };
                match read {
                    Ok(Ok(epoch)) => cache.observe(epoch),
                    Ok(Err(e)) => tracing::debug!(error = %e, "cannot read the account epoch"),
                    Err(e) => tracing::debug!(error = %e, "account epoch task"),
                }
                drop(cache);
                tokio::time::sleep(EPOCH_POLL).await;
            }
        })
    }
}

/// How often the listening connection's socket is read for announcements (a read of what
/// arrived, no round trip to the database).
const LISTEN_POLL: Duration = Duration::from_millis(1);

/// PostgreSQL: a thread with a connection of its own that listens to the account epoch's
/// announcements (`NOTIFY`, sent by the trigger at the change's commit) and reads the epoch as
/// soon as one arrives, so that a change made by another process ends this process's entries
/// within about a millisecond of its commit, before the client that made it has its answer.
/// A lost connection is listened again after a second; meanwhile the poll goes on.
fn listen(cache: std::sync::Weak<AccountCache>, db: Db) {
    let spawned = std::thread::Builder::new()
        .name("account-epoch".into())
        .spawn(move || {
            let mut listener = None;
            loop {
                if cache.strong_count() == 0 {
                    return; // the server is gone
                }
                if listener.is_none() {
                    match db.listen(users::ACCOUNT_EPOCH_CHANNEL) {
                        Ok(l) => listener = l,
                        Err(e) => {
                            tracing::debug!(error = %e, "cannot listen to the account epoch");
                            std::thread::sleep(Duration::from_secs(1));
                            continue;
                        }
                    }
                }
                let Some(l) = listener.as_mut() else {
                    return; // no notifications on this backend
                };
                let heard = l
                    .heard()
                    .and_then(|any| any.then(|| users::account_epoch(l.conn())).transpose());
                match heard {
                    Ok(Some(epoch)) => {
                        if let Some(cache) = cache.upgrade() {
                            cache.observe(epoch);
                        }
                    }
                    Ok(None) => std::thread::sleep(LISTEN_POLL),
                    Err(e) => {
                        tracing::debug!(error = %e, "the account epoch's listener was lost");
                        listener = None;
                        std::thread::sleep(Duration::from_secs(1));
                    }
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start the account epoch's listener");
    }
}

/// Where a request's check stands.
#[derive(Debug, Clone)]
pub enum Standing {
    /// The endpoint took no bearer (yet): nothing to check.
    NotNeeded(Pending),
    /// An extractor handed the bearer to the handler: the next database work checks it.
    Needed(Pending),
    /// The check is running with a database task.
    Checking(Pending),
    Passed,
    /// The token no longer speaks for its account: the request's answer is a 401 with this.
    Refused(String),
}

tokio::task_local! {
    static STANDING: RefCell<Standing>;
}

/// Runs `request` (the rest of the middleware chain and the handler) with its token's check
/// pending; answers what `request` answered and where the check ended.
pub async fn scope<F: std::future::Future>(claims: &Claims, request: F) -> (F::Output, Standing) {
    STANDING
        .scope(
            RefCell::new(Standing::NotNeeded(Pending::of(claims))),
            async {
                let output = request.await;
                let standing = STANDING.with(|s| s.borrow().clone());
                (output, standing)
            },
        )
        .await
}

/// The endpoint takes the bearer: its account must be checked before the answer.
pub fn needed() {
    let _ = STANDING.try_with(|s| {
        let mut s = s.borrow_mut();
        if let Standing::NotNeeded(p) = *s {
            *s = Standing::Needed(p);
        }
    });
}

/// A request's account check on its way to a database task: taken from the request when the
/// task is handed to a blocking thread, passed on the first connection the task holds (as the
/// first statement of its transaction), and settled back into the request when it returns.
/// Outside a request (the CLI, background work) there is nothing to check.
#[derive(Debug)]
pub struct Gate {
    pending: Option<Pending>,
    checked: Option<Checked>,
    cache: Arc<AccountCache>,
}

impl Gate {
    /// The check the task must do first (if the request still needs one and `cache` does not
    /// hold it as passed), or the refusal found already by an earlier task of the request.
    pub fn take(cache: &Arc<AccountCache>) -> Result<Gate, ApiError> {
        let pending = STANDING
            .try_with(|s| {
                let mut s = s.borrow_mut();
                match *s {
                    Standing::Needed(p) | Standing::Checking(p) if cache.holds(&p) => {
                        *s = Standing::Passed;
                        Ok(None)
                    }
                    Standing::Needed(p) | Standing::Checking(p) => {
                        *s = Standing::Checking(p);
                        Ok(Some(p))
                    }
                    Standing::Refused(ref reason) => Err(ApiError::Unauthenticated(reason.clone())),
                    Standing::NotNeeded(_) | Standing::Passed => Ok(None),
                }
            })
            .unwrap_or(Ok(None))?;
        Ok(Gate {
            pending,
            checked: None,
            cache: cache.clone(),
        })
    }

    /// Whether the task still has the check to do.
    pub fn is_due(&self) -> bool {
        self.pending.is_some()
    }

    /// Checks the account on `conn` if that is still to be done: a refusal (or a failed read)
    /// is the task's error, so its transaction never does its work.
    pub fn pass(&mut self, conn: &mut DbConn) -> Result<(), ApiError> {
        let Some(pending) = self.pending.take() else {
            return Ok(());
        };
        let outcome = pending.check_on(conn, &self.cache);
        self.checked = Some(match &outcome {
            Ok(()) => Checked::Passed,
            Err(ApiError::Unauthenticated(reason)) => Checked::Refused(reason.clone()),
            Err(_) => Checked::Failed,
        });
        outcome
    }

    /// Records in the request how the check ended: passed, refused (every later task of the
    /// request is refused too, and so is its answer), or not done (the task failed before it
    /// held a connection, or the read failed: the check is tried again if anything else runs,
    /// and before the answer).
    pub fn settle(self) {
        let checked = match (self.checked, self.pending) {
            (Some(checked), _) => checked,
            (None, Some(_)) => Checked::Failed,
            (None, None) => return,
        };
        let _ = STANDING.try_with(|s| {
            let mut s = s.borrow_mut();
            if let Standing::Checking(p) = *s {
                *s = match checked {
                    Checked::Passed => Standing::Passed,
                    Checked::Refused(reason) => Standing::Refused(reason),
                    Checked::Failed => Standing::Needed(p),
                };
            }
        });
    }
}

/// How a task's check ended.
#[derive(Debug, Clone)]
enum Checked {
    Passed,
    /// The token no longer speaks for its account.
    Refused(String),
    /// The database failed: the request's answer is that failure.
    Failed,
}

impl Standing {
    /// Where the check ended, for the request's answer: nothing to do (`None`), a check still
    /// to be done before the answer leaves (`Some`), or the refusal found.
    pub fn due(self) -> Result<Option<Pending>, ApiError> {
        match self {
            Standing::NotNeeded(_) | Standing::Passed => Ok(None),
            Standing::Refused(reason) => Err(ApiError::Unauthenticated(reason)),
            Standing::Needed(p) | Standing::Checking(p) => Ok(Some(p)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending() -> Pending {
        Pending {
            user: Uuid::new_v4(),
            jti: Uuid::new_v4(),
            role: Role::Applicant,
            version: 0,
        }
    }

    #[test]
    fn a_remembered_token_holds_only_while_the_epoch_stands() {
        let cache = AccountCache::default();
        let (p, other) = (pending(), pending());
        let local = db::account_changes();
        // nothing holds before the epoch was ever read
        cache.remember(&p, 7, local);
        assert!(!cache.holds(&p));
        cache.observe(7);
        assert!(cache.holds(&p));
        assert!(!cache.holds(&other), "only what passed is remembered");
        // another token of the same account is another entry
        let same_user = Pending {
            jti: Uuid::new_v4(),
            ..p
        };
        assert!(!cache.holds(&same_user));
        // the epoch moves on (a change anywhere): nothing made before holds, and it stays so
        // even if an old epoch were read again
        cache.observe(8);
        assert!(!cache.holds(&p));
        cache.observe(7);
        assert!(!cache.holds(&p), "entries of another epoch were dropped");
        // an entry made at the epoch read holds
        cache.remember(&p, 7, local);
        assert!(cache.holds(&p));
        // an entry made before a change of this process (which moved account_changes on)
        cache.remember(&other, 7, local.wrapping_sub(1));
        assert!(!cache.holds(&other));
    }
}

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

use grantdesk_domain::account::check_token;
use grantdesk_persistence::{users, Db, DbConn};
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

    /// One read of the account's row and the revocation list by primary key, one statement
    /// (the domain's [`check_token`] decides), on a pooled connection of its own.
    pub fn check(&self, db: &Db) -> Result<(), ApiError> {
        db.read_statement(|c| self.check_on(c))
    }

    /// The same read on a connection the caller holds (inside its transaction, if it has one).
    pub fn check_on(&self, conn: &mut DbConn) -> Result<(), ApiError> {
        let standing = users::standing(conn, self.user, self.jti)?;
        check_token(standing, self.role, self.version)
            .map_err(|refusal| ApiError::Unauthenticated(refusal.message().into()))
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
}

impl Gate {
    /// The check the task must do first (if the request still needs one), or the refusal
    /// found already by an earlier task of the request.
    pub fn take() -> Result<Gate, ApiError> {
        let pending = STANDING
            .try_with(|s| {
                let mut s = s.borrow_mut();
                match *s {
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
        let outcome = pending.check_on(conn);
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

//! Where a request's account check runs: on the request's first database work, in the same
//! blocking task, so it costs no hop of its own.
//!
//! [`check_account`](super::check_account) verifies a token (signature, claims, expiry: no IO)
//! and opens a [`scope`] for the request. An extractor that hands the bearer to a handler marks
//! the check as needed ([`needed`]); the first `AppState::run` of the request then [`take`]s it
//! and reads the account's standing on the blocking thread it runs on anyway, before its own
//! work, and refuses with 401 if the token no longer speaks for its account: the handler's
//! reads and writes never run for a stopped account. A handler that did no database work (or
//! failed before it, e.g. on a malformed body) is checked when it returns, before its answer
//! leaves ([`Standing::due`]): whatever it answered, a stopped account's answer is a 401.
//!
//! Endpoints that take no token (sign-in, sign-up, probes) never mark the check as needed, so
//! a stale token sent along with them is ignored, as it always was.

use std::cell::RefCell;

use grantdesk_domain::account::check_token;
use grantdesk_persistence::{users, Db};
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
    /// (the domain's [`check_token`] decides).
    pub fn check(&self, db: &Db) -> Result<(), ApiError> {
        let standing = db.read_statement(|c| users::standing(c, self.user, self.jti))?;
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

/// For a database task about to run: the check it must do first (if the request still needs
/// one), or the refusal found already. Outside a request (the CLI, background work) nothing.
pub fn take() -> Result<Option<Pending>, ApiError> {
    STANDING
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
        .unwrap_or(Ok(None))
}

/// How the check a database task took ended.
#[derive(Debug, Clone)]
pub enum Checked {
    Passed,
    /// The token no longer speaks for its account.
    Refused(String),
    /// The database failed: the request's answer is that failure.
    Failed,
}

impl Checked {
    /// What a failed check's error means for the request.
    pub fn of(error: &ApiError) -> Checked {
        match error {
            ApiError::Unauthenticated(reason) => Checked::Refused(reason.clone()),
            _ => Checked::Failed,
        }
    }
}

/// Records how the check a database task took ended: passed, refused (every later task of the
/// request is refused too, and so is its answer), or not done (the check is tried again if
/// anything else runs, and before the answer).
pub fn settle(checked: &Checked) {
    let _ = STANDING.try_with(|s| {
        let mut s = s.borrow_mut();
        if let Standing::Checking(p) = *s {
            *s = match checked {
                Checked::Passed => Standing::Passed,
                Checked::Refused(reason) => Standing::Refused(reason.clone()),
                Checked::Failed => Standing::Needed(p),
            };
        }
    });
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

//! The delivery worker: takes due notifications from the database with a lease and sends each
//! by mail, at least once.
//!
//! - **Claim.** One short write transaction claims a batch for this worker until the lease ends
//!   (`notifications::claim_due`: `SKIP LOCKED` on PostgreSQL), so that two server processes on
//!   one database never send one message at the same time.
//! - **Send**, outside any transaction, each message under its own `Message-ID`.
//! - **Record** the outcome, only while the lease is still this worker's: sent, or failed with
//!   the next attempt's instant from the domain's [`RetryPolicy`] (exponential back-off, full
//!   jitter), or parked as failed after the last attempt, for an admin to retry.
//!
//! A worker that dies between sending and recording leaves the message leased; when the lease
//! ends another worker (or this one, restarted) sends it again under the same `Message-ID`.
//! Nothing is lost; a repeat is recognisable.

use std::sync::Arc;
use std::time::Duration;

use grantdesk_domain::{Clock, RetryPolicy};
use grantdesk_persistence::notifications::{self, Notification};
use grantdesk_persistence::{Db, StoreError};
use uuid::Uuid;

use super::mail::Mailer;
use super::render::render_mail;

/// How the worker runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliverySettings {
    pub policy: RetryPolicy,
    /// How long a claim keeps other workers off a message.
    pub lease: Duration,
    /// Messages claimed at once.
    pub batch: i64,
    /// The pause between two looks for due messages when there were none.
    pub interval: Duration,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        DeliverySettings {
            policy: RetryPolicy::default(),
            lease: Duration::from_secs(120),
            batch: 50,
            interval: Duration::from_secs(1),
        }
    }
}

/// What one run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    /// Failed attempts that will be tried again.
    pub failed: usize,
    /// Failed last attempts: parked for an admin.
    pub parked: usize,
    /// Outcomes not recorded because the lease had passed to another worker.
    pub lost_leases: usize,
}

/// A delivery worker: one per process; its id names its leases.
#[derive(Clone)]
pub struct Worker {
    db: Db,
    clock: Arc<dyn Clock>,
    mailer: Mailer,
    settings: DeliverySettings,
    owner: String,
}

impl Worker {
    pub fn new(db: Db, clock: Arc<dyn Clock>, mailer: Mailer, settings: DeliverySettings) -> Self {
        Worker {
            db,
            clock,
            mailer,
            settings,
            owner: format!("worker:{}", Uuid::new_v4()),
        }
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Db, &dyn Clock) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (db, clock) = (self.db.clone(), self.clock.clone());
        tokio::task::spawn_blocking(move || f(&db, clock.as_ref()))
            .await
            .map_err(|e| StoreError::Unavailable(format!("delivery task: {e}")))?
    }

    /// Claims one batch of due messages and sends them.
    pub async fn run_once(&self) -> Result<Delivered, StoreError> {
        let (owner, lease, batch) = (self.owner.clone(), self.settings.lease, self.settings.batch);
        let claimed: Vec<Notification> = self
            .blocking(move |db, clock| {
                let now = clock.now();
                let until = now + chrono::Duration::from_std(lease).unwrap_or_default();
                db.write(|c| notifications::claim_due(c, &owner, now, until, batch))
            })
            .await?;
        let mut done = Delivered::default();
        for n in claimed {
            let outcome = match render_mail(&n) {
                Ok(rendered) => self.mailer.send(n.id, &n.email, &rendered).await,
                Err(e) => Err(format!("cannot write the message: {e}")),
            };
            let (owner, policy, id) = (self.owner.clone(), self.settings.policy, n.id);
            let attempt = u32::try_from(n.attempts).unwrap_or(0).saturating_add(1);
            let recorded = match &outcome {
                Ok(()) => {
                    self.blocking(move |db, clock| {
                        db.write(|c| notifications::mark_sent(c, id, &owner, clock.now()))
                    })
                    .await?
                }
                Err(error) => {
                    tracing::warn!(notification = %id, attempt, %error, "delivery failed");
                    let error = error.clone();
                    let jitter: f64 = rand::random();
                    self.blocking(move |db, clock| {
                        let next = policy.after_failure(attempt, clock.now(), jitter);
                        db.write(|c| {
                            notifications::mark_attempt_failed(c, id, &owner, &error, next)
                        })
                    })
                    .await?
                }
            };
            match (recorded, &outcome) {
                (false, _) => done.lost_leases += 1,
                (true, Ok(())) => done.sent += 1,
                (true, Err(_)) if attempt >= policy.max_attempts => done.parked += 1,
                (true, Err(_)) => done.failed += 1,
            }
        }
        Ok(done)
    }

    /// Runs batches until none is due (`grantdesk deliver`, tests).
    pub async fn drain(&self) -> Result<Delivered, StoreError> {
        let mut total = Delivered::default();
        loop {
            let run = self.run_once().await?;
            let any = run.sent + run.failed + run.parked + run.lost_leases;
            total.sent += run.sent;
            total.failed += run.failed;
            total.parked += run.parked;
            total.lost_leases += run.lost_leases;
            if any == 0 {
                return Ok(total);
            }
        }
    }

    /// Runs in the background for as long as the process: a batch whenever messages are due,
    /// a pause of the configured interval when none were.
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                match self.run_once().await {
                    Ok(run) if run.sent + run.failed + run.parked + run.lost_leases > 0 => continue,
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "delivery: cannot reach the database"),
                }
                tokio::time::sleep(self.settings.interval).await;
            }
        })
    }
}

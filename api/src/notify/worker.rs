//! The delivery worker: takes due notifications (by mail, when a relay is configured) and
//! webhook messages from the database with a lease and delivers each at least once.
//!
//! - **Claim.** One short write transaction claims a batch for this worker until the lease ends
//!   (`notifications::claim_due`: `SKIP LOCKED` on PostgreSQL), so that two server processes on
//!   one database never send one message at the same time.
//! - **Send**, outside any transaction, each message under its own `Message-ID`, up to
//!   [`DeliverySettings::concurrency`] at once.
//! - **Record** the batch's outcomes in one write transaction, each only while the lease is
//!   still this worker's: sent, or failed with
//!   the next attempt's instant from the domain's [`RetryPolicy`] (exponential back-off, full
//!   jitter), or parked as failed after the last attempt, for an admin to retry.
//!
//! In a server the worker yields to requests: while [`YieldSettings::above`] requests or more
//! are in flight it waits (up to [`YieldSettings::max_defer`]) before its next batch, so that a
//! deadline surge gets the machine and the messages follow when it is over.
//!
//! A worker that dies between sending and recording leaves the message leased; when the lease
//! ends another worker (or this one, restarted) sends it again under the same `Message-ID`.
//! Nothing is lost; a repeat is recognisable.
//!
//! Webhook messages go the same way (their `webhook-id` is the key a receiver deduplicates on);
//! an endpoint whose messages are parked [`WebhookSettings::disable_after`] times in a row is
//! disabled, and its owner told (the organisation's members, or the admin who registered it).

use std::sync::Arc;
use std::time::Duration;

use futures_util::stream::{self, StreamExt};
use grantdesk_domain::{Clock, RetryPolicy};
use grantdesk_persistence::notifications::{self, Notification};
use grantdesk_persistence::webhooks::{self, AfterWebhookFailure, Claimed};
use grantdesk_persistence::{Db, StoreError};
use uuid::Uuid;

use super::mail::Mailer;
use super::render::{is_reminder, render_mail};
use super::webhook::{WebhookSender, WebhookSettings};
use crate::load::{Load, YieldSettings};

/// How the worker runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliverySettings {
    pub policy: RetryPolicy,
    /// How long a claim keeps other workers off a message.
    pub lease: Duration,
    /// Messages claimed at once.
    pub batch: i64,
    /// Messages of a batch in flight at once (each to its own relay connection or receiver).
    pub concurrency: usize,
    /// The pause between two looks for due messages when there were none.
    pub interval: Duration,
    /// When the background worker waits for requests to be answered first.
    pub yielding: YieldSettings,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        DeliverySettings {
            policy: RetryPolicy::default(),
            lease: Duration::from_secs(120),
            batch: 50,
            concurrency: 8,
            interval: Duration::from_secs(1),
            yielding: YieldSettings::default(),
        }
    }
}

/// What one run did (mail and webhooks together).
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

impl Delivered {
    fn any(&self) -> bool {
        self.sent + self.failed + self.parked + self.lost_leases > 0
    }

    fn add(&mut self, other: Delivered) {
        self.sent += other.sent;
        self.failed += other.failed;
        self.parked += other.parked;
        self.lost_leases += other.lost_leases;
    }
}

/// A delivery worker: one per process; its id names its leases.
#[derive(Clone)]
pub struct Worker {
    db: Db,
    clock: Arc<dyn Clock>,
    /// `None`: mail is off, notifications stay queued (and in the inbox).
    mailer: Option<Mailer>,
    hooks: WebhookSender,
    disable_after: i32,
    settings: DeliverySettings,
    owner: String,
    /// The requests in flight in this process, yielded to (none counted unless
    /// [`Worker::yielding_to`] names the server's).
    load: Arc<Load>,
}

impl Worker {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        mailer: Option<Mailer>,
        hooks: (WebhookSender, &WebhookSettings),
        settings: DeliverySettings,
    ) -> Self {
        Worker {
            db,
            clock,
            mailer,
            hooks: hooks.0,
            disable_after: hooks.1.disable_after,
            settings,
            owner: format!("worker:{}", Uuid::new_v4()),
            load: Arc::default(),
        }
    }

    /// The worker, yielding to the requests `load` counts (the server's own) as its settings'
    /// [`DeliverySettings::yielding`] says.
    pub fn yielding_to(mut self, load: Arc<Load>) -> Self {
        self.load = load;
        self
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

    /// Claims one batch of due notifications (when mail is on) and one of due webhook
    /// messages, and delivers them.
    pub async fn run_once(&self) -> Result<Delivered, StoreError> {
        let mut done = match &self.mailer {
            Some(mailer) => self.mail_once(mailer).await?,
            None => Delivered::default(),
        };
        done.add(self.webhooks_once().await?);
        Ok(done)
    }

    fn lease_until(&self, now: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        now + chrono::Duration::from_std(self.settings.lease).unwrap_or_default()
    }

    /// Delivers `items` with at most [`DeliverySettings::concurrency`] in flight; what each
    /// attempt found, in no particular order.
    async fn each<T, R, F>(&self, items: Vec<T>, deliver: impl Fn(T) -> F) -> Vec<R>
    where
        F: std::future::Future<Output = R>,
    {
        stream::iter(items)
            .map(deliver)
            .buffer_unordered(self.settings.concurrency.max(1))
            .collect()
            .await
    }

    async fn mail_once(&self, mailer: &Mailer) -> Result<Delivered, StoreError> {
        let (owner, batch) = (self.owner.clone(), self.settings.batch);
        let this = self.clone();
        let claimed: Vec<Notification> = self
            .blocking(move |db, clock| {
                let now = clock.now();
                let until = this.lease_until(now);
                db.write(|c| notifications::claim_due(c, &owner, now, until, batch))
            })
            .await?;
        if claimed.is_empty() {
            return Ok(Delivered::default());
        }
        let sent = self
            .each(claimed, |n| async move {
                let unsubscribe = is_reminder(&n.kind).then(|| mailer.unsubscribe_url(n.user_id));
                let outcome = match render_mail(&n) {
                    Ok(rendered) => {
                        mailer
                            .send(n.id, &n.email, &rendered, unsubscribe.as_deref())
                            .await
                    }
                    Err(e) => Err(format!("cannot write the message: {e}")),
                };
                let attempt = u32::try_from(n.attempts).unwrap_or(0).saturating_add(1);
                if let Err(error) = &outcome {
                    tracing::warn!(notification = %n.id, attempt, %error, "delivery failed");
                }
                (n.id, attempt, outcome, rand::random::<f64>())
            })
            .await;
        // every outcome of the batch in one write transaction (on SQLite the one writer is
        // what submissions wait for)
        let (owner, policy) = (self.owner.clone(), self.settings.policy);
        self.blocking(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let mut done = Delivered::default();
                for (id, attempt, outcome, jitter) in &sent {
                    let recorded = match outcome {
                        Ok(()) => notifications::mark_sent(c, *id, &owner, now)?,
                        Err(error) => {
                            let next = policy.after_failure(*attempt, now, *jitter);
                            notifications::mark_attempt_failed(c, *id, &owner, error, next)?
                        }
                    };
                    match (recorded, outcome) {
                        (false, _) => done.lost_leases += 1,
                        (true, Ok(())) => done.sent += 1,
                        (true, Err(_)) if *attempt >= policy.max_attempts => done.parked += 1,
                        (true, Err(_)) => done.failed += 1,
                    }
                }
                Ok(done)
            })
        })
        .await
    }

    /// Claims one batch of due webhook messages of active endpoints and posts them.
    async fn webhooks_once(&self) -> Result<Delivered, StoreError> {
        let (owner, batch) = (self.owner.clone(), self.settings.batch);
        let this = self.clone();
        let claimed: Vec<Claimed> = self
            .blocking(move |db, clock| {
                let now = clock.now();
                let until = this.lease_until(now);
                db.write(|c| webhooks::claim_due(c, &owner, now, until, batch))
            })
            .await?;
        if claimed.is_empty() {
            return Ok(Delivered::default());
        }
        let posted = self
            .each(claimed, |claimed| async move {
                let attempt = self.hooks.send(&claimed, self.clock.now()).await;
                let number = u32::try_from(claimed.message.attempts)
                    .unwrap_or(0)
                    .saturating_add(1);
                if let Some(error) = &attempt.error {
                    tracing::warn!(
                        webhook_message = %claimed.message.id,
                        attempt = number,
                        %error,
                        "webhook delivery failed"
                    );
                }
                (claimed.message, attempt, number, rand::random::<f64>())
            })
            .await;
        let (owner, policy, disable_after) =
            (self.owner.clone(), self.settings.policy, self.disable_after);
        self.blocking(move |db, clock| {
            db.write(|c| {
                let mut done = Delivered::default();
                for (message, attempt, number, jitter) in &posted {
                    if attempt.error.is_none() {
                        if webhooks::record_delivered(c, message, &owner, attempt)? {
                            done.sent += 1;
                        } else {
                            done.lost_leases += 1;
                        }
                        continue;
                    }
                    let next = policy.after_failure(*number, clock.now(), *jitter);
                    let outcome =
                        webhooks::record_failure(c, message, &owner, attempt, next, disable_after)?;
                    if let AfterWebhookFailure::EndpointDisabled(endpoint) = &outcome {
                        tell_owner_disabled(c, endpoint, clock.now())?;
                    }
                    match outcome {
                        AfterWebhookFailure::LeaseLost => done.lost_leases += 1,
                        _ if *number >= policy.max_attempts => done.parked += 1,
                        _ => done.failed += 1,
                    }
                }
                Ok(done)
            })
        })
        .await
    }

    /// Runs batches until none is due (`grantdesk deliver`, tests).
    pub async fn drain(&self) -> Result<Delivered, StoreError> {
        let mut total = Delivered::default();
        loop {
            let run = self.run_once().await?;
            total.add(run);
            if !run.any() {
                return Ok(total);
            }
        }
    }

    /// Runs in the background for as long as the process: a batch whenever messages are due,
    /// a pause of the configured interval when none were; before each batch it waits while
    /// the server is busy answering requests (see [`YieldSettings`]).
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                let waited = self.settings.yielding.wait_for_quiet(&self.load).await;
                if waited >= Duration::from_secs(1) {
                    tracing::debug!(
                        waited_ms = waited.as_millis() as u64,
                        "delivery yielded to requests"
                    );
                }
                match self.run_once().await {
                    Ok(run) if run.any() => continue,
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "delivery: cannot reach the database"),
                }
                tokio::time::sleep(self.settings.interval).await;
            }
        })
    }
}

/// Tells the owner of an endpoint disabled for its failures (in the transaction that disabled
/// it): the organisation's members, or the admin who registered an admin's endpoint.
fn tell_owner_disabled(
    c: &mut grantdesk_persistence::DbConn,
    endpoint: &webhooks::Endpoint,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    let payload = serde_json::json!({
        "endpoint_id": endpoint.id,
        "url": endpoint.url,
        "reason": endpoint.disabled_reason,
    });
    match endpoint.organisation_id {
        Some(organisation) => {
            notifications::to_members(c, organisation, "webhook_disabled", &payload, now)?;
        }
        None => match grantdesk_persistence::users::find(c, endpoint.created_by) {
            Ok(admin) => notifications::insert(c, &admin, None, "webhook_disabled", &payload, now)?,
            // the account is gone: the admins see the endpoint disabled in the listing
            Err(StoreError::NotFound) => {}
            Err(e) => return Err(e),
        },
    }
    Ok(())
}

//! The reminder job (issue #13): every server process looks, every
//! [`ReminderSettings::interval`], for
//! - drafts of open calls at one of the configured offsets before the deadline: their
//!   organisation's members are reminded (`deadline_reminder`), once per offset, only the
//!   nearest offset that has come (see [`ReminderOffsets::due`]);
//! - grants whose period has ended without a final report: their organisation's members are
//!   told it is due (`final_report_due`), once.
//!
//! Safe with several processes at once: each reminder is recorded under a unique key in the
//! transaction that writes its messages, and a process that finds the key taken writes nothing
//! ([`reminders::send_once`]). Members who turned reminders off get none. The messages are
//! inbox entries and, with mail on, e-mails with a one-click unsubscribe link.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use grantdesk_domain::{date_in_brussels, final_report_due, Clock, ReminderOffsets, Tz};
use grantdesk_persistence::reminders::{self, CallRef, Reminder, ReminderKind};
use grantdesk_persistence::{Db, StoreError};
use serde_json::json;

/// When reminders go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSettings {
    /// Before a call's deadline.
    pub offsets: ReminderOffsets,
    /// How often the job looks.
    pub interval: Duration,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            offsets: ReminderOffsets::default(),
            interval: Duration::from_secs(60),
        }
    }
}

/// What one run wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reminded {
    /// Deadline reminders recorded (one per draft and offset).
    pub deadlines: usize,
    /// Final-report reminders recorded (one per grant).
    pub final_reports: usize,
    /// Messages written (one per member who wants reminders).
    pub messages: usize,
}

/// Reminders written in one transaction at most (a surge's worth of drafts is spread over
/// several, so that the one SQLite writer is not held for long).
const PER_TRANSACTION: usize = 100;

/// The job, on one database and clock.
#[derive(Clone)]
pub struct ReminderJob {
    db: Db,
    clock: Arc<dyn Clock>,
    settings: ReminderSettings,
}

fn call_facts(call: &CallRef) -> serde_json::Value {
    json!({"id": call.id, "reference": call.reference, "title": call.title})
}

fn zone_of(call: &CallRef) -> Tz {
    call.zone.parse().unwrap_or(chrono_tz::Europe::Brussels)
}

/// The first instant of `day` in `zone`.
fn start_of(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    zone.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| midnight.and_utc())
}

/// A reminder and its facts, before it is written.
struct Due {
    kind: ReminderKind,
    subject: uuid::Uuid,
    due_at: DateTime<Utc>,
    offset_seconds: i64,
    organisation: uuid::Uuid,
    payload: serde_json::Value,
}

impl ReminderJob {
    pub fn new(db: Db, clock: Arc<dyn Clock>, settings: ReminderSettings) -> Self {
        ReminderJob {
            db,
            clock,
            settings,
        }
    }

    /// Looks once and writes what is due (in blocking threads: call it from async code).
    pub async fn run_once(&self) -> Result<Reminded, StoreError> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.run_blocking())
            .await
            .map_err(|e| StoreError::Unavailable(format!("reminder task: {e}")))?
    }

    fn due(&self, now: DateTime<Utc>) -> Result<Vec<Due>, StoreError> {
        let offsets = &self.settings.offsets;
        let horizon = chrono::Duration::from_std(offsets.horizon()).unwrap_or_default();
        let (drafts, sent, owed) = self.db.read(|c| {
            let drafts = if horizon.is_zero() {
                Vec::new()
            } else {
                reminders::open_drafts(c, now, now + horizon)?
            };
            let sent = reminders::deadline_reminders_sent(c, now)?;
            // a day's margin for zones ahead of Brussels: the domain decides per grant below
            let tomorrow = date_in_brussels(now).succ_opt().unwrap_or(NaiveDate::MAX);
            let owed = reminders::reports_owed(c, tomorrow)?;
            Ok::<_, StoreError>((drafts, sent, owed))
        })?;
        let mut due = Vec::new();
        for draft in drafts {
            let Some(offset) = offsets.due(draft.deadline, now) else {
                continue;
            };
            let offset_seconds = i64::try_from(offset.as_secs()).unwrap_or(i64::MAX);
            if sent.contains(&(draft.application_id, draft.deadline, offset_seconds)) {
                continue;
            }
            due.push(Due {
                kind: ReminderKind::Deadline,
                subject: draft.application_id,
                due_at: draft.deadline,
                offset_seconds,
                organisation: draft.organisation_id,
                payload: json!({
                    "call": call_facts(&draft.call),
                    "application": {"id": draft.application_id, "title": draft.title},
                    "deadline": draft.deadline,
                    "zone": draft.call.zone,
                    "offset_seconds": offset_seconds,
                }),
            });
        }
        for grant in owed {
            let zone = zone_of(&grant.call);
            // the day after the grant's last day, in the call's zone
            let today = now.with_timezone(&zone).date_naive();
            if !final_report_due(grant.end_date, today) {
                continue;
            }
            let day_after = grant.end_date.succ_opt().unwrap_or(grant.end_date);
            due.push(Due {
                kind: ReminderKind::FinalReport,
                subject: grant.grant_id,
                due_at: start_of(day_after, zone),
                offset_seconds: 0,
                organisation: grant.organisation_id,
                payload: json!({
                    "call": call_facts(&grant.call),
                    "grant_id": grant.grant_id,
                    "end_date": grant.end_date,
                    "zone": grant.call.zone,
                }),
            });
        }
        Ok(due)
    }

    fn run_blocking(&self) -> Result<Reminded, StoreError> {
        let now = self.clock.now();
        let due = self.due(now)?;
        let mut done = Reminded::default();
        for chunk in due.chunks(PER_TRANSACTION) {
            let run = self.db.write(|c| {
                let mut run = Reminded::default();
                for d in chunk {
                    let reminder = Reminder {
                        kind: d.kind,
                        subject: d.subject,
                        due_at: d.due_at,
                        offset_seconds: d.offset_seconds,
                        organisation: d.organisation,
                        notification: match d.kind {
                            ReminderKind::Deadline => "deadline_reminder",
                            ReminderKind::FinalReport => "final_report_due",
                        },
                        payload: &d.payload,
                    };
                    // None: another process sent it meanwhile
                    if let Some(messages) = reminders::send_once(c, &reminder, now)? {
                        match d.kind {
                            ReminderKind::Deadline => run.deadlines += 1,
                            ReminderKind::FinalReport => run.final_reports += 1,
                        }
                        run.messages += messages;
                    }
                }
                Ok::<_, StoreError>(run)
            })?;
            done.deadlines += run.deadlines;
            done.final_reports += run.final_reports;
            done.messages += run.messages;
        }
        if done.deadlines + done.final_reports > 0 {
            tracing::info!(
                deadlines = done.deadlines,
                final_reports = done.final_reports,
                messages = done.messages,
                "reminders written"
            );
        }
        Ok(done)
    }

    /// Runs in the background for as long as the process, once every interval.
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                if let Err(e) = self.run_once().await {
                    tracing::warn!(error = %e, "reminders: cannot reach the database");
                }
                tokio::time::sleep(self.settings.interval).await;
            }
        })
    }
}

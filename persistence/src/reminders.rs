//! Reminders (issue #13): what is due for one, who wants them, and the guarded write that sends
//! each once whichever server process runs the job (see `migrations/*/..._reminders`).

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::dsl::{exists, not};
use diesel::prelude::*;
use grantdesk_domain::acceptance::AcceptanceStatus;
use grantdesk_domain::{ApplicationStatus, CallStatus};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::uuid;
use crate::notifications::{self, Recipients};
use crate::schema::{
    applications, calls, final_reports, grant_acceptances, grant_cancellations, grant_settlements,
    grants, reminder_preferences as prefs, reminders_sent as sent,
};
use crate::StoreError;

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    /// A call's deadline, to an organisation with a draft in it.
    Deadline,
    /// A grant's final report, once its period has ended.
    FinalReport,
}

impl ReminderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::Deadline => "deadline",
            ReminderKind::FinalReport => "final_report",
        }
    }
}

/// The call a reminder is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRef {
    pub id: Uuid,
    pub reference: String,
    pub title: String,
    /// The call's time zone, as its IANA name.
    pub zone: String,
}

/// An unsubmitted draft in an open call whose deadline is still to come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDraft {
    pub application_id: Uuid,
    pub organisation_id: Uuid,
    /// The draft's title as it stands (possibly still empty).
    pub title: String,
    pub call: CallRef,
    pub deadline: DateTime<Utc>,
}

type DraftRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    String,
);

/// Drafts of open calls whose deadline is after `now` and at most at `until`, in a stable order.
pub fn open_drafts(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<OpenDraft>, StoreError> {
    let rows: Vec<DraftRow> = applications::table
        .inner_join(calls::table)
        .filter(applications::status.eq(ApplicationStatus::Draft.as_str()))
        .filter(calls::status.eq(CallStatus::Open.as_str()))
        .filter(calls::deadline_at.gt(now.naive_utc()))
        .filter(calls::deadline_at.le(until.naive_utc()))
        .order(applications::id.asc())
        .select((
            applications::id,
            applications::lead_organisation_id,
            applications::content,
            calls::id,
            calls::reference,
            calls::title,
            calls::deadline_at,
            calls::time_zone,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(
            |(id, org, content, call, reference, call_title, deadline, zone)| {
                let title = serde_json::from_str::<serde_json::Value>(&content)
                    .ok()
                    .and_then(|c| c["title"].as_str().map(str::to_owned))
                    .unwrap_or_default();
                Ok(OpenDraft {
                    application_id: uuid(&id)?,
                    organisation_id: uuid(&org)?,
                    title,
                    call: CallRef {
                        id: uuid(&call)?,
                        reference,
                        title: call_title,
                        zone,
                    },
                    deadline: deadline.and_utc(),
                })
            },
        )
        .collect()
}

/// The deadline reminders already sent for deadlines after `now`: (application, deadline,
/// offset in seconds).
pub fn deadline_reminders_sent(
    conn: &mut DbConn,
    now: DateTime<Utc>,
) -> Result<HashSet<(Uuid, DateTime<Utc>, i64)>, StoreError> {
    let rows: Vec<(String, NaiveDateTime, i64)> = sent::table
        .filter(sent::kind.eq(ReminderKind::Deadline.as_str()))
        .filter(sent::due_at.gt(now.naive_utc()))
        .select((sent::subject_id, sent::due_at, sent::offset_seconds))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, due, offset)| Ok((uuid(&id)?, due.and_utc(), offset)))
        .collect()
}

/// A grant whose period has ended without a final report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOwed {
    pub grant_id: Uuid,
    pub organisation_id: Uuid,
    pub end_date: NaiveDate,
    pub call: CallRef,
}

/// Grants whose last day is before `day`, with no final report, not settled, and not yet
/// reminded of it.
pub fn reports_owed(conn: &mut DbConn, day: NaiveDate) -> Result<Vec<ReportOwed>, StoreError> {
    let rows: Vec<(String, String, NaiveDate, String, String, String, String)> = grants::table
        .inner_join(calls::table.on(calls::id.eq(grants::call_id)))
        .filter(grants::end_date.lt(day))
        // a grant renounced, expired or still awaiting its acceptance owes no report
        .filter(exists(
            grant_acceptances::table
                .filter(grant_acceptances::grant_id.eq(grants::id))
                .filter(grant_acceptances::status.eq(AcceptanceStatus::Accepted.as_str())),
        ))
        .filter(not(exists(
            final_reports::table.filter(final_reports::grant_id.eq(grants::id)),
        )))
        .filter(not(exists(
            grant_settlements::table.filter(grant_settlements::grant_id.eq(grants::id)),
        )))
        // nor does a cancelled grant
        .filter(not(exists(
            grant_cancellations::table.filter(grant_cancellations::grant_id.eq(grants::id)),
        )))
        .filter(not(exists(
            sent::table
                .filter(sent::kind.eq(ReminderKind::FinalReport.as_str()))
                .filter(sent::subject_id.eq(grants::id)),
        )))
        .order(grants::id.asc())
        .select((
            grants::id,
            grants::organisation_id,
            grants::end_date,
            calls::id,
            calls::reference,
            calls::title,
            calls::time_zone,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, org, end_date, call, reference, title, zone)| {
            Ok(ReportOwed {
                grant_id: uuid(&id)?,
                organisation_id: uuid(&org)?,
                end_date,
                call: CallRef {
                    id: uuid(&call)?,
                    reference,
                    title,
                    zone,
                },
            })
        })
        .collect()
}

/// One reminder to send: about `subject` (an application or a grant) for the instant `due_at`
/// at `offset_seconds` before it (0 for a final report), to `organisation`'s members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder<'a> {
    pub kind: ReminderKind,
    pub subject: Uuid,
    pub due_at: DateTime<Utc>,
    pub offset_seconds: i64,
    pub organisation: Uuid,
    /// The notification's kind and facts.
    pub notification: &'a str,
    pub payload: &'a serde_json::Value,
}

/// Sends `reminder` unless it was sent already (by this process or another): records it and
/// writes the message to each member of the organisation who has not turned reminders off, in
/// one transaction (the caller's). How many it was written to; `None` when it had been sent.
pub fn send_once(
    conn: &mut DbConn,
    reminder: &Reminder<'_>,
    now: DateTime<Utc>,
) -> Result<Option<usize>, StoreError> {
    let to = wanting_reminders(conn, reminder.organisation)?;
    let insert = diesel::insert_into(sent::table)
        .values((
            sent::kind.eq(reminder.kind.as_str()),
            sent::subject_id.eq(reminder.subject.to_string()),
            sent::due_at.eq(reminder.due_at.naive_utc()),
            sent::offset_seconds.eq(reminder.offset_seconds),
            sent::organisation_id.eq(reminder.organisation.to_string()),
            sent::recipients.eq(i32::try_from(to.len()).unwrap_or(i32::MAX)),
            sent::sent_at.eq(now.naive_utc()),
        ))
        .on_conflict_do_nothing();
    // the multi-backend connection writes no ON CONFLICT: each backend's own does
    let added = match conn {
        DbConn::Pg(c) => insert.execute(c)?,
        DbConn::Sqlite(c) => insert.execute(c)?,
    };
    if added == 0 {
        return Ok(None);
    }
    notifications::write_to(conn, &to, reminder.notification, reminder.payload, now).map(Some)
}

/// The members of `organisation` who get reminders (all but those who turned them off).
fn wanting_reminders(conn: &mut DbConn, organisation: Uuid) -> Result<Recipients, StoreError> {
    let mut to = notifications::recipients(conn, organisation)?;
    let off: Vec<String> = prefs::table
        .filter(prefs::enabled.eq(false))
        .filter(prefs::user_id.eq_any(to.user_ids()))
        .select(prefs::user_id)
        .load(conn)?;
    to.retain(|user| !off.iter().any(|o| o == user));
    Ok(to)
}

/// Whether `user` gets reminders.
pub fn wants_reminders(conn: &mut DbConn, user: Uuid) -> Result<bool, StoreError> {
    let enabled: Option<bool> = prefs::table
        .find(user.to_string())
        .select(prefs::enabled)
        .first(conn)
        .optional()?;
    Ok(enabled.unwrap_or(true))
}

/// Turns reminders on or off for `user`; whether they were on before.
pub fn set_reminders(
    conn: &mut DbConn,
    user: Uuid,
    enabled: bool,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let before = wants_reminders(conn, user)?;
    if before != enabled {
        let now = now.naive_utc();
        let upsert = diesel::insert_into(prefs::table)
            .values((
                prefs::user_id.eq(user.to_string()),
                prefs::enabled.eq(enabled),
                prefs::changed_at.eq(now),
            ))
            .on_conflict(prefs::user_id)
            .do_update()
            .set((prefs::enabled.eq(enabled), prefs::changed_at.eq(now)));
        match conn {
            DbConn::Pg(c) => upsert.execute(c)?,
            DbConn::Sqlite(c) => upsert.execute(c)?,
        };
    }
    Ok(before)
}

//! Signed webhooks (issue #13, item 5): endpoints, their secrets, the messages written for them
//! in the transaction of the fact they tell ([`publish`]), and the delivery log.
//!
//! Messages are delivered like notifications (see [`crate::queue`]): claimed with a lease,
//! retried with back-off, parked after the last attempt. An endpoint whose messages keep being
//! parked is disabled ([`record_failure`]); a disabled endpoint's messages wait, and it is
//! written no new ones.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::webhook::{EndpointStatus, EventType, WebhookSecret};
use grantdesk_domain::{AfterFailure, DeliveryStatus};
use uuid::Uuid;

use crate::db::{with_inserts, DbConn, Inserts};
use crate::mapping::{corrupt, enumerated, opt_uuid, uuid};
use crate::schema::{
    memberships, webhook_attempts as a, webhook_endpoints as e, webhook_epoch,
    webhook_messages as m, webhook_secrets as s,
};
use crate::StoreError;

/// Where deliveries go.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    pub id: Uuid,
    /// The organisation whose events it receives; `None`: an admin's endpoint, every event.
    pub organisation_id: Option<Uuid>,
    pub url: String,
    pub description: String,
    pub event_types: Vec<EventType>,
    pub status: EndpointStatus,
    pub disabled_reason: Option<String>,
    /// Messages parked in a row (reset by a delivery that succeeds, and by enabling it).
    pub consecutive_failures: i32,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = e)]
struct EndpointRow {
    id: String,
    organisation_id: Option<String>,
    url: String,
    description: String,
    event_types: String,
    status: String,
    disabled_reason: Option<String>,
    consecutive_failures: i32,
    created_by: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl TryFrom<EndpointRow> for Endpoint {
    type Error = StoreError;
    fn try_from(r: EndpointRow) -> Result<Self, StoreError> {
        let types: Vec<String> = serde_json::from_str(&r.event_types).map_err(corrupt)?;
        Ok(Endpoint {
            id: uuid(&r.id)?,
            organisation_id: opt_uuid(r.organisation_id.as_deref())?,
            url: r.url,
            description: r.description,
            event_types: types
                .iter()
                .map(|t| enumerated(t))
                .collect::<Result<_, _>>()?,
            status: enumerated(&r.status)?,
            disabled_reason: r.disabled_reason,
            consecutive_failures: r.consecutive_failures,
            created_by: uuid(&r.created_by)?,
            created_at: r.created_at.and_utc(),
            updated_at: r.updated_at.and_utc(),
        })
    }
}

/// One event for one endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The `webhook-id`: `msg_` and 32 hex digits; the same on every attempt and replay.
    pub id: String,
    pub endpoint_id: Uuid,
    pub event_type: EventType,
    /// The body, exactly as it is sent.
    pub payload: String,
    pub created_at: DateTime<Utc>,
    pub delivery: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = m)]
struct MessageRow {
    id: String,
    endpoint_id: String,
    event_type: String,
    payload: String,
    created_at: NaiveDateTime,
    delivery_status: String,
    attempts: i32,
    next_attempt_at: Option<NaiveDateTime>,
    last_error: Option<String>,
    sent_at: Option<NaiveDateTime>,
}

impl TryFrom<MessageRow> for Message {
    type Error = StoreError;
    fn try_from(r: MessageRow) -> Result<Self, StoreError> {
        Ok(Message {
            id: r.id,
            endpoint_id: uuid(&r.endpoint_id)?,
            event_type: enumerated(&r.event_type)?,
            payload: r.payload,
            created_at: r.created_at.and_utc(),
            delivery: enumerated(&r.delivery_status)?,
            attempts: r.attempts,
            next_attempt_at: r.next_attempt_at.map(|t| t.and_utc()),
            last_error: r.last_error,
            sent_at: r.sent_at.map(|t| t.and_utc()),
        })
    }
}

/// One attempt to deliver a message: the receiver's HTTP status, or why there was none.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = a)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct AttemptRow {
    pub message_id: String,
    pub attempted_at: NaiveDateTime,
    pub response_status: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// What an attempt found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub at: DateTime<Utc>,
    pub response_status: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

impl From<AttemptRow> for Attempt {
    fn from(r: AttemptRow) -> Self {
        Attempt {
            at: r.attempted_at.and_utc(),
            response_status: r.response_status,
            error: r.error,
            duration_ms: r.duration_ms,
        }
    }
}

/// A new endpoint.
#[derive(Debug, Clone)]
pub struct NewEndpoint<'a> {
    pub organisation_id: Option<Uuid>,
    pub url: &'a str,
    pub description: &'a str,
    pub event_types: &'a [EventType],
    pub created_by: Uuid,
}

fn types_json(types: &[EventType]) -> String {
    serde_json::to_string(&types.iter().map(|t| t.as_str()).collect::<Vec<_>>())
        .expect("strings serialise")
}

/// Registers an endpoint with its first secret; the endpoint as stored.
pub fn insert_endpoint(
    conn: &mut DbConn,
    new: &NewEndpoint<'_>,
    secret: &WebhookSecret,
    now: DateTime<Utc>,
) -> Result<Endpoint, StoreError> {
    let id = Uuid::new_v4();
    let at = now.naive_utc();
    diesel::insert_into(e::table)
        .values((
            e::id.eq(id.to_string()),
            e::organisation_id.eq(new.organisation_id.map(|o| o.to_string())),
            e::url.eq(new.url),
            e::description.eq(new.description),
            e::event_types.eq(types_json(new.event_types)),
            e::status.eq(EndpointStatus::Active.as_str()),
            e::created_by.eq(new.created_by.to_string()),
            e::created_at.eq(at),
            e::updated_at.eq(at),
        ))
        .execute(conn)?;
    insert_secret(conn, id, secret, at)?;
    find_endpoint(conn, id)?.ok_or(StoreError::NotFound)
}

fn insert_secret(
    conn: &mut DbConn,
    endpoint: Uuid,
    secret: &WebhookSecret,
    at: NaiveDateTime,
) -> Result<(), StoreError> {
    diesel::insert_into(s::table)
        .values((
            s::endpoint_id.eq(endpoint.to_string()),
            s::secret.eq(secret.to_string()),
            s::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// One endpoint by id.
pub fn find_endpoint(conn: &mut DbConn, id: Uuid) -> Result<Option<Endpoint>, StoreError> {
    e::table
        .find(id.to_string())
        .select(EndpointRow::as_select())
        .first(conn)
        .optional()?
        .map(Endpoint::try_from)
        .transpose()
}

/// Whose endpoints a listing shows.
#[derive(Debug, Clone, Copy)]
pub enum EndpointScope {
    /// Every endpoint (admins).
    All,
    /// The endpoints of the organisations this user is a member of now.
    MemberOf(Uuid),
}

/// A page of endpoints in `scope`, the oldest first; and how many in all.
pub fn list_endpoints(
    conn: &mut DbConn,
    scope: EndpointScope,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Endpoint>, i64), StoreError> {
    let query = || {
        let mut q = e::table.into_boxed();
        if let EndpointScope::MemberOf(user) = scope {
            q = q.filter(
                e::organisation_id.eq_any(
                    memberships::table
                        .filter(memberships::user_id.eq(user.to_string()))
                        .select(memberships::organisation_id.nullable()),
                ),
            );
        }
        q
    };
    let total: i64 = query().count().get_result(conn)?;
    let rows = query()
        .order(e::seq.asc())
        .offset(offset)
        .limit(limit)
        .select(EndpointRow::as_select())
        .load(conn)?;
    Ok((
        rows.into_iter()
            .map(Endpoint::try_from)
            .collect::<Result<_, _>>()?,
        total,
    ))
}

/// Sets an endpoint's status (with the reason, when disabled); enabling it also forgets its
/// failures. `false` when it stood there already.
pub fn set_status(
    conn: &mut DbConn,
    id: Uuid,
    status: EndpointStatus,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let updated = diesel::update(
        e::table
            .find(id.to_string())
            .filter(e::status.ne(status.as_str())),
    )
    .set((
        e::status.eq(status.as_str()),
        e::disabled_reason.eq(reason),
        e::consecutive_failures.eq(0),
        e::updated_at.eq(now.naive_utc()),
    ))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Replaces the endpoint's signing secret: `secret` signs from now on, and the secrets in
/// force so far keep signing beside it until `retire_at` (the overlap a receiver has to switch;
/// one retiring earlier keeps its own end).
pub fn rotate_secret(
    conn: &mut DbConn,
    endpoint: Uuid,
    secret: &WebhookSecret,
    now: DateTime<Utc>,
    retire_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::update(
        s::table
            .filter(s::endpoint_id.eq(endpoint.to_string()))
            .filter(
                s::retires_at
                    .is_null()
                    .or(s::retires_at.gt(retire_at.naive_utc())),
            ),
    )
    .set(s::retires_at.eq(Some(retire_at.naive_utc())))
    .execute(conn)?;
    insert_secret(conn, endpoint, secret, now.naive_utc())?;
    diesel::update(e::table.find(endpoint.to_string()))
        .set(e::updated_at.eq(now.naive_utc()))
        .execute(conn)?;
    Ok(())
}

/// The secrets that sign a delivery to `endpoint` at `now`, the newest first.
pub fn secrets_in_force(
    conn: &mut DbConn,
    endpoint: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<WebhookSecret>, StoreError> {
    let written: Vec<String> = s::table
        .filter(s::endpoint_id.eq(endpoint.to_string()))
        .filter(
            s::retires_at
                .is_null()
                .or(s::retires_at.gt(now.naive_utc())),
        )
        .order(s::seq.desc())
        .select(s::secret)
        .load(conn)?;
    written
        .iter()
        .map(|w| WebhookSecret::parse(w).map_err(corrupt))
        .collect()
}

/// The active endpoints subscribed to events of type `event` about `organisation` (or about
/// none): the organisation's own and the admins'. Read them before a transaction takes
/// contended locks, and write to them later in it ([`write_to_subscribers`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscribers {
    event: EventType,
    endpoints: Vec<String>,
}

/// The endpoints subscribed to `event` about `organisation` (see [`Subscribers`]).
pub fn subscribers(
    conn: &mut DbConn,
    organisation: Option<Uuid>,
    event: EventType,
) -> Result<Subscribers, StoreError> {
    let mut candidates = e::table
        .filter(e::status.eq(EndpointStatus::Active.as_str()))
        .into_boxed();
    candidates = match organisation {
        Some(o) => candidates.filter(
            e::organisation_id
                .is_null()
                .or(e::organisation_id.eq(o.to_string())),
        ),
        None => candidates.filter(e::organisation_id.is_null()),
    };
    let rows: Vec<(String, Option<String>, String)> = candidates
        .order(e::seq.asc())
        .select((e::id, e::organisation_id, e::event_types))
        .load(conn)?;
    let active = active_endpoints(rows)?;
    Ok(subscribed(&active, organisation, event))
}

/// An active endpoint, as far as who it receives events from goes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ActiveEndpoint {
    id: String,
    organisation_id: Option<String>,
    event_types: Vec<String>,
}

fn active_endpoints(
    rows: Vec<(String, Option<String>, String)>,
) -> Result<Vec<ActiveEndpoint>, StoreError> {
    rows.into_iter()
        .map(|(id, organisation_id, types)| {
            Ok(ActiveEndpoint {
                id,
                organisation_id,
                event_types: serde_json::from_str(&types).map_err(corrupt)?,
            })
        })
        .collect()
}

/// Of the active endpoints (in `seq` order), those an event of type `event` about
/// `organisation` goes to: the admins' (no organisation) and the organisation's own.
fn subscribed(
    active: &[ActiveEndpoint],
    organisation: Option<Uuid>,
    event: EventType,
) -> Subscribers {
    let organisation = organisation.map(|o| o.to_string());
    let endpoints = active
        .iter()
        .filter(|a| a.organisation_id.is_none() || a.organisation_id == organisation)
        .filter(|a| a.event_types.iter().any(|t| t == event.as_str()))
        .map(|a| a.id.clone())
        .collect();
    Subscribers { event, endpoints }
}

/// The webhook epoch: a number that moves on, in the same transaction, with every change to
/// which endpoints an event can go to (an endpoint added or removed, its status, event types or
/// owner changed; triggers on `webhook_endpoints`, whoever writes it).
pub fn epoch(conn: &mut DbConn) -> Result<i64, StoreError> {
    Ok(webhook_epoch::table
        .find(1)
        .select(webhook_epoch::epoch)
        .first(conn)?)
}

diesel::define_sql_function! {
    /// PostgreSQL's `grantdesk_webhook_epoch()` (migrations/postgres): [`epoch`], returned by
    /// a statement that answers something else too.
    fn grantdesk_webhook_epoch() -> diesel::sql_types::BigInt;
}

/// The active endpoints as last read, with the webhook [`epoch`] they were read at: kept per
/// process (and per database, by the server's state), so that a submission, which reads the
/// epoch in a statement it makes anyway, reads the endpoints only when they changed.
#[derive(Debug, Default)]
pub struct EndpointCache {
    read: std::sync::Mutex<Option<(i64, std::sync::Arc<Vec<ActiveEndpoint>>)>>,
}

/// The endpoints subscribed to `event` about `organisation`, as [`subscribers`] reads them,
/// for a transaction that read the webhook epoch `at` ([`epoch`], or returned by one of its
/// statements): from `cache` when it holds the endpoints read at that epoch, else read (every
/// active endpoint, kept in `cache` at `at`). What was read at an epoch is what a read in that
/// transaction finds; a read made after the epoch was read finds that or later changes.
pub fn subscribers_at(
    conn: &mut DbConn,
    cache: &EndpointCache,
    at: i64,
    organisation: Option<Uuid>,
    event: EventType,
) -> Result<Subscribers, StoreError> {
    let kept = {
        let read = cache.read.lock().unwrap_or_else(|e| e.into_inner());
        read.as_ref()
            .filter(|(epoch, _)| *epoch == at)
            .map(|(_, active)| active.clone())
    };
    let active = match kept {
        Some(active) => active,
        None => {
            let rows: Vec<(String, Option<String>, String)> = e::table
                .filter(e::status.eq(EndpointStatus::Active.as_str()))
                .order(e::seq.asc())
                .select((e::id, e::organisation_id, e::event_types))
                .load(conn)?;
            let active = std::sync::Arc::new(active_endpoints(rows)?);
            let mut read = cache.read.lock().unwrap_or_else(|e| e.into_inner());
            // never an older epoch's endpoints over a newer one's (a slower transaction)
            if read.as_ref().is_none_or(|(epoch, _)| *epoch <= at) {
                *read = Some((at, active.clone()));
            }
            active
        }
    };
    Ok(subscribed(&active, organisation, event))
}

impl Subscribers {
    /// The type of event they are subscribed to.
    pub fn event(&self) -> EventType {
        self.event
    }
}

/// Writes `body` (an event of the subscribers' type) for each of `to`; how many.
pub fn write_to_subscribers(
    conn: &mut DbConn,
    to: &Subscribers,
    body: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    with_inserts(conn, |_, inserts| {
        Ok(write_to_subscribers_in(inserts, to, body, now))
    })
}

/// [`write_to_subscribers`], added to `inserts` (sent with the transaction's other inserts).
pub fn write_to_subscribers_in(
    inserts: &mut Inserts,
    to: &Subscribers,
    body: &serde_json::Value,
    now: DateTime<Utc>,
) -> usize {
    if to.endpoints.is_empty() {
        return 0;
    }
    let payload = body.to_string();
    for endpoint in &to.endpoints {
        message_in(inserts, endpoint, to.event, &payload, now);
    }
    to.endpoints.len()
}

/// Writes one message for one endpoint, due now; its id.
pub fn insert_message(
    conn: &mut DbConn,
    endpoint: &str,
    event: EventType,
    payload: &str,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    with_inserts(conn, |_, inserts| {
        Ok(message_in(inserts, endpoint, event, payload, now))
    })
}

fn message_in(
    inserts: &mut Inserts,
    endpoint: &str,
    event: EventType,
    payload: &str,
    now: DateTime<Utc>,
) -> String {
    let id = grantdesk_domain::webhook::new_message_id(Uuid::new_v4());
    inserts.add(diesel::insert_into(m::table).values((
        m::id.eq(id.clone()),
        m::endpoint_id.eq(endpoint.to_owned()),
        m::event_type.eq(event.as_str()),
        m::payload.eq(payload.to_owned()),
        m::created_at.eq(now.naive_utc()),
        m::delivery_status.eq(DeliveryStatus::Pending.as_str()),
        m::next_attempt_at.eq(Some(now.naive_utc())),
    )));
    id
}

crate::queue::delivery_queue!(
    m,
    where m::endpoint_id.eq_any(
        e::table
            .filter(e::status.eq(EndpointStatus::Active.as_str()))
            .select(e::id)
    )
);

/// A message claimed for delivery, with where it goes and the secrets that sign it.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub message: Message,
    pub url: String,
    pub secrets: Vec<WebhookSecret>,
}

/// Claims up to `limit` messages of active endpoints due at `now` for `owner` until
/// `lease_until` (see [`crate::queue`]), in the order they were written.
pub fn claim_due(
    conn: &mut DbConn,
    owner: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Claimed>, StoreError> {
    let ids = claim_ids(conn, owner, now.naive_utc(), lease_until.naive_utc(), limit)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(MessageRow, String)> = m::table
        .inner_join(e::table)
        .filter(m::id.eq_any(&ids))
        .filter(m::lease_owner.eq(owner))
        .order(m::seq.asc())
        .select((MessageRow::as_select(), e::url))
        .load(conn)?;
    rows.into_iter()
        .map(|(row, url)| {
            let message = Message::try_from(row)?;
            let secrets = secrets_in_force(conn, message.endpoint_id, now)?;
            Ok(Claimed {
                message,
                url,
                secrets,
            })
        })
        .collect()
}

fn record_attempt(conn: &mut DbConn, id: &str, attempt: &Attempt) -> Result<(), StoreError> {
    diesel::insert_into(a::table)
        .values((
            a::message_id.eq(id),
            a::attempted_at.eq(attempt.at.naive_utc()),
            a::response_status.eq(attempt.response_status),
            a::error.eq(attempt.error.as_deref()),
            a::duration_ms.eq(attempt.duration_ms),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records `owner`'s successful attempt at message `id` (the receiver answered 2xx): the
/// message is sent and its endpoint's failures are forgotten. `false` when the lease was lost
/// meanwhile (the attempt is logged all the same).
pub fn record_delivered(
    conn: &mut DbConn,
    message: &Message,
    owner: &str,
    attempt: &Attempt,
) -> Result<bool, StoreError> {
    record_attempt(conn, &message.id, attempt)?;
    let recorded = finish_sent(conn, &message.id, owner, attempt.at.naive_utc())?;
    if recorded {
        diesel::update(e::table.find(message.endpoint_id.to_string()))
            .set(e::consecutive_failures.eq(0))
            .execute(conn)?;
    }
    Ok(recorded)
}

/// What a failed attempt led to.
#[derive(Debug, Clone, PartialEq)]
pub enum AfterWebhookFailure {
    /// The lease had passed to another worker: nothing recorded but the attempt.
    LeaseLost,
    /// Tried again later, or parked.
    Recorded,
    /// Parked, and the endpoint's messages were parked `disable_after` times in a row: the
    /// endpoint is disabled now (its owner is to be told).
    EndpointDisabled(Endpoint),
}

/// Records `owner`'s failed attempt at message `id` and what follows (`next`); when the message
/// is parked, counts it against the endpoint, which is disabled once `disable_after` messages
/// were parked in a row.
pub fn record_failure(
    conn: &mut DbConn,
    message: &Message,
    owner: &str,
    attempt: &Attempt,
    next: AfterFailure,
    disable_after: i32,
) -> Result<AfterWebhookFailure, StoreError> {
    record_attempt(conn, &message.id, attempt)?;
    let error = attempt
        .error
        .as_deref()
        .unwrap_or("the receiver refused it");
    if !finish_failed(conn, &message.id, owner, error, next)? {
        return Ok(AfterWebhookFailure::LeaseLost);
    }
    if next != AfterFailure::Park {
        return Ok(AfterWebhookFailure::Recorded);
    }
    let endpoint = message.endpoint_id.to_string();
    diesel::update(e::table.find(&endpoint))
        .set(e::consecutive_failures.eq(e::consecutive_failures + 1))
        .execute(conn)?;
    let reason = format!(
        "disabled after {disable_after} messages in a row failed every attempt; the last: {error}"
    );
    let disabled = diesel::update(
        e::table
            .find(&endpoint)
            .filter(e::status.eq(EndpointStatus::Active.as_str()))
            .filter(e::consecutive_failures.ge(disable_after)),
    )
    .set((
        e::status.eq(EndpointStatus::Disabled.as_str()),
        e::disabled_reason.eq(Some(reason)),
        e::updated_at.eq(attempt.at.naive_utc()),
    ))
    .execute(conn)?;
    if disabled == 1 {
        let endpoint = find_endpoint(conn, message.endpoint_id)?.ok_or(StoreError::NotFound)?;
        return Ok(AfterWebhookFailure::EndpointDisabled(endpoint));
    }
    Ok(AfterWebhookFailure::Recorded)
}

/// A message with its attempts, oldest first.
pub type Logged = (Message, Vec<Attempt>);

/// A page of an endpoint's messages, the newest first, each with its attempts (oldest first);
/// and how many in all.
pub fn deliveries(
    conn: &mut DbConn,
    endpoint: Uuid,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Logged>, i64), StoreError> {
    let of_endpoint = m::endpoint_id.eq(endpoint.to_string());
    let total: i64 = m::table
        .filter(of_endpoint.clone())
        .count()
        .get_result(conn)?;
    let messages: Vec<Message> = m::table
        .filter(of_endpoint)
        .order(m::seq.desc())
        .offset(offset)
        .limit(limit)
        .select(MessageRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Message::try_from)
        .collect::<Result<_, _>>()?;
    let ids: Vec<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    let attempts: Vec<AttemptRow> = a::table
        .filter(a::message_id.eq_any(&ids))
        .order(a::seq.asc())
        .select(AttemptRow::as_select())
        .load(conn)?;
    let page = messages
        .into_iter()
        .map(|message| {
            let mine = attempts
                .iter()
                .filter(|r| r.message_id == message.id)
                .cloned()
                .map(Attempt::from)
                .collect();
            (message, mine)
        })
        .collect();
    Ok((page, total))
}

/// One message of `endpoint`.
pub fn find_message(
    conn: &mut DbConn,
    endpoint: Uuid,
    id: &str,
) -> Result<Option<Message>, StoreError> {
    m::table
        .filter(m::id.eq(id))
        .filter(m::endpoint_id.eq(endpoint.to_string()))
        .select(MessageRow::as_select())
        .first(conn)
        .optional()?
        .map(Message::try_from)
        .transpose()
}

/// Sends a message of `endpoint` again (delivered, or parked): due at `now`, with a fresh
/// count of attempts and the same id. `None` when the endpoint has no such message;
/// `Some(false)` when it is pending already.
pub fn replay(
    conn: &mut DbConn,
    endpoint: Uuid,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Option<bool>, StoreError> {
    if find_message(conn, endpoint, id)?.is_none() {
        return Ok(None);
    }
    requeue(
        conn,
        id,
        &[DeliveryStatus::Sent, DeliveryStatus::Failed],
        now.naive_utc(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::{db_under_test, record_statements};
    use crate::users::{self, NewUser};
    use grantdesk_domain::{Language, Role};

    /// The webhook epoch moves with every change to whom events go (an endpoint registered,
    /// disabled, enabled, its event types changed) and with nothing else (a failure counted);
    /// the endpoints kept at an epoch answer what a read answers, with no statement while the
    /// epoch stands.
    #[test]
    fn the_endpoints_kept_at_an_epoch_are_the_ones_a_read_finds() {
        let dir = tempfile::tempdir().unwrap();
        let db = db_under_test(&dir);
        db.migrate().unwrap();
        let now = DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let admin = db
            .write(|c| {
                users::insert(
                    c,
                    &NewUser {
                        email: "admin@example.org",
                        password_hash: "x",
                        role: Role::Admin,
                        display_name: "Admin",
                        language: Language::Dutch,
                    },
                    now,
                )
            })
            .unwrap();
        let cache = EndpointCache::default();
        let event = EventType::ApplicationSubmitted;
        // (the epoch, what the cache answers, what a read answers, statements of the cache's)
        let look = || {
            db.write(|c| {
                let at = epoch(c)?;
                let seen = record_statements(c);
                let kept = subscribers_at(c, &cache, at, None, event)?;
                let statements = seen.lock().unwrap().len();
                Ok::<_, StoreError>((at, kept, subscribers(c, None, event)?, statements))
            })
            .unwrap()
        };
        let (first, kept, read, statements) = look();
        assert_eq!((kept.endpoints.len(), statements), (0, 1), "{kept:?}");
        assert_eq!(kept, read);
        assert_eq!(look().3, 0, "the same epoch: nothing read");

        let endpoint = db
            .write(|c| {
                insert_endpoint(
                    c,
                    &NewEndpoint {
                        organisation_id: None,
                        url: "https://hooks.example.org/in",
                        description: "",
                        event_types: &[event],
                        created_by: admin.id,
                    },
                    &WebhookSecret::from_bytes([7; 32]),
                    now,
                )
            })
            .unwrap();
        let (registered, kept, read, statements) = look();
        assert!(registered > first);
        assert_eq!((kept.endpoints.len(), statements), (1, 1));
        assert_eq!(kept, read);

        // a failure counted changes nobody's events: the epoch stands
        db.write(|c| {
            diesel::update(e::table.find(endpoint.id.to_string()))
                .set(e::consecutive_failures.eq(3))
                .execute(c)?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
        assert_eq!(look().0, registered);

        // subscribed to something else (by hand: the API registers types once)
        db.write(|c| {
            diesel::update(e::table.find(endpoint.id.to_string()))
                .set(e::event_types.eq(types_json(&[EventType::ApplicationDecided])))
                .execute(c)?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
        let (retyped, kept, read, _) = look();
        assert!(retyped > registered);
        assert_eq!((kept.endpoints.len(), &kept), (0, &read));

        db.write(|c| {
            diesel::update(e::table.find(endpoint.id.to_string()))
                .set(e::event_types.eq(types_json(&[event])))
                .execute(c)?;
            set_status(c, endpoint.id, EndpointStatus::Disabled, Some("test"), now)
        })
        .unwrap();
        let (disabled, kept, read, _) = look();
        assert!(disabled > retyped);
        assert_eq!((kept.endpoints.len(), &kept), (0, &read));

        db.write(|c| set_status(c, endpoint.id, EndpointStatus::Active, None, now))
            .unwrap();
        let (enabled, kept, read, _) = look();
        assert!(enabled > disabled);
        assert_eq!((kept.endpoints.len(), &kept), (1, &read));

        // what a slower transaction read at an older epoch does not replace what is kept
        db.write(|c| subscribers_at(c, &cache, first, None, event))
            .unwrap();
        assert_eq!(look().3, 0);
    }
}

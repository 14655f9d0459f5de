//! Notifications (issue #13): one message to one person, at once their inbox entry and the unit
//! of e-mail delivery. Written in the transaction of what they tell (a receipt, a decision, an
//! invitation), so that a message exists exactly when its fact does; delivered afterwards by a
//! worker that claims due messages with a lease (see [`claim_due`]).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{AfterFailure, DeliveryStatus, Language};
use uuid::Uuid;

use crate::db::{literal, with_inserts, DbConn, Inserts};
use crate::mapping::{enumerated, opt_uuid, uuid};
use crate::schema::{memberships, notifications as n, users};
use crate::users::User;
use crate::StoreError;

/// A message to one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub id: Uuid,
    /// What it is: `submission_receipt`, `decision_letter`, `invitation`, `password_reset`, ...
    pub kind: String,
    pub user_id: Uuid,
    /// The organisation it concerns, if any: its members see it while they are members.
    pub organisation_id: Option<Uuid>,
    /// The address it goes to (the account's when it was written).
    pub email: String,
    pub language: Language,
    /// The facts, as JSON; the text is written from them in `language` when it is delivered.
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
    pub delivery: DeliveryStatus,
    /// Delivery attempts so far.
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = n)]
struct Row {
    id: String,
    kind: String,
    user_id: String,
    organisation_id: Option<String>,
    email: String,
    language: String,
    payload: String,
    created_at: NaiveDateTime,
    read_at: Option<NaiveDateTime>,
    delivery_status: String,
    attempts: i32,
    next_attempt_at: Option<NaiveDateTime>,
    last_error: Option<String>,
    sent_at: Option<NaiveDateTime>,
}

impl TryFrom<Row> for Notification {
    type Error = StoreError;
    fn try_from(r: Row) -> Result<Self, StoreError> {
        Ok(Notification {
            id: uuid(&r.id)?,
            kind: r.kind,
            user_id: uuid(&r.user_id)?,
            organisation_id: opt_uuid(r.organisation_id.as_deref())?,
            email: r.email,
            language: enumerated(&r.language)?,
            payload: serde_json::from_str(&r.payload)
                .map_err(|e| StoreError::Corrupt(format!("notification payload: {e}")))?,
            created_at: r.created_at.and_utc(),
            read_at: r.read_at.map(|t| t.and_utc()),
            delivery: enumerated(&r.delivery_status)?,
            attempts: r.attempts,
            next_attempt_at: r.next_attempt_at.map(|t| t.and_utc()),
            last_error: r.last_error,
            sent_at: r.sent_at.map(|t| t.and_utc()),
        })
    }
}

fn rows(rows: Vec<Row>) -> Result<Vec<Notification>, StoreError> {
    rows.into_iter().map(Notification::try_from).collect()
}

/// The values of a new message to `(user id, email, language)`, due now.
#[allow(clippy::type_complexity)]
fn values(
    to: &(String, String, String),
    organisation: Option<String>,
    kind: &str,
    payload: &str,
    now: NaiveDateTime,
) -> (
    diesel::dsl::Eq<n::id, String>,
    diesel::dsl::Eq<n::kind, String>,
    diesel::dsl::Eq<n::user_id, String>,
    diesel::dsl::Eq<n::organisation_id, Option<String>>,
    diesel::dsl::Eq<n::email, String>,
    diesel::dsl::Eq<n::language, String>,
    diesel::dsl::Eq<n::payload, String>,
    diesel::dsl::Eq<n::created_at, NaiveDateTime>,
    diesel::dsl::Eq<n::delivery_status, &'static str>,
    diesel::dsl::Eq<n::next_attempt_at, Option<NaiveDateTime>>,
) {
    (
        n::id.eq(Uuid::new_v4().to_string()),
        n::kind.eq(kind.to_owned()),
        n::user_id.eq(to.0.clone()),
        n::organisation_id.eq(organisation),
        n::email.eq(to.1.clone()),
        n::language.eq(to.2.clone()),
        n::payload.eq(payload.to_owned()),
        n::created_at.eq(now),
        n::delivery_status.eq(DeliveryStatus::Pending.as_str()),
        n::next_attempt_at.eq(Some(now)),
    )
}

/// Writes a message to `user` (about `organisation`, if it concerns one); its id.
pub fn insert(
    conn: &mut DbConn,
    user: &User,
    organisation: Option<Uuid>,
    kind: &str,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let to = (
        user.id.to_string(),
        user.email.clone(),
        user.language.as_str().to_owned(),
    );
    let payload = payload.to_string();
    diesel::insert_into(n::table)
        .values(values(
            &to,
            organisation.map(|o| o.to_string()),
            kind,
            &payload,
            now.naive_utc(),
        ))
        .execute(conn)?;
    Ok(())
}

/// Whom a message about an organisation goes to: its current members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipients {
    organisation: Uuid,
    /// (user id, email, language) of each member
    members: Vec<(String, String, String)>,
}

impl Recipients {
    /// Whether `user` is one of them (a member of the organisation).
    pub fn includes(&self, user: Uuid) -> bool {
        let user = user.to_string();
        self.members.iter().any(|(id, _, _)| *id == user)
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The account ids.
    pub fn user_ids(&self) -> Vec<String> {
        self.members.iter().map(|m| m.0.clone()).collect()
    }

    /// Keeps the members whose account id `keep` accepts.
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        self.members.retain(|m| keep(&m.0));
    }
}

/// The current members of `organisation`, to write a message to later in the transaction
/// ([`write_to`]): a writer that holds contended locks reads them before it takes the locks.
pub fn recipients(conn: &mut DbConn, organisation: Uuid) -> Result<Recipients, StoreError> {
    let members = memberships::table
        .inner_join(users::table)
        .filter(memberships::organisation_id.eq(organisation.to_string()))
        .order(users::id.asc())
        .select((users::id, users::email, users::language))
        .load(conn)?;
    Ok(Recipients {
        organisation,
        members,
    })
}

/// The organisation and its current members ([`recipients`]) in one statement; `None` when it
/// has no members (or does not exist).
pub fn organisation_and_recipients(
    conn: &mut DbConn,
    organisation: Uuid,
) -> Result<Option<(crate::organisations::Organisation, Recipients)>, StoreError> {
    use crate::organisations::OrganisationRow;
    use crate::schema::organisations;
    let rows: Vec<(OrganisationRow, (String, String, String))> = organisations::table
        .inner_join(memberships::table.inner_join(users::table))
        .filter(organisations::id.eq(organisation.to_string()))
        .order(users::id.asc())
        .select((
            OrganisationRow::as_select(),
            (users::id, users::email, users::language),
        ))
        .load(conn)?;
    let mut rows = rows.into_iter();
    let Some((row, first)) = rows.next() else {
        return Ok(None);
    };
    let members = std::iter::once(first)
        .chain(rows.map(|(_, member)| member))
        .collect();
    Ok(Some((
        row.try_into()?,
        Recipients {
            organisation,
            members,
        },
    )))
}

/// Writes a message about the recipients' organisation to each of them; how many.
pub fn write_to(
    conn: &mut DbConn,
    to: &Recipients,
    kind: &str,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    with_inserts(conn, |_, inserts| {
        Ok(write_to_in(inserts, to, kind, payload, now))
    })
}

/// [`write_to`], added to `inserts` (sent with the transaction's other inserts: on PostgreSQL
/// one round trip for all of them, however many members).
pub fn write_to_in(
    inserts: &mut Inserts,
    to: &Recipients,
    kind: &str,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> usize {
    let payload = payload.to_string();
    let now = now.naive_utc();
    let organisation = to.organisation.to_string();
    // one statement per member (a multi-row INSERT has no SQL that diesel writes for both
    // backends at once); an organisation has a few members
    for member in &to.members {
        inserts.add(diesel::insert_into(n::table).values(values(
            member,
            Some(organisation.clone()),
            kind,
            &payload,
            now,
        )));
    }
    to.members.len()
}

/// Writes a message about `organisation` to each of its current members; how many.
pub fn to_members(
    conn: &mut DbConn,
    organisation: Uuid,
    kind: &str,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let to = recipients(conn, organisation)?;
    write_to(conn, &to, kind, payload, now)
}

/// Every message to one account, oldest first.
pub fn of_user(conn: &mut DbConn, user: Uuid) -> Result<Vec<Notification>, StoreError> {
    rows(
        n::table
            .filter(n::user_id.eq(user.to_string()))
            .order(n::seq.asc())
            .select(Row::as_select())
            .load(conn)?,
    )
}

/// The filter of a person's inbox: their messages about no organisation or about one they are
/// a member of now (a member who left no longer reads the organisation's letters).
macro_rules! inbox_of {
    ($user:expr) => {
        n::user_id.eq($user.to_string()).and(
            n::organisation_id.is_null().or(n::organisation_id.eq_any(
                memberships::table
                    .filter(memberships::user_id.eq($user.to_string()))
                    .select(memberships::organisation_id.nullable()),
            )),
        )
    };
}

/// A page of a person's inbox, unread first, then the newest first; and how many in all and
/// how many unread.
pub fn inbox(
    conn: &mut DbConn,
    user: Uuid,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Notification>, i64, i64), StoreError> {
    let total: i64 = n::table.filter(inbox_of!(user)).count().get_result(conn)?;
    let unread: i64 = n::table
        .filter(inbox_of!(user))
        .filter(n::read_at.is_null())
        .count()
        .get_result(conn)?;
    // unread first: NULL read_at sorts first on both backends with this spelling
    let page = n::table
        .filter(inbox_of!(user))
        .order((n::read_at.is_not_null().asc(), n::seq.desc()))
        .offset(offset)
        .limit(limit)
        .select(Row::as_select())
        .load(conn)?;
    Ok((rows(page)?, total, unread))
}

/// Marks a message of `user`'s inbox read (once: a second time keeps the first instant). `None`
/// when it is not in their inbox.
pub fn mark_read(
    conn: &mut DbConn,
    user: Uuid,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<Notification>, StoreError> {
    diesel::update(
        n::table
            .filter(n::id.eq(id.to_string()))
            .filter(inbox_of!(user))
            .filter(n::read_at.is_null()),
    )
    .set(n::read_at.eq(Some(now.naive_utc())))
    .execute(conn)?;
    let found = n::table
        .filter(n::id.eq(id.to_string()))
        .filter(inbox_of!(user))
        .select(Row::as_select())
        .first(conn)
        .optional()?;
    found.map(Notification::try_from).transpose()
}

crate::queue::delivery_queue!(n);

/// Claims up to `limit` messages due at `now` for `owner` until `lease_until` (see
/// [`crate::queue`]): the messages claimed, in the order they were written.
pub fn claim_due(
    conn: &mut DbConn,
    owner: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Notification>, StoreError> {
    let ids = claim_ids(conn, owner, now.naive_utc(), lease_until.naive_utc(), limit)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    rows(
        n::table
            .filter(n::id.eq_any(&ids))
            .filter(n::lease_owner.eq(owner))
            .order(n::seq.asc())
            .select(Row::as_select())
            .load(conn)?,
    )
}

/// Records that `owner` sent message `id`. `false` when its lease was lost meanwhile (another
/// worker took it over, and records its own outcome).
pub fn mark_sent(
    conn: &mut DbConn,
    id: Uuid,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    finish_sent(conn, &id.to_string(), owner, now.naive_utc())
}

/// Records that `owner`'s attempt to send message `id` failed with `error`, and what follows:
/// the next attempt's instant, or parking the message as failed.
pub fn mark_attempt_failed(
    conn: &mut DbConn,
    id: Uuid,
    owner: &str,
    error: &str,
    next: AfterFailure,
) -> Result<bool, StoreError> {
    finish_failed(conn, &id.to_string(), owner, error, next)
}

/// A page of the messages whose delivery stands at `status`, the oldest first; and how many.
pub fn deliveries(
    conn: &mut DbConn,
    status: DeliveryStatus,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Notification>, i64), StoreError> {
    // the status in the SQL: the parked (failed) ones are a partial index
    let total: i64 = n::table
        .filter(n::delivery_status.eq(literal(status.as_str())))
        .count()
        .get_result(conn)?;
    let page = n::table
        .filter(n::delivery_status.eq(literal(status.as_str())))
        .order(n::seq.asc())
        .offset(offset)
        .limit(limit)
        .select(Row::as_select())
        .load(conn)?;
    Ok((rows(page)?, total))
}

/// Puts a parked message back in the queue, due at `now`, with a fresh count of attempts.
/// `None` when there is no such message; `Some(false)` when it was not parked.
pub fn retry(conn: &mut DbConn, id: Uuid, now: DateTime<Utc>) -> Result<Option<bool>, StoreError> {
    requeue(
        conn,
        &id.to_string(),
        &[DeliveryStatus::Failed],
        now.naive_utc(),
    )
}

/// One message by id.
pub fn find(conn: &mut DbConn, id: Uuid) -> Result<Option<Notification>, StoreError> {
    n::table
        .filter(n::id.eq(id.to_string()))
        .select(Row::as_select())
        .first(conn)
        .optional()?
        .map(Notification::try_from)
        .transpose()
}

//! Applications: drafts, their attachments, and the receipts that freeze what was submitted.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{ApplicationContent, ApplicationStatus, Money};
use uuid::Uuid;

use crate::db::{cached_insert, cached_update, with_inserts, DbConn, Inserts};
use crate::mapping::{corrupt, enumerated, json, money, uuid};
use crate::schema::{applications, attachments, receipt_counters, receipts};
use crate::webhooks;
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = applications)]
struct ApplicationRow {
    id: String,
    call_id: String,
    lead_organisation_id: String,
    track: i32,
    status: String,
    content: String,
    requested_cents: i64,
    created_by: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    version: i32,
}

/// An application as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRecord {
    pub id: Uuid,
    pub call_id: Uuid,
    pub lead_organisation_id: Uuid,
    pub status: ApplicationStatus,
    pub content: ApplicationContent,
    pub requested: Money,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Optimistic concurrency: a save only succeeds on the version it was loaded at.
    pub version: i32,
}

impl TryFrom<ApplicationRow> for ApplicationRecord {
    type Error = StoreError;
    fn try_from(r: ApplicationRow) -> Result<Self, StoreError> {
        Ok(ApplicationRecord {
            id: uuid(&r.id)?,
            call_id: uuid(&r.call_id)?,
            lead_organisation_id: uuid(&r.lead_organisation_id)?,
            status: enumerated(&r.status)?,
            content: json(&r.content)?,
            requested: money(r.requested_cents)?,
            created_by: r.created_by,
            created_at: r.created_at.and_utc(),
            updated_at: r.updated_at.and_utc(),
            version: r.version,
        })
    }
}

fn to_row(a: &ApplicationRecord) -> Result<ApplicationRow, StoreError> {
    Ok(ApplicationRow {
        id: a.id.to_string(),
        call_id: a.call_id.to_string(),
        lead_organisation_id: a.lead_organisation_id.to_string(),
        track: i32::from(a.content.track),
        status: a.status.as_str().to_owned(),
        content: serde_json::to_string(&a.content).map_err(corrupt)?,
        requested_cents: a.requested.cents(),
        created_by: a.created_by.clone(),
        created_at: a.created_at.naive_utc(),
        updated_at: a.updated_at.naive_utc(),
        version: a.version,
    })
}

pub fn insert(conn: &mut DbConn, a: &ApplicationRecord) -> Result<(), StoreError> {
    diesel::insert_into(applications::table)
        .values(&to_row(a)?)
        .execute(conn)?;
    Ok(())
}

pub fn find(conn: &mut DbConn, id: Uuid) -> Result<ApplicationRecord, StoreError> {
    applications::table
        .find(id.to_string())
        .select(ApplicationRow::as_select())
        .first(conn)?
        .try_into()
}

/// Loads the application and locks its row until the transaction ends, in one statement
/// (PostgreSQL; SQLite's write transaction holds the database already): a writer that decides
/// on the application's state (submit: "already submitted? then the same receipt") loads it
/// this way, so that two submits of one draft at once run one after the other and the second
/// sees the first's receipt instead of failing the version check.
pub fn find_locked(conn: &mut DbConn, id: Uuid) -> Result<ApplicationRecord, StoreError> {
    let DbConn::Pg(pg) = conn else {
        return find(conn, id);
    };
    applications::table
        .find(id.to_string())
        .select(ApplicationRow::as_select())
        .for_update()
        .first(pg)?
        .try_into()
}

/// Saves a changed application if nobody saved it since it was loaded (else `Conflict`).
pub fn save(
    conn: &mut DbConn,
    a: &mut ApplicationRecord,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = saved_row(a, now)?;
    let n = cached_update(applications::table, &row, saved_filter(&row, a)).execute(conn)?;
    if n != 1 {
        return Err(changed_meanwhile());
    }
    saved(a, now);
    Ok(())
}

/// What saving a submitted application answers besides: the call's next receipt number, and
/// the webhook epoch the transaction sees ([`webhooks::epoch`]: whom the submission's event
/// goes to is then read only when the endpoints changed, [`webhooks::subscribers_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbered {
    pub seq: i32,
    pub webhook_epoch: i64,
}

/// Saves a submitted application (as [`save`]) and takes its call's next receipt number inside
/// the caller's write transaction, holding nothing until commit (#16). PostgreSQL: the call's
/// sequence, in the save's own statement (`UPDATE … RETURNING nextval(…), …`: a submission's
/// hot path spares a round trip, and another for the webhook epoch); it moves only when the
/// update changed the row, and is never rolled back (a submission that fails afterwards leaves
/// a gap). SQLite: the call's counter row ([`next_counter_number`]). Unique per call either way
/// (`UNIQUE (call_id, seq)`).
pub fn save_and_number(
    conn: &mut DbConn,
    a: &mut ApplicationRecord,
    now: DateTime<Utc>,
) -> Result<Numbered, StoreError> {
    let DbConn::Pg(pg) = conn else {
        save(conn, a, now)?;
        let seq = next_counter_number(conn, a.call_id)?;
        let webhook_epoch = webhooks::epoch(conn)?;
        return Ok(Numbered { seq, webhook_epoch });
    };
    let row = saved_row(a, now)?;
    let answered: Option<(i64, i64)> =
        cached_update(applications::table, &row, saved_filter(&row, a))
            .returning((
                nextval(receipt_sequence(a.call_id)),
                webhooks::grantdesk_webhook_epoch(),
            ))
            .get_result(pg)
            .optional()?;
    let (next, webhook_epoch) = answered.ok_or_else(changed_meanwhile)?;
    saved(a, now);
    // the sequence is `AS integer`: PostgreSQL refuses to go past i32::MAX
    let seq = i32::try_from(next)
        .map_err(|_| StoreError::Corrupt("a receipt sequence is past its type".into()))?;
    Ok(Numbered { seq, webhook_epoch })
}

/// The row a save writes: the next version, changed now.
fn saved_row(a: &ApplicationRecord, now: DateTime<Utc>) -> Result<ApplicationRow, StoreError> {
    let mut row = to_row(a)?;
    row.version = a.version + 1;
    row.updated_at = now.naive_utc();
    Ok(row)
}

/// A save changes the application only at the version it was loaded at.
fn saved_filter<'a>(
    row: &'a ApplicationRow,
    a: &ApplicationRecord,
) -> diesel::dsl::And<
    diesel::dsl::Eq<applications::id, &'a String>,
    diesel::dsl::Eq<applications::version, i32>,
> {
    applications::id
        .eq(&row.id)
        .and(applications::version.eq(a.version))
}

fn changed_meanwhile() -> StoreError {
    StoreError::Conflict(
        "the application was changed by someone else at the same time; reload it and try again"
            .into(),
    )
}

fn saved(a: &mut ApplicationRecord, now: DateTime<Utc>) {
    a.version += 1;
    a.updated_at = now;
}

/// Filters for listing applications.
#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    pub call: Option<Uuid>,
    pub track: Option<u8>,
    pub status: Option<ApplicationStatus>,
    pub lead_organisation: Option<Uuid>,
    /// Only applications led by one of these organisations (an applicant's own).
    pub led_by_any_of: Option<Vec<Uuid>>,
    /// Only these applications (a reviewer's assignments).
    pub only: Option<Vec<Uuid>>,
}

pub fn list(
    conn: &mut DbConn,
    filter: &ApplicationFilter,
    offset: i64,
    limit: i64,
) -> Result<(Vec<ApplicationRecord>, i64), StoreError> {
    let build = || {
        let mut q = applications::table.into_boxed();
        if let Some(c) = filter.call {
            q = q.filter(applications::call_id.eq(c.to_string()));
        }
        if let Some(t) = filter.track {
            q = q.filter(applications::track.eq(i32::from(t)));
        }
        if let Some(s) = filter.status {
            q = q.filter(applications::status.eq(s.as_str()));
        }
        if let Some(o) = filter.lead_organisation {
            q = q.filter(applications::lead_organisation_id.eq(o.to_string()));
        }
        if let Some(orgs) = &filter.led_by_any_of {
            let orgs: Vec<String> = orgs.iter().map(Uuid::to_string).collect();
            q = q.filter(applications::lead_organisation_id.eq_any(orgs));
        }
        if let Some(ids) = &filter.only {
            let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
            q = q.filter(applications::id.eq_any(ids));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let rows = build()
        .select(ApplicationRow::as_select())
        .order((applications::created_at.asc(), applications::id.asc()))
        .offset(offset)
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(ApplicationRecord::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// Every submitted application of a call (or of one of its tracks), in the listing's order: what
/// the assessment works on (assigning reviewers, the ranking, finalising the selection).
pub fn submitted_of(
    conn: &mut DbConn,
    call: Uuid,
    track: Option<u8>,
) -> Result<Vec<ApplicationRecord>, StoreError> {
    let filter = ApplicationFilter {
        call: Some(call),
        track,
        status: Some(ApplicationStatus::Submitted),
        ..Default::default()
    };
    Ok(list(conn, &filter, 0, i64::MAX)?.0)
}

/// The organisations with a draft or a submission in a call (not only withdrawn ones): who is
/// told what is published about it.
pub fn organisations_in_call(conn: &mut DbConn, call: Uuid) -> Result<Vec<Uuid>, StoreError> {
    let ids: Vec<String> = applications::table
        .filter(applications::call_id.eq(call.to_string()))
        .filter(applications::status.ne(ApplicationStatus::Withdrawn.as_str()))
        .select(applications::lead_organisation_id)
        .distinct()
        .order(applications::lead_organisation_id.asc())
        .load(conn)?;
    ids.iter().map(|id| uuid(id)).collect()
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = attachments)]
struct AttachmentRow {
    id: String,
    application_id: String,
    kind: String,
    file_name: String,
    media_type: String,
    size_bytes: i64,
    sha256: String,
    uploaded_by: String,
    uploaded_at: NaiveDateTime,
    detached_at: Option<NaiveDateTime>,
    detached_by: Option<String>,
}

/// A document attached to an application; its content is in the blob store under `sha256`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Attachment {
    pub id: Uuid,
    pub application_id: Uuid,
    pub kind: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: String,
    pub uploaded_at: DateTime<Utc>,
    pub detached_at: Option<DateTime<Utc>>,
}

impl TryFrom<AttachmentRow> for Attachment {
    type Error = StoreError;
    fn try_from(r: AttachmentRow) -> Result<Self, StoreError> {
        Ok(Attachment {
            id: uuid(&r.id)?,
            application_id: uuid(&r.application_id)?,
            kind: r.kind,
            file_name: r.file_name,
            media_type: r.media_type,
            size_bytes: r.size_bytes,
            sha256: r.sha256,
            uploaded_by: r.uploaded_by,
            uploaded_at: r.uploaded_at.and_utc(),
            detached_at: r.detached_at.map(|t| t.and_utc()),
        })
    }
}

/// What to record about a stored file.
pub struct NewAttachment<'a> {
    pub application_id: Uuid,
    pub kind: &'a str,
    pub file_name: &'a str,
    pub media_type: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub uploaded_by: &'a str,
}

pub fn insert_attachment(
    conn: &mut DbConn,
    new: &NewAttachment<'_>,
    now: DateTime<Utc>,
) -> Result<Attachment, StoreError> {
    let row = AttachmentRow {
        id: Uuid::new_v4().to_string(),
        application_id: new.application_id.to_string(),
        kind: new.kind.to_owned(),
        file_name: new.file_name.to_owned(),
        media_type: new.media_type.to_owned(),
        size_bytes: new.size_bytes,
        sha256: new.sha256.to_owned(),
        uploaded_by: new.uploaded_by.to_owned(),
        uploaded_at: now.naive_utc(),
        detached_at: None,
        detached_by: None,
    };
    diesel::insert_into(attachments::table)
        .values(&row)
        .execute(conn)?;
    row.try_into()
}

/// The attachments of an application, oldest first; detached ones only when asked.
pub fn attachments_of(
    conn: &mut DbConn,
    application: Uuid,
    include_detached: bool,
) -> Result<Vec<Attachment>, StoreError> {
    let mut q = attachments::table
        .filter(attachments::application_id.eq(application.to_string()))
        .into_boxed();
    if !include_detached {
        q = q.filter(attachments::detached_at.is_null());
    }
    q.select(AttachmentRow::as_select())
        .order((attachments::uploaded_at.asc(), attachments::id.asc()))
        .load(conn)?
        .into_iter()
        .map(Attachment::try_from)
        .collect()
}

pub fn find_attachment(
    conn: &mut DbConn,
    application: Uuid,
    id: Uuid,
) -> Result<Attachment, StoreError> {
    attachments::table
        .filter(attachments::application_id.eq(application.to_string()))
        .filter(attachments::id.eq(id.to_string()))
        .select(AttachmentRow::as_select())
        .first(conn)?
        .try_into()
}

/// Detaches an attachment from a draft (the record and the file stay).
pub fn detach_attachment(
    conn: &mut DbConn,
    id: Uuid,
    by: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let n = diesel::update(
        attachments::table
            .filter(attachments::id.eq(id.to_string()))
            .filter(attachments::detached_at.is_null()),
    )
    .set((
        attachments::detached_at.eq(Some(now.naive_utc())),
        attachments::detached_by.eq(Some(by)),
    ))
    .execute(conn)?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = receipts)]
struct ReceiptRow {
    id: String,
    application_id: String,
    call_id: String,
    seq: i32,
    number: String,
    received_at: NaiveDateTime,
    digest: String,
    snapshot: String,
    submitted_by: String,
    log_entry_id: Option<String>,
}

/// The proof of a submission: a number unique within the call, the instant the server received
/// it, and the SHA-256 of the frozen snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    pub id: Uuid,
    pub application_id: Uuid,
    pub call_id: Uuid,
    pub seq: i32,
    pub number: String,
    pub received_at: DateTime<Utc>,
    pub digest: String,
    /// The canonical JSON that was frozen (its SHA-256 is `digest`).
    pub snapshot: String,
    pub submitted_by: String,
    /// The submission's entry in the audit log (none for receipts from before the log).
    pub log_entry_id: Option<Uuid>,
}

impl TryFrom<ReceiptRow> for Receipt {
    type Error = StoreError;
    fn try_from(r: ReceiptRow) -> Result<Self, StoreError> {
        Ok(Receipt {
            id: uuid(&r.id)?,
            application_id: uuid(&r.application_id)?,
            call_id: uuid(&r.call_id)?,
            seq: r.seq,
            number: r.number,
            received_at: r.received_at.and_utc(),
            digest: r.digest,
            snapshot: r.snapshot,
            submitted_by: r.submitted_by,
            log_entry_id: r.log_entry_id.as_deref().map(uuid).transpose()?,
        })
    }
}

/// The name of a call's receipt number sequence (PostgreSQL): made of the call's id, so it is
/// a plain identifier.
fn receipt_sequence(call: Uuid) -> String {
    format!("receipt_numbers_{}", call.simple())
}

/// Makes the call's receipt number sequence (PostgreSQL; inside the call's creating
/// transaction). SQLite has the counter row [`crate::calls`] inserts.
pub(crate) fn create_receipt_sequence(conn: &mut DbConn, call: Uuid) -> Result<(), StoreError> {
    if let DbConn::Pg(pg) = conn {
        diesel::sql_query(format!(
            "CREATE SEQUENCE {} AS integer MINVALUE 1 START WITH 1",
            receipt_sequence(call)
        ))
        .execute(pg)?;
    }
    Ok(())
}

diesel::define_sql_function! {
    /// PostgreSQL's `nextval(regclass)`, named by text (PostgreSQL casts it): one prepared
    /// statement for every call's sequence, rather than a statement parsed per submission.
    fn nextval(sequence: diesel::sql_types::Text) -> diesel::sql_types::BigInt;
}

/// SQLite: the call's next receipt number from its counter row. The one writer holds the
/// database for the whole transaction anyway, so the counter adds no wait, and a rollback gives
/// the number back.
fn next_counter_number(conn: &mut DbConn, call: Uuid) -> Result<i32, StoreError> {
    let n = cached_update(
        receipt_counters::table,
        receipt_counters::last_number.eq(receipt_counters::last_number + 1),
        receipt_counters::call_id.eq(call.to_string()),
    )
    .execute(conn)?;
    if n != 1 {
        return Err(StoreError::NotFound);
    }
    Ok(receipt_counters::table
        .find(call.to_string())
        .select(receipt_counters::last_number)
        .first(conn)?)
}

/// What a new receipt records.
pub struct NewReceipt<'a> {
    pub application_id: Uuid,
    pub call_id: Uuid,
    pub seq: i32,
    pub number: &'a str,
    pub received_at: DateTime<Utc>,
    pub digest: &'a str,
    pub snapshot: &'a str,
    pub submitted_by: &'a str,
    /// The submission's audit entry.
    pub log_entry_id: Uuid,
}

pub fn insert_receipt(conn: &mut DbConn, new: &NewReceipt<'_>) -> Result<Receipt, StoreError> {
    with_inserts(conn, |_, inserts| insert_receipt_in(inserts, new))
}

/// [`insert_receipt`], added to `inserts` (sent with the transaction's other inserts).
pub fn insert_receipt_in(
    inserts: &mut Inserts,
    new: &NewReceipt<'_>,
) -> Result<Receipt, StoreError> {
    let row = ReceiptRow {
        id: Uuid::new_v4().to_string(),
        application_id: new.application_id.to_string(),
        call_id: new.call_id.to_string(),
        seq: new.seq,
        number: new.number.to_owned(),
        received_at: new.received_at.naive_utc(),
        digest: new.digest.to_owned(),
        snapshot: new.snapshot.to_owned(),
        submitted_by: new.submitted_by.to_owned(),
        log_entry_id: Some(new.log_entry_id.to_string()),
    };
    use diesel::sql_types::{Integer, Nullable, Text, Timestamp};
    inserts.add(cached_insert(
        receipts::table,
        &[
            "id",
            "application_id",
            "call_id",
            "seq",
            "number",
            "received_at",
            "digest",
            "snapshot",
            "submitted_by",
            "log_entry_id",
        ],
        (
            row.id.clone().into_sql::<Text>(),
            row.application_id.clone().into_sql::<Text>(),
            row.call_id.clone().into_sql::<Text>(),
            row.seq.into_sql::<Integer>(),
            row.number.clone().into_sql::<Text>(),
            row.received_at.into_sql::<Timestamp>(),
            row.digest.clone().into_sql::<Text>(),
            row.snapshot.clone().into_sql::<Text>(),
            row.submitted_by.clone().into_sql::<Text>(),
            row.log_entry_id.clone().into_sql::<Nullable<Text>>(),
        ),
    ));
    row.try_into()
}

/// Every receipt of an application, oldest first (the last one is what is assessed).
pub fn receipts_of(conn: &mut DbConn, application: Uuid) -> Result<Vec<Receipt>, StoreError> {
    receipts::table
        .filter(receipts::application_id.eq(application.to_string()))
        .order(receipts::seq.asc())
        .select(ReceiptRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Receipt::try_from)
        .collect()
}

/// The latest receipts of many applications at once (for listings).
pub fn latest_receipts(
    conn: &mut DbConn,
    applications: &[Uuid],
) -> Result<Vec<Receipt>, StoreError> {
    let ids: Vec<String> = applications.iter().map(Uuid::to_string).collect();
    let all: Vec<Receipt> = receipts::table
        .filter(receipts::application_id.eq_any(ids))
        .order((receipts::application_id.asc(), receipts::seq.desc()))
        .select(ReceiptRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Receipt::try_from)
        .collect::<Result<_, _>>()?;
    let mut latest: Vec<Receipt> = Vec::new();
    for r in all {
        if latest.last().map(|l| l.application_id) != Some(r.application_id) {
            latest.push(r);
        }
    }
    Ok(latest)
}

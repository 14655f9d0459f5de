//! After the decision (issue #14): each grant's acceptance and the reserve list of a decided
//! call. A status leaves `pending` (an acceptance) or a place is offered only by an update
//! guarded on the state it leaves, so two writers (an answer and the expiry job, or two
//! server processes' jobs) never both change it: the second one's update finds nothing.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::acceptance::{Acceptance, AcceptanceStatus};
use grantdesk_domain::objection::{Outcome, Ruling};
use grantdesk_domain::reserve::Place;
use grantdesk_domain::{parse_zone, Deadline};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{corrupt, enumerated, money, opt_uuid, uuid};
use crate::schema::{grant_acceptances, objection_attachments, objections, outbox, reserve_places};
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = grant_acceptances)]
struct AcceptanceRow {
    grant_id: String,
    call_id: String,
    offered_at: NaiveDateTime,
    due_at: NaiveDateTime,
    zone: String,
    status: String,
    hold_transfer_id: Option<String>,
    partial: bool,
    answered_at: Option<NaiveDateTime>,
    answered_by: Option<String>,
}

/// A grant's acceptance, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptanceRecord {
    pub grant_id: Uuid,
    pub call_id: Uuid,
    /// The letter's (or the offer's) instant: the award date.
    pub offered_at: DateTime<Utc>,
    pub acceptance: Acceptance,
    /// The hold of an award offered from the reserve list, until it is answered.
    pub hold_transfer_id: Option<Uuid>,
    /// Offered less than the application asked (a partial award from the reserve).
    pub partial: bool,
    pub answered_at: Option<DateTime<Utc>>,
    pub answered_by: Option<String>,
}

impl TryFrom<AcceptanceRow> for AcceptanceRecord {
    type Error = StoreError;
    fn try_from(r: AcceptanceRow) -> Result<Self, StoreError> {
        let zone = parse_zone(&r.zone).map_err(corrupt)?;
        Ok(AcceptanceRecord {
            grant_id: uuid(&r.grant_id)?,
            call_id: uuid(&r.call_id)?,
            offered_at: r.offered_at.and_utc(),
            acceptance: Acceptance {
                status: enumerated(&r.status)?,
                due: Deadline::from_instant(r.due_at.and_utc(), zone),
            },
            hold_transfer_id: opt_uuid(r.hold_transfer_id.as_deref())?,
            partial: r.partial,
            answered_at: r.answered_at.map(|t| t.and_utc()),
            answered_by: r.answered_by,
        })
    }
}

/// Records a grant's acceptance as offered.
pub fn insert_acceptance(conn: &mut DbConn, a: &AcceptanceRecord) -> Result<(), StoreError> {
    diesel::insert_into(grant_acceptances::table)
        .values(&AcceptanceRow {
            grant_id: a.grant_id.to_string(),
            call_id: a.call_id.to_string(),
            offered_at: a.offered_at.naive_utc(),
            due_at: a.acceptance.due.instant().naive_utc(),
            zone: a.acceptance.due.zone().name().to_owned(),
            status: a.acceptance.status.as_str().to_owned(),
            hold_transfer_id: a.hold_transfer_id.map(|h| h.to_string()),
            partial: a.partial,
            answered_at: a.answered_at.map(|t| t.naive_utc()),
            answered_by: a.answered_by.clone(),
        })
        .execute(conn)?;
    Ok(())
}

/// The acceptance of a grant.
pub fn acceptance_of(conn: &mut DbConn, grant: Uuid) -> Result<AcceptanceRecord, StoreError> {
    grant_acceptances::table
        .find(grant.to_string())
        .select(AcceptanceRow::as_select())
        .first(conn)?
        .try_into()
}

/// The acceptances of several grants (those that have one), in no particular order.
pub fn acceptances_of(
    conn: &mut DbConn,
    grants: &[Uuid],
) -> Result<Vec<AcceptanceRecord>, StoreError> {
    let ids: Vec<String> = grants.iter().map(Uuid::to_string).collect();
    grant_acceptances::table
        .filter(grant_acceptances::grant_id.eq_any(ids))
        .select(AcceptanceRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AcceptanceRecord::try_from)
        .collect()
}

/// The acceptances of a call's grants, oldest offer first.
pub fn acceptances_of_call(
    conn: &mut DbConn,
    call: Uuid,
) -> Result<Vec<AcceptanceRecord>, StoreError> {
    grant_acceptances::table
        .filter(grant_acceptances::call_id.eq(call.to_string()))
        .order((
            grant_acceptances::offered_at.asc(),
            grant_acceptances::grant_id.asc(),
        ))
        .select(AcceptanceRow::as_select())
        .load(conn)?
        .into_iter()
        .map(AcceptanceRecord::try_from)
        .collect()
}

/// Moves a pending acceptance to `status` (answered by `by` at `at`); false when it was not
/// pending any more (someone else answered or expired it first), and then nothing changed.
pub fn leave_pending(
    conn: &mut DbConn,
    grant: Uuid,
    status: AcceptanceStatus,
    by: &str,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(
        grant_acceptances::table
            .filter(grant_acceptances::grant_id.eq(grant.to_string()))
            .filter(grant_acceptances::status.eq(AcceptanceStatus::Pending.as_str())),
    )
    .set((
        grant_acceptances::status.eq(status.as_str()),
        grant_acceptances::answered_at.eq(Some(at.naive_utc())),
        grant_acceptances::answered_by.eq(Some(by)),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Pending acceptances whose period ended at or before `now`: (grant, call), the earliest due
/// first, at most `limit`.
pub fn expired_by(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    grant_acceptances::table
        .filter(grant_acceptances::status.eq(AcceptanceStatus::Pending.as_str()))
        .filter(grant_acceptances::due_at.le(now.naive_utc()))
        .order((
            grant_acceptances::due_at.asc(),
            grant_acceptances::grant_id.asc(),
        ))
        .limit(limit)
        .select((grant_acceptances::grant_id, grant_acceptances::call_id))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(g, c)| Ok((uuid(&g)?, uuid(&c)?)))
        .collect()
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = reserve_places)]
struct PlaceRow {
    application_id: String,
    call_id: String,
    track: i32,
    rank: i32,
    amount_cents: i64,
    placed_at: NaiveDateTime,
    until: NaiveDateTime,
    offered_at: Option<NaiveDateTime>,
}

/// A place on a call's reserve list, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRecord {
    pub call_id: Uuid,
    pub place: Place,
    pub placed_at: DateTime<Utc>,
    /// The end of the call's reserve period: nothing is offered at or after it.
    pub until: DateTime<Utc>,
    /// When freed money was offered to it; `None` while it waits.
    pub offered_at: Option<DateTime<Utc>>,
}

impl PlaceRecord {
    /// Whether the place waits for money at `now`: not offered yet, and the reserve period
    /// runs.
    pub fn waits_at(&self, now: DateTime<Utc>) -> bool {
        self.offered_at.is_none() && now < self.until
    }
}

impl TryFrom<PlaceRow> for PlaceRecord {
    type Error = StoreError;
    fn try_from(r: PlaceRow) -> Result<Self, StoreError> {
        Ok(PlaceRecord {
            call_id: uuid(&r.call_id)?,
            place: Place {
                application: uuid(&r.application_id)?,
                track: u8::try_from(r.track).map_err(corrupt)?,
                rank: u32::try_from(r.rank).map_err(corrupt)?,
                amount: money(r.amount_cents)?,
            },
            placed_at: r.placed_at.and_utc(),
            until: r.until.and_utc(),
            offered_at: r.offered_at.map(|t| t.and_utc()),
        })
    }
}

/// Places a call's reserve list.
pub fn insert_places(
    conn: &mut DbConn,
    call: Uuid,
    places: &[Place],
    placed_at: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<(), StoreError> {
    for p in places {
        diesel::insert_into(reserve_places::table)
            .values(&PlaceRow {
                application_id: p.application.to_string(),
                call_id: call.to_string(),
                track: i32::from(p.track),
                rank: i32::try_from(p.rank).map_err(corrupt)?,
                amount_cents: p.amount.cents(),
                placed_at: placed_at.naive_utc(),
                until: until.naive_utc(),
                offered_at: None,
            })
            .execute(conn)?;
    }
    Ok(())
}

/// A call's reserve list, per track in rank order.
pub fn places_of(conn: &mut DbConn, call: Uuid) -> Result<Vec<PlaceRecord>, StoreError> {
    reserve_places::table
        .filter(reserve_places::call_id.eq(call.to_string()))
        .order((reserve_places::track.asc(), reserve_places::rank.asc()))
        .select(PlaceRow::as_select())
        .load(conn)?
        .into_iter()
        .map(PlaceRecord::try_from)
        .collect()
}

/// Marks a waiting place offered; false when it was offered already (and then nothing changed).
pub fn mark_offered(
    conn: &mut DbConn,
    application: Uuid,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(
        reserve_places::table
            .filter(reserve_places::application_id.eq(application.to_string()))
            .filter(reserve_places::offered_at.is_null()),
    )
    .set(reserve_places::offered_at.eq(Some(at.naive_utc())))
    .execute(conn)?;
    Ok(changed == 1)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = objections)]
struct ObjectionRow {
    application_id: String,
    id: String,
    call_id: String,
    organisation_id: String,
    grounds: String,
    lodged_by: String,
    lodged_at: NaiveDateTime,
    due_at: NaiveDateTime,
    zone: String,
    ruling: Option<String>,
    motivation: Option<String>,
    outcome: Option<String>,
    ruled_by: Option<String>,
    ruled_at: Option<NaiveDateTime>,
    attachment_count: i32,
}

/// An objection (bezwaar) against an application's decision, and its ruling once made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectionRecord {
    pub id: Uuid,
    pub application_id: Uuid,
    pub call_id: Uuid,
    pub organisation_id: Uuid,
    pub grounds: String,
    pub lodged_by: String,
    pub lodged_at: DateTime<Utc>,
    /// The end of the period it was lodged in.
    pub due: Deadline,
    pub ruling: Option<Ruling>,
    pub motivation: Option<String>,
    pub outcome: Option<Outcome>,
    pub ruled_by: Option<String>,
    pub ruled_at: Option<DateTime<Utc>>,
    /// How many documents are attached to it.
    pub attachment_count: usize,
}

impl TryFrom<ObjectionRow> for ObjectionRecord {
    type Error = StoreError;
    fn try_from(r: ObjectionRow) -> Result<Self, StoreError> {
        let zone = parse_zone(&r.zone).map_err(corrupt)?;
        Ok(ObjectionRecord {
            id: uuid(&r.id)?,
            application_id: uuid(&r.application_id)?,
            call_id: uuid(&r.call_id)?,
            organisation_id: uuid(&r.organisation_id)?,
            grounds: r.grounds,
            lodged_by: r.lodged_by,
            lodged_at: r.lodged_at.and_utc(),
            due: Deadline::from_instant(r.due_at.and_utc(), zone),
            ruling: r.ruling.as_deref().map(enumerated).transpose()?,
            motivation: r.motivation,
            outcome: r.outcome.as_deref().map(enumerated).transpose()?,
            ruled_by: r.ruled_by,
            ruled_at: r.ruled_at.map(|t| t.and_utc()),
            attachment_count: usize::try_from(r.attachment_count).map_err(corrupt)?,
        })
    }
}

/// Records an objection; false when the application has one already (also when another
/// arrived at the same moment: the primary key decides), and then nothing changed.
pub fn lodge(conn: &mut DbConn, o: &ObjectionRecord) -> Result<bool, StoreError> {
    let row = ObjectionRow {
        application_id: o.application_id.to_string(),
        id: o.id.to_string(),
        call_id: o.call_id.to_string(),
        organisation_id: o.organisation_id.to_string(),
        grounds: o.grounds.clone(),
        lodged_by: o.lodged_by.clone(),
        lodged_at: o.lodged_at.naive_utc(),
        due_at: o.due.instant().naive_utc(),
        zone: o.due.zone().name().to_owned(),
        ruling: None,
        motivation: None,
        outcome: None,
        ruled_by: None,
        ruled_at: None,
        attachment_count: 0,
    };
    let insert = diesel::insert_into(objections::table)
        .values(&row)
        .on_conflict_do_nothing();
    let inserted = match conn {
        DbConn::Pg(c) => insert.execute(c)?,
        DbConn::Sqlite(c) => insert.execute(c)?,
    };
    Ok(inserted == 1)
}

/// The objection against an application, if any.
pub fn objection_of(
    conn: &mut DbConn,
    application: Uuid,
) -> Result<Option<ObjectionRecord>, StoreError> {
    objections::table
        .find(application.to_string())
        .select(ObjectionRow::as_select())
        .first(conn)
        .optional()?
        .map(ObjectionRecord::try_from)
        .transpose()
}

/// The objections in a call, oldest first.
pub fn objections_of_call(
    conn: &mut DbConn,
    call: Uuid,
) -> Result<Vec<ObjectionRecord>, StoreError> {
    objections::table
        .filter(objections::call_id.eq(call.to_string()))
        .order((objections::lodged_at.asc(), objections::id.asc()))
        .select(ObjectionRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ObjectionRecord::try_from)
        .collect()
}

/// Records the ruling on an objection not ruled on yet; false when it was ruled on already
/// (and then nothing changed).
pub fn rule_on(
    conn: &mut DbConn,
    application: Uuid,
    (ruling, outcome): (Ruling, Option<Outcome>),
    motivation: &str,
    by: &str,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(
        objections::table
            .filter(objections::application_id.eq(application.to_string()))
            .filter(objections::ruling.is_null()),
    )
    .set((
        objections::ruling.eq(Some(ruling.as_str())),
        objections::outcome.eq(outcome.map(|o| o.as_str())),
        objections::motivation.eq(Some(motivation)),
        objections::ruled_by.eq(Some(by)),
        objections::ruled_at.eq(Some(at.naive_utc())),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The instant of the first decision letter written about an application (the decision an
/// objection is lodged against), if one was written.
pub fn first_letter_at(
    conn: &mut DbConn,
    application: Uuid,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    Ok(outbox::table
        .filter(outbox::kind.eq("decision_letter"))
        .filter(outbox::application_id.eq(application.to_string()))
        .order(outbox::seq.asc())
        .select(outbox::created_at)
        .first::<NaiveDateTime>(conn)
        .optional()?
        .map(|t| t.and_utc()))
}

/// Puts an application on a track's reserve list at `rank` (1 first): the places from that
/// rank on move one down. Used when an upheld objection finds no money free.
pub fn insert_place_at(
    conn: &mut DbConn,
    call: Uuid,
    place: &Place,
    placed_at: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<(), StoreError> {
    let rank = i32::try_from(place.rank).map_err(corrupt)?;
    // from the last up, so that no two places share a rank on the way
    let below: Vec<(String, i32)> = reserve_places::table
        .filter(reserve_places::call_id.eq(call.to_string()))
        .filter(reserve_places::track.eq(i32::from(place.track)))
        .filter(reserve_places::rank.ge(rank))
        .order(reserve_places::rank.desc())
        .select((reserve_places::application_id, reserve_places::rank))
        .load(conn)?;
    for (application, r) in below {
        diesel::update(reserve_places::table.find(application))
            .set(reserve_places::rank.eq(r + 1))
            .execute(conn)?;
    }
    insert_places(conn, call, std::slice::from_ref(place), placed_at, until)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = objection_attachments)]
struct ObjectionAttachmentRow {
    id: String,
    application_id: String,
    file_name: String,
    media_type: String,
    size_bytes: i64,
    sha256: String,
    description: Option<String>,
    uploaded_by: String,
    uploaded_at: NaiveDateTime,
}

/// A document attached to an objection; its content is in the blob store under `sha256`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectionAttachment {
    pub id: Uuid,
    pub application_id: Uuid,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub description: Option<String>,
    pub uploaded_by: String,
    pub uploaded_at: DateTime<Utc>,
}

impl TryFrom<ObjectionAttachmentRow> for ObjectionAttachment {
    type Error = StoreError;
    fn try_from(r: ObjectionAttachmentRow) -> Result<Self, StoreError> {
        Ok(ObjectionAttachment {
            id: uuid(&r.id)?,
            application_id: uuid(&r.application_id)?,
            file_name: r.file_name,
            media_type: r.media_type,
            size_bytes: r.size_bytes,
            sha256: r.sha256,
            description: r.description,
            uploaded_by: r.uploaded_by,
            uploaded_at: r.uploaded_at.and_utc(),
        })
    }
}

/// Attaches a document to the objection against `a.application_id` while it is not ruled on
/// and carries fewer than `max`: the count is raised by an update guarded on both, then the
/// row is inserted (the caller's transaction holds the objection's row from then on, so a
/// ruling waits for it). False when the guard found nothing (ruled, or full), and then nothing
/// changed.
pub fn attach_to_objection(
    conn: &mut DbConn,
    a: &ObjectionAttachment,
    max: usize,
) -> Result<bool, StoreError> {
    let max = i32::try_from(max).unwrap_or(i32::MAX);
    let raised = diesel::update(
        objections::table
            .filter(objections::application_id.eq(a.application_id.to_string()))
            .filter(objections::ruling.is_null())
            .filter(objections::attachment_count.lt(max)),
    )
    .set(objections::attachment_count.eq(objections::attachment_count + 1))
    .execute(conn)?;
    if raised != 1 {
        return Ok(false);
    }
    diesel::insert_into(objection_attachments::table)
        .values(ObjectionAttachmentRow {
            id: a.id.to_string(),
            application_id: a.application_id.to_string(),
            file_name: a.file_name.clone(),
            media_type: a.media_type.clone(),
            size_bytes: a.size_bytes,
            sha256: a.sha256.clone(),
            description: a.description.clone(),
            uploaded_by: a.uploaded_by.clone(),
            uploaded_at: a.uploaded_at.naive_utc(),
        })
        .execute(conn)?;
    Ok(true)
}

/// The documents attached to the objection against `application`, oldest first.
pub fn objection_attachments_of(
    conn: &mut DbConn,
    application: Uuid,
) -> Result<Vec<ObjectionAttachment>, StoreError> {
    objection_attachments::table
        .filter(objection_attachments::application_id.eq(application.to_string()))
        .order((
            objection_attachments::uploaded_at.asc(),
            objection_attachments::id.asc(),
        ))
        .select(ObjectionAttachmentRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ObjectionAttachment::try_from)
        .collect()
}

/// The documents attached to the objections in `call`, oldest first.
pub fn objection_attachments_of_call(
    conn: &mut DbConn,
    call: Uuid,
) -> Result<Vec<ObjectionAttachment>, StoreError> {
    let in_call = objections::table
        .filter(objections::call_id.eq(call.to_string()))
        .select(objections::application_id);
    objection_attachments::table
        .filter(objection_attachments::application_id.eq_any(in_call))
        .order((
            objection_attachments::uploaded_at.asc(),
            objection_attachments::id.asc(),
        ))
        .select(ObjectionAttachmentRow::as_select())
        .load(conn)?
        .into_iter()
        .map(ObjectionAttachment::try_from)
        .collect()
}

/// One document attached to the objection against `application`.
pub fn objection_attachment(
    conn: &mut DbConn,
    application: Uuid,
    id: Uuid,
) -> Result<Option<ObjectionAttachment>, StoreError> {
    objection_attachments::table
        .find(id.to_string())
        .filter(objection_attachments::application_id.eq(application.to_string()))
        .select(ObjectionAttachmentRow::as_select())
        .first(conn)
        .optional()?
        .map(ObjectionAttachment::try_from)
        .transpose()
}

//! Who belongs to an organisation, and invitations to belong.
//!
//! `memberships` holds the current memberships only (so "is X a member of O" is one indexed
//! read, wherever it is asked); a membership that ends is copied to `ended_memberships` first
//! and then deleted, and the database refuses a delete that is not so recorded. Changes of a
//! membership's role or end are guarded `UPDATE`/`DELETE` statements: when a concurrent change
//! got there first they touch no row and the caller rolls back.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{normalised_email, InvitationStatus, MembershipEnd, MembershipRole};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{enumerated, opt_uuid, uuid};
use crate::schema::{ended_memberships, invitations, memberships, organisations, users};
use crate::StoreError;

/// A current membership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub organisation_id: Uuid,
    pub user_id: Uuid,
    pub role: MembershipRole,
    pub added_by: Uuid,
    pub added_at: DateTime<Utc>,
    /// The invitation it was accepted from (none for the one who registered the organisation).
    pub invitation_id: Option<Uuid>,
}

type MembershipColumns = (
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<String>,
);

fn membership(row: MembershipColumns) -> Result<Membership, StoreError> {
    let (organisation_id, user_id, role, added_by, added_at, invitation_id) = row;
    Ok(Membership {
        organisation_id: uuid(&organisation_id)?,
        user_id: uuid(&user_id)?,
        role: enumerated(&role)?,
        added_by: uuid(&added_by)?,
        added_at: added_at.and_utc(),
        invitation_id: opt_uuid(invitation_id.as_deref())?,
    })
}

/// Locks the organisation's row until the transaction ends (PostgreSQL; SQLite's write
/// transaction holds the database already): every change of an organisation's membership
/// (leaving, removing, handing the representative's role on, inviting) takes it before it
/// reads the memberships it decides on, so that two changes at once run one after the other
/// and the second decides on what the first left (a member who left is no longer one to hand
/// the role to; a member who was handed the role must hand it on before leaving).
pub fn lock_organisation(conn: &mut DbConn, organisation: Uuid) -> Result<(), StoreError> {
    crate::db::pg_row_lock(
        conn,
        "SELECT id FROM organisations WHERE id = $1 FOR UPDATE",
        &organisation.to_string(),
    )
}

/// Makes `user` a member of `organisation` with `role`. `Conflict` when they are one already
/// (or, for a representative, when the organisation has one).
pub fn insert(
    conn: &mut DbConn,
    organisation: Uuid,
    user: Uuid,
    role: MembershipRole,
    added_by: Uuid,
    invitation: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::insert_into(memberships::table)
        .values((
            memberships::organisation_id.eq(organisation.to_string()),
            memberships::user_id.eq(user.to_string()),
            memberships::added_by.eq(added_by.to_string()),
            memberships::added_at.eq(now.naive_utc()),
            memberships::role.eq(role.as_str()),
            memberships::invitation_id.eq(invitation.map(|i| i.to_string())),
        ))
        .execute(conn)
        .map_err(|e| match StoreError::from(e) {
            StoreError::Conflict(_) => StoreError::Conflict("already a member".into()),
            other => other,
        })?;
    Ok(())
}

/// `user`'s current membership of `organisation`, if any.
pub fn find(
    conn: &mut DbConn,
    organisation: Uuid,
    user: Uuid,
) -> Result<Option<Membership>, StoreError> {
    memberships::table
        .filter(memberships::organisation_id.eq(organisation.to_string()))
        .filter(memberships::user_id.eq(user.to_string()))
        .select((
            memberships::organisation_id,
            memberships::user_id,
            memberships::role,
            memberships::added_by,
            memberships::added_at,
            memberships::invitation_id,
        ))
        .first::<MembershipColumns>(conn)
        .optional()?
        .map(membership)
        .transpose()
}

/// Ends a membership that is not the representative's: recorded in `ended_memberships`, then
/// taken out of the current ones. `false` (and nothing to keep: roll back) when it is no
/// longer there as a plain member, because a concurrent change ended it or made it the
/// representative's.
pub fn end(
    conn: &mut DbConn,
    m: &Membership,
    ended_by: Uuid,
    reason: MembershipEnd,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    diesel::insert_into(ended_memberships::table)
        .values((
            ended_memberships::id.eq(Uuid::new_v4().to_string()),
            ended_memberships::organisation_id.eq(m.organisation_id.to_string()),
            ended_memberships::user_id.eq(m.user_id.to_string()),
            ended_memberships::role.eq(m.role.as_str()),
            ended_memberships::added_by.eq(m.added_by.to_string()),
            ended_memberships::added_at.eq(m.added_at.naive_utc()),
            ended_memberships::invitation_id.eq(m.invitation_id.map(|i| i.to_string())),
            ended_memberships::ended_at.eq(now.naive_utc()),
            ended_memberships::ended_by.eq(ended_by.to_string()),
            ended_memberships::end_reason.eq(reason.as_str()),
        ))
        .execute(conn)?;
    let n = diesel::delete(
        memberships::table
            .filter(memberships::organisation_id.eq(m.organisation_id.to_string()))
            .filter(memberships::user_id.eq(m.user_id.to_string()))
            .filter(memberships::added_at.eq(m.added_at.naive_utc()))
            .filter(memberships::role.eq(MembershipRole::Member.as_str())),
    )
    .execute(conn)?;
    Ok(n == 1)
}

/// Hands the representative's role of `organisation` from `from` to `to` (a current member;
/// `from` stays a member). `false` (roll back) when `from` is no longer the representative or
/// `to` no longer a plain member, because a concurrent change got there first.
pub fn hand_on(
    conn: &mut DbConn,
    organisation: Uuid,
    from: Uuid,
    to: Uuid,
) -> Result<bool, StoreError> {
    let set_role = |conn: &mut DbConn, user: Uuid, was: MembershipRole, now: MembershipRole| {
        diesel::update(
            memberships::table
                .filter(memberships::organisation_id.eq(organisation.to_string()))
                .filter(memberships::user_id.eq(user.to_string()))
                .filter(memberships::role.eq(was.as_str())),
        )
        .set(memberships::role.eq(now.as_str()))
        .execute(conn)
    };
    // the old first: the unique index allows one representative at any moment
    let stepped_down = set_role(
        conn,
        from,
        MembershipRole::Representative,
        MembershipRole::Member,
    )?;
    if stepped_down != 1 {
        return Ok(false);
    }
    let stepped_up = set_role(
        conn,
        to,
        MembershipRole::Member,
        MembershipRole::Representative,
    )?;
    Ok(stepped_up == 1)
}

/// A member as listed to the organisation's members and to staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: MembershipRole,
    pub added_at: DateTime<Utc>,
}

/// The current members of an organisation, the earliest first.
pub fn members(conn: &mut DbConn, organisation: Uuid) -> Result<Vec<Member>, StoreError> {
    memberships::table
        .inner_join(users::table)
        .filter(memberships::organisation_id.eq(organisation.to_string()))
        .order((memberships::added_at.asc(), users::id.asc()))
        .select((
            users::id,
            users::email,
            users::display_name,
            memberships::role,
            memberships::added_at,
        ))
        .load::<(String, String, String, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(id, email, display_name, role, added_at)| {
            Ok(Member {
                user_id: uuid(&id)?,
                email,
                display_name,
                role: enumerated(&role)?,
                added_at: added_at.and_utc(),
            })
        })
        .collect()
}

/// An ended membership, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedMembership {
    pub user_id: Uuid,
    pub role: MembershipRole,
    pub added_at: DateTime<Utc>,
    pub ended_at: DateTime<Utc>,
    pub ended_by: Uuid,
    pub reason: MembershipEnd,
}

/// The ended memberships of an organisation, in the order they ended.
pub fn ended(conn: &mut DbConn, organisation: Uuid) -> Result<Vec<EndedMembership>, StoreError> {
    ended_memberships::table
        .filter(ended_memberships::organisation_id.eq(organisation.to_string()))
        .order((
            ended_memberships::ended_at.asc(),
            ended_memberships::id.asc(),
        ))
        .select((
            ended_memberships::user_id,
            ended_memberships::role,
            ended_memberships::added_at,
            ended_memberships::ended_at,
            ended_memberships::ended_by,
            ended_memberships::end_reason,
        ))
        .load::<(String, String, NaiveDateTime, NaiveDateTime, String, String)>(conn)?
        .into_iter()
        .map(|(user_id, role, added_at, ended_at, ended_by, reason)| {
            Ok(EndedMembership {
                user_id: uuid(&user_id)?,
                role: enumerated(&role)?,
                added_at: added_at.and_utc(),
                ended_at: ended_at.and_utc(),
                ended_by: uuid(&ended_by)?,
                reason: enumerated(&reason)?,
            })
        })
        .collect()
}

/// An invitation to join an organisation, addressed to an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub email: String,
    pub invited_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub status: InvitationStatus,
    pub answered_at: Option<DateTime<Utc>>,
}

type InvitationColumns = (
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    NaiveDateTime,
    String,
    Option<NaiveDateTime>,
);

#[diesel::dsl::auto_type]
fn invitations_with_names() -> _ {
    invitations::table.inner_join(organisations::table)
}

fn invitation(row: InvitationColumns) -> Result<Invitation, StoreError> {
    let (id, organisation_id, name, email, invited_by, created_at, expires_at, status, answered) =
        row;
    Ok(Invitation {
        id: uuid(&id)?,
        organisation_id: uuid(&organisation_id)?,
        organisation_name: name,
        email,
        invited_by: uuid(&invited_by)?,
        created_at: created_at.and_utc(),
        expires_at: expires_at.and_utc(),
        status: enumerated(&status)?,
        answered_at: answered.map(|t| t.and_utc()),
    })
}

macro_rules! invitation_columns {
    () => {
        (
            invitations::id,
            invitations::organisation_id,
            organisations::name,
            invitations::email,
            invitations::invited_by,
            invitations::created_at,
            invitations::expires_at,
            invitations::status,
            invitations::answered_at,
        )
    };
}

/// Records a pending invitation of `email` (normalised) to `organisation`, valid until
/// `expires_at`.
pub fn insert_invitation(
    conn: &mut DbConn,
    organisation: Uuid,
    email: &str,
    invited_by: Uuid,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let id = Uuid::new_v4();
    diesel::insert_into(invitations::table)
        .values((
            invitations::id.eq(id.to_string()),
            invitations::organisation_id.eq(organisation.to_string()),
            invitations::email.eq(normalised_email(email)),
            invitations::invited_by.eq(invited_by.to_string()),
            invitations::created_at.eq(now.naive_utc()),
            invitations::expires_at.eq(expires_at.naive_utc()),
            invitations::status.eq(InvitationStatus::Pending.as_str()),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn find_invitation(conn: &mut DbConn, id: Uuid) -> Result<Option<Invitation>, StoreError> {
    invitations_with_names()
        .filter(invitations::id.eq(id.to_string()))
        .select(invitation_columns!())
        .first::<InvitationColumns>(conn)
        .optional()?
        .map(invitation)
        .transpose()
}

/// The invitations still pending at `now` (not answered, not expired) addressed to `email`
/// (normalised), the newest first.
pub fn pending_for_email(
    conn: &mut DbConn,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Invitation>, StoreError> {
    invitations_with_names()
        .filter(invitations::email.eq(normalised_email(email)))
        .filter(invitations::status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitations::expires_at.gt(now.naive_utc()))
        .order((invitations::created_at.desc(), invitations::id.asc()))
        .select(invitation_columns!())
        .load::<InvitationColumns>(conn)?
        .into_iter()
        .map(invitation)
        .collect()
}

/// The invitations to `organisation` still pending at `now`, the newest first.
pub fn pending_of_organisation(
    conn: &mut DbConn,
    organisation: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<Invitation>, StoreError> {
    invitations_with_names()
        .filter(invitations::organisation_id.eq(organisation.to_string()))
        .filter(invitations::status.eq(InvitationStatus::Pending.as_str()))
        .filter(invitations::expires_at.gt(now.naive_utc()))
        .order((invitations::created_at.desc(), invitations::id.asc()))
        .select(invitation_columns!())
        .load::<InvitationColumns>(conn)?
        .into_iter()
        .map(invitation)
        .collect()
}

/// Answers a pending invitation (accepted, declined or withdrawn by `by`), once: `false` when
/// it was answered already (by a concurrent request).
pub fn answer_invitation(
    conn: &mut DbConn,
    id: Uuid,
    status: InvitationStatus,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let n = diesel::update(
        invitations::table
            .filter(invitations::id.eq(id.to_string()))
            .filter(invitations::status.eq(InvitationStatus::Pending.as_str())),
    )
    .set((
        invitations::status.eq(status.as_str()),
        invitations::answered_at.eq(Some(now.naive_utc())),
        invitations::answered_by.eq(Some(by.to_string())),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Whether a current member of `organisation` has the account with `email` (normalised).
pub fn has_member_with_email(
    conn: &mut DbConn,
    organisation: Uuid,
    email: &str,
) -> Result<bool, StoreError> {
    let n: i64 = memberships::table
        .inner_join(users::table)
        .filter(memberships::organisation_id.eq(organisation.to_string()))
        .filter(users::email.eq(normalised_email(email)))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

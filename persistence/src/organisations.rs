//! Organisations (with their Belgian enterprise number) and who belongs to them.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{
    Address, AssignmentStatus, Kbo, MembershipRole, OrganisationDraft, OrganisationReach,
    OrganisationType, VerificationStatus,
};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{enumerated, uuid};
pub use crate::organisation_claims::Verification;
use crate::schema::{applications, assignments, memberships, organisations};
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organisations)]
pub(crate) struct OrganisationRow {
    id: String,
    name: String,
    kbo: String,
    kind: String,
    street: String,
    postal_code: String,
    city: String,
    country: String,
    created_by: String,
    created_at: NaiveDateTime,
    verification_status: String,
    verification_decided_at: Option<NaiveDateTime>,
    verification_decided_by: Option<String>,
    kbo_extract_reference: Option<String>,
    mandate_reference: Option<String>,
    representative_identity: Option<String>,
    verification_reason: Option<String>,
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub kbo: Kbo,
    pub kind: OrganisationType,
    pub address: Address,
    pub created_at: DateTime<Utc>,
    /// Whether staff verified its claim on the enterprise number.
    pub verification: Verification,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(r: OrganisationRow) -> Result<Self, StoreError> {
        Ok(Organisation {
            id: uuid(&r.id)?,
            name: r.name,
            kbo: enumerated(&r.kbo)?,
            kind: enumerated(&r.kind)?,
            address: Address {
                street: r.street,
                postal_code: r.postal_code,
                city: r.city,
                country: r.country,
            },
            created_at: r.created_at.and_utc(),
            verification: Verification::from_columns(
                &r.verification_status,
                r.verification_decided_at,
                r.verification_decided_by,
                (
                    r.kbo_extract_reference,
                    r.mandate_reference,
                    r.representative_identity,
                ),
                r.verification_reason,
            )?,
        })
    }
}

/// Registers an organisation, an unverified claim on its enterprise number (other claims on
/// the same number may exist beside it), with its creator as its first member and
/// representative.
pub fn insert(
    conn: &mut DbConn,
    draft: &OrganisationDraft,
    creator: Uuid,
    now: DateTime<Utc>,
) -> Result<Organisation, StoreError> {
    let row = OrganisationRow {
        id: Uuid::new_v4().to_string(),
        name: draft.name.clone(),
        kbo: draft.kbo.as_str().to_owned(),
        kind: draft.kind.as_str().to_owned(),
        street: draft.address.street.clone(),
        postal_code: draft.address.postal_code.clone(),
        city: draft.address.city.clone(),
        country: draft.address.country.clone(),
        created_by: creator.to_string(),
        created_at: now.naive_utc(),
        verification_status: VerificationStatus::Unverified.as_str().to_owned(),
        verification_decided_at: None,
        verification_decided_by: None,
        kbo_extract_reference: None,
        mandate_reference: None,
        representative_identity: None,
        verification_reason: None,
    };
    diesel::insert_into(organisations::table)
        .values(&row)
        .execute(conn)?;
    crate::memberships::insert(
        conn,
        uuid(&row.id)?,
        creator,
        MembershipRole::Representative,
        creator,
        None,
        now,
    )?;
    row.try_into()
}

pub fn find(conn: &mut DbConn, id: Uuid) -> Result<Organisation, StoreError> {
    organisations::table
        .find(id.to_string())
        .select(OrganisationRow::as_select())
        .first(conn)?
        .try_into()
}

/// The organisation verified for `kbo` (other claims on the number are not it).
pub fn find_by_kbo(conn: &mut DbConn, kbo: &Kbo) -> Result<Option<Organisation>, StoreError> {
    organisations::table
        .filter(organisations::kbo.eq(kbo.as_str()))
        .filter(organisations::verification_status.eq(VerificationStatus::Verified.as_str()))
        .select(OrganisationRow::as_select())
        .first(conn)
        .optional()?
        .map(Organisation::try_from)
        .transpose()
}

pub fn is_member(conn: &mut DbConn, organisation: Uuid, user: Uuid) -> Result<bool, StoreError> {
    let n: i64 = memberships::table
        .filter(memberships::organisation_id.eq(organisation.to_string()))
        .filter(memberships::user_id.eq(user.to_string()))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The organisations a user belongs to.
pub fn ids_of_member(conn: &mut DbConn, user: Uuid) -> Result<Vec<Uuid>, StoreError> {
    memberships::table
        .filter(memberships::user_id.eq(user.to_string()))
        .select(memberships::organisation_id)
        .load::<String>(conn)?
        .iter()
        .map(|s| uuid(s))
        .collect()
}

/// The ids of the organisations leading an application `reviewer` is actively assigned to
/// (a conflict of interest ends an assignment, so those are not among them).
#[diesel::dsl::auto_type]
fn assigned_leads(reviewer: String) -> _ {
    let active: &'static str = AssignmentStatus::Active.as_str();
    applications::table
        .filter(
            applications::id.eq_any(
                assignments::table
                    .filter(assignments::reviewer_id.eq(reviewer))
                    .filter(assignments::status.eq(active))
                    .select(assignments::application_id),
            ),
        )
        .select(applications::lead_organisation_id)
}

/// The organisations `user` sees with `reach`, by name.
pub fn list(
    conn: &mut DbConn,
    reach: OrganisationReach,
    user: Uuid,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Organisation>, i64), StoreError> {
    let build = || {
        let q = organisations::table.into_boxed();
        match reach {
            OrganisationReach::All => q,
            OrganisationReach::Memberships => q.filter(
                organisations::id.eq_any(
                    memberships::table
                        .filter(memberships::user_id.eq(user.to_string()))
                        .select(memberships::organisation_id),
                ),
            ),
            OrganisationReach::Assignments => {
                q.filter(organisations::id.eq_any(assigned_leads(user.to_string())))
            }
        }
    };
    let total = build().count().get_result(conn)?;
    let rows = build()
        .select(OrganisationRow::as_select())
        .order((organisations::name.asc(), organisations::id.asc()))
        .offset(offset)
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(Organisation::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// Whether `user` sees `organisation` with `reach`.
pub fn within_reach(
    conn: &mut DbConn,
    organisation: Uuid,
    reach: OrganisationReach,
    user: Uuid,
) -> Result<bool, StoreError> {
    match reach {
        OrganisationReach::All => Ok(true),
        OrganisationReach::Memberships => is_member(conn, organisation, user),
        OrganisationReach::Assignments => {
            let n: i64 = assigned_leads(user.to_string())
                .filter(applications::lead_organisation_id.eq(organisation.to_string()))
                .count()
                .get_result(conn)?;
            Ok(n > 0)
        }
    }
}

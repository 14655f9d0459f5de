//! Organisations: register (with the KBO number), list one's own, add members.

use grantdesk_persistence::{audit, organisations, users, DbConn};
use uuid::Uuid;

use crate::auth::{Claims, Role};
use crate::dto::organisations::{
    AddMemberRequest, MemberView, OrganisationRequest, OrganisationView,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::load;
use crate::state::AppState;

/// Registers an organisation; the one who registers becomes its first member.
pub async fn register(
    state: &AppState,
    claims: &Claims,
    request: OrganisationRequest,
) -> Result<OrganisationView, ApiError> {
    let draft = request.into_draft()?;
    let user = claims.sub;
    let actor = format!("user:{user}");
    state
        .write(move |c, clock| {
            let now = clock.now();
            let org = organisations::insert(c, &draft, user, now)?;
            let view = OrganisationView::from(&org);
            audit::record(
                c,
                &actor,
                "organisation.create",
                ("organisation", &org.id.to_string()),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// Organisations: an applicant's own; a reviewer's assigned applications' lead organisations;
/// every organisation for staff.
pub async fn list(
    state: &AppState,
    claims: &Claims,
    query: PageQuery,
) -> Result<Page<OrganisationView>, ApiError> {
    let paging = query.resolve()?;
    let (reach, user, role) = (claims.role.organisation_reach(), claims.sub, claims.role);
    state
        .read(move |c, _| {
            let (rows, total) =
                organisations::list(c, reach, user, paging.offset(), paging.limit())?;
            let views = rows.iter().map(|o| OrganisationView::from(o).seen_by(role));
            Ok(paging.wrap(views.collect(), total))
        })
        .await
}

/// One organisation (its members, or staff).
pub async fn get(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<OrganisationView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            load::organisation(c, &claims, id)
                .map(|o| OrganisationView::from(&o).seen_by(claims.role))
        })
        .await
}

/// The members of an organisation (its members, or staff who see every organisation).
pub async fn members(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<Vec<MemberView>, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            load::organisation_members_of(c, &claims, id)?;
            member_views(c, id)
        })
        .await
}

/// Adds an existing, active applicant account to the organisation (by a member of it); answers
/// the members.
pub async fn add_member(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    request: AddMemberRequest,
) -> Result<Vec<MemberView>, ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    let email = request.email;
    state
        .write(move |c, clock| {
            let now = clock.now();
            load::organisation(c, &claims, id)?;
            let user = users::find_by_email(c, &email)?
                .filter(|u| u.role == Role::Applicant && u.active)
                .ok_or_else(|| {
                    ApiError::validation(
                        "email",
                        "unknown",
                        "there is no applicant account with that email",
                    )
                })?;
            organisations::add_member(c, id, user.id, claims.sub, now)?;
            audit::record(
                c,
                &actor,
                "organisation.add_member",
                ("organisation", &id.to_string()),
                None,
                Some(serde_json::json!({"user_id": user.id, "email": user.email})),
                now,
            )?;
            member_views(c, id)
        })
        .await
}

fn member_views(c: &mut DbConn, id: Uuid) -> Result<Vec<MemberView>, ApiError> {
    Ok(organisations::members(c, id)?
        .iter()
        .map(MemberView::from)
        .collect())
}

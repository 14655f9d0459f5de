//! Organisations: register (with the KBO number), list one's own, their members. Joining and
//! leaving are `services::memberships`.

use grantdesk_persistence::{audit, organisations};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::organisations::{MemberView, OrganisationRequest, OrganisationView};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::{load, memberships};
use crate::state::AppState;

/// Registers an organisation; the one who registers becomes its first member and its
/// representative.
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
            memberships::member_views(c, id)
        })
        .await
}

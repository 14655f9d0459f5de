//! Organisations: register (with the KBO number), list one's own, add members.

use actix_web::{get, post, web, HttpResponse};
use grantdesk_persistence::organisations;
use grantdesk_persistence::{audit, users};
use uuid::Uuid;

use crate::auth::{AnyUser, ApplicantOnly, Authorized, Role};
use crate::dto::organisations::{
    AddMemberRequest, MemberView, OrganisationRequest, OrganisationView,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, ResourceWrite, SignedInListing, SignedInResource};
use crate::services::load;
use crate::state::AppState;

/// Register an organisation (applicant). The one who registers becomes its first member. An
/// enterprise number can be registered once (409: ask a member to add you).
#[utoipa::path(
    tag = "organisations",
    request_body = OrganisationRequest,
    responses(
        (status = 201, body = OrganisationView),
        Creation,
        (status = 409, description = "The enterprise number is registered already", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations")]
pub async fn create_organisation(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    body: ValidJson<OrganisationRequest>,
) -> Result<HttpResponse, ApiError> {
    let draft = body.0.into_draft()?;
    let user = auth.claims().sub;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
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
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/organisations/{}", view.id)))
        .json(view))
}

/// Organisations: an applicant's own; every organisation for staff.
#[utoipa::path(
    tag = "organisations",
    params(PageQuery),
    responses(
        (status = 200, body = Page<OrganisationView>),
        SignedInListing,
    ),
    security(("bearer" = []))
)]
#[get("/organisations")]
pub async fn list_organisations(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let paging = query.into_inner().resolve()?;
    let member = (!auth.role().sees_all_organisations()).then_some(auth.claims().sub);
    let page = state
        .run(move |db, _| {
            let (rows, total) =
                db.read(|c| organisations::list(c, member, paging.offset(), paging.limit()))?;
            Ok(paging.wrap(rows.iter().map(OrganisationView::from).collect(), total))
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One organisation (its members, or staff).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, body = OrganisationView),
        SignedInResource,
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}")]
pub async fn get_organisation(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let view = state
        .run(move |db, _| {
            db.read(|c| load::organisation(c, &claims, id).map(|o| OrganisationView::from(&o)))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The members of an organisation (its members, or staff).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, body = Vec<MemberView>),
        SignedInResource,
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let members = state
        .run(move |db, _| {
            db.read(|c| {
                load::organisation(c, &claims, id)?;
                Ok::<_, ApiError>(
                    organisations::members(c, id)?
                        .iter()
                        .map(MemberView::from)
                        .collect::<Vec<_>>(),
                )
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(members))
}

/// Add an existing applicant account to the organisation (a member of it).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = AddMemberRequest,
    responses(
        (status = 201, body = Vec<MemberView>),
        ResourceWrite,
        (status = 409, description = "Already a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No applicant account with that email", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations/{id}/members")]
pub async fn add_member(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<AddMemberRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let email = body.0.email;
    let members = state
        .run(move |db, clock| {
            db.write(|c| {
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
                Ok::<_, ApiError>(
                    organisations::members(c, id)?
                        .iter()
                        .map(MemberView::from)
                        .collect::<Vec<_>>(),
                )
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(members))
}

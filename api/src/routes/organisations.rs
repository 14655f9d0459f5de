//! Organisations: register (with the KBO number), list one's own, their members (joining and
//! leaving: `routes::memberships`).

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AnyUser, ApplicantOnly, Authorized};
use crate::dto::organisations::{MemberView, OrganisationRequest, OrganisationView};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, SignedInListing, SignedInResource};
use crate::services::organisations;
use crate::state::AppState;

/// Register an organisation (applicant). The one who registers becomes its first member and its
/// representative. The organisation is an unverified claim on its enterprise number until staff
/// verify it (it may apply, it is paid nothing); another claim on the same number is recorded
/// beside it, and staff settle which one holds it.
#[utoipa::path(
    tag = "organisations",
    request_body = OrganisationRequest,
    responses(
        (status = 201, body = OrganisationView),
        Creation,
    ),
    security(("bearer" = []))
)]
#[post("/organisations")]
pub async fn create_organisation(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    body: ValidJson<OrganisationRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = organisations::register(&state, auth.claims(), body.0).await?;
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
    let page = organisations::list(&state, auth.claims(), query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One organisation (its members, a reviewer assigned to one of its applications, or staff).
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
    let view = organisations::get(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The members of an organisation (its members, or admin, finance and audit staff; never a
/// reviewer).
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
    let members = organisations::members(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(members))
}

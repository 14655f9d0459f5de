//! Applications: drafts by a member of the lead organisation, edits while the call is open,
//! listings scoped to who asks. Another organisation's application is "not found".

use actix_web::{get, post, put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized};
use crate::dto::applications::{
    ApplicationContentDto, ApplicationListQuery, ApplicationSummary, ApplicationView,
    BudgetLinesRequest, CreateApplicationRequest,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Creation, Listing, Resource, ResourceWrite};
use crate::services::applications;
use crate::state::AppState;

/// Start a draft application in an open call, for an organisation you are a member of
/// (applicant). The content may be partial; `missing` in the answer says what submission still
/// needs.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = CreateApplicationRequest,
    responses(
        (status = 201, body = ApplicationView),
        Creation,
        (status = 404, description = "No such call, or not a member of the organisation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The call is not open or its deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/applications")]
pub async fn create_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    call_id: web::Path<Uuid>,
    body: ValidJson<CreateApplicationRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = applications::create(&state, auth.claims(), call_id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/applications/{}", view.id)))
        .json(view))
}

/// Replace a draft's content (a member of the lead organisation; drafts only, before the
/// deadline).
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = ApplicationContentDto,
    responses(
        (status = 200, body = ApplicationView),
        ResourceWrite,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/applications/{id}")]
pub async fn update_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ApplicationContentDto>,
) -> Result<HttpResponse, ApiError> {
    let view = applications::update(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Replace only a draft's budget lines (a member of the lead organisation; drafts only, before
/// the deadline). The requested amount becomes their exact sum, checked against the call's cap
/// per project; the rest of the content stays as it is.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = BudgetLinesRequest,
    responses(
        (status = 200, body = ApplicationView),
        ResourceWrite,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid lines, or their sum is over the call's cap", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/applications/{id}/budget-lines")]
pub async fn replace_budget_lines(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<BudgetLinesRequest>,
) -> Result<HttpResponse, ApiError> {
    let view =
        applications::replace_budget_lines(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// One application (a member of the lead organisation, admin, auditor, an assigned reviewer).
/// Admins and auditors also see its latest eligibility screening.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = ApplicationView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}")]
pub async fn get_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = applications::get(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// List applications: an applicant sees their organisations' only, a reviewer those assigned
/// to them; admins and auditors all; filtered by call, track, status and organisation.
#[utoipa::path(
    tag = "applications",
    params(ApplicationListQuery),
    responses(
        (status = 200, body = Page<ApplicationSummary>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/applications")]
pub async fn list_applications(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    query: web::Query<ApplicationListQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = applications::list(&state, auth.claims(), query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

//! State aid across calls (issue #15): the regulations a call's aid relies on; control links
//! between organisations and the single undertakings they make.

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, AnyUser, ApplicantOnly, Authorized, ClaimReaders, SelectionReaders};
use crate::dto::aid::{
    AidPositionQuery, AidPositionView, ControlLinkRequest, ControlLinkView, DoubleFundingView,
    FindingRequest, FindingView, LinkDecisionRequest, LinkListQuery, RegulationRequest,
    RegulationView, SingleUndertakingView,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Creation, Listing, Resource, ResourceWrite, RoleOnly};
use crate::services::{aid, control_links, double_funding};
use crate::state::AppState;

/// The regulations a call's aid can rely on (any signed-in user): the de minimis regulations
/// with their ceiling per single undertaking and rolling period, the block exemption; each
/// with its legal source and the days of awards it applies to.
#[utoipa::path(
    tag = "aid",
    responses(
        (status = 200, body = Vec<RegulationView>),
        RoleOnly,
    ),
    security(("bearer" = []))
)]
#[get("/aid-regulations")]
pub async fn list_regulations(
    state: web::Data<AppState>,
    _auth: Authorized<AnyUser>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(aid::regulations(&state).await?))
}

/// Add a regulation (admin): a new regulation is a configuration change, not a release. A de
/// minimis one has a ceiling and a rolling period (1 to 10 years), a block exemption neither.
/// Regulations are never changed or removed.
#[utoipa::path(
    tag = "aid",
    request_body = RegulationRequest,
    responses(
        (status = 201, body = RegulationView),
        Creation,
        (status = 409, description = "A regulation with that code exists (`regulation_exists`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/aid-regulations")]
pub async fn add_regulation(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    body: ValidJson<RegulationRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = aid::add_regulation(&state, auth.claims(), body.0.into()).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Declare a control link (the organisation's representative): the organisation registered
/// under `other_kbo` controls this one (`other_is: parent`) or is controlled by it
/// (`subsidiary`), by one of the de minimis regulation's four criteria. It makes a single
/// undertaking once staff confirm it.
#[utoipa::path(
    tag = "aid",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = ControlLinkRequest,
    responses(
        (status = 201, body = ControlLinkView),
        ResourceWrite,
        (status = 409, description = "A link between the two is declared or confirmed already (`link_declared`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations/{id}/control-links")]
pub async fn declare_control_link(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ControlLinkRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = control_links::declare(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// The single undertaking an organisation belongs to (its members, staff): every organisation
/// reached through confirmed control links, either way, and every link touching one of them.
#[utoipa::path(
    tag = "aid",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, body = SingleUndertakingView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}/single-undertaking")]
pub async fn single_undertaking(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = control_links::single_undertaking(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Decide on a control link (admin): confirm or reject a declared one, end a confirmed one
/// when the control ceased (a reason is required to reject or end).
#[utoipa::path(
    tag = "aid",
    params(("id" = Uuid, Path, description = "Control link id")),
    request_body = LinkDecisionRequest,
    responses(
        (status = 200, body = ControlLinkView),
        ResourceWrite,
        (status = 409, description = "The decision does not apply to the link's status (`link_decided`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/control-links/{id}/decision")]
pub async fn decide_control_link(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<LinkDecisionRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = control_links::decide_link(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The control links, oldest first (admin, auditor), filtered by status: `declared` are the
/// ones to decide.
#[utoipa::path(
    tag = "aid",
    params(LinkListQuery),
    responses(
        (status = 200, body = Page<ControlLinkView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/control-links")]
pub async fn list_control_links(
    state: web::Data<AppState>,
    _auth: Authorized<ClaimReaders>,
    query: web::Query<LinkListQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(control_links::list(&state, query.into_inner()).await?))
}

/// An organisation's own view of its aid (its members, staff): its single undertaking and, per
/// de minimis regulation, the rolling window ending on `on` (default today, Brussels), the
/// awards made here to any member under that regulation in the window, and what is left under
/// the ceiling.
#[utoipa::path(
    tag = "aid",
    params(("id" = Uuid, Path, description = "Organisation id"), AidPositionQuery),
    responses(
        (status = 200, body = AidPositionView),
        Resource,
        (status = 422, description = "`on` is not a date", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}/aid")]
pub async fn aid_position(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
    query: web::Query<AidPositionQuery>,
) -> Result<HttpResponse, ApiError> {
    let view =
        control_links::aid_position(&state, auth.claims(), id.into_inner(), query.on).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// An application's double-funding signals (admin, auditor): the submitted applications of its
/// lead organisation and of its single undertaking in other calls, each with the similarity of
/// its title, summary and budget lines (per mille) and whether the periods overlap; flagged
/// ones (overlapping and alike) first; and the screeners' findings.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = DoubleFundingView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/double-funding")]
pub async fn double_funding_signals(
    state: web::Data<AppState>,
    auth: Authorized<SelectionReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = double_funding::signals(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Record a finding on an application's double-funding signals (admin): no_double_funding,
/// suspected or confirmed, with a note. The latest counts; earlier ones stay.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = FindingRequest,
    responses(
        (status = 201, body = FindingView),
        ResourceWrite,
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/double-funding/findings")]
pub async fn record_double_funding_finding(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<FindingRequest>,
) -> Result<HttpResponse, ApiError> {
    let view =
        double_funding::record_finding(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

//! State aid across calls (issue #15): the regulations a call's aid relies on.

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{AdminOnly, AnyUser, Authorized};
use crate::dto::aid::{RegulationRequest, RegulationView};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{Creation, RoleOnly};
use crate::services::aid;
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

//! Webhook endpoints and their delivery log (see [`crate::services::webhooks`]).

use actix_web::{get, post, web, HttpResponse};
use grantdesk_domain::webhook::EndpointStatus;
use uuid::Uuid;

use crate::auth::{Authorized, WebhookOwners};
use crate::dto::webhooks::{
    EndpointCreated, EndpointRequest, EndpointView, SecretView, WebhookMessageView,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, Listing, Resource};
use crate::services::webhooks;
use crate::state::AppState;

/// Register an endpoint. An applicant registers one for an organisation it represents (that
/// organisation's events only); an admin for one organisation, or without `organisation_id`
/// for every event. Each delivery is a POST signed as Standard Webhooks says (`webhook-id`,
/// `webhook-timestamp`, `webhook-signature`) with the secret in this answer, shown once.
/// Audited.
#[utoipa::path(
    tag = "webhooks",
    request_body = EndpointRequest,
    responses(
        (status = 201, body = EndpointCreated),
        Creation,
        (status = 404, description = "The organisation is not one the bearer sees", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/webhooks")]
pub async fn create_endpoint(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    body: ValidJson<EndpointRequest>,
) -> Result<HttpResponse, ApiError> {
    let created = webhooks::create(&state, auth.claims(), body.0).await?;
    Ok(HttpResponse::Created()
        .insert_header((
            "Location",
            format!("/api/v1/webhooks/{}", created.endpoint.id),
        ))
        .json(created))
}

/// The endpoints the bearer sees: an admin all; an applicant those of its organisations.
#[utoipa::path(
    tag = "webhooks",
    params(PageQuery),
    responses(
        (status = 200, body = Page<EndpointView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/webhooks")]
pub async fn list_endpoints(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    page: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = webhooks::list(&state, auth.claims(), page.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One endpoint.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Endpoint id")),
    responses(
        (status = 200, body = EndpointView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/webhooks/{id}")]
pub async fn get_endpoint(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = webhooks::get(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Rotate the endpoint's secret (its organisation's representative, or an admin): the new one
/// is in the answer, once; the ones it replaces keep signing beside it for 24 hours, so each
/// delivery carries a signature by each until then. Audited.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Endpoint id")),
    responses(
        (status = 200, body = SecretView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[post("/webhooks/{id}/secret")]
pub async fn rotate_secret(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = webhooks::rotate_secret(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Disable the endpoint: nothing is sent to it and no new events are written for it; waiting
/// messages stay. Audited.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Endpoint id")),
    responses(
        (status = 200, body = EndpointView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[post("/webhooks/{id}/disable")]
pub async fn disable_endpoint(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = webhooks::set_status(
        &state,
        auth.claims(),
        id.into_inner(),
        EndpointStatus::Disabled,
    )
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Enable the endpoint again (also one disabled for its failures): its failures are forgotten
/// and its waiting messages go out. Audited.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Endpoint id")),
    responses(
        (status = 200, body = EndpointView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[post("/webhooks/{id}/enable")]
pub async fn enable_endpoint(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = webhooks::set_status(
        &state,
        auth.claims(),
        id.into_inner(),
        EndpointStatus::Active,
    )
    .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Send the endpoint a `webhook.test` event (whatever it subscribes to), to try the receiver
/// and its signature check. The answer is the message, queued.
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Endpoint id")),
    responses(
        (status = 202, body = WebhookMessageView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[post("/webhooks/{id}/test")]
pub async fn test_endpoint(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = webhooks::test(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Accepted().json(view))
}

/// The endpoint's delivery log: its messages, the newest first, each with every attempt (the
/// receiver's status, or why there was none).
#[utoipa::path(
    tag = "webhooks",
    params(("id" = Uuid, Path, description = "Endpoint id"), PageQuery),
    responses(
        (status = 200, body = Page<WebhookMessageView>),
        Resource,
        (status = 422, description = "An invalid page", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/webhooks/{id}/deliveries")]
pub async fn list_deliveries(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    id: web::Path<Uuid>,
    page: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page =
        webhooks::deliveries(&state, auth.claims(), id.into_inner(), page.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Send a message again (delivered or failed), under the same `webhook-id`. Audited.
#[utoipa::path(
    tag = "webhooks",
    params(
        ("id" = Uuid, Path, description = "Endpoint id"),
        ("message" = String, Path, description = "Message id (webhook-id)"),
    ),
    responses(
        (status = 202, body = WebhookMessageView),
        Resource,
        (status = 409, description = "The message is waiting for its delivery already", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/webhooks/{id}/deliveries/{message}/replay")]
pub async fn replay_delivery(
    state: web::Data<AppState>,
    auth: Authorized<WebhookOwners>,
    path: web::Path<(Uuid, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, message) = path.into_inner();
    let view = webhooks::replay(&state, auth.claims(), id, message).await?;
    Ok(HttpResponse::Accepted().json(view))
}

//! Selection: decisions whose awards hold money on the ledger, and finalising (see
//! `services::selection`).

use actix_web::{get, post, web, HttpResponse};
use grantdesk_domain::Decision;
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, SelectionReaders};
use crate::dto::assessment::{BulkDecisionRequest, DecisionRequest, DecisionView};
use crate::dto::calls::CallView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{Conflict, Resource, ResourceWrite};
use crate::services::selection;
use crate::state::AppState;

/// Record a decision on a submitted application (admin): selected (with an award, at most the
/// requested amount and the cap; it holds that money on the ledger), reserve or rejected, with
/// a motivation. A new decision replaces the current one until the selection is final; its
/// hold is voided exactly. Refused (409 insufficient-funds) when the call, or the track's own
/// budget, has too little left, however many admins decide at once.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = DecisionRequest,
    responses(
        (status = 201, body = DecisionView),
        ResourceWrite,
        (status = 409, description = "Insufficient funds, not eligible, or not in assessment", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/decision")]
pub async fn record_decision(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<DecisionRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.0;
    let decision = Decision {
        kind: body.kind,
        awarded: body.awarded,
        motivation: body.motivation,
    };
    let view = selection::decide_one(&state, auth.claims(), id.into_inner(), decision).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Record many decisions at once (admin), all or none.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = BulkDecisionRequest,
    responses(
        (status = 201, body = Vec<DecisionView>),
        ResourceWrite, Conflict,
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/decisions")]
pub async fn bulk_decisions(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<BulkDecisionRequest>,
) -> Result<HttpResponse, ApiError> {
    let items = body.0.decisions;
    let views = selection::decide_many(&state, auth.claims(), id.into_inner(), items).await?;
    Ok(HttpResponse::Created().json(views))
}

/// The current decision of every decided application of a call (admin, auditor).
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = Vec<DecisionView>),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/decisions")]
pub async fn list_decisions(
    state: web::Data<AppState>,
    _auth: Authorized<SelectionReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let list = selection::decisions(&state, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Finalise the selection (admin): every submitted application must be screened and every
/// eligible one must have a decision; every held award is posted as a commitment, each
/// selected application becomes a grant (starting on the call's start date, paid by the call's
/// schedule), the decisions become final, the call moves to `decided`, and a decision
/// notification per submitted application is written to the outbox (for one screened not
/// eligible and not decided: `decision` `not_eligible` with the screening's reason).
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = CallView),
        Resource,
        (status = 409, description = "Not in assessment, or applications not screened or without a decision (the problem says how many)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/finalise")]
pub async fn finalise_selection(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = selection::finalise(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

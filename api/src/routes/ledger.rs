//! The ledger: read transfers, reverse a credit (see `services::ledger`).

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{Authorized, BudgetReaders, FinanceOnly};
use crate::dto::ledger::{ReversalRequest, TransferListQuery, TransferView};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Listing, Resource, ResourceWrite};
use crate::replies;
use crate::services::ledger;
use crate::state::AppState;

/// List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
/// credit type, default VAK), by account, by code.
#[utoipa::path(
    tag = "ledger",
    params(TransferListQuery),
    responses(
        (status = 200, body = Page<TransferView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/ledger/transfers")]
pub async fn list_transfers(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<TransferListQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = ledger::list(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One transfer (finance, admin, auditor).
#[utoipa::path(
    tag = "ledger",
    params(("id" = Uuid, Path, description = "Transfer id")),
    responses(
        (status = 200, body = TransferView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/ledger/transfers/{id}")]
pub async fn get_transfer(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = ledger::get(&state, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Reverse a credit (finance): a REVERSE transfer moving the amount back from the article's
/// available account to its appropriation. Refused (and stays refused under its id) when that
/// money is no longer available, e.g. because a call reserved it. Idempotent on `transfer_id`.
#[utoipa::path(
    tag = "ledger",
    params(("id" = Uuid, Path, description = "The CREDIT transfer to reverse")),
    request_body = ReversalRequest,
    responses(
        (status = 201, description = "Reversed", body = TransferView),
        (status = 200, description = "Replay", body = TransferView),
        ResourceWrite,
        (status = 409, description = "Insufficient funds (stays refused), id conflict, or not a posted credit", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/ledger/transfers/{id}/reversal")]
pub async fn reverse_transfer(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ReversalRequest>,
) -> Result<HttpResponse, ApiError> {
    let recorded = ledger::reverse(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(replies::transfer(recorded))
}

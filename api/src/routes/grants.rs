//! Grants: what every selected application became when the selection was finalised, and the
//! payment of its tranches. A payment liquidates the commitment on the VAK ledger and pays from
//! the VEK ledger of the same article and year, both transfers or neither.

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, FinanceOnly, GrantReaders};
use crate::dto::grants::{
    CancellationRequest, CancellationView, GrantListQuery, GrantView, PaymentRequest, PaymentView,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Listing, Resource, ResourceWrite};
use crate::services::{cancellation, grants};
use crate::state::AppState;

/// Grants: staff see all (filter by call); an applicant sees their organisations' own.
#[utoipa::path(
    tag = "grants",
    params(GrantListQuery),
    responses(
        (status = 200, body = Page<GrantView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/grants")]
pub async fn list_grants(
    state: web::Data<AppState>,
    auth: Authorized<GrantReaders>,
    query: web::Query<GrantListQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = grants::list(&state, auth.claims(), query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One grant with its tranches, committed, paid and open amounts (running totals).
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id (the application's)")),
    responses(
        (status = 200, body = GrantView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/grants/{id}")]
pub async fn get_grant(
    state: web::Data<AppState>,
    auth: Authorized<GrantReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = grants::get(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Pay a tranche (finance): the commitment is liquidated on the VAK ledger (committed → paid)
/// and the amount paid from the article's VEK ledger, both or neither. A start tranche is
/// payable from the grant's start date; the final-report tranche once the final report is
/// accepted: it pays the balance, min(committed, accepted spend) − paid, and settles the grant
/// (releasing what is not needed), exactly as `POST /grants/{id}/settlement` does; when nothing
/// is due (the advances cover the accepted spend) it is refused and the grant is settled with
/// that endpoint instead. Paying more than is committed, or more than the VEK credit
/// available, is refused. Idempotent on `transfer_id`.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body = PaymentRequest,
    responses(
        (status = 201, body = PaymentView),
        (status = 200, description = "Replay of a payment already made", body = PaymentView),
        ResourceWrite,
        (status = 409, description = "Not accepted by the organisation yet (`awaiting_acceptance`), not payable yet, paid already, overpayment, insufficient VEK credit, or the grant's organisation is not verified (`/problems/organisation-unverified`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/payments")]
pub async fn pay_tranche(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<PaymentRequest>,
) -> Result<HttpResponse, ApiError> {
    let (view, replayed) =
        grants::pay_tranche(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(if replayed {
        HttpResponse::Ok().json(view)
    } else {
        HttpResponse::Created().json(view)
    })
}

/// Cancel (withdraw) a grant (admin): an accepted grant that is not settled, with a motivation
/// the organisation reads. Nothing more is paid, reported or settled on it. The grantee keeps
/// `kept` of what was paid (by default nothing); the rest of what was paid is recovered and
/// everything not kept is decommitted: freed to the account the award came from and offered to
/// the call's reserve list in the same transaction while a place waits there, otherwise
/// released to the article. All or nothing; idempotent on `transfer_id`.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body = CancellationRequest,
    responses(
        (status = 201, body = CancellationView),
        (status = 200, description = "Replay of a cancellation already recorded", body = CancellationView),
        ResourceWrite,
        (status = 409, description = "Not accepted (`awaiting_acceptance`), settled (`grant_settled`) or cancelled already (`grant_cancelled`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/cancellation")]
pub async fn cancel_grant(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<CancellationRequest>,
) -> Result<HttpResponse, ApiError> {
    let (view, replayed) =
        cancellation::cancel(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(if replayed {
        HttpResponse::Ok().json(view)
    } else {
        HttpResponse::Created().json(view)
    })
}

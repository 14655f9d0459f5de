//! Calls: drafting, the approval gates, opening, deadline extensions, cancelling, and the
//! call's money (see `services::calls` and `services::budget`).

use actix_web::{get, post, put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, BudgetReaders, MaybeAuthenticated};
use crate::dto::articles::BalancesQuery;
use crate::dto::calls::{
    CallBudgetView, CallListQuery, CallRequest, CallView, CancelRequest, ExtendDeadlineRequest,
    GateRequest,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Creation, Resource, ResourceWrite, SignedInResource};
use crate::services::{budget, calls};
use crate::state::AppState;

/// List calls. Without a token only published calls (from `open` on) are listed; admins,
/// finance and auditors also see drafts.
#[utoipa::path(
    tag = "calls",
    params(CallListQuery),
    responses(
        (status = 200, description = "A page of calls", body = Page<CallView>),
        (status = 400, description = "Malformed query", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filter", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = []))
)]
#[get("/calls")]
pub async fn list_calls(
    state: web::Data<AppState>,
    auth: MaybeAuthenticated,
    query: web::Query<CallListQuery>,
) -> Result<HttpResponse, ApiError> {
    let viewer = auth.0.as_ref().map(|a| &a.0);
    let page = calls::list(&state, viewer, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Get one call. Published calls are public; drafts are visible to admins, finance and
/// auditors only (others get 404).
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = CallView),
        SignedInResource,
        (status = 400, description = "Malformed id", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = []))
)]
#[get("/calls/{id}")]
pub async fn get_call(
    state: web::Data<AppState>,
    auth: MaybeAuthenticated,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let viewer = auth.0.as_ref().map(|a| &a.0);
    let view = calls::get(&state, viewer, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Create a draft call (admin).
#[utoipa::path(
    tag = "calls",
    request_body = CallRequest,
    responses(
        (status = 201, description = "The draft", body = CallView),
        Creation,
        (status = 409, description = "The reference is taken", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls")]
pub async fn create_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    body: ValidJson<CallRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = calls::create(&state, auth.claims(), body.0).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/calls/{}", view.id)))
        .json(view))
}

/// Replace a draft call's definition (admin; drafts only).
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = CallRequest,
    responses(
        (status = 200, body = CallView),
        ResourceWrite,
        (status = 409, description = "No longer a draft, or changed concurrently", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/calls/{id}")]
pub async fn update_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<CallRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = calls::edit(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Record an approval gate's evidence (admin): `if_advice` (finance inspectorate advice),
/// `budget_agreement`, `government_approval`, in that order. An unfavourable verdict is
/// recorded but does not advance the call.
#[utoipa::path(
    tag = "calls",
    params(
        ("id" = Uuid, Path, description = "Call id"),
        ("gate" = String, Path, description = "if_advice, budget_agreement or government_approval"),
    ),
    request_body = GateRequest,
    responses(
        (status = 201, description = "Recorded; the call as it is now", body = CallView),
        ResourceWrite,
        (status = 409, description = "A gate is skipped or already passed; the problem names the gate", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/gates/{gate}")]
pub async fn record_gate(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    path: web::Path<(Uuid, String)>,
    body: ValidJson<GateRequest>,
) -> Result<HttpResponse, ApiError> {
    let (id, gate) = path.into_inner();
    let view = calls::record_gate(&state, auth.claims(), id, &gate, body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Open an approved call (admin): reserves its budget on the article's VAK ledger, in the same
/// transaction. Refused when the article's available credit is short (the problem says what is
/// available), when a gate is missing or unfavourable, when the call has no assessment criteria
/// (its applications could never be reviewed), or when the deadline has passed.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, description = "Open", body = CallView),
        Resource,
        (status = 409, description = "Gate missing or unfavourable, no assessment criteria, deadline passed, or insufficient funds", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/open")]
pub async fn open_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = calls::open(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Extend an open call's deadline to a later instant, with a reason (admin). The history of
/// deadlines is kept and shown.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = ExtendDeadlineRequest,
    responses(
        (status = 201, description = "Extended", body = CallView),
        ResourceWrite,
        (status = 409, description = "Not open, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not later than the current deadline, or no reason", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/deadline-extensions")]
pub async fn extend_deadline(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ExtendDeadlineRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = calls::extend_deadline(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Cancel a call before it is decided (admin). An opened call's reservation is released back
/// to the article in the same transaction.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = CancelRequest,
    responses(
        (status = 200, description = "Cancelled", body = CallView),
        ResourceWrite,
        (status = 409, description = "Already decided or cancelled", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/cancel")]
pub async fn cancel_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<CancelRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = calls::cancel(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
/// (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
/// grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id"), BalancesQuery),
    responses(
        (status = 200, body = CallBudgetView),
        Resource,
        (status = 422, description = "`at` is not an instant with an offset", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/budget")]
pub async fn call_budget(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    id: web::Path<Uuid>,
    query: web::Query<BalancesQuery>,
) -> Result<HttpResponse, ApiError> {
    let at = query.into_inner().instant()?;
    let view = budget::call(&state, id.into_inner(), at).await?;
    Ok(HttpResponse::Ok().json(view))
}

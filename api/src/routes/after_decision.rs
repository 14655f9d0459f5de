//! After the decision (issue #14): the representative answers an award; staff and finance read
//! a call's reserve list and what the awards became (objections: `routes/objections.rs`).

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{ApplicantOnly, Authorized, BudgetReaders, SelectionReaders};
use crate::dto::after_decision::{
    AcceptanceRequest, ApplicationAftermathView, CallAftermathView, ReservePlaceView,
};
use crate::dto::grants::GrantView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{Resource, ResourceWrite};
use crate::services::after_decision;
use crate::state::AppState;

/// Accept or renounce a grant (the representative of its organisation), strictly before the
/// end of the period the decision letter (or the reserve offer) gives: the call's
/// `after_decision.acceptance_days`, counted as a legal period in the call's zone. Only an
/// accepted grant is paid. A renunciation frees the award (on the ledger: its commitment goes
/// back to the account it was awarded from) and, in the same transaction, offers the money to
/// the call's reserve list: the next application that fits gets an award hold, a grant
/// awaiting its own acceptance and a letter. Silence past the period has the same effect (the
/// server's expiry job).
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id (the application's)")),
    request_body = AcceptanceRequest,
    responses(
        (status = 200, body = GrantView),
        ResourceWrite,
        (status = 409, description = "Answered already (`acceptance_answered`) or the period is over (`acceptance_period_over`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/acceptance")]
pub async fn answer_award(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<AcceptanceRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = after_decision::answer(&state, auth.claims(), id.into_inner(), body.0.answer.into())
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// A call's reserve list (admin, finance, auditor): per track in ranking order, the
/// applications decided `reserve` that scored at or above the call's threshold, each waiting,
/// offered (with its acceptance) or closed (the reserve period ended).
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = Vec<ReservePlaceView>),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/reserve")]
pub async fn reserve_list(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let places = after_decision::reserve(&state, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(places))
}

/// What a call's awards became after its decision (admin, finance, auditor), per call and per
/// track: offered (by the selection and afterwards), accepted, pending, renounced, expired,
/// re-offered (from the reserve list or on an upheld objection), and what the reserve list
/// still waits for. The ledger's side (awarded, held, freed, remaining) is
/// `GET /calls/{id}/budget`.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = CallAftermathView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/after-decision")]
pub async fn call_after_decision(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = after_decision::call_aftermath(&state, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// One application's whole history after the decision (admin, auditor): every
/// decision on it in order (the latest is current), its reserve place, its grant's acceptance
/// and its objection.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = ApplicationAftermathView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/after-decision")]
pub async fn application_after_decision(
    state: web::Data<AppState>,
    auth: Authorized<SelectionReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view =
        after_decision::application_aftermath(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

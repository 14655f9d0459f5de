//! Submitting (a receipt freezes the content), revising back to draft, withdrawing, and the
//! receipts. Everything happens strictly before the call's deadline.

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized};
use crate::dto::applications::{ApplicationView, ReceiptView};
use crate::error::{ApiError, Problem};
use crate::problems::{Conflict, Resource};
use crate::services::{log, submissions};
use crate::state::AppState;

/// Submit a complete draft (a member of the lead organisation), strictly before the deadline.
/// Answers a receipt: a number unique within the call, the server's instant, the SHA-256 of
/// the frozen snapshot. Submitting a submitted application again answers the same receipt.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 201, description = "Submitted", body = ReceiptView),
        (status = 200, description = "Already submitted: the same receipt", body = ReceiptView),
        Resource,
        (status = 409, description = "Withdrawn, the call is not open, or the deadline has passed (the problem gives it in the call's zone)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Incomplete or invalid: every missing item is listed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/submit")]
pub async fn submit_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let submitted = submissions::submit(&state, auth.claims(), id.into_inner()).await?;
    Ok(if submitted.replayed {
        HttpResponse::Ok().json(submitted.receipt)
    } else {
        HttpResponse::Created().json(submitted.receipt)
    })
}

/// Take a submitted application back to draft to change it (before the deadline). Its receipts
/// stay; submit again for a new one. Until then nothing of it is submitted.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = ApplicationView),
        Resource,
        (status = 409, description = "Not submitted, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/revise")]
pub async fn revise_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = submissions::revise(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Withdraw an application (before the deadline). It is kept, and cannot come back.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = ApplicationView),
        Resource,
        (status = 409, description = "Withdrawn already, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/withdraw")]
pub async fn withdraw_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = submissions::withdraw(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Every receipt of an application, oldest first; the last is what is assessed.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = Vec<ReceiptView>),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/receipts")]
pub async fn list_receipts(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let receipts = submissions::receipts(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(receipts))
}

/// One receipt with its frozen snapshot (whose canonical JSON hashes to the digest).
#[utoipa::path(
    tag = "applications",
    params(
        ("id" = Uuid, Path, description = "Application id"),
        ("number" = String, Path, description = "Receipt number, e.g. EXP23-0007"),
    ),
    responses(
        (status = 200, body = ReceiptView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/receipts/{number}")]
pub async fn get_receipt(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    path: web::Path<(Uuid, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, number) = path.into_inner();
    let receipt = submissions::receipt(&state, auth.claims(), id, number).await?;
    Ok(HttpResponse::Ok().json(receipt))
}

/// That the submission is in the audit log (whoever may read the receipt): the inclusion proof
/// of the receipt's log entry in the latest signed checkpoint. Check it with
/// `tools/verify_inclusion.py` and the log's public key. 409 while the entry waits to be sealed
/// (about a second), and for receipts issued before the log.
#[utoipa::path(
    tag = "applications",
    params(
        ("id" = Uuid, Path, description = "Application id"),
        ("number" = String, Path, description = "Receipt number, e.g. EXP23-0007"),
    ),
    responses(
        (status = 200, body = crate::dto::log::InclusionProofView),
        Resource,
        Conflict,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/receipts/{number}/proof")]
pub async fn receipt_proof(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    path: web::Path<(Uuid, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, number) = path.into_inner();
    let proof = log::receipt_proof(&state, auth.claims(), id, number).await?;
    Ok(HttpResponse::Ok().json(proof))
}

//! Submitting (a receipt freezes the content), revising back to draft, withdrawing, and the
//! receipts. Everything happens strictly before the call's deadline; the instant that counts
//! is read inside the transaction after it holds every lock it needs, immediately before it
//! commits.

use actix_web::{get, post, web, HttpResponse};
use grantdesk_domain::{
    canonical_json, check_call_accepts, check_revise, check_withdraw, receipt_number,
    snapshot_digest, submission_errors, ApplicationStatus,
};
use grantdesk_persistence::applications::{self, Attachment, NewReceipt, Receipt};
use serde_json::json;
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized};
use crate::dto::applications::{ApplicationView, ReceiptView};
use crate::error::{ApiError, Problem};
use crate::problems::Resource;
use crate::routes::applications::{audit_application, view};
use crate::services::load;
use crate::state::AppState;

/// The frozen content: what the receipt's digest is the SHA-256 of (canonical JSON).
fn snapshot(l: &load::Loaded, attachments: &[Attachment], submitted_by: &str) -> serde_json::Value {
    json!({
        "application_id": l.app.id,
        "call": {"id": l.call.id, "reference": l.call.reference, "title": l.call.title},
        "lead_organisation": {"id": l.lead.id, "name": l.lead.name, "kbo": l.lead.kbo.as_str()},
        "track": l.app.content.track,
        "content": l.app.content,
        "requested_amount": l.app.requested.to_string(),
        "attachments": attachments.iter().map(|a| json!({
            "id": a.id, "kind": a.kind, "file_name": a.file_name, "media_type": a.media_type,
            "size_bytes": a.size_bytes, "sha256": a.sha256
        })).collect::<Vec<_>>(),
        "submitted_by": submitted_by,
    })
}

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
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let (receipt, zone, replayed) = state
        .run(move |db, clock| {
            db.write(|c| {
                // one submit of an application at a time: a double click waits for the first
                // and answers its receipt
                applications::lock(c, id)?;
                let mut loaded = load::own_application(c, &claims, id)?;
                let zone = loaded.call.deadline.zone();
                if loaded.app.status == ApplicationStatus::Submitted {
                    let last = applications::receipts_of(c, id)?
                        .pop()
                        .ok_or_else(|| ApiError::Internal("submitted without a receipt".into()))?;
                    return Ok::<(Receipt, _, bool), ApiError>((last, zone, true));
                }
                let attachments = applications::attachments_of(c, id, false)?;
                let kinds: Vec<String> = attachments.iter().map(|a| a.kind.clone()).collect();
                let errors = submission_errors(
                    &loaded.call,
                    loaded.app.status,
                    &loaded.app.content,
                    &loaded.lead.kbo,
                    &kinds,
                    clock.now(),
                );
                if !errors.is_empty() {
                    return Err(ApiError::Applications(errors));
                }
                // everything that needs no lock first: freeze the content, mark it submitted
                let frozen = snapshot(&loaded, &attachments, &actor);
                let digest = snapshot_digest(&frozen);
                let canonical = canonical_json(&frozen);
                loaded.app.status = ApplicationStatus::Submitted;
                applications::save(c, &mut loaded.app, clock.now())?;
                // the call's counter row (what all submissions to the call queue for, so it is
                // taken late and held as briefly as possible), then the audit chain's head (what
                // every audited write meets): the last locks taken; the instant that counts is
                // read after them
                let seq = applications::next_receipt_seq(c, loaded.call.id)?;
                let head = grantdesk_persistence::audit::take_head(c)?;
                let received_at = clock.now();
                check_call_accepts(&loaded.call, received_at)?;
                let number = receipt_number(&loaded.call.reference, seq.max(0) as u32);
                let receipt = applications::insert_receipt(
                    c,
                    &NewReceipt {
                        application_id: id,
                        call_id: loaded.call.id,
                        seq,
                        number: &number,
                        received_at,
                        digest: &digest,
                        snapshot: &canonical,
                        submitted_by: &actor,
                    },
                )?;
                // the hot path of a deadline surge: the record says what changed (the content
                // itself is frozen in the receipt's snapshot)
                grantdesk_persistence::audit::append(
                    c,
                    head,
                    &actor,
                    "application.submit",
                    ("application", &id.to_string()),
                    Some(json!({"status": "draft", "version": loaded.app.version - 1})),
                    Some(json!({"status": "submitted", "version": loaded.app.version,
                                "receipt": receipt.number, "received_at": receipt.received_at,
                                "digest": receipt.digest})),
                    received_at,
                )?;
                Ok((receipt, zone, false))
            })
        })
        .await?;
    let body = ReceiptView::new(&receipt, zone, false);
    Ok(if replayed {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::Created().json(body)
    })
}

async fn transition(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: Uuid,
    action: &'static str,
) -> Result<HttpResponse, ApiError> {
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let mut loaded = load::own_application(c, &claims, id)?;
                let now = clock.now();
                let next = if action == "revise" {
                    check_revise(&loaded.call, loaded.app.status, now)?;
                    ApplicationStatus::Draft
                } else {
                    check_withdraw(&loaded.call, loaded.app.status, now)?;
                    ApplicationStatus::Withdrawn
                };
                let before = view(c, &loaded, now)?;
                loaded.app.status = next;
                applications::save(c, &mut loaded.app, now)?;
                let after = view(c, &loaded, now)?;
                audit_application(
                    c,
                    &actor,
                    &format!("application.{action}"),
                    Some(&before),
                    &after,
                    &loaded.call,
                    clock,
                )?;
                Ok(after)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
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
    transition(state, auth, id.into_inner(), "revise").await
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
    transition(state, auth, id.into_inner(), "withdraw").await
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
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let receipts = state
        .run(move |db, _| {
            db.read(|c| {
                let loaded = load::application(c, &claims, id)?;
                let zone = loaded.call.deadline.zone();
                Ok::<_, ApiError>(
                    applications::receipts_of(c, id)?
                        .iter()
                        .map(|r| ReceiptView::new(r, zone, false))
                        .collect::<Vec<_>>(),
                )
            })
        })
        .await?;
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
    let claims = auth.claims().clone();
    let receipt = state
        .run(move |db, _| {
            db.read(|c| {
                let loaded = load::application(c, &claims, id)?;
                let zone = loaded.call.deadline.zone();
                applications::receipts_of(c, id)?
                    .iter()
                    .find(|r| r.number == number)
                    .map(|r| ReceiptView::new(r, zone, true))
                    .ok_or_else(|| ApiError::not_found("the receipt"))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(receipt))
}

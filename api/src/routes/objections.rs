//! Objections (bezwaar, issue #14): the representative of an application's lead organisation
//! lodges one, with its grounds and documents; staff rule on it.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, ApplicantOnly, Authorized, ObjectionReaders, SelectionReaders};
use crate::dto::after_decision::{
    ObjectionAttachmentView, ObjectionRequest, ObjectionUploadForm, ObjectionView, RulingRequest,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::limits::ClientAddress;
use crate::multipart::{read_form, stored_file, AttachmentDownload, FormLimits};
use crate::problems::{FileUpload, Resource, ResourceWrite};
use crate::services::objections;
use crate::state::AppState;

/// Lodge an objection (bezwaar) against an application's decision (the representative of its
/// lead organisation): one per application, with its grounds, strictly before the end of the
/// call's `after_decision.objection_days` after the decision letter, counted as a legal period
/// in the call's zone and enforced to the second. The organisation's members are told it was
/// received.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = ObjectionRequest,
    responses(
        (status = 201, body = ObjectionView),
        ResourceWrite,
        (status = 409, description = "No decision letter to object to (`nothing_to_object`), the period is over (`objection_period_over`) or an objection was lodged already (`objection_lodged`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/objection")]
pub async fn lodge_objection(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ObjectionRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = objections::lodge(&state, auth.claims(), id.into_inner(), body.0.grounds).await?;
    Ok(HttpResponse::Created().json(view))
}

/// An application's objection and its ruling (admins, auditors, and its organisation's
/// members); 404 when none was lodged.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = ObjectionView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/objection")]
pub async fn get_objection(
    state: web::Data<AppState>,
    auth: Authorized<ObjectionReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = objections::objection(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Rule on an objection (admin), once, with a motivation: inadmissible, rejected or upheld.
/// Upheld, for an application without a grant, names the award it is decided again with: it
/// is offered when that much is free where the award would draw from (a hold, a grant awaiting
/// its acceptance, a letter), and otherwise the application joins the reserve list at the
/// rank its score gives it (`outcome` says which). The organisation is told.
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = RulingRequest,
    responses(
        (status = 200, body = ObjectionView),
        ResourceWrite,
        (status = 409, description = "Ruled on already (`objection_ruled`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/objection/ruling")]
pub async fn rule_objection(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<RulingRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = objections::rule(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The objections in a call, oldest first (admin, auditor).
#[utoipa::path(
    tag = "selection",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = Vec<ObjectionView>),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/objections")]
pub async fn list_objections(
    state: web::Data<AppState>,
    _auth: Authorized<SelectionReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let views = objections::objections(&state, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(views))
}

/// Attach a document to an objection (the representative of the application's lead
/// organisation), as multipart/form-data with `file` and an optional `description`: strictly
/// before the end of the objection period and before staff rule, at most 20 per objection. The
/// file is checked as an application's attachment is: its type from its content and structure
/// (PDF, ODF/OOXML documents and spreadsheets, PNG, JPEG), its name's extension that type's.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body(content = ObjectionUploadForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, body = ObjectionAttachmentView),
        FileUpload,
        (status = 409, description = "The period is over (`objection_period_over`) or staff ruled (`objection_ruled`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/objection/attachments")]
pub async fn attach_to_objection(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    client: ClientAddress,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    state.limits.upload(&client, auth.claims().sub)?;
    // who and when first, so that nobody streams megabytes only to hear "not found"
    objections::check_can_attach(&state, auth.claims(), id).await?;
    let (description, file) =
        read_form(&req, payload, FormLimits::of(&state), "description").await?;
    let file = file.ok_or_else(|| ApiError::rule("file", &grantdesk_domain::Rule::Required))?;
    let view = objections::attach(&state, auth.claims(), id, description, file).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", view.href.clone()))
        .json(view))
}

/// Download a document attached to an objection (admins, auditors, and its organisation's
/// members).
#[utoipa::path(
    tag = "applications",
    params(
        ("id" = Uuid, Path, description = "Application id"),
        ("attachment_id" = Uuid, Path, description = "Attachment id"),
    ),
    responses(
        AttachmentDownload,
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/objection/attachments/{attachment_id}")]
pub async fn download_objection_attachment(
    state: web::Data<AppState>,
    auth: Authorized<ObjectionReaders>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, attachment_id) = path.into_inner();
    let (attachment, content) =
        objections::document(&state, auth.claims(), id, attachment_id).await?;
    Ok(stored_file(
        &attachment.media_type,
        &attachment.file_name,
        &attachment.sha256,
        content,
    ))
}

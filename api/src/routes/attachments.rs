//! Attachments: multipart upload with a size limit, the type sniffed from the content (never
//! the name), the name sanitised, stored content-addressed; downloads only for those who may
//! read the application.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use grantdesk_domain::Rule;
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized};
use crate::dto::applications::{ApplicationView, AttachmentView, UploadForm};
use crate::error::{ApiError, Problem};
use crate::limits::ClientAddress;
use crate::multipart::{read_form, stored_file, AttachmentDownload, FormLimits};
use crate::problems::{FileUpload, Resource};
use crate::services::attachments::{self, Upload};
use crate::state::AppState;

/// The upload form: a `kind` and a `file`, both required.
async fn read_upload(
    req: &HttpRequest,
    payload: web::Payload,
    limits: FormLimits,
) -> Result<Upload, ApiError> {
    let (kind, file) = read_form(req, payload, limits, "kind").await?;
    let kind = kind
        .map(|k| k.trim().to_ascii_lowercase())
        .filter(|k| !k.is_empty())
        .ok_or_else(|| ApiError::rule("kind", &Rule::Required))?;
    let (file_name, content) = file.ok_or_else(|| ApiError::rule("file", &Rule::Required))?;
    Ok(Upload {
        kind,
        file_name,
        content,
    })
}

/// Attach a document to a draft (a member of the lead organisation, before the deadline), as
/// multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
/// `file`. The type is read from the content and its structure checked: PDF, ODF/OOXML
/// documents and spreadsheets, PNG, JPEG; the file name's extension must be that type's
/// (`.pdf`, `.png`, `.jpg`/`.jpeg`, `.odt`, `.ods`, `.docx`, `.xlsx`, any case). A file over
/// the upload limit or a form over its total (413), a form that does not arrive within the
/// upload time (408), another type, a damaged file or a name with another extension (415), an
/// empty file or a name with path parts (422) are refused and nothing is stored.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, body = AttachmentView),
        FileUpload,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/attachments")]
pub async fn upload_attachment(
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
    attachments::check_can_upload(&state, auth.claims(), id).await?;
    let upload = read_upload(&req, payload, FormLimits::of(&state)).await?;
    let view = attachments::upload(&state, auth.claims(), id, upload).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", view.href.clone()))
        .json(view))
}

/// Download an attachment (those who may read the application).
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
#[get("/applications/{id}/attachments/{attachment_id}")]
pub async fn download_attachment(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, attachment_id) = path.into_inner();
    let (attachment, content) =
        attachments::download(&state, auth.claims(), id, attachment_id).await?;
    Ok(stored_file(
        &attachment.media_type,
        &attachment.file_name,
        &attachment.sha256,
        content,
    ))
}

/// Detach a document from a draft (the record and the file are kept, marked detached).
#[utoipa::path(
    tag = "applications",
    params(
        ("id" = Uuid, Path, description = "Application id"),
        ("attachment_id" = Uuid, Path, description = "Attachment id"),
    ),
    responses(
        (status = 200, body = ApplicationView),
        Resource,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/attachments/{attachment_id}/detach")]
pub async fn detach_attachment(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, attachment_id) = path.into_inner();
    let view = attachments::detach(&state, auth.claims(), id, attachment_id).await?;
    Ok(HttpResponse::Ok().json(view))
}

//! Attachments: multipart upload with a size limit, the type sniffed from the content (never
//! the name), the name sanitised, stored content-addressed; downloads only for those who may
//! read the application.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use grantdesk_domain::check_edit;
use grantdesk_persistence::applications::{self, NewAttachment};
use grantdesk_persistence::StoreError;
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized};
use crate::dto::applications::{ApplicationView, AttachmentView, UploadForm};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::multipart::{read_form, stored_file};
use crate::problems::{Resource, ResourceWrite, TooLarge};
use crate::routes::applications::{audit_application, view};
use crate::services::files::check_file;
use crate::services::load;
use crate::state::AppState;

/// A kind every call accepts besides its own: any other supporting document.
pub const ANNEX: &str = "annex";

struct Upload {
    kind: String,
    file_name: String,
    content: Vec<u8>,
}

async fn read_upload(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
) -> Result<Upload, ApiError> {
    let (kind, file) = read_form(req, payload, limit, "kind").await?;
    let kind = kind
        .map(|k| k.trim().to_ascii_lowercase())
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            ApiError::validation("kind", "required", "say which kind of document this is")
        })?;
    let (file_name, content) = file.ok_or_else(|| {
        ApiError::validation("file", "required", "attach a file in the field \"file\"")
    })?;
    Ok(Upload {
        kind,
        file_name,
        content,
    })
}

/// The kind must be one the call asks for, or an annex.
fn check_kind(call: &grantdesk_domain::Call, kind: &str) -> Result<(), ApiError> {
    if kind == ANNEX || call.attachment_kinds.iter().any(|k| k.kind == kind) {
        return Ok(());
    }
    let known: Vec<&str> = call
        .attachment_kinds
        .iter()
        .map(|k| k.kind.as_str())
        .chain([ANNEX])
        .collect();
    Err(ApiError::validation(
        "kind",
        "invalid",
        format!("this call takes the kinds {}", known.join(", ")),
    ))
}

/// Attach a document to a draft (a member of the lead organisation, before the deadline), as
/// multipart/form-data with `kind` (one of the call's attachment kinds, or "annex") and
/// `file`. The type is read from the content: PDF, ODF/OOXML documents and spreadsheets, PNG,
/// JPEG. Oversize (413), another type (415), an empty file or a name with path parts (422)
/// are refused and nothing is stored.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, body = AttachmentView),
        ResourceWrite, TooLarge,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not a PDF, ODF/OOXML document, PNG or JPEG", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/attachments")]
pub async fn upload_attachment(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    // who and when first, so that nobody streams megabytes only to hear "not found"
    {
        let claims = claims.clone();
        state
            .run(move |db, clock| {
                db.read(|c| {
                    let loaded = load::own_application(c, &claims, id)?;
                    check_edit(&loaded.call, loaded.app.status, clock.now())?;
                    Ok::<_, ApiError>(())
                })
            })
            .await?;
    }
    let upload = read_upload(&req, payload, state.max_upload_bytes).await?;
    let (file_name, media) = check_file(&upload.file_name, &upload.content)?;
    let actor = auth.actor();
    let blobs = state.blobs.clone();
    let view = state
        .run(move |db, clock| {
            // everything that can refuse the upload is checked before the file is stored
            db.read(|c| {
                let loaded = load::own_application(c, &claims, id)?;
                check_edit(&loaded.call, loaded.app.status, clock.now())?;
                check_kind(&loaded.call, &upload.kind)
            })?;
            // the file is stored (synced, content-addressed) before the transaction that names
            // it: a rolled-back row leaves an unreferenced blob, never a row without its file,
            // and the write lock is not held during the disk write
            let sha256 = blobs.put(&upload.content)?;
            db.write(|c| {
                let loaded = load::own_application(c, &claims, id)?;
                let now = clock.now();
                check_edit(&loaded.call, loaded.app.status, now)?;
                check_kind(&loaded.call, &upload.kind)?;
                let before = view(c, &loaded, now)?;
                let attachment = applications::insert_attachment(
                    c,
                    &NewAttachment {
                        application_id: id,
                        kind: &upload.kind,
                        file_name: &file_name,
                        media_type: media.as_str(),
                        size_bytes: upload.content.len() as i64,
                        sha256: &sha256,
                        uploaded_by: &actor,
                    },
                    now,
                )?;
                let after = view(c, &loaded, now)?;
                audit_application(
                    c,
                    &actor,
                    "application.attach",
                    Some(&before),
                    &after,
                    &loaded.call,
                    clock,
                )?;
                Ok(AttachmentView::from(&attachment))
            })
        })
        .await?;
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
        (status = 200, description = "The file, as the media type sniffed from its content at upload", content(
            ("application/pdf"),
            ("image/png"),
            ("image/jpeg"),
            ("application/vnd.oasis.opendocument.text"),
            ("application/vnd.oasis.opendocument.spreadsheet"),
            ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )),
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
    let claims = auth.claims().clone();
    let blobs = state.blobs.clone();
    let (attachment, content) = state
        .run(move |db, _| {
            let attachment = db.read(|c| {
                load::application(c, &claims, id)?;
                applications::find_attachment(c, id, attachment_id).or_not_found("the attachment")
            })?;
            let content = blobs.get(&attachment.sha256)?;
            Ok((attachment, content))
        })
        .await?;
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
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let loaded = load::own_application(c, &claims, id)?;
                let now = clock.now();
                check_edit(&loaded.call, loaded.app.status, now)?;
                let before = view(c, &loaded, now)?;
                applications::find_attachment(c, id, attachment_id)
                    .or_not_found("the attachment")?;
                applications::detach_attachment(c, attachment_id, &actor, now).map_err(
                    |e| match e {
                        StoreError::NotFound => {
                            ApiError::Conflict("the attachment is detached already".into())
                        }
                        other => other.into(),
                    },
                )?;
                let after = view(c, &loaded, now)?;
                audit_application(
                    c,
                    &actor,
                    "application.detach",
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

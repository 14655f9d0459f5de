//! Attachments: multipart upload with a size limit, the type sniffed from the content (never
//! the name), the name sanitised, stored content-addressed; downloads only for those who may
//! read the application.

use actix_multipart::Multipart;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use grantdesk_domain::{check_edit, sanitize_file_name, sniff};
use grantdesk_persistence::applications::{self, NewAttachment};
use grantdesk_persistence::StoreError;
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized};
use crate::dto::applications::{ApplicationView, AttachmentView, UploadForm};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::problems::{Resource, ResourceWrite, TooLarge};
use crate::routes::applications::{audit_application, view};
use crate::services::load;
use crate::state::AppState;

/// A kind every call accepts besides its own: any other supporting document.
pub const ANNEX: &str = "annex";

struct Upload {
    kind: String,
    file_name: String,
    content: Vec<u8>,
}

/// Reads a multipart form of one short text field (`text_field`) and a `file` of at most
/// `limit` bytes. Unknown fields are refused.
pub(crate) async fn read_form(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
    text_field: &'static str,
) -> Result<(Option<String>, Option<(String, Vec<u8>)>), ApiError> {
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
    {
        // the form's own overhead is small; anything far beyond the limit is refused unread
        if len > limit + 64 * 1024 {
            return Err(too_large(limit));
        }
    }
    let mut form = Multipart::new(req.headers(), payload);
    let mut text = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(multipart_error)?;
        let (name, file_name) = match field.content_disposition() {
            Some(cd) => (
                cd.get_name().unwrap_or_default().to_owned(),
                cd.get_filename().map(str::to_owned),
            ),
            None => (String::new(), None),
        };
        let cap = if name == "file" { limit } else { 1024 };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(multipart_error)?;
            if bytes.len() + chunk.len() > cap {
                return Err(if name == "file" {
                    too_large(limit)
                } else {
                    ApiError::validation(&name, "length", "this form field is too long")
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == text_field {
            text = Some(
                String::from_utf8(bytes)
                    .map_err(|_| ApiError::validation(text_field, "invalid", "must be text"))?,
            )
        } else if name == "file" {
            file = Some((file_name.unwrap_or_default(), bytes))
        } else {
            return Err(ApiError::validation(
                &name,
                "unknown_field",
                format!("the form has two fields: {text_field} and file"),
            ));
        }
    }
    Ok((text, file))
}

/// A file's checks before it is stored: not empty, a safe name, a type sniffed from the content.
pub(crate) fn check_file(
    file_name: &str,
    content: &[u8],
) -> Result<(String, grantdesk_domain::MediaType), ApiError> {
    if content.is_empty() {
        return Err(ApiError::validation("file", "empty", "the file is empty"));
    }
    let file_name = sanitize_file_name(file_name)
        .map_err(|e| ApiError::validation("file", "file_name", e.to_string()))?;
    let media = sniff(content).ok_or_else(|| {
        ApiError::UnsupportedMediaType(
            "the file is not a PDF, an OpenDocument or Office Open XML document or spreadsheet, a \
             PNG or a JPEG (judged by its content, not its name)"
                .into(),
        )
    })?;
    Ok((file_name, media))
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

pub(crate) fn too_large(limit: usize) -> ApiError {
    ApiError::PayloadTooLarge(format!(
        "an attachment may be at most {limit} bytes ({:.1} MiB)",
        limit as f64 / (1024.0 * 1024.0)
    ))
}

fn multipart_error(e: actix_multipart::MultipartError) -> ApiError {
    use actix_multipart::MultipartError as M;
    match e {
        M::ContentTypeMissing
        | M::ContentTypeParse
        | M::ContentTypeIncompatible
        | M::BoundaryMissing => ApiError::UnsupportedMediaType(
            "send the attachment as multipart/form-data with the fields kind and file".into(),
        ),
        other => ApiError::BadRequest {
            detail: format!("the multipart body cannot be read: {other}"),
        },
    }
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

/// A stored file as a download: its sniffed type (never re-sniffed by the browser), its
/// sanitised name, its digest.
pub(crate) fn stored_file(
    media_type: &str,
    file_name: &str,
    sha256: &str,
    content: Vec<u8>,
) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, media_type.to_owned()))
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(file_name.to_owned())],
        })
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Digest", format!("sha-256={sha256}")))
        .body(content)
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

//! Multipart uploads and file downloads, the HTTP side of attachments and final reports: a
//! form of one short text field and one file, read with a size limit before anything is
//! stored; and a stored file sent back as a download.

use actix_multipart::Multipart;
use actix_web::error::PayloadError;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;
use grantdesk_domain::Rule;

use std::collections::BTreeMap;
use std::time::Duration;

use grantdesk_domain::{has_control_character, MediaType, CONTROL_CHARACTER_MESSAGE};
use utoipa::openapi::{Content, RefOr, Response, ResponseBuilder};
use utoipa::IntoResponses;

use crate::error::ApiError;
use crate::state::AppState;

/// What one upload may be: the file's size, the whole form's size, and how long the form may
/// take to arrive.
#[derive(Debug, Clone, Copy)]
pub struct FormLimits {
    /// The largest file.
    pub file_bytes: usize,
    /// The most the whole body may hold: every part with its headers, the boundaries.
    pub form_bytes: usize,
    /// How long the whole body may take to arrive, from when it is first read.
    pub timeout: Duration,
}

impl FormLimits {
    /// The server's limits.
    pub fn of(state: &AppState) -> Self {
        FormLimits {
            file_bytes: state.max_upload_bytes,
            form_bytes: state.bodies.max_form_bytes,
            timeout: state.bodies.upload_timeout,
        }
    }
}

/// Reads a multipart form of one short text field (`text_field`) and a `file` of at most
/// `limits.file_bytes` bytes. Unknown fields are refused at their header. The body as a whole
/// may hold at most `limits.form_bytes` (413 as soon as it passes them, announced or not) and
/// must arrive within `limits.timeout` (408); nothing is kept of a refused form.
pub async fn read_form(
    req: &HttpRequest,
    payload: web::Payload,
    limits: FormLimits,
    text_field: &'static str,
) -> Result<(Option<String>, Option<(String, Vec<u8>)>), ApiError> {
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
    {
        // anything announced beyond the limit is refused unread
        if len > limits.form_bytes {
            return Err(form_too_large(limits));
        }
    }
    // every byte of the body counts, boundaries and part headers too (a chunked body announces
    // no length)
    let mut received = 0usize;
    let capped = payload.map(move |chunk| {
        let chunk = chunk?;
        received = received.saturating_add(chunk.len());
        if received > limits.form_bytes {
            Err(PayloadError::Overflow)
        } else {
            Ok(chunk)
        }
    });
    let form = Multipart::new(req.headers(), capped);
    match actix_web::rt::time::timeout(limits.timeout, read_fields(form, limits, text_field)).await
    {
        Ok(read) => read,
        Err(_) => Err(ApiError::too_slow(limits.timeout)),
    }
}

async fn read_fields(
    mut form: Multipart,
    limits: FormLimits,
    text_field: &'static str,
) -> Result<(Option<String>, Option<(String, Vec<u8>)>), ApiError> {
    let mut text = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(|e| multipart_error(e, limits))?;
        let (name, file_name) = match field.content_disposition() {
            Some(cd) => (
                cd.get_name().unwrap_or_default().to_owned(),
                cd.get_filename().map(str::to_owned),
            ),
            None => (String::new(), None),
        };
        let cap = if name == "file" {
            limits.file_bytes
        } else if name == text_field {
            1024
        } else {
            return Err(ApiError::validation(
                &name,
                "unknown_field",
                format!("the form has two fields: {text_field} and file"),
            ));
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| multipart_error(e, limits))?;
            if bytes.len() + chunk.len() > cap {
                return Err(if name == "file" {
                    too_large(limits.file_bytes)
                } else {
                    ApiError::rule(&name, &Rule::TooLong { max: 1024 })
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == text_field {
            let value =
                String::from_utf8(bytes).map_err(|_| ApiError::rule(text_field, &Rule::NotText))?;
            if has_control_character(&value) {
                return Err(ApiError::validation(
                    text_field,
                    "control_character",
                    CONTROL_CHARACTER_MESSAGE,
                ));
            }
            text = Some(value)
        } else {
            file = Some((file_name.unwrap_or_default(), bytes))
        }
    }
    Ok((text, file))
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

pub fn too_large(limit: usize) -> ApiError {
    ApiError::PayloadTooLarge(format!(
        "an attachment may be at most {limit} bytes ({:.1} MiB)",
        mib(limit)
    ))
}

fn form_too_large(limits: FormLimits) -> ApiError {
    ApiError::PayloadTooLarge(format!(
        "the form may hold at most {} bytes in all ({:.1} MiB), its file at most {} bytes \
         ({:.1} MiB)",
        limits.form_bytes,
        mib(limits.form_bytes),
        limits.file_bytes,
        mib(limits.file_bytes)
    ))
}

fn multipart_error(e: actix_multipart::MultipartError, limits: FormLimits) -> ApiError {
    use actix_multipart::MultipartError as M;
    match e {
        M::ContentTypeMissing
        | M::ContentTypeParse
        | M::ContentTypeIncompatible
        | M::BoundaryMissing => ApiError::UnsupportedMediaType(
            "send the attachment as multipart/form-data with the fields kind and file".into(),
        ),
        M::Payload(PayloadError::Overflow) => form_too_large(limits),
        other => ApiError::BadRequest {
            detail: format!("the multipart body cannot be read: {other}"),
        },
    }
}

/// A stored file as a download: its sniffed type (never re-sniffed by the browser), its
/// sanitised name, its digest.
pub fn stored_file(
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
        .insert_header(("Digest", format!("sha-256={sha256}")))
        .body(content)
}

/// The 200 of a stored file's download, in any of the accepted media types (the domain's
/// `MediaType`, the one list of them), with its own description.
fn download(description: &str) -> BTreeMap<String, RefOr<Response>> {
    let content = MediaType::ALL.into_iter().fold(
        ResponseBuilder::new().description(description),
        |response, media| response.content(media.as_str(), Content::default()),
    );
    BTreeMap::from([("200".to_owned(), content.build().into())])
}

/// The download of an application's attachment.
pub struct AttachmentDownload;

impl IntoResponses for AttachmentDownload {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        download("The file, as the media type sniffed from its content at upload")
    }
}

/// The download of a grant's final report.
pub struct ReportDownload;

impl IntoResponses for ReportDownload {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        download("The document, as the media type sniffed from its content")
    }
}

//! Multipart uploads and file downloads, the HTTP side of attachments and final reports: a
//! form of one short text field and one file, read with a size limit before anything is
//! stored; and a stored file sent back as a download.

use actix_multipart::Multipart;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;

use std::collections::BTreeMap;

use grantdesk_domain::{has_control_character, MediaType, CONTROL_CHARACTER_MESSAGE};
use utoipa::openapi::{Content, RefOr, Response, ResponseBuilder};
use utoipa::IntoResponses;

use crate::error::ApiError;

/// Reads a multipart form of one short text field (`text_field`) and a `file` of at most
/// `limit` bytes. Unknown fields are refused.
pub async fn read_form(
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
            let value = String::from_utf8(bytes)
                .map_err(|_| ApiError::validation(text_field, "invalid", "must be text"))?;
            if has_control_character(&value) {
                return Err(ApiError::validation(
                    text_field,
                    "control_character",
                    CONTROL_CHARACTER_MESSAGE,
                ));
            }
            text = Some(value)
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

pub fn too_large(limit: usize) -> ApiError {
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
        .insert_header(("X-Content-Type-Options", "nosniff"))
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

//! The checks every uploaded file passes before it is stored (an attachment, a final report).

use grantdesk_domain::{sanitize_file_name, sniff, MediaType};

use crate::error::ApiError;

/// A file's checks before it is stored: not empty, a safe name, a type sniffed from the content.
pub fn check_file(file_name: &str, content: &[u8]) -> Result<(String, MediaType), ApiError> {
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

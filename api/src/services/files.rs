//! The checks every uploaded file passes before it is stored (an attachment, a final report).

use grantdesk_domain::Rule;
use grantdesk_domain::{identify, sanitize_file_name, MediaType};

use crate::error::ApiError;

/// A file's checks before it is stored: not empty, a safe name, a type sniffed from the content
/// and well formed, and a name whose extension is that type's (all the domain's rule).
pub fn check_file(file_name: &str, content: &[u8]) -> Result<(String, MediaType), ApiError> {
    if content.is_empty() {
        return Err(ApiError::rule("file", &Rule::EmptyFile));
    }
    let file_name = sanitize_file_name(file_name).map_err(|e| ApiError::rule("file", &e.rule()))?;
    let media = identify(&file_name, content)?;
    Ok((file_name, media))
}

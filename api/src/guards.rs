//! What every request passes before a handler runs (`actix_web::middleware::from_fn`,
//! registered by the server around every route).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::ResponseError;
use grantdesk_domain::{has_control_character, CONTROL_CHARACTER_MESSAGE};

use crate::error::{ApiError, FieldError};

/// The first query parameter whose name or value carries a control character, by name (a name
/// that itself carries one is not repeated).
fn refused_parameter(query: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
    pairs.into_iter().find_map(|(name, value)| {
        if has_control_character(&name) {
            Some("query".to_owned())
        } else if has_control_character(&value) {
            Some(name)
        } else {
            None
        }
    })
}

/// Refuses a query parameter with a control character (NUL, escape, ...) with 422 naming it,
/// before it can reach a handler or a database, the same on both backends.
pub async fn query_text(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if let Some(field) = refused_parameter(req.query_string()) {
        let problem = ApiError::Validation(vec![FieldError::new(
            field,
            "control_character",
            CONTROL_CHARACTER_MESSAGE,
        )]);
        return Ok(req.into_response(problem.error_response()));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

/// The Content-Security-Policy of the Swagger UI pages under `/docs/`: its own scripts and
/// styles only (the vendored assets; Swagger UI sets inline styles and draws data: images),
/// requests only to this server, never framed.
pub const DOCS_CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The Content-Security-Policy of the finance dashboard under `/finance/`: its own script,
/// style sheet and requests only (no inline script or style, nothing from another origin),
/// never framed.
pub const FINANCE_CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'none'; frame-ancestors 'none'";

/// The Content-Security-Policy of everything else (JSON, CSV, documents): a response that a
/// browser renders may load nothing and is never framed.
pub const API_CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn content_security_policy(path: &str) -> &'static str {
    if path == "/docs" || path.starts_with("/docs/") {
        DOCS_CONTENT_SECURITY_POLICY
    } else if path == "/finance" || path.starts_with("/finance/") {
        FINANCE_CONTENT_SECURITY_POLICY
    } else {
        API_CONTENT_SECURITY_POLICY
    }
}

/// Response headers that keep what a response holds where it belongs: a response to a request
/// that carried credentials (an `Authorization` header) is `Cache-Control: no-store`, whatever
/// its status, so no browser or proxy keeps an applicant's data; every response has a
/// Content-Security-Policy (the Swagger UI's own under `/docs/`), a referrer policy and
/// `X-Content-Type-Options: nosniff`.
pub async fn security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let credentials = req.headers().contains_key(header::AUTHORIZATION);
    let policy = content_security_policy(req.path());
    let mut res = next.call(req).await?.map_into_boxed_body();
    let headers = res.headers_mut();
    if credentials {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(policy),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_with_a_control_character_is_named() {
        assert_eq!(refused_parameter("q=Genk&page=2"), None);
        assert_eq!(refused_parameter("q=Gen%00k&page=2"), Some("q".into()));
        assert_eq!(refused_parameter("page=1&q=%1B%5B31m"), Some("q".into()));
        assert_eq!(refused_parameter("a%00b=1"), Some("query".into()));
        // line breaks are text
        assert_eq!(refused_parameter("q=a%0Ab"), None);
    }

    #[test]
    fn the_docs_have_their_own_policy() {
        assert_eq!(
            content_security_policy("/docs/"),
            DOCS_CONTENT_SECURITY_POLICY
        );
        assert_eq!(
            content_security_policy("/docs/swagger-ui.css"),
            DOCS_CONTENT_SECURITY_POLICY
        );
        assert_eq!(
            content_security_policy("/docsx"),
            API_CONTENT_SECURITY_POLICY
        );
        assert_eq!(
            content_security_policy("/api/v1/calls"),
            API_CONTENT_SECURITY_POLICY
        );
    }

    #[test]
    fn the_finance_dashboard_has_its_own_policy() {
        assert_eq!(
            content_security_policy("/finance/"),
            FINANCE_CONTENT_SECURITY_POLICY
        );
        assert_eq!(
            content_security_policy("/finance/finance.js"),
            FINANCE_CONTENT_SECURITY_POLICY
        );
        assert_eq!(
            content_security_policy("/financex"),
            API_CONTENT_SECURITY_POLICY
        );
    }
}

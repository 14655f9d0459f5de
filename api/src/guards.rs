//! What every request passes before a handler runs (`actix_web::middleware::from_fn`,
//! registered by the server around every route).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
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
}

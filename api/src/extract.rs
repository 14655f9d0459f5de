//! Request extractors that answer bad input with problem+json: a JSON body parsed strictly
//! (with the path of the offending field) and validated, plus error handlers for actix's own
//! path, query and JSON extractors.

use std::future::Future;
use std::pin::Pin;

use actix_web::{dev::Payload, error::PayloadError, http::header, web, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use grantdesk_domain::{has_control_character, Rule, CONTROL_CHARACTER_MESSAGE};

use crate::error::{ApiError, FieldError};
use crate::state::{AppState, DEFAULT_JSON_BODY_TIMEOUT};

/// The largest JSON body accepted.
pub const JSON_LIMIT: usize = 256 * 1024;

/// A JSON body of type `T`, validated. Malformed JSON → 400; a field of the wrong type, a
/// number where an amount string is expected, an unknown field → 422 naming the field;
/// `validator` rules → 422 with one entry per field (values never echoed back). A body that does
/// not arrive whole within the server's JSON body time → 408.
#[derive(Debug)]
pub struct ValidJson<T>(pub T);

impl<T> FromRequest for ValidJson<T>
where
    T: DeserializeOwned + Validate + 'static,
{
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let content_type_ok = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                let essence = v
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                essence == "application/json" || essence.ends_with("+json")
            })
            .unwrap_or(false);
        let body = web::Bytes::from_request(req, payload);
        let timeout = req
            .app_data::<web::Data<AppState>>()
            .map_or(DEFAULT_JSON_BODY_TIMEOUT, |state| state.bodies.json_timeout);
        Box::pin(async move {
            if !content_type_ok {
                return Err(ApiError::UnsupportedMediaType(
                    "send the body as Content-Type: application/json".into(),
                ));
            }
            // the whole body within the time, however slowly it trickles in
            let body = actix_web::rt::time::timeout(timeout, body)
                .await
                .map_err(|_| ApiError::too_slow(timeout))?;
            let bytes = body.map_err(|e| match e.as_error::<PayloadError>() {
                Some(PayloadError::Overflow) => {
                    ApiError::PayloadTooLarge(format!("the body is larger than {JSON_LIMIT} bytes"))
                }
                _ => ApiError::BadRequest {
                    detail: format!("cannot read the body: {e}"),
                },
            })?;
            let value = parse_json::<T>(&bytes)?;
            value.validate().map_err(validation_problem)?;
            Ok(ValidJson(value))
        })
    }
}

/// Parses JSON with the path of the field that failed: text that is not JSON → 400; JSON of
/// the wrong shape → 422 naming the field.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ApiError::BadRequest {
            detail: format!(
                "the body is not valid JSON: {}",
                clean_serde_message(&e.to_string())
            ),
        })?;
    // text no person means to send is refused before it can reach a database (PostgreSQL
    // cannot store NUL; both backends must answer the same)
    let mut refused = Vec::new();
    control_characters(&value, String::new(), &mut refused);
    if !refused.is_empty() {
        return Err(ApiError::Validation(refused));
    }
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let sent = value_at(&value, e.path()).and_then(serde_json::Value::as_str);
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let message = clean_serde_message(&e.into_inner().to_string());
        // a value one of the domain's parsers refused: the rule it broke, worded and with its
        // values, never the value itself
        if let Some(rule) = Rule::of_refused(sent, &message) {
            let field = if path.is_empty() {
                "body".to_owned()
            } else {
                path
            };
            return ApiError::Validation(vec![FieldError::rule(field, &rule)]);
        }
        let (field, code) = if let Some(name) = unknown_field_name(&message) {
            let field = if path.ends_with(&name) {
                path
            } else {
                join_path(&path, &name)
            };
            (field, "unknown_field")
        } else if message.starts_with("missing field") {
            let name = message.split('`').nth(1).unwrap_or_default().to_owned();
            (join_path(&path, &name), "required")
        } else {
            (
                if path.is_empty() {
                    "body".to_owned()
                } else {
                    path
                },
                "invalid",
            )
        };
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    })
}

/// The value at `path` in `value`, as serde_path_to_error names it.
fn value_at<'a>(
    value: &'a serde_json::Value,
    path: &serde_path_to_error::Path,
) -> Option<&'a serde_json::Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(value, |at, segment| match segment {
        Segment::Seq { index } => at.get(index),
        Segment::Map { key } => at.get(key.as_str()),
        Segment::Enum { .. } | Segment::Unknown => None,
    })
}

/// Every string of `value` (and every key) with a control character, as a field error at its
/// path (`tracks[1].name`).
fn control_characters(value: &serde_json::Value, path: String, out: &mut Vec<FieldError>) {
    use serde_json::Value;
    let refuse = |field: String, out: &mut Vec<FieldError>| {
        let field = if field.is_empty() {
            "body".into()
        } else {
            field
        };
        out.push(FieldError::new(
            field,
            "control_character",
            CONTROL_CHARACTER_MESSAGE,
        ));
    };
    match value {
        Value::String(s) if has_control_character(s) => refuse(path, out),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                control_characters(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                if has_control_character(key) {
                    // the key itself is not repeated: it holds what is refused
                    refuse(join_path(&path, "(a field name)"), out);
                } else {
                    control_characters(item, join_path(&path, key), out);
                }
            }
        }
        _ => {}
    }
}

fn join_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

fn unknown_field_name(message: &str) -> Option<String> {
    message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
        .map(str::to_owned)
}

/// serde_json appends " at line 1 column 12"; the path already says where.
fn clean_serde_message(m: &str) -> String {
    match m.rfind(" at line ") {
        Some(i) => m[..i].to_owned(),
        None => m.to_owned(),
    }
}

/// `validator` errors reduced to field, code and message (never the rejected value).
pub fn validation_problem(errors: ValidationErrors) -> ApiError {
    let mut out = Vec::new();
    flatten(&errors, "", &mut out);
    out.sort_by(|a, b| a.field.cmp(&b.field));
    ApiError::Validation(out)
}

fn flatten(errors: &ValidationErrors, prefix: &str, out: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                for e in list {
                    if let Some(rule) = validator_rule(&e.code, &e.params) {
                        out.push(FieldError::rule(path.clone(), &rule));
                        continue;
                    }
                    let message = e
                        .message
                        .as_ref()
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| default_message(&e.code, &e.params));
                    out.push(FieldError::new(path.clone(), &e.code, message));
                }
            }
            ValidationErrorsKind::Struct(inner) => flatten(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    flatten(inner, &format!("{path}[{i}]"), out);
                }
            }
        }
    }
}

/// A `validator` error as the rule of the domain it is, where it is one.
fn validator_rule(
    code: &str,
    params: &std::collections::HashMap<std::borrow::Cow<'static, str>, serde_json::Value>,
) -> Option<Rule> {
    let number = |name: &str| params.get(name).and_then(serde_json::Value::as_u64);
    match code {
        "length" => match (number("min"), number("max")) {
            (Some(min), Some(max)) => Some(Rule::Length {
                min: usize::try_from(min).ok()?,
                max: usize::try_from(max).ok()?,
            }),
            (None, Some(max)) => Some(Rule::TooLong {
                max: usize::try_from(max).ok()?,
            }),
            _ => None,
        },
        "range" => match (number("min"), number("max")) {
            (Some(min), Some(max)) => Some(Rule::Range {
                min: i64::try_from(min).ok()?,
                max: i64::try_from(max).ok()?,
            }),
            _ => None,
        },
        "email" => Some(Rule::Email),
        "required" => Some(Rule::Required),
        _ => None,
    }
}

fn default_message(
    code: &str,
    params: &std::collections::HashMap<std::borrow::Cow<'static, str>, serde_json::Value>,
) -> String {
    match code {
        "length" => match (params.get("min"), params.get("max")) {
            (Some(min), Some(max)) => format!("must be between {min} and {max} characters"),
            (Some(min), None) => format!("must be at least {min} characters"),
            (None, Some(max)) => format!("must be at most {max} characters"),
            _ => "has the wrong length".into(),
        },
        "range" => match (params.get("min"), params.get("max")) {
            (Some(min), Some(max)) => format!("must be between {min} and {max}"),
            _ => "is out of range".into(),
        },
        "email" => "must be an email address".into(),
        "required" => "is required".into(),
        other => format!("is invalid ({other})"),
    }
}

/// actix's path extractor errors as problems.
pub fn path_error(err: actix_web::error::PathError, _: &HttpRequest) -> actix_web::Error {
    ApiError::BadRequest {
        detail: format!("invalid path parameter: {err}"),
    }
    .into()
}

/// actix's query extractor errors as problems.
pub fn query_error(err: actix_web::error::QueryPayloadError, _: &HttpRequest) -> actix_web::Error {
    ApiError::Validation(vec![FieldError::new(
        "query",
        "invalid",
        format!("invalid query parameters: {err}"),
    )])
    .into()
}

/// actix's JSON extractor errors as problems (for any handler that uses `web::Json`).
pub fn json_error(err: actix_web::error::JsonPayloadError, _: &HttpRequest) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as J;
    match err {
        J::ContentType => {
            ApiError::UnsupportedMediaType("send the body as Content-Type: application/json".into())
        }
        J::Overflow { limit } | J::OverflowKnownLength { limit, .. } => {
            ApiError::PayloadTooLarge(format!("the body is larger than {limit} bytes"))
        }
        other => ApiError::BadRequest {
            detail: format!("invalid JSON body: {other}"),
        },
    }
    .into()
}

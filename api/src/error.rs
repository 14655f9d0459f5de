//! One error type for the API, mapped once to RFC 9457 `application/problem+json`.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use std::collections::BTreeMap;

use grantdesk_domain::{
    ApplicationError, AssessmentError, CallError, FileTypeError, GrantError, Language, LedgerError,
    MembershipError, Money, Rule, VerificationError,
};
use grantdesk_persistence::ledger::LedgerWriteError;
use grantdesk_persistence::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// One invalid field of a request. The rejected value is never echoed back.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq, Eq)]
#[schema(example = json!({
    "field": "tracks[1].name",
    "code": "length",
    "message": "must be 1 to 200 characters",
    "params": {"min": "1", "max": "200"}
}))]
pub struct FieldError {
    /// The field's path in the request, e.g. `budget` or `tracks[1].name`.
    pub field: String,
    /// A stable code: the rule the value breaks (`length`, `positive`, `unknown_track`, ...,
    /// with its values in `params`), or how the request is malformed (`invalid`, `required`,
    /// `unknown_field`, `control_character`).
    pub code: String,
    /// The rule in words, in the request's language (`Accept-Language`: `nl`, `fr`, `en`).
    pub message: String,
    /// The values the rule names, by name, as strings (`{"min": "1", "max": "200"}`), for a
    /// client that words the rule itself. Present for every rule of a field's content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params: Option<BTreeMap<String, String>>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
            params: None,
        }
    }

    /// `field` breaks `rule`: its code, its values and its English wording (the catalogue's
    /// `rule-<code>`; the `localize` middleware words it in the request's language).
    pub fn rule(field: impl Into<String>, rule: &Rule) -> Self {
        let (message, params) = worded(rule);
        FieldError {
            field: field.into(),
            code: rule.code().to_owned(),
            message,
            params: Some(params),
        }
    }

    /// The field error an application's broken rule is, if it is one.
    pub fn of_application(e: &ApplicationError) -> Option<Self> {
        match e {
            ApplicationError::Validation { field, rule }
            | ApplicationError::Incomplete { field, rule } => Some(FieldError::rule(field, rule)),
            ApplicationError::Overflow => Some(FieldError::rule(
                "budget_lines",
                &Rule::TooLarge {
                    max: Money::MAX.to_string(),
                },
            )),
            _ => None,
        }
    }
}

/// A rule in English words (the catalogue's), and its values by name.
fn worded(rule: &Rule) -> (String, BTreeMap<String, String>) {
    let params: BTreeMap<String, String> = rule
        .params()
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .collect();
    let values = params.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let message = crate::notify::render::rule_text(Language::English, rule.code(), values)
        .unwrap_or_else(|| rule.to_string());
    (message, params)
}

/// An RFC 9457 problem document. `type` is stable per kind of problem; `title` is its human
/// name; `detail` says what happened in this case.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "/problems/gate-out-of-order",
    "title": "Approval gate out of order",
    "status": 409,
    "detail": "the budget agreement (begrotingsakkoord) cannot be recorded before the finance inspectorate advice (Inspectie van Financiën) [gate if_advice]",
    "gate": "if_advice"
}))]
pub struct Problem {
    #[serde(rename = "type")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Per-field errors of a validation problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// The approval gate a refusal is about (`if_advice`, `budget_agreement`,
    /// `government_approval`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gate: Option<String>,
    /// What was available, for an insufficient-funds refusal (decimal string).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = "decimal", example = "1000.00")]
    pub available: Option<String>,
    /// What was requested, for an insufficient-funds refusal (decimal string).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = "decimal", example = "1500.00")]
    pub requested: Option<String>,
    /// The deadline a refusal is about, in the call's zone with its offset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// The rule a refused command broke (`call_transition`, `overpayment`, ...; see
    /// `domain/src/rule.rs`), where the detail is that rule in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The values `rule` names, by name, as strings: a client can word the refusal itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params: Option<BTreeMap<String, String>>,
}

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{detail}")]
    BadRequest { detail: String },
    #[error("the request has invalid fields")]
    Validation(Vec<FieldError>),
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// A command the state of things does not allow, by the rule it breaks (a 409 whose
    /// detail is the rule in words).
    #[error("refused: {0}")]
    Refused(Rule),
    /// Credentials that sign no one in (which of the two is wrong is not said).
    #[error("unknown email or wrong password")]
    WrongCredentials,
    #[error(transparent)]
    Call(#[from] CallError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error(transparent)]
    Application(#[from] ApplicationError),
    #[error(transparent)]
    Assessment(#[from] AssessmentError),
    #[error(transparent)]
    Grant(#[from] GrantError),
    /// An organisation's claim that cannot be verified or rejected.
    #[error(transparent)]
    Verification(#[from] VerificationError),
    #[error(transparent)]
    Membership(#[from] MembershipError),
    /// Several assessment rules at once (e.g. every problem of a review).
    #[error("the review has {} problems", .0.len())]
    Assessments(Vec<AssessmentError>),
    /// Several application rules at once (all the reasons a submission is refused).
    #[error("the application cannot be submitted: {}", .0.len())]
    Applications(Vec<ApplicationError>),
    #[error("{0}")]
    Unavailable(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    /// An uploaded file that is not an accepted type, not well formed, or misnamed.
    #[error(transparent)]
    File(#[from] FileTypeError),
    /// The request's body did not arrive in time.
    #[error("{0}")]
    RequestTimeout(String),
    /// An abuse limit is spent (see the `limits` module): try again after `retry_after` seconds.
    #[error("{detail}")]
    TooManyRequests { detail: String, retry_after: u64 },
    /// An award that would take a single undertaking past its de minimis ceiling: the rule,
    /// with every figure of the sum in the problem's `params`.
    #[error("refused: over the aid ceiling")]
    AidCeiling(Box<AidCeilingRefusal>),
    #[error("internal error")]
    Internal(String),
}

/// What an award over the ceiling is refused with: the application, the window (Brussels days,
/// both included) and the figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AidCeilingRefusal {
    pub application: uuid::Uuid,
    pub window: (chrono::NaiveDate, chrono::NaiveDate),
    pub figures: grantdesk_domain::aid::CeilingFigures,
}

impl ApiError {
    pub fn validation(field: &str, code: &str, message: impl Into<String>) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }

    /// The rule a refused command broke, when the refusal is one of the domain's (a field's
    /// rules are in `errors`).
    fn refusal(&self) -> Option<Rule> {
        match self {
            ApiError::Call(e) => e.refusal(),
            ApiError::Application(e) => e.refusal(),
            ApiError::Assessment(e) => e.refusal(),
            ApiError::Grant(e) => e.refusal(),
            ApiError::Ledger(e) => e.refusal(),
            ApiError::Membership(e) => Some(e.refusal()),
            ApiError::Verification(e) => Some(e.refusal()),
            ApiError::Refused(rule) => Some(rule.clone()),
            ApiError::AidCeiling(r) => Some(r.figures.refusal()),
            ApiError::WrongCredentials => Some(Rule::WrongCredentials),
            _ => None,
        }
    }

    /// `field` breaks `rule` (see [`FieldError::rule`]).
    pub fn rule(field: &str, rule: &Rule) -> Self {
        ApiError::Validation(vec![FieldError::rule(field, rule)])
    }

    /// A request body that did not arrive whole within `timeout`.
    pub fn too_slow(timeout: std::time::Duration) -> Self {
        ApiError::RequestTimeout(format!(
            "the request body did not arrive within {} s; send it again, whole, on a new \
             connection",
            timeout.as_secs_f64()
        ))
    }

    pub fn not_found(what: &str) -> Self {
        ApiError::NotFound(format!("{what} does not exist or is not visible to you"))
    }

    /// (status, type slug, title)
    fn kind(&self) -> (StatusCode, &'static str, &'static str) {
        use StatusCode as S;
        match self {
            ApiError::BadRequest { .. } => (S::BAD_REQUEST, "bad-request", "Malformed request"),
            ApiError::Validation(_) => (
                S::UNPROCESSABLE_ENTITY,
                "validation",
                "The request has invalid fields",
            ),
            ApiError::Unauthenticated(_) | ApiError::WrongCredentials => (
                S::UNAUTHORIZED,
                "unauthenticated",
                "Authentication required",
            ),
            ApiError::Forbidden(_) => (S::FORBIDDEN, "forbidden", "Not allowed for your role"),
            ApiError::NotFound(_) => (S::NOT_FOUND, "not-found", "Not found"),
            ApiError::Conflict(_) | ApiError::Refused(_) => {
                (S::CONFLICT, "conflict", "Conflict with the current state")
            }
            ApiError::AidCeiling(_) => (
                S::CONFLICT,
                "aid-ceiling",
                "Over the single undertaking's aid ceiling",
            ),
            ApiError::Call(e) => match e {
                CallError::Validation { .. } => (
                    S::UNPROCESSABLE_ENTITY,
                    "validation",
                    "The request has invalid fields",
                ),
                CallError::NotEditable { .. } => {
                    (S::CONFLICT, "not-editable", "The call is no longer a draft")
                }
                CallError::GateOutOfOrder { .. } => (
                    S::CONFLICT,
                    "gate-out-of-order",
                    "Approval gate out of order",
                ),
                CallError::UnfavourableVerdict { .. } => (
                    S::CONFLICT,
                    "unfavourable-verdict",
                    "An approval gate was not passed",
                ),
                CallError::DeadlinePassed { .. } => {
                    (S::CONFLICT, "deadline-passed", "The deadline has passed")
                }
                CallError::DeadlineNotLater { .. } => (
                    S::UNPROCESSABLE_ENTITY,
                    "deadline-not-later",
                    "A deadline can only be extended to a later instant",
                ),
                CallError::InvalidTransition { .. } => (
                    S::CONFLICT,
                    "invalid-transition",
                    "Not possible in the call's current state",
                ),
                CallError::Incomplete { .. } => (
                    S::CONFLICT,
                    "call-incomplete",
                    "The call's definition is incomplete for this step",
                ),
            },
            ApiError::Ledger(e) => match e {
                LedgerError::InsufficientFunds { .. } => {
                    (S::CONFLICT, "insufficient-funds", "Insufficient funds")
                }
                LedgerError::IdConflict { .. } => (
                    S::CONFLICT,
                    "transfer-id-conflict",
                    "Transfer id already used with another payload",
                ),
                LedgerError::InvalidTransfer(_) | LedgerError::Overflow => (
                    S::UNPROCESSABLE_ENTITY,
                    "invalid-transfer",
                    "Invalid transfer",
                ),
                LedgerError::Inconsistent(_) => (
                    S::INTERNAL_SERVER_ERROR,
                    "internal",
                    "Internal server error",
                ),
            },
            ApiError::Application(e) => application_kind(e),
            ApiError::Assessment(e) => assessment_kind(e),
            ApiError::Grant(e) => match e {
                GrantError::Validation { .. } | GrantError::Overflow => (
                    S::UNPROCESSABLE_ENTITY,
                    "validation",
                    "The request has invalid fields",
                ),
                GrantError::Overpayment { .. } => {
                    (S::CONFLICT, "overpayment", "More than committed")
                }
                GrantError::PayeeUnverified { .. } => (
                    S::CONFLICT,
                    "organisation-unverified",
                    "The organisation is not verified",
                ),
            },
            ApiError::Verification(e) => match e {
                VerificationError::Decided { .. } => (
                    S::CONFLICT,
                    "verification-decided",
                    "The claim was decided already",
                ),
                VerificationError::NumberHeld { .. } => (
                    S::CONFLICT,
                    "enterprise-number-verified",
                    "Another organisation holds the enterprise number",
                ),
            },
            ApiError::Membership(e) => {
                let (status, title) = match e {
                    MembershipError::NotRepresentative { .. } => (
                        S::FORBIDDEN,
                        "Only the organisation's representative may do this",
                    ),
                    MembershipError::RepresentativeMustHandOn => (
                        S::CONFLICT,
                        "The representative must hand the role on first",
                    ),
                    MembershipError::AlreadyRepresentative => {
                        (S::CONFLICT, "Already the representative")
                    }
                    MembershipError::InvitationAnswered { .. } => {
                        (S::CONFLICT, "The invitation was answered already")
                    }
                    MembershipError::InvitationExpired { .. } => {
                        (S::CONFLICT, "The invitation has expired")
                    }
                    MembershipError::AlreadyMember => (S::CONFLICT, "Already a member"),
                };
                (status, e.kind(), title)
            }
            ApiError::Assessments(errors) => match errors.first() {
                Some(e) => assessment_kind(e),
                None => (
                    S::UNPROCESSABLE_ENTITY,
                    "validation",
                    "The request has invalid fields",
                ),
            },
            ApiError::Applications(errors) => {
                // invalid fields outrank missing ones; a state problem comes alone
                let worst = errors
                    .iter()
                    .find(|e| {
                        matches!(
                            e,
                            ApplicationError::Validation { .. } | ApplicationError::Overflow
                        )
                    })
                    .or_else(|| errors.first());
                match worst {
                    Some(e) => application_kind(e),
                    None => (
                        S::UNPROCESSABLE_ENTITY,
                        "incomplete",
                        "The application is incomplete",
                    ),
                }
            }
            ApiError::Unavailable(_) => (
                S::SERVICE_UNAVAILABLE,
                "unavailable",
                "Temporarily unavailable",
            ),
            ApiError::UnsupportedMediaType(_) => (
                S::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
            ),
            ApiError::PayloadTooLarge(_) => (
                S::PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "Payload too large",
            ),
            ApiError::File(e) => match e {
                FileTypeError::NotAccepted { .. } => (
                    S::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported media type",
                ),
                FileTypeError::Malformed { .. } => (
                    S::UNSUPPORTED_MEDIA_TYPE,
                    "malformed-file",
                    "The file is damaged or not what it seems",
                ),
                FileTypeError::NameMismatch { .. } => (
                    S::UNSUPPORTED_MEDIA_TYPE,
                    "file-name-mismatch",
                    "The file's name does not match its content",
                ),
            },
            ApiError::RequestTimeout(_) => (
                S::REQUEST_TIMEOUT,
                "request-timeout",
                "The request body came too slowly",
            ),
            ApiError::TooManyRequests { .. } => (
                S::TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many requests",
            ),
            ApiError::Internal(_) => (
                S::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal server error",
            ),
        }
    }

    pub fn problem(&self) -> Problem {
        let (status, slug, title) = self.kind();
        let mut p = Problem {
            problem_type: format!("/problems/{slug}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: match self {
                ApiError::Internal(_) | ApiError::Ledger(LedgerError::Inconsistent(_)) => {
                    "an unexpected error occurred; it has been logged".to_owned()
                }
                ApiError::Validation(errors) if errors.len() == 1 => {
                    format!("{}: {}", errors[0].field, errors[0].message)
                }
                ApiError::Applications(errors) if errors.len() == 1 => errors[0].to_string(),
                ApiError::Assessments(errors) if errors.len() == 1 => errors[0].to_string(),
                ApiError::Applications(errors) => format!(
                    "the application cannot be submitted yet: {} problems (see errors)",
                    errors.len()
                ),
                other => other.to_string(),
            },
            errors: None,
            gate: None,
            available: None,
            requested: None,
            deadline: None,
            rule: None,
            params: None,
        };
        match self {
            ApiError::Validation(errors) => p.errors = Some(errors.clone()),
            ApiError::File(e) => p.errors = Some(vec![FieldError::rule("file", &e.rule())]),
            ApiError::Call(CallError::Validation { field, rule })
            | ApiError::Call(CallError::Incomplete { field, rule })
            | ApiError::Grant(GrantError::Validation { field, rule })
            | ApiError::Assessment(AssessmentError::Validation { field, rule }) => {
                p.errors = Some(vec![FieldError::rule(field, rule)])
            }
            ApiError::Call(CallError::GateOutOfOrder { missing, .. }) => {
                p.gate = Some(missing.as_str().to_owned())
            }
            ApiError::Call(CallError::UnfavourableVerdict { gate }) => {
                p.gate = Some(gate.as_str().to_owned())
            }
            ApiError::Call(CallError::DeadlinePassed { deadline })
            | ApiError::Call(CallError::DeadlineNotLater { current: deadline }) => {
                p.deadline = Some(deadline.to_rfc3339())
            }
            ApiError::Application(e) => application_details(e, &mut p),
            ApiError::Assessments(errors) => {
                p.errors = Some(
                    errors
                        .iter()
                        .map(|e| match e {
                            AssessmentError::Validation { field, rule } => {
                                FieldError::rule(field, rule)
                            }
                            other => FieldError::new("review", other.kind(), other.to_string()),
                        })
                        .collect(),
                )
            }
            ApiError::Applications(errors) => {
                for e in errors {
                    application_details(e, &mut p);
                }
            }
            ApiError::Ledger(LedgerError::InsufficientFunds {
                available,
                requested,
            }) => {
                p.available = Some(available.to_string());
                p.requested = Some(requested.to_string());
            }
            _ => {}
        }
        // a refused command: the detail is the rule it broke, in words, with its values
        if let Some(rule) = self.refusal() {
            let (detail, params) = worded(&rule);
            p.detail = detail;
            p.rule = Some(rule.code().to_owned());
            p.params = Some(params);
        }
        // over the aid ceiling: every figure of the sum, and where
        if let (ApiError::AidCeiling(r), Some(params)) = (self, p.params.as_mut()) {
            let f = &r.figures;
            for (key, value) in [
                ("application_id", r.application.to_string()),
                ("window_from", r.window.0.to_string()),
                ("window_to", r.window.1.to_string()),
                ("declared", f.declared.to_string()),
                ("awarded", f.awarded.to_string()),
            ] {
                params.insert(key.to_owned(), value);
            }
        }
        // one broken rule: the detail is that rule, in words (a file's, the rule alone)
        if let Some([one]) = p.errors.as_deref() {
            if matches!(self, ApiError::File(_)) {
                p.detail = one.message.clone();
            } else if one.params.is_some() {
                p.detail = format!("{}: {}", one.field, one.message);
            }
        }
        p
    }
}

fn assessment_kind(e: &AssessmentError) -> (StatusCode, &'static str, &'static str) {
    use StatusCode as S;
    match e {
        AssessmentError::Validation { .. } => (
            S::UNPROCESSABLE_ENTITY,
            "validation",
            "The request has invalid fields",
        ),
        AssessmentError::Conflict { .. } => {
            (S::CONFLICT, "conflict-of-interest", "Conflict of interest")
        }
        AssessmentError::NotInAssessment { .. } => (
            S::CONFLICT,
            "not-in-assessment",
            "The call is not in assessment",
        ),
        AssessmentError::State { .. } => {
            (S::CONFLICT, "conflict", "Conflict with the current state")
        }
    }
}

fn application_kind(e: &ApplicationError) -> (StatusCode, &'static str, &'static str) {
    use StatusCode as S;
    match e {
        ApplicationError::Validation { .. } | ApplicationError::Overflow => (
            S::UNPROCESSABLE_ENTITY,
            "validation",
            "The request has invalid fields",
        ),
        ApplicationError::Incomplete { .. } => (
            S::UNPROCESSABLE_ENTITY,
            "incomplete",
            "The application is incomplete",
        ),
        ApplicationError::DeadlinePassed { .. } => {
            (S::CONFLICT, "deadline-passed", "The deadline has passed")
        }
        ApplicationError::CallNotOpen { .. } => (
            S::CONFLICT,
            "call-not-open",
            "The call does not accept applications",
        ),
        ApplicationError::InvalidTransition { .. } => (
            S::CONFLICT,
            "invalid-transition",
            "Not possible in the application's current state",
        ),
    }
}

fn application_details(e: &ApplicationError, p: &mut Problem) {
    if let Some(error) = FieldError::of_application(e) {
        p.errors.get_or_insert_with(Vec::new).push(error);
    } else if let ApplicationError::DeadlinePassed { deadline } = e {
        p.deadline = Some(deadline.to_rfc3339());
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.kind().0
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(cause) => tracing::error!(%cause, "internal error"),
            ApiError::Ledger(e @ LedgerError::Inconsistent(_)) => {
                tracing::error!(cause = %e, "internal error")
            }
            _ => {}
        }
        let mut res = HttpResponse::build(self.status_code());
        res.insert_header((header::CONTENT_TYPE, "application/problem+json"));
        match self {
            ApiError::Unauthenticated(_) | ApiError::WrongCredentials => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"grantdesk\""));
            }
            ApiError::Unavailable(_) => {
                res.insert_header((header::RETRY_AFTER, "5"));
            }
            ApiError::TooManyRequests { retry_after, .. } => {
                res.insert_header((header::RETRY_AFTER, retry_after.to_string()));
            }
            // the rest of the body is not read: the connection cannot carry another request
            ApiError::RequestTimeout(_) | ApiError::PayloadTooLarge(_) => {
                res.force_close();
            }
            _ => {}
        }
        res.body(serde_json::to_string(&self.problem()).unwrap_or_default())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound("not found".into()),
            StoreError::Conflict(m) => ApiError::Conflict(m),
            StoreError::Unavailable(m) => ApiError::Unavailable(m),
            StoreError::Corrupt(m) => ApiError::Internal(format!("corrupt row: {m}")),
            StoreError::Database(e) => ApiError::Internal(format!("database: {e}")),
        }
    }
}

impl From<grantdesk_persistence::DieselError> for ApiError {
    fn from(e: grantdesk_persistence::DieselError) -> Self {
        StoreError::from(e).into()
    }
}

impl From<LedgerWriteError> for ApiError {
    fn from(e: LedgerWriteError) -> Self {
        match e {
            LedgerWriteError::Rule(r) => ApiError::Ledger(r),
            LedgerWriteError::Store(s) => s.into(),
            LedgerWriteError::NoLedger { article, year } => ApiError::Refused(Rule::NoLedger {
                article: article.as_str().to_owned(),
                year: year.value(),
                credit_type: "none".to_owned(),
            }),
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(format!("blocking pool: {e}"))
    }
}

/// Turns a storage "not found" into the API's 404 naming what was looked for.
pub trait OrNotFound<T> {
    fn or_not_found(self, what: &str) -> Result<T, ApiError>;
}

impl<T> OrNotFound<T> for Result<T, StoreError> {
    fn or_not_found(self, what: &str) -> Result<T, ApiError> {
        self.map_err(|e| match e {
            StoreError::NotFound => ApiError::not_found(what),
            other => other.into(),
        })
    }
}

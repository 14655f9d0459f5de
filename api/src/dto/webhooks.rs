//! Webhook endpoints, their secrets and their delivery log.

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::{EndpointStatus, EventType};
use grantdesk_domain::{DeliveryStatus, Rule};
use grantdesk_persistence::webhooks::{Attempt, Endpoint, Message};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use super::notifications::DeliveryStatusSchema;
use crate::error::{ApiError, FieldError};

// The schema of the domain's `EventType`; a unit test keeps the spellings equal.
/// What an endpoint subscribes to.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = EventType)]
#[allow(dead_code)]
pub enum EventTypeSchema {
    #[schema(rename = "application.submitted")]
    ApplicationSubmitted,
    #[schema(rename = "application.decided")]
    ApplicationDecided,
    #[schema(rename = "organisation.verified")]
    OrganisationVerified,
    #[schema(rename = "organisation.claim_rejected")]
    OrganisationClaimRejected,
    #[schema(rename = "payment.made")]
    PaymentMade,
    #[schema(rename = "final_report.decided")]
    FinalReportDecided,
    #[schema(rename = "award.answered")]
    AwardAnswered,
    #[schema(rename = "objection.lodged")]
    ObjectionLodged,
    #[schema(rename = "objection.ruled")]
    ObjectionRuled,
    #[schema(rename = "grant.cancelled")]
    GrantCancelled,
    #[schema(rename = "webhook.test")]
    WebhookTest,
}

// The schema of the domain's `EndpointStatus`; a unit test keeps the spellings equal.
/// Whether an endpoint receives deliveries: active, or disabled (by its owner, an admin, or
/// because its deliveries kept failing; its messages wait until it is enabled again).
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = EndpointStatus, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum EndpointStatusSchema {
    Active,
    Disabled,
}

/// A new endpoint. An applicant registers one for an organisation it represents (its events
/// only); an admin for one organisation or, without `organisation_id`, for every event.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndpointRequest {
    /// Where deliveries are posted: `https`, a public host (see the README on private
    /// networks).
    #[schema(example = "https://finance.genk.be/hooks/grantdesk")]
    pub url: String,
    /// The events to receive (at least one).
    #[schema(value_type = Vec<EventTypeSchema>, example = json!(["application.submitted", "application.decided"]))]
    pub event_types: Vec<String>,
    /// The organisation whose events it receives (required for applicants).
    pub organisation_id: Option<Uuid>,
    /// What it is for, for its owner (at most 500 characters).
    #[validate(length(max = 500, message = "must be at most 500 characters"))]
    #[schema(example = "Boekhouding: subsidiedossiers")]
    pub description: Option<String>,
}

impl EndpointRequest {
    /// The event types, each known and named once.
    pub fn event_types(&self) -> Result<Vec<EventType>, ApiError> {
        if self.event_types.is_empty() {
            return Err(ApiError::rule("event_types", &Rule::TooFew { min: 1 }));
        }
        let mut types = Vec::with_capacity(self.event_types.len());
        let mut problems = Vec::new();
        for (i, written) in self.event_types.iter().enumerate() {
            match EventType::parse(written) {
                Ok(t) if types.contains(&t) => problems.push(FieldError::rule(
                    format!("event_types[{i}]"),
                    &Rule::Duplicate,
                )),
                Ok(t) => types.push(t),
                Err(e) => problems.push(FieldError::rule(format!("event_types[{i}]"), &e.rule())),
            }
        }
        if problems.is_empty() {
            Ok(types)
        } else {
            Err(ApiError::Validation(problems))
        }
    }
}

/// An endpoint (its secret is never shown again after it was made).
#[derive(Debug, Serialize, ToSchema)]
pub struct EndpointView {
    pub id: Uuid,
    /// The organisation whose events it receives; null: an admin's endpoint, every event.
    pub organisation_id: Option<Uuid>,
    #[schema(example = "https://finance.genk.be/hooks/grantdesk")]
    pub url: String,
    pub description: String,
    #[schema(value_type = Vec<EventTypeSchema>)]
    pub event_types: Vec<EventType>,
    #[schema(value_type = EndpointStatusSchema)]
    pub status: EndpointStatus,
    /// Why it was disabled.
    pub disabled_reason: Option<String>,
    /// Messages that failed every attempt, in a row.
    pub consecutive_failures: i32,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&Endpoint> for EndpointView {
    fn from(e: &Endpoint) -> Self {
        EndpointView {
            id: e.id,
            organisation_id: e.organisation_id,
            url: e.url.clone(),
            description: e.description.clone(),
            event_types: e.event_types.clone(),
            status: e.status,
            disabled_reason: e.disabled_reason.clone(),
            consecutive_failures: e.consecutive_failures,
            created_by: e.created_by,
            created_at: e.created_at,
            updated_at: e.updated_at,
        }
    }
}

/// A signing secret, shown once: when the endpoint is made and when it is rotated.
#[derive(Debug, Serialize, ToSchema)]
pub struct SecretView {
    /// `whsec_` and the base64 of 32 random bytes: verify `webhook-signature` with it
    /// (HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, Standard Webhooks).
    #[schema(example = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD")]
    pub secret: String,
    /// Until when the secrets it replaced keep signing beside it (after a rotation).
    pub previous_secrets_retire_at: Option<DateTime<Utc>>,
}

/// A new endpoint and its secret (shown this once).
#[derive(Debug, Serialize, ToSchema)]
pub struct EndpointCreated {
    pub endpoint: EndpointView,
    /// `whsec_...`: keep it; it is not shown again (rotate it to get a new one).
    #[schema(example = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD")]
    pub secret: String,
}

/// One attempt to deliver a message.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptView {
    pub at: DateTime<Utc>,
    /// The receiver's HTTP status, when it answered.
    pub response_status: Option<i32>,
    /// Why the attempt failed (a non-2xx answer, or no answer).
    pub error: Option<String>,
    pub duration_ms: i64,
}

impl From<&Attempt> for AttemptView {
    fn from(a: &Attempt) -> Self {
        AttemptView {
            at: a.at,
            response_status: a.response_status,
            error: a.error.clone(),
            duration_ms: a.duration_ms,
        }
    }
}

/// A message for an endpoint and how its delivery went.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookMessageView {
    /// The `webhook-id` (the same on every attempt and replay).
    #[schema(example = "msg_5f0c6a0d3b5a4c2e9b1d7f3a2e4c6b8d")]
    pub id: String,
    #[schema(value_type = EventTypeSchema)]
    pub event_type: EventType,
    /// The body as it is posted.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
    #[schema(value_type = DeliveryStatusSchema)]
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    /// Every attempt, oldest first.
    pub log: Vec<AttemptView>,
}

impl WebhookMessageView {
    pub fn new(m: &Message, attempts: &[Attempt]) -> Self {
        WebhookMessageView {
            id: m.id.clone(),
            event_type: m.event_type,
            payload: serde_json::from_str(&m.payload).unwrap_or(serde_json::Value::Null),
            created_at: m.created_at,
            status: m.delivery,
            attempts: m.attempts,
            next_attempt_at: m.next_attempt_at,
            last_error: m.last_error.clone(),
            sent_at: m.sent_at,
            log: attempts.iter().map(AttemptView::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_list_exactly_the_domain_spellings() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(EventTypeSchema::schema()).unwrap();
        let domain: Vec<&str> = EventType::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
        let schema = serde_json::to_value(EndpointStatusSchema::schema()).unwrap();
        let domain: Vec<&str> = EndpointStatus::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
    }
}

//! The inbox, the language an account is written to in, and the delivery queue staff watch.

use chrono::{DateTime, Utc};
use grantdesk_domain::{DeliveryStatus, Language};
use grantdesk_persistence::notifications::Notification;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::error::ApiError;
use crate::notify::render::{inbox_facts, Rendered};

// The schema of the domain's `Language`; a unit test keeps the spellings equal.
/// A language grantdesk writes in: Dutch (the default), French, English.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = Language)]
#[allow(dead_code)]
pub enum LanguageSchema {
    #[schema(rename = "nl")]
    Nl,
    #[schema(rename = "fr")]
    Fr,
    #[schema(rename = "en")]
    En,
}

// The schema of the domain's `DeliveryStatus`; a unit test keeps the spellings equal.
/// Where a message's delivery stands: pending (waiting for its next attempt), sent, or failed
/// (parked after its last attempt, until staff retry it).
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = DeliveryStatus, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum DeliveryStatusSchema {
    Pending,
    Sent,
    Failed,
}

/// The language to write to the account in.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageRequest {
    #[schema(value_type = LanguageSchema, example = "fr")]
    pub language: String,
}

impl LanguageRequest {
    pub fn language(&self) -> Result<Language, ApiError> {
        Language::parse(&self.language).map_err(|e| ApiError::rule("language", &e.rule()))
    }
}

/// The language an account is written to in.
#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageView {
    #[schema(value_type = LanguageSchema, example = "nl")]
    pub language: Language,
}

/// Whether the account gets reminders: of a call's deadline while its organisation has a draft,
/// and of a grant's final report once it is due. Other messages (receipts, decisions, payments,
/// account messages) always go out.
#[derive(Debug, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReminderPreference {
    #[schema(example = false)]
    pub enabled: bool,
}

/// The one-click unsubscribe link of a reminder mail (RFC 8058).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnsubscribeQuery {
    /// The token of the mail's `List-Unsubscribe` link.
    pub token: String,
}

/// A message in the reader's inbox, written in their language.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationView {
    pub id: Uuid,
    /// What it is: submission_receipt, question_answered, decision_letter, payment_made,
    /// final_report_verdict, invitation, password_reset, membership_ended,
    /// organisation_verified, organisation_claim_rejected, webhook_disabled, objection_lodged,
    /// objection_ruled, grant_cancelled.
    #[schema(example = "submission_receipt")]
    pub kind: String,
    /// The organisation it concerns (its members see it while they are members).
    pub organisation_id: Option<Uuid>,
    #[schema(example = "Ontvangstbewijs EXP-2023-0001: uw aanvraag is ingediend")]
    pub subject: String,
    /// The message as plain text.
    pub text: String,
    /// The facts it was written from (ids, numbers, amounts as decimal strings), for clients
    /// that act on it. A password reset's code is not repeated here: it is in the mail only.
    #[schema(value_type = Object)]
    pub facts: serde_json::Value,
    pub created_at: DateTime<Utc>,
    /// When the reader marked it read; unread messages come first.
    pub read_at: Option<DateTime<Utc>>,
}

impl NotificationView {
    pub fn new(n: &Notification, rendered: Rendered) -> Self {
        NotificationView {
            id: n.id,
            kind: n.kind.clone(),
            organisation_id: n.organisation_id,
            subject: rendered.subject,
            text: rendered.text,
            facts: inbox_facts(&n.kind, &n.payload),
            created_at: n.created_at,
            read_at: n.read_at,
        }
    }
}

/// A page of the inbox: unread first, then the newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct InboxPage {
    pub items: Vec<NotificationView>,
    pub page: u32,
    pub per_page: u32,
    /// How many messages the inbox holds.
    pub total: i64,
    /// How many of them are unread.
    pub unread: i64,
}

/// `?status=pending|sent|failed&page=&per_page=` (the default status: failed, what staff act on).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DeliveryListQuery {
    #[param(value_type = Option<DeliveryStatusSchema>, example = "failed")]
    pub status: Option<String>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

impl DeliveryListQuery {
    pub fn status(&self) -> Result<DeliveryStatus, ApiError> {
        match self.status.as_deref() {
            None => Ok(DeliveryStatus::Failed),
            Some(s) => DeliveryStatus::parse(s).map_err(|e| ApiError::rule("status", &e.rule())),
        }
    }
}

/// A message as the delivery queue holds it (staff): to whom, and how its delivery went. Its
/// content is the recipient's; only the kind is shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryView {
    pub id: Uuid,
    #[schema(example = "decision_letter")]
    pub kind: String,
    pub user_id: Uuid,
    #[schema(example = "contact@genk.be")]
    pub email: String,
    #[schema(value_type = LanguageSchema, example = "nl")]
    pub language: Language,
    #[schema(value_type = DeliveryStatusSchema, example = "failed")]
    pub status: DeliveryStatus,
    /// Attempts so far.
    pub attempts: i32,
    /// When the next attempt is due (pending only).
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// What the last failed attempt met (the relay's answer).
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl From<&Notification> for DeliveryView {
    fn from(n: &Notification) -> Self {
        DeliveryView {
            id: n.id,
            kind: n.kind.clone(),
            user_id: n.user_id,
            email: n.email.clone(),
            language: n.language,
            status: n.delivery,
            attempts: n.attempts,
            next_attempt_at: match n.delivery {
                DeliveryStatus::Pending => n.next_attempt_at,
                _ => None,
            },
            last_error: n.last_error.clone(),
            sent_at: n.sent_at,
            created_at: n.created_at,
        }
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;
    use utoipa::PartialSchema;

    #[test]
    fn the_schemas_list_exactly_the_domain_spellings() {
        let schema = serde_json::to_value(LanguageSchema::schema()).unwrap();
        let domain: Vec<&str> = Language::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
        let schema = serde_json::to_value(DeliveryStatusSchema::schema()).unwrap();
        let domain: Vec<&str> = DeliveryStatus::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
    }
}

use chrono::{DateTime, Utc};
use grantdesk_persistence::ledger::Transfer;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

/// A transfer on the ledger.
#[derive(Debug, Serialize, ToSchema)]
pub struct TransferView {
    pub id: Uuid,
    pub ledger_id: Uuid,
    pub debit_account_id: Uuid,
    pub credit_account_id: Uuid,
    #[schema(format = "decimal", example = "750000.00")]
    pub amount: String,
    #[schema(example = "RESERVE")]
    pub code: String,
    pub reference: String,
    pub actor: String,
    /// `posted` (money moved) or `refused` (stays refused on replay).
    #[schema(example = "posted")]
    pub status: String,
    pub refusal: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<&Transfer> for TransferView {
    fn from(t: &Transfer) -> Self {
        TransferView {
            id: t.id,
            ledger_id: t.ledger_id,
            debit_account_id: t.debit_account_id,
            credit_account_id: t.credit_account_id,
            amount: t.amount.to_string(),
            code: t.code.as_str().to_owned(),
            reference: t.reference.clone(),
            actor: t.actor.clone(),
            status: t.status.as_str().to_owned(),
            refusal: t.refusal.clone(),
            created_at: t.created_at,
        }
    }
}

/// Reverses a credit with a new transfer (a mistake is corrected, never edited).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReversalRequest {
    /// The id of the reversing transfer (idempotency key).
    pub transfer_id: Uuid,
    #[validate(length(min = 1, max = 200))]
    #[schema(example = "Credit booked twice", min_length = 1, max_length = 200)]
    pub reference: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct TransferListQuery {
    #[param(example = "SJ0-1SMC2GA-WT")]
    pub budget_article: Option<String>,
    #[param(example = 2023)]
    pub budget_year: Option<i32>,
    /// VAK or VEK (default VAK when an article is given).
    #[param(example = "VAK")]
    pub credit_type: Option<String>,
    #[param(example = "RESERVE")]
    pub code: Option<String>,
    pub account_id: Option<Uuid>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

//! The exports' query filters, and the 360Giving 1.4 data package as it is published.

use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::Money;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::{IntoParams, PartialSchema, ToSchema};
use uuid::Uuid;

use crate::error::ApiError;

/// Filters of a ledger export; every filter given must match.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct LedgerExportQuery {
    /// The budget article's code.
    #[param(example = "SJ0-1SMC2GA-WT")]
    pub article: Option<String>,
    /// The budget year.
    #[param(example = 2023)]
    pub year: Option<i32>,
    /// Transfers touching the call's accounts, its tracks' or its grants'.
    pub call_id: Option<Uuid>,
    /// Written at or after this instant (RFC 3339, e.g. `2023-08-01T00:00:00Z`; write a `+`
    /// offset as `%2B`).
    #[param(example = "2023-08-01T00:00:00Z")]
    pub from: Option<String>,
    /// Written before this instant (RFC 3339): the period is `[from, to)`.
    #[param(example = "2023-09-01T00:00:00Z")]
    pub to: Option<String>,
}

/// An amount as a JSON number written from its exact decimal text ("28800.00"), never
/// through a float.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct JsonAmount(Box<RawValue>);

impl JsonAmount {
    pub fn new(m: Money) -> Result<JsonAmount, ApiError> {
        JsonAmount::from_text(m.to_string())
    }

    /// A negative amount (a recovery), from its absolute value.
    pub fn negative(m: Money) -> Result<JsonAmount, ApiError> {
        JsonAmount::from_text(format!("-{m}"))
    }

    fn from_text(text: String) -> Result<JsonAmount, ApiError> {
        RawValue::from_string(text)
            .map(JsonAmount)
            .map_err(|e| ApiError::Internal(e.to_string()))
    }
}

impl PartialSchema for JsonAmount {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Number)
            .description(Some(
                "An amount in euros, written with exactly two decimals (e.g. 28800.00)",
            ))
            .into()
    }
}

impl ToSchema for JsonAmount {}

/// A 360Giving organisation (recipient or funder).
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GivingOrganization {
    /// org-id.guide identifier, e.g. `BE-BCE_KBO-0207451227`.
    #[schema(example = "BE-BCE_KBO-0207451227")]
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_locality: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_country: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GivingProgramme {
    /// The call's reference.
    #[schema(example = "EXP23")]
    pub code: String,
    pub title: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GivingDates {
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
}

/// A paid tranche.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GivingTransaction {
    pub id: String,
    /// The payment's date (Brussels).
    pub transaction_date: NaiveDate,
    #[schema(example = "EUR")]
    pub currency: String,
    pub value: JsonAmount,
    pub description: String,
    /// The funder's org id.
    pub provider: String,
    /// The recipient's org id.
    pub recipient: String,
}

/// One grant in the 360Giving Data Standard 1.4.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GivingGrant {
    /// The configured prefix followed by the grant's id.
    #[schema(example = "360G-grantdesk-0b6f3c1e-0000-4000-8000-000000000001")]
    pub id: String,
    /// The application's title.
    pub title: String,
    /// The application's summary (its title when it has none).
    pub description: String,
    #[schema(example = "EUR")]
    pub currency: String,
    pub amount_awarded: JsonAmount,
    /// The sum of the payments so far, net of any recovery (the sum of the transactions).
    pub amount_disbursed: JsonAmount,
    /// The date (Brussels) the selection was finalised.
    pub award_date: NaiveDate,
    #[schema(example = "Yes")]
    pub from_open_call: String,
    pub recipient_organization: Vec<GivingOrganization>,
    pub funding_organization: Vec<GivingOrganization>,
    pub grant_programme: Vec<GivingProgramme>,
    pub planned_dates: Vec<GivingDates>,
    /// The payments of the grant's tranches, and a recovery at settlement as a negative
    /// transaction.
    pub disbursement_transaction: Vec<GivingTransaction>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GivingPublisher {
    pub identifier: String,
    pub name: String,
}

/// A 360Giving data package (360-giving-package-schema.json, standard 1.4.3).
#[derive(Debug, Serialize, ToSchema)]
pub struct GivingPackage {
    pub grants: Vec<GivingGrant>,
    #[schema(example = "1.4")]
    pub version: String,
    pub title: String,
    pub description: String,
    pub identifier: String,
    pub issued: DateTime<Utc>,
    pub publisher: GivingPublisher,
    /// The data licence's URI.
    pub license: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct GivingExportQuery {
    /// Only this call's grants (default: every decided call's).
    pub call_id: Option<Uuid>,
}

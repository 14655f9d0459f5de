use chrono::{DateTime, Utc};
use grantdesk_domain::{BudgetArticle, BudgetYear, CreditType, Money};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

/// A budget article for one budget year.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateArticleRequest {
    #[schema(value_type = String, example = "SJ0-1SMC2GA-WT")]
    pub code: BudgetArticle,
    #[schema(value_type = i32, example = 2023, minimum = 2000, maximum = 2100)]
    pub budget_year: BudgetYear,
    #[validate(length(min = 1, max = 500))]
    #[schema(
        example = "Preventie van gewelddadige radicalisering",
        min_length = 1,
        max_length = 500
    )]
    pub description: String,
}

/// Credits an article with (part of) its appropriation. `transfer_id` makes it idempotent:
/// replaying the same id and payload has one effect and returns the same answer.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditRequest {
    pub transfer_id: Uuid,
    /// VAK (vastleggingskrediet, commitment credit; the default) or VEK (vereffeningskrediet,
    /// payment credit).
    #[serde(default = "default_credit_type")]
    #[schema(value_type = String, example = "VAK", default = "VAK")]
    pub credit_type: CreditType,
    #[schema(value_type = String, example = "750000.00")]
    pub amount: Money,
    #[validate(length(min = 1, max = 200))]
    #[schema(
        example = "Begroting 2023, initieel krediet",
        min_length = 1,
        max_length = 200
    )]
    pub reference: String,
}

fn default_credit_type() -> CreditType {
    CreditType::Vak
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ArticleListQuery {
    pub budget_year: Option<i32>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// One ledger's figures for an article and year, exact to the cent, from running totals.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleBalance {
    #[schema(value_type = String, example = "VAK")]
    pub credit_type: CreditType,
    /// Credited (net of reversals).
    #[schema(example = "750000.00")]
    pub credit: String,
    /// Reserved for open calls (net of releases).
    #[schema(example = "750000.00")]
    pub reserved_for_calls: String,
    /// Committed to grants by finalised selections (VAK; gross, before releases).
    #[schema(example = "0.00")]
    pub committed: String,
    /// Liquidated (VAK) or paid (VEK) to grantees, net of recoveries.
    #[schema(example = "0.00")]
    pub paid: String,
    /// Booked back from grantees whose advances exceeded what was due.
    #[schema(example = "0.00")]
    pub recovered: String,
    /// Given back to the article: `released_from_calls` + `released_from_grants`.
    #[schema(example = "0.00")]
    pub released: String,
    /// Call budgets given back (cancelled calls).
    #[schema(example = "0.00")]
    pub released_from_calls: String,
    /// Commitments released when grants were settled for less than committed.
    #[schema(example = "0.00")]
    pub released_from_grants: String,
    /// Still available on the article: for new calls (VAK) or payments (VEK).
    #[schema(example = "0.00")]
    pub available: String,
}

/// `?at=`: the balances as they stood at an instant, recomputed from the transfers.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct BalancesQuery {
    /// An instant with an offset (RFC 3339), e.g. 2024-11-01T09:00:00+01:00. Without it the
    /// balances are read from the running totals.
    pub at: Option<DateTime<chrono::FixedOffset>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleView {
    #[schema(example = "SJ0-1SMC2GA-WT")]
    pub code: String,
    #[schema(example = 2023)]
    pub budget_year: i32,
    pub description: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleBalancesView {
    #[schema(example = "SJ0-1SMC2GA-WT")]
    pub code: String,
    #[schema(example = 2023)]
    pub budget_year: i32,
    pub description: String,
    /// The instant asked for with `?at=` (the balances are then recomputed from the transfers
    /// recorded at or before it); absent for the current running totals.
    pub at: Option<DateTime<Utc>>,
    /// VAK and VEK.
    pub balances: Vec<ArticleBalance>,
}

pub fn money_string(cents: i64) -> String {
    // totals are non-negative by construction; show a negative one rather than hide it
    if cents < 0 {
        format!("-{}", money_string(-cents))
    } else {
        Money::from_cents(cents)
            .map(|m| m.to_string())
            .unwrap_or_else(|_| format!("{}.{:02}", cents / 100, cents % 100))
    }
}

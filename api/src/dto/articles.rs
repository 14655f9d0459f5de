use chrono::{DateTime, Utc};
use grantdesk_domain::figures::ArticleFigures;
use grantdesk_domain::{has_plausible_year, BudgetArticle, BudgetYear, CreditType, Money, Rule};
use grantdesk_persistence::ledger::BudgetArticleRecord;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::error::ApiError;

/// A budget article for one budget year.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateArticleRequest {
    #[schema(value_type = String, example = "SJ0-1SMC2GA-WT")]
    pub code: BudgetArticle,
    #[schema(value_type = i32, example = 2023, minimum = 2000, maximum = 2100)]
    pub budget_year: BudgetYear,
    /// A name: trimmed, not blank, at most 500 characters.
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
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
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
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
    pub credit: Money,
    /// Reserved for open calls (net of releases).
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
    pub reserved_for_calls: Money,
    /// Committed to grants (VAK; before releases at settlement, net of awards renounced or not
    /// accepted in time).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub committed: Money,
    /// Liquidated (VAK) or paid (VEK) to grantees, net of recoveries.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub paid: Money,
    /// Booked back from grantees whose advances exceeded what was due.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub recovered: Money,
    /// Given back to the article: `released_from_calls` + `released_from_grants`.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released: Money,
    /// Call budgets given back (cancelled calls).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released_from_calls: Money,
    /// Commitments released when grants were settled for less than committed.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released_from_grants: Money,
    /// Still available on the article: for new calls (VAK) or payments (VEK).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub available: Money,
}

impl From<&ArticleFigures> for ArticleBalance {
    fn from(f: &ArticleFigures) -> Self {
        ArticleBalance {
            credit_type: f.credit_type,
            credit: f.credit,
            reserved_for_calls: f.reserved_for_calls,
            committed: f.committed,
            paid: f.paid,
            recovered: f.recovered,
            released: f.released,
            released_from_calls: f.released_from_calls,
            released_from_grants: f.released_from_grants,
            available: f.available,
        }
    }
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

impl BalancesQuery {
    /// The instant asked for, in UTC; one whose year has not four digits is refused.
    pub fn instant(self) -> Result<Option<DateTime<Utc>>, ApiError> {
        match self.at {
            Some(at) if !has_plausible_year(&at) => Err(ApiError::rule("at", &Rule::Year)),
            at => Ok(at.map(|at| at.with_timezone(&Utc))),
        }
    }
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

impl From<BudgetArticleRecord> for ArticleView {
    fn from(r: BudgetArticleRecord) -> Self {
        ArticleView {
            code: r.code.as_str().to_owned(),
            budget_year: r.year.value(),
            description: r.description,
            created_at: r.created_at,
        }
    }
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

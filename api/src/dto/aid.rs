//! State aid across calls (issue #15): a call's aid settings and the regulations, as they
//! travel.

use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::aid::{AidRegime, CallAid, Regulation};
use grantdesk_domain::Money;
use grantdesk_persistence::aid::RegulationRecord;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

/// What a call's grants are under the state-aid rules; every field has its default (not state
/// aid).
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AidDefinition {
    /// not_state_aid (the default: for example local governments acting as public
    /// authorities), de_minimis, sgei_de_minimis or block_exempted.
    #[schema(value_type = String, example = "de_minimis")]
    pub regime: AidRegimeValue,
    /// The code of the regulation the aid relies on (one of `GET /aid-regulations` of the
    /// regime); required except for not_state_aid.
    #[schema(example = "EU 2023/2831")]
    pub regulation: Option<String>,
    /// The GBER article a block-exempted call relies on (required for block_exempted only).
    #[schema(example = "art. 53")]
    pub gber_article: Option<String>,
    /// De minimis regimes: an award over a single undertaking's ceiling is capped to what is
    /// left (its headroom) instead of refused.
    pub cap_to_headroom: bool,
}

/// An aid regime with a default (not state aid), for the call definition.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct AidRegimeValue(pub AidRegime);

impl Default for AidRegimeValue {
    fn default() -> Self {
        AidRegimeValue(AidRegime::NotStateAid)
    }
}

impl From<AidDefinition> for CallAid {
    fn from(a: AidDefinition) -> Self {
        CallAid {
            regime: a.regime.0,
            regulation: a.regulation.map(|r| r.trim().to_owned()),
            gber_article: a.gber_article.map(|r| r.trim().to_owned()),
            cap_to_headroom: a.cap_to_headroom,
        }
    }
}

impl From<&CallAid> for AidDefinition {
    fn from(a: &CallAid) -> Self {
        AidDefinition {
            regime: AidRegimeValue(a.regime),
            regulation: a.regulation.clone(),
            gber_article: a.gber_article.clone(),
            cap_to_headroom: a.cap_to_headroom,
        }
    }
}

/// A regulation to add (admin): a de minimis one with its ceiling and period, or a block
/// exemption.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegulationRequest {
    /// Its code, unique (at most 40 characters).
    #[schema(example = "EU 2030/1234")]
    pub code: String,
    /// de_minimis, sgei_de_minimis or block_exempted.
    #[schema(value_type = String, example = "de_minimis")]
    pub regime: AidRegime,
    #[schema(example = "Commission Regulation (EU) 2030/1234 on de minimis aid")]
    pub title: String,
    /// Where its text is (an ELI or EUR-Lex address).
    #[schema(example = "http://data.europa.eu/eli/reg/2030/1234/oj")]
    pub source: String,
    /// De minimis regimes: the most a single undertaking may receive in the period.
    #[schema(value_type = Option<String>, example = "300000.00")]
    pub ceiling: Option<Money>,
    /// De minimis regimes: the rolling period in years (1 to 10).
    #[schema(example = 3, minimum = 1, maximum = 10)]
    pub period_years: Option<u32>,
    /// The first day of awards it applies to.
    pub valid_from: NaiveDate,
    /// The last day of awards it applies to, if it ends.
    pub valid_until: Option<NaiveDate>,
}

impl From<RegulationRequest> for Regulation {
    fn from(r: RegulationRequest) -> Self {
        Regulation {
            code: r.code.trim().to_owned(),
            regime: r.regime,
            title: r.title.trim().to_owned(),
            source: r.source.trim().to_owned(),
            ceiling: r.ceiling,
            period_years: r.period_years,
            from: r.valid_from,
            until: r.valid_until,
        }
    }
}

/// A regulation a call's aid can rely on.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegulationView {
    #[schema(example = "EU 2023/2831")]
    pub code: String,
    #[schema(example = "de_minimis")]
    pub regime: String,
    pub title: String,
    #[schema(example = "http://data.europa.eu/eli/reg/2023/2831/oj")]
    pub source: String,
    #[schema(value_type = Option<String>, example = "300000.00")]
    pub ceiling: Option<Money>,
    #[schema(example = 3)]
    pub period_years: Option<u32>,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    /// `system:migrate` for the regulations the installation knows.
    pub added_by: String,
    pub added_at: DateTime<Utc>,
}

impl From<&RegulationRecord> for RegulationView {
    fn from(r: &RegulationRecord) -> Self {
        let g = &r.regulation;
        RegulationView {
            code: g.code.clone(),
            regime: g.regime.as_str().to_owned(),
            title: g.title.clone(),
            source: g.source.clone(),
            ceiling: g.ceiling,
            period_years: g.period_years,
            valid_from: g.from,
            valid_until: g.until,
            added_by: r.added_by.clone(),
            added_at: r.added_at,
        }
    }
}

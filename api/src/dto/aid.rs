//! State aid across calls (issue #15): a call's aid settings and the regulations, as they
//! travel.

use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::aid::{AidRegime, CallAid, Regulation};
use grantdesk_domain::double_funding::Finding;
use grantdesk_domain::undertaking::{ControlCriterion, LinkDecision, LinkStatus};
use grantdesk_domain::Money;
use grantdesk_persistence::aid::{FindingRecord, RegulationRecord};
use grantdesk_persistence::control_links::LinkRecord;
use grantdesk_persistence::organisations::Organisation;

pub use crate::dto::applications::OrganisationRef;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
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
    #[schema(value_type = Option<String>, format = "decimal", example = "300000.00")]
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
    #[schema(value_type = Option<String>, format = "decimal", example = "300000.00")]
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

/// What the other organisation of a declared link is to the declaring one.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OtherIs {
    /// The other organisation controls this one.
    Parent,
    /// This organisation controls the other.
    Subsidiary,
}

/// A control link declared by an organisation's representative.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ControlLinkRequest {
    /// The other organisation's enterprise number (registered here and verified by staff).
    #[schema(example = "0207.451.227")]
    pub other_kbo: String,
    /// parent (the other controls this one) or subsidiary (this one controls the other).
    #[schema(example = "subsidiary")]
    pub other_is: OtherIs,
    /// majority_of_voting_rights, appoints_majority_of_board, dominant_influence or
    /// controls_votes_by_agreement (Regulation (EU) 2023/2831, article 2(2)).
    #[schema(value_type = String, example = "majority_of_voting_rights")]
    pub criterion: ControlCriterion,
}

/// Staff's decision on a control link.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkDecisionRequest {
    /// confirm (a declared link), reject (a declared link) or end (a confirmed link).
    #[schema(value_type = String, example = "confirm")]
    pub decision: LinkDecision,
    /// Why; required to reject or end.
    #[schema(example = "Aandeelhoudersregister van 2025 nagekeken.")]
    pub reason: Option<String>,
}

/// A control link: `parent` controls `subsidiary`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ControlLinkView {
    pub id: Uuid,
    pub parent: OrganisationRef,
    pub subsidiary: OrganisationRef,
    #[schema(example = "majority_of_voting_rights")]
    pub criterion: String,
    /// declared, confirmed, rejected or ended; only confirmed links make a single undertaking.
    #[schema(example = "confirmed")]
    pub status: String,
    pub declared_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

impl ControlLinkView {
    pub fn new(r: &LinkRecord, parent: &Organisation, subsidiary: &Organisation) -> Self {
        ControlLinkView {
            id: r.id,
            parent: parent.into(),
            subsidiary: subsidiary.into(),
            criterion: r.link.criterion.as_str().to_owned(),
            status: r.status.as_str().to_owned(),
            declared_at: r.declared_at,
            decided_at: r.decided_at,
            reason: r.reason.clone(),
        }
    }
}

/// The single undertaking an organisation belongs to: every organisation reached through
/// confirmed control links, and every link that touches one of them (whatever its status).
#[derive(Debug, Serialize, ToSchema)]
pub struct SingleUndertakingView {
    pub organisation_id: Uuid,
    /// The members, the organisation itself included, by id.
    pub members: Vec<OrganisationRef>,
    pub links: Vec<ControlLinkView>,
}

/// Filters for the control links staff work through.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct LinkListQuery {
    /// declared (the ones to decide), confirmed, rejected or ended.
    #[param(value_type = Option<String>, example = "declared")]
    pub status: Option<LinkStatus>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// Which quarter of the subsidy register.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RegisterQuery {
    /// The year of the award dates (Brussels).
    #[param(example = 2024)]
    pub year: i32,
    /// The quarter, 1 to 4.
    #[param(minimum = 1, maximum = 4, example = 1)]
    pub quarter: u32,
}

/// One award in the subsidy register: the fields a public register publishes.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegisterEntry {
    pub grant_id: Uuid,
    #[schema(example = "Stad Genk")]
    pub beneficiary_name: String,
    /// The beneficiary's enterprise number (KBO/BCE).
    #[schema(example = "0207.451.227")]
    pub enterprise_number: String,
    /// The amount awarded (the commitment), a decimal string.
    #[schema(value_type = String, format = "decimal", example = "50000.00")]
    pub amount_awarded: Money,
    /// The day the legal right was conferred (the decision letter, or the offer from the
    /// reserve list), in Brussels.
    pub award_date: NaiveDate,
    /// The government decision the call rests on (its approval's reference), if recorded.
    #[schema(example = "VR 2023 0707 DOC.0815")]
    pub legal_basis: Option<String>,
    #[schema(example = "SJ0-1SMC2GA-WT")]
    pub budget_article: String,
    pub budget_year: i32,
    /// What the money is for: the project's title.
    #[schema(example = "Expertenpool Limburg")]
    pub purpose: String,
    #[schema(example = "EXP23")]
    pub call_reference: String,
    /// not_state_aid, de_minimis, sgei_de_minimis or block_exempted.
    #[schema(example = "de_minimis")]
    pub aid_regime: String,
    /// The regulation the aid relies on (de minimis and block-exempted aid).
    #[schema(example = "EU 2023/2831")]
    pub regulation: Option<String>,
    /// The GBER article (block-exempted aid).
    pub gber_article: Option<String>,
}

/// The day an organisation's aid is looked at.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AidPositionQuery {
    /// The day the windows end (default: today in Brussels).
    pub on: Option<NaiveDate>,
}

/// An award counted under a regulation's ceiling.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountedAwardView {
    /// The application awarded (its grant, once the selection is final, has the same id).
    pub application_id: Uuid,
    /// The member of the single undertaking it went to.
    pub organisation_id: Uuid,
    #[schema(example = "EXP23")]
    pub call_reference: String,
    /// The regulation of its call.
    #[schema(example = "EU 2023/2831")]
    pub regulation: String,
    /// The Brussels day it counts from: the selection's end (while the selection runs, the day
    /// it was held), or the offer from the reserve list.
    pub award_date: NaiveDate,
    #[schema(value_type = String, format = "decimal", example = "50000.00")]
    pub amount: Money,
}

/// Aid a member declared in a submitted application.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeclaredAidView {
    pub organisation_id: Uuid,
    #[serde(flatten)]
    pub declaration: crate::dto::applications::AidDeclarationDto,
}

/// Where the single undertaking stands under one de minimis regulation, counted as the check at
/// award counts: every award here in a call with a ceiling (held or made) and every declared
/// aid, in the window.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegulationPositionView {
    #[schema(example = "EU 2023/2831")]
    pub regulation: String,
    #[schema(value_type = String, format = "decimal", example = "300000.00")]
    pub ceiling: Money,
    pub window_from: NaiveDate,
    pub window_to: NaiveDate,
    /// Awarded (or held) here, in calls with a ceiling, to any member, in the window.
    #[schema(value_type = String, format = "decimal", example = "50000.00")]
    pub awarded: Money,
    /// Declared by the members (other granting authorities), in the window, each once.
    #[schema(value_type = String, format = "decimal", example = "100000.00")]
    pub declared: Money,
    /// What is left under the ceiling.
    #[schema(value_type = String, format = "decimal", example = "150000.00")]
    pub headroom: Money,
    pub awards: Vec<CountedAwardView>,
    pub declarations: Vec<DeclaredAidView>,
}

/// An organisation's own view of its aid: its single undertaking and, per de minimis
/// regulation, the window ending on `on` and what is left.
#[derive(Debug, Serialize, ToSchema)]
pub struct AidPositionView {
    pub organisation_id: Uuid,
    pub on: NaiveDate,
    pub members: Vec<OrganisationRef>,
    pub regulations: Vec<RegulationPositionView>,
}

/// Another application of the organisation or its single undertaking, compared.
#[derive(Debug, Serialize, ToSchema)]
pub struct DoubleFundingSignalView {
    pub application_id: Uuid,
    #[schema(example = "EXP24")]
    pub call_reference: String,
    pub organisation: OrganisationRef,
    /// Whether a grant was made on it.
    pub granted: bool,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// Whether the periods share a day.
    pub overlap: bool,
    /// Similarity of the titles, summaries and budget lines, 0 to 1000 (per mille; the cosine
    /// of character trigrams, case and accents folded).
    #[schema(example = 1000)]
    pub title_similarity: u16,
    #[schema(example = 930)]
    pub summary_similarity: u16,
    #[schema(example = 1000)]
    pub budget_similarity: u16,
    /// Overlapping and alike (a similarity of 600 or more): to look at.
    pub flagged: bool,
}

/// A screener's finding on an application's double-funding signals.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FindingRequest {
    /// no_double_funding, suspected or confirmed.
    #[schema(value_type = String, example = "suspected")]
    pub finding: Finding,
    /// What was checked (1 to 5,000 characters).
    #[schema(example = "Zelfde kosten ingediend bij EXP24; gevraagd aan de aanvrager.")]
    pub note: String,
}

/// A finding as recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct FindingView {
    pub id: Uuid,
    #[schema(example = "suspected")]
    pub finding: String,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

impl From<&FindingRecord> for FindingView {
    fn from(f: &FindingRecord) -> Self {
        FindingView {
            id: f.id,
            finding: f.finding.as_str().to_owned(),
            note: f.note.clone(),
            recorded_by: f.recorded_by.clone(),
            recorded_at: f.recorded_at,
        }
    }
}

/// An application's double-funding signals: the submitted applications of its organisation and
/// single undertaking in other calls, flagged ones first, and the screeners' findings.
#[derive(Debug, Serialize, ToSchema)]
pub struct DoubleFundingView {
    pub application_id: Uuid,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub signals: Vec<DoubleFundingSignalView>,
    /// What the applicant declared of other funding asked for this same project.
    pub other_funding: Vec<crate::dto::applications::OtherFundingDto>,
    /// Oldest first; the last one counts.
    pub findings: Vec<FindingView>,
}

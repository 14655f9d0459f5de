use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::after_decision::AfterDecision;

use crate::dto::aid::AidDefinition;
use grantdesk_domain::figures::CallFigures;
use grantdesk_domain::{
    parse_zone, AttachmentRequirement, BudgetArticle, BudgetYear, Call, CallDraft, CallQuestion,
    CallStatus, Criterion, Deadline, DeadlineChange, Gate, GateEvidence, Money, TrackDraft,
    TrancheSpec, TrancheTrigger, Verdict,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::error::{ApiError, FieldError};

pub const DEFAULT_ZONE: &str = "Europe/Brussels";

fn default_zone() -> String {
    DEFAULT_ZONE.to_owned()
}

/// A call's definition, to create a draft or to replace a draft's definition.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CallRequest {
    /// Short code, unique, used in receipt numbers (e.g. "EXP23"): 2-20 of A-Z, 0-9, "-".
    #[schema(example = "EXP23", min_length = 2, max_length = 20)]
    pub reference: String,
    #[schema(
        example = "Expertenpool ter ondersteuning van lokale besturen",
        min_length = 3,
        max_length = 300
    )]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description: String,
    /// The policy objective the call serves (e.g. action 4.3 of the action plan).
    #[schema(max_length = 2000)]
    pub policy_link: Option<String>,
    /// The call's budget, a decimal string with at most two decimals.
    #[schema(value_type = String, format = "decimal", example = "750000.00", pattern = r"^\d{1,12}(\.\d{1,2})?$")]
    pub budget: Money,
    #[schema(value_type = String, example = "SJ0-1SMC2GA-WT")]
    pub budget_article: BudgetArticle,
    #[schema(value_type = i32, example = 2023, minimum = 2000, maximum = 2100)]
    pub budget_year: BudgetYear,
    /// At most this much per project (optional), a decimal string with at most two decimals.
    #[schema(value_type = Option<String>, format = "decimal", example = "60000.00", pattern = r"^[0-9]{1,12}(\.[0-9]{1,2})?$")]
    pub cap_per_project: Option<Money>,
    #[schema(min_items = 1, max_items = 20)]
    pub tracks: Vec<TrackRequest>,
    /// The submission deadline: a local time in `time_zone` ("2023-08-31T10:00") or an RFC 3339
    /// instant with offset ("2023-08-31T10:00:00+02:00"). A whole second (no fraction, no
    /// second 60) of a four-digit year.
    #[schema(example = "2023-08-31T10:00")]
    pub deadline: String,
    /// IANA time zone of the deadline.
    #[serde(default = "default_zone")]
    #[schema(example = "Europe/Brussels", default = "Europe/Brussels")]
    pub time_zone: String,
    /// When the funded projects start (a four-digit year).
    #[schema(example = "2024-11-01")]
    pub start_date: NaiveDate,
    /// The questions an application answers (at most 50).
    #[serde(default)]
    pub questions: Vec<QuestionDefinition>,
    /// The documents an application attaches (at most 20 kinds), e.g. the application form.
    #[serde(default)]
    pub attachment_kinds: Vec<AttachmentKindDefinition>,
    /// How reviewers score an application (at most 20 criteria).
    #[serde(default)]
    pub criteria: Vec<CriterionDefinition>,
    /// How grants are paid, in tranches by whole percent adding up to 100; empty means 60 % at
    /// the start and the balance after the final report.
    #[serde(default)]
    pub payment_schedule: Vec<TrancheDefinition>,
    /// How long the funded projects run, in months from the start date (12 when left out).
    #[serde(default = "twelve")]
    #[schema(minimum = 1, maximum = 120, required = false)]
    pub grant_months: u32,
    /// What the call sets for the time after its decision; every field has its default.
    #[serde(default)]
    #[schema(required = false)]
    pub after_decision: AfterDecisionDefinition,
    /// What the call's grants are under the state-aid rules; not state aid by default.
    #[serde(default)]
    #[schema(required = false)]
    pub aid: AidDefinition,
}

/// What a call sets for the time after its decision: the periods (in days, counted as Belgian
/// law counts them: from the day after the letter, a last day on a weekend or legal holiday
/// runs on to the next working day), the reserve list, partial awards.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct AfterDecisionDefinition {
    /// Days to accept or renounce an award, after its letter or offer (1 to 365; 30).
    #[schema(minimum = 1, maximum = 365, example = 30)]
    pub acceptance_days: u32,
    /// Days to lodge an objection after the decision letter (1 to 365; 30).
    #[schema(minimum = 1, maximum = 365, example = 30)]
    pub objection_days: u32,
    /// Days after the selection is final during which freed money is offered to the reserve
    /// list (1 to 365; 365).
    #[schema(minimum = 1, maximum = 365, example = 365)]
    pub reserve_days: u32,
    /// The lowest score (0 to 100, two decimals) that puts an eligible application that did
    /// not fit the budget on the reserve list ("0.00": every scored one).
    #[schema(format = "decimal", value_type = String, example = "60.00")]
    pub reserve_threshold: Decimal,
    /// Whether the first in line may be offered less than it asked when nobody fits whole.
    pub partial_awards: bool,
}

impl Default for AfterDecisionDefinition {
    fn default() -> Self {
        AfterDecision::default().into()
    }
}

impl From<AfterDecision> for AfterDecisionDefinition {
    fn from(a: AfterDecision) -> Self {
        AfterDecisionDefinition {
            acceptance_days: a.acceptance_days,
            objection_days: a.objection_days,
            reserve_days: a.reserve_days,
            reserve_threshold: a.reserve_threshold,
            partial_awards: a.partial_awards,
        }
    }
}

impl From<AfterDecisionDefinition> for AfterDecision {
    fn from(a: AfterDecisionDefinition) -> Self {
        AfterDecision {
            acceptance_days: a.acceptance_days,
            objection_days: a.objection_days,
            reserve_days: a.reserve_days,
            reserve_threshold: a.reserve_threshold,
            partial_awards: a.partial_awards,
        }
    }
}

fn twelve() -> u32 {
    12
}

/// A tranche of a grant's payment schedule.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrancheDefinition {
    #[schema(example = "advance", max_length = 100)]
    pub label: String,
    #[schema(example = 60, minimum = 1, maximum = 100)]
    pub percent: u32,
    /// start (payable from the start date) or final_report (after the final report).
    #[schema(value_type = String, example = "start")]
    pub trigger: TrancheTrigger,
}

impl From<TrancheDefinition> for TrancheSpec {
    fn from(t: TrancheDefinition) -> Self {
        TrancheSpec {
            label: t.label,
            percent: t.percent,
            trigger: t.trigger,
        }
    }
}

impl From<&TrancheSpec> for TrancheDefinition {
    fn from(t: &TrancheSpec) -> Self {
        TrancheDefinition {
            label: t.label.clone(),
            percent: t.percent,
            trigger: t.trigger,
        }
    }
}

/// An assessment criterion: reviewers score it from 0 to `max_score`; `weight` says how much
/// it counts in the review's 0-100 score.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionDefinition {
    #[schema(example = "expertise", max_length = 40)]
    pub key: String,
    #[schema(example = "Specifieke expertise", max_length = 200)]
    pub name: String,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub description: String,
    #[schema(example = 3, minimum = 1, maximum = 100)]
    pub weight: u32,
    #[schema(example = 10, minimum = 1, maximum = 100)]
    pub max_score: u32,
}

impl From<CriterionDefinition> for Criterion {
    fn from(c: CriterionDefinition) -> Self {
        Criterion {
            key: c.key,
            name: c.name,
            description: c.description,
            weight: c.weight,
            max_score: c.max_score,
        }
    }
}

impl From<&Criterion> for CriterionDefinition {
    fn from(c: &Criterion) -> Self {
        CriterionDefinition {
            key: c.key.clone(),
            name: c.name.clone(),
            description: c.description.clone(),
            weight: c.weight,
            max_score: c.max_score,
        }
    }
}

/// A question of the call's application form.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionDefinition {
    /// 1-40 of a-z, 0-9 and "_", starting with a letter.
    #[schema(example = "target_group", max_length = 40)]
    pub key: String,
    #[schema(example = "Which local governments do you support?", max_length = 500)]
    pub label: String,
    #[serde(default)]
    pub required: bool,
    /// Longest answer, in characters (1-20000).
    #[schema(example = 2000, minimum = 1, maximum = 20000)]
    pub max_length: u32,
}

/// A kind of document the call asks for.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttachmentKindDefinition {
    #[schema(example = "application_form", max_length = 40)]
    pub kind: String,
    #[schema(example = "Aanvraagformulier", max_length = 200)]
    pub label: String,
    #[serde(default)]
    pub required: bool,
}

impl From<QuestionDefinition> for CallQuestion {
    fn from(q: QuestionDefinition) -> Self {
        CallQuestion {
            key: q.key,
            label: q.label,
            required: q.required,
            max_length: q.max_length,
        }
    }
}

impl From<&CallQuestion> for QuestionDefinition {
    fn from(q: &CallQuestion) -> Self {
        QuestionDefinition {
            key: q.key.clone(),
            label: q.label.clone(),
            required: q.required,
            max_length: q.max_length,
        }
    }
}

impl From<AttachmentKindDefinition> for AttachmentRequirement {
    fn from(k: AttachmentKindDefinition) -> Self {
        AttachmentRequirement {
            kind: k.kind,
            label: k.label,
            required: k.required,
        }
    }
}

impl From<&AttachmentRequirement> for AttachmentKindDefinition {
    fn from(k: &AttachmentRequirement) -> Self {
        AttachmentKindDefinition {
            kind: k.kind.clone(),
            label: k.label.clone(),
            required: k.required,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackRequest {
    #[schema(
        example = "Individuele ondersteuning van lokale besturen",
        max_length = 200
    )]
    pub name: String,
    /// Optional budget reserved for this track.
    #[schema(value_type = Option<String>, format = "decimal", example = "250000.00")]
    pub budget: Option<Money>,
}

impl CallRequest {
    pub fn into_draft(self) -> Result<CallDraft, ApiError> {
        let zone =
            parse_zone(&self.time_zone).map_err(|e| ApiError::rule("time_zone", &e.rule()))?;
        let deadline = Deadline::parse(&self.deadline, zone)
            .map_err(|e| ApiError::rule("deadline", &e.rule()))?;
        let draft = CallDraft {
            reference: self.reference,
            title: self.title,
            description: self.description,
            policy_link: self.policy_link,
            budget: self.budget,
            article: self.budget_article,
            budget_year: self.budget_year,
            cap_per_project: self.cap_per_project,
            tracks: self
                .tracks
                .into_iter()
                .map(|t| TrackDraft {
                    name: t.name,
                    budget: t.budget,
                })
                .collect(),
            deadline,
            start_date: self.start_date,
            questions: self.questions.into_iter().map(Into::into).collect(),
            attachment_kinds: self.attachment_kinds.into_iter().map(Into::into).collect(),
            criteria: self.criteria.into_iter().map(Into::into).collect(),
            payment_schedule: self.payment_schedule.into_iter().map(Into::into).collect(),
            grant_months: self.grant_months,
            after_decision: self.after_decision.into(),
            aid: self.aid.into(),
        }
        .normalised();
        let errors = draft.validation_errors();
        if errors.is_empty() {
            Ok(draft)
        } else {
            Err(ApiError::Validation(
                errors
                    .into_iter()
                    .map(|e| match e {
                        grantdesk_domain::CallError::Validation { field, rule } => {
                            FieldError::rule(field, &rule)
                        }
                        other => FieldError::new("call", other.kind(), other.to_string()),
                    })
                    .collect(),
            ))
        }
    }
}

/// Evidence for an approval gate.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GateRequest {
    /// The document's reference, e.g. "GDR/2023002349".
    #[schema(example = "GDR/2023002349", max_length = 100)]
    pub reference: String,
    /// The date of the advice, agreement or decision: at the latest today in the call's zone, a
    /// four-digit year.
    #[schema(example = "2023-06-15")]
    pub date: NaiveDate,
    #[schema(value_type = String, example = "favourable")]
    pub verdict: Verdict,
}

/// Extends an open call's deadline to a later instant.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtendDeadlineRequest {
    /// Local time in the call's zone ("2023-09-15T10:00") or RFC 3339 with offset; a whole
    /// second later than the deadline shown.
    #[schema(example = "2023-09-15T10:00")]
    pub deadline: String,
    #[schema(
        example = "Extended on request of the association of cities",
        max_length = 1000
    )]
    pub reason: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    #[schema(example = "The policy priority was withdrawn", max_length = 1000)]
    pub reason: String,
}

/// Listing filters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CallListQuery {
    /// Effective status: an open call whose deadline has passed is `closed`.
    #[param(value_type = Option<String>, example = "open")]
    pub status: Option<String>,
    #[param(example = "SJ0-1SMC2GA-WT")]
    pub budget_article: Option<String>,
    #[param(example = 2023)]
    pub budget_year: Option<i32>,
    /// Words in the title or reference.
    pub q: Option<String>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

impl CallListQuery {
    pub fn status(&self) -> Result<Option<CallStatus>, ApiError> {
        self.status
            .as_deref()
            .map(CallStatus::parse)
            .transpose()
            .map_err(|e| ApiError::rule("status", &e.rule()))
    }
}

/// A deadline: the same instant in the call's zone and in UTC.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeadlineView {
    /// Local time in the call's zone, with its offset.
    #[schema(example = "2023-08-31T10:00:00+02:00")]
    pub at: String,
    #[schema(example = "2023-08-31T08:00:00Z")]
    pub utc: DateTime<Utc>,
    #[schema(example = "Europe/Brussels")]
    pub time_zone: String,
}

impl From<&Deadline> for DeadlineView {
    fn from(d: &Deadline) -> Self {
        DeadlineView {
            at: d.to_rfc3339(),
            utc: d.instant(),
            time_zone: d.zone().name().to_owned(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TrackView {
    pub number: u8,
    pub name: String,
    #[schema(format = "decimal", example = "250000.00")]
    pub budget: Option<String>,
}

/// One approval gate's evidence, as the published note shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct GateView {
    #[schema(value_type = String, example = "if_advice")]
    pub gate: Gate,
    #[schema(example = "finance inspectorate advice (Inspectie van Financiën)")]
    pub label: String,
    #[schema(example = "GDR/2023002349")]
    pub reference: String,
    #[schema(example = "2023-06-15")]
    pub date: NaiveDate,
    #[schema(value_type = String, example = "favourable")]
    pub verdict: Verdict,
    pub recorded_at: DateTime<Utc>,
    /// Who recorded it (shown to staff only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeadlineChangeView {
    pub previous: Option<DeadlineView>,
    pub deadline: DeadlineView,
    pub reason: String,
    pub changed_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<String>,
}

/// A call as clients see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallView {
    pub id: Uuid,
    #[schema(example = "EXP23")]
    pub reference: String,
    pub title: String,
    pub description: String,
    pub policy_link: Option<String>,
    /// Effective status at the time of the request.
    #[schema(value_type = String, example = "open")]
    pub status: CallStatus,
    /// `true` while submissions are accepted (open and before the deadline).
    pub accepting_submissions: bool,
    #[schema(format = "decimal", example = "750000.00")]
    pub budget: String,
    #[schema(example = "SJ0-1SMC2GA-WT")]
    pub budget_article: String,
    #[schema(example = 2023)]
    pub budget_year: i32,
    #[schema(format = "decimal", example = "60000.00")]
    pub cap_per_project: Option<String>,
    pub tracks: Vec<TrackView>,
    pub deadline: DeadlineView,
    #[schema(example = "2024-11-01")]
    pub start_date: NaiveDate,
    /// Approval evidence (IF advice, budget agreement, government approval), oldest first.
    pub approvals: Vec<GateView>,
    /// Every deadline the call has had, oldest first.
    pub deadline_history: Vec<DeadlineChangeView>,
    /// The application form's questions.
    pub questions: Vec<QuestionDefinition>,
    /// The documents an application attaches.
    pub attachment_kinds: Vec<AttachmentKindDefinition>,
    /// The assessment criteria.
    pub criteria: Vec<CriterionDefinition>,
    /// How grants are paid (the default schedule when the call set none).
    pub payment_schedule: Vec<TrancheDefinition>,
    pub grant_months: u32,
    pub after_decision: AfterDecisionDefinition,
    pub aid: AidDefinition,
    pub cancelled_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl CallView {
    /// `staff` adds who recorded what.
    pub fn new(call: &Call, now: DateTime<Utc>, staff: bool) -> Self {
        let status = call.effective_status(now);
        CallView {
            id: call.id,
            reference: call.reference.clone(),
            title: call.title.clone(),
            description: call.description.clone(),
            policy_link: call.policy_link.clone(),
            status,
            accepting_submissions: status == CallStatus::Open,
            budget: call.budget.to_string(),
            budget_article: call.article.as_str().to_owned(),
            budget_year: call.budget_year.value(),
            cap_per_project: call.cap_per_project.map(|c| c.to_string()),
            tracks: call
                .tracks
                .iter()
                .map(|t| TrackView {
                    number: t.number,
                    name: t.name.clone(),
                    budget: t.budget.map(|b| b.to_string()),
                })
                .collect(),
            deadline: (&call.deadline).into(),
            start_date: call.start_date,
            approvals: call.gates.iter().map(|g| gate_view(g, staff)).collect(),
            deadline_history: call
                .deadline_history
                .iter()
                .map(|d| deadline_change_view(d, staff))
                .collect(),
            questions: call.questions.iter().map(Into::into).collect(),
            attachment_kinds: call.attachment_kinds.iter().map(Into::into).collect(),
            criteria: call.criteria.iter().map(Into::into).collect(),
            payment_schedule: call.tranches().iter().map(Into::into).collect(),
            grant_months: call.grant_months,
            after_decision: call.after_decision.into(),
            aid: (&call.aid).into(),
            cancelled_reason: call.cancelled_reason.clone(),
            created_at: call.created_at,
        }
    }
}

fn gate_view(g: &GateEvidence, staff: bool) -> GateView {
    GateView {
        gate: g.gate,
        label: g.gate.label().to_owned(),
        reference: g.reference.clone(),
        date: g.date,
        verdict: g.verdict,
        recorded_at: g.recorded_at,
        recorded_by: staff.then(|| g.recorded_by.clone()),
    }
}

fn deadline_change_view(d: &DeadlineChange, staff: bool) -> DeadlineChangeView {
    DeadlineChangeView {
        previous: d.previous.as_ref().map(DeadlineView::from),
        deadline: (&d.deadline).into(),
        reason: d.reason.clone(),
        changed_at: d.changed_at,
        changed_by: staff.then(|| d.changed_by.clone()),
    }
}

/// What a call's money looks like on the ledger.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallBudgetView {
    pub call_id: Uuid,
    /// The instant asked for with `?at=`; absent for the current running totals.
    pub at: Option<DateTime<Utc>>,
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
    pub budget: Money,
    /// Reserved on the article when the call opened (net of releases).
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
    pub reserved: Money,
    /// Committed to grants (by the finalised selection and accepted reserve offers), net of
    /// awards freed again.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub awarded: Money,
    /// Held by provisional awards (decisions not yet finalised).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub held: Money,
    /// Paid to its grantees (net of recoveries).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub paid: Money,
    /// Given back to the article (e.g. when the call was cancelled).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released: Money,
    /// Released from its grants' commitments at settlement (back to the article).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released_from_grants: Money,
    /// Freed by awards renounced or not accepted in time: back to the call's (or the track's)
    /// account, for the reserve list (`awarded` is net of it).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub freed: Money,
    /// Still available for awards (the call's and its tracks' own budgets).
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
    pub remaining: Money,
    pub tracks: Vec<TrackBudgetView>,
}

/// A track's money; tracks without a budget of their own draw on the call's.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrackBudgetView {
    pub number: u8,
    pub name: String,
    #[schema(value_type = Option<String>, format = "decimal", example = "250000.00")]
    pub budget: Option<Money>,
    /// Committed to this track's grants (finalised awards).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub awarded: Money,
    /// Held by this track's provisional awards (tracks with a budget of their own).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub held: Money,
    /// Paid to this track's grantees (net of recoveries).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub paid: Money,
    /// Released from this track's grants at settlement.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released_from_grants: Money,
    /// Freed by this track's awards that were renounced or not accepted in time.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub freed: Money,
    /// Left of the track's own budget (null for tracks without one).
    #[schema(value_type = Option<String>, format = "decimal", example = "250000.00")]
    pub remaining: Option<Money>,
}

impl CallBudgetView {
    pub fn new(call_id: Uuid, at: Option<DateTime<Utc>>, f: &CallFigures) -> Self {
        CallBudgetView {
            call_id,
            at,
            budget: f.budget,
            reserved: f.reserved,
            awarded: f.awarded,
            held: f.held,
            paid: f.paid,
            released: f.released,
            released_from_grants: f.released_from_grants,
            freed: f.freed,
            remaining: f.remaining,
            tracks: f
                .tracks
                .iter()
                .map(|t| TrackBudgetView {
                    number: t.number,
                    name: t.name.clone(),
                    budget: t.budget,
                    awarded: t.awarded,
                    held: t.held,
                    paid: t.paid,
                    released_from_grants: t.released_from_grants,
                    freed: t.freed,
                    remaining: t.remaining,
                })
                .collect(),
        }
    }
}

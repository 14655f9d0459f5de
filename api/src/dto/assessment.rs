use chrono::{DateTime, Utc};
use grantdesk_domain::{
    AssignmentStatus, DecisionKind, Eligibility, Kbo, Money, ReviewStatus, Role, Score,
};
use grantdesk_persistence::assessment::{Assignment, DecisionRecord, Review, Screening};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

/// A staff account (reviewers with their affiliations, for conflicts of interest).
#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUserRequest {
    #[validate(email, length(max = 254))]
    #[schema(example = "assessor@vvsg.be", format = Email)]
    pub email: String,
    /// At least 12 characters.
    #[schema(format = Password, min_length = 12)]
    pub password: String,
    /// admin, finance, reviewer, applicant or auditor.
    #[schema(example = "reviewer")]
    pub role: String,
    /// Trimmed, not blank, at most 200 characters.
    #[schema(example = "An Assessor", min_length = 1, max_length = 200)]
    pub display_name: String,
    /// Enterprise numbers the user works for (VVSG: 0451.857.573 ...): a reviewer is in
    /// conflict with any application whose lead or partner is one of them.
    #[serde(default)]
    #[schema(value_type = Vec<String>, example = json!(["0207.451.227"]))]
    pub affiliations: Vec<Kbo>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StaffUserView {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    #[schema(value_type = String, example = "reviewer")]
    pub role: Role,
    /// Enterprise numbers (formatted).
    pub affiliations: Vec<String>,
    /// A disabled account cannot sign in, and its tokens stopped working when it was disabled.
    pub active: bool,
}

/// A staff account's new role.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleChangeRequest {
    /// admin, finance, reviewer or auditor.
    #[schema(example = "finance")]
    pub role: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct UserListQuery {
    #[param(example = "reviewer")]
    pub role: Option<String>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreeningRequest {
    /// eligible or not_eligible.
    #[schema(value_type = String, example = "eligible")]
    pub verdict: Eligibility,
    /// Required when not eligible.
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub reason: String,
}

/// An eligibility verdict: who screened the application, when, and (when not eligible) why.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScreeningView {
    pub application_id: Uuid,
    /// eligible or not_eligible.
    #[schema(value_type = String, example = "eligible")]
    pub verdict: Eligibility,
    pub reason: String,
    /// The actor who screened, e.g. `user:<id>`.
    #[schema(example = "user:7f6c1f7e-8b7a-4d0e-9a53-2b1f0c9d4e21")]
    pub screened_by: String,
    pub screened_at: DateTime<Utc>,
}

impl From<&Screening> for ScreeningView {
    fn from(s: &Screening) -> Self {
        ScreeningView {
            application_id: s.application_id,
            verdict: s.verdict,
            reason: s.reason.clone(),
            screened_by: s.screened_by.clone(),
            screened_at: s.screened_at,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    pub reviewer_id: Uuid,
}

/// Assigns reviewers to every eligible application of a call (or of one track), round robin,
/// skipping conflicts and existing assignments, until each has `per_application` reviewers.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkAssignRequest {
    pub track: Option<u8>,
    #[validate(length(min = 1, max = 200))]
    pub reviewer_ids: Vec<Uuid>,
    #[validate(range(min = 1, max = 20))]
    #[schema(example = 3, minimum = 1, maximum = 20)]
    pub per_application: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentView {
    pub id: Uuid,
    pub application_id: Uuid,
    pub reviewer_id: Uuid,
    /// active or conflict_declared.
    #[schema(value_type = String, example = "active")]
    pub status: AssignmentStatus,
    pub assigned_at: DateTime<Utc>,
    pub conflict_reason: Option<String>,
}

impl From<&Assignment> for AssignmentView {
    fn from(a: &Assignment) -> Self {
        AssignmentView {
            id: a.id,
            application_id: a.application_id,
            reviewer_id: a.reviewer_id,
            status: a.status,
            assigned_at: a.assigned_at,
            conflict_reason: a.conflict_reason.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkAssignView {
    pub assigned: Vec<AssignmentView>,
    /// Applications that could not get `per_application` reviewers (too few without conflicts).
    pub short: Vec<ShortOfReviewers>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ShortOfReviewers {
    pub application_id: Uuid,
    pub reviewers: u32,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AssignmentListQuery {
    pub application_id: Option<Uuid>,
    pub reviewer_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictRequest {
    #[validate(length(min = 1, max = 2000))]
    #[schema(
        example = "My partner works for the lead organisation",
        min_length = 1,
        max_length = 2000
    )]
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoreDto {
    #[schema(example = "expertise")]
    pub criterion: String,
    #[schema(example = 7, minimum = 0)]
    pub score: u32,
}

/// A review's scores (one per criterion, 0 to its maximum) and comment; saved as a draft.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    pub scores: Vec<ScoreDto>,
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub comment: String,
}

impl ReviewRequest {
    pub fn scores(&self) -> Vec<Score> {
        self.scores
            .iter()
            .map(|s| Score {
                criterion: s.criterion.clone(),
                score: s.score,
            })
            .collect()
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewView {
    pub id: Uuid,
    pub assignment_id: Uuid,
    pub application_id: Uuid,
    pub reviewer_id: Uuid,
    pub scores: Vec<ScoreDto>,
    pub comment: String,
    /// draft or submitted.
    #[schema(value_type = String, example = "submitted")]
    pub status: ReviewStatus,
    /// The review's 0-100 score (two decimals), once submitted.
    #[schema(format = "decimal", value_type = Option<String>, example = "72.50")]
    pub score: Option<Decimal>,
    pub submitted_at: Option<DateTime<Utc>>,
}

impl From<&Review> for ReviewView {
    fn from(r: &Review) -> Self {
        ReviewView {
            id: r.id,
            assignment_id: r.assignment_id,
            application_id: r.application_id,
            reviewer_id: r.reviewer_id,
            scores: r
                .scores
                .iter()
                .map(|s| ScoreDto {
                    criterion: s.criterion.clone(),
                    score: s.score,
                })
                .collect(),
            comment: r.comment.clone(),
            status: r.status,
            score: r.score,
            submitted_at: r.submitted_at,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RankingQuery {
    pub track: Option<u8>,
    /// json (default) or csv.
    #[param(example = "csv")]
    pub format: Option<String>,
}

/// One line of a track's ranking.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankingLine {
    pub rank: u32,
    pub track: u8,
    pub application_id: Uuid,
    #[schema(example = "EXP23-0007")]
    pub receipt_number: String,
    pub received_at: DateTime<Utc>,
    pub lead_organisation: String,
    pub title: String,
    #[schema(value_type = String, format = "decimal", example = "48000.00")]
    pub requested_amount: Money,
    /// The weighted mean over submitted reviews (0-100, two decimals); null without reviews.
    #[schema(format = "decimal", value_type = Option<String>, example = "72.50")]
    pub score: Option<Decimal>,
    /// Submitted reviews / assigned reviewers.
    pub reviews_submitted: usize,
    pub reviewers_assigned: usize,
    /// The current decision, if any.
    #[schema(value_type = Option<String>, example = "selected")]
    pub decision: Option<DecisionKind>,
    #[schema(value_type = Option<String>, format = "decimal", example = "48000.00")]
    pub awarded: Option<Money>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    /// selected, reserve or rejected.
    #[schema(value_type = String, example = "selected")]
    pub kind: DecisionKind,
    /// For selected: at most the requested amount and the cap.
    #[schema(value_type = Option<String>, format = "decimal", example = "48000.00")]
    pub awarded: Option<Money>,
    #[schema(example = "Sterke expertise, duidelijke aanpak", max_length = 4000)]
    pub motivation: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkDecisionItem {
    pub application_id: Uuid,
    #[schema(value_type = String, example = "rejected")]
    pub kind: DecisionKind,
    #[schema(value_type = Option<String>, format = "decimal")]
    pub awarded: Option<Money>,
    pub motivation: String,
}

/// Several decisions, all or none.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkDecisionRequest {
    /// 1 to 1000 decisions.
    #[schema(min_items = 1, max_items = 1000)]
    pub decisions: Vec<BulkDecisionItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionView {
    pub application_id: Uuid,
    #[schema(value_type = String, example = "selected")]
    pub kind: DecisionKind,
    #[schema(value_type = Option<String>, format = "decimal", example = "48000.00")]
    pub awarded: Option<Money>,
    pub motivation: String,
    /// The ledger hold of a selected award (pending until the selection is finalised).
    pub hold_transfer_id: Option<Uuid>,
    pub decided_at: DateTime<Utc>,
}

impl From<&DecisionRecord> for DecisionView {
    fn from(d: &DecisionRecord) -> Self {
        DecisionView {
            application_id: d.application_id,
            kind: d.kind,
            awarded: d.awarded,
            motivation: d.motivation.clone(),
            hold_transfer_id: d.hold_transfer_id,
            decided_at: d.decided_at,
        }
    }
}

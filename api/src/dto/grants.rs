//! Grants, their payments, final reports and settlement: the request and response bodies.

use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::{Money, ReportStatus};
use grantdesk_persistence::grants::{Cancellation, FinalReport, Payment, Settlement, Verdict};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::dto::after_decision::AcceptanceView;

#[derive(Debug, Serialize, ToSchema)]
pub struct TrancheView {
    /// 1-based.
    pub number: u32,
    #[schema(example = "advance")]
    pub label: String,
    #[schema(example = 60)]
    pub percent: u32,
    /// start or final_report.
    #[schema(example = "start")]
    pub trigger: String,
    /// What the tranche pays; the last is the committed amount minus what was paid before it.
    #[schema(value_type = String, format = "decimal", example = "28800.00")]
    pub amount: Money,
    pub paid_at: Option<DateTime<Utc>>,
    pub payment_id: Option<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GrantView {
    /// The application's id.
    pub id: Uuid,
    pub call_id: Uuid,
    pub grantee: String,
    pub organisation_id: Uuid,
    #[schema(example = "0207.451.227")]
    pub kbo: String,
    pub track: u8,
    /// awaiting_acceptance, then awaiting_start, running, final_report_due and settled (or
    /// cancelled) once accepted; renounced or expired when it was not.
    #[schema(example = "running")]
    pub status: String,
    /// Where the award stands with the organisation: only an accepted grant is paid.
    pub acceptance: AcceptanceView,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// Committed on the VAK ledger.
    #[schema(value_type = String, format = "decimal", example = "48000.00")]
    pub committed: Money,
    /// Paid, net of any recovery.
    #[schema(value_type = String, format = "decimal", example = "28800.00")]
    pub paid: Money,
    /// Decommitted: at its settlement or cancellation, or when its award was renounced or
    /// expired (back to the article, or freed for the call's reserve list).
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub released: Money,
    /// Committed and neither paid nor released yet.
    #[schema(value_type = String, format = "decimal", example = "19200.00")]
    pub open: Money,
    pub tranches: Vec<TrancheView>,
    /// The latest final report, if any.
    pub final_report: Option<FinalReportView>,
    pub settlement: Option<SettlementView>,
    pub cancellation: Option<CancellationView>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct GrantListQuery {
    pub call_id: Option<Uuid>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// Pays one tranche of a grant. `transfer_id` is the idempotency key.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentRequest {
    pub transfer_id: Uuid,
    /// The tranche's number (1-based).
    #[schema(example = 1, minimum = 1)]
    pub tranche: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PaymentView {
    pub id: Uuid,
    pub grant_id: Uuid,
    pub tranche: u32,
    #[schema(format = "decimal", example = "28800.00")]
    pub amount: String,
    /// The VEK transfer (the VAK transfer has the payment's id).
    pub vek_transfer_id: Uuid,
    pub paid_at: DateTime<Utc>,
}

impl From<&Payment> for PaymentView {
    fn from(p: &Payment) -> Self {
        PaymentView {
            id: p.id,
            grant_id: p.grant_id,
            tranche: p.tranche,
            amount: p.amount.to_string(),
            vek_transfer_id: p.vek_transfer_id,
            paid_at: p.paid_at,
        }
    }
}

/// The final report form: `spent` (a decimal string such as "41250.00") and `file`.
#[derive(Debug, ToSchema)]
#[allow(dead_code)]
pub struct FinalReportForm {
    /// What the project spent, as a decimal string with at most two decimals.
    #[schema(format = "decimal", example = "41250.00")]
    spent: String,
    /// The report (PDF, ODF/OOXML document or spreadsheet, PNG, JPEG).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerdictView {
    /// accepted or rejected.
    #[schema(value_type = String, example = "accepted")]
    pub verdict: ReportStatus,
    /// What was accepted of the reported spend (accepted reports only).
    #[schema(format = "decimal", example = "41250.00")]
    pub accepted_spend: Option<String>,
    pub motivation: String,
    pub decided_by: String,
    pub decided_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FinalReportView {
    pub id: Uuid,
    pub grant_id: Uuid,
    /// 1-based; a rejected report is followed by a new version.
    pub version: u32,
    #[schema(format = "decimal", example = "41250.00")]
    pub spent: String,
    pub file_name: String,
    #[schema(example = "application/pdf")]
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    /// Where the document is downloaded.
    pub href: String,
    pub submitted_at: DateTime<Utc>,
    /// submitted (awaiting a verdict), accepted or rejected.
    #[schema(value_type = String, example = "submitted")]
    pub status: ReportStatus,
    pub verdict: Option<VerdictView>,
}

impl FinalReportView {
    pub fn new(r: &FinalReport, verdict: Option<&Verdict>) -> Self {
        FinalReportView {
            id: r.id,
            grant_id: r.grant_id,
            version: r.version,
            spent: r.spent.to_string(),
            file_name: r.file_name.clone(),
            media_type: r.media_type.clone(),
            size_bytes: r.size_bytes,
            sha256: r.sha256.clone(),
            href: format!(
                "/api/v1/grants/{}/final-reports/{}/document",
                r.grant_id, r.version
            ),
            submitted_at: r.submitted_at,
            status: ReportStatus::of(verdict.map(|v| v.accepted_spend)),
            verdict: verdict.map(|v| VerdictView {
                verdict: ReportStatus::of(Some(v.accepted_spend)),
                accepted_spend: v.accepted_spend.map(|m| m.to_string()),
                motivation: v.motivation.clone(),
                decided_by: v.decided_by.clone(),
                decided_at: v.decided_at,
            }),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SettlementView {
    pub id: Uuid,
    pub grant_id: Uuid,
    /// The accepted final report.
    pub report_id: Uuid,
    #[schema(format = "decimal", example = "41250.00")]
    pub accepted_spend: String,
    /// Paid before the settlement (the advances).
    #[schema(format = "decimal", example = "28800.00")]
    pub paid_before: String,
    /// Paid now: min(committed, accepted spend) − paid before, when positive.
    #[schema(format = "decimal", example = "12450.00")]
    pub balance: String,
    /// Booked back when the advances exceeded what is due.
    #[schema(format = "decimal", example = "0.00")]
    pub recovery: String,
    /// Decommitted back to the article's available credit: committed − min(committed, accepted spend).
    #[schema(format = "decimal", example = "6750.00")]
    pub release: String,
    pub settled_by: String,
    pub settled_at: DateTime<Utc>,
}

impl From<&Settlement> for SettlementView {
    fn from(s: &Settlement) -> Self {
        SettlementView {
            id: s.id,
            grant_id: s.grant_id,
            report_id: s.report_id,
            accepted_spend: s.accepted_spend.to_string(),
            paid_before: s.paid_before.to_string(),
            balance: s.balance.to_string(),
            recovery: s.recovery.to_string(),
            release: s.release.to_string(),
            settled_by: s.settled_by.clone(),
            settled_at: s.settled_at,
        }
    }
}

/// The admin's verdict on the latest final report.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictRequest {
    /// accepted or rejected.
    #[schema(value_type = String, example = "accepted")]
    pub verdict: ReportStatus,
    /// What is accepted of the reported spend; at most the reported amount, which is the
    /// default. Only with an acceptance.
    #[schema(value_type = Option<String>, format = "decimal", example = "41250.00")]
    pub accepted_spend: Option<Money>,
    /// Why; required when rejecting or accepting less than reported.
    #[validate(length(max = 4000))]
    #[schema(max_length = 4000)]
    pub motivation: Option<String>,
}

/// Settle a grant; `transfer_id` is the idempotency key.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettlementRequest {
    pub transfer_id: Uuid,
}

/// Cancel a grant (withdraw it); `transfer_id` is the idempotency key.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancellationRequest {
    pub transfer_id: Uuid,
    /// Why the grant is cancelled (1 to 20,000 characters); the organisation reads it.
    #[schema(example = "Het project werd niet opgestart; de organisatie werd ontbonden.")]
    pub motivation: String,
    /// What the grantee keeps of what was paid (costs made in good faith before the
    /// cancellation), at most what was paid; by default nothing: everything paid is recovered.
    #[schema(value_type = Option<String>, format = "decimal", example = "0.00")]
    pub kept: Option<Money>,
}

/// A grant's cancellation.
#[derive(Debug, Serialize, ToSchema)]
pub struct CancellationView {
    /// The client's id (idempotency key).
    pub id: Uuid,
    pub grant_id: Uuid,
    pub motivation: String,
    /// Paid before the cancellation.
    #[schema(value_type = String, format = "decimal", example = "30000.00")]
    pub paid_before: Money,
    /// What the grantee keeps of it.
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub kept: Money,
    /// Booked back: what was paid and not kept.
    #[schema(value_type = String, format = "decimal", example = "30000.00")]
    pub recovery: Money,
    /// Decommitted: everything not kept.
    #[schema(value_type = String, format = "decimal", example = "50000.00")]
    pub release: Money,
    /// Where the release went: `reserve` (freed to the account the award came from and
    /// offered to the call's reserve list) or `article` (the budget article's credit).
    #[schema(example = "reserve")]
    pub released_to: String,
    pub cancelled_by: String,
    pub cancelled_at: DateTime<Utc>,
}

impl From<&Cancellation> for CancellationView {
    fn from(c: &Cancellation) -> Self {
        CancellationView {
            id: c.id,
            grant_id: c.grant_id,
            motivation: c.motivation.clone(),
            paid_before: c.paid_before,
            kept: c.kept,
            recovery: c.recovery,
            release: c.release,
            released_to: if c.freed { "reserve" } else { "article" }.to_owned(),
            cancelled_by: c.cancelled_by.clone(),
            cancelled_at: c.cancelled_at,
        }
    }
}

//! After the decision (issue #14): answering an award, where an award's acceptance stands, and
//! the reserve list.

use chrono::{DateTime, Utc};
use grantdesk_domain::acceptance::Answer;
use grantdesk_domain::aftermath::Aftermath;
use grantdesk_domain::objection::{Outcome, Ruling};
use grantdesk_domain::Money;
use grantdesk_persistence::after_decision::{
    AcceptanceRecord, ObjectionAttachment, ObjectionRecord, PlaceRecord,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::dto::assessment::DecisionView;

/// The representative's answer to an award.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// The grant is accepted: it can be paid.
    Accept,
    /// The grant is renounced: its money goes to the reserve list (or back to the call).
    Renounce,
}

impl From<AnswerKind> for Answer {
    fn from(a: AnswerKind) -> Answer {
        match a {
            AnswerKind::Accept => Answer::Accept,
            AnswerKind::Renounce => Answer::Renounce,
        }
    }
}

/// Accept or renounce a grant.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptanceRequest {
    pub answer: AnswerKind,
}

/// Where a grant's award stands with its organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct AcceptanceView {
    /// pending, accepted, renounced or expired.
    #[schema(example = "pending")]
    pub status: String,
    /// The decision letter's (or the reserve offer's) instant: the award date.
    pub offered_at: DateTime<Utc>,
    /// The end of the period to answer, in the call's zone: an answer at or after it is
    /// refused, and the award expires.
    #[schema(example = "2024-11-21T00:00:00+01:00")]
    pub due: String,
    /// Offered from the reserve list (its hold is committed when it is accepted).
    pub from_reserve: bool,
    /// Offered less than the application asked (a partial award from the reserve).
    pub partial: bool,
    pub answered_at: Option<DateTime<Utc>>,
}

impl From<&AcceptanceRecord> for AcceptanceView {
    fn from(a: &AcceptanceRecord) -> Self {
        AcceptanceView {
            status: a.acceptance.status.as_str().to_owned(),
            offered_at: a.offered_at,
            due: a.acceptance.due.to_rfc3339(),
            from_reserve: a.hold_transfer_id.is_some(),
            partial: a.partial,
            answered_at: a.answered_at,
        }
    }
}

/// A place on a call's reserve list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReservePlaceView {
    pub application_id: Uuid,
    pub track: u8,
    /// 1 for the first in line on the track.
    pub rank: u32,
    /// What it would be awarded: what it asked, within the call's cap per project.
    #[schema(value_type = String, format = "decimal", example = "45000.00")]
    pub amount: Money,
    /// waiting, offered (then `acceptance` says how it was answered), passed_over (money was
    /// offered to it but the check at award refused it: its single undertaking had too little
    /// of its de minimis ceiling left; the audit trail's `reserve.pass_over` gives the figures)
    /// or closed (the reserve period ended before money came free for it).
    #[schema(example = "waiting")]
    pub status: String,
    pub placed_at: DateTime<Utc>,
    /// The end of the call's reserve period.
    pub until: DateTime<Utc>,
    pub offered_at: Option<DateTime<Utc>>,
    /// The offer's acceptance, once offered.
    pub acceptance: Option<AcceptanceView>,
}

impl ReservePlaceView {
    /// The place as it stands at `now`, with its offer's acceptance.
    pub fn of(p: &PlaceRecord, acceptance: Option<&AcceptanceRecord>, now: DateTime<Utc>) -> Self {
        // an offer writes the place's offer and its award's acceptance in one transaction, so
        // an offered place without an acceptance is one whose award was refused
        let status = if p.offered_at.is_some() && acceptance.is_none() {
            "passed_over"
        } else if p.offered_at.is_some() {
            "offered"
        } else if p.waits_at(now) {
            "waiting"
        } else {
            "closed"
        };
        ReservePlaceView {
            application_id: p.place.application,
            track: p.place.track,
            rank: p.place.rank,
            amount: p.place.amount,
            status: status.to_owned(),
            placed_at: p.placed_at,
            until: p.until,
            offered_at: p.offered_at,
            acceptance: acceptance.map(AcceptanceView::from),
        }
    }
}

/// An objection (bezwaar) against an application's decision.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ObjectionRequest {
    /// Why the decision is wrong (1 to 20,000 characters).
    #[schema(example = "De score op criterium 2 negeert bijlage 3 van onze aanvraag.")]
    pub grounds: String,
}

/// Staff's ruling on an objection.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulingRequest {
    /// inadmissible, rejected or upheld.
    #[schema(value_type = String, example = "upheld")]
    pub ruling: Ruling,
    #[schema(example = "Bijlage 3 werd bij de beoordeling over het hoofd gezien.")]
    pub motivation: String,
    /// Upheld, for an application without a grant: the award it is decided again with (within
    /// what it asked and the cap per project). Offered when that much is free where it would
    /// draw from; otherwise the application joins the reserve list at its rank.
    #[schema(value_type = Option<String>, format = "decimal", example = "50000.00")]
    pub awarded: Option<Money>,
}

/// An objection and, once made, its ruling.
#[derive(Debug, Serialize, ToSchema)]
pub struct ObjectionView {
    pub id: Uuid,
    pub application_id: Uuid,
    pub call_id: Uuid,
    pub organisation_id: Uuid,
    pub grounds: String,
    /// The documents lodged with it, oldest first.
    pub attachments: Vec<ObjectionAttachmentView>,
    pub lodged_at: DateTime<Utc>,
    /// The end of the period it was lodged in, in the call's zone.
    #[schema(example = "2023-11-21T00:00:00+01:00")]
    pub due: String,
    /// inadmissible, rejected or upheld; null until staff rule.
    #[schema(value_type = Option<String>, example = "upheld")]
    pub ruling: Option<Ruling>,
    pub motivation: Option<String>,
    /// What an upheld objection led to: offered (an award from money that was free) or
    /// reserve (no money was free: the application joined the reserve list).
    #[schema(value_type = Option<String>, example = "reserve")]
    pub outcome: Option<Outcome>,
    pub ruled_at: Option<DateTime<Utc>>,
}

impl ObjectionView {
    /// The objection with its documents (those of `attachments` that are its own).
    pub fn new(o: &ObjectionRecord, attachments: &[ObjectionAttachment]) -> Self {
        ObjectionView {
            id: o.id,
            application_id: o.application_id,
            call_id: o.call_id,
            organisation_id: o.organisation_id,
            grounds: o.grounds.clone(),
            attachments: attachments
                .iter()
                .filter(|a| a.application_id == o.application_id)
                .map(ObjectionAttachmentView::from)
                .collect(),
            lodged_at: o.lodged_at,
            due: o.due.to_rfc3339(),
            ruling: o.ruling,
            motivation: o.motivation.clone(),
            outcome: o.outcome,
            ruled_at: o.ruled_at,
        }
    }
}

/// A document attached to an objection.
#[derive(Debug, Serialize, ToSchema)]
pub struct ObjectionAttachmentView {
    pub id: Uuid,
    #[schema(example = "bijlage-3-begroting.pdf")]
    pub file_name: String,
    #[schema(example = "application/pdf")]
    pub media_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the content (lowercase hex).
    pub sha256: String,
    #[schema(example = "Bijlage 3 van de aanvraag, die de beoordeling miste")]
    pub description: Option<String>,
    pub uploaded_at: DateTime<Utc>,
    /// Where to download it.
    pub href: String,
}

impl From<&ObjectionAttachment> for ObjectionAttachmentView {
    fn from(a: &ObjectionAttachment) -> Self {
        ObjectionAttachmentView {
            id: a.id,
            file_name: a.file_name.clone(),
            media_type: a.media_type.clone(),
            size_bytes: a.size_bytes,
            sha256: a.sha256.clone(),
            description: a.description.clone(),
            uploaded_at: a.uploaded_at,
            href: format!(
                "/api/v1/applications/{}/objection/attachments/{}",
                a.application_id, a.id
            ),
        }
    }
}

/// The form that attaches a document to an objection.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ObjectionUploadForm {
    /// What the document shows (optional, at most 300 characters).
    #[schema(example = "Bijlage 3 van de aanvraag, die de beoordeling miste")]
    description: Option<String>,
    /// The document (PDF, ODF/OOXML document or spreadsheet, PNG, JPEG).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// Where a call's awards stand after its decision (or one track's).
#[derive(Debug, Serialize, ToSchema)]
pub struct AftermathView {
    /// Every award made: by the selection and afterwards (accepted + pending + renounced +
    /// expired).
    #[schema(value_type = String, format = "decimal", example = "750000.00")]
    pub offered: Money,
    #[schema(value_type = String, format = "decimal", example = "700000.00")]
    pub accepted: Money,
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub pending: Money,
    #[schema(value_type = String, format = "decimal", example = "50000.00")]
    pub renounced: Money,
    #[schema(value_type = String, format = "decimal", example = "0.00")]
    pub expired: Money,
    /// Awards made after the selection: from the reserve list, or on an upheld objection.
    #[schema(value_type = String, format = "decimal", example = "50000.00")]
    pub reoffered: Money,
    /// What the reserve list's places still waiting ask.
    #[schema(value_type = String, format = "decimal", example = "45000.00")]
    pub reserve_waiting: Money,
    pub reserve_waiting_count: usize,
}

impl From<&Aftermath> for AftermathView {
    fn from(f: &Aftermath) -> Self {
        AftermathView {
            offered: f.offered,
            accepted: f.accepted,
            pending: f.pending,
            renounced: f.renounced,
            expired: f.expired,
            reoffered: f.reoffered,
            reserve_waiting: f.reserve_waiting,
            reserve_waiting_count: f.reserve_waiting_count,
        }
    }
}

/// One track's figures after the decision.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrackAftermathView {
    pub number: u8,
    pub name: String,
    #[serde(flatten)]
    pub figures: AftermathView,
}

/// A call after its decision: its figures and each track's.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallAftermathView {
    pub call_id: Uuid,
    #[serde(flatten)]
    pub figures: AftermathView,
    pub tracks: Vec<TrackAftermathView>,
}

/// One application after the decision: every decision on it (the latest is current), its
/// place on the reserve list, its grant's acceptance and its objection.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationAftermathView {
    pub application_id: Uuid,
    pub decisions: Vec<DecisionView>,
    pub reserve_place: Option<ReservePlaceView>,
    pub acceptance: Option<AcceptanceView>,
    pub objection: Option<ObjectionView>,
}

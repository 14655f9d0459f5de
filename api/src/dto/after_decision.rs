//! After the decision (issue #14): answering an award, where an award's acceptance stands, and
//! the reserve list.

use chrono::{DateTime, Utc};
use grantdesk_domain::acceptance::Answer;
use grantdesk_domain::Money;
use grantdesk_persistence::after_decision::{AcceptanceRecord, PlaceRecord};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

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
    #[schema(value_type = String, example = "45000.00")]
    pub amount: Money,
    /// waiting, offered (then `acceptance` says how it was answered) or closed (the reserve
    /// period ended before money came free for it).
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
        let status = match p.offered_at {
            Some(_) => "offered",
            None if now >= p.until => "closed",
            None => "waiting",
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

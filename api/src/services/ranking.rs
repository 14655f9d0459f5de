//! The ranking of a call's eligible applications, per track: by score (the mean of the
//! submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
//! decimals half away from zero), ties broken by the earliest receipt; unscored applications
//! last. As JSON lines or as CSV.

use grantdesk_domain::{application_score, is_eligible, rank, RankingEntry};
use grantdesk_persistence::applications::{self, ApplicationRecord};
use grantdesk_persistence::{assessment, organisations, DbConn};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::csv_file::{Cell, CsvFile};
use crate::dto::assessment::RankingLine;
use crate::error::ApiError;
use crate::services::load;
use crate::state::AppState;

/// The ranking lines of a call (or of one of its tracks), in rank order per track.
pub async fn lines(
    state: &AppState,
    call: Uuid,
    track: Option<u8>,
) -> Result<Vec<RankingLine>, ApiError> {
    state
        .read(move |c, _| {
            load::call(c, call)?;
            lines_of(c, call, track)
        })
        .await
}

/// The ranking lines of a call (optionally one track), in rank order per track.
pub(crate) fn lines_of(
    c: &mut DbConn,
    call: Uuid,
    track: Option<u8>,
) -> Result<Vec<RankingLine>, ApiError> {
    let apps = applications::submitted_of(c, call, track)?;
    let ids: Vec<Uuid> = apps.iter().map(|a| a.id).collect();
    let screenings = assessment::latest_screenings(c, &ids)?;
    let eligible: Vec<&ApplicationRecord> = apps
        .iter()
        .filter(|a| {
            is_eligible(
                screenings
                    .iter()
                    .find(|s| s.application_id == a.id)
                    .map(|s| s.verdict),
            )
        })
        .collect();
    let eligible_ids: Vec<Uuid> = eligible.iter().map(|a| a.id).collect();
    let receipts = applications::latest_receipts(c, &eligible_ids)?;
    let reviews = assessment::reviews_of(c, &eligible_ids, true)?;
    let decisions = assessment::current_decisions(c, call)?;
    let mut by_track: std::collections::BTreeMap<u8, Vec<RankingEntry<&ApplicationRecord>>> =
        Default::default();
    for app in &eligible {
        let scores: Vec<Decimal> = reviews
            .iter()
            .filter(|r| r.application_id == app.id)
            .filter_map(|r| r.score)
            .collect();
        let received_at = receipts
            .iter()
            .find(|r| r.application_id == app.id)
            .map(|r| r.received_at)
            .unwrap_or(app.updated_at);
        by_track
            .entry(app.content.track)
            .or_default()
            .push(RankingEntry {
                item: *app,
                score: application_score(&scores),
                received_at,
                reviews: scores.len(),
            });
    }
    let mut lines = Vec::new();
    for (track, entries) in by_track {
        for (position, entry) in rank(entries) {
            let app = entry.item;
            let lead = organisations::find(c, app.lead_organisation_id)?;
            let assigned = assessment::assignments(c, Some(app.id), None, true)?.len();
            let decision = decisions.iter().find(|d| d.application_id == app.id);
            lines.push(RankingLine {
                rank: position,
                track,
                application_id: app.id,
                receipt_number: receipts
                    .iter()
                    .find(|r| r.application_id == app.id)
                    .map(|r| r.number.clone())
                    .unwrap_or_default(),
                received_at: entry.received_at,
                lead_organisation: lead.name,
                title: app.content.title.clone(),
                requested_amount: app.requested,
                score: entry.score,
                reviews_submitted: entry.reviews,
                reviewers_assigned: assigned,
                decision: decision.map(|d| d.kind),
                awarded: decision.and_then(|d| d.awarded),
            });
        }
    }
    Ok(lines)
}

/// The columns of the ranking CSV, in order.
const RANKING_COLUMNS: [&str; 12] = [
    "track",
    "rank",
    "receipt_number",
    "received_at",
    "lead_organisation",
    "title",
    "requested_amount",
    "score",
    "reviews_submitted",
    "reviewers_assigned",
    "decision",
    "awarded",
];

/// The ranking as CSV: a header line, then one line per application (free text defused).
pub fn csv(lines: &[RankingLine]) -> Result<Vec<u8>, ApiError> {
    let mut file = CsvFile::new(&RANKING_COLUMNS)?;
    for l in lines {
        file.row([
            Cell::value(l.track),
            Cell::value(l.rank),
            Cell::value(&l.receipt_number),
            Cell::value(l.received_at.to_rfc3339()),
            Cell::Text(&l.lead_organisation),
            Cell::Text(&l.title),
            Cell::value(l.requested_amount),
            Cell::opt(l.score),
            Cell::value(l.reviews_submitted),
            Cell::value(l.reviewers_assigned),
            Cell::opt(l.decision),
            Cell::opt(l.awarded),
        ])?;
    }
    file.into_bytes()
}

//! Double-funding signals at screening (issue #15): an application compared with the submitted
//! applications of its lead organisation and of its single undertaking in other calls (title,
//! summary and budget lines by text similarity, periods by overlap: the domain's
//! `double_funding::signal`), shown to screeners with the evidence; screeners record a finding.

use grantdesk_domain::double_funding::{check_note, signal, Project};
use grantdesk_domain::{ApplicationStatus, Call};
use grantdesk_persistence::aid::{self, FindingRecord};
use grantdesk_persistence::applications::{self, ApplicationFilter};
use grantdesk_persistence::{audit, control_links, grants, organisations, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::aid::{
    DoubleFundingSignalView, DoubleFundingView, FindingRequest, FindingView, OrganisationRef,
};
use crate::error::ApiError;
use crate::services::load;
use crate::state::AppState;

/// The most applications an application is compared with (the undertaking's latest).
const MAX_COMPARED: i64 = 500;

/// The days a call's projects run.
fn period(call: &Call) -> (chrono::NaiveDate, chrono::NaiveDate) {
    (call.start_date, call.grant_end_date())
}

/// An application's signals and findings, read in the caller's transaction.
fn view(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<DoubleFundingView, ApiError> {
    let loaded = load::application(c, claims, id)?;
    let own = &loaded.app;
    let mine = Project {
        title: &own.content.title,
        summary: &own.content.summary,
        budget_lines: &own.content.budget_lines,
        period: period(&loaded.call),
    };
    let group = control_links::single_undertaking_of(c, own.lead_organisation_id)?;
    let filter = ApplicationFilter {
        status: Some(ApplicationStatus::Submitted),
        led_by_any_of: Some(group.into_iter().collect()),
        ..ApplicationFilter::default()
    };
    let (others, _) = applications::list(c, &filter, 0, MAX_COMPARED)?;
    let others: Vec<_> = others
        .into_iter()
        .filter(|o| o.call_id != own.call_id)
        .collect();
    let calls = load::calls_by_id(c, others.iter().map(|o| o.call_id))?;
    let mut signals = Vec::with_capacity(others.len());
    for other in &others {
        let call = &calls[&other.call_id];
        let theirs = Project {
            title: &other.content.title,
            summary: &other.content.summary,
            budget_lines: &other.content.budget_lines,
            period: period(call),
        };
        let s = signal(&mine, &theirs);
        let (start, end) = theirs.period;
        signals.push(DoubleFundingSignalView {
            application_id: other.id,
            call_reference: call.reference.clone(),
            organisation: OrganisationRef::from(&organisations::find(
                c,
                other.lead_organisation_id,
            )?),
            granted: grants::find(c, other.id).is_ok(),
            period_start: start,
            period_end: end,
            overlap: s.overlap,
            title_similarity: s.title,
            summary_similarity: s.summary,
            budget_similarity: s.budget,
            flagged: s.flagged,
        });
    }
    // flagged first, then the most alike
    signals.sort_by_key(|s| {
        let most = s
            .title_similarity
            .max(s.summary_similarity)
            .max(s.budget_similarity);
        (!s.flagged, std::cmp::Reverse(most), s.application_id)
    });
    let (start, end) = mine.period;
    Ok(DoubleFundingView {
        application_id: id,
        period_start: start,
        period_end: end,
        signals,
        other_funding: own.content.other_funding.iter().map(Into::into).collect(),
        findings: aid::findings_of(c, id)?
            .iter()
            .map(FindingView::from)
            .collect(),
    })
}

/// An application's double-funding signals and the findings on them (admin, auditor).
pub async fn signals(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<DoubleFundingView, ApiError> {
    let claims = claims.clone();
    state.read(move |c, _| view(c, &claims, id)).await
}

/// A screener records a finding on an application's signals (admin). Audited.
pub async fn record_finding(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: FindingRequest,
) -> Result<FindingView, ApiError> {
    let note = check_note(&body.note).map_err(|rule| ApiError::rule("note", &rule))?;
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            load::application(c, &claims, id)?;
            let record = FindingRecord {
                id: Uuid::new_v4(),
                application_id: id,
                finding: body.finding,
                note,
                recorded_by: claims.actor(),
                recorded_at: now,
            };
            aid::record_finding(c, &record)?;
            let view = FindingView::from(&record);
            audit::record(
                c,
                &claims.actor(),
                "application.double_funding_finding",
                ("application", &id.to_string()),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

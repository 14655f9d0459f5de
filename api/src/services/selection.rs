//! Selection: decisions (selected with an award, reserve, rejected) whose awards hold money on
//! the ledger, and finalising, which posts every hold as a commitment, makes the decisions
//! final, turns every selected application into a grant, moves the call to `decided` and
//! writes a decision letter per applicant to the outbox.

use chrono::{DateTime, Utc};
use grantdesk_domain::Rule;
use grantdesk_domain::{
    check_decision, check_finalisable, check_selectable, postings, Decision, DecisionKind, Posting,
    Standing,
};
use grantdesk_persistence::applications;
use grantdesk_persistence::assessment::{self, DecisionRecord};
use grantdesk_persistence::grants::{self, Grant};
use grantdesk_persistence::{audit, calls, ledger, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::assessment::{BulkDecisionItem, DecisionView};
use crate::dto::calls::CallView;
use crate::error::{ApiError, OrNotFound};
use crate::services::aid::{self, AwardAsked};
use crate::services::calls::save_and_audit;
use crate::services::letters::{enqueue_letter, Letter};
use crate::services::load;
use crate::services::reserve;
use crate::state::AppState;
use grantdesk_domain::aid::Ended;

/// A decision on a submitted application: selected (its award held on the ledger), reserve or
/// rejected, replacing the current one (whose hold is voided exactly).
pub async fn decide_one(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
    decision: Decision,
) -> Result<DecisionView, ApiError> {
    let claims = claims.clone();
    let histories = state.call_histories.clone();
    state
        .write(move |c, clock| {
            let d = decide(c, &claims, &histories, application, decision, clock.now())?;
            Ok(DecisionView::from(&d))
        })
        .await
}

/// Many decisions on a call's applications, all or none.
pub async fn decide_many(
    state: &AppState,
    claims: &Claims,
    call_id: Uuid,
    items: Vec<BulkDecisionItem>,
) -> Result<Vec<DecisionView>, ApiError> {
    if items.is_empty() || items.len() > 1000 {
        return Err(ApiError::rule(
            "decisions",
            &Rule::Count {
                min: 1,
                max: 1000,
                count: items.len(),
            },
        ));
    }
    let claims = claims.clone();
    let histories = state.call_histories.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let mut out = Vec::new();
            for item in items {
                let app = applications::find(c, item.application_id)
                    .or_not_found("an application of the list")?;
                if app.call_id != call_id {
                    return Err(ApiError::rule(
                        "decisions",
                        &Rule::NotOfCall {
                            application: app.id.to_string(),
                        },
                    ));
                }
                let decision = Decision {
                    kind: item.kind,
                    awarded: item.awarded,
                    motivation: item.motivation,
                };
                let d = decide(c, &claims, &histories, item.application_id, decision, now)?;
                out.push(DecisionView::from(&d));
            }
            Ok(out)
        })
        .await
}

/// The current decision of every decided application of a call.
pub async fn decisions(state: &AppState, call: Uuid) -> Result<Vec<DecisionView>, ApiError> {
    state
        .read(move |c, _| {
            load::call(c, call)?;
            Ok(assessment::current_decisions(c, call)?
                .iter()
                .map(DecisionView::from)
                .collect())
        })
        .await
}

/// The selection finalised: every submitted application screened and every eligible one
/// decided; every held award posted as a commitment; each selected application a grant; a
/// letter per applicant; the call decided.
pub async fn finalise(
    state: &AppState,
    claims: &Claims,
    call_id: Uuid,
) -> Result<CallView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            // no decision may land between reading them and the call becoming decided
            calls::lock(c, call_id)?;
            let now = clock.now();
            let mut record = load::call(c, call_id)?;
            let before = record.call.clone();
            record.call.finalise_selection(now)?;
            let apps = applications::submitted_of(c, call_id, None)?;
            let ids: Vec<Uuid> = apps.iter().map(|a| a.id).collect();
            let screenings = assessment::latest_screenings(c, &ids)?;
            let decisions = assessment::current_decisions(c, call_id)?;
            let standings: Vec<Standing> = apps
                .iter()
                .map(|a| Standing {
                    application: a.id,
                    screening: screenings
                        .iter()
                        .find(|s| s.application_id == a.id)
                        .map(|s| s.verdict),
                    decided: decisions.iter().any(|d| d.application_id == a.id),
                })
                .collect();
            // every applicant gets a letter: nothing may be left unscreened or undecided
            check_finalisable(&standings)?;
            // every held award is committed
            let commit =
                postings::finalise_selection(decisions.iter().filter_map(|d| d.hold_transfer_id));
            ledger::execute(
                c,
                &record.call.article,
                record.call.budget_year,
                &commit,
                &actor,
                now,
            )?;
            // the reserve list: applications decided `reserve`, in ranking order per track
            reserve::place_reserve(c, &record.call, &decisions, now)?;
            for d in &decisions {
                let app = apps.iter().find(|a| a.id == d.application_id);
                let mut acceptance_due = None;
                if let (Some(app), Some(committed)) = (app, d.awarded) {
                    // the check at award again, on the day the right is conferred: the award
                    // counts from today (what was declared since may refuse it)
                    aid::count_award(
                        c,
                        &AwardAsked {
                            call: &record.call,
                            application: app.id,
                            organisation: app.lead_organisation_id,
                            requested: committed,
                            actor: &actor,
                            now,
                        },
                        false,
                        Ended::Restated,
                    )?;
                    // a selected application becomes a grant
                    let grant = Grant {
                        id: app.id,
                        call_id,
                        organisation_id: app.lead_organisation_id,
                        track: app.content.track,
                        committed,
                        start_date: record.call.start_date,
                        end_date: record.call.grant_end_date(),
                        tranches: record.call.tranches(),
                        created_at: now,
                    };
                    grants::insert(c, &grant)?;
                    acceptance_due = Some(reserve::offer_selected(c, &record.call, grant.id, now)?);
                    audit::record(
                        c,
                        &actor,
                        "grant.create",
                        ("grant", &grant.id.to_string()),
                        None,
                        Some(serde_json::json!({"committed": grant.committed.to_string(),
                            "start_date": grant.start_date, "end_date": grant.end_date})),
                        now,
                    )?;
                }
                if let Some(app) = app {
                    let letter = Letter {
                        decision: d.kind.as_str(),
                        awarded: d.awarded,
                        motivation: &d.motivation,
                        screening_reason: None,
                        acceptance_due,
                    };
                    enqueue_letter(c, &record.call, app, letter, now)?;
                }
            }
            // applications screened not eligible (and not decided) get a letter saying why
            for standing in standings.iter().filter(|s| s.gets_not_eligible_letter()) {
                let (Some(app), Some(s)) = (
                    apps.iter().find(|a| a.id == standing.application),
                    screenings
                        .iter()
                        .find(|s| s.application_id == standing.application),
                ) else {
                    continue;
                };
                let letter = Letter {
                    decision: s.verdict.as_str(),
                    awarded: None,
                    motivation: &s.reason,
                    screening_reason: Some(&s.reason),
                    acceptance_due: None,
                };
                enqueue_letter(c, &record.call, app, letter, now)?;
            }
            save_and_audit(
                c,
                &mut record,
                &before,
                &actor,
                "call.finalise_selection",
                now,
            )
        })
        .await
}

/// Records one decision inside the caller's transaction: voids the application's current hold,
/// holds the new award (refused when the call or track has too little left), appends the
/// decision.
fn decide(
    c: &mut DbConn,
    claims: &Claims,
    histories: &calls::HistoryCache,
    application: Uuid,
    decision: Decision,
    now: DateTime<Utc>,
) -> Result<DecisionRecord, ApiError> {
    let actor = &claims.actor();
    // the call shared (finalising or cancelling waits for this decision, or it for them), then
    // the application, locked as it is loaded (two admins deciding it at once: one after the
    // other, the second replacing the first's hold instead of leaving it behind); what is read
    // after the locks is what was committed before them
    calls::lock_shared_for_application(c, application)?;
    let loaded = load::application_in_assessment(c, claims, application, histories)?;
    let screening = assessment::latest_screenings(c, &[application])?
        .first()
        .map(|s| s.verdict);
    check_selectable(decision.kind, screening)?;
    check_decision(&decision, loaded.app.requested, loaded.call.cap_per_project)?;
    let current = assessment::current_decision(c, application)?;
    // the current award's hold is freed, the new one held (refused when the call, or the
    // track's own budget, has too little left)
    let mut moves: Vec<Posting> = current
        .as_ref()
        .and_then(|d| d.hold_transfer_id)
        .map(postings::void_award)
        .into_iter()
        .collect();
    // the check at award (a de minimis call): the award counted against the single
    // undertaking's ceiling, or capped to its headroom, or refused with the figures
    let awarded = match (decision.kind, decision.awarded) {
        (DecisionKind::Selected, Some(requested)) => Some(aid::count_award(
            c,
            &AwardAsked {
                call: &loaded.call,
                application,
                organisation: loaded.app.lead_organisation_id,
                requested,
                actor,
                now,
            },
            loaded.call.aid.cap_to_headroom,
            Ended::Replaced,
        )?),
        _ => {
            aid::end_award(c, &loaded.call, application, Ended::Replaced, now)?;
            None
        }
    };
    let hold_transfer_id = match (decision.kind, awarded) {
        (DecisionKind::Selected, Some(amount)) => {
            let id = Uuid::new_v4();
            moves.push(postings::hold_award(
                &loaded.call,
                application,
                loaded.app.content.track,
                amount,
                id,
            ));
            Some(id)
        }
        _ => None,
    };
    ledger::execute(
        c,
        &loaded.call.article,
        loaded.call.budget_year,
        &moves,
        actor,
        now,
    )?;
    let record = DecisionRecord {
        id: Uuid::new_v4(),
        application_id: application,
        call_id: loaded.call.id,
        kind: decision.kind,
        awarded,
        motivation: decision.motivation.trim().to_owned(),
        hold_transfer_id,
        decided_by: actor.to_owned(),
        decided_at: now,
    };
    assessment::record_decision(c, &record)?;
    audit::record(
        c,
        actor,
        "application.decide",
        ("application", &application.to_string()),
        current
            .as_ref()
            .and_then(|d| serde_json::to_value(DecisionView::from(d)).ok()),
        serde_json::to_value(DecisionView::from(&record)).ok(),
        now,
    )?;
    Ok(record)
}

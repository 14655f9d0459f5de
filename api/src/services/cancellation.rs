//! Cancelling a grant (issue #14): the funder withdraws an accepted grant that is not settled,
//! with a motivation. Nothing more is paid, reported or settled on it. The grantee keeps `kept`
//! of what was paid (costs made in good faith, nothing by default); the rest of what was paid
//! is recovered and everything not kept is decommitted: the domain's
//! [`cancel`](grantdesk_domain::cancel) and [`cancel_grant`](grantdesk_domain::postings::cancel_grant)
//! postings, those of a settlement under the cancellation's own transfer ids. While the call's
//! reserve list waits for money in the account the award came from, the release is freed there
//! (`FREE`) and offered to the next reserve application in the same transaction; otherwise it
//! goes back to the article (`RELEASE`). All or nothing; idempotent on `transfer_id`; under the
//! call's row lock, like every change of an award's fate.

use grantdesk_domain::webhook::EventType;
use grantdesk_domain::{
    cancel as cancellation_of, check_cancellation_motivation, paid_total, postings, LedgerError,
    Money, Rule,
};
use grantdesk_persistence::grants::{self, Cancellation};
use grantdesk_persistence::{audit, calls, ledger, notifications};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::grants::{CancellationRequest, CancellationView};
use crate::error::ApiError;
use crate::services::aid;
use crate::services::load;
use crate::services::reserve;
use crate::services::webhooks;
use crate::state::AppState;

/// Cancels grant `id` (admin). Answers the cancellation and whether it replays one recorded
/// before (with this `transfer_id`).
pub async fn cancel(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: CancellationRequest,
) -> Result<(CancellationView, bool), ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    let (cancellation, replayed) = state
        .write(move |c, clock| {
            let now = clock.now();
            let grant = load::grant(c, &claims, id)?;
            // what it frees may be offered to the reserve list: the call's lock first
            calls::lock(c, grant.call_id)?;
            if let Some(done) = grants::find_cancellation(c, Some(grant.id), None)? {
                return if done.id == body.transfer_id {
                    Ok((done, true))
                } else {
                    Err(ApiError::Refused(Rule::GrantCancelled {
                        cancellation: done.id.to_string(),
                    }))
                };
            }
            // accepted by its organisation, and not settled
            load::payable_grant(c, &claims, id)?;
            if let Some(done) = grants::find_settlement(c, Some(grant.id), None)? {
                return Err(ApiError::Refused(Rule::GrantSettled {
                    settlement: done.id.to_string(),
                }));
            }
            let transfer_id = body.transfer_id;
            if grants::find_cancellation(c, None, Some(transfer_id))?.is_some()
                || grants::find_settlement(c, None, Some(transfer_id))?.is_some()
                || ledger::find_transfer(c, transfer_id)?.is_some()
            {
                return Err(LedgerError::IdConflict { id: transfer_id }.into());
            }
            let motivation = check_cancellation_motivation(&body.motivation)?;
            let payments = grants::payments_of(c, grant.id)?;
            let paid_before = paid_total(payments.iter().map(|p| p.amount))?;
            let kept = body.kept.unwrap_or(Money::ZERO);
            let s = cancellation_of(grant.committed, paid_before, kept)?;
            let call = calls::find(c, grant.call_id)?.call;
            // while the reserve list waits for money in the award's account, the release is
            // freed there and offered on; otherwise it goes back to the article
            let waiting = reserve::waiting_account(c, &call, grant.track, now)?;
            let moves = postings::cancel_grant(grant.id, transfer_id, &s, waiting);
            ledger::execute(c, &call.article, call.budget_year, &moves, &actor, now)?;
            // the aid is what the grantee keeps: the counted award ends, what was kept counts
            // from the same day
            aid::restate_kept(c, &call, grant.id, kept, &actor, now)?;
            let freed = waiting.is_some() && !s.release.is_zero();
            if freed {
                reserve::offer_from_reserve(c, &call, grant.track, &actor, now)?;
            }
            let cancellation = Cancellation {
                grant_id: grant.id,
                id: transfer_id,
                motivation,
                paid_before,
                kept,
                recovery: s.recovery,
                release: s.release,
                freed,
                cancelled_by: actor.clone(),
                cancelled_at: now,
            };
            grants::insert_cancellation(c, &cancellation)?;
            let view = CancellationView::from(&cancellation);
            audit::record(
                c,
                &actor,
                "grant.cancel",
                ("grant", &grant.id.to_string()),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            // the organisation's members are told (inbox and mail), and its integrations
            let facts = serde_json::json!({
                "grant_id": grant.id,
                "call": {"id": call.id, "reference": call.reference, "title": call.title},
                "organisation_id": grant.organisation_id,
                "kept": kept.to_string(),
                "recovery": s.recovery.to_string(),
                "motivation": cancellation.motivation,
            });
            notifications::to_members(c, grant.organisation_id, "grant_cancelled", &facts, now)?;
            webhooks::publish(
                c,
                Some(grant.organisation_id),
                EventType::GrantCancelled,
                serde_json::json!({
                    "grant_id": grant.id,
                    "call_id": call.id,
                    "call_reference": call.reference,
                    "organisation_id": grant.organisation_id,
                    "paid_before": paid_before.to_string(),
                    "kept": kept.to_string(),
                    "recovery": s.recovery.to_string(),
                    "release": s.release.to_string(),
                    "released_to": view.released_to,
                    "motivation": cancellation.motivation,
                    "cancelled_at": now,
                }),
                now,
            )?;
            Ok((cancellation, false))
        })
        .await?;
    Ok((CancellationView::from(&cancellation), replayed))
}

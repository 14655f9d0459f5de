//! After the decision (issue #14): a grant is offered, its organisation's representative
//! accepts or renounces it within the call's acceptance period, and silence past the period
//! expires it. A renounced or expired award frees its money in the account it was awarded from
//! (the track's own or the call's), and in the same transaction that money is offered to the
//! reserve list: the next application that fits gets an award hold, a grant awaiting its
//! acceptance and a letter. Only an accepted grant is paid.
//!
//! Every change of an award's fate takes the call's row lock first (PostgreSQL; SQLite's one
//! writer serialises anyway), so two releases in one call offer one after the other: never
//! the same application twice, never more than what is free (the guarded debit would refuse it
//! besides). An acceptance leaves `pending` only through an update guarded on `pending`.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use grantdesk_domain::acceptance::{AcceptanceStatus, Answer};
use grantdesk_domain::aftermath::{aftermath, Award, Waiting};
use grantdesk_domain::webhook::EventType;
use grantdesk_domain::{postings, Call, Clock, Rule};
use grantdesk_persistence::after_decision::{self, AcceptanceRecord};
use grantdesk_persistence::assessment;
use grantdesk_persistence::grants::{self, Grant};
use grantdesk_persistence::{audit, calls, ledger, Db, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::after_decision::{
    AcceptanceView, AftermathView, ApplicationAftermathView, CallAftermathView, ReservePlaceView,
    TrackAftermathView,
};
use crate::dto::assessment::DecisionView;
use crate::dto::grants::GrantView;
use crate::error::ApiError;
use crate::services::aid;
use crate::services::grants::view_of;
use crate::services::load;
use crate::services::objections;
use crate::services::reserve::offer_from_reserve;
use crate::services::webhooks;
use crate::state::AppState;
use grantdesk_domain::aid::Ended;

/// Who the expiry job acts as, in the audit trail and on the ledger.
const EXPIRY_ACTOR: &str = "system:acceptance-expiry";

/// The representative of the grant's organisation accepts or renounces it, strictly before the
/// end of its period. Accepting an award offered from the reserve commits it; renouncing frees
/// it and offers the money to the reserve list in the same transaction.
pub async fn answer(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    answer: Answer,
) -> Result<GrantView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let grant = load::grant(c, &claims, id)?;
            load::as_representative(c, &claims, grant.organisation_id, "answer_awards")?;
            // the award's fate changes under the call's lock (see the module's text)
            calls::lock(c, grant.call_id)?;
            let now = clock.now();
            let call = load::call(c, grant.call_id)?.call;
            let record = after_decision::acceptance_of(c, id)?;
            let answered = record
                .acceptance
                .answer(answer, now)
                .map_err(ApiError::Refused)?;
            let actor = claims.actor();
            settle_fate(c, &call, &grant, &record, answered.status, &actor, now)?;
            view_of(c, &grant, now)
        })
        .await
}

/// Moves a pending award to `status` and books what follows: an accepted offer's hold posted; a
/// renounced or expired award freed and offered on. Audited. Refused when the award is no
/// longer pending (someone answered or expired it in between).
fn settle_fate(
    c: &mut DbConn,
    call: &Call,
    grant: &Grant,
    record: &AcceptanceRecord,
    status: AcceptanceStatus,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if !after_decision::leave_pending(c, grant.id, status, actor, now)? {
        let current = after_decision::acceptance_of(c, grant.id)?
            .acceptance
            .status;
        return Err(ApiError::Refused(Rule::AcceptanceAnswered {
            status: current.to_string(),
        }));
    }
    match (status, record.hold_transfer_id) {
        (AcceptanceStatus::Accepted, Some(hold)) => {
            let post = [postings::accept_offer(hold)];
            ledger::execute(c, &call.article, call.budget_year, &post, actor, now)?;
        }
        (AcceptanceStatus::Accepted, None) | (AcceptanceStatus::Pending, _) => {}
        (AcceptanceStatus::Renounced | AcceptanceStatus::Expired, held) => {
            let free = [postings::free_award(
                call,
                grant.id,
                grant.track,
                grant.committed,
                held,
            )];
            ledger::execute(c, &call.article, call.budget_year, &free, actor, now)?;
            // an award never taken up conferred no aid: it stops counting against the ceiling
            let because = if status == AcceptanceStatus::Renounced {
                Ended::Renounced
            } else {
                Ended::Expired
            };
            aid::end_award(c, call, grant.id, because, now)?;
        }
    }
    audit::record(
        c,
        actor,
        &format!("grant.{}", status.as_str()),
        ("grant", &grant.id.to_string()),
        Some(serde_json::json!({"acceptance": "pending"})),
        Some(serde_json::json!({"acceptance": status.as_str(),
            "committed": grant.committed.to_string()})),
        now,
    )?;
    webhooks::publish(
        c,
        Some(grant.organisation_id),
        EventType::AwardAnswered,
        serde_json::json!({"grant_id": grant.id, "call_id": call.id,
            "call_reference": call.reference, "organisation_id": grant.organisation_id,
            "status": status.as_str(), "committed": grant.committed.to_string(),
            "answered_at": now}),
        now,
    )?;
    if status.frees_money() {
        offer_from_reserve(c, call, grant.track, actor, now)?;
    }
    Ok(())
}

/// A call's reserve list, per track in rank order, with where each place stands.
pub async fn reserve(state: &AppState, call: Uuid) -> Result<Vec<ReservePlaceView>, ApiError> {
    state
        .read(move |c, clock| {
            load::call(c, call)?;
            let now = clock.now();
            let places = after_decision::places_of(c, call)?;
            let ids: Vec<Uuid> = places.iter().map(|p| p.place.application).collect();
            let acceptances = after_decision::acceptances_of(c, &ids)?;
            Ok(places
                .iter()
                .map(|p| {
                    let acceptance = acceptances
                        .iter()
                        .find(|a| a.grant_id == p.place.application);
                    ReservePlaceView::of(p, acceptance, now)
                })
                .collect())
        })
        .await
}

/// Expires every pending award whose period is over at `now`, each in a transaction of its
/// own (freeing its money and offering it on). Safe with several processes at once: an award
/// another process expired (or its representative answered) first is skipped. Answers how
/// many this run expired.
pub fn expire_due(db: &Db, now: DateTime<Utc>) -> Result<usize, ApiError> {
    let mut expired = 0;
    loop {
        let due = db.read(|c| after_decision::expired_by(c, now, 100))?;
        let batch = due.len();
        let mut changed = 0;
        for (grant_id, call_id) in due {
            let done = db.write(|c| -> Result<bool, ApiError> {
                calls::lock(c, call_id)?;
                let record = after_decision::acceptance_of(c, grant_id)?;
                if record.acceptance.expiry(now).is_none() {
                    return Ok(false);
                }
                let call = load::call(c, call_id)?.call;
                let grant = grants::find(c, grant_id)?;
                match settle_fate(
                    c,
                    &call,
                    &grant,
                    &record,
                    AcceptanceStatus::Expired,
                    EXPIRY_ACTOR,
                    now,
                ) {
                    Ok(()) => Ok(true),
                    // answered between the read and the lock
                    Err(ApiError::Refused(Rule::AcceptanceAnswered { .. })) => Ok(false),
                    Err(e) => Err(e),
                }
            })?;
            if done {
                changed += 1;
            }
        }
        expired += changed;
        if batch < 100 || changed == 0 {
            return Ok(expired);
        }
    }
}

/// The expiry job every server process runs (see [`expire_due`]).
#[derive(Clone)]
pub struct ExpiryJob {
    db: Db,
    clock: Arc<dyn Clock>,
    interval: Duration,
}

impl ExpiryJob {
    pub fn new(db: Db, clock: Arc<dyn Clock>, interval: Duration) -> Self {
        ExpiryJob {
            db,
            clock,
            interval,
        }
    }

    /// Looks once (in a blocking thread: call it from async code); answers how many awards
    /// expired.
    pub async fn run_once(&self) -> Result<usize, ApiError> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || expire_due(&this.db, this.clock.now()))
            .await
            .map_err(|e| ApiError::Internal(format!("expiry task: {e}")))?
    }

    /// Runs every interval until the process ends.
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            loop {
                if let Err(e) = self.run_once().await {
                    tracing::warn!(error = %e, "acceptance expiry: not run");
                }
                tokio::time::sleep(self.interval).await;
            }
        })
    }
}

/// What a call's awards became after its decision, per call and per track.
pub async fn call_aftermath(state: &AppState, call: Uuid) -> Result<CallAftermathView, ApiError> {
    state
        .read(move |c, clock| {
            let call = load::call(c, call)?.call;
            let now = clock.now();
            let acceptances = after_decision::acceptances_of_call(c, call.id)?;
            let (grants, _) = grants::list(c, Some(call.id), None, 0, i64::MAX)?;
            let awards: Vec<Award> = acceptances
                .iter()
                .filter_map(|a| {
                    let g = grants.iter().find(|g| g.id == a.grant_id)?;
                    Some(Award {
                        track: g.track,
                        amount: g.committed,
                        status: a.acceptance.status,
                        reoffer: a.hold_transfer_id.is_some(),
                    })
                })
                .collect();
            let places: Vec<Waiting> = after_decision::places_of(c, call.id)?
                .iter()
                .map(|p| Waiting {
                    track: p.place.track,
                    amount: p.place.amount,
                    waiting: p.waits_at(now),
                })
                .collect();
            let tracks = call
                .tracks
                .iter()
                .map(|t| {
                    Ok(TrackAftermathView {
                        number: t.number,
                        name: t.name.clone(),
                        figures: AftermathView::from(&aftermath(&awards, &places, Some(t.number))?),
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()?;
            Ok(CallAftermathView {
                call_id: call.id,
                figures: AftermathView::from(&aftermath(&awards, &places, None)?),
                tracks,
            })
        })
        .await
}

/// One application's whole history after the decision.
pub async fn application_aftermath(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
) -> Result<ApplicationAftermathView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            let loaded = load::application(c, &claims, application)?;
            let now = clock.now();
            let decisions = assessment::decisions_of(c, application)?;
            let acceptance = after_decision::acceptances_of(c, &[application])?
                .into_iter()
                .next();
            let reserve_place = after_decision::places_of(c, loaded.call.id)?
                .into_iter()
                .find(|p| p.place.application == application)
                .map(|p| ReservePlaceView::of(&p, acceptance.as_ref(), now));
            let objection = after_decision::objection_of(c, application)?
                .map(|o| objections::view_of(c, &o))
                .transpose()?;
            Ok(ApplicationAftermathView {
                application_id: application,
                decisions: decisions.iter().map(DecisionView::from).collect(),
                reserve_place,
                acceptance: acceptance.as_ref().map(AcceptanceView::from),
                objection,
            })
        })
        .await
}

//! Calls: drafting, the approval gates, opening (which reserves the budget on the ledger),
//! deadline extensions and cancelling (which gives back what the call reserved).

use chrono::{DateTime, Utc};
use grantdesk_domain::{postings, BudgetArticle, BudgetYear, Call, Deadline, Gate, GateEvidence};
use grantdesk_persistence::calls::{self, CallFilter, CallRecord, Visibility};
use grantdesk_persistence::{assessment, audit, ledger, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::calls::{
    CallListQuery, CallRequest, CallView, CancelRequest, ExtendDeadlineRequest, GateRequest,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::aid;
use crate::services::load;
use crate::state::AppState;

/// Whether the viewer (a bearer, or nobody) sees calls before they are published.
fn sees_drafts(viewer: Option<&Claims>) -> bool {
    viewer.is_some_and(|c| c.role.sees_unpublished_calls())
}

/// Calls, a page at a time: published ones for everyone, drafts too for staff.
pub async fn list(
    state: &AppState,
    viewer: Option<&Claims>,
    query: CallListQuery,
) -> Result<Page<CallView>, ApiError> {
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let staff = sees_drafts(viewer);
    let status = query.status()?;
    let article = query
        .budget_article
        .as_deref()
        .map(BudgetArticle::parse)
        .transpose()
        .map_err(|e| ApiError::rule("budget_article", &e.rule()))?;
    let budget_year = query
        .budget_year
        .map(BudgetYear::new)
        .transpose()
        .map_err(|e| ApiError::rule("budget_year", &e.rule()))?;
    let text = query.q.filter(|q| !q.trim().is_empty());
    state
        .read(move |c, clock| {
            let now = clock.now();
            let filter = CallFilter {
                visibility: if staff {
                    Visibility::All
                } else {
                    Visibility::Published
                },
                status,
                article,
                budget_year,
                text,
                now,
            };
            let (records, total) = calls::list(c, &filter, paging.offset(), paging.limit())?;
            let items = records
                .iter()
                .map(|r| CallView::new(&r.call, now, staff))
                .collect();
            Ok(paging.wrap(items, total))
        })
        .await
}

/// One call: published ones for everyone, drafts for staff only (404 for others).
pub async fn get(
    state: &AppState,
    viewer: Option<&Claims>,
    id: Uuid,
) -> Result<CallView, ApiError> {
    let staff = sees_drafts(viewer);
    state
        .read(move |c, clock| {
            let record = load::call(c, id)?;
            if !staff && !record.call.status.is_published() {
                return Err(ApiError::not_found("the call"));
            }
            Ok(CallView::new(&record.call, clock.now(), staff))
        })
        .await
}

/// A new draft call.
pub async fn create(
    state: &AppState,
    claims: &Claims,
    body: CallRequest,
) -> Result<CallView, ApiError> {
    let draft = body.into_draft()?;
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            aid::check_call_aid(c, &draft.aid)?;
            let call = Call::create(Uuid::new_v4(), draft, &actor, now)?;
            calls::insert(c, &call, &actor, now)?;
            audit_call(c, &actor, "call.create", None, &call, now)?;
            Ok(CallView::new(&call, now, true))
        })
        .await
}

/// A draft's definition replaced (drafts only).
pub async fn edit(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: CallRequest,
) -> Result<CallView, ApiError> {
    let draft = body.into_draft()?;
    change(
        state,
        claims,
        id,
        "call.edit",
        move |c, call, actor, now| {
            aid::check_call_aid(c, &draft.aid)?;
            call.edit(draft, actor, now)?;
            Ok(())
        },
    )
    .await
}

/// An approval gate's evidence recorded (`if_advice`, `budget_agreement`,
/// `government_approval`, in that order); an unfavourable verdict is kept but does not advance
/// the call.
pub async fn record_gate(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    gate: &str,
    body: GateRequest,
) -> Result<CallView, ApiError> {
    let gate = Gate::parse(gate).map_err(|_| ApiError::not_found("that gate"))?;
    let action = format!("call.gate.{}", gate.as_str());
    change(state, claims, id, action, move |_, call, actor, now| {
        call.record_gate(GateEvidence {
            gate,
            reference: body.reference,
            date: body.date,
            verdict: body.verdict,
            recorded_by: actor.to_owned(),
            recorded_at: now,
        })?;
        Ok(())
    })
    .await
}

/// An approved call opened: its budget is reserved on the article in the same transaction.
pub async fn open(state: &AppState, claims: &Claims, id: Uuid) -> Result<CallView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let mut record = load::call(c, id)?;
            let before = record.call.clone();
            record.call.open(now)?;
            reserve_budget(c, &record.call, &actor, now)?;
            save_and_audit(c, &mut record, &before, &actor, "call.open", now)
        })
        .await
}

/// Reserves the call's budget on its article (the domain's opening posting), in the caller's
/// transaction.
pub fn reserve_budget(
    c: &mut DbConn,
    call: &Call,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let posting = postings::open_call(call, Uuid::new_v4());
    ledger::execute(c, &call.article, call.budget_year, &[posting], actor, now)?;
    Ok(())
}

/// An open call's deadline moved to a later instant, with a reason; the history is kept.
pub async fn extend_deadline(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: ExtendDeadlineRequest,
) -> Result<CallView, ApiError> {
    change(
        state,
        claims,
        id,
        "call.extend_deadline",
        move |_, call, actor, now| {
            let deadline = Deadline::parse(&body.deadline, call.deadline.zone())
                .map_err(|e| ApiError::rule("deadline", &e.rule()))?;
            call.extend_deadline(deadline, &body.reason, actor, now)?;
            Ok(())
        },
    )
    .await
}

/// A call cancelled before it is decided: what it reserved goes back to the article in the
/// same transaction (its held awards voided first).
pub async fn cancel(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: CancelRequest,
) -> Result<CallView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            // decisions holding awards on this call wait, or it waits for them (see
            // `calls::lock`): no hold can land after the holds are voided
            calls::lock(c, id)?;
            let now = clock.now();
            let mut record = load::call(c, id)?;
            let before = record.call.clone();
            let outcome = record.call.cancel(&body.reason, &actor, now)?;
            if outcome.releases_reservation {
                let holds = assessment::current_decisions(c, id)?
                    .into_iter()
                    .filter_map(|d| d.hold_transfer_id);
                let postings = postings::cancel_call(&record.call, holds);
                let call = &record.call;
                ledger::execute(c, &call.article, call.budget_year, &postings, &actor, now)?;
            }
            save_and_audit(c, &mut record, &before, &actor, "call.cancel", now)
        })
        .await
}

/// A change of one call that the call itself decides (`decide` returns its refusal): loaded,
/// changed, saved and audited as `action` in one transaction.
async fn change(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    action: impl Into<String>,
    decide: impl FnOnce(&mut DbConn, &mut Call, &str, DateTime<Utc>) -> Result<(), ApiError>
        + Send
        + 'static,
) -> Result<CallView, ApiError> {
    let actor = claims.actor();
    let action = action.into();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let mut record = load::call(c, id)?;
            let before = record.call.clone();
            decide(c, &mut record.call, &actor, now)?;
            save_and_audit(c, &mut record, &before, &actor, &action, now)
        })
        .await
}

/// Saves a changed call and records the change (the call before and after) in the caller's
/// transaction; answers the call as it is now.
pub fn save_and_audit(
    c: &mut DbConn,
    record: &mut CallRecord,
    before: &Call,
    actor: &str,
    action: &str,
    now: DateTime<Utc>,
) -> Result<CallView, ApiError> {
    calls::save(c, record, now)?;
    audit_call(c, actor, action, Some(before), &record.call, now)?;
    Ok(CallView::new(&record.call, now, true))
}

fn audit_call(
    c: &mut DbConn,
    actor: &str,
    action: &str,
    before: Option<&Call>,
    after: &Call,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let view = |call: &Call| serde_json::to_value(CallView::new(call, now, true)).ok();
    audit::record(
        c,
        actor,
        action,
        ("call", &after.id.to_string()),
        before.and_then(view),
        view(after),
        now,
    )?;
    Ok(())
}

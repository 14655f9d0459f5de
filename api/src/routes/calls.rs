//! Calls: drafting, the approval gates, opening (which reserves the budget on the ledger),
//! deadline extensions, cancelling (which releases it) and the budget summary.

use actix_web::{get, post, put, web, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_domain::{
    AccountKind, Call, CreditType, Gate, GateEvidence, LedgerError, TransferCode, TransferSpec,
};
use grantdesk_persistence::calls::{self, CallFilter, CallRecord, Visibility};
use grantdesk_persistence::ledger::{self, TransferStatus};
use grantdesk_persistence::{audit, grants, DbConn, StoreError};
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, BudgetReaders, MaybeAuthenticated};
use crate::dto::articles::{money_string, BalancesQuery};
use crate::dto::calls::{
    CallBudgetView, CallListQuery, CallRequest, CallView, CancelRequest, ExtendDeadlineRequest,
    GateRequest, TrackBudgetView,
};
use crate::error::{ApiError, OrNotFound, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// A call, or 404.
pub fn load(c: &mut DbConn, id: Uuid) -> Result<CallRecord, ApiError> {
    calls::find(c, id).or_not_found("the call")
}

fn audit_call(
    c: &mut DbConn,
    actor: &str,
    action: &str,
    before: Option<&Call>,
    after: &Call,
    now: chrono::DateTime<chrono::Utc>,
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

/// List calls. Without a token only published calls (from `open` on) are listed; admins,
/// finance and auditors also see drafts.
#[utoipa::path(
    tag = "calls",
    params(CallListQuery),
    responses(
        (status = 200, description = "A page of calls", body = Page<CallView>),
        (status = 400, description = "Malformed query", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filter", body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = []))
)]
#[get("/calls")]
pub async fn list_calls(
    state: web::Data<AppState>,
    auth: MaybeAuthenticated,
    query: web::Query<CallListQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let staff = auth
        .0
        .as_ref()
        .is_some_and(|a| a.role().sees_unpublished_calls());
    let status = query.status()?;
    let article = query
        .budget_article
        .as_deref()
        .map(grantdesk_domain::BudgetArticle::parse)
        .transpose()
        .map_err(|e| ApiError::validation("budget_article", "invalid", e.to_string()))?;
    let budget_year = query
        .budget_year
        .map(grantdesk_domain::BudgetYear::new)
        .transpose()
        .map_err(|e| ApiError::validation("budget_year", "invalid", e.to_string()))?;
    let text = query.q.filter(|q| !q.trim().is_empty());
    let page = state
        .run(move |db, clock| {
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
            let (records, total) =
                db.read(|c| calls::list(c, &filter, paging.offset(), paging.limit()))?;
            let items = records
                .iter()
                .map(|r| CallView::new(&r.call, now, staff))
                .collect();
            Ok(paging.wrap(items, total))
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Get one call. Published calls are public; drafts are visible to admins, finance and
/// auditors only (others get 404).
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = CallView),
        (status = 400, description = "Malformed id", body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security((), ("bearer" = []))
)]
#[get("/calls/{id}")]
pub async fn get_call(
    state: web::Data<AppState>,
    auth: MaybeAuthenticated,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let staff = auth
        .0
        .as_ref()
        .is_some_and(|a| a.role().sees_unpublished_calls());
    let view = state
        .run(move |db, clock| {
            let record = db.read(|c| load(c, id))?;
            if !staff && !record.call.status.is_published() {
                return Err(ApiError::not_found("the call"));
            }
            Ok(CallView::new(&record.call, clock.now(), staff))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Create a draft call (admin).
#[utoipa::path(
    tag = "calls",
    request_body = CallRequest,
    responses(
        (status = 201, description = "The draft", body = CallView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The reference is taken", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls")]
pub async fn create_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    body: ValidJson<CallRequest>,
) -> Result<HttpResponse, ApiError> {
    let draft = body.0.into_draft()?;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let call = Call::create(Uuid::new_v4(), draft, &actor, now)?;
                calls::insert(c, &call, &actor, now)?;
                audit_call(c, &actor, "call.create", None, &call, now)?;
                Ok(CallView::new(&call, now, true))
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/calls/{}", view.id)))
        .json(view))
}

/// Replace a draft call's definition (admin; drafts only).
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = CallRequest,
    responses(
        (status = 200, body = CallView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No longer a draft, or changed concurrently", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/calls/{id}")]
pub async fn update_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<CallRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let draft = body.0.into_draft()?;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let mut record = load(c, id)?;
                let before = record.call.clone();
                record.call.edit(draft, &actor, now)?;
                calls::save(c, &mut record, now)?;
                audit_call(c, &actor, "call.edit", Some(&before), &record.call, now)?;
                Ok(CallView::new(&record.call, now, true))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Record an approval gate's evidence (admin): `if_advice` (finance inspectorate advice),
/// `budget_agreement`, `government_approval`, in that order. An unfavourable verdict is
/// recorded but does not advance the call.
#[utoipa::path(
    tag = "calls",
    params(
        ("id" = Uuid, Path, description = "Call id"),
        ("gate" = String, Path, description = "if_advice, budget_agreement or government_approval"),
    ),
    request_body = GateRequest,
    responses(
        (status = 201, description = "Recorded; the call as it is now", body = CallView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A gate is skipped or already passed; the problem names the gate", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/gates/{gate}")]
pub async fn record_gate(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    path: web::Path<(Uuid, String)>,
    body: ValidJson<GateRequest>,
) -> Result<HttpResponse, ApiError> {
    let (id, gate) = path.into_inner();
    let gate = Gate::parse(&gate).map_err(|_| ApiError::not_found("that gate"))?;
    let body = body.0;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let mut record = load(c, id)?;
                let before = record.call.clone();
                record.call.record_gate(GateEvidence {
                    gate,
                    reference: body.reference,
                    date: body.date,
                    verdict: body.verdict,
                    recorded_by: actor.clone(),
                    recorded_at: now,
                })?;
                calls::save(c, &mut record, now)?;
                let action = format!("call.gate.{}", gate.as_str());
                audit_call(c, &actor, &action, Some(&before), &record.call, now)?;
                Ok(CallView::new(&record.call, now, true))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
}

/// Open an approved call (admin): reserves its budget on the article's VAK ledger, in the same
/// transaction. Refused when the article's available credit is short (the problem says what is
/// available), when a gate is missing or unfavourable, when the call has no assessment criteria
/// (its applications could never be reviewed), or when the deadline has passed.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, description = "Open", body = CallView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Gate missing or unfavourable, no assessment criteria, deadline passed, or insufficient funds", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/open")]
pub async fn open_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let mut record = load(c, id)?;
                let before = record.call.clone();
                record.call.open(now)?;
                reserve_budget(c, &record.call, &actor, now)?;
                calls::save(c, &mut record, now)?;
                audit_call(c, &actor, "call.open", Some(&before), &record.call, now)?;
                Ok(CallView::new(&record.call, now, true))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Moves the call's budget from the article's available account to the call's account.
pub fn reserve_budget(
    c: &mut DbConn,
    call: &Call,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ApiError> {
    let ledger_id = ledger::ledger_id(c, &call.article, call.budget_year, CreditType::Vak)
        .map_err(|e| match e {
            StoreError::NotFound => ApiError::Conflict(format!(
                "budget article {} has no ledger for {}: create and credit it first",
                call.article.as_str(),
                call.budget_year.value()
            )),
            other => other.into(),
        })?;
    let article = ledger::find_account(c, ledger_id, AccountKind::ArticleAvailable, None)?;
    let call_account =
        ledger::ensure_account(c, ledger_id, AccountKind::CallAvailable, call.id, now)?;
    let result = ledger::post_transfer(
        c,
        &TransferSpec {
            id: Uuid::new_v4(),
            debit_account: article.id,
            credit_account: call_account.id,
            amount: call.budget,
            code: TransferCode::Reserve,
            reference: format!("call {} opened", call.reference),
            actor: actor.to_owned(),
        },
        now,
    )?;
    match result.transfer.refusal_error() {
        // rolled back with the rest: a refused opening leaves no trace but its answer
        Some(refusal) => Err(refusal.into()),
        None => Ok(()),
    }
}

/// Extend an open call's deadline to a later instant, with a reason (admin). The history of
/// deadlines is kept and shown.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = ExtendDeadlineRequest,
    responses(
        (status = 201, description = "Extended", body = CallView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not open, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not later than the current deadline, or no reason", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/deadline-extensions")]
pub async fn extend_deadline(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ExtendDeadlineRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let body = body.0;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let mut record = load(c, id)?;
                let before = record.call.clone();
                let deadline =
                    grantdesk_domain::Deadline::parse(&body.deadline, record.call.deadline.zone())
                        .map_err(|e| ApiError::validation("deadline", "invalid", e.to_string()))?;
                record
                    .call
                    .extend_deadline(deadline, &body.reason, &actor, now)?;
                calls::save(c, &mut record, now)?;
                audit_call(
                    c,
                    &actor,
                    "call.extend_deadline",
                    Some(&before),
                    &record.call,
                    now,
                )?;
                Ok(CallView::new(&record.call, now, true))
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
}

/// Cancel a call before it is decided (admin). An opened call's reservation is released back
/// to the article in the same transaction.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = CancelRequest,
    responses(
        (status = 200, description = "Cancelled", body = CallView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already decided or cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/cancel")]
pub async fn cancel_call(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<CancelRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let reason = body.0.reason;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                // decisions holding awards on this call wait, or it waits for them (see
                // `calls::lock`): no hold can land after the holds are voided
                calls::lock(c, id)?;
                let now = clock.now();
                let mut record = load(c, id)?;
                let before = record.call.clone();
                let outcome = record.call.cancel(&reason, &actor, now)?;
                if outcome.releases_reservation {
                    release_budget(c, &record.call, &actor, now)?;
                }
                calls::save(c, &mut record, now)?;
                audit_call(c, &actor, "call.cancel", Some(&before), &record.call, now)?;
                Ok(CallView::new(&record.call, now, true))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Gives what is left of the call back to the article: provisional awards are voided, then
/// the call's account and its tracks' own accounts are emptied into the article's.
fn release_budget(
    c: &mut DbConn,
    call: &Call,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ApiError> {
    for decision in grantdesk_persistence::assessment::current_decisions(c, call.id)? {
        if let Some(hold) = decision.hold_transfer_id {
            ledger::resolve_hold(c, Uuid::new_v5(&hold, b"void"), hold, false, actor, now)?;
        }
    }
    let ledger_id = ledger::ledger_id(c, &call.article, call.budget_year, CreditType::Vak)?;
    let article = ledger::find_account(c, ledger_id, AccountKind::ArticleAvailable, None)?;
    let mut accounts = vec![ledger::find_account(
        c,
        ledger_id,
        AccountKind::CallAvailable,
        Some(call.id),
    )?];
    for t in &call.tracks {
        let owner = crate::routes::assessment::track_owner(call.id, t.number);
        match ledger::find_account(c, ledger_id, AccountKind::TrackAvailable, Some(owner)) {
            Ok(a) => accounts.push(a),
            Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    for account in accounts {
        let account = ledger::account(c, account.id)?;
        let left = account.totals.available();
        if left <= 0 {
            continue;
        }
        let amount = grantdesk_domain::Money::from_cents(left)
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        let result = ledger::post_transfer(
            c,
            &TransferSpec {
                id: Uuid::new_v4(),
                debit_account: account.id,
                credit_account: article.id,
                amount,
                code: TransferCode::Release,
                reference: format!("call {} cancelled", call.reference),
                actor: actor.to_owned(),
            },
            now,
        )?;
        if result.transfer.status == TransferStatus::Refused {
            return Err(ApiError::Ledger(LedgerError::InvalidTransfer(
                "the release was refused".into(),
            )));
        }
    }
    Ok(())
}

/// A call's money: budget, reserved, awarded, held, paid, released, remaining, and per track
/// (admin, finance, auditor). Read from the running totals of the call's, its tracks' and its
/// grants' accounts; with `?at=` recomputed from the transfers recorded at or before then.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id"), BalancesQuery),
    responses(
        (status = 200, body = CallBudgetView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`at` is not an instant with an offset", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/budget")]
pub async fn call_budget(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    id: web::Path<Uuid>,
    query: web::Query<BalancesQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let at = query.into_inner().at.map(|t| t.with_timezone(&Utc));
    let view = state
        .run(move |db, _clock| db.read(|c| budget_view(c, id, at)))
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The call's money from the running totals of its accounts, its tracks' own and its grants';
/// with `at`, as it stood then, recomputed from the transfers.
fn budget_view(
    c: &mut DbConn,
    id: Uuid,
    at: Option<DateTime<Utc>>,
) -> Result<CallBudgetView, ApiError> {
    use crate::routes::assessment::track_owner;
    let call = load(c, id)?.call;
    let ledger_id = match ledger::ledger_id(c, &call.article, call.budget_year, CreditType::Vak) {
        Ok(l) => Some(l),
        Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let grant_tracks = grants::tracks_of(c, call.id)?;
    let mut owners = vec![call.id];
    owners.extend(call.tracks.iter().map(|t| track_owner(call.id, t.number)));
    owners.extend(grant_tracks.iter().map(|g| g.0));
    let figures = match (ledger_id, at) {
        (None, _) => ledger::OwnedFigures::new(),
        (Some(l), None) => ledger::owned_figures(c, l, &owners)?,
        (Some(l), Some(at)) => ledger::owned_figures_at(c, l, &owners, at)?,
    };
    let get = |owner: Uuid, kind: AccountKind| figures.get(&(owner, kind));
    let (mut reserved, mut awarded, mut held, mut released, mut remaining) = (0, 0, 0, 0, 0);
    if let Some(a) = get(call.id, AccountKind::CallAvailable) {
        // money set apart for tracks (RESERVE debits) stays reserved for the call
        reserved = a.code(TransferCode::Reserve).1;
        awarded += a.code(TransferCode::Award).0;
        held += a.totals.debits_pending;
        released += a.code(TransferCode::Release).0;
        remaining += a.totals.available();
    }
    let (mut paid, mut released_from_grants) = (0, 0);
    let mut tracks = Vec::new();
    for t in &call.tracks {
        // the track's grants: committed, paid (net of recoveries), released at settlement
        let (mut t_committed, mut t_paid, mut t_released) = (0, 0, 0);
        for (grant, _) in grant_tracks.iter().filter(|g| g.1 == t.number) {
            if let Some(a) = get(*grant, AccountKind::GrantCommitted) {
                t_committed += a.code(TransferCode::Award).1;
                t_released += a.code(TransferCode::Release).0;
            }
            if let Some(a) = get(*grant, AccountKind::GrantPaid) {
                t_paid += a.totals.balance();
            }
        }
        paid += t_paid;
        released_from_grants += t_released;
        let own = t
            .budget
            .and_then(|_| get(track_owner(call.id, t.number), AccountKind::TrackAvailable));
        let (t_awarded, t_held, t_remaining) = match own {
            Some(a) => {
                released += a.code(TransferCode::Release).0;
                awarded += a.code(TransferCode::Award).0;
                remaining += a.totals.available();
                (
                    a.code(TransferCode::Award).0,
                    a.totals.debits_pending,
                    Some(a.totals.available()),
                )
            }
            // awards to a track without a budget of its own come from the call's account
            None => (t_committed, 0, t.budget.map(|b| b.cents())),
        };
        held += t_held;
        tracks.push(TrackBudgetView {
            number: t.number,
            name: t.name.clone(),
            budget: t.budget.map(|b| b.to_string()),
            awarded: money_string(t_awarded),
            held: money_string(t_held),
            paid: money_string(t_paid),
            released_from_grants: money_string(t_released),
            remaining: t.budget.map(|_| money_string(t_remaining.unwrap_or(0))),
        });
    }
    Ok(CallBudgetView {
        call_id: call.id,
        at,
        budget: call.budget.to_string(),
        reserved: money_string(reserved - released),
        awarded: money_string(awarded),
        held: money_string(held),
        paid: money_string(paid),
        released: money_string(released),
        released_from_grants: money_string(released_from_grants),
        remaining: money_string(remaining),
        tracks,
    })
}

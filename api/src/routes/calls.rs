//! Calls: drafting, the approval gates, opening (which reserves the budget on the ledger),
//! deadline extensions, cancelling (which releases it) and the budget summary.

use actix_web::{get, post, put, web, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_domain::{figures, postings, Call, CreditType, Gate, GateEvidence};
use grantdesk_persistence::calls::{self, CallFilter, Visibility};
use grantdesk_persistence::ledger;
use grantdesk_persistence::{audit, grants, DbConn, StoreError};
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, BudgetReaders, MaybeAuthenticated};
use crate::dto::articles::BalancesQuery;
use crate::dto::calls::{
    CallBudgetView, CallListQuery, CallRequest, CallView, CancelRequest, ExtendDeadlineRequest,
    GateRequest,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, Resource, ResourceWrite, SignedInResource};
use crate::services::load;
use crate::state::AppState;

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
        SignedInResource,
        (status = 400, description = "Malformed id", body = Problem, content_type = "application/problem+json"),
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
            let record = db.read(|c| load::call(c, id))?;
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
        Creation,
        (status = 409, description = "The reference is taken", body = Problem, content_type = "application/problem+json"),
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
        ResourceWrite,
        (status = 409, description = "No longer a draft, or changed concurrently", body = Problem, content_type = "application/problem+json"),
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
                let mut record = load::call(c, id)?;
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
        ResourceWrite,
        (status = 409, description = "A gate is skipped or already passed; the problem names the gate", body = Problem, content_type = "application/problem+json"),
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
                let mut record = load::call(c, id)?;
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
        Resource,
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
                let mut record = load::call(c, id)?;
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

/// Reserves the call's budget on its article (the domain's opening postings).
pub fn reserve_budget(
    c: &mut DbConn,
    call: &Call,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ApiError> {
    let posting = postings::open_call(call, Uuid::new_v4());
    ledger::execute(c, &call.article, call.budget_year, &[posting], actor, now)?;
    Ok(())
}

/// Extend an open call's deadline to a later instant, with a reason (admin). The history of
/// deadlines is kept and shown.
#[utoipa::path(
    tag = "calls",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = ExtendDeadlineRequest,
    responses(
        (status = 201, description = "Extended", body = CallView),
        ResourceWrite,
        (status = 409, description = "Not open, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
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
                let mut record = load::call(c, id)?;
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
        ResourceWrite,
        (status = 409, description = "Already decided or cancelled", body = Problem, content_type = "application/problem+json"),
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
                let mut record = load::call(c, id)?;
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

/// Gives what is left of the call back to the article (the domain's cancelling postings):
/// provisional awards are voided, then the call's account and its tracks' own accounts are
/// emptied into the article's.
fn release_budget(
    c: &mut DbConn,
    call: &Call,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ApiError> {
    let holds = grantdesk_persistence::assessment::current_decisions(c, call.id)?
        .into_iter()
        .filter_map(|d| d.hold_transfer_id);
    let postings = postings::cancel_call(call, holds);
    ledger::execute(c, &call.article, call.budget_year, &postings, actor, now)?;
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
        Resource,
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
    let call = load::call(c, id)?.call;
    let ledger_id = match ledger::ledger_id(c, &call.article, call.budget_year, CreditType::Vak) {
        Ok(l) => Some(l),
        Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let grant_tracks = grants::tracks_of(c, call.id)?;
    let owners = figures::call_owners(&call, &grant_tracks);
    let accounts = match (ledger_id, at) {
        (None, _) => figures::OwnedFigures::new(),
        (Some(l), None) => ledger::owned_figures(c, l, &owners)?,
        (Some(l), Some(at)) => ledger::owned_figures_at(c, l, &owners, at)?,
    };
    let f = figures::call_figures(&call, &grant_tracks, &accounts)?;
    Ok(CallBudgetView::new(call.id, at, &f))
}

//! The ledger: read transfers, reverse a credit.

use actix_web::{get, post, web, HttpResponse};
use grantdesk_domain::{
    BudgetArticle, BudgetYear, CreditType, TransferCode, TransferSpec, TransferStatus,
};
use grantdesk_persistence::ledger::{self, TransferFilter, TransferResult};
use grantdesk_persistence::{audit, Db, DbConn};
use uuid::Uuid;

use crate::auth::{Authorized, BudgetReaders, FinanceOnly};
use crate::dto::ledger::{ReversalRequest, TransferListQuery, TransferView};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Listing, Resource, ResourceWrite};
use crate::routes::articles::transfer_response;
use crate::state::AppState;

/// Runs a transfer-writing transaction; when a concurrent request with the same transfer id
/// committed first (the id is the primary key), runs it once more so that it is answered as a
/// replay of what was stored.
pub fn with_replay_retry(
    db: &Db,
    mut f: impl FnMut(&mut DbConn) -> Result<TransferResult, ApiError> + Send,
) -> Result<TransferResult, ApiError> {
    match db.write(&mut f) {
        Err(ApiError::Conflict(_)) => db.write(f),
        other => other,
    }
}

/// List transfers, oldest first (finance, admin, auditor). Filter by article and year (with
/// credit type, default VAK), by account, by code.
#[utoipa::path(
    tag = "ledger",
    params(TransferListQuery),
    responses(
        (status = 200, body = Page<TransferView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/ledger/transfers")]
pub async fn list_transfers(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<TransferListQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let paging = PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let code = q
        .code
        .as_deref()
        .map(TransferCode::parse)
        .transpose()
        .map_err(|e| ApiError::validation("code", "invalid", e.to_string()))?;
    let credit_type = q
        .credit_type
        .as_deref()
        .map(CreditType::parse)
        .transpose()
        .map_err(|e| ApiError::validation("credit_type", "invalid", e.to_string()))?
        .unwrap_or(CreditType::Vak);
    let article = match (&q.budget_article, q.budget_year) {
        (Some(a), Some(y)) => Some((
            BudgetArticle::parse(a)
                .map_err(|e| ApiError::validation("budget_article", "invalid", e.to_string()))?,
            BudgetYear::new(y)
                .map_err(|e| ApiError::validation("budget_year", "range", e.to_string()))?,
        )),
        (None, None) => None,
        _ => {
            return Err(ApiError::validation(
                "budget_article",
                "required",
                "give budget_article and budget_year together",
            ))
        }
    };
    let account = q.account_id;
    let page = state
        .run(move |db, _| {
            db.read(|c| {
                let ledger = match &article {
                    Some((a, y)) => match ledger::ledger_id(c, a, *y, credit_type) {
                        Ok(l) => Some(l),
                        Err(grantdesk_persistence::StoreError::NotFound) => {
                            return Ok(paging.wrap(Vec::new(), 0))
                        }
                        Err(e) => return Err(e.into()),
                    },
                    None => None,
                };
                let filter = TransferFilter {
                    ledger,
                    account,
                    code,
                };
                let (rows, total) =
                    ledger::list_transfers(c, &filter, paging.offset(), paging.limit())?;
                Ok(paging.wrap(rows.iter().map(TransferView::from).collect(), total))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One transfer (finance, admin, auditor).
#[utoipa::path(
    tag = "ledger",
    params(("id" = Uuid, Path, description = "Transfer id")),
    responses(
        (status = 200, body = TransferView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/ledger/transfers/{id}")]
pub async fn get_transfer(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let view = state
        .run(move |db, _| {
            let t = db
                .read(|c| ledger::find_transfer(c, id))?
                .ok_or_else(|| ApiError::not_found("the transfer"))?;
            Ok(TransferView::from(&t))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Reverse a credit (finance): a REVERSE transfer moving the amount back from the article's
/// available account to its appropriation. Refused (and stays refused under its id) when that
/// money is no longer available, e.g. because a call reserved it. Idempotent on `transfer_id`.
#[utoipa::path(
    tag = "ledger",
    params(("id" = Uuid, Path, description = "The CREDIT transfer to reverse")),
    request_body = ReversalRequest,
    responses(
        (status = 201, description = "Reversed", body = TransferView),
        (status = 200, description = "Replay", body = TransferView),
        ResourceWrite,
        (status = 409, description = "Insufficient funds (stays refused), id conflict, or not a posted credit", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/ledger/transfers/{id}/reversal")]
pub async fn reverse_transfer(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ReversalRequest>,
) -> Result<HttpResponse, ApiError> {
    let original_id = id.into_inner();
    let body = body.0;
    let actor = auth.actor();
    let result = state
        .run(move |db, clock| {
            with_replay_retry(db, |c| {
                let now = clock.now();
                let original = ledger::find_transfer(c, original_id)?
                    .ok_or_else(|| ApiError::not_found("the transfer"))?;
                if original.code != TransferCode::Credit
                    || original.status != TransferStatus::Posted
                {
                    return Err(ApiError::Conflict(
                        "only a posted CREDIT transfer can be reversed here".into(),
                    ));
                }
                // one reversal per transfer (a replay of it is answered below as a replay)
                if let Some(done) = ledger::reversal_of(c, original.id)? {
                    if done != body.transfer_id {
                        return Err(ApiError::Conflict(format!(
                            "transfer {} was reversed already (transfer {done})",
                            original.id
                        )));
                    }
                }
                let spec = TransferSpec {
                    id: body.transfer_id,
                    debit_account: original.credit_account_id,
                    credit_account: original.debit_account_id,
                    amount: original.amount,
                    code: TransferCode::Reverse,
                    reference: format!("reversal of {}: {}", original.id, body.reference.trim()),
                    actor: actor.clone(),
                };
                let result = ledger::post_transfer(c, &spec, now)?;
                if !result.replayed {
                    audit::record(
                        c,
                        &actor,
                        "ledger.reverse",
                        ("transfer", &spec.id.to_string()),
                        None,
                        serde_json::to_value(TransferView::from(&result.transfer)).ok(),
                        now,
                    )?;
                }
                Ok(result)
            })
        })
        .await?;
    transfer_response(result)
}

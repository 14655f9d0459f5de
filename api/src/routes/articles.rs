//! Budget articles: create, credit (idempotent), balances per article and year.

use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_domain::{figures, postings, AccountKind, BudgetArticle, BudgetYear, CreditType};
use grantdesk_persistence::ledger::{self, LedgerWriteError, TransferResult};
use grantdesk_persistence::{audit, DbConn, StoreError};

use crate::auth::{Authorized, BudgetReaders, FinanceOnly, FinanceOrAdmin};
use crate::dto::articles::{
    ArticleBalance, ArticleBalancesView, ArticleListQuery, ArticleView, BalancesQuery,
    CreateArticleRequest, CreditRequest,
};
use crate::dto::ledger::TransferView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, Listing, Resource, ResourceWrite};
use crate::state::AppState;

fn parse_key(code: &str, year: i32) -> Result<(BudgetArticle, BudgetYear), ApiError> {
    let code =
        BudgetArticle::parse(code).map_err(|_| ApiError::not_found("that budget article"))?;
    let year = BudgetYear::new(year).map_err(|_| ApiError::not_found("that budget year"))?;
    Ok((code, year))
}

fn not_found_article(e: StoreError) -> ApiError {
    match e {
        StoreError::NotFound => ApiError::not_found("the budget article for that year"),
        other => other.into(),
    }
}

/// Create a budget article for a budget year, with its VAK and VEK ledgers (finance, admin).
#[utoipa::path(
    tag = "budget",
    request_body = CreateArticleRequest,
    responses(
        (status = 201, body = ArticleView),
        Creation,
        (status = 409, description = "Exists already", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/budget-articles")]
pub async fn create_article(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOrAdmin>,
    body: ValidJson<CreateArticleRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.0;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let rec = ledger::create_article(
                    c,
                    &body.code,
                    body.budget_year,
                    body.description.trim(),
                    &actor,
                    now,
                )?;
                let view = ArticleView {
                    code: rec.code.as_str().to_owned(),
                    budget_year: rec.year.value(),
                    description: rec.description,
                    created_at: rec.created_at,
                };
                audit::record(
                    c,
                    &actor,
                    "budget_article.create",
                    (
                        "budget_article",
                        &format!("{}/{}", view.code, view.budget_year),
                    ),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            "Location",
            format!("/api/v1/budget-articles/{}/{}", view.code, view.budget_year),
        ))
        .json(view))
}

/// List budget articles (finance, admin, auditor).
#[utoipa::path(
    tag = "budget",
    params(ArticleListQuery),
    responses(
        (status = 200, body = Page<ArticleView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/budget-articles")]
pub async fn list_articles(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<ArticleListQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let year = query
        .budget_year
        .map(BudgetYear::new)
        .transpose()
        .map_err(|e| ApiError::validation("budget_year", "range", e.to_string()))?;
    let page = state
        .run(move |db, _| {
            let (rows, total) =
                db.read(|c| ledger::list_articles(c, year, paging.offset(), paging.limit()))?;
            let items = rows
                .into_iter()
                .map(|r| ArticleView {
                    code: r.code.as_str().to_owned(),
                    budget_year: r.year.value(),
                    description: r.description,
                    created_at: r.created_at,
                })
                .collect();
            Ok(paging.wrap(items, total))
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

fn balance(
    c: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
    ct: CreditType,
    at: Option<DateTime<Utc>>,
) -> Result<ArticleBalance, ApiError> {
    let ledger_id = ledger::ledger_id(c, code, year, ct).map_err(not_found_article)?;
    let available = ledger::find_account(c, ledger_id, AccountKind::ArticleAvailable, None)?;
    // now: the running totals (a fixed number of rows); at an instant: recomputed from history
    let (totals, available) = match at {
        None => (
            ledger::ledger_totals(c, ledger_id)?,
            available.totals.available(),
        ),
        Some(at) => (
            ledger::ledger_totals_at(c, ledger_id, at)?,
            ledger::account_totals_at(c, available.id, at)?.available(),
        ),
    };
    Ok(ArticleBalance::from(&figures::article_figures(
        ct, &totals, available,
    )?))
}

/// An article's balances for a year, per credit type (finance, admin, auditor): credit,
/// reserved for calls, committed, paid, recovered, released, available. Read from running
/// totals (a fixed number of rows, however long the history); with `?at=` recomputed from the
/// transfers recorded at or before that instant, which gives what the running totals said then.
#[utoipa::path(
    tag = "budget",
    params(
        ("code" = String, Path, example = "SJ0-1SMC2GA-WT"),
        ("year" = i32, Path, example = 2023),
        BalancesQuery,
    ),
    responses(
        (status = 200, body = ArticleBalancesView),
        Resource,
        (status = 422, description = "`at` is not an instant with an offset", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/budget-articles/{code}/{year}")]
pub async fn article_balances(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    path: web::Path<(String, i32)>,
    query: web::Query<BalancesQuery>,
) -> Result<HttpResponse, ApiError> {
    let (code, year) = path.into_inner();
    let (code, year) = parse_key(&code, year)?;
    let at = query.into_inner().at.map(|t| t.with_timezone(&Utc));
    let view = state
        .run(move |db, _| {
            db.read(|c| {
                let rec = ledger::find_article(c, &code, year).map_err(not_found_article)?;
                let balances = [CreditType::Vak, CreditType::Vek]
                    .into_iter()
                    .map(|ct| balance(c, &code, year, ct, at))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(ArticleBalancesView {
                    code: rec.code.as_str().to_owned(),
                    budget_year: rec.year.value(),
                    description: rec.description,
                    at,
                    balances,
                })
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Respond to a transfer: 201 when it moved money now, 200 on a replay, the stored refusal
/// (409) when it was refused, now or before.
pub fn transfer_response(result: TransferResult) -> Result<HttpResponse, ApiError> {
    if let Some(refusal) = result.transfer.refusal_error() {
        return Err(refusal.into());
    }
    let view = TransferView::from(&result.transfer);
    Ok(if result.replayed {
        HttpResponse::Ok().json(view)
    } else {
        HttpResponse::Created()
            .insert_header(("Location", format!("/api/v1/ledger/transfers/{}", view.id)))
            .json(view)
    })
}

/// Credit an article (finance): a CREDIT transfer from the article's appropriation to its
/// available account. Idempotent on `transfer_id`: the same id and payload → 200 with the same
/// transfer; the same id with another payload → 409.
#[utoipa::path(
    tag = "budget",
    params(
        ("code" = String, Path, example = "SJ0-1SMC2GA-WT"),
        ("year" = i32, Path, example = 2023),
    ),
    request_body = CreditRequest,
    responses(
        (status = 201, description = "Credited", body = TransferView),
        (status = 200, description = "Replay of a transfer already made", body = TransferView),
        ResourceWrite,
        (status = 409, description = "Transfer id used with another payload", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/budget-articles/{code}/{year}/credits")]
pub async fn credit_article(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOnly>,
    path: web::Path<(String, i32)>,
    body: ValidJson<CreditRequest>,
) -> Result<HttpResponse, ApiError> {
    let (code, year) = path.into_inner();
    let (code, year) = parse_key(&code, year)?;
    let body = body.0;
    let actor = auth.actor();
    let result = state
        .run(move |db, clock| {
            crate::routes::ledger::with_replay_retry(db, |c| {
                let now = clock.now();
                let posting = postings::credit_article(
                    body.transfer_id,
                    body.credit_type,
                    body.amount,
                    body.reference.trim().to_owned(),
                );
                let result = ledger::execute(c, &code, year, &[posting], &actor, now)
                    .map_err(|e| match e {
                        LedgerWriteError::NoLedger { .. } => {
                            ApiError::not_found("the budget article for that year")
                        }
                        other => other.into(),
                    })?
                    .pop()
                    .ok_or_else(|| ApiError::Internal("a credit wrote no transfer".into()))?;
                if !result.replayed {
                    audit::record(
                        c,
                        &actor,
                        "ledger.credit",
                        ("transfer", &result.transfer.id.to_string()),
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

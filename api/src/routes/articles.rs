//! Budget articles: create, list, balances per article and year, credit (idempotent); see
//! `services::articles` and `services::budget`.

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{Authorized, BudgetReaders, FinanceOnly, FinanceOrAdmin};
use crate::dto::articles::{
    ArticleBalancesView, ArticleListQuery, ArticleView, BalancesQuery, CreateArticleRequest,
    CreditRequest,
};
use crate::dto::ledger::TransferView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Creation, Listing, Resource, ResourceWrite};
use crate::replies;
use crate::services::{articles, budget};
use crate::state::AppState;

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
    let view = articles::create(&state, auth.claims(), body.0).await?;
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
    let page = articles::list(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
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
    let at = query.into_inner().instant()?;
    let view = budget::article(&state, articles::key(&code, year)?, at).await?;
    Ok(HttpResponse::Ok().json(view))
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
    let key = articles::key(&code, year)?;
    let recorded = articles::credit(&state, auth.claims(), key, body.0).await?;
    Ok(replies::transfer(recorded))
}

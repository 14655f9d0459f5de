//! Budget articles: create, credit (idempotent), balances per article and year.

use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_domain::{
    AccountKind, BudgetArticle, BudgetYear, CreditType, TransferCode, TransferSpec,
};
use grantdesk_persistence::ledger::{self, TransferResult};
use grantdesk_persistence::{audit, DbConn, StoreError};

use crate::auth::{Authorized, BudgetReaders, FinanceOnly, FinanceOrAdmin};
use crate::dto::articles::{
    money_string, ArticleBalance, ArticleBalancesView, ArticleListQuery, ArticleView,
    BalancesQuery, CreateArticleRequest, CreditRequest,
};
use crate::dto::ledger::TransferView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
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
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Exists already", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
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
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
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
    let debits = |kind, code| totals.get(&(kind, code)).map_or(0, |t| t.0);
    let credits = |kind, code| totals.get(&(kind, code)).map_or(0, |t| t.1);
    use AccountKind as K;
    use TransferCode as T;
    let credit = debits(K::ArticleSource, T::Credit) - credits(K::ArticleSource, T::Reverse);
    let released_from_calls =
        debits(K::CallAvailable, T::Release) + debits(K::TrackAvailable, T::Release);
    let released_from_grants = debits(K::GrantCommitted, T::Release);
    let (paid, recovered) = match ct {
        // VAK: commitments liquidated (grant committed → grant paid), less recoveries
        CreditType::Vak => {
            let recovered = debits(K::GrantPaid, T::Recover);
            (
                credits(K::GrantPaid, T::PayAdvance) + credits(K::GrantPaid, T::PayBalance)
                    - recovered,
                recovered,
            )
        }
        // VEK: paid out of the article's payment credit, less what came back
        CreditType::Vek => {
            let recovered = credits(K::ArticleAvailable, T::Recover);
            (
                debits(K::ArticleAvailable, T::PayAdvance)
                    + debits(K::ArticleAvailable, T::PayBalance)
                    - recovered,
                recovered,
            )
        }
    };
    Ok(ArticleBalance {
        credit_type: ct,
        credit: money_string(credit),
        reserved_for_calls: money_string(
            debits(K::ArticleAvailable, T::Reserve) - released_from_calls,
        ),
        committed: money_string(credits(K::GrantCommitted, T::Award)),
        paid: money_string(paid),
        recovered: money_string(recovered),
        released: money_string(released_from_calls + released_from_grants),
        released_from_calls: money_string(released_from_calls),
        released_from_grants: money_string(released_from_grants),
        available: money_string(available),
    })
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
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
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
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Transfer id used with another payload", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
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
                let ledger_id = ledger::ledger_id(c, &code, year, body.credit_type)
                    .map_err(not_found_article)?;
                let source = ledger::find_account(c, ledger_id, AccountKind::ArticleSource, None)?;
                let available =
                    ledger::find_account(c, ledger_id, AccountKind::ArticleAvailable, None)?;
                let spec = TransferSpec {
                    id: body.transfer_id,
                    debit_account: source.id,
                    credit_account: available.id,
                    amount: body.amount,
                    code: TransferCode::Credit,
                    reference: body.reference.trim().to_owned(),
                    actor: actor.clone(),
                };
                let result = ledger::post_transfer(c, &spec, now)?;
                if !result.replayed {
                    audit::record(
                        c,
                        &actor,
                        "ledger.credit",
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

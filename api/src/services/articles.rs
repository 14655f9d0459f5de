//! Budget articles: created per budget year with their two ledgers, listed, credited (an
//! idempotent CREDIT transfer).

use grantdesk_domain::{
    check_name, postings, BudgetArticle, BudgetYear, ARTICLE_DESCRIPTION_CHARS,
};
use grantdesk_persistence::audit;
use grantdesk_persistence::ledger::{self, LedgerWriteError};

use crate::auth::Claims;
use crate::dto::articles::{ArticleListQuery, ArticleView, CreateArticleRequest, CreditRequest};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::ledger::{audit_transfer, with_replay_retry, Recorded};
use crate::state::AppState;

/// An article and year named in a path; one that cannot exist is "not found".
pub fn key(code: &str, year: i32) -> Result<(BudgetArticle, BudgetYear), ApiError> {
    let code =
        BudgetArticle::parse(code).map_err(|_| ApiError::not_found("that budget article"))?;
    let year = BudgetYear::new(year).map_err(|_| ApiError::not_found("that budget year"))?;
    Ok((code, year))
}

/// A budget article for a budget year, with its VAK and VEK ledgers.
pub async fn create(
    state: &AppState,
    claims: &Claims,
    body: CreateArticleRequest,
) -> Result<ArticleView, ApiError> {
    let description = check_name(&body.description, ARTICLE_DESCRIPTION_CHARS)
        .map_err(|rule| ApiError::rule("description", &rule))?
        .to_owned();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let rec =
                ledger::create_article(c, &body.code, body.budget_year, &description, &actor, now)?;
            let view = ArticleView::from(rec);
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
            Ok(view)
        })
        .await
}

/// Budget articles, newest year first.
pub async fn list(
    state: &AppState,
    query: ArticleListQuery,
) -> Result<Page<ArticleView>, ApiError> {
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let year = query
        .budget_year
        .map(BudgetYear::new)
        .transpose()
        .map_err(|e| ApiError::rule("budget_year", &e.rule()))?;
    state
        .read(move |c, _| {
            let (rows, total) = ledger::list_articles(c, year, paging.offset(), paging.limit())?;
            Ok(paging.wrap(rows.into_iter().map(ArticleView::from).collect(), total))
        })
        .await
}

/// An article credited (the domain's credit posting): the same id and payload again is a
/// replay; the same id with another payload a conflict.
pub async fn credit(
    state: &AppState,
    claims: &Claims,
    (code, year): (BudgetArticle, BudgetYear),
    body: CreditRequest,
) -> Result<Recorded, ApiError> {
    let actor = claims.actor();
    let result = state
        .run(move |db, clock| {
            with_replay_retry(db, |c| {
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
                audit_transfer(c, &actor, "ledger.credit", &result)?;
                Ok(result)
            })
        })
        .await?;
    Recorded::of(result)
}

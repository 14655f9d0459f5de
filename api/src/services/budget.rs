//! The finance read models: an article's balances per credit type and a call's money per
//! track, from the ledger's running totals (a fixed number of rows, however long the history)
//! or, with an instant, recomputed from the transfers recorded at or before it. The figures
//! themselves are the domain's (`grantdesk_domain::figures`).

use chrono::{DateTime, Utc};
use grantdesk_domain::{figures, AccountKind, BudgetArticle, BudgetYear, CreditType};
use grantdesk_persistence::{grants, ledger, DbConn, StoreError};
use uuid::Uuid;

use crate::dto::articles::{ArticleBalance, ArticleBalancesView};
use crate::dto::calls::CallBudgetView;
use crate::error::ApiError;
use crate::services::load;
use crate::state::AppState;

fn no_article(e: StoreError) -> ApiError {
    match e {
        StoreError::NotFound => ApiError::not_found("the budget article for that year"),
        other => other.into(),
    }
}

/// An article's balances for a year, VAK and VEK; `at`: as they stood then.
pub async fn article(
    state: &AppState,
    (code, year): (BudgetArticle, BudgetYear),
    at: Option<DateTime<Utc>>,
) -> Result<ArticleBalancesView, ApiError> {
    state
        .read(move |c, _| {
            let rec = ledger::find_article(c, &code, year).map_err(no_article)?;
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
        .await
}

fn balance(
    c: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
    ct: CreditType,
    at: Option<DateTime<Utc>>,
) -> Result<ArticleBalance, ApiError> {
    let ledger_id = ledger::ledger_id(c, code, year, ct).map_err(no_article)?;
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

/// A call's money, per track: from the running totals of its accounts, its tracks' own and
/// its grants'; `at`: as it stood then.
pub async fn call(
    state: &AppState,
    id: Uuid,
    at: Option<DateTime<Utc>>,
) -> Result<CallBudgetView, ApiError> {
    state
        .read(move |c, _| {
            let call = load::call(c, id)?.call;
            let ledger_id =
                match ledger::ledger_id(c, &call.article, call.budget_year, CreditType::Vak) {
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
        })
        .await
}

//! The ledger as finance reads and corrects it: transfers listed and read, a credit reversed
//! with a new transfer (a mistake is corrected, never edited); and how a transfer written under a
//! client's idempotency key is answered.

use grantdesk_domain::Rule;
use grantdesk_domain::{
    BudgetArticle, BudgetYear, CreditType, TransferCode, TransferSpec, TransferStatus,
};
use grantdesk_persistence::ledger::{self, TransferFilter, TransferResult};
use grantdesk_persistence::{audit, Db, DbConn, StoreError};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::ledger::{ReversalRequest, TransferListQuery, TransferView};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// A transfer written under a client's id: now, or found again by a replay of the id.
pub struct Recorded {
    pub transfer: TransferView,
    /// `true` when the id had been seen before: nothing was written now.
    pub replayed: bool,
}

impl Recorded {
    /// The answer to a transfer request: the stored refusal (a 409, now or on every replay),
    /// or the transfer.
    pub fn of(result: TransferResult) -> Result<Recorded, ApiError> {
        if let Some(refusal) = result.transfer.refusal_error() {
            return Err(refusal.into());
        }
        Ok(Recorded {
            transfer: TransferView::from(&result.transfer),
            replayed: result.replayed,
        })
    }
}

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

/// Records a transfer written now (a replay wrote nothing and records nothing).
pub fn audit_transfer(
    c: &mut DbConn,
    actor: &str,
    action: &str,
    result: &TransferResult,
) -> Result<(), ApiError> {
    if !result.replayed {
        audit::record(
            c,
            actor,
            action,
            ("transfer", &result.transfer.id.to_string()),
            None,
            serde_json::to_value(TransferView::from(&result.transfer)).ok(),
            result.transfer.created_at,
        )?;
    }
    Ok(())
}

/// Transfers, oldest first: of an article's ledger for a year and credit type (VAK by
/// default), of an account, of a code.
pub async fn list(state: &AppState, q: TransferListQuery) -> Result<Page<TransferView>, ApiError> {
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
        .map_err(|e| ApiError::rule("code", &e.rule()))?;
    let credit_type = q
        .credit_type
        .as_deref()
        .map(CreditType::parse)
        .transpose()
        .map_err(|e| ApiError::rule("credit_type", &e.rule()))?
        .unwrap_or(CreditType::Vak);
    let article = match (&q.budget_article, q.budget_year) {
        (Some(a), Some(y)) => Some((
            BudgetArticle::parse(a).map_err(|e| ApiError::rule("budget_article", &e.rule()))?,
            BudgetYear::new(y).map_err(|e| ApiError::rule("budget_year", &e.rule()))?,
        )),
        (None, None) => None,
        _ => {
            let (field, with) = if q.budget_article.is_some() {
                ("budget_article", "budget_year")
            } else {
                ("budget_year", "budget_article")
            };
            return Err(ApiError::rule(
                field,
                &Rule::Together {
                    with: with.to_owned(),
                },
            ));
        }
    };
    let account = q.account_id;
    state
        .read(move |c, _| {
            let ledger = match &article {
                Some((a, y)) => match ledger::ledger_id(c, a, *y, credit_type) {
                    Ok(l) => Some(l),
                    Err(StoreError::NotFound) => return Ok(paging.wrap(Vec::new(), 0)),
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
        .await
}

/// One transfer.
pub async fn get(state: &AppState, id: Uuid) -> Result<TransferView, ApiError> {
    state
        .read(move |c, _| {
            let t =
                ledger::find_transfer(c, id)?.ok_or_else(|| ApiError::not_found("the transfer"))?;
            Ok(TransferView::from(&t))
        })
        .await
}

/// A posted credit reversed: a REVERSE transfer moving its amount back from the article's
/// available account to its appropriation, refused (and staying refused under its id) when
/// that money is no longer available. Once per credit; idempotent on the reversal's id.
pub async fn reverse(
    state: &AppState,
    claims: &Claims,
    original_id: Uuid,
    body: ReversalRequest,
) -> Result<Recorded, ApiError> {
    let actor = claims.actor();
    let result = state
        .run(move |db, clock| {
            with_replay_retry(db, |c| {
                let now = clock.now();
                let original = ledger::find_transfer(c, original_id)?
                    .ok_or_else(|| ApiError::not_found("the transfer"))?;
                if original.code != TransferCode::Credit
                    || original.status != TransferStatus::Posted
                {
                    return Err(ApiError::Refused(Rule::OnlyCreditReversed));
                }
                // one reversal per transfer (a replay of it is answered below as a replay)
                if let Some(done) = ledger::reversal_of(c, original.id)? {
                    if done != body.transfer_id {
                        return Err(ApiError::Refused(Rule::ReversedAlready {
                            transfer: original.id.to_string(),
                            reversal: done.to_string(),
                        }));
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
                audit_transfer(c, &actor, "ledger.reverse", &result)?;
                Ok(result)
            })
        })
        .await?;
    Recorded::of(result)
}

//! Executes the postings the domain says an event makes ([`grantdesk_domain::postings`]) in the
//! caller's write transaction. It decides nothing: it finds the accounts by their role in the
//! ledgers of the call's budget article and year (opening a credited account on first use), and
//! writes each transfer through the guarded write path. A refusal (the guarded debit found too
//! little) comes back as the rule's error, so that the caller's transaction rolls back with
//! everything else the event did.

use chrono::{DateTime, Utc};
use grantdesk_domain::{
    AccountRef, Amount, BudgetArticle, BudgetYear, CreditType, LedgerError, Money, Phase, Posting,
    Rule, TransferSpec,
};
use uuid::Uuid;

use crate::db::DbConn;
use crate::StoreError;

use super::*;

/// The ledger a posting runs in, found once per credit type.
fn ledger(
    conn: &mut DbConn,
    article: &BudgetArticle,
    year: BudgetYear,
    credit_type: CreditType,
) -> Result<Uuid, LedgerWriteError> {
    ledger_id(conn, article, year, credit_type).map_err(|e| match e {
        StoreError::NotFound => LedgerWriteError::NoLedger {
            article: article.clone(),
            year,
        },
        other => other.into(),
    })
}

/// Runs `postings` in order in the ledgers of `article` and `year`, as `actor`. Returns what
/// each transfer and resolution wrote (replays included; a `Remaining` posting with nothing to
/// move writes nothing).
pub fn execute(
    conn: &mut DbConn,
    article: &BudgetArticle,
    year: BudgetYear,
    postings: &[Posting],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<TransferResult>, LedgerWriteError> {
    let mut results = Vec::with_capacity(postings.len());
    for posting in postings {
        match posting {
            Posting::Resolve { id, hold, post } => {
                results.push(resolve_hold(conn, *id, *hold, *post, actor, now)?);
            }
            Posting::Transfer {
                id,
                credit_type,
                debit,
                credit,
                amount,
                code,
                reference,
                phase,
            } => {
                let ledger = ledger(conn, article, year, *credit_type)?;
                let debit = match (find(conn, ledger, debit)?, amount) {
                    (Some(account), _) => account,
                    // nothing to give back from an account that was never opened
                    (None, Amount::Remaining) => continue,
                    (None, Amount::Exact(_)) => {
                        return Err(LedgerError::InvalidTransfer(Rule::AccountNotOpened {
                            kind: debit.kind.to_string(),
                            owner: debit.owner.map(|o| o.to_string()).unwrap_or_default(),
                        })
                        .into())
                    }
                };
                let amount = match amount {
                    Amount::Exact(m) => *m,
                    Amount::Remaining => match debit.totals.available() {
                        left if left > 0 => Money::from_cents(left).map_err(|e| {
                            LedgerError::Inconsistent(format!("account {}: {e}", debit.id))
                        })?,
                        _ => continue,
                    },
                };
                let credit = match credit.owner {
                    Some(owner) => ensure_account(conn, ledger, credit.kind, owner, now)?,
                    None => find_account(conn, ledger, credit.kind, None)?,
                };
                let spec = TransferSpec {
                    id: *id,
                    debit_account: debit.id,
                    credit_account: credit.id,
                    amount,
                    code: *code,
                    reference: reference.clone(),
                    actor: actor.to_owned(),
                };
                let result = match phase {
                    Phase::Post => post_transfer(conn, &spec, now)?,
                    Phase::Hold => hold_transfer(conn, &spec, now)?,
                };
                if let Some(refusal) = result.transfer.refusal_error() {
                    // the caller's transaction rolls back: a refused event leaves no trace but
                    // its answer
                    return Err(refusal.into());
                }
                results.push(result);
            }
        }
    }
    Ok(results)
}

/// What the account `account` names (in the VAK ledger of `article` and `year`) has available:
/// zero when it was never opened. Read inside a write transaction after its locks, this is
/// what the next guarded debit of that account can take.
pub fn available(
    conn: &mut DbConn,
    article: &BudgetArticle,
    year: BudgetYear,
    account: &AccountRef,
) -> Result<Money, LedgerWriteError> {
    let ledger = ledger(conn, article, year, CreditType::Vak)?;
    match find(conn, ledger, account)? {
        Some(a) => Money::from_cents(a.totals.available().max(0))
            .map_err(|e| LedgerError::Inconsistent(format!("account {}: {e}", a.id)).into()),
        None => Ok(Money::ZERO),
    }
}

/// The account a reference names, if it was opened.
fn find(
    conn: &mut DbConn,
    ledger: Uuid,
    account: &AccountRef,
) -> Result<Option<Account>, StoreError> {
    match find_account(conn, ledger, account.kind, account.owner) {
        Ok(a) => Ok(Some(a)),
        Err(StoreError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

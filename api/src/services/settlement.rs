//! Paying a grant's money, and settling the grant once its final report is accepted.
//!
//! Settlement, with `entitled = min(committed, accepted spend)` (the domain's
//! [`settle`](grantdesk_domain::settle)):
//! - the **balance** `entitled − paid` (when positive) is paid as the final-report tranche: VAK
//!   `PAY_BALANCE` grant committed → grant paid, and VEK `PAY_BALANCE` article available →
//!   grant paid, like any tranche;
//! - a **recovery** `paid − entitled` (when the advances exceeded what is due) is booked back:
//!   VEK `RECOVER` grant paid → article available (the payment credit returns to the article),
//!   and VAK `RECOVER` grant paid → grant committed (the liquidation is undone, so that the
//!   amount can be released with the rest);
//! - the **release** `committed − entitled` (what the grant no longer needs) is decommitted:
//!   VAK `RELEASE` grant committed → the **article's** available account. Released money goes
//!   back to the budget article and year it came from, not to the call: a decided call makes
//!   no more awards, while the article's credit can fund the next call.
//!
//! Afterwards the grant's committed account is at zero; paid (net of recovery) plus released
//! equals the committed amount to the cent.

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::EventType;
use grantdesk_domain::Rule;
use grantdesk_domain::{
    balance_tranche, check_payee, paid_total, postings, settle as settlement_of, LedgerError,
    Money, TransferCode,
};
use grantdesk_persistence::grants::{self, Grant, Payment, Settlement};
use grantdesk_persistence::{audit, calls, ledger, notifications, organisations, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::grants::{SettlementRequest, SettlementView};
use crate::error::ApiError;
use crate::services::final_reports::accepted;
use crate::services::load;
use crate::services::reserve;
use crate::services::webhooks;
use crate::state::AppState;

/// Pays `amount` on a grant as tranche `tranche` (the domain's payment postings: the
/// commitment liquidated on the VAK ledger, transfer `id`, and the amount paid from the
/// article's VEK credit), both or neither (a refusal rolls the caller's transaction back);
/// the payment is recorded. Nothing is paid to an organisation that is not verified (409
/// `organisation-unverified`): every payment of a grant, an advance, the balance or a
/// settlement's balance, comes through here.
#[allow(clippy::too_many_arguments)]
pub fn pay(
    c: &mut DbConn,
    grant: &Grant,
    id: Uuid,
    tranche: u32,
    amount: Money,
    code: TransferCode,
    reference: String,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Payment, ApiError> {
    check_payee(
        organisations::find(c, grant.organisation_id)?
            .verification
            .status,
    )?;
    let call = calls::find(c, grant.call_id)?.call;
    let moves = postings::pay_tranche(grant.id, id, amount, code, reference);
    ledger::execute(c, &call.article, call.budget_year, &moves, actor, now)?;
    let payment = Payment {
        id,
        grant_id: grant.id,
        tranche,
        amount,
        vek_transfer_id: postings::vek_payment_id(id),
        paid_by: actor.to_owned(),
        paid_at: now,
    };
    grants::insert_payment(c, &payment)?;
    // the organisation's members are told (inbox and mail), and its integrations
    let facts = serde_json::json!({
        "grant_id": grant.id,
        "call": {"id": call.id, "reference": call.reference, "title": call.title},
        "organisation_id": grant.organisation_id,
        "tranche": tranche,
        "amount": amount.to_string(),
        "paid_at": now,
        "paid_on": grantdesk_domain::date_in_brussels(now),
    });
    notifications::to_members(c, grant.organisation_id, "payment_made", &facts, now)?;
    webhooks::publish(
        c,
        Some(grant.organisation_id),
        EventType::PaymentMade,
        serde_json::json!({
            "grant_id": grant.id,
            "call_id": call.id,
            "call_reference": call.reference,
            "organisation_id": grant.organisation_id,
            "tranche": tranche,
            "amount": amount.to_string(),
            "transfer_id": id,
            "paid_at": now,
        }),
        now,
    )?;
    Ok(payment)
}

/// Settles grant `id` (finance) once its final report is accepted: pays the balance, books a
/// recovery, releases what is not needed to the article. All or nothing; idempotent on the
/// request's `transfer_id`. Answers the settlement and whether it replays one recorded before.
pub async fn settle(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: SettlementRequest,
) -> Result<(SettlementView, bool), ApiError> {
    let transfer_id = body.transfer_id;
    let claims = claims.clone();
    let actor = claims.actor();
    let (settlement, replayed) = state
        .write(move |c, clock| {
            let now = clock.now();
            let grant = load::payable_grant(c, &claims, id)?;
            settle_in(c, &grant, transfer_id, None, &actor, now)
        })
        .await?;
    Ok((SettlementView::from(&settlement), replayed))
}

/// Settles `grant` in the caller's transaction. The balance payment (if any) gets
/// `payment_id`: derived from `transfer_id` when settling, `transfer_id` itself when finance
/// pays the final-report tranche (so that replaying the payment finds it). Answers the
/// settlement and whether it was recorded before (with this `transfer_id`).
pub fn settle_in(
    c: &mut DbConn,
    grant: &Grant,
    transfer_id: Uuid,
    payment_id: Option<Uuid>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(Settlement, bool), ApiError> {
    // what it releases may be offered to the call's reserve list: under the call's lock, as
    // every change of an award's fate (first, before any account is touched)
    calls::lock(c, grant.call_id)?;
    if let Some(done) = grants::find_settlement(c, Some(grant.id), None)? {
        return if done.id == transfer_id {
            Ok((done, true))
        } else {
            Err(ApiError::Refused(Rule::GrantSettled {
                settlement: done.id.to_string(),
            }))
        };
    }
    // cancelled while this request waited for the lock
    load::check_not_cancelled(c, grant.id)?;
    if grants::find_settlement(c, None, Some(transfer_id))?.is_some()
        || grants::find_cancellation(c, None, Some(transfer_id))?.is_some()
        || ledger::find_transfer(c, transfer_id)?.is_some()
    {
        return Err(LedgerError::IdConflict { id: transfer_id }.into());
    }
    let (report_id, accepted_spend) =
        accepted(c, grant.id)?.ok_or(ApiError::Refused(Rule::NoAcceptedReport))?;
    let payments = grants::payments_of(c, grant.id)?;
    let paid_before = paid_total(payments.iter().map(|p| p.amount))?;
    let s = settlement_of(grant.committed, paid_before, accepted_spend)?;
    if !s.balance.is_zero() {
        // the balance is the final-report tranche (or, if that was never planned, the last
        // unpaid one)
        let paid: Vec<u32> = payments.iter().map(|p| p.tranche).collect();
        let tranche = balance_tranche(&grant.tranches, &paid)
            .ok_or(ApiError::Refused(Rule::EveryTranchePaid))?;
        pay(
            c,
            grant,
            payment_id.unwrap_or_else(|| postings::balance_payment_id(transfer_id)),
            tranche,
            s.balance,
            TransferCode::PayBalance,
            format!("grant {} settlement: balance", grant.id),
            actor,
            now,
        )?;
    }
    // the recovery booked back and the release decommitted (the domain's settlement postings)
    let call = calls::find(c, grant.call_id)?.call;
    // while the reserve list waits for money in the award's account, the release is freed
    // there and offered on; otherwise it goes back to the article
    let waiting = reserve::waiting_account(c, &call, grant.track, now)?;
    let moves = postings::settle_grant(grant.id, transfer_id, &s, waiting);
    ledger::execute(c, &call.article, call.budget_year, &moves, actor, now)?;
    if waiting.is_some() && !s.release.is_zero() {
        reserve::offer_from_reserve(c, &call, grant.track, actor, now)?;
    }
    let settlement = Settlement {
        grant_id: grant.id,
        id: transfer_id,
        report_id,
        accepted_spend,
        paid_before,
        balance: s.balance,
        recovery: s.recovery,
        release: s.release,
        settled_by: actor.to_owned(),
        settled_at: now,
    };
    grants::insert_settlement(c, &settlement)?;
    audit::record(
        c,
        actor,
        "grant.settle",
        ("grant", &grant.id.to_string()),
        None,
        serde_json::to_value(SettlementView::from(&settlement)).ok(),
        now,
    )?;
    Ok((settlement, false))
}

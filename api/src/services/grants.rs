//! Grants: what every selected application became when the selection was finalised, and the
//! payment of its tranches. A payment liquidates the commitment on the VAK ledger and pays from
//! the VEK ledger of the same article and year, both transfers or neither.

use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::grant::Closure;
use grantdesk_domain::Rule;
use grantdesk_domain::{
    check_payment, date_in_brussels, figures, grant_status, paid_total, status_after_acceptance,
    tranche_amounts, tranche_due, CreditType, LedgerError, Money, ReportStatus, TrancheTrigger,
    TransferCode,
};
use grantdesk_persistence::grants::{self, Grant, Payment};
use grantdesk_persistence::{after_decision, audit, calls, ledger, organisations, DbConn};
use uuid::Uuid;

use crate::auth::{Claims, Role};
use crate::dto::after_decision::AcceptanceView;
use crate::dto::grants::{
    CancellationView, GrantListQuery, GrantView, PaymentRequest, PaymentView, SettlementView,
    TrancheView,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::final_reports::{accepted, report_views};
use crate::services::load;
use crate::services::settlement::{pay, settle_in};
use crate::state::AppState;

/// The ledger of the grant's call for a credit type.
fn ledger_of(c: &mut DbConn, grant: &Grant, credit_type: CreditType) -> Result<Uuid, ApiError> {
    let call = calls::find(c, grant.call_id)?.call;
    ledger::ledger_id(c, &call.article, call.budget_year, credit_type).map_err(|e| match e {
        grantdesk_persistence::StoreError::NotFound => ApiError::Refused(Rule::NoLedger {
            article: call.article.as_str().to_owned(),
            year: call.budget_year.value(),
            credit_type: credit_type.as_str().to_owned(),
        }),
        other => other.into(),
    })
}

/// The grant view at `now`.
pub(crate) fn view_of(
    c: &mut DbConn,
    grant: &Grant,
    now: DateTime<Utc>,
) -> Result<GrantView, ApiError> {
    view(c, grant, date_in_brussels(now))
}

/// The grant view on `today`: its acceptance, tranches, running totals, latest final report,
/// settlement.
fn view(c: &mut DbConn, grant: &Grant, today: NaiveDate) -> Result<GrantView, ApiError> {
    let acceptance = after_decision::acceptance_of(c, grant.id)?;
    let org = organisations::find(c, grant.organisation_id)?;
    let payments = grants::payments_of(c, grant.id)?;
    let vak = ledger_of(c, grant, CreditType::Vak)?;
    let money = figures::grant_figures(grant.id, &ledger::owned_figures(c, vak, &[grant.id])?)?;
    let settlement = grants::find_settlement(c, Some(grant.id), None)?;
    let cancellation = grants::find_cancellation(c, Some(grant.id), None)?;
    let closure = match (&settlement, &cancellation) {
        (Some(_), _) => Closure::Settled,
        (None, Some(_)) => Closure::Cancelled,
        (None, None) => Closure::Open,
    };
    let final_report = report_views(c, grant.id)?.pop();
    let report_accepted = final_report
        .as_ref()
        .is_some_and(|r| r.status == ReportStatus::Accepted);
    // the last tranche is the remainder, so the planned amounts add up to the commitment
    let amounts = tranche_amounts(grant.committed, &grant.tranches)?;
    let tranches = grant
        .tranches
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let number = i as u32 + 1;
            let payment = payments.iter().find(|p| p.tranche == number);
            let amount = match (payment, closure) {
                (Some(p), _) => p.amount,
                (None, Closure::Open) => amounts.get(i).copied().unwrap_or(Money::ZERO),
                // settled or cancelled: what was not paid by then is never paid
                (None, Closure::Settled | Closure::Cancelled) => Money::ZERO,
            };
            TrancheView {
                number,
                label: t.label.clone(),
                percent: t.percent,
                trigger: t.trigger.as_str().to_owned(),
                amount,
                paid_at: payment.map(|p| p.paid_at),
                payment_id: payment.map(|p| p.id),
            }
        })
        .collect();
    Ok(GrantView {
        id: grant.id,
        call_id: grant.call_id,
        grantee: org.name,
        organisation_id: org.id,
        kbo: org.kbo.formatted(),
        track: grant.track,
        status: status_after_acceptance(acceptance.acceptance.status, || {
            grant_status(
                grant.start_date,
                grant.end_date,
                today,
                report_accepted,
                closure,
            )
        })
        .as_str()
        .to_owned(),
        acceptance: AcceptanceView::from(&acceptance),
        start_date: grant.start_date,
        end_date: grant.end_date,
        committed: grant.committed,
        paid: money.paid,
        released: money.released,
        open: money.open,
        tranches,
        final_report,
        settlement: settlement.as_ref().map(SettlementView::from),
        cancellation: cancellation.as_ref().map(CancellationView::from),
    })
}

/// Grants: staff see all (filtered by call); an applicant sees their organisations' own.
pub async fn list(
    state: &AppState,
    claims: &Claims,
    query: GrantListQuery,
) -> Result<Page<GrantView>, ApiError> {
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            let mine = if claims.role == Role::Applicant {
                Some(organisations::ids_of_member(c, claims.sub)?)
            } else {
                None
            };
            let (rows, total) = grants::list(
                c,
                query.call_id,
                mine.as_deref(),
                paging.offset(),
                paging.limit(),
            )?;
            let today = date_in_brussels(clock.now());
            let items = rows
                .iter()
                .map(|g| view(c, g, today))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(paging.wrap(items, total))
        })
        .await
}

/// One grant the bearer may see, with its tranches and running totals.
pub async fn get(state: &AppState, claims: &Claims, id: Uuid) -> Result<GrantView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            let grant = load::grant(c, &claims, id)?;
            view(c, &grant, date_in_brussels(clock.now()))
        })
        .await
}

/// Pays a tranche of grant `id` (finance), idempotent on the request's `transfer_id`. A start
/// tranche is payable from the grant's start date (in Brussels); the final-report tranche once
/// the final report is accepted, and paying it settles the grant (see
/// [`settle_in`]); the last tranche is the remainder of the commitment. Answers the payment and
/// whether it replays one made before.
pub async fn pay_tranche(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: PaymentRequest,
) -> Result<(PaymentView, bool), ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    let (payment, replayed) = state
        .write(move |c, clock| {
            let now = clock.now();
            let grant = load::payable_grant(c, &claims, id)?;
            if let Some(existing) = grants::find_payment(c, body.transfer_id)? {
                return if existing.grant_id == id && existing.tranche == body.tranche {
                    Ok((existing, true))
                } else {
                    Err(LedgerError::IdConflict {
                        id: body.transfer_id,
                    }
                    .into())
                };
            }
            let count = grant.tranches.len() as u32;
            if body.tranche == 0 || body.tranche > count {
                return Err(ApiError::rule(
                    "tranche",
                    &Rule::UnknownTranche {
                        count: count as usize,
                    },
                ));
            }
            if let Some(done) = grants::find_settlement(c, Some(id), None)? {
                return Err(ApiError::Refused(Rule::GrantSettled {
                    settlement: done.id.to_string(),
                }));
            }
            let paid = grants::payments_of(c, id)?;
            if let Some(p) = paid.iter().find(|p| p.tranche == body.tranche) {
                return Err(ApiError::Refused(Rule::TranchePaid {
                    tranche: body.tranche,
                    payment: p.id.to_string(),
                }));
            }
            let spec = &grant.tranches[body.tranche as usize - 1];
            match spec.trigger {
                TrancheTrigger::Start if date_in_brussels(now) < grant.start_date => {
                    return Err(ApiError::Refused(Rule::TrancheNotYetPayable {
                        tranche: body.tranche,
                        start: grant.start_date.to_string(),
                    }))
                }
                TrancheTrigger::FinalReport => {
                    let payment = pay_final_report_tranche(c, &grant, &body, &actor, now)?;
                    return Ok((payment, false));
                }
                TrancheTrigger::Start => {}
            }
            let paid_so_far = paid_total(paid.iter().map(|p| p.amount))?;
            let amount = tranche_due(grant.committed, &grant.tranches, body.tranche, paid_so_far)?;
            check_payment(grant.committed, paid_so_far, amount)?;
            let code = if body.tranche == count {
                TransferCode::PayBalance
            } else {
                TransferCode::PayAdvance
            };
            let reference = format!(
                "grant {} tranche {} ({})",
                grant.id, body.tranche, spec.label
            );
            let payment = pay(
                c,
                &grant,
                body.transfer_id,
                body.tranche,
                amount,
                code,
                reference,
                &actor,
                now,
            )?;
            audit::record(
                c,
                &actor,
                "grant.pay",
                ("grant", &grant.id.to_string()),
                None,
                serde_json::to_value(PaymentView::from(&payment)).ok(),
                now,
            )?;
            Ok((payment, false))
        })
        .await?;
    Ok((PaymentView::from(&payment), replayed))
}

/// The final-report tranche: the balance after the final report. Paying it settles the grant
/// (balance, and any release), the same as settling it; refused (and the settlement rolled
/// back) when nothing is due.
fn pay_final_report_tranche(
    c: &mut DbConn,
    grant: &Grant,
    body: &PaymentRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Payment, ApiError> {
    if accepted(c, grant.id)?.is_none() {
        return Err(ApiError::Refused(Rule::BalanceAwaitsReport {
            tranche: body.tranche,
        }));
    }
    let (settlement, _) = settle_in(
        c,
        grant,
        body.transfer_id,
        Some(body.transfer_id),
        actor,
        now,
    )?;
    if settlement.balance.is_zero() {
        // rolls the settlement back: nothing is paid
        return Err(ApiError::Refused(Rule::NothingDue {
            accepted: settlement.accepted_spend.to_string(),
            paid: settlement.paid_before.to_string(),
            grant: grant.id.to_string(),
        }));
    }
    grants::find_payment(c, body.transfer_id)?
        .ok_or_else(|| ApiError::Internal("the balance payment was not stored".into()))
}

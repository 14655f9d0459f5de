//! Grants: what every selected application became when the selection was finalised, and the
//! payment of its tranches. A payment liquidates the commitment on the VAK ledger and pays from
//! the VEK ledger of the same article and year, both transfers or neither.

use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, NaiveDate, Utc};
use grantdesk_domain::{
    check_payment, date_in_brussels, figures, grant_status, postings, tranche_amounts, CreditType,
    LedgerError, Money, TrancheTrigger, TransferCode,
};
use grantdesk_persistence::grants::{self, Grant, Payment};
use grantdesk_persistence::{audit, calls, ledger, organisations, DbConn};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use crate::auth::{Authorized, FinanceOnly, GrantReaders, Role};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Listing, Resource, ResourceWrite};
use crate::routes::final_reports::{
    accepted, report_views, settle_in, FinalReportView, SettlementView,
};
use crate::services::load;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct TrancheView {
    /// 1-based.
    pub number: u32,
    #[schema(example = "advance")]
    pub label: String,
    #[schema(example = 60)]
    pub percent: u32,
    /// start or final_report.
    #[schema(example = "start")]
    pub trigger: String,
    /// What the tranche pays; the last is the committed amount minus what was paid before it.
    #[schema(value_type = String, example = "28800.00")]
    pub amount: Money,
    pub paid_at: Option<DateTime<Utc>>,
    pub payment_id: Option<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GrantView {
    /// The application's id.
    pub id: Uuid,
    pub call_id: Uuid,
    pub grantee: String,
    pub organisation_id: Uuid,
    #[schema(example = "0207.451.227")]
    pub kbo: String,
    pub track: u8,
    /// awaiting_start, running, final_report_due or settled.
    #[schema(example = "running")]
    pub status: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// Committed on the VAK ledger.
    #[schema(value_type = String, example = "48000.00")]
    pub committed: Money,
    /// Paid, net of any recovery.
    #[schema(value_type = String, example = "28800.00")]
    pub paid: Money,
    /// Decommitted at settlement (back to the article).
    #[schema(value_type = String, example = "0.00")]
    pub released: Money,
    /// Committed and neither paid nor released yet.
    #[schema(value_type = String, example = "19200.00")]
    pub open: Money,
    pub tranches: Vec<TrancheView>,
    /// The latest final report, if any.
    pub final_report: Option<FinalReportView>,
    pub settlement: Option<SettlementView>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct GrantListQuery {
    pub call_id: Option<Uuid>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// Pays one tranche of a grant. `transfer_id` is the idempotency key.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentRequest {
    pub transfer_id: Uuid,
    /// The tranche's number (1-based).
    #[schema(example = 1, minimum = 1)]
    pub tranche: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PaymentView {
    pub id: Uuid,
    pub grant_id: Uuid,
    pub tranche: u32,
    #[schema(example = "28800.00")]
    pub amount: String,
    /// The VEK transfer (the VAK transfer has the payment's id).
    pub vek_transfer_id: Uuid,
    pub paid_at: DateTime<Utc>,
}

impl From<&Payment> for PaymentView {
    fn from(p: &Payment) -> Self {
        PaymentView {
            id: p.id,
            grant_id: p.grant_id,
            tranche: p.tranche,
            amount: p.amount.to_string(),
            vek_transfer_id: p.vek_transfer_id,
            paid_at: p.paid_at,
        }
    }
}

/// The ledger of the grant's call for a credit type.
pub(crate) fn ledger_of(
    c: &mut DbConn,
    grant: &Grant,
    credit_type: CreditType,
) -> Result<Uuid, ApiError> {
    let call = calls::find(c, grant.call_id)?.call;
    ledger::ledger_id(c, &call.article, call.budget_year, credit_type).map_err(|e| match e {
        grantdesk_persistence::StoreError::NotFound => ApiError::Conflict(format!(
            "budget article {} has no {} ledger for {}",
            call.article.as_str(),
            credit_type.as_str(),
            call.budget_year.value()
        )),
        other => other.into(),
    })
}

fn view(c: &mut DbConn, grant: &Grant, today: NaiveDate) -> Result<GrantView, ApiError> {
    let org = organisations::find(c, grant.organisation_id)?;
    let payments = grants::payments_of(c, grant.id)?;
    let vak = ledger_of(c, grant, CreditType::Vak)?;
    let money = figures::grant_figures(grant.id, &ledger::owned_figures(c, vak, &[grant.id])?)?;
    let settlement = grants::find_settlement(c, Some(grant.id), None)?;
    let final_report = report_views(c, grant.id)?.pop();
    let report_accepted = final_report
        .as_ref()
        .is_some_and(|r| r.status == "accepted");
    // the last tranche is the remainder, so the planned amounts add up to the commitment
    let amounts = tranche_amounts(grant.committed, &grant.tranches)?;
    let tranches = grant
        .tranches
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let number = i as u32 + 1;
            let payment = payments.iter().find(|p| p.tranche == number);
            let amount = match (payment, &settlement) {
                (Some(p), _) => p.amount,
                // settled: what was not paid by then is never paid
                (None, Some(_)) => Money::ZERO,
                (None, None) => amounts.get(i).copied().unwrap_or(Money::ZERO),
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
        status: grant_status(
            grant.start_date,
            grant.end_date,
            today,
            report_accepted,
            settlement.is_some(),
        )
        .as_str()
        .to_owned(),
        start_date: grant.start_date,
        end_date: grant.end_date,
        committed: grant.committed,
        paid: money.paid,
        released: money.released,
        open: money.open,
        tranches,
        final_report,
        settlement: settlement.as_ref().map(SettlementView::from),
    })
}

/// Pays `amount` on a grant as tranche `tranche` (the domain's payment postings: the
/// commitment liquidated on the VAK ledger, transfer `id`, and the amount paid from the
/// article's VEK credit), both or neither (a refusal rolls the caller's transaction back);
/// the payment is recorded.
#[allow(clippy::too_many_arguments)]
pub(crate) fn pay(
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
    Ok(payment)
}

/// Grants: staff see all (filter by call); an applicant sees their organisations' own.
#[utoipa::path(
    tag = "grants",
    params(GrantListQuery),
    responses(
        (status = 200, body = Page<GrantView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/grants")]
pub async fn list_grants(
    state: web::Data<AppState>,
    auth: Authorized<GrantReaders>,
    query: web::Query<GrantListQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let paging = PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let claims = auth.claims().clone();
    let page = state
        .run(move |db, clock| {
            db.read(|c| {
                let mine = if claims.role == Role::Applicant {
                    Some(organisations::ids_of_member(c, claims.sub)?)
                } else {
                    None
                };
                let (rows, total) = grants::list(
                    c,
                    q.call_id,
                    mine.as_deref(),
                    paging.offset(),
                    paging.limit(),
                )?;
                let today = date_in_brussels(clock.now());
                let items = rows
                    .iter()
                    .map(|g| view(c, g, today))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok::<Page<GrantView>, ApiError>(paging.wrap(items, total))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One grant with its tranches, committed, paid and open amounts (running totals).
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id (the application's)")),
    responses(
        (status = 200, body = GrantView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/grants/{id}")]
pub async fn get_grant(
    state: web::Data<AppState>,
    auth: Authorized<GrantReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let v = state
        .run(move |db, clock| {
            db.read(|c| {
                let grant = load::grant(c, &claims, id)?;
                view(c, &grant, date_in_brussels(clock.now()))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(v))
}

/// Pay a tranche (finance): the commitment is liquidated on the VAK ledger (committed → paid)
/// and the amount paid from the article's VEK ledger, both or neither. A start tranche is
/// payable from the grant's start date; the final-report tranche once the final report is
/// accepted: it pays the balance, min(committed, accepted spend) − paid, and settles the grant
/// (releasing what is not needed), exactly as `POST /grants/{id}/settlement` does; when nothing
/// is due (the advances cover the accepted spend) it is refused and the grant is settled with
/// that endpoint instead. Paying more than is committed, or more than the VEK credit
/// available, is refused. Idempotent on `transfer_id`.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body = PaymentRequest,
    responses(
        (status = 201, body = PaymentView),
        (status = 200, description = "Replay of a payment already made", body = PaymentView),
        ResourceWrite,
        (status = 409, description = "Not payable yet, paid already, overpayment, or insufficient VEK credit", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/payments")]
pub async fn pay_tranche(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<PaymentRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let body = body.0;
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let (payment, replayed) = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let grant = load::grant(c, &claims, id)?;
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
                    return Err(ApiError::validation(
                        "tranche",
                        "range",
                        format!("this grant has tranches 1 to {count}"),
                    ));
                }
                if let Some(done) = grants::find_settlement(c, Some(id), None)? {
                    return Err(ApiError::Conflict(format!(
                        "the grant is settled (settlement {}); nothing more is paid",
                        done.id
                    )));
                }
                let paid = grants::payments_of(c, id)?;
                if let Some(p) = paid.iter().find(|p| p.tranche == body.tranche) {
                    return Err(ApiError::Conflict(format!(
                        "tranche {} was paid already (payment {})",
                        body.tranche, p.id
                    )));
                }
                let spec = &grant.tranches[body.tranche as usize - 1];
                match spec.trigger {
                    TrancheTrigger::Start if date_in_brussels(now) < grant.start_date => {
                        return Err(ApiError::Conflict(format!(
                            "tranche {} is payable from the grant's start, {}",
                            body.tranche, grant.start_date
                        )))
                    }
                    TrancheTrigger::FinalReport => {
                        // the balance after the final report: paying it settles the grant
                        // (balance, and any release), the same as POST .../settlement
                        if accepted(c, grant.id)?.is_none() {
                            return Err(ApiError::Conflict(format!(
                                "tranche {} is the balance after the final report: payable \
                                 once the final report is accepted",
                                body.tranche
                            )));
                        }
                        let (settlement, _) = settle_in(
                            c,
                            &grant,
                            body.transfer_id,
                            Some(body.transfer_id),
                            &actor,
                            now,
                        )?;
                        if settlement.balance.is_zero() {
                            // rolls the settlement back: nothing is paid
                            return Err(ApiError::Conflict(format!(
                                "nothing is due: the accepted spend ({}) is covered by what was \
                                 paid ({}); settle the grant (POST /api/v1/grants/{}/settlement) \
                                 to book the recovery and release",
                                settlement.accepted_spend, settlement.paid_before, grant.id
                            )));
                        }
                        let payment =
                            grants::find_payment(c, body.transfer_id)?.ok_or_else(|| {
                                ApiError::Internal("the balance payment was not stored".into())
                            })?;
                        return Ok((payment, false));
                    }
                    TrancheTrigger::Start => {}
                }
                let paid_so_far = paid
                    .iter()
                    .try_fold(Money::zero(), |acc, p| acc.checked_add(p.amount));
                let paid_so_far =
                    paid_so_far.ok_or(ApiError::Grant(grantdesk_domain::GrantError::Overflow))?;
                let amount = if body.tranche == count {
                    grant
                        .committed
                        .checked_sub(paid_so_far)
                        .ok_or(ApiError::Grant(grantdesk_domain::GrantError::Overflow))?
                } else {
                    tranche_amounts(grant.committed, &grant.tranches)?[body.tranche as usize - 1]
                };
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
        })
        .await?;
    let v = PaymentView::from(&payment);
    Ok(if replayed {
        HttpResponse::Ok().json(v)
    } else {
        HttpResponse::Created().json(v)
    })
}

//! The end of a grant: the grantee's final report (the spent amount and the document that shows
//! it), the admin's verdict, and the settlement finance records.
//!
//! Settlement, with `entitled = min(committed, accepted spend)`:
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

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_domain::{
    date_in_brussels, postings, settle, LedgerError, Money, TrancheTrigger, TransferCode,
};
use grantdesk_persistence::grants::{self, FinalReport, Grant, Settlement, Verdict};
use grantdesk_persistence::{audit, ledger, DbConn};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::auth::{AdminOnly, ApplicantOnly, Authorized, FinanceOnly, GrantReaders};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::multipart::{read_form, stored_file};
use crate::problems::{Resource, ResourceWrite, TooLarge};
use crate::routes::grants::pay;
use crate::services::files::check_file;
use crate::services::load;
use crate::state::AppState;

/// The final report form: `spent` (a decimal string such as "41250.00") and `file`.
#[derive(Debug, ToSchema)]
#[allow(dead_code)]
pub struct FinalReportForm {
    /// What the project spent, as a decimal string with at most two decimals.
    #[schema(example = "41250.00")]
    spent: String,
    /// The report (PDF, ODF/OOXML document or spreadsheet, PNG, JPEG).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerdictView {
    /// accepted or rejected.
    #[schema(example = "accepted")]
    pub verdict: String,
    /// What was accepted of the reported spend (accepted reports only).
    #[schema(example = "41250.00")]
    pub accepted_spend: Option<String>,
    pub motivation: String,
    pub decided_by: String,
    pub decided_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FinalReportView {
    pub id: Uuid,
    pub grant_id: Uuid,
    /// 1-based; a rejected report is followed by a new version.
    pub version: u32,
    #[schema(example = "41250.00")]
    pub spent: String,
    pub file_name: String,
    #[schema(example = "application/pdf")]
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    /// Where the document is downloaded.
    pub href: String,
    pub submitted_at: DateTime<Utc>,
    /// submitted (awaiting a verdict), accepted or rejected.
    #[schema(example = "submitted")]
    pub status: String,
    pub verdict: Option<VerdictView>,
}

impl FinalReportView {
    pub fn new(r: &FinalReport, verdict: Option<&Verdict>) -> Self {
        FinalReportView {
            id: r.id,
            grant_id: r.grant_id,
            version: r.version,
            spent: r.spent.to_string(),
            file_name: r.file_name.clone(),
            media_type: r.media_type.clone(),
            size_bytes: r.size_bytes,
            sha256: r.sha256.clone(),
            href: format!(
                "/api/v1/grants/{}/final-reports/{}/document",
                r.grant_id, r.version
            ),
            submitted_at: r.submitted_at,
            status: match verdict {
                None => "submitted",
                Some(v) if v.accepted_spend.is_some() => "accepted",
                Some(_) => "rejected",
            }
            .to_owned(),
            verdict: verdict.map(|v| VerdictView {
                verdict: if v.accepted_spend.is_some() {
                    "accepted"
                } else {
                    "rejected"
                }
                .to_owned(),
                accepted_spend: v.accepted_spend.map(|m| m.to_string()),
                motivation: v.motivation.clone(),
                decided_by: v.decided_by.clone(),
                decided_at: v.decided_at,
            }),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SettlementView {
    pub id: Uuid,
    pub grant_id: Uuid,
    /// The accepted final report.
    pub report_id: Uuid,
    #[schema(example = "41250.00")]
    pub accepted_spend: String,
    /// Paid before the settlement (the advances).
    #[schema(example = "28800.00")]
    pub paid_before: String,
    /// Paid now: min(committed, accepted spend) − paid before, when positive.
    #[schema(example = "12450.00")]
    pub balance: String,
    /// Booked back when the advances exceeded what is due.
    #[schema(example = "0.00")]
    pub recovery: String,
    /// Decommitted back to the article's available credit: committed − min(committed, accepted spend).
    #[schema(example = "6750.00")]
    pub release: String,
    pub settled_by: String,
    pub settled_at: DateTime<Utc>,
}

impl From<&Settlement> for SettlementView {
    fn from(s: &Settlement) -> Self {
        SettlementView {
            id: s.id,
            grant_id: s.grant_id,
            report_id: s.report_id,
            accepted_spend: s.accepted_spend.to_string(),
            paid_before: s.paid_before.to_string(),
            balance: s.balance.to_string(),
            recovery: s.recovery.to_string(),
            release: s.release.to_string(),
            settled_by: s.settled_by.clone(),
            settled_at: s.settled_at,
        }
    }
}

/// The admin's verdict on the latest final report.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictRequest {
    /// accepted or rejected.
    #[schema(example = "accepted")]
    pub verdict: String,
    /// What is accepted of the reported spend; at most the reported amount, which is the
    /// default. Only with an acceptance.
    #[schema(value_type = Option<String>, example = "41250.00")]
    pub accepted_spend: Option<Money>,
    /// Why; required when rejecting or accepting less than reported.
    #[validate(length(max = 4000))]
    #[schema(max_length = 4000)]
    pub motivation: Option<String>,
}

/// Settle a grant; `transfer_id` is the idempotency key.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettlementRequest {
    pub transfer_id: Uuid,
}

/// The grant's reports with their verdicts, oldest first.
pub(crate) fn report_views(c: &mut DbConn, grant: Uuid) -> Result<Vec<FinalReportView>, ApiError> {
    let reports = grants::reports_of(c, grant)?;
    let verdicts = grants::verdicts_of(c, grant)?;
    Ok(reports
        .iter()
        .map(|r| FinalReportView::new(r, verdicts.iter().find(|v| v.report_id == r.id)))
        .collect())
}

/// The latest report and its verdict, if any.
fn latest(c: &mut DbConn, grant: Uuid) -> Result<Option<(FinalReport, Option<Verdict>)>, ApiError> {
    let reports = grants::reports_of(c, grant)?;
    let verdicts = grants::verdicts_of(c, grant)?;
    Ok(reports.into_iter().last().map(|r| {
        let v = verdicts.into_iter().find(|v| v.report_id == r.id);
        (r, v)
    }))
}

/// The accepted spend of the grant's accepted final report, if any.
pub(crate) fn accepted(c: &mut DbConn, grant: Uuid) -> Result<Option<(Uuid, Money)>, ApiError> {
    Ok(latest(c, grant)?.and_then(|(r, v)| v.and_then(|v| v.accepted_spend.map(|m| (r.id, m)))))
}

/// Submit the final report (a member of the grantee organisation) as multipart/form-data with
/// `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
/// A rejected report is followed by a new version.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body(content = FinalReportForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, body = FinalReportView),
        ResourceWrite, TooLarge,
        (status = 409, description = "Before the start, a report awaits a verdict or was accepted, or the grant is settled", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/final-reports")]
pub async fn submit_final_report(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let actor = auth.actor();
    // who first, so that nobody streams megabytes only to hear "not found"
    {
        let claims = claims.clone();
        state
            .run(move |db, clock| {
                db.read(|c| {
                    let grant = load::grant(c, &claims, id)?;
                    check_can_report(c, &grant, clock.now())
                })
            })
            .await?;
    }
    let (spent, file) = read_form(&req, payload, state.max_upload_bytes, "spent").await?;
    let spent = spent
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            ApiError::validation(
                "spent",
                "required",
                "say what the project spent, e.g. \"41250.00\"",
            )
        })?;
    let spent = Money::parse(&spent)
        .map_err(|e| ApiError::validation("spent", "invalid", e.to_string()))?;
    let (file_name, content) = file.ok_or_else(|| {
        ApiError::validation(
            "file",
            "required",
            "attach the report in the field \"file\"",
        )
    })?;
    let (file_name, media) = check_file(&file_name, &content)?;
    let blobs = state.blobs.clone();
    let view = state
        .run(move |db, clock| {
            db.read(|c| {
                let grant = load::grant(c, &claims, id)?;
                check_can_report(c, &grant, clock.now())
            })?;
            // stored before the row that names it, as attachments are
            let sha256 = blobs.put(&content)?;
            db.write(|c| {
                let now = clock.now();
                let grant = load::grant(c, &claims, id)?;
                check_can_report(c, &grant, now)?;
                let version = grants::reports_of(c, id)?.len() as u32 + 1;
                let report = FinalReport {
                    id: Uuid::new_v4(),
                    grant_id: id,
                    version,
                    spent,
                    file_name: file_name.clone(),
                    media_type: media.as_str().to_owned(),
                    size_bytes: content.len() as i64,
                    sha256: sha256.clone(),
                    submitted_by: actor.clone(),
                    submitted_at: now,
                };
                grants::insert_report(c, &report)?;
                let view = FinalReportView::new(&report, None);
                audit::record(
                    c,
                    &actor,
                    "grant.final_report.submit",
                    ("grant", &id.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok(view)
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", view.href.clone()))
        .json(view))
}

fn check_can_report(c: &mut DbConn, grant: &Grant, now: DateTime<Utc>) -> Result<(), ApiError> {
    if date_in_brussels(now) < grant.start_date {
        return Err(ApiError::Conflict(format!(
            "the final report can be submitted from the grant's start, {}",
            grant.start_date
        )));
    }
    if grants::find_settlement(c, Some(grant.id), None)?.is_some() {
        return Err(ApiError::Conflict("the grant is settled".into()));
    }
    match latest(c, grant.id)? {
        Some((r, None)) => Err(ApiError::Conflict(format!(
            "final report {} awaits a verdict",
            r.version
        ))),
        Some((r, Some(v))) if v.accepted_spend.is_some() => Err(ApiError::Conflict(format!(
            "final report {} was accepted",
            r.version
        ))),
        _ => Ok(()),
    }
}

/// A grant's final reports with their verdicts (those who may see the grant).
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    responses(
        (status = 200, body = Vec<FinalReportView>),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/grants/{id}/final-reports")]
pub async fn list_final_reports(
    state: web::Data<AppState>,
    auth: Authorized<GrantReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let views = state
        .run(move |db, _| {
            db.read(|c| {
                load::grant(c, &claims, id)?;
                report_views(c, id)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(views))
}

/// Download a final report's document (those who may see the grant).
#[utoipa::path(
    tag = "grants",
    params(
        ("id" = Uuid, Path, description = "Grant id"),
        ("version" = u32, Path, description = "Report version", minimum = 1),
    ),
    responses(
        (status = 200, description = "The document, as the media type sniffed from its content", content(
            ("application/pdf"),
            ("image/png"),
            ("image/jpeg"),
            ("application/vnd.oasis.opendocument.text"),
            ("application/vnd.oasis.opendocument.spreadsheet"),
            ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/grants/{id}/final-reports/{version}/document")]
pub async fn download_final_report(
    state: web::Data<AppState>,
    auth: Authorized<GrantReaders>,
    path: web::Path<(Uuid, u32)>,
) -> Result<HttpResponse, ApiError> {
    let (id, version) = path.into_inner();
    let claims = auth.claims().clone();
    let blobs = state.blobs.clone();
    let (report, content) = state
        .run(move |db, _| {
            let report = db.read(|c| {
                load::grant(c, &claims, id)?;
                grants::reports_of(c, id)?
                    .into_iter()
                    .find(|r| r.version == version)
                    .ok_or_else(|| ApiError::not_found("the final report"))
            })?;
            let content = blobs.get(&report.sha256)?;
            Ok::<_, ApiError>((report, content))
        })
        .await?;
    Ok(stored_file(
        &report.media_type,
        &report.file_name,
        &report.sha256,
        content,
    ))
}

/// Record the verdict on the latest final report (admin): accepted (with the accepted spend,
/// at most what was reported; by default all of it) or rejected (the grantee then submits a
/// new version). A motivation is required when rejecting or accepting less than reported.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body = VerdictRequest,
    responses(
        (status = 201, body = FinalReportView),
        ResourceWrite,
        (status = 409, description = "No report awaits a verdict", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/final-reports/verdict")]
pub async fn decide_final_report(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<VerdictRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let body = body.0;
    let accept = match body.verdict.as_str() {
        "accepted" => true,
        "rejected" => false,
        _ => {
            return Err(ApiError::validation(
                "verdict",
                "invalid",
                "the verdict is accepted or rejected",
            ))
        }
    };
    let motivation = body
        .motivation
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned();
    if !accept && body.accepted_spend.is_some() {
        return Err(ApiError::validation(
            "accepted_spend",
            "invalid",
            "a rejection accepts no amount",
        ));
    }
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                load::grant(c, &claims, id)?;
                let (report, verdict) = latest(c, id)?
                    .ok_or_else(|| ApiError::Conflict("no final report was submitted".into()))?;
                if verdict.is_some() {
                    return Err(ApiError::Conflict(format!(
                        "final report {} has a verdict already",
                        report.version
                    )));
                }
                let accepted_spend = if accept {
                    let amount = body.accepted_spend.unwrap_or(report.spent);
                    if amount > report.spent {
                        return Err(ApiError::validation(
                            "accepted_spend",
                            "range",
                            format!("at most the reported spend, {}", report.spent),
                        ));
                    }
                    Some(amount)
                } else {
                    None
                };
                let partial = accepted_spend.is_some_and(|a| a < report.spent);
                if (!accept || partial) && motivation.is_empty() {
                    return Err(ApiError::validation(
                        "motivation",
                        "required",
                        "say why the report is rejected or not accepted in full",
                    ));
                }
                let v = Verdict {
                    report_id: report.id,
                    grant_id: id,
                    accepted_spend,
                    motivation: motivation.clone(),
                    decided_by: actor.clone(),
                    decided_at: now,
                };
                grants::insert_verdict(c, &v)?;
                let view = FinalReportView::new(&report, Some(&v));
                audit::record(
                    c,
                    &actor,
                    "grant.final_report.verdict",
                    ("grant", &id.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok(view)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
}

/// Settle a grant (finance) once its final report is accepted: pay the balance, book a
/// recovery, release what is not needed to the article (see the module documentation for the
/// transfers). All or nothing; idempotent on `transfer_id`.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body = SettlementRequest,
    responses(
        (status = 201, body = SettlementView),
        (status = 200, description = "Replay of a settlement already recorded", body = SettlementView),
        ResourceWrite,
        (status = 409, description = "No accepted final report, settled already, or insufficient VEK credit", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/settlement")]
pub async fn settle_grant(
    state: web::Data<AppState>,
    auth: Authorized<FinanceOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<SettlementRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let transfer_id = body.0.transfer_id;
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let (settlement, replayed) = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let grant = load::grant(c, &claims, id)?;
                settle_in(c, &grant, transfer_id, None, &actor, now)
            })
        })
        .await?;
    let v = SettlementView::from(&settlement);
    Ok(if replayed {
        HttpResponse::Ok().json(v)
    } else {
        HttpResponse::Created().json(v)
    })
}

/// Settles `grant` in the caller's transaction. The balance payment (if any) gets
/// `payment_id`: derived from `transfer_id` when settling, `transfer_id` itself when finance
/// pays the final-report tranche (so that replaying the payment finds it).
pub(crate) fn settle_in(
    c: &mut DbConn,
    grant: &Grant,
    transfer_id: Uuid,
    payment_id: Option<Uuid>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(Settlement, bool), ApiError> {
    if let Some(done) = grants::find_settlement(c, Some(grant.id), None)? {
        return if done.id == transfer_id {
            Ok((done, true))
        } else {
            Err(ApiError::Conflict(format!(
                "the grant was settled already (settlement {})",
                done.id
            )))
        };
    }
    if grants::find_settlement(c, None, Some(transfer_id))?.is_some()
        || ledger::find_transfer(c, transfer_id)?.is_some()
    {
        return Err(LedgerError::IdConflict { id: transfer_id }.into());
    }
    let (report_id, accepted_spend) = accepted(c, grant.id)?.ok_or_else(|| {
        ApiError::Conflict("the grant has no accepted final report to settle on".into())
    })?;
    let payments = grants::payments_of(c, grant.id)?;
    let paid_before = payments
        .iter()
        .try_fold(Money::zero(), |acc, p| acc.checked_add(p.amount))
        .ok_or(ApiError::Grant(grantdesk_domain::GrantError::Overflow))?;
    let s = settle(grant.committed, paid_before, accepted_spend)?;
    if !s.balance.is_zero() {
        // the balance is the final-report tranche (or, if that was never planned, the last
        // unpaid one)
        let unpaid = |n: &usize| !payments.iter().any(|p| p.tranche as usize == n + 1);
        let tranche = (0..grant.tranches.len())
            .filter(unpaid)
            .find(|&i| grant.tranches[i].trigger == TrancheTrigger::FinalReport)
            .or_else(|| (0..grant.tranches.len()).rev().find(|i| unpaid(i)))
            .ok_or_else(|| {
                ApiError::Conflict("every tranche is paid; there is no balance to pay".into())
            })?;
        pay(
            c,
            grant,
            payment_id.unwrap_or_else(|| postings::balance_payment_id(transfer_id)),
            tranche as u32 + 1,
            s.balance,
            TransferCode::PayBalance,
            format!("grant {} settlement: balance", grant.id),
            actor,
            now,
        )?;
    }
    // the recovery booked back and the release decommitted (the domain's settlement postings)
    let call = grantdesk_persistence::calls::find(c, grant.call_id)?.call;
    let moves = postings::settle_grant(grant.id, transfer_id, &s);
    ledger::execute(c, &call.article, call.budget_year, &moves, actor, now)?;
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

//! The end of a grant: the grantee's final report (the spent amount and the document that shows
//! it), the admin's verdict, and the settlement finance records (see
//! [`services::settlement`](crate::services::settlement) for the transfers).

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use grantdesk_domain::{Money, Rule};
use uuid::Uuid;

use crate::auth::{AdminOnly, ApplicantOnly, Authorized, FinanceOnly, GrantReaders};
use crate::dto::grants::{
    FinalReportForm, FinalReportView, SettlementRequest, SettlementView, VerdictRequest,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::limits::ClientAddress;
use crate::multipart::{read_form, stored_file, FormLimits, ReportDownload};
use crate::problems::{FileUpload, Resource, ResourceWrite};
use crate::services::final_reports;
use crate::services::settlement;
use crate::state::AppState;

/// Submit the final report (a member of the grantee organisation) as multipart/form-data with
/// `spent` and `file`: from the grant's start, while no report awaits a verdict or was accepted.
/// A rejected report is followed by a new version. The file is checked as an attachment is:
/// its type from its content and structure, its name's extension that type's.
#[utoipa::path(
    tag = "grants",
    params(("id" = Uuid, Path, description = "Grant id")),
    request_body(content = FinalReportForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, body = FinalReportView),
        FileUpload,
        (status = 409, description = "Before the start, a report awaits a verdict or was accepted, or the grant is settled", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/grants/{id}/final-reports")]
pub async fn submit_final_report(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    client: ClientAddress,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    // a final report's file counts as an upload
    state.limits.upload(&client, auth.claims().sub)?;
    // who first, so that nobody streams megabytes only to hear "not found"
    final_reports::check_can_submit(&state, auth.claims(), id).await?;
    let (spent, file) = read_form(&req, payload, FormLimits::of(&state), "spent").await?;
    let spent = spent
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        // what the project spent, e.g. "41250.00"
        .ok_or_else(|| ApiError::rule("spent", &Rule::Required))?;
    let spent = Money::parse(&spent).map_err(|e| ApiError::rule("spent", &e.rule()))?;
    // the report, in the field "file"
    let (file_name, content) = file.ok_or_else(|| ApiError::rule("file", &Rule::Required))?;
    let view = final_reports::submit(&state, auth.claims(), id, spent, file_name, content).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", view.href.clone()))
        .json(view))
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
    let views = final_reports::list(&state, auth.claims(), id.into_inner()).await?;
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
        ReportDownload,
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
    let (report, content) = final_reports::document(&state, auth.claims(), id, version).await?;
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
    let view = final_reports::decide(&state, auth.claims(), id.into_inner(), body.0).await?;
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
        (status = 409, description = "No accepted final report, settled already, insufficient VEK credit, or a balance is due to an organisation that is not verified (`/problems/organisation-unverified`)", body = Problem, content_type = "application/problem+json"),
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
    let (view, replayed) =
        settlement::settle(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(if replayed {
        HttpResponse::Ok().json(view)
    } else {
        HttpResponse::Created().json(view)
    })
}

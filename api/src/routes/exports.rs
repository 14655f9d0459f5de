//! Exports for finance and auditors: the ledger's transfers as CSV or XLSX, and the awarded
//! grants as a 360Giving 1.4 data package (built in [`crate::services::exports`]), sent as
//! downloads that are never cached.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};

use crate::auth::{Authorized, BudgetReaders};
use crate::csv_file::CSV_MEDIA_TYPE;
use crate::dto::aid::{RegisterEntry, RegisterQuery};
use crate::dto::exports::{GivingExportQuery, GivingPackage, LedgerExportQuery};
use crate::error::{ApiError, Problem};
use crate::problems::Listing;
use crate::services::{exports, register};
use crate::state::AppState;

pub const XLSX_MEDIA_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn attachment(name: &str) -> (header::HeaderName, String) {
    (
        header::CONTENT_DISPOSITION,
        format!("attachment; filename=\"{name}\""),
    )
}

/// The ledger's transfers as CSV (finance, admin, auditor): one row per transfer, in the order
/// they were written, with its ledger (year, VAK/VEK, article), both accounts (kind and owning
/// call, track or grant), the amount as a decimal string with two decimals, status, reference
/// and actor. At most 50,000 transfers (otherwise 422: narrow the filters). Free text that a
/// spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.
#[utoipa::path(
    tag = "ledger",
    params(LedgerExportQuery),
    responses(
        (status = 200, description = "UTF-8 CSV with a header row: id, instant, budget_year, credit_type, article, code, debit_account_kind, debit_account_owner, credit_account_kind, credit_account_owner, amount, currency, status, reference, actor",
            content_type = "text/csv; charset=utf-8", body = String,
            headers(("content-disposition" = String, description = "attachment; filename=\"grantdesk-ledger.csv\""))),
        Listing,
        (status = 404, description = "call_id names no call", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filters, or more than 50,000 transfers", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/ledger/export.csv")]
pub async fn export_ledger_csv(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<LedgerExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let bytes = exports::ledger_csv(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .content_type(CSV_MEDIA_TYPE)
        .insert_header(attachment("grantdesk-ledger.csv"))
        .body(bytes))
}

/// The ledger's transfers as an XLSX workbook (finance, admin, auditor): the same columns and
/// filters as the CSV, on one sheet "ledger" with a frozen header row and an autofilter.
/// `budget_year` is a number; `amount` is a text cell holding the exact decimal string
/// ("28800.00"), so that no spreadsheet ever rounds it.
#[utoipa::path(
    tag = "ledger",
    params(LedgerExportQuery),
    responses(
        (status = 200, description = "An XLSX workbook with one sheet, \"ledger\"",
            content(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            headers(("content-disposition" = String, description = "attachment; filename=\"grantdesk-ledger.xlsx\""))),
        Listing,
        (status = 404, description = "call_id names no call", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid filters, or more than 50,000 transfers", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/ledger/export.xlsx")]
pub async fn export_ledger_xlsx(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<LedgerExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let bytes = exports::ledger_xlsx(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .content_type(XLSX_MEDIA_TYPE)
        .insert_header(attachment("grantdesk-ledger.xlsx"))
        .body(bytes))
}

/// The awarded grants as a 360Giving 1.4 data package (finance, admin, auditor): all grants of
/// every decided call, or of one call. Each grant's id is the configured prefix
/// (`GRANTDESK_360G_PREFIX`) and its uuid; the recipient is identified by its enterprise number
/// (`BE-BCE_KBO-…`), the funder and publisher as configured; the payments of its tranches are
/// its `disbursementTransaction`s. Amounts are JSON numbers with exactly two decimals, written
/// from the exact decimal, never through a float. 404 when there is no grant to publish.
#[utoipa::path(
    tag = "grants",
    params(GivingExportQuery),
    responses(
        (status = 200, description = "A 360Giving 1.4 data package", body = GivingPackage,
            headers(("content-disposition" = String, description = "attachment; filename=\"grantdesk-360giving.json\""))),
        Listing,
        (status = 404, description = "call_id names no call, or no grant was awarded yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid query, or more than 10,000 grants", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/exports/360giving.json")]
pub async fn export_360giving(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<GivingExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let body = exports::giving_package(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(attachment("grantdesk-360giving.json"))
        .body(body))
}

/// The subsidy register of a quarter (admin, finance, auditor): every award whose legal right
/// was conferred in it (Brussels dates), once, in the fields a public register publishes
/// (beneficiary and enterprise number, amount awarded, date of award, legal basis and budget
/// article, purpose, aid regime and regulation). Awards never taken up are left out.
#[utoipa::path(
    tag = "aid",
    params(RegisterQuery),
    responses(
        (status = 200, body = Vec<RegisterEntry>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/exports/subsidy-register.json")]
pub async fn subsidy_register_json(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<RegisterQuery>,
) -> Result<HttpResponse, ApiError> {
    let entries = register::register(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .insert_header(attachment("grantdesk-subsidy-register.json"))
        .json(entries))
}

/// The same quarter as CSV: a header row of the JSON's field names, in order, then one row per
/// award; amounts as decimal strings, dates as `YYYY-MM-DD`, empty cells for nulls.
#[utoipa::path(
    tag = "aid",
    params(RegisterQuery),
    responses(
        (status = 200, description = "The register as CSV (UTF-8, a header row)", content_type = "text/csv", body = String,
            headers(("content-disposition" = String, description = "attachment; filename=\"grantdesk-subsidy-register.csv\""))),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/exports/subsidy-register.csv")]
pub async fn subsidy_register_csv(
    state: web::Data<AppState>,
    _auth: Authorized<BudgetReaders>,
    query: web::Query<RegisterQuery>,
) -> Result<HttpResponse, ApiError> {
    let body = register::register_csv(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok()
        .content_type(CSV_MEDIA_TYPE)
        .insert_header(attachment("grantdesk-subsidy-register.csv"))
        .body(body))
}

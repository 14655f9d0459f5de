//! The audit trail, for auditors and admins.

use actix_web::{get, web, HttpResponse};

use crate::auth::{AuditReaders, Authorized};
use crate::dto::audit::{AuditQuery, AuditVerification, AuditView};
use crate::error::ApiError;
use crate::pagination::Page;
use crate::problems::{Listing, RoleOnly};
use crate::services::audit;
use crate::state::AppState;

/// Read the audit trail, oldest first (auditor, admin).
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, body = Page<AuditView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/audit")]
pub async fn list_audit(
    state: web::Data<AppState>,
    _auth: Authorized<AuditReaders>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = audit::list(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Check the audit trail's hash chain from its first record (auditor, admin): each record
/// holds the hash of the one before, so an edited, removed or reordered record is named.
#[utoipa::path(
    tag = "audit",
    responses(
        (status = 200, body = AuditVerification),
        RoleOnly,
    ),
    security(("bearer" = []))
)]
#[get("/audit/verify")]
pub async fn verify_audit(
    state: web::Data<AppState>,
    _auth: Authorized<AuditReaders>,
) -> Result<HttpResponse, ApiError> {
    let result = audit::verify(&state).await?;
    Ok(HttpResponse::Ok().json(result))
}

//! The verifiable audit log (issue #16): checkpoints and consistency proofs for every signed-in
//! user; sealed entries and inclusion proofs for auditors and admins (the full check is
//! `GET /audit/verify`).

use actix_web::{get, web, HttpResponse};

use crate::auth::{AnyUser, AuditReaders, Authorized};
use crate::dto::log::{
    CheckpointView, ConsistencyProofView, ConsistencyQuery, InclusionProofView, InclusionQuery,
    LogEntryView,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Conflict, Listing, Resource, SignedInListing, SignedInResource};
use crate::services::log;
use crate::state::AppState;

/// The log's latest signed checkpoint (any signed-in user): its tree size and root, as a C2SP
/// signed note with the key to check it. 404 before anything is sealed.
#[utoipa::path(
    tag = "audit",
    responses(
        (status = 200, body = CheckpointView),
        SignedInResource,
    ),
    security(("bearer" = []))
)]
#[get("/log/checkpoint")]
pub async fn latest_checkpoint(
    state: web::Data<AppState>,
    _auth: Authorized<AnyUser>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(log::latest(&state).await?))
}

/// Every signed checkpoint, oldest first (any signed-in user): keep one, and later ask for a
/// consistency proof from it.
#[utoipa::path(
    tag = "audit",
    params(PageQuery),
    responses(
        (status = 200, body = Page<CheckpointView>),
        SignedInListing,
    ),
    security(("bearer" = []))
)]
#[get("/log/checkpoints")]
pub async fn list_checkpoints(
    state: web::Data<AppState>,
    _auth: Authorized<AnyUser>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(log::checkpoints(&state, query.into_inner()).await?))
}

/// That the tree of `second` entries extends the tree of `first` (any signed-in user): an
/// RFC 9162 consistency proof, with the signed checkpoints at both sizes where there are.
#[utoipa::path(
    tag = "audit",
    params(ConsistencyQuery),
    responses(
        (status = 200, body = ConsistencyProofView),
        SignedInListing,
        Conflict,
        (status = 404, description = "Nothing is sealed yet", body = crate::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/log/proofs/consistency")]
pub async fn consistency_proof(
    state: web::Data<AppState>,
    _auth: Authorized<AnyUser>,
    query: web::Query<ConsistencyQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(log::consistency(&state, query.into_inner()).await?))
}

/// The sealed entries by index (auditor, admin), with the exact bytes each leaf hashes, so
/// that a mirror can recompute the tree.
#[utoipa::path(
    tag = "audit",
    params(PageQuery),
    responses(
        (status = 200, body = Page<LogEntryView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/log/entries")]
pub async fn list_entries(
    state: web::Data<AppState>,
    _auth: Authorized<AuditReaders>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(log::entries(&state, query.into_inner()).await?))
}

/// That an entry (by `index` or audit `entry_id`) is in a signed tree (auditor, admin): an
/// RFC 9162 inclusion proof against the latest checkpoint or the one at `tree_size`. 409 while
/// the entry is committed and not yet sealed (about a second).
#[utoipa::path(
    tag = "audit",
    params(InclusionQuery),
    responses(
        (status = 200, body = InclusionProofView),
        Resource,
        Conflict,
        (status = 422, description = "Neither `index` nor `entry_id`, or a tree size out of range", body = crate::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/log/proofs/inclusion")]
pub async fn inclusion_proof(
    state: web::Data<AppState>,
    _auth: Authorized<AuditReaders>,
    query: web::Query<InclusionQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(log::inclusion(&state, query.into_inner()).await?))
}

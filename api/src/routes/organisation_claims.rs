//! Verifying organisations: staff verify or reject a claim on an enterprise number, and list
//! the claims (see [`crate::services::verification`]).

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, ClaimReaders};
use crate::dto::organisation_claims::{
    ClaimListQuery, ClaimView, RejectionRequest, VerificationRequest,
};
use crate::dto::organisations::OrganisationView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Listing, ResourceWrite};
use crate::services::verification;
use crate::state::AppState;

/// Verify an organisation (admin) on the evidence checked: its KBO extract, the mandate of the
/// person who registered it, the representative's identity. Settles its enterprise number:
/// every other unverified claim on it is rejected ("another claim on this enterprise number
/// was verified") and the members of each are told; the organisation's own members are told
/// too. Audited with the evidence.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = VerificationRequest,
    responses(
        (status = 200, body = OrganisationView),
        ResourceWrite,
        (status = 409, description = "Not an unverified claim (`/problems/verification-decided`), or another organisation is verified for the enterprise number (`/problems/enterprise-number-verified`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations/{id}/verification")]
pub async fn verify_organisation(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<VerificationRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = verification::verify(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Reject an organisation's claim on its enterprise number (admin), with a reason told to its
/// members. Only an unverified claim is rejected; a decision is not changed (a correction is
/// a new registration). Audited.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = RejectionRequest,
    responses(
        (status = 200, body = OrganisationView),
        ResourceWrite,
        (status = 409, description = "Not an unverified claim (`/problems/verification-decided`)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations/{id}/rejection")]
pub async fn reject_organisation(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<RejectionRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = verification::reject(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Claims on enterprise numbers (admin, auditor): by default the unverified ones, waiting for
/// staff; by enterprise number and then oldest first, so that competing claims are listed
/// together, each with how many other unverified claims share its number.
#[utoipa::path(
    tag = "organisations",
    params(ClaimListQuery),
    responses(
        (status = 200, body = Page<ClaimView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/organisation-claims")]
pub async fn list_claims(
    state: web::Data<AppState>,
    _auth: Authorized<ClaimReaders>,
    query: web::Query<ClaimListQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = verification::list_claims(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

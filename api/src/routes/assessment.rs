//! The weeks after the deadline: eligibility screening, reviewers (conflicts of interest,
//! automatic and declared), reviews (blind until one's own is submitted), and the ranking (see
//! `services::assessment` and `services::ranking`).

use actix_web::{get, post, put, web, HttpResponse};
use grantdesk_domain::Rule;
use uuid::Uuid;

use crate::auth::{AdminOnly, AssessmentReaders, Authorized, ReviewerOnly, SelectionReaders};
use crate::csv_file::CSV_MEDIA_TYPE;
use crate::dto::assessment::{
    AssignRequest, AssignmentListQuery, AssignmentView, BulkAssignRequest, BulkAssignView,
    ConflictRequest, RankingLine, RankingQuery, ReviewRequest, ReviewView, ScreeningRequest,
    ScreeningView,
};
use crate::dto::calls::CallView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{Conflict, Invalid, Listing, Resource, ResourceWrite};
use crate::services::assessment;
use crate::services::ranking as rankings;
use crate::state::AppState;

/// Start the assessment of a closed call (admin): from then on applications are screened,
/// assigned, reviewed and decided. Tracks with a budget of their own get it set apart on the
/// ledger (from the call's account to the track's), so awards can never exceed it.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Call id")),
    responses(
        (status = 200, body = CallView),
        Resource,
        (status = 409, description = "The call is not closed (its deadline has not passed, or it is further along)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/assessment")]
pub async fn start_assessment(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = assessment::start(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Screen a submitted application's eligibility (admin): eligible, or not eligible with a
/// reason. Only eligible applications go to review. Screening again records a new verdict;
/// an application whose current decision is `selected` (its award holds money) cannot be
/// screened not eligible until the decision is changed (409).
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = ScreeningRequest,
    responses(
        (status = 201, body = ScreeningView),
        ResourceWrite,
        (status = 409, description = "The call is not in assessment, the application is not submitted, or it is selected (not eligible refused)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/screening")]
pub async fn screen_application(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ScreeningRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = assessment::screen(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Assign a reviewer to an eligible application (admin). A reviewer affiliated with the lead
/// or a partner organisation is refused (409 conflict-of-interest).
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = AssignRequest,
    responses(
        (status = 201, body = AssignmentView),
        ResourceWrite,
        (status = 409, description = "Conflict of interest, not eligible, assigned already, or not in assessment", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/applications/{id}/assignments")]
pub async fn assign_reviewer(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<AssignRequest>,
) -> Result<HttpResponse, ApiError> {
    let reviewer = body.0.reviewer_id;
    let view = assessment::assign(&state, auth.claims(), id.into_inner(), reviewer).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Assign reviewers in bulk (admin): every eligible application of the call (or of one track)
/// gets reviewers from the list, round robin, skipping conflicts of interest and existing
/// assignments, until it has `per_application`.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = BulkAssignRequest,
    responses(
        (status = 201, body = BulkAssignView),
        ResourceWrite, Conflict,
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/assignments")]
pub async fn bulk_assign(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<BulkAssignRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = assessment::assign_in_bulk(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Assignments: a reviewer sees their own active ones; admins and auditors filter by
/// application or reviewer.
#[utoipa::path(
    tag = "assessment",
    params(AssignmentListQuery),
    responses(
        (status = 200, body = Vec<AssignmentView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/assignments")]
pub async fn list_assignments(
    state: web::Data<AppState>,
    auth: Authorized<AssessmentReaders>,
    query: web::Query<AssignmentListQuery>,
) -> Result<HttpResponse, ApiError> {
    let list = assessment::assignments(&state, auth.claims(), query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Declare a conflict of interest on one's assignment (reviewer): it leaves one's work, and
/// the application is no longer readable to one; the reason is kept.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Assignment id")),
    request_body = ConflictRequest,
    responses(
        (status = 200, body = AssignmentView),
        ResourceWrite, Conflict,
    ),
    security(("bearer" = []))
)]
#[post("/assignments/{id}/conflict")]
pub async fn declare_conflict(
    state: web::Data<AppState>,
    auth: Authorized<ReviewerOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ConflictRequest>,
) -> Result<HttpResponse, ApiError> {
    let reason = body.0.reason;
    let view = assessment::declare_conflict(&state, auth.claims(), id.into_inner(), reason).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Save one's review of an assignment as a draft (reviewer): a score per criterion within its
/// range, and a comment.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Assignment id")),
    request_body = ReviewRequest,
    responses(
        (status = 200, body = ReviewView),
        ResourceWrite,
        (status = 409, description = "Submitted already, conflict declared, or not in assessment", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/assignments/{id}/review")]
pub async fn put_review(
    state: web::Data<AppState>,
    auth: Authorized<ReviewerOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ReviewRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = assessment::review(&state, auth.claims(), id.into_inner(), Some(body.0)).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Submit one's saved review (reviewer): every criterion scored and a comment. Final.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Assignment id")),
    responses(
        (status = 200, body = ReviewView),
        Resource, Conflict,
        (status = 422, description = "A criterion is not scored, or no comment", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/assignments/{id}/review/submit")]
pub async fn submit_review(
    state: web::Data<AppState>,
    auth: Authorized<ReviewerOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = assessment::review(&state, auth.claims(), id.into_inner(), None).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The reviews of an application: admins and auditors see all; a reviewer sees their own, and
/// the others' submitted reviews only once their own is submitted.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = Vec<ReviewView>),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}/reviews")]
pub async fn list_reviews(
    state: web::Data<AppState>,
    auth: Authorized<AssessmentReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let list = assessment::reviews(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The ranking per track of the eligible applications (admin, auditor): by score (the mean of
/// the submitted reviews' 0-100 scores, each rounded to two decimals, the mean rounded to two
/// decimals half away from zero), ties broken by the earliest receipt; unscored applications
/// last. `format=csv` gives CSV.
#[utoipa::path(
    tag = "assessment",
    params(("id" = Uuid, Path, description = "Call id"), RankingQuery),
    responses(
        (status = 200, description = "JSON, or CSV with format=csv (a header line, then one line per application)", content(
            (Vec<RankingLine> = "application/json"),
            (String = "text/csv"),
        )),
        Resource, Invalid,
    ),
    security(("bearer" = []))
)]
#[get("/calls/{id}/ranking")]
pub async fn ranking(
    state: web::Data<AppState>,
    _auth: Authorized<SelectionReaders>,
    id: web::Path<Uuid>,
    query: web::Query<RankingQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let csv = match q.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => {
            return Err(ApiError::rule(
                "format",
                &Rule::OneOf {
                    choices: "json, csv".into(),
                },
            ))
        }
    };
    let lines = rankings::lines(&state, id.into_inner(), q.track).await?;
    Ok(if csv {
        HttpResponse::Ok()
            .content_type(CSV_MEDIA_TYPE)
            .insert_header((
                "Content-Disposition",
                "attachment; filename=\"ranking.csv\"",
            ))
            .body(rankings::csv(&lines)?)
    } else {
        HttpResponse::Ok().json(lines)
    })
}

//! Questions & answers about a call: applicants ask, admins answer and publish; published
//! answers are visible to everyone, without the asker's identity.

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, ApplicantOnly, Authorized, MaybeAuthenticated};
use crate::dto::questions::{AnswerRequest, AskRequest, QuestionView};
use crate::error::ApiError;
use crate::extract::ValidJson;
use crate::limits::ClientAddress;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Invalid, ResourceWrite, SignedInResource, Throttled};
use crate::services::questions;
use crate::state::AppState;

/// Ask a question about a published call (applicant).
#[utoipa::path(
    tag = "questions",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = AskRequest,
    responses(
        (status = 201, body = QuestionView),
        ResourceWrite,
        Throttled,
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/questions")]
pub async fn ask_question(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    client: ClientAddress,
    id: web::Path<Uuid>,
    body: ValidJson<AskRequest>,
) -> Result<HttpResponse, ApiError> {
    state.limits.question(&client, auth.claims().sub)?;
    let view = questions::ask(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// The questions of a published call: without a token the published ones; an applicant also
/// sees their own; admins and auditors see all, with who asked.
#[utoipa::path(
    tag = "questions",
    params(("id" = Uuid, Path, description = "Call id"), PageQuery),
    responses(
        (status = 200, body = Page<QuestionView>),
        SignedInResource, Invalid,
    ),
    security((), ("bearer" = []))
)]
#[get("/calls/{id}/questions")]
pub async fn list_questions(
    state: web::Data<AppState>,
    auth: MaybeAuthenticated,
    id: web::Path<Uuid>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let claims = auth.0.as_ref().map(|a| &a.0);
    let page = questions::list(&state, claims, id.into_inner(), query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Answer a question and (by default) publish it (admin). Answering again corrects the answer;
/// the audit trail keeps every version.
#[utoipa::path(
    tag = "questions",
    params(("id" = Uuid, Path, description = "Question id")),
    request_body = AnswerRequest,
    responses(
        (status = 200, body = QuestionView),
        ResourceWrite,
    ),
    security(("bearer" = []))
)]
#[post("/questions/{id}/answer")]
pub async fn answer_question(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<AnswerRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = questions::answer(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

//! Questions & answers about a call: applicants ask, admins answer and publish; published
//! answers are visible to everyone, without the asker's identity.

use actix_web::{get, post, web, HttpResponse};
use grantdesk_persistence::audit;
use grantdesk_persistence::questions::{self, QuestionScope};
use uuid::Uuid;

use crate::auth::{AdminOnly, ApplicantOnly, Authorized, MaybeAuthenticated, Role};
use crate::dto::questions::{AnswerRequest, AskRequest, QuestionView};
use crate::error::{ApiError, OrNotFound};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Invalid, ResourceWrite, SignedInResource};
use crate::services::load;
use crate::state::AppState;

/// Ask a question about a published call (applicant).
#[utoipa::path(
    tag = "questions",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = AskRequest,
    responses(
        (status = 201, body = QuestionView),
        ResourceWrite,
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/questions")]
pub async fn ask_question(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<AskRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let user = auth.claims().sub;
    let actor = auth.actor();
    let question = body.0.question.trim().to_owned();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                load::published_call(c, id)?;
                let now = clock.now();
                let q = questions::ask(c, id, &question, user, now)?;
                let view = QuestionView::new(&q, true);
                audit::record(
                    c,
                    &actor,
                    "question.ask",
                    ("question", &q.id.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
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
    let id = id.into_inner();
    let paging = query.into_inner().resolve()?;
    let (scope, staff) = match auth.0.as_ref().map(|a| (a.role(), a.0.sub)) {
        Some((Role::Admin | Role::Auditor, _)) => (QuestionScope::All, true),
        Some((Role::Applicant, user)) => (QuestionScope::PublishedAndAskedBy(user), false),
        _ => (QuestionScope::Published, false),
    };
    let me = auth.0.as_ref().map(|a| a.0.sub);
    let page = state
        .run(move |db, _| {
            db.read(|c| {
                load::published_call(c, id)?;
                let (rows, total) = questions::list(c, id, scope, paging.offset(), paging.limit())?;
                let items = rows
                    .iter()
                    .map(|q| QuestionView::new(q, staff || Some(q.asked_by) == me))
                    .collect();
                Ok::<Page<QuestionView>, ApiError>(paging.wrap(items, total))
            })
        })
        .await?;
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
    let id = id.into_inner();
    let actor = auth.actor();
    let body = body.0;
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let before = questions::find(c, id).or_not_found("the question")?;
                let q = questions::answer(c, id, body.answer.trim(), body.publish, &actor, now)?;
                let view = QuestionView::new(&q, true);
                audit::record(
                    c,
                    &actor,
                    "question.answer",
                    ("question", &id.to_string()),
                    serde_json::to_value(QuestionView::new(&before, true)).ok(),
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

//! Questions & answers about a call: applicants ask, admins answer and publish; published
//! answers are visible to everyone, without the asker's identity.

use grantdesk_persistence::questions::{self, QuestionScope};
use grantdesk_persistence::{applications, audit, calls, notifications};
use uuid::Uuid;

use crate::auth::{Claims, Role};
use crate::dto::questions::{AnswerRequest, AskRequest, QuestionView};
use crate::error::{ApiError, OrNotFound};
use crate::pagination::{Page, PageQuery};
use crate::services::load;
use crate::state::AppState;

/// Asks a question about a published call (applicant).
pub async fn ask(
    state: &AppState,
    claims: &Claims,
    call_id: Uuid,
    request: AskRequest,
) -> Result<QuestionView, ApiError> {
    let user = claims.sub;
    let actor = claims.actor();
    let question = request.question.trim().to_owned();
    state
        .write(move |c, clock| {
            load::published_call(c, call_id)?;
            let now = clock.now();
            let q = questions::ask(c, call_id, &question, user, now)?;
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
            Ok(view)
        })
        .await
}

/// The questions of a published call: without claims the published ones; an applicant also
/// sees their own; admins and auditors see all, with who asked.
pub async fn list(
    state: &AppState,
    claims: Option<&Claims>,
    call_id: Uuid,
    query: PageQuery,
) -> Result<Page<QuestionView>, ApiError> {
    let paging = query.resolve()?;
    let (scope, staff) = match claims.map(|c| (c.role, c.sub)) {
        Some((Role::Admin | Role::Auditor, _)) => (QuestionScope::All, true),
        Some((Role::Applicant, user)) => (QuestionScope::PublishedAndAskedBy(user), false),
        _ => (QuestionScope::Published, false),
    };
    let me = claims.map(|c| c.sub);
    state
        .read(move |c, _| {
            load::published_call(c, call_id)?;
            let (rows, total) =
                questions::list(c, call_id, scope, paging.offset(), paging.limit())?;
            let items = rows
                .iter()
                .map(|q| QuestionView::new(q, staff || Some(q.asked_by) == me))
                .collect();
            Ok(paging.wrap(items, total))
        })
        .await
}

/// Answers a question and (by default) publishes it (admin). Answering again corrects the
/// answer; the audit trail keeps every version.
pub async fn answer(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    request: AnswerRequest,
) -> Result<QuestionView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let before = questions::find(c, id).or_not_found("the question")?;
            let q = questions::answer(c, id, request.answer.trim(), request.publish, &actor, now)?;
            // a published answer (new, or changed) is told to every organisation with a draft
            // or a submission in the call
            let news = q.published && (!before.published || before.answer != q.answer);
            if news {
                let call = calls::find(c, q.call_id)?.call;
                let facts = serde_json::json!({
                    "call": {"id": call.id, "reference": call.reference, "title": call.title},
                    "question_id": q.id,
                    "question": q.question,
                    "answer": q.answer,
                });
                for organisation in applications::organisations_in_call(c, q.call_id)? {
                    notifications::to_members(c, organisation, "question_answered", &facts, now)?;
                }
            }
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
            Ok(view)
        })
        .await
}

use chrono::{DateTime, Utc};
use grantdesk_persistence::questions::Question;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AskRequest {
    #[validate(length(min = 5, max = 4000))]
    #[schema(
        example = "Mogen we de subsidie gebruiken voor de opleiding van onze medewerkers?",
        min_length = 5,
        max_length = 4000
    )]
    pub question: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    #[validate(length(min = 1, max = 8000))]
    #[schema(min_length = 1, max_length = 8000)]
    pub answer: String,
    /// Publish the question and answer to every user of the call (without the asker).
    #[serde(default = "yes")]
    #[schema(default = true)]
    pub publish: bool,
}

fn yes() -> bool {
    true
}

/// A question about a call. Who asked is shown to staff and to the asker only.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionView {
    pub id: Uuid,
    pub call_id: Uuid,
    pub question: String,
    pub asked_at: DateTime<Utc>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub published: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asked_by: Option<Uuid>,
}

impl QuestionView {
    pub fn new(q: &Question, show_asker: bool) -> Self {
        QuestionView {
            id: q.id,
            call_id: q.call_id,
            question: q.question.clone(),
            asked_at: q.asked_at,
            answer: q.answer.clone(),
            answered_at: q.answered_at,
            published: q.published,
            asked_by: show_asker.then_some(q.asked_by),
        }
    }
}

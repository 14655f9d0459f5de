//! Questions about a call and their answers (the helpdesk of seed document 002). Published
//! answers are shown to everyone without the asker's identity.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::uuid;
use crate::schema::call_questions;
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = call_questions)]
struct QuestionRow {
    id: String,
    call_id: String,
    question: String,
    asked_by: String,
    asked_at: NaiveDateTime,
    answer: Option<String>,
    answered_by: Option<String>,
    answered_at: Option<NaiveDateTime>,
    published: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: Uuid,
    pub call_id: Uuid,
    pub question: String,
    /// The asking user's id.
    pub asked_by: Uuid,
    pub asked_at: DateTime<Utc>,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub published: bool,
}

impl TryFrom<QuestionRow> for Question {
    type Error = StoreError;
    fn try_from(r: QuestionRow) -> Result<Self, StoreError> {
        Ok(Question {
            id: uuid(&r.id)?,
            call_id: uuid(&r.call_id)?,
            question: r.question,
            asked_by: uuid(&r.asked_by)?,
            asked_at: r.asked_at.and_utc(),
            answer: r.answer,
            answered_by: r.answered_by,
            answered_at: r.answered_at.map(|t| t.and_utc()),
            published: r.published,
        })
    }
}

pub fn ask(
    conn: &mut DbConn,
    call: Uuid,
    question: &str,
    asked_by: Uuid,
    now: DateTime<Utc>,
) -> Result<Question, StoreError> {
    let row = QuestionRow {
        id: Uuid::new_v4().to_string(),
        call_id: call.to_string(),
        question: question.to_owned(),
        asked_by: asked_by.to_string(),
        asked_at: now.naive_utc(),
        answer: None,
        answered_by: None,
        answered_at: None,
        published: false,
    };
    diesel::insert_into(call_questions::table)
        .values(&row)
        .execute(conn)?;
    row.try_into()
}

pub fn find(conn: &mut DbConn, id: Uuid) -> Result<Question, StoreError> {
    call_questions::table
        .find(id.to_string())
        .select(QuestionRow::as_select())
        .first(conn)?
        .try_into()
}

/// Records (or corrects) the answer and whether it is published.
pub fn answer(
    conn: &mut DbConn,
    id: Uuid,
    answer: &str,
    publish: bool,
    answered_by: &str,
    now: DateTime<Utc>,
) -> Result<Question, StoreError> {
    let n = diesel::update(call_questions::table.find(id.to_string()))
        .set((
            call_questions::answer.eq(Some(answer)),
            call_questions::answered_by.eq(Some(answered_by)),
            call_questions::answered_at.eq(Some(now.naive_utc())),
            call_questions::published.eq(publish),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    find(conn, id)
}

/// Which questions of a call a reader sees.
#[derive(Debug, Clone, Copy)]
pub enum QuestionScope {
    /// Published ones only.
    Published,
    /// Published ones and those this user asked.
    PublishedAndAskedBy(Uuid),
    /// All (staff).
    All,
}

pub fn list(
    conn: &mut DbConn,
    call: Uuid,
    scope: QuestionScope,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Question>, i64), StoreError> {
    let build = || {
        let q = call_questions::table
            .filter(call_questions::call_id.eq(call.to_string()))
            .into_boxed();
        match scope {
            QuestionScope::Published => q.filter(call_questions::published.eq(true)),
            QuestionScope::PublishedAndAskedBy(user) => q.filter(
                call_questions::published
                    .eq(true)
                    .or(call_questions::asked_by.eq(user.to_string())),
            ),
            QuestionScope::All => q,
        }
    };
    let total = build().count().get_result(conn)?;
    let rows = build()
        .select(QuestionRow::as_select())
        .order((call_questions::asked_at.asc(), call_questions::id.asc()))
        .offset(offset)
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(Question::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

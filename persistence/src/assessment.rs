//! Assessment and selection: reviewer affiliations, eligibility screenings, assignments,
//! reviews, decisions (append-only; the latest per application counts) and the outbox.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{AssignmentStatus, DecisionKind, Eligibility, Money, ReviewStatus, Score};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::db::{cached_insert, DbConn};
use crate::mapping::{
    corrupt, enumerated, hundredths, json, opt_money, opt_uuid, to_hundredths, uuid,
};
use crate::schema::{assignments, decisions, outbox, reviewer_affiliations, reviews, screenings};
use crate::StoreError;

// ---- affiliations ----------------------------------------------------------------------

/// Records that a reviewer is affiliated with an enterprise number (idempotent).
pub fn add_affiliation(
    conn: &mut DbConn,
    user: Uuid,
    kbo: &str,
    added_by: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let exists: i64 = reviewer_affiliations::table
        .filter(reviewer_affiliations::user_id.eq(user.to_string()))
        .filter(reviewer_affiliations::kbo.eq(kbo))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        diesel::insert_into(reviewer_affiliations::table)
            .values((
                reviewer_affiliations::user_id.eq(user.to_string()),
                reviewer_affiliations::kbo.eq(kbo),
                reviewer_affiliations::added_by.eq(added_by),
                reviewer_affiliations::added_at.eq(now.naive_utc()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn affiliations(conn: &mut DbConn, user: Uuid) -> Result<Vec<String>, StoreError> {
    Ok(reviewer_affiliations::table
        .filter(reviewer_affiliations::user_id.eq(user.to_string()))
        .order(reviewer_affiliations::kbo.asc())
        .select(reviewer_affiliations::kbo)
        .load(conn)?)
}

// ---- screenings ------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screening {
    pub application_id: Uuid,
    pub verdict: Eligibility,
    pub reason: String,
    pub screened_by: String,
    pub screened_at: DateTime<Utc>,
}

pub fn record_screening(
    conn: &mut DbConn,
    application: Uuid,
    verdict: Eligibility,
    reason: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::insert_into(screenings::table)
        .values((
            screenings::id.eq(Uuid::new_v4().to_string()),
            screenings::application_id.eq(application.to_string()),
            screenings::verdict.eq(verdict.as_str()),
            screenings::reason.eq(reason),
            screenings::screened_by.eq(by),
            screenings::screened_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The latest screening of each of `applications` that has one.
pub fn latest_screenings(
    conn: &mut DbConn,
    applications: &[Uuid],
) -> Result<Vec<Screening>, StoreError> {
    let columns = (
        screenings::application_id,
        screenings::verdict,
        screenings::reason,
        screenings::screened_by,
        screenings::screened_at,
    );
    let rows: Vec<(String, String, String, String, NaiveDateTime)> = match applications {
        // one application (a decision, a screening, a view): `=` and `LIMIT 1`, a statement of
        // fixed shape that stays prepared (an `IN (...)` list is prepared anew on every run)
        [one] => screenings::table
            .filter(screenings::application_id.eq(one.to_string()))
            .order(screenings::seq.desc())
            .limit(1)
            .select(columns)
            .load(conn)?,
        many => screenings::table
            .filter(screenings::application_id.eq_any(many.iter().map(Uuid::to_string)))
            .order((screenings::application_id.asc(), screenings::seq.desc()))
            .select(columns)
            .load(conn)?,
    };
    let mut out: Vec<Screening> = Vec::new();
    for (app, verdict, reason, by, at) in rows {
        let app = uuid(&app)?;
        if out.last().map(|s| s.application_id) != Some(app) {
            out.push(Screening {
                application_id: app,
                verdict: enumerated(&verdict)?,
                reason,
                screened_by: by,
                screened_at: at.and_utc(),
            });
        }
    }
    Ok(out)
}

// ---- assignments -----------------------------------------------------------------------

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = assignments)]
struct AssignmentRow {
    id: String,
    application_id: String,
    reviewer_id: String,
    status: String,
    assigned_by: String,
    assigned_at: NaiveDateTime,
    conflict_reason: Option<String>,
    conflict_declared_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub id: Uuid,
    pub application_id: Uuid,
    pub reviewer_id: Uuid,
    pub status: AssignmentStatus,
    pub assigned_by: String,
    pub assigned_at: DateTime<Utc>,
    pub conflict_reason: Option<String>,
    pub conflict_declared_at: Option<DateTime<Utc>>,
}

impl TryFrom<AssignmentRow> for Assignment {
    type Error = StoreError;
    fn try_from(r: AssignmentRow) -> Result<Self, StoreError> {
        Ok(Assignment {
            id: uuid(&r.id)?,
            application_id: uuid(&r.application_id)?,
            reviewer_id: uuid(&r.reviewer_id)?,
            status: enumerated(&r.status)?,
            assigned_by: r.assigned_by,
            assigned_at: r.assigned_at.and_utc(),
            conflict_reason: r.conflict_reason,
            conflict_declared_at: r.conflict_declared_at.map(|t| t.and_utc()),
        })
    }
}

/// Assigns a reviewer; `Conflict` if already assigned.
pub fn assign(
    conn: &mut DbConn,
    application: Uuid,
    reviewer: Uuid,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Assignment, StoreError> {
    let row = AssignmentRow {
        id: Uuid::new_v4().to_string(),
        application_id: application.to_string(),
        reviewer_id: reviewer.to_string(),
        status: AssignmentStatus::Active.as_str().into(),
        assigned_by: by.to_owned(),
        assigned_at: now.naive_utc(),
        conflict_reason: None,
        conflict_declared_at: None,
    };
    diesel::insert_into(assignments::table)
        .values(&row)
        .execute(conn)
        .map_err(|e| match StoreError::from(e) {
            StoreError::Conflict(_) => {
                StoreError::Conflict("the reviewer is assigned to this application already".into())
            }
            other => other,
        })?;
    row.try_into()
}

pub fn find_assignment(conn: &mut DbConn, id: Uuid) -> Result<Assignment, StoreError> {
    assignments::table
        .find(id.to_string())
        .select(AssignmentRow::as_select())
        .first(conn)?
        .try_into()
}

/// The assignment of a reviewer to an application, if any.
pub fn assignment_of(
    conn: &mut DbConn,
    application: Uuid,
    reviewer: Uuid,
) -> Result<Option<Assignment>, StoreError> {
    assignments::table
        .filter(assignments::application_id.eq(application.to_string()))
        .filter(assignments::reviewer_id.eq(reviewer.to_string()))
        .select(AssignmentRow::as_select())
        .first(conn)
        .optional()?
        .map(Assignment::try_from)
        .transpose()
}

/// A reviewer declares a conflict: the assignment leaves their work, with the reason kept.
pub fn declare_conflict(
    conn: &mut DbConn,
    id: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let n = diesel::update(
        assignments::table
            .filter(assignments::id.eq(id.to_string()))
            .filter(assignments::status.eq(AssignmentStatus::Active.as_str())),
    )
    .set((
        assignments::status.eq(AssignmentStatus::ConflictDeclared.as_str()),
        assignments::conflict_reason.eq(Some(reason)),
        assignments::conflict_declared_at.eq(Some(now.naive_utc())),
    ))
    .execute(conn)?;
    if n == 1 {
        Ok(())
    } else {
        Err(StoreError::Conflict(
            "a conflict was declared on this assignment already".into(),
        ))
    }
}

/// Assignments of an application, or of a reviewer (active ones only when asked).
pub fn assignments(
    conn: &mut DbConn,
    application: Option<Uuid>,
    reviewer: Option<Uuid>,
    active_only: bool,
) -> Result<Vec<Assignment>, StoreError> {
    let mut q = assignments::table.into_boxed();
    if let Some(a) = application {
        q = q.filter(assignments::application_id.eq(a.to_string()));
    }
    if let Some(r) = reviewer {
        q = q.filter(assignments::reviewer_id.eq(r.to_string()));
    }
    if active_only {
        q = q.filter(assignments::status.eq(AssignmentStatus::Active.as_str()));
    }
    q.select(AssignmentRow::as_select())
        .order((assignments::assigned_at.asc(), assignments::id.asc()))
        .load(conn)?
        .into_iter()
        .map(Assignment::try_from)
        .collect()
}

// ---- reviews ---------------------------------------------------------------------------

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = reviews, treat_none_as_null = true)]
struct ReviewRow {
    id: String,
    assignment_id: String,
    application_id: String,
    reviewer_id: String,
    scores: String,
    comment: String,
    status: String,
    score_hundredths: Option<i64>,
    updated_at: NaiveDateTime,
    submitted_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: Uuid,
    pub assignment_id: Uuid,
    pub application_id: Uuid,
    pub reviewer_id: Uuid,
    pub scores: Vec<Score>,
    pub comment: String,
    pub status: ReviewStatus,
    /// The review's 0-100 score, two decimals, once submitted.
    pub score: Option<Decimal>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
}

impl TryFrom<ReviewRow> for Review {
    type Error = StoreError;
    fn try_from(r: ReviewRow) -> Result<Self, StoreError> {
        Ok(Review {
            id: uuid(&r.id)?,
            assignment_id: uuid(&r.assignment_id)?,
            application_id: uuid(&r.application_id)?,
            reviewer_id: uuid(&r.reviewer_id)?,
            scores: json(&r.scores)?,
            comment: r.comment,
            status: enumerated(&r.status)?,
            score: r.score_hundredths.map(hundredths),
            updated_at: r.updated_at.and_utc(),
            submitted_at: r.submitted_at.map(|t| t.and_utc()),
        })
    }
}

/// Saves a reviewer's review of an assignment (creating it on first save).
pub fn save_review(conn: &mut DbConn, review: &Review) -> Result<(), StoreError> {
    let row = ReviewRow {
        id: review.id.to_string(),
        assignment_id: review.assignment_id.to_string(),
        application_id: review.application_id.to_string(),
        reviewer_id: review.reviewer_id.to_string(),
        scores: serde_json::to_string(&review.scores).map_err(corrupt)?,
        comment: review.comment.clone(),
        status: review.status.as_str().to_owned(),
        score_hundredths: review.score.map(to_hundredths).transpose()?,
        updated_at: review.updated_at.naive_utc(),
        submitted_at: review.submitted_at.map(|t| t.naive_utc()),
    };
    let n = diesel::update(reviews::table.find(&row.id))
        .set(&row)
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(reviews::table)
            .values(&row)
            .execute(conn)?;
    }
    Ok(())
}

pub fn review_of_assignment(
    conn: &mut DbConn,
    assignment: Uuid,
) -> Result<Option<Review>, StoreError> {
    reviews::table
        .filter(reviews::assignment_id.eq(assignment.to_string()))
        .select(ReviewRow::as_select())
        .first(conn)
        .optional()?
        .map(Review::try_from)
        .transpose()
}

/// Reviews of applications; submitted ones only when asked.
pub fn reviews_of(
    conn: &mut DbConn,
    applications: &[Uuid],
    submitted_only: bool,
) -> Result<Vec<Review>, StoreError> {
    let ids: Vec<String> = applications.iter().map(Uuid::to_string).collect();
    let mut q = reviews::table
        .filter(reviews::application_id.eq_any(ids))
        .into_boxed();
    if submitted_only {
        q = q.filter(reviews::status.eq(ReviewStatus::Submitted.as_str()));
    }
    q.select(ReviewRow::as_select())
        .order((
            reviews::application_id.asc(),
            reviews::submitted_at.asc(),
            reviews::id.asc(),
        ))
        .load(conn)?
        .into_iter()
        .map(Review::try_from)
        .collect()
}

// ---- decisions -------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRecord {
    pub id: Uuid,
    pub application_id: Uuid,
    pub call_id: Uuid,
    pub kind: DecisionKind,
    pub awarded: Option<Money>,
    pub motivation: String,
    pub hold_transfer_id: Option<Uuid>,
    pub decided_by: String,
    pub decided_at: DateTime<Utc>,
}

type DecisionTuple = (
    String,
    String,
    String,
    String,
    Option<i64>,
    String,
    Option<String>,
    String,
    NaiveDateTime,
);

fn decision_from(t: DecisionTuple) -> Result<DecisionRecord, StoreError> {
    Ok(DecisionRecord {
        id: uuid(&t.0)?,
        application_id: uuid(&t.1)?,
        call_id: uuid(&t.2)?,
        kind: enumerated(&t.3)?,
        awarded: opt_money(t.4)?,
        motivation: t.5,
        hold_transfer_id: opt_uuid(t.6.as_deref())?,
        decided_by: t.7,
        decided_at: t.8.and_utc(),
    })
}

pub fn record_decision(conn: &mut DbConn, d: &DecisionRecord) -> Result<(), StoreError> {
    use diesel::sql_types::{BigInt, Nullable, Text, Timestamp};
    cached_insert(
        decisions::table,
        &[
            "id",
            "application_id",
            "call_id",
            "kind",
            "awarded_cents",
            "motivation",
            "hold_transfer_id",
            "decided_by",
            "decided_at",
        ],
        (
            d.id.to_string().into_sql::<Text>(),
            d.application_id.to_string().into_sql::<Text>(),
            d.call_id.to_string().into_sql::<Text>(),
            d.kind.as_str().into_sql::<Text>(),
            d.awarded.map(|m| m.cents()).into_sql::<Nullable<BigInt>>(),
            (&d.motivation).into_sql::<Text>(),
            d.hold_transfer_id
                .map(|h| h.to_string())
                .into_sql::<Nullable<Text>>(),
            (&d.decided_by).into_sql::<Text>(),
            d.decided_at.naive_utc().into_sql::<Timestamp>(),
        ),
    )
    .execute(conn)?;
    Ok(())
}

/// The columns a [`DecisionTuple`] is read from, in its order.
const DECISION_COLUMNS: (
    decisions::id,
    decisions::application_id,
    decisions::call_id,
    decisions::kind,
    decisions::awarded_cents,
    decisions::motivation,
    decisions::hold_transfer_id,
    decisions::decided_by,
    decisions::decided_at,
) = (
    decisions::id,
    decisions::application_id,
    decisions::call_id,
    decisions::kind,
    decisions::awarded_cents,
    decisions::motivation,
    decisions::hold_transfer_id,
    decisions::decided_by,
    decisions::decided_at,
);

/// The current (latest) decision of one application, if it has one (by the application's own
/// index: a decision does not read the whole call's history of decisions).
pub fn current_decision(
    conn: &mut DbConn,
    application: Uuid,
) -> Result<Option<DecisionRecord>, StoreError> {
    let row: Option<DecisionTuple> = decisions::table
        .filter(decisions::application_id.eq(application.to_string()))
        .order(decisions::seq.desc())
        .select(DECISION_COLUMNS)
        .first(conn)
        .optional()?;
    row.map(decision_from).transpose()
}

/// Every decision on one application, oldest first (the latest is the current one).
pub fn decisions_of(
    conn: &mut DbConn,
    application: Uuid,
) -> Result<Vec<DecisionRecord>, StoreError> {
    let rows: Vec<DecisionTuple> = decisions::table
        .filter(decisions::application_id.eq(application.to_string()))
        .order(decisions::seq.asc())
        .select(DECISION_COLUMNS)
        .load(conn)?;
    rows.into_iter().map(decision_from).collect()
}

/// The current (latest) decision of every application of a call that has one.
pub fn current_decisions(conn: &mut DbConn, call: Uuid) -> Result<Vec<DecisionRecord>, StoreError> {
    let rows: Vec<DecisionTuple> = decisions::table
        .filter(decisions::call_id.eq(call.to_string()))
        .order((decisions::application_id.asc(), decisions::seq.desc()))
        .select(DECISION_COLUMNS)
        .load(conn)?;
    let mut out: Vec<DecisionRecord> = Vec::new();
    for t in rows {
        let d = decision_from(t)?;
        if out.last().map(|l| l.application_id) != Some(d.application_id) {
            out.push(d);
        }
    }
    Ok(out)
}

// ---- outbox ----------------------------------------------------------------------------

pub fn enqueue(
    conn: &mut DbConn,
    kind: &str,
    organisation: Uuid,
    application: Uuid,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(Uuid::new_v4().to_string()),
            outbox::kind.eq(kind),
            outbox::organisation_id.eq(organisation.to_string()),
            outbox::application_id.eq(application.to_string()),
            outbox::payload.eq(payload.to_string()),
            outbox::created_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    // and to each member of the organisation: their inbox entry and their mail
    crate::notifications::to_members(conn, organisation, kind, payload, now)?;
    Ok(())
}

/// Outbox messages of a kind, oldest first: (organisation, application, payload).
pub fn outbox_messages(
    conn: &mut DbConn,
    kind: &str,
) -> Result<Vec<(Uuid, Uuid, serde_json::Value)>, StoreError> {
    outbox::table
        .filter(outbox::kind.eq(kind))
        .order(outbox::seq.asc())
        .select((
            outbox::organisation_id,
            outbox::application_id,
            outbox::payload,
        ))
        .load::<(String, String, String)>(conn)?
        .into_iter()
        .map(|(o, a, p)| Ok((uuid(&o)?, uuid(&a)?, json(&p)?)))
        .collect()
}

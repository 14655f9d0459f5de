//! The weeks after the deadline: the assessment started (tracks with a budget of their own get
//! it set apart), eligibility screening, reviewers (conflicts of interest, automatic and
//! declared), reviews (blind until one's own is submitted).

use chrono::{DateTime, Utc};
use grantdesk_domain::Rule;
use grantdesk_domain::{
    automatic_conflict, check_rescreening, check_review, check_reviewable, check_screening,
    is_eligible, postings, review_score, AssessmentError, Eligibility, Kbo, ReviewStatus, Role,
};
use grantdesk_persistence::applications;
use grantdesk_persistence::assessment::{self, Assignment, Review};
use grantdesk_persistence::{audit, calls, ledger, users, DbConn, StoreError};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::assessment::{
    AssignmentListQuery, AssignmentView, BulkAssignRequest, BulkAssignView, ReviewRequest,
    ReviewView, ScreeningRequest, ScreeningView, ShortOfReviewers,
};
use crate::dto::calls::CallView;
use crate::error::ApiError;
use crate::services::calls::save_and_audit;
use crate::services::load;
use crate::state::AppState;

/// A closed call's assessment started: from now on its applications are screened, assigned,
/// reviewed and decided; tracks with a budget of their own get it set apart on the ledger (the
/// domain's postings), so that their awards can never exceed it.
pub async fn start(state: &AppState, claims: &Claims, id: Uuid) -> Result<CallView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let mut record = load::call(c, id)?;
            let before = record.call.clone();
            record.call.start_assessment(now)?;
            let call = &record.call;
            let allocations = postings::start_assessment(call);
            ledger::execute(
                c,
                &call.article,
                call.budget_year,
                &allocations,
                &actor,
                now,
            )?;
            save_and_audit(
                c,
                &mut record,
                &before,
                &actor,
                "call.start_assessment",
                now,
            )
        })
        .await
}

/// The verdict of an application's latest screening, if it was screened.
fn screening_of(c: &mut DbConn, application: Uuid) -> Result<Option<Eligibility>, ApiError> {
    Ok(assessment::latest_screenings(c, &[application])?
        .first()
        .map(|s| s.verdict))
}

/// A submitted application screened: eligible, or not eligible with a reason; a selected one
/// cannot be screened not eligible until its decision changes.
pub async fn screen(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: ScreeningRequest,
) -> Result<ScreeningView, ApiError> {
    check_screening(body.verdict, &body.reason)?;
    let claims = claims.clone();
    let actor = claims.actor();
    let histories = state.call_histories.clone();
    state
        .write(move |c, clock| {
            // as a decision does (call shared, then the application, locked as it is
            // loaded): a screening and a decision of one application do not overlap, and
            // finalising waits for both
            calls::lock_shared_for_application(c, id)?;
            load::application_in_assessment(c, &claims, id, &histories)?;
            let now = clock.now();
            let reason = body.reason.trim();
            // a selected award holds money: it must not stay held for an application that is
            // no longer eligible
            let decided = assessment::current_decision(c, id)?.map(|d| d.kind);
            check_rescreening(body.verdict, decided)?;
            let before = assessment::latest_screenings(c, &[id])?
                .first()
                .map(ScreeningView::from);
            assessment::record_screening(c, id, body.verdict, reason, &actor, now)?;
            let view = ScreeningView {
                application_id: id,
                verdict: body.verdict,
                reason: reason.to_owned(),
                screened_by: actor.clone(),
                screened_at: now,
            };
            audit::record(
                c,
                &actor,
                "application.screen",
                ("application", &id.to_string()),
                before.and_then(|b| serde_json::to_value(&b).ok()),
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// The reviewer's affiliations as enterprise numbers.
fn affiliations(c: &mut DbConn, reviewer: Uuid) -> Result<Vec<Kbo>, ApiError> {
    Ok(assessment::affiliations(c, reviewer)?
        .iter()
        .filter_map(|k| Kbo::parse(k).ok())
        .collect())
}

/// Assigns one reviewer after the checks: a reviewer account, an eligible application, no
/// automatic conflict of interest.
fn assign_checked(
    c: &mut DbConn,
    loaded: &load::Loaded,
    reviewer: Uuid,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Assignment, ApiError> {
    let user = users::find(c, reviewer).map_err(|e| match e {
        StoreError::NotFound => ApiError::rule("reviewer_id", &Rule::UnknownUser),
        other => other.into(),
    })?;
    if user.role != Role::Reviewer || !user.active {
        return Err(ApiError::rule("reviewer_id", &Rule::NotReviewer));
    }
    check_reviewable(screening_of(c, loaded.app.id)?)?;
    let mine = affiliations(c, reviewer)?;
    if let Some(kbo) = automatic_conflict(&mine, &loaded.lead.kbo, &loaded.app.content.partners) {
        return Err(AssessmentError::Conflict { kbo }.into());
    }
    let assignment = assessment::assign(c, loaded.app.id, reviewer, actor, now)?;
    audit::record(
        c,
        actor,
        "assignment.create",
        ("application", &loaded.app.id.to_string()),
        None,
        serde_json::to_value(AssignmentView::from(&assignment)).ok(),
        now,
    )?;
    Ok(assignment)
}

/// A reviewer assigned to an eligible application (refused for a reviewer affiliated with its
/// lead or a partner).
pub async fn assign(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    reviewer: Uuid,
) -> Result<AssignmentView, ApiError> {
    let claims = claims.clone();
    let histories = state.call_histories.clone();
    state
        .write(move |c, clock| {
            let loaded = load::application_in_assessment(c, &claims, id, &histories)?;
            let a = assign_checked(c, &loaded, reviewer, &claims.actor(), clock.now())?;
            Ok(AssignmentView::from(&a))
        })
        .await
}

/// Reviewers assigned in bulk: every eligible application of the call (or of one track) gets
/// reviewers from the list, round robin, skipping conflicts of interest and existing
/// assignments, until it has `per_application`; those left short are reported.
pub async fn assign_in_bulk(
    state: &AppState,
    claims: &Claims,
    call_id: Uuid,
    body: BulkAssignRequest,
) -> Result<BulkAssignView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let actor = claims.actor();
            load::call(c, call_id)?.call.check_in_assessment()?;
            let apps = applications::submitted_of(c, call_id, body.track)?;
            let mut assigned = Vec::new();
            let mut short = Vec::new();
            let mut next = 0usize;
            for app in apps {
                if !is_eligible(screening_of(c, app.id)?) {
                    continue;
                }
                let loaded = load::application(c, &claims, app.id)?;
                let mut have = assessment::assignments(c, Some(app.id), None, true)?.len() as u32;
                let mut tried = 0;
                while have < body.per_application && tried < body.reviewer_ids.len() {
                    let reviewer = body.reviewer_ids[next % body.reviewer_ids.len()];
                    next += 1;
                    tried += 1;
                    if assessment::assignment_of(c, app.id, reviewer)?.is_some() {
                        continue;
                    }
                    match assign_checked(c, &loaded, reviewer, &actor, now) {
                        Ok(a) => {
                            have += 1;
                            assigned.push(AssignmentView::from(&a));
                        }
                        Err(ApiError::Assessment(_)) => continue,
                        Err(e) => return Err(e),
                    }
                }
                if have < body.per_application {
                    short.push(ShortOfReviewers {
                        application_id: app.id,
                        reviewers: have,
                    });
                }
            }
            Ok(BulkAssignView { assigned, short })
        })
        .await
}

/// Assignments: a reviewer's own active ones; for admins and auditors, by application or
/// reviewer.
pub async fn assignments(
    state: &AppState,
    claims: &Claims,
    q: AssignmentListQuery,
) -> Result<Vec<AssignmentView>, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            let rows = if claims.role == Role::Reviewer {
                assessment::assignments(c, q.application_id, Some(claims.sub), true)?
            } else {
                assessment::assignments(c, q.application_id, q.reviewer_id, false)?
            };
            Ok(rows.iter().map(AssignmentView::from).collect())
        })
        .await
}

/// A conflict of interest declared on one's assignment: it leaves one's work, the application
/// is no longer readable to one, and the reason is kept.
pub async fn declare_conflict(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    reason: String,
) -> Result<AssignmentView, ApiError> {
    let claims = claims.clone();
    let reason = reason.trim().to_owned();
    state
        .write(move |c, clock| {
            let now = clock.now();
            load::own_assignment(c, &claims, id)?;
            assessment::declare_conflict(c, id, &reason, now)?;
            let a = assessment::find_assignment(c, id)?;
            let view = AssignmentView::from(&a);
            audit::record(
                c,
                &claims.actor(),
                "assignment.declare_conflict",
                ("application", &a.application_id.to_string()),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// One's review of an assignment saved as a draft (`Some` scores and comment), or the saved
/// review submitted (`None`): final, every criterion scored and a comment.
pub async fn review(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: Option<ReviewRequest>,
) -> Result<ReviewView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let (a, call) = load::own_assignment(c, &claims, id)?;
            let existing = assessment::review_of_assignment(c, id)?;
            if existing
                .as_ref()
                .is_some_and(|r| r.status == ReviewStatus::Submitted)
            {
                return Err(ApiError::Refused(Rule::ReviewSubmitted));
            }
            let submit = body.is_none();
            let (comment, scores) = match (&body, &existing) {
                (Some(b), _) => (b.comment.trim().to_owned(), b.scores()),
                (None, Some(r)) => (r.comment.clone(), r.scores.clone()),
                (None, None) => return Err(ApiError::Refused(Rule::ReviewEmpty)),
            };
            let problems = check_review(&call.criteria, &scores, &comment, submit);
            if !problems.is_empty() {
                return Err(ApiError::Assessments(problems));
            }
            let score = if submit {
                Some(review_score(&call.criteria, &scores)?)
            } else {
                None
            };
            let review = Review {
                id: existing.as_ref().map(|r| r.id).unwrap_or_else(Uuid::new_v4),
                assignment_id: a.id,
                application_id: a.application_id,
                reviewer_id: a.reviewer_id,
                scores,
                comment,
                status: if submit {
                    ReviewStatus::Submitted
                } else {
                    ReviewStatus::Draft
                },
                score,
                updated_at: now,
                submitted_at: submit.then_some(now),
            };
            assessment::save_review(c, &review)?;
            let view = ReviewView::from(&review);
            audit::record(
                c,
                &claims.actor(),
                if submit {
                    "review.submit"
                } else {
                    "review.save"
                },
                ("application", &a.application_id.to_string()),
                existing
                    .as_ref()
                    .and_then(|r| serde_json::to_value(ReviewView::from(r)).ok()),
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// The reviews of an application: admins and auditors see all; a reviewer their own, and the
/// others' submitted ones only once their own is submitted.
pub async fn reviews(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<Vec<ReviewView>, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            load::application(c, &claims, id)?;
            let all = assessment::reviews_of(c, &[id], false)?;
            let visible: Vec<&Review> = if claims.role == Role::Reviewer {
                let own_submitted = all
                    .iter()
                    .any(|r| r.reviewer_id == claims.sub && r.status == ReviewStatus::Submitted);
                all.iter()
                    .filter(|r| {
                        r.reviewer_id == claims.sub
                            || (own_submitted && r.status == ReviewStatus::Submitted)
                    })
                    .collect()
            } else {
                all.iter().collect()
            };
            Ok(visible.into_iter().map(ReviewView::from).collect())
        })
        .await
}

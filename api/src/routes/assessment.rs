//! The weeks after the deadline: eligibility screening, reviewers (conflicts of interest,
//! automatic and declared), reviews (blind until one's own is submitted), and the ranking.

use actix_web::{get, post, put, web, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_domain::{
    application_score, automatic_conflict, check_rescreening, check_review, check_reviewable,
    check_screening, is_eligible, rank, review_score, ApplicationStatus, Call, Eligibility, Kbo,
    RankingEntry, ReviewStatus,
};
use grantdesk_persistence::applications::{self, ApplicationFilter, ApplicationRecord};
use grantdesk_persistence::assessment::{self, Assignment, Review};
use grantdesk_persistence::{audit, calls, ledger, organisations, users, DbConn, StoreError};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::auth::{
    AdminOnly, AssessmentReaders, Authorized, Claims, ReviewerOnly, Role, SelectionReaders,
};
use crate::csv_file::{Cell, CsvFile, CSV_MEDIA_TYPE};
use crate::dto::assessment::{
    AssignRequest, AssignmentListQuery, AssignmentView, BulkAssignRequest, BulkAssignView,
    ConflictRequest, RankingLine, RankingQuery, ReviewRequest, ReviewView, ScreeningRequest,
    ScreeningView, ShortOfReviewers,
};
use crate::dto::calls::CallView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{Conflict, Invalid, Listing, Resource, ResourceWrite};
use crate::services::load;
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
    let id = id.into_inner();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let mut record = load::call(c, id)?;
                let before = CallView::new(&record.call, now, true);
                record.call.start_assessment(now)?;
                allocate_track_budgets(c, &record.call, &actor, now)?;
                calls::save(c, &mut record, now)?;
                let after = CallView::new(&record.call, now, true);
                audit::record(
                    c,
                    &actor,
                    "call.start_assessment",
                    ("call", &id.to_string()),
                    serde_json::to_value(&before).ok(),
                    serde_json::to_value(&after).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(after)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

fn allocate_track_budgets(
    c: &mut DbConn,
    call: &Call,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let postings = grantdesk_domain::postings::start_assessment(call);
    ledger::execute(c, &call.article, call.budget_year, &postings, actor, now)?;
    Ok(())
}

/// The verdict of an application's latest screening, if it was screened.
fn screening_of(c: &mut DbConn, application: Uuid) -> Result<Option<Eligibility>, ApiError> {
    Ok(assessment::latest_screenings(c, &[application])?
        .first()
        .map(|s| s.verdict))
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
    let id = id.into_inner();
    let body = body.0;
    check_screening(body.verdict, &body.reason)?;
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                // as a decision does (call shared, then the application): a screening and a
                // decision of one application do not overlap, and finalising waits for both
                grantdesk_persistence::calls::lock_shared_for_application(c, id)?;
                grantdesk_persistence::applications::lock(c, id)?;
                load::application_in_assessment(c, &claims, id)?;
                let now = clock.now();
                let reason = body.reason.trim();
                // a selected award holds money: it must not stay held for an application that
                // is no longer eligible
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
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
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
        StoreError::NotFound => ApiError::validation("reviewer_id", "unknown", "no such user"),
        other => other.into(),
    })?;
    if user.role != Role::Reviewer || !user.active {
        return Err(ApiError::validation(
            "reviewer_id",
            "role",
            "that user is not a reviewer",
        ));
    }
    check_reviewable(screening_of(c, loaded.app.id)?)?;
    let mine = affiliations(c, reviewer)?;
    if let Some(kbo) = automatic_conflict(&mine, &loaded.lead.kbo, &loaded.app.content.partners) {
        return Err(grantdesk_domain::AssessmentError::Conflict { kbo }.into());
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
    let id = id.into_inner();
    let reviewer = body.0.reviewer_id;
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let loaded = load::application_in_assessment(c, &claims, id)?;
                let a = assign_checked(c, &loaded, reviewer, &actor, clock.now())?;
                Ok::<_, ApiError>(AssignmentView::from(&a))
            })
        })
        .await?;
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
    let call_id = id.into_inner();
    let body = body.0;
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                load::call(c, call_id)?.call.check_in_assessment()?;
                let (apps, _) = applications::list(
                    c,
                    &ApplicationFilter {
                        call: Some(call_id),
                        track: body.track,
                        status: Some(ApplicationStatus::Submitted),
                        ..Default::default()
                    },
                    0,
                    100_000,
                )?;
                let mut assigned = Vec::new();
                let mut short = Vec::new();
                let mut next = 0usize;
                for app in apps {
                    if !is_eligible(screening_of(c, app.id)?) {
                        continue;
                    }
                    let loaded = load::application(c, &claims, app.id)?;
                    let mut have =
                        assessment::assignments(c, Some(app.id), None, true)?.len() as u32;
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
                Ok::<_, ApiError>(BulkAssignView { assigned, short })
            })
        })
        .await?;
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
    let q = query.into_inner();
    let claims = auth.claims().clone();
    let list = state
        .run(move |db, _| {
            db.read(|c| {
                let rows = if claims.role == Role::Reviewer {
                    assessment::assignments(c, q.application_id, Some(claims.sub), true)?
                } else {
                    assessment::assignments(c, q.application_id, q.reviewer_id, false)?
                };
                Ok::<_, ApiError>(rows.iter().map(AssignmentView::from).collect::<Vec<_>>())
            })
        })
        .await?;
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
    let id = id.into_inner();
    let reason = body.0.reason.trim().to_owned();
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                load::own_assignment(c, &claims, id)?;
                assessment::declare_conflict(c, id, &reason, now)?;
                let a = assessment::find_assignment(c, id)?;
                let view = AssignmentView::from(&a);
                audit::record(
                    c,
                    &actor,
                    "assignment.declare_conflict",
                    ("application", &a.application_id.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

fn save_review(
    state: &AppState,
    claims: Claims,
    actor: String,
    id: Uuid,
    body: Option<ReviewRequest>,
) -> impl std::future::Future<Output = Result<ReviewView, ApiError>> + '_ {
    state.run(move |db, clock| {
        db.write(|c| {
            let now = clock.now();
            let (a, call) = load::own_assignment(c, &claims, id)?;
            let existing = assessment::review_of_assignment(c, id)?;
            if existing
                .as_ref()
                .is_some_and(|r| r.status == ReviewStatus::Submitted)
            {
                return Err(ApiError::Conflict("the review is submitted already".into()));
            }
            let submit = body.is_none();
            let (comment, scores) = match (&body, &existing) {
                (Some(b), _) => (b.comment.trim().to_owned(), b.scores()),
                (None, Some(r)) => (r.comment.clone(), r.scores.clone()),
                (None, None) => {
                    return Err(ApiError::Conflict(
                        "save the review's scores and comment before submitting it".into(),
                    ))
                }
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
                &actor,
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
    })
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
    let view = save_review(
        &state,
        auth.claims().clone(),
        auth.actor(),
        id.into_inner(),
        Some(body.0),
    )
    .await?;
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
    let view = save_review(
        &state,
        auth.claims().clone(),
        auth.actor(),
        id.into_inner(),
        None,
    )
    .await?;
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
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let list = state
        .run(move |db, _| {
            db.read(|c| {
                load::application(c, &claims, id)?;
                let all = assessment::reviews_of(c, &[id], false)?;
                let visible: Vec<&Review> = if claims.role == Role::Reviewer {
                    let own_submitted = all.iter().any(|r| {
                        r.reviewer_id == claims.sub && r.status == ReviewStatus::Submitted
                    });
                    all.iter()
                        .filter(|r| {
                            r.reviewer_id == claims.sub
                                || (own_submitted && r.status == ReviewStatus::Submitted)
                        })
                        .collect()
                } else {
                    all.iter().collect()
                };
                Ok::<_, ApiError>(
                    visible
                        .into_iter()
                        .map(ReviewView::from)
                        .collect::<Vec<_>>(),
                )
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The ranking lines of a call (optionally one track), in rank order per track.
pub fn ranking_lines(
    c: &mut DbConn,
    call: Uuid,
    track: Option<u8>,
) -> Result<Vec<RankingLine>, ApiError> {
    let (apps, _) = applications::list(
        c,
        &ApplicationFilter {
            call: Some(call),
            track,
            status: Some(ApplicationStatus::Submitted),
            ..Default::default()
        },
        0,
        100_000,
    )?;
    let ids: Vec<Uuid> = apps.iter().map(|a| a.id).collect();
    let screenings = assessment::latest_screenings(c, &ids)?;
    let eligible: Vec<&ApplicationRecord> = apps
        .iter()
        .filter(|a| {
            is_eligible(
                screenings
                    .iter()
                    .find(|s| s.application_id == a.id)
                    .map(|s| s.verdict),
            )
        })
        .collect();
    let eligible_ids: Vec<Uuid> = eligible.iter().map(|a| a.id).collect();
    let receipts = applications::latest_receipts(c, &eligible_ids)?;
    let reviews = assessment::reviews_of(c, &eligible_ids, true)?;
    let decisions = assessment::current_decisions(c, call)?;
    let mut by_track: std::collections::BTreeMap<u8, Vec<RankingEntry<&ApplicationRecord>>> =
        Default::default();
    for app in &eligible {
        let scores: Vec<Decimal> = reviews
            .iter()
            .filter(|r| r.application_id == app.id)
            .filter_map(|r| r.score)
            .collect();
        let received_at = receipts
            .iter()
            .find(|r| r.application_id == app.id)
            .map(|r| r.received_at)
            .unwrap_or(app.updated_at);
        by_track
            .entry(app.content.track)
            .or_default()
            .push(RankingEntry {
                item: *app,
                score: application_score(&scores),
                received_at,
                reviews: scores.len(),
            });
    }
    let mut lines = Vec::new();
    for (track, entries) in by_track {
        for (position, entry) in rank(entries) {
            let app = entry.item;
            let lead = organisations::find(c, app.lead_organisation_id)?;
            let assigned = assessment::assignments(c, Some(app.id), None, true)?.len();
            let decision = decisions.iter().find(|d| d.application_id == app.id);
            lines.push(RankingLine {
                rank: position,
                track,
                application_id: app.id,
                receipt_number: receipts
                    .iter()
                    .find(|r| r.application_id == app.id)
                    .map(|r| r.number.clone())
                    .unwrap_or_default(),
                received_at: entry.received_at,
                lead_organisation: lead.name,
                title: app.content.title.clone(),
                requested_amount: app.requested,
                score: entry.score,
                reviews_submitted: entry.reviews,
                reviewers_assigned: assigned,
                decision: decision.map(|d| d.kind),
                awarded: decision.and_then(|d| d.awarded),
            });
        }
    }
    Ok(lines)
}

/// The columns of the ranking CSV, in order.
const RANKING_COLUMNS: [&str; 12] = [
    "track",
    "rank",
    "receipt_number",
    "received_at",
    "lead_organisation",
    "title",
    "requested_amount",
    "score",
    "reviews_submitted",
    "reviewers_assigned",
    "decision",
    "awarded",
];

fn ranking_csv(lines: &[RankingLine]) -> Result<Vec<u8>, ApiError> {
    let mut file = CsvFile::new(&RANKING_COLUMNS)?;
    for l in lines {
        file.row([
            Cell::value(l.track),
            Cell::value(l.rank),
            Cell::value(&l.receipt_number),
            Cell::value(l.received_at.to_rfc3339()),
            Cell::Text(&l.lead_organisation),
            Cell::Text(&l.title),
            Cell::value(l.requested_amount),
            Cell::opt(l.score),
            Cell::value(l.reviews_submitted),
            Cell::value(l.reviewers_assigned),
            Cell::opt(l.decision),
            Cell::opt(l.awarded),
        ])?;
    }
    file.into_bytes()
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
    let id = id.into_inner();
    let q = query.into_inner();
    let csv = match q.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(ApiError::validation("format", "invalid", "json or csv")),
    };
    let lines = state
        .run(move |db, _| {
            db.read(|c| {
                load::call(c, id)?;
                ranking_lines(c, id, q.track)
            })
        })
        .await?;
    Ok(if csv {
        HttpResponse::Ok()
            .content_type(CSV_MEDIA_TYPE)
            .insert_header((
                "Content-Disposition",
                "attachment; filename=\"ranking.csv\"",
            ))
            .body(ranking_csv(&lines)?)
    } else {
        HttpResponse::Ok().json(lines)
    })
}

//! Applications: drafts by a member of the lead organisation, edits while the call is open,
//! listings scoped to who asks. Another organisation's application is "not found".

use actix_web::{get, post, put, web, HttpResponse};
use grantdesk_domain::Clock;
use grantdesk_domain::{
    check_call_accepts, check_edit, submission_errors, ApplicationError, ApplicationStatus, Call,
};
use grantdesk_persistence::applications::{self, ApplicationFilter, ApplicationRecord};
use grantdesk_persistence::organisations::{self, Organisation};
use grantdesk_persistence::{assessment, audit, DbConn};
use uuid::Uuid;

use crate::auth::{ApplicantOnly, ApplicationReaders, Authorized, Role};
use crate::dto::applications::{
    ApplicationContentDto, ApplicationListQuery, ApplicationParts, ApplicationSummary,
    ApplicationView, BudgetLinesRequest, CreateApplicationRequest,
};
use crate::error::{ApiError, FieldError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, Listing, Resource, ResourceWrite};
use crate::services::load;
use crate::state::AppState;

fn problems(errors: Vec<ApplicationError>) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| match e {
            ApplicationError::Validation { field, message } => {
                FieldError::new(field.clone(), "invalid", message.clone())
            }
            ApplicationError::Incomplete { field, message } => {
                FieldError::new(field.clone(), "missing", message.clone())
            }
            other => FieldError::new("application", other.kind(), other.to_string()),
        })
        .collect()
}

/// The full view of an application as it is now.
pub fn view(
    c: &mut DbConn,
    l: &load::Loaded,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ApplicationView, ApiError> {
    let attachments = applications::attachments_of(c, l.app.id, false)?;
    let receipts = applications::receipts_of(c, l.app.id)?;
    let kinds: Vec<String> = attachments.iter().map(|a| a.kind.clone()).collect();
    let missing = if l.app.status == ApplicationStatus::Draft {
        problems(submission_errors(
            &l.call,
            l.app.status,
            &l.app.content,
            &l.lead.kbo,
            &kinds,
            now,
        ))
    } else {
        Vec::new()
    };
    Ok(ApplicationParts {
        record: &l.app,
        call_reference: &l.call.reference,
        zone: l.call.deadline.zone(),
        lead: &l.lead,
        attachments: &attachments,
        latest_receipt: receipts.last(),
        missing,
    }
    .into())
}

/// Records a change of an application, the last step of a write the call's deadline governs:
/// it takes the audit chain's head (the one lock every audited write of every call meets, so
/// it may have to wait for it), and only then reads the instant that counts and checks that the
/// call still accepts changes. A request that began before the deadline but would commit after
/// it is refused and rolled back, whatever it waited for.
pub fn audit_application(
    c: &mut DbConn,
    actor: &str,
    action: &str,
    before: Option<&ApplicationView>,
    after: &ApplicationView,
    call: &Call,
    clock: &dyn Clock,
) -> Result<(), ApiError> {
    let head = audit::take_head(c)?;
    let now = clock.now();
    check_call_accepts(call, now)?;
    audit::append(
        c,
        head,
        actor,
        action,
        ("application", &after.id.to_string()),
        before.and_then(|b| serde_json::to_value(b).ok()),
        serde_json::to_value(after).ok(),
        now,
    )?;
    Ok(())
}

/// Checks and prices content against the call; every broken rule at once.
fn checked_content(
    content: grantdesk_domain::ApplicationContent,
    call: &Call,
    lead: &Organisation,
) -> Result<
    (
        grantdesk_domain::ApplicationContent,
        grantdesk_domain::Money,
    ),
    ApiError,
> {
    let errors = content.validation_errors(call, &lead.kbo);
    if !errors.is_empty() {
        return Err(ApiError::Applications(errors));
    }
    let requested = content.requested_amount()?;
    Ok((content, requested))
}

/// Start a draft application in an open call, for an organisation you are a member of
/// (applicant). The content may be partial; `missing` in the answer says what submission still
/// needs.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Call id")),
    request_body = CreateApplicationRequest,
    responses(
        (status = 201, body = ApplicationView),
        Creation,
        (status = 404, description = "No such call, or not a member of the organisation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The call is not open or its deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calls/{id}/applications")]
pub async fn create_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    call_id: web::Path<Uuid>,
    body: ValidJson<CreateApplicationRequest>,
) -> Result<HttpResponse, ApiError> {
    let call_id = call_id.into_inner();
    let (organisation_id, content) = body.0.split();
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let call = load::call(c, call_id)?.call;
                if !organisations::is_member(c, organisation_id, claims.sub)? {
                    return Err(ApiError::not_found("the organisation"));
                }
                let lead = organisations::find(c, organisation_id)?;
                let now = clock.now();
                check_call_accepts(&call, now)?;
                let (content, requested) = checked_content(content.into_content(), &call, &lead)?;
                let app = ApplicationRecord {
                    id: Uuid::new_v4(),
                    call_id,
                    lead_organisation_id: organisation_id,
                    status: ApplicationStatus::Draft,
                    content,
                    requested,
                    created_by: actor.clone(),
                    created_at: now,
                    updated_at: now,
                    version: 1,
                };
                applications::insert(c, &app)?;
                let loaded = load::Loaded { app, call, lead };
                let v = view(c, &loaded, now)?;
                audit_application(
                    c,
                    &actor,
                    "application.create",
                    None,
                    &v,
                    &loaded.call,
                    clock,
                )?;
                Ok(v)
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/applications/{}", view.id)))
        .json(view))
}

/// Replace a draft's content (a member of the lead organisation; drafts only, before the
/// deadline).
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = ApplicationContentDto,
    responses(
        (status = 200, body = ApplicationView),
        ResourceWrite,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/applications/{id}")]
pub async fn update_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ApplicationContentDto>,
) -> Result<HttpResponse, ApiError> {
    let content = body.0.into_content();
    change_draft(state, auth, id.into_inner(), "application.edit", |_| {
        content
    })
    .await
}

/// Replace only a draft's budget lines (a member of the lead organisation; drafts only, before
/// the deadline). The requested amount becomes their exact sum, checked against the call's cap
/// per project; the rest of the content stays as it is.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    request_body = BudgetLinesRequest,
    responses(
        (status = 200, body = ApplicationView),
        ResourceWrite,
        (status = 409, description = "Not a draft, or the deadline has passed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid lines, or their sum is over the call's cap", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/applications/{id}/budget-lines")]
pub async fn replace_budget_lines(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<BudgetLinesRequest>,
) -> Result<HttpResponse, ApiError> {
    let lines = body.0.into_lines();
    change_draft(
        state,
        auth,
        id.into_inner(),
        "application.budget_lines",
        |content| {
            grantdesk_domain::ApplicationContent {
                budget_lines: lines,
                ..content
            }
            .normalised()
        },
    )
    .await
}

/// Changes a draft's content (a member of the lead organisation; drafts only, before the
/// deadline): `change` makes the new content from the current one, which is then checked and
/// priced against the call, saved and audited as `action`.
async fn change_draft(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: Uuid,
    action: &'static str,
    change: impl FnOnce(grantdesk_domain::ApplicationContent) -> grantdesk_domain::ApplicationContent
        + Send
        + 'static,
) -> Result<HttpResponse, ApiError> {
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let mut loaded = load::own_application(c, &claims, id)?;
                let now = clock.now();
                check_edit(&loaded.call, loaded.app.status, now)?;
                let before = view(c, &loaded, now)?;
                let content = change(loaded.app.content.clone());
                let (content, requested) = checked_content(content, &loaded.call, &loaded.lead)?;
                loaded.app.content = content;
                loaded.app.requested = requested;
                applications::save(c, &mut loaded.app, now)?;
                let after = view(c, &loaded, now)?;
                audit_application(
                    c,
                    &actor,
                    action,
                    Some(&before),
                    &after,
                    &loaded.call,
                    clock,
                )?;
                Ok(after)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// One application (a member of the lead organisation, admin, auditor, an assigned reviewer).
/// Admins and auditors also see its latest eligibility screening.
#[utoipa::path(
    tag = "applications",
    params(("id" = Uuid, Path, description = "Application id")),
    responses(
        (status = 200, body = ApplicationView),
        Resource,
    ),
    security(("bearer" = []))
)]
#[get("/applications/{id}")]
pub async fn get_application(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let view = state
        .run(move |db, clock| {
            db.read(|c| {
                let loaded = load::application(c, &claims, id)?;
                let mut v = view(c, &loaded, clock.now())?;
                // the screening is the administration's: admins and auditors see it
                if matches!(claims.role, Role::Admin | Role::Auditor) {
                    v.screening = assessment::latest_screenings(c, &[id])?
                        .first()
                        .map(crate::dto::assessment::ScreeningView::from);
                }
                Ok::<_, ApiError>(v)
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// List applications: an applicant sees their organisations' only, a reviewer those assigned
/// to them; admins and auditors all; filtered by call, track, status and organisation.
#[utoipa::path(
    tag = "applications",
    params(ApplicationListQuery),
    responses(
        (status = 200, body = Page<ApplicationSummary>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/applications")]
pub async fn list_applications(
    state: web::Data<AppState>,
    auth: Authorized<ApplicationReaders>,
    query: web::Query<ApplicationListQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let paging = PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let status = q
        .status
        .as_deref()
        .map(ApplicationStatus::parse)
        .transpose()
        .map_err(|e| ApiError::validation("status", "invalid", e.to_string()))?;
    let claims = auth.claims().clone();
    let page = state
        .run(move |db, _| {
            db.read(|c| {
                let led_by_any_of = if claims.role == Role::Applicant {
                    Some(organisations::ids_of_member(c, claims.sub)?)
                } else {
                    None
                };
                let only = if claims.role == Role::Reviewer {
                    Some(
                        assessment::assignments(c, None, Some(claims.sub), true)?
                            .into_iter()
                            .map(|a| a.application_id)
                            .collect(),
                    )
                } else {
                    None
                };
                let filter = ApplicationFilter {
                    call: q.call_id,
                    track: q.track,
                    status,
                    lead_organisation: q.organisation_id,
                    led_by_any_of,
                    only,
                };
                let (rows, total) =
                    applications::list(c, &filter, paging.offset(), paging.limit())?;
                let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
                let latest = applications::latest_receipts(c, &ids)?;
                let items = rows
                    .iter()
                    .map(|a| {
                        let receipt = latest.iter().find(|r| r.application_id == a.id);
                        ApplicationSummary {
                            id: a.id,
                            call_id: a.call_id,
                            lead_organisation_id: a.lead_organisation_id,
                            status: a.status.as_str().to_owned(),
                            track: a.content.track,
                            title: a.content.title.clone(),
                            requested_amount: a.requested.to_string(),
                            receipt_number: receipt.map(|r| r.number.clone()),
                            received_at_utc: receipt.map(|r| r.received_at),
                            updated_at: a.updated_at,
                        }
                    })
                    .collect();
                Ok::<Page<ApplicationSummary>, ApiError>(paging.wrap(items, total))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

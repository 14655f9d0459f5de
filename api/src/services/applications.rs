//! Applications: drafts by a member of the lead organisation, edits while the call is open,
//! listings scoped to who asks. Another organisation's application is "not found". Also the
//! application's read model ([`view`]) and the last step of every write a call's deadline
//! governs ([`audit_application`]), which submissions and attachments share.

use grantdesk_domain::{
    check_call_accepts, check_edit, submission_errors, ApplicationContent, ApplicationError,
    ApplicationStatus, Call, Clock, Money,
};
use grantdesk_persistence::applications::{self, ApplicationFilter, ApplicationRecord};
use grantdesk_persistence::organisations::{self, Organisation};
use grantdesk_persistence::{assessment, audit, DbConn};
use uuid::Uuid;

use crate::auth::{Claims, Role};
use crate::dto::applications::{
    ApplicationContentDto, ApplicationListQuery, ApplicationParts, ApplicationSummary,
    ApplicationView, BudgetLinesRequest, CreateApplicationRequest,
};
use crate::error::{ApiError, FieldError};
use crate::pagination::{Page, PageQuery};
use crate::services::load;
use crate::state::AppState;

fn problems(errors: Vec<ApplicationError>) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| {
            FieldError::of_application(e)
                .unwrap_or_else(|| FieldError::new("application", e.kind(), e.to_string()))
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
/// after every lock the write takes (the audit entry itself is an insert that waits for no one,
/// #16), it reads the instant that counts and checks that the call still accepts changes. A request that began before the deadline but would commit after
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
    let now = clock.now();
    check_call_accepts(call, now)?;
    audit::record(
        c,
        actor,
        action,
        ("application", &after.id.to_string()),
        before.and_then(|b| serde_json::to_value(b).ok()),
        serde_json::to_value(after).ok(),
        now,
    )?;
    Ok(())
}

/// A draft the bearer may change (a member of its lead organisation) while the call accepts
/// changes, with the instant that was checked: where every change of a draft starts.
pub fn own_draft(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
    clock: &dyn Clock,
) -> Result<(load::Loaded, chrono::DateTime<chrono::Utc>), ApiError> {
    let loaded = load::own_application(c, claims, id)?;
    let now = clock.now();
    check_edit(&loaded.call, loaded.app.status, now)?;
    Ok((loaded, now))
}

/// Changes an application in a write the call's deadline governs, and records it as `action`:
/// its view before, `change` (which persists what it changes), its view after, audited by
/// [`audit_application`]. Answers what `change` answers and the view after.
pub fn audited_change<T>(
    c: &mut DbConn,
    clock: &dyn Clock,
    now: chrono::DateTime<chrono::Utc>,
    loaded: &mut load::Loaded,
    actor: &str,
    action: &str,
    change: impl FnOnce(&mut DbConn, &mut load::Loaded) -> Result<T, ApiError>,
) -> Result<(T, ApplicationView), ApiError> {
    let before = view(c, loaded, now)?;
    let changed = change(c, loaded)?;
    let after = view(c, loaded, now)?;
    audit_application(c, actor, action, Some(&before), &after, &loaded.call, clock)?;
    Ok((changed, after))
}

/// Checks and prices content against the call; every broken rule at once.
fn checked_content(
    content: ApplicationContent,
    call: &Call,
    lead: &Organisation,
) -> Result<(ApplicationContent, Money), ApiError> {
    let errors = content.validation_errors(call, &lead.kbo);
    if !errors.is_empty() {
        return Err(ApiError::Applications(errors));
    }
    let requested = content.requested_amount()?;
    Ok((content, requested))
}

/// Starts a draft in an open call, for an organisation the bearer is a member of.
pub async fn create(
    state: &AppState,
    claims: &Claims,
    call_id: Uuid,
    request: CreateApplicationRequest,
) -> Result<ApplicationView, ApiError> {
    let (organisation_id, content) = request.split();
    let claims = claims.clone();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
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
        .await
}

/// Replaces a draft's content.
pub async fn update(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    content: ApplicationContentDto,
) -> Result<ApplicationView, ApiError> {
    let content = content.into_content();
    change_draft(state, claims, id, "application.edit", |_| content).await
}

/// Replaces only a draft's budget lines; the requested amount becomes their exact sum.
pub async fn replace_budget_lines(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    request: BudgetLinesRequest,
) -> Result<ApplicationView, ApiError> {
    let lines = request.into_lines();
    change_draft(state, claims, id, "application.budget_lines", |content| {
        ApplicationContent {
            budget_lines: lines,
            ..content
        }
        .normalised()
    })
    .await
}

/// Changes a draft's content (a member of the lead organisation; drafts only, before the
/// deadline): `change` makes the new content from the current one, which is then checked and
/// priced against the call, saved and audited as `action`.
async fn change_draft(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    action: &'static str,
    change: impl FnOnce(ApplicationContent) -> ApplicationContent + Send + 'static,
) -> Result<ApplicationView, ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let (mut loaded, now) = own_draft(c, &claims, id, clock)?;
            let ((), after) =
                audited_change(c, clock, now, &mut loaded, &actor, action, |c, loaded| {
                    let content = change(loaded.app.content.clone());
                    let (content, requested) =
                        checked_content(content, &loaded.call, &loaded.lead)?;
                    loaded.app.content = content;
                    loaded.app.requested = requested;
                    applications::save(c, &mut loaded.app, now)?;
                    Ok(())
                })?;
            Ok(after)
        })
        .await
}

/// One application the bearer may read; admins and auditors also see its latest eligibility
/// screening.
pub async fn get(state: &AppState, claims: &Claims, id: Uuid) -> Result<ApplicationView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            let loaded = load::application(c, &claims, id)?;
            let mut v = view(c, &loaded, clock.now())?;
            // the screening is the administration's: admins and auditors see it
            if matches!(claims.role, Role::Admin | Role::Auditor) {
                v.screening = assessment::latest_screenings(c, &[id])?
                    .first()
                    .map(crate::dto::assessment::ScreeningView::from);
            }
            Ok(v)
        })
        .await
}

/// The applications the bearer may see (an applicant their organisations', a reviewer those
/// assigned to them, admins and auditors all), filtered by the query.
pub async fn list(
    state: &AppState,
    claims: &Claims,
    q: ApplicationListQuery,
) -> Result<Page<ApplicationSummary>, ApiError> {
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
        .map_err(|e| ApiError::rule("status", &e.rule()))?;
    let claims = claims.clone();
    state
        .read(move |c, _| {
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
            let (rows, total) = applications::list(c, &filter, paging.offset(), paging.limit())?;
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
            Ok(paging.wrap(items, total))
        })
        .await
}

//! Organisations: register (with the KBO number), list one's own, add members.

use actix_web::{get, post, web, HttpResponse};
use grantdesk_persistence::organisations;
use grantdesk_persistence::{audit, users, DbConn, StoreError};
use uuid::Uuid;

use crate::auth::{AnyUser, ApplicantOnly, Authorized, Claims, Role};
use crate::dto::organisations::{
    AddMemberRequest, MemberView, OrganisationRequest, OrganisationView,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// Staff who may see every organisation.
fn sees_all_organisations(role: Role) -> bool {
    matches!(
        role,
        Role::Admin | Role::Auditor | Role::Finance | Role::Reviewer
    )
}

/// The organisation, if the bearer may see it: staff see all; applicants only their own
/// (another organisation is "not found", not "forbidden").
pub fn visible_organisation(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
) -> Result<organisations::Organisation, ApiError> {
    let not_found = || ApiError::not_found("the organisation");
    if !sees_all_organisations(claims.role) && !organisations::is_member(c, id, claims.sub)? {
        return Err(not_found());
    }
    organisations::find(c, id).map_err(|e| match e {
        StoreError::NotFound => not_found(),
        other => other.into(),
    })
}

/// Register an organisation (applicant). The one who registers becomes its first member. An
/// enterprise number can be registered once (409: ask a member to add you).
#[utoipa::path(
    tag = "organisations",
    request_body = OrganisationRequest,
    responses(
        (status = 201, body = OrganisationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The enterprise number is registered already", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations")]
pub async fn create_organisation(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    body: ValidJson<OrganisationRequest>,
) -> Result<HttpResponse, ApiError> {
    let draft = body.0.into_draft()?;
    let user = auth.claims().sub;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                let org = organisations::insert(c, &draft, user, now)?;
                let view = OrganisationView::from(&org);
                audit::record(
                    c,
                    &actor,
                    "organisation.create",
                    ("organisation", &org.id.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(view)
            })
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/organisations/{}", view.id)))
        .json(view))
}

/// Organisations: an applicant's own; every organisation for staff.
#[utoipa::path(
    tag = "organisations",
    params(PageQuery),
    responses(
        (status = 200, body = Page<OrganisationView>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organisations")]
pub async fn list_organisations(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let paging = query.into_inner().resolve()?;
    let member = (!sees_all_organisations(auth.role())).then_some(auth.claims().sub);
    let page = state
        .run(move |db, _| {
            let (rows, total) =
                db.read(|c| organisations::list(c, member, paging.offset(), paging.limit()))?;
            Ok(paging.wrap(rows.iter().map(OrganisationView::from).collect(), total))
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One organisation (its members, or staff).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, body = OrganisationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}")]
pub async fn get_organisation(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let view = state
        .run(move |db, _| {
            db.read(|c| visible_organisation(c, &claims, id).map(|o| OrganisationView::from(&o)))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The members of an organisation (its members, or staff).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, body = Vec<MemberView>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let members = state
        .run(move |db, _| {
            db.read(|c| {
                visible_organisation(c, &claims, id)?;
                Ok::<_, ApiError>(
                    organisations::members(c, id)?
                        .iter()
                        .map(MemberView::from)
                        .collect::<Vec<_>>(),
                )
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(members))
}

/// Add an existing applicant account to the organisation (a member of it).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = AddMemberRequest,
    responses(
        (status = 201, body = Vec<MemberView>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already a member", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No applicant account with that email", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations/{id}/members")]
pub async fn add_member(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<AddMemberRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let claims = auth.claims().clone();
    let actor = auth.actor();
    let email = body.0.email;
    let members = state
        .run(move |db, clock| {
            db.write(|c| {
                let now = clock.now();
                visible_organisation(c, &claims, id)?;
                let user = users::find_by_email(c, &email)?
                    .filter(|u| u.role == Role::Applicant.as_str() && u.active)
                    .ok_or_else(|| {
                        ApiError::validation(
                            "email",
                            "unknown",
                            "there is no applicant account with that email",
                        )
                    })?;
                organisations::add_member(c, id, user.id, claims.sub, now)?;
                audit::record(
                    c,
                    &actor,
                    "organisation.add_member",
                    ("organisation", &id.to_string()),
                    None,
                    Some(serde_json::json!({"user_id": user.id, "email": user.email})),
                    now,
                )?;
                Ok::<_, ApiError>(
                    organisations::members(c, id)?
                        .iter()
                        .map(MemberView::from)
                        .collect::<Vec<_>>(),
                )
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(members))
}

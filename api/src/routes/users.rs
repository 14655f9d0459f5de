//! Staff accounts: admins create reviewers (with their affiliations, for conflicts of
//! interest) and other staff; `grantdesk user create` does the same from the command line.

use actix_web::{get, post, web, HttpResponse};
use grantdesk_domain::Kbo;
use grantdesk_persistence::{assessment, audit, users};

use crate::auth::{hash_password, AdminOnly, Authorized, Role, UserReaders};
use crate::dto::assessment::{CreateUserRequest, StaffUserView, UserListQuery};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Creation, Listing};
use crate::state::AppState;

fn formatted(kbos: Vec<String>) -> Vec<String> {
    kbos.iter()
        .map(|k| {
            Kbo::parse(k)
                .map(|k| k.formatted())
                .unwrap_or_else(|_| k.clone())
        })
        .collect()
}

/// Create a staff account (admin), e.g. a reviewer with the enterprise numbers they work for.
#[utoipa::path(
    tag = "users",
    request_body = CreateUserRequest,
    responses(
        (status = 201, body = StaffUserView),
        Creation,
        (status = 409, description = "The email is taken", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/users")]
pub async fn create_user(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    body: ValidJson<CreateUserRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.0;
    let role = Role::parse(&body.role).map_err(|_| {
        ApiError::validation(
            "role",
            "invalid",
            "must be admin, finance, reviewer, applicant or auditor",
        )
    })?;
    let actor = auth.actor();
    let view = state
        .run(move |db, clock| {
            let hash = hash_password(&body.password)
                .map_err(|e| ApiError::validation("password", "policy", e.to_string()))?;
            db.write(|c| {
                let now = clock.now();
                let user = users::insert(
                    c,
                    &users::NewUser {
                        email: &body.email,
                        password_hash: &hash,
                        role,
                        display_name: body.display_name.trim(),
                    },
                    now,
                )?;
                for kbo in &body.affiliations {
                    assessment::add_affiliation(c, user.id, kbo.as_str(), &actor, now)?;
                }
                let view = StaffUserView {
                    id: user.id,
                    email: user.email.clone(),
                    display_name: user.display_name.clone(),
                    role: user.role,
                    affiliations: formatted(assessment::affiliations(c, user.id)?),
                };
                audit::record(
                    c,
                    &actor,
                    "user.create",
                    ("user", &user.id.to_string()),
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

/// Staff and applicant accounts, by email (admin, auditor); `role` filters.
#[utoipa::path(
    tag = "users",
    params(UserListQuery),
    responses(
        (status = 200, body = Page<StaffUserView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    _auth: Authorized<UserReaders>,
    query: web::Query<UserListQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let paging = PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let role = q
        .role
        .as_deref()
        .map(Role::parse)
        .transpose()
        .map_err(|_| ApiError::validation("role", "invalid", "unknown role"))?;
    let page = state
        .run(move |db, _| {
            db.read(|c| {
                let (rows, total) = users::list(c, role, paging.offset(), paging.limit())?;
                let mut items = Vec::with_capacity(rows.len());
                for u in rows {
                    items.push(StaffUserView {
                        id: u.id,
                        affiliations: formatted(assessment::affiliations(c, u.id)?),
                        email: u.email,
                        display_name: u.display_name,
                        role: u.role,
                    });
                }
                Ok::<Page<StaffUserView>, ApiError>(paging.wrap(items, total))
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

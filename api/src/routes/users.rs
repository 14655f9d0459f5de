//! Staff accounts (see [`crate::services::users`]).

use actix_web::{get, post, put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, Authorized, UserReaders};
use crate::dto::assessment::{CreateUserRequest, RoleChangeRequest, StaffUserView, UserListQuery};
use crate::dto::audit::{ErasureRequest, ErasureView};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Conflict, Creation, Listing, Resource, ResourceWrite};
use crate::services::erasure;
use crate::services::users::{self, AccountChange};
use crate::state::AppState;

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
    let view = users::create(&state, auth.claims(), body.0).await?;
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
    let page = users::list(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Disable an account (admin; not their own): it cannot sign in, and every token issued to it
/// stops working at once, on every server process.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "User id")),
    responses(
        (status = 200, body = StaffUserView),
        Resource,
        Conflict,
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/disable")]
pub async fn disable_user(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let change = AccountChange::Disable;
    let view = users::change_account(&state, auth.claims(), id.into_inner(), change).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Enable a disabled account again (admin; not their own). Tokens issued before it was
/// disabled stay invalid: the user signs in again.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "User id")),
    responses(
        (status = 200, body = StaffUserView),
        Resource,
        Conflict,
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/enable")]
pub async fn enable_user(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let change = AccountChange::Enable;
    let view = users::change_account(&state, auth.claims(), id.into_inner(), change).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Give a staff account another staff role (admin; not their own): admin, finance, reviewer or
/// auditor. Tokens issued before stop working at once.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "User id")),
    request_body = RoleChangeRequest,
    responses(
        (status = 200, body = StaffUserView),
        ResourceWrite,
        Conflict,
    ),
    security(("bearer" = []))
)]
#[put("/users/{id}/role")]
pub async fn change_user_role(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<RoleChangeRequest>,
) -> Result<HttpResponse, ApiError> {
    let change = AccountChange::Role(users::requested_role(&body.0)?);
    let view = users::change_account(&state, auth.claims(), id.into_inner(), change).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Erase a person's personal data from the audit trail (admin; GDPR article 17, where no legal
/// retention applies): the names, e-mail addresses and free text of every audit entry that
/// concerns the user (as its author, as the user it is about, or by their address) are
/// deleted with their salts. The sealed log does not change: it holds only salted commitments
/// to that data, so every checkpoint and proof still verifies. Audited as
/// `personal_data.erase`.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path, description = "User id")),
    request_body = ErasureRequest,
    responses(
        (status = 200, body = ErasureView),
        ResourceWrite,
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/erasure")]
pub async fn erase_user(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<ErasureRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = erasure::erase_user(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(view))
}

//! Staff accounts (see [`crate::services::users`]).

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{AdminOnly, Authorized, UserReaders};
use crate::dto::assessment::{CreateUserRequest, StaffUserView, UserListQuery};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::Page;
use crate::problems::{Creation, Listing};
use crate::services::users;
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

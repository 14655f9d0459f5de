//! Tokens, sign-up, and who the bearer is.

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{AnyUser, Authorized};
use crate::dto::auth::{MeView, SignupRequest, TokenRequest, TokenResponse, UserView};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{PublicBody, Unauthenticated};
use crate::services::auth;
use crate::state::AppState;

/// Exchange email and password for a bearer token (JWT, HS256).
#[utoipa::path(
    tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 200, body = TokenResponse),
        PublicBody,
        (status = 401, description = "Unknown email or wrong password", body = Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[post("/auth/token")]
pub async fn issue_token(
    state: web::Data<AppState>,
    body: ValidJson<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let response = auth::issue_token(&state, body.0).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(response))
}

/// Who the bearer is.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, body = MeView),
        Unauthenticated,
    ),
    security(("bearer" = []))
)]
#[get("/me")]
pub async fn me(auth: Authorized<AnyUser>) -> HttpResponse {
    let c = auth.claims().clone();
    HttpResponse::Ok().json(MeView {
        id: c.sub,
        email: c.email,
        role: c.role,
        organisations: c.orgs,
        token_expires_at: c.exp,
    })
}

/// Sign up as staff of an applicant organisation (role applicant). Then register an
/// organisation, or ask a member of yours to add you.
#[utoipa::path(
    tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 201, body = UserView),
        PublicBody,
        (status = 409, description = "The email is taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email or a password that breaks the policy", body = Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[post("/auth/signup")]
pub async fn signup(
    state: web::Data<AppState>,
    body: ValidJson<SignupRequest>,
) -> Result<HttpResponse, ApiError> {
    let view = auth::signup(&state, body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

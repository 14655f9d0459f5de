//! Tokens, sign-up, and who the bearer is.

use actix_web::{get, post, put, web, HttpResponse};

use crate::auth::{AnyUser, Authorized};
use crate::dto::auth::{
    MeView, PasswordChangeRequest, PasswordResetAccepted, PasswordResetConfirmation,
    PasswordResetRequest, SignupRequest, TokenRequest, TokenResponse, UserView,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::limits::ClientAddress;
use crate::problems::{Creation, PublicBody, Throttled, Unauthenticated};
use crate::services::{auth, memberships};
use crate::state::AppState;

/// Exchange email and password for a bearer token (JWT, HS256).
#[utoipa::path(
    tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 200, body = TokenResponse),
        PublicBody,
        (status = 401, description = "Unknown email or wrong password", body = Problem, content_type = "application/problem+json"),
        Throttled,
    ),
    security(())
)]
#[post("/auth/token")]
pub async fn issue_token(
    state: web::Data<AppState>,
    client: ClientAddress,
    body: ValidJson<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    state.limits.token_request(&client, &body.0.email)?;
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
pub async fn me(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
) -> Result<HttpResponse, ApiError> {
    let organisations = memberships::current_organisations(&state, auth.claims()).await?;
    let c = auth.claims().clone();
    Ok(HttpResponse::Ok().json(MeView {
        id: c.sub,
        email: c.email,
        role: c.role,
        organisations,
        token_expires_at: c.exp,
    }))
}

/// Sign up as staff of an applicant organisation (role applicant). Then register an
/// organisation, or ask its representative to invite you (and accept the invitation).
#[utoipa::path(
    tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 201, body = UserView),
        PublicBody,
        (status = 409, description = "The email is taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email or a password that breaks the policy", body = Problem, content_type = "application/problem+json"),
        Throttled,
    ),
    security(())
)]
#[post("/auth/signup")]
pub async fn signup(
    state: web::Data<AppState>,
    client: ClientAddress,
    body: ValidJson<SignupRequest>,
) -> Result<HttpResponse, ApiError> {
    state.limits.signup(&client)?;
    let view = auth::signup(&state, body.0).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Sign out: the bearer's token stops working at once (on every server process); the
/// account's other tokens keep working.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 204, description = "The token is revoked"),
        Unauthenticated,
    ),
    security(("bearer" = []))
)]
#[post("/auth/sign-out")]
pub async fn sign_out(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
) -> Result<HttpResponse, ApiError> {
    auth::sign_out(&state, auth.claims()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Change the bearer's password (the current one is required). Every token issued before,
/// this one included, stops working; the answer is a new token.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordChangeRequest,
    responses(
        (status = 200, body = TokenResponse),
        Creation,
    ),
    security(("bearer" = []))
)]
#[put("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    body: ValidJson<PasswordChangeRequest>,
) -> Result<HttpResponse, ApiError> {
    let response = auth::change_password(&state, auth.claims(), body.0).await?;
    Ok(HttpResponse::Ok().json(response))
}

/// Ask for a password reset. When an enabled account has the address, a one-time token (valid
/// for an hour) is written to the account's outbox for delivery by e-mail. The answer is the
/// same whether or not an account has the address.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, body = PasswordResetAccepted),
        PublicBody,
        Throttled,
    ),
    security(())
)]
#[post("/auth/password-reset")]
pub async fn request_password_reset(
    state: web::Data<AppState>,
    client: ClientAddress,
    body: ValidJson<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    state.limits.password_reset(&client, Some(&body.0.email))?;
    let detail = auth::request_password_reset(&state, body.0).await?;
    Ok(HttpResponse::Accepted().json(PasswordResetAccepted { detail }))
}

/// Set a new password with a reset's one-time token. Every token issued to the account before
/// stops working; sign in with the new password.
#[utoipa::path(
    tag = "auth",
    request_body = PasswordResetConfirmation,
    responses(
        (status = 204, description = "The password is set"),
        PublicBody,
        Throttled,
    ),
    security(())
)]
#[post("/auth/password-reset/confirm")]
pub async fn confirm_password_reset(
    state: web::Data<AppState>,
    client: ClientAddress,
    body: ValidJson<PasswordResetConfirmation>,
) -> Result<HttpResponse, ApiError> {
    state.limits.password_reset(&client, None)?;
    auth::confirm_password_reset(&state, body.0).await?;
    Ok(HttpResponse::NoContent().finish())
}

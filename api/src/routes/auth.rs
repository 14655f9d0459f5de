use actix_web::{get, post, web, HttpResponse};
use grantdesk_persistence::users;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::auth::{hash_password, verify_password, AnyUser, Authorized, PasswordPolicyError, Role};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{PublicBody, Unauthenticated};
use crate::state::AppState;

#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    #[validate(length(min = 3, max = 254))]
    #[schema(example = "admin@grantdesk.local", max_length = 254)]
    pub email: String,
    #[validate(length(min = 1, max = 256))]
    #[schema(example = "correct horse battery staple", format = Password, max_length = 256)]
    pub password: String,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    pub access_token: String,
    #[schema(example = "Bearer")]
    pub token_type: &'static str,
    /// Seconds until the token expires.
    #[schema(example = 3600)]
    pub expires_in: i64,
    #[schema(value_type = String, example = "admin")]
    pub role: Role,
}

/// A dummy argon2 hash, verified when the email is unknown so that the answer takes as long
/// as for a wrong password.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9gF4z0s0GdBSnq0j3E7o8Ii2s7Zs9dbdcYvQHgZVq8w";

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
    let body = body.0;
    let jwt = state.jwt.clone();
    let response = state
        .run(move |db, clock| {
            let user = db.read(|c| users::find_by_email(c, &body.email))?;
            let hash = user
                .as_ref()
                .map(|u| u.password_hash.as_str())
                .unwrap_or(DUMMY_HASH);
            let ok = verify_password(&body.password, hash);
            let user = match user {
                Some(u) if ok && u.active => u,
                _ => {
                    return Err(ApiError::Unauthenticated(
                        "unknown email or wrong password".into(),
                    ))
                }
            };
            let role = user.role;
            let orgs =
                db.read(|c| grantdesk_persistence::organisations::ids_of_member(c, user.id))?;
            let (token, claims) = jwt
                .issue(user.id, &user.email, role, orgs, clock.now())
                .map_err(ApiError::Internal)?;
            Ok(TokenResponse {
                access_token: token,
                token_type: "Bearer",
                expires_in: claims.exp - claims.iat,
                role,
            })
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(response))
}

#[derive(Serialize, ToSchema)]
pub struct MeView {
    pub id: Uuid,
    pub email: String,
    #[schema(value_type = String, example = "applicant")]
    pub role: Role,
    pub organisations: Vec<Uuid>,
    /// When the token expires (seconds since the epoch).
    pub token_expires_at: i64,
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

#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    #[validate(email, length(max = 254))]
    #[schema(example = "jan.peeters@genk.be", format = Email, max_length = 254)]
    pub email: String,
    /// At least 12 characters.
    #[schema(example = "a long passphrase of yours", format = Password, min_length = 12, max_length = 256)]
    pub password: String,
    #[validate(length(min = 1, max = 200))]
    #[schema(example = "Jan Peeters", min_length = 1, max_length = 200)]
    pub display_name: String,
}

impl std::fmt::Debug for SignupRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignupRequest")
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize, ToSchema)]
pub struct UserView {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    #[schema(value_type = String, example = "applicant")]
    pub role: Role,
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
    let body = body.0;
    let view = state
        .run(move |db, clock| {
            let hash = hash_password(&body.password).map_err(|e: PasswordPolicyError| {
                ApiError::validation("password", "policy", e.to_string())
            })?;
            db.write(|c| {
                let now = clock.now();
                let user = users::insert(
                    c,
                    &users::NewUser {
                        email: &body.email,
                        password_hash: &hash,
                        role: Role::Applicant,
                        display_name: body.display_name.trim(),
                    },
                    now,
                )?;
                grantdesk_persistence::audit::record(
                    c,
                    &format!("user:{}", user.id),
                    "user.signup",
                    ("user", &user.id.to_string()),
                    None,
                    Some(serde_json::json!({"email": user.email, "role": user.role})),
                    now,
                )?;
                Ok::<_, ApiError>(UserView {
                    id: user.id,
                    email: user.email,
                    display_name: user.display_name,
                    role: Role::Applicant,
                })
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
}

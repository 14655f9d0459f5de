//! Tokens and sign-up. Passwords are hashed and verified off the executor (argon2 is slow on
//! purpose), outside the transactions.

use grantdesk_persistence::{audit, organisations, users};

use crate::auth::{verify_password, Role};
use crate::dto::auth::{SignupRequest, TokenRequest, TokenResponse, UserView};
use crate::error::ApiError;
use crate::services;
use crate::state::AppState;

/// A dummy argon2 hash, verified when the email is unknown so that the answer takes as long
/// as for a wrong password.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9gF4z0s0GdBSnq0j3E7o8Ii2s7Zs9dbdcYvQHgZVq8w";

/// Exchanges email and password for a bearer token that names the user's organisations. An
/// unknown email, a wrong password and a deactivated account answer alike, in the same time.
pub async fn issue_token(
    state: &AppState,
    request: TokenRequest,
) -> Result<TokenResponse, ApiError> {
    let jwt = state.jwt.clone();
    state
        .run(move |db, clock| {
            let user = db.read(|c| users::find_by_email(c, &request.email))?;
            let hash = user
                .as_ref()
                .map(|u| u.password_hash.as_str())
                .unwrap_or(DUMMY_HASH);
            let ok = verify_password(&request.password, hash);
            let user = match user {
                Some(u) if ok && u.active => u,
                _ => {
                    return Err(ApiError::Unauthenticated(
                        "unknown email or wrong password".into(),
                    ))
                }
            };
            let role = user.role;
            let orgs = db.read(|c| organisations::ids_of_member(c, user.id))?;
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
        .await
}

/// Signs up an applicant (staff of an applicant organisation); the account is its own actor in
/// the audit trail.
pub async fn signup(state: &AppState, request: SignupRequest) -> Result<UserView, ApiError> {
    state
        .run(move |db, clock| {
            let hash = services::users::hashed_password(&request.password)?;
            db.write(|c| {
                let now = clock.now();
                let user = services::users::insert(
                    c,
                    &request.email,
                    &hash,
                    Role::Applicant,
                    &request.display_name,
                    now,
                )?;
                audit::record(
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
        .await
}

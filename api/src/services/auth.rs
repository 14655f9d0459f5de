//! Tokens and sign-up. Passwords are hashed and verified off the executor (argon2 is slow on
//! purpose), outside the transactions.

use grantdesk_domain::Rule;
use grantdesk_persistence::{audit, organisations, users};

use chrono::DateTime;
use grantdesk_domain::account::{reset_usable, PASSWORD_RESET_VALIDITY};
use grantdesk_domain::sha256_hex;
use rand::RngCore;

use crate::auth::{verify_password, Claims, JwtKeys, Role};
use crate::dto::auth::{
    PasswordChangeRequest, PasswordResetConfirmation, PasswordResetRequest, SignupRequest,
    TokenRequest, TokenResponse, UserView,
};
use crate::error::{ApiError, OrNotFound};
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
                _ => return Err(ApiError::WrongCredentials),
            };
            db.read(|c| token_for(&jwt, c, &user, clock.now()))
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

/// Signs out: the bearer's token is revoked (until it would have expired); the account's other
/// tokens keep working.
pub async fn sign_out(state: &AppState, claims: &Claims) -> Result<(), ApiError> {
    let (jti, user, actor) = (claims.jti, claims.sub, claims.actor());
    let expires_at = DateTime::from_timestamp(claims.exp, 0)
        .ok_or_else(|| ApiError::Internal("a token's expiry out of range".into()))?;
    state
        .write(move |c, clock| {
            let now = clock.now();
            users::revoke_token(c, jti, user, expires_at, now)?;
            audit::record(
                c,
                &actor,
                "user.sign_out",
                ("user", &user.to_string()),
                None,
                Some(serde_json::json!({ "jti": jti })),
                now,
            )?;
            Ok(())
        })
        .await
}

/// A token for an account as it is now (its role, version and organisations): at sign-in and
/// after a password change.
fn token_for(
    jwt: &JwtKeys,
    c: &mut grantdesk_persistence::DbConn,
    user: &users::User,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<TokenResponse, ApiError> {
    let orgs = organisations::ids_of_member(c, user.id)?;
    let (token, claims) = jwt
        .issue(
            user.id,
            &user.email,
            user.role,
            orgs,
            user.token_version,
            now,
        )
        .map_err(ApiError::Internal)?;
    Ok(TokenResponse {
        access_token: token,
        token_type: "Bearer",
        expires_in: claims.exp - claims.iat,
        role: user.role,
    })
}

/// Changes the bearer's password (the current one proves it is them). Every token issued
/// before stops working; the answer is a new one.
pub async fn change_password(
    state: &AppState,
    claims: &Claims,
    request: PasswordChangeRequest,
) -> Result<TokenResponse, ApiError> {
    let (user_id, actor) = (claims.sub, claims.actor());
    let jwt = state.jwt.clone();
    state
        .run(move |db, clock| {
            let user = db.read(|c| users::find(c, user_id).or_not_found("the user"))?;
            if !verify_password(&request.current_password, &user.password_hash) {
                return Err(ApiError::rule("current_password", &Rule::WrongPassword));
            }
            let hash = services::users::hashed_password_of("new_password", &request.new_password)?;
            db.write(|c| {
                let now = clock.now();
                let user = users::update_account(c, user.id, user.active, user.role, &hash)?;
                audit::record(
                    c,
                    &actor,
                    "user.change_password",
                    ("user", &user.id.to_string()),
                    None,
                    None,
                    now,
                )?;
                token_for(&jwt, c, &user, now)
            })
        })
        .await
}

/// The answer to every reset request, whether or not an account has the address.
pub const PASSWORD_RESET_ANSWER: &str = "if an account has this address, a link to set a new \
password was sent to it; it works once, within an hour";

/// A random one-time token (256 bits, hex) and its SHA-256, which alone is stored.
fn reset_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let digest = sha256_hex(token.as_bytes());
    (token, digest)
}

/// Asks for a password reset: when an enabled account has the address, a one-time token valid
/// for an hour is stored (as its SHA-256) and the message carrying it is written to the account
/// outbox. The answer is the same either way, so it never tells whether an account exists.
pub async fn request_password_reset(
    state: &AppState,
    request: PasswordResetRequest,
) -> Result<&'static str, ApiError> {
    state
        .write(move |c, clock| {
            let now = clock.now();
            let Some(user) = users::find_by_email(c, &request.email)?.filter(|u| u.active)
            else {
                return Ok(PASSWORD_RESET_ANSWER);
            };
            let (token, digest) = reset_token();
            let expires_at = now + PASSWORD_RESET_VALIDITY;
            let message = serde_json::json!({
                "token": token,
                "expires_at": expires_at,
                "how": "POST /api/v1/auth/password-reset/confirm with this token and a new password",
            });
            let reset = users::insert_password_reset(c, &user, &digest, &message, expires_at, now)?;
            audit::record(
                c,
                &format!("user:{}", user.id),
                "user.request_password_reset",
                ("user", &user.id.to_string()),
                None,
                Some(serde_json::json!({ "reset": reset, "expires_at": expires_at })),
                now,
            )?;
            Ok(PASSWORD_RESET_ANSWER)
        })
        .await
}

/// Sets a new password with a reset's one-time token: unknown, used and expired tokens are
/// refused alike. Every token issued to the account before stops working.
pub async fn confirm_password_reset(
    state: &AppState,
    request: PasswordResetConfirmation,
) -> Result<(), ApiError> {
    state
        .run(move |db, clock| {
            let hash = services::users::hashed_password_of("new_password", &request.new_password)?;
            let digest = sha256_hex(request.token.as_bytes());
            db.write(|c| {
                let now = clock.now();
                let refused = || ApiError::rule("token", &Rule::ResetToken);
                let reset = users::find_password_reset(c, &digest)?.ok_or_else(refused)?;
                if !reset_usable(reset.expires_at, reset.used_at, now)
                    || !users::use_password_reset(c, reset.id, now)?
                {
                    return Err(refused());
                }
                let user = users::find(c, reset.user_id)?;
                if !user.active {
                    return Err(refused());
                }
                users::update_account(c, user.id, user.active, user.role, &hash)?;
                audit::record(
                    c,
                    &format!("user:{}", user.id),
                    "user.reset_password",
                    ("user", &user.id.to_string()),
                    None,
                    Some(serde_json::json!({ "reset": reset.id })),
                    now,
                )?;
                Ok(())
            })
        })
        .await
}

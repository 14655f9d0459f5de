//! Tokens, sign-up and who the bearer is.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::auth::Role;

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

#[derive(Serialize, ToSchema)]
pub struct MeView {
    pub id: Uuid,
    pub email: String,
    #[schema(value_type = String, example = "applicant")]
    pub role: Role,
    /// The organisations the account is a member of now (read at this request, not from the
    /// token).
    pub organisations: Vec<Uuid>,
    /// When the token expires (seconds since the epoch).
    pub token_expires_at: i64,
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
    /// Trimmed, not blank, at most 200 characters.
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

/// A new password, proved by the current one.
#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChangeRequest {
    #[validate(length(min = 1, max = 256))]
    #[schema(format = Password, max_length = 256)]
    pub current_password: String,
    /// At least 12 characters.
    #[schema(format = Password, min_length = 12, max_length = 256)]
    pub new_password: String,
}

impl std::fmt::Debug for PasswordChangeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordChangeRequest")
            .finish_non_exhaustive()
    }
}

/// Asks for a password reset: a one-time link goes to the address, if an account has it.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    #[validate(length(min = 3, max = 254))]
    #[schema(example = "jan.peeters@genk.be", max_length = 254)]
    pub email: String,
}

/// Sets a new password with the one-time token of a reset.
#[derive(Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirmation {
    #[validate(length(min = 1, max = 256))]
    #[schema(max_length = 256)]
    pub token: String,
    /// At least 12 characters.
    #[schema(format = Password, min_length = 12, max_length = 256)]
    pub new_password: String,
}

impl std::fmt::Debug for PasswordResetConfirmation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordResetConfirmation")
            .finish_non_exhaustive()
    }
}

/// The same answer whether or not an account has the address.
#[derive(Debug, Serialize, ToSchema)]
pub struct PasswordResetAccepted {
    #[schema(
        example = "if an account has this address, a link to set a new password was sent to it; it works once, within an hour"
    )]
    pub detail: &'static str,
}

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

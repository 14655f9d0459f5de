use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

pub const MIN_PASSWORD_LEN: usize = 12;
pub const MAX_PASSWORD_LEN: usize = 256;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasswordPolicyError {
    #[error("the password must be at least {MIN_PASSWORD_LEN} characters long")]
    TooShort,
    #[error("the password must be at most {MAX_PASSWORD_LEN} characters long")]
    TooLong,
}

impl PasswordPolicyError {
    /// The rule the password broke: its length.
    pub fn rule(&self) -> grantdesk_domain::Rule {
        grantdesk_domain::Rule::Length {
            min: MIN_PASSWORD_LEN,
            max: MAX_PASSWORD_LEN,
        }
    }
}

/// Checks the policy and hashes with argon2id (a fresh random salt each time). CPU-heavy: call
/// it off the async executor.
pub fn hash_password(password: &str) -> Result<String, PasswordPolicyError> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_LEN {
        return Err(PasswordPolicyError::TooShort);
    }
    if n > MAX_PASSWORD_LEN {
        return Err(PasswordPolicyError::TooLong);
    }
    Ok(Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .unwrap_or_default())
}

/// `true` when `password` matches the stored hash. CPU-heavy: call it off the async executor.
pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

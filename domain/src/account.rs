//! Accounts that can be stopped at once: whether a token still speaks for its account.
//!
//! A token names its account, the account's role and the account's version when it was
//! issued. Disabling the account, changing its role or setting a new password moves the version
//! on, so every token issued before stops working on its next request; signing out revokes one
//! token by its id.

use chrono::{DateTime, Duration, Utc};

use crate::Role;

/// What the store says of a token's account, read on every authenticated request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountStanding {
    pub active: bool,
    pub role: Role,
    pub token_version: i64,
    /// The token's id is on the revocation list (signed out).
    pub token_revoked: bool,
}

/// Why a token no longer speaks for its account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRefusal {
    /// No account with the token's subject (never was, or the token was made elsewhere).
    UnknownAccount,
    Disabled,
    /// Signed out.
    Revoked,
    /// The role, or the password, changed since the token was issued.
    Superseded,
}

impl TokenRefusal {
    /// The reason, in words a client can show.
    pub fn message(self) -> &'static str {
        match self {
            TokenRefusal::UnknownAccount => "invalid token: it names no account",
            TokenRefusal::Disabled => "the account is disabled",
            TokenRefusal::Revoked => "the token was revoked (signed out): sign in again",
            TokenRefusal::Superseded => {
                "the account's role or password changed since the token was issued: sign in again"
            }
        }
    }
}

/// Whether a token issued for `role` at account version `version` still speaks for the account.
pub fn check_token(
    standing: Option<AccountStanding>,
    role: Role,
    version: i64,
) -> Result<(), TokenRefusal> {
    let standing = standing.ok_or(TokenRefusal::UnknownAccount)?;
    if !standing.active {
        Err(TokenRefusal::Disabled)
    } else if standing.token_revoked {
        Err(TokenRefusal::Revoked)
    } else if standing.role != role || standing.token_version != version {
        Err(TokenRefusal::Superseded)
    } else {
        Ok(())
    }
}

/// The roles an admin may give and take: staff roles. An applicant account stays an applicant
/// (its memberships make it one) and no staff account becomes one.
pub fn check_role_change(from: Role, to: Role) -> Result<(), crate::Rule> {
    if from == Role::Applicant || to == Role::Applicant {
        Err(crate::Rule::StaffRolesOnly)
    } else {
        Ok(())
    }
}

/// How long a password reset token is valid.
pub const PASSWORD_RESET_VALIDITY: Duration = Duration::hours(1);

/// Whether a password reset issued with `expires_at` and used at `used_at` (if ever) may still
/// be used at `now`: once, before it expires.
pub fn reset_usable(
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    used_at.is_none() && now < expires_at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(active: bool, role: Role, version: i64, revoked: bool) -> Option<AccountStanding> {
        Some(AccountStanding {
            active,
            role,
            token_version: version,
            token_revoked: revoked,
        })
    }

    #[test]
    fn a_token_speaks_for_an_active_account_with_its_role_and_version() {
        assert_eq!(
            check_token(standing(true, Role::Admin, 3, false), Role::Admin, 3),
            Ok(())
        );
        assert_eq!(
            check_token(None, Role::Admin, 0),
            Err(TokenRefusal::UnknownAccount)
        );
        assert_eq!(
            check_token(standing(false, Role::Admin, 3, false), Role::Admin, 3),
            Err(TokenRefusal::Disabled)
        );
        assert_eq!(
            check_token(standing(true, Role::Admin, 3, true), Role::Admin, 3),
            Err(TokenRefusal::Revoked)
        );
        assert_eq!(
            check_token(standing(true, Role::Applicant, 3, false), Role::Admin, 3),
            Err(TokenRefusal::Superseded)
        );
        assert_eq!(
            check_token(standing(true, Role::Admin, 4, false), Role::Admin, 3),
            Err(TokenRefusal::Superseded)
        );
    }

    #[test]
    fn only_staff_roles_change() {
        assert!(check_role_change(Role::Reviewer, Role::Finance).is_ok());
        assert!(check_role_change(Role::Admin, Role::Auditor).is_ok());
        assert!(check_role_change(Role::Applicant, Role::Admin).is_err());
        assert!(check_role_change(Role::Admin, Role::Applicant).is_err());
    }

    #[test]
    fn a_reset_is_used_once_before_it_expires() {
        let t = DateTime::parse_from_rfc3339("2026-12-02T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let expires = t + PASSWORD_RESET_VALIDITY;
        assert!(reset_usable(expires, None, t));
        assert!(!reset_usable(expires, None, expires));
        assert!(!reset_usable(expires, Some(t), t));
    }
}

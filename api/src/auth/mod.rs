//! Authentication (JWT bearer tokens, argon2 passwords) and role checks.

mod extract;
mod jwt;
pub mod oidc;
mod password;
mod role;
pub mod standing;

pub use extract::{
    bearer_claims, check_account, AdminOnly, AnyUser, ApplicantOnly, ApplicationReaders,
    AssessmentReaders, AuditReaders, Authenticated, Authorized, BudgetReaders, ClaimReaders,
    FinanceOnly, FinanceOrAdmin, GrantReaders, MaybeAuthenticated, MetricsReaders,
    ObjectionReaders, Policy, ReviewerOnly, SelectionReaders, UserReaders, WebhookOwners,
};
pub use jwt::{Claims, JwtKeys, TokenError, TOKEN_ISSUER};
pub use oidc::{ExternalIdentity, JwksSource, OidcError, OidcSettings, OidcVerifier};
pub use password::{hash_password, verify_password, PasswordPolicyError, MIN_PASSWORD_LEN};
pub use role::Role;

use std::future::{ready, Ready};

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};

use super::{Claims, Role};
use crate::error::ApiError;
use crate::state::AppState;

/// A request with a valid bearer token. Missing, malformed, expired or tampered → 401.
#[derive(Debug, Clone)]
pub struct Authenticated(pub Claims);

impl Authenticated {
    /// 403 unless the bearer has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<&Claims, ApiError> {
        if roles.contains(&self.0.role) {
            Ok(&self.0)
        } else {
            Err(ApiError::Forbidden(format!(
                "this needs the role {}; you are {}",
                roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(" or "),
                self.0.role.as_str()
            )))
        }
    }

    pub fn role(&self) -> Role {
        self.0.role
    }

    /// How the actor is named in the ledger and the audit trail.
    pub fn actor(&self) -> String {
        self.0.actor()
    }
}

/// A request that may carry a token (public endpoints). No header → `None`; a header with a
/// bad token is still a 401, so a broken client notices.
#[derive(Debug, Clone)]
pub struct MaybeAuthenticated(pub Option<Authenticated>);

fn authenticate(req: &HttpRequest) -> Result<Option<Authenticated>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::Internal("application state missing".into()))?;
    let value = value
        .to_str()
        .map_err(|_| ApiError::Unauthenticated("the Authorization header is not text".into()))?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            ApiError::Unauthenticated("the Authorization header must be \"Bearer <token>\"".into())
        })?;
    let claims = state
        .jwt
        .verify(token, state.clock.now())
        .map_err(|e| ApiError::Unauthenticated(e.to_string()))?;
    Ok(Some(Authenticated(claims)))
}

impl FromRequest for Authenticated {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(authenticate(req).and_then(|a| {
            a.ok_or_else(|| {
                ApiError::Unauthenticated(
                    "this needs a bearer token: POST /api/v1/auth/token first".into(),
                )
            })
        }))
    }
}

impl FromRequest for MaybeAuthenticated {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(authenticate(req).map(MaybeAuthenticated))
    }
}

/// Who may call an endpoint: a list of roles, checked before the body is read (so a wrong
/// role gets 403 whatever it sent).
pub trait Policy {
    const ROLES: &'static [Role];
}

/// A request by a bearer whose role the policy `P` allows: 401 without a valid token, 403 with
/// another role.
#[derive(Debug, Clone)]
pub struct Authorized<P: Policy>(pub Authenticated, std::marker::PhantomData<P>);

impl<P: Policy> Authorized<P> {
    pub fn claims(&self) -> &Claims {
        &self.0 .0
    }
    pub fn actor(&self) -> String {
        self.0.actor()
    }
    pub fn role(&self) -> Role {
        self.0.role()
    }
}

impl<P: Policy> FromRequest for Authorized<P> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let result = Authenticated::from_request(req, payload)
            .into_inner()
            .and_then(|a| {
                a.require(P::ROLES)?;
                Ok(Authorized(a, std::marker::PhantomData))
            });
        ready(result)
    }
}

macro_rules! policy {
    ($(#[$doc:meta])* $name:ident => [$($role:ident),+]) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name;
        impl Policy for $name {
            const ROLES: &'static [Role] = &[$(Role::$role),+];
        }
    };
}

policy!(
    /// Programme staff.
    AdminOnly => [Admin]
);
policy!(
    /// The finance officer.
    FinanceOnly => [Finance]
);
policy!(
    /// Finance or programme staff.
    FinanceOrAdmin => [Finance, Admin]
);
policy!(
    /// Those who read budgets and the ledger.
    BudgetReaders => [Admin, Finance, Auditor]
);
policy!(
    /// Those who read the audit trail.
    AuditReaders => [Auditor, Admin]
);
policy!(
    /// Any signed-in user.
    AnyUser => [Admin, Finance, Reviewer, Applicant, Auditor]
);
policy!(
    /// Staff of an applicant organisation.
    ApplicantOnly => [Applicant]
);
policy!(
    /// Those who read applications: their own organisation's (applicants), those assigned to
    /// them (reviewers), all (admin, auditor).
    ApplicationReaders => [Applicant, Admin, Auditor, Reviewer]
);
policy!(
    /// Assessors.
    ReviewerOnly => [Reviewer]
);
policy!(
    /// Those who follow the assessment: admins, reviewers (their own work), auditors.
    AssessmentReaders => [Admin, Reviewer, Auditor]
);
policy!(
    /// Those who read rankings and decisions.
    SelectionReaders => [Admin, Auditor]
);
policy!(
    /// Those who read user accounts.
    UserReaders => [Admin, Auditor]
);
policy!(
    /// Those who read grants: staff, and applicants (their own organisations').
    GrantReaders => [Admin, Finance, Auditor, Applicant]
);

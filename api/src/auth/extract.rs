use std::future::{ready, Ready};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{http::header, web, FromRequest, HttpMessage, HttpRequest, ResponseError};

use super::{standing, Claims, Role};
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

/// The bearer token of a request, verified (signature, issuer, expiry); `None` without an
/// Authorization header. The account behind it is checked by [`check_account`].
pub fn bearer_claims(req: &HttpRequest) -> Result<Option<Claims>, ApiError> {
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
    Ok(Some(claims))
}

/// What [`check_account`] found of a request's token, for the extractors.
enum Verdict {
    Good(Authenticated),
    Refused(ApiError),
}

/// The middleware (`actix_web::middleware::from_fn`, around every route of the API) that
/// authenticates a request carrying a token before any extractor runs. The token itself is
/// verified here (no IO); the account behind it (enabled, same role and version, not signed
/// out) is read from the store with the request's first database work, on the same blocking
/// thread, or when the handler returns if it did none (see [`super::standing`]): a disabled
/// account's next request is a 401 on every server process, and its handler's reads and writes
/// never run. The verdict on the token is kept in the request: the extractors of the endpoints
/// that take a token answer a refused one with 401 before the body is read; the endpoints that
/// take none (sign-in, sign-up, probes) ignore it, as before.
pub async fn check_account(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // a token of the external identity provider (issue #12 item 4, `auth::oidc`): verified
    // and mapped to its account there; every other token as before
    let bearer = match super::oidc::external_bearer(req.request()) {
        Some(external) => external.await,
        None => bearer_claims(req.request()),
    };
    let claims = match bearer {
        Ok(None) => return Ok(next.call(req).await?.map_into_boxed_body()),
        Err(e) => {
            req.extensions_mut().insert(Verdict::Refused(e));
            return Ok(next.call(req).await?.map_into_boxed_body());
        }
        Ok(Some(claims)) => claims,
    };
    let state = req.app_data::<web::Data<AppState>>().cloned();
    req.extensions_mut()
        .insert(Verdict::Good(Authenticated(claims.clone())));
    let (res, standing) = standing::scope(&claims, next.call(req)).await;
    let res = res?.map_into_boxed_body();
    let refusal = match (standing.due(), state) {
        (Ok(None), _) => None,
        (Err(refused), _) => Some(refused),
        // the handler did no database work: the account is read now, before the answer leaves
        (Ok(Some(pending)), Some(state)) if state.accounts.holds(&pending) => None,
        (Ok(Some(pending)), Some(state)) => {
            let cache = state.accounts.clone();
            state
                .run(move |db, _| pending.check(db, &cache))
                .await
                .err()
        }
        (Ok(Some(_)), None) => Some(ApiError::Internal("application state missing".into())),
    };
    Ok(match refusal {
        None => res,
        Some(e) => res.into_response(e.error_response()),
    })
}

/// The request's authenticated bearer, as [`check_account`] found it; handing it to a handler
/// makes the account's check due (see [`super::standing`]).
fn authenticate(req: &HttpRequest) -> Result<Option<Authenticated>, ApiError> {
    let verdict = req.extensions_mut().remove::<Verdict>();
    match verdict {
        Some(Verdict::Good(a)) => {
            standing::needed();
            req.extensions_mut().insert(Verdict::Good(a.clone()));
            Ok(Some(a))
        }
        Some(Verdict::Refused(e)) => Err(e),
        None if req.headers().contains_key(header::AUTHORIZATION) => {
            // a refusal answered already, or the middleware is not in place
            Err(ApiError::Unauthenticated("invalid token".into()))
        }
        None => Ok(None),
    }
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
    /// Those who read the server's metrics (operations: admins, finance, auditors).
    MetricsReaders => [Admin, Finance, Auditor]
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
    /// Those who register webhook endpoints: admins (any event), applicants (their own
    /// organisations' events).
    WebhookOwners => [Admin, Applicant]
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
    /// Those who read an application's objection: admins, auditors, and applicants (their own
    /// organisations').
    ObjectionReaders => [Admin, Auditor, Applicant]
);
policy!(
    /// Those who read grants: staff, and applicants (their own organisations').
    GrantReaders => [Admin, Finance, Auditor, Applicant]
);
policy!(
    /// Those who read the claims on enterprise numbers: programme staff, auditors.
    ClaimReaders => [Admin, Auditor]
);

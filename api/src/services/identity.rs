//! Accounts of people who sign in with the external identity provider (issue #12, item 4).
//!
//! A verified provider token ([`ExternalIdentity`]) is mapped to a local account by the
//! provider's issuer and subject. On first use the identity is linked by its verified email
//! to the account with that email (whatever its role: roles stay ours, never taken from the
//! provider), or, when there is none, to a new applicant account. The request then runs as
//! that account, with [`Claims`] built from the account as it is now, so the per-request
//! standing check (enabled, role, version, sign-out) applies unchanged.

use chrono::{DateTime, Utc};
use grantdesk_domain::{check_name, DISPLAY_NAME_CHARS};
use grantdesk_persistence::{audit, identities, organisations, users, StoreError};
use uuid::Uuid;

use crate::auth::{Claims, ExternalIdentity, Role};
use crate::error::ApiError;
use crate::services;
use crate::state::AppState;

/// The password hash of an account made for a provider's identity: no password verifies
/// against it (until its owner sets one by a password reset to the verified address).
const NO_PASSWORD: &str = "!external-identity";

/// The namespace of the token ids made for provider tokens (UUID v5 of issuer and `jti`).
const TOKEN_ID_NAMESPACE: Uuid = Uuid::from_u128(0x6f1c_8e2a_4b7d_4c35_9a0e_2d51_b3c4_e7f8);

/// The claims a provider's token stands for: the linked account (linked or created on first
/// use) as it is now, with a token id derived from the provider token (so signing out revokes
/// it) and the provider token's expiry.
pub async fn claims_for(state: &AppState, identity: ExternalIdentity) -> Result<Claims, ApiError> {
    let (issuer, subject) = (identity.issuer.clone(), identity.subject.clone());
    let linked = state
        .read(
            move |c, _| match identities::linked_account(c, &issuer, &subject)? {
                Some(id) => Ok(Some(account_and_orgs(c, id)?)),
                None => Ok(None),
            },
        )
        .await?;
    let (user, orgs) = match linked {
        Some(found) => found,
        None => link_on_first_use(state, &identity).await?,
    };
    Ok(Claims {
        sub: user.id,
        email: user.email,
        role: user.role,
        orgs,
        iss: identity.issuer.clone(),
        iat: identity
            .iat
            .unwrap_or_else(|| state.clock.now().timestamp()),
        exp: identity.exp,
        jti: token_id(&identity),
        ver: user.token_version,
        nbf: None,
    })
}

/// The id under which a provider token is known here (what sign-out revokes): the same for
/// every request with the same token.
fn token_id(identity: &ExternalIdentity) -> Uuid {
    let name = format!("{}\n{}", identity.issuer, identity.token_id);
    Uuid::new_v5(&TOKEN_ID_NAMESPACE, name.as_bytes())
}

fn account_and_orgs(
    c: &mut grantdesk_persistence::DbConn,
    id: Uuid,
) -> Result<(users::User, Vec<Uuid>), ApiError> {
    let user = users::find(c, id)?;
    let orgs = organisations::ids_of_member(c, id)?;
    Ok((user, orgs))
}

/// A plausible address: what the provider verified, within the length of our emails.
fn usable_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let plausible = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
    plausible.then_some(email)
}

/// Links a provider identity seen for the first time, by its verified email, in one
/// transaction (audited): to the account with that email, or to a new applicant account.
async fn link_on_first_use(
    state: &AppState,
    identity: &ExternalIdentity,
) -> Result<(users::User, Vec<Uuid>), ApiError> {
    let email = identity
        .email
        .as_deref()
        .filter(|_| identity.email_verified)
        .and_then(usable_email)
        .ok_or_else(|| {
            ApiError::Unauthenticated(
                "invalid token: this identity of the identity provider is not linked to an \
                 account here, and its token carries no verified email to link it by"
                    .into(),
            )
        })?;
    let identity = identity.clone();
    let (issuer, subject) = (identity.issuer.clone(), identity.subject.clone());
    let linked = state
        .write(move |c, clock| link(c, &identity, &email, clock.now()))
        .await;
    match linked {
        // another request linked the same identity at the same moment
        Err(ApiError::Conflict(_)) => state
            .read(move |c, _| {
                let id = identities::linked_account(c, &issuer, &subject)?
                    .ok_or(StoreError::NotFound)?;
                account_and_orgs(c, id)
            })
            .await
            .map_err(|_| {
                ApiError::Unauthenticated("invalid token: the identity could not be linked".into())
            }),
        other => other,
    }
}

fn link(
    c: &mut grantdesk_persistence::DbConn,
    identity: &ExternalIdentity,
    email: &str,
    now: DateTime<Utc>,
) -> Result<(users::User, Vec<Uuid>), ApiError> {
    let (issuer, subject) = (identity.issuer.as_str(), identity.subject.as_str());
    if let Some(id) = identities::linked_account(c, issuer, subject)? {
        return account_and_orgs(c, id);
    }
    let (user, created) = match users::find_by_email(c, email)? {
        Some(user) => {
            if identities::subject_of(c, issuer, user.id)?.is_some() {
                return Err(ApiError::Unauthenticated(
                    "invalid token: the account with this email is linked to another identity \
                     of the identity provider"
                        .into(),
                ));
            }
            (user, false)
        }
        None => {
            let name = identity
                .name
                .as_deref()
                .and_then(|n| check_name(n, DISPLAY_NAME_CHARS).ok())
                .filter(|n| !n.chars().any(char::is_control))
                .unwrap_or(email);
            let user = services::users::insert(c, email, NO_PASSWORD, Role::Applicant, name, now)?;
            (user, true)
        }
    };
    identities::link(c, issuer, subject, user.id, now)?;
    audit::record(
        c,
        &format!("user:{}", user.id),
        if created {
            "user.signup_external"
        } else {
            "user.link_external"
        },
        ("user", &user.id.to_string()),
        None,
        Some(serde_json::json!({
            "issuer": issuer, "subject": subject, "email": user.email, "role": user.role,
        })),
        now,
    )?;
    let orgs = organisations::ids_of_member(c, user.id)?;
    Ok((user, orgs))
}

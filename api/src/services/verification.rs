//! Verifying organisations: staff verify a claim on an enterprise number with evidence (which
//! settles the number: every other claim on it is rejected in the same transaction) or reject
//! it with a reason; the members of each decided claim are told through the account outbox.
//! Staff list the claims, those on one number together.

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::EventType;
use grantdesk_domain::Rule;
use grantdesk_domain::{
    check_decidable, check_verifiable, VerificationStatus, SETTLED_BY_ANOTHER_CLAIM,
};
use grantdesk_persistence::organisation_claims::{self, Decision};
use grantdesk_persistence::organisations::Organisation;
use grantdesk_persistence::{audit, notifications, organisations, DbConn};
use serde_json::json;
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::organisation_claims::{
    ClaimListQuery, ClaimView, RejectionRequest, VerificationRequest,
};
use crate::dto::organisations::OrganisationView;
use crate::error::{ApiError, OrNotFound};
use crate::pagination::{Page, PageQuery};
use crate::services::webhooks;
use crate::state::AppState;

/// The kinds of account message a decision writes to each member of the organisation.
pub const MESSAGE_VERIFIED: &str = "organisation_verified";
pub const MESSAGE_REJECTED: &str = "organisation_claim_rejected";

/// Verifies organisation `id` (admin) on `request`'s evidence. Every other unverified claim on
/// its enterprise number is rejected in the same transaction, and the members of each are told.
/// 409 when it is not an unverified claim, or another organisation holds the number.
pub async fn verify(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    request: VerificationRequest,
) -> Result<OrganisationView, ApiError> {
    let evidence = request.into_evidence()?;
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let org = claim_to_decide(c, id)?;
            let held = organisation_claims::held_by_another(c, &org.kbo, id)?;
            check_verifiable(org.verification.status, org.kbo.as_str(), held)?;
            let losers = organisation_claims::competing_claims(c, &org.kbo, id)?;
            decide(c, &org, &Decision::Verify(&evidence), &actor, now)?;
            let verified = organisations::find(c, id)?;
            audit::record(
                c,
                &actor,
                "organisation.verify",
                ("organisation", &id.to_string()),
                Some(json!({"verification": {"status": org.verification.status.as_str()}})),
                Some(json!({
                    "verification": {"status": VerificationStatus::Verified.as_str()},
                    "evidence": evidence,
                    "rejected_claims": losers,
                })),
                now,
            )?;
            tell_members(c, &verified, MESSAGE_VERIFIED, None, now)?;
            for loser in losers {
                let claim = organisations::find(c, loser)?;
                reject_in(c, &claim, SETTLED_BY_ANOTHER_CLAIM, &actor, now)?;
            }
            Ok(OrganisationView::from(&verified))
        })
        .await
}

/// Rejects organisation `id`'s claim (admin) with a reason told to its members. 409 unless it
/// is an unverified claim (a decision is not changed: a correction is a new registration).
pub async fn reject(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    request: RejectionRequest,
) -> Result<OrganisationView, ApiError> {
    let reason = request.into_reason()?;
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let org = claim_to_decide(c, id)?;
            check_decidable(org.verification.status)?;
            let rejected = reject_in(c, &org, &reason, &actor, now)?;
            Ok(OrganisationView::from(&rejected))
        })
        .await
}

/// Organisation `id` as it stands once every claim on its enterprise number is locked (see
/// [`organisation_claims::lock_number`]): decisions on one number run one at a time.
fn claim_to_decide(c: &mut DbConn, id: Uuid) -> Result<Organisation, ApiError> {
    let org = organisations::find(c, id).or_not_found("the organisation")?;
    organisation_claims::lock_number(c, &org.kbo)?;
    Ok(organisations::find(c, id)?)
}

/// Rejects the unverified claim `org` in the caller's transaction: audited, members told.
fn reject_in(
    c: &mut DbConn,
    org: &Organisation,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Organisation, ApiError> {
    decide(c, org, &Decision::Reject(reason), actor, now)?;
    let rejected = organisations::find(c, org.id)?;
    audit::record(
        c,
        actor,
        "organisation.reject",
        ("organisation", &org.id.to_string()),
        Some(json!({"verification": {"status": org.verification.status.as_str()}})),
        Some(json!({
            "verification": {"status": VerificationStatus::Rejected.as_str()},
            "reason": reason,
        })),
        now,
    )?;
    tell_members(c, &rejected, MESSAGE_REJECTED, Some(reason), now)?;
    Ok(rejected)
}

/// Records a decision on a claim that was unverified when read; a claim decided meanwhile (by
/// a concurrent request) is a 409.
fn decide(
    c: &mut DbConn,
    org: &Organisation,
    decision: &Decision<'_>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if organisation_claims::decide(c, org.id, &org.kbo, decision, actor, now)? {
        Ok(())
    } else {
        Err(ApiError::Refused(Rule::ClaimChangedMeanwhile))
    }
}

/// Writes a message to every member of `org` about its verification.
fn tell_members(
    c: &mut DbConn,
    org: &Organisation,
    kind: &str,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let payload = json!({
        "organisation_id": org.id,
        "organisation_name": org.name,
        "kbo": org.kbo.formatted(),
        "status": org.verification.status.as_str(),
        "reason": reason,
    });
    notifications::to_members(c, org.id, kind, &payload, now)?;
    let event = match org.verification.status {
        VerificationStatus::Verified => EventType::OrganisationVerified,
        _ => EventType::OrganisationClaimRejected,
    };
    webhooks::publish(
        c,
        Some(org.id),
        event,
        json!({
            "organisation_id": org.id,
            "kbo": org.kbo.formatted(),
            "status": org.verification.status.as_str(),
            "reason": reason,
        }),
        now,
    )?;
    Ok(())
}

/// The claims with the query's status (by default the unverified ones, waiting for staff), by
/// enterprise number and then oldest first, each with how many other unverified claims share
/// its number (admin, auditor).
pub async fn list_claims(
    state: &AppState,
    query: ClaimListQuery,
) -> Result<Page<ClaimView>, ApiError> {
    let status = query.status()?;
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    state
        .read(move |c, _| {
            let (rows, total) =
                organisation_claims::list(c, Some(status), paging.offset(), paging.limit())?;
            let items = rows
                .iter()
                .map(|claim| {
                    let own = i64::from(
                        claim.organisation.verification.status == VerificationStatus::Unverified,
                    );
                    ClaimView {
                        organisation: OrganisationView::from(&claim.organisation),
                        competing_claims: claim.unverified_on_number - own,
                    }
                })
                .collect();
            Ok(paging.wrap(items, total))
        })
        .await
}

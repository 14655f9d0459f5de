//! Membership by consent: the representative invites by e-mail address, the invitee accepts or
//! declines from their own account; members leave, the representative removes members and
//! hands the role on. The rules are the domain's (`grantdesk_domain::membership`); every change
//! is audited in its own transaction, and who is told something gets an account message.

use chrono::{DateTime, Utc};
use grantdesk_domain::Rule;
use grantdesk_domain::{
    check_answerable, check_end, check_hand_on, invitation_expiry, normalised_email,
    InvitationStatus, MembershipEnd, MembershipError, MembershipRole, Role,
};
use grantdesk_persistence::memberships::{self, Invitation, Membership};
use grantdesk_persistence::organisations::{self, Organisation};
use grantdesk_persistence::{audit, notifications, users, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::memberships::{
    InvitationAccepted, InvitationRequest, InvitationView, MembershipView, RepresentativeRequest,
};
use crate::dto::organisations::MemberView;
use crate::error::ApiError;
use crate::services::load;
use crate::state::AppState;

/// What every invitation request is answered, whatever the address.
pub const INVITATION_ANSWER: &str = "the invitation is recorded: if the address is (or \
becomes) that of an applicant account that is not a member yet, its holder finds the invitation \
at GET /api/v1/me/invitations and may accept or decline it until it expires";

/// [`load::own_membership`] for a change of the organisation's membership: the organisation is
/// locked first, so that changes to one organisation's membership run one at a time.
fn own_membership_to_change(
    c: &mut DbConn,
    claims: &Claims,
    organisation: Uuid,
) -> Result<(Organisation, Membership), ApiError> {
    memberships::lock_organisation(c, organisation)?;
    load::own_membership(c, claims, organisation)
}

/// Invites `request.email` to the organisation (its representative only). The answer is the
/// same whether or not an account has the address, or is a member already: an invitation is
/// recorded unless the address is a current member's or has one pending here, and a message
/// goes to the account outbox when an enabled applicant account has the address.
pub async fn invite(
    state: &AppState,
    claims: &Claims,
    organisation: Uuid,
    request: InvitationRequest,
) -> Result<InvitationAccepted, ApiError> {
    let claims = claims.clone();
    let email = normalised_email(&request.email);
    state
        .write(move |c, clock| {
            let now = clock.now();
            memberships::lock_organisation(c, organisation)?;
            let org = load::as_representative(c, &claims, organisation, "invite_members")?;
            let expires_at = invitation_expiry(now);
            let answer = InvitationAccepted {
                detail: INVITATION_ANSWER,
                expires_at,
            };
            if memberships::has_member_with_email(c, organisation, &email)?
                || memberships::pending_of_organisation(c, organisation, now)?
                    .iter()
                    .any(|i| i.email == email)
            {
                return Ok(answer);
            }
            let id = memberships::insert_invitation(
                c,
                organisation,
                &email,
                claims.sub,
                expires_at,
                now,
            )?;
            let invitee =
                users::find_by_email(c, &email)?.filter(|u| u.active && u.role == Role::Applicant);
            if let Some(user) = &invitee {
                let message = serde_json::json!({
                    "invitation_id": id,
                    "organisation_id": organisation,
                    "organisation_name": org.name,
                    "expires_at": expires_at,
                    "how": format!(
                        "POST /api/v1/invitations/{id}/acceptance to become a member, or \
                         POST /api/v1/invitations/{id}/refusal to decline"
                    ),
                });
                notifications::insert(c, user, None, "invitation", &message, now)?;
            }
            audit::record(
                c,
                &claims.actor(),
                "organisation.invite",
                ("organisation", &organisation.to_string()),
                None,
                Some(serde_json::json!({
                    "invitation_id": id, "email": email, "expires_at": expires_at,
                })),
                now,
            )?;
            Ok(answer)
        })
        .await
}

/// The organisation's invitations still pending (its representative only).
pub async fn pending_invitations(
    state: &AppState,
    claims: &Claims,
    organisation: Uuid,
) -> Result<Vec<InvitationView>, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            load::as_representative(c, &claims, organisation, "see_invitations")?;
            let pending = memberships::pending_of_organisation(c, organisation, clock.now())?;
            Ok(pending.iter().map(InvitationView::from).collect())
        })
        .await
}

/// Withdraws a pending invitation of the organisation (its representative only).
pub async fn withdraw_invitation(
    state: &AppState,
    claims: &Claims,
    organisation: Uuid,
    invitation: Uuid,
) -> Result<(), ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            memberships::lock_organisation(c, organisation)?;
            load::as_representative(c, &claims, organisation, "withdraw_invitations")?;
            let found = memberships::find_invitation(c, invitation)?
                .filter(|i| i.organisation_id == organisation)
                .ok_or_else(|| ApiError::not_found("the invitation"))?;
            answer(c, &found, InvitationStatus::Withdrawn, claims.sub, now)?;
            audit::record(
                c,
                &claims.actor(),
                "organisation.withdraw_invitation",
                ("organisation", &organisation.to_string()),
                Some(serde_json::json!({"invitation_id": invitation, "status": "pending"})),
                Some(serde_json::json!({"invitation_id": invitation, "status": "withdrawn"})),
                now,
            )?;
            Ok(())
        })
        .await
}

/// The invitations pending for the bearer's e-mail address.
pub async fn my_invitations(
    state: &AppState,
    claims: &Claims,
) -> Result<Vec<InvitationView>, ApiError> {
    let user = claims.sub;
    state
        .read(move |c, clock| {
            let me = users::find(c, user)?;
            let pending = memberships::pending_for_email(c, &me.email, clock.now())?;
            Ok(pending.iter().map(InvitationView::from).collect())
        })
        .await
}

/// An invitation addressed to the bearer's account, or 404 (someone else's is not theirs to
/// see).
fn addressed_to_bearer(
    c: &mut DbConn,
    claims: &Claims,
    invitation: Uuid,
) -> Result<Invitation, ApiError> {
    let me = users::find(c, claims.sub)?;
    memberships::find_invitation(c, invitation)?
        .filter(|i| i.email == normalised_email(&me.email))
        .ok_or_else(|| ApiError::not_found("the invitation"))
}

/// Answers a pending invitation, once: expired or answered ones are refused (409).
fn answer(
    c: &mut DbConn,
    invitation: &Invitation,
    status: InvitationStatus,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    check_answerable(invitation.status, invitation.expires_at, now)?;
    if !memberships::answer_invitation(c, invitation.id, status, by, now)? {
        // answered by a concurrent request in the meantime
        let current = memberships::find_invitation(c, invitation.id)?
            .map_or(InvitationStatus::Withdrawn, |i| i.status);
        return Err(MembershipError::InvitationAnswered { status: current }.into());
    }
    Ok(())
}

/// Accepts an invitation addressed to the bearer: they become a member.
pub async fn accept(
    state: &AppState,
    claims: &Claims,
    invitation: Uuid,
) -> Result<MembershipView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let found = addressed_to_bearer(c, &claims, invitation)?;
            answer(c, &found, InvitationStatus::Accepted, claims.sub, now)?;
            let org = found.organisation_id;
            if memberships::find(c, org, claims.sub)?.is_some() {
                return Err(MembershipError::AlreadyMember.into());
            }
            memberships::insert(
                c,
                org,
                claims.sub,
                MembershipRole::Member,
                found.invited_by,
                Some(found.id),
                now,
            )?;
            audit::record(
                c,
                &claims.actor(),
                "organisation.join",
                ("organisation", &org.to_string()),
                None,
                Some(serde_json::json!({
                    "user_id": claims.sub, "email": found.email, "role": MembershipRole::Member,
                    "invitation_id": found.id, "invited_by": found.invited_by,
                })),
                now,
            )?;
            Ok(MembershipView {
                organisation_id: org,
                user_id: claims.sub,
                role: MembershipRole::Member,
                added_at: now,
            })
        })
        .await
}

/// Declines an invitation addressed to the bearer.
pub async fn decline(
    state: &AppState,
    claims: &Claims,
    invitation: Uuid,
) -> Result<InvitationView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let found = addressed_to_bearer(c, &claims, invitation)?;
            answer(c, &found, InvitationStatus::Declined, claims.sub, now)?;
            audit::record(
                c,
                &claims.actor(),
                "organisation.decline_invitation",
                ("organisation", &found.organisation_id.to_string()),
                Some(serde_json::json!({"invitation_id": found.id, "status": "pending"})),
                Some(serde_json::json!({"invitation_id": found.id, "status": "declined"})),
                now,
            )?;
            let mut view = InvitationView::from(&found);
            view.status = InvitationStatus::Declined;
            Ok(view)
        })
        .await
}

/// Ends `user`'s membership of the organisation: their own (they leave; the representative
/// must hand the role on first) or another member's (the representative removes them; they
/// are told through the account outbox). The row moves to the ended memberships.
pub async fn end_membership(
    state: &AppState,
    claims: &Claims,
    organisation: Uuid,
    user: Uuid,
) -> Result<(), ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let (org, mine) = own_membership_to_change(c, &claims, organisation)?;
            let own = user == claims.sub;
            let target = if own {
                mine.clone()
            } else {
                memberships::find(c, organisation, user)?
                    .ok_or_else(|| ApiError::not_found("the member"))?
            };
            let reason = check_end(mine.role, target.role, own)?;
            if !memberships::end(c, &target, claims.sub, reason, now)? {
                // ended, or made the representative's
                return Err(ApiError::Refused(Rule::MembershipChangedMeanwhile));
            }
            if reason == MembershipEnd::Removed {
                let removed = users::find(c, user)?;
                let message = serde_json::json!({
                    "organisation_id": organisation,
                    "organisation_name": org.name,
                    "reason": reason,
                    "ended_at": now,
                });
                notifications::insert(c, &removed, None, "membership_ended", &message, now)?;
            }
            let action = match reason {
                MembershipEnd::Left => "organisation.leave",
                MembershipEnd::Removed => "organisation.remove_member",
            };
            audit::record(
                c,
                &claims.actor(),
                action,
                ("organisation", &organisation.to_string()),
                Some(serde_json::json!({
                    "user_id": target.user_id, "role": target.role, "since": target.added_at,
                })),
                Some(serde_json::json!({"user_id": target.user_id, "end_reason": reason})),
                now,
            )?;
            Ok(())
        })
        .await
}

/// Hands the representative's role on to another current member (the representative only);
/// the old representative stays a member. Answers the members.
pub async fn hand_on(
    state: &AppState,
    claims: &Claims,
    organisation: Uuid,
    request: RepresentativeRequest,
) -> Result<Vec<MemberView>, ApiError> {
    let claims = claims.clone();
    let to = request.user_id;
    state
        .write(move |c, clock| {
            let now = clock.now();
            let (_, mine) = own_membership_to_change(c, &claims, organisation)?;
            check_hand_on(mine.role, to == claims.sub)?;
            if memberships::find(c, organisation, to)?.is_none() {
                return Err(ApiError::rule("user_id", &Rule::NotMember));
            }
            if !memberships::hand_on(c, organisation, claims.sub, to)? {
                return Err(ApiError::Refused(Rule::MembershipChangedMeanwhile));
            }
            audit::record(
                c,
                &claims.actor(),
                "organisation.hand_on",
                ("organisation", &organisation.to_string()),
                Some(serde_json::json!({ "representative": claims.sub })),
                Some(serde_json::json!({ "representative": to })),
                now,
            )?;
            member_views(c, organisation)
        })
        .await
}

/// The organisations the bearer is a member of now (read from the database: a token's `orgs`
/// claim is what it was at sign-in).
pub async fn current_organisations(
    state: &AppState,
    claims: &Claims,
) -> Result<Vec<Uuid>, ApiError> {
    let user = claims.sub;
    state
        .read(move |c, _| Ok(organisations::ids_of_member(c, user)?))
        .await
}

/// The current members of an organisation, as listed.
pub fn member_views(c: &mut DbConn, organisation: Uuid) -> Result<Vec<MemberView>, ApiError> {
    Ok(memberships::members(c, organisation)?
        .iter()
        .map(MemberView::from)
        .collect())
}

//! Membership by consent: who belongs to an organisation, and how one comes to belong.
//!
//! An organisation's representative invites by e-mail address; the invitee accepts (or
//! declines) from their own account, so nobody becomes a member without saying yes. Members
//! leave; the representative removes members and hands the role on. An organisation always has
//! exactly one representative: the one who registered it, until they hand the role on to
//! another member (they stay a member). The representative cannot leave without handing on.

use chrono::{DateTime, Duration, Utc};

use crate::parse_enum::string_enum;

string_enum! {
    /// What a member is in an organisation.
    pub enum MembershipRole("membership role") {
        /// The one who speaks for the organisation here: invites, removes, hands the role on.
        Representative => "representative",
        Member => "member",
    }
}

string_enum! {
    /// Where an invitation stands. An expired invitation is still `pending` in the store: it
    /// expires by the clock ([`check_answerable`]), whatever ran at that instant.
    pub enum InvitationStatus("invitation status") {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
        Withdrawn => "withdrawn",
    }
}

string_enum! {
    /// Why a membership ended.
    pub enum MembershipEnd("membership end") {
        /// The member left.
        Left => "left",
        /// The representative removed the member.
        Removed => "removed",
    }
}

/// How long an invitation may be answered.
pub const INVITATION_VALIDITY: Duration = Duration::days(14);

/// A broken rule of membership.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MembershipError {
    /// Only the representative invites, lists and withdraws invitations, removes members and
    /// hands the role on.
    #[error("only the organisation's representative may {action}")]
    NotRepresentative { action: &'static str },
    /// The representative asked to leave.
    #[error(
        "the representative cannot leave: first hand the role on to another member \
         (PUT /api/v1/organisations/{{id}}/representative with their user_id), then leave"
    )]
    RepresentativeMustHandOn,
    /// The representative asked to hand the role on to themselves.
    #[error("you are the representative already: hand the role on to another member")]
    AlreadyRepresentative,
    /// The invitation was accepted, declined or withdrawn already.
    #[error("the invitation was {status} already")]
    InvitationAnswered { status: InvitationStatus },
    /// The invitation can no longer be answered.
    #[error("the invitation expired at {expires_at}: ask the representative for a new one")]
    InvitationExpired { expires_at: DateTime<Utc> },
    /// Accepting an invitation to an organisation one belongs to already.
    #[error("you are a member of this organisation already")]
    AlreadyMember,
}

impl MembershipError {
    /// The rule a refusal of the command broke (see [`crate::CallError::refusal`]).
    pub fn refusal(&self) -> crate::Rule {
        use crate::Rule;
        match self {
            MembershipError::NotRepresentative { action } => Rule::NotRepresentative {
                action: (*action).to_owned(),
            },
            MembershipError::RepresentativeMustHandOn => Rule::RepresentativeMustHandOn,
            MembershipError::AlreadyRepresentative => Rule::AlreadyRepresentative,
            MembershipError::InvitationAnswered { status } => Rule::InvitationAnswered {
                status: status.to_string(),
            },
            MembershipError::InvitationExpired { expires_at } => Rule::InvitationExpired {
                expires_at: expires_at.to_rfc3339(),
            },
            MembershipError::AlreadyMember => Rule::AlreadyMember,
        }
    }

    /// A stable slug per kind of refusal, e.g. for a problem+json `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            MembershipError::NotRepresentative { .. } => "not-representative",
            MembershipError::RepresentativeMustHandOn => "representative-must-hand-on",
            MembershipError::AlreadyRepresentative => "already-representative",
            MembershipError::InvitationAnswered { .. } => "invitation-answered",
            MembershipError::InvitationExpired { .. } => "invitation-expired",
            MembershipError::AlreadyMember => "already-member",
        }
    }
}

/// An e-mail address as invitations and accounts compare it: trimmed and lower-cased (as
/// accounts store theirs).
pub fn normalised_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// When an invitation made at `now` expires.
pub fn invitation_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + INVITATION_VALIDITY
}

/// Whether an invitation may be answered (accepted, declined or withdrawn) at `now`: it is
/// pending and not expired.
pub fn check_answerable(
    status: InvitationStatus,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), MembershipError> {
    if status != InvitationStatus::Pending {
        return Err(MembershipError::InvitationAnswered { status });
    }
    if now >= expires_at {
        return Err(MembershipError::InvitationExpired { expires_at });
    }
    Ok(())
}

/// Whether an invitation shows as pending at `now` (to its invitee and to the representative).
pub fn is_pending(status: InvitationStatus, expires_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    check_answerable(status, expires_at, now).is_ok()
}

/// Whether a member with `role` may do what only the representative does (`action` names it).
pub fn check_representative(
    role: MembershipRole,
    action: &'static str,
) -> Result<(), MembershipError> {
    match role {
        MembershipRole::Representative => Ok(()),
        MembershipRole::Member => Err(MembershipError::NotRepresentative { action }),
    }
}

/// How a membership may end when a member with `actor` role ends the membership of a member
/// with `target` role (`own`: their own): a member leaves; the representative cannot leave
/// without handing on; only the representative removes another member.
pub fn check_end(
    actor: MembershipRole,
    target: MembershipRole,
    own: bool,
) -> Result<MembershipEnd, MembershipError> {
    if own {
        return match target {
            MembershipRole::Representative => Err(MembershipError::RepresentativeMustHandOn),
            MembershipRole::Member => Ok(MembershipEnd::Left),
        };
    }
    check_representative(actor, "remove_members")?;
    match target {
        // one representative: another member is never it
        MembershipRole::Representative => Err(MembershipError::RepresentativeMustHandOn),
        MembershipRole::Member => Ok(MembershipEnd::Removed),
    }
}

/// Whether a member with `actor` role may hand the representative's role on to another member
/// (`own`: to themselves).
pub fn check_hand_on(actor: MembershipRole, own: bool) -> Result<(), MembershipError> {
    check_representative(actor, "hand_on")?;
    if own {
        return Err(MembershipError::AlreadyRepresentative);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).unwrap()
    }

    #[test]
    fn an_invitation_is_answerable_while_pending_until_it_expires() {
        let expires = invitation_expiry(at(1));
        assert_eq!(expires, at(15));
        assert_eq!(
            check_answerable(InvitationStatus::Pending, expires, at(14)),
            Ok(())
        );
        assert_eq!(
            check_answerable(InvitationStatus::Pending, expires, at(15)),
            Err(MembershipError::InvitationExpired {
                expires_at: expires
            })
        );
        for status in [
            InvitationStatus::Accepted,
            InvitationStatus::Declined,
            InvitationStatus::Withdrawn,
        ] {
            assert_eq!(
                check_answerable(status, expires, at(2)),
                Err(MembershipError::InvitationAnswered { status })
            );
            assert!(!is_pending(status, expires, at(2)));
        }
    }

    #[test]
    fn a_member_leaves_the_representative_hands_on_first() {
        use MembershipRole::{Member, Representative};
        assert_eq!(check_end(Member, Member, true), Ok(MembershipEnd::Left));
        assert_eq!(
            check_end(Representative, Representative, true),
            Err(MembershipError::RepresentativeMustHandOn)
        );
    }

    #[test]
    fn only_the_representative_removes_another_member() {
        use MembershipRole::{Member, Representative};
        assert_eq!(
            check_end(Representative, Member, false),
            Ok(MembershipEnd::Removed)
        );
        assert!(matches!(
            check_end(Member, Member, false),
            Err(MembershipError::NotRepresentative { .. })
        ));
        assert!(matches!(
            check_end(Member, Representative, false),
            Err(MembershipError::NotRepresentative { .. })
        ));
    }

    #[test]
    fn only_the_representative_hands_on_and_not_to_themselves() {
        assert_eq!(check_hand_on(MembershipRole::Representative, false), Ok(()));
        assert_eq!(
            check_hand_on(MembershipRole::Representative, true),
            Err(MembershipError::AlreadyRepresentative)
        );
        assert!(matches!(
            check_hand_on(MembershipRole::Member, false),
            Err(MembershipError::NotRepresentative { .. })
        ));
    }

    #[test]
    fn emails_compare_trimmed_and_lower_cased() {
        assert_eq!(normalised_email("  Jan@Genk.BE "), "jan@genk.be");
    }
}

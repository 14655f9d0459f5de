//! Invitations, joining, leaving and the representative's role.

use chrono::{DateTime, Utc};
use grantdesk_domain::{InvitationStatus, MembershipRole};
use grantdesk_persistence::memberships::Invitation;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::dto::organisations::MembershipRoleSchema;

/// Invites whoever holds an e-mail address to become a member.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    #[validate(email, length(max = 254))]
    #[schema(example = "colleague@genk.be", format = Email, max_length = 254)]
    pub email: String,
}

/// The answer to an invitation request: the same whether or not an account has the address,
/// and whether or not it is a member already (it never tells which).
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationAccepted {
    #[schema(
        example = "the invitation is recorded: if the address is (or becomes) that of an \
applicant account that is not a member yet, its holder finds the invitation at \
GET /api/v1/me/invitations and may accept or decline it until it expires"
    )]
    pub detail: &'static str,
    /// Until when the invitation may be answered (14 days).
    pub expires_at: DateTime<Utc>,
}

// The schema of the domain's `InvitationStatus`; a unit test keeps the spellings equal.
/// Where an invitation stands (an expired one is no longer listed).
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = InvitationStatus, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum InvitationStatusSchema {
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

/// An invitation, as the organisation's representative and its invitee see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    pub id: Uuid,
    pub organisation_id: Uuid,
    #[schema(example = "Stad Genk")]
    pub organisation_name: String,
    /// The address invited (trimmed, lower-cased).
    #[schema(example = "colleague@genk.be")]
    pub email: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    #[schema(value_type = InvitationStatusSchema, example = "pending")]
    pub status: InvitationStatus,
}

impl From<&Invitation> for InvitationView {
    fn from(i: &Invitation) -> Self {
        InvitationView {
            id: i.id,
            organisation_id: i.organisation_id,
            organisation_name: i.organisation_name.clone(),
            email: i.email.clone(),
            created_at: i.created_at,
            expires_at: i.expires_at,
            status: i.status,
        }
    }
}

/// The membership an accepted invitation began.
#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipView {
    pub organisation_id: Uuid,
    pub user_id: Uuid,
    #[schema(value_type = MembershipRoleSchema, example = "member")]
    pub role: MembershipRole,
    pub added_at: DateTime<Utc>,
}

/// Hands the representative's role on to another current member.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RepresentativeRequest {
    /// The member who becomes the representative (the old one stays a member).
    pub user_id: Uuid,
}

#[cfg(test)]
mod schema_tests {
    use super::*;

    #[test]
    fn the_invitation_status_schema_lists_exactly_the_domain_spellings() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(InvitationStatusSchema::schema()).unwrap();
        let domain: Vec<&str> = InvitationStatus::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
    }
}

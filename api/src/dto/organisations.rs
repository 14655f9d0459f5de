use chrono::{DateTime, Utc};
use grantdesk_domain::{Address, Kbo, MembershipRole, OrganisationDraft, OrganisationType};
use grantdesk_persistence::memberships::Member;
use grantdesk_persistence::organisations::Organisation;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::auth::Role;
use crate::dto::verification::VerificationView;
use crate::error::{ApiError, FieldError};

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddressDto {
    #[schema(example = "Havermarkt 10", max_length = 200)]
    pub street: String,
    #[schema(example = "3500", max_length = 10)]
    pub postal_code: String,
    #[schema(example = "Hasselt", max_length = 100)]
    pub city: String,
    /// ISO 3166 two-letter code.
    #[serde(default = "belgium")]
    #[schema(example = "BE", default = "BE")]
    pub country: String,
}

fn belgium() -> String {
    "BE".into()
}

// The schema of the domain's `OrganisationType` (the domain knows nothing of OpenAPI); a unit
// test keeps the two spellings equal.
/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = OrganisationKind, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum OrganisationKindSchema {
    LocalGovernment,
    NonProfit,
    Company,
    Other,
}

/// An organisation to register; the one who registers it becomes its first member.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationRequest {
    #[schema(example = "Stad Genk", max_length = 200)]
    pub name: String,
    /// Belgian enterprise number (KBO/BCE), 10 digits with a mod-97 check; "0207.451.227",
    /// "BE0207451227" and "0207451227" are all accepted.
    #[schema(value_type = String, example = "0207.451.227")]
    pub kbo: Kbo,
    /// local_government, non_profit, company or other.
    #[schema(value_type = OrganisationKindSchema, example = "local_government")]
    pub kind: OrganisationType,
    pub address: AddressDto,
}

impl OrganisationRequest {
    pub fn into_draft(self) -> Result<OrganisationDraft, ApiError> {
        let draft = OrganisationDraft {
            name: self.name,
            kbo: self.kbo,
            kind: self.kind,
            address: Address {
                street: self.address.street,
                postal_code: self.address.postal_code,
                city: self.address.city,
                country: self.address.country,
            },
        }
        .normalised();
        let errors = draft.validation_errors();
        if errors.is_empty() {
            Ok(draft)
        } else {
            Err(ApiError::Validation(
                errors
                    .into_iter()
                    .map(|(field, rule)| FieldError::rule(field, &rule))
                    .collect(),
            ))
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationView {
    pub id: Uuid,
    pub name: String,
    /// Ten digits.
    #[schema(example = "0207451227")]
    pub kbo: String,
    #[schema(example = "0207.451.227")]
    pub kbo_formatted: String,
    #[schema(value_type = OrganisationKindSchema, example = "local_government")]
    pub kind: String,
    pub address: AddressDto,
    pub created_at: DateTime<Utc>,
    /// Whether staff verified its claim on the enterprise number: shown to its members and to
    /// staff, not to reviewers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<VerificationView>,
}

impl OrganisationView {
    /// The view as `role` may see it: a reviewer does not see the verification.
    pub fn seen_by(mut self, role: Role) -> Self {
        if role == Role::Reviewer {
            self.verification = None;
        }
        self
    }
}

impl From<&Organisation> for OrganisationView {
    fn from(o: &Organisation) -> Self {
        OrganisationView {
            id: o.id,
            name: o.name.clone(),
            kbo: o.kbo.as_str().to_owned(),
            kbo_formatted: o.kbo.formatted(),
            kind: o.kind.as_str().to_owned(),
            address: AddressDto {
                street: o.address.street.clone(),
                postal_code: o.address.postal_code.clone(),
                city: o.address.city.clone(),
                country: o.address.country.clone(),
            },
            created_at: o.created_at,
            verification: Some(VerificationView::from(&o.verification)),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberView {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    /// `representative` (exactly one per organisation) or `member`.
    #[schema(value_type = MembershipRoleSchema, example = "member")]
    pub role: MembershipRole,
    /// Since when (the current membership; an earlier one that ended is not shown).
    pub added_at: DateTime<Utc>,
}

// The schema of the domain's `MembershipRole`; a unit test keeps the spellings equal.
/// What a member is in an organisation: its one representative (invites, removes members,
/// hands the role on) or a member.
#[derive(Debug, Clone, Copy, ToSchema)]
#[schema(as = MembershipRole, rename_all = "snake_case")]
#[allow(dead_code)]
pub enum MembershipRoleSchema {
    Representative,
    Member,
}

impl From<&Member> for MemberView {
    fn from(m: &Member) -> Self {
        MemberView {
            user_id: m.user_id,
            email: m.email.clone(),
            display_name: m.display_name.clone(),
            role: m.role,
            added_at: m.added_at,
        }
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;

    #[test]
    fn the_organisation_kind_schema_lists_exactly_the_domain_spellings() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(OrganisationKindSchema::schema()).unwrap();
        let domain: Vec<&str> = OrganisationType::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
    }

    #[test]
    fn the_membership_role_schema_lists_exactly_the_domain_spellings() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(MembershipRoleSchema::schema()).unwrap();
        let domain: Vec<&str> = MembershipRole::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(schema["enum"], serde_json::json!(domain), "{schema}");
    }
}

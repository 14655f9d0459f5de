use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a user may do (DOMAIN.md "Who uses it").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Programme staff: drafts calls, records approvals, opens, extends, cancels, selects.
    Admin,
    /// Finance officer: credits budget articles, reads balances and the ledger.
    Finance,
    /// Assessor: scores the applications assigned to them.
    Reviewer,
    /// Staff of an applicant organisation.
    Applicant,
    /// Inspectorate: reads everything, changes nothing.
    Auditor,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Finance,
        Role::Reviewer,
        Role::Applicant,
        Role::Auditor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Finance => "finance",
            Role::Reviewer => "reviewer",
            Role::Applicant => "applicant",
            Role::Auditor => "auditor",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Staff who may see calls before they are published.
    pub fn sees_unpublished_calls(self) -> bool {
        matches!(self, Role::Admin | Role::Finance | Role::Auditor)
    }
}

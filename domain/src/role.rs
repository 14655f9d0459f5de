//! Who uses grantdesk (DOMAIN.md, "Who uses it"), and what each role may see.

use crate::parse_enum::string_enum;

string_enum! {
    /// What a user may do.
    pub enum Role("role") {
        /// Programme staff: drafts calls, records approvals, opens, extends, cancels, selects.
        Admin => "admin",
        /// Finance officer: credits budget articles, reads balances and the ledger, pays.
        Finance => "finance",
        /// Assessor: scores the applications assigned to them.
        Reviewer => "reviewer",
        /// Staff of an applicant organisation.
        Applicant => "applicant",
        /// Inspectorate: reads everything, changes nothing.
        Auditor => "auditor",
    }
}

impl Role {
    /// Staff who may see calls before they are published.
    pub fn sees_unpublished_calls(self) -> bool {
        matches!(self, Role::Admin | Role::Finance | Role::Auditor)
    }

    /// Which organisations the role sees: staff all of them, an applicant those it is a member
    /// of, a reviewer only those leading an application it is assigned to (least privilege).
    pub fn organisation_reach(self) -> OrganisationReach {
        match self {
            Role::Admin | Role::Auditor | Role::Finance => OrganisationReach::All,
            Role::Applicant => OrganisationReach::Memberships,
            Role::Reviewer => OrganisationReach::Assignments,
        }
    }

    /// Whether the role sees every organisation's members (their names and e-mail addresses);
    /// others see only the members of organisations they belong to.
    pub fn sees_all_members(self) -> bool {
        self.organisation_reach() == OrganisationReach::All
    }
}

/// The organisations a role sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationReach {
    All,
    /// Those the user is a member of.
    Memberships,
    /// Those leading an application the reviewer is actively assigned to.
    Assignments,
}

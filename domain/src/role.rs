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

    /// Staff who may see every organisation (an applicant sees its own only).
    pub fn sees_all_organisations(self) -> bool {
        matches!(
            self,
            Role::Admin | Role::Auditor | Role::Finance | Role::Reviewer
        )
    }
}

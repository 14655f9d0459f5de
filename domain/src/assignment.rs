//! A reviewer's assignment to an application, and the state of their review.

use crate::parse_enum::string_enum;

string_enum! {
    /// Whether an assigned reviewer still works on the application.
    pub enum AssignmentStatus("assignment status") {
        /// The reviewer reads and scores the application.
        Active => "active",
        /// The reviewer declared a conflict of interest: the application is no longer theirs.
        ConflictDeclared => "conflict_declared",
    }
}

string_enum! {
    /// Where a review stands.
    pub enum ReviewStatus("review status") {
        /// Saved, still to be changed and submitted.
        Draft => "draft",
        /// Final; it counts in the application's score.
        Submitted => "submitted",
    }
}

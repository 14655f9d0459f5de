//! Where an application is in its life, and the commands that move it.

use crate::parse_enum::string_enum;
use crate::ApplicationError;

string_enum! {
    /// draft → submitted → (revised back to) draft; draft or submitted → withdrawn, which is
    /// final. Nothing is ever deleted.
    pub enum ApplicationStatus("application status") {
        /// Being written by the lead organisation; the only state in which it may be edited.
        Draft => "draft",
        /// Frozen with a receipt; read-only.
        Submitted => "submitted",
        /// Taken back by the applicant; final.
        Withdrawn => "withdrawn",
    }
}

string_enum! {
    /// What an applicant can do with an application.
    pub enum ApplicationAction("application action") {
        /// Change the content of a draft.
        Edit => "edit",
        /// Freeze a complete draft and get a receipt.
        Submit => "submit",
        /// Take a submitted application back to draft, before the deadline.
        Revise => "revise",
        /// Take the application out of the call, before the deadline.
        Withdraw => "withdraw",
    }
}

impl ApplicationStatus {
    /// True when the content may be changed.
    pub fn is_editable(self) -> bool {
        self == ApplicationStatus::Draft
    }

    /// The status after `action`, or why the action does not apply. The deadline is checked
    /// separately (see `check_action`).
    pub fn after(self, action: ApplicationAction) -> Result<ApplicationStatus, ApplicationError> {
        use ApplicationAction as A;
        use ApplicationStatus as S;
        match (self, action) {
            (S::Draft, A::Edit) => Ok(S::Draft),
            (S::Draft, A::Submit) => Ok(S::Submitted),
            (S::Submitted, A::Revise) => Ok(S::Draft),
            (S::Draft | S::Submitted, A::Withdraw) => Ok(S::Withdrawn),
            (from, action) => Err(ApplicationError::InvalidTransition {
                from,
                action: action.as_str(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicationAction as A;
    use ApplicationStatus as S;

    #[test]
    fn a_draft_is_edited_submitted_or_withdrawn() {
        assert_eq!(S::Draft.after(A::Edit), Ok(S::Draft));
        assert_eq!(S::Draft.after(A::Submit), Ok(S::Submitted));
        assert_eq!(S::Draft.after(A::Withdraw), Ok(S::Withdrawn));
        assert!(S::Draft.after(A::Revise).is_err());
        assert!(S::Draft.is_editable());
    }

    #[test]
    fn a_submitted_application_is_read_only_until_revised() {
        assert!(!S::Submitted.is_editable());
        assert_eq!(
            S::Submitted.after(A::Edit),
            Err(ApplicationError::InvalidTransition {
                from: S::Submitted,
                action: "edit"
            })
        );
        assert!(S::Submitted.after(A::Submit).is_err());
        assert_eq!(S::Submitted.after(A::Revise), Ok(S::Draft));
        assert_eq!(S::Submitted.after(A::Withdraw), Ok(S::Withdrawn));
    }

    #[test]
    fn withdrawn_is_final() {
        for action in ApplicationAction::ALL {
            let error = S::Withdrawn.after(action).expect_err("final");
            assert_eq!(error.kind(), "invalid_transition");
            assert_eq!(
                error.to_string(),
                format!("cannot {action} an application that is withdrawn")
            );
        }
    }

    #[test]
    fn statuses_travel_in_lowercase() {
        for status in ApplicationStatus::ALL {
            assert_eq!(ApplicationStatus::parse(status.as_str()), Ok(status));
        }
        assert_eq!(
            serde_json::to_string(&S::Submitted).expect("serialize"),
            "\"submitted\""
        );
    }
}

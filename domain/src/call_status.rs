//! Where a call is in its life.

use crate::parse_enum::string_enum;

string_enum! {
    /// The life of a call, in order:
    /// draft → advised → agreed → approved → open → closed → assessment → decided → running →
    /// finished; any state before decided may become cancelled.
    pub enum CallStatus("call status") {
        /// Being written; the only state in which it may be edited.
        Draft => "draft",
        /// The finance inspectorate gave a favourable advice.
        Advised => "advised",
        /// The budget agreement was granted.
        Agreed => "agreed",
        /// The Flemish Government approved it; it may be opened.
        Approved => "approved",
        /// Accepting applications until the deadline; its budget is reserved.
        Open => "open",
        /// The deadline passed; this is a matter of time, see `Call::effective_status`.
        Closed => "closed",
        /// Applications are being screened and scored.
        Assessment => "assessment",
        /// The selection was finalised and the awards committed.
        Decided => "decided",
        /// The funded projects have started.
        Running => "running",
        /// The funded projects are over.
        Finished => "finished",
        /// Stopped before a decision; whatever it reserved was released.
        Cancelled => "cancelled",
    }
}

impl CallStatus {
    /// True when the call's budget is reserved on its article (open, closed, in assessment).
    pub fn reserves_budget(self) -> bool {
        matches!(
            self,
            CallStatus::Open | CallStatus::Closed | CallStatus::Assessment
        )
    }

    /// True when the call is public: from `open` on, and a cancelled call (cancellation is
    /// public); drafts and calls still passing their approval gates are not.
    pub fn is_published(self) -> bool {
        !matches!(
            self,
            CallStatus::Draft | CallStatus::Advised | CallStatus::Agreed | CallStatus::Approved
        )
    }

    /// True when the call may still be cancelled (any state before decided).
    pub fn is_cancellable(self) -> bool {
        self < CallStatus::Decided
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_travel_in_snake_case() {
        for status in CallStatus::ALL {
            let json = serde_json::to_string(&status).expect("serialize");
            assert_eq!(json, format!("\"{}\"", status.as_str()));
            assert_eq!(CallStatus::parse(status.as_str()), Ok(status));
        }
        assert_eq!(CallStatus::Draft.as_str(), "draft");
        assert!(CallStatus::parse("Draft").is_err());
    }

    #[test]
    fn cancelling_is_possible_only_before_the_decision() {
        assert!(CallStatus::Assessment.is_cancellable());
        assert!(!CallStatus::Decided.is_cancellable());
        assert!(!CallStatus::Cancelled.is_cancellable());
    }
}

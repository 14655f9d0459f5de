//! A grant: what a selected application becomes, from its start date to its settlement.

use chrono::{Months, NaiveDate};

use crate::acceptance::AcceptanceStatus;
use crate::parse_enum::string_enum;
use crate::{GrantError, Rule};

/// The longest a grant may run: 10 years (120 months) from its start date.
pub const GRANT_PERIOD_MAX_MONTHS: u32 = 120;

string_enum! {
    /// Where a grant stands.
    pub enum GrantStatus("grant status") {
        /// Awarded; its start date has not come yet.
        AwaitingStart => "awaiting_start",
        /// Between its start and end dates, both included.
        Running => "running",
        /// Its period is over (or its final report is already accepted); waiting for the final
        /// report and the settlement.
        FinalReportDue => "final_report_due",
        /// Settled: the balance paid, any recovery claimed, the rest released.
        Settled => "settled",
        /// Offered (at the selection's end or from the reserve list); the organisation's
        /// representative has not accepted it yet: nothing is paid.
        AwaitingAcceptance => "awaiting_acceptance",
        /// Renounced by the organisation: never paid, its money freed.
        Renounced => "renounced",
        /// Not accepted within its period: never paid, its money freed.
        Expired => "expired",
        /// Cancelled by the funder after its acceptance: nothing more is paid; what it no
        /// longer needs is freed, what was paid and not kept is recovered.
        Cancelled => "cancelled",
    }
}

/// How a grant ended, if it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closure {
    /// Not ended: it runs (or waits for its start or its report).
    Open,
    /// Settled after its accepted final report.
    Settled,
    /// Cancelled by the funder.
    Cancelled,
}

string_enum! {
    /// Where a grant's final report stands.
    pub enum ReportStatus("final report status") {
        /// Awaiting the admin's verdict.
        Submitted => "submitted",
        /// Accepted, with the spend that counts for the settlement.
        Accepted => "accepted",
        /// Rejected: the grantee submits a new version.
        Rejected => "rejected",
    }
}

impl ReportStatus {
    /// A report without a verdict awaits one; a verdict that accepts a spend accepts the
    /// report, any other rejects it.
    pub fn of<T>(verdict: Option<Option<T>>) -> ReportStatus {
        match verdict {
            None => ReportStatus::Submitted,
            Some(Some(_)) => ReportStatus::Accepted,
            Some(None) => ReportStatus::Rejected,
        }
    }
}

/// The status of a grant on `today` (a date passed in, never read from a clock).
///
/// In order of precedence: a settled or cancelled grant is [`GrantStatus::Settled`] or
/// [`GrantStatus::Cancelled`] (its `closure`); a grant whose final
/// report is accepted is no longer running and waits for its settlement,
/// [`GrantStatus::FinalReportDue`], even before its end date; otherwise, before `start` it is
/// [`GrantStatus::AwaitingStart`], from `start` to `end` (both included)
/// [`GrantStatus::Running`], and after `end` [`GrantStatus::FinalReportDue`].
pub fn grant_status(
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
    final_report_accepted: bool,
    closure: Closure,
) -> GrantStatus {
    if closure == Closure::Settled {
        GrantStatus::Settled
    } else if closure == Closure::Cancelled {
        GrantStatus::Cancelled
    } else if final_report_accepted {
        GrantStatus::FinalReportDue
    } else if today < start {
        GrantStatus::AwaitingStart
    } else if today <= end {
        GrantStatus::Running
    } else {
        GrantStatus::FinalReportDue
    }
}

/// The status of a grant whose award stands at `acceptance`: before an acceptance (and after a
/// renunciation or an expiry) that is all there is to say; an accepted grant has the status
/// `accepted` gives it ([`grant_status`]).
pub fn status_after_acceptance(
    acceptance: AcceptanceStatus,
    accepted: impl FnOnce() -> GrantStatus,
) -> GrantStatus {
    match acceptance {
        AcceptanceStatus::Pending => GrantStatus::AwaitingAcceptance,
        AcceptanceStatus::Renounced => GrantStatus::Renounced,
        AcceptanceStatus::Expired => GrantStatus::Expired,
        AcceptanceStatus::Accepted => accepted(),
    }
}

/// Checks a grant's period: the end date is after the start date and at most 10 years later
/// (a start on 1 November 2024 may end on 1 November 2034 at the latest). Refusals are
/// [`GrantError::Validation`] on `end_date`.
pub fn check_grant_period(start: NaiveDate, end: NaiveDate) -> Result<(), GrantError> {
    if end <= start {
        return Err(GrantError::validation(
            "end_date",
            Rule::NotAfter {
                after: start.to_string(),
            },
        ));
    }
    let latest = start.checked_add_months(Months::new(GRANT_PERIOD_MAX_MONTHS));
    match latest {
        Some(latest) if end <= latest => Ok(()),
        Some(latest) => Err(GrantError::validation(
            "end_date",
            Rule::TooLongRunning {
                max_years: GRANT_PERIOD_MAX_MONTHS / 12,
                latest: latest.to_string(),
            },
        )),
        None => Err(GrantError::validation("end_date", Rule::TooFarAhead)),
    }
}

#[cfg(test)]
#[path = "grant_tests/mod.rs"]
mod tests;

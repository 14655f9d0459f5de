//! After the decision (issue #14): a selected applicant's representative accepts or renounces
//! the grant within the call's acceptance period; silence past the period is an expiry. Only an
//! accepted grant is paid; a renunciation or an expiry frees the award's commitment for the
//! reserve list ([`crate::reserve`]).
//!
//! The period is a [`crate::legal_period`] after the decision letter (or the offer, for an
//! application offered from the reserve), enforced to the second in the call's zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::legal_period::period_end;
use crate::parse_enum::string_enum;
use crate::{Deadline, Rule};

/// How many days an acceptance period lasts when the call sets none.
pub const DEFAULT_ACCEPTANCE_DAYS: u32 = 30;

/// How many days a call may give for an acceptance, an objection or its reserve list.
pub const PERIOD_DAYS: std::ops::RangeInclusive<u32> = 1..=365;

/// The one rule for a period a call gives: 1 to 365 days.
pub fn check_period_days(days: u32) -> Result<u32, Rule> {
    if PERIOD_DAYS.contains(&days) {
        Ok(days)
    } else {
        Err(Rule::Range {
            min: (*PERIOD_DAYS.start()).into(),
            max: (*PERIOD_DAYS.end()).into(),
        })
    }
}

string_enum! {
    /// Where the acceptance of an award stands.
    pub enum AcceptanceStatus("acceptance status") {
        /// Offered (by the decision letter or from the reserve); not answered yet.
        Pending => "pending",
        /// Accepted by the organisation's representative: the grant is paid.
        Accepted => "accepted",
        /// Renounced by the representative: the commitment is freed.
        Renounced => "renounced",
        /// Not answered within the period: the commitment is freed.
        Expired => "expired",
    }
}

impl AcceptanceStatus {
    /// Whether the award's money is freed (for the reserve or back to the call).
    pub fn frees_money(self) -> bool {
        matches!(
            self,
            AcceptanceStatus::Renounced | AcceptanceStatus::Expired
        )
    }

    /// Whether payments may be made.
    pub fn is_payable(self) -> bool {
        self == AcceptanceStatus::Accepted
    }
}

/// What the representative answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Renounce,
}

/// An award's acceptance: where it stands and until when it may be answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acceptance {
    pub status: AcceptanceStatus,
    /// The end of the period: an answer at or after it is refused.
    pub due: Deadline,
}

impl Acceptance {
    /// An award offered at `offered_at` (the letter's instant), for `days` days in `zone`.
    pub fn offered(offered_at: DateTime<Utc>, days: u32, zone: Tz) -> Result<Acceptance, Rule> {
        let due =
            period_end(offered_at, check_period_days(days)?, zone).ok_or(Rule::TooFarAhead)?;
        Ok(Acceptance {
            status: AcceptanceStatus::Pending,
            due,
        })
    }

    /// The representative's answer at `now`: only a pending award, strictly before the end of
    /// its period.
    pub fn answer(self, answer: Answer, now: DateTime<Utc>) -> Result<Acceptance, Rule> {
        if self.status != AcceptanceStatus::Pending {
            return Err(Rule::AcceptanceAnswered {
                status: self.status.to_string(),
            });
        }
        if self.due.has_passed(now) {
            return Err(Rule::AcceptancePeriodOver {
                due: self.due.to_rfc3339(),
            });
        }
        Ok(Acceptance {
            status: match answer {
                Answer::Accept => AcceptanceStatus::Accepted,
                Answer::Renounce => AcceptanceStatus::Renounced,
            },
            ..self
        })
    }

    /// The expiry of a pending award whose period is over at `now`; `None` when it is not
    /// pending or its period runs on (the scheduled job asks every award this).
    pub fn expiry(self, now: DateTime<Utc>) -> Option<Acceptance> {
        (self.status == AcceptanceStatus::Pending && self.due.has_passed(now)).then_some(
            Acceptance {
                status: AcceptanceStatus::Expired,
                ..self
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use chrono_tz::Europe::Brussels;

    fn letter() -> DateTime<Utc> {
        // the decision letter, Friday 20 October 2023, 16:00 in Brussels
        Brussels
            .with_ymd_and_hms(2023, 10, 20, 16, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn an_award_is_answered_once_strictly_before_the_end_of_its_period() {
        let offered = Acceptance::offered(letter(), DEFAULT_ACCEPTANCE_DAYS, Brussels).unwrap();
        assert_eq!(offered.status, AcceptanceStatus::Pending);
        assert_eq!(offered.due.to_rfc3339(), "2023-11-21T00:00:00+01:00");
        let last_second = offered.due.instant() - Duration::seconds(1);
        let accepted = offered.answer(Answer::Accept, last_second).unwrap();
        assert_eq!(accepted.status, AcceptanceStatus::Accepted);
        assert!(accepted.status.is_payable());
        assert_eq!(
            accepted.answer(Answer::Renounce, last_second),
            Err(Rule::AcceptanceAnswered {
                status: "accepted".into()
            })
        );
        // at the end itself it is too late, whatever the answer
        for answer in [Answer::Accept, Answer::Renounce] {
            assert_eq!(
                offered.answer(answer, offered.due.instant()),
                Err(Rule::AcceptancePeriodOver {
                    due: "2023-11-21T00:00:00+01:00".into()
                })
            );
        }
        let renounced = offered.answer(Answer::Renounce, letter()).unwrap();
        assert!(renounced.status.frees_money());
        assert!(!renounced.status.is_payable());
    }

    #[test]
    fn silence_expires_the_award_at_the_end_of_its_period_and_not_before() {
        let offered = Acceptance::offered(letter(), 30, Brussels).unwrap();
        let before = offered.due.instant() - Duration::seconds(1);
        assert_eq!(offered.expiry(before), None);
        let expired = offered.expiry(offered.due.instant()).expect("expired");
        assert_eq!(expired.status, AcceptanceStatus::Expired);
        assert!(expired.status.frees_money());
        // an answered award never expires; an expired one is not answered
        let accepted = offered.answer(Answer::Accept, before).unwrap();
        assert_eq!(accepted.expiry(offered.due.instant()), None);
        assert!(expired.answer(Answer::Accept, before).is_err());
    }

    #[test]
    fn a_call_gives_1_to_365_days() {
        assert!(Acceptance::offered(letter(), 0, Brussels).is_err());
        assert!(Acceptance::offered(letter(), 366, Brussels).is_err());
        assert!(Acceptance::offered(letter(), 1, Brussels).is_ok());
    }
}

//! Objections (bezwaar, issue #14): within a period after the decision letter (the call's,
//! 30 days when it sets none), the lead organisation lodges one objection per application with
//! its grounds; staff rule on it (inadmissible, rejected, upheld) with a motivation. An upheld
//! objection means the application is decided again.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::legal_period::period_end;
use crate::parse_enum::string_enum;
use crate::text::check_name;
use crate::{Deadline, Rule};

/// How many days the objection period lasts when the call sets none.
pub const DEFAULT_OBJECTION_DAYS: u32 = 30;

/// How long an objection's grounds and a ruling's motivation may be.
pub const GROUNDS_CHARS: std::ops::RangeInclusive<usize> = 1..=20_000;

string_enum! {
    /// Staff's ruling on an objection.
    pub enum Ruling("ruling") {
        /// Not lodged as the law asks (late, by someone else, without grounds, ...).
        Inadmissible => "inadmissible",
        /// Lodged properly, and not founded: the decision stands.
        Rejected => "rejected",
        /// Founded: the application is decided again.
        Upheld => "upheld",
    }
}

/// The end of the period for lodging an objection against a letter sent at `letter_at`.
pub fn objection_due(letter_at: DateTime<Utc>, days: u32, zone: Tz) -> Option<Deadline> {
    period_end(letter_at, days, zone)
}

/// Whether an objection may be lodged at `now`: before the end of the period, and only one per
/// application (`lodged_before`). Returns the grounds trimmed.
pub fn check_lodging(
    due: Deadline,
    lodged_before: bool,
    grounds: &str,
    now: DateTime<Utc>,
) -> Result<String, (&'static str, Rule)> {
    if due.has_passed(now) {
        return Err((
            "objection",
            Rule::ObjectionPeriodOver {
                due: due.to_rfc3339(),
            },
        ));
    }
    if lodged_before {
        return Err(("objection", Rule::ObjectionLodged));
    }
    check_name(grounds, GROUNDS_CHARS)
        .map(str::to_owned)
        .map_err(|rule| ("grounds", rule))
}

/// How many documents an objection may carry.
pub const MAX_ATTACHMENTS: usize = 20;

/// How long an objection attachment's description may be.
pub const DESCRIPTION_CHARS: std::ops::RangeInclusive<usize> = 1..=300;

/// Whether a document may be attached to an objection at `now`, that already carries `count`:
/// like the objection itself, strictly before the end of its period, and only while staff have
/// not ruled (they rule on what was lodged); at most [`MAX_ATTACHMENTS`]. Returns the optional
/// description trimmed (an empty one is none).
pub fn check_attaching(
    due: Deadline,
    ruling: Option<Ruling>,
    count: usize,
    description: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<String>, (&'static str, Rule)> {
    if due.has_passed(now) {
        return Err((
            "objection",
            Rule::ObjectionPeriodOver {
                due: due.to_rfc3339(),
            },
        ));
    }
    if let Some(ruling) = ruling {
        return Err((
            "objection",
            Rule::ObjectionRuled {
                ruling: ruling.to_string(),
            },
        ));
    }
    if count >= MAX_ATTACHMENTS {
        return Err((
            "file",
            Rule::TooMany {
                max: MAX_ATTACHMENTS,
                count: count + 1,
            },
        ));
    }
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(None),
        Some(d) => check_name(d, DESCRIPTION_CHARS)
            .map(|d| Some(d.to_owned()))
            .map_err(|rule| ("description", rule)),
    }
}

/// A ruling's motivation, trimmed; a ruling is always motivated.
pub fn check_ruling(motivation: &str) -> Result<String, (&'static str, Rule)> {
    check_name(motivation, GROUNDS_CHARS)
        .map(str::to_owned)
        .map_err(|rule| ("motivation", rule))
}

string_enum! {
    /// What an upheld objection led to.
    pub enum Outcome("objection outcome") {
        /// Money was free: the application is offered the award the ruling names.
        Offered => "offered",
        /// No money was free: the application joins the reserve list at its rank.
        Reserve => "reserve",
    }
}

/// What an upheld objection does with an award of `awarded` when `free` is available where it
/// would draw from: offered when it fits, else the reserve list (the ruling says so).
pub fn upheld_outcome(free: crate::Money, awarded: crate::Money) -> Outcome {
    if awarded <= free {
        Outcome::Offered
    } else {
        Outcome::Reserve
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use chrono_tz::Europe::Brussels;

    #[test]
    fn one_objection_is_lodged_with_grounds_before_the_end_of_its_period() {
        let letter = Brussels
            .with_ymd_and_hms(2023, 10, 20, 16, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let due = objection_due(letter, DEFAULT_OBJECTION_DAYS, Brussels).expect("due");
        let last_second = due.instant() - Duration::seconds(1);
        assert_eq!(
            check_lodging(
                due,
                false,
                "  De score op criterium 2 negeert bijlage 3. ",
                last_second
            ),
            Ok("De score op criterium 2 negeert bijlage 3.".to_owned())
        );
        // one second after the period (and at its end): refused
        for late in [due.instant(), due.instant() + Duration::seconds(1)] {
            assert_eq!(
                check_lodging(due, false, "grounds", late),
                Err((
                    "objection",
                    Rule::ObjectionPeriodOver {
                        due: "2023-11-21T00:00:00+01:00".into()
                    }
                ))
            );
        }
        assert_eq!(
            check_lodging(due, true, "grounds", last_second),
            Err(("objection", Rule::ObjectionLodged))
        );
        assert_eq!(
            check_lodging(due, false, " \u{200B} ", last_second),
            Err(("grounds", Rule::Blank))
        );
        assert_eq!(check_ruling(""), Err(("motivation", Rule::Blank)));
        assert_eq!(Ruling::parse("upheld"), Ok(Ruling::Upheld));
    }

    #[test]
    fn documents_are_attached_before_the_end_of_the_period_and_before_the_ruling() {
        let letter = Brussels
            .with_ymd_and_hms(2023, 10, 20, 16, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let due = objection_due(letter, DEFAULT_OBJECTION_DAYS, Brussels).expect("due");
        let last_second = due.instant() - Duration::seconds(1);
        assert_eq!(check_attaching(due, None, 0, None, last_second), Ok(None));
        assert_eq!(
            check_attaching(due, None, 3, Some("  Bijlage 3  "), last_second),
            Ok(Some("Bijlage 3".to_owned()))
        );
        assert_eq!(
            check_attaching(due, None, 0, Some("   "), last_second),
            Ok(None)
        );
        assert_eq!(
            check_attaching(due, None, 0, Some(&"x".repeat(301)), last_second),
            Err(("description", Rule::Length { min: 1, max: 300 }))
        );
        assert_eq!(
            check_attaching(due, None, 0, None, due.instant()),
            Err((
                "objection",
                Rule::ObjectionPeriodOver {
                    due: "2023-11-21T00:00:00+01:00".into()
                }
            ))
        );
        assert_eq!(
            check_attaching(due, Some(Ruling::Rejected), 0, None, last_second),
            Err((
                "objection",
                Rule::ObjectionRuled {
                    ruling: "rejected".into()
                }
            ))
        );
        assert_eq!(
            check_attaching(due, None, MAX_ATTACHMENTS - 1, None, last_second),
            Ok(None)
        );
        assert_eq!(
            check_attaching(due, None, MAX_ATTACHMENTS, None, last_second),
            Err(("file", Rule::TooMany { max: 20, count: 21 }))
        );
    }

    #[test]
    fn an_upheld_objection_is_offered_what_fits_and_otherwise_joins_the_reserve() {
        let m = |s: &str| crate::Money::parse(s).expect("amount");
        assert_eq!(
            upheld_outcome(m("50000.00"), m("50000.00")),
            Outcome::Offered
        );
        assert_eq!(
            upheld_outcome(m("49999.99"), m("50000.00")),
            Outcome::Reserve
        );
        assert_eq!(
            upheld_outcome(crate::Money::ZERO, m("0.01")),
            Outcome::Reserve
        );
    }
}

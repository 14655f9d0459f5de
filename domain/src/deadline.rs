//! A deadline: an instant, shown in the call's time zone.

use std::fmt;

use chrono::{DateTime, LocalResult, NaiveDateTime, SecondsFormat, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::date::{has_plausible_year, YEAR_MESSAGE};
use crate::rule::Rule;

/// An instant with the time zone it is shown in (the call's, `Europe/Brussels` by default).
/// Stored in UTC; summer and winter time come from the zone database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    instant: DateTime<Utc>,
    zone: Tz,
}

/// Why a text, a local time or a zone name is not a deadline.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error(
        "{local} does not exist in {zone} (the clocks move forward then); choose another time"
    )]
    Nonexistent { local: NaiveDateTime, zone: Tz },
    #[error("{local} happens twice in {zone} (the clocks move back then); give an explicit offset, e.g. {earliest} or {latest}")]
    Ambiguous {
        local: NaiveDateTime,
        zone: Tz,
        earliest: String,
        latest: String,
    },
    #[error("the deadline is not a date and time like \"2023-08-31T10:00:00+02:00\" or \"2023-08-31T10:00\"")]
    Format { value: String },
    #[error("a deadline is a whole second: leave out the fraction of a second")]
    Fraction,
    #[error("a minute has seconds 00 to 59: a second of 60 (a leap second) is not a deadline")]
    LeapSecond,
    #[error("{}", YEAR_MESSAGE)]
    Year,
    #[error("unknown time zone {value:?}; use an IANA name such as \"Europe/Brussels\"")]
    UnknownZone { value: String },
}

impl DeadlineError {
    /// The rule the text broke.
    pub fn rule(&self) -> Rule {
        match self {
            DeadlineError::Nonexistent { local, zone } => Rule::NonexistentTime {
                local: local.to_string(),
                zone: zone.name().to_owned(),
            },
            DeadlineError::Ambiguous {
                local,
                earliest,
                latest,
                ..
            } => Rule::AmbiguousTime {
                local: local.to_string(),
                earliest: earliest.clone(),
                latest: latest.clone(),
            },
            DeadlineError::Format { .. } => Rule::DateTime,
            DeadlineError::Fraction => Rule::WholeSecond,
            DeadlineError::LeapSecond => Rule::LeapSecond,
            DeadlineError::Year => Rule::Year,
            DeadlineError::UnknownZone { .. } => Rule::TimeZone,
        }
    }
}

/// Parses an IANA time zone name such as "Europe/Brussels".
pub fn parse_zone(s: &str) -> Result<Tz, DeadlineError> {
    s.trim()
        .parse::<Tz>()
        .map_err(|_| DeadlineError::UnknownZone {
            value: s.to_owned(),
        })
}

impl Deadline {
    /// The deadline at a wall-clock time in `zone`; a time that does not exist (spring forward)
    /// or happens twice (fall back) is refused, and so is one that is not a whole second
    /// (a fraction, or a leap second) or whose year has not four digits.
    pub fn from_local(local: NaiveDateTime, zone: Tz) -> Result<Deadline, DeadlineError> {
        check_wall_clock(local)?;
        match zone.from_local_datetime(&local) {
            LocalResult::Single(at) => Ok(Self::from_instant(at.with_timezone(&Utc), zone)),
            LocalResult::Ambiguous(earliest, latest) => Err(DeadlineError::Ambiguous {
                local,
                zone,
                earliest: earliest.to_rfc3339_opts(SecondsFormat::Secs, false),
                latest: latest.to_rfc3339_opts(SecondsFormat::Secs, false),
            }),
            LocalResult::None => Err(DeadlineError::Nonexistent { local, zone }),
        }
    }

    pub fn from_instant(instant: DateTime<Utc>, zone: Tz) -> Deadline {
        Deadline { instant, zone }
    }

    /// Parses RFC 3339 with an offset ("2023-08-31T10:00:00+02:00", "2023-08-31T08:00:00Z") or a
    /// local time without one ("2023-08-31T10:00", "2023-08-31T10:00:00"), read in `zone`.
    /// A deadline is a whole second, shown as it is enforced: a fraction of a second (other
    /// than zero) and a second of 60 are refused, as is a year that has not four digits.
    pub fn parse(s: &str, zone: Tz) -> Result<Deadline, DeadlineError> {
        let text = s.trim();
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            check_wall_clock(at.naive_local())?;
            return Ok(Self::from_instant(at.with_timezone(&Utc), zone));
        }
        let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
            .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
            .map_err(|_| DeadlineError::Format {
                value: s.to_owned(),
            })?;
        Self::from_local(local, zone)
    }

    pub fn instant(&self) -> DateTime<Utc> {
        self.instant
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// The deadline on the wall clock of its zone.
    pub fn local(&self) -> DateTime<Tz> {
        self.instant.with_timezone(&self.zone)
    }

    /// The local time with its offset, to the second: "2023-08-31T10:00:00+02:00".
    pub fn to_rfc3339(&self) -> String {
        self.local().to_rfc3339_opts(SecondsFormat::Secs, false)
    }

    /// True from the deadline on: at the deadline itself it is already too late.
    pub fn has_passed(&self, now: DateTime<Utc>) -> bool {
        now >= self.instant
    }

    /// True strictly before the deadline.
    pub fn is_open_at(&self, now: DateTime<Utc>) -> bool {
        !self.has_passed(now)
    }
}

/// A deadline's wall-clock time is a whole second of a four-digit year.
fn check_wall_clock(local: NaiveDateTime) -> Result<(), DeadlineError> {
    if !has_plausible_year(&local) {
        return Err(DeadlineError::Year);
    }
    // chrono keeps a leap second (":60") as a nanosecond count of a second or more
    match local.nanosecond() {
        0 => Ok(()),
        n if n >= 1_000_000_000 => Err(DeadlineError::LeapSecond),
        _ => Err(DeadlineError::Fraction),
    }
}

impl fmt::Display for Deadline {
    /// "2023-08-31T10:00:00+02:00 (Europe/Brussels)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.to_rfc3339(), self.zone.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};
    use chrono_tz::Europe::Brussels;

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|date| date.and_hms_opt(h, min, 0))
            .expect("valid local time")
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("valid instant")
            .with_timezone(&Utc)
    }

    #[test]
    fn the_reference_deadline_is_eight_o_clock_utc_in_summer() {
        let deadline = Deadline::from_local(local(2023, 8, 31, 10, 0), Brussels).expect("valid");
        assert_eq!(deadline.instant(), utc("2023-08-31T08:00:00Z"));
        assert_eq!(deadline.to_rfc3339(), "2023-08-31T10:00:00+02:00");
        assert_eq!(
            deadline.to_string(),
            "2023-08-31T10:00:00+02:00 (Europe/Brussels)"
        );
    }

    #[test]
    fn a_winter_deadline_is_nine_o_clock_utc() {
        let deadline = Deadline::from_local(local(2023, 1, 31, 10, 0), Brussels).expect("valid");
        assert_eq!(deadline.instant(), utc("2023-01-31T09:00:00Z"));
        assert_eq!(deadline.to_rfc3339(), "2023-01-31T10:00:00+01:00");
    }

    #[test]
    fn one_millisecond_before_is_open_and_at_the_deadline_is_too_late() {
        let deadline = Deadline::from_local(local(2023, 8, 31, 10, 0), Brussels).expect("valid");
        let at = deadline.instant();
        assert!(deadline.is_open_at(at - Duration::milliseconds(1)));
        assert!(deadline.has_passed(at));
        assert!(!deadline.is_open_at(at));
        assert!(deadline.has_passed(at + Duration::milliseconds(1)));
    }

    #[test]
    fn a_time_skipped_by_summer_time_is_refused() {
        let error = Deadline::from_local(local(2024, 3, 31, 2, 30), Brussels).expect_err("gap");
        assert!(matches!(error, DeadlineError::Nonexistent { .. }));
        assert!(error.to_string().contains("does not exist"));
    }

    #[test]
    fn a_time_repeated_by_winter_time_asks_for_an_offset() {
        let error =
            Deadline::from_local(local(2023, 10, 29, 2, 30), Brussels).expect_err("ambiguous");
        assert!(matches!(error, DeadlineError::Ambiguous { .. }));
        let message = error.to_string();
        assert!(message.contains("explicit offset"), "{message}");
        assert!(message.contains("2023-10-29T02:30:00+02:00"), "{message}");
        assert!(message.contains("2023-10-29T02:30:00+01:00"), "{message}");
        let explicit = Deadline::parse("2023-10-29T02:30:00+01:00", Brussels).expect("explicit");
        assert_eq!(explicit.instant(), utc("2023-10-29T01:30:00Z"));
    }

    #[test]
    fn every_accepted_spelling_gives_the_same_instant() {
        for text in [
            "2023-08-31T10:00:00+02:00",
            "2023-08-31T08:00:00Z",
            "2023-08-31T10:00",
            "2023-08-31T10:00:00",
            " 2023-08-31T10:00:00.000 ",
        ] {
            let deadline = Deadline::parse(text, Brussels).expect(text);
            assert_eq!(deadline.instant(), utc("2023-08-31T08:00:00Z"), "{text}");
            assert_eq!(deadline.zone(), Brussels);
        }
        for text in ["", "31/08/2023 10:00", "2023-08-31", "2023-02-30T10:00"] {
            assert!(
                matches!(
                    Deadline::parse(text, Brussels),
                    Err(DeadlineError::Format { .. })
                ),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_deadline_is_a_whole_second_of_a_four_digit_year() {
        for (text, expected) in [
            (
                "2030-08-31T10:00:00.123456789+02:00",
                DeadlineError::Fraction,
            ),
            ("2030-08-31T10:00:00.5Z", DeadlineError::Fraction),
            ("2030-08-31T10:00:00.000001", DeadlineError::Fraction),
            ("2030-08-31T10:00:60+02:00", DeadlineError::LeapSecond),
            ("2030-08-31T10:00:60", DeadlineError::LeapSecond),
            ("2030-06-30T23:59:60Z", DeadlineError::LeapSecond),
            ("0999-08-31T10:00:00+02:00", DeadlineError::Year),
            ("0001-08-31T10:00", DeadlineError::Year),
            ("+12030-08-31T10:00", DeadlineError::Year),
        ] {
            assert_eq!(Deadline::parse(text, Brussels), Err(expected), "{text}");
        }
        let mut local = local(2030, 8, 31, 10, 0);
        local += Duration::microseconds(1);
        assert_eq!(
            Deadline::from_local(local, Brussels),
            Err(DeadlineError::Fraction)
        );
        // a zero fraction is a whole second
        let whole = Deadline::parse("2030-08-31T10:00:00.000+02:00", Brussels).expect("whole");
        assert_eq!(whole.to_rfc3339(), "2030-08-31T10:00:00+02:00");
        for error in [
            DeadlineError::Fraction,
            DeadlineError::LeapSecond,
            DeadlineError::Year,
        ] {
            assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn zones_are_iana_names() {
        assert_eq!(parse_zone("Europe/Brussels"), Ok(Brussels));
        assert!(matches!(
            parse_zone("Mars/Olympus"),
            Err(DeadlineError::UnknownZone { .. })
        ));
        assert!(parse_zone("").is_err());
    }

    #[test]
    fn json_keeps_instant_and_zone() {
        let deadline = Deadline::parse("2023-08-31T10:00", Brussels).expect("valid");
        let json = serde_json::to_string(&deadline).expect("serialize");
        assert_eq!(
            json,
            r#"{"instant":"2023-08-31T08:00:00Z","zone":"Europe/Brussels"}"#
        );
        let back: Deadline = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, deadline);
    }
}

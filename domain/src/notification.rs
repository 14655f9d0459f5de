//! Notifications (issue #13): the languages a person is written to in, how amounts and instants
//! are written in each, and when a failed delivery is tried again.
//!
//! A notification is one message to one person: their inbox entry and, when mail is set up, one
//! e-mail. Delivery is at least once: a worker that fails (or dies) before it recorded the
//! message as sent leaves it to be sent again, under the same id, so the receiver can tell a
//! repeat from a new message. A failed attempt is retried after an exponential back-off with
//! full jitter (AWS's "Exponential Backoff And Jitter"); after the policy's number of attempts
//! the message is parked until staff retry it.

use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::parse_enum::string_enum;
use crate::Money;

string_enum! {
    /// The languages grantdesk writes in. Dutch is the Flemish authority's own and the default.
    #[derive(Default)]
    pub enum Language("language") {
        #[default]
        Dutch => "nl",
        French => "fr",
        English => "en",
    }
}

string_enum! {
    /// Where a notification's delivery stands.
    pub enum DeliveryStatus("delivery status") {
        /// Waiting for its (next) attempt.
        Pending => "pending",
        Sent => "sent",
        /// Parked after the last attempt failed: staff retry it.
        Failed => "failed",
    }
}

/// Writes `amount` as `language` writes amounts of euro, from the exact decimal:
/// `€ 750.000,00` (Dutch), `750 000,00 €` (French, with a narrow no-break space between
/// thousands and a no-break space before the sign), `€750,000.00` (English).
pub fn format_money(amount: Money, language: Language) -> String {
    // an amount is never negative (see [`Money`])
    let cents = amount.cents().unsigned_abs();
    let (units, fraction) = (cents / 100, cents % 100);
    let (group, decimal) = match language {
        Language::Dutch => (".", ","),
        Language::French => ("\u{202F}", ","),
        Language::English => (",", "."),
    };
    let digits = units.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(d);
    }
    match language {
        Language::Dutch => format!("€ {grouped}{decimal}{fraction:02}"),
        Language::French => format!("{grouped}{decimal}{fraction:02}\u{A0}€"),
        Language::English => format!("€{grouped}{decimal}{fraction:02}"),
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Writes `instant` as a date and time in `zone` (the call's, Brussels for the reference call)
/// the way `language` writes them, with the zone's abbreviation so that the reader knows which
/// clock: `31 augustus 2023 om 10:00:00 CEST`, `31 août 2023 à 10:00:00 CEST`,
/// `31 August 2023 at 10:00:00 CEST`.
pub fn format_instant(instant: DateTime<Utc>, zone: Tz, language: Language) -> String {
    use chrono::{Datelike, Timelike};
    let local = instant.with_timezone(&zone);
    let month = local.month0() as usize;
    let (months, at) = match language {
        Language::Dutch => (&MONTHS_NL, "om"),
        Language::French => (&MONTHS_FR, "à"),
        Language::English => (&MONTHS_EN, "at"),
    };
    format!(
        "{} {} {} {at} {:02}:{:02}:{:02} {}",
        local.day(),
        months[month],
        local.year(),
        local.hour(),
        local.minute(),
        local.second(),
        local.format("%Z"),
    )
}

/// How often, and how far apart, a delivery is tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; the last failure parks the message.
    pub max_attempts: u32,
    /// The back-off before the second attempt; each later one doubles it ...
    pub base: Duration,
    /// ... up to this.
    pub cap: Duration,
}

impl Default for RetryPolicy {
    /// Eight attempts over about two hours: 30 s, 1, 2, 4, 8, 16, 32 minutes (before jitter).
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base: Duration::from_secs(30),
            cap: Duration::from_secs(3600),
        }
    }
}

/// What follows a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    /// Try again at this instant.
    RetryAt(DateTime<Utc>),
    /// That was the last attempt: park the message for staff.
    Park,
}

impl RetryPolicy {
    /// What follows the failure of attempt number `attempt` (1 for the first) at `now`.
    /// `jitter` in `[0, 1)` (a random draw, passed in: the domain draws nothing) picks the
    /// delay uniformly between zero and the exponential back-off ("full jitter"), so that
    /// messages that failed together do not all come back together.
    pub fn after_failure(&self, attempt: u32, now: DateTime<Utc>, jitter: f64) -> AfterFailure {
        if attempt >= self.max_attempts {
            return AfterFailure::Park;
        }
        let backoff = self
            .base
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
            .min(self.cap);
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let delay = backoff.mul_f64(jitter);
        let delay = chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::zero());
        AfterFailure::RetryAt(now + delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn money(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    #[test]
    fn amounts_are_written_as_each_language_writes_them() {
        let budget = money("750000.00");
        assert_eq!(format_money(budget, Language::Dutch), "€ 750.000,00");
        assert_eq!(
            format_money(budget, Language::French),
            "750\u{202F}000,00\u{A0}€"
        );
        assert_eq!(format_money(budget, Language::English), "€750,000.00");
        assert_eq!(format_money(money("0.05"), Language::Dutch), "€ 0,05");
        assert_eq!(
            format_money(money("1234567.89"), Language::English),
            "€1,234,567.89"
        );
        assert_eq!(format_money(money("999.10"), Language::Dutch), "€ 999,10");
        // the largest amount there is, to the cent
        assert_eq!(
            format_money(money("999999999999.99"), Language::English),
            "€999,999,999,999.99"
        );
    }

    #[test]
    fn instants_are_written_in_the_zone_and_language_of_the_reader() {
        let deadline = Utc.with_ymd_and_hms(2023, 8, 31, 8, 0, 0).unwrap();
        let brussels = chrono_tz::Europe::Brussels;
        assert_eq!(
            format_instant(deadline, brussels, Language::Dutch),
            "31 augustus 2023 om 10:00:00 CEST"
        );
        assert_eq!(
            format_instant(deadline, brussels, Language::French),
            "31 août 2023 à 10:00:00 CEST"
        );
        assert_eq!(
            format_instant(deadline, brussels, Language::English),
            "31 August 2023 at 10:00:00 CEST"
        );
        let winter = Utc.with_ymd_and_hms(2023, 11, 1, 11, 5, 9).unwrap();
        assert_eq!(
            format_instant(winter, brussels, Language::English),
            "1 November 2023 at 12:05:09 CET"
        );
    }

    #[test]
    fn a_failed_delivery_backs_off_exponentially_with_jitter_and_parks_after_the_last_attempt() {
        let policy = RetryPolicy {
            max_attempts: 4,
            base: Duration::from_secs(10),
            cap: Duration::from_secs(25),
        };
        let now = Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap();
        let at = |attempt, jitter| match policy.after_failure(attempt, now, jitter) {
            AfterFailure::RetryAt(t) => (t - now).num_milliseconds(),
            AfterFailure::Park => -1,
        };
        // the full back-off at the top of the jitter range: 10 s, 20 s, then capped at 25 s
        assert_eq!(at(1, 0.999_999), 9_999);
        assert_eq!(at(2, 0.999_999), 19_999);
        assert_eq!(at(3, 0.999_999), 24_999);
        // half-way, and the bottom of the range
        assert_eq!(at(2, 0.5), 10_000);
        assert_eq!(at(1, 0.0), 0);
        // a draw out of range is held to it
        assert_eq!(at(1, 7.0), 10_000);
        assert_eq!(at(1, f64::NAN), 0);
        // the fourth attempt was the last
        assert_eq!(policy.after_failure(4, now, 0.5), AfterFailure::Park);
        assert_eq!(policy.after_failure(9, now, 0.5), AfterFailure::Park);
        // a huge attempt number does not overflow
        let long = RetryPolicy {
            max_attempts: u32::MAX,
            ..policy
        };
        assert!(matches!(
            long.after_failure(200, now, 0.5),
            AfterFailure::RetryAt(_)
        ));
    }

    #[test]
    fn languages_are_spelled_as_their_iso_codes() {
        assert_eq!(Language::parse("fr"), Ok(Language::French));
        assert!(Language::parse("de").is_err());
        assert_eq!(Language::default(), Language::Dutch);
        assert_eq!(
            Language::ALL.map(Language::as_str),
            ["nl", "fr", "en"],
            "the order the migration's CHECK lists"
        );
    }
}

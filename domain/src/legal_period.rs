//! Periods of days counted the way Belgian law counts them (Judicial Code, articles 52 and 53):
//! a period of 30 days after a letter starts the day after the letter, its last day is the
//! 30th, and when that day is a Saturday, a Sunday or a legal holiday the period runs on to the
//! next working day. It ends at the end of its last day, in the funder's zone: a request at or
//! after that instant is too late, whatever ran or did not run before.
//!
//! Used for the acceptance of a grant and for lodging an objection (issue #14).

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

use crate::Deadline;

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm,
/// "Meeus/Jones/Butcher").
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a date")
}

/// Whether `date` is one of Belgium's ten legal holidays (Law of 4 January 1974): New Year,
/// Easter Monday, Labour Day, Ascension, Whit Monday, the National Day (21 July), the
/// Assumption (15 August), All Saints (1 November), Armistice (11 November) and Christmas.
pub fn is_legal_holiday(date: NaiveDate) -> bool {
    let fixed = matches!(
        (date.month(), date.day()),
        (1, 1) | (5, 1) | (7, 21) | (8, 15) | (11, 1) | (11, 11) | (12, 25)
    );
    if fixed {
        return true;
    }
    let easter = easter(date.year());
    [1_u64, 39, 50]
        .into_iter()
        .filter_map(|days| easter.checked_add_days(Days::new(days)))
        .any(|movable| movable == date)
}

/// Whether `date` is a Saturday, a Sunday or a legal holiday: no period ends on it.
pub fn is_closed(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun) || is_legal_holiday(date)
}

/// The end of a period of `days` days after `from` (a letter's instant), in `zone`: the
/// instant the day after its last day begins (see the module's text). `None` only for dates
/// beyond the calendar.
pub fn period_end(from: DateTime<Utc>, days: u32, zone: Tz) -> Option<Deadline> {
    let notified = from.with_timezone(&zone).date_naive();
    let mut last = notified.checked_add_days(Days::new(days.into()))?;
    while is_closed(last) {
        last = last.succ_opt()?;
    }
    let next_day = last.succ_opt()?.and_hms_opt(0, 0, 0)?;
    // midnight exists in every zone we use; where a zone skips it, the first instant after
    Deadline::from_local(next_day, zone)
        .or_else(|_| Deadline::from_local(next_day + chrono::Duration::hours(1), zone))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::Brussels;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn easter_falls_where_the_calendars_say() {
        assert_eq!(easter(2023), date(2023, 4, 9));
        assert_eq!(easter(2024), date(2024, 3, 31));
        assert_eq!(easter(2025), date(2025, 4, 20));
        assert_eq!(easter(2026), date(2026, 4, 5));
        assert_eq!(easter(2038), date(2038, 4, 25));
    }

    #[test]
    fn belgium_has_ten_legal_holidays_a_year() {
        for year in [2023, 2024, 2026] {
            let holidays = (1..=366)
                .filter_map(|n| NaiveDate::from_yo_opt(year, n))
                .filter(|d| is_legal_holiday(*d))
                .count();
            assert_eq!(holidays, 10, "{year}");
        }
        // Easter Monday, Ascension and Whit Monday of 2024
        assert!(is_legal_holiday(date(2024, 4, 1)));
        assert!(is_legal_holiday(date(2024, 5, 9)));
        assert!(is_legal_holiday(date(2024, 5, 20)));
        assert!(!is_legal_holiday(date(2024, 3, 31)), "Easter is a Sunday");
    }

    #[test]
    fn a_period_starts_the_day_after_and_ends_with_its_last_working_day() {
        // a letter on Friday 20 October 2023, 16:00 in Brussels: day 30 is Sunday 19 November,
        // so the period runs to Monday 20 November, and ends at midnight into the 21st
        let letter = Brussels.with_ymd_and_hms(2023, 10, 20, 16, 0, 0).unwrap();
        let end = period_end(letter.with_timezone(&Utc), 30, Brussels).expect("end");
        assert_eq!(end.to_rfc3339(), "2023-11-21T00:00:00+01:00");
        // the letter's time of day does not matter, nor a move of the clocks in between
        let early = Brussels.with_ymd_and_hms(2023, 10, 20, 0, 0, 1).unwrap();
        assert_eq!(
            period_end(early.with_timezone(&Utc), 30, Brussels),
            Some(end)
        );
        // 23:30 UTC on 20 October is already the 21st in Brussels: day 30 is Monday 20
        // November, a working day, so the same end
        let late = Utc.with_ymd_and_hms(2023, 10, 20, 23, 30, 0).unwrap();
        let later = period_end(late, 30, Brussels).expect("end");
        assert_eq!(later.to_rfc3339(), "2023-11-21T00:00:00+01:00");
        // and 23:30 UTC on Thursday 19 October counts from Friday 20th: the same end too,
        // where 21:30 UTC (23:30 in Brussels) counts from the 19th: Saturday 18 November runs
        // to Monday 20th as well
        let thursday = Utc.with_ymd_and_hms(2023, 10, 19, 21, 30, 0).unwrap();
        assert_eq!(period_end(thursday, 30, Brussels), Some(later));
        // a letter on Wednesday 18 October: day 30 is Friday 17 November
        let wednesday = Brussels.with_ymd_and_hms(2023, 10, 18, 12, 0, 0).unwrap();
        let end = period_end(wednesday.with_timezone(&Utc), 30, Brussels).expect("end");
        assert_eq!(end.to_rfc3339(), "2023-11-18T00:00:00+01:00");
        // a last day on a holiday (Armistice, Saturday 11 November 2023) runs to Monday 13th
        let letter = Brussels.with_ymd_and_hms(2023, 10, 12, 9, 0, 0).unwrap();
        let end = period_end(letter.with_timezone(&Utc), 30, Brussels).expect("end");
        assert_eq!(end.to_rfc3339(), "2023-11-14T00:00:00+01:00");
        // one second before the end is in time, the end itself is not
        assert!(end.is_open_at(end.instant() - chrono::Duration::seconds(1)));
        assert!(end.has_passed(end.instant()));
    }
}

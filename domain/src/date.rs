//! What a date a person gives must be: a year of four digits.

use std::ops::RangeInclusive;

use chrono::Datelike;

/// The years a date a person gives may have. A year of one to three digits ("0203" for
/// 2023) is a typing error, and a year past 9999 cannot be written in RFC 3339.
pub const YEARS: RangeInclusive<i32> = 1000..=9999;

/// The message every refusal of such a year gives.
pub const YEAR_MESSAGE: &str = "the year must have four digits (1000 to 9999)";

/// True when the date's year has four digits.
pub fn has_plausible_year(date: &impl Datelike) -> bool {
    YEARS.contains(&date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn only_four_digit_years_are_plausible() {
        let date = |y| NaiveDate::from_ymd_opt(y, 1, 1).expect("date");
        for year in [1000, 2023, 9999] {
            assert!(has_plausible_year(&date(year)), "{year}");
        }
        for year in [-1, 0, 1, 999, 10_000, 262_000] {
            assert!(!has_plausible_year(&date(year)), "{year}");
        }
    }
}

//! Time is passed in: the domain never reads the system clock.

use std::sync::RwLock;

use chrono::{DateTime, Duration, Utc};

/// Where "now" comes from. The server uses the system clock (outside this crate); tests use
/// [`FixedClock`].
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// A clock that says what it is told, for tests that cross a deadline.
#[derive(Debug)]
pub struct FixedClock {
    now: RwLock<DateTime<Utc>>,
}

impl FixedClock {
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            now: RwLock::new(now),
        }
    }

    /// Sets the clock to `now`.
    pub fn set(&self, now: DateTime<Utc>) {
        let mut guard = self
            .now
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *guard = now;
    }

    /// Moves the clock by `by` (which may be negative).
    pub fn advance(&self, by: Duration) {
        let mut guard = self
            .now
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *guard = guard.checked_add_signed(by).unwrap_or(*guard);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self
            .now
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The calendar date in Brussels at `instant`: the day that grant periods, payments and award
/// dates are counted in.
pub fn date_in_brussels(instant: DateTime<Utc>) -> chrono::NaiveDate {
    instant
        .with_timezone(&chrono_tz::Europe::Brussels)
        .date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let start = Utc
            .with_ymd_and_hms(2023, 7, 3, 9, 0, 0)
            .single()
            .expect("valid");
        let clock = FixedClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance(Duration::milliseconds(1));
        assert_eq!(clock.now(), start + Duration::milliseconds(1));
        clock.set(start);
        assert_eq!(clock.now(), start);
        let shared: std::sync::Arc<dyn Clock> = std::sync::Arc::new(clock);
        assert_eq!(shared.now(), start);
    }
}

//! How busy this server is answering requests: the requests in flight, counted by the
//! observability middleware. Background work (the delivery worker) yields to them: it waits
//! while [`YieldSettings::above`] or more requests are in flight, so that a deadline surge gets
//! the machine, and catches up when the surge is over (or after [`YieldSettings::max_defer`]
//! at the latest, one batch at a time).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Requests in flight in this process.
#[derive(Debug, Default)]
pub struct Load {
    in_flight: AtomicUsize,
}

/// One request in flight: counted until dropped (also when the request is cancelled).
#[derive(Debug)]
pub struct InFlight(Arc<Load>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Load {
    /// Counts a request until the guard is dropped.
    pub fn enter(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self.clone())
    }

    /// Requests in flight now.
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::Relaxed)
    }
}

/// When background work yields to requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YieldSettings {
    /// Wait while at least this many requests are in flight (0: never wait).
    pub above: usize,
    /// Wait at most this long: then one round runs whatever the load.
    pub max_defer: Duration,
    /// How often the load is looked at while waiting.
    pub poll: Duration,
}

impl Default for YieldSettings {
    /// Yield while 4 or more requests are in flight, for 30 s at most.
    fn default() -> Self {
        YieldSettings {
            above: 4,
            max_defer: Duration::from_secs(30),
            poll: Duration::from_millis(20),
        }
    }
}

impl YieldSettings {
    /// Never yield.
    pub const NEVER: YieldSettings = YieldSettings {
        above: 0,
        max_defer: Duration::ZERO,
        poll: Duration::from_millis(20),
    };

    /// Whether `load` is busy enough to wait.
    pub fn busy(&self, load: &Load) -> bool {
        self.above > 0 && load.in_flight() >= self.above
    }

    /// Waits while `load` is busy, for [`Self::max_defer`] at most; how long it waited.
    pub async fn wait_for_quiet(&self, load: &Load) -> Duration {
        let started = tokio::time::Instant::now();
        while self.busy(load) && started.elapsed() < self.max_defer {
            tokio::time::sleep(self.poll).await;
        }
        started.elapsed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_counted_while_in_flight_and_make_the_load_busy_from_the_threshold() {
        let load = Arc::new(Load::default());
        let settings = YieldSettings {
            above: 2,
            ..YieldSettings::default()
        };
        assert!(!settings.busy(&load));
        let first = load.enter();
        assert_eq!(load.in_flight(), 1);
        assert!(!settings.busy(&load));
        let second = load.enter();
        assert!(settings.busy(&load));
        assert!(!YieldSettings::NEVER.busy(&load), "0 never yields");
        drop(first);
        assert!(!settings.busy(&load));
        drop(second);
        assert_eq!(load.in_flight(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn waiting_ends_when_the_load_drops_or_after_the_longest_deferral() {
        let load = Arc::new(Load::default());
        let settings = YieldSettings {
            above: 1,
            max_defer: Duration::from_secs(5),
            poll: Duration::from_millis(20),
        };
        assert_eq!(settings.wait_for_quiet(&load).await, Duration::ZERO);
        let busy = load.enter();
        let waited = settings.wait_for_quiet(&load).await;
        assert!(
            waited >= Duration::from_secs(5) && waited < Duration::from_secs(6),
            "{waited:?}"
        );
        let released = {
            let load = load.clone();
            tokio::spawn(async move { settings.wait_for_quiet(&load).await })
        };
        tokio::time::sleep(Duration::from_secs(1)).await;
        drop(busy);
        let waited = released.await.unwrap();
        assert!(
            waited >= Duration::from_secs(1) && waited < Duration::from_secs(2),
            "{waited:?}"
        );
    }
}

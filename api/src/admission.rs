//! Requests get the database's connections first come, first served.
//!
//! The connection pool (r2d2) lets a thread that just arrived take a connection that was
//! given back before a thread that has been waiting for one wakes up: under a surge some
//! requests wait many turns while others barge in, and the slowest hundredth of requests
//! waits far longer than the average one (measured in `bench/RESULTS.md`). Admission is a fair
//! queue in front of it: a request's database work starts only with a permit, the permits are
//! as many as the pool's connections, and they are handed out in the order they were asked
//! for (`tokio::sync::Semaphore` is FIFO). A request that waits longer than the pool would let
//! it wait for a connection gets the same answer as a pool that gave none in time: 503.

use std::time::Duration;

use tokio::sync::{Semaphore, SemaphorePermit};

use crate::error::ApiError;

/// The fair queue for the database's connections.
#[derive(Debug)]
pub struct Admission {
    permits: Semaphore,
    wait: Duration,
}

impl Admission {
    /// `permits` requests at a time (at least one), each waiting at most `wait` for its turn
    /// (the server gives it the pool's own size and connection timeout).
    pub fn new(permits: usize, wait: Duration) -> Admission {
        Admission {
            permits: Semaphore::new(permits.max(1)),
            wait,
        }
    }

    /// Waits for the request's turn, in the order the requests asked; 503 after the wait. The
    /// request's database work may run until the permit is dropped.
    pub async fn turn(&self) -> Result<SemaphorePermit<'_>, ApiError> {
        match tokio::time::timeout(self.wait, self.permits.acquire()).await {
            Ok(Ok(permit)) => Ok(permit),
            // the semaphore is never closed
            Ok(Err(_)) => Err(ApiError::Unavailable("the database is unavailable".into())),
            Err(_) => Err(ApiError::Unavailable(format!(
                "the database is busy: no connection within {} s",
                self.wait.as_secs()
            ))),
        }
    }

    /// Requests that could start now.
    pub fn free(&self) -> usize {
        self.permits.available_permits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[tokio::test(start_paused = true)]
    async fn turns_are_given_in_the_order_they_were_asked_for() {
        let admission = Arc::new(Admission::new(1, Duration::from_secs(60)));
        let order = Arc::new(Mutex::new(Vec::new()));
        let first = admission.turn().await.expect("the first turn at once");
        let mut waiting = Vec::new();
        for i in 0..5 {
            let (admission, order) = (admission.clone(), order.clone());
            waiting.push(tokio::spawn(async move {
                let _turn = admission.turn().await.expect("a turn");
                order.lock().unwrap().push(i);
                // hold the turn across a suspension: a later one that barged in would run now
                tokio::time::sleep(Duration::from_millis(1)).await;
            }));
            // each asks after the one before it
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        drop(first);
        for w in waiting {
            w.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3, 4]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_that_waits_longer_than_the_pool_would_is_told_the_database_is_busy() {
        let admission = Admission::new(1, Duration::from_secs(5));
        let _held = admission.turn().await.expect("the only turn");
        assert_eq!(admission.free(), 0);
        let err = admission.turn().await.expect_err("no turn within the wait");
        assert!(
            matches!(&err, ApiError::Unavailable(m) if m.contains("busy") && m.contains("5 s")),
            "{err:?}"
        );
    }
}

use std::sync::Arc;

use chrono::{DateTime, SubsecRound, Utc};
use grantdesk_domain::Clock;
use grantdesk_persistence::blobs::BlobStore;
use grantdesk_persistence::Db;

use crate::auth::JwtKeys;

/// The real clock, for the server (the domain never reads time itself).
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    /// Microsecond precision: what both databases store, so an instant reads back as written.
    fn now(&self) -> DateTime<Utc> {
        Utc::now().trunc_subsecs(6)
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub jwt: JwtKeys,
    /// Where attachment files are kept (content-addressed).
    pub blobs: BlobStore,
    /// The largest attachment accepted, in bytes.
    pub max_upload_bytes: usize,
}

/// The default attachment size limit: 20 MiB.
pub const DEFAULT_MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;

impl AppState {
    /// Runs blocking database work off the async executor. The closure gets the clock, so a
    /// write reads `now` inside its transaction, after it holds the locks it needs.
    pub async fn run<T, F>(&self, f: F) -> Result<T, crate::ApiError>
    where
        F: FnOnce(&Db, &dyn Clock) -> Result<T, crate::ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let db = self.db.clone();
        let clock = self.clock.clone();
        // the request's span (with its request_id) goes along to the blocking thread, so that
        // what the work logs there is tagged with the request too
        let span = tracing::Span::current();
        actix_web::web::block(move || {
            let _entered = span.enter();
            f(&db, clock.as_ref())
        })
        .await?
    }
}

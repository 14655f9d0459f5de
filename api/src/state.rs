use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use grantdesk_domain::Clock;
use grantdesk_persistence::blobs::BlobStore;
use grantdesk_persistence::{Db, DbConn};

use crate::auth::{standing, JwtKeys, OidcVerifier};

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
    /// How much of a request's body is read, and for how long.
    pub bodies: BodyLimits,
    /// Who publishes the 360Giving export and how its identifiers are made.
    pub exports: ExportSettings,
    /// The external identity provider whose access tokens are accepted too (`None`: local
    /// accounts only, the default).
    pub oidc: Option<Arc<OidcVerifier>>,
    /// The abuse limits (token requests, sign-ups, password resets, questions, uploads).
    pub limits: Arc<crate::limits::RateLimits>,
    /// The tokens that passed their account check while nothing changed (see
    /// [`standing::AccountCache`]).
    pub accounts: Arc<standing::AccountCache>,
    /// Whether webhook endpoints may be on private networks (`GRANTDESK_WEBHOOK_ALLOW_PRIVATE`).
    pub webhook_addresses: grantdesk_domain::webhook::PrivateAddresses,
    /// Signs and checks the one-click unsubscribe links of reminder mail (derived from the
    /// token secret).
    pub unsubscribe: grantdesk_domain::UnsubscribeKey,
    /// The requests in flight in this process (background work yields to them).
    pub load: Arc<crate::load::Load>,
    /// The audit log's signing key (its name is the log's origin).
    pub log: Arc<grantdesk_domain::checkpoint::LogKey>,
    /// Each call's history as last read at a version of its row (see
    /// [`grantdesk_persistence::calls::HistoryCache`]): a submission loads its call in one
    /// statement.
    pub call_histories: Arc<grantdesk_persistence::calls::HistoryCache>,
    /// The active webhook endpoints as last read at a webhook epoch (see
    /// [`grantdesk_persistence::webhooks::EndpointCache`]): a submission reads them only when
    /// they changed.
    pub webhook_endpoints: Arc<grantdesk_persistence::webhooks::EndpointCache>,
    /// The fair queue for the pool's connections (see [`crate::admission`]).
    pub admission: Arc<crate::admission::Admission>,
}

/// The 360Giving export's identifiers: the grant id prefix, the funder (also the package's
/// publisher) and the data licence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSettings {
    /// Put before a grant's uuid to make its 360Giving id (`GRANTDESK_360G_PREFIX`).
    pub grant_prefix: String,
    /// The funder's org-id.guide identifier (`GRANTDESK_360G_FUNDER_ID`).
    pub funder_id: String,
    /// The funder's name (`GRANTDESK_360G_FUNDER_NAME`).
    pub funder_name: String,
    /// The licence of the published data, a URI (`GRANTDESK_360G_LICENSE`).
    pub license: String,
}

/// The default 360Giving grant id prefix.
pub const DEFAULT_360G_PREFIX: &str = "360G-grantdesk-";
/// The default funder: the Flemish government ("Vlaamse overheid", enterprise number
/// 0316.380.940 of the Flemish Community).
pub const DEFAULT_360G_FUNDER_ID: &str = "BE-BCE_KBO-0316380940";
pub const DEFAULT_360G_FUNDER_NAME: &str = "Vlaamse overheid";
/// The default licence of the published data (the Flemish open-data licence is compatible
/// with CC BY 4.0).
pub const DEFAULT_360G_LICENSE: &str = "https://creativecommons.org/licenses/by/4.0/";

impl Default for ExportSettings {
    fn default() -> Self {
        ExportSettings {
            grant_prefix: DEFAULT_360G_PREFIX.to_owned(),
            funder_id: DEFAULT_360G_FUNDER_ID.to_owned(),
            funder_name: DEFAULT_360G_FUNDER_NAME.to_owned(),
            license: DEFAULT_360G_LICENSE.to_owned(),
        }
    }
}

/// The default attachment size limit: 20 MiB.
pub const DEFAULT_MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;

/// What a multipart form may hold besides its file, by default: its text field, the parts'
/// headers and the boundaries.
pub const FORM_OVERHEAD_BYTES: usize = 64 * 1024;
/// How long a JSON body may take to arrive, by default.
pub const DEFAULT_JSON_BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long an upload's body may take to arrive, by default (20 MiB at about 1.5 Mbit/s).
pub const DEFAULT_UPLOAD_BODY_TIMEOUT: Duration = Duration::from_secs(120);

/// How much of a request's body is read, and how long it may take to arrive (from when the
/// server starts reading it): a body that trickles in holds a connection and a worker's
/// attention, so it is cut off with a 408.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimits {
    /// The most a multipart form may hold in all: its parts with their headers and
    /// boundaries (the file alone is limited by `max_upload_bytes`).
    pub max_form_bytes: usize,
    /// How long a JSON body may take to arrive.
    pub json_timeout: Duration,
    /// How long an upload's multipart body may take to arrive.
    pub upload_timeout: Duration,
}

impl BodyLimits {
    /// The defaults for an attachment limit: the form may hold the file and
    /// [`FORM_OVERHEAD_BYTES`] more.
    pub fn defaults_for(max_upload_bytes: usize) -> Self {
        BodyLimits {
            max_form_bytes: max_upload_bytes.saturating_add(FORM_OVERHEAD_BYTES),
            json_timeout: DEFAULT_JSON_BODY_TIMEOUT,
            upload_timeout: DEFAULT_UPLOAD_BODY_TIMEOUT,
        }
    }
}

impl AppState {
    /// Runs `f` in one write transaction (see [`Db::write`]), off the async executor. `f` gets
    /// the clock, so that it reads `now` inside the transaction, after it holds its locks. The
    /// request's account check, if still due, is the transaction's first statement.
    pub async fn write<T, F>(&self, f: F) -> Result<T, crate::ApiError>
    where
        F: FnOnce(&mut DbConn, &dyn Clock) -> Result<T, crate::ApiError> + Send + 'static,
        T: Send + 'static,
    {
        // on SQLite a write queues for the one writer thread (in order), not for the pool
        let turn = !self.db.has_writer();
        self.gated(turn, move |db, clock, gate| {
            db.write(|c| {
                gate.pass(c)?;
                f(c, clock)
            })
        })
        .await
    }

    /// Runs `f` in one read transaction (one snapshot), off the async executor. The request's
    /// account check, if still due, reads in the same snapshot.
    pub async fn read<T, F>(&self, f: F) -> Result<T, crate::ApiError>
    where
        F: FnOnce(&mut DbConn, &dyn Clock) -> Result<T, crate::ApiError> + Send + 'static,
        T: Send + 'static,
    {
        self.gated(true, move |db, clock, gate| {
            db.read(|c| {
                gate.pass(c)?;
                f(c, clock)
            })
        })
        .await
    }

    /// Runs blocking database work off the async executor. The closure gets the clock, so a
    /// write reads `now` inside its transaction, after it holds the locks it needs. The
    /// request's account check, if still due, runs first, on a connection of its own.
    pub async fn run<T, F>(&self, f: F) -> Result<T, crate::ApiError>
    where
        F: FnOnce(&Db, &dyn Clock) -> Result<T, crate::ApiError> + Send + 'static,
        T: Send + 'static,
    {
        self.gated(true, move |db, clock, gate| {
            if gate.is_due() {
                db.read_statement(|c| gate.pass(c))?;
            }
            f(db, clock)
        })
        .await
    }

    /// Runs `f` on a blocking thread with the request's account check (see `auth::standing`)
    /// for it to pass on the first connection it holds: one checkout, no hop of its own. With
    /// `turn`, only once the request's turn for a pooled connection has come (see
    /// [`crate::admission`]).
    async fn gated<T, F>(&self, turn: bool, f: F) -> Result<T, crate::ApiError>
    where
        F: FnOnce(&Db, &dyn Clock, &mut standing::Gate) -> Result<T, crate::ApiError>
            + Send
            + 'static,
        T: Send + 'static,
    {
        let db = self.db.clone();
        let clock = self.clock.clone();
        let mut gate = standing::Gate::take(&self.accounts)?;
        // the request's span (with its request_id) goes along to the blocking thread, so that
        // what the work logs there is tagged with the request too
        let span = tracing::Span::current();
        let _turn = if turn {
            Some(self.admission.turn().await?)
        } else {
            None
        };
        let (gate, outcome) = actix_web::web::block(move || {
            let _entered = span.enter();
            let outcome = f(&db, clock.as_ref(), &mut gate);
            (gate, outcome)
        })
        .await?;
        gate.settle();
        outcome
    }
}

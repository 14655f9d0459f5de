//! Builds the actix-web server around an [`AppState`].

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, App, HttpServer};
use grantdesk_api::admission::Admission;
use grantdesk_api::auth::{JwtKeys, OidcSettings, OidcVerifier};
use grantdesk_api::AppState;
use grantdesk_domain::{Clock, UnsubscribeKey};
use grantdesk_persistence::blobs::{BlobLocation, BlobStore};
use grantdesk_persistence::Db;

/// Connects and migrates the database.
pub fn open_database(url: &str, max_connections: u32) -> anyhow::Result<Db> {
    let db = Db::connect(url, max_connections)?;
    let ran = db.migrate()?;
    if ran > 0 {
        tracing::info!(
            migrations = ran,
            backend = db.backend().name(),
            "database migrated"
        );
    }
    Ok(db)
}

/// Everything the handlers share besides the database and the clock.
pub struct StateOptions<'a> {
    pub jwt_secret: &'a [u8],
    pub token_ttl_seconds: i64,
    pub blobs: BlobLocation,
    pub max_upload_bytes: usize,
    /// The largest multipart form, and how long a body may take to arrive.
    pub bodies: grantdesk_api::state::BodyLimits,
    /// The 360Giving export's prefix, funder and licence.
    pub exports: grantdesk_api::state::ExportSettings,
    /// The external identity provider, its keys loaded ([`oidc_verifier`]); `None`: off.
    pub oidc: Option<Arc<OidcVerifier>>,
    /// The abuse limits.
    pub rate_limits: grantdesk_api::limits::RateLimitSettings,
    /// Whether webhook endpoints may be registered on private networks.
    pub webhook_addresses: grantdesk_domain::webhook::PrivateAddresses,
    /// The audit log's signing key.
    pub log_key: Arc<grantdesk_domain::checkpoint::LogKey>,
}

/// The delivery worker: mail through `mail` when a relay is configured (its unsubscribe links
/// signed with a key derived from the token secret), webhooks always (see
/// [`grantdesk_api::notify::worker`]); a relay URL, sender or CA file that cannot be used stops
/// start-up with the reason.
pub fn delivery_worker(
    db: Db,
    clock: Arc<dyn Clock>,
    mail: Option<(&grantdesk_api::notify::mail::MailSettings, &[u8])>,
    settings: &grantdesk_api::notify::worker::DeliverySettings,
    webhooks: &grantdesk_api::notify::webhook::WebhookSettings,
) -> anyhow::Result<grantdesk_api::notify::worker::Worker> {
    let mailer = mail
        .map(|(mail, secret)| {
            grantdesk_api::notify::mail::Mailer::new(mail, UnsubscribeKey::derive(secret))
        })
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))?;
    let sender = grantdesk_api::notify::webhook::WebhookSender::new(webhooks)
        .map_err(|e| anyhow::anyhow!(e))?;
    Ok(grantdesk_api::notify::worker::Worker::new(
        db,
        clock,
        mailer,
        (sender, webhooks),
        settings.clone(),
    ))
}

/// The external identity provider's verifier, its keys loaded; a key set that cannot be read
/// stops start-up with the reason.
pub async fn oidc_verifier(
    settings: Option<OidcSettings>,
) -> anyhow::Result<Option<Arc<OidcVerifier>>> {
    match settings {
        None => Ok(None),
        Some(settings) => {
            let verifier = OidcVerifier::start(settings)
                .await
                .map_err(|e| anyhow::anyhow!("GRANTDESK_OIDC: {e}"))?;
            Ok(Some(Arc::new(verifier)))
        }
    }
}

pub fn app_state(
    db: Db,
    clock: Arc<dyn Clock>,
    options: StateOptions<'_>,
) -> anyhow::Result<AppState> {
    let jwt = JwtKeys::new(
        options.jwt_secret,
        chrono::Duration::seconds(options.token_ttl_seconds),
    )
    .map_err(anyhow::Error::msg)?;
    let blobs = BlobStore::open(&options.blobs)?;
    let limits = Arc::new(grantdesk_api::limits::RateLimits::new(
        &options.rate_limits,
        clock.clone(),
    ));
    let accounts = Arc::new(grantdesk_api::auth::standing::AccountCache::default());
    accounts.watch(db.clone());
    // as many turns as the pool has connections, each waited for as long as the pool would
    let admission = Arc::new(Admission::new(
        db.max_connections() as usize,
        db.connection_timeout(),
    ));
    Ok(AppState {
        accounts,
        db,
        clock,
        limits,
        jwt,
        blobs,
        max_upload_bytes: options.max_upload_bytes,
        bodies: options.bodies,
        exports: options.exports,
        oidc: options.oidc,
        webhook_addresses: options.webhook_addresses,
        unsubscribe: UnsubscribeKey::derive(options.jwt_secret),
        load: Arc::default(),
        log: options.log_key,
        call_histories: Arc::default(),
        webhook_endpoints: Arc::default(),
        admission,
    })
}

/// The server on an already bound listener (port 0 in tests).
pub fn run(listener: TcpListener, state: AppState) -> anyhow::Result<Server> {
    run_with_metrics_listener(listener, state, None)
}

/// The server on an already bound listener; when `metrics` is given, `GET /metrics` is also
/// served there without a token (an address only the scraper reaches, `GRANTDESK_METRICS_BIND`),
/// and nothing else is. The metrics server stops with the main one's process.
pub fn run_with_metrics_listener(
    listener: TcpListener,
    state: AppState,
    metrics_listener: Option<TcpListener>,
) -> anyhow::Result<Server> {
    let data = web::Data::new(state);
    // one registry for all the server's workers
    let metrics = web::Data::new(grantdesk_api::observability::Metrics::new());
    if let Some(metrics_listener) = metrics_listener {
        let registry = metrics.clone();
        let scrape = HttpServer::new(move || {
            App::new()
                .app_data(registry.clone())
                .wrap(from_fn(grantdesk_api::guards::security_headers))
                .service(grantdesk_api::observability::metrics_on_own_address)
                .default_service(web::to(grantdesk_api::not_found))
        })
        .workers(1)
        .disable_signals()
        .listen(metrics_listener)?
        .run();
        actix_web::rt::spawn(scrape);
    }
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .app_data(metrics.clone())
            .wrap(from_fn(grantdesk_api::auth::check_account))
            .wrap(from_fn(grantdesk_api::guards::query_text))
            // problems in the request's language: outside what answers with one, inside the
            // compression (it reads the body)
            .wrap(from_fn(grantdesk_api::localize::problems))
            .wrap(Compress::default())
            .wrap(from_fn(grantdesk_api::guards::security_headers))
            // inside the logger: it reads the request id the logger's span was given
            .wrap(from_fn(grantdesk_api::observability::middleware))
            .wrap(tracing_actix_web::TracingLogger::default())
            .configure(grantdesk_api::configure)
            .configure(grantdesk_openapi::configure)
            .configure(grantdesk_api::finance_page::configure)
            .default_service(web::to(grantdesk_api::not_found))
    })
    .listen(listener)?
    .run();
    Ok(server)
}

//! Configuration from the environment (and CLI flags, which override it).

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use grantdesk_api::auth::{JwksSource, OidcSettings};
use grantdesk_api::limits::{Limit, Rate, RateLimitSettings};
use grantdesk_api::load::YieldSettings;
use grantdesk_api::notify::mail::MailSettings;
use grantdesk_api::notify::reminders::ReminderSettings;
use grantdesk_api::notify::webhook::WebhookSettings;
use grantdesk_api::notify::worker::DeliverySettings;
use grantdesk_api::state::{BodyLimits, ExportSettings};
use grantdesk_domain::checkpoint::LogKey;
use grantdesk_domain::webhook::PrivateAddresses;
use grantdesk_domain::{ReminderOffsets, RetryPolicy};
use grantdesk_persistence::blobs::BlobLocation;
use rand::RngCore;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/grantdesk.sqlite3";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_TOKEN_TTL_SECONDS: i64 = 3600;

/// Everything the server needs to start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `sqlite://path` (or a bare path) or `postgres://...`.
    pub database_url: String,
    pub bind: String,
    /// `GRANTDESK_METRICS_BIND`: where `/metrics` is also served without a token (for a
    /// scraper on a private address); unset, `/metrics` needs a staff token.
    pub metrics_bind: Option<String>,
    /// Demo mode: seed the reference call, a practice call and one account per role, print the
    /// accounts, and keep a generated JWT secret in the data folder.
    pub demo: bool,
    /// Required outside demo mode (at least 32 bytes).
    pub jwt_secret: Option<String>,
    pub token_ttl_seconds: i64,
    pub max_connections: u32,
    /// Where attachments are stored; default `<data dir>/blobs`.
    pub blob_dir: Option<PathBuf>,
    /// `GRANTDESK_BLOB_STORE`: `s3://bucket` or `s3://bucket/prefix` keeps them in an
    /// S3-compatible bucket instead (shared by servers on several machines), reached with the
    /// `AWS_*` settings of the environment ([`Settings::blob_location`]).
    pub blob_store: Option<String>,
    /// The largest attachment accepted (bytes); default 20 MiB.
    pub max_upload_bytes: usize,
    /// The largest multipart form, and how long a body may take to arrive.
    pub bodies: BodyLimits,
    /// The 360Giving export's grant id prefix, funder and licence.
    pub exports: ExportSettings,
    /// The external identity provider whose access tokens are accepted too (`GRANTDESK_OIDC_*`);
    /// `None` when unset (local accounts only).
    pub oidc: Option<OidcSettings>,
    /// The abuse limits (on by default, in demo mode too).
    pub rate_limits: RateLimitSettings,
    /// Mail (`GRANTDESK_SMTP_URL`, `GRANTDESK_MAIL_FROM`); `None` when unset: messages stay
    /// queued, and readable in the inbox.
    pub mail: Option<MailSettings>,
    /// How the delivery worker retries and leases (`GRANTDESK_DELIVERY_*`).
    pub delivery: DeliverySettings,
    /// Where webhooks may go and how long an attempt takes (`GRANTDESK_WEBHOOK_*`).
    pub webhooks: WebhookSettings,
    /// When reminders go out (`GRANTDESK_REMINDER_*`).
    pub reminders: ReminderSettings,
    /// The audit log's signing key, name and sealing interval (`GRANTDESK_LOG_*`).
    pub log: LogSettings,
}

/// The verifiable audit log's settings.
#[derive(Clone, PartialEq, Eq)]
pub struct LogSettings {
    /// `GRANTDESK_LOG_KEY`: the base64 of a 32-byte Ed25519 seed (`openssl rand -base64 32`);
    /// required outside demo mode (demo mode generates one and keeps it in the data folder).
    pub key: Option<String>,
    /// `GRANTDESK_LOG_ORIGIN`: the log's name, the first line of every checkpoint and the
    /// name of its key (default `grantdesk.local/audit`).
    pub origin: String,
    /// `GRANTDESK_LOG_SEAL_INTERVAL_MS` (10 to 10000, default 200): how often every server
    /// looks for committed entries to seal.
    pub seal_interval: Duration,
    /// `GRANTDESK_LOG_CHECKPOINT_INTERVAL_MS` (0 to 60000, default 250): the least time between
    /// two checkpoints a server signs (0: one per sealing).
    pub checkpoint_interval: Duration,
}

impl std::fmt::Debug for LogSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogSettings")
            .field("key", &self.key.as_ref().map(|_| "***"))
            .field("origin", &self.origin)
            .field("seal_interval", &self.seal_interval)
            .field("checkpoint_interval", &self.checkpoint_interval)
            .finish()
    }
}

/// The log's name when `GRANTDESK_LOG_ORIGIN` is unset.
pub const DEFAULT_LOG_ORIGIN: &str = "grantdesk.local/audit";

impl Default for LogSettings {
    fn default() -> Self {
        LogSettings {
            key: None,
            origin: DEFAULT_LOG_ORIGIN.to_owned(),
            seal_interval: grantdesk_api::services::log::DEFAULT_SEAL_INTERVAL,
            checkpoint_interval: grantdesk_api::services::log::DEFAULT_CHECKPOINT_INTERVAL,
        }
    }
}

/// `GRANTDESK_LOG_KEY`, `GRANTDESK_LOG_ORIGIN`, `GRANTDESK_LOG_SEAL_INTERVAL_MS`,
/// `GRANTDESK_LOG_CHECKPOINT_INTERVAL_MS`.
pub fn log_settings(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<LogSettings> {
    let defaults = LogSettings::default();
    let origin = var("GRANTDESK_LOG_ORIGIN")
        .map(|o| o.trim().to_owned())
        .unwrap_or(defaults.origin);
    let key = var("GRANTDESK_LOG_KEY").filter(|k| !k.trim().is_empty());
    // refuse at start-up a name or key that could never sign
    if let Some(k) = &key {
        LogKey::from_base64_seed(&origin, k)
            .map_err(|e| anyhow::anyhow!("GRANTDESK_LOG_KEY / GRANTDESK_LOG_ORIGIN: {e}"))?;
    } else {
        LogKey::from_seed(&origin, [0; 32])
            .map_err(|e| anyhow::anyhow!("GRANTDESK_LOG_ORIGIN: {e}"))?;
    }
    let interval = whole_number(
        &var,
        "GRANTDESK_LOG_SEAL_INTERVAL_MS",
        10..=10_000,
        defaults.seal_interval.as_millis() as u64,
    )?;
    let checkpoints = whole_number(
        &var,
        "GRANTDESK_LOG_CHECKPOINT_INTERVAL_MS",
        0..=60_000,
        defaults.checkpoint_interval.as_millis() as u64,
    )?;
    Ok(LogSettings {
        key,
        origin,
        seal_interval: Duration::from_millis(interval),
        checkpoint_interval: Duration::from_millis(checkpoints),
    })
}

/// The sender when `GRANTDESK_MAIL_FROM` is unset.
pub const DEFAULT_MAIL_FROM: &str = "grantdesk <noreply@grantdesk.invalid>";

/// `GRANTDESK_SMTP_URL` (the relay: `smtp://host:port`, `smtp://host?tls=required` for
/// STARTTLS, `smtps://host` for TLS, `user:password@` for credentials) and
/// `GRANTDESK_MAIL_FROM` (the sender). Without a relay, mail is off.
pub fn mail_settings(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<MailSettings>> {
    let Some(url) = var("GRANTDESK_SMTP_URL").filter(|u| !u.trim().is_empty()) else {
        if var("GRANTDESK_MAIL_FROM").is_some() {
            bail!("GRANTDESK_MAIL_FROM is set but GRANTDESK_SMTP_URL is not: where does mail go?");
        }
        return Ok(None);
    };
    let settings = MailSettings {
        smtp_url: url.trim().to_owned(),
        from: var("GRANTDESK_MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.to_owned()),
        public_url: public_url(&var)?,
    };
    // refuse at start-up what could never send
    settings.check().map_err(|e| anyhow::anyhow!(e))?;
    Ok(Some(settings))
}

/// `GRANTDESK_PUBLIC_URL`: the server's address as mail readers reach it (the start of the
/// unsubscribe links in reminders), `http://` or `https://` and a host; by default
/// `http://` and `GRANTDESK_BIND`.
fn public_url(var: &impl Fn(&str) -> Option<String>) -> anyhow::Result<String> {
    let Some(url) = var("GRANTDESK_PUBLIC_URL").filter(|u| !u.trim().is_empty()) else {
        let bind = var("GRANTDESK_BIND").unwrap_or_else(|| DEFAULT_BIND.to_owned());
        return Ok(format!("http://{bind}"));
    };
    let url = url.trim().trim_end_matches('/');
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match host {
        Some(h) if !h.is_empty() && !h.contains(char::is_whitespace) => Ok(url.to_owned()),
        _ => bail!(
            "GRANTDESK_PUBLIC_URL {url:?} must be http:// or https:// and a host, e.g. https://subsidies.example"
        ),
    }
}

/// When reminders go out: the offsets before a call's deadline (`GRANTDESK_REMINDER_OFFSETS`,
/// e.g. `14d,3d,12h`; empty turns deadline reminders off; default `7d,1d`) and how often every
/// server looks for reminders due (`GRANTDESK_REMINDER_INTERVAL_SECONDS`, 1 to 3600, default 60).
pub fn reminder_settings(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<ReminderSettings> {
    let defaults = ReminderSettings::default();
    let offsets = match var("GRANTDESK_REMINDER_OFFSETS") {
        None => defaults.offsets,
        Some(v) => ReminderOffsets::parse(&v)
            .map_err(|e| anyhow::anyhow!("GRANTDESK_REMINDER_OFFSETS: {e}"))?,
    };
    let interval = whole_number(
        &var,
        "GRANTDESK_REMINDER_INTERVAL_SECONDS",
        1..=3600,
        defaults.interval.as_secs(),
    )?;
    Ok(ReminderSettings {
        offsets,
        interval: Duration::from_secs(interval),
    })
}

/// `GRANTDESK_DELIVERY_MAX_ATTEMPTS` (1 to 100, default 8), `GRANTDESK_DELIVERY_BACKOFF_SECONDS`
/// (the first retry's back-off, doubled each time: 1 to 86400, default 30),
/// `GRANTDESK_DELIVERY_LEASE_SECONDS` (how long a claimed message is another worker's: 5 to
/// 3600, default 120), `GRANTDESK_DELIVERY_INTERVAL_MS` (the pause when nothing is due: 10
/// to 60000, default 1000), `GRANTDESK_DELIVERY_CONCURRENCY` (messages in flight at once: 1
/// to 64, default 8), `GRANTDESK_DELIVERY_YIELD_ABOVE` (the worker waits while this many
/// requests or more are in flight; 0 never waits; default 4) and
/// `GRANTDESK_DELIVERY_MAX_DEFER_SECONDS` (for this long at most: 1 to 3600, default 30).
pub fn delivery_settings(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<DeliverySettings> {
    let number = |name: &str, range, default| whole_number(&var, name, range, default);
    let defaults = DeliverySettings::default();
    let max_attempts = number(
        "GRANTDESK_DELIVERY_MAX_ATTEMPTS",
        1..=100,
        u64::from(defaults.policy.max_attempts),
    )?;
    let base = number(
        "GRANTDESK_DELIVERY_BACKOFF_SECONDS",
        1..=86_400,
        defaults.policy.base.as_secs(),
    )?;
    let lease = number(
        "GRANTDESK_DELIVERY_LEASE_SECONDS",
        5..=3600,
        defaults.lease.as_secs(),
    )?;
    let concurrency = number(
        "GRANTDESK_DELIVERY_CONCURRENCY",
        1..=64,
        defaults.concurrency as u64,
    )?;
    let interval = number(
        "GRANTDESK_DELIVERY_INTERVAL_MS",
        10..=60_000,
        defaults.interval.as_millis() as u64,
    )?;
    let yield_above = number(
        "GRANTDESK_DELIVERY_YIELD_ABOVE",
        0..=100_000,
        defaults.yielding.above as u64,
    )?;
    let max_defer = number(
        "GRANTDESK_DELIVERY_MAX_DEFER_SECONDS",
        1..=3600,
        defaults.yielding.max_defer.as_secs(),
    )?;
    Ok(DeliverySettings {
        policy: RetryPolicy {
            max_attempts: max_attempts as u32,
            base: Duration::from_secs(base),
            cap: defaults.policy.cap.max(Duration::from_secs(base)),
        },
        lease: Duration::from_secs(lease),
        interval: Duration::from_millis(interval),
        concurrency: concurrency as usize,
        yielding: YieldSettings {
            above: yield_above as usize,
            max_defer: Duration::from_secs(max_defer),
            ..defaults.yielding
        },
        ..defaults
    })
}

/// A whole number in `range` from `var(name)`, or `default` when unset.
fn whole_number(
    var: &impl Fn(&str) -> Option<String>,
    name: &str,
    range: std::ops::RangeInclusive<u64>,
    default: u64,
) -> anyhow::Result<u64> {
    match var(name) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| range.contains(n))
            .with_context(|| {
                format!(
                    "{name} must be a whole number from {} to {}",
                    range.start(),
                    range.end()
                )
            }),
    }
}

/// `true`/`false` (also 1/0, yes/no, on/off) from `var(name)`, or `default` when unset.
fn boolean(
    var: &impl Fn(&str) -> Option<String>,
    name: &str,
    default: bool,
) -> anyhow::Result<bool> {
    match var(name) {
        None => Ok(default),
        Some(v) => match v.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(true),
            "0" | "false" | "no" | "off" => Ok(false),
            other => bail!("{name} must be true or false, not {other:?}"),
        },
    }
}

/// `GRANTDESK_WEBHOOK_ALLOW_PRIVATE` (endpoints on loopback, private or link-local networks:
/// `false` by default), `GRANTDESK_WEBHOOK_CA_FILE` (a PEM file of certificate authorities
/// trusted beside the system's), `GRANTDESK_WEBHOOK_TIMEOUT_SECONDS` (one attempt: 1 to 60,
/// default 10) and `GRANTDESK_WEBHOOK_DISABLE_AFTER` (an endpoint is disabled when this many of
/// its messages in a row failed every attempt: 1 to 1000, default 5).
pub fn webhook_settings(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<WebhookSettings> {
    let defaults = WebhookSettings::default();
    let private = if boolean(&var, "GRANTDESK_WEBHOOK_ALLOW_PRIVATE", false)? {
        PrivateAddresses::Allow
    } else {
        PrivateAddresses::Refuse
    };
    let ca_file = var("GRANTDESK_WEBHOOK_CA_FILE")
        .filter(|p| !p.trim().is_empty())
        .map(PathBuf::from);
    if let Some(path) = &ca_file {
        if !path.is_file() {
            bail!("GRANTDESK_WEBHOOK_CA_FILE {}: no such file", path.display());
        }
    }
    let timeout = whole_number(
        &var,
        "GRANTDESK_WEBHOOK_TIMEOUT_SECONDS",
        1..=60,
        defaults.timeout.as_secs(),
    )?;
    let disable_after = whole_number(
        &var,
        "GRANTDESK_WEBHOOK_DISABLE_AFTER",
        1..=1000,
        defaults.disable_after as u64,
    )?;
    Ok(WebhookSettings {
        private,
        ca_file,
        timeout: Duration::from_secs(timeout),
        disable_after: disable_after as i32,
    })
}

fn env_bool(name: &str, default: bool) -> anyhow::Result<bool> {
    boolean(&|name: &str| std::env::var(name).ok(), name, default)
}

/// A non-blank value without whitespace or control characters, or the default when unset.
fn env_token(name: &str, default: &str) -> anyhow::Result<String> {
    match std::env::var(name) {
        Err(_) => Ok(default.to_owned()),
        Ok(v) => {
            let v = v.trim();
            if v.is_empty()
                || v.len() > 200
                || v.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                bail!("{name} must be 1 to 200 characters without spaces");
            }
            Ok(v.to_owned())
        }
    }
}

/// `GRANTDESK_360G_PREFIX`, `GRANTDESK_360G_FUNDER_ID`, `GRANTDESK_360G_FUNDER_NAME` and
/// `GRANTDESK_360G_LICENSE`.
fn export_settings() -> anyhow::Result<ExportSettings> {
    let defaults = ExportSettings::default();
    let prefix = env_token("GRANTDESK_360G_PREFIX", &defaults.grant_prefix)?;
    if !prefix.starts_with("360G-") {
        bail!("GRANTDESK_360G_PREFIX must be a 360Giving prefix, starting with \"360G-\"");
    }
    let license = env_token("GRANTDESK_360G_LICENSE", &defaults.license)?;
    if !(license.starts_with("https://") || license.starts_with("http://")) {
        bail!("GRANTDESK_360G_LICENSE must be the licence's URI (http:// or https://)");
    }
    let funder_name = match std::env::var("GRANTDESK_360G_FUNDER_NAME") {
        Err(_) => defaults.funder_name,
        Ok(v) if !v.trim().is_empty() && v.trim().len() <= 200 => v.trim().to_owned(),
        Ok(_) => bail!("GRANTDESK_360G_FUNDER_NAME must be 1 to 200 characters"),
    };
    Ok(ExportSettings {
        grant_prefix: prefix,
        funder_id: env_token("GRANTDESK_360G_FUNDER_ID", &defaults.funder_id)?,
        funder_name,
        license,
    })
}

/// `GRANTDESK_MAX_UPLOAD_BYTES`: 1 KiB to 1 GiB; 20 MiB when unset.
fn max_upload_bytes(value: Option<&str>) -> anyhow::Result<usize> {
    match value {
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1024..=1024 * 1024 * 1024).contains(n))
            .context("GRANTDESK_MAX_UPLOAD_BYTES must be from 1024 to 1073741824"),
        None => Ok(grantdesk_api::state::DEFAULT_MAX_UPLOAD_BYTES),
    }
}

/// A number of seconds from 1 to `max`, or the default when unset.
fn seconds(
    name: &str,
    value: Option<&str>,
    max: u64,
    default: Duration,
) -> anyhow::Result<Duration> {
    match value {
        Some(v) => v
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .map(Duration::from_secs)
            .with_context(|| format!("{name} must be a number of seconds from 1 to {max}")),
        None => Ok(default),
    }
}

/// `GRANTDESK_MAX_FORM_BYTES` (at least the upload limit, at most 2 GiB; the upload limit and
/// 64 KiB when unset), `GRANTDESK_JSON_BODY_TIMEOUT_SECONDS` (1 to 300; 10 when unset) and
/// `GRANTDESK_UPLOAD_BODY_TIMEOUT_SECONDS` (1 to 3600; 120 when unset).
fn body_limits(
    max_upload_bytes: usize,
    var: impl Fn(&str) -> Option<String>,
) -> anyhow::Result<BodyLimits> {
    let defaults = BodyLimits::defaults_for(max_upload_bytes);
    let max_form_bytes = match var("GRANTDESK_MAX_FORM_BYTES") {
        Some(v) => v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (max_upload_bytes..=2 * 1024 * 1024 * 1024).contains(n))
            .with_context(|| {
                format!(
                    "GRANTDESK_MAX_FORM_BYTES must be from GRANTDESK_MAX_UPLOAD_BYTES \
                     ({max_upload_bytes}) to 2147483648"
                )
            })?,
        None => defaults.max_form_bytes,
    };
    Ok(BodyLimits {
        max_form_bytes,
        json_timeout: seconds(
            "GRANTDESK_JSON_BODY_TIMEOUT_SECONDS",
            var("GRANTDESK_JSON_BODY_TIMEOUT_SECONDS").as_deref(),
            300,
            defaults.json_timeout,
        )?,
        upload_timeout: seconds(
            "GRANTDESK_UPLOAD_BODY_TIMEOUT_SECONDS",
            var("GRANTDESK_UPLOAD_BODY_TIMEOUT_SECONDS").as_deref(),
            3600,
            defaults.upload_timeout,
        )?,
    })
}

/// The variables that configure the external identity provider.
const OIDC_VARS: [&str; 5] = [
    "GRANTDESK_OIDC_ISSUER",
    "GRANTDESK_OIDC_AUDIENCE",
    "GRANTDESK_OIDC_JWKS_URL",
    "GRANTDESK_OIDC_JWKS_FILE",
    "GRANTDESK_OIDC_JWKS_REFRESH_SECONDS",
];

/// `GRANTDESK_OIDC_ISSUER`, `GRANTDESK_OIDC_AUDIENCE`, exactly one of
/// `GRANTDESK_OIDC_JWKS_URL` / `GRANTDESK_OIDC_JWKS_FILE`, and optionally
/// `GRANTDESK_OIDC_JWKS_REFRESH_SECONDS` (1 to 86400; 60 when unset): all unset → off; some set
/// but not all that is needed → refused, naming what is missing. The JWKS URL must be https
/// (plain http only to this machine).
fn oidc_settings(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<OidcSettings>> {
    let get = |name: &str| {
        var(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    if OIDC_VARS.iter().all(|name| get(name).is_none()) {
        return Ok(None);
    }
    let (issuer, audience) = (get(OIDC_VARS[0]), get(OIDC_VARS[1]));
    let (url, file) = (get(OIDC_VARS[2]), get(OIDC_VARS[3]));
    let mut missing = Vec::new();
    if issuer.is_none() {
        missing.push(OIDC_VARS[0]);
    }
    if audience.is_none() {
        missing.push(OIDC_VARS[1]);
    }
    if url.is_none() && file.is_none() {
        missing.push("GRANTDESK_OIDC_JWKS_URL or GRANTDESK_OIDC_JWKS_FILE");
    }
    if !missing.is_empty() {
        bail!(
            "the external identity provider (GRANTDESK_OIDC_*) is half configured: {} missing \
             (an issuer, an audience and exactly one of a JWKS URL or file are needed together; \
             unset them all to sign in with local accounts only)",
            missing.join(", ")
        );
    }
    let jwks = match (url, file) {
        (Some(url), None) => {
            if !jwks_url_is_safe(&url) {
                bail!(
                    "GRANTDESK_OIDC_JWKS_URL must be an https:// URL (http:// only to 127.0.0.1, \
                     [::1] or localhost)"
                );
            }
            JwksSource::Url(url)
        }
        (None, Some(file)) => JwksSource::File(PathBuf::from(file)),
        _ => bail!(
            "set exactly one of GRANTDESK_OIDC_JWKS_URL and GRANTDESK_OIDC_JWKS_FILE, not both"
        ),
    };
    let (issuer, audience) = (issuer.unwrap_or_default(), audience.unwrap_or_default());
    for (name, value) in [(OIDC_VARS[0], &issuer), (OIDC_VARS[1], &audience)] {
        if value.len() > 500 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            bail!("{name} must be at most 500 characters without spaces");
        }
    }
    let refresh = seconds(
        OIDC_VARS[4],
        get(OIDC_VARS[4]).as_deref(),
        86_400,
        grantdesk_api::auth::oidc::DEFAULT_JWKS_REFRESH,
    )?;
    Ok(Some(OidcSettings {
        issuer,
        audience,
        jwks,
        refresh,
    }))
}

/// https, or plain http to this machine (a provider's sidecar, tests).
fn jwks_url_is_safe(url: &str) -> bool {
    if url.starts_with("https://") {
        return url.len() > "https://".len();
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    matches!(host, "127.0.0.1" | "::1" | "localhost")
}

/// `GRANTDESK_RATE_LIMITS` (`on`, the default, or `off`: nothing is limited) and one
/// `GRANTDESK_RATE_LIMIT_<KIND>_PER_<KEY>` per limit (`count/seconds`, or `off` for that limit
/// alone; its default when unset).
fn rate_limits(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<RateLimitSettings> {
    let enabled = match var("GRANTDESK_RATE_LIMITS") {
        None => true,
        Some(v) => match v.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => true,
            "0" | "false" | "no" | "off" => false,
            other => bail!("GRANTDESK_RATE_LIMITS must be on or off, not {other:?}"),
        },
    };
    let mut settings = RateLimitSettings::default();
    for limit in Limit::ALL {
        let name = limit.env_var();
        let rate: Option<Rate> = match var(name) {
            None => Some(limit.default_rate()),
            Some(v) => Rate::parse(&v).map_err(|e| anyhow::anyhow!("{name} {e}"))?,
        };
        settings = settings.with(limit, rate);
    }
    settings.enabled = enabled;
    Ok(settings)
}

impl Settings {
    pub fn from_env() -> anyhow::Result<Settings> {
        let ttl = match std::env::var("GRANTDESK_TOKEN_TTL_SECONDS") {
            Ok(v) => v
                .parse::<i64>()
                .ok()
                .filter(|t| (60..=86_400).contains(t))
                .context(
                    "GRANTDESK_TOKEN_TTL_SECONDS must be a number of seconds from 60 to 86400",
                )?,
            Err(_) => DEFAULT_TOKEN_TTL_SECONDS,
        };
        let max_connections = match std::env::var("GRANTDESK_DB_POOL_SIZE") {
            Ok(v) => v
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=256).contains(n))
                .context("GRANTDESK_DB_POOL_SIZE must be from 1 to 256")?,
            Err(_) => 16,
        };
        let max_upload_bytes =
            max_upload_bytes(std::env::var("GRANTDESK_MAX_UPLOAD_BYTES").ok().as_deref())?;
        let bodies = body_limits(max_upload_bytes, |name| std::env::var(name).ok())?;
        let exports = export_settings()?;
        let oidc = oidc_settings(|name| std::env::var(name).ok())?;
        let rate_limits = rate_limits(|name| std::env::var(name).ok())?;
        let mail = mail_settings(|name| std::env::var(name).ok())?;
        let delivery = delivery_settings(|name| std::env::var(name).ok())?;
        let webhooks = webhook_settings(|name| std::env::var(name).ok())?;
        let reminders = reminder_settings(|name| std::env::var(name).ok())?;
        let log = log_settings(|name| std::env::var(name).ok())?;
        Ok(Settings {
            database_url: std::env::var("DATABASE_URL")
                .unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned()),
            bind: std::env::var("GRANTDESK_BIND").unwrap_or_else(|_| DEFAULT_BIND.to_owned()),
            metrics_bind: std::env::var("GRANTDESK_METRICS_BIND")
                .ok()
                .filter(|b| !b.is_empty()),
            demo: env_bool("GRANTDESK_DEMO", true)?,
            jwt_secret: std::env::var("GRANTDESK_JWT_SECRET").ok(),
            token_ttl_seconds: ttl,
            max_connections,
            blob_dir: std::env::var_os("GRANTDESK_BLOB_DIR").map(PathBuf::from),
            blob_store: std::env::var("GRANTDESK_BLOB_STORE")
                .ok()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty()),
            max_upload_bytes,
            bodies,
            exports,
            oidc,
            rate_limits,
            mail,
            delivery,
            webhooks,
            reminders,
            log,
        })
    }

    /// The folder beside the SQLite file (or `data/` for PostgreSQL), for demo-mode files.
    pub fn data_dir(&self) -> PathBuf {
        use grantdesk_persistence::db::{sqlite_path, Backend};
        match Backend::of_url(&self.database_url) {
            Backend::Sqlite => Path::new(sqlite_path(&self.database_url))
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from(".")),
            Backend::Postgres => PathBuf::from("data"),
        }
    }

    /// Where attachments are stored.
    pub fn blob_dir(&self) -> PathBuf {
        self.blob_dir
            .clone()
            .unwrap_or_else(|| self.data_dir().join("blobs"))
    }

    /// Where blobs live: the bucket of `GRANTDESK_BLOB_STORE`, with the S3 client's settings
    /// from the environment's `AWS_*` variables (`AWS_ENDPOINT`, `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ALLOW_HTTP`, … as `object_store` reads them),
    /// or else the folder [`Settings::blob_dir`].
    pub fn blob_location(
        &self,
        vars: impl IntoIterator<Item = (String, String)>,
    ) -> anyhow::Result<BlobLocation> {
        let Some(url) = &self.blob_store else {
            return Ok(BlobLocation::Local(self.blob_dir()));
        };
        if !url.starts_with("s3://") {
            bail!("GRANTDESK_BLOB_STORE must be s3://bucket or s3://bucket/prefix, not {url}");
        }
        Ok(BlobLocation::s3_from_env(url, vars))
    }

    /// The JWT secret: from `GRANTDESK_JWT_SECRET`; in demo mode, when that is unset, a random
    /// one generated once and kept in `<data dir>/jwt-secret`. Outside demo mode a missing or
    /// short secret stops start-up.
    pub fn resolve_jwt_secret(&self) -> anyhow::Result<Vec<u8>> {
        if let Some(s) = &self.jwt_secret {
            if s.len() < 32 {
                bail!("GRANTDESK_JWT_SECRET must be at least 32 bytes long");
            }
            return Ok(s.as_bytes().to_vec());
        }
        if !self.demo {
            bail!(
                "GRANTDESK_JWT_SECRET is not set: outside demo mode the server needs a secret of \
                 at least 32 bytes (e.g. `openssl rand -hex 32`)"
            );
        }
        let path = self.data_dir().join("jwt-secret");
        if let Ok(existing) = std::fs::read_to_string(&path) {
            let existing = existing.trim();
            if existing.len() >= 32 {
                return Ok(existing.as_bytes().to_vec());
            }
        }
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let secret: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        std::fs::create_dir_all(self.data_dir())
            .with_context(|| format!("cannot create {}", self.data_dir().display()))?;
        write_private(&path, &secret)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(secret.into_bytes())
    }

    /// The audit log's signing key: `GRANTDESK_LOG_KEY`, or in demo mode one generated once
    /// and kept in the data folder (`log-key`, readable by the owner only).
    pub fn resolve_log_key(&self) -> anyhow::Result<LogKey> {
        self.log_key(true)
    }

    /// The key [`Self::resolve_log_key`] would use, without generating one (for checking).
    pub fn existing_log_key(&self) -> anyhow::Result<LogKey> {
        self.log_key(false)
    }

    fn log_key(&self, generate: bool) -> anyhow::Result<LogKey> {
        let origin = &self.log.origin;
        let named =
            |seed: &str| LogKey::from_base64_seed(origin, seed).map_err(|e| anyhow::anyhow!("{e}"));
        if let Some(k) = &self.log.key {
            return named(k).context("GRANTDESK_LOG_KEY");
        }
        if !self.demo {
            bail!(
                "GRANTDESK_LOG_KEY is not set: outside demo mode the server needs the audit log's \
                 signing key, the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)"
            );
        }
        let path = self.data_dir().join("log-key");
        if let Ok(existing) = std::fs::read_to_string(&path) {
            return named(existing.trim()).with_context(|| format!("{}", path.display()));
        }
        if !generate {
            bail!(
                "no audit log key: set GRANTDESK_LOG_KEY, or GRANTDESK_LOG_VERIFIER_KEY (the log's \
                 public key, as GET /api/v1/log/checkpoint shows it) to check without it"
            );
        }
        let mut seed = [0u8; 32];
        rand::rng().fill_bytes(&mut seed);
        let key = LogKey::from_seed(origin, seed).map_err(|e| anyhow::anyhow!("{e}"))?;
        std::fs::create_dir_all(self.data_dir())
            .with_context(|| format!("cannot create {}", self.data_dir().display()))?;
        write_private(&path, &key.seed_base64())
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(key)
    }
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &Path, demo: bool, jwt_secret: Option<&str>) -> Settings {
        Settings {
            database_url: format!("sqlite://{}", dir.join("grantdesk.sqlite3").display()),
            bind: DEFAULT_BIND.to_owned(),
            metrics_bind: None,
            demo,
            jwt_secret: jwt_secret.map(str::to_owned),
            token_ttl_seconds: DEFAULT_TOKEN_TTL_SECONDS,
            max_connections: 1,
            blob_dir: None,
            blob_store: None,
            max_upload_bytes: 1024,
            bodies: BodyLimits::defaults_for(1024),
            exports: ExportSettings::default(),
            oidc: None,
            rate_limits: RateLimitSettings::default(),
            mail: None,
            delivery: DeliverySettings::default(),
            webhooks: WebhookSettings::default(),
            reminders: ReminderSettings::default(),
            log: LogSettings::default(),
        }
    }

    const GOOD: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn a_missing_secret_is_refused_outside_demo_mode_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let err = settings(dir.path(), false, None)
            .resolve_jwt_secret()
            .unwrap_err();
        assert!(err.to_string().contains("GRANTDESK_JWT_SECRET"), "{err}");
        assert!(!dir.path().join("jwt-secret").exists());
    }

    #[test]
    fn a_short_secret_is_refused_in_and_outside_demo_mode() {
        let dir = tempfile::tempdir().unwrap();
        let short = &GOOD[..31];
        for demo in [false, true] {
            let err = settings(dir.path(), demo, Some(short))
                .resolve_jwt_secret()
                .unwrap_err();
            assert!(err.to_string().contains("at least 32 bytes"), "{err}");
        }
        assert!(!dir.path().join("jwt-secret").exists());
    }

    #[test]
    fn a_secret_of_32_bytes_or_more_is_used_as_given() {
        let dir = tempfile::tempdir().unwrap();
        for demo in [false, true] {
            let secret = settings(dir.path(), demo, Some(GOOD))
                .resolve_jwt_secret()
                .unwrap();
            assert_eq!(secret, GOOD.as_bytes());
        }
        assert!(
            !dir.path().join("jwt-secret").exists(),
            "a given secret is not persisted"
        );
    }

    #[test]
    fn demo_mode_generates_a_random_secret_beside_the_sqlite_file_and_reuses_it() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let first = settings(&data, true, None).resolve_jwt_secret().unwrap();
        assert!(first.len() >= 32);
        let path = data.join("jwt-secret");
        let kept = std::fs::read(&path).expect("the secret is kept beside the SQLite file");
        assert_eq!(kept, first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only: {mode:o}");
        }

        // the next start reuses it
        let second = settings(&data, true, None).resolve_jwt_secret().unwrap();
        assert_eq!(second, first);

        // another data folder gets another random secret
        let other = settings(&dir.path().join("other"), true, None)
            .resolve_jwt_secret()
            .unwrap();
        assert_ne!(other, first);
    }
}

#[cfg(test)]
mod defaults_tests {
    use super::*;

    fn with_database(url: &str) -> Settings {
        Settings {
            database_url: url.to_owned(),
            bind: DEFAULT_BIND.to_owned(),
            metrics_bind: None,
            demo: false,
            jwt_secret: None,
            token_ttl_seconds: DEFAULT_TOKEN_TTL_SECONDS,
            max_connections: 1,
            blob_dir: None,
            blob_store: None,
            max_upload_bytes: grantdesk_api::state::DEFAULT_MAX_UPLOAD_BYTES,
            bodies: BodyLimits::defaults_for(grantdesk_api::state::DEFAULT_MAX_UPLOAD_BYTES),
            exports: ExportSettings::default(),
            oidc: None,
            rate_limits: RateLimitSettings::default(),
            mail: None,
            delivery: DeliverySettings::default(),
            webhooks: WebhookSettings::default(),
            reminders: ReminderSettings::default(),
            log: LogSettings::default(),
        }
    }

    #[test]
    fn the_upload_limit_is_20_mib_unless_configured_within_bounds() {
        assert_eq!(max_upload_bytes(None).unwrap(), 20 * 1024 * 1024);
        assert_eq!(max_upload_bytes(Some("1048576")).unwrap(), 1024 * 1024);
        for bad in ["1023", "1073741825", "20MiB", "", "-1"] {
            assert!(max_upload_bytes(Some(bad)).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn the_form_limit_and_body_times_have_defaults_and_bounds() {
        let unset = |_: &str| None;
        let limits = body_limits(20 * 1024 * 1024, unset).unwrap();
        assert_eq!(limits.max_form_bytes, 20 * 1024 * 1024 + 64 * 1024);
        assert_eq!(limits.json_timeout, Duration::from_secs(10));
        assert_eq!(limits.upload_timeout, Duration::from_secs(120));

        let set = |name: &str| {
            Some(
                match name {
                    "GRANTDESK_MAX_FORM_BYTES" => "2000000",
                    "GRANTDESK_JSON_BODY_TIMEOUT_SECONDS" => "5",
                    _ => "600",
                }
                .to_owned(),
            )
        };
        let limits = body_limits(1024 * 1024, set).unwrap();
        assert_eq!(limits.max_form_bytes, 2_000_000);
        assert_eq!(limits.json_timeout, Duration::from_secs(5));
        assert_eq!(limits.upload_timeout, Duration::from_secs(600));

        for (name, bad) in [
            ("GRANTDESK_MAX_FORM_BYTES", "1000"),
            ("GRANTDESK_MAX_FORM_BYTES", "3000000000"),
            ("GRANTDESK_MAX_FORM_BYTES", "20MiB"),
            ("GRANTDESK_JSON_BODY_TIMEOUT_SECONDS", "0"),
            ("GRANTDESK_JSON_BODY_TIMEOUT_SECONDS", "301"),
            ("GRANTDESK_UPLOAD_BODY_TIMEOUT_SECONDS", "3601"),
            ("GRANTDESK_UPLOAD_BODY_TIMEOUT_SECONDS", "1.5"),
        ] {
            let err = body_limits(1024 * 1024, |n: &str| (n == name).then(|| bad.to_owned()))
                .expect_err(bad);
            assert!(err.to_string().contains(name), "{err}");
        }
    }

    #[test]
    fn rate_limits_are_on_by_default_each_at_its_default() {
        let limits = rate_limits(|_: &str| None).unwrap();
        assert!(limits.enabled);
        assert_eq!(limits, RateLimitSettings::default());
        for limit in Limit::ALL {
            assert_eq!(limits.rate(limit), Some(limit.default_rate()), "{limit:?}");
        }
        assert_eq!(limits.rate(Limit::TokenPerAccount), Rate::new(10, 60));
        assert_eq!(limits.rate(Limit::TokenPerAddress), Rate::new(60, 60));
        assert_eq!(limits.rate(Limit::SignupPerAddress), Rate::new(20, 3600));
        assert_eq!(limits.rate(Limit::ResetPerEmail), Rate::new(5, 3600));
        assert_eq!(limits.rate(Limit::QuestionsPerAccount), Rate::new(20, 3600));
        assert_eq!(limits.rate(Limit::UploadsPerAccount), Rate::new(60, 60));
    }

    #[test]
    fn rate_limits_turn_off_whole_or_one_by_one_and_take_count_per_seconds() {
        for off in ["off", "false", "0", " OFF "] {
            let limits =
                rate_limits(|n: &str| (n == "GRANTDESK_RATE_LIMITS").then(|| off.to_owned()))
                    .unwrap();
            assert!(!limits.enabled, "{off:?}");
            assert!(Limit::ALL.iter().all(|&l| limits.rate(l).is_none()));
        }
        let on = rate_limits(|n: &str| (n == "GRANTDESK_RATE_LIMITS").then(|| "on".to_owned()));
        assert_eq!(on.unwrap(), RateLimitSettings::default());

        let set = |name: &str| match name {
            "GRANTDESK_RATE_LIMIT_TOKEN_PER_ACCOUNT" => Some("3/10".to_owned()),
            "GRANTDESK_RATE_LIMIT_UPLOADS_PER_ADDRESS" => Some("off".to_owned()),
            _ => None,
        };
        let limits = rate_limits(set).unwrap();
        assert_eq!(limits.rate(Limit::TokenPerAccount), Rate::new(3, 10));
        assert_eq!(limits.rate(Limit::UploadsPerAddress), None);
        assert_eq!(limits.rate(Limit::UploadsPerAccount), Rate::new(60, 60));

        for (name, bad) in [
            ("GRANTDESK_RATE_LIMITS", "sometimes"),
            ("GRANTDESK_RATE_LIMIT_TOKEN_PER_ACCOUNT", "10"),
            ("GRANTDESK_RATE_LIMIT_SIGNUP_PER_ADDRESS", "0/60"),
            ("GRANTDESK_RATE_LIMIT_RESET_PER_EMAIL", "5/0"),
            ("GRANTDESK_RATE_LIMIT_QUESTIONS_PER_ACCOUNT", "20/1h"),
            ("GRANTDESK_RATE_LIMIT_UPLOADS_PER_ACCOUNT", "60/86401"),
        ] {
            let err = rate_limits(|n: &str| (n == name).then(|| bad.to_owned())).expect_err(bad);
            assert!(err.to_string().contains(name), "{err}");
        }
    }

    #[test]
    fn the_blob_dir_is_beside_the_sqlite_file_unless_configured() {
        assert_eq!(
            with_database("sqlite:///var/lib/grantdesk/grantdesk.sqlite3").blob_dir(),
            PathBuf::from("/var/lib/grantdesk/blobs")
        );
        assert_eq!(
            with_database(DEFAULT_DATABASE_URL).blob_dir(),
            PathBuf::from("data/blobs")
        );
        assert_eq!(
            with_database("/srv/gd/db.sqlite3").blob_dir(),
            PathBuf::from("/srv/gd/blobs"),
            "a bare path"
        );
        assert_eq!(
            with_database("grantdesk.sqlite3").blob_dir(),
            PathBuf::from("./blobs"),
            "a file in the working directory"
        );
        let mut configured = with_database(DEFAULT_DATABASE_URL);
        configured.blob_dir = Some(PathBuf::from("/mnt/attachments"));
        assert_eq!(configured.blob_dir(), PathBuf::from("/mnt/attachments"));
    }

    #[test]
    fn a_bucket_replaces_the_folder_and_takes_the_s3_settings_of_the_environment() {
        let env = || {
            [
                ("AWS_ENDPOINT", "http://127.0.0.1:9000"),
                ("AWS_ACCESS_KEY_ID", "gd"),
                ("AWS_PROFILE", "default"),
                ("HOME", "/root"),
            ]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
        };
        let mut settings = with_database(DEFAULT_DATABASE_URL);
        assert_eq!(
            settings.blob_location(env()).unwrap(),
            BlobLocation::Local(PathBuf::from("data/blobs"))
        );
        settings.blob_store = Some("s3://grants/prod".into());
        assert_eq!(
            settings.blob_location(env()).unwrap(),
            BlobLocation::S3 {
                url: "s3://grants/prod".into(),
                options: vec![
                    ("aws_endpoint".into(), "http://127.0.0.1:9000".into()),
                    ("aws_access_key_id".into(), "gd".into()),
                ],
            },
            "object_store's settings only"
        );
        settings.blob_store = Some("/mnt/shared".into());
        let refused = settings.blob_location(env()).unwrap_err().to_string();
        assert!(refused.contains("s3://bucket"), "{refused}");
    }
}

#[cfg(test)]
mod oidc_tests {
    use super::*;

    fn from(pairs: &[(&str, &str)]) -> anyhow::Result<Option<OidcSettings>> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        oidc_settings(move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    const ISSUER: (&str, &str) = ("GRANTDESK_OIDC_ISSUER", "https://sso.example.be/realms/vo");
    const AUDIENCE: (&str, &str) = ("GRANTDESK_OIDC_AUDIENCE", "grantdesk");
    const URL: (&str, &str) = (
        "GRANTDESK_OIDC_JWKS_URL",
        "https://sso.example.be/realms/vo/protocol/openid-connect/certs",
    );
    const FILE: (&str, &str) = ("GRANTDESK_OIDC_JWKS_FILE", "/etc/grantdesk/jwks.json");

    #[test]
    fn the_identity_provider_is_off_when_nothing_is_set() {
        assert_eq!(from(&[]).unwrap(), None);
        assert_eq!(from(&[("GRANTDESK_OIDC_ISSUER", "  ")]).unwrap(), None);
    }

    #[test]
    fn a_complete_configuration_is_read_with_a_default_refresh_of_a_minute() {
        let settings = from(&[ISSUER, AUDIENCE, URL]).unwrap().expect("on");
        assert_eq!(settings.issuer, ISSUER.1);
        assert_eq!(settings.audience, AUDIENCE.1);
        assert_eq!(settings.jwks, JwksSource::Url(URL.1.to_owned()));
        assert_eq!(settings.refresh, Duration::from_secs(60));
        let settings = from(&[
            ISSUER,
            AUDIENCE,
            FILE,
            ("GRANTDESK_OIDC_JWKS_REFRESH_SECONDS", "5"),
        ])
        .unwrap()
        .expect("on");
        assert_eq!(settings.jwks, JwksSource::File(PathBuf::from(FILE.1)));
        assert_eq!(settings.refresh, Duration::from_secs(5));
        let local = ("GRANTDESK_OIDC_JWKS_URL", "http://127.0.0.1:8081/certs");
        assert!(from(&[ISSUER, AUDIENCE, local]).unwrap().is_some());
    }

    #[test]
    fn half_a_configuration_stops_start_up_naming_what_is_missing() {
        let cases: [(&[(&str, &str)], &str); 5] = [
            (&[ISSUER], "GRANTDESK_OIDC_AUDIENCE"),
            (
                &[ISSUER, AUDIENCE],
                "GRANTDESK_OIDC_JWKS_URL or GRANTDESK_OIDC_JWKS_FILE",
            ),
            (&[AUDIENCE, URL], "GRANTDESK_OIDC_ISSUER"),
            (&[FILE], "GRANTDESK_OIDC_ISSUER, GRANTDESK_OIDC_AUDIENCE"),
            (
                &[("GRANTDESK_OIDC_JWKS_REFRESH_SECONDS", "60")],
                "GRANTDESK_OIDC_ISSUER, GRANTDESK_OIDC_AUDIENCE, GRANTDESK_OIDC_JWKS_URL",
            ),
        ];
        for (pairs, missing) in cases {
            let err = from(pairs).expect_err(missing).to_string();
            assert!(err.contains("half configured"), "{err}");
            assert!(err.contains(missing), "{missing}: {err}");
        }
    }

    #[test]
    fn both_key_sources_an_insecure_url_or_a_bad_interval_are_refused() {
        let err = from(&[ISSUER, AUDIENCE, URL, FILE])
            .unwrap_err()
            .to_string();
        assert!(err.contains("exactly one"), "{err}");
        for url in [
            "http://sso.example.be/certs",
            "ftp://sso.example.be/certs",
            "http://127.0.0.1.evil.example/certs",
            "https://",
        ] {
            let err = from(&[ISSUER, AUDIENCE, ("GRANTDESK_OIDC_JWKS_URL", url)])
                .expect_err(url)
                .to_string();
            assert!(err.contains("https://"), "{err}");
        }
        for bad in ["0", "86401", "1m"] {
            let err = from(&[
                ISSUER,
                AUDIENCE,
                URL,
                ("GRANTDESK_OIDC_JWKS_REFRESH_SECONDS", bad),
            ])
            .expect_err(bad)
            .to_string();
            assert!(err.contains("GRANTDESK_OIDC_JWKS_REFRESH_SECONDS"), "{err}");
        }
        let spaced = ("GRANTDESK_OIDC_AUDIENCE", "grant desk");
        assert!(from(&[ISSUER, spaced, URL]).is_err());
    }
}

#[cfg(test)]
mod mail_tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn mail_is_off_without_a_relay_and_a_relay_or_sender_that_cannot_work_stops_start_up() {
        assert_eq!(mail_settings(env(&[])).unwrap(), None);
        let on = mail_settings(env(&[("GRANTDESK_SMTP_URL", "smtp://127.0.0.1:2525")]))
            .unwrap()
            .unwrap();
        assert_eq!(on.from, DEFAULT_MAIL_FROM);
        let tls = mail_settings(env(&[
            (
                "GRANTDESK_SMTP_URL",
                "smtps://user:secret@relay.example:465",
            ),
            (
                "GRANTDESK_MAIL_FROM",
                "Subsidies <subsidies@vlaanderen.example>",
            ),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(tls.from, "Subsidies <subsidies@vlaanderen.example>");
        // the unsubscribe links' start: the bind address unless the public address is set
        assert_eq!(on.public_url, format!("http://{DEFAULT_BIND}"));
        let public = mail_settings(env(&[
            ("GRANTDESK_SMTP_URL", "smtp://127.0.0.1:2525"),
            ("GRANTDESK_PUBLIC_URL", "https://subsidies.example/"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(public.public_url, "https://subsidies.example");
        for (pairs, named) in [
            (
                &[
                    ("GRANTDESK_SMTP_URL", "smtp://relay.example"),
                    ("GRANTDESK_PUBLIC_URL", "subsidies.example"),
                ][..],
                "GRANTDESK_PUBLIC_URL",
            ),
            (
                &[
                    ("GRANTDESK_SMTP_URL", "smtp://relay.example"),
                    ("GRANTDESK_PUBLIC_URL", "https://"),
                ][..],
                "GRANTDESK_PUBLIC_URL",
            ),
            (
                &[("GRANTDESK_MAIL_FROM", "a@b.example")][..],
                "GRANTDESK_SMTP_URL",
            ),
            (
                &[("GRANTDESK_SMTP_URL", "ftp://relay.example")][..],
                "GRANTDESK_SMTP_URL",
            ),
            (
                &[
                    ("GRANTDESK_SMTP_URL", "smtp://relay.example"),
                    ("GRANTDESK_MAIL_FROM", "not an address"),
                ][..],
                "GRANTDESK_MAIL_FROM",
            ),
        ] {
            let err = mail_settings(env(pairs)).unwrap_err().to_string();
            assert!(err.contains(named), "{pairs:?}: {err}");
        }
    }

    #[test]
    fn reminders_go_out_a_week_and_a_day_before_unless_configured_otherwise() {
        let d = reminder_settings(env(&[])).unwrap();
        assert_eq!(d, ReminderSettings::default());
        assert_eq!(
            d.offsets.as_slice(),
            [Duration::from_secs(7 * 86_400), Duration::from_secs(86_400)]
        );
        assert_eq!(d.interval, Duration::from_secs(60));
        let set = reminder_settings(env(&[
            ("GRANTDESK_REMINDER_OFFSETS", "3d,12h"),
            ("GRANTDESK_REMINDER_INTERVAL_SECONDS", "5"),
        ]))
        .unwrap();
        assert_eq!(
            set.offsets.as_slice(),
            [
                Duration::from_secs(3 * 86_400),
                Duration::from_secs(12 * 3600)
            ]
        );
        assert_eq!(set.interval, Duration::from_secs(5));
        let off = reminder_settings(env(&[("GRANTDESK_REMINDER_OFFSETS", "")])).unwrap();
        assert!(off.offsets.as_slice().is_empty());
        for (name, value) in [
            ("GRANTDESK_REMINDER_OFFSETS", "7"),
            ("GRANTDESK_REMINDER_OFFSETS", "1w"),
            ("GRANTDESK_REMINDER_INTERVAL_SECONDS", "0"),
        ] {
            let err = reminder_settings(env(&[(name, value)]))
                .unwrap_err()
                .to_string();
            assert!(err.contains(name), "{name}={value}: {err}");
        }
    }

    #[test]
    fn the_webhook_settings_refuse_private_networks_by_default_and_check_the_ca_file() {
        let d = webhook_settings(env(&[])).unwrap();
        assert_eq!(d, WebhookSettings::default());
        assert_eq!(d.private, PrivateAddresses::Refuse);
        assert_eq!(d.disable_after, 5);
        let ca = tempfile::NamedTempFile::new().unwrap();
        let ca_path = ca.path().to_str().unwrap().to_owned();
        let set = webhook_settings(env(&[
            ("GRANTDESK_WEBHOOK_ALLOW_PRIVATE", "true"),
            ("GRANTDESK_WEBHOOK_CA_FILE", &ca_path),
            ("GRANTDESK_WEBHOOK_TIMEOUT_SECONDS", "3"),
            ("GRANTDESK_WEBHOOK_DISABLE_AFTER", "2"),
        ]))
        .unwrap();
        assert_eq!(set.private, PrivateAddresses::Allow);
        assert_eq!(set.ca_file.as_deref(), Some(ca.path()));
        assert_eq!(set.timeout, Duration::from_secs(3));
        assert_eq!(set.disable_after, 2);
        for (name, bad) in [
            ("GRANTDESK_WEBHOOK_ALLOW_PRIVATE", "maybe"),
            ("GRANTDESK_WEBHOOK_CA_FILE", "/nonexistent/ca.pem"),
            ("GRANTDESK_WEBHOOK_TIMEOUT_SECONDS", "0"),
            ("GRANTDESK_WEBHOOK_DISABLE_AFTER", "1001"),
        ] {
            let err = webhook_settings(env(&[(name, bad)]))
                .unwrap_err()
                .to_string();
            assert!(err.contains(name), "{name}={bad}: {err}");
        }
    }

    #[test]
    fn the_delivery_settings_default_to_eight_attempts_and_refuse_values_out_of_range() {
        let d = delivery_settings(env(&[])).unwrap();
        assert_eq!(d, DeliverySettings::default());
        assert_eq!(d.policy.max_attempts, 8);
        let set = delivery_settings(env(&[
            ("GRANTDESK_DELIVERY_MAX_ATTEMPTS", "3"),
            ("GRANTDESK_DELIVERY_BACKOFF_SECONDS", "5"),
            ("GRANTDESK_DELIVERY_LEASE_SECONDS", "60"),
            ("GRANTDESK_DELIVERY_INTERVAL_MS", "250"),
            ("GRANTDESK_DELIVERY_CONCURRENCY", "2"),
            ("GRANTDESK_DELIVERY_YIELD_ABOVE", "0"),
            ("GRANTDESK_DELIVERY_MAX_DEFER_SECONDS", "5"),
        ]))
        .unwrap();
        assert_eq!(set.concurrency, 2);
        assert_eq!(d.yielding.above, 4, "yields while 4 requests are in flight");
        assert_eq!(d.yielding.max_defer, Duration::from_secs(30));
        assert_eq!(set.yielding.above, 0, "never yields");
        assert_eq!(set.yielding.max_defer, Duration::from_secs(5));
        assert_eq!(set.policy.max_attempts, 3);
        assert_eq!(set.policy.base, Duration::from_secs(5));
        assert_eq!(set.lease, Duration::from_secs(60));
        assert_eq!(set.interval, Duration::from_millis(250));
        for (name, bad) in [
            ("GRANTDESK_DELIVERY_MAX_ATTEMPTS", "0"),
            ("GRANTDESK_DELIVERY_MAX_ATTEMPTS", "101"),
            ("GRANTDESK_DELIVERY_BACKOFF_SECONDS", "1.5"),
            ("GRANTDESK_DELIVERY_LEASE_SECONDS", "4"),
            ("GRANTDESK_DELIVERY_INTERVAL_MS", "-1"),
            ("GRANTDESK_DELIVERY_CONCURRENCY", "0"),
            ("GRANTDESK_DELIVERY_YIELD_ABOVE", "-1"),
            ("GRANTDESK_DELIVERY_MAX_DEFER_SECONDS", "0"),
        ] {
            let err = delivery_settings(env(&[(name, bad)]))
                .unwrap_err()
                .to_string();
            assert!(err.contains(name), "{name}={bad}: {err}");
        }
    }
}

//! Abuse limits: token requests, sign-ups, password resets, questions and uploads are throttled
//! per account (or email address asked for) and per client address, before any expensive work
//! (password hashing) and before any write.
//!
//! Each limit is a keyed GCRA rate limiter of the `governor` crate, in this process's memory:
//! with N server processes a client gets up to N times a limit (see the README's "Abuse
//! limits"). A limit of `count/seconds` lets a burst of `count` through, then one more each
//! `seconds / count`: after `seconds` of quiet the whole burst is back. The limiters read the
//! server's clock ([`Clock`], injected, so tests move it), as whole microseconds since 1970.

use std::fmt;
use std::future::{ready, Ready};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};
use grantdesk_domain::Clock;
use uuid::Uuid;

use crate::error::ApiError;

/// At most this many in one limit's burst.
pub const MAX_COUNT: u32 = 1_000_000;
/// At most this long a limit's window (a day).
pub const MAX_SECONDS: u64 = 86_400;

/// A limit's rate: `count` requests per `seconds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    count: NonZeroU32,
    seconds: u64,
}

impl Rate {
    /// `count` (1 to [`MAX_COUNT`]) per `seconds` (1 to [`MAX_SECONDS`]); `None` outside those.
    pub const fn new(count: u32, seconds: u64) -> Option<Rate> {
        if count > MAX_COUNT || seconds == 0 || seconds > MAX_SECONDS {
            return None;
        }
        match NonZeroU32::new(count) {
            Some(count) => Some(Rate { count, seconds }),
            None => None,
        }
    }

    /// `count/seconds` (e.g. `10/60`), or `off` for no limit (`None`).
    pub fn parse(text: &str) -> Result<Option<Rate>, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("off") {
            return Ok(None);
        }
        let rate = text
            .split_once('/')
            .and_then(|(count, seconds)| {
                Rate::new(count.trim().parse().ok()?, seconds.trim().parse().ok()?)
            })
            .ok_or_else(|| {
                format!(
                    "must be count/seconds (1 to {MAX_COUNT} requests per 1 to {MAX_SECONDS} \
                     seconds, e.g. 10/60) or off"
                )
            })?;
        Ok(Some(rate))
    }

    pub fn count(&self) -> u32 {
        self.count.get()
    }

    pub fn seconds(&self) -> u64 {
        self.seconds
    }

    /// A burst of `count`, one more every `seconds / count`.
    fn quota(&self) -> Quota {
        let period = Duration::from_secs(self.seconds) / self.count.get();
        Quota::with_period(period)
            .expect("at least a microsecond: seconds ≥ 1 and count ≤ a million")
            .allow_burst(self.count)
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.count, self.seconds)
    }
}

/// What is limited, and by which key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Limit {
    /// `POST /auth/token`, per email address asked for (whether or not an account has it).
    TokenPerAccount,
    /// `POST /auth/token`, per client address.
    TokenPerAddress,
    /// `POST /auth/signup`, per client address.
    SignupPerAddress,
    /// `POST /auth/password-reset`, per email address asked for.
    ResetPerEmail,
    /// `POST /auth/password-reset` and `.../confirm`, per client address.
    ResetPerAddress,
    /// `POST /calls/{id}/questions`, per account.
    QuestionsPerAccount,
    /// `POST /calls/{id}/questions`, per client address.
    QuestionsPerAddress,
    /// `POST /applications/{id}/attachments` and `POST /grants/{id}/final-reports`, per account.
    UploadsPerAccount,
    /// The same uploads, per client address.
    UploadsPerAddress,
}

impl Limit {
    pub const ALL: [Limit; 9] = [
        Limit::TokenPerAccount,
        Limit::TokenPerAddress,
        Limit::SignupPerAddress,
        Limit::ResetPerEmail,
        Limit::ResetPerAddress,
        Limit::QuestionsPerAccount,
        Limit::QuestionsPerAddress,
        Limit::UploadsPerAccount,
        Limit::UploadsPerAddress,
    ];

    /// The environment variable that sets it (`count/seconds` or `off`).
    pub const fn env_var(self) -> &'static str {
        match self {
            Limit::TokenPerAccount => "GRANTDESK_RATE_LIMIT_TOKEN_PER_ACCOUNT",
            Limit::TokenPerAddress => "GRANTDESK_RATE_LIMIT_TOKEN_PER_ADDRESS",
            Limit::SignupPerAddress => "GRANTDESK_RATE_LIMIT_SIGNUP_PER_ADDRESS",
            Limit::ResetPerEmail => "GRANTDESK_RATE_LIMIT_RESET_PER_EMAIL",
            Limit::ResetPerAddress => "GRANTDESK_RATE_LIMIT_RESET_PER_ADDRESS",
            Limit::QuestionsPerAccount => "GRANTDESK_RATE_LIMIT_QUESTIONS_PER_ACCOUNT",
            Limit::QuestionsPerAddress => "GRANTDESK_RATE_LIMIT_QUESTIONS_PER_ADDRESS",
            Limit::UploadsPerAccount => "GRANTDESK_RATE_LIMIT_UPLOADS_PER_ACCOUNT",
            Limit::UploadsPerAddress => "GRANTDESK_RATE_LIMIT_UPLOADS_PER_ADDRESS",
        }
    }

    /// The default: enough for a person at a keyboard (or a script of theirs), not for a flood.
    pub const fn default_rate(self) -> Rate {
        let (count, seconds) = match self {
            Limit::TokenPerAccount => (10, 60),
            Limit::TokenPerAddress => (60, 60),
            Limit::SignupPerAddress => (20, 3600),
            Limit::ResetPerEmail => (5, 3600),
            Limit::ResetPerAddress => (30, 3600),
            Limit::QuestionsPerAccount => (20, 3600),
            Limit::QuestionsPerAddress => (60, 3600),
            Limit::UploadsPerAccount => (60, 60),
            Limit::UploadsPerAddress => (120, 60),
        };
        match Rate::new(count, seconds) {
            Some(rate) => rate,
            None => panic!("a default rate within bounds"),
        }
    }

    /// What a refusal says is limited.
    fn what(self) -> &'static str {
        match self {
            Limit::TokenPerAccount => "sign-in attempts for this email address",
            Limit::TokenPerAddress => "sign-in attempts from your network address",
            Limit::SignupPerAddress => "sign-ups from your network address",
            Limit::ResetPerEmail => "password reset requests for this email address",
            Limit::ResetPerAddress => "password reset requests from your network address",
            Limit::QuestionsPerAccount => "questions from your account",
            Limit::QuestionsPerAddress => "questions from your network address",
            Limit::UploadsPerAccount => "uploads from your account",
            Limit::UploadsPerAddress => "uploads from your network address",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Which limits apply, at which rates (from the environment, see `src/config.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimitSettings {
    /// `GRANTDESK_RATE_LIMITS`: off, nothing is limited.
    pub enabled: bool,
    rates: [Option<Rate>; 9],
}

impl Default for RateLimitSettings {
    /// On, every limit at its default (in demo mode too).
    fn default() -> Self {
        RateLimitSettings {
            enabled: true,
            rates: Limit::ALL.map(|l| Some(l.default_rate())),
        }
    }
}

impl RateLimitSettings {
    /// Nothing limited.
    pub fn off() -> Self {
        RateLimitSettings {
            enabled: false,
            ..Default::default()
        }
    }

    /// Every limit at `rate` (`None`: unlimited).
    pub fn all(rate: Option<Rate>) -> Self {
        RateLimitSettings {
            enabled: true,
            rates: [rate; 9],
        }
    }

    /// The same with one limit at `rate` (`None`: unlimited).
    pub fn with(mut self, limit: Limit, rate: Option<Rate>) -> Self {
        self.rates[limit.index()] = rate;
        self
    }

    /// A limit's rate; `None` when it does not apply (or nothing is limited).
    pub fn rate(&self, limit: Limit) -> Option<Rate> {
        self.rates[limit.index()].filter(|_| self.enabled)
    }
}

/// The server's clock for the limiters: microseconds since 1970 as a [`Duration`] (a
/// `governor` instant). Set back, the clock only makes a waiting client wait longer.
#[derive(Clone)]
struct LimiterClock(Arc<dyn Clock>);

impl governor::clock::Clock for LimiterClock {
    type Instant = Duration;

    fn now(&self) -> Duration {
        Duration::from_micros(u64::try_from(self.0.now().timestamp_micros()).unwrap_or(0))
    }
}

type Keyed = RateLimiter<String, DashMapStateStore<String>, LimiterClock, NoOpMiddleware<Duration>>;

/// Forget the keys whose bursts are whole again every this many checks (so that the maps do not
/// grow with every address and email ever seen).
const TIDY_EVERY: u64 = 4096;

/// The limiters, one per [`Limit`] that applies; shared by all the server's workers.
pub struct RateLimits {
    limiters: Vec<Option<Keyed>>,
    clock: LimiterClock,
    checks: AtomicU64,
}

impl fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateLimits")
            .field(
                "limits",
                &Limit::ALL
                    .iter()
                    .filter(|l| self.limiters[l.index()].is_some())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl RateLimits {
    pub fn new(settings: &RateLimitSettings, clock: Arc<dyn Clock>) -> Self {
        let clock = LimiterClock(clock);
        RateLimits {
            limiters: Limit::ALL
                .iter()
                .map(|&l| {
                    settings
                        .rate(l)
                        .map(|rate| RateLimiter::dashmap_with_clock(rate.quota(), clock.clone()))
                })
                .collect(),
            clock,
            checks: AtomicU64::new(0),
        }
    }

    /// Counts one request against each (limit, key) in turn; the first limit that is spent
    /// refuses it with a 429 that says what is limited and when to try again.
    pub fn check(&self, keys: &[(Limit, &str)]) -> Result<(), ApiError> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % TIDY_EVERY == TIDY_EVERY - 1 {
            self.tidy();
        }
        for &(limit, key) in keys {
            let Some(limiter) = &self.limiters[limit.index()] else {
                continue;
            };
            if let Err(not_until) = limiter.check_key(&key.to_owned()) {
                use governor::clock::Clock as _;
                let wait = not_until.wait_time_from(self.clock.now());
                let seconds = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
                return Err(ApiError::TooManyRequests {
                    detail: format!("too many {}: try again in {seconds} s", limit.what()),
                    retry_after: seconds,
                });
            }
        }
        Ok(())
    }

    /// Drops the keys that are back to a whole burst.
    fn tidy(&self) {
        for limiter in self.limiters.iter().flatten() {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }

    /// A token request: per client address, then per email address asked for (trimmed and
    /// lower-cased as accounts are looked up; counted whether or not an account has it, so
    /// that a refusal says nothing about whether it exists).
    pub fn token_request(&self, client: &ClientAddress, email: &str) -> Result<(), ApiError> {
        self.check(&[
            (Limit::TokenPerAddress, &client.0),
            (Limit::TokenPerAccount, &email_key(email)),
        ])
    }

    /// A sign-up: per client address.
    pub fn signup(&self, client: &ClientAddress) -> Result<(), ApiError> {
        self.check(&[(Limit::SignupPerAddress, &client.0)])
    }

    /// A password reset request (with the email address asked for) or confirmation (without):
    /// per client address, then per email address.
    pub fn password_reset(
        &self,
        client: &ClientAddress,
        email: Option<&str>,
    ) -> Result<(), ApiError> {
        match email {
            Some(email) => self.check(&[
                (Limit::ResetPerAddress, &client.0),
                (Limit::ResetPerEmail, &email_key(email)),
            ]),
            None => self.check(&[(Limit::ResetPerAddress, &client.0)]),
        }
    }

    /// A question: per client address, then per account.
    pub fn question(&self, client: &ClientAddress, account: Uuid) -> Result<(), ApiError> {
        self.check(&[
            (Limit::QuestionsPerAddress, &client.0),
            (Limit::QuestionsPerAccount, &account.to_string()),
        ])
    }

    /// An upload: per client address, then per account.
    pub fn upload(&self, client: &ClientAddress, account: Uuid) -> Result<(), ApiError> {
        self.check(&[
            (Limit::UploadsPerAddress, &client.0),
            (Limit::UploadsPerAccount, &account.to_string()),
        ])
    }
}

/// An email address as accounts are looked up by it.
fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The client's address, as a limit's key: the TCP peer's IPv4 address, or the /64 network of
/// its IPv6 address (one subscriber's usual allocation). Behind a reverse proxy every client has
/// the proxy's address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(pub String);

impl ClientAddress {
    pub fn of(peer: Option<SocketAddr>) -> Self {
        ClientAddress(match peer.map(|a| a.ip().to_canonical()) {
            Some(IpAddr::V4(ip)) => ip.to_string(),
            Some(IpAddr::V6(ip)) => {
                let s = ip.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
            None => "unknown".to_owned(),
        })
    }
}

impl FromRequest for ClientAddress {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(ClientAddress::of(req.peer_addr())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, TimeZone, Utc};
    use grantdesk_domain::FixedClock;

    #[test]
    fn a_rate_is_count_per_seconds_within_bounds_or_off() {
        assert_eq!(Rate::parse("10/60"), Ok(Rate::new(10, 60)));
        assert_eq!(Rate::parse(" 5 / 3600 "), Ok(Rate::new(5, 3600)));
        assert_eq!(Rate::parse("OFF"), Ok(None));
        assert_eq!(Rate::new(10, 60).unwrap().to_string(), "10/60");
        for bad in [
            "",
            "10",
            "0/60",
            "10/0",
            "-1/60",
            "10/86401",
            "1000001/1",
            "1.5/60",
            "ten/60",
            "10/60/2",
        ] {
            assert!(Rate::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn settings_default_to_on_and_off_turns_every_limit_off() {
        let on = RateLimitSettings::default();
        assert!(on.enabled);
        assert_eq!(on.rate(Limit::TokenPerAccount), Rate::new(10, 60));
        assert_eq!(on.rate(Limit::SignupPerAddress), Rate::new(20, 3600));
        let off = RateLimitSettings::off();
        assert!(Limit::ALL.iter().all(|&l| off.rate(l).is_none()));
        let one_off = on.with(Limit::UploadsPerAccount, None);
        assert_eq!(one_off.rate(Limit::UploadsPerAccount), None);
        assert_eq!(one_off.rate(Limit::UploadsPerAddress), Rate::new(120, 60));
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn a_burst_passes_the_next_is_refused_with_when_to_retry_and_time_brings_it_back() {
        let clock = Arc::new(FixedClock::new(at(0)));
        let settings = RateLimitSettings::off().with(Limit::SignupPerAddress, Rate::new(3, 60));
        let settings = RateLimitSettings {
            enabled: true,
            ..settings
        };
        let limits = RateLimits::new(&settings, clock.clone());
        let me = ClientAddress("192.0.2.1".into());
        let other = ClientAddress("192.0.2.2".into());
        for _ in 0..3 {
            limits.signup(&me).expect("within the burst");
        }
        let refused = limits.signup(&me).unwrap_err();
        match &refused {
            ApiError::TooManyRequests {
                detail,
                retry_after,
            } => {
                // one of three comes back every 20 s
                assert_eq!(*retry_after, 20);
                assert!(
                    detail.contains("sign-ups from your network address"),
                    "{detail}"
                );
                assert!(detail.contains("20 s"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
        limits
            .signup(&other)
            .expect("another address has its own count");
        // a limit that is off counts nothing
        for _ in 0..10 {
            limits.token_request(&me, "x@example.org").unwrap();
        }
        clock.set(at(19));
        assert!(limits.signup(&me).is_err());
        clock.set(at(20));
        limits.signup(&me).expect("one came back");
        assert!(limits.signup(&me).is_err());
        clock.set(at(20 + 60));
        for _ in 0..3 {
            limits.signup(&me).expect("the whole burst came back");
        }
    }

    #[test]
    fn the_email_key_is_the_address_as_accounts_are_looked_up() {
        let clock = Arc::new(FixedClock::new(at(0)));
        let settings = RateLimitSettings::all(None).with(Limit::TokenPerAccount, Rate::new(2, 60));
        let limits = RateLimits::new(&settings, clock);
        let me = ClientAddress("192.0.2.1".into());
        limits.token_request(&me, "Ann@Example.org").unwrap();
        limits.token_request(&me, " ann@example.org ").unwrap();
        assert!(limits.token_request(&me, "ANN@EXAMPLE.ORG").is_err());
        limits.token_request(&me, "bob@example.org").unwrap();
    }

    #[test]
    fn a_client_address_is_its_ipv4_address_or_its_ipv6_network() {
        let of = |a: &str| ClientAddress::of(Some(a.parse().unwrap())).0;
        assert_eq!(of("192.0.2.7:5000"), "192.0.2.7");
        assert_eq!(of("[::ffff:192.0.2.7]:5000"), "192.0.2.7");
        assert_eq!(of("[2001:db8:1:2:3:4:5:6]:443"), "2001:db8:1:2::/64");
        assert_eq!(of("[2001:db8:1:2:ffff::1]:443"), "2001:db8:1:2::/64");
        assert_eq!(ClientAddress::of(None).0, "unknown");
    }
}

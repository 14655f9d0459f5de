//! Access tokens of an external OpenID Connect provider (a government's Keycloak, EU Login,
//! the Flemish government's): verified against the provider's published keys (its JWKS),
//! then mapped to a local account by `services::identity`.
//!
//! Only asymmetric signatures are accepted on this path (RS256, ES256, EdDSA), and only with a
//! key of the matching type: a token that names HS256 or `none` never gets here (and would be
//! refused if it did), so a token "signed" with the provider's public key as an HMAC secret is
//! worthless. The keys are loaded at start and loaded again when a token names a key id the
//! cache does not hold, at most once per refresh interval (keys rotate without a restart, and
//! a flood of made-up key ids costs at most one fetch per interval).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk, KeyAlgorithm, PublicKeyUse};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use super::jwt::{header_of, ALGORITHM};
use super::Claims;
use crate::error::ApiError;
use crate::state::AppState;

/// Where the provider's keys are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwksSource {
    /// Fetched over HTTP(S) (`GRANTDESK_OIDC_JWKS_URL`), e.g. Keycloak's
    /// `https://sso.example.be/realms/<realm>/protocol/openid-connect/certs`.
    Url(String),
    /// Read from a file (`GRANTDESK_OIDC_JWKS_FILE`), e.g. one kept by configuration management.
    File(PathBuf),
}

/// The external identity provider, as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcSettings {
    /// The provider's issuer, compared exactly with the token's `iss`.
    pub issuer: String,
    /// What the token's `aud` must contain (the client id this API is known by).
    pub audience: String,
    pub jwks: JwksSource,
    /// The shortest time between two loads of the keys.
    pub refresh: Duration,
}

/// The default shortest time between two loads of the provider's keys.
pub const DEFAULT_JWKS_REFRESH: Duration = Duration::from_secs(60);
/// How long a fetch of the keys may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest key set read (a real one is a few kilobytes).
const MAX_JWKS_BYTES: usize = 256 * 1024;
/// The smallest RSA modulus accepted (bits).
const MIN_RSA_BITS: usize = 2048;
/// The longest subject accepted (OpenID Connect: at most 255 ASCII characters).
const MAX_SUBJECT_LEN: usize = 255;

/// Why a provider's token is refused (always a 401), in our words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OidcError {
    #[error("invalid token: it is not a well-formed JSON Web Token (header.claims.signature)")]
    Malformed,
    #[error(
        "invalid token: its algorithm is not accepted (the identity provider's tokens must be \
         signed with RS256, ES256 or EdDSA)"
    )]
    Algorithm,
    #[error(
        "invalid token: it has a critical header parameter (crit), and this server \
         understands no extension"
    )]
    CriticalHeader,
    #[error("invalid token: it names no key (kid) of the identity provider")]
    NoKeyId,
    #[error("invalid token: the identity provider has no key with its key id (kid)")]
    UnknownKey,
    #[error("invalid token: its algorithm is not the one of the key it names")]
    KeyMismatch,
    #[error("invalid token: its signature does not verify")]
    Signature,
    #[error("invalid token: it was not issued by the configured identity provider (wrong issuer)")]
    Issuer,
    #[error("invalid token: it is not meant for this API (wrong audience)")]
    Audience,
    #[error("invalid token: its claims are missing or malformed")]
    Claims,
    #[error("invalid token: it has expired")]
    Expired,
    #[error("invalid token: it is not yet valid")]
    NotYetValid,
}

impl OidcError {
    /// The library's reason, in our words (its own text names its internals).
    fn from_kind(kind: &ErrorKind) -> OidcError {
        match kind {
            ErrorKind::InvalidSignature => OidcError::Signature,
            ErrorKind::InvalidAlgorithm
            | ErrorKind::InvalidAlgorithmName
            | ErrorKind::UnsupportedAlgorithm
            | ErrorKind::MissingAlgorithm
            | ErrorKind::InvalidKeyFormat => OidcError::KeyMismatch,
            ErrorKind::InvalidIssuer => OidcError::Issuer,
            ErrorKind::InvalidAudience => OidcError::Audience,
            ErrorKind::ExpiredSignature => OidcError::Expired,
            ErrorKind::ImmatureSignature => OidcError::NotYetValid,
            ErrorKind::Json(_)
            | ErrorKind::MissingRequiredClaim(_)
            | ErrorKind::InvalidClaimFormat(_)
            | ErrorKind::InvalidSubject => OidcError::Claims,
            _ => OidcError::Malformed,
        }
    }
}

/// Who a verified provider token speaks for, and what it says about them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalIdentity {
    pub issuer: String,
    pub subject: String,
    pub email: Option<String>,
    /// `true` only when the token says `email_verified: true`.
    pub email_verified: bool,
    pub name: Option<String>,
    /// The provider token's expiry and issue time (seconds since the epoch).
    pub exp: i64,
    pub iat: Option<i64>,
    /// The provider token's `jti`, or (without one) the SHA-256 of the token: what sign-out
    /// revokes.
    pub token_id: String,
}

/// The claims read from a provider's token (`aud` and `iss` are checked by the library).
#[derive(Debug, Deserialize)]
struct ProviderClaims {
    sub: String,
    iss: String,
    exp: i64,
    #[serde(default)]
    nbf: Option<i64>,
    #[serde(default)]
    iat: Option<i64>,
    #[serde(default)]
    jti: Option<String>,
    #[serde(default)]
    email: Option<String>,
    /// Only a JSON `true` counts (some providers send strings: they are not trusted).
    #[serde(default)]
    email_verified: Option<serde_json::Value>,
    #[serde(default)]
    name: Option<String>,
}

/// A key of the provider, usable for exactly one algorithm.
#[derive(Clone)]
struct SigningKey {
    algorithm: Algorithm,
    key: DecodingKey,
}

type KeySet = HashMap<String, SigningKey>;

/// The provider's verifier: its settings and its keys, cached.
pub struct OidcVerifier {
    settings: OidcSettings,
    keys: RwLock<Arc<KeySet>>,
    /// When the keys were last loaded (or tried); held while a load runs, so that concurrent
    /// requests with unknown key ids wait for it instead of fetching again.
    last_load: tokio::sync::Mutex<Option<Instant>>,
    client: reqwest::Client,
}

impl std::fmt::Debug for OidcVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcVerifier")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl OidcVerifier {
    /// Loads the provider's keys: a key set that cannot be read, or holds no usable key,
    /// stops start-up with the reason.
    pub async fn start(settings: OidcSettings) -> Result<OidcVerifier, String> {
        let client = reqwest::Client::builder()
            .timeout(FETCH_TIMEOUT)
            .connect_timeout(FETCH_TIMEOUT)
            .build()
            .map_err(|e| format!("cannot make an HTTP client for the JWKS: {e}"))?;
        let verifier = OidcVerifier {
            settings,
            keys: RwLock::new(Arc::new(KeySet::new())),
            last_load: tokio::sync::Mutex::new(None),
            client,
        };
        {
            let mut last = verifier.last_load.lock().await;
            *last = Some(Instant::now());
            let keys = verifier.load().await?;
            if keys.is_empty() {
                return Err(format!(
                    "the identity provider's JWKS ({}) holds no usable signing key: RS256 (RSA, \
                     at least {MIN_RSA_BITS} bits), ES256 (P-256) or EdDSA (Ed25519), each with a kid",
                    verifier.source()
                ));
            }
            *verifier.keys.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(keys);
        }
        Ok(verifier)
    }

    pub fn settings(&self) -> &OidcSettings {
        &self.settings
    }

    fn source(&self) -> String {
        match &self.settings.jwks {
            JwksSource::Url(url) => url.clone(),
            JwksSource::File(path) => path.display().to_string(),
        }
    }

    /// Verifies a provider's token, in this order: its shape and header (no `crit`; `alg`
    /// RS256, ES256 or EdDSA; a `kid`), the key it names (loaded again when unknown, at most
    /// once per refresh interval) and that the key is of the token's algorithm, the signature,
    /// the issuer (exact), the audience (contains ours) and the claims, then `exp` and `nbf`
    /// against `now` (the injected clock, no leeway).
    pub async fn verify(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<ExternalIdentity, OidcError> {
        let (algorithm, kid) = check_header(token)?;
        let key = match self.key(&kid) {
            Some(key) => key,
            None => {
                self.reload().await;
                self.key(&kid).ok_or(OidcError::UnknownKey)?
            }
        };
        if key.algorithm != algorithm {
            return Err(OidcError::KeyMismatch);
        }
        let mut validation = Validation::new(algorithm);
        validation.set_issuer(&[&self.settings.issuer]);
        validation.set_audience(&[&self.settings.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        // expiry and not-before are checked below against the injected clock
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.leeway = 0;
        let claims = decode::<ProviderClaims>(token, &key.key, &validation)
            .map_err(|e| OidcError::from_kind(e.kind()))?
            .claims;
        if claims.iss != self.settings.issuer {
            return Err(OidcError::Issuer);
        }
        let subject = claims.sub.trim();
        if subject.is_empty()
            || subject.len() > MAX_SUBJECT_LEN
            || subject.chars().any(char::is_control)
        {
            return Err(OidcError::Claims);
        }
        if claims.exp <= now.timestamp() {
            return Err(OidcError::Expired);
        }
        if claims.nbf.is_some_and(|nbf| nbf > now.timestamp()) {
            return Err(OidcError::NotYetValid);
        }
        let token_id = match claims.jti.filter(|j| !j.is_empty()) {
            Some(jti) => jti,
            None => grantdesk_domain::sha256_hex(token.as_bytes()),
        };
        Ok(ExternalIdentity {
            issuer: claims.iss,
            subject: subject.to_owned(),
            email: claims.email.filter(|e| !e.trim().is_empty()),
            email_verified: claims.email_verified == Some(serde_json::Value::Bool(true)),
            name: claims.name,
            exp: claims.exp,
            iat: claims.iat,
            token_id,
        })
    }

    fn key(&self, kid: &str) -> Option<SigningKey> {
        self.keys
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(kid)
            .cloned()
    }

    /// Loads the keys again unless they were loaded less than the refresh interval ago. A
    /// failed load keeps the keys there are (and counts as a load: it is not retried at once).
    async fn reload(&self) {
        let mut last = self.last_load.lock().await;
        if last.is_some_and(|t| t.elapsed() < self.settings.refresh) {
            return;
        }
        *last = Some(Instant::now());
        match self.load().await {
            Ok(keys) => {
                tracing::info!(keys = keys.len(), source = %self.source(), "identity provider's keys loaded");
                *self.keys.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(keys);
            }
            Err(reason) => tracing::warn!(%reason, "the identity provider's keys were not loaded"),
        }
    }

    /// Reads the key set from its source.
    async fn load(&self) -> Result<KeySet, String> {
        let bytes = match &self.settings.jwks {
            JwksSource::File(path) => std::fs::read(path)
                .map_err(|e| format!("cannot read the JWKS file {}: {e}", path.display()))?,
            JwksSource::Url(url) => self.fetch(url).await?,
        };
        if bytes.len() > MAX_JWKS_BYTES {
            return Err(format!(
                "the JWKS at {} is larger than {MAX_JWKS_BYTES} bytes",
                self.source()
            ));
        }
        parse_jwks(&bytes).map_err(|e| format!("the JWKS at {} {e}", self.source()))
    }

    async fn fetch(&self, url: &str) -> Result<Vec<u8>, String> {
        let mut response = self
            .client
            .get(url)
            .header("accept", "application/json")
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("cannot fetch the JWKS from {url}: {e}"))?;
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| format!("cannot read the JWKS from {url}: {e}"))?
        {
            body.extend_from_slice(&chunk);
            if body.len() > MAX_JWKS_BYTES {
                break;
            }
        }
        Ok(body)
    }
}

/// The usable signing keys of a JWKS by key id: RSA (at least 2048 bits) for RS256, P-256 for
/// ES256, Ed25519 for EdDSA; a key's own `alg`, when given, must be that algorithm, and its
/// `use`, when given, `sig`. Other keys (encryption keys, symmetric keys, other curves, keys
/// without a kid) are left out.
fn parse_jwks(bytes: &[u8]) -> Result<KeySet, String> {
    #[derive(Deserialize)]
    struct Set {
        keys: Vec<serde_json::Value>,
    }
    let set: Set =
        serde_json::from_slice(bytes).map_err(|_| "is not a JSON Web Key Set".to_owned())?;
    let mut keys = KeySet::new();
    for value in set.keys {
        let Ok(jwk) = serde_json::from_value::<Jwk>(value) else {
            continue;
        };
        let Some(kid) = jwk.common.key_id.clone().filter(|k| !k.is_empty()) else {
            continue;
        };
        if let Some(key) = signing_key(&jwk) {
            keys.insert(kid, key);
        }
    }
    Ok(keys)
}

fn signing_key(jwk: &Jwk) -> Option<SigningKey> {
    if jwk
        .common
        .public_key_use
        .as_ref()
        .is_some_and(|u| *u != PublicKeyUse::Signature)
    {
        return None;
    }
    let (algorithm, named) = match &jwk.algorithm {
        AlgorithmParameters::RSA(rsa) => {
            let modulus = URL_SAFE_NO_PAD.decode(&rsa.n).ok()?;
            let bits = modulus.iter().skip_while(|b| **b == 0).count() * 8;
            if bits < MIN_RSA_BITS {
                return None;
            }
            (Algorithm::RS256, KeyAlgorithm::RS256)
        }
        AlgorithmParameters::EllipticCurve(ec) if ec.curve == EllipticCurve::P256 => {
            (Algorithm::ES256, KeyAlgorithm::ES256)
        }
        AlgorithmParameters::OctetKeyPair(okp) if okp.curve == EllipticCurve::Ed25519 => {
            (Algorithm::EdDSA, KeyAlgorithm::EdDSA)
        }
        _ => return None,
    };
    if jwk.common.key_algorithm.is_some_and(|a| a != named) {
        return None;
    }
    let key = DecodingKey::from_jwk(jwk).ok()?;
    Some(SigningKey { algorithm, key })
}

/// The algorithms a provider's token may name.
const ALGORITHMS: [(&str, Algorithm); 3] = [
    ("RS256", Algorithm::RS256),
    ("ES256", Algorithm::ES256),
    ("EdDSA", Algorithm::EdDSA),
];

/// Reads the header before anything else: three parts, a JSON object, no `crit`, `alg` one of
/// [`ALGORITHMS`], a `kid`.
fn check_header(token: &str) -> Result<(Algorithm, String), OidcError> {
    let header = header_of(token).ok_or(OidcError::Malformed)?;
    if header.contains_key("crit") {
        return Err(OidcError::CriticalHeader);
    }
    let alg = header.get("alg").and_then(|a| a.as_str());
    let algorithm = ALGORITHMS
        .iter()
        .find(|(name, _)| Some(*name) == alg)
        .map(|(_, a)| *a)
        .ok_or(OidcError::Algorithm)?;
    let kid = match header.get("kid") {
        None => return Err(OidcError::NoKeyId),
        Some(serde_json::Value::String(kid)) if !kid.is_empty() => kid.clone(),
        Some(_) => return Err(OidcError::Malformed),
    };
    jsonwebtoken::decode_header(token).map_err(|_| OidcError::Malformed)?;
    Ok((algorithm, kid))
}

/// Whether a bearer token is for the external provider: its header names another algorithm
/// than our own tokens' HS256 (or none, or cannot be read: those are refused on this path in
/// the provider's words). Our own tokens keep their path.
pub fn is_external(token: &str) -> bool {
    header_of(token).is_none_or(|h| h.get("alg").and_then(|a| a.as_str()) != Some(ALGORITHM))
}

/// The request's bearer token when it is the external provider's and one is configured: a
/// future that verifies it and maps it to its account ([`crate::services::identity`]). `None`
/// for every other request, which keeps the local path.
pub fn external_bearer(
    req: &actix_web::HttpRequest,
) -> Option<impl std::future::Future<Output = Result<Option<Claims>, ApiError>> + 'static> {
    let state = req.app_data::<actix_web::web::Data<AppState>>()?.clone();
    let verifier = state.oidc.clone()?;
    let value = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))?
        .trim();
    if token.is_empty() || !is_external(token) {
        return None;
    }
    let token = token.to_owned();
    Some(async move {
        let identity = verifier
            .verify(&token, state.clock.now())
            .await
            .map_err(|e| ApiError::Unauthenticated(e.to_string()))?;
        crate::services::identity::claims_for(&state, identity)
            .await
            .map(Some)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(header: serde_json::Value) -> String {
        format!(
            "{}.{}.c2ln",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode("{}")
        )
    }

    #[test]
    fn only_asymmetric_algorithms_with_a_key_id_pass_the_header_check() {
        let cases = [
            (
                serde_json::json!({"alg": "none", "kid": "k"}),
                OidcError::Algorithm,
            ),
            (
                serde_json::json!({"alg": "HS256", "kid": "k"}),
                OidcError::Algorithm,
            ),
            (
                serde_json::json!({"alg": "PS256", "kid": "k"}),
                OidcError::Algorithm,
            ),
            (
                serde_json::json!({"alg": "ES384", "kid": "k"}),
                OidcError::Algorithm,
            ),
            (serde_json::json!({"kid": "k"}), OidcError::Algorithm),
            (serde_json::json!({"alg": "RS256"}), OidcError::NoKeyId),
            (
                serde_json::json!({"alg": "RS256", "kid": 1}),
                OidcError::Malformed,
            ),
            (
                serde_json::json!({"alg": "RS256", "kid": "k", "crit": ["b64"], "b64": false}),
                OidcError::CriticalHeader,
            ),
        ];
        for (header, expected) in cases {
            assert_eq!(
                check_header(&token(header.clone())),
                Err(expected),
                "{header}"
            );
        }
        for alg in ["RS256", "ES256", "EdDSA"] {
            let header = serde_json::json!({"alg": alg, "kid": "k", "typ": "JWT"});
            assert_eq!(check_header(&token(header)).map(|(_, k)| k), Ok("k".into()));
        }
        assert_eq!(check_header("a.b"), Err(OidcError::Malformed));
    }

    #[test]
    fn only_our_own_hs256_tokens_keep_the_local_path() {
        assert!(!is_external(&token(serde_json::json!({"alg": "HS256"}))));
        assert!(is_external(&token(serde_json::json!({"alg": "RS256"}))));
        assert!(is_external(&token(serde_json::json!({"alg": "none"}))));
        assert!(is_external("not-a-token"));
    }

    #[test]
    fn symmetric_encryption_and_weak_keys_are_left_out_of_the_set() {
        let set = serde_json::json!({"keys": [
            {"kty": "oct", "kid": "hmac", "k": "c2VjcmV0"},
            {"kty": "RSA", "kid": "small", "n": URL_SAFE_NO_PAD.encode([0xffu8; 128]), "e": "AQAB"},
            {"kty": "RSA", "kid": "enc", "use": "enc", "n": URL_SAFE_NO_PAD.encode([0xffu8; 256]), "e": "AQAB"},
            {"kty": "RSA", "kid": "pss", "alg": "PS256", "n": URL_SAFE_NO_PAD.encode([0xffu8; 256]), "e": "AQAB"},
            {"kty": "RSA", "n": URL_SAFE_NO_PAD.encode([0xffu8; 256]), "e": "AQAB"},
            {"kty": "RSA", "kid": "good", "use": "sig", "n": URL_SAFE_NO_PAD.encode([0xffu8; 256]), "e": "AQAB"},
            {"kty": "whatever", "kid": "odd"},
        ]});
        let keys = parse_jwks(set.to_string().as_bytes()).expect("a set");
        assert_eq!(keys.keys().collect::<Vec<_>>(), vec!["good"]);
        assert_eq!(keys["good"].algorithm, Algorithm::RS256);
        assert!(parse_jwks(b"[1, 2]").is_err());
    }
}

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{
    decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Role;

pub const TOKEN_ISSUER: &str = "grantdesk";

/// What a token says about its bearer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The user id.
    pub sub: Uuid,
    pub email: String,
    pub role: Role,
    /// The organisations the user acts for (applicants).
    #[serde(default)]
    pub orgs: Vec<Uuid>,
    pub iss: String,
    pub iat: i64,
    pub exp: i64,
    /// The token's own id (what sign-out revokes).
    pub jti: Uuid,
    /// The account's version when the token was issued: disabling the account, changing its
    /// role or its password moves it on, and the token stops working.
    pub ver: i64,
    /// Not before (seconds since the epoch): the token is refused until then. Tokens issued
    /// here carry none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
}

impl Claims {
    /// How the bearer is named in the ledger and the audit trail.
    pub fn actor(&self) -> String {
        format!("user:{}", self.sub)
    }
}

/// The HS256 keys, made from the secret.
#[derive(Clone)]
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    pub ttl: chrono::Duration,
}

impl std::fmt::Debug for JwtKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JwtKeys")
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

/// The shortest secret accepted (bytes).
pub const MIN_SECRET_LEN: usize = 32;

impl JwtKeys {
    /// Refuses a secret shorter than 32 bytes.
    pub fn new(secret: &[u8], ttl: chrono::Duration) -> Result<Self, String> {
        if secret.len() < MIN_SECRET_LEN {
            return Err(format!(
                "the JWT secret must be at least {MIN_SECRET_LEN} bytes long"
            ));
        }
        Ok(JwtKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            ttl,
        })
    }

    /// A token for the account `user` at its `version` (see [`Claims::ver`]).
    pub fn issue(
        &self,
        user: Uuid,
        email: &str,
        role: Role,
        orgs: Vec<Uuid>,
        version: i64,
        now: DateTime<Utc>,
    ) -> Result<(String, Claims), String> {
        let claims = Claims {
            sub: user,
            email: email.to_owned(),
            role,
            orgs,
            iss: TOKEN_ISSUER.to_owned(),
            iat: now.timestamp(),
            exp: (now + self.ttl).timestamp(),
            jti: Uuid::new_v4(),
            ver: version,
            nbf: None,
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map(|t| (t, claims))
            .map_err(|e| e.to_string())
    }

    /// Verifies, in this order: the token's shape, its header (no `crit`: we understand no
    /// extension; `alg` exactly HS256, so `alg: none` and every other algorithm are refused),
    /// the signature, the issuer and the claims, then expiry (`exp`) and `nbf` against `now`
    /// (the injected clock, no leeway). Every refusal says why in our words, never the
    /// library's.
    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Claims, TokenError> {
        check_header(token)?;
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[TOKEN_ISSUER]);
        validation.set_required_spec_claims(&["exp", "iss", "sub", "jti"]);
        // expiry and not-before are checked below against the injected clock
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.validate_aud = false;
        validation.leeway = 0;
        let claims = decode::<Claims>(token, &self.decoding, &validation)
            .map_err(|e| TokenError::from_kind(e.kind()))?
            .claims;
        if claims.exp <= now.timestamp() {
            return Err(TokenError::Expired);
        }
        if claims.nbf.is_some_and(|nbf| nbf > now.timestamp()) {
            return Err(TokenError::NotYetValid);
        }
        Ok(claims)
    }
}

/// The only algorithm a token may name.
pub(super) const ALGORITHM: &str = "HS256";

/// A token's header as a JSON object, when the token is three parts with such a header (ours
/// and an identity provider's alike).
pub(super) fn header_of(token: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 || parts[..2].iter().any(|p| p.is_empty()) {
        return None;
    }
    URL_SAFE_NO_PAD
        .decode(parts[0])
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
}

/// Checks the header before anything else is read: three parts, a header that is a JSON
/// object, no `crit` parameter (RFC 7515 4.1.11: a recipient that does not understand the
/// listed extensions must refuse the token; we understand none), `alg` exactly HS256.
fn check_header(token: &str) -> Result<(), TokenError> {
    let header = header_of(token).ok_or(TokenError::Malformed)?;
    if header.contains_key("crit") {
        return Err(TokenError::CriticalHeader);
    }
    if header.get("alg").and_then(|a| a.as_str()) != Some(ALGORITHM) {
        return Err(TokenError::Algorithm);
    }
    // the library reads the header once more; what it cannot read is malformed
    decode_header(token).map_err(|_| TokenError::Malformed)?;
    Ok(())
}

/// Why a bearer token is refused (always a 401). The message says it in our words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("invalid token: it is not a well-formed JSON Web Token (header.claims.signature)")]
    Malformed,
    #[error("invalid token: its algorithm is not accepted (only HS256 is)")]
    Algorithm,
    #[error(
        "invalid token: it has a critical header parameter (crit), and this server \
         understands no extension"
    )]
    CriticalHeader,
    #[error("invalid token: its signature does not verify")]
    Signature,
    #[error("invalid token: it was not issued by this server (wrong issuer)")]
    Issuer,
    #[error("invalid token: its claims are missing or malformed")]
    Claims,
    #[error("invalid token: it has expired")]
    Expired,
    #[error("invalid token: it is not yet valid")]
    NotYetValid,
}

impl TokenError {
    /// The library's reason, in our words (its own text names its internals).
    fn from_kind(kind: &ErrorKind) -> TokenError {
        match kind {
            ErrorKind::InvalidSignature => TokenError::Signature,
            ErrorKind::InvalidAlgorithm
            | ErrorKind::InvalidAlgorithmName
            | ErrorKind::UnsupportedAlgorithm
            | ErrorKind::MissingAlgorithm => TokenError::Algorithm,
            ErrorKind::InvalidIssuer => TokenError::Issuer,
            ErrorKind::ExpiredSignature => TokenError::Expired,
            ErrorKind::ImmatureSignature => TokenError::NotYetValid,
            // the header was read before: what JSON the library cannot read is the claims'
            ErrorKind::Json(_)
            | ErrorKind::MissingRequiredClaim(_)
            | ErrorKind::InvalidClaimFormat(_)
            | ErrorKind::InvalidAudience
            | ErrorKind::InvalidSubject => TokenError::Claims,
            // a token that is not three base64url parts, or whose parts are not text
            _ => TokenError::Malformed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const SECRET: &[u8] = b"unit-test-secret-unit-test-secret-0123";

    fn keys() -> JwtKeys {
        JwtKeys::new(SECRET, chrono::Duration::hours(1)).expect("keys")
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2030, 1, 1, 9, 0, 0)
            .single()
            .expect("instant")
    }

    fn signed(header: serde_json::Value, claims: serde_json::Value) -> String {
        let head = URL_SAFE_NO_PAD.encode(header.to_string());
        let body = URL_SAFE_NO_PAD.encode(claims.to_string());
        let message = format!("{head}.{body}");
        let signature = jsonwebtoken::crypto::sign(
            message.as_bytes(),
            &EncodingKey::from_secret(SECRET),
            Algorithm::HS256,
        )
        .expect("sign");
        format!("{message}.{signature}")
    }

    fn claims(now: DateTime<Utc>) -> serde_json::Value {
        serde_json::json!({
            "sub": Uuid::nil(), "email": "a@b.be", "role": "admin", "orgs": [],
            "iss": TOKEN_ISSUER, "iat": now.timestamp(), "exp": now.timestamp() + 60,
            "jti": Uuid::nil(), "ver": 0,
        })
    }

    #[test]
    fn an_issued_token_verifies_until_it_expires() {
        let (token, issued) = keys()
            .issue(Uuid::nil(), "a@b.be", Role::Admin, vec![], 0, now())
            .expect("issue");
        assert_eq!(keys().verify(&token, now()), Ok(issued));
        let expiry = now() + chrono::Duration::hours(1);
        assert_eq!(keys().verify(&token, expiry), Err(TokenError::Expired));
    }

    #[test]
    fn nbf_is_checked_against_the_given_clock_without_leeway() {
        let hs256 = serde_json::json!({"alg": "HS256", "typ": "JWT"});
        let mut body = claims(now());
        body["nbf"] = (now().timestamp() + 1).into();
        let token = signed(hs256.clone(), body.clone());
        assert_eq!(keys().verify(&token, now()), Err(TokenError::NotYetValid));
        let later = now() + chrono::Duration::seconds(1);
        assert!(keys().verify(&token, later).is_ok());
        body["nbf"] = "tomorrow".into();
        let token = signed(hs256, body);
        assert_eq!(keys().verify(&token, now()), Err(TokenError::Claims));
    }

    #[test]
    fn headers_other_than_plain_hs256_are_refused_before_the_signature() {
        let cases = [
            (
                serde_json::json!({"alg": "HS256", "crit": ["exp"], "exp": 1}),
                TokenError::CriticalHeader,
            ),
            (
                serde_json::json!({"alg": "HS256", "crit": []}),
                TokenError::CriticalHeader,
            ),
            (serde_json::json!({"alg": "none"}), TokenError::Algorithm),
            (serde_json::json!({"alg": "HS512"}), TokenError::Algorithm),
            (serde_json::json!({"alg": "RS256"}), TokenError::Algorithm),
            (serde_json::json!({"typ": "JWT"}), TokenError::Algorithm),
            (serde_json::json!(["HS256"]), TokenError::Malformed),
            (
                serde_json::json!({"alg": "HS256", "kid": 7}),
                TokenError::Malformed,
            ),
        ];
        for (header, expected) in cases {
            let token = signed(header.clone(), claims(now()));
            assert_eq!(keys().verify(&token, now()), Err(expected), "{header}");
        }
    }

    #[test]
    fn every_refusal_is_said_in_our_words() {
        let hs256 = serde_json::json!({"alg": "HS256"});
        let mut wrong_issuer = claims(now());
        wrong_issuer["iss"] = "elsewhere".into();
        let mut no_sub = claims(now());
        no_sub.as_object_mut().expect("object").remove("sub");
        let foreign = JwtKeys::new(b"another-secret-another-secret-0123456", keys().ttl)
            .expect("keys")
            .issue(Uuid::nil(), "a@b.be", Role::Admin, vec![], 0, now())
            .expect("issue")
            .0;
        let cases = [
            ("", TokenError::Malformed),
            ("a.b", TokenError::Malformed),
            ("!!!.e30.x", TokenError::Malformed),
            ("e30.e30.", TokenError::Algorithm),
            (&*foreign, TokenError::Signature),
            (&*signed(hs256.clone(), wrong_issuer), TokenError::Issuer),
            (&*signed(hs256.clone(), no_sub), TokenError::Claims),
            (
                &*signed(hs256, serde_json::json!("text")),
                TokenError::Claims,
            ),
        ];
        for (token, expected) in cases {
            let error = keys().verify(token, now()).expect_err(token);
            assert_eq!(error, expected, "{token}");
            let message = error.to_string();
            assert!(message.starts_with("invalid token: "), "{message}");
        }
    }
}

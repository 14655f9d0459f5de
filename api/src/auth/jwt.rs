use chrono::{DateTime, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
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
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map(|t| (t, claims))
            .map_err(|e| e.to_string())
    }

    /// Verifies signature (HS256 only: `alg: none` and every other algorithm are refused),
    /// issuer and expiry against `now` (the injected clock, no leeway).
    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Claims, String> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[TOKEN_ISSUER]);
        validation.set_required_spec_claims(&["exp", "iss", "sub", "jti"]);
        // expiry is checked below against the injected clock
        validation.validate_exp = false;
        validation.leeway = 0;
        let claims = decode::<Claims>(token, &self.decoding, &validation)
            .map_err(|e| format!("invalid token: {e}"))?
            .claims;
        if claims.exp <= now.timestamp() {
            return Err("the token has expired".into());
        }
        Ok(claims)
    }
}

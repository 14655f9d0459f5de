//! Webhook deliveries over HTTPS: one POST per attempt, signed as the Standard Webhooks
//! specification says (see [`grantdesk_domain::webhook`]), with the message's id as
//! `webhook-id` on every attempt (the receiver's idempotency key) and the attempt's instant as
//! `webhook-timestamp`.
//!
//! What the client does not do: follow redirects (a 3xx is a failed attempt: the endpoint's
//! URL is what was registered), or reach private networks unless configured to: the endpoint's
//! host is resolved on every attempt and every address it resolves to must be public (so a
//! name that pointed outside at registration and inside later is refused too).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::{
    check_address, check_endpoint_url, signature_header, PrivateAddresses,
};
use grantdesk_persistence::webhooks::{Attempt, Claimed};
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// How webhooks are delivered (`GRANTDESK_WEBHOOK_*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookSettings {
    /// Whether endpoints may be on private networks (refused by default).
    pub private: PrivateAddresses,
    /// A PEM file of certificate authorities trusted beside the system's (a funder's own CA).
    pub ca_file: Option<PathBuf>,
    /// How long one attempt may take.
    pub timeout: Duration,
    /// An endpoint is disabled when this many of its messages in a row failed every attempt.
    pub disable_after: i32,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        WebhookSettings {
            private: PrivateAddresses::Refuse,
            ca_file: None,
            timeout: Duration::from_secs(10),
            disable_after: 5,
        }
    }
}

/// Resolves an endpoint's host and keeps only the addresses a delivery may go to.
#[derive(Debug, Clone, Copy)]
struct PublicOnly(PrivateAddresses);

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.0;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = found
                .iter()
                .copied()
                .filter(|a| check_address(a.ip(), policy).is_ok())
                .collect();
            if allowed.is_empty() {
                let refused = found
                    .first()
                    .map(|a| a.ip().to_string())
                    .unwrap_or_default();
                return Err(format!(
                    "{host} resolves to no public address ({refused} is not on the public internet)"
                )
                .into());
            }
            let addrs: Addrs = Box::new(allowed.into_iter());
            Ok(addrs)
        })
    }
}

/// Sends webhook messages.
#[derive(Clone)]
pub struct WebhookSender {
    client: reqwest::Client,
    private: PrivateAddresses,
}

impl std::fmt::Debug for WebhookSender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookSender")
            .field("private", &self.private)
            .finish()
    }
}

impl WebhookSender {
    /// A client for `settings`; an unreadable CA file is an error.
    pub fn new(settings: &WebhookSettings) -> Result<WebhookSender, String> {
        let mut builder = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("grantdesk-webhooks/", env!("CARGO_PKG_VERSION")))
            .dns_resolver(Arc::new(PublicOnly(settings.private)))
            .https_only(true);
        if let Some(path) = &settings.ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| format!("GRANTDESK_WEBHOOK_CA_FILE {}: {e}", path.display()))?;
            let certificates = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| format!("GRANTDESK_WEBHOOK_CA_FILE {}: {e}", path.display()))?;
            if certificates.is_empty() {
                return Err(format!(
                    "GRANTDESK_WEBHOOK_CA_FILE {}: no certificate in it",
                    path.display()
                ));
            }
            for certificate in certificates {
                builder = builder.add_root_certificate(certificate);
            }
        }
        let client = builder
            .build()
            .map_err(|e| format!("webhook client: {e}"))?;
        Ok(WebhookSender {
            client,
            private: settings.private,
        })
    }

    /// One attempt at `claimed` at `now`: what the receiver answered (a 2xx is a delivery),
    /// or why it could not be reached.
    pub async fn send(&self, claimed: &Claimed, now: DateTime<Utc>) -> Attempt {
        let started = Instant::now();
        let outcome = self.post(claimed, now).await;
        let duration_ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let (response_status, error) = match outcome {
            Ok(status) if status.is_success() => (Some(i32::from(status.as_u16())), None),
            Ok(status) => (
                Some(i32::from(status.as_u16())),
                Some(format!("the receiver answered {status}")),
            ),
            Err(error) => (None, Some(error)),
        };
        Attempt {
            at: now,
            response_status,
            error,
            duration_ms,
        }
    }

    async fn post(
        &self,
        claimed: &Claimed,
        now: DateTime<Utc>,
    ) -> Result<reqwest::StatusCode, String> {
        // checked again: the rules (or the configuration) may have changed since registration
        let url = check_endpoint_url(&claimed.url, self.private).map_err(|e| e.to_string())?;
        if claimed.secrets.is_empty() {
            return Err("the endpoint has no secret in force".into());
        }
        let message = &claimed.message;
        let timestamp = now.timestamp();
        let signature =
            signature_header(&claimed.secrets, &message.id, timestamp, &message.payload);
        let response = self
            .client
            .post(url.url().clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header("webhook-id", &message.id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(message.payload.clone())
            .send()
            .await
            .map_err(|e| describe(&e))?;
        Ok(response.status())
    }
}

/// An error of the HTTP client with its causes (reqwest's own message names only the URL).
fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    #[tokio::test]
    async fn a_host_name_that_resolves_only_to_private_addresses_is_refused() {
        let name = Name::from_str("localhost").unwrap();
        let refused = PublicOnly(PrivateAddresses::Refuse)
            .resolve(name)
            .await
            .err()
            .expect("localhost is refused");
        assert!(
            refused.to_string().contains("not on the public internet"),
            "{refused}"
        );
        let name = Name::from_str("localhost").unwrap();
        let allowed: Vec<SocketAddr> = PublicOnly(PrivateAddresses::Allow)
            .resolve(name)
            .await
            .expect("allowed when configured")
            .collect();
        assert!(allowed.iter().all(|a| a.ip().is_loopback()), "{allowed:?}");
    }

    #[test]
    fn an_unreadable_or_empty_ca_file_is_refused() {
        let missing = WebhookSettings {
            ca_file: Some("/nonexistent/ca.pem".into()),
            ..Default::default()
        };
        assert!(WebhookSender::new(&missing).unwrap_err().contains("ca.pem"));
        let empty = tempfile::NamedTempFile::new().unwrap();
        let empty = WebhookSettings {
            ca_file: Some(empty.path().to_path_buf()),
            ..Default::default()
        };
        assert!(WebhookSender::new(&empty).is_err());
        assert!(WebhookSender::new(&WebhookSettings::default()).is_ok());
    }
}

//! Signed webhooks (issue #13, item 5): what an integrator (a finance system, a municipality's
//! case system) subscribes to, where it may be sent, and how each delivery is signed.
//!
//! Signing follows the Standard Webhooks specification
//! (<https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md>):
//! each delivery carries `webhook-id` (the message's id, the same on every attempt: the
//! receiver's idempotency key), `webhook-timestamp` (the attempt's instant, in seconds since the
//! epoch) and `webhook-signature`: `v1,` and the base64 of HMAC-SHA256 over
//! `{id}.{timestamp}.{body}` with the endpoint's secret, one such signature per secret in force
//! (after a rotation, the new one and the old one until its overlap ends), separated by spaces.
//! A secret is 32 random bytes, written `whsec_` and their base64.

use core::net::IpAddr;
use std::fmt;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::parse_enum::string_enum;
use crate::rule::Rule;

string_enum! {
    /// What an endpoint subscribes to. Each event concerns one organisation (its endpoints and
    /// the admins' receive it) or none (the admins' only).
    pub enum EventType("event type") {
        /// An application was submitted: its receipt (number, instant, digest).
        ApplicationSubmitted => "application.submitted",
        /// The selection was finalised: the application's decision (and the amount awarded).
        ApplicationDecided => "application.decided",
        /// Staff verified the organisation's claim on its enterprise number.
        OrganisationVerified => "organisation.verified",
        /// Staff rejected the organisation's claim.
        OrganisationClaimRejected => "organisation.claim_rejected",
        /// Finance paid a tranche of the organisation's grant (the amount, the date).
        PaymentMade => "payment.made",
        /// Staff decided on a grant's final report (accepted, with the spend accepted, or
        /// rejected, with the motivation).
        FinalReportDecided => "final_report.decided",
        /// An award was accepted, renounced, or not accepted in time (its status, the amount).
        AwardAnswered => "award.answered",
        /// An objection was lodged against an application's decision (its grounds).
        ObjectionLodged => "objection.lodged",
        /// Staff ruled on an objection (the ruling, the motivation, what an upheld one led to).
        ObjectionRuled => "objection.ruled",
        /// Staff cancelled the organisation's grant (what it keeps, what is recovered, what is
        /// decommitted).
        GrantCancelled => "grant.cancelled",
        /// Sent on request to try an endpoint (`POST /webhooks/{id}/test`).
        WebhookTest => "webhook.test",
    }
}

string_enum! {
    /// Whether an endpoint receives deliveries.
    pub enum EndpointStatus("endpoint status") {
        Active => "active",
        /// By its owner or an admin, or because its deliveries kept failing: nothing is sent
        /// (its messages wait) until it is enabled again.
        Disabled => "disabled",
    }
}

/// How long the secret replaced by a rotation still signs, beside the new one: a receiver has
/// this long to switch.
pub const SECRET_OVERLAP: Duration = Duration::hours(24);

/// The longest endpoint URL accepted.
pub const MAX_URL_LENGTH: usize = 2_000;

/// Endpoint secrets are this many random bytes.
pub const SECRET_BYTES: usize = 32;

/// A message's id as grantdesk writes it: `msg_` and 32 lower-case hex digits.
pub fn new_message_id(uuid: uuid::Uuid) -> String {
    format!("msg_{}", uuid.simple())
}

/// Whether `s` is written as [`new_message_id`] writes ids (anything else names no message).
pub fn is_message_id(s: &str) -> bool {
    s.strip_prefix("msg_").is_some_and(|hex| {
        hex.len() == 32
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// An endpoint's signing secret.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret([u8; SECRET_BYTES]);

impl WebhookSecret {
    /// A secret of these (random) bytes.
    pub fn from_bytes(bytes: [u8; SECRET_BYTES]) -> Self {
        WebhookSecret(bytes)
    }

    /// Reads a secret as written (`whsec_` and the base64 of its bytes).
    pub fn parse(written: &str) -> Result<Self, WebhookError> {
        let encoded = written
            .strip_prefix("whsec_")
            .ok_or(WebhookError::MalformedSecret)?;
        let bytes = BASE64
            .decode(encoded)
            .map_err(|_| WebhookError::MalformedSecret)?;
        Ok(WebhookSecret(
            bytes
                .try_into()
                .map_err(|_| WebhookError::MalformedSecret)?,
        ))
    }

    /// `v1,` and the base64 of HMAC-SHA256 over `{id}.{timestamp}.{body}`.
    pub fn sign(&self, id: &str, timestamp: i64, body: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(format!("{id}.{timestamp}.").as_bytes());
        mac.update(body.as_bytes());
        format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()))
    }
}

impl fmt::Display for WebhookSecret {
    /// As written: `whsec_` and the base64 of its bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "whsec_{}", BASE64.encode(self.0))
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(..)")
    }
}

/// The `webhook-signature` header of one attempt: a signature by each secret in force.
pub fn signature_header(secrets: &[WebhookSecret], id: &str, timestamp: i64, body: &str) -> String {
    secrets
        .iter()
        .map(|s| s.sign(id, timestamp, body))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The body of a delivery: the event's type, when it happened and its facts (Standard Webhooks'
/// recommended shape).
pub fn envelope(event: EventType, at: DateTime<Utc>, data: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "type": event.as_str(),
        "timestamp": at.to_rfc3339_opts(SecondsFormat::Micros, true),
        "data": data,
    })
}

/// Whether an endpoint may be on private networks (its own machine, the funder's LAN, a
/// cloud's metadata service). Refused by default: an applicant's endpoint must not make the
/// server call inside the network it runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PrivateAddresses {
    #[default]
    Refuse,
    Allow,
}

/// An endpoint's URL that passed [`check_endpoint_url`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl(url::Url);

impl EndpointUrl {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    pub fn url(&self) -> &url::Url {
        &self.0
    }
}

/// Checks an endpoint URL: `https`, a host, no credentials or fragment, at most
/// [`MAX_URL_LENGTH`] characters, and (unless `private` allows them) no address of a private,
/// loopback, link-local or otherwise non-public network when the host is written as one. A host
/// name is checked again on every delivery, against the addresses it resolves to then.
pub fn check_endpoint_url(
    written: &str,
    private: PrivateAddresses,
) -> Result<EndpointUrl, WebhookError> {
    if written.chars().count() > MAX_URL_LENGTH {
        return Err(WebhookError::Url(Rule::TooLong {
            max: MAX_URL_LENGTH,
        }));
    }
    let url = url::Url::parse(written.trim()).map_err(|_| WebhookError::Url(Rule::Url))?;
    if url.scheme() != "https" {
        // deliveries carry signed facts about applications
        return Err(WebhookError::Url(Rule::Https));
    }
    if !url.username().is_empty() || url.password().is_some() {
        // deliveries are signed with the endpoint's secret
        return Err(WebhookError::Url(Rule::UrlCredentials));
    }
    if url.fragment().is_some() {
        return Err(WebhookError::Url(Rule::UrlFragment));
    }
    let address = match url.host() {
        None => return Err(WebhookError::Url(Rule::UrlHost)),
        Some(url::Host::Ipv4(a)) => Some(IpAddr::V4(a)),
        Some(url::Host::Ipv6(a)) => Some(IpAddr::V6(a)),
        Some(url::Host::Domain(d)) if d.eq_ignore_ascii_case("localhost") => {
            Some(IpAddr::V4(core::net::Ipv4Addr::LOCALHOST))
        }
        Some(url::Host::Domain(_)) => None,
    };
    if let Some(address) = address {
        check_address(address, private)?;
    }
    Ok(EndpointUrl(url))
}

/// Whether a delivery may go to `address` (see [`PrivateAddresses`]).
pub fn check_address(address: IpAddr, private: PrivateAddresses) -> Result<(), WebhookError> {
    if private == PrivateAddresses::Allow || is_public(address) {
        Ok(())
    } else {
        Err(WebhookError::PrivateAddress(address))
    }
}

/// Whether `address` is on the public internet: not loopback, private, shared (carrier-grade
/// NAT), link-local, unique-local, unspecified, multicast, broadcast or documentation.
pub fn is_public(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(a) => {
            let [first, second, ..] = a.octets();
            !(a.is_loopback()
                || a.is_private()
                || a.is_link_local()
                || a.is_unspecified()
                || a.is_multicast()
                || a.is_broadcast()
                || a.is_documentation()
                || first == 0
                || (first == 100 && (64..128).contains(&second)))
        }
        IpAddr::V6(a) => match a.to_ipv4_mapped() {
            Some(v4) => is_public(IpAddr::V4(v4)),
            None => {
                !(a.is_loopback()
                    || a.is_unspecified()
                    || a.is_multicast()
                    || a.is_unique_local()
                    || a.is_unicast_link_local())
            }
        },
    }
}

/// A broken rule of webhooks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error("the endpoint's url breaks the rule {0}")]
    Url(Rule),
    #[error(
        "the endpoint's address {0} is not on the public internet (loopback, private or \
         link-local networks are refused)"
    )]
    PrivateAddress(IpAddr),
    #[error("a webhook secret is written whsec_ and the base64 of 32 bytes")]
    MalformedSecret,
}

impl WebhookError {
    /// The rule broken.
    pub fn rule(&self) -> Rule {
        match self {
            WebhookError::Url(rule) => rule.clone(),
            WebhookError::PrivateAddress(address) => Rule::PrivateAddress {
                address: address.to_string(),
            },
            WebhookError::MalformedSecret => Rule::WebhookSecret,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_the_standard_webhooks_reference_vector() {
        // the test vector of the specification's reference libraries
        // (standard-webhooks/libraries, e.g. python/tests/test_webhooks.py)
        let bytes = BASE64
            .decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            .expect("base64");
        // that secret is 24 bytes, not ours: sign with the MAC directly to check the format
        let mut mac = Hmac::<Sha256>::new_from_slice(&bytes).unwrap();
        mac.update(b"msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{\"test\": 2432232314}");
        assert_eq!(
            format!("v1,{}", BASE64.encode(mac.finalize().into_bytes())),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn a_secret_is_written_and_read_back_and_signs_each_attempt() {
        let secret = WebhookSecret::from_bytes([7; SECRET_BYTES]);
        let written = secret.to_string();
        assert!(written.starts_with("whsec_"));
        assert_eq!(WebhookSecret::parse(&written).unwrap(), secret);
        assert_eq!(format!("{secret:?}"), "WebhookSecret(..)");
        for bad in ["", "whsec_", "MfKQ9r8G", "whsec_!!!", "whsec_AAAA"] {
            assert_eq!(
                WebhookSecret::parse(bad),
                Err(WebhookError::MalformedSecret),
                "{bad}"
            );
        }
        let one = secret.sign("msg_1", 1_700_000_000, "{}");
        assert_ne!(
            one,
            secret.sign("msg_1", 1_700_000_001, "{}"),
            "the timestamp"
        );
        assert_ne!(one, secret.sign("msg_2", 1_700_000_000, "{}"), "the id");
        assert_ne!(one, secret.sign("msg_1", 1_700_000_000, "{ }"), "the body");
        let other = WebhookSecret::from_bytes([8; SECRET_BYTES]);
        let header = signature_header(&[other.clone(), secret.clone()], "msg_1", 1, "{}");
        let parts: Vec<&str> = header.split(' ').collect();
        assert_eq!(
            parts,
            [other.sign("msg_1", 1, "{}"), secret.sign("msg_1", 1, "{}")]
        );
    }

    #[test]
    fn message_ids_are_msg_and_32_hex_digits() {
        let id = new_message_id(uuid::Uuid::new_v4());
        assert!(is_message_id(&id), "{id}");
        for bad in [
            "",
            "msg_",
            "msg_xyz",
            &id.to_uppercase(),
            &format!("{id}0"),
            "msg_\0",
        ] {
            assert!(!is_message_id(bad), "{bad}");
        }
    }

    #[test]
    fn endpoint_urls_are_https_with_a_public_host() {
        let ok = check_endpoint_url(
            "https://finance.example.be/hooks/grantdesk",
            PrivateAddresses::Refuse,
        )
        .unwrap();
        assert_eq!(ok.as_str(), "https://finance.example.be/hooks/grantdesk");
        for (url, why) in [
            ("http://finance.example.be/hook", "https"),
            ("ftp://finance.example.be/hook", "https"),
            ("https://user:pw@finance.example.be/hook", "credentials"),
            ("https://finance.example.be/hook#x", "fragment"),
            ("not a url", "the rule url"),
            ("https://127.0.0.1/hook", "127.0.0.1"),
            ("https://localhost:8443/hook", "127.0.0.1"),
            ("https://10.1.2.3/hook", "10.1.2.3"),
            (
                "https://169.254.169.254/latest/meta-data",
                "169.254.169.254",
            ),
            ("https://[::1]/hook", "::1"),
            ("https://[::ffff:192.168.1.1]/hook", "192.168.1.1"),
            ("https://[fd00::1]/hook", "fd00::1"),
            ("https://100.64.0.1/hook", "100.64.0.1"),
        ] {
            let e = check_endpoint_url(url, PrivateAddresses::Refuse).unwrap_err();
            assert!(e.to_string().contains(why), "{url}: {e}");
        }
        let long = format!("https://finance.example.be/{}", "a".repeat(MAX_URL_LENGTH));
        assert!(check_endpoint_url(&long, PrivateAddresses::Refuse).is_err());
        // allowed where the operator says so (a receiver on the funder's own network)
        assert!(check_endpoint_url("https://127.0.0.1:8443/h", PrivateAddresses::Allow).is_ok());
        assert!(check_endpoint_url("http://127.0.0.1:8443/h", PrivateAddresses::Allow).is_err());
        assert!(is_public("8.8.8.8".parse().unwrap()));
        assert!(is_public("2001:4860:4860::8888".parse().unwrap()));
    }

    #[test]
    fn the_body_has_the_type_the_instant_and_the_facts() {
        let at = DateTime::parse_from_rfc3339("2023-08-31T08:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let body = envelope(
            EventType::ApplicationSubmitted,
            at,
            serde_json::json!({"n": 1}),
        );
        assert_eq!(
            body,
            serde_json::json!({
                "type": "application.submitted",
                "timestamp": "2023-08-31T08:00:00.000000Z",
                "data": {"n": 1},
            })
        );
    }
}

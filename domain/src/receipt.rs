//! The receipt of a submission: a number, the instant of receipt and a digest of the frozen
//! content.
//!
//! The digest on a receipt is `sha256_hex(canonical_json(snapshot).as_bytes())`, where the
//! snapshot is the frozen application as JSON. Anyone holding the snapshot can recompute it, and
//! the same content always gives the same digest, whatever order its keys were written in.

use std::fmt::Write;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// Proof that an application was received.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// e.g. "EXP23-0007".
    pub number: String,
    /// The instant the server received the submission.
    pub received_at: DateTime<Utc>,
    /// The SHA-256 of the canonical JSON of the snapshot, in lowercase hex.
    pub digest: String,
}

impl Receipt {
    /// The receipt for the `n`-th submission to a call, received at `received_at`.
    pub fn issue(
        call_reference: &str,
        n: u32,
        received_at: DateTime<Utc>,
        snapshot: &Value,
    ) -> Receipt {
        Receipt {
            number: receipt_number(call_reference, n),
            received_at,
            digest: snapshot_digest(snapshot),
        }
    }
}

/// The call's reference, a dash and the sequence number in at least four digits: "EXP23-0007",
/// "EXP23-12345".
pub fn receipt_number(call_reference: &str, n: u32) -> String {
    format!("{call_reference}-{n:04}")
}

/// `sha256_hex(canonical_json(snapshot))`: the digest on a receipt.
pub fn snapshot_digest(snapshot: &Value) -> String {
    sha256_hex(canonical_json(snapshot).as_bytes())
}

/// The SHA-256 of `bytes` in lowercase hex (64 characters).
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// A deterministic serialisation: object keys sorted (by their UTF-8 bytes) at every depth, no
/// whitespace between tokens, strings and numbers written as serde_json writes them.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            let mut entries: Vec<(&String, &Value)> = fields.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (index, (key, item)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(&Value::String(key.clone()), out);
                out.push(':');
                write_canonical(item, out);
            }
            out.push('}');
        }
        // Scalars: serde_json's compact form, with its string escaping.
        scalar => {
            let _ = write!(out, "{scalar}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn receipt_numbers_have_at_least_four_digits() {
        assert_eq!(receipt_number("EXP23", 7), "EXP23-0007");
        assert_eq!(receipt_number("EXP23", 0), "EXP23-0000");
        assert_eq!(receipt_number("EXP23", 9_999), "EXP23-9999");
        assert_eq!(receipt_number("EXP23", 12_345), "EXP23-12345");
    }

    #[test]
    fn key_order_does_not_change_the_canonical_form() {
        let one: Value =
            serde_json::from_str(r#"{"b":1,"a":{"z":[3,{"y":"x","c":null}],"d":true}}"#)
                .expect("json");
        let other: Value = serde_json::from_str(
            r#"{ "a": { "d": true, "z": [3, {"c": null, "y": "x"}] }, "b": 1 }"#,
        )
        .expect("json");
        let canonical = canonical_json(&one);
        assert_eq!(
            canonical,
            r#"{"a":{"d":true,"z":[3,{"c":null,"y":"x"}]},"b":1}"#
        );
        assert_eq!(canonical_json(&other), canonical);
        assert_eq!(snapshot_digest(&one), snapshot_digest(&other));
    }

    #[test]
    fn array_order_and_values_do_change_it() {
        assert_ne!(
            canonical_json(&json!([1, 2])),
            canonical_json(&json!([2, 1]))
        );
        assert_ne!(
            snapshot_digest(&json!({"amount": "60000.00"})),
            snapshot_digest(&json!({"amount": "60000.01"}))
        );
    }

    #[test]
    fn strings_are_escaped_as_json() {
        let value = json!({"quote \"q\"": "line\nbreak – é \u{1}"});
        let canonical = canonical_json(&value);
        assert_eq!(canonical, r#"{"quote \"q\"":"line\nbreak – é \u0001"}"#);
        let back: Value = serde_json::from_str(&canonical).expect("valid json");
        assert_eq!(back, value);
    }

    #[test]
    fn sha256_matches_the_published_test_vectors() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_receipt_carries_number_instant_and_digest() {
        let received_at = DateTime::parse_from_rfc3339("2023-08-30T14:12:09.123Z")
            .expect("instant")
            .with_timezone(&Utc);
        let snapshot = json!({"title": "Samen tegen radicalisering"});
        let receipt = Receipt::issue("EXP23", 7, received_at, &snapshot);
        assert_eq!(receipt.number, "EXP23-0007");
        assert_eq!(receipt.received_at, received_at);
        assert_eq!(
            receipt.digest,
            sha256_hex(br#"{"title":"Samen tegen radicalisering"}"#)
        );
    }
}

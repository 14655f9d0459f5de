//! What the audit log seals (issue #16): the bytes of each entry's leaf, and the split of an
//! entry's details into facts (sealed as they are) and personal data (sealed only through a
//! salted commitment, kept apart so that it can be erased).
//!
//! A leaf is a version line, then each field as `length:bytes\n`, so that no field can run
//! into the next. Entries written before the log existed were hash-chained; their leaf is
//! their chain link (sequence number and link hash), so the chain still checks them and the
//! tree seals the chain.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::merkle::Hash;

/// The keys whose values are personal data wherever they appear in an entry's details: names,
/// e-mail addresses, and free text people write (titles, summaries, grounds, comments ...).
pub const PERSONAL_KEYS: &[&str] = &[
    "email",
    "name",
    "display_name",
    "title",
    "summary",
    "description",
    "motivation",
    "reason",
    "note",
    "comment",
    "grounds",
    "question",
    "answer",
    "text",
    "street",
    "street_address",
    "representative_identity",
    "file_name",
];

/// What stands in the sealed facts where a personal value was taken out.
pub const PERSONAL_MARK: &str = "[personal]";
/// What a reader sees there once the value is erased.
pub const ERASED_MARK: &str = "[erased]";

/// The fields of an entry that its leaf seals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeafFields<'a> {
    pub id: &'a str,
    /// RFC 3339 UTC with microseconds, as stored.
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: &'a str,
    /// The details without their personal values.
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// Hex commitment to the personal values, when there are any.
    pub personal: Option<&'a str>,
}

fn push_field(out: &mut Vec<u8>, f: &str) {
    out.extend_from_slice(f.len().to_string().as_bytes());
    out.push(b':');
    out.extend_from_slice(f.as_bytes());
    out.push(b'\n');
}

/// The leaf bytes of an entry written to the log.
pub fn leaf_bytes(f: &LeafFields<'_>) -> Vec<u8> {
    let mut out = b"grantdesk-audit-entry-v1\n".to_vec();
    for field in [
        f.id,
        f.at,
        f.actor,
        f.action,
        f.target_type,
        f.target_id,
        f.before.unwrap_or("null"),
        f.after.unwrap_or("null"),
        f.personal.unwrap_or(""),
    ] {
        push_field(&mut out, field);
    }
    out
}

/// The leaf bytes of an entry of the hash chain that preceded the log.
pub fn chained_leaf_bytes(chain_seq: i64, link_hash: &str) -> Vec<u8> {
    let mut out = b"grantdesk-audit-chain-v1\n".to_vec();
    push_field(&mut out, &chain_seq.to_string());
    push_field(&mut out, link_hash);
    out
}

/// The commitment to an entry's personal values: SHA-256 over a domain tag, the salt and the
/// stored JSON text of the values. Without the salt a guess (an e-mail address) cannot be
/// checked against it; erasing the salt with the values leaves nothing to check.
pub fn commitment(salt: &[u8], personal_json: &str) -> Hash {
    let mut h = Sha256::new();
    h.update(b"grantdesk-personal-v1\n");
    h.update(salt);
    h.update(b"\n");
    h.update(personal_json.as_bytes());
    h.finalize().into()
}

/// Takes the personal values out of `value` (an entry's `before` or `after`, named `root`),
/// leaving [`PERSONAL_MARK`] in their place; answers them by JSON pointer (`/after/email`).
pub fn split_personal(root: &str, value: &mut Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    walk(&format!("/{root}"), value, &mut out);
    out
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn walk(path: &str, value: &mut Value, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                let here = format!("{path}/{}", escape(k));
                if PERSONAL_KEYS.contains(&k.as_str()) && !v.is_null() {
                    out.push((here, std::mem::replace(v, Value::from(PERSONAL_MARK))));
                } else {
                    walk(&here, v, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                walk(&format!("{path}/{i}"), v, out);
            }
        }
        _ => {}
    }
}

/// Puts personal values back (by their pointers) into `before`/`after` for reading; a pointer
/// whose root is not `root` is left alone.
pub fn restore_personal(root: &str, value: &mut Value, personal: &[(String, Value)]) {
    let prefix = format!("/{root}");
    for (pointer, v) in personal {
        if let Some(rest) = pointer.strip_prefix(&prefix) {
            if let Some(slot) = value.pointer_mut(rest) {
                *slot = v.clone();
            }
        }
    }
}

/// Marks every personal value in `value` as erased.
pub fn mark_erased(value: &mut Value) {
    match value {
        Value::String(s) if s == PERSONAL_MARK => *s = ERASED_MARK.to_owned(),
        Value::Object(map) => map.values_mut().for_each(mark_erased),
        Value::Array(items) => items.iter_mut().for_each(mark_erased),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields<'a>(before: Option<&'a str>, personal: Option<&'a str>) -> LeafFields<'a> {
        LeafFields {
            id: "6f1c",
            at: "2023-08-31T07:59:59.000001Z",
            actor: "u1",
            action: "application.submitted",
            target_type: "application",
            target_id: "a1",
            before,
            after: Some("{\"status\":\"submitted\"}"),
            personal,
        }
    }

    #[test]
    fn the_leaf_is_length_prefixed_so_fields_cannot_run_into_each_other() {
        let bytes = leaf_bytes(&fields(None, None));
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.starts_with("grantdesk-audit-entry-v1\n4:6f1c\n27:2023-08-31T07:59:59.000001Z\n")
        );
        assert!(text.ends_with("4:null\n22:{\"status\":\"submitted\"}\n0:\n"));
        // moving a character from one field to the next changes the leaf
        let a = LeafFields {
            actor: "u1a",
            action: "b",
            ..fields(None, None)
        };
        let b = LeafFields {
            actor: "u1",
            action: "ab",
            ..fields(None, None)
        };
        assert_ne!(leaf_bytes(&a), leaf_bytes(&b));
        // so does the commitment
        assert_ne!(
            leaf_bytes(&fields(None, Some("ab"))),
            leaf_bytes(&fields(None, None))
        );
        assert_ne!(
            leaf_bytes(&fields(Some("{}"), None)),
            leaf_bytes(&fields(None, None))
        );
    }

    #[test]
    fn a_chained_entry_seals_its_link() {
        assert_eq!(
            chained_leaf_bytes(12, "ab"),
            b"grantdesk-audit-chain-v1\n2:12\n2:ab\n".to_vec()
        );
    }

    #[test]
    fn personal_values_leave_the_facts_and_come_back_for_reading() {
        let original = json!({
            "email": "an@example.be", "role": "applicant",
            "contact": {"name": "An Peeters", "phone_opt_in": true},
            "lines": [{"description": "catering", "amount": "12.30"}],
            "title": null,
        });
        let mut facts = original.clone();
        let personal = split_personal("after", &mut facts);
        assert_eq!(
            facts,
            json!({
                "email": PERSONAL_MARK, "role": "applicant",
                "contact": {"name": PERSONAL_MARK, "phone_opt_in": true},
                "lines": [{"description": PERSONAL_MARK, "amount": "12.30"}],
                "title": null,
            })
        );
        let mut pointers: Vec<&str> = personal.iter().map(|(p, _)| p.as_str()).collect();
        pointers.sort();
        assert_eq!(
            pointers,
            [
                "/after/contact/name",
                "/after/email",
                "/after/lines/0/description"
            ]
        );
        let mut read = facts.clone();
        restore_personal("before", &mut read, &personal);
        assert_eq!(read, facts, "another root's pointers are not applied");
        restore_personal("after", &mut read, &personal);
        assert_eq!(read, original);
        let mut erased = facts;
        mark_erased(&mut erased);
        assert_eq!(erased["contact"]["name"], ERASED_MARK);
        assert_eq!(erased["role"], "applicant");
    }

    #[test]
    fn keys_with_slashes_are_escaped_in_pointers() {
        let mut v = json!({"a/b": {"email": "x@y.be"}});
        let p = split_personal("before", &mut v);
        assert_eq!(p[0].0, "/before/a~1b/email");
        let mut back = v.clone();
        restore_personal("before", &mut back, &p);
        assert_eq!(back["a/b"]["email"], "x@y.be");
    }

    #[test]
    fn the_commitment_depends_on_salt_and_content() {
        let c = commitment(b"salt", "{\"/after/email\":\"a@b.be\"}");
        assert_ne!(c, commitment(b"salt2", "{\"/after/email\":\"a@b.be\"}"));
        assert_ne!(c, commitment(b"salt", "{\"/after/email\":\"c@b.be\"}"));
        assert_eq!(c, commitment(b"salt", "{\"/after/email\":\"a@b.be\"}"));
    }
}

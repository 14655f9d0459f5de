//! The person an administration contacts about an application.

use serde::{Deserialize, Serialize};

use crate::rule::Rule;
use crate::text::{check_name, trimmed};

pub const CONTACT_NAME_MAX_CHARS: usize = 200;
pub const EMAIL_MAX_CHARS: usize = 254;
pub const PHONE_MAX_CHARS: usize = 40;

/// Who answers questions about an application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactPerson {
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
}

impl ContactPerson {
    /// The contact with surrounding blanks trimmed and a blank phone dropped.
    pub fn normalised(self) -> ContactPerson {
        ContactPerson {
            name: trimmed(&self.name).to_owned(),
            email: self.email.trim().to_owned(),
            phone: self
                .phone
                .map(|phone| phone.trim().to_owned())
                .filter(|phone| !phone.is_empty()),
        }
    }

    /// Every broken rule as (field within the contact, rule).
    pub fn validate(&self) -> Vec<(&'static str, Rule)> {
        let mut problems = Vec::new();
        if let Err(e) = check_name(&self.name, 1..=CONTACT_NAME_MAX_CHARS) {
            problems.push(("name", e));
        }
        if !is_plausible_email(self.email.trim()) {
            problems.push(("email", Rule::Email));
        }
        if let Some(phone) = &self.phone {
            if !is_plausible_phone(phone.trim()) {
                problems.push(("phone", Rule::Phone));
            }
        }
        problems
    }
}

/// One "@" between a non-empty local part and a domain with a "." inside it; no blanks.
fn is_plausible_email(email: &str) -> bool {
    if email.chars().count() > EMAIL_MAX_CHARS || email.chars().any(char::is_whitespace) {
        return false;
    }
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain
            .split_once('.')
            .is_some_and(|(host, rest)| !host.is_empty() && !rest.is_empty())
        && !domain.ends_with('.')
}

fn is_plausible_phone(phone: &str) -> bool {
    phone.len() <= PHONE_MAX_CHARS
        && phone.bytes().any(|b| b.is_ascii_digit())
        && phone
            .bytes()
            .all(|b| b.is_ascii_digit() || b" +()-./".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(email: &str, phone: Option<&str>) -> ContactPerson {
        ContactPerson {
            name: "An Peeters".into(),
            email: email.into(),
            phone: phone.map(str::to_owned),
        }
    }

    fn refused(email: &str, phone: Option<&str>) -> Vec<&'static str> {
        contact(email, phone)
            .validate()
            .into_iter()
            .map(|(field, _)| field)
            .collect()
    }

    #[test]
    fn usual_addresses_and_numbers_are_accepted() {
        for email in ["an.peeters@genk.be", "a+b@sub.example.org"] {
            assert!(refused(email, None).is_empty(), "{email}");
        }
        for phone in ["+32 89 65 44 11", "089/65.44.11", "(089) 65-44-11"] {
            assert!(refused("a@b.be", Some(phone)).is_empty(), "{phone}");
        }
    }

    #[test]
    fn malformed_addresses_are_refused() {
        let long = format!("{}@genk.be", "a".repeat(247));
        for email in [
            "",
            "an",
            "@genk.be",
            "an@",
            "an@genk",
            "an@@genk.be",
            "an@genk.be@x.be",
            "an @genk.be",
            "an@.be",
            "an@genk.",
            &long,
        ] {
            assert_eq!(refused(email, None), ["email"], "{email:?}");
            assert_eq!(
                contact(email, None).validate(),
                [("email", Rule::Email)],
                "{email:?}"
            );
        }
    }

    #[test]
    fn malformed_phone_numbers_are_refused() {
        for phone in ["call me", "089 65 44 11 ext. 3", "--", &"1".repeat(41)] {
            assert_eq!(
                contact("a@b.be", Some(phone)).validate(),
                [("phone", Rule::Phone)],
                "{phone:?}"
            );
        }
    }

    #[test]
    fn a_blank_phone_is_dropped_and_a_name_is_required() {
        let normalised = contact(" a@b.be ", Some("  ")).normalised();
        assert_eq!(normalised.email, "a@b.be");
        assert_eq!(normalised.phone, None);
        let mut nameless = normalised;
        nameless.name = " ".into();
        assert_eq!(nameless.validate(), [("name", Rule::Blank)]);
        nameless.name = "x".repeat(201);
        assert_eq!(
            nameless.validate(),
            [("name", Rule::Length { min: 1, max: 200 })]
        );
    }
}

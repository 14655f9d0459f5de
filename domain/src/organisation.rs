//! Organisations that apply for grants: their enterprise number, kind and address.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::rule::Rule;
use crate::text::{check_name, trimmed};
use crate::Kbo;

string_enum! {
    /// What kind of body an organisation is.
    pub enum OrganisationType("organisation type") {
        /// A municipality, province, police zone or other local authority.
        LocalGovernment => "local_government",
        /// A non-profit association (vzw/asbl) or foundation.
        NonProfit => "non_profit",
        Company => "company",
        Other => "other",
    }
}

pub const ORGANISATION_NAME_CHARS: RangeInclusive<usize> = 2..=200;
pub const STREET_CHARS: RangeInclusive<usize> = 1..=200;
pub const POSTAL_CODE_CHARS: RangeInclusive<usize> = 2..=10;
pub const CITY_CHARS: RangeInclusive<usize> = 1..=100;

/// A postal address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Street and number, e.g. "Havenlaan 88".
    pub street: String,
    /// 2 to 10 of letters, digits, spaces and "-", e.g. "1000".
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2, e.g. "BE".
    pub country: String,
}

impl Address {
    /// The address with surrounding blanks trimmed and the country uppercased.
    pub fn normalised(self) -> Address {
        Address {
            street: self.street.trim().to_owned(),
            postal_code: self.postal_code.trim().to_owned(),
            city: self.city.trim().to_owned(),
            country: self.country.trim().to_ascii_uppercase(),
        }
    }

    /// Every broken rule as (field, rule), in field order.
    pub fn validate(&self) -> Vec<(&'static str, Rule)> {
        let mut problems = Vec::new();
        let chars = |text: &str| text.trim().chars().count();
        if !STREET_CHARS.contains(&chars(&self.street)) {
            problems.push((
                "street",
                Rule::Length {
                    min: *STREET_CHARS.start(),
                    max: *STREET_CHARS.end(),
                },
            ));
        }
        let postal_code = self.postal_code.trim();
        if !POSTAL_CODE_CHARS.contains(&postal_code.len())
            || !postal_code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        {
            problems.push(("postal_code", Rule::PostalCode));
        }
        if !CITY_CHARS.contains(&chars(&self.city)) {
            problems.push((
                "city",
                Rule::Length {
                    min: *CITY_CHARS.start(),
                    max: *CITY_CHARS.end(),
                },
            ));
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            problems.push(("country", Rule::Country));
        }
        problems
    }
}

/// What is written when registering an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDraft {
    pub name: String,
    /// The enterprise number; valid by construction.
    pub kbo: Kbo,
    pub kind: OrganisationType,
    pub address: Address,
}

impl OrganisationDraft {
    /// The draft with surrounding blanks trimmed and its address normalised.
    pub fn normalised(self) -> OrganisationDraft {
        OrganisationDraft {
            name: trimmed(&self.name).to_owned(),
            address: self.address.normalised(),
            ..self
        }
    }

    /// Every broken rule as (field, rule); address fields are named "address.street" etc.
    pub fn validation_errors(&self) -> Vec<(&'static str, Rule)> {
        let mut problems = Vec::new();
        if let Err(e) = check_name(&self.name, ORGANISATION_NAME_CHARS) {
            problems.push(("name", e));
        }
        for (field, rule) in self.address.validate() {
            problems.push((address_field(field), rule));
        }
        problems
    }
}

fn address_field(field: &'static str) -> &'static str {
    match field {
        "street" => "address.street",
        "postal_code" => "address.postal_code",
        "city" => "address.city",
        "country" => "address.country",
        _ => "address",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flemish_community() -> OrganisationDraft {
        OrganisationDraft {
            name: "  Vlaamse Gemeenschap ".into(),
            kbo: Kbo::parse("0207.451.227").expect("valid"),
            kind: OrganisationType::LocalGovernment,
            address: Address {
                street: " Havenlaan 88 ".into(),
                postal_code: " 1000 ".into(),
                city: "Brussel".into(),
                country: "be".into(),
            },
        }
    }

    fn refused(change: impl FnOnce(&mut OrganisationDraft)) -> Vec<(&'static str, Rule)> {
        let mut draft = flemish_community();
        change(&mut draft);
        draft.normalised().validation_errors()
    }

    #[test]
    fn a_registered_organisation_is_normalised_and_valid() {
        let draft = flemish_community().normalised();
        assert_eq!(draft.name, "Vlaamse Gemeenschap");
        assert_eq!(draft.address.street, "Havenlaan 88");
        assert_eq!(draft.address.postal_code, "1000");
        assert_eq!(draft.address.country, "BE");
        assert!(draft.validation_errors().is_empty());
    }

    #[test]
    fn each_broken_rule_names_its_field() {
        let name = Rule::Length { min: 2, max: 200 };
        assert_eq!(refused(|d| d.name = " X ".into()), [("name", name.clone())]);
        assert_eq!(refused(|d| d.name = "x".repeat(201)), [("name", name)]);
        assert_eq!(
            refused(|d| d.name = "\u{200B}".into()),
            [("name", Rule::Blank)]
        );
        assert_eq!(
            refused(|d| d.address.street = " ".into()),
            [("address.street", Rule::Length { min: 1, max: 200 })]
        );
        assert_eq!(
            refused(|d| d.address.postal_code = "1".into()),
            [("address.postal_code", Rule::PostalCode)]
        );
        assert_eq!(
            refused(|d| d.address.postal_code = "10_00".into()),
            [("address.postal_code", Rule::PostalCode)]
        );
        assert_eq!(
            refused(|d| d.address.city = "x".repeat(101)),
            [("address.city", Rule::Length { min: 1, max: 100 })]
        );
        assert_eq!(
            refused(|d| d.address.country = "BEL".into()),
            [("address.country", Rule::Country)]
        );
        assert_eq!(
            refused(|d| d.address.country = "B1".into()),
            [("address.country", Rule::Country)]
        );
    }

    #[test]
    fn foreign_postal_codes_are_accepted() {
        assert!(refused(|d| {
            d.address.postal_code = "1012 AB".into();
            d.address.country = "NL".into();
        })
        .is_empty());
        assert!(refused(|d| d.address.postal_code = "L-1234".into()).is_empty());
    }

    #[test]
    fn an_unnormalised_country_is_refused_by_validate() {
        let address = flemish_community().address;
        assert_eq!(address.validate(), [("country", Rule::Country)]);
    }

    #[test]
    fn organisation_types_travel_in_snake_case() {
        assert_eq!(
            OrganisationType::parse("non_profit"),
            Ok(OrganisationType::NonProfit)
        );
        assert_eq!(OrganisationType::ALL.len(), 4);
        let json = serde_json::to_string(&flemish_community()).expect("serialize");
        assert!(json.contains("\"kind\":\"local_government\""), "{json}");
        assert!(json.contains("\"kbo\":\"0207451227\""), "{json}");
        assert!(OrganisationType::parse("ngo").is_err());
    }
}

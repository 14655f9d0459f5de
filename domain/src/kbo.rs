//! The Belgian enterprise number (KBO/BCE).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An enterprise number of the Crossroads Bank for Enterprises (Kruispuntbank van
/// Ondernemingen, KBO): ten digits, the first 0 or 1, the last two a mod-97 check.
/// Stored as the bare ten digits, e.g. "0203437092".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Kbo(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KboError {
    #[error("enterprise number {value:?} is not 10 digits like \"0207.451.227\"")]
    Format { value: String },
    #[error("enterprise number {value:?} must start with 0 or 1")]
    FirstDigit { value: String },
    #[error("enterprise number {value:?} has a wrong check number (mod 97)")]
    Checksum { value: String },
}

impl KboError {
    /// The rule the text broke.
    pub fn rule(&self) -> crate::Rule {
        match self {
            KboError::Format { .. } => crate::Rule::KboFormat,
            KboError::FirstDigit { .. } => crate::Rule::KboFirstDigit,
            KboError::Checksum { .. } => crate::Rule::KboChecksum,
        }
    }
}

impl Kbo {
    /// Accepts "0203.437.092", "0203 437 092", "BE0203437092", "0203437092" and the old
    /// nine-digit form "203437092".
    pub fn parse(s: &str) -> Result<Self, KboError> {
        let trimmed = s.trim();
        let without_country = match trimmed.get(..2) {
            Some(prefix) if prefix.eq_ignore_ascii_case("BE") => &trimmed[2..],
            _ => trimmed,
        };
        let mut digits = String::with_capacity(10);
        for c in without_country.trim_start().chars() {
            match c {
                '0'..='9' => digits.push(c),
                '.' | ' ' => {}
                _ => {
                    return Err(KboError::Format {
                        value: s.to_owned(),
                    })
                }
            }
        }
        if digits.len() == 9 {
            digits.insert(0, '0');
        }
        if digits.len() != 10 {
            return Err(KboError::Format {
                value: s.to_owned(),
            });
        }
        if !digits.starts_with(['0', '1']) {
            return Err(KboError::FirstDigit {
                value: s.to_owned(),
            });
        }
        let (body, check) = digits.split_at(8);
        let parsed = body.parse::<u64>().ok().zip(check.parse::<u64>().ok());
        match parsed {
            Some((body, check)) if 97 - body % 97 == check => Ok(Self(digits)),
            _ => Err(KboError::Checksum {
                value: s.to_owned(),
            }),
        }
    }

    /// The ten digits, e.g. "0203437092".
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The usual written form, e.g. "0203.437.092".
    pub fn formatted(&self) -> String {
        let d = &self.0;
        format!("{}.{}.{}", &d[..4], &d[4..7], &d[7..])
    }
}

impl fmt::Display for Kbo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.formatted())
    }
}

impl FromStr for Kbo {
    type Err = KboError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Kbo {
    type Error = KboError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Kbo> for String {
    fn from(k: Kbo) -> String {
        k.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_written_form_normalises_to_ten_digits() {
        // The Flemish Community: 02074512 mod 97 = 70, and 97 - 70 = 27.
        for input in [
            "0207.451.227",
            "0207 451 227",
            "BE0207451227",
            "be 0207.451.227",
            "0207451227",
            "207451227",
        ] {
            let kbo = Kbo::parse(input).expect(input);
            assert_eq!(kbo.as_str(), "0207451227");
            assert_eq!(kbo.formatted(), "0207.451.227");
            assert_eq!(kbo.to_string(), "0207.451.227");
        }
        // Proximus: 02022399 mod 97 = 46, and 97 - 46 = 51.
        assert!(Kbo::parse("0202.239.951").is_ok());
    }

    #[test]
    fn a_wrong_check_number_is_refused() {
        // 02034370 mod 97 = 86, so the check number would be 11, not 92.
        assert!(matches!(
            Kbo::parse("0203.437.092"),
            Err(KboError::Checksum { .. })
        ));
        assert!(Kbo::parse("0203.437.011").is_ok());
        assert!(matches!(
            Kbo::parse("0207.451.228"),
            Err(KboError::Checksum { .. })
        ));
    }

    #[test]
    fn malformed_numbers_are_refused() {
        for input in [
            "",
            "abc",
            "0207-451-227",
            "02074512271",
            "20745122",
            "NL0207451227",
        ] {
            assert!(
                matches!(Kbo::parse(input), Err(KboError::Format { .. })),
                "{input:?}"
            );
        }
        assert!(matches!(
            Kbo::parse("2207451227"),
            Err(KboError::FirstDigit { .. })
        ));
    }

    #[test]
    fn json_goes_through_parse() {
        let kbo: Kbo = serde_json::from_str("\"0207.451.227\"").expect("valid");
        assert_eq!(
            serde_json::to_string(&kbo).expect("serialize"),
            "\"0207451227\""
        );
        assert!(serde_json::from_str::<Kbo>("\"0207.451.228\"").is_err());
    }
}

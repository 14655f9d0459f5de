//! Where the money comes from: a budget article, a budget year and a credit type.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;

/// A Flemish budget article such as `SJ0-1SMC2GA-WT`: groups of 3, 7 and 2 characters; the
/// first two groups are uppercase letters or digits, the last two uppercase letters.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BudgetArticle(String);

/// How long an article's description may be (a name: trimmed, not blank).
pub const ARTICLE_DESCRIPTION_CHARS: std::ops::RangeInclusive<usize> = 1..=500;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("budget article {value:?} is not of the form \"SJ0-1SMC2GA-WT\" (3, 7 and 2 characters separated by hyphens)")]
pub struct BudgetArticleError {
    pub value: String,
}

impl BudgetArticleError {
    /// The rule the text broke.
    pub fn rule(&self) -> crate::Rule {
        crate::Rule::BudgetArticle
    }
}

impl BudgetArticle {
    /// Trims, uppercases and checks the shape.
    pub fn parse(s: &str) -> Result<Self, BudgetArticleError> {
        let normalised = s.trim().to_ascii_uppercase();
        let groups: Vec<&str> = normalised.split('-').collect();
        let alphanumeric = |g: &str| {
            g.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        };
        let letters = |g: &str| g.bytes().all(|b| b.is_ascii_uppercase());
        let valid = matches!(groups.as_slice(),
            [first, second, third]
                if first.len() == 3 && alphanumeric(first)
                && second.len() == 7 && alphanumeric(second)
                && third.len() == 2 && letters(third));
        if valid {
            Ok(Self(normalised))
        } else {
            Err(BudgetArticleError {
                value: s.to_owned(),
            })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BudgetArticle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for BudgetArticle {
    type Err = BudgetArticleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for BudgetArticle {
    type Error = BudgetArticleError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<BudgetArticle> for String {
    fn from(a: BudgetArticle) -> String {
        a.0
    }
}

/// A budget year, 2000 to 2100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i32", into = "i32")]
pub struct BudgetYear(i32);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("budget year {value} is outside 2000..=2100")]
pub struct BudgetYearError {
    pub value: i32,
}

impl BudgetYearError {
    /// The rule the year broke.
    pub fn rule(&self) -> crate::Rule {
        crate::Rule::Range {
            min: BudgetYear::MIN.into(),
            max: BudgetYear::MAX.into(),
        }
    }
}

impl BudgetYear {
    pub const MIN: i32 = 2000;
    pub const MAX: i32 = 2100;

    pub fn new(value: i32) -> Result<Self, BudgetYearError> {
        if (Self::MIN..=Self::MAX).contains(&value) {
            Ok(Self(value))
        } else {
            Err(BudgetYearError { value })
        }
    }

    pub fn value(self) -> i32 {
        self.0
    }
}

impl fmt::Display for BudgetYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl TryFrom<i32> for BudgetYear {
    type Error = BudgetYearError;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<BudgetYear> for i32 {
    fn from(y: BudgetYear) -> i32 {
        y.0
    }
}

string_enum! {
    /// Flemish budgets split each credit in two.
    pub enum CreditType("credit type") {
        /// Vastleggingskrediet (VAK), the commitment credit: caps what may be committed in the year.
        Vak => "VAK",
        /// Vereffeningskrediet (VEK), the payment credit: caps what may be paid out.
        Vek => "VEK",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_article_is_accepted_and_normalised() {
        let article = BudgetArticle::parse("  sj0-1smc2ga-wt ").expect("valid article");
        assert_eq!(article.as_str(), "SJ0-1SMC2GA-WT");
        assert_eq!(
            serde_json::to_string(&article).expect("serialize"),
            "\"SJ0-1SMC2GA-WT\""
        );
    }

    #[test]
    fn malformed_articles_are_refused() {
        for input in [
            "",
            "SJ0-1SMC2GA",
            "SJ0-1SMC2G-WT",
            "SJ01SMC2GAWT",
            "SJ0-1SMC2GA-W1",
            "SJ0-1SMC2GA-WT-X",
            "SJ0 1SMC2GA WT",
            "SJ_-1SMC2GA-WT",
            "SJÖ-1SMC2GA-WT",
        ] {
            assert!(BudgetArticle::parse(input).is_err(), "{input:?}");
        }
        assert!(serde_json::from_str::<BudgetArticle>("\"nope\"").is_err());
    }

    #[test]
    fn budget_years_are_bounded() {
        assert_eq!(BudgetYear::new(2023).map(BudgetYear::value), Ok(2023));
        assert!(BudgetYear::new(1999).is_err());
        assert!(BudgetYear::new(2101).is_err());
        assert_eq!(
            serde_json::from_str::<BudgetYear>("2023")
                .map(BudgetYear::value)
                .ok(),
            Some(2023)
        );
        assert!(serde_json::from_str::<BudgetYear>("1850").is_err());
    }

    #[test]
    fn credit_types_travel_as_vak_and_vek() {
        assert_eq!(CreditType::parse("VAK"), Ok(CreditType::Vak));
        assert_eq!("VEK".parse::<CreditType>(), Ok(CreditType::Vek));
        assert!(CreditType::parse("vak").is_err());
        assert_eq!(
            serde_json::to_string(&CreditType::Vak).expect("serialize"),
            "\"VAK\""
        );
        assert_eq!(
            serde_json::from_str::<CreditType>("\"VEK\"").ok(),
            Some(CreditType::Vek)
        );
        let error = CreditType::parse("XYZ").expect_err("unknown");
        assert_eq!(
            error.to_string(),
            "unknown credit type \"XYZ\"; expected one of VAK, VEK"
        );
    }
}

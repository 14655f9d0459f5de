//! Exact amounts of euros, to the cent.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A non-negative amount of euros with exactly two decimals ("750000.00").
///
/// Amounts travel in JSON as strings and live in the database as integer cents; a float never
/// touches money.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Money(Decimal);

/// Why a text or a number of cents is not an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("amount is empty")]
    Empty,
    #[error("amount must not be negative")]
    Negative,
    #[error("amount is not a decimal number like \"1250.00\"")]
    NotDecimal,
    #[error("amount has more than two decimals")]
    TooManyDecimals,
    #[error("amount is too large (at most 999999999999.99)")]
    TooLarge,
}

impl MoneyError {
    /// The rule the text or the number broke.
    pub fn rule(&self) -> crate::Rule {
        match self {
            MoneyError::Empty => crate::Rule::Required,
            MoneyError::Negative => crate::Rule::NotNegative,
            MoneyError::NotDecimal => crate::Rule::Amount,
            MoneyError::TooManyDecimals => crate::Rule::Cents,
            MoneyError::TooLarge => crate::Rule::TooLarge {
                max: Money::MAX.to_string(),
            },
        }
    }
}

impl Money {
    /// The largest amount, in cents: 999,999,999,999.99 euros.
    pub const MAX_CENTS: i64 = 99_999_999_999_999;

    /// The largest amount, 999999999999.99.
    pub const MAX: Money = Money(Decimal::from_parts(0x107A_3FFF, 0x5AF3, 0, false, 2));
    /// Nothing.
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));

    /// Parses "750000", "750000.0", "750000.00" or "0.10"; nothing else.
    pub fn parse(s: &str) -> Result<Money, MoneyError> {
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        if s.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let (whole, fraction) = match s.split_once('.') {
            Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
            Some(_) => return Err(MoneyError::NotDecimal),
            None => (s, ""),
        };
        let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) {
            return Err(MoneyError::NotDecimal);
        }
        if fraction.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        let significant = whole.trim_start_matches('0');
        if significant.len() > 12 {
            return Err(MoneyError::TooLarge);
        }
        let euros: i64 = if significant.is_empty() {
            0
        } else {
            significant.parse().map_err(|_| MoneyError::NotDecimal)?
        };
        let mut cents: i64 = 0;
        for position in 0..2 {
            let digit = fraction.as_bytes().get(position).map_or(0, |b| b - b'0');
            cents = cents * 10 + i64::from(digit);
        }
        let total = euros
            .checked_mul(100)
            .and_then(|c| c.checked_add(cents))
            .ok_or(MoneyError::TooLarge)?;
        Money::from_cents(total)
    }

    /// An amount of cents; refuses negative amounts and amounts above [`Money::MAX_CENTS`].
    pub fn from_cents(cents: i64) -> Result<Money, MoneyError> {
        if cents < 0 {
            Err(MoneyError::Negative)
        } else if cents > Self::MAX_CENTS {
            Err(MoneyError::TooLarge)
        } else {
            Ok(Money(Decimal::new(cents, 2)))
        }
    }

    /// Nothing; the same as [`Money::ZERO`].
    pub const fn zero() -> Money {
        Self::ZERO
    }

    /// The amount in cents, as stored in the database.
    pub fn cents(&self) -> i64 {
        // The scale is always 2 and the value at most MAX_CENTS, so the mantissa is the cents.
        i64::try_from(self.0.mantissa()).unwrap_or(Self::MAX_CENTS)
    }

    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    /// The sum, or `None` when it would exceed [`Money::MAX_CENTS`].
    pub fn checked_add(self, other: Money) -> Option<Money> {
        let sum = self.cents().checked_add(other.cents())?;
        Money::from_cents(sum).ok()
    }

    /// The difference, or `None` when it would be negative.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        let difference = self.cents().checked_sub(other.cents())?;
        Money::from_cents(difference).ok()
    }

    /// The exact decimal value, scale 2.
    pub fn as_decimal(&self) -> Decimal {
        self.0
    }
}

impl Default for Money {
    fn default() -> Self {
        Self::ZERO
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

impl TryFrom<String> for Money {
    type Error = MoneyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Money::parse(&s)
    }
}

impl TryFrom<&str> for Money {
    type Error = MoneyError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Money::parse(s)
    }
}

impl From<Money> for String {
    fn from(m: Money) -> String {
        m.to_string()
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

pub(crate) const NOT_A_STRING: &str = "amounts must be JSON strings like \"1250.00\", not numbers";

struct MoneyVisitor;

impl de::Visitor<'_> for MoneyVisitor {
    type Value = Money;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount as a JSON string like \"1250.00\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Money, E> {
        Money::parse(v).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Money, E> {
        Err(E::custom(NOT_A_STRING))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Money, E> {
        Err(E::custom(NOT_A_STRING))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Money, E> {
        Err(E::custom(NOT_A_STRING))
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `deserialize_any`, so that a JSON number reaches the visitor and gets a clear message.
        deserializer.deserialize_any(MoneyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(s: &str) -> Money {
        Money::parse(s).expect("valid amount")
    }

    #[test]
    fn accepted_forms_are_scaled_to_two_decimals() {
        for (input, shown) in [
            ("750000", "750000.00"),
            ("750000.0", "750000.00"),
            ("750000.00", "750000.00"),
            ("0.10", "0.10"),
            ("0", "0.00"),
            ("007.5", "7.50"),
            ("999999999999.99", "999999999999.99"),
        ] {
            assert_eq!(money(input).to_string(), shown, "{input}");
        }
        assert_eq!(money("750000").cents(), 75_000_000);
    }

    #[test]
    fn ten_cents_plus_twenty_cents_is_thirty_cents() {
        let sum = money("0.10").checked_add(money("0.20"));
        assert_eq!(sum, Some(money("0.30")));
        assert_eq!(money("0.30").to_string(), "0.30");
    }

    #[test]
    fn refused_forms_say_why() {
        for (input, error) in [
            ("", MoneyError::Empty),
            (" 1", MoneyError::NotDecimal),
            ("1 ", MoneyError::NotDecimal),
            ("+1", MoneyError::NotDecimal),
            ("-1", MoneyError::Negative),
            ("1e5", MoneyError::NotDecimal),
            ("1,000", MoneyError::NotDecimal),
            ("1.000,00", MoneyError::NotDecimal),
            ("12,50", MoneyError::NotDecimal),
            ("1.", MoneyError::NotDecimal),
            (".5", MoneyError::NotDecimal),
            ("1.2.3", MoneyError::NotDecimal),
            ("abc", MoneyError::NotDecimal),
            ("0.001", MoneyError::TooManyDecimals),
            ("1000000000000", MoneyError::TooLarge),
            ("99999999999999999999999", MoneyError::TooLarge),
        ] {
            assert_eq!(Money::parse(input), Err(error), "{input:?}");
        }
        assert_eq!(
            MoneyError::TooManyDecimals.to_string(),
            "amount has more than two decimals"
        );
    }

    #[test]
    fn cents_are_bounded() {
        assert_eq!(Money::from_cents(-1), Err(MoneyError::Negative));
        assert_eq!(
            Money::from_cents(Money::MAX_CENTS + 1),
            Err(MoneyError::TooLarge)
        );
        assert_eq!(
            Money::from_cents(30).map(|m| m.to_string()),
            Ok("0.30".into())
        );
        assert!(Money::ZERO.is_zero());
        assert_eq!(Money::zero().to_string(), "0.00");
    }

    #[test]
    fn subtraction_never_goes_negative() {
        assert_eq!(
            money("1.00").checked_sub(money("0.01")),
            Some(money("0.99"))
        );
        assert_eq!(money("1.00").checked_sub(money("1.01")), None);
        let max = Money::from_cents(Money::MAX_CENTS).expect("max");
        assert_eq!(max.checked_add(money("0.01")), None);
    }

    #[test]
    fn json_amounts_are_strings() {
        let parsed: Money = serde_json::from_str("\"12.5\"").expect("string amount");
        assert_eq!(parsed.to_string(), "12.50");
        assert_eq!(
            serde_json::to_string(&money("750000")).expect("serialize"),
            "\"750000.00\""
        );
        for number in ["0.1", "750000", "-3"] {
            let error = serde_json::from_str::<Money>(number).expect_err("numbers are refused");
            assert!(
                error.to_string().contains("must be JSON strings"),
                "{error}"
            );
        }
        let error = serde_json::from_str::<Money>("\"0.001\"").expect_err("three decimals");
        assert!(error.to_string().contains("more than two decimals"));
    }

    #[test]
    fn ordering_is_numeric() {
        assert!(money("9.99") < money("10"));
        assert_eq!(money("10"), money("10.00"));
    }
}

#[cfg(test)]
mod max_tests {
    use super::*;

    #[test]
    fn the_largest_amount_is_max_cents() {
        assert_eq!(Money::MAX.cents(), Money::MAX_CENTS);
        assert_eq!(Money::MAX.to_string(), "999999999999.99");
    }
}

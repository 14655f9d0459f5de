//! Columns to domain types, in one place: every record of this crate leaves it typed (ids as
//! `Uuid`, statuses and kinds as their enums, amounts as `Money`, instants in UTC), and a stored
//! value the domain refuses to read back is a [`StoreError::Corrupt`] that names it.
//!
//! Writing goes the other way through each type's own spelling (`as_str()`, `cents()`,
//! `to_string()`, `naive_utc()`), so a value is spelled the same on the way in and out.

use std::fmt::Display;
use std::str::FromStr;

use grantdesk_domain::Money;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::StoreError;

/// A stored value the domain refuses.
pub(crate) fn corrupt(e: impl Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

/// An id column.
pub(crate) fn uuid(s: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(s).map_err(|e| StoreError::Corrupt(format!("uuid {s:?}: {e}")))
}

/// A nullable id column.
pub(crate) fn opt_uuid(s: Option<&str>) -> Result<Option<Uuid>, StoreError> {
    s.map(uuid).transpose()
}

/// An amount column (integer cents).
pub(crate) fn money(cents: i64) -> Result<Money, StoreError> {
    Money::from_cents(cents).map_err(|e| StoreError::Corrupt(format!("{cents} cents: {e}")))
}

/// A nullable amount column.
pub(crate) fn opt_money(cents: Option<i64>) -> Result<Option<Money>, StoreError> {
    cents.map(money).transpose()
}

/// A status, kind or code column, spelled as its enum spells it.
pub(crate) fn enumerated<T>(s: &str) -> Result<T, StoreError>
where
    T: FromStr,
    T::Err: Display,
{
    s.parse().map_err(corrupt)
}

/// A JSON text column.
pub(crate) fn json<T: DeserializeOwned>(s: &str) -> Result<T, StoreError> {
    serde_json::from_str(s).map_err(corrupt)
}

/// A score column: hundredths of a point, an exact decimal with two places.
pub(crate) fn hundredths(h: i64) -> Decimal {
    Decimal::new(h, 2)
}

/// A score as stored: hundredths, truncated.
pub(crate) fn to_hundredths(score: Decimal) -> Result<i64, StoreError> {
    (score * Decimal::from(100))
        .trunc()
        .try_into()
        .map_err(|_| StoreError::Corrupt(format!("score {score} out of range")))
}

//! Ranking the applications of a track by their score.

use std::cmp::Reverse;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

/// One application (or anything else) to rank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankingEntry<T> {
    pub item: T,
    /// The application's score; `None` while no review was submitted.
    pub score: Option<Decimal>,
    /// When the application was received; the earlier one wins a tie.
    pub received_at: DateTime<Utc>,
    /// How many submitted reviews the score is based on.
    pub reviews: usize,
}

/// Ranks the entries: scored ones first, highest score first, an equal score won by the
/// earlier receipt; then the unscored ones, earliest receipt first. Ranks run 1, 2, 3, …
/// without gaps or shared places: a tie broken by time gets different ranks. Entries equal in
/// score and receipt keep the order they were given in.
pub fn rank<T>(mut entries: Vec<RankingEntry<T>>) -> Vec<(u32, RankingEntry<T>)> {
    entries.sort_by_key(|entry| {
        (
            entry.score.is_none(),
            Reverse(entry.score),
            entry.received_at,
        )
    });
    (1..).zip(entries).collect()
}

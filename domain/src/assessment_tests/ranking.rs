//! Ranking a track's applications by score.

use super::*;
use crate::{rank, RankingEntry};

fn entry(name: &'static str, score: Option<&str>, received_at: &str) -> RankingEntry<&'static str> {
    RankingEntry {
        item: name,
        score: score.map(dec),
        received_at: at(received_at),
        reviews: usize::from(score.is_some()) * 2,
    }
}

fn order(ranked: &[(u32, RankingEntry<&'static str>)]) -> Vec<(u32, &'static str)> {
    ranked
        .iter()
        .map(|(place, entry)| (*place, entry.item))
        .collect()
}

#[test]
fn the_highest_score_ranks_first() {
    let ranked = rank(vec![
        entry("Aalst", Some("66.67"), "2023-08-01T09:00:00Z"),
        entry("Brugge", Some("80.00"), "2023-08-02T09:00:00Z"),
        entry("Gent", Some("72.50"), "2023-08-03T09:00:00Z"),
    ]);
    assert_eq!(order(&ranked), [(1, "Brugge"), (2, "Gent"), (3, "Aalst")]);
}

#[test]
fn an_equal_score_is_won_by_the_earlier_receipt() {
    let ranked = rank(vec![
        entry("Leuven", Some("72.50"), "2023-08-30T16:00:00Z"),
        entry("Mechelen", Some("72.50"), "2023-08-30T15:59:59Z"),
        entry("Hasselt", Some("72.49"), "2023-07-01T09:00:00Z"),
    ]);
    assert_eq!(
        order(&ranked),
        [(1, "Mechelen"), (2, "Leuven"), (3, "Hasselt")]
    );
}

#[test]
fn unscored_applications_come_last_by_receipt() {
    let ranked = rank(vec![
        entry("Kortrijk", None, "2023-08-02T09:00:00Z"),
        entry("Oostende", Some("0.00"), "2023-08-30T09:00:00Z"),
        entry("Genk", None, "2023-08-01T09:00:00Z"),
        entry("Brugge", Some("80.00"), "2023-08-31T07:59:59Z"),
    ]);
    assert_eq!(
        order(&ranked),
        [(1, "Brugge"), (2, "Oostende"), (3, "Genk"), (4, "Kortrijk")]
    );
    assert_eq!(ranked[0].1.reviews, 2);
    assert_eq!(ranked[3].1.reviews, 0);
}

#[test]
fn nothing_to_rank_gives_an_empty_ranking() {
    assert!(rank::<&str>(Vec::new()).is_empty());
}

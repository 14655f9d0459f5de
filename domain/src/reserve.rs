//! The reserve list (issue #14): eligible applications that scored at or above the call's
//! threshold but did not fit the budget wait, per track and in ranking order, for money that
//! frees up (a renunciation, an expired acceptance, a settlement below the commitment, ...).
//! The next that fits is offered; when none fits whole and the call allows partial awards, the
//! first in line is offered what is free.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::{rank, Money, RankingEntry};

/// An application that may wait on the reserve list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub application: Uuid,
    pub track: u8,
    /// Its score; an unscored application never goes on the list.
    pub score: Option<Decimal>,
    pub received_at: DateTime<Utc>,
    /// What it would be awarded (what it asked, within the call's cap per project).
    pub amount: Money,
}

/// A place on a track's reserve list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub application: Uuid,
    pub track: u8,
    /// 1 for the first in line on the track.
    pub rank: u32,
    pub amount: Money,
}

/// The reserve lists of a call: the candidates scored at or above `threshold`, per track
/// (tracks in ascending order), each track in ranking order (a higher score first; an equal
/// score won by the earlier receipt, [`crate::rank`]).
pub fn reserve_lists(candidates: Vec<Candidate>, threshold: Decimal) -> Vec<Place> {
    let mut tracks: Vec<u8> = candidates.iter().map(|c| c.track).collect();
    tracks.sort_unstable();
    tracks.dedup();
    let mut places = Vec::new();
    for track in tracks {
        let entries = candidates
            .iter()
            .filter(|c| c.track == track && c.score.is_some_and(|s| s >= threshold))
            .map(|c| RankingEntry {
                item: c.clone(),
                score: c.score,
                received_at: c.received_at,
                reviews: 0,
            })
            .collect();
        places.extend(rank(entries).into_iter().map(|(rank, entry)| Place {
            application: entry.item.application,
            track,
            rank,
            amount: entry.item.amount,
        }));
    }
    places
}

/// What is offered from the reserve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub application: Uuid,
    pub amount: Money,
    /// Less than the application's amount (a partial award).
    pub partial: bool,
}

/// The offer `free` money makes to the reserve (`waiting`: the places still waiting that draw
/// on the account the money was freed in): the first that fits whole, the freed award's own
/// track first (in rank order), then the other tracks in their order; when none fits whole
/// and the call allows partial awards, the first in that line with what is free; else
/// nothing.
pub fn next_offer(
    waiting: &[Place],
    freed_track: u8,
    free: Money,
    partial_awards: bool,
) -> Option<Offer> {
    if free.is_zero() {
        return None;
    }
    let mut in_line: Vec<&Place> = waiting.iter().collect();
    in_line.sort_by_key(|p| (p.track != freed_track, p.track, p.rank));
    if let Some(place) = in_line.iter().find(|p| p.amount <= free) {
        return Some(Offer {
            application: place.application,
            amount: place.amount,
            partial: false,
        });
    }
    let first = in_line.first().filter(|_| partial_awards)?;
    Some(Offer {
        application: first.application,
        amount: free,
        partial: true,
    })
}

/// The rank at which `newcomer` (an application whose objection was upheld while no money was
/// free) joins its track's reserve list, among the track's places `others` (waiting or
/// offered, each with its score): where the ranking's order puts it, whatever the threshold.
pub fn rank_of_newcomer(others: &[Candidate], newcomer: &Candidate) -> u32 {
    let entries = others
        .iter()
        .filter(|c| c.track == newcomer.track && c.application != newcomer.application)
        .chain(std::iter::once(newcomer))
        .map(|c| RankingEntry {
            item: c.application,
            score: c.score,
            received_at: c.received_at,
            reviews: 0,
        })
        .collect();
    rank(entries)
        .into_iter()
        .find(|(_, e)| e.item == newcomer.application)
        .map_or(1, |(r, _)| r)
}

/// What a reserve application would be awarded: what it asked, within the call's cap per
/// project.
pub fn candidate_amount(requested: Money, cap_per_project: Option<Money>) -> Money {
    cap_per_project.map_or(requested, |cap| requested.min(cap))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn money(s: &str) -> Money {
        Money::parse(s).expect("amount")
    }

    fn candidate(n: u128, track: u8, score: Option<&str>, minute: u32, amount: &str) -> Candidate {
        Candidate {
            application: Uuid::from_u128(n),
            track,
            score: score.map(|s| s.parse().expect("score")),
            received_at: Utc.with_ymd_and_hms(2023, 8, 31, 7, minute, 0).unwrap(),
            amount: money(amount),
        }
    }

    #[test]
    fn the_lists_hold_the_candidates_at_or_above_the_threshold_per_track_in_ranking_order() {
        let lists = reserve_lists(
            vec![
                candidate(1, 1, Some("70.00"), 5, "50000.00"),
                candidate(2, 1, Some("82.50"), 9, "40000.00"),
                // equal score: the earlier receipt first
                candidate(3, 1, Some("70.00"), 1, "60000.00"),
                // below the threshold, and unscored: not on the list
                candidate(4, 1, Some("59.99"), 2, "10000.00"),
                candidate(5, 1, None, 3, "10000.00"),
                candidate(6, 2, Some("60.00"), 4, "25000.00"),
            ],
            "60.00".parse().unwrap(),
        );
        let order: Vec<(u8, u32, u128)> = lists
            .iter()
            .map(|p| (p.track, p.rank, p.application.as_u128()))
            .collect();
        assert_eq!(order, vec![(1, 1, 2), (1, 2, 3), (1, 3, 1), (2, 1, 6)]);
    }

    fn place(n: u128, rank: u32, amount: &str) -> Place {
        Place {
            application: Uuid::from_u128(n),
            track: 1,
            rank,
            amount: money(amount),
        }
    }

    #[test]
    fn freed_money_is_offered_to_the_first_in_line_that_fits_whole() {
        let waiting = [
            place(1, 1, "60000.00"),
            place(2, 2, "45000.00"),
            place(3, 3, "30000.00"),
        ];
        // the renounced award freed 50,000: the first asks more, the second fits
        let offer = next_offer(&waiting, 1, money("50000.00"), false).expect("offer");
        assert_eq!(offer.application, Uuid::from_u128(2));
        assert_eq!(offer.amount, money("45000.00"));
        assert!(!offer.partial);
        // exactly enough is enough
        let offer = next_offer(&waiting, 1, money("60000.00"), false).expect("offer");
        assert_eq!(offer.application, Uuid::from_u128(1));
        // too little for anyone: nothing, or the first in line partially where allowed
        assert_eq!(next_offer(&waiting, 1, money("29999.99"), false), None);
        let partial = next_offer(&waiting, 1, money("29999.99"), true).expect("offer");
        assert_eq!(
            partial,
            Offer {
                application: Uuid::from_u128(1),
                amount: money("29999.99"),
                partial: true
            }
        );
        // nothing free, or nobody waiting: nothing
        assert_eq!(next_offer(&waiting, 1, Money::ZERO, true), None);
        assert_eq!(next_offer(&[], 1, money("1.00"), true), None);
        // the order is the rank's, whatever order the places come in
        let shuffled = [waiting[2].clone(), waiting[0].clone(), waiting[1].clone()];
        assert_eq!(
            next_offer(&shuffled, 1, money("50000.00"), false).map(|o| o.application),
            Some(Uuid::from_u128(2))
        );
    }

    #[test]
    fn money_freed_in_a_shared_account_goes_to_its_own_track_first_then_the_others_in_order() {
        let on = |track: u8, n: u128, rank: u32, amount: &str| Place {
            track,
            ..place(n, rank, amount)
        };
        let waiting = [
            on(1, 11, 1, "40000.00"),
            on(2, 21, 1, "20000.00"),
            on(3, 31, 1, "10000.00"),
            on(2, 22, 2, "5000.00"),
        ];
        let first = |track, free| next_offer(&waiting, track, money(free), false);
        // a renunciation in track 2 offers track 2's best that fits
        assert_eq!(
            first(2, "30000.00").map(|o| o.application.as_u128()),
            Some(21)
        );
        assert_eq!(
            first(2, "9000.00").map(|o| o.application.as_u128()),
            Some(22)
        );
        // nothing in track 3 fits 9,000: track 1's, then track 2's in order
        assert_eq!(
            first(3, "9000.00").map(|o| o.application.as_u128()),
            Some(22)
        );
        assert_eq!(
            first(3, "45000.00").map(|o| o.application.as_u128()),
            Some(31)
        );
        assert_eq!(
            first(1, "45000.00").map(|o| o.application.as_u128()),
            Some(11)
        );
    }

    #[test]
    fn a_reserve_application_is_offered_what_it_asked_within_the_cap() {
        assert_eq!(
            candidate_amount(money("60000.00"), Some(money("50000.00"))),
            money("50000.00")
        );
        assert_eq!(
            candidate_amount(money("40000.00"), Some(money("50000.00"))),
            money("40000.00")
        );
        assert_eq!(candidate_amount(money("40000.00"), None), money("40000.00"));
    }

    #[test]
    fn an_upheld_objection_joins_the_reserve_where_its_score_ranks_it() {
        let others = [
            candidate(1, 1, Some("82.50"), 9, "40000.00"),
            candidate(2, 1, Some("70.00"), 1, "60000.00"),
            candidate(3, 2, Some("99.00"), 1, "60000.00"),
        ];
        let newcomer = candidate(9, 1, Some("75.00"), 5, "50000.00");
        assert_eq!(rank_of_newcomer(&others, &newcomer), 2);
        let best = candidate(9, 1, Some("90.00"), 5, "50000.00");
        assert_eq!(rank_of_newcomer(&others, &best), 1);
        // an equal score: the earlier receipt first
        let tie = candidate(9, 1, Some("70.00"), 0, "50000.00");
        assert_eq!(rank_of_newcomer(&others, &tie), 2);
        let unscored = candidate(9, 1, None, 0, "50000.00");
        assert_eq!(rank_of_newcomer(&others, &unscored), 3);
        assert_eq!(rank_of_newcomer(&[], &unscored), 1);
    }
}

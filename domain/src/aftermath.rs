//! What finance and admins see of a call after its decision (issue #14): per call and per
//! track, how much was offered (by the selection and later from the reserve), accepted, still
//! pending, renounced, expired, re-offered from the reserve, and what the reserve list still
//! waits for. Read from each award's acceptance and each reserve place; every sum exact.

use crate::acceptance::AcceptanceStatus;
use crate::{LedgerError, Money};

/// One award after the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Award {
    pub track: u8,
    pub amount: Money,
    pub status: AcceptanceStatus,
    /// Offered from the reserve list (or on an upheld objection), not by the selection.
    pub reoffer: bool,
}

/// One place on the reserve list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub track: u8,
    pub amount: Money,
    /// Not offered yet, and the reserve period runs.
    pub waiting: bool,
}

/// The figures of a call, or of one of its tracks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Aftermath {
    /// Every award made: by the selection and afterwards.
    pub offered: Money,
    pub accepted: Money,
    pub pending: Money,
    pub renounced: Money,
    pub expired: Money,
    /// Awards made after the selection (from the reserve list, on an upheld objection).
    pub reoffered: Money,
    /// What the places still waiting on the reserve list ask, and how many they are.
    pub reserve_waiting: Money,
    pub reserve_waiting_count: usize,
}

fn add(total: &mut Money, amount: Money) -> Result<(), LedgerError> {
    *total = total
        .checked_add(amount)
        .ok_or_else(|| LedgerError::Inconsistent("after-decision figures overflow".into()))?;
    Ok(())
}

/// The figures of the awards and places of `track` (of the whole call when `None`).
pub fn aftermath(
    awards: &[Award],
    places: &[Waiting],
    track: Option<u8>,
) -> Result<Aftermath, LedgerError> {
    let mine = |t: u8| track.is_none_or(|wanted| wanted == t);
    let mut f = Aftermath::default();
    for a in awards.iter().filter(|a| mine(a.track)) {
        add(&mut f.offered, a.amount)?;
        let by_status = match a.status {
            AcceptanceStatus::Accepted => &mut f.accepted,
            AcceptanceStatus::Pending => &mut f.pending,
            AcceptanceStatus::Renounced => &mut f.renounced,
            AcceptanceStatus::Expired => &mut f.expired,
        };
        add(by_status, a.amount)?;
        if a.reoffer {
            add(&mut f.reoffered, a.amount)?;
        }
    }
    for p in places.iter().filter(|p| mine(p.track) && p.waiting) {
        add(&mut f.reserve_waiting, p.amount)?;
        f.reserve_waiting_count += 1;
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        Money::parse(s).expect("amount")
    }

    fn award(track: u8, amount: &str, status: AcceptanceStatus, reoffer: bool) -> Award {
        Award {
            track,
            amount: m(amount),
            status,
            reoffer,
        }
    }

    #[test]
    fn every_award_counts_once_by_where_it_stands_per_call_and_per_track() {
        use AcceptanceStatus::*;
        let awards = [
            award(1, "50000.00", Renounced, false),
            award(1, "48000.01", Accepted, false),
            award(2, "25000.00", Expired, false),
            award(1, "45000.00", Accepted, true),
            award(2, "24999.99", Pending, true),
        ];
        let places = [
            Waiting {
                track: 1,
                amount: m("45000.00"),
                waiting: false,
            },
            Waiting {
                track: 1,
                amount: m("30000.00"),
                waiting: true,
            },
            Waiting {
                track: 2,
                amount: m("24999.99"),
                waiting: false,
            },
        ];
        let call = aftermath(&awards, &places, None).unwrap();
        assert_eq!(call.offered, m("193000.00"));
        assert_eq!(call.accepted, m("93000.01"));
        assert_eq!(call.pending, m("24999.99"));
        assert_eq!(call.renounced, m("50000.00"));
        assert_eq!(call.expired, m("25000.00"));
        assert_eq!(call.reoffered, m("69999.99"));
        assert_eq!(call.reserve_waiting, m("30000.00"));
        assert_eq!(call.reserve_waiting_count, 1);
        // the parts add up to the whole
        let sum = [call.accepted, call.pending, call.renounced, call.expired]
            .into_iter()
            .try_fold(Money::ZERO, |a, b| a.checked_add(b))
            .unwrap();
        assert_eq!(sum, call.offered);
        let two = aftermath(&awards, &places, Some(2)).unwrap();
        assert_eq!(two.offered, m("49999.99"));
        assert_eq!(two.expired, m("25000.00"));
        assert_eq!(two.reserve_waiting_count, 0);
    }
}

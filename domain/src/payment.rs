//! Paying a grant, and settling it after its final report.

use serde::{Deserialize, Serialize};

use crate::{GrantError, Money, Rule};

/// Checks a payment on a grant: more than zero, and together with what was paid so far at most
/// the committed amount.
pub fn check_payment(
    committed: Money,
    paid_so_far: Money,
    amount: Money,
) -> Result<(), GrantError> {
    if amount.is_zero() {
        return Err(GrantError::validation("amount", Rule::Positive));
    }
    let would_be = paid_so_far
        .checked_add(amount)
        .ok_or(GrantError::Overflow)?;
    if would_be > committed {
        return Err(GrantError::Overpayment {
            committed,
            would_be,
        });
    }
    Ok(())
}

/// What was paid on a grant: the sum of its payments' amounts; [`GrantError::Overflow`] beyond
/// the largest amount.
pub fn paid_total(amounts: impl IntoIterator<Item = Money>) -> Result<Money, GrantError> {
    amounts
        .into_iter()
        .try_fold(Money::zero(), |acc, amount| acc.checked_add(amount))
        .ok_or(GrantError::Overflow)
}

/// What settling a grant moves, once its final report is accepted.
///
/// The grantee is entitled to `min(committed, accepted spend)`. Then:
///
/// - `paid + balance − recovery == entitled`: after the balance is paid and the recovery paid
///   back, the grantee holds exactly what it is entitled to;
/// - `entitled + release == committed`: the rest of the commitment is released (decommitted);
/// - hence `paid + balance − recovery + release == committed`;
/// - at most one of `balance` and `recovery` is non-zero.
///
/// `release` includes the recovered money: the commitment shrinks to what the grantee is
/// entitled to. Of it, [`Settlement::release_unpaid`] was never paid out and can be
/// decommitted at once; the other part, `recovery`, was paid out and is decommitted as the
/// grantee pays it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    /// To pay the grantee now.
    pub balance: Money,
    /// To claim back from the grantee: the payments beyond its entitlement.
    pub recovery: Money,
    /// The part of the commitment the grantee is not entitled to, decommitted.
    pub release: Money,
}

impl Settlement {
    /// The part of the release that was never paid out: `release − recovery`, which is
    /// `committed − max(entitled, paid)`.
    pub fn release_unpaid(&self) -> Money {
        // `settle` guarantees recovery ≤ release (recovery = paid − entitled ≤ committed −
        // entitled); a hand-built settlement that breaks this releases nothing unpaid.
        self.release
            .checked_sub(self.recovery)
            .unwrap_or(Money::ZERO)
    }
}

/// Cancels a grant of `committed`, of which `paid` was paid, the grantee keeping `kept` of what
/// was paid (the costs staff accept it made in good faith before the cancellation; nothing by
/// default): nothing is paid now, the rest of what was paid is recovered, and everything not
/// kept is decommitted. The settlement's arithmetic with `kept` as the accepted spend, which
/// may not exceed what was paid ([`Rule::KeptAbovePaid`] on `kept`).
pub fn cancel(committed: Money, paid: Money, kept: Money) -> Result<Settlement, GrantError> {
    if kept > paid {
        return Err(GrantError::validation(
            "kept",
            Rule::KeptAbovePaid {
                paid: paid.to_string(),
            },
        ));
    }
    settle(committed, paid, kept)
}

/// Settles a grant of `committed`, of which `paid` was paid, whose final report was accepted
/// with `accepted_spend`: see [`Settlement`]. Refuses payments above the committed amount with
/// [`GrantError::Overpayment`].
pub fn settle(
    committed: Money,
    paid: Money,
    accepted_spend: Money,
) -> Result<Settlement, GrantError> {
    if paid > committed {
        return Err(GrantError::Overpayment {
            committed,
            would_be: paid,
        });
    }
    let entitled = committed.min(accepted_spend);
    let balance = entitled.checked_sub(paid).unwrap_or(Money::ZERO);
    let recovery = paid.checked_sub(entitled).unwrap_or(Money::ZERO);
    let release = committed
        .checked_sub(entitled)
        .ok_or(GrantError::Overflow)?;
    Ok(Settlement {
        balance,
        recovery,
        release,
    })
}

/// A cancellation's motivation, trimmed: a cancellation is always motivated (1 to 20,000
/// characters; [`GrantError::Validation`] on `motivation`).
pub fn check_cancellation_motivation(motivation: &str) -> Result<String, GrantError> {
    crate::text::check_name(motivation, 1..=20_000)
        .map(str::to_owned)
        .map_err(|rule| GrantError::validation("motivation", rule))
}

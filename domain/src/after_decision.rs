//! What a call sets for the time after its decision (issue #14): how long a selected applicant
//! has to accept the grant, how long an objection may be lodged, how long the reserve list
//! waits for money that frees up and who is on it, and whether a reserve application may be
//! offered less than it asked.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::acceptance::{check_period_days, DEFAULT_ACCEPTANCE_DAYS};
use crate::objection::DEFAULT_OBJECTION_DAYS;
use crate::Rule;

/// How long the reserve list waits after the selection is final, when the call sets nothing.
pub const DEFAULT_RESERVE_DAYS: u32 = 365;

/// The settings (see the module's text). Every field has its default when left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AfterDecision {
    /// Days (after the letter or the offer) to accept or renounce an award; 30 by default.
    pub acceptance_days: u32,
    /// Days after the decision letter to lodge an objection; 30 by default.
    pub objection_days: u32,
    /// Days after the selection is final during which freed money is offered to the reserve
    /// list; 365 by default.
    pub reserve_days: u32,
    /// The lowest score (0 to 100) that puts an eligible application that did not fit the
    /// budget on the reserve list; 0 by default (every scored one).
    pub reserve_threshold: Decimal,
    /// Whether the first in line may be offered less than it asked when nobody fits whole.
    pub partial_awards: bool,
}

impl Default for AfterDecision {
    fn default() -> Self {
        AfterDecision {
            acceptance_days: DEFAULT_ACCEPTANCE_DAYS,
            objection_days: DEFAULT_OBJECTION_DAYS,
            reserve_days: DEFAULT_RESERVE_DAYS,
            reserve_threshold: Decimal::new(0, 2),
            partial_awards: false,
        }
    }
}

impl AfterDecision {
    /// Every broken rule, as (field within the settings, rule).
    pub fn problems(&self) -> Vec<(&'static str, Rule)> {
        let mut problems = Vec::new();
        for (field, days) in [
            ("acceptance_days", self.acceptance_days),
            ("objection_days", self.objection_days),
            ("reserve_days", self.reserve_days),
        ] {
            if let Err(rule) = check_period_days(days) {
                problems.push((field, rule));
            }
        }
        let threshold = self.reserve_threshold;
        if threshold < Decimal::ZERO || threshold > Decimal::ONE_HUNDRED || threshold.scale() > 2 {
            problems.push(("reserve_threshold", Rule::Score));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_out_settings_take_their_defaults_and_bad_ones_are_named() {
        let settings: AfterDecision = serde_json::from_str("{}").expect("defaults");
        assert_eq!(settings, AfterDecision::default());
        assert_eq!(settings.acceptance_days, 30);
        assert!(settings.problems().is_empty());
        let settings: AfterDecision =
            serde_json::from_str(r#"{"objection_days": 0, "reserve_threshold": "100.001"}"#)
                .expect("parses");
        assert_eq!(
            settings.problems(),
            vec![
                ("objection_days", Rule::Range { min: 1, max: 365 }),
                ("reserve_threshold", Rule::Score)
            ]
        );
        let settings = AfterDecision {
            reserve_threshold: "72.50".parse().unwrap(),
            partial_awards: true,
            ..AfterDecision::default()
        };
        assert!(settings.problems().is_empty());
    }
}

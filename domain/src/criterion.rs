//! What a call's applications are scored on: its assessment criteria.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::call_form::{is_slug, SLUG_RULE};
use crate::text::{check_name, trimmed};

pub const CRITERIA_MAX: usize = 20;
pub const CRITERION_NAME_CHARS: RangeInclusive<usize> = 1..=200;
pub const CRITERION_DESCRIPTION_MAX_CHARS: usize = 2_000;
pub const CRITERION_WEIGHT: RangeInclusive<u32> = 1..=100;
pub const CRITERION_MAX_SCORE: RangeInclusive<u32> = 1..=100;

/// One criterion a reviewer scores, e.g. "relevance" weighing 3 and scored out of 10.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    /// A stable name for the score, e.g. "relevance": 1 to 40 of a-z, 0-9 and "_", starting
    /// with a letter.
    pub key: String,
    /// The criterion as shown to reviewers, 1 to 200 characters.
    pub name: String,
    /// What the reviewer looks for, at most 2000 characters.
    #[serde(default)]
    pub description: String,
    /// How much the criterion counts relative to the others, 1 to 100.
    pub weight: u32,
    /// The highest score a reviewer may give, 1 to 100; the lowest is 0.
    pub max_score: u32,
}

impl Criterion {
    /// The criterion with its key trimmed and lowercased, and its name and description
    /// trimmed.
    pub fn normalised(mut self) -> Criterion {
        self.key = self.key.trim().to_lowercase();
        self.name = trimmed(&self.name).to_owned();
        self.description = self.description.trim().to_owned();
        self
    }
}

/// Every broken rule of a call's criteria, one message each; the field is "criteria".
pub fn criteria_problems(criteria: &[Criterion]) -> Vec<String> {
    let mut problems = Vec::new();
    if criteria.len() > CRITERIA_MAX {
        problems.push(format!(
            "a call has at most {CRITERIA_MAX} criteria, not {}",
            criteria.len()
        ));
    }
    let mut seen = BTreeSet::new();
    for (number, criterion) in (1..).zip(criteria) {
        let key = criterion.key.as_str();
        if !is_slug(key) {
            problems.push(format!(
                "criterion {number} ({key:?}): the key must be {SLUG_RULE}"
            ));
        } else if !seen.insert(key) {
            problems.push(format!("criterion {number}: the key {key:?} is used twice"));
        }
        if let Err(e) = check_name(&criterion.name, CRITERION_NAME_CHARS) {
            problems.push(format!("criterion {number} ({key:?}): the name {e}"));
        }
        if criterion.description.trim().chars().count() > CRITERION_DESCRIPTION_MAX_CHARS {
            problems.push(format!(
                "criterion {number} ({key:?}): the description must be at most 2000 characters"
            ));
        }
        if !CRITERION_WEIGHT.contains(&criterion.weight) {
            problems.push(format!(
                "criterion {number} ({key:?}): the weight must be 1 to 100, not {}",
                criterion.weight
            ));
        }
        if !CRITERION_MAX_SCORE.contains(&criterion.max_score) {
            problems.push(format!(
                "criterion {number} ({key:?}): the maximum score must be 1 to 100, not {}",
                criterion.max_score
            ));
        }
    }
    problems
}

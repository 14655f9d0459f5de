//! What a call's applications are scored on: its assessment criteria.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::call_form::is_slug;
use crate::rule::Rule;
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

/// Every broken rule of a call's criteria, as (path within the list, rule): `""` for the list
/// itself, `[2].weight` for the third criterion's weight.
pub fn criteria_problems(criteria: &[Criterion]) -> Vec<(String, Rule)> {
    let mut problems = Vec::new();
    if criteria.len() > CRITERIA_MAX {
        problems.push((
            String::new(),
            Rule::TooMany {
                max: CRITERIA_MAX,
                count: criteria.len(),
            },
        ));
    }
    let range = |r: &std::ops::RangeInclusive<u32>| Rule::Range {
        min: (*r.start()).into(),
        max: (*r.end()).into(),
    };
    let mut seen = BTreeSet::new();
    for (index, criterion) in criteria.iter().enumerate() {
        let key = criterion.key.as_str();
        if !is_slug(key) {
            problems.push((format!("[{index}].key"), Rule::Key));
        } else if !seen.insert(key) {
            problems.push((format!("[{index}].key"), Rule::Duplicate));
        }
        if let Err(rule) = check_name(&criterion.name, CRITERION_NAME_CHARS) {
            problems.push((format!("[{index}].name"), rule));
        }
        if criterion.description.trim().chars().count() > CRITERION_DESCRIPTION_MAX_CHARS {
            problems.push((
                format!("[{index}].description"),
                Rule::TooLong {
                    max: CRITERION_DESCRIPTION_MAX_CHARS,
                },
            ));
        }
        if !CRITERION_WEIGHT.contains(&criterion.weight) {
            problems.push((format!("[{index}].weight"), range(&CRITERION_WEIGHT)));
        }
        if !CRITERION_MAX_SCORE.contains(&criterion.max_score) {
            problems.push((format!("[{index}].max_score"), range(&CRITERION_MAX_SCORE)));
        }
    }
    problems
}

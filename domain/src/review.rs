//! A reviewer's scores and comment, and how scores add up to an application's score.

use std::collections::BTreeSet;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::{AssessmentError, Criterion, Rule};

pub const REVIEW_COMMENT_MAX_CHARS: usize = 10_000;

/// The score a reviewer gives on one criterion, from 0 to the criterion's maximum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// The key of one of the call's criteria.
    pub criterion: String,
    pub score: u32,
}

/// Every broken rule of a review, one error each.
///
/// At every save: each score names one of the call's criteria (keys match exactly), once, and
/// is at most its maximum (field `scores.<key>`); the comment is at most 10000 characters.
/// When `complete` (the reviewer submits), every criterion must also be scored and the comment
/// must not be blank (field `comment`). Saving a draft passes `complete = false`.
pub fn check_review(
    criteria: &[Criterion],
    scores: &[Score],
    comment: &str,
    complete: bool,
) -> Vec<AssessmentError> {
    let mut errors = Vec::new();
    let mut scored = BTreeSet::new();
    for score in scores {
        let key = score.criterion.as_str();
        let field = format!("scores.{key}");
        if !scored.insert(key) {
            errors.push(AssessmentError::validation(field, Rule::Duplicate));
            continue;
        }
        match criteria.iter().find(|criterion| criterion.key == key) {
            None => errors.push(AssessmentError::validation(field, Rule::UnknownCriterion)),
            Some(criterion) if score.score > criterion.max_score => {
                errors.push(AssessmentError::validation(
                    field,
                    Rule::ScoreAboveMaximum {
                        score: score.score.to_string(),
                        max: criterion.max_score.to_string(),
                    },
                ))
            }
            Some(_) => {}
        }
    }
    if comment.trim().chars().count() > REVIEW_COMMENT_MAX_CHARS {
        errors.push(AssessmentError::validation(
            "comment",
            Rule::TooLong {
                max: REVIEW_COMMENT_MAX_CHARS,
            },
        ));
    }
    if complete {
        for criterion in criteria {
            if !scored.contains(criterion.key.as_str()) {
                errors.push(AssessmentError::validation(
                    format!("scores.{}", criterion.key),
                    Rule::ScoreRequired,
                ));
            }
        }
        if comment.trim().is_empty() {
            errors.push(AssessmentError::validation("comment", Rule::Required));
        }
    }
    errors
}

/// A review's score out of 100: the weighted mean of the criterion scores, each taken as a
/// fraction of its maximum.
///
/// `score = 100 × Σ(weightᵢ × scoreᵢ / max_scoreᵢ) / Σ weightᵢ`
///
/// The sum is computed exactly (as one fraction in whole numbers, with no intermediate
/// rounding) and rounded once, at the end, to 2 decimals, half away from zero. Weights 3
/// (out of 10) and 1 (out of 5) with scores 7 and 4 give 100 × (3 × 0.7 + 1 × 0.8) / 4 =
/// 72.50. Only if that fraction outgrows 128-bit whole numbers (maximum scores whose least
/// common multiple exceeds about 10³¹, which at most 20 maximums of at most 100 reach only in
/// contrived cases) is the sum taken with rust_decimal's 28 significant digits instead, before
/// the same single rounding.
///
/// Refused when a criterion is not scored or a score breaks [`check_review`]'s rules, and
/// when the criteria cannot be scored at all (none, a maximum of zero, or weights adding up
/// to zero).
pub fn review_score(criteria: &[Criterion], scores: &[Score]) -> Result<Decimal, AssessmentError> {
    if let Some(error) = check_review(criteria, scores, "", false).into_iter().next() {
        return Err(error);
    }
    if criteria.is_empty() {
        return Err(AssessmentError::validation("criteria", Rule::NoCriteria));
    }
    let mut terms = Vec::with_capacity(criteria.len());
    for criterion in criteria {
        let Some(score) = scores.iter().find(|score| score.criterion == criterion.key) else {
            return Err(AssessmentError::validation(
                format!("scores.{}", criterion.key),
                Rule::ScoreRequired,
            ));
        };
        if criterion.max_score == 0 {
            return Err(AssessmentError::validation(
                "criteria",
                Rule::ZeroMaximum {
                    criterion: criterion.key.clone(),
                },
            ));
        }
        terms.push(Term {
            weight: criterion.weight,
            score: score.score,
            max_score: criterion.max_score,
        });
    }
    if terms.iter().all(|term| term.weight == 0) {
        return Err(AssessmentError::validation("criteria", Rule::ZeroWeights));
    }
    exact_percentage(&terms)
        .or_else(|| approximate_percentage(&terms))
        .ok_or_else(|| AssessmentError::validation("scores", Rule::ScoresTooLarge))
}

/// An application's score: the mean of its submitted reviews' scores.
///
/// Each review is rounded to 2 decimals (see [`review_score`]); the application's score is the
/// mean of those, rounded to 2 decimals, half away from zero. `None` when there are no
/// reviews (or when the scores add up beyond what a decimal holds, far outside 0 to 100).
pub fn application_score(review_scores: &[Decimal]) -> Option<Decimal> {
    if review_scores.is_empty() {
        return None;
    }
    let sum = review_scores
        .iter()
        .try_fold(Decimal::ZERO, |sum, score| sum.checked_add(*score))?;
    let mean = sum.checked_div(Decimal::from(review_scores.len()))?;
    Some(to_cents(mean))
}

struct Term {
    weight: u32,
    score: u32,
    max_score: u32,
}

/// 100 × Σ(w × s / m) / Σ w as the fraction `numerator / denominator` over the least common
/// multiple of the maximums, rounded half up (all terms are non-negative, so this is half
/// away from zero) to a whole number of hundredths. `None` on overflow.
fn exact_percentage(terms: &[Term]) -> Option<Decimal> {
    let common = terms.iter().try_fold(1u128, |common, term| {
        lcm(common, u128::from(term.max_score))
    })?;
    let mut sum = 0u128;
    let mut weights = 0u128;
    for term in terms {
        let scaled = u128::from(term.weight)
            .checked_mul(u128::from(term.score))?
            .checked_mul(common / u128::from(term.max_score))?;
        sum = sum.checked_add(scaled)?;
        weights = weights.checked_add(u128::from(term.weight))?;
    }
    // In hundredths: 100 (percent) × 100 (cents).
    let numerator = sum.checked_mul(10_000)?;
    let denominator = common.checked_mul(weights)?;
    let quotient = numerator.checked_div(denominator)?;
    let remainder = numerator.checked_rem(denominator)?;
    let rounded = if remainder.checked_mul(2)? >= denominator {
        quotient.checked_add(1)?
    } else {
        quotient
    };
    let hundredths = i128::try_from(rounded).ok()?;
    Decimal::try_from_i128_with_scale(hundredths, 2).ok()
}

/// The same rule with rust_decimal's 28 significant digits, for maximums whose common
/// multiple is too large for [`exact_percentage`].
fn approximate_percentage(terms: &[Term]) -> Option<Decimal> {
    let mut sum = Decimal::ZERO;
    let mut weights = Decimal::ZERO;
    for term in terms {
        let weight = Decimal::from(term.weight);
        let fraction = Decimal::from(term.score).checked_div(Decimal::from(term.max_score))?;
        sum = sum.checked_add(weight.checked_mul(fraction)?)?;
        weights = weights.checked_add(weight)?;
    }
    let percentage = Decimal::ONE_HUNDRED
        .checked_mul(sum)?
        .checked_div(weights)?;
    Some(to_cents(percentage))
}

/// Rounded to 2 decimals, half away from zero, and always written with 2 ("80.00").
fn to_cents(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn lcm(a: u128, b: u128) -> Option<u128> {
    let divisor = gcd(a, b);
    if divisor == 0 {
        return Some(0);
    }
    (a / divisor).checked_mul(b)
}

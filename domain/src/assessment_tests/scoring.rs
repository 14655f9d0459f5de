//! Reviews: what a reviewer may save and submit, and how scores add up.

use super::*;
use crate::{application_score, check_review, review_score, AssessmentError, Rule};

fn fields(errors: &[AssessmentError]) -> Vec<&str> {
    errors.iter().filter_map(AssessmentError::field).collect()
}

#[test]
fn a_complete_review_passes() {
    let scores = [score("relevance", 7), score("feasibility", 4)];
    assert!(check_review(&exp23_criteria(), &scores, "Sound plan.", true).is_empty());
}

#[test]
fn a_draft_review_may_be_partial_and_uncommented() {
    let scores = [score("relevance", 7)];
    assert!(check_review(&exp23_criteria(), &scores, "", false).is_empty());
    assert!(check_review(&exp23_criteria(), &[], "  ", false).is_empty());
}

#[test]
fn submitting_needs_every_criterion_and_a_comment() {
    let scores = [score("relevance", 7)];
    let errors = check_review(&exp23_criteria(), &scores, "   ", true);
    assert_eq!(fields(&errors), ["scores.feasibility", "comment"]);
    assert_eq!(
        errors,
        [
            AssessmentError::validation("scores.feasibility", Rule::ScoreRequired),
            AssessmentError::validation("comment", Rule::Required),
        ]
    );
}

#[test]
fn scores_name_known_criteria_once_and_stay_within_their_maximum() {
    let scores = [
        score("relevance", 11),
        score("feasibility", 5),
        score("feasibility", 4),
        score("budget", 1),
    ];
    let errors = check_review(&exp23_criteria(), &scores, "", false);
    assert_eq!(
        fields(&errors),
        ["scores.relevance", "scores.feasibility", "scores.budget"]
    );
    assert_eq!(
        errors,
        [
            AssessmentError::validation(
                "scores.relevance",
                Rule::ScoreAboveMaximum {
                    score: "11".into(),
                    max: "10".into(),
                }
            ),
            AssessmentError::validation("scores.feasibility", Rule::Duplicate),
            AssessmentError::validation("scores.budget", Rule::UnknownCriterion),
        ]
    );
}

#[test]
fn a_comment_is_at_most_ten_thousand_characters() {
    let scores = [score("relevance", 7), score("feasibility", 4)];
    let criteria = exp23_criteria();
    assert!(check_review(&criteria, &scores, &"x".repeat(10_000), true).is_empty());
    let errors = check_review(&criteria, &scores, &"x".repeat(10_001), true);
    assert_eq!(
        errors,
        [AssessmentError::validation(
            "comment",
            Rule::TooLong { max: 10_000 }
        )]
    );
}

#[test]
fn a_review_score_is_the_weighted_mean_out_of_one_hundred() {
    // 100 × (3 × 7/10 + 1 × 4/5) / (3 + 1) = 100 × 2.9 / 4 = 72.50
    let scores = [score("feasibility", 4), score("relevance", 7)];
    let result = review_score(&exp23_criteria(), &scores).expect("scored");
    assert_eq!(result, dec("72.50"));
    assert_eq!(result.to_string(), "72.50");
}

#[test]
fn full_and_empty_marks_give_one_hundred_and_zero() {
    let full = [score("relevance", 10), score("feasibility", 5)];
    let none = [score("relevance", 0), score("feasibility", 0)];
    let criteria = exp23_criteria();
    assert_eq!(
        review_score(&criteria, &full).map(|s| s.to_string()),
        Ok("100.00".into())
    );
    assert_eq!(
        review_score(&criteria, &none).map(|s| s.to_string()),
        Ok("0.00".into())
    );
}

#[test]
fn a_review_score_is_rounded_once_half_away_from_zero() {
    // 100 × 1/32 = 3.125 exactly: the midpoint goes up.
    let one_in_32 = [criterion("impact", 1, 32)];
    assert_eq!(
        review_score(&one_in_32, &[score("impact", 1)]),
        Ok(dec("3.13"))
    );
    // 100 × 3/32 = 9.375
    assert_eq!(
        review_score(&one_in_32, &[score("impact", 3)]),
        Ok(dec("9.38"))
    );
    // 100 × (1/3 + 1/7) / 2 = 23.8095…: the thirds and sevenths are not rounded on the way.
    let thirds_and_sevenths = [criterion("a", 1, 3), criterion("b", 1, 7)];
    assert_eq!(
        review_score(&thirds_and_sevenths, &[score("a", 1), score("b", 1)]),
        Ok(dec("23.81"))
    );
    // 100 × 2/3 = 66.666…
    assert_eq!(
        review_score(&[criterion("a", 1, 3)], &[score("a", 2)]),
        Ok(dec("66.67"))
    );
}

#[test]
fn maximums_without_a_small_common_multiple_are_still_scored() {
    let maximums = [
        29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 64, 81, 25, 49,
    ];
    let criteria: Vec<_> = (0..)
        .zip(maximums)
        .map(|(i, max)| criterion(&format!("c{i}"), 1, max))
        .collect();
    let full: Vec<_> = criteria
        .iter()
        .map(|c| score(&c.key, c.max_score))
        .collect();
    assert_eq!(review_score(&criteria, &full), Ok(dec("100.00")));
    // 100 × (19 + 1/29) / 20 = 95.1724…
    let mut one_low = full.clone();
    one_low[0].score = 1;
    assert_eq!(review_score(&criteria, &one_low), Ok(dec("95.17")));
    let empty: Vec<_> = criteria.iter().map(|c| score(&c.key, 0)).collect();
    assert_eq!(review_score(&criteria, &empty), Ok(dec("0.00")));
}

#[test]
fn an_unscored_criterion_cannot_be_scored() {
    let error = review_score(&exp23_criteria(), &[score("relevance", 7)]).expect_err("missing");
    assert_eq!(error.field(), Some("scores.feasibility"));
    assert_eq!(
        error,
        AssessmentError::validation("scores.feasibility", Rule::ScoreRequired)
    );
    let error = review_score(
        &exp23_criteria(),
        &[score("relevance", 11), score("feasibility", 4)],
    )
    .expect_err("above the maximum");
    assert_eq!(error.field(), Some("scores.relevance"));
    let error = review_score(&[], &[]).expect_err("no criteria");
    assert_eq!(
        error,
        AssessmentError::validation("criteria", Rule::NoCriteria)
    );
}

#[test]
fn an_application_score_is_the_rounded_mean_of_rounded_reviews() {
    // (72.50 + 80.00 + 66.67) / 3 = 219.17 / 3 = 73.0566…
    let score = application_score(&[dec("72.50"), dec("80.00"), dec("66.67")]);
    assert_eq!(score, Some(dec("73.06")));
    assert_eq!(
        application_score(&[dec("80")]).map(|s| s.to_string()),
        Some("80.00".into())
    );
}

#[test]
fn an_application_mean_at_the_midpoint_goes_up() {
    // (72.50 + 72.51) / 2 = 72.505
    assert_eq!(
        application_score(&[dec("72.50"), dec("72.51")]),
        Some(dec("72.51"))
    );
    // (10.00 + 10.00 + 10.01 + 10.01) / 4 = 10.005
    assert_eq!(
        application_score(&[dec("10.00"), dec("10.00"), dec("10.01"), dec("10.01")]),
        Some(dec("10.01"))
    );
}

#[test]
fn an_application_without_reviews_has_no_score() {
    assert_eq!(application_score(&[]), None);
}

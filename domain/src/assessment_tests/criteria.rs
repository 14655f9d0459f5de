//! A call's criteria: drafted with the call, normalised and checked like its questions.

use super::*;
use crate::{AssessmentError, CallError, CallStatus, Rule};

#[test]
fn a_call_keeps_its_criteria_normalised() {
    let mut draft = exp23_draft();
    draft.criteria[0].key = " Relevance ".into();
    draft.criteria[0].name = "  Relevance for local governments  ".into();
    let call = Call::create(Uuid::nil(), draft, "admin@abb", at("2023-06-01T09:00:00Z"))
        .expect("valid call");
    assert_eq!(call.criteria[0].key, "relevance");
    assert_eq!(call.criteria[0].name, "Relevance for local governments");
    assert_eq!(call.criterion("feasibility").map(|c| c.weight), Some(1));
    assert!(call.criterion("budget").is_none());
    assert_eq!(call.to_draft().criteria, call.criteria);
}

#[test]
fn criteria_are_edited_only_in_draft() {
    let mut call = Call::create(
        Uuid::nil(),
        exp23_draft(),
        "admin@abb",
        at("2023-06-01T09:00:00Z"),
    )
    .expect("valid call");
    let mut draft = call.to_draft();
    draft.criteria = vec![criterion("impact", 2, 20)];
    call.edit(draft.clone(), "admin@abb", at("2023-06-02T09:00:00Z"))
        .expect("a draft is edited");
    assert_eq!(call.criteria, vec![criterion("impact", 2, 20)]);

    let mut open = opened();
    assert_eq!(
        open.edit(draft, "admin@abb", at("2023-07-04T09:00:00Z")),
        Err(CallError::NotEditable {
            status: CallStatus::Open
        })
    );
}

#[test]
fn broken_criteria_are_named_under_criteria() {
    let mut long_name = criterion("long_name", 1, 10);
    long_name.name = "x".repeat(201);
    let mut long_description = criterion("long_description", 1, 10);
    long_description.description = "x".repeat(2_001);
    let mut draft = exp23_draft();
    draft.criteria = vec![
        criterion("relevance", 1, 10),
        criterion(" RELEVANCE", 1, 10),
        criterion("9lives", 1, 10),
        long_name,
        long_description,
        criterion("weightless", 0, 10),
        criterion("heavy", 101, 10),
        criterion("unscorable", 1, 0),
        criterion("too_fine", 1, 101),
    ];
    let one_to_a_hundred = Rule::Range { min: 1, max: 100 };
    assert_eq!(
        draft.normalised().validation_errors(),
        [
            CallError::validation("criteria[1].key", Rule::Duplicate),
            CallError::validation("criteria[2].key", Rule::Key),
            CallError::validation("criteria[3].name", Rule::Length { min: 1, max: 200 }),
            CallError::validation("criteria[4].description", Rule::TooLong { max: 2_000 }),
            CallError::validation("criteria[5].weight", one_to_a_hundred.clone()),
            CallError::validation("criteria[6].weight", one_to_a_hundred.clone()),
            CallError::validation("criteria[7].max_score", one_to_a_hundred.clone()),
            CallError::validation("criteria[8].max_score", one_to_a_hundred),
        ]
    );
}

#[test]
fn a_call_has_at_most_twenty_criteria() {
    let mut draft = exp23_draft();
    draft.criteria = (0..21)
        .map(|i| criterion(&format!("c{i}"), 1, 10))
        .collect();
    assert_eq!(
        draft.clone().normalised().validation_errors(),
        [CallError::validation(
            "criteria",
            Rule::TooMany { max: 20, count: 21 }
        )]
    );
    draft.criteria.pop();
    assert!(draft.normalised().validation_errors().is_empty());
}

#[test]
fn criteria_travel_in_json_and_default_to_none() {
    let json = serde_json::to_value(criterion("relevance", 3, 10)).expect("serialize");
    assert_eq!(json["key"], "relevance");
    assert_eq!(json["max_score"], 10);
    let mut value = serde_json::to_value(exp23_draft()).expect("serialize");
    if let Some(object) = value.as_object_mut() {
        object.remove("criteria");
    }
    let draft: CallDraft = serde_json::from_value(value).expect("criteria are optional");
    assert!(draft.criteria.is_empty());
}

#[test]
fn assessment_errors_have_stable_kinds() {
    assert_eq!(
        AssessmentError::validation("comment", Rule::Required).kind(),
        "validation"
    );
    assert_eq!(
        AssessmentError::validation("comment", Rule::Required).field(),
        Some("comment")
    );
    let conflict = AssessmentError::Conflict {
        kbo: kbo("0207.440.042"),
    };
    assert_eq!(conflict.kind(), "conflict_of_interest");
    assert_eq!(
        conflict.to_string(),
        "the reviewer is affiliated with 0207.440.042, the lead or a partner of this application"
    );
    let not_yet = AssessmentError::NotInAssessment {
        status: CallStatus::Open,
    };
    assert_eq!(not_yet.kind(), "not_in_assessment");
    assert_eq!(
        not_yet.to_string(),
        "the call is not in assessment; it is open"
    );
}

//! The questions and attachment kinds a call asks of its applications.

use super::*;
use crate::{AttachmentRequirement, CallQuestion};

fn question(key: &str, required: bool) -> CallQuestion {
    CallQuestion {
        key: key.into(),
        label: format!("  Describe the {key}  "),
        required,
        max_length: 2_000,
    }
}

fn application_form() -> AttachmentRequirement {
    AttachmentRequirement {
        kind: " Application_Form ".into(),
        label: " Application form (signed) ".into(),
        required: true,
    }
}

#[test]
fn a_call_keeps_its_questions_and_attachment_kinds_normalised() {
    let mut draft = reference_draft();
    draft.questions = vec![question("Target_Group", true), question("approach", false)];
    draft.attachment_kinds = vec![application_form()];
    let call =
        Call::create(Uuid::nil(), draft, "admin@abb", at("2023-06-01T09:00:00Z")).expect("valid");
    assert_eq!(call.questions[0].key, "target_group");
    assert_eq!(call.questions[0].label, "Describe the Target_Group");
    assert_eq!(call.attachment_kinds[0].kind, "application_form");
    assert_eq!(call.attachment_kinds[0].label, "Application form (signed)");
    assert_eq!(call.question("approach").map(|q| q.required), Some(false));
    assert!(call.question("budget").is_none());
    assert!(call.has_track(3));
    assert!(!call.has_track(4));
    let draft = call.to_draft();
    assert_eq!(draft.questions, call.questions);
    assert_eq!(draft.attachment_kinds, call.attachment_kinds);
}

#[test]
fn editing_a_draft_replaces_its_questions() {
    let mut call = created();
    let mut draft = call.to_draft();
    draft.questions = vec![question("approach", true)];
    call.edit(draft, "admin@abb", at("2023-06-02T09:00:00Z"))
        .expect("edited");
    assert_eq!(call.questions.len(), 1);
    assert_eq!(call.questions[0].key, "approach");
}

#[test]
fn broken_questions_and_attachment_kinds_name_their_field() {
    let mut draft = reference_draft();
    draft.questions = vec![question("approach", true), question(" APPROACH", false)];
    let errors = draft.clone().normalised().validation_errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0],
        CallError::validation("questions[1].key", Rule::Duplicate)
    );

    let mut draft = reference_draft();
    draft.attachment_kinds = vec![AttachmentRequirement {
        kind: "annex 1".into(),
        label: "Annex".into(),
        required: false,
    }];
    assert_eq!(
        Call::create(Uuid::nil(), draft, "admin@abb", at("2023-06-01T09:00:00Z")),
        Err(CallError::validation("attachment_kinds[0].kind", Rule::Key))
    );
}

#[test]
fn a_call_stored_before_questions_existed_still_reads() {
    let call = created();
    let mut json = serde_json::to_value(&call).expect("serialize");
    if let Some(object) = json.as_object_mut() {
        object.remove("questions");
        object.remove("attachment_kinds");
    }
    let back: Call = serde_json::from_value(json).expect("deserialize");
    assert!(back.questions.is_empty());
    assert!(back.attachment_kinds.is_empty());
}

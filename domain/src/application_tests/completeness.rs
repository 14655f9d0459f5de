//! What a draft needs before it can be submitted.

use super::*;

fn missing(content: &ApplicationContent, attached: &[String]) -> Vec<String> {
    fields(&content.missing_for_submission(&open_call(), attached))
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_complete_application_lacks_nothing() {
    assert!(missing(&complete(), &attached()).is_empty());
}

#[test]
fn an_empty_draft_lists_everything_it_lacks() {
    let empty = ApplicationContent {
        track: 1,
        title: " ".into(),
        summary: String::new(),
        answers: Default::default(),
        partners: Vec::new(),
        contact: None,
        budget_lines: Vec::new(),
    };
    assert_eq!(
        missing(&empty, &[]),
        [
            "title",
            "summary",
            "answers.target_group",
            "answers.approach",
            "budget_lines",
            "attachments.application_form",
            "contact",
        ]
    );
    let errors = empty.missing_for_submission(&open_call(), &[]);
    assert!(errors.iter().all(|e| e.kind() == "incomplete"));
    assert_eq!(
        errors[2],
        ApplicationError::incomplete(
            "answers.target_group",
            Rule::AnswerRequired {
                question: "Describe the target group".into(),
            }
        )
    );
    assert_eq!(
        errors[5],
        ApplicationError::incomplete(
            "attachments.application_form",
            Rule::AttachmentRequired {
                label: "Application form".into(),
            }
        )
    );
}

#[test]
fn a_title_needs_three_characters_and_blank_answers_do_not_count() {
    let mut content = complete();
    content.title = " ab ".into();
    content.answers.insert("approach".into(), "  \n ".into());
    assert_eq!(
        missing(&content, &attached()),
        ["title", "answers.approach"]
    );
}

#[test]
fn optional_questions_and_attachments_may_be_left_out() {
    let content = complete();
    assert!(!content.answers.contains_key("previous_experience"));
    assert!(missing(&content, &attached()).is_empty());
    let with_annex = vec!["application_form".to_owned(), "annex".to_owned()];
    assert!(missing(&content, &with_annex).is_empty());
    assert_eq!(
        missing(&content, &["annex".to_owned()]),
        ["attachments.application_form"]
    );
}

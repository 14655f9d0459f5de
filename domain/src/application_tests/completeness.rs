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
        aid_declarations: None,
        other_funding: Vec::new(),
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

#[test]
fn in_a_de_minimis_call_the_declaration_of_other_aid_is_required_and_elsewhere_refused() {
    use crate::aid::{AidRegime, Declaration};
    let mut call = open_call();
    let content = complete();
    // not state aid (the default): nothing to declare, and a declaration is refused
    assert!(missing(&content, &attached()).is_empty());
    let declared = ApplicationContent {
        aid_declarations: Some(Vec::new()),
        ..complete()
    };
    assert_eq!(
        declared.validation_errors(&call, &lead()),
        vec![ApplicationError::Validation {
            field: "aid_declarations".into(),
            rule: Rule::NotForRegime {
                regime: "not_state_aid".into()
            }
        }]
    );
    // de minimis: required before submission; an empty list declares none
    call.aid.regime = AidRegime::DeMinimis;
    call.aid.regulation = Some("EU 2023/2831".into());
    let missing_in = |c: &ApplicationContent| {
        fields(&c.missing_for_submission(&call, &attached()))
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(missing_in(&content), ["aid_declarations"]);
    assert!(missing_in(&declared).is_empty());
    assert!(declared.validation_errors(&call, &lead()).is_empty());
    // aid received after today is not declared: refused at submission, on the Brussels date
    let tomorrow = ApplicationContent {
        aid_declarations: Some(vec![Declaration {
            authority: "Stad Genk".into(),
            granted_on: NaiveDate::from_ymd_opt(2023, 8, 31).unwrap(),
            amount: money("1000.00"),
            regulation: "EU 2023/2831".into(),
        }]),
        ..complete()
    };
    let today = NaiveDate::from_ymd_opt(2023, 8, 30).unwrap();
    assert_eq!(
        tomorrow.dated_problems(today),
        vec![ApplicationError::Validation {
            field: "aid_declarations[0].granted_on".into(),
            rule: Rule::InFuture {
                today: "2023-08-30".into(),
                zone: "Europe/Brussels".into()
            }
        }]
    );
    assert!(tomorrow
        .dated_problems(NaiveDate::from_ymd_opt(2023, 8, 31).unwrap())
        .is_empty());
}

#[test]
fn other_funding_names_its_funder_and_a_positive_amount() {
    use crate::double_funding::{FundingStatus, OtherFunding};
    let call = open_call();
    let content = ApplicationContent {
        other_funding: vec![
            OtherFunding {
                funder: "Fonds Sociale Impuls".into(),
                amount: money("20000.00"),
                status: FundingStatus::Requested,
            },
            OtherFunding {
                funder: " ".into(),
                amount: Money::ZERO,
                status: FundingStatus::Granted,
            },
        ],
        ..complete()
    };
    let fields: Vec<String> = content
        .validation_errors(&call, &lead())
        .iter()
        .filter_map(|e| e.field().map(str::to_owned))
        .collect();
    assert_eq!(
        fields,
        ["other_funding[1].funder", "other_funding[1].amount"]
    );
}

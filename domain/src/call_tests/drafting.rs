//! Editing a draft and the rules a draft must satisfy.

use super::*;

#[test]
fn a_draft_edit_that_moves_the_deadline_is_kept_in_the_history() {
    let mut call = created();
    let mut draft = call.to_draft();
    draft.deadline = brussels("2023-09-05T10:00");
    draft.title = "  Expertenpool 2023  ".into();
    call.edit(draft, "admin@abb", at("2023-06-05T09:00:00Z"))
        .expect("edited");
    assert_eq!(call.title, "Expertenpool 2023");
    assert_eq!(call.deadline_history.len(), 2);
    assert_eq!(call.deadline_history[1].reason, "edited in draft");
    let unchanged = call.to_draft();
    call.edit(unchanged, "admin@abb", at("2023-06-06T09:00:00Z"))
        .expect("edited");
    assert_eq!(call.deadline_history.len(), 2);
}

#[test]
fn only_a_draft_is_editable() {
    let mut call = approved();
    let draft = call.to_draft();
    assert_eq!(
        call.edit(draft, "admin@abb", at("2023-07-01T09:00:00Z")),
        Err(CallError::NotEditable {
            status: CallStatus::Approved
        })
    );
}

/// The first rule the changed draft breaks, as (field, rule).
fn refused(change: impl FnOnce(&mut CallDraft)) -> (String, Rule) {
    let mut draft = reference_draft();
    change(&mut draft);
    match Call::create(Uuid::nil(), draft, "admin@abb", at("2023-06-01T09:00:00Z")) {
        Err(CallError::Validation { field, rule }) => (field, rule),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn broken(field: &str, rule: Rule) -> (String, Rule) {
    (field.to_owned(), rule)
}

#[test]
fn drafts_that_break_a_rule_name_the_field() {
    assert_eq!(
        refused(|d| d.title = "  ".into()),
        broken("title", Rule::Blank)
    );
    assert_eq!(
        refused(|d| d.title = "x".repeat(301)),
        broken("title", Rule::Length { min: 3, max: 300 })
    );
    assert_eq!(
        refused(|d| d.reference = "E".into()),
        broken("reference", Rule::CallReference)
    );
    assert_eq!(
        refused(|d| d.reference = "EXP 23".into()),
        broken("reference", Rule::CallReference)
    );
    assert_eq!(
        refused(|d| d.description = "x".repeat(20_001)),
        broken("description", Rule::TooLong { max: 20_000 })
    );
    assert_eq!(
        refused(|d| d.budget = Money::ZERO),
        broken("budget", Rule::Positive)
    );
    assert_eq!(
        refused(|d| d.cap_per_project = Some(money("750000.01"))),
        broken(
            "cap_per_project",
            Rule::CapExceedsBudget {
                cap: "750000.01".into(),
                budget: "750000.00".into(),
            }
        )
    );
    assert_eq!(
        refused(|d| d.cap_per_project = Some(Money::ZERO)),
        broken("cap_per_project", Rule::Positive)
    );
    assert_eq!(
        refused(|d| d.tracks.clear()),
        broken(
            "tracks",
            Rule::Count {
                min: 1,
                max: 20,
                count: 0,
            }
        )
    );
    assert_eq!(
        refused(|d| d.tracks[1].name = " ".into()),
        broken("tracks[1].name", Rule::Blank)
    );
    assert_eq!(
        refused(|d| d.tracks[0].budget = Some(Money::ZERO)),
        broken("tracks[0].budget", Rule::Positive)
    );
    assert_eq!(
        refused(|d| d.tracks[1].budget = Some(money("750000.01"))),
        broken(
            "tracks[1].budget",
            Rule::TrackExceedsBudget {
                amount: "750000.01".into(),
                budget: "750000.00".into(),
            }
        )
    );
    assert_eq!(
        refused(|d| {
            d.tracks[0].budget = Some(money("500000"));
            d.tracks[1].budget = Some(money("250000.01"));
        }),
        broken(
            "tracks",
            Rule::TracksExceedBudget {
                budget: "750000.00".into(),
            }
        )
    );
    assert_eq!(
        refused(|d| d.start_date = date(2023, 8, 31)),
        broken(
            "start_date",
            Rule::NotAfter {
                after: "2023-08-31".into(),
            }
        )
    );
    assert_eq!(
        refused(|d| d.title = "\u{200B}\u{FEFF} ".into()),
        broken("title", Rule::Blank)
    );
    assert_eq!(
        refused(|d| d.tracks[2].name = "\u{2060}".into()),
        broken("tracks[2].name", Rule::Blank)
    );
    assert_eq!(
        refused(|d| d.start_date = date(10_024, 11, 1)),
        broken("start_date", Rule::Year)
    );
    assert_eq!(
        refused(|d| d.grant_months = 121),
        broken("grant_months", Rule::Range { min: 1, max: 120 })
    );
}

#[test]
fn names_are_trimmed_and_a_blank_one_is_refused_as_blank() {
    let mut draft = reference_draft();
    draft.title = "\u{200B} Expertenpool\u{A0}".into();
    draft.tracks[0].name = "\t één-op-één \n".into();
    let draft = draft.normalised();
    assert_eq!(draft.title, "Expertenpool");
    assert_eq!(draft.tracks[0].name, "één-op-één");
    let mut blank = reference_draft();
    blank.title = "   ".into();
    blank.tracks[1].name = "\u{200B}".into();
    assert_eq!(
        blank.validation_errors(),
        [
            CallError::validation("title", Rule::Blank),
            CallError::validation("tracks[1].name", Rule::Blank),
        ]
    );
}

#[test]
fn a_lowercase_reference_and_a_cap_within_budget_are_accepted() {
    let mut draft = reference_draft();
    draft.reference = " exp23 ".into();
    draft.cap_per_project = Some(money("60000"));
    draft.tracks[0].budget = Some(money("500000"));
    draft.tracks[1].budget = Some(money("250000"));
    draft.policy_link = Some("  ".into());
    let call =
        Call::create(Uuid::nil(), draft, "admin@abb", at("2023-06-01T09:00:00Z")).expect("valid");
    assert_eq!(call.reference, "EXP23");
    assert_eq!(call.policy_link, None);
}

#[test]
fn error_kinds_are_stable() {
    let errors = [
        (CallError::validation("title", Rule::Blank), "validation"),
        (
            CallError::NotEditable {
                status: CallStatus::Open,
            },
            "not_editable",
        ),
        (
            CallError::DeadlineNotLater {
                current: brussels("2023-08-31T10:00"),
            },
            "deadline_not_later",
        ),
    ];
    for (error, kind) in errors {
        assert_eq!(error.kind(), kind);
    }
}

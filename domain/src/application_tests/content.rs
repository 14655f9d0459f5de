//! The rules an application's content satisfies at every save, even as a draft.

use super::*;

fn refused(change: impl FnOnce(&mut ApplicationContent)) -> Vec<String> {
    let mut content = complete();
    change(&mut content);
    fields(&content.validation_errors(&open_call(), &lead()))
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_complete_application_is_valid() {
    assert_eq!(complete().validate(&open_call(), &lead()), Ok(()));
}

#[test]
fn the_requested_amount_is_the_exact_sum_of_the_lines() {
    let mut content = complete();
    assert_eq!(content.requested_amount(), Ok(money("60000.00")));
    content.budget_lines = vec![
        line(BudgetCategory::Other, "stamps", "0.10"),
        line(BudgetCategory::Other, "envelopes", "0.20"),
    ];
    assert_eq!(content.requested_amount(), Ok(money("0.30")));
    content.budget_lines.clear();
    assert_eq!(content.requested_amount(), Ok(Money::ZERO));
}

#[test]
fn a_sum_beyond_the_largest_amount_is_an_overflow() {
    let max = Money::from_cents(Money::MAX_CENTS).expect("max");
    let mut content = complete();
    content.budget_lines[0].amount = max;
    assert_eq!(content.requested_amount(), Err(ApplicationError::Overflow));
    let errors = content.validation_errors(&open_call(), &lead());
    assert!(errors.contains(&ApplicationError::Overflow), "{errors:?}");
    assert_eq!(ApplicationError::Overflow.kind(), "overflow");
}

#[test]
fn the_cap_per_project_is_reached_but_one_cent_more_is_refused() {
    let mut content = complete();
    content.budget_lines[1].amount = money("15000.01");
    let errors = content.validation_errors(&open_call(), &lead());
    assert_eq!(
        errors,
        [ApplicationError::validation(
            "budget_lines",
            Rule::ExceedsCap {
                requested: "60000.01".into(),
                cap: "60000.00".into(),
            }
        )]
    );
    let mut uncapped = open_call();
    uncapped.cap_per_project = None;
    assert_eq!(content.validate(&uncapped, &lead()), Ok(()));
}

#[test]
fn the_track_must_be_one_of_the_calls() {
    assert_eq!(refused(|c| c.track = 4), ["track"]);
    assert_eq!(refused(|c| c.track = 0), ["track"]);
    let mut content = complete();
    content.track = 4;
    assert_eq!(
        content.validation_errors(&open_call(), &lead()),
        [ApplicationError::validation(
            "track",
            Rule::UnknownTrack {
                track: 4,
                choices: "1, 2, 3".into(),
            }
        )]
    );
}

#[test]
fn title_and_summary_have_a_maximum_length() {
    assert_eq!(refused(|c| c.title = "x".repeat(301)), ["title"]);
    assert!(refused(|c| c.title = "x".repeat(300)).is_empty());
    assert_eq!(refused(|c| c.summary = "é".repeat(5_001)), ["summary"]);
    assert!(
        refused(|c| c.title.clear()).is_empty(),
        "a draft may lack a title"
    );
}

#[test]
fn answers_belong_to_the_calls_questions_and_fit_their_length() {
    assert_eq!(
        refused(|c| {
            c.answers.insert("budget".into(), "see annex".into());
        }),
        ["answers.budget"]
    );
    assert_eq!(
        refused(|c| {
            c.answers.insert("target_group".into(), "ë".repeat(1_001));
        }),
        ["answers.target_group"]
    );
    assert!(refused(|c| {
        c.answers.insert("target_group".into(), "ë".repeat(1_000));
    })
    .is_empty());
}

#[test]
fn the_lead_is_not_its_own_partner_and_partners_are_listed_once() {
    assert_eq!(refused(|c| c.partners.push(lead())), ["partners[1]"]);
    assert_eq!(
        refused(|c| c.partners.push(kbo("0207615038"))),
        ["partners[1]"]
    );
    let many: Vec<Kbo> = (0..51u64)
        .map(|i| {
            let body = 4_000_000 + i;
            kbo(&format!("{body:08}{:02}", 97 - body % 97))
        })
        .collect();
    assert_eq!(refused(|c| c.partners = many), ["partners"]);
}

#[test]
fn a_contact_person_present_must_be_reachable() {
    assert_eq!(
        refused(|c| {
            if let Some(contact) = &mut c.contact {
                contact.email = "an.peeters(at)genk.be".into();
                contact.phone = Some("call the town hall".into());
            }
        }),
        ["contact.email", "contact.phone"]
    );
    assert!(refused(|c| c.contact = None).is_empty());
}

#[test]
fn budget_lines_are_each_valid_and_at_most_a_hundred() {
    assert_eq!(
        refused(|c| {
            c.budget_lines[1].amount = money("14999.00");
            c.budget_lines
                .push(line(BudgetCategory::Equipment, "laptop", "0"));
            c.budget_lines
                .push(line(BudgetCategory::Equipment, " ", "1"));
        }),
        ["budget_lines[2].amount", "budget_lines[3].description"]
    );
    let mut uncapped = open_call();
    uncapped.cap_per_project = None;
    let mut content = complete();
    content.budget_lines = (0..101)
        .map(|_| line(BudgetCategory::Other, "item", "1"))
        .collect();
    assert_eq!(
        fields(&content.validation_errors(&uncapped, &lead())),
        ["budget_lines"]
    );
}

#[test]
fn normalising_trims_drops_blank_answers_and_duplicate_partners() {
    let mut content = complete();
    content.title = "  Samen tegen radicalisering  ".into();
    content
        .answers
        .insert(" Previous_Experience ".into(), "  none  ".into());
    content.answers.insert("approach".into(), "   ".into());
    content.partners = vec![kbo("0207615038"), kbo("0450.123.451"), kbo("BE0207615038")];
    content.budget_lines[0].description = " coach ".into();
    let content = content.normalised();
    assert_eq!(content.title, "Samen tegen radicalisering");
    assert_eq!(
        content
            .answers
            .get("previous_experience")
            .map(String::as_str),
        Some("none")
    );
    assert!(!content.answers.contains_key("approach"));
    assert_eq!(content.partners, [kbo("0207615038"), kbo("0450123451")]);
    assert_eq!(content.budget_lines[0].description, "coach");
}

#[test]
fn content_travels_as_json_with_answers_in_key_order() {
    let json = serde_json::to_value(complete()).expect("serialize");
    let keys: Vec<_> = json["answers"]
        .as_object()
        .map(|answers| answers.keys().cloned().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["approach", "target_group"]);
    assert_eq!(json["budget_lines"][0]["amount"], "45000.00");
    let back: ApplicationContent = serde_json::from_value(json).expect("deserialize");
    assert_eq!(back, complete());
    let minimal: ApplicationContent = serde_json::from_str(r#"{"track": 1}"#).expect("a new draft");
    assert!(minimal.title.is_empty() && minimal.budget_lines.is_empty());
}

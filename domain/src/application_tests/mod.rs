//! Applications to the reference call EXP23: fixtures shared by the tests.

use super::*;
use crate::{
    AttachmentRequirement, BudgetArticle, BudgetCategory, BudgetYear, CallDraft, CallQuestion,
    CallStatus, Deadline, TrackDraft,
};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Brussels;
use uuid::Uuid;

fn money(s: &str) -> Money {
    Money::parse(s).expect("valid amount")
}

fn kbo(s: &str) -> Kbo {
    Kbo::parse(s).expect("valid enterprise number")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&Utc)
}

/// The lead organisation, a city.
fn lead() -> Kbo {
    kbo("0207.440.042")
}

fn question(key: &str, required: bool, max_length: u32) -> CallQuestion {
    CallQuestion {
        key: key.into(),
        label: format!("Describe the {}", key.replace('_', " ")),
        required,
        max_length,
    }
}

/// EXP23 with three tracks, a cap of 60000.00 per project, two required questions and an
/// optional one, and a required application form.
fn call_draft() -> CallDraft {
    let track = |name: &str| TrackDraft {
        name: name.into(),
        budget: None,
    };
    CallDraft {
        reference: "EXP23".into(),
        title: "Expertenpool ter ondersteuning van lokale besturen".into(),
        description: "A pool of experts supporting local governments.".into(),
        policy_link: None,
        budget: money("750000.00"),
        article: BudgetArticle::parse("SJ0-1SMC2GA-WT").expect("valid article"),
        budget_year: BudgetYear::new(2023).expect("valid year"),
        cap_per_project: Some(money("60000.00")),
        tracks: vec![
            track("one-to-one support"),
            track("safe and trusted environments"),
            track("online extremism"),
        ],
        deadline: Deadline::parse("2023-08-31T10:00", Brussels).expect("valid deadline"),
        start_date: NaiveDate::from_ymd_opt(2024, 11, 1).expect("valid date"),
        questions: vec![
            question("target_group", true, 1_000),
            question("approach", true, 5_000),
            question("previous_experience", false, 2_000),
        ],
        attachment_kinds: vec![
            AttachmentRequirement {
                kind: "application_form".into(),
                label: "Application form".into(),
                required: true,
            },
            AttachmentRequirement {
                kind: "annex".into(),
                label: "Annex".into(),
                required: false,
            },
        ],
        criteria: Vec::new(),
        payment_schedule: Vec::new(),
        grant_months: 12,
        after_decision: Default::default(),
        aid: Default::default(),
    }
}

/// The call, open for applications (its gates are the call's tests' business).
fn open_call() -> Call {
    let mut call = Call::create(
        Uuid::from_u128(23),
        call_draft(),
        "admin@abb",
        at("2023-06-01T09:00:00Z"),
    )
    .expect("the call is valid");
    call.status = CallStatus::Open;
    call
}

fn line(category: BudgetCategory, description: &str, amount: &str) -> BudgetLine {
    BudgetLine {
        category,
        description: description.into(),
        amount: money(amount),
    }
}

/// A complete application for track 2.
fn complete() -> ApplicationContent {
    ApplicationContent {
        track: 2,
        title: "Samen tegen radicalisering in Genk".into(),
        summary: "Coaching of youth workers and a trusted meeting place.".into(),
        answers: [
            ("target_group", "Youth workers and prevention staff."),
            ("approach", "Monthly intervision and one-to-one coaching."),
        ]
        .into_iter()
        .map(|(key, answer)| (key.to_owned(), answer.to_owned()))
        .collect(),
        partners: vec![kbo("0207.615.038")],
        contact: Some(ContactPerson {
            name: "An Peeters".into(),
            email: "an.peeters@genk.be".into(),
            phone: Some("+32 89 65 44 11".into()),
        }),
        budget_lines: vec![
            line(BudgetCategory::Personnel, "0.5 FTE coach", "45000.00"),
            line(BudgetCategory::Operating, "Venue and catering", "15000.00"),
        ],
        aid_declarations: None,
        other_funding: Vec::new(),
    }
}

fn attached() -> Vec<String> {
    vec!["application_form".to_owned()]
}

fn fields(errors: &[ApplicationError]) -> Vec<&str> {
    errors.iter().filter_map(ApplicationError::field).collect()
}

mod completeness;
mod content;
mod submission;

//! The assessment of applications to the reference call EXP23: fixtures shared by the tests.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Brussels;
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::{
    BudgetArticle, BudgetYear, Call, CallDraft, Criterion, Deadline, Gate, GateEvidence, Kbo,
    Money, Score, TrackDraft, Verdict,
};

mod criteria;
mod decisions;
mod ranking;
mod scoring;
mod screening;
mod stages;

fn money(s: &str) -> Money {
    Money::parse(s).expect("valid amount")
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("valid decimal")
}

fn kbo(s: &str) -> Kbo {
    Kbo::parse(s).expect("valid enterprise number")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&Utc)
}

fn criterion(key: &str, weight: u32, max_score: u32) -> Criterion {
    Criterion {
        key: key.into(),
        name: format!("The {}", key.replace('_', " ")),
        description: String::new(),
        weight,
        max_score,
    }
}

fn score(criterion: &str, score: u32) -> Score {
    Score {
        criterion: criterion.into(),
        score,
    }
}

/// Relevance weighs 3 and is scored out of 10; feasibility weighs 1 and is scored out of 5.
fn exp23_criteria() -> Vec<Criterion> {
    vec![
        criterion("relevance", 3, 10),
        criterion("feasibility", 1, 5),
    ]
}

/// EXP23: 750000.00 over one track, a cap of 60000.00 per project, a deadline of 31 August
/// 2023 at 10:00 in Brussels (08:00 UTC), and two criteria.
fn exp23_draft() -> CallDraft {
    CallDraft {
        reference: "EXP23".into(),
        title: "Expertenpool ter ondersteuning van lokale besturen".into(),
        description: "A pool of experts supporting local governments.".into(),
        policy_link: None,
        budget: money("750000.00"),
        article: BudgetArticle::parse("SJ0-1SMC2GA-WT").expect("valid article"),
        budget_year: BudgetYear::new(2023).expect("valid year"),
        cap_per_project: Some(money("60000.00")),
        tracks: vec![TrackDraft {
            name: "one-to-one support".into(),
            budget: None,
        }],
        deadline: Deadline::parse("2023-08-31T10:00", Brussels).expect("valid deadline"),
        start_date: NaiveDate::from_ymd_opt(2024, 11, 1).expect("valid date"),
        questions: Vec::new(),
        attachment_kinds: Vec::new(),
        criteria: exp23_criteria(),
        payment_schedule: Vec::new(),
        grant_months: 12,
        after_decision: Default::default(),
        aid: Default::default(),
    }
}

/// The instant of EXP23's deadline.
fn deadline() -> DateTime<Utc> {
    at("2023-08-31T08:00:00Z")
}

/// EXP23 after its three gates, opened on 3 July 2023.
fn opened() -> Call {
    let mut call = Call::create(
        Uuid::from_u128(23),
        exp23_draft(),
        "admin@abb",
        at("2023-06-01T09:00:00Z"),
    )
    .expect("the reference call is valid");
    for gate in [
        Gate::IfAdvice,
        Gate::BudgetAgreement,
        Gate::GovernmentApproval,
    ] {
        call.record_gate(GateEvidence {
            gate,
            reference: format!("{gate:?}/2023"),
            date: NaiveDate::from_ymd_opt(2023, 6, 30).expect("valid date"),
            verdict: Verdict::Favourable,
            recorded_by: "admin@abb".into(),
            recorded_at: at("2023-06-30T09:00:00Z"),
        })
        .expect("favourable gate");
    }
    call.open(at("2023-07-03T09:00:00Z")).expect("opens");
    call
}

/// EXP23 in assessment, from the morning after its deadline.
fn in_assessment() -> Call {
    let mut call = opened();
    call.start_assessment(at("2023-09-01T08:00:00Z"))
        .expect("the assessment starts");
    call
}

//! The reference call of seed 000 walked through its life: fixtures shared by the tests.

use super::*;
use crate::TrackDraft;
use chrono::Duration;
use chrono_tz::Europe::Brussels;

fn money(s: &str) -> Money {
    Money::parse(s).expect("valid amount")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&Utc)
}

fn brussels(s: &str) -> Deadline {
    Deadline::parse(s, Brussels).expect("valid deadline")
}

fn reference_draft() -> CallDraft {
    CallDraft {
        reference: "EXP23".into(),
        title: "Expertenpool ter ondersteuning van lokale besturen".into(),
        description: "A pool of experts supporting local governments in preventing violent \
                      radicalisation and extremism."
            .into(),
        policy_link: Some("objective 4, action 4.3 of the Flemish action plan".into()),
        budget: money("750000.00"),
        article: BudgetArticle::parse("SJ0-1SMC2GA-WT").expect("valid article"),
        budget_year: BudgetYear::new(2023).expect("valid year"),
        cap_per_project: None,
        tracks: vec![
            TrackDraft {
                name: "one-to-one support on violent radicalisation and extremism".into(),
                budget: None,
            },
            TrackDraft {
                name: "safe and trusted environments".into(),
                budget: None,
            },
            TrackDraft {
                name: "support in tackling online extremism".into(),
                budget: None,
            },
        ],
        deadline: brussels("2023-08-31T10:00"),
        start_date: date(2024, 11, 1),
        questions: Vec::new(),
        attachment_kinds: Vec::new(),
        criteria: vec![Criterion {
            key: "expertise".into(),
            name: "Specific expertise on violent radicalisation".into(),
            description: String::new(),
            weight: 3,
            max_score: 10,
        }],
        payment_schedule: Vec::new(),
        grant_months: 12,
        after_decision: Default::default(),
        aid: Default::default(),
    }
}

fn created() -> Call {
    Call::create(
        Uuid::from_u128(23),
        reference_draft(),
        "admin@abb",
        at("2023-06-01T09:00:00Z"),
    )
    .expect("the reference call is valid")
}

fn evidence(gate: Gate, reference: &str, on: NaiveDate, verdict: Verdict) -> GateEvidence {
    GateEvidence {
        gate,
        reference: reference.into(),
        date: on,
        verdict,
        recorded_by: "admin@abb".into(),
        recorded_at: at("2023-07-01T09:00:00Z"),
    }
}

fn if_advice() -> GateEvidence {
    evidence(
        Gate::IfAdvice,
        "GDR/2023002349",
        date(2023, 6, 15),
        Verdict::Favourable,
    )
}

fn budget_agreement() -> GateEvidence {
    evidence(
        Gate::BudgetAgreement,
        "BA/2023/06/26",
        date(2023, 6, 26),
        Verdict::Favourable,
    )
}

fn government_approval() -> GateEvidence {
    evidence(
        Gate::GovernmentApproval,
        "VR 2023 3006 DOC.0801",
        date(2023, 6, 30),
        Verdict::Favourable,
    )
}

fn approved() -> Call {
    let mut call = created();
    for gate in [if_advice(), budget_agreement(), government_approval()] {
        assert_eq!(call.record_gate(gate), Ok(GateOutcome::Passed));
    }
    call
}

fn opened() -> Call {
    let mut call = approved();
    call.open(at("2023-07-03T09:00:00Z")).expect("opens");
    call
}

mod deadlines;
mod drafting;
mod form;
mod gates;

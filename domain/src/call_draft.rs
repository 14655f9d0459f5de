//! What an admin writes when drafting a call, and the rules it must satisfy.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::after_decision::AfterDecision;
use crate::aid::CallAid;
use crate::call_form::{attachment_problems, question_problems};
use crate::criterion::criteria_problems;
use crate::date::has_plausible_year;
use crate::payment_schedule::{validate_schedule, TrancheSpec};
use crate::rule::Rule;
use crate::text::{check_name, trimmed};
use crate::{
    AttachmentRequirement, BudgetArticle, BudgetYear, CallError, CallQuestion, Criterion, Deadline,
    GrantError, Money, Track, TrackDraft,
};

/// How many months a call's grants may run.
pub const GRANT_MONTHS: std::ops::RangeInclusive<u32> = 1..=120;

/// The editable content of a call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallDraft {
    /// A short code such as "EXP23": 2 to 20 of A-Z, 0-9 and "-".
    pub reference: String,
    pub title: String,
    pub description: String,
    /// Where the call sits in policy, e.g. "objective 4, action 4.3 of the action plan".
    pub policy_link: Option<String>,
    pub budget: Money,
    pub article: BudgetArticle,
    pub budget_year: BudgetYear,
    pub cap_per_project: Option<Money>,
    pub tracks: Vec<TrackDraft>,
    pub deadline: Deadline,
    /// When the funded projects start; after the deadline's local date.
    pub start_date: NaiveDate,
    /// The questions every application answers; at most 50, with unique keys.
    #[serde(default)]
    pub questions: Vec<CallQuestion>,
    /// The documents an application attaches; at most 20, with unique kinds.
    #[serde(default)]
    pub attachment_kinds: Vec<AttachmentRequirement>,
    /// What applications are scored on; at most 20, with unique keys.
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    /// How grants are paid, in tranches by percentage; empty means the default (60 % at the
    /// start, the balance after the final report).
    #[serde(default)]
    pub payment_schedule: Vec<TrancheSpec>,
    /// How long the funded projects run, in months from the start date (1 to 120).
    #[serde(default = "default_grant_months")]
    pub grant_months: u32,
    /// What the call sets for the time after its decision (acceptance, objections, reserve).
    #[serde(default)]
    pub after_decision: AfterDecision,
    /// What the call's grants are under the state-aid rules (not state aid by default).
    #[serde(default)]
    pub aid: CallAid,
}

/// Grants run a year unless the call says otherwise.
pub fn default_grant_months() -> u32 {
    12
}

pub const TITLE_CHARS: std::ops::RangeInclusive<usize> = 3..=300;
pub const REFERENCE_CHARS: std::ops::RangeInclusive<usize> = 2..=20;
pub const DESCRIPTION_MAX_CHARS: usize = 20_000;
pub const POLICY_LINK_MAX_CHARS: usize = 2_000;
pub const TRACKS: std::ops::RangeInclusive<usize> = 1..=20;
pub const TRACK_NAME_MAX_CHARS: usize = 200;

impl CallDraft {
    /// The draft with surrounding blanks trimmed, the reference uppercased, a blank policy
    /// link dropped, and question keys, attachment kinds and criterion keys lowercased.
    pub fn normalised(mut self) -> CallDraft {
        self.reference = self.reference.trim().to_ascii_uppercase();
        self.title = trimmed(&self.title).to_owned();
        self.description = self.description.trim().to_owned();
        self.policy_link = self
            .policy_link
            .map(|link| link.trim().to_owned())
            .filter(|link| !link.is_empty());
        for track in &mut self.tracks {
            track.name = trimmed(&track.name).to_owned();
        }
        self.questions = self
            .questions
            .into_iter()
            .map(CallQuestion::normalised)
            .collect();
        self.attachment_kinds = self
            .attachment_kinds
            .into_iter()
            .map(AttachmentRequirement::normalised)
            .collect();
        self.criteria = self
            .criteria
            .into_iter()
            .map(Criterion::normalised)
            .collect();
        self
    }

    /// The first broken rule, if any.
    pub fn validate(&self) -> Result<(), CallError> {
        match self.validation_errors().into_iter().next() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// Every broken rule, one [`CallError::Validation`] each, in field order.
    pub fn validation_errors(&self) -> Vec<CallError> {
        let mut errors = Vec::new();
        let mut refuse = |field: String, rule: Rule| {
            errors.push(CallError::validation(field, rule));
        };
        let reference = self.reference.trim();
        if !REFERENCE_CHARS.contains(&reference.chars().count())
            || !reference
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        {
            refuse("reference".into(), Rule::CallReference);
        }
        if let Err(rule) = check_name(&self.title, TITLE_CHARS) {
            refuse("title".into(), rule);
        }
        if self.description.chars().count() > DESCRIPTION_MAX_CHARS {
            refuse(
                "description".into(),
                Rule::TooLong {
                    max: DESCRIPTION_MAX_CHARS,
                },
            );
        }
        if let Some(link) = &self.policy_link {
            if link.chars().count() > POLICY_LINK_MAX_CHARS {
                refuse(
                    "policy_link".into(),
                    Rule::TooLong {
                        max: POLICY_LINK_MAX_CHARS,
                    },
                );
            }
        }
        if self.budget.is_zero() {
            refuse("budget".into(), Rule::Positive);
        }
        if let Some(cap) = self.cap_per_project {
            if cap.is_zero() {
                refuse("cap_per_project".into(), Rule::Positive);
            } else if cap > self.budget {
                refuse(
                    "cap_per_project".into(),
                    Rule::CapExceedsBudget {
                        cap: cap.to_string(),
                        budget: self.budget.to_string(),
                    },
                );
            }
        }
        if let Some((path, rule)) = self.track_problem() {
            refuse(format!("tracks{path}"), rule);
        }
        let deadline_date = self.deadline.local().date_naive();
        if !has_plausible_year(&self.start_date) {
            refuse("start_date".into(), Rule::Year);
        } else if self.start_date <= deadline_date {
            refuse(
                "start_date".into(),
                Rule::NotAfter {
                    after: deadline_date.to_string(),
                },
            );
        }
        for (path, rule) in question_problems(&self.questions) {
            refuse(format!("questions{path}"), rule);
        }
        for (path, rule) in attachment_problems(&self.attachment_kinds) {
            refuse(format!("attachment_kinds{path}"), rule);
        }
        for (path, rule) in criteria_problems(&self.criteria) {
            refuse(format!("criteria{path}"), rule);
        }
        if !self.payment_schedule.is_empty() {
            if let Err(GrantError::Validation { field, rule }) =
                validate_schedule(&self.payment_schedule)
            {
                // the schedule's own paths (`tranches[1].label`), under this field's name
                let path = field.strip_prefix("tranches").unwrap_or_default();
                refuse(format!("payment_schedule{path}"), rule);
            }
        }
        for (field, rule) in self.after_decision.problems() {
            refuse(format!("after_decision.{field}"), rule);
        }
        for (field, rule) in self.aid.problems() {
            refuse(format!("aid.{field}"), rule);
        }
        if !GRANT_MONTHS.contains(&self.grant_months) {
            refuse(
                "grant_months".into(),
                Rule::Range {
                    min: (*GRANT_MONTHS.start()).into(),
                    max: (*GRANT_MONTHS.end()).into(),
                },
            );
        }
        errors
    }

    /// The first broken rule of the tracks, as (path within `tracks`, rule).
    fn track_problem(&self) -> Option<(String, Rule)> {
        if !TRACKS.contains(&self.tracks.len()) {
            return Some((
                String::new(),
                Rule::Count {
                    min: *TRACKS.start(),
                    max: *TRACKS.end(),
                    count: self.tracks.len(),
                },
            ));
        }
        let mut total = Money::ZERO;
        for (index, track) in self.tracks.iter().enumerate() {
            if let Err(rule) = check_name(&track.name, 1..=TRACK_NAME_MAX_CHARS) {
                return Some((format!("[{index}].name"), rule));
            }
            let Some(budget) = track.budget else {
                continue;
            };
            if budget.is_zero() {
                return Some((format!("[{index}].budget"), Rule::Positive));
            }
            if budget > self.budget {
                return Some((
                    format!("[{index}].budget"),
                    Rule::TrackExceedsBudget {
                        amount: budget.to_string(),
                        budget: self.budget.to_string(),
                    },
                ));
            }
            total = match total.checked_add(budget) {
                Some(sum) if sum <= self.budget => sum,
                _ => {
                    return Some((
                        String::new(),
                        Rule::TracksExceedBudget {
                            budget: self.budget.to_string(),
                        },
                    ))
                }
            };
        }
        None
    }

    /// The tracks, numbered from 1.
    pub(crate) fn numbered_tracks(&self) -> Vec<Track> {
        self.tracks
            .iter()
            .zip(1..=u8::MAX)
            .map(|(track, number)| Track {
                number,
                name: track.name.clone(),
                budget: track.budget,
            })
            .collect()
    }
}

#[cfg(any(test, feature = "fixtures"))]
impl CallDraft {
    /// The reference call EXP23 in short, for tests of this crate and of the crates above it
    /// (feature `fixtures`): EUR 750,000.00 on SJ0-1SMC2GA-WT (2023), `tracks` (each with its
    /// own budget or none), the deadline 31 August 2023 10:00 in Brussels, projects from
    /// 1 November 2024 for 12 months, one criterion, nothing else asked.
    pub fn exp23_for_tests(tracks: Vec<crate::TrackDraft>) -> CallDraft {
        CallDraft {
            reference: "EXP23".into(),
            title: "Expertenpool".into(),
            description: String::new(),
            policy_link: None,
            budget: crate::Money::parse("750000.00").expect("valid amount"),
            article: crate::BudgetArticle::parse("SJ0-1SMC2GA-WT").expect("valid article"),
            budget_year: crate::BudgetYear::new(2023).expect("valid year"),
            cap_per_project: None,
            tracks,
            deadline: crate::Deadline::parse("2023-08-31T10:00", chrono_tz::Europe::Brussels)
                .expect("valid deadline"),
            start_date: NaiveDate::from_ymd_opt(2024, 11, 1).expect("valid date"),
            questions: Vec::new(),
            attachment_kinds: Vec::new(),
            criteria: vec![crate::Criterion {
                key: "expertise".into(),
                name: "Expertise".into(),
                description: String::new(),
                weight: 1,
                max_score: 10,
            }],
            payment_schedule: Vec::new(),
            grant_months: 12,
            after_decision: Default::default(),
            aid: Default::default(),
        }
    }
}

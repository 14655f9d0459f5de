//! The content of an application to a call, and the rules it must satisfy.
//!
//! Two sets of rules: [`ApplicationContent::validation_errors`] holds at every save, even for a
//! draft; [`ApplicationContent::missing_for_submission`] says what a draft still lacks before it
//! can be submitted.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::aid::{declaration_problems, declared_after, Declaration};
use crate::double_funding::{other_funding_problems, OtherFunding};
use crate::{ApplicationError, BudgetLine, Call, ContactPerson, Kbo, Money, Rule};

pub const APPLICATION_TITLE_MAX_CHARS: usize = 300;
pub const APPLICATION_TITLE_CHARS_TO_SUBMIT: std::ops::RangeInclusive<usize> = 3..=300;
pub const SUMMARY_MAX_CHARS: usize = 5_000;
pub const PARTNERS_MAX: usize = 50;
pub const BUDGET_LINES_MAX: usize = 100;

/// What the lead organisation writes in an application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationContent {
    /// The number of one of the call's tracks.
    pub track: u8,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Answers by question key; a `BTreeMap`, so the order is always the same.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The partner organisations, not including the lead.
    #[serde(default)]
    pub partners: Vec<Kbo>,
    #[serde(default)]
    pub contact: Option<ContactPerson>,
    #[serde(default)]
    pub budget_lines: Vec<BudgetLine>,
    /// In a call whose aid has a ceiling (de minimis): the other de minimis aid the applicant
    /// received in the three years before, declared before submission (`Some(vec![])`: none).
    /// Absent until declared; refused in a call without a ceiling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aid_declarations: Option<Vec<Declaration>>,
    /// Other funding asked for this same project (any call).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_funding: Vec<OtherFunding>,
}

impl ApplicationContent {
    /// The content with surrounding blanks trimmed, blank answers dropped, answer keys
    /// lowercased and every partner listed once (in the order first given).
    pub fn normalised(self) -> ApplicationContent {
        let mut seen = BTreeSet::new();
        ApplicationContent {
            track: self.track,
            title: self.title.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
            answers: self
                .answers
                .into_iter()
                .map(|(key, answer)| (key.trim().to_lowercase(), answer.trim().to_owned()))
                .filter(|(_, answer)| !answer.is_empty())
                .collect(),
            partners: self
                .partners
                .into_iter()
                .filter(|partner| seen.insert(partner.clone()))
                .collect(),
            contact: self.contact.map(ContactPerson::normalised),
            budget_lines: self
                .budget_lines
                .into_iter()
                .map(BudgetLine::normalised)
                .collect(),
            aid_declarations: self
                .aid_declarations
                .map(|list| list.into_iter().map(Declaration::normalised).collect()),
            other_funding: self
                .other_funding
                .into_iter()
                .map(OtherFunding::normalised)
                .collect(),
        }
    }

    /// The exact sum of the budget lines.
    pub fn requested_amount(&self) -> Result<Money, ApplicationError> {
        self.budget_lines
            .iter()
            .try_fold(Money::ZERO, |total, line| total.checked_add(line.amount))
            .ok_or(ApplicationError::Overflow)
    }

    /// The first broken structural rule, if any.
    pub fn validate(&self, call: &Call, lead: &Kbo) -> Result<(), ApplicationError> {
        match self.validation_errors(call, lead).into_iter().next() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// Every broken rule that holds even for a draft, in field order. Indexes in field names
    /// count from 0, as in the JSON arrays.
    pub fn validation_errors(&self, call: &Call, lead: &Kbo) -> Vec<ApplicationError> {
        let mut errors = Vec::new();
        let mut refuse = |field: String, rule: Rule| {
            errors.push(ApplicationError::Validation { field, rule });
        };
        if !call.has_track(self.track) {
            let numbers: Vec<String> = call.tracks.iter().map(|t| t.number.to_string()).collect();
            refuse(
                "track".into(),
                Rule::UnknownTrack {
                    track: self.track,
                    choices: numbers.join(", "),
                },
            );
        }
        if self.title.trim().chars().count() > APPLICATION_TITLE_MAX_CHARS {
            refuse(
                "title".into(),
                Rule::TooLong {
                    max: APPLICATION_TITLE_MAX_CHARS,
                },
            );
        }
        if self.summary.trim().chars().count() > SUMMARY_MAX_CHARS {
            refuse(
                "summary".into(),
                Rule::TooLong {
                    max: SUMMARY_MAX_CHARS,
                },
            );
        }
        for (key, answer) in &self.answers {
            let field = format!("answers.{key}");
            match call.question(key) {
                None => refuse(field, Rule::UnknownQuestion),
                Some(question) => {
                    let chars = answer.trim().chars().count();
                    if chars > question.max_length as usize {
                        refuse(
                            field,
                            Rule::AnswerTooLong {
                                chars,
                                max: question.max_length as usize,
                            },
                        );
                    }
                }
            }
        }
        if self.partners.len() > PARTNERS_MAX {
            refuse(
                "partners".into(),
                Rule::TooMany {
                    max: PARTNERS_MAX,
                    count: self.partners.len(),
                },
            );
        }
        let mut seen = BTreeSet::new();
        for (index, partner) in self.partners.iter().enumerate() {
            if partner == lead {
                refuse(format!("partners[{index}]"), Rule::PartnerIsLead);
            } else if !seen.insert(partner) {
                refuse(format!("partners[{index}]"), Rule::Duplicate);
            }
        }
        if let Some(contact) = &self.contact {
            for (field, rule) in contact.validate() {
                refuse(format!("contact.{field}"), rule);
            }
        }
        if self.budget_lines.len() > BUDGET_LINES_MAX {
            refuse(
                "budget_lines".into(),
                Rule::TooMany {
                    max: BUDGET_LINES_MAX,
                    count: self.budget_lines.len(),
                },
            );
        }
        for (index, line) in self.budget_lines.iter().enumerate() {
            for (field, rule) in line.validate() {
                refuse(format!("budget_lines[{index}].{field}"), rule);
            }
        }
        match &self.aid_declarations {
            Some(_) if !call.aid.regime.has_ceiling() => refuse(
                "aid_declarations".into(),
                Rule::NotForRegime {
                    regime: call.aid.regime.to_string(),
                },
            ),
            Some(list) => {
                for (field, rule) in declaration_problems(list) {
                    refuse(field, rule);
                }
            }
            None => {}
        }
        for (field, rule) in other_funding_problems(&self.other_funding) {
            refuse(field, rule);
        }
        match (self.requested_amount(), call.cap_per_project) {
            (Err(overflow), _) => errors.push(overflow),
            (Ok(total), Some(cap)) if total > cap => refuse(
                "budget_lines".into(),
                Rule::ExceedsCap {
                    requested: total.to_string(),
                    cap: cap.to_string(),
                },
            ),
            _ => {}
        }
        errors
    }

    /// What is wrong with the content on `today` (a Brussels date) that was not wrong before:
    /// aid declared as received after today.
    pub fn dated_problems(&self, today: chrono::NaiveDate) -> Vec<ApplicationError> {
        declared_after(self.aid_declarations.as_deref().unwrap_or(&[]), today)
            .into_iter()
            .map(|(field, rule)| ApplicationError::Validation { field, rule })
            .collect()
    }

    /// What the content still lacks before it can be submitted, one
    /// [`ApplicationError::Incomplete`] each. `attached_kinds` are the kinds of the documents
    /// attached so far.
    pub fn missing_for_submission(
        &self,
        call: &Call,
        attached_kinds: &[String],
    ) -> Vec<ApplicationError> {
        let mut missing = Vec::new();
        let mut lack = |field: String, rule: Rule| {
            missing.push(ApplicationError::Incomplete { field, rule });
        };
        if !APPLICATION_TITLE_CHARS_TO_SUBMIT.contains(&self.title.trim().chars().count()) {
            lack(
                "title".into(),
                Rule::RequiredText {
                    min: *APPLICATION_TITLE_CHARS_TO_SUBMIT.start(),
                    max: *APPLICATION_TITLE_CHARS_TO_SUBMIT.end(),
                },
            );
        }
        if self.summary.trim().is_empty() {
            lack("summary".into(), Rule::Required);
        }
        for question in call.questions.iter().filter(|q| q.required) {
            let answered = self
                .answers
                .get(&question.key)
                .is_some_and(|answer| !answer.trim().is_empty());
            if !answered {
                lack(
                    format!("answers.{}", question.key),
                    Rule::AnswerRequired {
                        question: question.label.clone(),
                    },
                );
            }
        }
        if self.budget_lines.is_empty() {
            lack("budget_lines".into(), Rule::BudgetLineRequired);
        }
        for requirement in call.attachment_kinds.iter().filter(|a| a.required) {
            if !attached_kinds.contains(&requirement.kind) {
                lack(
                    format!("attachments.{}", requirement.kind),
                    Rule::AttachmentRequired {
                        label: requirement.label.clone(),
                    },
                );
            }
        }
        if self.contact.is_none() {
            lack("contact".into(), Rule::Required);
        }
        if call.aid.regime.has_ceiling() && self.aid_declarations.is_none() {
            lack("aid_declarations".into(), Rule::AidDeclarationRequired);
        }
        missing
    }
}

#[cfg(test)]
#[path = "application_tests/mod.rs"]
mod tests;

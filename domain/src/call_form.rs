//! What a call asks of an application: its questions and the documents to attach.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::rule::Rule;
use crate::text::{check_name, trimmed};

pub const QUESTIONS_MAX: usize = 50;
pub const ATTACHMENT_KINDS_MAX: usize = 20;
pub const SLUG_CHARS: RangeInclusive<usize> = 1..=40;
pub const QUESTION_LABEL_CHARS: RangeInclusive<usize> = 1..=500;
pub const QUESTION_MAX_LENGTH: RangeInclusive<u32> = 1..=20_000;
pub const ATTACHMENT_LABEL_CHARS: RangeInclusive<usize> = 1..=200;

/// A question every application to the call answers in text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallQuestion {
    /// A stable name for the answer, e.g. "target_group": 1 to 40 of a-z, 0-9 and "_",
    /// starting with a letter.
    pub key: String,
    /// The question as shown to applicants, 1 to 500 characters.
    pub label: String,
    /// True when an application cannot be submitted without an answer.
    pub required: bool,
    /// The longest accepted answer, in characters (1 to 20000).
    pub max_length: u32,
}

/// A kind of document an application attaches, e.g. the application form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentRequirement {
    /// A stable name such as "application_form"; the same rule as a question's key.
    pub kind: String,
    /// The document as shown to applicants, 1 to 200 characters.
    pub label: String,
    /// True when an application cannot be submitted without it.
    pub required: bool,
}

/// True for 1 to 40 of a-z, 0-9 and "_", starting with a letter: "application_form".
pub fn is_slug(text: &str) -> bool {
    SLUG_CHARS.contains(&text.len())
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl CallQuestion {
    /// The question with its key trimmed and lowercased and its label trimmed.
    pub fn normalised(mut self) -> CallQuestion {
        self.key = self.key.trim().to_lowercase();
        self.label = trimmed(&self.label).to_owned();
        self
    }
}

impl AttachmentRequirement {
    /// The requirement with its kind trimmed and lowercased and its label trimmed.
    pub fn normalised(mut self) -> AttachmentRequirement {
        self.kind = self.kind.trim().to_lowercase();
        self.label = trimmed(&self.label).to_owned();
        self
    }
}

/// Every broken rule of a call's questions, as (path within the list, rule): `""` for the
/// list itself, `[2].key` for the third question's key.
pub fn question_problems(questions: &[CallQuestion]) -> Vec<(String, Rule)> {
    let mut problems = Vec::new();
    if questions.len() > QUESTIONS_MAX {
        problems.push((
            String::new(),
            Rule::TooMany {
                max: QUESTIONS_MAX,
                count: questions.len(),
            },
        ));
    }
    let mut seen = BTreeSet::new();
    for (index, question) in questions.iter().enumerate() {
        let key = question.key.as_str();
        if !is_slug(key) {
            problems.push((format!("[{index}].key"), Rule::Key));
        } else if !seen.insert(key) {
            problems.push((format!("[{index}].key"), Rule::Duplicate));
        }
        if let Err(rule) = check_name(&question.label, QUESTION_LABEL_CHARS) {
            problems.push((format!("[{index}].label"), rule));
        }
        if !QUESTION_MAX_LENGTH.contains(&question.max_length) {
            problems.push((
                format!("[{index}].max_length"),
                Rule::Range {
                    min: (*QUESTION_MAX_LENGTH.start()).into(),
                    max: (*QUESTION_MAX_LENGTH.end()).into(),
                },
            ));
        }
    }
    problems
}

/// Every broken rule of a call's attachment kinds, as (path within the list, rule) (see
/// [`question_problems`]).
pub fn attachment_problems(kinds: &[AttachmentRequirement]) -> Vec<(String, Rule)> {
    let mut problems = Vec::new();
    if kinds.len() > ATTACHMENT_KINDS_MAX {
        problems.push((
            String::new(),
            Rule::TooMany {
                max: ATTACHMENT_KINDS_MAX,
                count: kinds.len(),
            },
        ));
    }
    let mut seen = BTreeSet::new();
    for (index, requirement) in kinds.iter().enumerate() {
        let kind = requirement.kind.as_str();
        if !is_slug(kind) {
            problems.push((format!("[{index}].kind"), Rule::Key));
        } else if !seen.insert(kind) {
            problems.push((format!("[{index}].kind"), Rule::Duplicate));
        }
        if let Err(rule) = check_name(&requirement.label, ATTACHMENT_LABEL_CHARS) {
            problems.push((format!("[{index}].label"), rule));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(key: &str) -> CallQuestion {
        CallQuestion {
            key: key.into(),
            label: "Which local governments take part?".into(),
            required: true,
            max_length: 2_000,
        }
    }

    fn problem(path: &str, rule: Rule) -> (String, Rule) {
        (path.to_owned(), rule)
    }

    fn attachment(kind: &str) -> AttachmentRequirement {
        AttachmentRequirement {
            kind: kind.into(),
            label: "Application form".into(),
            required: true,
        }
    }

    #[test]
    fn keys_are_lowercase_slugs_starting_with_a_letter() {
        for key in ["a", "target_group", "q1", &"k".repeat(40)] {
            assert!(is_slug(key), "{key:?}");
        }
        for key in [
            "",
            "1st",
            "_x",
            "Target",
            "target group",
            "é",
            &"k".repeat(41),
        ] {
            assert!(!is_slug(key), "{key:?}");
        }
    }

    #[test]
    fn normalising_lowercases_keys_and_trims_labels() {
        let mut raw = question(" Target_Group ");
        raw.label = "  Who?  ".into();
        let question = raw.normalised();
        assert_eq!(question.key, "target_group");
        assert_eq!(question.label, "Who?");
        let requirement = attachment(" Application_Form").normalised();
        assert_eq!(requirement.kind, "application_form");
    }

    #[test]
    fn a_sound_form_has_no_problems() {
        assert!(question_problems(&[question("target_group"), question("approach")]).is_empty());
        assert!(attachment_problems(&[attachment("application_form")]).is_empty());
    }

    #[test]
    fn each_broken_question_rule_is_named() {
        let mut long_label = question("label");
        long_label.label = "x".repeat(501);
        let mut no_length = question("length");
        no_length.max_length = 0;
        let mut too_long = question("longer");
        too_long.max_length = 20_001;
        let problems = question_problems(&[
            question("twice"),
            question("twice"),
            question("Bad Key"),
            long_label,
            no_length,
            too_long,
        ]);
        let max_length = Rule::Range {
            min: 1,
            max: 20_000,
        };
        assert_eq!(
            problems,
            [
                problem("[1].key", Rule::Duplicate),
                problem("[2].key", Rule::Key),
                problem("[3].label", Rule::Length { min: 1, max: 500 }),
                problem("[4].max_length", max_length.clone()),
                problem("[5].max_length", max_length),
            ]
        );
    }

    #[test]
    fn at_most_fifty_questions_and_twenty_attachment_kinds() {
        let questions: Vec<_> = (0..51).map(|i| question(&format!("q{i}"))).collect();
        assert_eq!(
            question_problems(&questions),
            [problem("", Rule::TooMany { max: 50, count: 51 })]
        );
        assert!(question_problems(&questions[..50]).is_empty());
        let kinds: Vec<_> = (0..21).map(|i| attachment(&format!("annex_{i}"))).collect();
        assert_eq!(
            attachment_problems(&kinds),
            [problem("", Rule::TooMany { max: 20, count: 21 })]
        );
        assert!(attachment_problems(&kinds[..20]).is_empty());
    }

    #[test]
    fn each_broken_attachment_rule_is_named() {
        let mut blank = attachment("annex");
        blank.label = "  ".into();
        let problems = attachment_problems(&[
            attachment("application_form"),
            attachment("application_form"),
            attachment("9"),
            blank,
        ]);
        assert_eq!(
            problems,
            [
                problem("[1].kind", Rule::Duplicate),
                problem("[2].kind", Rule::Key),
                problem("[3].label", Rule::Blank),
            ]
        );
    }
}

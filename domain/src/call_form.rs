//! What a call asks of an application: its questions and the documents to attach.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

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

pub(crate) const SLUG_RULE: &str =
    "1 to 40 characters of a-z, 0-9 and \"_\", starting with a letter";

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

/// Every broken rule of a call's questions, one message each; the field is "questions".
pub fn question_problems(questions: &[CallQuestion]) -> Vec<String> {
    let mut problems = Vec::new();
    if questions.len() > QUESTIONS_MAX {
        problems.push(format!(
            "a call has at most {QUESTIONS_MAX} questions, not {}",
            questions.len()
        ));
    }
    let mut seen = BTreeSet::new();
    for (number, question) in (1..).zip(questions) {
        let key = question.key.as_str();
        if !is_slug(key) {
            problems.push(format!(
                "question {number} ({key:?}): the key must be {SLUG_RULE}"
            ));
        } else if !seen.insert(key) {
            problems.push(format!("question {number}: the key {key:?} is used twice"));
        }
        if let Err(e) = check_name(&question.label, QUESTION_LABEL_CHARS) {
            problems.push(format!("question {number} ({key:?}): the label {e}"));
        }
        if !QUESTION_MAX_LENGTH.contains(&question.max_length) {
            problems.push(format!(
                "question {number} ({key:?}): the maximum length must be 1 to 20000 characters"
            ));
        }
    }
    problems
}

/// Every broken rule of a call's attachment kinds, one message each; the field is
/// "attachment_kinds".
pub fn attachment_problems(kinds: &[AttachmentRequirement]) -> Vec<String> {
    let mut problems = Vec::new();
    if kinds.len() > ATTACHMENT_KINDS_MAX {
        problems.push(format!(
            "a call has at most {ATTACHMENT_KINDS_MAX} attachment kinds, not {}",
            kinds.len()
        ));
    }
    let mut seen = BTreeSet::new();
    for (number, requirement) in (1..).zip(kinds) {
        let kind = requirement.kind.as_str();
        if !is_slug(kind) {
            problems.push(format!(
                "attachment kind {number} ({kind:?}): the kind must be {SLUG_RULE}"
            ));
        } else if !seen.insert(kind) {
            problems.push(format!(
                "attachment kind {number}: the kind {kind:?} is used twice"
            ));
        }
        if let Err(e) = check_name(&requirement.label, ATTACHMENT_LABEL_CHARS) {
            problems.push(format!(
                "attachment kind {number} ({kind:?}): the label {e}"
            ));
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
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].contains("\"twice\" is used twice"));
        assert!(problems[1].contains("question 3 (\"Bad Key\")"));
        assert!(problems[2].contains("label must be 1 to 500"));
        assert!(problems[3].contains("maximum length"));
        assert!(problems[4].contains("question 6"));
    }

    #[test]
    fn at_most_fifty_questions_and_twenty_attachment_kinds() {
        let questions: Vec<_> = (0..51).map(|i| question(&format!("q{i}"))).collect();
        assert_eq!(question_problems(&questions).len(), 1);
        assert!(question_problems(&questions[..50]).is_empty());
        let kinds: Vec<_> = (0..21).map(|i| attachment(&format!("annex_{i}"))).collect();
        assert_eq!(attachment_problems(&kinds).len(), 1);
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
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("used twice"));
        assert!(problems[1].contains("attachment kind 3"));
        assert!(
            problems[2].contains("label must not be blank"),
            "{problems:?}"
        );
    }
}

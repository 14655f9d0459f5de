//! Double-funding signals (issue #15): an application compared with the same organisation's
//! (and its single undertaking's) applications in other calls. Two projects whose periods
//! overlap and whose title, summary or budget lines read alike (the trigram cosine of
//! [`crate::similarity`], at or above [`SIMILAR_FROM`]) are flagged for the screeners, with the
//! scores as evidence; the screeners record what they find.

use chrono::NaiveDate;

use crate::parse_enum::string_enum;
use crate::similarity::{similarity, Permille, SIMILAR_FROM};
use crate::text::check_name;
use crate::{BudgetLine, Money, Rule};
use serde::{Deserialize, Serialize};

/// What is compared of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub budget_lines: &'a [BudgetLine],
    /// The days it runs, both included.
    pub period: (NaiveDate, NaiveDate),
}

/// How two projects compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signal {
    pub title: Permille,
    pub summary: Permille,
    pub budget: Permille,
    /// Whether their periods share a day.
    pub overlap: bool,
    /// Overlapping, and alike in title, summary or budget: shown to the screeners as a signal.
    pub flagged: bool,
}

/// The budget lines as one text: each line's category, description and amount.
pub fn budget_text(lines: &[BudgetLine]) -> String {
    lines
        .iter()
        .map(|l| format!("{} {} {}", l.category, l.description, l.amount))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether two periods (both ends included) share a day.
pub fn periods_overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// How `a` and `b` compare.
pub fn signal(a: &Project, b: &Project) -> Signal {
    let title = similarity(a.title, b.title);
    let summary = similarity(a.summary, b.summary);
    let budget = similarity(&budget_text(a.budget_lines), &budget_text(b.budget_lines));
    let overlap = periods_overlap(a.period, b.period);
    Signal {
        title,
        summary,
        budget,
        overlap,
        flagged: overlap && title.max(summary).max(budget) >= SIMILAR_FROM,
    }
}

string_enum! {
    /// What the screeners found.
    pub enum Finding("double-funding finding") {
        /// Nothing: the projects differ, or their costs do not overlap.
        NoDoubleFunding => "no_double_funding",
        /// The same costs may be funded twice: to be clarified with the applicant.
        Suspected => "suspected",
        /// The same costs are funded twice.
        Confirmed => "confirmed",
    }
}

string_enum! {
    /// Where an applicant's request for other funding of the same project stands.
    pub enum FundingStatus("funding status") {
        /// Asked for, not decided yet.
        Requested => "requested",
        /// Granted.
        Granted => "granted",
        /// Refused.
        Refused => "refused",
    }
}

/// Other funding the applicant asked for the same project, from another funder: part of the
/// application (frozen in its receipt) and shown to the screeners beside the signals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherFunding {
    pub funder: String,
    pub amount: Money,
    pub status: FundingStatus,
}

impl OtherFunding {
    /// Surrounding blanks trimmed.
    pub fn normalised(self) -> OtherFunding {
        OtherFunding {
            funder: self.funder.trim().to_owned(),
            ..self
        }
    }
}

/// How many other fundings an application may declare.
pub const MAX_OTHER_FUNDING: usize = 50;

/// Every broken rule of an application's other funding: each names its funder (1 to 300
/// characters) and has an amount above zero; at most [`MAX_OTHER_FUNDING`]. Fields are
/// `other_funding[i].field`.
pub fn other_funding_problems(list: &[OtherFunding]) -> Vec<(String, Rule)> {
    if list.len() > MAX_OTHER_FUNDING {
        return vec![(
            "other_funding".into(),
            Rule::TooMany {
                max: MAX_OTHER_FUNDING,
                count: list.len(),
            },
        )];
    }
    let mut problems = Vec::new();
    for (i, f) in list.iter().enumerate() {
        if let Err(r) = check_name(&f.funder, 1..=300) {
            problems.push((format!("other_funding[{i}].funder"), r));
        }
        if f.amount.is_zero() {
            problems.push((format!("other_funding[{i}].amount"), Rule::Positive));
        }
    }
    problems
}

/// A finding's note, trimmed: always given (1 to 5,000 characters).
pub fn check_note(note: &str) -> Result<String, Rule> {
    check_name(note, 1..=5_000).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{BudgetCategory, Money};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn line(description: &str, amount: &str) -> BudgetLine {
        BudgetLine {
            category: BudgetCategory::Personnel,
            description: description.into(),
            amount: Money::parse(amount).unwrap(),
        }
    }

    #[test]
    fn a_copied_application_in_an_overlapping_period_is_flagged_with_its_scores() {
        let lines = [
            line("Expert coaching", "24000.00"),
            line("Verplaatsingen", "1000.50"),
        ];
        let original = Project {
            title: "Expertenpool Limburg",
            summary: "Eén-op-één ondersteuning van lokale besturen.",
            budget_lines: &lines,
            period: (day("2024-11-01"), day("2025-10-31")),
        };
        let copy = Project {
            period: (day("2025-06-01"), day("2026-05-31")),
            ..original.clone()
        };
        let s = signal(&original, &copy);
        assert_eq!((s.title, s.summary, s.budget), (1000, 1000, 1000));
        assert!(s.overlap && s.flagged);
        // the same text in a later period: compared, not flagged
        let later = Project {
            period: (day("2025-11-01"), day("2026-10-31")),
            ..original.clone()
        };
        let s = signal(&original, &later);
        assert!(!s.overlap && !s.flagged);
        // another project in the same period: not flagged
        let other_lines = [line("Elektrische bestelwagen", "38000.00")];
        let other = Project {
            title: "Groendienst elektrisch",
            summary: "Aankoop van elektrische bestelwagens voor de groendienst.",
            budget_lines: &other_lines,
            period: original.period,
        };
        let s = signal(&original, &other);
        assert!(s.overlap && !s.flagged, "{s:?}");
    }

    #[test]
    fn periods_share_a_day_or_not() {
        let a = (day("2024-11-01"), day("2025-10-31"));
        assert!(periods_overlap(a, (day("2025-10-31"), day("2026-10-30"))));
        assert!(!periods_overlap(a, (day("2025-11-01"), day("2026-10-31"))));
        assert!(periods_overlap(a, (day("2023-01-01"), day("2030-01-01"))));
        assert_eq!(check_note(" "), Err(Rule::Blank));
        assert_eq!(Finding::parse("suspected"), Ok(Finding::Suspected));
    }
}

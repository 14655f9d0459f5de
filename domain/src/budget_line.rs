//! One line of an application's budget: what the money is for and how much.

use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::rule::Rule;
use crate::text::{check_name, trimmed};
use crate::Money;

string_enum! {
    /// What a budget line pays for.
    pub enum BudgetCategory("budget category") {
        Personnel => "personnel",
        Operating => "operating",
        Equipment => "equipment",
        Subcontracting => "subcontracting",
        Other => "other",
    }
}

pub const BUDGET_LINE_DESCRIPTION_MAX_CHARS: usize = 500;

/// A line of an application's budget; the requested amount is the sum of the lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub category: BudgetCategory,
    /// 1 to 500 characters.
    pub description: String,
    /// More than zero.
    pub amount: Money,
}

impl BudgetLine {
    /// The line with its description trimmed.
    pub fn normalised(mut self) -> BudgetLine {
        self.description = trimmed(&self.description).to_owned();
        self
    }

    /// Every broken rule as (field within the line, rule).
    pub fn validate(&self) -> Vec<(&'static str, Rule)> {
        let mut problems = Vec::new();
        if let Err(e) = check_name(&self.description, 1..=BUDGET_LINE_DESCRIPTION_MAX_CHARS) {
            problems.push(("description", e));
        }
        if self.amount.is_zero() {
            problems.push(("amount", Rule::Positive));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(description: &str, amount: &str) -> BudgetLine {
        BudgetLine {
            category: BudgetCategory::Personnel,
            description: description.into(),
            amount: Money::parse(amount).expect("valid amount"),
        }
    }

    #[test]
    fn a_described_line_of_some_money_is_valid() {
        assert!(line("0.2 FTE coordinator", "12000").validate().is_empty());
        assert_eq!(line("  trainer  ", "1").normalised().description, "trainer");
    }

    #[test]
    fn a_line_needs_a_description_and_an_amount() {
        assert_eq!(
            line(" ", "0").validate(),
            [("description", Rule::Blank), ("amount", Rule::Positive)]
        );
        assert_eq!(
            line(&"x".repeat(501), "1").validate(),
            [("description", Rule::Length { min: 1, max: 500 })]
        );
    }

    #[test]
    fn categories_travel_in_lowercase() {
        let json = serde_json::to_string(&line("laptop", "899.99")).expect("serialize");
        assert_eq!(
            json,
            r#"{"category":"personnel","description":"laptop","amount":"899.99"}"#
        );
        assert_eq!(
            BudgetCategory::parse("subcontracting"),
            Ok(BudgetCategory::Subcontracting)
        );
        assert!(BudgetCategory::parse("travel").is_err());
    }
}

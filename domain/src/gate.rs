//! The three approvals a call needs before it may open, and their evidence.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::date::has_plausible_year;
use crate::parse_enum::string_enum;
use crate::rule::Rule;
use crate::CallStatus;

string_enum! {
    /// An approval a call passes, in this order, before it may open.
    pub enum Gate("gate") {
        /// Advice of the finance inspectorate (Inspectie van Financiën, "IF").
        IfAdvice => "if_advice",
        /// The budget agreement (begrotingsakkoord) of the budget minister.
        BudgetAgreement => "budget_agreement",
        /// Approval by the Flemish Government.
        GovernmentApproval => "government_approval",
    }
}

impl Gate {
    /// How the gate is named in messages.
    pub fn label(self) -> &'static str {
        match self {
            Gate::IfAdvice => "finance inspectorate advice (Inspectie van Financiën)",
            Gate::BudgetAgreement => "budget agreement (begrotingsakkoord)",
            Gate::GovernmentApproval => "Flemish Government approval",
        }
    }

    /// The status a call must have for this gate to be recorded.
    pub fn required_status(self) -> CallStatus {
        match self {
            Gate::IfAdvice => CallStatus::Draft,
            Gate::BudgetAgreement => CallStatus::Advised,
            Gate::GovernmentApproval => CallStatus::Agreed,
        }
    }

    /// The status a favourable verdict moves the call to.
    pub fn reached_status(self) -> CallStatus {
        match self {
            Gate::IfAdvice => CallStatus::Advised,
            Gate::BudgetAgreement => CallStatus::Agreed,
            Gate::GovernmentApproval => CallStatus::Approved,
        }
    }

    /// The first gate a call in `status` has not passed; `None` from approved on.
    pub fn first_missing(status: CallStatus) -> Option<Gate> {
        Gate::ALL
            .into_iter()
            .find(|gate| gate.required_status() == status)
    }

    /// The action of recording this gate, for [`crate::CallError::InvalidTransition`].
    pub fn record_action(self) -> &'static str {
        match self {
            Gate::IfAdvice => "record_if_advice",
            Gate::BudgetAgreement => "record_budget_agreement",
            Gate::GovernmentApproval => "record_government_approval",
        }
    }
}

string_enum! {
    /// The outcome of a gate.
    pub enum Verdict("verdict") {
        Favourable => "favourable",
        Unfavourable => "unfavourable",
    }
}

/// The proof that a gate was passed or refused: the document's reference and date, its verdict,
/// and who recorded it when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateEvidence {
    pub gate: Gate,
    /// The document's reference, e.g. "GDR/2023002349" for the IF advice.
    pub reference: String,
    /// The date on the document.
    pub date: NaiveDate,
    pub verdict: Verdict,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

impl GateEvidence {
    /// The document's date is a date of four-digit year, no later than the day the evidence
    /// is recorded in `zone` (the call's): evidence is of something that happened.
    pub fn check_date(&self, zone: Tz) -> Result<(), Rule> {
        if !has_plausible_year(&self.date) {
            return Err(Rule::Year);
        }
        let today = self.recorded_at.with_timezone(&zone).date_naive();
        if self.date > today {
            return Err(Rule::InFuture {
                today: today.to_string(),
                zone: zone.name().to_owned(),
            });
        }
        Ok(())
    }
}

/// What recording a gate did to the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GateOutcome {
    /// The verdict was favourable; the call moved to the gate's reached status.
    Passed,
    /// The verdict was unfavourable; the evidence is kept and the call stays where it was.
    Refused,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gates_follow_each_other() {
        assert_eq!(Gate::first_missing(CallStatus::Draft), Some(Gate::IfAdvice));
        assert_eq!(
            Gate::first_missing(CallStatus::Advised),
            Some(Gate::BudgetAgreement)
        );
        assert_eq!(
            Gate::first_missing(CallStatus::Agreed),
            Some(Gate::GovernmentApproval)
        );
        assert_eq!(Gate::first_missing(CallStatus::Approved), None);
        for pair in Gate::ALL.windows(2) {
            assert_eq!(pair[0].reached_status(), pair[1].required_status());
        }
    }

    #[test]
    fn evidence_is_dated_at_the_latest_today_in_the_calls_zone_with_a_four_digit_year() {
        use chrono::TimeZone;
        use chrono_tz::Europe::Brussels;
        let evidence = |date: NaiveDate| GateEvidence {
            gate: Gate::IfAdvice,
            reference: "GDR/2023002349".into(),
            date,
            verdict: Verdict::Favourable,
            recorded_by: "admin".into(),
            // 00:30 on 16 June in Brussels, still 15 June in UTC
            recorded_at: Utc.with_ymd_and_hms(2023, 6, 15, 22, 30, 0).unwrap(),
        };
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(evidence(date(2023, 6, 16)).check_date(Brussels), Ok(()));
        assert_eq!(evidence(date(2000, 1, 1)).check_date(Brussels), Ok(()));
        assert_eq!(
            evidence(date(2023, 6, 17)).check_date(Brussels),
            Err(Rule::InFuture {
                today: "2023-06-16".into(),
                zone: "Europe/Brussels".into()
            })
        );
        assert!(evidence(date(2023, 6, 16))
            .check_date(chrono_tz::UTC)
            .is_err());
        for year in [1, 999] {
            assert_eq!(
                evidence(date(year, 6, 1)).check_date(Brussels),
                Err(Rule::Year)
            );
        }
    }

    #[test]
    fn gates_and_verdicts_travel_in_snake_case() {
        assert_eq!(
            serde_json::to_string(&Gate::GovernmentApproval).expect("serialize"),
            "\"government_approval\""
        );
        assert_eq!(Gate::parse("if_advice"), Ok(Gate::IfAdvice));
        assert_eq!(Verdict::parse("unfavourable"), Ok(Verdict::Unfavourable));
        assert_eq!(
            serde_json::to_string(&GateOutcome::Refused).expect("serialize"),
            "\"refused\""
        );
    }
}

//! A grant's status over time, and the length of its period.

use super::*;
use crate::grant::Closure;
use crate::{check_grant_period, grant_status, GrantStatus};

fn status_on(today: &str) -> GrantStatus {
    grant_status(start(), end(), date(today), false, Closure::Open)
}

#[test]
fn a_grant_awaits_its_start_runs_from_1_november_and_then_waits_for_its_final_report() {
    assert_eq!(status_on("2024-10-31"), GrantStatus::AwaitingStart);
    assert_eq!(status_on("2024-11-01"), GrantStatus::Running);
    assert_eq!(status_on("2025-10-31"), GrantStatus::Running);
    assert_eq!(status_on("2025-11-01"), GrantStatus::FinalReportDue);
}

#[test]
fn an_accepted_final_report_ends_the_running_phase_until_settlement() {
    let today = date("2025-09-15");
    assert_eq!(
        grant_status(start(), end(), today, true, Closure::Open),
        GrantStatus::FinalReportDue
    );
    assert_eq!(
        grant_status(start(), end(), date("2025-12-01"), true, Closure::Open),
        GrantStatus::FinalReportDue
    );
}

#[test]
fn a_settled_grant_stays_settled() {
    for today in ["2024-10-31", "2025-03-01", "2026-01-15"] {
        for accepted in [false, true] {
            assert_eq!(
                grant_status(start(), end(), date(today), accepted, Closure::Settled),
                GrantStatus::Settled
            );
        }
    }
}

#[test]
fn a_cancelled_grant_stays_cancelled_whatever_its_dates_or_report() {
    for today in ["2024-10-31", "2025-03-01", "2026-01-15"] {
        for accepted in [false, true] {
            assert_eq!(
                grant_status(start(), end(), date(today), accepted, Closure::Cancelled),
                GrantStatus::Cancelled
            );
        }
    }
}

#[test]
fn statuses_travel_as_fixed_strings() {
    let spelled: Vec<_> = GrantStatus::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        spelled,
        [
            "awaiting_start",
            "running",
            "final_report_due",
            "settled",
            "awaiting_acceptance",
            "renounced",
            "expired",
            "cancelled"
        ]
    );
    assert_eq!(
        serde_json::to_string(&GrantStatus::FinalReportDue).expect("serialize"),
        "\"final_report_due\""
    );
    assert!(GrantStatus::parse("closed").is_err());
}

#[test]
fn a_grant_ends_after_it_starts() {
    assert_eq!(check_grant_period(start(), end()), Ok(()));
    assert_eq!(check_grant_period(start(), date("2024-11-02")), Ok(()));
    assert_eq!(
        refusal(check_grant_period(start(), start())),
        broken(
            "end_date",
            Rule::NotAfter {
                after: "2024-11-01".into(),
            }
        )
    );
    assert!(check_grant_period(start(), date("2024-10-01")).is_err());
}

#[test]
fn a_grant_runs_at_most_ten_years() {
    assert_eq!(check_grant_period(start(), date("2034-11-01")), Ok(()));
    assert_eq!(
        refusal(check_grant_period(start(), date("2034-11-02"))),
        broken(
            "end_date",
            Rule::TooLongRunning {
                max_years: 10,
                latest: "2034-11-01".into(),
            }
        )
    );
    // A start on 29 February ends on 28 February ten years later at the latest.
    assert_eq!(
        check_grant_period(date("2024-02-29"), date("2034-02-28")),
        Ok(())
    );
    assert!(check_grant_period(date("2024-02-29"), date("2034-03-01")).is_err());
}

#[test]
fn a_period_at_the_end_of_the_calendar_is_refused_without_panicking() {
    let result = check_grant_period(NaiveDate::MAX.pred_opt().expect("date"), NaiveDate::MAX);
    assert_eq!(refusal(result), broken("end_date", Rule::TooFarAhead));
}

#[test]
fn a_grant_is_only_under_way_once_its_award_is_accepted() {
    use crate::acceptance::AcceptanceStatus;
    use crate::status_after_acceptance;
    let running = || status_on("2025-03-01");
    assert_eq!(
        status_after_acceptance(AcceptanceStatus::Pending, running),
        GrantStatus::AwaitingAcceptance
    );
    assert_eq!(
        status_after_acceptance(AcceptanceStatus::Renounced, running),
        GrantStatus::Renounced
    );
    assert_eq!(
        status_after_acceptance(AcceptanceStatus::Expired, running),
        GrantStatus::Expired
    );
    assert_eq!(
        status_after_acceptance(AcceptanceStatus::Accepted, running),
        GrantStatus::Running
    );
}

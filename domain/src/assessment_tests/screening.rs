//! Screening eligibility, and the conflicts of interest that need no declaration.

use super::*;
use crate::{automatic_conflict, check_screening, AssessmentError, Eligibility, Rule};

/// The lead organisation, a city.
fn city() -> Kbo {
    kbo("0207.440.042")
}

/// A partner, the Flemish Community.
fn flemish_community() -> Kbo {
    kbo("0207.451.227")
}

/// An organisation with no part in the application.
fn bystander() -> Kbo {
    kbo("0203.437.011")
}

#[test]
fn verdicts_travel_in_snake_case() {
    assert_eq!(
        Eligibility::parse("not_eligible"),
        Ok(Eligibility::NotEligible)
    );
    assert_eq!(
        serde_json::to_string(&Eligibility::Eligible).expect("serialize"),
        "\"eligible\""
    );
    assert!(Eligibility::parse("ineligible").is_err());
}

#[test]
fn an_eligible_application_needs_no_reason() {
    assert_eq!(check_screening(Eligibility::Eligible, ""), Ok(()));
    assert_eq!(
        check_screening(Eligibility::Eligible, "all conditions met"),
        Ok(())
    );
}

#[test]
fn an_ineligible_application_needs_a_reason() {
    for blank in ["", "   "] {
        let error = check_screening(Eligibility::NotEligible, blank).expect_err("refused");
        assert_eq!(error.field(), Some("reason"));
        assert_eq!(
            error,
            AssessmentError::validation("reason", Rule::ReasonRequired)
        );
    }
    assert_eq!(
        check_screening(
            Eligibility::NotEligible,
            "the lead is not a local government"
        ),
        Ok(())
    );
}

#[test]
fn a_reason_is_at_most_two_thousand_characters() {
    let longest = "x".repeat(2_000);
    let too_long = "x".repeat(2_001);
    for verdict in Eligibility::ALL {
        assert_eq!(check_screening(verdict, &format!("  {longest}  ")), Ok(()));
        assert_eq!(
            check_screening(verdict, &too_long),
            Err(AssessmentError::validation(
                "reason",
                Rule::TooLong { max: 2_000 }
            ))
        );
    }
}

#[test]
fn a_reviewer_from_the_lead_is_in_conflict() {
    assert_eq!(
        automatic_conflict(&[bystander(), city()], &city(), &[flemish_community()]),
        Some(city())
    );
}

#[test]
fn a_reviewer_from_a_partner_is_in_conflict() {
    assert_eq!(
        automatic_conflict(&[flemish_community()], &city(), &[flemish_community()]),
        Some(flemish_community())
    );
}

#[test]
fn the_first_conflicting_affiliation_is_named() {
    assert_eq!(
        automatic_conflict(
            &[flemish_community(), city()],
            &city(),
            &[flemish_community()]
        ),
        Some(flemish_community())
    );
}

#[test]
fn a_reviewer_from_elsewhere_is_not_in_conflict() {
    assert_eq!(
        automatic_conflict(&[bystander()], &city(), &[flemish_community()]),
        None
    );
    assert_eq!(automatic_conflict(&[], &city(), &[]), None);
}

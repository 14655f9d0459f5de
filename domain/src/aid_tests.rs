//! The regulation's cases: the rolling window's first and last day, a group of three, a
//! declaration that already passes the ceiling, capping to the headroom.

use chrono::NaiveDate;

use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

fn m(s: &str) -> Money {
    Money::parse(s).expect("an amount")
}

fn de_minimis() -> Regulation {
    known_regulations()
        .into_iter()
        .find(|r| r.code == "EU 2023/2831")
        .expect("2023/2831")
}

#[test]
fn the_window_is_the_three_years_ending_on_the_award_day_both_ends_included() {
    assert_eq!(
        window(day("2026-12-03"), 3),
        Some((day("2023-12-04"), day("2026-12-03")))
    );
    // an award on 29 February counts back to 28 February three years before
    assert_eq!(
        window(day("2028-02-29"), 3),
        Some((day("2025-03-01"), day("2028-02-29")))
    );
    let w = window(day("2026-12-03"), 3).unwrap();
    let aid = [
        (day("2023-12-03"), m("100000.00")), // the day before the window: not counted
        (day("2023-12-04"), m("1000.00")),   // its first day
        (day("2026-12-03"), m("0.01")),      // its last day, the award's
        (day("2026-12-04"), m("5000.00")),   // after it
    ];
    assert_eq!(aid_in_window(&aid, w), Some(m("1000.01")));
}

#[test]
fn a_group_with_250000_declared_is_refused_50000_01_and_granted_50000() {
    let ceiling = de_minimis().ceiling.unwrap();
    assert_eq!(ceiling, m("300000.00"));
    // the parent declared 200,000, a subsidiary 50,000: the group's 250,000
    let declared = aid_in_window(
        &[
            (day("2024-03-01"), m("200000.00")),
            (day("2025-06-30"), m("50000.00")),
        ],
        window(day("2026-12-03"), 3).unwrap(),
    )
    .unwrap();
    let refused = check_ceiling(ceiling, declared, Money::ZERO, m("50000.01"), false).unwrap_err();
    assert_eq!(
        refused.refusal(),
        Rule::AidCeiling {
            ceiling: "300000.00".into(),
            headroom: "50000.00".into(),
            requested: "50000.01".into(),
        }
    );
    assert_eq!(
        (refused.declared, refused.awarded, refused.received()),
        (m("250000.00"), Money::ZERO, m("250000.00"))
    );
    let (granted, figures) =
        check_ceiling(ceiling, declared, Money::ZERO, m("50000.00"), false).unwrap();
    assert_eq!(granted, CeilingOutcome::Within(m("50000.00")));
    assert_eq!(figures.headroom, m("50000.00"));
    // this system's own awards count like declared ones
    assert!(check_ceiling(ceiling, m("200000.00"), m("50000.00"), m("50000.01"), false).is_err());
}

#[test]
fn a_call_that_caps_awards_grants_the_headroom_and_nothing_when_none_is_left() {
    let ceiling = m("300000.00");
    let (capped, _) =
        check_ceiling(ceiling, m("250000.00"), Money::ZERO, m("60000.00"), true).unwrap();
    assert_eq!(capped, CeilingOutcome::Capped(m("50000.00")));
    assert_eq!(capped.amount(), m("50000.00"));
    // a declaration that passes the ceiling already leaves nothing: refused, capped or not
    for cap in [false, true] {
        let refused = check_ceiling(ceiling, m("310000.00"), Money::ZERO, m("0.01"), cap);
        assert_eq!(
            refused.map_err(|f| f.refusal()),
            Err(Rule::AidCeiling {
                ceiling: "300000.00".into(),
                headroom: "0.00".into(),
                requested: "0.01".into(),
            })
        );
    }
    // exactly at the ceiling is within it
    let (at, _) = check_ceiling(ceiling, m("299999.99"), Money::ZERO, m("0.01"), false).unwrap();
    assert_eq!(at, CeilingOutcome::Within(m("0.01")));
}

#[test]
fn regulations_are_data_with_their_source_and_are_checked() {
    for r in known_regulations() {
        assert_eq!(r.check(), Ok(()), "{}", r.code);
        assert!(r.source.starts_with("http://data.europa.eu/eli/"));
    }
    let r = de_minimis();
    assert!(r.applies_on(day("2024-01-01")));
    assert!(r.applies_on(day("2030-12-31")));
    assert!(!r.applies_on(day("2023-12-31")));
    assert!(!r.applies_on(day("2031-01-01")));
    let sgei = known_regulations()
        .into_iter()
        .find(|r| r.regime == AidRegime::SgeiDeMinimis)
        .unwrap();
    assert_eq!(sgei.ceiling, Some(m("750000.00")));

    let broken = |f: fn(&mut Regulation)| {
        let mut r = de_minimis();
        f(&mut r);
        r.check().unwrap_err()
    };
    assert_eq!(broken(|r| r.ceiling = None), ("ceiling", Rule::Required));
    assert_eq!(
        broken(|r| r.ceiling = Some(Money::ZERO)),
        ("ceiling", Rule::Positive)
    );
    assert_eq!(
        broken(|r| r.period_years = Some(0)),
        ("period_years", Rule::Range { min: 1, max: 10 })
    );
    assert_eq!(broken(|r| r.code = " ".into()), ("code", Rule::Blank));
    assert_eq!(
        broken(|r| r.until = Some(r.from.pred_opt().unwrap())),
        (
            "until",
            Rule::NotAfter {
                after: "2024-01-01".into()
            }
        )
    );
    assert_eq!(
        broken(|r| r.regime = AidRegime::BlockExempted),
        (
            "ceiling",
            Rule::NotForRegime {
                regime: "block_exempted".into()
            }
        )
    );
    assert!(AidRegime::DeMinimis.has_ceiling());
    assert!(!AidRegime::BlockExempted.has_ceiling());
    assert!(!AidRegime::NotStateAid.needs_regulation());
}

#[test]
fn declarations_name_authority_regulation_a_positive_amount_and_a_past_date() {
    let ok = Declaration {
        authority: "Agentschap Innoveren & Ondernemen".into(),
        granted_on: day("2025-05-12"),
        amount: m("20000.00"),
        regulation: "EU 2023/2831".into(),
    };
    let today = day("2026-12-03");
    assert_eq!(check_declarations(std::slice::from_ref(&ok), today), Ok(()));
    let mut zero = ok.clone();
    zero.amount = Money::ZERO;
    assert_eq!(
        check_declarations(&[ok.clone(), zero], today),
        Err(("aid_declarations[1].amount".into(), Rule::Positive))
    );
    let mut future = ok.clone();
    future.granted_on = day("2026-12-04");
    assert_eq!(
        check_declarations(&[future], today),
        Err((
            "aid_declarations[0].granted_on".into(),
            Rule::InFuture {
                today: "2026-12-03".into(),
                zone: "Europe/Brussels".into()
            }
        ))
    );
    let mut nobody = ok.clone();
    nobody.authority = "".into();
    assert_eq!(
        check_declarations(&[nobody], today),
        Err(("aid_declarations[0].authority".into(), Rule::Blank))
    );
    let many = vec![ok; MAX_DECLARATIONS + 1];
    assert!(matches!(
        check_declarations(&many, today),
        Err((
            _,
            Rule::TooMany {
                max: 100,
                count: 101
            }
        ))
    ));
}

#[test]
fn a_call_names_a_regulation_of_its_regime_and_caps_only_under_a_ceiling() {
    let none: CallAid = serde_json::from_str("{}").expect("defaults");
    assert_eq!(none, CallAid::default());
    assert_eq!(none.regime, AidRegime::NotStateAid);
    assert!(none.problems().is_empty());
    let known = known_regulations();
    assert_eq!(none.regulation_in(&known), Ok(None));

    let de_minimis: CallAid = serde_json::from_str(
        r#"{"regime": "de_minimis", "regulation": "EU 2023/2831", "cap_to_headroom": true}"#,
    )
    .expect("parses");
    assert!(de_minimis.problems().is_empty());
    assert_eq!(
        de_minimis.regulation_in(&known).unwrap().map(|r| r.ceiling),
        Some(Some(m("300000.00")))
    );
    // a regulation of another regime, or one the installation does not know
    let mut wrong = de_minimis.clone();
    wrong.regulation = Some("EU 2023/2832".into());
    assert_eq!(
        wrong.regulation_in(&known),
        Err((
            "regulation",
            Rule::OneOf {
                choices: "EU 1407/2013, EU 2023/2831".into()
            }
        ))
    );
    let missing = CallAid {
        regime: AidRegime::DeMinimis,
        ..CallAid::default()
    };
    assert_eq!(missing.problems(), vec![("regulation", Rule::Required)]);
    let gber = CallAid {
        regime: AidRegime::BlockExempted,
        regulation: Some("EU 651/2014".into()),
        gber_article: None,
        cap_to_headroom: true,
    };
    let not_gber = Rule::NotForRegime {
        regime: "block_exempted".into(),
    };
    assert_eq!(
        gber.problems(),
        vec![
            ("gber_article", Rule::Required),
            ("cap_to_headroom", not_gber)
        ]
    );
    let public = CallAid {
        regulation: Some("EU 2023/2831".into()),
        gber_article: Some("art. 53".into()),
        ..CallAid::default()
    };
    let not_aid = Rule::NotForRegime {
        regime: "not_state_aid".into(),
    };
    assert_eq!(
        public.problems(),
        vec![("regulation", not_aid.clone()), ("gber_article", not_aid)]
    );
}

#[test]
fn a_register_quarter_runs_from_its_first_day_to_the_next_quarters() {
    assert_eq!(
        quarter_days(2024, 1),
        Ok((day("2024-01-01"), day("2024-04-01")))
    );
    assert_eq!(
        quarter_days(2023, 4),
        Ok((day("2023-10-01"), day("2024-01-01")))
    );
    assert_eq!(quarter_days(2023, 5), Err(Rule::Range { min: 1, max: 4 }));
    assert_eq!(quarter_days(2023, 0), Err(Rule::Range { min: 1, max: 4 }));
}

#[test]
fn a_position_counts_what_the_window_holds_and_what_is_left() {
    let r = de_minimis();
    let awarded = [
        (day("2023-12-03"), m("90000.00")), // a day before the window of 3 December 2026
        (day("2024-05-01"), m("120000.00")),
    ];
    let declared = [(day("2026-12-03"), m("30000.00"))];
    let p = position(&r, day("2026-12-03"), &awarded, &declared).unwrap();
    assert_eq!(p.window, (day("2023-12-04"), day("2026-12-03")));
    assert_eq!(
        (p.figures.awarded, p.figures.declared, p.figures.headroom),
        (m("120000.00"), m("30000.00"), m("150000.00"))
    );
    // past the ceiling: nothing is left, never less than nothing
    let over = position(
        &r,
        day("2026-12-03"),
        &[(day("2025-01-01"), m("310000.00"))],
        &[],
    );
    assert_eq!(over.unwrap().figures.headroom, Money::ZERO);
    // a regulation without a ceiling has no position
    let gber = known_regulations()
        .into_iter()
        .find(|r| r.regime == AidRegime::BlockExempted)
        .unwrap();
    assert_eq!(position(&gber, day("2026-12-03"), &awarded, &[]), None);
}

#[test]
fn the_check_at_award_sums_the_group_and_the_declarations_in_force_on_the_award_day() {
    let r = de_minimis();
    let on = day("2026-12-03");
    // the parent was awarded 150,000 here, a subsidiary declared 100,000 elsewhere; aid before
    // the window does not count
    let awarded = [
        (day("2025-02-01"), m("150000.00")),
        (day("2023-12-03"), m("200000.00")),
    ];
    let declared = [(day("2024-06-30"), m("100000.00"))];
    assert_eq!(
        check_award(&r, on, m("50000.00"), (&awarded, &declared), false),
        Ok(CeilingOutcome::Within(m("50000.00")))
    );
    let over = check_award(&r, on, m("50000.01"), (&awarded, &declared), false).unwrap_err();
    assert_eq!(
        over.rule(),
        Rule::AidCeiling {
            ceiling: "300000.00".into(),
            headroom: "50000.00".into(),
            requested: "50000.01".into(),
        }
    );
    assert_eq!(
        check_award(&r, on, m("80000.00"), (&awarded, &declared), true),
        Ok(CeilingOutcome::Capped(m("50000.00")))
    );
    // the regulation applies to awards from 1 January 2024 to 31 December 2030 only
    assert_eq!(
        check_award(&r, day("2031-01-01"), m("1.00"), (&[], &[]), false)
            .unwrap_err()
            .rule(),
        Rule::RegulationNotInForce {
            regulation: "EU 2023/2831".into(),
            day: "2031-01-01".into(),
        }
    );
    // a block exemption has no ceiling: the award as asked
    let gber = known_regulations()
        .into_iter()
        .find(|r| r.regime == AidRegime::BlockExempted)
        .unwrap();
    assert_eq!(
        check_award(
            &gber,
            day("2025-01-01"),
            m("900000.00"),
            (&awarded, &declared),
            false
        ),
        Ok(CeilingOutcome::Within(m("900000.00")))
    );
}

#[test]
fn declared_aid_counts_each_declaration_of_a_member_once() {
    let d = |authority: &str, on: &str, amount: &str| Declaration {
        authority: authority.into(),
        granted_on: day(on),
        amount: m(amount),
        regulation: "EU 2023/2831".into(),
    };
    let province = d("Provincie Limburg", "2025-03-01", "100000.00");
    let same_in_capitals = d("PROVINCIE LIMBURG", "2025-03-01", "100000.00");
    let city = d("Stad Genk", "2025-03-01", "100000.00");
    // the parent repeats the province's aid in two applications (once in capitals); the
    // subsidiary declares the same figures from the same province: its own aid, counted too
    let declared = declared_aid([
        ("parent", &province),
        ("parent", &same_in_capitals),
        ("parent", &city),
        ("subsidiary", &province),
    ]);
    assert_eq!(
        declared,
        vec![
            (day("2025-03-01"), m("100000.00")),
            (day("2025-03-01"), m("100000.00")),
            (day("2025-03-01"), m("100000.00")),
        ]
    );
    // a declaration that exceeds the ceiling by itself leaves no headroom: any award is refused
    let over = d(
        "Agentschap Innoveren & Ondernemen",
        "2025-06-30",
        "300000.01",
    );
    let declared = declared_aid([("parent", &over)]);
    let refusal = check_award(
        &de_minimis(),
        day("2026-12-03"),
        m("0.01"),
        (&[], &declared),
        true,
    )
    .expect_err("nothing is left");
    let AwardRefusal::Ceiling(figures) = refusal else {
        panic!("refused for the ceiling");
    };
    assert_eq!(figures.headroom, Money::ZERO);
    assert_eq!(figures.declared, m("300000.01"));
}

//! State aid across calls (issue #15): the aid regime a call's grants fall under, the
//! regulations that set a ceiling per single undertaking over a rolling period (data with their
//! legal source, never constants in code: a new regulation is a configuration change), the
//! window an award is checked in, and the check itself.
//!
//! De minimis aid (Commission Regulation (EU) 2023/2831; 2023/2832 for services of general
//! economic interest) counts from the moment the legal right is conferred, our award, not its
//! payment, and is summed over the *single undertaking* (see [`crate::undertaking`]) over any
//! rolling period of three years: for an award on day D, the aid granted on the days from the
//! day after D minus three years up to D, both included, in Brussels dates.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::parse_enum::string_enum;
use crate::text::check_name;
use crate::{Money, Rule};

string_enum! {
    /// What a call's grants are under the state-aid rules.
    pub enum AidRegime("aid regime") {
        /// Not state aid: for example local governments acting as public authorities (the
        /// Expertenpool call). Nothing is summed across calls.
        NotStateAid => "not_state_aid",
        /// De minimis aid (a regulation such as (EU) 2023/2831): a ceiling per single
        /// undertaking over a rolling period.
        DeMinimis => "de_minimis",
        /// De minimis aid for services of general economic interest (such as (EU) 2023/2832):
        /// its own, higher ceiling.
        SgeiDeMinimis => "sgei_de_minimis",
        /// Block-exempted aid (the General Block Exemption Regulation, (EU) 651/2014), with the
        /// article the call relies on.
        BlockExempted => "block_exempted",
    }
}

impl AidRegime {
    /// Whether awards under it are summed per single undertaking against a ceiling.
    pub fn has_ceiling(self) -> bool {
        matches!(self, AidRegime::DeMinimis | AidRegime::SgeiDeMinimis)
    }

    /// Whether a call under it names the regulation it relies on.
    pub fn needs_regulation(self) -> bool {
        self != AidRegime::NotStateAid
    }
}

/// What a call sets for the aid its grants are: the regime, the regulation it relies on (by
/// code, one of the installation's regulations of that regime), the GBER article for
/// block-exempted aid, and whether an award over a single undertaking's ceiling is capped to
/// its headroom (instead of refused). Not state aid by default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallAid {
    pub regime: AidRegime,
    pub regulation: Option<String>,
    pub gber_article: Option<String>,
    pub cap_to_headroom: bool,
}

impl Default for CallAid {
    fn default() -> Self {
        CallAid {
            regime: AidRegime::NotStateAid,
            regulation: None,
            gber_article: None,
            cap_to_headroom: false,
        }
    }
}

impl CallAid {
    /// Every broken rule of the settings themselves, as (field within them, rule): a regulation
    /// named exactly when the regime needs one, a GBER article exactly for block-exempted aid,
    /// capping only where there is a ceiling.
    pub fn problems(&self) -> Vec<(&'static str, Rule)> {
        let mut problems = Vec::new();
        let not_for_regime = || Rule::NotForRegime {
            regime: self.regime.to_string(),
        };
        match (self.regime.needs_regulation(), &self.regulation) {
            (true, None) => problems.push(("regulation", Rule::Required)),
            (true, Some(code)) => {
                if let Err(rule) = check_name(code, CODE_CHARS) {
                    problems.push(("regulation", rule));
                }
            }
            (false, Some(_)) => problems.push(("regulation", not_for_regime())),
            (false, None) => {}
        }
        match (self.regime == AidRegime::BlockExempted, &self.gber_article) {
            (true, None) => problems.push(("gber_article", Rule::Required)),
            (true, Some(article)) => {
                if let Err(rule) = check_name(article, CODE_CHARS) {
                    problems.push(("gber_article", rule));
                }
            }
            (false, Some(_)) => problems.push(("gber_article", not_for_regime())),
            (false, None) => {}
        }
        if self.cap_to_headroom && !self.regime.has_ceiling() {
            problems.push(("cap_to_headroom", not_for_regime()));
        }
        problems
    }

    /// The regulation the settings name, among `known` (the installation's): one of the
    /// regime's (`regulation` refused, naming those, otherwise). None when the regime needs none.
    pub fn regulation_in<'a>(
        &self,
        known: &'a [Regulation],
    ) -> Result<Option<&'a Regulation>, (&'static str, Rule)> {
        let Some(code) = &self.regulation else {
            return Ok(None);
        };
        let code = code.trim();
        let of_regime: Vec<&Regulation> =
            known.iter().filter(|r| r.regime == self.regime).collect();
        of_regime
            .iter()
            .find(|r| r.code == code)
            .map(|r| Some(*r))
            .ok_or_else(|| {
                let choices: Vec<&str> = of_regime.iter().map(|r| r.code.as_str()).collect();
                (
                    "regulation",
                    Rule::OneOf {
                        choices: choices.join(", "),
                    },
                )
            })
    }
}

/// A regulation a call's aid can rely on: its code (`EU 2023/2831`), the regime it governs, its
/// legal source, and, for de minimis regulations, the ceiling per single undertaking over a
/// rolling period of `period_years`; it applies to awards made from `from` to `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regulation {
    pub code: String,
    pub regime: AidRegime,
    pub title: String,
    /// Where the text is (its ELI or EUR-Lex address).
    pub source: String,
    /// The most a single undertaking may receive in the period (de minimis regimes only).
    pub ceiling: Option<Money>,
    /// The rolling period, in years (de minimis regimes only).
    pub period_years: Option<u32>,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// How long a regulation's code, title and source may be.
const CODE_CHARS: std::ops::RangeInclusive<usize> = 1..=40;
const TITLE_CHARS: std::ops::RangeInclusive<usize> = 1..=300;
const SOURCE_CHARS: std::ops::RangeInclusive<usize> = 1..=500;

/// The longest rolling period a regulation may set.
pub const MAX_PERIOD_YEARS: u32 = 10;

impl Regulation {
    /// Checks a regulation's data: a code, title and source; a ceiling and a period for a de
    /// minimis regime (none for the others); an end after its start. Refusals name the field.
    pub fn check(&self) -> Result<(), (&'static str, Rule)> {
        check_name(&self.code, CODE_CHARS).map_err(|r| ("code", r))?;
        check_name(&self.title, TITLE_CHARS).map_err(|r| ("title", r))?;
        check_name(&self.source, SOURCE_CHARS).map_err(|r| ("source", r))?;
        if self.regime == AidRegime::NotStateAid {
            return Err((
                "regime",
                Rule::OneOf {
                    choices: "de_minimis, sgei_de_minimis, block_exempted".into(),
                },
            ));
        }
        match (self.regime.has_ceiling(), self.ceiling, self.period_years) {
            (true, Some(ceiling), Some(years)) => {
                if ceiling.is_zero() {
                    return Err(("ceiling", Rule::Positive));
                }
                if !(1..=MAX_PERIOD_YEARS).contains(&years) {
                    return Err((
                        "period_years",
                        Rule::Range {
                            min: 1,
                            max: i64::from(MAX_PERIOD_YEARS),
                        },
                    ));
                }
            }
            (true, None, _) => return Err(("ceiling", Rule::Required)),
            (true, _, None) => return Err(("period_years", Rule::Required)),
            (false, Some(_), _) => return Err(("ceiling", self.not_for_regime())),
            (false, _, Some(_)) => return Err(("period_years", self.not_for_regime())),
            (false, None, None) => {}
        }
        if let Some(until) = self.until {
            if until < self.from {
                return Err((
                    "until",
                    Rule::NotAfter {
                        after: self.from.to_string(),
                    },
                ));
            }
        }
        Ok(())
    }

    fn not_for_regime(&self) -> Rule {
        Rule::NotForRegime {
            regime: self.regime.to_string(),
        }
    }

    /// Whether it applies to an award made on `day`.
    pub fn applies_on(&self, day: NaiveDate) -> bool {
        self.from <= day && self.until.is_none_or(|until| day <= until)
    }
}

/// The regulations a fresh installation knows: the de minimis regulations in force from 1
/// January 2024, the one before them (for awards made until the end of 2023, such as the
/// reference call's; its period was three fiscal years, counted here as the rolling three
/// years) and the General Block Exemption Regulation. Installed by the migration; more
/// are added through the API.
pub fn known_regulations() -> Vec<Regulation> {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
    let amount = |s| Money::parse(s).expect("an amount");
    vec![
        Regulation {
            code: "EU 1407/2013".into(),
            regime: AidRegime::DeMinimis,
            title: "Commission Regulation (EU) No 1407/2013 on de minimis aid".into(),
            source: "http://data.europa.eu/eli/reg/2013/1407/oj".into(),
            ceiling: Some(amount("200000.00")),
            period_years: Some(3),
            from: date(2014, 1, 1),
            until: Some(date(2023, 12, 31)),
        },
        Regulation {
            code: "EU 2023/2831".into(),
            regime: AidRegime::DeMinimis,
            title: "Commission Regulation (EU) 2023/2831 on de minimis aid".into(),
            source: "http://data.europa.eu/eli/reg/2023/2831/oj".into(),
            ceiling: Some(amount("300000.00")),
            period_years: Some(3),
            from: date(2024, 1, 1),
            until: Some(date(2030, 12, 31)),
        },
        Regulation {
            code: "EU 2023/2832".into(),
            regime: AidRegime::SgeiDeMinimis,
            title: "Commission Regulation (EU) 2023/2832 on de minimis aid granted to \
                    undertakings providing services of general economic interest"
                .into(),
            source: "http://data.europa.eu/eli/reg/2023/2832/oj".into(),
            ceiling: Some(amount("750000.00")),
            period_years: Some(3),
            from: date(2024, 1, 1),
            until: Some(date(2030, 12, 31)),
        },
        Regulation {
            code: "EU 651/2014".into(),
            regime: AidRegime::BlockExempted,
            title: "Commission Regulation (EU) No 651/2014 (General Block Exemption Regulation)"
                .into(),
            source: "http://data.europa.eu/eli/reg/2014/651/oj".into(),
            ceiling: None,
            period_years: None,
            from: date(2014, 7, 1),
            until: Some(date(2026, 12, 31)),
        },
    ]
}

/// The rolling window an award made on `award_day` is checked in: the `years` ending on that
/// day, from the day after the same date `years` earlier to the award's day, both included (an
/// award on 29 February counts back to 28 February, and the window opens on 1 March). `None`
/// only for dates at the edge of the calendar.
pub fn window(award_day: NaiveDate, years: u32) -> Option<(NaiveDate, NaiveDate)> {
    let earlier = award_day.checked_sub_months(Months::new(years.checked_mul(12)?))?;
    Some((earlier.checked_add_days(Days::new(1))?, award_day))
}

/// The sum of the amounts granted on a day within `window` (both ends included). `None` on an
/// overflow past the largest amount.
pub fn aid_in_window<'a>(
    aid: impl IntoIterator<Item = &'a (NaiveDate, Money)>,
    (from, to): (NaiveDate, NaiveDate),
) -> Option<Money> {
    aid.into_iter()
        .filter(|(day, _)| from <= *day && *day <= to)
        .try_fold(Money::ZERO, |sum, (_, amount)| sum.checked_add(*amount))
}

/// What a single undertaking received in the window, and what an award would make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CeilingFigures {
    pub ceiling: Money,
    /// Declared by the applicant (aid from other granting authorities, and ours it declared).
    pub declared: Money,
    /// Awarded in this system's calls under a regime with a ceiling, to any member.
    pub awarded: Money,
    /// What is left: the ceiling minus declared and awarded (zero when they pass it already).
    pub headroom: Money,
    /// The award asked for.
    pub requested: Money,
}

/// What the check lets through: the whole award, or (where the call allows it) the headroom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeilingOutcome {
    /// Within the ceiling: the award as asked.
    Within(Money),
    /// Over it, and the call caps awards to the headroom: this much (more than zero).
    Capped(Money),
}

impl CeilingOutcome {
    /// The amount that may be awarded.
    pub fn amount(self) -> Money {
        match self {
            CeilingOutcome::Within(m) | CeilingOutcome::Capped(m) => m,
        }
    }
}

impl CeilingFigures {
    /// What the undertaking received in the window already: declared plus awarded.
    pub fn received(&self) -> Money {
        self.declared
            .checked_add(self.awarded)
            .unwrap_or(Money::MAX)
    }

    /// The refusal of an award over the ceiling, with the figures.
    pub fn refusal(&self) -> Rule {
        Rule::AidCeiling {
            ceiling: self.ceiling.to_string(),
            headroom: self.headroom.to_string(),
            requested: self.requested.to_string(),
        }
    }
}

/// The check at award: `declared + awarded + requested` must stay within `ceiling`; otherwise
/// the award is refused with the figures (their [`CeilingFigures::refusal`]), or, when `cap`
/// (a call setting) and some headroom is left, capped to it. Exact to the cent.
pub fn check_ceiling(
    ceiling: Money,
    declared: Money,
    awarded: Money,
    requested: Money,
    cap: bool,
) -> Result<(CeilingOutcome, CeilingFigures), CeilingFigures> {
    let mut figures = CeilingFigures {
        ceiling,
        declared,
        awarded,
        headroom: Money::ZERO,
        requested,
    };
    figures.headroom = ceiling
        .checked_sub(figures.received())
        .unwrap_or(Money::ZERO);
    if requested <= figures.headroom {
        return Ok((CeilingOutcome::Within(requested), figures));
    }
    if cap && !figures.headroom.is_zero() {
        return Ok((CeilingOutcome::Capped(figures.headroom), figures));
    }
    Err(figures)
}

/// The days of a quarter of the subsidy register: from its first day, before the first day of
/// the next ([`Rule::Range`] on `quarter` when it is not 1 to 4).
pub fn quarter_days(year: i32, quarter: u32) -> Result<(NaiveDate, NaiveDate), Rule> {
    if !(1..=4).contains(&quarter) {
        return Err(Rule::Range { min: 1, max: 4 });
    }
    let first = NaiveDate::from_ymd_opt(year, 3 * quarter - 2, 1).ok_or(Rule::Year)?;
    let next = first.checked_add_months(Months::new(3)).ok_or(Rule::Year)?;
    Ok((first, next))
}

/// Where a single undertaking stands under a regulation with a ceiling on day `on`: the
/// window ending that day, what it received in it (awarded here, declared), what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub window: (NaiveDate, NaiveDate),
    /// The figures with nothing requested (`requested` is zero).
    pub figures: CeilingFigures,
}

/// The position under `regulation` on `on` (None for a regulation without a ceiling, or a date
/// at the calendar's edge): `awarded` and `declared` are (day, amount) pairs, only those in the
/// window count.
pub fn position(
    regulation: &Regulation,
    on: NaiveDate,
    awarded: &[(NaiveDate, Money)],
    declared: &[(NaiveDate, Money)],
) -> Option<Position> {
    let (ceiling, years) = (regulation.ceiling?, regulation.period_years?);
    let window = window(on, years)?;
    let awarded = aid_in_window(awarded, window)?;
    let declared = aid_in_window(declared, window)?;
    let figures = match check_ceiling(ceiling, declared, awarded, Money::ZERO, false) {
        Ok((_, figures)) | Err(figures) => figures,
    };
    Some(Position { window, figures })
}

string_enum! {
    /// Why an award counted against a ceiling stopped counting.
    pub enum Ended("end of a counted award") {
        /// Another decision on the application replaced it.
        Replaced => "replaced",
        /// A newer row of the same award counts instead (finalisation: from its day).
        Restated => "restated",
        /// Renounced: never taken up, no aid conferred.
        Renounced => "renounced",
        /// Not accepted in time: no aid conferred.
        Expired => "expired",
        /// The grant was cancelled (what the grantee kept counts anew).
        Cancelled => "cancelled",
    }
}

/// An amount of aid and the day it was granted.
pub type DatedAmount = (NaiveDate, Money);

/// Why an award under a regulation with a ceiling is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AwardRefusal {
    /// The regulation does not apply to awards made on the award's day.
    NotInForce(Rule),
    /// Over the ceiling, with the figures.
    Ceiling(CeilingFigures),
}

impl AwardRefusal {
    /// The rule the award broke.
    pub fn rule(&self) -> Rule {
        match self {
            AwardRefusal::NotInForce(rule) => rule.clone(),
            AwardRefusal::Ceiling(figures) => figures.refusal(),
        }
    }
}

/// The check at award (held, finalised or re-offered) under `regulation`, for an award of
/// `requested` made on `award_day`: the regulation applies that day, and the single
/// undertaking's aid in the window ending that day (`awarded` here and `declared`, as (day,
/// amount) pairs) plus the award stays within the ceiling, or, when `cap`, the award is capped
/// to the headroom. A regulation without a ceiling lets the award through as asked.
pub fn check_award(
    regulation: &Regulation,
    award_day: NaiveDate,
    requested: Money,
    (awarded, declared): (&[DatedAmount], &[DatedAmount]),
    cap: bool,
) -> Result<CeilingOutcome, AwardRefusal> {
    if !regulation.applies_on(award_day) {
        return Err(AwardRefusal::NotInForce(Rule::RegulationNotInForce {
            regulation: regulation.code.clone(),
            day: award_day.to_string(),
        }));
    }
    let Some(p) = position(regulation, award_day, awarded, declared) else {
        return Ok(CeilingOutcome::Within(requested));
    };
    let f = p.figures;
    check_ceiling(f.ceiling, f.declared, f.awarded, requested, cap)
        .map(|(outcome, _)| outcome)
        .map_err(AwardRefusal::Ceiling)
}

/// Other de minimis aid an applicant declares it received in the period before its
/// application: from whom, when, how much, under which regulation. Part of the application's
/// content, so frozen in its receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declaration {
    pub authority: String,
    pub granted_on: NaiveDate,
    pub amount: Money,
    pub regulation: String,
}

impl Declaration {
    /// Surrounding blanks trimmed.
    pub fn normalised(self) -> Declaration {
        Declaration {
            authority: self.authority.trim().to_owned(),
            regulation: self.regulation.trim().to_owned(),
            ..self
        }
    }
}

/// How many declarations an application may carry.
pub const MAX_DECLARATIONS: usize = 100;

/// Every broken rule of an application's declarations that holds even for a draft: each names
/// its granting authority and its regulation and has an amount above zero; at most
/// [`MAX_DECLARATIONS`]. The field a refusal names is `aid_declarations[i].field`.
pub fn declaration_problems(list: &[Declaration]) -> Vec<(String, Rule)> {
    if list.len() > MAX_DECLARATIONS {
        return vec![(
            "aid_declarations".into(),
            Rule::TooMany {
                max: MAX_DECLARATIONS,
                count: list.len(),
            },
        )];
    }
    let mut problems = Vec::new();
    for (i, d) in list.iter().enumerate() {
        let field = |name: &str| format!("aid_declarations[{i}].{name}");
        if let Err(r) = check_name(&d.authority, TITLE_CHARS) {
            problems.push((field("authority"), r));
        }
        if let Err(r) = check_name(&d.regulation, CODE_CHARS) {
            problems.push((field("regulation"), r));
        }
        if d.amount.is_zero() {
            problems.push((field("amount"), Rule::Positive));
        }
    }
    problems
}

/// The declarations dated after `today` (a Brussels date): aid not yet received is not
/// declared. Checked when the application is submitted.
pub fn declared_after(list: &[Declaration], today: NaiveDate) -> Vec<(String, Rule)> {
    list.iter()
        .enumerate()
        .filter(|(_, d)| d.granted_on > today)
        .map(|(i, _)| {
            (
                format!("aid_declarations[{i}].granted_on"),
                Rule::InFuture {
                    today: today.to_string(),
                    zone: "Europe/Brussels".into(),
                },
            )
        })
        .collect()
}

/// Checks an application's declarations on `today`: the first of [`declaration_problems`] and
/// [`declared_after`].
pub fn check_declarations(list: &[Declaration], today: NaiveDate) -> Result<(), (String, Rule)> {
    match declaration_problems(list)
        .into_iter()
        .chain(declared_after(list, today))
        .next()
    {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// The declarations of a single undertaking as the ceiling counts them: each declaration of a
/// member once, however many of its applications repeat it (the same authority, in any case,
/// day, amount and regulation), in the order first given.
pub fn distinct_declarations<'a, K: Ord + Clone>(
    declarations: impl IntoIterator<Item = (K, &'a Declaration)>,
) -> Vec<(K, &'a Declaration)> {
    let mut seen = std::collections::BTreeSet::new();
    declarations
        .into_iter()
        .filter(|(member, d)| {
            seen.insert((
                member.clone(),
                d.authority.to_lowercase(),
                d.granted_on,
                d.amount,
                d.regulation.to_lowercase(),
            ))
        })
        .collect()
}

/// The aid a single undertaking declared, as the ceiling counts it: the
/// [`distinct_declarations`], each as its day and amount.
pub fn declared_aid<'a, K: Ord + Clone>(
    declarations: impl IntoIterator<Item = (K, &'a Declaration)>,
) -> Vec<DatedAmount> {
    distinct_declarations(declarations)
        .into_iter()
        .map(|(_, d)| (d.granted_on, d.amount))
        .collect()
}

#[cfg(test)]
#[path = "aid_tests.rs"]
mod tests;

//! The subsidy register (issue #15): the awards of a quarter in the fields a public register
//! publishes, as JSON and CSV (one column per field of [`RegisterEntry`], in order). An award
//! counts on the day its legal right was conferred (its decision letter, or its offer from the
//! reserve list), in Brussels; awards never taken up (renounced, expired) are left out, each
//! grant appears once.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use grantdesk_domain::aid::quarter_days;
use grantdesk_domain::{date_in_brussels, Call, Gate, Rule, Verdict};
use grantdesk_persistence::{exports, organisations, DbConn};

use crate::csv_file::{Cell, CsvFile};
use crate::dto::aid::{RegisterEntry, RegisterQuery};
use crate::error::ApiError;
use crate::services::exports::{too_many, MAX_GRANTS};
use crate::services::load;
use crate::state::AppState;

/// The register's columns, in order (the fields of [`RegisterEntry`]).
pub const REGISTER_COLUMNS: [&str; 13] = [
    "grant_id",
    "beneficiary_name",
    "enterprise_number",
    "amount_awarded",
    "award_date",
    "legal_basis",
    "budget_article",
    "budget_year",
    "purpose",
    "call_reference",
    "aid_regime",
    "regulation",
    "gber_article",
];

/// Brussels midnight at the start of `day`, as an instant.
fn midnight(day: NaiveDate) -> Result<chrono::DateTime<Utc>, ApiError> {
    Brussels
        .from_local_datetime(&day.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| ApiError::rule("year", &Rule::Year))
}

/// The government decision a call rests on: its favourable approval's reference.
fn legal_basis(call: &Call) -> Option<String> {
    call.gates
        .iter()
        .rev()
        .find(|g| g.gate == Gate::GovernmentApproval && g.verdict == Verdict::Favourable)
        .map(|g| g.reference.clone())
}

fn entries(c: &mut DbConn, query: &RegisterQuery) -> Result<Vec<RegisterEntry>, ApiError> {
    let (first, next) =
        quarter_days(query.year, query.quarter).map_err(|rule| ApiError::rule("quarter", &rule))?;
    let awarded = Some((midnight(first)?, midnight(next)?));
    let total = exports::count_grants(c, None, awarded)?;
    if total > MAX_GRANTS {
        return Err(too_many(total, MAX_GRANTS));
    }
    let grants = exports::grants_for_export(c, None, awarded, MAX_GRANTS)?;
    let calls = load::calls_by_id(c, grants.iter().map(|g| g.call_id))?;
    let mut out = Vec::with_capacity(grants.len());
    for g in grants {
        let call = &calls[&g.call_id];
        let org = organisations::find(c, g.organisation_id)?;
        out.push(RegisterEntry {
            grant_id: g.id,
            beneficiary_name: org.name,
            enterprise_number: org.kbo.formatted(),
            amount_awarded: g.committed,
            award_date: date_in_brussels(g.awarded_at),
            legal_basis: legal_basis(call),
            budget_article: call.article.as_str().to_owned(),
            budget_year: call.budget_year.value(),
            purpose: g.title,
            call_reference: call.reference.clone(),
            aid_regime: call.aid.regime.as_str().to_owned(),
            regulation: call.aid.regulation.clone(),
            gber_article: call.aid.gber_article.clone(),
        });
    }
    Ok(out)
}

/// The quarter's awards, oldest first.
pub async fn register(
    state: &AppState,
    query: RegisterQuery,
) -> Result<Vec<RegisterEntry>, ApiError> {
    state.read(move |c, _| entries(c, &query)).await
}

/// The quarter's awards as CSV (see [`REGISTER_COLUMNS`]), through the one CSV writer.
pub async fn register_csv(state: &AppState, query: RegisterQuery) -> Result<Vec<u8>, ApiError> {
    let rows = register(state, query).await?;
    let mut out = CsvFile::new(&REGISTER_COLUMNS)?;
    for e in &rows {
        out.row([
            Cell::value(e.grant_id),
            Cell::value(&e.beneficiary_name),
            Cell::value(&e.enterprise_number),
            Cell::value(e.amount_awarded),
            Cell::value(e.award_date),
            Cell::opt(e.legal_basis.as_ref()),
            Cell::value(&e.budget_article),
            Cell::value(e.budget_year),
            Cell::value(&e.purpose),
            Cell::value(&e.call_reference),
            Cell::value(&e.aid_regime),
            Cell::opt(e.regulation.as_ref()),
            Cell::opt(e.gber_article.as_ref()),
        ])?;
    }
    out.into_bytes()
}

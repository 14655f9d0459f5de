//! Exports for finance and auditors: the ledger's transfers as CSV or XLSX, and the awarded
//! grants as a 360Giving 1.4 data package.
//!
//! Money is never a float here. CSV and XLSX carry amounts as decimal strings with two
//! decimals ("28800.00"; in the XLSX a text cell, so a spreadsheet never rounds it). The
//! 360Giving schema wants amounts as JSON numbers: they are written as the exact decimal text
//! ("amountAwarded": 28800.00) through `serde_json`'s `RawValue`, never through `f64`.
//!
//! Exports are read in one transaction (one consistent snapshot), a page of
//! [`LEDGER_PAGE`] transfers at a time, and are capped: a ledger export of more than
//! [`MAX_LEDGER_ROWS`] transfers, or a 360Giving export of more than [`MAX_GRANTS`] grants, is
//! refused with a 422 that asks for narrower filters (the file is built in memory).

use grantdesk_domain::Rule;
use std::collections::hash_map::{Entry, HashMap};

use chrono::{DateTime, SecondsFormat, Utc};
use grantdesk_domain::{
    date_in_brussels, has_plausible_year, track_owner, BudgetArticle, BudgetYear, Money,
};
use grantdesk_persistence::exports::{self, ExportAccount, LedgerExportFilter, LedgerExportRow};
use grantdesk_persistence::{calls, grants, organisations, DbConn};
use uuid::Uuid;

use crate::csv_file::{Cell, CsvFile};
use crate::dto::exports::{
    GivingDates, GivingExportQuery, GivingGrant, GivingOrganization, GivingPackage,
    GivingProgramme, GivingPublisher, GivingTransaction, JsonAmount, LedgerExportQuery,
};
use crate::error::{ApiError, OrNotFound};
use crate::state::{AppState, ExportSettings};

/// The most transfers one ledger export holds.
pub const MAX_LEDGER_ROWS: i64 = 50_000;
/// How many transfers are read per query.
pub const LEDGER_PAGE: i64 = 1_000;
/// The most grants one 360Giving export holds.
pub const MAX_GRANTS: i64 = 10_000;

/// The columns of both ledger exports, in order.
pub const LEDGER_COLUMNS: [&str; 15] = [
    "id",
    "instant",
    "budget_year",
    "credit_type",
    "article",
    "code",
    "debit_account_kind",
    "debit_account_owner",
    "credit_account_kind",
    "credit_account_owner",
    "amount",
    "currency",
    "status",
    "reference",
    "actor",
];

/// The ledger's transfers as CSV (see [`LEDGER_COLUMNS`]), written through the one CSV writer.
pub async fn ledger_csv(state: &AppState, query: LedgerExportQuery) -> Result<Vec<u8>, ApiError> {
    let out = CsvFile::new(&LEDGER_COLUMNS)?;
    read_ledger(state, query, out).await?.into_bytes()
}

/// The ledger's transfers as an XLSX workbook, built off the executor.
pub async fn ledger_xlsx(state: &AppState, query: LedgerExportQuery) -> Result<Vec<u8>, ApiError> {
    let rows = read_ledger(state, query, Vec::<LedgerExportRow>::new()).await?;
    state.run(move |_, _| workbook(&rows)).await
}

/// The awarded grants as a 360Giving 1.4 data package (JSON), read in one transaction.
pub async fn giving_package(
    state: &AppState,
    query: GivingExportQuery,
) -> Result<Vec<u8>, ApiError> {
    let call = query.call_id;
    let settings = state.exports.clone();
    state
        .run(move |db, clock| {
            let now = clock.now();
            let package = db.read(|c| package(c, &settings, call, now))?;
            serde_json::to_vec(&package).map_err(internal)
        })
        .await
}

fn instant(field: &str, value: Option<&str>) -> Result<Option<DateTime<Utc>>, ApiError> {
    value
        .map(|v| {
            let t = DateTime::parse_from_rfc3339(v.trim())
                .map_err(|_| ApiError::rule(field, &Rule::Instant))?;
            if !has_plausible_year(&t) {
                return Err(ApiError::rule(field, &Rule::Year));
            }
            Ok(t.with_timezone(&Utc))
        })
        .transpose()
}

/// The validated filter (the call's tracks are resolved when the call is read).
fn ledger_filter(q: &LedgerExportQuery) -> Result<LedgerExportFilter, ApiError> {
    let mut errors = Vec::new();
    let article = match q.article.as_deref().map(|a| BudgetArticle::parse(a.trim())) {
        Some(Ok(a)) => Some(a.as_str().to_owned()),
        Some(Err(e)) => {
            errors.push(crate::FieldError::rule("article", &e.rule()));
            None
        }
        None => None,
    };
    let year = match q.year.map(BudgetYear::new) {
        Some(Ok(y)) => Some(y.value()),
        Some(Err(e)) => {
            errors.push(crate::FieldError::rule("year", &e.rule()));
            None
        }
        None => None,
    };
    let mut at = |field: &str, v: Option<&str>| match instant(field, v) {
        Ok(t) => t,
        Err(ApiError::Validation(mut e)) => {
            errors.append(&mut e);
            None
        }
        Err(_) => None,
    };
    let from = at("from", q.from.as_deref());
    let to = at("to", q.to.as_deref());
    if let (Some(f), Some(t)) = (from, to) {
        if f >= t {
            // the period [from, to) would be empty
            errors.push(crate::FieldError::rule(
                "to",
                &Rule::NotAfter {
                    after: "from".to_owned(),
                },
            ));
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    Ok(LedgerExportFilter {
        article,
        year,
        call: q.call_id,
        extra_owners: Vec::new(),
        from,
        to,
    })
}

/// Where the pages of a ledger export go.
trait Sink: Send + 'static {
    fn rows(&mut self, rows: &[LedgerExportRow]) -> Result<(), ApiError>;
}

impl Sink for Vec<LedgerExportRow> {
    fn rows(&mut self, rows: &[LedgerExportRow]) -> Result<(), ApiError> {
        self.extend_from_slice(rows);
        Ok(())
    }
}

impl Sink for CsvFile {
    fn rows(&mut self, rows: &[LedgerExportRow]) -> Result<(), ApiError> {
        for r in rows {
            self.row(cells(r))?;
        }
        Ok(())
    }
}

/// Reads every transfer the query selects (in one transaction), page by page, handing each
/// page to `sink`.
async fn read_ledger<S: Sink>(
    state: &AppState,
    query: LedgerExportQuery,
    mut sink: S,
) -> Result<S, ApiError> {
    let mut filter = ledger_filter(&query)?;
    state
        .read(move |c, _| {
            if let Some(call) = filter.call {
                let record = calls::find(c, call).or_not_found("the call")?;
                filter.extra_owners = (1..=record.call.tracks.len())
                    .filter_map(|t| u8::try_from(t).ok())
                    .map(|t| track_owner(call, t))
                    .collect();
            }
            let total = exports::count_ledger(c, &filter)?;
            if total > MAX_LEDGER_ROWS {
                return Err(too_many(total, MAX_LEDGER_ROWS));
            }
            let mut after = 0;
            loop {
                let page = exports::ledger_page(c, &filter, after, LEDGER_PAGE)?;
                sink.rows(&page)?;
                match page.last() {
                    Some(last) if page.len() as i64 == LEDGER_PAGE => after = last.seq,
                    _ => break,
                }
            }
            Ok(sink)
        })
        .await
}

pub(crate) fn too_many(total: i64, max: i64) -> ApiError {
    ApiError::rule(
        "query",
        &Rule::TooManyRows {
            total: total.unsigned_abs(),
            max: max.unsigned_abs(),
        },
    )
}

fn owner(a: &ExportAccount) -> String {
    a.owner.map(|o| o.to_string()).unwrap_or_default()
}

fn instant_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// A row's cells as text, in [`LEDGER_COLUMNS`] order.
fn cells(r: &LedgerExportRow) -> [Cell<'_>; 15] {
    [
        Cell::value(r.id),
        Cell::Value(instant_text(r.at)),
        Cell::value(r.budget_year),
        Cell::value(r.credit_type),
        Cell::value(&r.article),
        Cell::value(r.code),
        Cell::value(r.debit.kind),
        Cell::Value(owner(&r.debit)),
        Cell::value(r.credit.kind),
        Cell::Value(owner(&r.credit)),
        Cell::value(r.amount),
        Cell::value("EUR"),
        Cell::value(r.status),
        // free text
        Cell::Text(&r.reference),
        Cell::Text(&r.actor),
    ]
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(e.to_string())
}

fn workbook(rows: &[LedgerExportRow]) -> Result<Vec<u8>, ApiError> {
    use rust_xlsxwriter::{Format, Workbook};
    let x = |e: rust_xlsxwriter::XlsxError| internal(format!("xlsx: {e}"));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("ledger").map_err(x)?;
    let bold = Format::new().set_bold();
    for (col, name) in LEDGER_COLUMNS.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *name, &bold)
            .map_err(x)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).map_err(internal)?;
        for (col, cell) in cells(r).iter().enumerate() {
            if col == 2 {
                // the budget year: a small integer, exact as a number
                sheet
                    .write_number(row, col as u16, f64::from(r.budget_year))
                    .map_err(x)?;
            } else {
                // the XLSX keeps free text as it is, in text cells (never run as a formula)
                sheet.write_string(row, col as u16, cell.raw()).map_err(x)?;
            }
        }
    }
    for (col, width) in [38, 22, 11, 11, 16, 12, 20, 38, 20, 38, 16, 9, 9, 40, 30]
        .iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, *width).map_err(x)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(x)?;
    let last = u32::try_from(rows.len()).map_err(internal)?;
    sheet
        .autofilter(0, 0, last, LEDGER_COLUMNS.len() as u16 - 1)
        .map_err(x)?;
    book.save_to_buffer().map_err(x)
}

fn non_blank(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn package(
    c: &mut DbConn,
    settings: &ExportSettings,
    call: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<GivingPackage, ApiError> {
    let scope = match call {
        Some(id) => Some(calls::find(c, id).or_not_found("the call")?.call),
        None => None,
    };
    let total = exports::count_grants(c, call, None)?;
    if total > MAX_GRANTS {
        return Err(too_many(total, MAX_GRANTS));
    }
    let grants = exports::grants_for_export(c, call, None, MAX_GRANTS)?;
    if grants.is_empty() {
        return Err(ApiError::NotFound(
            "no grants have been awarded yet (a 360Giving package holds at least one)".into(),
        ));
    }
    let funder = || GivingOrganization {
        id: settings.funder_id.clone(),
        name: settings.funder_name.clone(),
        street_address: None,
        address_locality: None,
        postal_code: None,
        address_country: None,
    };
    let mut programmes: HashMap<Uuid, GivingProgramme> = HashMap::new();
    let mut items = Vec::with_capacity(grants.len());
    for g in grants {
        let programme = match programmes.entry(g.call_id) {
            Entry::Occupied(known) => known.get().clone(),
            Entry::Vacant(new) => {
                let call = calls::find(c, g.call_id)?.call;
                new.insert(GivingProgramme {
                    code: call.reference,
                    title: call.title,
                })
                .clone()
            }
        };
        let org = organisations::find(c, g.organisation_id)?;
        let recipient_id = format!("BE-BCE_KBO-{}", org.kbo.as_str());
        let paid = g
            .payments
            .iter()
            .try_fold(Money::ZERO, |acc, p| acc.checked_add(p.amount))
            .ok_or_else(|| internal("disbursed amount overflows"))?;
        // a recovery at settlement is a negative transaction, so that amountDisbursed is the
        // sum of the transactions, as the standard asks
        let settlement =
            grants::find_settlement(c, Some(g.id), None)?.filter(|s| !s.recovery.is_zero());
        let disbursed = match &settlement {
            Some(s) => paid
                .checked_sub(s.recovery)
                .ok_or_else(|| internal("recovered more than was paid"))?,
            None => paid,
        };
        let mut disbursements = g
            .payments
            .iter()
            .map(|p| {
                Ok(GivingTransaction {
                    id: format!("{}{}", settings.grant_prefix, p.id),
                    transaction_date: date_in_brussels(p.paid_at),
                    currency: "EUR".to_owned(),
                    value: JsonAmount::new(p.amount)?,
                    description: format!("tranche {}", p.tranche),
                    provider: settings.funder_id.clone(),
                    recipient: recipient_id.clone(),
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        if let Some(s) = &settlement {
            disbursements.push(GivingTransaction {
                id: format!("{}{}-recovery", settings.grant_prefix, s.id),
                transaction_date: date_in_brussels(s.settled_at),
                currency: "EUR".to_owned(),
                value: JsonAmount::negative(s.recovery)?,
                description: "recovery at settlement (advances above the accepted spend)"
                    .to_owned(),
                provider: settings.funder_id.clone(),
                recipient: recipient_id.clone(),
            });
        }
        let title = non_blank(&g.title).unwrap_or_else(|| programme.title.clone());
        items.push(GivingGrant {
            id: format!("{}{}", settings.grant_prefix, g.id),
            description: non_blank(&g.summary).unwrap_or_else(|| title.clone()),
            title,
            currency: "EUR".to_owned(),
            amount_awarded: JsonAmount::new(g.committed)?,
            amount_disbursed: JsonAmount::new(disbursed)?,
            award_date: date_in_brussels(g.awarded_at),
            from_open_call: "Yes".to_owned(),
            recipient_organization: vec![GivingOrganization {
                id: recipient_id,
                name: org.name,
                street_address: non_blank(&org.address.street),
                address_locality: non_blank(&org.address.city),
                postal_code: non_blank(&org.address.postal_code),
                address_country: non_blank(&org.address.country),
            }],
            funding_organization: vec![funder()],
            grant_programme: vec![programme],
            planned_dates: vec![GivingDates {
                start_date: g.start_date,
                end_date: g.end_date,
            }],
            disbursement_transaction: disbursements,
        });
    }
    let (title, identifier) = match &scope {
        Some(call) => (
            format!("Grants awarded in call {}: {}", call.reference, call.title),
            format!("{}package-{}", settings.grant_prefix, call.id),
        ),
        None => (
            "Grants awarded in every decided call".to_owned(),
            format!("{}package-all", settings.grant_prefix),
        ),
    };
    Ok(GivingPackage {
        grants: items,
        version: "1.4".to_owned(),
        title,
        description: format!(
            "Awarded grants published by {} from grantdesk, with their payments as \
             disbursement transactions (360Giving Data Standard 1.4).",
            settings.funder_name
        ),
        identifier,
        issued: now,
        publisher: GivingPublisher {
            identifier: settings.funder_id.clone(),
            name: settings.funder_name.clone(),
        },
        license: settings.license.clone(),
    })
}

//! Budget articles per budget year, each with its two ledgers (VAK and VEK) and the article's
//! own accounts.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::{AccountKind, BudgetArticle, BudgetYear, CreditType, TransferCode};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{corrupt, enumerated, uuid};
use crate::schema::{budget_articles, ledger_code_totals, ledgers};
use crate::StoreError;

use super::*;

/// A budget article in one budget year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetArticleRecord {
    pub code: BudgetArticle,
    pub year: BudgetYear,
    pub description: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_articles)]
struct BudgetArticleRow {
    code: String,
    budget_year: i32,
    description: String,
    created_by: String,
    created_at: NaiveDateTime,
}

impl TryFrom<BudgetArticleRow> for BudgetArticleRecord {
    type Error = StoreError;
    fn try_from(r: BudgetArticleRow) -> Result<Self, StoreError> {
        Ok(BudgetArticleRecord {
            code: enumerated(&r.code)?,
            year: BudgetYear::new(r.budget_year).map_err(corrupt)?,
            description: r.description,
            created_by: r.created_by,
            created_at: r.created_at.and_utc(),
        })
    }
}

/// Creates a budget article for a year with its two ledgers (VAK and VEK) and, in each, the
/// article's source (appropriation) and available accounts. `Conflict` if it exists.
pub fn create_article(
    conn: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
    description: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<BudgetArticleRecord, StoreError> {
    let row = BudgetArticleRow {
        code: code.as_str().to_owned(),
        budget_year: year.value(),
        description: description.to_owned(),
        created_by: actor.to_owned(),
        created_at: now.naive_utc(),
    };
    diesel::insert_into(budget_articles::table)
        .values(&row)
        .execute(conn)
        .map_err(|e| match StoreError::from(e) {
            StoreError::Conflict(_) => StoreError::Conflict(format!(
                "budget article {} already exists for {}",
                code.as_str(),
                year.value()
            )),
            other => other,
        })?;
    for credit_type in [CreditType::Vak, CreditType::Vek] {
        let ledger_id = Uuid::new_v4().to_string();
        diesel::insert_into(ledgers::table)
            .values((
                ledgers::id.eq(&ledger_id),
                ledgers::budget_year.eq(year.value()),
                ledgers::credit_type.eq(credit_type.as_str()),
                ledgers::article.eq(code.as_str()),
                ledgers::created_at.eq(now.naive_utc()),
            ))
            .execute(conn)?;
        for kind in [AccountKind::ArticleSource, AccountKind::ArticleAvailable] {
            insert_account(conn, &ledger_id, kind, ARTICLE_OWNER, now)?;
        }
        for kind in AccountKind::ALL {
            for code in TransferCode::ALL {
                diesel::insert_into(ledger_code_totals::table)
                    .values((
                        ledger_code_totals::ledger_id.eq(&ledger_id),
                        ledger_code_totals::account_kind.eq(kind.as_str()),
                        ledger_code_totals::code.eq(code.as_str()),
                    ))
                    .execute(conn)?;
            }
        }
    }
    row.try_into()
}

pub fn find_article(
    conn: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
) -> Result<BudgetArticleRecord, StoreError> {
    budget_articles::table
        .find((code.as_str(), year.value()))
        .select(BudgetArticleRow::as_select())
        .first(conn)?
        .try_into()
}

/// Budget articles, newest year first, then by code.
pub fn list_articles(
    conn: &mut DbConn,
    year: Option<BudgetYear>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<BudgetArticleRecord>, i64), StoreError> {
    let mut count = budget_articles::table.count().into_boxed();
    let mut query = budget_articles::table
        .select(BudgetArticleRow::as_select())
        .order((
            budget_articles::budget_year.desc(),
            budget_articles::code.asc(),
        ))
        .offset(offset)
        .limit(limit)
        .into_boxed();
    if let Some(y) = year {
        count = count.filter(budget_articles::budget_year.eq(y.value()));
        query = query.filter(budget_articles::budget_year.eq(y.value()));
    }
    let total = count.get_result(conn)?;
    let rows = query
        .load(conn)?
        .into_iter()
        .map(BudgetArticleRecord::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// The ledger of an article, year and credit type.
pub fn ledger_id(
    conn: &mut DbConn,
    code: &BudgetArticle,
    year: BudgetYear,
    credit_type: CreditType,
) -> Result<Uuid, StoreError> {
    let id: String = ledgers::table
        .filter(ledgers::article.eq(code.as_str()))
        .filter(ledgers::budget_year.eq(year.value()))
        .filter(ledgers::credit_type.eq(credit_type.as_str()))
        .select(ledgers::id)
        .first(conn)?;
    uuid(&id)
}

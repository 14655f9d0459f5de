//! Claims on enterprise numbers: an organisation's verification (status, evidence, decision),
//! the staff's decisions and the list of claims.
//!
//! The database keeps one verified organisation per enterprise number (a partial unique index,
//! `organisations_verified_kbo`); any number of unverified or rejected claims sit beside it.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::dsl::count_star;
use diesel::prelude::*;
use grantdesk_domain::{Kbo, VerificationEvidence, VerificationStatus};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{enumerated, uuid};
use crate::organisations::{Organisation, OrganisationRow};
use crate::schema::organisations as o;
use crate::StoreError;

/// Where an organisation's claim stands, and, once decided, who decided when and on what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub status: VerificationStatus,
    pub decided_at: Option<DateTime<Utc>>,
    /// The actor (`user:<id>`) who verified or rejected it.
    pub decided_by: Option<String>,
    /// What staff checked, for a verified organisation.
    pub evidence: Option<VerificationEvidence>,
    /// Why the claim was rejected.
    pub reason: Option<String>,
}

impl Verification {
    pub(crate) fn from_columns(
        status: &str,
        decided_at: Option<NaiveDateTime>,
        decided_by: Option<String>,
        evidence: (Option<String>, Option<String>, Option<String>),
        reason: Option<String>,
    ) -> Result<Verification, StoreError> {
        let evidence = match evidence {
            (
                Some(kbo_extract_reference),
                Some(mandate_reference),
                Some(representative_identity),
            ) => Some(VerificationEvidence {
                kbo_extract_reference,
                mandate_reference,
                representative_identity,
            }),
            (None, None, None) => None,
            _ => {
                return Err(StoreError::Corrupt(
                    "verification evidence is partial".into(),
                ))
            }
        };
        Ok(Verification {
            status: enumerated(status)?,
            decided_at: decided_at.map(|t| t.and_utc()),
            decided_by,
            evidence,
            reason,
        })
    }
}

/// A decision on a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision<'a> {
    Verify(&'a VerificationEvidence),
    Reject(&'a str),
}

/// Records `decision` on organisation `id` if it is still an unverified claim; `false` when it
/// is not (decided meanwhile). Verifying while another organisation is verified for the same
/// number is a `Conflict` (the partial unique index decides, also between concurrent
/// transactions).
pub fn decide(
    conn: &mut DbConn,
    id: Uuid,
    kbo: &Kbo,
    decision: &Decision<'_>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let target = o::table
        .filter(o::id.eq(id.to_string()))
        .filter(o::verification_status.eq(VerificationStatus::Unverified.as_str()));
    let decided = (
        o::verification_decided_at.eq(Some(now.naive_utc())),
        o::verification_decided_by.eq(Some(actor)),
    );
    let n = match decision {
        Decision::Verify(e) => diesel::update(target)
            .set((
                o::verification_status.eq(VerificationStatus::Verified.as_str()),
                decided,
                o::kbo_extract_reference.eq(Some(&e.kbo_extract_reference)),
                o::mandate_reference.eq(Some(&e.mandate_reference)),
                o::representative_identity.eq(Some(&e.representative_identity)),
            ))
            .execute(conn)
            .map_err(|e| match StoreError::from(e) {
                StoreError::Conflict(_) => StoreError::Conflict(format!(
                    "another organisation is verified for enterprise number {} already",
                    kbo.formatted()
                )),
                other => other,
            })?,
        Decision::Reject(reason) => diesel::update(target)
            .set((
                o::verification_status.eq(VerificationStatus::Rejected.as_str()),
                decided,
                o::verification_reason.eq(Some(*reason)),
            ))
            .execute(conn)?,
    };
    Ok(n == 1)
}

/// Locks every claim on `kbo` until the transaction ends, in one order (PostgreSQL; SQLite's
/// write transaction holds the database already): a decision on a claim takes it before it
/// reads the claims it decides on, so that two decisions on one number at once run one after
/// the other and the second sees the first (a number verified meanwhile, a claim rejected
/// meanwhile) instead of meeting it half-way in the unique index or a row lock.
pub fn lock_number(conn: &mut DbConn, kbo: &Kbo) -> Result<(), StoreError> {
    crate::db::pg_row_lock(
        conn,
        "SELECT id FROM organisations WHERE kbo = $1 ORDER BY id FOR UPDATE",
        kbo.as_str(),
    )
}

/// Whether an organisation other than `except` is verified for `kbo`.
pub fn held_by_another(conn: &mut DbConn, kbo: &Kbo, except: Uuid) -> Result<bool, StoreError> {
    let n: i64 = o::table
        .filter(o::kbo.eq(kbo.as_str()))
        .filter(o::verification_status.eq(VerificationStatus::Verified.as_str()))
        .filter(o::id.ne(except.to_string()))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The other unverified claims on `kbo` than `except`, oldest first.
pub fn competing_claims(
    conn: &mut DbConn,
    kbo: &Kbo,
    except: Uuid,
) -> Result<Vec<Uuid>, StoreError> {
    o::table
        .filter(o::kbo.eq(kbo.as_str()))
        .filter(o::verification_status.eq(VerificationStatus::Unverified.as_str()))
        .filter(o::id.ne(except.to_string()))
        .order((o::created_at.asc(), o::id.asc()))
        .select(o::id)
        .load::<String>(conn)?
        .iter()
        .map(|s| uuid(s))
        .collect()
}

/// A claim as staff list it: the organisation and how many unverified claims (itself
/// included) there are on its enterprise number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub organisation: Organisation,
    pub unverified_on_number: i64,
}

/// Organisations with `status` (every one when `None`), by enterprise number and then oldest
/// first, so that claims on one number are listed together; and how many match in all.
pub fn list(
    conn: &mut DbConn,
    status: Option<VerificationStatus>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<Claim>, i64), StoreError> {
    let build = || {
        let q = o::table.into_boxed();
        match status {
            Some(s) => q.filter(o::verification_status.eq(s.as_str())),
            None => q,
        }
    };
    let total = build().count().get_result(conn)?;
    let orgs = build()
        .order((o::kbo.asc(), o::created_at.asc(), o::id.asc()))
        .offset(offset)
        .limit(limit)
        .select(OrganisationRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Organisation::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    let kbos: Vec<&str> = orgs.iter().map(|org| org.kbo.as_str()).collect();
    let counts: Vec<(String, i64)> = o::table
        .filter(o::kbo.eq_any(&kbos))
        .filter(o::verification_status.eq(VerificationStatus::Unverified.as_str()))
        .group_by(o::kbo)
        .select((o::kbo, count_star()))
        .load(conn)?;
    let claims = orgs
        .into_iter()
        .map(|organisation| {
            let unverified_on_number = counts
                .iter()
                .find(|(k, _)| k == organisation.kbo.as_str())
                .map_or(0, |(_, n)| *n);
            Claim {
                organisation,
                unverified_on_number,
            }
        })
        .collect();
    Ok((claims, total))
}

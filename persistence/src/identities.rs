//! Identities at an external OpenID Connect provider (its issuer and the subject it names a
//! person by), each linked to one local account.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::uuid;
use crate::schema::external_identities;
use crate::StoreError;

/// The account the provider's subject is linked to, if any.
pub fn linked_account(
    conn: &mut DbConn,
    issuer: &str,
    subject: &str,
) -> Result<Option<Uuid>, StoreError> {
    external_identities::table
        .find((issuer, subject))
        .select(external_identities::user_id)
        .first::<String>(conn)
        .optional()?
        .map(|id| uuid(&id))
        .transpose()
}

/// The subject by which the provider knows the account, if the account is linked to it.
pub fn subject_of(
    conn: &mut DbConn,
    issuer: &str,
    user: Uuid,
) -> Result<Option<String>, StoreError> {
    Ok(external_identities::table
        .filter(external_identities::issuer.eq(issuer))
        .filter(external_identities::user_id.eq(user.to_string()))
        .select(external_identities::subject)
        .first::<String>(conn)
        .optional()?)
}

/// Links the provider's subject to the account (a second link of the same subject, or of the
/// account to another subject of the same provider, is a conflict).
pub fn link(
    conn: &mut DbConn,
    issuer: &str,
    subject: &str,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    diesel::insert_into(external_identities::table)
        .values((
            external_identities::issuer.eq(issuer),
            external_identities::subject.eq(subject),
            external_identities::user_id.eq(user.to_string()),
            external_identities::linked_at.eq(now.naive_utc()),
        ))
        .execute(conn)?;
    Ok(())
}

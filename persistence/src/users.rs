//! User accounts (staff and applicants).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::account::AccountStanding;
use grantdesk_domain::{Language, Role};
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{enumerated, uuid};
use crate::schema::{account_epoch, password_resets, revoked_tokens, users};
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
struct UserRow {
    id: String,
    email: String,
    password_hash: String,
    role: String,
    display_name: String,
    active: bool,
    created_at: NaiveDateTime,
    token_version: i64,
    language: String,
}

/// A stored user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
    pub role: Role,
    pub display_name: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    /// Moved on by disabling, a role change or a new password: tokens issued before stop
    /// working.
    pub token_version: i64,
    /// The language the account is written to in (its notifications, its mail).
    pub language: Language,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: uuid(&r.id)?,
            email: r.email,
            password_hash: r.password_hash,
            role: enumerated(&r.role)?,
            display_name: r.display_name,
            active: r.active,
            created_at: r.created_at.and_utc(),
            token_version: r.token_version,
            language: enumerated(&r.language)?,
        })
    }
}

/// A user to create; the email is stored lower-cased.
pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub display_name: &'a str,
    pub language: Language,
}

pub fn insert(
    conn: &mut DbConn,
    new: &NewUser<'_>,
    now: DateTime<Utc>,
) -> Result<User, StoreError> {
    let row = UserRow {
        id: Uuid::new_v4().to_string(),
        email: new.email.trim().to_lowercase(),
        password_hash: new.password_hash.to_owned(),
        role: new.role.as_str().to_owned(),
        display_name: new.display_name.to_owned(),
        active: true,
        created_at: now.naive_utc(),
        token_version: 0,
        language: new.language.as_str().to_owned(),
    };
    diesel::insert_into(users::table)
        .values(&row)
        .execute(conn)
        .map_err(|e| match StoreError::from(e) {
            StoreError::Conflict(_) => {
                StoreError::Conflict(format!("a user with email {} already exists", row.email))
            }
            other => other,
        })?;
    row.try_into()
}

pub fn find_by_email(conn: &mut DbConn, email: &str) -> Result<Option<User>, StoreError> {
    users::table
        .filter(users::email.eq(email.trim().to_lowercase()))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?
        .map(User::try_from)
        .transpose()
}

pub fn find(conn: &mut DbConn, id: Uuid) -> Result<User, StoreError> {
    users::table
        .find(id.to_string())
        .select(UserRow::as_select())
        .first(conn)?
        .try_into()
}

/// Users by email, optionally of one role, with the total count.
pub fn list(
    conn: &mut DbConn,
    role: Option<Role>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<User>, i64), StoreError> {
    let build = || {
        let mut q = users::table.into_boxed();
        if let Some(r) = role {
            q = q.filter(users::role.eq(r.as_str()));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let rows = build()
        .select(UserRow::as_select())
        .order(users::email.asc())
        .offset(offset)
        .limit(limit)
        .load(conn)?
        .into_iter()
        .map(User::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// What a token's account is now, in one statement (the account's row by primary key, and
/// whether the token's id is on the revocation list), read on every authenticated request;
/// `None` when no such account exists.
pub fn standing(
    conn: &mut DbConn,
    user: Uuid,
    jti: Uuid,
) -> Result<Option<AccountStanding>, StoreError> {
    let row: Option<(bool, String, i64, bool)> = users::table
        .find(user.to_string())
        .select((
            users::active,
            users::role,
            users::token_version,
            diesel::dsl::exists(
                revoked_tokens::table.filter(revoked_tokens::jti.eq(jti.to_string())),
            ),
        ))
        .first(conn)
        .optional()?;
    row.map(|(active, role, token_version, token_revoked)| {
        Ok(AccountStanding {
            active,
            role: enumerated(&role)?,
            token_version,
            token_revoked,
        })
    })
    .transpose()
}

/// The channel on which PostgreSQL announces that the account epoch moved on (the migration's
/// trigger notifies it at the change's commit).
pub const ACCOUNT_EPOCH_CHANNEL: &str = "grantdesk_account_epoch";

/// The account epoch: moved on (by triggers, whoever writes) whenever an account's standing
/// changes; what a process remembers of a token's standing holds while it stands.
pub fn account_epoch(conn: &mut DbConn) -> Result<i64, StoreError> {
    Ok(account_epoch::table
        .find(1)
        .select(account_epoch::epoch)
        .first(conn)?)
}

/// Sets the account's enabled flag, role and password hash as given and moves its token
/// version on (every token issued before stops working); answers the account as it is now.
pub fn update_account(
    conn: &mut DbConn,
    user: Uuid,
    active: bool,
    role: Role,
    password_hash: &str,
) -> Result<User, StoreError> {
    let n = diesel::update(users::table.find(user.to_string()))
        .set((
            users::active.eq(active),
            users::role.eq(role.as_str()),
            users::password_hash.eq(password_hash),
            users::token_version.eq(users::token_version + 1),
        ))
        .execute(conn)?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    crate::db::mark_accounts_changed();
    find(conn, user)
}

/// Puts a token on the revocation list until it expires (signing out twice is no error).
pub fn revoke_token(
    conn: &mut DbConn,
    jti: Uuid,
    user: Uuid,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let exists: i64 = revoked_tokens::table
        .filter(revoked_tokens::jti.eq(jti.to_string()))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        diesel::insert_into(revoked_tokens::table)
            .values((
                revoked_tokens::jti.eq(jti.to_string()),
                revoked_tokens::user_id.eq(user.to_string()),
                revoked_tokens::revoked_at.eq(now.naive_utc()),
                revoked_tokens::expires_at.eq(expires_at.naive_utc()),
            ))
            .execute(conn)?;
        crate::db::mark_accounts_changed();
    }
    Ok(())
}

/// A password reset as stored (the token itself only as its SHA-256).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordReset {
    pub id: Uuid,
    pub user_id: Uuid,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// Records a password reset for `user`, valid until `expires_at`, and the message that carries
/// its token to the account's e-mail address (in the account outbox).
pub fn insert_password_reset(
    conn: &mut DbConn,
    user: &User,
    token_sha256: &str,
    message: &serde_json::Value,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let id = Uuid::new_v4();
    diesel::insert_into(password_resets::table)
        .values((
            password_resets::id.eq(id.to_string()),
            password_resets::user_id.eq(user.id.to_string()),
            password_resets::token_sha256.eq(token_sha256),
            password_resets::created_at.eq(now.naive_utc()),
            password_resets::expires_at.eq(expires_at.naive_utc()),
        ))
        .execute(conn)?;
    crate::notifications::insert(conn, user, None, "password_reset", message, now)?;
    Ok(id)
}

/// The password reset whose token has this SHA-256, if any.
pub fn find_password_reset(
    conn: &mut DbConn,
    token_sha256: &str,
) -> Result<Option<PasswordReset>, StoreError> {
    let row: Option<(String, String, NaiveDateTime, Option<NaiveDateTime>)> =
        password_resets::table
            .filter(password_resets::token_sha256.eq(token_sha256))
            .select((
                password_resets::id,
                password_resets::user_id,
                password_resets::expires_at,
                password_resets::used_at,
            ))
            .first(conn)
            .optional()?;
    row.map(|(id, user_id, expires_at, used_at)| {
        Ok(PasswordReset {
            id: uuid(&id)?,
            user_id: uuid(&user_id)?,
            expires_at: expires_at.and_utc(),
            used_at: used_at.map(|t| t.and_utc()),
        })
    })
    .transpose()
}

/// Marks a reset used, once: `false` when it was used already (by a concurrent request).
pub fn use_password_reset(
    conn: &mut DbConn,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let n = diesel::update(
        password_resets::table
            .find(id.to_string())
            .filter(password_resets::used_at.is_null()),
    )
    .set(password_resets::used_at.eq(now.naive_utc()))
    .execute(conn)?;
    Ok(n == 1)
}

/// Sets the language the account is written to in.
pub fn set_language(conn: &mut DbConn, user: Uuid, language: Language) -> Result<(), StoreError> {
    diesel::update(users::table.find(user.to_string()))
        .set(users::language.eq(language.as_str()))
        .execute(conn)?;
    Ok(())
}

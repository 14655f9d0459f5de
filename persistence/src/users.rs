//! User accounts (staff and applicants).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::Role;
use uuid::Uuid;

use crate::db::DbConn;
use crate::mapping::{enumerated, uuid};
use crate::schema::users;
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
        })
    }
}

/// A user to create; the email is stored lower-cased.
pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub display_name: &'a str,
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

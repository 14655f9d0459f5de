//! Staff accounts: admins create reviewers (with their affiliations, for conflicts of
//! interest) and other staff; `grantdesk user create` does the same from the command line.

use chrono::{DateTime, Utc};
use grantdesk_domain::account::check_role_change;
use grantdesk_domain::Rule;
use grantdesk_domain::{check_name, Kbo, DISPLAY_NAME_CHARS};
use grantdesk_persistence::users::User;
use grantdesk_persistence::{assessment, audit, users, DbConn};
use uuid::Uuid;

use crate::auth::{hash_password, Claims, Role};
use crate::dto::assessment::{CreateUserRequest, RoleChangeRequest, StaffUserView, UserListQuery};
use crate::error::{ApiError, OrNotFound};
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// Stored enterprise numbers, formatted (one that does not parse is shown as stored).
fn formatted(kbos: Vec<String>) -> Vec<String> {
    kbos.iter()
        .map(|k| {
            Kbo::parse(k)
                .map(|k| k.formatted())
                .unwrap_or_else(|_| k.clone())
        })
        .collect()
}

/// A user with their affiliations.
fn staff_view(c: &mut DbConn, user: User) -> Result<StaffUserView, ApiError> {
    Ok(StaffUserView {
        id: user.id,
        affiliations: formatted(assessment::affiliations(c, user.id)?),
        email: user.email,
        display_name: user.display_name,
        role: user.role,
        active: user.active,
    })
}

/// A password hashed (argon2, slow on purpose: run it off the executor), or a 422 on
/// `password` when it breaks the policy.
pub fn hashed_password(password: &str) -> Result<String, ApiError> {
    hashed_password_of("password", password)
}

/// [`hashed_password`] for a password sent as `field`.
pub fn hashed_password_of(field: &str, password: &str) -> Result<String, ApiError> {
    hash_password(password).map_err(|e| ApiError::rule(field, &e.rule()))
}

/// Inserts an account, its display name trimmed (a blank one is refused, naming
/// `display_name`).
pub fn insert(
    c: &mut DbConn,
    email: &str,
    password_hash: &str,
    role: Role,
    display_name: &str,
    now: DateTime<Utc>,
) -> Result<User, ApiError> {
    let display_name = check_name(display_name, DISPLAY_NAME_CHARS)
        .map_err(|rule| ApiError::rule("display_name", &rule))?;
    let user = users::insert(
        c,
        &users::NewUser {
            email,
            password_hash,
            role,
            display_name,
            language: Default::default(),
        },
        now,
    )?;
    Ok(user)
}

/// Creates a staff account (by an admin), e.g. a reviewer with the enterprise numbers they work
/// for. The password is hashed off the executor, before the transaction.
pub async fn create(
    state: &AppState,
    claims: &Claims,
    request: CreateUserRequest,
) -> Result<StaffUserView, ApiError> {
    let role = Role::parse(&request.role).map_err(|e| ApiError::rule("role", &e.rule()))?;
    let actor = claims.actor();
    state
        .run(move |db, clock| {
            let hash = hashed_password(&request.password)?;
            db.write(|c| {
                let now = clock.now();
                let user = insert(c, &request.email, &hash, role, &request.display_name, now)?;
                for kbo in &request.affiliations {
                    assessment::add_affiliation(c, user.id, kbo.as_str(), &actor, now)?;
                }
                let view = staff_view(c, user)?;
                audit::record(
                    c,
                    &actor,
                    "user.create",
                    ("user", &view.id.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok::<_, ApiError>(view)
            })
        })
        .await
}

/// Staff and applicant accounts, by email; `role` filters.
pub async fn list(state: &AppState, query: UserListQuery) -> Result<Page<StaffUserView>, ApiError> {
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let role = query
        .role
        .as_deref()
        .map(Role::parse)
        .transpose()
        .map_err(|e| ApiError::rule("role", &e.rule()))?;
    state
        .read(move |c, _| {
            let (rows, total) = users::list(c, role, paging.offset(), paging.limit())?;
            let items = rows
                .into_iter()
                .map(|u| staff_view(c, u))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(paging.wrap(items, total))
        })
        .await
}

/// What an admin does to an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange {
    Disable,
    Enable,
    Role(Role),
}

impl AccountChange {
    fn action(self) -> &'static str {
        match self {
            AccountChange::Disable => "user.disable",
            AccountChange::Enable => "user.enable",
            AccountChange::Role(_) => "user.change_role",
        }
    }
}

/// The role a role change asks for, or a 422 on `role`.
pub fn requested_role(request: &RoleChangeRequest) -> Result<Role, ApiError> {
    Role::parse(&request.role).map_err(|e| ApiError::rule("role", &e.rule()))
}

/// Disables, re-enables or gives another staff role to an account (by an admin, never their
/// own: an admin cannot lock themselves out). Every token issued to the account before stops
/// working at once; audited with the account before and after.
pub async fn change_account(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    change: AccountChange,
) -> Result<StaffUserView, ApiError> {
    if id == claims.sub {
        return Err(ApiError::Refused(Rule::OwnAccount));
    }
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let user = users::find(c, id).or_not_found("the user")?;
            let (active, role) = match change {
                AccountChange::Disable => (false, user.role),
                AccountChange::Enable => (true, user.role),
                AccountChange::Role(role) => {
                    check_role_change(user.role, role)
                        .map_err(|rule| ApiError::rule("role", &rule))?;
                    (user.active, role)
                }
            };
            let hash = user.password_hash.clone();
            let before = staff_view(c, user)?;
            let updated = users::update_account(c, id, active, role, &hash)?;
            let after = staff_view(c, updated)?;
            audit::record(
                c,
                &actor,
                change.action(),
                ("user", &id.to_string()),
                serde_json::to_value(&before).ok(),
                serde_json::to_value(&after).ok(),
                now,
            )?;
            Ok(after)
        })
        .await
}

//! grantdesk's storage: diesel over SQLite (the embedded default) and PostgreSQL, one codebase.
//!
//! A module per aggregate; the backend-specific parts (connection set-up, `BEGIN IMMEDIATE`
//! versus `READ COMMITTED`, migrations) live in [`db`] only.

pub mod after_decision;
pub mod aid;
pub mod applications;
pub mod assessment;
pub mod audit;
pub mod blobs;
pub mod calls;
pub mod control_links;
pub mod db;
mod error;
pub mod exports;
pub mod grants;
pub mod identities;
pub mod ledger;
pub mod log;
mod mapping;
pub mod memberships;
pub mod notifications;
pub mod organisation_claims;
pub mod organisations;
pub mod questions;
mod queue;
pub mod reminders;
pub mod schema;
pub mod users;
pub mod webhooks;

pub use db::{Backend, Db, DbConn};
pub use diesel::result::Error as DieselError;
pub use error::StoreError;

//! Request and response bodies. Amounts travel as decimal strings ("750000.00").

pub mod after_decision;
pub mod aid;
pub mod applications;
pub mod articles;
pub mod assessment;
pub mod audit;
pub mod auth;
pub mod calls;
pub mod exports;
pub mod grants;
pub mod health;
pub mod ledger;
pub mod log;
pub mod memberships;
pub mod notifications;
pub mod organisation_claims;
pub mod organisations;
pub mod questions;
pub mod verification;
pub mod webhooks;

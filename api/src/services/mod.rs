//! Use cases: what each endpoint does, between the handlers (which only translate HTTP) and
//! persistence.
//!
//! A use case is an `async fn` that takes the [`AppState`](crate::AppState), the bearer's
//! [`Claims`](crate::auth::Claims) (for what they may see, and as the actor of what they change)
//! and typed input, and answers a view (a [`dto`](crate::dto) type) or an
//! [`ApiError`](crate::ApiError). Inside, it runs one transaction (`state.write` or
//! `state.read`): it loads with visibility ([`load`]), lets the domain decide (its rules, the
//! postings of each event, the finance figures), has persistence execute and store it, and
//! writes the audit trail.
//!
//! The modules depend on each other in one direction only (no module imports one that imports
//! it), and none of them knows HTTP.

pub mod after_decision;
pub mod aid;
pub mod applications;
pub mod articles;
pub mod assessment;
pub mod attachments;
pub mod audit;
pub mod auth;
pub mod budget;
pub mod calls;
pub mod cancellation;
pub mod control_links;
pub mod double_funding;
pub mod erasure;
pub mod exports;
pub mod files;
pub mod final_reports;
pub mod grants;
pub mod health;
pub mod identity;
pub mod ledger;
pub mod letters;
pub mod load;
pub mod log;
pub mod memberships;
pub mod notifications;
pub mod objections;
pub mod organisations;
pub mod questions;
pub mod ranking;
pub mod register;
pub mod reserve;
pub mod selection;
pub mod settlement;
pub mod submissions;
pub mod users;
pub mod verification;
pub mod webhooks;

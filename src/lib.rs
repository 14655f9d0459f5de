//! The `grantdesk` binary's library: configuration, start-up and the demo seed. The CLI in
//! `main.rs` and the black-box tests in `tests/` both start the server through [`startup`].

pub mod config;
pub mod seed;
pub mod startup;

//! Roles are the domain's ([`grantdesk_domain::Role`]); the policies of `extract` say which
//! endpoint takes which.

pub use grantdesk_domain::Role;

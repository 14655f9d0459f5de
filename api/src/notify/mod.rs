//! Notifications that arrive (issue #13): writing them in the reader's language
//! ([`render`]), sending them by mail ([`mail`]) and the worker that delivers the queue
//! ([`worker`]).

pub mod mail;
pub mod render;
pub mod worker;

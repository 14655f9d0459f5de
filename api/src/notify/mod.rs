//! Notifications that arrive (issue #13): writing them in the reader's language
//! ([`render`]), sending them by mail ([`mail`]), signed webhooks
//! ([`webhook`]) and the worker that delivers both queues ([`worker`]).

pub mod mail;
pub mod render;
pub mod webhook;
pub mod worker;

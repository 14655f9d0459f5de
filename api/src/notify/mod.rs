//! Notifications that arrive (issue #13): writing them in the reader's language
//! ([`render`]), sending them by mail ([`mail`]), signed webhooks
//! ([`webhook`]), the worker that delivers both queues ([`worker`]) and the job that writes
//! reminders ([`reminders`]).

pub mod mail;
pub mod reminders;
pub mod render;
pub mod webhook;
pub mod worker;

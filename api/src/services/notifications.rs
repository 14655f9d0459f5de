//! The inbox (each person their own messages, an applicant only those of organisations it is a
//! member of now), the language an account is written to in, and the delivery queue staff
//! watch and retry.

use grantdesk_domain::Rule;
use grantdesk_domain::{DeliveryStatus, Language};
use grantdesk_persistence::{audit, notifications, reminders, users};
use serde_json::json;
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::notifications::{
    DeliveryListQuery, DeliveryView, InboxPage, LanguageView, NotificationView, ReminderPreference,
};
use crate::error::ApiError;
use crate::notify::render::{render, Medium};
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// A message written for the inbox in `language` (the reader's language now, which may differ
/// from the one its mail went out in).
fn view(n: &notifications::Notification, language: Language) -> Result<NotificationView, ApiError> {
    let rendered = render(&n.kind, &n.payload, language, Medium::Inbox)
        .map_err(|e| ApiError::Internal(format!("notification {}: {e}", n.id)))?;
    Ok(NotificationView::new(n, rendered))
}

/// A page of the bearer's inbox, unread first.
pub async fn inbox(
    state: &AppState,
    claims: &Claims,
    page: PageQuery,
) -> Result<InboxPage, ApiError> {
    let paging = page.resolve()?;
    let user = claims.sub;
    state
        .read(move |c, _| {
            let language = users::find(c, user)?.language;
            let (rows, total, unread) =
                notifications::inbox(c, user, paging.offset(), paging.limit())?;
            let items = rows
                .iter()
                .map(|n| view(n, language))
                .collect::<Result<_, _>>()?;
            Ok(InboxPage {
                items,
                page: paging.page,
                per_page: paging.per_page,
                total,
                unread,
            })
        })
        .await
}

/// Marks a message of the bearer's inbox read; 404 when it is not in their inbox.
pub async fn mark_read(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<NotificationView, ApiError> {
    let user = claims.sub;
    state
        .write(move |c, clock| {
            let language = users::find(c, user)?.language;
            let n = notifications::mark_read(c, user, id, clock.now())?
                .ok_or_else(|| ApiError::not_found("the message"))?;
            view(&n, language)
        })
        .await
}

/// Sets the language the bearer's account is written to in (its later mail and its inbox).
pub async fn set_language(
    state: &AppState,
    claims: &Claims,
    language: Language,
) -> Result<LanguageView, ApiError> {
    let (user, actor) = (claims.sub, claims.actor());
    state
        .write(move |c, clock| {
            let before = users::find(c, user)?.language;
            users::set_language(c, user, language)?;
            if before != language {
                audit::record(
                    c,
                    &actor,
                    "user.set_language",
                    ("user", &user.to_string()),
                    Some(json!({"language": before})),
                    Some(json!({"language": language})),
                    clock.now(),
                )?;
            }
            Ok(LanguageView { language })
        })
        .await
}

/// Whether the bearer gets reminders.
pub async fn reminders(state: &AppState, claims: &Claims) -> Result<ReminderPreference, ApiError> {
    let user = claims.sub;
    state
        .read(move |c, _| {
            Ok(ReminderPreference {
                enabled: reminders::wants_reminders(c, user)?,
            })
        })
        .await
}

/// Turns reminders on or off for `user`, by `actor` (`how` it was asked, for the audit);
/// audited when it changes.
fn set_reminders(
    c: &mut grantdesk_persistence::DbConn,
    user: Uuid,
    enabled: bool,
    (actor, how): (&str, &str),
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ReminderPreference, ApiError> {
    let before = reminders::set_reminders(c, user, enabled, now)?;
    if before != enabled {
        audit::record(
            c,
            actor,
            "user.set_reminders",
            ("user", &user.to_string()),
            Some(json!({"reminders": before})),
            Some(json!({"reminders": enabled, "by": how})),
            now,
        )?;
    }
    Ok(ReminderPreference { enabled })
}

/// Turns the bearer's reminders on or off.
pub async fn set_own_reminders(
    state: &AppState,
    claims: &Claims,
    enabled: bool,
) -> Result<ReminderPreference, ApiError> {
    let (user, actor) = (claims.sub, claims.actor());
    state
        .write(move |c, clock| set_reminders(c, user, enabled, (&actor, "account"), clock.now()))
        .await
}

/// Turns reminders off for the account a reminder mail's one-click link was made for
/// (RFC 8058: no sign-in, the signed token is the proof). A token this server did not make is
/// refused on its field; an account that is gone is not found.
pub async fn unsubscribe(state: &AppState, token: &str) -> Result<ReminderPreference, ApiError> {
    let user = state
        .unsubscribe
        .check(token)
        .ok_or_else(|| ApiError::rule("token", &Rule::UnsubscribeToken))?;
    state
        .write(move |c, clock| {
            users::find(c, user)?;
            let actor = format!("user:{user}");
            set_reminders(c, user, false, (&actor, "unsubscribe link"), clock.now())
        })
        .await
}

/// The messages whose delivery stands at the query's status (by default the failed ones),
/// oldest first (admin).
pub async fn deliveries(
    state: &AppState,
    query: DeliveryListQuery,
) -> Result<Page<DeliveryView>, ApiError> {
    let status = query.status()?;
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    state
        .read(move |c, _| {
            let (rows, total) =
                notifications::deliveries(c, status, paging.offset(), paging.limit())?;
            Ok(paging.wrap(rows.iter().map(DeliveryView::from).collect(), total))
        })
        .await
}

/// Puts a message parked after its last attempt back in the queue, due now (admin). 404 for
/// no such message, 409 when it is not parked (pending or sent).
pub async fn retry(state: &AppState, claims: &Claims, id: Uuid) -> Result<DeliveryView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            match notifications::retry(c, id, now)? {
                None => return Err(ApiError::not_found("the message")),
                Some(false) => return Err(ApiError::Refused(Rule::RetryFailedOnly)),
                Some(true) => {}
            }
            audit::record(
                c,
                &actor,
                "notification.retry",
                ("notification", &id.to_string()),
                Some(json!({"status": DeliveryStatus::Failed})),
                Some(json!({"status": DeliveryStatus::Pending})),
                now,
            )?;
            let n = notifications::find(c, id)?
                .ok_or_else(|| ApiError::Internal("a retried message vanished".into()))?;
            Ok(DeliveryView::from(&n))
        })
        .await
}

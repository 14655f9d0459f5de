//! Webhook endpoints (issue #13, item 5): admins register endpoints for every event or for one
//! organisation's; an organisation's representative for its own. Members see their
//! organisations' endpoints and delivery logs; the representative (or an admin) rotates the
//! secret, disables, enables, tests and replays. Every change is audited.
//!
//! Events are written by the use cases that make them happen ([`publish`]), in their own
//! transaction: a message exists exactly when its fact does.

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::{
    check_endpoint_url, envelope, is_message_id, EndpointStatus, EventType, WebhookSecret,
    SECRET_BYTES, SECRET_OVERLAP,
};
use grantdesk_domain::Rule;
use grantdesk_domain::{DeliveryStatus, Role};
use grantdesk_persistence::db::Inserts;
use grantdesk_persistence::webhooks::{self, Endpoint, EndpointScope, NewEndpoint};
use grantdesk_persistence::{audit, organisations, DbConn};
use rand::RngCore;
use serde_json::json;
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::webhooks::{
    EndpointCreated, EndpointRequest, EndpointView, SecretView, WebhookMessageView,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::load;
use crate::state::AppState;

/// Writes event `event` with `data` (about `organisation`) for every endpoint subscribed to it,
/// inside the caller's transaction.
pub fn publish(
    c: &mut DbConn,
    organisation: Option<Uuid>,
    event: EventType,
    data: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let to = subscribers(c, organisation, event)?;
    publish_to(c, &to, data, now)
}

/// The endpoints subscribed to `event` about `organisation`: a writer that takes contended
/// locks reads them first and writes to them later in its transaction ([`publish_to`]).
pub fn subscribers(
    c: &mut DbConn,
    organisation: Option<Uuid>,
    event: EventType,
) -> Result<webhooks::Subscribers, ApiError> {
    Ok(webhooks::subscribers(c, organisation, event)?)
}

/// [`subscribers`] for a transaction that read the webhook epoch `at`, from `cache` when the
/// endpoints did not change since this process read them
/// ([`webhooks::subscribers_at`]).
pub fn subscribers_at(
    c: &mut DbConn,
    cache: &webhooks::EndpointCache,
    at: i64,
    organisation: Option<Uuid>,
    event: EventType,
) -> Result<webhooks::Subscribers, ApiError> {
    Ok(webhooks::subscribers_at(c, cache, at, organisation, event)?)
}

/// Writes the subscribers' event with `data` for each of them.
pub fn publish_to(
    c: &mut DbConn,
    to: &webhooks::Subscribers,
    data: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    webhooks::write_to_subscribers(c, to, &envelope(to.event(), now, data), now)?;
    Ok(())
}

/// [`publish_to`], added to `inserts` (sent with the transaction's other inserts).
pub fn publish_in(
    inserts: &mut Inserts,
    to: &webhooks::Subscribers,
    data: serde_json::Value,
    now: DateTime<Utc>,
) {
    webhooks::write_to_subscribers_in(inserts, to, &envelope(to.event(), now, data), now);
}

fn new_secret() -> WebhookSecret {
    let mut bytes = [0u8; SECRET_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    WebhookSecret::from_bytes(bytes)
}

/// An endpoint the bearer may see: an admin every one; an applicant those of organisations it
/// is a member of now. Anything else is a 404.
fn visible(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<Endpoint, ApiError> {
    let not_found = || ApiError::not_found("the webhook endpoint");
    let endpoint = webhooks::find_endpoint(c, id)?.ok_or_else(not_found)?;
    match (claims.role, endpoint.organisation_id) {
        (Role::Admin, _) => Ok(endpoint),
        (Role::Applicant, Some(org)) if organisations::is_member(c, org, claims.sub)? => {
            Ok(endpoint)
        }
        _ => Err(not_found()),
    }
}

/// An endpoint the bearer may change: an admin every one; the representative of its
/// organisation (a member who is not gets 403 naming `action`).
fn manageable(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
    action: &'static str,
) -> Result<Endpoint, ApiError> {
    let endpoint = visible(c, claims, id)?;
    if let (Role::Applicant, Some(org)) = (claims.role, endpoint.organisation_id) {
        load::as_representative(c, claims, org, action)?;
    }
    Ok(endpoint)
}

/// Registers an endpoint; its secret is in the answer, once.
pub async fn create(
    state: &AppState,
    claims: &Claims,
    request: EndpointRequest,
) -> Result<EndpointCreated, ApiError> {
    let url = check_endpoint_url(&request.url, state.webhook_addresses)
        .map_err(|e| ApiError::rule("url", &e.rule()))?;
    let types = request.event_types()?;
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            match (claims.role, request.organisation_id) {
                (Role::Applicant, None) => {
                    // the organisation whose events the endpoint receives
                    return Err(ApiError::rule("organisation_id", &Rule::Required));
                }
                (Role::Applicant, Some(org)) => {
                    load::as_representative(c, &claims, org, "register_webhooks")?;
                }
                (_, Some(org)) => {
                    load::organisation(c, &claims, org)?;
                }
                (_, None) => {}
            }
            let secret = new_secret();
            let endpoint = webhooks::insert_endpoint(
                c,
                &NewEndpoint {
                    organisation_id: request.organisation_id,
                    url: url.as_str(),
                    description: request.description.as_deref().unwrap_or("").trim(),
                    event_types: &types,
                    created_by: claims.sub,
                },
                &secret,
                now,
            )?;
            let view = EndpointView::from(&endpoint);
            audit::record(
                c,
                &claims.actor(),
                "webhook.create",
                ("webhook_endpoint", &endpoint.id.to_string()),
                None,
                Some(json!(view)),
                now,
            )?;
            Ok(EndpointCreated {
                endpoint: view,
                secret: secret.to_string(),
            })
        })
        .await
}

/// The endpoints the bearer may see, the oldest first.
pub async fn list(
    state: &AppState,
    claims: &Claims,
    page: PageQuery,
) -> Result<Page<EndpointView>, ApiError> {
    let paging = page.resolve()?;
    let scope = match claims.role {
        Role::Admin => EndpointScope::All,
        _ => EndpointScope::MemberOf(claims.sub),
    };
    state
        .read(move |c, _| {
            let (rows, total) =
                webhooks::list_endpoints(c, scope, paging.offset(), paging.limit())?;
            Ok(paging.wrap(rows.iter().map(EndpointView::from).collect(), total))
        })
        .await
}

/// One endpoint.
pub async fn get(state: &AppState, claims: &Claims, id: Uuid) -> Result<EndpointView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| Ok(EndpointView::from(&visible(c, &claims, id)?)))
        .await
}

/// A new secret for the endpoint; the ones it replaces keep signing beside it for
/// [`SECRET_OVERLAP`].
pub async fn rotate_secret(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<SecretView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            manageable(c, &claims, id, "rotate webhook secrets")?;
            let secret = new_secret();
            let retire_at = now + SECRET_OVERLAP;
            webhooks::rotate_secret(c, id, &secret, now, retire_at)?;
            audit::record(
                c,
                &claims.actor(),
                "webhook.rotate_secret",
                ("webhook_endpoint", &id.to_string()),
                None,
                Some(json!({"previous_secrets_retire_at": retire_at})),
                now,
            )?;
            Ok(SecretView {
                secret: secret.to_string(),
                previous_secrets_retire_at: Some(retire_at),
            })
        })
        .await
}

/// Disables or enables the endpoint (enabling forgets its failures; its waiting messages go
/// out again). Setting the status it has is a no-op.
pub async fn set_status(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    status: EndpointStatus,
) -> Result<EndpointView, ApiError> {
    let claims = claims.clone();
    let action = match status {
        EndpointStatus::Active => "enable webhook endpoints",
        EndpointStatus::Disabled => "disable webhook endpoints",
    };
    state
        .write(move |c, clock| {
            let now = clock.now();
            let before = manageable(c, &claims, id, action)?;
            let reason = (status == EndpointStatus::Disabled)
                .then(|| format!("disabled by {}", claims.actor()));
            if webhooks::set_status(c, id, status, reason.as_deref(), now)? {
                audit::record(
                    c,
                    &claims.actor(),
                    match status {
                        EndpointStatus::Active => "webhook.enable",
                        EndpointStatus::Disabled => "webhook.disable",
                    },
                    ("webhook_endpoint", &id.to_string()),
                    Some(json!({"status": before.status})),
                    Some(json!({"status": status})),
                    now,
                )?;
            }
            let after = webhooks::find_endpoint(c, id)?
                .ok_or_else(|| ApiError::not_found("the webhook endpoint"))?;
            Ok(EndpointView::from(&after))
        })
        .await
}

/// Writes a `webhook.test` message for the endpoint (whatever it subscribes to); the message.
pub async fn test(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<WebhookMessageView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let endpoint = manageable(c, &claims, id, "test webhook endpoints")?;
            let body = envelope(
                EventType::WebhookTest,
                now,
                json!({"endpoint_id": endpoint.id, "requested_by": claims.sub}),
            );
            let message = webhooks::insert_message(
                c,
                &endpoint.id.to_string(),
                EventType::WebhookTest,
                &body.to_string(),
                now,
            )?;
            let message = webhooks::find_message(c, id, &message)?
                .ok_or_else(|| ApiError::Internal("a test message vanished".into()))?;
            Ok(WebhookMessageView::new(&message, &[]))
        })
        .await
}

/// The endpoint's messages, the newest first, each with its attempts.
pub async fn deliveries(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    page: PageQuery,
) -> Result<Page<WebhookMessageView>, ApiError> {
    let paging = page.resolve()?;
    let claims = claims.clone();
    state
        .read(move |c, _| {
            visible(c, &claims, id)?;
            let (rows, total) = webhooks::deliveries(c, id, paging.offset(), paging.limit())?;
            Ok(paging.wrap(
                rows.iter()
                    .map(|(m, attempts)| WebhookMessageView::new(m, attempts))
                    .collect(),
                total,
            ))
        })
        .await
}

/// Sends a message again, with the same `webhook-id` (a receiver that has it already
/// recognises the repeat): due now, with a fresh count of attempts. 409 while it is pending.
pub async fn replay(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    message: String,
) -> Result<WebhookMessageView, ApiError> {
    if !is_message_id(&message) {
        return Err(ApiError::not_found("the message"));
    }
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            manageable(c, &claims, id, "replay webhook messages")?;
            let before = webhooks::find_message(c, id, &message)?
                .ok_or_else(|| ApiError::not_found("the message"))?;
            match webhooks::replay(c, id, &message, now)? {
                None => return Err(ApiError::not_found("the message")),
                Some(false) => return Err(ApiError::Refused(Rule::DeliveryPending)),
                Some(true) => {}
            }
            audit::record(
                c,
                &claims.actor(),
                "webhook.replay",
                ("webhook_message", &message),
                Some(json!({"status": before.delivery})),
                Some(json!({"status": DeliveryStatus::Pending})),
                now,
            )?;
            let after = webhooks::find_message(c, id, &message)?
                .ok_or_else(|| ApiError::Internal("a replayed message vanished".into()))?;
            Ok(WebhookMessageView::new(&after, &[]))
        })
        .await
}

//! The inbox, the account's language, and the delivery queue (see
//! [`crate::services::notifications`]).

use actix_web::{get, post, put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{AdminOnly, AnyUser, Authorized};
use crate::dto::notifications::{
    DeliveryListQuery, DeliveryView, InboxPage, LanguageRequest, LanguageView, NotificationView,
    ReminderPreference, UnsubscribeQuery,
};
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::pagination::{Page, PageQuery};
use crate::problems::{
    Listing, PublicBody, Resource, SignedInBody, SignedInListing, SignedInResource, Unauthenticated,
};
use crate::services::notifications;
use crate::state::AppState;

/// The bearer's messages (receipts, decision letters, invitations, account messages), unread
/// first and then the newest first, each written in the account's language. An applicant reads
/// an organisation's messages while it is a member.
#[utoipa::path(
    tag = "notifications",
    params(PageQuery),
    responses(
        (status = 200, body = InboxPage),
        SignedInListing,
    ),
    security(("bearer" = []))
)]
#[get("/me/notifications")]
pub async fn inbox(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    page: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = notifications::inbox(&state, auth.claims(), page.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Mark one of the bearer's messages read (marking it again keeps the first instant).
#[utoipa::path(
    tag = "notifications",
    params(("id" = Uuid, Path, description = "Message id")),
    responses(
        (status = 200, body = NotificationView),
        SignedInResource,
    ),
    security(("bearer" = []))
)]
#[post("/me/notifications/{id}/read")]
pub async fn mark_read(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = notifications::mark_read(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Set the language the bearer's account is written to in: `nl` (the default), `fr` or `en`.
/// Later mail goes out in it; the inbox shows every message in it.
#[utoipa::path(
    tag = "notifications",
    request_body = LanguageRequest,
    responses(
        (status = 200, body = LanguageView),
        SignedInBody,
    ),
    security(("bearer" = []))
)]
#[put("/me/language")]
pub async fn set_language(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    body: ValidJson<LanguageRequest>,
) -> Result<HttpResponse, ApiError> {
    let language = body.0.language()?;
    let view = notifications::set_language(&state, auth.claims(), language).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Whether the bearer gets reminders (of a call's deadline while its organisation has a draft,
/// and of a grant's final report once it is due); on unless turned off.
#[utoipa::path(
    tag = "notifications",
    responses(
        (status = 200, body = ReminderPreference),
        Unauthenticated,
    ),
    security(("bearer" = []))
)]
#[get("/me/reminders")]
pub async fn reminders(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
) -> Result<HttpResponse, ApiError> {
    let view = notifications::reminders(&state, auth.claims()).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Turn the bearer's reminders on or off. Other messages always go out. Audited.
#[utoipa::path(
    tag = "notifications",
    request_body = ReminderPreference,
    responses(
        (status = 200, body = ReminderPreference),
        SignedInBody,
    ),
    security(("bearer" = []))
)]
#[put("/me/reminders")]
pub async fn set_reminders(
    state: web::Data<AppState>,
    auth: Authorized<AnyUser>,
    body: ValidJson<ReminderPreference>,
) -> Result<HttpResponse, ApiError> {
    let view = notifications::set_own_reminders(&state, auth.claims(), body.0.enabled).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The one-click unsubscribe link of a reminder mail (RFC 8058: its `List-Unsubscribe` header,
/// posted by the mail program with the body `List-Unsubscribe=One-Click`): turns reminders off
/// for the account the link was made for, without signing in. Audited. Turn them on again
/// with `PUT /me/reminders`.
#[utoipa::path(
    tag = "notifications",
    params(UnsubscribeQuery),
    responses(
        (status = 200, body = ReminderPreference),
        PublicBody,
        (status = 404, description = "The link's account no longer exists", body = Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[post("/unsubscribe")]
pub async fn unsubscribe(
    state: web::Data<AppState>,
    query: web::Query<UnsubscribeQuery>,
) -> Result<HttpResponse, ApiError> {
    let view = notifications::unsubscribe(&state, &query.token).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The delivery queue (admin): messages by delivery status, by default the failed ones (parked
/// after their last attempt), oldest first; to whom, how many attempts, the relay's last
/// answer. Not their content, which is the recipient's.
#[utoipa::path(
    tag = "notifications",
    params(DeliveryListQuery),
    responses(
        (status = 200, body = Page<DeliveryView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/deliveries")]
pub async fn deliveries(
    state: web::Data<AppState>,
    _auth: Authorized<AdminOnly>,
    query: web::Query<DeliveryListQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = notifications::deliveries(&state, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Retry a message whose delivery failed (admin): it is due again now, with a fresh count of
/// attempts. Audited.
#[utoipa::path(
    tag = "notifications",
    params(("id" = Uuid, Path, description = "Message id")),
    responses(
        (status = 200, body = DeliveryView),
        Resource,
        (status = 409, description = "The message's delivery has not failed (pending or sent)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/deliveries/{id}/retry")]
pub async fn retry(
    state: web::Data<AppState>,
    auth: Authorized<AdminOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = notifications::retry(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

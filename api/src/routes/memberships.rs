//! Membership by consent: invitations (by the representative), their answers (by the invitee),
//! leaving, removing and handing the representative's role on. Applicants only; staff read the
//! members at `GET /organisations/{id}/members`.

use actix_web::{delete, get, post, put, web, HttpResponse};
use uuid::Uuid;

use crate::auth::{ApplicantOnly, Authorized};
use crate::dto::memberships::{
    InvitationAccepted, InvitationRequest, InvitationView, MembershipView, RepresentativeRequest,
};
use crate::dto::organisations::MemberView;
use crate::error::{ApiError, Problem};
use crate::extract::ValidJson;
use crate::problems::{Resource, ResourceWrite, RoleOnly};
use crate::services::memberships;
use crate::state::AppState;

/// Invite whoever holds an e-mail address to become a member (the representative only). The
/// answer is the same whether or not an account has the address and whether or not it is a
/// member already; the invitee finds the invitation at `GET /me/invitations` (and, when an
/// account has the address, a message in its outbox). It may be answered for 14 days.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = InvitationRequest,
    responses(
        (status = 202, body = InvitationAccepted),
        ResourceWrite,
        (status = 403, description = "Another role, or a member who is not the representative", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organisations/{id}/invitations")]
pub async fn invite(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<InvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    let answer = memberships::invite(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Accepted().json(answer))
}

/// The organisation's invitations still pending (the representative only).
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, body = Vec<InvitationView>),
        Resource,
        (status = 403, description = "Another role, or a member who is not the representative", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organisations/{id}/invitations")]
pub async fn list_invitations(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let pending = memberships::pending_invitations(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(pending))
}

/// Withdraw a pending invitation (the representative only); it is kept, as withdrawn.
#[utoipa::path(
    tag = "organisations",
    params(
        ("id" = Uuid, Path, description = "Organisation id"),
        ("invitation_id" = Uuid, Path, description = "Invitation id"),
    ),
    responses(
        (status = 204, description = "The invitation is withdrawn"),
        Resource,
        (status = 403, description = "Another role, or a member who is not the representative", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The invitation was answered already or has expired", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/organisations/{id}/invitations/{invitation_id}")]
pub async fn withdraw_invitation(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, invitation_id) = path.into_inner();
    memberships::withdraw_invitation(&state, auth.claims(), id, invitation_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// End a membership: your own (you leave; the representative hands the role on first) or,
/// as the representative, another member's (they are removed and told). The membership is kept
/// in the organisation's history; from the next request on, the organisation and its
/// applications are no longer visible to the one who left.
#[utoipa::path(
    tag = "organisations",
    params(
        ("id" = Uuid, Path, description = "Organisation id"),
        ("user_id" = Uuid, Path, description = "The member's user id (your own to leave)"),
    ),
    responses(
        (status = 204, description = "The membership has ended"),
        Resource,
        (status = 403, description = "Another role, or removing someone else without being the representative", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The representative cannot leave: hand the role on first", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/organisations/{id}/members/{user_id}")]
pub async fn end_membership(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, user_id) = path.into_inner();
    memberships::end_membership(&state, auth.claims(), id, user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Hand the representative's role on to another current member (the representative only);
/// you stay a member. Answers the members.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = RepresentativeRequest,
    responses(
        (status = 200, body = Vec<MemberView>),
        ResourceWrite,
        (status = 403, description = "Another role, or a member who is not the representative", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "You are the representative already, or the membership changed meanwhile", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The user is not a member of the organisation", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organisations/{id}/representative")]
pub async fn hand_on(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
    body: ValidJson<RepresentativeRequest>,
) -> Result<HttpResponse, ApiError> {
    let members = memberships::hand_on(&state, auth.claims(), id.into_inner(), body.0).await?;
    Ok(HttpResponse::Ok().json(members))
}

/// The invitations pending for your account's e-mail address.
#[utoipa::path(
    tag = "organisations",
    responses(
        (status = 200, body = Vec<InvitationView>),
        RoleOnly,
    ),
    security(("bearer" = []))
)]
#[get("/me/invitations")]
pub async fn my_invitations(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
) -> Result<HttpResponse, ApiError> {
    let pending = memberships::my_invitations(&state, auth.claims()).await?;
    Ok(HttpResponse::Ok().json(pending))
}

/// Accept an invitation addressed to you: you become a member of its organisation.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Invitation id")),
    responses(
        (status = 201, body = MembershipView),
        Resource,
        (status = 409, description = "The invitation was answered already or has expired, or you are a member already", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/invitations/{id}/acceptance")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let membership = memberships::accept(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Created()
        .insert_header((
            "Location",
            format!("/api/v1/organisations/{}", membership.organisation_id),
        ))
        .json(membership))
}

/// Decline an invitation addressed to you.
#[utoipa::path(
    tag = "organisations",
    params(("id" = Uuid, Path, description = "Invitation id")),
    responses(
        (status = 200, body = InvitationView),
        Resource,
        (status = 409, description = "The invitation was answered already or has expired", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/invitations/{id}/refusal")]
pub async fn decline_invitation(
    state: web::Data<AppState>,
    auth: Authorized<ApplicantOnly>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let view = memberships::decline(&state, auth.claims(), id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(view))
}

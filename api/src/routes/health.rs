//! Probes: liveness, and readiness (the database answers).

use actix_web::{get, web, HttpResponse};

use crate::dto::health::Health;
use crate::error::ApiError;
use crate::problems::Unavailable;
use crate::services::health;
use crate::state::AppState;

/// Liveness: the process answers.
#[utoipa::path(tag = "health", responses((status = 200, body = Health)))]
#[get("/health/live")]
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: "ok",
        database: None,
    })
}

/// Readiness: the database answers.
#[utoipa::path(tag = "health", responses(
    (status = 200, body = Health),
    Unavailable,
))]
#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let view = health::ready(&state).await?;
    Ok(HttpResponse::Ok().json(view))
}

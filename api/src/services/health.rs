//! Readiness: whether the database answers.

use crate::dto::health::Health;
use crate::error::ApiError;
use crate::state::AppState;

/// Pings the database; answers its backend.
pub async fn ready(state: &AppState) -> Result<Health, ApiError> {
    let backend = state.db.backend().name();
    state.run(|db, _| Ok(db.ping()?)).await?;
    Ok(Health {
        status: "ok",
        database: Some(backend),
    })
}

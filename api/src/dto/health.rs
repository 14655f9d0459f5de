//! The probes' answer.

use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    pub status: &'static str,
    #[schema(example = "sqlite")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<&'static str>,
}

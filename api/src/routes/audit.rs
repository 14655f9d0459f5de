use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use grantdesk_persistence::audit::{self, AuditFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{AuditReaders, Authorized};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::problems::{Listing, RoleOnly};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    #[param(example = "call")]
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub actor: Option<String>,
    #[param(example = "call.open")]
    pub action: Option<String>,
    #[param(minimum = 1, default = 1)]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub per_page: Option<u32>,
}

/// One change: who, when, what, and the target before and after.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor: String,
    #[schema(example = "call.open")]
    pub action: String,
    #[schema(example = "call")]
    pub target_type: String,
    pub target_id: String,
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
}

/// Read the audit trail, oldest first (auditor, admin).
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, body = Page<AuditView>),
        Listing,
    ),
    security(("bearer" = []))
)]
#[get("/audit")]
pub async fn list_audit(
    state: web::Data<AppState>,
    _auth: Authorized<AuditReaders>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let paging = PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let filter = AuditFilter {
        target_type: q.target_type,
        target_id: q.target_id,
        actor: q.actor,
        action: q.action,
    };
    let page = state
        .run(move |db, _| {
            let (rows, total) =
                db.read(|c| audit::list(c, &filter, paging.offset(), paging.limit()))?;
            let items = rows
                .into_iter()
                .map(|e| AuditView {
                    id: e.id,
                    at: e.at,
                    actor: e.actor,
                    action: e.action,
                    target_type: e.target_type,
                    target_id: e.target_id,
                    before: e.before,
                    after: e.after,
                })
                .collect();
            Ok(paging.wrap(items, total))
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// The result of checking the audit chain.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditVerification {
    /// `true` when every link holds.
    pub intact: bool,
    /// Chained records checked.
    pub checked: i64,
    /// Records written before the chain began.
    pub unchained: i64,
    /// The first record whose link is broken.
    pub first_broken: Option<BrokenLinkView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BrokenLinkView {
    /// Its position in the chain (1-based).
    pub chain_seq: i64,
    /// Its id.
    pub id: String,
    pub reason: String,
}

impl From<audit::Verification> for AuditVerification {
    fn from(v: audit::Verification) -> Self {
        AuditVerification {
            intact: v.first_broken.is_none(),
            checked: v.checked,
            unchained: v.unchained,
            first_broken: v.first_broken.map(|b| BrokenLinkView {
                chain_seq: b.chain_seq,
                id: b.id,
                reason: b.reason,
            }),
        }
    }
}

/// Check the audit trail's hash chain from its first record (auditor, admin): each record
/// holds the hash of the one before, so an edited, removed or reordered record is named.
#[utoipa::path(
    tag = "audit",
    responses(
        (status = 200, body = AuditVerification),
        RoleOnly,
    ),
    security(("bearer" = []))
)]
#[get("/audit/verify")]
pub async fn verify_audit(
    state: web::Data<AppState>,
    _auth: Authorized<AuditReaders>,
) -> Result<HttpResponse, ApiError> {
    let result = state.run(move |db, _| Ok(db.read(audit::verify)?)).await?;
    Ok(HttpResponse::Ok().json(AuditVerification::from(result)))
}

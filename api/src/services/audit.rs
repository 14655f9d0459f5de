//! The audit trail: read it, and check its hash chain.

use grantdesk_persistence::audit::{self, AuditFilter};

use crate::dto::audit::{AuditQuery, AuditVerification, AuditView};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::state::AppState;

/// The audit trail, oldest first, filtered.
pub async fn list(state: &AppState, query: AuditQuery) -> Result<Page<AuditView>, ApiError> {
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    let filter = AuditFilter {
        target_type: query.target_type,
        target_id: query.target_id,
        actor: query.actor,
        action: query.action,
    };
    state
        .read(move |c, _| {
            let (rows, total) = audit::list(c, &filter, paging.offset(), paging.limit())?;
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
        .await
}

/// Checks the whole trail: the hash chain of the records written before the log (each holds
/// the hash of the one before), and the log (every entry against its sealed leaf, every tree
/// hash, every checkpoint's signature and root, by the log's key). Names the first fault.
pub async fn verify(state: &AppState) -> Result<AuditVerification, ApiError> {
    let verifier = state.log.verifier();
    // one snapshot for all of it: read apart while the sequencer seals, the leaves and the
    // checkpoints would disagree
    state
        .run(move |db, _| {
            db.snapshot(|c| {
                let chain = audit::verify(c)?;
                let log = grantdesk_persistence::log::verify(c, &verifier)?;
                Ok(AuditVerification::new(chain, log.into()))
            })
        })
        .await
}

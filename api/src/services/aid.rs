//! State aid across calls (issue #15): the regulations a call's aid relies on, and the check
//! that a call names one of its regime's.

use grantdesk_domain::aid::{CallAid, Regulation};
use grantdesk_domain::Rule;
use grantdesk_persistence::{aid, audit, DbConn};

use crate::auth::Claims;
use crate::dto::aid::RegulationView;
use crate::error::ApiError;
use crate::state::AppState;

/// A call's aid settings against the installation's regulations: the regulation it names is one
/// of its regime's (422 on `aid.regulation` otherwise, naming those).
pub fn check_call_aid(c: &mut DbConn, settings: &CallAid) -> Result<(), ApiError> {
    if settings.regulation.is_none() {
        return Ok(());
    }
    let known: Vec<Regulation> = aid::regulations(c)?
        .into_iter()
        .map(|r| r.regulation)
        .collect();
    settings
        .regulation_in(&known)
        .map(|_| ())
        .map_err(|(field, rule)| ApiError::rule(&format!("aid.{field}"), &rule))
}

/// Every regulation, by code.
pub async fn regulations(state: &AppState) -> Result<Vec<RegulationView>, ApiError> {
    state
        .read(|c, _| {
            Ok(aid::regulations(c)?
                .iter()
                .map(RegulationView::from)
                .collect())
        })
        .await
}

/// Adds a regulation (admin): checked (the domain's `Regulation::check`), its code new (409
/// `regulation_exists` otherwise). Audited.
pub async fn add_regulation(
    state: &AppState,
    claims: &Claims,
    regulation: Regulation,
) -> Result<RegulationView, ApiError> {
    regulation
        .check()
        .map_err(|(field, rule)| ApiError::rule(field, &rule))?;
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            if !aid::insert(c, &regulation, &actor, now)? {
                return Err(ApiError::Refused(Rule::RegulationExists {
                    code: regulation.code.clone(),
                }));
            }
            let record = aid::regulations(c)?
                .into_iter()
                .find(|r| r.regulation.code == regulation.code)
                .ok_or_else(|| ApiError::not_found("the regulation"))?;
            let view = RegulationView::from(&record);
            audit::record(
                c,
                &actor,
                "aid_regulation.add",
                ("aid_regulation", &regulation.code),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

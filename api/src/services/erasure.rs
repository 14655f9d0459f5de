//! Erasure of a person's personal data from the audit trail (GDPR article 17; issue #16): an
//! admin operation, itself audited. The sealed entries stay as they are (they hold only a
//! salted commitment to the personal data), so the log and every proof still verify.

use grantdesk_domain::{check_name, Rule};
use grantdesk_persistence::{audit, users};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::audit::{ErasureRequest, ErasureView};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;

/// How long the stated ground of an erasure may be.
const REASON_CHARS: std::ops::RangeInclusive<usize> = 1..=2000;

/// Erases the personal data of every audit entry that concerns the user (as its actor, as the
/// user it is about, or by their e-mail address).
pub async fn erase_user(
    state: &AppState,
    claims: &Claims,
    user: Uuid,
    body: ErasureRequest,
) -> Result<ErasureView, ApiError> {
    let reason = check_name(&body.reason, REASON_CHARS)
        .map_err(|rule: Rule| ApiError::rule("reason", &rule))?
        .to_owned();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let found = users::find(c, user).or_not_found("the user")?;
            let subjects = [
                format!("user:{}", found.id),
                format!("email:{}", found.email.trim().to_lowercase()),
            ];
            let id = Uuid::new_v4();
            let erased = audit::erase_personal_data(c, &subjects, id, now)?;
            audit::record(
                c,
                &actor,
                "personal_data.erase",
                ("user", &user.to_string()),
                None,
                Some(serde_json::json!({"erasure": id, "entries_erased": erased,
                                        "reason": reason})),
                now,
            )?;
            Ok(ErasureView {
                id,
                user_id: user,
                entries_erased: erased,
                erased_at: now,
            })
        })
        .await
}

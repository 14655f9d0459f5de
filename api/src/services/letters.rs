//! Decision letters: what an applicant is told when the selection is final (selected with the
//! award and the end of its acceptance period, reserve, rejected, not eligible) or when an award
//! is offered from the reserve list, written to the outbox with the `application.decided`
//! webhook event.

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::EventType;
use grantdesk_domain::{Call, Money};
use grantdesk_persistence::{applications, assessment, DbConn};

use crate::error::ApiError;
use crate::services::webhooks;

/// What a decision letter says beyond the call and the application.
pub(crate) struct Letter<'a> {
    /// selected, reserve or rejected; or not_eligible
    pub decision: &'a str,
    pub awarded: Option<Money>,
    pub motivation: &'a str,
    /// For an application screened not eligible: why.
    pub screening_reason: Option<&'a str>,
    /// For an award: the end of the period to accept or renounce it.
    pub acceptance_due: Option<DateTime<Utc>>,
}

/// Writes one applicant's decision letter (the letter's data; delivery is a later concern) to
/// the outbox.
pub(crate) fn enqueue_letter(
    c: &mut DbConn,
    call: &Call,
    app: &applications::ApplicationRecord,
    letter: Letter<'_>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let receipt = applications::receipts_of(c, app.id)?.pop();
    let mut data = serde_json::json!({
        "call": {"id": call.id, "reference": call.reference, "title": call.title},
        "application": {"id": app.id, "title": app.content.title,
                        "receipt_number": receipt.map(|r| r.number)},
        "decision": letter.decision,
        "awarded": letter.awarded.map(|m| m.to_string()),
        "requested": app.requested.to_string(),
        "motivation": letter.motivation,
        "start_date": call.start_date,
        "decided_at": now,
    });
    if let Some(reason) = letter.screening_reason {
        data["screening_reason"] = serde_json::json!(reason);
    }
    if let Some(due) = letter.acceptance_due {
        data["acceptance_due"] = serde_json::json!(due);
    }
    assessment::enqueue(
        c,
        "decision_letter",
        app.lead_organisation_id,
        app.id,
        &data,
        now,
    )?;
    webhooks::publish(
        c,
        Some(app.lead_organisation_id),
        EventType::ApplicationDecided,
        serde_json::json!({
            "application_id": app.id,
            "call_id": call.id,
            "call_reference": call.reference,
            "organisation_id": app.lead_organisation_id,
            "receipt_number": data["application"]["receipt_number"],
            "decision": letter.decision,
            "requested": app.requested.to_string(),
            "awarded": letter.awarded.map(|m| m.to_string()),
            "motivation": letter.motivation,
            "start_date": call.start_date,
            "decided_at": now,
        }),
        now,
    )?;
    Ok(())
}

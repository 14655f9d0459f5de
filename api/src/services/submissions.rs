//! Submitting (a receipt freezes the content), revising back to draft, withdrawing, and the
//! receipts. Everything happens strictly before the call's deadline; the instant that counts
//! is read inside the transaction after it holds every lock it needs, immediately before it
//! commits.

use grantdesk_domain::webhook::EventType;
use grantdesk_domain::{
    canonical_json, check_action, check_call_accepts, receipt_number, snapshot_digest,
    submission_errors, ApplicationAction, ApplicationStatus,
};
use grantdesk_persistence::applications::{self, Attachment, NewReceipt, Receipt};
use grantdesk_persistence::{audit, db, notifications};
use serde_json::json;
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::applications::{ApplicationView, ReceiptView};
use crate::error::ApiError;
use crate::services::applications::audited_change;
use crate::services::load;
use crate::services::webhooks;
use crate::state::AppState;

/// The frozen content: what the receipt's digest is the SHA-256 of (canonical JSON).
fn snapshot(l: &load::Loaded, attachments: &[Attachment], submitted_by: &str) -> serde_json::Value {
    json!({
        "application_id": l.app.id,
        "call": {"id": l.call.id, "reference": l.call.reference, "title": l.call.title},
        "lead_organisation": {"id": l.lead.id, "name": l.lead.name, "kbo": l.lead.kbo.as_str()},
        "track": l.app.content.track,
        "content": l.app.content,
        "requested_amount": l.app.requested.to_string(),
        "attachments": attachments.iter().map(|a| json!({
            "id": a.id, "kind": a.kind, "file_name": a.file_name, "media_type": a.media_type,
            "size_bytes": a.size_bytes, "sha256": a.sha256
        })).collect::<Vec<_>>(),
        "submitted_by": submitted_by,
    })
}

/// What a submit answers: its receipt, and whether it was submitted already (the same receipt
/// again) rather than now.
pub struct Submitted {
    pub receipt: ReceiptView,
    pub replayed: bool,
}

/// Submits a complete draft (a member of the lead organisation), strictly before the deadline.
/// Submitting a submitted application again answers the same receipt.
pub async fn submit(state: &AppState, claims: &Claims, id: Uuid) -> Result<Submitted, ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    let histories = state.call_histories.clone();
    let endpoints = state.webhook_endpoints.clone();
    let (receipt, zone, replayed) = state
        .write(move |c, clock| {
            // one submit of an application at a time (its row locked as it is loaded): a
            // double click waits for the first and answers its receipt. The members read for
            // the bearer's membership are whom the receipt goes to.
            let (mut loaded, recipients) =
                load::own_application_to_submit(c, &claims, id, &histories)?;
            let zone = loaded.call.deadline.zone();
            if loaded.app.status == ApplicationStatus::Submitted {
                let last = applications::receipts_of(c, id)?
                    .pop()
                    .ok_or_else(|| ApiError::Internal("submitted without a receipt".into()))?;
                return Ok::<(Receipt, _, bool), ApiError>((last, zone, true));
            }
            let attachments = applications::attachments_of(c, id, false)?;
            let kinds: Vec<String> = attachments.iter().map(|a| a.kind.clone()).collect();
            let errors = submission_errors(
                &loaded.call,
                loaded.app.status,
                &loaded.app.content,
                &loaded.lead.kbo,
                &kinds,
                clock.now(),
            );
            if !errors.is_empty() {
                return Err(ApiError::Applications(errors));
            }
            // freeze the content, mark it submitted
            let frozen = snapshot(&loaded, &attachments, &actor);
            let digest = snapshot_digest(&frozen);
            let canonical = canonical_json(&frozen);
            loaded.app.status = ApplicationStatus::Submitted;
            // saved with the call's next receipt number (one statement on PostgreSQL): there
            // from the call's sequence, held by nobody; on SQLite from its counter row (the
            // writer holds the database anyway). The instant that counts is read after the
            // last lock this transaction takes (the application's row, taken first; the audit
            // entry is an insert, no lock: #16)
            let numbered = applications::save_and_number(c, &mut loaded.app, clock.now())?;
            let seq = numbered.seq;
            let received_at = clock.now();
            check_call_accepts(&loaded.call, received_at)?;
            // whom the event goes to, as the save's statement found the endpoints (read again
            // only when they changed since this process last read them)
            let subscribers = webhooks::subscribers_at(
                c,
                &endpoints,
                numbered.webhook_epoch,
                Some(loaded.app.lead_organisation_id),
                EventType::ApplicationSubmitted,
            )?;
            let number = receipt_number(&loaded.call.reference, seq.max(0) as u32);
            // what the submission writes and never reads back goes in one round trip on
            // PostgreSQL (the audit entry, the receipt, the letters, the webhook messages)
            let receipt = db::with_inserts(c, |_, inserts| {
                // the hot path of a deadline surge: the record says what changed (the content
                // itself is frozen in the receipt's snapshot), and the receipt names it, so
                // that the applicant can be given its proof in the log once it is sealed
                let log_entry_id = audit::record_in(
                    inserts,
                    &actor,
                    "application.submit",
                    ("application", &id.to_string()),
                    Some(json!({"status": "draft", "version": loaded.app.version - 1})),
                    Some(json!({"status": "submitted", "version": loaded.app.version,
                                "receipt": number, "received_at": received_at,
                                "digest": digest})),
                    received_at,
                );
                let receipt = applications::insert_receipt_in(
                    inserts,
                    &NewReceipt {
                        application_id: id,
                        call_id: loaded.call.id,
                        seq,
                        number: &number,
                        received_at,
                        digest: &digest,
                        snapshot: &canonical,
                        submitted_by: &actor,
                        log_entry_id,
                    },
                )?;
                // the receipt, to each member of the organisation (inbox and mail)
                let message = json!({
                    "call": {"id": loaded.call.id, "reference": loaded.call.reference,
                             "title": loaded.call.title},
                    "application": {"id": id, "title": loaded.app.content.title},
                    "receipt": {"number": receipt.number, "received_at": receipt.received_at,
                                "sha256": receipt.digest},
                    "zone": zone.name(),
                });
                notifications::write_to_in(
                    inserts,
                    &recipients,
                    "submission_receipt",
                    &message,
                    received_at,
                );
                // and to the integrators subscribed to it (the organisation's, the admins')
                webhooks::publish_in(
                    inserts,
                    &subscribers,
                    json!({
                        "application_id": id,
                        "call_id": loaded.call.id,
                        "call_reference": loaded.call.reference,
                        "organisation_id": loaded.app.lead_organisation_id,
                        "receipt": {"number": receipt.number,
                                    "received_at": receipt.received_at,
                                    "sha256": receipt.digest},
                    }),
                    received_at,
                );
                Ok::<_, ApiError>(receipt)
            })?;
            Ok((receipt, zone, false))
        })
        .await?;
    Ok(Submitted {
        receipt: ReceiptView::new(&receipt, zone, false),
        replayed,
    })
}

async fn transition(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    action: ApplicationAction,
) -> Result<ApplicationView, ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let mut loaded = load::own_application(c, &claims, id)?;
            let now = clock.now();
            // where the action takes the application, if the call still accepts changes
            let next = check_action(&loaded.call, loaded.app.status, action, now)?;
            let action = format!("application.{action}");
            let ((), after) =
                audited_change(c, clock, now, &mut loaded, &actor, &action, |c, loaded| {
                    loaded.app.status = next;
                    applications::save(c, &mut loaded.app, now)?;
                    Ok(())
                })?;
            Ok(after)
        })
        .await
}

/// Takes a submitted application back to draft (before the deadline); its receipts stay.
pub async fn revise(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<ApplicationView, ApiError> {
    transition(state, claims, id, ApplicationAction::Revise).await
}

/// Withdraws an application (before the deadline). It is kept, and cannot come back.
pub async fn withdraw(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<ApplicationView, ApiError> {
    transition(state, claims, id, ApplicationAction::Withdraw).await
}

/// Every receipt of an application the bearer may read, oldest first.
pub async fn receipts(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<Vec<ReceiptView>, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            let loaded = load::application(c, &claims, id)?;
            let zone = loaded.call.deadline.zone();
            Ok(applications::receipts_of(c, id)?
                .iter()
                .map(|r| ReceiptView::new(r, zone, false))
                .collect::<Vec<_>>())
        })
        .await
}

/// One receipt of an application the bearer may read, with its frozen snapshot.
pub async fn receipt(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    number: String,
) -> Result<ReceiptView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            let loaded = load::application(c, &claims, id)?;
            let zone = loaded.call.deadline.zone();
            applications::receipts_of(c, id)?
                .iter()
                .find(|r| r.number == number)
                .map(|r| ReceiptView::new(r, zone, true))
                .ok_or_else(|| ApiError::not_found("the receipt"))
        })
        .await
}

//! Objections (bezwaar, issue #14): within the call's objection period after an application's
//! decision letter, the representative of its lead organisation lodges one objection with its
//! grounds and attaches documents (until the period ends or staff rule); staff rule once, with
//! a motivation. Upheld, an application without a grant is decided again: offered from money
//! that is free, or placed on the reserve list at its rank. Every step is audited, the
//! organisation told (outbox), staff's systems too (webhooks).

use chrono::Utc;
use grantdesk_domain::objection::{
    check_attaching, check_lodging, check_ruling, objection_due, upheld_outcome, Outcome, Ruling,
    MAX_ATTACHMENTS,
};
use grantdesk_domain::webhook::EventType;
use grantdesk_domain::{check_decision, postings, Call, Decision, DecisionKind, Rule};
use grantdesk_persistence::after_decision::{self, ObjectionAttachment, ObjectionRecord};
use grantdesk_persistence::assessment;
use grantdesk_persistence::{applications, audit, calls, ledger, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::after_decision::{ObjectionAttachmentView, ObjectionView, RulingRequest};
use crate::error::{ApiError, OrNotFound};
use crate::services::files::check_file;
use crate::services::load;
use crate::services::reserve::{offer, place_upheld};
use crate::services::webhooks;
use crate::state::AppState;

/// The objection's view, with its documents.
pub fn view_of(c: &mut DbConn, o: &ObjectionRecord) -> Result<ObjectionView, ApiError> {
    let attachments = after_decision::objection_attachments_of(c, o.application_id)?;
    Ok(ObjectionView::new(o, &attachments))
}

/// The letters an objection's steps write to the lead organisation (its members' inboxes and
/// mail), with the facts the templates read.
fn objection_facts(
    call: &Call,
    app: &applications::ApplicationRecord,
    extra: serde_json::Value,
) -> serde_json::Value {
    let mut facts = serde_json::json!({
        "call": {"id": call.id, "reference": call.reference, "title": call.title},
        "application": {"id": app.id, "title": app.content.title},
    });
    if let (Some(facts), serde_json::Value::Object(extra)) = (facts.as_object_mut(), extra) {
        facts.extend(extra);
    }
    facts
}

/// The representative of the application's lead organisation lodges its one objection, with
/// its grounds, strictly before the end of the call's objection period after the application's
/// decision letter (in the call's zone, to the second).
pub async fn lodge(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
    grounds: String,
) -> Result<ObjectionView, ApiError> {
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let loaded = load::application(c, &claims, application)?;
            let org = loaded.app.lead_organisation_id;
            load::as_representative(c, &claims, org, "lodge_objections")?;
            let now = clock.now();
            let letter_at = after_decision::first_letter_at(c, application)?
                .ok_or(ApiError::Refused(Rule::NothingToObject))?;
            let call = &loaded.call;
            let due = objection_due(
                letter_at,
                call.after_decision.objection_days,
                call.deadline.zone(),
            )
            .ok_or(ApiError::Refused(Rule::TooFarAhead))?;
            let lodged_before = after_decision::objection_of(c, application)?.is_some();
            let grounds =
                check_lodging(due, lodged_before, &grounds, now).map_err(|(field, rule)| {
                    match field {
                        "grounds" => ApiError::rule(field, &rule),
                        _ => ApiError::Refused(rule),
                    }
                })?;
            let record = ObjectionRecord {
                id: Uuid::new_v4(),
                application_id: application,
                call_id: call.id,
                organisation_id: org,
                grounds,
                lodged_by: claims.actor(),
                lodged_at: now,
                due,
                ruling: None,
                motivation: None,
                outcome: None,
                ruled_by: None,
                ruled_at: None,
                attachment_count: 0,
            };
            // one per application, also when two arrive at once (the primary key decides)
            if !after_decision::lodge(c, &record)? {
                return Err(ApiError::Refused(Rule::ObjectionLodged));
            }
            let view = ObjectionView::new(&record, &[]);
            audit::record(
                c,
                &claims.actor(),
                "application.object",
                ("application", &application.to_string()),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            let facts = objection_facts(
                call,
                &loaded.app,
                serde_json::json!({"lodged_at": now, "grounds": record.grounds}),
            );
            assessment::enqueue(c, "objection_lodged", org, application, &facts, now)?;
            webhooks::publish(
                c,
                Some(org),
                EventType::ObjectionLodged,
                serde_json::json!({"application_id": application, "call_id": call.id,
                    "call_reference": call.reference, "organisation_id": org,
                    "grounds": record.grounds, "lodged_at": now,
                    "due": record.due.to_rfc3339()}),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// The objection against an application the bearer may see.
pub async fn objection(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
) -> Result<ObjectionView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            load::application(c, &claims, application)?;
            let objection = after_decision::objection_of(c, application)?
                .ok_or_else(|| ApiError::not_found("the objection"))?;
            view_of(c, &objection)
        })
        .await
}

/// The objections in a call, oldest first.
pub async fn objections(state: &AppState, call: Uuid) -> Result<Vec<ObjectionView>, ApiError> {
    state
        .read(move |c, _| {
            load::call(c, call)?;
            let attachments = after_decision::objection_attachments_of_call(c, call)?;
            Ok(after_decision::objections_of_call(c, call)?
                .iter()
                .map(|o| ObjectionView::new(o, &attachments))
                .collect())
        })
        .await
}

/// The refusal of a second ruling on an objection ruled `ruling`.
fn ruled_already(ruling: Ruling) -> ApiError {
    ApiError::Refused(Rule::ObjectionRuled {
        ruling: ruling.to_string(),
    })
}

/// Staff rule once on an objection, with a motivation. Upheld, for an application without a
/// grant, it is decided again with the award the ruling names: offered when that much is free
/// where it would draw from (as a reserve offer is), otherwise placed on the reserve list at
/// the rank its score gives it. The organisation is told.
pub async fn rule(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
    body: RulingRequest,
) -> Result<ObjectionView, ApiError> {
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let app = applications::find(c, application).or_not_found("the application")?;
            calls::lock(c, app.call_id)?;
            let now = clock.now();
            let call = load::call(c, app.call_id)?.call;
            let objection = after_decision::objection_of(c, application)?
                .ok_or_else(|| ApiError::not_found("the objection"))?;
            if let Some(ruling) = objection.ruling {
                return Err(ruled_already(ruling));
            }
            let motivation = check_ruling(&body.motivation)
                .map_err(|(field, rule)| ApiError::rule(field, &rule))?;
            let has_grant = !after_decision::acceptances_of(c, &[application])?.is_empty();
            let (mut outcome, mut awarded, mut due) = (None, None, None);
            if body.ruling == Ruling::Upheld && !has_grant {
                let amount = body
                    .awarded
                    .ok_or_else(|| ApiError::rule("awarded", &Rule::UpheldNeedsAward))?;
                let decision = Decision {
                    kind: DecisionKind::Selected,
                    awarded: Some(amount),
                    motivation: motivation.clone(),
                };
                check_decision(&decision, app.requested, call.cap_per_project)?;
                let track = app.content.track;
                let source = postings::award_source(&call, track);
                let free = ledger::available(c, &call.article, call.budget_year, &source)?;
                let o = upheld_outcome(free, amount);
                match o {
                    Outcome::Offered => {
                        // a place it had on the reserve list is taken by this offer
                        after_decision::mark_offered(c, application, now)?;
                        let why = format!("objection upheld: {motivation}");
                        due = Some(offer(
                            c,
                            &call,
                            (application, track),
                            (amount, false),
                            &why,
                            &actor,
                            now,
                        )?);
                        awarded = Some(amount);
                    }
                    Outcome::Reserve => place_upheld(c, &call, &app, amount, now)?,
                }
                outcome = Some(o);
            }
            let stored = after_decision::rule_on(
                c,
                application,
                (body.ruling, outcome),
                &motivation,
                &actor,
                now,
            )?;
            let ruled = after_decision::objection_of(c, application)?
                .ok_or_else(|| ApiError::not_found("the objection"))?;
            match (stored, ruled.ruling) {
                (true, _) => {}
                // ruled in between (the guarded update found a ruling)
                (false, Some(ruling)) => return Err(ruled_already(ruling)),
                (false, None) => {
                    return Err(ApiError::Internal("the ruling was not stored".into()))
                }
            }
            let attachments = after_decision::objection_attachments_of(c, application)?;
            let view = ObjectionView::new(&ruled, &attachments);
            audit::record(
                c,
                &actor,
                "objection.rule",
                ("application", &application.to_string()),
                serde_json::to_value(ObjectionView::new(&objection, &attachments)).ok(),
                serde_json::to_value(&view).ok(),
                now,
            )?;
            let facts = objection_facts(
                &call,
                &app,
                serde_json::json!({"ruling": body.ruling, "outcome": outcome,
                    "motivation": motivation, "awarded": awarded.map(|m| m.to_string()),
                    "acceptance_due": due}),
            );
            assessment::enqueue(
                c,
                "objection_ruled",
                app.lead_organisation_id,
                application,
                &facts,
                now,
            )?;
            webhooks::publish(
                c,
                Some(app.lead_organisation_id),
                EventType::ObjectionRuled,
                serde_json::json!({"application_id": application, "call_id": call.id,
                    "call_reference": call.reference,
                    "organisation_id": app.lead_organisation_id, "ruling": body.ruling,
                    "outcome": outcome, "motivation": motivation,
                    "awarded": awarded.map(|m| m.to_string()), "acceptance_due": due,
                    "ruled_at": now}),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// The objection against `application` that the bearer (its lead organisation's
/// representative) may attach a document to at `now`, with the checked description.
fn attachable(
    c: &mut DbConn,
    claims: &Claims,
    application: Uuid,
    description: Option<&str>,
    now: chrono::DateTime<Utc>,
) -> Result<(ObjectionRecord, Option<String>), ApiError> {
    let loaded = load::application(c, claims, application)?;
    load::as_representative(
        c,
        claims,
        loaded.app.lead_organisation_id,
        "lodge_objections",
    )?;
    let objection = after_decision::objection_of(c, application)?
        .ok_or_else(|| ApiError::not_found("the objection"))?;
    let description = check_attaching(
        objection.due,
        objection.ruling,
        objection.attachment_count,
        description,
        now,
    )
    .map_err(|(field, rule)| match field {
        "objection" => ApiError::Refused(rule),
        _ => ApiError::rule(field, &rule),
    })?;
    Ok((objection, description))
}

/// Whether the bearer may attach a document to the objection against `application` now: asked
/// before the upload is read, so that nobody streams megabytes only to hear "not found".
pub async fn check_can_attach(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
) -> Result<(), ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| attachable(c, &claims, application, None, clock.now()).map(|_| ()))
        .await
}

/// Attaches a document to the objection against `application` (its lead organisation's
/// representative): checked as every upload is, stored before the row that names it, strictly
/// before the end of the objection period and before staff rule, at most
/// [`MAX_ATTACHMENTS`]. Audited.
pub async fn attach(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
    description: Option<String>,
    (file_name, content): (String, Vec<u8>),
) -> Result<ObjectionAttachmentView, ApiError> {
    let (file_name, media) = check_file(&file_name, &content)?;
    let claims = claims.clone();
    let actor = claims.actor();
    let blobs = state.blobs.clone();
    state
        .run(move |db, clock| {
            // everything that can refuse the upload is checked before the file is stored
            db.read(|c| attachable(c, &claims, application, description.as_deref(), clock.now()))?;
            let sha256 = blobs.put(&content)?;
            db.write(|c| {
                let now = clock.now();
                let (_, description) =
                    attachable(c, &claims, application, description.as_deref(), now)?;
                let attachment = ObjectionAttachment {
                    id: Uuid::new_v4(),
                    application_id: application,
                    file_name: file_name.clone(),
                    media_type: media.as_str().to_owned(),
                    size_bytes: content.len() as i64,
                    sha256: sha256.clone(),
                    description,
                    uploaded_by: actor.clone(),
                    uploaded_at: now,
                };
                // guarded on "not ruled, not full": a ruling or another upload in between
                // leaves nothing changed, and the refusal names what it found
                if !after_decision::attach_to_objection(c, &attachment, MAX_ATTACHMENTS)? {
                    // ruled or filled in between: the checks, read again, name what they find
                    attachable(c, &claims, application, None, now)?;
                    return Err(ApiError::Internal(
                        "the objection's attachment was not stored".into(),
                    ));
                }
                let view = ObjectionAttachmentView::from(&attachment);
                audit::record(
                    c,
                    &actor,
                    "objection.attach",
                    ("application", &application.to_string()),
                    None,
                    serde_json::to_value(&view).ok(),
                    now,
                )?;
                Ok(view)
            })
        })
        .await
}

/// A document attached to the objection against an application the bearer may see, with its
/// stored content.
pub async fn document(
    state: &AppState,
    claims: &Claims,
    application: Uuid,
    attachment: Uuid,
) -> Result<(ObjectionAttachment, Vec<u8>), ApiError> {
    let claims = claims.clone();
    let blobs = state.blobs.clone();
    state
        .run(move |db, _| {
            let attachment = db.read(|c| {
                load::application(c, &claims, application)?;
                after_decision::objection_attachment(c, application, attachment)?
                    .ok_or_else(|| ApiError::not_found("the attachment"))
            })?;
            let content = blobs.get(&attachment.sha256)?;
            Ok((attachment, content))
        })
        .await
}

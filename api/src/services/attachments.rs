//! Attachments: the type sniffed from the content (never the name), the name sanitised, stored
//! content-addressed before the row that names it; downloads only for those who may read the
//! application.

use grantdesk_domain::Call;
use grantdesk_domain::Rule;
use grantdesk_persistence::applications::{self, Attachment, NewAttachment};
use grantdesk_persistence::StoreError;
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::applications::{ApplicationView, AttachmentView};
use crate::error::{ApiError, OrNotFound};
use crate::services::applications::{audited_change, own_draft};
use crate::services::files::check_file;
use crate::services::load;
use crate::state::AppState;

/// A kind every call accepts besides its own: any other supporting document.
pub const ANNEX: &str = "annex";

/// An uploaded document, as read from the form: its kind (trimmed, lower case), the file's
/// name as sent, and its content.
pub struct Upload {
    pub kind: String,
    pub file_name: String,
    pub content: Vec<u8>,
}

/// The kind must be one the call asks for, or an annex.
pub fn check_kind(call: &Call, kind: &str) -> Result<(), ApiError> {
    if kind == ANNEX || call.attachment_kinds.iter().any(|k| k.kind == kind) {
        return Ok(());
    }
    let known: Vec<&str> = call
        .attachment_kinds
        .iter()
        .map(|k| k.kind.as_str())
        .chain([ANNEX])
        .collect();
    Err(ApiError::rule(
        "kind",
        &Rule::OneOf {
            choices: known.join(", "),
        },
    ))
}

/// Who and when, before an upload's body is read: the bearer may change the application, and
/// it is a draft before the deadline (so that nobody streams megabytes only to hear "not
/// found").
pub async fn check_can_upload(state: &AppState, claims: &Claims, id: Uuid) -> Result<(), ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            own_draft(c, &claims, id, clock)?;
            Ok(())
        })
        .await
}

/// Attaches a document to a draft (a member of the lead organisation, before the deadline).
pub async fn upload(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    upload: Upload,
) -> Result<AttachmentView, ApiError> {
    let (file_name, media) = check_file(&upload.file_name, &upload.content)?;
    let claims = claims.clone();
    let actor = claims.actor();
    let blobs = state.blobs.clone();
    state
        .run(move |db, clock| {
            // everything that can refuse the upload is checked before the file is stored
            db.read(|c| {
                let (loaded, _) = own_draft(c, &claims, id, clock)?;
                check_kind(&loaded.call, &upload.kind)
            })?;
            // the file is stored (synced, content-addressed) before the transaction that names
            // it: a rolled-back row leaves an unreferenced blob, never a row without its file,
            // and the write lock is not held during the disk write
            let sha256 = blobs.put(&upload.content)?;
            db.write(|c| {
                let (mut loaded, now) = own_draft(c, &claims, id, clock)?;
                check_kind(&loaded.call, &upload.kind)?;
                let (attachment, _) = audited_change(
                    c,
                    clock,
                    now,
                    &mut loaded,
                    &actor,
                    "application.attach",
                    |c, _| {
                        Ok(applications::insert_attachment(
                            c,
                            &NewAttachment {
                                application_id: id,
                                kind: &upload.kind,
                                file_name: &file_name,
                                media_type: media.as_str(),
                                size_bytes: upload.content.len() as i64,
                                sha256: &sha256,
                                uploaded_by: &actor,
                            },
                            now,
                        )?)
                    },
                )?;
                Ok(AttachmentView::from(&attachment))
            })
        })
        .await
}

/// An attachment of an application the bearer may read, with its stored content.
pub async fn download(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    attachment_id: Uuid,
) -> Result<(Attachment, Vec<u8>), ApiError> {
    let claims = claims.clone();
    let blobs = state.blobs.clone();
    state
        .run(move |db, _| {
            let attachment = db.read(|c| {
                load::application(c, &claims, id)?;
                applications::find_attachment(c, id, attachment_id).or_not_found("the attachment")
            })?;
            let content = blobs.get(&attachment.sha256)?;
            Ok((attachment, content))
        })
        .await
}

/// Detaches a document from a draft (the record and the file are kept, marked detached).
pub async fn detach(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    attachment_id: Uuid,
) -> Result<ApplicationView, ApiError> {
    let claims = claims.clone();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let (mut loaded, now) = own_draft(c, &claims, id, clock)?;
            let ((), after) = audited_change(
                c,
                clock,
                now,
                &mut loaded,
                &actor,
                "application.detach",
                |c, _| {
                    applications::find_attachment(c, id, attachment_id)
                        .or_not_found("the attachment")?;
                    applications::detach_attachment(c, attachment_id, &actor, now).map_err(
                        |e| match e {
                            StoreError::NotFound => ApiError::Refused(Rule::AttachmentDetached),
                            other => other.into(),
                        },
                    )?;
                    Ok(())
                },
            )?;
            Ok(after)
        })
        .await
}

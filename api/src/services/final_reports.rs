//! The grantee's final report (the spent amount and the document that shows it) and the admin's
//! verdict on it: submitting, listing, downloading, deciding; and the reports' read model, which
//! the grant view and the settlement read.

use chrono::{DateTime, Utc};
use grantdesk_domain::webhook::EventType;
use grantdesk_domain::Rule;
use grantdesk_domain::{date_in_brussels, Money};
use grantdesk_persistence::grants::{self, FinalReport, Grant, Verdict};
use grantdesk_persistence::{audit, calls, notifications, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::grants::{FinalReportView, VerdictRequest};
use crate::error::ApiError;
use crate::services::files::check_file;
use crate::services::load;
use crate::services::webhooks;
use crate::state::AppState;

/// The grant's reports with their verdicts, oldest first.
pub fn report_views(c: &mut DbConn, grant: Uuid) -> Result<Vec<FinalReportView>, ApiError> {
    let reports = grants::reports_of(c, grant)?;
    let verdicts = grants::verdicts_of(c, grant)?;
    Ok(reports
        .iter()
        .map(|r| FinalReportView::new(r, verdicts.iter().find(|v| v.report_id == r.id)))
        .collect())
}

/// The latest report and its verdict, if any.
fn latest(c: &mut DbConn, grant: Uuid) -> Result<Option<(FinalReport, Option<Verdict>)>, ApiError> {
    let reports = grants::reports_of(c, grant)?;
    let verdicts = grants::verdicts_of(c, grant)?;
    Ok(reports.into_iter().last().map(|r| {
        let v = verdicts.into_iter().find(|v| v.report_id == r.id);
        (r, v)
    }))
}

/// The accepted spend of the grant's accepted final report, if any.
pub fn accepted(c: &mut DbConn, grant: Uuid) -> Result<Option<(Uuid, Money)>, ApiError> {
    Ok(latest(c, grant)?.and_then(|(r, v)| v.and_then(|v| v.accepted_spend.map(|m| (r.id, m)))))
}

/// A final report can be submitted from the grant's start, while the grant is not settled and
/// no report awaits a verdict or was accepted.
fn check_can_report(c: &mut DbConn, grant: &Grant, now: DateTime<Utc>) -> Result<(), ApiError> {
    if date_in_brussels(now) < grant.start_date {
        return Err(ApiError::Refused(Rule::ReportBeforeStart {
            start: grant.start_date.to_string(),
        }));
    }
    if let Some(done) = grants::find_settlement(c, Some(grant.id), None)? {
        return Err(ApiError::Refused(Rule::GrantSettled {
            settlement: done.id.to_string(),
        }));
    }
    match latest(c, grant.id)? {
        Some((r, None)) => Err(ApiError::Refused(Rule::ReportAwaitsVerdict {
            version: r.version,
        })),
        Some((r, Some(v))) if v.accepted_spend.is_some() => {
            Err(ApiError::Refused(Rule::ReportAccepted {
                version: r.version,
            }))
        }
        _ => Ok(()),
    }
}

/// The report's view, recorded in the audit trail as `action` on its grant.
fn audited(
    c: &mut DbConn,
    actor: &str,
    action: &str,
    report: &FinalReport,
    verdict: Option<&Verdict>,
    now: DateTime<Utc>,
) -> Result<FinalReportView, ApiError> {
    let view = FinalReportView::new(report, verdict);
    audit::record(
        c,
        actor,
        action,
        ("grant", &report.grant_id.to_string()),
        None,
        serde_json::to_value(&view).ok(),
        now,
    )?;
    Ok(view)
}

/// Whether the bearer may submit a final report on grant `id` now: asked before the upload is
/// read, so that nobody streams megabytes only to hear "not found".
pub async fn check_can_submit(state: &AppState, claims: &Claims, id: Uuid) -> Result<(), ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            let grant = load::payable_grant(c, &claims, id)?;
            check_can_report(c, &grant, clock.now())
        })
        .await
}

/// Submits a final report on grant `id` (a member of the grantee organisation): `spent`, and
/// the document, which is checked, then stored before the row that names it (as attachments
/// are). A rejected report is followed by a new version.
pub async fn submit(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    spent: Money,
    file_name: String,
    content: Vec<u8>,
) -> Result<FinalReportView, ApiError> {
    let (file_name, media) = check_file(&file_name, &content)?;
    let claims = claims.clone();
    let actor = claims.actor();
    let blobs = state.blobs.clone();
    state
        .run(move |db, clock| {
            db.read(|c| {
                let grant = load::payable_grant(c, &claims, id)?;
                check_can_report(c, &grant, clock.now())
            })?;
            // stored before the row that names it, as attachments are
            let sha256 = blobs.put(&content)?;
            db.write(|c| {
                let now = clock.now();
                let grant = load::payable_grant(c, &claims, id)?;
                check_can_report(c, &grant, now)?;
                let version = grants::reports_of(c, id)?.len() as u32 + 1;
                let report = FinalReport {
                    id: Uuid::new_v4(),
                    grant_id: id,
                    version,
                    spent,
                    file_name: file_name.clone(),
                    media_type: media.as_str().to_owned(),
                    size_bytes: content.len() as i64,
                    sha256: sha256.clone(),
                    submitted_by: actor.clone(),
                    submitted_at: now,
                };
                grants::insert_report(c, &report)?;
                audited(c, &actor, "grant.final_report.submit", &report, None, now)
            })
        })
        .await
}

/// A grant's final reports with their verdicts, oldest first (those who may see the grant).
pub async fn list(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<Vec<FinalReportView>, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            load::grant(c, &claims, id)?;
            report_views(c, id)
        })
        .await
}

/// Version `version` of a grant's final report and its document (those who may see the grant).
pub async fn document(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    version: u32,
) -> Result<(FinalReport, Vec<u8>), ApiError> {
    let claims = claims.clone();
    let blobs = state.blobs.clone();
    state
        .run(move |db, _| {
            let report = db.read(|c| {
                load::grant(c, &claims, id)?;
                grants::reports_of(c, id)?
                    .into_iter()
                    .find(|r| r.version == version)
                    .ok_or_else(|| ApiError::not_found("the final report"))
            })?;
            let content = blobs.get(&report.sha256)?;
            Ok::<_, ApiError>((report, content))
        })
        .await
}

/// Records the admin's verdict on the latest final report of grant `id`: accepted (with the
/// accepted spend, at most what was reported; by default all of it) or rejected. A motivation
/// is required when rejecting or accepting less than reported.
pub async fn decide(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: VerdictRequest,
) -> Result<FinalReportView, ApiError> {
    let accept = match body.verdict.as_str() {
        "accepted" => true,
        "rejected" => false,
        _ => {
            return Err(ApiError::rule(
                "verdict",
                &Rule::OneOf {
                    choices: "accepted, rejected".into(),
                },
            ))
        }
    };
    let motivation = body
        .motivation
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned();
    if !accept && body.accepted_spend.is_some() {
        return Err(ApiError::rule("accepted_spend", &Rule::AmountNotExpected));
    }
    let claims = claims.clone();
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            load::grant(c, &claims, id)?;
            let (report, verdict) = latest(c, id)?.ok_or(ApiError::Refused(Rule::NoFinalReport))?;
            if verdict.is_some() {
                return Err(ApiError::Refused(Rule::ReportHasVerdict {
                    version: report.version,
                }));
            }
            let accepted_spend = if accept {
                let amount = body.accepted_spend.unwrap_or(report.spent);
                if amount > report.spent {
                    return Err(ApiError::rule(
                        "accepted_spend",
                        &Rule::AmountAbove {
                            max: report.spent.to_string(),
                        },
                    ));
                }
                Some(amount)
            } else {
                None
            };
            let partial = accepted_spend.is_some_and(|a| a < report.spent);
            if (!accept || partial) && motivation.is_empty() {
                return Err(ApiError::rule("motivation", &Rule::MotivationRequired));
            }
            let v = Verdict {
                report_id: report.id,
                grant_id: id,
                accepted_spend,
                motivation: motivation.clone(),
                decided_by: actor.clone(),
                decided_at: now,
            };
            grants::insert_verdict(c, &v)?;
            tell_verdict(c, id, &report, &v, now)?;
            audited(
                c,
                &actor,
                "grant.final_report.verdict",
                &report,
                Some(&v),
                now,
            )
        })
        .await
}

/// Tells the grant's organisation (its members, and its integrations) the verdict on its final
/// report.
fn tell_verdict(
    c: &mut DbConn,
    grant: Uuid,
    report: &FinalReport,
    v: &Verdict,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let grant = grants::find(c, grant)?;
    let call = calls::find(c, grant.call_id)?.call;
    let verdict = if v.accepted_spend.is_some() {
        "accepted"
    } else {
        "rejected"
    };
    let facts = serde_json::json!({
        "grant_id": grant.id,
        "call": {"id": call.id, "reference": call.reference, "title": call.title},
        "organisation_id": grant.organisation_id,
        "version": report.version,
        "verdict": verdict,
        "reported_spend": report.spent.to_string(),
        "accepted_spend": v.accepted_spend.map(|m| m.to_string()),
        "motivation": v.motivation,
    });
    notifications::to_members(
        c,
        grant.organisation_id,
        "final_report_verdict",
        &facts,
        now,
    )?;
    webhooks::publish(
        c,
        Some(grant.organisation_id),
        EventType::FinalReportDecided,
        facts,
        now,
    )?;
    Ok(())
}

//! Loading with visibility: what the bearer may see, or "not found". Another organisation's
//! application, grant or organisation is a 404, never a 403, so that a stranger cannot even
//! learn that it exists.

use grantdesk_domain::Rule;
use grantdesk_domain::{check_representative, ApplicationStatus, AssignmentStatus, Call, Role};
use grantdesk_persistence::applications::{self, ApplicationRecord};
use grantdesk_persistence::assessment::{self, Assignment};
use grantdesk_persistence::calls::{self, CallRecord};
use grantdesk_persistence::grants::{self, Grant};
use grantdesk_persistence::memberships::{self, Membership};
use grantdesk_persistence::notifications::{self, Recipients};
use grantdesk_persistence::organisations::{self, Organisation};
use grantdesk_persistence::{after_decision, DbConn, StoreError};
use uuid::Uuid;

use crate::auth::Claims;
use crate::error::{ApiError, OrNotFound};

/// A call, or 404.
pub fn call(c: &mut DbConn, id: Uuid) -> Result<CallRecord, ApiError> {
    calls::find(c, id).or_not_found("the call")
}

/// The calls with `ids` (each read once, however often it is named), by id: for read models
/// that name the call of many rows.
pub fn calls_by_id(
    c: &mut DbConn,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<std::collections::BTreeMap<Uuid, Call>, ApiError> {
    let mut found = std::collections::BTreeMap::new();
    for id in ids {
        if let std::collections::btree_map::Entry::Vacant(e) = found.entry(id) {
            e.insert(calls::find(c, id)?.call);
        }
    }
    Ok(found)
}

/// A call that is published (open or further along), or 404: what anyone may ask about.
pub fn published_call(c: &mut DbConn, id: Uuid) -> Result<Call, ApiError> {
    let call = call(c, id)?.call;
    if !call.status.is_published() {
        return Err(ApiError::not_found("the call"));
    }
    Ok(call)
}

/// An application with its call and lead organisation.
pub struct Loaded {
    pub app: ApplicationRecord,
    pub call: Call,
    pub lead: Organisation,
}

fn no_application() -> ApiError {
    ApiError::not_found("the application")
}

/// An application the bearer may read: admins and auditors read all; applicants their own
/// organisations'; reviewers those assigned to them, until they declare a conflict.
pub fn application(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<Loaded, ApiError> {
    let app = found(applications::find(c, id))?;
    visible(c, claims, app)
}

/// The application with its call and lead, if the bearer may read it ([`application`]).
fn visible(c: &mut DbConn, claims: &Claims, app: ApplicationRecord) -> Result<Loaded, ApiError> {
    allowed(c, claims, &app)?;
    with_call_and_lead(c, app)
}

/// Whether the bearer may see `app`: staff who see every application, a member of its lead
/// organisation, a reviewer assigned to it.
fn allowed(c: &mut DbConn, claims: &Claims, app: &ApplicationRecord) -> Result<(), ApiError> {
    let allowed = match claims.role {
        Role::Admin | Role::Auditor => true,
        Role::Applicant => organisations::is_member(c, app.lead_organisation_id, claims.sub)?,
        Role::Reviewer => assessment::assignment_of(c, app.id, claims.sub)?
            .is_some_and(|a| a.status == AssignmentStatus::Active),
        Role::Finance => false,
    };
    if !allowed {
        return Err(no_application());
    }
    Ok(())
}

fn found(app: Result<ApplicationRecord, StoreError>) -> Result<ApplicationRecord, ApiError> {
    app.map_err(|e| match e {
        StoreError::NotFound => no_application(),
        other => other.into(),
    })
}

fn with_call_and_lead(c: &mut DbConn, app: ApplicationRecord) -> Result<Loaded, ApiError> {
    let call = calls::find(c, app.call_id)?.call;
    let lead = organisations::find(c, app.lead_organisation_id)?;
    Ok(Loaded { app, call, lead })
}

/// The bearer's own application to submit (a member of its lead organisation), its row locked
/// until the transaction ends ([`applications::find_locked`]: two submits of one draft run
/// one after the other), with the lead organisation's members, whom the receipt goes to. The
/// lead and its members are read in one statement, once for both: the bearer is allowed when
/// it is one of them (the same rule as [`application`]'s, `organisations::is_member`, on the
/// same rows).
pub fn own_application_to_submit(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
    histories: &calls::HistoryCache,
) -> Result<(Loaded, Recipients), ApiError> {
    if claims.role != Role::Applicant {
        return Err(no_application());
    }
    let app = found(applications::find_locked(c, id))?;
    let Some((lead, members)) =
        notifications::organisation_and_recipients(c, app.lead_organisation_id)?
    else {
        return Err(no_application());
    };
    if !members.includes(claims.sub) {
        return Err(no_application());
    }
    // the submission has written nothing yet, so what it reads of the call was committed
    let call = calls::find_with_cache(c, app.call_id, histories)?.call;
    Ok((Loaded { app, call, lead }, members))
}

/// An application the bearer may change: a member of its lead organisation.
pub fn own_application(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<Loaded, ApiError> {
    if claims.role != Role::Applicant {
        return Err(no_application());
    }
    application(c, claims, id)
}

/// An application under assessment (admin): its call is in assessment and it was submitted.
/// Its row is locked until the transaction ends, in the statement that loads it
/// ([`applications::find_locked`]): two admins deciding or screening it at once take turns,
/// and what the second reads is what the first committed. The call's history comes from
/// `histories` while the call's row is at the version it was read at: for a transaction that
/// has not written the call (a decision, a screening, an assignment write no call).
pub fn application_in_assessment(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
    histories: &calls::HistoryCache,
) -> Result<Loaded, ApiError> {
    let app = found(applications::find_locked(c, id))?;
    allowed(c, claims, &app)?;
    let call = calls::find_with_cache(c, app.call_id, histories)?.call;
    let lead = organisations::find(c, app.lead_organisation_id)?;
    let loaded = Loaded { app, call, lead };
    loaded.call.check_in_assessment()?;
    if loaded.app.status != ApplicationStatus::Submitted {
        return Err(ApiError::Refused(Rule::OnlySubmittedAssessed {
            status: loaded.app.status.as_str().to_owned(),
        }));
    }
    Ok(loaded)
}

/// The reviewer's own assignment, active, in a call in assessment, with that call.
pub fn own_assignment(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
) -> Result<(Assignment, Call), ApiError> {
    let a = assessment::find_assignment(c, id).or_not_found("the assignment")?;
    if a.reviewer_id != claims.sub {
        return Err(ApiError::not_found("the assignment"));
    }
    if a.status != AssignmentStatus::Active {
        return Err(ApiError::Refused(Rule::ConflictDeclared));
    }
    let app = applications::find(c, a.application_id)?;
    let call = calls::find(c, app.call_id)?.call;
    call.check_in_assessment()?;
    Ok((a, call))
}

/// An organisation whose members (names, e-mail addresses) the bearer may see: staff who see
/// all organisations, or a member of it; a reviewer never.
pub fn organisation_members_of(
    c: &mut DbConn,
    claims: &Claims,
    id: Uuid,
) -> Result<Organisation, ApiError> {
    if !claims.role.sees_all_members() && !organisations::is_member(c, id, claims.sub)? {
        return Err(ApiError::not_found("the organisation"));
    }
    organisation(c, claims, id)
}

/// A grant the bearer may see: staff all; an applicant their organisations' own.
pub fn grant(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<Grant, ApiError> {
    let grant = grants::find(c, id).or_not_found("the grant")?;
    if claims.role == Role::Applicant
        && !organisations::is_member(c, grant.organisation_id, claims.sub)?
    {
        return Err(ApiError::not_found("the grant"));
    }
    Ok(grant)
}

/// A grant the bearer may see ([`grant`]) that may be paid, settled or reported on: its award
/// is accepted by its organisation (409 `awaiting_acceptance` otherwise, naming where it
/// stands) and not cancelled (409 `grant_cancelled`).
pub fn payable_grant(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<Grant, ApiError> {
    let grant = self::grant(c, claims, id)?;
    let status = after_decision::acceptance_of(c, id)?.acceptance.status;
    if !status.is_payable() {
        return Err(ApiError::Refused(Rule::AwaitingAcceptance {
            status: status.to_string(),
        }));
    }
    check_not_cancelled(c, id)?;
    Ok(grant)
}

/// Refuses (409 `grant_cancelled`) a grant the funder cancelled: nothing more is paid, reported
/// or settled on it.
pub fn check_not_cancelled(c: &mut DbConn, grant: Uuid) -> Result<(), ApiError> {
    match grants::find_cancellation(c, Some(grant), None)? {
        Some(done) => Err(ApiError::Refused(Rule::GrantCancelled {
            cancellation: done.id.to_string(),
        })),
        None => Ok(()),
    }
}

/// An organisation the bearer may see: staff all; applicants only their own; reviewers only
/// those leading an application they are assigned to.
pub fn organisation(c: &mut DbConn, claims: &Claims, id: Uuid) -> Result<Organisation, ApiError> {
    let not_found = || ApiError::not_found("the organisation");
    if !organisations::within_reach(c, id, claims.role.organisation_reach(), claims.sub)? {
        return Err(not_found());
    }
    organisations::find(c, id).map_err(|e| match e {
        StoreError::NotFound => not_found(),
        other => other.into(),
    })
}

/// The organisation (visible to the bearer, or 404) and the bearer's membership of it.
pub fn own_membership(
    c: &mut DbConn,
    claims: &Claims,
    organisation: Uuid,
) -> Result<(Organisation, Membership), ApiError> {
    let org = self::organisation(c, claims, organisation)?;
    let membership = memberships::find(c, organisation, claims.sub)?
        .ok_or_else(|| ApiError::not_found("the organisation"))?;
    Ok((org, membership))
}

/// The organisation, if the bearer is its representative: 404 when they cannot see it, 403
/// (naming `action`) when they are a member but not the representative.
pub fn as_representative(
    c: &mut DbConn,
    claims: &Claims,
    organisation: Uuid,
    action: &'static str,
) -> Result<Organisation, ApiError> {
    let (org, membership) = own_membership(c, claims, organisation)?;
    check_representative(membership.role, action)?;
    Ok(org)
}

//! State aid across calls (issue #15): the regulations a call's aid relies on, and the check
//! that a call names one of its regime's.

use chrono::{DateTime, Utc};
use grantdesk_domain::aid::{
    check_award, declared_aid, window, AwardRefusal, CallAid, Ended, Regulation,
};
use grantdesk_domain::{date_in_brussels, Call, Money, Rule};
use grantdesk_persistence::aid::CountedAward;
use grantdesk_persistence::{aid, audit, control_links, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::aid::RegulationView;
use crate::error::{AidCeilingRefusal, ApiError};
use crate::state::AppState;

/// An award the check at award is asked about: to `application` of `organisation` in `call`,
/// `requested`, made by `actor` at `now`.
pub(crate) struct AwardAsked<'a> {
    pub call: &'a Call,
    pub application: Uuid,
    pub organisation: Uuid,
    pub requested: Money,
    pub actor: &'a str,
    pub now: DateTime<Utc>,
}

/// The check at award (issue #15), in the caller's transaction, for an award held in a call
/// whose aid regime has a ceiling (a decision, the selection's end, a re-offer from the
/// reserve list, an upheld objection's award); other calls' awards pass as asked. The single
/// undertaking's aid locks are taken, then: the regulation applies on the award's Brussels day,
/// and the group's counted awards plus its declared aid in the window ending that day plus this
/// award stay within the ceiling (the domain's `check_award`), or, when `cap` (the call's
/// `cap_to_headroom`), the award is capped to the headroom. The award is then counted (the
/// application's earlier counted award ended as `because`). Answers the amount that may be
/// awarded; refused with every figure (409 `aid_ceiling`) or for a regulation not in force.
pub(crate) fn count_award(
    c: &mut DbConn,
    asked: &AwardAsked<'_>,
    cap: bool,
    because: Ended,
) -> Result<Money, ApiError> {
    let call = asked.call;
    let (true, Some(code)) = (call.aid.regime.has_ceiling(), call.aid.regulation.as_ref()) else {
        return Ok(asked.requested);
    };
    let regulation = aid::regulation(c, code)?
        .ok_or_else(|| {
            ApiError::Internal(format!("the call's regulation {code} is not installed"))
        })?
        .regulation;
    let group = lock_single_undertaking(c, asked.organisation)?;
    let day = date_in_brussels(asked.now);
    let years = regulation.period_years.unwrap_or(0);
    let Some(span) = window(day, years) else {
        return Err(ApiError::Refused(Rule::TooFarAhead));
    };
    let awarded: Vec<_> = aid::counted_in(c, &group, span)?
        .into_iter()
        .filter(|a| a.application_id != asked.application)
        .map(|a| (a.award_day, a.amount))
        .collect();
    let declarations = aid::declarations_of(c, &group)?;
    let declared = declared_aid(declarations.iter().map(|(org, d)| (*org, d)));
    let amount = match check_award(
        &regulation,
        day,
        asked.requested,
        (&awarded, &declared),
        cap,
    ) {
        Ok(outcome) => outcome.amount(),
        Err(AwardRefusal::Ceiling(figures)) => {
            return Err(ApiError::AidCeiling(Box::new(AidCeilingRefusal {
                application: asked.application,
                window: span,
                figures,
            })))
        }
        Err(refusal) => return Err(ApiError::Refused(refusal.rule())),
    };
    aid::end_counted(c, asked.application, because, asked.now)?;
    aid::insert_counted(
        c,
        &CountedAward {
            id: Uuid::new_v4(),
            organisation_id: asked.organisation,
            application_id: asked.application,
            call_id: call.id,
            regulation: regulation.code.clone(),
            award_day: day,
            amount,
            made_by: asked.actor.to_owned(),
            made_at: asked.now,
            ended: None,
        },
    )?;
    Ok(amount)
}

/// The award of `application` in `call` stops counting (`because`), if it counts; in the
/// caller's transaction. Nothing is read in a call without a ceiling (its awards never count).
pub(crate) fn end_award(
    c: &mut DbConn,
    call: &Call,
    application: Uuid,
    because: Ended,
    now: DateTime<Utc>,
) -> Result<Option<CountedAward>, ApiError> {
    if !call.aid.regime.has_ceiling() {
        return Ok(None);
    }
    Ok(aid::end_counted(c, application, because, now)?)
}

/// A cancelled grant: its counted award (if it counts) ends as `cancelled`, and what the
/// grantee keeps, when more than zero, counts from the same day under the same regulation.
pub(crate) fn restate_kept(
    c: &mut DbConn,
    call: &Call,
    grant: Uuid,
    kept: Money,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let Some(ended) = end_award(c, call, grant, Ended::Cancelled, now)? else {
        return Ok(());
    };
    if kept.is_zero() {
        return Ok(());
    }
    aid::insert_counted(
        c,
        &CountedAward {
            id: Uuid::new_v4(),
            amount: kept,
            made_by: actor.to_owned(),
            made_at: now,
            ..ended
        },
    )?;
    Ok(())
}

/// Takes the aid locks of `organisation`'s single undertaking (every member's, in order) and
/// answers the undertaking as it is under them: a link confirmed meanwhile adds members, whose
/// locks are then taken too. Where taking the locks cannot have let anything change (SQLite's
/// write transaction), the undertaking read first is the one answered.
pub(crate) fn lock_single_undertaking(
    c: &mut DbConn,
    organisation: Uuid,
) -> Result<std::collections::BTreeSet<Uuid>, ApiError> {
    let mut locked = std::collections::BTreeSet::new();
    loop {
        let group = control_links::single_undertaking_of(c, organisation)?;
        let new: std::collections::BTreeSet<Uuid> = group.difference(&locked).copied().collect();
        if new.is_empty() {
            return Ok(group);
        }
        if !aid::lock_undertaking(c, &new)? {
            return Ok(group);
        }
        locked.extend(new);
    }
}

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
            let record = aid::regulation(c, &regulation.code)?
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

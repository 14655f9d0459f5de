//! The reserve list (issue #14): placed when the selection is final, and moved up by itself.
//! Money freed in an account awards draw on (a renunciation, an expiry, a settlement below
//! the commitment) is offered, in the same transaction that freed it, to the first waiting
//! application that fits; an offer is an award hold, a decision `selected`, a grant awaiting
//! its acceptance and a letter. Also: an upheld objection's award, and its place on the list
//! when no money is free.
//!
//! Callers hold the call's row lock (as every use case that changes an award's fate does), so
//! two releases in one call offer one after the other.

use chrono::{DateTime, Utc};
use grantdesk_domain::acceptance::Acceptance;
use grantdesk_domain::legal_period::period_end;
use grantdesk_domain::reserve::{
    candidate_amount, next_offer, rank_of_newcomer, reserve_lists, Candidate, Offer, Place,
};
use grantdesk_domain::{postings, AccountRef, Call, DecisionKind, Money, Rule};
use grantdesk_persistence::after_decision::{self, AcceptanceRecord, PlaceRecord};
use grantdesk_persistence::assessment::{self, DecisionRecord};
use grantdesk_persistence::grants::{self, Grant};
use grantdesk_persistence::{applications, audit, ledger, DbConn};
use uuid::Uuid;

use crate::error::ApiError;
use crate::services::aid::{self, AwardAsked};
use crate::services::letters::{enqueue_letter, Letter};
use crate::services::ranking;
use grantdesk_domain::aid::Ended;

/// The acceptance of an award made at `offered_at` in `call`: pending until the end of the
/// call's acceptance period, in the call's zone.
pub(crate) fn offered(
    call: &Call,
    grant: Uuid,
    offered_at: DateTime<Utc>,
    hold: Option<Uuid>,
    partial: bool,
) -> Result<AcceptanceRecord, ApiError> {
    let acceptance = Acceptance::offered(
        offered_at,
        call.after_decision.acceptance_days,
        call.deadline.zone(),
    )
    .map_err(ApiError::Refused)?;
    Ok(AcceptanceRecord {
        grant_id: grant,
        call_id: call.id,
        offered_at,
        acceptance,
        hold_transfer_id: hold,
        partial,
        answered_at: None,
        answered_by: None,
    })
}

/// At the selection's end, for a grant the selection made: its acceptance, pending. Answers
/// the end of its period (for the letter).
pub(crate) fn offer_selected(
    c: &mut DbConn,
    call: &Call,
    grant: Uuid,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, ApiError> {
    let record = offered(call, grant, now, None, false)?;
    after_decision::insert_acceptance(c, &record)?;
    Ok(record.acceptance.due.instant())
}

/// At the selection's end: the reserve list, from the applications decided `reserve` that
/// scored at or above the call's threshold, per track in ranking order, waiting until the end
/// of the call's reserve period.
pub(crate) fn place_reserve(
    c: &mut DbConn,
    call: &Call,
    decisions: &[DecisionRecord],
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let lines = ranking::lines_of(c, call.id, None)?;
    let candidates = lines
        .into_iter()
        .filter(|l| {
            decisions
                .iter()
                .any(|d| d.application_id == l.application_id && d.kind == DecisionKind::Reserve)
        })
        .map(|l| Candidate {
            application: l.application_id,
            track: l.track,
            score: l.score,
            received_at: l.received_at,
            amount: candidate_amount(l.requested_amount, call.cap_per_project),
        })
        .collect();
    let places = reserve_lists(candidates, call.after_decision.reserve_threshold);
    let until = period_end(now, call.after_decision.reserve_days, call.deadline.zone())
        .ok_or(ApiError::Refused(Rule::TooFarAhead))?;
    after_decision::insert_places(c, call.id, &places, now, until.instant())?;
    Ok(())
}

/// Offers what is free in the account an award of `freed_track` draws on to the reserve list,
/// one application after another while one fits (or, with partial awards, the first in line
/// gets what is left), as long as the call's reserve period runs. Answers the applications
/// offered.
pub(crate) fn offer_from_reserve(
    c: &mut DbConn,
    call: &Call,
    freed_track: u8,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Uuid>, ApiError> {
    let source = postings::award_source(call, freed_track);
    let mut offered = Vec::new();
    loop {
        let places = waiting_in(c, call, &source, now)?;
        if places.is_empty() {
            break;
        }
        let free = ledger::available(c, &call.article, call.budget_year, &source)?;
        let waiting: Vec<_> = places.iter().map(|p| p.place.clone()).collect();
        let Some(offer) = next_offer(
            &waiting,
            freed_track,
            free,
            call.after_decision.partial_awards,
        ) else {
            break;
        };
        let Some(place) = places
            .iter()
            .find(|p| p.place.application == offer.application)
        else {
            break;
        };
        if offer_place(c, call, place, &offer, actor, now)? {
            offered.push(offer.application);
        }
    }
    Ok(offered)
}

/// One offer from the reserve: the place marked offered, then the award ([`offer`]). A place
/// whose award the check at award refuses (the applicant's single undertaking has too little
/// of its de minimis ceiling left, or the regulation no longer applies) is passed over: it
/// leaves the list, the refusal with its figures is audited (`reserve.pass_over`), and false
/// is answered.
fn offer_place(
    c: &mut DbConn,
    call: &Call,
    place: &PlaceRecord,
    offer_made: &Offer,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let application = place.place.application;
    if !after_decision::mark_offered(c, application, now)? {
        return Err(ApiError::Internal(format!(
            "reserve place {application} offered twice under the call's lock"
        )));
    }
    let motivation = format!(
        "offered from the reserve list (track {}, rank {})",
        place.place.track, place.place.rank
    );
    match offer(
        c,
        call,
        (application, place.place.track),
        (offer_made.amount, offer_made.partial),
        &motivation,
        actor,
        now,
    ) {
        Ok(_) => Ok(true),
        Err(
            refused @ (ApiError::AidCeiling(_)
            | ApiError::Refused(Rule::RegulationNotInForce { .. })),
        ) => {
            let problem = refused.problem();
            audit::record(
                c,
                actor,
                "reserve.pass_over",
                ("application", &application.to_string()),
                None,
                Some(serde_json::json!({"amount": offer_made.amount.to_string(),
                    "rule": problem.rule, "params": problem.params, "detail": problem.detail})),
                now,
            )?;
            Ok(false)
        }
        Err(other) => Err(other),
    }
}

/// An award made after the selection's end (from the reserve, or on an upheld objection): the
/// award held, a decision `selected`, a grant awaiting its acceptance, the audit entry and the
/// letter. Answers the end of the acceptance period.
pub(crate) fn offer(
    c: &mut DbConn,
    call: &Call,
    (application, track): (Uuid, u8),
    (amount, partial): (Money, bool),
    motivation: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, ApiError> {
    let app = applications::find(c, application)?;
    // the check at award (a de minimis call): counted against the single undertaking's
    // ceiling, or capped to its headroom, or refused with the figures
    let requested = amount;
    let amount = aid::count_award(
        c,
        &AwardAsked {
            call,
            application,
            organisation: app.lead_organisation_id,
            requested,
            actor,
            now,
        },
        call.aid.cap_to_headroom,
        Ended::Replaced,
    )?;
    let partial = partial || amount < requested;
    let hold = Uuid::new_v4();
    let held = [postings::offer_award(
        call,
        application,
        track,
        amount,
        hold,
    )];
    ledger::execute(c, &call.article, call.budget_year, &held, actor, now)?;
    assessment::record_decision(
        c,
        &DecisionRecord {
            id: Uuid::new_v4(),
            application_id: application,
            call_id: call.id,
            kind: DecisionKind::Selected,
            awarded: Some(amount),
            motivation: motivation.to_owned(),
            hold_transfer_id: Some(hold),
            decided_by: actor.to_owned(),
            decided_at: now,
        },
    )?;
    let grant = Grant {
        id: application,
        call_id: call.id,
        organisation_id: app.lead_organisation_id,
        track,
        committed: amount,
        start_date: call.start_date,
        end_date: call.grant_end_date(),
        tranches: call.tranches(),
        created_at: now,
    };
    grants::insert(c, &grant)?;
    let record = offered(call, application, now, Some(hold), partial)?;
    after_decision::insert_acceptance(c, &record)?;
    let due = record.acceptance.due.instant();
    audit::record(
        c,
        actor,
        "grant.offer",
        ("grant", &application.to_string()),
        None,
        Some(
            serde_json::json!({"committed": amount.to_string(), "partial": partial,
            "track": track, "motivation": motivation,
            "acceptance_due": record.acceptance.due.to_rfc3339()}),
        ),
        now,
    )?;
    let letter = Letter {
        decision: DecisionKind::Selected.as_str(),
        awarded: Some(amount),
        motivation,
        screening_reason: None,
        acceptance_due: Some(due),
    };
    enqueue_letter(c, call, &app, letter, now)?;
    Ok(due)
}

/// An upheld objection with no money free: the application joins its track's reserve list at
/// the rank its score gives it among the track's places (unless it has a place already), for
/// `amount`, until the end of the call's reserve period.
pub(crate) fn place_upheld(
    c: &mut DbConn,
    call: &Call,
    app: &applications::ApplicationRecord,
    amount: Money,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let places = after_decision::places_of(c, call.id)?;
    if places.iter().any(|p| p.place.application == app.id) {
        return Ok(());
    }
    let lines = ranking::lines_of(c, call.id, Some(app.content.track))?;
    let candidate = |application: Uuid, amount: Money| {
        lines
            .iter()
            .find(|l| l.application_id == application)
            .map(|l| Candidate {
                application,
                track: l.track,
                score: l.score,
                received_at: l.received_at,
                amount,
            })
    };
    let others: Vec<Candidate> = places
        .iter()
        .filter(|p| p.place.track == app.content.track)
        .filter_map(|p| candidate(p.place.application, p.place.amount))
        .collect();
    let newcomer = candidate(app.id, amount).ok_or_else(|| {
        ApiError::Refused(Rule::OnlySubmittedAssessed {
            status: app.status.to_string(),
        })
    })?;
    let place = Place {
        application: app.id,
        track: app.content.track,
        rank: rank_of_newcomer(&others, &newcomer),
        amount,
    };
    let until = match places.first() {
        Some(p) => p.until,
        None => {
            let letter_at = after_decision::first_letter_at(c, app.id)?.unwrap_or(now);
            period_end(
                letter_at,
                call.after_decision.reserve_days,
                call.deadline.zone(),
            )
            .ok_or(ApiError::Refused(Rule::TooFarAhead))?
            .instant()
        }
    };
    after_decision::insert_place_at(c, call.id, &place, now, until)?;
    Ok(())
}

/// The account an award of `track` draws on, if the reserve list has a place waiting for money
/// there (not offered yet, the reserve period running): where money that frees up is offered.
pub(crate) fn waiting_account(
    c: &mut DbConn,
    call: &Call,
    track: u8,
    now: DateTime<Utc>,
) -> Result<Option<AccountRef>, ApiError> {
    let source = postings::award_source(call, track);
    let waits = !waiting_in(c, call, &source, now)?.is_empty();
    Ok(waits.then_some(source))
}

/// The places waiting at `now` for money in `source`: those of every track whose awards draw on
/// it.
fn waiting_in(
    c: &mut DbConn,
    call: &Call,
    source: &AccountRef,
    now: DateTime<Utc>,
) -> Result<Vec<PlaceRecord>, ApiError> {
    Ok(after_decision::places_of(c, call.id)?
        .into_iter()
        .filter(|p| p.waits_at(now) && postings::award_source(call, p.place.track) == *source)
        .collect())
}

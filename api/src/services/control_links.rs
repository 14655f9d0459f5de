//! Control links and single undertakings (issue #15): a representative declares that its
//! organisation controls another or is controlled by it (by one of the regulation's four
//! criteria); staff confirm or reject the declaration, and end a confirmed link when the control
//! ceases. Confirmed links make a single undertaking (the domain's `single_undertaking`), shown
//! to the organisation's members and to staff, with where it stands under each de minimis
//! ceiling.

use std::collections::{BTreeMap, BTreeSet};

use grantdesk_domain::aid::{declared_aid, distinct_declarations, position, window};
use grantdesk_domain::undertaking::{check_link, check_reason, decide, ControlLink, LinkStatus};
use grantdesk_domain::{Kbo, Rule};
use grantdesk_persistence::control_links::{self, LinkRecord};
use grantdesk_persistence::organisations::{self, Organisation};
use grantdesk_persistence::{aid, audit, DbConn};
use uuid::Uuid;

use crate::auth::Claims;
use crate::dto::aid::{
    AidPositionView, ControlLinkRequest, ControlLinkView, CountedAwardView, DeclaredAidView,
    LinkDecisionRequest, LinkListQuery, OrganisationRef, OtherIs, RegulationPositionView,
    SingleUndertakingView,
};
use crate::error::ApiError;
use crate::pagination::{Page, PageQuery};
use crate::services::load;
use crate::state::AppState;

/// The views of `links`, each naming its two organisations (read once each).
fn views(c: &mut DbConn, links: &[LinkRecord]) -> Result<Vec<ControlLinkView>, ApiError> {
    let mut known: BTreeMap<Uuid, Organisation> = BTreeMap::new();
    let mut out = Vec::with_capacity(links.len());
    for r in links {
        for id in [r.link.parent, r.link.subsidiary] {
            if let std::collections::btree_map::Entry::Vacant(e) = known.entry(id) {
                e.insert(organisations::find(c, id)?);
            }
        }
        out.push(ControlLinkView::new(
            r,
            &known[&r.link.parent],
            &known[&r.link.subsidiary],
        ));
    }
    Ok(out)
}

/// The organisations of a single undertaking, as a view names them, by id.
fn members(c: &mut DbConn, group: &BTreeSet<Uuid>) -> Result<Vec<OrganisationRef>, ApiError> {
    group
        .iter()
        .map(|m| Ok(OrganisationRef::from(&organisations::find(c, *m)?)))
        .collect()
}

/// The representative of organisation `id` declares a control link with the organisation
/// registered under `other_kbo`. Audited.
pub async fn declare(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: ControlLinkRequest,
) -> Result<ControlLinkView, ApiError> {
    let kbo = Kbo::parse(&body.other_kbo).map_err(|e| ApiError::rule("other_kbo", &e.rule()))?;
    let claims = claims.clone();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let own = load::as_representative(c, &claims, id, "declare_control_links")?;
            let other = organisations::find_by_kbo(c, &kbo)?.ok_or_else(|| {
                ApiError::rule(
                    "other_kbo",
                    &Rule::UnregisteredKbo {
                        kbo: kbo.formatted(),
                    },
                )
            })?;
            let (parent, subsidiary) = match body.other_is {
                OtherIs::Parent => (other.id, own.id),
                OtherIs::Subsidiary => (own.id, other.id),
            };
            let link = ControlLink {
                parent,
                subsidiary,
                criterion: body.criterion,
            };
            check_link(&link).map_err(|(_, rule)| ApiError::rule("other_kbo", &rule))?;
            let declared_already = |open: Option<LinkRecord>| {
                ApiError::Refused(Rule::LinkDeclared {
                    status: open.map_or(LinkStatus::Declared, |o| o.status).to_string(),
                })
            };
            if let Some(open) = control_links::open_between(c, parent, subsidiary)? {
                return Err(declared_already(Some(open)));
            }
            let record = LinkRecord {
                id: Uuid::new_v4(),
                link,
                status: LinkStatus::Declared,
                declared_by: claims.actor(),
                declared_at: now,
                decided_by: None,
                decided_at: None,
                reason: None,
            };
            // two declarations at once: the partial unique index decides
            if !control_links::declare(c, &record)? {
                let open = control_links::open_between(c, parent, subsidiary)?;
                return Err(declared_already(open));
            }
            let view = views(c, std::slice::from_ref(&record))?.remove(0);
            audit::record(
                c,
                &claims.actor(),
                "control_link.declare",
                ("control_link", &record.id.to_string()),
                None,
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// Staff decide on link `id`: confirm or reject a declared link, end a confirmed one, through
/// an update guarded on the status it leaves. Audited.
pub async fn decide_link(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    body: LinkDecisionRequest,
) -> Result<ControlLinkView, ApiError> {
    let reason = check_reason(body.decision, body.reason.as_deref())
        .map_err(|rule| ApiError::rule("reason", &rule))?;
    let actor = claims.actor();
    state
        .write(move |c, clock| {
            let now = clock.now();
            let before = control_links::find(c, id)?
                .ok_or_else(|| ApiError::not_found("the control link"))?;
            let to = decide(before.status, body.decision).map_err(ApiError::Refused)?;
            // a confirmed link joins two single undertakings: an award checked at the same
            // time against either waits for this decision (the check takes these locks too)
            let pair = [before.link.parent, before.link.subsidiary];
            grantdesk_persistence::aid::lock_undertaking(c, &pair.into_iter().collect())?;
            if !control_links::decide(c, id, (before.status, to), &actor, now, reason.as_deref())? {
                // decided in between: the refusal names where it stands now
                let now_found = control_links::find(c, id)?
                    .ok_or_else(|| ApiError::not_found("the control link"))?;
                return Err(ApiError::Refused(Rule::LinkDecided {
                    status: now_found.status.to_string(),
                }));
            }
            let after = control_links::find(c, id)?
                .ok_or_else(|| ApiError::not_found("the control link"))?;
            let mut both = views(c, &[before, after])?;
            let view = both
                .pop()
                .ok_or_else(|| ApiError::not_found("the control link"))?;
            audit::record(
                c,
                &actor,
                &format!("control_link.{}", body.decision),
                ("control_link", &id.to_string()),
                serde_json::to_value(&both[0]).ok(),
                serde_json::to_value(&view).ok(),
                now,
            )?;
            Ok(view)
        })
        .await
}

/// The control links, oldest first, filtered by status (staff).
pub async fn list(
    state: &AppState,
    query: LinkListQuery,
) -> Result<Page<ControlLinkView>, ApiError> {
    let paging = PageQuery {
        page: query.page,
        per_page: query.per_page,
    }
    .resolve()?;
    state
        .read(move |c, _| {
            let (rows, total) =
                control_links::list(c, query.status, (paging.offset(), paging.limit()))?;
            Ok(paging.wrap(views(c, &rows)?, total))
        })
        .await
}

/// The single undertaking organisation `id` belongs to (its members and staff).
pub async fn single_undertaking(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
) -> Result<SingleUndertakingView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, _| {
            load::organisation(c, &claims, id)?;
            let group = control_links::single_undertaking_of(c, id)?;
            let members = members(c, &group)?;
            let links = control_links::touching(c, &group, &[])?;
            Ok(SingleUndertakingView {
                organisation_id: id,
                members,
                links: views(c, &links)?,
            })
        })
        .await
}

/// Organisation `id`'s own view of its aid on `on` (its members, staff): its single
/// undertaking and, per de minimis regulation the installation knows, the window ending that
/// day, what counts in it as the check at award counts it (the awards held or made here in
/// calls with a ceiling, to any member; the aid the members declared in their submitted
/// applications, each once) and what is left.
pub async fn aid_position(
    state: &AppState,
    claims: &Claims,
    id: Uuid,
    on: Option<chrono::NaiveDate>,
) -> Result<AidPositionView, ApiError> {
    let claims = claims.clone();
    state
        .read(move |c, clock| {
            load::organisation(c, &claims, id)?;
            let on = on.unwrap_or_else(|| grantdesk_domain::date_in_brussels(clock.now()));
            let group = control_links::single_undertaking_of(c, id)?;
            let members = members(c, &group)?;
            let declarations = aid::declarations_of(c, &group)?;
            let declarations = distinct_declarations(declarations.iter().map(|(org, d)| (*org, d)));
            let declared = declared_aid(declarations.iter().copied());
            let mut regulations = Vec::new();
            // the awards in the widest window, read once; each regulation counts its own
            let with_ceiling: Vec<_> = aid::regulations(c)?
                .into_iter()
                .map(|r| r.regulation)
                .filter(|r| r.ceiling.is_some())
                .collect();
            let widest = with_ceiling.iter().filter_map(|r| r.period_years).max();
            let counted = match widest.and_then(|years| window(on, years)) {
                Some(span) => aid::counted_in(c, &group, span)?,
                None => Vec::new(),
            };
            let awarded: Vec<_> = counted.iter().map(|a| (a.award_day, a.amount)).collect();
            let calls_by_id = load::calls_by_id(c, counted.iter().map(|a| a.call_id))?;
            for r in with_ceiling {
                let Some(p) = position(&r, on, &awarded, &declared) else {
                    continue;
                };
                let (from, to) = p.window;
                regulations.push(RegulationPositionView {
                    regulation: r.code.clone(),
                    ceiling: p.figures.ceiling,
                    window_from: from,
                    window_to: to,
                    awarded: p.figures.awarded,
                    declared: p.figures.declared,
                    headroom: p.figures.headroom,
                    awards: counted
                        .iter()
                        .filter(|a| (from..=to).contains(&a.award_day))
                        .map(|a| CountedAwardView {
                            application_id: a.application_id,
                            organisation_id: a.organisation_id,
                            call_reference: calls_by_id[&a.call_id].reference.clone(),
                            regulation: a.regulation.clone(),
                            award_date: a.award_day,
                            amount: a.amount,
                        })
                        .collect(),
                    declarations: declarations
                        .iter()
                        .filter(|(_, d)| (from..=to).contains(&d.granted_on))
                        .map(|(org, d)| DeclaredAidView {
                            organisation_id: *org,
                            declaration: (*d).into(),
                        })
                        .collect(),
                });
            }
            Ok(AidPositionView {
                organisation_id: id,
                on,
                members,
                regulations,
            })
        })
        .await
}

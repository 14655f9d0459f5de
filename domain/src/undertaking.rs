//! Single undertakings (issue #15): all undertakings linked by control form one for de minimis
//! aid (Regulation (EU) 2023/2831, article 2(2)). Organisations declare their control links
//! (a parent, a subsidiary, the criterion); staff confirm them; the group is every organisation
//! reached through confirmed links, directly or through others (a parent's other subsidiaries
//! too).

use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

use crate::parse_enum::string_enum;
use crate::text::check_name;
use crate::Rule;

string_enum! {
    /// Why one undertaking controls another (the regulation's four criteria).
    pub enum ControlCriterion("control criterion") {
        /// It holds a majority of the other's shareholders' or members' voting rights.
        MajorityOfVotingRights => "majority_of_voting_rights",
        /// It may appoint or remove a majority of the other's administrative, management or
        /// supervisory body.
        AppointsMajorityOfBoard => "appoints_majority_of_board",
        /// It may exercise a dominant influence over the other under a contract or a provision
        /// of its memorandum or articles of association.
        DominantInfluence => "dominant_influence",
        /// It controls alone, under an agreement with the other's shareholders or members, a
        /// majority of their voting rights.
        ControlsVotesByAgreement => "controls_votes_by_agreement",
    }
}

string_enum! {
    /// Where a declared control link stands.
    pub enum LinkStatus("control link status") {
        /// Declared by an organisation, not yet checked by staff: it does not group yet.
        Declared => "declared",
        /// Confirmed by staff: the two are one single undertaking.
        Confirmed => "confirmed",
        /// Rejected by staff (with a reason): it does not group.
        Rejected => "rejected",
        /// Ended (the control ceased): it no longer groups.
        Ended => "ended",
    }
}

string_enum! {
    /// Staff's decision on a control link.
    pub enum LinkDecision("control link decision") {
        /// A declared link is right: the two are one single undertaking.
        Confirm => "confirm",
        /// A declared link is not right (with a reason).
        Reject => "reject",
        /// A confirmed link's control ceased (with a reason): it groups no more from now on.
        End => "end",
    }
}

/// Where a link in `status` goes on `decision`: a declared link is confirmed or rejected, a
/// confirmed one ended; anything else is refused ([`Rule::LinkDecided`], naming its status).
pub fn decide(status: LinkStatus, decision: LinkDecision) -> Result<LinkStatus, Rule> {
    match (status, decision) {
        (LinkStatus::Declared, LinkDecision::Confirm) => Ok(LinkStatus::Confirmed),
        (LinkStatus::Declared, LinkDecision::Reject) => Ok(LinkStatus::Rejected),
        (LinkStatus::Confirmed, LinkDecision::End) => Ok(LinkStatus::Ended),
        (status, _) => Err(Rule::LinkDecided {
            status: status.to_string(),
        }),
    }
}

/// A decision's reason, trimmed: required to reject or end a link (1 to 2,000 characters),
/// optional to confirm one.
pub fn check_reason(decision: LinkDecision, reason: Option<&str>) -> Result<Option<String>, Rule> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    match (decision, reason) {
        (LinkDecision::Confirm, None) => Ok(None),
        (_, Some(r)) => check_name(r, 1..=2_000).map(|r| Some(r.to_owned())),
        (_, None) => Err(Rule::Required),
    }
}

/// A control link: `parent` controls `subsidiary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ControlLink {
    pub parent: Uuid,
    pub subsidiary: Uuid,
    pub criterion: ControlCriterion,
}

/// Checks a declared link: two different organisations.
pub fn check_link(link: &ControlLink) -> Result<(), (&'static str, Rule)> {
    if link.parent == link.subsidiary {
        return Err(("subsidiary", Rule::SelfControl));
    }
    Ok(())
}

/// The single undertaking `organisation` belongs to: itself and every organisation reached
/// through `links` (confirmed ones: the caller passes only those), in either direction, in id
/// order.
pub fn single_undertaking(organisation: Uuid, links: &[ControlLink]) -> BTreeSet<Uuid> {
    let mut neighbours: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
    for l in links {
        neighbours.entry(l.parent).or_default().push(l.subsidiary);
        neighbours.entry(l.subsidiary).or_default().push(l.parent);
    }
    let mut group = BTreeSet::from([organisation]);
    let mut todo = vec![organisation];
    while let Some(next) = todo.pop() {
        for &n in neighbours.get(&next).into_iter().flatten() {
            if group.insert(n) {
                todo.push(n);
            }
        }
    }
    group
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn link(parent: u128, subsidiary: u128) -> ControlLink {
        ControlLink {
            parent: org(parent),
            subsidiary: org(subsidiary),
            criterion: ControlCriterion::MajorityOfVotingRights,
        }
    }

    #[test]
    fn a_group_of_three_is_one_undertaking_from_each_member() {
        // a parent (1) with two subsidiaries (2, 3); 4 stands alone; 5 controls 6
        let links = [link(1, 2), link(1, 3), link(5, 6)];
        let group = BTreeSet::from([org(1), org(2), org(3)]);
        for member in [1, 2, 3] {
            assert_eq!(single_undertaking(org(member), &links), group);
        }
        assert_eq!(single_undertaking(org(4), &links), BTreeSet::from([org(4)]));
        assert_eq!(
            single_undertaking(org(6), &links),
            BTreeSet::from([org(5), org(6)])
        );
    }

    #[test]
    fn control_reaches_through_a_chain_and_a_cycle_ends() {
        // 1 controls 2, 2 controls 3, 3 controls 4: one undertaking; a link declared twice or
        // back again changes nothing
        let links = [link(1, 2), link(2, 3), link(3, 4), link(4, 1), link(2, 3)];
        assert_eq!(
            single_undertaking(org(3), &links),
            BTreeSet::from([org(1), org(2), org(3), org(4)])
        );
    }

    #[test]
    fn a_declared_link_is_confirmed_or_rejected_and_a_confirmed_one_ended() {
        use LinkDecision::*;
        use LinkStatus::*;
        assert_eq!(decide(Declared, Confirm), Ok(Confirmed));
        assert_eq!(decide(Declared, Reject), Ok(Rejected));
        assert_eq!(decide(Confirmed, End), Ok(Ended));
        for (status, decision) in [
            (Declared, End),
            (Confirmed, Confirm),
            (Confirmed, Reject),
            (Rejected, Confirm),
            (Ended, Confirm),
        ] {
            assert_eq!(
                decide(status, decision),
                Err(Rule::LinkDecided {
                    status: status.to_string()
                })
            );
        }
    }

    #[test]
    fn rejecting_or_ending_a_link_says_why() {
        assert_eq!(check_reason(LinkDecision::Confirm, None), Ok(None));
        assert_eq!(
            check_reason(LinkDecision::Reject, Some("  ")),
            Err(Rule::Required)
        );
        assert_eq!(check_reason(LinkDecision::End, None), Err(Rule::Required));
        assert_eq!(
            check_reason(LinkDecision::End, Some(" Aandelen verkocht op 1 maart. ")),
            Ok(Some("Aandelen verkocht op 1 maart.".to_owned()))
        );
    }

    #[test]
    fn an_organisation_does_not_control_itself() {
        assert_eq!(
            check_link(&link(1, 1)),
            Err(("subsidiary", Rule::SelfControl))
        );
        assert_eq!(check_link(&link(1, 2)), Ok(()));
        assert_eq!(
            ControlCriterion::parse("dominant_influence"),
            Ok(ControlCriterion::DominantInfluence)
        );
        assert!(ControlCriterion::parse("friendship").is_err());
    }
}

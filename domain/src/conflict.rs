//! Conflicts of interest that need no declaration.

use crate::Kbo;

/// The first of the reviewer's affiliations that is the application's lead or one of its
/// partners, if any: such a reviewer is in conflict automatically, whatever they declared.
pub fn automatic_conflict(
    reviewer_affiliations: &[Kbo],
    lead: &Kbo,
    partners: &[Kbo],
) -> Option<Kbo> {
    reviewer_affiliations
        .iter()
        .find(|affiliation| *affiliation == lead || partners.contains(affiliation))
        .cloned()
}

//! Tracks: the specialisations a call is divided in, each with an optional budget.

use serde::{Deserialize, Serialize};

use crate::Money;

/// A track of a call, numbered from 1 in the order given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Track {
    /// 1-based position in the call.
    pub number: u8,
    pub name: String,
    /// The most that may be awarded in this track, when set.
    pub budget: Option<Money>,
}

/// A track as written in a call draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackDraft {
    pub name: String,
    pub budget: Option<Money>,
}

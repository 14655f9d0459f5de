//! The call aggregate: its content and its life from draft to cancelled or finished.
//!
//! Every transition takes the command and `now`, and either changes the call or returns a
//! [`CallError`] that names the rule. Ledger movements (reserving and releasing the budget) are
//! the caller's, in the same transaction.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::rule::Rule;
use crate::text::check_name;
use crate::{
    AttachmentRequirement, BudgetArticle, BudgetYear, CallDraft, CallError, CallQuestion,
    CallStatus, Criterion, Deadline, Gate, GateEvidence, GateOutcome, Money, Track, Verdict,
};

/// Reason of the first entry of a call's deadline history.
pub const INITIAL_DEADLINE_REASON: &str = "initial deadline";
/// Reason recorded when the deadline is changed by editing a draft.
pub const DRAFT_EDIT_REASON: &str = "edited in draft";
pub const GATE_REFERENCE_MAX_CHARS: usize = 100;
pub const REASON_MAX_CHARS: usize = 1_000;

/// One entry of a call's deadline history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineChange {
    /// `None` for the initial deadline.
    pub previous: Option<Deadline>,
    pub deadline: Deadline,
    pub reason: String,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
}

/// What cancelling means for the ledger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelOutcome {
    /// True when the call had reserved its budget, which the caller must now release.
    pub releases_reservation: bool,
}

/// A call for projects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    pub id: Uuid,
    /// A short code such as "EXP23".
    pub reference: String,
    pub title: String,
    pub description: String,
    pub policy_link: Option<String>,
    pub budget: Money,
    pub article: BudgetArticle,
    pub budget_year: BudgetYear,
    pub cap_per_project: Option<Money>,
    pub tracks: Vec<Track>,
    pub deadline: Deadline,
    pub start_date: NaiveDate,
    /// The stored status; see [`Call::effective_status`] for the one at a given instant.
    pub status: CallStatus,
    /// Every gate verdict recorded, in order.
    pub gates: Vec<GateEvidence>,
    /// Every deadline the call had, the initial one first.
    pub deadline_history: Vec<DeadlineChange>,
    pub created_at: DateTime<Utc>,
    pub cancelled_reason: Option<String>,
    /// The questions every application answers.
    #[serde(default)]
    pub questions: Vec<CallQuestion>,
    /// The documents an application attaches.
    #[serde(default)]
    pub attachment_kinds: Vec<AttachmentRequirement>,
    /// What applications are scored on.
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    /// How grants are paid; empty means [`crate::default_schedule`].
    #[serde(default)]
    pub payment_schedule: Vec<crate::TrancheSpec>,
    /// How long the funded projects run, in months from the start date.
    #[serde(default = "crate::call_draft::default_grant_months")]
    pub grant_months: u32,
    /// What the call sets for the time after its decision.
    #[serde(default)]
    pub after_decision: crate::after_decision::AfterDecision,
    /// What its grants are under the state-aid rules.
    #[serde(default)]
    pub aid: crate::aid::CallAid,
}

impl Call {
    /// A new draft. The deadline may lie in the past (historical calls); opening checks it.
    pub fn create(
        id: Uuid,
        draft: CallDraft,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Call, CallError> {
        let draft = draft.normalised();
        draft.validate()?;
        let tracks = draft.numbered_tracks();
        Ok(Call {
            id,
            reference: draft.reference,
            title: draft.title,
            description: draft.description,
            policy_link: draft.policy_link,
            budget: draft.budget,
            article: draft.article,
            budget_year: draft.budget_year,
            cap_per_project: draft.cap_per_project,
            tracks,
            deadline: draft.deadline,
            start_date: draft.start_date,
            status: CallStatus::Draft,
            gates: Vec::new(),
            deadline_history: vec![DeadlineChange {
                previous: None,
                deadline: draft.deadline,
                reason: INITIAL_DEADLINE_REASON.to_owned(),
                changed_by: actor.to_owned(),
                changed_at: now,
            }],
            created_at: now,
            cancelled_reason: None,
            questions: draft.questions,
            attachment_kinds: draft.attachment_kinds,
            criteria: draft.criteria,
            payment_schedule: draft.payment_schedule,
            grant_months: draft.grant_months,
            after_decision: draft.after_decision,
            aid: draft.aid,
        })
    }

    /// The call's content as a draft, e.g. to edit one field.
    pub fn to_draft(&self) -> CallDraft {
        CallDraft {
            reference: self.reference.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            policy_link: self.policy_link.clone(),
            budget: self.budget,
            article: self.article.clone(),
            budget_year: self.budget_year,
            cap_per_project: self.cap_per_project,
            tracks: self
                .tracks
                .iter()
                .map(|track| crate::TrackDraft {
                    name: track.name.clone(),
                    budget: track.budget,
                })
                .collect(),
            deadline: self.deadline,
            start_date: self.start_date,
            questions: self.questions.clone(),
            attachment_kinds: self.attachment_kinds.clone(),
            criteria: self.criteria.clone(),
            payment_schedule: self.payment_schedule.clone(),
            grant_months: self.grant_months,
            after_decision: self.after_decision,
            aid: self.aid.clone(),
        }
    }

    /// The tranches grants of this call are paid in.
    pub fn tranches(&self) -> Vec<crate::TrancheSpec> {
        if self.payment_schedule.is_empty() {
            crate::default_schedule()
        } else {
            self.payment_schedule.clone()
        }
    }

    /// The last day of the funded projects: `grant_months` after the start date, less a day.
    pub fn grant_end_date(&self) -> NaiveDate {
        self.start_date
            .checked_add_months(chrono::Months::new(self.grant_months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(self.start_date)
    }

    /// The call's question with this key, if any.
    pub fn question(&self, key: &str) -> Option<&CallQuestion> {
        self.questions.iter().find(|question| question.key == key)
    }

    /// The call's criterion with this key, if any.
    pub fn criterion(&self, key: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|criterion| criterion.key == key)
    }

    /// True when the call has a track with this number.
    pub fn has_track(&self, number: u8) -> bool {
        self.tracks.iter().any(|track| track.number == number)
    }

    /// Replaces the content of a draft; a changed deadline is added to the history.
    pub fn edit(
        &mut self,
        draft: CallDraft,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<(), CallError> {
        if self.status != CallStatus::Draft {
            return Err(CallError::NotEditable {
                status: self.status,
            });
        }
        let draft = draft.normalised();
        draft.validate()?;
        if draft.deadline != self.deadline {
            self.deadline_history.push(DeadlineChange {
                previous: Some(self.deadline),
                deadline: draft.deadline,
                reason: DRAFT_EDIT_REASON.to_owned(),
                changed_by: actor.to_owned(),
                changed_at: now,
            });
        }
        self.tracks = draft.numbered_tracks();
        self.reference = draft.reference;
        self.title = draft.title;
        self.description = draft.description;
        self.policy_link = draft.policy_link;
        self.budget = draft.budget;
        self.article = draft.article;
        self.budget_year = draft.budget_year;
        self.cap_per_project = draft.cap_per_project;
        self.deadline = draft.deadline;
        self.start_date = draft.start_date;
        self.questions = draft.questions;
        self.attachment_kinds = draft.attachment_kinds;
        self.criteria = draft.criteria;
        self.payment_schedule = draft.payment_schedule;
        self.grant_months = draft.grant_months;
        self.after_decision = draft.after_decision;
        self.aid = draft.aid;
        Ok(())
    }

    /// Records a gate's evidence. A favourable verdict moves the call on; an unfavourable one is
    /// kept and leaves the call where it was.
    pub fn record_gate(&mut self, mut evidence: GateEvidence) -> Result<GateOutcome, CallError> {
        let gate = evidence.gate;
        if self.status != gate.required_status() {
            return Err(match Gate::first_missing(self.status) {
                Some(missing) if self.status < gate.required_status() => {
                    CallError::GateOutOfOrder {
                        gate,
                        status: self.status,
                        missing,
                    }
                }
                _ => CallError::InvalidTransition {
                    from: self.status,
                    action: gate.record_action(),
                },
            });
        }
        evidence.reference = check_name(&evidence.reference, 1..=GATE_REFERENCE_MAX_CHARS)
            .map_err(|rule| CallError::validation("reference", rule))?
            .to_owned();
        evidence
            .check_date(self.deadline.zone())
            .map_err(|rule| CallError::validation("date", rule))?;
        let verdict = evidence.verdict;
        self.gates.push(evidence);
        Ok(match verdict {
            Verdict::Favourable => {
                self.status = gate.reached_status();
                GateOutcome::Passed
            }
            Verdict::Unfavourable => GateOutcome::Refused,
        })
    }

    /// The last verdict recorded for `gate`, if any.
    pub fn last_verdict(&self, gate: Gate) -> Option<Verdict> {
        self.gates
            .iter()
            .rev()
            .find(|evidence| evidence.gate == gate)
            .map(|evidence| evidence.verdict)
    }

    /// The status at `now`: an open call whose deadline has passed is closed, whether or not
    /// anything ran at the deadline.
    pub fn effective_status(&self, now: DateTime<Utc>) -> CallStatus {
        if self.status == CallStatus::Open && self.deadline.has_passed(now) {
            CallStatus::Closed
        } else {
            self.status
        }
    }

    /// True when the call's budget is reserved on its article.
    pub fn reserves_budget(&self) -> bool {
        self.status.reserves_budget()
    }

    /// Opens an approved call for applications, strictly before its deadline, once it has its
    /// assessment criteria. The caller reserves the budget on the article.
    pub fn open(&mut self, now: DateTime<Utc>) -> Result<(), CallError> {
        if self.status != CallStatus::Approved {
            return Err(match Gate::first_missing(self.status) {
                Some(missing) if self.last_verdict(missing) == Some(Verdict::Unfavourable) => {
                    CallError::UnfavourableVerdict { gate: missing }
                }
                Some(missing) => CallError::GateOutOfOrder {
                    gate: missing,
                    status: self.status,
                    missing,
                },
                None => CallError::InvalidTransition {
                    from: self.effective_status(now),
                    action: "open",
                },
            });
        }
        if self.criteria.is_empty() {
            // its applications could never be reviewed: a call opens only with its criteria
            return Err(CallError::Incomplete {
                field: "criteria".into(),
                rule: Rule::NoCriteria,
            });
        }
        if self.deadline.has_passed(now) {
            return Err(CallError::DeadlinePassed {
                deadline: self.deadline,
            });
        }
        self.status = CallStatus::Open;
        Ok(())
    }

    /// Moves the deadline of an open call to a later instant, with a reason.
    pub fn extend_deadline(
        &mut self,
        new: Deadline,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<(), CallError> {
        match self.effective_status(now) {
            CallStatus::Open => {}
            CallStatus::Closed => {
                return Err(CallError::DeadlinePassed {
                    deadline: self.deadline,
                })
            }
            other => {
                return Err(CallError::InvalidTransition {
                    from: other,
                    action: "extend_deadline",
                })
            }
        }
        // deadlines are shown to the second: a new one must be a later second than the one
        // shown (a stored fraction, from before whole seconds were required, counts not)
        if new.instant().timestamp() <= self.deadline.instant().timestamp() {
            return Err(CallError::DeadlineNotLater {
                current: self.deadline,
            });
        }
        let reason = required_reason(reason)?;
        let new_date = new.local().date_naive();
        if self.start_date <= new_date {
            return Err(CallError::validation(
                "deadline",
                Rule::NotBefore {
                    before: self.start_date.to_string(),
                },
            ));
        }
        self.deadline_history.push(DeadlineChange {
            previous: Some(self.deadline),
            deadline: new,
            reason,
            changed_by: actor.to_owned(),
            changed_at: now,
        });
        self.deadline = new;
        Ok(())
    }

    /// Cancels a call that has not been decided; says whether its reservation must be released.
    pub fn cancel(
        &mut self,
        reason: &str,
        _actor: &str,
        now: DateTime<Utc>,
    ) -> Result<CancelOutcome, CallError> {
        if !self.status.is_cancellable() {
            return Err(CallError::InvalidTransition {
                from: self.effective_status(now),
                action: "cancel",
            });
        }
        let reason = required_reason(reason)?;
        let outcome = CancelOutcome {
            releases_reservation: self.reserves_budget(),
        };
        self.status = CallStatus::Cancelled;
        self.cancelled_reason = Some(reason);
        Ok(outcome)
    }
}

fn required_reason(reason: &str) -> Result<String, CallError> {
    let reason = reason.trim();
    let chars = reason.chars().count();
    if chars == 0 || chars > REASON_MAX_CHARS {
        return Err(CallError::validation(
            "reason",
            Rule::RequiredText {
                min: 1,
                max: REASON_MAX_CHARS,
            },
        ));
    }
    Ok(reason.to_owned())
}

#[cfg(test)]
#[path = "call_tests/mod.rs"]
mod tests;

//! grantdesk's rules: money, budget articles, enterprise numbers, deadlines, calls,
//! organisations, applications and their attachments, their assessment and selection, and the
//! ledger.
//!
//! This crate is pure: no IO, no database, no HTTP, and it never reads the system clock. Time is
//! passed in (`now: DateTime<Utc>`, or a [`Clock`] supplied from outside). A transition takes
//! the current state, the command and `now`, and returns the new state or an error that names
//! the rule. Values that passed validation have a type that says so ([`Money`], [`Kbo`],
//! [`BudgetArticle`], [`Deadline`]); serde goes through the same parsing.

pub mod acceptance;
pub mod account;
pub mod after_decision;
pub mod aftermath;
pub mod aid;
pub mod application;
pub mod application_error;
pub mod application_status;
pub mod assessment_error;
pub mod assessment_stage;
pub mod assignment;
pub mod attachment;
pub mod audit_log;
pub mod budget;
pub mod budget_line;
pub mod call;
pub mod call_draft;
pub mod call_error;
pub mod call_form;
pub mod call_status;
pub mod checkpoint;
pub mod clock;
pub mod conflict;
pub mod contact_person;
pub mod criterion;
pub mod date;
pub mod deadline;
pub mod decision;
pub mod double_funding;
pub mod eligibility;
pub mod figures;
pub mod file_name;
pub mod gate;
pub mod grant;
pub mod grant_error;
pub mod kbo;
pub mod ledger;
pub mod legal_period;
pub mod membership;
pub mod merkle;
pub mod money;
pub mod notification;
pub mod objection;
pub mod organisation;
pub mod parse_enum;
pub mod payment;
pub mod payment_schedule;
pub mod postings;
pub mod ranking;
pub mod receipt;
pub mod reminder;
pub mod reserve;
pub mod review;
pub mod role;
pub mod rule;
pub mod similarity;
pub mod submission;
pub mod text;
pub mod track;
pub mod undertaking;
pub mod verification;
pub mod webhook;

pub use application::ApplicationContent;
pub use application_error::ApplicationError;
pub use application_status::{ApplicationAction, ApplicationStatus};
pub use assessment_error::AssessmentError;
pub use assignment::{AssignmentStatus, ReviewStatus};
pub use attachment::{
    check_extension, describe, extension_for, extensions, identify, sniff, FileTypeError, MediaType,
};
pub use budget::{
    BudgetArticle, BudgetArticleError, BudgetYear, BudgetYearError, CreditType,
    ARTICLE_DESCRIPTION_CHARS,
};
pub use budget_line::{BudgetCategory, BudgetLine};
pub use call::{Call, CancelOutcome, DeadlineChange};
pub use call_draft::CallDraft;
pub use call_error::CallError;
pub use call_form::{AttachmentRequirement, CallQuestion};
pub use call_status::CallStatus;
pub use clock::{date_in_brussels, Clock, FixedClock};
pub use conflict::automatic_conflict;
pub use contact_person::ContactPerson;
pub use criterion::Criterion;
pub use date::{has_plausible_year, YEARS, YEAR_MESSAGE};
pub use deadline::{parse_zone, Deadline, DeadlineError};
pub use decision::{check_decision, Decision, DecisionKind};
pub use eligibility::{
    check_finalisable, check_rescreening, check_reviewable, check_screening, check_selectable,
    is_eligible, Eligibility, Standing,
};
pub use file_name::{sanitize_file_name, AttachmentNameError};
pub use gate::{Gate, GateEvidence, GateOutcome, Verdict};
pub use grant::{
    check_grant_period, grant_status, status_after_acceptance, GrantStatus, ReportStatus,
};
pub use grant_error::GrantError;
pub use kbo::{Kbo, KboError};
pub use ledger::{
    apply, apply_transfer, AccountKind, AccountTotals, LedgerError, Phase, TransferCode,
    TransferSpec, TransferStatus,
};
pub use membership::{
    check_answerable, check_end, check_hand_on, check_representative, invitation_expiry,
    is_pending, normalised_email, InvitationStatus, MembershipEnd, MembershipError, MembershipRole,
    INVITATION_VALIDITY,
};
pub use money::{Money, MoneyError};
pub use organisation::{Address, OrganisationDraft, OrganisationType};
pub use parse_enum::ParseEnumError;
pub use payment::{
    cancel, check_cancellation_motivation, check_payment, paid_total, settle, Settlement,
};
pub use payment_schedule::{
    balance_tranche, default_schedule, tranche_amounts, tranche_due, validate_schedule,
    TrancheSpec, TrancheTrigger,
};
pub use postings::{track_owner, AccountRef, Amount, Posting};
pub use ranking::{rank, RankingEntry};
pub use receipt::{canonical_json, receipt_number, sha256_hex, snapshot_digest, Receipt};
pub use review::{application_score, check_review, review_score, Score};
pub use role::{OrganisationReach, Role};
pub use rule::Rule;
pub use submission::{
    check_action, check_call_accepts, check_edit, check_revise, check_submit, check_withdraw,
    submission_errors,
};
pub use text::{
    check_name, has_control_character, is_blank, trimmed, CONTROL_CHARACTER_MESSAGE,
    DISPLAY_NAME_CHARS,
};
pub use track::{Track, TrackDraft};
pub use verification::{
    check_decidable, check_payee, check_verifiable, checked_reason, VerificationError,
    VerificationEvidence, VerificationStatus, SETTLED_BY_ANOTHER_CLAIM,
};

pub use chrono_tz::Tz;
/// Re-exported so callers name the same time-zone type as the domain.
pub use notification::{
    format_instant, format_money, AfterFailure, DeliveryStatus, Language, RetryPolicy,
};
pub use reminder::{final_report_due, ReminderOffsets, UnsubscribeKey};

#[cfg(test)]
mod assessment_tests;

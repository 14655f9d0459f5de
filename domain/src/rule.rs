//! A broken rule of one field, as data: a stable code and the values it names, never a sentence.
//!
//! The domain says *which* rule a value breaks ([`Rule::Length`] `{ min: 1, max: 200 }`); the
//! API words it in the request's language from the catalogues (`api/locales/<language>/
//! rules.ftl`, one message `rule-<code>` per rule with the values as arguments), and gives the
//! code and the values to clients as they are (`code`, `params`), so a client can word them
//! itself. A test fails when a rule has no message in one of the languages.

use std::fmt;

/// Declares [`Rule`]: each variant with its code, and the lists the catalogues are checked
/// against.
macro_rules! rules {
    ($( $(#[$doc:meta])* $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })? => $code:literal, )*) => {
        /// A broken rule of one field (see the module's text).
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Rule {
            $( $(#[$doc])* $variant $({ $($field: $ty),* })?, )*
        }

        impl Rule {
            /// Every rule's code, once.
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// Every rule's code with the names of the values it names.
            pub const PARAMS: &'static [(&'static str, &'static [&'static str])] =
                &[$( ($code, &[$($(stringify!($field)),*)?]) ),*];

            /// The rule's stable code, e.g. `length`.
            pub fn code(&self) -> &'static str {
                match self {
                    $( Rule::$variant { .. } => $code, )*
                }
            }

            /// The values the rule names, by name, written as the API writes them (amounts as
            /// decimal strings, dates as ISO 8601).
            pub fn params(&self) -> Vec<(&'static str, String)> {
                match self {
                    $( Rule::$variant $({ $($field),* })? => {
                        vec![$($( (stringify!($field), $field.to_string()) ),*)?]
                    } )*
                }
            }
        }
    };
}

rules! {
    /// Shows nothing (empty, spaces, invisible characters).
    Blank => "blank",
    /// Must be `min` to `max` characters.
    Length { min: usize, max: usize } => "length",
    /// Must be at most `max` characters.
    TooLong { max: usize } => "too_long",
    /// An answer of `chars` characters to a question that allows `max`.
    AnswerTooLong { chars: usize, max: usize } => "answer_too_long",
    /// A list of `count` where at most `max` are allowed.
    TooMany { max: usize, count: usize } => "too_many",
    /// An empty list where at least `min` are needed.
    TooFew { min: usize } => "too_few",
    /// A list of `count` where `min` to `max` are needed.
    Count { min: usize, max: usize, count: usize } => "count",
    /// A whole number out of `min` to `max`.
    Range { min: i64, max: i64 } => "range",
    /// An amount that must be greater than zero.
    Positive => "positive",
    /// Something the request names twice (a partner, a key, a label, a criterion's score).
    Duplicate => "duplicate",
    /// Needed, and not there.
    Required => "required",
    /// A text of `min` to `max` characters is needed, and not there.
    RequiredText { min: usize, max: usize } => "required_text",
    /// The question `question` is not answered.
    AnswerRequired { question: String } => "answer_required",
    /// The attachment `label` is not attached.
    AttachmentRequired { label: String } => "attachment_required",
    /// An application without budget lines.
    BudgetLineRequired => "budget_line_required",
    /// A track number that is not one of the call's (`choices`, comma-separated).
    UnknownTrack { track: u8, choices: String } => "unknown_track",
    /// An answer to a question the call does not ask.
    UnknownQuestion => "unknown_question",
    /// A score for a criterion the call does not have.
    UnknownCriterion => "unknown_criterion",
    /// The lead organisation named as its own partner.
    PartnerIsLead => "partner_is_lead",
    /// The budget lines ask more than the call's cap per project.
    ExceedsCap { requested: String, cap: String } => "exceeds_cap",
    /// The cap per project is more than the call's budget.
    CapExceedsBudget { cap: String, budget: String } => "cap_exceeds_budget",
    /// A track's budget is more than the call's.
    TrackExceedsBudget { amount: String, budget: String } => "track_exceeds_budget",
    /// The tracks' budgets together are more than the call's.
    TracksExceedBudget { budget: String } => "tracks_exceed_budget",
    /// Budget lines whose sum would overflow the largest amount.
    TooLarge { max: String } => "too_large",
    /// A call's reference (2 to 20 of A-Z, 0-9 and `-`).
    CallReference => "call_reference",
    /// A key of a question, an attachment kind or a criterion (1 to 40 of a-z, 0-9 and `_`,
    /// starting with a letter).
    Key => "key",
    /// An e-mail address of at most 254 characters.
    Email => "email",
    /// A telephone number (at most 40 of digits, spaces and `+ ( ) - . /`).
    Phone => "phone",
    /// A postal code (2 to 10 of letters, digits, spaces and `-`).
    PostalCode => "postal_code",
    /// A two-letter country code.
    Country => "country",
    /// A year that does not have four digits.
    Year => "year",
    /// A date that must come after `after`.
    NotAfter { after: String } => "not_after",
    /// A date that must come before `before`.
    NotBefore { before: String } => "not_before",
    /// A document's date later than `today` in `zone`.
    InFuture { today: String, zone: String } => "in_future",
    /// A grant's start too far ahead to compute its end.
    TooFarAhead => "too_far_ahead",
    /// A grant that would run longer than `max_years`, ending on `latest` at the latest.
    TooLongRunning { max_years: u32, latest: String } => "too_long_running",
    /// A tranche number that is not one of the grant's 1 to `count`.
    UnknownTranche { count: usize } => "unknown_tranche",
    /// A tranche's percentage, a whole number from 1 to 100.
    Percentage => "percentage",
    /// The tranches' percentages must add up to 100, not `total`.
    PercentagesTotal { total: u32 } => "percentages_total",
    /// Only the last tranche may wait for the final report.
    FinalReportTrancheNotLast => "final_report_tranche_not_last",
    /// A selected application's decision without an award.
    AwardRequired => "award_required",
    /// An award above what was requested.
    AwardAboveRequest { award: String, requested: String } => "award_above_request",
    /// An award above the call's cap per project.
    AwardAboveCap { award: String, cap: String } => "award_above_cap",
    /// A decision of kind `kind` (not selected) with an award.
    AwardNotExpected { kind: String } => "award_not_expected",
    /// A refusal of eligibility without its reason.
    ReasonRequired => "reason_required",
    /// A score above the criterion's maximum.
    ScoreAboveMaximum { score: String, max: String } => "score_above_maximum",
    /// A criterion not scored in a review that is submitted.
    ScoreRequired => "score_required",
    /// A criterion whose maximum score is 0.
    ZeroMaximum { criterion: String } => "zero_maximum",
    /// Criteria whose weights add up to 0.
    ZeroWeights => "zero_weights",
    /// Scores too large to combine.
    ScoresTooLarge => "scores_too_large",
    /// A call without criteria to score.
    NoCriteria => "no_criteria",
    /// One of `choices` (comma-separated), and nothing else.
    OneOf { choices: String } => "one_of",
    /// Given without `with`, which goes with it.
    Together { with: String } => "together",
    /// A whole number below `min`.
    AtLeast { min: i64 } => "at_least",
    /// An amount above `max`.
    AmountAbove { max: String } => "amount_above",
    /// An amount where none is expected (a rejected final report accepts none).
    AmountNotExpected => "amount_not_expected",
    /// A refusal, or an acceptance of less than asked, without its motivation.
    MotivationRequired => "motivation_required",
    /// An application of another call.
    NotOfCall { application: String } => "not_of_call",
    /// An account that does not exist.
    UnknownUser => "unknown_user",
    /// An account that is not an active reviewer.
    NotReviewer => "not_reviewer",
    /// An account that is not a member of the organisation.
    NotMember => "not_member",
    /// A role change to or from the applicant role (only staff roles change).
    StaffRolesOnly => "staff_roles_only",
    /// Not the account's current password.
    WrongPassword => "wrong_password",
    /// A password reset token that is unknown, used or expired.
    ResetToken => "reset_token",
    /// A link that is not an unsubscribe link of this server.
    UnsubscribeToken => "unsubscribe_token",
    /// Not an instant in RFC 3339.
    Instant => "instant",
    /// An export of `total` rows where at most `max` are written.
    TooManyRows { total: u64, max: u64 } => "too_many_rows",
    /// An empty file.
    EmptyFile => "empty_file",
    /// A file name with path components (`../etc/passwd`).
    FileNamePath => "file_name_path",
    /// A file name of which nothing usable is left.
    FileNameEmpty => "file_name_empty",
    /// A form field that is not UTF-8 text.
    NotText => "not_text",
    /// Not a URL.
    Url => "url",
    /// A URL that does not use https.
    Https => "https",
    /// A URL with credentials in it.
    UrlCredentials => "url_credentials",
    /// A URL with a fragment (`#...`).
    UrlFragment => "url_fragment",
    /// A URL without a host.
    UrlHost => "url_host",
    /// An address on a loopback, private or link-local network.
    PrivateAddress { address: String } => "private_address",
    /// A date and time that is not like `2023-08-31T10:00:00+02:00` or `2023-08-31T10:00`.
    DateTime => "date_time",
    /// A deadline with a fraction of a second.
    WholeSecond => "whole_second",
    /// A deadline on a leap second.
    LeapSecond => "leap_second",
    /// A local time that does not exist in `zone` (the clocks move forward then).
    NonexistentTime { local: String, zone: String } => "nonexistent_time",
    /// A local time that happens twice (the clocks move back then): give the offset, as in
    /// `earliest` or `latest`.
    AmbiguousTime { local: String, earliest: String, latest: String } => "ambiguous_time",
    /// Not an IANA time zone name.
    TimeZone => "time_zone",
    /// An enterprise number that is not 10 digits like `0207.451.227`.
    KboFormat => "kbo_format",
    /// An enterprise number that does not start with 0 or 1.
    KboFirstDigit => "kbo_first_digit",
    /// An enterprise number with a wrong check number (mod 97).
    KboChecksum => "kbo_checksum",
    /// A negative amount.
    NotNegative => "not_negative",
    /// An amount that is not a decimal number like `1250.00`.
    Amount => "amount",
    /// An amount with more than two decimals.
    Cents => "cents",
    /// A file whose content is none of the accepted types; `detected` is what it seems to be
    /// (`application/zip (.zip)`), or `none`.
    MediaType { detected: String } => "media_type",
    /// A file that starts as `what` but is not a whole, well-formed one (`reason`, as the
    /// reader of that type says it).
    Malformed { what: String, reason: String } => "malformed",
    /// A file of type `media` (`kind`, its usual extension, which the name must have) whose
    /// name ends in `extension` (`none`: no extension).
    Extension { kind: String, media: String, extension: String } => "extension",
    // Refusals of a command in the state things are in: a problem's `rule` and `params`.
    /// Only a draft call is edited; this one is `status`.
    CallNotEditable { status: String } => "call_not_editable",
    /// The gate `missing` is not passed; the call is `status`.
    GateNotPassed { missing: String, status: String } => "gate_not_passed",
    /// The gate `gate` recorded before `missing`; the call is `status`.
    GateOutOfOrder { gate: String, missing: String, status: String } => "gate_out_of_order",
    /// The last verdict on `gate` was unfavourable.
    UnfavourableVerdict { gate: String } => "unfavourable_verdict",
    /// A deadline moved to an instant not later than `current` (in `zone`).
    DeadlineNotLater { current: String, zone: String } => "deadline_not_later",
    /// The command `action` on a call that is `from`.
    CallTransition { action: String, from: String } => "call_transition",
    /// The command `action` on an application that is `from`.
    ApplicationTransition { action: String, from: String } => "application_transition",
    /// An application to a call that does not accept them (it is `status`).
    CallNotOpen { status: String } => "call_not_open",
    /// A reviewer affiliated with the organisation `kbo` of the application.
    ReviewerAffiliated { kbo: String } => "reviewer_affiliated",
    /// An assessment step on a call that is `status`.
    NotInAssessment { status: String } => "not_in_assessment",
    /// A review of an application not screened eligible.
    ReviewOfEligibleOnly => "review_of_eligible_only",
    /// A selection of an application not screened eligible.
    SelectionOfEligibleOnly => "selection_of_eligible_only",
    /// Screening a selected application not eligible.
    DecidedSelected => "decided_selected",
    /// A selection finalised with `count` applications not screened (`applications`).
    NotScreened { count: usize, applications: String } => "not_screened",
    /// A selection finalised with `count` eligible applications undecided (`applications`).
    NotDecided { count: usize, applications: String } => "not_decided",
    /// Payments that would come to `would_be`, above the `committed`.
    Overpayment { committed: String, would_be: String } => "overpayment",
    /// A payment to an organisation that is `status`, not verified.
    PayeeUnverified { status: String } => "payee_unverified",
    /// What only the representative does (`action`), by a member.
    NotRepresentative { action: String } => "not_representative",
    /// The representative leaving without handing the role on.
    RepresentativeMustHandOn => "representative_must_hand_on",
    /// The representative made representative again.
    AlreadyRepresentative => "already_representative",
    /// An invitation answered already (it is `status`).
    InvitationAnswered { status: String } => "invitation_answered",
    /// An invitation that expired at `expires_at`.
    InvitationExpired { expires_at: String } => "invitation_expired",
    /// An invitation accepted by a member.
    AlreadyMember => "already_member",
    /// A claim decided already (it is `status`).
    ClaimDecided { status: String } => "claim_decided",
    /// An enterprise number another organisation is verified for.
    NumberHeld { kbo: String } => "number_held",
    /// A transfer from or to an account (`side`: debit or credit) that does not exist.
    UnknownAccount { side: String } => "unknown_account",
    /// A posting from the `kind` account of `owner` that was never opened.
    AccountNotOpened { kind: String, owner: String } => "account_not_opened",
    /// A transfer between accounts of two ledgers.
    SameLedger => "same_ledger",
    /// Posting or voiding `hold`, which is not a hold.
    NotAHold { hold: String } => "not_a_hold",
    /// Posting or voiding `hold`, which was posted or voided already.
    HoldResolved { hold: String } => "hold_resolved",
    /// A transfer between an account and itself.
    DistinctAccounts => "distinct_accounts",
    /// A transfer that would overflow an account's totals.
    LedgerOverflow => "ledger_overflow",
    /// A transfer id used with another payload.
    TransferIdConflict { id: String } => "transfer_id_conflict",
    /// A budget article without ledgers for `year` (of `credit_type`, when one is named).
    NoLedger { article: String, year: i32, credit_type: String } => "no_ledger",
    /// A reversal of a transfer that is not a posted CREDIT.
    OnlyCreditReversed => "only_credit_reversed",
    /// A reversal of `transfer`, reversed already by `reversal`.
    ReversedAlready { transfer: String, reversal: String } => "reversed_already",
    /// A claim decided by another request meanwhile.
    ClaimChangedMeanwhile => "claim_changed_meanwhile",
    /// A membership changed by another request meanwhile.
    MembershipChangedMeanwhile => "membership_changed_meanwhile",
    /// A payment or a report on a grant settled by `settlement`.
    GrantSettled { settlement: String } => "grant_settled",
    /// Tranche `tranche`, paid already by `payment`.
    TranchePaid { tranche: u32, payment: String } => "tranche_paid",
    /// Tranche `tranche`, payable from the grant's start on `start`.
    TrancheNotYetPayable { tranche: u32, start: String } => "tranche_not_yet_payable",
    /// Tranche `tranche`, the balance, payable once the final report is accepted.
    BalanceAwaitsReport { tranche: u32 } => "balance_awaits_report",
    /// A balance of nothing: the accepted spend is covered by what was paid (settle `grant`).
    NothingDue { accepted: String, paid: String, grant: String } => "nothing_due",
    /// A final report before the grant's start on `start`.
    ReportBeforeStart { start: String } => "report_before_start",
    /// A final report while report `version` awaits its verdict.
    ReportAwaitsVerdict { version: u32 } => "report_awaits_verdict",
    /// A final report after report `version` was accepted.
    ReportAccepted { version: u32 } => "report_accepted",
    /// A verdict on a grant without a final report.
    NoFinalReport => "no_final_report",
    /// A verdict on report `version`, which has one.
    ReportHasVerdict { version: u32 } => "report_has_verdict",
    /// A settlement without an accepted final report.
    NoAcceptedReport => "no_accepted_report",
    /// A balance payment when every tranche is paid.
    EveryTranchePaid => "every_tranche_paid",
    /// A retry of a message whose delivery did not fail.
    RetryFailedOnly => "retry_failed_only",
    /// A replay of a message that is waiting for its delivery.
    DeliveryPending => "delivery_pending",
    /// An admin disabling, enabling or changing the role of their own account.
    OwnAccount => "own_account",
    /// Detaching an attachment that is detached.
    AttachmentDetached => "attachment_detached",
    /// Assessing an application that is `status`, not submitted.
    OnlySubmittedAssessed { status: String } => "only_submitted_assessed",
    /// Reviewing on an assignment with a declared conflict of interest.
    ConflictDeclared => "conflict_declared",
    /// Changing a submitted review.
    ReviewSubmitted => "review_submitted",
    /// Submitting a review with nothing saved.
    ReviewEmpty => "review_empty",
    /// A score out of 100 with at most two decimals.
    Score => "score",
    /// An answer to an award that was answered already (it is `status`).
    AcceptanceAnswered { status: String } => "acceptance_answered",
    /// An answer to an award at or after the end of its period, `due`.
    AcceptancePeriodOver { due: String } => "acceptance_period_over",
    /// An objection at or after the end of its period, `due`.
    ObjectionPeriodOver { due: String } => "objection_period_over",
    /// A second objection against one decision.
    ObjectionLodged => "objection_lodged",
    /// An objection against an application that has no decision letter.
    NothingToObject => "nothing_to_object",
    /// A second ruling on an objection ruled `ruling` already.
    ObjectionRuled { ruling: String } => "objection_ruled",
    /// An upheld objection that names no award.
    UpheldNeedsAward => "upheld_needs_award",
    /// A payment on a grant whose award is `status`, not accepted.
    AwaitingAcceptance { status: String } => "awaiting_acceptance",
    /// A payment, report, settlement or cancellation on a grant cancelled by `cancellation`.
    GrantCancelled { cancellation: String } => "grant_cancelled",
    /// A cancellation that would leave the grantee more than was paid, `paid`.
    KeptAbovePaid { paid: String } => "kept_above_paid",
    /// A setting the aid regime `regime` does not have (a ceiling outside de minimis).
    NotForRegime { regime: String } => "not_for_regime",
    /// A control link from an organisation to itself.
    SelfControl => "self_control",
    /// A regulation whose code, `code`, another has already.
    RegulationExists { code: String } => "regulation_exists",
    /// A decision on a control link that is `status` already.
    LinkDecided { status: String } => "link_decided",
    /// A control link declared already between the same two organisations (`status`).
    LinkDeclared { status: String } => "link_declared",
    /// An enterprise number, `kbo`, no verified organisation here has.
    UnregisteredKbo { kbo: String } => "unregistered_kbo",
    /// An award on `day` under `regulation`, which does not apply to awards made that day.
    RegulationNotInForce { regulation: String, day: String } => "regulation_not_in_force",
    /// An award of `requested` that would take a single undertaking's aid in the window past
    /// the `ceiling`, with `headroom` left (what it received already is in the problem's
    /// figures).
    AidCeiling { ceiling: String, headroom: String, requested: String } => "aid_ceiling",
    /// In a de minimis call, the other de minimis aid received in the three years before is not
    /// declared yet (an empty list declares none).
    AidDeclarationRequired => "aid_declaration_required",
    /// An e-mail address and password that sign no one in.
    WrongCredentials => "wrong_credentials",
    /// A webhook secret that is not `whsec_` and the base64 of 32 bytes.
    WebhookSecret => "webhook_secret",
    /// An amount sent as a JSON number instead of a string like `"1250.00"`.
    AmountString => "amount_string",
    /// A date that is not like `2023-11-01`.
    Date => "date",
    /// A budget article not of the form `SJ0-1SMC2GA-WT`.
    BudgetArticle => "budget_article",
}

impl Rule {
    /// The rule a value of a request broke, from the message its parser refused it with as
    /// serde reports it (a string) and the value as it was sent (`text`, when it was a JSON
    /// string). Each of the domain's parsers of text parses it again: the one that refuses it
    /// with this very message names the rule. `None` when none does (a JSON value of another
    /// type, say).
    pub fn of_refused(text: Option<&str>, message: &str) -> Option<Rule> {
        if message == crate::money::NOT_A_STRING {
            return Some(Rule::AmountString);
        }
        if let Some(choices) = crate::ParseEnumError::expected_in(message) {
            return Some(Rule::OneOf { choices });
        }
        let text = text?;
        if let Err(e) = crate::Money::parse(text) {
            if e.to_string() == message {
                return Some(e.rule());
            }
        }
        if let Err(e) = crate::Kbo::parse(text) {
            if e.to_string() == message {
                return Some(e.rule());
            }
        }
        if let Err(e) = crate::BudgetArticle::parse(text) {
            if e.to_string() == message {
                return Some(e.rule());
            }
        }
        if let Err(e) = text.parse::<chrono::NaiveDate>() {
            if e.to_string() == message {
                return Some(Rule::Date);
            }
        }
        None
    }
}

impl fmt::Display for Rule {
    /// The code and its values (`length (min 1, max 200)`), for logs and tests; people read
    /// the catalogue's wording.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())?;
        let params = self.params();
        if !params.is_empty() {
            let named: Vec<String> = params.iter().map(|(n, v)| format!("{n} {v}")).collect();
            write!(f, " ({})", named.join(", "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_has_its_code_and_names_its_values() {
        let rule = Rule::Length { min: 1, max: 200 };
        assert_eq!(rule.code(), "length");
        assert_eq!(
            rule.params(),
            vec![("min", "1".to_owned()), ("max", "200".to_owned())]
        );
        assert_eq!(rule.to_string(), "length (min 1, max 200)");
        assert_eq!(Rule::Blank.code(), "blank");
        assert!(Rule::Blank.params().is_empty());
        assert_eq!(Rule::Blank.to_string(), "blank");
    }

    #[test]
    fn a_refused_text_names_the_rule_its_parser_broke() {
        let refused = |text: &str, message: String| Rule::of_refused(Some(text), &message);
        let money = crate::Money::parse("12,50").unwrap_err();
        assert_eq!(refused("12,50", money.to_string()), Some(Rule::Amount));
        let kbo = crate::Kbo::parse("0203.437.093").unwrap_err();
        assert_eq!(
            refused("0203.437.093", kbo.to_string()),
            Some(Rule::KboChecksum)
        );
        let date = "2023-02-30".parse::<chrono::NaiveDate>().unwrap_err();
        assert_eq!(refused("2023-02-30", date.to_string()), Some(Rule::Date));
        let kind = crate::DecisionKind::parse("maybe").unwrap_err();
        assert_eq!(
            refused("maybe", kind.to_string()),
            Some(Rule::OneOf {
                choices: "selected, reserve, rejected".into()
            })
        );
        assert_eq!(
            Rule::of_refused(None, crate::money::NOT_A_STRING),
            Some(Rule::AmountString)
        );
        // a message no parser of ours gives for this text
        assert_eq!(refused("12.50", "invalid type: integer `5`".into()), None);
    }

    #[test]
    fn every_code_is_one_rule() {
        let mut codes = Rule::CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Rule::CODES.len());
    }
}

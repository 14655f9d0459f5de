# The rules a field can break (grantdesk_domain::Rule), by code, in English: `rule-<code>`, with
# the values the rule names as arguments. The same keys as nl/ and fr/ (a test fails otherwise,
# and when a rule of the domain has no message here).

rule-blank = must not be blank
rule-length = must be { $min } to { $max } characters
rule-too_long = must be at most { $max } characters
rule-answer_too_long = is { $chars } characters; the question allows at most { $max }
rule-too_many = has { $count }; at most { $max } are allowed
rule-too_few = must name at least { $min }
rule-count = has { $count }; { $min } to { $max } are needed
rule-range = must be a whole number from { $min } to { $max }
rule-positive = must be greater than zero
rule-duplicate = is named twice
rule-required = is required
rule-required_text = is required: { $min } to { $max } characters
rule-answer_required = an answer to “{ $question }” is required
rule-attachment_required = “{ $label }” must be attached
rule-budget_line_required = at least one budget line is required
rule-unknown_track = track { $track } is not a track of this call; choose one of { $choices }
rule-unknown_question = is not a question of this call
rule-unknown_criterion = is not a criterion of this call
rule-partner_is_lead = is the lead organisation; it cannot also be a partner
rule-exceeds_cap = the requested { $requested } exceeds the call's cap of { $cap } per project
rule-cap_exceeds_budget = { $cap } exceeds the call's budget { $budget }
rule-track_exceeds_budget = { $amount } exceeds the call's budget { $budget }
rule-tracks_exceed_budget = the track budgets together exceed the call's budget { $budget }
rule-too_large = together exceed the largest amount, { $max }
rule-call_reference = must be 2 to 20 characters of A-Z, 0-9 and “-”, like “EXP23”
rule-key = must be 1 to 40 characters of a-z, 0-9 and “_”, starting with a letter
rule-email = must be an e-mail address like “name@example.be” of at most 254 characters
rule-phone = must be at most 40 of digits, spaces and + ( ) - . /
rule-postal_code = must be 2 to 10 of letters, digits, spaces and “-”, like “1000”
rule-country = must be a two-letter country code like “BE”
rule-year = the year must have four digits (1000 to 9999)
rule-not_after = must be after { $after }
rule-not_before = must be before { $before }
rule-in_future = must not be in the future (today is { $today } in { $zone })
rule-too_far_ahead = is too far in the future
rule-too_long_running = a grant runs at most { $max_years } years: it ends on { $latest } at the latest
rule-unknown_tranche = this grant has tranches 1 to { $count }
rule-percentage = must be a whole percentage from 1 to 100
rule-percentages_total = the tranches add up to { $total } %, not 100 %
rule-final_report_tranche_not_last = only the last tranche may wait for the final report
rule-award_required = a selected application needs an awarded amount
rule-award_above_request = the award { $award } exceeds the requested amount { $requested }
rule-award_above_cap = the award { $award } exceeds the call's cap per project { $cap }
rule-award_not_expected = { $kind ->
    [reserve] a place in the reserve
   *[other] a rejection
} carries no award
rule-reason_required = a reason is required when an application is not eligible
rule-score_above_maximum = the score { $score } exceeds the criterion's maximum { $max }
rule-score_required = every criterion must be scored
rule-zero_maximum = the criterion “{ $criterion }” has a maximum score of 0
rule-zero_weights = the criteria's weights add up to 0
rule-scores_too_large = the scores are too large to combine
rule-no_criteria = the call has no assessment criteria
rule-one_of = must be one of { $choices }
rule-together = goes with { $with }: give both or neither
rule-at_least = must be at least { $min }
rule-amount_above = must be at most { $max }
rule-amount_not_expected = a rejection accepts no amount
rule-motivation_required = say why the report is rejected or not accepted in full
rule-not_of_call = application { $application } is not of this call
rule-unknown_user = there is no such account
rule-not_reviewer = that account is not an active reviewer
rule-not_member = is not a member of the organisation: invite them first
rule-staff_roles_only = only staff roles change: admin, finance, reviewer or auditor
rule-wrong_password = is not the account's current password
rule-reset_token = the reset token is unknown, used or expired: ask for a new one
rule-unsubscribe_token = is not an unsubscribe link of this server
rule-instant = must be an instant in RFC 3339, e.g. 2023-08-01T00:00:00Z
rule-too_many_rows = the export would hold { $total } rows, more than { $max }: narrow it (year, article, call or period) or page through the JSON
rule-empty_file = the file is empty
rule-file_name_path = file names may not contain path components
rule-file_name_empty = nothing is left of the file name
rule-not_text = must be text (UTF-8)
rule-url = is not a URL
rule-https = must use https (deliveries carry signed facts about applications)
rule-url_credentials = must not carry credentials: deliveries are signed with the endpoint's secret
rule-url_fragment = must not have a fragment (#...)
rule-url_host = has no host
rule-private_address = the address { $address } is not on the public internet (loopback, private or link-local networks are refused)
rule-date_time = must be a date and time like “2023-08-31T10:00:00+02:00” or “2023-08-31T10:00”
rule-whole_second = must be a whole second: leave out the fraction of a second
rule-leap_second = a minute has seconds 00 to 59: a second of 60 (a leap second) is not a deadline
rule-nonexistent_time = { $local } does not exist in { $zone } (the clocks move forward then); choose another time
rule-ambiguous_time = { $local } happens twice (the clocks move back then); give the offset, e.g. { $earliest } or { $latest }
rule-time_zone = must be an IANA time zone such as “Europe/Brussels”
rule-kbo_format = must be an enterprise number of 10 digits like “0207.451.227”
rule-kbo_first_digit = an enterprise number starts with 0 or 1
rule-kbo_checksum = the enterprise number's check number (mod 97) is wrong
rule-not_negative = must not be negative
rule-amount = must be a decimal number like “1250.00”
rule-cents = must have at most two decimals
rule-budget_article = must be a budget article like “SJ0-1SMC2GA-WT” (3, 7 and 2 characters separated by hyphens)
rule-webhook_secret = must be whsec_ followed by the base64 of 32 bytes
rule-media_type = the file's content is { $detected ->
        [none] not of an accepted type (judged by its content, not its name)
       *[other] { $detected }, which is not accepted
    }: send a PDF, an OpenDocument text or spreadsheet (ODT, ODS), a Word document (DOCX), an Excel workbook (XLSX), a PNG or a JPEG image
rule-malformed = the file starts as { $what } but is not a valid one: { $reason }
rule-extension = the file's content is { $kind ->
        [pdf] a PDF document
        [png] a PNG image
        [jpg] a JPEG image
        [odt] an OpenDocument text (ODT)
        [ods] an OpenDocument spreadsheet (ODS)
        [docx] a Word document (DOCX)
       *[xlsx] an Excel workbook (XLSX)
    } ({ $media }) but its name { $extension ->
        [none] has no extension
       *[other] ends in .{ $extension }
    }: give it the extension { $kind ->
        [jpg] .jpg or .jpeg
       *[other] .{ $kind }
    }
rule-amount_string = must be a JSON string like “1250.00”, not a number
rule-date = must be a date like “2023-11-01”

# Refusals of a command in the state things are in (a problem's `rule`, the detail in words).
rule-call_not_editable = the call can only be edited while it is a draft; it is { $status }
rule-gate_not_passed = the { $missing ->
        [if_advice] finance inspectorate advice (Inspectie van Financiën)
        [budget_agreement] budget agreement (begrotingsakkoord)
       *[government_approval] Flemish Government approval
    } [gate { $missing }] has not been passed yet; the call is { $status }
rule-gate_out_of_order = the { $gate ->
        [if_advice] finance inspectorate advice (Inspectie van Financiën)
        [budget_agreement] budget agreement (begrotingsakkoord)
       *[government_approval] Flemish Government approval
    } cannot be recorded before the { $missing ->
        [if_advice] finance inspectorate advice (Inspectie van Financiën)
        [budget_agreement] budget agreement (begrotingsakkoord)
       *[government_approval] Flemish Government approval
    } [gate { $missing }]; the call is { $status }
rule-unfavourable_verdict = the { $gate ->
        [if_advice] finance inspectorate advice (Inspectie van Financiën)
        [budget_agreement] budget agreement (begrotingsakkoord)
       *[government_approval] Flemish Government approval
    } [gate { $gate }] was unfavourable; the call cannot go further until a favourable one is recorded
rule-deadline_not_later = the new deadline must be later than the current deadline { $current } ({ $zone })
rule-call_transition = cannot { $action ->
        [open] open
        [cancel] cancel
        [edit] edit
        [extend_deadline] extend the deadline of
        [start_assessment] start the assessment of
        [finalise_selection] finalise the selection of
        [record_if_advice] record the finance inspectorate advice on
        [record_budget_agreement] record the budget agreement on
        [record_government_approval] record the Flemish Government approval on
       *[other] { $action }
    } a call that is { $from }
rule-application_transition = cannot { $action ->
        [edit] edit
        [submit] submit
        [revise] revise
        [withdraw] withdraw
       *[other] { $action }
    } an application that is { $from }
rule-call_not_open = the call does not accept applications; it is { $status }
rule-reviewer_affiliated = the reviewer is affiliated with { $kbo }, the lead or a partner of this application
rule-not_in_assessment = the call is not in assessment; it is { $status }
rule-review_of_eligible_only = only applications screened eligible go to review
rule-selection_of_eligible_only = only an application screened eligible can be selected
rule-decided_selected = the application is decided (selected); change the decision first
rule-not_screened = { $count } submitted application(s) are not screened yet: { $applications }
rule-not_decided = { $count } eligible application(s) have no decision yet: { $applications }
rule-overpayment = the payments would come to { $would_be }, above the { $committed } committed
rule-payee_unverified = the grant's organisation is { $status }: nothing is paid to an organisation until staff verified it (its enterprise number, its mandate, its representative)
rule-not_representative = only the organisation's representative may { $action ->
        [remove_members] remove members
        [hand_on] hand the representative's role on
        [invite_members] invite members
        [see_invitations] see the invitations
        [withdraw_invitations] withdraw invitations
        [register_webhooks] register webhook endpoints
        [answer_awards] accept or renounce a grant
        [lodge_objections] lodge an objection
        [declare_control_links] declare control links
       *[other] { $action }
    }
rule-representative_must_hand_on = the representative cannot leave: first hand the role on to another member (PUT /api/v1/organisations/{"{"}id{"}"}/representative with their user_id), then leave
rule-already_representative = you are the representative already: hand the role on to another member
rule-invitation_answered = the invitation was { $status } already
rule-invitation_expired = the invitation expired at { $expires_at }: ask the representative for a new one
rule-already_member = you are a member of this organisation already
rule-claim_decided = the organisation is { $status } already: only an unverified claim is verified or rejected
rule-number_held = another organisation is verified for enterprise number { $kbo } already
rule-distinct_accounts = the debit and credit accounts must differ
rule-ledger_overflow = the transfer would overflow an account's totals
rule-transfer_id_conflict = transfer id { $id } was already used with another payload
rule-unknown_account = the { $side } account does not exist
rule-account_not_opened = the { $kind } account { $owner } does not exist
rule-same_ledger = both accounts of a transfer must be in the same ledger
rule-not_a_hold = { $hold } is not a hold
rule-hold_resolved = the hold { $hold } was posted or voided already

# Refusals the API itself checks (a 409 with `rule` and `params`).
rule-no_ledger = budget article { $article } has no { $credit_type ->
        [none] ledger
       *[other] { $credit_type } ledger
    } for { $year }: create and credit it first
rule-only_credit_reversed = only a posted CREDIT transfer can be reversed here
rule-reversed_already = transfer { $transfer } was reversed already (transfer { $reversal })
rule-claim_changed_meanwhile = the claim was decided meanwhile: read the organisation again
rule-membership_changed_meanwhile = the membership changed meanwhile: read the members and try again
rule-grant_settled = the grant is settled (settlement { $settlement }); nothing more is paid or reported
rule-tranche_paid = tranche { $tranche } was paid already (payment { $payment })
rule-tranche_not_yet_payable = tranche { $tranche } is payable from the grant's start, { $start }
rule-balance_awaits_report = tranche { $tranche } is the balance after the final report: payable once the final report is accepted
rule-nothing_due = nothing is due: the accepted spend ({ $accepted }) is covered by what was paid ({ $paid }); settle the grant (POST /api/v1/grants/{ $grant }/settlement) to book the recovery and release
rule-report_before_start = the final report can be submitted from the grant's start, { $start }
rule-report_awaits_verdict = final report { $version } awaits a verdict
rule-report_accepted = final report { $version } was accepted
rule-no_final_report = no final report was submitted
rule-report_has_verdict = final report { $version } has a verdict already
rule-no_accepted_report = the grant has no accepted final report to settle on
rule-every_tranche_paid = every tranche is paid; there is no balance to pay
rule-retry_failed_only = only a message whose delivery failed (status failed) is retried
rule-delivery_pending = the message is waiting for its delivery already (status pending)
rule-own_account = an admin cannot disable, enable or change the role of their own account: ask another admin
rule-attachment_detached = the attachment is detached already
rule-only_submitted_assessed = only submitted applications are assessed; this one is { $status }
rule-conflict_declared = a conflict of interest was declared on this assignment
rule-review_submitted = the review is submitted already
rule-review_empty = save the review's scores and comment before submitting it
rule-wrong_credentials = unknown email or wrong password

# After the decision (issue #14).
rule-acceptance_answered = the award was answered already: it is { $status }
rule-acceptance_period_over = the period for answering the award ended at { $due }
rule-objection_period_over = the period for lodging an objection ended at { $due }
rule-objection_lodged = an objection was lodged against this decision already
rule-nothing_to_object = there is no decision letter on this application to object to
rule-objection_ruled = the objection was ruled on already: { $ruling }
rule-upheld_needs_award = an upheld objection names the award the application is decided again with (awarded)
rule-awaiting_acceptance = the grant is { $status }, not accepted by its organisation: it is neither paid nor reported on before it is accepted
rule-grant_cancelled = the grant was cancelled (cancellation { $cancellation }); nothing more is paid, reported or settled
rule-kept_above_paid = the grantee can keep at most what was paid, { $paid }
rule-not_for_regime = not part of a { $regime } regulation
rule-self_control = an organisation does not control itself: name another one
rule-regulation_exists = a regulation with the code { $code } exists already; regulations are never changed, add one with a new code
rule-link_decided = the control link is { $status } already: that decision does not apply
rule-link_declared = a link between these two organisations is { $status } already
rule-unregistered_kbo = no verified organisation has the enterprise number { $kbo } here: it signs up and staff verify it first
rule-regulation_not_in_force = { $regulation } does not apply to awards made on { $day }
rule-aid_ceiling = the award of { $requested } would take the single undertaking past its ceiling of { $ceiling } in the period: { $headroom } is left
rule-aid_declaration_required = declare the de minimis aid your organisation and its single undertaking received from other granting authorities in the three years before (an empty list declares none)
rule-score = must be a score from 0 to 100 with at most two decimals

# The rules a field can break (grantdesk_domain::Rule), by code, in English: `rule-<code>`, with
# the values the rule names as arguments. The same keys as nl/ and fr/ (a test fails otherwise,
# and when a rule of the domain has no message here).

rule-blank = must not be blank
rule-length = must be { $min } to { $max } characters
rule-too_long = must be at most { $max } characters
rule-answer_too_long = is { $chars } characters; the question allows at most { $max }
rule-too_many = has { $count }; at most { $max } are allowed
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

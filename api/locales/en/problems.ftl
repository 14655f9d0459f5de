# Problem details (RFC 9457) in English: the titles by problem type, and the details of the
# problems whose detail is general. English answers are written by the code itself; this file
# holds the same keys as nl/ and fr/ (a test fails otherwise).

title-bad-request = Malformed request
title-validation = The request has invalid fields
title-unauthenticated = Authentication required
title-forbidden = Not allowed for your role
title-not-found = Not found
title-conflict = Conflict with the current state
title-not-editable = The call is no longer a draft
title-gate-out-of-order = Approval gate out of order
title-unfavourable-verdict = An approval gate was not passed
title-deadline-passed = The deadline has passed
title-deadline-not-later = A deadline can only be extended to a later instant
title-invalid-transition = Not possible in the current state
title-call-incomplete = The call's definition is incomplete for this step
title-insufficient-funds = Insufficient funds
title-transfer-id-conflict = Transfer id already used with another payload
title-invalid-transfer = Invalid transfer
title-internal = Internal server error
title-overpayment = More than committed
title-organisation-unverified = The organisation is not verified
title-verification-decided = The claim was decided already
title-enterprise-number-verified = Another organisation holds the enterprise number
title-not-representative = Only the organisation's representative may do this
title-representative-must-hand-on = The representative must hand the role on first
title-already-representative = Already the representative
title-invitation-answered = The invitation was answered already
title-invitation-expired = The invitation has expired
title-already-member = Already a member
title-incomplete = The application is incomplete
title-call-not-open = The call does not accept applications
title-conflict-of-interest = Conflict of interest
title-not-in-assessment = The call is not in assessment
title-unavailable = Temporarily unavailable
title-unsupported-media-type = Unsupported media type
title-payload-too-large = Payload too large
title-malformed-file = The file is damaged or not what it seems
title-file-name-mismatch = The file's name does not match its content
title-request-timeout = The request body came too slowly
title-too-many-requests = Too many requests
title-aid-ceiling = Over the single undertaking's aid ceiling

detail-field = { $field }: { $message }
detail-fields = { $count } fields are invalid: see errors
detail-not-found = it does not exist or is not visible to you
detail-forbidden = your role may not do this
detail-internal = an unexpected error occurred; it has been logged
detail-unavailable = the service is temporarily unavailable; try again in a few seconds
detail-payload-too-large = the request is larger than this server accepts
detail-request-timeout = the request body did not arrive in time; send it again, whole, on a new connection
detail-too-many-requests = too many requests; try again after the seconds in Retry-After
detail-deadline-passed = the deadline { $deadline } has passed
detail-insufficient-funds = insufficient funds: { $available } available, { $requested } requested

field-required = is required
field-missing = is missing ({ $rule })
field-unknown_field = is not a field of this request
field-control_character = contains a control character (NUL included), which is refused
field-email = must be an e-mail address
field-duplicate = is named twice
field-invalid = is invalid ({ $rule })

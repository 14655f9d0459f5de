# Notifications in English. Every message here exists in nl/ and fr/ too (a test fails
# otherwise).

greeting = Hello,
footer = This message was sent by grantdesk. You also find it among your messages in the application.
fact-call = Call
fact-application = Application
fact-receipt-number = Receipt
fact-received-at = Received on
fact-digest = SHA-256 of the submitted content
fact-organisation = Organisation
fact-enterprise-number = Enterprise number
fact-decision = Decision
fact-awarded = Amount awarded
fact-accept-by = Accept or renounce before
fact-lodged-at = Objection lodged on
fact-grounds = Grounds
fact-requested = Amount requested
fact-motivation = Motivation
fact-start-date = Start date
fact-expires-at = Valid until
fact-reason = Reason
fact-endpoint = Endpoint address
fact-question = Question
fact-answer = Answer
fact-tranche = Tranche
fact-amount-paid = Amount paid
fact-paid-on = Paid on
fact-reported-spend = Reported spend
fact-accepted-spend = Accepted spend
fact-kept = Kept of what was paid
fact-recovery = To pay back

decision-selected = selected
decision-reserve = reserve list
decision-rejected = not selected
decision-not_eligible = not eligible

submission_receipt-subject = Receipt { $number }: your application was submitted
submission_receipt-body = We received your application "{ $title }" for the call { $call } on { $received_at }. Keep this receipt: the number and the SHA-256 below prove which content we received, and when.

decision_letter-subject = Decision on your application for the call { $call }
decision_letter-selected-body = Your application "{ $title }" was selected. You are awarded a grant of { $awarded }.
decision_letter-reserve-body = Your application "{ $title }" was not selected straight away but is on the reserve list: if budget comes free, it can still be funded.
decision_letter-rejected-body = Your application "{ $title }" was not selected. The motivation is below.
decision_letter-not_eligible-body = Your application "{ $title }" was found not eligible. The reason is below.

objection_lodged-subject = Objection received: { $title } ({ $call })
objection_lodged-body = We received your objection against the decision on your application "{ $title }" for the call { $call } on { $lodged_at }. Staff will rule on it; you will be told.

objection_ruled-subject = Ruling on your objection: { $title } ({ $call })
objection_ruled-upheld-body = Your objection against the decision on "{ $title }" is upheld and your application was decided again. If an amount is awarded below, accept or renounce the grant in the application before the date below; otherwise no money was free and your application is on the reserve list.
objection_ruled-rejected-body = Your objection against the decision on "{ $title }" is rejected: the decision stands. The motivation is below.
objection_ruled-inadmissible-body = Your objection against the decision on "{ $title }" is inadmissible. The motivation is below.

invitation-subject = Invitation to become a member of { $organisation }
invitation-body = You are invited to become a member of { $organisation } in grantdesk. Accept or decline the invitation in the application before { $expires_at }.

password_reset-subject = Reset your password
password_reset-body = A reset of your account's password was requested. Use this code in the application before { $expires_at }: { $token }. If you did not ask for this, you can ignore this message.
password_reset-inbox-body = A reset of your account's password was requested. The code was sent by e-mail to your address and is valid until { $expires_at }.

membership_ended-subject = You are no longer a member of { $organisation }
membership_ended-body = Your membership of { $organisation } has ended. You no longer see this organisation's applications.

organisation_verified-subject = { $organisation } is verified
organisation_verified-body = Our staff verified { $organisation } (enterprise number { $kbo }). The organisation can now receive grants.

organisation_claim_rejected-subject = Your registration of { $organisation } was rejected
organisation_claim_rejected-body = Our staff rejected the registration of { $organisation } (enterprise number { $kbo }). The reason is below.

question_answered-subject = New answer in the questions about the call { $call }
question_answered-body = An answer was published in the questions and answers about the call { $call }. It applies to every applicant.

payment_made-subject = Payment of tranche { $tranche } for the call { $call }
payment_made-body = On { $paid_on }, { $amount } was paid as tranche { $tranche } of your grant.
grant_cancelled-subject = Your grant in the call { $call } is cancelled
grant_cancelled-body = Your grant is cancelled: nothing more is paid. Of what was paid you keep { $kept }; { $recovery } is to be paid back. The motivation is below.

final_report_verdict-subject = Decision on your final report for the call { $call }
final_report_verdict-accepted-body = Your final report was accepted, with { $accepted_spend } of accepted spend. The grant's balance is worked out from it.
final_report_verdict-rejected-body = Your final report was not accepted. The motivation is below; you may submit a new final report.

webhook_disabled-subject = Your webhook endpoint was disabled
webhook_disabled-body = Messages to { $url } failed every attempt and the endpoint was disabled. No new events are written for it; those waiting are sent once you enable it again.

fact-deadline = Deadline
fact-end-date = End of the grant's period
reminder-footer = You receive this reminder because of your organisation's application. To stop reminders, use this message's unsubscribe link or turn them off in your account (PUT /api/v1/me/reminders).

deadline_reminder-subject = Reminder: the call { $call } closes on { $deadline }
deadline_reminder-body = Your organisation's draft application "{ $title }" in the call { $call } has not been submitted yet. The deadline is { $deadline }: an application submitted at or after that instant is refused.

final_report_due-subject = The final report of your grant in the call { $call } is due
final_report_due-body = The period of your grant in the call { $call } ended on { $end_date }. Please submit its final report: the balance is worked out and paid once the report is accepted.

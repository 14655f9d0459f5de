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
fact-requested = Amount requested
fact-motivation = Motivation
fact-start-date = Start date
fact-expires-at = Valid until
fact-reason = Reason

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

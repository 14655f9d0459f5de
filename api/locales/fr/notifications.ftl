# Notifications in French. Every message here exists in nl/ and en/ too (a test fails
# otherwise).

greeting = Bonjour,
footer = Ce message a été envoyé par grantdesk. Vous le retrouvez aussi dans vos messages dans l'application.
fact-call = Appel
fact-application = Demande
fact-receipt-number = Accusé de réception
fact-received-at = Reçue le
fact-digest = SHA-256 du contenu introduit
fact-organisation = Organisation
fact-enterprise-number = Numéro d'entreprise
fact-decision = Décision
fact-awarded = Montant octroyé
fact-accept-by = Accepter ou refuser avant le
fact-lodged-at = Réclamation introduite le
fact-grounds = Motifs
fact-requested = Montant demandé
fact-motivation = Motivation
fact-start-date = Date de début
fact-expires-at = Valable jusqu'au
fact-reason = Motif
fact-endpoint = Adresse du point de terminaison
fact-question = Question
fact-answer = Réponse
fact-tranche = Tranche
fact-amount-paid = Montant payé
fact-paid-on = Payé le
fact-reported-spend = Dépenses déclarées
fact-accepted-spend = Dépenses acceptées
fact-kept = Conservé sur les montants payés
fact-recovery = À rembourser

decision-selected = sélectionnée
decision-reserve = liste de réserve
decision-rejected = non sélectionnée
decision-not_eligible = irrecevable

submission_receipt-subject = Accusé de réception { $number } : votre demande a été introduite
submission_receipt-body = Nous avons bien reçu votre demande « { $title } » pour l'appel { $call } le { $received_at }. Conservez cet accusé de réception : le numéro et le SHA-256 ci-dessous prouvent quel contenu nous avons reçu et quand.

decision_letter-subject = Décision concernant votre demande pour l'appel { $call }
decision_letter-selected-body = Votre demande « { $title } » a été sélectionnée. Une subvention de { $awarded } vous est octroyée.
decision_letter-reserve-body = Votre demande « { $title } » n'a pas été sélectionnée d'emblée mais figure sur la liste de réserve : si du budget se libère, elle pourra encore être financée.
decision_letter-rejected-body = Votre demande « { $title } » n'a pas été sélectionnée. Vous trouverez la motivation ci-dessous.
decision_letter-not_eligible-body = Votre demande « { $title } » a été déclarée irrecevable. Vous trouverez le motif ci-dessous.

objection_lodged-subject = Réclamation reçue : { $title } ({ $call })
objection_lodged-body = Nous avons reçu votre réclamation contre la décision sur votre demande « { $title } » pour l'appel { $call } le { $lodged_at }. L'administration statuera ; vous en serez informé.

objection_ruled-subject = Décision sur votre réclamation : { $title } ({ $call })
objection_ruled-upheld-body = Votre réclamation contre la décision sur « { $title } » est fondée et votre demande a été à nouveau décidée. Si un montant est octroyé ci-dessous, acceptez ou refusez la subvention dans l'application avant la date ci-dessous ; sinon aucun moyen n'était libre et votre demande figure sur la liste de réserve.
objection_ruled-rejected-body = Votre réclamation contre la décision sur « { $title } » est non fondée : la décision est maintenue. La motivation figure ci-dessous.
objection_ruled-inadmissible-body = Votre réclamation contre la décision sur « { $title } » est irrecevable. La motivation figure ci-dessous.

invitation-subject = Invitation à devenir membre de { $organisation }
invitation-body = Vous êtes invité(e) à devenir membre de { $organisation } dans grantdesk. Acceptez ou refusez l'invitation dans l'application avant le { $expires_at }.

password_reset-subject = Réinitialiser votre mot de passe
password_reset-body = Une réinitialisation du mot de passe de votre compte a été demandée. Utilisez ce code dans l'application avant le { $expires_at } : { $token }. Si vous n'en êtes pas à l'origine, ignorez ce message.
password_reset-inbox-body = Une réinitialisation du mot de passe de votre compte a été demandée. Le code a été envoyé par e-mail à votre adresse et est valable jusqu'au { $expires_at }.

membership_ended-subject = Vous n'êtes plus membre de { $organisation }
membership_ended-body = Votre qualité de membre de { $organisation } a pris fin. Vous ne voyez plus les demandes de cette organisation.

organisation_verified-subject = { $organisation } est vérifiée
organisation_verified-body = Nos services ont vérifié { $organisation } (numéro d'entreprise { $kbo }). L'organisation peut désormais recevoir des subventions.

organisation_claim_rejected-subject = Votre enregistrement de { $organisation } a été refusé
organisation_claim_rejected-body = Nos services ont refusé l'enregistrement de { $organisation } (numéro d'entreprise { $kbo }). Vous trouverez le motif ci-dessous.

question_answered-subject = Nouvelle réponse aux questions sur l'appel { $call }
question_answered-body = Une réponse a été publiée dans les questions et réponses sur l'appel { $call }. Elle vaut pour tous les demandeurs.

payment_made-subject = Paiement de la tranche { $tranche } pour l'appel { $call }
payment_made-body = Le { $paid_on }, { $amount } ont été payés au titre de la tranche { $tranche } de votre subvention.
grant_cancelled-subject = Votre subvention dans l'appel { $call } est retirée
grant_cancelled-body = Votre subvention est retirée : plus rien n'est payé. Sur ce qui a été payé, vous conservez { $kept } ; { $recovery } est à rembourser. La motivation figure ci-dessous.

final_report_verdict-subject = Décision sur votre rapport final pour l'appel { $call }
final_report_verdict-accepted-body = Votre rapport final a été accepté, avec { $accepted_spend } de dépenses acceptées. Le solde de la subvention est calculé sur cette base.
final_report_verdict-rejected-body = Votre rapport final n'a pas été accepté. La motivation figure ci-dessous ; vous pouvez soumettre un nouveau rapport final.

webhook_disabled-subject = Votre point de terminaison webhook a été désactivé
webhook_disabled-body = Les messages vers { $url } ont échoué à chaque tentative et le point de terminaison a été désactivé. Aucun nouvel événement ne lui est plus destiné ; ceux qui attendent partiront dès que vous le réactiverez.

fact-deadline = Date limite
fact-end-date = Fin de la période de la subvention
reminder-footer = Vous recevez ce rappel en raison de la demande de votre organisation. Pour ne plus recevoir de rappels, utilisez le lien de désinscription de ce message ou désactivez-les dans votre compte (PUT /api/v1/me/reminders).

deadline_reminder-subject = Rappel : l'appel { $call } se clôture le { $deadline }
deadline_reminder-body = Le projet de demande « { $title } » de votre organisation pour l'appel { $call } n'a pas encore été introduit. La date limite est le { $deadline } : une demande introduite à cet instant ou après est refusée.

final_report_due-subject = Le rapport final de votre subvention pour l'appel { $call } est attendu
final_report_due-body = La période de votre subvention pour l'appel { $call } a pris fin le { $end_date }. Veuillez introduire son rapport final : le solde est calculé et payé une fois le rapport accepté.

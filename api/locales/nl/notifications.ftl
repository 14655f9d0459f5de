# Notifications in Dutch (the default). Every message here exists in fr/ and en/ too (a test
# fails otherwise). Placeables are filled with facts already written for the language (amounts,
# instants), never with numbers to format here.

greeting = Goedendag,
footer = Dit bericht werd verstuurd door grantdesk. U vindt het ook in uw berichten in de toepassing.
fact-call = Oproep
fact-application = Aanvraag
fact-receipt-number = Ontvangstbewijs
fact-received-at = Ontvangen op
fact-digest = SHA-256 van de ingediende inhoud
fact-organisation = Organisatie
fact-enterprise-number = Ondernemingsnummer
fact-decision = Beslissing
fact-awarded = Toegekend bedrag
fact-accept-by = Aanvaarden of weigeren vóór
fact-lodged-at = Bezwaar ingediend op
fact-grounds = Gronden
fact-requested = Gevraagd bedrag
fact-motivation = Motivering
fact-start-date = Startdatum
fact-expires-at = Geldig tot
fact-reason = Reden
fact-endpoint = Adres van het eindpunt
fact-question = Vraag
fact-answer = Antwoord
fact-tranche = Schijf
fact-amount-paid = Betaald bedrag
fact-paid-on = Betaald op
fact-reported-spend = Gerapporteerde uitgaven
fact-accepted-spend = Aanvaarde uitgaven
fact-kept = Behouden van wat betaald werd
fact-recovery = Terug te betalen

decision-selected = geselecteerd
decision-reserve = reservelijst
decision-rejected = niet geselecteerd
decision-not_eligible = niet ontvankelijk

submission_receipt-subject = Ontvangstbewijs { $number }: uw aanvraag is ingediend
submission_receipt-body = Wij hebben uw aanvraag "{ $title }" voor de oproep { $call } goed ontvangen op { $received_at }. Bewaar dit ontvangstbewijs: het nummer en de SHA-256 hieronder bewijzen welke inhoud wij ontvingen en wanneer.

decision_letter-subject = Beslissing over uw aanvraag voor de oproep { $call }
decision_letter-selected-body = Uw aanvraag "{ $title }" werd geselecteerd. Er wordt u een subsidie van { $awarded } toegekend.
decision_letter-reserve-body = Uw aanvraag "{ $title }" werd niet meteen geselecteerd maar staat op de reservelijst: komt er budget vrij, dan kan ze alsnog gefinancierd worden.
decision_letter-rejected-body = Uw aanvraag "{ $title }" werd niet geselecteerd. De motivering vindt u hieronder.
decision_letter-not_eligible-body = Uw aanvraag "{ $title }" werd niet ontvankelijk verklaard. De reden vindt u hieronder.

objection_lodged-subject = Bezwaar ontvangen: { $title } ({ $call })
objection_lodged-body = We ontvingen uw bezwaar tegen de beslissing over uw aanvraag "{ $title }" voor de oproep { $call } op { $lodged_at }. De administratie beslist erover; u wordt op de hoogte gebracht.

objection_ruled-subject = Beslissing over uw bezwaar: { $title } ({ $call })
objection_ruled-upheld-body = Uw bezwaar tegen de beslissing over "{ $title }" is gegrond en uw aanvraag werd opnieuw beslist. Als hieronder een bedrag is toegekend, aanvaard of weiger de subsidie dan in de toepassing vóór de datum hieronder; anders waren er geen middelen vrij en staat uw aanvraag op de reservelijst.
objection_ruled-rejected-body = Uw bezwaar tegen de beslissing over "{ $title }" is ongegrond: de beslissing blijft. De motivering staat hieronder.
objection_ruled-inadmissible-body = Uw bezwaar tegen de beslissing over "{ $title }" is onontvankelijk. De motivering staat hieronder.

invitation-subject = Uitnodiging om lid te worden van { $organisation }
invitation-body = U bent uitgenodigd om lid te worden van { $organisation } in grantdesk. Aanvaard of weiger de uitnodiging in de toepassing, vóór { $expires_at }.

password_reset-subject = Uw wachtwoord opnieuw instellen
password_reset-body = Er werd gevraagd om het wachtwoord van uw account opnieuw in te stellen. Gebruik deze code in de toepassing vóór { $expires_at }: { $token }. Vroeg u dit niet aan, dan mag u dit bericht negeren.
password_reset-inbox-body = Er werd gevraagd om het wachtwoord van uw account opnieuw in te stellen. De code werd per e-mail naar uw adres gestuurd en is geldig tot { $expires_at }.

membership_ended-subject = U bent geen lid meer van { $organisation }
membership_ended-body = Uw lidmaatschap van { $organisation } werd beëindigd. U ziet de aanvragen van deze organisatie niet langer.

organisation_verified-subject = { $organisation } is geverifieerd
organisation_verified-body = Onze diensten hebben { $organisation } (ondernemingsnummer { $kbo }) geverifieerd. De organisatie kan nu subsidies ontvangen.

organisation_claim_rejected-subject = Uw registratie van { $organisation } werd afgewezen
organisation_claim_rejected-body = Onze diensten hebben de registratie van { $organisation } (ondernemingsnummer { $kbo }) afgewezen. De reden vindt u hieronder.

question_answered-subject = Nieuw antwoord in de vragen over de oproep { $call }
question_answered-body = Er werd een antwoord gepubliceerd bij de vragen en antwoorden over de oproep { $call }. Het geldt voor alle aanvragers.

payment_made-subject = Betaling van schijf { $tranche } voor de oproep { $call }
payment_made-body = Op { $paid_on } werd { $amount } betaald als schijf { $tranche } van uw subsidie.
grant_cancelled-subject = Uw subsidie in de oproep { $call } is ingetrokken
grant_cancelled-body = Uw subsidie is ingetrokken: er wordt niets meer betaald. Van wat betaald werd, behoudt u { $kept }; { $recovery } moet worden terugbetaald. De motivering staat hieronder.

final_report_verdict-subject = Beslissing over uw eindverslag voor de oproep { $call }
final_report_verdict-accepted-body = Uw eindverslag werd aanvaard, met { $accepted_spend } aanvaarde uitgaven. Het saldo van de subsidie wordt daarop berekend.
final_report_verdict-rejected-body = Uw eindverslag werd niet aanvaard. De motivering staat hieronder; u kunt een nieuw eindverslag indienen.

webhook_disabled-subject = Uw webhook-eindpunt werd uitgeschakeld
webhook_disabled-body = De berichten naar { $url } mislukten bij elke poging en het eindpunt werd uitgeschakeld. Nieuwe gebeurtenissen worden er niet meer voor geschreven; wie al wachtten, worden verzonden zodra u het weer inschakelt.

fact-deadline = Uiterste indiendatum
fact-end-date = Einde van de subsidieperiode
reminder-footer = U ontvangt deze herinnering wegens de aanvraag van uw organisatie. Wilt u geen herinneringen meer, gebruik dan de afmeldlink van dit bericht of zet ze uit in uw account (PUT /api/v1/me/reminders).

deadline_reminder-subject = Herinnering: de oproep { $call } sluit op { $deadline }
deadline_reminder-body = De ontwerpaanvraag "{ $title }" van uw organisatie in de oproep { $call } is nog niet ingediend. De uiterste indiendatum is { $deadline }: een aanvraag die op of na dat moment wordt ingediend, wordt geweigerd.

final_report_due-subject = Het eindrapport van uw subsidie in de oproep { $call } wordt verwacht
final_report_due-body = De periode van uw subsidie in de oproep { $call } liep af op { $end_date }. Dien het eindrapport in: het saldo wordt berekend en uitbetaald zodra het rapport aanvaard is.

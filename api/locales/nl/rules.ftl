# De regels die een veld kan breken (grantdesk_domain::Rule), per code, in het Nederlands:
# `rule-<code>`, met de waarden die de regel noemt als argumenten. Dezelfde sleutels als en/ en
# fr/ (anders faalt een test).

rule-blank = mag niet leeg zijn
rule-length = moet { $min } tot { $max } tekens lang zijn
rule-too_long = mag hoogstens { $max } tekens lang zijn
rule-answer_too_long = is { $chars } tekens lang; de vraag laat hoogstens { $max } toe
rule-too_many = telt er { $count }; hoogstens { $max } zijn toegestaan
rule-too_few = moet er minstens { $min } noemen
rule-count = telt er { $count }; er zijn er { $min } tot { $max } nodig
rule-range = moet een geheel getal van { $min } tot { $max } zijn
rule-positive = moet groter dan nul zijn
rule-duplicate = wordt twee keer genoemd
rule-required = is verplicht
rule-required_text = is verplicht: { $min } tot { $max } tekens
rule-answer_required = een antwoord op ‘{ $question }’ is verplicht
rule-attachment_required = ‘{ $label }’ moet bijgevoegd worden
rule-budget_line_required = minstens één begrotingslijn is verplicht
rule-unknown_track = spoor { $track } is geen spoor van deze oproep; kies uit { $choices }
rule-unknown_question = is geen vraag van deze oproep
rule-unknown_criterion = is geen criterium van deze oproep
rule-partner_is_lead = is de hoofdaanvrager; die kan niet ook partner zijn
rule-exceeds_cap = het gevraagde bedrag, { $requested }, overschrijdt het plafond van de oproep van { $cap } per project
rule-cap_exceeds_budget = { $cap } overschrijdt het budget van de oproep, { $budget }
rule-track_exceeds_budget = { $amount } overschrijdt het budget van de oproep, { $budget }
rule-tracks_exceed_budget = de budgetten van de sporen overschrijden samen het budget van de oproep, { $budget }
rule-too_large = overschrijden samen het grootste bedrag, { $max }
rule-call_reference = moet 2 tot 20 tekens uit A-Z, 0-9 en ‘-’ zijn, zoals ‘EXP23’
rule-key = moet 1 tot 40 tekens uit a-z, 0-9 en ‘_’ zijn, beginnend met een letter
rule-email = moet een e-mailadres zijn zoals ‘naam@example.be’ van hoogstens 254 tekens
rule-phone = mag hoogstens 40 cijfers, spaties en + ( ) - . / bevatten
rule-postal_code = moet 2 tot 10 letters, cijfers, spaties en ‘-’ zijn, zoals ‘1000’
rule-country = moet een landcode van twee letters zijn zoals ‘BE’
rule-year = het jaar moet vier cijfers hebben (1000 tot 9999)
rule-not_after = moet na { $after } liggen
rule-not_before = moet voor { $before } liggen
rule-in_future = mag niet in de toekomst liggen (het is vandaag { $today } in { $zone })
rule-too_far_ahead = ligt te ver in de toekomst
rule-too_long_running = een subsidie loopt hoogstens { $max_years } jaar: ze eindigt uiterlijk op { $latest }
rule-unknown_tranche = deze subsidie heeft de schijven 1 tot { $count }
rule-percentage = moet een geheel percentage van 1 tot 100 zijn
rule-percentages_total = de schijven tellen op tot { $total } %, niet tot 100 %
rule-final_report_tranche_not_last = alleen de laatste schijf mag op het eindverslag wachten
rule-award_required = een geselecteerde aanvraag heeft een toegekend bedrag nodig
rule-award_above_request = het toegekende bedrag, { $award }, overschrijdt het gevraagde bedrag, { $requested }
rule-award_above_cap = het toegekende bedrag, { $award }, overschrijdt het plafond per project van de oproep, { $cap }
rule-award_not_expected = { $kind ->
    [reserve] een plaats in de reserve
   *[other] een afwijzing
} heeft geen toegekend bedrag
rule-reason_required = een reden is verplicht als een aanvraag niet ontvankelijk is
rule-score_above_maximum = de score { $score } overschrijdt het maximum van het criterium, { $max }
rule-score_required = elk criterium moet gescoord worden
rule-zero_maximum = het criterium ‘{ $criterion }’ heeft een maximumscore van 0
rule-zero_weights = de gewichten van de criteria tellen op tot 0
rule-scores_too_large = de scores zijn te groot om te combineren
rule-no_criteria = de oproep heeft geen beoordelingscriteria
rule-one_of = moet een van { $choices } zijn
rule-together = hoort bij { $with }: geef beide of geen van beide
rule-at_least = moet minstens { $min } zijn
rule-amount_above = mag hoogstens { $max } zijn
rule-amount_not_expected = een afwijzing aanvaardt geen bedrag
rule-motivation_required = zeg waarom het verslag afgewezen of niet volledig aanvaard wordt
rule-not_of_call = aanvraag { $application } hoort niet bij deze oproep
rule-unknown_user = die account bestaat niet
rule-not_reviewer = die account is geen actieve beoordelaar
rule-not_member = is geen lid van de organisatie: nodig die eerst uit
rule-staff_roles_only = alleen personeelsrollen veranderen: admin, finance, reviewer of auditor
rule-wrong_password = is niet het huidige wachtwoord van de account
rule-reset_token = het herstelbewijs is onbekend, gebruikt of verlopen: vraag een nieuw aan
rule-unsubscribe_token = is geen uitschrijflink van deze server
rule-instant = moet een tijdstip in RFC 3339 zijn, bv. 2023-08-01T00:00:00Z
rule-too_many_rows = de export zou { $total } rijen tellen, meer dan { $max }: beperk hem (jaar, artikel, oproep of periode) of blader door de JSON
rule-empty_file = het bestand is leeg
rule-file_name_path = een bestandsnaam mag geen pad bevatten
rule-file_name_empty = van de bestandsnaam blijft niets over
rule-not_text = moet tekst zijn (UTF-8)
rule-url = is geen URL
rule-https = moet https gebruiken (leveringen dragen ondertekende feiten over aanvragen)
rule-url_credentials = mag geen inloggegevens bevatten: leveringen worden ondertekend met het geheim van het eindpunt
rule-url_fragment = mag geen fragment (#...) hebben
rule-url_host = heeft geen host
rule-private_address = het adres { $address } ligt niet op het publieke internet (loopback-, privé- en link-local-netwerken worden geweigerd)
rule-date_time = moet een datum en tijd zijn zoals ‘2023-08-31T10:00:00+02:00’ of ‘2023-08-31T10:00’
rule-whole_second = moet een hele seconde zijn: laat de fractie van een seconde weg
rule-leap_second = een minuut heeft de seconden 00 tot 59: een seconde 60 (schrikkelseconde) is geen deadline
rule-nonexistent_time = { $local } bestaat niet in { $zone } (de klok gaat dan vooruit); kies een ander tijdstip
rule-ambiguous_time = { $local } komt twee keer voor (de klok gaat dan achteruit); geef de verschuiving, bv. { $earliest } of { $latest }
rule-time_zone = moet een IANA-tijdzone zijn zoals ‘Europe/Brussels’
rule-kbo_format = moet een ondernemingsnummer van 10 cijfers zijn zoals ‘0207.451.227’
rule-kbo_first_digit = een ondernemingsnummer begint met 0 of 1
rule-kbo_checksum = het controlegetal (mod 97) van het ondernemingsnummer klopt niet
rule-not_negative = mag niet negatief zijn
rule-amount = moet een decimaal getal zijn zoals ‘1250.00’
rule-cents = mag hoogstens twee decimalen hebben
rule-budget_article = moet een begrotingsartikel zijn zoals ‘SJ0-1SMC2GA-WT’ (3, 7 en 2 tekens gescheiden door koppeltekens)
rule-webhook_secret = moet whsec_ zijn gevolgd door de base64 van 32 bytes
rule-media_type = de inhoud van het bestand { $detected ->
        [none] is van geen aanvaard type (beoordeeld op de inhoud, niet op de naam)
       *[other] is { $detected }, dat niet aanvaard wordt
    }: stuur een PDF, een OpenDocument-tekst of -rekenblad (ODT, ODS), een Word-document (DOCX), een Excel-werkmap (XLSX), een PNG- of een JPEG-afbeelding
rule-malformed = het bestand is beschadigd of niet wat het lijkt (diagnose van de lezer, in het Engels: { $what }, { $reason })
rule-extension = de inhoud van het bestand is { $kind ->
        [pdf] een PDF-document
        [png] een PNG-afbeelding
        [jpg] een JPEG-afbeelding
        [odt] een OpenDocument-tekst (ODT)
        [ods] een OpenDocument-rekenblad (ODS)
        [docx] een Word-document (DOCX)
       *[xlsx] een Excel-werkmap (XLSX)
    } ({ $media }) maar de naam { $extension ->
        [none] heeft geen extensie
       *[other] eindigt op .{ $extension }
    }: geef het de extensie { $kind ->
        [jpg] .jpg of .jpeg
       *[other] .{ $kind }
    }
rule-amount_string = moet een JSON-tekenreeks zijn zoals ‘1250.00’, geen getal
rule-date = moet een datum zijn zoals ‘2023-11-01’

# Weigeringen van een opdracht in de toestand waarin de dingen zijn (de `rule` van een probleem).
rule-call_not_editable = de oproep kan alleen bewerkt worden zolang hij een ontwerp is; hij is ‘{ $status }’
rule-gate_not_passed = de stap ‘{ $missing ->
        [if_advice] advies van de Inspectie van Financiën
        [budget_agreement] begrotingsakkoord
       *[government_approval] goedkeuring door de Vlaamse Regering
    }’ [stap { $missing }] is nog niet doorlopen; de oproep is ‘{ $status }’
rule-gate_out_of_order = de stap ‘{ $gate ->
        [if_advice] advies van de Inspectie van Financiën
        [budget_agreement] begrotingsakkoord
       *[government_approval] goedkeuring door de Vlaamse Regering
    }’ kan niet geregistreerd worden vóór de stap ‘{ $missing ->
        [if_advice] advies van de Inspectie van Financiën
        [budget_agreement] begrotingsakkoord
       *[government_approval] goedkeuring door de Vlaamse Regering
    }’ [stap { $missing }]; de oproep is ‘{ $status }’
rule-unfavourable_verdict = de stap ‘{ $gate ->
        [if_advice] advies van de Inspectie van Financiën
        [budget_agreement] begrotingsakkoord
       *[government_approval] goedkeuring door de Vlaamse Regering
    }’ [stap { $gate }] was ongunstig; de oproep kan niet verder tot een gunstig oordeel geregistreerd is
rule-deadline_not_later = de nieuwe deadline moet later zijn dan de huidige deadline { $current } ({ $zone })
rule-call_transition = kan een oproep die ‘{ $from }’ is niet { $action ->
        [open] openen
        [cancel] annuleren
        [edit] bewerken
        [extend_deadline] de deadline verlengen van
        [start_assessment] de beoordeling starten van
        [finalise_selection] de selectie afronden van
        [record_if_advice] het advies van de Inspectie van Financiën registreren voor
        [record_budget_agreement] het begrotingsakkoord registreren voor
        [record_government_approval] de goedkeuring door de Vlaamse Regering registreren voor
       *[other] { $action }
    }
rule-application_transition = kan een aanvraag die ‘{ $from }’ is niet { $action ->
        [edit] bewerken
        [submit] indienen
        [revise] herzien
        [withdraw] intrekken
       *[other] { $action }
    }
rule-call_not_open = de oproep aanvaardt geen aanvragen; hij is ‘{ $status }’
rule-reviewer_affiliated = de beoordelaar is verbonden aan { $kbo }, hoofdaanvrager of partner van deze aanvraag
rule-not_in_assessment = de oproep is niet in beoordeling; hij is ‘{ $status }’
rule-review_of_eligible_only = alleen ontvankelijk verklaarde aanvragen gaan naar beoordeling
rule-selection_of_eligible_only = alleen een ontvankelijk verklaarde aanvraag kan geselecteerd worden
rule-decided_selected = over de aanvraag is beslist (geselecteerd); wijzig eerst de beslissing
rule-not_screened = { $count } ingediende aanvraag/aanvragen zijn nog niet gescreend: { $applications }
rule-not_decided = { $count } ontvankelijke aanvraag/aanvragen hebben nog geen beslissing: { $applications }
rule-overpayment = de betalingen zouden { $would_be } bedragen, meer dan de { $committed } vastgelegd
rule-payee_unverified = de organisatie van de subsidie is ‘{ $status }’: er wordt niets betaald aan een organisatie tot het personeel ze verifieerde (haar ondernemingsnummer, haar mandaat, haar vertegenwoordiger)
rule-not_representative = alleen de vertegenwoordiger van de organisatie mag { $action ->
        [remove_members] leden verwijderen
        [hand_on] de rol van vertegenwoordiger doorgeven
        [invite_members] leden uitnodigen
        [see_invitations] de uitnodigingen zien
        [withdraw_invitations] uitnodigingen intrekken
        [register_webhooks] webhook-eindpunten registreren
        [answer_awards] een subsidie aanvaarden of weigeren
        [lodge_objections] bezwaar indienen
        [declare_control_links] controlebanden aangeven
       *[other] { $action }
    }
rule-representative_must_hand_on = de vertegenwoordiger kan niet vertrekken: geef de rol eerst door aan een ander lid (PUT /api/v1/organisations/{"{"}id{"}"}/representative met diens user_id) en vertrek dan
rule-already_representative = u bent al de vertegenwoordiger: geef de rol door aan een ander lid
rule-invitation_answered = de uitnodiging is al ‘{ $status }’
rule-invitation_expired = de uitnodiging verliep op { $expires_at }: vraag de vertegenwoordiger om een nieuwe
rule-already_member = u bent al lid van deze organisatie
rule-claim_decided = de organisatie is al ‘{ $status }’: alleen een niet-geverifieerde claim wordt geverifieerd of afgewezen
rule-number_held = een andere organisatie is al geverifieerd voor ondernemingsnummer { $kbo }
rule-distinct_accounts = de debet- en creditrekening moeten verschillen
rule-ledger_overflow = de overboeking zou de totalen van een rekening doen overlopen
rule-transfer_id_conflict = transfer-id { $id } werd al gebruikt met een andere inhoud
rule-unknown_account = de { $side ->
        [debit] debetrekening
       *[other] creditrekening
    } bestaat niet
rule-account_not_opened = de rekening ‘{ $kind }’ { $owner } bestaat niet
rule-same_ledger = beide rekeningen van een overboeking moeten in hetzelfde grootboek staan
rule-not_a_hold = { $hold } is geen vastlegging
rule-hold_resolved = de vastlegging { $hold } werd al geboekt of vrijgegeven

# Weigeringen die de API zelf controleert (een 409 met `rule` en `params`).
rule-no_ledger = begrotingsartikel { $article } heeft geen { $credit_type ->
        [none] grootboek
       *[other] { $credit_type }-grootboek
    } voor { $year }: maak het eerst aan en krediteer het
rule-only_credit_reversed = alleen een geboekte CREDIT-overboeking kan hier tegengeboekt worden
rule-reversed_already = overboeking { $transfer } werd al tegengeboekt (overboeking { $reversal })
rule-claim_changed_meanwhile = over de claim werd intussen beslist: lees de organisatie opnieuw
rule-membership_changed_meanwhile = het lidmaatschap veranderde intussen: lees de leden opnieuw en probeer opnieuw
rule-grant_settled = de subsidie is afgerekend (afrekening { $settlement }); er wordt niets meer betaald of gerapporteerd
rule-tranche_paid = schijf { $tranche } werd al betaald (betaling { $payment })
rule-tranche_not_yet_payable = schijf { $tranche } is betaalbaar vanaf de start van de subsidie, { $start }
rule-balance_awaits_report = schijf { $tranche } is het saldo na het eindverslag: betaalbaar zodra het eindverslag aanvaard is
rule-nothing_due = er is niets verschuldigd: de aanvaarde uitgaven ({ $accepted }) zijn gedekt door wat betaald werd ({ $paid }); reken de subsidie af (POST /api/v1/grants/{ $grant }/settlement) om de terugvordering en de vrijgave te boeken
rule-report_before_start = het eindverslag kan ingediend worden vanaf de start van de subsidie, { $start }
rule-report_awaits_verdict = eindverslag { $version } wacht op een oordeel
rule-report_accepted = eindverslag { $version } werd aanvaard
rule-no_final_report = er werd geen eindverslag ingediend
rule-report_has_verdict = eindverslag { $version } heeft al een oordeel
rule-no_accepted_report = de subsidie heeft geen aanvaard eindverslag om op af te rekenen
rule-every_tranche_paid = elke schijf is betaald; er is geen saldo te betalen
rule-retry_failed_only = alleen een bericht waarvan de levering mislukte (status failed) wordt opnieuw geprobeerd
rule-delivery_pending = het bericht wacht al op zijn levering (status pending)
rule-own_account = een admin kan de eigen account niet uitschakelen, inschakelen of van rol veranderen: vraag het een andere admin
rule-attachment_detached = de bijlage is al losgemaakt
rule-only_submitted_assessed = alleen ingediende aanvragen worden beoordeeld; deze is ‘{ $status }’
rule-conflict_declared = er werd een belangenconflict gemeld voor deze toewijzing
rule-review_submitted = de beoordeling is al ingediend
rule-review_empty = bewaar de scores en de commentaar van de beoordeling voor je ze indient
rule-wrong_credentials = onbekend e-mailadres of verkeerd wachtwoord

# Na de beslissing (ticket #14).
rule-acceptance_answered = op de toekenning werd al geantwoord: ze is ‘{ $status }’
rule-acceptance_period_over = de termijn om op de toekenning te antwoorden eindigde op { $due }
rule-objection_period_over = de termijn om bezwaar in te dienen eindigde op { $due }
rule-objection_lodged = tegen deze beslissing werd al bezwaar ingediend
rule-nothing_to_object = er is geen beslissingsbrief over deze aanvraag waartegen bezwaar kan worden ingediend
rule-objection_ruled = over het bezwaar werd al beslist: { $ruling }
rule-upheld_needs_award = een gegrond bezwaar vermeldt de toekenning waarmee de aanvraag opnieuw wordt beslist (awarded)
rule-awaiting_acceptance = de subsidie is { $status }, niet aanvaard door de organisatie: er wordt niets op betaald of gerapporteerd vóór de aanvaarding
rule-grant_cancelled = de subsidie werd ingetrokken (intrekking { $cancellation }); er wordt niets meer betaald, gerapporteerd of afgerekend
rule-kept_above_paid = de begunstigde kan hoogstens behouden wat betaald werd, { $paid }
rule-not_for_regime = hoort niet bij een { $regime }-verordening
rule-self_control = een organisatie controleert zichzelf niet: noem een andere
rule-regulation_exists = er bestaat al een verordening met code { $code }; verordeningen worden nooit gewijzigd, voeg er een toe met een nieuwe code
rule-link_decided = de controleband is al { $status }: die beslissing is niet van toepassing
rule-link_declared = een band tussen deze twee organisaties is al { $status }
rule-unregistered_kbo = geen geverifieerde organisatie heeft hier het ondernemingsnummer { $kbo }: die registreert zich eerst en wordt geverifieerd
rule-regulation_not_in_force = { $regulation } is niet van toepassing op steun toegekend op { $day }
rule-aid_ceiling = de toekenning van { $requested } zou de ene onderneming boven haar plafond van { $ceiling } in de periode brengen: er blijft { $headroom } over
rule-aid_declaration_required = verklaar de de-minimissteun die uw organisatie en haar ene onderneming in de drie jaar ervoor van andere verstrekkers ontving (een lege lijst verklaart dat er geen was)
rule-score = moet een score van 0 tot 100 zijn met hoogstens twee decimalen

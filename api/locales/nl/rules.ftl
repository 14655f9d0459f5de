# De regels die een veld kan breken (grantdesk_domain::Rule), per code, in het Nederlands:
# `rule-<code>`, met de waarden die de regel noemt als argumenten. Dezelfde sleutels als en/ en
# fr/ (anders faalt een test).

rule-blank = mag niet leeg zijn
rule-length = moet { $min } tot { $max } tekens lang zijn
rule-too_long = mag hoogstens { $max } tekens lang zijn
rule-answer_too_long = is { $chars } tekens lang; de vraag laat hoogstens { $max } toe
rule-too_many = telt er { $count }; hoogstens { $max } zijn toegestaan
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

# Les règles qu'un champ peut enfreindre (grantdesk_domain::Rule), par code, en français :
# `rule-<code>`, avec les valeurs que la règle nomme en arguments. Mêmes clés que en/ et nl/
# (un test échoue sinon).

rule-blank = ne doit pas être vide
rule-length = doit compter de { $min } à { $max } caractères
rule-too_long = doit compter au plus { $max } caractères
rule-answer_too_long = compte { $chars } caractères ; la question en permet au plus { $max }
rule-too_many = en compte { $count } ; au plus { $max } sont permis
rule-count = en compte { $count } ; il en faut de { $min } à { $max }
rule-range = doit être un nombre entier de { $min } à { $max }
rule-positive = doit être supérieur à zéro
rule-duplicate = est cité deux fois
rule-required = est obligatoire
rule-required_text = est obligatoire : de { $min } à { $max } caractères
rule-answer_required = une réponse à « { $question } » est obligatoire
rule-attachment_required = « { $label } » doit être joint
rule-budget_line_required = au moins une ligne budgétaire est obligatoire
rule-unknown_track = le volet { $track } n'est pas un volet de cet appel ; choisissez parmi { $choices }
rule-unknown_question = n'est pas une question de cet appel
rule-unknown_criterion = n'est pas un critère de cet appel
rule-partner_is_lead = est l'organisation chef de file ; elle ne peut pas être aussi partenaire
rule-exceeds_cap = le montant demandé, { $requested }, dépasse le plafond de l'appel de { $cap } par projet
rule-cap_exceeds_budget = { $cap } dépasse le budget de l'appel, { $budget }
rule-track_exceeds_budget = { $amount } dépasse le budget de l'appel, { $budget }
rule-tracks_exceed_budget = les budgets des volets dépassent ensemble le budget de l'appel, { $budget }
rule-too_large = dépassent ensemble le plus grand montant, { $max }
rule-call_reference = doit compter de 2 à 20 caractères parmi A-Z, 0-9 et « - », comme « EXP23 »
rule-key = doit compter de 1 à 40 caractères parmi a-z, 0-9 et « _ », en commençant par une lettre
rule-email = doit être une adresse e-mail comme « nom@example.be » d'au plus 254 caractères
rule-phone = doit compter au plus 40 chiffres, espaces et + ( ) - . /
rule-postal_code = doit compter de 2 à 10 lettres, chiffres, espaces et « - », comme « 1000 »
rule-country = doit être un code de pays de deux lettres comme « BE »
rule-year = l'année doit compter quatre chiffres (1000 à 9999)
rule-not_after = doit être postérieur au { $after }
rule-not_before = doit être antérieur au { $before }
rule-in_future = ne doit pas être dans le futur (nous sommes le { $today } à { $zone })
rule-too_far_ahead = est trop loin dans le futur
rule-too_long_running = une subvention dure au plus { $max_years } ans : elle prend fin le { $latest } au plus tard
rule-unknown_tranche = cette subvention a les tranches 1 à { $count }
rule-percentage = doit être un pourcentage entier de 1 à 100
rule-percentages_total = les tranches totalisent { $total } %, et non 100 %
rule-final_report_tranche_not_last = seule la dernière tranche peut attendre le rapport final
rule-award_required = une demande sélectionnée doit recevoir un montant octroyé
rule-award_above_request = le montant octroyé, { $award }, dépasse le montant demandé, { $requested }
rule-award_above_cap = le montant octroyé, { $award }, dépasse le plafond par projet de l'appel, { $cap }
rule-award_not_expected = { $kind ->
    [reserve] une mise en réserve
   *[other] un rejet
} ne comporte pas de montant octroyé
rule-reason_required = un motif est obligatoire quand une demande n'est pas recevable
rule-score_above_maximum = la note { $score } dépasse le maximum du critère, { $max }
rule-score_required = chaque critère doit être noté
rule-zero_maximum = le critère « { $criterion } » a une note maximale de 0
rule-zero_weights = les poids des critères totalisent 0
rule-scores_too_large = les notes sont trop grandes pour être combinées
rule-no_criteria = l'appel n'a pas de critères d'évaluation

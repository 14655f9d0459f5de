# Les règles qu'un champ peut enfreindre (grantdesk_domain::Rule), par code, en français :
# `rule-<code>`, avec les valeurs que la règle nomme en arguments. Mêmes clés que en/ et nl/
# (un test échoue sinon).

rule-blank = ne doit pas être vide
rule-length = doit compter de { $min } à { $max } caractères
rule-too_long = doit compter au plus { $max } caractères
rule-answer_too_long = compte { $chars } caractères ; la question en permet au plus { $max }
rule-too_many = en compte { $count } ; au plus { $max } sont permis
rule-too_few = doit en nommer au moins { $min }
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
rule-one_of = doit être l'une des valeurs { $choices }
rule-together = va avec { $with } : donnez les deux ou aucun
rule-at_least = doit être au moins { $min }
rule-amount_above = doit être au plus { $max }
rule-amount_not_expected = un rejet n'accepte aucun montant
rule-motivation_required = dites pourquoi le rapport est rejeté ou n'est pas accepté en entier
rule-not_of_call = la demande { $application } n'appartient pas à cet appel
rule-unknown_user = ce compte n'existe pas
rule-not_reviewer = ce compte n'est pas un évaluateur actif
rule-not_member = n'est pas membre de l'organisation : invitez-le d'abord
rule-staff_roles_only = seuls les rôles du personnel changent : admin, finance, reviewer ou auditor
rule-wrong_password = n'est pas le mot de passe actuel du compte
rule-reset_token = le jeton de réinitialisation est inconnu, utilisé ou expiré : demandez-en un nouveau
rule-unsubscribe_token = n'est pas un lien de désinscription de ce serveur
rule-instant = doit être un instant RFC 3339, p. ex. 2023-08-01T00:00:00Z
rule-too_many_rows = l'export compterait { $total } lignes, plus que { $max } : restreignez-le (année, article, appel ou période) ou parcourez le JSON page par page
rule-empty_file = le fichier est vide
rule-file_name_path = un nom de fichier ne peut pas contenir de chemin
rule-file_name_empty = il ne reste rien du nom de fichier
rule-not_text = doit être du texte (UTF-8)
rule-url = n'est pas une URL
rule-https = doit utiliser https (les envois portent des faits signés sur les demandes)
rule-url_credentials = ne doit pas contenir d'identifiants : les envois sont signés avec le secret du point de terminaison
rule-url_fragment = ne doit pas avoir de fragment (#...)
rule-url_host = n'a pas d'hôte
rule-private_address = l'adresse { $address } n'est pas sur l'internet public (les réseaux de bouclage, privés ou link-local sont refusés)
rule-date_time = doit être une date et une heure comme « 2023-08-31T10:00:00+02:00 » ou « 2023-08-31T10:00 »
rule-whole_second = doit être une seconde entière : omettez la fraction de seconde
rule-leap_second = une minute a les secondes 00 à 59 : une seconde 60 (seconde intercalaire) n'est pas une date limite
rule-nonexistent_time = { $local } n'existe pas à { $zone } (l'heure avance à ce moment) ; choisissez une autre heure
rule-ambiguous_time = { $local } arrive deux fois (l'heure recule à ce moment) ; donnez le décalage, p. ex. { $earliest } ou { $latest }
rule-time_zone = doit être un fuseau horaire IANA comme « Europe/Brussels »
rule-kbo_format = doit être un numéro d'entreprise de 10 chiffres comme « 0207.451.227 »
rule-kbo_first_digit = un numéro d'entreprise commence par 0 ou 1
rule-kbo_checksum = le nombre de contrôle (mod 97) du numéro d'entreprise est faux
rule-not_negative = ne doit pas être négatif
rule-amount = doit être un nombre décimal comme « 1250.00 »
rule-cents = doit avoir au plus deux décimales
rule-budget_article = doit être un article budgétaire comme « SJ0-1SMC2GA-WT » (3, 7 et 2 caractères séparés par des traits d'union)
rule-webhook_secret = doit être whsec_ suivi du base64 de 32 octets
rule-media_type = le contenu du fichier { $detected ->
        [none] n'est pas d'un type accepté (jugé sur son contenu, non sur son nom)
       *[other] est { $detected }, qui n'est pas accepté
    } : envoyez un PDF, un texte ou un tableur OpenDocument (ODT, ODS), un document Word (DOCX), un classeur Excel (XLSX), une image PNG ou JPEG
rule-malformed = le fichier est endommagé ou n'est pas ce qu'il paraît (diagnostic du lecteur, en anglais : { $what }, { $reason })
rule-extension = le contenu du fichier est { $kind ->
        [pdf] un document PDF
        [png] une image PNG
        [jpg] une image JPEG
        [odt] un texte OpenDocument (ODT)
        [ods] un tableur OpenDocument (ODS)
        [docx] un document Word (DOCX)
       *[xlsx] un classeur Excel (XLSX)
    } ({ $media }) mais son nom { $extension ->
        [none] n'a pas d'extension
       *[other] se termine par .{ $extension }
    } : donnez-lui l'extension { $kind ->
        [jpg] .jpg ou .jpeg
       *[other] .{ $kind }
    }
rule-amount_string = doit être une chaîne JSON comme « 1250.00 », pas un nombre
rule-date = doit être une date comme « 2023-11-01 »

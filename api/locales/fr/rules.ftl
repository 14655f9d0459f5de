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

# Refus d'une commande dans l'état où sont les choses (le `rule` d'un problème, le détail en mots).
rule-call_not_editable = l'appel ne peut être modifié que tant qu'il est un projet ; il est « { $status } »
rule-gate_not_passed = l'étape « { $missing ->
        [if_advice] avis de l'Inspection des Finances (Inspectie van Financiën)
        [budget_agreement] accord budgétaire (begrotingsakkoord)
       *[government_approval] approbation du Gouvernement flamand
    } » [étape { $missing }] n'est pas encore franchie ; l'appel est « { $status } »
rule-gate_out_of_order = l'étape « { $gate ->
        [if_advice] avis de l'Inspection des Finances (Inspectie van Financiën)
        [budget_agreement] accord budgétaire (begrotingsakkoord)
       *[government_approval] approbation du Gouvernement flamand
    } » ne peut pas être enregistrée avant l'étape « { $missing ->
        [if_advice] avis de l'Inspection des Finances (Inspectie van Financiën)
        [budget_agreement] accord budgétaire (begrotingsakkoord)
       *[government_approval] approbation du Gouvernement flamand
    } » [étape { $missing }] ; l'appel est « { $status } »
rule-unfavourable_verdict = l'étape « { $gate ->
        [if_advice] avis de l'Inspection des Finances (Inspectie van Financiën)
        [budget_agreement] accord budgétaire (begrotingsakkoord)
       *[government_approval] approbation du Gouvernement flamand
    } » [étape { $gate }] a été défavorable ; l'appel ne peut aller plus loin tant qu'un verdict favorable n'est pas enregistré
rule-deadline_not_later = la nouvelle date limite doit être postérieure à la date limite actuelle { $current } ({ $zone })
rule-call_transition = impossible de { $action ->
        [open] ouvrir
        [cancel] annuler
        [edit] modifier
        [extend_deadline] prolonger la date limite de
        [start_assessment] commencer l'évaluation de
        [finalise_selection] clôturer la sélection de
        [record_if_advice] enregistrer l'avis de l'Inspection des Finances sur
        [record_budget_agreement] enregistrer l'accord budgétaire sur
        [record_government_approval] enregistrer l'approbation du Gouvernement flamand sur
       *[other] { $action }
    } cet appel : il est à l'état « { $from } »
rule-application_transition = impossible de { $action ->
        [edit] modifier
        [submit] soumettre
        [revise] réviser
        [withdraw] retirer
       *[other] { $action }
    } cette demande : elle est à l'état « { $from } »
rule-call_not_open = l'appel n'accepte pas de demandes ; il est « { $status } »
rule-reviewer_affiliated = l'évaluateur est lié à { $kbo }, chef de file ou partenaire de cette demande
rule-not_in_assessment = l'appel n'est pas en évaluation ; il est « { $status } »
rule-review_of_eligible_only = seules les demandes jugées recevables sont évaluées
rule-selection_of_eligible_only = seule une demande jugée recevable peut être sélectionnée
rule-decided_selected = la demande est décidée (sélectionnée) ; changez d'abord la décision
rule-not_screened = { $count } demande(s) soumise(s) ne sont pas encore examinées : { $applications }
rule-not_decided = { $count } demande(s) recevable(s) n'ont pas encore de décision : { $applications }
rule-overpayment = les paiements atteindraient { $would_be }, au-delà des { $committed } engagés
rule-payee_unverified = l'organisation de la subvention est « { $status } » : rien n'est payé à une organisation tant que le personnel ne l'a pas vérifiée (son numéro d'entreprise, son mandat, son représentant)
rule-not_representative = seul le représentant de l'organisation peut { $action ->
        [remove_members] retirer des membres
        [hand_on] transmettre le rôle de représentant
        [invite_members] inviter des membres
        [see_invitations] voir les invitations
        [withdraw_invitations] retirer des invitations
        [register_webhooks] enregistrer des points de terminaison de webhooks
        [answer_awards] accepter ou refuser une subvention
        [lodge_objections] introduire une réclamation
        [declare_control_links] déclarer des liens de contrôle
       *[other] { $action }
    }
rule-representative_must_hand_on = le représentant ne peut pas partir : transmettez d'abord le rôle à un autre membre (PUT /api/v1/organisations/{"{"}id{"}"}/representative avec son user_id), puis partez
rule-already_representative = vous êtes déjà le représentant : transmettez le rôle à un autre membre
rule-invitation_answered = l'invitation est déjà « { $status } »
rule-invitation_expired = l'invitation a expiré le { $expires_at } : demandez-en une nouvelle au représentant
rule-already_member = vous êtes déjà membre de cette organisation
rule-claim_decided = l'organisation est déjà « { $status } » : seule une demande non vérifiée est vérifiée ou rejetée
rule-number_held = une autre organisation est déjà vérifiée pour le numéro d'entreprise { $kbo }
rule-distinct_accounts = les comptes de débit et de crédit doivent être différents
rule-ledger_overflow = le transfert dépasserait les totaux d'un compte
rule-transfer_id_conflict = l'identifiant de transfert { $id } a déjà été utilisé pour un autre contenu
rule-unknown_account = le compte { $side ->
        [debit] de débit
       *[other] de crédit
    } n'existe pas
rule-account_not_opened = le compte « { $kind } » { $owner } n'existe pas
rule-same_ledger = les deux comptes d'un transfert doivent être dans le même grand livre
rule-not_a_hold = { $hold } n'est pas une réservation
rule-hold_resolved = la réservation { $hold } a déjà été comptabilisée ou annulée

# Refus que l'API vérifie elle-même (un 409 avec `rule` et `params`).
rule-no_ledger = l'article budgétaire { $article } n'a pas de grand livre { $credit_type ->
        [none] {""}
       *[other] { $credit_type }{" "}
    }pour { $year } : créez-le et créditez-le d'abord
rule-only_credit_reversed = seul un transfert CREDIT comptabilisé peut être extourné ici
rule-reversed_already = le transfert { $transfer } a déjà été extourné (transfert { $reversal })
rule-claim_changed_meanwhile = la demande a été tranchée entre-temps : relisez l'organisation
rule-membership_changed_meanwhile = l'affiliation a changé entre-temps : relisez les membres et réessayez
rule-grant_settled = la subvention est soldée (solde { $settlement }) ; plus rien n'est payé ni rapporté
rule-tranche_paid = la tranche { $tranche } a déjà été payée (paiement { $payment })
rule-tranche_not_yet_payable = la tranche { $tranche } est payable à partir du début de la subvention, le { $start }
rule-balance_awaits_report = la tranche { $tranche } est le solde après le rapport final : payable une fois le rapport final accepté
rule-nothing_due = rien n'est dû : les dépenses acceptées ({ $accepted }) sont couvertes par ce qui a été payé ({ $paid }) ; soldez la subvention (POST /api/v1/grants/{ $grant }/settlement) pour comptabiliser le recouvrement et la libération
rule-report_before_start = le rapport final peut être soumis à partir du début de la subvention, le { $start }
rule-report_awaits_verdict = le rapport final { $version } attend un verdict
rule-report_accepted = le rapport final { $version } a été accepté
rule-no_final_report = aucun rapport final n'a été soumis
rule-report_has_verdict = le rapport final { $version } a déjà un verdict
rule-no_accepted_report = la subvention n'a pas de rapport final accepté sur lequel la solder
rule-every_tranche_paid = toutes les tranches sont payées ; il n'y a pas de solde à payer
rule-retry_failed_only = seul un message dont l'envoi a échoué (statut failed) est réessayé
rule-delivery_pending = le message attend déjà son envoi (statut pending)
rule-own_account = un admin ne peut pas désactiver, activer ni changer le rôle de son propre compte : demandez à un autre admin
rule-attachment_detached = la pièce jointe est déjà détachée
rule-only_submitted_assessed = seules les demandes soumises sont évaluées ; celle-ci est « { $status } »
rule-conflict_declared = un conflit d'intérêts a été déclaré sur cette affectation
rule-review_submitted = l'évaluation est déjà soumise
rule-review_empty = enregistrez les notes et le commentaire de l'évaluation avant de la soumettre
rule-wrong_credentials = adresse e-mail inconnue ou mot de passe erroné

# Après la décision (ticket #14).
rule-acceptance_answered = il a déjà été répondu à l'octroi : il est « { $status } »
rule-acceptance_period_over = le délai pour répondre à l'octroi a pris fin le { $due }
rule-objection_period_over = le délai pour introduire une réclamation a pris fin le { $due }
rule-objection_lodged = une réclamation a déjà été introduite contre cette décision
rule-nothing_to_object = il n'y a pas de lettre de décision sur cette demande contre laquelle réclamer
rule-objection_ruled = il a déjà été statué sur la réclamation : { $ruling }
rule-upheld_needs_award = une réclamation fondée indique l'octroi avec lequel la demande est à nouveau décidée (awarded)
rule-awaiting_acceptance = la subvention est { $status }, non acceptée par l'organisation : rien n'est payé ni rapporté avant son acceptation
rule-grant_cancelled = la subvention a été retirée (retrait { $cancellation }) ; plus rien n'est payé, rapporté ni soldé
rule-kept_above_paid = le bénéficiaire ne peut garder plus que ce qui a été payé, { $paid }
rule-not_for_regime = ne fait pas partie d'un règlement { $regime }
rule-self_control = une organisation ne se contrôle pas elle-même : nommez-en une autre
rule-regulation_exists = un règlement portant le code { $code } existe déjà ; les règlements ne sont jamais modifiés, ajoutez-en un avec un nouveau code
rule-link_decided = le lien de contrôle est déjà { $status } : cette décision ne s'applique pas
rule-link_declared = un lien entre ces deux organisations est déjà { $status }
rule-unregistered_kbo = aucune organisation vérifiée ne porte ici le numéro d'entreprise { $kbo } : elle s'inscrit et le personnel la vérifie d'abord
rule-regulation_not_in_force = { $regulation } ne s'applique pas aux aides octroyées le { $day }
rule-aid_ceiling = l'octroi de { $requested } porterait l'entreprise unique au-delà de son plafond de { $ceiling } sur la période : il reste { $headroom }
rule-aid_declaration_required = déclarez les aides de minimis que votre organisation et son entreprise unique ont reçues d'autres autorités au cours des trois années précédentes (une liste vide déclare qu'il n’y en a pas)
rule-score = doit être une note de 0 à 100 avec au plus deux décimales

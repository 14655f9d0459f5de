-- One decision ("selected" with an award), as POST /api/v1/applications/{id}/decision runs it on
-- PostgreSQL: the statements of decide-trace.txt and, in a de minimis call (-D aid=1), of
-- decide-aid-trace.txt (log_statement = 'all' for one accepted and one refused real decision; the
-- later trace, of 3 December 2026, also gave the request's account check and the ninth account
-- code), in the same order, in one READ COMMITTED transaction. Run with
-- -M prepared. Variables from pgbench -D: napps, call_id, admin (the admin user's id), amount
-- (cents), audit_len, aid (1: the ceiling check at award of issue #15 runs, over the lead
-- organisation's single undertaking m1, m2 from prepare_awards.sql; 0: a call without a ceiling). The first SELECT (the next application, each once: a sequence) is
-- pgbench's own, outside the transaction (it also makes the transfer's new id); with -t the run makes the same N decisions as the
-- HTTP run on the same budget, so the same share is accepted and refused (run.sh gives
-- -t floor(N / clients), at least 1; should more transactions than applications run, the extra
-- ones decide an application again with a grant account of another owner, :owner).
-- Hot row: the call's available account (the guarded UPDATE, locked until COMMIT/ROLLBACK); the
-- audit entry is an insert since #16 (its trigger queues it for sealing).
-- The grant account sorts before or after the call account by its random id; the trace (and
-- this script) adds the credit first, then the guarded debit; a refusal undoes the credit.
SELECT app_id, org_id, ledger_id, article, budget_year, call_acct, gen_random_uuid()::text AS transfer_id,
       app_id || CASE WHEN k > :napps THEN '#' || k ELSE '' END AS owner, m1, m2, members
  FROM (SELECT nextval('bench_seq') AS k) s JOIN bench_apps ON n = (k - 1) % :napps + 1 \gset
-- the request's account check (#12: the per-process cache answers, after the epoch is read)
SELECT epoch FROM account_epoch WHERE id = 1 LIMIT 1;
BEGIN ISOLATION LEVEL READ COMMITTED;
-- the call shared (finalising waits for decisions in flight): calls::lock_shared_for_application
SELECT id FROM calls WHERE id = (SELECT call_id FROM applications WHERE id = :app_id::text) FOR SHARE;
-- load::application_in_assessment: the application with its row lock (two admins deciding one
-- application run one after the other), the call, the lead
SELECT * FROM applications WHERE id = :app_id::text LIMIT 1 FOR UPDATE;
SELECT * FROM calls WHERE id = :call_id::text LIMIT 1;
-- (the call's gate evidence and deadline changes are kept by the server process at the version
-- of the call's row: not read while the call does not change)
SELECT * FROM organisations WHERE id = :org_id::text LIMIT 1;
-- eligible? and the application's current decision
SELECT application_id, verdict, reason, screened_by, screened_at FROM screenings
  WHERE application_id = :app_id::text ORDER BY seq DESC LIMIT 1;
SELECT id, application_id, call_id, kind, awarded_cents, motivation, hold_transfer_id, decided_by, decided_at
  FROM decisions WHERE application_id = :app_id::text ORDER BY seq DESC LIMIT 1;
\if :aid
-- the check at award (aid::count_award): the regulation; the single undertaking (confirmed links
-- from the organisation, then from the group found); each member's aid lock, in order (held to
-- the end); the undertaking again under the locks; its counted awards in the three-year window
-- ending today; the declarations in its applications; the application's open counted award;
-- the award counted
SELECT * FROM aid_regulations WHERE code = 'EU 2023/2831' LIMIT 1;
SELECT * FROM control_links WHERE (parent_id = ANY(ARRAY[:org_id::text]) OR subsidiary_id = ANY(ARRAY[:org_id::text]))
  AND status = ANY('{confirmed}'::text[]) ORDER BY declared_at, id;
SELECT * FROM control_links WHERE (parent_id = ANY(:members::text[]) OR subsidiary_id = ANY(:members::text[]))
  AND status = ANY('{confirmed}'::text[]) ORDER BY declared_at, id;
SELECT pg_advisory_xact_lock(hashtextextended('aid:' || :m1::text, 0));
SELECT pg_advisory_xact_lock(hashtextextended('aid:' || :m2::text, 0));
SELECT * FROM control_links WHERE (parent_id = ANY(ARRAY[:org_id::text]) OR subsidiary_id = ANY(ARRAY[:org_id::text]))
  AND status = ANY('{confirmed}'::text[]) ORDER BY declared_at, id;
SELECT * FROM control_links WHERE (parent_id = ANY(:members::text[]) OR subsidiary_id = ANY(:members::text[]))
  AND status = ANY('{confirmed}'::text[]) ORDER BY declared_at, id;
SELECT * FROM aid_awards WHERE organisation_id = ANY(:members::text[]) AND ended_at IS NULL
  AND award_day BETWEEN (current_date - interval '3 years' + interval '1 day')::date AND current_date
  ORDER BY award_day, made_at;
SELECT lead_organisation_id, content FROM applications WHERE lead_organisation_id = ANY(:members::text[]) AND status <> 'draft';
SELECT count(*) AS open_aid FROM aid_awards WHERE application_id = :app_id::text AND ended_at IS NULL \gset
\if :open_aid
UPDATE aid_awards SET ended_at = now()::timestamp, ended_because = 'replaced'
 WHERE application_id = :app_id::text AND ended_at IS NULL;
\endif
INSERT INTO aid_awards (id, organisation_id, application_id, call_id, regulation, award_day, amount_cents, made_by, made_at)
  VALUES (gen_random_uuid()::text, :org_id::text, :app_id::text, :call_id::text, 'EU 2023/2831', current_date,
          :amount::bigint, 'user:' || :admin::text, now()::timestamp);
\endif
-- hold_award: the ledger, the call's account, the grant's committed account (created)
SELECT id FROM ledgers WHERE article = :article::text AND budget_year = :budget_year::int AND credit_type = 'VAK' LIMIT 1;
SELECT * FROM accounts WHERE ledger_id = :ledger_id::text AND kind = 'call_available' AND owner_id = :call_id::text LIMIT 1;
SELECT * FROM accounts WHERE ledger_id = :ledger_id::text AND kind = 'grant_committed' AND owner_id = :owner::text LIMIT 1;
INSERT INTO accounts (id, ledger_id, kind, owner_id, must_not_overdraw, debits_posted, credits_posted, debits_pending, credits_pending, created_at)
  VALUES (gen_random_uuid()::text, :ledger_id::text, 'grant_committed', :owner::text, true, 0, 0, 0, 0, now()::timestamp)
  RETURNING id AS grant_id \gset
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'CREDIT');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'RESERVE');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'AWARD');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'PAY_ADVANCE');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'PAY_BALANCE');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'RELEASE');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'RECOVER');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'REVERSE');
INSERT INTO account_code_totals (account_id, code) VALUES (:grant_id::text, 'FREE');
-- hold_transfer: the id is new (find_transfer), both accounts, the credit, the guarded debit
SELECT * FROM transfers WHERE id = :transfer_id::text LIMIT 1;
SELECT * FROM accounts WHERE id = :call_acct::text LIMIT 1;
SELECT * FROM accounts WHERE id = :grant_id::text LIMIT 1;
UPDATE accounts SET credits_pending = credits_pending + :amount::bigint WHERE id = :grant_id::text;
-- the guarded statement (hot row: the call's available account, locked from here to the end)
WITH u AS (
  UPDATE accounts SET debits_pending = debits_pending + :amount::bigint
   WHERE id = :call_acct::text AND (must_not_overdraw = false OR credits_posted - debits_posted - debits_pending >= :amount::bigint)
  RETURNING 1)
SELECT count(*) AS held FROM u \gset
\if :held
INSERT INTO transfers (id, ledger_id, debit_account_id, credit_account_id, amount_cents, code, reference, actor, status, created_at)
  VALUES (:transfer_id::text, :ledger_id::text, :call_acct::text, :grant_id::text, :amount::bigint, 'AWARD',
          'award to application ' || :app_id::text || ' (provisional)', 'user:' || :admin::text, 'pending', now()::timestamp);
INSERT INTO decisions (id, application_id, call_id, kind, awarded_cents, motivation, hold_transfer_id, decided_by, decided_at)
  VALUES (gen_random_uuid()::text, :app_id::text, :call_id::text, 'selected', :amount::bigint,
          'Sterke expertise, duidelijke aanpak', :transfer_id::text, 'user:' || :admin::text, now()::timestamp);
-- the audit entry; its trigger gives it its place in the sealing queue (#16)
INSERT INTO audit_log (id, at, actor, action, target_type, target_id, after_json, personal_commitment)
  VALUES (gen_random_uuid()::text, now()::timestamp, 'user:' || :admin::text, 'application.decide', 'application', :app_id::text,
          repeat('a', :audit_len::int), NULL)
  RETURNING id \gset entry_
COMMIT;
\else
-- refused: read what is available for the message, undo the credit, write the refused
-- transfer, and the handler's error rolls everything back
SELECT * FROM accounts WHERE id = :call_acct::text LIMIT 1;
UPDATE accounts SET credits_pending = credits_pending - :amount::bigint WHERE id = :grant_id::text;
INSERT INTO transfers (id, ledger_id, debit_account_id, credit_account_id, amount_cents, code, reference, actor, status, refusal, refused_available_cents, created_at)
  VALUES (:transfer_id::text, :ledger_id::text, :call_acct::text, :grant_id::text, :amount::bigint, 'AWARD',
          'award to application ' || :app_id::text || ' (provisional)', 'user:' || :admin::text, 'refused',
          'insufficient funds', 0, now()::timestamp);
ROLLBACK;
\endif

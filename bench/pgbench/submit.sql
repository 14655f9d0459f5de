-- One submission, as POST /api/v1/applications/{id}/submit runs it on PostgreSQL: the
-- statements of submit-trace.txt (log_statement = 'all' for one real submit, 29 Nov 2026),
-- in the order the submit runs them now (the application's row lock first; snapshot
-- and application update; then the receipt number, the audit entry with its place in the
-- sealing queue, and the receipt: #16)
-- in one READ COMMITTED transaction. Run with -M prepared (diesel
-- prepares its SELECTs). Variables from pgbench -D: napps, call_id, ref, snap_len, audit_len.
-- The first SELECT (a real application for the random n) is pgbench's own, outside the
-- transaction. No row every submission meets is locked until COMMIT (#16): the receipt number
-- comes from the call's sequence, the audit entry is two inserts (the sequencer seals it after
-- commit, outside this transaction).
\set n random(1, :napps)
SELECT app_id, org_id, user_id FROM bench_apps WHERE n = :n \gset
BEGIN ISOLATION LEVEL READ COMMITTED;
-- applications::lock: one submit of an application at a time (a double click answers one receipt)
SELECT id FROM applications WHERE id = :app_id::text FOR UPDATE;
-- load::own_application: the application, membership, the call with its gate and deadline history, the lead
SELECT * FROM applications WHERE id = :app_id::text LIMIT 1;
SELECT COUNT(*) FROM memberships WHERE organisation_id = :org_id::text AND user_id = :user_id::text;
SELECT * FROM calls WHERE id = :call_id::text LIMIT 1;
SELECT * FROM gate_evidence WHERE call_id = :call_id::text ORDER BY seq;
SELECT * FROM deadline_changes WHERE call_id = :call_id::text ORDER BY seq;
SELECT * FROM organisations WHERE id = :org_id::text LIMIT 1;
-- the attachments (their kinds for the completeness check; the snapshot lists them)
SELECT * FROM attachments WHERE application_id = :app_id::text AND detached_at IS NULL ORDER BY uploaded_at, id;
-- applications::save rewrites every column (the content JSON included)
UPDATE applications SET status = 'submitted', content = content, call_id = call_id,
  lead_organisation_id = lead_organisation_id, track = track, requested_cents = requested_cents,
  created_by = created_by, created_at = created_at, updated_at = now()::timestamp, version = version + 1
  WHERE id = :app_id::text;
-- the call's receipt number from its own sequence, which no transaction holds (#16)
SELECT nextval(('receipt_numbers_' || replace(:call_id::text, '-', ''))::regclass)::integer AS last_number \gset
INSERT INTO audit_log (id, at, actor, action, target_type, target_id, before_json, after_json, personal_commitment)
  VALUES (gen_random_uuid()::text, now()::timestamp, :user_id::text,
          'application.submit', 'application', :app_id::text,
          repeat('b', :audit_len::int), repeat('a', :audit_len::int), NULL)
  RETURNING id \gset entry_
INSERT INTO log_pending (entry_id) VALUES (:entry_id::text);
INSERT INTO receipts (id, application_id, call_id, seq, number, received_at, digest, snapshot, submitted_by, log_entry_id)
  VALUES (gen_random_uuid()::text, :app_id::text, :call_id::text, :last_number::int, :ref::text || '-B' || :last_number::text,
          now()::timestamp, md5(random()::text) || md5(random()::text), repeat('s', :snap_len::int), :user_id::text, :entry_id::text);
COMMIT;

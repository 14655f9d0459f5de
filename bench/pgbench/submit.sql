-- One submission, as POST /api/v1/applications/{id}/submit runs it on PostgreSQL: the
-- statements of a real submit (submit-trace.txt: log_statement = 'all'), in the order the
-- submit runs them, in one READ COMMITTED transaction. Round trips: 19 before #16's work; 14
-- with the application's row locked in the statement that loads it, the lead organisation and
-- its members in one statement, the call's history in one, the audit entry queued for sealing
-- by its trigger and the receipt number from a prepared nextval; 12 with the three inserts in
-- one statement (db::with_inserts); 10 with the receipt number answered by the application's
-- UPDATE and the account check's read left out: in a surge every bearer's token is in the
-- process's account cache (the epoch is polled apart, every 50 ms), so the server does not
-- read the epoch either; 8 with the call's history and the webhook endpoints kept by the
-- process (the history per version of the call's row, the endpoints per webhook epoch, which
-- the UPDATE answers too): in a surge neither changes, so neither is read. Run with -M prepared (diesel prepares every one of these). Variables
-- from pgbench -D: napps, call_id, ref, snap_len, audit_len. The first SELECT (a real
-- application for the random n) is pgbench's own, outside the transaction. No row every
-- submission meets is locked until COMMIT (#16): the receipt number comes from the call's
-- sequence, the audit entry is an insert (the sequencer seals it after commit, outside this
-- transaction).
\set n random(1, :napps)
SELECT app_id, org_id, user_id, email FROM bench_apps WHERE n = :n \gset
BEGIN ISOLATION LEVEL READ COMMITTED;
-- load::own_application_to_submit: the application, its row locked as it is read (a double
-- click answers one receipt); the lead organisation with its members in one statement (the
-- bearer must be one; the receipt goes to each); the call (its gate evidence and deadline
-- changes are kept by the process at the version of the call's row: not read in a surge)
SELECT * FROM applications WHERE id = :app_id::text LIMIT 1 FOR UPDATE;
SELECT o.*, u.id, u.email, u.language FROM organisations o
  INNER JOIN (memberships m INNER JOIN users u ON m.user_id = u.id) ON m.organisation_id = o.id
  WHERE o.id = :org_id::text ORDER BY u.id;
SELECT * FROM calls WHERE id = :call_id::text LIMIT 1;
-- the attachments (their kinds for the completeness check; the snapshot lists them)
SELECT * FROM attachments WHERE application_id = :app_id::text AND detached_at IS NULL ORDER BY uploaded_at, id;
-- applications::save_and_number: the save rewrites every column (the content JSON included)
-- and answers the call's next receipt number from its own sequence, which no transaction holds
-- (#16), and the webhook epoch, in the same statement (the endpoints the process keeps were
-- read at the epoch it answers: none in the bench, and not read again)
UPDATE applications SET status = 'submitted', content = content, call_id = call_id,
  lead_organisation_id = lead_organisation_id, track = track, requested_cents = requested_cents,
  created_by = created_by, created_at = created_at, updated_at = now()::timestamp, version = version + 1
  WHERE id = :app_id::text
  RETURNING nextval('receipt_numbers_' || replace(:call_id::text, '-', '')) AS last_number,
            grantdesk_webhook_epoch() AS webhook_epoch \gset
-- what the submission writes and never reads back, in one statement (db::with_inserts): the
-- audit entry (its trigger gives it its place in the sealing queue), the receipt that names
-- it, the receipt in the member's inbox and mail outbox (the bench's organisations have one
-- member); the entry's id is made by the client, as the server does
\set r random(1, 2000000000)
WITH w0 AS (
  INSERT INTO audit_log (id, at, actor, action, target_type, target_id, before_json, after_json, personal_commitment)
  VALUES (md5(:app_id::text || :r), now()::timestamp, :user_id::text,
          'application.submit', 'application', :app_id::text,
          repeat('b', :audit_len::int), repeat('a', :audit_len::int), NULL)),
w1 AS (
  INSERT INTO receipts (id, application_id, call_id, seq, number, received_at, digest, snapshot, submitted_by, log_entry_id)
  VALUES (gen_random_uuid()::text, :app_id::text, :call_id::text, :last_number::int, :ref::text || '-B' || :last_number::text,
          now()::timestamp, md5(random()::text) || md5(random()::text), repeat('s', :snap_len::int), :user_id::text,
          md5(:app_id::text || :r)))
INSERT INTO notifications (id, kind, user_id, organisation_id, email, language, payload, created_at,
  delivery_status, next_attempt_at)
  VALUES (gen_random_uuid()::text, 'submission_receipt', :user_id::text, :org_id::text, :email::text, 'nl',
          repeat('n', 420), now()::timestamp, 'pending', now()::timestamp);
COMMIT;

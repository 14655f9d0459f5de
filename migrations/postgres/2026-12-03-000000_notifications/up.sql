-- Notifications that arrive (issue #13): the account outbox becomes `notifications`, one row
-- per message to one person, which is at once their inbox entry and the unit of e-mail
-- delivery. A letter to an organisation (the `outbox`, kept as the record of what was decided)
-- is written to each of its members. Keep in step with migrations/sqlite.
--
-- Delivery: a worker claims due rows with a lease (lease_owner, lease_until): while a lease
-- runs no other worker takes the row; a worker that dies leaves it to be taken again when the
-- lease ends, and it is sent again under the same id (the mail's Message-ID), so a receiver
-- recognises the repeat. A failed attempt is retried at next_attempt_at (exponential back-off
-- with jitter); after the configured number of attempts the row is parked as 'failed' until an
-- admin retries it.

ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'nl'
    CHECK (language IN ('nl', 'fr', 'en'));

ALTER TABLE account_messages RENAME TO notifications;
ALTER TABLE notifications ADD COLUMN organisation_id TEXT REFERENCES organisations (id);
ALTER TABLE notifications ADD COLUMN language TEXT NOT NULL DEFAULT 'nl';
ALTER TABLE notifications ADD COLUMN read_at TIMESTAMP;
ALTER TABLE notifications ADD COLUMN delivery_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (delivery_status IN ('pending', 'sent', 'failed'));
ALTER TABLE notifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE notifications ADD COLUMN lease_owner TEXT;
ALTER TABLE notifications ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE notifications ADD COLUMN last_error TEXT;

-- what was written before: due now, sent_at (never set so far) stays as it was
UPDATE notifications SET next_attempt_at = created_at;
UPDATE notifications SET delivery_status = 'sent' WHERE sent_at IS NOT NULL;

DROP INDEX account_messages_user;
CREATE INDEX notifications_inbox ON notifications (user_id, seq);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE delivery_status = 'pending';
CREATE INDEX notifications_parked ON notifications (seq) WHERE delivery_status = 'failed';

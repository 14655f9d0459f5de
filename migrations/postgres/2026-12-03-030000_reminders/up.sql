-- Reminders (issue #13): before a call's deadline, to organisations with an unsubmitted draft,
-- at configured offsets; and once a grant's period has ended without a final report. Keep in
-- step with migrations/sqlite.
--
-- Every server process runs the reminder job; the primary key of reminders_sent decides which
-- one writes a reminder: the job inserts the row and writes the messages in the same
-- transaction only when the insert added it (ON CONFLICT DO NOTHING), so two processes at once
-- send it once. due_at is the instant the reminder is about (the deadline as it stands, so a
-- moved deadline is reminded of again; for a final report, the day after the grant's end).

CREATE TABLE reminders_sent (
    kind TEXT NOT NULL CHECK (kind IN ('deadline', 'final_report')),
    subject_id TEXT NOT NULL,
    due_at TIMESTAMP NOT NULL,
    offset_seconds BIGINT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    recipients INTEGER NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, subject_id, due_at, offset_seconds)
);

-- Whether a person gets reminders (a row only once they chose; none means yes). Set by the
-- one-click unsubscribe link of a reminder mail (RFC 8058) or by the person signed in.
CREATE TABLE reminder_preferences (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    changed_at TIMESTAMP NOT NULL
);

-- Applications: organisations and their members, drafts, attachments, receipts, and the
-- questions & answers of a call. Keep in step with migrations/sqlite.

ALTER TABLE calls ADD COLUMN questions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE calls ADD COLUMN attachment_kinds TEXT NOT NULL DEFAULT '[]';

CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kbo TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE memberships (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE applications (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES calls (id),
    lead_organisation_id TEXT NOT NULL REFERENCES organisations (id),
    track INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'withdrawn')),
    -- the draft's content as JSON (title, summary, answers, partners, contact, budget lines)
    content TEXT NOT NULL,
    requested_cents BIGINT NOT NULL CHECK (requested_cents >= 0),
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX applications_call ON applications (call_id, track, status);
CREATE INDEX applications_lead ON applications (lead_organisation_id);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    -- detached from the draft (the record and the file stay)
    detached_at TIMESTAMP,
    detached_by TEXT
);
CREATE INDEX attachments_application ON attachments (application_id);

-- One counter per call: receipt numbers are unique within a call and have no gaps.
CREATE TABLE receipt_counters (
    call_id TEXT PRIMARY KEY NOT NULL REFERENCES calls (id),
    last_number INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE receipts (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    received_at TIMESTAMP NOT NULL,
    digest TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    UNIQUE (call_id, seq),
    UNIQUE (call_id, number)
);
CREATE INDEX receipts_application ON receipts (application_id, seq);

CREATE TABLE call_questions (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES calls (id),
    question TEXT NOT NULL,
    asked_by TEXT NOT NULL,
    asked_at TIMESTAMP NOT NULL,
    answer TEXT,
    answered_by TEXT,
    answered_at TIMESTAMP,
    published BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX call_questions_call ON call_questions (call_id, asked_at);

CREATE TRIGGER receipts_guard BEFORE UPDATE OR DELETE ON receipts
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('receipts are append-only');
CREATE TRIGGER applications_guard BEFORE DELETE ON applications
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('applications are never deleted: withdraw them');
CREATE TRIGGER attachments_guard BEFORE DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('attachments are never deleted: detach them');

-- every call has a receipt counter (new calls get theirs when they are created)
INSERT INTO receipt_counters (call_id) SELECT id FROM calls;

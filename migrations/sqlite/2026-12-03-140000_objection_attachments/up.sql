-- Documents attached to an objection (issue #14): uploaded by the representative of the lead
-- organisation strictly before the end of the objection period and before staff rule, at most
-- twenty. Stored content-addressed (the blob store) before the row that names it, as an
-- application's attachments are. The objection's attachment_count is raised by an update
-- guarded on "not ruled and under the maximum" in the same transaction as the insert: the
-- objection's row lock orders an upload and a ruling that arrive together, and two uploads
-- can never pass the maximum. Keep in step with the other backend's folder.
ALTER TABLE objections ADD COLUMN attachment_count INTEGER NOT NULL DEFAULT 0;
CREATE TABLE objection_attachments (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES objections (application_id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    description TEXT,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX objection_attachments_application ON objection_attachments (application_id, uploaded_at);

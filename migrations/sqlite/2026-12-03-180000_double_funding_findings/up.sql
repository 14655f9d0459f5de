-- What screeners found about an application's double-funding signals (issue #15): append-only,
-- the latest finding counts, earlier ones stay as the record. Keep in step with the other
-- backend's folder.
CREATE TABLE double_funding_findings (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    finding TEXT NOT NULL CHECK (finding IN ('no_double_funding', 'suspected', 'confirmed')),
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX double_funding_findings_application ON double_funding_findings (application_id, recorded_at);
CREATE TRIGGER double_funding_findings_are_append_only_update BEFORE UPDATE ON double_funding_findings
BEGIN SELECT RAISE(ABORT, 'findings are append-only'); END;
CREATE TRIGGER double_funding_findings_are_append_only_delete BEFORE DELETE ON double_funding_findings
BEGIN SELECT RAISE(ABORT, 'findings are append-only'); END;

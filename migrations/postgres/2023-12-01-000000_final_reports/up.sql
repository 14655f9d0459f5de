-- Final reports (the grantee's document and spent amount; a rejected report is followed by a
-- new version), the admin's verdict on each, and the settlement finance records once per grant.
-- All append-only: a correction is a new record.
CREATE TABLE final_reports (
    id TEXT PRIMARY KEY NOT NULL,
    grant_id TEXT NOT NULL REFERENCES grants (id),
    version INTEGER NOT NULL CHECK (version > 0),
    spent_cents BIGINT NOT NULL CHECK (spent_cents >= 0),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    UNIQUE (grant_id, version)
);
CREATE TRIGGER final_reports_guard BEFORE UPDATE OR DELETE ON final_reports
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('final reports are append-only');

CREATE TABLE final_report_verdicts (
    -- one verdict per report
    report_id TEXT PRIMARY KEY NOT NULL REFERENCES final_reports (id),
    grant_id TEXT NOT NULL REFERENCES grants (id),
    accepted BOOLEAN NOT NULL,
    -- what the admin accepts of the reported spend (NULL when rejected)
    accepted_spend_cents BIGINT CHECK (accepted_spend_cents >= 0),
    motivation TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TIMESTAMP NOT NULL,
    CHECK (accepted = (accepted_spend_cents IS NOT NULL))
);
CREATE TRIGGER final_report_verdicts_guard BEFORE UPDATE OR DELETE ON final_report_verdicts
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('verdicts are append-only');

CREATE TABLE grant_settlements (
    -- one settlement per grant
    grant_id TEXT PRIMARY KEY NOT NULL REFERENCES grants (id),
    -- the client's id (idempotency key); the ledger transfers' ids derive from it
    id TEXT NOT NULL UNIQUE,
    report_id TEXT NOT NULL REFERENCES final_reports (id),
    accepted_spend_cents BIGINT NOT NULL CHECK (accepted_spend_cents >= 0),
    paid_before_cents BIGINT NOT NULL CHECK (paid_before_cents >= 0),
    balance_cents BIGINT NOT NULL CHECK (balance_cents >= 0),
    recovery_cents BIGINT NOT NULL CHECK (recovery_cents >= 0),
    release_cents BIGINT NOT NULL CHECK (release_cents >= 0),
    settled_by TEXT NOT NULL,
    settled_at TIMESTAMP NOT NULL
);
CREATE TRIGGER grant_settlements_guard BEFORE UPDATE OR DELETE ON grant_settlements
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('settlements are append-only');

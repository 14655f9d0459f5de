-- Assessment and selection: criteria, eligibility screening, reviewers and their affiliations,
-- assignments, reviews, decisions with holds on the ledger, and the notification outbox.
-- Keep in step with migrations/sqlite.

ALTER TABLE calls ADD COLUMN criteria TEXT NOT NULL DEFAULT '[]';

-- Two-phase transfers (TigerBeetle's pending transfers): a hold is a 'pending' transfer; it is
-- resolved once, by a later transfer that names it in pending_id, 'posted' or 'voided'.
ALTER TABLE transfers DROP CONSTRAINT transfers_status_check;
ALTER TABLE transfers ADD CONSTRAINT transfers_status_check
    CHECK (status IN ('posted', 'refused', 'pending', 'voided'));
ALTER TABLE transfers ADD COLUMN pending_id TEXT UNIQUE REFERENCES transfers (id);

CREATE TABLE reviewer_affiliations (
    user_id TEXT NOT NULL REFERENCES users (id),
    kbo TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kbo)
);

CREATE TABLE screenings (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications (id),
    verdict TEXT NOT NULL CHECK (verdict IN ('eligible', 'not_eligible')),
    reason TEXT NOT NULL,
    screened_by TEXT NOT NULL,
    screened_at TIMESTAMP NOT NULL
);
CREATE INDEX screenings_application ON screenings (application_id, seq);

CREATE TABLE assignments (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id),
    reviewer_id TEXT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'conflict_declared')),
    assigned_by TEXT NOT NULL,
    assigned_at TIMESTAMP NOT NULL,
    conflict_reason TEXT,
    conflict_declared_at TIMESTAMP,
    UNIQUE (application_id, reviewer_id)
);
CREATE INDEX assignments_reviewer ON assignments (reviewer_id, status);

CREATE TABLE reviews (
    id TEXT PRIMARY KEY NOT NULL,
    assignment_id TEXT NOT NULL UNIQUE REFERENCES assignments (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    reviewer_id TEXT NOT NULL REFERENCES users (id),
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    score_hundredths BIGINT,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP
);
CREATE INDEX reviews_application ON reviews (application_id, status);

CREATE TABLE decisions (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    kind TEXT NOT NULL CHECK (kind IN ('selected', 'reserve', 'rejected')),
    awarded_cents BIGINT CHECK (awarded_cents IS NULL OR awarded_cents > 0),
    motivation TEXT NOT NULL,
    hold_transfer_id TEXT REFERENCES transfers (id),
    decided_by TEXT NOT NULL,
    decided_at TIMESTAMP NOT NULL
);
CREATE INDEX decisions_application ON decisions (application_id, seq);
CREATE INDEX decisions_call ON decisions (call_id);

CREATE TABLE outbox (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);

CREATE TRIGGER screenings_guard BEFORE UPDATE OR DELETE ON screenings
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('screenings are append-only');
CREATE TRIGGER decisions_guard BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('decisions are append-only: record a new one');

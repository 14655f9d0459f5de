-- Assessment and selection: criteria, eligibility screening, reviewers and their affiliations,
-- assignments, reviews, decisions with holds on the ledger, and the notification outbox.
-- Keep in step with migrations/postgres.

ALTER TABLE calls ADD COLUMN criteria TEXT NOT NULL DEFAULT '[]';

-- Two-phase transfers (TigerBeetle's pending transfers): a hold is a 'pending' transfer; it is
-- resolved once, by a later transfer that names it in pending_id, 'posted' or 'voided'.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt.
CREATE TABLE transfers_new (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    ledger_id TEXT NOT NULL REFERENCES ledgers (id),
    debit_account_id TEXT NOT NULL REFERENCES accounts (id),
    credit_account_id TEXT NOT NULL REFERENCES accounts (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    code TEXT NOT NULL,
    reference TEXT NOT NULL,
    actor TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('posted', 'refused', 'pending', 'voided')),
    refusal TEXT,
    refused_available_cents BIGINT,
    pending_id TEXT UNIQUE REFERENCES transfers_new (id),
    created_at TIMESTAMP NOT NULL,
    CHECK (debit_account_id <> credit_account_id)
);
INSERT INTO transfers_new (seq, id, ledger_id, debit_account_id, credit_account_id, amount_cents,
    code, reference, actor, status, refusal, refused_available_cents, created_at)
SELECT seq, id, ledger_id, debit_account_id, credit_account_id, amount_cents,
    code, reference, actor, status, refusal, refused_available_cents, created_at
FROM transfers;
DROP TABLE transfers;
ALTER TABLE transfers_new RENAME TO transfers;
CREATE INDEX transfers_ledger_created ON transfers (ledger_id, created_at);
CREATE INDEX transfers_debit ON transfers (debit_account_id);
CREATE INDEX transfers_credit ON transfers (credit_account_id);
CREATE TRIGGER transfers_are_append_only_update BEFORE UPDATE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: correct a mistake with a reversing transfer'); END;
CREATE TRIGGER transfers_are_append_only_delete BEFORE DELETE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: correct a mistake with a reversing transfer'); END;

-- What a reviewer is affiliated with (enterprise numbers), for automatic conflicts of interest.
CREATE TABLE reviewer_affiliations (
    user_id TEXT NOT NULL REFERENCES users (id),
    kbo TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kbo)
);

-- Eligibility screening; the latest record of an application counts.
CREATE TABLE screenings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications (id),
    verdict TEXT NOT NULL CHECK (verdict IN ('eligible', 'not_eligible')),
    reason TEXT NOT NULL,
    screened_by TEXT NOT NULL,
    screened_at TIMESTAMP NOT NULL
);
CREATE INDEX screenings_application ON screenings (application_id, seq);
CREATE TRIGGER screenings_are_append_only_update BEFORE UPDATE ON screenings
BEGIN SELECT RAISE(ABORT, 'screenings are append-only'); END;
CREATE TRIGGER screenings_are_append_only_delete BEFORE DELETE ON screenings
BEGIN SELECT RAISE(ABORT, 'screenings are append-only'); END;

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
    -- the review's 0-100 score in hundredths, once submitted
    score_hundredths BIGINT,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP
);
CREATE INDEX reviews_application ON reviews (application_id, status);

-- Decisions; the latest of an application counts until the selection is final.
CREATE TABLE decisions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    application_id TEXT NOT NULL REFERENCES applications (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    kind TEXT NOT NULL CHECK (kind IN ('selected', 'reserve', 'rejected')),
    awarded_cents BIGINT CHECK (awarded_cents IS NULL OR awarded_cents > 0),
    motivation TEXT NOT NULL,
    -- the pending transfer that holds a selected award's money
    hold_transfer_id TEXT REFERENCES transfers (id),
    decided_by TEXT NOT NULL,
    decided_at TIMESTAMP NOT NULL
);
CREATE INDEX decisions_application ON decisions (application_id, seq);
CREATE INDEX decisions_call ON decisions (call_id);
CREATE TRIGGER decisions_are_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a new one'); END;
CREATE TRIGGER decisions_are_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a new one'); END;

-- Letters to send (the data of a decision notification); delivery is a later concern.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);

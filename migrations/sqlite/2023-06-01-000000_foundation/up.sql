-- grantdesk foundation schema (SQLite). Keep in step with migrations/postgres.
-- Money is BIGINT cents; instants are UTC TIMESTAMPs; ids are UUID text.

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'finance', 'reviewer', 'applicant', 'auditor')),
    display_name TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE budget_articles (
    code TEXT NOT NULL,
    budget_year INTEGER NOT NULL,
    description TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (code, budget_year)
);

CREATE TABLE ledgers (
    id TEXT PRIMARY KEY NOT NULL,
    budget_year INTEGER NOT NULL,
    credit_type TEXT NOT NULL CHECK (credit_type IN ('VAK', 'VEK')),
    article TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (budget_year, credit_type, article),
    FOREIGN KEY (article, budget_year) REFERENCES budget_articles (code, budget_year)
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY NOT NULL,
    ledger_id TEXT NOT NULL REFERENCES ledgers (id),
    kind TEXT NOT NULL,
    owner_id TEXT NOT NULL DEFAULT '',
    must_not_overdraw BOOLEAN NOT NULL,
    debits_posted BIGINT NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_posted BIGINT NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    debits_pending BIGINT NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
    credits_pending BIGINT NOT NULL DEFAULT 0 CHECK (credits_pending >= 0),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (ledger_id, kind, owner_id),
    -- the last line of defence behind the guarded UPDATE: a flagged account never goes below zero
    CHECK (NOT must_not_overdraw OR credits_posted - debits_posted - debits_pending >= 0)
);

CREATE TABLE transfers (
    -- the order transfers were written in
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    ledger_id TEXT NOT NULL REFERENCES ledgers (id),
    debit_account_id TEXT NOT NULL REFERENCES accounts (id),
    credit_account_id TEXT NOT NULL REFERENCES accounts (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    code TEXT NOT NULL,
    reference TEXT NOT NULL,
    actor TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('posted', 'refused')),
    refusal TEXT,
    -- what the debit account had available when the transfer was refused
    refused_available_cents BIGINT,
    created_at TIMESTAMP NOT NULL,
    CHECK (debit_account_id <> credit_account_id)
);
CREATE INDEX transfers_ledger_created ON transfers (ledger_id, created_at);
CREATE INDEX transfers_debit ON transfers (debit_account_id);
CREATE INDEX transfers_credit ON transfers (credit_account_id);

CREATE TRIGGER transfers_are_append_only_update BEFORE UPDATE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: correct a mistake with a reversing transfer'); END;
CREATE TRIGGER transfers_are_append_only_delete BEFORE DELETE ON transfers
BEGIN SELECT RAISE(ABORT, 'transfers are append-only: correct a mistake with a reversing transfer'); END;
CREATE TRIGGER accounts_are_never_deleted BEFORE DELETE ON accounts
BEGIN SELECT RAISE(ABORT, 'accounts are never deleted'); END;

CREATE TABLE calls (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    policy_link TEXT,
    budget_cents BIGINT NOT NULL CHECK (budget_cents > 0),
    article TEXT NOT NULL,
    budget_year INTEGER NOT NULL,
    cap_per_project_cents BIGINT,
    tracks TEXT NOT NULL,
    deadline_at TIMESTAMP NOT NULL,
    time_zone TEXT NOT NULL,
    start_date DATE NOT NULL,
    status TEXT NOT NULL,
    cancelled_reason TEXT,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX calls_status ON calls (status);
CREATE TRIGGER calls_are_never_deleted BEFORE DELETE ON calls
BEGIN SELECT RAISE(ABORT, 'calls are never deleted: cancel them'); END;

CREATE TABLE gate_evidence (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES calls (id),
    seq INTEGER NOT NULL,
    gate TEXT NOT NULL,
    reference TEXT NOT NULL,
    decided_on DATE NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('favourable', 'unfavourable')),
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    UNIQUE (call_id, seq)
);
CREATE TRIGGER gate_evidence_is_append_only_update BEFORE UPDATE ON gate_evidence
BEGIN SELECT RAISE(ABORT, 'gate evidence is append-only'); END;
CREATE TRIGGER gate_evidence_is_append_only_delete BEFORE DELETE ON gate_evidence
BEGIN SELECT RAISE(ABORT, 'gate evidence is append-only'); END;

CREATE TABLE deadline_changes (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES calls (id),
    seq INTEGER NOT NULL,
    previous_at TIMESTAMP,
    deadline_at TIMESTAMP NOT NULL,
    time_zone TEXT NOT NULL,
    reason TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    UNIQUE (call_id, seq)
);
CREATE TRIGGER deadline_changes_are_append_only_update BEFORE UPDATE ON deadline_changes
BEGIN SELECT RAISE(ABORT, 'deadline history is append-only'); END;
CREATE TRIGGER deadline_changes_are_append_only_delete BEFORE DELETE ON deadline_changes
BEGIN SELECT RAISE(ABORT, 'deadline history is append-only'); END;

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Running totals per account and transfer code, so that finance views (credited, reserved,
-- released, ...) are read in constant time. One row per (account, code), created with the
-- account.
CREATE TABLE account_code_totals (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    code TEXT NOT NULL,
    debits_posted BIGINT NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_posted BIGINT NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    PRIMARY KEY (account_id, code)
);

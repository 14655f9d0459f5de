-- Grants: every selected application of a decided call, with its payment schedule, and the
-- payments of its tranches (each a VAK liquidation plus a VEK payment on the ledger).
ALTER TABLE calls ADD COLUMN payment_schedule TEXT NOT NULL DEFAULT '[]';
ALTER TABLE calls ADD COLUMN grant_months INTEGER NOT NULL DEFAULT 12;

CREATE TABLE grants (
    -- a grant has its application's id
    id TEXT PRIMARY KEY NOT NULL REFERENCES applications (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    track INTEGER NOT NULL,
    committed_cents BIGINT NOT NULL CHECK (committed_cents > 0),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    -- the schedule as decided: [{label, percent, trigger}]
    tranches TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX grants_call ON grants (call_id);
CREATE INDEX grants_organisation ON grants (organisation_id);

CREATE TABLE grant_payments (
    -- the client's transfer id (idempotency key); also the VAK transfer's id
    id TEXT PRIMARY KEY NOT NULL,
    grant_id TEXT NOT NULL REFERENCES grants (id),
    tranche INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    vek_transfer_id TEXT NOT NULL,
    paid_by TEXT NOT NULL,
    paid_at TIMESTAMP NOT NULL,
    UNIQUE (grant_id, tranche)
);
CREATE TRIGGER grant_payments_guard BEFORE UPDATE OR DELETE ON grant_payments
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('payments are append-only');

-- (PostgreSQL; keep in step with migrations/sqlite.) A tamper-evident audit trail: each record holds the hash of the previous one. The head row
-- is the one lock every audit append takes, so the chain order is the commit order.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    chain_seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
-- the chain starts from a fixed genesis hash (records written before it stay unchained)
INSERT INTO audit_head (id, chain_seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

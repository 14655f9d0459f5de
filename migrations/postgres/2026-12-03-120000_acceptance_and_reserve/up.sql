-- After the decision (issue #14): every grant's acceptance, and the reserve list of a decided
-- call. Keep in step with the other backend's folder.
--
-- A grant is offered (at the selection's end, or later from the reserve list) and its lead
-- organisation's representative accepts or renounces it before due_at; silence past due_at is
-- an expiry (a job every server process runs). The status only ever leaves 'pending', by an
-- UPDATE guarded on status = 'pending', so an answer and an expiry never both happen.
-- hold_transfer_id is the ledger hold of an award offered from the reserve (posted when it is
-- accepted, voided when it is not); awards of the selection itself were committed at its end.
CREATE TABLE grant_acceptances (
    grant_id TEXT PRIMARY KEY REFERENCES grants (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    offered_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    zone TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'renounced', 'expired')),
    hold_transfer_id TEXT,
    partial BOOLEAN NOT NULL DEFAULT FALSE,
    answered_at TIMESTAMP,
    answered_by TEXT
);
CREATE INDEX grant_acceptances_pending ON grant_acceptances (status, due_at);
CREATE INDEX grant_acceptances_call ON grant_acceptances (call_id);

-- Grants made before acceptances existed were paid without one: they count as accepted when
-- they were made.
INSERT INTO grant_acceptances (grant_id, call_id, offered_at, due_at, zone, status, answered_at,
                               answered_by)
SELECT id, call_id, created_at, created_at, 'Europe/Brussels', 'accepted', created_at,
       'migration'
FROM grants;

-- The reserve list of a decided call: applications decided 'reserve' that scored at or above
-- the call's threshold, per track in ranking order, placed when the selection was finalised.
-- offered_at is set (once, guarded on it being NULL) when freed money is offered to it; until
-- is the end of the call's reserve period, after which nothing more is offered.
CREATE TABLE reserve_places (
    application_id TEXT PRIMARY KEY REFERENCES applications (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    track INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL,
    placed_at TIMESTAMP NOT NULL,
    until TIMESTAMP NOT NULL,
    offered_at TIMESTAMP
);
CREATE INDEX reserve_places_call ON reserve_places (call_id, track, rank);

-- A new transfer code, FREE: an award not accepted (renounced, expired) frees its commitment
-- back to the account it was awarded from. Every account and ledger has a running total per
-- code, created with it: the existing ones get theirs at zero (no FREE transfer exists yet).
INSERT INTO account_code_totals (account_id, code, debits_posted, credits_posted)
SELECT id, 'FREE', 0, 0 FROM accounts;
INSERT INTO ledger_code_totals (ledger_id, account_kind, code, debits_posted, credits_posted)
SELECT l.id, k.kind, 'FREE', 0, 0
FROM ledgers l
CROSS JOIN (SELECT 'article_source' AS kind UNION ALL SELECT 'article_available' AS kind
            UNION ALL SELECT 'call_available' AS kind UNION ALL SELECT 'track_available' AS kind
            UNION ALL SELECT 'grant_committed' AS kind UNION ALL SELECT 'grant_paid' AS kind) k;

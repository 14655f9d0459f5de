-- A grant cancelled by the funder (issue #14), once, after its acceptance and before its
-- settlement: the grantee keeps `kept` of what was paid (costs made in good faith, accepted by
-- staff), the rest of what was paid is recovered, everything not kept is decommitted: freed to
-- the account the award came from while the call's reserve list waits there (`freed`), else
-- released to the article. The ledger transfers' ids derive from `id` (the client's
-- idempotency key). Append-only. Keep in step with the other backend's folder.
CREATE TABLE grant_cancellations (
    grant_id TEXT PRIMARY KEY NOT NULL REFERENCES grants (id),
    id TEXT NOT NULL UNIQUE,
    motivation TEXT NOT NULL,
    paid_before_cents BIGINT NOT NULL CHECK (paid_before_cents >= 0),
    kept_cents BIGINT NOT NULL CHECK (kept_cents >= 0),
    recovery_cents BIGINT NOT NULL CHECK (recovery_cents >= 0),
    release_cents BIGINT NOT NULL CHECK (release_cents >= 0),
    freed BOOLEAN NOT NULL,
    cancelled_by TEXT NOT NULL,
    cancelled_at TIMESTAMP NOT NULL
);
CREATE TRIGGER grant_cancellations_are_append_only_update BEFORE UPDATE ON grant_cancellations
BEGIN SELECT RAISE(ABORT, 'cancellations are append-only'); END;
CREATE TRIGGER grant_cancellations_are_append_only_delete BEFORE DELETE ON grant_cancellations
BEGIN SELECT RAISE(ABORT, 'cancellations are append-only'); END;

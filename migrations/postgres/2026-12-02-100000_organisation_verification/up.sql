-- Organisations are verified, not first-come (issue #12): registering an enterprise number is a
-- claim; staff verify it with evidence (a KBO extract, a mandate, the representative's
-- identity) or reject it. The number is unique among verified organisations only: a second
-- claim is recorded beside the first. Organisations registered before were never checked:
-- they are `unverified` (no payment until staff verify them). Keep in step with
-- migrations/sqlite.

ALTER TABLE organisations DROP CONSTRAINT organisations_kbo_key;

ALTER TABLE organisations
    ADD COLUMN verification_status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (verification_status IN ('unverified', 'verified', 'rejected')),
    ADD COLUMN verification_decided_at TIMESTAMP,
    ADD COLUMN verification_decided_by TEXT,
    ADD COLUMN kbo_extract_reference TEXT,
    ADD COLUMN mandate_reference TEXT,
    ADD COLUMN representative_identity TEXT,
    ADD COLUMN verification_reason TEXT;

-- one verified organisation per enterprise number; any number of claims beside it
CREATE UNIQUE INDEX organisations_verified_kbo ON organisations (kbo)
    WHERE verification_status = 'verified';
-- claims on one number, oldest first (the staff's list of pending claims)
CREATE INDEX organisations_kbo ON organisations (kbo, created_at);
CREATE INDEX organisations_verification ON organisations (verification_status, kbo);

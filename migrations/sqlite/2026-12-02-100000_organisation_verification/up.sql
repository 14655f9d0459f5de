-- Organisations are verified, not first-come (issue #12): registering an enterprise number is a
-- claim; staff verify it with evidence (a KBO extract, a mandate, the representative's
-- identity) or reject it. The number is unique among verified organisations only: a second
-- claim is recorded beside the first. Organisations registered before were never checked:
-- they are `unverified` (no payment until staff verify them). Keep in step with
-- migrations/postgres.
--
-- SQLite cannot drop the UNIQUE constraint on `kbo`, so the table is rebuilt (SQLite's
-- documented procedure: foreign keys off, one transaction, the new table renamed into place;
-- the tables referencing organisations keep referring to it by name). metadata.toml runs this
-- file outside diesel's transaction for that reason.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE organisations_new (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kbo TEXT NOT NULL,
    kind TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    verification_status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (verification_status IN ('unverified', 'verified', 'rejected')),
    verification_decided_at TIMESTAMP,
    verification_decided_by TEXT,
    kbo_extract_reference TEXT,
    mandate_reference TEXT,
    representative_identity TEXT,
    verification_reason TEXT
);

INSERT INTO organisations_new
    (id, name, kbo, kind, street, postal_code, city, country, created_by, created_at)
SELECT id, name, kbo, kind, street, postal_code, city, country, created_by, created_at
FROM organisations;

DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;

-- one verified organisation per enterprise number; any number of claims beside it
CREATE UNIQUE INDEX organisations_verified_kbo ON organisations (kbo)
    WHERE verification_status = 'verified';
-- claims on one number, oldest first (the staff's list of pending claims)
CREATE INDEX organisations_kbo ON organisations (kbo, created_at);
CREATE INDEX organisations_verification ON organisations (verification_status, kbo);

COMMIT;
PRAGMA foreign_keys = ON;

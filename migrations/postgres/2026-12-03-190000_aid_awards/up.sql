-- The awards the de minimis ceiling counts (issue #15): one row per award in a call whose aid
-- regime has a ceiling, written in the transaction that holds it (a decision, a re-offer from
-- the reserve list, an upheld objection's award) after the check at award passed, and again at
-- finalisation (the row before ended as `restated`: the award then counts from that day).
-- A row is never changed except to end it, once (an update guarded on `ended_at IS NULL`):
-- replaced by another decision, renounced, expired, cancelled (what the grantee kept is a new
-- row). At most one open row per application. The check reads the open rows of a single
-- undertaking's members in the window, by (organisation_id, award_day). Keep in step with the
-- other backend's folder.
CREATE TABLE aid_awards (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    application_id TEXT NOT NULL REFERENCES applications (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    regulation TEXT NOT NULL REFERENCES aid_regulations (code),
    award_day DATE NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    made_by TEXT NOT NULL,
    made_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP,
    ended_because TEXT CHECK (ended_because IN ('replaced', 'restated', 'renounced', 'expired',
        'cancelled')),
    CHECK ((ended_at IS NULL) = (ended_because IS NULL))
);
CREATE UNIQUE INDEX aid_awards_open_application ON aid_awards (application_id)
    WHERE ended_at IS NULL;
CREATE INDEX aid_awards_open_undertaking ON aid_awards (organisation_id, award_day)
    WHERE ended_at IS NULL;

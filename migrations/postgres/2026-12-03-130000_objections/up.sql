-- Objections (bezwaar, issue #14): the lead organisation's representative lodges one objection
-- per application, with its grounds, before the end of the call's objection period after the
-- application's decision letter (due_at, in zone). The primary key on application_id makes a
-- second objection impossible, also when two arrive at once. Staff rule once (an update guarded
-- on ruling IS NULL): inadmissible, rejected or upheld, with a motivation; an upheld objection
-- is decided again: outcome 'offered' (an award from money that is free) or 'reserve' (no money
-- free: the application joins the reserve list at its rank). Keep in step with the other
-- backend's folder.
CREATE TABLE objections (
    application_id TEXT PRIMARY KEY REFERENCES applications (id),
    id TEXT NOT NULL UNIQUE,
    call_id TEXT NOT NULL REFERENCES calls (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    grounds TEXT NOT NULL,
    lodged_by TEXT NOT NULL,
    lodged_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    zone TEXT NOT NULL,
    ruling TEXT CHECK (ruling IN ('inadmissible', 'rejected', 'upheld')),
    motivation TEXT,
    outcome TEXT CHECK (outcome IN ('offered', 'reserve')),
    ruled_by TEXT,
    ruled_at TIMESTAMP
);
CREATE INDEX objections_call ON objections (call_id, lodged_at);

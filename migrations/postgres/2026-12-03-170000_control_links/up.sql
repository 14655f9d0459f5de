-- Control links between organisations (issue #15): `parent` controls `subsidiary` by one of
-- the de minimis regulation's four criteria. Declared by a representative of either
-- organisation, confirmed or rejected by staff, a confirmed one ended when the control ceases
-- (each an update guarded on the status it leaves). Confirmed links make a single undertaking
-- (domain/src/undertaking.rs). One open (declared or confirmed) link per ordered pair: the
-- partial unique index decides when two declarations arrive at once. Keep in step with the
-- other backend's folder.
CREATE TABLE control_links (
    id TEXT PRIMARY KEY NOT NULL,
    parent_id TEXT NOT NULL REFERENCES organisations (id),
    subsidiary_id TEXT NOT NULL REFERENCES organisations (id),
    criterion TEXT NOT NULL CHECK (criterion IN ('majority_of_voting_rights',
        'appoints_majority_of_board', 'dominant_influence', 'controls_votes_by_agreement')),
    status TEXT NOT NULL CHECK (status IN ('declared', 'confirmed', 'rejected', 'ended')),
    declared_by TEXT NOT NULL,
    declared_at TIMESTAMP NOT NULL,
    decided_by TEXT,
    decided_at TIMESTAMP,
    reason TEXT,
    CHECK (parent_id <> subsidiary_id)
);
CREATE UNIQUE INDEX control_links_open_pair ON control_links (parent_id, subsidiary_id)
    WHERE status IN ('declared', 'confirmed');
CREATE INDEX control_links_parent ON control_links (parent_id, status);
CREATE INDEX control_links_subsidiary ON control_links (subsidiary_id, status);

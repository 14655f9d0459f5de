-- Membership by consent (issue #12, item 2). Keep in step with migrations/postgres.
--
-- `memberships` holds the current memberships only, so every query that asks "is X a member
-- of O" stays right as it is. A membership that ends is first copied to `ended_memberships`
-- (append-only: who ended it, when, why) and then deleted from `memberships`; the database
-- refuses a delete that is not so recorded. Rejoining later is a new row.
--
-- Every organisation has one representative: the partial unique index allows at most one; the
-- code never leaves an organisation without one (the representative cannot leave, and handing
-- on moves the role in one transaction). Existing organisations: their earliest member.

ALTER TABLE memberships ADD COLUMN role TEXT NOT NULL DEFAULT 'member';
ALTER TABLE memberships ADD COLUMN invitation_id TEXT;

UPDATE memberships SET role = 'representative'
WHERE user_id = (
    SELECT m.user_id FROM memberships m
    WHERE m.organisation_id = memberships.organisation_id
    ORDER BY m.added_at, m.user_id
    LIMIT 1
);

CREATE UNIQUE INDEX memberships_one_representative ON memberships (organisation_id)
    WHERE role = 'representative';

CREATE TABLE ended_memberships (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    invitation_id TEXT,
    ended_at TIMESTAMP NOT NULL,
    ended_by TEXT NOT NULL,
    end_reason TEXT NOT NULL CHECK (end_reason IN ('left', 'removed'))
);
CREATE INDEX ended_memberships_organisation ON ended_memberships (organisation_id);
CREATE INDEX ended_memberships_user ON ended_memberships (user_id);

CREATE TRIGGER ended_memberships_are_append_only_update BEFORE UPDATE ON ended_memberships
BEGIN SELECT RAISE(ABORT, 'ended memberships are append-only'); END;
CREATE TRIGGER ended_memberships_are_append_only_delete BEFORE DELETE ON ended_memberships
BEGIN SELECT RAISE(ABORT, 'ended memberships are append-only'); END;
CREATE TRIGGER memberships_end_is_recorded BEFORE DELETE ON memberships
WHEN NOT EXISTS (
    SELECT 1 FROM ended_memberships e
    WHERE e.organisation_id = OLD.organisation_id AND e.user_id = OLD.user_id
      AND e.added_at = OLD.added_at
)
BEGIN SELECT RAISE(ABORT, 'a membership ends only with its record in ended_memberships'); END;

CREATE TABLE invitations (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    -- trimmed and lower-cased, as accounts store theirs
    email TEXT NOT NULL,
    invited_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    answered_at TIMESTAMP,
    answered_by TEXT REFERENCES users (id)
);
CREATE INDEX invitations_email ON invitations (email, status);
CREATE INDEX invitations_organisation ON invitations (organisation_id, status);
CREATE TRIGGER invitations_are_never_deleted BEFORE DELETE ON invitations
BEGIN SELECT RAISE(ABORT, 'invitations are never deleted: withdraw them'); END;

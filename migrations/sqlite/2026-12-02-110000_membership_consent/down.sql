DROP TRIGGER invitations_are_never_deleted;
DROP TABLE invitations;
DROP TRIGGER memberships_end_is_recorded;
DROP TRIGGER ended_memberships_are_append_only_delete;
DROP TRIGGER ended_memberships_are_append_only_update;
DROP TABLE ended_memberships;
DROP INDEX memberships_one_representative;
ALTER TABLE memberships DROP COLUMN invitation_id;
ALTER TABLE memberships DROP COLUMN role;

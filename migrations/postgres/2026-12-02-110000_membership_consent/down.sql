DROP TABLE invitations;
DROP TRIGGER memberships_no_truncate ON memberships;
DROP TRIGGER memberships_end_is_recorded ON memberships;
DROP FUNCTION grantdesk_membership_end_recorded();
DROP TABLE ended_memberships;
DROP INDEX memberships_one_representative;
ALTER TABLE memberships DROP COLUMN invitation_id;
ALTER TABLE memberships DROP COLUMN role;

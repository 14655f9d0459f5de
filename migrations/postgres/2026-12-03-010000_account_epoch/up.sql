-- The account epoch (issue #12, item 3): one number that moves on whenever any account's
-- standing changes (its token version, which every disable, enable, role or password change
-- moves on, or a token signed out), whoever writes it. Server processes keep what they checked
-- of tokens in memory while the epoch stands, and read it often (a primary-key read), so that a
-- change made by another process, the CLI or by hand ends what they remembered; on PostgreSQL
-- the change is also announced (NOTIFY grantdesk_account_epoch) at its commit. Keep in step
-- with migrations/sqlite.

CREATE TABLE account_epoch (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    epoch BIGINT NOT NULL
);
INSERT INTO account_epoch (id, epoch) VALUES (1, 0);

CREATE FUNCTION grantdesk_account_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE account_epoch SET epoch = epoch + 1 WHERE id = 1;
    -- delivered at commit to every server process listening: they need not wait for their
    -- next read of the epoch
    PERFORM pg_notify('grantdesk_account_epoch', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER account_epoch_on_standing AFTER UPDATE OF active, role, token_version ON users
    FOR EACH ROW
    WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
          OR OLD.token_version IS DISTINCT FROM NEW.token_version)
    EXECUTE FUNCTION grantdesk_account_epoch();

CREATE TRIGGER account_epoch_on_sign_out AFTER INSERT ON revoked_tokens
    FOR EACH ROW EXECUTE FUNCTION grantdesk_account_epoch();

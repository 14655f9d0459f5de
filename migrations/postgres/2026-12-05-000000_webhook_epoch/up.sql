-- The webhook epoch (issue #16): one number that moves on whenever the set of endpoints an
-- event can go to changes (an endpoint added or removed, its status, event types or owner
-- changed), whoever writes it, in the transaction that changes it. A server process keeps the
-- active endpoints it read at an epoch in memory; a submission reads the epoch in the
-- statement that saves the application (grantdesk_webhook_epoch() in its RETURNING) and reads
-- the endpoints again only when the epoch moved, so a subscription committed before the
-- submission's statement is seen as it was when each submission read the endpoints itself.
-- Keep in step with migrations/sqlite.

CREATE TABLE webhook_epoch (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    epoch BIGINT NOT NULL
);
INSERT INTO webhook_epoch (id, epoch) VALUES (1, 0);

-- the epoch as a function, so that a statement can return it beside what it answers (and stay
-- one prepared statement)
CREATE FUNCTION grantdesk_webhook_epoch() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT epoch FROM webhook_epoch WHERE id = 1
$$;

CREATE FUNCTION grantdesk_webhook_epoch_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE webhook_epoch SET epoch = epoch + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_epoch_on_insert AFTER INSERT OR DELETE ON webhook_endpoints
    FOR EACH STATEMENT EXECUTE FUNCTION grantdesk_webhook_epoch_moves();

CREATE TRIGGER webhook_epoch_on_update AFTER UPDATE OF status, event_types, organisation_id
    ON webhook_endpoints
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.event_types IS DISTINCT FROM NEW.event_types
          OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
    EXECUTE FUNCTION grantdesk_webhook_epoch_moves();

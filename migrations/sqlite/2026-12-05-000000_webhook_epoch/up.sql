-- The webhook epoch (issue #16): one number that moves on whenever the set of endpoints an
-- event can go to changes (an endpoint added or removed, its status, event types or owner
-- changed), whoever writes it, in the transaction that changes it. A server process keeps the
-- active endpoints it read at an epoch in memory, and a submission reads the endpoints again
-- only when the epoch moved. Keep in step with migrations/postgres.

CREATE TABLE webhook_epoch (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    epoch BIGINT NOT NULL
);
INSERT INTO webhook_epoch (id, epoch) VALUES (1, 0);

CREATE TRIGGER webhook_epoch_on_insert AFTER INSERT ON webhook_endpoints
BEGIN UPDATE webhook_epoch SET epoch = epoch + 1 WHERE id = 1; END;

CREATE TRIGGER webhook_epoch_on_delete AFTER DELETE ON webhook_endpoints
BEGIN UPDATE webhook_epoch SET epoch = epoch + 1 WHERE id = 1; END;

CREATE TRIGGER webhook_epoch_on_update AFTER UPDATE OF status, event_types, organisation_id
    ON webhook_endpoints
WHEN OLD.status IS NOT NEW.status OR OLD.event_types IS NOT NEW.event_types
    OR OLD.organisation_id IS NOT NEW.organisation_id
BEGIN UPDATE webhook_epoch SET epoch = epoch + 1 WHERE id = 1; END;

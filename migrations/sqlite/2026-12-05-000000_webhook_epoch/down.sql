DROP TRIGGER webhook_epoch_on_update;
DROP TRIGGER webhook_epoch_on_delete;
DROP TRIGGER webhook_epoch_on_insert;
DROP TABLE webhook_epoch;

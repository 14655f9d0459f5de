DROP TRIGGER webhook_epoch_on_update ON webhook_endpoints;
DROP TRIGGER webhook_epoch_on_insert ON webhook_endpoints;
DROP FUNCTION grantdesk_webhook_epoch_moves();
DROP FUNCTION grantdesk_webhook_epoch();
DROP TABLE webhook_epoch;

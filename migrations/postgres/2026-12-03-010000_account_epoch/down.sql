DROP TRIGGER account_epoch_on_sign_out ON revoked_tokens;
DROP TRIGGER account_epoch_on_standing ON users;
DROP FUNCTION grantdesk_account_epoch();
DROP TABLE account_epoch;

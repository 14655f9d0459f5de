DROP TRIGGER account_epoch_on_sign_out;
DROP TRIGGER account_epoch_on_standing;
DROP TABLE account_epoch;

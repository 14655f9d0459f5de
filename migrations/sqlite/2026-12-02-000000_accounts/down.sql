DROP TABLE account_messages;
DROP TABLE password_resets;
DROP TABLE revoked_tokens;
ALTER TABLE users DROP COLUMN token_version;

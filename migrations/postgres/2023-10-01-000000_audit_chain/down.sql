DROP TABLE audit_head;
DROP INDEX audit_log_chain;
ALTER TABLE audit_log DROP COLUMN hash;
ALTER TABLE audit_log DROP COLUMN prev_hash;
ALTER TABLE audit_log DROP COLUMN chain_seq;

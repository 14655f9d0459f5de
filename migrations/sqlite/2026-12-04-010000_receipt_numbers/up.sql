-- (SQLite; keep in step with migrations/postgres.) On SQLite the call's counter row stays where
-- receipt numbers come from: its one writer holds the database for the whole transaction
-- anyway, so the counter holds nothing up (PostgreSQL takes them from a sequence, issue #16).

-- a receipt names its entry in the audit log, whose inclusion proof it can be given
ALTER TABLE receipts ADD COLUMN log_entry_id TEXT REFERENCES audit_log (id);

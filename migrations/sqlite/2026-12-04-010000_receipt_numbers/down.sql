ALTER TABLE receipts DROP COLUMN log_entry_id;

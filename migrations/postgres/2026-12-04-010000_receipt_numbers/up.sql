-- (PostgreSQL; keep in step with migrations/sqlite.) Receipt numbers without a held counter
-- (issue #16): each call's numbers come from a sequence of its own (receipt_numbers_<call id
-- without dashes>), which no transaction holds: nextval is never rolled back, so a submission
-- that fails leaves a gap. Numbers stay unique per call (UNIQUE (call_id, seq)). The counters
-- carry on where each call's counter stood. receipt_counters stays for SQLite, whose one writer
-- holds the database anyway.
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT call_id, last_number FROM receipt_counters LOOP
        EXECUTE format('CREATE SEQUENCE %I AS integer MINVALUE 1 START WITH %s',
                       'receipt_numbers_' || replace(r.call_id, '-', ''), r.last_number + 1);
    END LOOP;
END $$;

-- a receipt names its entry in the audit log, whose inclusion proof it can be given
ALTER TABLE receipts ADD COLUMN log_entry_id TEXT REFERENCES audit_log (id);

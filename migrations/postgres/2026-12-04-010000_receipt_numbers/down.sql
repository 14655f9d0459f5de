ALTER TABLE receipts DROP COLUMN log_entry_id;
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT call_id FROM receipt_counters LOOP
        EXECUTE format('DROP SEQUENCE IF EXISTS %I', 'receipt_numbers_' || replace(r.call_id, '-', ''));
    END LOOP;
END $$;

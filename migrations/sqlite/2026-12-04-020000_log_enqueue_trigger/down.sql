DROP TRIGGER audit_log_enqueue;

DROP TRIGGER audit_log_enqueue ON audit_log;
DROP FUNCTION grantdesk_log_enqueue();

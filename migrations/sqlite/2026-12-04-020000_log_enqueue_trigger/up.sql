-- (SQLite; keep in step with migrations/postgres.) An audit entry takes its place in the
-- sealing queue by a trigger in the statement that writes it, rather than by a second statement
-- from the server (issue #16's surge).
CREATE TRIGGER audit_log_enqueue AFTER INSERT ON audit_log
BEGIN INSERT INTO log_pending (entry_id) VALUES (NEW.id); END;

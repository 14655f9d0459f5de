-- PostgreSQL's TRUNCATE bypasses row triggers, hence its statement-level guards in this
-- migration. SQLite has no TRUNCATE: a `DELETE FROM t` without WHERE skips its truncate
-- optimisation when the table has triggers, so the BEFORE DELETE guards already hold. Nothing
-- to do here; kept so that both backends have the same migrations.
SELECT 1;

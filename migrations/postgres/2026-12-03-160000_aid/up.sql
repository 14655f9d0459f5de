-- State aid across calls (issue #15). A call's aid settings: one JSON object, every field
-- defaulted when left out (domain/src/aid.rs, CallAid: not state aid). The regulations a call
-- can rely on are data with their legal source, not constants in code: the known ones
-- (domain aid::known_regulations) are installed by `migrate` when missing, admins add others.
-- A regulation is never changed or removed (a new one is added). Keep in step with the other
-- backend's folder.
ALTER TABLE calls ADD COLUMN aid TEXT NOT NULL DEFAULT '{}';
CREATE TABLE aid_regulations (
    code TEXT PRIMARY KEY NOT NULL,
    regime TEXT NOT NULL CHECK (regime IN ('de_minimis', 'sgei_de_minimis', 'block_exempted')),
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    ceiling_cents BIGINT CHECK (ceiling_cents > 0),
    period_years INTEGER CHECK (period_years BETWEEN 1 AND 10),
    valid_from DATE NOT NULL,
    valid_until DATE,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL
);
CREATE TRIGGER aid_regulations_guard BEFORE UPDATE OR DELETE ON aid_regulations
    FOR EACH ROW EXECUTE FUNCTION grantdesk_refuse_change('regulations are append-only');

ALTER TABLE calls DROP COLUMN after_decision;

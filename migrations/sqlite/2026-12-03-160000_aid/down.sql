DROP TABLE aid_regulations;
ALTER TABLE calls DROP COLUMN aid;

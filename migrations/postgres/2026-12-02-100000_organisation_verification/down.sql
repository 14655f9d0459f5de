-- Back to one organisation per enterprise number (fails while two share one).
DROP INDEX organisations_verification;
DROP INDEX organisations_kbo;
DROP INDEX organisations_verified_kbo;
ALTER TABLE organisations
    DROP COLUMN verification_reason,
    DROP COLUMN representative_identity,
    DROP COLUMN mandate_reference,
    DROP COLUMN kbo_extract_reference,
    DROP COLUMN verification_decided_by,
    DROP COLUMN verification_decided_at,
    DROP COLUMN verification_status;
ALTER TABLE organisations ADD CONSTRAINT organisations_kbo_key UNIQUE (kbo);

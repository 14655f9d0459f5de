DROP TABLE outbox;
DROP TABLE decisions;
DROP TABLE reviews;
DROP TABLE assignments;
DROP TABLE screenings;
DROP TABLE reviewer_affiliations;
ALTER TABLE transfers DROP COLUMN pending_id;
ALTER TABLE calls DROP COLUMN criteria;

DROP TABLE call_questions;
DROP TABLE receipts;
DROP TABLE receipt_counters;
DROP TABLE attachments;
DROP TABLE applications;
DROP TABLE memberships;
DROP TABLE organisations;
ALTER TABLE calls DROP COLUMN attachment_kinds;
ALTER TABLE calls DROP COLUMN questions;

DROP TABLE personal_data_subjects;
DROP TABLE personal_data;
DROP TABLE log_checkpoints;
DROP TABLE log_nodes;
DROP TABLE log_leaves;
DROP TABLE log_pending;
ALTER TABLE audit_log DROP COLUMN personal_commitment;

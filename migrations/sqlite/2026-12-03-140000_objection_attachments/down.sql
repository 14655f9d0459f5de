DROP TABLE objection_attachments;
ALTER TABLE objections DROP COLUMN attachment_count;

-- What a call sets for the time after its decision (issue #14): acceptance and objection
-- periods, the reserve list's period and threshold, partial awards. One JSON object, every
-- field defaulted when left out (domain/src/after_decision.rs). Keep in step with the other
-- backend's folder.
ALTER TABLE calls ADD COLUMN after_decision TEXT NOT NULL DEFAULT '{}';

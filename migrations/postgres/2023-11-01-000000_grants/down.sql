DROP TABLE grant_payments;
DROP TABLE grants;
ALTER TABLE calls DROP COLUMN grant_months;
ALTER TABLE calls DROP COLUMN payment_schedule;

DELETE FROM ledger_code_totals WHERE code = 'FREE';
DELETE FROM account_code_totals WHERE code = 'FREE';
DROP TABLE reserve_places;
DROP TABLE grant_acceptances;

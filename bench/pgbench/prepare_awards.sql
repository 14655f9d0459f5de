-- Run on a scratch COPY of the prepared awards database (CREATE DATABASE ... TEMPLATE ..., taken
-- before any decision), never on a live one: maps pgbench's integers to the call's real
-- applications and organisations, and records the call's ledger and available account, so that
-- decide.sql reads and writes real rows with the real schema, indexes, triggers and budget.
-- psql -v call_id=<the call's id>.
DROP TABLE IF EXISTS bench_apps;
CREATE TABLE bench_apps AS
  SELECT row_number() OVER (ORDER BY a.id) AS n, a.id AS app_id,
         a.lead_organisation_id AS org_id, l.id AS ledger_id, l.article AS article,
         l.budget_year AS budget_year, acc.id AS call_acct
    FROM applications a
    JOIN calls c ON c.id = a.call_id
    JOIN ledgers l ON l.article = c.article AND l.budget_year = c.budget_year AND l.credit_type = 'VAK'
    JOIN accounts acc ON acc.ledger_id = l.id AND acc.kind = 'call_available' AND acc.owner_id = c.id
   WHERE a.call_id = :'call_id';
ALTER TABLE bench_apps ADD PRIMARY KEY (n);
DROP SEQUENCE IF EXISTS bench_seq;
CREATE SEQUENCE bench_seq;
ANALYZE;

-- Run on a scratch COPY of the prepared awards database (CREATE DATABASE ... TEMPLATE ..., taken
-- before any decision), never on a live one: maps pgbench's integers to the call's real
-- applications and organisations, and records the call's ledger and available account, so that
-- decide.sql reads and writes real rows with the real schema, indexes, triggers and budget.
-- psql -v call_id=<the call's id>.
DROP TABLE IF EXISTS bench_apps;
CREATE TABLE bench_apps AS
  SELECT row_number() OVER (ORDER BY a.id) AS n, a.id AS app_id,
         a.lead_organisation_id AS org_id, l.id AS ledger_id, l.article AS article,
         l.budget_year AS budget_year, acc.id AS call_acct,
         -- the lead organisation's single undertaking as the bench makes it (itself and the
         -- organisations confirmed linked to it: pairs), for the check at award (decide.sql, aid=1)
         g.members::text AS members, g.members[1] AS m1, g.members[array_length(g.members, 1)] AS m2
    FROM applications a
    JOIN calls c ON c.id = a.call_id
    JOIN ledgers l ON l.article = c.article AND l.budget_year = c.budget_year AND l.credit_type = 'VAK'
    JOIN accounts acc ON acc.ledger_id = l.id AND acc.kind = 'call_available' AND acc.owner_id = c.id
    CROSS JOIN LATERAL (
      SELECT ARRAY(SELECT m FROM (
          SELECT a.lead_organisation_id AS m
          UNION SELECT CASE WHEN k.parent_id = a.lead_organisation_id THEN k.subsidiary_id ELSE k.parent_id END
            FROM control_links k
           WHERE k.status = 'confirmed'
             AND (k.parent_id = a.lead_organisation_id OR k.subsidiary_id = a.lead_organisation_id)) ms
        ORDER BY m) AS members) g
   WHERE a.call_id = :'call_id';
ALTER TABLE bench_apps ADD PRIMARY KEY (n);
DROP SEQUENCE IF EXISTS bench_seq;
CREATE SEQUENCE bench_seq;
ANALYZE;

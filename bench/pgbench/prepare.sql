-- Run on a scratch COPY of the surge database (CREATE DATABASE ... TEMPLATE ...), never on a
-- live one: maps pgbench's integer ids to the call's real applications, organisations and
-- applicants, so that submit.sql reads and writes real rows with the real schema, indexes and
-- triggers. psql -v call_id=<the call's id>.
DROP TABLE IF EXISTS bench_apps;
CREATE TABLE bench_apps AS
  SELECT row_number() OVER (ORDER BY a.id) AS n, a.id AS app_id,
         a.lead_organisation_id AS org_id, m.user_id AS user_id, u.email AS email
    FROM applications a
    JOIN memberships m ON m.organisation_id = a.lead_organisation_id
    JOIN users u ON u.id = m.user_id
   WHERE a.call_id = :'call_id';
ALTER TABLE bench_apps ADD PRIMARY KEY (n);
ANALYZE;

-- Running totals per ledger, account kind and transfer code, kept by the same statements that
-- keep the accounts' totals: the finance views (committed, paid, released ... per article and
-- year) read one row each instead of summing accounts or history.
CREATE TABLE ledger_code_totals (
    ledger_id TEXT NOT NULL REFERENCES ledgers (id),
    account_kind TEXT NOT NULL,
    code TEXT NOT NULL,
    debits_posted BIGINT NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_posted BIGINT NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    PRIMARY KEY (ledger_id, account_kind, code)
);

-- existing ledgers: one row per kind and code, from their posted transfers
INSERT INTO ledger_code_totals (ledger_id, account_kind, code, debits_posted, credits_posted)
SELECT l.id, k.kind, c.code,
    COALESCE((SELECT SUM(t.amount_cents) FROM transfers t
              JOIN accounts a ON a.id = t.debit_account_id
              WHERE t.ledger_id = l.id AND t.status = 'posted' AND t.code = c.code
                AND a.kind = k.kind), 0),
    COALESCE((SELECT SUM(t.amount_cents) FROM transfers t
              JOIN accounts a ON a.id = t.credit_account_id
              WHERE t.ledger_id = l.id AND t.status = 'posted' AND t.code = c.code
                AND a.kind = k.kind), 0)
FROM ledgers l
CROSS JOIN (SELECT 'article_source' AS kind UNION ALL SELECT 'article_available' AS kind UNION ALL SELECT 'call_available' AS kind UNION ALL SELECT 'track_available' AS kind UNION ALL SELECT 'grant_committed' AS kind UNION ALL SELECT 'grant_paid' AS kind) k
CROSS JOIN (SELECT 'CREDIT' AS code UNION ALL SELECT 'RESERVE' AS code UNION ALL SELECT 'AWARD' AS code UNION ALL SELECT 'PAY_ADVANCE' AS code UNION ALL SELECT 'PAY_BALANCE' AS code UNION ALL SELECT 'RELEASE' AS code UNION ALL SELECT 'RECOVER' AS code UNION ALL SELECT 'REVERSE' AS code) c;

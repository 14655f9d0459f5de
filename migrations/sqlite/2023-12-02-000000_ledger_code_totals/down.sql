DROP TABLE ledger_code_totals;

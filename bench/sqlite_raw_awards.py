#!/usr/bin/env python3
"""The SQLite limit for the decision path: a raw loop, one writer.

Runs the statements of POST /applications/{id}/decision (see pgbench/decide.sql and
pgbench/decide-trace.txt; the same order) in `BEGIN IMMEDIATE ... COMMIT` (accepted) or
`... ROLLBACK` (refused: the guarded UPDATE changed no row) transactions, once per application
of the call (N decisions, like the HTTP run), on a COPY of the prepared awards database taken
before any decision, with the server's pragmas (WAL, synchronous=NORMAL, foreign_keys=ON).
One writer: BEGIN IMMEDIATE serialises writers anyway. Prints one JSON object.

--aid de_minimis adds the check at award of a de minimis call (pgbench/decide-aid-trace.txt,
issue #15): the regulation, the single undertaking (read once: the server reads it again after
the aid locks on PostgreSQL only, since 63648ca), its counted awards in the window, its declarations, the application's open counted
award, the award counted; the request's account check reads the epoch first, as on PostgreSQL.
"""
import argparse
import json
import random
import sqlite3
import time
import uuid

p = argparse.ArgumentParser()
p.add_argument("--db", required=True)
p.add_argument("--call-id", required=True)
p.add_argument("--amount", type=int, required=True, help="cents")
p.add_argument("--n", type=int, required=True)
p.add_argument("--aid", choices=["not_state_aid", "de_minimis"], default="not_state_aid")
a = p.parse_args()
aid = a.aid == "de_minimis"

c = sqlite3.connect(a.db, isolation_level=None)
c.executescript("PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; "
                "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
call = a.call_id
apps = c.execute("SELECT id, lead_organisation_id FROM applications WHERE call_id = ?", (call,)).fetchall()
random.shuffle(apps)
article, year = c.execute("SELECT article, budget_year FROM calls WHERE id = ?", (call,)).fetchone()
ledger = c.execute("SELECT id FROM ledgers WHERE article = ? AND budget_year = ? AND credit_type = 'VAK'",
                   (article, year)).fetchone()[0]
call_acct = c.execute("SELECT id FROM accounts WHERE ledger_id = ? AND kind = 'call_available' AND owner_id = ?",
                      (ledger, call)).fetchone()[0]
admin = "user:" + c.execute("SELECT id FROM users WHERE role = 'admin' LIMIT 1").fetchone()[0]
audit_len = c.execute("SELECT coalesce(cast(avg(length(after_json)) AS int), 300) FROM audit_log "
                      "WHERE action = 'application.screen'").fetchone()[0] + 100
amount = a.amount
acct_q = "SELECT * FROM accounts WHERE id = ? LIMIT 1"
# each lead organisation's single undertaking as the bench makes it (itself and its confirmed links)
groups = {}
for parent, child in c.execute("SELECT parent_id, subsidiary_id FROM control_links WHERE status = 'confirmed'"):
    groups.setdefault(parent, {parent}).add(child)
    groups.setdefault(child, {child}).add(parent)
links_q = ("SELECT * FROM control_links WHERE (parent_id IN ({0}) OR subsidiary_id IN ({0})) AND status IN ('confirmed') "
           "ORDER BY declared_at, id")


def check_at_award(app, org, amount):
    members = sorted(groups.get(org, {org}))
    marks = ", ".join("?" for _ in members)
    c.execute("SELECT * FROM aid_regulations WHERE code = 'EU 2023/2831' LIMIT 1").fetchall()
    # once: on SQLite the server does not read it again after the (PostgreSQL-only) aid locks
    c.execute(links_q.format("?"), (org, org)).fetchall()
    c.execute(links_q.format(marks), members + members).fetchall()
    c.execute(f"SELECT * FROM aid_awards WHERE organisation_id IN ({marks}) AND ended_at IS NULL AND award_day "
              "BETWEEN date('now', '-3 years', '+1 day') AND date('now') ORDER BY award_day, made_at", members).fetchall()
    c.execute(f"SELECT lead_organisation_id, content FROM applications WHERE lead_organisation_id IN ({marks}) "
              "AND status <> 'draft'", members).fetchall()
    if c.execute("SELECT * FROM aid_awards WHERE application_id = ? AND ended_at IS NULL LIMIT 1", (app,)).fetchall():
        c.execute("UPDATE aid_awards SET ended_at = datetime('now'), ended_because = 'replaced' "
                  "WHERE application_id = ? AND ended_at IS NULL", (app,))
    c.execute("INSERT INTO aid_awards (id, organisation_id, application_id, call_id, regulation, award_day, amount_cents, "
              "made_by, made_at) VALUES (?, ?, ?, ?, 'EU 2023/2831', date('now'), ?, ?, datetime('now'))",
              (str(uuid.uuid4()), org, app, call, amount, admin))

lat, accepted, refused = [], 0, 0
t0 = time.monotonic()
for i in range(a.n):
    app, org = apps[i % len(apps)]
    s = time.perf_counter()
    c.execute("SELECT epoch FROM account_epoch WHERE id = 1 LIMIT 1").fetchall()  # the account check
    c.execute("BEGIN IMMEDIATE")
    c.execute("SELECT * FROM applications WHERE id = ? LIMIT 1", (app,)).fetchall()
    # the call (its gate evidence and deadline changes are kept by the server process at the
    # version of the call's row: not read while the call does not change)
    c.execute("SELECT * FROM calls WHERE id = ? LIMIT 1", (call,)).fetchall()
    c.execute("SELECT * FROM organisations WHERE id = ? LIMIT 1", (org,)).fetchall()
    c.execute("SELECT application_id, verdict, reason, screened_by, screened_at FROM screenings "
              "WHERE application_id = ? ORDER BY seq DESC LIMIT 1", (app,)).fetchall()
    c.execute("SELECT id, application_id, call_id, kind, awarded_cents, motivation, hold_transfer_id, decided_by, "
              "decided_at FROM decisions WHERE application_id = ? ORDER BY seq DESC LIMIT 1", (app,)).fetchall()
    if aid:
        check_at_award(app, org, amount)
    c.execute("SELECT id FROM ledgers WHERE article = ? AND budget_year = ? AND credit_type = 'VAK' LIMIT 1",
              (article, year)).fetchall()
    acc_kind = "SELECT * FROM accounts WHERE ledger_id = ? AND kind = ? AND owner_id = ? LIMIT 1"
    c.execute(acc_kind, (ledger, "call_available", call)).fetchall()
    c.execute(acc_kind, (ledger, "grant_committed", app)).fetchall()
    grant = str(uuid.uuid4())
    c.execute("INSERT INTO accounts (id, ledger_id, kind, owner_id, must_not_overdraw, debits_posted, credits_posted, "
              "debits_pending, credits_pending, created_at) VALUES (?, ?, 'grant_committed', ?, 1, 0, 0, 0, 0, "
              "datetime('now'))", (grant, ledger, app))
    for code in ("CREDIT", "RESERVE", "AWARD", "PAY_ADVANCE", "PAY_BALANCE", "RELEASE", "RECOVER", "REVERSE",
                 "FREE"):
        c.execute("INSERT INTO account_code_totals (account_id, code) VALUES (?, ?)", (grant, code))
    tid = str(uuid.uuid4())
    c.execute("SELECT * FROM transfers WHERE id = ? LIMIT 1", (tid,)).fetchall()
    c.execute(acct_q, (call_acct,)).fetchall()
    c.execute(acct_q, (grant,)).fetchall()
    c.execute("UPDATE accounts SET credits_pending = credits_pending + ? WHERE id = ?", (amount, grant))
    held = c.execute("UPDATE accounts SET debits_pending = debits_pending + ? WHERE id = ? AND (must_not_overdraw = 0 "
                     "OR credits_posted - debits_posted - debits_pending >= ?)", (amount, call_acct, amount)).rowcount
    ref = f"award to application {app} (provisional)"
    if held == 1:
        c.execute("INSERT INTO transfers (id, ledger_id, debit_account_id, credit_account_id, amount_cents, code, "
                  "reference, actor, status, created_at) VALUES (?, ?, ?, ?, ?, 'AWARD', ?, ?, 'pending', "
                  "datetime('now'))", (tid, ledger, call_acct, grant, amount, ref, admin))
        c.execute("INSERT INTO decisions (id, application_id, call_id, kind, awarded_cents, motivation, "
                  "hold_transfer_id, decided_by, decided_at) VALUES (?, ?, ?, 'selected', ?, ?, ?, ?, datetime('now'))",
                  (str(uuid.uuid4()), app, call, amount, "Sterke expertise, duidelijke aanpak", tid, admin))
        # the audit entry (#16: an insert, no shared row; its trigger queues it for sealing)
        entry = str(uuid.uuid4())
        c.execute("INSERT INTO audit_log (id, at, actor, action, target_type, target_id, after_json, "
                  "personal_commitment) VALUES (?, datetime('now'), ?, 'application.decide', 'application', ?, ?, NULL)",
                  (entry, admin, app, "a" * audit_len))
        c.execute("COMMIT")
        accepted += 1
    else:
        c.execute(acct_q, (call_acct,)).fetchall()
        c.execute("UPDATE accounts SET credits_pending = credits_pending - ? WHERE id = ?", (amount, grant))
        c.execute("INSERT INTO transfers (id, ledger_id, debit_account_id, credit_account_id, amount_cents, code, "
                  "reference, actor, status, refusal, refused_available_cents, created_at) VALUES (?, ?, ?, ?, ?, "
                  "'AWARD', ?, ?, 'refused', 'insufficient funds', 0, datetime('now'))",
                  (tid, ledger, call_acct, grant, amount, ref, admin))
        c.execute("ROLLBACK")
        refused += 1
    lat.append(time.perf_counter() - s)
elapsed = time.monotonic() - t0
held_cents = c.execute("SELECT debits_pending FROM accounts WHERE id = ?", (call_acct,)).fetchone()[0]
lat.sort()
pct = lambda q: round(lat[min(len(lat) - 1, int(len(lat) * q))] * 1000, 3) if lat else None
print(json.dumps({"transactions": len(lat), "seconds": round(elapsed, 3), "tps": round(len(lat) / elapsed, 1),
                  "p50_ms": pct(0.50), "p99_ms": pct(0.99), "accepted": accepted, "refused": refused,
                  "held_cents": held_cents}))

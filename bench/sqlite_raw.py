#!/usr/bin/env python3
"""The SQLite limit for one submission's statements: a raw loop, one writer at a time.

Runs the statements of POST /applications/{id}/submit (see pgbench/submit.sql; the same order, without
PostgreSQL's row lock) in `BEGIN IMMEDIATE ... COMMIT` transactions on a COPY of the surge database, with the
server's pragmas (WAL, synchronous=NORMAL, foreign_keys=ON, busy_timeout), for --seconds.
One writer: BEGIN IMMEDIATE serialises writers anyway, so more threads cannot go faster.
Prints one JSON object: transactions, seconds, tps, p50/p99 ms.
"""
import argparse
import json
import os
import random
import sqlite3
import time
import uuid

p = argparse.ArgumentParser()
p.add_argument("--db", required=True)
p.add_argument("--call-id", required=True)
p.add_argument("--reference", required=True)
p.add_argument("--seconds", type=float, default=30)
a = p.parse_args()

c = sqlite3.connect(a.db, isolation_level=None)
c.executescript("PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; "
                "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
apps = c.execute(
    "SELECT a.id, a.lead_organisation_id, m.user_id, u.email FROM applications a "
    "JOIN memberships m ON m.organisation_id = a.lead_organisation_id JOIN users u ON u.id = m.user_id "
    "WHERE a.call_id = ?",
    (a.call_id,)).fetchall()
snap_len = c.execute("SELECT coalesce(cast(avg(length(snapshot)) AS int), 1000) FROM receipts").fetchone()[0]
audit_len = c.execute("SELECT coalesce(cast(avg(length(after_json)) AS int), 1000) FROM audit_log "
                      "WHERE action = 'application.submit'").fetchone()[0]
call = a.call_id
lat = []
deadline = time.monotonic() + a.seconds
t0 = time.monotonic()
while time.monotonic() < deadline:
    app, org, user, email = random.choice(apps)
    s = time.perf_counter()
    c.execute("BEGIN IMMEDIATE")
    c.execute("SELECT id, call_id, lead_organisation_id, track, status, content, requested_cents, "
              "created_by, created_at, updated_at, version FROM applications WHERE id = ? LIMIT 1", (app,)).fetchall()
    # the lead organisation with its members (the bearer must be one; the receipt goes to each)
    c.execute("SELECT o.*, u.id, u.email, u.language FROM organisations o INNER JOIN memberships m "
              "ON m.organisation_id = o.id INNER JOIN users u ON m.user_id = u.id "
              "WHERE o.id = ? ORDER BY u.id", (org,)).fetchall()
    # the call (its gate evidence and deadline changes are kept by the server process at the
    # version of the call's row: not read in a surge)
    c.execute("SELECT * FROM calls WHERE id = ? LIMIT 1", (call,)).fetchall()
    att = "SELECT * FROM attachments WHERE application_id = ? AND detached_at IS NULL ORDER BY uploaded_at, id"
    c.execute(att, (app,)).fetchall()
    c.execute("UPDATE applications SET status = 'submitted', content = content, call_id = call_id, "
              "lead_organisation_id = lead_organisation_id, track = track, requested_cents = requested_cents, "
              "created_by = created_by, created_at = created_at, updated_at = datetime('now'), "
              "version = version + 1 WHERE id = ?", (app,))
    c.execute("UPDATE receipt_counters SET last_number = last_number + 1 WHERE call_id = ?", (call,))
    seq = c.execute("SELECT last_number FROM receipt_counters WHERE call_id = ? LIMIT 1", (call,)).fetchone()[0]
    # the webhook epoch (the endpoints the server process keeps were read at it: not read again)
    c.execute("SELECT epoch FROM webhook_epoch WHERE id = 1").fetchone()
    # the audit entry (#16: an insert, no shared row; its trigger queues it for sealing)
    entry = str(uuid.uuid4())
    c.execute("INSERT INTO audit_log (id, at, actor, action, target_type, target_id, before_json, after_json, "
              "personal_commitment) VALUES (?, datetime('now'), ?, 'application.submit', 'application', ?, ?, ?, NULL)",
              (entry, user, app, "b" * audit_len, "a" * audit_len))
    c.execute("INSERT INTO receipts (id, application_id, call_id, seq, number, received_at, digest, snapshot, "
              "submitted_by, log_entry_id) VALUES (?, ?, ?, ?, ?, datetime('now'), ?, ?, ?, ?)",
              (str(uuid.uuid4()), app, call, seq, f"{a.reference}-B{seq}", os.urandom(32).hex(), "s" * snap_len, user, entry))
    # the receipt in the member's inbox and mail outbox (the bench's organisations have one member)
    c.execute("INSERT INTO notifications (id, kind, user_id, organisation_id, email, language, payload, "
              "created_at, delivery_status, next_attempt_at) VALUES (?, 'submission_receipt', ?, ?, ?, 'nl', ?, "
              "datetime('now'), 'pending', datetime('now'))", (str(uuid.uuid4()), user, org, email, "n" * 420))
    c.execute("COMMIT")
    lat.append(time.perf_counter() - s)
elapsed = time.monotonic() - t0
lat.sort()
pct = lambda q: round(lat[min(len(lat) - 1, int(len(lat) * q))] * 1000, 3) if lat else None
print(json.dumps({"transactions": len(lat), "seconds": round(elapsed, 2), "tps": round(len(lat) / elapsed, 1),
                  "p50_ms": pct(0.50), "p99_ms": pct(0.99), "snap_len": snap_len, "audit_len": audit_len}))

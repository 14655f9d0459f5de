"""After a surge with DELIVERY=on: how the receipts were delivered.

For the submission receipts (one mail per member of each organisation) and the
application.submitted webhook messages: how many were delivered, the lag from the commit that
wrote each (its created_at, the submission's instant) to its delivery (sent_at, recorded after
the receiver answered), p50/p95/p99/max, and the delivery rate (delivered / the time from the
first to the last delivery). Also how many the receivers themselves hold (a mail delivered
twice under one Message-ID, or a webhook under one webhook-id, counts once in the database
and twice here). Prints one JSON object.
"""
import argparse
import datetime
import json
import os
import sqlite3
import subprocess


def rows(backend, url, sql):
    if backend == "postgres":
        out = subprocess.run(["psql", "-qtAX", "-F", "|", url, "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        return [line.split("|") for line in out.splitlines() if line]
    with sqlite3.connect(url.removeprefix("sqlite://")) as db:
        return [[str(v) if v is not None else "" for v in r] for r in db.execute(sql)]


def instant(text):
    return datetime.datetime.fromisoformat(text.replace(" ", "T"))


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def summary(pairs):
    sent = [(instant(c), instant(s)) for c, s in pairs if s]
    lags = sorted((s - c).total_seconds() * 1000 for c, s in sent)
    out = {"written": len(pairs), "delivered": len(sent)}
    if sent:
        first = min(s for _, s in sent)
        last = max(s for _, s in sent)
        span = (last - first).total_seconds()
        out.update({
            "lag_p50_ms": round(percentile(lags, 50), 1),
            "lag_p95_ms": round(percentile(lags, 95), 1),
            "lag_p99_ms": round(percentile(lags, 99), 1),
            "lag_max_ms": round(lags[-1], 1),
            "delivery_span_s": round(span, 3),
            "per_s": round(len(sent) / span, 1) if span > 0 else None,
        })
    return out


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--backend", required=True)
    a.add_argument("--url", required=True)
    a.add_argument("--call-id", required=True)
    a.add_argument("--mail-dir", required=True)
    a.add_argument("--hooks-dir", required=True)
    args = a.parse_args()
    mail = rows(args.backend, args.url,
                "SELECT created_at, sent_at FROM notifications WHERE kind = 'submission_receipt'")
    hooks = rows(args.backend, args.url,
                 "SELECT created_at, sent_at FROM webhook_messages "
                 "WHERE event_type = 'application.submitted'")
    received_mail = [f for f in os.listdir(args.mail_dir) if f.endswith(".json")]
    received_hooks = [f for f in os.listdir(args.hooks_dir) if f.endswith(".json")]
    print(json.dumps({
        "mail": {**summary(mail), "received": len(received_mail)},
        "webhooks": {**summary(hooks), "received": len(received_hooks)},
    }))


if __name__ == "__main__":
    main()

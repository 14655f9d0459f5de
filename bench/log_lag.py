"""After a surge: how long the audit log took to seal what was written (issue #16).

For every audit entry of the surge (the submissions' entries, `application.submit`): the lag
from its instant (read inside the submitting transaction, just before its commit) to
- `sealed`: the sealing that gave it its index in the tree (log_leaves.sealed_at), and
- `covered`: the first signed checkpoint whose tree holds it (the first log_checkpoints row
  with tree_size > its index): from then on its inclusion proof can be given.
p50/p95/p99/max in ms, and how many entries, leaves and checkpoints there are. Prints JSON.
"""
import argparse
import bisect
import datetime
import json
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


def stats(lags):
    lags = sorted(lags)
    return {
        "n": len(lags),
        "p50_ms": percentile(lags, 50),
        "p95_ms": percentile(lags, 95),
        "p99_ms": percentile(lags, 99),
        "max_ms": lags[-1] if lags else None,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--action", default="application.submit")
    args = ap.parse_args()
    entries = rows(args.backend, args.url,
                   "SELECT a.at, l.sealed_at, l.log_index FROM audit_log a "
                   "LEFT JOIN log_leaves l ON l.entry_seq = a.seq "
                   f"WHERE a.action = '{args.action}'")
    checkpoints = sorted((int(size), instant(at)) for size, at in rows(
        args.backend, args.url, "SELECT tree_size, signed_at FROM log_checkpoints"))
    sizes = [size for size, _ in checkpoints]
    sealed, covered, unsealed, uncovered = [], [], 0, 0
    for at, sealed_at, index in entries:
        if not sealed_at:
            unsealed += 1
            continue
        at = instant(at)
        sealed.append(round((instant(sealed_at) - at).total_seconds() * 1000, 1))
        k = bisect.bisect_right(sizes, int(index))  # the first checkpoint with size > index
        if k == len(sizes):
            uncovered += 1
            continue
        covered.append(round((checkpoints[k][1] - at).total_seconds() * 1000, 1))
    total = rows(args.backend, args.url, "SELECT count(*) FROM log_leaves")[0][0]
    print(json.dumps({
        "entries": len(entries),
        "unsealed": unsealed,
        "uncovered": uncovered,
        "leaves": int(total),
        "checkpoints": len(checkpoints),
        "sealed": stats(sealed),
        "covered": stats(covered),
    }))


if __name__ == "__main__":
    main()

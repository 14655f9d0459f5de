#!/usr/bin/env python3
"""Markdown tables from a goose request log (--request-log ... --request-format json).

Per request kind (goose's request name): count, errors (any answer other than the expected
one, or no answer), of which 5xx, of which no answer (status 0: timeouts, refused or reset
connections), p50/p95/p99/max in ms and the rate. Two tables: the phase with every user
started (goose's own report covers that phase too), and the whole run with the ramp-up.

  report.py requests.json --ramp-ms 40000 [--cpu server-cpu.json] [--title ...]
"""
import argparse
import json
import math
from collections import defaultdict


def pct(sorted_ms, q):
    if not sorted_ms:
        return 0
    return sorted_ms[min(len(sorted_ms) - 1, max(0, math.ceil(q * len(sorted_ms)) - 1))]


def table(rows, seconds):
    kinds = defaultdict(list)
    for r in rows:
        kinds[r["name"]].append(r)
    out = ["| kind | requests | errors | 5xx | no answer | p50 ms | p95 ms | p99 ms | max ms | req/s |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    total = []
    for name in sorted(kinds) + ["**all**"]:
        rs = total if name == "**all**" else kinds[name]
        if name != "**all**":
            total.extend(rs)
        ms = sorted(r["response_time"] for r in rs)
        errors = sum(1 for r in rs if not r["success"])
        e5 = sum(1 for r in rs if r["status_code"] >= 500)
        e0 = sum(1 for r in rs if r["status_code"] == 0)
        rate = len(rs) / seconds if seconds > 0 else 0
        out.append(f"| {name} | {len(rs)} | {errors} | {e5} | {e0} | {pct(ms, .50)} | {pct(ms, .95)} "
                   f"| {pct(ms, .99)} | {ms[-1] if ms else 0} | {rate:.1f} |")
    return "\n".join(out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("log")
    p.add_argument("--ramp-ms", type=int, default=0, help="time until every user was started")
    p.add_argument("--cpu", help="server-cpu.json written by run.sh")
    p.add_argument("--title", default="grantdesk load")
    a = p.parse_args()
    rows = []
    with open(a.log) as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            r = json.loads(line)
            if r.get("update"):  # a request whose status a transaction changed afterwards
                rows = [x for x in rows if not (x["user"] == r["user"] and x["elapsed"] == r["elapsed"]
                                                and x["name"] == r["name"])]
            rows.append(r)
    if not rows:
        print("no requests in the log")
        return
    end = max(r["elapsed"] + r["response_time"] for r in rows)
    steady = [r for r in rows if r["elapsed"] >= a.ramp_ms]
    print(f"### {a.title}\n")
    if steady and a.ramp_ms > 0:
        print(f"All users started ({(end - a.ramp_ms) / 1000:.0f} s, from {a.ramp_ms / 1000:.0f} s on):\n")
        print(table(steady, (end - a.ramp_ms) / 1000))
        print()
    print(f"Whole run with the ramp-up ({end / 1000:.0f} s):\n")
    print(table(rows, end / 1000))
    if a.cpu:
        c = json.load(open(a.cpu))
        print(f"\nServer CPU during the run: {c['cpu_seconds']:.1f} s in {c['wall_seconds']:.1f} s "
              f"= {c['cores']:.2f} cores (of {c['cpus']}); peak RSS over the server's life, preparation included, {c.get('rss_mb', '?')} MB")


if __name__ == "__main__":
    main()

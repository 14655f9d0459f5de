#!/usr/bin/env python3
"""Turns bench/out/<run>/results.jsonl into the markdown tables of RESULTS.md."""
import json
import sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
surge = {r["backend"]: r for r in rows if r["kind"] == "surge" and "servers" not in r["wrk"]}
# SERVERS=2: the surge on two server processes (and with KILL_AT, the first one killed)
surge_two = [r for r in rows if r["kind"] == "surge" and "servers" in r["wrk"]]
log_verify = [r for r in rows if r["kind"] == "log_verify"]
sealed_once = [r for r in rows if r["kind"] == "log_sealed_once"]
limit = {r["backend"]: r for r in rows if r["kind"] == "limit"}
reads = [r for r in rows if r["kind"] == "read"]
# the awards bench per backend and aid regime (not_state_aid: the awards bench; de_minimis: the
# aid bench of issue #15, the same decisions with the ceiling check at award)
awards = {(r["backend"], r.get("aid", "not_state_aid")): r for r in rows if r["kind"] == "awards"}
awards_limit = {(r["backend"], r.get("aid", "not_state_aid")): r for r in rows if r["kind"] == "awards_limit"}
aid_reads = [r for r in rows if r["kind"] == "aid_read"]
ceiling = {r["script"]: r for r in rows if r["kind"] == "ceiling"}
log_lag = {r["backend"]: r for r in rows if r["kind"] == "log_lag"}
proof_reads = [r for r in rows if r["kind"] == "proof_read"]
meta = next((r for r in rows if r["kind"] == "meta"), None)
if meta:
    print(f"Built from: {meta['source']}\n")


def f(x, d=1):
    return "n/a" if x is None else f"{x:.{d}f}"


rates = {}
if surge:
    print("### Deadline surge (POST /api/v1/applications/{id}/submit, each id once)\n")
    print("| backend | N | clients | submissions/s | p50 ms | p95 ms | p99 ms | max ms | 201 | non-201 | receipts (distinct numbers) | wall s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for b, r in surge.items():
        w = r["wrk"]
        rate = w["created"] / w["duration_s"] if w["duration_s"] else None
        rates[b] = (rate, w["p99_ms"])
        non = w["replayed"] + w["other"] + w["errors_timeout"]
        codes = ", ".join(f"{k}: {v}" for k, v in w["other_codes"].items())
        print(f"| {b} | {r['n']} | {r['concurrency']} | {f(rate)} | {f(w['p50_ms'],2)} | {f(w['p95_ms'],2)} | "
              f"{f(w['p99_ms'],2)} | {f(w['max_ms'],2)} | {w['created']} | {non}{' (' + codes + ')' if codes else ''}"
              f"{' + ' + str(w['errors_timeout']) + ' timeouts' if w['errors_timeout'] else ''} | "
              f"{r['receipts']} ({r['distinct_numbers']}) | {f(w['duration_s'],2)} |")
    print("\nwrk latency percentiles include the filler GETs /health/live "
          + ", ".join(f"{b}: {r['wrk']['fillers']}" for b, r in surge.items())
          + " (see README: Caveats).\n")

    print("### The database's own limit for the same statements\n")
    print("| backend | tool | limit tx/s | limit p99 ms | our submissions/s | fraction of limit | our p99 ms | target |")
    print("|---|---|---|---|---|---|---|---|")
    for b, r in limit.items():
        if b == "postgres":
            tps, p99 = r.get("tps"), r.get("p99_ms")
        else:
            raw = r.get("raw") or {}
            tps, p99 = raw.get("tps"), raw.get("p99_ms")
        ours, our_p99 = rates.get(b, (None, None))
        frac = ours / tps if ours and tps else None
        if b == "postgres":
            target = "≥ 50 % and p99 ≤ 50 ms: " + ("met" if frac and frac >= 0.5 and our_p99 <= 50 else "NOT met")
        else:
            target = "≥ 50 %: " + ("met" if frac and frac >= 0.5 else "NOT met")
        print(f"| {b} | {r['tool']} | {f(tps)} | {f(p99,2)} | {f(ours)} | "
              f"{'n/a' if frac is None else f'{frac*100:.0f} %'} | {f(our_p99,2)} | {target} |")

for r in surge_two:
    w = r["wrk"]
    print("### Deadline surge on two server processes (SERVERS=2)\n")
    print("| process | clients | submissions/s (its own) | p50 ms | p99 ms | max ms | 201 | other | connect/read errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for side in ("a", "b"):
        x = w.get(side)
        if not x:
            print(f"| {side} | | (no summary) | | | | | | |")
            continue
        rate = x["created"] / x["duration_s"] if x.get("duration_s", 0) > 0 else None
        print(f"| {side} | {r['concurrency'] // 2} | {f(rate)} | {f(x['p50_ms'],2)} | {f(x['p99_ms'],2)} | "
              f"{f(x['max_ms'],2)} | {x['created']} | {x['other']} | {x['errors_connect'] + x['errors_read']} |")
    print(f"\nanswered {w['answered']} of {r['n']}; receipts {r['receipts']} ({r['distinct_numbers']} distinct); "
          + (f"combined rate {f(w['combined_rate'])} submissions/s" if w.get("combined_rate")
             else f"process a killed (SIGKILL) at {w['killed_at_receipts']} receipts") + "\n")
    if w.get("combined_rate"):
        rates["postgres"] = (w["combined_rate"], max(w["a"]["p99_ms"], w["b"]["p99_ms"]))
for v in log_verify:
    print(f"`grantdesk audit verify` after the surge: {'passed' if v['verified'] else 'FAILED'}: {v['output']}\n")
for c in sealed_once:
    lost = c["receipts"] - c["receipts_sealed"]
    twice = c["leaves"] - c["distinct_entries_in_leaves"]
    print(f"audit entries {c['entries']}, leaves {c['leaves']} ({twice} sealed twice), still queued {c['pending']}; "
          f"receipts {c['receipts']}, whose entry is not sealed: {lost}\n")

if surge_two and "tpcb-like" in ceiling and "postgres" in rates and not surge:
    c = ceiling["tpcb-like"]
    ours, our_p99 = rates["postgres"]
    print(f"The two processes against the machine's ceiling (tpcb-like {f(c['tps'])} tx/s, p99 {f(c['p99_ms'],2)} ms): "
          f"{ours / c['tps'] * 100:.0f} %, p99 (the slower process's) {our_p99 / c['p99_ms']:.2f}×\n")

if surge and "tpcb-like" in ceiling and "postgres" in rates:
    c = ceiling["tpcb-like"]
    ours, our_p99 = rates["postgres"]
    frac = ours / c["tps"] if ours and c["tps"] else None
    ratio = our_p99 / c["p99_ms"] if our_p99 and c["p99_ms"] else None
    print("\n### The PostgreSQL surge against the machine's ceiling (bench/ceiling.sh, same run)\n")
    print("| ceiling script | clients | ceiling tx/s | ceiling p99 ms | our submissions/s | fraction | our p99 ms | p99 / ceiling p99 | target (#16: ≥ 35 %, ≤ 2×) |")
    print("|---|---|---|---|---|---|---|---|---|")
    met = frac is not None and frac >= 0.35 and ratio is not None and ratio <= 2
    print(f"| tpcb-like | {c['clients']} | {f(c['tps'])} | {f(c['p99_ms'],2)} | {f(ours)} | "
          f"{'n/a' if frac is None else f'{frac*100:.0f} %'} | {f(our_p99,2)} | {f(ratio,2)} | {'met' if met else 'NOT met'} |")

if log_lag:
    print("\n### The audit log during the surge: from a submission's commit to its entry sealed, and under a signed checkpoint\n")
    print("| backend | entries | not sealed | not covered | leaves | checkpoints | sealed p50 / p99 / max ms | covered p50 / p95 / p99 / max ms | target (#16: covered p99 ≤ 1 s) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for b, r in log_lag.items():
        l = r.get("lag") or {}
        if not l:
            print(f"| {b} | n/a | | | | | | | |")
            continue
        s_, c_ = l["sealed"], l["covered"]
        met = c_["p99_ms"] is not None and c_["p99_ms"] <= 1000 and l["unsealed"] == 0 and l["uncovered"] == 0
        print(f"| {b} | {l['entries']} | {l['unsealed']} | {l['uncovered']} | {l['leaves']} | {l['checkpoints']} | "
              f"{f(s_['p50_ms'])} / {f(s_['p99_ms'])} / {f(s_['max_ms'])} | "
              f"{f(c_['p50_ms'])} / {f(c_['p95_ms'])} / {f(c_['p99_ms'])} / {f(c_['max_ms'])} | {'met' if met else 'NOT met'} |")

def read_tables(title, rows, size_field, size_label, gen_text):
    """Reads measured at growing table sizes: one row per measurement, then the p99 ratio of
    the largest size over the smallest per backend and endpoint (target ≤ 1.2)."""
    print(f"\n### {title}\n")
    print(f"| backend | endpoint | {size_label} | req/s | p50 ms | p95 ms | p99 ms | non-200 | generation |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        w = r["wrk"] or {}
        g = r.get("gen")
        print(f"| {r['backend']} | {r['endpoint']} | {r[size_field]} | {f(w.get('rps'))} | {f(w.get('p50_ms'),3)} | "
              f"{f(w.get('p95_ms'),3)} | {f(w.get('p99_ms'),3)} | {w.get('bad', 'n/a')} | {gen_text(g) if g else ''} |")
    print("\n| backend | endpoint | p99 at smallest | p99 at largest | ratio (target ≤ 1.2) |")
    print("|---|---|---|---|---|")
    for b, e in dict.fromkeys((r["backend"], r["endpoint"]) for r in rows):
        pts = sorted((r["point"], (r["wrk"] or {}).get("p99_ms")) for r in rows if r["backend"] == b and r["endpoint"] == e)
        if len(pts) >= 2 and pts[0][1] and pts[-1][1]:
            ratio = pts[-1][1] / pts[0][1]
            print(f"| {b} | {e} | {pts[0][1]:.3f} ms ({pts[0][0]}) | {pts[-1][1]:.3f} ms ({pts[-1][0]}) | "
                  f"{ratio:.2f} {'met' if ratio <= 1.2 else 'NOT met'} |")


if reads:
    read_tables("Reads with a growing ledger (running totals)", reads, "transfers_in_db", "transfers in DB",
                lambda g: f"{g['transfers']} in {g['seconds']:.0f} s")

def cents(c):
    return "n/a" if c is None else f"{c // 100:,}.{c % 100:02d}"


if awards:
    print("\n### Concurrent awards (POST /api/v1/applications/{id}/decision, each application once)\n")
    print("| backend | call's aid regime | N | clients | decisions/s | p50 ms | p95 ms | p99 ms | max ms | accepted 201 | refused 409 | other | budget fits | held / budget | check | wall s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    aw_rates = {}
    for (b, regime), r in awards.items():
        w = r["wrk"]
        answered = w["created"] + w["refused"]
        rate = answered / w["duration_s"] if w["duration_s"] and w["duration_s"] > 0 else None
        aw_rates[(b, regime)] = (rate, w["p99_ms"])
        codes = ", ".join(f"{k}: {v}" for k, v in w["other_codes"].items())
        ok = (r["held_cents"] is not None and r["held_cents"] <= r["budget_cents"]
              and answered == r["n"] and w["other"] == 0 and w["errors_timeout"] == 0
              and r["decisions_with_hold"] == w["created"] == r["pending_transfers"]
              and r["pending_cents"] == r["held_cents"] and r["decided_apps"] == w["created"])
        check = ("ok" if ok else "FAILED") + f" (accepted + refused = {answered} of {r['n']}; {r['pending_transfers']} pending holds)"
        print(f"| {b} | {regime} | {r['n']} | {r['concurrency']} | {f(rate)} | {f(w['p50_ms'],2)} | {f(w['p95_ms'],2)} | "
              f"{f(w['p99_ms'],2)} | {f(w['max_ms'],2)} | {w['created']} | {w['refused']} | "
              f"{w['other']}{' (' + codes + ')' if codes else ''}{' + ' + str(w['errors_timeout']) + ' timeouts' if w['errors_timeout'] else ''} | "
              f"{r['fits']} | {cents(r['held_cents'])} / {cents(r['budget_cents'])} | {check} | {f(w['duration_s'],2)} |")
    print("\ndecisions/s = (201 + 409 insufficient-funds) / (first decision sent → last answer received); "
          "wrk percentiles include the filler GETs /health/live "
          + ", ".join(f"{b} {regime}: {r['wrk']['fillers']}" for (b, regime), r in awards.items()) + ".\n")
    print("### The database's own limit for the same decisions\n")
    print("| backend | call's aid regime | tool | limit tx/s | limit p99 ms | accepted in limit run | our decisions/s | fraction of limit | our p99 ms | target ≥ 50 % |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (b, regime), r in awards_limit.items():
        if b == "postgres":
            tps, p99, acc = r.get("tps"), r.get("p99_ms"), r.get("accepted")
        else:
            raw = r.get("raw") or {}
            tps, p99, acc = raw.get("tps"), raw.get("p99_ms"), raw.get("accepted")
        ours, our_p99 = aw_rates.get((b, regime), (None, None))
        frac = ours / tps if ours and tps else None
        print(f"| {b} | {regime} | {r['tool']} | {f(tps)} | {f(p99,2)} | {acc if acc is not None else 'n/a'} | {f(ours)} | "
              f"{'n/a' if frac is None else f'{frac*100:.0f} %'} | {f(our_p99,2)} | "
              f"{'met' if frac and frac >= 0.5 else 'NOT met'} |")

if aid_reads:
    read_tables("The ceiling check's reads with a growing register (GET /api/v1/organisations/{id}/aid)",
                aid_reads, "aid_awards_in_db", "counted awards in DB",
                lambda g: f"+{g['added']} in {g['seconds']:.0f} s")

if proof_reads:
    read_tables("Inclusion-proof reads with a growing audit log (GET /api/v1/log/proofs/inclusion)",
                proof_reads, "log_entries", "sealed entries in the log",
                lambda g: f"+{g['written']} written and sealed in {g['seconds']:.0f} s")

#!/usr/bin/env bash
# The machine's own ceiling for a write transaction at the benchmark's concurrency: pgbench's
# built-in TPC-B-like script (5 statements, one commit) at scale 64 (64 branches, so the 64
# clients hardly meet at a hot row) on a scratch database, and the select-only script for reads.
# It answers one question about the surge target (p99 <= 50 ms at 64 clients): what latency
# PostgreSQL itself gives a write transaction here, before any server or design is involved.
#
#   bench/ceiling.sh                      # CONCURRENCY=64, 30 s each
#   CONCURRENCY=16 CEILING_SECONDS=20 bench/ceiling.sh
set -euo pipefail
CONCURRENCY=${CONCURRENCY:-64}
SECONDS_EACH=${CEILING_SECONDS:-30}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
PG_BASE=${PG_ADMIN_URL%/*}
db="grantdesk_bench_ceiling_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
out=$(mktemp -d)
trap 'psql -qX "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1; rm -rf "$out"' EXIT
psql -qX "$PG_ADMIN_URL" -c "CREATE DATABASE \"$db\"" >/dev/null
pgbench -q -i -s 64 "$PG_BASE/$db" >/dev/null 2>&1
psql -qX "$PG_BASE/$db" -c "VACUUM ANALYZE" -c "CHECKPOINT" >/dev/null

p99() { # per-transaction log files -> p99 in ms
  cat "$@" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "%.2f", a[int(NR*0.99)]/1000; else print "null"}'
}
echo "| script | clients | tps | latency avg ms | p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|"
for script in tpcb-like select-only; do
  pgbench -n -M prepared -b "$script" -c "$CONCURRENCY" -j 2 -T "$SECONDS_EACH" \
    --log --log-prefix="$out/$script" "$PG_BASE/$db" >"$out/$script.txt" 2>&1
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/$script.txt" | tail -1)
  avg=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$out/$script.txt")
  p50=$(cat "$out/$script".[0-9]* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int(NR*0.5)]/1000}')
  echo "| $script | $CONCURRENCY | $tps | $avg | $p50 | $(p99 "$out/$script".[0-9]*) |"
  rm -f "$out/$script".[0-9]*
done

#!/usr/bin/env bash
# grantdesk benchmark: deadline surge (N submissions at CONCURRENCY clients), the database's own
# limit for the same statements (pgbench / a raw SQLite loop), balance reads with 10k and
# 1M transfers in the ledger, and concurrent awards (N decisions on one call whose budget fits
# only part of them, against the same statements in pgbench / a raw SQLite loop). One command;
# see bench/README.md.
#
#   bench/run.sh                         # both backends, N=2000, CONCURRENCY=64, all benches
#   BACKEND=postgres N=500 bench/run.sh
#   BENCHES=awards BACKEND=postgres bench/run.sh
#
# Everything targets 127.0.0.1 only; every phase is bounded in requests and time.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
BACKEND=${BACKEND:-both}
BENCHES=${BENCHES:-"surge reads awards aid proofs"}   # any of surge, reads, awards, aid, proofs
N=${N:-2000}
CONCURRENCY=${CONCURRENCY:-64}
APPLICANTS=${APPLICANTS:-50}            # applicants sharing the N organisations (argon2 is slow)
PREP_THREADS=${PREP_THREADS:-16}
READ_POINTS=${READ_POINTS:-"10000 1000000"}   # ledger sizes (transfers) at which reads are measured
READ_SECONDS=${READ_SECONDS:-15}
READ_WARMUP_SECONDS=${READ_WARMUP_SECONDS:-3}
QUIET_LOAD=${QUIET_LOAD:-1.0}            # reads wait for a 1-minute load average below this ...
QUIET_MAX_SECONDS=${QUIET_MAX_SECONDS:-600}   # ... for at most this long
TRANSFER_BATCH=${TRANSFER_BATCH:-1000}   # transfers per write transaction in grantdesk-bench-data
PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}
SQLITE_RAW_SECONDS=${SQLITE_RAW_SECONDS:-30}
SURGE_MAX_SECONDS=${SURGE_MAX_SECONDS:-600}   # hard bound on the surge (wrk -d)
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
SERVER_LOG_LEVEL=${SERVER_LOG_LEVEL:-warn}
PG_BASE=${PG_ADMIN_URL%/*}
AWARDS_N=${AWARDS_N:-$N}                 # applications (= decisions) of the awards bench
AWARD=${AWARD:-10000.00}                 # each decision awards this (requested: 12000.30)
AWARDS_FRACTION=${AWARDS_FRACTION:-0.6}  # the call's budget covers this share of the awards
AWARDS_MAX_SECONDS=${AWARDS_MAX_SECONDS:-600}
AWARDS_DEADLINE_MINUTES=${AWARDS_DEADLINE_MINUTES:--1}   # preparation time before the deadline (-1: 1 + N/1000)
# the aid bench (issue #15): the awards bench in a de minimis call (the ceiling check at every
# award, over pairs of linked companies), then the organisation's aid view (the check's reads)
# with AID_POINTS counted awards in the system
AID_POINTS=${AID_POINTS:-"10000 1000000"}
AID_BATCH=${AID_BATCH:-50000}            # counted awards (+ applications, organisations) per fill transaction
# DELIVERY=on: the server delivers while it is surged: mail to a local SMTP server (aiosmtpd,
# tests/fixtures/smtp/sink.py) and every submission's webhook to a local HTTPS receiver
# (tests/fixtures/webhook/receiver.py, a CA made with openssl); after the surge, how long each
# receipt took from its commit to its delivery, and the delivery rate (see delivery.py)
DELIVERY=${DELIVERY:-off}
# with DELIVERY=on, whether finance's system subscribes to every submission (a webhook message
# written in each submission's transaction); off: mail only, the target of #13 (the worker and an
# SMTP server receiving)
DELIVERY_WEBHOOKS=${DELIVERY_WEBHOOKS:-on}
DELIVERY_WAIT_SECONDS=${DELIVERY_WAIT_SECONDS:-600}
# the proofs bench (issue #16): inclusion-proof reads with the log filled to each of PROOF_POINTS
# sealed entries (grantdesk-bench-data --log-entries)
PROOF_POINTS=${PROOF_POINTS:-"10000 1000000"}
PROOF_BATCH=${PROOF_BATCH:-20000}        # entries written and sealed per transaction by the fill
LOG_WAIT_SECONDS=${LOG_WAIT_SECONDS:-60}   # after the surge, how long to wait for the log to seal it all
CEILING=${CEILING:-on}                   # PostgreSQL surge: bench/ceiling.sh in the same run
# SERVERS=2 (PostgreSQL): the surge goes to two server processes on the one database, half the
# clients each (every process runs the log's sequencer, one sealing at a time). KILL_AT=<0..1>:
# the first process is killed (SIGKILL) once that fraction of the submissions has a receipt,
# possibly mid-sealing; its clients' remaining submits are not sent. Afterwards: every committed
# entry sealed exactly once, `grantdesk audit verify` on the database, the survivor's lag.
SERVERS=${SERVERS:-1}
KILL_AT=${KILL_AT:-}
CEILING_SECONDS=${CEILING_SECONDS:-30}
has_bench() { [[ " $BENCHES " == *" $1 "* ]]; }
for bench in $BENCHES; do
  case $bench in surge|reads|awards|aid|proofs) ;; *) echo "BENCHES: unknown bench $bench (surge, reads, awards, aid, proofs)" >&2; exit 2 ;; esac
done

case "$BACKEND" in
  both) BACKENDS="postgres sqlite" ;;
  postgres|sqlite) BACKENDS=$BACKEND ;;
  *) echo "BACKEND must be sqlite, postgres or both" >&2; exit 2 ;;
esac
if [[ $SERVERS != 1 && ( $SERVERS != 2 || $BACKENDS != postgres ) ]]; then
  echo "SERVERS=2 needs BACKEND=postgres (SQLite has one process's writer)" >&2; exit 2
fi
for tool in wrk python3 curl; do
  command -v $tool >/dev/null || { echo "missing $tool (apt-get install -y wrk / python3 / curl)" >&2; exit 2; }
done
if [[ $BACKENDS == *postgres* ]]; then
  for tool in psql pgbench; do
    command -v $tool >/dev/null || { echo "missing $tool (apt-get install -y postgresql-client postgresql-contrib)" >&2; exit 2; }
  done
fi

STAMP=$(date +%Y%m%d-%H%M%S)
OUT="$BENCH_DIR/out/$STAMP"
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: >"$RESULTS"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
result() { echo "$1" >>"$RESULTS"; }

# ---------------------------------------------------------------- build
# BENCH_SOURCE=worktree (default) builds the working tree; if that does not compile (others
# are editing it), or with BENCH_SOURCE=head, it builds a snapshot of the last commit
# (git archive HEAD, plus src/bin/grantdesk-bench-data.rs) under bench/out/src-<commit>.
BENCH_SOURCE=${BENCH_SOURCE:-worktree}
# BENCH_BIN_DIR=<dir>: no build; run the grantdesk and grantdesk-bench-data binaries kept there
# (a copy of an earlier build's target/bench/release), so that two builds can be run in turn on
# one machine in one hour (A/B); BENCH_BIN_LABEL says in the report which build it was
BENCH_BIN_DIR=${BENCH_BIN_DIR:-}
[[ -n $BENCH_BIN_DIR ]] && BENCH_SOURCE=prebuilt
SRC="$ROOT"
TARGET="$ROOT/target/bench"
BUILD_ENV=()
if [[ ${PERF_RECORD:-0} == 1 ]]; then  # frame pointers and line tables, for perf's call graphs
  TARGET="$ROOT/target/prof"
  BUILD_ENV=(RUSTFLAGS="-C force-frame-pointers=yes" CARGO_PROFILE_RELEASE_DEBUG=line-tables-only)
fi
build() { (cd "$1" && env "${BUILD_ENV[@]}" CARGO_TARGET_DIR="$TARGET" cargo build --release --bins) >"$OUT/build.log" 2>&1; }
if [[ $BENCH_SOURCE == worktree ]]; then
  log "building the working tree (release, CARGO_TARGET_DIR=$TARGET)"
  build "$ROOT" || { log "the working tree does not compile (see $OUT/build.log); falling back to HEAD"; BENCH_SOURCE=head; }
fi
if [[ $BENCH_SOURCE == head ]]; then
  COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
  SRC="$BENCH_DIR/out/src-$COMMIT"
  if [[ ! -f $SRC/Cargo.toml ]]; then
    mkdir -p "$SRC" && git -C "$ROOT" archive HEAD | tar -x -C "$SRC"
  fi
  mkdir -p "$SRC/src/bin" && cp "$ROOT/src/bin/grantdesk-bench-data.rs" "$SRC/src/bin/"
  log "building HEAD $COMMIT from $SRC"
  build "$SRC" || { tail -30 "$OUT/build.log" >&2; exit 1; }
fi
if [[ $BENCH_SOURCE == prebuilt ]]; then
  log "no build: the binaries in $BENCH_BIN_DIR (${BENCH_BIN_LABEL:-unlabelled})"
  TARGET_RELEASE="$BENCH_BIN_DIR"
  SOURCE_DESC="prebuilt ${BENCH_BIN_LABEL:-$BENCH_BIN_DIR}"
else
  TARGET_RELEASE="$TARGET/release"
  SOURCE_DESC="$BENCH_SOURCE $(git -C "$ROOT" rev-parse --short HEAD)$([[ $BENCH_SOURCE == worktree && -n $(git -C "$ROOT" status --porcelain --untracked-files=no) ]] && echo ' + uncommitted changes' || true)"
fi
echo "{\"kind\":\"meta\",\"source\":\"$SOURCE_DESC\",\"delivery\":\"$DELIVERY\",\"delivery_webhooks\":\"$DELIVERY_WEBHOOKS\",\"n\":$N,\"concurrency\":$CONCURRENCY,\"benches\":\"$BENCHES\"}" >>"$RESULTS"
BIN="$TARGET_RELEASE/grantdesk"
DATA_BIN="$TARGET_RELEASE/grantdesk-bench-data"
[[ -x $BIN && -x $DATA_BIN ]] || { log "missing $BIN or $DATA_BIN"; exit 2; }

# ---------------------------------------------------------------- cleanup
SERVER_PID=""
SERVER_B_PID=""   # SERVERS=2: the second server process
PG_DBS=()
cleanup() {
  stop_receivers 2>/dev/null || true
  local pid
  for pid in "$SERVER_PID" "$SERVER_B_PID"; do
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  for db in "${PG_DBS[@]:-}"; do
    [[ -n $db ]] && psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rand_hex() { python3 -c 'import secrets,sys; print(secrets.token_hex(int(sys.argv[1])))' "$1"; }
json_get() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d[sys.argv[2]])' "$1" "$2"; }
# Waits until the machine is quiet (1-minute load average below QUIET_LOAD) before a measurement,
# at most QUIET_MAX_SECONDS, and says what it saw: on a shared machine a build running during one
# measurement point and not the other would decide a ratio of p99s.
wait_quiet() {
  local what=$1 waited=0 load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" -v q="$QUIET_LOAD" 'BEGIN { exit !(l < q) }'; then break; fi
    if (( waited >= QUIET_MAX_SECONDS )); then
      log "machine not quiet before $what (load $load after ${waited}s); measuring anyway"
      return 0
    fi
    sleep 10; waited=$((waited + 10))
  done
  log "quiet before $what (load $load, waited ${waited}s)"
}
wrkjson() { sed -n 's/^WRKJSON //p' "$1" | tail -1; }
# Settles a database before a read measurement, the same way at every size: right after a bulk
# load, autovacuum/analyze and checkpoints of the grown tables would otherwise compete with the
# reads for the same cores (the first 1M run measured that backlog, not the reads).
settle() { # backend url point
  if [[ $1 == postgres ]]; then
    psql -qX "$2" -c "VACUUM ANALYZE" -c "CHECKPOINT" >/dev/null 2>"$BDIR/settle-$3.err" || cat "$BDIR/settle-$3.err" >&2
  else
    sqlite3 "${2#sqlite://}" "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;" >/dev/null 2>"$BDIR/settle-$3.err" || cat "$BDIR/settle-$3.err" >&2
  fi
}
# One read measurement of GET path with token: a READ_WARMUP_SECONDS wrk run (not recorded:
# caches and the pool's connections, equally at every size), then READ_SECONDS recorded in
# <out>.txt; prints wrk's JSON summary.
measure_read() { # path token out-prefix
  READ_PATH="$1" READ_TOKEN="$2" wrk -t2 -c"$CONCURRENCY" -d"${READ_WARMUP_SECONDS}s" --timeout 10s \
    -s "$BENCH_DIR/wrk/get.lua" "http://127.0.0.1:$PORT" >/dev/null 2>&1 || true
  READ_PATH="$1" READ_TOKEN="$2" wrk -t2 -c"$CONCURRENCY" -d"${READ_SECONDS}s" --timeout 10s \
    -s "$BENCH_DIR/wrk/get.lua" "http://127.0.0.1:$PORT" >"$3.txt" 2>"$3.err" || true
  wrkjson "$3.txt"
}

# ---------------------------------------------------------------- delivery receivers
SINK_PIDS=()
PYDEPS="$BENCH_DIR/out/pydeps"
start_receivers() { # dir -> SMTP_PORT, HOOK_PORT, CA_FILE
  local dir=$1
  if ! PYTHONPATH="$PYDEPS" python3 -c 'import aiosmtpd' 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check --target "$PYDEPS" aiosmtpd==1.4.6 >&2
  fi
  mkdir -p "$dir/mail" "$dir/hooks" "$dir/certs"
  ( cd "$dir/certs"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.pem \
      -days 2 -subj "/CN=grantdesk bench CA" -addext basicConstraints=critical,CA:TRUE \
      -addext keyUsage=critical,keyCertSign 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout leaf.key -out leaf.csr \
      -subj "/CN=127.0.0.1" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' >leaf.ext
    openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 2 \
      -extfile leaf.ext 2>/dev/null )
  CA_FILE="$dir/certs/ca.pem"
  SMTP_PORT=$(free_port); HOOK_PORT=$(free_port)
  PYTHONPATH="$PYDEPS" python3 "$ROOT/tests/fixtures/smtp/sink.py" --port "$SMTP_PORT" --folder "$dir/mail" \
    --fail-first 0 --hold 0 < <(exec sleep 86399 2>/dev/null) >"$dir/smtp.log" 2>&1 &
  SINK_PIDS+=($!)
  python3 "$ROOT/tests/fixtures/webhook/receiver.py" --port "$HOOK_PORT" --folder "$dir/hooks" \
    --cert "$dir/certs/leaf.pem" --key "$dir/certs/leaf.key" < <(exec sleep 86399 2>/dev/null) >"$dir/hooks.log" 2>&1 &
  SINK_PIDS+=($!)
  for _ in $(seq 1 100); do
    grep -q ready "$dir/smtp.log" 2>/dev/null && grep -q ready "$dir/hooks.log" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the receivers did not start" >&2; cat "$dir/smtp.log" "$dir/hooks.log" >&2; return 1
}
stop_receivers() {
  for pid in "${SINK_PIDS[@]:-}"; do [[ -n $pid ]] && kill "$pid" 2>/dev/null || true; done
  SINK_PIDS=()
  # the receivers' standard input (they stop when it closes)
  pkill -f '^sleep 86399$' 2>/dev/null || true
}

JWT_SECRET=$(rand_hex 32)   # 64 hex characters
LOG_KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
PASSWORD="bench-password-$(rand_hex 8)"
ARTICLE="BEN-0000001-WT"

start_server() { # url logfile
  local url=$1 logf=$2
  PORT=$(free_port)
  # the abuse limits off: prepare signs up thousands of accounts and the surge sends thousands of
  # requests, all from this one address
  local delivery_env=()
  if [[ $DELIVERY == on ]]; then
    delivery_env=(GRANTDESK_SMTP_URL="smtp://127.0.0.1:$SMTP_PORT" GRANTDESK_WEBHOOK_ALLOW_PRIVATE=true
      GRANTDESK_WEBHOOK_CA_FILE="$CA_FILE")
  fi
  # no reminders: the bench's deadline is minutes away, so the drafts would be reminded while
  # they are prepared (in a real call they go out a week and a day before)
  env "${delivery_env[@]}" DATABASE_URL="$url" GRANTDESK_BIND="127.0.0.1:$PORT" GRANTDESK_DEMO=false \
    GRANTDESK_RATE_LIMITS=off GRANTDESK_REMINDER_OFFSETS= \
    GRANTDESK_JWT_SECRET="$JWT_SECRET" GRANTDESK_LOG_KEY="$LOG_KEY" GRANTDESK_TOKEN_TTL_SECONDS=86400 \
    GRANTDESK_BLOB_DIR="$BDIR/blobs" RUST_LOG="$SERVER_LOG_LEVEL" \
    "$BIN" serve --no-demo >"$logf" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$logf" >&2; return 1; }
    sleep 0.1
  done
  echo "server did not become ready" >&2; return 1
}

stop_server() {
  local pid
  for pid in "$SERVER_PID" "$SERVER_B_PID"; do
    if [[ -n $pid ]]; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  SERVER_PID=""; SERVER_B_PID=""
}

# The surge on two server processes (SERVERS=2): the second started on the same database, the
# applications split between them (odd and even lines), half the clients each; with KILL_AT, the
# first process is killed with SIGKILL once that fraction of the submissions has a receipt.
# Prints one JSON object: both wrk summaries, the combined rate over the whole surge (first
# submit sent to last answer received, both processes), and when the kill came.
surge_two() { # url call_id
  local url=$1 call_id=$2 port_a=$PORT pid_a=$SERVER_PID
  start_server "$url" "$BDIR/server-b.log" || return 1
  local port_b=$PORT pid_b=$SERVER_PID
  PORT=$port_a; SERVER_PID=$pid_a; SERVER_B_PID=$pid_b
  awk 'NR % 2 == 1' "$BDIR/ids.txt" >"$BDIR/ids-a.txt"
  awk 'NR % 2 == 0' "$BDIR/ids.txt" >"$BDIR/ids-b.txt"
  local half=$((CONCURRENCY / 2)) side port wrk_a wrk_b
  for side in a b; do
    mkdir -p "$BDIR/surge-done-$side"
    port=$port_a; [[ $side == b ]] && port=$port_b
    IDS_FILE="$BDIR/ids-$side.txt" WRK_THREADS=1 DONE_DIR="$BDIR/surge-done-$side" wrk -t1 -c"$half" \
      -d"${SURGE_MAX_SECONDS}s" --timeout 30s \
      -s "$BENCH_DIR/wrk/submit.lua" "http://127.0.0.1:$port" >"$BDIR/surge-$side.txt" 2>"$BDIR/surge-$side.err" &
    if [[ $side == a ]]; then wrk_a=$!; else wrk_b=$!; fi
  done
  local killed_at="" killed_receipts=0 kill_n=-1 n
  [[ -n $KILL_AT ]] && kill_n=$(python3 -c "import sys; print(int(float(sys.argv[1]) * int(sys.argv[2])))" "$KILL_AT" "$N")
  while :; do
    if (( kill_n >= 0 )) && [[ -z $killed_at ]]; then
      n=$(psql -qtAX "$url" -c "SELECT count(*) FROM receipts WHERE call_id = '$call_id'")
      if (( n >= kill_n )); then
        kill -KILL "$pid_a"; killed_at=$(date +%s.%N); killed_receipts=$n
        wait "$pid_a" 2>/dev/null || true
        SERVER_PID=""
        log "[postgres] killed the first server (pid $pid_a) at $n receipts"
        # its clients' remaining submits have nowhere to go
        kill -INT "$wrk_a" 2>/dev/null || true
        sleep 0.5
        kill -KILL "$wrk_a" 2>/dev/null || true
      fi
    fi
    local done_a done_b
    done_a=$(ls "$BDIR/surge-done-a" | wc -l); done_b=$(ls "$BDIR/surge-done-b" | wc -l)
    if [[ -n $killed_at || $done_a -ge 1 ]] && (( done_b >= 1 )); then break; fi
    kill -0 "$wrk_b" 2>/dev/null || break
    sleep 0.1
  done
  kill -INT "$wrk_a" "$wrk_b" 2>/dev/null || true
  wait "$wrk_a" 2>/dev/null || true
  wait "$wrk_b" 2>/dev/null || true
  python3 - "$BDIR" "${killed_at:-}" "$killed_receipts" <<'PY'
import json, sys, glob
d, killed_at, killed_receipts = sys.argv[1], sys.argv[2], int(sys.argv[3])
def wrkjson(path):
    for line in open(path):
        if line.startswith("WRKJSON "):
            return json.loads(line[8:])
    return None
a, b = wrkjson(f"{d}/surge-a.txt"), wrkjson(f"{d}/surge-b.txt")
marks = [tuple(map(float, open(f).read().split())) for f in glob.glob(f"{d}/surge-done-*/thread-*")]
first, last = min(m[0] for m in marks), max(m[1] for m in marks)
answered = sum((w or {}).get("created", 0) + (w or {}).get("replayed", 0) for w in (a, b))
print(json.dumps({"servers": 2, "a": a, "b": b, "answered": answered,
                  "combined_rate": round(answered / (last - first), 1) if not killed_at else None,
                  "killed_at_receipts": killed_receipts if killed_at else None}))
PY
}

# CPU time (clock ticks, user + system, all threads) of the processes given; pids that are gone
# count 0. With the machine's busy ticks (/proc/stat) it gives the CPU a surge cost per submission.
cpu_ticks() {
  local t=0 pid f
  for pid in "$@"; do
    f=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    f=${f##*) }   # the fields after the command name (which may hold spaces)
    set -- $f
    t=$((t + ${12} + ${13}))   # utime, stime: fields 14 and 15 of stat
  done
  echo $t
}
# PERF_RECORD=1: a CPU profile of the server (perf record -g) from perf_start <file> until perf_stop
perf_start() {
  PERF_PID=""
  [[ ${PERF_RECORD:-0} == 1 ]] || return 0
  perf record -F 1999 -g -p "$SERVER_PID" -o "$1" >"$1.log" 2>&1 &
  PERF_PID=$!
}
perf_stop() {
  [[ -n ${PERF_PID:-} ]] || return 0
  kill -INT "$PERF_PID" 2>/dev/null || true
  wait "$PERF_PID" || true
  PERF_PID=""
}
busy_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
postgres_pids() { pgrep -x postgres 2>/dev/null || pgrep -f '^postgres' 2>/dev/null || true; }

sql() { # backend url sql  -> prints the single value
  if [[ $1 == postgres ]]; then psql -qtAX "$2" -c "$3"; else sqlite3 "${2#sqlite://}" "$3"; fi
}

# ---------------------------------------------------------------- one backend
run_backend() {
  local b=$1 url
  BDIR="$OUT/$b"
  mkdir -p "$BDIR"
  if [[ $b == postgres ]]; then
    local dbname="grantdesk_bench_$(rand_hex 6)"
    PG_DBS+=("$dbname")
    psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$dbname\"" >/dev/null
    url="$PG_BASE/$dbname"
  else
    url="sqlite://$BDIR/grantdesk.sqlite3"
  fi
  log "[$b] database $url"
  for role in admin finance; do
    DATABASE_URL="$url" GRANTDESK_PASSWORD="$PASSWORD" RUST_LOG=warn \
      "$BIN" user create --email "$role@bench.example" --role $role --name "Bench $role" >/dev/null
  done
  if [[ $DELIVERY == on ]]; then
    start_receivers "$BDIR"
    log "[$b] delivering: SMTP on 127.0.0.1:$SMTP_PORT, webhooks to https://127.0.0.1:$HOOK_PORT"
  fi
  # ---- the machine's own ceiling for a write transaction, in the same run (bench/ceiling.sh),
  # before the surge's database exists: measured after it, the ceiling met that database's
  # autovacuum and checkpoint (one run found a third of the rate measured on its own)
  if has_bench surge && [[ $b == postgres && $CEILING == on ]]; then
    log "[$b] bench/ceiling.sh (pgbench tpcb-like and select-only, -c$CONCURRENCY, ${CEILING_SECONDS}s each)"
    CONCURRENCY=$CONCURRENCY CEILING_SECONDS=$CEILING_SECONDS PG_ADMIN_URL=$PG_ADMIN_URL \
      "$BENCH_DIR/ceiling.sh" >"$BDIR/ceiling.txt" 2>&1 || cat "$BDIR/ceiling.txt" >&2
    local script clients tps avg p50 p99
    while IFS='|' read -r _ script clients tps avg p50 p99 _; do
      script=$(echo $script); [[ $script == tpcb-like || $script == select-only ]] || continue
      result "{\"kind\":\"ceiling\",\"backend\":\"$b\",\"script\":\"$script\",\"clients\":$(echo $clients),\"tps\":$(echo $tps),\"latency_avg_ms\":$(echo $avg),\"p50_ms\":$(echo $p50),\"p99_ms\":$(echo $p99)}"
    done <"$BDIR/ceiling.txt"
    log "[$b] ceiling: $(grep tpcb-like "$BDIR/ceiling.txt")"
  fi

  start_server "$url" "$BDIR/server.log"
  log "[$b] server pid $SERVER_PID on 127.0.0.1:$PORT; preparing $N organisations with complete drafts"
  python3 "$BENCH_DIR/prepare.py" --port "$PORT" --n "$N" --applicants "$APPLICANTS" \
    --threads "$PREP_THREADS" --admin-email admin@bench.example --finance-email finance@bench.example \
    --password "$PASSWORD" --article "$ARTICLE" --out "$BDIR" 2>"$BDIR/prepare.log" \
    || { tail -20 "$BDIR/prepare.log" >&2; return 1; }
  local setup call_id year finance ref
  setup=$(cat "$BDIR/setup.json")
  call_id=$(json_get "$setup" call_id); year=$(json_get "$setup" year)
  finance=$(json_get "$setup" finance_token); ref=$(json_get "$setup" reference)
  log "[$b] prepared in $(tail -1 "$BDIR/prepare.log"); surge: $N submits, wrk -t2 -c$CONCURRENCY"

  # ---- deadline surge
  if has_bench surge; then
  if [[ $DELIVERY == on && $DELIVERY_WEBHOOKS == on ]]; then  # finance's system subscribes to every submission
    curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/webhooks" -H 'content-type: application/json' \
      -H "authorization: Bearer $(json_get "$setup" admin_token)" \
      -d "{\"url\":\"https://127.0.0.1:$HOOK_PORT/finance\",\"event_types\":[\"application.submitted\"]}" \
      >"$BDIR/webhook.json" || { log "cannot register the webhook endpoint"; return 1; }
  fi
  local surge cpu_server0 cpu_pg0 cpu_all0
  if [[ $SERVERS == 2 ]]; then
  # not in a $(...) subshell: the second server's pid must reach stop_server and cleanup
  surge_two "$url" "$call_id" >"$BDIR/surge-two.json" || return 1
  surge=$(cat "$BDIR/surge-two.json")
  else
  mkdir -p "$BDIR/surge-done"
  # the CPU the surge costs, from here until its last entry is under a checkpoint (below)
  # (on SQLite the database is the server's own threads: its PostgreSQL figure is left out)
  cpu_server0=$(cpu_ticks "$SERVER_PID"); cpu_pg0=$(cpu_ticks $(postgres_pids)); cpu_all0=$(busy_ticks)
  IDS_FILE="$BDIR/ids.txt" WRK_THREADS=2 DONE_DIR="$BDIR/surge-done" wrk -t2 -c"$CONCURRENCY" \
    -d"${SURGE_MAX_SECONDS}s" --timeout 30s \
    -s "$BENCH_DIR/wrk/submit.lua" "http://127.0.0.1:$PORT" >"$BDIR/surge.txt" 2>"$BDIR/surge.err" &
  local wrk_pid=$!
  perf_start "$BDIR/surge.perf.data"
  # every thread writes a marker when all its submits are answered; then wrk is told to stop
  # (SIGINT: it prints its summary), since its main thread would sleep for the whole -d
  while kill -0 $wrk_pid 2>/dev/null && [[ $(ls "$BDIR/surge-done" | wc -l) -lt 2 ]]; do sleep 0.1; done
  kill -INT $wrk_pid 2>/dev/null || true
  wait $wrk_pid || true
  perf_stop
  surge=$(wrkjson "$BDIR/surge.txt")
  [[ -n $surge ]] || { cat "$BDIR/surge.txt" "$BDIR/surge.err" >&2; return 1; }
  fi
  local receipts distinct seqmax
  receipts=$(sql $b "$url" "SELECT count(*) FROM receipts WHERE call_id = '$call_id'")
  distinct=$(sql $b "$url" "SELECT count(DISTINCT number) FROM receipts WHERE call_id = '$call_id'")
  seqmax=$(sql $b "$url" "SELECT max(seq) FROM receipts WHERE call_id = '$call_id'")
  result "{\"kind\":\"surge\",\"backend\":\"$b\",\"n\":$N,\"concurrency\":$CONCURRENCY,\"receipts\":$receipts,\"distinct_numbers\":$distinct,\"max_seq\":${seqmax:-0},\"wrk\":$surge}"
  log "[$b] surge: $surge; receipts=$receipts distinct=$distinct max_seq=$seqmax"
  # the audit log (#16): wait (at most LOG_WAIT_SECONDS) until every entry is sealed and under a
  # checkpoint, then how long each submission's entry took to get there
  local waited=0 unsigned
  while :; do
    unsigned=$(sql $b "$url" "SELECT (SELECT count(*) FROM log_pending) + (SELECT count(*) FROM log_leaves) - coalesce((SELECT max(tree_size) FROM log_checkpoints), 0)")
    [[ $unsigned == 0 ]] && break
    (( waited >= LOG_WAIT_SECONDS )) && { log "[$b] $unsigned entries not yet under a checkpoint"; break; }
    sleep 1; waited=$((waited + 1))
  done
  if [[ $SERVERS != 2 ]]; then  # CPU per submission: the server, the database, the machine
    local hz cpu
    hz=$(getconf CLK_TCK)
    cpu=$(python3 -c 'import json, sys; hz, n, s, p, a = map(float, sys.argv[2:]); f = lambda t: round(t / hz * 1000 / n, 3); print(json.dumps({"server_ms": f(s), "database_ms": f(p) if sys.argv[1] == "postgres" else None, "machine_ms": f(a)}))' \
      "$b" "$hz" "$N" $(( $(cpu_ticks "$SERVER_PID") - cpu_server0 )) \
      $(( $(cpu_ticks $(postgres_pids)) - cpu_pg0 )) $(( $(busy_ticks) - cpu_all0 )))
    result "{\"kind\":\"surge_cpu\",\"backend\":\"$b\",\"n\":$N,\"cpu\":$cpu}"
    log "[$b] CPU per submission (surge until sealed): $cpu"
  fi
  local lag
  lag=$(python3 "$BENCH_DIR/log_lag.py" --backend $b --url "$url") || lag=null
  result "{\"kind\":\"log_lag\",\"backend\":\"$b\",\"n\":$N,\"servers\":$SERVERS,\"lag\":$lag}"
  log "[$b] audit log: $lag"
  if [[ $SERVERS == 2 ]]; then  # the whole log, checked as an auditor would
    local verified=false
    DATABASE_URL="$url" GRANTDESK_LOG_KEY="$LOG_KEY" RUST_LOG=warn "$BIN" audit verify \
      >"$BDIR/verify.txt" 2>&1 && verified=true
    result "{\"kind\":\"log_verify\",\"backend\":\"$b\",\"servers\":$SERVERS,\"kill_at\":\"$KILL_AT\",\"verified\":$verified,\"output\":$(tail -1 "$BDIR/verify.txt" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read().strip()))')}"
    log "[$b] audit verify: $verified: $(tail -1 "$BDIR/verify.txt")"
    # nothing lost (every committed entry has a leaf, none waits) and nothing sealed twice
    local counts
    counts=$(psql -qtAX -F, "$url" -c "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM log_leaves), (SELECT count(DISTINCT entry_seq) FROM log_leaves), (SELECT count(*) FROM log_pending), (SELECT count(*) FROM receipts WHERE call_id = '$call_id'), (SELECT count(*) FROM receipts r JOIN audit_log a ON a.id = r.log_entry_id JOIN log_leaves l ON l.entry_seq = a.seq WHERE r.call_id = '$call_id')")
    IFS=, read -r c_entries c_leaves c_distinct c_pending c_receipts c_sealed_receipts <<<"$counts"
    result "{\"kind\":\"log_sealed_once\",\"backend\":\"$b\",\"entries\":$c_entries,\"leaves\":$c_leaves,\"distinct_entries_in_leaves\":$c_distinct,\"pending\":$c_pending,\"receipts\":$c_receipts,\"receipts_sealed\":$c_sealed_receipts}"
    log "[$b] entries $c_entries, leaves $c_leaves (distinct $c_distinct), pending $c_pending; receipts $c_receipts, their entries sealed $c_sealed_receipts"
  fi
  if [[ $DELIVERY == on ]]; then
    log "[$b] waiting (at most ${DELIVERY_WAIT_SECONDS}s) until every receipt's mail and webhook are delivered"
    local waited=0 pending
    while :; do
      pending=$(sql $b "$url" "SELECT (SELECT count(*) FROM notifications WHERE delivery_status = 'pending') + (SELECT count(*) FROM webhook_messages WHERE delivery_status = 'pending')")
      [[ $pending == 0 ]] && break
      (( waited >= DELIVERY_WAIT_SECONDS )) && { log "[$b] $pending still pending"; break; }
      sleep 1; waited=$((waited + 1))
    done
    local delivery
    delivery=$(python3 "$BENCH_DIR/delivery.py" --backend $b --url "$url" --call-id "$call_id" \
      --mail-dir "$BDIR/mail" --hooks-dir "$BDIR/hooks")
    result "{\"kind\":\"delivery\",\"backend\":\"$b\",\"n\":$N,\"delivery\":$delivery}"
    log "[$b] delivery: $delivery"
  fi
  fi

  # ---- reads at growing ledger sizes
  local have=0 point points=$READ_POINTS
  has_bench reads || points=""
  [[ $b == postgres && -n ${READ_POINTS_POSTGRES:-} ]] && points=$READ_POINTS_POSTGRES
  [[ $b == sqlite && -n ${READ_POINTS_SQLITE:-} ]] && points=$READ_POINTS_SQLITE
  for point in $points; do
    if (( point > have )); then
      log "[$b] posting $((point - have)) transfers on $ARTICLE/$year (grantdesk-bench-data)"
      "$DATA_BIN" --database-url "$url" --transfers $((point - have)) --article "$ARTICLE" --year "$year" --batch "$TRANSFER_BATCH" \
        >"$BDIR/transfers-$point.json" 2>"$BDIR/transfers-$point.log"
      have=$point
    fi
    local total; total=$(sql $b "$url" "SELECT count(*) FROM transfers")
    # settle the database before measuring, the same way at every ledger size (settle)
    wait_quiet "reads at $total transfers"
    log "[$b] settling before the reads at $total transfers (VACUUM ANALYZE + CHECKPOINT / wal_checkpoint)"
    settle "$b" "$url" "$point"
    local name path r
    for name in article_balances call_budget; do
      if [[ $name == article_balances ]]; then path="/api/v1/budget-articles/$ARTICLE/$year"; else path="/api/v1/calls/$call_id/budget"; fi
      r=$(measure_read "$path" "$finance" "$BDIR/read-$name-$point")
      result "{\"kind\":\"read\",\"backend\":\"$b\",\"endpoint\":\"$name\",\"transfers_in_db\":$total,\"point\":$point,\"gen\":$(cat "$BDIR/transfers-$point.json" 2>/dev/null || echo null),\"wrk\":${r:-null}}"
      log "[$b] $name with $total transfers: $r"
    done
  done
  stop_server
  stop_receivers

  # ---- the database's own limit for the same statements, on a copy of the surge database
  if ! has_bench surge; then
    [[ $b == sqlite && ${KEEP_DB:-0} != 1 ]] && rm -f "$BDIR"/grantdesk.sqlite3*
    return 0
  fi
  if [[ $b == postgres ]]; then
    local scratch="grantdesk_bench_pgb_$(rand_hex 6)"
    PG_DBS+=("$scratch")
    psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$scratch\" TEMPLATE \"${url##*/}\"" >/dev/null
    psql -q "$PG_BASE/$scratch" -v call_id="$call_id" -f "$BENCH_DIR/pgbench/prepare.sql" >/dev/null
    local napps snap_len audit_len
    napps=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT count(*) FROM bench_apps")
    snap_len=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT coalesce(avg(length(snapshot))::int, 1000) FROM receipts")
    audit_len=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT coalesce(avg(length(after_json))::int, 1000) FROM audit_log WHERE action = 'application.submit'")
    log "[$b] pgbench -c$CONCURRENCY -j2 -T$PGBENCH_SECONDS on $scratch ($napps applications, snapshot $snap_len B, audit json $audit_len B)"
    pgbench -n -M prepared -c "$CONCURRENCY" -j 2 -T "$PGBENCH_SECONDS" -r -D napps="$napps" -D call_id="$call_id" \
      -D ref="$ref" -D snap_len="$snap_len" -D audit_len="$audit_len" --log --log-prefix="$BDIR/pgbench" \
      -f "${SUBMIT_SQL:-$BENCH_DIR/pgbench/submit.sql}" "$PG_BASE/$scratch" >"$BDIR/pgbench.txt" 2>"$BDIR/pgbench.err" \
      || { cat "$BDIR/pgbench.err" >&2; }
    local tps lat p99
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$BDIR/pgbench.txt" | tail -1)
    lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$BDIR/pgbench.txt")
    p99=$(cat "$BDIR"/pgbench.[0-9]* 2>/dev/null | awk '$3 ~ /^[0-9]+$/ {print $3}' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "%.2f", a[int(NR*0.99)]/1000; else print "null"}')
    result "{\"kind\":\"limit\",\"backend\":\"$b\",\"tool\":\"pgbench -c $CONCURRENCY -j 2 -T $PGBENCH_SECONDS\",\"tps\":${tps:-null},\"latency_avg_ms\":${lat:-null},\"p99_ms\":${p99:-null}}"
    log "[$b] pgbench: tps=$tps avg=${lat}ms p99=${p99}ms"
    rm -f "$BDIR"/pgbench.[0-9]*
  else
    cp "$BDIR/grantdesk.sqlite3" "$BDIR/raw.sqlite3"
    [[ -f $BDIR/grantdesk.sqlite3-wal ]] && cp "$BDIR/grantdesk.sqlite3-wal" "$BDIR/raw.sqlite3-wal"
    log "[$b] raw SQLite loop for ${SQLITE_RAW_SECONDS}s (one writer, BEGIN IMMEDIATE, WAL, synchronous=NORMAL)"
    local raw
    raw=$(python3 "$BENCH_DIR/sqlite_raw.py" --db "$BDIR/raw.sqlite3" --call-id "$call_id" --reference "$ref" \
      --seconds "$SQLITE_RAW_SECONDS" 2>"$BDIR/sqlite_raw.err") || { cat "$BDIR/sqlite_raw.err" >&2; raw=null; }
    result "{\"kind\":\"limit\",\"backend\":\"$b\",\"tool\":\"python sqlite3 loop, 1 writer\",\"raw\":$raw}"
    log "[$b] raw loop: $raw"
    rm -f "$BDIR"/raw.sqlite3*
    [[ ${KEEP_DB:-0} == 1 ]] || rm -f "$BDIR"/grantdesk.sqlite3*   # ~0.5 GB with 1M transfers
  fi
}

# ---------------------------------------------------------------- concurrent awards
# A fresh database and server per backend: prepare_awards.py makes N submitted, eligible
# applications on a call in assessment whose budget fits AWARDS_FRACTION of N awards; the
# prepared database is copied (server stopped) for the limit run; then wrk posts one decision
# per application at CONCURRENCY connections.
run_awards() {
  local b=$1 aid=${2:-not_state_aid} url dbfile="" tag=awards
  [[ $aid == de_minimis ]] && tag=aid
  BDIR="$OUT/$b-$tag"
  mkdir -p "$BDIR"
  if [[ $b == postgres ]]; then
    local dbname="grantdesk_bench_aw_$(rand_hex 6)"
    PG_DBS+=("$dbname")
    psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$dbname\"" >/dev/null
    url="$PG_BASE/$dbname"
  else
    dbfile="$BDIR/grantdesk.sqlite3"
    url="sqlite://$dbfile"
  fi
  log "[$b $tag] database $url"
  for role in admin finance; do
    DATABASE_URL="$url" GRANTDESK_PASSWORD="$PASSWORD" RUST_LOG=warn \
      "$BIN" user create --email "$role@bench.example" --role $role --name "Bench $role" >/dev/null
  done
  start_server "$url" "$BDIR/server-prepare.log"
  log "[$b $tag] server pid $SERVER_PID; preparing $AWARDS_N submitted, eligible applications (waits for the call's deadline)"
  python3 "$BENCH_DIR/prepare_awards.py" --port "$PORT" --n "$AWARDS_N" --applicants "$APPLICANTS" \
    --threads "$PREP_THREADS" --admin-email admin@bench.example --finance-email finance@bench.example \
    --password "$PASSWORD" --award "$AWARD" --fraction "$AWARDS_FRACTION" \
    --deadline-minutes "$AWARDS_DEADLINE_MINUTES" --aid "$aid" --out "$BDIR" 2>"$BDIR/prepare.log" \
    || { tail -20 "$BDIR/prepare.log" >&2; return 1; }
  stop_server
  local setup call_id budget_cents award_cents fits
  setup=$(cat "$BDIR/awards-setup.json")
  call_id=$(json_get "$setup" call_id); budget_cents=$(json_get "$setup" budget_cents)
  award_cents=$(json_get "$setup" award_cents); fits=$(json_get "$setup" awards_that_fit)
  log "[$b $tag] prepared in $(tail -1 "$BDIR/prepare.log")"

  # a copy of the prepared database (nothing decided yet) for the limit run
  local scratch=""
  if [[ $b == postgres ]]; then
    scratch="grantdesk_bench_awpgb_$(rand_hex 6)"
    PG_DBS+=("$scratch")
    psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$scratch\" TEMPLATE \"${url##*/}\"" >/dev/null
  else
    sqlite3 "$dbfile" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    cp "$dbfile" "$BDIR/raw.sqlite3"
  fi

  start_server "$url" "$BDIR/server.log"
  log "[$b $tag] $AWARDS_N decisions of $AWARD (budget fits $fits), wrk -t2 -c$CONCURRENCY"
  mkdir -p "$BDIR/awards-done"
  IDS_FILE="$BDIR/awards-ids.txt" WRK_THREADS=2 DONE_DIR="$BDIR/awards-done" AWARD="$AWARD" \
    wrk -t2 -c"$CONCURRENCY" -d"${AWARDS_MAX_SECONDS}s" --timeout 30s \
    -s "$BENCH_DIR/wrk/decide.lua" "http://127.0.0.1:$PORT" >"$BDIR/awards.txt" 2>"$BDIR/awards.err" &
  local wrk_pid=$!
  perf_start "$BDIR/awards-$tag.perf.data"
  while kill -0 $wrk_pid 2>/dev/null && [[ $(ls "$BDIR/awards-done" | wc -l) -lt 2 ]]; do sleep 0.1; done
  kill -INT $wrk_pid 2>/dev/null || true
  wait $wrk_pid || true
  perf_stop
  stop_server
  local aw; aw=$(wrkjson "$BDIR/awards.txt")
  [[ -n $aw ]] || { cat "$BDIR/awards.txt" "$BDIR/awards.err" >&2; return 1; }
  # SQL checks: the call account's held (pending) total never exceeds the call's budget; every
  # application has at most one decision; decisions with a hold = pending AWARD transfers
  local acct held credited decided held_n pending_n pending_sum
  acct="(SELECT id FROM accounts WHERE kind = 'call_available' AND owner_id = '$call_id')"
  held=$(sql $b "$url" "SELECT debits_pending FROM accounts WHERE id = $acct")
  credited=$(sql $b "$url" "SELECT credits_posted - debits_posted FROM accounts WHERE id = $acct")
  decided=$(sql $b "$url" "SELECT count(DISTINCT application_id) FROM decisions WHERE call_id = '$call_id'")
  held_n=$(sql $b "$url" "SELECT count(*) FROM decisions WHERE call_id = '$call_id' AND hold_transfer_id IS NOT NULL")
  pending_n=$(sql $b "$url" "SELECT count(*) FROM transfers WHERE debit_account_id = $acct AND status = 'pending' AND code = 'AWARD'")
  pending_sum=$(sql $b "$url" "SELECT coalesce(sum(amount_cents), 0) FROM transfers WHERE debit_account_id = $acct AND status = 'pending' AND code = 'AWARD'")
  result "{\"kind\":\"awards\",\"aid\":\"$aid\",\"backend\":\"$b\",\"n\":$AWARDS_N,\"concurrency\":$CONCURRENCY,\"award_cents\":$award_cents,\"budget_cents\":$budget_cents,\"fits\":$fits,\"held_cents\":${held:-null},\"call_account_cents\":${credited:-null},\"decided_apps\":$decided,\"decisions_with_hold\":$held_n,\"pending_transfers\":$pending_n,\"pending_cents\":$pending_sum,\"prep\":$(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["seconds"]))' "$BDIR/awards-setup.json"),\"wrk\":$aw}"
  log "[$b $tag] $aw; held=$held of $credited, decided=$decided with hold=$held_n, pending transfers=$pending_n ($pending_sum)"
  if [[ $aid == de_minimis ]]; then aid_reads "$b" "$url" "$call_id" "$(json_get "$setup" admin_token)" || return 1; fi

  # ---- the database's own limit: the same N decisions' statements on the copy
  local per_client=$(( AWARDS_N / CONCURRENCY > 0 ? AWARDS_N / CONCURRENCY : 1 ))   # <= N transactions, each application once
  if [[ $b == postgres ]]; then
    psql -q "$PG_BASE/$scratch" -v call_id="$call_id" -f "$BENCH_DIR/pgbench/prepare_awards.sql" >/dev/null
    local napps admin_id ledger_id audit_len
    napps=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT count(*) FROM bench_apps")
    admin_id=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT id FROM users WHERE email = 'admin@bench.example'")
    audit_len=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT coalesce(avg(length(after_json))::int, 300) FROM audit_log WHERE action = 'application.screen'")
    log "[$b $tag] pgbench -c$CONCURRENCY -j2 -t$per_client on $scratch ($napps applications, same budget)"
    pgbench -n -M prepared -c "$CONCURRENCY" -j 2 -t "$per_client" -r -D napps="$napps" -D call_id="$call_id" \
      -D admin="$admin_id" -D amount="$award_cents" -D audit_len="$audit_len" -D aid="$([[ $aid == de_minimis ]] && echo 1 || echo 0)" \
      --log --log-prefix="$BDIR/pgbench" \
      -f "$BENCH_DIR/pgbench/decide.sql" "$PG_BASE/$scratch" >"$BDIR/pgbench.txt" 2>"$BDIR/pgbench.err" \
      || { cat "$BDIR/pgbench.err" >&2; }
    local tps lat p99 lheld lacc
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$BDIR/pgbench.txt" | tail -1)
    lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$BDIR/pgbench.txt")
    p99=$(cat "$BDIR"/pgbench.[0-9]* 2>/dev/null | awk '$3 ~ /^[0-9]+$/ {print $3}' | sort -n | awk '{a[NR]=$1} END {if (NR) printf "%.2f", a[int(NR*0.99)]/1000; else print "null"}')
    lheld=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT debits_pending FROM accounts WHERE kind = 'call_available' AND owner_id = '$call_id'")
    lacc=$(psql -qtAX "$PG_BASE/$scratch" -c "SELECT count(*) FROM decisions WHERE call_id = '$call_id' AND hold_transfer_id IS NOT NULL")
    result "{\"kind\":\"awards_limit\",\"aid\":\"$aid\",\"backend\":\"$b\",\"tool\":\"pgbench -c $CONCURRENCY -j 2 -t $per_client\",\"transactions\":$((per_client * CONCURRENCY)),\"tps\":${tps:-null},\"latency_avg_ms\":${lat:-null},\"p99_ms\":${p99:-null},\"accepted\":${lacc:-null},\"held_cents\":${lheld:-null}}"
    log "[$b $tag] pgbench: tps=$tps avg=${lat}ms p99=${p99}ms accepted=$lacc held=$lheld"
    rm -f "$BDIR"/pgbench.[0-9]*
  else
    log "[$b $tag] raw SQLite loop: the same $AWARDS_N decisions, one writer"
    local raw
    raw=$(python3 "$BENCH_DIR/sqlite_raw_awards.py" --db "$BDIR/raw.sqlite3" --call-id "$call_id" \
      --amount "$award_cents" --n "$AWARDS_N" --aid "$aid" 2>"$BDIR/sqlite_raw.err") || { cat "$BDIR/sqlite_raw.err" >&2; raw=null; }
    result "{\"kind\":\"awards_limit\",\"aid\":\"$aid\",\"backend\":\"$b\",\"tool\":\"python sqlite3 loop, 1 writer, $AWARDS_N decisions\",\"raw\":$raw}"
    log "[$b $tag] raw loop: $raw"
    rm -f "$BDIR"/raw.sqlite3*
    [[ ${KEEP_DB:-0} == 1 ]] || rm -f "$BDIR"/grantdesk.sqlite3*
  fi
}

# ---------------------------------------------------------------- the ceiling check's reads
# The aid bench's database after its decisions: the server is started again, the register is
# filled to each of AID_POINTS counted awards (bench/fill_aid.py: real organisations and
# applications behind every award), the database settled, and the organisation's aid view of a
# bench company with a counted award and a linked parent is read with wrk: the same reads as the
# check at award (its single undertaking, the declarations, the counted awards in the window).
aid_reads() {
  local b=$1 url=$2 call_id=$3 admin=$4 point org path total r gen
  org=$(sql $b "$url" "SELECT organisation_id FROM aid_awards WHERE ended_at IS NULL AND made_by <> 'bench:fill_aid' ORDER BY organisation_id LIMIT 1")
  [[ -n $org ]] || { log "[$b aid] no counted award to read"; return 1; }
  path="/api/v1/organisations/$org/aid"
  start_server "$url" "$BDIR/server-reads.log"
  for point in $AID_POINTS; do
    log "[$b aid] filling the register to $point counted awards (bench/fill_aid.py)"
    gen=$(python3 "$BENCH_DIR/fill_aid.py" --backend $b --url "$url" --call-id "$call_id" --to "$point" \
      --batch "$AID_BATCH" 2>"$BDIR/fill-$point.log") || { tail -5 "$BDIR/fill-$point.log" >&2; return 1; }
    total=$(sql $b "$url" "SELECT count(*) FROM aid_awards")
    wait_quiet "aid reads at $total counted awards"
    settle "$b" "$url" "$point"
    r=$(measure_read "$path" "$admin" "$BDIR/read-aid-$point")
    result "{\"kind\":\"aid_read\",\"backend\":\"$b\",\"endpoint\":\"organisation_aid\",\"aid_awards_in_db\":$total,\"point\":$point,\"gen\":${gen:-null},\"wrk\":${r:-null}}"
    log "[$b aid] organisation_aid with $total counted awards: $r"
  done
  stop_server
}

# ---------------------------------------------------------------- inclusion-proof reads
# A fresh database per backend with an auditor; the log is filled (server stopped) to each of
# PROOF_POINTS sealed entries through the project's own audit and sealing code, the database
# settled, and GET /log/proofs/inclusion read with wrk for the entry a third of the way in (its
# audit path is as long as any: the tree's height).
run_proofs() {
  local b=$1 url
  BDIR="$OUT/$b-proofs"
  mkdir -p "$BDIR"
  if [[ $b == postgres ]]; then
    local dbname="grantdesk_bench_$(rand_hex 6)"
    PG_DBS+=("$dbname")
    psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$dbname\"" >/dev/null
    url="$PG_BASE/$dbname"
  else
    url="sqlite://$BDIR/grantdesk.sqlite3"
  fi
  DATABASE_URL="$url" GRANTDESK_PASSWORD="$PASSWORD" RUST_LOG=warn \
    "$BIN" user create --email auditor@bench.example --role auditor --name "Bench auditor" >/dev/null
  start_server "$url" "$BDIR/server-login.log"
  local token
  token=$(curl -sf "http://127.0.0.1:$PORT/api/v1/auth/token" -H 'content-type: application/json' \
    -d "{\"email\":\"auditor@bench.example\",\"password\":\"$PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  stop_server
  local point gen total index r
  for point in $PROOF_POINTS; do
    log "[$b proofs] filling the audit log to $point sealed entries (grantdesk-bench-data --log-entries)"
    gen=$(GRANTDESK_LOG_KEY="$LOG_KEY" "$DATA_BIN" --database-url "$url" --log-entries "$point" --batch "$PROOF_BATCH" \
      2>"$BDIR/fill-$point.log") || { tail -5 "$BDIR/fill-$point.log" >&2; return 1; }
    total=$(sql $b "$url" "SELECT count(*) FROM log_leaves")
    index=$((total / 3))
    start_server "$url" "$BDIR/server-$point.log"
    wait_quiet "inclusion proofs at $total entries"
    settle "$b" "$url" "proofs-$point"
    r=$(measure_read "/api/v1/log/proofs/inclusion?index=$index" "$token" "$BDIR/read-proof-$point")
    result "{\"kind\":\"proof_read\",\"backend\":\"$b\",\"endpoint\":\"log_inclusion_proof\",\"log_entries\":$total,\"index\":$index,\"point\":$point,\"gen\":${gen:-null},\"wrk\":${r:-null}}"
    log "[$b proofs] inclusion proof of entry $index with $total entries: $r"
    stop_server
  done
  [[ $b == sqlite && ${KEEP_DB:-0} != 1 ]] && rm -f "$BDIR"/grantdesk.sqlite3*
  return 0
}

START=$(date +%s)
for b in $BACKENDS; do
  if has_bench surge || has_bench reads; then run_backend "$b"; fi
  if has_bench awards; then run_awards "$b"; fi
  if has_bench aid; then run_awards "$b" de_minimis; fi
  if has_bench proofs; then run_proofs "$b"; fi
done
python3 "$BENCH_DIR/report.py" "$RESULTS" | tee "$OUT/report.md"
log "done in $(( $(date +%s) - START ))s; raw output in $OUT"

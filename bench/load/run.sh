#!/usr/bin/env bash
# grantdesk open-model load test: USERS simulated users (goose), arriving at HATCH_RATE per
# second, each running 11-request sessions with think time, on a fresh server and database.
# See bench/load/README.md.
#
#   bash bench/load/run.sh                                   # SQLite, 1,000 users
#   USERS=10000 BACKEND=postgres bash bench/load/run.sh
#   USERS=50 HATCH_RATE=10 RUN_TIME=60 THINK_MIN_MS=500 THINK_MAX_MS=2000 bash bench/load/run.sh
#
# Everything targets 127.0.0.1 only. The server is always stopped (and a PostgreSQL database
# dropped) on exit.
set -euo pipefail

LOAD_DIR=$(cd "$(dirname "$0")" && pwd)
BENCH_DIR=$(dirname "$LOAD_DIR")
ROOT=$(dirname "$BENCH_DIR")
BACKEND=${BACKEND:-sqlite}                  # sqlite or postgres
USERS=${USERS:-1000}
THINK_MIN_MS=${THINK_MIN_MS:-18000}         # think time after each request: uniform in
THINK_MAX_MS=${THINK_MAX_MS:-54000}         # [min, max]; mean 36 s = 11 requests in 6 min 36 s
# arrival rate (users started per second); default: Little's law for sessions of 11 requests,
# USERS / session length, so users keep arriving for one session's length
SESSION_MS=$(( 11 * (THINK_MIN_MS + THINK_MAX_MS) / 2 ))
HATCH_RATE=${HATCH_RATE:-$(python3 -c "print(round(max(1.0, $USERS * 1000 / $SESSION_MS), 3))")}
RUN_TIME=${RUN_TIME:-600}                   # seconds with every user started (after the ramp-up)
APPLICANTS=${APPLICANTS:-200}               # applicant accounts the simulated applicants share
PREP_THREADS=${PREP_THREADS:-16}
QUESTIONS=${QUESTIONS:-30}                  # published Q&A on the call
WEIGHT_BROWSE=${WEIGHT_BROWSE:-60}
WEIGHT_APPLICANT=${WEIGHT_APPLICANT:-30}
WEIGHT_FINANCE=${WEIGHT_FINANCE:-5}
WEIGHT_ADMIN=${WEIGHT_ADMIN:-5}
GOOSE_TIMEOUT=${GOOSE_TIMEOUT:-60}          # seconds before goose gives up on a request
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
PG_BASE=${PG_ADMIN_URL%/*}
SERVER_LOG_LEVEL=${SERVER_LOG_LEVEL:-warn}
BUILD=${BUILD:-1}                           # 0: use the binaries already built
NOFILE=${NOFILE:-65536}

case $BACKEND in sqlite|postgres) ;; *) echo "BACKEND must be sqlite or postgres" >&2; exit 2 ;; esac
for tool in python3 curl; do command -v $tool >/dev/null || { echo "missing $tool" >&2; exit 2; }; done
[[ $BACKEND == postgres ]] && { command -v psql >/dev/null || { echo "missing psql" >&2; exit 2; }; }

# drafts: one per applicant session (each is edited, uploaded to and submitted once); the
# applicant users' sessions in the ramp-up plus RUN_TIME, with a margin
DRAFTS=${DRAFTS:-$(python3 -c "
import math
users, rate, run, sess = $USERS, $HATCH_RATE, $RUN_TIME, $SESSION_MS / 1000
w = [$WEIGHT_BROWSE, $WEIGHT_APPLICANT, $WEIGHT_FINANCE, $WEIGHT_ADMIN]
applicants = math.ceil(users * w[1] / max(1, sum(w)))
ramp = users / rate
print(max(20, math.ceil(applicants * ((ramp + run) / sess + 1) * 1.2) + 10))")}
RAMP_MS=$(python3 -c "print(int(1000 * max(0, $USERS - 1) / $HATCH_RATE))")

STAMP=$(date +%Y%m%d-%H%M%S)
OUT="$BENCH_DIR/out/load-$STAMP-$BACKEND-$USERS"
mkdir -p "$OUT"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

# ---------------------------------------------------------------- build
SERVER_TARGET="$ROOT/target/bench"
BIN="$SERVER_TARGET/release/grantdesk"
LOAD_BIN="$LOAD_DIR/target/release/grantdesk-load"
if [[ $BUILD == 1 ]]; then
  log "building the server (release, CARGO_TARGET_DIR=target/bench)"
  t0=$SECONDS
  (cd "$ROOT" && CARGO_TARGET_DIR="$SERVER_TARGET" nice -n 10 cargo build --release --bins) \
    >"$OUT/build-server.log" 2>&1 || { tail -30 "$OUT/build-server.log" >&2; exit 1; }
  log "server built in $((SECONDS - t0)) s; building grantdesk-load"
  t0=$SECONDS
  (cd "$LOAD_DIR" && CARGO_TARGET_DIR="$LOAD_DIR/target" nice -n 10 cargo build --release) \
    >"$OUT/build-load.log" 2>&1 || { tail -30 "$OUT/build-load.log" >&2; exit 1; }
  log "grantdesk-load built in $((SECONDS - t0)) s"
fi
[[ -x $BIN && -x $LOAD_BIN ]] || { echo "missing $BIN or $LOAD_BIN (BUILD=1)" >&2; exit 2; }

# 10,000 users hold up to 10,000 connections in goose and as many in the server
ulimit -n "$NOFILE" 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
log "open files limit $(ulimit -n)"

# ---------------------------------------------------------------- server
SERVER_PID=""
PG_DB=""
cleanup() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n $PG_DB ]]; then
    psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [[ ${KEEP_DB:-0} != 1 ]]; then rm -f "$OUT"/grantdesk.sqlite3*; fi
  rm -rf "$OUT/blobs"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rand_hex() { python3 -c 'import secrets,sys; print(secrets.token_hex(int(sys.argv[1])))' "$1"; }

if [[ $BACKEND == postgres ]]; then
  PG_DB="grantdesk_load_$(rand_hex 6)"
  psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
  URL="$PG_BASE/$PG_DB"
else
  URL="sqlite://$OUT/grantdesk.sqlite3"
fi
JWT_SECRET=$(rand_hex 32)   # 64 hex characters
LOG_KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
PASSWORD="load-password-$(rand_hex 8)"
for role in admin finance; do
  DATABASE_URL="$URL" GRANTDESK_PASSWORD="$PASSWORD" RUST_LOG=warn \
    "$BIN" user create --email "$role@load.example" --role $role --name "Load $role" >/dev/null
done

PORT=$(free_port)
# rate limits off: every simulated user comes from 127.0.0.1; tokens last the whole run;
# no reminders (the call's deadline is a day away)
DATABASE_URL="$URL" GRANTDESK_BIND="127.0.0.1:$PORT" GRANTDESK_DEMO=false \
  GRANTDESK_RATE_LIMITS=off GRANTDESK_REMINDER_OFFSETS= \
  GRANTDESK_JWT_SECRET="$JWT_SECRET" GRANTDESK_LOG_KEY="$LOG_KEY" GRANTDESK_TOKEN_TTL_SECONDS=86400 \
  GRANTDESK_BLOB_DIR="$OUT/blobs" RUST_LOG="$SERVER_LOG_LEVEL" \
  "$BIN" serve --no-demo >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$OUT/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "server not ready" >&2; exit 1; }
log "[$BACKEND] server pid $SERVER_PID on 127.0.0.1:$PORT ($URL)"

# ---------------------------------------------------------------- data
log "preparing: a call, $APPLICANTS applicants, $DRAFTS organisations with a complete draft each"
t0=$SECONDS
python3 "$BENCH_DIR/prepare.py" --port "$PORT" --n "$DRAFTS" --applicants "$APPLICANTS" \
  --threads "$PREP_THREADS" --admin-email admin@load.example --finance-email finance@load.example \
  --password "$PASSWORD" --article "LOD-0000001-WT" --out "$OUT" 2>"$OUT/prepare.log" \
  || { tail -20 "$OUT/prepare.log" >&2; exit 1; }
python3 "$LOAD_DIR/prepare_qa.py" --port "$PORT" --dir "$OUT" --questions "$QUESTIONS" 2>>"$OUT/prepare.log" \
  || { tail -20 "$OUT/prepare.log" >&2; exit 1; }
log "prepared in $((SECONDS - t0)) s: $(head -1 "$OUT/prepare.log")"

# ---------------------------------------------------------------- load
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
log "goose: $USERS users at $HATCH_RATE/s (ramp-up $((RAMP_MS / 1000)) s), then ${RUN_TIME} s;" \
  "think ${THINK_MIN_MS}-${THINK_MAX_MS} ms; weights browse/applicant/finance/admin" \
  "$WEIGHT_BROWSE/$WEIGHT_APPLICANT/$WEIGHT_FINANCE/$WEIGHT_ADMIN"
ticks0=$(cpu_ticks); wall0=$(date +%s.%N)
set +e
(cd "$OUT" && LOAD_DIR="$OUT" THINK_MIN_MS=$THINK_MIN_MS THINK_MAX_MS=$THINK_MAX_MS \
  WEIGHT_BROWSE=$WEIGHT_BROWSE WEIGHT_APPLICANT=$WEIGHT_APPLICANT WEIGHT_FINANCE=$WEIGHT_FINANCE \
  WEIGHT_ADMIN=$WEIGHT_ADMIN \
  "$LOAD_BIN" --host "http://127.0.0.1:$PORT" --users "$USERS" --increase-rate "$HATCH_RATE" \
    --run-time "${RUN_TIME}s" --timeout "$GOOSE_TIMEOUT" \
    --report-file report.html --report-file report.json --report-file report.md \
    --request-log requests.json --request-format json --error-log errors.log \
    --goose-log goose.log --no-print-metrics) >"$OUT/goose.out" 2>"$OUT/goose.err"
goose_rc=$?
set -e
ticks1=$(cpu_ticks); wall1=$(date +%s.%N)
python3 - "$ticks0" "$ticks1" "$wall0" "$wall1" "$SERVER_PID" >"$OUT/server-cpu.json" <<'PY'
import json, os, sys
t0, t1, w0, w1, pid = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
hz = os.sysconf("SC_CLK_TCK")
rss = next((int(l.split()[1]) // 1024 for l in open(f"/proc/{pid}/status") if l.startswith("VmHWM")), None)
cpu, wall = (t1 - t0) / hz, w1 - w0
print(json.dumps({"cpu_seconds": cpu, "wall_seconds": wall, "cores": cpu / wall, "cpus": os.cpu_count(), "rss_mb": rss}))
PY
[[ $goose_rc == 0 ]] || { log "goose exited $goose_rc"; tail -20 "$OUT/goose.err" >&2; }
grep -h "grantdesk-load" "$OUT/goose.err" | tee -a "$OUT/run.log" >&2 || true

# ---------------------------------------------------------------- report
python3 "$LOAD_DIR/report.py" "$OUT/requests.json" --ramp-ms "$RAMP_MS" --cpu "$OUT/server-cpu.json" \
  --title "$BACKEND, $USERS users, $HATCH_RATE/s, think ${THINK_MIN_MS}-${THINK_MAX_MS} ms, ${RUN_TIME} s" \
  | tee "$OUT/summary.md"
server_errors=$(grep -c -E '"level":"(ERROR|WARN)"| ERROR | WARN ' "$OUT/server.log" || true)
log "server log: $server_errors warning/error lines ($OUT/server.log)"
log "out: $OUT"
exit "$goose_rc"

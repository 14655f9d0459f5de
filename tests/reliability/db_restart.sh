#!/usr/bin/env bash
# PostgreSQL restarted under load: while the database is down, requests that need it get a 503
# problem+json (never a 500, never a hang past the pool timeout); once it is back they succeed
# again without restarting the server. Runs against a fresh database on the local cluster and
# restarts that cluster, so run it alone (CI runs it after the test suites).
#
#   bash tests/reliability/db_restart.sh            # builds target/debug/grantdesk if needed
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
BIN="${CARGO_TARGET_DIR:-target}/debug/grantdesk"
[ -x "$BIN" ] || cargo build --locked --quiet
db="grantdesk_restart_$$"
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $db"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" GRANTDESK_BIND="127.0.0.1:$port" \
GRANTDESK_DEMO=true GRANTDESK_BLOB_DIR="$work/blobs" RUST_LOG=warn \
    "$BIN" serve >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
done
base="http://127.0.0.1:$port"
token=$(curl -fsS "$base/api/v1/auth/token" -H 'content-type: application/json' \
    -d '{"email":"finance@grantdesk.local","password":"demo-finance-password"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

# load: one request needing the database every 50 ms, for 25 seconds at most
probe() {
    curl -s -o "$work/body" -w '%{http_code} %{content_type}\n' --max-time 15 \
        -H "authorization: Bearer $token" "$base/api/v1/budget-articles/SJ0-1SMC2GA-WT/2023"
}
: >"$work/codes"
(
    end=$((SECONDS + 25))
    while [ $SECONDS -lt $end ]; do
        probe >>"$work/codes" || echo "000 none" >>"$work/codes"
        sleep 0.05
    done
) &
load_pid=$!
sleep 3
version=$(ls /etc/postgresql | head -1)
echo "stopping PostgreSQL $version for 5 seconds under load"
pg_ctlcluster --skip-systemctl-redirect "$version" main stop -m fast
sleep 5
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -q && break; sleep 0.5; done
wait "$load_pid"

total=$(wc -l <"$work/codes")
ok=$(grep -c '^200 ' "$work/codes" || true)
unavailable=$(grep -c '^503 application/problem+json' "$work/codes" || true)
other=$(grep -vc -e '^200 ' -e '^503 application/problem+json' "$work/codes" || true)
last=$(tail -5 "$work/codes" | grep -c '^200 ' || true)
echo "requests: $total; 200: $ok; 503 problem+json: $unavailable; anything else: $other"
echo "last five after the restart: $last of 5 succeeded"
if [ "$unavailable" -lt 1 ] || [ "$other" -ne 0 ] || [ "$last" -ne 5 ] || ! kill -0 "$server_pid"; then
    echo "FAILED: expected 503 problem+json during the outage, nothing else, and recovery"
    grep -v '^200 ' "$work/codes" | sort | uniq -c
    exit 1
fi
echo "db restart: passed"

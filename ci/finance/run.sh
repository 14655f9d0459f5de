#!/usr/bin/env bash
# The finance dashboard (/finance/) in headless Chromium: starts the debug binary in demo mode on
# a free port with a fresh SQLite database (and, when TEST_DATABASE_URL names a PostgreSQL
# server, once more on a fresh PostgreSQL database made here with psql), signs in as finance
# and checks every figure shown against the API to the cent, the nl/fr/en labels, axe-core and
# the Tab order (ci/finance/test.mjs). Keeps a screenshot in ${ARTIFACTS_DIR:-$TMPDIR}.
# Needs Node 20 and npm (the npm registry), installs Debian's chromium when it is missing.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ARTIFACTS_DIR=${ARTIFACTS_DIR:-${TMPDIR:-/tmp}}
mkdir -p "$ARTIFACTS_DIR"
export ARTIFACTS_DIR

if [ ! -d "$HERE/node_modules/playwright-core" ] || [ ! -d "$HERE/node_modules/axe-core" ]; then
    (cd "$HERE" && npm ci --no-audit --no-fund)
fi
if [ ! -x /usr/bin/chromium ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
BIN="$ROOT/target/debug/grantdesk"
if [ ! -x "$BIN" ]; then
    (cd "$ROOT" && cargo build --locked)
fi

WORK=$(mktemp -d)
SERVER_PID=""
PG_DB=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "$PG_DB" ]; then
        psql "$TEST_DATABASE_URL" -qAtc "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# runs the browser test against a demo server on DATABASE_URL=$2; $1 names the run
run_against() {
    local name=$1 database_url=$2 dir port
    dir="$WORK/$name"
    mkdir -p "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (cd "$dir" && exec env GRANTDESK_DEMO=true DATABASE_URL="$database_url" GRANTDESK_BIND="127.0.0.1:$port" \
        GRANTDESK_RATE_LIMITS=off "$BIN" serve >"$dir/server.log" 2>&1) &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "the server did not start ($name):"; cat "$dir/server.log"; return 1
        fi
        sleep 0.5
    done
    echo "== finance dashboard in Chromium ($name, http://127.0.0.1:$port)"
    local status=0
    BASE_URL="http://127.0.0.1:$port" SCREENSHOT_NAME="finance${3:-}.png" node "$HERE/test.mjs" || status=$?
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    if [ "$status" -ne 0 ]; then
        echo "server log ($name):"; tail -n 40 "$dir/server.log"
    fi
    return "$status"
}

status=0
run_against sqlite "sqlite://$WORK/sqlite/grantdesk.sqlite3" || status=1

case "${TEST_DATABASE_URL:-}" in
    postgres://* | postgresql://*)
        PG_DB="grantdesk_finance_$$_$RANDOM"
        psql "$TEST_DATABASE_URL" -qAtc "CREATE DATABASE \"$PG_DB\"" >/dev/null
        # the same server and credentials, the fresh database's name
        base=${TEST_DATABASE_URL%%\?*}
        query=""
        [ "$base" != "$TEST_DATABASE_URL" ] && query="?${TEST_DATABASE_URL#*\?}"
        run_against postgres "${base%/*}/$PG_DB$query" "-postgres" || status=1
        ;;
esac

exit "$status"

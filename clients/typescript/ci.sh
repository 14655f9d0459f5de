#!/usr/bin/env bash
# CI for the TypeScript SDK (clients/typescript), runnable from anywhere:
#   1. npm ci when node_modules is missing or package-lock.json changed since the last install
#   2. npm run check-generated: src/schema.d.ts must be what openapi/openapi.json generates
#   3. npm run build
#   4. the tests (node --test) against a server they start (../../target/debug/grantdesk, or
#      GRANTDESK_BIN): once on SQLite, and once more on PostgreSQL when TEST_DATABASE_URL is set
#      (e.g. postgres://postgres@127.0.0.1:5432/postgres; each run creates and drops a database).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

run() {
    printf '\n==> %s\n' "$*"
    local start=$SECONDS
    "$@"
    printf '<== %s: ok in %ss\n' "$*" "$((SECONDS - start))"
}

lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ "$(cat node_modules/.grantdesk-lock 2>/dev/null)" != "$lock_sum" ]; then
    run npm ci --no-progress
    echo "$lock_sum" >node_modules/.grantdesk-lock
else
    echo "==> npm ci: skipped (node_modules matches package-lock.json)"
fi

run npm run --silent check-generated
run npm run --silent build

bin=${GRANTDESK_BIN:-../../target/debug/grantdesk}
if [ ! -x "$bin" ]; then
    echo "ci.sh: the server binary $bin is missing (cargo build, or set GRANTDESK_BIN)" >&2
    exit 1
fi

run env -u TEST_DATABASE_URL npm test
if [ -n "${TEST_DATABASE_URL:-}" ]; then
    run npm test
else
    echo "==> PostgreSQL tests: skipped (TEST_DATABASE_URL is not set)"
fi
echo
echo "clients/typescript: all checks passed"

#!/usr/bin/env bash
# The Python SDK's CI: the generated code matches openapi/openapi.json, then the tests (the
# applicant's flow against a server the tests start, and the digest's unit tests) on SQLite, and
# once more on PostgreSQL when TEST_DATABASE_URL is set (a PostgreSQL URL; the tests make and
# drop a database of their own there). Runnable from anywhere:
#   bash clients/python/ci.sh
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bash clients/python/ci.sh
# GRANTDESK_BIN overrides the server binary (default: target/debug/grantdesk of this repo).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=venv.sh
source "$HERE/venv.sh"

"$HERE/check_generated.sh"

# the SDK into the venv, from this checkout (the venv is shared between checkouts: always redo)
"$PY" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e "$HERE"

export GRANTDESK_BIN="${GRANTDESK_BIN:-$HERE/../../target/debug/grantdesk}"
run_tests() {
  echo "clients/python: tests on $1" >&2
  (cd "$HERE" && PYTHONDONTWRITEBYTECODE=1 "$PY" -m pytest -p no:cacheprovider -q tests)
}
TEST_DATABASE_URL= run_tests sqlite
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  run_tests postgresql
fi

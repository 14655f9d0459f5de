#!/usr/bin/env bash
# Generates the Python SDK (the package grantdesk_client/ and pyproject.toml) from
# openapi/openapi.json with the pinned openapi-python-client (requirements-gen.txt), amounts as
# decimal.Decimal (generator/). Usage: clients/python/generate.sh [OUT_DIR]; OUT_DIR defaults to
# clients/python itself. Only grantdesk_client/ and pyproject.toml are written there (the
# generator's own README is dropped); grantdesk_sdk_extras/, tests/ and README.md are
# hand-written and left alone. Commit the result: check_generated.sh (run by ci.sh) fails when
# what is committed differs from what this makes from the current openapi.json.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(mkdir -p "${1:-$HERE}" && cd "${1:-$HERE}" && pwd)"
SPEC="$HERE/../../openapi/openapi.json"
# shellcheck source=venv.sh
source "$HERE/venv.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The generator formats its output with ruff, which it looks up on PATH: the venv's pinned one.
if ! (cd "$HERE" && PATH="$VENV/bin:$PATH" "$PY" generator/generate.py generate \
      --path "$SPEC" --config config.yaml --custom-template-path generator/templates \
      --meta poetry --output-path "$work/out" --overwrite >"$work/log" 2>&1); then
  cat "$work/log" >&2
  echo "clients/python/generate.sh: openapi-python-client failed" >&2
  exit 1
fi
# Print what the generator warns about (endpoints or responses it skipped), if anything.
if [ "$(grep -cv '^Generating ' "$work/log" || true)" != 0 ]; then
  grep -v '^Generating ' "$work/log" >&2
fi

rm -rf "$OUT/grantdesk_client"
cp -R "$work/out/grantdesk_client" "$OUT/grantdesk_client"
cp "$work/out/pyproject.toml" "$OUT/pyproject.toml"
# The stamp: the SHA-256 of the exact openapi.json bytes this was generated from.
sha256sum "$SPEC" | cut -d' ' -f1 > "$OUT/grantdesk_client/OPENAPI_SHA256"
echo "clients/python: generated grantdesk_client from openapi.json $(cat "$OUT/grantdesk_client/OPENAPI_SHA256")" >&2

#!/usr/bin/env bash
# Fails when the committed SDK (grantdesk_client/, pyproject.toml) is not exactly what
# generate.sh makes from the current openapi/openapi.json: the document changed, or someone
# edited generated code by hand. Fix: run clients/python/generate.sh and commit the result.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
"$HERE/generate.sh" "$fresh" 2>"$fresh.log" || { cat "$fresh.log" >&2; rm -f "$fresh.log"; exit 1; }
# the generator's warnings, if any (not the venv's or the stamp's lines)
grep -v '^clients/python: \(generated\|setting up\)' "$fresh.log" >&2 || true
rm -f "$fresh.log"

spec_sha="$(sha256sum "$HERE/../../openapi/openapi.json" | cut -d' ' -f1)"
committed_sha="$(cat "$HERE/grantdesk_client/OPENAPI_SHA256" 2>/dev/null || echo none)"
if [ "$spec_sha" != "$committed_sha" ]; then
  echo "clients/python: the SDK was generated from openapi.json $committed_sha, the document is now $spec_sha" >&2
fi
status=0
diff -r -u -x __pycache__ "$fresh/grantdesk_client" "$HERE/grantdesk_client" >"$fresh/diff" 2>&1 || status=1
diff -u "$fresh/pyproject.toml" "$HERE/pyproject.toml" >>"$fresh/diff" 2>&1 || status=1
if [ "$status" != 0 ]; then
  head -n 60 "$fresh/diff" >&2
  echo "clients/python: the generated SDK is out of date: regenerate with clients/python/generate.sh and commit it" >&2
  exit 1
fi
echo "clients/python: the generated SDK matches openapi.json ($spec_sha)"

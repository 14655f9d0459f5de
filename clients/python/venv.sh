# Sourced by generate.sh, check_generated.sh and ci.sh: makes sure the SDK's venv exists with
# exactly the pinned requirements, and sets VENV and PY. The venv lives outside the repo, in
# ${GRANTDESK_PY_SDK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/grantdesk-ci/py-sdk}, and is rebuilt
# only when it is missing or requirements-*.txt or the Python version changed.
# Python: $PYTHON if set, else python3 (3.11 or later).

_sdk_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${GRANTDESK_PY_SDK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/grantdesk-ci/py-sdk}"
_python="${PYTHON:-python3}"
if ! "$_python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "clients/python: needs Python 3.11 or later ($_python is $("$_python" --version 2>&1))" >&2
  exit 1
fi
_want="$(cat "$_sdk_dir/requirements-gen.txt" "$_sdk_dir/requirements-test.txt" | sha256sum | cut -d' ' -f1) $("$_python" -c 'import sys; print(sys.version.split()[0])')"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.grantdesk-requirements" 2>/dev/null)" != "$_want" ]; then
  echo "clients/python: setting up the venv in $VENV" >&2
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  "$_python" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r "$_sdk_dir/requirements-gen.txt" -r "$_sdk_dir/requirements-test.txt"
  echo "$_want" > "$VENV/.grantdesk-requirements"
fi
PY="$VENV/bin/python"
unset _sdk_dir _python _want

#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash dev.sh demo   creates .venv, installs the pinned packages, opens the demo application
#   bash dev.sh test   creates .venv, installs the pinned packages, starts PostgreSQL, runs every test
# Extra arguments go to the application or to pytest.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${CALLHANDLER_VENV:-.venv}
PYTHON=${PYTHON:-python3}

say() { echo "dev.sh: $*" >&2; }

need_system_packages() {
  # Qt's offscreen and xcb platforms need these shared libraries on a bare Debian/Ubuntu.
  local missing=()
  for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
  done
  if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then missing+=(python3-venv); fi
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    say "missing system libraries (${missing[*]}); install: libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 python3-venv"
    return 0
  fi
  local SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  say "installing system libraries Qt needs (${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
    libdbus-1-3 libglib2.0-0 fonts-dejavu-core python3-venv >&2
}

make_venv() {
  need_system_packages
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade "pip>=24" >&2
  say "installing pinned packages (constraints.txt)"
  "$VENV/bin/python" -m pip install -q -c constraints.txt -e ".[test]" >&2
}

case "${1:-}" in
  demo)
    shift
    make_venv
    exec "$VENV/bin/callhandler" --demo "$@"
    ;;
  test)
    shift
    make_venv
    if [ -z "${CALLHANDLER_TEST_PG:-}" ]; then
      if url=$(bash scripts/start-postgres.sh); then
        export CALLHANDLER_TEST_PG="$url"
      else
        say "PostgreSQL could not be started: the PostgreSQL half of the suite will not run"
      fi
    fi
    "$VENV/bin/ruff" check callhandler ui tests
    "$VENV/bin/mypy" callhandler
    exec "$VENV/bin/pytest" "$@"
    ;;
  *)
    echo "usage: bash dev.sh demo|test [args...]" >&2
    exit 2
    ;;
esac

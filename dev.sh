#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash dev.sh demo   creates .venv, installs the pinned packages, opens the demo application
#   bash dev.sh test   creates .venv, installs the pinned packages, starts PostgreSQL, runs every test
# Both install the system libraries Qt needs for a real display (found with ldd) when run as
# root, and name the missing Debian packages otherwise.
# Extra arguments go to the application or to pytest.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${CALLHANDLER_VENV:-.venv}
PYTHON=${PYTHON:-python3}

say() { echo "dev.sh: $*" >&2; }

SUDO=""
can_install() {
  # root, or sudo without a password prompt; anyone else is told what to install
  if [ "$(id -u)" = 0 ]; then SUDO=""; return 0; fi
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=sudo; return 0; fi
  return 1
}

apt_updated=""
apt_update_once() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq >&2; apt_updated=1; fi
}
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt_update_once
  $SUDO apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "$@" >&2
}

need_python_venv() {
  "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1 && return 0
  if ! can_install; then
    say "Python cannot make a virtual environment: install it with: sudo apt-get install python3-venv"
    exit 1
  fi
  say "installing python3-venv"
  apt_install python3-venv
}

# Qt's modules and plugins this application loads: the offscreen platform (tests) and the
# xcb platform (a real X display) with its GL integrations. ldd lists every shared library
# they need, also those of the libraries they need; anything "not found" is missing.
qt_binaries() {
  "$VENV/bin/python" - <<'PY'
import importlib.util, pathlib
pkg = pathlib.Path(importlib.util.find_spec("PySide6").origin).parent
plugins = pkg / "Qt" / "plugins"
files = [pkg / f"Qt{m}.abi3.so" for m in ("Core", "Gui", "Widgets", "PrintSupport", "Charts")]
files += [plugins / "platforms" / "libqxcb.so", plugins / "platforms" / "libqoffscreen.so"]
files += sorted((plugins / "xcbglintegrations").glob("*.so"))
print("\n".join(str(f) for f in files if f.exists()))
PY
}

missing_sonames() {
  qt_binaries | while read -r binary; do
    ldd "$binary" 2>/dev/null | awk '/=> not found/ {print $1}'
  done | sort -u
}

# Debian/Ubuntu packages that may hold a shared library, most likely first.
candidate_packages() {
  local soname=$1
  if command -v apt-file >/dev/null; then  # only when its index is already there
    apt-file -l search -x "/${soname//./\\.}\$" 2>/dev/null | head -3
  fi
  case "$soname" in  # names the rule below gets wrong
    libglib-2.0.so.0 | libgthread-2.0.so.0 | libgobject-2.0.so.0) echo libglib2.0-0t64 libglib2.0-0 ;;
    libEGL.so.1) echo libegl1 ;;
    libGL.so.1) echo libgl1 ;;
    libOpenGL.so.0) echo libopengl0 ;;
    libGLX.so.0) echo libglx0 ;;
  esac
  # Debian's rule: libfoo.so.N is in libfooN, or libfoo-N when foo ends in a digit
  # (libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0).
  local stem=${soname%%.so.*} version=${soname##*.so.}
  version=${version%%.*}
  stem=$(echo "$stem" | tr '[:upper:]' '[:lower:]')
  if [[ "$stem" =~ [0-9]$ ]]; then echo "$stem-$version" "$stem-${version}t64"; else echo "$stem$version" "$stem${version}t64"; fi
}

# The first candidate apt can install, or (without package lists) the first guess.
package_for() {
  local first="" pkg
  for pkg in $(candidate_packages "$1"); do
    [ -n "$first" ] || first=$pkg
    if apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [^(]'; then echo "$pkg"; return; fi
  done
  echo "$first"
}

need_qt_system_libraries() {
  local sonames packages=() soname
  sonames=$(missing_sonames)
  local fonts=""
  if ! compgen -G "/usr/share/fonts/*/*" >/dev/null; then fonts=fonts-dejavu-core; fi
  if [ -z "$sonames" ] && [ -z "$fonts" ]; then return 0; fi
  if can_install; then apt_update_once; fi  # so that apt knows which names exist
  for soname in $sonames; do packages+=("$(package_for "$soname")"); done
  [ -z "$fonts" ] || packages+=("$fonts")
  mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
  if ! can_install; then
    say "Qt cannot open a window: these shared libraries are missing: ${sonames//$'\n'/ }${fonts:+ (and no fonts)}"
    say "install them with: sudo apt-get install ${packages[*]}"
    return 0
  fi
  say "installing the system libraries Qt needs (${sonames//$'\n'/ }${fonts:+, fonts}): ${packages[*]}"
  apt_install "${packages[@]}"
  sonames=$(missing_sonames)
  if [ -n "$sonames" ]; then
    say "still missing after installing ${packages[*]}: ${sonames//$'\n'/ }; find their package with: apt-file search LIBRARY"
  fi
}

make_venv() {
  need_python_venv
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade "pip>=24" >&2
  say "installing pinned packages (constraints.txt)"
  "$VENV/bin/python" -m pip install -q -c constraints.txt -e ".[test,synthetic]" >&2
  # The window's translations (.qm) are built from the .ts files, never committed.
  "$VENV/bin/python" scripts/translations.py build >/dev/null
  need_qt_system_libraries
}

case "${1:-}" in
  demo)
    shift
    make_venv
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
      say "no display: DISPLAY and WAYLAND_DISPLAY are not set. Run this in a desktop session," \
        "or under a virtual one: xvfb-run -s '-screen 0 1366x768x24' bash dev.sh demo"
      exit 1
    fi
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
    "$VENV/bin/mypy"  # callhandler and ui, strict (pyproject.toml [tool.mypy])
    exec "$VENV/bin/pytest" "$@"
    ;;
  system)
    # Only the system packages Qt needs, for the environment CALLHANDLER_VENV names
    # (scripts/build-workstation.sh uses it for its build environment).
    need_qt_system_libraries
    ;;
  *)
    echo "usage: bash dev.sh demo|test [args...]" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Build the self-contained Linux workstation build and its Debian package from a commit:
#   bash scripts/build-workstation.sh [REVISION]        (default HEAD)
# Out (under build/workstation/):
#   dist/callhandler/            the frozen build: ./callhandler runs with no Python installed
#   callhandler_<version>_<arch>.deb   it, under /opt/callhandler, with a menu entry and icon
#   build-info.txt               revision, size, Depends
# Then: bash scripts/smoke-frozen.sh   (the real-window test against the build).
# PyInstaller, one folder (see README, "Installing on workstations", for why). The build
# bundles the libraries it finds on this machine: build on the oldest Debian/Ubuntu release
# the workstations run (glibc is only ever backward compatible).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
REVISION=${1:-HEAD}
OUT=$REPO/build/workstation
PYTHON=${PYTHON:-python3}
say() { echo "build-workstation: $*" >&2; }
started=$(date +%s)

# --- the source: exactly one commit, never whatever else the working tree holds --------------
commit=$(git rev-parse --short=12 "$REVISION^{commit}")
if [ "$REVISION" = HEAD ] && [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  say "the working tree has uncommitted changes; they are NOT in this build (it is $commit)"
fi
rm -rf "$OUT/src" "$OUT/wheel" "$OUT/dist" "$OUT/work" "$OUT/icons"
mkdir -p "$OUT/src"
git archive "$commit" | tar -x -C "$OUT/src"
SRC=$OUT/src
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$SRC/callhandler/__init__.py")
deb_version="$version+git$commit"
say "building callhandler $version from $commit"

# --- a build environment of its own: the wheel and the pinned packages, plus PyInstaller ----
if [ ! -x "$OUT/venv/bin/python" ]; then
  "$PYTHON" -m venv "$OUT/venv" || {
    say "cannot make a virtual environment: sudo apt-get install python3-venv"
    exit 1
  }
fi
pip() { "$OUT/venv/bin/python" -m pip -q "$@"; }
pip install --upgrade "pip>=24"
# PySide6-Essentials brings pyside6-lrelease: the wheel's build step compiles the .ts files.
pip install -c "$SRC/constraints.txt" setuptools wheel PySide6-Essentials
(cd "$SRC" && "$OUT/venv/bin/python" -m pip wheel -q --no-deps --no-build-isolation -w "$OUT/wheel" .)
wheel=$(ls "$OUT"/wheel/callhandler-*.whl)
"$OUT/venv/bin/python" - "$wheel" "$SRC"/resources/translations/callhandler_*.ts <<'PY' || exit 1
import sys, zipfile
from pathlib import Path
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
for ts in map(Path, sys.argv[2:]):
    qm = f"callhandler/resources/translations/{ts.stem}.qm"
    if qm not in names:
        sys.exit(f"build-workstation: the wheel has no {qm}: the translation build step failed")
PY
# The synthetic extra (faker) is only for --demo, which scripts/smoke-frozen.sh starts; a
# force's production build leaves it out: CALLHANDLER_BUILD_EXTRAS=build.
pip install -c "$SRC/constraints.txt" "$wheel[${CALLHANDLER_BUILD_EXTRAS:-build,synthetic}]"
pip install --force-reinstall --no-deps "$wheel"  # same version number, new code

# PyInstaller copies Qt's xcb libraries from this machine into the build: they must be here.
CALLHANDLER_VENV=$OUT/venv bash "$SRC/dev.sh" system
if ! command -v objdump >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq binutils >&2; else
    say "objdump is missing (it reads the C library version the package needs): sudo apt-get install binutils"
    exit 1
  fi
fi

# --- freeze ---------------------------------------------------------------------------------
"$OUT/venv/bin/python" "$SRC/scripts/render_icon.py" "$OUT/icons"
(cd "$SRC" && CALLHANDLER_ICONS=$OUT/icons "$OUT/venv/bin/pyinstaller" --noconfirm --clean \
  --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" packaging/callhandler.spec) \
  2> >(grep -v -e 'Hidden import' -e 'required via ctypes not found' -e 'is not a package' \
    -e "dependency of '.*libqgtk3.so'" >&2)
frozen=$OUT/dist/callhandler
"$frozen/callhandler" --version >/dev/null || {
  say "the frozen build does not run: $frozen/callhandler --version failed"
  exit 1
}
frozen_seconds=$(($(date +%s) - started))

# --- the Debian package ---------------------------------------------------------------------
deb=$(bash "$SRC/packaging/linux/make-deb.sh" "$frozen" "$OUT/icons" "$OUT" "$deb_version")
{
  echo "revision:      $commit"
  echo "version:       $deb_version"
  echo "frozen build:  $frozen ($(du -sh "$frozen" | cut -f1), $(find "$frozen" -type f | wc -l) files)"
  echo "package:       $deb ($(du -h "$deb" | cut -f1))"
  dpkg-deb -f "$deb" Depends | sed 's/^/depends:       /'
  echo "build time:    ${frozen_seconds} s to the frozen build, $(($(date +%s) - started)) s with the package"
} | tee "$OUT/build-info.txt" >&2
say "smoke-test it: bash scripts/smoke-frozen.sh"

#!/usr/bin/env bash
# Smoke-test the frozen build the way a workstation runs it:
#   bash scripts/smoke-frozen.sh [DIST]       (default build/workstation/dist/callhandler)
# 1. copies it out of the repository and, as root, runs it in a private mount namespace in
#    which no Python installation and no checkout can be seen (so it cannot lean on one);
# 2. runs tests/e2e/test_real_window.py, of the revision the build was made from, against
#    it: Xvfb and Qt's xcb platform, sign in by key presses, a look-up, a screenshot, and
#    `callhandler assess`;
# 3. times the start: launch to the sign-in window, the first time (it makes the demo
#    database) and again, beside the development install (.venv) for comparison.
# Results in build/workstation/smoke/ (screenshot, timings).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT=$REPO/build/workstation
DIST=$(cd "${1:-$OUT/dist/callhandler}" && pwd)
SRC=$OUT/src
[ -d "$SRC/tests" ] || SRC=$REPO  # a build folder given by hand: test with this checkout
VENV=$REPO/${CALLHANDLER_VENV:-.venv}  # pytest and its plug-ins run the test, not the build
RESULTS=$OUT/smoke
say() { echo "smoke-frozen: $*" >&2; }

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  [ "$(id -u)" = 0 ] || { say "needs Xvfb and xdotool: sudo apt-get install xvfb xdotool"; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xdotool >&2
fi
[ -x "$VENV/bin/python" ] || { say "no $VENV: run bash dev.sh test once (it makes it)"; exit 1; }

work=$(mktemp -d /tmp/callhandler-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -a "$DIST" "$work/callhandler"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# --- a workstation without Python: hide every Python installation and this checkout --------
hidden=("$REPO")
for d in /usr/lib/python3* /usr/local/lib/python3* /opt/python* "$HOME/.pyenv" \
  "$("$VENV/bin/python" -c 'import sys; print(sys.base_prefix)')"; do
  case $d in /usr | /usr/local | /) continue ;; esac
  for h in "${hidden[@]}"; do [[ $d == "$h" || $d == "$h"/* ]] && continue 2; done
  [ -d "$d" ] && hidden+=("$d")
done
cat > "$work/run" <<EOF
#!/bin/sh
# The frozen build, with ${hidden[*]} hidden (empty folders mounted over them).
exec unshare --mount --propagation private sh -c '
  for d in ${hidden[*]}; do mount -t tmpfs none "\$d"; done
  exec "\$0" "\$@"' "$work/callhandler/callhandler" "\$@"
EOF
chmod +x "$work/run"
command=$work/run
if [ "$(id -u)" != 0 ] || ! "$work/run" --version >/dev/null 2>&1; then
  say "cannot make a private mount namespace here (needs root): the build runs with Python visible"
  command=$work/callhandler/callhandler
elif unshare --mount --propagation private sh -c \
  "for d in ${hidden[*]}; do mount -t tmpfs none \"\$d\"; done; python3 -c pass" 2>/dev/null; then
  say "a Python is still usable with ${hidden[*]} hidden; the test goes on, but not in isolation"
else
  say "the build runs where no Python can start (hidden: ${hidden[*]})"
fi

# --- the real-window test, of the build's own revision --------------------------------------
say "tests/e2e/test_real_window.py against $command"
(cd "$SRC" && env PYTHONPATH="$SRC" CALLHANDLER_SMOKE_COMMAND="$command" \
  CALLHANDLER_REQUIRE_REAL_WINDOW=1 CALLHANDLER_SMOKE_ARTEFACTS="$RESULTS" \
  "$VENV/bin/python" -m pytest -p no:cacheprovider -q tests/e2e/test_real_window.py)

# --- start-up time: launch to a visible sign-in window --------------------------------------
read -r display < <(
  Xvfb -displayfd 1 -screen 0 1366x768x24 -nolisten tcp 2>"$work/xvfb.log" &
  echo $! >"$work/xvfb.pid"
)
trap 'kill "$(cat "$work/xvfb.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT
seconds_to_sign_in() {  # COMMAND DATA-DIR: prints the seconds, or fails after 180 s
  local start=$EPOCHREALTIME pid found=""
  mkdir -p "$work/home" "$work/runtime" && chmod 0700 "$work/runtime"
  env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" \
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$1" --demo --data-dir "$2" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    if DISPLAY=":$display" xdotool search --onlyvisible --name '^Sign in' >/dev/null 2>&1; then
      found=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.2f", b - a}')
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$found" ] || { say "$1 showed no sign-in window"; return 1; }
  echo "$found"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
measure() {  # LABEL COMMAND
  local data=$work/data-$1 first warm=()
  first=$(seconds_to_sign_in "$2" "$data")
  for _ in 1 2 3; do warm+=("$(seconds_to_sign_in "$2" "$data")"); done
  printf '%-28s first start %6s s   again (median of 3) %6s s   [%s]\n' \
    "$1" "$first" "$(median "${warm[@]}")" "${warm[*]}"
}
{
  echo "launch to a visible sign-in window (Xvfb, xcb); the first start makes the demo database"
  measure "frozen build" "$command"
  measure "development install (.venv)" "$VENV/bin/callhandler"
  echo "frozen build size: $(du -sh "$DIST" | cut -f1) ($(du -sb "$DIST" | cut -f1) bytes)"
} | tee "$RESULTS/startup.txt"
say "screenshot: $RESULTS/real-window.png; timings: $RESULTS/timings.json, $RESULTS/startup.txt"

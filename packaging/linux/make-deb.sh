#!/usr/bin/env bash
# Wrap the frozen build in a Debian package:
#   bash packaging/linux/make-deb.sh DIST ICONS OUT VERSION
# DIST is PyInstaller's folder (callhandler + _internal/), ICONS holds the PNGs
# scripts/render_icon.py made. Installs to /opt/callhandler with /usr/bin/callhandler, a
# desktop entry and the icon. Depends is worked out from the libraries the build needs
# from the system (ldd, then dpkg -S on this machine), as dpkg-shlibdeps would.
set -euo pipefail
DIST=$(cd "$1" && pwd)
ICONS=$(cd "$2" && pwd)
OUT=$(mkdir -p "$3" && cd "$3" && pwd)
VERSION=$4
HERE=$(cd "$(dirname "$0")" && pwd)
ARCH=$(dpkg --print-architecture)
say() { echo "make-deb: $*" >&2; }

# --- which system packages the bundle needs ------------------------------------------------
elf_files() { find "$DIST" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$DIST/callhandler" \); }
bundle_path="$DIST/_internal:$DIST/_internal/PySide6/Qt/lib"
mapfile -t system_libraries < <(
  elf_files | while read -r f; do LD_LIBRARY_PATH=$bundle_path ldd "$f" 2>/dev/null || true; done |
    awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$DIST/" | sort -u
)
owner() {  # the package holding a library; dpkg knows /lib or /usr/lib (merged /usr)
  local path=$1 alt
  case $path in /usr/lib/*) alt=${path#/usr} ;; /lib/*) alt=/usr$path ;; *) alt=$path ;; esac
  dpkg -S "$path" 2>/dev/null || dpkg -S "$alt" 2>/dev/null || true
}
mapfile -t packages < <(
  for lib in "${system_libraries[@]}"; do owner "$lib"; done | cut -d: -f1 | sort -u
)
# The oldest C library that has every symbol version the bundle asks for.
glibc=$(elf_files | xargs objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' |
  sort -uV | tail -1)
depends=""
for p in "${packages[@]}"; do
  [ "$p" = libc6 ] && p="libc6 (>= $glibc)"
  depends+="${depends:+, }$p"
done
# The bundle brings its own fontconfig, which reads the system's configuration and fonts.
depends+=", fontconfig-config, fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf"
unresolved=$(elf_files | while read -r f; do LD_LIBRARY_PATH=$bundle_path ldd "$f" 2>/dev/null || true; done |
  awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
[ -z "$unresolved" ] || say "not on this machine, so not in Depends (Qt's Wayland plugins need them on a Wayland desktop): $unresolved"

# --- the package tree ---------------------------------------------------------------------
ROOT=$(mktemp -d)
chmod 0755 "$ROOT"
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications"
cp -a "$DIST" "$ROOT/opt/callhandler"
ln -s /opt/callhandler/callhandler "$ROOT/usr/bin/callhandler"
install -m 0644 "$HERE/callhandler.desktop" "$ROOT/usr/share/applications/callhandler.desktop"
for png in "$ICONS"/callhandler-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 0644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/callhandler.png"
done
install -D -m 0644 "$HERE/../icons/callhandler.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/callhandler.svg"
installed_kb=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: callhandler
Version: $VERSION
Architecture: $ARCH
Maintainer: callhandler project <callhandler@invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: libwayland-cursor0, libwayland-egl1
Section: misc
Priority: optional
Description: Control-room workstation for domestic-abuse calls
 Previous calls as the number is typed, the triage scripts, a recommended
 grade that says why, closure and inspector sign-off. Self-contained: it
 brings its own Python and Qt and needs no Python on the workstation.
CONTROL
# Refresh the menus and icon cache where the tools exist (they do on a desktop).
cat > "$ROOT/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q /usr/share/icons/hicolor || true; fi
SCRIPT
cp "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"
chmod 0755 "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"

deb="$OUT/callhandler_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$ROOT" "$deb" >&2
say "built $deb ($(du -h "$deb" | cut -f1)); Depends: $depends"
echo "$deb"

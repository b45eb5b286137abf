#!/bin/sh
# Install the few Debian/Ubuntu libraries Qt needs, only those missing.
#   app  - what the Qt platform plugins load (offscreen and xcb windows)
#   test - the same plus Xvfb and xdotool (the real-window smoke test),
#          desktop-file-utils (the desktop entry is validated) and PostgreSQL (the
#          database tests run on a throw-away local cluster too, see with-postgresql.sh)
# Does nothing on systems without dpkg/apt (macOS, Windows, other distributions).
set -eu
MODE="${1:-app}"
PACKAGES="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"
if [ "$MODE" = "test" ]; then
    PACKAGES="$PACKAGES xvfb xauth xdotool desktop-file-utils postgresql"
fi
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    exit 0
fi
MISSING=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) MISSING="$MISSING $pkg" ;;
    esac
done
[ -z "$MISSING" ] && exit 0
echo "Installing Debian packages:$MISSING"
if [ "$(id -u)" = "0" ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "Not root and no sudo: please install these packages, then run make again:$MISSING" >&2
    exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $MISSING

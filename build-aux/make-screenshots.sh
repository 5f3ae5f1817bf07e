#!/usr/bin/env bash
# build-aux/make-screenshots.sh [BUILDDIR]: regenerates the README's and the metainfo's
# screenshots, data/screenshots/{mentor-dashboard,my-onboarding,hr-overview}.png, from the
# real windows on today's demo data (a mentor with two mentees, a new employee in week 3,
# the HR administrator), 1100 × 720, in English, with the app's style sheet. Uses the
# build's tests/a11y/mp-screenshots under Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-_build}
[ -f "$build/build.ninja" ] || meson setup "$build"
ninja -C "$build" tests/a11y/mp-screenshots

run=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "No display, and xvfb-run is missing (Debian: xvfb)" >&2; exit 1; }
  run=(xvfb-run -a -s '-screen 0 1280x900x24')
fi

# The window's own size: 1110 × 730 leaves 1100 × 720 once GTK takes its shadow margin.
env -u LANGUAGE LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_AT_BRIDGE=1 GTK_A11Y=none GSK_RENDERER=cairo \
  GSETTINGS_SCHEMA_DIR="$PWD/$build/data" \
  "${run[@]}" "$build/tests/a11y/mp-screenshots" --width=1110 --height=730 "$PWD/data/screenshots"

ls -l data/screenshots/*.png

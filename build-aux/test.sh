#!/usr/bin/env bash
# build-aux/test.sh: install what is missing (with Xvfb), build afresh, run every test suite
# under Xvfb, then build again with AddressSanitizer and UndefinedBehaviorSanitizer and run
# the model suite there. Exits non-zero on any failure, and when CI is set, on any skipped
# ui test (a skipped UI test is a test that did not run).
set -euo pipefail
cd "$(dirname "$0")/.."

. build-aux/deps.sh
mp_install_packages xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-icalendar poppler-utils \
  libclang-rt-14-dev clang

build=_build-test
asan=_build-asan
rm -rf "$build" "$asan"

export TZ=UTC
status=0

echo "== build"
meson setup "$build" --buildtype=debugoptimized -Dwerror=true
ninja -C "$build"

echo "== all suites (under Xvfb)"
# A session bus of its own (GTK asks it for settings), a virtual X display for the ui suite.
dbus-run-session -- xvfb-run -a -s '-screen 0 1280x900x24' \
  meson test -C "$build" --print-errorlogs --num-processes 2 || status=1

echo "== install into a staging folder"
build-aux/check-install.sh "$build" || status=1

echo "== model and report suites with AddressSanitizer and UndefinedBehaviorSanitizer"
meson setup "$asan" --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false
ninja -C "$asan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
LSAN_OPTIONS="suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  meson test -C "$asan" --suite model --suite report --print-errorlogs --num-processes 2 --timeout-multiplier 4 || status=1

# One closing line for both runs, and the CI rule on skipped ui tests.
python3 build-aux/test-summary.py "$build" "$asan" || status=1

exit $status

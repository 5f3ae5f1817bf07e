#!/usr/bin/env bash
# build-aux/test.sh: install what is missing (with Xvfb), build afresh, run every test suite
# under Xvfb, then build again with AddressSanitizer and UndefinedBehaviorSanitizer and run
# the model suite there, then run each fuzzer for 60 seconds (clang, both sanitizers). Exits non-zero on any failure, and when CI is set, on any skipped
# ui test (a skipped UI test is a test that did not run).
set -euo pipefail
cd "$(dirname "$0")/.."

. build-aux/deps.sh
mp_install_packages xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-icalendar poppler-utils \
  libclang-rt-14-dev clang python3-pyatspi locales

# The a11y suite's Spanish test reads month and day names from the es_ES.UTF-8 locale.
if ! locale -a 2>/dev/null | grep -qix 'es_ES.utf-\?8'; then
  if [ "$(id -u)" -eq 0 ]; then localedef -i es_ES -c -f UTF-8 es_ES.UTF-8; else sudo localedef -i es_ES -c -f UTF-8 es_ES.UTF-8; fi
fi

build=_build-test
asan=_build-asan
fuzz=_build-fuzz
rm -rf "$build" "$asan" "$fuzz"

export TZ=UTC
status=0

echo "== build"
meson setup "$build" --buildtype=debugoptimized -Dwerror=true
ninja -C "$build"

echo "== all suites (under Xvfb)"
# A session bus of its own (GTK asks it for settings), a virtual X display for the ui suite.
# -noreset: without it Xvfb resets when its last client leaves, and an app connecting then
# can be refused: a likely cause of the "cannot open display" seen twice between two apps
# of an a11y test (tests/a11y/mpa11y.py starts the app once more when it happens).
dbus-run-session -- xvfb-run -a -s '-screen 0 1280x900x24 -noreset' \
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

echo "== fuzzing: the JSON import and opening a database, 60 s each (clang, ASan, UBSan)"
# New inputs go to $fuzz/corpus-TARGET. A crash is written to $fuzz/crash-TARGET-*: fix its
# cause, then keep the input in tests/fuzz/crashes/TARGET/, which the model suite replays.
CC=clang meson setup "$fuzz" --buildtype=debugoptimized -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
ninja -C "$fuzz" tests/fuzz/fuzz-json-import tests/fuzz/fuzz-open-database
for target in json-import open-database; do
  mkdir -p "$fuzz/corpus-$target"
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
     LSAN_OPTIONS="suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0" \
     UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
       "$fuzz/tests/fuzz/fuzz-$target" -max_total_time=60 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
         -artifact_prefix="$fuzz/crash-$target-" "$fuzz/corpus-$target" "tests/fuzz/corpus/$target" \
         > "$fuzz/fuzz-$target.log" 2>&1; then
    tail -n 12 "$fuzz/fuzz-$target.log"
  else
    tail -n 80 "$fuzz/fuzz-$target.log"
    echo "fuzz-$target failed; its input: $(ls "$fuzz"/crash-"$target"-* 2>/dev/null || echo none)"
    status=1
  fi
done

# One closing line for both runs, and the CI rule on skipped ui tests.
python3 build-aux/test-summary.py "$build" "$asan" || status=1

exit $status

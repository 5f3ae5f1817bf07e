#!/bin/sh
# tests/a11y/run-test.sh SCRIPT [TEST...]: runs an a11y test with Debian's Python (which has
# python3-pyatspi) on a D-Bus session bus of its own, so that its accessibility bus and the
# app's D-Bus name are its own too. Started inside the X display (xvfb-run) so that the
# accessibility registry, started on that bus, can send the keys the test presses.
# Exits 77 (skipped) without a display or without dbus-run-session.
if [ -z "$DISPLAY" ] && [ -z "$WAYLAND_DISPLAY" ]; then
  echo "SKIP: no display (build-aux/test.sh runs the tests under xvfb-run)" >&2
  exit 77
fi
if ! command -v dbus-run-session >/dev/null 2>&1; then
  echo "SKIP: dbus-run-session is missing (Debian: dbus)" >&2
  exit 77
fi
exec dbus-run-session -- /usr/bin/python3 "$@"

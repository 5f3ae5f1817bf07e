#!/usr/bin/env bash
# build-aux/run.sh: install what is missing, build in _build, and start Mentoring from the
# build tree. Arguments go to the app: build-aux/run.sh --demo --hr
set -euo pipefail
cd "$(dirname "$0")/.."

. build-aux/deps.sh
mp_install_packages

[ -f _build/build.ninja ] || meson setup _build
ninja -C _build

# Run uninstalled: the schema compiled into the build tree, translations from it too.
export MENTORING_LOCALEDIR="$PWD/_build/po"
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec ./_build/src/mentoring "$@"

#!/usr/bin/env bash
# build-aux/check-install.sh BUILDDIR: install into a staging folder and check that every
# installed piece is there and the installed binary starts (no display needed for --version).
set -euo pipefail
build=$1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

DESTDIR="$stage" meson install -C "$build" --no-rebuild --quiet
prefix=$(meson introspect "$build" --buildoptions | python3 -c \
  'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$stage$prefix"
id=com.alliancelibrarysystem.Mentoring
missing=0
for f in bin/mentoring \
         share/applications/$id.desktop \
         share/metainfo/$id.metainfo.xml \
         share/glib-2.0/schemas/$id.gschema.xml \
         share/icons/hicolor/scalable/apps/$id.svg \
         share/icons/hicolor/symbolic/apps/$id-symbolic.svg \
         share/locale/es/LC_MESSAGES/mentoring.mo; do
  if [ ! -s "$root/$f" ]; then echo "not installed: $f" >&2; missing=1; fi
done
[ $missing -eq 0 ]
version=$("$root/bin/mentoring" --version)
[ "$version" = "mentoring $(meson introspect "$build" --projectinfo | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')" ]
grep -q '^Actions=mentor-dashboard;onboarding;hr-overview;' "$root/share/applications/$id.desktop"
echo "install: ok ($version)"

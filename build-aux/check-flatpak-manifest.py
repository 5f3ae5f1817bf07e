#!/usr/bin/env python3
"""Keep the Flatpak manifest consistent with meson.build: same app id (with the
development profile's .Devel suffix), the command meson installs, meson build of this tree,
and libical (the one dependency the GNOME runtime lacks) built with its GLib bindings."""
import json
import re
import sys

manifest_path, meson_path = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding='utf-8') as f:
    manifest = json.load(f)
with open(meson_path, encoding='utf-8') as f:
    meson = f.read()

app_id_base = re.search(r"app_id_base = '([^']+)'", meson).group(1)
executable = re.search(r"executable\('([^']+)'", open(meson_path.replace('meson.build', 'src/meson.build'), encoding='utf-8').read()).group(1)
errors = []
if manifest['id'] != app_id_base + '.Devel':
    errors.append(f"id {manifest['id']} is not {app_id_base}.Devel")
if manifest['command'] != executable:
    errors.append(f"command {manifest['command']} is not the executable {executable}")
last = manifest['modules'][-1]
if last.get('buildsystem') != 'meson' or '-Dprofile=development' not in last.get('config-opts', []):
    errors.append('the last module must build this tree with meson and -Dprofile=development')
names = [m['name'] for m in manifest['modules'] if isinstance(m, dict)]
if 'libical' not in names or '-DICAL_GLIB=true' not in manifest['modules'][names.index('libical')]['config-opts']:
    errors.append('libical must be built with -DICAL_GLIB=true (libical-glib)')
for e in errors:
    print(e, file=sys.stderr)
sys.exit(1 if errors else 0)

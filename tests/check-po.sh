#!/usr/bin/env bash
# tests/check-po.sh SOURCE_ROOT: every source file that marks messages is in po/POTFILES.in,
# and every translation in po/LINGUAS translates every message they mark (extracted as meson's
# "glib" gettext preset does), none of it fuzzy, and msgfmt --check accepts it. Prints what
# is missing and fails otherwise.
set -euo pipefail

root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$work/files"

status=0

# Every source that marks a message is listed, or its messages are never translated.
grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext) ?\(|translatable="yes"' src resources/ui data --include='*.c' \
  --include='*.ui' --include='*.in' | sort > "$work/marking"
sort "$work/files" > "$work/listed"
for file in $(comm -23 "$work/marking" "$work/listed"); do
  echo "$file marks messages but is not in po/POTFILES.in"
  status=1
done
xgettext --package-name=mentoring --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from="$work/files" --output="$work/mentoring.pot"

for lang in $(grep -v '^#' po/LINGUAS); do
  msgfmt --check --output-file=/dev/null "po/$lang.po" || { echo "po/$lang.po: msgfmt --check fails"; status=1; }
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/mentoring.pot" --output-file="$work/$lang.po"
  missing=$(msgattrib --untranslated --no-obsolete --no-wrap "$work/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$work/$lang.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry (msgid "") along with any other.
  [ "$missing" -gt 0 ] && missing=$((missing - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  echo "po/$lang.po: $missing untranslated, $fuzzy fuzzy"
  if [ "$missing" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
    msgattrib --untranslated --no-obsolete --no-wrap "$work/$lang.po" | grep '^msgid ' | grep -v '^msgid ""$' |
      sed 's/^/  untranslated: /' || true
    msgattrib --only-fuzzy --no-obsolete --no-wrap "$work/$lang.po" | grep '^msgid ' | grep -v '^msgid ""$' |
      sed 's/^/  fuzzy: /' || true
    status=1
  fi
done
exit $status

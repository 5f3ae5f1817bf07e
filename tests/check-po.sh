#!/usr/bin/env bash
# tests/check-po.sh SOURCE_ROOT: every translation in po/LINGUAS translates every message the
# sources mark (po/POTFILES.in, extracted as meson's "glib" gettext preset does), none of it
# fuzzy, and msgfmt --check accepts it. Prints what is missing and fails otherwise.
set -euo pipefail

root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' > "$work/files"
xgettext --package-name=mentoring --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from="$work/files" --output="$work/mentoring.pot"

status=0
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

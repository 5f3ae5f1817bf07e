#!/usr/bin/python3
# tests/a11y/test-mnemonics.py: form labels carry mnemonics, and no two collide.
#
# Copyright 2026 The Mentoring authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads every resources/ui/*.ui (no display needed) and checks what the keyboard needs:

- a form field (entry, text view, drop-down, spin button, calendar) with a caption (the
  label in column 0 of its grid row, or the label just before it in a box) has that caption
  as its mnemonic label: use-underline and mnemonic-widget naming the field;
- every field and list has a name for a screen reader: a mnemonic label, a labelled-by
  relation, or an accessible label;
- a mnemonic-widget names an object that exists;
- no mnemonic key is used twice among what shows at once: a dialog as a whole, a window's
  header and each of its pages (labels set in C, such as "S_end to %s", are not seen here),
  in English and in each translation of po/LINGUAS (compiled with msgfmt, read with
  Python's gettext).
"""

import gettext
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FIELDS = {'GtkEntry', 'GtkPasswordEntry', 'GtkTextView', 'GtkDropDown', 'GtkSpinButton', 'GtkCalendar'}
NAMED = FIELDS | {'GtkSearchEntry', 'GtkListView', 'GtkColumnView', 'GtkListBox'}
WRAPPERS = {'GtkScrolledWindow', 'GtkFrame', 'GtkBox'}
TRUE = ('True', 'true', '1', 'yes')


def props(obj):
    return {p.get('name'): (p.text or '') for p in obj.findall('property')}


def child_objects(obj):
    return [c.find('object') for c in obj.findall('child') if c.find('object') is not None]


def field_in(obj, depth=0):
    """The form field obj is, or wraps (a text view in a scrolled window, a calendar in a box)."""
    if obj is None or depth > 3:
        return None
    if obj.get('class') in FIELDS:
        return obj
    if obj.get('class') in WRAPPERS:
        for sub in child_objects(obj):
            found = field_in(sub, depth + 1)
            if found is not None:
                return found
        for prop in obj.findall('property'):
            sub = prop.find('object')
            if prop.get('name') == 'child' and sub is not None:
                found = field_in(sub, depth + 1)
                if found is not None:
                    return found
    return None


def captions(root):
    """(caption label, field) pairs: grid rows, and a label followed by a field in a box."""
    pairs = []
    for grid in root.iter('object'):
        if grid.get('class') == 'GtkGrid':
            cells = {}
            for obj in child_objects(grid):
                layout = obj.find('layout')
                if layout is None:
                    continue
                at = {p.get('name'): int(p.text) for p in layout.findall('property')}
                cells[(at.get('row', 0), at.get('column', 0))] = obj
            for (row, column), obj in cells.items():
                if column == 0 and obj.get('class') == 'GtkLabel' and (row, 1) in cells:
                    field = field_in(cells[(row, 1)])
                    if field is not None:
                        pairs.append((obj, field))
        elif grid.get('class') == 'GtkBox':
            kids = child_objects(grid)
            for label, nxt in zip(kids, kids[1:]):
                if label.get('class') != 'GtkLabel':
                    continue
                if 'mnemonic-widget' not in props(label) and 'heading' not in [
                        c.get('name') for c in label.iter('class')]:
                    continue
                field = field_in(nxt)
                if field is not None:
                    pairs.append((label, field))
    return pairs


def translated(obj, key, translation):
    """The property @key of obj as @translation (None: English) shows it."""
    prop = next((q for q in obj.findall('property') if q.get('name') == key), None)
    if prop is None:
        return ''
    text = prop.text or ''
    if translation is None or prop.get('translatable') not in TRUE:
        return text
    if prop.get('context'):
        return translation.pgettext(prop.get('context'), text)
    return translation.gettext(text)


def mnemonic(obj, translation=None):
    p = props(obj)
    if p.get('use-underline') not in TRUE:
        return None
    for key in ('label', 'title'):
        text = translated(obj, key, translation)
        m = re.search(r'_([^_\s])', text)
        if m:
            return m.group(1).lower(), text
    return None


def groups(root):
    """What shows at once: (where, objects). A window's pages each with what is around them."""
    pages = []

    def collect(node, out, where):
        for child in node:
            if child.tag == 'object' and child.get('class') == 'GtkStackPage':
                out.append(child)   # its title is on the switcher, always shown
                own = []
                page = child.findtext("property[@name='name']") or '?'
                pages.append((f'{where}/{page}', own))
                collect(child, own, f'{where}/{page}')
                continue
            if child.tag == 'object':
                out.append(child)
            collect(child, out, where)

    around = []
    collect(root, around, '')
    if not pages:
        return [('', around)]
    return [(where, around + own) for where, own in pages]


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    name = os.path.basename(path)
    ids = {o.get('id'): o for o in root.iter('object') if o.get('id')}
    ids.update({t.get('class'): t for t in root.iter('template')})

    targets = {}
    for obj in root.iter('object'):
        if obj.get('class') == 'GtkLabel':
            target = props(obj).get('mnemonic-widget')
            if target:
                if target not in ids:
                    problems.append(f'{name}: the label “{props(obj).get("label")}” points at “{target}”, '
                                    'which does not exist')
                targets[target] = obj

    for label, field in captions(root):
        p = props(label)
        text = p.get('label', '')
        if not text.strip():
            continue
        if p.get('use-underline') not in TRUE or p.get('mnemonic-widget') != field.get('id'):
            problems.append(f'{name}: the caption “{text}” of {field.get("class")} “{field.get("id")}” has no '
                            'mnemonic for it (use-underline + mnemonic-widget)')

    for obj in root.iter('object'):
        if obj.get('class') not in NAMED:
            continue
        acc = obj.find('accessibility')
        named = obj.get('id') in targets
        if acc is not None:
            named |= any(p.get('name') == 'label' for p in acc.findall('property'))
            named |= any(r.get('name') == 'labelled-by' for r in acc.findall('relation'))
        if not named:
            problems.append(f'{name}: {obj.get("class")} “{obj.get("id")}” has no name (no mnemonic label, '
                            'no labelled-by, no accessible label)')

    problems.extend(collisions(root, name, None, ''))

    return problems


def collisions(root, name, translation, language):
    problems = []
    for where, objects in groups(root):
        keys = {}
        for obj in objects:
            m = mnemonic(obj, translation)
            if m:
                keys.setdefault(m[0], []).append(m[1])
        for key, labels in sorted(keys.items()):
            if len(labels) > 1:
                problems.append(f'{name}{where}{language}: Alt+{key.upper()} is the mnemonic of {labels}')
    return problems


def translations(srcdir):
    """(language, GNUTranslations) for each language of po/LINGUAS."""
    po_dir = os.path.join(srcdir, '..', '..', 'po')
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as linguas:
        languages = [line.strip() for line in linguas if line.strip() and not line.startswith('#')]
    result = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in languages:
            mo = os.path.join(tmp, language + '.mo')
            subprocess.run(['msgfmt', '-o', mo, os.path.join(po_dir, language + '.po')], check=True)
            with open(mo, 'rb') as f:
                result.append((language, gettext.GNUTranslations(f)))
    return result


def main():
    srcdir = os.environ.get('G_TEST_SRCDIR') or os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(srcdir, '..', '..', 'resources', 'ui', '*.ui')))
    if not files:
        print('no .ui files found', file=sys.stderr)
        return 1
    problems = []
    n_captions = 0
    languages = translations(srcdir)
    for path in files:
        root = ET.parse(path).getroot()
        problems.extend(check_file(path))
        for language, translation in languages:
            problems.extend(collisions(root, os.path.basename(path), translation, f' ({language})'))
        n_captions += len(captions(root))
    print(f'{len(files)} .ui files, {n_captions} captioned fields checked, '
          f'in English and {len(languages)} translation(s)', file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

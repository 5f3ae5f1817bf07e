#!/usr/bin/env python3
# build-aux/program-strings.py: writes src/model/mp-program-strings.c, the built-in program's
# texts (resources/program/als-mentoring-pilot.json) marked for translation, so that xgettext
# finds them; mp_demo_load_program () gives the program in the user's language. Run it after
# changing the program's text; the model suite's test-program fails while they differ.

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAM = os.path.join(ROOT, 'resources', 'program', 'als-mentoring-pilot.json')
OUT = os.path.join(ROOT, 'src', 'model', 'mp-program-strings.c')

# The members whose text is translated (written as _mp_program_translated_members, which
# mp-demo.c follows); a department's name is not (it names the organisation's own unit, and people are put in it by name)
MEMBERS = {'name', 'description', 'mentor_role', 'mentor_responsibility', 'employee_responsibility',
           'mentor_qualities', 'mentor_goals', 'mentor_benefits', 'title', 'summary', 'question',
           'answer', 'ask_whom', 'ask_for'}


def strings(node, member=None, in_department=False, out=None):
    if isinstance(node, str):
        if member in MEMBERS and not (in_department and member == 'name') and node.strip():
            out.append(node)
    elif isinstance(node, list):
        for item in node:
            strings(item, member, in_department, out)
    elif isinstance(node, dict):
        for key, value in node.items():
            strings(value, key, in_department or member == 'departments', out)
    return out


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def main():
    with open(PROGRAM, encoding='utf-8') as f:
        program = json.load(f)
    seen = []
    for text in strings(program, out=[]):
        if text not in seen:
            seen.append(text)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('/* mp-program-strings.c: written by build-aux/program-strings.py from\n'
                ' * resources/program/als-mentoring-pilot.json; do not edit.\n'
                ' *\n'
                ' * SPDX-License-Identifier: GPL-3.0-or-later\n'
                ' */\n\n'
                '#include "config.h"\n\n'
                '#include <glib/gi18n-lib.h>\n\n'
                '#include "mp-model-private.h"\n\n'
                '/* The built-in program\'s texts, for xgettext (translated by mp_demo_load_program ()) */\n'
                'const char * const _mp_program_builtin_strings[] = {\n')
        departments = ', '.join(d['name'] for d in program.get('departments', []))
        for text in seen:
            f.write('  /* Translators: a text of the built-in mentoring program; keep the departments\' names\n'
                    '   * as they are (%s): they are not translated */\n' % departments)
            f.write('  N_(%s),\n' % c_string(text))
        f.write('  NULL\n};\n\n'
                '/* The members whose texts are translated (a department\'s name is not) */\n'
                'const char * const _mp_program_translated_members[] = {\n')
        for member in sorted(MEMBERS):
            f.write('  "%s",\n' % member)
        f.write('  NULL\n};\n')
    print('%d texts in %s' % (len(seen), os.path.relpath(OUT, ROOT)))


if __name__ == '__main__':
    main()

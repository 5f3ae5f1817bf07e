#!/usr/bin/python3
# tests/a11y/test-spanish.py: the app in Spanish, its dates in the user's locale.
#
# Copyright 2026 The Mentoring authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts Mentoring with LANG=es_ES.UTF-8 and LANGUAGE=es (the catalogue from the build
tree) and checks, through AT-SPI, the Spanish window titles and Spanish dates: the names
of months and weekdays come from the C library's es_ES locale data through
g_date_time_format (), so this needs that locale generated (build-aux/test.sh does:
localedef -i es_ES -f UTF-8 es_ES.UTF-8).

The HR overview opens first (the demo's HR administrator is the user); Ctrl+1 opens the
mentor dashboard and Ctrl+2 the onboarding view, from the keyboard. The strings checked
are in po/es.po already; the translator completes the rest.
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from mpa11y import (App, CONTROL, SKIP, check, log, name, press, role, run, text,  # noqa: E402
                    wait_for, walk)

MONTHS_ES = ('enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
             'octubre', 'noviembre', 'diciembre')
WEEKDAYS_ES = ('lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo')
MONTHS_EN = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December')
WEEKDAYS_EN = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')

SPANISH = {'LANG': 'es_ES.UTF-8', 'LC_ALL': '', 'LANGUAGE': 'es', 'TZ': 'UTC'}


def locale_available(wanted='es_ES.utf8'):
    out = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.split()
    return any(loc.lower().replace('-', '') == wanted.lower().replace('-', '') for loc in out)


def words(pattern_words):
    return re.compile(r'\b(' + '|'.join(pattern_words) + r')\b')


def labels(window):
    """What the window writes: its labels and headings, and the pairings table's rows (a row
    draws its texts and is read by its name)."""
    return [text(a) if role(a) in ('label', 'heading') else name(a) for a in walk(window)
            if role(a) in ('label', 'heading', 'table cell')]


# A table's short dates: "15 oct 2026" ("sept" and a trailing dot in some glibc versions).
SHORT_DATE_ES = re.compile(r'\b\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}\b')
SHORT_DATE_EN = re.compile(r'\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b')


def spanish_dates(window, short=False):
    """The labels that write a date with a Spanish month (and no English one)."""
    es = SHORT_DATE_ES if short else words(MONTHS_ES)
    en = SHORT_DATE_EN if short else words(MONTHS_EN + WEEKDAYS_EN)
    return [t for t in labels(window) if es.search(t) and not en.search(t)]


def test_spanish():
    app = App(env=SPANISH).start()
    try:
        hr = app.window('Vista de RR. HH.')
        log(f'  HR window: “{name(hr)}”')

        press('1', CONTROL)
        mentor = app.window('Panel del mentor')
        log(f'  Ctrl+1: “{name(mentor)}”')

        press('2', CONTROL)
        onboarding = app.window('Mi incorporación')
        log(f'  Ctrl+2: “{name(onboarding)}”')

        # The dates in the HR table: "15 oct 2026".
        dated = wait_for('a date in Spanish in the HR overview', lambda: spanish_dates(hr, short=True))
        log(f'  HR overview: “{dated[0]}”')
        app.quit()
    finally:
        app.cleanup()

    # The mentor's own dashboard, with days in words: weekday and month.
    app = App('rlindqvist', env=SPANISH).start()
    try:
        mentor = app.window('Panel del mentor')
        dated = wait_for('a day in Spanish on the mentor dashboard', lambda: spanish_dates(mentor))
        weekday = words(WEEKDAYS_ES)
        with_weekday = [t for t in dated if weekday.search(t)]
        check(with_weekday, f'a weekday in Spanish next to the month, in {dated}')
        log(f'  mentor dashboard: “{with_weekday[0]}”')
        # The program too: the demo made in Spanish holds the built-in program's Spanish text
        # (its phases on the timeline), not English among Spanish words
        phase = wait_for('the program in Spanish on the timeline',
                         lambda: [t for t in labels(mentor) if t.startswith('Meses 1–2: cada dos semanas')])
        log(f'  timeline: “{phase[0]}”')
        check(not [t for t in labels(mentor) if t.startswith('Months 1–2')], 'no phase left in English')
        app.quit()
    finally:
        app.cleanup()


if __name__ == '__main__':
    if not locale_available():
        message = 'the es_ES.UTF-8 locale is not generated (localedef -i es_ES -f UTF-8 es_ES.UTF-8)'
        if os.environ.get('CI'):
            print(message, file=sys.stderr)
            sys.exit(1)
        print('SKIP: ' + message, file=sys.stderr)
        sys.exit(SKIP)
    run(test_spanish)

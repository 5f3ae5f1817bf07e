#!/usr/bin/python3
# tests/a11y/test-tasks.py: each window's main task, done through the accessibility interface.
#
# Copyright 2026 The Mentoring authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""The main task of each window, done as a screen reader user does it: finding controls by
role and name, pressing buttons and menu items with doAction, typing with EditableText,
choosing a day in a calendar with the keyboard. Each checks the result in the database
(opened read-only with sqlite3 after the app quit on Ctrl+Q) or in the file written.

- mentor: Ruth Lindqvist's meeting with Aisha Mensah is overdue; she schedules the next
  one on the day the dashboard suggests, typing its time in the list of times.
- employee: Aisha Mensah raises a concern with a needed-by date picked on the calendar.
- hr: the HR administrator searches for an employee and exports the progress summaries
  of what the search shows to a PDF file (Export Summaries as PDF…, a file chooser).
"""

import datetime
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from mpa11y import (ALT, App, check, click, find, find_all, focused, has_state, log, name,  # noqa: E402
                    press, pyatspi, role, run, select_row, set_text, text, wait_for, walk)

ENGLISH = {'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'en', 'TZ': 'UTC'}


def label_matching(root, pattern):
    rx = re.compile(pattern)
    for acc in walk(root):
        if role(acc) == 'label' and rx.search(text(acc)):
            return acc
    return None


def day_text(day):
    """A day as the app writes it in English: "Monday 30 November"."""
    return f'{day:%A} {day.day} {day:%B}'


# ---- The mentor schedules the next meeting on the suggested day -----------------------

def test_mentor():
    app = App('rlindqvist', env=ENGLISH).start()
    try:
        window = app.window('Mentor Dashboard')
        check(find(window, 'list', name_re='^Mentees'), 'the mentee list is there')

        # The mentee list's mnemonic (Alt+M) puts the focus on Aisha's row, which a screen
        # reader reads by its name: who, and how they are doing (GTK 4.8 names no row).
        press('m', ALT)
        # (whatever had the focus before the key took effect is not the row)
        def focused_row():
            focus = focused(window)
            return focus if focus is not None and role(focus) == 'list item' else None

        row = wait_for('the focus on a mentee', focused_row)
        check(role(row) == 'list item' and name(row).startswith('Aisha Mensah, Overdue by '),
              f'the focused mentee is read as {role(row)} “{name(row)}”')
        log(f'  the focused mentee: {name(row)}')

        reason = wait_for('the suggested day', lambda: label_matching(window, r'Suggested day: .+\.'))
        suggested = re.search(r'Suggested day: (.+)\.$', text(reason)).group(1)
        log(f'  the dashboard says: {text(reason)}')

        before = app.windows()
        click(find(window, 'push button', name_is='Schedule Next Meeting…'))
        dialog = app.new_window(before)
        check(name(dialog) == 'Schedule Next Meeting', f'the dialog is “{name(dialog)}”')

        chosen = wait_for('the chosen day', lambda: label_matching(dialog, r'^Meeting on '))
        when = text(chosen)[len('Meeting on '):]
        check(when.startswith(suggested + ' '),
              f'the dialog opens on the suggested day “{suggested}”, not on “{when}”')
        log(f'  the dialog proposes {when}')

        # The time, from the keyboard: its mnemonic (Alt+T) focuses the list of times, space
        # opens it, typing narrows it to what starts so ("20": 20:00, the last time, never
        # past on the day proposed) and Return chooses the first left.
        # (the button showing the time is pressed while its list is open)
        time_button = find(dialog, 'push button', name_is='Time')
        press('t', ALT)
        press('space')
        wait_for('the list of times to open', lambda: has_state(time_button, pyatspi.STATE_PRESSED))
        search = find(dialog, 'entry', name_is='Search Time')
        press('2')
        press('0')
        wait_for('the search to hold “20”', lambda: text(search) == '20')
        press('Return')
        chosen = wait_for('the time typed', lambda: label_matching(dialog, r'^Meeting on .*, 20:00$'))
        when = text(chosen)[len('Meeting on '):]
        check(when.startswith(suggested + ' '), f'the day is still the suggested one: “{when}”')
        starts = datetime.datetime.strptime(when, '%A %d %B %Y, %H:%M')
        log(f'  and the time typed: {when}')

        click(find(dialog, 'push button', name_is='Save'))
        app.window_gone(dialog)

        # The dashboard shows it at once: no reload.
        wait_for('the new meeting on the dashboard',
                 lambda: label_matching(window, '^' + re.escape(when) + ' — '))
        # And the mentee's row says so to a screen reader too.
        short = starts.strftime('%a %-d %b, %H:%M')
        wait_for(f'the mentee’s row to say “Next: {short}”', lambda: f', Next: {short}' in name(row))
        app.quit()
        app.assert_no_warnings()

        rows = app.query('SELECT m.starts_at, m.status, m.duration_minutes '
                         'FROM meetings m JOIN mentorships s ON s.id = m.mentorship_id '
                         'JOIN people e ON e.id = s.employee_id JOIN people r ON r.id = s.mentor_id '
                         "WHERE e.login = 'amensah' AND r.login = 'rlindqvist' AND m.status = 'scheduled'")
        check(len(rows) == 1, f'one meeting scheduled for Aisha Mensah, found {rows}')
        stored = datetime.datetime.strptime(rows[0][0], '%Y-%m-%dT%H:%M:%SZ')
        check(stored == starts, f'the database holds {stored}, the dialog said {starts} (TZ=UTC)')
        check(rows[0][2] > 0, 'with a duration')
    finally:
        app.cleanup()


# ---- The employee raises a concern with a needed-by date ----------------------------

def test_employee():
    app = App('amensah', env=ENGLISH).start()
    subject = 'Parking permit for the delivery van'
    details = 'Which office issues the permit for the van, and is there a form?'
    today = datetime.date.today()
    needed = today + datetime.timedelta(days=10)
    try:
        window = app.window('My Onboarding')
        sidebar = find(window, 'list', name_is='Sidebar')
        sections = [c for c in sidebar if c is not None and role(c) == 'list item']
        select_row(sidebar, len(sections) - 2)  # "Concerns", before "Feedback"
        find(window, name_is='Raise a Concern or Ask for Input')

        set_text(find(window, 'text', name_is='Subject'), subject)
        set_text(find(window, 'text', name_is='Details'), details)

        # The needed-by day, from the keyboard: its mnemonic (Alt+N) focuses the calendar,
        # the arrows move through the days, space picks one; the label under the calendar
        # (which describes it) says the day picked.
        calendar = find(window, 'filler', name_is='Needed by')
        press('n', ALT)
        wait_for('the calendar to take the focus', lambda: has_state(calendar, pyatspi.STATE_FOCUSED))
        wanted = f'Needed by {day_text(needed)}'
        form = calendar.parent
        for _ in range(62):
            press('Right')
            press('space')
            shown = label_matching(form, r'^Needed by .')
            if shown is not None and text(shown).startswith(wanted):
                break
        else:
            raise AssertionError(f'the calendar never said “{wanted}”')
        log(f'  {text(shown)}')

        send = find(window, 'push button', name_re='^Send to ')
        check(has_state(send, pyatspi.STATE_SENSITIVE), 'the concern can be sent')
        click(send)
        wait_for('the confirmation', lambda: label_matching(window, r'^Sent to Ruth Lindqvist\.'))
        wait_for('the concern in “My concerns”',
                 lambda: find_all(window, pred=lambda a: name(a).startswith(subject)))
        app.quit()
        app.assert_no_warnings()

        # Kept for Ruth and Amara only: sealed for their keys, not in the shared file's bytes
        rows = app.query('SELECT c.subject, c.text, c.needed_by, c.status, length (c.sealed_subject), '
                         'length (c.sealed_text) FROM concerns c '
                         'JOIN mentorships s ON s.id = c.mentorship_id JOIN people e ON e.id = s.employee_id '
                         "WHERE e.login = 'amensah' AND c.needed_by = ?", (needed.isoformat(),))
        check(len(rows) == 1, f'one concern needed by {needed}, found {rows}')
        check(rows[0][0] == 'sealed' and rows[0][1] == '', f'its texts are sealed, not plain: {rows[0][:2]!r}')
        check(rows[0][4] and rows[0][5], f'its subject and details are sealed: {rows[0][4:]!r}')
        check(rows[0][3] == 'open', f'it is open, not {rows[0][3]}')
        for path in app.shared_files():
            with open(path, 'rb') as f:
                data = f.read()
            for secret in (subject, details):
                check(secret.encode() not in data, f'“{secret}” is in {os.path.basename(path)}')
    finally:
        app.cleanup()


# ---- HR searches for an employee and exports the summaries to PDF --------------------

def test_hr():
    app = App(env=ENGLISH).start()
    pdf = os.path.join(app.tmp, 'summaries for the director.pdf')
    try:
        window = app.window('HR Overview')
        table = find(window, 'table', name_is='Pairings')

        def shown_employees():
            # Each row (a table cell, named by the row it holds) is read as its texts, the
            # employee first: "Liam O'Brien, Member Services, Helen Okafor, Start: …".
            rows = [r for r in walk(table) if role(r) == 'table cell' and role(r.parent) == 'table']
            out = []
            for row in rows:
                said = name(row) or next((name(a) for a in walk(row) if role(a) == 'table row'), '')
                if said:
                    out.append(said.split(', ')[0])
            return out

        everyone = wait_for('the pairings', shown_employees)
        check(len(everyone) >= 6, f'the demo has pairings at every stage, the table shows {everyone}')

        search = find(window, pred=lambda a: name(a) == 'Search pairings' and 'EditableText' in
                      pyatspi.listInterfaces(a))
        set_text(search, 'Liam')
        wait_for('the search to narrow the table', lambda: shown_employees() == ["Liam O'Brien"])
        count = label_matching(window, r'\b1\b')
        log(f'  the search shows: {shown_employees()} ({text(count) if count else "no count"})')

        mb = find(window, 'push button', name_is='Import, Export, Print and Closed Days',
                  pred=lambda a: role(a.parent) == 'push button')
        click(mb)
        item = find(mb.parent, 'menu item', name_is='Export Summaries as PDF…')
        before = app.windows()
        click(item)
        chooser = app.new_window(before)
        check(name(chooser) == 'Export Progress Summaries as PDF', f'the file chooser is “{name(chooser)}”')
        set_text(find(chooser, 'text', name_is='Name:'), pdf)
        click(find(chooser, 'push button', name_is='Export'))
        app.window_gone(chooser)

        wait_for('the export to be confirmed',
                 lambda: label_matching(window, r'^Exported 1 progress summary to “summaries for the director\.pdf”'))
        app.quit()
        app.assert_no_warnings()

        with open(pdf, 'rb') as f:
            check(f.read(5) == b'%PDF-', 'a PDF file was written')
        out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout

        rows = app.query('SELECT e.name, r.name, s.start_date FROM mentorships s '
                         'JOIN people e ON e.id = s.employee_id JOIN people r ON r.id = s.mentor_id')
        found = [row for row in rows if row[0] in out]
        check([row[0] for row in found] == ["Liam O'Brien"],
              f'the PDF holds the summary of the pairing searched for, and no other: {[r[0] for r in found]}')
        check(found[0][1] in out, f'with his mentor, {found[0][1]}')
        log(f'  the PDF holds the summary of {found[0][0]} with {found[0][1]}')
    finally:
        app.cleanup()


if __name__ == '__main__':
    if shutil.which('pdftotext') is None:
        log('pdftotext (poppler-utils) is missing')
        sys.exit(1)
    run(test_mentor, test_employee, test_hr)

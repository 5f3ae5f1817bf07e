#!/usr/bin/python3
# tests/a11y/test-names.py: no control without a name, in any window or dialog.
#
# Copyright 2026 The Mentoring authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks every window of Mentoring on the demo database, and every dialog and popover
they open (each opened through AT-SPI: doAction on the button a user would press), and
fails on any focusable or actionable widget a screen reader would announce without a
name: an empty name, GTK 4.8's fallback to the type ("GtkToggleButton"), a mnemonic
underscore read aloud ("_Save") or the same words twice. A row that takes the focus is no
exception: GTK 4.8 names it after nothing inside it, and a screen reader says only its own
name. The exemptions (GTK's own parts inside a named control) are in mpa11y.exemption ().

GTK's own dialogs (file chooser, print dialog) are opened, to prove they open from the
keyboard path, and closed unchecked: what is inside them is GTK's.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from mpa11y import (App, ALT, TestFailure, actions, bad_name, check, children, description,  # noqa: E402
                    click, find, find_all, has_state, log, name, path, press, pyatspi, role,
                    run, select_row, unnamed_controls, wait_for, walk)

# GTK's own dialogs, recognised by what GTK builds in them: their insides are GTK's.
GTK_PARTS = ('GtkFileChooserWidget', 'GtkPrintUnixDialog', 'GtkShortcutsWindow', 'GtkAboutDialog')


def gtk_dialog_kind(dialog):
    """The GTK dialog this is (file chooser, print dialog, shortcuts, about) or None."""
    if name(dialog) in ('Print', 'Keyboard Shortcuts', 'About Mentoring'):
        return name(dialog)
    level = [dialog]
    for _ in range(6):
        for acc in level:
            if name(acc) in GTK_PARTS:
                return name(acc)
        level = [c for acc in level for c in children(acc)]
    return None


class Report:
    def __init__(self, who):
        self.who = who
        self.problems = []
        self.places = 0

    def scan(self, where, root):
        self.places += 1
        for where_in, reason in unnamed_controls(root):
            self.problems.append(f'{self.who} › {where}: {reason}\n      at {where_in}')

    def done(self):
        log(f'{self.who}: {self.places} windows, dialogs, pages and popovers checked')
        if self.problems:
            raise TestFailure(f'{len(self.problems)} controls without a name:\n  ' + '\n  '.join(self.problems))


def button(root, label, **kw):
    return find(root, 'push button', name_is=label, pred=lambda a: 'click' in actions(a), **kw)


def open_dialog(app, control):
    before = app.windows()
    click(control)
    return app.new_window(before)


def close_dialog(app, dialog, labels=('Cancel', 'Close', 'Keep It')):
    for label in labels:
        found = find_all(dialog, 'push button', name_is=label,
                         pred=lambda a: 'click' in actions(a) and has_state(a, pyatspi.STATE_SENSITIVE))
        if found:
            click(found[0])
            break
    else:
        press('Escape')
    app.window_gone(dialog)


def tour_dialog(app, report, where, control, labels=('Cancel', 'Close', 'Keep It'), inside=None):
    dialog = open_dialog(app, control)
    # A message dialog gets its name (its question) once it is up.
    try:
        wait_for('the dialog’s name', lambda: name(dialog).strip(), timeout=3)
    except TestFailure:
        pass
    title = name(dialog)
    kind = gtk_dialog_kind(dialog)
    if bad_name(title) is not None and role(dialog) != 'alert':
        report.problems.append(f'{report.who} › {where}: the window is not named: {bad_name(title)}')
    if kind is not None:
        log(f'  {where}: GTK’s own dialog “{title}” ({kind}) opens and closes')
    else:
        report.scan(f'{where} › dialog “{title}”', dialog)
        if inside is not None:
            inside(dialog)
    close_dialog(app, dialog, labels)


def menu_buttons(root):
    """The buttons GtkMenuButton holds (the focusable push button inside a push button)."""
    return [a for a in walk(root)
            if role(a) == 'push button' and role(a.parent) == 'push button' and 'click' in actions(a)]


def open_popover(menu_button):
    outer = menu_button.parent
    before = len(children(outer))
    click(menu_button)
    return wait_for(f'the popover of {path(menu_button)}',
                    lambda: children(outer)[-1] if len(children(outer)) > before or
                    any(role(c) in ('menu', 'panel', 'filler', 'window') and c != menu_button
                        for c in children(outer)) else None)


def tour_popovers(app, report, where, window, skip=()):
    """Opens each menu button's popover, checks it, closes it with Escape."""
    for mb in menu_buttons(window):
        label = name(mb)
        if label in skip or not has_state(mb, pyatspi.STATE_SENSITIVE):
            continue
        popover = open_popover(mb)
        report.scan(f'{where} › popover of “{label}”', popover)
        press('Escape')


def menu_item(window, menu_label, item_label):
    mb = find(window, 'push button', name_is=menu_label, pred=lambda a: role(a.parent) == 'push button')
    popover = open_popover(mb)
    return find(popover, 'menu item', name_is=item_label)


def tour_main_menu(app, report, where, window):
    dialog_items = (('Keyboard Shortcuts', ('Close',)), ('About Mentoring', ('Close',)))
    for item, labels in dialog_items:
        tour_dialog(app, report, f'{where} › {item}', menu_item(window, 'Main Menu', item), labels)


# ---- Mentor dashboard -----------------------------------------------------------------

def test_mentor_dashboard():
    report = Report('Mentor dashboard (Helen Okafor: before arrival, month 4)')
    app = App('hokafor').start()
    try:
        window = app.window('Mentor Dashboard')
        mentees = find(window, 'list', name_re='^Mentees')
        rows = [c for c in children(mentees) if role(c) == 'list item']
        check(len(rows) == 2, f'Helen mentors 2 people in the demo, the list shows {len(rows)}')
        for i in range(len(rows)):
            select_row(mentees, i)
            name_label = wait_for('the mentee shown', lambda: find_all(window, 'push button',
                                                                       name_re='^Schedule Next Meeting'))
            del name_label
            # (with the rows of her meetings, concerns and introductions, and the mentees)
            report.scan(f'mentee {i + 1}', window)

            tour_dialog(app, report, f'mentee {i + 1}', button(window, 'Schedule Next Meeting…'))
            tour_dialog(app, report, f'mentee {i + 1}', button(window, 'Log a Meeting…'))

            for control in find_all(window, 'push button', name_re='^Move the meeting of '):
                def cancel_inside(dialog):
                    tour_dialog(app, report, 'reschedule', button(dialog, 'Cancel Meeting…'), ('Keep It',))
                tour_dialog(app, report, f'mentee {i + 1} › Reschedule', control, inside=cancel_inside)
            for control in find_all(window, 'push button', name_re='^Cancel the meeting of '):
                tour_dialog(app, report, f'mentee {i + 1} › Cancel', control, ('Keep It',))
            for control in find_all(window, 'push button', name_re='^Remove the introduction'):
                tour_dialog(app, report, f'mentee {i + 1} › Remove introduction', control, ('Keep It',))
                break
            for control in find_all(window, 'push button', name_re='^Private notes on'):
                click(control)
                report.scan(f'mentee {i + 1} › private notes', window)
                click(control)
                break
            tour_popovers(app, report, f'mentee {i + 1}', window, skip=('Main Menu',))

        # The calendar's day, moved from the keyboard (Alt+C, then Right) to one with a
        # meeting: the meetings of that day are listed under it, each row named.
        press('c', ALT)
        for _ in range(60):
            day_rows = find_all(window, 'list item', pred=lambda a: 'Show this mentee' in description(a))
            if day_rows:
                break
            press('Right')
        check(day_rows, 'no day of the next two months lists a meeting under the calendar')
        report.scan('the day’s meetings', window)
        log(f'  a day’s meeting: {name(day_rows[0])}')

        tour_dialog(app, report, 'export', menu_item(window, 'Export meetings to a calendar file',
                                                     'Export All Upcoming Meetings…'))
        tour_main_menu(app, report, 'Mentor dashboard', window)
        app.quit()
        app.assert_no_warnings()
    finally:
        app.cleanup()
    report.done()


# ---- My onboarding ----------------------------------------------------------------------

def tour_onboarding(report, app):
    window = app.window('My Onboarding')
    sidebar = find(window, 'list', name_is='Sidebar')
    pages = [c for c in children(sidebar) if role(c) == 'list item']
    check(len(pages) == 7, f'the onboarding view has 7 sections, the sidebar lists {len(pages)}')
    # Each section's row is read by the section's title
    titles = [name(p) for p in pages]
    check(titles[0] == 'Welcome' and titles[-1] == 'Feedback', f'the sidebar’s rows are read as {titles}')
    for i in range(len(pages)):
        select_row(sidebar, i)
        report.scan(f'section {i + 1}', window)
    tour_popovers(app, report, 'My Onboarding', window, skip=('Main Menu',))
    for control in find_all(window, 'push button', name_is='Add to My Calendar…'):
        if has_state(control, pyatspi.STATE_SENSITIVE):
            tour_dialog(app, report, 'Add to My Calendar', control)
    tour_main_menu(app, report, 'My Onboarding', window)


def test_onboarding_week_3():
    report = Report('My onboarding (Daniel Brooks, week 3)')
    app = App('dbrooks').start()
    try:
        tour_onboarding(report, app)
        app.quit()
        app.assert_no_warnings()
    finally:
        app.cleanup()
    report.done()


def test_onboarding_before_arrival():
    report = Report('My onboarding (Priya Raman, before arrival)')
    app = App('praman').start()
    try:
        tour_onboarding(report, app)
        app.quit()
    finally:
        app.cleanup()
    report.done()


# ---- HR overview ------------------------------------------------------------------------

def select_until(app, table, control_label, window):
    """Selects rows of table one by one until the button control_label is sensitive."""
    control = button(window, control_label)
    rows = [c for c in walk(table) if role(c) in ('table row', 'list item', 'table cell') and
            role(c.parent) in ('list', 'table')]
    for i in range(len(rows)):
        select_row(table, i)
        try:
            wait_for(f'“{control_label}” to become sensitive',
                     lambda: has_state(control, pyatspi.STATE_SENSITIVE), timeout=1)
            return control
        except TestFailure:
            continue
    raise TestFailure(f'no row of {path(table)} makes “{control_label}” available')


def show_page(window, title):
    tab = find(window, 'page tab', name_is=title)
    click(tab)
    return tab


def test_hr_overview():
    report = Report('HR overview (Dana Whitfield)')
    app = App().start()
    try:
        window = app.window('HR Overview')

        show_page(window, 'Pairings')
        report.scan('Pairings', window)
        table = find(window, 'table', name_is='Pairings')
        def two_choices(dialog):
            # The staff list or someone new: one of two, said as radio buttons (GTK 4.8 says
            # "check box" for a check button in a group)
            for label in ('Someone on the staff list', 'Someone new, not on the list yet'):
                find(dialog, 'radio button', name_is=label)
            # The mentors to choose from, each read with their department and load
            mentors = find(dialog, 'list', name_re='[Mm]entor')
            rows = wait_for('the mentors to choose from', lambda: [r for r in children(mentors) if role(r) == 'list item'])
            check(all(', Mentoring ' in name(r) for r in rows),
                  f'the mentors are read as {[name(r) for r in rows]}')

        tour_dialog(app, report, 'Pairings', button(window, 'New Pairing'), inside=two_choices)
        tour_dialog(app, report, 'Pairings', select_until(app, table, 'End Early…', window))
        tour_dialog(app, report, 'Pairings', select_until(app, table, 'Delete for Good…', window))
        tour_popovers(app, report, 'Pairings', window, skip=('Main Menu', 'Import, Export, Print and Closed Days'))

        for item in ('Import…', 'Export…', 'Closed Days…', 'Print Selected or Shown Pairings…',
                     'Export Summaries as PDF…'):
            tour_dialog(app, report, f'Import, Export, Print and Closed Days › {item}',
                        menu_item(window, 'Import, Export, Print and Closed Days', item))

        show_page(window, 'Follow-ups')
        report.scan('Follow-ups', window)
        follow_ups = find(window, 'tree table', name_is='HR follow-ups waiting')
        tour_dialog(app, report, 'Follow-ups', select_until(app, follow_ups, 'Record Follow-up…', window))

        show_page(window, 'Staff')
        report.scan('Staff', window)
        # GTK 4.8 gives a check button no AT-SPI action: its mnemonic (Alt+I) toggles it.
        find(window, 'check box', name_is='Show inactive')
        press('i', ALT)
        report.scan('Staff, inactive shown', window)
        staff = find(window, 'tree table', name_is='Staff')
        tour_dialog(app, report, 'Staff', button(window, 'Add Person…'))
        tour_dialog(app, report, 'Staff', select_until(app, staff, 'Edit Person…', window))
        tour_dialog(app, report, 'Staff', select_until(app, staff, 'Deactivate…', window))

        show_page(window, 'Directory')
        report.scan('Directory', window)
        tour_dialog(app, report, 'Directory', button(window, 'Add Department…'))
        tour_dialog(app, report, 'Directory', button(window, 'Add Question…'))
        departments = find(window, 'list', name_re='^Departments')
        select_row(departments, 0)
        questions = find(window, 'list', name_re='^Typical questions')
        select_row(questions, 0)
        # Each "Edit…" and "Delete…" is said with what it edits or deletes
        edits = ('Edit Department…', 'Delete Department…', 'Edit Answer…', 'Delete Question…')
        controls = find_all(window, 'push button', pred=lambda a: name(a) in edits)
        check(sorted(name(c) for c in controls) == sorted(edits),
              f'the directory’s buttons are {sorted(name(c) for c in controls)}, not {sorted(edits)}')
        for control in controls:
            if has_state(control, pyatspi.STATE_SENSITIVE):
                tour_dialog(app, report, f'Directory › {name(control)}', control)

        show_page(window, 'Evaluation')
        report.scan('Evaluation', window)
        tour_main_menu(app, report, 'HR overview', window)

        # Alt+1 goes back to the pairings, from the keyboard.
        press('1', ALT)
        app.quit()
        app.assert_no_warnings()
    finally:
        app.cleanup()
    report.done()


if __name__ == '__main__':
    run(test_mentor_dashboard, test_onboarding_week_3, test_onboarding_before_arrival, test_hr_overview)

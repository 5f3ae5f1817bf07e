#!/usr/bin/python3
# tests/a11y/test-keyboard.py: everything from the keyboard, in a sensible order.
#
# Copyright 2026 The Mentoring authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Each window driven from the keyboard alone (keys pressed through the AT-SPI registry,
the focus followed through its focus events):

- Tab goes round every control of the window and comes back where it started (no trap);
  every stop has a name a screen reader can say (a table row is read by its cells);
- the order follows the window: the list before the details, the search before the table,
  the form's fields in their order; Shift+Tab goes back;
- the window's shortcuts do what the shortcuts window says (Ctrl+N, Ctrl+L, Ctrl+F,
  Alt+1…7, Ctrl+Shift+P, Ctrl+?, F10), dialogs keep the focus inside and close on Escape,
  and Ctrl+W closes the last window, which quits.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gi.repository import GLib  # noqa: E402

from mpa11y import (ALT, App, Atspi, CONTROL, SHIFT, TestFailure, bad_name, check, click,  # noqa: E402
                    exemption, find, find_all, has_state, log, name, path, press, pyatspi, role, run,
                    wait_for)

ENGLISH = {'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'en', 'TZ': 'UTC'}


class Focus:
    """Follows the focus through AT-SPI focus events, as a screen reader does."""

    def __init__(self):
        self.events = []
        self.listener = Atspi.EventListener.new(self._on_event)
        self.listener.register('object:state-changed:focused')

    def _on_event(self, event):
        if event.detail1 == 1:
            self.events.append(event.source)

    def pump(self, seconds=0.12):
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.01)

    def press(self, key, modifiers=0):
        """Presses a key; returns what has the focus afterwards (None when it did not move)."""
        self.events.clear()
        press(key, modifiers)
        self.pump()
        return self.events[-1] if self.events else None

    def wait(self, what, pred, timeout=10):
        def look():
            self.pump(0.05)
            return next((e for e in reversed(self.events) if pred(e)), None)
        return wait_for(what, look, timeout)

    def close(self):
        self.listener.deregister('object:state-changed:focused')


def spoken(acc):
    """What a screen reader says for a focus stop, or fails saying why it says nothing."""
    reason = bad_name(name(acc))
    if reason is not None and exemption(acc) is None:
        raise TestFailure(f'the focus stops on {path(acc)}: {reason}')
    return name(acc) or f'<{role(acc)}>'


def key(acc):
    """Which widget this is (its object path on the bus), whatever Python object stands for it."""
    return getattr(acc, 'path', None) or id(acc)


def tab_round(focus, limit=250):
    """Tabs from the current focus until it comes back; returns the stops in order."""
    stops = []
    first = None
    for _ in range(limit):
        acc = focus.press('Tab')
        if acc is None:
            continue
        if first is None:
            first = key(acc)
        elif key(acc) == first:
            return stops
        stops.append(acc)
    raise TestFailure(f'Tab never came back to {path(first)} after {limit} presses: a focus trap? '
                      f'last stops: {[spoken(s) for s in stops[-8:]]}')


def position(stops, label, what=None):
    for i, acc in enumerate(stops):
        if (what is None or role(acc) == what) and (name(acc) == label or (callable(label) and label(acc))):
            return i
    raise TestFailure(f'Tab never stops on “{label}” ({what or "any role"}): stops are '
                      f'{[spoken(s) for s in stops]}')


def check_order(stops, *labels):
    """Each (label, role) comes after the one before it in the Tab order (which goes round:
    counted from the first one)."""
    start = position(stops, labels[0][0], labels[0][1])
    stops = stops[start:] + stops[:start]
    places = [position(stops, label, what) for label, what in labels]
    check(places == sorted(places), f'Tab order {[spoken(stops[i]) for i in places]} is not '
                                    f'{[label if isinstance(label, str) else "…" for label, _ in labels]}')


def check_round(window_title, stops, minimum):
    said = [spoken(acc) for acc in stops]
    check(len(stops) >= minimum, f'{window_title}: only {len(stops)} Tab stops: {said}')
    log(f'  {window_title}: Tab goes round {len(stops)} stops and back: {", ".join(said[:12])}, …')


def check_back(focus, stops):
    """Shift+Tab from a stop goes back to the one before it."""
    here = focus.press('Tab')
    ahead = focus.press('Tab')
    back = focus.press('Tab', SHIFT)
    check(ahead is not None and back is not None and key(back) == key(here),
          f'Shift+Tab from {spoken(ahead)} goes to {spoken(back) if back else "nowhere"}, not back to {spoken(here)}')


def dialog_from_key(app, focus, key, modifiers, title):
    """A shortcut opens the dialog; the focus stays in it; Escape closes it."""
    before = app.windows()
    press(key, modifiers)
    dialog = app.new_window(before)
    check(name(dialog) == title, f'the shortcut opened “{name(dialog)}”, not “{title}”')
    inside = set()
    for _ in range(12):
        acc = focus.press('Tab')
        if acc is not None:
            check(dialog in _ancestors_of(acc), f'Tab left the dialog “{title}” for {path(acc)}')
            inside.add(spoken(acc))
    press('Escape')
    app.window_gone(dialog)
    log(f'  “{title}” opens from the keyboard, keeps the focus ({len(inside)} stops) and closes on Escape')


def _ancestors_of(acc):
    out = []
    try:
        parent = acc.parent
        while parent is not None and len(out) < 100:
            out.append(parent)
            parent = parent.parent
    except Exception:
        pass
    return out


def primary_menu_and_shortcuts(app, focus, window):
    """F10 opens the primary menu; Ctrl+? the shortcuts window; Escape closes both."""
    press('F10')
    menu = wait_for('the primary menu', lambda: next(
        (m for m in _all(window) if role(m) == 'menu' and has_state(m, pyatspi.STATE_VISIBLE)
         and any(role(i) == 'menu item' and name(i) == 'Keyboard Shortcuts' for i in _all(m))), None))
    del menu
    press('Escape')
    before = app.windows()
    press(0x3f, CONTROL | SHIFT)  # Ctrl+?
    shortcuts = app.new_window(before)
    check(name(shortcuts) == 'Keyboard Shortcuts', f'Ctrl+? opened “{name(shortcuts)}”')
    # GTK's own window: its first stop, the search button, is named by the app
    first = focus.press('Tab')
    check(first is not None and name(first) == 'Search Shortcuts',
          f'Tab in the shortcuts window stops on {spoken(first) if first else "nothing"}, not “Search Shortcuts”')
    press('Escape')
    app.window_gone(shortcuts)
    log('  F10 opens the primary menu, Ctrl+? the keyboard shortcuts')


def _all(root):
    from mpa11y import walk
    return walk(root)


def close_with_ctrl_w(app):
    """Ctrl+W closes the window; the last one closing quits the app."""
    press('w', CONTROL)
    try:
        app.proc.wait(timeout=15)
    except Exception:
        raise TestFailure('Ctrl+W did not close the last window')
    check(app.proc.returncode == 0, f'the app exited with {app.proc.returncode}')


WEEKDAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


def tab_to(focus, stops, label):
    """Tabs round to the stop named @label; returns it."""
    wanted = key(stops[position(stops, label)])
    for _ in range(len(stops) + 1):
        acc = focus.press('Tab')
        if acc is not None and key(acc) == wanted:
            return acc
    raise TestFailure(f'Tab never comes back to “{label}”')


def calendar_says_the_day(focus, acc, purpose):
    """The calendar that has the focus says in its description the day chosen (a weekday
    and a day of the month) and what it is for, and the next day after Right, as a screen
    reader hears it."""
    label = name(acc)
    before = acc.get_description() or ''
    focus.press('Right')

    def described_anew():
        focus.pump(0.05)
        said = acc.get_description() or ''
        return said if said != before else None

    after = wait_for(f'the calendar “{label}” to describe the next day (it says “{before}”)', described_anew, 5)
    for said in (before, after):
        check(any(day in said for day in WEEKDAYS) and purpose in said,
              f'the calendar “{label}” is described as “{said}”: no day chosen, or not what it is for')
    log(f'  {label}: “{before}” → Right → “{after}”')
    # The month's arrow moves the day too (GTK says nothing of it: the app does)
    before = after
    click(find(acc, 'push button', name_is='Next month'))
    after = wait_for(f'the calendar “{label}” to describe the day a month on (it says “{before}”)',
                     described_anew, 5)
    check(purpose in after, f'the calendar “{label}” is described as “{after}” a month on')
    log(f'  {label}: Next month → “{after}”')


def schedule_calendar_says_the_day(app, focus):
    """The Schedule dialog opens with the focus on its calendar, which says the day suggested."""
    before = app.windows()
    focus.events.clear()
    press('n', CONTROL)
    dialog = app.new_window(before)
    # (GTK 4.8 gives a calendar no role of its own: known by its name)
    calendar = focus.wait('the focus on the calendar “Day” of the Schedule dialog',
                          lambda acc: name(acc) == 'Day' and dialog in _ancestors_of(acc))
    calendar_says_the_day(focus, calendar, 'Day of the meeting')
    # The day chosen is a change: Escape asks before dropping it
    press('Escape')
    question = app.new_window(before + [dialog])
    click(find(question, 'push button', name_is='Discard'))
    app.window_gone(dialog)


# ---- Mentor dashboard --------------------------------------------------------------

def test_mentor():
    app = App('rlindqvist', env=ENGLISH).start()
    focus = Focus()
    try:
        window = app.window('Mentor Dashboard')
        find(window, 'push button', name_is='Schedule Next Meeting…')
        stops = tab_round(focus)
        check_round('Mentor dashboard', stops, 20)
        check_order(stops, ('Calendar', None), ('Aisha Mensah', 'label'), ('Schedule Next Meeting…', 'push button'),
                    ('Log a Meeting…', 'push button'), ('Colleague', 'text'), ('Best days', 'text'),
                    ('Channels', 'text'))
        check_back(focus, stops)
        calendar_says_the_day(focus, tab_to(focus, stops, 'Calendar'), 'marked days hold one')
        schedule_calendar_says_the_day(app, focus)

        dialog_from_key(app, focus, 'n', CONTROL, 'Schedule Next Meeting')
        dialog_from_key(app, focus, 'l', CONTROL, 'Log a Meeting')
        primary_menu_and_shortcuts(app, focus, window)
        close_with_ctrl_w(app)
        app.assert_no_warnings()
    finally:
        focus.close()
        app.cleanup()


# ---- My onboarding ------------------------------------------------------------------

def test_onboarding():
    app = App('amensah', env=ENGLISH).start()
    focus = Focus()
    try:
        window = app.window('My Onboarding')
        find(window, 'list', name_is='Sidebar')

        # Alt+6: the concerns, with the focus in the subject, ready to type.
        press('6', ALT)
        subject = focus.wait('the subject to take the focus', lambda a: name(a) == 'Subject')
        check(role(subject) == 'text', f'Alt+6 focused {path(subject)}')
        stops = tab_round(focus)
        check_round('My onboarding › Concerns', stops, 8)
        check_order(stops, ('Subject', 'text'), ('Details', 'text'), ('Needed by', None))
        check_back(focus, stops)

        # Ctrl+F: the directory's search; Ctrl+N: back to a new concern.
        press('f', CONTROL)
        focus.wait('the directory search', lambda a: name(a) == 'Search departments and tasks')
        press('n', CONTROL)
        focus.wait('the subject of a new concern', lambda a: name(a) == 'Subject')
        log('  Alt+6, Ctrl+F and Ctrl+N move the focus where the shortcuts window says')

        # Alt+7: the feedback, not open yet. The page says so where the focus lands, and
        # the form's ratings, greyed out, are not read as working buttons.
        press('7', ALT)
        page = focus.wait('the feedback page', lambda a: name(a) == 'Feedback')
        said = page.get_description() or ''
        check('Feedback opens in the last month' in said, f'the feedback page is described as “{said}”')
        ratings = wait_for('the ratings', lambda: find_all(window, name_re=' of 5: '))
        working = [name(r) for r in ratings if has_state(r, pyatspi.STATE_SENSITIVE)]
        check(not working, f'greyed out, yet read as working: {working[:3]}')
        log(f'  Alt+7: “{said}”; {len(ratings)} ratings, none read as working')

        # Each section from its Alt+number, the first one (Welcome) last.
        for number in range(2, 8):
            press(str(number), ALT)
        press('1', ALT)
        stops = tab_round(focus)
        check_round('My onboarding › Welcome', stops, 4)

        primary_menu_and_shortcuts(app, focus, window)
        close_with_ctrl_w(app)
        app.assert_no_warnings()
    finally:
        focus.close()
        app.cleanup()


# ---- HR overview ----------------------------------------------------------------------

def test_hr():
    app = App(env=ENGLISH).start()
    focus = Focus()
    try:
        window = app.window('HR Overview')
        find(window, 'table', name_is='Pairings')
        stops = tab_round(focus)
        check_round('HR overview › Pairings', stops, 10)
        check_order(stops, ('New Pairing', 'push button'), ('Search pairings', None),
                    ('Filter by state', None), ('Filter by department', None),
                    ('Employee', 'push button'), (lambda a: role(a) == 'table cell', None), ('Pairings', 'page tab'),
                    ('Evaluation', 'page tab'))
        # One stop in the table, whatever its length: Tab leaves it (the arrows move in it),
        # or thousands of pairings stand between the search and the buttons below.
        rows = [s for s in stops if role(s) == 'table cell']
        check(len(rows) == 1, f'Tab stops on {len(rows)} rows of the pairings, not one: '
                              f'{[spoken(s) for s in rows]}')
        check_back(focus, stops)

        press('f', CONTROL)
        focus.wait('the search', lambda a: name(a) == 'Search pairings')
        dialog_from_key(app, focus, 'n', CONTROL, 'New Pairing')
        dialog_from_key(app, focus, 'p', CONTROL | SHIFT, 'Export Progress Summaries as PDF')

        # Alt+2 puts the focus on the Follow-ups page's first control, named (it was left on
        # an unnamed pane)
        moved = focus.press('2', ALT)
        for _ in range(20):
            if moved is not None:
                break
            focus.pump(0.1)
            moved = focus.events[-1] if focus.events else None
        check(moved is not None and bad_name(name(moved)) is None and role(moved) != 'scroll pane',
              f'Alt+2 leaves the focus on {spoken(moved) if moved is not None else "nothing"}')
        log(f'  Alt+2: the focus goes to {spoken(moved)}')

        press('3', ALT)
        staff = find(window, 'page tab', name_is='Staff')
        wait_for('the Staff page', lambda: has_state(staff, pyatspi.STATE_SELECTED) or
                 has_state(staff, pyatspi.STATE_CHECKED))
        press('f', CONTROL)
        focus.wait('the staff search', lambda a: name(a) == 'Search staff')
        press('1', ALT)
        log('  Ctrl+F, Ctrl+N, Ctrl+Shift+P and Alt+3 do what the shortcuts window says')

        primary_menu_and_shortcuts(app, focus, window)
        close_with_ctrl_w(app)
        app.assert_no_warnings()
    finally:
        focus.close()
        app.cleanup()


if __name__ == '__main__':
    run(test_mentor, test_onboarding, test_hr)

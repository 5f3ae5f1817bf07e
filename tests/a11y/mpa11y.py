# tests/a11y/mpa11y.py: drive Mentoring as a screen reader sees it, through AT-SPI only.
#
# Copyright 2026 The Mentoring authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the a11y suite (Debian's python3-pyatspi, run with /usr/bin/python3).

Every test starts the real app (`mentoring --database=TMP --demo [--as=LOGIN]`) with the
accessibility bridge on, finds it on the AT-SPI bus by its process id, and from then on
uses only what an assistive technology uses: the accessible tree (roles, names, states,
text), the Action interface (doAction: click a button, a menu item, a tab), EditableText
(type into an entry or a text view), Selection (select a table row) and the registry's
keyboard events (the keys a screen reader user presses: mnemonics, arrows, Ctrl+Q). The
result is checked in the database with Python's sqlite3, read-only, after the app quit.

Each test runs on a D-Bus session bus of its own (meson starts it under dbus-run-session,
inside the X display build-aux/test.sh makes with xvfb-run), so the accessibility bus and
the application's D-Bus name are its own: tests cannot reach each other's app.
"""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, Gio, GLib  # noqa: E402


def _use_own_accessibility_bus():
    """Points AT-SPI (here and in the app, which inherits the environment) at the
    accessibility bus of this test's own session bus. Without it, both would take the bus
    named on the X display's root window (AT_SPI_BUS): that of whichever test started one
    first on the display build-aux/test.sh shares between them, maybe gone by now."""
    if os.environ.get('AT_SPI_BUS_ADDRESS'):
        return
    try:
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress', None,
                              GLib.VariantType('(s)'), Gio.DBusCallFlags.NONE, 20000, None)
        os.environ['AT_SPI_BUS_ADDRESS'] = reply.unpack()[0]
    except GLib.Error as error:
        print(f'no accessibility bus on the session bus: {error.message}', file=sys.stderr)


_use_own_accessibility_bus()

import pyatspi  # noqa: E402

SKIP = 77

# X keysyms, and the modifier masks AT-SPI locks around a key (as a user holds them).
KEYSYMS = {
    'space': 0x20, 'Return': 0xff0d, 'Escape': 0xff1b, 'Tab': 0xff09, 'Home': 0xff50,
    'Left': 0xff51, 'Up': 0xff52, 'Right': 0xff53, 'Down': 0xff54, 'F10': 0xffc7,
}
SHIFT, CONTROL, ALT = 1 << 0, 1 << 2, 1 << 3

TIMEOUT = float(os.environ.get('MP_A11Y_TIMEOUT', '20'))

# Criticals GTK 4.8 itself logs under Xvfb, which has no monitor for a popover or a dialog
# to be placed on: not the app's. Any other critical fails the test (assert_no_warnings),
# as would one of the app's own warnings. (The app does not run with fatal criticals here:
# this one would abort it.)
KNOWN_CRITICALS = (
    "gdk_monitor_get_geometry: assertion 'GDK_IS_MONITOR (monitor)' failed",
)

# Roles a user operates, whatever their states say.
INTERACTIVE_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'menu item', 'check menu item',
    'radio menu item', 'link', 'combo box', 'spin button', 'slider', 'entry', 'password text',
    'page tab', 'switch', 'tree table', 'table', 'list box', 'calendar', 'text',
}
# Actions that operate a widget (labels also offer clipboard.* and menu.popup: not these).
OPERATING_ACTIONS = {'click', 'press', 'activate', 'toggle', 'jump', 'expand or contract'}

GTK_TYPE_NAME = re.compile(r'^Gtk[A-Z][A-Za-z]*$')
MNEMONIC = re.compile(r'(?:^|[^_\w])_[^\W_]|[^\W_]_[^\W_]')


def log(*args):
    print(*args, file=sys.stderr, flush=True)


class TestFailure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise TestFailure(message)


# ---- The accessible tree ---------------------------------------------------------

def role(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return ''


def name(acc):
    try:
        return acc.name or ''
    except Exception:
        return ''


def description(acc):
    try:
        return acc.description or ''
    except Exception:
        return ''


def states(acc):
    try:
        return acc.getState()
    except Exception:
        return None


def has_state(acc, state):
    st = states(acc)
    return st is not None and st.contains(state)


def children(acc):
    try:
        return [c for c in acc if c is not None]
    except Exception:
        return []


def walk(acc):
    """Every descendant of acc (acc included), depth first, in the tree's order."""
    stack = [acc]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children(node)))


def ancestors(acc):
    out = []
    try:
        parent = acc.parent
        while parent is not None and len(out) < 200:
            out.append(parent)
            parent = parent.parent
    except Exception:
        pass
    return out


def text(acc):
    """The text a screen reader reads for acc: its Text interface, else its name."""
    try:
        t = acc.queryText()
        # GTK 4.8 answers nothing to the usual (0, -1): ask for every character.
        return t.getText(0, t.characterCount)
    except Exception:
        return name(acc)


def actions(acc):
    try:
        action = acc.queryAction()
    except Exception:
        return []
    out = []
    for i in range(action.nActions):
        try:
            out.append(action.getName(i))
        except Exception:
            out.append('')
    return out


def path(acc):
    parts = [f'{role(a)} “{name(a)[:30]}”' for a in reversed(ancestors(acc)[:4])]
    return ' › '.join(parts + [f'{role(acc)} “{name(acc)[:40]}”'])


def find_all(root, role_name=None, name_is=None, name_re=None, pred=None):
    out = []
    rx = re.compile(name_re) if name_re else None
    for acc in walk(root):
        if role_name is not None and role(acc) != role_name:
            continue
        if name_is is not None and name(acc) != name_is:
            continue
        if rx is not None and not rx.search(name(acc)):
            continue
        if pred is not None and not pred(acc):
            continue
        out.append(acc)
    return out


def wait_for(what, func, timeout=TIMEOUT):
    """Polls func () until it returns something true; fails naming what was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = func()
        except TestFailure:
            raise
        except Exception:
            # An object that went away while it was asked (a dialog closing): ask again.
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise TestFailure(f'timed out after {timeout:.0f} s waiting for {what}')
        time.sleep(0.1)


def find(root, role_name=None, name_is=None, name_re=None, pred=None, timeout=TIMEOUT):
    desc = f'{role_name or "widget"} “{name_is or name_re or "…"}”'

    def look():
        found = find_all(root, role_name, name_is, name_re, pred)
        return found[0] if found else None
    return wait_for(desc, look, timeout)


def click(acc, action_names=('click', 'activate', 'press', 'toggle')):
    """Operates acc through its Action interface, as a screen reader's "activate" does."""
    names = actions(acc)
    for wanted in action_names:
        if wanted in names:
            check(has_state(acc, pyatspi.STATE_SENSITIVE), f'{path(acc)} is insensitive')
            acc.queryAction().doAction(names.index(wanted))
            return
    raise TestFailure(f'{path(acc)} has no action to operate it (it offers {names})')


def set_text(acc, value):
    """Types value into an entry or text view, replacing what was there (EditableText)."""
    editable = acc.queryEditableText()
    check(editable.setTextContents(value), f'could not type into {path(acc)}')


def select_row(table, index):
    """Selects a row of a list or table through its Selection interface."""
    for acc in walk(table):
        try:
            selection = acc.querySelection()
        except Exception:
            continue
        # A multiple selection keeps what was selected: start afresh, as a click does.
        selection.clearSelection()
        check(selection.selectChild(index), f'could not select row {index} of {path(table)}')
        return
    raise TestFailure(f'{path(table)} offers no Selection')


def press(keysym, modifiers=0):
    """Presses a key, holding modifiers, as the user would (the registry's keyboard)."""
    registry = pyatspi.Registry
    if isinstance(keysym, str):
        keysym = KEYSYMS.get(keysym, ord(keysym) if len(keysym) == 1 else None)
    check(keysym is not None, 'unknown key')
    if modifiers:
        registry.generateKeyboardEvent(modifiers, None, Atspi.KeySynthType.LOCKMODIFIERS)
    registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    if modifiers:
        registry.generateKeyboardEvent(modifiers, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.15)


def focused(root):
    for acc in walk(root):
        if has_state(acc, pyatspi.STATE_FOCUSED):
            return acc
    return None


# ---- Names: nothing a user operates may be nameless -------------------------------

def bad_name(value):
    """Why value is no name for a control, or None when it is one."""
    if not value.strip():
        return 'no name'
    if GTK_TYPE_NAME.match(value):
        return f'named after its type ({value}), which GTK 4.8 does for unnamed widgets'
    if '@' not in value and '/' not in value and MNEMONIC.search(value):
        return f'mnemonic underscore read aloud (“{value}”)'
    words = value.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return f'read twice (“{value}”): a label and the mnemonic label of the same words'
    return None


def _has_focusable_descendant(acc):
    return any(node is not acc and has_state(node, pyatspi.STATE_FOCUSABLE) for node in walk(acc))


def exemption(acc):
    """Why an unnamed acc is acceptable, or None. Only GTK's own parts and content are:

    - a label is read by its text; an empty one (a banner waiting for its message) has
      nothing to read and is not reached;
    - the parts GTK builds inside a named control: the popup rows of a GtkDropDown (combo
      box; its toggle button takes the focus and needs a name of its own), the inner list
      view and the header of a GtkColumnView (tree table);
    - a scroll pane with something focusable inside: GtkScrolledWindow passes the focus
      on and takes it only when nothing inside can.
    """
    r = role(acc)
    up = ancestors(acc)
    if r in ('label', 'static', 'heading'):
        return 'a label is read by its text' if text(acc).strip() else 'an empty label is not reached'
    # (not the button that takes the focus, which a screen reader announces itself)
    if any(role(a) == 'combo box' and not bad_name(name(a)) for a in up[:6]) and \
            not (r in ('toggle button', 'push button') and up and role(up[0]) == 'combo box'):
        return 'a part GTK builds inside a named drop-down'
    if r in ('list', 'table row') and up and role(up[0]) == 'tree table' and not bad_name(name(up[0])):
        return 'the list view and the header GTK build inside a named column view'
    if r == 'scroll pane' and _has_focusable_descendant(acc):
        return 'a scrolled window passes the focus to what it holds'
    return None


def is_operable(acc):
    r = role(acc)
    if r in ('label', 'static', 'heading'):
        return has_state(acc, pyatspi.STATE_FOCUSABLE)
    if has_state(acc, pyatspi.STATE_FOCUSABLE) or r in INTERACTIVE_ROLES:
        return True
    return bool(OPERATING_ACTIONS & set(actions(acc)))


def unnamed_controls(root):
    """(path, reason) for each focusable or actionable widget under root without a name."""
    problems = []
    for acc in walk(root):
        if not is_operable(acc):
            continue
        reason = bad_name(name(acc))
        if reason is None or exemption(acc) is not None:
            continue
        problems.append((path(acc), reason))
    return problems


# ---- The application ---------------------------------------------------------------

def builddir():
    return os.environ.get('MENTORING_BUILDDIR') or os.path.join(os.path.dirname(__file__), '..', '..', '_build')


def mentoring():
    return os.environ.get('MENTORING') or os.path.join(builddir(), 'src', 'mentoring')


def require_display():
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        log('SKIP: no display (build-aux/test.sh runs this suite under xvfb-run)')
        sys.exit(SKIP)


class App:
    """The real app on a fresh demo database, seen through AT-SPI."""

    def __init__(self, login=None, env=None, args=()):
        self.tmp = tempfile.mkdtemp(prefix='mentoring-a11y-')
        self.db = os.path.join(self.tmp, 'demo.sqlite')
        self.login = login
        self.proc = None
        self.acc = None
        self.output = os.path.join(self.tmp, 'app.log')
        environment = dict(os.environ)
        # The accessibility bridge must be on: the other suites turn it off.
        for var in ('NO_AT_BRIDGE', 'GTK_A11Y'):
            environment.pop(var, None)
        home = os.path.join(self.tmp, 'home')
        for sub in ('', 'data', 'config', 'cache', 'state'):
            os.makedirs(os.path.join(home, sub), exist_ok=True)
        environment.update({
            'HOME': home,
            'XDG_DATA_HOME': os.path.join(home, 'data'),
            'XDG_CONFIG_HOME': os.path.join(home, 'config'),
            'XDG_CACHE_HOME': os.path.join(home, 'cache'),
            'XDG_STATE_HOME': os.path.join(home, 'state'),
            'GSETTINGS_BACKEND': 'memory',
            'GSETTINGS_SCHEMA_DIR': os.path.join(builddir(), 'data'),
            'MENTORING_LOCALEDIR': os.path.join(builddir(), 'po'),
            'GSK_RENDERER': 'cairo',
            'GTK_USE_PORTAL': '0',
        })
        environment.update(env or {})
        self.env = environment
        self.args = [mentoring(), f'--database={self.db}', '--demo']
        if login:
            self.args.append(f'--as={login}')
        self.args.extend(args)

    # Starting and quitting

    def start(self):
        started = time.monotonic()

        def app_on_bus():
            check(self.proc.poll() is None, f'the app exited with {self.proc.returncode}: {self.app_log()}')
            for acc in pyatspi.Registry.getDesktop(0):
                try:
                    if acc is not None and acc.get_process_id() == self.proc.pid and acc.childCount > 0:
                        return acc
                except Exception:
                    continue
            return None

        for attempt in (1, 2):
            self.log_file = open(self.output, 'w')
            self.proc = subprocess.Popen(self.args, env=self.env, stdout=self.log_file, stderr=subprocess.STDOUT)
            try:
                self.acc = wait_for('the app on the accessibility bus', app_on_bus)
                break
            except TestFailure:
                # The test display refused an app once, between two apps of a run ("cannot open
                # display"): the X server's doing, not the app's. Start it once more, and say so.
                if attempt == 1 and self.proc.poll() is not None and 'cannot open display' in self.app_log():
                    log('  the X display refused the app ("cannot open display"): starting it again')
                    self.log_file.close()
                    self.remove_demo()  # written before the display was refused; --demo writes a new file only
                    time.sleep(1)
                    continue
                raise TestFailure(f'the app did not appear on the accessibility bus; it said:\n{self.app_log()}')
        self.window()
        self.startup_seconds = time.monotonic() - started
        return self

    def remove_demo(self):
        """Removes the demo database and its private notes, as before the app first started."""
        for suffix in ('', '-wal', '-shm', '-journal'):
            if os.path.exists(self.db + suffix):
                os.remove(self.db + suffix)
        shutil.rmtree(os.path.join(self.env['XDG_DATA_HOME'], 'com.alliancelibrarysystem.Mentoring'),
                      ignore_errors=True)

    def app_log(self):
        try:
            with open(self.output, encoding='utf-8', errors='replace') as f:
                return f.read()[-2000:]
        except OSError:
            return ''

    def quit(self):
        """Ctrl+Q, as the user quits; the app must exit by itself."""
        if self.proc is None or self.proc.poll() is not None:
            return
        press('q', CONTROL)
        try:
            self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            raise TestFailure('the app did not quit on Ctrl+Q')
        check(self.proc.returncode == 0, f'the app exited with {self.proc.returncode}: {self.app_log()}')

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def cleanup(self):
        crashed = self.proc is not None and self.proc.poll() is not None and self.proc.returncode < 0
        self.kill()
        if crashed:
            log(f'the app died of signal {-self.proc.returncode}; it said:\n{self.app_log()}')
        shutil.rmtree(self.tmp, ignore_errors=True)

    def assert_no_warnings(self):
        """The app's own log domains (mp-…) warned of nothing, and nothing was critical but
        what GTK 4.8 itself says under Xvfb (see KNOWN_CRITICALS)."""
        log_text = self.app_log()
        bad = [line for line in log_text.splitlines()
               if re.search(r'\bmp-[\w-]+-(WARNING|CRITICAL)\b', line)
               or ('-CRITICAL **' in line and not any(known in line for known in KNOWN_CRITICALS))]
        check(not bad, 'the app warned:\n' + '\n'.join(bad))

    # Windows

    def windows(self):
        return children(self.acc)

    def window(self, title=None, timeout=TIMEOUT):
        """The toplevel (window, dialog) with this title, or the first one."""
        def look():
            for w in self.windows():
                if title is None or name(w) == title or (hasattr(title, 'search') and title.search(name(w))):
                    return w
            return None
        return wait_for(f'the window “{title}”' if title else 'a window', look, timeout)

    def window_gone(self, window, timeout=TIMEOUT):
        def gone():
            return all(w != window for w in self.windows())
        wait_for(f'the window “{name(window)}” to close', gone, timeout)

    def new_window(self, before, timeout=TIMEOUT):
        """A toplevel that was not among before (a dialog that has just opened)."""
        def look():
            for w in self.windows():
                if w not in before:
                    return w
            return None
        return wait_for('a new window', look, timeout)

    # The database, read-only once the app has quit

    def shared_files(self):
        """The shared database and whatever journal it left, once the app has quit."""
        check(self.proc is None or self.proc.poll() is not None, 'read the database after the app quit')
        return [p for p in (self.db, self.db + '-wal', self.db + '-journal') if os.path.exists(p)]

    def query(self, sql, params=()):
        check(self.proc is None or self.proc.poll() is not None, 'read the database after the app quit')
        db = sqlite3.connect(f'file:{self.db}?mode=ro', uri=True)
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()


def run(*tests):
    """Runs each test (a function of no arguments), or those named on the command line
    (without their test_ prefix); prints what passed; exits non-zero on a failure, 77
    without a display."""
    require_display()
    wanted = sys.argv[1:]
    if wanted:
        unknown = [w for w in wanted if f'test_{w}' not in [t.__name__ for t in tests]]
        check(not unknown, f'no such test: {unknown}')
        tests = [t for t in tests if t.__name__[len('test_'):] in wanted]
    failed = 0
    for test in tests:
        started = time.monotonic()
        try:
            test()
        except Exception:
            failed += 1
            log(f'FAIL {test.__name__} ({time.monotonic() - started:.1f} s)')
            log(traceback.format_exc())
        else:
            log(f'ok {test.__name__} ({time.monotonic() - started:.1f} s)')
    sys.exit(1 if failed else 0)

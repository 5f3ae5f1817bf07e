#!/usr/bin/env python3
# make-bad.py: writes tests/data/bad/, the hostile inputs that tests/test-hostile.c hands to
# the real command line. Each NAME.json or NAME.sqlite comes with NAME.expected: a piece of
# the one-line message the refusal must give.
#
#   tests/data/make-bad.py BUILDDIR/src/mentoring
#
# JSON cases are copied from json-bad/ (made by make-json-bad.py) or written here; database
# cases are made from a real Mentoring database that the built binary creates by importing
# json-good/minimal.json, then damaged. Inputs too big to commit (a 50 MB string) are made by
# the test itself at run time. The files are committed; run this again after changing cases.

import os
import random
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_VERSION = 4  # the app's MP_STORE_SCHEMA_VERSION (src/model/mp-store.h)
BAD = os.path.join(HERE, 'bad')
JSON_BAD = os.path.join(HERE, 'json-bad')
GOOD = os.path.join(HERE, 'json-good', 'minimal.json')

# The broken JSON files of json-bad/ that this folder takes over, by the problem they show.
COPIED = [
    '01-not-json',             # not JSON at all
    '02-truncated',            # truncated JSON
    '03-empty',
    '04-not-an-object',
    '06-wrong-format',
    '09-dangling-mentor',      # dangling references
    '10-dangling-department',
    '11-dangling-colleague',
    '12-duplicate-uuid',       # duplicate UUIDs
    '13-duplicate-meeting-uuid',
    '15-invalid-date',         # 2026-02-30
    '16-date-wrong-shape',
    '17-invalid-instant',
    '19-wrong-type-bool',      # wrong types
    '20-wrong-type-string',
    '21-wrong-type-list',
    '22-wrong-type-record',
    '23-missing-name',         # missing fields
    '25-missing-uuid',
    '28-confidential-member',  # a confidential text smuggled in
    '31-fraction-for-int',
    '37-deep-nesting',         # 10,000 levels of nesting
    '38-nul-escape',           # NUL bytes
    '39-lone-surrogate',
    '40-long-string',
    '41-nul-byte',
    '42-invalid-utf8',         # invalid UTF-8
]

with open(GOOD, encoding='utf-8') as f:
    good = f.read()

# New JSON cases: name, expected, bytes.
json_cases = [
    ('json-leap-day', '“2026-02-29” is not a valid day',
     good.replace('"start_date": "2026-02-02"', '"start_date": "2026-02-29"', 1).encode()),
    ('json-month-13', '“2026-13-01” is not a valid day',
     good.replace('"start_date": "2026-02-09"', '"start_date": "2026-13-01"', 1).encode()),
    ('json-null-document', '$: expected an object', b'null\n'),
    ('json-trailing-garbage', '$: has more text after the end of the document',
     (good + '{"more": true}\n').encode()),
    ('json-control-character', '$: contains a control character in a string',
     good.replace('"Test HR"', '"Test\x01HR"', 1).encode()),
    ('json-escaped-control-character', '$.people[2].name: contains the control character U+0007',
     good.replace('"Test HR"', '"Test\\u0007HR"', 1).encode()),
    ('json-huge-number', '$.mentorships[0].meetings[0].duration_minutes: expected a whole number',
     good.replace('"duration_minutes": 60', '"duration_minutes": 1e400', 1).encode()),
    ('json-number-for-date', '$.mentorships[0].start_date: expected a string',
     good.replace('"start_date": "2026-02-02"', '"start_date": 20260202', 1).encode()),
    ('json-dangling-program', '$.mentorships[0].program: no program with uuid',
     good.replace('"program": "7d4b1c9e-2f63-4a8e-9b1d-0c5e6f7a8b90"',
                  '"program": "99999999-9999-4999-8999-999999999999"', 1).encode()),
    ('json-missing-mentorship-member', '$.mentorships[1].start_date: missing',
     good.replace('"start_date": "2026-02-09",', '', 1).encode()),
    ('json-utf16', '$: the file is written in UTF-16 or UTF-32, not UTF-8', good.encode('utf-16-le')),
    ('json-uuid-in-two-lists', '$.questions[0].uuid: “11111111-1111-4111-8111-000000000001” is given twice '
     '(first at $.departments[0].uuid)',
     good.replace('33333333-3333-4333-8333-000000000001', '11111111-1111-4111-8111-000000000001', 1).encode()),
    ('json-leap-second',
     '$.mentorships[0].meetings[1].starts_at: “2026-02-16T23:59:60Z” is not a valid date and time',
     good.replace('"starts_at": "2026-02-16T10:00:00Z"', '"starts_at": "2026-02-16T23:59:60Z"', 1).encode()),
    ('json-inactive-while-paired',
     '$.people[1].active: Björn Test-Employee is in an active mentorship: end it, or pair them differently, first.',
     good.replace('"login": "jsontest-employee",', '"login": "jsontest-employee", "active": false,', 1)
         .replace('"may_mentor": false,\n      "active": true', '"may_mentor": false', 1).encode()),
    ('json-answered-before-raised', '$.mentorships[0].concerns[0].answered_at: is before the concern was raised',
     good.replace('"answered_at": null', '"answered_at": "2026-02-03T09:30:00Z"', 1).encode()),
    ('json-single-quotes', '$: has a single-quoted string',
     good.replace('"Test HR"', "'Test HR'", 1).encode()),
]


def run(*args, env=None):
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit('%s failed: %s' % (' '.join(args), result.stderr))


def real_database(mentoring, folder):
    """A Mentoring database with the minimal document in it, closed cleanly."""
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(folder, 'data'), GSETTINGS_BACKEND='memory')
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    path = os.path.join(folder, 'shared', 'real.sqlite')
    os.makedirs(os.path.dirname(path))
    run(mentoring, '--database=' + path, '--import=' + GOOD, env=env)
    for suffix in ('-wal', '-shm', '-journal'):
        if os.path.exists(path + suffix):
            sys.exit('%s was not closed cleanly' % path)
    # Small pages and the rollback journal (as on a network share): a file a few times smaller.
    # A version 1 file (before mentorships kept paired_on, concerns were sealed and
    # introductions said who could mentor), as the
    # committed cases are: each is upgraded as it opens, refused, and must stay as it was
    # (tests/test-hostile.c).
    con = sqlite3.connect(path)
    con.execute('DROP TABLE person_keys')
    con.execute('DROP INDEX concerns_not_sealed')
    con.execute('ALTER TABLE introductions DROP COLUMN possible_mentor')
    for column in ('sealed_subject', 'sealed_text', 'sealed_answer'):
        con.execute('ALTER TABLE concerns DROP COLUMN ' + column)
    con.execute('ALTER TABLE mentorships DROP COLUMN paired_on')
    con.execute('PRAGMA user_version = 1')
    con.commit()
    con.execute('PRAGMA journal_mode = DELETE')
    con.execute('PRAGMA page_size = 1024')
    con.execute('VACUUM')
    con.close()
    with open(path, 'rb') as f:
        return f.read()


def patch(data, offset, value):
    return data[:offset] + value + data[offset + len(value):]


def tampered(real, *statements):
    """The real database with rows changed behind the app's back (constraints off)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'tampered.sqlite')
        with open(path, 'wb') as f:
            f.write(real)
        con = sqlite3.connect(path)
        con.execute('PRAGMA ignore_check_constraints = 1')
        con.execute('PRAGMA foreign_keys = 0')
        for statement in statements:
            con.execute(statement)
        con.commit()
        con.close()
        with open(path, 'rb') as f:
            return f.read()


def database_cases(real):
    page_size = struct.unpack('>H', real[16:18])[0]
    n_pages = len(real) // page_size
    rng = random.Random(8)
    corrupt = bytearray(real)
    # Page 3 (a table's b-tree page): its header and cell pointers become noise.
    for i in range(2 * page_size, 2 * page_size + 64):
        corrupt[i] = rng.randrange(256)
    return [
        ('db-not-a-database', 'is not a Mentoring database',
         b'This is a shopping list, not a database.\nMilk\nBread\n'),
        ('db-random-bytes', 'is not a Mentoring database', bytes(rng.randrange(256) for _ in range(8192))),
        ('db-header-only', 'is damaged', real[:100]),
        ('db-truncated', 'is damaged', real[:page_size * (n_pages // 2)]),
        # One past the app's MP_STORE_SCHEMA_VERSION: a newer Mentoring's file (mended back to 1
        # by test_controls, which opens it).
        ('db-newer-schema', 'newer version of Mentoring', patch(real, 60, struct.pack('>I', SCHEMA_VERSION + 1))),
        ('db-other-program', 'database of another program', patch(real, 68, struct.pack('>I', 0x12345678))),
        ('db-corrupt-page', 'is damaged', bytes(corrupt)),
        ('db-bad-page-size', 'is not a Mentoring database', patch(real, 16, struct.pack('>H', 1000))),
        # Sound to SQLite, not to the app: a program that is no program, a mentor who is not there.
        ('db-unreadable-program', 'is damaged (the record',
         tampered(real, "UPDATE programs SET definition = '{\"format\": 1}'")),
        ('db-dangling-mentor', 'is damaged (the record',
         tampered(real, 'UPDATE mentorships SET mentor_id = 999')),
    ]


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: make-bad.py BUILDDIR/src/mentoring')
    mentoring = os.path.abspath(sys.argv[1])

    os.makedirs(BAD, exist_ok=True)
    for name in os.listdir(BAD):
        if name != 'README.md':
            os.unlink(os.path.join(BAD, name))

    count = 0
    for stem in COPIED:
        for ext in ('.json', '.expected'):
            shutil.copyfile(os.path.join(JSON_BAD, stem + ext), os.path.join(BAD, stem + ext))
        count += 1

    with tempfile.TemporaryDirectory() as folder:
        real = real_database(mentoring, folder)

    for ext, cases in (('.json', json_cases), ('.sqlite', database_cases(real))):
        for name, expected, data in cases:
            with open(os.path.join(BAD, name + ext), 'wb') as f:
                f.write(data)
            with open(os.path.join(BAD, name + '.expected'), 'w', encoding='utf-8') as f:
                f.write(expected + '\n')
            count += 1

    print('%d hostile inputs in %s' % (count, BAD))


main()

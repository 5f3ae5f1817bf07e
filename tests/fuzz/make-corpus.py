#!/usr/bin/env python3
# make-corpus.py: writes the fuzzers' seed corpus, tests/fuzz/corpus/TARGET/.
#
#   tests/fuzz/make-corpus.py BUILDDIR/src/mentoring
#
# json-import: the minimal exchange file of the tests, a demo export, a few broken files.
# open-database: Mentoring databases made by the built binary (empty, the minimal file, the
# demo), with small pages so that the fuzzer's mutations reach their rows. The files are
# committed; run this again after the formats change.

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')
CORPUS = os.path.join(HERE, 'corpus')


def run(mentoring, home, *args):
    env = dict(os.environ, XDG_DATA_HOME=home, GSETTINGS_BACKEND='memory')
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    result = subprocess.run((mentoring,) + args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit('mentoring %s failed: %s' % (' '.join(args), result.stderr))


def small_pages(path, target):
    con = sqlite3.connect(path)
    con.execute('PRAGMA journal_mode = DELETE')
    con.execute('PRAGMA page_size = 512')
    con.execute('VACUUM')
    con.close()
    shutil.copyfile(path, target)


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: make-corpus.py BUILDDIR/src/mentoring')
    mentoring = os.path.abspath(sys.argv[1])
    json_dir = os.path.join(CORPUS, 'json-import')
    db_dir = os.path.join(CORPUS, 'open-database')
    for folder in (json_dir, db_dir):
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            os.unlink(os.path.join(folder, name))

    minimal = os.path.join(DATA, 'json-good', 'minimal.json')
    shutil.copyfile(minimal, os.path.join(json_dir, 'minimal.json'))
    for name in ('12-duplicate-uuid', '33-meeting-of-other-pair', '36-duplicate-member', '30-rating-out-of-range'):
        shutil.copyfile(os.path.join(DATA, 'json-bad', name + '.json'), os.path.join(json_dir, name + '.json'))
    with open(os.path.join(json_dir, 'empty-document.json'), 'w') as f:
        f.write('{"format": "mentoring/1"}\n')

    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, 'home')
        shared = os.path.join(tmp, 'shared')
        os.makedirs(shared)
        empty = os.path.join(shared, 'empty.sqlite')
        # (an export reads a database that is there; an import makes one)
        run(mentoring, home, '--database=' + empty, '--import=' + os.path.join(json_dir, 'empty-document.json'))
        small_pages(empty, os.path.join(db_dir, 'empty.sqlite'))

        with_minimal = os.path.join(shared, 'minimal.sqlite')
        run(mentoring, home, '--database=' + with_minimal, '--import=' + minimal)
        small_pages(with_minimal, os.path.join(db_dir, 'minimal.sqlite'))

        demo = os.path.join(shared, 'demo.sqlite')
        run(mentoring, home, '--demo', '--database=' + demo, '--export=' + os.path.join(json_dir, 'demo-export.json'))
        small_pages(demo, os.path.join(db_dir, 'demo.sqlite'))

    for folder in (json_dir, db_dir):
        print('%s: %s' % (folder, ', '.join('%s (%d bytes)' % (n, os.path.getsize(os.path.join(folder, n)))
                                            for n in sorted(os.listdir(folder)))))


main()

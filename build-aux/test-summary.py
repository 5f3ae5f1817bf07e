#!/usr/bin/env python3
"""Summarise meson test logs: print 'tests: N passed, N failed, N skipped' and fail when CI is
set and any ui test was skipped (a skipped UI test did not really run)."""
import json
import os
import sys

passed = failed = skipped = 0
ui_skipped = []
for build in sys.argv[1:]:
    path = os.path.join(build, 'meson-logs', 'testlog.json')
    if not os.path.exists(path):
        print(f'{path}: missing, no tests ran there', file=sys.stderr)
        failed += 1
        continue
    with open(path, encoding='utf-8') as log:
        for line in log:
            entry = json.loads(line)
            result = entry['result']
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
                if 'ui' in entry.get('suite', []) or any(s.endswith(':ui') or s.endswith(':a11y') for s in entry.get('suite', [])):
                    ui_skipped.append(entry['name'])
            else:
                failed += 1

if os.environ.get('CI') and ui_skipped:
    print('ui tests skipped in CI (no display?): ' + ', '.join(ui_skipped), file=sys.stderr)
    failed += len(ui_skipped)

print(f'tests: {passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed else 0)

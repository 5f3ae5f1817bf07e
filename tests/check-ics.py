#!/usr/bin/env python3
"""check-ics.py FILE UID START: parse FILE with python3-icalendar and check the event UID
starts at START (ISO 8601, compared as an instant). Exit 77 when icalendar is missing."""
import sys
from datetime import datetime

try:
    import icalendar
except ImportError:
    sys.exit(77)

path, uid, start = sys.argv[1:4]
with open(path, 'rb') as f:
    cal = icalendar.Calendar.from_ical(f.read())
events = [c for c in cal.walk('VEVENT')]
assert len(events) == 2, f'{len(events)} events'
match = [e for e in events if str(e['UID']) == uid]
assert len(match) == 1, f'no event with UID {uid}'
event = match[0]
dtstart = event.decoded('DTSTART')
assert dtstart.tzinfo is not None, 'DTSTART has no zone'
assert dtstart == datetime.fromisoformat(start), f'{dtstart} != {start}'
assert 'mailto:ada@als.example.org' in [str(a) for a in (event.get('ATTENDEE') if isinstance(event.get('ATTENDEE'), list) else [event.get('ATTENDEE')])]
print('ok', dtstart.isoformat())

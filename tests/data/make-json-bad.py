#!/usr/bin/env python3
# make-json-bad.py: writes tests/data/json-good/minimal.json and the broken variants in
# tests/data/json-bad/NN-name.json, each with NN-name.expected: the start of the one-line
# error message the import must give (the JSON path of the first bad value, then why).
#
# Run it from anywhere after changing the cases; the files are committed.

import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, 'json-good')
BAD = os.path.join(HERE, 'json-bad')

PROGRAM = '7d4b1c9e-2f63-4a8e-9b1d-0c5e6f7a8b90'
DEPARTMENT = '11111111-1111-4111-8111-000000000001'
MENTOR = '22222222-2222-4222-8222-000000000001'
EMPLOYEE = '22222222-2222-4222-8222-000000000002'
HR = '22222222-2222-4222-8222-000000000003'
COLLEAGUE = '22222222-2222-4222-8222-000000000004'
EMPLOYEE_2 = '22222222-2222-4222-8222-000000000005'
QUESTION = '33333333-3333-4333-8333-000000000001'
PAIR = '44444444-4444-4444-8444-000000000001'
PAIR_2 = '44444444-4444-4444-8444-000000000002'
MEETING_1 = '55555555-5555-4555-8555-000000000001'
MEETING_2 = '55555555-5555-4555-8555-000000000002'
MEETING_3 = '55555555-5555-4555-8555-000000000003'
INTRODUCTION = '66666666-6666-4666-8666-000000000001'
CONCERN = '77777777-7777-4777-8777-000000000001'
FEEDBACK = '88888888-8888-4888-8888-000000000001'
MISSING = '99999999-9999-4999-8999-999999999999'

base = {
    'format': 'mentoring/1',
    'exported_at': '2026-03-01T12:00:00Z',
    'programs': [{
        'format': 'mentoring-program/1',
        'uuid': PROGRAM,
        'slug': 'json-test-program',
        'version': 1,
        'name': 'JSON test program',
        'phases': [{
            'id': 'first-months',
            'title': 'First months',
            'start_month': 0,
            'months': 2,
            'cadence': {'unit': 'weeks', 'every': 2},
            'activities': [
                {'id': 'json-test-tour', 'title': 'Tour of the departments'},
                {'id': 'json-test-group', 'title': 'A member group', 'optional': True,
                 'hr_follow_up': True},
            ],
        }],
    }],
    'departments': [
        {'uuid': DEPARTMENT, 'name': 'JSON Test Department', 'description': 'Tests imports.',
         'ask_for': 'Broken files — the test suite'},
    ],
    'people': [
        {'uuid': MENTOR, 'name': 'Amélie Test-Mentor', 'login': 'jsontest-mentor',
         'email': 'mentor@example.org', 'phone': None, 'title': 'Consultant',
         'department': DEPARTMENT, 'hr_admin': False, 'may_mentor': True, 'active': True},
        {'uuid': EMPLOYEE, 'name': 'Björn Test-Employee', 'login': 'jsontest-employee',
         'email': 'employee@example.org', 'phone': '+1 309 555 0100', 'title': 'Driver',
         'department': DEPARTMENT, 'hr_admin': False, 'may_mentor': False, 'active': True},
        {'uuid': HR, 'name': 'Test HR', 'login': 'jsontest-hr', 'email': None, 'phone': None,
         'title': None, 'department': None, 'hr_admin': True, 'may_mentor': False, 'active': True},
        {'uuid': COLLEAGUE, 'name': 'Colleague Test', 'login': None,
         'email': 'colleague@example.org', 'phone': None, 'title': None, 'department': None,
         'hr_admin': False, 'may_mentor': False, 'active': True},
        {'uuid': EMPLOYEE_2, 'name': 'Second Test-Employee', 'login': 'jsontest-employee-2',
         'email': None, 'phone': None, 'title': None, 'department': DEPARTMENT,
         'hr_admin': False, 'may_mentor': False, 'active': True},
    ],
    'questions': [
        {'uuid': QUESTION, 'question': 'Where are the test files?', 'answer': 'In tests/data.',
         'ask_whom': 'The test suite'},
    ],
    'mentorships': [
        {
            'uuid': PAIR, 'mentor': MENTOR, 'employee': EMPLOYEE, 'program': PROGRAM,
            'start_date': '2026-02-02', 'status': 'active', 'end_reason': None, 'ended_on': None,
            'agreement': {'best_days': 'Mondays', 'channels': 'E-mail', 'agreed_on': '2026-02-02'},
            'meetings': [
                {'uuid': MEETING_1, 'starts_at': '2026-02-02T10:00:00Z', 'duration_minutes': 60,
                 'mode': 'in-person', 'status': 'held', 'place': 'Room 1', 'informal': False},
                {'uuid': MEETING_2, 'starts_at': '2026-02-16T10:00:00Z', 'duration_minutes': 45,
                 'mode': 'video', 'status': 'scheduled', 'place': None, 'informal': False},
            ],
            'activities': [
                {'activity': 'json-test-tour', 'state': 'done', 'done_on': '2026-02-02',
                 'meeting': MEETING_1, 'hr_followed_up_on': None, 'hr_note': None},
            ],
            'introductions': [
                {'uuid': INTRODUCTION, 'colleague': 'Colleague Test', 'colleague_person': COLLEAGUE,
                 'where': 'Staff room', 'on': '2026-02-03'},
            ],
            'concerns': [
                {'uuid': CONCERN, 'raised_at': '2026-02-04T09:30:00Z', 'needed_by': '2026-02-10',
                 'status': 'open', 'answered_at': None},
            ],
            'feedback': [
                {'uuid': FEEDBACK, 'role': 'employee', 'program_rating': 4, 'meetings_rating': 5,
                 'usefulness_rating': 0, 'submitted_at': '2026-02-20T15:00:00Z'},
            ],
        },
        {
            'uuid': PAIR_2, 'mentor': MENTOR, 'employee': EMPLOYEE_2, 'program': PROGRAM,
            'start_date': '2026-02-09', 'status': 'active', 'end_reason': None, 'ended_on': None,
            'agreement': None,
            'meetings': [
                {'uuid': MEETING_3, 'starts_at': '2026-02-09T10:00:00Z', 'duration_minutes': 30,
                 'mode': 'phone', 'status': 'held', 'place': None, 'informal': False},
            ],
            'activities': [], 'introductions': [], 'concerns': [], 'feedback': [],
        },
    ],
}


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + '\n'


cases = []


def case(name, expected, text=None, edit=None, raw=None):
    if raw is None:
        if text is None:
            doc = copy.deepcopy(base)
            edit(doc)
            text = dump(doc)
        raw = text.encode('utf-8')
    cases.append((name, expected, raw))


def set_in(*path_and_value):
    *path, value = path_and_value

    def edit(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return edit


def delete_in(*path):
    def edit(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return edit


good = dump(base)

case('not-json', '$: not valid JSON at line 1: this is not a file Mentoring exported', text='{"format": "mentoring/1", "people": [ {"uuid": }\n')
case('truncated', '$: not valid JSON', text=good[:len(good) // 2])
case('empty', '$: the file is empty', text='')
case('not-an-object', '$: expected an object', text='[1, 2, 3]\n')
case('missing-format', '$.format: missing', edit=delete_in('format'))
case('wrong-format', '$.format: expected "mentoring/1"', edit=set_in('format', 'mentoring/2'))
case('format-not-string', '$.format: expected "mentoring/1"', edit=set_in('format', 1))
case('bad-email', '$.people[3].email: not an e-mail address (the record of “Colleague Test”)',
     edit=set_in('people', 3, 'email', 'colleague at example.org'))
case('dangling-mentor', '$.mentorships[0].mentor: no person with uuid “%s”' % MISSING,
     edit=set_in('mentorships', 0, 'mentor', MISSING))
case('dangling-department', '$.people[1].department: no department with uuid',
     edit=set_in('people', 1, 'department', MISSING))
case('dangling-colleague', '$.mentorships[0].introductions[0].colleague_person: no person with uuid',
     edit=set_in('mentorships', 0, 'introductions', 0, 'colleague_person', MISSING))
case('duplicate-uuid', '$.people[1].uuid: “%s” is given twice' % MENTOR,
     edit=set_in('people', 1, 'uuid', MENTOR))
case('duplicate-meeting-uuid', '$.mentorships[1].meetings[0].uuid: “%s” is given twice' % MEETING_1,
     edit=set_in('mentorships', 1, 'meetings', 0, 'uuid', MEETING_1))
case('duplicate-login', '$.people[1].login: “jsontest-mentor” is given twice',
     edit=set_in('people', 1, 'login', 'jsontest-mentor'))
case('invalid-date', '$.mentorships[0].start_date: “2026-02-30” is not a valid day',
     edit=set_in('mentorships', 0, 'start_date', '2026-02-30'))
case('date-wrong-shape', '$.mentorships[0].activities[0].done_on: “2/2/2026” is not a valid day',
     edit=set_in('mentorships', 0, 'activities', 0, 'done_on', '2/2/2026'))
case('invalid-instant', '$.mentorships[0].meetings[1].starts_at: “next Tuesday” is not a valid date and time',
     edit=set_in('mentorships', 0, 'meetings', 1, 'starts_at', 'next Tuesday'))
case('instant-without-zone', '$.mentorships[0].concerns[0].raised_at: “2026-02-04T09:30:00” is not a valid',
     edit=set_in('mentorships', 0, 'concerns', 0, 'raised_at', '2026-02-04T09:30:00'))
case('wrong-type-bool', '$.people[0].hr_admin: expected true or false',
     edit=set_in('people', 0, 'hr_admin', 'yes'))
case('wrong-type-string', '$.departments[0].name: expected a string',
     edit=set_in('departments', 0, 'name', 42))
case('wrong-type-list', '$.people: expected an array', edit=set_in('people', {'uuid': MENTOR}))
case('wrong-type-record', '$.questions[0]: expected an object', edit=set_in('questions', 0, 'Where?'))
case('missing-name', '$.people[1].name: missing', edit=delete_in('people', 1, 'name'))
case('empty-name', '$.people[2].name: must not be empty', edit=set_in('people', 2, 'name', ''))
case('missing-uuid', '$.mentorships[0].meetings[0].uuid: missing',
     edit=delete_in('mentorships', 0, 'meetings', 0, 'uuid'))
case('bad-uuid', '$.questions[0].uuid: not a UUID', edit=set_in('questions', 0, 'uuid', '12345'))
case('unknown-member', '$.people[0].nickname: unknown member',
     edit=set_in('people', 0, 'nickname', 'Ami'))
case('confidential-member', '$.mentorships[0].concerns[0].text: unknown member',
     edit=set_in('mentorships', 0, 'concerns', 0, 'text', 'A concern text must never be imported'))
case('bad-enum', '$.mentorships[0].meetings[0].status: expected one of "scheduled", "held", "cancelled"',
     edit=set_in('mentorships', 0, 'meetings', 0, 'status', 'done'))
case('rating-out-of-range', '$.mentorships[0].feedback[0].program_rating: expected a whole number from 0 to 5',
     edit=set_in('mentorships', 0, 'feedback', 0, 'program_rating', 7))
case('fraction-for-int', '$.mentorships[0].meetings[0].duration_minutes: expected a whole number',
     edit=set_in('mentorships', 0, 'meetings', 0, 'duration_minutes', 60.5))
case('unknown-activity', '$.mentorships[0].activities[0].activity: the program “JSON test program” has no activity “juggling”',
     edit=set_in('mentorships', 0, 'activities', 0, 'activity', 'juggling'))
case('meeting-of-other-pair', '$.mentorships[1].activities[0].meeting: this meeting belongs to another mentorship',
     edit=set_in('mentorships', 1, 'activities',
                 [{'activity': 'json-test-tour', 'state': 'done', 'done_on': '2026-02-09',
                   'meeting': MEETING_1}]))
case('mentor-is-employee', '$.mentorships[1].employee: is also the mentor',
     edit=set_in('mentorships', 1, 'employee', MENTOR))
case('bad-program', '$.programs[0].phases: must list at least one phase',
     edit=set_in('programs', 0, 'phases', []))
case('duplicate-member', '$.people[0]: the member “name” is given twice',
     text=good.replace('"name": "Amélie Test-Mentor",',
                       '"name": "Amélie Test-Mentor",\n      "name": "Someone Else",', 1))
case('deep-nesting', '$: is nested more than 64 levels deep',
     text='{"format": "mentoring/1", "people": ' + '[' * 10000 + ']' * 10000 + '}\n')
case('nul-escape', '$: contains a NUL character (\\u0000) in a string',
     text=good.replace('"Test HR"', '"Test\\u0000HR"', 1))
case('lone-surrogate', '$.people[2].name: is not valid UTF-8 text',
     text=good.replace('"Test HR"', '"Test \\ud800 HR"', 1))
case('long-string', '$.departments[0].description: is longer than the 64 KiB a text may have',
     edit=set_in('departments', 0, 'description', 'x' * (70 * 1024)))
case('nul-byte', '$: contains a NUL byte', raw=good.replace('Test HR', 'Test\0HR', 1).encode('utf-8'))
case('invalid-utf8', '$: is not valid UTF-8 text',
     raw=good.encode('utf-8').replace(b'Test HR', b'Test \xff HR', 1))


# What the windows' dialogs refuse, a file may not bring in either.
case('active-with-end', '$.mentorships[1].ended_on: a mentorship still active has not ended',
     edit=set_in('mentorships', 1, 'ended_on', '2026-03-01'))
# Years a schedule cannot span: refused, not read into dates GDateTime cannot hold.
case('year-9999', '$.mentorships[0].start_date: “9999-12-31” is not a valid day (expected YYYY-MM-DD, from year 1900 to 2999)',
     edit=set_in('mentorships', 0, 'start_date', '9999-12-31'))
case('year-1', '$.mentorships[0].start_date: “0001-01-01” is not a valid day',
     edit=set_in('mentorships', 0, 'start_date', '0001-01-01'))
case('year-1899', '$.mentorships[0].start_date: “1899-12-31” is not a valid day',
     edit=set_in('mentorships', 0, 'start_date', '1899-12-31'))
case('year-3000', '$.mentorships[0].start_date: “3000-01-01” is not a valid day',
     edit=set_in('mentorships', 0, 'start_date', '3000-01-01'))
case('instant-year-9999', '$.mentorships[0].meetings[1].starts_at: “9999-12-31T10:00:00Z” is not a valid date and time',
     edit=set_in('mentorships', 0, 'meetings', 1, 'starts_at', '9999-12-31T10:00:00Z'))
# Only white space: empty, as a file of no bytes is.
case('blank', '$: the file is empty', raw=b'  \n\t\n')


def edits(*functions):
    def edit(doc):
        for function in functions:
            function(doc)
    return edit


# What the windows never write: a meeting held to come, an activity done without its day or
# in 2999, a required one not applicable, a follow-up the program has not, or to come, a
# concern raised in 2999 or needed before it was raised, a pairing ended without its day,
# ended early without a reason, or completed with one.
case('held-in-future', '$.mentorships[0].meetings[1].starts_at: a meeting held cannot be in the future',
     edit=edits(set_in('mentorships', 0, 'meetings', 1, 'status', 'held'),
                set_in('mentorships', 0, 'meetings', 1, 'starts_at', '2999-02-16T10:00:00Z')))
case('done-without-day', '$.mentorships[0].activities[0].done_on: a done activity has the day it was done',
     edit=edits(set_in('mentorships', 0, 'activities', 0, 'done_on', None),
                set_in('mentorships', 0, 'activities', 0, 'meeting', None)))
case('done-day-to-come', '$.mentorships[0].activities[0].done_on: is a day to come',
     edit=edits(set_in('mentorships', 0, 'activities', 0, 'done_on', '2999-01-01'),
                set_in('mentorships', 0, 'activities', 0, 'meeting', None)))
case('not-applicable-required', '$.mentorships[0].activities[0].state: only an optional activity can be not applicable',
     edit=edits(set_in('mentorships', 0, 'activities', 0, 'state', 'not-applicable'),
                set_in('mentorships', 0, 'activities', 0, 'done_on', None),
                set_in('mentorships', 0, 'activities', 0, 'meeting', None)))
case('follow-up-not-in-program', '$.mentorships[0].activities[0].hr_followed_up_on: this activity has no follow-up with HR',
     edit=set_in('mentorships', 0, 'activities', 0, 'hr_followed_up_on', '2026-02-05'))
case('follow-up-day-to-come', '$.mentorships[0].activities[1].hr_followed_up_on: is a day to come',
     edit=lambda doc: doc['mentorships'][0]['activities'].append(
         {'activity': 'json-test-group', 'state': 'done', 'done_on': '2026-02-02', 'meeting': MEETING_1,
          'hr_followed_up_on': '2999-01-01', 'hr_note': 'Fine'}))
case('concern-raised-in-future', '$.mentorships[0].concerns[0].raised_at: is in the future',
     edit=edits(set_in('mentorships', 0, 'concerns', 0, 'raised_at', '2999-02-04T09:30:00Z'),
                set_in('mentorships', 0, 'concerns', 0, 'needed_by', '2999-02-10')))
case('needed-before-raised', '$.mentorships[0].concerns[0].needed_by: is before the concern was raised',
     edit=set_in('mentorships', 0, 'concerns', 0, 'needed_by', '2026-02-01'))
case('ended-without-day', '$.mentorships[1].ended_on: a mentorship that has ended has the day it ended',
     edit=set_in('mentorships', 1, 'status', 'completed'))
case('ended-early-without-reason', '$.mentorships[1].end_reason: a mentorship that ended early says why',
     edit=edits(set_in('mentorships', 1, 'status', 'ended-early'),
                set_in('mentorships', 1, 'ended_on', '2026-03-01')))
case('completed-with-reason', '$.mentorships[1].end_reason: only a mentorship that ended early has an end reason',
     edit=edits(set_in('mentorships', 1, 'status', 'completed'),
                set_in('mentorships', 1, 'ended_on', '2026-03-01'),
                set_in('mentorships', 1, 'end_reason', 'Moved to another library')))
# A file saved in another encoding than UTF-8: said so, not as a NUL byte somewhere.
case('utf16', '$: the file is written in UTF-16 or UTF-32, not UTF-8', raw=good.encode('utf-16'))
case('utf16-no-mark', '$: the file is written in UTF-16 or UTF-32, not UTF-8', raw=good.encode('utf-16-be'))

os.makedirs(GOOD, exist_ok=True)
os.makedirs(BAD, exist_ok=True)

with open(os.path.join(GOOD, 'minimal.json'), 'w', encoding='utf-8') as f:
    f.write(good)

for name in os.listdir(BAD):
    if name.endswith('.json') or name.endswith('.expected'):
        os.unlink(os.path.join(BAD, name))

for number, (name, expected, raw) in enumerate(cases, 1):
    stem = os.path.join(BAD, '%02d-%s' % (number, name))
    with open(stem + '.json', 'wb') as f:
        f.write(raw)
    with open(stem + '.expected', 'w', encoding='utf-8') as f:
        f.write(expected + '\n')

print('%d broken files in %s' % (len(cases), BAD))

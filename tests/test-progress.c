/* test-progress.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-progress"

#include "config.h"

#include <string.h>

#include "mp-model.h"
#include "mp-phase-work.h"
#include "mp-progress.h"

/*
 * THE WORKED EXAMPLE (every number below derived by hand)
 *
 * Program (the pilot's shape):
 *   0 before-arrival  start_month -1, once            activities: reach-out
 *   1 months-1-2      start_month 0, 2 months, every 2 weeks
 *                                                     activities: departments, where-to-go,
 *                                                     equipment, member-events
 *   2 months-3-6      start_month 2, 4 months, monthly
 *                                                     activities: shadow-consultant (HR),
 *                                                     member-group (optional, HR),
 *                                                     committee, position-specific
 *   9 activities in all.
 *
 * Mentorship: starts Monday 5 January 2026, active. Today: Tuesday 14 April 2026.
 *
 * Slots (expected meetings) and their windows:
 *   29 Dec (before arrival; window: any day before 5 Jan)
 *   5 Jan [5 Jan, 12 Jan)   19 Jan [12 Jan, 26 Jan)   2 Feb [26 Jan, 9 Feb)   16 Feb [9 Feb, 5 Mar)
 *   5 Mar [5 Mar, 20 Mar)   5 Apr [20 Mar, 20 Apr)    5 May [20 Apr, 20 May)  5 Jun [20 May, 5 Jul)
 *   → meetings_total = 9; dated on or before 14 Apr: 29 Dec … 5 Apr → meetings_expected = 7.
 *
 * Meetings (all at 12:00 UTC):
 *   30 Dec 2025  held, informal (a call)    → the contact before arrival: counts
 *    5 Jan       held                       → counts
 *   21 Jan       held                       → counts
 *   28 Jan       held, informal (drop-by)   → a contact, but not a cadence meeting
 *   16 Feb       held                       → counts
 *    4 Mar       cancelled                  → nothing
 *    9 Mar       held                       → counts
 *    1 Apr       scheduled, never logged    → in the past: not the next meeting
 *    2 Apr       held, informal (e-mail)    → last contact
 *   16 Apr       scheduled                  → next meeting
 *   20 May       scheduled                  → later
 *   → meetings_held = 1 (before arrival) + 4 (5 Jan, 21 Jan, 16 Feb, 9 Mar) = 5.
 *
 * Adherence: 29 Dec kept (30 Dec); 5 Jan kept; 19 Jan kept (21 Jan); 2 Feb missed
 *   (only the informal 28 Jan in its window), window closed → judged; 16 Feb kept;
 *   5 Mar kept (9 Mar); 5 Apr: window open until 20 Apr and empty → not judged yet.
 *   → slots_kept = 5, slots_judged = 6, cadence_adherence = 5/6 = 0.8333…
 *
 * Schedule: the last counted meeting, 9 Mar, is in months 3–6 (monthly) → due
 *   Thursday 9 April; today is 14 April → days_until_due = -5, OVERDUE. Suggested:
 *   not before today (14 Apr, a Tuesday) → 14 Apr; if the mentor has another
 *   pairing's meeting on 14 Apr: 13 Apr is before today, so Wednesday 15 Apr.
 *   Phase: 14 Apr is in months 3–6 → phase_index 2, "Months 3–6".
 *
 * Activities (progress rows):
 *   reach-out DONE, departments DONE, where-to-go DONE, equipment PENDING,
 *   member-events (no row: pending), shadow-consultant DONE + HR followed up 20 Mar,
 *   member-group DONE (no HR follow-up yet), committee (no row),
 *   position-specific NOT_APPLICABLE although not optional (still applicable),
 *   plus a row for an activity the program does not have ("unknown", DONE): ignored.
 *   → activities_applicable = 9, activities_done = 5, hr_follow_ups_pending = 1.
 *   Then member-group marked NOT_APPLICABLE (it is optional):
 *   → applicable 8, done 4, HR follow-ups pending 0.
 *
 * Contacts: last held on or before today is the informal e-mail of 2 Apr →
 *   last_contact 2 Apr, days_since_contact 12. Next meeting: 16 Apr 12:00 UTC.
 *
 * Ended early on 10 Feb instead: everything as of 10 Feb: expected 4 (29 Dec,
 *   5 Jan, 19 Jan, 2 Feb), held 3 (30 Dec, 5 Jan, 21 Jan), state ENDED, phase 1.
 */

static const char program_json[] =
  "{"
  "  \"format\": \"mentoring-program/1\","
  "  \"slug\": \"test-pilot\","
  "  \"version\": 1,"
  "  \"name\": \"Test pilot\","
  "  \"phases\": ["
  "    { \"id\": \"before-arrival\", \"title\": \"Before arrival\", \"start_month\": -1, \"months\": 1,"
  "      \"cadence\": { \"unit\": \"once\" },"
  "      \"activities\": [ { \"id\": \"reach-out\", \"title\": \"Reach out\" } ] },"
  "    { \"id\": \"months-1-2\", \"title\": \"Months 1–2\", \"start_month\": 0, \"months\": 2,"
  "      \"cadence\": { \"unit\": \"weeks\", \"every\": 2 },"
  "      \"activities\": ["
  "        { \"id\": \"departments\", \"title\": \"Departments\" },"
  "        { \"id\": \"where-to-go\", \"title\": \"Where to go\" },"
  "        { \"id\": \"equipment\", \"title\": \"Equipment\" },"
  "        { \"id\": \"member-events\", \"title\": \"Member events\" } ] },"
  "    { \"id\": \"months-3-6\", \"title\": \"Months 3–6\", \"start_month\": 2, \"months\": 4,"
  "      \"cadence\": { \"unit\": \"months\", \"every\": 1 },"
  "      \"activities\": ["
  "        { \"id\": \"shadow-consultant\", \"title\": \"Shadow\", \"hr_follow_up\": true },"
  "        { \"id\": \"member-group\", \"title\": \"Member group\", \"optional\": true, \"hr_follow_up\": true },"
  "        { \"id\": \"committee\", \"title\": \"Committee\" },"
  "        { \"id\": \"position-specific\", \"title\": \"Position\" } ] }"
  "  ]"
  "}";

typedef struct
{
  MpProgram          *program;
  MpMentorship       *mentorship;
  MpMentorship       *other;
  GListStore         *meetings;
  GListStore         *mentor_meetings;
  GListStore         *progress;
  MpActivityProgress *member_group;
  GTimeZone          *utc;
  GDate               today;
} Fixture;

static GDate
day (int year,
     int month,
     int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, month, year);

  return date;
}

static char *
iso (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("(unset)");

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

#define assert_date(date, expected) \
  G_STMT_START { \
    g_autofree char *_text = iso (date); \
    g_assert_cmpstr (_text, ==, expected); \
  } G_STMT_END

static MpMeeting *
add_meeting (GListStore      *store,
             MpMentorship    *mentorship,
             const char      *utc_noon_date,
             MpMeetingStatus  status,
             gboolean         informal)
{
  g_autofree char *text = g_strdup_printf ("%sT12:00:00Z", utc_noon_date);
  g_autoptr(GDateTime) starts_at = g_date_time_new_from_iso8601 (text, NULL);
  g_autoptr(MpMeeting) meeting = NULL;

  g_assert_nonnull (starts_at);
  meeting = mp_meeting_new (mentorship, starts_at);
  mp_meeting_set_status (meeting, status);
  mp_meeting_set_informal (meeting, informal);
  g_list_store_append (store, meeting);

  return meeting;
}

static MpActivityProgress *
add_progress (GListStore      *store,
              MpMentorship    *mentorship,
              const char      *activity_id,
              MpActivityState  state)
{
  g_autoptr(MpActivityProgress) progress = mp_activity_progress_new (mentorship, activity_id);

  mp_activity_progress_set_state (progress, state);
  g_list_store_append (store, progress);

  return progress;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpPerson) mentor = mp_person_new ("Mentor");
  g_autoptr(MpPerson) employee = mp_person_new ("Employee");
  g_autoptr(MpPerson) other_employee = mp_person_new ("Other employee");
  MpActivityProgress *shadow;
  GDate start = day (2026, 1, 5);
  GDate followed_up = day (2026, 3, 20);

  fixture->program = mp_program_new_from_json (program_json, strlen (program_json), &error);
  g_assert_no_error (error);
  fixture->mentorship = mp_mentorship_new (mentor, employee, fixture->program, &start);
  fixture->other = mp_mentorship_new (mentor, other_employee, fixture->program, &start);
  fixture->utc = g_time_zone_new_utc ();
  fixture->today = day (2026, 4, 14);

  fixture->meetings = g_list_store_new (MP_TYPE_MEETING);
  add_meeting (fixture->meetings, fixture->mentorship, "2025-12-30", MP_MEETING_STATUS_HELD, TRUE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-01-05", MP_MEETING_STATUS_HELD, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-01-21", MP_MEETING_STATUS_HELD, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-01-28", MP_MEETING_STATUS_HELD, TRUE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-02-16", MP_MEETING_STATUS_HELD, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-03-04", MP_MEETING_STATUS_CANCELLED, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-03-09", MP_MEETING_STATUS_HELD, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-04-01", MP_MEETING_STATUS_SCHEDULED, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-04-02", MP_MEETING_STATUS_HELD, TRUE);
  /* Out of order on purpose: the later one first. */
  add_meeting (fixture->meetings, fixture->mentorship, "2026-05-20", MP_MEETING_STATUS_SCHEDULED, FALSE);
  add_meeting (fixture->meetings, fixture->mentorship, "2026-04-16", MP_MEETING_STATUS_SCHEDULED, FALSE);

  /* The mentor's calendar: this pairing's meetings plus another pairing's on 14 April
   * (and a cancelled one on 15 April, which does not make the day busy). */
  fixture->mentor_meetings = g_list_store_new (MP_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->meetings)); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (fixture->meetings), i);
      g_list_store_append (fixture->mentor_meetings, meeting);
    }
  add_meeting (fixture->mentor_meetings, fixture->other, "2026-04-14", MP_MEETING_STATUS_SCHEDULED, FALSE);
  add_meeting (fixture->mentor_meetings, fixture->other, "2026-04-15", MP_MEETING_STATUS_CANCELLED, FALSE);

  fixture->progress = g_list_store_new (MP_TYPE_ACTIVITY_PROGRESS);
  add_progress (fixture->progress, fixture->mentorship, "reach-out", MP_ACTIVITY_STATE_DONE);
  add_progress (fixture->progress, fixture->mentorship, "departments", MP_ACTIVITY_STATE_DONE);
  add_progress (fixture->progress, fixture->mentorship, "where-to-go", MP_ACTIVITY_STATE_DONE);
  add_progress (fixture->progress, fixture->mentorship, "equipment", MP_ACTIVITY_STATE_PENDING);
  shadow = add_progress (fixture->progress, fixture->mentorship, "shadow-consultant", MP_ACTIVITY_STATE_DONE);
  mp_activity_progress_set_hr_followed_up_on (shadow, &followed_up);
  fixture->member_group = add_progress (fixture->progress, fixture->mentorship, "member-group",
                                        MP_ACTIVITY_STATE_DONE);
  add_progress (fixture->progress, fixture->mentorship, "position-specific", MP_ACTIVITY_STATE_NOT_APPLICABLE);
  add_progress (fixture->progress, fixture->mentorship, "unknown", MP_ACTIVITY_STATE_DONE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->progress);
  g_clear_object (&fixture->mentor_meetings);
  g_clear_object (&fixture->meetings);
  g_clear_object (&fixture->other);
  g_clear_object (&fixture->mentorship);
  g_clear_object (&fixture->program);
  g_clear_pointer (&fixture->utc, g_time_zone_unref);
}

static void
assert_worked_example (MpProgressSummary *summary)
{
  g_autoptr(GDateTime) next = g_date_time_new_from_iso8601 ("2026-04-16T12:00:00Z", NULL);

  g_assert_cmpint (summary->phase_index, ==, 2);
  g_assert_cmpstr (summary->phase_title, ==, "Months 3–6");

  g_assert_cmpuint (summary->meetings_held, ==, 5);
  g_assert_cmpuint (summary->meetings_expected, ==, 7);
  g_assert_cmpuint (summary->meetings_total, ==, 9);

  g_assert_cmpuint (summary->slots_kept, ==, 5);
  g_assert_cmpuint (summary->slots_judged, ==, 6);
  g_assert_cmpfloat_with_epsilon (summary->cadence_adherence, 5.0 / 6.0, 1e-9);

  g_assert_cmpuint (summary->activities_applicable, ==, 9);
  g_assert_cmpuint (summary->activities_done, ==, 5);
  g_assert_cmpuint (summary->hr_follow_ups_pending, ==, 1);

  assert_date (&summary->last_contact, "2026-04-02");
  g_assert_cmpint (summary->days_since_contact, ==, 12);
  g_assert_nonnull (summary->next_meeting);
  g_assert_true (g_date_time_equal (summary->next_meeting, next));
  /* The one of 1 April is still only scheduled: nobody logged how it went */
  {
    g_autoptr(GDateTime) unrecorded = g_date_time_new_from_iso8601 ("2026-04-01T12:00:00Z", NULL);

    g_assert_cmpint (summary->unrecorded_at, ==, g_date_time_to_unix (unrecorded));
  }

  g_assert_cmpint (summary->schedule.state, ==, MP_SCHEDULE_STATE_OVERDUE);
  assert_date (&summary->schedule.due, "2026-04-09");
  g_assert_cmpint (summary->schedule.days_until_due, ==, -5);
  g_assert_cmpstr (summary->schedule.reason, ==, "Every month during months 3–6: was due by Thursday 9 April");
}

static void
test_worked_example (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(MpProgressSummary) summary = NULL;

  /* Without the mentor's calendar: suggested today. The local zone is UTC (main). */
  summary = mp_progress_compute (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                 G_LIST_MODEL (fixture->progress), &fixture->today);
  assert_worked_example (summary);
  assert_date (&summary->schedule.suggested, "2026-04-14");
  g_clear_pointer (&summary, mp_progress_summary_unref);

  /* With it: 14 April is taken by the other pairing, so 15 April. */
  summary = mp_progress_compute_full (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                      G_LIST_MODEL (fixture->progress),
                                      G_LIST_MODEL (fixture->mentor_meetings),
                                      NULL, &fixture->today, fixture->utc);
  assert_worked_example (summary);
  assert_date (&summary->schedule.suggested, "2026-04-15");
  g_clear_pointer (&summary, mp_progress_summary_unref);

  /* The optional member group marked not applicable. */
  mp_activity_progress_set_state (fixture->member_group, MP_ACTIVITY_STATE_NOT_APPLICABLE);
  summary = mp_progress_compute_full (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                      G_LIST_MODEL (fixture->progress), NULL,
                                      NULL, &fixture->today, fixture->utc);
  g_assert_cmpuint (summary->activities_applicable, ==, 8);
  g_assert_cmpuint (summary->activities_done, ==, 4);
  g_assert_cmpuint (summary->hr_follow_ups_pending, ==, 0);
}

/* The timelines' work of a phase (mp-phase-work.c): its meetings kept as the state judges
 * them, each in its own window. A second meeting in the first fortnight makes up for none:
 * months 1–2 keep 3 of their 4 (days 0, 14 and 42; none on day 28), with 4 held. */
static void
test_phase_work (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GArray) work = NULL;
  const MpPhaseWork *months_1_2;
  MpPhaseWork nothing_asked = { 0, };

  add_meeting (fixture->meetings, fixture->mentorship, "2026-01-06", MP_MEETING_STATUS_HELD, FALSE);
  work = mp_phase_work_compute (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                G_LIST_MODEL (fixture->progress), NULL, &fixture->today, fixture->utc);
  g_assert_cmpuint (work->len, ==, 3);
  months_1_2 = &g_array_index (work, MpPhaseWork, 1);
  g_assert_cmpuint (months_1_2->meetings_planned, ==, 4);
  g_assert_cmpuint (months_1_2->meetings_due, ==, 4);
  g_assert_cmpuint (months_1_2->meetings_held, ==, 4);
  g_assert_cmpuint (months_1_2->meetings_kept, ==, 3);
  g_assert_false (mp_phase_work_done (months_1_2));
  /* The contact before arrival kept, its activity done */
  g_assert_cmpuint (g_array_index (work, MpPhaseWork, 0).meetings_kept, ==, 1);
  g_assert_true (mp_phase_work_done (&g_array_index (work, MpPhaseWork, 0)));

  /* A phase that asks nothing of the pair (a late pairing's time before arrival, in a
   * program with no activity there) is not left undone ("Over: 0 of 0 meetings") */
  g_assert_true (mp_phase_work_done (&nothing_asked));
}

static void
test_ended_early (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(MpProgressSummary) summary = NULL;
  GDate ended_on = day (2026, 2, 10);

  mp_mentorship_set_status (fixture->mentorship, MP_MENTORSHIP_STATUS_ENDED_EARLY);
  mp_mentorship_set_ended_on (fixture->mentorship, &ended_on);

  summary = mp_progress_compute_full (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                      G_LIST_MODEL (fixture->progress), NULL,
                                      NULL, &fixture->today, fixture->utc);
  g_assert_cmpint (summary->schedule.state, ==, MP_SCHEDULE_STATE_ENDED);
  g_assert_cmpuint (summary->meetings_expected, ==, 4);
  g_assert_cmpuint (summary->meetings_held, ==, 3);
  g_assert_cmpint (summary->phase_index, ==, 1);
  g_assert_cmpstr (summary->phase_title, ==, "Months 1–2");
  g_assert_false (g_date_valid (&summary->schedule.due));
  /* Activities are counted whatever the state. */
  g_assert_cmpuint (summary->activities_done, ==, 5);
}

static void
test_time_zone (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("Europe/Madrid");
  g_autoptr(GListStore) meetings = g_list_store_new (MP_TYPE_MEETING);
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(MpMeeting) meeting = NULL;
  g_autoptr(MpProgressSummary) in_utc = NULL;
  g_autoptr(MpProgressSummary) in_madrid = NULL;
  GDate today = day (2026, 3, 30);

  if (madrid == NULL)
    {
      g_test_skip ("time zone data not installed");
      return;
    }

  /* 00:30 in Madrid on the morning summer time starts is 23:30 UTC the day before:
   * held on Sunday 29 March in Madrid, Saturday 28 March in UTC. (From a start on
   * 20 January it is the month-2 meeting of 20 March, held late; the next one the program
   * expects is on 20 April, before a month after it.) */
  {
    GDate start = day (2026, 1, 20);

    mp_mentorship_set_start_date (fixture->mentorship, &start);
  }
  starts_at = g_date_time_new_from_iso8601 ("2026-03-28T23:30:00Z", NULL);
  meeting = mp_meeting_new (fixture->mentorship, starts_at);
  mp_meeting_set_status (meeting, MP_MEETING_STATUS_HELD);
  g_list_store_append (meetings, meeting);

  in_utc = mp_progress_compute_full (fixture->mentorship, G_LIST_MODEL (meetings), NULL, NULL,
                                     NULL, &today, fixture->utc);
  in_madrid = mp_progress_compute_full (fixture->mentorship, G_LIST_MODEL (meetings), NULL, NULL,
                                        NULL, &today, madrid);
  assert_date (&in_utc->last_contact, "2026-03-28");
  assert_date (&in_madrid->last_contact, "2026-03-29");
  g_assert_cmpint (in_madrid->days_since_contact, ==, 1);
  /* Monthly from 29 March: due 29 April; from 28 March: 28 April. */
  assert_date (&in_madrid->schedule.due, "2026-04-29");
  assert_date (&in_utc->schedule.due, "2026-04-28");
}

static void
test_plain (void)
{
  static const MpSchedulePhase phases[] = {
    { -1, 1, MP_CADENCE_UNIT_ONCE, 1 },
    { 0, 2, MP_CADENCE_UNIT_WEEKS, 2 },
    { 2, 4, MP_CADENCE_UNIT_MONTHS, 1 },
  };
  static const char * const titles[] = { "Before arrival", "Months 1–2", "Months 3–6", NULL };
  static const MpProgressActivity activities[] = {
    { MP_ACTIVITY_STATE_DONE, FALSE, FALSE, FALSE },
    { MP_ACTIVITY_STATE_DONE, FALSE, TRUE, FALSE },            /* HR pending */
    { MP_ACTIVITY_STATE_DONE, FALSE, TRUE, TRUE },             /* HR done */
    { MP_ACTIVITY_STATE_PENDING, FALSE, TRUE, FALSE },         /* not done: no HR yet */
    { MP_ACTIVITY_STATE_NOT_APPLICABLE, TRUE, TRUE, FALSE },   /* optional, n/a: excluded */
    { MP_ACTIVITY_STATE_NOT_APPLICABLE, FALSE, FALSE, FALSE }, /* required: stays applicable */
  };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) before = g_date_time_new (utc, 2025, 12, 20, 10, 0, 0);
  g_autoptr(MpProgressSummary) summary = NULL;
  g_autoptr(MpProgressSummary) ref = NULL;
  MpProgressMeeting meetings[] = {
    { 0, MP_MEETING_STATUS_HELD, TRUE },
    { MP_PROGRESS_NO_TIME, MP_MEETING_STATUS_HELD, FALSE },  /* no time: ignored */
  };
  GDate start = day (2026, 1, 5);
  GDate today = day (2025, 12, 28);

  meetings[0].starts_at = g_date_time_to_unix (before);
  summary = mp_progress_compute_plain (phases, G_N_ELEMENTS (phases), titles, &start, NULL,
                                       MP_MENTORSHIP_STATUS_ACTIVE, NULL,
                                       meetings, G_N_ELEMENTS (meetings),
                                       activities, G_N_ELEMENTS (activities),
                                       NULL, 0, NULL, 0, &today, utc);
  g_assert_cmpint (summary->schedule.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  g_assert_cmpint (summary->phase_index, ==, 0);
  g_assert_cmpstr (summary->phase_title, ==, "Before arrival");
  g_assert_cmpuint (summary->meetings_held, ==, 1);
  g_assert_cmpuint (summary->meetings_expected, ==, 0);
  g_assert_cmpfloat (summary->cadence_adherence, ==, 1.0);
  g_assert_cmpuint (summary->activities_applicable, ==, 5);
  g_assert_cmpuint (summary->activities_done, ==, 3);
  g_assert_cmpuint (summary->hr_follow_ups_pending, ==, 1);
  assert_date (&summary->last_contact, "2025-12-20");
  g_assert_cmpint (summary->days_since_contact, ==, 8);
  g_assert_null (summary->next_meeting);
  g_assert_cmpint (summary->unrecorded_at, ==, MP_PROGRESS_NO_TIME);
  assert_date (&summary->schedule.due, "2026-01-05");

  /* Boxed, reference counted. */
  ref = g_boxed_copy (MP_TYPE_PROGRESS_SUMMARY, summary);
  g_assert_true (ref == summary);

  /* Nothing at all. */
  g_clear_pointer (&summary, mp_progress_summary_unref);
  summary = mp_progress_compute_plain (phases, G_N_ELEMENTS (phases), NULL, &start, NULL,
                                       MP_MENTORSHIP_STATUS_ACTIVE, NULL, NULL, 0, NULL, 0,
                                       NULL, 0, NULL, 0, &today, utc);
  g_assert_null (summary->phase_title);
  g_assert_false (g_date_valid (&summary->last_contact));
  g_assert_cmpint (summary->days_since_contact, ==, -1);
  g_assert_cmpuint (summary->activities_applicable, ==, 0);
}

/* The mentor's dashboard and the schedule dialog are about the meeting after those already
 * arranged (16 April and 20 May): a month after 20 May is 20 June, a Saturday, so due by
 * Monday 22 June and suggested on Friday 19 June; the state stays that of the meetings held. */
static void
test_suggest_after_arranged (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_auto(MpScheduleInfo) info;

  mp_schedule_info_init (&info);
  mp_schedule_compute_for_mentorship (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                      G_LIST_MODEL (fixture->mentor_meetings), NULL, &fixture->today, fixture->utc, &info);
  assert_date (&info.suggested, "2026-06-19");
  assert_date (&info.due, "2026-06-22");
  g_assert_cmpint (info.days_until_due, ==, 69);
  g_assert_cmpstr (info.reason, ==, "Every month during months 3–6: due by Monday 22 June");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);

  /* With nothing arranged from today on, the due day as before (14 April is the other
   * pairing's, so 15 April). */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (fixture->meetings)); i-- > 0;)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (fixture->meetings), i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
        g_list_store_remove (fixture->meetings, i);
    }
  mp_schedule_compute_for_mentorship (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                      G_LIST_MODEL (fixture->mentor_meetings), NULL, &fixture->today, fixture->utc, &info);
  assert_date (&info.suggested, "2026-04-15");
  assert_date (&info.due, "2026-04-09");

  /* The library closed on 15 and 16 April: not suggested either, so Friday the 17th, the
   * first working day from today (the 14th, the other pairing's) free of both; the due day
   * is what the program says, whatever the closed days */
  {
    g_autoptr(GArray) closed = mp_closed_days_new ();
    GDate day;

    g_date_clear (&day, 1);
    g_date_set_dmy (&day, 15, G_DATE_APRIL, 2026);
    mp_closed_days_add (closed, &day, "Staff training");
    g_date_set_dmy (&day, 16, G_DATE_APRIL, 2026);
    mp_closed_days_add (closed, &day, "Staff training, second day");
    mp_schedule_compute_for_mentorship (fixture->mentorship, G_LIST_MODEL (fixture->meetings),
                                        G_LIST_MODEL (fixture->mentor_meetings), closed, &fixture->today,
                                        fixture->utc, &info);
    assert_date (&info.suggested, "2026-04-17");
    assert_date (&info.due, "2026-04-09");
  }
}

/* Before arrival with the contact only arranged (30 December), what comes after it is the
 * first meeting on the first day: the reason must not say the contact is made until it is. */
static void
test_suggest_after_arranged_contact (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(GListStore) meetings = g_list_store_new (MP_TYPE_MEETING);
  g_auto(MpScheduleInfo) info;
  GDate today = day (2025, 12, 20);
  MpMeeting *contact;

  mp_schedule_info_init (&info);
  contact = add_meeting (meetings, fixture->mentorship, "2025-12-30", MP_MEETING_STATUS_SCHEDULED, FALSE);
  mp_schedule_compute_for_mentorship (fixture->mentorship, G_LIST_MODEL (meetings),
                                      G_LIST_MODEL (meetings), NULL, &today, fixture->utc, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  assert_date (&info.due, "2026-01-05");
  g_assert_cmpuint (info.held, ==, 0);
  g_assert_cmpstr (info.reason, ==,
                   "First contact arranged: the first meeting is due on the first day, Monday 5 January");

  /* Held (and a later contact arranged): made. */
  mp_meeting_set_status (contact, MP_MEETING_STATUS_HELD);
  add_meeting (meetings, fixture->mentorship, "2026-01-02", MP_MEETING_STATUS_SCHEDULED, FALSE);
  today = day (2025, 12, 31);
  mp_schedule_compute_for_mentorship (fixture->mentorship, G_LIST_MODEL (meetings),
                                      G_LIST_MODEL (meetings), NULL, &today, fixture->utc, &info);
  g_assert_cmpuint (info.held, ==, 1);
  g_assert_cmpstr (info.reason, ==,
                   "First contact made: the first meeting is due on the first day, Monday 5 January");
}

int
main (int   argc,
      char *argv[])
{
  /* mp_progress_compute () reads meetings in the local zone: make it UTC, as
   * meson's test environment does, when run by hand too. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/progress/worked-example", Fixture, NULL,
              fixture_set_up, test_worked_example, fixture_tear_down);
  g_test_add ("/progress/phase-work", Fixture, NULL, fixture_set_up, test_phase_work, fixture_tear_down);
  g_test_add ("/progress/ended-early", Fixture, NULL,
              fixture_set_up, test_ended_early, fixture_tear_down);
  g_test_add ("/progress/time-zone", Fixture, NULL,
              fixture_set_up, test_time_zone, fixture_tear_down);
  g_test_add ("/progress/suggest-after-arranged", Fixture, NULL,
              fixture_set_up, test_suggest_after_arranged, fixture_tear_down);
  g_test_add ("/progress/suggest-after-arranged-contact", Fixture, NULL,
              fixture_set_up, test_suggest_after_arranged_contact, fixture_tear_down);
  g_test_add_func ("/progress/plain", test_plain);

  return g_test_run ();
}

/* test-ics.c: meetings exported as iCalendar parse back, with libical and python3-icalendar
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mp-ical-autoptr.h"
#include <sys/wait.h>

#include "mp-ics.h"
#include "mp-model.h"
#include "mp-store.h"

#define PRIVATE_MARKER "PRIVATE-NOTE-MARKER-7f3a"

typedef struct
{
  MpStore   *store;
  MpMeeting *meeting;
  MpMeeting *other;
} IcsFixture;

static MpPerson *
add_person (MpStore    *store,
            const char *name,
            const char *login,
            const char *email)
{
  g_autoptr(MpPerson) draft = mp_person_new (name);
  g_autoptr(GError) error = NULL;

  mp_person_set_login (draft, login);
  mp_person_set_email (draft, email);
  mp_person_set_may_mentor (draft, TRUE);
  g_assert_true (mp_store_save_person (store, draft, &error));
  g_assert_no_error (error);

  return mp_store_lookup_person (store, mp_person_get_uuid (draft));
}

static MpMeeting *
add_meeting (MpStore      *store,
             MpMentorship *mentorship,
             GDateTime    *when,
             const char   *agenda)
{
  g_autoptr(MpMeeting) draft = mp_meeting_new (mentorship, when);
  g_autoptr(GError) error = NULL;

  mp_meeting_set_duration_minutes (draft, 45);
  mp_meeting_set_mode (draft, MP_MEETING_MODE_IN_PERSON);
  mp_meeting_set_place (draft, "Room 2, Bloomington branch");
  mp_meeting_set_agenda (draft, agenda);
  g_assert_true (mp_store_save_meeting (store, draft, &error));
  g_assert_no_error (error);

  return mp_store_lookup_meeting (store, mp_meeting_get_uuid (draft));
}

static void
ics_fixture_set_up (IcsFixture    *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *template_path = g_test_build_filename (G_TEST_DIST, "..", "resources", "program",
                                                          "als-mentoring-pilot.json", NULL);
  g_autofree char *db_path = NULL;
  g_autoptr(GFile) template_file = g_file_new_for_path (template_path);
  g_autoptr(MpProgram) template = NULL;
  g_autoptr(MpMentorship) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("Europe/Madrid");
  MpProgram *program;
  MpPerson *mentor, *employee;
  GDate start;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  db_path = g_build_filename (g_get_user_data_dir (), "ics.sqlite", NULL);
  fixture->store = mp_store_open (db_path, NULL, &error);
  g_assert_no_error (error);

  template = mp_program_new_from_file (template_file, NULL, &error);
  g_assert_no_error (error);
  program = mp_store_ensure_program (fixture->store, template, &error);
  g_assert_no_error (error);

  mentor = add_person (fixture->store, "Grace O’Malley", "gomalley", "grace@als.example.org");
  employee = add_person (fixture->store, "Ada Lovelace", "alovelace", "ada@als.example.org");

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_DECEMBER, 2026);
  draft = mp_mentorship_new (mentor, employee, program, &start);
  g_assert_true (mp_store_create_mentorship (fixture->store, draft, &error));
  g_assert_no_error (error);

  /* 10:30 in Madrid on 15 December 2026 is 09:30 UTC (CET, UTC+1). */
  g_assert_nonnull (madrid);
  when = g_date_time_new (madrid, 2026, 12, 15, 10, 30, 0);
  fixture->meeting = add_meeting (fixture->store, mp_store_lookup_mentorship (fixture->store, mp_mentorship_get_uuid (draft)),
                                  when, "Introduction to departments\nHow to use equipment");
  g_assert_true (mp_store_set_private_note (fixture->store, fixture->meeting, PRIVATE_MARKER, &error));
  g_assert_no_error (error);

  /* In summer time (CEST, UTC+2) */
  later = g_date_time_new (madrid, 2027, 5, 4, 16, 0, 0);
  fixture->other = add_meeting (fixture->store, mp_meeting_get_mentorship (fixture->meeting), later, "Committee meeting");
}

static void
ics_fixture_tear_down (IcsFixture    *fixture,
                       gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
}

static char *
build_both (IcsFixture *fixture,
            GTimeZone  *tz)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *text;

  g_ptr_array_add (meetings, fixture->meeting);
  g_ptr_array_add (meetings, fixture->other);
  text = mp_ics_build (meetings, tz, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);

  return text;
}

static void
test_ics_parses_back (IcsFixture    *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("Europe/Madrid");
  g_autofree char *text = build_both (fixture, madrid);
  g_autofree char *uid = mp_ics_uid (fixture->meeting);
  g_autoptr(ICalComponent) calendar = i_cal_component_new_from_string (text);
  g_autoptr(ICalComponent) event = NULL;
  g_autoptr(ICalTime) start = NULL;
  g_autoptr(ICalProperty) attendee = NULL;
  g_autoptr(ICalProperty) organizer = NULL;
  ICalTimezone *zone;

  g_assert_nonnull (calendar);
  g_assert_cmpint (i_cal_component_isa (calendar), ==, I_CAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (i_cal_component_count_components (calendar, I_CAL_VEVENT_COMPONENT), ==, 2);
  g_assert_cmpint (i_cal_component_count_components (calendar, I_CAL_VTIMEZONE_COMPONENT), ==, 1);

  event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
  g_assert_cmpstr (i_cal_component_get_uid (event), ==, uid);
  g_assert_true (g_str_has_prefix (uid, mp_meeting_get_uuid (fixture->meeting)));

  /* The local wall-clock time, with its zone */
  start = i_cal_component_get_dtstart (event);
  g_assert_cmpint (i_cal_time_get_year (start), ==, 2026);
  g_assert_cmpint (i_cal_time_get_month (start), ==, 12);
  g_assert_cmpint (i_cal_time_get_day (start), ==, 15);
  g_assert_cmpint (i_cal_time_get_hour (start), ==, 10);
  g_assert_cmpint (i_cal_time_get_minute (start), ==, 30);
  zone = i_cal_time_get_timezone (start);
  g_assert_nonnull (zone);
  g_assert_cmpstr (i_cal_timezone_get_tzid (zone), ==, "Europe/Madrid");
  {
    g_autofree char *winter = g_strdup_printf ("DTSTART;TZID=%s:20261215T103000", i_cal_timezone_get_tzid (zone));
    g_autofree char *summer = g_strdup_printf ("DTSTART;TZID=%s:20270504T160000", i_cal_timezone_get_tzid (zone));
    g_autofree char *end = g_strdup_printf ("DTEND;TZID=%s:20261215T111500", i_cal_timezone_get_tzid (zone));

    g_autoptr(GRegex) fold = g_regex_new ("\r?\n[ \t]", 0, 0, NULL);
    g_autofree char *unfolded = g_regex_replace_literal (fold, text, -1, 0, "", 0, NULL);

    /* Long lines are folded (RFC 5545 3.1); compare the content lines unfolded. */
    g_assert_nonnull (strstr (unfolded, winter));
    g_assert_nonnull (strstr (unfolded, summer));
    g_assert_nonnull (strstr (unfolded, end));
    g_assert_nonnull (strstr (unfolded, "CN=Grace O’Malley:mailto:grace@als.example.org"));
  }

  organizer = i_cal_component_get_first_property (event, I_CAL_ORGANIZER_PROPERTY);
  g_assert_cmpstr (i_cal_property_get_organizer (organizer), ==, "mailto:grace@als.example.org");
  attendee = i_cal_component_get_first_property (event, I_CAL_ATTENDEE_PROPERTY);
  g_assert_cmpstr (i_cal_property_get_attendee (attendee), ==, "mailto:ada@als.example.org");

  g_assert_nonnull (strstr (i_cal_component_get_description (event), "How to use equipment"));
  g_assert_cmpstr (i_cal_component_get_location (event), ==, "Room 2, Bloomington branch");

  /* The private note is in the store, and never in the calendar file */
  {
    g_autofree char *note = mp_store_get_private_note (fixture->store, fixture->meeting);
    g_assert_cmpstr (note, ==, PRIVATE_MARKER);
  }
  g_assert_null (strstr (text, PRIVATE_MARKER));
}

static void
test_ics_utc (IcsFixture    *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *text = build_both (fixture, utc);

  /* Without a named zone, times are written in UTC. */
  g_assert_nonnull (strstr (text, "DTSTART:20261215T093000Z"));
  g_assert_null (strstr (text, "VTIMEZONE"));
}

static void
test_ics_python_icalendar (IcsFixture    *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("Europe/Madrid");
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "meetings.ics", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-ics.py", NULL);
  g_autofree char *uid = mp_ics_uid (fixture->meeting);
  g_autofree char *out = NULL;
  int status = 0;
  /* Debian's own Python, which has Debian's python3-icalendar, before any other on PATH. */
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
  const char *argv[] = { python, script, path, uid, "2026-12-15T09:30:00+00:00", NULL };

  g_ptr_array_add (meetings, fixture->meeting);
  g_ptr_array_add (meetings, fixture->other);
  g_assert_true (mp_ics_write_file (meetings, madrid, path, &error));
  g_assert_no_error (error);
  {
    GStatBuf buf;

    g_assert_cmpint (g_stat (path, &buf), ==, 0);
    g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  }

  /* Debian's python3-icalendar, as another calendar program would read it. */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("check-ics.py: %s", out);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77 && g_getenv ("CI") == NULL)
    {
      g_test_skip ("python3-icalendar is not installed");
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

/* The VEVENT of @calendar with @uid, or NULL */
static ICalComponent *
find_event (ICalComponent *calendar,
            const char    *uid)
{
  for (ICalComponent *event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       event != NULL;
       event = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      if (g_strcmp0 (i_cal_component_get_uid (event), uid) == 0)
        return event;
      g_object_unref (event);
    }

  return NULL;
}

/* mp_ics_collect_upcoming () from @now, as a parsed calendar */
static ICalComponent *
collect_from (IcsFixture *fixture,
              GDateTime  *now,
              guint       n_expected)
{
  MpPerson *mentor = mp_mentorship_get_mentor (mp_meeting_get_mentorship (fixture->meeting));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ICalComponent *calendar;

  meetings = mp_ics_collect_upcoming (fixture->store, mentor, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meetings);
  g_assert_cmpuint (meetings->len, ==, n_expected);
  text = mp_ics_build (meetings, utc, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (text, PRIVATE_MARKER));
  calendar = i_cal_component_new_from_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (i_cal_component_count_components (calendar, I_CAL_VEVENT_COMPONENT), ==, (int) n_expected);

  return calendar;
}

static void
assert_cancelled_event (ICalComponent *event)
{
  g_autoptr(ICalProperty) transp = NULL;

  g_assert_nonnull (event);
  g_assert_cmpint (i_cal_component_get_status (event), ==, I_CAL_STATUS_CANCELLED);
  g_assert_nonnull (strstr (i_cal_component_get_summary (event), "(cancelled)"));
  g_assert_nonnull (strstr (i_cal_component_get_description (event), "This meeting was cancelled."));
  /* The agenda it will not go through is left out */
  g_assert_null (strstr (i_cal_component_get_description (event), "Agenda"));
  transp = i_cal_component_get_first_property (event, I_CAL_TRANSP_PROPERTY);
  g_assert_nonnull (transp);
  g_assert_cmpint (i_cal_property_get_transp (transp), ==, I_CAL_TRANSP_TRANSPARENT);
  /* A revision of the meeting planned (sequence 0) */
  g_assert_cmpint (i_cal_component_get_sequence (event), ==, 1);
}

/* A meeting cancelled after an export goes out again, as cancelled and with the UID it had,
 * so that a calendar which took it in marks it cancelled; one cancelled in the past does not. */
static void
test_ics_cancelled (IcsFixture    *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GDateTime) before_both = g_date_time_new_utc (2026, 12, 1, 8, 0, 0);
  g_autoptr(GDateTime) between = g_date_time_new_utc (2027, 1, 10, 8, 0, 0);
  g_autofree char *uid = mp_ics_uid (fixture->meeting);
  g_autofree char *other_uid = mp_ics_uid (fixture->other);
  g_autoptr(ICalComponent) first = NULL;
  g_autoptr(ICalComponent) again = NULL;
  g_autoptr(ICalComponent) later = NULL;
  g_autoptr(ICalComponent) event = NULL;
  g_autoptr(ICalComponent) other_event = NULL;
  g_autoptr(GError) error = NULL;

  /* Both scheduled: both go out, confirmed */
  first = collect_from (fixture, before_both, 2);
  event = find_event (first, uid);
  g_assert_nonnull (event);
  g_assert_cmpint (i_cal_component_get_status (event), ==, I_CAL_STATUS_CONFIRMED);
  g_assert_null (strstr (i_cal_component_get_summary (event), "(cancelled)"));
  g_clear_object (&event);

  /* The first is called off: it still goes out, as cancelled, under the same UID */
  g_assert_true (mp_store_cancel_meeting (fixture->store, fixture->meeting, &error));
  g_assert_no_error (error);
  again = collect_from (fixture, before_both, 2);
  event = find_event (again, uid);
  assert_cancelled_event (event);
  other_event = find_event (again, other_uid);
  g_assert_nonnull (other_event);
  g_assert_cmpint (i_cal_component_get_status (other_event), ==, I_CAL_STATUS_CONFIRMED);
  g_assert_nonnull (strstr (i_cal_component_get_description (other_event), "Committee meeting"));
  g_clear_object (&event);
  g_clear_object (&other_event);

  /* Once its day is gone, a cancelled meeting is left out */
  later = collect_from (fixture, between, 1);
  event = find_event (later, uid);
  g_assert_null (event);
  other_event = find_event (later, other_uid);
  g_assert_nonnull (other_event);
}

/* A pairing that ends early cancels the meetings still to come: they go out as cancelled,
 * though the pairing is no longer active. */
static void
test_ics_cancelled_ended (IcsFixture    *fixture,
                          gconstpointer  user_data)
{
  MpMentorship *mentorship = mp_meeting_get_mentorship (fixture->meeting);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 1, 10, 8, 0, 0);
  g_autofree char *other_uid = mp_ics_uid (fixture->other);
  g_autoptr(ICalComponent) calendar = NULL;
  g_autoptr(ICalComponent) event = NULL;
  g_autoptr(GError) error = NULL;
  GDate ended_on;

  g_date_clear (&ended_on, 1);
  g_date_set_dmy (&ended_on, 10, G_DATE_JANUARY, 2027);
  g_assert_true (mp_store_end_mentorship (fixture->store, mentorship, "Moved to another branch", &ended_on, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_meeting_get_status (mp_store_lookup_meeting (fixture->store, mp_meeting_get_uuid (fixture->other))),
                   ==, MP_MEETING_STATUS_CANCELLED);

  calendar = collect_from (fixture, now, 1);
  event = find_event (calendar, other_uid);
  assert_cancelled_event (event);
}

/* A file that cannot be written: the error names what was chosen, never GLib's temporary
 * file, and nothing is left behind. */
static void
test_ics_write_errors (IcsFixture    *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (g_get_user_data_dir (), "no-such-folder", "meetings.ics", NULL);

  g_ptr_array_add (meetings, fixture->meeting);
  g_assert_false (mp_ics_write_file (meetings, NULL, missing, &error));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_null (strstr (error->message, "meetings.ics."));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  {
    g_autofree char *folder = g_path_get_dirname (missing);

    g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  }

  g_assert_false (mp_ics_write_file (meetings, NULL, g_get_user_data_dir (), &error));
  g_assert_nonnull (strstr (error->message, "is a folder: choose a file name in it"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/ics/parses-back", IcsFixture, NULL, ics_fixture_set_up, test_ics_parses_back, ics_fixture_tear_down);
  g_test_add ("/ics/utc", IcsFixture, NULL, ics_fixture_set_up, test_ics_utc, ics_fixture_tear_down);
  g_test_add ("/ics/python-icalendar", IcsFixture, NULL, ics_fixture_set_up, test_ics_python_icalendar,
              ics_fixture_tear_down);
  g_test_add ("/ics/cancelled", IcsFixture, NULL, ics_fixture_set_up, test_ics_cancelled, ics_fixture_tear_down);
  g_test_add ("/ics/cancelled-ended", IcsFixture, NULL, ics_fixture_set_up, test_ics_cancelled_ended,
              ics_fixture_tear_down);
  g_test_add ("/ics/write-errors", IcsFixture, NULL, ics_fixture_set_up, test_ics_write_errors, ics_fixture_tear_down);

  return g_test_run ();
}

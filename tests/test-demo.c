/* test-demo.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mp-demo.h"
#include "mp-json.h"
#include "mp-model.h"
#include "mp-progress.h"

typedef struct
{
  char    *dir;
  MpStore *store;
  GDate    today;
} Fixture;

static MpStore *
open_store (const char *dir,
            const char *name)
{
  g_autofree char *file = g_strconcat (name, ".db", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *private_path = mp_demo_private_path (path);
  g_autoptr(GError) error = NULL;
  MpStore *store;

  store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  const int *dmy = user_data;

  fixture->dir = g_dir_make_tmp ("test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_store (fixture->dir, "demo");

  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, dmy[0], dmy[1], dmy[2]);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
populate (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = mp_demo_populate (fixture->store, &fixture->today, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static MpProgressSummary *
progress_of (Fixture      *fixture,
             MpMentorship *mentorship)
{
  return mp_progress_compute (mentorship,
                              mp_store_get_meetings (fixture->store, mentorship),
                              mp_store_get_activity_progress (fixture->store, mentorship),
                              &fixture->today);
}

static MpMentorship *
mentorship_of (Fixture    *fixture,
               const char *employee_name)
{
  GListModel *people = mp_store_get_people (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (mp_person_get_name (person), employee_name) == 0)
        return mp_store_get_mentorship_for_employee (fixture->store, person);
    }

  return NULL;
}

/* Every stage the demo promises, on its day. */
static void
check_stages (Fixture *fixture)
{
  static const struct {
    const char         *employee;
    MpScheduleState     state;
    MpMentorshipStatus  status;
  } stages[] = {
    { "Priya Raman", MP_SCHEDULE_STATE_PRE_ARRIVAL, MP_MENTORSHIP_STATUS_ACTIVE },
    { "Daniel Brooks", MP_SCHEDULE_STATE_ON_TRACK, MP_MENTORSHIP_STATUS_ACTIVE },
    { "Aisha Mensah", MP_SCHEDULE_STATE_OVERDUE, MP_MENTORSHIP_STATUS_ACTIVE },
    { "Liam O'Brien", MP_SCHEDULE_STATE_ON_TRACK, MP_MENTORSHIP_STATUS_ACTIVE },
    { "Sofia Rossi", MP_SCHEDULE_STATE_COMPLETED, MP_MENTORSHIP_STATUS_COMPLETED },
    { "Marcus Chen", MP_SCHEDULE_STATE_ENDED, MP_MENTORSHIP_STATUS_ENDED_EARLY },
  };

  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_mentorships (fixture->store)), ==,
                    G_N_ELEMENTS (stages));

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      MpMentorship *mentorship = mentorship_of (fixture, stages[i].employee);
      g_autoptr(MpProgressSummary) progress = NULL;

      g_assert_nonnull (mentorship);
      g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, stages[i].status);

      progress = progress_of (fixture, mentorship);
      g_assert_cmpint (progress->schedule.state, ==, stages[i].state);
    }

  /* Week 3 is in the first phase, month 2 too (and behind), month 4 in the monthly phase. */
  {
    g_autoptr(MpProgressSummary) week_3 = progress_of (fixture, mentorship_of (fixture, "Daniel Brooks"));
    g_autoptr(MpProgressSummary) month_2 = progress_of (fixture, mentorship_of (fixture, "Aisha Mensah"));
    g_autoptr(MpProgressSummary) month_4 = progress_of (fixture, mentorship_of (fixture, "Liam O'Brien"));
    g_autoptr(MpProgressSummary) ended = progress_of (fixture, mentorship_of (fixture, "Marcus Chen"));
    MpMentorship *ended_mentorship = mentorship_of (fixture, "Marcus Chen");

    g_assert_cmpint (week_3->schedule.days_until_due, >, 0);
    g_assert_cmpuint (week_3->meetings_held, ==, 3);
    g_assert_cmpint (month_2->schedule.days_until_due, <, 0);
    g_assert_cmpuint (month_2->meetings_held, <, month_2->meetings_expected);
    g_assert_cmpuint (month_4->meetings_held, ==, month_4->meetings_expected);
    g_assert_cmpuint (month_4->activities_done, >=, 6);
    g_assert_cmpuint (month_4->hr_follow_ups_pending, ==, 1);
    g_assert_nonnull (month_4->next_meeting);
    g_assert_nonnull (mp_mentorship_get_end_reason (ended_mentorship));
    g_assert_true (g_date_valid (mp_mentorship_get_ended_on (ended_mentorship)));
    g_assert_cmpuint (ended->meetings_held, >, 0);
  }
}

static void
test_demo_stages (Fixture       *fixture,
                  gconstpointer  user_data)
{
  populate (fixture);
  check_stages (fixture);
}

/* Whatever the weekday: ten days in a row, across a month end. */
static void
test_demo_stages_every_day (Fixture       *fixture,
                            gconstpointer  user_data)
{
  for (guint day = 0; day < 10; day++)
    {
      g_autofree char *name = g_strdup_printf ("day-%u", day);

      g_clear_object (&fixture->store);
      fixture->store = open_store (fixture->dir, name);
      if (day > 0)
        g_date_add_days (&fixture->today, 1);

      g_test_message ("%04u-%02u-%02u", g_date_get_year (&fixture->today), g_date_get_month (&fixture->today),
                      g_date_get_day (&fixture->today));
      populate (fixture);
      check_stages (fixture);
    }
}

/* What each window needs to show something real. */
static void
test_demo_windows (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *people, *mentorships;
  MpPerson *hr;
  gboolean mentor_with_two = FALSE;
  gboolean non_latin = FALSE, accented = FALSE;
  guint feedback_people = 0, notes = 0, open_concerns = 0, answered_concerns = 0;
  guint introductions = 0, agreements = 0, hr_done = 0, scheduled = 0;

  populate (fixture);

  g_assert_true (mp_store_is_demo (fixture->store));

  /* HR: the person running the demo. */
  hr = mp_store_lookup_person_by_login (fixture->store, g_get_user_name ());
  g_assert_nonnull (hr);
  g_assert_true (mp_person_get_is_hr_admin (hr));
  g_assert_true (mp_store_get_current_person (fixture->store) == hr);
  g_assert_true (mp_store_current_is_hr_admin (fixture->store));

  people = mp_store_get_people (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (people), >=, 12);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      const char *name = mp_person_get_name (person);
      g_autoptr(GListModel) as_mentor = NULL;

      g_assert_true (g_utf8_validate (name, -1, NULL));
      for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
            non_latin = TRUE;
          if (c > 0x7F && g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN)
            accented = TRUE;
        }

      g_assert_nonnull (mp_person_get_department (person));
      if (person != hr)
        g_assert_nonnull (mp_person_get_login (person));

      if (g_list_model_get_n_items (mp_store_get_mentorships_for_mentor (fixture->store, person)) >= 2)
        mentor_with_two = TRUE;
    }
  g_assert_true (non_latin);
  g_assert_true (accented);
  g_assert_true (mentor_with_two);

  /* An employee with a mentorship; the mentor sees it. */
  {
    MpMentorship *mentorship = mentorship_of (fixture, "Daniel Brooks");
    MpPerson *mentor = mp_mentorship_get_mentor (mentorship);
    GListModel *of_mentor = mp_store_get_mentorships_for_mentor (fixture->store, mentor);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (of_mentor); i++)
      {
        g_autoptr(MpMentorship) item = g_list_model_get_item (of_mentor, i);

        found |= item == mentorship;
      }
    g_assert_true (found);
    g_assert_true (mp_person_get_may_mentor (mentor));
  }

  mentorships = mp_store_get_mentorships (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (fixture->store, mentorship);
      GListModel *concerns = mp_store_get_concerns (fixture->store, mentorship);
      GListModel *activities = mp_store_get_activity_progress (fixture->store, mentorship);
      GListModel *feedback = mp_store_get_feedback (fixture->store, mentorship);

      introductions += g_list_model_get_n_items (mp_store_get_introductions (fixture->store, mentorship));
      agreements += mp_store_get_agreement (fixture->store, mentorship) != NULL;
      feedback_people += g_list_model_get_n_items (feedback);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);
          g_autofree char *note = mp_store_get_private_note (fixture->store, meeting);

          notes += note != NULL && note[0] != '\0';
          scheduled += mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED;
        }

      for (guint j = 0; j < g_list_model_get_n_items (concerns); j++)
        {
          g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, j);

          open_concerns += mp_concern_get_status (concern) == MP_CONCERN_STATUS_OPEN;
          answered_concerns += mp_concern_get_status (concern) == MP_CONCERN_STATUS_ANSWERED;
          g_assert_nonnull (mp_concern_get_subject (concern));
          g_assert_true (g_date_valid (mp_concern_get_needed_by (concern)));
        }

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivityProgress) progress = g_list_model_get_item (activities, j);

          hr_done += mp_activity_progress_get_hr_followed_up_on (progress) != NULL &&
                     g_date_valid (mp_activity_progress_get_hr_followed_up_on (progress));
        }
    }

  g_assert_cmpuint (notes, >=, 3);
  g_assert_cmpuint (scheduled, >=, 3);
  g_assert_cmpuint (open_concerns, >=, 1);
  g_assert_cmpuint (answered_concerns, >=, 1);
  g_assert_cmpuint (introductions, >=, 3);
  g_assert_cmpuint (agreements, >=, 4);
  g_assert_cmpuint (feedback_people, >=, 3);
  g_assert_cmpuint (hr_done, >=, 2);

  /* One concern needs an answer within the mentor's lead time. */
  {
    MpMentorship *mentorship = mentorship_of (fixture, "Aisha Mensah");
    GListModel *concerns = mp_store_get_concerns (fixture->store, mentorship);
    g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, 0);

    g_assert_nonnull (concern);
    g_assert_cmpint (g_date_days_between (&fixture->today, mp_concern_get_needed_by (concern)), <=,
                     mp_program_get_lead_time_days (mp_mentorship_get_program (mentorship)));
  }
}

static void
test_demo_refuses_non_empty (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  guint n_people, n_mentorships;

  populate (fixture);
  n_people = g_list_model_get_n_items (mp_store_get_people (fixture->store));
  n_mentorships = g_list_model_get_n_items (mp_store_get_mentorships (fixture->store));

  g_assert_false (mp_demo_populate (fixture->store, &fixture->today, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, n_people);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_mentorships (fixture->store)), ==, n_mentorships);
  g_clear_error (&error);

  /* A database with just one person is not empty either. */
  {
    g_autoptr(MpStore) other = open_store (fixture->dir, "other");
    g_autoptr(MpPerson) person = mp_person_new ("Someone");

    mp_store_save_person (other, person, &error);
    g_assert_no_error (error);
    g_assert_false (mp_demo_populate (other, &fixture->today, &error));
    g_assert_nonnull (error);
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (other)), ==, 1);
    g_assert_false (mp_store_is_demo (other));
  }
}

/* A new database gets the built-in program with its departments and typical questions,
 * once, and not a demo's people; one that has a program keeps just that. */
static void
test_demo_add_program (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpProgram) builtin = mp_demo_load_program (&error);
  guint n_departments, n_questions;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_programs (fixture->store)), ==, 0);

  g_assert_true (mp_demo_add_program (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_programs (fixture->store)), ==, 1);
  g_assert_nonnull (mp_store_get_latest_program (fixture->store, MP_DEMO_PROGRAM_SLUG));
  n_departments = g_list_model_get_n_items (mp_store_get_departments (fixture->store));
  n_questions = g_list_model_get_n_items (mp_store_get_questions (fixture->store));
  g_assert_cmpuint (n_departments, ==, g_list_model_get_n_items (mp_program_get_departments (builtin)));
  g_assert_cmpuint (n_questions, ==, g_list_model_get_n_items (mp_program_get_questions (builtin)));
  g_assert_cmpuint (n_questions, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, 0);
  g_assert_false (mp_store_is_demo (fixture->store));

  /* Once: again, nothing more. */
  g_assert_true (mp_demo_add_program (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_programs (fixture->store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_departments (fixture->store)), ==, n_departments);

  /* A database that has a program keeps just that: nothing is added to it. */
  {
    g_autoptr(MpStore) other = open_store (fixture->dir, "other");
    g_autoptr(MpDepartment) gone = NULL;
    g_autofree char *dump = NULL;
    g_autofree char *after = NULL;

    g_assert_nonnull (mp_store_ensure_program (other, builtin, &error));
    g_assert_no_error (error);
    /* HR deleted one of the program's departments: it does not come back */
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_departments (other)), >, 0);
    gone = g_list_model_get_item (mp_store_get_departments (other), 0);
    g_assert_true (mp_store_delete_department (other, gone, &error));
    g_assert_no_error (error);
    dump = g_strdup_printf ("%u %u", g_list_model_get_n_items (mp_store_get_departments (other)),
                            g_list_model_get_n_items (mp_store_get_questions (other)));
    g_assert_true (mp_demo_add_program (other, &error));
    g_assert_no_error (error);
    after = g_strdup_printf ("%u %u", g_list_model_get_n_items (mp_store_get_departments (other)),
                             g_list_model_get_n_items (mp_store_get_questions (other)));
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_programs (other)), ==, 1);
    g_assert_cmpstr (after, ==, dump);
  }

  /* Kept in the file. */
  {
    g_autoptr(MpStore) again = NULL;

    g_clear_object (&fixture->store);
    again = open_store (fixture->dir, "demo");
    g_assert_nonnull (mp_store_get_latest_program (again, MP_DEMO_PROGRAM_SLUG));
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_departments (again)), ==, n_departments);
    fixture->store = g_steal_pointer (&again);
  }
}

/* The same day gives the same data: uuids, names, dates. */
static void
test_demo_deterministic (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) other = open_store (fixture->dir, "other");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  char *stamp;

  populate (fixture);
  mp_demo_populate (other, &fixture->today, &error);
  g_assert_no_error (error);

  a = mp_json_export_data (fixture->store, NULL, &error);
  g_assert_no_error (error);
  b = mp_json_export_data (other, NULL, &error);
  g_assert_no_error (error);

  /* Blank out the export time (same length in both). */
  stamp = strstr (a, "\"exported_at\"");
  g_assert_nonnull (stamp);
  memset (stamp, ' ', strchr (stamp, ',') - stamp);
  stamp = strstr (b, "\"exported_at\"");
  memset (stamp, ' ', strchr (stamp, ',') - stamp);

  g_assert_cmpstr (a, ==, b);
}

static void
test_demo_paths (void)
{
  g_autofree char *path = mp_demo_default_path ();
  g_autofree char *again = mp_demo_default_path ();
  g_autofree char *folder = NULL;
  g_autofree char *private_path = NULL;
  GStatBuf buf;

  g_assert_nonnull (path);
  g_assert_nonnull (again);
  g_assert_cmpstr (path, !=, again);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  folder = g_path_get_dirname (path);
  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_true (S_ISDIR (buf.st_mode));
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  /* Never in the demo's folder (the store refuses that), the same each time, one per demo. */
  private_path = mp_demo_private_path (path);
  g_assert_false (g_str_has_prefix (private_path, folder));
  g_assert_true (g_str_has_prefix (private_path, g_get_user_data_dir ()));
  g_assert_cmpstr (private_path, !=, path);
  {
    g_autofree char *same = mp_demo_private_path (path);
    g_autofree char *other = mp_demo_private_path (again);

    g_assert_cmpstr (same, ==, private_path);
    g_assert_cmpstr (other, !=, private_path);
  }

  g_rmdir (folder);
  g_free (folder);
  folder = g_path_get_dirname (again);
  g_rmdir (folder);
}

static void
test_demo_program (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpProgram) program = mp_demo_load_program (&error);

  g_assert_no_error (error);
  g_assert_cmpstr (mp_program_get_slug (program), ==, MP_DEMO_PROGRAM_SLUG);
  g_assert_nonnull (mp_program_lookup_activity (program, "shadow-consultant"));
  g_assert_cmpuint (g_list_model_get_n_items (mp_program_get_departments (program)), >=, 5);
}

int
main (int   argc,
      char *argv[])
{
  /* A Monday, a day at a month's end and a leap day: the stages hold on each. */
  static const int monday[] = { 16, 3, 2026 };
  static const int month_end[] = { 31, 1, 2027 };
  static const int before_month_end[] = { 26, 2, 2027 };
  static const int leap_day[] = { 29, 2, 2028 };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, data, func) g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/demo/stages/monday", monday, test_demo_stages);
  ADD ("/demo/stages/month-end", month_end, test_demo_stages);
  ADD ("/demo/stages/leap-day", leap_day, test_demo_stages);
  ADD ("/demo/stages/every-day", before_month_end, test_demo_stages_every_day);
  ADD ("/demo/windows", monday, test_demo_windows);
  ADD ("/demo/refuses-non-empty", monday, test_demo_refuses_non_empty);
  ADD ("/demo/deterministic", monday, test_demo_deterministic);
  ADD ("/demo/add-program", monday, test_demo_add_program);
#undef ADD
  g_test_add_func ("/demo/paths", test_demo_paths);
  g_test_add_func ("/demo/program", test_demo_program);

  return g_test_run ();
}

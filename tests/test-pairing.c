/* test-pairing.c: pairings follow the store, with progress recomputed on each change
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mp-demo.h"
#include "mp-model.h"
#include "mp-pairing.h"
#include "mp-store-private.h"

typedef struct
{
  MpStore   *store;
  MpProgram *program;
  MpPerson  *mentor;
  GDate      today;
} PairingFixture;

static MpPerson *
add_person (MpStore    *store,
            const char *name,
            const char *login)
{
  g_autoptr(MpPerson) draft = mp_person_new (name);
  g_autoptr(GError) error = NULL;

  mp_person_set_login (draft, login);
  mp_person_set_may_mentor (draft, TRUE);
  g_assert_true (mp_store_save_person (store, draft, &error));
  g_assert_no_error (error);

  return mp_store_lookup_person (store, mp_person_get_uuid (draft));
}

static MpMentorship *
add_mentorship (PairingFixture *fixture,
                const char     *employee_name,
                const char     *login,
                int             days_ago)
{
  g_autoptr(MpMentorship) draft = NULL;
  g_autoptr(GError) error = NULL;
  MpPerson *employee = add_person (fixture->store, employee_name, login);
  GDate start = fixture->today;

  if (days_ago >= 0)
    g_date_subtract_days (&start, days_ago);
  else
    g_date_add_days (&start, -days_ago);
  draft = mp_mentorship_new (fixture->mentor, employee, fixture->program, &start);
  g_assert_true (mp_store_create_mentorship (fixture->store, draft, &error));
  g_assert_no_error (error);

  return mp_store_lookup_mentorship (fixture->store, mp_mentorship_get_uuid (draft));
}

static void
pairing_fixture_set_up (PairingFixture *fixture,
                        gconstpointer   user_data)
{
  g_autofree char *template_path = g_test_build_filename (G_TEST_DIST, "..", "resources", "program",
                                                          "als-mentoring-pilot.json", NULL);
  g_autofree char *db_path = NULL;
  g_autoptr(GFile) template_file = g_file_new_for_path (template_path);
  g_autoptr(MpProgram) template = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  db_path = g_build_filename (g_get_user_data_dir (), "pairing.sqlite", NULL);
  fixture->store = mp_store_open_full (db_path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  template = mp_program_new_from_file (template_file, NULL, &error);
  g_assert_no_error (error);
  fixture->program = mp_store_ensure_program (fixture->store, template, &error);
  g_assert_no_error (error);

  fixture->mentor = add_person (fixture->store, "Grace O’Malley", "gomalley");

  /* Monday 15 March 2027 */
  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, 15, G_DATE_MARCH, 2027);
}

static void
pairing_fixture_tear_down (PairingFixture *fixture,
                           gconstpointer   user_data)
{
  g_clear_object (&fixture->store);
}

static MpPairing *
get_pairing (MpPairingList *list,
             guint          position)
{
  MpPairing *pairing = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_object_unref (pairing); /* the list keeps it */
  return pairing;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_added (GListModel *model,
             guint       position,
             guint       removed,
             guint       added,
             guint      *count)
{
  *count += added;
}

static void
test_pairing_follows_store (PairingFixture *fixture,
                            gconstpointer   user_data)
{
  g_autoptr(MpPairingList) list = mp_pairing_list_new (fixture->store, &fixture->today);
  g_autoptr(MpMeeting) meeting = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GError) error = NULL;
  MpMentorship *mentorship;
  MpPairing *pairing;
  guint held_notifies = 0;
  guint added = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_added), &added);

  /* Started 20 days ago: the meetings of days 0 and 14 are expected, none held. */
  mentorship = add_mentorship (fixture, "Ada Lovelace", "alovelace", 20);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  pairing = get_pairing (list, 0);
  g_assert_true (mp_pairing_get_mentorship (pairing) == mentorship);
  g_assert_true (mp_pairing_list_lookup (list, mentorship) == pairing);
  g_assert_true (mp_pairing_list_peek_item (list, 0) == pairing);
  g_assert_null (mp_pairing_list_peek_item (list, 1));
  g_assert_cmpstr (mp_pairing_get_employee_name (pairing), ==, "Ada Lovelace");
  g_assert_cmpstr (mp_pairing_get_mentor_name (pairing), ==, "Grace O’Malley");
  g_assert_cmpuint (mp_pairing_get_summary (pairing)->meetings_held, ==, 0);
  g_assert_cmpuint (mp_pairing_get_summary (pairing)->meetings_expected, ==, 3);
  g_assert_cmpint (mp_pairing_get_state (pairing), ==, MP_SCHEDULE_STATE_OVERDUE);
  g_assert_true (mp_pairing_get_no_contact_alert (pairing) == FALSE);

  /* Logging a meeting through the store recomputes this pairing, with a notify. */
  g_signal_connect (pairing, "notify::meetings-held", G_CALLBACK (count_notify), &held_notifies);
  when = g_date_time_new_utc (2027, 3, 10, 10, 0, 0);
  meeting = mp_meeting_new (mentorship, when);
  g_assert_true (mp_store_log_meeting (fixture->store, meeting, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (held_notifies, ==, 1);
  g_assert_cmpuint (mp_pairing_get_summary (pairing)->meetings_held, ==, 1);
  g_assert_cmpuint (mp_pairing_get_last_contact_day (pairing), !=, 0);

  /* A renamed employee shows the new name. */
  {
    g_autoptr(MpPerson) draft = mp_person_copy (mp_mentorship_get_employee (mentorship));

    mp_person_set_name (draft, "Ada King");
    g_assert_true (mp_store_save_person (fixture->store, draft, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (mp_pairing_get_employee_name (pairing), ==, "Ada King");
    g_assert_true (mp_pairing_matches (pairing, "king"));
  }
}

/* A pair made after the start (a late pairing) with no contact yet: the three weeks without
 * one count from the day it was made, not from the start */
static void
test_late_pairing_no_contact (PairingFixture *fixture,
                              gconstpointer   user_data)
{
  g_autoptr(MpMentorship) draft = NULL;
  g_autoptr(MpPairingList) list = NULL;
  g_autoptr(GError) error = NULL;
  MpPerson *employee = add_person (fixture->store, "Tomasz Wójcik", "twojcik");
  GDate start = fixture->today, paired_on = fixture->today, later;
  MpPairing *pairing;

  g_date_subtract_days (&start, 30);
  draft = mp_mentorship_new (fixture->mentor, employee, fixture->program, &start);
  mp_mentorship_set_paired_on (draft, &paired_on);
  g_assert_true (mp_store_create_mentorship (fixture->store, draft, &error));
  g_assert_no_error (error);

  list = mp_pairing_list_new (fixture->store, &fixture->today);
  pairing = get_pairing (list, 0);
  g_assert_cmpint (mp_pairing_get_summary (pairing)->days_since_contact, <, 0);
  g_assert_false (mp_pairing_get_no_contact_alert (pairing));

  later = paired_on;
  g_date_add_days (&later, MP_NO_CONTACT_ALERT_DAYS - 1);
  mp_pairing_list_set_today (list, &later);
  g_assert_false (mp_pairing_get_no_contact_alert (pairing));
  g_date_add_days (&later, 1);
  mp_pairing_list_set_today (list, &later);
  g_assert_true (mp_pairing_get_no_contact_alert (pairing));
}

static void
test_pairing_search_and_urgency (PairingFixture *fixture,
                                 gconstpointer   user_data)
{
  g_autoptr(MpPairingList) list = NULL;
  MpPairing *overdue, *before, *fresh;

  add_mentorship (fixture, "José Núñez", "jnunez", 40);      /* nothing held for 40 days */
  add_mentorship (fixture, "Li Wei", "lwei", -10);           /* starts in 10 days */
  add_mentorship (fixture, "Mary Major", "mmajor", 0);       /* starts today */

  list = mp_pairing_list_new (fixture->store, &fixture->today);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  overdue = get_pairing (list, 0);
  before = get_pairing (list, 1);
  fresh = get_pairing (list, 2);

  /* Accent- and case-insensitive, every word must match, mentor names count too. */
  g_assert_true (mp_pairing_matches (overdue, "jose"));
  g_assert_true (mp_pairing_matches (overdue, "NÚÑEZ grace"));
  g_assert_true (mp_pairing_matches (overdue, "nunez"));
  g_assert_true (mp_pairing_matches (overdue, "núnez josé"));
  g_assert_false (mp_pairing_matches (overdue, "nunes"));
  g_assert_false (mp_pairing_matches (overdue, "wei"));
  g_assert_true (mp_pairing_matches (before, ""));

  /* Words folded once for a whole search, as the HR overview's filter uses them. */
  {
    g_auto(GStrv) words = mp_pairing_search_words ("  NÚÑEZ \t grace ");
    g_auto(GStrv) none = mp_pairing_search_words (" \t ");

    g_assert_cmpuint (g_strv_length (words), ==, 2);
    g_assert_cmpstr (words[1], ==, "grace");
    g_assert_true (mp_pairing_matches_words (overdue, (const char * const *) words));
    g_assert_false (mp_pairing_matches_words (before, (const char * const *) words));
    g_assert_cmpuint (g_strv_length (none), ==, 0);
    g_assert_true (mp_pairing_matches_words (before, (const char * const *) none));
    g_assert_true (mp_pairing_matches_words (before, NULL));
  }

  g_assert_cmpint (mp_pairing_get_state (before), ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  g_assert_cmpint (mp_pairing_get_state (overdue), ==, MP_SCHEDULE_STATE_OVERDUE);
  g_assert_cmpint (mp_pairing_get_urgency (overdue), <, mp_pairing_get_urgency (fresh));
  g_assert_true (mp_pairing_get_no_contact_alert (overdue));
  g_assert_false (mp_pairing_get_no_contact_alert (before));
  g_assert_cmpuint (mp_pairing_get_next_meeting_unix (fresh), ==, G_MAXINT64);

  /* A day later everything is recomputed for the new day. */
  {
    GDate tomorrow = fixture->today;
    int urgency = mp_pairing_get_urgency (fresh);

    g_date_add_days (&tomorrow, 1);
    mp_pairing_list_set_today (list, &tomorrow);
    g_assert_cmpint (mp_pairing_get_urgency (fresh), ==, urgency - 1);
  }
}

/* A pairing that started on a day the library was closed (Friday 12 March) had no day to
 * meet on before the Monday after: it is due then, not overdue, in the list HR sees; the
 * list follows HR's closed days as they change. */
static void
test_pairing_closed_start (PairingFixture *fixture,
                           gconstpointer   user_data)
{
  g_autoptr(MpPairingList) list = NULL;
  g_autoptr(GArray) closed = mp_closed_days_new ();
  g_autoptr(GArray) none = mp_closed_days_new ();
  g_autoptr(GError) error = NULL;
  MpPairing *pairing;
  GDate friday = fixture->today;

  g_date_subtract_days (&friday, 3);
  g_assert_cmpint (g_date_get_weekday (&friday), ==, G_DATE_FRIDAY);
  mp_closed_days_add (closed, &friday, "Staff training");
  g_assert_true (mp_store_set_closed_days (fixture->store, closed, &error));
  g_assert_no_error (error);
  add_mentorship (fixture, "José Núñez", "jnunez", 3);

  list = mp_pairing_list_new (fixture->store, &fixture->today);
  pairing = get_pairing (list, 0);
  g_assert_cmpint (mp_pairing_get_state (pairing), ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpint (g_date_compare (&mp_pairing_get_summary (pairing)->schedule.due, &fixture->today), ==, 0);

  /* Open after all: due on its first day, late since */
  g_assert_true (mp_store_set_closed_days (fixture->store, none, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_pairing_get_state (pairing), ==, MP_SCHEDULE_STATE_OVERDUE);

  g_assert_true (mp_store_set_closed_days (fixture->store, closed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_pairing_get_state (pairing), ==, MP_SCHEDULE_STATE_DUE_SOON);
}

static void
test_pairing_owned_by_store (PairingFixture *fixture,
                             gconstpointer   user_data)
{
  MpPairingList *list;

  add_mentorship (fixture, "Ada Lovelace", "alovelace", 20);
  list = mp_pairing_list_get_for_store (fixture->store);
  g_assert_true (mp_pairing_list_get_for_store (fixture->store) == list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (mp_pairing_list_get_store (list) == fixture->store);

  /* The store owns the list: dropping the store frees both (ASan checks the rest). */
  g_clear_object (&fixture->store);
}

static void
assert_same_summary (const MpProgressSummary *a,
                     const MpProgressSummary *b)
{
  g_assert_cmpint (a->phase_index, ==, b->phase_index);
  g_assert_cmpstr (a->phase_title, ==, b->phase_title);
  g_assert_cmpuint (a->meetings_held, ==, b->meetings_held);
  g_assert_cmpuint (a->meetings_expected, ==, b->meetings_expected);
  g_assert_cmpuint (a->meetings_total, ==, b->meetings_total);
  g_assert_cmpfloat (a->cadence_adherence, ==, b->cadence_adherence);
  g_assert_cmpuint (a->slots_kept, ==, b->slots_kept);
  g_assert_cmpuint (a->slots_judged, ==, b->slots_judged);
  g_assert_cmpuint (a->activities_done, ==, b->activities_done);
  g_assert_cmpuint (a->activities_applicable, ==, b->activities_applicable);
  g_assert_cmpuint (a->hr_follow_ups_pending, ==, b->hr_follow_ups_pending);
  g_assert_cmpint (g_date_valid (&a->last_contact), ==, g_date_valid (&b->last_contact));
  if (g_date_valid (&a->last_contact))
    g_assert_cmpint (g_date_compare (&a->last_contact, &b->last_contact), ==, 0);
  g_assert_cmpint (a->days_since_contact, ==, b->days_since_contact);
  g_assert_cmpint (a->next_meeting == NULL, ==, b->next_meeting == NULL);
  if (a->next_meeting != NULL)
    g_assert_true (g_date_time_equal (a->next_meeting, b->next_meeting));
  g_assert_cmpint (a->unrecorded_at, ==, b->unrecorded_at);
  g_assert_cmpint (a->schedule.state, ==, b->schedule.state);
  g_assert_cmpint (a->schedule.held, ==, b->schedule.held);
  g_assert_cmpint (g_date_valid (&a->schedule.due), ==, g_date_valid (&b->schedule.due));
  if (g_date_valid (&a->schedule.due))
    g_assert_cmpint (g_date_compare (&a->schedule.due, &b->schedule.due), ==, 0);
  g_assert_cmpint (a->schedule.days_until_due, ==, b->schedule.days_until_due);
}

/* Closes the fixture's store and opens its file again: nothing loaded but what opening
 * reads, as when the app starts. */
static void
reopen_store (PairingFixture *fixture,
              const char     *path)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);
  fixture->store = mp_store_open_full (path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
}

/* The list computes every summary from two queries' plain rows (the histories stay unloaded);
 * they must be exactly what the objects give, for every kind of pairing the demo has. */
static void
test_pairing_summaries_from_rows (PairingFixture *fixture,
                                  gconstpointer   user_data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "demo.sqlite", NULL);
  g_autoptr(MpPairingList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) states = g_hash_table_new (NULL, NULL);
  guint n, with_meetings = 0, with_next = 0, with_done = 0, with_follow_ups = 0;

  g_clear_object (&fixture->store);
  fixture->store = mp_store_open_full (path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_true (mp_demo_populate (fixture->store, &fixture->today, &error));
  g_assert_no_error (error);

  /* An informal contact after the start of an active pairing (contact, but not a meeting of
   * the cadence). */
  {
    GListModel *all = mp_store_get_mentorships (fixture->store);
    g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 3, 12, 9, 0, 0);
    g_autoptr(MpMeeting) meeting = NULL;
    MpMentorship *chosen = NULL;
    GDate before = fixture->today;

    g_date_subtract_days (&before, 30);
    for (guint i = 0; chosen == NULL && i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(MpMentorship) mentorship = g_list_model_get_item (all, i);

        if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE &&
            g_date_compare (mp_mentorship_get_start_date (mentorship), &before) < 0)
          chosen = mentorship;
      }
    g_assert_nonnull (chosen);
    meeting = mp_meeting_new (chosen, when);
    mp_meeting_set_informal (meeting, TRUE);
    g_assert_true (mp_store_log_meeting (fixture->store, meeting, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  reopen_store (fixture, path);

  list = mp_pairing_list_new (fixture->store, &fixture->today);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (mp_store_get_mentorships (fixture->store)));
  g_assert_cmpuint (n, >=, 5);

  for (guint i = 0; i < n; i++)
    {
      MpPairing *pairing = get_pairing (list, i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
      const MpProgressSummary *from_rows = mp_pairing_get_summary (pairing);
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autoptr(MpProgressSummary) from_objects =
        mp_progress_compute_full (mentorship,
                                  mp_store_get_meetings (fixture->store, mentorship),
                                  mp_store_get_activity_progress (fixture->store, mentorship),
                                  NULL, mp_store_get_closed_days (fixture->store), &fixture->today, local);

      g_assert_true (mentorship == g_list_model_get_item (mp_store_get_mentorships (fixture->store), i));
      g_object_unref (mentorship);
      assert_same_summary (from_rows, from_objects);

      g_hash_table_add (states, GINT_TO_POINTER (from_rows->schedule.state));
      with_meetings += from_rows->meetings_held > 0;
      with_next += from_rows->next_meeting != NULL;
      with_done += from_rows->activities_done > 0;
      with_follow_ups += from_rows->hr_follow_ups_pending > 0;
    }

  /* The demo covers what the comparison must see. */
  g_assert_cmpuint (g_hash_table_size (states), >=, 3);
  g_assert_cmpuint (with_meetings, >, 0);
  g_assert_cmpuint (with_next, >, 0);
  g_assert_cmpuint (with_done, >, 0);
  g_assert_cmpuint (with_follow_ups, >, 0);
}

/* Another computer logs a meeting of a pairing whose history this one never loaded: the
 * summary made from rows must follow when the store looks for changes. */
static void
test_pairing_unloaded_history_follows_others (PairingFixture *fixture,
                                              gconstpointer   user_data)
{
  g_autofree char *path = g_strdup (mp_store_get_path (fixture->store));
  g_autoptr(MpStore) other = NULL;
  g_autoptr(MpPairingList) list = NULL;
  g_autoptr(MpMeeting) meeting = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GError) error = NULL;
  MpMentorship *mentorship, *theirs;
  MpPairing *pairing;
  guint held, notifies = 0;

  add_mentorship (fixture, "Ada Lovelace", "alovelace", 20);
  add_mentorship (fixture, "Mary Somerville", "msomerville", 40);
  g_clear_object (&fixture->store);
  fixture->store = mp_store_open_full (path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  other = mp_store_open_full (path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  list = mp_pairing_list_new (fixture->store, &fixture->today);
  pairing = get_pairing (list, 1);
  mentorship = mp_pairing_get_mentorship (pairing);
  held = mp_pairing_get_summary (pairing)->meetings_held;
  g_signal_connect (pairing, "notify::meetings-held", G_CALLBACK (count_notify), &notifies);

  theirs = mp_store_lookup_mentorship (other, mp_mentorship_get_uuid (mentorship));
  g_assert_nonnull (theirs);
  when = g_date_time_new_utc (2027, 3, 10, 10, 0, 0);
  meeting = mp_meeting_new (theirs, when);
  g_assert_true (mp_store_log_meeting (other, meeting, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (mp_store_check_for_changes (fixture->store));
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpuint (mp_pairing_get_summary (pairing)->meetings_held, ==, held + 1);
  /* The other pairing did not change. */
  g_assert_cmpuint (mp_pairing_get_summary (get_pairing (list, 0))->meetings_held, ==, 0);

  /* Renamed over there: the name shown and the search follow. */
  {
    g_autoptr(MpPerson) draft = mp_person_copy (mp_mentorship_get_employee (theirs));

    mp_person_set_name (draft, "Mary Fairfax");
    g_assert_true (mp_store_save_person (other, draft, &error));
    g_assert_no_error (error);
    g_assert_true (mp_store_check_for_changes (fixture->store));
    g_assert_cmpstr (mp_pairing_get_employee_name (pairing), ==, "Mary Fairfax");
    g_assert_true (mp_pairing_matches (pairing, "fairfax"));
    g_assert_false (mp_pairing_matches (pairing, "somerville"));
    g_assert_cmpstr (mp_pairing_get_employee_name (get_pairing (list, 0)), ==, "Ada Lovelace");
  }
}

/* Every pairing of @list against its objects' summary on @day, in the store's order.
 * Returns: the meetings held, summed */
static guint
assert_list_as_objects (PairingFixture *fixture,
                        MpPairingList  *list,
                        const GDate    *day)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list)), held = 0;

  for (guint i = 0; i < n; i++)
    {
      MpPairing *pairing = get_pairing (list, i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
      g_autoptr(MpMentorship) expected = g_list_model_get_item (mp_store_get_mentorships (fixture->store), i);
      g_autoptr(MpProgressSummary) from_objects =
        mp_progress_compute_full (mentorship,
                                  mp_store_get_meetings (fixture->store, mentorship),
                                  mp_store_get_activity_progress (fixture->store, mentorship),
                                  NULL, mp_store_get_closed_days (fixture->store), day, local);

      g_assert_true (mentorship == expected);
      assert_same_summary (mp_pairing_get_summary (pairing), from_objects);
      held += mp_pairing_get_summary (pairing)->meetings_held;
    }

  return held;
}

/* Many pairings: their summaries are computed on two threads, and must be what each one's
 * objects give, in the store's order. */
static void
test_pairing_many_from_rows (PairingFixture *fixture,
                             gconstpointer   user_data)
{
  g_autofree char *path = g_strdup (mp_store_get_path (fixture->store));
  g_autoptr(MpPairingList) list = NULL;
  g_autoptr(GError) error = NULL;
  GDate later;
  guint held;

  for (guint i = 0; i < 1100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Employee %u", i);
      g_autofree char *login = g_strdup_printf ("employee%u", i);
      MpMentorship *mentorship = add_mentorship (fixture, name, login, (int) (i % 300) - 60);

      if (i % 3 == 0)
        {
          g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 3, 1 + i % 12, 10, 0, 0);
          g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, when);

          g_assert_true (mp_store_log_meeting (fixture->store, meeting, NULL, NULL, &error));
          g_assert_no_error (error);
        }
    }
  reopen_store (fixture, path);

  list = mp_pairing_list_new (fixture->store, &fixture->today);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1100);
  held = assert_list_as_objects (fixture, list, &fixture->today);
  g_assert_cmpuint (held, >, 0);

  /* A new day recomputes every summary from the rows too (the histories unread). */
  g_clear_object (&list);
  reopen_store (fixture, path);
  list = mp_pairing_list_new (fixture->store, &fixture->today);
  later = fixture->today;
  g_date_add_days (&later, 45);
  mp_pairing_list_set_today (list, &later);
  assert_list_as_objects (fixture, list, &later);
}

/* Opening a file reads the pairings' progress rows while its integrity check runs; the first
 * list takes them, unless anything changed in between: a write here, or one from another
 * computer that the store has seen. */
static void
test_pairing_preread_progress (PairingFixture *fixture,
                               gconstpointer   user_data)
{
  g_autofree char *path = g_strdup (mp_store_get_path (fixture->store));
  g_autofree char *mentor_uuid = g_strdup (mp_person_get_uuid (fixture->mentor));
  g_autoptr(GError) error = NULL;
  guint held;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Employee %u", i);
      g_autofree char *login = g_strdup_printf ("employee%u", i);
      MpMentorship *mentorship = add_mentorship (fixture, name, login, 10 + 20 * (int) i);
      g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 3, 1 + i, 10, 0, 0);
      g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, when);

      g_assert_true (mp_store_log_meeting (fixture->store, meeting, NULL, NULL, &error));
      g_assert_no_error (error);
    }

  /* Nothing changed: the list is made from the rows read at opening, and takes them. */
  reopen_store (fixture, path);
  g_assert_true (_mp_store_has_preread_progress (fixture->store));
  g_assert_false (mp_store_check_for_changes (fixture->store));
  g_assert_true (_mp_store_has_preread_progress (fixture->store));
  /* One history loaded before the list (a window showed it): that one from its objects. */
  {
    g_autoptr(MpMentorship) first = g_list_model_get_item (mp_store_get_mentorships (fixture->store), 0);

    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, first)), ==, 1);
    g_assert_true (_mp_store_has_preread_progress (fixture->store));
  }
  {
    g_autoptr(MpPairingList) list = mp_pairing_list_new (fixture->store, &fixture->today);

    g_assert_false (_mp_store_has_preread_progress (fixture->store));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);
    held = assert_list_as_objects (fixture, list, &fixture->today);
    g_assert_cmpuint (held, ==, 6);
  }

  /* A pairing added here before the first list: the list has it. */
  reopen_store (fixture, path);
  g_assert_true (_mp_store_has_preread_progress (fixture->store));
  fixture->mentor = mp_store_lookup_person (fixture->store, mentor_uuid);
  fixture->program = g_list_model_get_item (mp_store_get_programs (fixture->store), 0);
  g_object_unref (fixture->program);  /* the store keeps it */
  add_mentorship (fixture, "Caroline Herschel", "cherschel", 30);
  g_assert_false (_mp_store_has_preread_progress (fixture->store));
  {
    g_autoptr(MpPairingList) list = mp_pairing_list_new (fixture->store, &fixture->today);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 7);
    assert_list_as_objects (fixture, list, &fixture->today);
  }

  /* A meeting logged on another computer, of a pairing whose history nobody here loaded. */
  reopen_store (fixture, path);
  g_assert_true (_mp_store_has_preread_progress (fixture->store));
  {
    g_autoptr(MpStore) other = mp_store_open_full (path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
    g_autoptr(MpMentorship) theirs = NULL;
    g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 3, 12, 10, 0, 0);
    g_autoptr(MpMeeting) meeting = NULL;
    g_autoptr(MpPairingList) list = NULL;

    g_assert_no_error (error);
    theirs = g_list_model_get_item (mp_store_get_mentorships (other), 2);
    meeting = mp_meeting_new (theirs, when);
    g_assert_true (mp_store_log_meeting (other, meeting, NULL, NULL, &error));
    g_assert_no_error (error);

    g_assert_true (mp_store_check_for_changes (fixture->store));
    g_assert_false (_mp_store_has_preread_progress (fixture->store));
    list = mp_pairing_list_new (fixture->store, &fixture->today);
    held = assert_list_as_objects (fixture, list, &fixture->today);
    g_assert_cmpuint (held, ==, 7);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/pairing/follows-store", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_follows_store, pairing_fixture_tear_down);
  g_test_add ("/pairing/late-no-contact", PairingFixture, NULL,
              pairing_fixture_set_up, test_late_pairing_no_contact, pairing_fixture_tear_down);
  g_test_add ("/pairing/search-and-urgency", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_search_and_urgency, pairing_fixture_tear_down);
  g_test_add ("/pairing/summaries-from-rows", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_summaries_from_rows, pairing_fixture_tear_down);
  g_test_add ("/pairing/unloaded-history-follows-others", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_unloaded_history_follows_others, pairing_fixture_tear_down);
  g_test_add ("/pairing/many-from-rows", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_many_from_rows, pairing_fixture_tear_down);
  g_test_add ("/pairing/preread-progress", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_preread_progress, pairing_fixture_tear_down);
  g_test_add ("/pairing/closed-start", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_closed_start, pairing_fixture_tear_down);
  g_test_add ("/pairing/owned-by-store", PairingFixture, NULL,
              pairing_fixture_set_up, test_pairing_owned_by_store, pairing_fixture_tear_down);

  return g_test_run ();
}

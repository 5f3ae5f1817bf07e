/* test-nudges.c: which reminders are due, once a day
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "mp-demo.h"
#include "mp-mentor-util.h"
#include "mp-nudges.h"
#include "mp-pairing.h"

static GDate
make_date (int        day,
           GDateMonth month,
           int        year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return date;
}

static GDate
invalid_date (void)
{
  GDate date;

  g_date_clear (&date, 1);

  return date;
}

static void
test_working_days (void)
{
  GDate thursday = make_date (5, G_DATE_MARCH, 2026);
  GDate friday = make_date (6, G_DATE_MARCH, 2026);
  GDate saturday = make_date (7, G_DATE_MARCH, 2026);
  GDate monday = make_date (9, G_DATE_MARCH, 2026);
  GDate tuesday = make_date (10, G_DATE_MARCH, 2026);

  g_assert_cmpint (mp_working_days_between (&thursday, &thursday, NULL), ==, 0);
  g_assert_cmpint (mp_working_days_between (&thursday, &friday, NULL), ==, 1);
  g_assert_cmpint (mp_working_days_between (&friday, &saturday, NULL), ==, 0);
  g_assert_cmpint (mp_working_days_between (&friday, &monday, NULL), ==, 1);
  g_assert_cmpint (mp_working_days_between (&thursday, &monday, NULL), ==, 2);
  g_assert_cmpint (mp_working_days_between (&thursday, &tuesday, NULL), ==, 3);
  g_assert_cmpint (mp_working_days_between (&tuesday, &thursday, NULL), ==, -3);

  /* A day the library system is closed is no working day either */
  {
    g_autoptr(GArray) closed = mp_closed_days_new ();

    mp_closed_days_add (closed, &friday, "Staff training day");
    g_assert_cmpint (mp_working_days_between (&thursday, &friday, closed), ==, 0);
    g_assert_cmpint (mp_working_days_between (&thursday, &tuesday, closed), ==, 2);
    g_assert_cmpint (mp_working_days_between (&tuesday, &thursday, closed), ==, -2);
  }
}

static guint
count_kind (GPtrArray   *nudges,
            MpNudgeKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < nudges->len; i++)
    if (((MpNudge *) g_ptr_array_index (nudges, i))->kind == kind)
      n++;

  return n;
}

static const MpNudge *
nudge_with_id (GPtrArray  *nudges,
               const char *id)
{
  for (guint i = 0; i < nudges->len; i++)
    {
      const MpNudge *nudge = g_ptr_array_index (nudges, i);

      if (g_str_equal (nudge->id, id))
        return nudge;
    }

  return NULL;
}

static void
test_decide_meetings (void)
{
  GDate today = make_date (5, G_DATE_MARCH, 2026);  /* a Thursday */
  g_autoptr(GDateTime) tomorrow_10 = g_date_time_new_local (2026, 3, 6, 10, 0, 0);
  g_autoptr(GDateTime) monday_10 = g_date_time_new_local (2026, 3, 9, 10, 0, 0);
  g_autoptr(GDateTime) in_a_week = g_date_time_new_local (2026, 3, 12, 10, 0, 0);
  MpNudgeMentorship m[] = {
    /* A meeting tomorrow: a reminder of it. */
    { "soon", "Ann", MP_SCHEDULE_STATE_ON_TRACK, make_date (20, G_DATE_MARCH, 2026), tomorrow_10 },
    /* Overdue, nothing scheduled. */
    { "late", "Bob", MP_SCHEDULE_STATE_OVERDUE, make_date (1, G_DATE_MARCH, 2026), NULL },
    /* Overdue, the next one set for next week: still overdue by the cadence. */
    { "late-set", "Cy", MP_SCHEDULE_STATE_OVERDUE, make_date (2, G_DATE_MARCH, 2026), in_a_week },
    /* Due on Monday, two working days away, not scheduled. */
    { "due", "Dee", MP_SCHEDULE_STATE_DUE_SOON, make_date (9, G_DATE_MARCH, 2026), NULL },
    /* Due on Monday and set for then: a reminder of the meeting set, not of the due date. */
    { "due-set", "Eve", MP_SCHEDULE_STATE_DUE_SOON, make_date (9, G_DATE_MARCH, 2026), monday_10 },
    /* Due on Tuesday, three working days away (five days): not yet. */
    { "later", "Fay", MP_SCHEDULE_STATE_ON_TRACK, make_date (10, G_DATE_MARCH, 2026), NULL },
    /* Before arrival, first contact due tomorrow. */
    { "contact", "Gus", MP_SCHEDULE_STATE_PRE_ARRIVAL, make_date (6, G_DATE_MARCH, 2026), NULL },
    /* Finished and ended pairings never nudge, even "overdue" by their dates. */
    { "done", "Hal", MP_SCHEDULE_STATE_COMPLETED, make_date (1, G_DATE_JANUARY, 2026), NULL },
    { "ended", "Ivy", MP_SCHEDULE_STATE_ENDED, make_date (1, G_DATE_JANUARY, 2026), NULL },
    /* No due date at all (every meeting held). */
    { "none", "Jo", MP_SCHEDULE_STATE_ON_TRACK, invalid_date (), NULL },
  };
  g_autoptr(GPtrArray) nudges = mp_nudges_decide (m, G_N_ELEMENTS (m), NULL, 0, NULL, &today);
  const MpNudge *nudge;

  g_assert_nonnull (nudge_with_id (nudges, "meeting-soon"));
  g_assert_cmpint (nudge_with_id (nudges, "meeting-soon")->kind, ==, MP_NUDGE_MEETING_SOON);
  g_assert_nonnull (g_strstr_len (nudge_with_id (nudges, "meeting-soon")->body, -1, "tomorrow"));

  nudge = nudge_with_id (nudges, "meeting-late");
  g_assert_nonnull (nudge);
  g_assert_cmpint (nudge->kind, ==, MP_NUDGE_MEETING_OVERDUE);
  g_assert_nonnull (g_strstr_len (nudge->title, -1, "Bob"));
  g_assert_cmpint (nudge_with_id (nudges, "meeting-late-set")->kind, ==, MP_NUDGE_MEETING_OVERDUE);

  g_assert_cmpint (nudge_with_id (nudges, "meeting-due")->kind, ==, MP_NUDGE_MEETING_DUE);
  g_assert_nonnull (g_strstr_len (nudge_with_id (nudges, "meeting-due")->body, -1, "Monday 9 March"));
  g_assert_cmpint (nudge_with_id (nudges, "meeting-due-set")->kind, ==, MP_NUDGE_MEETING_SOON);
  g_assert_null (nudge_with_id (nudges, "meeting-later"));
  g_assert_cmpint (nudge_with_id (nudges, "meeting-contact")->kind, ==, MP_NUDGE_MEETING_DUE);
  g_assert_null (nudge_with_id (nudges, "meeting-done"));
  g_assert_null (nudge_with_id (nudges, "meeting-ended"));
  g_assert_null (nudge_with_id (nudges, "meeting-none"));

  g_assert_cmpuint (nudges->len, ==, 6);

  /* On Friday, a meeting due (or set) on Monday is one working day away: the mentor hears of
   * it then, not on Saturday; on Wednesday, Monday is three working days away: not yet */
  {
    GDate friday = make_date (6, G_DATE_MARCH, 2026);
    GDate wednesday = make_date (4, G_DATE_MARCH, 2026);
    MpNudgeMentorship monday[] = {
      { "monday", "Kim", MP_SCHEDULE_STATE_DUE_SOON, make_date (9, G_DATE_MARCH, 2026), NULL },
      { "monday-set", "Lou", MP_SCHEDULE_STATE_ON_TRACK, make_date (20, G_DATE_MARCH, 2026), monday_10 },
    };
    g_autoptr(GPtrArray) on_friday = mp_nudges_decide (monday, G_N_ELEMENTS (monday), NULL, 0, NULL, &friday);
    g_autoptr(GPtrArray) on_wednesday = mp_nudges_decide (monday, G_N_ELEMENTS (monday), NULL, 0, NULL, &wednesday);

    g_assert_cmpint (nudge_with_id (on_friday, "meeting-monday")->kind, ==, MP_NUDGE_MEETING_DUE);
    g_assert_cmpint (nudge_with_id (on_friday, "meeting-monday-set")->kind, ==, MP_NUDGE_MEETING_SOON);
    g_assert_cmpuint (on_wednesday->len, ==, 0);
  }
}

static void
test_decide_concerns (void)
{
  GDate thursday = make_date (5, G_DATE_MARCH, 2026);
  MpNudgeConcern c[] = {
    /* Monday is two working days from Thursday: nudge. */
    { "monday", "Ann", "Mileage form", MP_CONCERN_STATUS_OPEN, make_date (9, G_DATE_MARCH, 2026) },
    /* Tuesday is three: not yet. */
    { "tuesday", "Ann", "Badge", MP_CONCERN_STATUS_OPEN, make_date (10, G_DATE_MARCH, 2026) },
    /* Past and still open: nudge. */
    { "past", "Bob", "Parking", MP_CONCERN_STATUS_OPEN, make_date (3, G_DATE_MARCH, 2026) },
    /* Answered or closed: no nudge. */
    { "answered", "Cy", "Payroll", MP_CONCERN_STATUS_ANSWERED, make_date (6, G_DATE_MARCH, 2026) },
    { "closed", "Cy", "Keys", MP_CONCERN_STATUS_CLOSED, make_date (6, G_DATE_MARCH, 2026) },
    /* No date: no nudge. */
    { "undated", "Dee", "Training", MP_CONCERN_STATUS_OPEN, invalid_date () },
  };
  g_autoptr(GPtrArray) nudges = mp_nudges_decide (NULL, 0, c, G_N_ELEMENTS (c), NULL, &thursday);

  g_assert_cmpuint (nudges->len, ==, 2);
  g_assert_cmpuint (count_kind (nudges, MP_NUDGE_CONCERN), ==, 2);
  g_assert_nonnull (nudge_with_id (nudges, "concern-monday"));
  g_assert_nonnull (g_strstr_len (nudge_with_id (nudges, "concern-monday")->body, -1, "Mileage form"));
  g_assert_nonnull (nudge_with_id (nudges, "concern-past"));
  g_assert_null (nudge_with_id (nudges, "concern-tuesday"));
}

/* Each open concern not announced before is, whatever its date; the words say who raised
 * it, its subject and when it is needed. */
static void
test_decide_raised (void)
{
  GDate thursday = make_date (5, G_DATE_MARCH, 2026);
  MpNudgeConcern c[] = {
    { "new", "Ann", "Badge", MP_CONCERN_STATUS_OPEN, make_date (16, G_DATE_MARCH, 2026) },
    { "tomorrow", "Ann", "Mileage form", MP_CONCERN_STATUS_OPEN, make_date (6, G_DATE_MARCH, 2026) },
    { "undated", "Dee", "Training", MP_CONCERN_STATUS_OPEN, invalid_date () },
    { "known", "Bob", "Parking", MP_CONCERN_STATUS_OPEN, make_date (9, G_DATE_MARCH, 2026) },
    { "answered", "Cy", "Payroll", MP_CONCERN_STATUS_ANSWERED, make_date (16, G_DATE_MARCH, 2026) },
    { "closed", "Cy", "Keys", MP_CONCERN_STATUS_CLOSED, make_date (16, G_DATE_MARCH, 2026) },
  };
  const char *announced[] = { "known", "gone", NULL };
  g_autoptr(GPtrArray) nudges = mp_nudges_decide_raised (c, G_N_ELEMENTS (c), announced, &thursday);
  g_autoptr(GPtrArray) all = mp_nudges_decide_raised (c, G_N_ELEMENTS (c), NULL, &thursday);
  const MpNudge *nudge;

  g_assert_cmpuint (nudges->len, ==, 3);
  g_assert_cmpuint (count_kind (nudges, MP_NUDGE_CONCERN_RAISED), ==, 3);
  nudge = nudge_with_id (nudges, "concern-new");
  g_assert_nonnull (nudge);
  g_assert_cmpstr (nudge->title, ==, "Ann raised a concern");
  g_assert_cmpstr (nudge->body, ==, "“Badge”, needed on Monday 16 March: answer it from the mentor dashboard.");
  g_assert_cmpstr (nudge_with_id (nudges, "concern-tomorrow")->body, ==,
                   "“Mileage form”, needed tomorrow: answer it from the mentor dashboard.");
  g_assert_cmpstr (nudge_with_id (nudges, "concern-undated")->body, ==,
                   "“Training”: answer it from the mentor dashboard.");
  g_assert_null (nudge_with_id (nudges, "concern-known"));
  g_assert_null (nudge_with_id (nudges, "concern-answered"));
  g_assert_null (nudge_with_id (nudges, "concern-closed"));

  g_assert_cmpuint (all->len, ==, 4);
  g_assert_nonnull (nudge_with_id (all, "concern-known"));
}

static void
test_shown_on (void)
{
  GDate today = make_date (5, G_DATE_MARCH, 2026);

  g_assert_false (mp_nudges_shown_on (NULL, &today));
  g_assert_false (mp_nudges_shown_on ("", &today));
  g_assert_false (mp_nudges_shown_on ("2026-03-04", &today));
  g_assert_true (mp_nudges_shown_on ("2026-03-05", &today));
}

static MpMentorship *
mentorship_of (MpStore    *store,
               const char *employee)
{
  MpPairingList *pairings = mp_pairing_list_get_for_store (store);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pairings)); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (G_LIST_MODEL (pairings), i);

      if (g_strcmp0 (mp_pairing_get_employee_name (pairing), employee) == 0)
        return mp_pairing_get_mentorship (pairing);
    }

  g_assert_not_reached ();
}

static MpConcern *
raise_concern (MpStore      *store,
               MpMentorship *mentorship,
               const char   *subject,
               GDate         needed_by)
{
  g_autoptr(GError) error = NULL;
  MpConcern *concern = mp_concern_new (mentorship, subject, "Some words.");

  mp_concern_set_needed_by (concern, &needed_by);
  g_assert_true (mp_store_save_concern (store, concern, &error));
  g_assert_no_error (error);

  return concern;
}

static MpStore *
open_demo (const char  *dir,
           const GDate *today,
           const char  *login)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *private_path = mp_demo_private_path (path);
  MpStore *store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);

  g_assert_no_error (error);
  g_assert_true (mp_demo_populate (store, today, &error));
  g_assert_no_error (error);
  g_assert_true (mp_store_set_acting_login (store, login, &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (store), today);

  return store;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

/* The first time (the key never set) the concerns open are known, not news, even when there
 * is none; a concern of another database stays remembered. As Helen, whose mentees have no
 * open concern in the demo. */
static void
test_raised_first_time (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nudges-test-XXXXXX", &error);
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GVariant) set = NULL;
  g_autoptr(MpConcern) concern = NULL;
  g_auto(GStrv) announced = NULL;
  GDate today = make_date (2, G_DATE_MARCH, 2026);
  const char *other[] = { "from-another-database", NULL };

  g_assert_no_error (error);
  store = open_demo (dir, &today, "hokafor");
  settings = g_settings_new_with_backend (APP_ID, backend);

  g_assert_null (g_settings_get_user_value (settings, MP_NUDGE_CONCERNS_KEY));
  mp_nudges_send_due (NULL, store, settings, &today);
  set = g_settings_get_user_value (settings, MP_NUDGE_CONCERNS_KEY);
  g_assert_nonnull (set);  /* set, though empty: the next call is not the first */

  g_settings_set_strv (settings, MP_NUDGE_CONCERNS_KEY, other);
  concern = raise_concern (store, mentorship_of (store, "Liam O'Brien"), "Parking permit",
                           make_date (20, G_DATE_MARCH, 2026));
  g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &today), ==, 1);
  announced = g_settings_get_strv (settings, MP_NUDGE_CONCERNS_KEY);
  g_assert_true (g_strv_contains ((const char * const *) announced, "from-another-database"));
  g_assert_true (g_strv_contains ((const char * const *) announced, mp_concern_get_uuid (concern)));

  g_clear_object (&store);
  remove_dir (dir);
}

/* On the demo, as Ruth (whose mentee Aisha is overdue and needs an answer within the
 * week): the nudges are decided once, and not again the same day. */
static void
test_send_once_a_day (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nudges-test-XXXXXX", &error);
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) nudges = NULL;
  g_autofree char *last = NULL;
  g_autoptr(MpConcern) far = NULL;
  GDate today = make_date (2, G_DATE_MARCH, 2026);
  GDate tomorrow = make_date (3, G_DATE_MARCH, 2026);

  g_assert_no_error (error);
  store = open_demo (dir, &today, "rlindqvist");

  /* Open before the first call, needed in three weeks: no deadline nudge, and not news. */
  far = raise_concern (store, mentorship_of (store, "Aisha Mensah"), "Training days",
                       make_date (23, G_DATE_MARCH, 2026));

  nudges = mp_nudges_collect (store, &today);
  g_assert_cmpuint (count_kind (nudges, MP_NUDGE_MEETING_OVERDUE), ==, 1);
  g_assert_cmpuint (count_kind (nudges, MP_NUDGE_CONCERN), ==, 1);

  settings = g_settings_new_with_backend (APP_ID, backend);
  g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &today), ==, nudges->len);
  last = g_settings_get_string (settings, MP_NUDGE_SETTINGS_KEY);
  g_assert_cmpstr (last, ==, "2026-03-02");
  {
    g_auto(GStrv) known = g_settings_get_strv (settings, MP_NUDGE_CONCERNS_KEY);

    g_assert_true (g_strv_contains ((const char * const *) known, mp_concern_get_uuid (far)));
  }

  /* Not again today ... */
  g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &today), ==, 0);

  /* ... but a concern Aisha raises later that day at once, once, though it is needed in a
   * week (no deadline nudge yet); answered, it is no longer remembered. */
  {
    MpMentorship *aisha = mentorship_of (store, "Aisha Mensah");
    g_autoptr(MpConcern) concern = NULL;
    g_autoptr(MpConcern) saved = NULL;
    g_auto(GStrv) announced = NULL;
    GDate needed_by = make_date (9, G_DATE_MARCH, 2026);
    guint open_before;

    announced = g_settings_get_strv (settings, MP_NUDGE_CONCERNS_KEY);
    open_before = g_strv_length (announced);
    g_assert_cmpuint (open_before, ==, 2);  /* the one the deadline nudge named, and the far one */
    g_clear_pointer (&announced, g_strfreev);

    concern = mp_concern_new (aisha, "Locker key", "I have not been given a locker key yet.");
    mp_concern_set_needed_by (concern, &needed_by);
    g_assert_true (mp_store_save_concern (store, concern, &error));
    g_assert_no_error (error);

    g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &today), ==, 1);
    announced = g_settings_get_strv (settings, MP_NUDGE_CONCERNS_KEY);
    g_assert_true (g_strv_contains ((const char * const *) announced, mp_concern_get_uuid (concern)));
    g_assert_cmpuint (g_strv_length (announced), ==, open_before + 1);
    g_clear_pointer (&announced, g_strfreev);
    g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &today), ==, 0);

    saved = g_object_ref (mp_store_lookup_concern (store, mp_concern_get_uuid (concern)));
    g_assert_true (mp_store_answer_concern (store, saved, "Ask Facilities; they keep the spares.", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &today), ==, 0);
    announced = g_settings_get_strv (settings, MP_NUDGE_CONCERNS_KEY);
    g_assert_false (g_strv_contains ((const char * const *) announced, mp_concern_get_uuid (concern)));
    g_assert_cmpuint (g_strv_length (announced), ==, open_before);
  }

  /* Again tomorrow. */
  g_assert_cmpuint (mp_nudges_send_due (NULL, store, settings, &tomorrow), >, 0);

  g_clear_object (&store);
  remove_dir (dir);
}

/* HR is told once a day of the pairings with no contact for three weeks: on the demo, as its
 * HR administrator (the user), Aisha's (last contact 31 days ago); a mentor is not. */
static void
test_hr_no_contact (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nudges-test-XXXXXX", &error);
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GPtrArray) nudges = NULL;
  g_autoptr(MpNudge) many = NULL;
  const char *names[] = { "Ann", "Ben", "Cleo", "Dev", "Eve" };
  GDate today = make_date (16, G_DATE_MARCH, 2026);
  const MpNudge *quiet = NULL;

  g_assert_no_error (error);
  store = open_demo (dir, &today, NULL);
  g_assert_true (mp_store_current_is_hr_admin (store));

  nudges = mp_nudges_collect (store, &today);
  for (guint i = 0; i < nudges->len; i++)
    {
      const MpNudge *nudge = g_ptr_array_index (nudges, i);

      if (nudge->kind == MP_NUDGE_NO_CONTACT)
        {
          g_assert_null (quiet);
          quiet = nudge;
        }
    }
  g_assert_nonnull (quiet);
  g_assert_cmpstr (quiet->title, ==, "No contact for three weeks");
  g_assert_cmpstr (quiet->body, ==, "Aisha Mensah and their mentor have had no contact for three weeks or more.");

  /* Not for a mentor. */
  g_assert_true (mp_store_set_acting_login (store, "rlindqvist", &error));
  g_assert_no_error (error);
  g_clear_pointer (&nudges, g_ptr_array_unref);
  nudges = mp_nudges_collect (store, &today);
  for (guint i = 0; i < nudges->len; i++)
    g_assert_cmpint (((const MpNudge *) g_ptr_array_index (nudges, i))->kind, !=, MP_NUDGE_NO_CONTACT);

  /* None, none; many: the first three and how many more. */
  g_assert_null (mp_nudges_decide_no_contact (names, 0));
  many = mp_nudges_decide_no_contact (names, G_N_ELEMENTS (names));
  g_assert_cmpstr (many->body, ==, "Ann, Ben, Cleo and 2 more have had no contact with their mentors for three "
                                   "weeks or more.");

  g_clear_object (&store);
  remove_dir (dir);
}

/* Counted as the schedule counts them: with Friday closed, a meeting due on Tuesday and a
 * concern needed by Tuesday are two working days away on Thursday, and nudged then, when
 * the dashboard says "Due soon" (three days, with the Friday open: not yet) */
static void
test_closed_days (void)
{
  GDate thursday = make_date (5, G_DATE_MARCH, 2026);
  GDate friday = make_date (6, G_DATE_MARCH, 2026);
  MpNudgeMentorship m[] = {
    { "due-tuesday", "Fay", MP_SCHEDULE_STATE_DUE_SOON, make_date (10, G_DATE_MARCH, 2026), NULL },
  };
  MpNudgeConcern c[] = {
    { "needed-tuesday", "Fay", "Parking permit", MP_CONCERN_STATUS_OPEN, make_date (10, G_DATE_MARCH, 2026) },
  };
  g_autoptr(GArray) closed = mp_closed_days_new ();
  g_autoptr(GPtrArray) open = mp_nudges_decide (m, G_N_ELEMENTS (m), c, G_N_ELEMENTS (c), NULL, &thursday);
  g_autoptr(GPtrArray) with_closed = NULL;

  g_assert_cmpuint (open->len, ==, 0);
  mp_closed_days_add (closed, &friday, "Staff training day");
  with_closed = mp_nudges_decide (m, G_N_ELEMENTS (m), c, G_N_ELEMENTS (c), closed, &thursday);
  g_assert_cmpuint (with_closed->len, ==, 2);
  g_assert_cmpint (nudge_with_id (with_closed, "meeting-due-tuesday")->kind, ==, MP_NUDGE_MEETING_DUE);
  g_assert_cmpint (nudge_with_id (with_closed, "concern-needed-tuesday")->kind, ==, MP_NUDGE_CONCERN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nudges/working-days", test_working_days);
  g_test_add_func ("/nudges/decide-meetings", test_decide_meetings);
  g_test_add_func ("/nudges/decide-concerns", test_decide_concerns);
  g_test_add_func ("/nudges/decide-raised", test_decide_raised);
  g_test_add_func ("/nudges/shown-on", test_shown_on);
  g_test_add_func ("/nudges/send-once-a-day", test_send_once_a_day);
  g_test_add_func ("/nudges/raised-first-time", test_raised_first_time);
  g_test_add_func ("/nudges/hr-no-contact", test_hr_no_contact);
  g_test_add_func ("/nudges/closed-days", test_closed_days);

  return g_test_run ();
}

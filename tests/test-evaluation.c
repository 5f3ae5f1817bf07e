/* test-evaluation.c: the pilot evaluation on a worked example, and on the demo data
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mp-demo.h"
#include "mp-evaluation.h"
#include "mp-model.h"
#include "mp-pairing.h"

#define EPSILON 1e-9

/*
 * The worked example: six pairings.
 *
 *   #  status       state        judged adherence  activities late pending
 *   1  active       pre-arrival  0      1          0/7        0    0     (before arrival: not counted)
 *   2  active       on track     4      1          4/7        0    0
 *   3  active       overdue      4      1/2        2/7        2    1
 *   4  completed    completed    9      8/9        7/7        0    0
 *   5  ended early  ended        3      2/3        3/8        1    1
 *   6  archived     ended        9      7/9        7/8        0    0     (archived: completed)
 *
 *   started 5 (active 2, completed 2, ended early 1), before arrival 1.
 *   cadence: mean (1 + 1/2 + 8/9 + 2/3 + 7/9) / 5 = 23/30; on track (>= 3/4): 2, 4, 6 = 3.
 *   activities: mean (4/7 + 2/7 + 1 + 3/8 + 7/8) / 5 = 87/140; done 23 of 37; on track: 2, 4, 6 = 3.
 *   follow-ups after 5, 12, 3, 8 days and one recorded before the activity (-2, counted
 *   as 0): median of 0, 3, 5, 8, 12 = 5, longest 12; pending 1 + 1 = 2.
 *   feedback (program, meetings, usefulness; 0 = unanswered):
 *     employee 5 4 5, mentor 4 4 0, employee 3 0 0, mentor 4 2 0
 *     program: 4 answers, mean 4, distribution 0 0 1 2 1
 *     meetings: 3 answers, mean 10/3, distribution 0 1 0 2 0
 *     usefulness: 1 answer: hidden (no mean, no distribution).
 */
static void
test_worked_example (void)
{
  const MpEvaluationPairing pairings[] = {
    { MP_MENTORSHIP_STATUS_ACTIVE, MP_SCHEDULE_STATE_PRE_ARRIVAL, 0, 1.0, 0, 7, 0, 0 },
    { MP_MENTORSHIP_STATUS_ACTIVE, MP_SCHEDULE_STATE_ON_TRACK, 4, 1.0, 4, 7, 0, 0 },
    { MP_MENTORSHIP_STATUS_ACTIVE, MP_SCHEDULE_STATE_OVERDUE, 4, 0.5, 2, 7, 2, 1 },
    { MP_MENTORSHIP_STATUS_COMPLETED, MP_SCHEDULE_STATE_COMPLETED, 9, 8.0 / 9, 7, 7, 0, 0 },
    { MP_MENTORSHIP_STATUS_ENDED_EARLY, MP_SCHEDULE_STATE_ENDED, 3, 2.0 / 3, 3, 8, 1, 1 },
    { MP_MENTORSHIP_STATUS_ARCHIVED, MP_SCHEDULE_STATE_ENDED, 9, 7.0 / 9, 7, 8, 0, 0 },
  };
  const int days[] = { 5, 12, 3, 8, -2 };
  const MpEvaluationFeedback feedback[] = {
    { MP_FEEDBACK_ROLE_EMPLOYEE, { 5, 4, 5 } },
    { MP_FEEDBACK_ROLE_MENTOR, { 4, 4, 0 } },
    { MP_FEEDBACK_ROLE_EMPLOYEE, { 3, 0, 0 } },
    { MP_FEEDBACK_ROLE_MENTOR, { 4, 2, 0 } },
  };
  g_autoptr(MpEvaluation) e = NULL;
  const MpEvaluationRating *r;
  GDate as_of;

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 15, G_DATE_MARCH, 2026);

  e = mp_evaluation_compute_plain (pairings, G_N_ELEMENTS (pairings), days, G_N_ELEMENTS (days),
                                   feedback, G_N_ELEMENTS (feedback), &as_of, "Pilot");

  g_assert_cmpstr (e->program_name, ==, "Pilot");
  g_assert_cmpint (g_date_compare (&e->as_of, &as_of), ==, 0);

  g_assert_cmpuint (e->pairings, ==, 6);
  g_assert_cmpuint (e->before_arrival, ==, 1);
  g_assert_cmpuint (e->started, ==, 5);
  g_assert_cmpuint (e->active, ==, 2);
  g_assert_cmpuint (e->completed, ==, 2);
  g_assert_cmpuint (e->ended_early, ==, 1);

  g_assert_cmpuint (e->cadence_pairings, ==, 5);
  g_assert_cmpfloat_with_epsilon (e->cadence_mean, 23.0 / 30.0, EPSILON);
  g_assert_cmpuint (e->cadence_on_track, ==, 3);

  g_assert_cmpuint (e->activity_pairings, ==, 5);
  g_assert_cmpfloat_with_epsilon (e->activity_mean, 87.0 / 140.0, EPSILON);
  g_assert_cmpuint (e->activities_done, ==, 23);
  g_assert_cmpuint (e->activities_applicable, ==, 37);
  g_assert_cmpuint (e->activity_on_track, ==, 3);

  g_assert_cmpuint (e->follow_ups_done, ==, 5);
  g_assert_cmpuint (e->follow_ups_pending, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->follow_up_median_days, 5.0, EPSILON);
  g_assert_cmpint (e->follow_up_max_days, ==, 12);

  g_assert_cmpuint (e->feedback_employees, ==, 2);
  g_assert_cmpuint (e->feedback_mentors, ==, 2);

  r = &e->ratings[MP_EVALUATION_QUESTION_PROGRAM];
  g_assert_cmpuint (r->answers, ==, 4);
  g_assert_true (r->shown);
  g_assert_cmpfloat_with_epsilon (r->mean, 4.0, EPSILON);
  g_assert_cmpuint (r->distribution[0], ==, 0);
  g_assert_cmpuint (r->distribution[1], ==, 0);
  g_assert_cmpuint (r->distribution[2], ==, 1);
  g_assert_cmpuint (r->distribution[3], ==, 2);
  g_assert_cmpuint (r->distribution[4], ==, 1);

  r = &e->ratings[MP_EVALUATION_QUESTION_MEETINGS];
  g_assert_cmpuint (r->answers, ==, MP_EVALUATION_MIN_ANSWERS);
  g_assert_true (r->shown);
  g_assert_cmpfloat_with_epsilon (r->mean, 10.0 / 3.0, EPSILON);
  g_assert_cmpuint (r->distribution[1], ==, 1);
  g_assert_cmpuint (r->distribution[3], ==, 2);

  r = &e->ratings[MP_EVALUATION_QUESTION_USEFULNESS];
  g_assert_cmpuint (r->answers, ==, 1);
  g_assert_false (r->shown);
  g_assert_cmpfloat (r->mean, ==, 0);
  for (guint k = 0; k < 5; k++)
    g_assert_cmpuint (r->distribution[k], ==, 0);
}

static void
test_median (void)
{
  int none[1] = { 0 };
  int one[] = { 7 };
  int odd[] = { 9, 1, 4 };
  int even[] = { 10, 2, 3, 4 };

  g_assert_cmpfloat (mp_evaluation_median (none, 0), ==, -1);
  g_assert_cmpfloat (mp_evaluation_median (one, 1), ==, 7);
  g_assert_cmpfloat (mp_evaluation_median (odd, 3), ==, 4);
  g_assert_cmpfloat (mp_evaluation_median (even, 4), ==, 3.5);

  /* Said the same way in the window and the print: a half is not rounded away, one day is one */
  {
    const struct { double days; const char *text; } said[] = {
      { 0, "0 days" }, { 0.5, "0.5 days" }, { 1, "1 day" }, { 3.5, "3.5 days" }, { 12, "12 days" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (said); i++)
      {
        g_autofree char *text = mp_evaluation_format_days (said[i].days);

        g_assert_cmpstr (text, ==, said[i].text);
      }
  }
}

static void
test_empty (void)
{
  g_autoptr(MpEvaluation) e = mp_evaluation_compute_plain (NULL, 0, NULL, 0, NULL, 0, NULL, NULL);

  g_assert_null (e->program_name);
  g_assert_false (g_date_valid (&e->as_of));
  g_assert_cmpuint (e->pairings, ==, 0);
  g_assert_cmpuint (e->started, ==, 0);
  g_assert_cmpfloat (e->cadence_mean, ==, 0);
  g_assert_cmpfloat (e->activity_mean, ==, 0);
  g_assert_cmpfloat (e->follow_up_median_days, ==, -1);
  g_assert_cmpint (e->follow_up_max_days, ==, -1);
  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      g_assert_false (e->ratings[q].shown);
      g_assert_nonnull (mp_evaluation_question_get_label (q));
    }
  /* Each label names what its question asked about: the third asks "How useful were the
   * activities (departments, site visit, committee, member events)?" */
  g_assert_cmpstr (mp_evaluation_question_get_label (MP_EVALUATION_QUESTION_USEFULNESS), ==,
                   "Usefulness of the activities");
}

/* Exactly at and just below the threshold of answers. */
static void
test_min_answers (void)
{
  MpEvaluationFeedback feedback[MP_EVALUATION_MIN_ANSWERS];
  g_autoptr(MpEvaluation) below = NULL;
  g_autoptr(MpEvaluation) at = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (feedback); i++)
    {
      feedback[i].role = MP_FEEDBACK_ROLE_EMPLOYEE;
      for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
        feedback[i].ratings[q] = 2;
    }

  below = mp_evaluation_compute_plain (NULL, 0, NULL, 0, feedback, MP_EVALUATION_MIN_ANSWERS - 1, NULL, NULL);
  at = mp_evaluation_compute_plain (NULL, 0, NULL, 0, feedback, MP_EVALUATION_MIN_ANSWERS, NULL, NULL);

  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      g_assert_false (below->ratings[q].shown);
      g_assert_cmpuint (below->ratings[q].answers, ==, MP_EVALUATION_MIN_ANSWERS - 1);
      g_assert_cmpuint (below->ratings[q].distribution[1], ==, 0);
      g_assert_true (at->ratings[q].shown);
      g_assert_cmpfloat_with_epsilon (at->ratings[q].mean, 2.0, EPSILON);
      g_assert_cmpuint (at->ratings[q].distribution[1], ==, MP_EVALUATION_MIN_ANSWERS);
    }
}

/* On the demo data, through the store: the six pairings at every stage. */
typedef struct
{
  char    *dir;
  MpStore *store;
  GDate    today;
} DemoFixture;

static void
demo_set_up (DemoFixture   *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *private_path = NULL;

  fixture->dir = g_dir_make_tmp ("test-evaluation-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  private_path = mp_demo_private_path (path);
  fixture->store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, 16, G_DATE_MARCH, 2026);
  g_assert_true (mp_demo_populate (fixture->store, &fixture->today, &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &fixture->today);
}

static void
demo_tear_down (DemoFixture   *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->store);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static guint
count_feedback_answers (MpStore              *store,
                        GListModel           *pairings,
                        MpEvaluationQuestion  question)
{
  guint answers = 0;

  for (guint i = 0; i < g_list_model_get_n_items (pairings); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (pairings, i);
      GListModel *feedback = mp_store_get_feedback (store, mp_pairing_get_mentorship (pairing));

      for (guint j = 0; j < g_list_model_get_n_items (feedback); j++)
        {
          g_autoptr(MpFeedback) f = g_list_model_get_item (feedback, j);
          int rating = question == MP_EVALUATION_QUESTION_PROGRAM ? mp_feedback_get_program_rating (f)
                       : question == MP_EVALUATION_QUESTION_MEETINGS ? mp_feedback_get_meetings_rating (f)
                       : mp_feedback_get_usefulness_rating (f);

          answers += rating > 0 ? 1 : 0;
        }
    }

  return answers;
}

static void
test_demo (DemoFixture   *fixture,
           gconstpointer  user_data)
{
  GListModel *all = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));
  g_autoptr(MpEvaluation) e = mp_evaluation_compute (fixture->store, NULL, NULL);
  g_autoptr(GListStore) one = g_list_store_new (MP_TYPE_PAIRING);
  g_autoptr(MpEvaluation) single = NULL;
  guint n = g_list_model_get_n_items (all);
  guint expect_active = 0, expect_before = 0, expect_completed = 0, expect_ended = 0;
  guint pending = 0;

  g_assert_cmpuint (n, >=, 6);
  g_assert_cmpint (g_date_compare (&e->as_of, &fixture->today), ==, 0);
  g_assert_nonnull (e->program_name);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (all, i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);

      pending += mp_pairing_get_summary (pairing)->hr_follow_ups_pending;
      switch (mp_mentorship_get_status (mentorship))
        {
        case MP_MENTORSHIP_STATUS_COMPLETED:
          expect_completed++;
          break;
        case MP_MENTORSHIP_STATUS_ENDED_EARLY:
          expect_ended++;
          break;
        default:
          if (mp_pairing_get_state (pairing) == MP_SCHEDULE_STATE_PRE_ARRIVAL)
            expect_before++;
          else
            expect_active++;
        }
      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ENDED_EARLY)
        g_list_store_append (one, pairing);
    }

  /* The demo has a pairing at every stage. */
  g_assert_cmpuint (e->pairings, ==, n);
  g_assert_cmpuint (e->before_arrival, ==, expect_before);
  g_assert_cmpuint (e->active, ==, expect_active);
  g_assert_cmpuint (e->completed, ==, expect_completed);
  g_assert_cmpuint (e->ended_early, ==, expect_ended);
  g_assert_cmpuint (e->before_arrival, >=, 1);
  g_assert_cmpuint (e->active, >=, 3);
  g_assert_cmpuint (e->completed, >=, 1);
  g_assert_cmpuint (e->ended_early, >=, 1);
  g_assert_cmpuint (e->called_off, ==, 0);
  g_assert_cmpuint (e->started + e->before_arrival + e->called_off, ==, e->pairings);
  g_assert_cmpuint (e->follow_ups_pending, ==, pending);

  g_assert_cmpuint (e->cadence_pairings, >=, 1);
  g_assert_cmpuint (e->cadence_pairings, <=, e->started);
  g_assert_cmpfloat (e->cadence_mean, >, 0);
  g_assert_cmpfloat (e->cadence_mean, <=, 1);
  g_assert_cmpuint (e->activity_pairings, <=, e->started);
  g_assert_cmpfloat (e->activity_mean, >, 0);
  g_assert_cmpfloat (e->activity_mean, <=, 1);
  g_assert_cmpuint (e->activities_done, <=, e->activities_applicable);
  g_assert_cmpuint (e->follow_ups_done, >=, 1);
  g_assert_cmpfloat (e->follow_up_median_days, >=, 0);

  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      guint answers = count_feedback_answers (fixture->store, all, q);

      g_assert_cmpuint (e->ratings[q].answers, ==, answers);
      g_assert_cmpint (e->ratings[q].shown, ==, answers >= MP_EVALUATION_MIN_ANSWERS);
    }

  /* One pairing's feedback alone (two people at most) is never shown. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (one)), ==, 1);
  single = mp_evaluation_compute (fixture->store, G_LIST_MODEL (one), &fixture->today);
  g_assert_cmpuint (single->pairings, ==, 1);
  g_assert_cmpuint (single->ended_early, ==, 1);
  g_assert_cmpuint (single->feedback_employees + single->feedback_mentors, <=, 2);
  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      g_assert_false (single->ratings[q].shown);
      g_assert_cmpfloat (single->ratings[q].mean, ==, 0);
    }
}

/* A pairing called off before its start never ran: counted apart, not as started nor as
 * ended early, and in no mean (its activities, all pending, would lower the activity mean). */
static void
test_called_off_plain (void)
{
  const MpEvaluationPairing pairings[] = {
    { MP_MENTORSHIP_STATUS_ACTIVE, MP_SCHEDULE_STATE_ON_TRACK, 4, 1.0, 4, 8, 0, 0, FALSE },
    { MP_MENTORSHIP_STATUS_ENDED_EARLY, MP_SCHEDULE_STATE_ENDED, 2, 0.5, 2, 8, 1, 0, FALSE },
    { MP_MENTORSHIP_STATUS_ENDED_EARLY, MP_SCHEDULE_STATE_ENDED, 1, 0.0, 0, 8, 0, 1, TRUE },
  };
  g_autoptr(MpEvaluation) e = mp_evaluation_compute_plain (pairings, G_N_ELEMENTS (pairings), NULL, 0, NULL, 0,
                                                           NULL, NULL);

  g_assert_cmpuint (e->pairings, ==, 3);
  g_assert_cmpuint (e->called_off, ==, 1);
  g_assert_cmpuint (e->started, ==, 2);
  g_assert_cmpuint (e->ended_early, ==, 1);
  g_assert_cmpuint (e->active, ==, 1);
  g_assert_cmpuint (e->cadence_pairings, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->cadence_mean, 0.75, EPSILON);
  g_assert_cmpuint (e->activity_pairings, ==, 2);
  g_assert_cmpfloat_with_epsilon (e->activity_mean, 6.0 / 16.0, EPSILON);
  g_assert_cmpuint (e->activities_applicable, ==, 16);
  /* Its follow-ups still wait for HR */
  g_assert_cmpuint (e->follow_ups_pending, ==, 1);
}

/* On the demo: Priya's pairing, before her arrival, called off; then archived, as HR would */
static void
test_called_off_demo (DemoFixture   *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(MpEvaluation) before = mp_evaluation_compute (fixture->store, NULL, NULL);
  g_autoptr(MpEvaluation) after = NULL;
  g_autoptr(MpEvaluation) archived = NULL;
  GListModel *all = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));
  MpMentorship *priya = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; priya == NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (all, i);

      if (g_strcmp0 (mp_pairing_get_employee_name (pairing), "Priya Raman") == 0)
        priya = mp_pairing_get_mentorship (pairing);
    }
  g_assert_nonnull (priya);

  g_assert_true (mp_store_call_off_mentorship (fixture->store, priya, "The hire fell through", &fixture->today,
                                               &error));
  g_assert_no_error (error);
  after = mp_evaluation_compute (fixture->store, NULL, NULL);
  g_assert_cmpuint (after->pairings, ==, before->pairings);
  g_assert_cmpuint (after->called_off, ==, 1);
  g_assert_cmpuint (after->before_arrival, ==, before->before_arrival - 1);
  g_assert_cmpuint (after->started, ==, before->started);
  g_assert_cmpuint (after->ended_early, ==, before->ended_early);
  g_assert_cmpuint (after->activity_pairings, ==, before->activity_pairings);
  g_assert_cmpfloat_with_epsilon (after->activity_mean, before->activity_mean, EPSILON);

  g_assert_true (mp_store_archive_mentorship (fixture->store, priya, &error));
  g_assert_no_error (error);
  archived = mp_evaluation_compute (fixture->store, NULL, NULL);
  g_assert_cmpuint (archived->called_off, ==, 1);
  g_assert_cmpuint (archived->ended_early, ==, before->ended_early);

  /* Completed on its start day is completed, not called off */
  {
    MpMentorship *running = NULL;
    g_autoptr(MpEvaluation) completed = NULL;

    for (guint i = 0; running == NULL && i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(MpPairing) pairing = g_list_model_get_item (all, i);
        MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);

        if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE &&
            mp_pairing_get_state (pairing) != MP_SCHEDULE_STATE_PRE_ARRIVAL)
          running = mentorship;
      }
    g_assert_nonnull (running);
    g_assert_true (mp_store_complete_mentorship (fixture->store, running, mp_mentorship_get_start_date (running),
                                                 &error));
    g_assert_no_error (error);
    completed = mp_evaluation_compute (fixture->store, NULL, NULL);
    g_assert_cmpuint (completed->called_off, ==, 1);
    g_assert_cmpuint (completed->completed, ==, before->completed + 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/evaluation/worked-example", test_worked_example);
  g_test_add_func ("/evaluation/median", test_median);
  g_test_add_func ("/evaluation/empty", test_empty);
  g_test_add_func ("/evaluation/min-answers", test_min_answers);
  g_test_add ("/evaluation/demo", DemoFixture, NULL, demo_set_up, test_demo, demo_tear_down);
  g_test_add_func ("/evaluation/called-off", test_called_off_plain);
  g_test_add ("/evaluation/called-off-demo", DemoFixture, NULL, demo_set_up, test_called_off_demo, demo_tear_down);

  return g_test_run ();
}

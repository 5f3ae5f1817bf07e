/* mp-evaluation.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-evaluation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mp-activity.h"
#include "mp-activity-progress.h"
#include "mp-evaluation.h"
#include "mp-feedback.h"
#include "mp-pairing.h"
#include "mp-phase.h"
#include "mp-program.h"
#include "mp-schedule.h"

/*
 * The pilot evaluation, from the pairings' progress summaries (never recomputed here).
 *
 *   pairings          every pairing given.
 *   before arrival    schedule state PRE_ARRIVAL (the start date is still to come).
 *   started           all the others: active, completed and ended ones (not those called off).
 *   active            started and still ACTIVE.
 *   completed         status COMPLETED (an archived pairing counts as completed unless it
 *                     has an end reason, the mark of one ended early).
 *   ended early       status ENDED_EARLY (or archived with an end reason).
 *   called off        ended early on its start date (mp_store_call_off_mentorship (), or
 *                     ended on its first day: the dialog says so): it never ran, so it is
 *                     neither started nor ended early, and counts in no cadence or activity
 *                     mean (HR's follow-ups of it still count: HR's own work).
 *   cadence           over started pairings with at least one judged meeting slot: the
 *                     mean of their cadence adherence, and how many kept at least
 *                     MP_EVALUATION_CADENCE_ON_TRACK of their judged slots.
 *   activities        over started pairings with at least one applicable activity: the
 *                     mean of done / applicable, the totals, and how many are on track:
 *                     no applicable activity of a phase that is over is still pending (as
 *                     of today, or of the end date of a pairing that has ended).
 *   HR follow-ups     turnaround: for every activity progress with both a done date and an
 *                     HR follow-up date, the days between them (0 when HR followed up
 *                     first); their median and maximum. Pending: the summaries' count.
 *   feedback          per question (program, meetings, usefulness), over every piece of
 *                     feedback from employees and mentors: how many answered (1..5), and,
 *                     only when at least MP_EVALUATION_MIN_ANSWERS did, the mean and the
 *                     distribution. Comments are never read.
 */

G_DEFINE_BOXED_TYPE (MpEvaluation, mp_evaluation, mp_evaluation_ref, mp_evaluation_unref)

MpEvaluation *
mp_evaluation_ref (MpEvaluation *evaluation)
{
  g_return_val_if_fail (evaluation != NULL, NULL);

  g_atomic_ref_count_inc (&evaluation->ref_count);

  return evaluation;
}

void
mp_evaluation_unref (MpEvaluation *evaluation)
{
  g_return_if_fail (evaluation != NULL);

  if (!g_atomic_ref_count_dec (&evaluation->ref_count))
    return;

  g_free (evaluation->program_name);
  g_free (evaluation);
}

/**
 * mp_evaluation_question_get_label:
 *
 * Returns: the question as shown beside its aggregated answers (translated)
 */
const char *
mp_evaluation_question_get_label (MpEvaluationQuestion question)
{
  switch (question)
    {
    case MP_EVALUATION_QUESTION_PROGRAM:
      return _("The program as a whole");
    case MP_EVALUATION_QUESTION_MEETINGS:
      return _("The meetings");
    case MP_EVALUATION_QUESTION_USEFULNESS:
      /* As the question asked: "How useful were the activities (departments, site visit, …)?" */
      return _("Usefulness of the activities");
    case MP_EVALUATION_N_QUESTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

/**
 * mp_evaluation_format_days:
 * @days: a number of days, whole or with a half (a median)
 *
 * The HR overview and the printed evaluation say a median the same way.
 *
 * Returns: (transfer full): "1 day", "3 days", "0.5 days"
 */
char *
mp_evaluation_format_days (double days)
{
  if (days == (int) days)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", (int) days), (int) days);

  /* Translators: a median number of days with a half, as in "6.5 days" */
  return g_strdup_printf (_("%.1f days"), days);
}

/**
 * mp_evaluation_median:
 * @values: (array length=n_values): the values; sorted in place
 *
 * Returns: the median (the mean of the two middle values for an even count);
 *   -1 when there are none
 */
double
mp_evaluation_median (int   *values,
                      guint  n_values)
{
  g_return_val_if_fail (values != NULL || n_values == 0, -1);

  if (n_values == 0)
    return -1;

  qsort (values, n_values, sizeof (int), compare_ints);
  if (n_values % 2 == 1)
    return values[n_values / 2];

  return (values[n_values / 2 - 1] + values[n_values / 2]) / 2.0;
}

/**
 * mp_evaluation_compute_plain:
 * @pairings: (array length=n_pairings) (nullable): the pairings
 * @follow_up_days: (array length=n_follow_ups) (nullable): for every HR follow-up
 *   recorded, the days from the activity being done to the follow-up
 * @feedback: (array length=n_feedback) (nullable): every piece of feedback
 * @as_of: (nullable): the day the evaluation is for
 * @program_name: (nullable): the pairings' program
 *
 * The evaluation from plain values; the rules are at the top of this file.
 *
 * Returns: (transfer full): a new evaluation
 */
MpEvaluation *
mp_evaluation_compute_plain (const MpEvaluationPairing  *pairings,
                             guint                       n_pairings,
                             const int                  *follow_up_days,
                             guint                       n_follow_ups,
                             const MpEvaluationFeedback *feedback,
                             guint                       n_feedback,
                             const GDate                *as_of,
                             const char                 *program_name)
{
  MpEvaluation *self;
  double cadence_sum = 0;
  double activity_sum = 0;

  g_return_val_if_fail (pairings != NULL || n_pairings == 0, NULL);
  g_return_val_if_fail (follow_up_days != NULL || n_follow_ups == 0, NULL);
  g_return_val_if_fail (feedback != NULL || n_feedback == 0, NULL);

  self = g_new0 (MpEvaluation, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_date_clear (&self->as_of, 1);
  if (as_of != NULL && g_date_valid (as_of))
    self->as_of = *as_of;
  self->program_name = g_strdup (program_name);
  self->follow_up_median_days = -1;
  self->follow_up_max_days = -1;

  self->pairings = n_pairings;
  for (guint i = 0; i < n_pairings; i++)
    {
      const MpEvaluationPairing *p = &pairings[i];

      self->follow_ups_pending += p->hr_follow_ups_pending;

      if (p->called_off)
        {
          self->called_off++;
          continue;
        }

      switch (p->status)
        {
        case MP_MENTORSHIP_STATUS_ENDED_EARLY:
          self->ended_early++;
          break;
        case MP_MENTORSHIP_STATUS_COMPLETED:
        case MP_MENTORSHIP_STATUS_ARCHIVED:
          self->completed++;
          break;
        case MP_MENTORSHIP_STATUS_ACTIVE:
        default:
          if (p->state == MP_SCHEDULE_STATE_PRE_ARRIVAL)
            {
              self->before_arrival++;
              continue;
            }
          self->active++;
          break;
        }

      self->started++;

      if (p->slots_judged > 0)
        {
          double adherence = CLAMP (p->cadence_adherence, 0.0, 1.0);

          self->cadence_pairings++;
          cadence_sum += adherence;
          if (adherence >= MP_EVALUATION_CADENCE_ON_TRACK)
            self->cadence_on_track++;
        }

      if (p->activities_applicable > 0)
        {
          guint done = MIN (p->activities_done, p->activities_applicable);

          self->activity_pairings++;
          self->activities_done += done;
          self->activities_applicable += p->activities_applicable;
          activity_sum += (double) done / p->activities_applicable;
          if (p->activities_late == 0)
            self->activity_on_track++;
        }
    }

  if (self->cadence_pairings > 0)
    self->cadence_mean = cadence_sum / self->cadence_pairings;
  if (self->activity_pairings > 0)
    self->activity_mean = activity_sum / self->activity_pairings;

  if (n_follow_ups > 0)
    {
      g_autofree int *days = g_new (int, n_follow_ups);

      for (guint i = 0; i < n_follow_ups; i++)
        {
          days[i] = MAX (follow_up_days[i], 0);
          self->follow_up_max_days = MAX (self->follow_up_max_days, days[i]);
        }
      self->follow_ups_done = n_follow_ups;
      self->follow_up_median_days = mp_evaluation_median (days, n_follow_ups);
    }

  for (guint i = 0; i < n_feedback; i++)
    {
      const MpEvaluationFeedback *f = &feedback[i];

      if (f->role == MP_FEEDBACK_ROLE_MENTOR)
        self->feedback_mentors++;
      else
        self->feedback_employees++;

      for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
        {
          int rating = f->ratings[q];

          if (rating >= 1 && rating <= 5)
            {
              self->ratings[q].answers++;
              self->ratings[q].distribution[rating - 1]++;
            }
        }
    }

  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      MpEvaluationRating *r = &self->ratings[q];

      if (r->answers >= MP_EVALUATION_MIN_ANSWERS)
        {
          guint sum = 0;

          for (guint k = 0; k < 5; k++)
            sum += r->distribution[k] * (k + 1);
          r->shown = TRUE;
          r->mean = (double) sum / r->answers;
        }
      else
        {
          /* Too few to keep anyone's answer from being guessed: keep only the count. */
          r->shown = FALSE;
          r->mean = 0;
          memset (r->distribution, 0, sizeof r->distribution);
        }
    }

  return self;
}

/* Applicable activities of the phases that are over by @as_of and still pending. */
static guint
count_late_activities (MpMentorship *mentorship,
                       GHashTable   *progress_by_id,
                       const GDate  *as_of)
{
  MpProgram *program = mp_mentorship_get_program (mentorship);
  const GDate *start = mp_mentorship_get_start_date (mentorship);
  GListModel *phases;
  guint late = 0;

  if (program == NULL || start == NULL || !g_date_valid (start))
    return 0;

  phases = mp_program_get_phases (program);
  for (guint i = 0; phases != NULL && i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);
      MpSchedulePhase plain = mp_schedule_phase_from (phase);
      GDate first_day, end_day;

      g_date_clear (&first_day, 1);
      g_date_clear (&end_day, 1);
      mp_schedule_phase_dates (&plain, start, &first_day, &end_day);
      if (!g_date_valid (&end_day) || g_date_compare (&end_day, as_of) > 0)
        continue;

      for (guint j = 0; activities != NULL && j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          MpActivityProgress *progress = g_hash_table_lookup (progress_by_id, mp_activity_get_id (activity));
          MpActivityState state = progress ? mp_activity_progress_get_state (progress) : MP_ACTIVITY_STATE_PENDING;

          if (state == MP_ACTIVITY_STATE_PENDING)
            late++;
        }
    }

  return late;
}

/**
 * mp_evaluation_compute:
 * @store: the store
 * @pairings: (nullable): a #GListModel of #MpPairing to evaluate; %NULL for all the
 *   store's pairings (mp_pairing_list_get_for_store ())
 * @today: (nullable): the day to evaluate for; %NULL for the pairing list's today
 *
 * Returns: (transfer full): the evaluation of @pairings
 */
MpEvaluation *
mp_evaluation_compute (MpStore     *store,
                       GListModel  *pairings,
                       const GDate *today)
{
  g_autoptr(GArray) plain = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) answers = NULL;
  g_autoptr(GHashTable) progress_by_id = NULL;
  MpProgram *program = NULL;
  GDate as_of;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (pairings == NULL || G_IS_LIST_MODEL (pairings), NULL);

  if (pairings == NULL)
    pairings = G_LIST_MODEL (mp_pairing_list_get_for_store (store));

  /* Every pairing's activity progress and feedback: one query per kind, not per pairing. */
  {
    g_autoptr(GPtrArray) mentorships = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (pairings); i++)
      {
        g_autoptr(MpPairing) pairing = g_list_model_get_item (pairings, i);

        g_ptr_array_add (mentorships, mp_pairing_get_mentorship (pairing));
      }
    if (!mp_store_preload_mentorships (store, (MpMentorship * const *) mentorships->pdata, mentorships->len,
                                       &error))
      g_warning ("Could not read the pairings’ histories at once: %s", error->message);
  }

  g_date_clear (&as_of, 1);
  if (today != NULL && g_date_valid (today))
    as_of = *today;
  else
    mp_pairing_list_get_today (mp_pairing_list_get_for_store (store), &as_of);

  n = g_list_model_get_n_items (pairings);
  plain = g_array_sized_new (FALSE, TRUE, sizeof (MpEvaluationPairing), n);
  days = g_array_new (FALSE, FALSE, sizeof (int));
  answers = g_array_new (FALSE, TRUE, sizeof (MpEvaluationFeedback));
  progress_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (pairings, i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
      const MpProgressSummary *summary = mp_pairing_get_summary (pairing);
      MpMentorshipStatus status = mp_mentorship_get_status (mentorship);
      const GDate *ended_on = mp_mentorship_get_ended_on (mentorship);
      GListModel *progress = mp_store_get_activity_progress (store, mentorship);
      GListModel *feedback = mp_store_get_feedback (store, mentorship);
      MpEvaluationPairing p = { 0, };
      GDate pairing_as_of = as_of;

      if (program == NULL)
        program = mp_mentorship_get_program (mentorship);

      if (status == MP_MENTORSHIP_STATUS_ARCHIVED)
        status = mp_mentorship_ended_early (mentorship) ? MP_MENTORSHIP_STATUS_ENDED_EARLY
                                                        : MP_MENTORSHIP_STATUS_COMPLETED;
      if (status != MP_MENTORSHIP_STATUS_ACTIVE && ended_on != NULL && g_date_valid (ended_on) &&
          g_date_compare (ended_on, &as_of) < 0)
        pairing_as_of = *ended_on;

      g_hash_table_remove_all (progress_by_id);
      for (guint j = 0; progress != NULL && j < g_list_model_get_n_items (progress); j++)
        {
          g_autoptr(MpActivityProgress) item = g_list_model_get_item (progress, j);
          const GDate *done_on = mp_activity_progress_get_done_on (item);
          const GDate *followed = mp_activity_progress_get_hr_followed_up_on (item);
          const char *activity_id = mp_activity_progress_get_activity_id (item);

          if (activity_id != NULL)
            g_hash_table_insert (progress_by_id, (gpointer) activity_id, item);

          if (done_on != NULL && g_date_valid (done_on) && followed != NULL && g_date_valid (followed))
            {
              int d = g_date_days_between (done_on, followed);

              g_array_append_val (days, d);
            }
        }

      p.status = status;
      p.state = summary->schedule.state;
      p.slots_judged = summary->slots_judged;
      p.cadence_adherence = summary->cadence_adherence;
      p.activities_done = summary->activities_done;
      p.activities_applicable = summary->activities_applicable;
      p.hr_follow_ups_pending = summary->hr_follow_ups_pending;
      p.activities_late = count_late_activities (mentorship, progress_by_id, &pairing_as_of);
      p.called_off = mp_mentorship_is_called_off (mentorship);
      g_array_append_val (plain, p);

      for (guint j = 0; feedback != NULL && j < g_list_model_get_n_items (feedback); j++)
        {
          g_autoptr(MpFeedback) item = g_list_model_get_item (feedback, j);
          MpEvaluationFeedback f = { 0, };

          /* Only the ratings: the comment is confidential and never read here. */
          f.role = mp_feedback_get_role (item);
          f.ratings[MP_EVALUATION_QUESTION_PROGRAM] = mp_feedback_get_program_rating (item);
          f.ratings[MP_EVALUATION_QUESTION_MEETINGS] = mp_feedback_get_meetings_rating (item);
          f.ratings[MP_EVALUATION_QUESTION_USEFULNESS] = mp_feedback_get_usefulness_rating (item);
          g_array_append_val (answers, f);
        }
    }

  return mp_evaluation_compute_plain ((const MpEvaluationPairing *) (gpointer) plain->data, plain->len,
                                      (const int *) (gpointer) days->data, days->len,
                                      (const MpEvaluationFeedback *) (gpointer) answers->data, answers->len,
                                      &as_of, program ? mp_program_get_name (program) : NULL);
}

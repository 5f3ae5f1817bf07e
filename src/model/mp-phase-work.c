/* mp-phase-work.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-phase-work"

#include "config.h"

#include "mp-activity.h"
#include "mp-activity-progress.h"
#include "mp-phase.h"
#include "mp-phase-work.h"
#include "mp-program.h"
#include "mp-schedule.h"

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/* The phase a held meeting on @date counts in: that of the slot it keeps, as the schedule
 * counts it; a contact before the start belongs to the phase before arrival. */
static int
phase_of_held (const MpSchedulePhase *phases,
               guint                  n_phases,
               GArray                *slots,
               const GDate           *start,
               const GDate           *date)
{
  int index = g_date_compare (date, start) >= 0 ? mp_schedule_slot_phase_for_date (slots, date) : -1;

  if (index >= 0)
    return index;

  index = mp_schedule_phase_for_date (phases, n_phases, start, date);
  if (index < 0 && g_date_compare (date, start) < 0)
    {
      for (guint i = 0; i < n_phases; i++)
        if (phases[i].start_month < 0)
          return (int) i;
    }

  return index;
}

/* The state of activity @id in @activity_progress; of two rows for one activity the later
 * counts (as mp_progress_compute_rows () reads them). */
static MpActivityState
activity_state (GListModel *activity_progress,
                const char *id)
{
  MpActivityState state = MP_ACTIVITY_STATE_PENDING;
  guint n = activity_progress != NULL ? g_list_model_get_n_items (activity_progress) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpActivityProgress) progress = g_list_model_get_item (activity_progress, i);

      if (g_strcmp0 (mp_activity_progress_get_activity_id (progress), id) == 0)
        state = mp_activity_progress_get_state (progress);
    }

  return state;
}

/**
 * mp_phase_work_done:
 *
 * The one rule for a phase being done: every meeting it plans was held in its own time (two
 * in one fortnight make up for none missed in another, as the pairing's state judges it) and
 * every activity of it that applies was done. A phase whose dates have passed without that is over, not
 * done.
 *
 * Returns: whether the work of the phase was done
 */
gboolean
mp_phase_work_done (const MpPhaseWork *work)
{
  g_return_val_if_fail (work != NULL, FALSE);

  /* (nothing asked of the pair: a late pairing's time before arrival) */
  if (work->meetings_planned == 0 && work->activities_applicable == 0)
    return TRUE;

  return work->meetings_kept >= work->meetings_planned && work->activities_done >= work->activities_applicable;
}

/**
 * mp_phase_work_compute:
 * @mentorship: a mentorship with a program and a start date
 * @meetings: (nullable): its meetings (mp_store_get_meetings ())
 * @activity_progress: (nullable): its activity progress (mp_store_get_activity_progress ())
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library is closed
 * @today: the day to count the meetings due by (a pairing that ended counts as of its end)
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 *
 * Returns: (transfer full) (element-type MpPhaseWork): one #MpPhaseWork per phase of the
 *   program, in its order; empty without a program or a start date
 */
GArray *
mp_phase_work_compute (MpMentorship *mentorship,
                       GListModel   *meetings,
                       GListModel   *activity_progress,
                       GArray       *closed_days,
                       const GDate  *today,
                       GTimeZone    *tz)
{
  MpProgram *program;
  const GDate *start;
  const GDate *paired_on;
  g_autofree MpSchedulePhase *phases = NULL;
  g_autoptr(GArray) closed = NULL;
  g_autoptr(GArray) held = NULL;
  g_autoptr(GArray) slots = NULL;
  GListModel *phase_list;
  GArray *result;
  guint n_phases = 0;
  GDate as_of;

  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);
  g_return_val_if_fail (date_is_set (today), NULL);

  result = g_array_new (FALSE, TRUE, sizeof (MpPhaseWork));
  program = mp_mentorship_get_program (mentorship);
  start = mp_mentorship_get_start_date (mentorship);
  if (program == NULL || !date_is_set (start))
    return result;

  /* Nothing is expected after a pairing ended: counted as of its end, as its summary is */
  as_of = mp_schedule_as_of (mp_mentorship_get_status (mentorship), mp_mentorship_get_ended_on (mentorship), today);
  paired_on = mp_mentorship_get_paired_on (mentorship);
  phases = mp_schedule_phases_from_program (program, &n_phases);
  closed = closed_days != NULL ? mp_schedule_closed_dates (closed_days) : g_array_new (FALSE, TRUE, sizeof (GDate));
  held = mp_schedule_held_dates (meetings, start, tz);
  /* (as the pairing's state counts them: none after the day it is judged on) */
  for (guint j = held->len; j > 0; j--)
    if (g_date_compare (&g_array_index (held, GDate, j - 1), &as_of) > 0)
      g_array_remove_index_fast (held, j - 1);
  slots = mp_schedule_slots (phases, n_phases, start, paired_on,
                             (const GDate *) (gpointer) closed->data, closed->len,
                             (const GDate *) (gpointer) held->data, held->len);
  g_array_set_size (result, n_phases);

  for (guint j = 0; j < slots->len; j++)
    {
      const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, j);
      MpPhaseWork *work;
      GDate due_by;

      if (slot->phase_index >= n_phases)
        continue;
      work = &g_array_index (result, MpPhaseWork, slot->phase_index);
      work->meetings_planned++;
      /* (expected once due, as the pairing's counts say) */
      due_by = mp_schedule_slot_due_by (slot, paired_on, (const GDate *) (gpointer) closed->data, closed->len);
      if (g_date_compare (&due_by, &as_of) <= 0)
        work->meetings_due++;
      if (mp_schedule_slot_is_kept (slot, (const GDate *) (gpointer) held->data, held->len))
        work->meetings_kept++;
    }

  for (guint j = 0; j < held->len; j++)
    {
      int phase = phase_of_held (phases, n_phases, slots, start, &g_array_index (held, GDate, j));

      if (phase >= 0 && (guint) phase < n_phases)
        g_array_index (result, MpPhaseWork, phase).meetings_held++;
    }

  phase_list = mp_program_get_phases (program);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phase_list, i);
      GListModel *activities = mp_phase_get_activities (phase);
      guint n_activities = activities != NULL ? g_list_model_get_n_items (activities) : 0;
      MpPhaseWork *work = &g_array_index (result, MpPhaseWork, i);

      for (guint k = 0; k < n_activities; k++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, k);
          MpActivityState state = activity_state (activity_progress, mp_activity_get_id (activity));

          /* Applicable as the pairing's summary counts it: all, minus optional ones marked
           * not applicable */
          if (mp_activity_get_optional (activity) && state == MP_ACTIVITY_STATE_NOT_APPLICABLE)
            continue;
          work->activities_applicable++;
          if (state == MP_ACTIVITY_STATE_DONE)
            work->activities_done++;
        }
    }

  return result;
}

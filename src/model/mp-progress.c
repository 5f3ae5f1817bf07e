/* mp-progress.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-progress"

#include "config.h"

#include "mp-activity-progress.h"
#include "mp-meeting.h"
#include "mp-phase.h"
#include "mp-progress.h"

/*
 * One summary per mentorship: the ONLY place its numbers are computed (the HR
 * table, the printed summaries and the JSON export all read it).
 *
 *   phase                  the phase holding today (MpScheduleInfo.phase_index:
 *                          before arrival before the start, the last phase after
 *                          the end) and its title.
 *   meetings held          MpScheduleInfo.held: held regular meetings from the
 *                          start to today, plus one for a contact before arrival
 *                          (informal included there); see mp-schedule.c.
 *   meetings expected      slots of the program dated on or before today; and the
 *                          program's total.
 *   cadence adherence      of the expected slots that are kept (a counted meeting in
 *                          their window) or whose window has closed, the fraction
 *                          kept; 1.0 while none is judged. See mp-schedule.c.
 *   activities             every activity of every phase of the program, joined with
 *                          the pair's progress by activity id (no row = pending).
 *                          Applicable: all, minus optional ones marked not
 *                          applicable. Done: state DONE.
 *   HR follow-ups pending  done activities whose program item asks for an HR
 *                          follow-up and whose progress has no hr-followed-up-on date.
 *   last contact           local date of the latest HELD meeting on or before today,
 *                          informal contacts included; days since it.
 *   next meeting           the earliest SCHEDULED meeting whose local date is today
 *                          or later.
 *   schedule               MpScheduleInfo (state, due and suggested dates, reason).
 *
 * For a mentorship that is no longer active and has an end date, the schedule
 * part (phase, meetings, adherence) is computed as of that end date.
 */

G_DEFINE_BOXED_TYPE (MpProgressSummary, mp_progress_summary,
                     mp_progress_summary_ref, mp_progress_summary_unref)

static MpProgressSummary *
progress_summary_new (void)
{
  MpProgressSummary *summary = g_new0 (MpProgressSummary, 1);

  g_atomic_ref_count_init (&summary->ref_count);
  mp_schedule_info_init (&summary->schedule);
  g_date_clear (&summary->last_contact, 1);
  summary->phase_index = -1;
  summary->days_since_contact = -1;
  summary->cadence_adherence = 1.0;
  summary->unrecorded_at = MP_PROGRESS_NO_TIME;

  return summary;
}

MpProgressSummary *
mp_progress_summary_ref (MpProgressSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);

  g_atomic_ref_count_inc (&summary->ref_count);

  return summary;
}

void
mp_progress_summary_unref (MpProgressSummary *summary)
{
  g_return_if_fail (summary != NULL);

  if (!g_atomic_ref_count_dec (&summary->ref_count))
    return;

  g_free (summary->phase_title);
  g_clear_pointer (&summary->next_meeting, g_date_time_unref);
  mp_schedule_info_clear (&summary->schedule);
  g_free (summary);
}

/**
 * mp_progress_compute_plain:
 * @phases: (array length=n_phases): the program's phases
 * @phase_titles: (array length=n_phases) (nullable): their titles
 * @start: the mentorship's start date
 * @paired_on: (nullable): the day the pair was made, when known
 * @status: the mentorship's status
 * @ended_on: (nullable): when it ended
 * @meetings: (array length=n_meetings) (nullable): all the mentorship's meetings
 * @activities: (array length=n_activities) (nullable): every activity of the
 *   program with the pair's state on it
 * @busy_dates: (array length=n_busy) (nullable): the mentor's other meetings,
 *   avoided by the suggested date
 * @closed_dates: (array length=n_closed) (nullable): the days the library is closed
 *   (mp_schedule_compute ())
 * @today: the date to compute for
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 *
 * The summary from plain values; the rules are at the top of this file.
 *
 * Returns: (transfer full): a new summary
 */
MpProgressSummary *
mp_progress_compute_plain (const MpSchedulePhase    *phases,
                           guint                     n_phases,
                           const char * const       *phase_titles,
                           const GDate              *start,
                           const GDate              *paired_on,
                           MpMentorshipStatus        status,
                           const GDate              *ended_on,
                           const MpProgressMeeting  *meetings,
                           guint                     n_meetings,
                           const MpProgressActivity *activities,
                           guint                     n_activities,
                           const GDate              *busy_dates,
                           guint                     n_busy,
                           const GDate              *closed_dates,
                           guint                     n_closed,
                           const GDate              *today,
                           GTimeZone                *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GArray) held = NULL;
  MpProgressSummary *summary;
  const MpScheduleInfo *schedule;
  gint64 next_meeting = MP_PROGRESS_NO_TIME;

  g_return_val_if_fail (phases != NULL || n_phases == 0, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (meetings != NULL || n_meetings == 0, NULL);
  g_return_val_if_fail (activities != NULL || n_activities == 0, NULL);
  g_return_val_if_fail (busy_dates != NULL || n_busy == 0, NULL);
  g_return_val_if_fail (closed_dates != NULL || n_closed == 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  summary = progress_summary_new ();
  held = g_array_sized_new (FALSE, TRUE, sizeof (GDate), n_meetings);

  for (guint i = 0; i < n_meetings; i++)
    {
      const MpProgressMeeting *meeting = &meetings[i];
      GDate date;

      if (meeting->starts_at == MP_PROGRESS_NO_TIME)
        continue;

      date = mp_schedule_local_date_from_unix (meeting->starts_at, tz);
      if (!g_date_valid (&date))
        continue;

      if (mp_schedule_meeting_counts (meeting->status, meeting->informal, &date, start))
        g_array_append_val (held, date);

      if (meeting->status == MP_MEETING_STATUS_HELD
          && g_date_compare (&date, today) <= 0
          && (!g_date_valid (&summary->last_contact) || g_date_compare (&date, &summary->last_contact) > 0))
        summary->last_contact = date;

      if (meeting->status == MP_MEETING_STATUS_SCHEDULED
          && g_date_compare (&date, today) >= 0
          && (next_meeting == MP_PROGRESS_NO_TIME || meeting->starts_at < next_meeting))
        next_meeting = meeting->starts_at;

      if (meeting->status == MP_MEETING_STATUS_SCHEDULED
          && g_date_compare (&date, today) < 0
          && (summary->unrecorded_at == MP_PROGRESS_NO_TIME || meeting->starts_at > summary->unrecorded_at))
        summary->unrecorded_at = meeting->starts_at;
    }

  if (next_meeting != MP_PROGRESS_NO_TIME)
    summary->next_meeting = g_date_time_new_from_unix_utc (next_meeting);

  if (g_date_valid (&summary->last_contact))
    summary->days_since_contact = g_date_days_between (&summary->last_contact, today);

  mp_schedule_compute (phases, n_phases, start, paired_on,
                       (const GDate *) (gpointer) held->data, held->len,
                       busy_dates, n_busy, closed_dates, n_closed, today, status, ended_on,
                       &summary->schedule);
  schedule = &summary->schedule;

  summary->phase_index = schedule->phase_index;
  if (phase_titles != NULL && schedule->phase_index >= 0 && (guint) schedule->phase_index < n_phases)
    summary->phase_title = g_strdup (phase_titles[schedule->phase_index]);
  summary->meetings_held = schedule->held;
  summary->meetings_expected = schedule->expected_by_today;
  summary->meetings_total = schedule->expected_total;
  summary->cadence_adherence = schedule->adherence;
  summary->slots_kept = schedule->slots_kept;
  summary->slots_judged = schedule->slots_judged;

  for (guint i = 0; i < n_activities; i++)
    {
      const MpProgressActivity *activity = &activities[i];

      if (activity->optional && activity->state == MP_ACTIVITY_STATE_NOT_APPLICABLE)
        continue;

      summary->activities_applicable++;

      if (activity->state != MP_ACTIVITY_STATE_DONE)
        continue;

      summary->activities_done++;
      if (activity->hr_follow_up && !activity->hr_followed_up)
        summary->hr_follow_ups_pending++;
    }

  return summary;
}

/**
 * mp_progress_compute:
 * @mentorship: the mentorship (its program and start date must be set)
 * @meetings: (nullable): a #GListModel of the mentorship's #MpMeeting
 * @activity_progress: (nullable): a #GListModel of its #MpActivityProgress
 * @today: the date to compute for
 *
 * mp_progress_compute_full() in the local time zone, without the mentor's
 * other meetings (so the suggested date does not avoid them).
 *
 * Returns: (transfer full): a new summary
 */
MpProgressSummary *
mp_progress_compute (MpMentorship *mentorship,
                     GListModel   *meetings,
                     GListModel   *activity_progress,
                     const GDate  *today)
{
  return mp_progress_compute_full (mentorship, meetings, activity_progress, NULL, NULL, today, NULL);
}

/**
 * mp_progress_meeting_from:
 *
 * Returns: @meeting as plain values
 */
MpProgressMeeting
mp_progress_meeting_from (MpMeeting *meeting)
{
  GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
  MpProgressMeeting plain = {
    .starts_at = starts_at != NULL ? g_date_time_to_unix (starts_at) : MP_PROGRESS_NO_TIME,
    .status = mp_meeting_get_status (meeting),
    .informal = mp_meeting_get_informal (meeting),
  };

  return plain;
}

/**
 * mp_progress_row_from:
 *
 * Returns: @progress as plain values (its activity id borrowed from it)
 */
MpProgressRow
mp_progress_row_from (MpActivityProgress *progress)
{
  const GDate *followed_up_on = mp_activity_progress_get_hr_followed_up_on (progress);
  MpProgressRow row = {
    .activity_id = mp_activity_progress_get_activity_id (progress),
    .state = mp_activity_progress_get_state (progress),
    .hr_followed_up = followed_up_on != NULL && g_date_valid (followed_up_on),
  };

  return row;
}

/* The program's activities, in order. */
typedef struct
{
  gboolean optional;
  gboolean hr_follow_up;
} ProgramActivity;

struct _MpProgressProgram
{
  MpProgram       *program;       /* owned: holds the titles and ids below */
  MpSchedulePhase *phases;
  guint            n_phases;
  const char     **titles;        /* n_phases + 1, borrowed from the phases */
  GArray          *activities;    /* ProgramActivity */
  GHashTable      *by_id;         /* activity id (borrowed) → index + 1 */
};

/**
 * mp_progress_program_new:
 *
 * Returns: (transfer full): @program as mp_progress_compute_rows () takes it
 */
MpProgressProgram *
mp_progress_program_new (MpProgram *program)
{
  MpProgressProgram *self;
  GListModel *program_phases;

  g_return_val_if_fail (MP_IS_PROGRAM (program), NULL);

  self = g_new0 (MpProgressProgram, 1);
  self->program = g_object_ref (program);
  self->phases = mp_schedule_phases_from_program (program, &self->n_phases);
  self->titles = g_new0 (const char *, self->n_phases + 1);
  self->activities = g_array_new (FALSE, TRUE, sizeof (ProgramActivity));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  program_phases = mp_program_get_phases (program);
  for (guint i = 0; i < self->n_phases; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (program_phases, i);
      GListModel *activities = mp_phase_get_activities (phase);
      guint n_activities = activities != NULL ? g_list_model_get_n_items (activities) : 0;

      /* The program holds its phases and activities, and so these strings. */
      self->titles[i] = mp_phase_get_title (phase);
      for (guint j = 0; j < n_activities; j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          const char *id = mp_activity_get_id (activity);
          ProgramActivity plain = {
            .optional = mp_activity_get_optional (activity),
            .hr_follow_up = mp_activity_get_hr_follow_up (activity),
          };

          g_array_append_val (self->activities, plain);
          /* Ids are unique in a program (mp-program refuses a template that repeats one). */
          if (id != NULL && !g_hash_table_contains (self->by_id, id))
            g_hash_table_insert (self->by_id, (gpointer) id, GUINT_TO_POINTER (self->activities->len));
        }
    }

  return self;
}

void
mp_progress_program_free (MpProgressProgram *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->activities, g_array_unref);
  g_free (self->titles);
  g_free (self->phases);
  g_clear_object (&self->program);
  g_free (self);
}

/**
 * mp_progress_compute_rows:
 * @program: the mentorship's program, from mp_progress_program_new ()
 * @mentorship: the mentorship (its start date, status and end are read)
 * @meetings: (array length=n_meetings) (nullable): its meetings
 * @rows: (array length=n_rows) (nullable): its activity progress; rows for activities
 *   the program does not have are ignored, and of two rows for one activity the later counts
 * @busy_dates: (array length=n_busy) (nullable): see mp_progress_compute_plain ()
 * @closed_dates: (array length=n_closed) (nullable): see mp_progress_compute_plain ()
 * @today: the date to compute for
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 *
 * Returns: (transfer full): the summary of a mentorship given as plain rows
 */
MpProgressSummary *
mp_progress_compute_rows (const MpProgressProgram *program,
                          MpMentorship            *mentorship,
                          const MpProgressMeeting *meetings,
                          guint                    n_meetings,
                          const MpProgressRow     *rows,
                          guint                    n_rows,
                          const GDate             *busy_dates,
                          guint                    n_busy,
                          const GDate             *closed_dates,
                          guint                    n_closed,
                          const GDate             *today,
                          GTimeZone               *tz)
{
  g_autofree MpProgressActivity *activities = NULL;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);
  g_return_val_if_fail (mp_mentorship_get_start_date (mentorship) != NULL, NULL);
  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);

  activities = mp_progress_program_resolve (program, rows, n_rows);

  return mp_progress_compute_resolved (program, mentorship, meetings, n_meetings, activities,
                                       busy_dates, n_busy, closed_dates, n_closed, today, tz);
}

/**
 * mp_progress_program_resolve:
 * @rows: (array length=n_rows) (nullable): a mentorship's activity progress; rows for
 *   activities the program does not have are ignored, and of two rows for one activity
 *   the later counts
 *
 * Returns: (transfer full): one #MpProgressActivity per activity of @program, in its
 *   order (free with g_free ())
 */
MpProgressActivity *
mp_progress_program_resolve (const MpProgressProgram *program,
                             const MpProgressRow     *rows,
                             guint                    n_rows)
{
  guint n_activities;
  MpProgressActivity *activities;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);

  n_activities = program->activities->len;
  activities = g_new0 (MpProgressActivity, MAX (n_activities, 1));
  for (guint i = 0; i < n_activities; i++)
    {
      const ProgramActivity *activity = &g_array_index (program->activities, ProgramActivity, i);

      activities[i].state = MP_ACTIVITY_STATE_PENDING;
      activities[i].optional = activity->optional;
      activities[i].hr_follow_up = activity->hr_follow_up;
    }

  for (guint i = 0; i < n_rows; i++)
    {
      guint index = rows[i].activity_id != NULL
                      ? GPOINTER_TO_UINT (g_hash_table_lookup (program->by_id, rows[i].activity_id))
                      : 0;

      if (index == 0)
        continue;
      activities[index - 1].state = rows[i].state;
      activities[index - 1].hr_followed_up = rows[i].hr_followed_up;
    }

  return activities;
}

/**
 * mp_progress_compute_resolved:
 * @activities: from mp_progress_program_resolve ()
 *
 * mp_progress_compute_rows () with the activities already resolved. It reads @program and
 * @mentorship only, so summaries of many mentorships may be computed on several threads
 * at once (the objects must not change meanwhile).
 *
 * Returns: (transfer full): the summary
 */
MpProgressSummary *
mp_progress_compute_resolved (const MpProgressProgram  *program,
                              MpMentorship             *mentorship,
                              const MpProgressMeeting  *meetings,
                              guint                     n_meetings,
                              const MpProgressActivity *activities,
                              const GDate              *busy_dates,
                              guint                     n_busy,
                              const GDate              *closed_dates,
                              guint                     n_closed,
                              const GDate              *today,
                              GTimeZone                *tz)
{
  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);
  g_return_val_if_fail (mp_mentorship_get_start_date (mentorship) != NULL, NULL);

  return mp_progress_compute_plain (program->phases, program->n_phases, program->titles,
                                    mp_mentorship_get_start_date (mentorship),
                                    mp_mentorship_get_paired_on (mentorship),
                                    mp_mentorship_get_status (mentorship),
                                    mp_mentorship_get_ended_on (mentorship),
                                    meetings, n_meetings, activities, program->activities->len,
                                    busy_dates, n_busy, closed_dates, n_closed, today, tz);
}

/**
 * mp_progress_compute_full:
 * @mentorship: the mentorship (its program and start date must be set)
 * @meetings: (nullable): a #GListModel of the mentorship's #MpMeeting
 * @activity_progress: (nullable): a #GListModel of its #MpActivityProgress;
 *   rows for activities the program does not have are ignored
 * @mentor_meetings: (nullable): a #GListModel of the mentor's #MpMeeting (any
 *   mentorship); the suggested date avoids the days of other mentorships' ones
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library is closed,
 *   avoided by the suggested date too
 * @today: the date to compute for
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 *
 * The summary of a mentorship's objects; the rules are at the top of this file.
 *
 * Returns: (transfer full): a new summary
 */
MpProgressSummary *
mp_progress_compute_full (MpMentorship *mentorship,
                          GListModel   *meetings,
                          GListModel   *activity_progress,
                          GListModel   *mentor_meetings,
                          GArray       *closed_days,
                          const GDate  *today,
                          GTimeZone    *tz)
{
  g_autoptr(MpProgressProgram) program = NULL;
  g_autoptr(GArray) plain_meetings = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GPtrArray) keep_alive = NULL;
  g_autoptr(GArray) busy = NULL;
  g_autoptr(GArray) closed = NULL;
  guint n;

  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);
  g_return_val_if_fail (MP_IS_PROGRAM (mp_mentorship_get_program (mentorship)), NULL);
  g_return_val_if_fail (mp_mentorship_get_start_date (mentorship) != NULL, NULL);
  g_return_val_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (activity_progress == NULL || G_IS_LIST_MODEL (activity_progress), NULL);
  g_return_val_if_fail (mentor_meetings == NULL || G_IS_LIST_MODEL (mentor_meetings), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  program = mp_progress_program_new (mp_mentorship_get_program (mentorship));

  n = meetings != NULL ? g_list_model_get_n_items (meetings) : 0;
  plain_meetings = g_array_sized_new (FALSE, TRUE, sizeof (MpProgressMeeting), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
      MpProgressMeeting plain = mp_progress_meeting_from (meeting);

      g_array_append_val (plain_meetings, plain);
    }

  /* The items hold the borrowed activity ids. */
  keep_alive = g_ptr_array_new_with_free_func (g_object_unref);
  n = activity_progress != NULL ? g_list_model_get_n_items (activity_progress) : 0;
  rows = g_array_sized_new (FALSE, TRUE, sizeof (MpProgressRow), n);
  for (guint i = 0; i < n; i++)
    {
      MpActivityProgress *progress = g_list_model_get_item (activity_progress, i);
      MpProgressRow row = mp_progress_row_from (progress);

      g_ptr_array_add (keep_alive, progress);
      g_array_append_val (rows, row);
    }

  busy = mp_schedule_busy_dates (mentor_meetings, mentorship, closed_days, tz);
  closed = mp_schedule_closed_dates (closed_days);

  return mp_progress_compute_rows (program, mentorship,
                                   (const MpProgressMeeting *) (gpointer) plain_meetings->data,
                                   plain_meetings->len,
                                   (const MpProgressRow *) (gpointer) rows->data, rows->len,
                                   (const GDate *) (gpointer) busy->data, busy->len,
                                   (const GDate *) (gpointer) closed->data, closed->len,
                                   today, tz);
}

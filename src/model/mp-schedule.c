/* mp-schedule.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-schedule"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "mp-schedule.h"
#include "mp-text.h"

/*
 * The meeting schedule of a mentorship, as pure functions of plain dates.
 *
 * Program and phases
 *   A phase with start_month >= 0 runs from start + start_month months to
 *   start + (start_month + months) months (end exclusive). Months are calendar
 *   months, always counted from the start date itself (g_date_add_months), so
 *   a start on 31 January gives 29 February, 31 March, 30 April... without drift.
 *   A phase with start_month < 0 is "before arrival": it holds every date before
 *   the start. The program ends (exclusive) at the latest phase end: for the
 *   pilot, start + 6 months.
 *
 * Slots (expected meetings)
 *   ONCE before arrival: one slot on the first contact's day, whose window is every date
 *   before the start. That day is start - MP_SCHEDULE_FIRST_CONTACT_DAYS; for a pairing
 *   made (paired_on) later than MP_SCHEDULE_LATE_PAIRING_DAYS days before it, it is
 *   paired_on + MP_SCHEDULE_LATE_PAIRING_DAYS, but not later than the day before the start
 *   (mp_schedule_first_contact_day ()): the mentor cannot be late on the day of the pairing.
 *   A pair made on or after the start has no before-arrival slot at all.
 *   ONCE inside the program: one slot on the phase's first day.
 *   WEEKS / MONTHS: slot k on the phase's first day + k * cadence (months again
 *   counted from the start date), for every k whose whole period
 *   [slot, slot + cadence) lies inside the phase (always at least slot 0).
 *   The pilot has 1 + 4 (days 0, 14, 28, 42) + 4 (months 2, 3, 4, 5) = 9 slots.
 *   Windows of a phase's slots tile the phase: slot k's window starts halfway
 *   (rounded down, in days) between slot k-1 and slot k; slot 0's at the phase
 *   start, and the last one ends at the phase end. Where a phase starts the day
 *   the one before it ends (the before-arrival phase aside), the boundary between
 *   the last slot of the one and the first of the other lies halfway too.
 *   A pair made late (paired_on) is not expected to keep a slot whose window ends
 *   on or before paired_on + MP_SCHEDULE_LATE_PAIRING_DAYS, when its first meeting is due.
 *   Nor is a pair expected to keep a slot whose window (from paired_on, for a pair made
 *   in it) has no open working day: none but weekends and days the library is closed
 *   (closed_dates), as a pairing made on a closed Thursday before a Monday the window
 *   ends, or a week's window over Christmas; unless a meeting was held in it all the same
 *   (held_dates: on a closed day, the mentor warned): then it is kept, as any slot.
 *   "Expected by D" = the slots due by D: a slot's day due (mp_schedule_slot_due_by ()) is its
 *   date moved as the due date below is, off a weekend and off a closed day with no open
 *   working day before it in its window (the contact before arrival never moves).
 *
 * Held meetings
 *   held_dates are the local dates of the meetings that count against the
 *   cadence (the adapters pass held, non-informal meetings plus any contact
 *   before the start). Dates after today are ignored. "held" counts at most one
 *   contact before arrival (only when the program has a before-arrival phase)
 *   plus every counted meeting from the start date to today.
 *
 * Adherence
 *   A slot is "kept" when a held meeting lies in its window. It is "judged" when
 *   its date is <= today and it is kept or its window has closed (today >= the
 *   window's end): a slot that is due but still within its window is not held
 *   against the pair. adherence = kept / judged, 1.0 when nothing is judged.
 *
 * Due date of the next meeting
 *   - Before the start without a contact yet (and a before-arrival phase):
 *     the first contact's slot date (above).
 *   - No meeting held on or after the start: the start date (for a pair made on or after
 *     it, MP_SCHEDULE_LATE_PAIRING_DAYS after the day it was made).
 *   - Otherwise: the last held meeting + the cadence of the phase that meeting
 *     falls in (a meeting after the program end uses the last phase's; a ONCE
 *     phase's next is due at that phase's end), but not before the slot after the
 *     one whose window holds that meeting: after the last fortnightly meeting the next
 *     is due with the first monthly one, not a fortnight on. That slot's phase then
 *     names the cadence.
 *   When that date is on or after the program end, or the last meeting is in the last
 *   slot's window, and all expected meetings are held (held >= expected_total), nothing
 *   more is due.
 *   A due date on a Saturday or Sunday is the Monday after (but for the contact before
 *   arrival), or the Friday before when the Monday is past the window of the slot it is
 *   for; the suggestion below still starts from the weekend day.
 *   A due date on a day the library is closed (closed_dates) stays: the pair meets on an
 *   open day before it. But when no open working day comes before it from the start and
 *   the day after the last held meeting on (a pairing whose first day is closed), it is
 *   the next open working day: the pair could not have met earlier (nor before the day
 *   it was made). The contact before arrival (a call or a message will do) never moves.
 *
 * Suggested date (mp_schedule_suggest)
 *   Not before a lower bound L: today, and also (except for the contact before
 *   arrival) the start date and the day after the last held meeting.
 *   mp_schedule_compute_for_mentorship () gives the due date, suggestion and reason of
 *   the meeting after those already scheduled from today on: computed as if they were
 *   held, on the last one's day (state and counts stay those of the meetings held).
 *   The candidate is max (due, L). On a Saturday or Sunday it moves to the
 *   previous Friday if that is >= L, else to the next Monday. If the mentor has
 *   another meeting that day it moves to the nearest working day >= L without
 *   one (the earlier day on a tie), searching MP_SCHEDULE_BUSY_SEARCH_DAYS each
 *   way, and stays put when none is free.
 *
 * State, in this order
 *   ENDED      status ENDED_EARLY or ARCHIVED;
 *   COMPLETED  status COMPLETED, or today >= program end and every slot kept: each
 *              meeting the program expects held in its own window. More meetings in one
 *              fortnight, or meetings after the end, make up for none missed: the program
 *              asks for a meeting every two weeks, then every month;
 *   UNFINISHED today >= program end with a slot not kept: nothing more is due (no window
 *              is open), and HR decides (completed or ended early);
 *   PRE_ARRIVAL today < start;
 *   ON_TRACK   nothing more is due;
 *   OVERDUE    today > due;
 *   DUE_SOON   at most MP_SCHEDULE_DUE_SOON_DAYS working days after today up to due;
 *   ON_TRACK   otherwise.
 *   ENDED, COMPLETED and UNFINISHED have no due or suggested date. Counts and adherence are
 *   computed for every state; for a mentorship that is no longer ACTIVE and has
 *   an end date before today, everything is computed as of that end date.
 *
 * Which meetings count (mp_schedule_meeting_counts)
 *   Held meetings that are not informal, plus informal contacts (drop-by, call,
 *   e-mail) held before the start date: those are the contact before arrival.
 *   Scheduled and cancelled meetings never count.
 */

G_DEFINE_BOXED_TYPE (MpScheduleInfo, mp_schedule_info,
                     mp_schedule_info_copy, mp_schedule_info_free)

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/**
 * mp_schedule_slot_is_kept:
 * @slot: a slot of mp_schedule_slots ()
 * @held_dates: (array length=n_held): days of held meetings that count
 * @n_held: how many
 *
 * Returns: whether a held meeting lies in @slot's window (the slot is "kept")
 */
gboolean
mp_schedule_slot_is_kept (const MpScheduleSlot *slot,
                          const GDate          *held_dates,
                          guint                 n_held)
{
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (held_dates != NULL || n_held == 0, FALSE);

  for (guint i = 0; i < n_held; i++)
    if (date_is_set (&held_dates[i])
        && (!date_is_set (&slot->window_start) || g_date_compare (&held_dates[i], &slot->window_start) >= 0)
        && g_date_compare (&held_dates[i], &slot->window_end) < 0)
      return TRUE;

  return FALSE;
}

static GDate
date_plus_months (const GDate *date,
                  int          months)
{
  GDate result = *date;

  if (months > 0)
    g_date_add_months (&result, months);
  else if (months < 0)
    g_date_subtract_months (&result, -months);

  return result;
}

static GDate
date_plus_days (const GDate *date,
                int          days)
{
  GDate result = *date;

  if (days > 0)
    g_date_add_days (&result, days);
  else if (days < 0)
    g_date_subtract_days (&result, -days);

  return result;
}

static int
phase_every (const MpSchedulePhase *phase)
{
  return MAX (1, phase->every);
}

static gboolean
phase_is_before_arrival (const MpSchedulePhase *phase)
{
  return phase->start_month < 0;
}

static int
before_arrival_phase (const MpSchedulePhase *phases,
                      guint                  n_phases)
{
  for (guint i = 0; i < n_phases; i++)
    if (phase_is_before_arrival (&phases[i]))
      return i;

  return -1;
}

/* The date one cadence after @date, for a recurring phase. */
static GDate
advance_by_cadence (const MpSchedulePhase *phase,
                    const GDate           *date)
{
  if (phase->unit == MP_CADENCE_UNIT_MONTHS)
    return date_plus_months (date, phase_every (phase));

  return date_plus_days (date, 7 * phase_every (phase));
}

static GDate
max_date (const GDate *a,
          const GDate *b)
{
  if (!date_is_set (a))
    return *b;
  if (!date_is_set (b))
    return *a;
  return g_date_compare (a, b) >= 0 ? *a : *b;
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static gboolean
is_busy (const GDate *date,
         const GDate *busy_dates,
         guint        n_busy)
{
  for (guint i = 0; i < n_busy; i++)
    if (date_is_set (&busy_dates[i]) && g_date_compare (date, &busy_dates[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_free_working_day (const GDate *date,
                     const GDate *not_before,
                     const GDate *busy_dates,
                     guint        n_busy)
{
  if (date_is_set (not_before) && g_date_compare (date, not_before) < 0)
    return FALSE;

  return !is_weekend (date) && !is_busy (date, busy_dates, n_busy);
}

/* Whether [@from, @to) holds an open working day (on or after @not_before, when set). */
static gboolean
open_day_in (const GDate *from,
             const GDate *to,
             const GDate *not_before,
             const GDate *closed_dates,
             guint        n_closed)
{
  GDate day = date_is_set (not_before) ? max_date (from, not_before) : *from;

  /* (a window or a cadence is weeks long at most: 400 bounds the loop for absurd inputs) */
  for (guint i = 0; i < 400 && g_date_compare (&day, to) < 0; i++, g_date_add_days (&day, 1))
    if (is_free_working_day (&day, NULL, closed_dates, n_closed))
      return TRUE;

  return FALSE;
}

/* A day due that is closed stays, unless no open working day comes before it from
 * @earliest: then it is the next open working day. */
static void
move_off_closed_day (GDate       *due,
                     const GDate *earliest,
                     const GDate *closed_dates,
                     guint        n_closed)
{
  if (!is_busy (due, closed_dates, n_closed) || open_day_in (earliest, due, NULL, closed_dates, n_closed))
    return;

  for (guint i = 0; i < 366 && !is_free_working_day (due, NULL, closed_dates, n_closed); i++)
    g_date_add_days (due, 1);
}

/**
 * mp_schedule_working_day_on_or_after:
 *
 * Returns: @date, or the Monday after it when it is a Saturday or a Sunday: the day a
 *   meeting due on @date is due by
 */
GDate
mp_schedule_working_day_on_or_after (const GDate *date)
{
  switch (g_date_get_weekday (date))
    {
    case G_DATE_SATURDAY:
      return date_plus_days (date, 2);
    case G_DATE_SUNDAY:
      return date_plus_days (date, 1);
    default:
      return *date;
    }
}

/* The working days after @from up to @to (none when @to is not after @from), counted up to
 * one more than MP_SCHEDULE_DUE_SOON_DAYS; a day the library is closed is not one. */
static int
working_days_until (const GDate *from,
                    const GDate *to,
                    const GDate *closed_dates,
                    guint        n_closed)
{
  int days = g_date_days_between (from, to);
  int count = 0;

  /* (counted only as far as "due soon" needs) */
  for (int i = 1; i <= days && count <= MP_SCHEDULE_DUE_SOON_DAYS; i++)
    {
      GDate day = date_plus_days (from, i);

      count += is_free_working_day (&day, NULL, closed_dates, n_closed) ? 1 : 0;
    }

  return count;
}

/* Why the next meeting is due when it is, before the start with the first contact made
 * (or only @arranged): on the first day (due on the Monday after when it is a Saturday or
 * Sunday, when the library may be open), or, when the library is closed that day, on the
 * first day it is open. */
static char *
first_meeting_reason (const GDate *start,
                      const GDate *due,
                      gboolean     arranged)
{
  g_autofree char *start_text = mp_schedule_format_day (start);
  g_autofree char *due_text = mp_schedule_format_day (due);
  GDate first_working_day = mp_schedule_working_day_on_or_after (start);

  if (g_date_compare (due, start) == 0 || g_date_compare (due, &first_working_day) == 0)
    return arranged
           /* Translators: %s is the start date, as in "Tuesday 15 December" */
           ? g_strdup_printf (_("First contact arranged: the first meeting is due on the first day, %s"), start_text)
           /* Translators: %s is the start date, as in "Tuesday 15 December" */
           : g_strdup_printf (_("First contact made: the first meeting is due on the first day, %s"), start_text);

  return arranged
         /* Translators: %s is a day, as in "Monday 28 December": the library system is
          * closed on the new employee's first day */
         ? g_strdup_printf (_("First contact arranged: the first meeting is due on %s, the first day the library is open"),
                            due_text)
         /* Translators: %s is a day, as in "Monday 28 December": the library system is
          * closed on the new employee's first day */
         : g_strdup_printf (_("First contact made: the first meeting is due on %s, the first day the library is open"),
                            due_text);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

static char *
describe_cadence (const MpSchedulePhase *phase)
{
  int every = phase_every (phase);

  switch (phase->unit)
    {
    case MP_CADENCE_UNIT_WEEKS:
      if (every == 1)
        return g_strdup (_("Every week"));
      if (every == 2)
        return g_strdup (_("Every two weeks"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d week", "Every %d weeks", every),
                              every);

    case MP_CADENCE_UNIT_MONTHS:
      if (every == 1)
        return g_strdup (_("Every month"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d month", "Every %d months", every),
                              every);

    case MP_CADENCE_UNIT_ONCE:
    default:
      return g_strdup (_("Once"));
    }
}

static char *
describe_period (const MpSchedulePhase *phase)
{
  int first = phase->start_month + 1;
  int last = phase->start_month + MAX (1, phase->months);

  if (first == last)
    /* Translators: the months of the program a cadence applies to, as in
     * "Every month during month 3" */
    return g_strdup_printf (_("during month %d"), first);

  /* Translators: as in "Every two weeks during months 1–2" */
  return g_strdup_printf (_("during months %d–%d"), first, last);
}

/* ------------------------------------------------------------------------- */

void
mp_schedule_info_init (MpScheduleInfo *info)
{
  g_return_if_fail (info != NULL);

  memset (info, 0, sizeof *info);
  info->phase_index = -1;
  info->adherence = 1.0;
  g_date_clear (&info->start, 1);
  g_date_clear (&info->program_end, 1);
  g_date_clear (&info->last_held, 1);
  g_date_clear (&info->due, 1);
  g_date_clear (&info->suggested, 1);
}

void
mp_schedule_info_clear (MpScheduleInfo *info)
{
  g_return_if_fail (info != NULL);

  g_clear_pointer (&info->reason, g_free);
  mp_schedule_info_init (info);
}

/**
 * mp_schedule_info_copy_to:
 * @dest: zero-filled, initialized or holding a previous result (whose
 *   reason is released)
 *
 * Copies @info into @dest, with its own copy of the reason.
 */
void
mp_schedule_info_copy_to (const MpScheduleInfo *info,
                          MpScheduleInfo       *dest)
{
  g_return_if_fail (info != NULL);
  g_return_if_fail (dest != NULL);

  if (info == dest)
    return;

  g_free (dest->reason);
  *dest = *info;
  dest->reason = g_strdup (info->reason);
}

MpScheduleInfo *
mp_schedule_info_copy (const MpScheduleInfo *info)
{
  MpScheduleInfo *copy;

  g_return_val_if_fail (info != NULL, NULL);

  copy = g_new0 (MpScheduleInfo, 1);
  mp_schedule_info_copy_to (info, copy);

  return copy;
}

void
mp_schedule_info_free (MpScheduleInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->reason);
  g_free (info);
}

/**
 * mp_schedule_phase_dates:
 * @phase: a phase
 * @start: the mentorship's start date
 * @first_day: (out): the phase's first day
 * @end_day: (out): the first day after the phase
 *
 * A before-arrival phase reports start + start_month months to the start date.
 */
void
mp_schedule_phase_dates (const MpSchedulePhase *phase,
                         const GDate           *start,
                         GDate                 *first_day,
                         GDate                 *end_day)
{
  g_return_if_fail (phase != NULL);
  g_return_if_fail (date_is_set (start));

  if (first_day != NULL)
    *first_day = date_plus_months (start, phase->start_month);

  if (end_day != NULL)
    {
      if (phase_is_before_arrival (phase))
        *end_day = *start;
      else
        *end_day = date_plus_months (start, phase->start_month + MAX (0, phase->months));
    }
}

/* How many months the program runs from the start (the phases after arrival) */
static int
program_months (const MpSchedulePhase *phases,
                guint                  n_phases)
{
  int months = 0;

  for (guint i = 0; i < n_phases; i++)
    if (!phase_is_before_arrival (&phases[i]))
      months = MAX (months, phases[i].start_month + MAX (0, phases[i].months));

  return months;
}

/**
 * mp_schedule_program_end:
 * @end_day: (out): the first day after the program (the start date when
 *   there is no phase after arrival)
 */
void
mp_schedule_program_end (const MpSchedulePhase *phases,
                         guint                  n_phases,
                         const GDate           *start,
                         GDate                 *end_day)
{
  g_return_if_fail (phases != NULL || n_phases == 0);
  g_return_if_fail (date_is_set (start));
  g_return_if_fail (end_day != NULL);

  *end_day = date_plus_months (start, program_months (phases, n_phases));
}

/**
 * mp_schedule_last_month_start:
 * @last_month: (out): the first day of the program's last month (counted, as every month
 *   of the program, from the start date: for a start on 31 August and six months, 31
 *   January); the start date when there is no phase after arrival
 */
void
mp_schedule_last_month_start (const MpSchedulePhase *phases,
                              guint                  n_phases,
                              const GDate           *start,
                              GDate                 *last_month)
{
  g_return_if_fail (phases != NULL || n_phases == 0);
  g_return_if_fail (date_is_set (start));
  g_return_if_fail (last_month != NULL);

  *last_month = date_plus_months (start, MAX (0, program_months (phases, n_phases) - 1));
}

/**
 * mp_schedule_first_contact_day:
 * @start: the start date
 * @paired_on: (nullable): the day the pair was made, when known
 * @day: (out caller-allocates): the day the first contact is due by (see the top of the file)
 */
void
mp_schedule_first_contact_day (const GDate *start,
                               const GDate *paired_on,
                               GDate       *day)
{
  g_return_if_fail (date_is_set (start));
  g_return_if_fail (day != NULL);

  *day = date_plus_days (start, -MP_SCHEDULE_FIRST_CONTACT_DAYS);
  if (date_is_set (paired_on))
    {
      GDate late = date_plus_days (paired_on, MP_SCHEDULE_LATE_PAIRING_DAYS);
      GDate eve = date_plus_days (start, -1);

      if (g_date_compare (&late, &eve) > 0)
        late = eve;
      if (g_date_compare (&late, day) > 0)
        *day = late;
    }
}

/* Moves the boundary between two consecutive slots' windows halfway between their days. */
static void
split_windows (MpScheduleSlot *previous,
               MpScheduleSlot *slot)
{
  int gap = g_date_days_between (&previous->date, &slot->date);

  slot->window_start = date_plus_days (&previous->date, gap / 2);
  previous->window_end = slot->window_start;
}

/**
 * mp_schedule_slots:
 *
 * Returns: (transfer full): a #GArray of #MpScheduleSlot in phase order
 *   (and date order for phases given in date order). See the top of this file.
 */
GArray *
mp_schedule_slots (const MpSchedulePhase *phases,
                   guint                  n_phases,
                   const GDate           *start,
                   const GDate           *paired_on,
                   const GDate           *closed_dates,
                   guint                  n_closed,
                   const GDate           *held_dates,
                   guint                  n_held)
{
  GArray *slots;

  g_return_val_if_fail (phases != NULL || n_phases == 0, NULL);
  g_return_val_if_fail (date_is_set (start), NULL);

  slots = g_array_new (FALSE, TRUE, sizeof (MpScheduleSlot));

  for (guint i = 0; i < n_phases; i++)
    {
      const MpSchedulePhase *phase = &phases[i];
      GDate first_day, end_day;
      guint first_slot = slots->len;

      mp_schedule_phase_dates (phase, start, &first_day, &end_day);

      /* A pair made on or after the start had no time before it: no contact is expected. */
      if (phase_is_before_arrival (phase) && date_is_set (paired_on) && g_date_compare (paired_on, start) >= 0)
        continue;

      if (phase->unit == MP_CADENCE_UNIT_ONCE)
        {
          MpScheduleSlot slot = { 0 };

          slot.phase_index = i;
          slot.window_end = end_day;
          if (phase_is_before_arrival (phase))
            {
              mp_schedule_first_contact_day (start, paired_on, &slot.date);
              g_date_clear (&slot.window_start, 1);
            }
          else
            {
              slot.date = first_day;
              slot.window_start = first_day;
            }
          g_array_append_val (slots, slot);
          continue;
        }

      /* A recurring phase; 1000 bounds the loop for absurd inputs. */
      for (int k = 0; k < 1000; k++)
        {
          MpScheduleSlot slot = { 0 };
          GDate next;

          if (phase->unit == MP_CADENCE_UNIT_MONTHS)
            {
              slot.date = date_plus_months (start, phase->start_month + k * phase_every (phase));
              next = date_plus_months (start, phase->start_month + (k + 1) * phase_every (phase));
            }
          else
            {
              slot.date = date_plus_days (&first_day, 7 * k * phase_every (phase));
              next = date_plus_days (&slot.date, 7 * phase_every (phase));
            }

          if (k > 0 && g_date_compare (&next, &end_day) > 0)
            break;

          slot.phase_index = i;
          g_array_append_val (slots, slot);
        }

      /* The windows tile [first_day, end_day): each boundary lies halfway. */
      for (guint j = first_slot; j < slots->len; j++)
        {
          MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, j);

          if (j == first_slot)
            slot->window_start = first_day;
          else
            split_windows (&g_array_index (slots, MpScheduleSlot, j - 1), slot);
          slot->window_end = end_day;
        }

      /* ...and so does the boundary with the phase before, when it ends where this one
       * starts: a monthly meeting due on a Saturday and held on the Friday before keeps
       * its slot, as it would inside a phase. */
      if (first_slot > 0 && first_slot < slots->len)
        {
          MpScheduleSlot *previous = &g_array_index (slots, MpScheduleSlot, first_slot - 1);

          if (date_is_set (&previous->window_start) && g_date_compare (&previous->window_end, &first_day) == 0)
            split_windows (previous, &g_array_index (slots, MpScheduleSlot, first_slot));
        }
    }

  /* A pair made late (paired_on) cannot keep a slot whose window closed before its first
   * meeting was due (MP_SCHEDULE_LATE_PAIRING_DAYS after): not expected of it. */
  if (date_is_set (paired_on))
    {
      GDate first_due = date_plus_days (paired_on, MP_SCHEDULE_LATE_PAIRING_DAYS);

      for (guint j = slots->len; j-- > 0;)
        {
          MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, j);

          if (date_is_set (&slot->window_start) && g_date_compare (&slot->window_end, &first_due) <= 0)
            g_array_remove_index (slots, j);
        }
    }

  /* Nor one with no open working day to meet on in its window (from the day it was made),
   * unless the pair met in it all the same */
  for (guint j = slots->len; j-- > 0;)
    {
      MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, j);
      gboolean met = FALSE;

      if (!date_is_set (&slot->window_start))
        continue;  /* (the contact before arrival: a call will do, any day) */
      for (guint k = 0; k < n_held && !met; k++)
        met = g_date_compare (&held_dates[k], &slot->window_start) >= 0
              && g_date_compare (&held_dates[k], &slot->window_end) < 0;
      if (!met && !open_day_in (&slot->window_start, &slot->window_end, paired_on, closed_dates, n_closed))
        g_array_remove_index (slots, j);
    }

  return slots;
}

/**
 * mp_schedule_slot_phase_for_date:
 * @slots: (element-type MpScheduleSlot): mp_schedule_slots ()
 * @date: a day on or after the start
 *
 * The phase a meeting held on @date counts for: that of the slot whose window holds it,
 * which near a phase's first day can be the next phase (windows tile across phases).
 *
 * Returns: the phase index, or -1 when no slot's window holds @date (before the start, after
 *   the program, or before the first slot a late pair is expected to keep)
 */
/* The index of the slot whose window holds @date (the before-arrival slot, which has no
 * window start, aside), or -1 */
static int
slot_holding (GArray      *slots,
              const GDate *date)
{
  for (guint i = 0; i < slots->len; i++)
    {
      const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, i);

      if (date_is_set (&slot->window_start) && g_date_compare (date, &slot->window_start) >= 0 &&
          g_date_compare (date, &slot->window_end) < 0)
        return (int) i;
    }

  return -1;
}

int
mp_schedule_slot_phase_for_date (GArray      *slots,
                                 const GDate *date)
{
  int i;

  g_return_val_if_fail (slots != NULL, -1);
  g_return_val_if_fail (date_is_set (date), -1);

  i = slot_holding (slots, date);

  return i >= 0 ? (int) g_array_index (slots, MpScheduleSlot, i).phase_index : -1;
}

/* The slot after the one whose window holds @date (or the first after @date when none
 * holds it); NULL when there is none. */
static const MpScheduleSlot *
next_slot (GArray      *slots,
           const GDate *date)
{
  int holding = slot_holding (slots, date);

  if (holding >= 0)
    return (guint) holding + 1 < slots->len ? &g_array_index (slots, MpScheduleSlot, holding + 1) : NULL;

  for (guint i = 0; i < slots->len; i++)
    {
      const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, i);

      if (g_date_compare (&slot->date, date) > 0)
        return slot;
    }

  return NULL;
}

/**
 * mp_schedule_as_of:
 * @ended_on: (nullable): the day the mentorship ended
 * @today: the day it is
 *
 * A mentorship no longer active is counted as of the day it ended: nothing is expected of
 * it after that.
 *
 * Returns: @ended_on for a mentorship over before @today, else @today
 */
GDate
mp_schedule_as_of (MpMentorshipStatus  status,
                   const GDate        *ended_on,
                   const GDate        *today)
{
  if (status != MP_MENTORSHIP_STATUS_ACTIVE && date_is_set (ended_on) && g_date_compare (ended_on, today) < 0)
    return *ended_on;

  return *today;
}

/**
 * mp_schedule_phase_for_date:
 *
 * Returns: the index of the phase holding @date: the before-arrival phase for
 *   a date before the start, the last phase for a date on or after the
 *   program end, -1 when no phase holds it.
 */
int
mp_schedule_phase_for_date (const MpSchedulePhase *phases,
                            guint                  n_phases,
                            const GDate           *start,
                            const GDate           *date)
{
  GDate program_end;
  int last = -1;

  g_return_val_if_fail (phases != NULL || n_phases == 0, -1);
  g_return_val_if_fail (date_is_set (start), -1);
  g_return_val_if_fail (date_is_set (date), -1);

  if (g_date_compare (date, start) < 0)
    return before_arrival_phase (phases, n_phases);

  for (guint i = 0; i < n_phases; i++)
    {
      GDate first_day, end_day;

      if (phase_is_before_arrival (&phases[i]))
        continue;

      mp_schedule_phase_dates (&phases[i], start, &first_day, &end_day);
      if (g_date_compare (date, &first_day) >= 0 && g_date_compare (date, &end_day) < 0)
        return i;

      if (last < 0 || phases[i].start_month + phases[i].months
                      >= phases[last].start_month + phases[last].months)
        last = i;
    }

  mp_schedule_program_end (phases, n_phases, start, &program_end);
  if (g_date_compare (date, &program_end) >= 0)
    return last;

  return -1;
}

/**
 * mp_schedule_slot_due_by:
 * @slot: a slot of mp_schedule_slots ()
 * @paired_on: (nullable): the day the pair was made
 * @closed_dates: (array length=n_closed) (nullable): the days the library is closed
 *
 * Returns: the day the meeting of @slot is due by: its date, or on a Saturday or Sunday the
 *   Monday after (the Friday before when the Monday is past its window); on a closed day
 *   with no open working day before it in its window (from @paired_on), the next open
 *   working day. The contact before arrival is due on its own day.
 */
GDate
mp_schedule_slot_due_by (const MpScheduleSlot *slot,
                         const GDate          *paired_on,
                         const GDate          *closed_dates,
                         guint                 n_closed)
{
  GDate due, earliest;

  g_return_val_if_fail (slot != NULL, (GDate) { 0 });

  due = slot->date;
  if (!date_is_set (&slot->window_start))
    return due;

  due = mp_schedule_working_day_on_or_after (&slot->date);
  if (g_date_compare (&due, &slot->window_end) >= 0)
    for (due = slot->date; is_weekend (&due);)
      g_date_subtract_days (&due, 1);

  earliest = max_date (&slot->window_start, paired_on);
  move_off_closed_day (&due, &earliest, closed_dates, n_closed);

  return due;
}

/**
 * mp_schedule_expected_by:
 *
 * Returns: the number of slots whose date is on or before @date.
 */
guint
mp_schedule_expected_by (const MpSchedulePhase *phases,
                         guint                  n_phases,
                         const GDate           *start,
                         const GDate           *paired_on,
                         const GDate           *date)
{
  g_autoptr(GArray) slots = NULL;
  guint count = 0;

  g_return_val_if_fail (date_is_set (start), 0);
  g_return_val_if_fail (date_is_set (date), 0);

  slots = mp_schedule_slots (phases, n_phases, start, paired_on, NULL, 0, NULL, 0);
  for (guint i = 0; i < slots->len; i++)
    {
      GDate due_by = mp_schedule_slot_due_by (&g_array_index (slots, MpScheduleSlot, i), paired_on, NULL, 0);

      if (g_date_compare (&due_by, date) <= 0)
        count++;
    }

  return count;
}

/**
 * mp_schedule_suggest:
 * @due: the due date
 * @not_before: (nullable): the earliest acceptable day
 * @busy_dates: (array length=n_busy) (nullable): days with another meeting
 * @suggested: (out): the suggested day
 *
 * Moves @due (or @not_before, if later) off weekends and busy days; see the
 * top of this file.
 */
void
mp_schedule_suggest (const GDate *due,
                     const GDate *not_before,
                     const GDate *busy_dates,
                     guint        n_busy,
                     GDate       *suggested)
{
  GDate candidate;

  g_return_if_fail (date_is_set (due));
  g_return_if_fail (busy_dates != NULL || n_busy == 0);
  g_return_if_fail (suggested != NULL);

  candidate = max_date (due, not_before);

  if (is_weekend (&candidate))
    {
      gboolean sunday = g_date_get_weekday (&candidate) == G_DATE_SUNDAY;
      GDate friday = date_plus_days (&candidate, sunday ? -2 : -1);

      if (!date_is_set (not_before) || g_date_compare (&friday, not_before) >= 0)
        candidate = friday;
      else
        candidate = date_plus_days (&candidate, sunday ? 1 : 2);
    }

  *suggested = candidate;

  if (!is_busy (&candidate, busy_dates, n_busy))
    return;

  for (int distance = 1; distance <= MP_SCHEDULE_BUSY_SEARCH_DAYS; distance++)
    {
      GDate earlier = date_plus_days (&candidate, -distance);
      GDate later = date_plus_days (&candidate, distance);

      if (is_free_working_day (&earlier, not_before, busy_dates, n_busy))
        {
          *suggested = earlier;
          return;
        }
      if (is_free_working_day (&later, not_before, busy_dates, n_busy))
        {
          *suggested = later;
          return;
        }
    }
}

/**
 * mp_schedule_compute:
 * @phases: (array length=n_phases): the program's phases
 * @start: the mentorship's start date
 * @paired_on: (nullable): the day the pair was made, when known (for the first contact)
 * @held_dates: (array length=n_held) (nullable): local dates of the meetings
 *   held that count against the cadence, in any order
 * @busy_dates: (array length=n_busy) (nullable): the mentor's other meetings
 * @closed_dates: (array length=n_closed) (nullable): the days the library is closed
 * @today: the date to compute for
 * @status: the mentorship's status
 * @ended_on: (nullable): when the mentorship ended; for any status but ACTIVE
 *   an earlier @ended_on replaces @today, so its counts stay frozen
 * @out: (out caller-allocates): the result: zero-filled or holding a
 *   previous result (which is released); release with mp_schedule_info_clear()
 *
 * Computes the schedule; the exact rules are at the top of this file.
 */
void
mp_schedule_compute (const MpSchedulePhase *phases,
                     guint                  n_phases,
                     const GDate           *start,
                     const GDate           *paired_on,
                     const GDate           *held_dates,
                     guint                  n_held,
                     const GDate           *busy_dates,
                     guint                  n_busy,
                     const GDate           *closed_dates,
                     guint                  n_closed,
                     const GDate           *today,
                     MpMentorshipStatus     status,
                     const GDate           *ended_on,
                     MpScheduleInfo        *out)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GArray) held = NULL;
  g_autofree char *due_text = NULL;
  int pre_index;
  int reason_phase = -1;
  guint contacts_before_start = 0;
  guint held_in_program = 0;
  gboolean first_contact_due = FALSE;
  gboolean has_due = FALSE;
  gboolean past_last_slot = FALSE;
  GDate last_in_program;
  GDate due, cadence_day;
  GDate as_of;

  g_return_if_fail (phases != NULL || n_phases == 0);
  g_return_if_fail (date_is_set (start));
  g_return_if_fail (held_dates != NULL || n_held == 0);
  g_return_if_fail (busy_dates != NULL || n_busy == 0);
  g_return_if_fail (date_is_set (today));
  g_return_if_fail (out != NULL);

  g_clear_pointer (&out->reason, g_free);
  mp_schedule_info_init (out);

  as_of = mp_schedule_as_of (status, ended_on, today);
  today = &as_of;

  out->start = *start;
  mp_schedule_program_end (phases, n_phases, start, &out->program_end);
  out->phase_index = mp_schedule_phase_for_date (phases, n_phases, start, today);
  pre_index = before_arrival_phase (phases, n_phases);

  /* Held meetings up to today, sorted. */
  held = g_array_sized_new (FALSE, FALSE, sizeof (GDate), n_held);
  for (guint i = 0; i < n_held; i++)
    if (date_is_set (&held_dates[i]) && g_date_compare (&held_dates[i], today) <= 0)
      g_array_append_val (held, held_dates[i]);
  g_array_sort (held, compare_dates);

  g_date_clear (&last_in_program, 1);
  g_date_clear (&due, 1);
  for (guint i = 0; i < held->len; i++)
    {
      const GDate *date = &g_array_index (held, GDate, i);

      if (g_date_compare (date, start) < 0)
        {
          contacts_before_start++;
        }
      else
        {
          held_in_program++;
          last_in_program = *date;
        }
    }
  if (held->len > 0)
    out->last_held = g_array_index (held, GDate, held->len - 1);
  out->held = held_in_program + (pre_index >= 0 && contacts_before_start > 0 ? 1 : 0);

  /* Slots: expected counts and adherence. */
  slots = mp_schedule_slots (phases, n_phases, start, paired_on, closed_dates, n_closed,
                             (const GDate *) (gpointer) held->data, held->len);
  out->expected_total = slots->len;
  for (guint i = 0; i < slots->len; i++)
    {
      const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, i);
      GDate due_by = mp_schedule_slot_due_by (slot, paired_on, closed_dates, n_closed);
      gboolean kept = FALSE;

      if (g_date_compare (&due_by, today) > 0)
        continue;

      out->expected_by_today++;

      kept = mp_schedule_slot_is_kept (slot, (const GDate *) (gpointer) held->data, held->len);

      if (kept)
        {
          out->slots_kept++;
          out->slots_judged++;
        }
      else if (g_date_compare (today, &slot->window_end) >= 0)
        {
          out->slots_judged++;
        }
    }
  out->adherence = out->slots_judged > 0 ? (double) out->slots_kept / out->slots_judged : 1.0;

  /* Due date of the next meeting. */
  if (g_date_compare (today, start) < 0 && pre_index >= 0 && contacts_before_start == 0)
    {
      first_contact_due = TRUE;
      mp_schedule_first_contact_day (start, paired_on, &due);
      reason_phase = pre_index;
    }
  else if (!date_is_set (&last_in_program))
    {
      due = *start;
      if (date_is_set (paired_on) && g_date_compare (paired_on, start) >= 0)
        due = date_plus_days (paired_on, MP_SCHEDULE_LATE_PAIRING_DAYS);
      reason_phase = mp_schedule_phase_for_date (phases, n_phases, start, start);
    }
  else
    {
      /* The phase of the slot the last meeting kept (a monthly meeting held the day before
       * its phase starts is the first monthly one), else the phase of its day */
      reason_phase = mp_schedule_slot_phase_for_date (slots, &last_in_program);
      if (reason_phase < 0)
        reason_phase = mp_schedule_phase_for_date (phases, n_phases, start, &last_in_program);

      if (reason_phase < 0)
        {
          /* In a gap between phases: due when the next phase starts. */
          due = out->program_end;
          for (guint i = 0; i < n_phases; i++)
            {
              GDate first_day;

              mp_schedule_phase_dates (&phases[i], start, &first_day, NULL);
              if (!phase_is_before_arrival (&phases[i])
                  && g_date_compare (&first_day, &last_in_program) > 0
                  && g_date_compare (&first_day, &due) < 0)
                {
                  due = first_day;
                  reason_phase = i;
                }
            }
        }
      else if (phases[reason_phase].unit == MP_CADENCE_UNIT_ONCE)
        {
          mp_schedule_phase_dates (&phases[reason_phase], start, NULL, &due);
        }
      else
        {
          const MpScheduleSlot *next = next_slot (slots, &last_in_program);

          /* One cadence after the last meeting, but not before the next meeting the program
           * expects: after the last fortnightly one that is the first monthly one. After the
           * last slot, only a meeting missed before is still to come. */
          due = advance_by_cadence (&phases[reason_phase], &last_in_program);
          if (next != NULL && g_date_compare (&next->date, &due) > 0)
            {
              due = next->date;
              reason_phase = next->phase_index;
            }
          past_last_slot = next == NULL;
        }
    }

  has_due = !((past_last_slot || g_date_compare (&due, &out->program_end) >= 0)
              && out->held >= out->expected_total);

  /* The day to meet by is a working day: one on a weekend is the Monday after (the
   * suggestion still looks for the Friday before). The contact before arrival may be a call
   * or a message, and is due before the first day. */
  cadence_day = due;
  if (!first_contact_due)
    {
      GDate monday = mp_schedule_working_day_on_or_after (&due);
      int holding = slot_holding (slots, &due);

      /* ...unless the Monday is past the window of the slot that day is for (a pair made
       * late, whose first slot closes early): then the Friday before, or the meeting would
       * miss its slot. */
      if (holding >= 0 && g_date_compare (&monday, &g_array_index (slots, MpScheduleSlot, holding).window_end) >= 0)
        while (is_weekend (&due))
          g_date_subtract_days (&due, 1);
      else
        due = monday;

      /* A closed day with no open day before it to meet on: the next open working day */
      if (is_busy (&due, closed_dates, n_closed))
        {
          GDate earliest = max_date (start, paired_on);

          if (date_is_set (&last_in_program))
            {
              GDate after_last = date_plus_days (&last_in_program, 1);

              earliest = max_date (&earliest, &after_last);
            }
          move_off_closed_day (&due, &earliest, closed_dates, n_closed);
        }
    }

  /* State. */
  if (status == MP_MENTORSHIP_STATUS_ENDED_EARLY || status == MP_MENTORSHIP_STATUS_ARCHIVED)
    {
      out->state = MP_SCHEDULE_STATE_ENDED;
      out->reason = g_strdup (_("Mentorship ended"));
      return;
    }

  /* Once the program's time is over every slot's window has closed, and each is judged */
  if (status == MP_MENTORSHIP_STATUS_COMPLETED
      || (g_date_compare (today, &out->program_end) >= 0 && out->slots_kept >= out->expected_total))
    {
      out->state = MP_SCHEDULE_STATE_COMPLETED;
      out->reason = g_strdup (_("Program completed"));
      return;
    }

  if (g_date_compare (today, &out->program_end) >= 0)
    {
      GDate last_day = date_plus_days (&out->program_end, -1);
      g_autofree char *last_text = mp_schedule_format_day (&last_day);
      guint missed = out->expected_total - out->slots_kept;

      out->state = MP_SCHEDULE_STATE_UNFINISHED;
      out->reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  /* Translators: %s is a day, as in "Tuesday 15 December";
                                                   * then the meetings missed, of those the program expected */
                                                  "The program ended on %s: %u of its %u meetings was missed",
                                                  "The program ended on %s: %u of its %u meetings were missed",
                                                  missed),
                                     last_text, missed, out->expected_total);
      return;
    }

  if (!has_due)
    {
      GDate last_day = date_plus_days (&out->program_end, -1);
      g_autofree char *last_text = mp_schedule_format_day (&last_day);

      out->state = g_date_compare (today, start) < 0 ? MP_SCHEDULE_STATE_PRE_ARRIVAL
                                                      : MP_SCHEDULE_STATE_ON_TRACK;
      if (out->slots_kept < out->slots_judged)
        /* Translators: %s is a day, as in "Tuesday 15 December" */
        out->reason = g_strdup_printf (_("No more meetings due, some were missed: the program ends on %s"), last_text);
      else
        /* Translators: %s is a day, as in "Tuesday 15 December" */
        out->reason = g_strdup_printf (_("All meetings held: the program ends on %s"), last_text);
      return;
    }

  out->due = due;
  out->days_until_due = g_date_days_between (today, &due);

  {
    GDate not_before = *today;

    if (!first_contact_due)
      {
        not_before = max_date (&not_before, start);
        if (date_is_set (&out->last_held))
          {
            GDate after_last = date_plus_days (&out->last_held, 1);

            not_before = max_date (&not_before, &after_last);
          }
      }
    mp_schedule_suggest (&cadence_day, &not_before, busy_dates, n_busy, &out->suggested);
  }

  if (g_date_compare (today, start) < 0)
    out->state = MP_SCHEDULE_STATE_PRE_ARRIVAL;
  else if (out->days_until_due < 0)
    out->state = MP_SCHEDULE_STATE_OVERDUE;
  else if (working_days_until (today, &due, closed_dates, n_closed) <= MP_SCHEDULE_DUE_SOON_DAYS)
    out->state = MP_SCHEDULE_STATE_DUE_SOON;
  else
    out->state = MP_SCHEDULE_STATE_ON_TRACK;

  due_text = mp_schedule_format_day (&due);

  if (first_contact_due)
    {
      if (out->days_until_due >= 0)
        /* Translators: %s is a day, as in "Tuesday 15 December" */
        out->reason = g_strdup_printf (_("Before arrival: make first contact by %s"), due_text);
      else
        /* Translators: %s is a day, as in "Tuesday 15 December" */
        out->reason = g_strdup_printf (_("Before arrival: first contact was due by %s"), due_text);
    }
  else if (g_date_compare (today, start) < 0)
    {
      out->reason = first_meeting_reason (start, &due, FALSE);
    }
  else if (reason_phase < 0 || phases[reason_phase].unit == MP_CADENCE_UNIT_ONCE)
    {
      if (out->days_until_due >= 0)
        /* Translators: %s is a day, as in "Tuesday 15 December" */
        out->reason = g_strdup_printf (_("Next meeting due by %s"), due_text);
      else
        /* Translators: %s is a day, as in "Tuesday 15 December" */
        out->reason = g_strdup_printf (_("Next meeting was due by %s"), due_text);
    }
  else
    {
      g_autofree char *cadence = describe_cadence (&phases[reason_phase]);
      g_autofree char *period = describe_period (&phases[reason_phase]);

      if (out->days_until_due >= 0)
        /* Translators: "Every two weeks", "during months 1–2", a day as in
         * "Tuesday 15 December": "Every two weeks during months 1–2: due by Tuesday 15 December" */
        out->reason = g_strdup_printf (_("%1$s %2$s: due by %3$s"), cadence, period, due_text);
      else
        /* Translators: "Every two weeks", "during months 1–2", a day as in
         * "Tuesday 15 December": "Every two weeks during months 1–2: was due by Tuesday 15 December" */
        out->reason = g_strdup_printf (_("%1$s %2$s: was due by %3$s"), cadence, period, due_text);
    }
}

/**
 * mp_schedule_local_date:
 * @instant: a moment in time (any time zone)
 * @tz: (nullable): the zone to see it in; %NULL for the local zone
 *
 * Returns: the calendar date of @instant in @tz, through GDateTime so
 *   daylight-saving changes are accounted for.
 */
GDate
mp_schedule_local_date (GDateTime *instant,
                        GTimeZone *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) in_zone = NULL;
  GDate date;
  int year, month, day;

  g_date_clear (&date, 1);
  g_return_val_if_fail (instant != NULL, date);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  in_zone = g_date_time_to_timezone (instant, tz);
  if (in_zone == NULL)
    return date;

  g_date_time_get_ymd (in_zone, &year, &month, &day);
  g_date_set_dmy (&date, day, month, year);

  return date;
}

/**
 * mp_schedule_local_date_from_unix:
 * @unix_time: a moment in time, in seconds since 1970-01-01 00:00 UTC
 * @tz: (nullable): the zone to see it in; %NULL for the local zone
 *
 * mp_schedule_local_date () without a #GDateTime: the zone's offset at that moment
 * (GTimeZone's own interval, daylight saving included), then whole days counted with GDate.
 * Loading thousands of pairings reads a meeting time per row; two #GDateTime each were a
 * third of the time.
 *
 * Returns: the calendar date of @unix_time in @tz (cleared when out of GDate's range)
 */
GDate
mp_schedule_local_date_from_unix (gint64     unix_time,
                                  GTimeZone *tz)
{
  static gsize epoch_julian = 0;
  g_autoptr(GTimeZone) local = NULL;
  gint64 seconds, days, julian;
  GDate date;

  g_date_clear (&date, 1);

  if (g_once_init_enter (&epoch_julian))
    {
      GDate epoch;

      g_date_clear (&epoch, 1);
      g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1970);
      g_once_init_leave (&epoch_julian, g_date_get_julian (&epoch));
    }

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  /* Years 1..9999, as GDateTime: also keeps the sums below far from overflowing. */
  if (unix_time < -62135596800 || unix_time > 253402300799)
    return date;

  seconds = unix_time + g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL,
                                                                               unix_time));
  days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  julian = (gint64) epoch_julian + days;
  if (julian >= 1 && julian <= G_MAXUINT32 && g_date_valid_julian ((guint32) julian))
    g_date_set_julian (&date, (guint32) julian);

  return date;
}

/**
 * mp_schedule_format_date:
 * @date: a day
 * @format: how to write it, in g_date_time_format ()'s codes (translated)
 *
 * Every window, print and message writes its days through here: a day GDateTime cannot
 * hold (past its year 9999, months after a start a tool wrote as 9999-12-31) is written as
 * stored, YYYY-MM-DD, where g_date_time_format () would fail.
 *
 * Returns: (transfer full): @date in @format
 */
char *
mp_schedule_format_date (const GDate *date,
                         const char  *format)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_val_if_fail (date_is_set (date), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  noon = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 12, 0, 0);
  if (noon == NULL)
    return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date), (guint) g_date_get_month (date),
                            (guint) g_date_get_day (date));

  return g_date_time_format (noon, format);
}

/**
 * mp_schedule_format_day:
 *
 * Returns: (transfer full): @date as a day in a sentence, in the user's
 *   language: "Tuesday 15 December".
 */
char *
mp_schedule_format_day (const GDate *date)
{
  g_return_val_if_fail (date_is_set (date), NULL);

  /* Translators: a day within a sentence, as in "due by Tuesday 15 December";
   * see g_date_time_format() for the codes (%-d: day without padding) */
  return mp_schedule_format_date (date, _("%A %-d %B"));
}

/**
 * mp_schedule_meeting_counts:
 * @date: the meeting's local date
 * @start: the mentorship's start date
 *
 * Returns: whether a meeting counts against the cadence: held, and either
 *   a regular meeting or an informal contact before the start date.
 */
gboolean
mp_schedule_meeting_counts (MpMeetingStatus  status,
                            gboolean         informal,
                            const GDate     *date,
                            const GDate     *start)
{
  g_return_val_if_fail (date_is_set (start), FALSE);

  if (status != MP_MEETING_STATUS_HELD || !date_is_set (date))
    return FALSE;

  return !informal || g_date_compare (date, start) < 0;
}

/**
 * mp_schedule_phase_from:
 * @phase: a phase of a program
 *
 * Returns: @phase as plain values, for mp_schedule_phase_dates () and the rest
 */
MpSchedulePhase
mp_schedule_phase_from (MpPhase *phase)
{
  MpSchedulePhase plain = { 0, };

  g_return_val_if_fail (MP_IS_PHASE (phase), plain);

  plain.start_month = mp_phase_get_start_month (phase);
  plain.months = mp_phase_get_months (phase);
  plain.unit = mp_phase_get_cadence_unit (phase);
  plain.every = mp_phase_get_cadence_every (phase);

  return plain;
}

/**
 * mp_schedule_phases_from_program:
 * @n_phases: (out): number of phases
 *
 * Returns: (transfer full) (array length=n_phases): the program's phases as
 *   plain numbers, in the program's order (so indexes match
 *   mp_program_get_phases()); free with g_free().
 */
MpSchedulePhase *
mp_schedule_phases_from_program (MpProgram *program,
                                 guint     *n_phases)
{
  GListModel *phases;
  MpSchedulePhase *result;
  guint n;

  g_return_val_if_fail (MP_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (n_phases != NULL, NULL);

  phases = mp_program_get_phases (program);
  n = phases != NULL ? g_list_model_get_n_items (phases) : 0;
  result = g_new0 (MpSchedulePhase, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);

      result[i] = mp_schedule_phase_from (phase);
    }

  *n_phases = n;

  return result;
}

/**
 * mp_schedule_held_dates:
 * @meetings: a #GListModel of the mentorship's #MpMeeting
 * @start: the mentorship's start date
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 *
 * Returns: (transfer full): a #GArray of #GDate, the local dates of the
 *   meetings that count (mp_schedule_meeting_counts()), in list order.
 */
GArray *
mp_schedule_held_dates (GListModel  *meetings,
                        const GDate *start,
                        GTimeZone   *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  GArray *dates;
  guint n;

  g_return_val_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (date_is_set (start), NULL);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  n = meetings != NULL ? g_list_model_get_n_items (meetings) : 0;
  dates = g_array_sized_new (FALSE, TRUE, sizeof (GDate), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
      GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
      GDate date;

      if (starts_at == NULL)
        continue;

      date = mp_schedule_local_date (starts_at, tz);
      if (mp_schedule_meeting_counts (mp_meeting_get_status (meeting), mp_meeting_get_informal (meeting),
                                      &date, start))
        g_array_append_val (dates, date);
    }

  return dates;
}

static gboolean
same_mentorship (MpMentorship *a,
                 MpMentorship *b)
{
  if (a == NULL || b == NULL)
    return FALSE;

  return a == b || g_strcmp0 (mp_mentorship_get_uuid (a), mp_mentorship_get_uuid (b)) == 0;
}

/**
 * mp_schedule_end_cutoff:
 * @ended_on: the day a mentorship ends
 *
 * Returns: (transfer full): from when a mentorship that ends on @ended_on calls off its
 *   scheduled meetings: now when that is today (a meeting earlier today may have taken
 *   place and not be logged yet), else the start of @ended_on, in the local zone
 */
GDateTime *
mp_schedule_end_cutoff (const GDate *ended_on)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (date_is_set (ended_on), NULL);

  if (g_date_time_get_year (now) == g_date_get_year (ended_on) &&
      g_date_time_get_month (now) == (int) g_date_get_month (ended_on) &&
      g_date_time_get_day_of_month (now) == g_date_get_day (ended_on))
    return g_steal_pointer (&now);

  return g_date_time_new_local (g_date_get_year (ended_on), g_date_get_month (ended_on), g_date_get_day (ended_on),
                                0, 0, 0);
}

/**
 * mp_schedule_busy_dates:
 * @mentor_meetings: (nullable): a #GListModel of #MpMeeting: the mentor's meetings
 * @except: (nullable): a mentorship whose own meetings are not "other meetings"
 * @closed_days: (nullable) (element-type MpClosedDay): days the library is closed
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 *
 * Returns: (transfer full): a #GArray of #GDate: the local dates of the
 *   scheduled or held meetings in @mentor_meetings that do not belong to @except, and
 *   the closed days: the days a meeting is not suggested on.
 */
GArray *
mp_schedule_busy_dates (GListModel   *mentor_meetings,
                        MpMentorship *except,
                        GArray       *closed_days,
                        GTimeZone    *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  GArray *dates;
  guint n;

  g_return_val_if_fail (mentor_meetings == NULL || G_IS_LIST_MODEL (mentor_meetings), NULL);
  g_return_val_if_fail (except == NULL || MP_IS_MENTORSHIP (except), NULL);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  n = mentor_meetings != NULL ? g_list_model_get_n_items (mentor_meetings) : 0;
  dates = g_array_sized_new (FALSE, TRUE, sizeof (GDate), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (mentor_meetings, i);
      GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
      GDate date;

      if (starts_at == NULL
          || mp_meeting_get_status (meeting) == MP_MEETING_STATUS_CANCELLED
          || same_mentorship (mp_meeting_get_mentorship (meeting), except))
        continue;

      date = mp_schedule_local_date (starts_at, tz);
      g_array_append_val (dates, date);
    }

  for (guint i = 0; closed_days != NULL && i < closed_days->len; i++)
    g_array_append_val (dates, g_array_index (closed_days, MpClosedDay, i).date);

  return dates;
}

/**
 * mp_schedule_closed_dates:
 * @closed_days: (nullable) (element-type MpClosedDay): days the library is closed
 *
 * Returns: (transfer full) (element-type GDate): their dates, for mp_schedule_compute ()
 */
GArray *
mp_schedule_closed_dates (GArray *closed_days)
{
  guint n = closed_days != NULL ? closed_days->len : 0;
  GArray *dates = g_array_sized_new (FALSE, TRUE, sizeof (GDate), n);

  for (guint i = 0; i < n; i++)
    g_array_append_val (dates, g_array_index (closed_days, MpClosedDay, i).date);

  return dates;
}

/**
 * mp_schedule_compute_for_mentorship:
 * @mentorship: the mentorship (its program and start date must be set)
 * @meetings: (nullable): a #GListModel of the mentorship's own #MpMeeting
 * @mentor_meetings: (nullable): a #GListModel of the mentor's #MpMeeting
 *   (any mentorship); those of other mentorships are avoided when suggesting
 * @closed_days: (nullable) (element-type MpClosedDay): days the library is closed, also
 *   avoided when suggesting
 * @today: the date to compute for
 * @tz: (nullable): the zone for local dates; %NULL for the local zone
 * @out: (out caller-allocates): as for mp_schedule_compute()
 *
 * mp_schedule_compute() on a mentorship's objects.
 */
void
mp_schedule_compute_for_mentorship (MpMentorship   *mentorship,
                                    GListModel     *meetings,
                                    GListModel     *mentor_meetings,
                                    GArray         *closed_days,
                                    const GDate    *today,
                                    GTimeZone      *tz,
                                    MpScheduleInfo *out)
{
  g_autofree MpSchedulePhase *phases = NULL;
  g_autoptr(GArray) held = NULL;
  g_autoptr(GArray) busy = NULL;
  g_autoptr(GArray) closed = NULL;
  const GDate *start;
  guint n_phases = 0;

  g_return_if_fail (MP_IS_MENTORSHIP (mentorship));
  g_return_if_fail (MP_IS_PROGRAM (mp_mentorship_get_program (mentorship)));
  g_return_if_fail (date_is_set (mp_mentorship_get_start_date (mentorship)));
  g_return_if_fail (date_is_set (today));
  g_return_if_fail (out != NULL);

  start = mp_mentorship_get_start_date (mentorship);
  phases = mp_schedule_phases_from_program (mp_mentorship_get_program (mentorship), &n_phases);
  held = mp_schedule_held_dates (meetings, start, tz);
  busy = mp_schedule_busy_dates (mentor_meetings, mentorship, closed_days, tz);
  closed = mp_schedule_closed_dates (closed_days);

  mp_schedule_compute (phases, n_phases, start, mp_mentorship_get_paired_on (mentorship),
                       (const GDate *) (gpointer) held->data, held->len,
                       (const GDate *) (gpointer) busy->data, busy->len,
                       (const GDate *) (gpointer) closed->data, closed->len,
                       today, mp_mentorship_get_status (mentorship),
                       mp_mentorship_get_ended_on (mentorship), out);

  /* Meetings already arranged from today on are the next ones: what is due and suggested
   * (and why) is the meeting after the last of them, as if they were held by then; the
   * state and the counts stay those of the meetings held. */
  if (date_is_set (&out->suggested) && meetings != NULL)
    {
      g_auto(MpScheduleInfo) after;
      GDate last_arranged;
      gboolean contact_held = FALSE;

      mp_schedule_info_init (&after);
      g_date_clear (&last_arranged, 1);
      for (guint i = 0; i < held->len && !contact_held; i++)
        contact_held = g_date_compare (&g_array_index (held, GDate, i), start) < 0
                       && g_date_compare (&g_array_index (held, GDate, i), today) <= 0;
      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
          GDate day;

          if (mp_meeting_get_status (meeting) != MP_MEETING_STATUS_SCHEDULED ||
              mp_meeting_get_starts_at (meeting) == NULL)
            continue;
          day = mp_schedule_local_date (mp_meeting_get_starts_at (meeting), tz);
          if (g_date_compare (&day, today) < 0)
            continue;
          g_array_append_val (held, day);
          if (!date_is_set (&last_arranged) || g_date_compare (&day, &last_arranged) > 0)
            last_arranged = day;
        }

      if (date_is_set (&last_arranged))
        {
          mp_schedule_compute (phases, n_phases, start, mp_mentorship_get_paired_on (mentorship),
                               (const GDate *) (gpointer) held->data, held->len,
                               (const GDate *) (gpointer) busy->data, busy->len,
                               (const GDate *) (gpointer) closed->data, closed->len,
                               &last_arranged, mp_mentorship_get_status (mentorship),
                               mp_mentorship_get_ended_on (mentorship), &after);
          out->suggested = after.suggested;
          if (date_is_set (&after.due))
            {
              out->due = after.due;
              out->days_until_due = g_date_days_between (today, &after.due);
              g_free (out->reason);
              if (after.state == MP_SCHEDULE_STATE_PRE_ARRIVAL && !contact_held)
                {
                  /* The contact before arrival is only arranged: "made" would be untrue. */
                  out->reason = first_meeting_reason (start, &after.due, TRUE);
                }
              else
                out->reason = g_steal_pointer (&after.reason);
            }
        }
    }
}

/* ---- Closed days ------------------------------------------------------------------------ */

static void
closed_day_clear (gpointer data)
{
  MpClosedDay *day = data;

  g_clear_pointer (&day->name, g_free);
}

/**
 * mp_closed_days_new:
 *
 * Returns: (transfer full) (element-type MpClosedDay): an empty array of closed days, which
 *   frees their names
 */
GArray *
mp_closed_days_new (void)
{
  GArray *days = g_array_new (FALSE, TRUE, sizeof (MpClosedDay));

  g_array_set_clear_func (days, closed_day_clear);

  return days;
}

/**
 * mp_closed_days_add:
 * @days: (element-type MpClosedDay): closed days
 * @date: the day
 * @name: (nullable): what it is ("Independence Day")
 *
 * Appends a copy of @date and @name (not sorted: mp_closed_days_sort ()).
 */
void
mp_closed_days_add (GArray      *days,
                    const GDate *date,
                    const char  *name)
{
  MpClosedDay day = { .name = g_strdup (name != NULL ? name : "") };

  g_return_if_fail (days != NULL);
  g_return_if_fail (date != NULL);

  day.date = *date;
  g_array_append_val (days, day);
}

/**
 * mp_closed_days_copy:
 * @days: (nullable) (element-type MpClosedDay): closed days
 *
 * Returns: (transfer full) (element-type MpClosedDay): a copy of @days (empty for %NULL)
 */
GArray *
mp_closed_days_copy (GArray *days)
{
  GArray *copy = mp_closed_days_new ();

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const MpClosedDay *day = &g_array_index (days, MpClosedDay, i);

      mp_closed_days_add (copy, &day->date, day->name);
    }

  return copy;
}

static int
compare_closed_days (gconstpointer a,
                     gconstpointer b)
{
  const MpClosedDay *day_a = a;
  const MpClosedDay *day_b = b;
  int by_date = compare_dates (&day_a->date, &day_b->date);

  return by_date != 0 ? by_date : g_strcmp0 (day_a->name, day_b->name);
}

/**
 * mp_closed_days_sort:
 * @days: (element-type MpClosedDay): closed days
 *
 * Sorts @days by date (then name).
 */
void
mp_closed_days_sort (GArray *days)
{
  g_return_if_fail (days != NULL);

  g_array_sort (days, compare_closed_days);
}

/**
 * mp_closed_days_equal:
 *
 * Returns: whether @a and @b hold the same days with the same names, in the same order
 *   (%NULL is empty)
 */
gboolean
mp_closed_days_equal (GArray *a,
                      GArray *b)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    if (compare_closed_days (&g_array_index (a, MpClosedDay, i), &g_array_index (b, MpClosedDay, i)) != 0)
      return FALSE;

  return TRUE;
}

/**
 * mp_closed_days_find:
 * @days: (nullable) (element-type MpClosedDay): closed days
 * @date: a day
 *
 * Returns: (transfer none) (nullable): the closed day on @date, if any
 */
const MpClosedDay *
mp_closed_days_find (GArray      *days,
                     const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (!date_is_set (date))
    return NULL;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      const MpClosedDay *day = &g_array_index (days, MpClosedDay, i);

      if (date_is_set (&day->date) && g_date_compare (&day->date, date) == 0)
        return day;
    }

  return NULL;
}

/* No control character, nor Unicode's line and paragraph separators */
static gboolean
fits_on_one_line (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (g_unichar_iscntrl (c) || type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR)
        return FALSE;
    }

  return TRUE;
}

/**
 * mp_closed_days_check:
 * @days: (element-type MpClosedDay): closed days
 * @problem: (out) (optional): what is wrong with the first bad day, in words
 *
 * Returns: whether @days may be kept: each a day from 1900 to 2999 with a name (one line of
 *   valid UTF-8, at most %MP_CLOSED_DAY_NAME_MAX_CHARS characters), no day twice, at most
 *   %MP_CLOSED_DAYS_MAX of them
 */
gboolean
mp_closed_days_check (GArray  *days,
                      char   **problem)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  char *text = NULL;

  g_return_val_if_fail (days != NULL, FALSE);

  if (days->len > MP_CLOSED_DAYS_MAX)
    text = g_strdup_printf (_("At most %d closed days are kept."), MP_CLOSED_DAYS_MAX);

  for (guint i = 0; text == NULL && i < days->len; i++)
    {
      const MpClosedDay *day = &g_array_index (days, MpClosedDay, i);
      g_autofree char *when = NULL;

      if (!mp_schedule_day_in_range (&day->date))
        {
          text = g_strdup_printf (_("A closed day is a day from %d to %d."), MP_SCHEDULE_FIRST_YEAR,
                                  MP_SCHEDULE_LAST_YEAR);
          break;
        }

      /* Translators: a day with its year, as in "Friday 25 December 2026" */
      when = mp_schedule_format_date (&day->date, _("%A %-d %B %Y"));
      if (day->name != NULL && !g_utf8_validate (day->name, -1, NULL))
        /* Translators: %s is a day with its year */
        text = g_strdup_printf (_("The name of the closed day %s is not valid text."), when);
      else if (day->name == NULL || mp_text_is_blank (day->name))
        /* Translators: %s is a day with its year */
        text = g_strdup_printf (_("The closed day %s needs a name."), when);
      else if (!fits_on_one_line (day->name))
        text = g_strdup (_("A closed day’s name fits on one line."));
      else if (g_utf8_strlen (day->name, -1) > MP_CLOSED_DAY_NAME_MAX_CHARS)
        text = g_strdup_printf (_("A closed day’s name is at most %d characters long."), MP_CLOSED_DAY_NAME_MAX_CHARS);
      else if (!g_hash_table_add (seen, GUINT_TO_POINTER (g_date_get_julian (&day->date))))
        /* Translators: %s is a day with its year */
        text = g_strdup_printf (_("%s is a closed day twice: keep one."), when);
    }

  if (problem != NULL)
    *problem = text;
  else
    g_free (text);

  return text == NULL;
}

/**
 * mp_closed_days_apply_changes:
 * @base: (element-type MpClosedDay): the closed days as they are now
 * @before: (element-type MpClosedDay): as an editor found them
 * @after: (element-type MpClosedDay): as the editor left them
 *
 * What an editor changed, from @before to @after, made to @base (which may have changed
 * meanwhile, on another computer): a day @before has and @after has not goes, a day @after
 * has that @before has not, or names otherwise, is added or renamed; the rest of @base stays.
 *
 * Returns: (transfer full) (element-type MpClosedDay): the days, sorted
 */
GArray *
mp_closed_days_apply_changes (GArray *base,
                              GArray *before,
                              GArray *after)
{
  g_autoptr(GHashTable) names = g_hash_table_new (NULL, NULL);   /* julian → name (borrowed) */
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);   /* julian → name in @before */
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);    /* julians in @after */
  GArray *result;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (base != NULL && before != NULL && after != NULL, NULL);

  result = mp_closed_days_new ();

#define JULIAN(array, i) GUINT_TO_POINTER (g_date_get_julian (&g_array_index ((array), MpClosedDay, (i)).date))
#define NAME(array, i) (g_array_index ((array), MpClosedDay, (i)).name)
  for (guint i = 0; i < base->len; i++)
    g_hash_table_insert (names, JULIAN (base, i), NAME (base, i));
  for (guint i = 0; i < before->len; i++)
    g_hash_table_insert (found, JULIAN (before, i), NAME (before, i));
  for (guint i = 0; i < after->len; i++)
    g_hash_table_add (kept, JULIAN (after, i));

  /* Removed by the editor */
  for (guint i = 0; i < before->len; i++)
    if (!g_hash_table_contains (kept, JULIAN (before, i)))
      g_hash_table_remove (names, JULIAN (before, i));

  /* Added or renamed by the editor */
  for (guint i = 0; i < after->len; i++)
    {
      const char *was = g_hash_table_lookup (found, JULIAN (after, i));

      if (was == NULL || g_strcmp0 (was, NAME (after, i)) != 0)
        g_hash_table_insert (names, JULIAN (after, i), NAME (after, i));
    }
#undef JULIAN
#undef NAME

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, GPOINTER_TO_UINT (key));
      mp_closed_days_add (result, &date, value);
    }
  mp_closed_days_sort (result);

  return result;
}

/**
 * mp_schedule_day_in_range:
 *
 * Returns: whether @date is set and in %MP_SCHEDULE_FIRST_YEAR to %MP_SCHEDULE_LAST_YEAR,
 *   the years the exchange format reads back
 */
gboolean
mp_schedule_day_in_range (const GDate *date)
{
  return date_is_set (date) && g_date_get_year (date) >= MP_SCHEDULE_FIRST_YEAR &&
         g_date_get_year (date) <= MP_SCHEDULE_LAST_YEAR;
}

/**
 * mp_schedule_instant_in_range:
 *
 * Returns: whether @instant's day is in %MP_SCHEDULE_FIRST_YEAR to %MP_SCHEDULE_LAST_YEAR
 *   both in UTC (as the exchange format writes it) and here (the day a meeting logged then
 *   gives its activities)
 */
gboolean
mp_schedule_instant_in_range (GDateTime *instant)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDate utc_day, local_day;

  g_return_val_if_fail (instant != NULL, FALSE);

  /* (unset, and so out of range, when the instant has no day in that zone) */
  utc_day = mp_schedule_local_date (instant, utc);
  local_day = mp_schedule_local_date (instant, NULL);

  return mp_schedule_day_in_range (&utc_day) && mp_schedule_day_in_range (&local_day);
}

/* mp-lead-time.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-lead-time"

#include "config.h"

#include "mp-lead-time.h"

/* See mp-lead-time.h for the rule. */

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/**
 * mp_lead_time_is_working_day:
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library system is closed
 *
 * Returns: whether @date is a working day (Monday to Friday, and not closed)
 */
gboolean
mp_lead_time_is_working_day (const GDate *date,
                             GArray      *closed_days)
{
  GDateWeekday weekday;

  g_return_val_if_fail (date_is_set (date), FALSE);

  weekday = g_date_get_weekday (date);

  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY && mp_closed_days_find (closed_days, date) == NULL;
}

/* Whether @date is a weekday after @from up to and including @to, closed or not */
static gboolean
weekday_within (const GDate *date,
                const GDate *from,
                const GDate *to)
{
  GDateWeekday weekday;

  if (!date_is_set (date) || g_date_compare (date, from) <= 0 || g_date_compare (date, to) > 0)
    return FALSE;

  weekday = g_date_get_weekday (date);

  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY;
}

/**
 * mp_lead_time_working_days:
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library system is closed
 *
 * Returns: the number of working days after @from up to and including @to;
 *   0 when @to is not after @from
 */
guint
mp_lead_time_working_days (const GDate *from,
                           const GDate *to,
                           GArray      *closed_days)
{
  g_autoptr(GHashTable) counted = NULL;
  int days;
  guint weeks, count;
  GDate cursor;

  g_return_val_if_fail (date_is_set (from), 0);
  g_return_val_if_fail (date_is_set (to), 0);

  days = g_date_days_between (from, to);
  if (days <= 0)
    return 0;

  /* Whole weeks hold five weekdays each; walk the rest. */
  weeks = (guint) days / 7;
  count = weeks * 5;
  cursor = *from;
  g_date_add_days (&cursor, weeks * 7);
  while (g_date_compare (&cursor, to) < 0)
    {
      GDateWeekday weekday;

      g_date_add_days (&cursor, 1);
      weekday = g_date_get_weekday (&cursor);
      if (weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY)
        count++;
    }

  /* Then the closed weekdays among them, each once (a list may hold a day twice) */
  if (closed_days == NULL || closed_days->len == 0)
    return count;
  counted = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < closed_days->len && count > 0; i++)
    {
      const MpClosedDay *closed = &g_array_index (closed_days, MpClosedDay, i);

      if (weekday_within (&closed->date, from, to) &&
          g_hash_table_add (counted, GUINT_TO_POINTER (g_date_get_julian (&closed->date))))
        count--;
    }

  return count;
}

/**
 * mp_lead_time_add_working_days:
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library system is closed
 * @result: (out): the day on which @days working days after @date have passed
 *
 * With @days 0 the result is @date itself, working day or not.
 */
void
mp_lead_time_add_working_days (const GDate *date,
                               guint        days,
                               GArray      *closed_days,
                               GDate       *result)
{
  GDate cursor;

  g_return_if_fail (date_is_set (date));
  g_return_if_fail (result != NULL);

  cursor = *date;
  while (days > 0)
    {
      g_date_add_days (&cursor, 1);
      if (mp_lead_time_is_working_day (&cursor, closed_days))
        days--;
    }

  *result = cursor;
}

/**
 * mp_lead_time_first_closed_day:
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library system is closed
 *
 * Returns: (nullable) (transfer none): the earliest closed weekday after @from up to and
 *   including @to, the one that takes a working day from the mentor; %NULL when none does
 */
const MpClosedDay *
mp_lead_time_first_closed_day (const GDate *from,
                               const GDate *to,
                               GArray      *closed_days)
{
  const MpClosedDay *first = NULL;

  g_return_val_if_fail (date_is_set (from), NULL);
  g_return_val_if_fail (date_is_set (to), NULL);

  for (guint i = 0; closed_days != NULL && i < closed_days->len; i++)
    {
      const MpClosedDay *closed = &g_array_index (closed_days, MpClosedDay, i);

      if (weekday_within (&closed->date, from, to) &&
          (first == NULL || g_date_compare (&closed->date, &first->date) < 0))
        first = closed;
    }

  return first;
}

/**
 * mp_lead_time_normalize:
 *
 * Returns: @lead_days, or %MP_LEAD_TIME_DEFAULT_DAYS when it is unknown (negative);
 *   0 is a program's way of asking for no lead time
 */
int
mp_lead_time_normalize (int lead_days)
{
  return lead_days >= 0 ? lead_days : MP_LEAD_TIME_DEFAULT_DAYS;
}

/**
 * mp_lead_time_check:
 * @today: the day the concern is raised
 * @needed_by: (nullable): when the employee needs the mentor's input
 * @lead_days: the program's lead time in working days (negative: the default)
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library system is closed
 * @working_days_left: (out) (optional): working days the mentor has (see the header)
 * @earliest: (out) (optional): the earliest needed-by date that leaves the lead time
 *
 * Returns: whether @needed_by leaves the mentor enough time
 */
MpLeadTimeVerdict
mp_lead_time_check (const GDate *today,
                    const GDate *needed_by,
                    int          lead_days,
                    GArray      *closed_days,
                    guint       *working_days_left,
                    GDate       *earliest)
{
  guint lead;

  g_return_val_if_fail (date_is_set (today), MP_LEAD_TIME_UNSET);

  lead = (guint) mp_lead_time_normalize (lead_days);

  if (earliest != NULL)
    mp_lead_time_add_working_days (today, lead, closed_days, earliest);

  if (working_days_left != NULL)
    *working_days_left = date_is_set (needed_by) ? mp_lead_time_working_days (today, needed_by, closed_days) : 0;

  if (!date_is_set (needed_by))
    return MP_LEAD_TIME_UNSET;

  if (g_date_compare (needed_by, today) < 0)
    return MP_LEAD_TIME_PAST;

  if (mp_lead_time_working_days (today, needed_by, closed_days) < lead)
    return MP_LEAD_TIME_SHORT;

  return MP_LEAD_TIME_OK;
}

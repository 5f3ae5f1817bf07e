/* mp-mentor-util.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-mentor-util"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-mentor-util.h"

/**
 * mp_meeting_mode_label:
 *
 * Returns: how a meeting takes place, in words ("In person", "Phone", …)
 */
const char *
mp_meeting_mode_label (MpMeetingMode mode)
{
  switch (mode)
    {
    case MP_MEETING_MODE_PHONE:
      return _("Phone");
    case MP_MEETING_MODE_EMAIL:
      return _("E-mail");
    case MP_MEETING_MODE_LUNCH:
      return _("Lunch");
    case MP_MEETING_MODE_VIDEO:
      return _("Video call");
    case MP_MEETING_MODE_IN_PERSON:
    default:
      return _("In person");
    }
}

static GDateTime *
noon_of (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 12, 0, 0);
}

/**
 * mp_format_day:
 *
 * Returns: (transfer full): "Tuesday 3 March" in the user's language
 */
char *
mp_format_day (const GDate *date)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  noon = noon_of (date);
  /* Translators: a day, see g_date_time_format() for the codes */
  return g_date_time_format (noon, _("%A %-d %B"));
}

/**
 * mp_format_day_with_year:
 *
 * Returns: (transfer full): "3 March 2026" in the user's language
 */
char *
mp_format_day_with_year (const GDate *date)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  noon = noon_of (date);
  /* Translators: a day with its year, see g_date_time_format() for the codes */
  return g_date_time_format (noon, _("%-d %B %Y"));
}

/**
 * mp_format_time:
 *
 * Returns: (transfer full): the local time of day, "10:00"
 */
char *
mp_format_time (GDateTime *instant)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (instant != NULL, NULL);

  local = g_date_time_to_local (instant);
  /* Translators: a time of day, see g_date_time_format() for the codes */
  return g_date_time_format (local, _("%H:%M"));
}

/**
 * mp_format_meeting_when:
 *
 * Returns: (transfer full): "Tuesday 3 March 2026, 10:00", in local time
 */
char *
mp_format_meeting_when (GDateTime *instant)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (instant != NULL, NULL);

  local = g_date_time_to_local (instant);
  /* Translators: a meeting's day and time, see g_date_time_format() for the codes */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

/**
 * mp_local_date:
 *
 * Returns: the local calendar day of @instant
 */
GDate
mp_local_date (GDateTime *instant)
{
  return mp_schedule_local_date (instant, NULL);
}

/**
 * mp_local_date_time:
 *
 * Returns: (transfer full): @date at @minutes_since_midnight, local time
 */
GDateTime *
mp_local_date_time (const GDate *date,
                    int          minutes_since_midnight)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                minutes_since_midnight / 60, minutes_since_midnight % 60, 0);
}

gboolean
mp_is_weekend (const GDate *date)
{
  GDateWeekday weekday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

/**
 * mp_working_days_between:
 *
 * Returns: the number of working days (Monday to Friday) after @from up to and
 *   including @to; negative when @to is before @from. Tomorrow, a weekday, is 1.
 */
int
mp_working_days_between (const GDate *from,
                         const GDate *to)
{
  GDate day;
  int sign = 1;
  int count = 0;
  const GDate *first = from;
  const GDate *last = to;

  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  if (g_date_compare (to, from) < 0)
    {
      sign = -1;
      first = to;
      last = from;
    }

  day = *first;
  while (g_date_compare (&day, last) < 0)
    {
      g_date_add_days (&day, 1);
      if (!mp_is_weekend (&day))
        count++;
    }

  return sign * count;
}

/**
 * mp_mentorship_is_running:
 *
 * Returns: whether meetings can still be scheduled and logged (not ended, completed
 *   or archived)
 */
gboolean
mp_mentorship_is_running (MpMentorship *mentorship)
{
  return mentorship != NULL && mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE;
}

/**
 * mp_employee_first_name:
 *
 * Returns: (transfer full): the employee's name as a sentence would use it (the
 *   full name: names are not always "first last")
 */
char *
mp_employee_first_name (MpMentorship *mentorship)
{
  MpPerson *employee = mentorship ? mp_mentorship_get_employee (mentorship) : NULL;

  return g_strdup (employee ? mp_person_get_name (employee) : _("the new employee"));
}


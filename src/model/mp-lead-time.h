/* mp-lead-time.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mp-schedule.h"

G_BEGIN_DECLS

/* The new employee "should leave sufficient time to allow his/her mentor the opportunity to
 * assist": a concern or request for input needed by a date must leave the mentor the program's
 * lead time, counted in working days: Monday to Friday, but for the days HR marked closed
 * (mp_store_get_closed_days ()), when the caller passes them.
 *
 * The mentor has the working days after today up to and including the needed-by day: raised on
 * a Monday and needed by Thursday, that is Tuesday, Wednesday and Thursday, three working days.
 * So the earliest needed-by date that respects a lead time of N working days is today + N
 * working days, and any needed-by date before it is short. Pure logic, no GTK.
 */

/* The lead time when a program does not set one (working days). */
#define MP_LEAD_TIME_DEFAULT_DAYS 3

typedef enum
{
  MP_LEAD_TIME_OK,     /* the mentor has at least the lead time */
  MP_LEAD_TIME_SHORT,  /* today or later, but fewer working days than the lead time: warn, allow */
  MP_LEAD_TIME_PAST,   /* before today: cannot be sent */
  MP_LEAD_TIME_UNSET,  /* no (valid) needed-by date */
} MpLeadTimeVerdict;

gboolean           mp_lead_time_is_working_day   (const GDate *date,
                                                  GArray      *closed_days);
guint              mp_lead_time_working_days     (const GDate *from,
                                                  const GDate *to,
                                                  GArray      *closed_days);
void               mp_lead_time_add_working_days (const GDate *date,
                                                  guint        days,
                                                  GArray      *closed_days,
                                                  GDate       *result);
const MpClosedDay *mp_lead_time_first_closed_day (const GDate *from,
                                                  const GDate *to,
                                                  GArray      *closed_days);
int                mp_lead_time_normalize        (int          lead_days);
MpLeadTimeVerdict  mp_lead_time_check            (const GDate *today,
                                                  const GDate *needed_by,
                                                  int          lead_days,
                                                  GArray      *closed_days,
                                                  guint       *working_days_left,
                                                  GDate       *earliest);

G_END_DECLS

/* mp-phase-work.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-mentorship.h"

G_BEGIN_DECLS

/* The work of one phase of a mentorship: its meetings and its activities. Both windows
 * that draw the phases (the mentor's "Six Months at a Glance" and the employee's "My Six
 * Months") read this, so that they call the same phases done. */
typedef struct
{
  guint meetings_planned;       /* the phase's slots (mp_schedule_slots ()) */
  guint meetings_due;           /* ...of which are due by today */
  guint meetings_held;          /* meetings held, counted in the phase of the slot they keep */
  guint meetings_kept;          /* the phase's slots with a meeting held in their window */
  guint activities_applicable;  /* the phase's activities, minus optional ones not applicable */
  guint activities_done;
} MpPhaseWork;

gboolean  mp_phase_work_done     (const MpPhaseWork *work);
GArray   *mp_phase_work_compute  (MpMentorship      *mentorship,
                                  GListModel        *meetings,
                                  GListModel        *activity_progress,
                                  GArray            *closed_days,
                                  const GDate       *today,
                                  GTimeZone         *tz);

G_END_DECLS

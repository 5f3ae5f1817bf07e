/* mp-nudges.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-model.h"

G_BEGIN_DECLS

/* Nudges: desktop notifications for a mentor when a meeting is due (or set) within
 * MP_NUDGE_MEETING_WORKING_DAYS working days or overdue (on a Friday, for a Monday: as the
 * dashboard's "due soon", the weekend does not count), and when a concern's needed-by date is
 * within MP_NUDGE_CONCERN_WORKING_DAYS working days. Shown at most once a day: the
 * day they were last shown is kept in the GSettings key "last-nudge-date". Besides, each
 * concern an employee raises is announced once, as soon as the mentor's app sees it (at
 * start-up, then every half hour), whatever its date: the concerns announced are kept in
 * "nudged-concerns". An HR administrator is told, once a day too, of the pairings that have
 * had no contact for MP_NO_CONTACT_ALERT_DAYS days (mp_pairing_get_no_contact_alert ()).
 *
 * mp_nudges_decide () is pure (plain values in, nudges out) and unit-tested;
 * mp_nudges_collect () gathers those values for the current person from the store;
 * mp_nudges_send_due () shows them; mp_nudges_start () is what the application calls
 * at start-up (and it looks again when the day changes). */

#define MP_NUDGE_MEETING_WORKING_DAYS 2
#define MP_NUDGE_CONCERN_WORKING_DAYS 2
#define MP_NUDGE_SETTINGS_KEY         "last-nudge-date"
#define MP_NUDGE_CONCERNS_KEY         "nudged-concerns"

typedef enum
{
  MP_NUDGE_MEETING_SOON,     /* a scheduled meeting within the next two working days */
  MP_NUDGE_MEETING_DUE,      /* the next meeting is due within two working days, none scheduled */
  MP_NUDGE_MEETING_OVERDUE,  /* the next meeting is overdue */
  MP_NUDGE_CONCERN,          /* an open concern needed within two working days */
  MP_NUDGE_CONCERN_RAISED,   /* an open concern not announced before */
  MP_NUDGE_NO_CONTACT,       /* for HR: pairings with no contact for three weeks */
} MpNudgeKind;

/* One mentorship as the nudges see it. */
typedef struct
{
  const char      *id;             /* the mentorship's uuid */
  const char      *employee_name;
  MpScheduleState  state;
  GDate            due;            /* when the next meeting is due; invalid = none */
  GDateTime       *next_meeting;   /* earliest scheduled meeting from today on; nullable */
} MpNudgeMentorship;

/* One concern as the nudges see it. */
typedef struct
{
  const char      *id;             /* the concern's uuid */
  const char      *employee_name;
  const char      *subject;
  MpConcernStatus  status;
  GDate            needed_by;      /* invalid = no date */
} MpNudgeConcern;

typedef struct
{
  MpNudgeKind  kind;
  char        *id;     /* the notification id: one per mentorship or concern */
  char        *title;
  char        *body;
} MpNudge;

void        mp_nudge_free           (MpNudge                 *nudge);

GPtrArray  *mp_nudges_decide        (const MpNudgeMentorship *mentorships,
                                     guint                    n_mentorships,
                                     const MpNudgeConcern    *concerns,
                                     guint                    n_concerns,
                                     GArray                  *closed_days,
                                     const GDate             *today);
GPtrArray  *mp_nudges_decide_raised (const MpNudgeConcern    *concerns,
                                     guint                    n_concerns,
                                     const char * const      *announced,
                                     const GDate             *today);
MpNudge    *mp_nudges_decide_no_contact (const char * const *employee_names,
                                         guint               n_names);
gboolean    mp_nudges_shown_on      (const char              *last_nudge_date,
                                     const GDate             *today);
GPtrArray  *mp_nudges_collect       (MpStore                 *store,
                                     const GDate             *today);
guint       mp_nudges_send_due      (GApplication            *application,
                                     MpStore                 *store,
                                     GSettings               *settings,
                                     const GDate             *today);
void        mp_nudges_start         (GApplication            *application,
                                     MpStore                 *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpNudge, mp_nudge_free)

G_END_DECLS

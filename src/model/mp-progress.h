/* mp-progress.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-enums.h"
#include "mp-activity-progress.h"
#include "mp-meeting.h"
#include "mp-mentorship.h"
#include "mp-schedule.h"

G_BEGIN_DECLS

/* One meeting, as plain values. */
typedef struct
{
  gint64           starts_at;  /* Unix time; MP_PROGRESS_NO_TIME = ignored */
  MpMeetingStatus  status;
  gboolean         informal;
} MpProgressMeeting;

#define MP_PROGRESS_NO_TIME G_MININT64

/* One activity of the program joined with the pair's progress on it
 * (PENDING when the pair has no progress row for it). */
typedef struct
{
  MpActivityState  state;
  gboolean         optional;
  gboolean         hr_follow_up;    /* the program item asks for an HR follow-up */
  gboolean         hr_followed_up;  /* the progress has an hr-followed-up-on date */
} MpProgressActivity;

/* One row of a mentorship's activity progress, as plain values. */
typedef struct
{
  const char      *activity_id;     /* borrowed */
  MpActivityState  state;
  gboolean         hr_followed_up;  /* it has an hr-followed-up-on date */
} MpProgressRow;

/* A program as the summary needs it: its phases as numbers, their titles, and its
 * activities in order. Made once for many mentorships of the program. */
typedef struct _MpProgressProgram MpProgressProgram;

/* Where a mentorship stands. Reference counted; all fields are read-only. */
typedef struct
{
  int             phase_index;            /* phase holding today (as MpScheduleInfo); -1 = none */
  char           *phase_title;            /* that phase's title; NULL when unknown */

  guint           meetings_held;          /* MpScheduleInfo.held */
  guint           meetings_expected;      /* expected by today */
  guint           meetings_total;         /* expected over the whole program */

  double          cadence_adherence;      /* 0..1: slots_kept / slots_judged (1 when none judged) */
  guint           slots_kept;
  guint           slots_judged;

  guint           activities_done;
  guint           activities_applicable;  /* all, minus optional ones marked not applicable */
  guint           hr_follow_ups_pending;  /* done, HR follow-up asked, not yet followed up */

  GDate           last_contact;           /* latest held meeting or contact, informal included */
  int             days_since_contact;     /* today - last_contact; -1 when none */
  GDateTime      *next_meeting;           /* earliest scheduled meeting on or after today; nullable */
  gint64          unrecorded_at;          /* when the latest meeting scheduled before today and
                                           * still only scheduled (neither recorded as held nor
                                           * cancelled) was to start: Unix time, kept plain (most
                                           * summaries are never asked); MP_PROGRESS_NO_TIME when
                                           * there is none */

  MpScheduleInfo  schedule;

  /*< private >*/
  gatomicrefcount ref_count;
} MpProgressSummary;

#define MP_TYPE_PROGRESS_SUMMARY (mp_progress_summary_get_type ())

GType              mp_progress_summary_get_type (void) G_GNUC_CONST;
MpProgressSummary *mp_progress_summary_ref      (MpProgressSummary        *summary);
void               mp_progress_summary_unref    (MpProgressSummary        *summary);

MpProgressSummary *mp_progress_compute_plain    (const MpSchedulePhase    *phases,
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
                                                 GTimeZone                *tz);

MpProgressMeeting  mp_progress_meeting_from    (MpMeeting                *meeting);
MpProgressRow      mp_progress_row_from        (MpActivityProgress       *progress);

MpProgressProgram *mp_progress_program_new      (MpProgram                *program);
void               mp_progress_program_free     (MpProgressProgram        *program);

MpProgressActivity *mp_progress_program_resolve (const MpProgressProgram *program,
                                                 const MpProgressRow     *rows,
                                                 guint                    n_rows);
MpProgressSummary *mp_progress_compute_resolved (const MpProgressProgram  *program,
                                                 MpMentorship             *mentorship,
                                                 const MpProgressMeeting  *meetings,
                                                 guint                     n_meetings,
                                                 const MpProgressActivity *activities,
                                                 const GDate              *busy_dates,
                                                 guint                     n_busy,
                                                 const GDate              *closed_dates,
                                                 guint                     n_closed,
                                                 const GDate              *today,
                                                 GTimeZone                *tz);
MpProgressSummary *mp_progress_compute_rows     (const MpProgressProgram  *program,
                                                 MpMentorship             *mentorship,
                                                 const MpProgressMeeting  *meetings,
                                                 guint                     n_meetings,
                                                 const MpProgressRow      *rows,
                                                 guint                     n_rows,
                                                 const GDate              *busy_dates,
                                                 guint                     n_busy,
                                                 const GDate              *closed_dates,
                                                 guint                     n_closed,
                                                 const GDate              *today,
                                                 GTimeZone                *tz);

MpProgressSummary *mp_progress_compute          (MpMentorship             *mentorship,
                                                 GListModel               *meetings,
                                                 GListModel               *activity_progress,
                                                 const GDate              *today);
MpProgressSummary *mp_progress_compute_full     (MpMentorship             *mentorship,
                                                 GListModel               *meetings,
                                                 GListModel               *activity_progress,
                                                 GListModel               *mentor_meetings,
                                                 GArray                   *closed_days,
                                                 const GDate              *today,
                                                 GTimeZone                *tz);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpProgressSummary, mp_progress_summary_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpProgressProgram, mp_progress_program_free)

G_END_DECLS

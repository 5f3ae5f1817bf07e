/* mp-schedule.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mp-enums.h"
#include "mp-meeting.h"
#include "mp-mentorship.h"
#include "mp-program.h"

G_BEGIN_DECLS

/* A meeting is "due soon" when its due date is at most this many working days away
 * (DESIGN.md: nudge "when a meeting is due within two days"). */
#define MP_SCHEDULE_DUE_SOON_DAYS 2

/* The contact before arrival is due this many days before the start date. */
#define MP_SCHEDULE_FIRST_CONTACT_DAYS 7
/* A pairing made later than that: days the mentor has for the first contact (at most until
 * the day before the start). */
#define MP_SCHEDULE_LATE_PAIRING_DAYS 2

/* How far (in days, each way) the suggested date may move to avoid the
 * mentor's other meetings before we give up and keep the weekday. */
#define MP_SCHEDULE_BUSY_SEARCH_DAYS 31

/* The years a day of the app may have (a meeting, a start, a closed day, …): the exchange
 * format's, and well inside what GDateTime holds once a program's months are added */
#define MP_SCHEDULE_FIRST_YEAR 1900
#define MP_SCHEDULE_LAST_YEAR  2999

/* A day the library system is closed (a holiday, a training day), as HR keeps them
 * (mp_store_get_closed_days ()): no meeting is suggested on it. */
typedef struct
{
  GDate  date;
  char  *name;
} MpClosedDay;

/* How long a closed day's name may be, and how many days are kept */
#define MP_CLOSED_DAY_NAME_MAX_CHARS 200
#define MP_CLOSED_DAYS_MAX 1000

/* One phase of a program, as plain numbers (see MpPhase).
 * start_month: months after the start date (-1 = before arrival);
 * months: how long it lasts; unit and every: its cadence
 * (ONCE = a single meeting, e.g. the contact before arrival). */
typedef struct
{
  int            start_month;
  int            months;
  MpCadenceUnit  unit;
  int            every;
} MpSchedulePhase;

/* One expected meeting ("slot"). The windows of the slots tile the program:
 * every date from the start to the end belongs to exactly one window, and
 * every date before the start to the window of the contact before arrival. */
typedef struct
{
  GDate  date;          /* the day the meeting is expected */
  GDate  window_start;  /* first day of its window; invalid = open (before arrival) */
  GDate  window_end;    /* first day after its window */
  guint  phase_index;
} MpScheduleSlot;

typedef struct
{
  MpScheduleState  state;
  int              phase_index;       /* phase holding "today"; -1 when none */
  guint            expected_by_today; /* slots whose date is <= today */
  guint            expected_total;    /* all slots of the program */
  guint            held;              /* meetings held that count (see mp_schedule_compute) */
  guint            slots_judged;      /* expected slots that are covered or whose window closed */
  guint            slots_kept;        /* ...of which had a held meeting in their window */
  double           adherence;         /* slots_kept / slots_judged; 1.0 when nothing judged yet */
  GDate            start;
  GDate            program_end;       /* first day after the program */
  GDate            last_held;         /* latest counted meeting; invalid when none */
  GDate            due;               /* when the next meeting is due; invalid when none is */
  GDate            suggested;         /* proposed date for it; invalid when none is due */
  int              days_until_due;    /* due - today; negative = overdue; 0 without due date */
  char            *reason;            /* translated sentence saying why (owned) */
} MpScheduleInfo;

#define MP_TYPE_SCHEDULE_INFO (mp_schedule_info_get_type ())

GType            mp_schedule_info_get_type      (void) G_GNUC_CONST;
void             mp_schedule_info_init          (MpScheduleInfo        *info);
void             mp_schedule_info_clear         (MpScheduleInfo        *info);
void             mp_schedule_info_copy_to       (const MpScheduleInfo  *info,
                                                 MpScheduleInfo        *dest);
MpScheduleInfo  *mp_schedule_info_copy          (const MpScheduleInfo  *info);
void             mp_schedule_info_free          (MpScheduleInfo        *info);

void             mp_schedule_phase_dates        (const MpSchedulePhase *phase,
                                                 const GDate           *start,
                                                 GDate                 *first_day,
                                                 GDate                 *end_day);
void             mp_schedule_program_end        (const MpSchedulePhase *phases,
                                                 guint                  n_phases,
                                                 const GDate           *start,
                                                 GDate                 *end_day);
void             mp_schedule_last_month_start   (const MpSchedulePhase *phases,
                                                 guint                  n_phases,
                                                 const GDate           *start,
                                                 GDate                 *last_month);
void             mp_schedule_first_contact_day  (const GDate           *start,
                                                 const GDate           *paired_on,
                                                 GDate                 *day);
GArray          *mp_schedule_slots              (const MpSchedulePhase *phases,
                                                 guint                  n_phases,
                                                 const GDate           *start,
                                                 const GDate           *paired_on,
                                                 const GDate           *closed_dates,
                                                 guint                  n_closed,
                                                 const GDate           *held_dates,
                                                 guint                  n_held);
gboolean         mp_schedule_slot_is_kept       (const MpScheduleSlot  *slot,
                                                 const GDate           *held_dates,
                                                 guint                  n_held);
GDate            mp_schedule_slot_due_by        (const MpScheduleSlot  *slot,
                                                 const GDate           *paired_on,
                                                 const GDate           *closed_dates,
                                                 guint                  n_closed);
GDate            mp_schedule_as_of              (MpMentorshipStatus     status,
                                                 const GDate           *ended_on,
                                                 const GDate           *today);
int              mp_schedule_slot_phase_for_date (GArray               *slots,
                                                 const GDate           *date);
int              mp_schedule_phase_for_date     (const MpSchedulePhase *phases,
                                                 guint                  n_phases,
                                                 const GDate           *start,
                                                 const GDate           *date);
guint            mp_schedule_expected_by        (const MpSchedulePhase *phases,
                                                 guint                  n_phases,
                                                 const GDate           *start,
                                                 const GDate           *paired_on,
                                                 const GDate           *date);
void             mp_schedule_suggest            (const GDate           *due,
                                                 const GDate           *not_before,
                                                 const GDate           *busy_dates,
                                                 guint                  n_busy,
                                                 GDate                 *suggested);
void             mp_schedule_compute            (const MpSchedulePhase *phases,
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
                                                 MpScheduleInfo        *out);
gboolean         mp_schedule_meeting_counts     (MpMeetingStatus        status,
                                                 gboolean               informal,
                                                 const GDate           *date,
                                                 const GDate           *start);

GDate            mp_schedule_working_day_on_or_after (const GDate      *date);
gboolean         mp_schedule_day_in_range       (const GDate           *date);
gboolean         mp_schedule_instant_in_range   (GDateTime             *instant);
GDate            mp_schedule_local_date         (GDateTime             *instant,
                                                 GTimeZone             *tz);
GDate            mp_schedule_local_date_from_unix (gint64                unix_time,
                                                   GTimeZone            *tz);
char            *mp_schedule_format_date        (const GDate           *date,
                                                 const char            *format);
char            *mp_schedule_format_day         (const GDate           *date);

/* Object-level adapters. */
MpSchedulePhase  mp_schedule_phase_from          (MpPhase              *phase);
MpSchedulePhase *mp_schedule_phases_from_program (MpProgram            *program,
                                                  guint                *n_phases);
GArray          *mp_schedule_held_dates          (GListModel           *meetings,
                                                  const GDate          *start,
                                                  GTimeZone            *tz);
GDateTime       *mp_schedule_end_cutoff          (const GDate          *ended_on);
GArray          *mp_schedule_closed_dates        (GArray               *closed_days);
GArray          *mp_schedule_busy_dates          (GListModel           *mentor_meetings,
                                                  MpMentorship         *except,
                                                  GArray               *closed_days,
                                                  GTimeZone            *tz);
void             mp_schedule_compute_for_mentorship (MpMentorship      *mentorship,
                                                     GListModel        *meetings,
                                                     GListModel        *mentor_meetings,
                                                     GArray            *closed_days,
                                                     const GDate       *today,
                                                     GTimeZone         *tz,
                                                     MpScheduleInfo    *out);

/* Closed days: a #GArray of #MpClosedDay that frees their names */
GArray            *mp_closed_days_new            (void);
GArray            *mp_closed_days_copy           (GArray               *days);
void               mp_closed_days_sort           (GArray               *days);
gboolean           mp_closed_days_equal          (GArray               *a,
                                                  GArray               *b);
const MpClosedDay *mp_closed_days_find           (GArray               *days,
                                                  const GDate          *date);
void               mp_closed_days_add            (GArray               *days,
                                                  const GDate          *date,
                                                  const char           *name);
gboolean           mp_closed_days_check          (GArray               *days,
                                                  char                **problem);
GArray            *mp_closed_days_apply_changes  (GArray               *base,
                                                  GArray               *before,
                                                  GArray               *after);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpScheduleInfo, mp_schedule_info_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MpScheduleInfo, mp_schedule_info_clear)

G_END_DECLS

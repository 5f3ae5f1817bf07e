/* mp-schedule-dialog.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-model.h"

G_BEGIN_DECLS

#define MP_SCHEDULE_DIALOG_FIRST_MINUTE (7 * 60)
#define MP_SCHEDULE_DIALOG_LAST_MINUTE  (20 * 60)
#define MP_SCHEDULE_DIALOG_STEP_MINUTES 15
/* A time proposed for today is at least this far ahead: there is time to read and save it */
#define MP_SCHEDULE_DIALOG_LEAD_MINUTES 15

#define MP_TYPE_SCHEDULE_DIALOG (mp_schedule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MpScheduleDialog, mp_schedule_dialog, MP, SCHEDULE_DIALOG, GtkWindow)

MpScheduleDialog *mp_schedule_dialog_new            (GtkWindow        *parent,
                                                     MpStore          *store,
                                                     MpMentorship     *mentorship,
                                                     MpMeeting        *meeting,
                                                     GListModel       *mentor_meetings,
                                                     const GDate      *today);
MpMeeting        *mp_schedule_dialog_get_meeting    (MpScheduleDialog *self);
void              mp_schedule_dialog_get_suggested  (MpScheduleDialog *self,
                                                     GDate            *suggested);
void              mp_schedule_dialog_get_day        (MpScheduleDialog *self,
                                                     GDate            *day);
void              mp_schedule_dialog_set_time       (MpScheduleDialog *self,
                                                     int               minutes_since_midnight);
const char       *mp_schedule_dialog_get_problem    (MpScheduleDialog *self);
guint             mp_schedule_dialog_get_n_warnings (MpScheduleDialog *self);

/* GtkCalendar 4.8 shows marks only after the next change of month: show them now. */
void              mp_calendar_show_marks            (GtkCalendar      *calendar);

/* The times offered, in 15-minute steps (shared with the log dialog). */
GtkStringList    *mp_schedule_time_model_new        (void);
int               mp_schedule_time_index_to_minutes (guint             index);
guint             mp_schedule_minutes_to_time_index (int               minutes);

/* Today, once its last time offered is less than MP_SCHEDULE_DIALOG_LEAD_MINUTES away,
 * is no day to propose. */
gboolean          mp_schedule_day_is_over           (const GDate      *day,
                                                     GDateTime        *now);
gint64            mp_schedule_day_over_at           (const GDate      *day);
void              mp_schedule_skip_day_over         (MpScheduleInfo   *info,
                                                     MpMentorship     *mentorship,
                                                     GListModel       *mentor_meetings,
                                                     GArray           *closed_days,
                                                     GDateTime        *now);
int               mp_schedule_first_time_today      (GDateTime        *now);

G_END_DECLS

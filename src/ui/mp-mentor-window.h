/* mp-mentor-window.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_MENTOR_WINDOW (mp_mentor_window_get_type ())

G_DECLARE_FINAL_TYPE (MpMentorWindow, mp_mentor_window, MP, MENTOR_WINDOW, MpWindow)

MpMentorWindow *mp_mentor_window_new                (GtkApplication  *application,
                                                     MpStore         *store);
GListModel     *mp_mentor_window_get_mentees        (MpMentorWindow  *self);
MpMentorship   *mp_mentor_window_get_mentorship     (MpMentorWindow  *self);
gboolean        mp_mentor_window_select_mentorship  (MpMentorWindow  *self,
                                                     MpMentorship    *mentorship);
GListModel     *mp_mentor_window_get_mentor_meetings (MpMentorWindow *self);
GtkCalendar    *mp_mentor_window_get_calendar       (MpMentorWindow  *self);
gboolean        mp_mentor_window_export_ics         (MpMentorWindow  *self,
                                                     MpMeeting       *meeting,
                                                     const char      *path,
                                                     GError         **error);

G_END_DECLS

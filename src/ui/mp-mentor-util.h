/* mp-mentor-util.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-model.h"

G_BEGIN_DECLS

/* Small helpers shared by the mentor dashboard, its dialogs and the nudges.
 * None of them needs a display. */

char       *mp_format_day                (const GDate   *date);
char       *mp_format_day_with_year      (const GDate   *date);
char       *mp_format_time               (GDateTime     *instant);
char       *mp_format_meeting_when       (GDateTime     *instant);
GDate       mp_local_date                (GDateTime     *instant);
GDate       mp_today_moved_on            (const GDate   *today,
                                          const GDate   *opened_on,
                                          GDateTime     *now);
GDateTime  *mp_local_date_time           (const GDate   *date,
                                          int            minutes_since_midnight);
gboolean    mp_is_weekend                (const GDate   *date);
int         mp_working_days_between      (const GDate   *from,
                                          const GDate   *to,
                                          GArray        *closed_days);
gboolean    mp_mentorship_is_running     (MpMentorship  *mentorship);
char       *mp_employee_first_name       (MpMentorship  *mentorship);
char       *mp_before_start_problem      (MpMentorship  *mentorship,
                                          const GDate   *day);
char       *mp_after_end_problem         (MpMentorship  *mentorship,
                                          const GDate   *day);
MpMeeting  *mp_meetings_latest_scheduled (GListModel    *meetings,
                                          const GDate   *day,
                                          gboolean       on_day_too);

MpFeedback *mp_feedback_find             (MpStore        *store,
                                          MpMentorship   *mentorship,
                                          MpFeedbackRole  role);
gboolean    mp_feedback_send             (MpStore        *store,
                                          MpMentorship   *mentorship,
                                          MpFeedbackRole  role,
                                          const int       ratings[3],
                                          const char     *comment,
                                          GError        **error);
gboolean    mp_feedback_is_open          (MpMentorship  *mentorship,
                                          const GDate   *today,
                                          GDate         *opens_on);

const char *mp_introduction_name         (MpIntroduction *introduction);
char       *mp_introduction_describe     (MpIntroduction *introduction,
                                          gboolean        with_possible_mentor);
int         mp_introduction_compare      (gconstpointer   a,
                                          gconstpointer   b,
                                          gpointer        user_data);

G_END_DECLS

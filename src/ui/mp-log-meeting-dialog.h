/* mp-log-meeting-dialog.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-model.h"

G_BEGIN_DECLS

/* Informal kinds of contact offered when logging without a scheduled meeting. */
typedef enum
{
  MP_LOG_KIND_MEETING,
  MP_LOG_KIND_DROPPED_BY,
  MP_LOG_KIND_CALL,
  MP_LOG_KIND_EMAIL,
  MP_LOG_KIND_LUNCH,
} MpLogKind;

#define MP_TYPE_LOG_MEETING_DIALOG (mp_log_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MpLogMeetingDialog, mp_log_meeting_dialog, MP, LOG_MEETING_DIALOG, GtkWindow)

MpLogMeetingDialog *mp_log_meeting_dialog_new             (GtkWindow          *parent,
                                                           MpStore            *store,
                                                           MpMentorship       *mentorship,
                                                           MpMeeting          *scheduled,
                                                           const GDate        *today);
MpLogMeetingDialog *mp_log_meeting_dialog_new_at          (GtkWindow          *parent,
                                                           MpStore            *store,
                                                           MpMentorship       *mentorship,
                                                           MpMeeting          *scheduled,
                                                           const GDate        *today,
                                                           GDateTime          *now);
MpMeeting          *mp_log_meeting_dialog_get_scheduled   (MpLogMeetingDialog *self);
gboolean            mp_log_meeting_dialog_set_activity    (MpLogMeetingDialog *self,
                                                           const char         *activity_id,
                                                           gboolean            covered);
void                mp_log_meeting_dialog_set_kind        (MpLogMeetingDialog *self,
                                                           MpLogKind           kind);
const char         *mp_log_meeting_dialog_get_problem     (MpLogMeetingDialog *self);
void                mp_log_meeting_dialog_set_now         (MpLogMeetingDialog *self,
                                                           GDateTime          *now);

G_END_DECLS

/* mp-meeting.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mp-enums.h"
#include "mp-mentorship.h"

G_BEGIN_DECLS

/* A meeting of a pair, scheduled, held or cancelled; or, when "informal" is set, a logged
 * drop-by, call or e-mail. "agenda" and "summary" are shared by mentor and employee; a
 * mentor's private notes are not here: they live in the private database (MpStore API).
 * "duration-minutes" is 0 when unknown.
 */

#define MP_TYPE_MEETING (mp_meeting_get_type ())

G_DECLARE_FINAL_TYPE (MpMeeting, mp_meeting, MP, MEETING, GObject)

MpMeeting       *mp_meeting_new                  (MpMentorship    *mentorship,
                                                  GDateTime       *starts_at);
MpMeeting       *mp_meeting_copy                 (MpMeeting       *self);
const char      *mp_meeting_get_uuid             (MpMeeting       *self);
MpMentorship    *mp_meeting_get_mentorship       (MpMeeting       *self);
void             mp_meeting_set_mentorship       (MpMeeting       *self,
                                                  MpMentorship    *mentorship);
GDateTime       *mp_meeting_get_starts_at        (MpMeeting       *self);
void             mp_meeting_set_starts_at        (MpMeeting       *self,
                                                  GDateTime       *starts_at);
int              mp_meeting_get_duration_minutes (MpMeeting       *self);
void             mp_meeting_set_duration_minutes (MpMeeting       *self,
                                                  int              duration_minutes);
MpMeetingMode    mp_meeting_get_mode             (MpMeeting       *self);
void             mp_meeting_set_mode             (MpMeeting       *self,
                                                  MpMeetingMode    mode);
MpMeetingStatus  mp_meeting_get_status           (MpMeeting       *self);
void             mp_meeting_set_status           (MpMeeting       *self,
                                                  MpMeetingStatus  status);
const char      *mp_meeting_get_place            (MpMeeting       *self);
void             mp_meeting_set_place            (MpMeeting       *self,
                                                  const char      *place);
const char      *mp_meeting_get_agenda           (MpMeeting       *self);
void             mp_meeting_set_agenda           (MpMeeting       *self,
                                                  const char      *agenda);
const char      *mp_meeting_get_summary          (MpMeeting       *self);
void             mp_meeting_set_summary          (MpMeeting       *self,
                                                  const char      *summary);
gboolean         mp_meeting_get_informal         (MpMeeting       *self);
void             mp_meeting_set_informal         (MpMeeting       *self,
                                                  gboolean         informal);

int              mp_meeting_compare_by_start     (gconstpointer    a,
                                                  gconstpointer    b);

const char      *mp_meeting_mode_get_label       (MpMeetingMode    mode);

G_END_DECLS

/* mp-activity-progress.h
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

G_BEGIN_DECLS

/* Where a pair stands on one activity of its program ("activity-id" is the MpActivity's id):
 * done or not and when, at which meeting, and, for activities with an HR follow-up, when
 * HR followed up and HR's own note.
 */

#define MP_TYPE_ACTIVITY_PROGRESS (mp_activity_progress_get_type ())

G_DECLARE_FINAL_TYPE (MpActivityProgress, mp_activity_progress, MP, ACTIVITY_PROGRESS, GObject)

MpActivityProgress *mp_activity_progress_new                   (MpMentorship       *mentorship,
                                                                const char         *activity_id);
MpActivityProgress *mp_activity_progress_copy                  (MpActivityProgress *self);
const char         *mp_activity_progress_get_uuid              (MpActivityProgress *self);
MpMentorship       *mp_activity_progress_get_mentorship        (MpActivityProgress *self);
void                mp_activity_progress_set_mentorship        (MpActivityProgress *self,
                                                                MpMentorship       *mentorship);
const char         *mp_activity_progress_get_activity_id       (MpActivityProgress *self);
void                mp_activity_progress_set_activity_id       (MpActivityProgress *self,
                                                                const char         *activity_id);
MpActivityState     mp_activity_progress_get_state             (MpActivityProgress *self);
void                mp_activity_progress_set_state             (MpActivityProgress *self,
                                                                MpActivityState     state);
const GDate        *mp_activity_progress_get_done_on           (MpActivityProgress *self);
void                mp_activity_progress_set_done_on           (MpActivityProgress *self,
                                                                const GDate        *done_on);
MpMeeting          *mp_activity_progress_get_meeting           (MpActivityProgress *self);
void                mp_activity_progress_set_meeting           (MpActivityProgress *self,
                                                                MpMeeting          *meeting);
const GDate        *mp_activity_progress_get_hr_followed_up_on (MpActivityProgress *self);
void                mp_activity_progress_set_hr_followed_up_on (MpActivityProgress *self,
                                                                const GDate        *hr_followed_up_on);
const char         *mp_activity_progress_get_hr_note           (MpActivityProgress *self);
void                mp_activity_progress_set_hr_note           (MpActivityProgress *self,
                                                                const char         *hr_note);

G_END_DECLS

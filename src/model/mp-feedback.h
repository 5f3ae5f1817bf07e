/* mp-feedback.h
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

/* End-of-program feedback about the program and the meetings, from the employee or the
 * mentor. Ratings are 0 (unanswered) or 1..5 and rate the program, never a person.
 * "comment" is confidential free text; HR sees feedback only aggregated.
 */

#define MP_TYPE_FEEDBACK (mp_feedback_get_type ())

G_DECLARE_FINAL_TYPE (MpFeedback, mp_feedback, MP, FEEDBACK, GObject)

MpFeedback     *mp_feedback_new                   (MpMentorship   *mentorship,
                                                   MpFeedbackRole  role);
MpFeedback     *mp_feedback_copy                  (MpFeedback     *self);
const char     *mp_feedback_get_uuid              (MpFeedback     *self);
MpMentorship   *mp_feedback_get_mentorship        (MpFeedback     *self);
void            mp_feedback_set_mentorship        (MpFeedback     *self,
                                                   MpMentorship   *mentorship);
MpFeedbackRole  mp_feedback_get_role              (MpFeedback     *self);
void            mp_feedback_set_role              (MpFeedback     *self,
                                                   MpFeedbackRole  role);
int             mp_feedback_get_program_rating    (MpFeedback     *self);
void            mp_feedback_set_program_rating    (MpFeedback     *self,
                                                   int             program_rating);
int             mp_feedback_get_meetings_rating   (MpFeedback     *self);
void            mp_feedback_set_meetings_rating   (MpFeedback     *self,
                                                   int             meetings_rating);
int             mp_feedback_get_usefulness_rating (MpFeedback     *self);
void            mp_feedback_set_usefulness_rating (MpFeedback     *self,
                                                   int             usefulness_rating);
const char     *mp_feedback_get_comment           (MpFeedback     *self);
void            mp_feedback_set_comment           (MpFeedback     *self,
                                                   const char     *comment);
GDateTime      *mp_feedback_get_submitted_at      (MpFeedback     *self);
void            mp_feedback_set_submitted_at      (MpFeedback     *self,
                                                   GDateTime      *submitted_at);

G_END_DECLS

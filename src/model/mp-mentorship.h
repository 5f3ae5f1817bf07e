/* mp-mentorship.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mp-enums.h"
#include "mp-person.h"
#include "mp-program.h"

G_BEGIN_DECLS

/* A pairing of a mentor with a new employee, following one program from a start date.
 */

#define MP_TYPE_MENTORSHIP (mp_mentorship_get_type ())

G_DECLARE_FINAL_TYPE (MpMentorship, mp_mentorship, MP, MENTORSHIP, GObject)

MpMentorship       *mp_mentorship_new            (MpPerson           *mentor,
                                                  MpPerson           *employee,
                                                  MpProgram          *program,
                                                  const GDate        *start_date);
MpMentorship       *mp_mentorship_copy           (MpMentorship       *self);
const char         *mp_mentorship_get_uuid       (MpMentorship       *self);
MpPerson           *mp_mentorship_get_mentor     (MpMentorship       *self);
void                mp_mentorship_set_mentor     (MpMentorship       *self,
                                                  MpPerson           *mentor);
MpPerson           *mp_mentorship_get_employee   (MpMentorship       *self);
void                mp_mentorship_set_employee   (MpMentorship       *self,
                                                  MpPerson           *employee);
MpProgram          *mp_mentorship_get_program    (MpMentorship       *self);
void                mp_mentorship_set_program    (MpMentorship       *self,
                                                  MpProgram          *program);
const GDate        *mp_mentorship_get_start_date (MpMentorship       *self);
void                mp_mentorship_set_start_date (MpMentorship       *self,
                                                  const GDate        *start_date);
MpMentorshipStatus  mp_mentorship_get_status     (MpMentorship       *self);
void                mp_mentorship_set_status     (MpMentorship       *self,
                                                  MpMentorshipStatus  status);
const char         *mp_mentorship_get_end_reason (MpMentorship       *self);
void                mp_mentorship_set_end_reason (MpMentorship       *self,
                                                  const char         *end_reason);
const GDate        *mp_mentorship_get_ended_on   (MpMentorship       *self);
void                mp_mentorship_set_ended_on   (MpMentorship       *self,
                                                  const GDate        *ended_on);
const GDate        *mp_mentorship_get_paired_on  (MpMentorship       *self);
void                mp_mentorship_set_paired_on  (MpMentorship       *self,
                                                  const GDate        *paired_on);
gboolean            mp_mentorship_ended_early    (MpMentorship       *self);
gboolean            mp_mentorship_is_called_off  (MpMentorship       *self);
gboolean            mp_mentorship_starts_after   (MpMentorship       *self,
                                                  const GDate        *day);

G_END_DECLS

/* mp-introduction.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mp-mentorship.h"
#include "mp-person.h"

G_BEGIN_DECLS

/* A colleague the mentor introduced the employee to (networking): by name, and the
 * MpPerson when the colleague is in the staff directory; where and on which day; whether
 * the mentor sees in them another possible mentor.
 */

#define MP_TYPE_INTRODUCTION (mp_introduction_get_type ())

G_DECLARE_FINAL_TYPE (MpIntroduction, mp_introduction, MP, INTRODUCTION, GObject)

MpIntroduction *mp_introduction_new                  (MpMentorship   *mentorship,
                                                      const char     *colleague);
MpIntroduction *mp_introduction_copy                 (MpIntroduction *self);
const char     *mp_introduction_get_uuid             (MpIntroduction *self);
MpMentorship   *mp_introduction_get_mentorship       (MpIntroduction *self);
void            mp_introduction_set_mentorship       (MpIntroduction *self,
                                                      MpMentorship   *mentorship);
const char     *mp_introduction_get_colleague        (MpIntroduction *self);
void            mp_introduction_set_colleague        (MpIntroduction *self,
                                                      const char     *colleague);
MpPerson       *mp_introduction_get_colleague_person (MpIntroduction *self);
void            mp_introduction_set_colleague_person (MpIntroduction *self,
                                                      MpPerson       *colleague_person);
const char     *mp_introduction_get_where            (MpIntroduction *self);
void            mp_introduction_set_where            (MpIntroduction *self,
                                                      const char     *where);
const GDate    *mp_introduction_get_on               (MpIntroduction *self);
void            mp_introduction_set_on               (MpIntroduction *self,
                                                      const GDate    *on);
gboolean        mp_introduction_get_possible_mentor  (MpIntroduction *self);
void            mp_introduction_set_possible_mentor  (MpIntroduction *self,
                                                      gboolean        possible_mentor);

G_END_DECLS

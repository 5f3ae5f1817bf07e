/* mp-question.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A typical question a new employee has, with the answer HR keeps and whom to ask.
 */

#define MP_TYPE_QUESTION (mp_question_get_type ())

G_DECLARE_FINAL_TYPE (MpQuestion, mp_question, MP, QUESTION, GObject)

MpQuestion *mp_question_new          (const char *question);
MpQuestion *mp_question_copy         (MpQuestion *self);
const char *mp_question_get_uuid     (MpQuestion *self);
const char *mp_question_get_question (MpQuestion *self);
void        mp_question_set_question (MpQuestion *self,
                                      const char *question);
const char *mp_question_get_answer   (MpQuestion *self);
void        mp_question_set_answer   (MpQuestion *self,
                                      const char *answer);
const char *mp_question_get_ask_whom (MpQuestion *self);
void        mp_question_set_ask_whom (MpQuestion *self,
                                      const char *ask_whom);

G_END_DECLS

/* mp-concern.h
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

/* A concern or request for input the employee raises with the mentor. Confidential:
 * "subject", "text" and "answer" are for the employee and the mentor only and never
 * reach HR-facing surfaces. mp_concern_new() sets "raised-at" to now.
 */

#define MP_TYPE_CONCERN (mp_concern_get_type ())

G_DECLARE_FINAL_TYPE (MpConcern, mp_concern, MP, CONCERN, GObject)

MpConcern       *mp_concern_new             (MpMentorship    *mentorship,
                                             const char      *subject,
                                             const char      *text);
MpConcern       *mp_concern_copy            (MpConcern       *self);
const char      *mp_concern_get_uuid        (MpConcern       *self);
MpMentorship    *mp_concern_get_mentorship  (MpConcern       *self);
void             mp_concern_set_mentorship  (MpConcern       *self,
                                             MpMentorship    *mentorship);
const char      *mp_concern_get_subject     (MpConcern       *self);
void             mp_concern_set_subject     (MpConcern       *self,
                                             const char      *subject);
const char      *mp_concern_get_text        (MpConcern       *self);
void             mp_concern_set_text        (MpConcern       *self,
                                             const char      *text);
GDateTime       *mp_concern_get_raised_at   (MpConcern       *self);
void             mp_concern_set_raised_at   (MpConcern       *self,
                                             GDateTime       *raised_at);
const GDate     *mp_concern_get_needed_by   (MpConcern       *self);
void             mp_concern_set_needed_by   (MpConcern       *self,
                                             const GDate     *needed_by);
MpConcernStatus  mp_concern_get_status      (MpConcern       *self);
void             mp_concern_set_status      (MpConcern       *self,
                                             MpConcernStatus  status);
const char      *mp_concern_get_answer      (MpConcern       *self);
void             mp_concern_set_answer      (MpConcern       *self,
                                             const char      *answer);
GDateTime       *mp_concern_get_answered_at (MpConcern       *self);
gboolean         mp_concern_is_readable     (MpConcern       *self);
void             mp_concern_set_answered_at (MpConcern       *self,
                                             GDateTime       *answered_at);

G_END_DECLS

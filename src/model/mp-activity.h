/* mp-activity.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One item of a program phase ("Shadow a consultant on a site visit"). Immutable once
 * loaded. "id" is the activity's slug, unique within its program; it is NOT the internal
 * row id (that one is _mp_activity_get_id() in mp-model-private.h).
 */

#define MP_TYPE_ACTIVITY (mp_activity_get_type ())

G_DECLARE_FINAL_TYPE (MpActivity, mp_activity, MP, ACTIVITY, GObject)

MpActivity *mp_activity_new              (const char *id,
                                          const char *title,
                                          const char *description,
                                          gboolean    optional,
                                          gboolean    hr_follow_up);
MpActivity *mp_activity_copy             (MpActivity *self);
const char *mp_activity_get_uuid         (MpActivity *self);
const char *mp_activity_get_id           (MpActivity *self);
const char *mp_activity_get_title        (MpActivity *self);
const char *mp_activity_get_description  (MpActivity *self);
gboolean    mp_activity_get_optional     (MpActivity *self);
gboolean    mp_activity_get_hr_follow_up (MpActivity *self);

G_END_DECLS

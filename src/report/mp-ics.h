/* mp-ics.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-meeting.h"
#include "mp-person.h"
#include "mp-store.h"

G_BEGIN_DECLS

char     *mp_ics_build      (GPtrArray   *meetings,
                             GTimeZone   *tz,
                             GError     **error);
gboolean  mp_ics_write_file (GPtrArray   *meetings,
                             GTimeZone   *tz,
                             const char  *path,
                             GError     **error);
char     *mp_ics_uid        (MpMeeting   *meeting);

GPtrArray *mp_ics_collect_upcoming (MpStore    *store,
                                    MpPerson   *mentor,
                                    GDateTime  *now,
                                    GError    **error);

G_END_DECLS

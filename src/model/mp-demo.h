/* mp-demo.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* Demo data for `mentoring --demo`: the pilot program, its departments and typical
 * questions, about a dozen staff and six pairings at every stage relative to a given day:
 * before arrival, week 3, month 2 with an overdue meeting, month 4 on track, finished, and
 * ended early. With meetings held and scheduled, activities, HR follow-ups, private notes,
 * concerns, introductions, agreements and end-of-program feedback.
 *
 * The HR administrator's login is g_get_user_name (), so whoever runs the demo sees the HR
 * overview (and may act as anyone else: the database is marked as a demo). Everything is
 * deterministic given the day (and the current login): the same uuids, names and dates.
 *
 * mp_demo_default_path (): a new file name in a new private temporary folder (NULL when no
 * folder can be made). mp_demo_private_path (): where the private notes of the demo
 * database at @demo_path go (a file of their own in the user's data folder, keyed by the
 * demo's path, never in the demo's folder), so that they stay out of the user's real
 * private database. mp_demo_load_program (): the built-in pilot program template;
 * mp_demo_add_program (): that program, with its departments and typical questions, for a
 * database that has no program (a new one).
 */

#define MP_DEMO_PROGRAM_SLUG "als-mentoring-pilot"

gboolean   mp_demo_populate         (MpStore      *store,
                                     const GDate  *today,
                                     GError      **error);

char      *mp_demo_default_path     (void);
char      *mp_demo_private_path     (const char   *demo_path);

MpProgram *mp_demo_load_program     (GError      **error);
gboolean   mp_demo_add_program      (MpStore      *store,
                                     GError      **error);

G_END_DECLS

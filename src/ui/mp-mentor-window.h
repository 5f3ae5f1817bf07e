/* mp-mentor-window.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_MENTOR_WINDOW (mp_mentor_window_get_type ())

G_DECLARE_FINAL_TYPE (MpMentorWindow, mp_mentor_window, MP, MENTOR_WINDOW, MpWindow)

MpMentorWindow *mp_mentor_window_new (GtkApplication *application,
                                      MpStore        *store);

G_END_DECLS

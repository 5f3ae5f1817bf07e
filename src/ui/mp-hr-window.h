/* mp-hr-window.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_HR_WINDOW (mp_hr_window_get_type ())

G_DECLARE_FINAL_TYPE (MpHrWindow, mp_hr_window, MP, HR_WINDOW, MpWindow)

MpHrWindow *mp_hr_window_new (GtkApplication *application,
                              MpStore        *store);

G_END_DECLS

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

MpHrWindow *mp_hr_window_new                 (GtkApplication *application,
                                              MpStore        *store);

/* For tests and the benchmark: the models behind the pairings table. */
GListModel *mp_hr_window_get_shown_pairings  (MpHrWindow     *self);
GListModel *mp_hr_window_get_follow_ups      (MpHrWindow     *self);
GPtrArray  *mp_hr_window_get_print_pairings  (MpHrWindow     *self);

/* What the window's actions do once a file is chosen (tests call them directly). */
void        mp_hr_window_import_file         (MpHrWindow     *self,
                                              GFile          *file);
void        mp_hr_window_ask_import          (MpHrWindow     *self,
                                              GFile          *file);
void        mp_hr_window_export_file         (MpHrWindow     *self,
                                              GFile          *file);
gboolean    mp_hr_window_export_summaries_pdf (MpHrWindow    *self,
                                               GFile         *file);
gboolean    mp_hr_window_print_to_file       (MpHrWindow     *self,
                                              const char     *path,
                                              GError        **error);

G_END_DECLS

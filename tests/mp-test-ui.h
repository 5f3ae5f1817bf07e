/* mp-test-ui.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean  mp_test_ui_init            (int         *argc,
                                      char      ***argv);
void      mp_test_ui_wait_for_frame  (GtkWidget   *widget);
char     *mp_test_ui_snapshot        (GtkWidget   *widget,
                                      const char  *name);
void      mp_test_ui_iterate         (void);
void      mp_test_ui_assert_no_app_warnings (void);

G_END_DECLS

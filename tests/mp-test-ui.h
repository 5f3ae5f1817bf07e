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
GskRenderNode *mp_test_ui_render_node (GtkWidget   *widget);
void      mp_test_ui_iterate         (void);
GtkWidget *mp_test_ui_find_descendant (GtkWidget  *widget,
                                       GType       type);
void      mp_test_ui_assert_no_app_warnings (void);
gpointer  mp_test_ui_find_toplevel   (GType         type);
const char *mp_test_ui_key_action    (GtkWidget       *window,
                                      guint            keyval,
                                      GdkModifierType  modifiers);
void      mp_test_ui_wait_until      (gboolean    (*ready) (gpointer data),
                                      gpointer      data,
                                      const char   *what);
gboolean  mp_test_ui_print_to_file   (gboolean      replace);
GtkPrintSettings *mp_test_ui_print_to_file_settings (const char *path);

/* The arrows of a GtkCalendar, in GTK 4.8's order of its buttons. */
typedef enum
{
  MP_TEST_UI_PREV_MONTH,
  MP_TEST_UI_NEXT_MONTH,
  MP_TEST_UI_PREV_YEAR,
  MP_TEST_UI_NEXT_YEAR,
} MpTestUiCalendarArrow;

void      mp_test_ui_click_calendar_arrow (GtkCalendar           *calendar,
                                           MpTestUiCalendarArrow  arrow);
gboolean  mp_test_ui_scroll               (GtkWidget             *target,
                                           double                 dx,
                                           double                 dy);

G_END_DECLS

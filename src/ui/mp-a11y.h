/* mp-a11y.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   mp_a11y_init              (void);
void   mp_a11y_fix_widget        (GtkWidget  *widget);
void   mp_a11y_fix_tree          (GtkWidget  *widget);
char  *mp_a11y_strip_mnemonic    (const char *label);
void   mp_a11y_set_label             (GtkButton   *button,
                                      const char  *label);
void   mp_a11y_set_sensitive         (GtkWidget   *widget,
                                      gboolean     sensitive);
void   mp_a11y_calendar_set_purpose  (GtkCalendar *calendar,
                                      const char  *purpose);
void   mp_a11y_calendar_set_day_text (GtkCalendar *calendar,
                                      const char  *text);
void   mp_a11y_calendar_set_day_notes (GtkCalendar *calendar,
                                       const char  *notes);
gboolean mp_a11y_focus_and_say       (GtkWidget   *widget,
                                      const char  *message);
void   mp_a11y_list_row_set_label    (GtkWidget   *child,
                                      const char  *label);
char  *mp_a11y_join_texts            (const char * const *texts,
                                      gsize               n_texts);

G_END_DECLS

/* mp-ui-util.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Small helpers the windows and dialogs share: text fields, calendars, the style sheet,
 * tooltips. */

char     *mp_text_view_dup_text   (GtkTextView *view);
gboolean  mp_text_is_blank        (const char  *text);
void      mp_calendar_select_date (GtkCalendar *calendar,
                                   const GDate *date);

void      mp_style_load           (GdkDisplay  *display);

void        mp_widget_set_tooltip (GtkWidget   *widget,
                                   const char  *text);
const char *mp_widget_get_tooltip (GtkWidget   *widget);

/* A widget's id in a .ui file and its tooltip, untranslated (marked with N_()). */
typedef struct
{
  const char *id;
  const char *tooltip;
} MpTooltip;

void        mp_widget_set_template_tooltips (GtkWidget       *widget,
                                             GType            template_type,
                                             const MpTooltip *tooltips,
                                             gsize            n_tooltips);
void        mp_builder_set_tooltips         (GtkBuilder      *builder,
                                             const MpTooltip *tooltips,
                                             gsize            n_tooltips);

G_END_DECLS

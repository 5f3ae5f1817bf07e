/* mp-filter-list.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MP_TYPE_FILTER_LIST (mp_filter_list_get_type ())

G_DECLARE_FINAL_TYPE (MpFilterList, mp_filter_list, MP, FILTER_LIST, GObject)

MpFilterList *mp_filter_list_new        (GListModel   *model,
                                         GtkFilter    *filter);
GListModel   *mp_filter_list_get_model  (MpFilterList *self);
GtkFilter    *mp_filter_list_get_filter (MpFilterList *self);

G_END_DECLS

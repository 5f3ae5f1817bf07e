/* mp-list-row.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MP_TYPE_LIST_ROW (mp_list_row_get_type ())

G_DECLARE_FINAL_TYPE (MpListRow, mp_list_row, MP, LIST_ROW, GtkBox)

void        mp_list_row_set_accessible_label (MpListRow  *self,
                                              const char *label);
const char *mp_list_row_get_accessible_label (MpListRow  *self);

G_END_DECLS

/* mp-hr-pairing-header.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-filter-list.h"
#include "mp-hr-columns.h"

G_BEGIN_DECLS

/* The pairings table's header: one button per column, which sorts by it (click, Enter,
 * Space) and shows the direction, and the column widths the rows (MpHrPairingRow) draw
 * with, so that rows and header stay in step. */

#define MP_TYPE_HR_PAIRING_HEADER (mp_hr_pairing_header_get_type ())

G_DECLARE_FINAL_TYPE (MpHrPairingHeader, mp_hr_pairing_header, MP, HR_PAIRING_HEADER, GtkWidget)

GtkSorter         *mp_hr_pairing_header_get_sorter      (MpHrPairingHeader *self);
MpSortKeyKind      mp_hr_pairing_header_get_sort_key    (gpointer           item,
                                                         gint64            *key,
                                                         gpointer           user_data);
void               mp_hr_pairing_header_sort_by         (MpHrPairingHeader *self,
                                                         MpHrPairingColumn  column,
                                                         GtkSortType        order);
MpHrPairingColumn  mp_hr_pairing_header_get_sort_column (MpHrPairingHeader *self,
                                                         GtkSortType       *order);
GtkWidget         *mp_hr_pairing_header_get_button      (MpHrPairingHeader *self,
                                                         MpHrPairingColumn  column);
void               mp_hr_pairing_header_set_view        (MpHrPairingHeader *self,
                                                         GtkWidget         *view);

/* For MpHrPairingRow */
void               _mp_hr_pairing_header_get_columns    (MpHrPairingHeader *self,
                                                         int                width,
                                                         int               *x,
                                                         int               *w);
void               _mp_hr_pairing_header_measure_row    (MpHrPairingHeader *self,
                                                         GtkOrientation     orientation,
                                                         int               *minimum,
                                                         int               *natural);
PangoLayout       *_mp_hr_pairing_header_get_layout     (MpHrPairingHeader *self,
                                                         const char        *text,
                                                         gboolean           bold,
                                                         int                width,
                                                         PangoAlignment     alignment);
int                _mp_hr_pairing_header_get_line_height (MpHrPairingHeader *self);

#define MP_HR_PAIRING_CELL_PADDING 4

G_END_DECLS

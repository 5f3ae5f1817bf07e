/* mp-hr-pairing-row.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-hr-columns.h"
#include "mp-hr-pairing-header.h"
#include "mp-pairing.h"

G_BEGIN_DECLS

/* One row of the pairings table: a single widget that draws every column of its pairing
 * (at the widths of the table's MpHrPairingHeader), with tooltips for text cut short and
 * the row's texts as its accessible name. */

#define MP_TYPE_HR_PAIRING_ROW (mp_hr_pairing_row_get_type ())

G_DECLARE_FINAL_TYPE (MpHrPairingRow, mp_hr_pairing_row, MP, HR_PAIRING_ROW, GtkWidget)

GtkWidget          *mp_hr_pairing_row_new            (MpHrPairingHeader *header);
MpPairing          *mp_hr_pairing_row_get_pairing    (MpHrPairingRow    *self);
void                mp_hr_pairing_row_set_pairing    (MpHrPairingRow    *self,
                                                      MpPairing         *pairing);
const char         *mp_hr_pairing_row_get_text       (MpHrPairingRow    *self,
                                                      MpHrPairingColumn  column);
char               *mp_hr_pairing_row_get_tooltip_at (MpHrPairingRow    *self,
                                                      int                x);
GtkListItemFactory *mp_hr_pairing_row_factory_new    (MpHrPairingHeader *header);

/* For tests: what the last snapshot drew (NULL when it drew nothing) */
MpPairing          *_mp_hr_pairing_row_get_drawn     (MpHrPairingRow    *self);
const char         *_mp_hr_pairing_row_get_drawn_text (MpHrPairingRow   *self,
                                                      MpHrPairingColumn  column);
PangoLayout        *_mp_hr_pairing_row_get_drawn_layout (MpHrPairingRow    *self,
                                                        MpHrPairingColumn  column);
void                _mp_hr_pairing_row_redraw_if_blank (MpHrPairingRow  *self);

G_END_DECLS

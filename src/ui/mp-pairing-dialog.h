/* mp-pairing-dialog.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* MpPairingDialog: pairs a new employee (someone on the staff list, or added here) with a
 * mentor from a start date, following a program. Mentors are suggested by current load
 * and department; everyone who may mentor is offered, with their capacity. Emits
 * "created" (MpMentorship *) once the store holds the pairing, then closes. */

#define MP_TYPE_PAIRING_DIALOG (mp_pairing_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MpPairingDialog, mp_pairing_dialog, MP, PAIRING_DIALOG, GtkWindow)

MpPairingDialog *mp_pairing_dialog_new              (GtkWindow       *parent,
                                                     MpStore         *store);
MpPerson        *mp_pairing_dialog_get_mentor       (MpPairingDialog *self);
GListModel      *mp_pairing_dialog_get_suggestions  (MpPairingDialog *self);
gboolean         mp_pairing_dialog_select_employee  (MpPairingDialog *self,
                                                     MpPerson        *employee);
gboolean         mp_pairing_dialog_select_mentor    (MpPairingDialog *self,
                                                     MpPerson        *mentor);

G_END_DECLS

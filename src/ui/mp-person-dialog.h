/* mp-person-dialog.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* MpPersonDialog: adds or edits a member of staff (name, login, e-mail, phone,
 * department, title, may mentor, HR administrator, still working here). Each field says
 * beside it what is wrong (a name is required, the e-mail must look like one, the login
 * must be unused); Save stays insensitive until the form is right. */

#define MP_TYPE_PERSON_DIALOG (mp_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MpPersonDialog, mp_person_dialog, MP, PERSON_DIALOG, GtkWindow)

MpPersonDialog *mp_person_dialog_new (GtkWindow *parent,
                                      MpStore   *store,
                                      MpPerson  *person);

G_END_DECLS

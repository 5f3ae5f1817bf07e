/* mp-application.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_APPLICATION (mp_application_get_type ())

G_DECLARE_FINAL_TYPE (MpApplication, mp_application, MP, APPLICATION, GtkApplication)

MpApplication *mp_application_new       (void);
MpStore       *mp_application_get_store (MpApplication *self);

/* For tests: the keyboard shortcuts window Ctrl+? shows now (not shown yet); made the
 * help overlay of @parent, as Ctrl+? does before showing it. */
GtkWindow     *_mp_application_build_shortcuts_window (MpApplication        *self);
void           _mp_application_set_shortcuts_window   (MpApplication        *self,
                                                       GtkApplicationWindow *parent);

G_END_DECLS

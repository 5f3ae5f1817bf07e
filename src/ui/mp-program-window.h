/* mp-program-window.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-model.h"

G_BEGIN_DECLS

#define MP_TYPE_PROGRAM_WINDOW (mp_program_window_get_type ())

G_DECLARE_FINAL_TYPE (MpProgramWindow, mp_program_window, MP, PROGRAM_WINDOW, GtkWindow)

GtkWindow *mp_program_window_new  (MpProgram *program);
void       mp_program_window_set_program (MpProgramWindow *self,
                                          MpProgram       *program);
void       mp_program_window_set_store (MpProgramWindow *self,
                                        MpStore         *store);
char      *mp_program_window_text (MpProgramWindow *self);

MpProgram *mp_program_window_choose_program (MpStore *store);

G_END_DECLS

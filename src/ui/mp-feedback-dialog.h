/* mp-feedback-dialog.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-model.h"

G_BEGIN_DECLS

#define MP_TYPE_FEEDBACK_DIALOG (mp_feedback_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MpFeedbackDialog, mp_feedback_dialog, MP, FEEDBACK_DIALOG, GtkWindow)

MpFeedbackDialog *mp_feedback_dialog_new (GtkWindow    *parent,
                                          MpStore      *store,
                                          MpMentorship *mentorship);

G_END_DECLS

/* mp-print-operation.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-report-summary.h"

G_BEGIN_DECLS

/* MpPrintOperation: prints an MpReport (progress summaries or the pilot evaluation)
 * through the print dialog, with preview, progress and cancel. begin-print lays the
 * report out once (mp_report_paginate ()); each draw-page draws only its page. A "Print to
 * File" into a database (or a folder, or one that cannot be written) is refused there, before
 * GTK writes anything: the operation ends cancelled, mp_print_operation_get_refusal () says
 * why. The print settings and page setup are restored from, and on success saved to,
 * g_get_user_data_dir ()/APP_ID/print-settings.ini.
 *
 *   g_autoptr(MpPrintOperation) op = mp_print_operation_new (report);
 *   result = gtk_print_operation_run (GTK_PRINT_OPERATION (op),
 *                                     GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
 *                                     GTK_WINDOW (window), &error);
 */

#define MP_TYPE_PRINT_OPERATION (mp_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (MpPrintOperation, mp_print_operation, MP, PRINT_OPERATION, GtkPrintOperation)

MpPrintOperation *mp_print_operation_new               (MpReport         *report);
MpReport         *mp_print_operation_get_report        (MpPrintOperation *self);
void              mp_print_operation_suggest_file_name (MpPrintOperation *self,
                                                        const char       *name);
gboolean          mp_print_operation_get_refusal       (MpPrintOperation  *self,
                                                        GError           **error);
gboolean          mp_print_operation_get_previewed     (MpPrintOperation *self);
char             *mp_print_operation_dup_output_path   (MpPrintOperation *self);
char             *mp_print_operation_get_settings_path (void);

G_END_DECLS

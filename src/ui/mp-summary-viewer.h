/* mp-summary-viewer.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-pairing.h"
#include "mp-report-summary.h"

G_BEGIN_DECLS

/* MpSummaryViewer: a pairing's progress summary on screen, page by page as it prints (an
 * MpReport of its own, drawn on the window), for HR to read without printing. It follows its
 * pairing (read again when it changes, closed when it is deleted). Its Print button and
 * Ctrl+P ask for the printout ("print-requested"), which the HR overview runs. */

#define MP_TYPE_SUMMARY_VIEWER (mp_summary_viewer_get_type ())

G_DECLARE_FINAL_TYPE (MpSummaryViewer, mp_summary_viewer, MP, SUMMARY_VIEWER, GtkWindow)

MpSummaryViewer *mp_summary_viewer_new         (MpStore          *store,
                                                MpPairing        *pairing,
                                                GError          **error);
MpPairing       *mp_summary_viewer_get_pairing (MpSummaryViewer  *self);
MpReport        *mp_summary_viewer_get_report  (MpSummaryViewer  *self);
guint            mp_summary_viewer_get_n_pages (MpSummaryViewer  *self);

G_END_DECLS

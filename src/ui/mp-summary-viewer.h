/* mp-summary-viewer.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-report-summary.h"

G_BEGIN_DECLS

/* MpSummaryViewer: a pairing's progress summary on screen, page by page as it prints (the
 * same MpReport, drawn on the window), for HR to read without printing. Its Print button
 * asks for the printout ("print-requested"), which the HR overview runs as its own. */

#define MP_TYPE_SUMMARY_VIEWER (mp_summary_viewer_get_type ())

G_DECLARE_FINAL_TYPE (MpSummaryViewer, mp_summary_viewer, MP, SUMMARY_VIEWER, GtkWindow)

MpSummaryViewer *mp_summary_viewer_new         (MpReport        *report,
                                                const char      *name);
MpReport        *mp_summary_viewer_get_report  (MpSummaryViewer *self);
guint            mp_summary_viewer_get_n_pages (MpSummaryViewer *self);

G_END_DECLS

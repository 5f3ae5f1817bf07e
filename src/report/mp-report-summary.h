/* mp-report-summary.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "mp-evaluation.h"
#include "mp-store.h"

G_BEGIN_DECLS

/* MpReport: printed progress summaries (one per pairing) or the pilot evaluation, drawn
 * with Pango on any cairo_t: a PDF surface (mp_report_write_pdf ()) or a print page
 * (MpPrintOperation). No GTK.
 *
 * What HR sees and nothing more: names, dates, counts, states, HR's own follow-up
 * notes. Never a private note, a concern, a meeting's agenda or summary, or a feedback
 * comment: the report never reads them.
 *
 * The content is taken from the store when the report is made (later changes do not
 * show). mp_report_paginate () lays everything out once on a PangoContext, measures it
 * and keeps where each page breaks; mp_report_draw_page () then draws one page from those
 * breaks. A summary never spans pages unless it is longer than a page, in which case it
 * starts on a new page and continues on the next ones ("continued" at the top).
 *
 * Coordinates are in points (1/72 inch), origin at the top left of the printable area:
 * each page carries the header and footer of mp-report-page.h, the body in between.
 *
 * Speed (issue 7, summary_pdf_ms): short texts are shaped once and cached, and the
 * glyphs of a page are drawn with one cairo_show_glyphs () per font and colour, without
 * ligatures so that the PDF's text stays searchable. Printing raises glibc's
 * M_TRIM_THRESHOLD once (see tune_allocator () in the .c). */

#define MP_TYPE_REPORT (mp_report_get_type ())

G_DECLARE_FINAL_TYPE (MpReport, mp_report, MP, REPORT, GObject)

/* Called after each page written; @pages_done counts from 1 to @n_pages. */
typedef void (*MpReportProgressFunc) (guint    pages_done,
                                      guint    n_pages,
                                      gpointer user_data);

MpReport   *mp_report_new_summaries          (MpStore              *store,
                                              GPtrArray            *pairings,
                                              GDateTime            *printed_on,
                                              GError              **error);
MpReport   *mp_report_new_evaluation         (MpEvaluation         *evaluation,
                                              GDateTime            *printed_on);

const char *mp_report_get_title              (MpReport             *self);
guint       mp_report_get_n_items            (MpReport             *self);
char       *mp_report_get_item_text          (MpReport             *self,
                                              guint                 item);

guint       mp_report_paginate               (MpReport             *self,
                                              PangoContext         *context,
                                              double                page_width,
                                              double                page_height);
guint       mp_report_get_n_pages            (MpReport             *self);
void        mp_report_draw_page              (MpReport             *self,
                                              cairo_t              *cr,
                                              guint                 page);

double      mp_report_get_body_height        (MpReport             *self);
double      mp_report_get_item_height        (MpReport             *self,
                                              guint                 item);
void        mp_report_get_item_pages         (MpReport             *self,
                                              guint                 item,
                                              guint                *first_page,
                                              guint                *last_page);

PangoContext *mp_report_create_pango_context (void);
void        mp_report_get_default_paper_size (double               *width,
                                              double               *height);

gboolean    mp_report_write_pdf              (MpReport             *self,
                                              const char           *path,
                                              GCancellable         *cancellable,
                                              MpReportProgressFunc  progress,
                                              gpointer              user_data,
                                              GError              **error);

gboolean    mp_report_write_summaries_pdf    (MpStore              *store,
                                              const char           *path,
                                              GError              **error);
GPtrArray  *mp_report_list_pairings          (MpStore              *store);

G_END_DECLS

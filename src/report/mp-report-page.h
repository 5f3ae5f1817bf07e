/* mp-report-page.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Space a page header and footer take, in points. */
#define MP_REPORT_HEADER_HEIGHT 36.0
#define MP_REPORT_FOOTER_HEIGHT 24.0

void mp_report_page_draw_frame (cairo_t     *cr,
                                double       width,
                                double       height,
                                const char  *program_name,
                                GDateTime   *printed_on,
                                guint        page,
                                guint        n_pages);

G_END_DECLS

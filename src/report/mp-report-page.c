/* mp-report-page.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "mp-report-page.h"

static void
draw_text (cairo_t              *cr,
           const char           *text,
           const char           *font,
           double                x,
           double                y,
           double                width,
           PangoAlignment        alignment)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  /* The page is in points: lay text out at 72 dpi, not the screen's 96. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/**
 * mp_report_page_draw_frame:
 * @cr: where to draw, in points, origin at the printable area's top left
 * @width: the printable width
 * @height: the printable height
 * @program_name: the program the summaries belong to
 * @printed_on: when the summaries were printed
 * @page: this page, counted from 1
 * @n_pages: how many pages there are
 *
 * Draws the header (program, printed on) and the footer (page N of M) that every
 * page of progress summaries carries. The body goes between
 * %MP_REPORT_HEADER_HEIGHT and @height - %MP_REPORT_FOOTER_HEIGHT.
 */
void
mp_report_page_draw_frame (cairo_t    *cr,
                           double      width,
                           double      height,
                           const char *program_name,
                           GDateTime  *printed_on,
                           guint       page,
                           guint       n_pages)
{
  g_autofree char *date = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *page_text = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (printed_on != NULL);

  /* Translators: a date as printed on a report page, see g_date_time_format() */
  date = g_date_time_format (printed_on, _("%-d %B %Y"));
  /* Translators: %s is a date */
  printed = g_strdup_printf (_("Printed on %s"), date);
  /* Translators: page numbers at the foot of a printed page */
  page_text = g_strdup_printf (_("Page %u of %u"), page, n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  draw_text (cr, program_name ? program_name : "", "Sans Bold 10", 0, 0, width * 0.65, PANGO_ALIGN_LEFT);
  draw_text (cr, printed, "Sans 9", width * 0.65, 0, width * 0.35, PANGO_ALIGN_RIGHT);

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, MP_REPORT_HEADER_HEIGHT - 12);
  cairo_line_to (cr, width, MP_REPORT_HEADER_HEIGHT - 12);
  cairo_stroke (cr);

  draw_text (cr, page_text, "Sans 9", 0, height - MP_REPORT_FOOTER_HEIGHT + 8, width, PANGO_ALIGN_CENTER);
  cairo_restore (cr);
}

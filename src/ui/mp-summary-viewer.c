/* mp-summary-viewer.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-summary-viewer"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-summary-viewer.h"
#include "mp-ui-util.h"

/* The report is laid out on the paper of the user's locale, with the margins of the exported
 * PDF; each page is drawn as a white sheet at its real size (96 pixels to the inch), one
 * under the other. The sheets scroll with the keyboard (the drawing takes the focus); a
 * screen reader reads the summary's text, which describes the drawing. The report is the
 * window's own: a printout makes another (GTK lays out a report again for its paper). */

#define PAGE_MARGIN_X      42.0  /* points, as the PDF's */
#define PAGE_MARGIN_TOP    36.0
#define PAGE_MARGIN_BOTTOM 30.0
#define PIXELS_PER_POINT   (96.0 / 72.0)
#define GAP                16    /* pixels around and between the sheets */

struct _MpSummaryViewer
{
  GtkWindow       parent_instance;

  GtkDrawingArea *area;

  /* Owned */
  MpStore        *store;
  MpPairing      *pairing;
  MpReport       *report;

  double          paper_width;   /* points */
  double          paper_height;
  guint           n_pages;
};

G_DEFINE_FINAL_TYPE (MpSummaryViewer, mp_summary_viewer, GTK_TYPE_WINDOW)

enum {
  PRINT_REQUESTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  MpSummaryViewer *self = user_data;
  double sheet_width = self->paper_width * PIXELS_PER_POINT;
  double sheet_height = self->paper_height * PIXELS_PER_POINT;
  double x = MAX (GAP, (width - sheet_width) / 2);
  double clip_top, clip_bottom;

  if (self->report == NULL)
    return;

  cairo_clip_extents (cr, NULL, &clip_top, NULL, &clip_bottom);

  for (guint page = 0; page < self->n_pages; page++)
    {
      double y = GAP + page * (sheet_height + GAP);

      /* Only the sheets in view */
      if (y + sheet_height < clip_top || y > clip_bottom)
        continue;

      cairo_save (cr);
      cairo_rectangle (cr, x + 1, y + 2, sheet_width, sheet_height);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
      cairo_fill (cr);
      cairo_rectangle (cr, x, y, sheet_width, sheet_height);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);

      cairo_translate (cr, x, y);
      cairo_scale (cr, PIXELS_PER_POINT, PIXELS_PER_POINT);
      cairo_translate (cr, PAGE_MARGIN_X, PAGE_MARGIN_TOP);
      cairo_set_source_rgb (cr, 0, 0, 0);
      mp_report_draw_page (self->report, cr, page);
      cairo_restore (cr);
    }
}

/* Reads the summary from the store (again), lays it out and says it to screen readers */
static gboolean
load_report (MpSummaryViewer  *self,
             GError          **error)
{
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(MpReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  PangoContext *context;

  g_ptr_array_add (pairings, g_object_ref (self->pairing));
  report = mp_report_new_summaries (self->store, pairings, now, error);
  if (report == NULL)
    return FALSE;
  g_set_object (&self->report, report);

  context = mp_report_create_pango_context ();
  self->n_pages = mp_report_paginate (report, context, self->paper_width - 2 * PAGE_MARGIN_X,
                                      self->paper_height - PAGE_MARGIN_TOP - PAGE_MARGIN_BOTTOM);
  g_object_unref (context);

  gtk_drawing_area_set_content_width (self->area, (int) (self->paper_width * PIXELS_PER_POINT) + 2 * GAP);
  gtk_drawing_area_set_content_height (self->area,
                                       (int) (self->n_pages * (self->paper_height * PIXELS_PER_POINT + GAP)) + GAP);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));

  /* Translators: a window's title; %s is the employee's name */
  title = g_strdup_printf (_("Progress Summary: %s"), mp_pairing_get_employee_name (self->pairing));
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* The drawing is a picture of the printout: a screen reader reads its text */
  text = mp_report_get_n_items (report) > 0 ? mp_report_get_item_text (report, 0) : g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);

  return TRUE;
}

/* Its pairing changed (here or on another computer): read again */
static void
on_mentorship_changed_cb (MpSummaryViewer *self,
                          MpMentorship    *mentorship)
{
  g_autoptr(GError) error = NULL;

  if (mentorship != mp_pairing_get_mentorship (self->pairing))
    return;

  if (!load_report (self, &error))
    {
      g_debug ("Closing the summary: %s", error->message);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

/* Its pairing deleted for good (here or on another computer): nothing left to show */
static void
on_pairings_changed_cb (MpSummaryViewer *self)
{
  MpPairingList *pairings = mp_pairing_list_get_for_store (self->store);

  if (mp_pairing_list_lookup (pairings, mp_pairing_get_mentorship (self->pairing)) != self->pairing)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* "viewer.print" (the Print button, Ctrl+P) */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals [PRINT_REQUESTED], 0);
}

static void
mp_summary_viewer_dispose (GObject *object)
{
  MpSummaryViewer *self = (MpSummaryViewer *)object;

  g_clear_object (&self->report);
  g_clear_object (&self->pairing);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mp_summary_viewer_parent_class)->dispose (object);
}

static void
mp_summary_viewer_class_init (MpSummaryViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_summary_viewer_dispose;
  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);

  /**
   * MpSummaryViewer::print-requested:
   *
   * The Print button (or Ctrl+P) was pressed: print the pairing's summary.
   */
  signals [PRINT_REQUESTED] =
    g_signal_new ("print-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "viewer.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "viewer.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
mp_summary_viewer_init (MpSummaryViewer *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 880, 820);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "viewer.print");
  mp_widget_set_tooltip (print, _("Print this summary (Ctrl+P)"));
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), print);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_widget_set_focusable (GTK_WIDGET (self->area), TRUE);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->area));
  gtk_window_set_child (GTK_WINDOW (self), scrolled);
}

/**
 * mp_summary_viewer_new:
 * @pairing: the pairing whose summary to show
 *
 * Returns: (transfer full) (nullable): a window showing @pairing's progress summary, or
 *   %NULL with @error when its history cannot be read
 */
MpSummaryViewer *
mp_summary_viewer_new (MpStore    *store,
                       MpPairing  *pairing,
                       GError    **error)
{
  MpSummaryViewer *self;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_PAIRING (pairing), NULL);

  /* (a window: GTK keeps it until it is destroyed) */
  self = g_object_new (MP_TYPE_SUMMARY_VIEWER, NULL);
  self->store = g_object_ref (store);
  self->pairing = g_object_ref (pairing);
  mp_report_get_default_paper_size (&self->paper_width, &self->paper_height);

  if (!load_report (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  g_signal_connect_object (store, "mentorship-changed", G_CALLBACK (on_mentorship_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (mp_pairing_list_get_for_store (store), "items-changed", G_CALLBACK (on_pairings_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

MpPairing *
mp_summary_viewer_get_pairing (MpSummaryViewer *self)
{
  g_return_val_if_fail (MP_IS_SUMMARY_VIEWER (self), NULL);

  return self->pairing;
}

MpReport *
mp_summary_viewer_get_report (MpSummaryViewer *self)
{
  g_return_val_if_fail (MP_IS_SUMMARY_VIEWER (self), NULL);

  return self->report;
}

guint
mp_summary_viewer_get_n_pages (MpSummaryViewer *self)
{
  g_return_val_if_fail (MP_IS_SUMMARY_VIEWER (self), 0);

  return self->n_pages;
}

/* mp-hr-pairing-row.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-hr-pairing-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-hr-pairing-row.h"

/* A row of the pairings table, drawn rather than made of a widget per cell.
 *
 * A GtkListView keeps some 200 rows alive whatever is on screen (the HR overview shows them
 * in a one-column GtkGridView, which keeps a few screens), and rebinds them all when
 * the filter changes: a row must cost little to keep and to bind. Binding stores the
 * pairing, connects one handler to it and makes the row's texts (the accessible name needs
 * them); the PangoLayouts are made and shaped only when the row is drawn, and a row draws
 * only while it is inside the list's visible area (MpHrPairingHeader has it draw again
 * when the list scrolls or grows). The row is as high as a line of the font plus padding,
 * measured from the font's metrics, never by laying out text. */

#define ROW_PADDING_Y 8

struct _MpHrPairingRow
{
  GtkWidget          parent_instance;

  /* Owned */
  MpHrPairingHeader *header;
  MpPairing         *pairing;
  char              *texts[MP_HR_N_PAIRING_COLUMNS];
  PangoLayout       *layouts[MP_HR_N_PAIRING_COLUMNS];

  gulong             notify_handler;
  guint              layouts_serial;      /* of the header's context when they were made */
  guint              texts_valid : 1;
  guint              layouts_valid : 1;
  guint              blank : 1;           /* the last snapshot drew nothing: off screen */
  guint              item_labelled : 1;
  guint              name_stale : 1;      /* the accessible name is not yet the pairing's */
  guint              overdue : 1;
  guint              due_soon : 1;
  guint              no_contact : 1;

  /* For tests: what the last snapshot drew */
  MpPairing         *drawn;               /* weak: compared, never dereferenced */
};

G_DEFINE_FINAL_TYPE (MpHrPairingRow, mp_hr_pairing_row, GTK_TYPE_WIDGET)

/* ---- Helpers ----------------------------------------------------------------------- */

static void
clear_texts (MpHrPairingRow *self)
{
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    g_clear_pointer (&self->texts[i], g_free);
  self->texts_valid = FALSE;
  self->layouts_valid = FALSE;
}

static void
ensure_texts (MpHrPairingRow *self)
{
  if (self->texts_valid || self->pairing == NULL)
    return;

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      g_free (self->texts[i]);
      self->texts[i] = mp_hr_pairing_column_text (self->pairing, i);
      if (self->texts[i] == NULL)
        self->texts[i] = g_strdup ("");
    }
  self->texts_valid = TRUE;
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* The row's texts, as a screen reader reads the row: "Liam O'Brien, Circulation, Helen
 * Okafor, Start: 3 Mar 2026, …". */
static void
update_accessible_name (MpHrPairingRow *self)
{
  GString *name;

  ensure_texts (self);
  name = g_string_sized_new (160);
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      const char *text = self->texts[i];

      if (text == NULL || *text == '\0')
        continue;
      if (name->len > 0)
        /* Translators: between the columns of a pairing, as a screen reader reads its row */
        g_string_append (name, mp_hr_translate_once (N_(", ")));
      if (i <= MP_HR_PAIRING_MENTOR)
        g_string_append (name, text);
      else
        /* Translators: a column's title and what it shows, as a screen reader reads a row:
         * "Meetings: 2 / 3" */
        g_string_append_printf (name, mp_hr_translate_once (N_("%s: %s")),
                                mp_hr_translate_once (mp_hr_pairing_column_get_info (i)->title), text);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
  g_string_free (name, TRUE);
}

static void name_later (MpHrPairingRow *self);

static void
ensure_accessible_name (MpHrPairingRow *self)
{
  if (!self->name_stale)
    return;

  self->name_stale = FALSE;
  if (self->pairing != NULL)
    update_accessible_name (self);
}

/* The pairing or something it shows changed: styles now, the texts when drawn, the
 * accessible name when drawn or, off screen, soon after (name_later ()). */
static void
refresh (MpHrPairingRow *self)
{
  MpScheduleState state;
  gboolean finished;

  clear_texts (self);

  if (self->pairing == NULL)
    {
      self->name_stale = FALSE;
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  state = mp_pairing_get_state (self->pairing);
  finished = state == MP_SCHEDULE_STATE_COMPLETED || state == MP_SCHEDULE_STATE_ENDED;
  /* A first contact late before arrival stands out as an overdue meeting does. */
  self->overdue = state == MP_SCHEDULE_STATE_OVERDUE || mp_pairing_get_first_contact_late (self->pairing);
  /* An unfinished program waits for HR's word, as a meeting soon due waits for the mentor */
  self->due_soon = state == MP_SCHEDULE_STATE_DUE_SOON || state == MP_SCHEDULE_STATE_UNFINISHED;
  self->no_contact = mp_pairing_get_no_contact_alert (self->pairing);

  /* The whole row stands out in theme colours (style.css). */
  set_class (GTK_WIDGET (self), "mp-pairing-overdue", self->overdue);
  set_class (GTK_WIDGET (self), "mp-pairing-no-contact", self->no_contact && !self->overdue);
  set_class (GTK_WIDGET (self), "dim-label", finished);

  if (!self->name_stale)
    {
      self->name_stale = TRUE;
      name_later (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Rows bound off screen are named in one idle, after the frame: a keystroke in the
 * search rebinds some 200 rows, of which a screen shows 20. */
static GPtrArray *unnamed_rows;
static guint name_idle;

static gboolean
name_rows_cb (gpointer user_data)
{
  g_autoptr(GPtrArray) rows = g_steal_pointer (&unnamed_rows);

  name_idle = 0;
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    ensure_accessible_name (g_ptr_array_index (rows, i));

  return G_SOURCE_REMOVE;
}

static void
name_later (MpHrPairingRow *self)
{
  if (unnamed_rows == NULL)
    unnamed_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (unnamed_rows, g_object_ref (self));
  if (name_idle == 0)
    name_idle = g_idle_add_full (G_PRIORITY_LOW, name_rows_cb, NULL, NULL);
}

static gboolean
is_on_screen (MpHrPairingRow *self)
{
  /* The list or grid view holding the row: both scroll themselves. */
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLABLE);
  graphene_rect_t bounds;

  if (view == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self), view, &bounds))
    return TRUE;

  return bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < gtk_widget_get_height (view);
}

/* The layout of @column, with its text, at @width pixels (ellipsized to it): the header's,
 * shared with the rows that show the same. */
static PangoLayout *
ensure_layout (MpHrPairingRow    *self,
               MpHrPairingColumn  column,
               int                width)
{
  const MpHrPairingColumnInfo *info = mp_hr_pairing_column_get_info (column);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  PangoAlignment alignment = info->xalign == 0.5f ? PANGO_ALIGN_CENTER : rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  gboolean bold = (column == MP_HR_PAIRING_STATE && self->due_soon) ||
                  (column == MP_HR_PAIRING_LAST_CONTACT && self->no_contact);
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self->header)));

  ensure_texts (self);

  /* Other texts, or another font */
  if (!self->layouts_valid || serial != self->layouts_serial)
    {
      for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
        g_clear_object (&self->layouts[i]);
      self->layouts_valid = TRUE;
      self->layouts_serial = serial;
    }

  /* The header's layouts never change: another width or alignment is another layout. */
  if (self->layouts[column] == NULL || pango_layout_get_width (self->layouts[column]) != MAX (width, 1) * PANGO_SCALE ||
      pango_layout_get_alignment (self->layouts[column]) != alignment)
    g_set_object (&self->layouts[column],
                  _mp_hr_pairing_header_get_layout (self->header, self->texts[column], bold, width, alignment));

  return self->layouts[column];
}

static int
column_at (MpHrPairingRow *self,
           int             x,
           int            *width)
{
  int xs[MP_HR_N_PAIRING_COLUMNS], ws[MP_HR_N_PAIRING_COLUMNS];

  _mp_hr_pairing_header_get_columns (self->header, gtk_widget_get_width (GTK_WIDGET (self)), xs, ws);
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      if (x >= xs[i] && x < xs[i] + ws[i])
        {
          *width = MAX (0, ws[i] - 2 * MP_HR_PAIRING_CELL_PADDING);
          return i;
        }
    }

  return -1;
}

/* ---- Callbacks --------------------------------------------------------------------- */

static void
on_pairing_notify_cb (MpPairing      *pairing,
                      GParamSpec     *pspec,
                      MpHrPairingRow *self)
{
  /* A change of progress ends with "summary"; names change on their own. */
  if (g_str_equal (pspec->name, "summary") || g_str_equal (pspec->name, "employee-name") ||
      g_str_equal (pspec->name, "mentor-name") || g_str_equal (pspec->name, "department-name") ||
      g_str_equal (pspec->name, "state-label") || g_str_equal (pspec->name, "phase-title"))
    refresh (self);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     MpHrPairingHeader        *header)
{
  gtk_list_item_set_child (list_item, mp_hr_pairing_row_new (header));
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    MpHrPairingHeader        *header)
{
  MpHrPairingRow *self = MP_HR_PAIRING_ROW (gtk_list_item_get_child (list_item));
  GtkWidget *item_widget = gtk_widget_get_parent (GTK_WIDGET (self));

  mp_hr_pairing_row_set_pairing (self, gtk_list_item_get_item (list_item));

  /* The list item, which takes the focus, is named by the row. */
  if (!self->item_labelled && item_widget != NULL)
    {
      gtk_accessible_update_relation (GTK_ACCESSIBLE (item_widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      self, NULL, -1);
      self->item_labelled = TRUE;
    }
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      MpHrPairingHeader        *header)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  if (MP_IS_HR_PAIRING_ROW (row))
    mp_hr_pairing_row_set_pairing (MP_HR_PAIRING_ROW (row), NULL);
}

/* ---- Vfuncs ------------------------------------------------------------------------ */

static void
mp_hr_pairing_row_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  MpHrPairingRow *self = (MpHrPairingRow *)widget;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    _mp_hr_pairing_header_measure_row (self->header, orientation, minimum, natural);
  else
    *minimum = *natural = _mp_hr_pairing_header_get_line_height (self->header) + 2 * ROW_PADDING_Y;
}

/* Whether the list's item holding this row is selected */
static gboolean
is_selected (MpHrPairingRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  return ((gtk_widget_get_state_flags (GTK_WIDGET (self)) |
           (parent != NULL ? gtk_widget_get_state_flags (parent) : 0)) & GTK_STATE_FLAG_SELECTED) != 0;
}

static void
mp_hr_pairing_row_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  MpHrPairingRow *self = (MpHrPairingRow *)widget;
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  int xs[MP_HR_N_PAIRING_COLUMNS], ws[MP_HR_N_PAIRING_COLUMNS];
  int height = gtk_widget_get_height (widget);
  int line_height;
  GdkRGBA color, error, state_color;

  self->drawn = NULL;
  if (self->pairing == NULL)
    return;

  /* Off screen (one of the rows the list keeps around): nothing to draw, yet. */
  self->blank = !is_on_screen (self);
  if (self->blank)
    return;

  /* Named before anyone can see it. */
  ensure_accessible_name (self);

  gtk_style_context_get_color (style, &color);
  state_color = color;
  /* Red on the selection's blue is hard to read: a selected row is in its plain colour */
  if (self->overdue && !is_selected (self) && gtk_style_context_lookup_color (style, "error_color", &error))
    {
      /* As mix(@error_color, @theme_fg_color, 0.45) */
      state_color.red = error.red * 0.55f + color.red * 0.45f;
      state_color.green = error.green * 0.55f + color.green * 0.45f;
      state_color.blue = error.blue * 0.55f + color.blue * 0.45f;
      state_color.alpha = error.alpha * 0.55f + color.alpha * 0.45f;
    }

  line_height = _mp_hr_pairing_header_get_line_height (self->header);
  _mp_hr_pairing_header_get_columns (self->header, gtk_widget_get_width (widget), xs, ws);

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      int width = ws[i] - 2 * MP_HR_PAIRING_CELL_PADDING;
      PangoLayout *layout;

      if (width <= 0)
        continue;

      layout = ensure_layout (self, i, width);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (xs[i] + MP_HR_PAIRING_CELL_PADDING,
                                                              (height - line_height) / 2));
      gtk_snapshot_append_layout (snapshot, layout, i == MP_HR_PAIRING_STATE ? &state_color : &color);
      gtk_snapshot_restore (snapshot);
    }

  self->drawn = self->pairing;
}

static gboolean
mp_hr_pairing_row_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_mode,
                                 GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;

  text = mp_hr_pairing_row_get_tooltip_at (MP_HR_PAIRING_ROW (widget), x);
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
mp_hr_pairing_row_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
mp_hr_pairing_row_dispose (GObject *object)
{
  MpHrPairingRow *self = (MpHrPairingRow *)object;

  if (self->pairing != NULL)
    {
      g_clear_signal_handler (&self->notify_handler, self->pairing);
      g_clear_object (&self->pairing);
    }
  clear_texts (self);
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    g_clear_object (&self->layouts[i]);
  g_clear_object (&self->header);

  G_OBJECT_CLASS (mp_hr_pairing_row_parent_class)->dispose (object);
}

static void
mp_hr_pairing_row_class_init (MpHrPairingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_hr_pairing_row_dispose;

  widget_class->measure = mp_hr_pairing_row_measure;
  widget_class->snapshot = mp_hr_pairing_row_snapshot;
  widget_class->query_tooltip = mp_hr_pairing_row_query_tooltip;
  widget_class->direction_changed = mp_hr_pairing_row_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "pairingrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ROW);
}

static void
mp_hr_pairing_row_init (MpHrPairingRow *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

/* ---- Public API -------------------------------------------------------------------- */

GtkWidget *
mp_hr_pairing_row_new (MpHrPairingHeader *header)
{
  MpHrPairingRow *self;

  g_return_val_if_fail (MP_IS_HR_PAIRING_HEADER (header), NULL);

  self = g_object_new (MP_TYPE_HR_PAIRING_ROW, NULL);
  self->header = g_object_ref (header);

  return GTK_WIDGET (self);
}

/**
 * mp_hr_pairing_row_get_pairing:
 *
 * Returns: (transfer none) (nullable): the pairing the row shows
 */
MpPairing *
mp_hr_pairing_row_get_pairing (MpHrPairingRow *self)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_ROW (self), NULL);

  return self->pairing;
}

/**
 * mp_hr_pairing_row_set_pairing:
 *
 * Shows @pairing in the row (a bind: cheap), and follows its changes.
 */
void
mp_hr_pairing_row_set_pairing (MpHrPairingRow *self,
                               MpPairing      *pairing)
{
  g_return_if_fail (MP_IS_HR_PAIRING_ROW (self));
  g_return_if_fail (pairing == NULL || MP_IS_PAIRING (pairing));

  if (self->pairing == pairing)
    return;

  if (self->pairing != NULL)
    {
      g_clear_signal_handler (&self->notify_handler, self->pairing);
      g_clear_object (&self->pairing);
    }
  if (pairing != NULL)
    {
      self->pairing = g_object_ref (pairing);
      self->notify_handler = g_signal_connect (pairing, "notify", G_CALLBACK (on_pairing_notify_cb), self);
    }

  refresh (self);
}

/**
 * mp_hr_pairing_row_get_text:
 *
 * Returns: (nullable): the whole text of @column in the row (which may show it cut short)
 */
const char *
mp_hr_pairing_row_get_text (MpHrPairingRow    *self,
                            MpHrPairingColumn  column)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_ROW (self), NULL);
  g_return_val_if_fail (column < MP_HR_N_PAIRING_COLUMNS, NULL);

  ensure_texts (self);

  return self->texts[column];
}

/**
 * mp_hr_pairing_row_get_tooltip_at:
 *
 * Returns: (transfer full) (nullable): the tooltip at @x in the row: the whole text of a
 *   cell cut short, the next meeting's time, the phase's whole title
 */
char *
mp_hr_pairing_row_get_tooltip_at (MpHrPairingRow *self,
                                  int             x)
{
  PangoLayout *layout;
  char *extra;
  int column, width = 0;

  g_return_val_if_fail (MP_IS_HR_PAIRING_ROW (self), NULL);

  if (self->pairing == NULL)
    return NULL;

  column = column_at (self, x, &width);
  if (column < 0)
    return NULL;

  extra = mp_hr_pairing_column_tooltip (self->pairing, column);
  if (extra != NULL)
    return extra;

  layout = ensure_layout (self, column, MAX (width, 1));
  if (pango_layout_is_ellipsized (layout))
    return g_strdup (self->texts[column]);

  return NULL;
}

/**
 * mp_hr_pairing_row_factory_new:
 *
 * Returns: (transfer full): a factory of rows for a list or grid view of MpPairing, drawn at
 *   the widths of @header
 */
GtkListItemFactory *
mp_hr_pairing_row_factory_new (MpHrPairingHeader *header)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (MP_IS_HR_PAIRING_HEADER (header), NULL);

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), header, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), header, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), header, 0);

  return factory;
}

MpPairing *
_mp_hr_pairing_row_get_drawn (MpHrPairingRow *self)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_ROW (self), NULL);

  return self->drawn;
}

const char *
_mp_hr_pairing_row_get_drawn_text (MpHrPairingRow    *self,
                                   MpHrPairingColumn  column)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_ROW (self), NULL);
  g_return_val_if_fail (column < MP_HR_N_PAIRING_COLUMNS, NULL);

  if (self->drawn == NULL || self->layouts[column] == NULL)
    return NULL;

  return pango_layout_get_text (self->layouts[column]);
}

/* For tests: the layout the last snapshot drew @column with (shared with other rows) */
PangoLayout *
_mp_hr_pairing_row_get_drawn_layout (MpHrPairingRow    *self,
                                     MpHrPairingColumn  column)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_ROW (self), NULL);
  g_return_val_if_fail (column < MP_HR_N_PAIRING_COLUMNS, NULL);

  return self->drawn != NULL ? self->layouts[column] : NULL;
}

void
_mp_hr_pairing_row_redraw_if_blank (MpHrPairingRow *self)
{
  if (self->blank && self->pairing != NULL)
    {
      self->blank = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

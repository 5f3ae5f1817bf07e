/* mp-hr-pairing-header.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-hr-pairing-header"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-hr-pairing-header.h"
#include "mp-hr-pairing-row.h"
#include "mp-ui-util.h"

/* The header of the pairings table and its sorter.
 *
 * Each column is as wide as the larger of its button and its text's width in characters
 * (as GtkInscription measures cells: no text is laid out to size a row); room left over
 * goes to the columns that expand. The rows ask the header for the same widths, for their
 * own width, so header and rows line up without a widget per cell.
 *
 * The sorter compares the pairings' C fields (mp_hr_pairing_column_compare ()), never
 * through GtkExpressions. As GtkColumnView's, the last column chosen sorts first and the
 * ones chosen before it break ties. */

/* ---- Sorter ------------------------------------------------------------------------ */

#define MP_TYPE_HR_PAIRING_SORTER (mp_hr_pairing_sorter_get_type ())

G_DECLARE_FINAL_TYPE (MpHrPairingSorter, mp_hr_pairing_sorter, MP, HR_PAIRING_SORTER, GtkSorter)

typedef struct
{
  MpHrPairingColumn column;
  GtkSortType       order;
} SortKey;

struct _MpHrPairingSorter
{
  GtkSorter parent_instance;

  SortKey   keys[MP_HR_N_PAIRING_COLUMNS];  /* the one sorting first at 0 */
  guint     n_keys;
};

G_DEFINE_FINAL_TYPE (MpHrPairingSorter, mp_hr_pairing_sorter, GTK_TYPE_SORTER)

static GtkOrdering
mp_hr_pairing_sorter_compare (GtkSorter *sorter,
                              gpointer   item1,
                              gpointer   item2)
{
  MpHrPairingSorter *self = (MpHrPairingSorter *)sorter;

  for (guint i = 0; i < self->n_keys; i++)
    {
      int result = mp_hr_pairing_column_compare (item1, item2, self->keys[i].column);

      if (result != 0)
        {
          if (self->keys[i].order == GTK_SORT_DESCENDING)
            result = -result;
          return result < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
        }
    }

  return GTK_ORDERING_EQUAL;
}

static GtkSorterOrder
mp_hr_pairing_sorter_get_order (GtkSorter *sorter)
{
  MpHrPairingSorter *self = (MpHrPairingSorter *)sorter;

  return self->n_keys > 0 ? GTK_SORTER_ORDER_PARTIAL : GTK_SORTER_ORDER_NONE;
}

static void
mp_hr_pairing_sorter_class_init (MpHrPairingSorterClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  sorter_class->compare = mp_hr_pairing_sorter_compare;
  sorter_class->get_order = mp_hr_pairing_sorter_get_order;
}

static void
mp_hr_pairing_sorter_init (MpHrPairingSorter *self)
{
}

static void
mp_hr_pairing_sorter_sort_by (MpHrPairingSorter *self,
                              MpHrPairingColumn  column,
                              GtkSortType        order)
{
  guint i;

  if (self->n_keys > 0 && self->keys[0].column == column && self->keys[0].order == order)
    return;

  for (i = 0; i < self->n_keys && self->keys[i].column != column; i++)
    ;
  if (i == self->n_keys)
    self->n_keys++;
  memmove (&self->keys[1], &self->keys[0], i * sizeof (SortKey));
  self->keys[0] = (SortKey) { column, order };

  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

/* The key of the column sorting first (negated when descending): the whole order when it
 * is the only column chosen. */
static MpSortKeyKind
mp_hr_pairing_sorter_get_key (MpHrPairingSorter *self,
                              MpPairing         *pairing,
                              gint64            *key)
{
  if (self->n_keys == 0 || !mp_hr_pairing_column_get_key (pairing, self->keys[0].column, key))
    return MP_SORT_KEY_NONE;

  if (self->keys[0].order == GTK_SORT_DESCENDING)
    *key = -*key;

  return self->n_keys == 1 ? MP_SORT_KEY_ALL : MP_SORT_KEY_FIRST;
}

/* ---- Header ------------------------------------------------------------------------ */

struct _MpHrPairingHeader
{
  GtkWidget          parent_instance;

  /* Owned */
  MpHrPairingSorter *sorter;

  /* Borrowed */
  GtkWidget         *buttons[MP_HR_N_PAIRING_COLUMNS];
  GtkWidget         *arrows[MP_HR_N_PAIRING_COLUMNS];
  GtkWidget         *view;           /* weak; a GtkListView or GtkGridView */
  GtkAdjustment     *vadjustment;    /* weak */

  /* From the last horizontal measure */
  int                state_width;  /* state_width () */
  guint              state_width_serial;
  int                col_min[MP_HR_N_PAIRING_COLUMNS];
  int                col_nat[MP_HR_N_PAIRING_COLUMNS];
  int                last_width;

  /* The rows' line height, for the context's serial */
  int                line_height;
  guint              line_height_serial;

  /* The rows' shaped cells, shared: a column repeats its texts ("Months 3–6", "1 / 9") */
  GHashTable        *layouts;  /* key (text, weight, width, alignment) → PangoLayout */
  guint              layouts_serial;
};

G_DEFINE_FINAL_TYPE (MpHrPairingHeader, mp_hr_pairing_header, GTK_TYPE_WIDGET)

static int
char_width (MpHrPairingHeader *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                   pango_font_metrics_get_approximate_digit_width (metrics));

  pango_font_metrics_unref (metrics);

  return PANGO_PIXELS_CEIL (width);
}

static void
update_arrows (MpHrPairingHeader *self)
{
  GtkSortType order = GTK_SORT_ASCENDING;
  MpHrPairingColumn sorted = mp_hr_pairing_header_get_sort_column (self, &order);

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      gboolean shown = i == sorted;
      GtkAccessibleSort sort = !shown ? GTK_ACCESSIBLE_SORT_NONE
                             : order == GTK_SORT_ASCENDING ? GTK_ACCESSIBLE_SORT_ASCENDING
                             : GTK_ACCESSIBLE_SORT_DESCENDING;
      const char *title = _(mp_hr_pairing_column_get_info (i)->title);
      g_autofree char *description = NULL;

      gtk_widget_set_visible (self->arrows[i], shown);
      if (shown)
        gtk_image_set_from_icon_name (GTK_IMAGE (self->arrows[i]),
                                      order == GTK_SORT_ASCENDING ? "pan-up-symbolic" : "pan-down-symbolic");

      if (!shown)
        /* Translators: the tooltip of a column's header button */
        description = g_strdup_printf (_("Sort by %s"), title);
      else if (order == GTK_SORT_ASCENDING)
        /* Translators: the tooltip of the header button of the column the table is sorted by */
        description = g_strdup_printf (_("Sorted by %s, ascending; press to sort descending"), title);
      else
        description = g_strdup_printf (_("Sorted by %s, descending; press to sort ascending"), title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]), GTK_ACCESSIBLE_PROPERTY_SORT, sort, -1);
      mp_widget_set_tooltip (self->buttons[i], description);  /* the accessible description too */
    }
}

static void
on_button_clicked_cb (GtkButton         *button,
                      MpHrPairingHeader *self)
{
  MpHrPairingColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "mp-column"));
  GtkSortType order = GTK_SORT_ASCENDING;

  /* Again on the column sorted by: the other way round. */
  if (mp_hr_pairing_header_get_sort_column (self, &order) == column && order == GTK_SORT_ASCENDING)
    order = GTK_SORT_DESCENDING;
  else
    order = GTK_SORT_ASCENDING;

  mp_hr_pairing_header_sort_by (self, column, order);
}

/* Rows that were off screen when last drawn drew nothing: now that the view scrolled or
 * grew they may be on screen. They look again at their next frame, once placed. */
static void
on_vadjustment_changed_cb (GtkAdjustment     *adjustment,
                           MpHrPairingHeader *self)
{
  if (self->view == NULL)
    return;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (MP_IS_HR_PAIRING_ROW (row))
        _mp_hr_pairing_row_redraw_if_blank (MP_HR_PAIRING_ROW (row));
    }
}

static void
redraw_rows (MpHrPairingHeader *self)
{
  if (self->view == NULL)
    return;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (row != NULL)
        gtk_widget_queue_draw (row);
    }
}

static void
unwatch_vadjustment (MpHrPairingHeader *self)
{
  if (self->vadjustment != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->vadjustment, on_vadjustment_changed_cb, self);
      g_clear_weak_pointer (&self->vadjustment);
    }
}

static void
on_view_vadjustment_notify_cb (GtkWidget         *view,
                               GParamSpec        *pspec,
                               MpHrPairingHeader *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  if (adjustment == self->vadjustment)
    return;

  unwatch_vadjustment (self);
  if (adjustment != NULL)
    {
      g_set_weak_pointer (&self->vadjustment, adjustment);
      g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_vadjustment_changed_cb), self);
      g_signal_connect (adjustment, "changed", G_CALLBACK (on_vadjustment_changed_cb), self);
    }
}

/* Where each column goes in @width: at least its minimum, up to its natural width as
 * room allows, then what is left to the expanding ones. Mirrored right to left. */
static void
layout_columns (MpHrPairingHeader *self,
                int                width,
                int               *x,
                int               *w)
{
  GtkRequestedSize sizes[MP_HR_N_PAIRING_COLUMNS];
  int sum_min = 0, sum_nat = 0, n_expand = 0, extra, position = 0;

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      sum_min += self->col_min[i];
      sum_nat += self->col_nat[i];
      n_expand += mp_hr_pairing_column_get_info (i)->expand ? 1 : 0;
      sizes[i] = (GtkRequestedSize) { NULL, self->col_min[i], self->col_nat[i] };
      w[i] = self->col_min[i];
    }

  extra = MAX (0, width - sum_min);
  if (extra > 0)
    extra = gtk_distribute_natural_allocation (extra, MP_HR_N_PAIRING_COLUMNS, sizes);
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    w[i] = sizes[i].minimum_size;

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS && n_expand > 0 && extra > 0; i++)
    {
      if (mp_hr_pairing_column_get_info (i)->expand)
        {
          int share = extra / n_expand;

          w[i] += share;
          extra -= share;
          n_expand--;
        }
    }

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      x[i] = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? width - position - w[i] : position;
      position += w[i];
    }
}

/* The width of the longest state label, in pixels, measured again when the font changes:
 * in bold, as the rows draw the states that wait for someone (mp-hr-pairing-row.c) */
static int
state_width (MpHrPairingHeader *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  guint serial = pango_context_get_serial (context);

  if (self->state_width == 0 || serial != self->state_width_serial)
    {
      const char * const *labels = mp_pairing_get_state_label_samples ();
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
      self->state_width = 1;
      for (guint i = 0; labels[i] != NULL; i++)
        {
          int width;

          pango_layout_set_text (layout, labels[i], -1);
          pango_layout_get_pixel_size (layout, &width, NULL);
          self->state_width = MAX (self->state_width, width);
        }
      self->state_width_serial = serial;
    }

  return self->state_width;
}

static void
mp_hr_pairing_header_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  MpHrPairingHeader *self = (MpHrPairingHeader *)widget;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int width = char_width (self);

      for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
        {
          const MpHrPairingColumnInfo *info = mp_hr_pairing_column_get_info (i);
          int button_min, button_nat;

          gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1, &button_min, &button_nat, NULL, NULL);
          /* A column of figures or dates keeps its whole header: the names give way first. */
          if (!info->expand)
            button_min = button_nat;
          self->col_min[i] = MAX (button_min, info->min_chars * width + 2 * MP_HR_PAIRING_CELL_PADDING);
          /* The states are a few known texts: room for the longest, in the user's language,
           * before the names get theirs (those give way, their whole text in a tooltip) */
          if (i == MP_HR_PAIRING_STATE)
            self->col_min[i] = MAX (self->col_min[i], state_width (self) + 2 * MP_HR_PAIRING_CELL_PADDING);
          self->col_nat[i] = MAX (MAX (button_nat, info->nat_chars * width + 2 * MP_HR_PAIRING_CELL_PADDING),
                                  self->col_min[i]);
          *minimum += self->col_min[i];
          *natural += self->col_nat[i];
        }
    }
  else
    {
      for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
        {
          int button_min, button_nat;

          gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_VERTICAL, -1, &button_min, &button_nat, NULL, NULL);
          *minimum = MAX (*minimum, button_min);
          *natural = MAX (*natural, button_nat);
        }
    }
}

static void
mp_hr_pairing_header_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  MpHrPairingHeader *self = (MpHrPairingHeader *)widget;
  int x[MP_HR_N_PAIRING_COLUMNS], w[MP_HR_N_PAIRING_COLUMNS];

  layout_columns (self, width, x, w);
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    gtk_widget_size_allocate (self->buttons[i], &(GtkAllocation) { x[i], 0, w[i], height }, -1);

  if (width != self->last_width)
    {
      self->last_width = width;
      redraw_rows (self);
    }
}

static void
mp_hr_pairing_header_dispose (GObject *object)
{
  MpHrPairingHeader *self = (MpHrPairingHeader *)object;
  GtkWidget *child;

  mp_hr_pairing_header_set_view (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mp_hr_pairing_header_parent_class)->dispose (object);
}

static void
mp_hr_pairing_header_finalize (GObject *object)
{
  MpHrPairingHeader *self = (MpHrPairingHeader *)object;

  g_clear_object (&self->sorter);
  g_clear_pointer (&self->layouts, g_hash_table_unref);

  G_OBJECT_CLASS (mp_hr_pairing_header_parent_class)->finalize (object);
}

static void
mp_hr_pairing_header_class_init (MpHrPairingHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_hr_pairing_header_dispose;
  object_class->finalize = mp_hr_pairing_header_finalize;

  widget_class->measure = mp_hr_pairing_header_measure;
  widget_class->size_allocate = mp_hr_pairing_header_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "pairingsheader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_hr_pairing_header_init (MpHrPairingHeader *self)
{
  self->sorter = g_object_new (MP_TYPE_HR_PAIRING_SORTER, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sort pairings by"), -1);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      const MpHrPairingColumnInfo *info = mp_hr_pairing_column_get_info (i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label = gtk_label_new (_(info->title));
      GtkWidget *button = gtk_button_new ();

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), info->xalign);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);

      self->arrows[i] = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      gtk_widget_set_visible (self->arrows[i], FALSE);
      gtk_box_append (GTK_BOX (box), self->arrows[i]);

      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "mp-column-header");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title), -1);
      g_object_set_data (G_OBJECT (button), "mp-column", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[i] = button;
    }

  update_arrows (self);
}

/**
 * mp_hr_pairing_header_get_sorter:
 *
 * Returns: (transfer none): the sorter of the header's columns, for the list the rows show
 */
GtkSorter *
mp_hr_pairing_header_get_sorter (MpHrPairingHeader *self)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_HEADER (self), NULL);

  return GTK_SORTER (self->sorter);
}

/**
 * mp_hr_pairing_header_get_sort_key: (skip)
 * @item: a #MpPairing
 * @user_data: the header's sorter (mp_hr_pairing_header_get_sorter ()), which the list
 *   sorted by it holds: the list may outlive the header
 *
 * A #MpFilterListKeyFunc for the header's sorter: the table sorts by integers where it can.
 */
MpSortKeyKind
mp_hr_pairing_header_get_sort_key (gpointer  item,
                                   gint64   *key,
                                   gpointer  user_data)
{
  return mp_hr_pairing_sorter_get_key (MP_HR_PAIRING_SORTER (user_data), item, key);
}

/**
 * mp_hr_pairing_header_sort_by:
 *
 * Sorts by @column first (the columns chosen before break ties), as a click on its
 * button does.
 */
void
mp_hr_pairing_header_sort_by (MpHrPairingHeader *self,
                              MpHrPairingColumn  column,
                              GtkSortType        order)
{
  g_return_if_fail (MP_IS_HR_PAIRING_HEADER (self));
  g_return_if_fail (column < MP_HR_N_PAIRING_COLUMNS);

  mp_hr_pairing_sorter_sort_by (self->sorter, column, order);
  update_arrows (self);
}

/**
 * mp_hr_pairing_header_get_sort_column:
 *
 * Returns: the column sorting first, or %MP_HR_N_PAIRING_COLUMNS when unsorted
 */
MpHrPairingColumn
mp_hr_pairing_header_get_sort_column (MpHrPairingHeader *self,
                                      GtkSortType       *order)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_HEADER (self), MP_HR_N_PAIRING_COLUMNS);

  if (self->sorter->n_keys == 0)
    return MP_HR_N_PAIRING_COLUMNS;

  if (order != NULL)
    *order = self->sorter->keys[0].order;

  return self->sorter->keys[0].column;
}

/**
 * mp_hr_pairing_header_get_button:
 *
 * Returns: (transfer none): the header button of @column
 */
GtkWidget *
mp_hr_pairing_header_get_button (MpHrPairingHeader *self,
                                 MpHrPairingColumn  column)
{
  g_return_val_if_fail (MP_IS_HR_PAIRING_HEADER (self), NULL);
  g_return_val_if_fail (column < MP_HR_N_PAIRING_COLUMNS, NULL);

  return self->buttons[column];
}

/**
 * mp_hr_pairing_header_set_view:
 *
 * Tells the header which list view shows its rows, so they follow its widths.
 */
void
mp_hr_pairing_header_set_view (MpHrPairingHeader *self,
                               GtkWidget         *view)
{
  g_return_if_fail (MP_IS_HR_PAIRING_HEADER (self));
  g_return_if_fail (view == NULL || GTK_IS_SCROLLABLE (view));

  if (self->view == view)
    return;

  unwatch_vadjustment (self);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->view, on_view_vadjustment_notify_cb, self);
      g_clear_weak_pointer (&self->view);
    }

  if (view != NULL)
    {
      g_set_weak_pointer (&self->view, view);
      g_signal_connect (view, "notify::vadjustment", G_CALLBACK (on_view_vadjustment_notify_cb), self);
      on_view_vadjustment_notify_cb (view, NULL, self);
    }
}

void
_mp_hr_pairing_header_get_columns (MpHrPairingHeader *self,
                                   int                width,
                                   int               *x,
                                   int               *w)
{
  int minimum, natural;

  /* Measured already in a laid-out window; this fills col_min/col_nat otherwise. */
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  layout_columns (self, width, x, w);
}

void
_mp_hr_pairing_header_measure_row (MpHrPairingHeader *self,
                                   GtkOrientation     orientation,
                                   int               *minimum,
                                   int               *natural)
{
  g_assert (orientation == GTK_ORIENTATION_HORIZONTAL);

  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
}

/* The height of a line of the rows' text, from the font's metrics (not from laying out
 * text), made again when the font or the resolution changes. */
int
_mp_hr_pairing_header_get_line_height (MpHrPairingHeader *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  guint serial = pango_context_get_serial (context);

  if (self->line_height == 0 || serial != self->line_height_serial)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
      int height = pango_font_metrics_get_height (metrics);

      if (height <= 0)
        height = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);
      self->line_height = MAX (1, PANGO_PIXELS_CEIL (height));
      self->line_height_serial = serial;
      pango_font_metrics_unref (metrics);
    }

  return self->line_height;
}

/* Enough for a few screens of rows at two widths: past it the cache starts again (the rows
 * keep the layouts they hold). */
#define MAX_CACHED_LAYOUTS 1024

/* The rows' text is laid out in the header's context (the same font, one context for all
 * rows rather than one each), and a cell's layout is shared by every row showing the same
 * text at the same width: shaping and ellipsizing is most of what drawing a row costs, and
 * most columns repeat their texts from row to row. The layouts are never changed once
 * made; a new font (the context's serial) starts the cache again.
 *
 * Returns: (transfer none): @text, bold or not, ellipsized at @width pixels, aligned as
 *   @alignment says */
PangoLayout *
_mp_hr_pairing_header_get_layout (MpHrPairingHeader *self,
                                  const char        *text,
                                  gboolean           bold,
                                  int                width,
                                  PangoAlignment     alignment)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  guint serial = pango_context_get_serial (context);
  g_autofree char *key = g_strdup_printf ("%d %d %d %s", bold, width, (int) alignment, text);
  PangoLayout *layout;

  if (self->layouts == NULL)
    self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  if (serial != self->layouts_serial || g_hash_table_size (self->layouts) >= MAX_CACHED_LAYOUTS)
    {
      g_hash_table_remove_all (self->layouts);
      self->layouts_serial = serial;
    }

  layout = g_hash_table_lookup (self->layouts, key);
  if (layout != NULL)
    return layout;

  layout = pango_layout_new (context);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  if (bold)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
    }
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  /* A column keeps its side whatever the script of its text: a name in Arabic or Hebrew
   * starts where the others do (the window's direction, not the text's, decides). */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, alignment);
  g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);

  return layout;
}

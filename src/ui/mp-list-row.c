/* mp-list-row.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-list-row"

#include "config.h"

#include "mp-a11y.h"
#include "mp-list-row.h"

/* The box a list view's row is made of in a .ui template (a GtkBuilderListItemFactory's),
 * which names the row for a screen reader: its "accessible-label", bound in the .ui to what
 * the row shows, names the list item widget around it, which is what takes the focus
 * (mp_a11y_list_row_set_label ()), and names it again whenever the binding changes it or
 * the box is put in another row. */

struct _MpListRow
{
  GtkBox  parent_instance;

  /* Owned */
  char   *accessible_label;
};

G_DEFINE_FINAL_TYPE (MpListRow, mp_list_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ACCESSIBLE_LABEL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
name_row (MpListRow *self)
{
  mp_a11y_list_row_set_label (GTK_WIDGET (self), self->accessible_label);
}

static void
on_parent_changed_cb (MpListRow  *self,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  name_row (self);
}

static void
mp_list_row_finalize (GObject *object)
{
  MpListRow *self = (MpListRow *)object;

  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (mp_list_row_parent_class)->finalize (object);
}

static void
mp_list_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MpListRow *self = MP_LIST_ROW (object);

  switch (prop_id)
    {
    case PROP_ACCESSIBLE_LABEL:
      g_value_set_string (value, self->accessible_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_list_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MpListRow *self = MP_LIST_ROW (object);

  switch (prop_id)
    {
    case PROP_ACCESSIBLE_LABEL:
      mp_list_row_set_accessible_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_list_row_class_init (MpListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_list_row_finalize;
  object_class->get_property = mp_list_row_get_property;
  object_class->set_property = mp_list_row_set_property;

  properties [PROP_ACCESSIBLE_LABEL] =
    g_param_spec_string ("accessible-label", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_list_row_init (MpListRow *self)
{
  g_signal_connect (self, "notify::parent", G_CALLBACK (on_parent_changed_cb), NULL);
}

/**
 * mp_list_row_set_accessible_label:
 * @label: (nullable): what a screen reader says of the row holding @self
 */
void
mp_list_row_set_accessible_label (MpListRow  *self,
                                  const char *label)
{
  g_return_if_fail (MP_IS_LIST_ROW (self));

  if (g_strcmp0 (self->accessible_label, label) == 0)
    return;

  g_free (self->accessible_label);
  self->accessible_label = g_strdup (label);
  name_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACCESSIBLE_LABEL]);
}

const char *
mp_list_row_get_accessible_label (MpListRow *self)
{
  g_return_val_if_fail (MP_IS_LIST_ROW (self), NULL);

  return self->accessible_label;
}

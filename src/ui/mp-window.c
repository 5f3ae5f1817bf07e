/* mp-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-window"

#include "config.h"

#include "mp-a11y.h"
#include "mp-ui-private.h"
#include "mp-window.h"

/* What the three windows share: the application's one MpStore (construct-only),
 * the primary menu, and their size and maximized state kept in GSettings. */

typedef struct
{
  /* Owned */
  MpStore   *store;
  GSettings *settings;
} MpWindowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (MpWindow, mp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GSettings *
lookup_state_settings (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_auto(GStrv) children = NULL;

  /* An uninstalled schema must not abort a window: it only forgets its size. */
  if (source == NULL || key == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  children = g_settings_schema_list_children (schema);
  if (!g_strv_contains ((const char * const *)children, key))
    return NULL;

  settings = g_settings_new (APP_ID);
  return g_settings_get_child (settings, key);
}

static gboolean
mp_window_close_request (GtkWindow *window)
{
  MpWindow *self = MP_WINDOW (window);
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  if (priv->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);

      g_settings_set_boolean (priv->settings, "maximized", maximized);
      if (!maximized)
        {
          int width, height;

          gtk_window_get_default_size (window, &width, &height);
          if (width >= 360 && height >= 360)
            {
              g_settings_set_int (priv->settings, "width", width);
              g_settings_set_int (priv->settings, "height", height);
            }
        }
    }

  return GTK_WINDOW_CLASS (mp_window_parent_class)->close_request (window);
}

/* Another staff PC may have written to the shared file: look when the window is used again. */
static void
on_window_is_active_cb (MpWindow   *self,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  if (priv->store != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    mp_store_check_for_changes (priv->store);
}

static void
mp_window_constructed (GObject *object)
{
  MpWindow *self = (MpWindow *)object;
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  G_OBJECT_CLASS (mp_window_parent_class)->constructed (object);

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_window_is_active_cb), NULL);

  priv->settings = lookup_state_settings (MP_WINDOW_GET_CLASS (self)->state_key);
  if (priv->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (priv->settings, "width"),
                                   g_settings_get_int (priv->settings, "height"));
      if (g_settings_get_boolean (priv->settings, "maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
mp_window_dispose (GObject *object)
{
  MpWindow *self = (MpWindow *)object;
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  g_clear_object (&priv->settings);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (mp_window_parent_class)->dispose (object);
}

static void
mp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MpWindow *self = MP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, mp_window_get_store (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MpWindow *self = MP_WINDOW (object);
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_window_class_init (MpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mp_window_constructed;
  object_class->dispose = mp_window_dispose;
  object_class->get_property = mp_window_get_property;
  object_class->set_property = mp_window_set_property;

  window_class->close_request = mp_window_close_request;

  /* Accessible names GTK 4.8 gets wrong, fixed in every window and dialog. */
  mp_a11y_init ();

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_window_init (MpWindow *self)
{
}

/**
 * mp_window_get_store:
 *
 * Returns: (transfer none): the application's shared store
 */
MpStore *
mp_window_get_store (MpWindow *self)
{
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return priv->store;
}

/**
 * mp_window_setup_primary_menu:
 *
 * Gives @button the primary menu that every window shares (open a window,
 * shortcuts, about, quit).
 */
void
mp_window_setup_primary_menu (MpWindow      *self,
                              GtkMenuButton *button)
{
  static GMenuModel *primary_menu;

  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  if (primary_menu == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (MP_UI_PATH "mp-primary-menu.ui");

      primary_menu = g_object_ref (G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu")));
    }

  gtk_menu_button_set_menu_model (button, primary_menu);
}

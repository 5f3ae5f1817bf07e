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
 * the primary menu, and their size and maximized state kept in GSettings.
 *
 * A menu button's menu (a popover with a widget per item) is made when the button is first
 * opened, or just after the window's first frame, whichever comes first: not before the
 * window shows (mp_window_set_menu_later ()). */

typedef struct
{
  /* Owned */
  MpStore   *store;
  GSettings *settings;
  GPtrArray *menu_buttons;   /* GtkMenuButton whose menu is made later */
  guint      menus_idle;
  gboolean   first_paint_watched;
  gboolean   painted;
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

static void
attach_menu (GtkMenuButton *button)
{
  GMenuModel *menu = g_object_get_data (G_OBJECT (button), "mp-window-menu");

  if (menu != NULL && gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

/* Opened (a click, F10 for the primary menu) before the menu was made. */
static void
on_menu_button_create_popup_cb (GtkMenuButton *button,
                                gpointer       user_data)
{
  attach_menu (button);
}

static gboolean
menus_idle_cb (gpointer user_data)
{
  MpWindow *self = user_data;
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  priv->menus_idle = 0;
  for (guint i = 0; i < priv->menu_buttons->len; i++)
    attach_menu (g_ptr_array_index (priv->menu_buttons, i));
  g_ptr_array_set_size (priv->menu_buttons, 0);

  return G_SOURCE_REMOVE;
}

static void
mp_window_real_first_frame (MpWindow *self)
{
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  priv->painted = TRUE;
  if (priv->menus_idle == 0 && priv->menu_buttons->len > 0)
    priv->menus_idle = g_idle_add_full (G_PRIORITY_LOW, menus_idle_cb, self, NULL);
}

static void
on_first_paint_cb (GdkFrameClock *clock,
                   MpWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  MP_WINDOW_GET_CLASS (self)->first_frame (self);
}

static void
mp_window_map (GtkWidget *widget)
{
  MpWindow *self = MP_WINDOW (widget);
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  GTK_WIDGET_CLASS (mp_window_parent_class)->map (widget);

  if (!priv->first_paint_watched)
    {
      priv->first_paint_watched = TRUE;
      g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                               G_CALLBACK (on_first_paint_cb), self, 0);
    }
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

  g_clear_handle_id (&priv->menus_idle, g_source_remove);
  g_clear_pointer (&priv->menu_buttons, g_ptr_array_unref);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mp_window_constructed;
  object_class->dispose = mp_window_dispose;
  object_class->get_property = mp_window_get_property;
  object_class->set_property = mp_window_set_property;

  widget_class->map = mp_window_map;

  klass->first_frame = mp_window_real_first_frame;

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
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  priv->menu_buttons = g_ptr_array_new_with_free_func (g_object_unref);
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

  mp_window_set_menu_later (self, button, primary_menu);
}

/**
 * mp_window_set_menu_later:
 *
 * Gives @button the menu @menu, made the first time the button is opened or just after
 * the window's first frame, whichever comes first (as gtk_menu_button_set_menu_model ()
 * would at once).
 */
void
mp_window_set_menu_later (MpWindow      *self,
                          GtkMenuButton *button,
                          GMenuModel    *menu)
{
  MpWindowPrivate *priv = mp_window_get_instance_private (self);

  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (menu));

  g_object_set_data_full (G_OBJECT (button), "mp-window-menu", g_object_ref (menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (button, on_menu_button_create_popup_cb, NULL, NULL);

  if (priv->painted && priv->menus_idle == 0)
    attach_menu (button);  /* the window is up already */
  else
    g_ptr_array_add (priv->menu_buttons, g_object_ref (button));
}

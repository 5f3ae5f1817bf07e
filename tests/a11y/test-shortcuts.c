/* test-shortcuts.c: every shortcut is in the shortcuts window, every action has a key
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mp-application.h"
#include "mp-demo.h"
#include "mp-hr-window.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-test-ui.h"
#include "mp-ui-private.h"

/* What the shortcuts window (resources/ui/mp-shortcuts-window.ui) lists, compared with what
 * the app really binds:
 *
 * - the application's accelerators (gtk_application_list_action_descriptions () and
 *   gtk_application_get_accels_for_action ()), as set up by MpApplication's startup;
 * - each window's key bindings (its class shortcuts: gtk_widget_class_add_binding_action ()),
 *   found on a real window through its shortcut controllers;
 *
 * each must be listed (by action name, or by the same keys in the window's group), and each
 * key the shortcuts window lists must be bound. Then every action a window installs must be
 * reachable from the keyboard: bound to a key, or to a focusable control (a button, a menu
 * item of one of the window's menu buttons) in the window, on the demo data. */

typedef struct
{
  char    *group;        /* the group's title */
  char    *title;
  char    *action_name;  /* NULL when the entry names keys */
  guint    keyval;
  GdkModifierType mods;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->group);
  g_free (entry->title);
  g_free (entry->action_name);
  g_free (entry);
}

static GPtrArray *
shortcuts_window_entries (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (MP_UI_PATH "mp-shortcuts-window.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Keyboard Shortcuts");

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action_name = NULL;
      g_autofree char *title = NULL;
      g_autofree char *group_title = NULL;
      GtkWidget *group;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;

      g_object_get (l->data, "accelerator", &accelerator, "action-name", &action_name, "title", &title, NULL);
      group = gtk_widget_get_ancestor (GTK_WIDGET (l->data), GTK_TYPE_SHORTCUTS_GROUP);
      g_assert_nonnull (group);
      g_object_get (group, "title", &group_title, NULL);

      if (action_name != NULL && *action_name != '\0')
        {
          Entry *entry = g_new0 (Entry, 1);

          entry->group = g_strdup (group_title);
          entry->title = g_strdup (title);
          entry->action_name = g_strdup (action_name);
          g_ptr_array_add (entries, entry);
          continue;
        }

      g_assert_nonnull (accelerator);
      /* "<Control>n" or several, separated by spaces. */
      {
        g_auto(GStrv) accels = g_strsplit (accelerator, " ", -1);

        for (guint i = 0; accels[i] != NULL; i++)
          {
            Entry *entry = g_new0 (Entry, 1);

            if (*accels[i] == '\0')
              continue;
            g_assert_true (gtk_accelerator_parse (accels[i], &entry->keyval, &entry->mods));
            entry->keyval = gdk_keyval_to_lower (entry->keyval);
            entry->group = g_strdup (group_title);
            entry->title = g_strdup (title);
            g_ptr_array_add (entries, entry);
          }
      }
    }

  gtk_window_destroy (window);

  return entries;
}

static gboolean
listed (GPtrArray  *entries,
        const char *group,
        const char *action_name,
        guint       keyval,
        GdkModifierType mods)
{
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (action_name != NULL && g_strcmp0 (entry->action_name, action_name) == 0)
        return TRUE;
      if (entry->action_name == NULL && entry->keyval == gdk_keyval_to_lower (keyval) && entry->mods == mods &&
          (group == NULL || g_strcmp0 (entry->group, group) == 0))
        return TRUE;
    }

  return FALSE;
}

/* ---- The demo, and a window on it as someone -------------------------------------- */

typedef struct
{
  char    *db_path;
  MpStore *store;
} DemoFixture;

static void
demo_set_up (DemoFixture   *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  fixture->db_path = g_build_filename (g_get_user_data_dir (), "shortcuts-demo.sqlite", NULL);
  g_unlink (fixture->db_path);
  fixture->store = mp_store_open (fixture->db_path, NULL, &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_assert_true (mp_demo_populate (fixture->store, &today, &error));
  g_assert_no_error (error);
}

static void
demo_tear_down (DemoFixture   *fixture,
                gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->db_path, g_free);
}

static GtkWidget *
open_window (DemoFixture *fixture,
             GType        type,
             const char  *login)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  g_assert_true (mp_store_set_acting_login (fixture->store, login != NULL ? login : g_get_user_name (), &error));
  g_assert_no_error (error);

  window = g_object_new (type, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (window);
  /* Rows of list views are made when they are laid out: let them be. */
  mp_test_ui_wait_for_frame (window);
  /* And what is made just after the first frame (the HR window's other pages, the menus). */
  mp_test_ui_iterate ();

  return window;
}

/* ---- The window's key bindings ------------------------------------------------------ */

typedef struct
{
  char           *action_name;
  guint           keyval;
  GdkModifierType mods;
} Binding;

static void
binding_free (Binding *binding)
{
  g_free (binding->action_name);
  g_free (binding);
}

static GPtrArray *
window_bindings (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  GPtrArray *bindings = g_ptr_array_new_with_free_func ((GDestroyNotify) binding_free);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          Binding *binding;

          /* The app's own actions: GTK's bindings (focus moves, the inspector) are signals. */
          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;

          binding = g_new0 (Binding, 1);
          binding->action_name = g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
          binding->keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          binding->mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          g_ptr_array_add (bindings, binding);
        }
    }

  return bindings;
}

/* ---- Tests -------------------------------------------------------------------------- */

static const struct
{
  const char *group;
  const char *logins[3];
} windows[] = {
  { "Mentor dashboard", { "hokafor", "rlindqvist", "jalvarez" } },
  { "My onboarding", { "dbrooks", "praman", "amensah" } },
  { "HR overview", { NULL, NULL, NULL } },
};

static GType
window_type (guint i)
{
  GType types[] = { MP_TYPE_MENTOR_WINDOW, MP_TYPE_ONBOARDING_WINDOW, MP_TYPE_HR_WINDOW };

  return types[i];
}

static void
test_app_accels_listed (void)
{
  g_autoptr(MpApplication) app = mp_application_new ();
  g_autoptr(GPtrArray) entries = shortcuts_window_entries ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) descriptions = NULL;
  guint n_accels = 0;

  /* Startup sets the accelerators; a non-unique app needs no bus name of its own. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  descriptions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_nonnull (descriptions);
  for (guint i = 0; descriptions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), descriptions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &mods));
          if (!listed (entries, NULL, descriptions[i], keyval, mods))
            g_error ("The app binds %s to %s, which the shortcuts window does not list", accels[j], descriptions[i]);
          g_test_message ("%s: %s, listed", descriptions[i], accels[j]);
          n_accels++;
        }
    }

  /* Quit, shortcuts, close, and the three windows at least. */
  g_assert_cmpuint (n_accels, >=, 6);

  /* Every entry that names an action names one with keys: it shows them. */
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_auto(GStrv) accels = NULL;

      if (entry->action_name == NULL)
        continue;
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), entry->action_name);
      if (accels[0] == NULL)
        g_error ("The shortcuts window lists “%s” (%s), which has no keys", entry->title, entry->action_name);
    }

  mp_test_ui_assert_no_app_warnings ();
}

static gboolean
has_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_primary_menu (child))
      return TRUE;

  return FALSE;
}

static void
test_window_bindings_listed (DemoFixture   *fixture,
                             gconstpointer  user_data)
{
  guint w = GPOINTER_TO_UINT (user_data);
  g_autoptr(GPtrArray) entries = shortcuts_window_entries ();
  GtkWidget *window = open_window (fixture, window_type (w), windows[w].logins[0]);
  g_autoptr(GPtrArray) bindings = window_bindings (window);
  guint n_own = 0;

  for (guint i = 0; i < bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (bindings, i);
      g_autofree char *accel = gtk_accelerator_name (binding->keyval, binding->mods);

      if (!listed (entries, windows[w].group, NULL, binding->keyval, binding->mods))
        g_error ("%s binds %s to %s, which the shortcuts window does not list under “%s”",
                 G_OBJECT_TYPE_NAME (window), accel, binding->action_name, windows[w].group);
      g_test_message ("%s: %s → %s, listed", windows[w].group, accel, binding->action_name);
      n_own++;
    }
  g_assert_cmpuint (n_own, >, 0);

  /* And the reverse: each key listed for this window is bound in it (F10, the primary
   * menu, is GTK's own for a primary menu button). */
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      gboolean bound = FALSE;

      if (entry->action_name != NULL || g_strcmp0 (entry->group, windows[w].group) != 0)
        continue;
      for (guint j = 0; j < bindings->len && !bound; j++)
        {
          Binding *binding = g_ptr_array_index (bindings, j);

          bound = gdk_keyval_to_lower (binding->keyval) == entry->keyval && binding->mods == entry->mods;
        }
      if (!bound)
        g_error ("The shortcuts window lists “%s” under “%s”, which %s does not bind",
                 entry->title, entry->group, G_OBJECT_TYPE_NAME (window));
    }

  g_assert_true (has_primary_menu (window));
  {
    gboolean f10_listed = FALSE;

    for (guint i = 0; i < entries->len; i++)
      {
        Entry *entry = g_ptr_array_index (entries, i);

        f10_listed |= entry->action_name == NULL && entry->keyval == GDK_KEY_F10 && entry->mods == 0;
      }
    g_assert_true (f10_listed);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
  mp_test_ui_assert_no_app_warnings ();
}

/* The actions a control in @widget's tree (a button, or an item of a menu button's menu)
 * activates: the keyboard reaches it with Tab, or by opening the menu. */
static void
collect_menu_actions (GMenuModel *model,
                      GHashTable *reachable)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_hash_table_add (reachable, g_steal_pointer (&action));

      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu_actions (link, reachable);
        }
    }
}

static void
collect_control_actions (GtkWidget  *widget,
                         GHashTable *reachable)
{
  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL &&
      gtk_widget_get_focusable (widget))
    g_hash_table_add (reachable, g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))));

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    collect_menu_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), reachable);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_control_actions (child, reachable);
}

static void
test_actions_reachable (DemoFixture   *fixture,
                        gconstpointer  user_data)
{
  guint w = GPOINTER_TO_UINT (user_data);
  GType type = window_type (w);
  GtkWidgetClass *klass = g_type_class_ref (type);
  g_autoptr(GHashTable) reachable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const GVariantType *parameter_type;
  const char *property_name;
  const char *name;
  GType owner;
  guint n_checked = 0;

  /* Everyone this window is for, on the demo: what one person's data leaves hidden (a
   * scheduled meeting's buttons), another's shows. */
  for (guint l = 0; l < G_N_ELEMENTS (windows[w].logins) && (l == 0 || windows[w].logins[l] != NULL); l++)
    {
      GtkWidget *window = open_window (fixture, type, windows[w].logins[l]);
      g_autoptr(GPtrArray) bindings = window_bindings (window);

      for (guint i = 0; i < bindings->len; i++)
        g_hash_table_add (reachable, g_strdup (((Binding *) g_ptr_array_index (bindings, i))->action_name));
      collect_control_actions (window, reachable);

      gtk_window_destroy (GTK_WINDOW (window));
      mp_test_ui_iterate ();
    }

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property_name); i++)
    {
      /* GtkWindow's own (window.close, …) and the ancestors' are theirs to reach. */
      if (owner != type && owner != MP_TYPE_WINDOW)
        continue;
      if (!g_hash_table_contains (reachable, name))
        g_error ("%s's action %s has no key and no control to reach it", g_type_name (type), name);
      g_test_message ("%s: %s is reachable from the keyboard", g_type_name (type), name);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);

  g_type_class_unref (klass);
  mp_test_ui_assert_no_app_warnings ();
}

int
main (int   argc,
      char *argv[])
{
  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/shortcuts/app-accels-listed", test_app_accels_listed);
  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    {
      g_autofree char *listed_path = g_strdup_printf ("/shortcuts/window-%u-bindings-listed", w);
      g_autofree char *reachable_path = g_strdup_printf ("/shortcuts/window-%u-actions-reachable", w);

      g_test_add (listed_path, DemoFixture, GUINT_TO_POINTER (w), demo_set_up, test_window_bindings_listed,
                  demo_tear_down);
      g_test_add (reachable_path, DemoFixture, GUINT_TO_POINTER (w), demo_set_up, test_actions_reachable,
                  demo_tear_down);
    }

  return g_test_run ();
}

/* test-confidential-ui.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No confidential text in the HR window (issue 8).
 *
 * On the demo data with a unique marker planted in every confidential field of every pairing
 * (tests/mp-test-files.c), the HR overview is walked, every page of it and every dialog it
 * opens for a pairing (new pairing, end, purge, follow-up), widget by widget: every string
 * property of every widget (labels, texts, titles, placeholders, tooltips), the text of
 * every text view, the titles of stack pages and columns, and the accessible label,
 * description, placeholder and value a screen reader is given. No marker, and no other
 * confidential text of the demo, may be in any of them. The search cannot find a pairing by
 * a confidential word either. Independent of tests/test-hr-window.c, which has a check of
 * its own.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "mp-demo.h"
#include "mp-hr-window-private.h"
#include "mp-model.h"
#include "mp-pairing.h"
#include "mp-test-files.h"
#include "mp-test-ui.h"
#include "mp-ui-util.h"

typedef struct
{
  MpStore    *store;
  GtkWidget  *window;
  GPtrArray  *markers;
  GPtrArray  *texts;
  guint       n_strings;      /* how many strings were looked at */
  guint       n_widgets;
  guint       n_accessible;   /* accessible values that were set */
  char       *control;        /* a name HR does see: the walk must meet it */
  gboolean    control_seen;
} Walk;

static void
check (Walk       *walk,
       const char *text,
       const char *where)
{
  if (text == NULL || *text == '\0')
    return;

  walk->n_strings++;
  if (walk->control != NULL && strstr (text, walk->control) != NULL)
    walk->control_seen = TRUE;
  mp_test_assert_no_confidential (text, walk->markers, where);
  mp_test_assert_no_confidential (text, walk->texts, where);
}

/* Every readable string property of @object. */
static void
check_string_properties (Walk       *walk,
                         GObject    *object)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *where = NULL;

      if (specs[i]->value_type != G_TYPE_STRING || (specs[i]->flags & G_PARAM_READABLE) == 0)
        continue;

      g_object_get (object, specs[i]->name, &value, NULL);
      where = g_strdup_printf ("%s:%s", G_OBJECT_TYPE_NAME (object), specs[i]->name);
      check (walk, value, where);
    }
}

/* What a screen reader is told. GTK 4.8 has no getter for it; the test API says what the
 * value is whenever it differs from one that never occurs. */
static void
check_accessible (Walk          *walk,
                  GtkAccessible *accessible)
{
  static const struct { GtkAccessibleProperty property; const char *name; } properties[] = {
    { GTK_ACCESSIBLE_PROPERTY_LABEL, "accessible label" },
    { GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "accessible description" },
    { GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, "accessible placeholder" },
    { GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "accessible value" },
    { GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, "accessible role description" },
    { GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "accessible shortcuts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      g_autofree char *value = gtk_test_accessible_check_property (accessible, properties[i].property,
                                                                  "\x01no such value\x01");

      if (value != NULL && g_strcmp0 (value, "undefined") != 0)
        {
          walk->n_accessible++;
          check (walk, value, properties[i].name);
        }
    }
}

static void
walk_widget (Walk      *walk,
             GtkWidget *widget)
{
  walk->n_widgets++;
  check_string_properties (walk, G_OBJECT (widget));
  check (walk, mp_widget_get_tooltip (widget), "tooltip");  /* given when asked: not a property */
  check_accessible (walk, GTK_ACCESSIBLE (widget));

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      check (walk, text, "GtkTextView");
    }

  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (GTK_STACK (widget));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

          check_string_properties (walk, page);
        }
    }

  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GObject) column = g_list_model_get_item (columns, i);

          check_string_properties (walk, column);
        }
    }

  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

      for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          check_string_properties (walk, item);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    walk_widget (walk, child);
}

/* Every window on screen: the HR overview and the dialogs it opened. */
static void
walk_everything (Walk       *walk,
                 const char *when)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = walk->n_strings;

  mp_test_ui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window))
        walk_widget (walk, window);
    }

  g_test_message ("%s: %u strings", when, walk->n_strings - before);
}

static void
close_dialogs (Walk *walk)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (GTK_WIDGET (window) != walk->window)
        gtk_window_destroy (window);
    }
  mp_test_ui_iterate ();
}

static guint
n_visible_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      n += gtk_widget_get_visible (window);
    }

  return n;
}

/* Runs an action of the window and, when it opened a dialog, walks it. */
static gboolean
walk_dialog_of (Walk       *walk,
                const char *action,
                const char *when)
{
  gboolean opened;

  if (!gtk_widget_activate_action (walk->window, action, NULL))
    return FALSE;

  for (guint i = 0; i < 50 && n_visible_toplevels () < 2; i++)
    {
      mp_test_ui_iterate ();
      g_usleep (10 * 1000);
    }

  opened = n_visible_toplevels () >= 2;
  if (opened)
    walk_everything (walk, when);
  close_dialogs (walk);

  return opened;
}

static GObject *
template_child (Walk       *walk,
                const char *id)
{
  /* A template child, or a widget of a page built the first time it is needed. */
  GObject *child = _mp_hr_window_get_child (MP_HR_WINDOW (walk->window), id);

  g_assert_nonnull (child);

  return child;
}

static void
test_hr_window (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *private_path = NULL;
  g_autoptr(GError) error = NULL;
  GtkSelectionModel *selection;
  GtkStack *stack;
  GDate today;
  Walk walk = { 0 };
  guint n_dialogs = 0;
  static const char * const pages[] = { "pairings", "follow-ups", "staff", "directory", "evaluation" };

  dir = g_dir_make_tmp ("test-confidential-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "shared", "mentoring.sqlite", NULL);
  private_path = g_build_filename (dir, "mine", "private.sqlite", NULL);
  {
    g_autofree char *shared_dir = g_path_get_dirname (path);

    g_assert_cmpint (g_mkdir_with_parents (shared_dir, 0700), ==, 0);
  }

  walk.store = mp_test_open_demo_store (path, private_path);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (walk.store), &today);
  walk.markers = mp_test_plant_markers (walk.store, NULL);
  walk.texts = mp_test_collect_confidential (walk.store, 12);

  /* The search index of the pairings holds no confidential word either. */
  {
    GListModel *pairings = G_LIST_MODEL (mp_pairing_list_get_for_store (walk.store));

    g_assert_cmpuint (g_list_model_get_n_items (pairings), >, 0);
    for (guint i = 0; i < g_list_model_get_n_items (pairings); i++)
      {
        g_autoptr(MpPairing) pairing = g_list_model_get_item (pairings, i);

        check (&walk, mp_pairing_get_search_text (pairing), "The search text of a pairing");
      }
  }

  {
    g_autoptr(MpMentorship) first = g_list_model_get_item (mp_store_get_mentorships (walk.store), 0);

    walk.control = g_strdup (mp_person_get_name (mp_mentorship_get_employee (first)));
  }

  walk.window = g_object_new (MP_TYPE_HR_WINDOW, "store", walk.store, NULL);
  g_object_ref_sink (walk.window);
  gtk_window_set_default_size (GTK_WINDOW (walk.window), 1100, 720);
  gtk_window_present (GTK_WINDOW (walk.window));
  mp_test_ui_wait_for_frame (walk.window);

  stack = GTK_STACK (template_child (&walk, "stack"));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *when = g_strdup_printf ("page “%s”", pages[i]);

      g_assert_nonnull (gtk_stack_get_child_by_name (stack, pages[i]));
      gtk_stack_set_visible_child_name (stack, pages[i]);
      mp_test_ui_wait_for_frame (walk.window);
      walk_everything (&walk, when);
    }

  /* The dialogs HR opens for each pairing. */
  gtk_stack_set_visible_child_name (stack, "pairings");
  mp_test_ui_wait_for_frame (walk.window);
  g_object_get (template_child (&walk, "pairings_view"), "model", &selection, NULL);
  g_assert_nonnull (selection);
  g_object_unref (selection);  /* the view keeps it */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autofree char *when = g_strdup_printf ("dialogs of pairing %u", i);

      gtk_selection_model_select_item (selection, i, TRUE);
      mp_test_ui_wait_for_frame (walk.window);
      walk_everything (&walk, when);
      n_dialogs += walk_dialog_of (&walk, "win.end-pairing", when);
      n_dialogs += walk_dialog_of (&walk, "win.purge-pairing", when);
    }
  n_dialogs += walk_dialog_of (&walk, "win.new-pairing", "the new pairing dialog");

  gtk_stack_set_visible_child_name (stack, "follow-ups");
  mp_test_ui_wait_for_frame (walk.window);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (template_child (&walk, "follow_ups_view")));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      gtk_selection_model_select_item (selection, i, TRUE);
      mp_test_ui_iterate ();
      n_dialogs += walk_dialog_of (&walk, "win.record-follow-up", "the follow-up dialog");
    }

  /* Searching for a confidential word finds no pairing. */
  gtk_stack_set_visible_child_name (stack, "pairings");
  for (guint i = 0; i < walk.markers->len; i += 7)
    {
      GtkStack *pairings_stack = GTK_STACK (template_child (&walk, "pairings_stack"));
      GtkEditable *search = GTK_EDITABLE (template_child (&walk, "search_entry"));
      gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

      gtk_editable_set_text (search, g_ptr_array_index (walk.markers, i));
      while (g_strcmp0 (gtk_stack_get_visible_child_name (pairings_stack), "no-match") != 0 &&
             g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (pairings_stack), ==, "no-match");
      gtk_editable_set_text (search, "");
    }

  g_test_message ("%u widgets, %u strings, %u accessible values, %u dialogs; %u markers, %u texts",
                  walk.n_widgets, walk.n_strings, walk.n_accessible, n_dialogs, walk.markers->len,
                  walk.texts->len);
  /* The walk saw the window's contents: names, accessible labels, dialogs. */
  g_assert_cmpuint (walk.n_widgets, >, 500);
  g_assert_cmpuint (walk.n_accessible, >, 10);
  g_assert_cmpuint (n_dialogs, >=, 3);
  g_assert_true (walk.control_seen);
  g_free (walk.control);

  gtk_window_destroy (GTK_WINDOW (walk.window));
  g_clear_object (&walk.window);
  mp_test_ui_iterate ();
  g_clear_object (&walk.store);
  g_ptr_array_unref (walk.markers);
  g_ptr_array_unref (walk.texts);
  mp_test_remove_tree (dir);
  mp_test_ui_assert_no_app_warnings ();
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible values are kept where the test API can read them. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/confidential/hr-window", test_hr_window);

  return g_test_run ();
}

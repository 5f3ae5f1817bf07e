/* test-windows.c: each window opens on a temporary database and draws
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mp-hr-window.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-test-ui.h"
#include "mp-ui-util.h"

typedef struct
{
  char    *db_path;
  MpStore *store;
} WindowFixture;

static void
window_fixture_set_up (WindowFixture *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->db_path = g_build_filename (g_get_user_data_dir (), "windows-test.sqlite", NULL);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  fixture->store = mp_store_open (fixture->db_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
window_fixture_tear_down (WindowFixture *fixture,
                          gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->db_path, g_free);
}

static void
test_window_opens (WindowFixture *fixture,
                   gconstpointer  user_data)
{
  GType type = GPOINTER_TO_SIZE (user_data);
  g_autofree char *png = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  GtkWidget *window;

  window = g_object_new (type, "store", fixture->store, NULL);
  g_assert_true (mp_window_get_store (MP_WINDOW (window)) == fixture->store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));

  png = mp_test_ui_snapshot (window, g_type_name (type));

  /* A real picture of a real size was written, not an empty file. */
  g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
  g_assert_cmpint (gtk_widget_get_width (window), >=, 360);

  g_assert_nonnull (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, "");

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
  mp_test_ui_assert_no_app_warnings ();
}

/* Asks @widget for its tooltip as GTK does when the pointer rests on it. */
static gboolean
query_tooltip (GtkWidget *widget)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &shown);

  return shown;
}

/* mp_widget_set_tooltip () gives what gtk_widget_set_tooltip_text () gives, the tooltip
 * when GTK asks and the accessible description, without setting the property (whose setter
 * asks the display where the pointer is, three round trips to an X server a call). */
static void
test_tooltip_on_demand (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = gtk_button_new_with_label ("Send");
  GtkWidget *plain = gtk_button_new_with_label ("Plain");

  gtk_window_set_child (GTK_WINDOW (window), button);
  g_assert_false (query_tooltip (button));

  mp_widget_set_tooltip (button, "Write an answer first");
  g_assert_true (gtk_widget_get_has_tooltip (button));
  g_assert_null (gtk_widget_get_tooltip_text (button));
  g_assert_cmpstr (mp_widget_get_tooltip (button), ==, "Write an answer first");
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     "Write an answer first"));
  g_assert_true (query_tooltip (button));

  mp_widget_set_tooltip (button, "Send your answer");
  g_assert_cmpstr (mp_widget_get_tooltip (button), ==, "Send your answer");
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     "Send your answer"));

  /* None: no tooltip, no description; and back */
  mp_widget_set_tooltip (button, NULL);
  g_assert_false (gtk_widget_get_has_tooltip (button));
  g_assert_null (mp_widget_get_tooltip (button));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_false (query_tooltip (button));
  mp_widget_set_tooltip (button, "Send your answer");
  g_assert_true (gtk_widget_get_has_tooltip (button));
  g_assert_true (query_tooltip (button));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     "Send your answer"));

  /* Empty is none, as with GTK's */
  mp_widget_set_tooltip (button, "");
  g_assert_false (gtk_widget_get_has_tooltip (button));
  g_assert_null (mp_widget_get_tooltip (button));
  g_assert_false (query_tooltip (button));

  /* A tooltip set as a property (in a .ui file) reads the same way, and gives way to one set
   * here: one tooltip, not two */
  g_object_ref_sink (plain);
  gtk_widget_set_tooltip_text (plain, "Set as a property");
  g_assert_cmpstr (mp_widget_get_tooltip (plain), ==, "Set as a property");
  mp_widget_set_tooltip (plain, "Set here");
  g_assert_null (gtk_widget_get_tooltip_text (plain));
  g_assert_cmpstr (mp_widget_get_tooltip (plain), ==, "Set here");
  g_assert_true (query_tooltip (plain));
  gtk_widget_set_tooltip_text (plain, "Set as a property");
  mp_widget_set_tooltip (plain, NULL);
  g_assert_null (mp_widget_get_tooltip (plain));
  g_assert_false (gtk_widget_get_has_tooltip (plain));
  g_object_unref (plain);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible properties are kept (and can be checked) with the test back-end. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/windows/tooltip-on-demand", test_tooltip_on_demand);

  g_test_add ("/windows/mentor", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_MENTOR_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);
  g_test_add ("/windows/onboarding", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_ONBOARDING_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);
  g_test_add ("/windows/hr", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_HR_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);

  return g_test_run ();
}

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

int
main (int   argc,
      char *argv[])
{
  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/windows/mentor", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_MENTOR_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);
  g_test_add ("/windows/onboarding", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_ONBOARDING_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);
  g_test_add ("/windows/hr", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_HR_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);

  return g_test_run ();
}

/* mp-screenshots.c: each window on the demo data, as a PNG; large text and dark style checked
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mp-demo.h"
#include "mp-hr-window.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-resources.h"
#include "mp-test-ui.h"
#include "mp-ui-util.h"

/* mp-screenshots [--dark] [--text-scale=1.5] [--width=1100] [--height=720] [--suffix=-dark]
 *                [--check] OUTDIR
 *
 * Opens each window on a fresh demo database, as the person it is for (a mentor with two
 * mentees, a new employee in week 3, the HR administrator), with the app's style sheet, at
 * the given size, and writes OUTDIR/mentor-dashboard.png, my-onboarding.png and
 * hr-overview.png (with the suffix). build-aux/make-screenshots.sh makes the README's and
 * the metainfo's pictures with it; the a11y suite runs it with --check at 1.5× text and in
 * the dark style, which fails when a window no longer fits its default size (or ~800 px
 * wide at normal size), or when its picture is not of the style asked for (a transparent
 * or light window in the dark style). With MP_SCREENSHOTS_DEBUG set, a window that does
 * not fit lists its widgets that need the most width. */

static gboolean dark;
static double text_scale = 1.0;
static int width = 1100;
static int height = 720;
static char *suffix;
static gboolean check;

static const GOptionEntry entries[] = {
  { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Prefer the dark style", NULL },
  { "text-scale", 0, 0, G_OPTION_ARG_DOUBLE, &text_scale, "Scale the text (gtk-xft-dpi)", "FACTOR" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PIXELS" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PIXELS" },
  { "suffix", 0, 0, G_OPTION_ARG_STRING, &suffix, "Added to each file name", "TEXT" },
  { "check", 0, 0, G_OPTION_ARG_NONE, &check, "Fail when a window does not fit or has the wrong style", NULL },
  { NULL }
};

static const struct
{
  const char *file;
  const char *login;  /* NULL: the user, the demo's HR administrator */
} windows[] = {
  { "mentor-dashboard", "hokafor" },
  { "my-onboarding", "dbrooks" },
  { "hr-overview", NULL },
};

static GType
window_type (guint i)
{
  GType types[] = { MP_TYPE_MENTOR_WINDOW, MP_TYPE_ONBOARDING_WINDOW, MP_TYPE_HR_WINDOW };

  return types[i];
}

/* The mean luminance (0 black … 1 white) and the lowest alpha of the picture. */
static void
measure_picture (const char *png,
                 double     *luminance,
                 double     *min_alpha)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (png, &error);
  g_autofree guchar *pixels = NULL;
  int w, h;
  gsize stride;
  double sum = 0;
  guint alpha = 255;

  g_assert_no_error (error);
  w = gdk_texture_get_width (texture);
  h = gdk_texture_get_height (texture);
  stride = (gsize) w * 4;
  pixels = g_malloc (stride * h);
  /* Cairo's ARGB32, premultiplied, in memory order B G R A on little-endian. */
  gdk_texture_download (texture, pixels, stride);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;
        guint32 argb = *(const guint32 *) p;
        double a = ((argb >> 24) & 0xff) / 255.0;
        double r = ((argb >> 16) & 0xff) / 255.0;
        double g = ((argb >> 8) & 0xff) / 255.0;
        double b = (argb & 0xff) / 255.0;

        alpha = MIN (alpha, (argb >> 24) & 0xff);
        /* Over white, as a viewer shows it: a transparent window looks light. */
        sum += 0.2126 * (r + 1 - a) + 0.7152 * (g + 1 - a) + 0.0722 * (b + 1 - a);
      }

  *luminance = sum / ((double) w * h);
  *min_alpha = alpha / 255.0;
}

static void
print_wide (GtkWidget *widget,
            int        depth,
            int        limit)
{
  int min_width;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width < limit)
    return;
  g_print ("%*s%s %s: %d\n", depth * 2, "", G_OBJECT_TYPE_NAME (widget),
           gtk_widget_get_name (widget), min_width);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    print_wide (child, depth + 1, limit);
}

static void
check_fits (GtkWidget  *window,
            const char *what,
            int         max_width,
            int         max_height)
{
  int min_width, min_height, natural;

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &natural, NULL, NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, max_width, &min_height, &natural, NULL, NULL);
  g_print ("%s: needs at least %d × %d\n", what, min_width, min_height);
  if (min_width > max_width && g_getenv ("MP_SCREENSHOTS_DEBUG") != NULL)
    print_wide (window, 0, max_width / 4);
  if (min_width > max_width || min_height > max_height)
    g_error ("%s needs %d × %d: it does not fit %d × %d", what, min_width, min_height, max_width, max_height);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static GtkWidget *
open_window (MpStore    *store,
             guint       i)
{
  g_autoptr(GError) error = NULL;
  const char *login = windows[i].login != NULL ? windows[i].login : g_get_user_name ();
  GtkWidget *window;

  if (!mp_store_set_acting_login (store, login, &error))
    g_error ("Could not act as %s: %s", login, error->message);

  window = g_object_new (window_type (i), "store", store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (window);
  /* Lists fill their rows once laid out, then draw them. */
  mp_test_ui_wait_for_frame (window);
  mp_test_ui_iterate ();


  return window;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTDIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *tmp = NULL;
  g_autofree char *db = NULL;
  g_autofree char *private_db = NULL;
  g_autofree char *outdir = NULL;
  GtkSettings *settings;
  GDate today;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : "Usage: mp-screenshots [OPTION…] OUTDIR");
      return 2;
    }
  outdir = g_canonicalize_filename (argv[1], NULL);

  /* Nothing of the user's is read or written: data, settings and private notes go to a
   * folder of our own, removed at the end. */
  tmp = g_dir_make_tmp ("mp-screenshots-XXXXXX", &error);
  g_assert_no_error (error);
  {
    const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

    for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
      {
        g_autofree char *dir = g_build_filename (tmp, vars[i], NULL);

        g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
        g_setenv (vars[i], dir, TRUE);
      }
    g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  }

  if (!gtk_init_check ())
    {
      g_printerr ("mp-screenshots: no display\n");
      return 77;
    }
  mp_register_resource ();

  /* The app's style sheet, as MpApplication's startup loads it. */
  mp_style_load (gdk_display_get_default ());

  settings = gtk_settings_get_default ();
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  if (dark)
    g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  if (text_scale != 1.0)
    g_object_set (settings, "gtk-xft-dpi", (int) (text_scale * 96 * 1024), NULL);

  /* A fresh demo, dated today; its private notes in the temporary data folder. */
  db = g_build_filename (tmp, "demo", "demo.sqlite", NULL);
  private_db = g_build_filename (g_get_user_data_dir (), "private.sqlite", NULL);
  {
    g_autofree char *db_dir = g_path_get_dirname (db);

    g_assert_cmpint (g_mkdir_with_parents (db_dir, 0700), ==, 0);
  }
  store = mp_store_open (db, private_db, &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!mp_demo_populate (store, &today, &error))
    g_error ("The demo could not be made: %s", error->message);

  /* mp_test_ui_snapshot () writes G_TEST_BUILDDIR/screenshots/NAME.png. */
  g_assert_cmpint (g_mkdir_with_parents (outdir, 0755), ==, 0);
  {
    g_autofree char *parent = g_path_get_dirname (outdir);
    g_autofree char *base = g_path_get_basename (outdir);

    g_setenv ("G_TEST_BUILDDIR", parent, TRUE);
    if (!g_str_equal (base, "screenshots"))
      g_error ("OUTDIR must be a folder named “screenshots”");
  }

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      g_autofree char *name = g_strconcat (windows[i].file, suffix ? suffix : "", NULL);
      g_autofree char *png = NULL;
      GtkWidget *window = open_window (store, i);

      png = mp_test_ui_snapshot (window, name);
      g_print ("%s: %d × %d\n", png, gtk_widget_get_width (window), gtk_widget_get_height (window));

      if (check)
        {
          double luminance, min_alpha;

          check_fits (window, name, width, height);
          measure_picture (png, &luminance, &min_alpha);
          g_print ("%s: mean luminance %.2f, lowest alpha %.2f\n", name, luminance, min_alpha);
          if (min_alpha < 0.99)
            g_error ("%s has transparent pixels: the window's background is missing", name);
          if (dark && luminance > 0.45)
            g_error ("%s is light (%.2f) in the dark style", name, luminance);
          if (!dark && luminance < 0.55)
            g_error ("%s is dark (%.2f) in the light style", name, luminance);

          /* At normal size a window also works about 800 pixels wide (a laptop's half
           * screen): at most 820. */
          if (text_scale == 1.0)
            check_fits (window, name, 820, height);
        }

      gtk_window_destroy (GTK_WINDOW (window));
      mp_test_ui_iterate ();
    }

  g_clear_object (&store);
  remove_tree (tmp);

  return 0;
}

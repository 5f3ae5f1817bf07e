/* mp-test-ui.c: helpers shared by the ui tests
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include <stdlib.h>
#include <unistd.h>

#include "mp-resources.h"
#include "mp-test-files.h"
#include "mp-test-ui.h"
#include "mp-ui-util.h"

static guint app_warnings;

/* Counts warnings and criticals from the app's own log domains (all begin "mp"),
 * so a test fails on them; GTK's own criticals are fatal through G_DEBUG. */
static GLogWriterOutput
count_app_warnings (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    {
      for (gsize i = 0; i < n_fields; i++)
        {
          if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length != 0 &&
              g_str_has_prefix (fields[i].value, "mp"))
            app_warnings++;
        }
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static char *test_home;
static pid_t test_home_owner;

/* The private home goes when the test program ends, with what the windows saved there
 * (settings, a demo's private notes); a test that crashed leaves it to look into. */
static void
remove_test_home (void)
{
  if (test_home != NULL && getpid () == test_home_owner)
    mp_test_remove_tree (test_home);
  g_clear_pointer (&test_home, g_free);
}

/**
 * mp_test_ui_init:
 *
 * Initialises the test framework and GTK. Returns %FALSE when there is no
 * display; the caller then exits 77 so meson reports a skip (which build-aux/test.sh
 * turns into a failure in CI).
 */
gboolean
mp_test_ui_init (int    *argc,
                 char ***argv)
{
  g_autofree char *home = NULL;
  g_autoptr(GError) error = NULL;

  /* A private home, but the system's data folders kept: GTK finds icons and
   * the MIME database there (G_TEST_OPTION_ISOLATE_DIRS would hide them). */
  home = g_dir_make_tmp ("mentoring-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  test_home = g_strdup (home);
  test_home_owner = getpid ();
  atexit (remove_test_home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < 4; i++)
    {
      static const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
      g_autofree char *dir = g_build_filename (home, vars[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (vars[i], dir, TRUE);
    }

  g_test_init (argc, argv, NULL);
  g_log_set_writer_func (count_app_warnings, NULL, NULL);

  if (!gtk_init_check ())
    return FALSE;

  mp_register_resource ();
  mp_style_load (gdk_display_get_default ());  /* the app's style sheet, as its start-up loads it */
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                NULL);

  return TRUE;
}

void
mp_test_ui_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/**
 * mp_test_ui_find_descendant:
 *
 * Returns: (nullable): the first widget of @type in @widget's tree (@widget itself
 *   included), depth first
 */
GtkWidget *
mp_test_ui_find_descendant (GtkWidget *widget,
                            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mp_test_ui_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget))
    g_ptr_array_add (buttons, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

/**
 * mp_test_ui_click_calendar_arrow:
 *
 * Clicks one of @calendar's arrows, as a user does: the calendar moves its day by a month
 * or a year and says so only through notify::month or notify::year (no "day-selected").
 */
void
mp_test_ui_click_calendar_arrow (GtkCalendar           *calendar,
                                 MpTestUiCalendarArrow  arrow)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (GTK_WIDGET (calendar), buttons);
  g_assert_cmpuint (buttons->len, ==, 4);
  g_signal_emit_by_name (g_ptr_array_index (buttons, arrow), "clicked");
  mp_test_ui_iterate ();
}

/* Runs @widget's scroll controllers of @phase (a target-phase one only when @widget is the
 * target) until one handles the scroll. */
static gboolean
run_scroll_controllers (GtkWidget           *widget,
                        GtkPropagationPhase  phase,
                        double               dx,
                        double               dy)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_SCROLL (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;
      g_signal_emit_by_name (controller, "scroll", dx, dy, &handled);
      if (handled)
        return TRUE;
    }

  return FALSE;
}

/**
 * mp_test_ui_scroll:
 * @target: the widget under the pointer
 * @dx: the scroll across, in wheel notches (a fraction for a touchpad)
 * @dy: the scroll down, likewise
 *
 * Scrolls the wheel over @target, as GTK 4.8 hands a scroll event to the scroll controllers
 * of @target and its ancestors: the capture-phase ones from the window down to @target, then
 * @target's target-phase ones, then the bubble-phase ones from @target up, until one says it
 * handled it. (GTK has no public way to make an event: their "scroll" signals are emitted.)
 *
 * Returns: whether a controller handled the scroll
 */
gboolean
mp_test_ui_scroll (GtkWidget *target,
                   double     dx,
                   double     dy)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  gboolean handled = FALSE;

  for (GtkWidget *widget = target; widget != NULL; widget = gtk_widget_get_parent (widget))
    g_ptr_array_insert (path, 0, widget);

  for (guint i = 0; i < path->len && !handled; i++)
    handled = run_scroll_controllers (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, dx, dy);
  if (!handled)
    handled = run_scroll_controllers (target, GTK_PHASE_TARGET, dx, dy);
  for (guint i = path->len; i > 0 && !handled; i--)
    handled = run_scroll_controllers (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, dx, dy);
  mp_test_ui_iterate ();

  return handled;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/**
 * mp_test_ui_wait_for_frame:
 *
 * Presents the widget's window (if needed) and runs the main loop until a frame
 * has been painted.
 */
void
mp_test_ui_wait_for_frame (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  if (GTK_IS_WINDOW (root) && !gtk_widget_get_visible (GTK_WIDGET (root)))
    gtk_window_present (GTK_WINDOW (root));

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  g_assert_true (painted);
}

/**
 * mp_test_ui_render_node:
 *
 * Waits for @widget's next frame, then returns the render nodes it draws: what its frame
 * clock hands the renderer, with the styles (and any CSS animation) of that frame.
 *
 * Returns: (transfer full): the nodes
 */
GskRenderNode *
mp_test_ui_render_node (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  mp_test_ui_wait_for_frame (widget);
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
  g_assert_cmpint (gtk_widget_get_height (widget), >, 0);

  /* A GtkWidgetPaintable draws nothing for a toplevel, so ask the widget itself, as its
   * frame clock would. Its snapshot vfunc draws the header bar and the content, not the
   * window's own CSS background and border, which GTK draws around it: draw those first,
   * or a dark window comes out transparent. (GtkStyleContext is deprecated from 4.10 only.) */
  if (GTK_IS_NATIVE (widget))
    {
      GtkStyleContext *context = gtk_widget_get_style_context (widget);

      gtk_snapshot_render_background (snapshot, context, 0, 0, gtk_widget_get_width (widget),
                                      gtk_widget_get_height (widget));
      gtk_snapshot_render_frame (snapshot, context, 0, 0, gtk_widget_get_width (widget),
                                 gtk_widget_get_height (widget));
    }
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return node;
}

/**
 * mp_test_ui_snapshot:
 *
 * Renders @widget as it is on screen into NAME.png under the test's build folder
 * (screenshots/), so a person can look at what the test saw.
 *
 * Returns: (transfer full): the PNG's path
 */
char *
mp_test_ui_snapshot (GtkWidget  *widget,
                     const char *name)
{
  g_autoptr(GskRenderNode) node = mp_test_ui_render_node (widget);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  char *path;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".", "screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);

  return path;
}

void
mp_test_ui_assert_no_app_warnings (void)
{
  g_assert_cmpuint (app_warnings, ==, 0);
}

/**
 * mp_test_ui_find_toplevel:
 *
 * Returns: (nullable) (transfer none): the first visible toplevel window of @type
 */
gpointer
mp_test_ui_find_toplevel (GType type)
{
  GListModel *windows = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (windows, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
on_wait_timeout_cb (gpointer data)
{
  g_error ("Timed out waiting for %s", (const char *) data);

  return G_SOURCE_REMOVE;
}

/**
 * mp_test_ui_wait_until:
 * @what: what is waited for, said when it does not come
 *
 * Iterates the main loop until @ready (given @data) says so; fails the test after 30 s.
 */
void
mp_test_ui_wait_until (gboolean    (*ready) (gpointer data),
                       gpointer      data,
                       const char   *what)
{
  guint timeout = g_timeout_add_seconds (30, on_wait_timeout_cb, (gpointer) what);

  while (!ready (data))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static gboolean
file_printer_chosen (gpointer data)
{
  GtkWindow *dialog = mp_test_ui_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
  GtkPrinter *printer = NULL;

  if (dialog != NULL)
    printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (dialog));

  /* (GTK's "Print to File": its only virtual printer that takes PDF) */
  return printer != NULL && gtk_printer_is_virtual (printer) && gtk_printer_accepts_pdf (printer);
}

/* GTK asks whether to replace the file in a main loop of its own: answered Replace */
static gboolean
answer_replace_cb (gpointer data)
{
  GtkWindow *question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  gboolean *answered = data;

  if (question == NULL)
    return G_SOURCE_CONTINUE;

  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  *answered = TRUE;

  return G_SOURCE_REMOVE;
}

/**
 * mp_test_ui_print_to_file_settings:
 * @path: the file to print to
 *
 * Returns: (transfer full): print settings as the print dialog hands them over with "Print to
 *   File" chosen and @path named (the printer as GTK names it in the test's language)
 */
GtkPrintSettings *
mp_test_ui_print_to_file_settings (const char *path)
{
  GtkPrintSettings *settings = gtk_print_settings_new ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  gtk_print_settings_set_printer (settings, g_dgettext ("gtk40", "Print to File"));
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");

  return settings;
}

/**
 * mp_test_ui_print_to_file:
 * @replace: whether to answer Replace when GTK asks to replace the file
 *
 * Answers GTK's print dialog as a person printing to a file does: waits for the dialog on
 * its "Print to File" printer (chosen from the print settings, with their file), presses
 * Print, and Replace when GTK asks (@replace).
 *
 * Returns: whether GTK asked to replace the file
 */
gboolean
mp_test_ui_print_to_file (gboolean replace)
{
  gboolean answered = FALSE;
  guint answer = 0;

  mp_test_ui_wait_until (file_printer_chosen, NULL, "the print dialog on Print to File");
  if (replace)
    answer = g_timeout_add (20, answer_replace_cb, &answered);
  gtk_dialog_response (GTK_DIALOG (mp_test_ui_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG)), GTK_RESPONSE_OK);
  if (!answered && answer != 0)
    g_source_remove (answer);

  return answered;
}

/**
 * mp_test_ui_key_action:
 *
 * Returns: (nullable): the action that @window's shortcut controllers (its class's
 *   bindings) give @keyval with @modifiers, as the key would activate it
 */
const char *
mp_test_ui_key_action (GtkWidget       *window,
                       guint            keyval,
                       GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) && GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }

  return NULL;
}

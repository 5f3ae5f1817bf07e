/* test-windows.c: each window opens on a temporary database and draws
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mp-a11y.h"
#include "mp-feedback-dialog.h"
#include "mp-hr-dialogs.h"
#include "mp-log-meeting-dialog.h"
#include "mp-pairing-dialog.h"
#include "mp-person-dialog.h"
#include "mp-schedule-dialog.h"
#include "mp-summary-viewer.h"
#include "mp-hr-window-private.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-test-ui.h"
#include "mp-ui-private.h"
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

  /* Closed, it is freed, with everything it built meanwhile (the HR overview's pages, built
   * after its first frame, once kept it alive: its builders held it). */
  mp_test_ui_iterate ();
  if (type == MP_TYPE_HR_WINDOW)
    g_assert_true (_mp_hr_window_is_page_built (MP_HR_WINDOW (window), "evaluation"));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
  g_assert_null (window);
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
/* Iterates (a second at most) until @widget has the focus of @window */
static gboolean
wait_for_focus_on (GtkWidget *window,
                   GtkWidget *widget,
                   guint      ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  do
    {
      mp_test_ui_iterate ();
      if (gtk_root_get_focus (GTK_ROOT (window)) == widget)
        return TRUE;
      g_usleep (10000);
    }
  while (g_get_monotonic_time () < end);

  g_test_message ("the focus is on %s", gtk_root_get_focus (GTK_ROOT (window))
                                          ? G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))) : "nothing");
  return FALSE;
}

/* A drop-down's list with a search field: typing in the open list goes to the field, and
 * Return there chooses the first item starting with what was typed, at once (before the
 * field's pause in typing has narrowed the list) and whatever the case. */
static void
test_drop_down_search (void)
{
  const char *times[] = { "09:00", "09:15", "14:00", "14:15", "14:30", "14:45", "Later", NULL };
  GtkWidget *window = gtk_window_new ();
  GtkStringList *list = gtk_string_list_new (times);  /* (the drop-down's) */
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (list),
                                            gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  GtkWidget *popover;
  GtkWidget *search;

  mp_a11y_init ();
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_window_set_child (GTK_WINDOW (window), drop_down);
  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (window);

  popover = mp_test_ui_find_descendant (drop_down, GTK_TYPE_POPOVER);
  search = mp_test_ui_find_descendant (popover, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);

  gtk_popover_popup (GTK_POPOVER (popover));
  mp_test_ui_wait_for_frame (popover);
  gtk_editable_set_text (GTK_EDITABLE (search), "14:3");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==, 4);
  mp_test_ui_iterate ();
  g_assert_false (gtk_widget_get_visible (popover));

  /* Nothing starting so: nothing chosen, the list stays open */
  gtk_popover_popup (GTK_POPOVER (popover));
  mp_test_ui_wait_for_frame (popover);
  gtk_editable_set_text (GTK_EDITABLE (search), "15");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==, 4);
  g_assert_true (gtk_widget_get_visible (popover));

  gtk_editable_set_text (GTK_EDITABLE (search), "lat");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* A button first shown inside a box mp_a11y_set_sensitive () made insensitive (a list row
 * made while the HR window waits for a long job) is disabled to a screen reader too, and no
 * longer once the box is sensitive again; one inside a box made insensitive otherwise is
 * left as GTK says, never to stay "disabled" once its box is sensitive again. */
static void
test_disabled_inside (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *set_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *plain_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *row = gtk_button_new_with_label ("Row");
  GtkWidget *other = gtk_button_new_with_label ("Other");

  mp_a11y_init ();
  gtk_box_append (GTK_BOX (set_box), inner);
  gtk_box_append (GTK_BOX (outer), set_box);
  gtk_box_append (GTK_BOX (outer), plain_box);
  gtk_window_set_child (GTK_WINDOW (window), outer);
  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (window);

  mp_a11y_set_sensitive (set_box, FALSE);
  gtk_widget_set_sensitive (plain_box, FALSE);
  gtk_box_append (GTK_BOX (inner), row);
  gtk_box_append (GTK_BOX (plain_box), other);
  mp_test_ui_wait_for_frame (window);
  g_assert_true (gtk_widget_get_mapped (row));
  gtk_test_accessible_assert_state (row, GTK_ACCESSIBLE_STATE_DISABLED, TRUE);
  gtk_test_accessible_assert_state (other, GTK_ACCESSIBLE_STATE_DISABLED, FALSE);

  mp_a11y_set_sensitive (set_box, TRUE);
  gtk_widget_set_sensitive (plain_box, TRUE);
  gtk_test_accessible_assert_state (row, GTK_ACCESSIBLE_STATE_DISABLED, FALSE);
  gtk_test_accessible_assert_state (other, GTK_ACCESSIBLE_STATE_DISABLED, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* After the control that had the focus goes, the focus goes to what replaces it, once the
 * window has caught up; a moment later, lost again (a menu closing late gives it back to
 * the button gone since), it is given again; but once the user moved on, it stays there. */
static void
test_focus_later (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *pane = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *old = gtk_button_new_with_label ("Tick…");
  GtkWidget *holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *target = gtk_button_new_with_label ("Not Done");
  GtkWidget *other = gtk_button_new_with_label ("Elsewhere");

  gtk_box_append (GTK_BOX (holder), old);
  gtk_box_append (GTK_BOX (holder), target);
  gtk_box_append (GTK_BOX (pane), holder);
  gtk_box_append (GTK_BOX (pane), other);
  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_widget_set_visible (target, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (window);
  gtk_widget_grab_focus (old);

  /* The old control is still there: nothing moves until the window has replaced it */
  mp_focus_later (holder);
  g_assert_false (wait_for_focus_on (window, target, 150));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == old);
  gtk_widget_set_visible (old, FALSE);
  gtk_widget_set_visible (target, TRUE);
  g_assert_true (wait_for_focus_on (window, target, 1000));

  /* Lost again at once: given back */
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  g_assert_true (wait_for_focus_on (window, target, 200));

  /* Then left alone: the focus moved elsewhere stays there */
  g_usleep (500 * 1000);
  mp_test_ui_iterate ();
  gtk_widget_grab_focus (other);
  g_assert_false (wait_for_focus_on (window, target, 500));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == other);

  /* The control stays (the action changed nothing): the focus stays on it */
  gtk_widget_set_visible (old, TRUE);
  gtk_widget_grab_focus (old);
  mp_focus_later (holder);
  g_assert_false (wait_for_focus_on (window, target, 300));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == old);

  gtk_window_destroy (GTK_WINDOW (window));
}

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

/* The classes of the objects open while a .ui file is read, and what it sets as tooltips */
typedef struct
{
  const char *file;
  GPtrArray  *classes;  /* the innermost last; NULL for a <template> or <menu> */
  GPtrArray  *found;    /* "file: class" */
  /* Labels that wrap only between words: "file: line" */
  GPtrArray  *word_wrapped;
  GArray     *wraps;    /* per open object: WRAPS | WRAPS_ANYWHERE */
  GPtrArray  *ids;      /* per open object: its id, or NULL */
  guint       reading;  /* the property whose text comes next: WRAPS or WRAPS_ANYWHERE */
} UiScan;

enum { WRAPS = 1 << 0, WRAPS_ANYWHERE = 1 << 1 };

static void
ui_scan_start (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  UiScan *scan = user_data;
  const char *class = NULL, *property = NULL, *id = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "class"))
        class = values[i];
      else if (g_str_equal (names[i], "name"))
        property = values[i];
      else if (g_str_equal (names[i], "id"))
        id = values[i];
    }

  scan->reading = 0;
  if (g_str_equal (element, "object") || g_str_equal (element, "template"))
    {
      guint none = 0;

      g_ptr_array_add (scan->classes, g_strdup (g_str_equal (element, "object") ? class : NULL));
      g_array_append_val (scan->wraps, none);
      g_ptr_array_add (scan->ids, g_strdup (id));
    }
  else if (g_str_equal (element, "property") && g_strcmp0 (property, "wrap") == 0)
    scan->reading = WRAPS;
  else if (g_str_equal (element, "property") && g_strcmp0 (property, "wrap-mode") == 0)
    scan->reading = WRAPS_ANYWHERE;
  else if (g_str_equal (element, "property") && property != NULL &&
           (g_str_equal (property, "tooltip-text") || g_str_equal (property, "tooltip-markup")))
    {
      const char *owner = scan->classes->len > 0 ? g_ptr_array_index (scan->classes, scan->classes->len - 1) : NULL;

      /* A GtkLinkButton shows its address unless that property is set (mp-ui-util.c) */
      if (g_strcmp0 (owner, "GtkLinkButton") != 0)
        g_ptr_array_add (scan->found, g_strdup_printf ("%s: %s %s", scan->file, owner ? owner : "template", property));
    }
}

static void
ui_scan_end (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  UiScan *scan = user_data;

  scan->reading = 0;
  if (g_str_equal (element, "object") || g_str_equal (element, "template"))
    {
      const char *class = g_ptr_array_index (scan->classes, scan->classes->len - 1);
      const char *id = g_ptr_array_index (scan->ids, scan->ids->len - 1);
      guint wraps = g_array_index (scan->wraps, guint, scan->wraps->len - 1);

      if (g_strcmp0 (class, "GtkLabel") == 0 && wraps == WRAPS)
        g_ptr_array_add (scan->word_wrapped, g_strdup_printf ("%s: GtkLabel %s", scan->file, id ? id : "(no id)"));
      g_ptr_array_remove_index (scan->classes, scan->classes->len - 1);
      g_array_remove_index (scan->wraps, scan->wraps->len - 1);
      g_ptr_array_remove_index (scan->ids, scan->ids->len - 1);
    }
}

static void
ui_scan_text (GMarkupParseContext  *context,
              const char           *text,
              gsize                 length,
              gpointer              user_data,
              GError              **error)
{
  UiScan *scan = user_data;
  g_autofree char *value = g_strstrip (g_strndup (text, length));

  if (scan->reading == 0 || scan->wraps->len == 0)
    return;
  if ((scan->reading == WRAPS && (g_ascii_strcasecmp (value, "true") == 0 || g_str_equal (value, "1") ||
                                  g_ascii_strcasecmp (value, "yes") == 0)) ||
      (scan->reading == WRAPS_ANYWHERE && (g_str_equal (value, "word-char") || g_str_equal (value, "2"))))
    g_array_index (scan->wraps, guint, scan->wraps->len - 1) |= scan->reading;
}

/* No .ui file sets a tooltip property: GTK 4.8 asks the X server where the pointer is for
 * each (three round trips), while the window is made. The code gives them when asked
 * (mp_widget_set_template_tooltips ()), and the windows still have them. (The mentee rows'
 * tooltips are bound to their pairings, in a list of a mentor's few mentees.) */
static void
test_template_tooltips (void)
{
  static const GMarkupParser parser = { ui_scan_start, ui_scan_end, ui_scan_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = g_resources_enumerate_children (MP_UI_PATH, 0, &error);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) word_wrapped = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *db_path = g_build_filename (g_get_user_data_dir (), "tooltips-test.sqlite", NULL);
  g_autoptr(MpStore) store = NULL;
  static const struct
  {
    GType      (*type) (void);
    const char  *id;
    const char  *tooltip;
  } expected[] = {
    { mp_hr_window_get_type, "primary_menu_button", "Main Menu" },
    { mp_hr_window_get_type, "data_menu_button", "Import, Export, Print and Closed Days" },
    { mp_hr_window_get_type, "banner_close_button", "Dismiss" },
    { mp_hr_window_get_type, "new_pairing_button", "Pair a new employee with a mentor (Ctrl+N)" },
    { mp_hr_window_get_type, "state_button", "Show pairings in this state" },
    { mp_hr_window_get_type, "department_button", "Show pairings of this department" },
    { mp_hr_window_get_type, "print_button",
      "Print progress summaries of the selected pairings, or of all shown (Ctrl+P)" },
    { mp_hr_window_get_type, "end_button", "End the selected pairing before the program ends; its history is kept" },
    { mp_hr_window_get_type, "complete_button", "Record that the selected pairing finished the program" },
    { mp_hr_window_get_type, "archive_button",
      "Move the selected finished pairing out of the way; its history is kept" },
    { mp_hr_window_get_type, "purge_button", "Delete the selected finished pairing and all its history" },
    /* On pages built when first shown */
    { mp_hr_window_get_type, "deactivate_person_button",
      "Mark the selected person as no longer working here; their history is kept" },
    { mp_hr_window_get_type, "print_evaluation_button", "Print the pilot evaluation" },
    { mp_hr_window_get_type, "empty_demo_button",
      "Open a separate demo database with staff and pairings at every stage" },
    { mp_mentor_window_get_type, "schedule_header_button",
      "Schedule the next meeting with the selected mentee (Ctrl+N)" },
    { mp_mentor_window_get_type, "log_header_button", "Log a meeting or an informal contact (Ctrl+L)" },
    { mp_mentor_window_get_type, "primary_menu_button", "Main Menu" },
    { mp_mentor_window_get_type, "export_button", "Add meetings to your calendar (.ics)" },
    { mp_mentor_window_get_type, "banner_close_button", "Dismiss" },
    { mp_onboarding_window_get_type, "primary_menu_button", "Main Menu" },
    /* The schedule dialog's: test-mentor-window */
  };
  guint n_files = 0;

  g_assert_no_error (error);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (MP_UI_PATH, files[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) wraps = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      UiScan scan = { files[i], classes, found, word_wrapped, wraps, ids, 0 };

      if (!g_str_has_suffix (files[i], ".ui"))
        continue;
      bytes = g_resources_lookup_data (path, 0, &error);
      g_assert_no_error (error);
      context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
      g_assert_true (g_markup_parse_context_parse (context, g_bytes_get_data (bytes, NULL),
                                                   g_bytes_get_size (bytes), &error));
      g_assert_no_error (error);
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 20);
  for (guint i = 0; i < found->len; i++)
    g_test_message ("Set in a .ui file: %s", (char *) g_ptr_array_index (found, i));
  g_assert_cmpuint (found->len, ==, 0);
  /* And every label that wraps may break a word longer than its line (a name or a path typed
   * as one long run): one that breaks only between words is as wide as its longest word,
   * and takes its window wider than the screen. */
  for (guint i = 0; i < word_wrapped->len; i++)
    g_test_message ("Wraps only between words: %s", (char *) g_ptr_array_index (word_wrapped, i));
  g_assert_cmpuint (word_wrapped->len, ==, 0);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  store = mp_store_open (db_path, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GType type = expected[i].type ();
      GtkWidget *window = g_object_new (type, "store", store, NULL);
      GtkWidget *widget = type == MP_TYPE_HR_WINDOW
                            ? GTK_WIDGET (_mp_hr_window_get_child (MP_HR_WINDOW (window), expected[i].id))
                            : GTK_WIDGET (gtk_widget_get_template_child (window, type, expected[i].id));

      g_assert_nonnull (widget);
      g_assert_cmpstr (mp_widget_get_tooltip (widget), ==, expected[i].tooltip);
      g_assert_true (query_tooltip (widget));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  mp_test_ui_iterate ();
  mp_test_ui_assert_no_app_warnings ();
}

/* A question quoting a name typed as one long run of letters wraps inside it: the dialog
 * stays narrower than a screen, its buttons in reach (it was 10,680 pixels wide). */
static void
test_message_dialog_wraps (void)
{
  g_autofree char *run = g_strnfill (900, 'x');
  GtkWidget *window = gtk_window_new ();
  GtkWidget *dialog = mp_message_dialog_new (GTK_WINDOW (window), GTK_MESSAGE_QUESTION,
                                             "Remove the introduction to %s?", run);
  int minimum = 0, natural = 0;

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s/%s", run, run);
  gtk_dialog_add_button (GTK_DIALOG (dialog), "_Remove", GTK_RESPONSE_ACCEPT);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_destroy_with_parent (GTK_WINDOW (dialog)));
  gtk_widget_measure (dialog, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <, 1000);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* A question before something that cannot be taken back: Enter (the window's default), as
 * Escape, changes nothing; only the button that acts answers ACCEPT, styled as destructive
 * when asked. */
static void
on_response_cb (GtkDialog *dialog,
                int        response,
                int       *out)
{
  *out = response;
}

static gboolean
has_response (gpointer data)
{
  return *(int *) data != GTK_RESPONSE_NONE;
}

static void
test_confirm_dialog (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *dialog = mp_confirm_dialog_new (GTK_WINDOW (window), GTK_MESSAGE_QUESTION, "Remove it?",
                                             "Only this line goes.", "_Keep It", "_Remove", "destructive-action");
  GtkWidget *keep = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  GtkWidget *act = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  int response = GTK_RESPONSE_NONE;

  g_assert_nonnull (keep);
  g_assert_nonnull (act);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (keep)), ==, "_Keep It");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (act)), ==, "_Remove");
  g_assert_true (gtk_widget_has_css_class (act, "destructive-action"));
  g_assert_false (gtk_widget_has_css_class (keep, "destructive-action"));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), &response);
  gtk_window_present (GTK_WINDOW (dialog));
  mp_test_ui_iterate ();
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == keep);
  g_assert_true (gtk_widget_activate_action (dialog, "default.activate", NULL));
  /* A button activated by a key answers once it has shown itself pressed */
  mp_test_ui_wait_until (has_response, &response, "the dialog's response");
  g_assert_cmpint (response, ==, GTK_RESPONSE_CANCEL);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* The app's dialogs are said to be dialogs (GtkWindow's own role is a plain window): a
 * screen reader announces them as such, and knows where their question begins and ends. */
static void
test_dialog_roles (void)
{
  GType (*types[]) (void) = {
    mp_schedule_dialog_get_type,
    mp_log_meeting_dialog_get_type,
    mp_pairing_dialog_get_type,
    mp_person_dialog_get_type,
    mp_department_dialog_get_type,
    mp_question_dialog_get_type,
    mp_end_pairing_dialog_get_type,
    mp_follow_up_dialog_get_type,
    mp_closed_days_dialog_get_type,
    mp_feedback_dialog_get_type,
    mp_summary_viewer_get_type,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *dialog = g_object_new (types[i] (), NULL);

      g_test_message ("%s", G_OBJECT_TYPE_NAME (dialog));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (dialog)), ==, GTK_ACCESSIBLE_ROLE_DIALOG);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  mp_test_ui_iterate ();
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
  g_test_add_func ("/windows/focus-later", test_focus_later);
  g_test_add_func ("/windows/disabled-inside", test_disabled_inside);
  g_test_add_func ("/windows/drop-down-search", test_drop_down_search);
  g_test_add_func ("/windows/template-tooltips", test_template_tooltips);
  g_test_add_func ("/windows/message-dialog-wraps", test_message_dialog_wraps);
  g_test_add_func ("/windows/confirm-dialog", test_confirm_dialog);
  g_test_add_func ("/windows/dialog-roles", test_dialog_roles);

  g_test_add ("/windows/mentor", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_MENTOR_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);
  g_test_add ("/windows/onboarding", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_ONBOARDING_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);
  g_test_add ("/windows/hr", WindowFixture, GSIZE_TO_POINTER (MP_TYPE_HR_WINDOW),
              window_fixture_set_up, test_window_opens, window_fixture_tear_down);

  return g_test_run ();
}

/* test-hr-window.c: the HR overview on the demo data
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-demo.h"
#include "mp-filter-list.h"
#include "mp-hr-dialogs.h"
#include "mp-hr-pairing-row.h"
#include "mp-hr-window-private.h"
#include "mp-json.h"
#include "mp-mentor-util.h"
#include "mp-mentor-window.h"
#include "mp-model.h"
#include "mp-pairing-dialog.h"
#include "mp-pairing.h"
#include "mp-person-dialog.h"
#include "mp-print-operation.h"
#include "mp-status-page.h"
#include "mp-summary-viewer.h"
#include "mp-test-files.h"
#include "mp-test-ui.h"
#include "mp-ui-util.h"

/* Unique strings planted in every confidential field: none may reach the HR window. */
#define SECRET_CONCERN_SUBJECT "zq-secret-concern-subject-4711"
#define SECRET_CONCERN_TEXT    "zq-secret-concern-text-4712"
#define SECRET_CONCERN_ANSWER  "zq-secret-concern-answer-4713"
#define SECRET_PRIVATE_NOTE    "zq-secret-private-note-4714"
#define SECRET_FEEDBACK        "zq-secret-feedback-comment-4715"
#define SECRET_AGENDA          "zq-secret-meeting-agenda-4716"
#define SECRET_SUMMARY         "zq-secret-meeting-summary-4717"
#define SECRET_EXPECTATIONS    "zq-secret-expectations-4718"

typedef struct
{
  char      *dir;
  MpStore   *store;
  GDate      today;
  MpHrWindow *window;
} Fixture;

static void
fixture_open (Fixture  *fixture,
              gboolean  demo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *private_path = NULL;

  fixture->dir = g_dir_make_tmp ("test-hr-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  private_path = mp_demo_private_path (path);
  fixture->store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  /* A pinned day, so the demo's pairings are at the stages it describes. */
  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, 16, G_DATE_MARCH, 2026);
  if (demo)
    {
      g_assert_true (mp_demo_populate (fixture->store, &fixture->today, &error));
      g_assert_no_error (error);
    }
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &fixture->today);
}

static void
fixture_show_window (Fixture *fixture)
{
  fixture->window = g_object_new (MP_TYPE_HR_WINDOW, "store", fixture->store, NULL);
  _mp_hr_window_set_progress_delay (fixture->window, 100000);
  g_object_ref_sink (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture_open (fixture, TRUE);
  fixture_show_window (fixture);
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  user_data)
{
  fixture_open (fixture, FALSE);
  fixture_show_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs left open by a test go first. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (fixture->window))
        gtk_window_destroy (window);
    }

  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_clear_object (&fixture->window);
    }
  mp_test_ui_iterate ();
  g_clear_object (&fixture->store);
  mp_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);

  mp_test_ui_assert_no_app_warnings ();
}

/* ---- Helpers ------------------------------------------------------------------------ */

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  /* A template child, or a widget of a page built the first time it is needed. */
  GObject *object = _mp_hr_window_get_child (fixture->window, name);

  g_assert_nonnull (object);

  return object;
}

static gpointer
dialog_child (gpointer    dialog,
              GType       type,
              const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), type, name);

  g_assert_nonnull (object);

  return object;
}

/* The employees shown, in the table's order, joined with commas. */
static char *
shown_names (Fixture *fixture)
{
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
  GString *names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (shown, i);

      if (i > 0)
        g_string_append (names, ",");
      g_string_append (names, mp_pairing_get_employee_name (pairing));
    }

  return g_string_free (names, FALSE);
}

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The same, sorted by name: for filters, whose order is the sort's business. */
static char *
shown_set (Fixture *fixture)
{
  g_autofree char *names = shown_names (fixture);
  g_auto(GStrv) split = g_strsplit (names, ",", -1);
  guint n = g_strv_length (split);

  qsort (split, n, sizeof (char *), compare_names);
  return n > 0 && *split[0] ? g_strjoinv (",", split) : g_strdup ("");
}

/* Whether the menu item labelled @text in @popover is checked. */
static gboolean
model_button_active (GtkWidget  *widget,
                     const char *text)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    {
      g_autofree char *label = NULL;
      gboolean active = FALSE;

      g_object_get (widget, "text", &label, "active", &active, NULL);
      if (g_strcmp0 (label, text) == 0)
        return active;
    }

  for (GtkWidget *each = gtk_widget_get_first_child (widget); each != NULL; each = gtk_widget_get_next_sibling (each))
    if (model_button_active (each, text))
      return TRUE;

  return FALSE;
}

/* The menu of a filter's menu button (made just after the first frame). */
static GMenuModel *
filter_menu (Fixture    *fixture,
             const char *button_name)
{
  GtkMenuButton *button = child (fixture, button_name);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_menu_button_get_menu_model (button) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (gtk_menu_button_get_menu_model (button));

  return gtk_menu_button_get_menu_model (button);
}

/* Chooses the @index-th item of a filter's menu, as a click on it does. */
static void
choose_filter_item (Fixture    *fixture,
                    const char *button_name,
                    int         index)
{
  GMenuModel *menu = filter_menu (fixture, button_name);
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_cmpint (index, <, g_menu_model_get_n_items (menu));
  g_assert_true (g_menu_model_get_item_attribute (menu, index, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  target = g_menu_model_get_item_attribute_value (menu, index, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_true (gtk_widget_activate_action_variant (child (fixture, button_name), action, target));
  mp_test_ui_iterate ();
}

/* The department names a filter's menu offers (its items' targets; "" is all of them). */
static GPtrArray *
department_choices (Fixture *fixture)
{
  GMenuModel *menu = filter_menu (fixture, "department_button");
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      char *name = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &name));
      g_ptr_array_add (names, name);
    }

  return names;
}

/* Chooses the state filter's item for @nick ("overdue": its action's target), from its menu */
static void
select_state (Fixture    *fixture,
              const char *nick)
{
  GMenuModel *menu = filter_menu (fixture, "state_button");

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *target = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));
      if (g_str_equal (target, nick))
        {
          choose_filter_item (fixture, "state_button", i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
select_department (Fixture    *fixture,
                   const char *name)
{
  g_autoptr(GPtrArray) names = department_choices (fixture);

  if (g_str_equal (name, "All departments"))
    name = "";
  for (guint i = 0; i < names->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (names, i), name))
        {
          choose_filter_item (fixture, "department_button", (int) i);
          return;
        }
    }

  g_assert_not_reached ();
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  GtkWidget *entry = child (fixture, "search_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* Search entries wait a moment before "search-changed": let it come. */
  g_signal_emit_by_name (entry, "search-changed");
  mp_test_ui_iterate ();
}

static MpPairing *
pairing_of (Fixture    *fixture,
            const char *employee)
{
  GListModel *list = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (list, i);

      if (g_strcmp0 (mp_pairing_get_employee_name (pairing), employee) == 0)
        return pairing;
    }

  return NULL;
}

static void
select_row (Fixture    *fixture,
            const char *employee)
{
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (shown, i);

      if (g_strcmp0 (mp_pairing_get_employee_name (pairing), employee) == 0)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), i, TRUE);
          mp_test_ui_iterate ();
          return;
        }
    }

  g_assert_not_reached ();
}

/* Another computer holds the store's file's write lock, longer than the window's store waits
 * (50 ms); an import's own store waits for it (ten seconds, the default). */
static sqlite3 *
hold_write_lock (Fixture *fixture)
{
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (mp_store_get_path (fixture->store), &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  mp_store_set_busy_timeout (fixture->store, 50);

  return other;
}

static void
release_write_lock (sqlite3 *other)
{
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
}

static void
click (gpointer button)
{
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  mp_test_ui_iterate ();
}

static MpHrPairingColumn
column_titled (MpHrPairingHeader *header,
               const char        *title)
{
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      GtkWidget *button = mp_hr_pairing_header_get_button (header, i);
      g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, title);

      if (label == NULL)
        return i;
    }

  g_assert_not_reached ();
  return MP_HR_N_PAIRING_COLUMNS;
}

/* The rows the pairings view has made, in order (MpHrPairingRow). */
static GPtrArray *
pairing_rows (Fixture *fixture)
{
  GtkWidget *view = child (fixture, "pairings_view");
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *item = gtk_widget_get_first_child (view); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (MP_IS_HR_PAIRING_ROW (row) && mp_hr_pairing_row_get_pairing (MP_HR_PAIRING_ROW (row)) != NULL)
        g_ptr_array_add (rows, row);
    }

  return rows;
}

/* ---- Tests -------------------------------------------------------------------------- */

static void
test_pairings_table (Fixture       *fixture,
                     gconstpointer  user_data)
{
  GtkLabel *count = child (fixture, "count_label");
  g_autofree char *names = shown_set (fixture);

  g_assert_cmpstr (names, ==, "Aisha Mensah,Daniel Brooks,Liam O'Brien,Marcus Chen,Priya Raman,Sofia Rossi");
  g_assert_cmpstr (gtk_label_get_label (count), ==, "6 pairings");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pairings_stack")), ==, "table");

  /* Most urgent first by default: the overdue pairing leads. */
  {
    g_autofree char *ordered = shown_names (fixture);

    g_assert_true (g_str_has_prefix (ordered, "Aisha Mensah,"));
  }

  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-pairings"));

  /* It must also work at about 800 pixels wide. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 600);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-pairings-800"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 810);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkLabel *count = child (fixture, "count_label");
  g_autofree char *names = NULL;

  /* By mentor */
  type_search (fixture, "helen");
  names = shown_set (fixture);
  g_assert_cmpstr (names, ==, "Liam O'Brien,Priya Raman");
  g_assert_cmpstr (gtk_label_get_label (count), ==, "2 of 6 pairings");
  g_clear_pointer (&names, g_free);

  /* Typing more narrows further (a stricter filter) */
  type_search (fixture, "helen li");
  names = shown_set (fixture);
  g_assert_cmpstr (names, ==, "Liam O'Brien");
  g_clear_pointer (&names, g_free);

  /* By department, case and accents ignored */
  type_search (fixture, "TECHNOLOGY");
  names = shown_set (fixture);
  g_assert_cmpstr (names, ==, "Daniel Brooks,Marcus Chen");
  g_clear_pointer (&names, g_free);

  /* By employee, accent-insensitive mentor name */
  type_search (fixture, "jose");
  names = shown_set (fixture);
  g_assert_true (strstr (names, "Daniel Brooks") != NULL);
  g_clear_pointer (&names, g_free);

  type_search (fixture, "nobody-by-this-name");
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pairings_stack")), ==, "no-match");
  g_assert_true (gtk_stack_get_visible_child (child (fixture, "pairings_stack")) ==
                 child (fixture, "no_match_content"));
  g_assert_cmpstr (mp_status_page_get_title (child (fixture, "no_match_content")), ==, "No Matching Pairings");
  /* What to change names only the choices that narrow the list */
  g_assert_cmpstr (mp_status_page_get_description (child (fixture, "no_match_content")), ==,
                   "Try another name. Archived pairings show when you choose “Archived”.");
  g_object_set (fixture->window, "state-filter", "overdue", NULL);
  g_assert_cmpstr (mp_status_page_get_description (child (fixture, "no_match_content")), ==,
                   "Try another name, or choose “Any state”.");
  g_object_set (fixture->window, "department-filter", "Technology", NULL);
  g_assert_cmpstr (mp_status_page_get_description (child (fixture, "no_match_content")), ==,
                   "Try another name, or choose “Any state” and “All departments”.");
  g_object_set (fixture->window, "state-filter", "any", NULL);
  g_assert_cmpstr (mp_status_page_get_description (child (fixture, "no_match_content")), ==,
                   "Try another name, or choose “All departments”.");
  g_object_set (fixture->window, "department-filter", "", NULL);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-no-match"));

  /* Deleting brings everything back (a looser filter) */
  type_search (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 6);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "6 pairings");

  /* Ctrl+F goes to the search entry */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "staff");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "pairings");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (fixture->window))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         child (fixture, "search_entry")) ||
                 gtk_root_get_focus (GTK_ROOT (fixture->window)) == child (fixture, "search_entry"));
}

/* The pairing of the table's row that has the keyboard focus, or NULL. */
static MpPairing *
focused_pairing (Fixture *fixture)
{
  GtkWidget *view = child (fixture, "pairings_view");

  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (fixture->window)); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) == view)
      {
        GtkWidget *row = gtk_widget_get_first_child (widget);

        return MP_IS_HR_PAIRING_ROW (row) ? mp_hr_pairing_row_get_pairing (MP_HR_PAIRING_ROW (row)) : NULL;
      }

  return NULL;
}

/* A key press as the search entry's key controllers see it; TRUE if one took it. */
static gboolean
press_in_search (Fixture         *fixture,
                 guint            keyval,
                 GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (child (fixture, "search_entry"));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  mp_test_ui_iterate ();

  return handled;
}

/* The first pairing shown is the only one selected, and its row has the focus. */
static void
assert_first_pairing_focused (Fixture *fixture)
{
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
  g_autoptr(MpPairing) first = g_list_model_get_item (shown, 0);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown));

  g_assert_nonnull (first);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  g_assert_true (gtk_bitset_contains (selected, 0));
  g_assert_true (focused_pairing (fixture) == first);
}

/* From the search, Return or Down goes to the first pairing found, selected (its
 * actions one key away); with nothing found, the focus stays in the search. */
static void
test_search_keyboard (Fixture       *fixture,
                      gconstpointer  user_data)
{
  GtkWidget *entry = child (fixture, "search_entry");
  GtkLabel *selection_label = child (fixture, "selection_label");
  g_autoptr(MpPairing) first = NULL;

  type_search (fixture, "helen li");
  gtk_widget_grab_focus (entry);
  g_signal_emit_by_name (entry, "activate");
  mp_test_ui_iterate ();
  assert_first_pairing_focused (fixture);
  g_assert_cmpstr (mp_pairing_get_employee_name (focused_pairing (fixture)), ==, "Liam O'Brien");
  g_assert_cmpstr (gtk_label_get_label (selection_label), ==, "Liam O'Brien with Helen Okafor");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "end_button")));

  /* Down, from a wider search: the first of several */
  type_search (fixture, "technology");
  gtk_widget_grab_focus (entry);
  g_assert_true (press_in_search (fixture, GDK_KEY_Down, 0));
  assert_first_pairing_focused (fixture);
  first = g_list_model_get_item (mp_hr_window_get_shown_pairings (fixture->window), 0);
  g_assert_true (g_str_equal (mp_pairing_get_employee_name (first), "Daniel Brooks") ||
                 g_str_equal (mp_pairing_get_employee_name (first), "Marcus Chen"));

  /* Shift+Down is the entry's, and so are other keys */
  gtk_widget_grab_focus (entry);
  g_assert_false (press_in_search (fixture, GDK_KEY_Down, GDK_SHIFT_MASK));
  g_assert_false (press_in_search (fixture, GDK_KEY_Up, 0));

  /* Nothing found: the focus stays */
  type_search (fixture, "nobody-by-this-name");
  gtk_widget_grab_focus (entry);
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (press_in_search (fixture, GDK_KEY_Down, 0));
  g_assert_null (focused_pairing (fixture));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  user_data)
{
  struct { const char *choice; const char *expected; } states[] = {
    { "pre-arrival", "Priya Raman" },
    { "overdue", "Aisha Mensah" },
    { "completed", "Sofia Rossi" },
    { "ended", "Marcus Chen" },
    { "called-off", "" },                   /* none yet */
  };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *names = NULL;

      select_state (fixture, states[i].choice);
      names = shown_set (fixture);
      g_assert_cmpstr (names, ==, states[i].expected);
    }

  /* On track / due soon: the running pairings that are neither overdue nor before arrival. */
  {
    g_autofree char *on_track = NULL;
    g_autofree char *due_soon = NULL;
    g_autofree char *joined = NULL;

    select_state (fixture, "on-track");
    on_track = shown_set (fixture);
    select_state (fixture, "due-soon");
    due_soon = shown_set (fixture);
    joined = g_strconcat (on_track, ",", due_soon, NULL);
    g_assert_true (strstr (joined, "Liam O'Brien") != NULL);
    g_assert_true (strstr (joined, "Daniel Brooks") != NULL);
    g_assert_null (strstr (joined, "Aisha"));
  }

  /* Needs attention includes the overdue one and no finished pairing. */
  {
    g_autofree char *names = NULL;

    select_state (fixture, "needs-attention");
    names = shown_set (fixture);
    g_assert_true (strstr (names, "Aisha Mensah") != NULL);
    g_assert_null (strstr (names, "Sofia"));
    g_assert_null (strstr (names, "Marcus"));
  }

  /* A year on, the pairings still running have seen their six months end with meetings
   * missed: unfinished, waiting for HR to say whether they completed (they read "Completed"
   * when as many meetings were held as expected, however they fell, and "Overdue" for ever
   * when not) */
  {
    MpPairingList *list = mp_pairing_list_get_for_store (fixture->store);
    GDate later;
    g_autofree char *unfinished = NULL;
    g_autofree char *attention = NULL;
    g_autofree char *completed = NULL;
    g_autofree char *aisha = NULL;

    g_date_clear (&later, 1);
    g_date_set_dmy (&later, 1, G_DATE_JUNE, 2027);
    mp_pairing_list_set_today (list, &later);
    mp_test_ui_iterate ();
    select_state (fixture, "unfinished");
    unfinished = shown_set (fixture);
    g_assert_cmpstr (unfinished, ==, "Aisha Mensah,Daniel Brooks,Liam O'Brien,Priya Raman");
    g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "state_button")), ==, "Unfinished");
    select_state (fixture, "needs-attention");
    attention = shown_set (fixture);
    g_assert_cmpstr (attention, ==, unfinished);
    select_state (fixture, "completed");
    completed = shown_set (fixture);
    g_assert_cmpstr (completed, ==, "Sofia Rossi");
    select_state (fixture, "overdue");
    g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 0);
    aisha = mp_hr_pairing_state_text (pairing_of (fixture, "Aisha Mensah"));
    g_assert_cmpstr (aisha, ==, "Unfinished: 6 missed");
    /* (and no meeting is awaited: not "Not scheduled") */
    g_clear_pointer (&aisha, g_free);
    aisha = mp_hr_pairing_column_text (pairing_of (fixture, "Aisha Mensah"), MP_HR_PAIRING_NEXT_MEETING);
    g_assert_cmpstr (aisha, ==, "—");
    select_state (fixture, "any");
    mp_pairing_list_set_today (list, &fixture->today);
    mp_test_ui_iterate ();
  }

  /* A selected pairing the filter hides is no longer selected: nothing to act on */
  select_state (fixture, "ended");
  select_row (fixture, "Marcus Chen");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "purge_button")));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "selection_label")), !=, "");
  select_state (fixture, "pre-arrival");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "purge_button")));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "selection_label")), ==, "");

  /* Department, alone and with a state and a search */
  select_state (fixture, "any");
  select_department (fixture, "Member Services");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Liam O'Brien,Priya Raman");
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "count_label")), ==, "2 of 6 pairings");
  }
  select_state (fixture, "pre-arrival");
  {
    g_autofree char *names = shown_set (fixture);
    g_autofree char *state = NULL;
    g_autofree char *department = NULL;

    g_assert_cmpstr (names, ==, "Priya Raman");

    /* The buttons say what they show; the window's properties (the actions' states, which
     * check the menus' radio items) too. */
    g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "state_button")), ==, "Before arrival");
    g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "department_button")), ==, "Member Services");
    g_object_get (fixture->window, "state-filter", &state, "department-filter", &department, NULL);
    g_assert_cmpstr (state, ==, "pre-arrival");
    g_assert_cmpstr (department, ==, "Member Services");
  }
  select_state (fixture, "any");
  type_search (fixture, "liam");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Liam O'Brien");
  }
  type_search (fixture, "");
  select_department (fixture, "Technology Services");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Daniel Brooks,Marcus Chen");
  }
  select_department (fixture, "All departments");
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 6);
  g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "department_button")), ==, "All departments");
  g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "state_button")), ==, "Any state");

  /* The open menu checks the choice shown; the button stays named for what it filters
   * (GTK labels the button inside by each new label). */
  select_state (fixture, "overdue");
  {
    GtkMenuButton *button = child (fixture, "state_button");
    GtkWidget *inner = gtk_widget_get_first_child (GTK_WIDGET (button));
    GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
    g_autofree char *relation = NULL;

    g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Overdue");
    relation = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                   button, NULL);
    g_assert_null (relation);

    gtk_menu_button_popup (button);
    mp_test_ui_wait_for_frame (popover);
    g_assert_true (model_button_active (popover, "Overdue"));
    g_assert_false (model_button_active (popover, "Any state"));
    gtk_menu_button_popdown (button);
  }
  select_state (fixture, "any");

  /* The department chosen renamed: every department again. A name's underscore is shown,
   * not taken for a mnemonic. */
  select_department (fixture, "Member Services");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MpDepartment) renamed =
      mp_department_copy (mp_store_lookup_department_by_name (fixture->store, "Member Services"));
    GMenuModel *menu = filter_menu (fixture, "department_button");
    gboolean escaped = FALSE;

    mp_department_set_name (renamed, "Member_Services");
    g_assert_true (mp_store_save_department (fixture->store, renamed, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "department_button")), ==, "All departments");
    g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 6);
    for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
      {
        g_autofree char *label = NULL;
        g_autofree char *target = NULL;

        g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
        g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));
        escaped |= g_str_equal (label, "Member__Services") && g_str_equal (target, "Member_Services");
      }
    g_assert_true (escaped);
    select_department (fixture, "Member_Services");
    g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "department_button")), ==, "Member_Services");
    g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 2);
  }

  /* Every state is offered, in the order of the choices above. */
  {
    GMenuModel *menu = filter_menu (fixture, "state_button");
    const char *labels[] = { "Any state", "Before arrival", "On track", "Due soon", "Overdue",
                             "No contact for 3 weeks", "Needs attention", "Completed", "Unfinished", "Ended early", "Called off",
                             "Archived" };

    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, G_N_ELEMENTS (labels));
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      {
        g_autofree char *label = NULL;

        g_assert_true (g_menu_model_get_item_attribute (menu, (int) i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
        g_assert_cmpstr (label, ==, labels[i]);
      }
  }
}

static void
assert_next_meeting_order (Fixture     *fixture,
                           GtkSortType  order)
{
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
  gint64 previous = order == GTK_SORT_ASCENDING ? G_MININT64 : G_MAXINT64;
  guint n = g_list_model_get_n_items (shown);

  g_assert_cmpuint (n, ==, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (shown, i);
      gint64 next = mp_pairing_get_next_meeting_unix (pairing);

      if (order == GTK_SORT_ASCENDING)
        g_assert_cmpint (next, >=, previous);
      else
        g_assert_cmpint (next, <=, previous);
      previous = next;
    }
}

static void
test_sort_next_meeting (Fixture       *fixture,
                        gconstpointer  user_data)
{
  MpHrPairingHeader *header = child (fixture, "pairings_header");
  MpHrPairingColumn column = column_titled (header, "Next Meeting");
  g_autoptr(MpPairing) first = NULL;
  g_autoptr(MpPairing) last = NULL;
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);

  mp_hr_pairing_header_sort_by (header, column, GTK_SORT_ASCENDING);
  mp_test_ui_iterate ();
  assert_next_meeting_order (fixture, GTK_SORT_ASCENDING);

  /* The demo's earliest scheduled meeting is Priya's first contact, in three days; those
   * without a scheduled meeting come last. */
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (mp_pairing_get_employee_name (first), ==, "Priya Raman");
  last = g_list_model_get_item (shown, 5);
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (last), ==, G_MAXINT64);

  mp_hr_pairing_header_sort_by (header, column, GTK_SORT_DESCENDING);
  mp_test_ui_iterate ();
  assert_next_meeting_order (fixture, GTK_SORT_DESCENDING);

  /* Every column sorts, both ways, on its own key. */
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      for (GtkSortType order = GTK_SORT_ASCENDING; order <= GTK_SORT_DESCENDING; order++)
        {
          GtkSortType shown_order;

          mp_hr_pairing_header_sort_by (header, i, order);
          mp_test_ui_iterate ();
          g_assert_cmpint (mp_hr_pairing_header_get_sort_column (header, &shown_order), ==, i);
          g_assert_cmpint (shown_order, ==, order);
          g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 6);
          for (guint k = 1; k < 6; k++)
            {
              g_autoptr(MpPairing) a = g_list_model_get_item (shown, k - 1);
              g_autoptr(MpPairing) b = g_list_model_get_item (shown, k);
              int result = mp_hr_pairing_column_compare (a, b, i);

              if (order == GTK_SORT_ASCENDING)
                g_assert_cmpint (result, <=, 0);
              else
                g_assert_cmpint (result, >=, 0);
            }
        }
    }

  /* Names sort ignoring case, as in the locale. */
  mp_hr_pairing_header_sort_by (header, MP_HR_PAIRING_EMPLOYEE, GTK_SORT_ASCENDING);
  mp_test_ui_iterate ();
  {
    g_autofree char *names = shown_names (fixture);

    g_assert_cmpstr (names, ==, "Aisha Mensah,Daniel Brooks,Liam O'Brien,Marcus Chen,Priya Raman,Sofia Rossi");
  }

  /* Print takes the shown order, or the selection. */
  mp_hr_pairing_header_sort_by (header, column, GTK_SORT_ASCENDING);
  mp_test_ui_iterate ();
  {
    g_autoptr(GPtrArray) all = mp_hr_window_get_print_pairings (fixture->window);
    g_autoptr(GPtrArray) some = NULL;

    g_assert_cmpuint (all->len, ==, 6);
    g_assert_cmpstr (mp_pairing_get_employee_name (g_ptr_array_index (all, 0)), ==, "Priya Raman");
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 2, TRUE);
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 4, FALSE);
    some = mp_hr_window_get_print_pairings (fixture->window);
    g_assert_cmpuint (some->len, ==, 2);
  }
}

static void
test_new_pairing (Fixture       *fixture,
                  gconstpointer  user_data)
{
  MpPairingDialog *dialog;
  MpPerson *helen = NULL;
  MpPerson *first = NULL;
  GListModel *people = mp_store_get_people (fixture->store);
  GListModel *suggestions;
  GListModel *helens;
  MpPairingList *list = mp_pairing_list_get_for_store (fixture->store);
  guint n_pairings = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint n_helens;
  GtkWidget *create;
  MpMentorship *mentorship;
  MpPairing *pairing;
  MpMentorWindow *dashboard;
  guint n_mentees;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (mp_person_get_name (person), "Helen Okafor"))
        helen = person;
    }
  g_assert_nonnull (helen);
  helens = mp_store_get_mentorships_for_mentor (fixture->store, helen);
  n_helens = g_list_model_get_n_items (helens);

  /* Helen's own dashboard is open at the same time (the demo lets us act as her). */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (mp_store_set_acting_login (fixture->store, mp_person_get_login (helen), &error));
    g_assert_no_error (error);
  }
  dashboard = g_object_new (MP_TYPE_MENTOR_WINDOW, "store", fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (dashboard));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dashboard));
  n_mentees = g_list_model_get_n_items (mp_mentor_window_get_mentees (dashboard));
  g_assert_cmpuint (n_mentees, >=, 2);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-pairing", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  create = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "create_button");
  g_assert_false (gtk_widget_get_sensitive (create));
  g_assert_cmpint (gtk_entry_get_max_length (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_entry")), ==,
                   MP_PERSON_NAME_MAX_CHARS);

  /* It proposes the first Monday at least a week away (today is Monday 16 March), and says by
   * when the mentor gets in touch: the week before, or, paired later, within two days. */
  {
    GtkCalendar *calendar = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "calendar");
    g_autoptr(GDateTime) proposed = gtk_calendar_get_date (calendar);
    g_autoptr(GDateTime) soon = g_date_time_new_local (2026, 3, 20, 12, 0, 0);

    g_assert_cmpint (g_date_time_get_year (proposed), ==, 2026);
    g_assert_cmpint (g_date_time_get_month (proposed), ==, 3);
    g_assert_cmpint (g_date_time_get_day_of_month (proposed), ==, 23);
    /* Paired today, a week before: the mentor has two days for the first contact. */
    g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                              "Monday 23 March 2026. The mentor has until Wednesday 18 March to get in touch."));
    {
      g_autoptr(GDateTime) later = g_date_time_new_local (2026, 3, 30, 12, 0, 0);

      gtk_calendar_select_day (calendar, later);
      g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                                "Monday 30 March 2026. The mentor gets in touch the week before."));
    }
    gtk_calendar_select_day (calendar, soon);
    g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                              "Friday 20 March 2026. The mentor has until Wednesday 18 March to get in touch."));
    g_assert_null (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                           "weekend"));
    /* A first day on a Saturday is said to be on a weekend (and still allowed) */
    {
      g_autoptr(GDateTime) saturday = g_date_time_new_local (2026, 3, 28, 12, 0, 0);

      gtk_calendar_select_day (calendar, saturday);
      g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                                "Saturday 28 March 2026. The mentor gets in touch the week before. That is on a "
                                "weekend: check that it is the first working day."));
    }
    /* So is one on a day the library is closed (and still allowed) */
    {
      g_autoptr(GDateTime) closed_day = g_date_time_new_local (2026, 4, 6, 12, 0, 0);
      g_autoptr(GArray) before = mp_closed_days_copy (mp_store_get_closed_days (fixture->store));
      g_autoptr(GArray) days = mp_closed_days_copy (before);
      g_autoptr(GError) error = NULL;
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 6, G_DATE_APRIL, 2026);
      mp_closed_days_add (days, &date, "Staff training");
      g_assert_true (mp_store_set_closed_days (fixture->store, days, &error));
      g_assert_no_error (error);
      gtk_calendar_select_day (calendar, closed_day);
      g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                                "Monday 6 April 2026. The mentor gets in touch the week before. The library system "
                                "is closed that day (Staff training): check that it is the first working day."));
      g_assert_true (mp_store_set_closed_days (fixture->store, before, &error));
      g_assert_no_error (error);
    }
    {
      g_autoptr(GDateTime) today = g_date_time_new_local (2026, 3, 16, 12, 0, 0);

      gtk_calendar_select_day (calendar, today);
      g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                                "no contact before the first day is expected"));
    }
  }

  /* A new employee of Member Services, starting on 6 April 2026. */
  gtk_check_button_set_active (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "new_check"), TRUE);
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "email_entry"), "not an address");
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_error")));
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "email_error")));
  g_assert_false (gtk_widget_get_sensitive (create));
  /* The name of someone on the staff list (in other capitals): most likely them, made twice;
   * said, not refused (two colleagues may share a name) */
  {
    GtkLabel *note = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_error");

    gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_entry"), "aisha MENSAH");
    mp_test_ui_iterate ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (note)));
    g_assert_true (g_str_has_prefix (gtk_label_get_label (note), "“Aisha Mensah” is on the staff list already"));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-new-pairing-same-name"));
    gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_entry"), "Grace Newcomer");
    mp_test_ui_iterate ();
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (note)));
  }
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_entry"), "Grace Newcomer");
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "email_entry"),
                         "grace.newcomer@alliancelibrarysystem.example");
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "login_entry"), "gnewcomer");
  {
    GtkDropDown *departments = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "department_dropdown");
    GListModel *names = gtk_drop_down_get_model (departments);

    for (guint i = 0; i < g_list_model_get_n_items (names); i++)
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Member Services"))
        gtk_drop_down_set_selected (departments, i);
  }
  {
    g_autoptr(GDateTime) start = g_date_time_new_local (2026, 4, 6, 0, 0, 0);

    gtk_calendar_select_day (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "calendar"), start);
  }
  mp_test_ui_iterate ();
  /* The calendar's arrows move the start too, and the dialog says so. */
  mp_test_ui_click_calendar_arrow (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "calendar"), MP_TEST_UI_NEXT_MONTH);
  g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                            "Wednesday 6 May 2026"));
  mp_test_ui_click_calendar_arrow (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "calendar"), MP_TEST_UI_PREV_MONTH);
  g_assert_nonnull (strstr (gtk_label_get_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "start_label")),
                            "Monday 6 April 2026"));
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "email_error")));

  /* Suggestions: those with room first, same department before others, lightest load first.
   * Helen (Member Services) mentors two; the first suggestion is from Member Services
   * if anyone there has room, and no one suggested before has a heavier load in the
   * same group. */
  suggestions = mp_pairing_dialog_get_suggestions (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), >=, 5);
  first = g_list_model_get_item (suggestions, 0);
  g_assert_cmpstr (mp_department_get_name (mp_person_get_department (first)), ==, "Member Services");
  g_object_unref (first);
  {
    /* Someone of another department is offered too. */
    gboolean other = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (suggestions); i++)
      {
        g_autoptr(MpPerson) person = g_list_model_get_item (suggestions, i);
        MpDepartment *department = mp_person_get_department (person);

        if (department == NULL || g_strcmp0 (mp_department_get_name (department), "Member Services") != 0)
          other = TRUE;
      }
    g_assert_true (other);
  }

  g_assert_false (gtk_widget_get_sensitive (create));
  g_assert_true (mp_pairing_dialog_select_mentor (dialog, helen));
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_get_sensitive (create));

  /* A start so long ago that the whole program is over is refused (six months and more
   * before today, Monday 16 March 2026); one a little earlier than today is not. */
  {
    GtkCalendar *calendar = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "calendar");
    g_autoptr(GDateTime) long_ago = g_date_time_new_local (2025, 3, 17, 12, 0, 0);
    g_autoptr(GDateTime) last_month = g_date_time_new_local (2026, 2, 16, 12, 0, 0);
    g_autoptr(GDateTime) start = g_date_time_new_local (2026, 4, 6, 12, 0, 0);

    gtk_calendar_select_day (calendar, long_ago);
    g_assert_false (gtk_widget_get_sensitive (create));
    g_assert_cmpstr (gtk_label_get_label (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "reason_label")), ==,
                     "With this start the whole program would already be over: choose a later start date.");
    gtk_calendar_select_day (calendar, last_month);
    g_assert_true (gtk_widget_get_sensitive (create));
    gtk_calendar_select_day (calendar, start);
  }
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-new-pairing-dialog"));
  click (create);
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG));

  /* In the store, in the shared pairing list and the mentor's mentorships, and in the
   * table, without a reload. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_pairings + 1);
  g_assert_cmpuint (g_list_model_get_n_items (helens), ==, n_helens + 1);
  pairing = pairing_of (fixture, "Grace Newcomer");
  g_assert_nonnull (pairing);
  mentorship = mp_pairing_get_mentorship (pairing);
  g_assert_true (mp_mentorship_get_mentor (mentorship) == helen);
  g_assert_cmpint (g_date_get_day (mp_mentorship_get_start_date (mentorship)), ==, 6);
  g_assert_cmpint (g_date_get_month (mp_mentorship_get_start_date (mentorship)), ==, G_DATE_APRIL);
  g_assert_nonnull (mp_store_lookup_person_by_login (fixture->store, "gnewcomer"));
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "selection_label")), ==, "Grace Newcomer with Helen Okafor");
  g_assert_true (strstr (gtk_label_get_label (child (fixture, "banner_label")), "Grace Newcomer") != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (mp_mentor_window_get_mentees (dashboard)), ==, n_mentees + 1);
  gtk_window_destroy (GTK_WINDOW (dashboard));
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_true (strstr (names, "Grace Newcomer") != NULL);
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "count_label")), ==, "7 pairings");
  }

  /* An existing person: Noah (Member Services, may not mentor) with José. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-pairing", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG);
  g_assert_nonnull (dialog);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (mp_person_get_name (person), "Noah O'Neill-Williams"))
        g_assert_true (mp_pairing_dialog_select_employee (dialog, person));
      /* Someone already paired is not offered. */
      if (g_str_equal (mp_person_get_name (person), "Daniel Brooks"))
        g_assert_false (mp_pairing_dialog_select_employee (dialog, person));
    }
  first = g_list_model_get_item (mp_pairing_dialog_get_suggestions (dialog), 0);
  g_assert_true (mp_pairing_dialog_select_mentor (dialog, first));
  g_object_unref (first);
  click (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "create_button"));
  g_assert_nonnull (pairing_of (fixture, "Noah O'Neill-Williams"));
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 8);

  /* It keeps the day it was made (the pairings' today): its first contact is counted from it. */
  {
    MpMentorship *noah = mp_pairing_get_mentorship (pairing_of (fixture, "Noah O'Neill-Williams"));
    const GDate *paired_on = mp_mentorship_get_paired_on (noah);
    GDate today;

    mp_pairing_list_get_today (mp_pairing_list_get_for_store (fixture->store), &today);
    g_assert_nonnull (paired_on);
    g_assert_cmpint (g_date_compare (paired_on, &today), ==, 0);
  }
}

/* The uuid of @pairing's next meeting, which it must have. */
static char *
next_meeting_uuid (Fixture   *fixture,
                   MpPairing *pairing)
{
  GListModel *meetings = mp_store_get_meetings (fixture->store, mp_pairing_get_mentorship (pairing));
  gint64 next = mp_pairing_get_next_meeting_unix (pairing);

  g_assert_cmpint (next, !=, G_MAXINT64);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED &&
          g_date_time_to_unix (mp_meeting_get_starts_at (meeting)) == next)
        return g_strdup (mp_meeting_get_uuid (meeting));
    }

  g_assert_not_reached ();
}

static void
test_end_archive_purge (Fixture       *fixture,
                        gconstpointer  user_data)
{
  MpPairing *daniel = pairing_of (fixture, "Daniel Brooks");
  MpMentorship *mentorship = mp_pairing_get_mentorship (daniel);
  gpointer dialog;
  GtkMessageDialog *confirm;
  g_autofree char *secondary = NULL;
  g_autofree char *next_uuid = next_meeting_uuid (fixture, daniel);

  g_object_ref (mentorship);

  select_row (fixture, "Daniel Brooks");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "end_button")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "archive_button")));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "purge_button")));

  /* End early: a reason is required */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.end-pairing", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_END_PAIRING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "save_button")));
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "reason_entry"), "Moved to another library");
  click (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "save_button"));
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ENDED_EARLY);
  g_assert_cmpstr (mp_mentorship_get_end_reason (mentorship), ==, "Moved to another library");
  /* History kept; the meeting to come called off, as the dialog said. */
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, mentorship)), >, 0);
  g_assert_cmpint (g_date_compare (mp_mentorship_get_ended_on (mentorship), &fixture->today), ==, 0);
  g_assert_cmpint (mp_meeting_get_status (mp_store_lookup_meeting (fixture->store, next_uuid)), ==,
                   MP_MEETING_STATUS_CANCELLED);
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (daniel), ==, G_MAXINT64);
  mp_test_ui_iterate ();
  /* The window says so; on another page it no longer does */
  g_assert_true (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "banner_label")), ==,
                   "The pairing of Daniel Brooks with José Álvarez ended early.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "follow-ups");
  mp_test_ui_iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "pairings");
  mp_test_ui_iterate ();

  /* Archive: leaves "Any state", shows under "Archived" */
  select_row (fixture, "Daniel Brooks");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "archive_button")));
  click (child (fixture, "archive_button"));
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ARCHIVED);
  mp_test_ui_iterate ();
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_null (strstr (names, "Daniel"));
  }
  select_state (fixture, "archived");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Daniel Brooks");
  }

  /* Restore: an archived pairing selected, Restore takes Archive's place and brings it back,
   * ended early as it was */
  select_row (fixture, "Daniel Brooks");
  g_assert_false (gtk_widget_get_visible (child (fixture, "archive_button")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "unarchive_button")));
  click (child (fixture, "unarchive_button"));
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ENDED_EARLY);
  g_assert_cmpstr (mp_mentorship_get_end_reason (mentorship), ==, "Moved to another library");
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "banner_label")), ==,
                   "The pairing of Daniel Brooks with José Álvarez is back among the finished ones.");
  select_state (fixture, "any");
  select_row (fixture, "Daniel Brooks");
  g_assert_true (gtk_widget_get_visible (child (fixture, "archive_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "unarchive_button")));
  click (child (fixture, "archive_button"));
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ARCHIVED);
  select_state (fixture, "archived");

  /* Purge: the confirmation says what goes, counts only */
  select_row (fixture, "Daniel Brooks");
  click (child (fixture, "purge_button"));
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_object_get (confirm, "secondary-text", &secondary, NULL);
  g_assert_true (strstr (secondary, "meetings") != NULL);
  g_assert_true (strstr (secondary, "concern") != NULL);
  g_assert_true (strstr (secondary, "introduction") != NULL);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (confirm), "hr-purge-confirmation"));
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_null (mp_store_lookup_mentorship (fixture->store, mp_mentorship_get_uuid (mentorship)));
  g_assert_null (pairing_of (fixture, "Daniel Brooks"));
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "count_label")), ==, "0 of 5 pairings");
  g_object_unref (mentorship);
}

/* The focus as the pairing at @position, selected, and @message said there. */
static void
assert_focus_on_row (Fixture    *fixture,
                     guint       position,
                     const char *message)
{
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
  g_autoptr(MpPairing) pairing = g_list_model_get_item (shown, position);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_first_child (focus) : NULL;

  g_assert_nonnull (pairing);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (shown), position));
  g_assert_true (MP_IS_HR_PAIRING_ROW (row));
  g_assert_true (mp_hr_pairing_row_get_pairing (MP_HR_PAIRING_ROW (row)) == pairing);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     message));
}

/* Archived, restored or deleted, a pairing leaves the table: the focus goes to the row that
 * took its place (or the last), or to the state filter once none is left, and the message
 * is said there, never lost to the window's top. */
static void
test_removal_moves_focus (Fixture       *fixture,
                          gconstpointer  user_data)
{
  MpPairing *daniel = pairing_of (fixture, "Daniel Brooks");
  MpMentorship *mentorship = g_object_ref (mp_pairing_get_mentorship (daniel));
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
  const char *archived = "The pairing of Daniel Brooks with José Álvarez is archived. Choose “Archived” in the "
                         "state filter to see it, or to restore it.";
  g_autoptr(GError) error = NULL;
  GtkMessageDialog *confirm;
  GtkWidget *focus;
  guint position;

  g_assert_true (mp_store_end_mentorship (fixture->store, mentorship, "Moved", &fixture->today, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();

  /* Archived from the middle of the table: the next row takes its place and the focus */
  select_row (fixture, "Daniel Brooks");
  position = gtk_bitset_get_nth (gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown)), 0);
  g_assert_cmpuint (position + 1, <, g_list_model_get_n_items (shown));
  gtk_widget_grab_focus (child (fixture, "archive_button"));
  click (child (fixture, "archive_button"));
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ARCHIVED);
  assert_focus_on_row (fixture, position, archived);

  /* The message goes with the focus: it is not said again on coming back */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  gtk_widget_grab_focus (child (fixture, "search_entry"));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* Deleted for good, the last under "Archived": the state filter shows the others */
  select_state (fixture, "archived");
  select_row (fixture, "Daniel Brooks");
  click (child (fixture, "purge_button"));
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_null (mp_store_lookup_mentorship (fixture->store, mp_mentorship_get_uuid (mentorship)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, child (fixture, "state_button")));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     "The pairing and its history were deleted."));
  g_object_unref (mentorship);
}

/* A first contact late before arrival: the state says so and "Needs attention" lists it
 * (the state stays "before arrival" for the rest: not "Overdue"). */
static void
test_first_contact_late (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MpPairingList *list = mp_pairing_list_get_for_store (fixture->store);
  MpPairing *priya = pairing_of (fixture, "Priya Raman");
  GDate day = *mp_mentorship_get_start_date (mp_pairing_get_mentorship (priya));

  /* Five days before her start: the contact, due a week before, is late. */
  g_date_subtract_days (&day, 5);
  mp_pairing_list_set_today (list, &day);
  mp_test_ui_iterate ();
  g_assert_true (mp_pairing_get_first_contact_late (priya));
  g_assert_cmpint (mp_pairing_get_state (priya), ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  {
    g_autofree char *state = mp_hr_pairing_state_text (priya);
    g_autofree char *names = NULL;

    g_assert_cmpstr (state, ==, "First contact late");
    select_state (fixture, "needs-attention");
    names = shown_set (fixture);
    g_assert_nonnull (strstr (names, "Priya Raman"));
  }

  /* Eight days before: not yet due. */
  g_date_subtract_days (&day, 3);
  mp_pairing_list_set_today (list, &day);
  mp_test_ui_iterate ();
  g_assert_false (mp_pairing_get_first_contact_late (priya));
  select_state (fixture, "any");
  select_state (fixture, "needs-attention");
  {
    g_autofree char *state = mp_hr_pairing_state_text (priya);
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (state, ==, "Before arrival");
    g_assert_null (strstr (names, "Priya Raman"));
  }

  /* Paired only four days before her start, today: the contact is not late on the day of the
   * pairing (due two days later), and is the day before she starts. */
  {
    MpMentorship *mentorship = mp_pairing_get_mentorship (priya);
    g_autoptr(MpMentorship) draft = mp_mentorship_copy (mentorship);
    g_autoptr(GError) error = NULL;

    day = *mp_mentorship_get_start_date (mentorship);
    g_date_subtract_days (&day, 4);
    mp_mentorship_set_paired_on (draft, &day);
    g_assert_true (mp_store_save_mentorship (fixture->store, draft, &error));
    g_assert_no_error (error);
    mp_pairing_list_set_today (list, &day);
    mp_test_ui_iterate ();
    g_assert_false (mp_pairing_get_first_contact_late (priya));
    {
      g_autofree char *state = mp_hr_pairing_state_text (priya);

      g_assert_cmpstr (state, ==, "Before arrival");
    }

    g_date_add_days (&day, 3);
    mp_pairing_list_set_today (list, &day);
    mp_test_ui_iterate ();
    g_assert_true (mp_pairing_get_first_contact_late (priya));
  }
}

static void collect_label_texts (GtkWidget *widget,
                                 GString   *texts);

/* End Early on a pairing still to start calls it off: the button and the dialog say so, and
 * it ends on its start date with its meetings planned cancelled; then it can be archived or
 * deleted for good. On its start day, it is ended early as any other. */
static void
test_call_off (Fixture       *fixture,
               gconstpointer  user_data)
{
  MpPairing *priya = pairing_of (fixture, "Priya Raman");
  g_autoptr(MpMentorship) mentorship = g_object_ref (mp_pairing_get_mentorship (priya));
  g_autofree char *next_uuid = next_meeting_uuid (fixture, priya);
  g_autoptr(GDate) start = g_date_copy (mp_mentorship_get_start_date (mentorship));
  g_autofree char *start_text = mp_hr_format_day (start);
  gpointer dialog;
  const char *intro;

  g_assert_cmpint (g_date_compare (&fixture->today, start), <, 0);

  /* On her start day she has started: End Early as for anyone (the dialog says how the
   * evaluation counts it) */
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), start);
  select_row (fixture, "Daniel Brooks");
  select_row (fixture, "Priya Raman");
  g_assert_cmpstr (mp_widget_get_tooltip (child (fixture, "end_button")), ==,
                   "End the selected pairing before the program ends; its history is kept");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.end-pairing", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_END_PAIRING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "End the Pairing Early");
  /* ... which the evaluation counts as called off: it would end the day it starts */
  g_assert_nonnull (strstr (gtk_label_get_label (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "intro_label")),
                            "counts it as called off"));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-end-on-start-day-dialog"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  mp_test_ui_iterate ();

  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &fixture->today);
  {
    g_autofree char *ordered = shown_names (fixture);

    g_assert_cmpstr (ordered, ==, "Aisha Mensah,Priya Raman,Daniel Brooks,Liam O'Brien,Sofia Rossi,Marcus Chen");
  }
  select_row (fixture, "Daniel Brooks");
  select_row (fixture, "Priya Raman");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "end_button")));
  g_assert_cmpstr (mp_widget_get_tooltip (child (fixture, "end_button")), ==,
                   "Call off the selected pairing, which has not started; its history is kept");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "purge_button")));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.end-pairing", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_END_PAIRING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Call Off the Pairing");
  g_assert_cmpstr (gtk_button_get_label (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "save_button")), ==,
                   "Call _Off");
  g_assert_cmpstr (gtk_label_get_label (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "question_label")), ==,
                   "_Why is it called off?");
  intro = gtk_label_get_label (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "intro_label"));
  g_assert_nonnull (strstr (intro, "called off"));
  g_assert_nonnull (strstr (intro, start_text));
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "save_button")));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-call-off-dialog"));

  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "reason_entry"),
                         "The new employee did not take the job");
  /* Enter in the reason calls it off, as the button does */
  g_assert_true (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "save_button")));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-call-off-dialog-filled"));
  g_signal_emit_by_name (gtk_editable_get_delegate (dialog_child (dialog, MP_TYPE_END_PAIRING_DIALOG, "reason_entry")),
                         "activate");
  /* An activated button shows itself pressed for a moment (GtkButton: 250 ms), then clicks */
  for (gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; mp_test_ui_find_toplevel (MP_TYPE_END_PAIRING_DIALOG) != NULL &&
       g_get_monotonic_time () < until;)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_END_PAIRING_DIALOG));
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ENDED_EARLY);
  g_assert_cmpstr (mp_mentorship_get_end_reason (mentorship), ==, "The new employee did not take the job");
  g_assert_cmpint (g_date_compare (mp_mentorship_get_ended_on (mentorship), start), ==, 0);
  g_assert_cmpint (mp_meeting_get_status (mp_store_lookup_meeting (fixture->store, next_uuid)), ==,
                   MP_MEETING_STATUS_CANCELLED);
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (priya), ==, G_MAXINT64);
  {
    g_autofree char *state = mp_hr_pairing_state_text (priya);

    g_assert_cmpstr (state, ==, "Called off");
  }
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "banner_label")), ==,
                   "The pairing of Priya Raman with Helen Okafor is called off.");

  /* Most urgent first: the table is sorted again, and she leaves the pairings running
   * (still selected) */
  {
    g_autofree char *ordered = shown_names (fixture);
    g_autoptr(MpPairing) selected = NULL;
    GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
    g_autoptr(GtkBitset) selection = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (shown));

    g_assert_cmpstr (ordered, ==, "Aisha Mensah,Daniel Brooks,Liam O'Brien,Priya Raman,Sofia Rossi,Marcus Chen");
    g_assert_cmpuint (gtk_bitset_get_size (selection), ==, 1);
    selected = g_list_model_get_item (shown, gtk_bitset_get_nth (selection, 0));
    g_assert_true (selected == priya);
  }

  select_row (fixture, "Priya Raman");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "end_button")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "archive_button")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "purge_button")));

  /* The state filter tells the pairing called off from the one ended early (Marcus) */
  select_state (fixture, "called-off");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Priya Raman");
    g_assert_cmpstr (gtk_menu_button_get_label (child (fixture, "state_button")), ==, "Called off");
  }
  select_state (fixture, "ended");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Marcus Chen");
  }
  select_state (fixture, "any");

  /* The evaluation counts it apart */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "evaluation");
  mp_test_ui_iterate ();
  {
    g_autoptr(GString) texts = g_string_new (NULL);

    collect_label_texts (child (fixture, "evaluation_box"), texts);
    g_assert_nonnull (strstr (texts->str, "\n1\nCalled off\n"));
  }
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-evaluation-called-off"));
}

/* Sorted by Next Meeting, the rows without one follow the meetings planned as the column
 * reads them: "Not logged", "Not scheduled", "—" */
static void
assert_next_meeting_groups (Fixture *fixture)
{
  static const char * const groups[] = { "Not logged", "Not scheduled", "—" };
  MpHrPairingHeader *header = child (fixture, "pairings_header");
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
  guint group = 0;

  mp_hr_pairing_header_sort_by (header, MP_HR_PAIRING_NEXT_MEETING, GTK_SORT_ASCENDING);
  mp_test_ui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (shown, i);
      g_autofree char *text = mp_hr_pairing_column_text (pairing, MP_HR_PAIRING_NEXT_MEETING);

      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        if (g_str_equal (text, groups[g]))
          {
            g_assert_cmpuint (g, >=, group);
            group = g;
          }
    }
}

/* @list's today: the day after @pairing's last meeting planned; @planned set to it */
static void
pass_planned_meetings (MpPairingList  *list,
                       MpPairing      *pairing,
                       GDateTime     **planned)
{
  for (guint i = 0; i < 20 && mp_pairing_get_summary (pairing)->next_meeting != NULL; i++)
    {
      GDateTime *next = mp_pairing_get_summary (pairing)->next_meeting;
      g_autoptr(GDateTime) local = g_date_time_to_local (next);
      GDate later;

      g_clear_pointer (planned, g_date_time_unref);
      *planned = g_date_time_ref (next);
      g_date_clear (&later, 1);
      g_date_set_dmy (&later, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                      g_date_time_get_year (local));
      g_date_add_days (&later, 1);
      mp_pairing_list_set_today (list, &later);
      mp_test_ui_iterate ();
    }
}

/* A meeting planned, and passed without its mentor logging how it went: while the pairing
 * runs (its six months over or not), HR's Next Meeting column says "Not logged" and its
 * tooltip when it was planned, and the printed summary says so, in its facts and in its
 * table of meetings, where they said "Not scheduled" and "Scheduled". */
static void
test_not_logged (Fixture       *fixture,
                 gconstpointer  user_data)
{
  MpPairingList *list = mp_pairing_list_get_for_store (fixture->store);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint tested = 0;

  for (guint i = 0; i < n; i++)
    {
      MpPairing *pairing = mp_pairing_list_peek_item (list, i);
      g_autoptr(GDateTime) planned = NULL;
      g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(MpReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *tooltip = NULL;
      g_autofree char *when = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *printed = NULL;
      MpScheduleState state;

      if (mp_pairing_get_summary (pairing)->next_meeting == NULL)
        continue;

      pass_planned_meetings (list, pairing, &planned);
      state = mp_pairing_get_state (pairing);
      if (mp_mentorship_get_status (mp_pairing_get_mentorship (pairing)) != MP_MENTORSHIP_STATUS_ACTIVE)
        {
          g_assert_true (state == MP_SCHEDULE_STATE_COMPLETED || state == MP_SCHEDULE_STATE_ENDED);
          /* Nothing is awaited any more: "—", whatever was not logged */
          text = mp_hr_pairing_column_text (pairing, MP_HR_PAIRING_NEXT_MEETING);
          g_assert_cmpstr (text, ==, "—");
          mp_pairing_list_set_today (list, &fixture->today);
          mp_test_ui_iterate ();
          continue;
        }

      g_assert_null (mp_pairing_get_summary (pairing)->next_meeting);
      g_assert_cmpint (mp_pairing_get_summary (pairing)->unrecorded_at, ==, g_date_time_to_unix (planned));
      text = mp_hr_pairing_column_text (pairing, MP_HR_PAIRING_NEXT_MEETING);
      g_assert_cmpstr (text, ==, "Not logged");
      when = mp_hr_format_instant (planned);
      expected = g_strdup_printf ("The meeting planned for %s is not logged yet.", when);
      tooltip = mp_hr_pairing_column_tooltip (pairing, MP_HR_PAIRING_NEXT_MEETING);
      g_assert_cmpstr (tooltip, ==, expected);
      assert_next_meeting_groups (fixture);

      g_ptr_array_add (one, g_object_ref (pairing));
      report = mp_report_new_summaries (fixture->store, one, NULL, &error);
      g_assert_no_error (error);
      /* (lines broken where the page's column is full) */
      printed = g_strdelimit (mp_report_get_item_text (report, 0), "\n", ' ');
      g_assert_nonnull (strstr (printed, "None scheduled; the one planned for "));
      g_assert_nonnull (strstr (printed, " is not logged yet"));
      g_assert_nonnull (strstr (printed, " Not logged "));
      g_assert_null (strstr (printed, " Scheduled "));

      mp_pairing_list_set_today (list, &fixture->today);
      mp_test_ui_iterate ();
      tested++;
    }
  g_assert_cmpuint (tested, >, 0);
}

static gboolean
no_message_dialog (gpointer data)
{
  return mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG) == NULL;
}

/* Mark Completed: not for a pairing still to start; it asks first, says what happens to the
 * meetings to come, cancels them, and a failure's banner gives way to the result. */
static void
test_complete (Fixture       *fixture,
               gconstpointer  user_data)
{
  MpPairing *daniel = pairing_of (fixture, "Daniel Brooks");
  MpMentorship *mentorship = mp_pairing_get_mentorship (daniel);
  GtkMessageDialog *confirm;
  g_autofree char *secondary = NULL;
  g_autofree char *uuid = NULL;
  sqlite3 *other;

  select_row (fixture, "Priya Raman");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "complete_button")));

  /* Daniel has a meeting to come. */
  uuid = next_meeting_uuid (fixture, daniel);

  select_row (fixture, "Daniel Brooks");
  click (child (fixture, "complete_button"));
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_object_get (confirm, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "meeting still to come will be cancelled"));
  g_assert_nonnull (strstr (secondary, "End Early"));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (confirm), "hr-complete-confirmation"));

  /* In week 3 the dialog says first what is still open (below the question, which stays
   * short), and the safe answer is the default: no button is suggested, Cancel has the
   * focus, Enter answers Cancel */
  {
    MpProgressSummary *summary = mp_pairing_get_summary (daniel);
    GtkWidget *cancel = gtk_dialog_get_widget_for_response (GTK_DIALOG (confirm), GTK_RESPONSE_CANCEL);
    GtkWidget *accept = gtk_dialog_get_widget_for_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
    g_autofree char *text = NULL;
    g_autofree char *open = NULL;
    GDate last = summary->schedule.program_end;
    g_autofree char *day = NULL;

    g_date_subtract_days (&last, 1);
    day = mp_hr_format_day (&last);
    g_object_get (confirm, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "Mark the pairing of Daniel Brooks with José Álvarez as completed?");
    g_assert_cmpuint (summary->activities_done, <, summary->activities_applicable);
    open = g_strdup_printf ("%u of the program’s %u activities are not done.",
                            summary->activities_applicable - summary->activities_done,
                            summary->activities_applicable);
    g_assert_nonnull (strstr (secondary, open));
    g_assert_true (strstr (secondary, open) < strstr (secondary, "End Early"));
    g_clear_pointer (&open, g_free);
    open = g_strdup_printf ("The program runs until %s.\n", day);
    g_assert_nonnull (strstr (secondary, open));
    g_assert_false (gtk_widget_has_css_class (accept, "suggested-action"));
    mp_test_ui_wait_for_frame (GTK_WIDGET (confirm));
    g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (confirm)) == cancel);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (confirm)) == cancel);
    /* Enter activates the button with the focus */
    g_assert_true (gtk_widget_activate (cancel));
    mp_test_ui_wait_until (no_message_dialog, NULL, "the dialog to close");
  }
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ACTIVE);
  click (child (fixture, "complete_button"));
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);

  /* Cancel: nothing happens. */
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ACTIVE);

  /* Yes, while another computer holds the file: the error shows, nothing changed. */
  other = hold_write_lock (fixture);
  click (child (fixture, "complete_button"));
  gtk_dialog_response (GTK_DIALOG (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG)), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ACTIVE);
  g_assert_true (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  g_assert_true (gtk_widget_has_css_class (child (fixture, "banner"), "mp-banner-error"));
  release_write_lock (other);

  /* Again, now that it is free: done, the meeting cancelled, the banner says so. */
  click (child (fixture, "complete_button"));
  gtk_dialog_response (GTK_DIALOG (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG)), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_COMPLETED);
  g_assert_cmpint (g_date_compare (mp_mentorship_get_ended_on (mentorship), &fixture->today), ==, 0);
  g_assert_cmpint (mp_meeting_get_status (mp_store_lookup_meeting (fixture->store, uuid)), ==,
                   MP_MEETING_STATUS_CANCELLED);
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (daniel), ==, G_MAXINT64);
  g_assert_false (gtk_widget_has_css_class (child (fixture, "banner"), "mp-banner-error"));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "banner_label")), ==,
                   "The pairing of Daniel Brooks with José Álvarez is completed.");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "complete_button")));
}

/* After the program's end, with every activity done, Mark Completed asks simply, its button
 * suggested */
static void
test_complete_after_end (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MpPairing *liam = pairing_of (fixture, "Liam O'Brien");
  MpMentorship *mentorship = mp_pairing_get_mentorship (liam);
  GListModel *phases = mp_program_get_phases (mp_mentorship_get_program (mentorship));
  GDate later = fixture->today;
  GtkMessageDialog *confirm;
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          MpActivityProgress *existing = mp_store_lookup_activity_progress (fixture->store, mentorship,
                                                                            mp_activity_get_id (activity));
          g_autoptr(MpActivityProgress) draft = existing ? mp_activity_progress_copy (existing)
                                                         : mp_activity_progress_new (mentorship,
                                                                                     mp_activity_get_id (activity));
          g_autoptr(GError) error = NULL;

          mp_activity_progress_set_state (draft, MP_ACTIVITY_STATE_DONE);
          mp_activity_progress_set_done_on (draft, &fixture->today);
          g_assert_true (mp_store_save_activity_progress (fixture->store, draft, &error));
          g_assert_no_error (error);
        }
    }
  g_date_add_months (&later, 6);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &later);
  mp_test_ui_iterate ();
  g_assert_cmpuint (mp_pairing_get_summary (liam)->activities_done, ==,
                    mp_pairing_get_summary (liam)->activities_applicable);

  /* The demo's meetings stop at today's: the program ended with meetings missed (unfinished),
   * and the question says how many, no button suggested */
  select_row (fixture, "Liam O'Brien");
  g_assert_cmpint (mp_pairing_get_state (liam), ==, MP_SCHEDULE_STATE_UNFINISHED);
  click (child (fixture, "complete_button"));
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  {
    const MpScheduleInfo *info = &mp_pairing_get_summary (liam)->schedule;
    g_autofree char *missed = g_strdup_printf ("%u of the meetings the program expected were missed.",
                                               info->expected_total - info->slots_kept);
    g_autofree char *details = NULL;

    g_assert_cmpuint (info->expected_total - info->slots_kept, >, 1);
    g_object_get (confirm, "text", &text, "secondary-text", &details, NULL);
    g_assert_cmpstr (text, ==, "Mark the pairing of Liam O'Brien with Helen Okafor as completed?");
    g_assert_true (g_str_has_prefix (details, missed));
    g_assert_false (gtk_widget_has_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (confirm),
                                                                                  GTK_RESPONSE_ACCEPT),
                                              "suggested-action"));
    gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_CANCEL);
    mp_test_ui_wait_until (no_message_dialog, NULL, "the dialog to close");
    g_clear_pointer (&text, g_free);
  }

  /* Each meeting held in its time: completed, and asked simply */
  {
    g_autofree MpSchedulePhase *phases_now = NULL;
    g_autoptr(GArray) slots = NULL;
    guint n_phases = 0;

    phases_now = mp_schedule_phases_from_program (mp_mentorship_get_program (mentorship), &n_phases);
    slots = mp_schedule_slots (phases_now, n_phases, mp_mentorship_get_start_date (mentorship),
                               mp_mentorship_get_paired_on (mentorship), NULL, 0, NULL, 0);
    for (guint i = 0; i < slots->len; i++)
      {
        const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, i);
        g_autoptr(GDateTime) at = mp_local_date_time (&slot->date, 10 * 60);
        g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, at);
        g_autoptr(GError) error = NULL;

        mp_meeting_set_status (meeting, MP_MEETING_STATUS_HELD);
        g_assert_true (mp_store_save_meeting (fixture->store, meeting, &error));
        g_assert_no_error (error);
      }
    mp_test_ui_iterate ();
    g_assert_cmpint (mp_pairing_get_state (liam), ==, MP_SCHEDULE_STATE_COMPLETED);
  }
  select_row (fixture, "Liam O'Brien");
  click (child (fixture, "complete_button"));
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_object_get (confirm, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Mark the pairing of Liam O'Brien with Helen Okafor as completed?");
  g_assert_true (gtk_widget_has_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (confirm),
                                                                               GTK_RESPONSE_ACCEPT),
                                           "suggested-action"));
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_COMPLETED);
}

/* Sorts the follow-ups page's table by the column titled @title. */
static void
sort_follow_ups (Fixture     *fixture,
                 const char  *title,
                 GtkSortType  order)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (_mp_hr_window_get_child (fixture->window, "follow_ups_view"));
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        {
          gtk_column_view_sort_by_column (view, column, order);
          mp_test_ui_iterate ();
          return;
        }
    }
  g_assert_not_reached ();
}

/* The queue's days (by @day_of) run one way: @direction 1, earliest first; -1, latest. */
static void
assert_follow_ups_by_day (GListModel   *queue,
                          const GDate *(*day_of) (MpActivityProgress *),
                          int           direction)
{
  g_autoptr(GDate) previous = NULL;
  guint distinct = 0;

  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(MpActivityProgress) progress = g_list_model_get_item (queue, i);
      const GDate *day = day_of (progress);

      g_assert_true (day != NULL && g_date_valid (day));
      if (previous != NULL)
        {
          g_assert_cmpint (g_date_compare (previous, day) * direction, <=, 0);
          distinct += g_date_compare (previous, day) != 0;
        }
      g_clear_pointer (&previous, g_date_free);
      previous = g_date_copy (day);
    }
  /* Days that differ, or the order would say nothing. */
  g_assert_cmpuint (distinct, >, 0);
}

/* Marks Aisha's shadowing of a consultant (an activity with an HR follow-up) as done. */
static void
add_follow_up_waiting (Fixture *fixture)
{
  MpMentorship *aisha = mp_pairing_get_mentorship (pairing_of (fixture, "Aisha Mensah"));
  MpActivityProgress *existing = mp_store_lookup_activity_progress (fixture->store, aisha, "shadow-consultant");
  g_autoptr(MpActivityProgress) draft = NULL;
  g_autoptr(GError) error = NULL;
  GDate done;

  g_date_clear (&done, 1);
  g_date_set_dmy (&done, 2, G_DATE_MARCH, 2026);
  draft = existing ? mp_activity_progress_copy (existing) : mp_activity_progress_new (aisha, "shadow-consultant");
  mp_activity_progress_set_state (draft, MP_ACTIVITY_STATE_DONE);
  mp_activity_progress_set_done_on (draft, &done);
  g_assert_true (mp_store_save_activity_progress (fixture->store, draft, &error));
  g_assert_no_error (error);
}

static void
test_follow_ups (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GListModel *queue;
  g_autoptr(MpActivityProgress) oldest = NULL;
  const GDate *previous = NULL;
  guint n;
  gpointer dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "follow-ups");
  mp_test_ui_iterate ();
  queue = mp_hr_window_get_follow_ups (fixture->window);
  n = g_list_model_get_n_items (queue);

  /* Aisha shadows a consultant (an activity with an HR follow-up) on 2 March, before
   * Liam's member group: the queue takes it at once, in first place. */
  {
    MpMentorship *aisha = mp_pairing_get_mentorship (pairing_of (fixture, "Aisha Mensah"));
    g_autoptr(MpActivityProgress) first = NULL;

    add_follow_up_waiting (fixture);
    mp_test_ui_iterate ();

    g_assert_cmpuint (g_list_model_get_n_items (queue), ==, n + 1);
    n++;
    first = g_list_model_get_item (queue, 0);
    g_assert_true (mp_activity_progress_get_mentorship (first) == aisha);
  }

  /* Every entry: done, asks for an HR follow-up, not yet followed up; oldest first */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpActivityProgress) progress = g_list_model_get_item (queue, i);
      MpMentorship *mentorship = mp_activity_progress_get_mentorship (progress);
      MpActivity *activity = mp_program_lookup_activity (mp_mentorship_get_program (mentorship),
                                                         mp_activity_progress_get_activity_id (progress));
      const GDate *done = mp_activity_progress_get_done_on (progress);
      const GDate *followed = mp_activity_progress_get_hr_followed_up_on (progress);

      g_assert_cmpint (mp_activity_progress_get_state (progress), ==, MP_ACTIVITY_STATE_DONE);
      g_assert_true (mp_activity_get_hr_follow_up (activity));
      g_assert_true (followed == NULL || !g_date_valid (followed));
      if (previous != NULL)
        g_assert_cmpint (g_date_compare (previous, done), <=, 0);
      previous = done;
    }
  g_assert_cmpuint (n, >=, 1);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-follow-ups"));

  /* By the time waiting, least first (done latest first), and back to the oldest first. */
  sort_follow_ups (fixture, "Waiting", GTK_SORT_ASCENDING);
  assert_follow_ups_by_day (queue, mp_activity_progress_get_done_on, -1);
  sort_follow_ups (fixture, "Waiting", GTK_SORT_DESCENDING);
  assert_follow_ups_by_day (queue, mp_activity_progress_get_done_on, 1);
  sort_follow_ups (fixture, "Done On", GTK_SORT_ASCENDING);
  assert_follow_ups_by_day (queue, mp_activity_progress_get_done_on, 1);

  /* Record the oldest: it leaves the queue */
  oldest = g_list_model_get_item (queue, 0);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (queue), 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.record-follow-up", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_FOLLOW_UP_DIALOG);
  g_assert_nonnull (dialog);
  {
    /* Not before the activity was done */
    const GDate *done = mp_activity_progress_get_done_on (oldest);
    g_autoptr(GDateTime) before = g_date_time_new_local (g_date_get_year (done), g_date_get_month (done),
                                                         g_date_get_day (done), 0, 0, 0);
    g_autoptr(GDateTime) day_before = g_date_time_add_days (before, -1);
    g_autoptr(GDateTime) today = g_date_time_new_now_local ();
    GtkCalendar *calendar;

    gtk_calendar_select_day (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "calendar"), day_before);
    mp_test_ui_iterate ();
    g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "save_button")));
    /* said once, under the calendar, not again at the bottom */
    g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "date_error")));
    g_assert_false (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "reason_label")));
    gtk_calendar_select_day (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "calendar"), today);
    mp_test_ui_iterate ();
    g_assert_true (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "save_button")));
    /* Nor in the future, reached with the calendar's arrows too. */
    calendar = dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "calendar");
    mp_test_ui_click_calendar_arrow (calendar, MP_TEST_UI_NEXT_MONTH);
    g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "save_button")));
    mp_test_ui_click_calendar_arrow (calendar, MP_TEST_UI_PREV_MONTH);
    g_assert_true (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "save_button")));
  }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "note_view")),
                            "Talked it through by phone.", -1);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-follow-up-dialog"));
  click (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "save_button"));
  mp_test_ui_iterate ();

  g_assert_true (g_date_valid (mp_activity_progress_get_hr_followed_up_on (oldest)));
  g_assert_cmpstr (mp_activity_progress_get_hr_note (oldest), ==, "Talked it through by phone.");
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, n - 1);

  /* Those recorded, when asked: listed with their day, none waiting; one can be put right */
  {
    GtkCheckButton *recorded = GTK_CHECK_BUTTON (_mp_hr_window_get_child (fixture->window, "show_recorded_check"));
    GtkButton *record = GTK_BUTTON (_mp_hr_window_get_child (fixture->window, "record_follow_up_button"));
    GDate moved = *mp_activity_progress_get_hr_followed_up_on (oldest);
    guint position = G_MAXUINT;

    gtk_check_button_set_active (recorded, TRUE);
    mp_test_ui_iterate ();
    for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
      {
        g_autoptr(MpActivityProgress) item = g_list_model_get_item (queue, i);

        if (item == oldest)
          position = i;
      }
    g_assert_cmpuint (position, !=, G_MAXUINT);
    g_assert_cmpuint (g_list_model_get_n_items (queue), >=, n);
    /* By the day followed up: those waiting (none) first, then the days in order; and back. */
    for (int direction = 1; direction >= -1; direction -= 2)
      {
        guint previous = direction > 0 ? 0 : G_MAXUINT, distinct = 0;

        sort_follow_ups (fixture, "Followed Up", direction > 0 ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
        for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
          {
            g_autoptr(MpActivityProgress) item = g_list_model_get_item (queue, i);
            const GDate *day = mp_activity_progress_get_hr_followed_up_on (item);
            guint julian = day != NULL && g_date_valid (day) ? g_date_get_julian (day) : 0;

            g_assert_true (direction > 0 ? julian >= previous : julian <= previous);
            distinct += i > 0 && julian != previous;
            previous = julian;
          }
        g_assert_cmpuint (distinct, >, 0);
      }
    sort_follow_ups (fixture, "Done On", GTK_SORT_ASCENDING);
    for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
      {
        g_autoptr(MpActivityProgress) item = g_list_model_get_item (queue, i);

        if (item == oldest)
          position = i;
      }
    if (n == 1)
      g_assert_cmpstr (gtk_label_get_label (child (fixture, "follow_ups_count_label")), ==, "");
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (queue), position);
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_button_get_label (record), ==, "_Change Follow-up…");
    g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-follow-ups-recorded"));

    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.record-follow-up", NULL);
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_FOLLOW_UP_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Change HR Follow-up");
    {
      g_autoptr(GDateTime) shown = gtk_calendar_get_date (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "calendar"));
      g_autoptr(GDateTime) day_before = NULL;

      g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, g_date_get_day (&moved));
      g_assert_cmpint (g_date_time_get_month (shown), ==, g_date_get_month (&moved));
      /* a day earlier, when the activity was done that day or before */
      day_before = g_date_time_add_days (shown, -1);
      if (g_date_compare (mp_activity_progress_get_done_on (oldest), &moved) < 0)
        {
          gtk_calendar_select_day (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "calendar"), day_before);
          g_date_subtract_days (&moved, 1);
        }
    }
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "note_view")),
                              "Talked it through by phone, then by e-mail.", -1);
    click (dialog_child (dialog, MP_TYPE_FOLLOW_UP_DIALOG, "save_button"));
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_FOLLOW_UP_DIALOG));
    g_assert_cmpstr (mp_activity_progress_get_hr_note (oldest), ==, "Talked it through by phone, then by e-mail.");
    g_assert_cmpint (g_date_compare (mp_activity_progress_get_hr_followed_up_on (oldest), &moved), ==, 0);

    /* And back to those waiting */
    gtk_check_button_set_active (recorded, FALSE);
    mp_test_ui_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (queue), ==, n - 1);
  }
}

static void
collect_of_type (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *each = gtk_widget_get_first_child (widget); each != NULL; each = gtk_widget_get_next_sibling (each))
    collect_of_type (each, type, found);
}

/* Whether the staff table shows a row for @name, named @expected as a screen reader reads it. */
static gboolean
staff_row_named (Fixture    *fixture,
                 const char *name,
                 const char *expected)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_of_type (GTK_WIDGET (child (fixture, "people_view")), GTK_TYPE_INSCRIPTION, cells);
  for (guint i = 0; i < cells->len; i++)
    if (g_strcmp0 (gtk_inscription_get_text (g_ptr_array_index (cells, i)), name) == 0)
      {
        GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (g_ptr_array_index (cells, i)));
        g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

        if (wrong != NULL)
          g_test_message ("The row of %s is named “%s”", name, wrong);

        return wrong == NULL;
      }
  g_test_message ("No row shows %s", name);

  return FALSE;
}

static void
test_staff (Fixture       *fixture,
            gconstpointer  user_data)
{
  MpPersonDialog *dialog;
  GtkWidget *save;
  guint n_people = g_list_model_get_n_items (mp_store_get_people (fixture->store));
  MpPerson *helen = NULL;
  MpPerson *added;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "staff");
  mp_test_ui_iterate ();
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-staff"));

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (mp_store_get_people (fixture->store), i);

      if (g_str_equal (mp_person_get_name (person), "Helen Okafor"))
        helen = person;
    }

  /* A screen reader reads a cell as "Name: Helen Okafor" and its row by its cells' texts,
   * not by GTK's type names */
  {
    g_autoptr(GPtrArray) cells = g_ptr_array_new ();
    GtkWidget *name = NULL;
    g_autofree char *wrong = NULL;

    mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
    collect_of_type (GTK_WIDGET (child (fixture, "people_view")), GTK_TYPE_INSCRIPTION, cells);
    for (guint i = 0; i < cells->len && name == NULL; i++)
      if (g_strcmp0 (gtk_inscription_get_text (g_ptr_array_index (cells, i)), "Helen Okafor") == 0)
        name = g_ptr_array_index (cells, i);
    g_assert_nonnull (name);
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (name)),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, "Name: Helen Okafor");
    if (wrong != NULL)
      g_error ("The cell is named “%s”", wrong);
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (gtk_widget_get_parent (name))),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Helen Okafor, hokafor, Member Services, Senior Member Services "
                                                "Consultant, helen.okafor@alliancelibrarysystem.example, May mentor, 2");
    if (wrong != NULL)
      g_error ("The row is named “%s”", wrong);

    /* Noah, whom Helen marked as a possible mentor when she introduced Liam to him, and who
     * may not mentor yet: HR sees the suggestion */
    {
      gboolean suggested = FALSE;

      for (guint i = 0; i < cells->len; i++)
        if (g_strcmp0 (gtk_inscription_get_text (g_ptr_array_index (cells, i)), "Suggested as a mentor") == 0)
          suggested = TRUE;
      g_assert_true (suggested);
    }
  }

  /* What the staff table shows of the pairings follows them while it is on screen: a new
   * pairing counts in its mentor's mentees, a colleague a mentor marks "Could mentor too"
   * is suggested at once */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) mentorships = NULL;
    g_autoptr(MpMentorship) helens = NULL;
    g_autoptr(MpPerson) newcomer = mp_person_new ("Ravi Sandoval");
    g_autoptr(MpPerson) colleague = mp_person_new ("Odette Lindqvist");
    g_autoptr(MpMentorship) mentorship = NULL;
    g_autoptr(MpIntroduction) introduction = NULL;
    guint before = mp_hr_count_active_mentees (fixture->store, helen);
    g_autofree char *helen_row = NULL;
    g_autofree char *colleague_row = NULL;
    GDate day;

    helens = g_list_model_get_item (mp_store_get_mentorships_for_mentor (fixture->store, helen), 0);
    g_assert_nonnull (helens);
    g_assert_true (mp_store_save_person (fixture->store, newcomer, &error));
    g_assert_no_error (error);
    g_assert_true (mp_store_save_person (fixture->store, colleague, &error));
    g_assert_no_error (error);
    mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));

    g_date_clear (&day, 1);
    g_date_set_julian (&day, g_date_get_julian (&fixture->today));
    mentorship = mp_mentorship_new (helen, newcomer, mp_mentorship_get_program (helens), &day);
    g_assert_true (mp_store_create_mentorship (fixture->store, mentorship, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mp_hr_count_active_mentees (fixture->store, helen), ==, before + 1);

    introduction = mp_introduction_new (helens, "Odette Lindqvist");
    mp_introduction_set_colleague_person (introduction, colleague);
    mp_introduction_set_possible_mentor (introduction, TRUE);
    g_assert_true (mp_store_save_introduction (fixture->store, introduction, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));

    helen_row = g_strdup_printf ("Helen Okafor, hokafor, Member Services, Senior Member Services Consultant, "
                                 "helen.okafor@alliancelibrarysystem.example, May mentor, %u", before + 1);
    g_assert_true (staff_row_named (fixture, "Helen Okafor", helen_row));
    g_assert_true (staff_row_named (fixture, "Odette Lindqvist", "Odette Lindqvist, Suggested as a mentor"));
    n_people += 2;
  }

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-person", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_PERSON_DIALOG);
  g_assert_nonnull (dialog);
  save = dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "save_button");
  g_assert_false (gtk_widget_get_sensitive (save));
  /* A name no longer than the store keeps */
  g_assert_cmpint (gtk_entry_get_max_length (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_entry")), ==,
                   MP_PERSON_NAME_MAX_CHARS);

  /* A name is required, the e-mail must look like one, the login must be free */
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_entry"), "x");
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_entry"), "");
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_error")));
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_entry"), "Ines Ortega");
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_error")));
  g_assert_true (gtk_widget_get_sensitive (save));

  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "email_entry"), "ines@");
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "email_error")));
  g_assert_false (gtk_widget_get_sensitive (save));

  if (mp_person_get_login (helen) != NULL)
    {
      gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_entry"), mp_person_get_login (helen));
      g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_error")));
      g_assert_false (gtk_widget_get_sensitive (save));
    }
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-person-dialog-errors"));
  /* No account's name has a space (the store refuses it too) */
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_entry"), "i ortega");
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_error")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_error"))), ==,
                   mp_person_login_problem ("i ortega"));
  /* Nor one that differs from someone else's only in capitals (the store refuses it on Save) */
  if (mp_person_get_login (helen) != NULL)
    {
      g_autofree char *upper = g_ascii_strup (mp_person_get_login (helen), -1);

      gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_entry"), upper);
      g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_error")));
      g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (dialog_child (dialog, MP_TYPE_PERSON_DIALOG,
                                                                              "login_error"))),
                                "only in capital letters"));
      g_assert_false (gtk_widget_get_sensitive (save));
    }
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_entry"), "iortega");
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "login_error")));
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "email_entry"), "ines.ortega@example.org");
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "email_error")));
  g_assert_true (gtk_widget_get_sensitive (save));
  /* A phone number with nothing to dial */
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "phone_entry"), "abc");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (gtk_label_get_label (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "reason_label")), ==,
                   "This does not look like a phone number (+1 309 555 0100).");
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "phone_entry"), "+1 309 555 0147 ext. 12");
  g_assert_true (gtk_widget_get_sensitive (save));
  gtk_check_button_set_active (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "may_mentor_check"), TRUE);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-person-dialog"));

  /* Another computer holds the file's write lock longer than the store waits: the form
   * stays, with what was typed, and says once to try again. */
  {
    sqlite3 *other;
    const char *text;
    const char *again;

    other = hold_write_lock (fixture);
    click (save);
    g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_PERSON_DIALOG) == dialog);
    g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "error_label")));
    text = gtk_label_get_label (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "error_label"));
    again = strstr (text, "Try again in a moment");
    g_assert_nonnull (again);
    g_assert_null (strstr (again + 1, "Try again in a moment"));
    g_assert_nonnull (strstr (text, "Your changes are still here."));
    g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_entry")), ==,
                     "Ines Ortega");
    g_assert_null (mp_store_lookup_person_by_login (fixture->store, "iortega"));
    release_write_lock (other);
  }
  click (save);

  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, n_people + 1);
  added = mp_store_lookup_person_by_login (fixture->store, "iortega");
  g_assert_nonnull (added);
  g_assert_cmpstr (mp_person_get_email (added), ==, "ines.ortega@example.org");
  g_assert_true (mp_person_get_may_mentor (added));

  /* Edit: the store's error (if any) would show in the form; a rename shows in the table */
  {
    GtkSearchEntry *search = child (fixture, "staff_search_entry");

    gtk_editable_set_text (GTK_EDITABLE (search), "ortega");
    g_signal_emit_by_name (search, "search-changed");
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "staff_count_label")), ==, "1 person");

    /* Return opens the one person found */
    g_signal_emit_by_name (search, "activate");
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_PERSON_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, MP_TYPE_PERSON_DIALOG, "name_entry")), ==,
                     "Ines Ortega");
    gtk_window_destroy (GTK_WINDOW (dialog));
    mp_test_ui_iterate ();

    /* and nobody of several */
    gtk_editable_set_text (GTK_EDITABLE (search), "o");
    g_signal_emit_by_name (search, "search-changed");
    mp_test_ui_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (child (fixture, "people_view")))),
                      >, 1);
    g_signal_emit_by_name (search, "activate");
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_PERSON_DIALOG));
  }

  /* The staff search as the pairings': every word in any order, accents either way; Escape
   * empties it; someone renamed leaves (or joins) what it shows at once. */
  {
    GtkSearchEntry *search = child (fixture, "staff_search_entry");
    g_autoptr(GError) error = NULL;
    g_autoptr(MpPerson) renamed = NULL;
    guint all;

    gtk_editable_set_text (GTK_EDITABLE (search), "");
    g_signal_emit_by_name (search, "search-changed");
    mp_test_ui_iterate ();
    all = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (child (fixture, "people_view"))));

    gtk_editable_set_text (GTK_EDITABLE (search), "  ORTEGA  inés ");
    g_signal_emit_by_name (search, "search-changed");
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "staff_count_label")), ==, "1 person");

    g_signal_emit_by_name (search, "stop-search");
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (child (fixture, "people_view")))),
                      ==, all);

    gtk_editable_set_text (GTK_EDITABLE (search), "kowal");
    g_signal_emit_by_name (search, "search-changed");
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "staff_count_label")), ==, "0 people");
    /* Nobody found: a page says so, and where else to look */
    g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "staff_stack")), ==, "none");
    g_assert_cmpstr (mp_status_page_get_title (child (fixture, "staff_none_page")), ==, "No One Matches");
    g_assert_nonnull (strstr (mp_status_page_get_description (child (fixture, "staff_none_page")),
                              "turn on “Show inactive”"));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-staff-no-match"));
    gtk_check_button_set_active (child (fixture, "show_inactive_check"), TRUE);
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "staff_stack")), ==, "none");
    g_assert_cmpstr (mp_status_page_get_description (child (fixture, "staff_none_page")), ==,
                     "Try another name, login, e-mail or department.");
    gtk_check_button_set_active (child (fixture, "show_inactive_check"), FALSE);
    mp_test_ui_iterate ();
    renamed = mp_person_copy (mp_store_lookup_person_by_login (fixture->store, "iortega"));
    mp_person_set_name (renamed, "Inés Kowal");
    g_assert_true (mp_store_save_person (fixture->store, renamed, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "staff_count_label")), ==, "1 person");
    g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "staff_stack")), ==, "table");
    mp_person_set_name (renamed, "Inés Ortega");
    g_assert_true (mp_store_save_person (fixture->store, renamed, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_label_get_label (child (fixture, "staff_count_label")), ==, "0 people");
  }

  /* Deactivate: not offered to a mentor of running pairings (the store would refuse), who is
   * told what to do first; offered to someone in no pairing. */
  {
    GtkSearchEntry *search = child (fixture, "staff_search_entry");
    const char *who[] = { "okafor", "whitfield", "ortega" };

    for (guint i = 0; i < G_N_ELEMENTS (who); i++)
      {
        GtkMessageDialog *question;
        g_autofree char *secondary = NULL;

        gtk_editable_set_text (GTK_EDITABLE (search), who[i]);
        g_signal_emit_by_name (search, "search-changed");
        mp_test_ui_iterate ();
        g_assert_cmpstr (gtk_label_get_label (child (fixture, "staff_count_label")), ==, "1 person");
        gtk_selection_model_select_item (gtk_column_view_get_model (child (fixture, "people_view")), 0, TRUE);
        mp_test_ui_iterate ();
        gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.deactivate-person", NULL);
        mp_test_ui_iterate ();
        question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
        g_assert_nonnull (question);
        g_object_get (question, "secondary-text", &secondary, NULL);
        if (i == 0)
          {
            /* Her two pairings of the demo and the one made above */
            g_assert_nonnull (strstr (secondary, "They still mentor 3 new employees. End those pairings first"));
            g_assert_null (gtk_dialog_get_widget_for_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT));
            g_free (mp_test_ui_snapshot (GTK_WIDGET (question), "hr-cannot-deactivate"));
            gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CLOSE);
          }
        else if (i == 1)
          {
            /* The only HR administrator: said first, nothing to answer */
            g_assert_nonnull (strstr (secondary, "make someone else HR administrator first"));
            g_assert_null (gtk_dialog_get_widget_for_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT));
            gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CLOSE);
          }
        else
          {
            g_assert_nonnull (strstr (secondary, "no longer be offered as a mentor"));
            g_assert_nonnull (gtk_dialog_get_widget_for_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT));
            gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
          }
        mp_test_ui_iterate ();
        g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
      }
    g_assert_true (mp_person_get_active (helen));
    g_assert_false (mp_person_get_active (added));
  }

  /* Nor by editing: "Still works here" unticked for a mentor of running pairings says why
   * it cannot be saved */
  {
    MpPersonDialog *edit = mp_person_dialog_new (GTK_WINDOW (fixture->window), fixture->store, helen);
    GtkWidget *edit_save = dialog_child (edit, MP_TYPE_PERSON_DIALOG, "save_button");
    GtkLabel *reason = dialog_child (edit, MP_TYPE_PERSON_DIALOG, "reason_label");

    gtk_window_present (GTK_WINDOW (edit));
    mp_test_ui_iterate ();
    g_assert_true (gtk_widget_get_sensitive (edit_save));
    gtk_check_button_set_active (dialog_child (edit, MP_TYPE_PERSON_DIALOG, "active_check"), FALSE);
    g_assert_false (gtk_widget_get_sensitive (edit_save));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (reason)));
    g_assert_cmpstr (gtk_label_get_label (reason), ==,
                     "Helen Okafor is in a running pairing: end it, or pair them differently, before marking them "
                     "as no longer working here.");
    g_free (mp_test_ui_snapshot (GTK_WIDGET (edit), "hr-person-dialog-leaving"));
    g_assert_true (mp_person_get_active (helen));
    gtk_check_button_set_active (dialog_child (edit, MP_TYPE_PERSON_DIALOG, "active_check"), TRUE);
    g_assert_true (gtk_widget_get_sensitive (edit_save));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (reason)));
    gtk_window_destroy (GTK_WINDOW (edit));
    mp_test_ui_iterate ();
  }
}

static void
test_directory (Fixture       *fixture,
                gconstpointer  user_data)
{
  GListModel *questions = mp_store_get_questions (fixture->store);
  g_autoptr(MpQuestion) question = NULL;
  GListModel *departments = mp_store_get_departments (fixture->store);
  guint n_departments = g_list_model_get_n_items (departments);
  gpointer dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "directory");
  mp_test_ui_iterate ();
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-directory"));

  /* Answer a typical question */
  g_assert_cmpuint (g_list_model_get_n_items (questions), >=, 6);
  question = g_list_model_get_item (questions, 0);
  dialog = mp_question_dialog_new (GTK_WINDOW (fixture->window), fixture->store, question);
  gtk_window_present (dialog);
  mp_test_ui_iterate ();
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, MP_TYPE_QUESTION_DIALOG, "answer_view")),
                            "Ask your director; the merit cycle starts in May.", -1);
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_QUESTION_DIALOG, "ask_whom_entry"), "Your director");
  click (dialog_child (dialog, MP_TYPE_QUESTION_DIALOG, "save_button"));
  g_assert_cmpstr (mp_question_get_answer (question), ==, "Ask your director; the merit cycle starts in May.");
  g_assert_cmpstr (mp_question_get_ask_whom (question), ==, "Your director");

  /* Add a department: a name is required and must be new */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-department", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_DEPARTMENT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG, "save_button")));
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG, "name_entry"), "Member Services");
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG, "save_button")));
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG, "name_error")));
  gtk_editable_set_text (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG, "name_entry"), "Facilities");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG,
                                                                    "description_view")),
                            "Keeps the buildings running.", -1);
  click (dialog_child (dialog, MP_TYPE_DEPARTMENT_DIALOG, "save_button"));
  g_assert_cmpuint (g_list_model_get_n_items (departments), ==, n_departments + 1);
  g_assert_nonnull (mp_store_lookup_department_by_name (fixture->store, "Facilities"));

  /* The department filter of the pairings offers it at once */
  {
    g_autoptr(GPtrArray) names = department_choices (fixture);

    g_assert_true (g_ptr_array_find_with_equal_func (names, "Facilities", g_str_equal, NULL));
  }
}

/* The window's next frame, as text (gsk_render_node_serialize ()). */
static char *
next_frame_nodes (Fixture *fixture)
{
  g_autoptr(GskRenderNode) node = mp_test_ui_render_node (GTK_WIDGET (fixture->window));
  g_autoptr(GBytes) bytes = gsk_render_node_serialize (node);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The Follow-ups tab's dot appears at once, with animations on as on a desktop: the theme
 * fades it in, a cross-fade that GTK 4.8's software renderer draws through two offscreen
 * images the size of the window, each frame for 150 ms (style.css). The dot is taken away
 * and given back with the window on screen: without that rule, the next frames hold the fade. */
static void
test_attention_dot_not_faded (Fixture       *fixture,
                              gconstpointer  user_data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (fixture->window), MP_TYPE_HR_WINDOW,
                                                              "stack"));
  GtkStackPage *page = gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack, "follow-ups"));
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *without = NULL;
  gint64 until;
  guint frames = 0;

  /* The follow-ups page built first (after the first frame, from an idle): building it sets
   * the dot again, which made the frame below hold it now and then. */
  g_assert_nonnull (_mp_hr_window_get_child (fixture->window, "follow_ups_view"));
  mp_test_ui_iterate ();

  g_assert_true (gtk_stack_page_get_needs_attention (page));
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);

  gtk_stack_page_set_needs_attention (page, FALSE);
  without = next_frame_nodes (fixture);
  g_assert_null (strstr (without, "radial-gradient"));

  /* Every frame for twice the theme's fade: the dot, never a cross-fade */
  gtk_stack_page_set_needs_attention (page, TRUE);
  until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;
  do
    {
      g_autofree char *with = next_frame_nodes (fixture);

      g_assert_nonnull (strstr (with, "radial-gradient"));
      g_assert_null (strstr (with, "cross-fade"));
      frames++;
    }
  while (g_get_monotonic_time () < until);
  g_test_message ("%u frames with the dot", frames);

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
}

/* The Follow-ups, Staff, Directory and Evaluation pages, and what the pairings table gives
 * way to, are not built before the first frame, and are just after it without being shown:
 * the follow-ups' tab needs attention and their count shows, and every page has its content. */
static void
test_pages_after_first_frame (Fixture       *fixture,
                              gconstpointer  user_data)
{
  static const char * const pages[] = { "follow-ups", "staff", "directory", "evaluation", "pairings-states" };
  g_autoptr(MpHrWindow) window = NULL;
  GtkStack *pairings_stack;
  GtkStack *stack;
  GListModel *queue;
  g_autofree char *count = NULL;
  g_autofree char *counted = NULL;
  gint64 deadline;
  guint n;

  add_follow_up_waiting (fixture);
  mp_test_ui_iterate ();

  window = g_object_new (MP_TYPE_HR_WINDOW, "store", fixture->store, NULL);
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_false (_mp_hr_window_is_page_built (window, pages[i]));

  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (window));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!_mp_hr_window_is_page_built (window, "pairings-states") && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  mp_test_ui_iterate ();

  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), MP_TYPE_HR_WINDOW, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "pairings");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_true (_mp_hr_window_is_page_built (window, pages[i]));

  /* The pairings' table still shows; the pages it gives way to are there, hidden */
  pairings_stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), MP_TYPE_HR_WINDOW,
                                                             "pairings_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pairings_stack), ==, "table");
  g_assert_true (gtk_stack_get_child_by_name (pairings_stack, "empty") ==
                 GTK_WIDGET (_mp_hr_window_get_child (window, "empty_content")));
  g_assert_true (gtk_stack_get_child_by_name (pairings_stack, "no-match") ==
                 GTK_WIDGET (_mp_hr_window_get_child (window, "no_match_content")));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (_mp_hr_window_get_child (window, "empty_content"))));

  /* Before the queue is read (it needs the histories), the tab needs attention and the page
   * counts what waits, from the pairings' summaries... */
  g_assert_true (gtk_stack_page_get_needs_attention (gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack,
                                                                                                "follow-ups"))));
  counted = g_strdup (gtk_label_get_label (GTK_LABEL (_mp_hr_window_get_child (window, "follow_ups_count_label"))));
  g_assert_cmpstr (counted, !=, "");

  /* ...and the queue, once read, holds as many: its tab needs attention, its page counts it */
  queue = mp_hr_window_get_follow_ups (window);
  n = g_list_model_get_n_items (queue);
  g_assert_cmpuint (n, >=, 1);
  g_assert_true (gtk_stack_page_get_needs_attention (gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack,
                                                                                                "follow-ups"))));
  count = g_strdup_printf (n == 1 ? "%u follow-up waiting" : "%u follow-ups waiting", n);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (_mp_hr_window_get_child (window, "follow_ups_count_label"))), ==,
                   count);
  g_assert_cmpstr (counted, ==, count);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (_mp_hr_window_get_child (window,
                                                                                          "follow_ups_stack"))), ==,
                   "table");
  g_assert_true (gtk_column_view_get_model (GTK_COLUMN_VIEW (_mp_hr_window_get_child (window, "follow_ups_view")))
                 == GTK_SELECTION_MODEL (queue));

  /* The directory lists every department and question; the staff table has its columns */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (_mp_hr_window_get_child (window, "departments_view"))))), ==,
                    g_list_model_get_n_items (mp_store_get_departments (fixture->store)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (
                      GTK_LIST_VIEW (_mp_hr_window_get_child (window, "questions_view"))))), ==,
                    g_list_model_get_n_items (mp_store_get_questions (fixture->store)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (
                      GTK_COLUMN_VIEW (_mp_hr_window_get_child (window, "people_view")))), >, 0);

  /* Shown, the staff page lists the people */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "staff");
  mp_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                      GTK_COLUMN_VIEW (_mp_hr_window_get_child (window, "people_view"))))), >, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (_mp_hr_window_get_child (window, "staff_count_label"))), !=, "");

  /* Shown, the evaluation is computed and laid out */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "evaluation");
  mp_test_ui_iterate ();
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (_mp_hr_window_get_child (window, "evaluation_box"))));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (_mp_hr_window_get_child (window, "evaluation_subtitle"))), !=, "");

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* A page asked for before the window is up is built at once, alone, and complete. */
static void
test_page_on_first_show (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(MpHrWindow) window = NULL;
  GtkStack *stack;
  GtkListView *departments;
  gpointer dialog;

  window = g_object_new (MP_TYPE_HR_WINDOW, "store", fixture->store, NULL);
  g_object_ref_sink (window);
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), MP_TYPE_HR_WINDOW, "stack"));

  /* Its actions work before it is built */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-department", NULL));
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_DEPARTMENT_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_assert_false (_mp_hr_window_is_page_built (window, "directory"));

  gtk_stack_set_visible_child_name (stack, "directory");
  g_assert_true (_mp_hr_window_is_page_built (window, "directory"));
  g_assert_false (_mp_hr_window_is_page_built (window, "staff"));
  g_assert_false (_mp_hr_window_is_page_built (window, "follow-ups"));
  departments = GTK_LIST_VIEW (_mp_hr_window_get_child (window, "departments_view"));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (departments), gtk_stack_get_visible_child (stack)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (departments))), ==,
                    g_list_model_get_n_items (mp_store_get_departments (fixture->store)));

  /* Shown with its window, it has rows on screen */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  mp_test_ui_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (departments)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (departments)), >, 0);

  /* A widget of a page not built yet is found by asking: its page is built */
  g_assert_nonnull (_mp_hr_window_get_child (window, "show_inactive_check"));
  g_assert_true (_mp_hr_window_is_page_built (window, "staff"));
  g_assert_null (_mp_hr_window_get_child (window, "no_such_widget"));

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* The menus are made when first opened, even before the window's first frame, or else
 * just after it. */
static void
test_menus (Fixture       *fixture,
            gconstpointer  user_data)
{
  static const char * const buttons[] = { "data_menu_button", "primary_menu_button", "state_button",
                                          "department_button" };
  g_autoptr(MpHrWindow) window = NULL;

  window = g_object_new (MP_TYPE_HR_WINDOW, "store", fixture->store, NULL);
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  {
    GtkMenuButton *button = GTK_MENU_BUTTON (_mp_hr_window_get_child (window, "data_menu_button"));
    GtkPopover *popover;

    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
    gtk_menu_button_popup (button);
    popover = gtk_menu_button_get_popover (button);
    g_assert_true (GTK_IS_POPOVER_MENU (popover));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
    g_assert_true (gtk_menu_button_get_menu_model (button) == G_MENU_MODEL (_mp_hr_window_get_child (window,
                                                                                                      "data_menu")));
    gtk_menu_button_popdown (button);
  }

  mp_test_ui_wait_for_frame (GTK_WIDGET (window));
  mp_test_ui_iterate ();
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkMenuButton *button = GTK_MENU_BUTTON (_mp_hr_window_get_child (window, buttons[i]));
      GMenuModel *menu = gtk_menu_button_get_menu_model (button);

      g_assert_nonnull (menu);
      g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);
      g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (button)));
    }

  /* The state filter's menu, open: its choices as radio items, the one shown checked. */
  {
    GtkMenuButton *button = GTK_MENU_BUTTON (_mp_hr_window_get_child (window, "state_button"));
    GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));

    gtk_menu_button_popup (button);
    mp_test_ui_wait_for_frame (popover);
    g_free (mp_test_ui_snapshot (popover, "hr-state-menu"));
    gtk_menu_button_popdown (button);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

/* Import and Export run on a thread of their own: waits until one has stopped (at most a
 * minute). */
static void
wait_for_job (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (_mp_hr_window_is_working (fixture->window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (_mp_hr_window_is_working (fixture->window));
  mp_test_ui_iterate ();
}

/* Import runs on a thread of its own, the window answering meanwhile: its progress window
 * (modal, with Cancel) cancels it, nothing written; closing the HR window cancels it too;
 * let run, it imports and says so. */
static void
test_import_progress (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *good_path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autofree char *changed_path = g_build_filename (fixture->dir, "changed.json", NULL);
  g_autoptr(GFile) changed = g_file_new_for_path (changed_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  GtkLabel *banner = child (fixture, "banner_label");
  MpPairing *daniel = pairing_of (fixture, "Daniel Brooks");
  MpPerson *person = mp_mentorship_get_employee (mp_pairing_get_mentorship (daniel));
  g_autofree char *title = g_strdup (mp_person_get_title (person));
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;
  GtkWindow *progress;
  GtkWidget *cancel;
  sqlite3 *lock;

  mp_hr_window_export_file (fixture->window, good);
  wait_for_job (fixture);
  g_assert_true (g_file_get_contents (good_path, &contents, NULL, NULL));
  escaped = g_regex_escape_string (title, -1);
  regex = g_regex_new (escaped, 0, 0, NULL);
  text = g_regex_replace_literal (regex, contents, -1, 0, "Title From The File", 0, NULL);
  g_assert_true (g_file_set_contents (changed_path, text, -1, NULL));

  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  _mp_hr_window_set_progress_delay (fixture->window, 0);

  /* Cancelled from its progress window: nothing imported, the window as it was. */
  lock = hold_write_lock (fixture);
  mp_hr_window_import_file (fixture->window, changed);
  g_assert_true (_mp_hr_window_is_working (fixture->window));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "stack"))));
  progress = _mp_hr_window_get_progress_window (fixture->window);
  g_assert_nonnull (progress);
  /* (a dialog to a screen reader, not a plain window) */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (progress)), ==, GTK_ACCESSIBLE_ROLE_DIALOG);
  g_assert_true (gtk_window_get_modal (progress));
  g_assert_true (gtk_window_get_transient_for (progress) == GTK_WINDOW (fixture->window));
  cancel = mp_test_ui_find_descendant (GTK_WIDGET (progress), GTK_TYPE_BUTTON);
  g_assert_nonnull (cancel);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (cancel)), ==, "_Cancel");
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_false (gtk_widget_get_sensitive (cancel));
  release_write_lock (lock);
  wait_for_job (fixture);
  g_assert_null (_mp_hr_window_get_progress_window (fixture->window));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "stack"))));
  g_assert_cmpstr (gtk_label_get_label (banner), ==, "The import was cancelled: nothing was imported from “changed.json”.");
  g_assert_cmpstr (mp_person_get_title (person), ==, title);

  /* Closing the progress window (the window manager's close) cancels too. */
  lock = hold_write_lock (fixture);
  mp_hr_window_import_file (fixture->window, changed);
  progress = _mp_hr_window_get_progress_window (fixture->window);
  g_assert_nonnull (progress);
  gtk_window_close (progress);
  g_assert_true (_mp_hr_window_get_progress_window (fixture->window) == progress);  /* until it stops */
  release_write_lock (lock);
  wait_for_job (fixture);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "The import was cancelled"));
  g_assert_cmpstr (mp_person_get_title (person), ==, title);

  /* Let run: imported, in this window's store and objects, and the banner says so. Another
   * computer holds the database's lock meanwhile: the import waits at its first write,
   * saying so, the window still answering; once the lock goes, it goes on. */
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
    GtkProgressBar *bar = NULL;

    lock = hold_write_lock (fixture);
    mp_hr_window_import_file (fixture->window, changed);
    progress = _mp_hr_window_get_progress_window (fixture->window);
    g_assert_nonnull (progress);
    for (GtkWidget *w = gtk_widget_get_first_child (gtk_window_get_child (progress)); w != NULL;
         w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_PROGRESS_BAR (w))
        bar = GTK_PROGRESS_BAR (w);
    g_assert_nonnull (bar);
    while (g_strcmp0 (gtk_progress_bar_get_text (bar), "Writing record 0 of 1") != 0 &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "Writing record 0 of 1");
    g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (bar), 1.0 / 3.0, 0.001);
    g_assert_true (_mp_hr_window_is_working (fixture->window));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (progress), "hr-import-progress"));

    release_write_lock (lock);
  }
  wait_for_job (fixture);
  g_assert_null (_mp_hr_window_get_progress_window (fixture->window));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "Imported “changed.json”: 0 added, 1 updated"));
  g_assert_cmpstr (mp_person_get_title (person), ==, "Title From The File");

  /* The HR window closed while it runs: the import stops, nothing written. */
  {
    MpHrWindow *window = g_steal_pointer (&fixture->window);
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    lock = hold_write_lock (fixture);
    mp_hr_window_import_file (window, good);
    g_assert_true (_mp_hr_window_is_working (window));
    g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
    gtk_window_destroy (GTK_WINDOW (window));
    g_object_unref (window);  /* the fixture's: the job holds the last, until its end is heard of */
    g_assert_nonnull (window);
    release_write_lock (lock);
    while (window != NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_null (window);  /* freed, here on the main thread */
    mp_store_check_for_changes (fixture->store);
    g_assert_cmpstr (mp_person_get_title (person), ==, "Title From The File");
  }
}

/* Export runs on a thread of its own too, with its progress window (the same as Import's,
 * whose Cancel the test above follows; cancelling an export in time is
 * /json/export/progress). */
static void
test_export_progress (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "staff.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  GtkLabel *banner = child (fixture, "banner_label");
  GtkWindow *progress;
  GtkWidget *cancel;

  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  _mp_hr_window_set_progress_delay (fixture->window, 0);

  mp_hr_window_export_file (fixture->window, file);
  g_assert_true (_mp_hr_window_is_working (fixture->window));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "stack"))));
  g_assert_cmpstr (gtk_label_get_label (banner), ==, "Exporting staff and pairings to “staff.json”…");
  progress = _mp_hr_window_get_progress_window (fixture->window);
  g_assert_nonnull (progress);
  g_assert_cmpstr (gtk_window_get_title (progress), ==, "Exporting");
  g_assert_true (gtk_window_get_modal (progress));
  cancel = mp_test_ui_find_descendant (GTK_WIDGET (progress), GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (cancel)), ==, "_Cancel");

  /* One at a time: an import asked for meanwhile does not start; what writes, or starts
   * another job, is off (an action's button follows it). */
  mp_hr_window_import_file (fixture->window, file);
  g_assert_true (_mp_hr_window_get_progress_window (fixture->window) == progress);
  g_assert_cmpstr (gtk_label_get_label (banner), ==, "Exporting staff and pairings to “staff.json”…");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "new_pairing_button"))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "print_button"))));

  /* Cancelled once the file is written (the thread's work done, its end not yet heard of):
   * too late, it was exported, and the banner says so. */
  {
    gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

    while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
    g_usleep (100 * G_TIME_SPAN_MILLISECOND);
    g_signal_emit_by_name (cancel, "clicked");
  }

  wait_for_job (fixture);
  g_assert_null (_mp_hr_window_get_progress_window (fixture->window));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "stack"))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "new_pairing_button"))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (fixture, "print_button"))));
  g_assert_cmpstr (gtk_label_get_label (banner), ==,
                   "Exported to “staff.json”. It holds no private notes and no concern’s text.");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  expected = mp_json_export_data (fixture->store, NULL, NULL);
  g_assert_cmpuint (strlen (contents), ==, strlen (expected));  /* its "exported_at" aside */
}

static void
test_import_export (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autofree char *good_path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  GtkLabel *banner = child (fixture, "banner_label");
  guint n_people = g_list_model_get_n_items (mp_store_get_people (fixture->store));
  g_autofree char *contents = NULL;

  /* Export, then import the same file: nothing changes, and the summary says so */
  mp_hr_window_export_file (fixture->window, good);
  g_assert_true (_mp_hr_window_is_working (fixture->window));
  wait_for_job (fixture);
  g_assert_true (g_file_test (good_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (gtk_label_get_label (banner), ==,
                   "Exported to “export.json”. It holds no private notes and no concern’s text.");
  mp_hr_window_import_file (fixture->window, good);
  g_assert_true (_mp_hr_window_is_working (fixture->window));
  wait_for_job (fixture);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "Imported “export.json”"));
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, n_people);

  /* A bad file is refused whole, with the JSON path of the problem, in the window */
  g_assert_true (g_file_get_contents (good_path, &contents, NULL, NULL));
  {
    g_autoptr(GRegex) regex = g_regex_new ("\"email\" *: *\"[^\"]+\"", 0, 0, NULL);
    g_autofree char *broken = g_regex_replace (regex, contents, -1, 0, "\"email\": \"not an address\"", 0, NULL);

    g_assert_true (g_file_set_contents (bad_path, broken, -1, NULL));
  }
  mp_hr_window_import_file (fixture->window, bad);
  wait_for_job (fixture);
  g_assert_true (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  g_assert_true (strstr (gtk_label_get_label (banner), "$.") != NULL);
  g_assert_true (strstr (gtk_label_get_label (banner), "bad.json") != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, n_people);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-import-error"));

  /* Cut short: the line, in plain words, without the path of the whole file ("$: ") */
  g_assert_true (g_file_set_contents (bad_path, "{\n  \"format\": \"mentoring/1\",\n  \"people\": [", -1, NULL));
  mp_hr_window_import_file (fixture->window, bad);
  wait_for_job (fixture);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (banner),
                                   "Nothing was imported from “bad.json”: not valid JSON at line 3: this is not a "
                                   "file Mentoring exported, or it was cut short"));

  /* Import asks first when the file would change what is here (an older export): say no,
   * nothing changes; say yes, it does. A file that changes nothing is imported at once. */
  mp_hr_window_ask_import (fixture->window, good);
  wait_for_job (fixture);
  g_assert_null (_mp_hr_window_get_import_question (fixture->window));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "Imported “export.json”"));
  {
    MpPairing *daniel = pairing_of (fixture, "Daniel Brooks");
    MpPerson *person = mp_mentorship_get_employee (mp_pairing_get_mentorship (daniel));
    g_autofree char *title = g_strdup (mp_person_get_title (person));
    g_autofree char *escaped = NULL;
    g_autoptr(GRegex) regex = NULL;
    g_autofree char *older = NULL;
    g_autofree char *secondary = NULL;
    GtkWindow *question;

    g_assert_nonnull (title);
    escaped = g_regex_escape_string (title, -1);
    regex = g_regex_new (escaped, 0, 0, NULL);
    older = g_regex_replace_literal (regex, contents, -1, 0, "Title From An Old File", 0, NULL);
    g_assert_true (g_file_set_contents (bad_path, older, -1, NULL));

    mp_hr_window_ask_import (fixture->window, bad);
    wait_for_job (fixture);
    question = _mp_hr_window_get_import_question (fixture->window);
    g_assert_nonnull (question);
    g_object_get (question, "secondary-text", &secondary, NULL);
    g_assert_nonnull (strstr (secondary, "changes 1 record this database already has"));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (question), "hr-import-confirmation"));
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
    mp_test_ui_iterate ();
    g_assert_cmpstr (mp_person_get_title (person), ==, title);
    g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "Nothing was imported from “bad.json”"));

    mp_hr_window_ask_import (fixture->window, bad);
    wait_for_job (fixture);
    question = _mp_hr_window_get_import_question (fixture->window);
    g_assert_nonnull (question);
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
    g_assert_null (_mp_hr_window_get_import_question (fixture->window));
    wait_for_job (fixture);
    g_assert_cmpstr (mp_person_get_title (person), ==, "Title From An Old File");
    g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "Imported “bad.json”"));
  }
}

static void
collect_label_texts (GtkWidget *widget,
                     GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_label_texts (c, texts);
}

static void
test_evaluation (Fixture       *fixture,
                 gconstpointer  user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "evaluation");
  mp_test_ui_iterate ();
  g_assert_nonnull (gtk_widget_get_first_child (child (fixture, "evaluation_box")));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-evaluation"));

  /* The cadence line says what it counts: meetings held on time, not those still within
   * their window (which the table's "Meetings" column counts as expected). */
  {
    g_autoptr(GString) texts = g_string_new (NULL);

    collect_label_texts (child (fixture, "evaluation_box"), texts);
    g_assert_nonnull (strstr (texts->str, "of their meetings on time (a meeting still within its window does not "
                                          "count yet)."));
    /* The activities: the mean of each pairing's share, and the pooled count with its own
     * share, never a mean beside a count it does not come from */
    {
      g_autoptr(MpEvaluation) e = NULL;
      g_autofree char *line = NULL;
      GDate today;

      mp_pairing_list_get_today (mp_pairing_list_get_for_store (fixture->store), &today);
      e = mp_evaluation_compute (fixture->store, G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store)),
                                 &today);
      g_assert_cmpuint (e->activities_applicable, >, 0);
      line = g_strdup_printf ("Each pairing has done on average %.0f %% of its activities; all pairings together, "
                              "%u of %u (%.0f %%).", e->activity_mean * 100.0, e->activities_done,
                              e->activities_applicable, 100.0 * e->activities_done / e->activities_applicable);
      g_assert_nonnull (strstr (texts->str, line));
    }
    /* The median as the print says it: not rounded to whole days */
    g_assert_nonnull (strstr (texts->str, "2 follow-ups recorded, 1.5 days after the activity (median); the longest "
                                          "took 2 days."));
  }
}

static GtkWindow *
find_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), title) == 0 && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Runs while the pages are written: looks at the progress window and cancels it. */
static gboolean
cancel_export_cb (gpointer user_data)
{
  gboolean *seen = user_data;
  GtkWindow *progress = find_titled ("Exporting Summaries");

  if (progress == NULL)
    return G_SOURCE_CONTINUE;
  *seen = TRUE;
  g_assert_true (gtk_window_get_modal (progress));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (progress), "hr-export-progress"));
  gtk_window_close (progress);  /* as the window manager's close: cancels */

  return G_SOURCE_REMOVE;
}

/* An export or a print named over the database open (as the file chooser lets one choose,
 * and replace) is refused in the window, the database left byte for byte as it was; so is
 * any other SQLite file (a copy kept), and a journal beside one. */
static void
test_export_over_database (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *database = mp_store_get_path (fixture->store);
  g_autofree char *copy = g_build_filename (fixture->dir, "kept.sqlite", NULL);
  const char *targets[] = { database, copy };
  GtkLabel *banner = child (fixture, "banner_label");
  g_autofree char *before = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (g_file_get_contents (database, &before, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (copy, before, (gssize) length, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (targets[i]);
      g_autofree char *after = NULL;
      gsize after_length = 0;

      mp_hr_window_export_file (fixture->window, file);
      wait_for_job (fixture);
      g_assert_nonnull (strstr (gtk_label_get_label (banner), "is a database: write to another file"));
      g_assert_false (mp_hr_window_export_summaries_pdf (fixture->window, file));
      g_assert_nonnull (strstr (gtk_label_get_label (banner), "is a database: write to another file"));

      g_assert_true (g_file_get_contents (targets[i], &after, &after_length, &error));
      g_assert_no_error (error);
      g_assert_cmpmem (after, after_length, before, length);
    }

  /* Nor a file SQLite keeps beside a database (here, beside the copy: SQLite would take it
   * for the copy's journal when opening it), which is no SQLite file itself */
  {
    g_autofree char *journal = g_strconcat (copy, "-wal", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (journal);

    mp_hr_window_export_file (fixture->window, file);
    wait_for_job (fixture);
    g_assert_nonnull (strstr (gtk_label_get_label (banner), "is a database: write to another file"));
    g_assert_false (mp_hr_window_export_summaries_pdf (fixture->window, file));
    g_assert_nonnull (strstr (gtk_label_get_label (banner), "is a database: write to another file"));
    g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  }
}

static gboolean
banner_says_database (gpointer data)
{
  return strstr (gtk_label_get_label (GTK_LABEL (data)), "is a database: write to another file") != NULL;
}

/* The file printed to, written (GTK's file backend replaces the empty file the operation
 * makes for it, once every page is drawn) and readable by HR only */
static gboolean
printed_privately (gpointer data)
{
  GStatBuf st;

  return g_stat (data, &st) == 0 && st.st_size > 0 && (st.st_mode & 0777) == 0600;
}

/* The print settings as a print to @path on "Print to File" leaves them (the group is
 * MpPrintOperation's), for the next print */
static void
save_print_settings_to_file (const char *path)
{
  g_autoptr(GtkPrintSettings) settings = mp_test_ui_print_to_file_settings (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *settings_path = mp_print_operation_get_settings_path ();
  g_autofree char *settings_dir = g_path_get_dirname (settings_path);
  g_autoptr(GError) error = NULL;

  gtk_print_settings_to_key_file (settings, key_file, "Print Settings");
  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  g_assert_true (g_key_file_save_to_file (key_file, settings_path, &error));
  g_assert_no_error (error);
}

/* The print dialog's own "Print to File" may name the database open (the settings keep the
 * last file printed to; GTK asks only whether to replace it): refused in the window, the
 * database left byte for byte as it was. Another file is printed, readable by HR only (the
 * window lets the operation go once done, before GTK has written the file). */
static void
test_print_to_database (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const char *database = mp_store_get_path (fixture->store);
  g_autofree char *pdf = g_build_filename (fixture->dir, "printed.pdf", NULL);
  GtkLabel *banner = child (fixture, "banner_label");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length = 0, after_length = 0;
  g_autoptr(GError) error = NULL;

  save_print_settings_to_file (database);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (g_file_get_contents (database, &before, &length, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.print", NULL);
  g_assert_true (mp_test_ui_print_to_file (TRUE));
  mp_test_ui_wait_until (banner_says_database, banner, "the print refused in the banner");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (banner), "Could not print: "));

  g_assert_true (g_file_get_contents (database, &after, &after_length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_length, before, length);

  save_print_settings_to_file (pdf);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.print", NULL);
  g_assert_false (mp_test_ui_print_to_file (TRUE));
  mp_test_ui_wait_until (printed_privately, pdf, "the summaries printed to a file readable by HR only");

  /* The banner says where they went: no error left from the refused print */
  {
    const char *text = gtk_label_get_label (banner);
    int n_pages = atoi (text + strlen ("Saved "));

    g_assert_true (g_str_has_prefix (text, "Saved "));
    g_assert_true (g_str_has_suffix (text, n_pages == 1 ? " page as “printed.pdf”." : " pages as “printed.pdf”."));
    g_assert_cmpint (n_pages, >=, 1);
    g_assert_true (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  }
  mp_test_ui_assert_no_app_warnings ();
}

static gboolean
no_pairing_dialog (gpointer data)
{
  return mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG) == NULL;
}

/* Enter in a field of the New Pairing dialog creates the pairing, once Create may be used */
static void
test_new_pairing_enter (Fixture       *fixture,
                        gconstpointer  user_data)
{
  MpPairingDialog *dialog;
  g_autoptr(MpPerson) first = NULL;
  GtkWidget *create, *name, *title;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-pairing", NULL);
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  create = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "create_button");
  name = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_entry");
  title = dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "title_entry");
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == create);

  /* Half-filled (no mentor yet): Enter does nothing */
  gtk_check_button_set_active (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "new_check"), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (name), "Grace Newcomer");
  gtk_widget_grab_focus (name);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (name)), "activate");
  mp_test_ui_iterate ();
  g_assert_false (gtk_widget_get_sensitive (create));
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG) == dialog);
  g_assert_null (pairing_of (fixture, "Grace Newcomer"));

  /* Complete: Enter in the job title creates it */
  first = g_list_model_get_item (mp_pairing_dialog_get_suggestions (dialog), 0);
  g_assert_true (mp_pairing_dialog_select_mentor (dialog, first));
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_get_sensitive (create));
  gtk_widget_grab_focus (title);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (title)), "activate");
  mp_test_ui_wait_until (no_pairing_dialog, NULL, "the pairing created");
  g_assert_nonnull (pairing_of (fixture, "Grace Newcomer"));
}

/* Closing one of HR's dialogs after typing or choosing something asks first (Keep Editing,
 * Discard), as the meeting dialogs do; opened and closed untouched, it closes at once. */
static void
test_dialogs_ask_before_discard (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  const struct {
    const char *action;
    GType     (*type) (void);
  } dialogs[] = {
    { "win.add-person", mp_person_dialog_get_type },
    { "win.new-pairing", mp_pairing_dialog_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      GType type = dialogs[i].type ();
      GtkWindow *dialog;
      GtkMessageDialog *question;
      GtkWidget *entry;

      /* Untouched: closes at once */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), dialogs[i].action, NULL));
      mp_test_ui_iterate ();
      dialog = mp_test_ui_find_toplevel (type);
      g_assert_nonnull (dialog);
      gtk_window_close (dialog);
      mp_test_ui_iterate ();
      g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
      g_assert_null (mp_test_ui_find_toplevel (type));

      /* Something typed: asks; Keep Editing keeps it, Discard closes it */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), dialogs[i].action, NULL));
      mp_test_ui_iterate ();
      dialog = mp_test_ui_find_toplevel (type);
      entry = mp_test_ui_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
      g_assert_nonnull (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), "Typed, not saved");
      gtk_window_close (dialog);
      mp_test_ui_iterate ();
      question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
      g_assert_nonnull (question);
      g_assert_true (mp_test_ui_find_toplevel (type) == (gpointer) dialog);
      gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
      mp_test_ui_iterate ();
      g_assert_true (mp_test_ui_find_toplevel (type) == (gpointer) dialog);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Typed, not saved");
      gtk_window_close (dialog);
      mp_test_ui_iterate ();
      question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
      g_assert_nonnull (question);
      gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
      mp_test_ui_iterate ();
      g_assert_null (mp_test_ui_find_toplevel (type));
      g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
    }

  /* Only a mentor chosen for a new pairing: asks too (it closed without a word) */
  {
    MpPairingDialog *dialog;
    GtkMessageDialog *question;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-pairing", NULL));
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_true (mp_pairing_dialog_select_mentor (dialog, mp_store_lookup_person_by_login (fixture->store,
                                                                                            "hokafor")));
    mp_test_ui_iterate ();
    gtk_window_close (GTK_WINDOW (dialog));
    mp_test_ui_iterate ();
    question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG));
  }
}

static void
select_calendar_day (GtkCalendar *calendar,
                     int          day,
                     GDateMonth   month,
                     int          year)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (calendar, noon);
}

/* The rows of the closed days' list: each a day, its name and its Remove button */
static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;

  return n;
}

static GtkWidget *
row_remove_button (GtkListBox *list,
                   int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);

  return gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
}

/* HR keeps the days the library is closed: added (Enter in the name adds), sorted, a day
 * twice refused in the form, removed, saved all at once; closing with changes asks first. */
static void
test_closed_days (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWindow *dialog;
  GtkWidget *save, *add, *add_error;
  GtkListBox *list;
  GtkCalendar *calendar;
  GtkEditable *name;
  GtkMessageDialog *question;
  GArray *stored;

  /* From none (the demo's holidays taken away) */
  {
    g_autoptr(GArray) none = mp_closed_days_new ();
    g_autoptr(GError) error = NULL;

    g_assert_true (mp_store_set_closed_days (fixture->store, none, &error));
    g_assert_no_error (error);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.closed-days", NULL));
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG);
  g_assert_nonnull (dialog);
  save = dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "save_button");
  add = dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "add_button");
  add_error = dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "add_error");
  list = GTK_LIST_BOX (dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "days_list"));
  calendar = GTK_CALENDAR (dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG,
                                                           "calendar"));
  name = GTK_EDITABLE (dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG,
                                                       "name_entry"));

  /* None yet: nothing to save, nothing to add before the day has a name */
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_sensitive (add));

  /* Save is the default (Enter elsewhere, once it may be used), not in the name */
  g_assert_true (gtk_window_get_default_widget (dialog) == save);
  g_assert_false (gtk_entry_get_activates_default (GTK_ENTRY (name)));

  /* Enter in the name adds the day chosen */
  select_calendar_day (calendar, 1, G_DATE_JANUARY, 2027);
  gtk_editable_set_text (name, "New Year’s Day");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (name, "activate");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "");
  g_assert_true (gtk_widget_get_sensitive (save));
  /* The calendar moved on to the next day, which is not closed */
  {
    g_autoptr(GDateTime) next = gtk_calendar_get_date (calendar);

    g_assert_cmpint (g_date_time_get_day_of_month (next), ==, 2);
    g_assert_false (gtk_widget_get_visible (add_error));
  }

  select_calendar_day (calendar, 25, G_DATE_DECEMBER, 2026);
  gtk_editable_set_text (name, "Christmas Day");
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (count_rows (list), ==, 2);

  /* Sorted by day; each Remove button named for a screen reader */
  {
    const char *names[] = { "Remove Christmas Day, Friday 25 December 2026", "Remove New Year’s Day, Friday 1 January 2027" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row_remove_button (list, (int) i)),
                                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, names[i]);

        if (wrong != NULL)
          g_error ("The button is named “%s”", wrong);
      }
  }

  /* The same day again: said below the name, and not added */
  select_calendar_day (calendar, 25, G_DATE_DECEMBER, 2026);
  gtk_editable_set_text (name, "Christmas");
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_true (gtk_widget_get_visible (add_error));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (add_error)), ==,
                   "Friday 25 December 2026 is a closed day already: Christmas Day.");
  g_signal_emit_by_name (name, "activate");
  g_assert_cmpuint (count_rows (list), ==, 2);
  gtk_editable_set_text (name, "");

  /* Removed: the focus goes to the next day's button */
  gtk_window_present (dialog);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_signal_emit_by_name (row_remove_button (list, 0), "clicked");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_true (gtk_widget_has_focus (row_remove_button (list, 0)));
  select_calendar_day (calendar, 25, G_DATE_DECEMBER, 2026);
  gtk_editable_set_text (name, "Christmas Day");
  g_signal_emit_by_name (add, "clicked");
  /* Marked in the calendar, which moved on to the 26th */
  g_assert_true (gtk_calendar_get_day_is_marked (calendar, 25));
  g_assert_false (gtk_calendar_get_day_is_marked (calendar, 26));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-closed-days-dialog"));

  /* Alt+L (the list's caption, "C_losed days") goes into the list: to the Remove button of
   * a day (the first from today on; which one depends on the real date) */
  {
    GList *labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (list));
    GtkWidget *focus;

    g_assert_cmpuint (g_list_length (labels), ==, 1);
    g_assert_cmpstr (gtk_label_get_label (labels->data), ==, "C_losed days");
    g_assert_true (gtk_widget_has_focus (GTK_WIDGET (calendar)));
    g_assert_true (gtk_widget_mnemonic_activate (labels->data, FALSE));
    g_list_free (labels);
    focus = gtk_root_get_focus (GTK_ROOT (dialog));
    g_assert_true (focus == row_remove_button (list, 0) || focus == row_remove_button (list, 1));
  }

  /* A name on two lines (pasted lines keep the first: set, not pasted, here), or a day past
   * 2999, is refused as the store would refuse it */
  select_calendar_day (calendar, 26, G_DATE_DECEMBER, 2026);
  gtk_editable_set_text (name, "Boxing\nDay");
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (add_error)), ==, "A closed day’s name fits on one line.");
  gtk_editable_set_text (name, "Boxing Day");
  select_calendar_day (calendar, 1, G_DATE_JANUARY, 3000);
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (add_error)), ==, "A closed day is a day from 1900 to 2999.");
  gtk_editable_set_text (name, "");
  select_calendar_day (calendar, 26, G_DATE_DECEMBER, 2026);

  /* Another computer adds a day meanwhile: shown with the changes made here (the focus kept
   * on the day it was on), and kept */
  gtk_widget_grab_focus (row_remove_button (list, 1));
  {
    g_autoptr(GArray) before = mp_closed_days_copy (mp_store_get_closed_days (fixture->store));
    g_autoptr(GArray) after = mp_closed_days_copy (before);
    g_autoptr(GError) error = NULL;
    GDate training;

    g_date_clear (&training, 1);
    g_date_set_dmy (&training, 4, G_DATE_JANUARY, 2027);
    mp_closed_days_add (after, &training, "Staff training");
    g_assert_true (mp_store_change_closed_days (fixture->store, before, after, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_cmpuint (count_rows (list), ==, 3);
    g_assert_true (gtk_widget_get_sensitive (save));
    mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
    g_assert_true (gtk_window_get_focus (dialog) == row_remove_button (list, 1));
  }

  /* And one the dialog's store has not seen yet, from another store on the file: Save makes
   * the changes made here to the days stored then, so it stays */
  {
    g_autofree char *private_path = mp_demo_private_path (mp_store_get_path (fixture->store));
    g_autoptr(GError) error = NULL;
    g_autoptr(MpStore) there = mp_store_open_full (mp_store_get_path (fixture->store), private_path,
                                                   MP_STORE_OPEN_NO_WATCH, &error);
    g_autoptr(GArray) before = NULL;
    g_autoptr(GArray) after = NULL;
    GDate inventory;

    g_assert_no_error (error);
    before = mp_closed_days_copy (mp_store_get_closed_days (there));
    after = mp_closed_days_copy (before);
    g_date_clear (&inventory, 1);
    g_date_set_dmy (&inventory, 5, G_DATE_JANUARY, 2027);
    mp_closed_days_add (after, &inventory, "Inventory day");
    g_assert_true (mp_store_change_closed_days (there, before, after, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_rows (list), ==, 3);
  }

  /* Closing with changes asks; Keep Editing keeps them */
  gtk_window_close (dialog);
  mp_test_ui_iterate ();
  question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG) == (gpointer) dialog);
  /* (only the other computer's day is stored yet, as this store saw it) */
  g_assert_cmpuint (mp_store_get_closed_days (fixture->store)->len, ==, 1);

  /* Saved, both at once, with the other computer's */
  g_signal_emit_by_name (save, "clicked");
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG));
  stored = mp_store_get_closed_days (fixture->store);
  g_assert_cmpuint (stored->len, ==, 4);
  g_assert_cmpstr (g_array_index (stored, MpClosedDay, 0).name, ==, "Christmas Day");
  g_assert_cmpint (g_date_get_day (&g_array_index (stored, MpClosedDay, 0).date), ==, 25);
  g_assert_cmpstr (g_array_index (stored, MpClosedDay, 1).name, ==, "New Year’s Day");
  g_assert_cmpstr (g_array_index (stored, MpClosedDay, 2).name, ==, "Staff training");
  g_assert_cmpstr (g_array_index (stored, MpClosedDay, 3).name, ==, "Inventory day");

  /* Opened again: they are there, and closing untouched asks nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.closed-days", NULL));
  mp_test_ui_iterate ();
  dialog = mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG);
  g_assert_nonnull (dialog);
  list = GTK_LIST_BOX (dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "days_list"));
  g_assert_cmpuint (count_rows (list), ==, 4);
  /* The focus on the day to add, not on a Remove button */
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_focus (dialog) == dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "calendar"));
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "save_button")));
  gtk_window_close (dialog);
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG));

  /* Days stored by a newer version: said as the dialog opens */
  {
    sqlite3 *db = NULL;
    GtkWidget *banner;

    g_assert_cmpint (sqlite3_open (mp_store_get_path (fixture->store), &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE meta SET value = '{\"version\": 2}' WHERE key = 'closed_days'", NULL,
                                   NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_assert_true (mp_store_check_for_changes (fixture->store));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.closed-days", NULL));
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG);
    g_assert_nonnull (dialog);
    banner = dialog_child (dialog, MP_TYPE_CLOSED_DAYS_DIALOG, "error_label");
    g_assert_true (gtk_widget_get_visible (banner));
    g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (banner)),
                                     "The closed days in the database were saved by a newer version"));
    gtk_window_close (dialog);
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG));
  }

  /* On a database opened read-only, the dialog does not open */
  {
    g_autofree char *private_path = mp_demo_private_path (mp_store_get_path (fixture->store));
    g_autoptr(GError) error = NULL;
    g_autoptr(MpStore) read_only = mp_store_open_full (mp_store_get_path (fixture->store), private_path,
                                                       MP_STORE_OPEN_READ_ONLY | MP_STORE_OPEN_NO_WATCH, &error);
    GtkWidget *window;

    g_assert_no_error (error);
    window = g_object_new (MP_TYPE_HR_WINDOW, "store", read_only, NULL);
    gtk_window_present (GTK_WINDOW (window));
    mp_test_ui_wait_for_frame (window);
    /* The banner says why everything that writes is greyed out */
    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_template_child (window, MP_TYPE_HR_WINDOW,
                                                                                               "banner_revealer"))));
    g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (window,
                                                                                                    MP_TYPE_HR_WINDOW,
                                                                                                    "banner_label"))),
                                     "This database is read-only here"));
    g_free (mp_test_ui_snapshot (window, "hr-read-only"));
    gtk_widget_activate_action (window, "win.closed-days", NULL);
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_CLOSED_DAYS_DIALOG));
    gtk_window_destroy (GTK_WINDOW (window));
    mp_test_ui_iterate ();
  }
  mp_test_ui_assert_no_app_warnings ();
}

/* Export Summaries as PDF shows its progress and can be cancelled, leaving no file. */
static void
test_export_summaries (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "all.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkLabel *banner = child (fixture, "banner_label");
  gboolean seen = FALSE;
  guint idle;

  g_assert_true (mp_hr_window_export_summaries_pdf (fixture->window, file));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (gtk_label_get_label (banner), ==, "Exported 6 progress summaries to “all.pdf”.");
  g_assert_null (find_titled ("Exporting Summaries"));
  g_assert_cmpint (g_unlink (path), ==, 0);

  idle = g_idle_add (cancel_export_cb, &seen);
  g_assert_false (mp_hr_window_export_summaries_pdf (fixture->window, file));
  if (!seen)
    g_source_remove (idle);
  g_assert_true (seen);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (gtk_label_get_label (banner), ==, "The export was cancelled: “all.pdf” was not written.");
  mp_test_ui_iterate ();
  g_assert_null (find_titled ("Exporting Summaries"));

  /* Nothing shown: said before any file is asked for, with what to change */
  type_search (fixture, "zzzz");
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-pdf", NULL);
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_cmpstr (gtk_label_get_label (banner), ==,
                   "No pairing is shown, so there is nothing to export: change the state or department filter, or "
                   "clear the search.");
}

static void
test_print (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "summaries.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* What Ctrl+P prints, without the dialog: the shown rows (here: Member Services). */
  select_department (fixture, "Member Services");
  g_assert_true (mp_hr_window_print_to_file (fixture->window, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);

  if (g_find_program_in_path ("pdftotext") != NULL)
    {
      g_autofree char *out = NULL;
      const char *argv[] = { "pdftotext", pdf, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL,
                                   NULL));
      g_assert_true (strstr (out, "Liam O") != NULL);
      g_assert_true (strstr (out, "Priya Raman") != NULL);
      g_assert_null (strstr (out, "Aisha Mensah"));
    }
}

static void
count_print_requests (MpSummaryViewer *viewer,
                      guint           *count)
{
  (*count)++;
}

static guint
position_of (Fixture    *fixture,
             const char *employee)
{
  GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (shown, i);

      if (g_strcmp0 (mp_pairing_get_employee_name (pairing), employee) == 0)
        return i;
    }

  g_assert_not_reached ();
}

/* Enter (or a double click) on a pairing, or Open Summary: its progress summary in a
 * window of its own, page by page as it prints, its text told to screen readers; Print
 * there (Ctrl+P) asks for the printout; it follows its pairing; Escape closes it. */
static void
test_summary_viewer (Fixture       *fixture,
                     gconstpointer  user_data)
{
  MpSummaryViewer *viewer;
  g_autoptr(GError) error = NULL;
  g_autofree char *wrong = NULL;
  guint n_requests = 0;

  g_assert_false (gtk_widget_is_sensitive (child (fixture, "summary_button")));
  select_row (fixture, "Aisha Mensah");
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "summary_button")));

  /* Enter on another row (the focus moved there without selecting it): that one */
  g_signal_emit_by_name (child (fixture, "pairings_view"), "activate", position_of (fixture, "Sofia Rossi"));
  mp_test_ui_iterate ();
  viewer = mp_test_ui_find_toplevel (MP_TYPE_SUMMARY_VIEWER);
  g_assert_nonnull (viewer);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (viewer)), ==, "Progress Summary: Sofia Rossi");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (viewer)) == GTK_WINDOW (fixture->window));
  g_assert_cmpuint (mp_summary_viewer_get_n_pages (viewer), >=, 1);
  g_assert_cmpuint (mp_report_get_n_items (mp_summary_viewer_get_report (viewer)), ==, 1);
  mp_test_ui_wait_for_frame (GTK_WIDGET (viewer));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (viewer), "hr-summary-viewer"));

  /* Ctrl+P and the Print button ask the HR window to print (its dialog is test_print_dialog's) */
  g_signal_handlers_block_matched (viewer, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, fixture->window);
  g_signal_connect (viewer, "print-requested", G_CALLBACK (count_print_requests), &n_requests);
  g_assert_cmpstr (mp_test_ui_key_action (GTK_WIDGET (viewer), GDK_KEY_p, GDK_CONTROL_MASK), ==, "viewer.print");
  g_assert_cmpstr (mp_test_ui_key_action (GTK_WIDGET (viewer), GDK_KEY_Escape, 0), ==, "window.close");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "viewer.print", NULL));
  g_assert_cmpuint (n_requests, ==, 1);

  /* Its text, for a screen reader: the summary's lines, not only its name */
  {
    g_autofree char *text = mp_report_get_item_text (mp_summary_viewer_get_report (viewer), 0);

    g_assert_nonnull (strstr (text, "Sofia Rossi"));
    g_assert_nonnull (strstr (text, "Tomasz Wójcik"));
    g_assert_nonnull (strstr (text, "Completed"));
  }

  /* It follows its pairing: archived (another page of the report's header, here its state),
   * then deleted for good: closed */
  {
    MpMentorship *sofia = NULL;
    GListModel *mentorships = mp_store_get_mentorships (fixture->store);
    MpReport *before = mp_summary_viewer_get_report (viewer);

    for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
      {
        g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);

        if (mentorship == mp_pairing_get_mentorship (mp_summary_viewer_get_pairing (viewer)))
          sofia = mentorship;
      }
    g_assert_nonnull (sofia);
    g_assert_true (mp_store_archive_mentorship (fixture->store, sofia, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_SUMMARY_VIEWER) == viewer);
    g_assert_true (mp_summary_viewer_get_report (viewer) != before);
    g_assert_true (mp_store_purge_mentorship (fixture->store, sofia, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SUMMARY_VIEWER));
  }

  /* The button opens the selected one; Escape closes it */
  select_row (fixture, "Aisha Mensah");
  g_signal_emit_by_name (child (fixture, "summary_button"), "clicked");
  mp_test_ui_iterate ();
  viewer = mp_test_ui_find_toplevel (MP_TYPE_SUMMARY_VIEWER);
  g_assert_nonnull (viewer);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (viewer)), ==, "Progress Summary: Aisha Mensah");
  {
    GtkWidget *area = gtk_window_get_child (GTK_WINDOW (viewer));

    while (area != NULL && !GTK_IS_DRAWING_AREA (area))
      area = gtk_widget_get_first_child (area);
    g_assert_nonnull (area);
    g_assert_true (gtk_widget_get_focusable (area));
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Progress Summary: Aisha Mensah");
    if (wrong != NULL)
      g_error ("The summary is named “%s”", wrong);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "window.close", NULL));
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SUMMARY_VIEWER));
}

/* Ctrl+P opens the print dialog (with its preview) for the selected or shown rows;
 * cancelling it leaves everything as it was. */
static void
test_print_dialog (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GType dialog_type;
  GtkWindow *dialog = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.print", NULL);
  dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (dialog_type != 0);
  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = mp_test_ui_find_toplevel (dialog_type);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (fixture->window));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "hr-print-dialog"));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));

  /* The evaluation page prints the evaluation. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "evaluation");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.print", NULL);
  dialog = NULL;
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = mp_test_ui_find_toplevel (dialog_type);
    }
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
}

/* An application like the app's, with a demo to offer (registered: a window joins only such;
 * each under a name of its own, as one on the session bus stays until it is finalized). */
static GtkApplication *
demo_application_new (void)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("com.alliancelibrarysystem.Mentoring.Test%u", ++serial);
  GtkApplication *app = gtk_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSimpleAction) demo = g_simple_action_new ("demo", NULL);

  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (demo));
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* The demo is offered by a window that joined such an application before the page that
 * offers it was built. */
static void
test_empty_demo_button (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GtkApplication) app = demo_application_new ();

  g_assert_false (_mp_hr_window_is_page_built (fixture->window, "pairings-states"));
  gtk_window_set_application (GTK_WINDOW (fixture->window), app);
  g_assert_true (gtk_widget_get_visible (child (fixture, "empty_demo_button")));
  g_assert_true (_mp_hr_window_is_page_built (fixture->window, "pairings-states"));
  g_assert_cmpstr (mp_status_page_get_description (child (fixture, "empty_status_page")), ==,
                   "Pair a new employee with a mentor, import the staff and pairings you keep elsewhere, or "
                   "try the app with demo data.");
  gtk_window_set_application (GTK_WINDOW (fixture->window), NULL);
}

/* A window whose filters match nothing from the start shows that in its first frame. */
static void
test_no_match_at_start (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(MpHrWindow) window = NULL;
  GtkStack *pairings_stack;
  GtkWidget *no_match;

  window = g_object_new (MP_TYPE_HR_WINDOW, "store", fixture->store, "department-filter", "Nowhere", NULL);
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_assert_true (_mp_hr_window_is_page_built (window, "pairings-states"));
  pairings_stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), MP_TYPE_HR_WINDOW,
                                                             "pairings_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pairings_stack), ==, "no-match");

  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (window));
  no_match = GTK_WIDGET (_mp_hr_window_get_child (window, "no_match_content"));
  g_assert_true (gtk_stack_get_visible_child (pairings_stack) == no_match);
  g_assert_true (gtk_widget_get_mapped (no_match));
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  mp_test_ui_iterate ();
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  /* The first steps, built for the first frame: no demo to offer without an application */
  g_assert_true (_mp_hr_window_is_page_built (fixture->window, "pairings-states"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pairings_stack")), ==, "empty");
  g_assert_true (gtk_stack_get_visible_child (child (fixture, "pairings_stack")) == child (fixture, "empty_content"));
  g_assert_true (gtk_widget_get_mapped (child (fixture, "empty_status_page")));
  g_assert_cmpstr (mp_status_page_get_title (child (fixture, "empty_status_page")), ==, "No Pairings Yet");
  g_assert_cmpstr (mp_status_page_get_description (child (fixture, "empty_status_page")), ==,
                   "Pair a new employee with a mentor, or import the staff and pairings you keep elsewhere.");
  g_assert_true (gtk_widget_get_mapped (child (fixture, "empty_new_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "empty_demo_button")));
  g_assert_cmpstr (gtk_label_get_label (child (fixture, "count_label")), ==, "0 pairings");

  /* An application that offers a demo, joined later: the page offers it too */
  {
    g_autoptr(GtkApplication) app = demo_application_new ();

    gtk_window_set_application (GTK_WINDOW (fixture->window), app);
    g_assert_true (gtk_widget_get_visible (child (fixture, "empty_demo_button")));
    g_assert_cmpstr (mp_status_page_get_description (child (fixture, "empty_status_page")), ==,
                     "Pair a new employee with a mentor, import the staff and pairings you keep elsewhere, or "
                     "try the app with demo data.");
    gtk_window_set_application (GTK_WINDOW (fixture->window), NULL);
    g_assert_false (gtk_widget_get_visible (child (fixture, "empty_demo_button")));
  }
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "hr-empty"));

  /* The follow-up queue and the evaluation are empty too, and say so */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "follow-ups");
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "follow_ups_stack")), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "staff");
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "staff_stack")), ==, "none");
  g_assert_cmpstr (mp_status_page_get_title (child (fixture, "staff_none_page")), ==, "No Staff Yet");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "evaluation");
  mp_test_ui_iterate ();

  /* New Pairing on a new database (the built-in program, no one who may mentor): it says
   * what is missing and where to get it. */
  {
    g_autoptr(GError) error = NULL;
    MpPairingDialog *dialog;

    g_assert_true (mp_demo_add_program (fixture->store, &error));
    g_assert_no_error (error);
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-pairing", NULL);
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_PAIRING_DIALOG);
    g_assert_nonnull (dialog);
    gtk_check_button_set_active (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "new_check"), TRUE);
    gtk_editable_set_text (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "name_entry"), "Grace Newcomer");
    mp_test_ui_iterate ();
    g_assert_cmpstr (gtk_label_get_label (dialog_child (dialog, MP_TYPE_PAIRING_DIALOG, "reason_label")), ==,
                     "No one on the staff list may mentor yet: on the Staff page, edit a colleague and tick "
                     "“May mentor new employees”.");
    gtk_window_destroy (GTK_WINDOW (dialog));
    mp_test_ui_iterate ();
  }
}

/* ---- Confidentiality ------------------------------------------------------------------ */

static void
plant_secrets (Fixture *fixture)
{
  GListModel *list = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (list, i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
      GListModel *meetings = mp_store_get_meetings (fixture->store, mentorship);
      GListModel *feedback = mp_store_get_feedback (fixture->store, mentorship);
      MpAgreement *agreement = mp_store_get_agreement (fixture->store, mentorship);
      g_autoptr(MpConcern) concern = mp_concern_new (mentorship, SECRET_CONCERN_SUBJECT, SECRET_CONCERN_TEXT);

      g_assert_true (mp_store_save_concern (fixture->store, concern, &error));
      g_assert_no_error (error);
      g_assert_true (mp_store_answer_concern (fixture->store, concern, SECRET_CONCERN_ANSWER, &error));
      g_assert_no_error (error);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);
          g_autoptr(MpMeeting) draft = mp_meeting_copy (meeting);

          g_assert_true (mp_store_set_private_note (fixture->store, meeting, SECRET_PRIVATE_NOTE, &error));
          g_assert_no_error (error);
          mp_meeting_set_agenda (draft, SECRET_AGENDA);
          if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD)
            mp_meeting_set_summary (draft, SECRET_SUMMARY);
          g_assert_true (mp_store_save_meeting (fixture->store, draft, &error));
          g_assert_no_error (error);
        }

      for (guint j = 0; j < g_list_model_get_n_items (feedback); j++)
        {
          g_autoptr(MpFeedback) item = g_list_model_get_item (feedback, j);
          g_autoptr(MpFeedback) draft = mp_feedback_copy (item);

          mp_feedback_set_comment (draft, SECRET_FEEDBACK);
          g_assert_true (mp_store_save_feedback (fixture->store, draft, &error));
          g_assert_no_error (error);
        }

      if (agreement != NULL)
        {
          g_autoptr(MpAgreement) draft = mp_agreement_copy (agreement);

          mp_agreement_set_expectations (draft, SECRET_EXPECTATIONS);
          g_assert_true (mp_store_save_agreement (fixture->store, draft, &error));
          g_assert_no_error (error);
        }
    }
}

static const char * const secrets[] = {
  SECRET_CONCERN_SUBJECT, SECRET_CONCERN_TEXT, SECRET_CONCERN_ANSWER, SECRET_PRIVATE_NOTE,
  SECRET_FEEDBACK, SECRET_AGENDA, SECRET_SUMMARY, SECRET_EXPECTATIONS,
};

static void
assert_no_secret (const char *text,
                  const char *where)
{
  if (text == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      if (strstr (text, secrets[i]) != NULL)
        g_error ("%s shows the confidential “%s”: %s", where, secrets[i], text);
    }
}

/* Every text a widget of the tree shows, or gives to a screen reader. */
static guint
walk (GtkWidget *widget)
{
  guint visited = 1;

  if (GTK_IS_LABEL (widget))
    assert_no_secret (gtk_label_get_label (GTK_LABEL (widget)), G_OBJECT_TYPE_NAME (widget));
  if (GTK_IS_INSCRIPTION (widget))
    assert_no_secret (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), "GtkInscription");
  if (GTK_IS_EDITABLE (widget))
    assert_no_secret (gtk_editable_get_text (GTK_EDITABLE (widget)), G_OBJECT_TYPE_NAME (widget));
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), &start, &end);
      text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), &start, &end, TRUE);
      assert_no_secret (text, "GtkTextView");
    }
  assert_no_secret (mp_widget_get_tooltip (widget), "a tooltip");

  for (GtkWidget *each = gtk_widget_get_first_child (widget); each != NULL; each = gtk_widget_get_next_sibling (each))
    visited += walk (each);

  return visited;
}

static void
test_confidential (Fixture       *fixture,
                   gconstpointer  user_data)
{
  static const char *pages[] = { "pairings", "follow-ups", "staff", "directory", "evaluation" };
  GListModel *list = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));

  /* Planted after the window opened: it must not pick them up on change either. */
  plant_secrets (fixture);
  mp_test_ui_iterate ();

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", pages[i]);
      mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
      g_assert_cmpuint (walk (GTK_WIDGET (fixture->window)), >, 50);
    }

  /* The purge confirmation shows counts, never the concerns themselves */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "pairings");
  select_row (fixture, "Sofia Rossi");
  click (child (fixture, "purge_button"));
  {
    GtkWidget *confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_autofree char *secondary = NULL;

    g_assert_nonnull (confirm);
    g_object_get (confirm, "secondary-text", &secondary, NULL);
    assert_no_secret (secondary, "the purge confirmation");
    walk (confirm);
    gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_CANCEL);
    mp_test_ui_iterate ();
  }
  g_assert_nonnull (pairing_of (fixture, "Sofia Rossi"));

  /* The follow-up form and the end-early form of each pairing */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (list, i);
      GtkWindow *dialog = mp_end_pairing_dialog_new (GTK_WINDOW (fixture->window), fixture->store,
                                                     mp_pairing_get_mentorship (pairing));

      gtk_window_present (dialog);
      walk (GTK_WIDGET (dialog));
      gtk_window_destroy (dialog);
    }
  {
    GListModel *queue = mp_hr_window_get_follow_ups (fixture->window);

    for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
      {
        g_autoptr(MpActivityProgress) progress = g_list_model_get_item (queue, i);
        GtkWindow *dialog = mp_follow_up_dialog_new (GTK_WINDOW (fixture->window), fixture->store, progress);

        gtk_window_present (dialog);
        walk (GTK_WIDGET (dialog));
        gtk_window_destroy (dialog);
      }
  }
}

/* The search is the shown list's own: the words typed, folded, with none while nothing is
 * typed (deleting the last letter looks at no pairing); a search under a department shows
 * what both match; a person renamed is found by the new name. */
static void
test_search_filter (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GListModel *shown = gtk_multi_selection_get_model (GTK_MULTI_SELECTION (
    mp_hr_window_get_shown_pairings (fixture->window)));
  MpFilterList *list;

  g_assert_true (MP_IS_FILTER_LIST (shown));
  list = MP_FILTER_LIST (shown);
  g_assert_null (mp_filter_list_get_search (list));

  type_search (fixture, "Li");
  g_assert_cmpstrv (mp_filter_list_get_search (list), ((const char *[]) { "li", NULL }));
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_true (strstr (names, "Liam O'Brien") != NULL);
  }
  select_department (fixture, "Member Services");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Liam O'Brien");
  }
  type_search (fixture, "   ");
  g_assert_null (mp_filter_list_get_search (list));
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Liam O'Brien,Priya Raman");
  }
  type_search (fixture, "priya");
  {
    g_autofree char *names = shown_set (fixture);

    g_assert_cmpstr (names, ==, "Priya Raman");
  }
  type_search (fixture, "");
  g_assert_null (mp_filter_list_get_search (list));
  select_department (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 6);

  /* Renamed in the staff directory (or on another computer): found by the new name, no
   * longer by the old. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MpPerson) priya = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (mp_store_get_people (fixture->store)) && priya == NULL; i++)
      {
        g_autoptr(MpPerson) person = g_list_model_get_item (mp_store_get_people (fixture->store), i);

        if (g_str_equal (mp_person_get_name (person), "Priya Raman"))
          priya = mp_person_copy (person);
      }
    g_assert_nonnull (priya);
    mp_person_set_name (priya, "Priya Okonkwo-Pérez");
    g_assert_true (mp_store_save_person (fixture->store, priya, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();

    type_search (fixture, "okonkwo perez");
    {
      g_autofree char *names = shown_set (fixture);

      g_assert_cmpstr (names, ==, "Priya Okonkwo-Pérez");
    }
    type_search (fixture, "raman");
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
    type_search (fixture, "");
  }
}

/* Many pairings: the table makes one widget for each of a bounded window of rows around
 * what is on screen, never one per pairing nor one per cell, and search still narrows it. */
static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *each = gtk_widget_get_first_child (widget); each != NULL; each = gtk_widget_get_next_sibling (each))
    n += count_widgets (each);

  return n;
}

static void
test_many_pairings (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const guint n_pairings = 1500;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpProgram) template = NULL;
  g_autoptr(GPtrArray) mentors = g_ptr_array_new_with_free_func (g_object_unref);
  MpProgram *program;
  g_autoptr(GPtrArray) rows = NULL;
  guint widgets;
  gint64 start;

  fixture_open (fixture, FALSE);
  template = mp_demo_load_program (&error);
  g_assert_no_error (error);
  program = mp_store_ensure_program (fixture->store, template, &error);
  g_assert_no_error (error);

  g_assert_true (mp_store_begin_batch (fixture->store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Mentor M%u Smith", i);
      MpPerson *mentor = mp_person_new (name);

      mp_person_set_may_mentor (mentor, TRUE);
      g_assert_true (mp_store_save_person (fixture->store, mentor, &error));
      g_ptr_array_add (mentors, mentor);
    }
  for (guint i = 0; i < n_pairings; i++)
    {
      g_autofree char *name = g_strdup_printf ("Employee E%u Jones", i);
      g_autoptr(MpPerson) employee = mp_person_new (name);
      g_autoptr(MpMentorship) mentorship = NULL;
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_julian (&day, g_date_get_julian (&fixture->today) - (i % 200));
      g_assert_true (mp_store_save_person (fixture->store, employee, &error));
      mentorship = mp_mentorship_new (g_ptr_array_index (mentors, i % mentors->len), employee, program, &day);
      g_assert_true (mp_store_create_mentorship (fixture->store, mentorship, &error));
    }
  g_assert_true (mp_store_commit_batch (fixture->store, &error));
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  fixture_show_window (fixture);
  g_test_message ("%u pairings: first frame after %.0f ms", n_pairings, (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, n_pairings);

  /* The grid view keeps widgets for a few screens of rows (GTK 4.8's list view kept 200),
   * whatever the number of pairings: two widgets a row (GTK's item and the row that draws
   * its cells). */
  rows = pairing_rows (fixture);
  widgets = count_widgets (child (fixture, "pairings_view"));
  g_test_message ("rows: %u, widgets: %u", rows->len, widgets);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <=, 60);
  g_assert_cmpuint (widgets, <=, 2 * 60 + 1);

  start = g_get_monotonic_time ();
  type_search (fixture, "e14");
  g_test_message ("search: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  /* 14, 140-149, 1400-1499 */
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, 111);
  type_search (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (mp_hr_window_get_shown_pairings (fixture->window)), ==, n_pairings);

  /* Return in the search reaches the first row from the bottom of the table, where GTK
   * has no widget for it */
  gtk_widget_activate_action (child (fixture, "pairings_view"), "list.scroll-to-item", "u", n_pairings - 1);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  gtk_widget_grab_focus (child (fixture, "search_entry"));
  g_signal_emit_by_name (child (fixture, "search_entry"), "activate");
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_first_pairing_focused (fixture);

  /* The table sorts by integer keys where it can (1,500 pairings over 200 start days: many
   * ties): always the order of the header's sorter alone, ties broken by the columns
   * chosen before, then by the list's order. */
  {
    MpHrPairingHeader *header = child (fixture, "pairings_header");
    GListModel *shown = mp_hr_window_get_shown_pairings (fixture->window);
    g_autoptr(MpFilterList) reference =
      mp_filter_list_new (g_object_ref (G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store))), NULL,
                          g_object_ref (mp_hr_pairing_header_get_sorter (header)), NULL, NULL);
    GRand *rand = g_rand_new_with_seed (5);

    for (guint round = 0; round < 30; round++)
      {
        MpHrPairingColumn column = (MpHrPairingColumn) g_rand_int_range (rand, 0, MP_HR_N_PAIRING_COLUMNS);

        mp_hr_pairing_header_sort_by (header, column, g_rand_boolean (rand) ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (G_LIST_MODEL (reference)));
        for (guint i = 0; i < n_pairings; i++)
          {
            g_autoptr(MpPairing) a = g_list_model_get_item (shown, i);
            g_autoptr(MpPairing) b = g_list_model_get_item (G_LIST_MODEL (reference), i);

            g_assert_true (a == b);
          }
      }
    g_rand_free (rand);
  }

  /* The shown pairings may outlive the window: a pairing added then asks nothing of it. */
  {
    g_autoptr(GListModel) shown = g_object_ref (mp_hr_window_get_shown_pairings (fixture->window));
    g_autoptr(MpPerson) employee = mp_person_new ("Employee After Window");
    g_autoptr(MpMentorship) mentorship = NULL;

    gtk_window_destroy (GTK_WINDOW (fixture->window));
    g_clear_object (&fixture->window);
    mp_test_ui_iterate ();

    g_assert_true (mp_store_save_person (fixture->store, employee, &error));
    mentorship = mp_mentorship_new (g_ptr_array_index (mentors, 0), employee, program, &fixture->today);
    g_assert_true (mp_store_create_mentorship (fixture->store, mentorship, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_pairings + 1);
  }
}

/* ---- The pairings table's rows and header ------------------------------------------- */

static gboolean
layout_is_bold (PangoLayout *layout)
{
  PangoAttrList *attributes = pango_layout_get_attributes (layout);
  g_autoptr(PangoAttrIterator) iter = NULL;
  PangoAttribute *weight;

  if (attributes == NULL)
    return FALSE;
  iter = pango_attr_list_get_iterator (attributes);
  weight = pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT);

  return weight != NULL && ((PangoAttrInt *) weight)->value >= PANGO_WEIGHT_BOLD;
}

/* Each row on screen draws the pairing it is bound to, every column of it, in bold where
 * the pairing needs attention. */
static void
test_rows_drawn (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint drawn = 0;

  type_search (fixture, "");
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  rows = pairing_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 6);

  for (guint i = 0; i < rows->len; i++)
    {
      MpHrPairingRow *row = g_ptr_array_index (rows, i);
      MpPairing *pairing = mp_hr_pairing_row_get_pairing (row);

      g_assert_true (_mp_hr_pairing_row_get_drawn (row) == pairing);
      drawn++;
      for (guint c = 0; c < MP_HR_N_PAIRING_COLUMNS; c++)
        {
          g_autofree char *text = mp_hr_pairing_column_text (pairing, c);

          g_assert_cmpstr (_mp_hr_pairing_row_get_drawn_text (row, c), ==, text);
          g_assert_cmpstr (mp_hr_pairing_row_get_text (row, c), ==, text);
          g_assert_true (layout_is_bold (_mp_hr_pairing_row_get_drawn_layout (row, c)) ==
                         ((c == MP_HR_PAIRING_STATE && mp_pairing_get_state (pairing) == MP_SCHEDULE_STATE_DUE_SOON) ||
                          (c == MP_HR_PAIRING_LAST_CONTACT && mp_pairing_get_no_contact_alert (pairing))));
        }
    }
  g_assert_cmpuint (drawn, ==, 6);

  /* The same text in the same column is shaped once: the rows share its layout. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    guint shared = 0;

    for (guint i = 0; i < rows->len; i++)
      {
        MpHrPairingRow *row = g_ptr_array_index (rows, i);

        for (guint c = 0; c < MP_HR_N_PAIRING_COLUMNS; c++)
          {
            PangoLayout *layout = _mp_hr_pairing_row_get_drawn_layout (row, c);
            g_autofree char *key = g_strdup_printf ("%u %d %s", c, layout_is_bold (layout),
                                                    _mp_hr_pairing_row_get_drawn_text (row, c));
            PangoLayout *before = g_hash_table_lookup (seen, key);

            if (before != NULL)
              {
                g_assert_true (before == layout);
                shared++;
              }
            else
              g_hash_table_insert (seen, g_steal_pointer (&key), layout);
          }
      }
    g_assert_cmpuint (shared, >, 0);  /* the demo's rows have texts in common ("—", phases) */
  }

  /* Shared only where everything drawn is the same: text, weight, width, alignment. */
  {
    MpHrPairingHeader *header = child (fixture, "pairings_header");
    PangoLayout *plain = _mp_hr_pairing_header_get_layout (header, "Due in 3 days", FALSE, 120, PANGO_ALIGN_LEFT);
    PangoLayout *bold = _mp_hr_pairing_header_get_layout (header, "Due in 3 days", TRUE, 120, PANGO_ALIGN_LEFT);

    g_assert_true (plain != bold);
    g_assert_false (layout_is_bold (plain));
    g_assert_true (layout_is_bold (bold));
    g_assert_true (_mp_hr_pairing_header_get_layout (header, "Due in 3 days", FALSE, 120, PANGO_ALIGN_LEFT) == plain);
    g_assert_true (_mp_hr_pairing_header_get_layout (header, "Due in 3 days", FALSE, 80, PANGO_ALIGN_LEFT) != plain);
    g_assert_true (_mp_hr_pairing_header_get_layout (header, "Due in 3 days", FALSE, 120, PANGO_ALIGN_RIGHT) != plain);
  }

  /* A search rebinds the rows: they draw their new pairing. */
  type_search (fixture, "Liam");
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = pairing_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (mp_pairing_get_employee_name (_mp_hr_pairing_row_get_drawn (g_ptr_array_index (rows, 0))),
                   ==, "Liam O'Brien");
  g_assert_cmpstr (_mp_hr_pairing_row_get_drawn_text (g_ptr_array_index (rows, 0), MP_HR_PAIRING_EMPLOYEE),
                   ==, "Liam O'Brien");
}

/* A name in a right-to-left script starts where the others do (not at the column's far
 * end); in a narrow window the State column still shows its longest text whole, the names
 * giving way first. */
static void
test_columns_fit (Fixture       *fixture,
                  gconstpointer  user_data)
{
  MpHrPairingHeader *header = child (fixture, "pairings_header");
  const char * const *states = mp_pairing_get_state_label_samples ();
  int xs[MP_HR_N_PAIRING_COLUMNS], ws[MP_HR_N_PAIRING_COLUMNS];
  int longest = 0;

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "سارة الأحمد" : "דוד לוי 2";
      PangoLayout *layout = _mp_hr_pairing_header_get_layout (header, name, FALSE, 300, PANGO_ALIGN_LEFT);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      g_assert_cmpint (logical.width, <, 200);
      g_assert_cmpint (logical.x, ==, 0);
    }

  g_assert_nonnull (states);
  g_assert_cmpuint (g_strv_length ((char **) states), >=, 8);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 600);
  gtk_widget_set_size_request (GTK_WIDGET (fixture->window), -1, -1);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  _mp_hr_pairing_header_get_columns (header, gtk_widget_get_width (GTK_WIDGET (header)), xs, ws);
  for (guint i = 0; states[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (header), states[i]);
      g_autoptr(PangoAttrList) bold = pango_attr_list_new ();
      int width;

      /* (in bold, as the rows draw a state that waits for someone: "Unfinished: 9 missed"
       * was cut short) */
      pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, bold);
      pango_layout_get_pixel_size (layout, &width, NULL);
      longest = MAX (longest, width);
    }
  g_assert_cmpint (longest, >, 0);
  g_assert_cmpint (ws[MP_HR_PAIRING_STATE] - 2 * MP_HR_PAIRING_CELL_PADDING, >=, longest);
  /* (the names did give way) */
  g_assert_cmpint (ws[MP_HR_PAIRING_DEPARTMENT], <, ws[MP_HR_PAIRING_STATE]);
}

/* A row is named after its texts, as a screen reader reads it; the list item that takes
 * the focus is labelled by it. */
static void
test_row_accessible_name (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GPtrArray) rows = NULL;

  type_search (fixture, "Liam");
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  mp_test_ui_iterate ();
  rows = pairing_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);

  {
    MpHrPairingRow *row = g_ptr_array_index (rows, 0);
    MpPairing *pairing = mp_hr_pairing_row_get_pairing (row);
    g_autofree char *state = mp_hr_pairing_column_text (pairing, MP_HR_PAIRING_STATE);
    g_autofree char *start = mp_hr_pairing_column_text (pairing, MP_HR_PAIRING_START);
    g_autofree char *expected = g_strdup_printf ("Liam O'Brien, %s, %s, Start: %s, ",
                                                 mp_pairing_get_department_name (pairing),
                                                 mp_pairing_get_mentor_name (pairing), start);
    g_autofree char *mismatch = NULL;
    g_autofree char *label = NULL;
    GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (row));

    g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)), ==, GTK_ACCESSIBLE_ROLE_ROW);
    /* check_property returns NULL when the value is the one given */
    mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
    g_assert_nonnull (mismatch);
    label = g_strdup (mismatch);
    g_test_message ("row name: %s", label);
    g_assert_true (g_str_has_prefix (label, expected));
    g_assert_true (g_str_has_suffix (label, state));
    g_assert_nonnull (strstr (label, "Meetings: "));
    g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  }
}

/* Text cut short shows whole in the row's tooltip; text shown whole has none; the phase
 * and the next meeting show more (the whole phase title, the meeting's time). */
static void
test_row_tooltips (Fixture       *fixture,
                   gconstpointer  user_data)
{
  MpHrPairingHeader *header = child (fixture, "pairings_header");
  int x[MP_HR_N_PAIRING_COLUMNS], w[MP_HR_N_PAIRING_COLUMNS];
  g_autoptr(GPtrArray) rows = NULL;
  guint cut_short = 0;

  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  rows = pairing_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 6);

  /* At 1100 pixels too, the headers of figures and dates are whole: the names give way. */
  {
    guint c = 0;

    _mp_hr_pairing_header_get_columns (header, gtk_widget_get_width (GTK_WIDGET (header)), x, w);
    for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (header)); button != NULL;
         button = gtk_widget_get_next_sibling (button), c++)
      {
        int natural;

        if (mp_hr_pairing_column_get_info (c)->expand)
          continue;
        gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
        g_assert_cmpint (w[c], >=, natural);
      }
    g_assert_cmpuint (c, ==, MP_HR_N_PAIRING_COLUMNS);
  }

  for (guint i = 0; i < rows->len; i++)
    {
      MpHrPairingRow *row = g_ptr_array_index (rows, i);
      MpPairing *pairing = mp_hr_pairing_row_get_pairing (row);
      int width = gtk_widget_get_width (GTK_WIDGET (row));

      _mp_hr_pairing_header_get_columns (header, width, x, w);
      for (guint c = 0; c < MP_HR_N_PAIRING_COLUMNS; c++)
        {
          g_autofree char *tooltip = mp_hr_pairing_row_get_tooltip_at (row, x[c] + 2);
          g_autofree char *more = mp_hr_pairing_column_tooltip (pairing, c);
          const char *text = mp_hr_pairing_row_get_text (row, c);
          PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (header), text);
          int text_width;

          pango_layout_get_pixel_size (layout, &text_width, NULL);
          g_object_unref (layout);

          if (more != NULL)
            g_assert_cmpstr (tooltip, ==, more);
          else if (text_width > w[c] - 2 * MP_HR_PAIRING_CELL_PADDING)
            {
              /* Cut short: whole in the tooltip. */
              g_assert_cmpstr (tooltip, ==, text);
              cut_short++;
            }
          else
            g_assert_null (tooltip);
        }
    }

  /* A narrow window cuts the names short: they are whole in their tooltips. */
  g_test_message ("%u cells cut short at 1100 pixels", cut_short);
  {
    MpHrPairingRow *row = g_ptr_array_index (rows, 0);
    const char *name = mp_hr_pairing_row_get_text (row, MP_HR_PAIRING_EMPLOYEE);
    g_autofree char *tooltip = NULL;

    /* As narrow as a column may be: the header's minimum widths. */
    _mp_hr_pairing_header_get_columns (header, 0, x, w);
    g_assert_cmpint (w[MP_HR_PAIRING_DEPARTMENT], <, w[MP_HR_PAIRING_EMPLOYEE]);
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 500);
    mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
    _mp_hr_pairing_header_get_columns (header, gtk_widget_get_width (GTK_WIDGET (row)), x, w);
    tooltip = mp_hr_pairing_row_get_tooltip_at (row, x[MP_HR_PAIRING_DEPARTMENT] + 2);
    g_assert_cmpstr (tooltip, ==, mp_hr_pairing_row_get_text (row, MP_HR_PAIRING_DEPARTMENT));
    g_assert_nonnull (name);
  }
}

/* A button activated from the keyboard clicks once its press has shown (a moment). */
static void
wait_for_sort (MpHrPairingHeader *header,
               MpHrPairingColumn  column,
               GtkSortType        order)
{
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  GtkSortType shown = GTK_SORT_ASCENDING;

  while ((mp_hr_pairing_header_get_sort_column (header, &shown) != column || shown != order) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  mp_test_ui_iterate ();

  g_assert_cmpint (mp_hr_pairing_header_get_sort_column (header, &shown), ==, column);
  g_assert_cmpint (shown, ==, order);
}

/* The header's buttons take the focus and sort from the keyboard (activate is what Enter
 * and Space do on a button): again on the same column reverses the order. */
static void
test_header_keyboard (Fixture       *fixture,
                      gconstpointer  user_data)
{
  MpHrPairingHeader *header = child (fixture, "pairings_header");
  GtkWidget *button = mp_hr_pairing_header_get_button (header, MP_HR_PAIRING_EMPLOYEE);
  g_autofree char *names = NULL;

  g_assert_true (gtk_widget_get_focusable (button) || gtk_widget_get_can_focus (button));
  g_assert_cmpstr (mp_widget_get_tooltip (button), ==, "Sort by Employee");
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_has_focus (button));

  g_assert_true (gtk_widget_activate (button));
  wait_for_sort (header, MP_HR_PAIRING_EMPLOYEE, GTK_SORT_ASCENDING);
  names = shown_names (fixture);
  g_assert_cmpstr (names, ==, "Aisha Mensah,Daniel Brooks,Liam O'Brien,Marcus Chen,Priya Raman,Sofia Rossi");
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_SORT,
                                                     GTK_ACCESSIBLE_SORT_ASCENDING));

  g_assert_true (gtk_widget_activate (button));
  wait_for_sort (header, MP_HR_PAIRING_EMPLOYEE, GTK_SORT_DESCENDING);
  g_clear_pointer (&names, g_free);
  names = shown_names (fixture);
  g_assert_cmpstr (names, ==, "Sofia Rossi,Priya Raman,Marcus Chen,Liam O'Brien,Daniel Brooks,Aisha Mensah");
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_SORT,
                                                     GTK_ACCESSIBLE_SORT_DESCENDING));

  /* Every button is named after its column, and the others say they do not sort. Each
   * has a tooltip (given when asked: mp_widget_set_tooltip ()) that says what it does, as
   * its accessible description does; the titles cut short are whole in it. */
  for (guint i = 0; i < MP_HR_N_PAIRING_COLUMNS; i++)
    {
      GtkWidget *each = mp_hr_pairing_header_get_button (header, i);
      const char *title = mp_hr_pairing_column_get_info (i)->title;
      g_autofree char *expected = i == MP_HR_PAIRING_EMPLOYEE
                                  ? g_strdup ("Sorted by Employee, descending; press to sort ascending")
                                  : g_strdup_printf ("Sort by %s", title);

      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (each), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                         title));
      if (i != MP_HR_PAIRING_EMPLOYEE)
        g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (each), GTK_ACCESSIBLE_PROPERTY_SORT,
                                                           GTK_ACCESSIBLE_SORT_NONE));
      g_assert_true (gtk_widget_get_has_tooltip (each));
      g_assert_cmpstr (mp_widget_get_tooltip (each), ==, expected);
      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (each), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                         expected));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible values (the rows' names, the header's sort states) are kept where the
   * test API can read them. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!mp_test_ui_init (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add ("/hr-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("pairings-table", test_pairings_table);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("sort-next-meeting", test_sort_next_meeting);
  ADD ("rows-drawn", test_rows_drawn);
  ADD ("row-accessible-name", test_row_accessible_name);
  ADD ("row-tooltips", test_row_tooltips);
  ADD ("header-keyboard", test_header_keyboard);
  ADD ("new-pairing", test_new_pairing);
  ADD ("end-archive-purge", test_end_archive_purge);
  ADD ("removal-moves-focus", test_removal_moves_focus);
  ADD ("call-off", test_call_off);
  ADD ("first-contact-late", test_first_contact_late);
  ADD ("export-summaries", test_export_summaries);
  ADD ("export-over-database", test_export_over_database);
  ADD ("print-to-database", test_print_to_database);
  ADD ("closed-days", test_closed_days);
  ADD ("dialogs-ask-before-discard", test_dialogs_ask_before_discard);
  ADD ("new-pairing-enter", test_new_pairing_enter);
  ADD ("follow-ups", test_follow_ups);
  ADD ("staff", test_staff);
  ADD ("not-logged", test_not_logged);
  ADD ("complete", test_complete);
  ADD ("complete-after-end", test_complete_after_end);
  ADD ("directory", test_directory);
  ADD ("pages-after-first-frame", test_pages_after_first_frame);
  ADD ("attention-dot-not-faded", test_attention_dot_not_faded);
  ADD ("page-on-first-show", test_page_on_first_show);
  ADD ("menus", test_menus);
  ADD ("import-export", test_import_export);
  ADD ("import-progress", test_import_progress);
  ADD ("export-progress", test_export_progress);
  ADD ("evaluation", test_evaluation);
  ADD ("print", test_print);
  ADD ("print-dialog", test_print_dialog);
  ADD ("summary-viewer", test_summary_viewer);
  ADD ("confidential", test_confidential);
  ADD ("search-filter", test_search_filter);
  ADD ("search-keyboard", test_search_keyboard);
  g_test_add ("/hr-window/columns-fit", Fixture, NULL, fixture_set_up, test_columns_fit, fixture_tear_down);
  g_test_add ("/hr-window/many-pairings", Fixture, NULL, NULL, test_many_pairings, fixture_tear_down);
  g_test_add ("/hr-window/empty", Fixture, NULL, fixture_set_up_empty, test_empty, fixture_tear_down);
  g_test_add ("/hr-window/empty-demo-button", Fixture, NULL, fixture_set_up, test_empty_demo_button,
              fixture_tear_down);
  g_test_add ("/hr-window/no-match-at-start", Fixture, NULL, fixture_set_up, test_no_match_at_start,
              fixture_tear_down);

#undef ADD

  return g_test_run ();
}

/* test-application.c: who runs the app decides which windows open
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "mp-application.h"
#include "mp-pairing.h"
#include "mp-program-window.h"
#include "mp-demo.h"
#include "mp-hr-window.h"
#include "mp-lead-time.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-pairing-dialog.h"
#include "mp-test-ui.h"
#include "mp-ui-private.h"

/* The application runs in this process, as `mentoring ARGS` would (NON_UNIQUE: no other
 * instance is asked), on a demo database made for the test; @check runs once its windows
 * are up, then every window is closed and the app quits. */

typedef void (*CheckFunc) (MpApplication *app);

typedef struct
{
  MpApplication *app;
  CheckFunc      check;
  gboolean       checked;
} Run;

static gboolean
check_then_quit (gpointer user_data)
{
  Run *run = user_data;
  g_autoptr(GList) windows = NULL;

  mp_test_ui_iterate ();
  run->check (run->app);
  run->checked = TRUE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (run->app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

static void
run_app_on (const char *path,
            gboolean    demo,
            const char *login,
            const char *window_options,
            CheckFunc   check)
{
  g_autofree char *database_arg = g_strconcat ("--database=", path, NULL);
  g_autofree char *as_arg = login != NULL ? g_strconcat ("--as=", login, NULL) : NULL;
  g_auto(GStrv) window_args = g_strsplit (window_options != NULL ? window_options : "", " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(MpApplication) app = mp_application_new ();
  Run run = { app, check, FALSE };
  int status;

  g_ptr_array_add (argv, "mentoring");
  g_ptr_array_add (argv, database_arg);
  if (demo)
    g_ptr_array_add (argv, "--demo");
  if (as_arg != NULL)
    g_ptr_array_add (argv, as_arg);
  for (guint i = 0; window_args[i] != NULL; i++)
    {
      if (*window_args[i] != '\0')
        g_ptr_array_add (argv, window_args[i]);
    }
  g_ptr_array_add (argv, NULL);

  /* Today's nudges already shown: the app sends none (the test bus has no notification
   * service, and GLib warns of that). */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    g_settings_set_string (settings, "last-nudge-date", today);
  }

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_idle_add (check_then_quit, &run);
  status = g_application_run (G_APPLICATION (app), (int) argv->len - 1, (char **) argv->pdata);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.checked);
  mp_test_ui_iterate ();
}

/* A new demo database, with the options given. */
static void
run_app (const char *login,
         const char *window_options,
         CheckFunc   check)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "application-test.sqlite", NULL);

  g_unlink (path);
  run_app_on (path, TRUE, login, window_options, check);
}

static GtkWindow *
find_window (MpApplication *app,
             GType          type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
        return GTK_WINDOW (l->data);
    }

  return NULL;
}

/* The message dialogs saying the HR overview is for HR administrators: how many are up,
 * and the latest in @latest. */
static guint
count_refusals (MpApplication  *app,
                GtkWindow     **latest)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      g_autofree char *text = NULL;

      if (!GTK_IS_MESSAGE_DIALOG (l->data))
        continue;
      g_object_get (l->data, "text", &text, NULL);
      if (g_strcmp0 (text, "Only HR administrators can open the HR overview") == 0)
        {
          if (n++ == 0 && latest != NULL)
            *latest = GTK_WINDOW (l->data);
        }
    }

  return n;
}

static GtkWindow *
find_refusal (MpApplication *app)
{
  GtkWindow *refusal = NULL;

  count_refusals (app, &refusal);

  return refusal;
}

/* How many toplevels of @type there are (dialogs are not the app's windows). */
static guint
count_toplevels (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        n++;
    }

  return n;
}

static gboolean
hr_action_enabled (MpApplication *app)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (app), "hr-overview");
}

/* Closes every window, then activates the app as D-Bus activation would: the window of @type
 * opens again. */
static void
assert_activation_opens (MpApplication *app,
                         GType          type)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_application_hold (G_APPLICATION (app));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  mp_test_ui_iterate ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_application_activate (G_APPLICATION (app));
  mp_test_ui_iterate ();
  g_assert_nonnull (find_window (app, type));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_application_release (G_APPLICATION (app));
}

/* The titles of the shortcuts and groups in @widget, the search page's copies included. */
static void
collect_shortcut_titles (GtkWidget *widget,
                         GString   *titles)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget) || GTK_IS_SHORTCUTS_GROUP (widget))
    {
      g_autofree char *title = NULL;

      g_object_get (widget, "title", &title, NULL);
      g_string_append_printf (titles, "%s\n", title);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcut_titles (child, titles);
}

/* The shortcuts window (Ctrl+?): how often it names the HR overview. */
static guint
count_hr_shortcuts (MpApplication *app)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  GtkWindow *shortcuts = NULL;
  guint n = 0;

  /* Built as Ctrl+? builds it (presenting it makes GTK 4.8 warn of a label's size). */
  shortcuts = _mp_application_build_shortcuts_window (app);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  collect_shortcut_titles (GTK_WIDGET (shortcuts), titles);
  gtk_window_destroy (shortcuts);

  /* Everyone's are there (each with its search page copy). */
  g_assert_nonnull (strstr (titles->str, "Mentor dashboard\n"));
  g_assert_nonnull (strstr (titles->str, "Keyboard shortcuts\n"));
  for (const char *p = titles->str; (p = strstr (p, "HR overview\n")) != NULL; p++)
    n++;
  if (strstr (titles->str, "Import staff and pairings\n") != NULL)
    n++;

  return n;
}

/* The first group titled @title under @widget (not the search page's copy), or NULL */
static GtkWidget *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (GTK_IS_SHORTCUTS_GROUP (widget))
    {
      g_autofree char *group_title = NULL;

      g_object_get (widget, "title", &group_title, NULL);
      if (g_strcmp0 (group_title, title) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
group_shown (GtkWidget  *widget,
             const char *title)
{
  GtkWidget *group = find_group (widget, title);

  g_assert_nonnull (group);

  return gtk_widget_get_visible (group);
}

/* The keys the first shortcut naming @action_name shows under @widget. */
static char *
shown_keys (GtkWidget  *widget,
            const char *action_name)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *name = NULL;

      g_object_get (widget, "action-name", &name, NULL);
      if (g_strcmp0 (name, action_name) == 0)
        {
          GtkWidget *label = mp_test_ui_find_descendant (widget, GTK_TYPE_SHORTCUT_LABEL);

          return label != NULL ? g_strdup (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (label))) : NULL;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *keys = shown_keys (child, action_name);

      if (keys != NULL)
        return keys;
    }

  return NULL;
}

/* The demo's HR administrator is the user running it. */
static void
check_hr_admin (MpApplication *app)
{
  GtkWindow *window = find_window (app, MP_TYPE_HR_WINDOW);

  g_assert_nonnull (window);
  g_assert_null (find_refusal (app));
  g_assert_true (hr_action_enabled (app));
  /* The window's shortcut, the group's title, the search page's copy, Import. */
  g_assert_cmpuint (count_hr_shortcuts (app), ==, 4);

  /* Ctrl+? makes it the window's help overlay, where the shortcuts that name an action show
   * its keys. */
  _mp_application_set_shortcuts_window (app, GTK_APPLICATION_WINDOW (window));
  {
    GtkWindow *overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
    g_autofree char *quit = shown_keys (GTK_WIDGET (overlay), "app.quit");
    g_autofree char *hr = shown_keys (GTK_WIDGET (overlay), "app.hr-overview");

    g_assert_cmpstr (quit, ==, "<Control>q");
    g_assert_cmpstr (hr, ==, "<Control>3");

    /* It shows this window's keys and those of every window, not the others' */
    g_assert_true (group_shown (GTK_WIDGET (overlay), "HR overview"));
    g_assert_true (group_shown (GTK_WIDGET (overlay), "General"));
    g_assert_true (group_shown (GTK_WIDGET (overlay), "Windows"));
    g_assert_false (group_shown (GTK_WIDGET (overlay), "Mentor dashboard"));
    g_assert_false (group_shown (GTK_WIDGET (overlay), "My onboarding"));
  }

  /* A new employee's window: theirs, not a mentor's */
  {
    g_autoptr(GtkWindow) onboarding = g_object_ref_sink (g_object_new (MP_TYPE_ONBOARDING_WINDOW, "application", app,
                                                                       "store", mp_application_get_store (app), NULL));
    GtkWidget *overlay;

    _mp_application_set_shortcuts_window (app, GTK_APPLICATION_WINDOW (onboarding));
    overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (onboarding)));
    g_assert_true (group_shown (overlay, "My onboarding"));
    g_assert_false (group_shown (overlay, "Mentor dashboard"));
    g_assert_false (group_shown (overlay, "HR overview"));
    gtk_window_destroy (onboarding);
  }
}

/* Activated (D-Bus), the app opens the window for the role, as with no option. */
static void
check_activation (MpApplication *app)
{
  assert_activation_opens (app, mp_store_current_is_hr_admin (mp_application_get_store (app))
                                  ? MP_TYPE_HR_WINDOW : MP_TYPE_MENTOR_WINDOW);
}

static void
test_hr_admin_opens_overview (void)
{
  run_app (NULL, "--hr", check_hr_admin);
  /* With no window asked for, the role's. */
  run_app (NULL, NULL, check_hr_admin);
}

static void
test_activation (void)
{
  run_app (NULL, "--mentor", check_activation);
  run_app ("hokafor", "--onboarding", check_activation);
}

/* No HR overview: instead, the window of @type, with the message over it; the overview is
 * neither in the menu nor on Ctrl+3. */
static void
assert_refused_over (MpApplication *app,
                     GType          type)
{
  GtkWindow *refusal = find_refusal (app);
  g_autofree char *secondary = NULL;

  g_assert_null (find_window (app, MP_TYPE_HR_WINDOW));
  g_assert_nonnull (refusal);
  g_assert_nonnull (find_window (app, type));
  g_assert_true (gtk_window_get_transient_for (refusal) == find_window (app, type));
  g_object_get (refusal, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, mp_store_get_current_login (mp_application_get_store (app))));
  g_assert_false (hr_action_enabled (app));
}

/* A mentor asking for the HR overview gets their dashboard and a word on why. */
static void
check_mentor_refused (MpApplication *app)
{
  assert_refused_over (app, MP_TYPE_MENTOR_WINDOW);
  g_assert_cmpstr (mp_store_get_current_login (mp_application_get_store (app)), ==, "hokafor");

  /* Ctrl+3 (the action) does nothing now: still no overview, nor another message. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "hr-overview", NULL);
  mp_test_ui_iterate ();
  g_assert_null (find_window (app, MP_TYPE_HR_WINDOW));
  g_assert_cmpuint (count_refusals (app, NULL), ==, 1);

  /* Nor in the shortcuts window, not even in its search page. */
  g_assert_cmpuint (count_hr_shortcuts (app), ==, 0);
}

static void
test_mentor_refused (void)
{
  run_app ("hokafor", "--hr", check_mentor_refused);
}

/* A new employee too: their onboarding view opens instead. */
static void
check_employee_refused (MpApplication *app)
{
  assert_refused_over (app, MP_TYPE_ONBOARDING_WINDOW);
}

static void
test_employee_refused (void)
{
  run_app ("dbrooks", "--hr", check_employee_refused);
}

/* Asked for with another window: the message goes over that one, no other window opens. */
static void
check_refused_over_other (MpApplication *app)
{
  assert_refused_over (app, MP_TYPE_ONBOARDING_WINDOW);
  g_assert_null (find_window (app, MP_TYPE_MENTOR_WINDOW));
}

static void
test_refused_over_other (void)
{
  run_app ("hokafor", "--onboarding --hr", check_refused_over_other);
}

/* Stepping down closes the overview; being made HR administrator again offers it again. */
static void
check_role_lost (MpApplication *app)
{
  MpStore *store = mp_application_get_store (app);
  MpPerson *me = mp_store_get_current_person (store);
  MpPerson *mentor = mp_store_lookup_person_by_login (store, "hokafor");
  g_autoptr(MpPerson) me_draft = mp_person_copy (me);
  g_autoptr(MpPerson) mentor_draft = mp_person_copy (mentor);
  g_autoptr(GError) error = NULL;
  GtkWindow *refusal;

  g_assert_nonnull (find_window (app, MP_TYPE_HR_WINDOW));
  g_assert_true (hr_action_enabled (app));

  /* A dialog of the overview is open: it goes with it, since it acts for HR. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (find_window (app, MP_TYPE_HR_WINDOW)), "win.new-pairing",
                                             NULL));
  mp_test_ui_iterate ();
  g_assert_cmpuint (count_toplevels (MP_TYPE_PAIRING_DIALOG), ==, 1);

  /* Another HR administrator first: the only one may not step down. */
  mp_person_set_is_hr_admin (mentor_draft, TRUE);
  g_assert_true (mp_store_save_person (store, mentor_draft, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  g_assert_nonnull (find_window (app, MP_TYPE_HR_WINDOW));

  mp_person_set_is_hr_admin (me_draft, FALSE);
  g_assert_true (mp_store_save_person (store, me_draft, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();

  g_assert_null (find_window (app, MP_TYPE_HR_WINDOW));
  g_assert_cmpuint (count_toplevels (MP_TYPE_PAIRING_DIALOG), ==, 0);
  refusal = find_refusal (app);
  g_assert_nonnull (refusal);
  g_assert_nonnull (gtk_window_get_transient_for (refusal));
  g_assert_true (MP_IS_WINDOW (gtk_window_get_transient_for (refusal)));
  g_assert_false (hr_action_enabled (app));
  gtk_window_destroy (refusal);

  mp_person_set_is_hr_admin (me_draft, TRUE);
  g_assert_true (mp_store_save_person (store, me_draft, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  g_assert_true (hr_action_enabled (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "hr-overview", NULL);
  mp_test_ui_iterate ();
  g_assert_nonnull (find_window (app, MP_TYPE_HR_WINDOW));
  g_assert_null (find_refusal (app));
}

static void
test_role_lost (void)
{
  run_app (NULL, "--hr", check_role_lost);
}

/* The first user of an empty database (not a demo) becomes its HR administrator. */
static void
check_first_user (MpApplication *app)
{
  MpStore *store = mp_application_get_store (app);

  g_assert_false (mp_store_is_demo (store));
  g_assert_true (mp_store_current_is_hr_admin (store));
  /* With the program to pair new employees in, and its directory. */
  g_assert_nonnull (mp_store_get_latest_program (store, MP_DEMO_PROGRAM_SLUG));
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_departments (store)), >, 0);
  check_hr_admin (app);
}

static void
test_first_user (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "first-user.sqlite", NULL);

  g_unlink (path);
  run_app_on (path, FALSE, NULL, "--hr", check_first_user);
}

/* A database where no one can act as HR (filled by an import that named no HR administrator
 * with a login) locks no one out: whoever runs it may open the overview to name one. */
static void
check_no_hr_admin (MpApplication *app)
{
  g_assert_false (mp_store_current_is_hr_admin (mp_application_get_store (app)));
  check_hr_admin (app);
}

static void
test_no_hr_admin (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "no-hr-admin.sqlite", NULL);
  g_autoptr(GError) error = NULL;

  g_unlink (path);
  {
    g_autoptr(MpStore) store = mp_store_open (path, NULL, &error);
    g_autoptr(MpPerson) someone = mp_person_new ("Someone Else");
    g_autoptr(MpPerson) former = mp_person_new ("Former HR");

    g_assert_no_error (error);
    mp_person_set_login (someone, "someone-else");
    g_assert_true (mp_store_save_person (store, someone, &error));
    g_assert_no_error (error);
    /* An HR administrator without a login cannot run the app. */
    mp_person_set_is_hr_admin (former, TRUE);
    g_assert_true (mp_store_save_person (store, former, &error));
    g_assert_no_error (error);
  }

  run_app_on (path, FALSE, NULL, "--hr", check_no_hr_admin);
}

/* The primary menu hides the overview's item while its action is off. */
static void
test_menu_hides_overview (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (MP_UI_PATH "mp-primary-menu.ui");
  GMenuModel *menu = G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu"));
  GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  gboolean found = FALSE;

  g_assert_nonnull (section);
  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *hidden_when = NULL;

      if (!g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) ||
          g_strcmp0 (action, "app.hr-overview") != 0)
        continue;
      found = TRUE;
      g_assert_true (g_menu_model_get_item_attribute (section, i, "hidden-when", "s", &hidden_when));
      g_assert_cmpstr (hidden_when, ==, "action-disabled");
    }
  g_assert_true (found);
  g_object_unref (section);
}

/* Quit with an agreement typed and not saved in the mentor dashboard: the window asks
 * and stays; Discard closes it (and, the last window, ends the app). */
static void
check_quit_asks (MpApplication *app)
{
  GtkWindow *window = find_window (app, MP_TYPE_MENTOR_WINDOW);
  GtkEditable *best_days;
  GtkWindow *question = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_nonnull (window);
  best_days = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window), MP_TYPE_MENTOR_WINDOW,
                                                           "best_days_entry"));
  gtk_editable_set_text (best_days, "Tuesdays, not before ten");
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  mp_test_ui_iterate ();
  g_assert_true (find_window (app, MP_TYPE_MENTOR_WINDOW) == window);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && question == NULL; i++)
    {
      g_autoptr(GtkWindow) each = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (each) && gtk_window_get_transient_for (each) == window)
        question = each;
    }
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_null (find_window (app, MP_TYPE_MENTOR_WINDOW));
}

static void
test_quit_asks (void)
{
  run_app ("hokafor", "--mentor", check_quit_asks);
}

/* The program as written (F1, "The Program" in the main menu): one window, raised when
 * asked again, showing every part of the program the app holds: what the mentor and the
 * new employee each take on, the qualities, goals and benefits, the typical questions, and
 * each phase with its activities. */
static void
check_program_window (MpApplication *app)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (app));
  MpStore *store = mp_window_get_store (MP_WINDOW (parent));
  MpProgram *program = mp_program_window_choose_program (store);
  GtkWindow *window;
  g_autofree char *text = NULL;
  GListModel *phases;
  guint n_windows;

  g_assert_nonnull (program);
  g_assert_null (find_window (app, MP_TYPE_PROGRAM_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "program", NULL);
  mp_test_ui_iterate ();
  window = find_window (app, MP_TYPE_PROGRAM_WINDOW);
  g_assert_nonnull (window);
  g_assert_true (gtk_window_get_transient_for (window) == parent);
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "program", NULL);
  mp_test_ui_iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows);

  text = mp_program_window_text (MP_PROGRAM_WINDOW (window));
  /* The pilot's own words: the mentor keeps every conversation in confidence and does not
   * evaluate; the new employee leaves the mentor time to help. */
  g_assert_nonnull (strstr (text, "The mentor treats all interactions and discussions in confidence."));
  g_assert_nonnull (strstr (text, "The mentor does not evaluate or assess the new employee"));
  g_assert_nonnull (strstr (text, "leaves enough time for the mentor"));
  /* ...and how much, as the library set it (the program text gives no number) */
  {
    g_autofree char *lead = g_strdup_printf ("the library asks for at least %d working days between raising a "
                                             "concern and the day input is needed",
                                             mp_lead_time_normalize (mp_program_get_lead_time_days (program)));

    g_assert_nonnull (strstr (text, lead));
  }
  g_assert_nonnull (strstr (text, mp_program_get_description (program)));
  g_assert_nonnull (strstr (text, mp_program_get_mentor_role (program)));
  {
    const char * const *lists[] = { mp_program_get_mentor_qualities (program), mp_program_get_mentor_goals (program),
                                    mp_program_get_mentor_benefits (program) };

    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      {
        g_assert_nonnull (lists[l]);
        g_assert_nonnull (lists[l][0]);
        for (guint i = 0; lists[l][i] != NULL; i++)
          g_assert_nonnull (strstr (text, lists[l][i]));
      }
  }
  /* The typical questions as HR keeps them, each with its answer and whom to ask */
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_questions (store)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (mp_store_get_questions (store)); i++)
    {
      g_autoptr(MpQuestion) question = g_list_model_get_item (mp_store_get_questions (store), i);
      g_autofree char *ask = g_strdup_printf ("Ask: %s", mp_question_get_ask_whom (question));

      g_assert_nonnull (strstr (text, mp_question_get_question (question)));
      g_assert_nonnull (strstr (text, mp_question_get_answer (question)));
      g_assert_nonnull (strstr (text, ask));
    }
  /* Where to go for what, for a mentor to direct the new employee */
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_departments (store)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (mp_store_get_departments (store)); i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (mp_store_get_departments (store), i);
      g_auto(GStrv) lines = g_strsplit (mp_department_get_ask_for (department), "\n", -1);

      g_assert_nonnull (strstr (text, mp_department_get_name (department)));
      g_assert_nonnull (lines[0]);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_autofree char *item = g_strdup_printf ("•\u2002%s\n", g_strstrip (lines[j]));

          g_assert_nonnull (strstr (text, item));
        }
    }
  phases = mp_program_get_phases (program);
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);

      g_assert_nonnull (strstr (text, mp_phase_get_title (phase)));
      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);

          g_assert_nonnull (strstr (text, mp_activity_get_title (activity)));
        }
    }
  g_assert_nonnull (strstr (text, "Shadow a consultant on a site visit — HR follows up"));
  /* "A network of colleagues who have passed through the program": who completed it (the
   * demo's Sofia), not who ended early (Marcus) nor who is still in it (Liam) */
  {
    const char *alumni = strstr (text, "Colleagues Who Have Been Through the Program\n");

    g_assert_nonnull (alumni);
    g_assert_nonnull (strstr (alumni, "•\u2002Sofia Rossi, Business Office\n"));
    g_assert_null (strstr (alumni, "Marcus Chen"));
    g_assert_null (strstr (alumni, "Liam O'Brien"));
  }

  /* Who has been through it, kept current as pairings complete, and only then (a reader's
   * selection stays when a meeting is logged) */
  {
    GListModel *mentorships = mp_store_get_mentorships (store);
    MpMentorship *liam = NULL, *daniel = NULL, *sofia = NULL;
    GtkWidget *view = gtk_window_get_child (window);
    GtkTextBuffer *buffer;
    GtkTextIter start, end;
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;
    GDate today;

    while (view != NULL && !GTK_IS_TEXT_VIEW (view))
      view = gtk_widget_get_first_child (view);
    g_assert_nonnull (view);
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
      {
        g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
        const char *employee = mp_person_get_name (mp_mentorship_get_employee (mentorship));

        if (g_strcmp0 (employee, "Liam O'Brien") == 0)
          liam = mentorship;
        else if (g_strcmp0 (employee, "Daniel Brooks") == 0)
          daniel = mentorship;
        else if (g_strcmp0 (employee, "Sofia Rossi") == 0)
          sofia = mentorship;
      }
    g_assert_true (liam != NULL && daniel != NULL && sofia != NULL);
    mp_pairing_list_get_today (mp_pairing_list_get_for_store (store), &today);

    gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, 8);
    gtk_text_buffer_select_range (buffer, &start, &end);
    {
      g_autoptr(GDateTime) at = g_date_time_new_now_local ();
      g_autoptr(GDateTime) earlier = g_date_time_add_hours (at, -1);
      g_autoptr(MpMeeting) call = mp_meeting_new (liam, earlier);

      mp_meeting_set_informal (call, TRUE);
      g_assert_true (mp_store_log_meeting (store, call, NULL, NULL, &error));
      g_assert_no_error (error);
    }
    mp_test_ui_iterate ();
    g_assert_true (gtk_text_buffer_get_has_selection (buffer));

    g_assert_true (mp_store_complete_mentorship (store, liam, &today, &error));
    g_assert_no_error (error);
    g_assert_true (mp_store_end_mentorship (store, daniel, "Moved to another library", &today, &error));
    g_assert_no_error (error);
    g_assert_true (mp_store_archive_mentorship (store, sofia, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    after = mp_program_window_text (MP_PROGRAM_WINDOW (window));
    g_assert_nonnull (strstr (after, "•\u2002Liam O'Brien, Member Services\n"));
    g_assert_nonnull (strstr (after, "•\u2002Sofia Rossi, Business Office\n"));
    g_assert_null (strstr (strstr (after, "Colleagues Who Have Been Through the Program"), "Daniel Brooks"));
  }

  /* HR changes a department's "whom to ask": the window says it at once */
  {
    g_autoptr(MpDepartment) first = g_list_model_get_item (mp_store_get_departments (store), 0);
    g_autoptr(MpDepartment) changed = mp_department_copy (first);
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;

    mp_department_set_ask_for (changed, "Ruth, for the delivery van rota");
    g_assert_null (strstr (text, "Ruth, for the delivery van rota"));
    g_assert_true (mp_store_save_department (store, changed, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    after = mp_program_window_text (MP_PROGRAM_WINDOW (window));
    g_assert_nonnull (strstr (after, "•\u2002Ruth, for the delivery van rota\n"));
  }

  gtk_window_destroy (window);
  mp_test_ui_iterate ();
  g_assert_null (find_window (app, MP_TYPE_PROGRAM_WINDOW));
}

static void
test_program_window (void)
{
  run_app ("hokafor", "--mentor", check_program_window);
  run_app ("dbrooks", "--onboarding", check_program_window);
}

static char *demo_notes_path;

static void
check_demo_notes (MpApplication *app)
{
  MpStore *store = mp_application_get_store (app);

  g_assert_true (mp_store_is_demo (store));
  g_assert_cmpstr (mp_store_get_private_path (store), ==, demo_notes_path);
}

/* A demo opened again without --demo keeps its own private notes (those it came with, and
 * those written since), never the user's real ones. */
static void
test_demo_reopened (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "application-reopened.sqlite", NULL);
  g_autofree char *real_notes = mp_store_get_default_private_path ();

  g_unlink (path);
  g_unlink (real_notes);  /* in the test's own home (mp_test_ui_init ()) */
  demo_notes_path = mp_demo_private_path (path);
  run_app_on (path, TRUE, "hokafor", "--mentor", check_demo_notes);
  run_app_on (path, FALSE, "hokafor", "--mentor", check_demo_notes);
  g_assert_cmpstr (demo_notes_path, !=, real_notes);
  /* The user's own notes were not even opened (opening makes the file) */
  g_assert_false (g_file_test (real_notes, G_FILE_TEST_EXISTS));
  g_clear_pointer (&demo_notes_path, g_free);
}

int
main (int   argc,
      char *argv[])
{
  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/application/hr-admin-opens-overview", test_hr_admin_opens_overview);
  g_test_add_func ("/application/activation", test_activation);
  g_test_add_func ("/application/mentor-refused", test_mentor_refused);
  g_test_add_func ("/application/employee-refused", test_employee_refused);
  g_test_add_func ("/application/refused-over-other", test_refused_over_other);
  g_test_add_func ("/application/role-lost", test_role_lost);
  g_test_add_func ("/application/first-user", test_first_user);
  g_test_add_func ("/application/no-hr-admin", test_no_hr_admin);
  g_test_add_func ("/application/menu-hides-overview", test_menu_hides_overview);
  g_test_add_func ("/application/demo-reopened", test_demo_reopened);
  g_test_add_func ("/application/quit-asks", test_quit_asks);
  g_test_add_func ("/application/program-window", test_program_window);

  return g_test_run ();
}

/* mp-application.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>
#include <glib/gstdio.h>

#include "mp-application.h"
#include "mp-hr-window.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-program-window.h"
#include "mp-demo.h"
#include "mp-ics.h"
#include "mp-json.h"
#include "mp-model.h"
#include "mp-paths.h"
#include "mp-nudges.h"
#include "mp-report-summary.h"
#include "mp-resources.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

struct _MpApplication
{
  GtkApplication  parent_instance;

  /* Owned */
  MpStore        *store;
  GSettings      *settings;

  guint           role_check_id;

  gboolean        nudges_started;
};

G_DEFINE_FINAL_TYPE (MpApplication, mp_application, GTK_TYPE_APPLICATION)

typedef enum
{
  WINDOW_NONE,
  WINDOW_MENTOR,
  WINDOW_ONBOARDING,
  WINDOW_HR,
} WindowKind;

static const GOptionEntry option_entries[] = {
  { "mentor", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the mentor dashboard"), NULL },
  { "onboarding", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the new-employee onboarding view"), NULL },
  { "hr", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the HR overview"), NULL },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use the program database FILE"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Create a demo database with staff and pairings at every stage (in FILE with --database)"), NULL },
  { "as", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Act as the person with this login (demo databases only)"),
    N_("LOGIN") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Import staff and program data from a JSON file"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Export staff and program data to a JSON file"), N_("FILE") },
  { "summary-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the progress summaries HR prints to a PDF file"),
    N_("FILE") },
  { "ics", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write your upcoming meetings as mentor to an iCalendar file"),
    N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

/* The database the settings name, else the default one, in a folder of its own (made here):
 * never the folder of the private notes. The file of earlier builds, which sat beside the
 * private notes, moves there once (mp-paths.h); NULL while another program has it open. */
static char *
default_database_path (MpApplication  *self,
                       GError        **error)
{
  g_autofree char *configured = NULL;
  g_autofree char *path = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *dir = NULL;

  if (self->settings != NULL)
    configured = g_settings_get_string (self->settings, "database-path");
  if (configured != NULL && *configured != '\0')
    return g_steal_pointer (&configured);

  path = mp_paths_get_default_shared_path ();
  old_path = mp_paths_get_old_shared_path ();
  if (!mp_paths_move_database (old_path, path, error))
    return NULL;

  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0700);

  return g_steal_pointer (&path);
}

static void queue_role_check (MpApplication *self);

static gboolean
ensure_store (MpApplication  *self,
              const char     *path,
              const char     *private_path,
              GError        **error)
{
  g_autofree char *demo_private = NULL;

  if (self->store != NULL)
    {
      g_autoptr(GFile) open_file = g_file_new_for_path (mp_store_get_path (self->store));
      g_autoptr(GFile) wanted_file = g_file_new_for_path (path);

      if (g_file_equal (open_file, wanted_file))
        return TRUE;

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Mentoring is already running with the database “%s”; close it first"),
                   mp_store_get_path (self->store));
      return FALSE;
    }

  /* A demo's private notes are its own (mp_demo_private_path ()), however it is opened:
   * never the user's real ones, which are not even opened. */
  if (private_path == NULL && mp_store_file_is_demo (path))
    demo_private = mp_demo_private_path (path);

  /* Only the default folder is made (default_database_path ()); a --database in a missing
   * folder is an error. */
  self->store = mp_store_open (path, demo_private != NULL ? demo_private : private_path, error);
  if (self->store == NULL)
    return FALSE;

  g_signal_connect_object (self->store, "people-changed", G_CALLBACK (queue_role_check), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::current-person", G_CALLBACK (queue_role_check), self,
                           G_CONNECT_SWAPPED);
  queue_role_check (self);

  return TRUE;
}

/* Who is running the app, before a window opens: on an empty database the first user
 * becomes the HR administrator. Headless commands and the demo never add anyone; a
 * read-only database just has no one new to add. */
static void
ensure_current_person (MpApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (!mp_store_is_read_only (self->store) && mp_store_get_current_person (self->store) == NULL &&
      mp_store_ensure_current_person (self->store, &error) == NULL && error != NULL)
    g_debug ("Could not add the current user: %s", error->message);

  /* A key for what they and their mentor or new employee write each other, and what waited
   * for one: only as windows open, never for a headless command */
  mp_store_seal_for_current_person (self->store);
}

/* A database with no program (a new one, or one an import filled without one) gets the
 * built-in pilot program with its departments and typical questions when an HR
 * administrator opens a window (on a new one, the first user is), so that HR can pair the
 * first employee. As for the first user: headless commands add nothing, nor does a
 * read-only database or anyone else. */
static void
ensure_program (MpApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (mp_store_is_read_only (self->store) || !mp_store_current_is_hr_admin (self->store) ||
      g_list_model_get_n_items (mp_store_get_programs (self->store)) > 0)
    return;

  if (!mp_demo_add_program (self->store, &error))
    g_debug ("Could not add the built-in program: %s", error->message);
}

static GtkWindow *
find_window (MpApplication *self,
             GType          type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
        return GTK_WINDOW (l->data);
    }

  return NULL;
}

/* Whether anyone can act as HR: an active HR administrator with a login. A database with
 * none (empty, or filled by an import that named no one) would otherwise lock everyone out. */
static gboolean
has_hr_admin (MpStore *store)
{
  GListModel *people = mp_store_get_people (store);
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      const char *login = mp_person_get_login (person);

      if (mp_person_get_is_hr_admin (person) && mp_person_get_active (person) && login != NULL && *login != '\0')
        return TRUE;
    }

  return FALSE;
}

/* The HR overview is for HR administrators: who runs the app decides which windows open
 * (DESIGN.md), as with the window it opens by itself; on a database where no one can act
 * as HR, anyone may, to name one. The mentor dashboard and the onboarding view show only
 * the current person's own pairings, so anyone may open them. */
static gboolean
may_open (MpApplication *self,
          WindowKind     kind)
{
  return kind != WINDOW_HR || mp_store_current_is_hr_admin (self->store) || !has_hr_admin (self->store);
}

/* The window for the person running the app: HR administrators get the overview,
 * mentors their dashboard, everyone else (new employees, and staff not yet paired)
 * the onboarding view, whose empty state says HR will pair them. */
static WindowKind
window_for_role (MpApplication *self)
{
  if (mp_store_current_is_hr_admin (self->store))
    return WINDOW_HR;
  if (mp_store_current_is_mentor (self->store))
    return WINDOW_MENTOR;

  return WINDOW_ONBOARDING;
}

static GtkWindow *
present_window (MpApplication *self,
                WindowKind     kind);

/* One of the app's main windows other than @except (a dialog is no place for a message). */
static GtkWindow *
another_window (MpApplication *self,
                GtkWindow     *except)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (l->data != except && MP_IS_WINDOW (l->data))
        return GTK_WINDOW (l->data);
    }

  return NULL;
}

/* Says, over the window that opened instead, why the HR overview did not open. */
static void
explain_hr_refused (MpApplication *self,
                    GtkWindow     *parent)
{
  GtkWidget *dialog;

  dialog = mp_message_dialog_new (parent, GTK_MESSAGE_INFO, "%s", _("Only HR administrators can open the HR overview"));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            /* Translators: %s is a computer account name (login) */
                                            _("You are signed in as “%s”, who is not an HR administrator in this "
                                              "database. An HR administrator can make you one on the Staff page of "
                                              "the HR overview."),
                                            mp_store_get_current_login (self->store));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Presents the window of @kind (made on first use), or, when the person running the app may
 * not open it, the window for their role with a word on why. Returns the window shown. */
static GtkWindow *
present_window (MpApplication *self,
                WindowKind     kind)
{
  GtkWindow *window;
  GType type;

  g_return_val_if_fail (self->store != NULL, NULL);

  if (!may_open (self, kind))
    {
      window = another_window (self, NULL);
      if (window != NULL)
        gtk_window_present (window);
      else
        window = present_window (self, window_for_role (self));
      explain_hr_refused (self, window);
      return window;
    }

  switch (kind)
    {
    case WINDOW_ONBOARDING:
      type = MP_TYPE_ONBOARDING_WINDOW;
      break;

    case WINDOW_HR:
      type = MP_TYPE_HR_WINDOW;
      break;

    case WINDOW_MENTOR:
    case WINDOW_NONE:
    default:
      type = MP_TYPE_MENTOR_WINDOW;
      break;
    }

  window = find_window (self, type);
  if (window == NULL)
    window = g_object_new (type,
                           "application", self,
                           "store", self->store,
                           NULL);

  gtk_window_present (window);

  return window;
}


/* Offers the HR overview (menu item, Ctrl+3) only to those who may open it, and closes it
 * when its user stops being an HR administrator (here or on another computer). Run from
 * an idle: a change of role may come from a dialog of the HR window itself, still running. */
static gboolean
check_role (gpointer user_data)
{
  MpApplication *self = MP_APPLICATION (user_data);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "hr-overview");
  gboolean allowed = self->store == NULL || may_open (self, WINDOW_HR);
  GtkWindow *hr_window;

  self->role_check_id = 0;

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), allowed);

  hr_window = self->store != NULL ? find_window (self, MP_TYPE_HR_WINDOW) : NULL;
  if (!allowed && hr_window != NULL)
    {
      GtkWindow *window = another_window (self, hr_window);

      /* Another window first: the app must not run out of windows meanwhile. */
      if (window != NULL)
        gtk_window_present (window);
      else
        window = present_window (self, window_for_role (self));
      mp_close_dialogs_of (hr_window);
      gtk_window_destroy (hr_window);
      explain_hr_refused (self, window);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_role_check (MpApplication *self)
{
  if (self->role_check_id == 0)
    self->role_check_id = g_idle_add (check_role, self);
}

static gboolean create_demo (MpApplication  *self,
                             const char     *path,
                             GError        **error);

/* Opens the default database when none is open yet (a window asked for through D-Bus, by the
 * launcher's actions or a notification, before any command line), and knows who runs the app. */
static gboolean
ensure_default_store (MpApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    {
      g_autofree char *path = default_database_path (self, &error);

      if (path == NULL || !ensure_store (self, path, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return FALSE;
        }
    }

  ensure_current_person (self);
  ensure_program (self);

  return TRUE;
}

static void
open_window_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  MpApplication *self = MP_APPLICATION (user_data);
  const char *name = g_action_get_name (G_ACTION (action));
  WindowKind kind = WINDOW_MENTOR;

  if (g_str_equal (name, "onboarding"))
    kind = WINDOW_ONBOARDING;
  else if (g_str_equal (name, "hr-overview"))
    kind = WINDOW_HR;

  if (ensure_default_store (self))
    present_window (self, kind);
}

/* The program and where to go for what (F1), from any window: one window, raised when
 * asked again. */
static void
program_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  MpApplication *self = MP_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *window;

  if (!ensure_default_store (self))
    return;

  /* The one up already shows the program as it is now (an import may have brought a newer
   * version), above the window it was asked from */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (MP_IS_PROGRAM_WINDOW (l->data))
      {
        mp_program_window_set_program (l->data, mp_program_window_choose_program (self->store));
        mp_program_window_set_store (l->data, self->store);
        if (parent != l->data)
          gtk_window_set_transient_for (l->data, parent);
        gtk_window_present (l->data);
        return;
      }

  window = mp_program_window_new (mp_program_window_choose_program (self->store));
  mp_program_window_set_store (MP_PROGRAM_WINDOW (window), self->store);
  gtk_window_set_transient_for (window, parent);
  gtk_window_set_application (window, GTK_APPLICATION (self));
  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *authors[] = { "The Mentoring authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Mentoring"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Pair new employees with mentors, schedule and log meetings, "
                                       "and follow every pairing’s progress."),
                         "copyright", "© 2026 The Mentoring authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "website", "https://alliancelibrarysystem.com/mentoring",
                         NULL);
}

#define HR_ONLY_START "<!-- HR administrators only -->"
#define HR_ONLY_END   "<!-- end of HR administrators only -->"

/* GTK 4.8 names none of the shortcuts window's own controls: its search button (the first
 * stop of Tab, read "GtkImage"), its search entry and its menu of sections. */
static void
name_shortcuts_window_parts (GtkWidget *widget,
                             gboolean   in_titlebar)
{
  const char *label = NULL;

  if (GTK_IS_SEARCH_ENTRY (widget) || (in_titlebar && GTK_IS_TOGGLE_BUTTON (widget)))
    label = _("Search Shortcuts");
  else if (in_titlebar && GTK_IS_MENU_BUTTON (widget))
    label = _("Shortcuts For");
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (GTK_IS_MENU_BUTTON (widget))
    return;  /* (its own toggle button is labelled by it) */

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_shortcuts_window_parts (child, in_titlebar);
}

/* The shortcuts window: the HR overview's shortcuts only for those who may open it. They
 * are left out of the file before it is built, between its HR_ONLY_START and HR_ONLY_END
 * comments: GTK 4.8's shortcuts window copies every shortcut into its search page when it
 * is built, where hiding the original does not reach. */
GtkWindow *
_mp_application_build_shortcuts_window (MpApplication *self)
{
  gboolean with_hr = g_action_group_get_action_enabled (G_ACTION_GROUP (self), "hr-overview");
  g_autoptr(GBytes) bytes = g_resources_lookup_data (MP_UI_PATH "mp-shortcuts-window.ui", 0, NULL);
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GString) xml = NULL;
  GtkWindow *window;
  char *start;

  g_assert (bytes != NULL);  /* compiled in */
  xml = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  while (!with_hr && (start = strstr (xml->str, HR_ONLY_START)) != NULL)
    {
      char *end = strstr (start, HR_ONLY_END);

      g_assert (end != NULL);
      g_string_erase (xml, start - xml->str, end + strlen (HR_ONLY_END) - start);
    }

  builder = gtk_builder_new_from_string (xml->str, (gssize) xml->len);
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  name_shortcuts_window_parts (GTK_WIDGET (window), FALSE);
  if (gtk_window_get_titlebar (window) != NULL)
    name_shortcuts_window_parts (gtk_window_get_titlebar (window), TRUE);

  return window;
}

/* Makes the shortcuts window @parent's help overlay: GTK 4.8 shows the keys of the shortcuts
 * that name an action (the windows', Close, Quit) only in a help overlay, where it looks
 * them up. Ctrl+? then shows it ("win.show-help-overlay"). */
void
_mp_application_set_shortcuts_window (MpApplication        *self,
                                      GtkApplicationWindow *parent)
{
  GtkWindow *window = _mp_application_build_shortcuts_window (self);
  const char *view = NULL;

  /* The window's own keys, and those every window has: not a mentor's to a new employee */
  if (MP_IS_MENTOR_WINDOW (parent))
    view = "mentor";
  else if (MP_IS_ONBOARDING_WINDOW (parent))
    view = "onboarding";
  else if (MP_IS_HR_WINDOW (parent))
    view = "hr";
  g_object_set (window, "view-name", view, NULL);

  gtk_application_window_set_help_overlay (parent, GTK_SHORTCUTS_WINDOW (window));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  /* Before the shortcuts window joins the app, and becomes its active window itself. */
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWindow *window;

  if (GTK_IS_APPLICATION_WINDOW (parent))
    {
      _mp_application_set_shortcuts_window (MP_APPLICATION (app), GTK_APPLICATION_WINDOW (parent));
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-help-overlay", NULL);
      return;
    }

  window = _mp_application_build_shortcuts_window (MP_APPLICATION (app));
  gtk_window_set_transient_for (window, parent);
  gtk_window_present (window);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  /* Held: closing one may destroy another (a help overlay goes with its window) */
  GList *windows = g_list_copy_deep (gtk_application_get_windows (app), (GCopyFunc) (void (*) (void)) g_object_ref,
                                     NULL);

  /* Closing (rather than destroying) lets each window remember its size; a window closes
   * its dialogs first (mp_close_dialogs_of ()) */
  for (GList *l = windows; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      gtk_window_close (GTK_WINDOW (l->data));
  g_list_free_full (windows, g_object_unref);

  /* A window with something typed and not saved asks first (mp_ask_discard ()): the app
   * quits when the last window closes, on Discard */
  if (gtk_application_get_windows (app) != NULL)
    return;

  g_application_quit (G_APPLICATION (app));
}

/* Replaces the open database by a fresh demo one: the windows hold the store they
 * were made with, so they are closed and the window for the demo's HR administrator
 * (the user) opens on the new store. */
static void
demo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  MpApplication *self = MP_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  g_autofree char *path = mp_demo_default_path ();
  g_autoptr(GError) error = NULL;

  g_application_hold (G_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_clear_object (&self->store);

  if (path == NULL || !create_demo (self, path, &error))
    {
      GtkWidget *dialog = mp_message_dialog_new (NULL, GTK_MESSAGE_ERROR, "%s", _("The demo could not be created"));

      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                error ? error->message : _("No temporary folder"));
      gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    present_window (self, window_for_role (self));

  g_application_release (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "mentor-dashboard", open_window_action },
  { "onboarding", open_window_action },
  { "hr-overview", open_window_action },
  { "program", program_action },
  { "about", about_action },
  { "shortcuts", shortcuts_action },
  { "quit", quit_action },
  { "demo", demo_action },
};

static char *
absolute_path (const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);

  return g_file_get_path (file);
}

/* A database file and the companions SQLite keeps beside it. */
static const char * const sqlite_suffixes[] = { "", "-journal", "-wal", "-shm" };

/* Creates a new demo database at @path (refusing an existing file) and fills it. */
static gboolean
create_demo (MpApplication  *self,
             const char     *path,
             GError        **error)
{
  g_autofree char *private_path = mp_demo_private_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; --demo writes a new file only"), path);
      return FALSE;
    }

  /* The private notes of an earlier demo at this path (they are keyed by it) are not this one's. */
  for (guint i = 0; i < G_N_ELEMENTS (sqlite_suffixes); i++)
    {
      g_autofree char *stale = g_strconcat (private_path, sqlite_suffixes[i], NULL);

      g_unlink (stale);
    }

  if (!ensure_store (self, path, private_path, error))
    return FALSE;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!mp_demo_populate (self->store, &today, error))
    {
      /* Nothing half-made stays behind: the file is ours, created a moment ago. */
      g_clear_object (&self->store);
      g_unlink (path);
      g_unlink (private_path);
      return FALSE;
    }

  return TRUE;
}

/* HR's commands (--import, --export, --summary-pdf) are HR's as its window is: refused to
 * anyone else, but on a database where no one can act as HR yet (an empty one, which an
 * import fills). */
static gboolean
may_run_hr_commands (MpApplication  *self,
                     GError        **error)
{
  if (may_open (self, WINDOW_HR))
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
               /* Translators: %1$s is a computer account name (login), %2$s a database file */
               _("only HR administrators can import, export or print summaries, and “%1$s” is not one in “%2$s”"),
               mp_store_get_current_login (self->store), mp_store_get_path (self->store));
  return FALSE;
}

/* Whether @path is one of the store's databases (shared or private) or a file SQLite keeps
 * beside one */
static gboolean
is_database_file (MpApplication *self,
                  const char    *path)
{
  const char *databases[] = { mp_store_get_path (self->store), mp_store_get_private_path (self->store) };

  for (guint i = 0; i < G_N_ELEMENTS (databases); i++)
    for (guint j = 0; databases[i] != NULL && j < G_N_ELEMENTS (sqlite_suffixes); j++)
      {
        g_autofree char *file = g_strconcat (databases[i], sqlite_suffixes[j], NULL);

        if (mp_paths_is_same_file (path, file))
          return TRUE;
      }

  return FALSE;
}

/* The files the headless commands write (@outputs, NULL where not asked for): none may be
 * a database (the export would replace it: the one open, its journals, or any other SQLite
 * file, such as your private notes when another database is open), nor another's (one
 * would replace the other). */
static gboolean
check_outputs (MpApplication  *self,
               const char    **outputs,
               guint           n_outputs,
               GError        **error)
{
  for (guint i = 0; i < n_outputs; i++)
    {
      if (outputs[i] == NULL)
        continue;

      if (is_database_file (self, outputs[i]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       /* Translators: %s is a file */
                       _("“%s” is a database of Mentoring's: write to another file"), outputs[i]);
          return FALSE;
        }

      /* (/dev/null, a pipe: no file to replace, for any number of outputs) */
      if (g_file_test (outputs[i], G_FILE_TEST_EXISTS) && !g_file_test (outputs[i], G_FILE_TEST_IS_REGULAR))
        continue;

      for (guint j = i + 1; j < n_outputs; j++)
        if (outputs[j] != NULL && mp_paths_is_same_file (outputs[i], outputs[j]))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                         /* Translators: %s is a file */
                         _("“%s” is given for two files to write: each needs a name of its own"), outputs[i]);
            return FALSE;
          }
    }

  return TRUE;
}

/* Every file named on the command line is a local one: an address (http://…) is none, and
 * would be no path at all to the commands */
static gboolean
check_local_files (GVariantDict  *options,
                   GError       **error)
{
  const char *names[] = { "database", "import", "export", "summary-pdf", "ics" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *arg = NULL;
      g_autofree char *path = NULL;

      if (!g_variant_dict_lookup (options, names[i], "^ay", &arg) || *arg == '\0')
        continue;
      path = absolute_path (arg);
      if (path == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       /* Translators: %s is a file name */
                       _("“%s” is not a local file"), arg);
          return FALSE;
        }
    }

  return TRUE;
}

/* The folders of the files the headless commands write: missing or read-only is said before
 * any database is opened, made or changed (an import is not committed, a demo not made, for
 * an export that cannot be written). */
static gboolean
check_output_folders (GVariantDict  *options,
                      GError       **error)
{
  const char *names[] = { "export", "summary-pdf", "ics" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *arg = NULL;
      g_autofree char *path = NULL;

      if (!g_variant_dict_lookup (options, names[i], "^ay", &arg))
        continue;
      path = absolute_path (arg);
      if (!mp_paths_check_output (path, error))
        return FALSE;
    }

  return TRUE;
}

/* A database this run made (@path did not exist before it) and a command then failed on: it
 * goes, with its journals, so that a failed command leaves nothing behind; unless it holds
 * records by now (another computer wrote to the new file meanwhile: theirs stay). */
static void
remove_made_database (MpApplication *self,
                      const char    *path)
{
  if (self->store == NULL || mp_store_holds_records (self->store))
    return;
  g_clear_object (&self->store);
  for (guint i = 0; i < G_N_ELEMENTS (sqlite_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, sqlite_suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        g_warning ("Could not remove %s: %s", file, g_strerror (errno));
    }
}

static gboolean
run_headless_commands (MpApplication  *self,
                       GVariantDict   *options,
                       GError        **error)
{
  g_autofree char *import_arg = NULL;
  g_autofree char *export_arg = NULL;
  g_autofree char *pdf_arg = NULL;
  g_autofree char *ics_arg = NULL;

  g_variant_dict_lookup (options, "import", "^ay", &import_arg);
  g_variant_dict_lookup (options, "export", "^ay", &export_arg);
  g_variant_dict_lookup (options, "summary-pdf", "^ay", &pdf_arg);
  g_variant_dict_lookup (options, "ics", "^ay", &ics_arg);

  if ((import_arg != NULL || export_arg != NULL || pdf_arg != NULL) && !may_run_hr_commands (self, error))
    return FALSE;

  {
    g_autofree char *export_path = export_arg != NULL ? absolute_path (export_arg) : NULL;
    g_autofree char *pdf_path = pdf_arg != NULL ? absolute_path (pdf_arg) : NULL;
    g_autofree char *ics_path = ics_arg != NULL ? absolute_path (ics_arg) : NULL;
    const char *outputs[] = { export_path, pdf_path, ics_path };

    if (!check_outputs (self, outputs, G_N_ELEMENTS (outputs), error))
      return FALSE;
  }

  if (import_arg != NULL)
    {
      g_autofree char *path = absolute_path (import_arg);
      MpJsonImportSummary summary = { 0 };
      g_autofree char *text = NULL;

      if (!mp_json_import_file (self->store, path, &summary, error))
        return FALSE;
      text = mp_json_import_summary_to_string (&summary);
      g_print ("%s\n", text);
    }

  if (export_arg != NULL)
    {
      g_autofree char *path = absolute_path (export_arg);

      if (!mp_json_export_file (self->store, path, error))
        return FALSE;
    }

  if (pdf_arg != NULL)
    {
      g_autofree char *path = absolute_path (pdf_arg);

      if (!mp_report_write_summaries_pdf (self->store, path, error))
        return FALSE;
    }

  if (ics_arg != NULL)
    {
      g_autofree char *path = absolute_path (ics_arg);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GPtrArray) meetings = NULL;
      MpPerson *me = mp_store_get_current_person (self->store);

      if (me == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("No one with the login “%s” is in this database"), mp_store_get_current_login (self->store));
          return FALSE;
        }
      /* Someone who never mentored has no meetings to write: an empty calendar would say
       * they have none scheduled */
      if (g_list_model_get_n_items (mp_store_get_mentorships_for_mentor (self->store, me)) == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       /* Translators: %1$s is a person's name, %2$s a database file */
                       _("%1$s mentors no one in “%2$s”: there are no meetings to write"),
                       mp_person_get_name (me), mp_store_get_path (self->store));
          return FALSE;
        }
      meetings = mp_ics_collect_upcoming (self->store, me, now, error);
      if (meetings == NULL || !mp_ics_write_file (meetings, NULL, path, error))
        return FALSE;
    }

  return TRUE;
}

static int
mp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  MpApplication *self = MP_APPLICATION (app);
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;
  g_autofree char *acting = NULL;
  g_autoptr(GError) error = NULL;
  gboolean demo = g_variant_dict_contains (options, "demo");
  gboolean made = FALSE;  /* the database did not exist before this run */
  gboolean reads_only;    /* a command that only reads the --database given */
  gboolean headless = g_variant_dict_contains (options, "import") || g_variant_dict_contains (options, "export") ||
                      g_variant_dict_contains (options, "summary-pdf") || g_variant_dict_contains (options, "ics");

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "mentoring", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (!check_local_files (options, &error))
    {
      g_printerr ("mentoring: %s\n", error->message);
      return EXIT_FAILURE;
    }

  /* Open the database here, before any display is needed, so a file that cannot
   * be opened is a one-line error even without one, and headless commands run
   * without one. The absolute path travels to the primary instance, whose working
   * directory may differ. */
  if (g_variant_dict_lookup (options, "database", "^ay", &database) && *database == '\0')
    {
      /* (an empty name would be the working folder's) */
      g_printerr ("mentoring: %s\n", _("--database needs a file name"));
      return EXIT_FAILURE;
    }
  if (database != NULL)
    path = absolute_path (database);
  else if (demo)
    path = mp_demo_default_path ();
  else if (headless && (path = default_database_path (self, &error)) == NULL)
    {
      g_printerr ("mentoring: %s\n", error->message);
      return EXIT_FAILURE;
    }

  if (headless && !check_output_folders (options, &error))
    {
      g_printerr ("mentoring: %s\n", error->message);
      return EXIT_FAILURE;
    }

  /* Export, print and calendar commands read a database: a --database file name mistyped is
   * an error, not a new empty database (an import may fill a new one; a folder missing is
   * the store's error; the default database is made where it belongs). */
  reads_only = database != NULL && headless && !demo && !g_variant_dict_contains (options, "import");
  if (reads_only && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *folder = g_path_get_dirname (path);

      if (g_file_test (folder, G_FILE_TEST_IS_DIR))
        {
          /* Translators: %s is a database file */
          g_autofree char *message = g_strdup_printf (_("there is no database at “%s”"), path);

          g_printerr ("mentoring: %s\n", message);
          return EXIT_FAILURE;
        }
    }
  /* ...and an empty file (made by touch, or a copy that failed) is not filled by them */
  if (reads_only)
    {
      GStatBuf buf;

      if (g_stat (path, &buf) == 0 && S_ISREG (buf.st_mode) && buf.st_size == 0)
        {
          /* Translators: %s is a database file */
          g_autofree char *message = g_strdup_printf (_("“%s” is empty: there is no database in it"), path);

          g_printerr ("mentoring: %s\n", message);
          return EXIT_FAILURE;
        }
    }

  if (path != NULL)
    {
      GStatBuf buf;
      gboolean ok;

      /* (a link to nowhere is no file this run may remove: the link stays) */
      made = g_lstat (path, &buf) != 0 && errno == ENOENT;
      if (demo)
        ok = create_demo (self, path, &error);
      else
        ok = ensure_store (self, path, NULL, &error);

      if (!ok)
        {
          g_printerr ("mentoring: %s\n", error->message);
          return EXIT_FAILURE;
        }
      g_variant_dict_insert (options, "database", "^ay", path);
    }

  if (g_variant_dict_lookup (options, "as", "s", &acting))
    {
      if (self->store == NULL)
        {
          g_autofree char *default_path = default_database_path (self, &error);

          if (default_path == NULL || !ensure_store (self, default_path, NULL, &error))
            {
              g_printerr ("mentoring: %s\n", error->message);
              return EXIT_FAILURE;
            }
        }
      if (!mp_store_set_acting_login (self->store, acting, &error))
        {
          g_printerr ("mentoring: %s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  if (headless)
    {
      if (!run_headless_commands (self, options, &error))
        {
          g_printerr ("mentoring: %s\n", error->message);
          /* (an import refused into a database it was to fill; never a demo asked for) */
          if (made && !demo)
            remove_made_database (self, path);
          return EXIT_FAILURE;
        }
      return EXIT_SUCCESS;
    }

  return G_APPLICATION_CLASS (mp_application_parent_class)->handle_local_options (app, options);
}

static int
mp_application_command_line (GApplication            *app,
                              GApplicationCommandLine *cmdline)
{
  MpApplication *self = MP_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  WindowKind kinds[3];
  guint n_kinds = 0;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      /* Relative to the directory of the launch that asked, which may not be ours. */
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, database);

      path = g_file_get_path (file);
    }
  else if ((path = default_database_path (self, &error)) == NULL)
    {
      g_application_command_line_printerr (cmdline, "mentoring: %s\n", error->message);
      return EXIT_FAILURE;
    }

  {
    g_autofree char *acting = NULL;

    if (!ensure_store (self, path, NULL, &error))
      {
        g_application_command_line_printerr (cmdline, "mentoring: %s\n", error->message);
        return EXIT_FAILURE;
      }

    /* A second launch's --as, forwarded to this instance. */
    if (g_variant_dict_lookup (options, "as", "s", &acting) &&
        g_strcmp0 (acting, mp_store_get_current_login (self->store)) != 0 &&
        !mp_store_set_acting_login (self->store, acting, &error))
      {
        g_application_command_line_printerr (cmdline, "mentoring: %s\n", error->message);
        return EXIT_FAILURE;
      }
  }

  ensure_current_person (self);
  ensure_program (self);

  if (g_variant_dict_contains (options, "mentor"))
    kinds[n_kinds++] = WINDOW_MENTOR;
  if (g_variant_dict_contains (options, "onboarding"))
    kinds[n_kinds++] = WINDOW_ONBOARDING;
  if (g_variant_dict_contains (options, "hr"))
    kinds[n_kinds++] = WINDOW_HR;
  if (n_kinds == 0)
    kinds[n_kinds++] = window_for_role (self);

  for (guint i = 0; i < n_kinds; i++)
    present_window (self, kinds[i]);

  /* Meetings due, concerns needing an answer: once a day, as desktop notifications. */
  if (!self->nudges_started)
    {
      mp_nudges_start (app, self->store);
      self->nudges_started = TRUE;
    }

  return EXIT_SUCCESS;
}

static void
mp_application_startup (GApplication *app)
{
  MpApplication *self = MP_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *mentor_accels[] = { "<Control>1", NULL };
  static const char *onboarding_accels[] = { "<Control>2", NULL };
  static const char *hr_accels[] = { "<Control>3", NULL };
  static const char *program_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (mp_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  mp_style_load (gdk_display_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.mentor-dashboard", mentor_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.onboarding", onboarding_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.hr-overview", hr_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.program", program_accels);
}

static void
mp_application_activate (GApplication *app)
{
  MpApplication *self = MP_APPLICATION (app);

  /* Reached through D-Bus activation only (command lines go through command_line): the
   * window for the role, as `mentoring` opens. */
  if (ensure_default_store (self))
    present_window (self, window_for_role (self));
}

static void
mp_application_dispose (GObject *object)
{
  MpApplication *self = (MpApplication *)object;

  g_clear_handle_id (&self->role_check_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mp_application_parent_class)->dispose (object);
}

static void
mp_application_class_init (MpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mp_application_dispose;

  app_class->handle_local_options = mp_application_handle_local_options;
  app_class->command_line = mp_application_command_line;
  app_class->startup = mp_application_startup;
  app_class->activate = mp_application_activate;
}

static void
mp_application_init (MpApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_debug ("The settings schema %s is not installed; preferences will not be kept", APP_ID);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run a library system’s mentoring program for new employees."));
}

MpApplication *
mp_application_new (void)
{
  mp_register_resource ();

  return g_object_new (MP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/com/alliancelibrarysystem/Mentoring",
                       NULL);
}

MpStore *
mp_application_get_store (MpApplication *self)
{
  g_return_val_if_fail (MP_IS_APPLICATION (self), NULL);

  return self->store;
}

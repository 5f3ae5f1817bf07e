/* test-onboarding-window.c: the new employee's onboarding view on the demo data
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mp-demo.h"
#include "mp-ical-autoptr.h"
#include "mp-ics.h"
#include "mp-mentor-window.h"
#include "mp-onboarding-window.h"
#include "mp-onboarding-window-private.h"
#include "mp-pairing.h"
#include "mp-status-page.h"
#include "mp-test-ui.h"

/* The demo is set on Monday 2 March 2026 (mp-demo.c: every stage is relative to it):
 *   Priya Raman (praman) starts on Thursday 12 March, her mentor Helen Okafor calls on
 *     Thursday 5 March at 11:00;
 *   Aisha Mensah (amensah) started on Friday 16 January: with today pinned to Sunday
 *     22 March she is in month 3 (the monthly phase began on Monday 16 March). */
#define DEMO_DAY     2, G_DATE_MARCH, 2026
#define MONTH_3_DAY 22, G_DATE_MARCH, 2026

typedef struct
{
  char               *dir;
  char               *db_path;
  MpStore            *store;
  MpOnboardingWindow *window;
} Fixture;

static GDate
make_date (int        day,
           GDateMonth month,
           int        year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return date;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *private_path = NULL;
  GDate demo_day = make_date (DEMO_DAY);

  fixture->dir = g_dir_make_tmp ("onboarding-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "demo.sqlite", NULL);
  private_path = mp_demo_private_path (fixture->db_path);

  fixture->store = mp_store_open_full (fixture->db_path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_true (mp_demo_populate (fixture->store, &demo_day, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();
  g_clear_object (&fixture->store);

  if (fixture->dir != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (fixture->dir);
    }
  g_clear_pointer (&fixture->db_path, g_free);
  g_clear_pointer (&fixture->dir, g_free);

  mp_test_ui_assert_no_app_warnings ();
}

/* Acts as @login on @today and opens the window. */
static void
open_window (Fixture     *fixture,
             const char  *login,
             const GDate *today,
             int          width)
{
  g_autoptr(GError) error = NULL;

  if (login != NULL)
    {
      g_assert_true (mp_store_set_acting_login (fixture->store, login, &error));
      g_assert_no_error (error);
    }
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), today);

  fixture->window = g_object_new (MP_TYPE_ONBOARDING_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->window), MP_TYPE_ONBOARDING_WINDOW, name);

  g_assert_nonnull (object);

  return object;
}

static void
show_page (Fixture    *fixture,
           const char *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pages")), ==, page);
  mp_test_ui_iterate ();
}

static void
snapshot (Fixture    *fixture,
          const char *name)
{
  g_autofree char *png = mp_test_ui_snapshot (GTK_WIDGET (fixture->window), name);

  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
}

/* Every label's text under @widget, joined by newlines. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_text (c, text);
}

static char *
text_of (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);

  return g_string_free (text, FALSE);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* Activates @action ("win.add-to-calendar" or "win.add-all-to-calendar"), which suggests
 * @suggested as the file's name, accepts the file chooser with @name in the fixture's folder
 * (a test cannot pick a file in GTK's chooser, so it hands the file over directly), and
 * returns the file written, parsed */
static ICalComponent *
save_to_calendar (Fixture    *fixture,
                  const char *action,
                  const char *suggested,
                  const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GtkFileChooser *chooser;
  ICalComponent *calendar;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  chooser = _mp_onboarding_window_get_calendar_chooser (fixture->window);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (chooser), ==, suggested);
  g_assert_true (_mp_onboarding_window_save_calendar_to (fixture->window, file));
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
  assert_contains (gtk_label_get_text (child (fixture, "calendar_status_label")), name);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  calendar = i_cal_component_new_from_string (contents);
  g_assert_nonnull (calendar);

  return calendar;
}

static ICalComponent *
save_all_to_calendar (Fixture    *fixture,
                      const char *name)
{
  ICalComponent *calendar = save_to_calendar (fixture, "win.add-all-to-calendar", "mentoring-meetings.ics", name);

  assert_contains (gtk_label_get_text (child (fixture, "calendar_status_label")), "add the meetings");

  return calendar;
}

/* The status of the event with @uid in @calendar, or I_CAL_STATUS_NONE when it has none */
static ICalPropertyStatus
event_status (ICalComponent *calendar,
              const char    *uid)
{
  for (ICalComponent *event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       event != NULL;
       event = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      g_autoptr(ICalComponent) owned = event;

      if (g_strcmp0 (i_cal_component_get_uid (event), uid) == 0)
        return i_cal_component_get_status (event);
    }

  return I_CAL_STATUS_NONE;
}

/* ------------------------------------------------------------------------------------------ */

static void
test_before_start (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  GtkWidget *phases, *row;
  g_autofree char *welcome = NULL;
  g_autofree char *before = NULL;
  g_autofree char *months_1_2 = NULL;
  g_autofree char *months_3_6 = NULL;
  MpMeeting *next;

  open_window (fixture, "praman", &today, 1100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "main_stack")), ==, "content");

  /* Welcome: the mentor's card and "before you arrive". */
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "mentor_name_label")), ==, "Helen Okafor");
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "mentor_title_label")), ==,
                   "Senior Member Services Consultant");
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "mentor_department_label")), ==, "Member Services");
  g_assert_cmpstr (g_object_get_data (child (fixture, "email_button"), "uri"), ==,
                   "mailto:helen.okafor@alliancelibrarysystem.example");
  g_assert_true (g_str_has_prefix (g_object_get_data (child (fixture, "phone_button"), "uri"), "tel:+1309555"));
  g_assert_true (gtk_widget_get_visible (child (fixture, "arrival_box")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "coming_up_box")));
  welcome = text_of (child (fixture, "arrival_box"));
  assert_contains (welcome, "Helen Okafor will get in touch on Thursday 5 March at 11:00");
  assert_contains (welcome, "Your first day is Thursday 12 March.");
  snapshot (fixture, "onboarding-before-start-welcome");

  /* The timeline: the phases' real dates from the start date, 12 March 2026. */
  show_page (fixture, "timeline");
  phases = child (fixture, "phases_box");

  row = find_named (phases, "before-arrival");
  g_assert_nonnull (row);
  before = text_of (row);
  assert_contains (before, "Before 12 March 2026");
  assert_contains (before, "You are here");

  row = find_named (phases, "months-1-2");
  g_assert_nonnull (row);
  months_1_2 = text_of (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (row, "phase-dates"))), ==,
                   "12 March 2026 – 11 May 2026");
  g_assert_null (strstr (months_1_2, "You are here"));

  row = find_named (phases, "months-3-6");
  g_assert_nonnull (row);
  months_3_6 = text_of (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (row, "phase-dates"))), ==,
                   "12 May 2026 – 11 September 2026");

  /* The next meeting is the call before arrival, and it can go to a calendar. */
  next = _mp_onboarding_window_get_next_meeting (fixture->window);
  g_assert_nonnull (next);
  g_assert_cmpint (mp_meeting_get_mode (next), ==, MP_MEETING_MODE_PHONE);
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "calendar_button")));
  assert_contains (gtk_label_get_text (child (fixture, "next_meeting_label")), "Thursday 5 March at 11:00");
  snapshot (fixture, "onboarding-before-start-timeline");

  show_page (fixture, "checklist");
  snapshot (fixture, "onboarding-before-start-checklist");
}

/* The colleagues the mentor introduced the employee to are on the welcome page, the latest
 * first, and one the mentor records on another computer appears; with none, no card. */
static void
test_people_met (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  MpMentorship *mentorship;
  g_autoptr(MpIntroduction) introduction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  GDate on;
  const char *chair, *directors, *noah;

  open_window (fixture, "lobrien", &today, 1100);
  g_assert_true (gtk_widget_get_visible (child (fixture, "people_met_box")));
  g_assert_cmpuint (count_rows (child (fixture, "people_met_list")), ==, 3);
  text = text_of (child (fixture, "people_met_list"));
  chair = strstr (text, "Health & Safety Committee chair — Committee meeting, ");
  directors = strstr (text, "Member library directors — ALS Day, ");
  noah = strstr (text, "Noah O'Neill-Williams — Continuing education planning, ");
  /* (whom Helen sees as another possible mentor) */
  g_assert_nonnull (strstr (text, "· could mentor too"));
  g_assert_true (strstr (text, "· could mentor too") > noah);
  g_assert_nonnull (chair);
  g_assert_nonnull (directors);
  g_assert_nonnull (noah);
  g_assert_true (chair < directors && directors < noah);
  snapshot (fixture, "onboarding-people-met");

  /* Recorded today by the mentor: first. */
  mentorship = mp_store_get_current_mentorship_as_employee (fixture->store);
  introduction = mp_introduction_new (mentorship, "Facilities manager");
  mp_introduction_set_where (introduction, "Building tour");
  on = today;
  mp_introduction_set_on (introduction, &on);
  g_assert_true (mp_store_save_introduction (fixture->store, introduction, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  g_assert_cmpuint (count_rows (child (fixture, "people_met_list")), ==, 4);
  again = text_of (child (fixture, "people_met_list"));
  g_assert_true (g_str_has_prefix (again, "Facilities manager — Building tour, "));

  /* Changed: its line follows. */
  {
    g_autoptr(MpIntroduction) draft = mp_introduction_copy (introduction);
    g_autofree char *changed = NULL;

    mp_introduction_set_where (draft, "Loading dock");
    g_assert_true (mp_store_save_introduction (fixture->store, draft, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    changed = text_of (child (fixture, "people_met_list"));
    g_assert_true (g_str_has_prefix (changed, "Facilities manager — Loading dock, "));
  }

  /* A colleague typed as one long run of letters wraps inside it: the window stays as
   * narrow as it was, its menu and close buttons on the screen. */
  {
    g_autoptr(MpIntroduction) draft = mp_introduction_copy (introduction);
    g_autofree char *run = g_strnfill (900, 'x');
    g_autofree char *shown = NULL;
    int minimum = 0, natural = 0;

    mp_introduction_set_colleague (draft, run);
    g_assert_true (mp_store_save_introduction (fixture->store, draft, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    shown = text_of (child (fixture, "people_met_list"));
    g_assert_nonnull (strstr (shown, run));
    gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, <=, 1100);
  }

  /* Priya has met no one yet: no card, until her first introduction. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  open_window (fixture, "praman", &today, 1100);
  g_assert_false (gtk_widget_get_visible (child (fixture, "people_met_box")));
  g_assert_cmpuint (count_rows (child (fixture, "people_met_list")), ==, 0);
  {
    MpMentorship *priya = mp_store_get_current_mentorship_as_employee (fixture->store);
    g_autoptr(MpIntroduction) first = mp_introduction_new (priya, "Helpdesk");

    g_assert_true (mp_store_save_introduction (fixture->store, first, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_true (gtk_widget_get_visible (child (fixture, "people_met_box")));
    g_assert_cmpuint (count_rows (child (fixture, "people_met_list")), ==, 1);
  }
}

/* The pill of each of the pilot's three phases in "My Six Months" */
static void
assert_phase_pills (Fixture    *fixture,
                    const char *before_arrival,
                    const char *months_1_2,
                    const char *months_3_6)
{
  const char *ids[] = { "before-arrival", "months-1-2", "months-3-6" };
  const char *pills[] = { before_arrival, months_1_2, months_3_6 };
  const char *all_pills[] = { "Done", "You are here", "Ended here", "Not reached" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkWidget *row = find_named (child (fixture, "phases_box"), ids[i]);
      g_autofree char *text = NULL;

      g_assert_nonnull (row);
      text = text_of (row);
      assert_contains (text, pills[i]);
      for (guint j = 0; j < G_N_ELEMENTS (all_pills); j++)
        if (!g_str_equal (all_pills[j], pills[i]))
          g_assert_null (strstr (text, all_pills[j]));
    }
}

/* Called off before her first day: the welcome says so, not "ended on" a day to come */
static void
test_called_off (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  MpPerson *priya = NULL;
  MpMentorship *mentorship;
  GListModel *people = mp_store_get_people (fixture->store);
  g_autoptr(GError) error = NULL;
  const char *subtitle;

  for (guint i = 0; priya == NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (mp_person_get_login (person), "praman") == 0)
        priya = person;
    }
  g_assert_nonnull (priya);
  mentorship = mp_store_get_mentorship_for_employee (fixture->store, priya);
  g_assert_true (mp_store_call_off_mentorship (fixture->store, mentorship, "Hire fell through", &today, &error));
  g_assert_no_error (error);

  open_window (fixture, "praman", &today, 1100);
  subtitle = gtk_label_get_text (child (fixture, "welcome_subtitle_label"));
  assert_contains (subtitle, "called off before it started");
  g_assert_null (strstr (subtitle, "ended on"));

  /* No feedback on a program that never ran */
  assert_contains (gtk_label_get_text (child (fixture, "feedback_availability_label")), "no feedback to give");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "feedback_form")));

  /* Its six months: it ended before arrival, and never reached the others */
  assert_phase_pills (fixture, "Ended here", "Not reached", "Not reached");
}

/* A week after Liam's next meeting, which his mentor has not recorded: still in "Upcoming",
 * saying so, not gone from both lists */
static void
test_meeting_not_recorded (Fixture       *fixture,
                           gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  g_autofree char *upcoming = NULL;
  g_autofree char *held = NULL;
  MpMeeting *next;

  open_window (fixture, "lobrien", &today, 1100);
  upcoming = text_of (child (fixture, "upcoming_list"));
  g_assert_null (strstr (upcoming, "not recorded"));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();

  next = NULL;
  {
    MpPerson *liam = mp_store_lookup_person_by_login (fixture->store, "lobrien");
    GListModel *meetings = mp_store_get_meetings (fixture->store,
                                                  mp_store_get_mentorship_for_employee (fixture->store, liam));

    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

        if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
          next = meeting;
      }
  }
  g_assert_nonnull (next);
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (next));

    g_date_set_dmy (&today, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                    g_date_time_get_year (local));
    g_date_add_days (&today, 7);
  }
  open_window (fixture, "lobrien", &today, 1100);
  upcoming = (g_free (upcoming), text_of (child (fixture, "upcoming_list")));
  assert_contains (upcoming, "Your mentor has not recorded this meeting yet.");
  /* and the next meeting says so, not that none is scheduled */
  assert_contains (gtk_label_get_text (child (fixture, "next_meeting_label")), "is not recorded yet");
  held = text_of (child (fixture, "held_list"));
  g_assert_null (strstr (held, "not recorded"));
}

/* Ended early in months 1–2: those are not done, months 3–6 never came */
static void
test_ended_early (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);

  g_autofree char *upcoming = NULL;

  open_window (fixture, "mchen", &today, 1100);
  assert_phase_pills (fixture, "Done", "Ended here", "Not reached");

  /* No mentor proposes a date any more, nor is there anyone to keep informed */
  upcoming = text_of (child (fixture, "upcoming_list"));
  assert_contains (upcoming, "The program is over: no more meetings.");
  g_assert_null (strstr (upcoming, "proposes"));
  assert_contains (gtk_label_get_text (child (fixture, "responsibility_label")), "Your program is over.");

  /* Archived by HR since: still ended early, not done */
  {
    MpPerson *marcus = mp_store_lookup_person_by_login (fixture->store, "mchen");
    g_autoptr(GError) error = NULL;

    g_assert_true (mp_store_archive_mentorship (fixture->store,
                                                mp_store_get_mentorship_for_employee (fixture->store, marcus), &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    assert_phase_pills (fixture, "Done", "Ended here", "Not reached");
  }
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "onboarding-ended-early"));
}

/* Once the program has ended, the concern form is greyed out (for a screen reader too) and
 * only says why; the concerns raised before, and their answers, stay to be read */
static void
assert_concern_form_closed (Fixture *fixture)
{
  g_autofree char *page = text_of (gtk_widget_get_ancestor (child (fixture, "concern_form"),
                                                            GTK_TYPE_SCROLLED_WINDOW));

  g_assert_false (gtk_widget_is_sensitive (child (fixture, "concern_form")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "subject_entry")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "details_view")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "needed_by_calendar")));
  gtk_test_accessible_assert_state (child (fixture, "subject_entry"), GTK_ACCESSIBLE_STATE_DISABLED, TRUE);
  gtk_test_accessible_assert_state (child (fixture, "details_view"), GTK_ACCESSIBLE_STATE_DISABLED, TRUE);
  gtk_test_accessible_assert_state (child (fixture, "needed_by_calendar"), GTK_ACCESSIBLE_STATE_DISABLED, TRUE);
  g_assert_false (gtk_widget_has_focus (child (fixture, "subject_entry")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));
  assert_contains (gtk_button_get_label (child (fixture, "send_button")), "S_end to ");

  assert_contains (gtk_label_get_text (child (fixture, "concern_intro_label")),
                   "Your mentoring program has ended, so a concern can no longer be sent here.");
  g_assert_null (strstr (page, "Only you and"));
  g_assert_null (strstr (page, "working day"));
  g_assert_null (strstr (page, "Needed by "));
  g_assert_null (strstr (page, "Write a subject"));
  /* said once, not again under the form */
  g_assert_null (strstr (strstr (page, "has ended") + 1, "has ended"));
}

static void
test_concern_after_end (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  MpPerson *aisha = mp_store_lookup_person_by_login (fixture->store, "amensah");
  MpMentorship *mentorship = mp_store_get_mentorship_for_employee (fixture->store, aisha);
  GListModel *concerns = mp_store_get_concerns (fixture->store, mentorship);
  g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *list_text = NULL;

  /* Completed, and ended early: nothing to type into */
  open_window (fixture, "srossi", &today, 1100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.raise-concern", NULL));
  mp_test_ui_iterate ();
  assert_concern_form_closed (fixture);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();

  open_window (fixture, "mchen", &today, 1100);
  show_page (fixture, "concerns");
  assert_concern_form_closed (fixture);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();

  /* Aisha's program runs: she can write. Her mentor answers her concern, then the program
   * ends while her window is open. */
  g_assert_true (mp_store_answer_concern (fixture->store, concern, "Form B-12; your supervisor signs it.", &error));
  g_assert_no_error (error);
  open_window (fixture, "amensah", &today, 1100);
  show_page (fixture, "concerns");
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "subject_entry")));
  assert_contains (gtk_label_get_text (child (fixture, "concern_intro_label")), "Only you and");
  assert_contains (gtk_label_get_text (child (fixture, "send_reason_label")), "Write a subject");

  g_assert_true (mp_store_end_mentorship (fixture->store, mentorship, "Moved to another branch", &today, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  assert_concern_form_closed (fixture);

  g_assert_cmpuint (count_rows (child (fixture, "concerns_list")), ==, g_list_model_get_n_items (concerns));
  list_text = text_of (child (fixture, "concerns_list"));
  assert_contains (list_text, "Mileage form");
  assert_contains (list_text, "Form B-12; your supervisor signs it.");
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "concerns_list")));
  snapshot (fixture, "onboarding-concern-after-end");
}

static gboolean
has_label_text (GtkWidget  *widget,
                const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_label_text (c, text))
      return TRUE;

  return FALSE;
}

/* Whether each phase of the employee's timeline reads "Done", in order, as a string of
 * 'D' (done) and '-' */
static char *
onboarding_phases_done (Fixture *fixture)
{
  GString *done = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (child (fixture, "phases_box")); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_string_append_c (done, has_label_text (row, "Done") ? 'D' : '-');

  return g_string_free (done, FALSE);
}

/* The same from the mentor's "Six Months at a Glance" (a row's first child is its marker) */
static char *
mentor_phases_done (Fixture     *fixture,
                    const GDate *today,
                    char       **text)
{
  g_autoptr(GError) error = NULL;
  GString *done = g_string_new (NULL);
  MpPerson *aisha = mp_store_lookup_person_by_login (fixture->store, "amensah");
  MpMentorWindow *mentor_window;
  GtkWidget *timeline;

  g_assert_true (mp_store_set_acting_login (fixture->store, "rlindqvist", &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), today);
  mentor_window = g_object_new (MP_TYPE_MENTOR_WINDOW, "store", fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (mentor_window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (mentor_window));
  g_assert_true (mp_mentor_window_select_mentorship (mentor_window,
                                                     mp_store_get_mentorship_for_employee (fixture->store, aisha)));
  mp_test_ui_iterate ();
  timeline = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (mentor_window), MP_TYPE_MENTOR_WINDOW,
                                                        "timeline_box"));
  for (GtkWidget *row = gtk_widget_get_first_child (timeline); row != NULL; row = gtk_widget_get_next_sibling (row))
    g_string_append_c (done, g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (row))), "✔") == 0
                             ? 'D' : '-');
  if (text != NULL)
    *text = text_of (timeline);
  gtk_window_destroy (GTK_WINDOW (mentor_window));
  mp_test_ui_iterate ();

  return g_string_free (done, FALSE);
}

static void
reopen_window (Fixture     *fixture,
               const GDate *today)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  mp_test_ui_iterate ();
  open_window (fixture, "amensah", today, 1100);
  show_page (fixture, "timeline");
}

/* Opens Aisha's timeline on @today: which phases read "Done" is @expected, and her mentor's
 * timeline says the same */
static void
assert_phases_done (Fixture     *fixture,
                    const GDate *today,
                    const char  *expected)
{
  g_autofree char *mentor_done = mentor_phases_done (fixture, today, NULL);
  g_autofree char *done = NULL;

  reopen_window (fixture, today);
  done = onboarding_phases_done (fixture);
  g_assert_cmpstr (done, ==, expected);
  g_assert_cmpstr (mentor_done, ==, expected);
}

/* Saves a meeting of @mentorship held @day days after its start, at 10:00 */
static void
hold_meeting (Fixture      *fixture,
              MpMentorship *mentorship,
              guint         day)
{
  g_autoptr(GError) error = NULL;
  GDate date = *mp_mentorship_get_start_date (mentorship);
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(MpMeeting) meeting = NULL;

  g_date_add_days (&date, day);
  at = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 10, 0, 0);
  meeting = mp_meeting_new (mentorship, at);
  mp_meeting_set_status (meeting, MP_MEETING_STATUS_HELD);
  g_assert_true (mp_store_save_meeting (fixture->store, meeting, &error));
  g_assert_no_error (error);
}

/* Aisha's months 1–2 are over in month 3 with 2 of their 4 meetings held and 2 of their 4
 * activities done: the phase is not "Done" but says what is missing, and her mentor's
 * timeline calls the same phases done. After the six months no phase is "You are here";
 * once the work is done the phase is "Done". */
static void
test_phase_done_needs_work (Fixture       *fixture,
                            gconstpointer  user_data)
{
  GDate today = make_date (MONTH_3_DAY);
  GDate after = make_date (20, G_DATE_JULY, 2026);
  MpMentorship *mentorship;
  GtkWidget *phases;
  g_autofree char *text = NULL;

  assert_phases_done (fixture, &today, "D--");
  phases = child (fixture, "phases_box");
  text = text_of (find_named (phases, "months-1-2"));
  assert_contains (text, "Over: 2 of 4 meetings, 2 of 4 activities");
  g_assert_false (has_label_text (find_named (phases, "months-1-2"), "Done"));
  g_clear_pointer (&text, g_free);
  text = text_of (find_named (phases, "months-3-6"));
  assert_contains (text, "You are here");

  /* After the six months: no "You are here", and each phase says how it went */
  reopen_window (fixture, &after);
  phases = child (fixture, "phases_box");
  assert_contains (gtk_label_get_text (child (fixture, "here_label")), "six months are over");
  g_assert_false (has_label_text (phases, "You are here"));
  g_clear_pointer (&text, g_free);
  text = text_of (find_named (phases, "months-3-6"));
  assert_contains (text, "Over: 0 of 4 meetings, 0 of 4 activities");
  snapshot (fixture, "onboarding-after-six-months-timeline");

  /* The missing meetings of months 1–2 held, then their activities done: "Done", in both */
  mentorship = mp_store_get_mentorship_for_employee (fixture->store,
                                                     mp_store_lookup_person_by_login (fixture->store, "amensah"));

  /* But first a second meeting in the second fortnight: it makes up for none missed in the
   * third and fourth (as the pairing's state judges it) */
  hold_meeting (fixture, mentorship, 16);
  mp_test_ui_iterate ();
  assert_phases_done (fixture, &after, "D--");
  g_clear_pointer (&text, g_free);
  text = text_of (find_named (child (fixture, "phases_box"), "months-1-2"));
  assert_contains (text, "Over: 2 of 4 meetings, 2 of 4 activities");
  /* (and the mentor's timeline counts them so too, its bar with them) */
  g_clear_pointer (&text, g_free);
  g_free (mentor_phases_done (fixture, &after, &text));
  assert_contains (text, "2 of 4 meetings held, 4 expected by now");

  hold_meeting (fixture, mentorship, 28);
  hold_meeting (fixture, mentorship, 42);
  /* Every meeting held, half the activities: still not done, in either window */
  mp_test_ui_iterate ();
  assert_phases_done (fixture, &after, "D--");
  g_clear_pointer (&text, g_free);
  text = text_of (find_named (child (fixture, "phases_box"), "months-1-2"));
  assert_contains (text, "Over: 4 of 4 meetings, 2 of 4 activities");

  {
    const char *ids[] = { "where-to-go", "member-events" };

    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(MpActivityProgress) progress = mp_activity_progress_new (mentorship, ids[i]);

        mp_activity_progress_set_state (progress, MP_ACTIVITY_STATE_DONE);
        mp_activity_progress_set_done_on (progress, &today);
        g_assert_true (mp_store_save_activity_progress (fixture->store, progress, &error));
        g_assert_no_error (error);
      }
  }
  mp_test_ui_iterate ();
  assert_phases_done (fixture, &after, "DD-");
}

/* Marked completed by HR in months 1–2: the phase after them was never reached (it was
 * "Over: 0 of 4 meetings" with a warning) */
static void
test_completed_early_timeline (Fixture       *fixture,
                               gconstpointer  user_data)
{
  GDate today = make_date (MONTH_3_DAY);
  MpMentorship *mentorship =
    mp_store_get_mentorship_for_employee (fixture->store, mp_store_lookup_person_by_login (fixture->store, "amensah"));
  GDate ended_on = *mp_mentorship_get_start_date (mentorship);
  g_autoptr(GError) error = NULL;
  GtkWidget *phases;
  g_autofree char *text = NULL;

  g_date_add_days (&ended_on, 30);
  g_assert_true (mp_store_complete_mentorship (fixture->store, mentorship, &ended_on, &error));
  g_assert_no_error (error);
  reopen_window (fixture, &today);
  phases = child (fixture, "phases_box");
  assert_contains (gtk_label_get_text (child (fixture, "here_label")), "You completed the program");
  text = text_of (find_named (phases, "months-3-6"));
  assert_contains (text, "Not reached");
  g_assert_null (strstr (text, "Over:"));
  g_clear_pointer (&text, g_free);
  text = text_of (find_named (phases, "months-1-2"));
  assert_contains (text, "Over: ");
}

static void
test_month_3 (Fixture       *fixture,
              gconstpointer  user_data)
{
  GDate today = make_date (MONTH_3_DAY);
  GtkWidget *phases, *row;
  g_autofree char *text = NULL;
  g_autofree char *checklist = NULL;

  open_window (fixture, "amensah", &today, 1100);

  g_assert_false (gtk_widget_get_visible (child (fixture, "arrival_box")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "coming_up_box")));
  snapshot (fixture, "onboarding-month-3-welcome");

  /* The promise of confidence says what is really kept from whom: concerns are sealed for
   * the two of them, the rest is in the shared database, out of HR's views but not sealed */
  {
    const char *promise = gtk_label_get_text (child (fixture, "responsibility_label"));

    g_assert_null (strstr (promise, "stays between the two of you"));
    assert_contains (promise, "Ruth Lindqvist treats what you talk about in confidence and does not evaluate you.");
    assert_contains (promise, "The concerns you raise here can be read by the two of you only.");
    assert_contains (promise, "Meeting agendas and summaries and what you agree on are kept in the program’s "
                              "shared database");
    assert_contains (promise, "not sealed like concerns");
  }

  /* Whom to turn to in Human Resources (the follow-ups are theirs), kept current */
  {
    GListModel *people = mp_store_get_people (fixture->store);
    g_autoptr(MpPerson) hr = NULL;
    g_autoptr(MpPerson) changed = NULL;
    g_autoptr(GError) error = NULL;
    const char *shown;

    for (guint i = 0; i < g_list_model_get_n_items (people) && hr == NULL; i++)
      {
        g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

        if (mp_person_get_is_hr_admin (person) && mp_person_get_active (person))
          hr = g_steal_pointer (&person);
      }
    g_assert_nonnull (hr);
    g_assert_true (gtk_widget_get_visible (child (fixture, "hr_contact_label")));
    shown = gtk_label_get_text (child (fixture, "hr_contact_label"));
    assert_contains (shown, "Human Resources: ");
    assert_contains (shown, mp_person_get_name (hr));
    assert_contains (shown, mp_person_get_email (hr));

    changed = mp_person_copy (hr);
    mp_person_set_phone (changed, "+1 309 555 0199");
    g_assert_true (mp_store_save_person (fixture->store, changed, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    assert_contains (gtk_label_get_text (child (fixture, "hr_contact_label")), "+1 309 555 0199");
  }

  show_page (fixture, "timeline");
  assert_contains (gtk_label_get_text (child (fixture, "here_label")), "month 3 of 6");
  phases = child (fixture, "phases_box");
  row = find_named (phases, "months-3-6");
  text = text_of (row);
  assert_contains (text, "16 March 2026 – 15 July 2026");
  assert_contains (text, "You are here");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_named (find_named (phases, "months-1-2"), "phase-dates"))),
                   ==, "16 January 2026 – 15 March 2026");
  /* Three meetings held (the call before arrival, day 0, day 14), newest first. */
  g_assert_cmpuint (count_rows (child (fixture, "held_list")), ==, 3);
  snapshot (fixture, "onboarding-month-3-timeline");
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (child (fixture, "held_list"), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    snapshot (fixture, "onboarding-month-3-meetings");
  }

  /* The checklist: every activity of the program, with its state and plain words. */
  show_page (fixture, "checklist");
  checklist = text_of (child (fixture, "checklist_box"));
  assert_contains (checklist, "Introduction to the departments");
  assert_contains (checklist, "Done on Friday 16 January");
  assert_contains (checklist, "Shadow a consultant on a site visit");
  assert_contains (checklist, "ALS consultants visit member libraries");
  assert_contains (checklist, "If pertinent");
  g_assert_nonnull (find_named (child (fixture, "checklist_box"), "committee"));
  snapshot (fixture, "onboarding-month-3-checklist");

  /* At about 800 pixels wide it still works. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 700);
  show_page (fixture, "concerns");
  snapshot (fixture, "onboarding-month-3-concerns-narrow");
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (child (fixture, "concerns_list"), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_autofree char *concerns = text_of (child (fixture, "concerns_list"));

    assert_contains (concerns, "Mileage form");
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    snapshot (fixture, "onboarding-month-3-my-concerns");
  }
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
assert_calendar_on (GtkWidget *calendar,
                    GDateTime *day)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (calendar));

  g_assert_true (g_date_time_equal (date, day));
}

/* The wheel over the needed-by calendar scrolls the page just as beside it; it no longer
 * turns the calendar's month (GTK 4.8's calendar did, and moved the day chosen with it) */
static void
test_concern_calendar_wheel (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  GtkWidget *calendar;
  GtkWidget *day_label;
  GtkAdjustment *vadjustment;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 12, 7, 12, 0, 0);
  g_autofree char *needed_by = NULL;
  double beside, value;

  open_window (fixture, "praman", &today, 1100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.raise-concern", NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 560);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  calendar = child (fixture, "needed_by_calendar");
  gtk_calendar_select_day (GTK_CALENDAR (calendar), chosen);
  needed_by = g_strdup (gtk_label_get_text (child (fixture, "needed_by_label")));
  assert_contains (needed_by, "Monday 7 December");

  /* The page is taller than the window: it has somewhere to scroll */
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    gtk_widget_get_ancestor (calendar, GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment), >, 100);

  /* A notch down beside the calendar (over the text under it), then over a day of it: the
   * page scrolls as far both times, and the calendar keeps its day */
  gtk_adjustment_set_value (vadjustment, 0);
  g_assert_true (mp_test_ui_scroll (child (fixture, "needed_by_label"), 0, 1));
  beside = gtk_adjustment_get_value (vadjustment);
  g_assert_cmpfloat (beside, >, 0);

  gtk_adjustment_set_value (vadjustment, 0);
  day_label = gtk_widget_get_last_child (mp_test_ui_find_descendant (calendar, GTK_TYPE_GRID));
  g_assert_true (GTK_IS_LABEL (day_label));
  g_assert_true (mp_test_ui_scroll (day_label, 0, 1));
  assert_calendar_on (calendar, chosen);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadjustment), beside, 0.001);

  /* Two notches more, a touchpad's smooth scroll, and back up: the page moves each time */
  for (guint i = 0; i < 2; i++)
    g_assert_true (mp_test_ui_scroll (day_label, 0, 1));
  g_assert_true (mp_test_ui_scroll (calendar, 0, 0.4));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, beside);
  value = gtk_adjustment_get_value (vadjustment);
  g_assert_true (mp_test_ui_scroll (calendar, 0, -1));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), <, value);
  assert_calendar_on (calendar, chosen);
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "needed_by_label")), ==, needed_by);

  /* The arrows still move the day */
  mp_test_ui_click_calendar_arrow (GTK_CALENDAR (calendar), MP_TEST_UI_NEXT_MONTH);
  assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")), "Thursday 7 January");
}

static void
test_concern_lead_time (Fixture       *fixture,
                        gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  g_autoptr(GDateTime) day = NULL;
  MpMentorship *mentorship;
  GListModel *concerns;
  GtkWidget *window;
  MpMentorWindow *mentor_window;
  g_autofree char *list_text = NULL;
  g_autofree char *mentor_text = NULL;
  guint n_before, changes = 0;
  gboolean found = FALSE;

  /* Helen's dashboard, open on Priya, in the same process and on the same store. */
  {
    g_autoptr(GError) error = NULL;
    MpPerson *priya;

    g_assert_true (mp_store_set_acting_login (fixture->store, "hokafor", &error));
    g_assert_no_error (error);
    mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &today);
    priya = mp_store_lookup_person_by_login (fixture->store, "praman");
    mentor_window = g_object_new (MP_TYPE_MENTOR_WINDOW, "store", fixture->store, NULL);
    gtk_window_present (GTK_WINDOW (mentor_window));
    mp_test_ui_wait_for_frame (GTK_WIDGET (mentor_window));
    g_assert_true (mp_mentor_window_select_mentorship (mentor_window,
                                                       mp_store_get_mentorship_for_employee (fixture->store, priya)));
    mp_test_ui_iterate ();
  }

  open_window (fixture, "praman", &today, 1100);
  window = GTK_WIDGET (fixture->window);
  g_assert_true (gtk_widget_activate_action (window, "win.raise-concern", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pages")), ==, "concerns");

  /* The calendar starts on the earliest day that leaves Helen three working days. */
  g_assert_false (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
  assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")), "Thursday 5 March");

  /* No subject: cannot be sent, and it says why. */
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));
  assert_contains (gtk_label_get_text (child (fixture, "send_reason_label")), "Write a subject");

  /* A subject stops at 200 characters, and the form says so (it can still be sent) */
  {
    g_autofree char *long_subject = g_strnfill (250, 'x');

    gtk_editable_set_text (child (fixture, "subject_entry"), long_subject);
    g_assert_cmpint (strlen (gtk_editable_get_text (child (fixture, "subject_entry"))), ==, 200);
    g_assert_true (gtk_widget_get_visible (child (fixture, "subject_full_label")));
    assert_contains (gtk_label_get_text (child (fixture, "subject_full_label")), "The subject is full (200 characters)");
    g_assert_null (strstr (gtk_label_get_text (child (fixture, "send_reason_label")), "is full"));
    g_assert_true (gtk_widget_is_sensitive (child (fixture, "send_button")));

    /* A day that has passed turns the reasons red: the note stays a note, apart */
    {
      g_autoptr(GDateTime) past = g_date_time_new_local (2026, 3, 1, 12, 0, 0);

      gtk_calendar_select_day (child (fixture, "needed_by_calendar"), past);
      g_assert_true (gtk_widget_has_css_class (child (fixture, "send_reason_label"), "mp-reason"));
      g_assert_null (strstr (gtk_label_get_text (child (fixture, "send_reason_label")), "is full"));
      g_assert_true (gtk_widget_has_css_class (child (fixture, "subject_full_label"), "dim-label"));
      g_signal_emit_by_name (child (fixture, "earliest_button"), "clicked");
    }
  }

  gtk_editable_set_text (child (fixture, "subject_entry"), "Badge for the back door");
  g_assert_false (gtk_widget_get_visible (child (fixture, "subject_full_label")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (fixture, "details_view")),
                            "Whom do I ask for a badge before Tuesday’s delivery?", -1);
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "send_button")));

  /* A day in the past cannot be sent either. */
  day = g_date_time_new_local (2026, 3, 1, 12, 0, 0);
  gtk_calendar_select_day (child (fixture, "needed_by_calendar"), day);
  g_clear_pointer (&day, g_date_time_unref);
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));
  assert_contains (gtk_label_get_text (child (fixture, "send_reason_label")), "has passed");

  /* The calendar's arrows move the day as well, and the form follows them: a month on, a
   * month back, a year on. */
  mp_test_ui_click_calendar_arrow (child (fixture, "needed_by_calendar"), MP_TEST_UI_NEXT_MONTH);
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "send_button")));
  assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")), "Wednesday 1 April");
  mp_test_ui_click_calendar_arrow (child (fixture, "needed_by_calendar"), MP_TEST_UI_PREV_MONTH);
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));
  assert_contains (gtk_label_get_text (child (fixture, "send_reason_label")), "has passed");
  mp_test_ui_click_calendar_arrow (child (fixture, "needed_by_calendar"), MP_TEST_UI_NEXT_YEAR);
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "send_button")));
  assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")), "Monday 1 March");
  mp_test_ui_click_calendar_arrow (child (fixture, "needed_by_calendar"), MP_TEST_UI_PREV_YEAR);
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));

  /* Tomorrow leaves one working day: say so, suggest Thursday, allow it anyway. */
  day = g_date_time_new_local (2026, 3, 3, 12, 0, 0);
  gtk_calendar_select_day (child (fixture, "needed_by_calendar"), day);
  g_assert_true (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
  assert_contains (gtk_label_get_text (child (fixture, "lead_warning_label")),
                   "That leaves Helen Okafor only 1 working day to help.");
  assert_contains (gtk_label_get_text (child (fixture, "lead_warning_label")), "allow until Thursday 5 March");
  assert_contains (gtk_button_get_label (child (fixture, "earliest_button")), "Thursday 5 March");
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "send_button")));
  /* The three days are the library's (HR sets them in the app's program file), not a figure
   * of the program text, which only asks for "sufficient time": said as such here, in the
   * concerns page's introduction and on the Welcome page */
  assert_contains (gtk_label_get_text (child (fixture, "lead_warning_label")),
                   "The library asks for at least 3 working days");
  assert_contains (gtk_label_get_text (child (fixture, "concern_intro_label")),
                   "the library asks for at least 3 working days");
  assert_contains (gtk_label_get_text (child (fixture, "responsibility_label")),
                   "the library asks for at least 3 working days");
  {
    g_autofree char *pages = text_of (child (fixture, "pages"));

    g_assert_null (strstr (pages, "program asks for"));
  }
  mp_test_ui_iterate ();
  snapshot (fixture, "onboarding-concern-short-lead-time");

  /* HR closes Wednesday 4 March while the form is open: Thursday 5 March, which left three
   * working days, now leaves two (the form says why), and the earliest day moves to Friday */
  {
    g_autoptr(GArray) closed = mp_closed_days_new ();
    g_autoptr(GArray) none = mp_closed_days_new ();
    g_autoptr(GArray) saved = mp_closed_days_copy (mp_store_get_closed_days (fixture->store));
    g_autoptr(GError) error = NULL;
    GDate wednesday = make_date (4, G_DATE_MARCH, 2026);

    g_signal_emit_by_name (child (fixture, "earliest_button"), "clicked");
    g_assert_false (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
    assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")), "3 working days");
    g_assert_null (strstr (gtk_label_get_text (child (fixture, "needed_by_label")), "closed"));

    mp_closed_days_add (closed, &wednesday, "Staff training day");
    g_assert_true (mp_store_change_closed_days (fixture->store, none, closed, &error));
    g_assert_no_error (error);
    g_assert_true (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
    assert_contains (gtk_label_get_text (child (fixture, "lead_warning_label")),
                     "That leaves Helen Okafor only 2 working days to help.");
    assert_contains (gtk_label_get_text (child (fixture, "lead_warning_label")), "allow until Friday 6 March");
    assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")),
                     "The library system is closed on Wednesday 4 March (Staff training day).");
    mp_test_ui_iterate ();
    snapshot (fixture, "onboarding-concern-closed-day");

    /* Opened again: as before */
    g_assert_true (mp_store_change_closed_days (fixture->store, closed, none, &error));
    g_assert_no_error (error);
    g_assert_true (mp_closed_days_equal (mp_store_get_closed_days (fixture->store), saved));
    g_assert_false (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
    assert_contains (gtk_button_get_label (child (fixture, "earliest_button")), "Thursday 5 March");

    g_clear_pointer (&day, g_date_time_unref);
    day = g_date_time_new_local (2026, 3, 3, 12, 0, 0);
    gtk_calendar_select_day (child (fixture, "needed_by_calendar"), day);
    g_assert_true (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
  }

  /* Send it anyway: it lands in the store's list of the mentorship's concerns (the list the
   * mentor dashboard shows), at once, without a reload. */
  mentorship = _mp_onboarding_window_get_mentorship (fixture->window);
  concerns = mp_store_get_concerns (fixture->store, mentorship);
  n_before = g_list_model_get_n_items (concerns);
  g_signal_connect (concerns, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  gtk_widget_grab_focus (child (fixture, "send_button"));
  g_signal_emit_by_name (child (fixture, "send_button"), "clicked");

  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (concerns), ==, n_before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (concerns); i++)
    {
      g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, i);

      if (g_strcmp0 (mp_concern_get_subject (concern), "Badge for the back door") == 0)
        {
          const GDate *needed_by = mp_concern_get_needed_by (concern);

          found = TRUE;
          g_assert_cmpint (mp_concern_get_status (concern), ==, MP_CONCERN_STATUS_OPEN);
          g_assert_cmpstr (mp_concern_get_text (concern), ==, "Whom do I ask for a badge before Tuesday’s delivery?");
          g_assert_true (needed_by != NULL && g_date_valid (needed_by));
          g_assert_cmpint (g_date_get_day (needed_by), ==, 3);
          g_assert_true (mp_concern_get_mentorship (concern) == mentorship);
        }
    }
  g_assert_true (found);
  g_signal_handlers_disconnect_by_data (concerns, &changes);

  /* The form is ready for the next one, and the concern is in "My concerns"; "Send" is
   * greyed out: the keyboard's focus is back on the form's first field, not lost. */
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "subject_entry")), ==, "");
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));
  {
    gint64 end = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
    GtkWidget *focus = NULL;

    do
      {
        mp_test_ui_iterate ();
        g_usleep (10000);
        focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      }
    while ((focus == NULL || gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != child (fixture, "subject_entry")) &&
           g_get_monotonic_time () < end);
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) == child (fixture, "subject_entry"));
  }
  g_assert_true (gtk_widget_get_visible (child (fixture, "sent_label")));
  g_assert_false (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  mp_test_ui_iterate ();
  list_text = text_of (child (fixture, "concerns_list"));
  assert_contains (list_text, "Badge for the back door");
  assert_contains (list_text, "Waiting for an answer");
  snapshot (fixture, "onboarding-concern-sent");

  /* ...and in the mentor's dashboard, which was open all along. */
  g_assert_true (mp_mentor_window_get_mentorship (mentor_window) == mentorship);
  mentor_text = text_of (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (mentor_window), MP_TYPE_MENTOR_WINDOW,
                                                                     "concerns_list")));
  assert_contains (mentor_text, "Badge for the back door");
  assert_contains (mentor_text, "Whom do I ask for a badge before Tuesday’s delivery?");

  /* The mentor answers (from the dashboard): the answer shows here without a reload. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *answered = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (concerns); i++)
      {
        g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, i);

        if (g_strcmp0 (mp_concern_get_subject (concern), "Badge for the back door") == 0)
          g_assert_true (mp_store_answer_concern (fixture->store, concern, "Ask the Administration office.", &error));
      }
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    answered = text_of (child (fixture, "concerns_list"));
    assert_contains (answered, "Ask the Administration office.");
    assert_contains (answered, "Answer from Helen Okafor");
  }

  /* Only keeping the mentor informed ("when input is desired" leaves the day out): no day to
   * pick, so none is short nor past; the calendar is greyed out; it is sent without a day,
   * and the form asks for one again afterwards. */
  {
    g_autoptr(MpConcern) informed = NULL;

    day = g_date_time_new_local (2026, 3, 1, 12, 0, 0);
    gtk_calendar_select_day (child (fixture, "needed_by_calendar"), day);
    g_clear_pointer (&day, g_date_time_unref);
    gtk_editable_set_text (child (fixture, "subject_entry"), "Settled in at Central");
    g_assert_false (gtk_widget_is_sensitive (child (fixture, "send_button")));
    gtk_check_button_set_active (child (fixture, "needs_answer_check"), FALSE);
    g_assert_false (gtk_widget_is_sensitive (child (fixture, "needed_by_calendar")));
    g_assert_false (gtk_widget_get_visible (child (fixture, "lead_warning_box")));
    g_assert_null (strstr (gtk_label_get_text (child (fixture, "send_reason_label")), "has passed"));
    assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")),
                     "No day: Helen Okafor is kept informed, and answers when they can.");
    g_assert_true (gtk_widget_is_sensitive (child (fixture, "send_button")));
    mp_test_ui_iterate ();
    snapshot (fixture, "onboarding-concern-no-day");

    n_before = g_list_model_get_n_items (concerns);
    g_signal_emit_by_name (child (fixture, "send_button"), "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (concerns), ==, n_before + 1);
    for (guint i = 0; i < g_list_model_get_n_items (concerns); i++)
      {
        g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, i);

        if (g_strcmp0 (mp_concern_get_subject (concern), "Settled in at Central") == 0)
          informed = g_object_ref (concern);
      }
    g_assert_nonnull (informed);
    g_assert_true (mp_concern_get_needed_by (informed) == NULL || !g_date_valid (mp_concern_get_needed_by (informed)));
    g_assert_true (gtk_check_button_get_active (child (fixture, "needs_answer_check")));
    g_assert_true (gtk_widget_is_sensitive (child (fixture, "needed_by_calendar")));
    assert_contains (gtk_label_get_text (child (fixture, "needed_by_label")), "Thursday 5 March");

    mp_test_ui_iterate ();
    g_free (mentor_text);
    mentor_text = text_of (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (mentor_window), MP_TYPE_MENTOR_WINDOW,
                                                                       "concerns_list")));
    assert_contains (mentor_text, "Settled in at Central");
  }

  gtk_window_destroy (GTK_WINDOW (mentor_window));
}

static void
test_store_error_keeps_text (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  g_autoptr(GError) error = NULL;
  g_autofree char *private_path = mp_demo_private_path (fixture->db_path);
  g_autofree char *details = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  /* The same database, opened read-only: every write fails. */
  g_clear_object (&fixture->store);
  fixture->store = mp_store_open_full (fixture->db_path, private_path,
                                       MP_STORE_OPEN_READ_ONLY | MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  open_window (fixture, "praman", &today, 1100);
  show_page (fixture, "concerns");
  gtk_editable_set_text (child (fixture, "subject_entry"), "Parking");
  buffer = gtk_text_view_get_buffer (child (fixture, "details_view"));
  gtk_text_buffer_set_text (buffer, "Where do I park on the first day?", -1);
  g_signal_emit_by_name (child (fixture, "send_button"), "clicked");

  g_assert_true (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
  assert_contains (gtk_label_get_text (child (fixture, "banner_label")), "Your concern was not sent.");
  assert_contains (gtk_label_get_text (child (fixture, "banner_label")), "read-only");
  assert_contains (gtk_label_get_text (child (fixture, "banner_label")), "What you wrote is still here");
  /* Read-only: trying again would not help, and the banner does not suggest it. */
  g_assert_null (strstr (gtk_label_get_text (child (fixture, "banner_label")), "try again"));
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "subject_entry")), ==, "Parking");
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  details = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (details, ==, "Where do I park on the first day?");
  mp_test_ui_iterate ();
  snapshot (fixture, "onboarding-store-error");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.dismiss-banner", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (child (fixture, "banner_revealer")));
}

static MpDepartment *
department_of_row (Fixture *fixture,
                   guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (child (fixture, "directory_list"), index);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "department") : NULL;
}

static void
search (Fixture    *fixture,
        const char *text)
{
  GtkEditable *entry = child (fixture, "directory_search");

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "search-changed");
  mp_test_ui_iterate ();
}

static void
test_directory_search (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GDate today = make_date (MONTH_3_DAY);
  GtkListBox *list;
  guint all;

  open_window (fixture, "amensah", &today, 1100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pages")), ==, "directory");
  list = child (fixture, "directory_list");
  all = count_rows (list);
  g_assert_cmpuint (all, ==, g_list_model_get_n_items (mp_store_get_departments (fixture->store)));
  g_assert_cmpuint (all, >=, 6);

  /* A word of a description only ("Interlibrary loan among the member libraries…"). */
  search (fixture, "interlibrary");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (mp_department_get_name (department_of_row (fixture, 0)), ==, "Resource Sharing and Delivery");

  /* Any case, and every word must match: "help desk" is whom to ask in Technology Services. */
  search (fixture, "HELP Desk");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (mp_department_get_name (department_of_row (fixture, 0)), ==, "Technology Services");

  /* A word of a name; and the departments come by name. */
  search (fixture, "office");
  g_assert_cmpuint (count_rows (list), >=, 2);

  search (fixture, "zeppelin");
  g_assert_cmpuint (count_rows (list), ==, 0);
  assert_contains (gtk_label_get_text (child (fixture, "directory_count_label")), "No department matches");
  /* Said once: the empty list (and its placeholder) is not shown under that line. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (list)));

  search (fixture, "reimbursement");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (mp_department_get_name (department_of_row (fixture, 0)), ==, "Business Office");
  snapshot (fixture, "onboarding-directory-search");

  /* Accents or none, either way round: "nominas" finds "Nóminas", "Núñez" finds "Nunez". */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MpDepartment) office =
      mp_department_copy (mp_store_lookup_department_by_name (fixture->store, "Business Office"));

    mp_department_set_description (office, "Nóminas y reembolsos; ask Ana Nunez");
    g_assert_true (mp_store_save_department (fixture->store, office, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
  }
  search (fixture, "nominas");
  g_assert_cmpuint (count_rows (list), ==, 1);
  search (fixture, "NÓMINAS núñez");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_cmpstr (mp_department_get_name (department_of_row (fixture, 0)), ==, "Business Office");

  /* Escape empties the search: every department again. */
  g_signal_emit_by_name (child (fixture, "directory_search"), "stop-search");
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "directory_search")), ==, "");
  g_assert_cmpuint (count_rows (list), ==, all);

  search (fixture, "");
  g_assert_cmpuint (count_rows (list), ==, all);
  snapshot (fixture, "onboarding-directory");

  show_page (fixture, "questions");
  g_assert_cmpuint (count_rows (child (fixture, "questions_list")), ==, 6);
  snapshot (fixture, "onboarding-questions");
}

static void
test_ics (Fixture       *fixture,
          gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  g_autoptr(GError) error = NULL;
  g_autoptr(ICalComponent) calendar = NULL;
  g_autoptr(ICalComponent) event = NULL;
  g_autoptr(ICalTime) start = NULL;
  g_autofree char *uid = NULL;
  MpMeeting *next;

  open_window (fixture, "praman", &today, 1100);
  show_page (fixture, "timeline");
  next = _mp_onboarding_window_get_next_meeting (fixture->window);
  g_assert_nonnull (next);

  /* "Add to my calendar" asks where to save, suggesting a name; accepting writes the meeting
   * there. It parses back with libical: one event, the meeting's uid and time. */
  calendar = save_to_calendar (fixture, "win.add-to-calendar", "mentoring-meeting-2026-03-05.ics", "meeting.ics");
  g_assert_cmpint (i_cal_component_isa (calendar), ==, I_CAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (i_cal_component_count_components (calendar, I_CAL_VEVENT_COMPONENT), ==, 1);
  event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
  uid = mp_ics_uid (next);
  g_assert_cmpstr (i_cal_component_get_uid (event), ==, uid);
  start = i_cal_component_get_dtstart (event);
  g_assert_cmpint (i_cal_time_get_year (start), ==, 2026);
  g_assert_cmpint (i_cal_time_get_month (start), ==, 3);
  g_assert_cmpint (i_cal_time_get_day (start), ==, 5);
  /* The time is written in the local zone (TZID, with its VTIMEZONE): read as that zone's */
  g_assert_cmpint (i_cal_time_as_timet_with_zone (start, i_cal_time_get_timezone (start)), ==,
                   g_date_time_to_unix (mp_meeting_get_starts_at (next)));
  assert_contains (i_cal_component_get_summary (event), "Helen Okafor");

  /* "Add all to my calendar" (Ctrl+E) writes every meeting planned from the next one on */
  {
    GListModel *meetings = mp_store_get_meetings (fixture->store, _mp_onboarding_window_get_mentorship (fixture->window));
    g_autoptr(ICalComponent) all_calendar = NULL;
    guint planned = 0;

    /* A second meeting planned, a week after the next */
    {
      g_autoptr(GDateTime) later = g_date_time_add_days (mp_meeting_get_starts_at (next), 7);
      g_autoptr(MpMeeting) second = mp_meeting_new (_mp_onboarding_window_get_mentorship (fixture->window), later);

      mp_meeting_set_duration_minutes (second, 45);
      g_assert_true (mp_store_save_meeting (fixture->store, second, &error));
      g_assert_no_error (error);
      mp_test_ui_iterate ();
    }

    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

        if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED &&
            g_date_time_compare (mp_meeting_get_starts_at (meeting), mp_meeting_get_starts_at (next)) >= 0)
          planned++;
      }
    g_assert_cmpuint (planned, >=, 2);

    all_calendar = save_all_to_calendar (fixture, "meetings.ics");
    g_assert_cmpint (i_cal_component_count_components (all_calendar, I_CAL_VEVENT_COMPONENT), ==, (int) planned);
  }

  /* A meeting called off after it went to a calendar goes there again, as cancelled and
   * under the UID it had, so that the calendar marks it cancelled; one called off before
   * today does not go. */
  {
    MpMentorship *mentorship = _mp_onboarding_window_get_mentorship (fixture->window);
    GListModel *meetings = mp_store_get_meetings (fixture->store, mentorship);
    g_autoptr(GDateTime) before = g_date_time_add_days (mp_meeting_get_starts_at (next), -10);
    g_autoptr(MpMeeting) past = mp_meeting_new (mentorship, before);
    g_autoptr(ICalComponent) with_cancelled = NULL;
    g_autoptr(ICalComponent) all_cancelled = NULL;
    g_autofree char *past_uid = mp_ics_uid (past);
    const char *past_uuid = mp_meeting_get_uuid (past);
    guint planned = 0, to_come = 0;

    g_assert_true (mp_store_save_meeting (fixture->store, past, &error));
    g_assert_no_error (error);
    g_assert_true (mp_store_cancel_meeting (fixture->store, mp_store_lookup_meeting (fixture->store, past_uuid),
                                            &error));
    g_assert_no_error (error);
    g_assert_true (mp_store_cancel_meeting (fixture->store, next, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();

    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
        MpMeetingStatus status = mp_meeting_get_status (meeting);

        if (g_date_time_compare (mp_meeting_get_starts_at (meeting), mp_meeting_get_starts_at (next)) >= 0 &&
            (status == MP_MEETING_STATUS_SCHEDULED || status == MP_MEETING_STATUS_CANCELLED))
          planned++;
      }

    with_cancelled = save_all_to_calendar (fixture, "meetings-again.ics");
    g_assert_cmpint (event_status (with_cancelled, uid), ==, I_CAL_STATUS_CANCELLED);
    g_assert_cmpint (event_status (with_cancelled, past_uid), ==, I_CAL_STATUS_NONE);
    /* the next meeting, cancelled, and those planned or cancelled after it */
    g_assert_cmpint (i_cal_component_count_components (with_cancelled, I_CAL_VEVENT_COMPONENT), ==, (int) planned);

    /* Every meeting to come called off: there is no next meeting to add, but the
     * cancellations still go to the calendar. */
    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

        if (g_date_time_compare (mp_meeting_get_starts_at (meeting), mp_meeting_get_starts_at (next)) < 0 ||
            mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD)
          continue;
        if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
          {
            g_assert_true (mp_store_cancel_meeting (fixture->store, meeting, &error));
            g_assert_no_error (error);
          }
        to_come++;
      }
    mp_test_ui_iterate ();
    g_assert_null (_mp_onboarding_window_get_next_meeting (fixture->window));
    g_assert_false (gtk_widget_get_sensitive (child (fixture, "calendar_button")));
    /* "Add All to My Calendar…", beside it */
    g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_next_sibling (child (fixture, "calendar_button"))));
    all_cancelled = save_all_to_calendar (fixture, "meetings-cancelled.ics");
    g_assert_cmpint (i_cal_component_count_components (all_cancelled, I_CAL_VEVENT_COMPONENT), ==, (int) to_come);
    g_assert_cmpint (event_status (all_cancelled, uid), ==, I_CAL_STATUS_CANCELLED);
  }
}

static void
test_feedback (Fixture       *fixture,
               gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  MpMentorship *mentorship;
  GListModel *feedback;
  GtkWidget *box;
  GtkWidget *button;
  gboolean found = FALSE;

  /* Sofia finished the program and gave feedback (5, 4, 5): it is loaded, and can change. */
  open_window (fixture, "srossi", &today, 1100);
  show_page (fixture, "feedback");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "feedback_form")));
  box = child (fixture, "meetings_rating_box");
  button = gtk_widget_get_first_child (box);
  for (guint i = 0; i < 3; i++)
    button = gtk_widget_get_next_sibling (button);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));  /* 4 */
  button = gtk_widget_get_next_sibling (button);                              /* 5 */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "feedback_button")));
  snapshot (fixture, "onboarding-feedback");
  g_signal_emit_by_name (child (fixture, "feedback_button"), "clicked");

  mentorship = _mp_onboarding_window_get_mentorship (fixture->window);
  feedback = mp_store_get_feedback (fixture->store, mentorship);
  for (guint i = 0; i < g_list_model_get_n_items (feedback); i++)
    {
      g_autoptr(MpFeedback) item = g_list_model_get_item (feedback, i);

      if (mp_feedback_get_role (item) == MP_FEEDBACK_ROLE_EMPLOYEE)
        {
          found = TRUE;
          g_assert_cmpint (mp_feedback_get_program_rating (item), ==, 5);
          g_assert_cmpint (mp_feedback_get_meetings_rating (item), ==, 5);
          g_assert_cmpint (mp_feedback_get_usefulness_rating (item), ==, 5);
        }
    }
  g_assert_true (found);
  assert_contains (gtk_label_get_text (child (fixture, "feedback_status_label")), "Thank you");
}

/* The message dialog asking about @window, if one is up. */
static GtkWindow *
find_question (GtkWindow *window)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (toplevel) == window)
        return toplevel;
    }

  return NULL;
}

/* Closes the window: with nothing to lose, it goes; otherwise it asks, stays on Keep Editing,
 * and goes on Discard. */
static void
close_window (Fixture  *fixture,
              gboolean  asks)
{
  GtkWindow *window = GTK_WINDOW (fixture->window);
  GtkWindow *question;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &fixture->window);
  gtk_window_close (window);
  mp_test_ui_iterate ();
  if (!asks)
    {
      g_assert_null (fixture->window);
      return;
    }

  g_assert_nonnull (fixture->window);
  question = find_question (window);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
  g_assert_nonnull (fixture->window);
  g_assert_null (find_question (window));

  gtk_window_close (window);
  mp_test_ui_iterate ();
  question = find_question (window);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_null (fixture->window);
}

/* A concern written and not sent, or feedback changed and not sent, is not lost to closing
 * the window without a question; nothing written, nothing asked. */
static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);
  MpMentorship *mentorship;
  guint n_concerns;
  GtkWidget *button;

  open_window (fixture, "dbrooks", &today, 1100);
  close_window (fixture, FALSE);

  open_window (fixture, "dbrooks", &today, 1100);
  mentorship = _mp_onboarding_window_get_mentorship (fixture->window);
  n_concerns = g_list_model_get_n_items (mp_store_get_concerns (fixture->store, mentorship));
  show_page (fixture, "concerns");
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "subject_entry")), "Parking permit");
  close_window (fixture, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_concerns (fixture->store, mentorship)), ==, n_concerns);

  open_window (fixture, "dbrooks", &today, 1100);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (fixture, "details_view"))),
                            "Where do I park?", -1);
  close_window (fixture, TRUE);

  /* Sofia's feedback as sent: nothing to ask; a rating changed: asked. */
  open_window (fixture, "srossi", &today, 1100);
  show_page (fixture, "feedback");
  close_window (fixture, FALSE);

  open_window (fixture, "srossi", &today, 1100);
  show_page (fixture, "feedback");
  button = gtk_widget_get_first_child (child (fixture, "meetings_rating_box"));
  for (guint i = 0; i < 4; i++)
    button = gtk_widget_get_next_sibling (button);  /* 5, not the 4 sent */
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  close_window (fixture, TRUE);
}

static void
test_feedback_not_yet (Fixture       *fixture,
                       gconstpointer  user_data)
{
  GDate today = make_date (MONTH_3_DAY);

  open_window (fixture, "amensah", &today, 1100);
  show_page (fixture, "feedback");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "feedback_form")));
  assert_contains (gtk_label_get_text (child (fixture, "feedback_availability_label")), "Feedback opens");
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "feedback_button")));
}

/* A control a screen reader can name: an accessible label, a labelling widget, or the text
 * it shows (a button's label, a label inside a button or row). */
static gboolean
has_visible_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_visible_text (c))
      return TRUE;

  return FALSE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *unnamed)
{
  GtkWidget *control = widget;

  if (!gtk_widget_get_mapped (widget))
    return;

  /* GTK's own window buttons are GTK's business. */
  if (GTK_IS_WINDOW_CONTROLS (widget))
    return;

  /* An entry's text field takes the focus; the entry is what has the name. (The button inside
   * a menu button takes the focus too: GTK labels it by the menu button.) */
  if (GTK_IS_TEXT (widget) && gtk_widget_get_parent (widget) != NULL &&
      (GTK_IS_ENTRY (gtk_widget_get_parent (widget)) || GTK_IS_SEARCH_ENTRY (gtk_widget_get_parent (widget))))
    control = gtk_widget_get_parent (widget);

  if (gtk_widget_get_focusable (widget) &&
      (GTK_IS_BUTTON (control) || GTK_IS_ENTRY (control) || GTK_IS_SEARCH_ENTRY (control) ||
       GTK_IS_TEXT_VIEW (control) || GTK_IS_CALENDAR (control) || GTK_IS_LIST_BOX_ROW (control)))
    {
      gboolean named = gtk_test_accessible_has_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
                       gtk_test_accessible_has_relation (GTK_ACCESSIBLE (control),
                                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
                       ((GTK_IS_BUTTON (control) || GTK_IS_LIST_BOX_ROW (control)) && has_visible_text (control));

      if (!named)
        g_ptr_array_add (unnamed, g_strdup_printf ("%s in %s", G_OBJECT_TYPE_NAME (control),
                                                   G_OBJECT_TYPE_NAME (gtk_widget_get_parent (control))));
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_unnamed (c, unnamed);
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  user_data)
{
  static const char *pages[] = { "welcome", "timeline", "checklist", "directory", "questions", "concerns", "feedback" };
  GDate today = make_date (DEMO_DAY);

  open_window (fixture, "praman", &today, 1100);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);

      show_page (fixture, pages[i]);
      collect_unnamed (GTK_WIDGET (fixture->window), unnamed);
      for (guint j = 0; j < unnamed->len; j++)
        g_test_message ("%s: no accessible name: %s", pages[i], (char *) g_ptr_array_index (unnamed, j));
      g_assert_cmpuint (unnamed->len, ==, 0);
    }
}

/* The Welcome page's values (what was agreed) are named by their captions alone and
 * described by themselves: not "Mornings before the first route Best days" */
static void
test_welcome_values_named (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *rows[][2] = {
    { "best_days_label", "best_days_caption" },
    { "channels_label", "channels_caption" },
    { "expectations_label", "expectations_caption" },
  };
  GDate today = make_date (DEMO_DAY);

  open_window (fixture, "amensah", &today, 1100);
  show_page (fixture, "welcome");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkLabel *value = child (fixture, rows[i][0]);
      GtkWidget *caption = child (fixture, rows[i][1]);

      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (value)));
      g_assert_cmpstr (gtk_label_get_text (value), !=, "");
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_null (gtk_test_accessible_check_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                         caption, NULL));
      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                         gtk_label_get_text (value)));
    }
}

static void
test_no_mentorship (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GDate today = make_date (DEMO_DAY);

  /* Nia is on the staff, with no mentor yet */
  open_window (fixture, "nwilliams", &today, 1100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "main_stack")), ==, "empty");
  g_assert_cmpstr (mp_status_page_get_title (child (fixture, "empty_page")), ==,
                   "Your HR Administrator Will Pair You With a Mentor");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();

  /* Helen mentors, but nobody mentors her: the view is not hers to wait for */
  open_window (fixture, "hokafor", &today, 1100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "main_stack")), ==, "empty");
  g_assert_cmpstr (mp_status_page_get_title (child (fixture, "empty_page")), ==, "This View Is for New Employees");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.raise-concern", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "main_stack")), ==, "empty");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "pages")), ==, "welcome");
  snapshot (fixture, "onboarding-no-mentorship");
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible properties are kept (and can be checked) with the test backend; "none"
   * drops them. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/onboarding/before-start", Fixture, NULL, fixture_set_up, test_before_start, fixture_tear_down);
  g_test_add ("/onboarding/month-3", Fixture, NULL, fixture_set_up, test_month_3, fixture_tear_down);
  g_test_add ("/onboarding/completed-early-timeline", Fixture, NULL, fixture_set_up, test_completed_early_timeline,
              fixture_tear_down);
  g_test_add ("/onboarding/phase-done-needs-work", Fixture, NULL, fixture_set_up, test_phase_done_needs_work,
              fixture_tear_down);
  g_test_add ("/onboarding/called-off", Fixture, NULL, fixture_set_up, test_called_off, fixture_tear_down);
  g_test_add ("/onboarding/ended-early", Fixture, NULL, fixture_set_up, test_ended_early, fixture_tear_down);
  g_test_add ("/onboarding/meeting-not-recorded", Fixture, NULL, fixture_set_up, test_meeting_not_recorded,
              fixture_tear_down);
  g_test_add ("/onboarding/people-met", Fixture, NULL, fixture_set_up, test_people_met, fixture_tear_down);
  g_test_add ("/onboarding/concern-after-end", Fixture, NULL,
              fixture_set_up, test_concern_after_end, fixture_tear_down);
  g_test_add ("/onboarding/concern-lead-time", Fixture, NULL,
              fixture_set_up, test_concern_lead_time, fixture_tear_down);
  g_test_add ("/onboarding/concern-calendar-wheel", Fixture, NULL,
              fixture_set_up, test_concern_calendar_wheel, fixture_tear_down);
  g_test_add ("/onboarding/store-error-keeps-text", Fixture, NULL,
              fixture_set_up, test_store_error_keeps_text, fixture_tear_down);
  g_test_add ("/onboarding/directory-search", Fixture, NULL,
              fixture_set_up, test_directory_search, fixture_tear_down);
  g_test_add ("/onboarding/ics", Fixture, NULL, fixture_set_up, test_ics, fixture_tear_down);
  g_test_add ("/onboarding/feedback", Fixture, NULL, fixture_set_up, test_feedback, fixture_tear_down);
  g_test_add ("/onboarding/close-asks", Fixture, NULL, fixture_set_up, test_close_asks, fixture_tear_down);
  g_test_add ("/onboarding/feedback-not-yet", Fixture, NULL,
              fixture_set_up, test_feedback_not_yet, fixture_tear_down);
  g_test_add ("/onboarding/accessible-names", Fixture, NULL,
              fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/onboarding/welcome-values-named", Fixture, NULL, fixture_set_up, test_welcome_values_named,
              fixture_tear_down);
  g_test_add ("/onboarding/no-mentorship", Fixture, NULL, fixture_set_up, test_no_mentorship, fixture_tear_down);

  return g_test_run ();
}

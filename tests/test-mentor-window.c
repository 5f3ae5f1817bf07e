/* test-mentor-window.c: the mentor dashboard on the demo data
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "mp-demo.h"
#include "mp-enum-types.h"
#include "mp-evaluation.h"
#include "mp-feedback-dialog.h"
#include "mp-hr-window.h"
#include "mp-ics.h"
#include "mp-ical-autoptr.h"
#include "mp-log-meeting-dialog.h"
#include "mp-mentor-util.h"
#include "mp-mentor-window.h"
#include "mp-pairing.h"
#include "mp-schedule-dialog.h"
#include "mp-status-page.h"
#include "mp-a11y.h"
#include "mp-test-ui.h"
#include "mp-ui-util.h"

/* The demo is set on Monday 2 March 2026 (mp-demo.c: every stage is relative to it):
 *   Helen Okafor (hokafor) mentors Priya Raman (before arrival) and Liam O'Brien (month 4,
 *     started 100 days ago, his month-4 meeting scheduled);
 *   José Álvarez (jalvarez) mentors Daniel Brooks (week 3: departments and where-to-go
 *     done, equipment and member events still to do);
 *   Noah O'Neill-Williams (nwilliams) mentors no one. */
#define DEMO_DAY 2, G_DATE_MARCH, 2026
#define PRIVATE_MARKER "PRIVATE-NOTE-MARKER-5c1e"

typedef struct
{
  char           *dir;
  char           *db_path;
  MpStore        *store;
  MpMentorWindow *window;
  GDate           today;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char *login = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *private_path = NULL;

  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, DEMO_DAY);

  fixture->dir = g_dir_make_tmp ("mentor-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "demo.sqlite", NULL);
  private_path = mp_demo_private_path (fixture->db_path);

  fixture->store = mp_store_open_full (fixture->db_path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_true (mp_demo_populate (fixture->store, &fixture->today, &error));
  g_assert_no_error (error);
  g_assert_true (mp_store_set_acting_login (fixture->store, login, &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &fixture->today);

  fixture->window = g_object_new (MP_TYPE_MENTOR_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
destroy_toplevels (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (toplevels);
  mp_test_ui_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  destroy_toplevels ();
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
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->db_path, g_free);

  mp_test_ui_assert_no_app_warnings ();
}

static MpMentorship *
find_mentorship (Fixture    *fixture,
                 const char *employee_name)
{
  GListModel *mentees = mp_mentor_window_get_mentees (fixture->window);

  for (guint i = 0; i < g_list_model_get_n_items (mentees); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (mentees, i);

      if (g_str_equal (mp_pairing_get_employee_name (pairing), employee_name))
        return mp_pairing_get_mentorship (pairing);
    }

  g_assert_not_reached ();
  return NULL;
}

static MpPairing *
pairing_of (Fixture      *fixture,
            MpMentorship *mentorship)
{
  return mp_pairing_list_lookup (mp_pairing_list_get_for_store (fixture->store), mentorship);
}

static GtkWidget *
child_of (gpointer    widget,
          GType       type,
          const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);

  return GTK_WIDGET (child);
}

static void
calendar_day (GtkCalendar *calendar,
              GDate       *day)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                  g_date_time_get_year (date));
}

/* A meeting dialog's "How" list offers every way of meeting, each item the word the rest
 * of the app (the dashboard, the onboarding view, the print, the calendar file) uses for
 * the mode its position saves: the dialogs save the position as the mode. */
static void
assert_modes_offered (GtkDropDown *dropdown)
{
  GListModel *items = gtk_drop_down_get_model (dropdown);
  g_autoptr(GEnumClass) modes = g_type_class_ref (MP_TYPE_MEETING_MODE);

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, modes->n_values);
  for (guint i = 0; i < modes->n_values; i++)
    {
      MpMeetingMode mode = (MpMeetingMode) modes->values[i].value;

      g_assert_cmpuint (mode, ==, i);
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), i), ==, mp_meeting_mode_get_label (mode));
    }
}

static void
select_day (GtkCalendar *calendar,
            int          day,
            GDateMonth   month,
            int          year)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (calendar, noon);
}

static MpMeeting *
meeting_on (MpStore      *store,
            MpMentorship *mentorship,
            const GDate  *day,
            int           hour)
{
  GListModel *meetings = mp_store_get_meetings (store, mentorship);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (meeting));
      GDate date = mp_local_date (mp_meeting_get_starts_at (meeting));

      if (g_date_compare (&date, day) == 0 && g_date_time_get_hour (local) == hour)
        return meeting;
    }

  return NULL;
}

/* Select a mentee, open the schedule dialog: its calendar shows the day mp-schedule
 * suggests; save: the store holds the meeting, the calendar marks its day, and the
 * shared pairing (which the HR table binds) shows the new next meeting, without a reload. */
static void
test_schedule (Fixture       *fixture,
               gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpPairing *pairing = pairing_of (fixture, liam);
  g_auto(MpScheduleInfo) info;
  MpScheduleDialog *dialog;
  MpHrWindow *hr_window;
  MpMeeting *meeting;
  GtkWidget *save;
  GDate shown, suggested, chosen;
  gint64 next_before, hr_next = 0;
  guint n_before;

  /* Two mentees, the one due first on top. */
  g_assert_cmpuint (g_list_model_get_n_items (mp_mentor_window_get_mentees (fixture->window)), ==, 2);

  /* An HR window open at the same time. */
  hr_window = g_object_new (MP_TYPE_HR_WINDOW, "store", fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (hr_window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (hr_window));

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  g_assert_true (mp_mentor_window_get_mentorship (fixture->window) == liam);

  mp_schedule_info_init (&info);
  mp_schedule_compute_for_mentorship (liam, mp_store_get_meetings (fixture->store, liam),
                                      mp_mentor_window_get_mentor_meetings (fixture->window),
                                      mp_store_get_closed_days (fixture->store), &fixture->today, NULL, &info);
  g_assert_true (g_date_valid (&info.suggested));

  next_before = mp_pairing_get_next_meeting_unix (pairing);
  n_before = g_list_model_get_n_items (mp_store_get_meetings (fixture->store, liam));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-schedule-dialog"));
  assert_modes_offered (GTK_DROP_DOWN (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "mode_dropdown")));

  /* Its calendar is on the suggested day, with the reason beside it. */
  calendar_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), &shown);
  mp_schedule_dialog_get_suggested (dialog, &suggested);
  g_assert_cmpint (g_date_compare (&shown, &info.suggested), ==, 0);
  g_assert_cmpint (g_date_compare (&suggested, &info.suggested), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "reason_label"))),
                   ==, info.reason);
  /* The day it suggests is fine by its own measure: no warning. */
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  g_assert_cmpuint (mp_schedule_dialog_get_n_warnings (dialog), ==, 0);
  /* Three notches of the wheel over its calendar leave it on that day (GTK 4.8's calendar
   * turned a month for each); as many back up leave the dialog as it was */
  {
    GtkWidget *calendar = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar");

    for (guint i = 0; i < 3; i++)
      mp_test_ui_scroll (calendar, 0, 1);
    calendar_day (GTK_CALENDAR (calendar), &shown);
    g_assert_cmpint (g_date_compare (&shown, &info.suggested), ==, 0);
    for (guint i = 0; i < 3; i++)
      mp_test_ui_scroll (calendar, 0, -1);
  }

  /* The time's list opens on the time chosen, not on the first of the day: from the
   * keyboard, Down goes to the next quarter hour */
  {
    GtkDropDown *time = GTK_DROP_DOWN (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "time_dropdown"));
    GtkWidget *toggle = gtk_widget_get_first_child (GTK_WIDGET (time));
    GtkWidget *focus = NULL, *label = NULL;
    GObject *selected = gtk_drop_down_get_selected_item (time);
    g_auto(GValue) value = G_VALUE_INIT;

    g_assert_cmpuint (gtk_drop_down_get_selected (time), >, 8);
    g_assert_true (gtk_expression_evaluate (gtk_drop_down_get_expression (time), selected, &value));
    gtk_widget_grab_focus (toggle);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
    for (guint i = 0; i < 100 && (label == NULL || g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)),
                                                              g_value_get_string (&value)) != 0); i++)
      {
        mp_test_ui_iterate ();
        g_usleep (10000);
        focus = gtk_window_get_focus (GTK_WINDOW (dialog));
        label = focus != NULL ? mp_test_ui_find_descendant (focus, GTK_TYPE_LABEL) : NULL;
      }
    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, g_value_get_string (&value));
    /* (its search field is named after the field, not "GtkSearchEntry") */
    {
      GtkWidget *search = mp_test_ui_find_descendant (GTK_WIDGET (time), GTK_TYPE_SEARCH_ENTRY);
      g_autoptr(GList) captions = gtk_widget_list_mnemonic_labels (GTK_WIDGET (time));
      g_autofree char *caption = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *wrong = NULL;

      g_assert_nonnull (search);
      g_assert_nonnull (captions);
      caption = mp_a11y_strip_mnemonic (gtk_label_get_label (captions->data));
      expected = g_strdup_printf ("Search %s", caption);
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      if (wrong != NULL)
        g_error ("The time's search field is named “%s”, not “%s”", wrong, expected);
    }
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
    mp_test_ui_iterate ();
  }

  /* The arrows move the day chosen in the calendar (not a cell of GTK's that started on
   * the first one shown): Right the next day, Down a week on; Space keeps it */
  {
    GtkCalendar *calendar = GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar"));
    GtkEventController *keys = g_object_get_data (G_OBJECT (calendar), "mp-a11y-calendar-keys");
    GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (calendar));
    g_autoptr(GDateTime) before = gtk_calendar_get_date (calendar);
    gboolean handled = FALSE;
    GDate day;

    g_assert_nonnull (keys);
    gtk_widget_grab_focus (GTK_WIDGET (calendar));
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, (GdkModifierType) 0, &handled);
    g_assert_true (handled);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, (GdkModifierType) 0, &handled);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_space, 0, (GdkModifierType) 0, &handled);
    g_assert_true (handled);
    {
      g_autoptr(GDateTime) after = gtk_calendar_get_date (calendar);

      g_assert_cmpint (g_date_time_difference (after, before) / G_TIME_SPAN_DAY, ==, 8);
    }
    calendar_day (calendar, &day);
    g_assert_cmpint (g_date_days_between (&shown, &day), ==, 8);
    /* ...and the header's buttons keep theirs */
    gtk_widget_grab_focus (gtk_widget_get_first_child (header));
    handled = TRUE;
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_space, 0, (GdkModifierType) 0, &handled);
    g_assert_false (handled);
    gtk_calendar_select_day (calendar, before);
    mp_test_ui_iterate ();
  }

  /* The agenda starts with the phase's activity still to do. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG,
                                                                               "agenda_view")));
    g_autofree char *agenda = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    agenda = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_nonnull (strstr (agenda, "Miscellaneous"));
  }

  /* Liam's month-4 meeting is already set: the day suggested is for the one after it. The
   * day before it instead, at 09:00, so the new one becomes the next. */
  {
    g_autoptr(GDateTime) next_at = g_date_time_new_from_unix_local (next_before);
    GDate arranged = mp_local_date (next_at);

    g_assert_cmpint (next_before, !=, G_MAXINT64);
    g_assert_cmpint (g_date_compare (&info.suggested, &arranged), >, 0);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW,
                                                                       "reason_label"))),
                              "Suggested day for the meeting after: "));
    chosen = arranged;
    g_date_subtract_days (&chosen, 1);
    select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), g_date_get_day (&chosen),
                g_date_get_month (&chosen), g_date_get_year (&chosen));
  }
  mp_schedule_dialog_set_time (dialog, 9 * 60);
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  save = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "save_button");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  mp_test_ui_iterate ();

  /* The store holds it. */
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, liam)), ==, n_before + 1);
  meeting = meeting_on (fixture->store, liam, &chosen, 9);
  g_assert_nonnull (meeting);
  g_assert_cmpint (mp_meeting_get_status (meeting), ==, MP_MEETING_STATUS_SCHEDULED);
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG));

  /* The calendar shows its month with the day marked. */
  {
    GtkCalendar *calendar = mp_mentor_window_get_calendar (fixture->window);

    calendar_day (calendar, &shown);
    g_assert_cmpint (g_date_get_month (&shown), ==, g_date_get_month (&chosen));
    g_assert_true (gtk_calendar_get_day_is_marked (calendar, g_date_get_day (&chosen)));

    /* Marks follow the month: in January 2026 exactly the days of the mentor's meetings. */
    select_day (calendar, 1, G_DATE_JANUARY, 2026);
    mp_test_ui_iterate ();
    {
      GListModel *all = mp_mentor_window_get_mentor_meetings (fixture->window);
      gboolean expected[32] = { FALSE, };
      guint n_marked = 0;

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(MpMeeting) m = g_list_model_get_item (all, i);
          GDate d = mp_local_date (mp_meeting_get_starts_at (m));

          if (mp_meeting_get_status (m) != MP_MEETING_STATUS_CANCELLED &&
              g_date_get_year (&d) == 2026 && g_date_get_month (&d) == G_DATE_JANUARY)
            expected[g_date_get_day (&d)] = TRUE;
        }
      for (guint d = 1; d <= 31; d++)
        {
          g_assert_cmpint (gtk_calendar_get_day_is_marked (calendar, d), ==, expected[d]);
          n_marked += expected[d];
        }
      g_assert_cmpuint (n_marked, >, 0);
    }
    select_day (calendar, g_date_get_day (&chosen), g_date_get_month (&chosen),
                g_date_get_year (&chosen));
    mp_test_ui_iterate ();
    g_assert_true (gtk_calendar_get_day_is_marked (calendar, g_date_get_day (&chosen)));
  }

  /* The shared pairing, which the HR table binds, has the new next meeting. */
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (pairing), ==,
                   g_date_time_to_unix (mp_meeting_get_starts_at (meeting)));
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (pairing), <, next_before);

  /* And so does the HR window's table, from the same list. */
  {
    GListModel *shown_pairings = mp_hr_window_get_shown_pairings (hr_window);

    for (guint i = 0; shown_pairings != NULL && i < g_list_model_get_n_items (shown_pairings); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (shown_pairings, i);

        if (MP_IS_PAIRING (item) && mp_pairing_get_mentorship (MP_PAIRING (item)) == liam)
          g_object_get (item, "next-meeting-unix", &hr_next, NULL);
      }
    if (hr_next != 0)
      g_assert_cmpint (hr_next, ==, g_date_time_to_unix (mp_meeting_get_starts_at (meeting)));
    else
      g_test_message ("the HR window does not list Liam's pairing for this user");
  }

  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-scheduled"));

  mp_test_ui_iterate ();
  gtk_window_destroy (GTK_WINDOW (hr_window));
  mp_test_ui_iterate ();
}

/* Reschedule a meeting from its row, then cancel it (after confirming). */
static void
test_reschedule_and_cancel (Fixture       *fixture,
                            gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpPairing *pairing = pairing_of (fixture, liam);
  g_autoptr(GDateTime) from = mp_local_date_time (&fixture->today, 0);
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autofree char *uuid = NULL;
  MpScheduleDialog *dialog;
  MpMeeting *meeting = NULL;
  GtkMessageDialog *confirm;
  GDate shown, day;
  guint n;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  upcoming = mp_ics_collect_upcoming (fixture->store, mp_store_get_current_person (fixture->store), from, NULL);
  for (guint i = 0; i < upcoming->len; i++)
    if (mp_meeting_get_mentorship (g_ptr_array_index (upcoming, i)) == liam)
      meeting = g_ptr_array_index (upcoming, i);
  g_assert_nonnull (meeting);
  uuid = g_strdup (mp_meeting_get_uuid (meeting));
  n = g_list_model_get_n_items (mp_store_get_meetings (fixture->store, liam));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "mentor.reschedule", "s", uuid));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (mp_schedule_dialog_get_meeting (dialog) == meeting);

  /* It opens on the meeting's own day. */
  day = mp_local_date (mp_meeting_get_starts_at (meeting));
  calendar_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), &shown);
  g_assert_cmpint (g_date_compare (&shown, &day), ==, 0);
  g_assert_true (gtk_widget_get_visible (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "cancel_meeting_button")));
  g_assert_cmpstr (mp_widget_get_tooltip (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "cancel_meeting_button")), ==,
                   "Call this meeting off; it stays in the history as cancelled");
  /* Not beside Save in the header, where the header's Cancel only closes the dialog */
  g_assert_null (gtk_widget_get_ancestor (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "cancel_meeting_button"),
                                          GTK_TYPE_HEADER_BAR));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-reschedule-dialog"));

  /* Moved to Thursday 19 March: the same meeting, a new day; nothing added. */
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), 19, G_DATE_MARCH, 2026);
  g_signal_emit_by_name (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "save_button"), "clicked");
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, liam)), ==, n);
  day = mp_local_date (mp_meeting_get_starts_at (meeting));
  g_assert_cmpint (g_date_get_day (&day), ==, 19);
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (pairing), ==, g_date_time_to_unix (mp_meeting_get_starts_at (meeting)));
  g_assert_true (gtk_calendar_get_day_is_marked (mp_mentor_window_get_calendar (fixture->window), 19));

  /* Cancelled, after saying yes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "mentor.reschedule", "s", uuid));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_signal_emit_by_name (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "cancel_meeting_button"), "clicked");
  confirm = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_cmpint (mp_meeting_get_status (meeting), ==, MP_MEETING_STATUS_SCHEDULED);
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_meeting_get_status (meeting), ==, MP_MEETING_STATUS_CANCELLED);
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG));
  g_assert_false (gtk_calendar_get_day_is_marked (mp_mentor_window_get_calendar (fixture->window), 19));
  g_assert_cmpint (mp_pairing_get_next_meeting_unix (pairing), ==, G_MAXINT64);
}

/* An activity of an earlier phase still pending (the member event had not happened) stays
 * on the agenda proposed in the months after, before the month's own, and nothing done is. */
static void
test_schedule_agenda_carries_over (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpActivityProgress *progress = mp_store_lookup_activity_progress (fixture->store, liam, "member-events");
  g_autoptr(GError) error = NULL;
  g_autofree char *agenda = NULL;
  MpScheduleDialog *dialog;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  const char *event, *own;

  g_assert_nonnull (progress);
  g_assert_true (mp_store_set_activity_state (fixture->store, progress, MP_ACTIVITY_STATE_PENDING, NULL, NULL,
                                              &error));
  g_assert_no_error (error);

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "agenda_view")));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  agenda = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  g_assert_true (g_str_has_prefix (agenda, "Still to cover:\n"));
  event = strstr (agenda, "• Meet members at a large member event\n");
  own = strstr (agenda, "• Miscellaneous: position-specific\n");
  g_assert_nonnull (event);
  g_assert_nonnull (own);
  g_assert_true (event < own);
  g_assert_null (strstr (agenda, "equipment"));
  g_assert_null (strstr (agenda, "Shadow"));
  g_assert_null (strstr (agenda, "committee"));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-schedule-agenda-carried-over"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  mp_test_ui_iterate ();
}

/* The mentor's end-of-program feedback: closed before the program's last month, then given
 * through its dialog (nothing to send until something is answered), kept with the mentor's
 * role, shown as sent, changed with the answers filled in, and counted by the evaluation. */
static void
test_feedback (Fixture       *fixture,
               gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpPairingList *pairings = mp_pairing_list_get_for_store (fixture->store);
  g_autoptr(MpEvaluation) before = NULL;
  g_autoptr(MpEvaluation) after = NULL;
  GtkLabel *label = GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "feedback_label"));
  GtkButton *button = GTK_BUTTON (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "feedback_button"));
  MpFeedbackDialog *dialog;
  MpFeedback *given;
  GtkWidget *send, *reason;
  GtkBox *program_box;
  GtkTextBuffer *comment;
  GDate last_month;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();

  /* Month 4: not yet. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button)));  /* the action is disabled */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.give-feedback", NULL);
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_FEEDBACK_DIALOG));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "the program’s last month"));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "never about Liam O'Brien"));

  /* In the last month */
  last_month = *mp_mentorship_get_start_date (liam);
  g_date_add_months (&last_month, 5);
  g_date_add_days (&last_month, 1);
  mp_pairing_list_set_today (pairings, &last_month);
  mp_test_ui_iterate ();
  g_assert_null (mp_feedback_find (fixture->store, liam, MP_FEEDBACK_ROLE_MENTOR));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "_Give Feedback…");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "Tell Human Resources how the program worked for you"));
  before = mp_evaluation_compute (fixture->store, G_LIST_MODEL (pairings), &last_month);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.give-feedback", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_FEEDBACK_DIALOG);
  g_assert_nonnull (dialog);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  send = child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, "send_button");
  reason = child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, "reason_label");
  /* Send is the default (Enter, once it may be used) */
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) == send);
  program_box = GTK_BOX (child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, "program_box"));
  comment = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, "comment_view")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child_of (dialog, MP_TYPE_FEEDBACK_DIALOG,
                                                                               "intro_label"))),
                            "never how Liam O'Brien did"));
  g_assert_false (gtk_widget_get_sensitive (send));
  g_assert_true (gtk_widget_get_visible (reason));

  /* A screen reader tells the three questions' buttons apart: each is named with its
   * question (GTK 4.8 reads no description through a relation) */
  {
    const char *parts[][2] = { { "program_caption", "program_box" }, { "meetings_caption", "meetings_box" },
                               { "usefulness_caption", "usefulness_box" } };

    for (guint q = 0; q < G_N_ELEMENTS (parts); q++)
      {
        GtkLabel *caption = GTK_LABEL (child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, parts[q][0]));
        GtkWidget *first = gtk_widget_get_first_child (child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, parts[q][1]));
        g_autofree char *question = mp_a11y_strip_mnemonic (gtk_label_get_label (caption));
        g_autofree char *expected = g_strdup_printf ("%s — 1 of 5: Not at all", question);
        g_autofree char *wrong = NULL;

        g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (first)), ==, "1");
        g_assert_cmpuint (strlen (question), >, 10);
        wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (first), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
        if (wrong != NULL)
          g_error ("The rating button is named “%s”, not “%s”", wrong, expected);
      }
  }

  /* 4 of 5 on the first question, a comment */
  {
    GtkWidget *four = gtk_widget_get_first_child (GTK_WIDGET (program_box));

    for (int i = 1; i < 4; i++)
      four = gtk_widget_get_next_sibling (four);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (four)), ==, "4");
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (four), TRUE);
  }
  gtk_text_buffer_set_text (comment, "More time for the committee visit.", -1);
  g_assert_true (gtk_widget_get_sensitive (send));
  g_assert_false (gtk_widget_get_visible (reason));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-feedback-dialog"));
  g_signal_emit_by_name (send, "clicked");
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_FEEDBACK_DIALOG));

  given = mp_feedback_find (fixture->store, liam, MP_FEEDBACK_ROLE_MENTOR);
  g_assert_nonnull (given);
  g_assert_cmpint (mp_feedback_get_role (given), ==, MP_FEEDBACK_ROLE_MENTOR);
  g_assert_cmpint (mp_feedback_get_program_rating (given), ==, 4);
  g_assert_cmpint (mp_feedback_get_meetings_rating (given), ==, 0);
  g_assert_cmpstr (mp_feedback_get_comment (given), ==, "More time for the committee visit.");
  g_assert_nonnull (mp_feedback_get_submitted_at (given));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Change _Feedback…");
  g_assert_nonnull (strstr (gtk_label_get_text (label), "You sent your feedback on "));
  {
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW,
                                                                 "detail_scroller"));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-feedback-given"));
  }

  after = mp_evaluation_compute (fixture->store, G_LIST_MODEL (pairings), &last_month);
  g_assert_cmpuint (after->feedback_mentors, ==, before->feedback_mentors + 1);
  g_assert_cmpuint (after->feedback_employees, ==, before->feedback_employees);

  /* Again: the answers are there, and sending changes the same feedback. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.give-feedback", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_FEEDBACK_DIALOG);
  g_assert_nonnull (dialog);
  send = child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, "send_button");
  comment = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_FEEDBACK_DIALOG, "comment_view")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (send)), ==, "_Update Feedback");
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (comment, &start, &end);
    text = gtk_text_buffer_get_text (comment, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "More time for the committee visit.");
  }
  gtk_text_buffer_set_text (comment, "", -1);
  g_signal_emit_by_name (send, "clicked");
  mp_test_ui_iterate ();
  g_assert_true (given == mp_feedback_find (fixture->store, liam, MP_FEEDBACK_ROLE_MENTOR));
  g_assert_null (mp_feedback_get_comment (given));
  g_assert_cmpint (mp_feedback_get_program_rating (given), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_feedback (fixture->store, liam)), ==, 1);

  /* Priya's pairing, called off before it started: no feedback, whatever the day. */
  {
    MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
    g_autoptr(GError) error = NULL;

    g_assert_true (mp_store_call_off_mentorship (fixture->store, priya, "The hire fell through", &fixture->today,
                                                 &error));
    g_assert_no_error (error);
    g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
    mp_test_ui_iterate ();
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button)));
    g_assert_nonnull (strstr (gtk_label_get_text (label), "called off before it started"));
  }
}

/* A day that has passed, or after 2999, cannot be picked; a weekend and a day past the due
 * date warn. */
static void
test_schedule_bad_input (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GtkCalendar *calendar;
  MpScheduleDialog *dialog;
  GtkWidget *save, *invalid;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  calendar = GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar"));
  save = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "save_button");
  invalid = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "invalid_label");

  /* Friday 27 February has passed. */
  select_day (calendar, 27, G_DATE_FEBRUARY, 2026);
  g_assert_nonnull (mp_schedule_dialog_get_problem (dialog));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (invalid));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (invalid)), ==, mp_schedule_dialog_get_problem (dialog));

  /* The calendar's year arrows move the day too: 27 February 2027 is fine, 2026 again not. */
  mp_test_ui_click_calendar_arrow (calendar, MP_TEST_UI_NEXT_YEAR);
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  g_assert_true (gtk_widget_get_sensitive (save));
  mp_test_ui_click_calendar_arrow (calendar, MP_TEST_UI_PREV_YEAR);
  g_assert_nonnull (mp_schedule_dialog_get_problem (dialog));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* A day after 2999 (the year arrows reach it), which an export would not read back */
  select_day (calendar, 1, G_DATE_JANUARY, 3000);
  g_assert_cmpstr (mp_schedule_dialog_get_problem (dialog), ==, "Choose a day from 1900 to 2999.");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Saturday 25 April: a weekend, and past the due date: warnings, Save stays possible. */
  select_day (calendar, 25, G_DATE_APRIL, 2026);
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_visible (invalid));
  g_assert_cmpuint (mp_schedule_dialog_get_n_warnings (dialog), >=, 2);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-schedule-dialog-warnings"));
  /* A screen reader on the calendar hears them with the day (it heard the day alone) */
  {
    g_autofree char *described = gtk_test_accessible_check_property (GTK_ACCESSIBLE (calendar),
                                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

    g_assert_nonnull (described);
    g_assert_true (g_str_has_prefix (described, "Saturday 25 April 2026. "));
    g_assert_nonnull (strstr (described, "weekend"));
    g_assert_true (g_str_has_suffix (described, " Day of the meeting"));
  }
  /* and the day's refusal, on a day that has passed; nothing on a plain day */
  select_day (calendar, 27, G_DATE_FEBRUARY, 2026);
  {
    g_autofree char *described = gtk_test_accessible_check_property (GTK_ACCESSIBLE (calendar),
                                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

    g_assert_nonnull (strstr (described, mp_schedule_dialog_get_problem (dialog)));
  }
  select_day (calendar, 25, G_DATE_APRIL, 2026);

  /* Letters typed in the duration (which takes digits only, so it is left empty) leave it as
   * it was (GTK read 0, then the shortest); a number typed is taken */
  {
    GtkSpinButton *duration = GTK_SPIN_BUTTON (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"));
    int before = gtk_spin_button_get_value_as_int (duration);

    g_assert_cmpint (before, >, (int) gtk_adjustment_get_lower (gtk_spin_button_get_adjustment (duration)));
    gtk_editable_set_text (GTK_EDITABLE (duration), "abc");
    gtk_spin_button_update (duration);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (duration), ==, before);
    {
      g_autofree char *shown = g_strdup_printf ("%d", before);

      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, shown);
    }
    gtk_editable_set_text (GTK_EDITABLE (duration), "45");
    gtk_spin_button_update (duration);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (duration), ==, 45);
  }
}

/* A store error is shown in the dialog and what was typed stays. */
static void
test_schedule_store_error (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(MpStore) read_only = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *private_path = mp_demo_private_path (fixture->db_path);
  MpMentorWindow *window;
  MpScheduleDialog *dialog;
  GtkWidget *place, *revealer;
  guint n;

  read_only = mp_store_open_full (fixture->db_path, private_path,
                                  MP_STORE_OPEN_READ_ONLY | MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_set_acting_login (read_only, "hokafor", &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (read_only), &fixture->today);

  window = g_object_new (MP_TYPE_MENTOR_WINDOW, "store", read_only, NULL);
  gtk_window_present (GTK_WINDOW (window));
  mp_test_ui_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (mp_mentor_window_get_mentorship (window));
  n = g_list_model_get_n_items (mp_store_get_meetings (read_only, mp_mentor_window_get_mentorship (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  place = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "place_entry");
  gtk_editable_set_text (GTK_EDITABLE (place), "The reading room");
  g_signal_emit_by_name (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "save_button"), "clicked");
  mp_test_ui_iterate ();

  /* Still open, the error shown, the place typed kept, nothing written. */
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG) == dialog);
  revealer = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "error_revealer");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "error_label"))), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place)), ==, "The reading room");
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (read_only,
                                                                     mp_mentor_window_get_mentorship (window))), ==, n);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-schedule-dialog-error"));

  destroy_toplevels ();
}

/* Closing @dialog (as Escape or Cancel do): with @edits, it asks first and stays open on
 * "Keep Editing"; "Discard" then closes it. Without, it closes at once. */
static void
assert_close_asks (GtkWindow *dialog,
                   GType      type,
                   gboolean   edits)
{
  GtkMessageDialog *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mp_test_ui_iterate ();
  if (!edits)
    {
      g_assert_null (mp_test_ui_find_toplevel (type));
      g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
      return;
    }

  g_assert_true (mp_test_ui_find_toplevel (type) == (gpointer) dialog);
  question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == dialog);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (question), "mentor-discard-question"));
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
  mp_test_ui_iterate ();
  g_assert_true (mp_test_ui_find_toplevel (type) == (gpointer) dialog);
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mp_test_ui_iterate ();
  question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (type));
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
}

/* The widgets of @type under @widget, depth first */
static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* The buttons the Tick menu of the activity titled @title offers, once it opened */
static GPtrArray *
tick_choices (Fixture    *fixture,
              const char *title)
{
  GtkWidget *checklist = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "checklist_box");
  g_autofree char *name = g_strdup_printf ("Tick “%s” as done", title);
  g_autoptr(GPtrArray) ticks = g_ptr_array_new ();
  GPtrArray *choices = g_ptr_array_new ();
  GtkWidget *tick = NULL;
  GtkWidget *popover;

  collect_widgets (checklist, GTK_TYPE_MENU_BUTTON, ticks);
  for (guint i = 0; i < ticks->len && tick == NULL; i++)
    if (g_strcmp0 (mp_widget_get_tooltip (g_ptr_array_index (ticks, i)), name) == 0)
      tick = g_ptr_array_index (ticks, i);
  g_assert_nonnull (tick);
  gtk_menu_button_popup (GTK_MENU_BUTTON (tick));
  mp_test_ui_iterate ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (tick)));
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  g_free (mp_test_ui_snapshot (popover, "mentor-tick-menu"));
  collect_widgets (popover, GTK_TYPE_BUTTON, choices);

  return choices;
}

/* Waits (two seconds at most) until the focus is on (or in) the widget of @type whose
 * tooltip is @tooltip, and returns what has the focus. */
static GtkWidget *
wait_for_focus (Fixture    *fixture,
                GType       type,
                const char *tooltip)
{
  gint64 end = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
  GtkWidget *focus = NULL;

  for (;;)
    {
      GtkWidget *holder;

      mp_test_ui_iterate ();
      focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      holder = focus == NULL ? NULL : G_TYPE_CHECK_INSTANCE_TYPE (focus, type) ? focus
                                                                         : gtk_widget_get_ancestor (focus, type);
      if (holder != NULL && g_strcmp0 (mp_widget_get_tooltip (holder), tooltip) == 0)
        return focus;
      if (g_get_monotonic_time () > end)
        break;
      g_usleep (10000);
    }
  g_error ("The focus is on %s (%s), not on “%s”", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing",
           focus ? mp_widget_get_tooltip (focus) : "", tooltip);
}

/* A meeting's activity unticked by mistake goes back to the meeting it was done at,
 * however long ago: the Tick menu offers every meeting held (it offered the last six). */
static void
test_tick_any_meeting (Fixture       *fixture,
                       gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GListModel *meetings = mp_store_get_meetings (fixture->store, liam);
  GListModel *progress = mp_store_get_activity_progress (fixture->store, liam);
  g_autoptr(MpMeeting) first = NULL;
  MpActivityProgress *departments = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  g_autoptr(GError) error = NULL;
  guint n_held = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) != MP_MEETING_STATUS_HELD)
        continue;
      n_held++;
      if (first == NULL || g_date_time_compare (mp_meeting_get_starts_at (meeting),
                                                mp_meeting_get_starts_at (first)) < 0)
        g_set_object (&first, meeting);
    }
  g_assert_cmpuint (n_held, >, 6);
  for (guint i = 0; i < g_list_model_get_n_items (progress) && departments == NULL; i++)
    {
      g_autoptr(MpActivityProgress) each = g_list_model_get_item (progress, i);

      if (g_str_equal (mp_activity_progress_get_activity_id (each), "departments"))
        departments = each;
    }
  g_assert_nonnull (departments);
  g_assert_true (mp_store_set_activity_state (fixture->store, departments, MP_ACTIVITY_STATE_PENDING, NULL, NULL,
                                              &error));
  g_assert_no_error (error);

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  choices = tick_choices (fixture, "Introduction to the departments");
  /* Every meeting held, and "Today, outside a meeting" */
  g_assert_cmpuint (choices->len, ==, n_held + 1);
  for (guint i = 0; i < choices->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (choices, i);

      if (g_object_get_data (G_OBJECT (button), "mp-meeting") == (gpointer) first)
        {
          gtk_widget_grab_focus (button);
          g_signal_emit_by_name (button, "clicked");
          break;
        }
    }
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_activity_progress_get_state (departments), ==, MP_ACTIVITY_STATE_DONE);
  g_assert_true (mp_activity_progress_get_meeting (departments) == first);

  /* "Tick…" is gone: the keyboard's focus went to what replaced it, not to nowhere; and
   * back again when the activity goes back on the list. */
  {
    GtkWidget *focus = wait_for_focus (fixture, GTK_TYPE_BUTTON,
                                       "Put “Introduction to the departments” back on the to-do list");

    /* Named as it reads first (voice control: "click Mark Not Done"), described at length */
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "Mark Not Done");
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                       "Mark Not Done “Introduction to the departments”"));
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                       "Put “Introduction to the departments” back on the to-do list"));

    g_signal_emit_by_name (focus, "clicked");
    mp_test_ui_iterate ();
    g_assert_cmpint (mp_activity_progress_get_state (departments), ==, MP_ACTIVITY_STATE_PENDING);
    wait_for_focus (fixture, GTK_TYPE_MENU_BUTTON, "Tick “Introduction to the departments” as done");
  }

  /* "Mark Not Done" by mistake: the banner says what happened and Undo (Ctrl+Z) puts the activity
   * back as it was, done on its day at its meeting */
  {
    GtkWidget *undo = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "banner_undo_button");
    GDate day = mp_local_date (mp_meeting_get_starts_at (first));

    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW,
                                                                           "banner_revealer"))));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "banner_label"))),
                     ==, "“Introduction to the departments” is back on the to-do list.");
    g_assert_true (gtk_widget_get_visible (undo));
    g_assert_true (gtk_widget_is_sensitive (undo));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-not-done-undo"));
    g_assert_cmpstr (mp_test_ui_key_action (GTK_WIDGET (fixture->window), GDK_KEY_z, GDK_CONTROL_MASK), ==, "win.undo");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    mp_test_ui_iterate ();
    g_assert_cmpint (mp_activity_progress_get_state (departments), ==, MP_ACTIVITY_STATE_DONE);
    g_assert_true (mp_activity_progress_get_meeting (departments) == first);
    g_assert_cmpint (g_date_compare (mp_activity_progress_get_done_on (departments), &day), ==, 0);
    g_assert_false (gtk_widget_get_visible (undo));
    /* Once put back, nothing more to undo: the action is off (its button, bound to it, too) */
    g_assert_false (gtk_widget_is_sensitive (undo));

    /* Done outside a meeting, on a day of its own: Undo puts that day back (the keyboard's
     * focus is back on "Mark Not Done") */
    {
      GtkWidget *not_done = wait_for_focus (fixture, GTK_TYPE_BUTTON,
                                            "Put “Introduction to the departments” back on the to-do list");
      GDate outside = day;

      /* (it says what it does, not a state beside the tick) */
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (not_done)), ==, "Mark Not Done");

      g_date_add_days (&outside, 3);
      g_assert_true (mp_store_set_activity_state (fixture->store, departments, MP_ACTIVITY_STATE_DONE, &outside, NULL,
                                                  &error));
      g_assert_no_error (error);
      mp_test_ui_iterate ();
      g_signal_emit_by_name (not_done, "clicked");
      mp_test_ui_iterate ();
      g_assert_cmpint (mp_activity_progress_get_state (departments), ==, MP_ACTIVITY_STATE_PENDING);
      /* (Ctrl+Z in a text being typed is the text's) */
      gtk_widget_grab_focus (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_colleague_entry"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
      g_assert_cmpint (mp_activity_progress_get_state (departments), ==, MP_ACTIVITY_STATE_PENDING);
      gtk_widget_grab_focus (undo);
      g_signal_emit_by_name (undo, "clicked");
      mp_test_ui_iterate ();
      g_assert_cmpint (mp_activity_progress_get_state (departments), ==, MP_ACTIVITY_STATE_DONE);
      g_assert_null (mp_activity_progress_get_meeting (departments));
      g_assert_cmpint (g_date_compare (mp_activity_progress_get_done_on (departments), &outside), ==, 0);
    }
  }
}

/* The agreement and the introduction being typed for one mentee are there again when
 * another mentee was shown meanwhile, still to be saved; the other's forms are empty. */
static void
test_forms_kept_across_mentees (Fixture       *fixture,
                                gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  GtkEditable *best_days = GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "best_days_entry"));
  GtkEditable *colleague = GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_colleague_entry"));
  GtkWidget *save = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "agreement_save_button");

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  gtk_editable_set_text (best_days, "Mondays after ten");
  gtk_editable_set_text (colleague, "The Business Office manager");
  g_assert_true (gtk_widget_get_sensitive (save));

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (best_days), !=, "Mondays after ten");
  g_assert_cmpstr (gtk_editable_get_text (colleague), ==, "");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Closing the window (or quitting) with them unsaved asks first */
  {
    GtkMessageDialog *question;

    gtk_window_close (GTK_WINDOW (fixture->window));
    mp_test_ui_iterate ();
    question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == GTK_WINDOW (fixture->window));
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
    mp_test_ui_iterate ();
    g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_MENTOR_WINDOW) == (gpointer) fixture->window);
  }

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (best_days), ==, "Mondays after ten");
  g_assert_cmpstr (gtk_editable_get_text (colleague), ==, "The Business Office manager");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Saved, nothing is kept: shown again, the form is the agreement's */
  g_signal_emit_by_name (save, "clicked");
  mp_test_ui_iterate ();
  g_assert_cmpstr (mp_agreement_get_best_days (mp_store_get_agreement (fixture->store, liam)), ==,
                   "Mondays after ten");
  gtk_editable_set_text (colleague, "");
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (best_days), ==, "Mondays after ten");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Nothing unsaved: it closes at once */
  gtk_window_close (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_MENTOR_WINDOW));
}

/* The dialog @action opens from the window, of @type */
static gpointer
open_dialog (Fixture    *fixture,
             const char *action,
             GType       type)
{
  gpointer dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  dialog = mp_test_ui_find_toplevel (type);
  g_assert_nonnull (dialog);

  return dialog;
}

/* Types @text into the text view @name of the log dialog @dialog */
static void
set_log_text (gpointer    dialog,
              const char *name,
              const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, name))),
                            text, -1);
}

/* Presses @keyval with Ctrl in @window as its capture-phase shortcuts see it; TRUE if one
 * took it. */
static gboolean
press_ctrl (GtkWidget *window,
            guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, GDK_CONTROL_MASK);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 window, NULL);
        }
    }

  return FALSE;
}

/* Ctrl+Return saves the log dialog from its text views, Ctrl+S the schedule dialog; not
 * while Save cannot. */
/* Meetings of @mentorship that last @minutes. */
static guint
count_meetings_lasting (MpStore      *store,
                        MpMentorship *mentorship,
                        int           minutes)
{
  GListModel *meetings = mp_store_get_meetings (store, mentorship);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      n += mp_meeting_get_duration_minutes (meeting) == minutes;
    }

  return n;
}

/* Types @text in the spin button @spin, focused, as a person would, and leaves it there:
 * nothing has read it yet. */
static void
type_in_spin (GtkWidget  *spin,
              const char *text)
{
  gtk_widget_grab_focus (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, text);
}

static void
test_save_shortcuts (Fixture       *fixture,
                     gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  guint n_before = g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel));
  gpointer dialog;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();

  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  set_log_text (dialog, "summary_view", "Went through the equipment.");
  gtk_widget_grab_focus (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "summary_view"));
  /* A day to come cannot be saved, by the keys either */
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 9, G_DATE_MARCH, 2026);
  g_assert_false (press_ctrl (dialog, GDK_KEY_Return));
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG) == dialog);
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 2, G_DATE_MARCH, 2026);
  /* A duration typed, the field still focused: the keys save it as it reads (one out of
   * range, or no number, is refused in words). */
  g_assert_cmpuint (count_meetings_lasting (fixture->store, daniel, 52), ==, 0);
  type_in_spin (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "duration_spin"), "4");
  g_assert_cmpstr (mp_log_meeting_dialog_get_problem (dialog), ==, "Type how long it lasts in minutes, from 5 to 480.");
  g_assert_false (press_ctrl (dialog, GDK_KEY_Return));
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG) == dialog);
  type_in_spin (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "duration_spin"), "52");
  g_assert_true (press_ctrl (dialog, GDK_KEY_Return));
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before + 1);
  g_assert_cmpuint (count_meetings_lasting (fixture->store, daniel, 52), ==, 1);

  dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
  g_assert_cmpuint (count_meetings_lasting (fixture->store, daniel, 47), ==, 0);
  /* A length out of range is refused in words, not saved as the one before */
  type_in_spin (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"), "2000");
  g_assert_cmpstr (mp_schedule_dialog_get_problem (dialog), ==, "Type how long it lasts in minutes, from 15 to 480.");
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-schedule-length-refused"));
  g_assert_false (gtk_widget_get_sensitive (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "save_button")));
  /* nor put back as the length before once GTK reads it (Tab, a click elsewhere), to be
   * saved as that */
  gtk_spin_button_update (GTK_SPIN_BUTTON (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"))),
                   ==, "2000");
  g_assert_nonnull (mp_schedule_dialog_get_problem (dialog));
  /* Any number of its nine digits the same (99999 was put back), and no tenth */
  type_in_spin (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"), "99999");
  gtk_spin_button_update (GTK_SPIN_BUTTON (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"))),
                   ==, "99999");
  g_assert_cmpstr (mp_schedule_dialog_get_problem (dialog), ==, "Type how long it lasts in minutes, from 15 to 480.");
  type_in_spin (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"), "999999999");
  gtk_spin_button_update (GTK_SPIN_BUTTON (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"))),
                   ==, "999999999");
  g_assert_nonnull (mp_schedule_dialog_get_problem (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin")), "1234567890");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"))),
                   ==, "123456789");
  type_in_spin (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"), "2000");
  g_assert_false (press_ctrl (dialog, GDK_KEY_s));
  mp_test_ui_iterate ();
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG) == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before + 1);
  type_in_spin (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"), "47");
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  g_assert_true (press_ctrl (dialog, GDK_KEY_s));
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before + 2);
  g_assert_cmpuint (count_meetings_lasting (fixture->store, daniel, 47), ==, 1);
}

/* Enter in @field (an entry or a spin button, focused), as GTK's key binding emits it */
static void
press_enter_in (GtkWidget *field)
{
  gtk_widget_grab_focus (field);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (field)), "activate");
}

static gboolean
no_dialog_of_type (gpointer data)
{
  return mp_test_ui_find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

/* Enter in the duration saves, as Ctrl+Enter does, the length typed read first; not while
 * Save says why it cannot */
static void
test_enter_in_duration (Fixture       *fixture,
                        gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  guint n_before = g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel));
  gpointer dialog;
  GtkWidget *spin;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();

  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  set_log_text (dialog, "summary_view", "Went through the equipment.");
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 2, G_DATE_MARCH, 2026);
  spin = child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "duration_spin");
  type_in_spin (spin, "4");
  press_enter_in (spin);
  mp_test_ui_iterate ();
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG) == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before);
  type_in_spin (spin, "52");
  press_enter_in (spin);
  mp_test_ui_wait_until (no_dialog_of_type, GSIZE_TO_POINTER (MP_TYPE_LOG_MEETING_DIALOG), "the meeting logged");
  g_assert_cmpuint (count_meetings_lasting (fixture->store, daniel, 52), ==, 1);

  dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  spin = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin");
  type_in_spin (spin, "2000");
  press_enter_in (spin);
  mp_test_ui_iterate ();
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG) == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before + 1);
  type_in_spin (spin, "47");
  press_enter_in (spin);
  mp_test_ui_wait_until (no_dialog_of_type, GSIZE_TO_POINTER (MP_TYPE_SCHEDULE_DIALOG), "the meeting scheduled");
  g_assert_cmpuint (count_meetings_lasting (fixture->store, daniel, 47), ==, 1);
}

/* What was typed in the log and schedule dialogs is not lost to Escape without a question;
 * nothing typed, nothing asked. */
static void
test_close_asks (Fixture       *fixture,
                 gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  guint n_before = g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel));
  gpointer dialog;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();

  /* Logging: nothing typed; a summary typed; an activity ticked */
  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  assert_close_asks (dialog, MP_TYPE_LOG_MEETING_DIALOG, FALSE);

  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  set_log_text (dialog, "private_view", "She seemed stressed");
  assert_close_asks (dialog, MP_TYPE_LOG_MEETING_DIALOG, TRUE);

  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  g_assert_true (mp_log_meeting_dialog_set_activity (dialog, "equipment", TRUE));
  assert_close_asks (dialog, MP_TYPE_LOG_MEETING_DIALOG, TRUE);

  /* Scheduling: nothing typed; a place typed */
  dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
  assert_close_asks (dialog, MP_TYPE_SCHEDULE_DIALOG, FALSE);

  /* A duration being typed as the dialogs go: read on the way out, without a critical; a
   * length changed is something to lose, as a day or a time chosen is */
  dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
  type_in_spin (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "duration_spin"), "40");
  assert_close_asks (dialog, MP_TYPE_SCHEDULE_DIALOG, TRUE);
  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  type_in_spin (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "duration_spin"), "40");
  assert_close_asks (dialog, MP_TYPE_LOG_MEETING_DIALOG, TRUE);

  /* Another day chosen in the calendar, another time or way of meeting: asks first */
  {
    const char *fields[] = { "calendar", "time_dropdown", "mode_dropdown" };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        GtkWidget *field;

        dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
        field = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, fields[i]);
        if (GTK_IS_CALENDAR (field))
          {
            g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (field));
            g_autoptr(GDateTime) other = g_date_time_add_days (shown, 1);

            gtk_calendar_select_day (GTK_CALENDAR (field), other);
          }
        else
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field), gtk_drop_down_get_selected (GTK_DROP_DOWN (field)) == 0);
        assert_close_asks (dialog, MP_TYPE_SCHEDULE_DIALOG, TRUE);
      }
  }

  dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "place_entry")), "Room 2B");
  assert_close_asks (dialog, MP_TYPE_SCHEDULE_DIALOG, TRUE);

  /* Closing the dashboard (or quitting) with a meeting being logged asks in the dialog, and
   * both stay */
  dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
  set_log_text (dialog, "summary_view", "We went through the equipment");
  gtk_window_close (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_MENTOR_WINDOW) == (gpointer) fixture->window);
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG) == dialog);
  {
    GtkMessageDialog *question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (question);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == dialog);
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
    mp_test_ui_iterate ();
  }
  g_assert_true (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG) == dialog);

  /* Nothing was saved */
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before);
}

/* The dashboard's section titles are headings to a screen reader (it lists them, and jumps
 * from one to the next), as the onboarding window's are */
static void
test_section_headings (Fixture       *fixture,
                       gconstpointer  user_data)
{
  /* (NULL-terminated for g_strv_contains (): without it, it read past the end and took a
   * label "" for a title, once in a CI run) */
  const char *titles[] = { "_Mentees", "_Calendar", "Next Meeting", "Six Months at a Glance", "Meetings",
                           "Introductions", NULL };
  GtkWidget *activities = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "activities_heading");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint found = 0;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, find_mentorship (fixture, "Daniel Brooks")));
  mp_test_ui_iterate ();
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (activities)), ==,
                   GTK_ACCESSIBLE_ROLE_HEADING);
  collect_widgets (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (!g_strv_contains (titles, gtk_label_get_label (label)))
        continue;
      found++;
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (label)) != GTK_ACCESSIBLE_ROLE_HEADING)
        g_error ("“%s” is not a heading", gtk_label_get_label (label));
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (titles) - 1);
}

/* Each drop-down of @dialog: the button that takes the focus is described by the value it
 * shows, again when another is chosen */
static void
assert_drop_downs_described (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) drop_downs = g_ptr_array_new ();

  collect_widgets (dialog, GTK_TYPE_DROP_DOWN, drop_downs);
  g_assert_cmpuint (drop_downs->len, >=, 2);
  for (guint i = 0; i < drop_downs->len; i++)
    {
      GtkDropDown *drop_down = g_ptr_array_index (drop_downs, i);
      GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));

      for (guint round = 0; round < 2; round++)
        {
          g_autoptr(GPtrArray) labels = g_ptr_array_new ();
          GtkWidget *shown = NULL;
          g_autofree char *wrong = NULL;

          /* (the label the button shows; the list's are elsewhere) */
          mp_test_ui_iterate ();
          collect_widgets (button, GTK_TYPE_LABEL, labels);
          for (guint l = 0; l < labels->len && shown == NULL; l++)
            if (gtk_widget_get_mapped (g_ptr_array_index (labels, l)))
              shown = g_ptr_array_index (labels, l);
          g_assert_nonnull (shown);
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (shown)), !=, "");
          wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                      gtk_label_get_label (GTK_LABEL (shown)));
          if (wrong != NULL)
            g_error ("drop-down %u shows “%s”, described as “%s”", i, gtk_label_get_label (GTK_LABEL (shown)), wrong);
          if (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)) < 2)
            break;
          gtk_drop_down_set_selected (drop_down, gtk_drop_down_get_selected (drop_down) == 0);
        }
    }
}

/* A screen reader hears the value of each drop-down of the meeting dialogs */
static void
test_drop_downs_described (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *actions[] = { "win.schedule", "win.log-meeting" };
  const GType types[] = { MP_TYPE_SCHEDULE_DIALOG, MP_TYPE_LOG_MEETING_DIALOG };

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, find_mentorship (fixture, "Daniel Brooks")));
  mp_test_ui_iterate ();
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gpointer dialog = open_dialog (fixture, actions[i], types[i]);

      mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
      assert_drop_downs_described (GTK_WIDGET (dialog));
      gtk_window_destroy (GTK_WINDOW (dialog));
      mp_test_ui_iterate ();
    }
}

/* Whether @window is the active one, within ten seconds (the X server tells; a busy
 * machine may take its time) */
static gboolean
becomes_active (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_window_is_active (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return gtk_window_is_active (window);
}

/* Discard chosen in the question over a dialog: both close, and the dashboard is the active
 * window again, its focus on the button that opened the dialog (a window manager would give
 * it to the closing dialog instead; Xvfb has none, and nothing is active without this). */
static void
test_discard_returns_focus (Fixture       *fixture,
                            gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  GtkWidget *button = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "schedule_header_button");
  GtkMessageDialog *question;
  gpointer dialog;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_grab_focus (button));

  dialog = open_dialog (fixture, "win.schedule", MP_TYPE_SCHEDULE_DIALOG);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "place_entry")), "Room 2B");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  mp_test_ui_iterate ();
  question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  mp_test_ui_wait_for_frame (GTK_WIDGET (question));
  gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG));

  g_assert_true (becomes_active (GTK_WINDOW (fixture->window)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == button);
}

/* The button under @widget that activates @action on the meeting @uuid. */
static GtkWidget *
find_meeting_button (GtkWidget  *widget,
                     const char *action,
                     const char *uuid)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), uuid) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_meeting_button (child, action, uuid);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Log a meeting covering two activities: the checklist and the progress follow. */
static void
test_log_meeting (Fixture       *fixture,
                  gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  MpPairing *pairing = pairing_of (fixture, daniel);
  MpLogMeetingDialog *dialog;
  MpActivityProgress *equipment, *events;
  MpMeeting *meeting;
  GtkWidget *heading;
  g_autofree char *note = NULL;
  g_autofree char *expected_heading = NULL;
  guint done_before, held_before, n_before;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();

  g_object_get (pairing, "activities-done", &done_before, "meetings-held", &held_before, NULL);
  n_before = g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.log-meeting", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_null (mp_log_meeting_dialog_get_scheduled (dialog));

  g_assert_true (mp_log_meeting_dialog_set_activity (dialog, "equipment", TRUE));
  g_assert_true (mp_log_meeting_dialog_set_activity (dialog, "member-events", TRUE));
  g_assert_false (mp_log_meeting_dialog_set_activity (dialog, "departments", TRUE));  /* done already */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG,
                                                                               "summary_view"))),
                            "Label printer and the van tablets; ALS Day is next week.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG,
                                                                               "private_view"))),
                            PRIVATE_MARKER, -1);
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-log-dialog"));
  assert_modes_offered (GTK_DROP_DOWN (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "mode_dropdown")));

  /* A day to come cannot be logged. */
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 9, G_DATE_MARCH, 2026);
  g_assert_nonnull (mp_log_meeting_dialog_get_problem (dialog));
  g_assert_false (gtk_widget_get_sensitive (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "save_button")));
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 2, G_DATE_MARCH, 2026);
  g_assert_null (mp_log_meeting_dialog_get_problem (dialog));

  /* Nor a day years before the mentorship began (the same rule as for an introduction) */
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 2, G_DATE_DECEMBER, 2016);
  g_assert_nonnull (strstr (mp_log_meeting_dialog_get_problem (dialog), "long before this mentorship began"));
  g_assert_false (gtk_widget_get_sensitive (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "save_button")));
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")), 2, G_DATE_MARCH, 2026);
  g_assert_null (mp_log_meeting_dialog_get_problem (dialog));

  /* Nor a time to come today: at 9:00, not 10:00, but 8:45 */
  {
    g_autoptr(GDateTime) nine = mp_local_date_time (&fixture->today, 9 * 60);
    GtkDropDown *time = GTK_DROP_DOWN (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "time_dropdown"));
    guint ten = mp_schedule_minutes_to_time_index (10 * 60);

    gtk_drop_down_set_selected (time, ten);
    mp_log_meeting_dialog_set_now (dialog, nine);
    g_assert_nonnull (strstr (mp_log_meeting_dialog_get_problem (dialog), "That time has not come yet today"));
    g_assert_false (gtk_widget_get_sensitive (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "save_button")));
    gtk_drop_down_set_selected (time, mp_schedule_minutes_to_time_index (8 * 60 + 45));
    g_assert_null (mp_log_meeting_dialog_get_problem (dialog));
    gtk_drop_down_set_selected (time, ten);
    mp_log_meeting_dialog_set_now (dialog, NULL);
    g_assert_null (mp_log_meeting_dialog_get_problem (dialog));
  }

  g_signal_emit_by_name (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "save_button"), "clicked");
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG));

  /* One meeting more, held today, with its private note in the private database. */
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before + 1);
  meeting = meeting_on (fixture->store, daniel, &fixture->today, 10);
  g_assert_nonnull (meeting);
  g_assert_cmpint (mp_meeting_get_status (meeting), ==, MP_MEETING_STATUS_HELD);
  g_assert_false (mp_meeting_get_informal (meeting));
  note = mp_store_get_private_note (fixture->store, meeting);
  g_assert_cmpstr (note, ==, PRIVATE_MARKER);

  /* The two activities are ticked, with the day and the meeting. */
  equipment = mp_store_lookup_activity_progress (fixture->store, daniel, "equipment");
  events = mp_store_lookup_activity_progress (fixture->store, daniel, "member-events");
  g_assert_cmpint (mp_activity_progress_get_state (equipment), ==, MP_ACTIVITY_STATE_DONE);
  g_assert_cmpint (mp_activity_progress_get_state (events), ==, MP_ACTIVITY_STATE_DONE);
  g_assert_true (mp_activity_progress_get_meeting (equipment) == meeting);
  g_assert_cmpint (g_date_compare (mp_activity_progress_get_done_on (equipment), &fixture->today), ==, 0);

  /* Progress: two more activities done, one more meeting held. */
  {
    guint done_after, held_after;

    g_object_get (pairing, "activities-done", &done_after, "meetings-held", &held_after, NULL);
    g_assert_cmpuint (done_after, ==, done_before + 2);
    g_assert_cmpuint (held_after, ==, held_before + 1);

    heading = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "activities_heading");
    expected_heading = g_strdup_printf ("Activities: %u of ", done_after);
    g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (heading)), expected_heading));
  }

  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-logged"));

  /* The same meeting cannot be logged twice (it would count twice): another time can. */
  {
    GtkDropDown *time;

    dialog = open_dialog (fixture, "win.log-meeting", MP_TYPE_LOG_MEETING_DIALOG);
    time = GTK_DROP_DOWN (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "time_dropdown"));
    select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "calendar")),
                g_date_get_day (&fixture->today), g_date_get_month (&fixture->today), g_date_get_year (&fixture->today));
    gtk_drop_down_set_selected (time, mp_schedule_minutes_to_time_index (10 * 60));
    g_assert_nonnull (strstr (mp_log_meeting_dialog_get_problem (dialog), "logged already"));
    g_assert_false (gtk_widget_get_sensitive (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "save_button")));
    gtk_drop_down_set_selected (time, mp_schedule_minutes_to_time_index (8 * 60));
    g_assert_null (mp_log_meeting_dialog_get_problem (dialog));
    /* (a day and time chosen are something to lose: closing asks) */
    assert_close_asks (GTK_WINDOW (dialog), MP_TYPE_LOG_MEETING_DIALOG, TRUE);
  }

  /* Its record put right from the history: "Correct…" (only on meetings held) opens the
   * dialog on it with the activities done at it ticked; opened and closed, nothing to ask. */
  {
    const char *uuid = mp_meeting_get_uuid (meeting);
    GtkWidget *correct = find_meeting_button (GTK_WIDGET (fixture->window), "mentor.correct-meeting", uuid);
    GtkWidget *log;
    guint done_after;

    g_assert_nonnull (correct);
    g_assert_true (gtk_widget_is_visible (correct));
    log = find_meeting_button (GTK_WIDGET (fixture->window), "mentor.log-scheduled", uuid);
    g_assert_true (log == NULL || !gtk_widget_is_visible (log));

    g_signal_emit_by_name (correct, "clicked");
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_true (mp_log_meeting_dialog_get_scheduled (dialog) == meeting);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Correct a Meeting");
    assert_close_asks (GTK_WINDOW (dialog), MP_TYPE_LOG_MEETING_DIALOG, FALSE);

    /* The time alone corrected is a correction to lose */
    g_signal_emit_by_name (correct, "clicked");
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG);
    g_assert_nonnull (dialog);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "time_dropdown")),
                                mp_schedule_minutes_to_time_index (9 * 60));
    assert_close_asks (GTK_WINDOW (dialog), MP_TYPE_LOG_MEETING_DIALOG, TRUE);

    g_signal_emit_by_name (correct, "clicked");
    mp_test_ui_iterate ();
    dialog = mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG);
    g_assert_nonnull (dialog);
    /* ALS Day was not covered after all; the van tablets were. */
    g_assert_true (mp_log_meeting_dialog_set_activity (dialog, "member-events", FALSE));
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG,
                                                                                 "summary_view"))),
                              "Label printer and the van tablets.", -1);
    mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
    g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-correct-dialog"));
    g_signal_emit_by_name (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "save_button"), "clicked");
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG));

    /* The same meeting, put right: no meeting more, one activity back on the checklist,
     * the other still done at it, the private note kept. */
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (fixture->store, daniel)), ==, n_before + 1);
    g_assert_cmpint (mp_meeting_get_status (meeting), ==, MP_MEETING_STATUS_HELD);
    g_assert_cmpstr (mp_meeting_get_summary (meeting), ==, "Label printer and the van tablets.");
    g_assert_cmpint (mp_activity_progress_get_state (events), ==, MP_ACTIVITY_STATE_PENDING);
    g_assert_cmpint (mp_activity_progress_get_state (equipment), ==, MP_ACTIVITY_STATE_DONE);
    g_assert_true (mp_activity_progress_get_meeting (equipment) == meeting);
    g_clear_pointer (&note, g_free);
    note = mp_store_get_private_note (fixture->store, meeting);
    g_assert_cmpstr (note, ==, PRIVATE_MARKER);
    g_object_get (pairing, "activities-done", &done_after, NULL);
    g_assert_cmpuint (done_after, ==, done_before + 1);
  }
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (label == NULL || (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean has_label (GtkWidget  *widget,
                           const char *text);

/* A private note changed and not saved is there again, open and "Not saved", when another
 * mentee was shown meanwhile; once saved, nothing is kept. */
static void
test_note_kept_across_mentees (Fixture       *fixture,
                               gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  GtkListBox *list = GTK_LIST_BOX (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "meetings_list"));
  GtkWidget *row, *lock, *view;
  g_autoptr(GPtrArray) locks = g_ptr_array_new ();
  int index;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  collect_widgets (GTK_WIDGET (list), GTK_TYPE_TOGGLE_BUTTON, locks);
  g_assert_cmpuint (locks->len, >, 0);
  lock = g_ptr_array_index (locks, 0);
  row = gtk_widget_get_ancestor (lock, GTK_TYPE_LIST_BOX_ROW);
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lock), TRUE);
  view = find_widget (row, GTK_TYPE_TEXT_VIEW, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Changed, not saved yet", -1);

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
  lock = find_widget (row, GTK_TYPE_TOGGLE_BUTTON, NULL);
  view = find_widget (row, GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (lock)));
  {
    g_autofree char *text = mp_text_view_dup_text (GTK_TEXT_VIEW (view));

    g_assert_cmpstr (text, ==, "Changed, not saved yet");
  }
  g_assert_true (has_label (row, "Not saved"));

  /* Saved: the note is the store's, nothing more is kept */
  g_signal_emit_by_name (find_widget (row, GTK_TYPE_BUTTON, "Save Note"), "clicked");
  mp_test_ui_iterate ();
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
  lock = find_widget (row, GTK_TYPE_TOGGLE_BUTTON, NULL);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (lock)));

  /* Changed, then changed back to what is saved: nothing to lose, the window closes at once */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lock), TRUE);
  view = find_widget (row, GTK_TYPE_TEXT_VIEW, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Changed again", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Changed, not saved yet", -1);
  gtk_window_close (GTK_WINDOW (fixture->window));
  mp_test_ui_iterate ();
  g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_MENTOR_WINDOW));
}

/* The lock of @meeting's row in the history */
static GtkWidget *
lock_of (GtkListBox *list,
         MpMeeting  *meeting)
{
  g_autoptr(GPtrArray) locks = g_ptr_array_new ();
  g_autofree char *when = mp_format_meeting_when (mp_meeting_get_starts_at (meeting));
  g_autofree char *name = g_strdup_printf ("Meeting of %s", when);

  collect_widgets (GTK_WIDGET (list), GTK_TYPE_TOGGLE_BUTTON, locks);
  for (guint i = 0; i < locks->len; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (locks, i), GTK_TYPE_LIST_BOX_ROW);
      g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, name);

      if (wrong == NULL)
        return g_ptr_array_index (locks, i);
    }

  return NULL;
}

/* The lock of a meeting's notes is marked (in bold, and in its name) as soon as the meeting
 * has a note: written in the Log dialog, or saved from the row; and unmarked once emptied. */
static void
test_note_marker (Fixture       *fixture,
                  gconstpointer  user_data)
{
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  GtkListBox *list = GTK_LIST_BOX (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "meetings_list"));
  GListModel *meetings = mp_store_get_meetings (fixture->store, priya);
  g_autoptr(MpMeeting) scheduled = NULL;
  g_autoptr(MpMeeting) draft = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *lock, *row, *view;

  for (guint i = 0; i < g_list_model_get_n_items (meetings) && scheduled == NULL; i++)
    {
      g_autoptr(MpMeeting) each = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (each) == MP_MEETING_STATUS_SCHEDULED)
        scheduled = g_object_ref (each);
    }
  g_assert_nonnull (scheduled);
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  lock = lock_of (list, scheduled);
  g_assert_nonnull (lock);
  g_assert_false (gtk_widget_has_css_class (lock, "mp-has-note"));

  /* Logged with a note (as the Log dialog does) */
  draft = mp_meeting_copy (scheduled);
  mp_meeting_set_status (draft, MP_MEETING_STATUS_HELD);
  g_assert_true (mp_store_log_meeting (fixture->store, draft, NULL, "Seemed tired; ask about the rota", &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  lock = lock_of (list, scheduled);
  g_assert_nonnull (lock);
  g_assert_true (gtk_widget_has_css_class (lock, "mp-has-note"));

  /* Emptied and saved from the row */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lock), TRUE);
  row = gtk_widget_get_ancestor (lock, GTK_TYPE_LIST_BOX_ROW);
  view = find_widget (row, GTK_TYPE_TEXT_VIEW, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "", -1);
  g_signal_emit_by_name (find_widget (row, GTK_TYPE_BUTTON, "Save Note"), "clicked");
  mp_test_ui_iterate ();
  g_assert_false (gtk_widget_has_css_class (lock, "mp-has-note"));

  /* Written and saved from the row */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Follow up on the rota", -1);
  g_signal_emit_by_name (find_widget (row, GTK_TYPE_BUTTON, "Save Note"), "clicked");
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_has_css_class (lock, "mp-has-note"));
  {
    g_autofree char *when = mp_format_meeting_when (mp_meeting_get_starts_at (scheduled));
    g_autofree char *name = g_strdup_printf ("Private notes on the meeting of %s", when);
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (lock),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, name);

    if (wrong != NULL)
      g_error ("The lock is named “%s”", wrong);
  }
}

/* The entry of the concern row about @subject */
static GtkWidget *
answer_entry_of (GtkListBox *list,
                 const char *subject)
{
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i));

      if (has_label (row, subject))
        return find_widget (row, GTK_TYPE_ENTRY, NULL);
    }

  return NULL;
}

/* What precedes the concerns section in the detail pane */
static GtkWidget *
before_concerns (Fixture *fixture)
{
  return gtk_widget_get_prev_sibling (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "concerns_section"));
}

/* An open question or concern shows right below the next meeting, not screens down below
 * the activities; answered, it stays there while the mentee is shown, and goes back below
 * the activities the next time. A concern raised while the mentee is shown comes up too. */
static void
test_open_concern_first (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GtkWidget *next_card = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "next_card");
  GtkWidget *activities = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "activities_section");
  g_autoptr(MpConcern) concern = mp_concern_new (priya, "Parking permit", "Which form do I fill in?");
  g_autoptr(GError) error = NULL;

  /* None open: below the activities */
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (mp_store_get_concerns (fixture->store, priya)); i++)
    {
      g_autoptr(MpConcern) old = g_list_model_get_item (mp_store_get_concerns (fixture->store, priya), i);

      g_assert_cmpint (mp_concern_get_status (old), !=, MP_CONCERN_STATUS_OPEN);
    }
  g_assert_true (before_concerns (fixture) == activities);

  /* Raised while she is shown: up below the next meeting */
  g_assert_true (mp_store_save_concern (fixture->store, concern, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  g_assert_true (before_concerns (fixture) == next_card);

  /* Answered: it stays where the mentor is working */
  g_assert_true (mp_store_answer_concern (fixture->store, concern, "The blue one, at the Business Office.", &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  g_assert_true (before_concerns (fixture) == next_card);

  /* Another mentee with none open, then her again: below the activities */
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  g_assert_true (before_concerns (fixture) == activities);
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_true (before_concerns (fixture) == activities);
}

/* An answer typed and not sent stays when the rows are made again: another concern
 * answered (the list sorted again). */
static void
test_answer_draft_kept (Fixture       *fixture,
                        gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  GListModel *concerns = mp_store_get_concerns (fixture->store, daniel);
  g_autoptr(MpConcern) first = g_list_model_get_item (concerns, 0);
  g_autoptr(MpConcern) later = mp_concern_new (daniel, "Parking permit", "Which form?");
  GtkListBox *list = GTK_LIST_BOX (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "concerns_list"));
  const char *first_subject = mp_concern_get_subject (first);
  g_autoptr(GError) error = NULL;
  GDate day = *mp_concern_get_needed_by (first);

  g_date_add_days (&day, 30);
  mp_concern_set_needed_by (later, &day);
  g_assert_true (mp_store_save_concern (fixture->store, later, &error));
  g_assert_no_error (error);
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();
  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)), "Parking permit"));

  gtk_editable_set_text (GTK_EDITABLE (answer_entry_of (list, "Parking permit")), "DRAFT for parking");
  gtk_editable_set_text (GTK_EDITABLE (answer_entry_of (list, first_subject)), "Yes: the Business Office.");
  g_signal_emit_by_name (answer_entry_of (list, first_subject), "activate");
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_concern_get_status (first), ==, MP_CONCERN_STATUS_ANSWERED);
  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), "Parking permit"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (answer_entry_of (list, "Parking permit"))), ==,
                   "DRAFT for parking");
  /* The answer sent leaves no draft behind */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (answer_entry_of (list, first_subject))), ==, "");

  /* Closing a question with an answer half typed asks first, since the answer would be lost
   * for good: Keep Editing keeps both; Close Without Answer closes it and leaves no draft
   * (the window then closes at once) */
  {
    GtkWidget *row = gtk_widget_get_ancestor (answer_entry_of (list, "Parking permit"), GTK_TYPE_LIST_BOX_ROW);
    GtkMessageDialog *question;

    g_signal_emit_by_name (find_widget (row, GTK_TYPE_BUTTON, "Close"), "clicked");
    mp_test_ui_iterate ();
    question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    g_free (mp_test_ui_snapshot (GTK_WIDGET (question), "mentor-close-unsent-answer"));
    g_assert_cmpint (mp_concern_get_status (later), ==, MP_CONCERN_STATUS_OPEN);
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_CANCEL);
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
    g_assert_cmpint (mp_concern_get_status (later), ==, MP_CONCERN_STATUS_OPEN);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (answer_entry_of (list, "Parking permit"))), ==,
                     "DRAFT for parking");

    row = gtk_widget_get_ancestor (answer_entry_of (list, "Parking permit"), GTK_TYPE_LIST_BOX_ROW);
    g_signal_emit_by_name (find_widget (row, GTK_TYPE_BUTTON, "Close"), "clicked");
    mp_test_ui_iterate ();
    question = mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (question);
    gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
    mp_test_ui_iterate ();
    g_assert_cmpint (mp_concern_get_status (later), ==, MP_CONCERN_STATUS_CLOSED);
    gtk_window_close (GTK_WINDOW (fixture->window));
    mp_test_ui_iterate ();
    g_assert_null (mp_test_ui_find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
    g_assert_null (mp_test_ui_find_toplevel (MP_TYPE_MENTOR_WINDOW));
  }
}

static void collect_labels (GtkWidget  *widget,
                            const char *prefix,
                            const char *css_class,
                            GString    *found);

/* The open concerns shown in the list of mentees (the labels visible), joined by "|". */
static char *
mentee_list_concerns (Fixture *fixture)
{
  GString *found = g_string_new (NULL);

  collect_labels (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "mentee_list"), "", "mp-concern-open", found);

  return g_string_free (found, FALSE);
}

/* Answer a concern (what is typed survives other changes), close it; add an introduction. */
static void
test_concern_and_introduction (Fixture       *fixture,
                               gconstpointer  user_data)
{
  MpMentorship *daniel = find_mentorship (fixture, "Daniel Brooks");
  GListModel *concerns = mp_store_get_concerns (fixture->store, daniel);
  g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, 0);
  GtkWidget *list = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "concerns_list");
  GtkWidget *entry, *send, *close;
  g_autoptr(GError) error = NULL;
  guint n_introductions;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, daniel));
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_concern_get_status (concern), ==, MP_CONCERN_STATUS_OPEN);

  /* The list of mentees says who waits for an answer, and by when. */
  {
    g_autoptr(GDateTime) midnight = mp_local_date_time (mp_concern_get_needed_by (concern), 0);
    g_autofree char *day = g_date_time_format (midnight, "%a %-d %b");
    g_autofree char *expected = g_strdup_printf ("Open concern, needed by %s", day);
    g_autofree char *shown = mentee_list_concerns (fixture);

    g_assert_cmpstr (shown, ==, expected);
    g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-concern-open"));
  }

  entry = find_widget (list, GTK_TYPE_ENTRY, NULL);
  send = find_widget (list, GTK_TYPE_BUTTON, "Send Answer");
  g_assert_nonnull (entry);
  g_assert_nonnull (send);
  g_assert_false (gtk_widget_get_sensitive (send));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Yes: ask the Business Office for the form.");
  g_assert_true (gtk_widget_get_sensitive (send));

  /* Another change to the mentorship while typing: the text stays. */
  {
    g_autoptr(MpIntroduction) draft = mp_introduction_new (daniel, "The help desk team");

    mp_introduction_set_on (draft, &fixture->today);
    g_assert_true (mp_store_save_introduction (fixture->store, draft, &error));
    g_assert_no_error (error);
  }
  mp_test_ui_iterate ();
  g_assert_true (find_widget (list, GTK_TYPE_ENTRY, NULL) == entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Yes: ask the Business Office for the form.");

  g_signal_emit_by_name (send, "clicked");
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_concern_get_status (concern), ==, MP_CONCERN_STATUS_ANSWERED);
  g_assert_cmpstr (mp_concern_get_answer (concern), ==, "Yes: ask the Business Office for the form.");
  /* Answered, it is no longer waiting: the list says nothing more. */
  {
    g_autofree char *shown = mentee_list_concerns (fixture);

    g_assert_cmpstr (shown, ==, "");
  }

  /* A new concern, needed later than the answered one: it still comes first, as the
   * mentor owes it an answer */
  {
    g_autoptr(MpConcern) draft = mp_concern_new (daniel, "Parking permit", "Which form?");
    GDate later = *mp_concern_get_needed_by (concern);

    g_date_add_days (&later, 30);
    mp_concern_set_needed_by (draft, &later);
    g_assert_true (mp_store_save_concern (fixture->store, draft, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)), "Parking permit"));
    {
      g_autoptr(GDateTime) midnight = mp_local_date_time (&later, 0);
      g_autofree char *day = g_date_time_format (midnight, "%a %-d %b");
      g_autofree char *expected = g_strdup_printf ("Open concern, needed by %s", day);
      g_autofree char *shown = mentee_list_concerns (fixture);

      g_assert_cmpstr (shown, ==, expected);
    }
  }

  close = find_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)), GTK_TYPE_BUTTON, "Close");
  g_assert_nonnull (close);
  g_signal_emit_by_name (close, "clicked");
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_concern_get_status (concern), ==, MP_CONCERN_STATUS_CLOSED);

  /* An introduction: a colleague in the directory is linked to their record. */
  n_introductions = g_list_model_get_n_items (mp_store_get_introductions (fixture->store, daniel));
  g_assert_false (gtk_widget_get_sensitive (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button")));
  gtk_editable_set_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_colleague_entry")),
                         "Ruth Lindqvist");
  gtk_editable_set_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_where_entry")),
                         "Delivery dock tour");
  g_assert_true (gtk_widget_get_sensitive (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button")));
  /* A day to come, reached with the calendar's arrows, cannot be added; back again, it can. */
  {
    GtkCalendar *calendar = GTK_CALENDAR (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_calendar"));

    mp_test_ui_click_calendar_arrow (calendar, MP_TEST_UI_NEXT_YEAR);
    g_assert_false (gtk_widget_get_sensitive (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button")));
    mp_test_ui_click_calendar_arrow (calendar, MP_TEST_UI_PREV_YEAR);
    g_assert_true (gtk_widget_get_sensitive (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button")));
  }
  /* Two days ago; the next introduction starts from today again */
  {
    GtkCalendar *calendar = GTK_CALENDAR (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_calendar"));
    GDate before = fixture->today;

    g_date_subtract_days (&before, 2);
    select_day (calendar, g_date_get_day (&before), g_date_get_month (&before), g_date_get_year (&before));
  }
  g_signal_emit_by_name (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button"), "clicked");
  mp_test_ui_iterate ();
  {
    GDate shown;

    calendar_day (GTK_CALENDAR (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_calendar")), &shown);
    g_assert_cmpint (g_date_compare (&shown, &fixture->today), ==, 0);
  }
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_introductions (fixture->store, daniel)), ==,
                    n_introductions + 1);
  {
    GListModel *introductions = mp_store_get_introductions (fixture->store, daniel);
    gboolean linked = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (introductions); i++)
      {
        g_autoptr(MpIntroduction) introduction = g_list_model_get_item (introductions, i);
        MpPerson *person = mp_introduction_get_colleague_person (introduction);

        if (person != NULL && g_str_equal (mp_person_get_name (person), "Ruth Lindqvist"))
          linked = g_str_equal (mp_introduction_get_where (introduction), "Delivery dock tour");
      }
    g_assert_true (linked);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW,
                                                                  "intro_colleague_entry"))), ==, "");

  /* Enter in "Where" adds one too (as Add Introduction would) */
  gtk_editable_set_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_colleague_entry")),
                         "The drivers");
  gtk_editable_set_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_where_entry")),
                         "Van route");
  g_signal_emit_by_name (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_where_entry"), "activate");
  mp_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_introductions (fixture->store, daniel)), ==,
                    n_introductions + 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW,
                                                                  "intro_where_entry"))), ==, "");
}

/* The .ics export holds the upcoming meetings and no private note. */
static void
test_ics (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "upcoming.ics", NULL);
  g_autofree char *one_path = g_build_filename (fixture->dir, "one.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(ICalComponent) calendar = NULL;
  MpPerson *me = mp_store_get_current_person (fixture->store);
  guint n_events = 0;

  from = mp_local_date_time (&fixture->today, 0);
  upcoming = mp_ics_collect_upcoming (fixture->store, me, from, NULL);
  g_assert_cmpuint (upcoming->len, >=, 2);

  /* Every upcoming meeting carries a private note that must not leave. */
  for (guint i = 0; i < upcoming->len; i++)
    {
      g_assert_true (mp_store_set_private_note (fixture->store, g_ptr_array_index (upcoming, i), PRIVATE_MARKER, &error));
      g_assert_no_error (error);
    }

  g_assert_true (mp_mentor_window_export_ics (fixture->window, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (strstr (contents, PRIVATE_MARKER));

  calendar = i_cal_parser_parse_string (contents);
  g_assert_nonnull (calendar);
  for (ICalComponent *event = i_cal_component_get_first_component (calendar, I_CAL_VEVENT_COMPONENT);
       event != NULL;
       event = i_cal_component_get_next_component (calendar, I_CAL_VEVENT_COMPONENT))
    {
      n_events++;
      g_object_unref (event);
    }
  g_assert_cmpuint (n_events, ==, upcoming->len);

  /* Debian's python3-icalendar reads it too (skipped where it is not installed). */
  {
    const char *script =
      "import sys\n"
      "try:\n"
      "    import icalendar\n"
      "except ImportError:\n"
      "    sys.exit(77)\n"
      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
      "events = list(cal.walk('VEVENT'))\n"
      "assert len(events) == int(sys.argv[2]), len(events)\n"
      "assert all(e.decoded('DTSTART').tzinfo is not None for e in events)\n";
    g_autofree char *count = g_strdup_printf ("%u", upcoming->len);
    /* Debian's own Python, which has Debian's python3-icalendar, before any other on PATH. */
    const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
    const char *argv[] = { python, "-c", script, path, count, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    int status = 0;

    if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, NULL))
      {
        if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
          g_test_message ("python3-icalendar is not installed: not checked with it");
        else
          {
            if (!g_spawn_check_wait_status (status, NULL))
              g_test_message ("python3-icalendar: %s", err);
            g_assert_true (g_spawn_check_wait_status (status, NULL));
          }
      }
  }

  /* One meeting alone. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (mp_mentor_window_export_ics (fixture->window, g_ptr_array_index (upcoming, 0), one_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (one_path, &contents, NULL, &error));
  g_assert_null (strstr (contents, PRIVATE_MARKER));
  {
    g_autofree char *uid = mp_ics_uid (g_ptr_array_index (upcoming, 0));

    g_assert_nonnull (strstr (contents, uid));
  }
}

/* Without mentees, a helpful empty state: a mentor waits for a pairing (Catherine Boyd); a
 * colleague who does not mentor (Nia Williams) is told what the dashboard is for. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  GtkWidget *stack = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "main_stack");
  MpStatusPage *page = MP_STATUS_PAGE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "status_page"));
  gboolean mentor = g_str_equal (user_data, "cboyd");

  g_assert_cmpuint (g_list_model_get_n_items (mp_mentor_window_get_mentees (fixture->window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_cmpstr (mp_status_page_get_title (page), ==, mentor ? "No Mentees Yet" : "You Are Not a Mentor");
  g_assert_null (strstr (mp_status_page_get_description (page), "goals for mentors"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL) &&
                  mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG) != NULL);
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-empty"));
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

  if (!gtk_widget_get_mapped (widget) || GTK_IS_WINDOW_CONTROLS (widget))
    return;

  if (GTK_IS_TEXT (widget) && gtk_widget_get_parent (widget) != NULL && GTK_IS_ENTRY (gtk_widget_get_parent (widget)))
    control = gtk_widget_get_parent (widget);

  if (gtk_widget_get_focusable (widget) &&
      (GTK_IS_BUTTON (control) || GTK_IS_ENTRY (control) || GTK_IS_TEXT_VIEW (control) ||
       GTK_IS_CALENDAR (control) || GTK_IS_LIST_BOX_ROW (control)))
    {
      gboolean named = gtk_test_accessible_has_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
                       gtk_test_accessible_has_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
                       ((GTK_IS_BUTTON (control) || GTK_IS_LIST_BOX_ROW (control)) && has_visible_text (control));

      if (!named)
        g_ptr_array_add (unnamed, g_strdup_printf ("%s in %s", G_OBJECT_TYPE_NAME (control),
                                                   G_OBJECT_TYPE_NAME (gtk_widget_get_parent (control))));
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_unnamed (c, unnamed);
}

static void
assert_all_named (GtkWidget  *widget,
                  const char *what)
{
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);

  collect_unnamed (widget, unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("%s: no accessible name: %s", what, (char *) g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (unnamed->len, ==, 0);
}

/* Every control of the window and its dialogs has an accessible name. */
static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  user_data)
{
  gpointer dialog;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, find_mentorship (fixture, "Liam O'Brien")));
  mp_test_ui_iterate ();
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_all_named (GTK_WIDGET (fixture->window), "window");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  mp_test_ui_wait_for_frame (dialog);
  assert_all_named (dialog, "schedule dialog");
  gtk_window_destroy (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.log-meeting", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_LOG_MEETING_DIALOG);
  mp_test_ui_wait_for_frame (dialog);
  assert_all_named (dialog, "log dialog");
  gtk_window_destroy (dialog);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_label (c, text))
      return TRUE;

  return FALSE;
}

/* A day HR marks closed (a holiday) is never suggested: the dashboard's suggestion moves off
 * it as soon as HR saves it, the schedule dialog proposes another day, and choosing it there
 * warns (and is still allowed). */
static void
test_schedule_closed_day (Fixture       *fixture,
                          gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GtkLabel *reason = GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "reason_label"));
  g_autoptr(GArray) closed = mp_closed_days_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *day_before = NULL;
  g_autofree char *day_after = NULL;
  g_auto(MpScheduleInfo) info;
  MpScheduleDialog *dialog;
  GtkWidget *warnings;
  GDate holiday, suggested;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  mp_schedule_info_init (&info);
  mp_schedule_compute_for_mentorship (liam, mp_store_get_meetings (fixture->store, liam),
                                      mp_mentor_window_get_mentor_meetings (fixture->window),
                                      mp_store_get_closed_days (fixture->store), &fixture->today, NULL, &info);
  g_assert_true (g_date_valid (&info.suggested));
  holiday = info.suggested;
  {
    g_autofree char *day = mp_format_day (&holiday);

    day_before = g_strdup_printf (": %s.", day);
  }
  g_test_message ("%s", gtk_label_get_text (reason));
  g_assert_nonnull (strstr (gtk_label_get_text (reason), day_before));

  /* HR closes the library on the day suggested (the demo's holidays kept) */
  g_array_unref (closed);
  closed = mp_closed_days_copy (mp_store_get_closed_days (fixture->store));
  mp_closed_days_add (closed, &holiday, "Founders’ Day");
  g_assert_true (mp_store_set_closed_days (fixture->store, closed, &error));
  g_assert_no_error (error);
  mp_test_ui_iterate ();
  g_assert_null (strstr (gtk_label_get_text (reason), day_before));
  mp_schedule_compute_for_mentorship (liam, mp_store_get_meetings (fixture->store, liam),
                                      mp_mentor_window_get_mentor_meetings (fixture->window),
                                      mp_store_get_closed_days (fixture->store), &fixture->today, NULL, &info);
  g_assert_true (g_date_valid (&info.suggested));
  g_assert_cmpint (g_date_compare (&info.suggested, &holiday), !=, 0);
  {
    g_autofree char *day = mp_format_day (&info.suggested);

    day_after = g_strdup_printf (": %s.", day);
  }
  g_test_message ("%s", gtk_label_get_text (reason));
  g_assert_nonnull (strstr (gtk_label_get_text (reason), day_after));

  /* The dashboard's calendar says so of the day */
  {
    GtkLabel *day_heading = GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "day_heading"));

    select_day (GTK_CALENDAR (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "calendar")), g_date_get_day (&holiday),
                g_date_get_month (&holiday), g_date_get_year (&holiday));
    mp_test_ui_iterate ();
    g_assert_nonnull (strstr (gtk_label_get_text (day_heading), ": the library system is closed (Founders’ Day)."));
  }

  /* The dialog proposes that other day, without a warning */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  warnings = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "warnings_box");
  mp_schedule_dialog_get_suggested (dialog, &suggested);
  g_assert_cmpint (g_date_compare (&suggested, &info.suggested), ==, 0);
  g_assert_cmpuint (mp_schedule_dialog_get_n_warnings (dialog), ==, 0);

  /* The closed day chosen all the same: said, with its name, and Save stays possible */
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), g_date_get_day (&holiday),
              g_date_get_month (&holiday), g_date_get_year (&holiday));
  {
    g_autofree char *day = mp_format_day (&holiday);
    g_autofree char *expected = g_strdup_printf ("The library system is closed on %s (Founders’ Day).", day);

    g_assert_true (has_label (warnings, expected));
  }
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  g_assert_true (gtk_widget_get_sensitive (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "save_button")));
  mp_test_ui_wait_for_frame (GTK_WIDGET (dialog));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (dialog), "mentor-schedule-dialog-closed-day"));

  /* HR opens the library again that day, the dialog still open: the warning goes; closes it
   * again: it is back */
  {
    g_autofree char *day = mp_format_day (&holiday);
    g_autofree char *expected = g_strdup_printf ("The library system is closed on %s (Founders’ Day).", day);
    g_autoptr(GArray) closed_again = mp_closed_days_copy (mp_store_get_closed_days (fixture->store));
    g_autoptr(GArray) open_again = mp_closed_days_copy (closed_again);

    for (guint i = 0; i < open_again->len; i++)
      if (g_date_compare (&g_array_index (open_again, MpClosedDay, i).date, &holiday) == 0)
        g_array_remove_index (open_again, i--);
    g_assert_true (mp_store_set_closed_days (fixture->store, open_again, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_false (has_label (warnings, expected));
    g_assert_true (mp_store_set_closed_days (fixture->store, closed_again, &error));
    g_assert_no_error (error);
    mp_test_ui_iterate ();
    g_assert_true (has_label (warnings, expected));

    gtk_window_destroy (GTK_WINDOW (dialog));
    mp_test_ui_iterate ();

    /* HR closes the day of the meeting already set: the dashboard's next meeting says so (to
     * move it), until HR opens the day again */
    {
      GtkLabel *next = GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "next_label"));
      g_autoptr(GDateTime) next_at = g_date_time_new_from_unix_local (mp_pairing_get_next_meeting_unix (pairing_of (fixture, liam)));
      g_autoptr(GArray) with_next = mp_closed_days_copy (open_again);
      GDate next_day = mp_local_date (next_at);

      g_assert_null (strstr (gtk_label_get_text (next), "closed that day"));
      mp_closed_days_add (with_next, &next_day, "Inventory day");
      g_assert_true (mp_store_set_closed_days (fixture->store, with_next, &error));
      g_assert_no_error (error);
      mp_test_ui_iterate ();
      g_test_message ("%s", gtk_label_get_text (next));
      g_assert_nonnull (strstr (gtk_label_get_text (next), "The library system is closed that day (Inventory day)"));
      g_assert_true (mp_store_set_closed_days (fixture->store, open_again, &error));
      g_assert_no_error (error);
      mp_test_ui_iterate ();
      g_assert_null (strstr (gtk_label_get_text (next), "closed that day"));
    }
  }
}

/* The buttons of a meeting still to come, and the private notes' lock below them, each
 * have their own place inside the meeting's row. */
static void
assert_meeting_actions_fit (GtkWidget *meetings)
{
  GtkWidget *reschedule = find_widget (meetings, GTK_TYPE_BUTTON, "Reschedule…");
  GtkWidget *row, *parts[5];
  graphene_rect_t bounds[5];
  guint n = 0;

  g_assert_nonnull (reschedule);
  row = gtk_widget_get_ancestor (reschedule, GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  parts[n++] = find_widget (row, GTK_TYPE_BUTTON, "Log…");
  parts[n++] = reschedule;
  parts[n++] = find_widget (row, GTK_TYPE_BUTTON, "Cancel…");
  parts[n++] = find_widget (row, GTK_TYPE_BUTTON, "Add to Calendar…");
  parts[n++] = mp_test_ui_find_descendant (row, GTK_TYPE_TOGGLE_BUTTON);

  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (parts[i]);
      g_assert_true (gtk_widget_get_mapped (parts[i]));
      g_assert_true (gtk_widget_compute_bounds (parts[i], row, &bounds[i]));
      g_assert_cmpfloat (bounds[i].size.width, >, 0);
      g_assert_cmpfloat (bounds[i].origin.x, >=, 0);
      g_assert_cmpfloat (bounds[i].origin.y, >=, 0);
      g_assert_cmpfloat (bounds[i].origin.x + bounds[i].size.width, <=, gtk_widget_get_width (row));
      g_assert_cmpfloat (bounds[i].origin.y + bounds[i].size.height, <=, gtk_widget_get_height (row));
      for (guint j = 0; j < i; j++)
        if (graphene_rect_intersection (&bounds[i], &bounds[j], NULL))
          g_error ("%s (%g,%g %g×%g) overlaps %s (%g,%g %g×%g)",
                   mp_widget_get_tooltip (parts[i]) ? mp_widget_get_tooltip (parts[i]) : "the lock",
                   bounds[i].origin.x, bounds[i].origin.y, bounds[i].size.width, bounds[i].size.height,
                   mp_widget_get_tooltip (parts[j]),
                   bounds[j].origin.x, bounds[j].origin.y, bounds[j].size.width, bounds[j].size.height);
    }
}

/* A scheduled meeting's four buttons fit in its row, wide or narrow. */
static void
test_meeting_actions_fit (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *meetings = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "meetings_list");

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, find_mentorship (fixture, "Liam O'Brien")));
  mp_test_ui_iterate ();
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_meeting_actions_fit (meetings);
  g_assert_true (has_label (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "timeline_box"), "You are here"));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 640);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  mp_test_ui_iterate ();
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_meeting_actions_fit (meetings);
}

static guint
count_labels_containing (GtkWidget  *widget,
                         const char *text)
{
  guint n = GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_labels_containing (c, text);

  return n;
}

/* The timeline marks the phase of a running pairing only: a completed one is in none. */
static void
test_timeline_here (Fixture       *fixture,
                    gconstpointer  user_data)
{
  GtkWidget *timeline = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "timeline_box");

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, find_mentorship (fixture, "Sofia Rossi")));
  mp_test_ui_iterate ();
  g_assert_cmpint (mp_mentorship_get_status (find_mentorship (fixture, "Sofia Rossi")), ==,
                   MP_MENTORSHIP_STATUS_COMPLETED);
  g_assert_nonnull (gtk_widget_get_first_child (timeline));
  g_assert_false (has_label (timeline, "You are here"));

  /* Her first monthly meeting held the day before months 3–6 begin (as when that day is a
   * Saturday): it counts for months 3–6, as in her summary, not as a fifth fortnightly one */
  {
    MpMentorship *sofia = find_mentorship (fixture, "Sofia Rossi");
    GListModel *meetings = mp_store_get_meetings (fixture->store, sofia);
    GDate phase_start = *mp_mentorship_get_start_date (sofia);
    g_autoptr(GError) error = NULL;
    MpMeeting *first_monthly = NULL;

    g_date_add_months (&phase_start, 2);
    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
        GDate day = mp_local_date (mp_meeting_get_starts_at (meeting));

        if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD && g_date_compare (&day, &phase_start) >= 0 &&
            (first_monthly == NULL || g_date_time_compare (mp_meeting_get_starts_at (meeting),
                                                           mp_meeting_get_starts_at (first_monthly)) < 0))
          first_monthly = meeting;
      }
    g_assert_nonnull (first_monthly);
    {
      g_autoptr(MpMeeting) draft = mp_meeting_copy (first_monthly);
      GDate eve = phase_start;
      g_autoptr(GDateTime) at = NULL;

      g_date_subtract_days (&eve, 1);
      at = mp_local_date_time (&eve, 10 * 60);
      mp_meeting_set_starts_at (draft, at);
      g_assert_true (mp_store_save_meeting (fixture->store, draft, &error));
      g_assert_no_error (error);
    }
    mp_test_ui_iterate ();
    g_assert_cmpuint (count_labels_containing (timeline, "5 of 4 meetings held"), ==, 0);
    g_assert_cmpuint (count_labels_containing (timeline, "4 of 4 meetings held"), ==, 2);
  }
}

/* Two contacts with Priya before she arrives, where that phase plans one: said as such,
 * never "2 of 1 meeting held" */
static void
test_timeline_extra_contact (Fixture       *fixture,
                             gconstpointer  user_data)
{
  GtkWidget *timeline = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "timeline_box");
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  for (int days_ago = 3; days_ago >= 2; days_ago--)
    {
      g_autoptr(GError) error = NULL;
      GDate day = fixture->today;
      g_autoptr(GDateTime) at = NULL;
      g_autoptr(MpMeeting) meeting = NULL;

      g_date_subtract_days (&day, (guint) days_ago);
      at = mp_local_date_time (&day, 10 * 60);
      meeting = mp_meeting_new (priya, at);
      mp_meeting_set_status (meeting, MP_MEETING_STATUS_HELD);
      g_assert_true (mp_store_save_meeting (fixture->store, meeting, &error));
      g_assert_no_error (error);
    }
  mp_test_ui_iterate ();
  g_assert_true (has_label (timeline, "You are here"));
  g_assert_cmpuint (count_labels_containing (timeline, "of 1 meeting held"), ==, 0);
  g_assert_cmpuint (count_labels_containing (timeline, "meetings held; the phase plans 1"), ==, 1);
}

/* A day that has passed is refused, and only that is said: no "fine for a first contact"
 * beside it, no weekend, no clash */
static void
test_schedule_past_day_alone (Fixture       *fixture,
                              gconstpointer  user_data)
{
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  GtkWidget *warnings;
  gpointer dialog;
  GDate past = fixture->today;
  GDate soon = fixture->today;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, priya));
  mp_test_ui_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.schedule", NULL));
  dialog = mp_test_ui_find_toplevel (MP_TYPE_SCHEDULE_DIALOG);
  g_assert_nonnull (dialog);
  warnings = child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "warnings_box");

  /* (the control: a day to come before she starts has its reminder) */
  g_date_add_days (&soon, 1);
  g_assert_cmpint (g_date_compare (&soon, mp_mentorship_get_start_date (priya)), <, 0);
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), g_date_get_day (&soon),
              g_date_get_month (&soon), g_date_get_year (&soon));
  g_assert_null (mp_schedule_dialog_get_problem (dialog));
  g_assert_cmpuint (count_labels_containing (warnings, "fine for a first contact"), ==, 1);

  /* A Saturday that has passed, before she starts */
  g_date_subtract_days (&past, 2);
  g_assert_cmpint (g_date_get_weekday (&past), ==, G_DATE_SATURDAY);
  select_day (GTK_CALENDAR (child_of (dialog, MP_TYPE_SCHEDULE_DIALOG, "calendar")), g_date_get_day (&past),
              g_date_get_month (&past), g_date_get_year (&past));
  g_assert_nonnull (strstr (mp_schedule_dialog_get_problem (dialog), "That day has passed"));
  g_assert_cmpuint (mp_schedule_dialog_get_n_warnings (dialog), ==, 0);
  g_assert_false (gtk_widget_get_visible (warnings));

  gtk_window_destroy (GTK_WINDOW (dialog));
  mp_test_ui_iterate ();
}

static GtkWidget *
find_check_named (GtkWidget  *widget,
                  const char *name)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    {
      g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, name);

      if (wrong == NULL)
        return widget;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_check_named (c, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* "Could mentor too" on an introduction: the program's "identification of other possible
 * mentors", saved as it is ticked */
static void
test_possible_mentor (Fixture       *fixture,
                      gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GtkWidget *list = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "introductions_list");
  GListModel *introductions = mp_store_get_introductions (fixture->store, liam);
  MpIntroduction *directors = NULL;
  GtkWidget *noah, *check;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (introductions); i++)
    {
      g_autoptr(MpIntroduction) introduction = g_list_model_get_item (introductions, i);

      if (g_strcmp0 (mp_introduction_get_colleague (introduction), "Member library directors") == 0)
        directors = introduction;
    }
  g_assert_nonnull (directors);
  g_assert_false (mp_introduction_get_possible_mentor (directors));

  /* The demo's: Noah, ticked by Helen */
  noah = find_check_named (list, "Could mentor too: Noah O'Neill-Williams");
  g_assert_nonnull (noah);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (noah)));

  check = find_check_named (list, "Could mentor too: Member library directors");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  mp_test_ui_iterate ();
  g_assert_true (mp_introduction_get_possible_mentor (directors));
  mp_test_ui_wait_for_frame (list);
  g_free (mp_test_ui_snapshot (list, "mentor-introductions"));

  /* and back */
  check = find_check_named (list, "Could mentor too: Member library directors");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  mp_test_ui_iterate ();
  g_assert_false (mp_introduction_get_possible_mentor (directors));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

/* Adds up the "N expected by now" of the timeline's phases. */
static guint
sum_expected (GtkWidget *widget)
{
  guint sum = 0;

  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      const char *found = strstr (text, " expected by now");

      if (found != NULL)
        {
          while (found > text && g_ascii_isdigit (found[-1]))
            found--;
          sum += (guint) g_ascii_strtoull (found, NULL, 10);
        }
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    sum += sum_expected (c);

  return sum;
}

/* Marcus's pairing ended early on 30 October: the phases expect what the summary does, as
 * of that day, not as of today. */
static void
test_timeline_ended (Fixture       *fixture,
                     gconstpointer  user_data)
{
  MpMentorship *marcus = find_mentorship (fixture, "Marcus Chen");

  g_assert_cmpint (mp_mentorship_get_status (marcus), ==, MP_MENTORSHIP_STATUS_ENDED_EARLY);
  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, marcus));
  mp_test_ui_iterate ();
  g_assert_cmpuint (sum_expected (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "timeline_box")), ==,
                    mp_pairing_get_summary (pairing_of (fixture, marcus))->meetings_expected);
}

/* Marcus's pairing ended on 30 October: no introduction dated after it */
static void
test_ended_introduction (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MpMentorship *marcus = find_mentorship (fixture, "Marcus Chen");
  GtkWidget *add = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button");

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, marcus));
  mp_test_ui_iterate ();
  gtk_editable_set_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_colleague_entry")),
                         "Ruth Lindqvist");
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW,
                                                                     "intro_problem_label"))),
                            "after the mentorship ended"));
}

/* Nor an introduction dated years before Liam's pairing began, as a meeting would not be:
 * the Add button says why; three months before the start, a first contact, is fine */
static void
test_introduction_before_start (Fixture       *fixture,
                                gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GtkWidget *add = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_add_button");
  GtkLabel *problem = GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_problem_label"));
  GtkCalendar *calendar = GTK_CALENDAR (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_calendar"));
  guint n_introductions = g_list_model_get_n_items (mp_store_get_introductions (fixture->store, liam));
  GDate day = *mp_mentorship_get_start_date (liam);

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  gtk_editable_set_text (GTK_EDITABLE (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "intro_colleague_entry")),
                         "Catherine Boyd");
  g_assert_true (gtk_widget_get_sensitive (add));

  select_day (calendar, 2, G_DATE_DECEMBER, 2016);
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (problem)));
  g_assert_nonnull (strstr (gtk_label_get_text (problem), "long before this mentorship began"));
  g_signal_emit_by_name (add, "clicked");
  mp_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_introductions (fixture->store, liam)), ==,
                    n_introductions);

  /* The same bound as the Log Meeting dialog's: 90 days before the start, not 91 */
  g_date_subtract_days (&day, 91);
  select_day (calendar, g_date_get_day (&day), g_date_get_month (&day), g_date_get_year (&day));
  g_assert_false (gtk_widget_get_sensitive (add));
  g_date_add_days (&day, 1);
  select_day (calendar, g_date_get_day (&day), g_date_get_month (&day), g_date_get_year (&day));
  g_assert_true (gtk_widget_get_sensitive (add));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (problem)));
}

/* Screenshots with the demo data, at the default size and narrow. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  user_data)
{
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  GListModel *mentees = mp_mentor_window_get_mentees (fixture->window);
  g_autoptr(MpPairing) first = g_list_model_get_item (mentees, 0);

  /* Most urgent first: Priya's first contact is due before Liam's next meeting. */
  g_assert_true (mp_pairing_get_mentorship (first) == priya);

  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window"));

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, find_mentorship (fixture, "Liam O'Brien")));
  mp_test_ui_iterate ();
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-liam"));

  /* Further down: the checklist, the questions, the meetings (one private note open), the
   * introductions and the agreement. */
  {
    GtkWidget *scroller = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "detail_scroller");
    GtkWidget *meetings = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "meetings_list");
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    GtkToggleButton *lock = GTK_TOGGLE_BUTTON (mp_test_ui_find_descendant (meetings, GTK_TYPE_TOGGLE_BUTTON));

    g_assert_nonnull (lock);
    gtk_toggle_button_set_active (lock, TRUE);
    for (guint page = 1; page <= 5; page++)
      {
        g_autofree char *name = g_strdup_printf ("mentor-window-liam-%u", page);

        mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
        gtk_adjustment_set_value (adjustment, page * 600.0);
        mp_test_ui_iterate ();
        g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), name));
      }
    gtk_adjustment_set_value (adjustment, 0);
  }

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 640);
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  mp_test_ui_iterate ();
  mp_test_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-narrow"));
}

/* Labels shown under @widget whose text starts with @prefix, joined by "|"; with @css_class,
 * only those that have it */
static void
collect_labels (GtkWidget  *widget,
                const char *prefix,
                const char *css_class,
                GString    *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  /* (one shown empty shows as "<empty>": a line of nothing is a line too many) */
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_string_append_printf (found, "%s%s", found->len > 0 ? "|" : "",
                            *gtk_label_get_text (GTK_LABEL (widget)) ? gtk_label_get_text (GTK_LABEL (widget)) : "<empty>");

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, prefix, css_class, found);
}

/* An activity not done when its phase is over says it is late, with the phase's last day;
 * one whose phase runs says by when. */
static void
test_activity_late (Fixture       *fixture,
                    gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GListModel *phases = mp_program_get_phases (mp_mentorship_get_program (liam));
  guint n_phases = g_list_model_get_n_items (phases);
  g_autoptr(MpPhase) first_phase = NULL;
  g_autoptr(MpPhase) last_phase = g_list_model_get_item (phases, n_phases - 1);
  g_autoptr(MpActivity) activity = NULL;
  MpActivityProgress *progress;
  g_autoptr(GError) error = NULL;
  GtkWidget *checklist = child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "checklist_box");
  g_autoptr(GString) late = g_string_new (NULL);
  g_autoptr(GString) any_late = g_string_new (NULL);
  g_autoptr(GString) to_do = g_string_new (NULL);
  g_autofree char *expected = NULL;

  /* Months 1–2 (the first phase with activities) are over for Liam: one of their
   * activities back to "not done" */
  for (guint i = 0; i < n_phases && first_phase == NULL; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);

      if (g_list_model_get_n_items (mp_phase_get_activities (phase)) > 0)
        first_phase = g_steal_pointer (&phase);
    }
  g_assert_nonnull (first_phase);
  activity = g_list_model_get_item (mp_phase_get_activities (first_phase), 0);
  progress = mp_store_lookup_activity_progress (fixture->store, liam, mp_activity_get_id (activity));
  g_assert_nonnull (progress);
  g_assert_true (mp_store_set_activity_state (fixture->store, progress, MP_ACTIVITY_STATE_PENDING, NULL, NULL,
                                              &error));
  g_assert_no_error (error);

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();

  {
    MpSchedulePhase plain = mp_schedule_phase_from (first_phase);
    GDate first_day, end_day;
    g_autofree char *day = NULL;

    g_date_clear (&first_day, 1);
    g_date_clear (&end_day, 1);
    mp_schedule_phase_dates (&plain, mp_mentorship_get_start_date (liam), &first_day, &end_day);
    g_assert_cmpint (g_date_compare (&end_day, &fixture->today), <=, 0);
    g_date_subtract_days (&end_day, 1);
    day = mp_format_day_with_year (&end_day);
    expected = g_strdup_printf ("Late: due by %s", day);
  }
  collect_labels (checklist, "Late", "mp-late", late);
  g_assert_cmpstr (late->str, ==, expected);
  /* As the mentor sees it, scrolled to the list */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (checklist, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t top;

    g_assert_true (gtk_widget_compute_point (checklist, content, &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (adjustment, top.y - 60);
    mp_test_ui_iterate ();
    g_free (mp_test_ui_snapshot (GTK_WIDGET (fixture->window), "mentor-window-activity-late"));
  }

  /* The last phase runs: what is left of it is to do by its last day, and not late */
  {
    MpSchedulePhase plain = mp_schedule_phase_from (last_phase);
    GDate end_day;
    g_autofree char *day = NULL;
    g_autofree char *by = NULL;

    g_date_clear (&end_day, 1);
    mp_schedule_phase_dates (&plain, mp_mentorship_get_start_date (liam), NULL, &end_day);
    g_assert_cmpint (g_date_compare (&end_day, &fixture->today), >, 0);
    g_date_subtract_days (&end_day, 1);
    day = mp_format_day_with_year (&end_day);
    by = g_strdup_printf ("To do by %s", day);
    collect_labels (checklist, "To do by ", NULL, to_do);
    g_assert_nonnull (strstr (to_do->str, by));
  }
  collect_labels (checklist, "", "mp-late", any_late);
  g_assert_cmpstr (any_late->str, ==, expected);
}

/* Scheduling late in the evening: once today's last time (20:00) is less than a quarter of an
 * hour away, the day the dashboard and the dialog suggest is the next working day free of the
 * mentor's other meetings, never a time gone by; earlier, the first time proposed today is a
 * quarter of an hour ahead at least. */
static void
test_schedule_day_over (Fixture       *fixture,
                        gconstpointer  user_data)
{
  struct { int day, hour, minute, second, suggested, expected; gboolean over; } cases[] = {
    /* Monday 30 November 2026 */
    { 30, 19, 44, 0, 30, 30, FALSE },
    { 30, 19, 45, 0, 30, 30, FALSE },
    { 30, 19, 45, 1, 30, 1, TRUE },
    { 30, 20, 8, 0, 30, 1, TRUE },
    { 30, 23, 59, 59, 30, 1, TRUE },
    /* a later day is left alone */
    { 30, 21, 0, 0, 2, 2, FALSE },
    /* Friday 4 December: the next working day is Monday 7 */
    { 4, 22, 30, 0, 4, 7, TRUE },
    /* Thursday 3 December: Friday 4 has a meeting with another mentee, Monday 7 is free */
    { 3, 20, 30, 0, 3, 7, TRUE },
  };
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  MpMentorship *priya = find_mentorship (fixture, "Priya Raman");
  g_autoptr(GListStore) others = g_list_store_new (MP_TYPE_MEETING);

  {
    g_autoptr(GDateTime) at = g_date_time_new_local (2026, 12, 4, 11, 0, 0);
    g_autoptr(MpMeeting) meeting = mp_meeting_new (priya, at);

    g_list_store_append (others, meeting);
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int month = cases[i].day >= 30 ? 11 : 12;
      g_autoptr(GDateTime) now = g_date_time_new_local (2026, month, cases[i].day, cases[i].hour,
                                                        cases[i].minute, cases[i].second);
      g_auto(MpScheduleInfo) info;
      GDate expected;

      mp_schedule_info_init (&info);
      g_date_set_dmy (&info.suggested, cases[i].suggested, cases[i].suggested >= 30 ? 11 : 12, 2026);
      g_date_clear (&expected, 1);
      g_date_set_dmy (&expected, cases[i].expected, cases[i].expected >= 30 ? 11 : 12, 2026);
      g_assert_cmpint (mp_schedule_day_is_over (&info.suggested, now), ==, cases[i].over);
      mp_schedule_skip_day_over (&info, liam, G_LIST_MODEL (others), NULL, now);
      g_assert_cmpint (g_date_compare (&info.suggested, &expected), ==, 0);
    }

  /* No suggestion stays none. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 30, 22, 0, 0);
    g_auto(MpScheduleInfo) info;

    mp_schedule_info_init (&info);
    mp_schedule_skip_day_over (&info, liam, NULL, NULL, now);
    g_assert_false (g_date_valid (&info.suggested));
  }

  /* The first time proposed today, and the moment today is over */
  {
    struct { int hour, minute, second, first; } times[] = {
      { 10, 0, 0, 10 * 60 + 15 },
      { 10, 14, 57, 10 * 60 + 30 },
      { 10, 15, 0, 10 * 60 + 30 },
      { 19, 45, 0, 20 * 60 },
    };
    g_autoptr(GDateTime) over_at = NULL;
    GDate day;

    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 30, times[i].hour, times[i].minute,
                                                          times[i].second);

        g_assert_cmpint (mp_schedule_first_time_today (now), ==, times[i].first);
      }
    g_date_clear (&day, 1);
    g_date_set_dmy (&day, 30, 11, 2026);
    over_at = g_date_time_new_from_unix_local (mp_schedule_day_over_at (&day));
    g_assert_cmpint (g_date_time_get_hour (over_at), ==, 19);
    g_assert_cmpint (g_date_time_get_minute (over_at), ==, 45);
    g_assert_cmpint (g_date_time_get_second (over_at), ==, 1);
    g_assert_true (mp_schedule_day_is_over (&day, over_at));
  }
}

/* A dialog left open overnight moves its today on with the clock (and never back) */
static void
test_today_moved_on (void)
{
  GDate today, opened_on, moved;

  g_date_clear (&today, 1);
  g_date_clear (&opened_on, 1);
  g_date_set_dmy (&today, 2, G_DATE_MARCH, 2026);
  g_date_set_dmy (&opened_on, 30, G_DATE_NOVEMBER, 2026);
  {
    g_autoptr(GDateTime) late_evening = g_date_time_new_local (2026, 11, 30, 23, 59, 59);
    g_autoptr(GDateTime) next_morning = g_date_time_new_local (2026, 12, 1, 9, 0, 0);
    g_autoptr(GDateTime) days_later = g_date_time_new_local (2026, 12, 4, 9, 0, 0);
    g_autoptr(GDateTime) set_back = g_date_time_new_local (2026, 11, 29, 9, 0, 0);

    moved = mp_today_moved_on (&today, &opened_on, late_evening);
    g_assert_cmpint (g_date_compare (&moved, &today), ==, 0);
    moved = mp_today_moved_on (&today, &opened_on, next_morning);
    g_assert_cmpint (g_date_get_day (&moved), ==, 3);
    moved = mp_today_moved_on (&today, &opened_on, days_later);
    g_assert_cmpint (g_date_get_day (&moved), ==, 6);
    moved = mp_today_moved_on (&today, &opened_on, set_back);
    g_assert_cmpint (g_date_compare (&moved, &today), ==, 0);
  }
}

/* Logging today: the dialog starts at the quarter hour that began last, never later than
 * now; before the first time it offers (7:00), on the day before. */
static void
test_log_default_time (Fixture       *fixture,
                       gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  const struct { int now; int day_offset; int minutes; } cases[] = {
    { 9 * 60 + 7, 0, 9 * 60 },       /* 9:07: today at 9:00 */
    { 15 * 60, 0, 10 * 60 },         /* 15:00: today at 10:00, as on any day */
    { 6 * 60 + 10, -1, 10 * 60 },    /* 6:10: yesterday at 10:00 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = mp_local_date_time (&fixture->today, cases[i].now);
      MpLogMeetingDialog *dialog = mp_log_meeting_dialog_new_at (GTK_WINDOW (fixture->window), fixture->store, liam,
                                                                 NULL, &fixture->today, now);
      g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG,
                                                                                  "calendar")));
      GDate expected = fixture->today;

      if (cases[i].day_offset < 0)
        g_date_subtract_days (&expected, 1);
      g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, g_date_get_day (&expected));
      g_assert_cmpint (g_date_time_get_month (shown), ==, g_date_get_month (&expected));
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG,
                                                                             "time_dropdown"))), ==,
                        mp_schedule_minutes_to_time_index (cases[i].minutes));
      g_assert_null (mp_log_meeting_dialog_get_problem (dialog));
      gtk_window_destroy (GTK_WINDOW (dialog));
      mp_test_ui_iterate ();
    }
}

/* Log… on a meeting still to come (the pair met earlier than planned): the dialog says the
 * planned day and the day it is recorded on, not only "recorded as held" */
static void
test_log_planned_earlier (Fixture       *fixture,
                          gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GListModel *meetings = mp_store_get_meetings (fixture->store, liam);
  g_autoptr(GDateTime) now = mp_local_date_time (&fixture->today, 10 * 60);
  MpMeeting *next = NULL;
  MpLogMeetingDialog *dialog;
  GDate planned;
  g_autofree char *planned_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings) && next == NULL; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
        next = meeting;
    }
  g_assert_nonnull (next);
  planned = mp_local_date (mp_meeting_get_starts_at (next));
  g_assert_cmpint (g_date_compare (&planned, &fixture->today), >, 0);

  dialog = mp_log_meeting_dialog_new_at (GTK_WINDOW (fixture->window), fixture->store, liam, next, &fixture->today,
                                         now);
  planned_text = mp_format_day (&planned);
  today_text = mp_format_day (&fixture->today);
  expected = g_strdup_printf ("The meeting planned for %s is recorded as held on %s, the day chosen below.",
                              planned_text, today_text);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (dialog, MP_TYPE_LOG_MEETING_DIALOG, "kind_hint_label"))),
                   ==, expected);
  gtk_window_destroy (GTK_WINDOW (dialog));
  mp_test_ui_iterate ();
}

/* A week after Liam's next meeting, not logged: the card says so, not "No meeting
 * scheduled" (the employee still sees it coming) */
static void
test_meeting_not_logged (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MpMentorship *liam = find_mentorship (fixture, "Liam O'Brien");
  GListModel *meetings = mp_store_get_meetings (fixture->store, liam);
  GtkLabel *next_label = GTK_LABEL (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "next_label"));
  MpMeeting *next = NULL;
  GDate later;

  g_assert_true (mp_mentor_window_select_mentorship (fixture->window, liam));
  mp_test_ui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
        next = meeting;
    }
  g_assert_nonnull (next);
  g_assert_null (strstr (gtk_label_get_text (next_label), "not logged"));

  later = mp_local_date (mp_meeting_get_starts_at (next));
  g_date_add_days (&later, 7);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &later);
  mp_test_ui_iterate ();
  g_assert_nonnull (strstr (gtk_label_get_text (next_label), "is not logged yet: log how it went, or cancel it."));
  /* and so does the list of mentees */
  {
    g_autoptr(GString) found = g_string_new (NULL);
    g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (next));
    g_autofree char *when = g_date_time_format (local, "%a %-d %b, %H:%M");
    g_autofree char *expected = g_strdup_printf ("Not logged: %s", when);

    /* (Priya's first contact is past by then too) */
    collect_labels (child_of (fixture->window, MP_TYPE_MENTOR_WINDOW, "mentee_list"), "Not logged: ", NULL, found);
    g_assert_nonnull (strstr (found->str, expected));
  }
}

int
main (int   argc,
      char *argv[])
{
  /* Accessible names are recorded only with an accessibility back-end: the test one. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/mentor-window/schedule", Fixture, "hokafor", fixture_set_up, test_schedule, fixture_tear_down);
  g_test_add ("/mentor-window/reschedule-and-cancel", Fixture, "hokafor",
              fixture_set_up, test_reschedule_and_cancel, fixture_tear_down);
  g_test_add ("/mentor-window/schedule-agenda-carries-over", Fixture, "hokafor",
              fixture_set_up, test_schedule_agenda_carries_over, fixture_tear_down);
  g_test_add ("/mentor-window/schedule-closed-day", Fixture, "hokafor", fixture_set_up, test_schedule_closed_day,
              fixture_tear_down);
  g_test_add ("/mentor-window/feedback", Fixture, "hokafor", fixture_set_up, test_feedback, fixture_tear_down);
  g_test_add ("/mentor-window/meeting-not-logged", Fixture, "hokafor", fixture_set_up, test_meeting_not_logged,
              fixture_tear_down);
  g_test_add_func ("/mentor-window/today-moved-on", test_today_moved_on);
  g_test_add ("/mentor-window/schedule-day-over", Fixture, "hokafor", fixture_set_up, test_schedule_day_over,
              fixture_tear_down);
  g_test_add ("/mentor-window/activity-late", Fixture, "hokafor", fixture_set_up, test_activity_late,
              fixture_tear_down);
  g_test_add ("/mentor-window/log-default-time", Fixture, "hokafor", fixture_set_up, test_log_default_time,
              fixture_tear_down);
  g_test_add ("/mentor-window/schedule-bad-input", Fixture, "hokafor",
              fixture_set_up, test_schedule_bad_input, fixture_tear_down);
  g_test_add ("/mentor-window/schedule-store-error", Fixture, "hokafor",
              fixture_set_up, test_schedule_store_error, fixture_tear_down);
  g_test_add ("/mentor-window/log-meeting", Fixture, "jalvarez", fixture_set_up, test_log_meeting, fixture_tear_down);
  g_test_add ("/mentor-window/close-asks", Fixture, "jalvarez", fixture_set_up, test_close_asks, fixture_tear_down);
  g_test_add ("/mentor-window/section-headings", Fixture, "jalvarez", fixture_set_up, test_section_headings,
              fixture_tear_down);
  g_test_add ("/mentor-window/drop-downs-described", Fixture, "jalvarez", fixture_set_up, test_drop_downs_described,
              fixture_tear_down);
  g_test_add ("/mentor-window/discard-returns-focus", Fixture, "jalvarez", fixture_set_up, test_discard_returns_focus,
              fixture_tear_down);
  g_test_add ("/mentor-window/save-shortcuts", Fixture, "jalvarez", fixture_set_up, test_save_shortcuts,
              fixture_tear_down);
  g_test_add ("/mentor-window/enter-in-duration", Fixture, "jalvarez", fixture_set_up, test_enter_in_duration,
              fixture_tear_down);
  g_test_add ("/mentor-window/log-planned-earlier", Fixture, "hokafor", fixture_set_up, test_log_planned_earlier,
              fixture_tear_down);
  g_test_add ("/mentor-window/open-concern-first", Fixture, "hokafor", fixture_set_up, test_open_concern_first,
              fixture_tear_down);
  g_test_add ("/mentor-window/answer-draft-kept", Fixture, "jalvarez", fixture_set_up, test_answer_draft_kept,
              fixture_tear_down);
  g_test_add ("/mentor-window/concern-and-introduction", Fixture, "jalvarez",
              fixture_set_up, test_concern_and_introduction, fixture_tear_down);
  g_test_add ("/mentor-window/ics", Fixture, "hokafor", fixture_set_up, test_ics, fixture_tear_down);
  g_test_add ("/mentor-window/note-kept-across-mentees", Fixture, "hokafor", fixture_set_up,
              test_note_kept_across_mentees, fixture_tear_down);
  g_test_add ("/mentor-window/note-marker", Fixture, "hokafor", fixture_set_up, test_note_marker,
              fixture_tear_down);
  g_test_add ("/mentor-window/tick-any-meeting", Fixture, "hokafor", fixture_set_up, test_tick_any_meeting,
              fixture_tear_down);
  g_test_add ("/mentor-window/forms-kept-across-mentees", Fixture, "hokafor", fixture_set_up,
              test_forms_kept_across_mentees, fixture_tear_down);
  g_test_add ("/mentor-window/accessible-names", Fixture, "hokafor",
              fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/mentor-window/empty", Fixture, "nwilliams", fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/mentor-window/empty-mentor", Fixture, "cboyd", fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/mentor-window/meeting-actions-fit", Fixture, "hokafor",
              fixture_set_up, test_meeting_actions_fit, fixture_tear_down);
  g_test_add ("/mentor-window/timeline-ended", Fixture, "fwang", fixture_set_up, test_timeline_ended,
              fixture_tear_down);
  g_test_add ("/mentor-window/introduction-before-start", Fixture, "hokafor", fixture_set_up,
              test_introduction_before_start, fixture_tear_down);
  g_test_add ("/mentor-window/ended-introduction", Fixture, "fwang", fixture_set_up, test_ended_introduction,
              fixture_tear_down);
  g_test_add ("/mentor-window/schedule-past-day-alone", Fixture, "hokafor", fixture_set_up,
              test_schedule_past_day_alone, fixture_tear_down);
  g_test_add ("/mentor-window/possible-mentor", Fixture, "hokafor", fixture_set_up, test_possible_mentor,
              fixture_tear_down);
  g_test_add ("/mentor-window/timeline-extra-contact", Fixture, "hokafor", fixture_set_up,
              test_timeline_extra_contact, fixture_tear_down);
  g_test_add ("/mentor-window/timeline-here", Fixture, "twojcik",
              fixture_set_up, test_timeline_here, fixture_tear_down);
  g_test_add ("/mentor-window/screenshots", Fixture, "hokafor", fixture_set_up, test_screenshots, fixture_tear_down);

  return g_test_run ();
}

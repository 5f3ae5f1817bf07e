/* mp-schedule-dialog.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-schedule-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-a11y.h"
#include "mp-mentor-util.h"
#include "mp-schedule-dialog.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* Schedules the next meeting of a mentorship, or reschedules (or cancels) one.
 *
 * The calendar opens on the day mp-schedule suggests, with the reason beside it. The
 * mentor may pick any other day: a clash with another of their meetings, a weekend, a
 * day past the due date or before the employee starts are warnings, not refusals. Only
 * what cannot be (a day that has passed, a meeting ending after midnight, a mentorship
 * that has ended) keeps Save insensitive, with the reason shown. A store error is shown
 * at the top and everything typed stays. */

struct _MpScheduleDialog
{
  GtkWindow       parent_instance;

  /* Template widgets */
  GtkButton      *save_button;
  GtkButton      *cancel_meeting_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkLabel       *heading_label;
  GtkLabel       *reason_label;
  GtkLabel       *existing_label;
  GtkLabel       *chosen_label;
  GtkCalendar    *calendar;
  GtkBox         *warnings_box;
  GtkLabel       *invalid_label;
  GtkDropDown    *time_dropdown;
  GtkSpinButton  *duration_spin;
  GtkDropDown    *mode_dropdown;
  GtkEntry       *place_entry;
  GtkTextView    *agenda_view;

  /* Owned */
  MpStore        *store;
  MpMentorship   *mentorship;
  MpMeeting      *meeting;          /* the one rescheduled; NULL for a new one */
  GListModel     *mentor_meetings;  /* every meeting of the mentor */
  MpScheduleInfo  info;
  GDate           today;
  GDate           opened_on;        /* the clock's day when opened (see mp_today_moved_on()) */
  char           *problem;          /* why Save is insensitive; NULL when it is not */
  guint           n_warnings;
  GString        *warnings_said;  /* the warnings' texts, for a screen reader on the calendar */
};

G_DEFINE_FINAL_TYPE (MpScheduleDialog, mp_schedule_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

int
mp_schedule_time_index_to_minutes (guint index)
{
  return MP_SCHEDULE_DIALOG_FIRST_MINUTE + (int) index * MP_SCHEDULE_DIALOG_STEP_MINUTES;
}

guint
mp_schedule_minutes_to_time_index (int minutes)
{
  int clamped = CLAMP (minutes, MP_SCHEDULE_DIALOG_FIRST_MINUTE, MP_SCHEDULE_DIALOG_LAST_MINUTE);

  /* Rounded to the nearest quarter of an hour. */
  return (guint) ((clamped - MP_SCHEDULE_DIALOG_FIRST_MINUTE + MP_SCHEDULE_DIALOG_STEP_MINUTES / 2) /
                  MP_SCHEDULE_DIALOG_STEP_MINUTES);
}

/**
 * mp_schedule_first_time_today:
 * @now: (nullable): the time now; %NULL for the clock
 *
 * Returns: the first time (minutes since midnight) the dialog proposes today: the quarter
 *   hour at least %MP_SCHEDULE_DIALOG_LEAD_MINUTES from @now (past the last time offered
 *   when today is over)
 */
int
mp_schedule_first_time_today (GDateTime *now)
{
  g_autoptr(GDateTime) clock = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  int earliest = g_date_time_get_hour (clock) * 60 + g_date_time_get_minute (clock) + MP_SCHEDULE_DIALOG_LEAD_MINUTES;

  /* (a second past the minute counts as the next minute) */
  if (g_date_time_get_second (clock) > 0)
    earliest++;

  return (earliest + MP_SCHEDULE_DIALOG_STEP_MINUTES - 1) / MP_SCHEDULE_DIALOG_STEP_MINUTES *
         MP_SCHEDULE_DIALOG_STEP_MINUTES;
}

/**
 * mp_schedule_day_is_over:
 * @day: a day
 * @now: (nullable): the time now; %NULL for the clock
 *
 * Returns: whether @day is today and its last time offered (20:00) is less than
 *   %MP_SCHEDULE_DIALOG_LEAD_MINUTES away, or has passed
 */
gboolean
mp_schedule_day_is_over (const GDate *day,
                         GDateTime   *now)
{
  g_autoptr(GDateTime) clock = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  GDate real_today = mp_local_date (clock);

  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  return g_date_compare (day, &real_today) == 0 &&
         mp_schedule_first_time_today (clock) > MP_SCHEDULE_DIALOG_LAST_MINUTE;
}

/**
 * mp_schedule_day_over_at:
 * @day: a day
 *
 * Returns: the Unix time from which mp_schedule_day_is_over() says @day is over
 */
gint64
mp_schedule_day_over_at (const GDate *day)
{
  g_autoptr(GDateTime) last = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);

  /* At LAST - LEAD exactly, the last time is still offered; a second later it is not */
  last = mp_local_date_time (day, MP_SCHEDULE_DIALOG_LAST_MINUTE - MP_SCHEDULE_DIALOG_LEAD_MINUTES);

  return g_date_time_to_unix (last) + 1;
}

/**
 * mp_schedule_skip_day_over:
 * @info: a computed schedule
 * @mentorship: the mentorship it is for
 * @mentor_meetings: (nullable): every meeting of its mentor, to avoid their days
 * @closed_days: (nullable) (element-type MpClosedDay): days the library is closed, avoided too
 * @now: (nullable): the time now; %NULL for the clock
 *
 * A meeting suggested for today once today is over (mp_schedule_day_is_over()) is
 * suggested again from tomorrow, off weekends, closed days and the mentor's other meetings,
 * so the dashboard and the dialog never propose a time gone by.
 */
/* The day suggested instead of @day once it is over: from the day after, off weekends,
 * closed days and the mentor's other meetings */
static GDate
suggest_from_next_day (const GDate  *day,
                       MpMentorship *mentorship,
                       GListModel   *mentor_meetings,
                       GArray       *closed_days)
{
  g_autoptr(GArray) busy = mp_schedule_busy_dates (mentor_meetings, mentorship, closed_days, NULL);
  GDate next = *day, suggested;

  g_date_add_days (&next, 1);
  mp_schedule_suggest (&next, &next, (const GDate *) (gpointer) busy->data, busy->len, &suggested);

  return suggested;
}

void
mp_schedule_skip_day_over (MpScheduleInfo *info,
                           MpMentorship   *mentorship,
                           GListModel     *mentor_meetings,
                           GArray         *closed_days,
                           GDateTime      *now)
{
  g_return_if_fail (info != NULL);
  g_return_if_fail (MP_IS_MENTORSHIP (mentorship));

  if (g_date_valid (&info->suggested) && mp_schedule_day_is_over (&info->suggested, now))
    info->suggested = suggest_from_next_day (&info->suggested, mentorship, mentor_meetings, closed_days);
}

GtkStringList *
mp_schedule_time_model_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int minutes = MP_SCHEDULE_DIALOG_FIRST_MINUTE; minutes <= MP_SCHEDULE_DIALOG_LAST_MINUTE;
       minutes += MP_SCHEDULE_DIALOG_STEP_MINUTES)
    {
      g_autoptr(GDateTime) time = g_date_time_new_local (2000, 1, 3, minutes / 60, minutes % 60, 0);
      /* Translators: a time of day in a list, see g_date_time_format() for the codes */
      g_autofree char *text = g_date_time_format (time, _("%H:%M"));

      gtk_string_list_append (list, text);
    }

  return list;
}

static void
get_day (MpScheduleDialog *self,
         GDate            *day)
{
  mp_calendar_get_gdate (self->calendar, day);
}

static int
chosen_minutes (MpScheduleDialog *self)
{
  guint index = gtk_drop_down_get_selected (self->time_dropdown);

  if (index == GTK_INVALID_LIST_POSITION)
    index = mp_schedule_minutes_to_time_index (10 * 60);

  return mp_schedule_time_index_to_minutes (index);
}

static GDateTime *
chosen_start (MpScheduleDialog *self)
{
  GDate day;

  get_day (self, &day);

  return mp_local_date_time (&day, chosen_minutes (self));
}

static void
add_warning (MpScheduleDialog *self,
             const char       *icon_name,
             const char       *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "mp-warning");
  gtk_box_append (self->warnings_box, box);
  self->n_warnings++;
  g_string_append_printf (self->warnings_said, self->warnings_said->len > 0 ? " %s" : "%s", text);
}

static void
clear_warnings (MpScheduleDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);
  self->n_warnings = 0;
  g_string_truncate (self->warnings_said, 0);
}

static const char *
meeting_other_name (MpMeeting *meeting)
{
  MpMentorship *mentorship = mp_meeting_get_mentorship (meeting);
  MpPerson *employee = mentorship ? mp_mentorship_get_employee (mentorship) : NULL;

  return employee ? mp_person_get_name (employee) : "";
}

static void
check_clashes (MpScheduleDialog *self,
               GDateTime        *start,
               GDateTime        *end)
{
  guint n = self->mentor_meetings ? g_list_model_get_n_items (self->mentor_meetings) : 0;
  GDate day = mp_local_date (start);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) other = g_list_model_get_item (self->mentor_meetings, i);
      GDateTime *other_start = mp_meeting_get_starts_at (other);
      g_autoptr(GDateTime) other_end = NULL;
      g_autofree char *time = NULL;
      g_autofree char *text = NULL;
      GDate other_day;
      int duration;

      if (other_start == NULL || mp_meeting_get_status (other) == MP_MEETING_STATUS_CANCELLED)
        continue;
      if (self->meeting != NULL && g_strcmp0 (mp_meeting_get_uuid (other), mp_meeting_get_uuid (self->meeting)) == 0)
        continue;

      other_day = mp_local_date (other_start);
      if (g_date_compare (&other_day, &day) != 0)
        continue;

      duration = mp_meeting_get_duration_minutes (other);
      other_end = g_date_time_add_minutes (other_start, duration > 0 ? duration : 60);
      time = mp_format_time (other_start);

      if (g_date_time_compare (start, other_end) < 0 && g_date_time_compare (other_start, end) < 0)
        /* Translators: %1$s is a person's name, %2$s a time of day */
        text = g_strdup_printf (_("This clashes with your meeting with %1$s at %2$s."),
                                meeting_other_name (other), time);
      else
        /* Translators: %1$s is a person's name, %2$s a time of day */
        text = g_strdup_printf (_("You also meet %1$s that day, at %2$s."), meeting_other_name (other), time);

      add_warning (self, "dialog-warning-symbolic", text);
    }
}

/**
 * mp_calendar_show_marks:
 *
 * GtkCalendar 4.8 updates its day labels' :checked state (how a mark shows) only when
 * the month changes, not when a day is marked: bring them in line with the marks.
 */
void
mp_calendar_show_marks (GtkCalendar *calendar)
{
  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (calendar)); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      for (GtkWidget *label = gtk_widget_get_first_child (part); label != NULL;
           label = gtk_widget_get_next_sibling (label))
        {
          guint64 day;

          if (!GTK_IS_LABEL (label) || !gtk_widget_has_css_class (label, "day-number"))
            continue;

          day = g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (label)), NULL, 10);
          if (!gtk_widget_has_css_class (label, "other-month") && day >= 1 && day <= 31 &&
              gtk_calendar_get_day_is_marked (calendar, (guint) day))
            gtk_widget_set_state_flags (label, GTK_STATE_FLAG_CHECKED, FALSE);
          else
            gtk_widget_unset_state_flags (label, GTK_STATE_FLAG_CHECKED);
        }
    }
}

/* The days of the shown month that hold one of the mentor's meetings are marked. */
static void
mark_busy_days (MpScheduleDialog *self,
                const GDate      *shown)
{
  guint n = self->mentor_meetings ? g_list_model_get_n_items (self->mentor_meetings) : 0;

  gtk_calendar_clear_marks (self->calendar);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (self->mentor_meetings, i);
      GDate day;

      if (mp_meeting_get_starts_at (meeting) == NULL || mp_meeting_get_status (meeting) == MP_MEETING_STATUS_CANCELLED)
        continue;
      day = mp_local_date (mp_meeting_get_starts_at (meeting));
      if (g_date_get_year (&day) == g_date_get_year (shown) && g_date_get_month (&day) == g_date_get_month (shown))
        gtk_calendar_mark_day (self->calendar, g_date_get_day (&day));
    }
  mp_calendar_show_marks (self->calendar);
}

static void
set_problem (MpScheduleDialog *self,
             const char       *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);

  gtk_label_set_text (self->invalid_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->invalid_label), problem != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), problem == NULL);
  mp_widget_set_tooltip (GTK_WIDGET (self->save_button), problem);
}

/* Re-checks the chosen day and time: warnings below the calendar, and the reason Save
 * is insensitive when it must be. */
static void
update_state (MpScheduleDialog *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = NULL;
  g_autofree char *chosen = NULL;
  const GDate *employee_start;
  const MpClosedDay *closed;
  g_autofree char *length_problem = NULL;
  g_autofree char *range_problem = NULL;
  const char *problem = NULL;
  GDate day, real_today, today;
  gboolean length_typed, day_refused;
  int duration;

  /* (a duration still being typed is read as the dialog goes, after its dispose) */
  if (self->mentorship == NULL)
    return;

  employee_start = mp_mentorship_get_start_date (self->mentorship);

  get_day (self, &day);
  mark_busy_days (self, &day);
  start = chosen_start (self);
  /* As typed, entered or not: a length out of range is refused, not replaced */
  length_typed = mp_spin_button_get_typed (self->duration_spin, &duration);
  if (!length_typed)
    duration = gtk_spin_button_get_value_as_int (self->duration_spin);
  end = g_date_time_add_minutes (start, duration);
  real_today = mp_local_date (now);
  today = mp_today_moved_on (&self->today, &self->opened_on, now);

  when = mp_format_meeting_when (start);
  /* Translators: %s is a day and time, as in "Tuesday 3 March 2026, 10:00" */
  chosen = g_strdup_printf (_("Meeting on %s"), when);
  gtk_label_set_text (self->chosen_label, chosen);

  clear_warnings (self);

  /* What cannot be. */
  if (!mp_mentorship_is_running (self->mentorship))
    problem = _("This mentorship has ended: no more meetings can be scheduled.");
  else if (!length_typed)
    problem = length_problem = mp_spin_button_range_problem (self->duration_spin);
  else if (g_date_compare (&day, &today) < 0)
    problem = _("That day has passed. To record a meeting that took place, use Log a Meeting.");
  /* (as the store checks it: its day in UTC too, as the export writes it) */
  else if (!mp_schedule_instant_in_range (start))
    problem = range_problem = g_strdup_printf (_("Choose a day from %d to %d."), MP_SCHEDULE_FIRST_YEAR,
                                               MP_SCHEDULE_LAST_YEAR);
  else if (g_date_compare (&day, &real_today) == 0 && g_date_compare (&today, &real_today) == 0 &&
           g_date_time_compare (start, now) < 0)
    problem = _("That time has passed today: choose a later time.");
  else if (duration < MP_SCHEDULE_DIALOG_STEP_MINUTES)
    problem = _("A meeting lasts at least 15 minutes.");
  else if (g_date_time_get_day_of_month (end) != g_date_time_get_day_of_month (start) &&
           !(g_date_time_get_hour (end) == 0 && g_date_time_get_minute (end) == 0))
    problem = _("The meeting would end after midnight: make it shorter or earlier.");
  /* A day that cannot be chosen (passed, out of range, none at all) gets no second look:
   * only the refusal is said */
  day_refused = !mp_mentorship_is_running (self->mentorship) || g_date_compare (&day, &today) < 0 ||
                !mp_schedule_instant_in_range (start);

  /* What may be, but deserves a second look. */
  if (!day_refused)
    check_clashes (self, start, end);

  if (!day_refused && mp_is_weekend (&day))
    {
      g_autofree char *text = NULL;
      g_autofree char *name = mp_format_day (&day);

      /* Translators: %s is a day, as in "Saturday 7 March" */
      text = g_strdup_printf (_("%s is on a weekend."), name);
      add_warning (self, "dialog-warning-symbolic", text);
    }

  closed = day_refused ? NULL : mp_closed_days_find (mp_store_get_closed_days (self->store), &day);
  if (closed != NULL)
    {
      g_autofree char *text = NULL;
      g_autofree char *name = mp_format_day (&day);

      /* Translators: %1$s is a day, as in "Friday 25 December"; %2$s the name HR gave it, as in
       * "Christmas Day" */
      text = g_strdup_printf (_("The library system is closed on %1$s (%2$s)."), name, closed->name);
      add_warning (self, "dialog-warning-symbolic", text);
    }

  if (!day_refused && self->info.state != MP_SCHEDULE_STATE_COMPLETED && self->info.state != MP_SCHEDULE_STATE_ENDED &&
      g_date_valid (&self->info.due) && g_date_compare (&day, &self->info.due) > 0)
    {
      g_autofree char *due = mp_format_day (&self->info.due);
      g_autofree char *text = NULL;

      /* Translators: %s is a day, as in "Tuesday 15 December" */
      text = g_strdup_printf (_("This is after the date the meeting is due, %s."), due);
      add_warning (self, "dialog-warning-symbolic", text);
    }

  if (!day_refused && employee_start != NULL && g_date_valid (employee_start) &&
      g_date_compare (&day, employee_start) < 0)
    {
      g_autofree char *first = mp_format_day (employee_start);
      g_autofree char *name = mp_employee_first_name (self->mentorship);
      g_autofree char *text = NULL;

      /* Translators: %1$s is a person's name, %2$s a day: a reminder, fine for the first contact */
      text = g_strdup_printf (_("This is before %1$s starts, on %2$s: fine for a first contact."), name, first);
      add_warning (self, "dialog-information-symbolic", text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), self->n_warnings > 0);
  set_problem (self, problem);
  /* (what cannot be, then the warnings: what the window says of the day beside it) */
  {
    g_autofree char *notes = problem != NULL && self->warnings_said->len > 0
                             ? g_strconcat (problem, " ", self->warnings_said->str, NULL)
                             : g_strdup (problem != NULL ? problem : self->warnings_said->str);

    mp_a11y_calendar_set_day_notes (self->calendar, notes);
  }
}

static void
on_closed_days_changed_cb (MpScheduleDialog *self)
{
  update_state (self);
}

static void
show_error (MpScheduleDialog *self,
            const GError     *error)
{
  g_autofree char *text = NULL;

  /* Translators: %s says why, in the store's words */
  text = g_strdup_printf (_("Nothing was saved: %s What you entered is still here."), error->message);
  gtk_label_set_text (self->error_label, text);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
on_save_button_clicked_cb (MpScheduleDialog *self,
                           GtkButton        *button)
{
  g_autoptr(MpMeeting) draft = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) start_utc = NULL;
  g_autofree char *agenda = NULL;
  g_autoptr(GError) error = NULL;
  MpMeeting *saved;

  /* A duration typed and not yet read (saved by Ctrl+S, the field still focused) counts. */
  gtk_spin_button_update (self->duration_spin);
  update_state (self);
  if (self->problem != NULL)
    return;

  start = chosen_start (self);
  start_utc = g_date_time_to_utc (start);
  agenda = mp_text_view_dup_text (self->agenda_view);

  if (self->meeting != NULL)
    {
      draft = mp_meeting_copy (self->meeting);
      mp_meeting_set_starts_at (draft, start_utc);
    }
  else
    draft = mp_meeting_new (self->mentorship, start_utc);

  mp_meeting_set_status (draft, MP_MEETING_STATUS_SCHEDULED);
  mp_meeting_set_duration_minutes (draft, gtk_spin_button_get_value_as_int (self->duration_spin));
  mp_meeting_set_mode (draft, (MpMeetingMode) gtk_drop_down_get_selected (self->mode_dropdown));
  mp_meeting_set_place (draft, gtk_editable_get_text (GTK_EDITABLE (self->place_entry)));
  mp_meeting_set_agenda (draft, agenda);

  if (!mp_store_save_meeting (self->store, draft, &error))
    {
      show_error (self, error);
      return;
    }

  saved = mp_store_lookup_meeting (self->store, mp_meeting_get_uuid (draft));
  g_signal_emit (self, signals [SAVED], 0, saved != NULL ? saved : draft);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_confirm_cancel_response_cb (GtkDialog        *dialog,
                               int               response,
                               MpScheduleDialog *self)
{
  g_autoptr(GError) error = NULL;

  /* The question may outlive this dialog until its signal returns: let go of it now. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response != GTK_RESPONSE_ACCEPT || self->meeting == NULL)
    return;

  if (!mp_store_cancel_meeting (self->store, self->meeting, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals [SAVED], 0, self->meeting);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_cancel_meeting_button_clicked_cb (MpScheduleDialog *self,
                                     GtkButton        *button)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->meeting == NULL)
    return;

  name = mp_employee_first_name (self->mentorship);
  dialog = mp_confirm_cancel_meeting_new (GTK_WINDOW (self), name, self->meeting);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_input_changed_cb (MpScheduleDialog *self)
{
  update_state (self);
}

static void
mp_schedule_dialog_dispose (GObject *object)
{
  MpScheduleDialog *self = (MpScheduleDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_SCHEDULE_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->mentorship);
  g_clear_object (&self->meeting);
  g_clear_object (&self->mentor_meetings);

  G_OBJECT_CLASS (mp_schedule_dialog_parent_class)->dispose (object);
}

static void
mp_schedule_dialog_finalize (GObject *object)
{
  MpScheduleDialog *self = (MpScheduleDialog *)object;

  mp_schedule_info_clear (&self->info);
  g_clear_pointer (&self->problem, g_free);
  g_string_free (self->warnings_said, TRUE);

  G_OBJECT_CLASS (mp_schedule_dialog_parent_class)->finalize (object);
}

static void
mp_schedule_dialog_class_init (MpScheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_schedule_dialog_dispose;
  object_class->finalize = mp_schedule_dialog_finalize;

  /**
   * MpScheduleDialog::saved:
   * @meeting: the meeting scheduled, moved or cancelled
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MP_TYPE_MEETING);

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-schedule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, cancel_meeting_button);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, existing_label);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, invalid_label);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, time_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, MpScheduleDialog, agenda_view);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_meeting_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_schedule_dialog_init (MpScheduleDialog *self)
{
  g_autoptr(GtkStringList) times = NULL;

  self->warnings_said = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  mp_add_save_shortcuts (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  mp_spin_button_keep_on_nonsense (self->duration_spin);
  mp_spin_button_activates_default (self->duration_spin);
  mp_a11y_calendar_set_purpose (self->calendar, _("Day of the meeting"));
  /* Given when asked, not set by the template */
  mp_widget_set_tooltip (GTK_WIDGET (self->cancel_meeting_button),
                         _("Call this meeting off; it stays in the history as cancelled"));

  mp_schedule_info_init (&self->info);
  g_date_clear (&self->today, 1);
  g_date_clear (&self->opened_on, 1);

  times = mp_schedule_time_model_new ();
  gtk_drop_down_set_model (self->time_dropdown, G_LIST_MODEL (times));
  gtk_drop_down_set_expression (self->time_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
}

/* Appends @phase's activities still pending to @agenda, under a first line if it is empty. */
static void
append_pending (MpScheduleDialog *self,
                MpPhase          *phase,
                GString          *agenda)
{
  GListModel *activities = mp_phase_get_activities (phase);

  for (guint i = 0; activities != NULL && i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(MpActivity) activity = g_list_model_get_item (activities, i);
      MpActivityProgress *progress = mp_store_lookup_activity_progress (self->store, self->mentorship,
                                                                        mp_activity_get_id (activity));

      if (progress != NULL && mp_activity_progress_get_state (progress) != MP_ACTIVITY_STATE_PENDING)
        continue;

      if (agenda->len == 0)
        {
          g_string_append (agenda, _("Still to cover:"));
          g_string_append_c (agenda, '\n');
        }
      g_string_append_printf (agenda, "• %s\n", mp_activity_get_title (activity));
    }
}

/* The activities not done yet, as an agenda to start from: the meeting's phase's, after
 * those left over from the phases before it (an activity that slipped, such as a member
 * event that had not happened yet, is still to cover). */
static char *
pending_agenda (MpScheduleDialog *self,
                const GDate      *day)
{
  MpProgram *program = mp_mentorship_get_program (self->mentorship);
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  g_autofree MpSchedulePhase *phases = NULL;
  g_autoptr(MpPhase) phase = NULL;
  g_autoptr(GString) agenda = g_string_new (NULL);
  guint n_phases = 0;
  int index;

  if (program == NULL || start == NULL || !g_date_valid (start))
    return g_strdup ("");

  phases = mp_schedule_phases_from_program (program, &n_phases);
  index = mp_schedule_phase_for_date (phases, n_phases, start, day);
  if (index < 0 && self->info.phase_index >= 0)
    index = self->info.phase_index;
  if (index < 0)
    return g_strdup ("");

  /* The loop ends on the meeting's own phase. */
  for (int i = 0; i <= index; i++)
    {
      g_clear_object (&phase);
      phase = g_list_model_get_item (mp_program_get_phases (program), (guint) i);
      if (phase != NULL)
        append_pending (self, phase, agenda);
    }

  if (agenda->len == 0 && phase != NULL && mp_phase_get_summary (phase) != NULL)
    g_string_append (agenda, mp_phase_get_summary (phase));

  return g_string_free (g_steal_pointer (&agenda), FALSE);
}

/* A meeting already set from today on: this one would come in addition to it. */
static void
show_existing (MpScheduleDialog *self)
{
  GListModel *meetings = mp_store_get_meetings (self->store, self->mentorship);
  g_autoptr(GDateTime) from = mp_local_date_time (&self->today, 0);
  MpMeeting *next = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
      GDateTime *starts_at = mp_meeting_get_starts_at (meeting);

      if (mp_meeting_get_status (meeting) != MP_MEETING_STATUS_SCHEDULED || starts_at == NULL ||
          g_date_time_compare (starts_at, from) < 0)
        continue;
      if (next == NULL || g_date_time_compare (starts_at, mp_meeting_get_starts_at (next)) < 0)
        next = meeting;
    }

  if (next == NULL)
    return;

  when = mp_format_meeting_when (mp_meeting_get_starts_at (next));
  /* Translators: %s is a day and time */
  text = g_strdup_printf (_("A meeting is already set for %s. This one comes in addition; to move that one "
                            "instead, use Reschedule under Meetings."), when);
  gtk_label_set_text (self->existing_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->existing_label), TRUE);
}

/* The place and the way of the latest meeting, as a sensible default for the next one. */
static MpMeeting *
latest_meeting (MpScheduleDialog *self)
{
  GListModel *meetings = mp_store_get_meetings (self->store, self->mentorship);
  MpMeeting *latest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_CANCELLED || mp_meeting_get_informal (meeting) ||
          mp_meeting_get_starts_at (meeting) == NULL)
        continue;
      if (latest == NULL ||
          g_date_time_compare (mp_meeting_get_starts_at (meeting), mp_meeting_get_starts_at (latest)) > 0)
        latest = meeting;
    }

  return latest;
}

/**
 * mp_schedule_dialog_new:
 * @parent: the window it belongs to
 * @meeting: (nullable): the scheduled meeting to move (or cancel); %NULL for a new one
 * @mentor_meetings: every meeting of the mentor (any mentee), for clashes and for the
 *   suggestion to avoid
 * @today: the day the schedule is computed for
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
MpScheduleDialog *
mp_schedule_dialog_new (GtkWindow    *parent,
                        MpStore      *store,
                        MpMentorship *mentorship,
                        MpMeeting    *meeting,
                        GListModel   *mentor_meetings,
                        const GDate  *today)
{
  MpScheduleDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GDate day;
  int minutes = 10 * 60;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);
  g_return_val_if_fail (meeting == NULL || MP_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (mentor_meetings == NULL || G_IS_LIST_MODEL (mentor_meetings), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (MP_TYPE_SCHEDULE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->mentorship = g_object_ref (mentorship);
  self->meeting = meeting ? g_object_ref (meeting) : NULL;
  self->mentor_meetings = mentor_meetings ? g_object_ref (mentor_meetings) : NULL;
  self->today = *today;
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    self->opened_on = mp_local_date (now);
  }

  mp_schedule_compute_for_mentorship (mentorship, mp_store_get_meetings (store, mentorship), mentor_meetings,
                                      mp_store_get_closed_days (store), today, NULL, &self->info);
  /* (HR closing a day, on another computer, is said if it is the day chosen) */
  g_signal_connect_object (store, "notify::closed-days", G_CALLBACK (on_closed_days_changed_cb), self,
                           G_CONNECT_SWAPPED);

  name = mp_employee_first_name (mentorship);
  if (meeting != NULL)
    {
      g_autofree char *when = mp_format_meeting_when (mp_meeting_get_starts_at (meeting));
      g_autofree char *reason = NULL;

      gtk_window_set_title (GTK_WINDOW (self), _("Reschedule Meeting"));
      /* Translators: %s is a person's name */
      heading = g_strdup_printf (_("Move the meeting with %s"), name);
      /* Translators: %s is a day and time */
      reason = g_strdup_printf (_("Now set for %s."), when);
      gtk_label_set_text (self->reason_label, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->cancel_meeting_button),
                              mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED);

      day = mp_local_date (mp_meeting_get_starts_at (meeting));
      {
        g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (meeting));

        minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
      }
      if (mp_meeting_get_duration_minutes (meeting) > 0)
        gtk_spin_button_set_value (self->duration_spin, mp_meeting_get_duration_minutes (meeting));
      gtk_drop_down_set_selected (self->mode_dropdown, mp_meeting_get_mode (meeting));
      gtk_editable_set_text (GTK_EDITABLE (self->place_entry),
                             mp_meeting_get_place (meeting) ? mp_meeting_get_place (meeting) : "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->agenda_view),
                                mp_meeting_get_agenda (meeting) ? mp_meeting_get_agenda (meeting) : "", -1);
    }
  else
    {
      MpMeeting *latest = latest_meeting (self);
      g_autofree char *agenda = NULL;

      /* Translators: %s is a person's name */
      heading = g_strdup_printf (_("Next meeting with %s"), name);
      gtk_label_set_text (self->reason_label, self->info.reason ? self->info.reason : "");

      mp_schedule_skip_day_over (&self->info, mentorship, mentor_meetings, mp_store_get_closed_days (store), NULL);
      if (g_date_valid (&self->info.suggested))
        day = self->info.suggested;
      else
        day = *today;
      /* (none due: today, unless it is over; then from tomorrow, off closed days and the
       * mentor's other meetings, as a suggestion moved would be) */
      if (mp_schedule_day_is_over (&day, NULL))
        day = suggest_from_next_day (&day, mentorship, mentor_meetings, mp_store_get_closed_days (store));

      /* Suggested for today, when 10:00 is past or near: the first quarter hour far enough
       * ahead to read and save it (today is not over: it is no later than the last time) */
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();
        GDate real_today = mp_local_date (now);

        if (g_date_compare (&day, &real_today) == 0)
          minutes = MIN (MAX (minutes, mp_schedule_first_time_today (now)), MP_SCHEDULE_DIALOG_LAST_MINUTE);
      }

      if (self->info.state == MP_SCHEDULE_STATE_PRE_ARRIVAL)
        gtk_drop_down_set_selected (self->mode_dropdown, MP_MEETING_MODE_PHONE);
      else if (latest != NULL)
        gtk_drop_down_set_selected (self->mode_dropdown, mp_meeting_get_mode (latest));
      if (latest != NULL && mp_meeting_get_place (latest) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->place_entry), mp_meeting_get_place (latest));

      agenda = pending_agenda (self, &day);
      show_existing (self);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->agenda_view), agenda, -1);
    }

  gtk_label_set_text (self->heading_label, heading);
  mp_calendar_select_date (self->calendar, &day);
  gtk_drop_down_set_selected (self->time_dropdown, mp_schedule_minutes_to_time_index (minutes));

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::month", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::year", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->time_dropdown, "notify::selected", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->duration_spin, "value-changed", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->duration_spin, "changed", G_CALLBACK (on_input_changed_cb), self);

  update_state (self);
  /* Closing asks before losing the day, time, length or way chosen, the place or the agenda */
  mp_form_ask_before_discard (GTK_WINDOW (self), self->meeting != NULL ? _("Discard the changes to this meeting?")
                                                                       : _("Discard the meeting you were scheduling?"));

  return self;
}

/**
 * mp_schedule_dialog_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting being moved, %NULL for a new one
 */
MpMeeting *
mp_schedule_dialog_get_meeting (MpScheduleDialog *self)
{
  g_return_val_if_fail (MP_IS_SCHEDULE_DIALOG (self), NULL);

  return self->meeting;
}

/**
 * mp_schedule_dialog_get_suggested:
 *
 * The day mp-schedule suggests (invalid when no meeting is due).
 */
void
mp_schedule_dialog_get_suggested (MpScheduleDialog *self,
                                  GDate            *suggested)
{
  g_return_if_fail (MP_IS_SCHEDULE_DIALOG (self));
  g_return_if_fail (suggested != NULL);

  *suggested = self->info.suggested;
}

/**
 * mp_schedule_dialog_get_day:
 *
 * The day selected in the dialog's calendar.
 */
void
mp_schedule_dialog_get_day (MpScheduleDialog *self,
                            GDate            *day)
{
  g_return_if_fail (MP_IS_SCHEDULE_DIALOG (self));
  g_return_if_fail (day != NULL);

  get_day (self, day);
}

void
mp_schedule_dialog_set_time (MpScheduleDialog *self,
                             int               minutes_since_midnight)
{
  g_return_if_fail (MP_IS_SCHEDULE_DIALOG (self));

  gtk_drop_down_set_selected (self->time_dropdown, mp_schedule_minutes_to_time_index (minutes_since_midnight));
}

/**
 * mp_schedule_dialog_get_problem:
 *
 * Returns: (nullable): why Save is insensitive, %NULL when it is not
 */
const char *
mp_schedule_dialog_get_problem (MpScheduleDialog *self)
{
  g_return_val_if_fail (MP_IS_SCHEDULE_DIALOG (self), NULL);

  return self->problem;
}

guint
mp_schedule_dialog_get_n_warnings (MpScheduleDialog *self)
{
  g_return_val_if_fail (MP_IS_SCHEDULE_DIALOG (self), 0);

  return self->n_warnings;
}

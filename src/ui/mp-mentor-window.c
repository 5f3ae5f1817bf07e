/* mp-mentor-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-mentor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-a11y.h"
#include "mp-feedback-dialog.h"
#include "mp-ics.h"
#include "mp-lead-time.h"
#include "mp-list-row.h"
#include "mp-log-meeting-dialog.h"
#include "mp-mentor-util.h"
#include "mp-mentor-window.h"
#include "mp-pairing.h"
#include "mp-schedule-dialog.h"
#include "mp-status-page.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* The mentor dashboard: the current person's mentees, most urgent first (from the shared
 * MpPairingList, so the numbers are those every window shows), the selected mentee's
 * detail, and a calendar of the mentor's meetings.
 *
 * Everything shown follows the store: lists are bound to the store's GListModels, and the
 * labels are refreshed (in an idle, once per burst) when the store says a mentorship or
 * its history changed. Every change goes through one store method; an error is shown in
 * the banner at the top and what was typed stays where it was. */

typedef struct _ActivityRow ActivityRow;

struct _MpMentorWindow
{
  MpWindow            parent_instance;

  /* Template widgets */
  GtkMenuButton      *primary_menu_button;
  GtkRevealer        *banner_revealer;
  GtkBox             *banner_box;
  GtkImage           *banner_icon;
  GtkLabel           *banner_label;
  GtkButton          *banner_undo_button;
  GtkStack           *main_stack;
  MpStatusPage       *status_page;
  GtkListView        *mentee_list;
  GtkCalendar        *calendar;
  GtkLabel           *day_heading;
  GtkListBox         *day_list;
  GtkScrolledWindow  *detail_scroller;
  GtkLabel           *name_label;
  GtkLabel           *state_label;
  GtkLabel           *subtitle_label;
  GtkLinkButton      *email_button;
  GtkLinkButton      *phone_button;
  GtkBox             *detail_box;
  GtkWidget          *next_card;
  GtkLabel           *next_label;
  GtkLabel           *reason_label;
  GtkBox             *timeline_box;
  GtkWidget          *activities_section;
  GtkLabel           *activities_heading;
  GtkBox             *checklist_box;
  GtkWidget          *concerns_section;
  GtkListBox         *concerns_list;
  GtkListBox         *meetings_list;
  GtkLabel           *introductions_hint;
  GtkListBox         *introductions_list;
  GtkEntry           *intro_colleague_entry;
  GtkEntry           *intro_where_entry;
  GtkMenuButton      *intro_date_button;
  GtkCalendar        *intro_calendar;
  GtkButton          *intro_add_button;
  GtkLabel           *intro_problem_label;
  GtkLabel           *agreed_label;
  GtkEntry           *best_days_entry;
  GtkEntry           *channels_entry;
  GtkTextView        *expectations_view;
  GtkButton          *agreement_save_button;
  GtkLabel           *feedback_label;
  GtkButton          *feedback_button;

  /* Owned */
  MpPairingList      *pairings;
  GtkCustomFilter    *mentee_filter;
  GtkSorter          *mentee_sorter;
  GListModel         *mentees;          /* the mentor's pairings (filtered, unsorted) */
  GtkSingleSelection *selection;
  GListModel         *mentor_meetings;  /* every meeting of every mentee */
  MpMentorship       *mentorship;       /* the one shown */
  MpPairing          *pairing;
  GtkSorter          *meetings_sorter;
  GtkSorter          *concerns_sorter;
  GtkSorter          *introductions_sorter;
  GListModel         *meetings_model;       /* sorted, as bound to the lists */
  GListModel         *concerns_model;
  GListModel         *introductions_model;
  GListModel         *sorted_mentees;
  GPtrArray          *activity_rows;

  /* An activity done put back on the to-do list: what Undo (the banner's, Ctrl+Z) restores */
  MpMentorship       *undo_mentorship;
  char               *undo_activity_id;
  GDate               undo_done_on;
  char               *undo_meeting_uuid;
  guint               refresh_id;
  guint               day_over_id;     /* when today's suggestion must move to another day */
  GDate               day_over_watched;
  gulong              pairing_notify_id;
  gboolean            agreement_dirty;
  gboolean            filling_agreement;
  GHashTable         *answer_drafts;  /* concern uuid → the answer typed, not sent yet */
  GHashTable         *note_drafts;    /* meeting uuid → a private note changed, not saved
                                       * (in memory only, as the notes are shown) */
  GHashTable         *form_drafts;    /* mentorship uuid → FormDraft: forms left unsaved */
};

/* The agreement and introduction forms of a mentee, as left unsaved when another was shown */
typedef struct
{
  char     *best_days;       /* the agreement's fields, when changed and not saved */
  char     *channels;
  char     *expectations;
  char     *colleague;       /* the introduction being typed */
  char     *where;
  gboolean  agreement_dirty;
} FormDraft;

static void
form_draft_free (gpointer data)
{
  FormDraft *draft = data;

  g_free (draft->best_days);
  g_free (draft->channels);
  g_free (draft->expectations);
  g_free (draft->colleague);
  g_free (draft->where);
  g_free (draft);
}

G_DEFINE_FINAL_TYPE (MpMentorWindow, mp_mentor_window, MP_TYPE_WINDOW)

struct _ActivityRow
{
  MpMentorWindow *self;       /* borrowed */
  MpActivity     *activity;   /* owned */
  MpPhase        *phase;      /* owned: the phase it belongs to */
  GtkWidget      *icon_label;
  GtkWidget      *state_label;
  GtkWidget      *hr_label;
  GtkWidget      *done_button;
  GtkWidget      *undo_button;
  GtkWidget      *na_button;
  GtkWidget      *popover_box;
};

static void queue_refresh (MpMentorWindow *self);
static void refresh_calendar (MpMentorWindow *self);

static MpStore *
get_store (MpMentorWindow *self)
{
  return mp_window_get_store (MP_WINDOW (self));
}

/* The list's today (a test's, or the clock's as read each minute); the clock's itself when
 * the list follows it, so that just after midnight no dialog opens on yesterday */
static void
get_today (MpMentorWindow *self,
           GDate          *today)
{
  if (mp_pairing_list_follows_clock (self->pairings))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      *today = mp_local_date (now);
    }
  else
    mp_pairing_list_get_today (self->pairings, today);
}

/* The start of today, local time: "upcoming" means from then on. */
static GDateTime *
start_of_today (MpMentorWindow *self)
{
  GDate today;

  get_today (self, &today);

  return mp_local_date_time (&today, 0);
}

/* No activity to put back any more: the banner's Undo goes, and Ctrl+Z does nothing */
static void
forget_undo (MpMentorWindow *self)
{
  g_clear_object (&self->undo_mentorship);
  g_clear_pointer (&self->undo_activity_id, g_free);
  g_clear_pointer (&self->undo_meeting_uuid, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_undo_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

static void
show_banner (MpMentorWindow *self,
             gboolean        is_error,
             const char     *text)
{
  /* A message replaces the one before, and its Undo */
  forget_undo (self);
  gtk_label_set_text (self->banner_label, text);
  gtk_image_set_from_icon_name (self->banner_icon, is_error ? "dialog-error-symbolic" : "emblem-ok-symbolic");
  if (is_error)
    gtk_widget_remove_css_class (GTK_WIDGET (self->banner_box), "mp-info");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->banner_box), "mp-info");
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

static void
show_error (MpMentorWindow *self,
            const char     *what,
            const GError   *error)
{
  g_autofree char *text = NULL;

  /* Translators: %1$s says what could not be done ("Could not save the answer"), %2$s why */
  text = g_strdup_printf (_("%1$s: %2$s Nothing you typed was lost."), what, error->message);
  show_banner (self, TRUE, text);
}

static void
on_banner_close_clicked_cb (MpMentorWindow *self)
{
  forget_undo (self);
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static const char *
state_css_class (MpScheduleState state)
{
  switch (state)
    {
    case MP_SCHEDULE_STATE_OVERDUE:
      return "mp-state-overdue";
    case MP_SCHEDULE_STATE_DUE_SOON:
      return "mp-state-due-soon";
    case MP_SCHEDULE_STATE_PRE_ARRIVAL:
      return "mp-state-pre-arrival";
    case MP_SCHEDULE_STATE_COMPLETED:
    case MP_SCHEDULE_STATE_ENDED:
    case MP_SCHEDULE_STATE_UNFINISHED:
      return "mp-state-finished";
    case MP_SCHEDULE_STATE_ON_TRACK:
    default:
      return "mp-state-on-track";
    }
}

static void
set_badge (GtkLabel        *label,
           MpScheduleState  state,
           const char      *text)
{
  const char *classes[] = { "mp-badge", state_css_class (state), NULL };

  gtk_label_set_text (label, text);
  gtk_widget_set_css_classes (GTK_WIDGET (label), classes);
}

static gboolean
same_person (MpPerson *a,
             MpPerson *b)
{
  return a != NULL && b != NULL && (a == b || g_strcmp0 (mp_person_get_uuid (a), mp_person_get_uuid (b)) == 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Mentee list rows (closures of resources/ui/mp-mentee-row.ui)                               */
/* ------------------------------------------------------------------------------------------ */

static char **
mp_mentee_row_badge_classes (GtkListItem     *item,
                             MpScheduleState  state)
{
  char *classes[] = { (char *) "mp-badge", (char *) state_css_class (state), NULL };

  return g_strdupv (classes);
}

static char *
mp_mentee_row_subtitle (GtkListItem *item,
                        const char  *department,
                        const char  *phase)
{
  if (mp_text_is_blank (department))
    return g_strdup (phase ? phase : "");
  if (mp_text_is_blank (phase))
    return g_strdup (department);

  /* Translators: a department and a phase of the program, e.g. "Member Services · Months 1–2" */
  return g_strdup_printf (_("%1$s · %2$s"), department, phase);
}

static double
mp_mentee_row_fraction (GtkListItem *item,
                        guint        done,
                        guint        applicable)
{
  return applicable > 0 ? CLAMP ((double) done / applicable, 0.0, 1.0) : 0.0;
}

static char *
mp_mentee_row_activities (GtkListItem *item,
                          guint        done,
                          guint        applicable)
{
  /* Translators: activities of the program done, e.g. "3 of 8 activities done" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u activity done", "%u of %u activities done",
                                       applicable),
                          done, applicable);
}

/* A meeting's day and time as the short list of mentees shows it: "Wed 2 Dec, 11:00" */
static char *
format_short_when (gint64 unix_time)
{
  g_autoptr(GDateTime) instant = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = g_date_time_to_local (instant);

  /* Translators: a meeting's day and time in the short list of mentees, see
   * g_date_time_format() for the codes: "Wed 2 Dec, 11:00" */
  return g_date_time_format (local, _("%a %-d %b, %H:%M"));
}

static char *
mp_mentee_row_next (GtkListItem       *item,
                    gint64             next_unix,
                    MpProgressSummary *summary)
{
  MpPairing *pairing = gtk_list_item_get_item (item);

  if (summary != NULL && summary->next_meeting != NULL)
    {
      g_autofree char *when = format_short_when (g_date_time_to_unix (summary->next_meeting));

      /* Translators: %s is a day and time */
      return g_strdup_printf (_("Next: %s"), when);
    }

  /* The last one planned has passed unlogged, as the card beside says (and HR's table) */
  if (MP_IS_PAIRING (pairing) && mp_pairing_get_unlogged_meeting_unix (pairing) != MP_PROGRESS_NO_TIME)
    {
      g_autofree char *when = format_short_when (mp_pairing_get_unlogged_meeting_unix (pairing));

      /* Translators: in the short list of mentees; %s is a day and time, "Wed 2 Dec, 11:00" */
      return g_strdup_printf (_("Not logged: %s"), when);
    }

  if (summary != NULL && summary->schedule.reason != NULL)
    return g_strdup (summary->schedule.reason);

  return g_strdup ("");
}

/* The mentee's open concerns, so the mentor sees from the list who is waiting for an answer:
 * short in the row ("Mon 9 Mar"), whole in its tooltip. The summary is not read: it is passed
 * so the row is made again each time the mentorship or its history changes (a concern raised,
 * answered or closed). */
static char *
describe_open_concerns (MpPairing *pairing,
                        gboolean   whole)
{
  MpStore *store = pairing != NULL ? mp_pairing_get_store (pairing) : NULL;
  GListModel *concerns;
  g_autofree char *day = NULL;
  GDate first;
  guint n_open = 0;

  if (store == NULL || mp_pairing_get_mentorship (pairing) == NULL)
    return g_strdup ("");

  g_date_clear (&first, 1);
  concerns = mp_store_get_concerns (store, mp_pairing_get_mentorship (pairing));
  for (guint i = 0; concerns != NULL && i < g_list_model_get_n_items (concerns); i++)
    {
      g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, i);
      const GDate *needed_by = mp_concern_get_needed_by (concern);

      if (mp_concern_get_status (concern) != MP_CONCERN_STATUS_OPEN)
        continue;
      n_open++;
      if (needed_by != NULL && g_date_valid (needed_by) &&
          (!g_date_valid (&first) || g_date_compare (needed_by, &first) < 0))
        first = *needed_by;
    }

  if (n_open == 0)
    return g_strdup ("");
  if (!g_date_valid (&first))
    /* Translators: in the list of mentees, under a mentee's name */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open concern", "%u open concerns", n_open), n_open);

  if (whole)
    {
      day = mp_format_day (&first);
      if (n_open == 1)
        /* Translators: %s is a day, as in "Tuesday 1 December" */
        return g_strdup_printf (_("An open concern: needed by %s"), day);
      /* Translators: %2$s is a day, as in "Tuesday 1 December": "2 open concerns: the first
       * needed by Tuesday 1 December" (never fewer than two) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u open concern: the first needed by %2$s",
                                           "%1$u open concerns: the first needed by %2$s", n_open),
                              n_open, day);
    }

  {
    g_autoptr(GDateTime) midnight = mp_local_date_time (&first, 0);

    /* Translators: a short day in the list of mentees, see g_date_time_format() for the
     * codes: "Tue 1 Dec" */
    day = g_date_time_format (midnight, _("%a %-d %b"));
  }
  if (n_open == 1)
    /* Translators: in the narrow list of mentees; %s is a short day, as in "Tue 1 Dec" */
    return g_strdup_printf (_("Open concern, needed by %s"), day);
  /* Translators: in the narrow list of mentees; %2$s is a short day, as in "Tue 1 Dec":
   * "2 open concerns, first by Tue 1 Dec" (never fewer than two) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u open concern, first by %2$s",
                                       "%1$u open concerns, first by %2$s", n_open),
                          n_open, day);
}

static char *
mp_mentee_row_concerns (GtkListItem       *item,
                        MpPairing         *pairing,
                        MpProgressSummary *summary)
{
  return describe_open_concerns (pairing, FALSE);
}

static char *
mp_mentee_row_concerns_whole (GtkListItem       *item,
                              MpPairing         *pairing,
                              MpProgressSummary *summary)
{
  return describe_open_concerns (pairing, TRUE);
}

/* What a screen reader says of a mentee's row when it takes the focus: the row's texts, in
 * whole: "Liam O’Brien, On track, Member Services, Months 3–6: once a month, 7 of 8 activities
 * done, Next: Thu 24 Dec, 11:00, An open concern: needed by Tuesday 1 December". Bound to the
 * same properties as the texts, so it follows them. (A concern's day, never its text.) */
static char *
mp_mentee_row_accessible_label (GtkListItem       *item,
                                MpPairing         *pairing,
                                const char        *employee,
                                const char        *state,
                                const char        *department,
                                const char        *phase,
                                guint              done,
                                guint              applicable,
                                gint64             next_unix,
                                MpProgressSummary *summary)
{
  g_autofree char *activities = mp_mentee_row_activities (item, done, applicable);
  g_autofree char *next = mp_mentee_row_next (item, next_unix, summary);
  g_autofree char *concerns = describe_open_concerns (pairing, TRUE);
  /* (the phase is the state before arrival: said once) */
  const char *texts[] = { employee, state, department, g_strcmp0 (phase, state) != 0 ? phase : NULL, activities, next,
                          concerns };

  return mp_a11y_join_texts (texts, G_N_ELEMENTS (texts));
}

static gboolean
mp_mentee_row_has_text (GtkListItem *item,
                        const char  *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
mentee_filter_func (gpointer item,
                    gpointer user_data)
{
  MpMentorWindow *self = user_data;
  MpMentorship *mentorship = mp_pairing_get_mentorship (MP_PAIRING (item));
  MpStore *store = get_store (self);
  MpPerson *me = store ? mp_store_get_current_person (store) : NULL;

  return me != NULL && mentorship != NULL &&
         mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ARCHIVED &&
         same_person (mp_mentorship_get_mentor (mentorship), me);
}

static gpointer
map_pairing_to_meetings (gpointer item,
                         gpointer user_data)
{
  MpMentorWindow *self = user_data;
  g_autoptr(MpPairing) pairing = item;
  MpStore *store = get_store (self);

  return g_object_ref (mp_store_get_meetings (store, mp_pairing_get_mentorship (pairing)));
}

/* ------------------------------------------------------------------------------------------ */
/* Calendar                                                                                   */
/* ------------------------------------------------------------------------------------------ */

static const char *
meeting_status_label (MpMeeting *meeting)
{
  switch (mp_meeting_get_status (meeting))
    {
    case MP_MEETING_STATUS_HELD:
      return mp_meeting_get_informal (meeting) ? _("Informal contact") : _("Held");
    case MP_MEETING_STATUS_CANCELLED:
      return _("Cancelled");
    case MP_MEETING_STATUS_SCHEDULED:
    default:
      return _("Scheduled");
    }
}

static const char *
meeting_employee_name (MpMeeting *meeting)
{
  MpMentorship *mentorship = mp_meeting_get_mentorship (meeting);
  MpPerson *employee = mentorship ? mp_mentorship_get_employee (mentorship) : NULL;

  return employee ? mp_person_get_name (employee) : "";
}

static void
refresh_calendar (MpMentorWindow *self)
{
  g_autoptr(GPtrArray) on_day = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *day_text = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(GString) said = NULL;
  const MpClosedDay *closed;
  GtkWidget *child;
  GDate selected;
  guint n;

  mp_calendar_get_gdate (self->calendar, &selected);

  gtk_calendar_clear_marks (self->calendar);
  n = self->mentor_meetings ? g_list_model_get_n_items (self->mentor_meetings) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (self->mentor_meetings, i);
      GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
      GDate day;

      if (starts_at == NULL || mp_meeting_get_status (meeting) == MP_MEETING_STATUS_CANCELLED)
        continue;

      day = mp_local_date (starts_at);
      if (g_date_get_year (&day) == g_date_get_year (&selected) &&
          g_date_get_month (&day) == g_date_get_month (&selected))
        gtk_calendar_mark_day (self->calendar, g_date_get_day (&day));

      if (g_date_compare (&day, &selected) == 0)
        g_ptr_array_add (on_day, g_steal_pointer (&meeting));
    }

  mp_calendar_show_marks (self->calendar);
  g_ptr_array_sort (on_day, mp_meeting_compare_by_start);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->day_list))) != NULL)
    gtk_list_box_remove (self->day_list, child);

  day_text = mp_format_day (&selected);
  /* A day the library is closed says so (HR's Closed Days) */
  closed = get_store (self) != NULL ? mp_closed_days_find (mp_store_get_closed_days (get_store (self)), &selected)
                                    : NULL;
  if (closed != NULL && on_day->len == 0)
    /* Translators: %1$s is a day, as in "Friday 25 December"; %2$s what closes the library, as in
     * "Christmas Day" */
    heading = g_strdup_printf (_("No meetings on %1$s: the library system is closed (%2$s)."), day_text,
                               closed->name);
  else if (closed != NULL)
    /* Translators: %1$s is a day, as in "Friday 25 December"; %2$s what closes the library, as in
     * "Christmas Day" */
    heading = g_strdup_printf (_("On %1$s, when the library system is closed (%2$s):"), day_text, closed->name);
  else if (on_day->len == 0)
    /* Translators: %s is a day, as in "Tuesday 3 March" */
    heading = g_strdup_printf (_("No meetings on %s."), day_text);
  else
    /* Translators: %s is a day, as in "Tuesday 3 March" */
    heading = g_strdup_printf (_("On %s:"), day_text);
  gtk_label_set_text (self->day_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->day_list), on_day->len > 0);
  /* A screen reader hears the day's meetings on the calendar itself */
  said = g_string_new (heading);

  for (guint i = 0; i < on_day->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (on_day, i);
      g_autofree char *time = mp_format_time (mp_meeting_get_starts_at (meeting));
      g_autofree char *text = NULL;
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label;

      /* Translators: a meeting in a day's list: time, person, how, state, e.g.
       * "10:00 Liam O’Brien — In person (Scheduled)" */
      text = g_strdup_printf (_("%1$s %2$s — %3$s (%4$s)"), time, meeting_employee_name (meeting),
                              mp_meeting_mode_get_label (mp_meeting_get_mode (meeting)),
                              meeting_status_label (meeting));
      g_string_append_printf (said, i == 0 ? " %s" : "; %s", text);
      label = new_label (text, NULL);
      gtk_widget_set_margin_start (label, 8);
      gtk_widget_set_margin_end (label, 8);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      mp_widget_set_tooltip (row, _("Show this mentee"));
      g_object_set_data_full (G_OBJECT (row), "mp-meeting", g_object_ref (meeting), g_object_unref);
      gtk_list_box_append (self->day_list, row);
    }
  mp_a11y_calendar_set_day_text (self->calendar, said->str);
}

static void
on_calendar_changed_cb (MpMentorWindow *self)
{
  refresh_calendar (self);
}

static void
on_day_list_row_activated_cb (MpMentorWindow *self,
                              GtkListBoxRow  *row)
{
  MpMeeting *meeting = g_object_get_data (G_OBJECT (row), "mp-meeting");

  if (meeting != NULL)
    mp_mentor_window_select_mentorship (self, mp_meeting_get_mentorship (meeting));
}

static void
select_calendar_day (GtkCalendar *calendar,
                     GDateTime   *instant)
{
  GDate day = mp_local_date (instant);

  mp_calendar_select_date (calendar, &day);
}

/* ------------------------------------------------------------------------------------------ */
/* Timeline of the phases                                                                     */
/* ------------------------------------------------------------------------------------------ */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
refresh_timeline (MpMentorWindow *self)
{
  MpStore *store = get_store (self);
  MpProgram *program = mp_mentorship_get_program (self->mentorship);
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  MpProgressSummary *summary = self->pairing ? mp_pairing_get_summary (self->pairing) : NULL;
  g_autofree MpSchedulePhase *phases = NULL;
  g_autoptr(GArray) work = NULL;
  GListModel *phase_list;
  guint n_phases = 0;
  gboolean over;
  GDate today, end;

  clear_box (self->timeline_box);
  if (program == NULL || start == NULL || !g_date_valid (start))
    return;

  get_today (self, &today);
  phases = mp_schedule_phases_from_program (program, &n_phases);
  /* The phases' meetings and activities, as the employee's timeline counts them */
  work = mp_phase_work_compute (self->mentorship, mp_store_get_meetings (store, self->mentorship),
                                mp_store_get_activity_progress (store, self->mentorship),
                                mp_store_get_closed_days (store), &today, NULL);
  /* After the program's last day no phase holds today */
  g_date_clear (&end, 1);
  mp_schedule_program_end (phases, n_phases, start, &end);
  over = g_date_valid (&end) && g_date_compare (&today, &end) >= 0;
  phase_list = mp_program_get_phases (program);

  for (guint i = 0; i < n_phases && i < work->len; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phase_list, i);
      const MpPhaseWork *phase_work = &g_array_index (work, MpPhaseWork, i);
      g_autofree char *dates = NULL;
      g_autofree char *counts = NULL;
      g_autofree char *line = NULL;
      guint total = phase_work->meetings_planned, expected = phase_work->meetings_due;
      /* Of the meetings the phase plans, those held in their own time (two in one fortnight
       * are not two of its four); more held than planned in all is said so */
      guint held = phase_work->meetings_held, kept = phase_work->meetings_kept;
      /* A pairing that is over is in no phase any more. */
      gboolean current = summary != NULL && summary->phase_index == (int) i &&
                         mp_mentorship_is_running (self->mentorship) && !over;
      GtkWidget *row, *marker, *texts, *title_box, *title, *bar;
      GDate first, end;

      g_date_clear (&first, 1);
      g_date_clear (&end, 1);
      mp_schedule_phase_dates (&phases[i], start, &first, &end);
      if (phases[i].start_month < 0 || !g_date_valid (&first))
        {
          g_autofree char *day = mp_format_day_with_year (start);

          /* Translators: %s is the start date */
          dates = g_strdup_printf (_("Before %s"), day);
        }
      else
        {
          GDate last = end;
          g_autofree char *from = NULL;
          g_autofree char *to = NULL;

          if (g_date_valid (&last))
            g_date_subtract_days (&last, 1);
          from = mp_format_day_with_year (&first);
          to = g_date_valid (&last) ? mp_format_day_with_year (&last) : g_strdup ("");
          /* Translators: a period, "3 March 2026 – 2 May 2026" */
          dates = g_strdup_printf (_("%1$s – %2$s"), from, to);
        }

      if (held > total)
        /* More than the phase plans (a second contact before arrival): not "2 of 1";
         * Translators: meetings of a phase, e.g. "2 meetings held; the phase plans 1" */
        counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u meeting held; the phase plans %2$u",
                                               "%1$u meetings held; the phase plans %2$u", held),
                                  held, total);
      else
        /* Translators: meetings of a phase, e.g. "2 of 4 meetings held, 3 expected by now" */
        counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u meeting held, %3$u expected by now",
                                               "%1$u of %2$u meetings held, %3$u expected by now", total),
                                  kept, total, expected);
      if (phase_work->activities_applicable > 0)
        {
          g_autofree char *activities =
            /* Translators: activities of a phase, e.g. "2 of 4 activities done" */
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u activity done",
                                          "%1$u of %2$u activities done", phase_work->activities_applicable),
                             phase_work->activities_done, phase_work->activities_applicable);

          line = g_strdup_printf ("%s · %s · %s", dates, counts, activities);
        }
      else
        line = g_strdup_printf ("%s · %s", dates, counts);

      row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_add_css_class (row, "mp-phase");
      if (current)
        gtk_widget_add_css_class (row, "mp-phase-current");

      marker = gtk_label_new (current ? "●" : (mp_phase_work_done (phase_work) ? "✔" : "○"));
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_add_css_class (marker, "mp-phase-marker");
      gtk_accessible_update_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      current ? _("You are here") : "", -1);
      gtk_box_append (GTK_BOX (row), marker);

      texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_hexpand (texts, TRUE);
      title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      title = new_label (mp_phase_get_title (phase), "heading");
      gtk_box_append (GTK_BOX (title_box), title);
      if (current)
        {
          GtkWidget *here = gtk_label_new (_("You are here"));

          gtk_widget_add_css_class (here, "mp-badge");
          gtk_widget_add_css_class (here, "mp-state-current");
          gtk_widget_set_valign (here, GTK_ALIGN_CENTER);
          gtk_box_append (GTK_BOX (title_box), here);
        }
      gtk_box_append (GTK_BOX (texts), title_box);
      gtk_box_append (GTK_BOX (texts), new_label (line, "dim-label"));
      bar = gtk_progress_bar_new ();
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), total > 0 ? MIN (1.0, (double) kept / total) : 0.0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, counts, -1);
      gtk_box_append (GTK_BOX (texts), bar);
      gtk_box_append (GTK_BOX (row), texts);

      gtk_box_append (self->timeline_box, row);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Activity checklist                                                                         */
/* ------------------------------------------------------------------------------------------ */

static void
activity_row_free (gpointer data)
{
  ActivityRow *row = data;

  g_clear_object (&row->activity);
  g_clear_object (&row->phase);
  g_free (row);
}

static gboolean
set_activity_state (MpMentorWindow  *self,
                    MpActivity      *activity,
                    MpActivityState  state,
                    const GDate     *done_on,
                    MpMeeting       *meeting)
{
  MpStore *store = get_store (self);
  const char *id = mp_activity_get_id (activity);
  MpActivityProgress *progress = mp_store_lookup_activity_progress (store, self->mentorship, id);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (progress != NULL)
    ok = mp_store_set_activity_state (store, progress, state, done_on, meeting, &error);
  else
    {
      g_autoptr(MpActivityProgress) draft = mp_activity_progress_new (self->mentorship, id);

      mp_activity_progress_set_state (draft, state);
      if (state == MP_ACTIVITY_STATE_DONE)
        {
          mp_activity_progress_set_done_on (draft, done_on);
          mp_activity_progress_set_meeting (draft, meeting);
        }
      ok = mp_store_save_activity_progress (store, draft, &error);
    }

  if (!ok)
    show_error (self, _("Could not change the activity"), error);

  return ok;
}

static void
on_done_choice_clicked_cb (GtkButton   *button,
                           ActivityRow *row)
{
  MpMeeting *meeting = g_object_get_data (G_OBJECT (button), "mp-meeting");
  MpActivity *activity = g_object_ref (row->activity);
  MpMentorWindow *self = row->self;
  GDate day;

  gtk_popover_popdown (gtk_menu_button_get_popover (GTK_MENU_BUTTON (row->done_button)));
  /* "Tick…" goes once ticked: the focus goes to what replaces it ("Mark Not Done") */
  mp_focus_later (gtk_widget_get_parent (row->done_button));

  if (meeting != NULL)
    day = mp_local_date (mp_meeting_get_starts_at (meeting));
  else
    get_today (self, &day);

  set_activity_state (self, activity, MP_ACTIVITY_STATE_DONE, &day, meeting);
  g_object_unref (activity);
}

/* Offers the meetings held, latest first, and "today, outside a meeting". */
static void
on_done_popover_show_cb (GtkPopover  *popover,
                         ActivityRow *row)
{
  MpMentorWindow *self = row->self;
  GListModel *meetings = mp_store_get_meetings (get_store (self), self->mentorship);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *button;
  GtkBox *list;

  clear_box (GTK_BOX (row->popover_box));
  gtk_box_append (GTK_BOX (row->popover_box), new_label (_("Done at which meeting?"), "heading"));

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      MpMeeting *meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD && mp_meeting_get_starts_at (meeting) != NULL)
        g_ptr_array_add (held, meeting);
      else
        g_object_unref (meeting);
    }
  g_ptr_array_sort (held, mp_meeting_compare_by_start);

  /* Every meeting held, the latest first: one unticked by mistake can go back to the meeting
   * it was done at, however long ago (a program has a dozen or so; more scroll) */
  list = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  if (held->len > 8)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (list));
      gtk_box_append (GTK_BOX (row->popover_box), scroller);
    }
  else
    gtk_box_append (GTK_BOX (row->popover_box), GTK_WIDGET (list));

  for (guint i = held->len; i > 0; i--)
    {
      MpMeeting *meeting = g_ptr_array_index (held, i - 1);
      GDate day = mp_local_date (mp_meeting_get_starts_at (meeting));
      g_autofree char *text = mp_format_day_with_year (&day);
      g_autofree char *label = NULL;

      /* Translators: %1$s is a day, %2$s how the meeting took place */
      label = g_strdup_printf (_("The meeting of %1$s (%2$s)"), text,
                               mp_meeting_mode_get_label (mp_meeting_get_mode (meeting)));
      button = gtk_button_new_with_label (label);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "mp-meeting", g_object_ref (meeting), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_done_choice_clicked_cb), row);
      gtk_box_append (list, button);
    }

  button = gtk_button_new_with_label (_("Today, outside a meeting"));
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (on_done_choice_clicked_cb), row);
  gtk_box_append (GTK_BOX (row->popover_box), button);
}

/* "Not Done": the activity goes back on the to-do list. Done, it loses the day and the
 * meeting it was done at: the banner says so and offers them back (Undo, or Ctrl+Z). */
static void
on_undo_clicked_cb (GtkButton   *button,
                    ActivityRow *row)
{
  MpMentorWindow *self = row->self;
  /* (the row may be made anew once the store changed: its activity is kept here) */
  g_autoptr(MpActivity) activity = g_object_ref (row->activity);
  MpActivityProgress *progress = mp_store_lookup_activity_progress (get_store (self), self->mentorship,
                                                                    mp_activity_get_id (activity));
  gboolean was_done = progress != NULL && mp_activity_progress_get_state (progress) == MP_ACTIVITY_STATE_DONE;
  MpMeeting *meeting = was_done ? mp_activity_progress_get_meeting (progress) : NULL;
  g_autofree char *meeting_uuid = meeting != NULL ? g_strdup (mp_meeting_get_uuid (meeting)) : NULL;
  GDate done_on;

  g_date_clear (&done_on, 1);
  if (was_done && mp_activity_progress_get_done_on (progress) != NULL)
    done_on = *mp_activity_progress_get_done_on (progress);

  mp_focus_later (gtk_widget_get_parent (row->undo_button));
  if (!set_activity_state (self, activity, MP_ACTIVITY_STATE_PENDING, NULL, NULL) || !was_done)
    return;

  {
    g_autofree char *text = NULL;

    /* Translators: %s is an activity of the program */
    text = g_strdup_printf (_("“%s” is back on the to-do list."), mp_activity_get_title (activity));
    show_banner (self, FALSE, text);
  }
  self->undo_mentorship = g_object_ref (self->mentorship);
  self->undo_activity_id = g_strdup (mp_activity_get_id (activity));
  self->undo_done_on = done_on;
  self->undo_meeting_uuid = g_steal_pointer (&meeting_uuid);
  {
    g_autofree char *name = NULL;

    /* Translators: the accessible name of Undo; %s is an activity of the program */
    name = g_strdup_printf (_("Undo: put “%s” back as done"), mp_activity_get_title (activity));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->banner_undo_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->banner_undo_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);
}

/* Puts back what "Not Done" took: the activity done on its day, at its meeting (unless it
 * was ticked again meanwhile, here or on another computer). */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  MpStore *store = get_store (self);
  MpActivityProgress *progress;
  MpMeeting *meeting;
  g_autofree char *id = NULL;
  gboolean shown;
  g_autoptr(GError) error = NULL;

  if (self->undo_activity_id == NULL)
    return;
  /* Ctrl+Z in a text being typed is the text's (one press too many there puts no activity
   * back): only the banner's button and a key outside a text do */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

    if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)))
      return;
  }
  id = g_strdup (self->undo_activity_id);
  shown = self->undo_mentorship == self->mentorship;

  progress = mp_store_lookup_activity_progress (store, self->undo_mentorship, self->undo_activity_id);
  meeting = self->undo_meeting_uuid != NULL ? mp_store_lookup_meeting (store, self->undo_meeting_uuid) : NULL;
  if (progress != NULL && mp_activity_progress_get_state (progress) == MP_ACTIVITY_STATE_PENDING &&
      !mp_store_set_activity_state (store, progress, MP_ACTIVITY_STATE_DONE,
                                    g_date_valid (&self->undo_done_on) ? &self->undo_done_on : NULL, meeting,
                                    &error))
    {
      show_error (self, _("Could not change the activity"), error);
      return;
    }

  forget_undo (self);
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  /* (from the banner's button, gone now: to the activity's row, when shown) */
  for (guint i = 0; shown && i < self->activity_rows->len; i++)
    {
      ActivityRow *row = g_ptr_array_index (self->activity_rows, i);

      if (g_strcmp0 (mp_activity_get_id (row->activity), id) == 0)
        mp_focus_later (gtk_widget_get_parent (row->undo_button));
    }
}

static void
on_not_applicable_clicked_cb (GtkButton   *button,
                              ActivityRow *row)
{
  mp_focus_later (gtk_widget_get_parent (row->na_button));
  set_activity_state (row->self, row->activity, MP_ACTIVITY_STATE_NOT_APPLICABLE, NULL, NULL);
}

/* Names @button, which acts on @activity: its label first, as a voice-control user says
 * what they see ("Mark Not Done “Shadow a consultant”"), and @what it does, at more length,
 * as its description and tooltip ("Put “Shadow a consultant” back on the to-do list"). */
static void
name_activity_button (GtkWidget  *button,
                      MpActivity *activity,
                      const char *what)
{
  g_autofree char *name = NULL;

  /* Translators: a button's name for screen readers and voice control: its label, then the
   * activity of the program it acts on ("Mark Not Done “Shadow a consultant”") */
  name = g_strdup_printf (_("%1$s “%2$s”"), gtk_button_get_label (GTK_BUTTON (button)),
                          mp_activity_get_title (activity));
  mp_widget_set_tooltip (button, what);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
update_activity_row (ActivityRow *row)
{
  MpMentorWindow *self = row->self;
  MpActivityProgress *progress = mp_store_lookup_activity_progress (get_store (self), self->mentorship,
                                                                    mp_activity_get_id (row->activity));
  MpActivityState state = progress ? mp_activity_progress_get_state (progress) : MP_ACTIVITY_STATE_PENDING;
  gboolean optional = mp_activity_get_optional (row->activity);
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  gboolean late = FALSE;
  g_autofree char *text = NULL;
  g_autofree char *hr = NULL;
  GDate phase_end;  /* the day after its phase's last, from the start as it is now */

  g_date_clear (&phase_end, 1);
  if (start != NULL && g_date_valid (start))
    {
      MpSchedulePhase plain = mp_schedule_phase_from (row->phase);

      mp_schedule_phase_dates (&plain, start, NULL, &phase_end);
    }

  switch (state)
    {
    case MP_ACTIVITY_STATE_DONE:
      {
        const GDate *done_on = mp_activity_progress_get_done_on (progress);
        MpMeeting *meeting = mp_activity_progress_get_meeting (progress);
        g_autofree char *day = done_on && g_date_valid (done_on) ? mp_format_day_with_year (done_on) : NULL;

        gtk_label_set_text (GTK_LABEL (row->icon_label), "✔");
        if (day != NULL && meeting != NULL && mp_meeting_get_starts_at (meeting) != NULL)
          {
            GDate meeting_day = mp_local_date (mp_meeting_get_starts_at (meeting));
            g_autofree char *at = mp_format_day (&meeting_day);

            /* Translators: %1$s is a day with its year, %2$s the day of a meeting */
            text = g_strdup_printf (_("Done on %1$s, at the meeting of %2$s"), day, at);
          }
        else if (day != NULL)
          /* Translators: %s is a day with its year */
          text = g_strdup_printf (_("Done on %s"), day);
        else
          text = g_strdup (_("Done"));
      }
      break;

    case MP_ACTIVITY_STATE_NOT_APPLICABLE:
      gtk_label_set_text (GTK_LABEL (row->icon_label), "–");
      text = g_strdup (_("Not applicable for this new employee"));
      break;

    case MP_ACTIVITY_STATE_PENDING:
    default:
      gtk_label_set_text (GTK_LABEL (row->icon_label), "○");
      if (mp_mentorship_is_running (self->mentorship) && g_date_valid (&phase_end))
        {
          GDate today, last = phase_end;
          g_autofree char *day = NULL;

          get_today (self, &today);
          g_date_subtract_days (&last, 1);
          day = mp_format_day_with_year (&last);
          /* (one the pair may skip is never late) */
          late = !optional && g_date_compare (&today, &phase_end) >= 0;
          if (late)
            /* Translators: %s is the last day of the activity's phase, with its year */
            text = g_strdup_printf (_("Late: due by %s"), day);
          else if (optional)
            /* Translators: %s is the last day of the activity's phase, with its year */
            text = g_strdup_printf (_("To do by %s, if pertinent"), day);
          else
            /* Translators: %s is the last day of the activity's phase, with its year */
            text = g_strdup_printf (_("To do by %s"), day);
        }
      else
        text = g_strdup (optional ? _("To do, if pertinent") : _("To do"));
      break;
    }

  if (late)
    gtk_widget_add_css_class (row->state_label, "mp-late");
  else
    gtk_widget_remove_css_class (row->state_label, "mp-late");

  gtk_label_set_text (GTK_LABEL (row->state_label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->icon_label), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);

  if (mp_activity_get_hr_follow_up (row->activity))
    {
      const GDate *followed = progress ? mp_activity_progress_get_hr_followed_up_on (progress) : NULL;

      if (state != MP_ACTIVITY_STATE_DONE)
        /* Still to do: what comes after it, not something that happened */
        hr = g_strdup (state == MP_ACTIVITY_STATE_NOT_APPLICABLE ? NULL
                                                                 : _("Once done, follow up with the HR administrator"));
      else if (followed != NULL && g_date_valid (followed))
        {
          g_autofree char *day = mp_format_day_with_year (followed);

          /* Translators: %s is a day with its year */
          hr = g_strdup_printf (_("HR follow-up done on %s"), day);
        }
      else
        hr = g_strdup (_("HR follow-up pending"));
    }
  gtk_label_set_text (GTK_LABEL (row->hr_label), hr ? hr : "");
  gtk_widget_set_visible (row->hr_label, hr != NULL);
  gtk_widget_remove_css_class (row->hr_label, "mp-pending");
  if (hr != NULL && state == MP_ACTIVITY_STATE_DONE &&
      (progress == NULL || mp_activity_progress_get_hr_followed_up_on (progress) == NULL ||
       !g_date_valid (mp_activity_progress_get_hr_followed_up_on (progress))))
    gtk_widget_add_css_class (row->hr_label, "mp-pending");

  gtk_widget_set_visible (row->done_button, state == MP_ACTIVITY_STATE_PENDING);
  gtk_widget_set_visible (row->na_button, state == MP_ACTIVITY_STATE_PENDING && optional);
  gtk_widget_set_visible (row->undo_button, state != MP_ACTIVITY_STATE_PENDING);
  gtk_button_set_label (GTK_BUTTON (row->undo_button),
                        /* (a button: what it does, not a state) */
                        state == MP_ACTIVITY_STATE_NOT_APPLICABLE ? _("Mark Applicable") : _("Mark Not Done"));
  /* GTK 4.8 names a button after its label when the label is set: name it again after
   * which activity, or a screen reader hears "Mark Not Done" on every row. */
  {
    g_autofree char *undo_what = NULL;

    if (state == MP_ACTIVITY_STATE_NOT_APPLICABLE)
      /* Translators: %s is an activity of the program */
      undo_what = g_strdup_printf (_("Mark “%s” as applicable"), mp_activity_get_title (row->activity));
    else
      /* Translators: %s is an activity of the program */
      undo_what = g_strdup_printf (_("Put “%s” back on the to-do list"), mp_activity_get_title (row->activity));
    name_activity_button (row->undo_button, row->activity, undo_what);
  }
  gtk_widget_set_sensitive (row->done_button, mp_mentorship_is_running (self->mentorship));
}

static GtkWidget *
build_activity_row (MpMentorWindow *self,
                    MpActivity     *activity,
                    MpPhase        *phase)
{
  ActivityRow *row = g_new0 (ActivityRow, 1);
  GtkWidget *box, *texts, *buttons, *popover, *title;
  g_autofree char *done_name = NULL;
  g_autofree char *na_what = NULL;

  row->self = self;
  row->activity = g_object_ref (activity);
  row->phase = g_object_ref (phase);
  g_ptr_array_add (self->activity_rows, row);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "mp-activity");

  row->icon_label = gtk_label_new ("○");
  gtk_widget_set_valign (row->icon_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (row->icon_label, "mp-activity-mark");
  gtk_box_append (GTK_BOX (box), row->icon_label);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  title = new_label (mp_activity_get_title (activity), "heading");
  gtk_box_append (GTK_BOX (texts), title);
  if (!mp_text_is_blank (mp_activity_get_description (activity)))
    gtk_box_append (GTK_BOX (texts), new_label (mp_activity_get_description (activity), "dim-label"));
  row->state_label = new_label ("", NULL);
  gtk_box_append (GTK_BOX (texts), row->state_label);
  row->hr_label = new_label ("", "mp-hr-follow-up");
  gtk_box_append (GTK_BOX (texts), row->hr_label);
  gtk_box_append (GTK_BOX (box), texts);

  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);

  row->done_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (row->done_button), _("Tick…"));
  /* Translators: %s is an activity of the program */
  done_name = g_strdup_printf (_("Tick “%s” as done"), mp_activity_get_title (activity));
  mp_widget_set_tooltip (row->done_button, done_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->done_button), GTK_ACCESSIBLE_PROPERTY_LABEL, done_name, -1);
  popover = gtk_popover_new ();
  row->popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_popover_set_child (GTK_POPOVER (popover), row->popover_box);
  g_signal_connect (popover, "show", G_CALLBACK (on_done_popover_show_cb), row);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (row->done_button), popover);
  gtk_box_append (GTK_BOX (buttons), row->done_button);

  row->na_button = gtk_button_new_with_label (_("Not Applicable"));
  /* Translators: %s is an activity of the program */
  na_what = g_strdup_printf (_("Mark “%s” as not applicable"), mp_activity_get_title (activity));
  name_activity_button (row->na_button, activity, na_what);
  g_signal_connect (row->na_button, "clicked", G_CALLBACK (on_not_applicable_clicked_cb), row);
  gtk_box_append (GTK_BOX (buttons), row->na_button);

  /* (its label, name and tooltip follow the activity's state: update_activity_row ()) */
  row->undo_button = gtk_button_new_with_label (_("Mark Not Done"));
  gtk_widget_add_css_class (row->undo_button, "flat");
  g_signal_connect (row->undo_button, "clicked", G_CALLBACK (on_undo_clicked_cb), row);
  gtk_box_append (GTK_BOX (buttons), row->undo_button);

  gtk_box_append (GTK_BOX (box), buttons);

  update_activity_row (row);

  return box;
}

static void
build_checklist (MpMentorWindow *self)
{
  MpProgram *program = self->mentorship ? mp_mentorship_get_program (self->mentorship) : NULL;
  GListModel *phases = program ? mp_program_get_phases (program) : NULL;

  clear_box (self->checklist_box);
  g_ptr_array_set_size (self->activity_rows, 0);

  for (guint i = 0; phases != NULL && i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);
      GtkWidget *list;

      if (activities == NULL || g_list_model_get_n_items (activities) == 0)
        continue;

      gtk_box_append (self->checklist_box, new_label (mp_phase_get_title (phase), "mp-subheading"));
      list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (list, "mp-list");
      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);

          gtk_box_append (GTK_BOX (list), build_activity_row (self, activity, phase));
        }
      gtk_box_append (self->checklist_box, list);
    }
}

static void
refresh_checklist (MpMentorWindow *self)
{
  MpProgressSummary *summary = self->pairing ? mp_pairing_get_summary (self->pairing) : NULL;
  g_autofree char *heading = NULL;

  for (guint i = 0; i < self->activity_rows->len; i++)
    update_activity_row (g_ptr_array_index (self->activity_rows, i));

  if (summary != NULL)
    /* Translators: e.g. "Activities: 3 of 8 done" */
    heading = g_strdup_printf (_("Activities: %u of %u done"), summary->activities_done,
                               summary->activities_applicable);
  else
    heading = g_strdup (_("Activities"));
  gtk_label_set_text (self->activities_heading, heading);
}

/* ------------------------------------------------------------------------------------------ */
/* Meeting history                                                                            */
/* ------------------------------------------------------------------------------------------ */

typedef struct
{
  MpMentorWindow *self;     /* borrowed */
  MpMeeting      *meeting;  /* owned */
  GtkWidget      *when_label;
  GtkWidget      *status_label;
  GtkWidget      *info_label;
  GtkWidget      *agenda_label;
  GtkWidget      *summary_label;
  GtkWidget      *actions_box;
  GtkWidget      *correct_button;
  GtkWidget      *lock_button;
  GtkWidget      *lock_label;
  GtkWidget      *note_revealer;
  GtkWidget      *note_view;
  GtkWidget      *note_status;
  char           *saved_note;  /* as the store has it: a change back to it is no change */
  gboolean        note_loaded;
} MeetingRow;

static void
meeting_row_free (gpointer data)
{
  MeetingRow *row = data;

  g_clear_object (&row->meeting);
  g_free (row->saved_note);
  g_free (row);
}

/* The lock's marker (in bold) and its name say whether the meeting has a private note */
static void
show_note_marker (MeetingRow *row,
                  const char *note)
{
  GDateTime *starts_at = mp_meeting_get_starts_at (row->meeting);
  g_autofree char *when = starts_at ? mp_format_meeting_when (starts_at) : g_strdup ("");
  g_autofree char *lock_name = NULL;

  /* Translators: %s is a meeting's day and time */
  lock_name = g_strdup_printf (mp_text_is_blank (note) ? _("Private notes on the meeting of %s (none yet)")
                                                       : _("Private notes on the meeting of %s"), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->lock_button), GTK_ACCESSIBLE_PROPERTY_LABEL, lock_name, -1);
  if (mp_text_is_blank (note))
    gtk_widget_remove_css_class (row->lock_button, "mp-has-note");
  else
    gtk_widget_add_css_class (row->lock_button, "mp-has-note");
}

static void
update_meeting_row (MeetingRow *row)
{
  MpMeeting *meeting = row->meeting;
  GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
  g_autofree char *when = starts_at ? mp_format_meeting_when (starts_at) : g_strdup ("");
  g_autofree char *info = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *summary = NULL;
  const char *place = mp_meeting_get_place (meeting);
  int duration = mp_meeting_get_duration_minutes (meeting);
  MpMeetingStatus status = mp_meeting_get_status (meeting);
  const char *badge_classes[] = { "mp-badge", status == MP_MEETING_STATUS_SCHEDULED ? "mp-state-scheduled"
                                              : status == MP_MEETING_STATUS_CANCELLED ? "mp-state-finished"
                                              : "mp-state-on-track", NULL };

  gtk_label_set_text (GTK_LABEL (row->when_label), when);
  gtk_label_set_text (GTK_LABEL (row->status_label), meeting_status_label (meeting));
  gtk_widget_set_css_classes (row->status_label, badge_classes);

  if (!mp_text_is_blank (place))
    /* Translators: how, how long and where, e.g. "In person · 60 minutes · Room 2" */
    info = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s · %2$d minute · %3$s", "%1$s · %2$d minutes · %3$s",
                                         duration),
                            mp_meeting_mode_get_label (mp_meeting_get_mode (meeting)), duration, place);
  else
    /* Translators: how and how long, e.g. "Phone · 20 minutes" */
    info = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s · %2$d minute", "%1$s · %2$d minutes", duration),
                            mp_meeting_mode_get_label (mp_meeting_get_mode (meeting)), duration);
  gtk_label_set_text (GTK_LABEL (row->info_label), info);

  if (!mp_text_is_blank (mp_meeting_get_agenda (meeting)))
    /* Translators: %s is the agenda of a meeting */
    agenda = g_strdup_printf (_("Agenda: %s"), mp_meeting_get_agenda (meeting));
  gtk_label_set_text (GTK_LABEL (row->agenda_label), agenda ? agenda : "");
  gtk_widget_set_visible (row->agenda_label, agenda != NULL);

  if (!mp_text_is_blank (mp_meeting_get_summary (meeting)))
    /* Translators: %s is what was talked about, shared with the employee */
    summary = g_strdup_printf (_("Summary: %s"), mp_meeting_get_summary (meeting));
  gtk_label_set_text (GTK_LABEL (row->summary_label), summary ? summary : "");
  gtk_widget_set_visible (row->summary_label, summary != NULL);

  gtk_widget_set_visible (row->actions_box, status == MP_MEETING_STATUS_SCHEDULED &&
                                            mp_mentorship_is_running (mp_meeting_get_mentorship (meeting)));
  gtk_widget_set_visible (row->correct_button, status == MP_MEETING_STATUS_HELD &&
                                               mp_mentorship_is_running (mp_meeting_get_mentorship (meeting)));

  /* (a note may come with the meeting logged, from the Log dialog) */
  {
    g_autofree char *note = mp_store_get_private_note (get_store (row->self), meeting);

    show_note_marker (row, note);
    /* (what the store has is what a change is compared with, unless one is being typed) */
    if (!row->note_loaded || row->saved_note == NULL)
      {
        g_free (row->saved_note);
        row->saved_note = g_strdup (note != NULL ? note : "");
      }
  }
}

static void
on_meeting_notify_cb (GtkWidget  *widget,
                      GParamSpec *pspec)
{
  MeetingRow *row = g_object_get_data (G_OBJECT (widget), "mp-meeting-row");

  if (row != NULL)
    update_meeting_row (row);
}

static void
on_lock_toggled_cb (GtkToggleButton *button,
                    MeetingRow      *row)
{
  gboolean open = gtk_toggle_button_get_active (button);

  if (open && !row->note_loaded)
    {
      g_autofree char *note = mp_store_get_private_note (get_store (row->self), row->meeting);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->note_view)), note ? note : "", -1);
      row->note_loaded = TRUE;
    }

  gtk_revealer_set_reveal_child (GTK_REVEALER (row->note_revealer), open);
  gtk_label_set_text (GTK_LABEL (row->lock_label), open ? _("Hide Private Notes") : _("Private Notes"));
}

static void
on_note_save_clicked_cb (GtkButton  *button,
                         MeetingRow *row)
{
  g_autofree char *text = mp_text_view_dup_text (GTK_TEXT_VIEW (row->note_view));
  g_autoptr(GError) error = NULL;

  if (!mp_store_set_private_note (get_store (row->self), row->meeting, text, &error))
    {
      gtk_label_set_text (GTK_LABEL (row->note_status), _("Not saved"));
      show_error (row->self, _("Could not save the private note"), error);
      return;
    }

  gtk_label_set_text (GTK_LABEL (row->note_status), _("Saved"));
  show_note_marker (row, text);
  g_free (row->saved_note);
  row->saved_note = g_steal_pointer (&text);
  g_hash_table_remove (row->self->note_drafts, mp_meeting_get_uuid (row->meeting));
}

/* A note being changed outlives its row (made again for another mentee shown, then this one) */
static void
on_note_changed_cb (GtkTextBuffer *buffer,
                    MeetingRow    *row)
{
  g_autofree char *text = NULL;

  gtk_label_set_text (GTK_LABEL (row->note_status), "");
  if (!row->note_loaded)
    return;

  text = mp_text_view_dup_text (GTK_TEXT_VIEW (row->note_view));
  if (g_strcmp0 (text, row->saved_note) == 0)
    g_hash_table_remove (row->self->note_drafts, mp_meeting_get_uuid (row->meeting));
  else
    g_hash_table_insert (row->self->note_drafts, g_strdup (mp_meeting_get_uuid (row->meeting)),
                         g_steal_pointer (&text));
}

static void
append_action (GtkWidget *flow,
               GtkWidget *button)
{
  gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static GtkWidget *
action_button (const char *label,
               const char *accessible,
               const char *action,
               const char *uuid)
{
  /* No mnemonic: every row has these, and the accessible name says which meeting. */
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uuid);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  mp_widget_set_tooltip (button, accessible);

  return button;
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  MpMentorWindow *self = user_data;
  MpMeeting *meeting = MP_MEETING (item);
  MeetingRow *row = g_new0 (MeetingRow, 1);
  const char *uuid = mp_meeting_get_uuid (meeting);
  g_autofree char *when = NULL;
  g_autofree char *name = NULL;
  GtkWidget *widget, *box, *top, *lock_box, *lock_icon, *note_box, *note_hint, *frame, *note_actions, *save;

  row->self = self;
  row->meeting = g_object_ref (meeting);
  when = mp_meeting_get_starts_at (meeting) ? mp_format_meeting_when (mp_meeting_get_starts_at (meeting))
                                             : g_strdup ("");

  widget = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);
  /* Translators: the accessible name of a meeting in the history; %s is its day and time */
  name = g_strdup_printf (_("Meeting of %s"), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (box, "mp-row");

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  row->when_label = new_label ("", "heading");
  gtk_widget_set_hexpand (row->when_label, TRUE);
  gtk_box_append (GTK_BOX (top), row->when_label);
  row->status_label = gtk_label_new ("");
  gtk_widget_set_valign (row->status_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), row->status_label);
  gtk_box_append (GTK_BOX (box), top);

  row->info_label = new_label ("", "dim-label");
  gtk_box_append (GTK_BOX (box), row->info_label);
  row->agenda_label = new_label ("", NULL);
  gtk_label_set_selectable (GTK_LABEL (row->agenda_label), TRUE);
  gtk_box_append (GTK_BOX (box), row->agenda_label);
  row->summary_label = new_label ("", NULL);
  gtk_label_set_selectable (GTK_LABEL (row->summary_label), TRUE);
  gtk_box_append (GTK_BOX (box), row->summary_label);

  /* Buttons for a meeting still to come. */
  /* They wrap onto a second line in a narrow window or with large text, rather than
   * widen the window; the flow box's own children stay out of the Tab order. It fills the
   * row's width: aligned to the start, GTK 4.8 gives it the width of one button (its width
   * for the one line's height) while the row is as tall as one line, and the other three
   * spill over what follows. */
  row->actions_box = g_object_new (GTK_TYPE_FLOW_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                   "focusable", FALSE, NULL);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row->actions_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row->actions_box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (row->actions_box), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row->actions_box), 4);
  gtk_widget_set_margin_top (row->actions_box, 4);
  {
    g_autofree char *log_name = g_strdup_printf (_("Log the meeting of %s as held"), when);
    g_autofree char *move_name = g_strdup_printf (_("Move the meeting of %s"), when);
    g_autofree char *cancel_name = g_strdup_printf (_("Cancel the meeting of %s"), when);
    g_autofree char *export_name = g_strdup_printf (_("Add the meeting of %s to a calendar (.ics)"), when);

    append_action (row->actions_box, action_button (_("Log…"), log_name, "mentor.log-scheduled", uuid));
    append_action (row->actions_box, action_button (_("Reschedule…"), move_name, "mentor.reschedule", uuid));
    append_action (row->actions_box, action_button (_("Cancel…"), cancel_name, "mentor.cancel-meeting", uuid));
    append_action (row->actions_box, action_button (_("Add to Calendar…"), export_name, "mentor.export-meeting", uuid));
  }
  gtk_box_append (GTK_BOX (box), row->actions_box);

  /* For a meeting held: its record, put right (the wrong day, a summary to fix). */
  {
    /* Translators: %s is a meeting's day and time */
    g_autofree char *correct_name = g_strdup_printf (_("Correct the record of the meeting of %s"), when);

    row->correct_button = action_button (_("Correct…"), correct_name, "mentor.correct-meeting", uuid);
    gtk_widget_set_halign (row->correct_button, GTK_ALIGN_START);
    gtk_widget_set_margin_top (row->correct_button, 4);
    gtk_box_append (GTK_BOX (box), row->correct_button);
  }

  /* The private notes, behind a lock. */
  row->lock_button = gtk_toggle_button_new ();
  gtk_widget_set_halign (row->lock_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (row->lock_button, "flat");
  lock_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  lock_icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (lock_icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (lock_box), lock_icon);
  row->lock_label = gtk_label_new (_("Private Notes"));
  gtk_box_append (GTK_BOX (lock_box), row->lock_label);
  gtk_button_set_child (GTK_BUTTON (row->lock_button), lock_box);
  /* (its marker and name, and the note as stored, are set by update_meeting_row () below) */
  mp_widget_set_tooltip (row->lock_button, _("Only you can see this"));
  g_signal_connect (row->lock_button, "toggled", G_CALLBACK (on_lock_toggled_cb), row);
  gtk_box_append (GTK_BOX (box), row->lock_button);

  row->note_revealer = gtk_revealer_new ();
  note_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (note_box, "mp-private");
  note_hint = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (note_hint), gtk_image_new_from_icon_name ("changes-prevent-symbolic"));
  gtk_box_append (GTK_BOX (note_hint), new_label (_("Only you can see this"), "dim-label"));
  gtk_box_append (GTK_BOX (note_box), note_hint);
  frame = gtk_frame_new (NULL);
  row->note_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (row->note_view), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next control rather than typing a tab: no keyboard trap. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (row->note_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (row->note_view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (row->note_view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (row->note_view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (row->note_view), 6);
  gtk_widget_set_size_request (row->note_view, -1, 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->note_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Private notes, only you can see them"), -1);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->note_view)), "changed",
                    G_CALLBACK (on_note_changed_cb), row);
  gtk_frame_set_child (GTK_FRAME (frame), row->note_view);
  gtk_box_append (GTK_BOX (note_box), frame);
  note_actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  row->note_status = gtk_label_new ("");
  gtk_widget_add_css_class (row->note_status, "dim-label");
  gtk_widget_set_hexpand (row->note_status, TRUE);
  gtk_label_set_xalign (GTK_LABEL (row->note_status), 1);
  gtk_box_append (GTK_BOX (note_actions), row->note_status);
  save = gtk_button_new_with_label (_("Save Note"));
  {
    g_autofree char *save_name = NULL;

    /* Translators: %s is a meeting's day and time */
    save_name = g_strdup_printf (_("Save the private note on the meeting of %s"), when);
    gtk_accessible_update_property (GTK_ACCESSIBLE (save), GTK_ACCESSIBLE_PROPERTY_LABEL, save_name, -1);
  }
  g_signal_connect (save, "clicked", G_CALLBACK (on_note_save_clicked_cb), row);
  gtk_box_append (GTK_BOX (note_actions), save);
  gtk_box_append (GTK_BOX (note_box), note_actions);
  gtk_revealer_set_child (GTK_REVEALER (row->note_revealer), note_box);
  gtk_box_append (GTK_BOX (box), row->note_revealer);

  /* A change not saved yet: open, as it was left */
  {
    const char *draft = g_hash_table_lookup (self->note_drafts, mp_meeting_get_uuid (meeting));

    if (draft != NULL)
      {
        g_autofree char *kept = g_strdup (draft);

        row->note_loaded = TRUE;
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->note_view)), kept, -1);
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (row->lock_button), TRUE);
        gtk_label_set_text (GTK_LABEL (row->note_status), _("Not saved"));
      }
  }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (widget), box);
  g_object_set_data_full (G_OBJECT (widget), "mp-meeting-row", row, meeting_row_free);
  g_signal_connect_object (meeting, "notify", G_CALLBACK (on_meeting_notify_cb), widget, G_CONNECT_SWAPPED);

  update_meeting_row (row);

  return widget;
}

static int
compare_meetings_latest_first (gconstpointer a,
                               gconstpointer b,
                               gpointer      user_data)
{
  GDateTime *ta = mp_meeting_get_starts_at (MP_MEETING ((gpointer) a));
  GDateTime *tb = mp_meeting_get_starts_at (MP_MEETING ((gpointer) b));

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);

  return g_date_time_compare (tb, ta);
}

/* ------------------------------------------------------------------------------------------ */
/* Concerns                                                                                   */
/* ------------------------------------------------------------------------------------------ */

typedef struct
{
  MpMentorWindow *self;     /* borrowed */
  MpConcern      *concern;  /* owned */
  GtkWidget      *subject_label;
  GtkWidget      *status_label;
  GtkWidget      *needed_label;
  GtkWidget      *text_label;
  GtkWidget      *answer_label;
  GtkWidget      *answer_box;
  GtkWidget      *answer_entry;
  GtkWidget      *send_button;
} ConcernRow;

static void
concern_row_free (gpointer data)
{
  ConcernRow *row = data;

  g_clear_object (&row->concern);
  g_free (row);
}

static void
update_send_sensitivity (ConcernRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row->answer_entry));

  gtk_widget_set_sensitive (row->send_button, !mp_text_is_blank (text));
  mp_widget_set_tooltip (row->send_button, mp_text_is_blank (text) ? _("Write an answer first") : NULL);
}

static void
update_concern_row (ConcernRow *row)
{
  MpConcern *concern = row->concern;
  MpConcernStatus status = mp_concern_get_status (concern);
  const GDate *needed_by = mp_concern_get_needed_by (concern);
  g_autofree char *needed = NULL;
  g_autofree char *answer = NULL;
  const char *status_text;
  const char *status_class;
  GDate today;

  get_today (row->self, &today);

  switch (status)
    {
    case MP_CONCERN_STATUS_ANSWERED:
      status_text = _("Answered");
      status_class = "mp-state-on-track";
      break;
    case MP_CONCERN_STATUS_CLOSED:
      status_text = _("Closed");
      status_class = "mp-state-finished";
      break;
    case MP_CONCERN_STATUS_OPEN:
    default:
      status_text = _("Open");
      status_class = "mp-state-due-soon";
      break;
    }

  gtk_label_set_text (GTK_LABEL (row->subject_label), mp_concern_get_subject (concern));
  gtk_label_set_text (GTK_LABEL (row->status_label), status_text);
  {
    const char *classes[] = { "mp-badge", status_class, NULL };

    gtk_widget_set_css_classes (row->status_label, classes);
  }

  if (needed_by != NULL && g_date_valid (needed_by))
    {
      g_autofree char *day = mp_format_day (needed_by);
      MpStore *store = get_store (row->self);
      /* As the employee counted them: not the days HR marked closed */
      int working_days = (int) mp_lead_time_working_days (&today, needed_by,
                                                          store != NULL ? mp_store_get_closed_days (store) : NULL);

      if (status != MP_CONCERN_STATUS_OPEN)
        /* Translators: %s is a day */
        needed = g_strdup_printf (_("Needed by %s"), day);
      else if (g_date_compare (needed_by, &today) < 0)
        /* Translators: %s is a day */
        needed = g_strdup_printf (_("Needed by %s: that day has passed"), day);
      else if (g_date_compare (needed_by, &today) == 0)
        /* Translators: %s is a day */
        needed = g_strdup_printf (_("Needed today, %s"), day);
      else
        /* Translators: %1$s is a day, %2$d a number of working days */
        needed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Needed by %1$s: in %2$d working day",
                                               "Needed by %1$s: in %2$d working days", working_days),
                                  day, working_days);
    }
  else
    needed = g_strdup (_("No date given"));
  gtk_label_set_text (GTK_LABEL (row->needed_label), needed);
  {
    /* The row, as a screen reader reads it: "Certification course, Open, Needed by …" */
    const char *texts[] = { mp_concern_get_subject (concern), status_text, needed };
    g_autofree char *name = mp_a11y_join_texts (texts, G_N_ELEMENTS (texts));
    GtkWidget *widget = gtk_widget_get_ancestor (row->subject_label, GTK_TYPE_LIST_BOX_ROW);

    if (widget != NULL)
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  gtk_label_set_text (GTK_LABEL (row->text_label), mp_concern_get_text (concern) ? mp_concern_get_text (concern) : "");
  gtk_widget_set_visible (row->text_label, !mp_text_is_blank (mp_concern_get_text (concern)));

  if (!mp_text_is_blank (mp_concern_get_answer (concern)))
    /* Translators: %s is the mentor's answer */
    answer = g_strdup_printf (_("Your answer: %s"), mp_concern_get_answer (concern));
  gtk_label_set_text (GTK_LABEL (row->answer_label), answer ? answer : "");
  gtk_widget_set_visible (row->answer_label, answer != NULL);

  gtk_widget_set_visible (row->answer_box, status != MP_CONCERN_STATUS_CLOSED);
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->answer_entry),
                                  answer ? _("Change your answer…") : _("Write your answer…"));
  update_send_sensitivity (row);
}

static void
on_concern_notify_cb (GtkWidget  *widget,
                      GParamSpec *pspec)
{
  ConcernRow *row = g_object_get_data (G_OBJECT (widget), "mp-concern-row");

  if (row != NULL)
    update_concern_row (row);
}

/* An answer typed and not sent outlives its row: the rows are made again when the list is
 * sorted again (another concern answered) or another mentee is shown. */
static void
on_answer_changed_cb (GtkEditable *editable,
                      ConcernRow  *row)
{
  const char *text = gtk_editable_get_text (editable);
  const char *uuid = mp_concern_get_uuid (row->concern);

  if (*text != '\0')
    g_hash_table_insert (row->self->answer_drafts, g_strdup (uuid), g_strdup (text));
  else
    g_hash_table_remove (row->self->answer_drafts, uuid);
  update_send_sensitivity (row);
}

static void
on_send_answer_cb (GtkWidget  *widget,
                   ConcernRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row->answer_entry));
  g_autoptr(GError) error = NULL;

  if (mp_text_is_blank (text))
    return;

  if (!mp_store_answer_concern (get_store (row->self), row->concern, text, &error))
    {
      show_error (row->self, _("Could not send the answer"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (row->answer_entry), "");
  /* "Send" is greyed out with the answer sent: the focus stays with the concern */
  mp_focus_later (row->answer_entry);
}

static void
close_concern (MpMentorWindow *self,
               MpConcern      *concern)
{
  g_autoptr(GError) error = NULL;

  if (!mp_store_close_concern (get_store (self), concern, &error))
    show_error (self, _("Could not close the question"), error);
  else
    g_hash_table_remove (self->answer_drafts, mp_concern_get_uuid (concern));
}

static void
on_confirm_close_concern_cb (GtkDialog *dialog,
                             int        response,
                             MpConcern *concern)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    close_concern (self, concern);
}

static void
on_close_concern_cb (GtkButton  *button,
                     ConcernRow *row)
{
  GtkWidget *dialog;

  /* An answer typed and not sent would be lost for good (a closed question takes no
   * answer): ask first */
  if (mp_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (row->answer_entry))))
    {
      close_concern (row->self, row->concern);
      return;
    }

  dialog = mp_confirm_dialog_new (GTK_WINDOW (row->self), GTK_MESSAGE_QUESTION,
                                  _("Close this question without sending your answer?"),
                                  _("The answer you typed is not sent, and a closed question "
                                    "takes no answer."),
                                  _("_Keep Editing"), _("Close _Without Answer"), "destructive-action");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_confirm_close_concern_cb),
                         g_object_ref (row->concern), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_concern_row (gpointer item,
                    gpointer user_data)
{
  MpMentorWindow *self = user_data;
  MpConcern *concern = MP_CONCERN (item);
  ConcernRow *row = g_new0 (ConcernRow, 1);
  g_autofree char *entry_name = NULL;
  g_autofree char *close_name = NULL;
  GtkWidget *widget, *box, *top, *close;

  row->self = self;
  row->concern = g_object_ref (concern);

  widget = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (box, "mp-row");
  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  row->subject_label = new_label ("", "heading");
  gtk_widget_set_hexpand (row->subject_label, TRUE);
  gtk_box_append (GTK_BOX (top), row->subject_label);
  row->status_label = gtk_label_new ("");
  gtk_widget_set_valign (row->status_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), row->status_label);
  gtk_box_append (GTK_BOX (box), top);

  row->needed_label = new_label ("", "dim-label");
  gtk_box_append (GTK_BOX (box), row->needed_label);
  row->text_label = new_label ("", NULL);
  gtk_label_set_selectable (GTK_LABEL (row->text_label), TRUE);
  gtk_box_append (GTK_BOX (box), row->text_label);
  row->answer_label = new_label ("", "mp-answer");
  gtk_label_set_selectable (GTK_LABEL (row->answer_label), TRUE);
  gtk_box_append (GTK_BOX (box), row->answer_label);

  row->answer_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (row->answer_box, 4);
  row->answer_entry = gtk_entry_new ();
  gtk_widget_set_hexpand (row->answer_entry, TRUE);
  /* Translators: %s is the subject of a question the new employee asked */
  entry_name = g_strdup_printf (_("Your answer to “%s”"), mp_concern_get_subject (concern));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->answer_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_name, -1);
  {
    const char *draft = g_hash_table_lookup (self->answer_drafts, mp_concern_get_uuid (concern));

    if (draft != NULL)
      gtk_editable_set_text (GTK_EDITABLE (row->answer_entry), draft);
  }
  g_signal_connect (row->answer_entry, "changed", G_CALLBACK (on_answer_changed_cb), row);
  g_signal_connect (row->answer_entry, "activate", G_CALLBACK (on_send_answer_cb), row);
  gtk_box_append (GTK_BOX (row->answer_box), row->answer_entry);
  row->send_button = gtk_button_new_with_label (_("Send Answer"));
  {
    g_autofree char *send_name = NULL;

    /* Translators: %s is the subject of a question */
    send_name = g_strdup_printf (_("Send your answer to “%s”"), mp_concern_get_subject (concern));
    gtk_accessible_update_property (GTK_ACCESSIBLE (row->send_button), GTK_ACCESSIBLE_PROPERTY_LABEL, send_name, -1);
  }
  g_signal_connect (row->send_button, "clicked", G_CALLBACK (on_send_answer_cb), row);
  gtk_box_append (GTK_BOX (row->answer_box), row->send_button);
  close = gtk_button_new_with_label (_("Close"));
  /* Translators: %s is the subject of a question */
  close_name = g_strdup_printf (_("Close “%s”: nothing more to do"), mp_concern_get_subject (concern));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL, close_name, -1);
  mp_widget_set_tooltip (close, close_name);
  g_signal_connect (close, "clicked", G_CALLBACK (on_close_concern_cb), row);
  gtk_box_append (GTK_BOX (row->answer_box), close);
  gtk_box_append (GTK_BOX (box), row->answer_box);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (widget), box);
  g_object_set_data_full (G_OBJECT (widget), "mp-concern-row", row, concern_row_free);
  g_signal_connect_object (concern, "notify", G_CALLBACK (on_concern_notify_cb), widget, G_CONNECT_SWAPPED);

  update_concern_row (row);

  return widget;
}

/* Open ones first (what the mentor owes an answer), then answered ones, closed ones last;
 * within each, soonest needed first. */
static int
compare_concerns (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  MpConcern *ca = MP_CONCERN ((gpointer) a);
  MpConcern *cb = MP_CONCERN ((gpointer) b);
  int rank_a = (int) mp_concern_get_status (ca);  /* open < answered < closed */
  int rank_b = (int) mp_concern_get_status (cb);
  const GDate *da = mp_concern_get_needed_by (ca);
  const GDate *db = mp_concern_get_needed_by (cb);
  gboolean has_a = da != NULL && g_date_valid (da);
  gboolean has_b = db != NULL && g_date_valid (db);

  if (rank_a != rank_b)
    return rank_a - rank_b;
  if (has_a != has_b)
    return has_b - has_a;
  if (has_a && g_date_compare (da, db) != 0)
    return g_date_compare (da, db);
  if (mp_concern_get_raised_at (ca) != NULL && mp_concern_get_raised_at (cb) != NULL)
    return g_date_time_compare (mp_concern_get_raised_at (ca), mp_concern_get_raised_at (cb));

  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Introductions                                                                              */
/* ------------------------------------------------------------------------------------------ */

static void
on_confirm_delete_introduction_cb (GtkDialog      *dialog,
                                   int             response,
                                   MpIntroduction *introduction)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT &&
      !mp_store_delete_introduction (get_store (self), introduction, &error))
    show_error (self, _("Could not remove the introduction"), error);
  /* Its row (and the button that had the focus) is gone: the focus stays with the
   * introductions, on the field to add one */
  if (response == GTK_RESPONSE_ACCEPT)
    mp_focus_later (GTK_WIDGET (self->intro_colleague_entry));
}

static void
on_remove_introduction_clicked_cb (GtkButton      *button,
                                   MpMentorWindow *self)
{
  MpIntroduction *introduction = g_object_get_data (G_OBJECT (button), "mp-introduction");
  g_autofree char *question = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a colleague's name */
  question = g_strdup_printf (_("Remove the introduction to %s?"), mp_introduction_name (introduction));
  dialog = mp_confirm_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_QUESTION, question,
                                  _("Only this line of the list goes: who, where and when."),
                                  _("_Keep It"), _("_Remove"), "destructive-action");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_confirm_delete_introduction_cb),
                         g_object_ref (introduction), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* @check as @introduction is stored, without saving it again */
static void
show_possible_mentor (GtkWidget      *check,
                      MpIntroduction *introduction)
{
  g_signal_handlers_block_matched (check, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, introduction);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), mp_introduction_get_possible_mentor (introduction));
  g_signal_handlers_unblock_matched (check, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, introduction);
}

static void
update_introduction_row (GtkWidget *widget)
{
  MpIntroduction *introduction = g_object_get_data (G_OBJECT (widget), "mp-introduction");
  GtkWidget *label = g_object_get_data (G_OBJECT (widget), "mp-label");
  GtkWidget *mentor_check = g_object_get_data (G_OBJECT (widget), "mp-mentor-check");
  g_autofree char *text = mp_introduction_describe (introduction, FALSE);
  g_autofree char *name = mp_introduction_describe (introduction, TRUE);

  gtk_label_set_text (GTK_LABEL (label), text);
  show_possible_mentor (mentor_check, introduction);
  /* The row, as a screen reader reads it: "Noah Williams — Committee meeting, 3 March 2026 ·
   * could mentor too" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* "Could mentor too": the program's "identification of other possible mentors", saved at once */
static void
on_possible_mentor_toggled_cb (GtkCheckButton *check,
                               MpIntroduction *introduction)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (gtk_widget_get_root (GTK_WIDGET (check)));
  g_autoptr(MpIntroduction) draft = mp_introduction_copy (introduction);
  g_autoptr(GError) error = NULL;

  mp_introduction_set_possible_mentor (draft, gtk_check_button_get_active (check));
  if (!mp_store_save_introduction (get_store (self), draft, &error))
    {
      show_error (self, _("Could not change the introduction"), error);
      show_possible_mentor (GTK_WIDGET (check), introduction);
    }
}

static GtkWidget *
create_introduction_row (gpointer item,
                         gpointer user_data)
{
  MpMentorWindow *self = user_data;
  MpIntroduction *introduction = MP_INTRODUCTION (item);
  g_autofree char *remove_name = NULL;
  g_autofree char *mentor_name = NULL;
  GtkWidget *widget, *box, *label, *remove, *mentor_check;

  widget = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (box, "mp-row");
  label = new_label ("", NULL);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  mentor_check = gtk_check_button_new_with_label (_("Could mentor too"));
  gtk_widget_set_valign (mentor_check, GTK_ALIGN_CENTER);
  /* Translators: %s is a colleague's name; begins with the button's own words, as speech
   * control users say them */
  mentor_name = g_strdup_printf (_("Could mentor too: %s"), mp_introduction_name (introduction));
  gtk_accessible_update_property (GTK_ACCESSIBLE (mentor_check), GTK_ACCESSIBLE_PROPERTY_LABEL, mentor_name, -1);
  mp_widget_set_tooltip (mentor_check, _("Another possible mentor, for HR to know of"));
  gtk_widget_set_sensitive (mentor_check, !mp_store_is_read_only (get_store (self)));
  g_signal_connect_object (mentor_check, "toggled", G_CALLBACK (on_possible_mentor_toggled_cb), introduction, 0);
  gtk_box_append (GTK_BOX (box), mentor_check);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: %s is a colleague's name */
  remove_name = g_strdup_printf (_("Remove the introduction to %s"), mp_introduction_name (introduction));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  mp_widget_set_tooltip (remove, remove_name);
  g_object_set_data_full (G_OBJECT (remove), "mp-introduction", g_object_ref (introduction), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_introduction_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (widget), box);

  g_object_set_data_full (G_OBJECT (widget), "mp-introduction", g_object_ref (introduction), g_object_unref);
  g_object_set_data (G_OBJECT (widget), "mp-label", label);
  g_object_set_data (G_OBJECT (widget), "mp-mentor-check", mentor_check);
  g_signal_connect_object (introduction, "notify", G_CALLBACK (update_introduction_row), widget, G_CONNECT_SWAPPED);
  update_introduction_row (widget);

  return widget;
}

static void
get_intro_day (MpMentorWindow *self,
               GDate          *day)
{
  mp_calendar_get_gdate (self->intro_calendar, day);
}

static void
update_intro_form (MpMentorWindow *self)
{
  const char *colleague = gtk_editable_get_text (GTK_EDITABLE (self->intro_colleague_entry));
  g_autofree char *label = NULL;
  g_autofree char *problem_text = NULL;
  const char *problem = NULL;
  GDate day, today;

  get_intro_day (self, &day);
  get_today (self, &today);
  label = mp_format_day_with_year (&day);
  gtk_menu_button_set_label (self->intro_date_button, label);

  if (self->mentorship == NULL)
    problem = _("Choose a mentee first.");
  else if (mp_text_is_blank (colleague))
    problem = _("Write the colleague’s name to add an introduction.");
  else if (g_date_compare (&day, &today) > 0)
    problem = _("That day has not come yet: add the introduction once it is made.");
  else
    {
      /* (a day long before the start is as refused as when logging a meeting) */
      problem_text = mp_before_start_problem (self->mentorship, &day);
      if (problem_text == NULL)
        problem_text = mp_after_end_problem (self->mentorship, &day);
      problem = problem_text;
    }

  gtk_label_set_text (self->intro_problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->intro_problem_label), problem != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->intro_add_button), problem == NULL);
}

static void
on_intro_changed_cb (MpMentorWindow *self)
{
  update_intro_form (self);
}

static void
on_intro_calendar_day_selected_cb (MpMentorWindow *self)
{
  update_intro_form (self);
}

static MpPerson *
find_person_by_name (MpStore    *store,
                     const char *name)
{
  GListModel *people = mp_store_get_people (store);
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      g_autofree char *folded = g_utf8_casefold (mp_person_get_name (person), -1);

      if (g_str_equal (folded, wanted))
        return person;
    }

  return NULL;
}

static void
on_intro_add_clicked_cb (MpMentorWindow *self)
{
  MpStore *store = get_store (self);
  g_autofree char *colleague = NULL;
  g_autoptr(MpIntroduction) draft = NULL;
  g_autoptr(GError) error = NULL;
  MpPerson *person;
  GDate day;

  update_intro_form (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->intro_add_button)))
    return;

  colleague = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->intro_colleague_entry))));
  get_intro_day (self, &day);

  draft = mp_introduction_new (self->mentorship, colleague);
  person = find_person_by_name (store, colleague);
  if (person != NULL)
    mp_introduction_set_colleague_person (draft, person);
  mp_introduction_set_where (draft, gtk_editable_get_text (GTK_EDITABLE (self->intro_where_entry)));
  mp_introduction_set_on (draft, &day);

  if (!mp_store_save_introduction (store, draft, &error))
    {
      show_error (self, _("Could not add the introduction"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->intro_colleague_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->intro_where_entry), "");
  /* The next one starts from today again, as the form does for another mentee */
  {
    GDate today;

    get_today (self, &today);
    mp_calendar_select_date (self->intro_calendar, &today);
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Agreement                                                                                  */
/* ------------------------------------------------------------------------------------------ */

static void
fill_agreement (MpMentorWindow *self)
{
  MpAgreement *agreement = self->mentorship ? mp_store_get_agreement (get_store (self), self->mentorship) : NULL;
  const GDate *agreed_on = agreement ? mp_agreement_get_agreed_on (agreement) : NULL;

  self->filling_agreement = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->best_days_entry),
                         agreement && mp_agreement_get_best_days (agreement) ? mp_agreement_get_best_days (agreement) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->channels_entry),
                         agreement && mp_agreement_get_channels (agreement) ? mp_agreement_get_channels (agreement) : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->expectations_view),
                            agreement && mp_agreement_get_expectations (agreement)
                              ? mp_agreement_get_expectations (agreement) : "", -1);
  self->filling_agreement = FALSE;
  self->agreement_dirty = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->agreement_save_button), FALSE);

  if (agreed_on != NULL && g_date_valid (agreed_on))
    {
      g_autofree char *day = mp_format_day_with_year (agreed_on);
      g_autofree char *text = NULL;

      /* Translators: %s is a day with its year */
      text = g_strdup_printf (_("Agreed on %s. Change it whenever you both want to."), day);
      gtk_label_set_text (self->agreed_label, text);
    }
  else
    gtk_label_set_text (self->agreed_label,
                        _("Not agreed yet: at your first meeting, agree on the best days and ways to "
                          "reach each other and what you both expect."));
}

static void
on_agreement_changed_cb (MpMentorWindow *self)
{
  if (self->filling_agreement || self->mentorship == NULL)
    return;

  self->agreement_dirty = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->agreement_save_button), TRUE);
}

static void
on_agreement_save_clicked_cb (MpMentorWindow *self)
{
  MpStore *store = get_store (self);
  MpAgreement *agreement;
  g_autoptr(MpAgreement) draft = NULL;
  g_autofree char *expectations = NULL;
  g_autoptr(GError) error = NULL;

  if (self->mentorship == NULL)
    return;

  agreement = mp_store_get_agreement (store, self->mentorship);
  draft = agreement ? mp_agreement_copy (agreement) : mp_agreement_new (self->mentorship);
  expectations = mp_text_view_dup_text (self->expectations_view);
  mp_agreement_set_best_days (draft, gtk_editable_get_text (GTK_EDITABLE (self->best_days_entry)));
  mp_agreement_set_channels (draft, gtk_editable_get_text (GTK_EDITABLE (self->channels_entry)));
  mp_agreement_set_expectations (draft, expectations);
  if (mp_agreement_get_agreed_on (draft) == NULL || !g_date_valid (mp_agreement_get_agreed_on (draft)))
    {
      GDate today;

      get_today (self, &today);
      mp_agreement_set_agreed_on (draft, &today);
    }

  if (!mp_store_save_agreement (store, draft, &error))
    {
      show_error (self, _("Could not save the agreement"), error);
      return;
    }

  fill_agreement (self);
}

/* ------------------------------------------------------------------------------------------ */
/* The detail pane                                                                            */
/* ------------------------------------------------------------------------------------------ */

/* The earliest scheduled meeting from today on. */
static MpMeeting *
next_scheduled_meeting (MpMentorWindow *self)
{
  g_autoptr(GDateTime) from = start_of_today (self);
  GListModel *meetings;
  MpMeeting *next = NULL;

  if (self->mentorship == NULL)
    return NULL;

  meetings = mp_store_get_meetings (get_store (self), self->mentorship);
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

  return next;
}

/* The latest scheduled meeting that has begun (today or before): the one to log. */
static MpMeeting *
meeting_to_log (MpMentorWindow *self)
{
  GDate today;

  if (self->mentorship == NULL)
    return NULL;

  get_today (self, &today);
  return mp_meetings_latest_scheduled (mp_store_get_meetings (get_store (self), self->mentorship), &today, TRUE);
}

static void
update_actions (MpMentorWindow *self)
{
  MpPerson *me = mp_store_get_current_person (get_store (self));
  gboolean running = mp_mentorship_is_running (self->mentorship);
  g_autoptr(GPtrArray) upcoming = NULL;

  if (me != NULL)
    {
      g_autoptr(GDateTime) from = start_of_today (self);

      /* (unreadable: nothing to export; saying why is the export's) */
      upcoming = mp_ics_collect_upcoming (get_store (self), me, from, NULL);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.schedule", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.log-meeting", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-next", next_scheduled_meeting (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-upcoming", upcoming != NULL && upcoming->len > 0);
}

/* The mentor's end-of-program feedback: when it opens (the program's last month, as for the
 * employee), whether it was given, and the action that gives or changes it. */
static void
update_feedback_section (MpMentorWindow *self,
                         const GDate    *today)
{
  MpFeedback *given = mp_feedback_find (get_store (self), self->mentorship, MP_FEEDBACK_ROLE_MENTOR);
  g_autofree char *name = mp_employee_first_name (self->mentorship);
  g_autofree char *text = NULL;
  GDate opens_on;
  gboolean open = mp_feedback_is_open (self->mentorship, today, &opens_on);

  if (!open && mp_mentorship_is_called_off (self->mentorship))
    text = g_strdup (_("The pairing was called off before it started: there is no feedback to give."));
  else if (!open)
    {
      g_autofree char *day = g_date_valid (&opens_on) ? mp_format_day_with_year (&opens_on) : NULL;

      text = day != NULL
        /* Translators: 1: a day, 2: the new employee's name */
        ? g_strdup_printf (_("From %1$s, the program’s last month, tell Human Resources how the program "
                             "worked for you: it is about the program, never about %2$s."), day, name)
        : g_strdup (_("Feedback opens in the program’s last month."));
    }
  else if (given != NULL && mp_feedback_get_submitted_at (given) != NULL)
    {
      GDate sent = mp_local_date (mp_feedback_get_submitted_at (given));
      g_autofree char *day = mp_format_day_with_year (&sent);

      /* Translators: %s is a day */
      text = g_strdup_printf (_("You sent your feedback on %s. You can still change it."), day);
    }
  else
    /* Translators: %s is the new employee's name */
    text = g_strdup_printf (_("Tell Human Resources how the program worked for you: it is about the program, "
                              "never about %s. Only counts reach them, added up with other people’s."), name);

  gtk_label_set_text (self->feedback_label, text);
  gtk_button_set_label (self->feedback_button, given != NULL ? _("Change _Feedback…") : _("_Give Feedback…"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.give-feedback", open);
}

static void watch_day_over (MpMentorWindow *self,
                            const GDate    *suggested);

static gboolean
on_day_over_cb (gpointer user_data)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (user_data);
  GDate watched = self->day_over_watched;

  self->day_over_id = 0;
  if (mp_schedule_day_is_over (&watched, NULL) ||
      mp_schedule_day_over_at (&watched) * G_USEC_PER_SEC < g_get_real_time ())
    queue_refresh (self);
  else
    watch_day_over (self, &watched);

  return G_SOURCE_REMOVE;
}

/* A meeting suggested for today is suggested for another day once today is over
 * (mp_schedule_day_is_over()): the dashboard says so then, as the dialog would, not at
 * the next change. */
static void
watch_day_over (MpMentorWindow *self,
                const GDate    *suggested)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate real_today = mp_local_date (now);
  gint64 wait_ms;

  g_clear_handle_id (&self->day_over_id, g_source_remove);
  if (!g_date_valid (suggested) || g_date_compare (suggested, &real_today) != 0)
    return;
  self->day_over_watched = *suggested;

  /* Looked at again every half minute at most: a timer runs on the monotonic clock, which
   * stops while the computer sleeps, and the wall clock may be set or the zone changed. A
   * refresh before the moment only sets it again; a little after, it moves the suggestion. */
  wait_ms = (mp_schedule_day_over_at (suggested) * G_USEC_PER_SEC - g_get_real_time ()) / 1000;
  if (wait_ms >= 0)
    self->day_over_id = g_timeout_add ((guint) MIN (wait_ms + 250, 30 * 1000), on_day_over_cb, self);
}

static void
refresh_detail (MpMentorWindow *self)
{
  MpStore *store = get_store (self);
  MpPerson *employee;
  MpDepartment *department;
  MpProgressSummary *summary;
  MpMeeting *next, *unlogged;
  g_autofree char *subtitle = NULL;
  g_autofree char *intro_hint = NULL;
  g_autofree char *name = NULL;
  const char *email, *phone, *title;
  GDate today;

  update_actions (self);

  if (self->mentorship == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.give-feedback", FALSE);
      return;
    }

  get_today (self, &today);
  update_feedback_section (self, &today);
  employee = mp_mentorship_get_employee (self->mentorship);
  department = employee ? mp_person_get_department (employee) : NULL;
  summary = self->pairing ? mp_pairing_get_summary (self->pairing) : NULL;
  name = mp_employee_first_name (self->mentorship);

  gtk_label_set_text (self->name_label, name);
  if (self->pairing != NULL)
    {
      g_autofree char *label = NULL;

      g_object_get (self->pairing, "state-label", &label, NULL);
      set_badge (self->state_label, mp_pairing_get_state (self->pairing), label);
    }

  title = employee ? mp_person_get_title (employee) : NULL;
  if (!mp_text_is_blank (title) && department != NULL)
    /* Translators: a job title and a department, "Delivery Driver, Resource Sharing and Delivery" */
    subtitle = g_strdup_printf (_("%1$s, %2$s"), title, mp_department_get_name (department));
  else if (department != NULL)
    subtitle = g_strdup (mp_department_get_name (department));
  else
    subtitle = g_strdup (title ? title : "");
  if (mp_mentorship_get_start_date (self->mentorship) != NULL &&
      g_date_valid (mp_mentorship_get_start_date (self->mentorship)))
    {
      g_autofree char *day = mp_format_day_with_year (mp_mentorship_get_start_date (self->mentorship));
      g_autofree char *with_start = NULL;

      if (g_date_compare (mp_mentorship_get_start_date (self->mentorship), &today) > 0)
        /* Translators: %1$s is a job title and department, %2$s a day */
        with_start = g_strdup_printf (_("%1$s · starts on %2$s"), subtitle, day);
      else
        /* Translators: %1$s is a job title and department, %2$s a day */
        with_start = g_strdup_printf (_("%1$s · started on %2$s"), subtitle, day);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_start);
    }
  gtk_label_set_text (self->subtitle_label, subtitle);

  email = employee ? mp_person_get_email (employee) : NULL;
  phone = employee ? mp_person_get_phone (employee) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->email_button), !mp_text_is_blank (email));
  gtk_widget_set_visible (GTK_WIDGET (self->phone_button), !mp_text_is_blank (phone));
  if (!mp_text_is_blank (email))
    {
      g_autofree char *uri = g_strconcat ("mailto:", email, NULL);
      g_autofree char *accessible = NULL;

      gtk_link_button_set_uri (self->email_button, uri);
      gtk_button_set_label (GTK_BUTTON (self->email_button), email);
      /* A long address gives way in the middle rather than widen the window (large text);
       * the tooltip and the accessible description keep it whole. */
      if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (self->email_button))))
        gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (self->email_button))),
                                 PANGO_ELLIPSIZE_MIDDLE);
      /* The property (not mp_widget_set_tooltip ()): a GtkLinkButton shows its mailto: address
       * unless it is set. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->email_button), email);
      /* Translators: %s is a person's name */
      accessible = g_strdup_printf (_("Write an e-mail to %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->email_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, email,
                                      -1);
    }
  if (!mp_text_is_blank (phone))
    {
      g_autofree char *compact = g_strdelimit (g_strdup (phone), " ()", '-');
      g_autofree char *uri = g_strconcat ("tel:", compact, NULL);
      g_autofree char *accessible = NULL;

      gtk_link_button_set_uri (self->phone_button, uri);
      gtk_button_set_label (GTK_BUTTON (self->phone_button), phone);
      /* Translators: %s is a person's name */
      accessible = g_strdup_printf (_("Call %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->phone_button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }

  /* Next meeting, and why the next one is due when it is (with the mentor's other
   * meetings avoided, as the schedule dialog will suggest). */
  next = next_scheduled_meeting (self);
  unlogged = next == NULL && mp_mentorship_is_running (self->mentorship) ? meeting_to_log (self) : NULL;
  if (next != NULL)
    {
      g_autofree char *when = mp_format_meeting_when (mp_meeting_get_starts_at (next));
      g_autofree char *text = NULL;
      const char *place = mp_meeting_get_place (next);

      if (!mp_text_is_blank (place))
        /* Translators: %1$s is a day and time, %2$s how, %3$s where */
        text = g_strdup_printf (_("%1$s — %2$s, %3$s"), when, mp_meeting_mode_get_label (mp_meeting_get_mode (next)),
                                place);
      else
        /* Translators: %1$s is a day and time, %2$s how */
        text = g_strdup_printf (_("%1$s — %2$s"), when, mp_meeting_mode_get_label (mp_meeting_get_mode (next)));

      /* Set before HR closed that day: said, to move it (Reschedule) */
      {
        GDate day = mp_local_date (mp_meeting_get_starts_at (next));
        const MpClosedDay *closed = mp_closed_days_find (mp_store_get_closed_days (store), &day);

        if (closed != NULL)
          {
            g_autofree char *with_closed = NULL;

            /* Translators: %1$s is the meeting, as above; %2$s what closes the library that day, as
             * in "Christmas Day" */
            with_closed = g_strdup_printf (_("%1$s. The library system is closed that day (%2$s): move it with "
                                             "Reschedule under Meetings."), text, closed->name);
            g_free (text);
            text = g_steal_pointer (&with_closed);
          }
      }
      gtk_label_set_text (self->next_label, text);
    }
  else if (unlogged != NULL)
    {
      g_autofree char *when = mp_format_meeting_when (mp_meeting_get_starts_at (unlogged));
      g_autofree char *text = NULL;

      /* A meeting planned for a day gone by, never logged: the employee still waits for it */
      /* Translators: %s is a day and time */
      text = g_strdup_printf (_("The meeting of %s is not logged yet: log how it went, or cancel it."), when);
      gtk_label_set_text (self->next_label, text);
    }
  else if (mp_mentorship_is_running (self->mentorship))
    gtk_label_set_text (self->next_label, _("No meeting scheduled."));
  else
    gtk_label_set_text (self->next_label, _("This mentorship is over: its history stays here."));

  if (mp_mentorship_get_program (self->mentorship) != NULL && mp_mentorship_get_start_date (self->mentorship) != NULL)
    {
      g_auto(MpScheduleInfo) info;
      g_autofree char *reason = NULL;

      mp_schedule_info_init (&info);
      mp_schedule_compute_for_mentorship (self->mentorship, mp_store_get_meetings (store, self->mentorship),
                                          self->mentor_meetings, mp_store_get_closed_days (store), &today, NULL,
                                          &info);
      mp_schedule_skip_day_over (&info, self->mentorship, self->mentor_meetings, mp_store_get_closed_days (store),
                                 NULL);
      watch_day_over (self, &info.suggested);
      if (g_date_valid (&info.suggested) && mp_mentorship_is_running (self->mentorship))
        {
          g_autofree char *day = mp_format_day (&info.suggested);

          if (next != NULL)
            /* Translators: %1$s says why the meeting is due, %2$s is the day the app suggests for
             * the meeting after the one already scheduled */
            reason = g_strdup_printf (_("%1$s. Suggested day for the meeting after: %2$s."),
                                      info.reason ? info.reason : "", day);
          else
            /* Translators: %1$s says why the meeting is due, %2$s is the day the app suggests */
            reason = g_strdup_printf (_("%1$s. Suggested day: %2$s."), info.reason ? info.reason : "", day);
        }
      else
        reason = g_strdup (info.reason ? info.reason : "");
      gtk_label_set_text (self->reason_label, reason);
    }

  /* Translators: %s is a person's name */
  intro_hint = g_strdup_printf (_("Colleagues you introduced %s to: a professional network is one of the "
                                  "program’s goals."), name);
  gtk_label_set_text (self->introductions_hint, intro_hint);

  refresh_timeline (self);
  refresh_checklist (self);
  if (!self->agreement_dirty)
    fill_agreement (self);
  update_intro_form (self);

  (void) summary;
}

/* Sorts again only when a change put the list out of order: a list box bound to a model
 * rebuilds its rows on a re-sort, and an answer being typed in one of them would go. */
static void
resort_if_needed (GListModel *sorted,
                  GtkSorter  *sorter)
{
  guint n;

  if (sorted == NULL || sorter == NULL)
    return;

  n = g_list_model_get_n_items (sorted);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (sorted, i - 1);
      g_autoptr(GObject) b = g_list_model_get_item (sorted, i);

      if (gtk_sorter_compare (sorter, a, b) == GTK_ORDERING_LARGER)
        {
          gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
          return;
        }
    }
}

/* An open question or concern comes right below the next meeting, where the mentor sees it
 * first, instead of below the activities, screens further down. While a mentee is shown the
 * section only moves up (a concern raised meanwhile), never away from a mentor answering. */
static void
place_concerns (MpMentorWindow *self,
                gboolean        may_move_down)
{
  GListModel *concerns = self->concerns_model;
  gboolean open = FALSE;
  GtkWidget *after;

  for (guint i = 0; concerns != NULL && !open && i < g_list_model_get_n_items (concerns); i++)
    {
      g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, i);

      open = mp_concern_get_status (concern) == MP_CONCERN_STATUS_OPEN;
    }
  if (!open && !may_move_down)
    return;

  after = open ? self->next_card : self->activities_section;
  if (gtk_widget_get_prev_sibling (self->concerns_section) != after)
    gtk_box_reorder_child_after (self->detail_box, self->concerns_section, after);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  MpMentorWindow *self = user_data;

  self->refresh_id = 0;

  resort_if_needed (self->sorted_mentees, self->mentee_sorter);
  resort_if_needed (self->meetings_model, self->meetings_sorter);
  resort_if_needed (self->concerns_model, self->concerns_sorter);
  resort_if_needed (self->introductions_model, self->introductions_sorter);

  refresh_calendar (self);
  refresh_detail (self);
  place_concerns (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (MpMentorWindow *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
on_store_mentorship_changed_cb (MpMentorWindow *self,
                                MpMentorship   *mentorship)
{
  queue_refresh (self);
}

static void
on_store_refreshed_cb (MpMentorWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->mentee_filter), GTK_FILTER_CHANGE_DIFFERENT);
  queue_refresh (self);
}

static void
on_pairing_notify_cb (MpMentorWindow *self)
{
  queue_refresh (self);
}

static void
bind_list (GtkListBox                 *list,
           GListModel                 *model,
           GtkSorter                  *sorter,
           GListModel                **sorted_out,
           GtkListBoxCreateWidgetFunc  create,
           MpMentorWindow             *self)
{
  GtkSortListModel *sorted = NULL;

  if (model != NULL)
    sorted = gtk_sort_list_model_new (g_object_ref (model), g_object_ref (sorter));

  gtk_list_box_bind_model (list, sorted ? G_LIST_MODEL (sorted) : NULL, create, self, NULL);
  g_clear_object (sorted_out);
  *sorted_out = (GListModel *) sorted;
}

/* The forms of the mentee shown, kept if anything in them is not saved: another mentee
 * is about to be shown */
static void
keep_form_draft (MpMentorWindow *self)
{
  const char *colleague = gtk_editable_get_text (GTK_EDITABLE (self->intro_colleague_entry));
  const char *where = gtk_editable_get_text (GTK_EDITABLE (self->intro_where_entry));
  FormDraft *draft;

  if (self->mentorship == NULL)
    return;

  g_hash_table_remove (self->form_drafts, mp_mentorship_get_uuid (self->mentorship));
  if (!self->agreement_dirty && *colleague == '\0' && *where == '\0')
    return;

  draft = g_new0 (FormDraft, 1);
  draft->agreement_dirty = self->agreement_dirty;
  if (self->agreement_dirty)
    {
      draft->best_days = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->best_days_entry)));
      draft->channels = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->channels_entry)));
      draft->expectations = mp_text_view_dup_text (self->expectations_view);
    }
  draft->colleague = g_strdup (colleague);
  draft->where = g_strdup (where);
  g_hash_table_insert (self->form_drafts, g_strdup (mp_mentorship_get_uuid (self->mentorship)), draft);
}

/* Puts back what was left unsaved in the forms of the mentee now shown */
static void
restore_form_draft (MpMentorWindow *self)
{
  FormDraft *draft = self->mentorship != NULL
                     ? g_hash_table_lookup (self->form_drafts, mp_mentorship_get_uuid (self->mentorship))
                     : NULL;

  if (draft == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->intro_colleague_entry), draft->colleague);
  gtk_editable_set_text (GTK_EDITABLE (self->intro_where_entry), draft->where);
  if (draft->agreement_dirty)
    {
      /* As typed: the changed handler marks the form unsaved again */
      gtk_editable_set_text (GTK_EDITABLE (self->best_days_entry), draft->best_days);
      gtk_editable_set_text (GTK_EDITABLE (self->channels_entry), draft->channels);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->expectations_view), draft->expectations, -1);
      on_agreement_changed_cb (self);
    }
  g_hash_table_remove (self->form_drafts, mp_mentorship_get_uuid (self->mentorship));
}

static void
show_mentorship (MpMentorWindow *self,
                 MpPairing      *pairing)
{
  MpStore *store = get_store (self);
  MpMentorship *mentorship = pairing ? mp_pairing_get_mentorship (pairing) : NULL;
  GDate today;

  if (mentorship == self->mentorship)
    return;

  keep_form_draft (self);

  if (self->pairing != NULL)
    g_clear_signal_handler (&self->pairing_notify_id, self->pairing);
  g_set_object (&self->pairing, pairing);
  g_set_object (&self->mentorship, mentorship);
  if (pairing != NULL)
    self->pairing_notify_id = g_signal_connect_swapped (pairing, "notify::summary",
                                                        G_CALLBACK (on_pairing_notify_cb), self);

  bind_list (self->meetings_list, mentorship ? mp_store_get_meetings (store, mentorship) : NULL,
             self->meetings_sorter, &self->meetings_model, create_meeting_row, self);
  bind_list (self->concerns_list, mentorship ? mp_store_get_concerns (store, mentorship) : NULL,
             self->concerns_sorter, &self->concerns_model, create_concern_row, self);
  bind_list (self->introductions_list, mentorship ? mp_store_get_introductions (store, mentorship) : NULL,
             self->introductions_sorter, &self->introductions_model, create_introduction_row, self);

  /* Another mentee: the forms start empty. */
  self->agreement_dirty = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->intro_colleague_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->intro_where_entry), "");
  get_today (self, &today);
  mp_calendar_select_date (self->intro_calendar, &today);

  build_checklist (self);
  refresh_detail (self);
  place_concerns (self, TRUE);
  restore_form_draft (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
}

static void
on_selection_changed_cb (MpMentorWindow *self)
{
  MpPairing *pairing = gtk_single_selection_get_selected_item (self->selection);

  show_mentorship (self, pairing);
}

static void
update_empty_state (MpMentorWindow *self)
{
  MpStore *store = get_store (self);
  MpPerson *me = mp_store_get_current_person (store);
  guint n = g_list_model_get_n_items (self->mentees);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "dashboard");
      return;
    }

  if (me == NULL)
    {
      g_autofree char *text = NULL;

      mp_status_page_set_title (self->status_page, _("You Are Not in the Staff Directory Yet"));
      /* Translators: %s is the login of the person using the computer */
      text = g_strdup_printf (_("Ask your HR administrator to add you with the login “%s”. Once they pair you "
                                "with a new employee, your mentee appears here."),
                              mp_store_get_current_login (store));
      mp_status_page_set_description (self->status_page, text);
    }
  else if (!mp_person_get_may_mentor (me))
    {
      mp_status_page_set_title (self->status_page, _("You Are Not a Mentor"));
      mp_status_page_set_description (self->status_page,
                                      _("This dashboard is for the staff who mentor new employees. To become a "
                                        "mentor, ask your HR administrator. Your own onboarding, if you are new, "
                                        "is in the new-employee view (Ctrl+2)."));
    }
  else
    {
      mp_status_page_set_title (self->status_page, _("No Mentees Yet"));
      mp_status_page_set_description (self->status_page,
                                      _("When your HR administrator pairs you with a new employee, they appear "
                                        "here: when your next meeting is due, a calendar to schedule it, the "
                                        "program’s activities to tick, their questions, and your private notes.\n\n"
                                        "Until then, ask HR about new staff arriving soon."));
    }
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  show_mentorship (self, NULL);
}

static void
on_mentees_items_changed_cb (MpMentorWindow *self)
{
  update_empty_state (self);
  queue_refresh (self);
}

static void
on_mentor_meetings_items_changed_cb (MpMentorWindow *self)
{
  queue_refresh (self);
}

/* ------------------------------------------------------------------------------------------ */
/* Dialogs                                                                                    */
/* ------------------------------------------------------------------------------------------ */

static void
on_dialog_saved_cb (MpMentorWindow *self,
                    MpMeeting      *meeting)
{
  /* Show where it landed: the calendar turns to its month, its day marked. */
  if (meeting != NULL && mp_meeting_get_starts_at (meeting) != NULL)
    select_calendar_day (self->calendar, mp_meeting_get_starts_at (meeting));
  refresh_calendar (self);
  queue_refresh (self);
}

static void
open_schedule_dialog (MpMentorWindow *self,
                      MpMeeting      *meeting)
{
  MpScheduleDialog *dialog;
  GDate today;

  if (self->mentorship == NULL)
    return;

  get_today (self, &today);
  dialog = mp_schedule_dialog_new (GTK_WINDOW (self), get_store (self),
                                   meeting ? mp_meeting_get_mentorship (meeting) : self->mentorship,
                                   meeting, self->mentor_meetings, &today);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_log_dialog (MpMentorWindow *self,
                 MpMeeting      *scheduled)
{
  MpLogMeetingDialog *dialog;
  GDate today;

  if (self->mentorship == NULL)
    return;

  get_today (self, &today);
  dialog = mp_log_meeting_dialog_new (GTK_WINDOW (self), get_store (self),
                                      scheduled ? mp_meeting_get_mentorship (scheduled) : self->mentorship,
                                      scheduled, &today);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
schedule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_schedule_dialog (MP_MENTOR_WINDOW (widget), NULL);
}

static void
log_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);

  open_log_dialog (self, meeting_to_log (self));
}

static void
give_feedback_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  GDate today;

  if (self->mentorship == NULL)
    return;
  get_today (self, &today);
  if (!mp_feedback_is_open (self->mentorship, &today, NULL))
    return;

  gtk_window_present (GTK_WINDOW (mp_feedback_dialog_new (GTK_WINDOW (self), get_store (self), self->mentorship)));
}

static MpMeeting *
meeting_from_parameter (MpMentorWindow *self,
                        GVariant       *parameter)
{
  return mp_store_lookup_meeting (get_store (self), g_variant_get_string (parameter, NULL));
}

static void
reschedule_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  MpMeeting *meeting = meeting_from_parameter (self, parameter);

  if (meeting != NULL)
    open_schedule_dialog (self, meeting);
}

/* mentor.log-scheduled logs a meeting still to come as held; mentor.correct-meeting opens a
 * meeting held to correct its record (the same dialog, in the mode the meeting's status asks) */
static void
log_scheduled_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  MpMeeting *meeting = meeting_from_parameter (self, parameter);
  MpMeetingStatus wanted = g_str_equal (action_name, "mentor.correct-meeting") ? MP_MEETING_STATUS_HELD
                                                                              : MP_MEETING_STATUS_SCHEDULED;

  if (meeting != NULL && mp_meeting_get_status (meeting) == wanted)
    open_log_dialog (self, meeting);
}

static void
on_confirm_cancel_meeting_cb (GtkDialog *dialog,
                              int        response,
                              MpMeeting *meeting)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT && !mp_store_cancel_meeting (get_store (self), meeting, &error))
    show_error (self, _("Could not cancel the meeting"), error);
}

static void
cancel_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  MpMeeting *meeting = meeting_from_parameter (self, parameter);
  GtkWidget *dialog;

  if (meeting == NULL)
    return;

  dialog = mp_confirm_cancel_meeting_new (GTK_WINDOW (self), meeting_employee_name (meeting), meeting);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_confirm_cancel_meeting_cb),
                         g_object_ref (meeting), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------------------------ */
/* Calendar files                                                                             */
/* ------------------------------------------------------------------------------------------ */

typedef struct
{
  MpMentorWindow *self;
  MpMeeting      *meeting;  /* NULL: every upcoming meeting */
} ExportRequest;

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       ExportRequest   *request)
{
  MpMentorWindow *self = request->self;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        {
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Choose a file on this computer."));
          show_error (self, _("Could not write the calendar file"), error);
        }
      else if (!mp_mentor_window_export_ics (self, request->meeting, path, &error))
        show_error (self, _("Could not write the calendar file"), error);
      else
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *text = NULL;

          /* Translators: %s is a file name */
          text = g_strdup_printf (_("Saved “%s”: open it with your calendar to add the meetings."), base);
          show_banner (self, FALSE, text);
        }
    }

  g_clear_object (&request->meeting);
  g_object_unref (request->self);
  g_free (request);
  g_object_unref (chooser);
}

static void
choose_export_file (MpMentorWindow *self,
                    MpMeeting      *meeting)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  ExportRequest *request = g_new0 (ExportRequest, 1);

  request->self = g_object_ref (self);
  request->meeting = meeting ? g_object_ref (meeting) : NULL;

  chooser = gtk_file_chooser_native_new (meeting ? _("Add the Meeting to a Calendar")
                                                 : _("Add the Upcoming Meetings to a Calendar"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: a file name; keep the .ics */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     meeting ? _("mentoring-meeting.ics") : _("mentoring-meetings.ics"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  MpMeeting *meeting = meeting_from_parameter (self, parameter);

  if (meeting != NULL)
    choose_export_file (self, meeting);
}

static void
export_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (widget);
  MpMeeting *meeting = next_scheduled_meeting (self);

  if (meeting != NULL)
    choose_export_file (self, meeting);
}

static void
export_upcoming_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_export_file (MP_MENTOR_WINDOW (widget), NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/* Given when asked, not set by the template (mp_widget_set_template_tooltips ()) */
static const MpTooltip template_tooltips[] = {
  { "schedule_header_button", N_("Schedule the next meeting with the selected mentee (Ctrl+N)") },
  { "log_header_button", N_("Log a meeting or an informal contact (Ctrl+L)") },
  { "primary_menu_button", N_("Main Menu") },
  { "export_button", N_("Add meetings to your calendar (.ics)") },
  { "banner_close_button", N_("Dismiss") },
};

static void
mp_mentor_window_constructed (GObject *object)
{
  MpMentorWindow *self = (MpMentorWindow *)object;
  MpStore *store;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkMapListModel *mapped;
  g_autoptr(GtkBuilderScope) scope = NULL;
  GtkListItemFactory *factory;
  GtkMultiSorter *sorter;

  G_OBJECT_CLASS (mp_mentor_window_parent_class)->constructed (object);

  mp_widget_set_template_tooltips (GTK_WIDGET (self), MP_TYPE_MENTOR_WINDOW, template_tooltips,
                                   G_N_ELEMENTS (template_tooltips));
  mp_window_setup_primary_menu (MP_WINDOW (self), self->primary_menu_button);

  store = get_store (self);
  g_return_if_fail (MP_IS_STORE (store));

  self->pairings = g_object_ref (mp_pairing_list_get_for_store (store));

  /* The current person's mentees, most urgent first. */
  self->mentee_filter = gtk_custom_filter_new (mentee_filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->pairings)),
                                        g_object_ref (GTK_FILTER (self->mentee_filter)));
  self->mentees = G_LIST_MODEL (filtered);

  sorter = gtk_multi_sorter_new ();
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_numeric_sorter_new (
                             gtk_property_expression_new (MP_TYPE_PAIRING, NULL, "urgency"))));
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_string_sorter_new (
                             gtk_property_expression_new (MP_TYPE_PAIRING, NULL, "employee-name"))));
  self->mentee_sorter = GTK_SORTER (sorter);
  sorted = gtk_sort_list_model_new (g_object_ref (self->mentees), g_object_ref (self->mentee_sorter));
  self->sorted_mentees = g_object_ref (G_LIST_MODEL (sorted));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "mp_mentee_row_badge_classes", G_CALLBACK (mp_mentee_row_badge_classes),
                                           "mp_mentee_row_subtitle", G_CALLBACK (mp_mentee_row_subtitle),
                                           "mp_mentee_row_fraction", G_CALLBACK (mp_mentee_row_fraction),
                                           "mp_mentee_row_activities", G_CALLBACK (mp_mentee_row_activities),
                                           "mp_mentee_row_next", G_CALLBACK (mp_mentee_row_next),
                                           "mp_mentee_row_concerns", G_CALLBACK (mp_mentee_row_concerns),
                                           "mp_mentee_row_concerns_whole", G_CALLBACK (mp_mentee_row_concerns_whole),
                                           "mp_mentee_row_has_text", G_CALLBACK (mp_mentee_row_has_text),
                                           "mp_mentee_row_accessible_label",
                                           G_CALLBACK (mp_mentee_row_accessible_label),
                                           NULL);
  factory = gtk_builder_list_item_factory_new_from_resource (scope, MP_UI_PATH "mp-mentee-row.ui");
  gtk_list_view_set_factory (self->mentee_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->mentee_list, GTK_SELECTION_MODEL (self->selection));

  /* Every meeting of every mentee, for the calendar and for clashes. */
  mapped = gtk_map_list_model_new (g_object_ref (self->mentees), map_pairing_to_meetings, self, NULL);
  self->mentor_meetings = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (mapped)));

  self->meetings_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_meetings_latest_first, NULL, NULL));
  self->concerns_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_concerns, NULL, NULL));
  self->introductions_sorter = GTK_SORTER (gtk_custom_sorter_new (mp_introduction_compare, NULL, NULL));

  g_signal_connect_object (self->mentees, "items-changed", G_CALLBACK (on_mentees_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mentor_meetings, "items-changed", G_CALLBACK (on_mentor_meetings_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "mentorship-changed", G_CALLBACK (on_store_mentorship_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "refreshed", G_CALLBACK (on_store_refreshed_cb), self, G_CONNECT_SWAPPED);
  /* (the suggested day avoids them) */
  g_signal_connect_object (store, "notify::closed-days", G_CALLBACK (on_pairing_notify_cb), self, G_CONNECT_SWAPPED);

  /* The calendar opens on today (the pairings' today, which tests pin). */
  {
    g_autoptr(GDateTime) today = start_of_today (self);

    select_calendar_day (self->calendar, today);
  }

  update_empty_state (self);
  on_selection_changed_cb (self);
  refresh_calendar (self);
  update_actions (self);
}

static void
mp_mentor_window_dispose (GObject *object)
{
  MpMentorWindow *self = (MpMentorWindow *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->day_over_id, g_source_remove);
  if (self->pairing != NULL)
    g_clear_signal_handler (&self->pairing_notify_id, self->pairing);

  if (self->meetings_list != NULL)
    {
      gtk_list_box_bind_model (self->meetings_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->concerns_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->introductions_list, NULL, NULL, NULL, NULL);
    }
  if (self->mentee_list != NULL)
    gtk_list_view_set_model (self->mentee_list, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_MENTOR_WINDOW);

  g_clear_pointer (&self->activity_rows, g_ptr_array_unref);
  g_clear_object (&self->undo_mentorship);
  g_clear_pointer (&self->undo_activity_id, g_free);
  g_clear_pointer (&self->undo_meeting_uuid, g_free);
  g_clear_pointer (&self->answer_drafts, g_hash_table_unref);
  g_clear_pointer (&self->note_drafts, g_hash_table_unref);
  g_clear_pointer (&self->form_drafts, g_hash_table_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted_mentees);
  g_clear_object (&self->meetings_model);
  g_clear_object (&self->concerns_model);
  g_clear_object (&self->introductions_model);
  g_clear_object (&self->mentor_meetings);
  g_clear_object (&self->mentees);
  g_clear_object (&self->mentee_sorter);
  g_clear_object (&self->mentee_filter);
  g_clear_object (&self->meetings_sorter);
  g_clear_object (&self->concerns_sorter);
  g_clear_object (&self->introductions_sorter);
  g_clear_object (&self->mentorship);
  g_clear_object (&self->pairing);
  g_clear_object (&self->pairings);

  G_OBJECT_CLASS (mp_mentor_window_parent_class)->dispose (object);
}

typedef gpointer (*LookupFunc) (MpStore    *store,
                                const char *uuid);

/* Whether @drafts keeps one for something still there (not deleted for good since) */
static gboolean
has_live_draft (MpMentorWindow *self,
                GHashTable     *drafts,
                LookupFunc      lookup)
{
  GHashTableIter iter;
  gpointer uuid;

  g_hash_table_iter_init (&iter, drafts);
  while (g_hash_table_iter_next (&iter, &uuid, NULL))
    if (lookup (get_store (self), uuid) != NULL)
      return TRUE;

  return FALSE;
}

/* What closing would lose: a form or a text typed and not saved, for any mentee */
static gboolean
has_unsaved (GtkWindow *window)
{
  MpMentorWindow *self = MP_MENTOR_WINDOW (window);

  return self->agreement_dirty ||
         *gtk_editable_get_text (GTK_EDITABLE (self->intro_colleague_entry)) != '\0' ||
         *gtk_editable_get_text (GTK_EDITABLE (self->intro_where_entry)) != '\0' ||
         has_live_draft (self, self->form_drafts, (LookupFunc) mp_store_lookup_mentorship) ||
         has_live_draft (self, self->answer_drafts, (LookupFunc) mp_store_lookup_concern) ||
         has_live_draft (self, self->note_drafts, (LookupFunc) mp_store_lookup_meeting);
}

static gboolean
mp_mentor_window_close_request (GtkWindow *window)
{
  if (mp_close_would_lose (window, has_unsaved, _("Close without saving what you typed?")))
    return TRUE;

  return GTK_WINDOW_CLASS (mp_mentor_window_parent_class)->close_request (window);
}

static void
mp_mentor_window_class_init (MpMentorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mp_mentor_window_constructed;
  object_class->dispose = mp_mentor_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = mp_mentor_window_close_request;

  MP_WINDOW_CLASS (klass)->state_key = "mentor-window";

  g_type_ensure (MP_TYPE_STATUS_PAGE);
  g_type_ensure (MP_TYPE_PAIRING);
  g_type_ensure (MP_TYPE_LIST_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-mentor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, primary_menu_button);
  gtk_widget_class_bind_template_child_full (widget_class, "schedule_header_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "log_header_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "export_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "banner_close_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, banner_box);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, banner_undo_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, mentee_list);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, day_heading);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, day_list);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, name_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, state_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, email_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, phone_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, next_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, timeline_box);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, activities_heading);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, concerns_list);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, concerns_section);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, detail_box);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, next_card);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, activities_section);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, introductions_hint);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, introductions_list);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, intro_colleague_entry);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, intro_where_entry);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, intro_date_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, intro_calendar);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, intro_add_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, intro_problem_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, agreed_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, best_days_entry);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, channels_entry);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, expectations_view);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, agreement_save_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, feedback_label);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, feedback_button);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_intro_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_intro_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_intro_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_agreement_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_agreement_save_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.schedule", NULL, schedule_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.log-meeting", NULL, log_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.give-feedback", NULL, give_feedback_action);
  gtk_widget_class_install_action (widget_class, "win.export-next", NULL, export_next_action);
  gtk_widget_class_install_action (widget_class, "win.export-upcoming", NULL, export_upcoming_action);
  gtk_widget_class_install_action (widget_class, "mentor.reschedule", "s", reschedule_action);
  gtk_widget_class_install_action (widget_class, "mentor.cancel-meeting", "s", cancel_meeting_action);
  gtk_widget_class_install_action (widget_class, "mentor.log-scheduled", "s", log_scheduled_action);
  gtk_widget_class_install_action (widget_class, "mentor.correct-meeting", "s", log_scheduled_action);
  gtk_widget_class_install_action (widget_class, "mentor.export-meeting", "s", export_meeting_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.schedule", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.log-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-upcoming", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-next", NULL);
}

static void
mp_mentor_window_init (MpMentorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mp_a11y_calendar_set_purpose (self->calendar, _("Your meetings: marked days hold one"));

  self->activity_rows = g_ptr_array_new_with_free_func (activity_row_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
  self->answer_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->note_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->form_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, form_draft_free);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->expectations_view), "changed",
                            G_CALLBACK (on_agreement_changed_cb), self);

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_calendar_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::month", G_CALLBACK (on_calendar_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::year", G_CALLBACK (on_calendar_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "next-month", G_CALLBACK (on_calendar_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "prev-month", G_CALLBACK (on_calendar_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "next-year", G_CALLBACK (on_calendar_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "prev-year", G_CALLBACK (on_calendar_changed_cb), self);

  gtk_list_box_set_placeholder (self->meetings_list, new_label (_("No meetings yet."), "mp-placeholder"));
  gtk_list_box_set_placeholder (self->concerns_list,
                                new_label (_("No questions or concerns. When your mentee raises one, it "
                                             "appears here with the day they need an answer by."),
                                           "mp-placeholder"));
  gtk_list_box_set_placeholder (self->introductions_list,
                                new_label (_("No introductions yet."), "mp-placeholder"));
}

/* ------------------------------------------------------------------------------------------ */
/* Public API                                                                                 */
/* ------------------------------------------------------------------------------------------ */

MpMentorWindow *
mp_mentor_window_new (GtkApplication *application,
                      MpStore        *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  return g_object_new (MP_TYPE_MENTOR_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * mp_mentor_window_get_mentees:
 *
 * Returns: (transfer none): the current person's pairings (#MpPairing), as listed
 *   (most urgent first)
 */
GListModel *
mp_mentor_window_get_mentees (MpMentorWindow *self)
{
  g_return_val_if_fail (MP_IS_MENTOR_WINDOW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * mp_mentor_window_get_mentorship:
 *
 * Returns: (transfer none) (nullable): the mentorship shown in the detail pane
 */
MpMentorship *
mp_mentor_window_get_mentorship (MpMentorWindow *self)
{
  g_return_val_if_fail (MP_IS_MENTOR_WINDOW (self), NULL);

  return self->mentorship;
}

/**
 * mp_mentor_window_select_mentorship:
 *
 * Selects @mentorship in the mentee list (and so shows it).
 *
 * Returns: %FALSE when it is not one of the current person's mentees
 */
gboolean
mp_mentor_window_select_mentorship (MpMentorWindow *self,
                                    MpMentorship   *mentorship)
{
  GListModel *model;

  g_return_val_if_fail (MP_IS_MENTOR_WINDOW (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (model, i);

      if (mp_pairing_get_mentorship (pairing) == mentorship)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * mp_mentor_window_get_mentor_meetings:
 *
 * Returns: (transfer none): every meeting of the current person's mentees
 */
GListModel *
mp_mentor_window_get_mentor_meetings (MpMentorWindow *self)
{
  g_return_val_if_fail (MP_IS_MENTOR_WINDOW (self), NULL);

  return self->mentor_meetings;
}

/**
 * mp_mentor_window_get_calendar:
 *
 * Returns: (transfer none): the calendar of the mentor's meetings
 */
GtkCalendar *
mp_mentor_window_get_calendar (MpMentorWindow *self)
{
  g_return_val_if_fail (MP_IS_MENTOR_WINDOW (self), NULL);

  return self->calendar;
}

/**
 * mp_mentor_window_export_ics:
 * @meeting: (nullable): one meeting; %NULL for every upcoming meeting of the mentor
 * @path: the .ics file to write
 *
 * Writes the meeting(s) as iCalendar: the shared agenda, never the private notes.
 */
gboolean
mp_mentor_window_export_ics (MpMentorWindow  *self,
                             MpMeeting       *meeting,
                             const char      *path,
                             GError         **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  g_return_val_if_fail (MP_IS_MENTOR_WINDOW (self), FALSE);
  g_return_val_if_fail (meeting == NULL || MP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (meeting != NULL)
    {
      meetings = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (meetings, g_object_ref (meeting));
    }
  else
    {
      MpPerson *me = mp_store_get_current_person (get_store (self));
      g_autoptr(GDateTime) from = start_of_today (self);

      if (me == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("You are not in the staff directory, so you have no meetings."));
          return FALSE;
        }
      meetings = mp_ics_collect_upcoming (get_store (self), me, from, error);
      if (meetings == NULL)
        return FALSE;
    }

  if (meetings->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no upcoming meeting to export."));
      return FALSE;
    }

  return mp_ics_write_file (meetings, tz, path, error);
}

/* mp-onboarding-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-onboarding-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-a11y.h"
#include "mp-ics.h"
#include "mp-lead-time.h"
#include "mp-mentor-util.h"
#include "mp-onboarding-window-private.h"
#include "mp-onboarding-window.h"
#include "mp-pairing.h"
#include "mp-schedule.h"
#include "mp-status-page.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* The new employee's view, from before the first day to the end of the program: the mentor
 * and how to reach them, the six months with their real dates, the checklist, where to go
 * for what, the typical questions, concerns raised with enough lead time, and feedback.
 *
 * An employee sees only their own mentorship (mp_store_get_current_mentorship_as_employee).
 * "Today" and the progress numbers come from the store's shared MpPairingList, so this view
 * agrees with the mentor dashboard and the HR overview and never computes progress itself.
 * Everything that changes shows through the store's signals; what the user types in the
 * forms is never touched by a refresh. */


struct _MpOnboardingWindow
{
  MpWindow              parent_instance;

  /* Template widgets */
  GtkMenuButton        *primary_menu_button;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkStack             *main_stack;
  MpStatusPage         *empty_page;
  GtkStack             *pages;

  GtkLabel             *welcome_title_label;
  GtkLabel             *welcome_subtitle_label;
  GtkLabel             *mentor_name_label;
  GtkLabel             *mentor_title_label;
  GtkLabel             *mentor_department_label;
  GtkButton            *email_button;
  GtkLabel             *email_label;
  GtkButton            *phone_button;
  GtkLabel             *phone_label;
  GtkWidget            *agreement_grid;
  GtkWidget            *best_days_caption;
  GtkLabel             *best_days_label;
  GtkWidget            *channels_caption;
  GtkLabel             *channels_label;
  GtkWidget            *expectations_caption;
  GtkLabel             *expectations_label;
  GtkLabel             *agreement_missing_label;
  GtkLabel             *hr_contact_label;
  GtkWidget            *arrival_box;
  GtkLabel             *first_contact_label;
  GtkLabel             *first_day_label;
  GtkLabel             *first_weeks_label;
  GtkWidget            *coming_up_box;
  GtkLabel             *coming_up_label;
  GtkWidget            *people_met_box;
  GtkListBox           *people_met_list;
  GtkLabel             *responsibility_label;

  GtkLabel             *here_label;
  GtkProgressBar       *program_progress;
  GtkBox               *phases_box;
  GtkLabel             *next_meeting_label;
  GtkButton            *calendar_button;
  GtkLabel             *calendar_status_label;
  GtkLabel             *meetings_count_label;
  GtkListBox           *upcoming_list;
  GtkLabel             *upcoming_placeholder;
  GtkListBox           *held_list;

  GtkLabel             *checklist_summary_label;
  GtkBox               *checklist_box;

  GtkSearchEntry       *directory_search;
  GtkLabel             *directory_count_label;
  GtkListBox           *directory_list;

  GtkListBox           *questions_list;

  GtkLabel             *concern_intro_label;
  GtkWidget            *concern_form;
  GtkEntry             *subject_entry;
  GtkTextView          *details_view;
  GtkLabel             *subject_full_label;
  GtkCheckButton       *needs_answer_check;
  GtkCalendar          *needed_by_calendar;
  GtkLabel             *needed_by_label;
  GtkWidget            *lead_warning_box;
  GtkLabel             *lead_warning_label;
  GtkButton            *earliest_button;
  GtkLabel             *send_reason_label;
  GtkButton            *send_button;
  GtkLabel             *sent_label;
  GtkListBox           *concerns_list;

  GtkLabel             *feedback_availability_label;
  GtkWidget            *feedback_form;
  GtkLabel             *program_rating_caption;
  GtkBox               *program_rating_box;
  GtkLabel             *meetings_rating_caption;
  GtkBox               *meetings_rating_box;
  GtkLabel             *usefulness_rating_caption;
  GtkBox               *usefulness_rating_box;
  GtkTextView          *comment_view;
  GtkLabel             *feedback_status_label;
  GtkButton            *feedback_button;

  /* Owned */
  MpPairingList        *pairings;
  MpPerson             *person;
  MpMentorship         *mentorship;
  MpPairing            *pairing;
  MpPerson             *mentor;
  MpMeeting            *next_meeting;
  GtkFilterListModel   *directory_model;
  GtkCustomFilter      *directory_filter;
  GHashTable           *watched_departments;  /* MpDepartment (ref) set */
  char                **search_words;
  GtkFileChooserNative *calendar_chooser;
  gboolean              calendar_all;     /* the chooser saves every meeting to come */
  GListModel           *people_met;  /* the introductions, sorted; bound to people_met_list */
  MpFeedbackRatings     ratings;
  guint                 update_idle;
  GDate                 earliest;  /* the earliest needed-by date that leaves the lead time */
  gboolean              concern_can_send;
  gboolean              feedback_can_send;
};

G_DEFINE_FINAL_TYPE (MpOnboardingWindow, mp_onboarding_window, MP_TYPE_WINDOW)

static void update (MpOnboardingWindow *self);
static void update_concern_form (MpOnboardingWindow *self);
static void update_feedback_form (MpOnboardingWindow *self);

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                    */
/* ------------------------------------------------------------------------------------------ */

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static MpStore *
get_store (MpOnboardingWindow *self)
{
  return mp_window_get_store (MP_WINDOW (self));
}

static void
get_today (MpOnboardingWindow *self,
           GDate              *today)
{
  mp_pairing_list_get_today (self->pairings, today);
}

static MpProgressSummary *
get_summary (MpOnboardingWindow *self)
{
  return self->pairing != NULL ? mp_pairing_get_summary (self->pairing) : NULL;
}

/* "Tuesday 15 December", for dates close by, in sentences. */
static char *
format_day (const GDate *date)
{
  return mp_schedule_format_day (date);
}

/* "15 December 2026", for the timeline. */
static char *
format_long_day (const GDate *date)
{
  /* Translators: a date with its year, as in the timeline "2 March 2026 – 1 May 2026";
   * see g_date_time_format() for the codes (%-d: day without padding) */
  return mp_schedule_format_date (date, _("%-d %B %Y"));
}

static char *
format_time (GDateTime *instant)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (instant);

  /* Translators: the time of a meeting; see g_date_time_format() */
  return g_date_time_format (local, _("%H:%M"));
}

static GDate
local_date (GDateTime *instant)
{
  return mp_schedule_local_date (instant, NULL);
}

static const char *
mentor_name (MpOnboardingWindow *self)
{
  const char *name = self->mentor != NULL ? nonempty (mp_person_get_name (self->mentor)) : NULL;

  return name != NULL ? name : _("your mentor");
}

static GtkWidget *
make_label (const char *text,
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

static GtkWidget *
make_heading (const char *text,
              const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_pill (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "mp-pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_START);

  return label;
}

/* Removes the rows of a list box (its placeholder stays) or the children of a box. */
static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  if (GTK_IS_LIST_BOX (parent))
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (parent), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (parent), GTK_WIDGET (row));
      return;
    }

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    gtk_box_remove (GTK_BOX (parent), child);
}

/* A row that is read, not activated: it takes focus so a keyboard and a screen reader
 * can walk the list, and its accessible name says what it is about. */
static GtkWidget *
make_row (GtkWidget  *child,
          const char *accessible_label)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                    -1);

  return row;
}

static char *
entry_get_stripped_text (GtkEntry *entry)
{
  char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  return g_strstrip (text);
}

static void
show_banner (MpOnboardingWindow *self,
             const char         *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
show_banner (MpOnboardingWindow *self,
             const char         *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  gtk_label_set_text (self->banner_label, message);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

/* An error message as a sentence of its own: it ends with a full stop. */
static char *
as_sentence (const char *message)
{
  gsize len = message != NULL ? strlen (message) : 0;

  if (len == 0)
    return g_strdup ("");
  if (strchr (".!?", message[len - 1]) != NULL)
    return g_strdup (message);

  return g_strconcat (message, ".", NULL);
}

static void
hide_banner (MpOnboardingWindow *self)
{
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

/* The program's phases as plain numbers, with their first day and the first day after. */
typedef struct
{
  MpPhase *phase;  /* borrowed from the program */
  GDate    first_day;
  GDate    end_day;
  gboolean before_arrival;
} PhaseDates;

static GArray *
get_phase_dates (MpMentorship *mentorship)
{
  MpProgram *program = mp_mentorship_get_program (mentorship);
  const GDate *start = mp_mentorship_get_start_date (mentorship);
  GArray *result = g_array_new (FALSE, TRUE, sizeof (PhaseDates));
  g_autofree MpSchedulePhase *plain = NULL;
  GListModel *phases;
  guint n_phases = 0;

  if (program == NULL || !date_is_set (start))
    return result;

  phases = mp_program_get_phases (program);
  plain = mp_schedule_phases_from_program (program, &n_phases);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      PhaseDates dates = { 0 };

      dates.phase = phase;  /* the program keeps it */
      dates.before_arrival = plain[i].start_month < 0;
      mp_schedule_phase_dates (&plain[i], start, &dates.first_day, &dates.end_day);
      g_array_append_val (result, dates);
    }

  return result;
}

/* "2 March 2026 – 1 May 2026"; the before-arrival phase runs until the first day. */
static char *
describe_phase_dates (const PhaseDates *dates)
{
  g_autofree char *end = NULL;
  g_autofree char *first = NULL;
  GDate last = dates->end_day;

  if (dates->before_arrival)
    {
      end = format_long_day (&dates->end_day);
      /* Translators: the time before the first day; %s is the start date */
      return g_strdup_printf (_("Before %s"), end);
    }

  g_date_subtract_days (&last, 1);
  first = format_long_day (&dates->first_day);
  end = format_long_day (&last);

  /* Translators: a period of time, from the first to the last day */
  return g_strdup_printf (_("%s – %s"), first, end);
}

static int
whole_months_between (const GDate *from,
                      const GDate *to)
{
  int months = 0;

  for (;;)
    {
      GDate next = *from;

      g_date_add_months (&next, months + 1);
      if (g_date_compare (&next, to) > 0 || months > 1200)
        return months;
      months++;
    }
}

static int
compare_meetings_ascending (gconstpointer a,
                            gconstpointer b)
{
  MpMeeting *first = *(MpMeeting **) a;
  MpMeeting *second = *(MpMeeting **) b;

  return g_date_time_compare (mp_meeting_get_starts_at (first), mp_meeting_get_starts_at (second));
}

static int
compare_meetings_descending (gconstpointer a,
                             gconstpointer b)
{
  return compare_meetings_ascending (b, a);
}

/* The pair's meetings with a date, in date order. */
static GPtrArray *
get_meetings_sorted (MpOnboardingWindow *self,
                     gboolean            ascending)
{
  GListModel *meetings = mp_store_get_meetings (get_store (self), self->mentorship);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      MpMeeting *meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_starts_at (meeting) != NULL)
        g_ptr_array_add (result, meeting);
      else
        g_object_unref (meeting);
    }

  g_ptr_array_sort (result, ascending ? compare_meetings_ascending : compare_meetings_descending);

  return result;
}

static char *
describe_when (MpMeeting *meeting)
{
  GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
  GDate date = local_date (starts_at);
  g_autofree char *day = format_day (&date);
  g_autofree char *time = format_time (starts_at);

  /* Translators: when a meeting is: a day, then a time ("Tuesday 15 December at 10:00") */
  return g_strdup_printf (_("%s at %s"), day, time);
}

static char *
describe_how (MpMeeting *meeting)
{
  g_autoptr(GString) how = g_string_new (mp_meeting_mode_get_label (mp_meeting_get_mode (meeting)));
  int minutes = mp_meeting_get_duration_minutes (meeting);
  const char *place = nonempty (mp_meeting_get_place (meeting));

  if (minutes > 0)
    {
      g_string_append (how, " · ");
      g_string_append_printf (how, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), minutes);
    }
  if (place != NULL)
    {
      g_string_append (how, " · ");
      g_string_append (how, place);
    }
  if (mp_meeting_get_informal (meeting))
    {
      g_string_append (how, " · ");
      g_string_append (how, _("informal contact"));
    }

  return g_string_free (g_steal_pointer (&how), FALSE);
}

/* The earliest scheduled meeting on or after today (what the progress summary calls the
 * next meeting), as the object to export. */
static MpMeeting *
find_next_meeting (GPtrArray   *ascending,
                   const GDate *today)
{
  for (guint i = 0; i < ascending->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (ascending, i);
      GDate date = local_date (mp_meeting_get_starts_at (meeting));

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED &&
          g_date_compare (&date, today) >= 0)
        return meeting;
    }

  return NULL;
}

/* What "Add All to My Calendar" writes: the meetings of @today on that are planned, and
 * those called off, so that a calendar which took them in from an earlier file marks them
 * cancelled (same UID) rather than keeping them. */
static GPtrArray *
find_meetings_to_come (GPtrArray   *ascending,
                       const GDate *today)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ascending->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (ascending, i);
      MpMeetingStatus status = mp_meeting_get_status (meeting);
      GDate date = local_date (mp_meeting_get_starts_at (meeting));

      if ((status == MP_MEETING_STATUS_SCHEDULED || status == MP_MEETING_STATUS_CANCELLED) &&
          g_date_compare (&date, today) >= 0)
        g_ptr_array_add (result, g_object_ref (meeting));
    }

  return result;
}

/* The latest meeting planned for a day gone by that the mentor has not recorded, or NULL */
static MpMeeting *
unrecorded_meeting (MpOnboardingWindow *self)
{
  GDate today;

  get_today (self, &today);
  return mp_meetings_latest_scheduled (mp_store_get_meetings (get_store (self), self->mentorship), &today, FALSE);
}

static char *
describe_next_meeting (MpOnboardingWindow *self,
                       MpProgressSummary  *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);
  MpMeeting *unrecorded = self->next_meeting == NULL && mp_mentorship_is_running (self->mentorship)
                          ? unrecorded_meeting (self) : NULL;

  if (self->next_meeting != NULL)
    {
      g_autofree char *when = describe_when (self->next_meeting);
      g_autofree char *how = describe_how (self->next_meeting);
      const char *agenda = nonempty (mp_meeting_get_agenda (self->next_meeting));

      /* Translators: the next meeting: when it is, then how and where */
      g_string_append_printf (text, _("%s — %s"), when, how);
      if (agenda != NULL)
        {
          g_string_append_c (text, '\n');
          /* Translators: what the next meeting is about */
          g_string_append_printf (text, _("Agenda: %s"), agenda);
        }
    }
  else if (unrecorded != NULL)
    {
      g_autofree char *when = describe_when (unrecorded);

      g_string_append_printf (text,
                              /* Translators: 1: a day and time, 2: the mentor's name */
                              _("Your meeting of %s is not recorded yet: %s will record how it went, or "
                                "plan it again."),
                              when, mentor_name (self));
    }
  else if (summary != NULL && date_is_set (&summary->schedule.due) &&
           mp_mentorship_get_status (self->mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
    {
      g_autofree char *due = format_day (&summary->schedule.due);

      if (summary->schedule.days_until_due < 0)
        g_string_append_printf (text,
                                /* Translators: 1: a day, 2: the mentor's name */
                                _("Your next meeting was due by %s and is not scheduled yet. "
                                  "You could remind %s, or suggest a day yourself."),
                                due, mentor_name (self));
      else
        g_string_append_printf (text,
                                /* Translators: 1: a day, 2: the mentor's name */
                                _("Your next meeting is due by %s. %s will propose a day and time."),
                                due, mentor_name (self));
    }
  else
    {
      g_string_append (text, _("No more meetings are planned."));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_meeting_row (MpMeeting *meeting,
                  gboolean   held,
                  gboolean   overdue)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *when = describe_when (meeting);
  g_autofree char *how = describe_how (meeting);
  const char *agenda = nonempty (mp_meeting_get_agenda (meeting));
  const char *summary = nonempty (mp_meeting_get_summary (meeting));

  gtk_box_append (GTK_BOX (box), make_label (when, "heading"));
  gtk_box_append (GTK_BOX (box), make_label (how, "dim-label"));
  if (agenda != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Agenda: %s"), agenda);

      gtk_box_append (GTK_BOX (box), make_label (text, NULL));
    }
  if (held && summary != NULL)
    {
      /* Translators: the shared summary of a meeting held */
      g_autofree char *text = g_strdup_printf (_("What you covered: %s"), summary);

      gtk_box_append (GTK_BOX (box), make_label (text, NULL));
    }
  if (overdue)
    gtk_box_append (GTK_BOX (box), make_label (_("Your mentor has not recorded this meeting yet."), "dim-label"));

  return make_row (box, when);
}

/* ------------------------------------------------------------------------------------------ */
/* Welcome                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/* @label shows a value, @caption says what it is ("Best days"). GTK 4.8 names a label by
 * its text (each set_text) and adds what it is labelled by: "Mornings before the first
 * route Best days". The value is named by its caption alone (its .ui's relation), and
 * described by itself. */
static void
set_label_row (GtkWidget   *caption,
               GtkLabel    *label,
               const char  *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_visible (caption, text != NULL);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static char *
phone_uri (const char *phone)
{
  g_autoptr(GString) uri = g_string_new ("tel:");

  for (const char *p = phone; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || (*p == '+' && uri->len == 4))
      g_string_append_c (uri, *p);

  return uri->len > 4 ? g_string_free (g_steal_pointer (&uri), FALSE) : NULL;
}

static char *
email_uri (const char *email)
{
  g_autofree char *escaped = g_uri_escape_string (email, "@+", FALSE);

  return g_strconcat ("mailto:", escaped, NULL);
}

/* Who in Human Resources the employee may turn to: the program's follow-ups are theirs, and
 * so is a pairing that does not work. Every active HR administrator, with their e-mail and
 * phone. */
static void
update_hr_contact (MpOnboardingWindow *self)
{
  GListModel *people = mp_store_get_people (get_store (self));
  MpPerson *me = mp_store_get_current_person (get_store (self));
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      const char *email = nonempty (mp_person_get_email (person));
      const char *phone = nonempty (mp_person_get_phone (person));
      g_autoptr(GString) entry = NULL;

      if (!mp_person_get_is_hr_admin (person) || !mp_person_get_active (person) || person == me)
        continue;

      entry = g_string_new (mp_person_get_name (person));
      if (email != NULL)
        g_string_append_printf (entry, ", %s", email);
      if (phone != NULL)
        g_string_append_printf (entry, ", %s", phone);
      if (names->len > 0)
        /* Translators: between two people in a list */
        g_string_append (names, _("; "));
      g_string_append (names, entry->str);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->hr_contact_label), names->len > 0);
  if (names->len == 0)
    return;

  /* Translators: %s is one or more people of Human Resources, each with their e-mail and phone */
  text = g_strdup_printf (_("Human Resources: %s. They follow up on some activities with you, and you can "
                            "turn to them when something about your mentoring is not right."),
                          names->str);
  gtk_label_set_text (self->hr_contact_label, text);
}

static void
update_mentor_card (MpOnboardingWindow *self)
{
  MpPerson *mentor = self->mentor;
  MpDepartment *department = mentor != NULL ? mp_person_get_department (mentor) : NULL;
  const char *email = mentor != NULL ? nonempty (mp_person_get_email (mentor)) : NULL;
  const char *phone = mentor != NULL ? nonempty (mp_person_get_phone (mentor)) : NULL;
  const char *title = mentor != NULL ? nonempty (mp_person_get_title (mentor)) : NULL;
  MpAgreement *agreement = mp_store_get_agreement (get_store (self), self->mentorship);
  const char *best_days = agreement != NULL ? nonempty (mp_agreement_get_best_days (agreement)) : NULL;
  const char *channels = agreement != NULL ? nonempty (mp_agreement_get_channels (agreement)) : NULL;
  const char *expectations = agreement != NULL ? nonempty (mp_agreement_get_expectations (agreement)) : NULL;
  gboolean agreed = best_days != NULL || channels != NULL || expectations != NULL;

  gtk_label_set_text (self->mentor_name_label, mentor_name (self));
  gtk_label_set_text (self->mentor_title_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mentor_title_label), title != NULL);
  gtk_label_set_text (self->mentor_department_label,
                      department != NULL ? mp_department_get_name (department) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mentor_department_label), department != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->email_button), email != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.email-mentor", email != NULL);
  if (email != NULL)
    {
      g_autofree char *tooltip = g_strdup_printf (_("Write to %s with your e-mail program"), mentor_name (self));
      g_autofree char *name = g_strdup_printf (_("E-mail %s at %s"), mentor_name (self), email);

      gtk_label_set_text (self->email_label, email);
      mp_widget_set_tooltip (GTK_WIDGET (self->email_button), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->email_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data_full (G_OBJECT (self->email_button), "uri", email_uri (email), g_free);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->phone_button), phone != NULL && phone_uri (phone) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.call-mentor", phone != NULL);
  if (phone != NULL)
    {
      g_autofree char *tooltip = g_strdup_printf (_("Call %s"), mentor_name (self));
      g_autofree char *name = g_strdup_printf (_("Call %s at %s"), mentor_name (self), phone);

      gtk_label_set_text (self->phone_label, phone);
      mp_widget_set_tooltip (GTK_WIDGET (self->phone_button), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->phone_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data_full (G_OBJECT (self->phone_button), "uri", phone_uri (phone), g_free);
    }

  gtk_widget_set_visible (self->agreement_grid, agreed);
  set_label_row (self->best_days_caption, self->best_days_label, best_days);
  set_label_row (self->channels_caption, self->channels_label, channels);
  set_label_row (self->expectations_caption, self->expectations_label, expectations);
  gtk_widget_set_visible (GTK_WIDGET (self->agreement_missing_label), !agreed);
  if (!agreed)
    {
      g_autofree char *text =
        /* Translators: %s is the mentor's name */
        g_strdup_printf (_("At your first meeting you and %s agree on the best days and the best ways "
                           "to reach each other: dropping by, a call, e-mail or lunch."),
                         mentor_name (self));

      gtk_label_set_text (self->agreement_missing_label, text);
    }
}

/* The first contact: the pair's contact before the start, held or planned. */
static char *
describe_first_contact (MpOnboardingWindow *self,
                        GPtrArray          *ascending,
                        MpProgressSummary  *summary)
{
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  MpMeeting *contact = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < ascending->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (ascending, i);
      GDate date = local_date (mp_meeting_get_starts_at (meeting));

      if (g_date_compare (&date, start) >= 0)
        break;
      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_CANCELLED)
        continue;
      contact = meeting;
      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD)
        break;
    }

  if (contact != NULL)
    {
      GDate date = local_date (mp_meeting_get_starts_at (contact));
      g_autofree char *day = format_day (&date);
      g_autofree char *time = format_time (mp_meeting_get_starts_at (contact));
      const char *how = mp_meeting_mode_get_label (mp_meeting_get_mode (contact));
      const char *agenda = nonempty (mp_meeting_get_agenda (contact));
      const char *shared = nonempty (mp_meeting_get_summary (contact));

      if (mp_meeting_get_status (contact) == MP_MEETING_STATUS_HELD)
        /* Translators: 1: the mentor's name, 2: a day, 3: how (phone call, e-mail…) */
        g_string_append_printf (text, _("%s got in touch on %s (%s)."), mentor_name (self), day, how);
      else
        /* Translators: 1: the mentor's name, 2: a day, 3: a time, 4: how (phone call, e-mail…) */
        g_string_append_printf (text, _("%s will get in touch on %s at %s — %s."),
                                mentor_name (self), day, time, how);
      if (agenda != NULL)
        {
          g_string_append_c (text, ' ');
          /* Translators: what the first contact is about */
          g_string_append_printf (text, _("To talk about: %s."), agenda);
        }
      if (shared != NULL && mp_meeting_get_status (contact) == MP_MEETING_STATUS_HELD)
        {
          g_string_append_c (text, ' ');
          g_string_append (text, shared);
        }
    }
  else
    {
      GDate by = *start;
      g_autofree char *day = NULL;

      if (summary != NULL && date_is_set (&summary->schedule.due))
        by = summary->schedule.due;
      else
        mp_schedule_first_contact_day (start, mp_mentorship_get_paired_on (self->mentorship), &by);
      day = format_day (&by);

      /* Translators: 1: the mentor's name, 2: a day */
      g_string_append_printf (text, _("%s will get in touch before your first day, by %s, to welcome you "
                                      "and tell you what your first days will look like."),
                              mentor_name (self), day);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The first day: the meeting planned on it, or what the first meetings go through. */
static char *
describe_first_day (MpOnboardingWindow *self,
                    GPtrArray          *ascending,
                    GArray             *phases)
{
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  g_autofree char *day = format_day (start);
  g_autoptr(GString) text = g_string_new (NULL);
  MpMeeting *first_day_meeting = NULL;

  /* Translators: %s is the start date */
  g_string_append_printf (text, _("Your first day is %s."), day);

  for (guint i = 0; i < ascending->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (ascending, i);
      GDate date = local_date (mp_meeting_get_starts_at (meeting));

      if (g_date_compare (&date, start) == 0 &&
          mp_meeting_get_status (meeting) != MP_MEETING_STATUS_CANCELLED)
        {
          first_day_meeting = meeting;
          break;
        }
    }

  g_string_append_c (text, ' ');
  if (first_day_meeting != NULL)
    {
      g_autofree char *time = format_time (mp_meeting_get_starts_at (first_day_meeting));
      const char *place = nonempty (mp_meeting_get_place (first_day_meeting));
      const char *agenda = nonempty (mp_meeting_get_agenda (first_day_meeting));

      if (place != NULL)
        /* Translators: 1: the mentor's name, 2: a time, 3: a place */
        g_string_append_printf (text, _("You meet %s at %s, %s."), mentor_name (self), time, place);
      else
        /* Translators: 1: the mentor's name, 2: a time */
        g_string_append_printf (text, _("You meet %s at %s."), mentor_name (self), time);
      if (agenda != NULL)
        {
          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("Agenda: %s"), agenda);
        }
    }
  else
    {
      g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < phases->len && titles->len == 0; i++)
        {
          PhaseDates *dates = &g_array_index (phases, PhaseDates, i);
          GListModel *activities = mp_phase_get_activities (dates->phase);

          if (dates->before_arrival)
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (activities) && j < 3; j++)
            {
              g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);

              g_ptr_array_add (titles, g_utf8_strdown (mp_activity_get_title (activity), -1));
            }
        }
      g_ptr_array_add (titles, NULL);

      /* Translators: %s is the mentor's name */
      g_string_append_printf (text, _("%s meets you in your first days."), mentor_name (self));
      if (titles->len > 1)
        {
          g_autofree char *joined = g_strjoinv ("; ", (char **) titles->pdata);

          g_string_append_c (text, ' ');
          /* Translators: %s is a list of the first activities of the program */
          g_string_append_printf (text, _("Your first meetings go through: %s."), joined);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The title of the first activity still to do in a phase that has begun. */
static char *
next_pending_activity (MpOnboardingWindow *self,
                       GArray             *phases,
                       const GDate        *today)
{
  for (guint i = 0; i < phases->len; i++)
    {
      PhaseDates *dates = &g_array_index (phases, PhaseDates, i);
      GListModel *activities = mp_phase_get_activities (dates->phase);

      if (g_date_compare (today, &dates->first_day) < 0)
        break;

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          MpActivityProgress *progress = mp_store_lookup_activity_progress (get_store (self), self->mentorship,
                                                                            mp_activity_get_id (activity));

          if (progress == NULL || mp_activity_progress_get_state (progress) == MP_ACTIVITY_STATE_PENDING)
            return g_strdup (mp_activity_get_title (activity));
        }
    }

  return NULL;
}

static void
update_welcome (MpOnboardingWindow *self,
                MpProgressSummary  *summary,
                GPtrArray          *ascending,
                GArray             *phases,
                const GDate        *today)
{
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  MpProgram *program = mp_mentorship_get_program (self->mentorship);
  MpMentorshipStatus status = mp_mentorship_get_status (self->mentorship);
  const char *name = self->person != NULL ? nonempty (mp_person_get_name (self->person)) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *start_text = format_day (start);
  gboolean before_start = g_date_compare (today, start) < 0;
  gboolean active = status == MP_MENTORSHIP_STATUS_ACTIVE;

  /* Translators: %s is the new employee's name */
  title = name != NULL ? g_strdup_printf (_("Welcome, %s"), name) : g_strdup (_("Welcome"));
  gtk_label_set_text (self->welcome_title_label, title);

  if (!active)
    {
      const GDate *ended_on = mp_mentorship_get_ended_on (self->mentorship);
      g_autofree char *ended = date_is_set (ended_on) ? format_day (ended_on) : NULL;

      if (mp_mentorship_is_called_off (self->mentorship))
        subtitle = g_strdup (_("Your mentoring program was called off before it started."));
      else if (mp_mentorship_ended_early (self->mentorship))
        subtitle = ended != NULL
          /* Translators: %s is a day */
          ? g_strdup_printf (_("Your mentoring program ended on %s. Its history stays here for you."), ended)
          : g_strdup (_("Your mentoring program has ended. Its history stays here for you."));
      else
        subtitle = ended != NULL
          /* Translators: %s is a day */
          ? g_strdup_printf (_("You completed the mentoring program on %s. Thank you for taking part."), ended)
          : g_strdup (_("You completed the mentoring program. Thank you for taking part."));
    }
  else if (before_start)
    {
      int days = g_date_days_between (today, start);

      if (days == 1)
        /* Translators: 1: the start date, 2: the mentor */
        subtitle = g_strdup_printf (_("Your first day is %s, tomorrow. %s is your mentor for your first six "
                                      "months: someone to ask anything, who never evaluates you."),
                                    start_text, mentor_name (self));
      else
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: 1: the start date, 2: days until then, 3: the mentor */
                                                 "Your first day is %s, in %d day. %s is your mentor for your first "
                                                 "six months: someone to ask anything, who never evaluates you.",
                                                 "Your first day is %s, in %d days. %s is your mentor for your first "
                                                 "six months: someone to ask anything, who never evaluates you.",
                                                 days),
                                    start_text, days, mentor_name (self));
    }
  else
    {
      /* Translators: 1: the start date, 2: the mentor */
      subtitle = g_strdup_printf (_("You started on %s. %s is your mentor for your first six months: someone "
                                    "to ask anything, who never evaluates you."),
                                  start_text, mentor_name (self));
    }
  gtk_label_set_text (self->welcome_subtitle_label, subtitle);

  update_mentor_card (self);
  update_hr_contact (self);

  gtk_widget_set_visible (self->arrival_box, active && before_start);
  if (active && before_start)
    {
      g_autofree char *contact = describe_first_contact (self, ascending, summary);
      g_autofree char *first_day = describe_first_day (self, ascending, phases);
      const char *weeks = NULL;

      for (guint i = 0; i < phases->len && weeks == NULL; i++)
        {
          PhaseDates *dates = &g_array_index (phases, PhaseDates, i);

          if (!dates->before_arrival)
            weeks = nonempty (mp_phase_get_summary (dates->phase));
        }

      gtk_label_set_text (self->first_contact_label, contact);
      gtk_label_set_text (self->first_day_label, first_day);
      gtk_label_set_text (self->first_weeks_label, weeks != NULL ? weeks : "");
      gtk_widget_set_visible (GTK_WIDGET (self->first_weeks_label), weeks != NULL);
    }

  gtk_widget_set_visible (self->coming_up_box, active && !before_start);
  if (active && !before_start)
    {
      g_autofree char *next = describe_next_meeting (self, summary);
      g_autofree char *activity = next_pending_activity (self, phases, today);
      g_autoptr(GString) text = g_string_new (next);

      if (activity != NULL)
        {
          g_string_append (text, "\n\n");
          /* Translators: %s is an activity of the program */
          g_string_append_printf (text, _("Next on your checklist: %s."), activity);
        }
      gtk_label_set_text (self->coming_up_label, text->str);
    }

  {
    int lead = mp_lead_time_normalize (program != NULL ? mp_program_get_lead_time_days (program) : -1);
    g_autofree char *asks =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: 1 and 2: the mentor's name, 3: working days (the
                                     * lead time HR sets, not a figure of the program text) */
                                    "Keep %s informed of any problems or concerns as they arise. When you want "
                                    "input, leave enough time so that %s can help: the library asks for at least "
                                    "%d working day.",
                                    "Keep %s informed of any problems or concerns as they arise. When you want "
                                    "input, leave enough time so that %s can help: the library asks for at least "
                                    "%d working days.",
                                    lead),
                       mentor_name (self), mentor_name (self), lead);
    /* What is kept from whom, as it is (README, "Data safety"): concerns are sealed for the
     * two of them; agendas, summaries and agreed expectations are in the shared file as text,
     * kept out of what HR sees; private notes are the mentor's own */
    g_autofree char *kept =
      /* Translators: %1$s is the mentor's name */
      g_strdup_printf (_("%1$s treats what you talk about in confidence and does not evaluate you. The "
                         "concerns you raise here can be read by the two of you only. Meeting agendas and "
                         "summaries and what you agree on are kept in the program’s shared database: Human "
                         "Resources’ views and printouts leave them out, but they are not sealed like "
                         "concerns."),
                       mentor_name (self));
    g_autofree char *both = g_strconcat (asks, " ", kept, NULL);

    if (mp_mentorship_is_running (self->mentorship))
      gtk_label_set_text (self->responsibility_label, both);
    else
      gtk_label_set_text (self->responsibility_label,
                          _("Your program is over. For a problem or a question, your supervisor and Human "
                            "Resources are there to help."));
  }
}

/* ------------------------------------------------------------------------------------------ */
/* My six months                                                                              */
/* ------------------------------------------------------------------------------------------ */

static char *
describe_cadence (const PhaseDates *dates)
{
  MpPhase *phase = dates->phase;
  int every = MAX (1, mp_phase_get_cadence_every (phase));

  switch (mp_phase_get_cadence_unit (phase))
    {
    case MP_CADENCE_UNIT_ONCE:
      return g_strdup (dates->before_arrival ? _("One contact before your first day") : _("One meeting"));

    case MP_CADENCE_UNIT_WEEKS:
      if (every == 1)
        return g_strdup (_("You meet every week"));
      if (every == 2)
        return g_strdup (_("You meet every two weeks"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You meet every %d week", "You meet every %d weeks",
                                           every), every);

    case MP_CADENCE_UNIT_MONTHS:
    default:
      if (every == 1)
        return g_strdup (_("You meet once a month"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You meet every %d month", "You meet every %d months",
                                           every), every);
    }
}

typedef enum
{
  PHASE_PAST,
  PHASE_CURRENT,
  PHASE_FUTURE,
  PHASE_ENDED,        /* the one a pairing that ended early ended in */
  PHASE_NOT_REACHED,  /* after that */
} PhasePosition;

/* What a phase whose dates have passed did not finish: "Over: 2 of 4 meetings, 2 of 4
 * activities" (the rule for "Done" is mp_phase_work_done ()) */
static char *
describe_phase_over (const MpPhaseWork *work)
{
  guint held = MIN (work->meetings_kept, work->meetings_planned);
  g_autofree char *meetings =
    /* Translators: meetings of a phase held, e.g. "2 of 4 meetings" */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u meeting", "%1$u of %2$u meetings",
                                  work->meetings_planned),
                     held, work->meetings_planned);
  g_autofree char *activities = NULL;

  if (work->activities_applicable == 0)
    /* Translators: a phase whose dates have passed with work missing; %s is "2 of 4 meetings" */
    return g_strdup_printf (_("Over: %s"), meetings);

  activities =
    /* Translators: activities of a phase done, e.g. "2 of 4 activities" */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u activity", "%1$u of %2$u activities",
                                  work->activities_applicable),
                     work->activities_done, work->activities_applicable);
  if (work->meetings_planned == 0)
    return g_strdup_printf (_("Over: %s"), activities);

  /* Translators: a phase whose dates have passed with work missing: 1: "2 of 4 meetings",
   * 2: "2 of 4 activities" */
  return g_strdup_printf (_("Over: %1$s, %2$s"), meetings, activities);
}

static GtkWidget *
make_phase_row (const PhaseDates  *dates,
                const MpPhaseWork *work,
                PhasePosition      position,
                gboolean           last)
{
  static const char *position_classes[] = { "mp-phase-past", "mp-phase-current", "mp-phase-future",
                                            "mp-phase-past", "mp-phase-future" };
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *rail = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *marker = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *dates_label;
  g_autofree char *dates_text = describe_phase_dates (dates);
  g_autofree char *cadence = describe_cadence (dates);
  const char *summary = nonempty (mp_phase_get_summary (dates->phase));

  gtk_widget_set_name (row, mp_phase_get_id (dates->phase));
  gtk_widget_add_css_class (row, "mp-phase");
  /* The rail's line fills the row; the row does not take the page's spare height */
  gtk_widget_set_vexpand (row, FALSE);
  gtk_widget_add_css_class (row, position_classes[position]);

  /* The rail: a dot for the phase and a line down to the next one. */
  gtk_widget_add_css_class (rail, "mp-phase-rail");
  gtk_widget_add_css_class (marker, "mp-phase-marker");
  gtk_widget_set_halign (marker, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (rail), marker);
  gtk_widget_add_css_class (line, "mp-phase-line");
  gtk_widget_set_halign (line, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (line, TRUE);
  gtk_widget_set_visible (line, !last);
  gtk_box_append (GTK_BOX (rail), line);
  gtk_box_append (GTK_BOX (row), rail);

  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (row), content);

  gtk_box_append (GTK_BOX (header), make_label (mp_phase_get_title (dates->phase), "heading"));
  if (position == PHASE_CURRENT)
    gtk_box_append (GTK_BOX (header), make_pill (_("You are here"), "mp-here"));
  else if (position == PHASE_PAST && work != NULL && mp_phase_work_done (work))
    gtk_box_append (GTK_BOX (header), make_pill (_("Done"), "mp-done"));
  else if (position == PHASE_PAST && work != NULL)
    {
      g_autofree char *over = describe_phase_over (work);
      GtkWidget *pill = make_pill (over, "mp-open");

      /* Its dot is not the green of a phase done */
      gtk_widget_add_css_class (row, "mp-phase-short");
      gtk_widget_set_name (pill, "phase-over");
      gtk_box_append (GTK_BOX (header), pill);
    }
  else if (position == PHASE_ENDED)
    gtk_box_append (GTK_BOX (header), make_pill (_("Ended here"), NULL));
  else if (position == PHASE_NOT_REACHED)
    gtk_box_append (GTK_BOX (header), make_pill (_("Not reached"), NULL));
  gtk_box_append (GTK_BOX (content), header);

  dates_label = make_label (dates_text, NULL);
  gtk_widget_set_name (dates_label, "phase-dates");
  gtk_box_append (GTK_BOX (content), dates_label);
  gtk_box_append (GTK_BOX (content), make_label (cadence, "dim-label"));
  if (summary != NULL)
    gtk_box_append (GTK_BOX (content), make_label (summary, "dim-label"));

  return row;
}

static void
update_timeline (MpOnboardingWindow *self,
                 MpProgressSummary  *summary,
                 GPtrArray          *ascending,
                 GArray             *phases,
                 const GDate        *today)
{
  const GDate *start = mp_mentorship_get_start_date (self->mentorship);
  MpMentorshipStatus status = mp_mentorship_get_status (self->mentorship);
  gboolean active = status == MP_MENTORSHIP_STATUS_ACTIVE;
  gboolean over;
  int current;
  MpStore *store = get_store (self);
  g_autoptr(GArray) work = mp_phase_work_compute (self->mentorship, mp_store_get_meetings (store, self->mentorship),
                                                  mp_store_get_activity_progress (store, self->mentorship),
                                                  mp_store_get_closed_days (store), today, NULL);
  GDate program_end = *start;
  g_autofree char *here = NULL;
  g_autofree char *progress_text = NULL;
  g_autofree char *next = NULL;
  double fraction = 0.0;
  int total_days, elapsed;

  for (guint i = 0; i < phases->len; i++)
    {
      PhaseDates *dates = &g_array_index (phases, PhaseDates, i);

      if (g_date_compare (&dates->end_day, &program_end) > 0)
        program_end = dates->end_day;
    }
  /* After the six months no phase holds today: no "You are here" */
  over = active && g_date_compare (today, &program_end) >= 0;
  current = summary != NULL && !over ? summary->phase_index : -1;
  total_days = MAX (1, g_date_days_between (start, &program_end));
  elapsed = g_date_days_between (start, today);

  if (mp_mentorship_ended_early (self->mentorship))
    {
      const GDate *ended_on = mp_mentorship_get_ended_on (self->mentorship);
      g_autofree char *ended = date_is_set (ended_on) ? format_day (ended_on) : NULL;

      /* Translators: %s is a day */
      here = mp_mentorship_is_called_off (self->mentorship) ? g_strdup (_("Your program was called off."))
             : ended != NULL ? g_strdup_printf (_("Your program ended on %s."), ended)
                             : g_strdup (_("Your program has ended."));
      progress_text = g_strdup (_("Ended early"));
      if (date_is_set (ended_on))
        fraction = (double) g_date_days_between (start, ended_on) / total_days;
    }
  else if (!active)
    {
      here = g_strdup (_("You completed the program. Well done!"));
      progress_text = g_strdup (_("Completed"));
      fraction = 1.0;
    }
  else if (elapsed < 0)
    {
      g_autofree char *day = format_day (start);

      /* Translators: %s is the start date */
      here = g_strdup_printf (_("Before your first day: you start on %s."), day);
      progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Starts in %d day", "Starts in %d days",
                                                    -elapsed), -elapsed);
    }
  else
    {
      int month = whole_months_between (start, today) + 1;
      int months = MAX (1, whole_months_between (start, &program_end));
      int week = elapsed / 7 + 1;

      if (g_date_compare (today, &program_end) >= 0)
        here = g_strdup (_("Your six months are over: your mentor and HR will wrap up the program."));
      else if (current >= 0 && (guint) current < phases->len)
        /* Translators: 1: month number, 2: months in the program, 3: week number, 4: the phase's title */
        here = g_strdup_printf (_("You are in month %d of %d, week %d: %s."), MIN (month, months), months, week,
                                mp_phase_get_title (g_array_index (phases, PhaseDates, current).phase));
      else
        /* Translators: 1: month number, 2: months in the program, 3: week number */
        here = g_strdup_printf (_("You are in month %d of %d, week %d."), MIN (month, months), months, week);
      /* Translators: how far into the program: day N of M */
      progress_text = g_strdup_printf (_("Day %d of %d"), MIN (elapsed + 1, total_days), total_days);
      fraction = (double) elapsed / total_days;
    }

  gtk_label_set_text (self->here_label, here);
  gtk_progress_bar_set_fraction (self->program_progress, CLAMP (fraction, 0.0, 1.0));
  gtk_progress_bar_set_text (self->program_progress, progress_text);

  /* Ended early, the phases it did not finish are not done: it ended in one (called off:
   * before arrival) and never reached those after. */
  if (mp_mentorship_is_called_off (self->mentorship))
    for (guint i = 0; i < phases->len; i++)
      if (g_array_index (phases, PhaseDates, i).before_arrival)
        current = (int) i;

  remove_children (GTK_WIDGET (self->phases_box));
  for (guint i = 0; i < phases->len; i++)
    {
      PhasePosition position;

      if (mp_mentorship_ended_early (self->mentorship) && current >= 0 && (int) i >= current)
        position = (int) i == current ? PHASE_ENDED : PHASE_NOT_REACHED;
      else if (!active && current >= 0 && (int) i > current)
        /* (marked completed by HR before the six months were over) */
        position = PHASE_NOT_REACHED;
      else if (!active || over || (current >= 0 && (int) i < current))
        position = PHASE_PAST;
      else if ((int) i == current)
        position = PHASE_CURRENT;
      else
        position = PHASE_FUTURE;

      gtk_box_append (self->phases_box,
                      make_phase_row (&g_array_index (phases, PhaseDates, i),
                                      i < work->len ? &g_array_index (work, MpPhaseWork, i) : NULL, position,
                                      i + 1 == phases->len));
    }

  /* The next meeting, and every meeting held and coming up. */
  next = describe_next_meeting (self, summary);
  gtk_label_set_text (self->next_meeting_label, next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-calendar", self->next_meeting != NULL);
  {
    g_autoptr(GPtrArray) to_come = find_meetings_to_come (ascending, today);

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-all-to-calendar", to_come->len > 0);
  }

  if (summary != NULL)
    {
      g_autofree char *count =
        /* Translators: 1: meetings held, 2: meetings expected by today, 3: meetings in the whole program */
        g_strdup_printf (_("Meetings held: %u — %u expected by now, %u in the whole program"),
                         summary->meetings_held, summary->meetings_expected, summary->meetings_total);

      gtk_label_set_text (self->meetings_count_label, count);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_count_label), summary != NULL);

  gtk_label_set_text (self->upcoming_placeholder,
                      active ? _("No meeting is scheduled yet. Your mentor proposes the date.")
                             : _("The program is over: no more meetings."));
  remove_children (GTK_WIDGET (self->upcoming_list));
  remove_children (GTK_WIDGET (self->held_list));
  for (guint i = 0; i < ascending->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (ascending, i);
      GDate date = local_date (mp_meeting_get_starts_at (meeting));

      /* A meeting planned for a day gone by that the mentor has not recorded (held or
       * cancelled) is still to come, as far as the employee knows */
      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED &&
          (g_date_compare (&date, today) >= 0 || active))
        gtk_list_box_append (self->upcoming_list,
                             make_meeting_row (meeting, FALSE, g_date_compare (&date, today) < 0));
    }
  for (guint i = ascending->len; i > 0; i--)
    {
      MpMeeting *meeting = g_ptr_array_index (ascending, i - 1);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD)
        gtk_list_box_append (self->held_list, make_meeting_row (meeting, TRUE, FALSE));
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Checklist                                                                                  */
/* ------------------------------------------------------------------------------------------ */

static GtkWidget *
make_activity_row (MpOnboardingWindow *self,
                   MpActivity         *activity,
                   const PhaseDates   *dates,
                   const GDate        *today)
{
  MpActivityProgress *progress = mp_store_lookup_activity_progress (get_store (self), self->mentorship,
                                                                    mp_activity_get_id (activity));
  MpActivityState state = progress != NULL ? mp_activity_progress_get_state (progress) : MP_ACTIVITY_STATE_PENDING;
  gboolean active = mp_mentorship_get_status (self->mentorship) == MP_MENTORSHIP_STATUS_ACTIVE;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon;
  GtkWidget *row;
  g_autofree char *state_text = NULL;
  g_autofree char *accessible = NULL;
  const char *icon_name, *state_class;
  const char *description = nonempty (mp_activity_get_description (activity));

  switch (state)
    {
    case MP_ACTIVITY_STATE_DONE:
      {
        const GDate *done_on = mp_activity_progress_get_done_on (progress);
        g_autofree char *day = date_is_set (done_on) ? format_day (done_on) : NULL;

        /* Translators: %s is a day */
        state_text = day != NULL ? g_strdup_printf (_("Done on %s"), day) : g_strdup (_("Done"));
        icon_name = "emblem-ok-symbolic";
        state_class = "mp-done";
      }
      break;

    case MP_ACTIVITY_STATE_NOT_APPLICABLE:
      state_text = g_strdup (_("Not applicable"));
      icon_name = "action-unavailable-symbolic";
      state_class = "mp-muted";
      break;

    case MP_ACTIVITY_STATE_PENDING:
    default:
      {
        GDate last = dates->end_day;

        g_date_subtract_days (&last, 1);
        if (!active)
          state_text = g_strdup (_("Not done"));
        else if (g_date_compare (today, &dates->first_day) < 0)
          {
            g_autofree char *day = format_long_day (&dates->first_day);

            /* Translators: %s is a date */
            state_text = g_strdup_printf (_("Coming up from %s"), day);
          }
        else if (g_date_compare (today, &dates->end_day) < 0)
          {
            g_autofree char *day = format_long_day (&last);

            /* Translators: %s is a date */
            state_text = g_strdup_printf (_("To do by %s"), day);
          }
        else
          state_text = g_strdup (_("Still to do"));
        icon_name = "radio-symbolic";
        state_class = "mp-pending";
      }
      break;
    }

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, state_class);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, state_text, -1);
  gtk_box_append (GTK_BOX (box), icon);

  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  gtk_box_append (GTK_BOX (content), make_label (mp_activity_get_title (activity), "heading"));

  gtk_box_append (GTK_BOX (tags), make_pill (state_text, state_class));
  if (mp_activity_get_optional (activity))
    gtk_box_append (GTK_BOX (tags), make_pill (_("If pertinent"), NULL));
  if (mp_activity_get_hr_follow_up (activity))
    gtk_box_append (GTK_BOX (tags), make_pill (_("HR follow-up"), NULL));
  gtk_box_append (GTK_BOX (content), tags);

  if (description != NULL)
    gtk_box_append (GTK_BOX (content), make_label (description, NULL));

  if (mp_activity_get_hr_follow_up (activity) && state == MP_ACTIVITY_STATE_DONE)
    {
      const GDate *followed = mp_activity_progress_get_hr_followed_up_on (progress);
      g_autofree char *text = NULL;

      if (date_is_set (followed))
        {
          g_autofree char *day = format_day (followed);

          /* Translators: %s is a day */
          text = g_strdup_printf (_("Followed up with Human Resources on %s."), day);
        }
      else
        text = g_strdup (_("Next: a short follow-up with the Human Resources Administrator."));
      gtk_box_append (GTK_BOX (content), make_label (text, "dim-label"));
    }

  /* Translators: an activity and where it stands, for screen readers */
  accessible = g_strdup_printf (_("%s: %s"), mp_activity_get_title (activity), state_text);
  row = make_row (box, accessible);
  gtk_widget_set_name (row, mp_activity_get_id (activity));

  return row;
}

static void
update_checklist (MpOnboardingWindow *self,
                  MpProgressSummary  *summary,
                  GArray             *phases,
                  const GDate        *today)
{
  g_autofree char *intro = NULL;

  if (summary != NULL)
    /* Translators: 1: activities done, 2: activities that apply */
    intro = g_strdup_printf (_("%u of %u activities done. Your mentor ticks them off as you go through them "
                               "together; a few end with a short follow-up with the Human Resources "
                               "Administrator."),
                             summary->activities_done, summary->activities_applicable);
  else
    intro = g_strdup (_("The activities of the program. Your mentor ticks them off as you go through them "
                        "together."));
  gtk_label_set_text (self->checklist_summary_label, intro);

  remove_children (GTK_WIDGET (self->checklist_box));
  for (guint i = 0; i < phases->len; i++)
    {
      PhaseDates *dates = &g_array_index (phases, PhaseDates, i);
      GListModel *activities = mp_phase_get_activities (dates->phase);
      guint n = activities != NULL ? g_list_model_get_n_items (activities) : 0;
      GtkWidget *group, *list, *heading;
      g_autofree char *dates_text = NULL;

      if (n == 0)
        continue;

      group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      heading = make_heading (mp_phase_get_title (dates->phase), "title-4");
      gtk_box_append (GTK_BOX (group), heading);
      dates_text = describe_phase_dates (dates);
      gtk_box_append (GTK_BOX (group), make_label (dates_text, "dim-label"));

      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "mp-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, mp_phase_get_title (dates->phase),
                                      -1);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);

          gtk_list_box_append (GTK_LIST_BOX (list), make_activity_row (self, activity, dates, today));
        }
      gtk_box_append (GTK_BOX (group), list);
      gtk_box_append (self->checklist_box, group);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Where to go for what                                                                       */
/* ------------------------------------------------------------------------------------------ */

/* The words of a search, folded as the HR overview folds names (case, accents: "nomina"
 * finds "Nómina"): letters and digits, split at anything else. */
static char **
split_words (const char *query)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = query; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          g_ptr_array_add (words, mp_pairing_fold (word->str));
          g_string_truncate (word, 0);
        }
    }
  if (word->len > 0)
    g_ptr_array_add (words, mp_pairing_fold (word->str));

  if (words->len == 0)
    return NULL;

  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/* A department matches when each word of the search is in its name, what it does or whom
 * to ask for what. */
static gboolean
directory_filter_func (gpointer item,
                       gpointer user_data)
{
  MpOnboardingWindow *self = user_data;
  MpDepartment *department = item;
  g_autofree char *joined = NULL;
  g_autofree char *haystack = NULL;

  if (self->search_words == NULL)
    return TRUE;

  joined = g_strjoin ("\n",
                      mp_department_get_name (department) ? mp_department_get_name (department) : "",
                      mp_department_get_description (department) ? mp_department_get_description (department) : "",
                      mp_department_get_ask_for (department) ? mp_department_get_ask_for (department) : "",
                      NULL);
  haystack = mp_pairing_fold (joined);

  return mp_pairing_text_has_words (haystack, (const char * const *) self->search_words);
}

static void
update_directory_count (MpOnboardingWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->directory_model));
  guint total = g_list_model_get_n_items (mp_store_get_departments (get_store (self)));
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->directory_search));
  g_autofree char *text = NULL;

  if (self->search_words == NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u department", "%u departments", total), total);
  else if (shown == 0)
    /* Translators: %s is what the user searched for */
    text = g_strdup_printf (_("No department matches “%s”. Try another word, or ask your mentor."), query);
  else
    /* Translators: 1: departments shown, 2: all departments */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u department matches", "%u of %u departments match",
                                         total), shown, total);

  gtk_label_set_text (self->directory_count_label, text);
  /* With nothing to list, the line above says why: the list's own placeholder would say it
   * again, in fewer words. */
  gtk_widget_set_visible (GTK_WIDGET (self->directory_list), shown > 0);
}

static void
on_directory_search_changed_cb (GtkSearchEntry     *entry,
                                MpOnboardingWindow *self)
{
  g_clear_pointer (&self->search_words, g_strfreev);
  self->search_words = split_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_filter_changed (GTK_FILTER (self->directory_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_directory_count (self);
}

/* Escape empties the search, as everywhere else in the app */
static void
on_directory_search_stop_cb (GtkSearchEntry     *entry,
                             MpOnboardingWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_department_notify_cb (MpOnboardingWindow *self,
                         GParamSpec         *pspec,
                         MpDepartment       *department)
{
  /* HR edited a department: it may match the search now, or no longer. */
  gtk_filter_changed (GTK_FILTER (self->directory_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_directory_count (self);
}

static void
on_departments_items_changed_cb (GListModel         *departments,
                                 guint               position,
                                 guint               removed,
                                 guint               added,
                                 MpOnboardingWindow *self)
{
  for (guint i = position; i < position + added; i++)
    {
      MpDepartment *department = g_list_model_get_item (departments, i);

      if (!g_hash_table_contains (self->watched_departments, department))
        {
          g_signal_connect_object (department, "notify", G_CALLBACK (on_department_notify_cb), self,
                                   G_CONNECT_SWAPPED);
          g_hash_table_add (self->watched_departments, department);
        }
      else
        g_object_unref (department);
    }

  update_directory_count (self);
}

static void
fill_department_row (GtkListBoxRow *row,
                     GParamSpec    *pspec,
                     MpDepartment  *department)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *description = nonempty (mp_department_get_description (department));
  const char *ask_for = nonempty (mp_department_get_ask_for (department));

  gtk_box_append (GTK_BOX (box), make_heading (mp_department_get_name (department), "title-4"));
  if (description != NULL)
    gtk_box_append (GTK_BOX (box), make_label (description, NULL));

  if (ask_for != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (ask_for, "\n", -1);
      GtkWidget *grid = gtk_grid_new ();
      int row_index = 0;

      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
      gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
      gtk_widget_set_margin_top (grid, 6);
      gtk_box_append (GTK_BOX (box), make_label (_("Whom to ask for what"), "heading"));

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *line = g_strstrip (g_strdup (lines[i]));
          char *dash;
          GtkWidget *task, *whom;

          if (*line == '\0')
            continue;

          /* "task — whom to ask"; a line without the dash is shown whole. */
          dash = strstr (line, "—");
          if (dash != NULL)
            {
              *dash = '\0';
              task = make_label (g_strstrip (line), NULL);
              whom = make_label (g_strstrip (dash + strlen ("—")), "dim-label");
            }
          else
            {
              task = make_label (line, NULL);
              whom = make_label ("", NULL);
            }
          gtk_widget_set_hexpand (task, TRUE);
          gtk_widget_set_hexpand (whom, TRUE);
          gtk_grid_attach (GTK_GRID (grid), task, 0, row_index, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), whom, 1, row_index, 1, 1);
          row_index++;
        }
      gtk_box_append (GTK_BOX (box), grid);
    }

  gtk_list_box_row_set_child (row, box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mp_department_get_name (department),
                                  -1);
}

static GtkWidget *
create_department_row (gpointer item,
                       gpointer user_data)
{
  MpDepartment *department = item;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "department", g_object_ref (department), g_object_unref);
  fill_department_row (GTK_LIST_BOX_ROW (row), NULL, department);
  g_signal_connect_object (department, "notify", G_CALLBACK (fill_department_row), row, G_CONNECT_SWAPPED);

  return row;
}

/* ------------------------------------------------------------------------------------------ */
/* Typical questions                                                                          */
/* ------------------------------------------------------------------------------------------ */

static void
fill_question_row (GtkListBoxRow *row,
                   GParamSpec    *pspec,
                   MpQuestion    *question)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *answer = nonempty (mp_question_get_answer (question));
  const char *ask_whom = nonempty (mp_question_get_ask_whom (question));

  gtk_box_append (GTK_BOX (box), make_heading (mp_question_get_question (question), "heading"));
  if (answer != NULL)
    gtk_box_append (GTK_BOX (box), make_label (answer, NULL));
  else
    gtk_box_append (GTK_BOX (box), make_label (_("Human Resources has not written an answer yet."), "dim-label"));
  if (ask_whom != NULL)
    {
      /* Translators: %s is a person or a department */
      g_autofree char *text = g_strdup_printf (_("Whom to ask: %s"), ask_whom);
      GtkWidget *label = make_label (text, "mp-ask");

      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (row, box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mp_question_get_question (question),
                                  -1);
}

static GtkWidget *
create_question_row (gpointer item,
                     gpointer user_data)
{
  MpQuestion *question = item;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  fill_question_row (GTK_LIST_BOX_ROW (row), NULL, question);
  g_signal_connect_object (question, "notify", G_CALLBACK (fill_question_row), row, G_CONNECT_SWAPPED);

  return row;
}

/* ------------------------------------------------------------------------------------------ */
/* Concerns                                                                                   */
/* ------------------------------------------------------------------------------------------ */

static void
fill_concern_row (GtkListBoxRow *row,
                  GParamSpec    *pspec,
                  MpConcern     *concern)
{
  MpMentorship *mentorship = mp_concern_get_mentorship (concern);
  MpPerson *mentor = mentorship != NULL ? mp_mentorship_get_mentor (mentorship) : NULL;
  const char *mentor_text = mentor != NULL ? mp_person_get_name (mentor) : _("your mentor");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *subject;
  const char *text = nonempty (mp_concern_get_text (concern));
  const char *answer = nonempty (mp_concern_get_answer (concern));
  const GDate *needed_by = mp_concern_get_needed_by (concern);
  GDateTime *raised_at = mp_concern_get_raised_at (concern);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *accessible = NULL;
  const char *status_text, *status_class;

  switch (mp_concern_get_status (concern))
    {
    case MP_CONCERN_STATUS_ANSWERED:
      status_text = _("Answered");
      status_class = "mp-done";
      break;
    case MP_CONCERN_STATUS_CLOSED:
      status_text = _("Closed");
      status_class = "mp-muted";
      break;
    case MP_CONCERN_STATUS_OPEN:
    default:
      status_text = _("Waiting for an answer");
      status_class = "mp-open";
      break;
    }

  subject = make_heading (mp_concern_get_subject (concern), "heading");
  gtk_widget_set_hexpand (subject, TRUE);
  gtk_box_append (GTK_BOX (header), subject);
  gtk_box_append (GTK_BOX (header), make_pill (status_text, status_class));
  gtk_box_append (GTK_BOX (box), header);

  if (raised_at != NULL)
    {
      GDate raised = local_date (raised_at);
      g_autofree char *day = format_day (&raised);

      /* Translators: %s is a day */
      g_string_append_printf (meta, _("Raised on %s"), day);
    }
  if (date_is_set (needed_by))
    {
      g_autofree char *day = format_day (needed_by);

      if (meta->len > 0)
        g_string_append (meta, " · ");
      /* Translators: %s is a day */
      g_string_append_printf (meta, _("needed by %s"), day);
    }
  if (meta->len > 0)
    gtk_box_append (GTK_BOX (box), make_label (meta->str, "dim-label"));

  if (text != NULL)
    {
      GtkWidget *label = make_label (text, NULL);

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
    }

  if (answer != NULL)
    {
      GtkWidget *answer_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GDateTime *answered_at = mp_concern_get_answered_at (concern);
      g_autofree char *from = NULL;
      GtkWidget *label;

      if (answered_at != NULL)
        {
          GDate answered = local_date (answered_at);
          g_autofree char *day = format_day (&answered);

          /* Translators: 1: the mentor's name, 2: a day */
          from = g_strdup_printf (_("Answer from %s, %s"), mentor_text, day);
        }
      else
        /* Translators: %s is the mentor's name */
        from = g_strdup_printf (_("Answer from %s"), mentor_text);

      gtk_widget_add_css_class (answer_box, "mp-answer");
      gtk_box_append (GTK_BOX (answer_box), make_label (from, "heading"));
      label = make_label (answer, NULL);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (answer_box), label);
      gtk_box_append (GTK_BOX (box), answer_box);
    }

  gtk_list_box_row_set_child (row, box);

  /* Translators: a concern's subject and its status, for screen readers */
  accessible = g_strdup_printf (_("%s: %s"), mp_concern_get_subject (concern), status_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static GtkWidget *
create_concern_row (gpointer item,
                    gpointer user_data)
{
  MpConcern *concern = item;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "concern", g_object_ref (concern), g_object_unref);
  fill_concern_row (GTK_LIST_BOX_ROW (row), NULL, concern);
  g_signal_connect_object (concern, "notify", G_CALLBACK (fill_concern_row), row, G_CONNECT_SWAPPED);

  return row;
}

/* Newest first. */
static int
compare_concerns (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GDateTime *first = mp_concern_get_raised_at ((MpConcern *) a);
  GDateTime *second = mp_concern_get_raised_at ((MpConcern *) b);

  if (first == NULL || second == NULL)
    return (first == NULL) - (second == NULL);

  return g_date_time_compare (second, first);
}

static int
get_lead_days (MpOnboardingWindow *self)
{
  MpProgram *program = self->mentorship != NULL ? mp_mentorship_get_program (self->mentorship) : NULL;

  return mp_lead_time_normalize (program != NULL ? mp_program_get_lead_time_days (program) : -1);
}

/* Whether a concern can still be sent: only while the program runs */
static gboolean
concern_form_is_open (MpOnboardingWindow *self)
{
  return self->mentorship != NULL && mp_mentorship_get_status (self->mentorship) == MP_MENTORSHIP_STATUS_ACTIVE;
}

/* The day the concern is needed by, unset when it only keeps the mentor informed (then
 * FALSE: no answer is needed by a day) */
static gboolean
get_needed_by (MpOnboardingWindow *self,
               GDate              *needed)
{
  mp_calendar_get_gdate (self->needed_by_calendar, needed);
  if (gtk_check_button_get_active (self->needs_answer_check))
    return TRUE;

  g_date_clear (needed, 1);

  return FALSE;
}

static void
update_concern_form (MpOnboardingWindow *self)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subject = entry_get_stripped_text (self->subject_entry);
  g_autofree char *needed_text = NULL;
  g_autofree char *send_label = NULL;
  g_autofree char *earliest_label = NULL;
  g_autofree char *earliest_text = NULL;
  g_autofree char *reason = NULL;
  MpLeadTimeVerdict verdict;
  GArray *closed_days;
  gboolean needs_answer;
  int lead = get_lead_days (self);
  guint left = 0;
  GDate today, needed;

  if (self->mentorship == NULL)
    return;

  /* Translators: %s is the mentor's name */
  send_label = g_strdup_printf (_("S_end to %s"), mentor_name (self));
  gtk_button_set_label (self->send_button, send_label);

  /* Once the program has ended there is no one to send a concern to: the form is greyed out
   * (a draft written before stays to be seen), and the intro says why (update_concern_intro ());
   * the concerns raised before stay readable below it. */
  if (gtk_widget_get_sensitive (self->concern_form) != concern_form_is_open (self))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      /* The focus leaves first: a text entry made insensitive with it would miss its focus-out */
      if (focus != NULL && gtk_widget_is_ancestor (focus, self->concern_form))
        gtk_root_set_focus (GTK_ROOT (self), NULL);
      mp_a11y_set_sensitive (self->concern_form, concern_form_is_open (self));
    }
  if (!concern_form_is_open (self))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->needed_by_label), FALSE);
      mp_a11y_calendar_set_day_text (self->needed_by_calendar, NULL);
      gtk_widget_set_visible (self->lead_warning_box, FALSE);
      gtk_label_set_text (self->send_reason_label, "");
      self->concern_can_send = FALSE;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-concern", FALSE);
      return;
    }

  get_today (self, &today);
  needs_answer = get_needed_by (self, &needed);
  mp_a11y_set_sensitive (GTK_WIDGET (self->needed_by_calendar), needs_answer);
  closed_days = get_store (self) != NULL ? mp_store_get_closed_days (get_store (self)) : NULL;
  verdict = mp_lead_time_check (&today, &needed, lead, closed_days, &left, &self->earliest);
  earliest_text = format_day (&self->earliest);

  if (*subject == '\0')
    /* Translators: %s is the mentor's name */
    g_ptr_array_add (reasons, g_strdup_printf (_("Write a subject, so %s knows what it is about."),
                                               mentor_name (self)));
  if (verdict == MP_LEAD_TIME_PAST)
    {
      g_autofree char *day = format_day (&needed);

      /* Translators: %s is a day */
      g_ptr_array_add (reasons, g_strdup_printf (_("The needed-by date, %s, has passed. Pick today or a later "
                                                   "day."), day));
    }
  else if (verdict == MP_LEAD_TIME_UNSET && needs_answer)
    g_ptr_array_add (reasons, g_strdup (_("Pick the day you need an answer by.")));

  /* What the chosen day means for the mentor. */
  if (verdict == MP_LEAD_TIME_OK)
    {
      g_autofree char *day = format_day (&needed);

      needed_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  /* Translators: 1: a day, 2: the mentor, 3: working days */
                                                  "Needed by %s: that gives %s %u working day to help.",
                                                  "Needed by %s: that gives %s %u working days to help.",
                                                  left),
                                     day, mentor_name (self), left);
    }
  else if (verdict == MP_LEAD_TIME_SHORT)
    {
      g_autofree char *day = format_day (&needed);

      /* Translators: %s is a day */
      needed_text = g_strdup_printf (_("Needed by %s."), day);
    }
  if (!needs_answer)
    /* Translators: %s is the mentor's name */
    needed_text = g_strdup_printf (_("No day: %s is kept informed, and answers when they can."), mentor_name (self));

  /* A closed day on the way explains a working day fewer than the calendar shows */
  if (needed_text != NULL && needs_answer)
    {
      const MpClosedDay *closed = mp_lead_time_first_closed_day (&today, &needed, closed_days);

      if (closed != NULL)
        {
          g_autofree char *closed_day = format_day (&closed->date);
          g_autofree char *with_closed = NULL;

          /* Translators: 1: the sentence above, 2: a day, 3: what closes the library that day,
           * as in "Christmas Day" */
          with_closed = g_strdup_printf (_("%1$s The library system is closed on %2$s (%3$s)."), needed_text,
                                         closed_day, closed->name);
          g_free (needed_text);
          needed_text = g_steal_pointer (&with_closed);
        }
    }
  gtk_label_set_text (self->needed_by_label, needed_text != NULL ? needed_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->needed_by_label), needed_text != NULL);
  mp_a11y_calendar_set_day_text (self->needed_by_calendar, needed_text);

  /* The lead time: say it plainly, suggest a later day, allow sending anyway. */
  gtk_widget_set_visible (self->lead_warning_box, verdict == MP_LEAD_TIME_SHORT);
  if (verdict == MP_LEAD_TIME_SHORT)
    {
      g_autoptr(GString) warning = g_string_new (NULL);

      if (left == 0)
        /* Translators: %s is the mentor's name */
        g_string_append_printf (warning, _("That leaves %s no working day to help."), mentor_name (self));
      else
        g_string_append_printf (warning,
                                g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: 1: the mentor's name, 2: working days */
                                             "That leaves %s only %u working day to help.",
                                             "That leaves %s only %u working days to help.",
                                             left),
                                mentor_name (self), left);
      g_string_append_c (warning, ' ');
      g_string_append_printf (warning,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The library asks for at least %d working day, so that your mentor has "
                                           "time to help.",
                                           "The library asks for at least %d working days, so that your mentor has "
                                           "time to help.",
                                           lead),
                              lead);
      g_string_append_c (warning, ' ');
      /* Translators: %s is a day */
      g_string_append_printf (warning, _("If you can, allow until %s. If it cannot wait, send it anyway and say "
                                         "in the details why it is urgent."),
                              earliest_text);
      gtk_label_set_text (self->lead_warning_label, warning->str);
    }

  /* Translators: a button that picks a later needed-by day; %s is the day */
  earliest_label = g_strdup_printf (_("_Allow until %s"), earliest_text);
  gtk_button_set_label (self->earliest_button, earliest_label);

  self->concern_can_send = reasons->len == 0;
  /* Not a reason not to send: why typing stopped, under the subject (never in red) */
  {
    gboolean full = gtk_entry_get_max_length (self->subject_entry) > 0 &&
                    g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (self->subject_entry)), -1) >=
                      gtk_entry_get_max_length (self->subject_entry);

    if (full)
      {
        g_autofree char *note =
          /* Translators: %d is a number of characters */
          g_strdup_printf (_("The subject is full (%d characters): say the rest in the details."),
                           gtk_entry_get_max_length (self->subject_entry));

        gtk_label_set_text (self->subject_full_label, note);
      }
    else
      /* (it describes the entry: no stale note for a screen reader) */
      gtk_label_set_text (self->subject_full_label, "");
    gtk_widget_set_visible (GTK_WIDGET (self->subject_full_label), full);
  }
  g_ptr_array_add (reasons, NULL);
  reason = g_strjoinv ("\n", (char **) reasons->pdata);
  gtk_label_set_text (self->send_reason_label, reason);

  /* A subject still to write is a hint; a day that has passed is a mistake to fix. */
  if (verdict == MP_LEAD_TIME_PAST)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->send_reason_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->send_reason_label), "mp-reason");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->send_reason_label), "mp-reason");
      gtk_widget_add_css_class (GTK_WIDGET (self->send_reason_label), "dim-label");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-concern", self->concern_can_send);
}

static void
on_concern_form_changed_cb (MpOnboardingWindow *self,
                            gpointer            emitter)
{
  if (emitter == (gpointer) self->subject_entry &&
      *gtk_editable_get_text (GTK_EDITABLE (self->subject_entry)) != '\0')
    gtk_widget_set_visible (GTK_WIDGET (self->sent_label), FALSE);

  update_concern_form (self);
}

static void
reset_concern_date (MpOnboardingWindow *self)
{
  GDate today, earliest;

  get_today (self, &today);
  mp_lead_time_add_working_days (&today, (guint) get_lead_days (self), mp_store_get_closed_days (get_store (self)),
                                 &earliest);
  mp_calendar_select_date (self->needed_by_calendar, &earliest);
}

static void
send_concern_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);
  g_autoptr(MpConcern) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *details = NULL;
  g_autofree char *sent = NULL;
  GDate needed;

  update_concern_form (self);
  if (!self->concern_can_send || self->mentorship == NULL)
    return;

  subject = entry_get_stripped_text (self->subject_entry);
  details = g_strstrip (mp_text_view_dup_text (self->details_view));
  get_needed_by (self, &needed);

  draft = mp_concern_new (self->mentorship, subject, details);
  mp_concern_set_needed_by (draft, &needed);

  if (!mp_store_save_concern (get_store (self), draft, &error))
    {
      g_autofree char *reason = as_sentence (error->message);

      /* Translators: %s is the reason, a sentence */
      show_banner (self, _("Your concern was not sent. %s What you wrote is still here."),
                   reason);
      return;
    }

  hide_banner (self);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->details_view), "", -1);
  gtk_check_button_set_active (self->needs_answer_check, TRUE);
  reset_concern_date (self);

  /* Translators: %s is the mentor's name */
  sent = g_strdup_printf (_("Sent to %s. You find it below, under “My concerns”, where the answer will appear "
                            "too."),
                          mentor_name (self));
  gtk_label_set_text (self->sent_label, sent);
  gtk_widget_set_visible (GTK_WIDGET (self->sent_label), TRUE);
  update_concern_form (self);
  /* "Send" is greyed out with the form emptied: the focus goes back to its first field */
  mp_focus_later (GTK_WIDGET (self->subject_entry));
}

static void
use_earliest_date_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);

  if (date_is_set (&self->earliest))
    mp_calendar_select_date (self->needed_by_calendar, &self->earliest);
  update_concern_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->needed_by_calendar));
}

/* ------------------------------------------------------------------------------------------ */
/* Feedback                                                                                   */
/* ------------------------------------------------------------------------------------------ */

static MpFeedback *
find_my_feedback (MpOnboardingWindow *self)
{
  if (self->mentorship == NULL)
    return NULL;

  return mp_feedback_find (get_store (self), self->mentorship, MP_FEEDBACK_ROLE_EMPLOYEE);
}

static void
load_feedback_form (MpOnboardingWindow *self)
{
  mp_feedback_ratings_load (self->ratings, self->comment_view, find_my_feedback (self));
  gtk_label_set_text (self->feedback_status_label, "");
}

/* The last month of the program, or once it is over (mp_feedback_is_open ()). */
static gboolean
feedback_is_open (MpOnboardingWindow *self,
                  GDate              *opens_on)
{
  GDate today;

  get_today (self, &today);

  return mp_feedback_is_open (self->mentorship, &today, opens_on);
}

static void
update_feedback_form (MpOnboardingWindow *self)
{
  MpFeedback *feedback;
  g_autofree char *availability = NULL;
  gboolean open, answered;
  GtkWidget *page;
  GDate opens_on;

  if (self->mentorship == NULL)
    return;

  feedback = find_my_feedback (self);
  open = feedback_is_open (self, &opens_on);

  if (!open && mp_mentorship_is_called_off (self->mentorship))
    availability = g_strdup (_("Your program was called off before it started: there is no feedback to give."));
  else if (!open)
    {
      g_autofree char *day = format_long_day (&opens_on);  /* months away: with its year */

      /* Translators: %s is a day */
      availability = g_strdup_printf (_("Feedback opens in the last month of your program, from %s."), day);
    }
  else if (feedback != NULL && mp_feedback_get_submitted_at (feedback) != NULL)
    {
      GDate sent = local_date (mp_feedback_get_submitted_at (feedback));
      g_autofree char *day = format_day (&sent);

      /* Translators: %s is a day */
      availability = g_strdup_printf (_("You sent your feedback on %s. You can still change it."), day);
    }
  else if (mp_mentorship_get_status (self->mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
    availability = g_strdup (_("Your program is coming to an end: please tell us how it went."));
  else
    availability = g_strdup (_("Your program has ended: please tell us how it went."));
  gtk_label_set_text (self->feedback_availability_label, availability);
  mp_a11y_set_sensitive (self->feedback_form, open);
  /* Said where Alt+7 puts the focus: the page, when nothing on it can be used yet */
  page = gtk_widget_get_ancestor (self->feedback_form, GTK_TYPE_SCROLLED_WINDOW);
  if (page != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, availability, -1);

  answered = mp_feedback_answered (self->ratings, self->comment_view);

  self->feedback_can_send = open && answered;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-feedback", self->feedback_can_send);
  gtk_button_set_label (self->feedback_button, feedback != NULL ? _("_Update Feedback") : _("_Send Feedback"));

  if (open && !answered)
    gtk_label_set_text (self->feedback_status_label, _("Answer at least one question, or write a comment."));
  else if (!open)
    gtk_label_set_text (self->feedback_status_label, "");
}

static void
on_feedback_changed_cb (MpOnboardingWindow *self)
{
  gtk_label_set_text (self->feedback_status_label, "");
  update_feedback_form (self);
}

static void
send_feedback_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  int ratings[MP_EVALUATION_N_QUESTIONS];

  update_feedback_form (self);
  if (!self->feedback_can_send)
    return;

  mp_feedback_ratings_get (self->ratings, ratings);
  comment = mp_text_view_dup_text (self->comment_view);

  if (!mp_feedback_send (get_store (self), self->mentorship, MP_FEEDBACK_ROLE_EMPLOYEE, ratings, comment, &error))
    {
      g_autofree char *reason = as_sentence (error->message);

      /* Translators: %s is the reason, a sentence */
      show_banner (self, _("Your feedback was not saved. %s Your answers are still here."),
                   reason);
      return;
    }

  hide_banner (self);
  update_feedback_form (self);
  gtk_label_set_text (self->feedback_status_label, _("Thank you! Your feedback was saved."));
}

static void
setup_ratings (MpOnboardingWindow *self)
{
  GtkBox *boxes[MP_EVALUATION_N_QUESTIONS] = { self->program_rating_box, self->meetings_rating_box,
                                               self->usefulness_rating_box };
  GtkWidget *captions[MP_EVALUATION_N_QUESTIONS] = { GTK_WIDGET (self->program_rating_caption),
                                                     GTK_WIDGET (self->meetings_rating_caption),
                                                     GTK_WIDGET (self->usefulness_rating_caption) };

  mp_feedback_ratings_fill (self->ratings, boxes, captions, G_CALLBACK (on_feedback_changed_cb), self);
}

/* ------------------------------------------------------------------------------------------ */
/* Calendar export, contact                                                                   */
/* ------------------------------------------------------------------------------------------ */

static gboolean
save_next_meeting (MpOnboardingWindow  *self,
                   GFile               *file,
                   GError             **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *path = NULL;

  /* The next meeting, or every one to come, with those called off since */
  if (self->calendar_all)
    {
      g_autoptr(GPtrArray) ascending = get_meetings_sorted (self, TRUE);
      GDate today;

      get_today (self, &today);
      meetings = find_meetings_to_come (ascending, &today);
    }
  else
    {
      meetings = g_ptr_array_new_with_free_func (g_object_unref);
      if (self->next_meeting != NULL)
        g_ptr_array_add (meetings, g_object_ref (self->next_meeting));
    }

  if (meetings->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("there is no meeting to add"));
      return FALSE;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("choose a folder on this computer"));
      return FALSE;
    }

  return mp_ics_write_file (meetings, NULL, path, error);
}

/* Writes the next meeting to @file and says where it went (or what went wrong). */
static gboolean
save_calendar_to (MpOnboardingWindow *self,
                  GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *markup = NULL;

  if (!save_next_meeting (self, file, &error))
    {
      g_autofree char *reason = as_sentence (error->message);

      /* Translators: %s is the reason, a sentence */
      show_banner (self, _("The meeting could not be saved for your calendar. %s"), reason);
      return FALSE;
    }

  hide_banner (self);
  basename = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  /* Translators: 1: a link target (keep it), 2: the file's name */
  markup = self->calendar_all
           /* Translators: 1: a link target (keep it), 2: the file's name */
           ? g_markup_printf_escaped (_("Saved as <a href=\"%s\">%s</a>. Open it to add the meetings to your "
                                        "calendar."), uri, basename)
           : g_markup_printf_escaped (_("Saved as <a href=\"%s\">%s</a>. Open it to add the meeting to your "
                                        "calendar."), uri, basename);
  gtk_label_set_markup (self->calendar_status_label, markup);

  return TRUE;
}

static void
on_calendar_chooser_response_cb (GtkNativeDialog    *dialog,
                                 int                 response,
                                 MpOnboardingWindow *self)
{
  g_autoptr(GFile) file = NULL;

  gtk_native_dialog_hide (dialog);
  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    save_calendar_to (self, file);
}

static void
add_to_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);
  gboolean all = g_str_equal (action_name, "win.add-all-to-calendar");
  g_autofree char *name = NULL;

  /* "win.add-to-calendar": the next meeting; "win.add-all-to-calendar": every one to come
   * (enabled while there is one, planned or called off) */
  if (!all && self->next_meeting == NULL)
    return;
  self->calendar_all = all;

  if (self->calendar_chooser == NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      self->calendar_chooser = gtk_file_chooser_native_new (_("Add the Meeting to Your Calendar"),
                                                            GTK_WINDOW (self),
                                                            GTK_FILE_CHOOSER_ACTION_SAVE,
                                                            _("_Save"),
                                                            _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->calendar_chooser), TRUE);
      gtk_file_filter_set_name (filter, _("Calendar files"));
      gtk_file_filter_add_mime_type (filter, "text/calendar");
      gtk_file_filter_add_suffix (filter, "ics");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->calendar_chooser), filter);
      g_signal_connect (self->calendar_chooser, "response", G_CALLBACK (on_calendar_chooser_response_cb), self);
    }

  gtk_native_dialog_set_title (GTK_NATIVE_DIALOG (self->calendar_chooser),
                               self->calendar_all ? _("Add Your Meetings to Your Calendar")
                                                  : _("Add the Meeting to Your Calendar"));
  if (self->calendar_all)
    /* Translators: a file name, no spaces */
    name = g_strdup_printf ("%s.ics", _("mentoring-meetings"));
  else
    {
      GDate date = local_date (mp_meeting_get_starts_at (self->next_meeting));

      /* Translators: the start of a file name, as in mentoring-meeting-2026-03-05.ics; no spaces */
      name = g_strdup_printf ("%s-%04d-%02d-%02d.ics", _("mentoring-meeting"),
                              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->calendar_chooser), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->calendar_chooser));
}

static void
on_show_uri_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(MpOnboardingWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *reason = as_sentence (error->message);

      /* Translators: %s is the reason, a sentence */
      show_banner (self, _("Nothing on this computer could open it. %s You can copy the address from the card."),
                   reason);
    }
}

static void
open_uri_of (MpOnboardingWindow *self,
             GtkButton          *button)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");

  if (uri != NULL)
    gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, on_show_uri_done_cb, g_object_ref (self));
}

static void
email_mentor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);

  open_uri_of (self, self->email_button);
}

static void
call_mentor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);

  open_uri_of (self, self->phone_button);
}

/* ------------------------------------------------------------------------------------------ */
/* Navigation                                                                                 */
/* ------------------------------------------------------------------------------------------ */

static const char *page_names[] = {
  "welcome", "timeline", "checklist", "directory", "questions", "concerns", "feedback",
};

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->pages, "directory");
  gtk_widget_grab_focus (GTK_WIDGET (self->directory_search));
}

static void
raise_concern_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->pages, "concerns");
  gtk_widget_grab_focus (GTK_WIDGET (self->subject_entry));
}

static void
dismiss_banner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  hide_banner (MP_ONBOARDING_WINDOW (widget));
}

/* ------------------------------------------------------------------------------------------ */
/* Following the store                                                                        */
/* ------------------------------------------------------------------------------------------ */

static gboolean
update_idle_cb (gpointer user_data)
{
  MpOnboardingWindow *self = user_data;

  self->update_idle = 0;
  update (self);

  return G_SOURCE_REMOVE;
}

static void
queue_update (MpOnboardingWindow *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle_cb, self, NULL);
}

static void
on_object_notify_cb (GObject            *object,
                     GParamSpec         *pspec,
                     MpOnboardingWindow *self)
{
  queue_update (self);
}

static void
on_store_mentorship_changed_cb (MpStore            *store,
                                MpMentorship       *mentorship,
                                MpOnboardingWindow *self)
{
  if (mentorship == self->mentorship)
    queue_update (self);
}

static void
on_store_refreshed_cb (MpStore            *store,
                       MpOnboardingWindow *self)
{
  queue_update (self);
}

static void
on_list_items_changed_cb (GListModel         *list,
                          guint               position,
                          guint               removed,
                          guint               added,
                          MpOnboardingWindow *self)
{
  queue_update (self);
}

/* Keeps a reference to @object in @field and follows its changes. */
static void
watch_object (MpOnboardingWindow *self,
              gpointer           *field,
              gpointer            object)
{
  if (*field == object)
    return;

  if (*field != NULL)
    {
      g_signal_handlers_disconnect_by_data (*field, self);
      g_clear_object (field);
    }

  if (object != NULL)
    {
      *field = g_object_ref (object);
      g_signal_connect_object (object, "notify", G_CALLBACK (on_object_notify_cb), self, 0);
    }
}

static void
bind_concerns (MpOnboardingWindow *self)
{
  g_autoptr(GtkSortListModel) sorted = NULL;

  if (self->mentorship == NULL)
    {
      gtk_list_box_bind_model (self->concerns_list, NULL, NULL, NULL, NULL);
      return;
    }

  sorted = gtk_sort_list_model_new (g_object_ref (mp_store_get_concerns (get_store (self), self->mentorship)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_concerns, NULL, NULL)));
  gtk_list_box_bind_model (self->concerns_list, G_LIST_MODEL (sorted), create_concern_row, self, NULL);
}

static void
on_person_met_notify_cb (GtkLabel       *label,
                         GParamSpec     *pspec,
                         MpIntroduction *introduction)
{
  g_autofree char *text = mp_introduction_describe (introduction, TRUE);
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (label));

  gtk_label_set_text (label, text);
  /* The row, which takes the focus, is read as its label shows it */
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static GtkWidget *
create_person_met_row (gpointer item,
                       gpointer user_data)
{
  MpIntroduction *introduction = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "mp-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  /* Changed here or on another computer: who, where or when */
  g_signal_connect_object (introduction, "notify", G_CALLBACK (on_person_met_notify_cb), label, G_CONNECT_SWAPPED);
  on_person_met_notify_cb (GTK_LABEL (label), NULL, introduction);

  return row;
}

static void
on_people_met_changed_cb (GListModel         *list,
                          guint               position,
                          guint               removed,
                          guint               added,
                          MpOnboardingWindow *self)
{
  gtk_widget_set_visible (self->people_met_box, g_list_model_get_n_items (list) > 0);
}

/* The colleagues the mentor introduced the employee to, the latest first: shown on the
 * welcome page once there is one. */
static void
bind_people_met (MpOnboardingWindow *self)
{
  if (self->people_met != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->people_met, self);
      g_clear_object (&self->people_met);
    }

  if (self->mentorship != NULL)
    self->people_met = G_LIST_MODEL (gtk_sort_list_model_new (
      g_object_ref (mp_store_get_introductions (get_store (self), self->mentorship)),
      GTK_SORTER (gtk_custom_sorter_new (mp_introduction_compare, NULL, NULL))));

  gtk_list_box_bind_model (self->people_met_list, self->people_met, create_person_met_row, self, NULL);
  if (self->people_met != NULL)
    {
      g_signal_connect_object (self->people_met, "items-changed", G_CALLBACK (on_people_met_changed_cb), self, 0);
      on_people_met_changed_cb (self->people_met, 0, 0, 0, self);
    }
  else
    gtk_widget_set_visible (self->people_met_box, FALSE);
}

static void
update_concern_intro (MpOnboardingWindow *self)
{
  int lead = get_lead_days (self);
  g_autofree char *intro = NULL;
  GtkWidget *page = gtk_widget_get_ancestor (self->concern_form, GTK_TYPE_SCROLLED_WINDOW);

  if (!concern_form_is_open (self))
    {
      const char *ended = _("Your mentoring program has ended, so a concern can no longer be sent here. Your "
                            "supervisor or the Human Resources Administrator can help.");

      gtk_label_set_text (self->concern_intro_label, ended);
      /* Said when the page itself takes the focus, as nothing on it can be typed into */
      if (page != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ended, -1);
      return;
    }
  if (page != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: 1 and 3: the mentor's name, 2: working days */
                                        "Keep %s informed of problems or concerns as they arise. When you want "
                                        "input, leave enough time: the library asks for at least %d working day. "
                                        "Only you and %s see what you write here.",
                                        "Keep %s informed of problems or concerns as they arise. When you want "
                                        "input, leave enough time: the library asks for at least %d working days. "
                                        "Only you and %s see what you write here.",
                                        lead),
                           mentor_name (self), lead, mentor_name (self));
  gtk_label_set_text (self->concern_intro_label, intro);
}

static void
update (MpOnboardingWindow *self)
{
  MpStore *store = get_store (self);
  MpPerson *person = mp_store_get_current_person (store);
  MpMentorship *mentorship = person != NULL ? mp_store_get_current_mentorship_as_employee (store) : NULL;
  gboolean changed = mentorship != self->mentorship;
  g_autoptr(GPtrArray) ascending = NULL;
  g_autoptr(GArray) phases = NULL;
  MpProgressSummary *summary;
  GDate today;

  g_clear_handle_id (&self->update_idle, g_source_remove);

  watch_object (self, (gpointer *) &self->person, person);
  watch_object (self, (gpointer *) &self->mentorship, mentorship);
  watch_object (self, (gpointer *) &self->pairing,
                mentorship != NULL ? mp_pairing_list_lookup (self->pairings, mentorship) : NULL);
  watch_object (self, (gpointer *) &self->mentor, mentorship != NULL ? mp_mentorship_get_mentor (mentorship) : NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", mentorship != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", mentorship != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.raise-concern", mentorship != NULL);

  if (changed)
    {
      bind_concerns (self);
      bind_people_met (self);
    }

  if (mentorship == NULL)
    {
      g_set_object (&self->next_meeting, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-concern", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-feedback", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-calendar", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-all-to-calendar", FALSE);
      if (person == NULL)
        {
          g_autofree char *description =
            /* Translators: %s is the user's login name */
            g_strdup_printf (_("You are not in the staff directory yet (you are signed in as “%s”). Once Human "
                               "Resources adds you and pairs you with a mentor, this window shows your mentor and "
                               "how to reach them, the plan for your first six months and where to go for what."),
                             mp_store_get_current_login (store));

          mp_status_page_set_description (self->empty_page, description);
        }
      else if (mp_person_get_may_mentor (person) || mp_person_get_is_hr_admin (person))
        {
          mp_status_page_set_title (self->empty_page, _("This View Is for New Employees"));
          mp_status_page_set_description (self->empty_page,
                                          mp_person_get_may_mentor (person)
                                          ? _("You are not a new employee in the program. The new employees you "
                                              "mentor see their onboarding here; yours are in the mentor dashboard "
                                              "(Ctrl+1).")
                                          : _("You are not a new employee in the program. Each new employee sees "
                                              "their onboarding here; every pairing is in the HR overview "
                                              "(Ctrl+3)."));
        }
      else
        {
          mp_status_page_set_title (self->empty_page, _("Your HR Administrator Will Pair You With a Mentor"));
          mp_status_page_set_description (self->empty_page,
                                          _("Once you are paired, this window shows your mentor and how to reach "
                                            "them, the plan for your first six months, where to go for what, and "
                                            "lets you raise a concern in good time."));
        }
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "content");

  if (changed)
    {
      load_feedback_form (self);
      reset_concern_date (self);
      gtk_widget_set_visible (GTK_WIDGET (self->sent_label), FALSE);
    }

  get_today (self, &today);
  summary = get_summary (self);
  ascending = get_meetings_sorted (self, TRUE);
  phases = get_phase_dates (mentorship);
  g_set_object (&self->next_meeting, find_next_meeting (ascending, &today));

  update_welcome (self, summary, ascending, phases, &today);
  update_timeline (self, summary, ascending, phases, &today);
  update_checklist (self, summary, phases, &today);
  update_concern_intro (self);
  update_concern_form (self);
  update_feedback_form (self);
}

/* ------------------------------------------------------------------------------------------ */
/* GObject                                                                                    */
/* ------------------------------------------------------------------------------------------ */

static void
mp_onboarding_window_constructed (GObject *object)
{
  MpOnboardingWindow *self = (MpOnboardingWindow *)object;
  MpStore *store;
  GListModel *departments;
  g_autoptr(GtkSortListModel) sorted_departments = NULL;
  GtkExpression *by_name;

  G_OBJECT_CLASS (mp_onboarding_window_parent_class)->constructed (object);

  /* Given when asked, not set by the template */
  mp_widget_set_tooltip (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  mp_window_setup_primary_menu (MP_WINDOW (self), self->primary_menu_button);

  store = get_store (self);
  g_return_if_fail (MP_IS_STORE (store));

  self->pairings = g_object_ref (mp_pairing_list_get_for_store (store));
  g_signal_connect_object (self->pairings, "items-changed", G_CALLBACK (on_list_items_changed_cb), self, 0);
  g_signal_connect_object (mp_store_get_people (store), "items-changed",
                           G_CALLBACK (on_list_items_changed_cb), self, 0);
  g_signal_connect_object (store, "mentorship-changed", G_CALLBACK (on_store_mentorship_changed_cb), self, 0);
  g_signal_connect_object (store, "refreshed", G_CALLBACK (on_store_refreshed_cb), self, 0);
  /* HR closing a day changes the working days a concern leaves the mentor */
  g_signal_connect_object (store, "notify::closed-days", G_CALLBACK (update_concern_form), self, G_CONNECT_SWAPPED);
  /* A name, an e-mail or a phone changed: the mentor's card and HR's contact say it */
  g_signal_connect_object (store, "people-changed", G_CALLBACK (on_store_refreshed_cb), self, 0);
  g_signal_connect_object (store, "notify::current-person", G_CALLBACK (on_object_notify_cb), self, 0);

  /* Where to go for what: every department, by name, narrowed by the search. */
  departments = mp_store_get_departments (store);
  self->directory_filter = gtk_custom_filter_new (directory_filter_func, self, NULL);
  self->directory_model = gtk_filter_list_model_new (g_object_ref (departments),
                                                     g_object_ref (GTK_FILTER (self->directory_filter)));
  by_name = gtk_property_expression_new (MP_TYPE_DEPARTMENT, NULL, "name");
  sorted_departments = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->directory_model)),
                                                GTK_SORTER (gtk_string_sorter_new (by_name)));
  gtk_list_box_bind_model (self->directory_list, G_LIST_MODEL (sorted_departments),
                           create_department_row, self, NULL);
  g_signal_connect_object (departments, "items-changed", G_CALLBACK (on_departments_items_changed_cb), self, 0);
  on_departments_items_changed_cb (departments, 0, 0, g_list_model_get_n_items (departments), self);

  gtk_list_box_bind_model (self->questions_list, mp_store_get_questions (store), create_question_row, self, NULL);

  update (self);
}

static void
mp_onboarding_window_dispose (GObject *object)
{
  MpOnboardingWindow *self = (MpOnboardingWindow *)object;
  MpStore *store = get_store (self);

  g_clear_handle_id (&self->update_idle, g_source_remove);

  if (self->calendar_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->calendar_chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->calendar_chooser));
      g_clear_object (&self->calendar_chooser);
    }

  if (store != NULL)
    {
      g_signal_handlers_disconnect_by_data (store, self);
      g_signal_handlers_disconnect_by_data (mp_store_get_people (store), self);
      g_signal_handlers_disconnect_by_data (mp_store_get_departments (store), self);
    }
  if (self->pairings != NULL)
    g_signal_handlers_disconnect_by_data (self->pairings, self);
  g_clear_object (&self->pairings);
  if (self->people_met != NULL)
    g_signal_handlers_disconnect_by_data (self->people_met, self);
  g_clear_object (&self->people_met);

  if (self->watched_departments != NULL)
    {
      GHashTableIter iter;
      gpointer department;

      g_hash_table_iter_init (&iter, self->watched_departments);
      while (g_hash_table_iter_next (&iter, &department, NULL))
        g_signal_handlers_disconnect_by_data (department, self);
      g_clear_pointer (&self->watched_departments, g_hash_table_unref);
    }

  watch_object (self, (gpointer *) &self->person, NULL);
  watch_object (self, (gpointer *) &self->mentorship, NULL);
  watch_object (self, (gpointer *) &self->pairing, NULL);
  watch_object (self, (gpointer *) &self->mentor, NULL);
  g_clear_object (&self->next_meeting);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_ONBOARDING_WINDOW);

  g_clear_object (&self->directory_model);
  g_clear_object (&self->directory_filter);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (mp_onboarding_window_parent_class)->dispose (object);
}

/* What closing would lose: a concern written and not sent, feedback changed and not sent */
static gboolean
has_unsaved (GtkWindow *window)
{
  MpOnboardingWindow *self = MP_ONBOARDING_WINDOW (window);
  g_autofree char *details = NULL;

  if (self->mentorship == NULL)
    return FALSE;

  details = mp_text_view_dup_text (self->details_view);

  return !mp_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->subject_entry))) ||
         !mp_text_is_blank (details) ||
         (feedback_is_open (self, NULL) &&
          mp_feedback_ratings_differ (self->ratings, self->comment_view, find_my_feedback (self)));
}

static gboolean
mp_onboarding_window_close_request (GtkWindow *window)
{
  if (mp_close_would_lose (window, has_unsaved, _("Close without sending what you wrote?")))
    return TRUE;

  return GTK_WINDOW_CLASS (mp_onboarding_window_parent_class)->close_request (window);
}

static void
mp_onboarding_window_class_init (MpOnboardingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mp_onboarding_window_constructed;
  object_class->dispose = mp_onboarding_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = mp_onboarding_window_close_request;

  MP_WINDOW_CLASS (klass)->state_key = "onboarding-window";

  g_type_ensure (MP_TYPE_STATUS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-onboarding-window.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MpOnboardingWindow, name)
  BIND (primary_menu_button);
  BIND (banner_revealer);
  BIND (banner_label);
  BIND (main_stack);
  BIND (empty_page);
  BIND (pages);
  BIND (welcome_title_label);
  BIND (welcome_subtitle_label);
  BIND (mentor_name_label);
  BIND (mentor_title_label);
  BIND (mentor_department_label);
  BIND (email_button);
  BIND (email_label);
  BIND (phone_button);
  BIND (phone_label);
  BIND (agreement_grid);
  BIND (best_days_caption);
  BIND (best_days_label);
  BIND (channels_caption);
  BIND (channels_label);
  BIND (expectations_caption);
  BIND (expectations_label);
  BIND (agreement_missing_label);
  BIND (hr_contact_label);
  BIND (arrival_box);
  BIND (first_contact_label);
  BIND (first_day_label);
  BIND (first_weeks_label);
  BIND (coming_up_box);
  BIND (people_met_box);
  BIND (people_met_list);
  BIND (coming_up_label);
  BIND (responsibility_label);
  BIND (here_label);
  BIND (program_progress);
  BIND (phases_box);
  BIND (next_meeting_label);
  BIND (calendar_button);
  BIND (calendar_status_label);
  BIND (meetings_count_label);
  BIND (upcoming_list);
  BIND (held_list);
  BIND (checklist_summary_label);
  BIND (checklist_box);
  BIND (directory_search);
  BIND (directory_count_label);
  BIND (directory_list);
  BIND (questions_list);
  BIND (concern_intro_label);
  BIND (concern_form);
  BIND (subject_entry);
  BIND (details_view);
  BIND (subject_full_label);
  BIND (needs_answer_check);
  BIND (needed_by_calendar);
  BIND (needed_by_label);
  BIND (lead_warning_box);
  BIND (lead_warning_label);
  BIND (earliest_button);
  BIND (send_reason_label);
  BIND (send_button);
  BIND (sent_label);
  BIND (concerns_list);
  BIND (feedback_availability_label);
  BIND (feedback_form);
  BIND (program_rating_caption);
  BIND (program_rating_box);
  BIND (meetings_rating_caption);
  BIND (meetings_rating_box);
  BIND (usefulness_rating_caption);
  BIND (usefulness_rating_box);
  BIND (comment_view);
  BIND (feedback_status_label);
  BIND (feedback_button);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, on_directory_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_directory_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_concern_form_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.raise-concern", NULL, raise_concern_action);
  gtk_widget_class_install_action (widget_class, "win.send-concern", NULL, send_concern_action);
  gtk_widget_class_install_action (widget_class, "win.use-earliest-date", NULL, use_earliest_date_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-calendar", NULL, add_to_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.add-all-to-calendar", NULL, add_to_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.email-mentor", NULL, email_mentor_action);
  gtk_widget_class_install_action (widget_class, "win.call-mentor", NULL, call_mentor_action);
  gtk_widget_class_install_action (widget_class, "win.send-feedback", NULL, send_feedback_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, dismiss_banner_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.raise-concern", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.add-all-to-calendar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-to-calendar", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_names[i]);
}

static void
mp_onboarding_window_init (MpOnboardingWindow *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched_departments = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_date_clear (&self->earliest, 1);

  placeholder = make_label (NULL, "dim-label");
  gtk_widget_add_css_class (placeholder, "mp-placeholder");
  gtk_list_box_set_placeholder (self->upcoming_list, placeholder);
  self->upcoming_placeholder = GTK_LABEL (placeholder);
  placeholder = make_label (_("No meeting held yet."), "dim-label");
  gtk_widget_add_css_class (placeholder, "mp-placeholder");
  gtk_list_box_set_placeholder (self->held_list, placeholder);
  placeholder = make_label (_("Human Resources has not added the typical questions yet."), "dim-label");
  gtk_widget_add_css_class (placeholder, "mp-placeholder");
  gtk_list_box_set_placeholder (self->questions_list, placeholder);
  placeholder = make_label (_("You have not raised a concern yet. When something worries you, or you would like "
                              "your mentor’s input, write it above."),
                            "dim-label");
  gtk_widget_add_css_class (placeholder, "mp-placeholder");
  gtk_list_box_set_placeholder (self->concerns_list, placeholder);

  setup_ratings (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->comment_view), "changed",
                           G_CALLBACK (on_feedback_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------------------------------------ */
/* Public API                                                                                 */
/* ------------------------------------------------------------------------------------------ */

MpOnboardingWindow *
mp_onboarding_window_new (GtkApplication *application,
                          MpStore        *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  return g_object_new (MP_TYPE_ONBOARDING_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/* For the tests (mp-onboarding-window-private.h). */

MpMentorship *
_mp_onboarding_window_get_mentorship (MpOnboardingWindow *self)
{
  g_return_val_if_fail (MP_IS_ONBOARDING_WINDOW (self), NULL);

  return self->mentorship;
}

MpMeeting *
_mp_onboarding_window_get_next_meeting (MpOnboardingWindow *self)
{
  g_return_val_if_fail (MP_IS_ONBOARDING_WINDOW (self), NULL);

  return self->next_meeting;
}

GtkFileChooser *
_mp_onboarding_window_get_calendar_chooser (MpOnboardingWindow *self)
{
  g_return_val_if_fail (MP_IS_ONBOARDING_WINDOW (self), NULL);

  return self->calendar_chooser != NULL ? GTK_FILE_CHOOSER (self->calendar_chooser) : NULL;
}

gboolean
_mp_onboarding_window_save_calendar_to (MpOnboardingWindow *self,
                                        GFile              *file)
{
  g_return_val_if_fail (MP_IS_ONBOARDING_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return save_calendar_to (self, file);
}

void
_mp_onboarding_window_update_now (MpOnboardingWindow *self)
{
  g_return_if_fail (MP_IS_ONBOARDING_WINDOW (self));

  update (self);
}

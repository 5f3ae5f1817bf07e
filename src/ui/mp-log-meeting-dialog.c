/* mp-log-meeting-dialog.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-log-meeting-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-a11y.h"
#include "mp-log-meeting-dialog.h"
#include "mp-mentor-util.h"
#include "mp-pairing.h"
#include "mp-schedule-dialog.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* Records a meeting that took place: a scheduled one, or an informal contact (dropped
 * by, a call, an e-mail, a lunch invitation). The day, the activities covered, the shared
 * summary and the private notes go to the store in ONE call, mp_store_log_meeting (), so
 * either all of it is kept or none of it. Opened on a meeting already held, it corrects
 * what was recorded (mp_store_correct_meeting ()): the activities done at that meeting
 * show ticked, and unticking one puts it back on the checklist. */

struct _MpLogMeetingDialog
{
  GtkWindow      parent_instance;

  /* Template widgets */
  GtkButton     *save_button;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkLabel      *heading_label;
  GtkBox        *kind_box;
  GtkDropDown   *kind_dropdown;
  GtkDropDown   *mode_dropdown;
  GtkLabel      *kind_hint_label;
  GtkCalendar   *calendar;
  GtkDropDown   *time_dropdown;
  GtkSpinButton *duration_spin;
  GtkLabel      *invalid_label;
  GtkBox        *activities_box;
  GtkTextView   *summary_view;
  GtkTextView   *private_view;

  /* Owned */
  MpStore       *store;
  MpMentorship  *mentorship;
  MpMeeting     *scheduled;   /* NULL for an informal contact or an unscheduled meeting */
  gboolean       correcting;  /* @scheduled was held: a correction */
  GHashTable    *checks;      /* activity id → GtkCheckButton (borrowed) */
  GDate          today;
  GDate          opened_on;  /* the clock's day when opened (see mp_today_moved_on()) */
  GDateTime     *now;         /* the clock's time when NULL */
  char          *problem;
  char          *initial_summary;  /* the texts as the dialog opened: closing asks if */
  char          *initial_private;  /* they were changed (or an activity ticked or unticked) */
  GDate          initial_day;      /* what is logged, or corrected: the day, the */
  guint          initial_time;     /* time (an index in the list), how and how long */
  guint          initial_mode;
  int            initial_duration;
};

G_DEFINE_FINAL_TYPE (MpLogMeetingDialog, mp_log_meeting_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
get_day (MpLogMeetingDialog *self,
         GDate              *day)
{
  mp_calendar_get_gdate (self->calendar, day);
}

static GDateTime *
chosen_start (MpLogMeetingDialog *self)
{
  guint index = gtk_drop_down_get_selected (self->time_dropdown);
  GDate day;

  get_day (self, &day);
  if (index == GTK_INVALID_LIST_POSITION)
    index = mp_schedule_minutes_to_time_index (10 * 60);

  return mp_local_date_time (&day, mp_schedule_time_index_to_minutes (index));
}

static MpLogKind
get_kind (MpLogMeetingDialog *self)
{
  if (self->scheduled != NULL)
    return MP_LOG_KIND_MEETING;

  return (MpLogKind) gtk_drop_down_get_selected (self->kind_dropdown);
}

static MpMeetingMode
mode_for_kind (MpLogMeetingDialog *self,
               MpLogKind           kind)
{
  switch (kind)
    {
    case MP_LOG_KIND_DROPPED_BY:
      return MP_MEETING_MODE_IN_PERSON;
    case MP_LOG_KIND_CALL:
      return MP_MEETING_MODE_PHONE;
    case MP_LOG_KIND_EMAIL:
      return MP_MEETING_MODE_EMAIL;
    case MP_LOG_KIND_LUNCH:
      return MP_MEETING_MODE_LUNCH;
    case MP_LOG_KIND_MEETING:
    default:
      return (MpMeetingMode) gtk_drop_down_get_selected (self->mode_dropdown);
    }
}

static void
set_problem (MpLogMeetingDialog *self,
             const char         *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);

  gtk_label_set_text (self->invalid_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->invalid_label), problem != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), problem == NULL);
  mp_widget_set_tooltip (GTK_WIDGET (self->save_button), problem);
}

static GDateTime *
get_now (MpLogMeetingDialog *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

/* Whether another meeting (or informal contact, as the one logged) of the pair is logged
 * as held at @start: the same one logged twice would count twice */
static gboolean
logged_already (MpLogMeetingDialog *self,
                GDateTime          *start)
{
  GListModel *meetings = mp_store_get_meetings (self->store, self->mentorship);
  g_autoptr(GDateTime) start_utc = g_date_time_to_utc (start);
  gboolean informal = self->scheduled != NULL ? mp_meeting_get_informal (self->scheduled)
                                              : get_kind (self) != MP_LOG_KIND_MEETING;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_HELD &&
          mp_meeting_get_informal (meeting) == informal &&
          mp_meeting_get_starts_at (meeting) != NULL &&
          g_date_time_equal (mp_meeting_get_starts_at (meeting), start_utc) &&
          (self->scheduled == NULL ||
           g_strcmp0 (mp_meeting_get_uuid (meeting), mp_meeting_get_uuid (self->scheduled)) != 0))
        return TRUE;
    }

  return FALSE;
}

static void
update_state (MpLogMeetingDialog *self)
{
  MpLogKind kind;
  g_autofree char *problem = NULL;
  g_autofree char *before_start = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) start_time = NULL;
  GDate real_today, today;
  GDate day;
  int length;

  /* (a duration still being typed is read as the dialog goes, after its dispose) */
  if (self->mentorship == NULL)
    return;

  kind = get_kind (self);
  now = get_now (self);
  start_time = chosen_start (self);
  real_today = mp_local_date (now);
  today = mp_today_moved_on (&self->today, &self->opened_on, now);

  gtk_widget_set_visible (GTK_WIDGET (self->mode_dropdown), kind == MP_LOG_KIND_MEETING);
  if (self->correcting)
    gtk_label_set_text (self->kind_hint_label,
                        _("What you save replaces what was recorded. An activity you untick goes back on "
                          "the checklist."));
  else if (self->scheduled != NULL)
    {
      GDate planned = mp_local_date (mp_meeting_get_starts_at (self->scheduled));
      g_autofree char *hint = NULL;

      get_day (self, &day);
      if (g_date_compare (&planned, &day) != 0)
        {
          g_autofree char *planned_text = mp_format_day (&planned);
          g_autofree char *day_text = mp_format_day (&day);

          /* Translators: 1: the day a meeting was planned for, 2: the day chosen in the
           * dialog, as "Thursday 24 December" */
          hint = g_strdup_printf (_("The meeting planned for %1$s is recorded as held on %2$s, the day chosen "
                                    "below."),
                                  planned_text, day_text);
        }
      gtk_label_set_text (self->kind_hint_label, hint != NULL ? hint : _("The scheduled meeting is recorded as held."));
    }
  else if (kind == MP_LOG_KIND_MEETING)
    gtk_label_set_text (self->kind_hint_label, _("A meeting of the program: it counts towards the cadence."));
  else
    gtk_label_set_text (self->kind_hint_label,
                        _("An informal contact: it shows in the history and as the last contact, "
                          "but it does not replace a meeting of the program."));

  get_day (self, &day);
  before_start = mp_before_start_problem (self->mentorship, &day);

  /* The length as typed, entered or not: one out of range is refused, not replaced */
  if (!mp_spin_button_get_typed (self->duration_spin, &length))
    problem = mp_spin_button_range_problem (self->duration_spin);
  else if (g_date_compare (&day, &today) > 0)
    problem = g_strdup (_("That day has not come yet. To plan a meeting, use Schedule Next Meeting."));
  else if (g_date_compare (&day, &real_today) == 0 && g_date_compare (&today, &real_today) == 0 &&
           g_date_time_compare (start_time, now) > 0)
    problem = g_strdup (_("That time has not come yet today: choose an earlier time. To plan a meeting, use "
                          "Schedule Next Meeting."));
  else if (before_start != NULL)
    problem = g_steal_pointer (&before_start);
  else if (logged_already (self, start_time))
    problem = g_strdup (_("That day and time are logged already: to change what was logged, use Correct… in the "
                          "history."));
  else
    problem = mp_after_end_problem (self->mentorship, &day);

  set_problem (self, problem);
}

static void
show_error (MpLogMeetingDialog *self,
            const GError       *error)
{
  g_autofree char *text = NULL;

  /* Translators: %s says why, in the store's words */
  text = g_strdup_printf (_("Nothing was saved: %s What you wrote is still here."), error->message);
  gtk_label_set_text (self->error_label, text);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
on_save_button_clicked_cb (MpLogMeetingDialog *self,
                           GtkButton          *button)
{
  g_autoptr(MpMeeting) draft = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) start_utc = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *summary = NULL;
  g_autofree char *private_note = NULL;
  g_autofree char *old_note = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;
  const char *note_arg;
  MpLogKind kind;
  MpMeeting *saved;
  gboolean ok;

  /* A duration typed and not yet read (saved by Ctrl+S, the field still focused) counts. */
  gtk_spin_button_update (self->duration_spin);
  update_state (self);
  if (self->problem != NULL)
    return;

  kind = get_kind (self);
  start = chosen_start (self);
  start_utc = g_date_time_to_utc (start);
  summary = mp_text_view_dup_text (self->summary_view);
  private_note = mp_text_view_dup_text (self->private_view);

  if (self->scheduled != NULL)
    {
      GDate day;

      draft = mp_meeting_copy (self->scheduled);
      get_day (self, &day);
      /* A correction that leaves the day and time keeps the time as recorded, which the list's
       * quarter hours may not hold (10:07, from an import) */
      if (!self->correcting || g_date_compare (&day, &self->initial_day) != 0 ||
          gtk_drop_down_get_selected (self->time_dropdown) != self->initial_time)
        mp_meeting_set_starts_at (draft, start_utc);
      old_note = mp_store_get_private_note (self->store, self->scheduled);
    }
  else
    {
      draft = mp_meeting_new (self->mentorship, start_utc);
      mp_meeting_set_informal (draft, kind != MP_LOG_KIND_MEETING);
    }

  mp_meeting_set_mode (draft, mode_for_kind (self, kind));
  mp_meeting_set_duration_minutes (draft, gtk_spin_button_get_value_as_int (self->duration_spin));
  mp_meeting_set_status (draft, MP_MEETING_STATUS_HELD);
  mp_meeting_set_summary (draft, summary);

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (value)))
        g_ptr_array_add (ids, key);
    }
  g_ptr_array_add (ids, NULL);

  /* An empty note where there was none leaves the private database alone. */
  note_arg = (*private_note != '\0' || old_note != NULL) ? private_note : NULL;
  if (self->correcting)
    ok = mp_store_correct_meeting (self->store, draft, (const char * const *) ids->pdata, note_arg, &error);
  else
    ok = mp_store_log_meeting (self->store, draft, (const char * const *) ids->pdata, note_arg, &error);
  if (!ok)
    {
      show_error (self, error);
      return;
    }

  saved = mp_store_lookup_meeting (self->store, mp_meeting_get_uuid (draft));
  g_signal_emit (self, signals [SAVED], 0, saved != NULL ? saved : draft);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_input_changed_cb (MpLogMeetingDialog *self)
{
  update_state (self);
}

static void
add_activities (MpLogMeetingDialog *self,
                int                 current_phase)
{
  MpProgram *program = mp_mentorship_get_program (self->mentorship);
  GListModel *phases = program ? mp_program_get_phases (program) : NULL;
  guint n_phases = phases ? g_list_model_get_n_items (phases) : 0;
  guint shown = 0;

  /* The phase in progress first: that is what the meeting most likely covered. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_phases; i++)
        {
          g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
          GListModel *activities = mp_phase_get_activities (phase);
          guint n = activities ? g_list_model_get_n_items (activities) : 0;
          GtkWidget *heading = NULL;

          if ((pass == 0) != ((int) i == current_phase))
            continue;

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
              const char *id = mp_activity_get_id (activity);
              MpActivityProgress *progress = mp_store_lookup_activity_progress (self->store, self->mentorship, id);
              GtkWidget *check;
              gboolean done_here = self->correcting && progress != NULL &&
                                   mp_activity_progress_get_state (progress) == MP_ACTIVITY_STATE_DONE &&
                                   mp_activity_progress_get_meeting (progress) != NULL &&
                                   g_strcmp0 (mp_meeting_get_uuid (mp_activity_progress_get_meeting (progress)),
                                              mp_meeting_get_uuid (self->scheduled)) == 0;

              if (!done_here && progress != NULL &&
                  mp_activity_progress_get_state (progress) != MP_ACTIVITY_STATE_PENDING)
                continue;

              if (heading == NULL)
                {
                  heading = gtk_label_new (mp_phase_get_title (phase));
                  gtk_label_set_xalign (GTK_LABEL (heading), 0);
                  gtk_widget_add_css_class (heading, "dim-label");
                  gtk_widget_set_margin_top (heading, shown > 0 ? 6 : 0);
                  gtk_box_append (self->activities_box, heading);
                }

              check = gtk_check_button_new_with_label (mp_activity_get_title (activity));
              gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done_here);
              /* HR followed it up: it stays done (the store would refuse) */
              if (done_here && mp_activity_progress_get_hr_followed_up_on (progress) != NULL)
                gtk_widget_set_sensitive (check, FALSE);
              g_object_set_data (G_OBJECT (check), "mp-initially-active", GINT_TO_POINTER (done_here));
              mp_widget_set_tooltip (check, mp_activity_get_description (activity));
              gtk_box_append (self->activities_box, check);
              g_hash_table_insert (self->checks, g_strdup (id), check);
              shown++;
            }
        }
    }

  if (shown == 0)
    {
      GtkWidget *label = gtk_label_new (_("Every activity of the program is done or marked not applicable."));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->activities_box, label);
    }
}

static void
mp_log_meeting_dialog_dispose (GObject *object)
{
  MpLogMeetingDialog *self = (MpLogMeetingDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_LOG_MEETING_DIALOG);

  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->mentorship);
  g_clear_object (&self->scheduled);

  G_OBJECT_CLASS (mp_log_meeting_dialog_parent_class)->dispose (object);
}

static void
mp_log_meeting_dialog_finalize (GObject *object)
{
  MpLogMeetingDialog *self = (MpLogMeetingDialog *)object;

  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->initial_summary, g_free);
  g_clear_pointer (&self->initial_private, g_free);

  G_OBJECT_CLASS (mp_log_meeting_dialog_parent_class)->finalize (object);
}

/* What closing would lose: the texts changed since it opened, the day, time, way or length
 * chosen, or an activity ticked */
static gboolean
has_edits (MpLogMeetingDialog *self)
{
  g_autofree char *summary = mp_text_view_dup_text (self->summary_view);
  g_autofree char *private_text = mp_text_view_dup_text (self->private_view);
  GHashTableIter iter;
  gpointer check;

  if (g_strcmp0 (summary, self->initial_summary) != 0 || g_strcmp0 (private_text, self->initial_private) != 0)
    return TRUE;

  /* The day, time, way and length chosen (what is logged, or corrected) */
  {
    GDate day;
    int duration;

    get_day (self, &day);
    if (g_date_compare (&day, &self->initial_day) != 0 ||
        gtk_drop_down_get_selected (self->time_dropdown) != self->initial_time ||
        gtk_drop_down_get_selected (self->mode_dropdown) != self->initial_mode ||
        !mp_spin_button_get_typed (self->duration_spin, &duration) || duration != self->initial_duration)
      return TRUE;
  }

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, &check))
    if (gtk_check_button_get_active (check) !=
        (gboolean) GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "mp-initially-active")))
      return TRUE;

  return FALSE;
}

static gboolean
mp_log_meeting_dialog_close_request (GtkWindow *window)
{
  MpLogMeetingDialog *self = MP_LOG_MEETING_DIALOG (window);

  if (!mp_discard_confirmed (window) && has_edits (self))
    {
      mp_ask_discard (window, self->correcting ? _("Discard your corrections to this meeting?")
                                               : _("Discard the meeting you were logging?"));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (mp_log_meeting_dialog_parent_class)->close_request (window);
}

static void
mp_log_meeting_dialog_class_init (MpLogMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_log_meeting_dialog_dispose;
  object_class->finalize = mp_log_meeting_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = mp_log_meeting_dialog_close_request;

  /**
   * MpLogMeetingDialog::saved:
   * @meeting: the meeting recorded
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MP_TYPE_MEETING);

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-log-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, kind_box);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, kind_hint_label);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, time_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, invalid_label);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, activities_box);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, summary_view);
  gtk_widget_class_bind_template_child (widget_class, MpLogMeetingDialog, private_view);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_log_meeting_dialog_init (MpLogMeetingDialog *self)
{
  g_autoptr(GtkStringList) times = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  mp_add_save_shortcuts (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  mp_spin_button_keep_on_nonsense (self->duration_spin);
  mp_spin_button_activates_default (self->duration_spin);
  mp_a11y_calendar_set_purpose (self->calendar, _("Day it took place"));

  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_date_clear (&self->today, 1);
  g_date_clear (&self->opened_on, 1);

  times = mp_schedule_time_model_new ();
  gtk_drop_down_set_model (self->time_dropdown, G_LIST_MODEL (times));
  gtk_drop_down_set_expression (self->time_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
}

/**
 * mp_log_meeting_dialog_new:
 * @scheduled: (nullable): the scheduled meeting that took place, or one held whose record
 *   is to be corrected; %NULL to log an unscheduled meeting or an informal contact
 * @today: the day it is (a meeting in the future cannot be logged)
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
MpLogMeetingDialog *
mp_log_meeting_dialog_new (GtkWindow    *parent,
                           MpStore      *store,
                           MpMentorship *mentorship,
                           MpMeeting    *scheduled,
                           const GDate  *today)
{
  return mp_log_meeting_dialog_new_at (parent, store, mentorship, scheduled, today, NULL);
}

/**
 * mp_log_meeting_dialog_new_at:
 * @now: (nullable): the time it is, for tests; %NULL for the clock's
 *
 * mp_log_meeting_dialog_new () at @now: its first day and time are not later than @now.
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
MpLogMeetingDialog *
mp_log_meeting_dialog_new_at (GtkWindow    *parent,
                              MpStore      *store,
                              MpMentorship *mentorship,
                              MpMeeting    *scheduled,
                              const GDate  *today,
                              GDateTime    *now)
{
  MpLogMeetingDialog *self;
  MpPairing *pairing;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GDate day = *today;
  int minutes = 10 * 60;
  int phase = -1;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);
  g_return_val_if_fail (scheduled == NULL || MP_IS_MEETING (scheduled), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (MP_TYPE_LOG_MEETING_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->mentorship = g_object_ref (mentorship);
  self->scheduled = scheduled ? g_object_ref (scheduled) : NULL;
  self->correcting = scheduled != NULL && mp_meeting_get_status (scheduled) == MP_MEETING_STATUS_HELD;
  self->today = *today;
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  {
    g_autoptr(GDateTime) opened = get_now (self);

    self->opened_on = mp_local_date (opened);
  }

  name = mp_employee_first_name (mentorship);
  if (scheduled != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (scheduled));
      g_autofree char *note = mp_store_get_private_note (store, scheduled);

      if (self->correcting)
        {
          /* Translators: %s is a person's name */
          heading = g_strdup_printf (mp_meeting_get_informal (scheduled) ? _("Correct the contact with %s")
                                                                         : _("Correct the meeting with %s"), name);
          gtk_window_set_title (GTK_WINDOW (self), _("Correct a Meeting"));
        }
      else
        /* Translators: %s is a person's name */
        heading = g_strdup_printf (_("How did the meeting with %s go?"), name);
      day = mp_local_date (mp_meeting_get_starts_at (scheduled));
      if (g_date_compare (&day, today) > 0)
        day = *today;
      minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
      gtk_widget_set_visible (GTK_WIDGET (self->kind_dropdown), FALSE);
      gtk_drop_down_set_selected (self->mode_dropdown, mp_meeting_get_mode (scheduled));
      if (mp_meeting_get_duration_minutes (scheduled) > 0)
        gtk_spin_button_set_value (self->duration_spin, mp_meeting_get_duration_minutes (scheduled));
      if (mp_meeting_get_summary (scheduled) != NULL)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view), mp_meeting_get_summary (scheduled), -1);
      if (note != NULL)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->private_view), note, -1);
    }
  else
    {
      /* Translators: %s is a person's name */
      heading = g_strdup_printf (_("A contact with %s"), name);
      gtk_spin_button_set_value (self->duration_spin, 30);
    }
  gtk_label_set_text (self->heading_label, heading);

  /* Today, not later than now: the quarter hour that began last (the day before, before
   * the first time the list offers) */
  {
    g_autoptr(GDateTime) now = get_now (self);
    GDate real_today = mp_local_date (now);
    int now_minutes = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);

    if (g_date_compare (&day, &real_today) == 0 && now_minutes < MP_SCHEDULE_DIALOG_FIRST_MINUTE)
      g_date_subtract_days (&day, 1);  /* before the first time offered: the day before */
    else if (g_date_compare (&day, &real_today) == 0 && now_minutes < minutes)
      minutes = now_minutes / MP_SCHEDULE_DIALOG_STEP_MINUTES * MP_SCHEDULE_DIALOG_STEP_MINUTES;
  }
  mp_calendar_select_date (self->calendar, &day);
  gtk_drop_down_set_selected (self->time_dropdown, mp_schedule_minutes_to_time_index (minutes));

  pairing = mp_pairing_list_lookup (mp_pairing_list_get_for_store (store), mentorship);
  if (pairing != NULL)
    phase = mp_pairing_get_summary (pairing)->phase_index;
  add_activities (self, phase);

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::month", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::year", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->time_dropdown, "notify::selected", G_CALLBACK (on_input_changed_cb), self);
  g_signal_connect_swapped (self->duration_spin, "changed", G_CALLBACK (on_input_changed_cb), self);

  update_state (self);
  self->initial_summary = mp_text_view_dup_text (self->summary_view);
  self->initial_private = mp_text_view_dup_text (self->private_view);
  get_day (self, &self->initial_day);
  self->initial_time = gtk_drop_down_get_selected (self->time_dropdown);
  self->initial_mode = gtk_drop_down_get_selected (self->mode_dropdown);
  self->initial_duration = gtk_spin_button_get_value_as_int (self->duration_spin);

  return self;
}

/**
 * mp_log_meeting_dialog_get_scheduled:
 *
 * Returns: (transfer none) (nullable): the scheduled meeting being logged
 */
MpMeeting *
mp_log_meeting_dialog_get_scheduled (MpLogMeetingDialog *self)
{
  g_return_val_if_fail (MP_IS_LOG_MEETING_DIALOG (self), NULL);

  return self->scheduled;
}

/**
 * mp_log_meeting_dialog_set_activity:
 *
 * Ticks (or unticks) an activity as covered.
 *
 * Returns: %FALSE when the activity is not offered (done already, or unknown)
 */
gboolean
mp_log_meeting_dialog_set_activity (MpLogMeetingDialog *self,
                                    const char         *activity_id,
                                    gboolean            covered)
{
  GtkCheckButton *check;

  g_return_val_if_fail (MP_IS_LOG_MEETING_DIALOG (self), FALSE);
  g_return_val_if_fail (activity_id != NULL, FALSE);

  check = g_hash_table_lookup (self->checks, activity_id);
  if (check == NULL)
    return FALSE;

  gtk_check_button_set_active (check, covered);

  return TRUE;
}

void
mp_log_meeting_dialog_set_kind (MpLogMeetingDialog *self,
                                MpLogKind           kind)
{
  g_return_if_fail (MP_IS_LOG_MEETING_DIALOG (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

/**
 * mp_log_meeting_dialog_set_now:
 * @now: (nullable): the time it is; %NULL for the clock's
 *
 * For tests: a meeting later than now cannot be logged as held.
 */
void
mp_log_meeting_dialog_set_now (MpLogMeetingDialog *self,
                               GDateTime          *now)
{
  g_return_if_fail (MP_IS_LOG_MEETING_DIALOG (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  update_state (self);
}

/**
 * mp_log_meeting_dialog_get_problem:
 *
 * Returns: (nullable): why Save is insensitive, %NULL when it is not
 */
const char *
mp_log_meeting_dialog_get_problem (MpLogMeetingDialog *self)
{
  g_return_val_if_fail (MP_IS_LOG_MEETING_DIALOG (self), NULL);

  return self->problem;
}

/* mp-hr-dialogs.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-hr-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-hr-columns.h"
#include "mp-hr-dialogs.h"
#include "mp-mentor-util.h"
#include "mp-schedule-dialog.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* The HR overview's small forms. Each keeps what was typed when the store refuses it and
 * says why in the form. */

/* ---- Shared ------------------------------------------------------------------------ */

/**
 * mp_hr_is_email:
 *
 * Returns: %TRUE when @text looks like an e-mail address (one "@", something before it,
 *   a dot in the domain, no spaces)
 */
gboolean
mp_hr_is_email (const char *text)
{
  static GRegex *regex;

  if (regex == NULL)
    regex = g_regex_new ("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$", G_REGEX_OPTIMIZE, 0, NULL);

  return text != NULL && g_regex_match (regex, text, 0, NULL);
}

/**
 * mp_hr_is_phone:
 *
 * Returns: %TRUE when @text could be a phone number someone dials: at least three digits
 *   ("+1 309 555 0100", "555-0100 ext. 12"), not a word typed in the wrong field
 */
gboolean
mp_hr_is_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isdigit (g_utf8_get_char (p)))
      digits++;

  return digits >= 3;
}

/**
 * mp_hr_text_view_get_text:
 *
 * Returns: (transfer full): the text of @view, stripped
 */
char *
mp_hr_text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/**
 * mp_hr_show_form_error:
 *
 * Shows a store error at the top of a form, in plain words.
 */
void
mp_hr_show_form_error (GtkLabel     *label,
                       const GError *error)
{
  g_autofree char *text = NULL;

  if (error == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      return;
    }

  /* The store's message says what to do ("Try again in a moment."); this says what
   * became of the form. */
  if (g_error_matches (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY) ||
      g_error_matches (error, MP_STORE_ERROR, MP_STORE_ERROR_BUSY))
    text = g_strdup_printf (_("Nothing was saved: %s Your changes are still here."), error->message);
  else
    text = g_strdup_printf (_("Nothing was saved: %s"), error->message);

  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static void
set_field_error (GtkLabel   *label,
                 const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* Why Save is off, at the bottom of the form, unless a field's error above already says it. */
static void
set_reason (GtkLabel   *reason_label,
            GtkWidget  *save_button,
            const char *reason,
            gboolean    said_above)
{
  gtk_label_set_label (reason_label, reason ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (reason_label), reason != NULL && !said_above);
  gtk_widget_set_sensitive (save_button, reason == NULL);
  mp_widget_set_tooltip (save_button, reason);
}

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
set_text_view (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static void
prepare (GtkWindow *self,
         GtkWindow *parent)
{
  gtk_window_set_transient_for (self, parent);
  if (parent != NULL)
    gtk_window_set_application (self, gtk_window_get_application (parent));
}

/* ---- Department -------------------------------------------------------------------- */

struct _MpDepartmentDialog
{
  GtkWindow     parent_instance;

  /* Template widgets */
  GtkWidget    *save_button;
  GtkLabel     *error_label;
  GtkEntry     *name_entry;
  GtkLabel     *name_error;
  GtkTextView  *description_view;
  GtkTextView  *ask_for_view;
  GtkLabel     *reason_label;

  /* Owned */
  MpStore      *store;
  MpDepartment *department;
  gboolean      touched;
};

G_DEFINE_FINAL_TYPE (MpDepartmentDialog, mp_department_dialog, GTK_TYPE_WINDOW)

static void
department_validate (MpDepartmentDialog *self)
{
  g_autofree char *name = entry_text (self->name_entry);
  const char *problem = NULL;
  MpDepartment *other;

  if (self->store == NULL)
    return;

  if (*name == '\0')
    problem = _("A name is required.");
  else if ((other = mp_store_lookup_department_by_name (self->store, name)) != NULL &&
           (self->department == NULL || g_strcmp0 (mp_department_get_uuid (other),
                                                   mp_department_get_uuid (self->department)) != 0))
    problem = _("Another department has this name.");

  set_field_error (self->name_error, self->touched || self->department ? problem : NULL);
  set_reason (self->reason_label, self->save_button, problem, self->touched || self->department);
}

static void
department_changed_cb (MpDepartmentDialog *self)
{
  self->touched = TRUE;
  department_validate (self);
}

static void
department_save_clicked_cb (MpDepartmentDialog *self)
{
  g_autoptr(MpDepartment) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = entry_text (self->name_entry);
  g_autofree char *description = mp_hr_text_view_get_text (self->description_view);
  g_autofree char *ask_for = mp_hr_text_view_get_text (self->ask_for_view);

  department_validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  draft = self->department ? mp_department_copy (self->department) : mp_department_new (name);
  mp_department_set_name (draft, name);
  mp_department_set_description (draft, description);
  mp_department_set_ask_for (draft, ask_for);

  if (!mp_store_save_department (self->store, draft, &error))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_department_dialog_dispose (GObject *object)
{
  MpDepartmentDialog *self = (MpDepartmentDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_DEPARTMENT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->department);

  G_OBJECT_CLASS (mp_department_dialog_parent_class)->dispose (object);
}

static void
mp_department_dialog_class_init (MpDepartmentDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mp_department_dialog_dispose;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-department-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, ask_for_view);
  gtk_widget_class_bind_template_child (widget_class, MpDepartmentDialog, reason_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_changed_cb", G_CALLBACK (department_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked_cb",
                                                G_CALLBACK (department_save_clicked_cb));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_department_dialog_init (MpDepartmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mp_department_dialog_new:
 * @department: (nullable): the department to edit; %NULL to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
GtkWindow *
mp_department_dialog_new (GtkWindow    *parent,
                          MpStore      *store,
                          MpDepartment *department)
{
  MpDepartmentDialog *self = g_object_new (MP_TYPE_DEPARTMENT_DIALOG, NULL);

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  prepare (GTK_WINDOW (self), parent);
  if (department != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), mp_department_get_name (department));
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), mp_department_get_name (department));
      set_text_view (self->description_view, mp_department_get_description (department));
      set_text_view (self->ask_for_view, mp_department_get_ask_for (department));
      self->department = g_object_ref (department);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Add a Department"));

  self->store = g_object_ref (store);
  self->touched = FALSE;
  department_validate (self);
  mp_form_ask_before_discard (GTK_WINDOW (self), department != NULL ? _("Discard the changes to this department?")
                                                                    : _("Discard the department you were adding?"));

  return GTK_WINDOW (self);
}

/* ---- Typical question -------------------------------------------------------------- */

struct _MpQuestionDialog
{
  GtkWindow    parent_instance;

  /* Template widgets */
  GtkWidget   *save_button;
  GtkLabel    *error_label;
  GtkEntry    *question_entry;
  GtkLabel    *question_error;
  GtkTextView *answer_view;
  GtkEntry    *ask_whom_entry;
  GtkLabel    *reason_label;

  /* Owned */
  MpStore     *store;
  MpQuestion  *question;
  gboolean     touched;
};

G_DEFINE_FINAL_TYPE (MpQuestionDialog, mp_question_dialog, GTK_TYPE_WINDOW)

static void
question_validate (MpQuestionDialog *self)
{
  g_autofree char *question = entry_text (self->question_entry);
  const char *problem = *question == '\0' ? _("Write the question.") : NULL;

  if (self->store == NULL)
    return;

  set_field_error (self->question_error, self->touched || self->question ? problem : NULL);
  set_reason (self->reason_label, self->save_button, problem, self->touched || self->question);
}

static void
question_changed_cb (MpQuestionDialog *self)
{
  self->touched = TRUE;
  question_validate (self);
}

static void
question_save_clicked_cb (MpQuestionDialog *self)
{
  g_autoptr(MpQuestion) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *question = entry_text (self->question_entry);
  g_autofree char *answer = mp_hr_text_view_get_text (self->answer_view);
  g_autofree char *whom = entry_text (self->ask_whom_entry);

  question_validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  draft = self->question ? mp_question_copy (self->question) : mp_question_new (question);
  mp_question_set_question (draft, question);
  mp_question_set_answer (draft, answer);
  mp_question_set_ask_whom (draft, whom);

  if (!mp_store_save_question (self->store, draft, &error))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_question_dialog_dispose (GObject *object)
{
  MpQuestionDialog *self = (MpQuestionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_QUESTION_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (mp_question_dialog_parent_class)->dispose (object);
}

static void
mp_question_dialog_class_init (MpQuestionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mp_question_dialog_dispose;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-question-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, question_entry);
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, question_error);
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, answer_view);
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, ask_whom_entry);
  gtk_widget_class_bind_template_child (widget_class, MpQuestionDialog, reason_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_changed_cb", G_CALLBACK (question_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked_cb",
                                                G_CALLBACK (question_save_clicked_cb));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_question_dialog_init (MpQuestionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mp_question_dialog_new:
 * @question: (nullable): the question to answer; %NULL to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
GtkWindow *
mp_question_dialog_new (GtkWindow  *parent,
                        MpStore    *store,
                        MpQuestion *question)
{
  MpQuestionDialog *self = g_object_new (MP_TYPE_QUESTION_DIALOG, NULL);

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  prepare (GTK_WINDOW (self), parent);
  if (question != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->question_entry), mp_question_get_question (question));
      set_text_view (self->answer_view, mp_question_get_answer (question));
      gtk_editable_set_text (GTK_EDITABLE (self->ask_whom_entry),
                             mp_question_get_ask_whom (question) ? mp_question_get_ask_whom (question) : "");
      self->question = g_object_ref (question);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Add a Typical Question"));

  self->store = g_object_ref (store);
  self->touched = FALSE;
  question_validate (self);
  mp_form_ask_before_discard (GTK_WINDOW (self), question != NULL ? _("Discard the changes to this question?")
                                                                  : _("Discard the question you were adding?"));

  return GTK_WINDOW (self);
}

/* ---- End a pairing early ----------------------------------------------------------- */

struct _MpEndPairingDialog
{
  GtkWindow     parent_instance;

  /* Template widgets */
  GtkWidget    *save_button;
  GtkLabel     *error_label;
  GtkLabel     *intro_label;
  GtkEntry     *reason_entry;
  GtkLabel     *reason_error;
  GtkLabel     *reason_label;
  GtkLabel     *question_label;

  /* Owned */
  MpStore      *store;
  MpMentorship *mentorship;

  /* It has not started: it is called off (mp_store_call_off_mentorship ()) */
  gboolean      call_off;
};

G_DEFINE_FINAL_TYPE (MpEndPairingDialog, mp_end_pairing_dialog, GTK_TYPE_WINDOW)

static void
end_validate (MpEndPairingDialog *self)
{
  g_autofree char *reason = entry_text (self->reason_entry);

  if (self->store == NULL)
    return;

  if (*reason != '\0')
    set_reason (self->reason_label, self->save_button, NULL, FALSE);
  else
    set_reason (self->reason_label, self->save_button,
                self->call_off ? _("Say why the pairing is called off; it is kept with its history.")
                               : _("Say why the pairing ends early; it is kept with its history."), FALSE);
}

static void
end_changed_cb (MpEndPairingDialog *self)
{
  end_validate (self);
}

static void
end_save_clicked_cb (MpEndPairingDialog *self)
{
  g_autofree char *reason = entry_text (self->reason_entry);
  g_autoptr(GError) error = NULL;
  GDate today;

  end_validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  /* Today as the windows count it (the day the tables and the evaluation use); a pairing
   * that has not started by then is called off, whatever the day the dialog opened. */
  mp_pairing_list_get_today (mp_pairing_list_get_for_store (self->store), &today);
  if (!(mp_mentorship_starts_after (self->mentorship, &today)
          ? mp_store_call_off_mentorship (self->store, self->mentorship, reason, &today, &error)
          : mp_store_end_mentorship (self->store, self->mentorship, reason, &today, &error)))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_end_pairing_dialog_dispose (GObject *object)
{
  MpEndPairingDialog *self = (MpEndPairingDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_END_PAIRING_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mp_end_pairing_dialog_parent_class)->dispose (object);
}

static void
mp_end_pairing_dialog_class_init (MpEndPairingDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mp_end_pairing_dialog_dispose;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-end-pairing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, MpEndPairingDialog, question_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_changed_cb", G_CALLBACK (end_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked_cb", G_CALLBACK (end_save_clicked_cb));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_end_pairing_dialog_init (MpEndPairingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
mp_end_pairing_dialog_new (GtkWindow    *parent,
                           MpStore      *store,
                           MpMentorship *mentorship)
{
  MpEndPairingDialog *self = g_object_new (MP_TYPE_END_PAIRING_DIALOG, NULL);
  MpPerson *employee = mp_mentorship_get_employee (mentorship);
  MpPerson *mentor = mp_mentorship_get_mentor (mentorship);
  const char *employee_name = employee ? mp_person_get_name (employee) : "";
  const char *mentor_name = mentor ? mp_person_get_name (mentor) : "";
  const GDate *start = mp_mentorship_get_start_date (mentorship);
  g_autofree char *intro = NULL;
  GDate today;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);

  prepare (GTK_WINDOW (self), parent);
  /* Today as the windows count it, as when it is saved */
  mp_pairing_list_get_today (mp_pairing_list_get_for_store (store), &today);
  self->call_off = mp_mentorship_starts_after (mentorship, &today);
  if (self->call_off)
    {
      g_autofree char *start_text = mp_hr_format_day (start);

      gtk_window_set_title (GTK_WINDOW (self), _("Call Off the Pairing"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("Call _Off"));
      gtk_label_set_text_with_mnemonic (self->question_label, _("_Why is it called off?"));
      gtk_entry_set_placeholder_text (self->reason_entry, _("For example: the new employee did not take the job"));
      /* Translators: "Priya Raman and Helen Okafor do not start as employee and mentor on 9 Dec 2026..." */
      intro = g_strdup_printf (_("%s and %s do not start as employee and mentor on %s after all: the pairing "
                                 "is called off and the meetings planned are cancelled. It is kept with its "
                                 "history as ended early on that day, and the evaluation counts it as called "
                                 "off, not as started; it can then be archived or deleted for good."),
                               employee_name, mentor_name, start_text);
    }
  else if (start != NULL && g_date_valid (start) && g_date_compare (&today, start) == 0)
    /* Translators: "Priya Raman and Helen Okafor stop meeting as mentor and employee today..." */
    intro = g_strdup_printf (_("%s and %s stop meeting as employee and mentor today, the first day of the "
                               "pairing, and their meetings still to come are cancelled. Its history is kept, "
                               "and the evaluation counts it as called off: it ends the day it starts."),
                             employee_name, mentor_name);
  else
    /* Translators: "Priya Raman and Helen Okafor stop meeting as mentor and employee today..." */
    intro = g_strdup_printf (_("%s and %s stop meeting as employee and mentor today, and their meetings still "
                               "to come are cancelled. The meetings held, the activities and the rest of the "
                               "pairing’s history are kept, and the evaluation counts it as ended early."),
                             employee_name, mentor_name);
  gtk_label_set_label (self->intro_label, intro);

  self->store = g_object_ref (store);
  self->mentorship = g_object_ref (mentorship);
  end_validate (self);
  mp_form_ask_before_discard (GTK_WINDOW (self), _("Discard the reason you were writing?"));

  return GTK_WINDOW (self);
}

/* ---- HR follow-up ------------------------------------------------------------------ */

struct _MpFollowUpDialog
{
  GtkWindow           parent_instance;

  /* Template widgets */
  GtkWidget          *save_button;
  GtkLabel           *error_label;
  GtkLabel           *intro_label;
  GtkCalendar        *calendar;
  GtkLabel           *date_error;
  GtkTextView        *note_view;
  GtkLabel           *reason_label;

  /* Owned */
  MpStore            *store;
  MpActivityProgress *progress;
};

G_DEFINE_FINAL_TYPE (MpFollowUpDialog, mp_follow_up_dialog, GTK_TYPE_WINDOW)

static void
follow_up_validate (MpFollowUpDialog *self)
{
  g_autofree char *range_problem = NULL;
  const GDate *done;
  const char *problem = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date, today;

  if (self->store == NULL)
    return;

  mp_calendar_get_gdate (self->calendar, &date);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  done = mp_activity_progress_get_done_on (self->progress);

  if (done != NULL && g_date_valid (done) && g_date_compare (&date, done) < 0)
    problem = _("The follow-up cannot come before the activity was done.");
  else if (g_date_compare (&date, &today) > 0)
    problem = _("The follow-up cannot be in the future.");
  else if (!mp_schedule_day_in_range (&date))
    problem = range_problem = g_strdup_printf (_("Choose a day from %d to %d."), MP_SCHEDULE_FIRST_YEAR,
                                               MP_SCHEDULE_LAST_YEAR);

  set_field_error (self->date_error, problem);
  set_reason (self->reason_label, self->save_button, problem, TRUE);
}

static void
follow_up_changed_cb (MpFollowUpDialog *self)
{
  follow_up_validate (self);
}

static void
follow_up_save_clicked_cb (MpFollowUpDialog *self)
{
  g_autofree char *note = mp_hr_text_view_get_text (self->note_view);
  g_autoptr(GError) error = NULL;
  GDate date;

  follow_up_validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  mp_calendar_get_gdate (self->calendar, &date);
  if (!mp_store_record_hr_follow_up (self->store, self->progress, &date, *note ? note : NULL, &error))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_follow_up_dialog_dispose (GObject *object)
{
  MpFollowUpDialog *self = (MpFollowUpDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_FOLLOW_UP_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (mp_follow_up_dialog_parent_class)->dispose (object);
}

static void
mp_follow_up_dialog_class_init (MpFollowUpDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mp_follow_up_dialog_dispose;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-follow-up-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, MpFollowUpDialog, reason_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_changed_cb", G_CALLBACK (follow_up_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked_cb",
                                                G_CALLBACK (follow_up_save_clicked_cb));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_follow_up_dialog_init (MpFollowUpDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
mp_follow_up_dialog_new (GtkWindow          *parent,
                         MpStore            *store,
                         MpActivityProgress *progress)
{
  MpFollowUpDialog *self = g_object_new (MP_TYPE_FOLLOW_UP_DIALOG, NULL);
  MpMentorship *mentorship = mp_activity_progress_get_mentorship (progress);
  MpProgram *program = mentorship ? mp_mentorship_get_program (mentorship) : NULL;
  MpActivity *activity = program ? mp_program_lookup_activity (program, mp_activity_progress_get_activity_id (progress))
                                 : NULL;
  MpPerson *employee = mentorship ? mp_mentorship_get_employee (mentorship) : NULL;
  MpPerson *mentor = mentorship ? mp_mentorship_get_mentor (mentorship) : NULL;
  g_autofree char *done = mp_hr_format_day (mp_activity_progress_get_done_on (progress));
  g_autofree char *intro = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (progress), NULL);

  prepare (GTK_WINDOW (self), parent);
  /* Translators: "“Shadow a consultant on a site visit”, done by Liam O'Brien with Helen Okafor on 3 Mar 2026." */
  intro = g_strdup_printf (_("“%s”, done by %s with %s on %s."),
                           activity ? mp_activity_get_title (activity) : mp_activity_progress_get_activity_id (progress),
                           employee ? mp_person_get_name (employee) : "", mentor ? mp_person_get_name (mentor) : "",
                           done);
  gtk_label_set_label (self->intro_label, intro);
  set_text_view (self->note_view, mp_activity_progress_get_hr_note (progress));
  /* Recorded already: its day, to be put right */
  if (mp_activity_progress_get_hr_followed_up_on (progress) != NULL &&
      g_date_valid (mp_activity_progress_get_hr_followed_up_on (progress)))
    {
      const GDate *followed = mp_activity_progress_get_hr_followed_up_on (progress);
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (followed), g_date_get_month (followed),
                                                        g_date_get_day (followed), 12, 0, 0);

      gtk_calendar_select_day (self->calendar, day);
      gtk_window_set_title (GTK_WINDOW (self), _("Change HR Follow-up"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
    }

  self->store = g_object_ref (store);
  self->progress = g_object_ref (progress);
  follow_up_validate (self);
  mp_form_ask_before_discard (GTK_WINDOW (self), _("Discard the follow-up you were recording?"));

  return GTK_WINDOW (self);
}

/* ---- Closed days --------------------------------------------------------------------- */

struct _MpClosedDaysDialog
{
  GtkWindow     parent_instance;

  /* Template widgets */
  GtkWidget    *save_button;
  GtkLabel     *error_label;
  GtkListBox   *days_list;
  GtkCalendar  *calendar;
  GtkEntry     *name_entry;
  GtkLabel     *add_error;
  GtkWidget    *add_button;
  GtkLabel     *reason_label;

  /* Owned */
  MpStore      *store;
  GArray       *saved;   /* MpClosedDay: as the store has them (the changes made here are from these) */
  GArray       *days;    /* MpClosedDay, sorted: as they will be saved */
  GtkSizeGroup *date_group;  /* the days in the list, one width, so their names line up */
};

G_DEFINE_FINAL_TYPE (MpClosedDaysDialog, mp_closed_days_dialog, GTK_TYPE_WINDOW)

static char *
format_closed_day (const GDate *date)
{
  /* Translators: a day with its year, as in "Friday 25 December 2026" */
  return mp_schedule_format_date (date, _("%A %-d %B %Y"));
}

static gboolean
closed_days_changed (MpClosedDaysDialog *self)
{
  return !mp_closed_days_equal (self->days, self->saved);
}

/* Save is there for a change: a day added or removed */
static void
closed_days_update_save (MpClosedDaysDialog *self)
{
  set_reason (self->reason_label, self->save_button,
              closed_days_changed (self) ? NULL : _("Add or remove a day, then save."), TRUE);
}

/* The closed days of the month shown are marked in the calendar (when it moves, and when the
 * days change) */
static void
closed_days_mark (MpClosedDaysDialog *self)
{
  GDate shown;

  /* (not before the dialog has its days, nor after its dispose) */
  if (self->days == NULL)
    return;

  mp_calendar_get_gdate (self->calendar, &shown);
  gtk_calendar_clear_marks (self->calendar);
  for (guint i = 0; i < self->days->len; i++)
    {
      const GDate *day = &g_array_index (self->days, MpClosedDay, i).date;

      if (g_date_get_year (day) == g_date_get_year (&shown) && g_date_get_month (day) == g_date_get_month (&shown))
        gtk_calendar_mark_day (self->calendar, g_date_get_day (day));
    }
  mp_calendar_show_marks (self->calendar);
}

/* The day and name chosen to add: Add is there once the day has a name; what the store would
 * refuse (a day in the list already, a year past 2999, a name on two lines or too long, one
 * day too many) is said below the name */
static void
closed_days_validate_add (MpClosedDaysDialog *self)
{
  g_autofree char *name = entry_text (self->name_entry);
  g_autofree char *problem = NULL;
  const MpClosedDay *there;
  GDate date;

  if (self->store == NULL)
    return;

  mp_calendar_get_gdate (self->calendar, &date);
  there = mp_closed_days_find (self->days, &date);
  if (there != NULL)
    {
      g_autofree char *when = format_closed_day (&date);

      /* Translators: %1$s is a day with its year, %2$s the name it was given */
      problem = g_strdup_printf (_("%1$s is a closed day already: %2$s."), when, there->name);
    }
  else if (self->days->len >= MP_CLOSED_DAYS_MAX)
    problem = g_strdup_printf (_("At most %d closed days are kept."), MP_CLOSED_DAYS_MAX);
  else
    {
      /* As the store checks it: the year, and the name once typed (on one line, its length) */
      g_autoptr(GArray) one = mp_closed_days_new ();

      mp_closed_days_add (one, &date, *name != '\0' ? name : "-");
      mp_closed_days_check (one, &problem);
    }

  set_field_error (self->add_error, problem);
  gtk_widget_set_sensitive (self->add_button, problem == NULL && *name != '\0');
  mp_widget_set_tooltip (self->add_button, problem == NULL && *name == '\0' ? _("Name the day to add it.") : problem);
}

static void closed_days_remove_clicked_cb (MpClosedDaysDialog *self,
                                           GtkButton          *button);

static void
closed_days_fill_list (MpClosedDaysDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today = mp_local_date (now);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_list))) != NULL)
    gtk_list_box_remove (self->days_list, child);
  closed_days_mark (self);

  for (guint i = 0; i < self->days->len; i++)
    {
      const MpClosedDay *day = &g_array_index (self->days, MpClosedDay, i);
      g_autofree char *when = format_closed_day (&day->date);
      g_autofree char *remove_name = NULL;
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *date_label = gtk_label_new (when);
      GtkWidget *name_label = gtk_label_new (day->name);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (date_label), 0);
      gtk_size_group_add_widget (self->date_group, date_label);
      gtk_label_set_xalign (GTK_LABEL (name_label), 0);
      gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (name_label, TRUE);
      /* A day gone by stays (the history of the meetings around it), dimmed */
      if (g_date_compare (&day->date, &today) < 0)
        {
          gtk_widget_add_css_class (date_label, "dim-label");
          gtk_widget_add_css_class (name_label, "dim-label");
        }
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      mp_widget_set_tooltip (remove, _("Remove this closed day"));
      /* Translators: a button's name for screen readers: %1$s is a closed day's name, %2$s its
       * day, as in "Remove Christmas Day, Friday 25 December 2026" */
      remove_name = g_strdup_printf (_("Remove %1$s, %2$s"), day->name, when);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      g_object_set_data (G_OBJECT (remove), "mp-closed-day-index", GUINT_TO_POINTER (i));
      g_signal_connect_swapped (remove, "clicked", G_CALLBACK (closed_days_remove_clicked_cb), self);

      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_box_append (GTK_BOX (box), date_label);
      gtk_box_append (GTK_BOX (box), name_label);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      /* The row says what it holds; its button is what takes the focus */
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (self->days_list, row);
    }
}

/* The focus, once the list is made again, on the Remove button of the first day from @date
 * on (or of the last day), else on the day to add: never lost with a row, nor left on the
 * first Remove button by GTK */
static void
closed_days_focus_from (MpClosedDaysDialog *self,
                        const GDate        *date)
{
  guint index = 0;
  GtkListBoxRow *row;

  while (index < self->days->len && g_date_compare (&g_array_index (self->days, MpClosedDay, index).date, date) < 0)
    index++;

  row = self->days->len > 0 ? gtk_list_box_get_row_at_index (self->days_list, (int) MIN (index, self->days->len - 1))
                            : NULL;
  if (row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_last_child (gtk_list_box_row_get_child (row)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

/* Alt+L, the list's caption: to the first day from today on, as a list row the focus is on,
 * else to the day to add. (GTK would leave the focus where it was: the rows do not take
 * it, their Remove buttons do.) */
static gboolean
closed_days_list_mnemonic_cb (MpClosedDaysDialog *self,
                              gboolean            group_cycling,
                              GtkWidget          *list)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today = mp_local_date (now);

  closed_days_focus_from (self, &today);

  return TRUE;
}

/* A day removed: the focus goes to the next one's button (or the last one's), else to the
 * day to add */
static void
closed_days_remove_clicked_cb (MpClosedDaysDialog *self,
                               GtkButton          *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "mp-closed-day-index"));
  GDate removed;

  g_return_if_fail (index < self->days->len);

  removed = g_array_index (self->days, MpClosedDay, index).date;
  g_array_remove_index (self->days, index);
  closed_days_fill_list (self);
  closed_days_validate_add (self);
  closed_days_update_save (self);
  closed_days_focus_from (self, &removed);
}

static void
closed_days_add_changed_cb (MpClosedDaysDialog *self)
{
  closed_days_validate_add (self);
}

static void
closed_days_calendar_changed_cb (MpClosedDaysDialog *self)
{
  closed_days_mark (self);
  closed_days_validate_add (self);
}

static void
closed_days_add_clicked_cb (MpClosedDaysDialog *self)
{
  g_autofree char *name = entry_text (self->name_entry);
  GDate date;

  closed_days_validate_add (self);
  if (!gtk_widget_get_sensitive (self->add_button))
    return;

  mp_calendar_get_gdate (self->calendar, &date);
  mp_closed_days_add (self->days, &date, name);
  mp_closed_days_sort (self->days);
  closed_days_fill_list (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  /* The calendar moves on a day (closed days often come together), and the day to add is
   * chosen first */
  g_date_add_days (&date, 1);
  if (g_date_get_year (&date) <= 2999)
    mp_calendar_select_date (self->calendar, &date);
  closed_days_validate_add (self);
  closed_days_update_save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
closed_days_save_clicked_cb (MpClosedDaysDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  /* (the changes made here, to the days as they are now: another computer's stay) */
  if (!mp_store_change_closed_days (self->store, self->saved, self->days, &error))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Closing (Escape, Cancel, the overview closing) with a day added or removed, or a name
 * typed and not added, asks first */
static gboolean
closed_days_close_request_cb (GtkWindow *window)
{
  MpClosedDaysDialog *self = MP_CLOSED_DAYS_DIALOG (window);
  g_autofree char *name = NULL;

  if (mp_discard_confirmed (window) || self->store == NULL)
    return FALSE;

  name = entry_text (self->name_entry);
  if (!closed_days_changed (self) && *name == '\0')
    return FALSE;

  mp_ask_discard (window, _("Discard the changes to the closed days?"));

  return TRUE;
}

/* The banner says only what holds whatever is done here: closed days stored by a newer
 * version, which cannot be changed (said at once, not only when Save fails) */
static void
closed_days_reset_banner (MpClosedDaysDialog *self)
{
  gboolean readable = mp_store_get_closed_days_readable (self->store);

  if (!readable)
    gtk_label_set_label (self->error_label,
                         _("The closed days in the database were saved by a newer version of Mentoring, or "
                           "damaged: they are left as they are. Update Mentoring to change them."));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !readable);
}

/* The closed days changed meanwhile (another computer, an import): the list shows them with
 * the changes made here */
static void
closed_days_store_changed_cb (MpClosedDaysDialog *self)
{
  g_autoptr(GArray) now = mp_closed_days_copy (mp_store_get_closed_days (self->store));
  GArray *days = mp_closed_days_apply_changes (now, self->saved, self->days);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  gboolean in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->days_list));
  GDate focused;

  /* (the day whose Remove button has the focus) */
  g_date_clear (&focused, 1);
  if (in_list)
    {
      guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (focus), "mp-closed-day-index"));

      if (index < self->days->len)
        focused = g_array_index (self->days, MpClosedDay, index).date;
      else
        in_list = FALSE;
    }

  g_clear_pointer (&self->days, g_array_unref);
  self->days = days;
  g_clear_pointer (&self->saved, g_array_unref);
  self->saved = g_steal_pointer (&now);
  closed_days_fill_list (self);
  closed_days_validate_add (self);
  closed_days_update_save (self);
  /* (an earlier save's error is about days no longer shown as they were) */
  closed_days_reset_banner (self);
  if (in_list)
    closed_days_focus_from (self, &focused);
}

static void
mp_closed_days_dialog_dispose (GObject *object)
{
  MpClosedDaysDialog *self = (MpClosedDaysDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_CLOSED_DAYS_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->saved, g_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_object (&self->date_group);

  G_OBJECT_CLASS (mp_closed_days_dialog_parent_class)->dispose (object);
}

static void
mp_closed_days_dialog_class_init (MpClosedDaysDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mp_closed_days_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = closed_days_close_request_cb;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-closed-days-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, days_list);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, add_error);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, MpClosedDaysDialog, reason_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_changed_cb", G_CALLBACK (closed_days_add_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_calendar_changed_cb",
                                                G_CALLBACK (closed_days_calendar_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_clicked_cb", G_CALLBACK (closed_days_add_clicked_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked_cb",
                                                G_CALLBACK (closed_days_save_clicked_cb));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_closed_days_dialog_init (MpClosedDaysDialog *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->date_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  mp_add_save_shortcuts (GTK_WINDOW (self), self->save_button);

  placeholder = gtk_label_new (_("No closed days yet: choose a day, name it and add it."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (placeholder), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_widget_set_margin_bottom (placeholder, 24);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->days_list, placeholder);
  g_signal_connect_swapped (self->days_list, "mnemonic-activate", G_CALLBACK (closed_days_list_mnemonic_cb), self);
}

/**
 * mp_closed_days_dialog_new:
 * @parent: the HR overview
 * @store: where the closed days are kept
 *
 * The days the library system is closed, to add to and remove from; what was changed here
 * is saved all at once, to the days stored then (mp_store_change_closed_days ()).
 *
 * Returns: (transfer none): the dialog, to present
 */
GtkWindow *
mp_closed_days_dialog_new (GtkWindow *parent,
                           MpStore   *store)
{
  MpClosedDaysDialog *self = g_object_new (MP_TYPE_CLOSED_DAYS_DIALOG, NULL);

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  prepare (GTK_WINDOW (self), parent);
  self->store = g_object_ref (store);
  self->saved = mp_closed_days_copy (mp_store_get_closed_days (store));
  self->days = mp_closed_days_copy (self->saved);
  g_signal_connect_object (store, "notify::closed-days", G_CALLBACK (closed_days_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  closed_days_fill_list (self);
  closed_days_validate_add (self);
  closed_days_update_save (self);
  /* Opens on the day to add, not on the first Remove button */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->calendar));
  closed_days_reset_banner (self);

  return GTK_WINDOW (self);
}

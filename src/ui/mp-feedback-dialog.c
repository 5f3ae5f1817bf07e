/* mp-feedback-dialog.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-feedback-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-feedback-dialog.h"
#include "mp-hr-dialogs.h"
#include "mp-mentor-util.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* The mentor's end-of-program feedback on a pairing: the same three questions as the
 * employee's (the evaluation adds both up) and a comment, about the program and never
 * about the employee, whom a mentor does not evaluate. One per mentor and pairing: sent
 * again, it changes. */

struct _MpFeedbackDialog
{
  GtkWindow        parent_instance;

  /* Template widgets */
  GtkWidget       *send_button;
  GtkLabel        *error_label;
  GtkLabel        *intro_label;
  GtkLabel        *program_caption;
  GtkBox          *program_box;
  GtkLabel        *meetings_caption;
  GtkBox          *meetings_box;
  GtkLabel        *usefulness_caption;
  GtkBox          *usefulness_box;
  GtkTextView     *comment_view;
  GtkLabel        *reason_label;

  /* Made in _init (mp_feedback_ratings_fill ()) */
  MpFeedbackRatings ratings;

  /* Owned */
  MpStore         *store;
  MpMentorship    *mentorship;
};

G_DEFINE_FINAL_TYPE (MpFeedbackDialog, mp_feedback_dialog, GTK_TYPE_WINDOW)

static void
validate (MpFeedbackDialog *self)
{
  gboolean ok = mp_feedback_answered (self->ratings, self->comment_view);

  gtk_label_set_label (self->reason_label, ok ? "" : _("Answer at least one question, or write a comment."));
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), !ok);
  gtk_widget_set_sensitive (self->send_button, ok);
}

static void
on_answer_changed_cb (MpFeedbackDialog *self)
{
  validate (self);
}

static void
on_send_button_clicked_cb (MpFeedbackDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  int ratings[MP_EVALUATION_N_QUESTIONS];

  validate (self);
  if (!gtk_widget_get_sensitive (self->send_button))
    return;

  mp_feedback_ratings_get (self->ratings, ratings);
  comment = mp_text_view_dup_text (self->comment_view);
  if (!mp_feedback_send (self->store, self->mentorship, MP_FEEDBACK_ROLE_MENTOR, ratings, comment, &error))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_feedback_dialog_dispose (GObject *object)
{
  MpFeedbackDialog *self = (MpFeedbackDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_FEEDBACK_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mp_feedback_dialog_parent_class)->dispose (object);
}

static void
mp_feedback_dialog_class_init (MpFeedbackDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = mp_feedback_dialog_dispose;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-feedback-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, send_button);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, program_caption);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, program_box);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, meetings_caption);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, meetings_box);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, usefulness_caption);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, usefulness_box);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, MpFeedbackDialog, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, on_send_button_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_feedback_dialog_init (MpFeedbackDialog *self)
{
  GtkBox *boxes[MP_EVALUATION_N_QUESTIONS];
  GtkWidget *captions[MP_EVALUATION_N_QUESTIONS];

  gtk_widget_init_template (GTK_WIDGET (self));

  boxes[MP_EVALUATION_QUESTION_PROGRAM] = self->program_box;
  boxes[MP_EVALUATION_QUESTION_MEETINGS] = self->meetings_box;
  boxes[MP_EVALUATION_QUESTION_USEFULNESS] = self->usefulness_box;
  captions[MP_EVALUATION_QUESTION_PROGRAM] = GTK_WIDGET (self->program_caption);
  captions[MP_EVALUATION_QUESTION_MEETINGS] = GTK_WIDGET (self->meetings_caption);
  captions[MP_EVALUATION_QUESTION_USEFULNESS] = GTK_WIDGET (self->usefulness_caption);
  mp_feedback_ratings_fill (self->ratings, boxes, captions, G_CALLBACK (on_answer_changed_cb), self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->comment_view), "changed",
                           G_CALLBACK (on_answer_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * mp_feedback_dialog_new:
 * @parent: the mentor dashboard
 *
 * The mentor's feedback on @mentorship, filled with what they sent before, if anything.
 * It saves on Send and closes; a failure shows in it and keeps the answers.
 */
MpFeedbackDialog *
mp_feedback_dialog_new (GtkWindow    *parent,
                        MpStore      *store,
                        MpMentorship *mentorship)
{
  MpFeedbackDialog *self;
  MpFeedback *existing;
  g_autofree char *name = NULL;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);

  self = g_object_new (MP_TYPE_FEEDBACK_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->mentorship = g_object_ref (mentorship);

  name = mp_employee_first_name (mentorship);
  intro = g_strdup_printf (
    /* Translators: %s is the new employee's name */
    _("How the program and the meetings worked for you, never how %s did: a mentor does not evaluate. "
      "Human Resources sees the answers only added up with other people’s, and your comment stays "
      "confidential."), name);
  gtk_label_set_label (self->intro_label, intro);

  existing = mp_feedback_find (store, mentorship, MP_FEEDBACK_ROLE_MENTOR);
  if (existing != NULL)
    {
      mp_feedback_ratings_load (self->ratings, self->comment_view, existing);
      gtk_button_set_label (GTK_BUTTON (self->send_button), _("_Update Feedback"));
    }
  validate (self);
  mp_form_ask_before_discard (GTK_WINDOW (self), _("Discard the feedback you were giving?"));

  return self;
}

/* mp-program-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-program-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-program-window.h"

/* The program as the organisation wrote it, for everyone to read: what it is for, what the
 * mentor and the new employee each take on (the mentor treats every conversation in
 * confidence and does not evaluate), the qualities, goals and benefits of mentoring, the
 * typical questions, and the phases with their cadence and activities. One read-only text
 * view: it scrolls with the keyboard, and its text can be selected and copied. */

struct _MpProgramWindow
{
  GtkWindow    parent_instance;

  GtkTextView *view;
};

G_DEFINE_FINAL_TYPE (MpProgramWindow, mp_program_window, GTK_TYPE_WINDOW)

static void
insert (GtkTextBuffer *buffer,
        const char    *text,
        const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void
add_heading (GtkTextBuffer *buffer,
             const char    *heading)
{
  insert (buffer, heading, "heading");
  insert (buffer, "\n", NULL);
}

static void
add_paragraph (GtkTextBuffer *buffer,
               const char    *heading,
               const char    *text)
{
  if (!!mp_text_is_blank (text))
    return;

  add_heading (buffer, heading);
  insert (buffer, text, NULL);
  insert (buffer, "\n", NULL);
}

static void
add_item (GtkTextBuffer *buffer,
          const char    *text)
{
  /* Translators: an item of a list, as in "• Accessibility"; keep the bullet or use your own */
  g_autofree char *item = g_strdup_printf (_("•\u2002%s"), text);

  insert (buffer, item, "item");
  insert (buffer, "\n", NULL);
}

static void
add_list (GtkTextBuffer      *buffer,
          const char         *heading,
          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  add_heading (buffer, heading);
  for (guint i = 0; items[i] != NULL; i++)
    add_item (buffer, items[i]);
}

static void
add_phases (GtkTextBuffer *buffer,
            MpProgram     *program)
{
  GListModel *phases = mp_program_get_phases (program);
  guint n_phases = g_list_model_get_n_items (phases);

  if (n_phases == 0)
    return;

  add_heading (buffer, _("How the Program Runs"));
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);

      insert (buffer, mp_phase_get_title (phase), "subheading");
      insert (buffer, "\n", NULL);
      if (!mp_text_is_blank (mp_phase_get_summary (phase)))
        {
          insert (buffer, mp_phase_get_summary (phase), NULL);
          insert (buffer, "\n", NULL);
        }
      for (guint j = 0; j < g_list_model_get_n_items (activities); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          g_autoptr(GString) text = g_string_new (mp_activity_get_title (activity));

          if (mp_activity_get_optional (activity))
            /* Translators: after an activity's title */
            g_string_append (text, _(" (optional)"));
          if (mp_activity_get_hr_follow_up (activity))
            /* Translators: after an activity's title */
            g_string_append (text, _(" — HR follows up"));
          add_item (buffer, text->str);
        }
    }
}

static void
fill (MpProgramWindow *self,
      MpProgram       *program)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);

  gtk_text_buffer_set_text (buffer, "", 0);

  if (program == NULL)
    {
      insert (buffer, _("No program is loaded yet. An HR administrator adds it when they first open "
                        "Mentoring, or imports it."), NULL);
      return;
    }

  insert (buffer, mp_program_get_name (program), "title");
  insert (buffer, "\n", NULL);
  if (!mp_text_is_blank (mp_program_get_description (program)))
    {
      insert (buffer, mp_program_get_description (program), NULL);
      insert (buffer, "\n", NULL);
    }
  add_paragraph (buffer, _("The Responsibility of the Mentor"), mp_program_get_mentor_responsibility (program));
  add_paragraph (buffer, _("The Responsibility of the New Employee"),
                 mp_program_get_employee_responsibility (program));
  add_paragraph (buffer, _("The Mentor"), mp_program_get_mentor_role (program));
  add_list (buffer, _("Qualities of a Good Mentor"), mp_program_get_mentor_qualities (program));
  add_list (buffer, _("Goals for the Mentor"), mp_program_get_mentor_goals (program));
  add_list (buffer, _("Benefits for the Mentor"), mp_program_get_mentor_benefits (program));

  {
    GListModel *questions = mp_program_get_questions (program);
    guint n = g_list_model_get_n_items (questions);

    if (n > 0)
      add_heading (buffer, _("Typical Questions"));
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(MpQuestion) question = g_list_model_get_item (questions, i);

        add_item (buffer, mp_question_get_question (question));
      }
  }

  add_phases (buffer, program);
}

static void
mp_program_window_class_init (MpProgramWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_program_window_init (MpProgramWindow *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkTextBuffer *buffer;

  gtk_window_set_title (GTK_WINDOW (self), _("The Program"));
  gtk_window_set_default_size (GTK_WINDOW (self), 680, 760);
  gtk_window_set_titlebar (GTK_WINDOW (self), gtk_header_bar_new ());

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->view, 32);
  gtk_text_view_set_right_margin (self->view, 32);
  gtk_text_view_set_top_margin (self->view, 24);
  gtk_text_view_set_bottom_margin (self->view, 32);
  gtk_text_view_set_pixels_below_lines (self->view, 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "mp-program-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The program as the organisation wrote it"),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE,
                                  -1);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.6,
                              "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.2,
                              "pixels-above-lines", 18, NULL);
  gtk_text_buffer_create_tag (buffer, "subheading", "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "item", "left-margin", 48, "indent", -16, NULL);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_window_set_child (GTK_WINDOW (self), scrolled);
}

/**
 * mp_program_window_new:
 * @program: (nullable): the program to show; %NULL says none is loaded yet
 *
 * Returns: (transfer full): a window showing @program's text
 */
GtkWindow *
mp_program_window_new (MpProgram *program)
{
  MpProgramWindow *self;

  g_return_val_if_fail (program == NULL || MP_IS_PROGRAM (program), NULL);

  self = g_object_new (MP_TYPE_PROGRAM_WINDOW, NULL);
  mp_program_window_set_program (self, program);

  return GTK_WINDOW (self);
}

/**
 * mp_program_window_set_program:
 * @program: (nullable): the program to show now (after an import, a newer version)
 */
void
mp_program_window_set_program (MpProgramWindow *self,
                               MpProgram       *program)
{
  g_return_if_fail (MP_IS_PROGRAM_WINDOW (self));
  g_return_if_fail (program == NULL || MP_IS_PROGRAM (program));

  gtk_window_set_title (GTK_WINDOW (self), program != NULL ? mp_program_get_name (program) : _("The Program"));
  fill (self, program);
}

/**
 * mp_program_window_text:
 *
 * Returns: (transfer full): the text the window shows
 */
char *
mp_program_window_text (MpProgramWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (MP_IS_PROGRAM_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * mp_program_window_choose_program:
 *
 * Returns: (transfer none) (nullable): the program new pairings follow: the highest version
 *   stored (the last stored among equals), %NULL when there is none
 */
MpProgram *
mp_program_window_choose_program (MpStore *store)
{
  GListModel *programs;
  MpProgram *chosen = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  programs = mp_store_get_programs (store);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(MpProgram) program = g_list_model_get_item (programs, i);

      if (chosen == NULL || mp_program_get_version (program) >= mp_program_get_version (chosen))
        chosen = program;
    }

  return chosen;
}

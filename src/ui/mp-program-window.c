/* mp-program-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-program-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-lead-time.h"
#include "mp-program-window.h"

/* The program, for everyone to read: what it is for, what the mentor and the new employee
 * each take on (the mentor treats every conversation in confidence and does not evaluate),
 * the qualities, goals and benefits of mentoring, the phases with their cadence and
 * activities; then, from the store, the typical questions with their answers and where to
 * go for what, so a mentor can direct the new employee to the right colleague (the
 * program's own words: "the identification of which staff one should approach for which
 * task"). One read-only text view: it scrolls with the keyboard, and its text can be
 * selected and copied. It is written again when HR changes the questions or departments. */

struct _MpProgramWindow
{
  GtkWindow    parent_instance;

  GtkTextView *view;

  /* Owned */
  MpProgram   *program;
  MpStore     *store;
  GPtrArray   *watched;   /* the questions and departments shown: a change to one writes again */
  GStrv        alumni;    /* those shown as having been through the program */
  guint        fill_id;
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

/* "Enough time" in figures: the lead time HR set in the app's program file (the program
 * text gives no number), as the concern form counts it */
static void
add_lead_time (GtkTextBuffer *buffer,
               MpProgram     *program)
{
  int lead = mp_lead_time_normalize (mp_program_get_lead_time_days (program));
  g_autofree char *text =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  /* Translators: %d is a number of working days */
                                  "How much time is enough: the library asks for at least %d working day "
                                  "between raising a concern and the day input is needed.",
                                  "How much time is enough: the library asks for at least %d working days "
                                  "between raising a concern and the day input is needed.",
                                  lead),
                     lead);

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

static void fill (MpProgramWindow *self);

static gboolean
fill_idle_cb (gpointer user_data)
{
  MpProgramWindow *self = user_data;

  self->fill_id = 0;
  fill (self);

  return G_SOURCE_REMOVE;
}

/* A question or department changed in place (HR edited it): written again once, after
 * every property has changed */
static void
queue_fill (MpProgramWindow *self)
{
  if (self->fill_id == 0)
    self->fill_id = g_idle_add (fill_idle_cb, self);
}

static void
unwatch_all (MpProgramWindow *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch (MpProgramWindow *self,
       gpointer         object)
{
  g_signal_connect_object (object, "notify", G_CALLBACK (queue_fill), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->watched, g_object_ref (object));
}

/* A question or a department: its title, then its text when it has one */
static void
add_entry (GtkTextBuffer *buffer,
           const char    *title,
           const char    *text)
{
  insert (buffer, title, "subheading");
  insert (buffer, "\n", NULL);
  if (!mp_text_is_blank (text))
    {
      insert (buffer, text, NULL);
      insert (buffer, "\n", NULL);
    }
}

/* Each question, its answer and whom to ask */
static void
add_questions (MpProgramWindow *self,
               GtkTextBuffer   *buffer,
               GListModel      *questions)
{
  guint n = g_list_model_get_n_items (questions);

  if (n > 0)
    add_heading (buffer, _("Typical Questions"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpQuestion) question = g_list_model_get_item (questions, i);
      const char *ask_whom = mp_question_get_ask_whom (question);

      watch (self, question);
      add_entry (buffer, mp_question_get_question (question), mp_question_get_answer (question));
      if (!mp_text_is_blank (ask_whom))
        {
          /* Translators: %s is whom to ask, as in "the technology help desk" */
          g_autofree char *ask = g_strdup_printf (_("Ask: %s"), ask_whom);

          insert (buffer, ask, "note");
          insert (buffer, "\n", NULL);
        }
    }
}

/* "Where to go for what": each department, what it does and whom to ask there */
static void
add_directory (MpProgramWindow *self,
               GtkTextBuffer   *buffer,
               GListModel      *departments)
{
  guint n = g_list_model_get_n_items (departments);

  if (n == 0)
    return;

  add_heading (buffer, _("Where to Go for What"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (departments, i);
      const char *ask_for = mp_department_get_ask_for (department);

      watch (self, department);
      add_entry (buffer, mp_department_get_name (department), mp_department_get_description (department));
      /* One task and whom to ask for it a line ("Supplies — the Business Office") */
      if (!mp_text_is_blank (ask_for))
        {
          g_auto(GStrv) lines = g_strsplit (ask_for, "\n", -1);

          for (guint j = 0; lines[j] != NULL; j++)
            if (!mp_text_is_blank (lines[j]))
              add_item (buffer, g_strstrip (lines[j]));
        }
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* "A network of colleagues who have passed through the program" (a benefit for the mentor):
 * those who completed this program (archived since or not), still on the staff, by name and
 * department, in order */
static GStrv
list_alumni (MpProgramWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *mentorships;
  GStrv names;

  if (self->store == NULL || self->program == NULL)
    return g_strv_builder_end (builder);

  mentorships = mp_store_get_mentorships (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      MpMentorshipStatus status = mp_mentorship_get_status (mentorship);
      MpPerson *employee = mp_mentorship_get_employee (mentorship);
      MpProgram *program = mp_mentorship_get_program (mentorship);
      MpDepartment *department;

      if (employee == NULL || !mp_person_get_active (employee) || program == NULL ||
          g_strcmp0 (mp_program_get_slug (program), mp_program_get_slug (self->program)) != 0 ||
          !(status == MP_MENTORSHIP_STATUS_COMPLETED ||
            (status == MP_MENTORSHIP_STATUS_ARCHIVED && !mp_mentorship_ended_early (mentorship))) ||
          !g_hash_table_add (seen, employee))
        continue;

      department = mp_person_get_department (employee);
      if (department != NULL)
        {
          /* Translators: a colleague and their department, as in "Sofia Rossi, Business Office" */
          g_autofree char *name = g_strdup_printf (_("%1$s, %2$s"), mp_person_get_name (employee),
                                                   mp_department_get_name (department));

          g_strv_builder_add (builder, name);
        }
      else
        g_strv_builder_add (builder, mp_person_get_name (employee));
    }

  names = g_strv_builder_end (builder);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  return names;
}

static void
add_alumni (MpProgramWindow *self,
            GtkTextBuffer   *buffer)
{
  g_strfreev (self->alumni);
  self->alumni = list_alumni (self);
  if (self->alumni[0] == NULL)
    return;

  add_heading (buffer, _("Colleagues Who Have Been Through the Program"));
  for (guint i = 0; self->alumni[i] != NULL; i++)
    add_item (buffer, self->alumni[i]);
}

/* A pairing changed (a meeting logged, often) or someone did: written again only when who
 * has been through the program changed, not at every meeting (the reader keeps their place) */
static void
on_alumni_may_change_cb (MpProgramWindow *self)
{
  g_auto(GStrv) now = list_alumni (self);

  if (self->alumni == NULL || !g_strv_equal ((const char * const *) now, (const char * const *) self->alumni))
    queue_fill (self);
}

static void
fill (MpProgramWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  MpProgram *program = self->program;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  unwatch_all (self);
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
  add_lead_time (buffer, program);
  add_paragraph (buffer, _("The Mentor"), mp_program_get_mentor_role (program));
  add_list (buffer, _("Qualities of a Good Mentor"), mp_program_get_mentor_qualities (program));
  add_list (buffer, _("Goals for the Mentor"), mp_program_get_mentor_goals (program));
  add_list (buffer, _("Benefits for the Mentor"), mp_program_get_mentor_benefits (program));

  add_phases (buffer, program);
  /* As HR keeps them now; the program's own before any store is given */
  add_questions (self, buffer, self->store != NULL ? mp_store_get_questions (self->store)
                                             : mp_program_get_questions (program));
  if (self->store != NULL)
    {
      add_directory (self, buffer, mp_store_get_departments (self->store));
      add_alumni (self, buffer);
    }
}

static void
mp_program_window_dispose (GObject *object)
{
  MpProgramWindow *self = MP_PROGRAM_WINDOW (object);

  g_clear_handle_id (&self->fill_id, g_source_remove);
  if (self->watched != NULL)
    unwatch_all (self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->alumni, g_strfreev);
  g_clear_object (&self->program);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mp_program_window_parent_class)->dispose (object);
}

static void
mp_program_window_class_init (MpProgramWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_program_window_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_program_window_init (MpProgramWindow *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkTextBuffer *buffer;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
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
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The program, its typical questions and where to go for what"),
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
  gtk_text_buffer_create_tag (buffer, "note", "style", PANGO_STYLE_ITALIC, NULL);

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

  g_set_object (&self->program, program);
  gtk_window_set_title (GTK_WINDOW (self), program != NULL ? mp_program_get_name (program) : _("The Program"));
  fill (self);
}

/**
 * mp_program_window_set_store:
 * @store: (nullable): the store whose typical questions and departments to show, kept
 *   current as HR changes them
 */
void
mp_program_window_set_store (MpProgramWindow *self,
                             MpStore         *store)
{
  g_return_if_fail (MP_IS_PROGRAM_WINDOW (self));
  g_return_if_fail (store == NULL || MP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (mp_store_get_questions (self->store), self);
      g_signal_handlers_disconnect_by_data (mp_store_get_departments (self->store), self);
      g_signal_handlers_disconnect_by_data (mp_store_get_mentorships (self->store), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (mp_store_get_questions (store), "items-changed", G_CALLBACK (queue_fill), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (mp_store_get_departments (store), "items-changed", G_CALLBACK (queue_fill),
                               self, G_CONNECT_SWAPPED);
      /* A pairing completed (or added, or gone): its colleague among those who have been through */
      g_signal_connect_object (mp_store_get_mentorships (store), "items-changed",
                               G_CALLBACK (on_alumni_may_change_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "mentorship-changed", G_CALLBACK (on_alumni_may_change_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "people-changed", G_CALLBACK (on_alumni_may_change_cb), self,
                               G_CONNECT_SWAPPED);
    }
  fill (self);
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

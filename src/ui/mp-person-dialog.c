/* mp-person-dialog.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-hr-columns.h"
#include "mp-hr-dialogs.h"
#include "mp-person-dialog.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

struct _MpPersonDialog
{
  GtkWindow       parent_instance;

  /* Template widgets */
  GtkButton      *save_button;
  GtkLabel       *error_label;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkEntry       *login_entry;
  GtkLabel       *login_error;
  GtkEntry       *email_entry;
  GtkLabel       *email_error;
  GtkEntry       *phone_entry;
  GtkDropDown    *department_dropdown;
  GtkEntry       *title_entry;
  GtkCheckButton *may_mentor_check;
  GtkCheckButton *hr_admin_check;
  GtkCheckButton *active_check;
  GtkLabel       *reason_label;

  /* Owned */
  MpStore        *store;
  MpPerson       *person;       /* the canonical person edited; NULL for a new one */
  GPtrArray      *departments;  /* parallel to the drop-down after "No department" */
  gboolean        name_touched;
};

G_DEFINE_FINAL_TYPE (MpPersonDialog, mp_person_dialog, GTK_TYPE_WINDOW)

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
set_field_error (GtkLabel   *label,
                 const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* Someone else whose login differs from @login only in capitals (ASCII, as the store tells
 * them apart), which the store refuses on Save: said as it is typed */
static MpPerson *
same_login_but_capitals (MpPersonDialog *self,
                         const char     *login)
{
  GListModel *people = mp_store_get_people (self->store);

  if (*login == '\0')
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      const char *theirs = mp_person_get_login (person);

      if (theirs != NULL && g_ascii_strcasecmp (theirs, login) == 0 &&
          (self->person == NULL || g_strcmp0 (mp_person_get_uuid (person), mp_person_get_uuid (self->person)) != 0))
        return person;  /* the store's list holds it */
    }

  return NULL;
}

static void
validate (MpPersonDialog *self)
{
  g_autofree char *name = entry_text (self->name_entry);
  g_autofree char *login = entry_text (self->login_entry);
  g_autofree char *email = entry_text (self->email_entry);
  g_autofree char *phone = entry_text (self->phone_entry);
  g_autofree char *login_problem = NULL;
  const char *phone_problem = NULL;
  const char *name_problem = NULL;
  const char *email_problem = NULL;
  g_autofree char *leaving_problem = NULL;
  const char *reason;
  MpPerson *owner;

  if (self->store == NULL)
    return;

  if (*name == '\0')
    name_problem = _("A name is required.");

  owner = *login ? mp_store_lookup_person_by_login (self->store, login) : NULL;
  if (owner != NULL && (self->person == NULL || g_strcmp0 (mp_person_get_uuid (owner),
                                                           mp_person_get_uuid (self->person)) != 0))
    login_problem = g_strdup_printf (_("This login belongs to %s already."), mp_person_get_name (owner));
  /* (one kept from before, unchanged, is its owner's: left alone, as the store does) */
  else if (owner == NULL)
    {
      MpPerson *alike = same_login_but_capitals (self, login);

      if (alike != NULL)
        /* Translators: %1$s is a login, %2$s a person's name */
        login_problem = g_strdup_printf (_("The login “%1$s” differs from %2$s’s only in capital letters: choose "
                                           "one no one else has."),
                                         login, mp_person_get_name (alike));
      else
        login_problem = g_strdup (mp_person_login_problem (login));
    }

  if (*email && !mp_hr_is_email (email))
    email_problem = _("This does not look like an e-mail address (name@example.org).");
  if (*phone && !mp_hr_is_phone (phone))
    phone_problem = _("This does not look like a phone number (+1 309 555 0100).");

  /* "Required" shows once the name was touched (or for an existing person). */
  set_field_error (self->name_error, self->name_touched || self->person ? name_problem : NULL);
  set_field_error (self->login_error, login_problem);
  set_field_error (self->email_error, email_problem);

  /* Someone in a running pairing still works here (the store refuses it too) */
  if (self->person != NULL && !gtk_check_button_get_active (self->active_check))
    {
      MpMentorship *as_employee = mp_store_get_mentorship_for_employee (self->store, self->person);

      if (mp_hr_count_active_mentees (self->store, self->person) > 0 ||
          (as_employee != NULL && mp_mentorship_get_status (as_employee) == MP_MENTORSHIP_STATUS_ACTIVE))
        leaving_problem = g_strdup_printf (_("%s is in a running pairing: end it, or pair them differently, "
                                             "before marking them as no longer working here."),
                                           mp_person_get_name (self->person));
    }

  reason = name_problem ? name_problem : login_problem ? login_problem : email_problem ? email_problem
                                                    : phone_problem ? phone_problem : leaving_problem;
  gtk_label_set_label (self->reason_label, reason ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), reason != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), reason == NULL);
  mp_widget_set_tooltip (GTK_WIDGET (self->save_button), reason);
}

static void
on_changed_cb (MpPersonDialog *self,
               GtkEditable    *editable)
{
  if (editable == GTK_EDITABLE (self->name_entry))
    self->name_touched = TRUE;
  validate (self);
}

static void
on_toggled_cb (MpPersonDialog *self,
               GtkCheckButton *check)
{
  validate (self);
}

static void
on_save_clicked_cb (MpPersonDialog *self,
                    GtkButton      *button)
{
  g_autoptr(MpPerson) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = entry_text (self->name_entry);
  g_autofree char *login = entry_text (self->login_entry);
  g_autofree char *email = entry_text (self->email_entry);
  g_autofree char *phone = entry_text (self->phone_entry);
  g_autofree char *title = entry_text (self->title_entry);
  guint selected = gtk_drop_down_get_selected (self->department_dropdown);
  MpDepartment *department = NULL;

  validate (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->departments->len)
    department = g_ptr_array_index (self->departments, selected - 1);

  draft = self->person ? mp_person_copy (self->person) : mp_person_new (name);
  mp_person_set_name (draft, name);
  mp_person_set_login (draft, *login ? login : NULL);
  mp_person_set_email (draft, *email ? email : NULL);
  mp_person_set_phone (draft, *phone ? phone : NULL);
  mp_person_set_title (draft, *title ? title : NULL);
  mp_person_set_department (draft, department);
  mp_person_set_may_mentor (draft, gtk_check_button_get_active (self->may_mentor_check));
  mp_person_set_is_hr_admin (draft, gtk_check_button_get_active (self->hr_admin_check));
  mp_person_set_active (draft, gtk_check_button_get_active (self->active_check));

  if (!mp_store_save_person (self->store, draft, &error))
    {
      mp_hr_show_form_error (self->error_label, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_person_dialog_dispose (GObject *object)
{
  MpPersonDialog *self = (MpPersonDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_PERSON_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_pointer (&self->departments, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_person_dialog_parent_class)->dispose (object);
}

static void
mp_person_dialog_class_init (MpPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_person_dialog_dispose;

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, login_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, login_error);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, email_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, email_error);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, may_mentor_check);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, hr_admin_check);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, active_check);
  gtk_widget_class_bind_template_child (widget_class, MpPersonDialog, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_person_dialog_init (MpPersonDialog *self)
{
  self->departments = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* What the store keeps: the entry takes no more */
  gtk_entry_set_max_length (self->name_entry, MP_PERSON_NAME_MAX_CHARS);
}

static void
set_entry (GtkEntry   *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

/**
 * mp_person_dialog_new:
 * @person: (nullable): the person to edit; %NULL to add someone
 *
 * Returns: (transfer none): a new dialog, not yet shown (it destroys itself when closed)
 */
MpPersonDialog *
mp_person_dialog_new (GtkWindow *parent,
                      MpStore   *store,
                      MpPerson  *person)
{
  MpPersonDialog *self;
  GListModel *departments;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n, selected = 0;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || MP_IS_PERSON (person), NULL);

  self = g_object_new (MP_TYPE_PERSON_DIALOG, "transient-for", parent, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  gtk_string_list_append (names, _("No department"));
  departments = mp_store_get_departments (store);
  n = g_list_model_get_n_items (departments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (departments, i);

      g_ptr_array_add (self->departments, g_object_ref (department));
      gtk_string_list_append (names, mp_department_get_name (department));
      if (person != NULL && mp_person_get_department (person) == department)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->department_dropdown, selected);

  if (person != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), mp_person_get_name (person));
      /* A name kept before names had a limit is shown whole (the store says it is too long) */
      if (g_utf8_strlen (mp_person_get_name (person), -1) > MP_PERSON_NAME_MAX_CHARS)
        gtk_entry_set_max_length (self->name_entry, 0);
      set_entry (self->name_entry, mp_person_get_name (person));
      set_entry (self->login_entry, mp_person_get_login (person));
      set_entry (self->email_entry, mp_person_get_email (person));
      set_entry (self->phone_entry, mp_person_get_phone (person));
      set_entry (self->title_entry, mp_person_get_title (person));
      gtk_check_button_set_active (self->may_mentor_check, mp_person_get_may_mentor (person));
      gtk_check_button_set_active (self->hr_admin_check, mp_person_get_is_hr_admin (person));
      gtk_check_button_set_active (self->active_check, mp_person_get_active (person));
      self->person = g_object_ref (person);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add a Person"));
      gtk_widget_set_visible (GTK_WIDGET (self->active_check), FALSE);
    }

  self->store = g_object_ref (store);
  self->name_touched = FALSE;
  validate (self);
  mp_form_ask_before_discard (GTK_WINDOW (self), person != NULL ? _("Discard the changes to this person?")
                                                                : _("Discard the person you were adding?"));

  return self;
}

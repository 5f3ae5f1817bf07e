/* mp-pairing-dialog.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-pairing-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-a11y.h"
#include "mp-hr-columns.h"
#include "mp-hr-dialogs.h"
#include "mp-mentor-util.h"
#include "mp-pairing-dialog.h"
#include "mp-ui-util.h"
#include "mp-ui-private.h"

struct _MpPairingDialog
{
  GtkWindow           parent_instance;

  /* Template widgets */
  GtkButton          *create_button;
  GtkLabel           *error_label;
  GtkCheckButton     *existing_check;
  GtkCheckButton     *new_check;
  GtkDropDown        *employee_dropdown;
  GtkWidget          *new_employee_grid;
  GtkEntry           *name_entry;
  GtkLabel           *name_error;
  GtkEntry           *email_entry;
  GtkLabel           *email_error;
  GtkEntry           *login_entry;
  GtkLabel           *login_error;
  GtkDropDown        *department_dropdown;
  GtkEntry           *title_entry;
  GtkCalendar        *calendar;
  GtkLabel           *start_label;
  GtkDropDown        *program_dropdown;
  GtkListView        *mentor_view;
  GtkLabel           *reason_label;

  /* Owned */
  MpStore            *store;
  GPtrArray          *departments;      /* MpDepartment, parallel to the dropdown after "None" */
  GListStore         *mentors;          /* everyone who may mentor */
  GHashTable         *loads;            /* MpPerson* -> active mentees + 1 */
  GtkCustomFilter    *mentor_filter;
  GtkCustomSorter    *mentor_sorter;
  GtkSingleSelection *mentor_selection;
  MpPerson           *mentor;           /* the chosen one, kept across re-ranking */
  gboolean            reranking;
};

G_DEFINE_FINAL_TYPE (MpPairingDialog, mp_pairing_dialog, GTK_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ---- Helpers ---------------------------------------------------------------------- */

static gboolean
is_new_employee (MpPairingDialog *self)
{
  return gtk_check_button_get_active (self->new_check);
}

static MpPerson *
selected_employee (MpPairingDialog *self)
{
  if (is_new_employee (self))
    return NULL;

  return gtk_drop_down_get_selected_item (self->employee_dropdown);
}

static MpDepartment *
selected_new_department (MpPairingDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->department_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->departments->len)
    return NULL;

  return g_ptr_array_index (self->departments, selected - 1);
}

static MpDepartment *
employee_department (MpPairingDialog *self)
{
  MpPerson *employee;

  if (is_new_employee (self))
    return selected_new_department (self);

  employee = selected_employee (self);

  return employee ? mp_person_get_department (employee) : NULL;
}

static guint
load_of (MpPairingDialog *self,
         MpPerson        *person)
{
  guint load = GPOINTER_TO_UINT (g_hash_table_lookup (self->loads, person));

  if (load == 0)
    {
      load = mp_hr_count_active_mentees (self->store, person) + 1;
      g_hash_table_insert (self->loads, person, GUINT_TO_POINTER (load));
    }

  return load - 1;
}

static void
set_field_error (GtkLabel   *label,
                 const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static void
get_start_date (MpPairingDialog *self,
                GDate           *date)
{
  mp_calendar_get_gdate (self->calendar, date);
}

/* ---- Validation ------------------------------------------------------------------- */

/* The proposed start: the first Monday at least this many days away. */
#define MP_PAIRING_DIALOG_LEAD_DAYS 7

/* Someone on the staff list (still working here) with the name typed for someone new, its
 * letters' case and accents' encoding aside: most likely them, made twice */
static MpPerson *
person_named (MpPairingDialog *self,
              const char      *name)
{
  GListModel *people = mp_store_get_people (self->store);
  g_autofree char *normal = g_utf8_normalize (name, -1, G_NORMALIZE_DEFAULT);
  g_autofree char *folded = normal != NULL ? g_utf8_casefold (normal, -1) : NULL;

  for (guint i = 0; folded != NULL && *folded != '\0' && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      g_autofree char *their_normal = g_utf8_normalize (mp_person_get_name (person), -1, G_NORMALIZE_DEFAULT);
      g_autofree char *theirs = their_normal != NULL ? g_utf8_casefold (their_normal, -1) : NULL;

      if (mp_person_get_active (person) && g_strcmp0 (theirs, folded) == 0)
        return person;  /* the store's list holds it */
    }

  return NULL;
}

static void
validate (MpPairingDialog *self)
{
  const char *reason = NULL;
  g_autofree char *name_note = NULL;
  const char *name_problem = NULL;
  const char *email_problem = NULL;
  g_autofree char *login_problem = NULL;
  MpPerson *employee = selected_employee (self);
  MpProgram *program = gtk_drop_down_get_selected_item (self->program_dropdown);
  g_autoptr(GDateTime) start = gtk_calendar_get_date (self->calendar);
  g_autofree char *start_day = NULL;
  g_autofree char *start_text = NULL;

  if (is_new_employee (self))
    {
      const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
      const char *email = gtk_editable_get_text (GTK_EDITABLE (self->email_entry));
      const char *login = gtk_editable_get_text (GTK_EDITABLE (self->login_entry));
      g_autofree char *stripped = g_strstrip (g_strdup (login));
      MpPerson *owner = *stripped ? mp_store_lookup_person_by_login (self->store, stripped) : NULL;
      g_autofree char *name_stripped = g_strstrip (g_strdup (name));

      if (*name_stripped == '\0')
        name_problem = _("Enter the new employee’s name.");
      /* Said, not refused: two colleagues may share a name */
      else if (person_named (self, name_stripped) != NULL)
        name_note = g_strdup_printf (
          /* Translators: %s is a person's name */
          _("“%s” is on the staff list already: if it is the same person, choose them from the list instead "
            "(someone already in a running pairing cannot be paired again)."),
          mp_person_get_name (person_named (self, name_stripped)));
      if (*email != '\0' && !mp_hr_is_email (email))
        email_problem = _("This does not look like an e-mail address (name@example.org).");
      if (owner != NULL)
        login_problem = g_strdup_printf (_("This login belongs to %s already."), mp_person_get_name (owner));

      reason = name_problem ? name_problem : email_problem ? email_problem : login_problem;
    }
  else if (employee == NULL)
    reason = g_list_model_get_n_items (gtk_drop_down_get_model (self->employee_dropdown)) > 0
           ? _("Choose the new employee from the staff list.")
           : _("Everyone on the staff list already has a mentor: add someone new.");

  set_field_error (self->name_error, name_problem != NULL ? name_problem : name_note);
  set_field_error (self->email_error, email_problem);
  set_field_error (self->login_error, login_problem);

  if (reason == NULL && program == NULL)
    reason = g_list_model_get_n_items (gtk_drop_down_get_model (self->program_dropdown)) > 0
           ? _("Choose the program to follow.")
           : _("No program is loaded yet: import one first.");
  if (reason == NULL && self->mentor == NULL)
    reason = self->mentor_selection != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->mentor_selection)) > 0
           ? _("Choose a mentor.")
           : _("No one on the staff list may mentor yet: on the Staff page, edit a colleague and tick “May "
               "mentor new employees”.");
  if (reason == NULL && employee != NULL && employee == self->mentor)
    reason = _("The mentor cannot be the new employee.");
  /* A start so long ago that the whole program is over (a date mistyped, most likely):
   * the pairing would run with nothing left to do. */
  if (reason == NULL)
    {
      g_autofree MpSchedulePhase *phases = NULL;
      guint n_phases = 0;
      GDate today, first, end;

      mp_pairing_list_get_today (mp_pairing_list_get_for_store (self->store), &today);
      get_start_date (self, &first);
      phases = mp_schedule_phases_from_program (program, &n_phases);
      mp_schedule_program_end (phases, n_phases, &first, &end);
      if (n_phases > 0 && g_date_valid (&end) && g_date_compare (&end, &today) <= 0)
        reason = _("With this start the whole program would already be over: choose a later start date.");
    }

  /* Translators: a start date, see g_date_time_format () */
  start_day = g_date_time_format (start, _("%A %-d %B %Y"));
  {
    GDate today, first, contact;

    /* What the schedule will expect of a pair made today (mp_schedule_first_contact_day ()). */
    mp_pairing_list_get_today (mp_pairing_list_get_for_store (self->store), &today);
    get_start_date (self, &first);
    mp_schedule_first_contact_day (&first, &today, &contact);
    if (g_date_compare (&first, &today) <= 0)
      /* Translators: "Starts on Monday 2 March 2026: no contact before…" */
      start_text = g_strdup_printf (_("Starts on %s: no contact before the first day is expected, and the first "
                                      "meeting is due within two days."), start_day);
    else if (g_date_days_between (&contact, &first) >= MP_SCHEDULE_FIRST_CONTACT_DAYS)
      /* Translators: "Starts on Monday 2 March 2026. The mentor gets in touch the week before." */
      start_text = g_strdup_printf (_("Starts on %s. The mentor gets in touch the week before."), start_day);
    else
      {
        g_autofree char *contact_day = mp_schedule_format_day (&contact);

        /* Translators: "Starts on Friday 20 March 2026. The mentor has until Wednesday 18 March…" */
        start_text = g_strdup_printf (_("Starts on %1$s. The mentor has until %2$s to get in touch."), start_day,
                                      contact_day);
      }
    /* A first day on a weekend is most likely a slip: said, not refused (some start then). */
    if (mp_is_weekend (&first))
      {
        g_autofree char *with_weekend = g_strconcat (start_text, " ",
                                                     _("That is on a weekend: check that it is the first "
                                                       "working day."), NULL);

        g_free (start_text);
        start_text = g_steal_pointer (&with_weekend);
      }
    /* So is one on a day HR keeps as closed */
    else
      {
        const MpClosedDay *closed = mp_closed_days_find (mp_store_get_closed_days (self->store), &first);

        if (closed != NULL)
          {
            g_autofree char *said = NULL;
            g_autofree char *with_closed = NULL;

            /* Translators: %s is the name HR gave a closed day, as in "Christmas Day" */
            said = g_strdup_printf (_("The library system is closed that day (%s): check that it is the first "
                                      "working day."), closed->name);
            with_closed = g_strconcat (start_text, " ", said, NULL);
            g_free (start_text);
            start_text = g_steal_pointer (&with_closed);
          }
      }
  }
  gtk_label_set_label (self->start_label, start_text);
  mp_a11y_calendar_set_day_text (self->calendar, start_text);

  gtk_label_set_label (self->reason_label, reason ? reason : _("Ready: the pairing starts on the day chosen."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), reason == NULL);
  mp_widget_set_tooltip (GTK_WIDGET (self->create_button), reason);
}

static void
on_form_changed_cb (MpPairingDialog *self)
{
  if (self->mentor_selection != NULL)
    validate (self);
}

/* ---- Mentor suggestions ----------------------------------------------------------- */

static gboolean
mentor_filter_func (gpointer item,
                    gpointer user_data)
{
  MpPairingDialog *self = user_data;

  return item != (gpointer) selected_employee (self);
}

/* Room to spare first, then the employee's own department, then the lightest load. */
static int
mentor_sort_func (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  MpPairingDialog *self = user_data;
  MpPerson *pa = (MpPerson *) a;
  MpPerson *pb = (MpPerson *) b;
  MpDepartment *department = employee_department (self);
  guint la = load_of (self, pa);
  guint lb = load_of (self, pb);
  int room_a = la < MP_HR_MENTOR_CAPACITY ? 0 : 1;
  int room_b = lb < MP_HR_MENTOR_CAPACITY ? 0 : 1;
  int same_a = department != NULL && mp_person_get_department (pa) == department ? 0 : 1;
  int same_b = department != NULL && mp_person_get_department (pb) == department ? 0 : 1;
  int result;

  if (room_a != room_b)
    return room_a < room_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (same_a != same_b)
    return same_a < same_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (la != lb)
    return la < lb ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  result = g_utf8_collate (mp_person_get_name (pa), mp_person_get_name (pb));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
select_mentor_position (MpPairingDialog *self)
{
  GListModel *model = G_LIST_MODEL (self->mentor_selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n && self->mentor != NULL; i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (model, i);

      if (person == self->mentor)
        {
          gtk_single_selection_set_selected (self->mentor_selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->mentor_selection, GTK_INVALID_LIST_POSITION);
}

static void
rerank (MpPairingDialog *self)
{
  MpPerson *keep;

  /* The template's handlers run before the models exist. */
  if (self->mentor_selection == NULL)
    return;

  keep = self->mentor ? g_object_ref (self->mentor) : NULL;

  self->reranking = TRUE;
  gtk_filter_changed (GTK_FILTER (self->mentor_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->mentor_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  g_set_object (&self->mentor, keep);
  if (keep == selected_employee (self))
    g_clear_object (&self->mentor);
  select_mentor_position (self);
  self->reranking = FALSE;
  g_clear_object (&keep);

  validate (self);
}

static void
on_employee_selected_cb (MpPairingDialog *self)
{
  rerank (self);
}

static void
on_employee_kind_toggled_cb (MpPairingDialog *self,
                             GtkCheckButton  *check)
{
  gboolean is_new = is_new_employee (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->employee_dropdown), !is_new);
  mp_a11y_set_sensitive (self->new_employee_grid, is_new);
  if (is_new && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));

  rerank (self);
}

static void
on_mentor_selected_cb (MpPairingDialog *self)
{
  MpPerson *person = gtk_single_selection_get_selected_item (self->mentor_selection);

  if (self->reranking)
    return;

  g_set_object (&self->mentor, person);
  validate (self);
}

static void
on_mentor_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *tag = gtk_label_new (NULL);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *load = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (tag, "mp-tag");
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (where, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (load), 0);
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), tag);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), load);
  gtk_widget_add_css_class (box, "mp-mentor-row");

  g_object_set_data (G_OBJECT (list_item), "name", name);
  g_object_set_data (G_OBJECT (list_item), "tag", tag);
  g_object_set_data (G_OBJECT (list_item), "where", where);
  g_object_set_data (G_OBJECT (list_item), "load", load);
  gtk_list_item_set_child (list_item, box);
}

static void
on_mentor_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   MpPairingDialog          *self)
{
  MpPerson *person = gtk_list_item_get_item (list_item);
  MpDepartment *department = mp_person_get_department (person);
  MpDepartment *wanted = employee_department (self);
  GtkWidget *tag = g_object_get_data (G_OBJECT (list_item), "tag");
  GtkWidget *load_label = g_object_get_data (G_OBJECT (list_item), "load");
  guint load = load_of (self, person);
  g_autofree char *where = NULL;
  g_autofree char *load_text = NULL;
  g_autofree char *accessible = NULL;
  const char *tag_text;

  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "name"), mp_person_get_name (person));

  if (department != NULL && mp_person_get_title (person) && *mp_person_get_title (person))
    /* Translators: "Member Services · Senior Consultant" */
    where = g_strdup_printf (_("%s · %s"), mp_department_get_name (department), mp_person_get_title (person));
  else if (department != NULL)
    where = g_strdup (mp_department_get_name (department));
  else
    where = g_strdup (mp_person_get_title (person) ? mp_person_get_title (person) : "");
  gtk_label_set_label (g_object_get_data (G_OBJECT (list_item), "where"), where);

  if (load < MP_HR_MENTOR_CAPACITY)
    /* Translators: "Mentoring 1 of 3 · room for 2 more" */
    load_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mentoring %u of %u · room for %u more",
                                              "Mentoring %u of %u · room for %u more",
                                              MP_HR_MENTOR_CAPACITY - load),
                                 load, MP_HR_MENTOR_CAPACITY, MP_HR_MENTOR_CAPACITY - load);
  else
    load_text = g_strdup_printf (_("Mentoring %u of %u · full"), load, MP_HR_MENTOR_CAPACITY);
  gtk_label_set_label (GTK_LABEL (load_label), load_text);
  if (load < MP_HR_MENTOR_CAPACITY)
    gtk_widget_remove_css_class (load_label, "mp-field-error");
  else
    gtk_widget_add_css_class (load_label, "mp-field-error");

  if (wanted == NULL)
    tag_text = gtk_list_item_get_position (list_item) == 0 ? _("Suggested") : "";
  else if (department == wanted)
    tag_text = gtk_list_item_get_position (list_item) == 0 ? _("Suggested · same department") : _("Same department");
  else
    tag_text = gtk_list_item_get_position (list_item) == 0 ? _("Suggested · other department")
                                                          : _("Other department");
  gtk_label_set_label (GTK_LABEL (tag), tag_text);
  gtk_widget_set_visible (tag, *tag_text != '\0');

  /* The row, which takes the focus, is read as it shows: "Helen Okafor, Member Services ·
   * Senior Consultant, Mentoring 1 of 3 · room for 2 more, Suggested · same department" */
  {
    const char *texts[] = { mp_person_get_name (person), where, load_text, tag_text };

    accessible = mp_a11y_join_texts (texts, G_N_ELEMENTS (texts));
  }
  mp_a11y_list_row_set_label (gtk_list_item_get_child (list_item), accessible);
}

/* ---- Saving ----------------------------------------------------------------------- */

static void
show_store_error (MpPairingDialog *self,
                  const GError    *error)
{
  mp_hr_show_form_error (self->error_label, error);
}

static void
on_create_clicked_cb (MpPairingDialog *self,
                      GtkButton       *button)
{
  g_autoptr(MpPerson) new_person = NULL;
  g_autoptr(MpMentorship) mentorship = NULL;
  g_autoptr(GError) error = NULL;
  MpProgram *program = gtk_drop_down_get_selected_item (self->program_dropdown);
  MpPerson *employee = selected_employee (self);
  GDate start;
  gboolean ok;

  validate (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->create_button)))
    return;

  get_start_date (self, &start);

  if (is_new_employee (self))
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
      g_autofree char *login = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->login_entry))));
      g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_entry))));
      g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));

      new_person = mp_person_new (name);
      if (*login)
        mp_person_set_login (new_person, login);
      if (*email)
        mp_person_set_email (new_person, email);
      if (*title)
        mp_person_set_title (new_person, title);
      mp_person_set_department (new_person, selected_new_department (self));
      mp_person_set_active (new_person, TRUE);
      employee = new_person;
    }

  mentorship = mp_mentorship_new (self->mentor, employee, program, &start);
  {
    GDate today;

    /* Today's pairing: a start less than a week away still gives the mentor time to call. */
    mp_pairing_list_get_today (mp_pairing_list_get_for_store (self->store), &today);
    mp_mentorship_set_paired_on (mentorship, &today);
  }

  /* A new employee and the pairing are added together, or not at all. */
  if (new_person != NULL)
    {
      ok = mp_store_begin_batch (self->store, &error) &&
           mp_store_save_person (self->store, new_person, &error) &&
           mp_store_create_mentorship (self->store, mentorship, &error) &&
           mp_store_commit_batch (self->store, &error);
      if (!ok && mp_store_in_batch (self->store))
        mp_store_rollback_batch (self->store);
    }
  else
    ok = mp_store_create_mentorship (self->store, mentorship, &error);

  if (!ok)
    {
      show_store_error (self, error);
      return;
    }

  /* The draft is now the store's canonical mentorship. */
  g_signal_emit (self, signals [CREATED], 0, mentorship);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Setup ------------------------------------------------------------------------ */

static gboolean
employee_candidate_func (gpointer item,
                         gpointer user_data)
{
  MpPairingDialog *self = user_data;
  MpPerson *person = MP_PERSON (item);
  MpMentorship *current;

  if (!mp_person_get_active (person))
    return FALSE;

  current = mp_store_get_mentorship_for_employee (self->store, person);

  return current == NULL || mp_mentorship_get_status (current) != MP_MENTORSHIP_STATUS_ACTIVE;
}

static char *
program_label (MpProgram *program)
{
  if (program == NULL)
    return g_strdup ("");

  /* Translators: "ALS Mentoring Pilot (version 2)" */
  return g_strdup_printf (_("%s (version %d)"), mp_program_get_name (program), mp_program_get_version (program));
}

static void
setup_models (MpPairingDialog *self)
{
  GListModel *people = mp_store_get_people (self->store);
  GListModel *departments = mp_store_get_departments (self->store);
  GListModel *programs = mp_store_get_programs (self->store);
  g_autoptr(GtkStringList) department_names = gtk_string_list_new (NULL);
  GtkFilterListModel *candidates;
  GtkSortListModel *sorted;
  GtkStringSorter *by_name;
  GtkListItemFactory *factory;
  guint n, latest = GTK_INVALID_LIST_POSITION;
  int latest_version = G_MININT;

  /* Employees: active staff without a running pairing, by name. */
  candidates = gtk_filter_list_model_new (g_object_ref (people),
                                          GTK_FILTER (gtk_custom_filter_new (employee_candidate_func, self, NULL)));
  by_name = gtk_string_sorter_new (gtk_property_expression_new (MP_TYPE_PERSON, NULL, "name"));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (candidates), GTK_SORTER (by_name));
  gtk_drop_down_set_expression (self->employee_dropdown, gtk_property_expression_new (MP_TYPE_PERSON, NULL, "name"));
  gtk_drop_down_set_model (self->employee_dropdown, G_LIST_MODEL (sorted));
  gtk_drop_down_set_selected (self->employee_dropdown, GTK_INVALID_LIST_POSITION);
  g_object_unref (sorted);

  /* Departments of a new employee. */
  gtk_string_list_append (department_names, _("No department"));
  n = g_list_model_get_n_items (departments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (departments, i);

      g_ptr_array_add (self->departments, g_object_ref (department));
      gtk_string_list_append (department_names, mp_department_get_name (department));
    }
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (department_names));

  /* Programs: the latest version selected. */
  gtk_drop_down_set_expression (self->program_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (program_label), NULL, NULL));
  gtk_drop_down_set_model (self->program_dropdown, programs);
  n = g_list_model_get_n_items (programs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpProgram) program = g_list_model_get_item (programs, i);

      if (mp_program_get_version (program) >= latest_version)
        {
          latest_version = mp_program_get_version (program);
          latest = i;
        }
    }
  gtk_drop_down_set_selected (self->program_dropdown, latest);

  /* Mentors: everyone active who may mentor, ranked. */
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (mp_person_get_active (person) && mp_person_get_may_mentor (person))
        g_list_store_append (self->mentors, person);
    }
  self->mentor_filter = gtk_custom_filter_new (mentor_filter_func, self, NULL);
  self->mentor_sorter = gtk_custom_sorter_new (mentor_sort_func, self, NULL);
  sorted = gtk_sort_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->mentors)),
                                             g_object_ref (GTK_FILTER (self->mentor_filter)))),
    g_object_ref (GTK_SORTER (self->mentor_sorter)));
  self->mentor_selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->mentor_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->mentor_selection, TRUE);
  gtk_single_selection_set_selected (self->mentor_selection, GTK_INVALID_LIST_POSITION);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_mentor_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_mentor_bind_cb), self);
  gtk_list_view_set_factory (self->mentor_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->mentor_view, GTK_SELECTION_MODEL (self->mentor_selection));
  g_signal_connect_object (self->mentor_selection, "notify::selected-item", G_CALLBACK (on_mentor_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
mp_pairing_dialog_dispose (GObject *object)
{
  MpPairingDialog *self = (MpPairingDialog *)object;

  if (self->mentor_view != NULL)
    gtk_list_view_set_model (self->mentor_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_PAIRING_DIALOG);

  g_clear_object (&self->mentor_selection);
  g_clear_object (&self->mentor_filter);
  g_clear_object (&self->mentor_sorter);
  g_clear_object (&self->mentor);
  g_clear_object (&self->mentors);
  g_clear_object (&self->store);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->loads, g_hash_table_unref);

  G_OBJECT_CLASS (mp_pairing_dialog_parent_class)->dispose (object);
}

static void
mp_pairing_dialog_class_init (MpPairingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_pairing_dialog_dispose;

  /**
   * MpPairingDialog::created:
   * @mentorship: the store's new mentorship
   */
  signals [CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, MP_TYPE_MENTORSHIP);

  /* A dialog to a screen reader (GtkWindow is a plain window, a frame) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-pairing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, existing_check);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, new_check);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, employee_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, new_employee_grid);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, email_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, email_error);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, login_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, login_error);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, start_label);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, program_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, mentor_view);
  gtk_widget_class_bind_template_child (widget_class, MpPairingDialog, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_employee_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_employee_kind_toggled_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_pairing_dialog_init (MpPairingDialog *self)
{
  self->departments = g_ptr_array_new_with_free_func (g_object_unref);
  self->mentors = g_list_store_new (MP_TYPE_PERSON);
  self->loads = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* What the store keeps: the entry takes no more */
  gtk_entry_set_max_length (self->name_entry, MP_PERSON_NAME_MAX_CHARS);
}

/**
 * mp_pairing_dialog_new:
 * @parent: the HR overview
 *
 * Returns: (transfer none): a new dialog, not yet shown (it destroys itself when closed)
 */
MpPairingDialog *
mp_pairing_dialog_new (GtkWindow *parent,
                       MpStore   *store)
{
  MpPairingDialog *self;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  self = g_object_new (MP_TYPE_PAIRING_DIALOG,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);

  setup_models (self);
  on_employee_kind_toggled_cb (self, self->existing_check);

  /* A new employee usually starts on a Monday, and the mentor gets in touch the week
   * before: the first Monday at least a week away. */
  {
    GDate day;

    mp_pairing_list_get_today (mp_pairing_list_get_for_store (store), &day);
    g_date_add_days (&day, MP_PAIRING_DIALOG_LEAD_DAYS);
    while (g_date_get_weekday (&day) != G_DATE_MONDAY)
      g_date_add_days (&day, 1);
    mp_calendar_select_date (self->calendar, &day);
  }
  mp_form_ask_before_discard (GTK_WINDOW (self), _("Discard the pairing you were making?"));

  return self;
}

/**
 * mp_pairing_dialog_get_mentor:
 *
 * Returns: (transfer none) (nullable): the mentor chosen
 */
MpPerson *
mp_pairing_dialog_get_mentor (MpPairingDialog *self)
{
  g_return_val_if_fail (MP_IS_PAIRING_DIALOG (self), NULL);

  return self->mentor;
}

/**
 * mp_pairing_dialog_get_suggestions:
 *
 * Returns: (transfer none): the mentors offered, best suggestion first (MpPerson)
 */
GListModel *
mp_pairing_dialog_get_suggestions (MpPairingDialog *self)
{
  g_return_val_if_fail (MP_IS_PAIRING_DIALOG (self), NULL);

  return G_LIST_MODEL (self->mentor_selection);
}

static gboolean
select_in (GListModel *model,
           gpointer    item,
           guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if ((gpointer) object == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * mp_pairing_dialog_select_employee:
 *
 * Chooses @employee in the staff list, as picking them in the drop-down does.
 *
 * Returns: %TRUE when @employee may be paired
 */
gboolean
mp_pairing_dialog_select_employee (MpPairingDialog *self,
                                   MpPerson        *employee)
{
  guint position;

  g_return_val_if_fail (MP_IS_PAIRING_DIALOG (self), FALSE);

  if (!select_in (gtk_drop_down_get_model (self->employee_dropdown), employee, &position))
    return FALSE;

  gtk_check_button_set_active (self->existing_check, TRUE);
  gtk_drop_down_set_selected (self->employee_dropdown, position);

  return TRUE;
}

/**
 * mp_pairing_dialog_select_mentor:
 *
 * Chooses @mentor among the suggestions, as clicking their row does.
 *
 * Returns: %TRUE when @mentor is offered
 */
gboolean
mp_pairing_dialog_select_mentor (MpPairingDialog *self,
                                 MpPerson        *mentor)
{
  guint position;

  g_return_val_if_fail (MP_IS_PAIRING_DIALOG (self), FALSE);

  if (!select_in (G_LIST_MODEL (self->mentor_selection), mentor, &position))
    return FALSE;

  gtk_single_selection_set_selected (self->mentor_selection, position);

  return TRUE;
}

/* mp-hr-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-hr-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-a11y.h"
#include "mp-evaluation.h"
#include "mp-hr-columns.h"
#include "mp-hr-dialogs.h"
#include "mp-filter-list.h"
#include "mp-hr-pairing-row.h"
#include "mp-hr-window-private.h"
#include "mp-json.h"
#include "mp-pairing-dialog.h"
#include "mp-pairing.h"
#include "mp-person-dialog.h"
#include "mp-print-operation.h"
#include "mp-summary-viewer.h"
#include "mp-report-summary.h"
#include "mp-status-page.h"
#include "mp-ui-private.h"
#include "mp-ui-util.h"

/* The HR overview: every pairing at a glance, pairing and staff management, the HR
 * follow-up queue, printed summaries, import and export, and the pilot evaluation.
 *
 * HR sees progress (counts, dates, states) and never a private note, a concern's text or
 * a feedback comment: nothing here reads them. The pairings come from the store's one
 * MpPairingList (progress computed once per change, in mp-progress); the table sorts it
 * with the column view's sorter, then filters it (search, state, department), so a
 * keystroke only filters and never sorts. Only the rows on screen have widgets. */

typedef enum
{
  STATE_ANY,
  STATE_PRE_ARRIVAL,
  STATE_ON_TRACK,
  STATE_DUE_SOON,
  STATE_OVERDUE,
  STATE_NO_CONTACT,
  STATE_NEEDS_ATTENTION,
  STATE_COMPLETED,
  STATE_UNFINISHED,
  STATE_ENDED,
  STATE_CALLED_OFF,
  STATE_ARCHIVED,
  N_STATE_CHOICES
} StateChoice;

/* The state filter's choices, as its menu offers them and its action names them
 * ("win.state-filter::overdue"). */
static const struct
{
  const char *nick;
  const char *label;
} state_choices[N_STATE_CHOICES] = {
  [STATE_ANY] = { "any", N_("Any state") },
  [STATE_PRE_ARRIVAL] = { "pre-arrival", N_("Before arrival") },
  [STATE_ON_TRACK] = { "on-track", N_("On track") },
  [STATE_DUE_SOON] = { "due-soon", N_("Due soon") },
  [STATE_OVERDUE] = { "overdue", N_("Overdue") },
  [STATE_NO_CONTACT] = { "no-contact", N_("No contact for 3 weeks") },
  [STATE_NEEDS_ATTENTION] = { "needs-attention", N_("Needs attention") },
  [STATE_COMPLETED] = { "completed", N_("Completed") },
  [STATE_UNFINISHED] = { "unfinished", N_("Unfinished") },
  [STATE_ENDED] = { "ended", N_("Ended early") },
  [STATE_CALLED_OFF] = { "called-off", N_("Called off") },
  [STATE_ARCHIVED] = { "archived", N_("Archived") },
};

/* The pages not shown at start: built the first time they are shown or asked for, and
 * else just after the window's first frame (pages_idle_cb ()). The last is not a page of
 * the window's stack but the two the pairings table gives way to: "empty" (no pairing at
 * all) and "no-match" (none shown), shown at start only when the store has no pairing. */
typedef enum
{
  LAZY_PAGE_FOLLOW_UPS,
  LAZY_PAGE_STAFF,
  LAZY_PAGE_DIRECTORY,
  LAZY_PAGE_EVALUATION,
  LAZY_PAGE_PAIRINGS_STATES,
  N_LAZY_PAGES
} LazyPage;

static const struct
{
  const char *name;      /* the stack page's name */
  const char *resource;
  const char *content;   /* the top object, added to the page's box */
  MpTooltip   tooltip;   /* of a button, when it has one (mp_builder_set_tooltips ()) */
} lazy_pages[N_LAZY_PAGES] = {
  { "follow-ups", MP_UI_PATH "mp-hr-follow-ups-page.ui", "follow_ups_content", { NULL, NULL } },
  { "staff", MP_UI_PATH "mp-hr-staff-page.ui", "staff_content",
    { "deactivate_person_button", N_("Mark the selected person as no longer working here; their history is kept") } },
  { "directory", MP_UI_PATH "mp-hr-directory-page.ui", "directory_content", { NULL, NULL } },
  { "evaluation", MP_UI_PATH "mp-hr-evaluation-page.ui", "evaluation_content",
    { "print_evaluation_button", N_("Print the pilot evaluation") } },
  { "pairings-states", MP_UI_PATH "mp-hr-pairings-states.ui", "empty_content",
    { "empty_demo_button", N_("Open a separate demo database with staff and pairings at every stage") } },
};

/* A modal progress window over the HR window (an import, a PDF export): what runs, a bar
 * and Cancel. Cancel, Escape and the window manager's close call @cancel; the window stays
 * until its owner closes it (progress_window_close ()), once the work has stopped. */
typedef void (*ProgressCancelFunc) (gpointer data);

typedef struct
{
  GtkWindow          *window;
  GtkLabel           *label;
  GtkProgressBar     *bar;
  GtkWidget          *cancel_button;
  ProgressCancelFunc  cancel;
  gpointer            cancel_data;
} ProgressWindow;

struct _MpHrWindow
{
  MpWindow             parent_instance;

  /* Template widgets */
  GtkMenuButton       *primary_menu_button;
  GtkMenuButton       *data_menu_button;
  GMenuModel          *data_menu;
  GtkRevealer         *banner_revealer;
  GtkWidget           *banner;
  GtkImage            *banner_icon;
  GtkLabel            *banner_label;
  gboolean             banner_is_error;
  GtkStack            *stack;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *state_button;
  GtkMenuButton       *department_button;
  GtkLabel            *count_label;
  GtkStack            *pairings_stack;
  MpHrPairingHeader   *pairings_header;
  GtkGridView         *pairings_view;
  GtkLabel            *selection_label;
  GtkWidget           *end_button;
  GtkWidget           *summary_button;
  GtkWidget           *complete_button;
  GtkWidget           *archive_button;
  GtkWidget           *unarchive_button;
  GtkWidget           *purge_button;
  GtkWidget           *pairings_toolbar;
  GtkWidget           *pairings_action_bar;
  GtkBox              *follow_ups_page;
  GtkBox              *staff_page;
  GtkBox              *directory_page;
  GtkScrolledWindow   *evaluation_scroller;

  /* Borrowed: the pages' widgets, built the first time they are needed (ensure_page ()) */
  GtkStack            *follow_ups_stack;
  GtkColumnView       *follow_ups_view;
  GtkLabel            *follow_ups_count_label;
  GtkButton           *record_follow_up_button;
  GtkColumnViewColumn *followed_up_column;  /* owned by follow_ups_view */
  gboolean             show_recorded;  /* the follow-ups page lists those recorded too */
  GtkSearchEntry      *staff_search_entry;
  GtkCheckButton      *show_inactive_check;
  GtkLabel            *staff_count_label;
  GtkStack            *staff_stack;
  MpStatusPage        *staff_none_page;
  GtkColumnView       *people_view;
  GtkListView         *departments_view;
  GtkListView         *questions_view;
  GtkLabel            *evaluation_subtitle;
  GtkBox              *evaluation_box;
  GtkWidget           *empty_demo_button;
  MpStatusPage        *empty_status_page;

  /* Owned */
  MpPairingList       *pairings;
  MpFilterList        *filtered;     /* GTK 4.8's filter model is slow to index */
  GtkMultiSelection   *selection;
  GtkCustomFilter     *filter;        /* state and department in one test */
  StateChoice          state_choice;
  char                *department_choice;  /* NULL: every department */
  GMenu               *state_menu;
  GMenu               *department_menu;
  GPtrArray           *watched_departments;
  guint                refilter_idle;
  guint                staff_refresh_idle;

  GListStore          *follow_ups;
  GtkSortListModel    *follow_ups_sorted;
  GtkSingleSelection  *follow_ups_selection;
  gboolean             follow_ups_built;
  guint                pages_idle;
  GHashTable          *page_objects[N_LAZY_PAGES];  /* a built page's objects by id (refs) */

  GtkCustomFilter     *people_filter;
  GtkFilterListModel  *people_filtered;
  GtkSingleSelection  *people_selection;
  char               **people_words;  /* the staff search, folded and split */

  GtkSingleSelection  *departments_selection;
  GtkSingleSelection  *questions_selection;

  gboolean             evaluation_dirty;
  MpEvaluation        *evaluation;

  GtkFileChooserNative *file_chooser;
  MpPrintOperation    *print_operation;

  /* The import or export running, if any (see job_start ()) */
  gboolean             working;          /* until its thread has returned */
  GCancellable        *job_cancellable;
  gpointer             job;              /* DataJob *, the task's */
  gint64               job_started_at;
  guint                job_timer;
  guint                progress_delay_ms;
  ProgressWindow       job_progress;     /* its progress window, once shown */
  GtkWidget           *job_focus;        /* weak: where the focus was */
  GtkWindow           *import_question;  /* weak */
};

G_DEFINE_FINAL_TYPE (MpHrWindow, mp_hr_window, MP_TYPE_WINDOW)

static void update_pairing_actions (MpHrWindow *self);
static void on_simple_selection_changed_cb (MpHrWindow *self);
static void update_follow_up_actions (MpHrWindow *self);
static void update_people_actions (MpHrWindow *self);
static void update_directory_actions (MpHrWindow *self);
static void ensure_people_model (MpHrWindow *self);
static void ensure_page (MpHrWindow *self,
                         LazyPage    page);
static void on_application_changed_cb (MpHrWindow *self,
                                       GParamSpec *pspec,
                                       gpointer    user_data);

/* ---- Helpers ---------------------------------------------------------------------- */

static MpStore *
get_store (MpHrWindow *self)
{
  return mp_window_get_store (MP_WINDOW (self));
}

static void
show_banner (MpHrWindow *self,
             gboolean    is_error,
             const char *text)
{
  gtk_label_set_label (self->banner_label, text);
  gtk_image_set_from_icon_name (self->banner_icon, is_error ? "dialog-error-symbolic" : "dialog-information-symbolic");
  if (is_error)
    gtk_widget_add_css_class (self->banner, "mp-banner-error");
  else
    gtk_widget_remove_css_class (self->banner, "mp-banner-error");
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
  self->banner_is_error = is_error;

  /* Screen readers hear it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->banner_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
show_error (MpHrWindow   *self,
            const char   *what,
            const GError *error)
{
  g_autofree char *text = NULL;

  /* Translators: "Could not archive the pairing: the database is read-only" */
  text = g_strdup_printf (_("%s: %s"), what, error->message);
  show_banner (self, TRUE, text);
}

/* Where the one pairing selected is in the table, or GTK_INVALID_LIST_POSITION */
static guint
selected_position (MpHrWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_get_size (selected) != 1)
    return GTK_INVALID_LIST_POSITION;

  return gtk_bitset_get_nth (selected, 0);
}

static gpointer
selected_pairing (MpHrWindow *self)
{
  guint position = selected_position (self);

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
}

/* ---- Filtering -------------------------------------------------------------------- */

/* What the search looks in: the pairing's prepared search text (the names, folded), as
 * mp_pairing_matches () does; the filtered list copies it. */
static const char *
pairing_search_text (gpointer item,
                     gpointer user_data)
{
  return mp_pairing_get_search_text (item);
}

static gboolean
state_filter_func (MpHrWindow *self,
                   MpPairing  *pairing)
{
  MpMentorshipStatus status = mp_mentorship_get_status (mp_pairing_get_mentorship (pairing));
  MpScheduleState state;

  if (self->state_choice == STATE_ARCHIVED)
    return status == MP_MENTORSHIP_STATUS_ARCHIVED;
  if (status == MP_MENTORSHIP_STATUS_ARCHIVED)
    return FALSE;

  state = mp_pairing_get_state (pairing);
  switch (self->state_choice)
    {
    case STATE_ANY:
      return TRUE;
    case STATE_PRE_ARRIVAL:
      return state == MP_SCHEDULE_STATE_PRE_ARRIVAL;
    case STATE_ON_TRACK:
      return state == MP_SCHEDULE_STATE_ON_TRACK;
    case STATE_DUE_SOON:
      return state == MP_SCHEDULE_STATE_DUE_SOON;
    case STATE_OVERDUE:
      return state == MP_SCHEDULE_STATE_OVERDUE;
    case STATE_NO_CONTACT:
      return mp_pairing_get_no_contact_alert (pairing);
    case STATE_NEEDS_ATTENTION:
      /* (an unfinished program waits for HR to say whether it completed) */
      return state == MP_SCHEDULE_STATE_OVERDUE || state == MP_SCHEDULE_STATE_UNFINISHED ||
             mp_pairing_get_no_contact_alert (pairing) || mp_pairing_get_first_contact_late (pairing);
    case STATE_COMPLETED:
      return state == MP_SCHEDULE_STATE_COMPLETED;
    case STATE_UNFINISHED:
      return state == MP_SCHEDULE_STATE_UNFINISHED;
    case STATE_ENDED:
      /* As the State column names them: a pairing called off before it started apart */
      return state == MP_SCHEDULE_STATE_ENDED && !mp_mentorship_is_called_off (mp_pairing_get_mentorship (pairing));
    case STATE_CALLED_OFF:
      return state == MP_SCHEDULE_STATE_ENDED && mp_mentorship_is_called_off (mp_pairing_get_mentorship (pairing));
    case STATE_ARCHIVED:
    default:
      return FALSE;
    }
}

static gboolean
department_filter_func (MpHrWindow *self,
                        MpPairing  *pairing)
{
  if (self->department_choice == NULL)
    return TRUE;

  return g_strcmp0 (mp_pairing_get_department_name (pairing), self->department_choice) == 0;
}

/* One filter for the two choices (a GtkEveryFilter of two would test each row through
 * three filter calls); the search is the filtered list's own, so that a keystroke looks
 * only at the search texts, and only of the rows these choices show. */
static gboolean
pairing_filter_func (gpointer item,
                     gpointer user_data)
{
  MpHrWindow *self = user_data;
  MpPairing *pairing = item;  /* the list holds MpPairing only */

  return state_filter_func (self, pairing) && department_filter_func (self, pairing);
}

/* "No Matching Pairings": what to change, naming only the choices that narrow the list
 * (archived pairings show only under "Archived") */
static void
update_no_match_hint (MpHrWindow *self)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->pairings_stack, "no-match");
  gboolean by_state = self->state_choice != STATE_ANY;
  gboolean by_department = self->department_choice != NULL;
  const char *hint;

  if (!MP_IS_STATUS_PAGE (page))
    return;

  if (by_state && by_department)
    hint = _("Try another name, or choose “Any state” and “All departments”.");
  else if (by_state)
    hint = _("Try another name, or choose “Any state”.");
  else if (by_department)
    hint = _("Try another name, or choose “All departments”.");
  else
    hint = _("Try another name. Archived pairings show when you choose “Archived”.");

  mp_status_page_set_description (MP_STATUS_PAGE (page), hint);
}

static void
update_count (MpHrWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->pairings));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing", "%u pairings", total), total);
  else
    /* Translators: "12 of 40 pairings" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u pairing", "%u of %u pairings", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);

  /* With no pairing at all, only what helps to make the first one shows. */
  gtk_widget_set_visible (self->pairings_toolbar, total > 0);
  gtk_widget_set_visible (self->pairings_action_bar, total > 0);

  if (total == 0 || shown == 0)
    ensure_page (self, LAZY_PAGE_PAIRINGS_STATES);
  if (total == 0)
    gtk_stack_set_visible_child_name (self->pairings_stack, "empty");
  else if (shown == 0)
    {
      update_no_match_hint (self);
      gtk_stack_set_visible_child_name (self->pairings_stack, "no-match");
    }
  else
    gtk_stack_set_visible_child_name (self->pairings_stack, "table");
}

static void
on_filtered_items_changed_cb (MpHrWindow *self,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GListModel *model)
{
  update_count (self);
  /* A selected row the filter hid is no longer selected: its actions go too. */
  update_pairing_actions (self);
}

static void
on_search_changed_cb (MpHrWindow     *self,
                      GtkSearchEntry *entry)
{
  /* Folded and split once per keystroke, not once per pairing. The list sees whether the
   * words only add to the last ones (typing) or take from them (deleting), or are the same
   * (nothing to do), and then looks only at the rows it must. */
  g_auto(GStrv) words = mp_pairing_search_words (gtk_editable_get_text (GTK_EDITABLE (entry)));

  mp_filter_list_search (self->filtered, (const char * const *) words);
}

static void
on_search_stop_cb (MpHrWindow     *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* "list.scroll-to-item": 4.8's way to scroll a list. */
static void
scroll_to_row (GtkGridView *view,
               guint        position)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);
}

/* The list item the pairings' table made for @pairing, or NULL. */
static GtkWidget *
pairing_item_widget (MpHrWindow *self,
                     MpPairing  *pairing)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->pairings_view)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (MP_IS_HR_PAIRING_ROW (row) && mp_hr_pairing_row_get_pairing (MP_HR_PAIRING_ROW (row)) == pairing)
        return item;
    }

  return NULL;
}

/* Return or Down in the search goes to the first pairing it found, selected, so that one
 * match is one key away from its actions (Down would otherwise reach a column's button
 * first: the header comes before the rows). */
static gboolean
focus_first_pairing (MpHrWindow *self)
{
  g_autoptr(MpPairing) pairing = g_list_model_get_item (G_LIST_MODEL (self->selection), 0);
  GtkWidget *item;

  if (pairing == NULL)
    return FALSE;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), 0, TRUE);
  /* Scrolling tracks the row, which makes its widget now if it has none. */
  scroll_to_row (self->pairings_view, 0);
  item = pairing_item_widget (self, pairing);

  return item != NULL && gtk_widget_grab_focus (item);
}

static void
on_search_activate_cb (MpHrWindow     *self,
                       GtkSearchEntry *entry)
{
  focus_first_pairing (self);
}

static gboolean
on_search_key_pressed_cb (MpHrWindow            *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    return focus_first_pairing (self);

  return GDK_EVENT_PROPAGATE;
}

/* The filters are properties of the window, each with an action whose state it is
 * ("win.state-filter", "win.department-filter"): the menu buttons' radio items. */
enum {
  PROP_0,
  PROP_STATE_FILTER,
  PROP_DEPARTMENT_FILTER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_state_filter (MpHrWindow *self,
                  const char *nick)
{
  StateChoice choice = N_STATE_CHOICES;

  for (guint i = 0; i < N_STATE_CHOICES; i++)
    if (g_strcmp0 (nick, state_choices[i].nick) == 0)
      choice = i;
  if (choice == N_STATE_CHOICES)
    {
      g_warning ("No state filter “%s”: showing any state", nick);
      choice = STATE_ANY;
    }

  if (choice == self->state_choice)
    return;
  self->state_choice = choice;
  gtk_menu_button_set_label (self->state_button, _(state_choices[choice].label));
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* (none shown before and after: the list says nothing, the hint must change) */
  update_no_match_hint (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE_FILTER]);
}

/* @name: a department's name, or "" (or %NULL) for every department */
static void
set_department_filter (MpHrWindow *self,
                       const char *name)
{
  if (name != NULL && *name == '\0')
    name = NULL;
  if (g_strcmp0 (name, self->department_choice) == 0)
    return;

  g_free (self->department_choice);
  self->department_choice = g_strdup (name);
  gtk_menu_button_set_label (self->department_button, name != NULL ? name : _("All departments"));
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_no_match_hint (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEPARTMENT_FILTER]);
}

static void
mp_hr_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MpHrWindow *self = MP_HR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATE_FILTER:
      g_value_set_string (value, state_choices[self->state_choice].nick);
      break;

    case PROP_DEPARTMENT_FILTER:
      g_value_set_string (value, self->department_choice != NULL ? self->department_choice : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_hr_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MpHrWindow *self = MP_HR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATE_FILTER:
      set_state_filter (self, g_value_get_string (value));
      break;

    case PROP_DEPARTMENT_FILTER:
      set_department_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The menus' labels take underscores for mnemonics: a name shows as it is. */
static char *
escape_underscores (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/* A radio item of a filter's menu: @action's state @target checks it. */
static void
append_choice (GMenu      *menu,
               const char *label,
               const char *action,
               const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
  g_menu_append_item (menu, item);
}

static GMenu *
build_state_menu (void)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < N_STATE_CHOICES; i++)
    append_choice (menu, _(state_choices[i].label), "win.state-filter", state_choices[i].nick);

  return menu;
}

static void rebuild_department_names (MpHrWindow *self);

static void
on_department_name_changed_cb (MpHrWindow   *self,
                               GParamSpec   *pspec,
                               MpDepartment *department)
{
  rebuild_department_names (self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The department filter's choices: "All departments" and every department by name,
 * kept when the list or a name changes. */
static void
rebuild_department_names (MpHrWindow *self)
{
  GListModel *departments = mp_store_get_departments (get_store (self));
  guint n = g_list_model_get_n_items (departments);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *keep = g_strdup (self->department_choice);
  gboolean found = keep == NULL;

  for (guint i = 0; i < self->watched_departments->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_departments, i),
                                          on_department_name_changed_cb, self);
  g_ptr_array_set_size (self->watched_departments, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (departments, i);

      g_ptr_array_add (names, g_strdup (mp_department_get_name (department)));
      g_signal_connect_object (department, "notify::name", G_CALLBACK (on_department_name_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->watched_departments, g_object_ref (department));
    }
  g_ptr_array_sort (names, compare_strings);

  /* A menu of items, not of widgets: its popover is made when first opened. */
  g_menu_remove_all (self->department_menu);
  append_choice (self->department_menu, _("All departments"), "win.department-filter", "");
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *label = escape_underscores (name);

      append_choice (self->department_menu, label, "win.department-filter", name);
      found |= keep != NULL && g_str_equal (keep, name);
    }

  /* The department chosen is gone (or was renamed): every department. */
  if (!found)
    set_department_filter (self, NULL);
}

static void
on_departments_items_changed_cb (MpHrWindow *self,
                                 guint       position,
                                 guint       removed,
                                 guint       added,
                                 GListModel *model)
{
  rebuild_department_names (self);
}

/* A pairing's state or names changed (here or in another window): a row may now enter
 * or leave the filter, or move in the order (a pairing called off leaves the most urgent
 * ones). Only the range of rows that moved is announced. */
static gboolean
refilter_idle_cb (gpointer user_data)
{
  MpHrWindow *self = user_data;

  self->refilter_idle = 0;
  mp_filter_list_refresh (self->filtered);
  update_pairing_actions (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refilter (MpHrWindow *self)
{
  if (self->refilter_idle == 0)
    self->refilter_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refilter_idle_cb, self, NULL);
}

/* What queue_refilter () waits to do, done now (and not again) */
static void
refilter_now (MpHrWindow *self)
{
  g_clear_handle_id (&self->refilter_idle, g_source_remove);
  refilter_idle_cb (self);
}

/* ---- HR follow-up queue ----------------------------------------------------------- */

static gboolean
is_followed_up (MpActivityProgress *progress)
{
  const GDate *followed = mp_activity_progress_get_hr_followed_up_on (progress);

  return followed != NULL && g_date_valid (followed);
}

/* A done activity that asks for HR's follow-up, of a pairing not archived */
static gboolean
asks_follow_up (MpActivityProgress *progress)
{
  MpMentorship *mentorship = mp_activity_progress_get_mentorship (progress);
  MpProgram *program;
  MpActivity *activity;

  if (mentorship == NULL || mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ARCHIVED)
    return FALSE;
  if (mp_activity_progress_get_state (progress) != MP_ACTIVITY_STATE_DONE)
    return FALSE;

  program = mp_mentorship_get_program (mentorship);
  activity = program ? mp_program_lookup_activity (program, mp_activity_progress_get_activity_id (progress)) : NULL;

  return activity != NULL && mp_activity_get_hr_follow_up (activity);
}

/* What the follow-ups page lists: those waiting, and those recorded when asked. */
static gboolean
in_follow_ups (MpHrWindow         *self,
               MpActivityProgress *progress)
{
  return asks_follow_up (progress) && (self->show_recorded || !is_followed_up (progress));
}

/* The follow-ups waiting, as the pairings' summaries count them: what the queue will hold,
 * known without reading a single history. @mentorships (nullable) gets the mentorships
 * that have some. */
static guint
count_follow_ups_waiting (MpHrWindow *self,
                          GPtrArray  *mentorships)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pairings)), count = 0;

  for (guint i = 0; i < n; i++)
    {
      MpPairing *pairing = mp_pairing_list_peek_item (self->pairings, i);
      guint pending = mp_pairing_get_summary (pairing)->hr_follow_ups_pending;
      MpMentorship *mentorship;

      if (pending == 0)
        continue;
      mentorship = mp_pairing_get_mentorship (pairing);
      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ARCHIVED)
        continue;
      count += pending;
      if (mentorships != NULL)
        g_ptr_array_add (mentorships, mentorship);
    }

  return count;
}

/* The tab's dot and the page's count; the queue itself is read when the page is first
 * shown (its entries need the histories of thousands of pairings). */
static void
update_follow_ups_page (MpHrWindow *self)
{
  guint listed = self->follow_ups_built ? g_list_model_get_n_items (G_LIST_MODEL (self->follow_ups)) : 0;
  guint n = self->follow_ups_built ? listed : count_follow_ups_waiting (self, NULL);
  GtkStackPage *page = gtk_stack_get_page (self->stack, gtk_stack_get_child_by_name (self->stack, "follow-ups"));
  g_autofree char *text = NULL;

  /* Those recorded listed too: only those waiting count */
  for (guint i = 0; self->show_recorded && i < listed; i++)
    {
      g_autoptr(MpActivityProgress) item = g_list_model_get_item (G_LIST_MODEL (self->follow_ups), i);

      n -= is_followed_up (item) ? 1 : 0;
    }

  gtk_stack_page_set_needs_attention (page, n > 0);
  if (self->follow_ups_stack == NULL)
    return;

  if (self->follow_ups_built)
    gtk_stack_set_visible_child_name (self->follow_ups_stack, listed > 0 ? "table" : "empty");

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up waiting", "%u follow-ups waiting", n), n);
  gtk_label_set_label (self->follow_ups_count_label, n > 0 ? text : "");
  update_follow_up_actions (self);
}

/* Brings the queue's entries of one mentorship up to date: removes those followed up
 * (or no longer done), adds the new ones. */
static void
follow_ups_update_mentorship (MpHrWindow   *self,
                              MpMentorship *mentorship)
{
  GListModel *queue = G_LIST_MODEL (self->follow_ups);
  GListModel *progress = mp_store_get_activity_progress (get_store (self), mentorship);
  g_autoptr(GHashTable) queued = g_hash_table_new (NULL, NULL);
  guint n;

  for (guint i = g_list_model_get_n_items (queue); i > 0; i--)
    {
      g_autoptr(MpActivityProgress) item = g_list_model_get_item (queue, i - 1);

      if (mp_activity_progress_get_mentorship (item) != mentorship)
        continue;
      if (in_follow_ups (self, item))
        g_hash_table_add (queued, item);
      else
        g_list_store_remove (self->follow_ups, i - 1);
    }

  n = g_list_model_get_n_items (progress);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpActivityProgress) item = g_list_model_get_item (progress, i);

      if (!g_hash_table_contains (queued, item) && in_follow_ups (self, item))
        g_list_store_append (self->follow_ups, item);
    }
}

/* Only the pairings whose summary counts follow-ups waiting have any: their histories are
 * read in one query per kind, not 10,000 one by one. With those recorded, every pairing's
 * history is read (when HR asks for them). */
static void
build_follow_ups (MpHrWindow *self)
{
  MpStore *store = get_store (self);
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  ensure_page (self, LAZY_PAGE_FOLLOW_UPS);
  self->follow_ups_built = TRUE;

  if (self->show_recorded)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->pairings)); i++)
      {
        MpMentorship *mentorship = mp_pairing_get_mentorship (mp_pairing_list_peek_item (self->pairings, i));

        if (mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ARCHIVED)
          g_ptr_array_add (waiting, mentorship);
      }
  else
    count_follow_ups_waiting (self, waiting);
  if (!mp_store_preload_mentorships (store, (MpMentorship * const *) waiting->pdata, waiting->len, &error))
    g_warning ("Could not read the pairings’ activities at once: %s", error->message);

  for (guint i = 0; i < waiting->len; i++)
    {
      GListModel *progress = mp_store_get_activity_progress (store, g_ptr_array_index (waiting, i));
      guint n_progress = g_list_model_get_n_items (progress);

      for (guint j = 0; j < n_progress; j++)
        {
          MpActivityProgress *item = g_list_model_get_item (progress, j);

          if (in_follow_ups (self, item))
            g_ptr_array_add (items, item);
          else
            g_object_unref (item);
        }
    }

  g_list_store_splice (self->follow_ups, 0, g_list_model_get_n_items (G_LIST_MODEL (self->follow_ups)),
                       items->pdata, items->len);
  update_follow_ups_page (self);
}

/* After the first frame, one page per idle: they then open at once, and a screen reader
 * finds them named. (The follow-up queue waits for its page to be opened.) First the texts
 * the search looks in, for a first keystroke as quick as the next. */
static gboolean
pages_idle_cb (gpointer user_data)
{
  MpHrWindow *self = user_data;

  mp_filter_list_prepare_search (self->filtered);

  for (guint i = 0; i < N_LAZY_PAGES; i++)
    {
      if (self->page_objects[i] == NULL)
        {
          ensure_page (self, (LazyPage) i);
          return G_SOURCE_CONTINUE;
        }
    }

  self->pages_idle = 0;

  return G_SOURCE_REMOVE;
}

/* ---- Evaluation --------------------------------------------------------------------- */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
add_section (GtkBox     *box,
             const char *title)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (section), heading);
  gtk_box_append (box, section);

  return section;
}

static void
add_line (GtkWidget  *section,
          const char *text,
          gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (section), label);
}

static void
add_tile (GtkWidget  *flow,
          guint       value,
          const char *caption)
{
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%u", value);
  GtkWidget *value_label = gtk_label_new (number);
  GtkWidget *caption_label = gtk_label_new (caption);
  g_autofree char *accessible = g_strdup_printf ("%s: %u", caption, value);

  gtk_widget_add_css_class (tile, "mp-tile");
  gtk_widget_add_css_class (value_label, "title-1");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (caption_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (caption_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (tile), value_label);
  gtk_box_append (GTK_BOX (tile), caption_label);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), tile);
  /* The child the flow box wraps it in is what takes the focus: it carries the name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (tile)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static char *
percent (double value)
{
  /* Translators: a percentage, "82 %" */
  return g_strdup_printf (_("%.0f %%"), value * 100.0);
}

static void
fill_evaluation (MpHrWindow *self)
{
  GDate today;
  g_autoptr(MpEvaluation) evaluation = NULL;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *section;
  GtkWidget *flow;

  ensure_page (self, LAZY_PAGE_EVALUATION);
  self->evaluation_dirty = FALSE;
  mp_pairing_list_get_today (self->pairings, &today);
  evaluation = mp_evaluation_compute (get_store (self), G_LIST_MODEL (self->pairings), &today);
  g_clear_pointer (&self->evaluation, mp_evaluation_unref);
  self->evaluation = mp_evaluation_ref (evaluation);

  day = mp_hr_format_day (&evaluation->as_of);
  if (evaluation->program_name != NULL)
    /* Translators: "ALS Mentoring Pilot · as of 3 Mar 2026" */
    subtitle = g_strdup_printf (_("%s · as of %s"), evaluation->program_name, day);
  else
    subtitle = g_strdup_printf (_("As of %s"), day);
  gtk_label_set_label (self->evaluation_subtitle, subtitle);

  clear_box (self->evaluation_box);

  /* Pairings */
  section = add_section (self->evaluation_box, _("Pairings"));
  flow = gtk_flow_box_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pairings"), -1);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  add_tile (flow, evaluation->pairings, _("Pairings in all"));
  add_tile (flow, evaluation->started, _("Started"));
  add_tile (flow, evaluation->before_arrival, _("Before arrival"));
  add_tile (flow, evaluation->active, _("Running now"));
  add_tile (flow, evaluation->completed, _("Completed"));
  add_tile (flow, evaluation->ended_early, _("Ended early"));
  if (evaluation->called_off > 0)
    add_tile (flow, evaluation->called_off, _("Called off"));
  gtk_box_append (GTK_BOX (section), flow);

  /* Cadence */
  section = add_section (self->evaluation_box, _("Meeting cadence"));
  if (evaluation->cadence_pairings > 0)
    {
      g_autofree char *mean = percent (evaluation->cadence_mean);
      g_autofree char *line = NULL;
      g_autofree char *line2 = NULL;
      g_autofree char *threshold = percent (MP_EVALUATION_CADENCE_ON_TRACK);

      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "On average %s of the expected meetings were held on time, across %u pairing.",
                                           "On average %s of the expected meetings were held on time, across %u pairings.",
                                           evaluation->cadence_pairings),
                              mean, evaluation->cadence_pairings);
      /* The same count as a summary's "Cadence" line: a meeting still within its window is not
       * held against a pairing yet (the table's "Meetings" counts it as expected). */
      line2 = g_strdup_printf (_("%u of %u pairings held at least %s of their meetings on time (a meeting still "
                                 "within its window does not count yet)."),
                               evaluation->cadence_on_track, evaluation->cadence_pairings, threshold);
      add_line (section, line, FALSE);
      add_line (section, line2, FALSE);
    }
  else
    add_line (section, _("No pairing has had a meeting due yet."), TRUE);

  /* Activities */
  section = add_section (self->evaluation_box, _("Activities"));
  if (evaluation->activity_pairings > 0)
    {
      g_autofree char *mean = percent (evaluation->activity_mean);
      /* The share of all pairings' activities together, which the mean of each pairing's
       * share is not (a pairing with few activities weighs as much as one with many) */
      g_autofree char *pooled = percent (evaluation->activities_applicable > 0
                                         ? (double) evaluation->activities_done / evaluation->activities_applicable
                                         : 0.0);
      g_autofree char *line = NULL;
      g_autofree char *line2 = NULL;

      /* Translators: 1: a percentage, the mean of each pairing's share; 2 and 3: activities done
       * and applicable in all pairings together, 4: their percentage */
      line = g_strdup_printf (_("Each pairing has done on average %1$s of its activities; all pairings together, "
                                "%2$u of %3$u (%4$s)."),
                              mean, evaluation->activities_done, evaluation->activities_applicable, pooled);
      line2 = g_strdup_printf (_("%u of %u pairings have no activity left undone from a phase already over."),
                               evaluation->activity_on_track, evaluation->activity_pairings);
      add_line (section, line, FALSE);
      add_line (section, line2, FALSE);
    }
  else
    add_line (section, _("No pairing has started its activities yet."), TRUE);

  /* HR follow-ups */
  section = add_section (self->evaluation_box, _("HR follow-ups"));
  {
    g_autofree char *line = NULL;

    if (evaluation->follow_ups_done > 0)
      {
        g_autofree char *median = mp_evaluation_format_days (evaluation->follow_up_median_days);
        g_autofree char *longest = mp_evaluation_format_days (evaluation->follow_up_max_days);

        /* Translators: %2$s and %3$s are numbers of days, as in "1 day" or "6.5 days" */
        line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%1$u follow-up recorded, %2$s after the activity (median); "
                                             "the longest took %3$s.",
                                             "%1$u follow-ups recorded, %2$s after the activity (median); "
                                             "the longest took %3$s.",
                                             evaluation->follow_ups_done),
                                evaluation->follow_ups_done, median, longest);
      }
    else
      line = g_strdup (_("No follow-up recorded yet."));
    add_line (section, line, evaluation->follow_ups_done == 0);
    if (evaluation->follow_ups_pending > 0)
      {
        g_autofree char *pending = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up is waiting.",
                                                                 "%u follow-ups are waiting.",
                                                                 evaluation->follow_ups_pending),
                                                    evaluation->follow_ups_pending);

        add_line (section, pending, FALSE);
      }
  }

  /* Feedback: numbers only, and only for questions at least three people answered. */
  section = add_section (self->evaluation_box, _("End-of-program feedback"));
  {
    g_autofree char *who = NULL;
    g_autofree char *rule = NULL;
    GtkWidget *grid = gtk_grid_new ();

    who = g_strdup_printf (_("From %u employees and %u mentors."), evaluation->feedback_employees,
                           evaluation->feedback_mentors);
    add_line (section, who, FALSE);
    rule = g_strdup_printf (_("A question’s answers are shown only when at least %u people answered it, "
                              "and only added up. Comments stay private."),
                            MP_EVALUATION_MIN_ANSWERS);
    add_line (section, rule, TRUE);

    gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
    gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
    for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
      {
        const MpEvaluationRating *rating = &evaluation->ratings[q];
        GtkWidget *name = gtk_label_new (mp_evaluation_question_get_label (q));
        GtkWidget *value;
        g_autofree char *text = NULL;

        gtk_label_set_xalign (GTK_LABEL (name), 0);
        gtk_label_set_wrap (GTK_LABEL (name), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
        gtk_grid_attach (GTK_GRID (grid), name, 0, q, 1, 1);

        if (rating->shown)
          {
            GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 5.0);
            GString *dist = g_string_new (NULL);
            g_autofree char *mean = g_strdup_printf (_("%.1f out of 5"), rating->mean);

            for (guint r = 0; r < 5; r++)
              {
                if (r > 0)
                  g_string_append (dist, "\n");
                /* Translators: "4 ★: 3 answers" */
                g_string_append_printf (dist, g_dngettext (GETTEXT_PACKAGE, "%u ★: %u answer", "%u ★: %u answers",
                                                           rating->distribution[r]),
                                        r + 1, rating->distribution[r]);
              }

            gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), rating->mean);
            gtk_widget_set_size_request (bar, 160, -1);
            gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
            mp_widget_set_tooltip (bar, dist->str);
            gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, mean, -1);
            gtk_grid_attach (GTK_GRID (grid), bar, 1, q, 1, 1);

            /* Translators: "4.2 out of 5, from 4 answers" */
            text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, from %u answer", "%s, from %u answers",
                                                 rating->answers),
                                    mean, rating->answers);
            value = gtk_label_new (text);
            mp_widget_set_tooltip (value, dist->str);
            g_string_free (dist, TRUE);
          }
        else
          {
            text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not shown: %u answer so far",
                                                 "Not shown: %u answers so far", rating->answers),
                                    rating->answers);
            value = gtk_label_new (text);
            gtk_widget_add_css_class (value, "dim-label");
          }

        gtk_label_set_xalign (GTK_LABEL (value), 0);
        gtk_label_set_wrap (GTK_LABEL (value), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
        gtk_widget_set_hexpand (value, TRUE);
        gtk_grid_attach (GTK_GRID (grid), value, rating->shown ? 2 : 1, q, rating->shown ? 1 : 2, 1);
      }
    gtk_box_append (GTK_BOX (section), grid);
  }
}

static gboolean
evaluation_visible (MpHrWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "evaluation") == 0;
}

/* ---- Store changes ---------------------------------------------------------------- */


/* Someone renamed: the pairings' names changed (the pairing list heard it first), and the
 * texts the search looks in (the filtered list's copies) follow at once, before the next
 * keystroke. */
static void
on_store_people_changed_cb (MpHrWindow *self,
                            MpStore    *store)
{
  refilter_now (self);
  /* The staff list too: someone renamed may no longer match its search, or now match it. */
  if (self->people_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->people_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
staff_refresh_idle_cb (gpointer user_data)
{
  MpHrWindow *self = user_data;

  self->staff_refresh_idle = 0;
  mp_hr_columns_refresh (self->people_view);

  return G_SOURCE_REMOVE;
}

/* The staff table's counts of mentees and its suggested mentors come from the pairings,
 * not from the people its rows show: a change of pairings fills its rows on screen again,
 * once for a batch of changes. */
static void
queue_staff_refresh (MpHrWindow *self)
{
  if (self->people_selection != NULL && self->staff_refresh_idle == 0)
    self->staff_refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, staff_refresh_idle_cb, self, NULL);
}

static void
on_store_mentorship_changed_cb (MpHrWindow   *self,
                                MpMentorship *mentorship,
                                MpStore      *store)
{
  queue_refilter (self);
  queue_staff_refresh (self);

  if (self->follow_ups_built)
    follow_ups_update_mentorship (self, mentorship);
  update_follow_ups_page (self);

  self->evaluation_dirty = TRUE;
  if (evaluation_visible (self))
    fill_evaluation (self);
}

static void
on_pairings_items_changed_cb (MpHrWindow *self,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GListModel *model)
{
  queue_staff_refresh (self);

  /* A purge removes a pairing: its queue entries go too. */
  if (self->follow_ups_built)
    {
      if (removed > 0)
        build_follow_ups (self);
      else
        {
          for (guint i = 0; i < added; i++)
            {
              g_autoptr(MpPairing) pairing = g_list_model_get_item (model, position + i);

              follow_ups_update_mentorship (self, mp_pairing_get_mentorship (pairing));
            }
        }
    }
  update_follow_ups_page (self);

  self->evaluation_dirty = TRUE;
  if (evaluation_visible (self))
    fill_evaluation (self);
  update_count (self);
}

static void
on_store_refreshed_cb (MpHrWindow *self,
                       MpStore    *store)
{
  queue_refilter (self);
  queue_staff_refresh (self);
  if (self->follow_ups_built)
    build_follow_ups (self);
}

/* ---- Pairing actions -------------------------------------------------------------- */

/* Whether @pairing's start day has come (a pairing still to start cannot be completed, and
 * ending it calls it off). */
static gboolean
has_started (MpHrWindow *self,
             MpPairing  *pairing)
{
  GDate today;

  mp_pairing_list_get_today (self->pairings, &today);

  return !mp_mentorship_starts_after (mp_pairing_get_mentorship (pairing), &today);
}

/* Whether this window may write now: not on a read-only database, nor while an import or
 * export runs (its own store's write would keep this one waiting). */
static gboolean
may_write (MpHrWindow *self)
{
  return !mp_store_is_read_only (get_store (self)) && !self->working;
}

static void
update_pairing_actions (MpHrWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_selected = gtk_bitset_get_size (selected);
  g_autoptr(MpPairing) pairing = selected_pairing (self);
  MpMentorshipStatus status = pairing ? mp_mentorship_get_status (mp_pairing_get_mentorship (pairing))
                                      : MP_MENTORSHIP_STATUS_ACTIVE;
  gboolean writable = may_write (self);
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.end-pairing",
                                 writable && pairing && status == MP_MENTORSHIP_STATUS_ACTIVE);
  /* Its dialog calls off a pairing that has not started (mp_end_pairing_dialog_new ()) */
  mp_widget_set_tooltip (self->end_button,
                         pairing && status == MP_MENTORSHIP_STATUS_ACTIVE && !has_started (self, pairing)
                           ? _("Call off the selected pairing, which has not started; its history is kept")
                           : _("End the selected pairing before the program ends; its history is kept"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.complete-pairing",
                                 writable && pairing && status == MP_MENTORSHIP_STATUS_ACTIVE &&
                                 has_started (self, pairing));
  /* Reading needs one pairing, and no import or export running (its report reads the store) */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-summary", pairing != NULL && !self->working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.archive-pairing",
                                 writable && pairing && (status == MP_MENTORSHIP_STATUS_COMPLETED ||
                                                         status == MP_MENTORSHIP_STATUS_ENDED_EARLY));
  /* An archived pairing selected: the way back instead */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.unarchive-pairing",
                                 writable && pairing && status == MP_MENTORSHIP_STATUS_ARCHIVED);
  gtk_widget_set_visible (self->archive_button, !(pairing && status == MP_MENTORSHIP_STATUS_ARCHIVED));
  gtk_widget_set_visible (self->unarchive_button, pairing && status == MP_MENTORSHIP_STATUS_ARCHIVED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.purge-pairing",
                                 writable && pairing && status != MP_MENTORSHIP_STATUS_ACTIVE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-pairing", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.closed-days", writable);

  if (n_selected > 1)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n_selected), n_selected);
  else if (pairing != NULL)
    /* Translators: the selected pairing, "Liam O'Brien with Helen Okafor" */
    text = g_strdup_printf (_("%s with %s"), mp_pairing_get_employee_name (pairing),
                            mp_pairing_get_mentor_name (pairing));
  gtk_label_set_label (self->selection_label, text ? text : "");
}

static void
on_selection_changed_cb (MpHrWindow        *self,
                         guint              position,
                         guint              n_items,
                         GtkSelectionModel *model)
{
  update_pairing_actions (self);
}

/* Where @mentorship's pairing is in the table as it is now (one looked up by position
 * earlier may have moved since), or GTK_INVALID_LIST_POSITION when the filters hide it */
static guint
mentorship_position (MpHrWindow   *self,
                     MpMentorship *mentorship)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (mp_pairing_get_mentorship (pairing) == mentorship)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
on_pairing_created_cb (MpHrWindow      *self,
                       MpMentorship    *mentorship,
                       MpPairingDialog *dialog)
{
  MpPerson *employee = mp_mentorship_get_employee (mentorship);
  MpPerson *mentor = mp_mentorship_get_mentor (mentorship);
  g_autofree char *text = NULL;
  guint position;

  /* Translators: "Priya Raman is now paired with Helen Okafor." */
  text = g_strdup_printf (_("%s is now paired with %s."), mp_person_get_name (employee), mp_person_get_name (mentor));
  show_banner (self, FALSE, text);

  /* Select the new row, when the filters show it. */
  position = mentorship_position (self, mentorship);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
      scroll_to_row (self->pairings_view, position);
    }
}

static void
new_pairing_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpPairingDialog *dialog = mp_pairing_dialog_new (GTK_WINDOW (self), get_store (self));

  g_signal_connect_object (dialog, "created", G_CALLBACK (on_pairing_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The end dialog closed: says what became of the pairing, if it ended */
static void
on_end_dialog_destroy_cb (MpHrWindow *self,
                          GtkWindow  *dialog)
{
  MpMentorship *mentorship = g_object_get_data (G_OBJECT (dialog), "mp-mentorship");
  MpPerson *employee = mp_mentorship_get_employee (mentorship);
  MpPerson *mentor = mp_mentorship_get_mentor (mentorship);
  g_autofree char *text = NULL;

  /* (It goes with the window too: nothing to say then) */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
    return;

  text = mp_mentorship_is_called_off (mentorship)
         /* Translators: "The pairing of Priya Raman with Helen Okafor is called off." */
         ? g_strdup_printf (_("The pairing of %s with %s is called off."), mp_person_get_name (employee),
                            mp_person_get_name (mentor))
         /* Translators: "The pairing of Liam O'Brien with Helen Okafor ended early." */
         : g_strdup_printf (_("The pairing of %s with %s ended early."), mp_person_get_name (employee),
                            mp_person_get_name (mentor));
  show_banner (self, FALSE, text);
}

static void
end_pairing_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(MpPairing) pairing = selected_pairing (self);
  GtkWindow *dialog;

  if (pairing == NULL)
    return;

  dialog = mp_end_pairing_dialog_new (GTK_WINDOW (self), get_store (self), mp_pairing_get_mentorship (pairing));
  g_object_set_data_full (G_OBJECT (dialog), "mp-mentorship", g_object_ref (mp_pairing_get_mentorship (pairing)),
                          g_object_unref);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_end_dialog_destroy_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

/* A pairing left the table (deleted, archived, restored) from @position: the focus, which
 * was on its row or on the button that took it away, goes to the row that took its place,
 * or to the last row when it was the last (as a file manager does), selected. With no row
 * left, to the state filter, which shows the others (or, with no pairing at all, to what
 * makes one). The screen reader hears @message there. */
static void
focus_after_removal (MpHrWindow *self,
                     guint       position,
                     const char *message)
{
  g_autoptr(MpPairing) pairing = NULL;
  GtkWidget *item;
  guint n;

  /* (an archived pairing leaves the table when the filters are asked again, soon: now) */
  refilter_now (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  if (n == 0)
    {
      if (gtk_widget_get_visible (self->pairings_toolbar))
        mp_a11y_focus_and_say (GTK_WIDGET (self->state_button), message);
      else
        mp_a11y_focus_and_say (GTK_WIDGET (self->pairings_stack), message);
      return;
    }

  position = MIN (position, n - 1);
  pairing = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  /* Scrolling tracks the row, which makes its widget now if it has none. */
  scroll_to_row (self->pairings_view, position);
  item = pairing_item_widget (self, pairing);
  if (item == NULL || !mp_a11y_focus_and_say (item, message))
    mp_a11y_focus_and_say (GTK_WIDGET (self->pairings_view), message);
}

/* Asks @question about @mentorship's pairing, with @details below; Cancel is the default,
 * @accept_label answers GTK_RESPONSE_ACCEPT. @response_cb gets the window and destroys the
 * dialog; the mentorship rides along as "mp-mentorship". */
static void
confirm_for_pairing (MpHrWindow     *self,
                     MpMentorship   *mentorship,
                     GtkMessageType  type,
                     const char     *question,
                     const char     *details,
                     const char     *accept_label,
                     const char     *accept_class,
                     GCallback       response_cb)
{
  GtkWidget *dialog;

  dialog = mp_confirm_dialog_new (GTK_WINDOW (self), type, question, details, _("_Cancel"), accept_label,
                                  accept_class);
  g_object_set_data_full (G_OBJECT (dialog), "mp-mentorship", g_object_ref (mentorship), g_object_unref);
  g_signal_connect_object (dialog, "response", response_cb, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_complete_response_cb (GtkDialog  *dialog,
                         int         response,
                         MpHrWindow *self)
{
  MpMentorship *mentorship = g_object_get_data (G_OBJECT (dialog), "mp-mentorship");
  g_autoptr(GError) error = NULL;
  GDate today;

  if (response == GTK_RESPONSE_ACCEPT && mentorship != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: "The pairing of Priya Raman with Helen Okafor is completed." */
      text = g_strdup_printf (_("The pairing of %s with %s is completed."),
                              mp_person_get_name (mp_mentorship_get_employee (mentorship)),
                              mp_person_get_name (mp_mentorship_get_mentor (mentorship)));
      mp_pairing_list_get_today (self->pairings, &today);
      if (!mp_store_complete_mentorship (get_store (self), mentorship, &today, &error))
        show_error (self, _("Could not mark the pairing as completed"), error);
      else
        show_banner (self, FALSE, text);
      update_pairing_actions (self);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* How many of @mentorship's meetings ending it on @today would call off (as the store
 * does: those scheduled from mp_schedule_end_cutoff () on). */
static guint
count_meetings_to_come (MpStore      *store,
                        MpMentorship *mentorship,
                        const GDate  *today)
{
  GListModel *meetings = mp_store_get_meetings (store, mentorship);
  g_autoptr(GDateTime) from = mp_schedule_end_cutoff (today);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED &&
          mp_meeting_get_starts_at (meeting) != NULL &&
          g_date_time_compare (mp_meeting_get_starts_at (meeting), from) >= 0)
        n++;
    }

  return n;
}

/* Asks first: a completed pairing cannot become active again, and its meetings still to
 * come are cancelled. */
static void
complete_pairing_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(MpPairing) pairing = selected_pairing (self);
  g_autofree char *question = NULL;
  MpProgressSummary *summary;
  MpMentorship *mentorship;
  GString *details, *open;
  GDate today;
  guint n_to_come, n_open, n_missed;
  gboolean running;

  if (pairing == NULL)
    return;

  mentorship = mp_pairing_get_mentorship (pairing);
  summary = mp_pairing_get_summary (pairing);
  mp_pairing_list_get_today (self->pairings, &today);
  n_to_come = count_meetings_to_come (get_store (self), mentorship, &today);

  /* Before the program's end, or with activities not done, the question says what is still
   * open, and the safe answer is the default */
  running = summary != NULL && g_date_valid (&summary->schedule.program_end) &&
            g_date_compare (&today, &summary->schedule.program_end) < 0;
  n_open = summary != NULL && summary->activities_applicable > summary->activities_done
           ? summary->activities_applicable - summary->activities_done : 0;
  n_missed = summary != NULL && summary->schedule.slots_judged > summary->schedule.slots_kept
             ? summary->schedule.slots_judged - summary->schedule.slots_kept : 0;
  open = g_string_new (NULL);
  if (n_missed > 0)
    g_string_append_printf (open,
                            /* Translators: "2 of the meetings the program expected were missed." */
                            g_dngettext (GETTEXT_PACKAGE, "%u of the meetings the program expected was missed.",
                                         "%u of the meetings the program expected were missed.", n_missed),
                            n_missed);
  if (n_open > 0 && open->len > 0)
    g_string_append_c (open, ' ');
  if (n_open > 0)
    g_string_append_printf (open,
                            /* Translators: "5 of the program’s 8 activities are not done." */
                            g_dngettext (GETTEXT_PACKAGE, "%1$u of the program’s %2$u activities is not done.",
                                         "%1$u of the program’s %2$u activities are not done.", n_open),
                            n_open, summary->activities_applicable);
  if (running)
    {
      GDate last = summary->schedule.program_end;
      g_autofree char *day = NULL;

      g_date_subtract_days (&last, 1);
      day = mp_hr_format_day (&last);
      if (open->len > 0)
        g_string_append_c (open, ' ');
      /* Translators: %s is the program's last day */
      g_string_append_printf (open, _("The program runs until %s."), day);
    }

  /* What is still open comes first, below the question (a heading: kept short) */
  details = g_string_new (open->str);
  if (details->len > 0)
    g_string_append_c (details, '\n');
  if (running)
    {
      g_string_append (details, _("To stop it early for another reason, use End Early instead."));
      g_string_append (details, " ");
    }
  if (n_to_come > 0)
    {
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "Its meeting still to come will be cancelled.",
                                                    "Its %u meetings still to come will be cancelled.", n_to_come),
                              n_to_come);
      g_string_append (details, " ");
    }
  g_string_append (details, _("A completed pairing can be archived, but not made active again."));

  /* Translators: a question; "Mark the pairing of Priya Raman with Helen Okafor as completed?" */
  question = g_strdup_printf (_("Mark the pairing of %s with %s as completed?"), mp_pairing_get_employee_name (pairing),
                              mp_pairing_get_mentor_name (pairing));
  /* Nothing open: the plain question, its button suggested; else no button stands out and
   * Cancel is the default and has the focus (Enter and Escape keep the pairing running) */
  confirm_for_pairing (self, mentorship, GTK_MESSAGE_QUESTION, question, details->str, _("_Mark Completed"),
                       open->len > 0 ? NULL : "suggested-action", G_CALLBACK (on_complete_response_cb));
  g_string_free (open, TRUE);
  g_string_free (details, TRUE);
}

/* "win.archive-pairing" and "win.unarchive-pairing": nothing is lost either way (an
 * archived pairing only leaves the usual lists; choose "Archived" to see it). */
static void
archive_pairing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  guint position = selected_position (self);
  g_autoptr(MpPairing) pairing = selected_pairing (self);
  g_autoptr(GError) error = NULL;
  gboolean archive = g_str_equal (action_name, "win.archive-pairing");
  const char *employee, *mentor;
  g_autofree char *text = NULL;
  gboolean ok;

  if (pairing == NULL)
    return;

  employee = mp_pairing_get_employee_name (pairing);
  mentor = mp_pairing_get_mentor_name (pairing);
  text = archive
         ? g_strdup_printf (_("The pairing of %s with %s is archived. Choose “Archived” in the state filter to "
                              "see it, or to restore it."), employee, mentor)
         /* Translators: "The pairing of Liam O'Brien with Helen Okafor is back among the finished ones." */
         : g_strdup_printf (_("The pairing of %s with %s is back among the finished ones."), employee, mentor);
  ok = archive ? mp_store_archive_mentorship (get_store (self), mp_pairing_get_mentorship (pairing), &error)
               : mp_store_unarchive_mentorship (get_store (self), mp_pairing_get_mentorship (pairing), &error);
  if (!ok)
    show_error (self, archive ? _("Could not archive the pairing") : _("Could not restore the pairing"), error);
  else
    {
      show_banner (self, FALSE, text);
      focus_after_removal (self, position, text);
    }
  update_pairing_actions (self);
}

static void
append_item (GString *text,
             char    *item)
{
  g_string_append (text, "\n• ");
  g_string_append (text, item);
  g_free (item);
}

static void
on_purge_response_cb (GtkDialog    *dialog,
                      int           response,
                      MpHrWindow   *self)
{
  MpMentorship *mentorship = g_object_get_data (G_OBJECT (dialog), "mp-mentorship");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && mentorship != NULL)
    {
      const char *text = _("The pairing and its history were deleted.");
      guint position = mentorship_position (self, mentorship);

      if (!mp_store_purge_mentorship (get_store (self), mentorship, &error))
        show_error (self, _("Could not delete the pairing"), error);
      else
        {
          show_banner (self, FALSE, text);
          focus_after_removal (self, position, text);
        }
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
purge_pairing_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(MpPairing) pairing = selected_pairing (self);
  MpStore *store = get_store (self);
  g_autofree char *question = NULL;
  MpMentorship *mentorship;
  GString *details;
  guint n_meetings, n_activities, n_concerns, n_introductions, n_feedback;

  if (pairing == NULL)
    return;

  mentorship = mp_pairing_get_mentorship (pairing);
  n_meetings = g_list_model_get_n_items (mp_store_get_meetings (store, mentorship));
  n_activities = g_list_model_get_n_items (mp_store_get_activity_progress (store, mentorship));
  n_concerns = g_list_model_get_n_items (mp_store_get_concerns (store, mentorship));
  n_introductions = g_list_model_get_n_items (mp_store_get_introductions (store, mentorship));
  n_feedback = g_list_model_get_n_items (mp_store_get_feedback (store, mentorship));

  details = g_string_new (_("This deletes, for good:"));
  append_item (details, g_strdup (_("the pairing itself and its dates")));
  if (n_meetings > 0)
    append_item (details, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting (with its agenda and summary)",
                                                        "%u meetings (with their agendas and summaries)", n_meetings),
                                           n_meetings));
  if (n_activities > 0)
    append_item (details, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity record",
                                                        "%u activity records", n_activities), n_activities));
  if (n_concerns > 0)
    append_item (details, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u concern", "%u concerns", n_concerns),
                                           n_concerns));
  if (n_introductions > 0)
    append_item (details, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u introduction", "%u introductions",
                                                        n_introductions), n_introductions));
  if (mp_store_get_agreement (store, mentorship) != NULL)
    append_item (details, g_strdup (_("the agreement on how to keep in touch")));
  if (n_feedback > 0)
    append_item (details, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u piece of feedback",
                                                        "%u pieces of feedback", n_feedback), n_feedback));
  g_string_append (details, "\n\n");
  g_string_append (details, _("Private notes on its meetings kept on this computer go too, and the pilot "
                               "evaluation will no longer count this pairing. This cannot be undone."));
  if (mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ARCHIVED)
    {
      g_string_append (details, " ");
      g_string_append (details, _("To keep its history out of the way instead, archive it."));
    }

  question = g_strdup_printf (_("Delete the pairing of %s with %s for good?"), mp_pairing_get_employee_name (pairing),
                              mp_pairing_get_mentor_name (pairing));
  confirm_for_pairing (self, mentorship, GTK_MESSAGE_WARNING, question, details->str, _("_Delete for Good"),
                       "destructive-action", G_CALLBACK (on_purge_response_cb));
  g_string_free (details, TRUE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "staff") == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->staff_search_entry));
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "pairings");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- Printing --------------------------------------------------------------------- */

/* Says where a printout went, as the app's exports say where they wrote */
static void
say_printed (MpHrWindow        *self,
             GtkPrintOperation *operation)
{
  g_autofree char *path = mp_print_operation_dup_output_path (MP_PRINT_OPERATION (operation));
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *printer = settings != NULL ? gtk_print_settings_get_printer (settings) : NULL;
  int n_pages = gtk_print_operation_get_n_pages_to_print (operation);
  g_autofree char *text = NULL;

  if (path != NULL)
    {
      g_autofree char *name = g_filename_display_basename (path);

      /* Translators: "Saved 7 pages as “summaries-2026-12-02.pdf”." */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %d page as “%s”.", "Saved %d pages as “%s”.",
                                           n_pages),
                              n_pages, name);
    }
  else if (printer != NULL)
    /* Translators: "Sent 7 pages to “Office Laser”." (a printer's name) */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sent %d page to “%s”.", "Sent %d pages to “%s”.",
                                         n_pages),
                            n_pages, printer);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sent %d page to the printer.",
                                         "Sent %d pages to the printer.", n_pages),
                            n_pages);
  show_banner (self, FALSE, text);
}

/* A print to a file: GTK writes the file after "done", and says here when it has, or failed */
static void
on_print_status_changed_cb (MpHrWindow        *self,
                            GtkPrintOperation *operation)
{
  GtkPrintStatus status = gtk_print_operation_get_status (operation);

  if (status != GTK_PRINT_STATUS_FINISHED && status != GTK_PRINT_STATUS_FINISHED_ABORTED)
    return;

  g_signal_handlers_disconnect_by_func (operation, on_print_status_changed_cb, self);
  if (status == GTK_PRINT_STATUS_FINISHED)
    say_printed (self, operation);
  else
    {
      g_autofree char *path = mp_print_operation_dup_output_path (MP_PRINT_OPERATION (operation));
      g_autofree char *name = path != NULL ? g_filename_display_basename (path) : g_strdup ("");
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED,
                                             /* Translators: %s is a file's name */
                                             _("“%s” could not be written."), name);

      show_error (self, _("Could not print"), error);
    }
}

static void
on_print_done_cb (MpHrWindow              *self,
                  GtkPrintOperationResult  result,
                  GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  /* (the dialog's "Print to File" named a database, say: refused, nothing written) */
  else if (result == GTK_PRINT_OPERATION_RESULT_CANCEL)
    mp_print_operation_get_refusal (MP_PRINT_OPERATION (operation), &error);
  if (error != NULL)
    show_error (self, _("Could not print"), error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
           !mp_print_operation_get_previewed (MP_PRINT_OPERATION (operation)))
    {
      g_autofree char *path = mp_print_operation_dup_output_path (MP_PRINT_OPERATION (operation));

      /* A file is not written yet unless the operation has finished (an export has) */
      if (path != NULL && !gtk_print_operation_is_finished (operation))
        g_signal_connect_object (operation, "status-changed", G_CALLBACK (on_print_status_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      else
        say_printed (self, operation);
    }

  if ((GtkPrintOperation *) self->print_operation == operation)
    g_clear_object (&self->print_operation);
}

/* @export_path: the PDF to write without a dialog; otherwise the dialog's "Print to File"
 * offers a file named after the report, the pilot evaluation's if @evaluation */
static gboolean
run_print (MpHrWindow              *self,
           MpReport                *report,
           GtkPrintOperationAction  action,
           const char              *export_path,
           gboolean                 evaluation,
           GtkWindow               *parent,
           GError                 **error)
{
  g_autoptr(MpPrintOperation) operation = mp_print_operation_new (report);
  GtkPrintOperationResult result;

  if (self->print_operation != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PENDING, _("Another printout is still being prepared."));
      return FALSE;
    }

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), export_path);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
      g_autofree char *name = NULL;

      /* Translators: the file name a printout to a file is offered, without its extension;
       * %s is the day, as 2026-12-01 */
      name = g_strdup_printf (evaluation ? _("pilot-evaluation-%s") : _("progress-summaries-%s"), day);
      mp_print_operation_suggest_file_name (operation, name);
    }
  gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (operation), action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, G_CONNECT_SWAPPED);

  self->print_operation = g_object_ref (operation);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), action,
                                    parent != NULL ? parent : GTK_WINDOW (self), error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_clear_object (&self->print_operation);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static GPtrArray *
shown_pairings (MpHrWindow *self,
                gboolean    selected_only)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *pairings = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  if (selected_only && !gtk_bitset_is_empty (selected))
    {
      GtkBitsetIter iter;
      guint position;

      for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
           ok = gtk_bitset_iter_next (&iter, &position))
        g_ptr_array_add (pairings, g_list_model_get_item (model, position));
    }
  else
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (pairings, g_list_model_get_item (model, i));
    }

  return pairings;
}

/* TRUE when @pairings has some; else says why in the banner (@export: exported, not printed). */
static gboolean
check_some_pairings (MpHrWindow *self,
                     GPtrArray  *pairings,
                     gboolean    export)
{
  if (pairings->len > 0)
    return TRUE;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->pairings)) == 0)
    show_banner (self, TRUE, export ? _("There is no pairing yet: nothing to export.")
                                    : _("There is no pairing yet: nothing to print."));
  else
    show_banner (self, TRUE, export ? _("No pairing is shown, so there is nothing to export: change the state or "
                                        "department filter, or clear the search.")
                                    : _("No pairing is shown, so there is nothing to print: change the state or "
                                        "department filter, or clear the search."));
  return FALSE;
}

static void
print_pairings (MpHrWindow *self,
                gboolean    selected_only)
{
  g_autoptr(GPtrArray) pairings = shown_pairings (self, selected_only);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (!check_some_pairings (self, pairings, FALSE))
    return;

  report = mp_report_new_summaries (get_store (self), pairings, now, &error);
  if (report == NULL || !run_print (self, report, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, FALSE, NULL, &error))
    show_error (self, _("Could not print"), error);
}

/* The summary window's Print: a report of its own (GTK lays it out for the paper chosen),
 * its dialog over the summary window */
static void
on_viewer_print_requested_cb (MpHrWindow      *self,
                              MpSummaryViewer *viewer)
{
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (pairings, g_object_ref (mp_summary_viewer_get_pairing (viewer)));
  report = mp_report_new_summaries (get_store (self), pairings, now, &error);
  if (report == NULL ||
      !run_print (self, report, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, FALSE, GTK_WINDOW (viewer), &error))
    show_error (self, _("Could not print"), error);
}

/* "win.show-summary" (Enter or a double click on a pairing): its progress summary, on
 * screen as it prints */
static void
show_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(MpPairing) pairing = selected_pairing (self);
  g_autoptr(GError) error = NULL;
  MpSummaryViewer *viewer;

  if (pairing == NULL)
    return;

  viewer = mp_summary_viewer_new (get_store (self), pairing, &error);
  if (viewer == NULL)
    {
      show_error (self, _("Could not show the summary"), error);
      return;
    }

  gtk_window_set_transient_for (GTK_WINDOW (viewer), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (viewer), TRUE);
  g_signal_connect_object (viewer, "print-requested", G_CALLBACK (on_viewer_print_requested_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (viewer));
}

static void
on_pairings_view_activate_cb (MpHrWindow  *self,
                              guint        position,
                              GtkGridView *view)
{
  /* The row activated (the one with the focus, which Ctrl+arrows move without selecting),
   * alone selected, is the one shown */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-summary", NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);

  if (evaluation_visible (self))
    gtk_widget_activate_action (widget, "win.print-evaluation", NULL);
  else
    print_pairings (self, g_str_equal (action_name, "win.print"));
}

static void
print_evaluation_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (self->evaluation == NULL || self->evaluation_dirty)
    fill_evaluation (self);

  report = mp_report_new_evaluation (self->evaluation, now);
  if (!run_print (self, report, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, TRUE, NULL, &error))
    show_error (self, _("Could not print the evaluation"), error);
}

/* ---- Import and export ------------------------------------------------------------ */

/* An import or an export runs on a thread of its own, on a store of its own for the same
 * files: the window's store, and every window, stay as they were and keep answering; once an
 * import commits, the window's store reads what changed, as it does after another
 * computer's import. HR sees its progress (and can cancel it) in a window that comes only
 * when it takes more than a moment, so that a small file shows none. */
#define PROGRESS_DELAY_MS 400
#define PROGRESS_TICK_MS  100

typedef enum
{
  DATA_JOB_IMPORT,
  DATA_JOB_EXPORT,
} DataJobKind;

typedef struct
{
  /* Set before the thread starts, then only read */
  DataJobKind          kind;
  char                *shared_path;
  char                *private_path;
  MpStoreOpenFlags     flags;
  GFile               *file;
  char                *path;
  char                *name;
  gboolean             unless_updating;

  /* Written by the thread, read by the window's timer, together */
  GMutex               lock;
  MpJsonStage          stage;
  guint                done;
  guint                total;

  /* An import's, set by the thread before it returns */
  MpJsonImportSummary  summary;
  gboolean             imported;
} DataJob;

static void
data_job_free (DataJob *job)
{
  g_mutex_clear (&job->lock);
  g_free (job->shared_path);
  g_free (job->private_path);
  g_clear_object (&job->file);
  g_free (job->path);
  g_free (job->name);
  g_free (job);
}

/* On the job's thread. */
static void
on_job_progress_cb (MpJsonStage stage,
                    guint       done,
                    guint       total,
                    gpointer    user_data)
{
  DataJob *job = user_data;

  g_mutex_lock (&job->lock);
  job->stage = stage;
  job->done = done;
  job->total = total;
  g_mutex_unlock (&job->lock);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  DataJob *job = task_data;
  g_autoptr(MpStore) store = NULL;
  GError *error = NULL;
  gboolean ok;

  /* The window's store belongs to the main thread: this one is the thread's own. */
  store = mp_store_open_full (job->shared_path, job->private_path, job->flags | MP_STORE_OPEN_NO_WATCH, &error);
  if (store == NULL || g_cancellable_set_error_if_cancelled (cancellable, &error))
    ok = FALSE;
  else if (job->kind == DATA_JOB_IMPORT)
    ok = mp_json_import_file_full (store, job->path,
                                   job->unless_updating ? MP_JSON_IMPORT_UNLESS_UPDATING : MP_JSON_IMPORT_DEFAULT,
                                   cancellable, on_job_progress_cb, job, &job->summary, &job->imported, &error);
  else
    ok = mp_json_export_file_full (store, job->path, cancellable, on_job_progress_cb, job, &error);

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_progress_cancel_cb (ProgressWindow *progress)
{
  progress->cancel (progress->cancel_data);
}

static gboolean
on_progress_close_request_cb (GtkWindow      *window,
                              ProgressWindow *progress)
{
  on_progress_cancel_cb (progress);

  return TRUE;
}

static gboolean
on_progress_escape_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  on_progress_cancel_cb (user_data);

  return TRUE;
}

static void
progress_window_open (ProgressWindow     *progress,
                      MpHrWindow         *self,
                      const char         *title,
                      const char         *text,
                      ProgressCancelFunc  cancel,
                      gpointer            cancel_data)
{
  GtkWidget *box, *label;
  GtkEventController *keys;

  progress->cancel = cancel;
  progress->cancel_data = cancel_data;
  /* (a dialog to a screen reader, as the app's other dialogs are) */
  progress->window = g_object_new (GTK_TYPE_WINDOW, "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG, NULL);
  gtk_window_set_title (progress->window, title);
  gtk_window_set_transient_for (progress->window, GTK_WINDOW (self));
  gtk_window_set_modal (progress->window, TRUE);
  gtk_window_set_resizable (progress->window, FALSE);
  gtk_window_set_deletable (progress->window, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (progress->window), "mp-form-dialog");
  gtk_window_set_default_size (progress->window, 420, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (box, "mp-form");
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  progress->label = GTK_LABEL (label);
  progress->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (progress->bar, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (progress->bar), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (progress->bar));
  progress->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_halign (progress->cancel_button, GTK_ALIGN_END);
  g_signal_connect_swapped (progress->cancel_button, "clicked", G_CALLBACK (on_progress_cancel_cb), progress);
  gtk_box_append (GTK_BOX (box), progress->cancel_button);
  gtk_window_set_child (progress->window, box);
  gtk_window_set_default_widget (progress->window, progress->cancel_button);
  g_signal_connect (progress->window, "close-request", G_CALLBACK (on_progress_close_request_cb), progress);
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (on_progress_escape_cb, progress,
                                                                                   NULL)));
  gtk_widget_add_controller (GTK_WIDGET (progress->window), keys);
  gtk_window_present (progress->window);
}

static void
progress_window_close (ProgressWindow *progress)
{
  if (progress->window != NULL)
    {
      g_signal_handlers_disconnect_by_func (progress->window, on_progress_close_request_cb, progress);
      gtk_window_destroy (progress->window);
    }
  memset (progress, 0, sizeof *progress);
}

/* Import, export and print: one job at a time, and none while an import or export runs. */
static void
update_file_actions (MpHrWindow *self)
{
  static const char * const file_actions[] = {
    "win.export", "win.export-pdf", "win.print", "win.print-shown", "win.print-evaluation",
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", may_write (self));
  for (guint i = 0; i < G_N_ELEMENTS (file_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), file_actions[i], !self->working);
}

/* What may be done changes with self->working: every action that writes or starts a job. */
static void
update_job_actions (MpHrWindow *self)
{
  update_pairing_actions (self);
  on_simple_selection_changed_cb (self);
  update_file_actions (self);
}

static void
job_cancel (gpointer data)
{
  MpHrWindow *self = MP_HR_WINDOW (data);
  DataJob *job = self->job;

  if (self->job_cancellable == NULL || g_cancellable_is_cancelled (self->job_cancellable))
    return;

  g_cancellable_cancel (self->job_cancellable);
  if (self->job_progress.window != NULL)
    {
      gtk_label_set_label (self->job_progress.label, job->kind == DATA_JOB_IMPORT ? _("Cancelling the import…")
                                                                                 : _("Cancelling the export…"));
      gtk_widget_set_sensitive (self->job_progress.cancel_button, FALSE);
    }
}

static void
job_progress_open (MpHrWindow *self,
                   DataJob    *job)
{
  g_autofree char *text = NULL;

  if (job->kind == DATA_JOB_IMPORT)
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("Importing “%s”…"), job->name);
      progress_window_open (&self->job_progress, self, _("Importing"), text, job_cancel, self);
    }
  else
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("Exporting staff and pairings to “%s”…"), job->name);
      progress_window_open (&self->job_progress, self, _("Exporting"), text, job_cancel, self);
    }
}

/* Where the job is. An import: reading the file (no count), checking (the first third of
 * the bar), writing (the rest: most of a large import's time). An export: reading the
 * mentorships (most of the bar), then writing the file (no count). */
static void
job_progress_update (MpHrWindow *self,
                     DataJob    *job)
{
  GtkProgressBar *bar = self->job_progress.bar;
  g_autofree char *text = NULL;
  MpJsonStage stage;
  guint done, total;
  double part, fraction;

  if (bar == NULL)
    return;

  g_mutex_lock (&job->lock);
  stage = job->stage;
  done = job->done;
  total = MAX (job->total, done);
  g_mutex_unlock (&job->lock);
  part = total > 0 ? (double) done / total : 0.0;

  if (job->kind == DATA_JOB_IMPORT && stage == MP_JSON_STAGE_CHECKING)
    {
      /* Translators: the import's progress: records of the file checked */
      text = g_strdup_printf (_("Checking record %u of %u"), done, total);
      fraction = part / 3.0;
    }
  else if (job->kind == DATA_JOB_IMPORT && stage == MP_JSON_STAGE_WRITING)
    {
      /* Translators: the import's progress: records added or changed */
      text = g_strdup_printf (_("Writing record %u of %u"), done, total);
      fraction = 1.0 / 3.0 + 2.0 / 3.0 * part;
    }
  else if (job->kind == DATA_JOB_EXPORT && stage == MP_JSON_STAGE_READING && total > 0)
    {
      /* Translators: the export's progress: mentorships read from the database */
      text = g_strdup_printf (_("Reading pairing %u of %u"), done, total);
      fraction = 0.9 * part;
    }
  else
    {
      /* Not counted: an import reading its file, an export reading the database before its
       * first pairing or writing its file. */
      if (stage == MP_JSON_STAGE_WRITING)
        gtk_progress_bar_set_text (bar, _("Writing the file"));
      else
        gtk_progress_bar_set_text (bar, job->kind == DATA_JOB_IMPORT ? _("Reading the file")
                                                                     : _("Reading the database"));
      gtk_progress_bar_pulse (bar);
      return;
    }

  gtk_progress_bar_set_text (bar, text);
  gtk_progress_bar_set_fraction (bar, fraction);
}

static gboolean
job_tick_cb (gpointer user_data)
{
  MpHrWindow *self = MP_HR_WINDOW (user_data);
  DataJob *job = self->job;

  if (self->job_progress.window == NULL &&
      g_get_monotonic_time () - self->job_started_at >= self->progress_delay_ms * G_TIME_SPAN_MILLISECOND)
    job_progress_open (self, job);
  job_progress_update (self, job);

  return G_SOURCE_CONTINUE;
}

/* The job has stopped: its progress window goes, the window answers again. */
static void
job_stopped (MpHrWindow *self)
{
  g_clear_handle_id (&self->job_timer, g_source_remove);
  progress_window_close (&self->job_progress);
  self->job = NULL;
  g_clear_object (&self->job_cancellable);
  if (self->stack != NULL)
    {
      mp_a11y_set_sensitive (GTK_WIDGET (self->stack), TRUE);
      /* The focus back where it was, if that is still here. */
      if (self->job_focus != NULL && gtk_widget_get_root (self->job_focus) == GTK_ROOT (self))
        gtk_widget_grab_focus (self->job_focus);
    }
  g_clear_weak_pointer (&self->job_focus);
  if (self->pairings != NULL)
    update_job_actions (self);
}

static void job_start (MpHrWindow  *self,
                       DataJobKind  kind,
                       GFile       *file,
                       gboolean     unless_updating);

static void
on_import_confirm_response_cb (GtkDialog  *dialog,
                               int         response,
                               MpHrWindow *self)
{
  g_autoptr(GFile) file = g_object_ref (g_object_get_data (G_OBJECT (dialog), "mp-import-file"));

  g_clear_weak_pointer (&self->import_question);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    job_start (self, DATA_JOB_IMPORT, file, FALSE);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Nothing was imported from “%s”."), name);

      show_banner (self, FALSE, text);
    }
}

/* The file would change records already here (an older export replaces what was done
 * since): ask first, saying how many. The answer imports it again from the start, as the
 * database may have changed meanwhile. */
static void
ask_import (MpHrWindow                *self,
            GFile                     *file,
            const MpJsonImportSummary *summary)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *counts = mp_json_import_summary_to_string (summary);
  g_autofree char *question = NULL;
  g_autofree char *details = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a file name */
  question = g_strdup_printf (_("Replace records with those of “%s”?"), name);
  details = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE,
                 /* Translators: %u is a number of records, %s what the import would do ("2 added, 1
                  * updated, 40 unchanged (...)") */
                 "The file changes %u record this database already has: %s. If the file is older "
                 "than this database, what was done here since, such as a meeting logged or a "
                 "follow-up noted, is replaced by the file’s.",
                 "The file changes %u records this database already has: %s. If the file is older "
                 "than this database, what was done here since, such as a meeting logged or a "
                 "follow-up noted, is replaced by the file’s.", summary->total.updated),
    summary->total.updated, counts);
  dialog = mp_confirm_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_QUESTION, question, details, _("_Cancel"),
                                  _("_Import"), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "mp-import-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_import_confirm_response_cb), self, 0);
  g_set_weak_pointer (&self->import_question, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Says in the banner what came of an import, or asks before one held back. */
static void
import_done (MpHrWindow *self,
             DataJob    *job,
             gboolean    ok,
             GError     *error)
{
  g_autofree char *text = NULL;
  g_autofree char *counts = NULL;

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("The import was cancelled: nothing was imported from “%s”."), job->name);
      show_banner (self, FALSE, text);
      return;
    }
  if (!ok)
    {
      /* "$" is the file as a whole: "…: the file is empty", not "…: $: the file is empty" */
      const char *why = g_str_has_prefix (error->message, "$: ") ? error->message + 3 : error->message;

      /* Translators: "Nothing was imported from “staff.json”: $.people[3].email: not an e-mail address" */
      text = g_strdup_printf (_("Nothing was imported from “%s”: %s"), job->name, why);
      show_banner (self, TRUE, text);
      return;
    }
  if (!job->imported)
    {
      gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);  /* the question says it */
      ask_import (self, job->file, &job->summary);
      return;
    }

  /* What the import's own store committed, this window's store reads now. */
  mp_store_check_for_changes (get_store (self));

  counts = mp_json_import_summary_to_string (&job->summary);
  /* Translators: "Imported “staff.json”: 12 people added, ..." */
  text = g_strdup_printf (_("Imported “%s”: %s"), job->name, counts);
  show_banner (self, FALSE, text);
}

/* Says in the banner what came of an export. */
static void
export_done (MpHrWindow *self,
             DataJob    *job,
             gboolean    ok,
             GError     *error)
{
  g_autofree char *text = NULL;

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("The export was cancelled: “%s” was not written."), job->name);
      show_banner (self, FALSE, text);
      return;
    }
  if (!ok)
    {
      show_error (self, _("Could not export"), error);
      return;
    }

  /* Translators: "Exported to “mentoring-2026-03-03.json”. It holds no private notes nor concerns." */
  text = g_strdup_printf (_("Exported to “%s”. It holds no private notes and no concern’s text."), job->name);
  show_banner (self, FALSE, text);
}

/* Who hears of a job's end, on the main thread: references released there. */
typedef struct
{
  MpHrWindow   *window;
  GApplication *application;
} JobDone;

static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autofree JobDone *done = user_data;
  g_autoptr(MpHrWindow) self = done->window;
  g_autoptr(GApplication) application = done->application;
  DataJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->working = FALSE;
  if (application != NULL)
    g_application_release (application);

  /* Closed meanwhile (which cancelled it, and left it): nothing to say it in. */
  if (self->pairings == NULL || self->job != job)
    return;

  job_stopped (self);
  if (job->kind == DATA_JOB_IMPORT)
    import_done (self, job, ok, error);
  else
    export_done (self, job, ok, error);
}

/* Imports @file (with @unless_updating only when it changes no record the database has,
 * else it asks first), or exports to it, and says in the banner what came of it. */
static void
job_start (MpHrWindow  *self,
           DataJobKind  kind,
           GFile       *file,
           gboolean     unless_updating)
{
  MpStore *store = get_store (self);
  GApplication *application = g_application_get_default ();
  g_autoptr(GTask) task = NULL;
  g_autofree char *text = NULL;
  JobDone *done;
  DataJob *job;

  if (self->working)
    return;  /* one at a time */

  job = g_new0 (DataJob, 1);
  g_mutex_init (&job->lock);
  job->kind = kind;
  job->file = g_object_ref (file);
  job->path = g_file_get_path (file);
  job->name = g_file_get_basename (file);
  job->unless_updating = unless_updating;
  if (job->path == NULL)
    {
      show_banner (self, TRUE, kind == DATA_JOB_IMPORT
                                 ? _("Only files on this computer or a mounted share can be imported.")
                                 : _("Choose a folder on this computer or a mounted share."));
      data_job_free (job);
      return;
    }
  job->shared_path = g_strdup (mp_store_get_path (store));
  job->private_path = g_strdup (mp_store_get_private_path (store));
  job->flags = (mp_store_is_read_only (store) ? MP_STORE_OPEN_READ_ONLY : 0) |
               (g_strcmp0 (mp_store_get_journal_mode (store), "wal") != 0 ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0);

  if (kind == DATA_JOB_IMPORT)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Importing “%s”…"), job->name);
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Exporting staff and pairings to “%s”…"), job->name);
  show_banner (self, FALSE, text);
  /* The pages wait: nothing in them is written meanwhile. The focus leaves them first (a
   * text entry made insensitive with the focus would miss its focus-out). */
  g_set_weak_pointer (&self->job_focus, gtk_root_get_focus (GTK_ROOT (self)));
  if (self->job_focus != NULL && gtk_widget_is_ancestor (self->job_focus, GTK_WIDGET (self->stack)))
    gtk_root_set_focus (GTK_ROOT (self), NULL);
  mp_a11y_set_sensitive (GTK_WIDGET (self->stack), FALSE);

  self->working = TRUE;
  update_job_actions (self);
  self->job_cancellable = g_cancellable_new ();
  self->job = job;
  self->job_started_at = g_get_monotonic_time ();
  self->job_timer = g_timeout_add (PROGRESS_TICK_MS, job_tick_cb, self);
  if (self->progress_delay_ms == 0)
    job_progress_open (self, job);

  /* The app stays until the job has stopped (closing the window cancels it; Quit does not
   * wait: SQLite leaves an import that did not commit unwritten). */
  if (application != NULL)
    g_application_hold (application);

  /* The window is not the task's source object: the thread may drop the task's last
   * reference, and a closed window must not be freed there. Its cancellable only stops the
   * thread: once the work is done, it is done, whatever came late (check-cancellable off). */
  done = g_new0 (JobDone, 1);
  done->window = g_object_ref (self);
  done->application = application != NULL ? g_object_ref (application) : NULL;
  task = g_task_new (NULL, self->job_cancellable, on_job_done_cb, done);
  g_task_set_source_tag (task, job_start);
  g_task_set_task_data (task, job, (GDestroyNotify) data_job_free);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, job_thread);
}

/**
 * mp_hr_window_ask_import:
 *
 * What Import does once a file is chosen: a file that would add only, or change nothing,
 * is imported at once, as by mp_hr_window_import_file (). One that would change records
 * already here (an older export replaces what was done since) is only read and checked,
 * and asks first, saying how many. The import runs on a thread of its own (a progress
 * window with Cancel comes if it takes more than a moment): what came of it shows in the
 * banner once _mp_hr_window_is_working () is %FALSE.
 */
void
mp_hr_window_ask_import (MpHrWindow *self,
                         GFile      *file)
{
  g_return_if_fail (MP_IS_HR_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job_start (self, DATA_JOB_IMPORT, file, TRUE);
}

static void
on_import_response_cb (MpHrWindow           *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        mp_hr_window_ask_import (self, file);
    }

  g_clear_object (&self->file_chooser);
}

static void
on_export_response_cb (MpHrWindow           *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        mp_hr_window_export_file (self, file);
    }

  g_clear_object (&self->file_chooser);
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Mentoring data (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");

  return filter;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = json_filter ();

  if (self->file_chooser != NULL || self->working)
    return;

  self->file_chooser = gtk_file_chooser_native_new (_("Import Staff and Pairings"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  g_signal_connect_object (self->file_chooser, "response", G_CALLBACK (on_import_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = json_filter ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  if (self->file_chooser != NULL)
    return;

  /* Translators: the suggested file name of an export; keep the .json */
  name = g_strdup_printf (_("mentoring-%s.json"), day);
  self->file_chooser = gtk_file_chooser_native_new (_("Export Staff and Pairings"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser), name);
  g_signal_connect_object (self->file_chooser, "response", G_CALLBACK (on_export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

/* The export's progress: the page count and Cancel, kept drawn and answering while the
 * pages are written (the report holds its own copy of what it prints, so nothing that
 * happens meanwhile changes it). */
typedef struct
{
  ProgressWindow  progress;
  GCancellable   *cancellable;
} ExportProgress;

static void
on_export_progress_cb (guint    pages_done,
                       guint    n_pages,
                       gpointer user_data)
{
  ExportProgress *export = user_data;
  /* Translators: the PDF export's progress */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), pages_done, n_pages);

  gtk_progress_bar_set_fraction (export->progress.bar, n_pages > 0 ? (double) pages_done / n_pages : 0.0);
  gtk_progress_bar_set_text (export->progress.bar, text);
  while (g_main_context_pending (NULL) && !g_cancellable_is_cancelled (export->cancellable))
    g_main_context_iteration (NULL, FALSE);
}

static void
export_cancel (gpointer cancellable)
{
  g_cancellable_cancel (G_CANCELLABLE (cancellable));
}

static void
export_progress_open (MpHrWindow     *self,
                      ExportProgress *export,
                      const char     *name,
                      guint           n_summaries)
{
  g_autofree char *text = NULL;

  export->cancellable = g_cancellable_new ();
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: 1: how many, 2: a file name */
                                       "Writing %1$u progress summary to “%2$s”…",
                                       "Writing %1$u progress summaries to “%2$s”…", n_summaries),
                          n_summaries, name);
  progress_window_open (&export->progress, self, _("Exporting Summaries"), text,
                        export_cancel, export->cancellable);
}

static void
export_progress_close (ExportProgress *export)
{
  progress_window_close (&export->progress);
  g_clear_object (&export->cancellable);
}

/**
 * mp_hr_window_export_summaries_pdf:
 *
 * Export Summaries as PDF: the pages Print (Ctrl+P) prints, the selected pairings or all
 * shown ones, written straight to a PDF file by src/report (no print dialog to go
 * through, which is what a screen reader user and HR's files want), with a progress
 * window whose Cancel (or Escape, or closing it) stops between pages and writes nothing.
 * What became of it shows in the window's banner.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
mp_hr_window_export_summaries_pdf (MpHrWindow *self,
                                   GFile      *file)
{
  g_autoptr(GPtrArray) pairings = shown_pairings (self, TRUE);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  ExportProgress progress = { { NULL, }, NULL };
  g_autoptr(MpHrWindow) keep = NULL;
  gboolean ok;

  if (!check_some_pairings (self, pairings, TRUE))
    return FALSE;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("“%s” is not a local file"), name);
      show_error (self, _("Could not export the summaries"), error);
      return FALSE;
    }

  report = mp_report_new_summaries (get_store (self), pairings, now, &error);
  if (report == NULL)
    {
      show_error (self, _("Could not export the summaries"), error);
      return FALSE;
    }
  keep = g_object_ref (self);
  export_progress_open (self, &progress, name, pairings->len);
  ok = mp_report_write_pdf (report, path, progress.cancellable, on_export_progress_cb, &progress, &error);
  export_progress_close (&progress);

  /* Closed meanwhile: nothing to say it in. */
  if (self->pairings == NULL)
    return ok;

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("The export was cancelled: “%s” was not written."), name);
      show_banner (self, FALSE, text);
      return FALSE;
    }
  if (!ok)
    {
      show_error (self, _("Could not export the summaries"), error);
      return FALSE;
    }

  /* Translators: "Exported 4 progress summaries to “summaries.pdf”." */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %1$u progress summary to “%2$s”.",
                                       "Exported %1$u progress summaries to “%2$s”.", pairings->len),
                          pairings->len, name);
  show_banner (self, FALSE, text);

  return TRUE;
}

static void
on_export_pdf_response_cb (MpHrWindow           *self,
                           int                   response,
                           GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        mp_hr_window_export_summaries_pdf (self, file);
    }

  g_clear_object (&self->file_chooser);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) pairings = NULL;

  if (self->file_chooser != NULL)
    return;
  /* Said before a file is asked for */
  pairings = shown_pairings (self, TRUE);
  if (!check_some_pairings (self, pairings, TRUE))
    return;

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");

  /* Translators: the suggested file name of the exported summaries; keep the .pdf */
  name = g_strdup_printf (_("progress-summaries-%s.pdf"), day);
  self->file_chooser = gtk_file_chooser_native_new (_("Export Progress Summaries as PDF"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser), name);
  g_signal_connect_object (self->file_chooser, "response", G_CALLBACK (on_export_pdf_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

/* ---- Follow-up actions ------------------------------------------------------------ */

static void
update_follow_up_actions (MpHrWindow *self)
{
  MpActivityProgress *selected = self->follow_ups_selection != NULL
                                 ? gtk_single_selection_get_selected_item (self->follow_ups_selection) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.record-follow-up", selected != NULL && may_write (self));
  /* One recorded already: its day and note can be put right */
  if (self->record_follow_up_button != NULL)
    gtk_button_set_label (self->record_follow_up_button,
                          selected != NULL && is_followed_up (selected) ? _("_Change Follow-up…")
                                                                         : _("_Record Follow-up…"));
}

static void
on_show_recorded_toggled_cb (MpHrWindow     *self,
                             GtkCheckButton *check)
{
  self->show_recorded = gtk_check_button_get_active (check);
  gtk_column_view_column_set_visible (self->followed_up_column, self->show_recorded);
  build_follow_ups (self);
}

static void
record_follow_up_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpActivityProgress *progress = NULL;

  if (self->follow_ups_selection != NULL)
    progress = gtk_single_selection_get_selected_item (self->follow_ups_selection);
  if (progress == NULL)
    return;

  gtk_window_present (mp_follow_up_dialog_new (GTK_WINDOW (self), get_store (self), progress));
}

static void
on_follow_ups_view_activate_cb (MpHrWindow    *self,
                                guint          position,
                                GtkColumnView *view)
{
  gtk_single_selection_set_selected (self->follow_ups_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.record-follow-up", NULL);
}

/* ---- Staff ------------------------------------------------------------------------ */

static gboolean
people_filter_func (gpointer item,
                    gpointer user_data)
{
  MpHrWindow *self = user_data;
  MpPerson *person = MP_PERSON (item);
  MpDepartment *department;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (!mp_person_get_active (person) && !gtk_check_button_get_active (self->show_inactive_check))
    return FALSE;
  if (self->people_words == NULL || self->people_words[0] == NULL)
    return TRUE;

  department = mp_person_get_department (person);
  haystack = g_strjoin ("\n", mp_person_get_name (person) ? mp_person_get_name (person) : "",
                        mp_person_get_login (person) ? mp_person_get_login (person) : "",
                        mp_person_get_email (person) ? mp_person_get_email (person) : "",
                        mp_person_get_title (person) ? mp_person_get_title (person) : "",
                        department ? mp_department_get_name (department) : "", NULL);
  folded = mp_pairing_fold (haystack);

  /* Every word, in any order, as the pairings' search */
  return mp_pairing_text_has_words (folded, (const char * const *) self->people_words);
}

static void
update_staff_count (MpHrWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people_filtered));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);

  gtk_label_set_label (self->staff_count_label, text);

  /* With nobody shown, say why and what to do */
  gtk_stack_set_visible_child_name (self->staff_stack, n > 0 ? "table" : "none");
  if (n > 0)
    return;

  if (g_list_model_get_n_items (mp_store_get_people (get_store (self))) == 0)
    {
      mp_status_page_set_title (self->staff_none_page, _("No Staff Yet"));
      mp_status_page_set_description (self->staff_none_page,
                                      _("Add people one by one with “Add Person…”, or import a staff list "
                                        "with “Import…” (Ctrl+O)."));
    }
  else if (self->people_words != NULL && self->people_words[0] != NULL)
    {
      mp_status_page_set_title (self->staff_none_page, _("No One Matches"));
      mp_status_page_set_description (self->staff_none_page,
                                      gtk_check_button_get_active (self->show_inactive_check)
                                      ? _("Try another name, login, e-mail or department.")
                                      : _("Try another name, login, e-mail or department, or turn on “Show "
                                          "inactive” to search those who no longer work here."));
    }
  else
    {
      mp_status_page_set_title (self->staff_none_page, _("No Active Staff"));
      mp_status_page_set_description (self->staff_none_page,
                                      _("Everyone listed no longer works here: turn on “Show inactive” to see them."));
    }
}

static void
on_people_items_changed_cb (MpHrWindow *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *model)
{
  update_staff_count (self);
}

static void
on_staff_search_changed_cb (MpHrWindow     *self,
                            GtkSearchEntry *entry)
{
  g_strfreev (self->people_words);
  self->people_words = mp_pairing_search_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (self->people_filter != NULL)
    {
      gtk_filter_changed (GTK_FILTER (self->people_filter), GTK_FILTER_CHANGE_DIFFERENT);
      /* Nobody before and after: the empty page may yet say something else */
      update_staff_count (self);
    }
}

/* Return in the staff search opens the one person it found */
static void
on_staff_search_activate_cb (MpHrWindow     *self,
                             GtkSearchEntry *entry)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->people_selection)) != 1)
    return;

  gtk_single_selection_set_selected (self->people_selection, 0);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-person", NULL);
}

/* Escape in the staff search empties it, as in the pairings' */
static void
on_staff_search_stop_cb (MpHrWindow     *self,
                         GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_show_inactive_toggled_cb (MpHrWindow     *self,
                             GtkCheckButton *check)
{
  if (self->people_filter == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->people_filter),
                      gtk_check_button_get_active (check) ? GTK_FILTER_CHANGE_LESS_STRICT
                                                          : GTK_FILTER_CHANGE_MORE_STRICT);
  update_staff_count (self);
}

static void
update_people_actions (MpHrWindow *self)
{
  MpPerson *person = self->people_selection ? gtk_single_selection_get_selected_item (self->people_selection) : NULL;
  gboolean writable = may_write (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-person", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-person", writable && person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.deactivate-person",
                                 writable && person != NULL && mp_person_get_active (person));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (mp_person_dialog_new (GTK_WINDOW (self), get_store (self), NULL)));
}

static void
closed_days_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);

  gtk_window_present (mp_closed_days_dialog_new (GTK_WINDOW (self), get_store (self)));
}

static void
edit_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpPerson *person = self->people_selection ? gtk_single_selection_get_selected_item (self->people_selection) : NULL;

  if (person != NULL)
    gtk_window_present (GTK_WINDOW (mp_person_dialog_new (GTK_WINDOW (self), get_store (self), person)));
}

static void
on_people_view_activate_cb (MpHrWindow    *self,
                            guint          position,
                            GtkColumnView *view)
{
  gtk_single_selection_set_selected (self->people_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-person", NULL);
}

static void
on_deactivate_response_cb (GtkDialog  *dialog,
                           int         response,
                           MpHrWindow *self)
{
  MpPerson *person = g_object_get_data (G_OBJECT (dialog), "mp-person");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && person != NULL &&
      !mp_store_deactivate_person (get_store (self), person, &error))
    show_error (self, _("Could not deactivate"), error);

  gtk_window_destroy (GTK_WINDOW (dialog));
  update_people_actions (self);
}

/* Someone in a running pairing cannot leave the staff list (mp_store_deactivate_person ()):
 * say what to do first rather than offer what would fail. */
static void
add_close_button (GtkWidget *dialog)
{
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
}

static GtkWidget *
cannot_deactivate_dialog_new (MpHrWindow *self,
                              MpPerson   *person,
                              guint       mentees)
{
  GtkWidget *dialog;

  dialog = mp_message_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_INFO,
                                  /* Translators: %s is a person's name */
                                  _("%s is still in a running pairing"), mp_person_get_name (person));
  if (mentees > 0)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              g_dngettext (GETTEXT_PACKAGE,
                                                           "They still mentor %u new employee. End that pairing "
                                                           "first (Pairings, End Early…), then pair the employee "
                                                           "with another mentor (New Pairing). Its history is kept.",
                                                           "They still mentor %u new employees. End those pairings "
                                                           "first (Pairings, End Early…), then pair the employees "
                                                           "with other mentors (New Pairing). Their history is kept.",
                                                           mentees),
                                              mentees);
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                              _("Their own pairing with a mentor is still running: end it first "
                                                "(Pairings, End Early…). Its history is kept."));
  add_close_button (dialog);

  return dialog;
}

/* Whether @person is the only active HR administrator (the store would refuse to let them go) */
static gboolean
is_only_hr_admin (MpHrWindow *self,
                  MpPerson   *person)
{
  GListModel *people = mp_store_get_people (get_store (self));

  if (!mp_person_get_is_hr_admin (person) || !mp_person_get_active (person))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) other = g_list_model_get_item (people, i);

      if (other != person && mp_person_get_is_hr_admin (other) && mp_person_get_active (other))
        return FALSE;
    }

  return TRUE;
}

static void
deactivate_person_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpPerson *person = self->people_selection ? gtk_single_selection_get_selected_item (self->people_selection) : NULL;
  MpMentorship *own;
  guint mentees;
  g_autofree char *question = NULL;
  GtkWidget *dialog;

  if (person == NULL)
    return;

  mentees = mp_hr_count_active_mentees (get_store (self), person);
  own = mp_store_get_mentorship_for_employee (get_store (self), person);
  if (mentees > 0 || (own != NULL && mp_mentorship_get_status (own) == MP_MENTORSHIP_STATUS_ACTIVE))
    {
      gtk_window_present (GTK_WINDOW (cannot_deactivate_dialog_new (self, person, mentees)));
      return;
    }

  /* Said before the question, not after the answer */
  if (is_only_hr_admin (self, person))
    {
      dialog = mp_message_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_INFO,
                                      /* Translators: %s is a person's name */
                                      _("%s is the only HR administrator"), mp_person_get_name (person));
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                _("Someone must keep running this overview: make someone else HR "
                                                  "administrator first (Edit, “HR administrator”)."));
      add_close_button (dialog);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  question = g_strdup_printf (_("Mark %s as no longer working here?"), mp_person_get_name (person));
  dialog = mp_confirm_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_QUESTION, question,
                                  _("They will no longer be offered as a mentor nor listed as staff. "
                                    "Their history is kept, and you can make them active again from "
                                    "Edit."),
                                  _("_Cancel"), _("_Deactivate"), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "mp-person", g_object_ref (person), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_deactivate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Departments and typical questions -------------------------------------------- */

/* Nothing is selected in a page not built yet. */
static gpointer
selected_item (GtkSingleSelection *selection)
{
  return selection != NULL ? gtk_single_selection_get_selected_item (selection) : NULL;
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  gtk_label_set_label (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static GtkWidget *
directory_row_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      if (i == 0)
        gtk_widget_add_css_class (label, "heading");
      if (i == 2)
        gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (box, "mp-directory-row");

  return box;
}

static void
fill_directory_row (GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *first, *second, *third;

  if (box == NULL || item == NULL)
    return;

  first = gtk_widget_get_first_child (box);
  second = gtk_widget_get_next_sibling (first);
  third = gtk_widget_get_next_sibling (second);

  if (MP_IS_DEPARTMENT (item))
    {
      MpDepartment *department = item;

      set_label (first, mp_department_get_name (department));
      set_label (second, mp_department_get_description (department));
      set_label (third, mp_department_get_ask_for (department));
    }
  else if (MP_IS_QUESTION (item))
    {
      MpQuestion *question = item;
      const char *answer = mp_question_get_answer (question);
      const char *whom = mp_question_get_ask_whom (question);
      g_autofree char *ask = whom && *whom ? g_strdup_printf (_("Ask: %s"), whom) : NULL;

      set_label (first, mp_question_get_question (question));
      set_label (second, answer && *answer ? answer : _("No answer yet: choose Edit Answer to write one."));
      set_label (third, ask);
    }

  /* The row, which takes the focus, is read as it shows: "Member Services, …" */
  {
    const char *texts[] = { gtk_label_get_text (GTK_LABEL (first)), gtk_label_get_text (GTK_LABEL (second)),
                            gtk_label_get_text (GTK_LABEL (third)) };
    g_autofree char *name = mp_a11y_join_texts (texts, G_N_ELEMENTS (texts));

    mp_a11y_list_row_set_label (box, name);
  }
}

static void
on_directory_item_notify_cb (GObject     *item,
                             GParamSpec  *pspec,
                             GtkListItem *list_item)
{
  if (gtk_list_item_get_item (list_item) == (gpointer) item)
    fill_directory_row (list_item);
}

static void
on_directory_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, directory_row_new ());
}

static void
on_directory_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  gpointer item = gtk_list_item_get_item (list_item);
  gulong handler;

  fill_directory_row (list_item);
  handler = g_signal_connect_object (item, "notify", G_CALLBACK (on_directory_item_notify_cb), list_item, 0);
  g_object_set_data (G_OBJECT (list_item), "mp-handler", GSIZE_TO_POINTER (handler));
}

static void
on_directory_unbind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "mp-handler"));
  gpointer item = gtk_list_item_get_item (list_item);

  if (handler != 0 && item != NULL)
    g_signal_handler_disconnect (item, handler);
  g_object_set_data (G_OBJECT (list_item), "mp-handler", NULL);
}

static GtkListItemFactory *
directory_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_directory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_directory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_directory_unbind_cb), NULL);

  return factory;
}

static void
update_directory_actions (MpHrWindow *self)
{
  gboolean writable = may_write (self);
  gboolean department = selected_item (self->departments_selection) != NULL;
  gboolean question = selected_item (self->questions_selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-department", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-department", writable && department);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-department", writable && department);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-question", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-question", writable && question);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-question", writable && question);
}

static void
department_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpDepartment *department = NULL;

  if (g_str_equal (action_name, "win.edit-department"))
    {
      department = selected_item (self->departments_selection);
      if (department == NULL)
        return;
    }

  gtk_window_present (mp_department_dialog_new (GTK_WINDOW (self), get_store (self), department));
}

static void
on_departments_view_activate_cb (MpHrWindow  *self,
                                 guint        position,
                                 GtkListView *view)
{
  gtk_single_selection_set_selected (self->departments_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-department", NULL);
}

static void
on_delete_response_cb (GtkDialog  *dialog,
                       int         response,
                       MpHrWindow *self)
{
  gpointer object = g_object_get_data (G_OBJECT (dialog), "mp-object");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && object != NULL)
    {
      gboolean ok;

      if (MP_IS_DEPARTMENT (object))
        ok = mp_store_delete_department (get_store (self), object, &error);
      else
        ok = mp_store_delete_question (get_store (self), object, &error);
      if (!ok)
        show_error (self, _("Could not delete"), error);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
confirm_delete (MpHrWindow *self,
                gpointer    object,
                const char *primary,
                const char *secondary)
{
  GtkWidget *dialog;

  dialog = mp_confirm_dialog_new (GTK_WINDOW (self), GTK_MESSAGE_WARNING, primary, secondary, _("_Cancel"),
                                  _("_Delete"), "destructive-action");
  g_object_set_data_full (G_OBJECT (dialog), "mp-object", g_object_ref (object), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_department_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpDepartment *department = selected_item (self->departments_selection);
  GListModel *people;
  guint n, members = 0;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  if (department == NULL)
    return;

  people = mp_store_get_people (get_store (self));
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (mp_person_get_department (person) == department)
        members++;
    }

  primary = g_strdup_printf (_("Delete the department “%s”?"), mp_department_get_name (department));
  if (members > 0)
    secondary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "What it does and whom to ask go. %u person belongs to it and will "
                                              "have no department.",
                                              "What it does and whom to ask go. %u people belong to it and will "
                                              "have no department.", members), members);
  else
    secondary = g_strdup (_("What it does and whom to ask go. No one belongs to it."));

  confirm_delete (self, department, primary, secondary);
}

static void
question_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpQuestion *question = NULL;

  if (g_str_equal (action_name, "win.edit-question"))
    {
      question = selected_item (self->questions_selection);
      if (question == NULL)
        return;
    }

  gtk_window_present (mp_question_dialog_new (GTK_WINDOW (self), get_store (self), question));
}

static void
on_questions_view_activate_cb (MpHrWindow  *self,
                               guint        position,
                               GtkListView *view)
{
  gtk_single_selection_set_selected (self->questions_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-question", NULL);
}

static void
delete_question_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  MpQuestion *question = selected_item (self->questions_selection);
  g_autofree char *primary = NULL;

  if (question == NULL)
    return;

  primary = g_strdup_printf (_("Delete the question “%s”?"), mp_question_get_question (question));
  confirm_delete (self, question, primary,
                  _("The question and your answer go; new employees will no longer see them."));
}

/* ---- Pages ------------------------------------------------------------------------ */

static void
on_banner_close_clicked_cb (MpHrWindow *self,
                            GtkButton  *button)
{
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

static void
on_stack_visible_child_cb (MpHrWindow *self,
                           GParamSpec *pspec,
                           GtkStack   *stack)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  if (self->pairings == NULL || name == NULL)
    return;

  /* What was said of the last page's work is not about this one's (an error stays until
   * dismissed, and so does an import or export under way) */
  if (!self->banner_is_error && !self->working)
    gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);

  for (guint i = 0; i < N_LAZY_PAGES; i++)
    {
      if (g_str_equal (name, lazy_pages[i].name))
        ensure_page (self, (LazyPage) i);
    }

  if (g_str_equal (name, "follow-ups") && !self->follow_ups_built)
    build_follow_ups (self);
  else if (g_str_equal (name, "staff"))
    ensure_people_model (self);
  else if (g_str_equal (name, "evaluation") && (self->evaluation_dirty || self->evaluation == NULL))
    fill_evaluation (self);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpHrWindow *self = MP_HR_WINDOW (widget);
  GtkWidget *page, *focus;

  gtk_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));

  /* From the keyboard (Alt+2) the focus stayed on the page left, or fell on a pane of the
   * new one, unnamed: it goes to the new page's first control */
  page = gtk_stack_get_visible_child (self->stack);
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (page != NULL &&
      (focus == NULL || !gtk_widget_is_ancestor (focus, page) || GTK_IS_SCROLLED_WINDOW (focus) ||
       GTK_IS_VIEWPORT (focus)))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
on_simple_selection_changed_cb (MpHrWindow *self)
{
  update_follow_up_actions (self);
  update_people_actions (self);
  update_directory_actions (self);
}

/* ---- Setup ------------------------------------------------------------------------ */

static void
setup_pairings (MpHrWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->pairings = g_object_ref (mp_pairing_list_get_for_store (get_store (self)));

  /* Most urgent first until HR sorts otherwise: chosen before the sort model exists, so
   * the pairings are sorted once. */
  mp_hr_pairing_header_sort_by (self->pairings_header, MP_HR_PAIRING_STATE, GTK_SORT_ASCENDING);

  /* Sorted and filtered in one model: a keystroke only filters, and a click on a header
   * only sorts. The header's sorter compares the pairings' fields in C. */
  self->filter = gtk_custom_filter_new (pairing_filter_func, self, NULL);
  self->filtered = mp_filter_list_new (g_object_ref (G_LIST_MODEL (self->pairings)),
                                       g_object_ref (GTK_FILTER (self->filter)),
                                       g_object_ref (mp_hr_pairing_header_get_sorter (self->pairings_header)),
                                       mp_hr_pairing_header_get_sort_key,
                                       mp_hr_pairing_header_get_sorter (self->pairings_header));
  mp_filter_list_set_text_func (self->filtered, pairing_search_text, NULL);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  /* One widget per row, drawn at the header's column widths. */
  factory = mp_hr_pairing_row_factory_new (self->pairings_header);
  gtk_grid_view_set_factory (self->pairings_view, factory);
  mp_hr_pairing_header_set_view (self->pairings_header, GTK_WIDGET (self->pairings_view));
  gtk_grid_view_set_model (self->pairings_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_filtered_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pairings, "items-changed", G_CALLBACK (on_pairings_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pairings_view, "activate", G_CALLBACK (on_pairings_view_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "mentorship-changed", G_CALLBACK (on_store_mentorship_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "refreshed", G_CALLBACK (on_store_refreshed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "people-changed", G_CALLBACK (on_store_people_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->state_menu = build_state_menu ();
  mp_window_set_menu_later (MP_WINDOW (self), self->state_button, G_MENU_MODEL (self->state_menu));
  self->department_menu = g_menu_new ();
  rebuild_department_names (self);
  mp_window_set_menu_later (MP_WINDOW (self), self->department_button, G_MENU_MODEL (self->department_menu));
  g_signal_connect_object (mp_store_get_departments (get_store (self)), "items-changed",
                           G_CALLBACK (on_departments_items_changed_cb), self, G_CONNECT_SWAPPED);

  update_count (self);
  update_pairing_actions (self);
  /* The follow-ups tab needs attention from the start, before its page exists. */
  update_follow_ups_page (self);
}

static void
setup_follow_ups (MpHrWindow *self)
{
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) done_column = NULL;

  self->follow_ups = g_list_store_new (MP_TYPE_ACTIVITY_PROGRESS);
  self->followed_up_column = mp_hr_columns_setup_follow_ups (self->follow_ups_view, get_store (self));
  self->follow_ups_sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->follow_ups)),
                                                     g_object_ref (gtk_column_view_get_sorter (self->follow_ups_view)));
  self->follow_ups_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->follow_ups_sorted)));
  gtk_single_selection_set_autoselect (self->follow_ups_selection, TRUE);
  gtk_column_view_set_model (self->follow_ups_view, GTK_SELECTION_MODEL (self->follow_ups_selection));

  /* Oldest first. */
  columns = gtk_column_view_get_columns (self->follow_ups_view);
  done_column = g_list_model_get_item (columns, 3);
  gtk_column_view_sort_by_column (self->follow_ups_view, done_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->follow_ups_selection, "notify::selected-item",
                           G_CALLBACK (on_simple_selection_changed_cb), self, G_CONNECT_SWAPPED);
  update_follow_ups_page (self);

  /* The queue is built when the page is opened (on_visible_child_changed_cb ()): the
   * count comes from the summaries until then. */
}

/* The staff table's model is made when the page is first shown: with thousands of
 * people, sorting them by name should not delay the window's first frame. */
static void
ensure_people_model (MpHrWindow *self)
{
  GtkSortListModel *sorted;
  g_autoptr(GtkColumnViewColumn) name_column = NULL;

  if (self->people_selection != NULL)
    return;

  self->people_filter = gtk_custom_filter_new (people_filter_func, self, NULL);
  self->people_filtered = gtk_filter_list_model_new (g_object_ref (mp_store_get_people (get_store (self))),
                                                     g_object_ref (GTK_FILTER (self->people_filter)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->people_filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->people_view)));
  self->people_selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->people_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->people_selection, TRUE);
  gtk_single_selection_set_selected (self->people_selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->people_view, GTK_SELECTION_MODEL (self->people_selection));

  name_column = g_list_model_get_item (gtk_column_view_get_columns (self->people_view), 0);
  gtk_column_view_sort_by_column (self->people_view, name_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->people_filtered, "items-changed", G_CALLBACK (on_people_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people_selection, "notify::selected-item",
                           G_CALLBACK (on_simple_selection_changed_cb), self, G_CONNECT_SWAPPED);
  update_staff_count (self);
  update_people_actions (self);
}

static void
setup_people (MpHrWindow *self)
{
  mp_hr_columns_setup_people (self->people_view, get_store (self));
}

static GtkSingleSelection *
unselected (GtkSingleSelection *selection)
{
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);

  return selection;
}

static GtkSingleSelection *
directory_selection_new (GListModel *list,
                         GType       type,
                         const char *property)
{
  GtkStringSorter *sorter = gtk_string_sorter_new (gtk_property_expression_new (type, NULL, property));
  GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (list), GTK_SORTER (sorter));

  return unselected (gtk_single_selection_new (G_LIST_MODEL (sorted)));
}

static void
setup_directory (MpHrWindow *self)
{
  MpStore *store = get_store (self);

  self->departments_selection = directory_selection_new (mp_store_get_departments (store), MP_TYPE_DEPARTMENT, "name");
  gtk_list_view_set_factory (self->departments_view, directory_factory_new ());
  g_object_unref (gtk_list_view_get_factory (self->departments_view));
  gtk_list_view_set_model (self->departments_view, GTK_SELECTION_MODEL (self->departments_selection));

  /* The questions keep the program's order. */
  self->questions_selection = unselected (gtk_single_selection_new (g_object_ref (mp_store_get_questions (store))));
  gtk_list_view_set_factory (self->questions_view, directory_factory_new ());
  g_object_unref (gtk_list_view_get_factory (self->questions_view));
  gtk_list_view_set_model (self->questions_view, GTK_SELECTION_MODEL (self->questions_selection));

  g_signal_connect_object (self->departments_selection, "notify::selected-item",
                           G_CALLBACK (on_simple_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->questions_selection, "notify::selected-item",
                           G_CALLBACK (on_simple_selection_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Builds a page not shown at start into its box (the pairings' states: into the pairings'
 * stack): the first time it is shown, asked for (an action, a test), or just after the first
 * frame. Its signals go to the window, as a template's do. */
static void
ensure_page (MpHrWindow *self,
             LazyPage    page)
{
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  GtkBox *box = NULL;
  GtkWidget *content;
  GSList *objects;

  g_assert (page < N_LAZY_PAGES);

  if (self->page_objects[page] != NULL)
    return;

  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "on_follow_ups_view_activate_cb",
                                           G_CALLBACK (on_follow_ups_view_activate_cb),
                                           "on_staff_search_changed_cb", G_CALLBACK (on_staff_search_changed_cb),
                                           "on_staff_search_stop_cb", G_CALLBACK (on_staff_search_stop_cb),
                                           "on_staff_search_activate_cb",
                                           G_CALLBACK (on_staff_search_activate_cb),
                                           "on_show_inactive_toggled_cb", G_CALLBACK (on_show_inactive_toggled_cb),
                                           "on_show_recorded_toggled_cb", G_CALLBACK (on_show_recorded_toggled_cb),
                                           "on_people_view_activate_cb", G_CALLBACK (on_people_view_activate_cb),
                                           "on_departments_view_activate_cb",
                                           G_CALLBACK (on_departments_view_activate_cb),
                                           "on_questions_view_activate_cb", G_CALLBACK (on_questions_view_activate_cb),
                                           NULL);
  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, lazy_pages[page].resource, &error))
    g_error ("Could not build the %s page: %s", lazy_pages[page].name, error->message);  /* a bad resource */
  /* The page's objects by id, for _mp_hr_window_get_child (); not the builder, which holds
   * the window as its current object (a cycle: a closed HR overview, with its models, was
   * never freed, and GTK 4.8 refuses to unset it). */
  self->page_objects[page] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      const char *id = GTK_IS_BUILDABLE (l->data) ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (l->data))
                                                  : g_object_get_data (l->data, "gtk-builder-id");

      if (id != NULL)
        g_hash_table_insert (self->page_objects[page], g_strdup (id), g_object_ref (l->data));
    }
  g_slist_free (objects);
  if (lazy_pages[page].tooltip.id != NULL)
    mp_builder_set_tooltips (builder, &lazy_pages[page].tooltip, 1);

  switch (page)
    {
    case LAZY_PAGE_FOLLOW_UPS:
      box = self->follow_ups_page;
      self->follow_ups_stack = GTK_STACK (gtk_builder_get_object (builder, "follow_ups_stack"));
      self->follow_ups_view = GTK_COLUMN_VIEW (gtk_builder_get_object (builder, "follow_ups_view"));
      self->follow_ups_count_label = GTK_LABEL (gtk_builder_get_object (builder, "follow_ups_count_label"));
      self->record_follow_up_button = GTK_BUTTON (gtk_builder_get_object (builder, "record_follow_up_button"));
      setup_follow_ups (self);
      break;

    case LAZY_PAGE_STAFF:
      box = self->staff_page;
      self->staff_search_entry = GTK_SEARCH_ENTRY (gtk_builder_get_object (builder, "staff_search_entry"));
      self->show_inactive_check = GTK_CHECK_BUTTON (gtk_builder_get_object (builder, "show_inactive_check"));
      self->staff_count_label = GTK_LABEL (gtk_builder_get_object (builder, "staff_count_label"));
      self->staff_stack = GTK_STACK (gtk_builder_get_object (builder, "staff_stack"));
      self->staff_none_page = MP_STATUS_PAGE (gtk_builder_get_object (builder, "staff_none_page"));
      self->people_view = GTK_COLUMN_VIEW (gtk_builder_get_object (builder, "people_view"));
      mp_a11y_set_label (GTK_BUTTON (gtk_builder_get_object (builder, "edit_person_button")), _("Edit Person…"));
      setup_people (self);
      break;

    case LAZY_PAGE_DIRECTORY:
      box = self->directory_page;
      self->departments_view = GTK_LIST_VIEW (gtk_builder_get_object (builder, "departments_view"));
      self->questions_view = GTK_LIST_VIEW (gtk_builder_get_object (builder, "questions_view"));
      /* (Each "Edit…" and "Delete…" of the page said with what it is for) */
      mp_a11y_set_label (GTK_BUTTON (gtk_builder_get_object (builder, "edit_department_button")),
                         _("Edit Department…"));
      mp_a11y_set_label (GTK_BUTTON (gtk_builder_get_object (builder, "delete_department_button")),
                         _("Delete Department…"));
      mp_a11y_set_label (GTK_BUTTON (gtk_builder_get_object (builder, "delete_question_button")),
                         _("Delete Question…"));
      setup_directory (self);
      break;

    case LAZY_PAGE_EVALUATION:
      self->evaluation_subtitle = GTK_LABEL (gtk_builder_get_object (builder, "evaluation_subtitle"));
      self->evaluation_box = GTK_BOX (gtk_builder_get_object (builder, "evaluation_box"));
      break;

    case LAZY_PAGE_PAIRINGS_STATES:
      {
        GtkWidget *no_match = GTK_WIDGET (gtk_builder_get_object (builder, "no_match_content"));

        self->empty_status_page = MP_STATUS_PAGE (gtk_builder_get_object (builder, "empty_status_page"));
        self->empty_demo_button = GTK_WIDGET (gtk_builder_get_object (builder, "empty_demo_button"));
        on_application_changed_cb (self, NULL, NULL);
        gtk_stack_add_named (self->pairings_stack, GTK_WIDGET (gtk_builder_get_object (builder, "empty_content")),
                             "empty");
        gtk_stack_add_named (self->pairings_stack, no_match, "no-match");
        mp_a11y_fix_tree (no_match);
      }
      break;

    case N_LAZY_PAGES:
    default:
      g_assert_not_reached ();
    }

  content = GTK_WIDGET (gtk_builder_get_object (builder, lazy_pages[page].content));
  if (box != NULL)
    gtk_box_append (box, content);
  else if (page == LAZY_PAGE_EVALUATION)
    gtk_scrolled_window_set_child (self->evaluation_scroller, content);  /* named after its page (mp-a11y.c) */
  on_simple_selection_changed_cb (self);

  /* Named as the rest of the window was when it was shown (mp-a11y.c). */
  mp_a11y_fix_tree (content);
}

/* The demo button only where the application offers a demo. */
static void
on_application_changed_cb (MpHrWindow *self,
                           GParamSpec *pspec,
                           gpointer    user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  gboolean demo = app != NULL && g_action_group_has_action (G_ACTION_GROUP (app), "demo");

  if (self->empty_demo_button == NULL)
    return;  /* ensure_page () asks again */

  gtk_widget_set_visible (self->empty_demo_button, demo);
  if (demo)
    mp_status_page_set_description (self->empty_status_page,
                                     _("Pair a new employee with a mentor, import the staff and pairings you "
                                       "keep elsewhere, or try the app with demo data."));
  else
    mp_status_page_set_description (self->empty_status_page,
                                    _("Pair a new employee with a mentor, or import the staff and pairings "
                                      "you keep elsewhere."));
}

/* Given when asked, not set by the template (mp_widget_set_template_tooltips ()) */
static const MpTooltip template_tooltips[] = {
  { "primary_menu_button", N_("Main Menu") },
  { "data_menu_button", N_("Import, Export, Print and Closed Days") },
  { "banner_close_button", N_("Dismiss") },
  { "new_pairing_button", N_("Pair a new employee with a mentor (Ctrl+N)") },
  { "state_button", N_("Show pairings in this state") },
  { "department_button", N_("Show pairings of this department") },
  { "print_button", N_("Print progress summaries of the selected pairings, or of all shown (Ctrl+P)") },
  { "summary_button", N_("Read the selected pairing’s progress summary as it prints (Enter)") },
  { "complete_button", N_("Record that the selected pairing finished the program") },
  { "archive_button", N_("Move the selected finished pairing out of the way; its history is kept") },
  { "unarchive_button", N_("Bring the selected archived pairing back among the finished ones") },
  { "purge_button", N_("Delete the selected finished pairing and all its history") },
};

static void
mp_hr_window_constructed (GObject *object)
{
  MpHrWindow *self = (MpHrWindow *)object;

  G_OBJECT_CLASS (mp_hr_window_parent_class)->constructed (object);

  mp_widget_set_template_tooltips (GTK_WIDGET (self), MP_TYPE_HR_WINDOW, template_tooltips,
                                   G_N_ELEMENTS (template_tooltips));
  mp_window_setup_primary_menu (MP_WINDOW (self), self->primary_menu_button);
  mp_window_set_menu_later (MP_WINDOW (self), self->data_menu_button, self->data_menu);

  /* "application" is set after construction: follow it. */
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed_cb), NULL);
  on_application_changed_cb (self, NULL, NULL);

  setup_pairings (self);
  self->evaluation_dirty = TRUE;

  on_simple_selection_changed_cb (self);
  update_file_actions (self);

  /* Everything that changes the file is greyed out: say why, once */
  if (mp_store_is_read_only (get_store (self)))
    show_banner (self, FALSE, _("This database is read-only here: you can look at everything, but not change "
                                "anything. To make changes, ask whoever keeps the shared folder for permission "
                                "to write to the file."));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The pages not shown need not delay the pairings: they are built once the window has
 * painted its first frame. */
static void
mp_hr_window_first_frame (MpWindow *window)
{
  MpHrWindow *self = MP_HR_WINDOW (window);

  MP_WINDOW_CLASS (mp_hr_window_parent_class)->first_frame (window);

  if (self->pages_idle == 0)
    self->pages_idle = g_idle_add_full (G_PRIORITY_LOW, pages_idle_cb, self, NULL);
}

/* An import or export running stops, nothing written; its thread's end finds the window
 * gone. */
static void
job_abandon (MpHrWindow *self)
{
  if (self->job_cancellable != NULL)
    {
      g_cancellable_cancel (self->job_cancellable);
      job_stopped (self);
    }
}

/* Closed (gtk_window_destroy () unrealizes it; the import's thread still holds it, so it
 * is disposed only once that has returned). */
static void
mp_hr_window_unrealize (GtkWidget *widget)
{
  job_abandon (MP_HR_WINDOW (widget));

  GTK_WIDGET_CLASS (mp_hr_window_parent_class)->unrealize (widget);
}

static void
mp_hr_window_dispose (GObject *object)
{
  MpHrWindow *self = (MpHrWindow *)object;

  g_clear_handle_id (&self->refilter_idle, g_source_remove);
  g_clear_handle_id (&self->staff_refresh_idle, g_source_remove);
  g_clear_handle_id (&self->pages_idle, g_source_remove);
  job_abandon (self);
  g_clear_weak_pointer (&self->import_question);
  g_clear_weak_pointer (&self->job_focus);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  g_clear_object (&self->print_operation);

  if (self->watched_departments != NULL)
    {
      for (guint i = 0; i < self->watched_departments->len; i++)
        g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched_departments, i),
                                              on_department_name_changed_cb, self);
      g_ptr_array_set_size (self->watched_departments, 0);
    }

  /* Detach the models first: taking the views down changes their sorters, which must
   * not reach a half-disposed window. */
  if (self->pairings_view != NULL)
    gtk_grid_view_set_model (self->pairings_view, NULL);
  if (self->follow_ups_view != NULL)
    gtk_column_view_set_model (self->follow_ups_view, NULL);
  if (self->people_view != NULL)
    gtk_column_view_set_model (self->people_view, NULL);
  if (self->departments_view != NULL)
    gtk_list_view_set_model (self->departments_view, NULL);
  if (self->questions_view != NULL)
    gtk_list_view_set_model (self->questions_view, NULL);
  if (self->follow_ups_sorted != NULL)
    gtk_sort_list_model_set_sorter (self->follow_ups_sorted, NULL);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  /* The shown pairings may outlive the window (a caller's reference): its filter stops
   * asking the window. */
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->pairings != NULL)
    g_signal_handlers_disconnect_by_data (self->pairings, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_HR_WINDOW);

  /* The pages went with the template: what pointed into them goes too. */
  for (guint i = 0; i < N_LAZY_PAGES; i++)
    g_clear_pointer (&self->page_objects[i], g_hash_table_unref);
  self->follow_ups_stack = NULL;
  self->follow_ups_view = NULL;
  self->follow_ups_count_label = NULL;
  self->record_follow_up_button = NULL;
  self->followed_up_column = NULL;
  self->staff_search_entry = NULL;
  self->show_inactive_check = NULL;
  self->staff_count_label = NULL;
  self->staff_stack = NULL;
  self->staff_none_page = NULL;
  self->people_view = NULL;
  self->departments_view = NULL;
  self->questions_view = NULL;
  self->evaluation_subtitle = NULL;
  self->evaluation_box = NULL;
  self->empty_demo_button = NULL;
  self->empty_status_page = NULL;

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->state_menu);
  g_clear_object (&self->department_menu);
  g_clear_object (&self->follow_ups_selection);
  g_clear_object (&self->follow_ups_sorted);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->people_selection);
  g_clear_object (&self->people_filtered);
  g_clear_object (&self->people_filter);
  g_clear_object (&self->departments_selection);
  g_clear_object (&self->questions_selection);
  g_clear_object (&self->pairings);
  g_clear_pointer (&self->evaluation, mp_evaluation_unref);

  G_OBJECT_CLASS (mp_hr_window_parent_class)->dispose (object);
}

static void
mp_hr_window_finalize (GObject *object)
{
  MpHrWindow *self = (MpHrWindow *)object;

  g_clear_pointer (&self->department_choice, g_free);
  g_clear_pointer (&self->people_words, g_strfreev);
  g_clear_pointer (&self->watched_departments, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_hr_window_parent_class)->finalize (object);
}

static void
mp_hr_window_class_init (MpHrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mp_hr_window_constructed;
  object_class->dispose = mp_hr_window_dispose;
  widget_class->unrealize = mp_hr_window_unrealize;
  object_class->finalize = mp_hr_window_finalize;
  object_class->get_property = mp_hr_window_get_property;
  object_class->set_property = mp_hr_window_set_property;

  /**
   * MpHrWindow:state-filter:
   *
   * The pairings shown by state: "any", "pre-arrival", "on-track", "due-soon", "overdue",
   * "no-contact", "needs-attention", "completed", "unfinished" (the program's time over with
   * meetings missed), "ended" (early, not called off), "called-off" or "archived".
   */
  properties [PROP_STATE_FILTER] =
    g_param_spec_string ("state-filter", NULL, NULL, "any",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MpHrWindow:department-filter:
   *
   * The pairings shown by department: a department's name, or "" for all.
   */
  properties [PROP_DEPARTMENT_FILTER] =
    g_param_spec_string ("department-filter", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  MP_WINDOW_CLASS (klass)->state_key = "hr-window";
  MP_WINDOW_CLASS (klass)->first_frame = mp_hr_window_first_frame;

  g_type_ensure (MP_TYPE_STATUS_PAGE);
  g_type_ensure (MP_TYPE_HR_PAIRING_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-hr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child_full (widget_class, "banner_close_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "new_pairing_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "print_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, data_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, data_menu);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, state_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, department_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, pairings_stack);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, pairings_header);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, pairings_view);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, selection_label);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, end_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, summary_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, complete_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, archive_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, unarchive_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, purge_button);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, pairings_toolbar);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, pairings_action_bar);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, follow_ups_page);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, staff_page);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, directory_page);
  gtk_widget_class_bind_template_child (widget_class, MpHrWindow, evaluation_scroller);

  gtk_widget_class_bind_template_callback (widget_class, on_banner_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);

  gtk_widget_class_install_property_action (widget_class, "win.state-filter", "state-filter");
  gtk_widget_class_install_property_action (widget_class, "win.department-filter", "department-filter");
  gtk_widget_class_install_action (widget_class, "win.new-pairing", NULL, new_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.end-pairing", NULL, end_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.complete-pairing", NULL, complete_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.archive-pairing", NULL, archive_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.unarchive-pairing", NULL, archive_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.purge-pairing", NULL, purge_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.show-summary", NULL, show_summary_action);
  gtk_widget_class_install_action (widget_class, "win.print-shown", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-evaluation", NULL, print_evaluation_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.record-follow-up", NULL, record_follow_up_action);
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "win.closed-days", NULL, closed_days_action);
  gtk_widget_class_install_action (widget_class, "win.edit-person", NULL, edit_person_action);
  gtk_widget_class_install_action (widget_class, "win.deactivate-person", NULL, deactivate_person_action);
  gtk_widget_class_install_action (widget_class, "win.add-department", NULL, department_action);
  gtk_widget_class_install_action (widget_class, "win.edit-department", NULL, department_action);
  gtk_widget_class_install_action (widget_class, "win.delete-department", NULL, delete_department_action);
  gtk_widget_class_install_action (widget_class, "win.add-question", NULL, question_action);
  gtk_widget_class_install_action (widget_class, "win.edit-question", NULL, question_action);
  gtk_widget_class_install_action (widget_class, "win.delete-question", NULL, delete_question_action);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-pairing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "pairings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "follow-ups");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "staff");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "directory");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-page", "s", "evaluation");
}

static void
mp_hr_window_init (MpHrWindow *self)
{
  self->watched_departments = g_ptr_array_new_with_free_func (g_object_unref);
  self->progress_delay_ms = PROGRESS_DELAY_MS;

  gtk_widget_init_template (GTK_WIDGET (self));
}

MpHrWindow *
mp_hr_window_new (GtkApplication *application,
                  MpStore        *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  return g_object_new (MP_TYPE_HR_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * mp_hr_window_get_shown_pairings:
 *
 * Returns: (transfer none): the pairings the table shows, in its order (MpPairing)
 */
GListModel *
mp_hr_window_get_shown_pairings (MpHrWindow *self)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * mp_hr_window_get_follow_ups:
 *
 * Returns: (transfer none): the HR follow-up queue as shown, oldest first by default
 *   (MpActivityProgress)
 */
GListModel *
mp_hr_window_get_follow_ups (MpHrWindow *self)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), NULL);

  if (!self->follow_ups_built)
    build_follow_ups (self);

  return G_LIST_MODEL (self->follow_ups_selection);
}

/**
 * _mp_hr_window_get_child:
 * @name: the id of a widget or object in mp-hr-window.ui or in a page's .ui
 *
 * Like gtk_widget_get_template_child (), and for the pages built the first time they are
 * needed too: the page that holds @name is built now if it was not yet.
 *
 * Returns: (transfer none) (nullable): the object, or %NULL when no page has one so named
 */
GObject *
_mp_hr_window_get_child (MpHrWindow *self,
                         const char *name)
{
  GObject *object;

  g_return_val_if_fail (MP_IS_HR_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  object = gtk_widget_get_template_child (GTK_WIDGET (self), MP_TYPE_HR_WINDOW, name);
  for (guint i = 0; object == NULL && i < N_LAZY_PAGES; i++)
    {
      /* Only the page whose file names it is built. */
      if (self->page_objects[i] == NULL)
        {
          g_autoptr(GBytes) bytes = g_resources_lookup_data (lazy_pages[i].resource, 0, NULL);
          g_autofree char *needle = g_strdup_printf ("id=\"%s\"", name);

          if (bytes == NULL || g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), needle) == NULL)
            continue;
        }

      ensure_page (self, (LazyPage) i);
      object = g_hash_table_lookup (self->page_objects[i], name);
    }

  return object;
}

/**
 * _mp_hr_window_is_page_built:
 * @name: a page of the window's stack ("follow-ups", "staff", "directory", "evaluation"), or
 *   "pairings-states" (the pairings' "empty" and "no-match" pages)
 *
 * Returns: whether that page's widgets were built (pages built later say so only once)
 */
gboolean
_mp_hr_window_is_page_built (MpHrWindow *self,
                             const char *name)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), FALSE);

  for (guint i = 0; i < N_LAZY_PAGES; i++)
    {
      if (g_strcmp0 (name, lazy_pages[i].name) == 0)
        return self->page_objects[i] != NULL;
    }

  return TRUE;
}

/**
 * mp_hr_window_get_print_pairings:
 *
 * Returns: (transfer full): what Print (Ctrl+P) prints: the selected pairings, or all the
 *   shown ones when none is selected, in the table's order (MpPairing)
 */
GPtrArray *
mp_hr_window_get_print_pairings (MpHrWindow *self)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), NULL);

  return shown_pairings (self, TRUE);
}

/**
 * mp_hr_window_print_to_file:
 *
 * Prints what Print (Ctrl+P) would to a PDF file, without the print dialog.
 */
gboolean
mp_hr_window_print_to_file (MpHrWindow  *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(MpReport) report = NULL;

  g_return_val_if_fail (MP_IS_HR_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pairings = shown_pairings (self, TRUE);
  report = mp_report_new_summaries (get_store (self), pairings, now, error);

  return report != NULL && run_print (self, report, GTK_PRINT_OPERATION_ACTION_EXPORT, path, FALSE, NULL, error);
}

/**
 * mp_hr_window_import_file:
 *
 * Imports a "mentoring/1" JSON file, all or nothing, on a thread of its own, and says in
 * the window what was imported or, for a bad file, where the problem is (once
 * _mp_hr_window_is_working () is %FALSE).
 */
void
mp_hr_window_import_file (MpHrWindow *self,
                          GFile      *file)
{
  g_return_if_fail (MP_IS_HR_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job_start (self, DATA_JOB_IMPORT, file, FALSE);
}

gboolean
_mp_hr_window_is_working (MpHrWindow *self)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), FALSE);

  return self->working;
}

GtkWindow *
_mp_hr_window_get_progress_window (MpHrWindow *self)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), NULL);

  return self->job_progress.window;
}

GtkWindow *
_mp_hr_window_get_import_question (MpHrWindow *self)
{
  g_return_val_if_fail (MP_IS_HR_WINDOW (self), NULL);

  return self->import_question;
}

void
_mp_hr_window_set_progress_delay (MpHrWindow *self,
                                  guint       milliseconds)
{
  g_return_if_fail (MP_IS_HR_WINDOW (self));

  self->progress_delay_ms = milliseconds;
}

/**
 * mp_hr_window_export_file:
 *
 * Exports the store as "mentoring/1" JSON (no private notes, no concern text, no one's
 * feedback answers), on a thread of its own (a progress window with Cancel comes if it
 * takes more than a moment), and says in the window what came of it once
 * _mp_hr_window_is_working () is %FALSE.
 */
void
mp_hr_window_export_file (MpHrWindow *self,
                          GFile      *file)
{
  g_return_if_fail (MP_IS_HR_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job_start (self, DATA_JOB_EXPORT, file, FALSE);
}

/* mp-hr-columns.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-hr-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-enum-types.h"
#include "mp-hr-columns.h"

/* Columns of the HR overview's tables. Every cell is a label created in setup (only for
 * the rows on screen: the view recycles them), filled in bind and refreshed through the
 * item's notify:: while bound. Sorters read the items' properties through expressions
 * (numeric ones on the numeric properties), so the view's sorter can sort 10,000 rows
 * without a widget per row. */

static const MpHrPairingColumnInfo pairing_columns[MP_HR_N_PAIRING_COLUMNS] = {
  [MP_HR_PAIRING_EMPLOYEE] = { "employee", N_("Employee"), TRUE, 0.0, 12, 16 },
  [MP_HR_PAIRING_DEPARTMENT] = { "department", N_("Department"), TRUE, 0.0, 10, 18 },
  [MP_HR_PAIRING_MENTOR] = { "mentor", N_("Mentor"), TRUE, 0.0, 8, 16 },
  [MP_HR_PAIRING_START] = { "start", N_("Start"), FALSE, 0.0, 11, 11 },
  [MP_HR_PAIRING_PHASE] = { "phase", N_("Phase"), TRUE, 0.0, 9, 14 },
  [MP_HR_PAIRING_MEETINGS] = { "meetings", N_("Meetings"), FALSE, 0.5, 5, 5 },
  [MP_HR_PAIRING_ACTIVITIES] = { "activities", N_("Activities"), FALSE, 0.5, 5, 5 },
  [MP_HR_PAIRING_FOLLOW_UPS] = { "follow-ups", N_("Follow-ups"), FALSE, 0.5, 3, 3 },
  [MP_HR_PAIRING_LAST_CONTACT] = { "last-contact", N_("Last Contact"), FALSE, 0.0, 11, 13 },
  [MP_HR_PAIRING_NEXT_MEETING] = { "next-meeting", N_("Next Meeting"), FALSE, 0.0, 11, 11 },
  [MP_HR_PAIRING_STATE] = { "state", N_("State"), TRUE, 0.0, 14, 18 },
};

/* ---- Formatting --------------------------------------------------------------------- */

/**
 * mp_hr_translate_once:
 * @msgid: a message, the same pointer every time (a string literal)
 *
 * gettext () looked up once per message: the pairings table makes thousands of texts.
 * Marked as returning @msgid's format, so printf-style arguments are checked against it.
 *
 * Returns: @msgid translated
 */
const char *
mp_hr_translate_once (const char *msgid)
{
  static GHashTable *translations;
  const char *translation;

  if (translations == NULL)
    translations = g_hash_table_new (NULL, NULL);

  translation = g_hash_table_lookup (translations, msgid);
  if (translation == NULL)
    {
      translation = _(msgid);
      g_hash_table_insert (translations, (gpointer) msgid, (gpointer) translation);
    }

  return translation;
}

/**
 * mp_hr_format_day:
 *
 * Returns: (transfer full): @date in the user's locale ("3 Mar 2026"), or "" when unset
 */
char *
mp_hr_format_day (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  /* Translators: a day in a table, see g_date_time_format () */
  return mp_schedule_format_date (date, mp_hr_translate_once (N_("%-d %b %Y")));
}

char *
mp_hr_format_julian (guint julian)
{
  GDate date;

  if (julian == 0 || !g_date_valid_julian (julian))
    return g_strdup ("");

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return mp_hr_format_day (&date);
}

/**
 * mp_hr_format_instant:
 *
 * Returns: (transfer full): @instant in local time ("Tue 3 Mar, 10:00")
 */
char *
mp_hr_format_instant (GDateTime *instant)
{
  g_autoptr(GDateTime) local = NULL;

  if (instant == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (instant);

  /* Translators: a meeting's day and time in a table, see g_date_time_format () */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M"));
}

/**
 * mp_hr_pairing_state_text:
 *
 * Returns: (transfer full): the pairing's state in words ("Overdue by 3 days")
 */
char *
mp_hr_pairing_state_text (MpPairing *pairing)
{
  MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
  char *label = NULL;

  if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ARCHIVED)
    return g_strdup (_("Archived"));

  g_object_get (pairing, "state-label", &label, NULL);

  return label;
}

/**
 * mp_hr_pairing_contact_text:
 *
 * Returns: (transfer full): the last contact's day, or how long ago it was when that is
 *   three weeks or more ("23 days ago", shown in bold)
 */
char *
mp_hr_pairing_contact_text (MpPairing *pairing)
{
  MpProgressSummary *summary = mp_pairing_get_summary (pairing);

  if (mp_pairing_get_no_contact_alert (pairing))
    {
      if (summary->days_since_contact >= 0)
        /* Translators: shown instead of the last contact's day after three weeks without one */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago",
                                             summary->days_since_contact),
                                summary->days_since_contact);

      return g_strdup (_("None since start"));
    }

  if (g_date_valid (&summary->last_contact))
    return mp_hr_format_day (&summary->last_contact);

  return g_strdup (_("None yet"));
}

/**
 * mp_hr_count_active_mentees:
 *
 * Returns: how many active mentorships @mentor has as mentor (the mentor's load)
 */
guint
mp_hr_count_active_mentees (MpStore  *store,
                            MpPerson *mentor)
{
  GListModel *list = mp_store_get_mentorships_for_mentor (store, mentor);
  guint n = g_list_model_get_n_items (list);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (list, i);

      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
        count++;
    }

  return count;
}

/* ---- Shared cell plumbing ----------------------------------------------------------- */

typedef struct _CellKind CellKind;

typedef void (*CellFill) (const CellKind *kind,
                          GtkInscription *label,
                          gpointer        item);

typedef char *(*CellTooltip) (const CellKind *kind,
                              GtkInscription *label,
                              gpointer        item);

struct _CellKind
{
  CellFill    fill;
  CellTooltip tooltip;        /* nullable */
  MpStore    *store;          /* borrowed: the window keeps it */
  int         column;
  const char *notify_signal;  /* "notify::summary", "notify" */
  float       xalign;
  int         min_chars;
  int         nat_chars;
  const char *title;          /* the column's, translated */
  GHashTable *bound;          /* the view's bound list items, all columns (owned by the view) */
};

/* One CellKind per column, kept by the view, and the set of its bound list items
 * (*@bound, for each kind's bound). */
static CellKind *
cell_kinds_new (GtkColumnView  *view,
                guint           n_columns,
                GHashTable    **bound)
{
  CellKind *kinds = g_new0 (CellKind, n_columns);

  *bound = g_hash_table_new (NULL, NULL);
  g_object_set_data_full (G_OBJECT (view), "mp-cell-kinds", kinds, g_free);
  g_object_set_data_full (G_OBJECT (view), "mp-cell-bound", *bound, (GDestroyNotify) g_hash_table_unref);

  return kinds;
}

/* GTK 4.8 names a column view's cells and rows after their types ("GtkColumnViewCell",
 * "GtkListItemWidget"), which a screen reader reads: a cell is named "Column: text", its
 * row after its cells' texts, as the pairings table's rows are. */
static void
name_cell (const CellKind *kind,
           GtkWidget      *label)
{
  GtkWidget *cell = gtk_widget_get_parent (label);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (label));
  g_autofree char *name = NULL;
  g_autoptr(GString) row_name = NULL;

  if (cell == NULL)
    return;

  /* Translators: a table's cell as a screen reader reads it: the column, then its text */
  name = g_strdup_printf (_("%s: %s"), kind->title != NULL ? kind->title : "", text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  if (row == NULL)
    return;
  row_name = g_string_new (NULL);
  for (GtkWidget *each = gtk_widget_get_first_child (row); each != NULL; each = gtk_widget_get_next_sibling (each))
    {
      GtkWidget *inscription = gtk_widget_get_first_child (each);
      const char *each_text = GTK_IS_INSCRIPTION (inscription) ? gtk_inscription_get_text (GTK_INSCRIPTION (inscription))
                                                               : NULL;

      if (each_text == NULL || *each_text == '\0')
        continue;
      if (row_name->len > 0)
        g_string_append (row_name, ", ");
      g_string_append (row_name, each_text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_name->str, -1);
}

static void
on_cell_item_notify_cb (GObject     *item,
                        GParamSpec  *pspec,
                        GtkListItem *list_item)
{
  const CellKind *kind = g_object_get_data (G_OBJECT (list_item), "mp-cell-kind");
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (kind != NULL && GTK_IS_INSCRIPTION (label) && gtk_list_item_get_item (list_item) == (gpointer) item)
    {
      kind->fill (kind, GTK_INSCRIPTION (label), item);
      name_cell (kind, label);
    }
}

static gboolean
on_cell_query_tooltip_cb (GtkWidget   *label,
                          int          x,
                          int          y,
                          gboolean     keyboard_mode,
                          GtkTooltip  *tooltip,
                          GtkListItem *list_item)
{
  const CellKind *kind = g_object_get_data (G_OBJECT (list_item), "mp-cell-kind");
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (kind == NULL || kind->tooltip == NULL || item == NULL)
    return FALSE;

  text = kind->tooltip (kind, GTK_INSCRIPTION (label), item);
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* The whole text of a cell that may be cut short. */
static char *
ellipsized_text (GtkInscription *label)
{
  const char *text = gtk_inscription_get_text (label);

  return text != NULL && g_utf8_strlen (text, -1) > gtk_inscription_get_min_chars (label) ? g_strdup (text) : NULL;
}

static char *
ellipsized_tooltip (const CellKind *kind,
                    GtkInscription *label,
                    gpointer        item)
{
  return ellipsized_text (label);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  const CellKind           *kind)
{
  /* GtkInscription: made for list cells, it is measured in characters, not by laying out
   * its text, so 200 rows of eleven cells are cheap to make and to size. */
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), kind->xalign);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), kind->min_chars);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), kind->nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "mp-cell");

  /* Tooltips are made when asked for: setting one in bind would cost a round trip to
   * the display server for every cell scrolled into view. */
  if (kind->tooltip != NULL)
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), list_item);
    }

  g_object_set_data (G_OBJECT (list_item), "mp-cell-kind", (gpointer) kind);
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 const CellKind           *kind)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gulong handler;

  if (item == NULL || !GTK_IS_INSCRIPTION (label))
    return;

  kind->fill (kind, GTK_INSCRIPTION (label), item);
  name_cell (kind, label);
  /* Disconnected in unbind, before the list item can go. */
  handler = g_signal_connect (item, kind->notify_signal, G_CALLBACK (on_cell_item_notify_cb), list_item);
  g_object_set_data (G_OBJECT (list_item), "mp-cell-handler", GSIZE_TO_POINTER (handler));
  g_hash_table_add (kind->bound, list_item);
}

static void
set_row_classes (GtkWidget *label,
                 gboolean   overdue,
                 gboolean   no_contact,
                 gboolean   finished)
{
  /* The cell widget around our label: tinting every cell of a row tints the row. */
  GtkWidget *cell = gtk_widget_get_parent (label);

  if (cell == NULL)
    cell = label;

  if (overdue)
    gtk_widget_add_css_class (cell, "mp-pairing-overdue");
  else
    gtk_widget_remove_css_class (cell, "mp-pairing-overdue");

  if (no_contact && !overdue)
    gtk_widget_add_css_class (cell, "mp-pairing-no-contact");
  else
    gtk_widget_remove_css_class (cell, "mp-pairing-no-contact");

  if (finished)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   const CellKind           *kind)
{
  gpointer item = gtk_list_item_get_item (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "mp-cell-handler"));
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (item != NULL && handler != 0)
    g_signal_handler_disconnect (item, handler);
  g_object_set_data (G_OBJECT (list_item), "mp-cell-handler", NULL);
  g_hash_table_remove (kind->bound, list_item);

  if (label != NULL)
    {
      set_row_classes (label, FALSE, FALSE, FALSE);
      gtk_widget_remove_css_class (label, "mp-state-overdue");
      gtk_widget_remove_css_class (label, "mp-state-no-contact");
      gtk_widget_remove_css_class (label, "mp-state-due-soon");
    }
}

static void
on_cell_teardown_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     const CellKind           *kind)
{
  g_hash_table_remove (kind->bound, list_item);
}

static GtkListItemFactory *
cell_factory_new (const CellKind *kind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), (gpointer) kind);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), (gpointer) kind);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), (gpointer) kind);
  g_signal_connect (factory, "teardown", G_CALLBACK (on_cell_teardown_cb), (gpointer) kind);

  return factory;
}

/**
 * mp_hr_columns_refresh:
 * @view: a view set up by mp_hr_columns_setup_people () or mp_hr_columns_setup_follow_ups ()
 *
 * Fills the cells on screen again from their items, for what a cell shows that its item
 * does not notify (a mentor's count of mentees, a suggestion made in another pairing).
 */
void
mp_hr_columns_refresh (GtkColumnView *view)
{
  GHashTable *bound;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  bound = g_object_get_data (G_OBJECT (view), "mp-cell-bound");
  if (bound == NULL)
    return;

  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GtkListItem *list_item = key;
      const CellKind *kind = g_object_get_data (G_OBJECT (list_item), "mp-cell-kind");
      gpointer item = gtk_list_item_get_item (list_item);
      GtkWidget *label = gtk_list_item_get_child (list_item);

      if (kind != NULL && item != NULL && GTK_IS_INSCRIPTION (label))
        {
          kind->fill (kind, GTK_INSCRIPTION (label), item);
          name_cell (kind, label);
        }
    }
}

static void
set_label_text (GtkInscription *label,
                const char     *text)
{
  /* Setting the same text again would relayout the row for nothing. */
  if (g_strcmp0 (gtk_inscription_get_text (label), text) != 0)
    gtk_inscription_set_text (label, text);
}

/* ---- Pairings --------------------------------------------------------------------- */

/* The pairings table is drawn by MpHrPairingRow (mp-hr-pairing-row.c): one widget per
 * row, which asks here for its columns' texts; the view's sorter compares here. */

const MpHrPairingColumnInfo *
mp_hr_pairing_column_get_info (MpHrPairingColumn column)
{
  g_return_val_if_fail (column < MP_HR_N_PAIRING_COLUMNS, NULL);

  return &pairing_columns[column];
}

/* No meeting to come is awaited: finished, or its six months over */
static gboolean
no_meeting_awaited (MpPairing *pairing)
{
  MpScheduleState state = mp_pairing_get_state (pairing);

  return state == MP_SCHEDULE_STATE_COMPLETED || state == MP_SCHEDULE_STATE_ENDED ||
         state == MP_SCHEDULE_STATE_UNFINISHED;
}

/* The Next Meeting column's order: the meetings planned by their time, then the rows as
 * the column reads them: "Not logged", "Not scheduled", "—" */
static gint64
next_meeting_key (MpPairing *pairing)
{
  if (mp_pairing_get_summary (pairing)->next_meeting != NULL)
    return mp_pairing_get_next_meeting_unix (pairing);
  if (mp_pairing_get_unlogged_meeting_unix (pairing) != MP_PROGRESS_NO_TIME)
    return G_MAXINT64 - 2;
  if (!no_meeting_awaited (pairing))
    return G_MAXINT64 - 1;
  return G_MAXINT64;
}

/**
 * mp_hr_pairing_column_text:
 *
 * Returns: (transfer full): what @column shows for @pairing
 */
char *
mp_hr_pairing_column_text (MpPairing         *pairing,
                           MpHrPairingColumn  column)
{
  MpProgressSummary *summary = mp_pairing_get_summary (pairing);

  switch (column)
    {
    case MP_HR_PAIRING_EMPLOYEE:
      return g_strdup (mp_pairing_get_employee_name (pairing));

    case MP_HR_PAIRING_DEPARTMENT:
      return g_strdup (mp_pairing_get_department_name (pairing));

    case MP_HR_PAIRING_MENTOR:
      return g_strdup (mp_pairing_get_mentor_name (pairing));

    case MP_HR_PAIRING_START:
      return mp_hr_format_julian (mp_pairing_get_start_day (pairing));

    case MP_HR_PAIRING_PHASE:
      /* "Months 1–2: every two weeks" → "Months 1–2"; the whole title in the tooltip. */
      if (summary->phase_title != NULL && strchr (summary->phase_title, ':') != NULL)
        return g_strndup (summary->phase_title, strchr (summary->phase_title, ':') - summary->phase_title);
      return g_strdup (summary->phase_title ? summary->phase_title : "");

    case MP_HR_PAIRING_MEETINGS:
      /* Translators: meetings held / expected so far */
      return g_strdup_printf (mp_hr_translate_once (N_("%u / %u")), summary->meetings_held,
                              summary->meetings_expected);

    case MP_HR_PAIRING_ACTIVITIES:
      /* Translators: activities done / applicable */
      return g_strdup_printf (mp_hr_translate_once (N_("%u / %u")), summary->activities_done,
                              summary->activities_applicable);

    case MP_HR_PAIRING_FOLLOW_UPS:
      return summary->hr_follow_ups_pending ? g_strdup_printf ("%u", summary->hr_follow_ups_pending)
                                            : g_strdup ("—");

    case MP_HR_PAIRING_LAST_CONTACT:
      return mp_hr_pairing_contact_text (pairing);

    case MP_HR_PAIRING_NEXT_MEETING:
      /* The day in the table, the time in the tooltip. */
      if (summary->next_meeting != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (summary->next_meeting);
          GDate day;

          g_date_clear (&day, 1);
          g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                          g_date_time_get_year (local));
          return mp_hr_format_day (&day);
        }
      /* (the tooltip says when it was) */
      if (mp_pairing_get_unlogged_meeting_unix (pairing) != MP_PROGRESS_NO_TIME)
        return g_strdup (mp_hr_translate_once (N_("Not logged")));
      if (no_meeting_awaited (pairing))
        return g_strdup ("—");
      return g_strdup (mp_hr_translate_once (N_("Not scheduled")));

    case MP_HR_PAIRING_STATE:
      return mp_hr_pairing_state_text (pairing);

    case MP_HR_N_PAIRING_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * mp_hr_pairing_column_tooltip:
 *
 * Returns: (transfer full) (nullable): more than @column shows of @pairing: the next
 *   meeting's time, the phase's whole title; %NULL for the other columns, whose tooltip
 *   is their text when it is cut short
 */
char *
mp_hr_pairing_column_tooltip (MpPairing         *pairing,
                              MpHrPairingColumn  column)
{
  MpProgressSummary *summary = mp_pairing_get_summary (pairing);
  gint64 unlogged = mp_pairing_get_unlogged_meeting_unix (pairing);

  if (column == MP_HR_PAIRING_NEXT_MEETING && summary->next_meeting != NULL)
    return mp_hr_format_instant (summary->next_meeting);

  if (column == MP_HR_PAIRING_NEXT_MEETING && unlogged != MP_PROGRESS_NO_TIME)
    {
      g_autoptr(GDateTime) planned = g_date_time_new_from_unix_utc (unlogged);
      g_autofree char *when = mp_hr_format_instant (planned);

      /* Translators: in the HR table's Next Meeting column, under "Not logged"; %s is a day
       * and a time */
      return g_strdup_printf (_("The meeting planned for %s is not logged yet."), when);
    }

  if (column == MP_HR_PAIRING_PHASE)
    return summary->phase_title ? g_strdup (summary->phase_title) : NULL;

  return NULL;
}

/* A name's sort key: as GtkStringSorter's with ignore-case (casefolded, then collated),
 * made once per name rather than once per comparison. The UI runs in one thread. */
static const char *
name_sort_key (const char *name)
{
  static GHashTable *keys;
  const char *key;

  if (name == NULL)
    name = "";
  if (keys == NULL)
    keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  key = g_hash_table_lookup (keys, name);
  if (key == NULL)
    {
      g_autofree char *folded = g_utf8_casefold (name, -1);
      char *made = g_utf8_collate_key (folded, -1);

      g_hash_table_insert (keys, g_strdup (name), made);
      key = made;
    }

  return key;
}

#define COMPARE_NUMBERS(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)

/**
 * mp_hr_pairing_column_compare:
 *
 * Compares two pairings by what @column shows, on the same keys as its text: names
 * ignoring case in the locale's collation, days, counts, and the state by urgency.
 *
 * Returns: <0, 0 or >0, as strcmp ()
 */
int
mp_hr_pairing_column_compare (MpPairing         *a,
                              MpPairing         *b,
                              MpHrPairingColumn  column)
{
  switch (column)
    {
    case MP_HR_PAIRING_EMPLOYEE:
      return strcmp (name_sort_key (mp_pairing_get_employee_name (a)),
                     name_sort_key (mp_pairing_get_employee_name (b)));

    case MP_HR_PAIRING_DEPARTMENT:
      return strcmp (name_sort_key (mp_pairing_get_department_name (a)),
                     name_sort_key (mp_pairing_get_department_name (b)));

    case MP_HR_PAIRING_MENTOR:
      return strcmp (name_sort_key (mp_pairing_get_mentor_name (a)),
                     name_sort_key (mp_pairing_get_mentor_name (b)));

    case MP_HR_PAIRING_START:
      return COMPARE_NUMBERS (mp_pairing_get_start_day (a), mp_pairing_get_start_day (b));

    case MP_HR_PAIRING_PHASE:
      return COMPARE_NUMBERS (mp_pairing_get_summary (a)->phase_index, mp_pairing_get_summary (b)->phase_index);

    case MP_HR_PAIRING_MEETINGS:
      {
        MpProgressSummary *sa = mp_pairing_get_summary (a);
        MpProgressSummary *sb = mp_pairing_get_summary (b);

        if (sa->meetings_held != sb->meetings_held)
          return COMPARE_NUMBERS (sa->meetings_held, sb->meetings_held);
        return COMPARE_NUMBERS (sa->meetings_expected, sb->meetings_expected);
      }

    case MP_HR_PAIRING_ACTIVITIES:
      {
        MpProgressSummary *sa = mp_pairing_get_summary (a);
        MpProgressSummary *sb = mp_pairing_get_summary (b);

        if (sa->activities_done != sb->activities_done)
          return COMPARE_NUMBERS (sa->activities_done, sb->activities_done);
        return COMPARE_NUMBERS (sa->activities_applicable, sb->activities_applicable);
      }

    case MP_HR_PAIRING_FOLLOW_UPS:
      return COMPARE_NUMBERS (mp_pairing_get_summary (a)->hr_follow_ups_pending,
                              mp_pairing_get_summary (b)->hr_follow_ups_pending);

    case MP_HR_PAIRING_LAST_CONTACT:
      return COMPARE_NUMBERS (mp_pairing_get_last_contact_day (a), mp_pairing_get_last_contact_day (b));

    case MP_HR_PAIRING_NEXT_MEETING:
      return COMPARE_NUMBERS (next_meeting_key (a), next_meeting_key (b));

    case MP_HR_PAIRING_STATE:
      return COMPARE_NUMBERS (mp_pairing_get_urgency (a), mp_pairing_get_urgency (b));

    case MP_HR_N_PAIRING_COLUMNS:
    default:
      g_return_val_if_reached (0);
    }
}

#undef COMPARE_NUMBERS

/**
 * mp_hr_pairing_column_get_key:
 *
 * The number mp_hr_pairing_column_compare () compares for @column, when it compares one
 * (names are compared as text: no key).
 *
 * Returns: %TRUE when *@key orders @pairing as mp_hr_pairing_column_compare () does
 */
gboolean
mp_hr_pairing_column_get_key (MpPairing         *pairing,
                              MpHrPairingColumn  column,
                              gint64            *key)
{
  MpProgressSummary *summary = mp_pairing_get_summary (pairing);

  switch (column)
    {
    case MP_HR_PAIRING_START:
      *key = mp_pairing_get_start_day (pairing);
      return TRUE;

    case MP_HR_PAIRING_PHASE:
      *key = summary->phase_index;
      return TRUE;

    case MP_HR_PAIRING_MEETINGS:  /* counts far below 2^31 */
      *key = ((gint64) MIN (summary->meetings_held, G_MAXINT32) << 32) + summary->meetings_expected;
      return TRUE;

    case MP_HR_PAIRING_ACTIVITIES:
      *key = ((gint64) MIN (summary->activities_done, G_MAXINT32) << 32) + summary->activities_applicable;
      return TRUE;

    case MP_HR_PAIRING_FOLLOW_UPS:
      *key = summary->hr_follow_ups_pending;
      return TRUE;

    case MP_HR_PAIRING_LAST_CONTACT:
      *key = mp_pairing_get_last_contact_day (pairing);
      return TRUE;

    case MP_HR_PAIRING_NEXT_MEETING:
      *key = next_meeting_key (pairing);
      return TRUE;

    case MP_HR_PAIRING_STATE:
      *key = mp_pairing_get_urgency (pairing);
      return TRUE;

    case MP_HR_PAIRING_EMPLOYEE:
    case MP_HR_PAIRING_DEPARTMENT:
    case MP_HR_PAIRING_MENTOR:
    case MP_HR_N_PAIRING_COLUMNS:
    default:
      return FALSE;
    }
}

/* ---- People ------------------------------------------------------------------------ */

typedef enum
{
  PERSON_NAME,
  PERSON_LOGIN,
  PERSON_DEPARTMENT,
  PERSON_TITLE,
  PERSON_EMAIL,
  PERSON_ROLES,
  PERSON_MENTEES,
  N_PERSON_COLUMNS
} PersonColumn;


static void
fill_person_cell (const CellKind *kind,
                  GtkInscription *label,
                  gpointer        item)
{
  int column = kind->column;
  MpPerson *person = MP_PERSON (item);
  MpDepartment *department = mp_person_get_department (person);
  g_autofree char *text = NULL;

  switch ((PersonColumn) column)
    {
    case PERSON_NAME:
      if (mp_person_get_active (person))
        set_label_text (label, mp_person_get_name (person));
      else
        {
          /* Translators: a person who no longer works here, in the staff table */
          text = g_strdup_printf (_("%s (inactive)"), mp_person_get_name (person));
          set_label_text (label, text);
        }
      break;

    case PERSON_LOGIN:
      set_label_text (label, mp_person_get_login (person) ? mp_person_get_login (person) : "");
      break;

    case PERSON_DEPARTMENT:
      set_label_text (label, department ? mp_department_get_name (department) : "");
      break;

    case PERSON_TITLE:
      set_label_text (label, mp_person_get_title (person) ? mp_person_get_title (person) : "");
      break;

    case PERSON_EMAIL:
      set_label_text (label, mp_person_get_email (person) ? mp_person_get_email (person) : "");
      break;

    case PERSON_ROLES:
      {
        GString *roles = g_string_new (NULL);

        if (mp_person_get_may_mentor (person))
          g_string_append (roles, _("May mentor"));
        if (mp_person_get_is_hr_admin (person))
          {
            if (roles->len > 0)
              g_string_append (roles, _(", "));
            g_string_append (roles, _("HR administrator"));
          }
        /* A mentor saw another possible mentor in them (an introduction's "Could mentor too") */
        if (!mp_person_get_may_mentor (person) && kind->store != NULL &&
            mp_store_is_suggested_mentor (kind->store, person))
          {
            if (roles->len > 0)
              g_string_append (roles, _(", "));
            g_string_append (roles, _("Suggested as a mentor"));
          }
        text = g_string_free (roles, FALSE);
        set_label_text (label, text);
      }
      break;

    case PERSON_MENTEES:
      if (mp_person_get_may_mentor (person))
        text = g_strdup_printf ("%u", mp_hr_count_active_mentees (kind->store, person));
      else
        text = g_strdup ("");
      set_label_text (label, text);
      break;

    case N_PERSON_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  if (mp_person_get_active (person))
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static char *
person_department_name (MpPerson *person)
{
  MpDepartment *department;

  if (person == NULL)
    return g_strdup ("");
  department = mp_person_get_department (person);

  return g_strdup (department ? mp_department_get_name (department) : "");
}

static char *
person_roles_key (MpPerson *person)
{
  if (person == NULL)
    return g_strdup ("");

  return g_strdup_printf ("%d%d", !mp_person_get_is_hr_admin (person), !mp_person_get_may_mentor (person));
}

static int
compare_mentees (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  MpStore *store = user_data;
  guint la = mp_hr_count_active_mentees (store, (MpPerson *) a);
  guint lb = mp_hr_count_active_mentees (store, (MpPerson *) b);

  return la < lb ? GTK_ORDERING_SMALLER : la > lb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

void
mp_hr_columns_setup_people (GtkColumnView *view,
                            MpStore       *store)
{
  static const struct {
    const char *id;
    const char *title;
    const char *property;
    gboolean    expand;
    int         min_chars;
    int         nat_chars;
  } infos[] = {
    [PERSON_NAME] = { "name", N_("Name"), "name", TRUE, 8, 20 },
    [PERSON_LOGIN] = { "login", N_("Login"), "login", FALSE, 6, 10 },
    [PERSON_DEPARTMENT] = { "department", N_("Department"), NULL, TRUE, 8, 22 },
    [PERSON_TITLE] = { "title", N_("Title"), "title", TRUE, 8, 24 },
    [PERSON_EMAIL] = { "email", N_("E-mail"), "email", TRUE, 8, 30 },
    [PERSON_ROLES] = { "roles", N_("Roles"), NULL, FALSE, 10, 16 },
    [PERSON_MENTEES] = { "mentees", N_("Mentees"), NULL, FALSE, 3, 3 },
  };
  CellKind *kinds;
  GHashTable *bound;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  kinds = cell_kinds_new (view, N_PERSON_COLUMNS, &bound);
  for (guint i = 0; i < N_PERSON_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;
      GtkExpression *expression = NULL;

      kinds[i] = (CellKind) {
        .fill = fill_person_cell,
        .tooltip = infos[i].expand ? ellipsized_tooltip : NULL,
        .store = store,
        .column = i,
        .notify_signal = "notify",
        .xalign = i == PERSON_MENTEES ? 0.5 : 0.0,
        .min_chars = infos[i].min_chars,
        .nat_chars = infos[i].nat_chars,
        .title = _(infos[i].title),
        .bound = bound,
      };

      column = gtk_column_view_column_new (_(infos[i].title), cell_factory_new (&kinds[i]));
      gtk_column_view_column_set_expand (column, infos[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);

      if (infos[i].property != NULL)
        expression = gtk_property_expression_new (MP_TYPE_PERSON, NULL, infos[i].property);
      else if (i == PERSON_DEPARTMENT)
        expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                  G_CALLBACK (person_department_name), NULL, NULL);
      else if (i == PERSON_ROLES)
        expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                  G_CALLBACK (person_roles_key), NULL, NULL);

      if (expression != NULL)
        {
          GtkStringSorter *string_sorter = gtk_string_sorter_new (expression);

          gtk_string_sorter_set_ignore_case (string_sorter, TRUE);
          sorter = GTK_SORTER (string_sorter);
        }
      else
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_mentees, store, NULL));

      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (view, column);
    }
}

/* ---- HR follow-ups ------------------------------------------------------------------ */

typedef enum
{
  FOLLOW_UP_EMPLOYEE,
  FOLLOW_UP_MENTOR,
  FOLLOW_UP_ACTIVITY,
  FOLLOW_UP_DONE_ON,
  FOLLOW_UP_WAITING,
  FOLLOW_UP_FOLLOWED_ON,  /* shown with the follow-ups recorded */
  N_FOLLOW_UP_COLUMNS
} FollowUpColumn;

static const char *
progress_activity_title (MpActivityProgress *progress)
{
  MpMentorship *mentorship = mp_activity_progress_get_mentorship (progress);
  MpProgram *program = mentorship ? mp_mentorship_get_program (mentorship) : NULL;
  MpActivity *activity = program ? mp_program_lookup_activity (program, mp_activity_progress_get_activity_id (progress))
                                 : NULL;

  return activity ? mp_activity_get_title (activity) : mp_activity_progress_get_activity_id (progress);
}

static char *
progress_person_name (MpActivityProgress *progress,
                      gboolean            mentor)
{
  MpMentorship *mentorship = progress ? mp_activity_progress_get_mentorship (progress) : NULL;
  MpPerson *person = NULL;

  if (mentorship != NULL)
    person = mentor ? mp_mentorship_get_mentor (mentorship) : mp_mentorship_get_employee (mentorship);

  return g_strdup (person ? mp_person_get_name (person) : "");
}

static char *
progress_employee_name (MpActivityProgress *progress)
{
  return progress_person_name (progress, FALSE);
}

static char *
progress_mentor_name (MpActivityProgress *progress)
{
  return progress_person_name (progress, TRUE);
}

static char *
progress_activity_title_dup (MpActivityProgress *progress)
{
  return g_strdup (progress ? progress_activity_title (progress) : "");
}

static guint
progress_done_julian (MpActivityProgress *progress)
{
  const GDate *done = progress ? mp_activity_progress_get_done_on (progress) : NULL;

  return done != NULL && g_date_valid (done) ? g_date_get_julian (done) : 0;
}

static guint
progress_followed_julian (MpActivityProgress *progress)
{
  const GDate *followed = progress ? mp_activity_progress_get_hr_followed_up_on (progress) : NULL;

  return followed != NULL && g_date_valid (followed) ? g_date_get_julian (followed) : 0;
}

/* The days' sorters compare in C: a GtkNumericSorter over a closure expression evaluated
 * both items' expressions at each comparison, and GTK 4.8's sort model compares (it asks no
 * keys of the column view's sorter): opening the follow-ups at 10,000 pairings spent a
 * third of its time there. */
static int
compare_julians (guint x,
                 guint y)
{
  return x < y ? GTK_ORDERING_SMALLER : x > y ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_done_on (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return compare_julians (progress_done_julian ((MpActivityProgress *) a),
                          progress_done_julian ((MpActivityProgress *) b));
}

/* Waiting least first: done latest first. */
static int
compare_waiting (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return compare_done_on (b, a, user_data);
}

static int
compare_followed_up_on (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  return compare_julians (progress_followed_julian ((MpActivityProgress *) a),
                          progress_followed_julian ((MpActivityProgress *) b));
}

static void
fill_follow_up_cell (const CellKind *kind,
                     GtkInscription *label,
                     gpointer        item)
{
  int column = kind->column;
  MpActivityProgress *progress = MP_ACTIVITY_PROGRESS (item);
  g_autofree char *text = NULL;

  switch ((FollowUpColumn) column)
    {
    case FOLLOW_UP_EMPLOYEE:
      text = progress_employee_name (progress);
      break;

    case FOLLOW_UP_MENTOR:
      text = progress_mentor_name (progress);
      break;

    case FOLLOW_UP_ACTIVITY:
      text = progress_activity_title_dup (progress);
      break;

    case FOLLOW_UP_DONE_ON:
      text = mp_hr_format_day (mp_activity_progress_get_done_on (progress));
      break;

    case FOLLOW_UP_WAITING:
      {
        const GDate *done = mp_activity_progress_get_done_on (progress);
        GDate today;
        int days;

        if (done == NULL || !g_date_valid (done) || progress_followed_julian (progress) != 0)
          {
            text = g_strdup ("");
            break;
          }
        /* The same "today" as the pairings' progress. */
        mp_pairing_list_get_today (mp_pairing_list_get_for_store (kind->store), &today);
        days = MAX (0, g_date_days_between (done, &today));
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
      }
      break;

    case FOLLOW_UP_FOLLOWED_ON:
      text = progress_followed_julian (progress) != 0
             ? mp_hr_format_day (mp_activity_progress_get_hr_followed_up_on (progress))
             : g_strdup (_("Waiting"));
      break;

    case N_FOLLOW_UP_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  set_label_text (label, text);
}

/* Returns: (transfer none): the "Followed Up" column, hidden until HR shows those recorded */
GtkColumnViewColumn *
mp_hr_columns_setup_follow_ups (GtkColumnView *view,
                                MpStore       *store)
{
  GtkColumnViewColumn *followed = NULL;
  static const struct {
    const char *id;
    const char *title;
    gboolean    expand;
    int         min_chars;
    int         nat_chars;
  } infos[] = {
    [FOLLOW_UP_EMPLOYEE] = { "employee", N_("Employee"), TRUE, 8, 20 },
    [FOLLOW_UP_MENTOR] = { "mentor", N_("Mentor"), TRUE, 8, 20 },
    [FOLLOW_UP_ACTIVITY] = { "activity", N_("Activity"), TRUE, 10, 40 },
    [FOLLOW_UP_DONE_ON] = { "done-on", N_("Done On"), FALSE, 11, 11 },
    [FOLLOW_UP_WAITING] = { "waiting", N_("Waiting"), FALSE, 8, 8 },
    [FOLLOW_UP_FOLLOWED_ON] = { "followed-up-on", N_("Followed Up"), FALSE, 11, 11 },
  };
  CellKind *kinds;
  GHashTable *bound;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  kinds = cell_kinds_new (view, N_FOLLOW_UP_COLUMNS, &bound);
  for (guint i = 0; i < N_FOLLOW_UP_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      kinds[i] = (CellKind) {
        .fill = fill_follow_up_cell,
        .tooltip = infos[i].expand ? ellipsized_tooltip : NULL,
        .store = store,
        .column = i,
        .notify_signal = "notify",
        .xalign = 0.0,
        .min_chars = infos[i].min_chars,
        .nat_chars = infos[i].nat_chars,
        .title = _(infos[i].title),
        .bound = bound,
      };

      column = gtk_column_view_column_new (_(infos[i].title), cell_factory_new (&kinds[i]));
      gtk_column_view_column_set_expand (column, infos[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);

      switch ((FollowUpColumn) i)
        {
        case FOLLOW_UP_EMPLOYEE:
        case FOLLOW_UP_MENTOR:
        case FOLLOW_UP_ACTIVITY:
          {
            GCallback getter = i == FOLLOW_UP_EMPLOYEE ? G_CALLBACK (progress_employee_name)
                             : i == FOLLOW_UP_MENTOR ? G_CALLBACK (progress_mentor_name)
                             : G_CALLBACK (progress_activity_title_dup);
            GtkStringSorter *string_sorter =
              gtk_string_sorter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, getter, NULL, NULL));

            gtk_string_sorter_set_ignore_case (string_sorter, TRUE);
            sorter = GTK_SORTER (string_sorter);
          }
          break;

        case FOLLOW_UP_DONE_ON:
          sorter = GTK_SORTER (gtk_custom_sorter_new (compare_done_on, NULL, NULL));
          break;

        case FOLLOW_UP_WAITING:
          /* Waiting longest = done earliest. */
          sorter = GTK_SORTER (gtk_custom_sorter_new (compare_waiting, NULL, NULL));
          break;

        case FOLLOW_UP_FOLLOWED_ON:
          sorter = GTK_SORTER (gtk_custom_sorter_new (compare_followed_up_on, NULL, NULL));
          gtk_column_view_column_set_visible (column, FALSE);
          followed = column;
          break;

        case N_FOLLOW_UP_COLUMNS:
        default:
          g_assert_not_reached ();
        }

      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (view, column);
    }

  return followed;  /* the view holds it */
}

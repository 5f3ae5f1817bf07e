/* mp-a11y.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-a11y"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-a11y.h"
#include "mp-model.h"
#include "mp-ui-util.h"
#include "mp-window.h"

/* Accessible names as a screen reader should hear them, where GTK 4.8 gets them wrong:
 *
 * - A button with a mnemonic ("_Save") gets the raw label, underscore included, as its
 *   accessible label AND its label as the mnemonic label it is labelled by: a screen
 *   reader reads "_Save Save". It gets "Save", and no other label.
 * - A check button with a mnemonic and the tabs of a GtkStackSwitcher (and the pages
 *   behind them) are named after the raw label: "Show _inactive". They get the label
 *   without its mnemonic.
 * - The four arrow buttons of a GtkCalendar have no name at all ("GtkImage"): they get
 *   "Previous month", "Next month", "Previous year" and "Next year".
 * - Two buttons of one page with the same label ("Edit…", for a department and for a
 *   question) sound the same: mp_a11y_set_label () gives each its own name.
 * - A widget made insensitive is "disabled" to a screen reader, but not what it holds: the
 *   buttons of a greyed-out form are read as working ones. mp_a11y_set_sensitive () says
 *   so of each of them too, and a widget first shown inside one (a list row made while the
 *   HR window waits for a long job) is said to be disabled as it is shown.
 * - A GtkCalendar tells nothing of the day chosen in it, which is all it is for: its
 *   description says it ("Friday 4 December 2026."), or what its window says of that day
 *   (mp_a11y_calendar_set_day_text ()), then what the calendar is for
 *   (mp_a11y_calendar_set_purpose ()), again whenever the day changes.
 * - A GtkMessageDialog has no title, so no name: it gets its question, once it is up.
 * - The button inside a GtkDropDown, which takes the focus, is unnamed ("GtkToggleButton"):
 *   it is labelled by the drop-down, and described by the item chosen ("10:00").
 * - The button inside a GtkMenuButton with a label takes the focus under that label alone
 *   ("Tick…"): it is labelled by the menu button, as the app names it.
 * - A stack page that is a scrolled window, which takes the focus when nothing in it can,
 *   is unnamed: it gets its page's title.
 * - The rows of a GtkStackSidebar, which take the focus, are unnamed: each is named after
 *   the title of its page ("Welcome").
 * - Tab in a GtkStackSidebar moves to the next row, which shows the next page: Tab leaves
 *   the sidebar instead (a keyboard fix more than a name, made here for the same reason:
 *   every window gets it).
 * - A drop-down's list with a search field opens with the focus on the list, where typing
 *   does nothing, and Return in the field does nothing either: typing goes to the field,
 *   and Return chooses the first item starting so (another keyboard fix: "14:3", Return).
 *
 * mp_a11y_init () installs an emission hook on GtkWidget::map once, so every window,
 * dialog and popover (all of it, hidden pages included, when it is shown) and every row
 * made later (when it is shown) is covered without each of them calling anything; a
 * mnemonic label changed later is fixed again. Later GTK versions name some of these
 * themselves; there these fixes are harmless. tests/a11y/ checks the result through AT-SPI. */

/**
 * mp_a11y_strip_mnemonic:
 * @label: a label that may hold mnemonics ("Show _inactive", "Rock __n Roll")
 *
 * Returns: (transfer full): the label as shown: "Show inactive", "Rock _n Roll"
 */
char *
mp_a11y_strip_mnemonic (const char *label)
{
  GString *text;

  if (label == NULL)
    return NULL;

  text = g_string_sized_new (strlen (label));
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (text, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

static void
set_label (GtkAccessible *accessible,
           const char    *label)
{
  gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_label_changed_cb (GtkWidget  *widget,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  mp_a11y_fix_widget (widget);
}

/* A label set later (a button that names a person) is fixed again. */
static void
watch_label (GtkWidget *widget)
{
  if (g_object_get_data (G_OBJECT (widget), "mp-a11y-watched") != NULL)
    return;

  g_object_set_data (G_OBJECT (widget), "mp-a11y-watched", GINT_TO_POINTER (TRUE));
  g_signal_connect (widget, "notify::label", G_CALLBACK (on_label_changed_cb), NULL);
  g_signal_connect (widget, "notify::use-underline", G_CALLBACK (on_label_changed_cb), NULL);
}

#define OWN_LABEL "mp-a11y-own-label"

/**
 * mp_a11y_set_label:
 * @button: a button
 * @label: what a screen reader calls it, more than its label says: two "Edit…" buttons of
 *   one page are "Edit Department…" and "Edit Person…"
 */
void
mp_a11y_set_label (GtkButton  *button,
                   const char *label)
{
  g_return_if_fail (GTK_IS_BUTTON (button));
  g_return_if_fail (label != NULL);

  g_object_set_data_full (G_OBJECT (button), OWN_LABEL, g_strdup (label), g_free);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  set_label (GTK_ACCESSIBLE (button), label);
}

static void
fix_button (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (button));
  const char *own_label = g_object_get_data (G_OBJECT (button), OWN_LABEL);

  if (own_label != NULL)
    {
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      set_label (GTK_ACCESSIBLE (button), own_label);
      return;
    }

  if (!GTK_IS_LABEL (child))
    return;

  /* A stack switcher's tab: its label may hold the page's mnemonic. */
  if (GTK_IS_STACK_SWITCHER (parent))
    {
      if (gtk_label_get_use_underline (GTK_LABEL (child)))
        set_label (GTK_ACCESSIBLE (button), gtk_label_get_text (GTK_LABEL (child)));
      return;
    }

  if (!gtk_button_get_use_underline (button))
    return;

  /* Named by its label without the mnemonic, and by nothing else. */
  if (gtk_label_get_mnemonic_widget (GTK_LABEL (child)) == GTK_WIDGET (button))
    {
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      set_label (GTK_ACCESSIBLE (button), gtk_label_get_text (GTK_LABEL (child)));
    }
  watch_label (GTK_WIDGET (button));
}

static void
fix_check_button (GtkCheckButton *button)
{
  const char *label = gtk_check_button_get_label (button);
  g_autofree char *text = NULL;

  if (label == NULL || !gtk_check_button_get_use_underline (button))
    return;

  text = mp_a11y_strip_mnemonic (label);
  set_label (GTK_ACCESSIBLE (button), text);
  watch_label (GTK_WIDGET (button));
}

static void
fix_stack_page (GtkStackPage *page)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  gboolean use_underline = FALSE;

  if (!GTK_IS_ACCESSIBLE (page))
    return;

  g_object_get (page, "title", &title, "use-underline", &use_underline, NULL);
  if (title == NULL || !use_underline)
    return;

  text = mp_a11y_strip_mnemonic (title);
  set_label (GTK_ACCESSIBLE (page), text);
}

/* A page that is a scrolled window takes the focus itself when nothing in it can (so the
 * keyboard scrolls it): it is named after its page ("Feedback"). */
static void
fix_stack_page_scroller (GtkStackPage *page)
{
  GtkWidget *child = gtk_stack_page_get_child (page);
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  gboolean use_underline = FALSE;

  if (!GTK_IS_SCROLLED_WINDOW (child))
    return;

  g_object_get (page, "title", &title, "use-underline", &use_underline, NULL);
  if (title == NULL)
    return;

  text = use_underline ? mp_a11y_strip_mnemonic (title) : g_strdup (title);
  set_label (GTK_ACCESSIBLE (child), text);
}

static void
fix_stack (GtkStack *stack)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);

      fix_stack_page (page);
      fix_stack_page_scroller (page);
    }
}

/* GTK 4.8's calendar moves a cell of its own with the arrows, which a day chosen by the
 * app does not move: from Thursday 10 December, Right then Space chose Sunday 29 November
 * (the first cell), and no cell shows where it is. The arrows move the day chosen itself
 * instead, a day or a week at a time (what the app shows follows it), and Space and Enter,
 * which would choose that stray cell, have nothing left to do. */
static gboolean
on_calendar_key_pressed_cb (GtkEventControllerKey *controller,
                            guint                  keyval,
                            guint                  keycode,
                            GdkModifierType        state,
                            gpointer               user_data)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (calendar)) == GTK_TEXT_DIR_RTL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) moved = NULL;
  int days;

  /* The days only: the header's buttons (next month...) keep their keys */
  if (!gtk_widget_has_focus (GTK_WIDGET (calendar)) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      days = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      days = rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      days = 7;
      break;
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      return TRUE;
    default:
      return FALSE;
    }

  day = gtk_calendar_get_date (calendar);
  moved = g_date_time_add_days (day, days);
  if (moved != NULL)
    gtk_calendar_select_day (calendar, moved);

  return TRUE;
}

#define CALENDAR_PURPOSE "mp-a11y-calendar-purpose"
#define CALENDAR_DAY_TEXT "mp-a11y-calendar-day-text"
#define CALENDAR_DAY_NOTES "mp-a11y-calendar-day-notes"

/* The calendar's description: the day chosen (or what its window says of it), then what the
 * calendar is for. */
static void
describe_calendar (GtkCalendar *calendar)
{
  const char *purpose = g_object_get_data (G_OBJECT (calendar), CALENDAR_PURPOSE);
  const char *day_text = g_object_get_data (G_OBJECT (calendar), CALENDAR_DAY_TEXT);
  const char *notes = g_object_get_data (G_OBJECT (calendar), CALENDAR_DAY_NOTES);
  g_autofree char *date = NULL;
  GString *description;

  if (day_text == NULL)
    {
      GDate day;

      mp_calendar_get_gdate (calendar, &day);
      /* Translators: the day chosen in a calendar, as a screen reader says it; see
       * g_date_time_format() for the codes */
      date = mp_schedule_format_date (&day, _("%A %-d %B %Y."));
      day_text = date;
    }
  description = g_string_new (day_text);
  if (notes != NULL && *notes != '\0')
    g_string_append_printf (description, " %s", notes);
  if (purpose != NULL)
    g_string_append_printf (description, " %s", purpose);
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  g_string_free (description, TRUE);
}

/* (When the window says what is on the day, it describes the calendar itself, after it
 * learnt the day: handlers run in the order they were connected.) */
static void
on_calendar_day_selected_cb (GtkCalendar *calendar)
{
  if (g_object_get_data (G_OBJECT (calendar), CALENDAR_DAY_TEXT) == NULL)
    describe_calendar (calendar);
}

/* Set on a widget mp_a11y_set_sensitive () was given */
#define SET_SENSITIVE "mp-a11y-set-sensitive"

static void
say_if_disabled (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_DISABLED,
                                   !gtk_widget_is_sensitive (child), -1);
      say_if_disabled (child);
    }
}

/**
 * mp_a11y_set_sensitive:
 * @widget: a widget holding others (a form, a page)
 * @sensitive: whether they may be used
 *
 * gtk_widget_set_sensitive (), and each widget inside @widget disabled (or not) for a screen
 * reader too, as it is on screen.
 */
void
mp_a11y_set_sensitive (GtkWidget *widget,
                       gboolean   sensitive)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data (G_OBJECT (widget), SET_SENSITIVE, GINT_TO_POINTER (TRUE));
  gtk_widget_set_sensitive (widget, sensitive);
  say_if_disabled (widget);
}

/* Whether @widget is inside a widget mp_a11y_set_sensitive () made insensitive: that one
 * says so of everything it holds again when it is made sensitive. (Any other, made
 * sensitive again by gtk_widget_set_sensitive () alone, would leave its children said to
 * be disabled.) */
static gboolean
inside_set_insensitive (GtkWidget *widget)
{
  for (GtkWidget *ancestor = gtk_widget_get_parent (widget); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      if (!gtk_widget_get_sensitive (ancestor) &&
          g_object_get_data (G_OBJECT (ancestor), SET_SENSITIVE) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
set_calendar_text (GtkCalendar *calendar,
                   const char  *key,
                   const char  *text)
{
  g_object_set_data_full (G_OBJECT (calendar), key, g_strdup (text), g_free);
  describe_calendar (calendar);
}

/**
 * mp_a11y_calendar_set_purpose:
 * @calendar: a calendar
 * @purpose: (nullable): what the calendar is for ("Day of the meeting"): said
 *   after the day chosen
 */
void
mp_a11y_calendar_set_purpose (GtkCalendar *calendar,
                              const char  *purpose)
{
  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  set_calendar_text (calendar, CALENDAR_PURPOSE, purpose);
}

/**
 * mp_a11y_calendar_set_day_text:
 * @calendar: a calendar
 * @text: (nullable): what the window says of the day chosen, its date included, in place
 *   of the date; %NULL for the date alone
 *
 * For a window that says more of the day chosen than its date ("No meetings on Friday 4
 * December: the library system is closed (Christmas Day)."), each time the day changes.
 */
void
mp_a11y_calendar_set_day_text (GtkCalendar *calendar,
                               const char  *text)
{
  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  set_calendar_text (calendar, CALENDAR_DAY_TEXT, text);
}

/**
 * mp_a11y_calendar_set_day_notes:
 * @calendar: a calendar
 * @notes: (nullable): what the window warns of the day chosen ("The library system is closed
 *   on Friday 25 December (Christmas Day)."), said after its date; %NULL for nothing
 *
 * For a window that warns of the day chosen beside the calendar, each time the day changes:
 * a screen reader, on the calendar, hears the warnings with the day.
 */
void
mp_a11y_calendar_set_day_notes (GtkCalendar *calendar,
                                const char  *notes)
{
  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  set_calendar_text (calendar, CALENDAR_DAY_NOTES, notes);
}

/* GtkCalendar's header holds, in this order, the previous and next month buttons and
 * the previous and next year buttons (with the month and the year between them). A
 * calendar built otherwise (another GTK) is left alone. */
static void
fix_calendar (GtkCalendar *calendar)
{
  const char *names[] = {
    N_("Previous month"),
    N_("Next month"),
    N_("Previous year"),
    N_("Next year"),
  };
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (calendar));
  GtkWidget *buttons[G_N_ELEMENTS (names)];
  guint n_buttons = 0;

  if (g_object_get_data (G_OBJECT (calendar), "mp-a11y-calendar-keys") == NULL)
    {
      GtkEventController *keys = gtk_event_controller_key_new ();

      g_object_set_data (G_OBJECT (calendar), "mp-a11y-calendar-keys", keys);
      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect (keys, "key-pressed", G_CALLBACK (on_calendar_key_pressed_cb), NULL);
      gtk_widget_add_controller (GTK_WIDGET (calendar), keys);

      /* (GTK 4.8's month and year arrows move the day without "day-selected") */
      g_signal_connect (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected_cb), NULL);
      g_signal_connect_swapped (calendar, "notify::month", G_CALLBACK (on_calendar_day_selected_cb), calendar);
      g_signal_connect_swapped (calendar, "notify::year", G_CALLBACK (on_calendar_day_selected_cb), calendar);
      on_calendar_day_selected_cb (calendar);
    }

  if (header == NULL)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_BUTTON (child))
        continue;
      if (n_buttons == G_N_ELEMENTS (buttons))
        return;
      buttons[n_buttons++] = child;
    }

  if (n_buttons != G_N_ELEMENTS (buttons))
    return;

  for (guint i = 0; i < n_buttons; i++)
    set_label (GTK_ACCESSIBLE (buttons[i]), _(names[i]));
}

static void
fix_stack_switcher (GtkWidget *switcher)
{
  for (GtkWidget *child = gtk_widget_get_first_child (switcher);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        fix_button (GTK_BUTTON (child));
    }
}

static void
on_switcher_page_changed_cb (GtkWidget *switcher)
{
  fix_stack_switcher (switcher);
}

/* The switcher rebuilds a tab whenever its page changes (a page needing attention, as
 * HR's follow-ups): connected after the switcher's own handler, this names it again. */
static void
watch_stack_switcher (GtkStackSwitcher *switcher)
{
  GtkStack *stack = gtk_stack_switcher_get_stack (switcher);
  g_autoptr(GtkSelectionModel) pages = NULL;

  if (stack == NULL || g_object_get_data (G_OBJECT (switcher), "mp-a11y-watched") != NULL)
    return;

  g_object_set_data (G_OBJECT (switcher), "mp-a11y-watched", GINT_TO_POINTER (TRUE));
  pages = gtk_stack_get_pages (stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_signal_connect_object (page, "notify", G_CALLBACK (on_switcher_page_changed_cb), switcher,
                               G_CONNECT_SWAPPED);
    }
}

/* The button a GtkDropDown shows, which is what takes the focus, has no name: it is
 * labelled by the drop-down ("Filter by state"), as a screen reader announces it. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The text the drop-down shows for its selected item: its expression's, or a string's */
static char *
selected_text (GtkDropDown *drop_down)
{
  GObject *item = gtk_drop_down_get_selected_item (drop_down);
  GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return NULL;
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value) && G_VALUE_HOLDS_STRING (&value))
    return g_value_dup_string (&value);
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return NULL;
}

static gboolean
focus_selected_cb (gpointer user_data)
{
  GtkDropDown *drop_down = user_data;
  GtkWidget *popover = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_POPOVER);
  GtkWidget *list = popover != NULL ? find_descendant (popover, GTK_TYPE_LIST_VIEW) : NULL;
  guint position = gtk_drop_down_get_selected (drop_down);
  g_autofree char *text = selected_text (drop_down);

  if (list == NULL || text == NULL || position == GTK_INVALID_LIST_POSITION || !gtk_widget_get_mapped (list))
    return G_SOURCE_REMOVE;

  gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = find_descendant (row, GTK_TYPE_LABEL);

      if (label != NULL && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0)
        {
          gtk_widget_grab_focus (row);
          break;
        }
    }

  return G_SOURCE_REMOVE;
}

/* Typing in a drop-down's open list (GTK 4.8 leaves the focus on the list, where a letter
 * does nothing) goes to its search field: the first character moves the focus there, the
 * rest is typed there. A space, and anything with Ctrl or Alt, stays the list's. */
static gboolean
on_drop_down_list_key_pressed_cb (GtkEventControllerKey *controller,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  GtkWidget             *search)
{
  GtkWidget *text = find_descendant (search, GTK_TYPE_TEXT);
  gunichar character = gdk_keyval_to_unicode (keyval);
  char utf8[8] = { 0 };
  int position;

  if (text == NULL || gtk_widget_has_focus (text) || !gtk_widget_get_mapped (search) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || !g_unichar_isgraph (character))
    return FALSE;

  g_unichar_to_utf8 (character, utf8);
  gtk_widget_grab_focus (search);
  position = (int) g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (search)), -1);
  gtk_editable_insert_text (GTK_EDITABLE (search), utf8, -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (search), position);

  return TRUE;
}

/* Return in a drop-down's search field chooses the first item whose text starts with what
 * was typed, as the list shows them (GTK 4.8's drop-down matches so), and closes the list.
 * Matched here, not read from the list: the list follows the field only after the field's
 * pause in typing, and a quick Return would choose from what it showed before. */
static void
on_drop_down_search_activate_cb (GtkSearchEntry *search,
                                 GtkDropDown    *drop_down)
{
  GtkWidget *popover = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_POPOVER);
  GListModel *items = gtk_drop_down_get_model (drop_down);
  GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (search));
  g_autoptr(GtkStringFilter) filter = NULL;

  if (items == NULL || expression == NULL || typed == NULL || *typed == '\0')
    return;

  filter = gtk_string_filter_new (gtk_expression_ref (expression));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_PREFIX);
  gtk_string_filter_set_ignore_case (filter, TRUE);
  gtk_string_filter_set_search (filter, typed);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (gtk_filter_match (GTK_FILTER (filter), item))
        {
          gtk_drop_down_set_selected (drop_down, i);
          if (popover != NULL)
            gtk_popover_popdown (GTK_POPOVER (popover));
          return;
        }
    }
}

static void
fix_drop_down_search (GtkDropDown *drop_down,
                      GtkWidget   *popover)
{
  GtkWidget *search = find_descendant (popover, GTK_TYPE_SEARCH_ENTRY);
  GtkEventController *controller;

  if (search == NULL || g_object_get_data (G_OBJECT (popover), "mp-a11y-search-typed") != NULL)
    return;

  g_object_set_data (G_OBJECT (popover), "mp-a11y-search-typed", GINT_TO_POINTER (TRUE));
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_drop_down_list_key_pressed_cb), search, 0);
  gtk_widget_add_controller (popover, controller);
  g_signal_connect_object (search, "activate", G_CALLBACK (on_drop_down_search_activate_cb), drop_down, 0);
}

/* GTK 4.8 opens a drop-down's list with the focus on its first item, whatever is chosen:
 * from 10:00, Down Down Return chose 07:30. The focus goes to the chosen item instead. */
static void
on_drop_down_popover_show_cb (GtkWidget   *popover,
                              GtkDropDown *drop_down)
{
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_selected_cb, g_object_ref (drop_down), g_object_unref);
}

/* The button inside a drop-down is described by what it shows, as a filter's menu button
 * is ("Time", "10:00"): a screen reader heard "Time, button" and never the value. */
static void
describe_drop_down (GtkDropDown *drop_down)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
  g_autofree char *text = selected_text (drop_down);

  if (!GTK_IS_TOGGLE_BUTTON (button))
    return;

  if (text != NULL && *text != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
on_drop_down_selected_item_cb (GtkDropDown *drop_down,
                               GParamSpec  *pspec,
                               gpointer     user_data)
{
  describe_drop_down (drop_down);
}

static void
fix_drop_down (GtkDropDown *drop_down)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
  g_autoptr(GList) mnemonic_labels = NULL;

  if (!GTK_IS_TOGGLE_BUTTON (button))
    return;

  /* (another item chosen, or another list with the same position chosen) */
  describe_drop_down (drop_down);
  if (g_object_get_data (G_OBJECT (drop_down), "mp-a11y-described") == NULL)
    {
      g_object_set_data (G_OBJECT (drop_down), "mp-a11y-described", GINT_TO_POINTER (TRUE));
      g_signal_connect (drop_down, "notify::selected-item", G_CALLBACK (on_drop_down_selected_item_cb), NULL);
    }

  {
    GtkWidget *popover = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_POPOVER);

    if (popover != NULL && g_object_get_data (G_OBJECT (popover), "mp-a11y-focus-selected") == NULL)
      {
        g_object_set_data (G_OBJECT (popover), "mp-a11y-focus-selected", GINT_TO_POINTER (TRUE));
        g_signal_connect_object (popover, "show", G_CALLBACK (on_drop_down_popover_show_cb), drop_down, 0);
      }
    if (popover != NULL && gtk_drop_down_get_enable_search (drop_down))
      fix_drop_down_search (drop_down, popover);
  }

  /* Labelled only by a mnemonic label ("_Time"), GTK 4.8 does not follow the relation
   * from the button through the drop-down to it (the button read "GtkDropDown"): the
   * button is named by that label's text itself. */
  mnemonic_labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (drop_down));
  if (mnemonic_labels != NULL && GTK_IS_LABEL (mnemonic_labels->data))
    {
      g_autofree char *text = mp_a11y_strip_mnemonic (gtk_label_get_label (mnemonic_labels->data));
      GtkWidget *search = find_descendant (GTK_WIDGET (drop_down), GTK_TYPE_SEARCH_ENTRY);

      set_label (GTK_ACCESSIBLE (button), text);
      /* The search field of its list read "GtkSearchEntry" */
      if (search != NULL)
        {
          /* Translators: the search field in a drop-down's list, as in "Search Time" */
          g_autofree char *search_name = g_strdup_printf (_("Search %s"), text);

          set_label (GTK_ACCESSIBLE (search), search_name);
        }
    }
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    drop_down, NULL, -1);
}

/* A GtkMenuButton with a label ("Tick…", a date) is named by the app ("Tick “Shadow a
 * consultant” as done", or its mnemonic label "When"), but what takes the focus is the
 * button inside it, named after the label alone: seven "Tick…" in a row. The inner button
 * is labelled by the menu button and described by the label it shows. */
static void
fix_menu_button (GtkMenuButton *menu_button)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (menu_button));
  g_autoptr(GList) mnemonic_labels = NULL;
  GtkWidget *label;

  /* The app's own windows only, where every menu button has a name (test-names.py). */
  if (gtk_menu_button_get_label (menu_button) == NULL || !GTK_IS_TOGGLE_BUTTON (button) ||
      !MP_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (menu_button))))
    return;

  /* Labelled by its mnemonic label ("When"), GTK 4.8 names the menu button from it only
   * for itself: the button inside is labelled by that label directly. */
  mnemonic_labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (menu_button));
  if (mnemonic_labels != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    mnemonic_labels->data, NULL, -1);
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    menu_button, NULL, -1);
  label = find_descendant (button, GTK_TYPE_LABEL);
  if (label != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                    label, NULL, -1);

  /* A new label (a filter's button says what it shows) makes GTK label the button inside
   * by it: fixed again. */
  watch_label (GTK_WIDGET (menu_button));
}

/* In a GtkStackSidebar, Tab moves from row to row like the arrows, and each row it reaches
 * shows its page: from the sidebar, Tab would walk through the pages and never reach the
 * one shown. So do GTK 4.8's list and grid views, a Tab per row: past 10,000 pairings to
 * reach the buttons below them. Tab and Shift+Tab leave the list instead (the arrows still
 * move in it), as from any other control: the list is made unable to take the focus while
 * the window moves it on. (The rows of our lists hold no control of their own.) */
static gboolean
on_tab_leaves_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           gpointer               user_data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GdkModifierType others = state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK);
  GtkDirectionType direction;
  gboolean moved;

  if (others != 0)
    return FALSE;
  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && (state & GDK_SHIFT_MASK)))
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else
    return FALSE;

  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (list)), direction);
  gtk_widget_set_can_focus (list, TRUE);

  return moved;
}

static void
make_tab_leave (GtkWidget *list)
{
  GtkEventController *controller;

  if (list == NULL || g_object_get_data (G_OBJECT (list), "mp-a11y-tab-leaves") != NULL)
    return;

  g_object_set_data (G_OBJECT (list), "mp-a11y-tab-leaves", GINT_TO_POINTER (TRUE));
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_tab_leaves_key_pressed_cb), NULL);
  gtk_widget_add_controller (list, controller);
}

static void
fix_stack_sidebar (GtkWidget *sidebar)
{
  make_tab_leave (find_descendant (sidebar, GTK_TYPE_LIST_BOX));
}

static void
on_sidebar_label_changed_cb (GtkLabel   *label,
                             GParamSpec *pspec,
                             gpointer    user_data)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_BOX_ROW);

  if (row != NULL)
    set_label (GTK_ACCESSIBLE (row), gtk_label_get_text (label));
}

/* A GtkStackSidebar's row, which takes the focus, has no name: GTK 4.8 names a list box row
 * after nothing inside it, and a screen reader said nothing of the section it shows. It is
 * named after the page's title its label shows ("Welcome"), again when the title changes. */
static void
fix_stack_sidebar_row (GtkListBoxRow *row)
{
  GtkWidget *label = find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL);

  if (label == NULL)
    return;

  if (g_object_get_data (G_OBJECT (label), "mp-a11y-names-row") == NULL)
    {
      g_object_set_data (G_OBJECT (label), "mp-a11y-names-row", GINT_TO_POINTER (TRUE));
      g_signal_connect (label, "notify::label", G_CALLBACK (on_sidebar_label_changed_cb), NULL);
    }
  on_sidebar_label_changed_cb (GTK_LABEL (label), NULL, NULL);
}

/* A message dialog has no title, so no name: it is named after its question ("Cancel the
 * meeting with Priya Raman on …?"), as a screen reader reads it. Once it is up: a title set
 * while the dialog maps makes GTK 4.8 send AT-SPI events that break a screen reader's view
 * of the whole app. */
static gboolean
name_message_dialog_cb (gpointer user_data)
{
  g_autoptr(GtkWindow) dialog = g_weak_ref_get (user_data);
  g_autofree char *question = NULL;
  const char *title;

  /* Answered already (GTK's own questions, such as the print dialog's "replace the file?",
   * are freed with the window they belong to: never kept alive past it) */
  if (dialog == NULL)
    return G_SOURCE_REMOVE;

  title = gtk_window_get_title (dialog);
  g_object_get (dialog, "text", &question, NULL);
  if (question != NULL && (title == NULL || *title == '\0') && gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    gtk_window_set_title (dialog, question);

  return G_SOURCE_REMOVE;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
fix_message_dialog (GtkMessageDialog *dialog)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, dialog);
  g_idle_add_full (G_PRIORITY_LOW, name_message_dialog_cb, ref, free_weak_ref);
}

#define SAID_ON_FOCUS "mp-a11y-said-on-focus"

/* The focus left what was said on it: the message goes, or it would be read again later. */
static void
on_said_focus_changed_cb (GtkWidget  *widget,
                          GParamSpec *pspec,
                          gpointer    user_data)
{
  if (gtk_widget_has_focus (widget))
    return;

  g_signal_handlers_disconnect_by_func (widget, on_said_focus_changed_cb, user_data);
  g_object_set_data (G_OBJECT (widget), SAID_ON_FOCUS, NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/**
 * mp_a11y_focus_and_say:
 * @widget: where the focus goes (or into, for a container)
 * @message: what just happened ("The pairing … is archived.")
 *
 * Moves the focus to @widget and has a screen reader say @message there. GTK 4.8 cannot
 * announce a message by itself (gtk_accessible_announce () is 4.14), but a screen reader
 * reads the description of what receives the focus: @message is the description of the
 * widget that took the focus for as long as it keeps it, and none after. So only for a
 * widget with no description of its own (a list's row, a menu button, a stack), not for a
 * drop-down's button (its value, describe_drop_down ()) nor a widget with a tooltip.
 *
 * Returns: whether @widget, or something in it, took the focus
 */
gboolean
mp_a11y_focus_and_say (GtkWidget  *widget,
                       const char *message)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  root = gtk_widget_get_root (widget);
  if (root == NULL || (!gtk_widget_grab_focus (widget) && !gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD)))
    return FALSE;

  focus = gtk_root_get_focus (root);
  if (focus == NULL)
    return FALSE;

  gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  if (g_object_get_data (G_OBJECT (focus), SAID_ON_FOCUS) == NULL)
    {
      g_object_set_data (G_OBJECT (focus), SAID_ON_FOCUS, GINT_TO_POINTER (TRUE));
      g_signal_connect (focus, "notify::has-focus", G_CALLBACK (on_said_focus_changed_cb), NULL);
    }

  return TRUE;
}

/**
 * mp_a11y_join_texts:
 * @texts: (array length=n_texts): the texts a row shows, in order; %NULL or blank for one it
 *   does not show
 *
 * Returns: (transfer full): the texts that say something, between commas, as a screen reader
 *   reads the row: "Liam O’Brien, On track, Member Services"
 */
char *
mp_a11y_join_texts (const char * const *texts,
                    gsize               n_texts)
{
  GString *joined = g_string_new (NULL);

  for (gsize i = 0; i < n_texts; i++)
    {
      if (mp_text_is_blank (texts[i]))
        continue;
      if (joined->len > 0)
        /* Translators: between the texts of a row, as a screen reader reads it */
        g_string_append (joined, _(", "));
      g_string_append (joined, texts[i]);
    }

  return g_string_free (joined, FALSE);
}

/**
 * mp_a11y_list_row_set_label:
 * @child: the child of a GtkListItem (what a list view's factory made for a row)
 * @label: (nullable): what a screen reader says of the row: "Liam O’Brien, On track, …";
 *   %NULL for nothing (an unbound row)
 *
 * In a GtkListView or GtkGridView, what takes the focus is not @child but the list item
 * widget GTK 4.8 makes around it, which has no name (a screen reader said nothing of the
 * row, or "GtkListItemWidget"); gtk_list_item_set_accessible_label () is 4.12. That widget
 * is named @label, as that function would, each time it is called: on bind, and again when
 * what the row shows changes, so the focused row is read as it is now (a name changed on
 * the focused widget itself is sent to the screen reader at once).
 */
void
mp_a11y_list_row_set_label (GtkWidget  *child,
                            const char *label)
{
  GtkWidget *item_widget;

  g_return_if_fail (GTK_IS_WIDGET (child));

  item_widget = gtk_widget_get_parent (child);
  if (item_widget == NULL)
    return;

  if (label != NULL)
    set_label (GTK_ACCESSIBLE (item_widget), label);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (item_widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/**
 * mp_a11y_fix_widget:
 *
 * Fixes the accessible name of @widget (not of its descendants, except the parts GTK
 * makes inside a calendar or a stack switcher), and its disabled state when it is made
 * inside an insensitive widget, as the module comment says.
 */
void
mp_a11y_fix_widget (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!gtk_widget_is_sensitive (widget) && inside_set_insensitive (widget))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_DISABLED, TRUE, -1);

  if (GTK_IS_BUTTON (widget))
    fix_button (GTK_BUTTON (widget));
  else if (GTK_IS_CHECK_BUTTON (widget))
    fix_check_button (GTK_CHECK_BUTTON (widget));
  else if (GTK_IS_CALENDAR (widget))
    {
      fix_calendar (GTK_CALENDAR (widget));
      mp_calendar_pass_wheel (GTK_CALENDAR (widget));  /* (not a matter of access: see there) */
    }
  else if (GTK_IS_STACK_SWITCHER (widget))
    {
      fix_stack_switcher (widget);
      watch_stack_switcher (GTK_STACK_SWITCHER (widget));
    }
  else if (GTK_IS_STACK (widget))
    fix_stack (GTK_STACK (widget));
  else if (GTK_IS_DROP_DOWN (widget))
    fix_drop_down (GTK_DROP_DOWN (widget));
  else if ((GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget)) &&
           gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL)
    make_tab_leave (widget);  /* (not a drop-down's list, whose popover keeps the focus) */
  else if (GTK_IS_STACK_SIDEBAR (widget))
    fix_stack_sidebar (widget);
  else if (GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_STACK_SIDEBAR) != NULL)
    fix_stack_sidebar_row (GTK_LIST_BOX_ROW (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    fix_menu_button (GTK_MENU_BUTTON (widget));
  else if (GTK_IS_MESSAGE_DIALOG (widget))
    fix_message_dialog (GTK_MESSAGE_DIALOG (widget));
}

/**
 * mp_a11y_fix_tree:
 *
 * Fixes @widget and all its descendants, shown or not, as when their window is shown: for
 * a part built into a window that is up already (a page built the first time it is needed).
 */
void
mp_a11y_fix_tree (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  mp_a11y_fix_widget (widget);
  g_object_set_data (G_OBJECT (widget), "mp-a11y-fixed", GINT_TO_POINTER (TRUE));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mp_a11y_fix_tree (child);
}

/* A window, dialog or popover being shown: everything in it, hidden pages included, so that
 * what a screen reader reaches later is named already. Any other widget, the first time it
 * is shown: a list row made for a new item, a part built once its window was up. */
static gboolean
on_map_emission_hook (GSignalInvocationHint *hint,
                      guint                  n_values,
                      const GValue          *values,
                      gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (GTK_IS_NATIVE (widget))
    mp_a11y_fix_tree (widget);
  else if (g_object_get_data (G_OBJECT (widget), "mp-a11y-fixed") == NULL)
    {
      mp_a11y_fix_widget (widget);
      g_object_set_data (G_OBJECT (widget), "mp-a11y-fixed", GINT_TO_POINTER (TRUE));
    }

  return TRUE;
}

/**
 * mp_a11y_init:
 *
 * Installs the fixes, once per process. Called by the class_init of MpWindow, the base
 * of the three windows (which open every dialog), so tests that make a window directly
 * get them too.
 */
void
mp_a11y_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                  on_map_emission_hook, NULL, NULL);

      g_once_init_leave (&initialized, 1);
    }
}

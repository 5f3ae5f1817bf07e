/* mp-pairing.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-pairing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mp-department.h"
#include "mp-enum-types.h"
#include "mp-pairing.h"
#include "mp-person.h"

/* MpPairing: one mentorship and its progress, as flat properties.
 *
 * The summary is recomputed when the store says the mentorship or its history changed
 * ("mentorship-changed"), when a name shown changes, and when the day changes; every
 * window, the printed summaries and the exports read it from here, so the numbers are
 * computed once per change, in mp-progress, and never while drawing. */

struct _MpPairing
{
  GObject            parent_instance;

  /* Borrowed: the list keeps the store, and the store the mentorship */
  MpMentorship      *mentorship;
  MpPairingList     *list;

  /* Owned */
  MpProgressSummary *summary;
  int                urgency;  /* of the summary: the HR table sorts by it */
  char              *employee_name;
  char              *mentor_name;
  char              *department_name;
  char              *search_text;
  char              *state_label;
  char              *phase_title;
};

G_DEFINE_FINAL_TYPE (MpPairing, mp_pairing, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MENTORSHIP,
  PROP_SUMMARY,
  PROP_EMPLOYEE_NAME,
  PROP_MENTOR_NAME,
  PROP_DEPARTMENT_NAME,
  PROP_SEARCH_TEXT,
  PROP_STATE,
  PROP_STATE_LABEL,
  PROP_PHASE_TITLE,
  PROP_PHASE_INDEX,
  PROP_MEETINGS_HELD,
  PROP_MEETINGS_EXPECTED,
  PROP_ACTIVITIES_DONE,
  PROP_ACTIVITIES_APPLICABLE,
  PROP_FOLLOW_UPS_PENDING,
  PROP_START_DAY,
  PROP_NEXT_MEETING_UNIX,
  PROP_LAST_CONTACT_DAY,
  PROP_DAYS_SINCE_CONTACT,
  PROP_NO_CONTACT_ALERT,
  PROP_URGENCY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

struct _MpPairingList
{
  GObject     parent_instance;

  /* Weak: the list never keeps the store alive (the store may own the list) */
  MpStore    *store;

  /* Owned */
  GListModel *mentorships;  /* the store's, kept for disconnecting safely */
  GPtrArray  *items;        /* MpPairing, in the order of the store's mentorships */
  GHashTable *by_mentorship; /* MpMentorship* -> MpPairing* (borrowed from items) */
  GDate       today;
  GTimeZone  *tz;           /* the local zone, looked up once: with TZ unset, GLib 2.74 reads
                             * /etc/localtime again on every g_time_zone_new_local () */
  gboolean    fixed_today;  /* set by a test: the day never rolls over */
  guint       day_timer;
  gulong      items_changed_id;
  gulong      mentorship_changed_id;
  gulong      people_changed_id;
  gulong      closed_days_id;     /* a due day may move off a closed day */
  GHashTable *folded_names;  /* name → its search form (a cache) */
};

static void mp_pairing_list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MpPairingList, mp_pairing_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, mp_pairing_list_model_iface_init))

static void pairing_refresh (MpPairing *self);

/* The State column's text: what the schedule says, in words short enough for it. @count:
 * the days until the next meeting is due (negative: overdue), or the meetings missed of an
 * unfinished program. */
static char *
format_state_label (MpScheduleState state,
                    int             count,
                    gboolean        first_contact_late,
                    gboolean        called_off)
{
  switch (state)
    {
    case MP_SCHEDULE_STATE_PRE_ARRIVAL:
      if (first_contact_late)
        /* Translators: before the employee's first day, the mentor's first contact is late
         * (short: it fits the HR table's State column, as "Overdue by 22 days" does) */
        return g_strdup (_("First contact late"));
      return g_strdup (_("Before arrival"));

    case MP_SCHEDULE_STATE_OVERDUE:
      /* Translators: a meeting is late by this many days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days", -count), -count);

    case MP_SCHEDULE_STATE_DUE_SOON:
      if (count == 0)
        return g_strdup (_("Due today"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", count), count);

    case MP_SCHEDULE_STATE_COMPLETED:
      return g_strdup (_("Completed"));

    case MP_SCHEDULE_STATE_UNFINISHED:
      /* Translators: the six months are over and this many of the meetings the program
       * expected were never held; HR decides whether the pairing completed (short, as
       * "Overdue by 22 days") */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Unfinished: %d missed", "Unfinished: %d missed", count),
                              count);

    case MP_SCHEDULE_STATE_ENDED:
      return g_strdup (called_off ? _("Called off") : _("Ended early"));

    case MP_SCHEDULE_STATE_ON_TRACK:
    default:
      return g_strdup (_("On track"));
    }
}

/* @summary is already self's (pairing_update ()) */
static char *
state_label (MpPairing               *self,
             const MpProgressSummary *summary)
{
  const MpScheduleInfo *info = &summary->schedule;
  int count = info->state == MP_SCHEDULE_STATE_UNFINISHED ? (int) (info->expected_total - info->slots_kept)
                                                          : info->days_until_due;

  return format_state_label (info->state, count,
                             mp_pairing_get_first_contact_late (self), mp_mentorship_is_called_off (self->mentorship));
}

/**
 * mp_pairing_get_state_label_samples:
 *
 * Returns: (transfer none): one label of each kind the State column shows, in the user's
 *   language (an overdue one with 999 days, singular and plural forms), to give the column
 *   room for the longest
 */
const char * const *
mp_pairing_get_state_label_samples (void)
{
  static char **labels;

  if (labels == NULL)
    {
      static const struct { MpScheduleState state; int days; gboolean late, called_off; } samples[] = {
        { MP_SCHEDULE_STATE_PRE_ARRIVAL, 0, FALSE, FALSE }, { MP_SCHEDULE_STATE_PRE_ARRIVAL, 0, TRUE, FALSE },
        { MP_SCHEDULE_STATE_OVERDUE, -999, FALSE, FALSE }, { MP_SCHEDULE_STATE_OVERDUE, -1, FALSE, FALSE },
        { MP_SCHEDULE_STATE_DUE_SOON, 0, FALSE, FALSE }, { MP_SCHEDULE_STATE_DUE_SOON, 1, FALSE, FALSE },
        { MP_SCHEDULE_STATE_DUE_SOON, 22, FALSE, FALSE }, { MP_SCHEDULE_STATE_COMPLETED, 0, FALSE, FALSE },
        { MP_SCHEDULE_STATE_ENDED, 0, FALSE, FALSE }, { MP_SCHEDULE_STATE_ENDED, 0, FALSE, TRUE },
        { MP_SCHEDULE_STATE_ON_TRACK, 0, FALSE, FALSE }, { MP_SCHEDULE_STATE_UNFINISHED, 1, FALSE, FALSE },
        { MP_SCHEDULE_STATE_UNFINISHED, 99, FALSE, FALSE },
      };
      char **made = g_new0 (char *, G_N_ELEMENTS (samples) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
        made[i] = format_state_label (samples[i].state, samples[i].days, samples[i].late, samples[i].called_off);
      labels = made;
    }

  return (const char * const *) labels;
}

/* Lower is more urgent: overdue first (most overdue at the top), then by due date,
 * finished pairings last. */
static int
urgency_of (const MpProgressSummary *summary)
{
  const MpScheduleInfo *info = &summary->schedule;

  switch (info->state)
    {
    case MP_SCHEDULE_STATE_COMPLETED:
    case MP_SCHEDULE_STATE_ENDED:
      return G_MAXINT / 2;

    case MP_SCHEDULE_STATE_UNFINISHED:
    case MP_SCHEDULE_STATE_PRE_ARRIVAL:
    case MP_SCHEDULE_STATE_OVERDUE:
    case MP_SCHEDULE_STATE_DUE_SOON:
    case MP_SCHEDULE_STATE_ON_TRACK:
    default:
      return g_date_valid (&info->due) ? info->days_until_due : G_MAXINT / 4;
    }
}

static guint
julian_or_zero (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* @name folded for searching (case and accents), as mp_pairing_search_words () folds what
 * the user types. Returns: (transfer none): owned by the list */
static const char *
fold_name (MpPairingList *list,
           const char    *name)
{
  char *folded = g_hash_table_lookup (list->folded_names, name);

  if (folded == NULL)
    {
      folded = mp_pairing_fold (name);
      g_hash_table_insert (list->folded_names, g_strdup (name), folded);
    }

  return folded;
}

/* The names shown and the search text, from the mentorship's people. */
static void
pairing_update_names (MpPairing *self,
                      gboolean   notify)
{
  MpPerson *employee = mp_mentorship_get_employee (self->mentorship);
  MpPerson *mentor = mp_mentorship_get_mentor (self->mentorship);
  MpDepartment *department = employee ? mp_person_get_department (employee) : NULL;
  g_autofree char *search = NULL;
  GObject *object = G_OBJECT (self);
  gboolean changed = FALSE;

  if (set_string (&self->employee_name, employee ? mp_person_get_name (employee) : ""))
    {
      if (notify)
        g_object_notify_by_pspec (object, properties [PROP_EMPLOYEE_NAME]);
      changed = TRUE;
    }
  if (set_string (&self->mentor_name, mentor ? mp_person_get_name (mentor) : ""))
    {
      if (notify)
        g_object_notify_by_pspec (object, properties [PROP_MENTOR_NAME]);
      changed = TRUE;
    }
  if (set_string (&self->department_name, department ? mp_department_get_name (department) : ""))
    {
      if (notify)
        g_object_notify_by_pspec (object, properties [PROP_DEPARTMENT_NAME]);
      changed = TRUE;
    }

  if (!changed && self->search_text != NULL)
    return;

  /* Folded name by name: casefolding and normalizing work a character at a time (a line
   * break starts anew), and a mentor's or a department's name is folded once for all. */
  search = g_strjoin ("\n", fold_name (self->list, self->employee_name), fold_name (self->list, self->mentor_name),
                      fold_name (self->list, self->department_name), NULL);
  if (set_string (&self->search_text, search) && notify)
    g_object_notify_by_pspec (object, properties [PROP_SEARCH_TEXT]);
}

/* Shows @summary (taken): compares each value with the one shown and notifies only what
 * changed, so a view redraws only the cells that need it. */
static void
pairing_update (MpPairing         *self,
                MpProgressSummary *summary)
{
  g_autoptr(MpProgressSummary) old = self->summary;
  g_autofree char *label = NULL;
  GObject *object = G_OBJECT (self);

  self->summary = summary;
  self->urgency = urgency_of (summary);

  /* A new pairing has nobody to tell yet: 10,000 of them are made at once. */
  if (old == NULL)
    {
      pairing_update_names (self, FALSE);
      label = state_label (self, summary);
      set_string (&self->state_label, label);
      set_string (&self->phase_title, summary->phase_title ? summary->phase_title : "");
      return;
    }

  g_object_freeze_notify (object);

  pairing_update_names (self, TRUE);

  label = state_label (self, summary);
  if (set_string (&self->state_label, label))
    g_object_notify_by_pspec (object, properties [PROP_STATE_LABEL]);
  if (set_string (&self->phase_title, summary->phase_title ? summary->phase_title : ""))
    g_object_notify_by_pspec (object, properties [PROP_PHASE_TITLE]);

#define NOTIFY_IF(prop, expr) \
  if (expr) g_object_notify_by_pspec (object, properties [prop])

  NOTIFY_IF (PROP_STATE, old->schedule.state != summary->schedule.state);
  NOTIFY_IF (PROP_PHASE_INDEX, old->phase_index != summary->phase_index);
  NOTIFY_IF (PROP_MEETINGS_HELD, old->meetings_held != summary->meetings_held);
  NOTIFY_IF (PROP_MEETINGS_EXPECTED, old->meetings_expected != summary->meetings_expected);
  NOTIFY_IF (PROP_ACTIVITIES_DONE, old->activities_done != summary->activities_done);
  NOTIFY_IF (PROP_ACTIVITIES_APPLICABLE, old->activities_applicable != summary->activities_applicable);
  NOTIFY_IF (PROP_FOLLOW_UPS_PENDING, old->hr_follow_ups_pending != summary->hr_follow_ups_pending);
  NOTIFY_IF (PROP_START_DAY, old->schedule.start.julian_days != summary->schedule.start.julian_days);
  NOTIFY_IF (PROP_NEXT_MEETING_UNIX, (old->next_meeting == NULL) != (summary->next_meeting == NULL) ||
             (old->next_meeting && !g_date_time_equal (old->next_meeting, summary->next_meeting)));
  NOTIFY_IF (PROP_LAST_CONTACT_DAY, julian_or_zero (&old->last_contact) != julian_or_zero (&summary->last_contact));
  NOTIFY_IF (PROP_DAYS_SINCE_CONTACT, old->days_since_contact != summary->days_since_contact);
  NOTIFY_IF (PROP_NO_CONTACT_ALERT, TRUE);
  NOTIFY_IF (PROP_URGENCY, urgency_of (old) != urgency_of (summary));
  g_object_notify_by_pspec (object, properties [PROP_SUMMARY]);

#undef NOTIFY_IF

  g_object_thaw_notify (object);
}

/* Recomputes the summary from the mentorship's history (loaded when it is not yet). */
static void
pairing_refresh (MpPairing *self)
{
  MpStore *store = self->list->store;

  pairing_update (self, mp_progress_compute_full (self->mentorship,
                                                  mp_store_get_meetings (store, self->mentorship),
                                                  mp_store_get_activity_progress (store, self->mentorship),
                                                  NULL, mp_store_get_closed_days (store), &self->list->today,
                                                  self->list->tz));
}

static void
mp_pairing_finalize (GObject *object)
{
  MpPairing *self = (MpPairing *)object;

  g_clear_pointer (&self->summary, mp_progress_summary_unref);
  g_clear_pointer (&self->employee_name, g_free);
  g_clear_pointer (&self->mentor_name, g_free);
  g_clear_pointer (&self->department_name, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->state_label, g_free);
  g_clear_pointer (&self->phase_title, g_free);

  G_OBJECT_CLASS (mp_pairing_parent_class)->finalize (object);
}

static void
mp_pairing_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MpPairing *self = MP_PAIRING (object);
  const MpProgressSummary *s = self->summary;

  switch (prop_id)
    {
    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;
    case PROP_SUMMARY:
      g_value_set_boxed (value, self->summary);
      break;
    case PROP_EMPLOYEE_NAME:
      g_value_set_string (value, self->employee_name);
      break;
    case PROP_MENTOR_NAME:
      g_value_set_string (value, self->mentor_name);
      break;
    case PROP_DEPARTMENT_NAME:
      g_value_set_string (value, self->department_name);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_STATE:
      g_value_set_enum (value, s->schedule.state);
      break;
    case PROP_STATE_LABEL:
      g_value_set_string (value, self->state_label);
      break;
    case PROP_PHASE_TITLE:
      g_value_set_string (value, self->phase_title);
      break;
    case PROP_PHASE_INDEX:
      g_value_set_int (value, s->phase_index);
      break;
    case PROP_MEETINGS_HELD:
      g_value_set_uint (value, s->meetings_held);
      break;
    case PROP_MEETINGS_EXPECTED:
      g_value_set_uint (value, s->meetings_expected);
      break;
    case PROP_ACTIVITIES_DONE:
      g_value_set_uint (value, s->activities_done);
      break;
    case PROP_ACTIVITIES_APPLICABLE:
      g_value_set_uint (value, s->activities_applicable);
      break;
    case PROP_FOLLOW_UPS_PENDING:
      g_value_set_uint (value, s->hr_follow_ups_pending);
      break;
    case PROP_START_DAY:
      g_value_set_uint (value, mp_pairing_get_start_day (self));
      break;
    case PROP_NEXT_MEETING_UNIX:
      g_value_set_int64 (value, mp_pairing_get_next_meeting_unix (self));
      break;
    case PROP_LAST_CONTACT_DAY:
      g_value_set_uint (value, mp_pairing_get_last_contact_day (self));
      break;
    case PROP_DAYS_SINCE_CONTACT:
      g_value_set_int (value, s->days_since_contact);
      break;
    case PROP_NO_CONTACT_ALERT:
      g_value_set_boolean (value, mp_pairing_get_no_contact_alert (self));
      break;
    case PROP_URGENCY:
      g_value_set_int (value, urgency_of (s));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_pairing_class_init (MpPairingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mp_pairing_finalize;
  object_class->get_property = mp_pairing_get_property;

  properties [PROP_MENTORSHIP] = g_param_spec_object ("mentorship", NULL, NULL, MP_TYPE_MENTORSHIP, flags);
  properties [PROP_SUMMARY] = g_param_spec_boxed ("summary", NULL, NULL, MP_TYPE_PROGRESS_SUMMARY, flags);
  properties [PROP_EMPLOYEE_NAME] = g_param_spec_string ("employee-name", NULL, NULL, NULL, flags);
  properties [PROP_MENTOR_NAME] = g_param_spec_string ("mentor-name", NULL, NULL, NULL, flags);
  properties [PROP_DEPARTMENT_NAME] = g_param_spec_string ("department-name", NULL, NULL, NULL, flags);
  properties [PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  properties [PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, MP_TYPE_SCHEDULE_STATE,
                                               MP_SCHEDULE_STATE_ON_TRACK, flags);
  properties [PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, NULL, flags);
  properties [PROP_PHASE_TITLE] = g_param_spec_string ("phase-title", NULL, NULL, NULL, flags);
  properties [PROP_PHASE_INDEX] = g_param_spec_int ("phase-index", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties [PROP_MEETINGS_HELD] = g_param_spec_uint ("meetings-held", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_MEETINGS_EXPECTED] = g_param_spec_uint ("meetings-expected", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_ACTIVITIES_DONE] = g_param_spec_uint ("activities-done", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_ACTIVITIES_APPLICABLE] = g_param_spec_uint ("activities-applicable", NULL, NULL,
                                                               0, G_MAXUINT, 0, flags);
  properties [PROP_FOLLOW_UPS_PENDING] = g_param_spec_uint ("follow-ups-pending", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_START_DAY] = g_param_spec_uint ("start-day", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_NEXT_MEETING_UNIX] = g_param_spec_int64 ("next-meeting-unix", NULL, NULL,
                                                            G_MININT64, G_MAXINT64, G_MAXINT64, flags);
  properties [PROP_LAST_CONTACT_DAY] = g_param_spec_uint ("last-contact-day", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_DAYS_SINCE_CONTACT] = g_param_spec_int ("days-since-contact", NULL, NULL,
                                                           -1, G_MAXINT, -1, flags);
  properties [PROP_NO_CONTACT_ALERT] = g_param_spec_boolean ("no-contact-alert", NULL, NULL, FALSE, flags);
  properties [PROP_URGENCY] = g_param_spec_int ("urgency", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_pairing_init (MpPairing *self)
{
}

/* @summary: (transfer full) (nullable): the summary, computed from the history when NULL */
static MpPairing *
mp_pairing_new (MpPairingList     *list,
                MpMentorship      *mentorship,
                MpProgressSummary *summary)
{
  MpPairing *self = g_object_new (MP_TYPE_PAIRING, NULL);

  self->list = list;
  self->mentorship = mentorship;
  if (summary != NULL)
    pairing_update (self, summary);
  else
    pairing_refresh (self);

  return self;
}

/**
 * mp_pairing_get_mentorship:
 *
 * Returns: (transfer none): the store's canonical mentorship
 */
MpMentorship *
mp_pairing_get_mentorship (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->mentorship;
}

/**
 * mp_pairing_get_store:
 *
 * Returns: (transfer none) (nullable): the store of the list holding this pairing
 */
MpStore *
mp_pairing_get_store (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->list != NULL ? mp_pairing_list_get_store (self->list) : NULL;
}

/**
 * mp_pairing_get_summary:
 *
 * Returns: (transfer none): the progress summary as of the list's today
 */
MpProgressSummary *
mp_pairing_get_summary (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->summary;
}

const char *
mp_pairing_get_employee_name (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->employee_name;
}

const char *
mp_pairing_get_mentor_name (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->mentor_name;
}

const char *
mp_pairing_get_department_name (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->department_name;
}

/**
 * mp_pairing_get_search_text:
 *
 * Returns: the employee's, mentor's and department's names, case-folded and
 *   normalized, for search-as-you-type
 */
const char *
mp_pairing_get_search_text (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), NULL);

  return self->search_text;
}

MpScheduleState
mp_pairing_get_state (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), MP_SCHEDULE_STATE_ON_TRACK);

  return self->summary->schedule.state;
}

/**
 * mp_pairing_get_start_day:
 *
 * Returns: the start date as a Julian day number (for sorting), 0 when unknown
 */
guint
mp_pairing_get_start_day (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), 0);

  return julian_or_zero (mp_mentorship_get_start_date (self->mentorship));
}

/**
 * mp_pairing_get_next_meeting_unix:
 *
 * Returns: when the next scheduled meeting starts, in seconds since the epoch;
 *   %G_MAXINT64 when none is scheduled, so those sort last
 */
gint64
mp_pairing_get_next_meeting_unix (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), G_MAXINT64);

  return self->summary->next_meeting ? g_date_time_to_unix (self->summary->next_meeting) : G_MAXINT64;
}

guint
mp_pairing_get_last_contact_day (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), 0);

  return julian_or_zero (&self->summary->last_contact);
}

int
mp_pairing_get_urgency (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), 0);

  return self->urgency;
}

/**
 * mp_pairing_get_no_contact_alert:
 *
 * Returns: %TRUE when an active pairing (started, its program not over) has had no contact
 *   for %MP_NO_CONTACT_ALERT_DAYS days or more (counted from the start when it never had one,
 *   or from the day the pair was made when that came after the start: a late pairing)
 */
gboolean
mp_pairing_get_no_contact_alert (MpPairing *self)
{
  const MpScheduleInfo *info;
  int days;

  g_return_val_if_fail (MP_IS_PAIRING (self), FALSE);

  info = &self->summary->schedule;
  if (info->state == MP_SCHEDULE_STATE_PRE_ARRIVAL || info->state == MP_SCHEDULE_STATE_COMPLETED ||
      info->state == MP_SCHEDULE_STATE_ENDED || info->state == MP_SCHEDULE_STATE_UNFINISHED)
    return FALSE;

  days = self->summary->days_since_contact;
  if (days < 0 && g_date_valid (&info->start))
    {
      const GDate *paired_on = mp_mentorship_get_paired_on (self->mentorship);
      GDate from = info->start;

      if (paired_on != NULL && g_date_valid (paired_on) && g_date_compare (paired_on, &from) > 0)
        from = *paired_on;
      days = (int) g_date_days_between (&from, &self->list->today);
    }

  return days >= MP_NO_CONTACT_ALERT_DAYS;
}

/**
 * mp_pairing_get_first_contact_late:
 *
 * Returns: %TRUE when the employee has not arrived yet and the mentor's first contact,
 *   due by mp_schedule_first_contact_day (), is late (the state stays "before arrival")
 */
gboolean
mp_pairing_get_first_contact_late (MpPairing *self)
{
  const MpScheduleInfo *info;

  g_return_val_if_fail (MP_IS_PAIRING (self), FALSE);

  info = &self->summary->schedule;

  return info->state == MP_SCHEDULE_STATE_PRE_ARRIVAL && g_date_valid (&info->due) && info->days_until_due < 0;
}

/**
 * mp_pairing_get_unlogged_meeting_unix:
 *
 * The meeting every window says is not logged yet: none is planned any more, the pairing
 * runs (its six months may be over), and the last meeting planned has passed still only
 * scheduled (its mentor said neither how it went nor that it was cancelled).
 *
 * Returns: when that meeting was to start, in seconds since the epoch; %MP_PROGRESS_NO_TIME
 *   when there is none
 */
gint64
mp_pairing_get_unlogged_meeting_unix (MpPairing *self)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), MP_PROGRESS_NO_TIME);

  if (self->summary->next_meeting != NULL ||
      mp_mentorship_get_status (self->mentorship) != MP_MENTORSHIP_STATUS_ACTIVE)
    return MP_PROGRESS_NO_TIME;

  return self->summary->unrecorded_at;
}

/**
 * mp_pairing_fold:
 * @text: (nullable): UTF-8 text
 *
 * The form in which pairings are searched: case folded, decomposed (NFKD) and without the
 * accents then apart, so that "nunez" finds "Núñez" (and "núñez" "Nunez").
 *
 * Returns: (transfer full): @text folded ("" for %NULL)
 */
char *
mp_pairing_fold (const char *text)
{
  g_autofree char *casefolded = NULL;
  char *normal;

  if (text == NULL)
    return g_strdup ("");

  /* Most names are plain ASCII: folding is then lowering, and normalizing changes nothing. */
  if (g_str_is_ascii (text))
    return g_ascii_strdown (text, -1);

  casefolded = g_utf8_casefold (text, -1);
  normal = g_utf8_normalize (casefolded, -1, G_NORMALIZE_ALL);
  if (normal == NULL)
    return g_steal_pointer (&casefolded);

  /* The accents, decomposed, follow their letters as marks of their own: dropped, or "n"
   * then a tilde would stand between "nu" and "ez". */
  {
    GString *plain = g_string_sized_new (strlen (normal));

    for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
          g_string_append_unichar (plain, c);
      }
    g_free (normal);

    return g_string_free (plain, FALSE);
  }
}

/**
 * mp_pairing_search_words:
 * @needle: (nullable): what the user typed
 *
 * Folds @needle as the pairings' search text is folded (case and accents) and splits it
 * into words, once per search rather than once per pairing.
 *
 * Returns: (transfer full): the non-empty words, %NULL-terminated (empty for none)
 */
char **
mp_pairing_search_words (const char *needle)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  GPtrArray *kept = g_ptr_array_new ();

  if (needle != NULL && *needle != '\0')
    {
      folded = mp_pairing_fold (needle);
      words = g_strsplit_set (folded, " \t\n", -1);
      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          g_ptr_array_add (kept, g_strdup (words[i]));
    }
  g_ptr_array_add (kept, NULL);

  return (char **) g_ptr_array_free (kept, FALSE);
}

/**
 * mp_pairing_matches_words:
 * @words: (array zero-terminated=1) (nullable): from mp_pairing_search_words ()
 *
 * Returns: %TRUE when every word occurs in the employee's, the mentor's or the
 *   department's name (always with no words)
 */
gboolean
mp_pairing_matches_words (MpPairing          *self,
                          const char * const *words)
{
  g_return_val_if_fail (MP_IS_PAIRING (self), FALSE);

  return mp_pairing_text_has_words (self->search_text, words);
}

/**
 * mp_pairing_text_has_words:
 * @text: (nullable): text folded by mp_pairing_fold ()
 * @words: (array zero-terminated=1) (nullable): from mp_pairing_search_words ()
 *
 * How every search of the app matches: each word somewhere in @text, in any order.
 *
 * Returns: %TRUE when every word occurs in @text (always with no words; never in %NULL
 *   with some)
 */
gboolean
mp_pairing_text_has_words (const char         *text,
                           const char * const *words)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (text == NULL || strstr (text, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * mp_pairing_matches:
 * @needle: what the user typed; matched case- and accent-insensitively, every word
 *
 * Returns: %TRUE when every word of @needle occurs in the employee's, the mentor's
 *   or the department's name
 */
gboolean
mp_pairing_matches (MpPairing  *self,
                    const char *needle)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (MP_IS_PAIRING (self), FALSE);

  words = mp_pairing_search_words (needle);

  return mp_pairing_matches_words (self, (const char * const *) words);
}

/* MpPairingList */

static GType
mp_pairing_list_get_item_type (GListModel *model)
{
  return MP_TYPE_PAIRING;
}

static guint
mp_pairing_list_get_n_items (GListModel *model)
{
  return MP_PAIRING_LIST (model)->items->len;
}

/**
 * mp_pairing_list_peek_item:
 *
 * g_list_model_get_item () without a reference, for a loop over thousands of pairings.
 *
 * Returns: (transfer none) (nullable): the pairing at @position
 */
MpPairing *
mp_pairing_list_peek_item (MpPairingList *self,
                           guint          position)
{
  g_return_val_if_fail (MP_IS_PAIRING_LIST (self), NULL);

  return position < self->items->len ? g_ptr_array_index (self->items, position) : NULL;
}

static gpointer
mp_pairing_list_get_item (GListModel *model,
                          guint       position)
{
  MpPairingList *self = MP_PAIRING_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
mp_pairing_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = mp_pairing_list_get_item_type;
  iface->get_n_items = mp_pairing_list_get_n_items;
  iface->get_item = mp_pairing_list_get_item;
}

static void
on_mentorships_items_changed_cb (GListModel    *mentorships,
                                 guint          position,
                                 guint          removed,
                                 guint          added,
                                 MpPairingList *self)
{
  for (guint i = 0; i < removed; i++)
    {
      MpPairing *pairing = g_ptr_array_index (self->items, position + i);

      g_hash_table_remove (self->by_mentorship, pairing->mentorship);
    }
  g_ptr_array_remove_range (self->items, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, position + i);
      MpPairing *pairing = mp_pairing_new (self, mentorship, NULL);

      g_ptr_array_insert (self->items, position + i, pairing);
      g_hash_table_insert (self->by_mentorship, mentorship, pairing);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
on_store_mentorship_changed_cb (MpStore       *store,
                                MpMentorship  *mentorship,
                                MpPairingList *self)
{
  MpPairing *pairing = g_hash_table_lookup (self->by_mentorship, mentorship);

  if (pairing != NULL)
    pairing_refresh (pairing);
}

static void
on_store_people_changed_cb (MpStore       *store,
                            MpPairingList *self)
{
  /* Old names need no search form any more. */
  g_hash_table_remove_all (self->folded_names);
  for (guint i = 0; i < self->items->len; i++)
    pairing_update_names (g_ptr_array_index (self->items, i), TRUE);
}

static gboolean add_all_from_rows (MpPairingList *self, gboolean update, GError **error);

/* Every summary again (a new day): from the rows, as at the start, not by loading every
 * history one by one. */
static void
refresh_all (MpPairingList *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && add_all_from_rows (self, TRUE, &error))
    return;

  if (error != NULL)
    g_warning ("Could not read the pairings’ progress at once: %s", error->message);
  for (guint i = 0; i < self->items->len; i++)
    pairing_refresh (g_ptr_array_index (self->items, i));
}

static void
read_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Checked every minute: "due in 2 days" must become "due tomorrow" overnight. */
static gboolean
on_day_timer_cb (gpointer user_data)
{
  MpPairingList *self = MP_PAIRING_LIST (user_data);
  GDate today;

  read_today (&today);
  if (g_date_compare (&today, &self->today) != 0)
    {
      /* The zone too: the computer may have travelled. */
      g_clear_pointer (&self->tz, g_time_zone_unref);
      self->tz = g_time_zone_new_local ();
      self->today = today;
      refresh_all (self);
    }

  return G_SOURCE_CONTINUE;
}

static void
mp_pairing_list_dispose (GObject *object)
{
  MpPairingList *self = (MpPairingList *)object;

  g_clear_handle_id (&self->day_timer, g_source_remove);
  if (self->mentorships != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->mentorships);
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->mentorship_changed_id, self->store);
      g_clear_signal_handler (&self->people_changed_id, self->store);
      g_clear_signal_handler (&self->closed_days_id, self->store);
      g_object_remove_weak_pointer (G_OBJECT (self->store), (gpointer *) &self->store);
      self->store = NULL;
    }
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);
  g_clear_pointer (&self->by_mentorship, g_hash_table_unref);
  g_clear_object (&self->mentorships);

  G_OBJECT_CLASS (mp_pairing_list_parent_class)->dispose (object);
}

static void
mp_pairing_list_finalize (GObject *object)
{
  MpPairingList *self = (MpPairingList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->folded_names, g_hash_table_unref);

  G_OBJECT_CLASS (mp_pairing_list_parent_class)->finalize (object);
}

static void
mp_pairing_list_class_init (MpPairingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mp_pairing_list_dispose;
  object_class->finalize = mp_pairing_list_finalize;
}

static void
mp_pairing_list_init (MpPairingList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_mentorship = g_hash_table_new (NULL, NULL);
  self->folded_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->tz = g_time_zone_new_local ();
}

/* One pairing's summary to compute from plain rows. */
typedef struct
{
  MpMentorship       *mentorship;  /* borrowed: the store's list holds it */
  MpProgressProgram  *program;     /* borrowed from AddFromRows.programs; NULL: from the history */
  MpProgressMeeting  *meetings;
  guint               n_meetings;
  MpProgressActivity *activities;
  MpProgressSummary  *summary;
} SummaryJob;

typedef struct
{
  GHashTable    *programs;  /* MpProgram* → MpProgressProgram* */
  GArray        *jobs;      /* SummaryJob, in the store's order */
} AddFromRows;

static void
add_from_rows_cb (MpMentorship            *mentorship,
                  const MpProgressMeeting *meetings,
                  guint                    n_meetings,
                  const MpProgressRow     *progress,
                  guint                    n_progress,
                  gpointer                 user_data)
{
  AddFromRows *add = user_data;
  MpProgram *program = mp_mentorship_get_program (mentorship);
  SummaryJob job = { .mentorship = mentorship };

  if (program != NULL && mp_mentorship_get_start_date (mentorship) != NULL)
    {
      job.program = g_hash_table_lookup (add->programs, program);
      if (job.program == NULL)
        {
          job.program = mp_progress_program_new (program);
          g_hash_table_insert (add->programs, program, job.program);
        }
      /* The rows are the store's during this call only. */
      job.meetings = n_meetings > 0 ? g_memdup2 (meetings, n_meetings * sizeof *meetings) : NULL;
      job.n_meetings = n_meetings;
      job.activities = mp_progress_program_resolve (job.program, progress, n_progress);
    }

  g_array_append_val (add->jobs, job);
}

typedef struct
{
  MpPairingList *list;
  SummaryJob    *jobs;
  guint          n_jobs;
  GArray        *closed;  /* GDate: the days the library is closed */
} SummaryRange;

static gpointer
compute_summaries (gpointer data)
{
  SummaryRange *range = data;

  for (guint i = 0; i < range->n_jobs; i++)
    {
      SummaryJob *job = &range->jobs[i];

      if (job->program != NULL)
        /* (No meeting of the mentor's other pairs avoided: the closed days only, as a pairing
         * refreshed alone does) */
        job->summary = mp_progress_compute_resolved (job->program, job->mentorship, job->meetings, job->n_meetings,
                                                     job->activities,
                                                     (const GDate *) (gpointer) range->closed->data, range->closed->len,
                                                     (const GDate *) (gpointer) range->closed->data, range->closed->len,
                                                     &range->list->today, range->list->tz);
    }

  return NULL;
}

/* Every summary from two queries' plain rows (the histories stay unloaded until a window
 * opens one), computed on two threads when there are many: each reads its own rows, the
 * programs and the mentorships, which nothing changes meanwhile. */
static gboolean
add_all_from_rows (MpPairingList  *self,
                   gboolean        update,
                   GError        **error)
{
  AddFromRows add = {
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) mp_progress_program_free),
    g_array_new (FALSE, TRUE, sizeof (SummaryJob)),
  };
  gboolean ok;

  ok = mp_store_foreach_progress_rows (self->store, add_from_rows_cb, &add, error);

  /* (No pairing: the array has no data, and NULL + 0 is undefined in C.) */
  if (ok && add.jobs->len > 0)
    {
      SummaryJob *jobs = (SummaryJob *) (gpointer) add.jobs->data;
      guint n = add.jobs->len;
      g_autoptr(GArray) closed = mp_schedule_closed_dates (mp_store_get_closed_days (self->store));
      SummaryRange first = { self, jobs, n / 2, closed };
      SummaryRange second = { self, jobs + n / 2, n - n / 2, closed };

      /* A thread the system refuses (a limit reached) only means one after the other. */
      GThread *thread = n >= 1024 && g_get_num_processors () > 1
                          ? g_thread_try_new ("mp-pairing-progress", compute_summaries, &first, NULL)
                          : NULL;

      if (thread == NULL)
        compute_summaries (&first);
      compute_summaries (&second);
      if (thread != NULL)
        g_thread_join (thread);

      for (guint i = 0; i < n; i++)
        {
          MpPairing *pairing;

          if (update)
            {
              pairing = g_hash_table_lookup (self->by_mentorship, jobs[i].mentorship);
              if (pairing == NULL)
                continue;
              if (jobs[i].summary != NULL)
                pairing_update (pairing, g_steal_pointer (&jobs[i].summary));
              else
                pairing_refresh (pairing);
              continue;
            }

          /* Without a summary (no program or start), from the history, as before. */
          pairing = mp_pairing_new (self, jobs[i].mentorship, g_steal_pointer (&jobs[i].summary));
          g_ptr_array_add (self->items, pairing);
          g_hash_table_insert (self->by_mentorship, jobs[i].mentorship, pairing);
        }
    }

  for (guint i = 0; i < add.jobs->len; i++)
    {
      SummaryJob *job = &g_array_index (add.jobs, SummaryJob, i);

      g_free (job->meetings);
      g_free (job->activities);
      g_clear_pointer (&job->summary, mp_progress_summary_unref);
    }
  g_array_unref (add.jobs);
  g_hash_table_unref (add.programs);

  return ok;
}

/**
 * mp_pairing_list_new:
 * @today: (nullable): a fixed "today" (tests); %NULL follows the clock, day by day
 *
 * The list does not keep @store alive: drop the list first, or let the store own it
 * (mp_pairing_list_get_for_store ()).
 *
 * Returns: (transfer full): a list of the store's pairings with their progress
 */
MpPairingList *
mp_pairing_list_new (MpStore     *store,
                     const GDate *today)
{
  MpPairingList *self;
  GListModel *mentorships;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  self = g_object_new (MP_TYPE_PAIRING_LIST, NULL);
  self->store = store;
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &self->store);

  if (today != NULL && g_date_valid (today))
    {
      self->today = *today;
      self->fixed_today = TRUE;
    }
  else
    {
      read_today (&self->today);
      self->day_timer = g_timeout_add_seconds (60, on_day_timer_cb, self);
    }

  mentorships = self->mentorships = g_object_ref (mp_store_get_mentorships (store));

  if (!add_all_from_rows (self, FALSE, &error))
    {
      g_warning ("Could not read the pairings’ progress at once: %s", error->message);
      g_ptr_array_set_size (self->items, 0);
      g_hash_table_remove_all (self->by_mentorship);
    }

  self->items_changed_id = g_signal_connect (mentorships, "items-changed",
                                             G_CALLBACK (on_mentorships_items_changed_cb), self);
  self->mentorship_changed_id = g_signal_connect (store, "mentorship-changed",
                                                  G_CALLBACK (on_store_mentorship_changed_cb), self);
  self->people_changed_id = g_signal_connect (store, "people-changed", G_CALLBACK (on_store_people_changed_cb), self);
  self->closed_days_id = g_signal_connect_swapped (store, "notify::closed-days", G_CALLBACK (refresh_all), self);

  /* What the rows did not give (an error above) is computed from each history. */
  if (self->items->len != g_list_model_get_n_items (mentorships))
    on_mentorships_items_changed_cb (mentorships, 0, 0, g_list_model_get_n_items (mentorships), self);

  return self;
}

/**
 * mp_pairing_list_get_for_store:
 *
 * Returns: (transfer none): the one pairing list of @store, shared by every window
 *   so progress is computed once
 */
MpPairingList *
mp_pairing_list_get_for_store (MpStore *store)
{
  MpPairingList *self;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "mp-pairing-list");
  if (self == NULL)
    {
      self = mp_pairing_list_new (store, NULL);
      g_object_set_data_full (G_OBJECT (store), "mp-pairing-list", self, g_object_unref);
    }

  return self;
}

/**
 * mp_pairing_list_get_store:
 *
 * Returns: (transfer none): the store
 */
MpStore *
mp_pairing_list_get_store (MpPairingList *self)
{
  g_return_val_if_fail (MP_IS_PAIRING_LIST (self), NULL);

  return self->store;
}

/**
 * mp_pairing_list_lookup:
 *
 * Returns: (transfer none) (nullable): the pairing of @mentorship
 */
MpPairing *
mp_pairing_list_lookup (MpPairingList *self,
                        MpMentorship  *mentorship)
{
  g_return_val_if_fail (MP_IS_PAIRING_LIST (self), NULL);

  return g_hash_table_lookup (self->by_mentorship, mentorship);
}

/**
 * mp_pairing_list_set_today:
 *
 * Pins "today" (tests, and printing "as of" a date) and recomputes every pairing.
 */
void
mp_pairing_list_set_today (MpPairingList *self,
                           const GDate   *today)
{
  g_return_if_fail (MP_IS_PAIRING_LIST (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  g_clear_handle_id (&self->day_timer, g_source_remove);
  self->fixed_today = TRUE;
  if (g_date_compare (today, &self->today) == 0)
    return;
  self->today = *today;
  refresh_all (self);
}

void
mp_pairing_list_get_today (MpPairingList *self,
                           GDate         *today)
{
  g_return_if_fail (MP_IS_PAIRING_LIST (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

/**
 * mp_pairing_list_follows_clock:
 *
 * Returns: whether the list's today is the clock's (read each minute), not one a test set
 */
gboolean
mp_pairing_list_follows_clock (MpPairingList *self)
{
  g_return_val_if_fail (MP_IS_PAIRING_LIST (self), FALSE);

  return !self->fixed_today;
}

/* mp-nudges.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-nudges"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-mentor-util.h"
#include "mp-nudges.h"
#include "mp-pairing.h"

void
mp_nudge_free (MpNudge *nudge)
{
  if (nudge == NULL)
    return;

  g_free (nudge->id);
  g_free (nudge->title);
  g_free (nudge->body);
  g_free (nudge);
}

static MpNudge *
nudge_new (MpNudgeKind  kind,
           const char  *prefix,
           const char  *id,
           char        *title,
           char        *body)
{
  MpNudge *nudge = g_new0 (MpNudge, 1);

  nudge->kind = kind;
  nudge->id = g_strconcat (prefix, id ? id : "", NULL);
  nudge->title = title;
  nudge->body = body;

  return nudge;
}

/* "today", "tomorrow" or "on Thursday 5 March" */
static char *
describe_day (const GDate *date,
              const GDate *today)
{
  int days = g_date_days_between (today, date);
  g_autofree char *day = NULL;

  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days == -1)
    return g_strdup (_("yesterday"));

  day = mp_format_day (date);
  /* Translators: %s is a day, as in "Thursday 5 March" */
  return g_strdup_printf (_("on %s"), day);
}

static MpNudge *
decide_mentorship (const MpNudgeMentorship *m,
                   GArray                  *closed_days,
                   const GDate             *today)
{
  const char *name = m->employee_name ? m->employee_name : "";
  gboolean has_due = g_date_valid (&m->due);
  int days_until_due = has_due ? g_date_days_between (today, &m->due) : 0;
  int working_days_until_due = has_due ? mp_working_days_between (today, &m->due, closed_days) : 0;
  GDate next_day;
  int days_until_next = G_MAXINT;
  int working_days_until_next = G_MAXINT;

  if (m->state == MP_SCHEDULE_STATE_COMPLETED || m->state == MP_SCHEDULE_STATE_ENDED)
    return NULL;

  if (m->next_meeting != NULL)
    {
      next_day = mp_local_date (m->next_meeting);
      days_until_next = g_date_days_between (today, &next_day);
      working_days_until_next = mp_working_days_between (today, &next_day, closed_days);
    }

  /* A meeting is on the calendar within two working days: a reminder of it. */
  if (days_until_next >= 0 && working_days_until_next <= MP_NUDGE_MEETING_WORKING_DAYS)
    {
      g_autofree char *when = describe_day (&next_day, today);
      g_autofree char *time = mp_format_time (m->next_meeting);

      return nudge_new (MP_NUDGE_MEETING_SOON, "meeting-", m->id,
                        /* Translators: a notification title; %s is a person's name */
                        g_strdup_printf (_("Meeting with %s"), name),
                        /* Translators: "tomorrow at 10:00", "on Thursday 5 March at 10:00" */
                        g_strdup_printf (_("Your meeting is %s at %s."), when, time));
    }

  if (!has_due)
    return NULL;

  if (days_until_due < 0)
    {
      g_autofree char *due = mp_format_day (&m->due);
      g_autofree char *next = NULL;
      char *body;

      if (m->next_meeting != NULL)
        {
          g_autofree char *when = mp_format_meeting_when (m->next_meeting);

          /* Translators: the body of a notification; %1$s is a day, %2$s a day and time */
          body = g_strdup_printf (_("It was due by %1$s. The next meeting is set for %2$s."), due, when);
        }
      else
        /* Translators: the body of a notification; %s is a day */
        body = g_strdup_printf (_("It was due by %s. Schedule it from the mentor dashboard."), due);

      return nudge_new (MP_NUDGE_MEETING_OVERDUE, "meeting-", m->id,
                        m->state == MP_SCHEDULE_STATE_PRE_ARRIVAL
                          /* Translators: a notification title; %s is a person's name */
                          ? g_strdup_printf (_("First contact with %s is overdue"), name)
                          /* Translators: a notification title; %s is a person's name */
                          : g_strdup_printf (_("Meeting with %s is overdue"), name),
                        body);
    }

  if (working_days_until_due <= MP_NUDGE_MEETING_WORKING_DAYS)
    {
      g_autofree char *when = NULL;

      /* Already on the calendar by the due date (more than two working days away is
       * impossible here). */
      if (m->next_meeting != NULL && g_date_compare (&next_day, &m->due) <= 0)
        return NULL;

      when = describe_day (&m->due, today);
      return nudge_new (MP_NUDGE_MEETING_DUE, "meeting-", m->id,
                        m->state == MP_SCHEDULE_STATE_PRE_ARRIVAL
                          /* Translators: a notification title; %s is a person's name */
                          ? g_strdup_printf (_("Time to contact %s"), name)
                          /* Translators: a notification title; %s is a person's name */
                          : g_strdup_printf (_("Meeting with %s is due"), name),
                        /* Translators: the body of a notification; %s is "today", "tomorrow" or "on Thursday 5 March" */
                        g_strdup_printf (_("It is due %s. Schedule it from the mentor dashboard."), when));
    }

  return NULL;
}

static MpNudge *
decide_concern (const MpNudgeConcern *c,
                GArray               *closed_days,
                const GDate          *today)
{
  g_autofree char *when = NULL;
  int working_days;

  if (c->status != MP_CONCERN_STATUS_OPEN || !g_date_valid (&c->needed_by))
    return NULL;

  working_days = mp_working_days_between (today, &c->needed_by, closed_days);
  if (working_days > MP_NUDGE_CONCERN_WORKING_DAYS)
    return NULL;

  when = describe_day (&c->needed_by, today);

  return nudge_new (MP_NUDGE_CONCERN, "concern-", c->id,
                    g_date_compare (&c->needed_by, today) < 0
                      /* Translators: a notification title; %1$s is a person's name, %2$s "yesterday" or "on Monday 2 March" */
                      ? g_strdup_printf (_("%1$s needed your input %2$s"), c->employee_name ? c->employee_name : "", when)
                      /* Translators: a notification title; %1$s is a person's name, %2$s "today", "tomorrow" or "on Thursday 5 March" */
                      : g_strdup_printf (_("%1$s needs your input %2$s"), c->employee_name ? c->employee_name : "", when),
                    /* Translators: the body of a notification; %s is the subject the employee wrote */
                    g_strdup_printf (_("“%s”: answer it from the mentor dashboard."), c->subject ? c->subject : ""));
}

/**
 * mp_nudges_decide:
 * @today: the day to decide for
 *
 * Which nudges are due today (working days: Monday to Friday, not in @closed_days, as the
 * schedule counts them): for each mentorship, a scheduled meeting within
 * %MP_NUDGE_MEETING_WORKING_DAYS working days, else an overdue meeting, else a meeting due
 * within %MP_NUDGE_MEETING_WORKING_DAYS working days that is not scheduled yet; for each
 * open concern, a needed-by date within %MP_NUDGE_CONCERN_WORKING_DAYS working days (or past).
 * Finished and ended mentorships never nudge.
 *
 * Returns: (transfer container) (element-type MpNudge): the nudges, mentorships first
 */
GPtrArray *
mp_nudges_decide (const MpNudgeMentorship *mentorships,
                  guint                    n_mentorships,
                  const MpNudgeConcern    *concerns,
                  guint                    n_concerns,
                  GArray                  *closed_days,
                  const GDate             *today)
{
  GPtrArray *nudges;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (n_mentorships == 0 || mentorships != NULL, NULL);
  g_return_val_if_fail (n_concerns == 0 || concerns != NULL, NULL);

  nudges = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_nudge_free);

  for (guint i = 0; i < n_mentorships; i++)
    {
      MpNudge *nudge = decide_mentorship (&mentorships[i], closed_days, today);

      if (nudge != NULL)
        g_ptr_array_add (nudges, nudge);
    }

  for (guint i = 0; i < n_concerns; i++)
    {
      MpNudge *nudge = decide_concern (&concerns[i], closed_days, today);

      if (nudge != NULL)
        g_ptr_array_add (nudges, nudge);
    }

  return nudges;
}

/**
 * mp_nudges_shown_on:
 * @last_nudge_date: (nullable): the value of "last-nudge-date" (YYYY-MM-DD)
 *
 * Returns: whether the nudges were already shown on @today
 */
gboolean
mp_nudges_shown_on (const char  *last_nudge_date,
                    const GDate *today)
{
  char iso[16];

  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (last_nudge_date == NULL)
    return FALSE;

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", today);

  return g_str_equal (iso, last_nudge_date);
}

/* What the nudges are decided from: the current person's running mentorships and their
 * concerns, as plain values (the objects they point into are kept alive by @keep). */
typedef struct
{
  GArray    *mentorships;  /* MpNudgeMentorship */
  GArray    *concerns;     /* MpNudgeConcern */
  GPtrArray *no_contact;   /* for HR: the employees of pairings with no contact (const char *) */
  GPtrArray *keep;
  GArray    *closed_days;  /* MpClosedDay: the store's (borrowed) */
  GDate      day;
} Entries;

static void
entries_clear (Entries *entries)
{
  g_clear_pointer (&entries->mentorships, g_array_unref);
  g_clear_pointer (&entries->concerns, g_array_unref);
  g_clear_pointer (&entries->no_contact, g_ptr_array_unref);
  g_clear_pointer (&entries->keep, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Entries, entries_clear)

static void
collect_entries (MpStore     *store,
                 const GDate *today,
                 Entries     *out)
{
  MpPerson *me;
  MpPairingList *pairings;
  gboolean hr;
  guint n;

  out->mentorships = g_array_new (FALSE, TRUE, sizeof (MpNudgeMentorship));
  out->concerns = g_array_new (FALSE, TRUE, sizeof (MpNudgeConcern));
  out->no_contact = g_ptr_array_new ();
  out->keep = g_ptr_array_new_with_free_func (g_object_unref);

  out->closed_days = mp_store_get_closed_days (store);
  pairings = mp_pairing_list_get_for_store (store);
  if (today != NULL && g_date_valid (today))
    out->day = *today;
  else
    mp_pairing_list_get_today (pairings, &out->day);

  me = mp_store_get_current_person (store);
  hr = mp_store_current_is_hr_admin (store);
  n = me != NULL ? g_list_model_get_n_items (G_LIST_MODEL (pairings)) : 0;

  for (guint i = 0; i < n; i++)
    {
      MpPairing *pairing = g_list_model_get_item (G_LIST_MODEL (pairings), i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
      MpPerson *mentor = mp_mentorship_get_mentor (mentorship);
      MpProgressSummary *summary = mp_pairing_get_summary (pairing);
      MpNudgeMentorship entry = { NULL, };
      GListModel *list;
      guint n_concerns;

      g_ptr_array_add (out->keep, pairing);

      if (hr && mp_pairing_get_no_contact_alert (pairing))
        g_ptr_array_add (out->no_contact, (gpointer) mp_pairing_get_employee_name (pairing));

      if (mentor == NULL || g_strcmp0 (mp_person_get_uuid (mentor), mp_person_get_uuid (me)) != 0 ||
          !mp_mentorship_is_running (mentorship))
        continue;

      entry.id = mp_mentorship_get_uuid (mentorship);
      entry.employee_name = mp_pairing_get_employee_name (pairing);
      entry.state = summary->schedule.state;
      entry.due = summary->schedule.due;
      entry.next_meeting = summary->next_meeting;
      g_array_append_val (out->mentorships, entry);

      list = mp_store_get_concerns (store, mentorship);
      n_concerns = g_list_model_get_n_items (list);
      for (guint j = 0; j < n_concerns; j++)
        {
          MpConcern *concern = g_list_model_get_item (list, j);
          MpNudgeConcern c = { NULL, };
          const GDate *needed_by = mp_concern_get_needed_by (concern);

          g_ptr_array_add (out->keep, concern);
          c.id = mp_concern_get_uuid (concern);
          c.employee_name = entry.employee_name;
          c.subject = mp_concern_get_subject (concern);
          c.status = mp_concern_get_status (concern);
          if (needed_by != NULL && g_date_valid (needed_by))
            c.needed_by = *needed_by;
          else
            g_date_clear (&c.needed_by, 1);
          g_array_append_val (out->concerns, c);
        }
    }
}

/**
 * mp_nudges_decide_no_contact:
 * @employee_names: the employees of the pairings with no contact for three weeks
 *
 * Returns: (transfer full) (nullable): HR's nudge naming them (the first three, and how many
 *   more), or %NULL when there is none
 */
MpNudge *
mp_nudges_decide_no_contact (const char * const *employee_names,
                             guint               n_names)
{
  g_autoptr(GString) names = g_string_new (NULL);
  char *body;

  g_return_val_if_fail (n_names == 0 || employee_names != NULL, NULL);

  if (n_names == 0)
    return NULL;

  for (guint i = 0; i < MIN (n_names, 3); i++)
    {
      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, employee_names[i]);
    }

  if (n_names <= 3)
    /* Translators: %s is one or more employees' names: "Aisha Mensah, Marcus Chen" */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s and their mentor have had no contact for three weeks or more.",
                                         "%s and their mentors have had no contact for three weeks or more.",
                                         n_names),
                            names->str);
  else
    /* Translators: %1$s is three employees' names, %2$u how many more there are */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%1$s and %2$u more have had no contact with their mentors for three "
                                         "weeks or more.",
                                         "%1$s and %2$u more have had no contact with their mentors for three "
                                         "weeks or more.",
                                         n_names - 3),
                            names->str, n_names - 3);

  return nudge_new (MP_NUDGE_NO_CONTACT, "hr-no-contact", NULL, g_strdup (_("No contact for three weeks")), body);
}

static GPtrArray *
decide_entries (const Entries *entries)
{
  GPtrArray *nudges = mp_nudges_decide ((const MpNudgeMentorship *) (gpointer) entries->mentorships->data,
                                        entries->mentorships->len,
                                        (const MpNudgeConcern *) (gpointer) entries->concerns->data,
                                        entries->concerns->len, entries->closed_days, &entries->day);
  MpNudge *quiet = mp_nudges_decide_no_contact ((const char * const *) entries->no_contact->pdata,
                                                entries->no_contact->len);

  if (quiet != NULL)
    g_ptr_array_add (nudges, quiet);

  return nudges;
}

/**
 * mp_nudges_collect:
 * @today: (nullable): the day; %NULL for the pairings' own today
 *
 * Returns: (transfer container) (element-type MpNudge): the nudges due for the
 *   current person's mentees (the daily ones: mp_nudges_decide ())
 */
GPtrArray *
mp_nudges_collect (MpStore     *store,
                   const GDate *today)
{
  g_auto(Entries) entries = { NULL, };

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  collect_entries (store, today, &entries);

  return decide_entries (&entries);
}

static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, MP_NUDGE_SETTINGS_KEY))
    return NULL;

  return g_settings_new (APP_ID);
}

static MpNudge *
decide_raised (const MpNudgeConcern *c,
               const GDate          *today)
{
  const char *name = c->employee_name ? c->employee_name : "";
  const char *subject = c->subject ? c->subject : "";
  g_autofree char *when = NULL;

  if (!g_date_valid (&c->needed_by))
    return nudge_new (MP_NUDGE_CONCERN_RAISED, "concern-", c->id,
                      /* Translators: a notification title; %s is a person's name */
                      g_strdup_printf (_("%s raised a concern"), name),
                      g_strdup_printf (_("“%s”: answer it from the mentor dashboard."), subject));

  when = describe_day (&c->needed_by, today);
  return nudge_new (MP_NUDGE_CONCERN_RAISED, "concern-", c->id,
                    g_strdup_printf (_("%s raised a concern"), name),
                    /* Translators: the body of a notification; %1$s is the subject the employee wrote,
                     * %2$s "today", "tomorrow" or "on Thursday 5 March" */
                    g_strdup_printf (_("“%1$s”, needed %2$s: answer it from the mentor dashboard."), subject, when));
}

/**
 * mp_nudges_decide_raised:
 * @announced: (nullable) (array zero-terminated=1): the ids of the concerns announced before
 * @today: the day to decide for
 *
 * Which concerns to announce: each open one not in @announced, whatever its needed-by
 * date (none included).
 *
 * Returns: (transfer container) (element-type MpNudge): the nudges, as the concerns come
 */
GPtrArray *
mp_nudges_decide_raised (const MpNudgeConcern *concerns,
                         guint                 n_concerns,
                         const char * const   *announced,
                         const GDate          *today)
{
  GPtrArray *nudges;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (n_concerns == 0 || concerns != NULL, NULL);

  nudges = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_nudge_free);
  for (guint i = 0; i < n_concerns; i++)
    {
      const MpNudgeConcern *c = &concerns[i];

      if (c->status != MP_CONCERN_STATUS_OPEN || c->id == NULL ||
          (announced != NULL && g_strv_contains (announced, c->id)))
        continue;
      g_ptr_array_add (nudges, decide_raised (c, today));
    }

  return nudges;
}

/* Every open concern has been announced now. Those this person's mentorships hold that are
 * no longer open need not be remembered; others (another database's, one opened some other
 * day) are kept, the latest MAX_REMEMBERED_CONCERNS. */
#define MAX_REMEMBERED_CONCERNS 500

static void
remember_concerns (GSettings          *settings,
                   GArray             *concerns,
                   const char * const *before,
                   gboolean            first)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_auto(GStrv) after = NULL;
  guint oldest;

  for (guint i = 0; before[i] != NULL; i++)
    {
      gboolean closed = FALSE;

      for (guint j = 0; j < concerns->len && !closed; j++)
        {
          const MpNudgeConcern *c = &g_array_index (concerns, MpNudgeConcern, j);

          closed = c->status != MP_CONCERN_STATUS_OPEN && g_strcmp0 (c->id, before[i]) == 0;
        }
      if (!closed)
        g_ptr_array_add (kept, (gpointer) before[i]);
    }
  for (guint j = 0; j < concerns->len; j++)
    {
      const MpNudgeConcern *c = &g_array_index (concerns, MpNudgeConcern, j);

      if (c->status == MP_CONCERN_STATUS_OPEN && c->id != NULL && !g_strv_contains (before, c->id))
        g_ptr_array_add (kept, (gpointer) c->id);
    }

  oldest = kept->len > MAX_REMEMBERED_CONCERNS ? kept->len - MAX_REMEMBERED_CONCERNS : 0;
  g_ptr_array_remove_range (kept, 0, oldest);
  g_ptr_array_add (kept, NULL);
  after = g_strdupv ((char **) kept->pdata);

  /* The first time even with none: the key set is what says it is not the first time. */
  if (first || !g_strv_equal ((const char * const *) after, before))
    g_settings_set_strv (settings, MP_NUDGE_CONCERNS_KEY, (const char * const *) after);
}

/**
 * mp_nudges_send_due:
 * @application: (nullable): where to send the notifications; %NULL decides and
 *   remembers the day without showing anything (tests)
 * @settings: (nullable): settings of schema APP_ID; %NULL for the application's
 * @today: (nullable): the day; %NULL for the pairings' own today
 *
 * Shows the nudges due today, unless they were already shown today, and announces each
 * concern raised since the last call (mp_nudges_decide_raised ()), once.
 *
 * Returns: how many nudges were sent
 */
guint
mp_nudges_send_due (GApplication *application,
                    MpStore      *store,
                    GSettings    *settings,
                    const GDate  *today)
{
  g_autoptr(GSettings) own_settings = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(Entries) entries = { NULL, };
  g_autoptr(GPtrArray) nudges = NULL;
  g_autoptr(GPtrArray) raised = NULL;
  g_auto(GStrv) announced = NULL;
  g_auto(GStrv) before = NULL;
  g_autofree char *last = NULL;
  gboolean keeps_concerns, shown, first = FALSE;
  char iso[16];

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), 0);
  g_return_val_if_fail (MP_IS_STORE (store), 0);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), 0);

  if (settings == NULL)
    settings = own_settings = app_settings ();
  if (settings != NULL)
    g_object_get (settings, "settings-schema", &schema, NULL);
  keeps_concerns = schema != NULL && g_settings_schema_has_key (schema, MP_NUDGE_CONCERNS_KEY);

  collect_entries (store, today, &entries);

  if (settings != NULL)
    last = g_settings_get_string (settings, MP_NUDGE_SETTINGS_KEY);
  shown = mp_nudges_shown_on (last, &entries.day);
  if (shown)
    nudges = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_nudge_free);
  else
    nudges = decide_entries (&entries);

  /* Each concern raised is announced once: those announced before, and those today's
   * nudges name already, are not again. The first time (the key never set), the concerns
   * open then are taken as known: they are not news. */
  if (keeps_concerns)
    {
      g_autoptr(GVariant) set = g_settings_get_user_value (settings, MP_NUDGE_CONCERNS_KEY);
      g_autoptr(GStrvBuilder) known = g_strv_builder_new ();

      first = set == NULL;
      before = g_settings_get_strv (settings, MP_NUDGE_CONCERNS_KEY);
      g_strv_builder_addv (known, (const char **) before);
      for (guint i = 0; i < nudges->len; i++)
        {
          const MpNudge *nudge = g_ptr_array_index (nudges, i);

          if (nudge->kind == MP_NUDGE_CONCERN)
            g_strv_builder_add (known, nudge->id + strlen ("concern-"));
        }
      announced = g_strv_builder_end (known);
      if (!first)
        {
          raised = mp_nudges_decide_raised ((const MpNudgeConcern *) (gpointer) entries.concerns->data,
                                            entries.concerns->len, (const char * const *) announced,
                                            &entries.day);
          g_ptr_array_extend_and_steal (nudges, g_steal_pointer (&raised));
        }
    }

  for (guint i = 0; application != NULL && i < nudges->len; i++)
    {
      const MpNudge *nudge = g_ptr_array_index (nudges, i);
      g_autoptr(GNotification) notification = g_notification_new (nudge->title);

      g_notification_set_body (notification, nudge->body);
      g_notification_set_priority (notification, nudge->kind == MP_NUDGE_MEETING_SOON
                                                   ? G_NOTIFICATION_PRIORITY_NORMAL
                                                   : G_NOTIFICATION_PRIORITY_HIGH);
      g_notification_set_default_action (notification, nudge->kind == MP_NUDGE_NO_CONTACT ? "app.hr-overview"
                                                                                         : "app.mentor-dashboard");
      g_application_send_notification (application, nudge->id, notification);
    }

  if (settings != NULL && !shown)
    {
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &entries.day);
      g_settings_set_string (settings, MP_NUDGE_SETTINGS_KEY, iso);
    }
  if (keeps_concerns)
    remember_concerns (settings, entries.concerns, (const char * const *) before, first);

  return nudges->len;
}

typedef struct
{
  GApplication *application;  /* weak */
  MpStore      *store;        /* weak */
} NudgeWatch;

static void
nudge_watch_free (gpointer data)
{
  NudgeWatch *watch = data;

  g_clear_weak_pointer (&watch->application);
  g_clear_weak_pointer (&watch->store);
  g_free (watch);
}

static gboolean
on_nudge_timer_cb (gpointer data)
{
  NudgeWatch *watch = data;

  if (watch->application == NULL || watch->store == NULL)
    return G_SOURCE_REMOVE;

  /* The day's nudges once a day (mp_nudges_send_due () skips them until the day changes);
   * a concern raised since, at once. */
  mp_nudges_send_due (watch->application, watch->store, NULL, NULL);

  return G_SOURCE_CONTINUE;
}

/**
 * mp_nudges_start:
 *
 * Called by the application at start-up, once the store is open: shows today's
 * nudges (once a day) and looks again every half hour for a new day or a new concern.
 */
void
mp_nudges_start (GApplication *application,
                 MpStore      *store)
{
  NudgeWatch *watch;

  g_return_if_fail (G_IS_APPLICATION (application));
  g_return_if_fail (MP_IS_STORE (store));

  if (g_object_get_data (G_OBJECT (application), "mp-nudges-started") != NULL)
    return;
  g_object_set_data (G_OBJECT (application), "mp-nudges-started", GINT_TO_POINTER (1));

  mp_nudges_send_due (application, store, NULL, NULL);

  watch = g_new0 (NudgeWatch, 1);
  g_set_weak_pointer (&watch->application, application);
  g_set_weak_pointer (&watch->store, store);
  g_timeout_add_seconds_full (G_PRIORITY_LOW, 30 * 60, on_nudge_timer_cb, watch, nudge_watch_free);
}

/* mp-mentor-util.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-mentor-util"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-lead-time.h"
#include "mp-mentor-util.h"
#include "mp-schedule.h"
#include "mp-ui-util.h"

/**
 * mp_format_day:
 *
 * Returns: (transfer full): "Tuesday 3 March" in the user's language
 */
char *
mp_format_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a day, see g_date_time_format() for the codes */
  return mp_schedule_format_date (date, _("%A %-d %B"));
}

/**
 * mp_format_day_with_year:
 *
 * Returns: (transfer full): "3 March 2026" in the user's language
 */
char *
mp_format_day_with_year (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a day with its year, see g_date_time_format() for the codes */
  return mp_schedule_format_date (date, _("%-d %B %Y"));
}

/**
 * mp_format_time:
 *
 * Returns: (transfer full): the local time of day, "10:00"
 */
char *
mp_format_time (GDateTime *instant)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (instant != NULL, NULL);

  local = g_date_time_to_local (instant);
  /* Translators: a time of day, see g_date_time_format() for the codes */
  return g_date_time_format (local, _("%H:%M"));
}

/**
 * mp_format_meeting_when:
 *
 * Returns: (transfer full): "Tuesday 3 March 2026, 10:00", in local time
 */
char *
mp_format_meeting_when (GDateTime *instant)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (instant != NULL, NULL);

  local = g_date_time_to_local (instant);
  /* Translators: a meeting's day and time, see g_date_time_format() for the codes */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

/**
 * mp_local_date:
 *
 * Returns: the local calendar day of @instant
 */
GDate
mp_local_date (GDateTime *instant)
{
  return mp_schedule_local_date (instant, NULL);
}

/**
 * mp_today_moved_on:
 * @today: the day a dialog was opened for ("today" for the app)
 * @opened_on: the clock's day when it was opened
 * @now: (nullable): the time now; %NULL for the clock
 *
 * A dialog left open overnight must not take yesterday for today: @today moved on by as
 * many days as the clock has since @opened_on.
 *
 * Returns: today for the dialog now
 */
GDate
mp_today_moved_on (const GDate *today,
                   const GDate *opened_on,
                   GDateTime   *now)
{
  g_autoptr(GDateTime) clock = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  GDate real_today = mp_local_date (clock);
  GDate moved = *today;
  int days = g_date_days_between (opened_on, &real_today);

  if (days > 0)
    g_date_add_days (&moved, (guint) days);

  return moved;
}

/**
 * mp_local_date_time:
 *
 * Returns: (transfer full): @date at @minutes_since_midnight, local time
 */
GDateTime *
mp_local_date_time (const GDate *date,
                    int          minutes_since_midnight)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                minutes_since_midnight / 60, minutes_since_midnight % 60, 0);
}

gboolean
mp_is_weekend (const GDate *date)
{
  GDateWeekday weekday;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

/**
 * mp_working_days_between:
 * @closed_days: (nullable) (element-type MpClosedDay): the days the library system is closed
 *   (mp_store_get_closed_days ()), which are no working days either
 *
 * Returns: the number of working days (Monday to Friday, not closed) after @from up to and
 *   including @to; negative when @to is before @from. Tomorrow, an open weekday, is 1.
 */
int
mp_working_days_between (const GDate *from,
                         const GDate *to,
                         GArray      *closed_days)
{
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  /* (counted as the lead time of a concern counts them) */
  if (g_date_compare (to, from) < 0)
    return -(int) mp_lead_time_working_days (to, from, closed_days);

  return (int) mp_lead_time_working_days (from, to, closed_days);
}

/**
 * mp_mentorship_is_running:
 *
 * Returns: whether meetings can still be scheduled and logged (not ended, completed
 *   or archived)
 */
gboolean
mp_mentorship_is_running (MpMentorship *mentorship)
{
  return mentorship != NULL && mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE;
}

/**
 * mp_employee_first_name:
 *
 * Returns: (transfer full): the employee's name as a sentence would use it (the
 *   full name: names are not always "first last")
 */
char *
mp_employee_first_name (MpMentorship *mentorship)
{
  MpPerson *employee = mentorship ? mp_mentorship_get_employee (mentorship) : NULL;

  return g_strdup (employee ? mp_person_get_name (employee) : _("the new employee"));
}

/**
 * mp_introduction_name:
 *
 * Returns: (transfer none): whom the employee was introduced to: the name written, else
 *   the colleague's from the directory, else ""
 */
const char *
mp_introduction_name (MpIntroduction *introduction)
{
  MpPerson *person;

  g_return_val_if_fail (MP_IS_INTRODUCTION (introduction), "");

  if (!mp_text_is_blank (mp_introduction_get_colleague (introduction)))
    return mp_introduction_get_colleague (introduction);

  person = mp_introduction_get_colleague_person (introduction);

  return person ? mp_person_get_name (person) : "";
}

/**
 * mp_introduction_describe:
 *
 * Returns: (transfer full): who, where and when, as far as known:
 *   "Noah Williams — Committee meeting, 3 March 2026"
 */
char *
mp_introduction_describe (MpIntroduction *introduction,
                          gboolean        with_possible_mentor)
{
  const GDate *on;
  const char *where;
  g_autofree char *day = NULL;
  char *text;

  g_return_val_if_fail (MP_IS_INTRODUCTION (introduction), g_strdup (""));

  on = mp_introduction_get_on (introduction);
  where = mp_introduction_get_where (introduction);
  day = on && g_date_valid (on) ? mp_format_day_with_year (on) : NULL;

  if (!mp_text_is_blank (where) && day != NULL)
    /* Translators: who, where, when: "Noah Williams — Committee meeting, 3 March 2026" */
    text = g_strdup_printf (_("%1$s — %2$s, %3$s"), mp_introduction_name (introduction), where, day);
  else if (day != NULL)
    text = g_strdup_printf (_("%1$s — %2$s"), mp_introduction_name (introduction), day);
  else if (!mp_text_is_blank (where))
    text = g_strdup_printf (_("%1$s — %2$s"), mp_introduction_name (introduction), where);
  else
    text = g_strdup (mp_introduction_name (introduction));

  /* The program's "identification of other possible mentors" (the mentor's own list has a
   * check button for it) */
  if (with_possible_mentor && mp_introduction_get_possible_mentor (introduction))
    {
      /* Translators: %s is an introduction, as above: "Noah Williams — ALS Day, 3 March 2026" */
      char *with = g_strdup_printf (_("%s · could mentor too"), text);

      g_free (text);
      text = with;
    }

  return text;
}

/**
 * mp_introduction_compare:
 *
 * A #GCompareDataFunc for #MpIntroduction: the latest first, those without a day last.
 */
int
mp_introduction_compare (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  const GDate *da = mp_introduction_get_on (MP_INTRODUCTION ((gpointer) a));
  const GDate *db = mp_introduction_get_on (MP_INTRODUCTION ((gpointer) b));
  gboolean has_a = da != NULL && g_date_valid (da);
  gboolean has_b = db != NULL && g_date_valid (db);

  if (has_a != has_b)
    return has_b - has_a;
  if (!has_a)
    return 0;

  return g_date_compare (db, da);
}

/**
 * mp_feedback_is_open:
 * @today: the day
 * @opens_on: (out) (optional): the first day of the program's last month, when the
 *   end-of-program feedback opens (invalid without a start date)
 *
 * Returns: whether the employee and the mentor can give their end-of-program feedback on
 *   @today: in the last month of the program, or once it is no longer running; never for a
 *   pairing called off before it started (mp_mentorship_is_called_off ()): it never ran
 */
gboolean
mp_feedback_is_open (MpMentorship *mentorship,
                     const GDate  *today,
                     GDate        *opens_on)
{
  MpProgram *program;
  const GDate *start;
  g_autofree MpSchedulePhase *phases = NULL;
  guint n_phases = 0;
  GDate opens;

  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (opens_on != NULL)
    g_date_clear (opens_on, 1);
  if (mp_mentorship_is_called_off (mentorship))
    return FALSE;
  if (mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ACTIVE)
    return TRUE;

  program = mp_mentorship_get_program (mentorship);
  start = mp_mentorship_get_start_date (mentorship);
  if (start == NULL || !g_date_valid (start))
    return FALSE;

  /* The first day of the last month, counted from the start as every month of the program
   * is (not a month back from its end: for a start on 31 August, that would be 28 January) */
  if (program != NULL)
    phases = mp_schedule_phases_from_program (program, &n_phases);
  mp_schedule_last_month_start (phases, n_phases, start, &opens);
  if (opens_on != NULL)
    *opens_on = opens;

  return g_date_compare (today, &opens) >= 0;
}

/**
 * mp_feedback_find:
 * @role: whose: the employee's or the mentor's
 *
 * Returns: (transfer none) (nullable): the end-of-program feedback @role gave on
 *   @mentorship, if any (one each)
 */
MpFeedback *
mp_feedback_find (MpStore        *store,
                  MpMentorship   *mentorship,
                  MpFeedbackRole  role)
{
  GListModel *feedback;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);

  feedback = mp_store_get_feedback (store, mentorship);
  for (guint i = 0; i < g_list_model_get_n_items (feedback); i++)
    {
      g_autoptr(MpFeedback) item = g_list_model_get_item (feedback, i);

      if (mp_feedback_get_role (item) == role)
        return item;  /* the store's list keeps it */
    }

  return NULL;
}

/**
 * mp_feedback_send:
 * @role: whose
 * @ratings: the three answers (program, meetings, activities), 1 to 5 or 0 for none
 * @comment: (nullable): the comment; blank is none
 *
 * Saves @role's feedback on @mentorship, sent now: a new one, or the one given before
 * changed.
 *
 * Returns: whether it was saved (else @error says why and nothing changed)
 */
gboolean
mp_feedback_send (MpStore        *store,
                  MpMentorship   *mentorship,
                  MpFeedbackRole  role,
                  const int       ratings[3],
                  const char     *comment,
                  GError        **error)
{
  MpFeedback *existing;
  g_autoptr(MpFeedback) draft = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *text = g_strstrip (g_strdup (comment != NULL ? comment : ""));

  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);

  existing = mp_feedback_find (store, mentorship, role);
  draft = existing != NULL ? mp_feedback_copy (existing) : mp_feedback_new (mentorship, role);
  mp_feedback_set_program_rating (draft, ratings[0]);
  mp_feedback_set_meetings_rating (draft, ratings[1]);
  mp_feedback_set_usefulness_rating (draft, ratings[2]);
  mp_feedback_set_comment (draft, *text != '\0' ? text : NULL);
  mp_feedback_set_submitted_at (draft, now);

  return mp_store_save_feedback (store, draft, error);
}

/* How far before the start a contact can still belong to the mentorship (the mentor
 * reaches out before arrival). */
#define EARLIEST_CONTACT_DAYS 90

/**
 * mp_before_start_problem:
 * @day: a day something took place (a meeting, an introduction)
 *
 * Returns: (transfer full) (nullable): why @day cannot be recorded for @mentorship, which
 *   began long after it (a wrong year or month, most likely); %NULL when it did not
 */
char *
mp_before_start_problem (MpMentorship *mentorship,
                         const GDate  *day)
{
  const GDate *start = mentorship != NULL ? mp_mentorship_get_start_date (mentorship) : NULL;
  g_autofree char *first = NULL;

  if (start == NULL || !g_date_valid (start) || g_date_days_between (day, start) <= EARLIEST_CONTACT_DAYS)
    return NULL;

  first = mp_format_day_with_year (start);
  /* Translators: %s is the day the employee started */
  return g_strdup_printf (_("That is long before this mentorship began (the start is %s): "
                            "check the year and the month."), first);
}

/**
 * mp_after_end_problem:
 * @day: a day something took place (a meeting, an introduction)
 *
 * Returns: (transfer full) (nullable): why @day cannot be recorded for @mentorship, which
 *   ended before it; %NULL when it did not
 */
char *
mp_after_end_problem (MpMentorship *mentorship,
                      const GDate  *day)
{
  const GDate *ended_on = mentorship != NULL ? mp_mentorship_get_ended_on (mentorship) : NULL;
  g_autofree char *last = NULL;

  if (ended_on == NULL || !g_date_valid (ended_on) || g_date_compare (day, ended_on) <= 0)
    return NULL;

  last = mp_format_day_with_year (ended_on);
  /* Translators: %s is the day the mentorship ended */
  return g_strdup_printf (_("That is after the mentorship ended, on %s."), last);
}

/**
 * mp_meetings_latest_scheduled:
 * @meetings: (nullable): a mentorship's #MpMeeting
 * @day: the day
 * @on_day_too: a meeting on @day counts too
 *
 * The meeting still scheduled for a day gone by: the one to log, the one not recorded yet.
 *
 * Returns: (transfer none) (nullable): the latest #MP_MEETING_STATUS_SCHEDULED meeting whose
 *   local day is before @day (or on it, with @on_day_too)
 */
MpMeeting *
mp_meetings_latest_scheduled (GListModel  *meetings,
                              const GDate *day,
                              gboolean     on_day_too)
{
  MpMeeting *found = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
      GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
      GDate local;
      int order;

      if (mp_meeting_get_status (meeting) != MP_MEETING_STATUS_SCHEDULED || starts_at == NULL)
        continue;
      local = mp_local_date (starts_at);
      order = g_date_compare (&local, day);
      if ((order < 0 || (order == 0 && on_day_too)) &&
          (found == NULL || g_date_time_compare (starts_at, mp_meeting_get_starts_at (found)) > 0))
        found = meeting;  /* the list keeps it */
    }

  return found;
}

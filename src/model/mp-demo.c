/* mp-demo.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mp-demo.h"
#include "mp-model-private.h"
#include "mp-store-private.h"
#include "mp-model-resources.h"

/* Every date below is relative to "today" (T), so that the pairings are always at the
 * stage they are meant to show. With the pilot program (a contact a week before the start,
 * then every two weeks for two months, then monthly for four):
 *
 *   Priya   starts at T+10         before arrival, first contact scheduled for T+3
 *   Daniel  started at T-16        week 3: contact, day 0 and day 14 held, next on day 28
 *   Aisha   started at T-45        month 2: nothing since day 14, day 28 overdue
 *   Liam    started at T-100       month 4: everything held, month 4 scheduled
 *   Sofia   started 7 months ago   completed, feedback from both sides
 *   Marcus  started at T-80        ended early on day 50 (moved away), feedback
 *
 * Helen Okafor mentors Priya and Liam. Meetings are at the local time of day given.
 */

#define RESOURCE_PROGRAM "/com/alliancelibrarysystem/Mentoring/model/als-mentoring-pilot.json"

typedef struct
{
  MpStore    *store;
  GDate       today;

  /* Owned */
  MpProgram  *program;
  GHashTable *departments;  /* name → MpDepartment (owned ref) */
  GPtrArray  *objects;      /* drafts written in the batch, kept alive until it ends */
} Demo;

/* A stable uuid for a demo record: name-based (SHA-1, version 5 layout). */
static char *
demo_uuid (const char *key)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_update (checksum, (const guchar *) "mentoring-demo/1:", -1);
  g_checksum_update (checksum, (const guchar *) key, -1);
  g_checksum_get_digest (checksum, digest, &length);

  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static gpointer
keep (Demo     *demo,
      gpointer  object)
{
  g_ptr_array_add (demo->objects, object);

  return object;
}

static GDate
days_from (const GDate *date,
           int          days)
{
  GDate result = *date;

  if (days > 0)
    g_date_add_days (&result, days);
  else if (days < 0)
    g_date_subtract_days (&result, -days);

  return result;
}

static GDate
months_from (const GDate *date,
             int          months)
{
  GDate result = *date;

  g_date_add_months (&result, months);

  return result;
}

/* Moves a Saturday or a Sunday back to the Friday before: staff meet on working days. */
static GDate
working_day (GDate date)
{
  while (g_date_get_weekday (&date) == G_DATE_SATURDAY || g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_subtract_days (&date, 1);

  return date;
}

static GDateTime *
local_time (const GDate *date,
            int          hour,
            int          minute)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                hour, minute, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Writers: each builds a draft, writes it and keeps it for later references.                */
/* ------------------------------------------------------------------------------------------ */

static MpPerson *
add_person (Demo        *demo,
            const char  *key,
            const char  *name,
            const char  *login,
            const char  *title,
            const char  *department,
            gboolean     may_mentor,
            GError     **error)
{
  g_autofree char *uuid = demo_uuid (key);
  g_autofree char *email = NULL;
  MpPerson *person = keep (demo, g_object_new (MP_TYPE_PERSON, "uuid", uuid, NULL));

  mp_person_set_name (person, name);
  mp_person_set_login (person, login);
  mp_person_set_title (person, title);
  mp_person_set_department (person, g_hash_table_lookup (demo->departments, department));
  mp_person_set_may_mentor (person, may_mentor);

  email = g_strdup_printf ("%s@alliancelibrarysystem.example", key);
  mp_person_set_email (person, email);

  {
    /* A plausible extension, different for each person. */
    guint hash = g_str_hash (key) % 900 + 100;
    g_autofree char *phone = g_strdup_printf ("+1 309 555 0%03u", hash);

    mp_person_set_phone (person, phone);
  }

  if (!mp_store_save_person (demo->store, person, error))
    return NULL;

  return person;
}

static MpMentorship *
add_mentorship (Demo         *demo,
                const char   *key,
                MpPerson     *mentor,
                MpPerson     *employee,
                const GDate  *start,
                GError      **error)
{
  g_autofree char *uuid = demo_uuid (key);
  MpMentorship *mentorship = keep (demo, g_object_new (MP_TYPE_MENTORSHIP, "uuid", uuid, NULL));

  mp_mentorship_set_mentor (mentorship, mentor);
  mp_mentorship_set_employee (mentorship, employee);
  mp_mentorship_set_program (mentorship, demo->program);
  mp_mentorship_set_start_date (mentorship, start);

  /* Paired four weeks before the start, as HR usually does: in time for the first contact. */
  {
    GDate paired_on = *start;

    g_date_subtract_days (&paired_on, 28);
    if (g_date_compare (&paired_on, &demo->today) > 0)
      paired_on = demo->today;
    mp_mentorship_set_paired_on (mentorship, &paired_on);
  }

  if (!mp_store_create_mentorship (demo->store, mentorship, error))
    return NULL;

  return mentorship;
}

typedef struct
{
  int              day_offset;    /* from the reference date */
  int              month_offset;  /* calendar months from the reference date, then days */
  int              hour;
  int              minutes;       /* duration */
  MpMeetingMode    mode;
  MpMeetingStatus  status;
  gboolean         informal;
  const char      *place;
  const char      *agenda;
  const char      *summary;
  const char      *private_note;
} MeetingSpec;

static MpMeeting *
add_meeting (Demo               *demo,
             MpMentorship       *mentorship,
             const char         *key,
             const GDate        *reference,
             const MeetingSpec  *spec,
             GError            **error)
{
  g_autofree char *uuid = demo_uuid (key);
  GDate date = days_from (reference, 0);
  g_autoptr(GDateTime) starts_at = NULL;
  MpMeeting *meeting;

  if (spec->month_offset != 0)
    date = months_from (&date, spec->month_offset);
  date = working_day (days_from (&date, spec->day_offset));
  starts_at = local_time (&date, spec->hour, 0);

  meeting = keep (demo, g_object_new (MP_TYPE_MEETING, "uuid", uuid, NULL));
  mp_meeting_set_mentorship (meeting, mentorship);
  mp_meeting_set_starts_at (meeting, starts_at);
  mp_meeting_set_duration_minutes (meeting, spec->minutes);
  mp_meeting_set_mode (meeting, spec->mode);
  mp_meeting_set_status (meeting, spec->status);
  mp_meeting_set_informal (meeting, spec->informal);
  mp_meeting_set_place (meeting, spec->place);
  mp_meeting_set_agenda (meeting, spec->agenda);
  mp_meeting_set_summary (meeting, spec->summary);

  if (!mp_store_save_meeting (demo->store, meeting, error))
    return NULL;

  if (spec->private_note != NULL &&
      !mp_store_set_private_note (demo->store, meeting, spec->private_note, error))
    return NULL;

  return meeting;
}

/* @hr_days: days after @done for the HR follow-up, or -1 for none (yet). */
static gboolean
tick (Demo             *demo,
      MpMentorship     *mentorship,
      const char       *activity_id,
      MpActivityState   state,
      MpMeeting        *meeting,
      int               hr_days,
      const char       *hr_note,
      GError          **error)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", mp_mentorship_get_uuid (mentorship), activity_id);
  g_autofree char *uuid = demo_uuid (key);
  MpActivityProgress *progress = keep (demo, g_object_new (MP_TYPE_ACTIVITY_PROGRESS, "uuid", uuid, NULL));

  mp_activity_progress_set_mentorship (progress, mentorship);
  mp_activity_progress_set_activity_id (progress, activity_id);
  mp_activity_progress_set_state (progress, state);

  if (meeting != NULL)
    {
      GDate done_on;
      g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (meeting));

      g_date_clear (&done_on, 1);
      g_date_set_dmy (&done_on, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                      g_date_time_get_year (local));
      mp_activity_progress_set_meeting (progress, meeting);
      mp_activity_progress_set_done_on (progress, &done_on);

      if (hr_days >= 0)
        {
          GDate followed_up = working_day (days_from (&done_on, hr_days));

          mp_activity_progress_set_hr_followed_up_on (progress, &followed_up);
          mp_activity_progress_set_hr_note (progress, hr_note);
        }
    }

  return mp_store_save_activity_progress (demo->store, progress, error);
}

static gboolean
add_concern (Demo             *demo,
             MpMentorship     *mentorship,
             const char       *key,
             const char       *subject,
             const char       *text,
             const GDate      *raised_day,
             const GDate      *needed_day,
             const char       *answer,
             int               answered_in_days,
             GError          **error)
{
  g_autofree char *uuid = demo_uuid (key);
  GDate raised_on = working_day (*raised_day);
  GDate needed_by = working_day (*needed_day);
  g_autoptr(GDateTime) raised_at = local_time (&raised_on, 9, 30);
  MpConcern *concern = keep (demo, g_object_new (MP_TYPE_CONCERN, "uuid", uuid, NULL));

  mp_concern_set_mentorship (concern, mentorship);
  mp_concern_set_subject (concern, subject);
  mp_concern_set_text (concern, text);
  mp_concern_set_raised_at (concern, raised_at);
  mp_concern_set_needed_by (concern, &needed_by);

  if (answer != NULL)
    {
      GDate answered_on = working_day (days_from (&raised_on, answered_in_days));
      g_autoptr(GDateTime) answered_at = local_time (&answered_on, 16, 15);

      mp_concern_set_answer (concern, answer);
      mp_concern_set_answered_at (concern, answered_at);
      mp_concern_set_status (concern, MP_CONCERN_STATUS_ANSWERED);
    }

  return mp_store_save_concern (demo->store, concern, error);
}

static gboolean
add_introduction (Demo          *demo,
                  MpMentorship  *mentorship,
                  const char    *key,
                  const char    *colleague,
                  MpPerson      *colleague_person,
                  const char    *where,
                  const GDate   *on,
                  gboolean       possible_mentor,
                  GError       **error)
{
  g_autofree char *uuid = demo_uuid (key);
  GDate day = working_day (*on);
  MpIntroduction *introduction = keep (demo, g_object_new (MP_TYPE_INTRODUCTION, "uuid", uuid, NULL));

  mp_introduction_set_mentorship (introduction, mentorship);
  mp_introduction_set_colleague (introduction,
                                 colleague_person != NULL ? mp_person_get_name (colleague_person) : colleague);
  mp_introduction_set_colleague_person (introduction, colleague_person);
  mp_introduction_set_where (introduction, where);
  mp_introduction_set_on (introduction, &day);
  mp_introduction_set_possible_mentor (introduction, possible_mentor);

  return mp_store_save_introduction (demo->store, introduction, error);
}

static gboolean
add_agreement (Demo          *demo,
               MpMentorship  *mentorship,
               const char    *best_days,
               const char    *channels,
               const char    *expectations,
               const GDate   *agreed_on,
               GError       **error)
{
  g_autofree char *key = g_strdup_printf ("%s/agreement", mp_mentorship_get_uuid (mentorship));
  g_autofree char *uuid = demo_uuid (key);
  MpAgreement *agreement = keep (demo, g_object_new (MP_TYPE_AGREEMENT, "uuid", uuid, NULL));

  mp_agreement_set_mentorship (agreement, mentorship);
  mp_agreement_set_best_days (agreement, best_days);
  mp_agreement_set_channels (agreement, channels);
  mp_agreement_set_expectations (agreement, expectations);
  mp_agreement_set_agreed_on (agreement, agreed_on);

  return mp_store_save_agreement (demo->store, agreement, error);
}

static gboolean
add_feedback (Demo            *demo,
              MpMentorship    *mentorship,
              const char      *key,
              MpFeedbackRole   role,
              int              program_rating,
              int              meetings_rating,
              int              usefulness_rating,
              const char      *comment,
              const GDate     *on,
              GError         **error)
{
  g_autofree char *uuid = demo_uuid (key);
  GDate day = working_day (*on);
  g_autoptr(GDateTime) submitted_at = local_time (&day, 15, 0);
  MpFeedback *feedback = keep (demo, g_object_new (MP_TYPE_FEEDBACK, "uuid", uuid, NULL));

  mp_feedback_set_mentorship (feedback, mentorship);
  mp_feedback_set_role (feedback, role);
  mp_feedback_set_program_rating (feedback, program_rating);
  mp_feedback_set_meetings_rating (feedback, meetings_rating);
  mp_feedback_set_usefulness_rating (feedback, usefulness_rating);
  mp_feedback_set_comment (feedback, comment);
  mp_feedback_set_submitted_at (feedback, submitted_at);

  return mp_store_save_feedback (demo->store, feedback, error);
}

/* ------------------------------------------------------------------------------------------ */
/* The data                                                                                   */
/* ------------------------------------------------------------------------------------------ */

static gboolean
add_program (Demo    *demo,
             GError **error)
{
  MpProgram *stored = mp_store_get_latest_program (demo->store, MP_DEMO_PROGRAM_SLUG);
  g_autoptr(MpProgram) builtin = NULL;
  GListModel *departments, *questions;

  if (stored != NULL)
    demo->program = g_object_ref (stored);
  else
    {
      MpProgram *ensured;

      builtin = mp_demo_load_program (error);
      if (builtin == NULL)
        return FALSE;

      ensured = mp_store_ensure_program (demo->store, builtin, error);
      if (ensured == NULL)
        return FALSE;

      demo->program = g_object_ref (ensured);
    }

  /* The program's seed departments and typical questions, unless the store has them. */
  departments = mp_program_get_departments (demo->program);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(MpDepartment) seed = g_list_model_get_item (departments, i);
      MpDepartment *department = mp_store_lookup_department (demo->store, mp_department_get_uuid (seed));

      if (department == NULL)
        department = mp_store_lookup_department_by_name (demo->store, mp_department_get_name (seed));

      if (department == NULL)
        {
          department = keep (demo, mp_department_copy (seed));
          if (!mp_store_save_department (demo->store, department, error))
            return FALSE;
        }

      g_hash_table_insert (demo->departments, g_strdup (mp_department_get_name (seed)),
                           g_object_ref (department));
    }

  questions = mp_program_get_questions (demo->program);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(MpQuestion) seed = g_list_model_get_item (questions, i);

      if (mp_store_lookup_question (demo->store, mp_question_get_uuid (seed)) == NULL &&
          !mp_store_save_question (demo->store, keep (demo, mp_question_copy (seed)), error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  MpPerson *hr;
  MpPerson *director;
  MpPerson *helen;
  MpPerson *jose;
  MpPerson *ruth;
  MpPerson *tomasz;
  MpPerson *fang;
  MpPerson *noah;
  MpPerson *priya;
  MpPerson *daniel;
  MpPerson *aisha;
  MpPerson *liam;
  MpPerson *sofia;
  MpPerson *marcus;
} Staff;

/* A demo login, unless it is the current user's (who is the HR administrator). */
static const char *
demo_login (const char *login)
{
  return g_strcmp0 (login, g_get_user_name ()) == 0 ? NULL : login;
}

static gboolean
add_staff (Demo    *demo,
           Staff   *staff,
           GError **error)
{
  const char *me = g_get_user_name ();

#define PERSON(field, key, name, login, title, department, may_mentor) \
  if ((staff->field = add_person (demo, key, name, login, title, department, may_mentor, error)) == NULL) \
    return FALSE

  PERSON (hr, "dana.whitfield", "Dana Whitfield", me, "Human Resources Administrator",
          "Human Resources", FALSE);
  PERSON (director, "catherine.boyd", "Catherine Boyd", demo_login ("cboyd"), "Executive Director",
          "Administration", TRUE);
  PERSON (helen, "helen.okafor", "Helen Okafor", demo_login ("hokafor"), "Senior Member Services Consultant",
          "Member Services", TRUE);
  PERSON (jose, "jose.alvarez", "José Álvarez", demo_login ("jalvarez"), "Systems Librarian",
          "Technology Services", TRUE);
  PERSON (ruth, "ruth.lindqvist", "Ruth Lindqvist", demo_login ("rlindqvist"), "Delivery Coordinator",
          "Resource Sharing and Delivery", TRUE);
  PERSON (tomasz, "tomasz.wojcik", "Tomasz Wójcik", demo_login ("twojcik"), "Senior Accountant",
          "Business Office", TRUE);
  PERSON (fang, "wang.fang", "王芳", demo_login ("fwang"), "Network Administrator",
          "Technology Services", TRUE);
  PERSON (noah, "noah.williams", "Noah O'Neill-Williams", demo_login ("nwilliams"),
          "Continuing Education Coordinator", "Member Services", FALSE);
  PERSON (priya, "priya.raman", "Priya Raman", demo_login ("praman"), "Member Services Consultant",
          "Member Services", FALSE);
  PERSON (daniel, "daniel.brooks", "Daniel Brooks", demo_login ("dbrooks"), "Help Desk Technician",
          "Technology Services", FALSE);
  PERSON (aisha, "aisha.mensah", "Aisha Mensah", demo_login ("amensah"), "Delivery Driver",
          "Resource Sharing and Delivery", FALSE);
  PERSON (liam, "liam.obrien", "Liam O'Brien", demo_login ("lobrien"), "Member Services Consultant",
          "Member Services", FALSE);
  PERSON (sofia, "sofia.rossi", "Sofia Rossi", demo_login ("srossi"), "Payroll Specialist",
          "Business Office", FALSE);
  PERSON (marcus, "marcus.chen", "Marcus Chen", demo_login ("mchen"), "Web Developer",
          "Technology Services", FALSE);

#undef PERSON

  mp_person_set_is_hr_admin (staff->hr, TRUE);
  if (!mp_store_save_person (demo->store, staff->hr, error))
    return FALSE;

  /* Someone who left: the directory keeps them, inactive. */
  mp_person_set_active (staff->marcus, FALSE);

  return mp_store_save_person (demo->store, staff->marcus, error);
}

#define MEETING(var, key, reference, ...) \
  G_STMT_START { \
    const MeetingSpec spec_ = { __VA_ARGS__ }; \
    if ((var = add_meeting (demo, m, key, reference, &spec_, error)) == NULL) \
      return FALSE; \
  } G_STMT_END

/* Before arrival: starts in 10 days; the first contact is scheduled, nothing held yet. */
static gboolean
add_before_arrival (Demo    *demo,
                    Staff   *staff,
                    GError **error)
{
  GDate start = working_day (days_from (&demo->today, 10));
  MpMentorship *m;
  MpMeeting *first_contact;

  if ((m = add_mentorship (demo, "pair/priya", staff->helen, staff->priya, &start, error)) == NULL)
    return FALSE;

  MEETING (first_contact, "priya/contact", &demo->today,
           3, 0, 11, 20, MP_MEETING_MODE_PHONE, MP_MEETING_STATUS_SCHEDULED, TRUE, NULL,
           "Welcome call: first day, parking, who to ask for a badge", NULL, NULL);
  (void) first_contact;

  return TRUE;
}

/* Week 3: contact before arrival, day 0 and day 14 held; day 28 scheduled. */
static gboolean
add_week_3 (Demo    *demo,
            Staff   *staff,
            GError **error)
{
  GDate start = working_day (days_from (&demo->today, -16));
  GDate intro_day = days_from (&start, 3);
  GDate raised = days_from (&demo->today, -2);
  GDate needed = days_from (&demo->today, 14);
  MpMentorship *m;
  MpMeeting *contact, *day0, *day14, *day28;

  if ((m = add_mentorship (demo, "pair/daniel", staff->jose, staff->daniel, &start, error)) == NULL)
    return FALSE;

  MEETING (contact, "daniel/contact", &start, -8, 0, 14, 15, MP_MEETING_MODE_EMAIL,
           MP_MEETING_STATUS_HELD, TRUE, NULL, NULL, "Sent a welcome note and the first-week plan.", NULL);
  MEETING (day0, "daniel/day0", &start, 0, 0, 10, 60, MP_MEETING_MODE_IN_PERSON,
           MP_MEETING_STATUS_HELD, FALSE, "Technology Services office",
           "Tour of the departments; how we reach each other",
           "Walked through every department and who does what.",
           "Bring the network diagram next time; he asked how the ILS servers are backed up.");
  MEETING (day14, "daniel/day14", &start, 14, 0, 12, 60, MP_MEETING_MODE_LUNCH,
           MP_MEETING_STATUS_HELD, FALSE, "Staff lounge",
           "Where to go for issues", "Help desk escalation paths; facilities and payroll contacts.",
           NULL);
  MEETING (day28, "daniel/day28", &start, 28, 0, 10, 45, MP_MEETING_MODE_IN_PERSON,
           MP_MEETING_STATUS_SCHEDULED, FALSE, "Technology Services office",
           "How to use the equipment: label printer, van tablets, meeting-room screens", NULL, NULL);
  (void) contact;
  (void) day28;

  return tick (demo, m, "departments", MP_ACTIVITY_STATE_DONE, day0, -1, NULL, error) &&
         tick (demo, m, "where-to-go", MP_ACTIVITY_STATE_DONE, day14, -1, NULL, error) &&
         add_agreement (demo, m, "Tuesdays and Thursdays", "Chat first, then e-mail",
                        "Daniel asks early; José answers within a day.", &start, error) &&
         add_introduction (demo, m, "daniel/intro/fang", NULL, staff->fang, "Server room walk-through",
                           &intro_day, FALSE, error) &&
         add_concern (demo, m, "daniel/concern/training",
                      "Certification course",
                      "Is there a budget for the network certification course this year?",
                      &raised, &needed, NULL, 0, error);
}

/* Month 2: contact, day 0 and day 14 held, nothing since: the day-28 meeting is overdue. */
static gboolean
add_month_2 (Demo    *demo,
             Staff   *staff,
             GError **error)
{
  GDate start = working_day (days_from (&demo->today, -45));
  GDate raised = days_from (&demo->today, -1);
  GDate needed = days_from (&demo->today, 2);
  GDate event_day = days_from (&start, 20);
  MpMentorship *m;
  MpMeeting *contact, *day0, *day14;

  if ((m = add_mentorship (demo, "pair/aisha", staff->ruth, staff->aisha, &start, error)) == NULL)
    return FALSE;

  MEETING (contact, "aisha/contact", &start, -9, 0, 16, 15, MP_MEETING_MODE_PHONE,
           MP_MEETING_STATUS_HELD, TRUE, NULL, NULL, "Called to say hello and explain the first week.",
           NULL);
  MEETING (day0, "aisha/day0", &start, 0, 0, 9, 60, MP_MEETING_MODE_IN_PERSON,
           MP_MEETING_STATUS_HELD, FALSE, "Delivery dock",
           "Departments and what they do", "Met the sorting team and the Business Office.",
           "Ask Facilities about a dock badge before the next meeting.");
  MEETING (day14, "aisha/day14", &start, 14, 0, 9, 45, MP_MEETING_MODE_IN_PERSON,
           MP_MEETING_STATUS_HELD, FALSE, "Delivery dock",
           "Equipment: van tablet, scanners", "Practised the route app and the scanner check-in.",
           NULL);
  (void) contact;

  return tick (demo, m, "departments", MP_ACTIVITY_STATE_DONE, day0, -1, NULL, error) &&
         tick (demo, m, "equipment", MP_ACTIVITY_STATE_DONE, day14, -1, NULL, error) &&
         add_agreement (demo, m, "Mornings before the first route", "Phone or text",
                        "Short check-ins; Aisha flags problems as they come up.", &start, error) &&
         add_introduction (demo, m, "aisha/intro/drivers", "The other drivers", NULL, "Route planning meeting",
                           &event_day, FALSE, error) &&
         add_concern (demo, m, "aisha/concern/mileage", "Mileage form",
                      "Which form do I use for the van mileage, and who signs it? "
                      "I need it before the end of the week.",
                      &raised, &needed, NULL, 0, error);
}

/* Month 4: every meeting held so far, month 4 scheduled; one HR follow-up done, one waiting. */
static gboolean
add_month_4 (Demo    *demo,
             Staff   *staff,
             GError **error)
{
  GDate start = working_day (days_from (&demo->today, -100));
  GDate raised = days_from (&start, 30);
  GDate needed = days_from (&raised, 10);
  GDate als_day = days_from (&start, 40);
  GDate committee_day = months_from (&start, 3);
  MpMentorship *m;
  MpMeeting *contact, *d0, *d14, *d28, *d42, *m2, *m3, *m4;

  if ((m = add_mentorship (demo, "pair/liam", staff->helen, staff->liam, &start, error)) == NULL)
    return FALSE;

  MEETING (contact, "liam/contact", &start, -7, 0, 13, 20, MP_MEETING_MODE_EMAIL,
           MP_MEETING_STATUS_HELD, TRUE, NULL, NULL, "Welcome e-mail with the first-week plan.", NULL);
  MEETING (d0, "liam/day0", &start, 0, 0, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Member Services meeting room", "Departments", "Tour of all departments.", NULL);
  MEETING (d14, "liam/day14", &start, 14, 0, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Member Services meeting room", "Where to go for issues", "Who answers what.",
           "He prefers written summaries: send one after each meeting.");
  MEETING (d28, "liam/day28", &start, 28, 0, 12, 60, MP_MEETING_MODE_LUNCH, MP_MEETING_STATUS_HELD,
           FALSE, "Café across the street", "Equipment", "Video-conference kit and the loan laptops.", NULL);
  MEETING (d42, "liam/day42", &start, 42, 0, 10, 45, MP_MEETING_MODE_VIDEO, MP_MEETING_STATUS_HELD,
           FALSE, NULL, "ALS Day debrief", "Met three member library directors at ALS Day.", NULL);
  MEETING (m2, "liam/month2", &start, 0, 2, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Member Services meeting room", "Shadowing a consultant", "Site visit to a member library.",
           NULL);
  MEETING (m3, "liam/month3", &start, 0, 3, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Member Services meeting room", "Member group and committee",
           "Went to the RSA User Group and the Health & Safety Committee.",
           "Follow up on the committee sign-up question.");
  MEETING (m4, "liam/month4", &start, 0, 4, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_SCHEDULED,
           FALSE, "Member Services meeting room", "Position-specific work: the CE calendar", NULL, NULL);
  (void) contact;
  (void) m4;

  return tick (demo, m, "departments", MP_ACTIVITY_STATE_DONE, d0, -1, NULL, error) &&
         tick (demo, m, "where-to-go", MP_ACTIVITY_STATE_DONE, d14, -1, NULL, error) &&
         tick (demo, m, "equipment", MP_ACTIVITY_STATE_DONE, d28, -1, NULL, error) &&
         tick (demo, m, "member-events", MP_ACTIVITY_STATE_DONE, d42, -1, NULL, error) &&
         tick (demo, m, "shadow-consultant", MP_ACTIVITY_STATE_DONE, m2, 3,
               "Talked through the site visit with Liam; no action needed.", error) &&
         tick (demo, m, "member-group", MP_ACTIVITY_STATE_DONE, m3, -1, NULL, error) &&
         tick (demo, m, "committee", MP_ACTIVITY_STATE_DONE, m3, -1, NULL, error) &&
         add_agreement (demo, m, "Monday mornings", "E-mail; phone if urgent",
                        "A written summary after each meeting.", &start, error) &&
         add_introduction (demo, m, "liam/intro/noah", NULL, staff->noah, "Continuing education planning",
                           &raised, TRUE, error) &&
         add_introduction (demo, m, "liam/intro/directors", "Member library directors", NULL, "ALS Day",
                           &als_day, FALSE, error) &&
         add_introduction (demo, m, "liam/intro/committee", "Health & Safety Committee chair", NULL,
                           "Committee meeting", &committee_day, FALSE, error) &&
         add_concern (demo, m, "liam/concern/committee", "Committee sign-up",
                      "How much committee work is expected in the first year?",
                      &raised, &needed, "One committee in the first year is plenty; the Health & Safety "
                      "Committee welcomes new staff.", 2, error);
}

/* Finished: all nine meetings held over six months, completed, feedback from both. */
static gboolean
add_finished (Demo    *demo,
              Staff   *staff,
              GError **error)
{
  GDate start = days_from (&demo->today, -3);
  GDate end, feedback_day, intro_day;
  MpMentorship *m;
  MpMeeting *contact, *d0, *d14, *d28, *d42, *m2, *m3, *m4, *m5;

  g_date_subtract_months (&start, 7);
  start = working_day (start);
  end = working_day (months_from (&start, 6));
  feedback_day = days_from (&end, 2);
  intro_day = days_from (&start, 10);

  if ((m = add_mentorship (demo, "pair/sofia", staff->tomasz, staff->sofia, &start, error)) == NULL)
    return FALSE;

  MEETING (contact, "sofia/contact", &start, -7, 0, 11, 20, MP_MEETING_MODE_PHONE,
           MP_MEETING_STATUS_HELD, TRUE, NULL, NULL, "Welcome call.", NULL);
  MEETING (d0, "sofia/day0", &start, 0, 0, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Business Office", "Departments", "Tour of the departments.", NULL);
  MEETING (d14, "sofia/day14", &start, 14, 0, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Business Office", "Where to go for issues", "Payroll calendar and who signs what.",
           "Check the payroll cut-off dates with her before the holidays.");
  MEETING (d28, "sofia/day28", &start, 28, 0, 12, 60, MP_MEETING_MODE_LUNCH, MP_MEETING_STATUS_HELD,
           FALSE, "Staff lounge", "Equipment", "Time clock and the accounting system.", NULL);
  MEETING (d42, "sofia/day42", &start, 42, 0, 10, 45, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Business Office", "Member events", "Planned a visit to the member council.", NULL);
  MEETING (m2, "sofia/month2", &start, 0, 2, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Business Office", "Shadowing a consultant", "Budget review visit.", NULL);
  MEETING (m3, "sofia/month3", &start, 0, 3, 10, 60, MP_MEETING_MODE_VIDEO, MP_MEETING_STATUS_HELD,
           FALSE, NULL, "Committee meeting", "Finance committee debrief.", NULL);
  MEETING (m4, "sofia/month4", &start, 0, 4, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Business Office", "Position-specific work", "Year-end payroll checklist.", NULL);
  MEETING (m5, "sofia/month5", &start, 0, 5, 10, 60, MP_MEETING_MODE_LUNCH, MP_MEETING_STATUS_HELD,
           FALSE, "Café across the street", "Wrap-up", "Looked back at six months.", NULL);
  (void) contact;
  (void) m5;

  if (!(tick (demo, m, "departments", MP_ACTIVITY_STATE_DONE, d0, -1, NULL, error) &&
        tick (demo, m, "where-to-go", MP_ACTIVITY_STATE_DONE, d14, -1, NULL, error) &&
        tick (demo, m, "equipment", MP_ACTIVITY_STATE_DONE, d28, -1, NULL, error) &&
        tick (demo, m, "member-events", MP_ACTIVITY_STATE_DONE, d42, -1, NULL, error) &&
        tick (demo, m, "shadow-consultant", MP_ACTIVITY_STATE_DONE, m2, 2, "Followed up by phone.", error) &&
        tick (demo, m, "member-group", MP_ACTIVITY_STATE_NOT_APPLICABLE, NULL, -1, NULL, error) &&
        tick (demo, m, "committee", MP_ACTIVITY_STATE_DONE, m3, -1, NULL, error) &&
        tick (demo, m, "position-specific", MP_ACTIVITY_STATE_DONE, m4, -1, NULL, error) &&
        add_agreement (demo, m, "Wednesdays", "Drop by the office, or e-mail",
                       "Monthly lunch once the first two months are over.", &start, error) &&
        add_introduction (demo, m, "sofia/intro/director", NULL, staff->director, "Budget briefing",
                          &intro_day, FALSE, error) &&
        add_feedback (demo, m, "sofia/feedback/employee", MP_FEEDBACK_ROLE_EMPLOYEE, 5, 4, 5,
                      "The lunches were the most useful part.", &feedback_day, error) &&
        add_feedback (demo, m, "sofia/feedback/mentor", MP_FEEDBACK_ROLE_MENTOR, 4, 4, 5,
                      "A checklist for month 3 would help.", &feedback_day, error)))
    return FALSE;

  return mp_store_complete_mentorship (demo->store, m, &end, error);
}

/* Ended early: contact, day 0, 14 and 28 held, then the employee moved away (day 50). */
static gboolean
add_ended_early (Demo    *demo,
                 Staff   *staff,
                 GError **error)
{
  GDate start = working_day (days_from (&demo->today, -80));
  GDate ended = working_day (days_from (&start, 50));
  GDate feedback_day = days_from (&ended, 1);
  MpMentorship *m;
  MpMeeting *contact, *d0, *d14, *d28;

  if ((m = add_mentorship (demo, "pair/marcus", staff->fang, staff->marcus, &start, error)) == NULL)
    return FALSE;

  MEETING (contact, "marcus/contact", &start, -6, 0, 15, 15, MP_MEETING_MODE_EMAIL,
           MP_MEETING_STATUS_HELD, TRUE, NULL, NULL, "Welcome e-mail.", NULL);
  MEETING (d0, "marcus/day0", &start, 0, 0, 10, 60, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Technology Services office", "Departments", "Tour of the departments.", NULL);
  MEETING (d14, "marcus/day14", &start, 14, 0, 10, 45, MP_MEETING_MODE_VIDEO, MP_MEETING_STATUS_HELD,
           FALSE, NULL, "Where to go for issues", "Web team contacts and the change calendar.", NULL);
  MEETING (d28, "marcus/day28", &start, 28, 0, 10, 45, MP_MEETING_MODE_IN_PERSON, MP_MEETING_STATUS_HELD,
           FALSE, "Technology Services office", "Equipment", "Test servers and deployment keys.",
           "He mentioned the family may move in the spring.");
  (void) contact;

  if (!(tick (demo, m, "departments", MP_ACTIVITY_STATE_DONE, d0, -1, NULL, error) &&
        tick (demo, m, "where-to-go", MP_ACTIVITY_STATE_DONE, d14, -1, NULL, error) &&
        tick (demo, m, "equipment", MP_ACTIVITY_STATE_DONE, d28, -1, NULL, error) &&
        add_agreement (demo, m, "Fridays", "Video call", "Keep it short and practical.", &start, error) &&
        add_feedback (demo, m, "marcus/feedback/mentor", MP_FEEDBACK_ROLE_MENTOR, 4, 3, 4,
                      "Ended too soon to judge the monthly phase.", &feedback_day, error) &&
        add_feedback (demo, m, "marcus/feedback/employee", MP_FEEDBACK_ROLE_EMPLOYEE, 4, 0, 3,
                      NULL, &feedback_day, error)))
    return FALSE;

  return mp_store_end_mentorship (demo->store, m, _("The employee moved to another state"), &ended, error);
}

#undef MEETING

/* The library system's holidays on fixed days, this year and next: the suggestions avoid
 * them, and HR's Closed Days has something to show */
static gboolean
add_closed_days (Demo    *demo,
                 GError **error)
{
  static const struct {
    GDateDay    day;
    GDateMonth  month;
    const char *name;
  } holidays[] = {
    { 1, G_DATE_JANUARY, N_("New Year’s Day") },
    { 4, G_DATE_JULY, N_("Independence Day") },
    { 25, G_DATE_DECEMBER, N_("Christmas Day") },
  };
  g_autoptr(GArray) days = mp_closed_days_new ();
  GDateYear year = g_date_get_year (&demo->today);

  for (GDateYear y = year; y <= year + 1; y++)
    for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
      {
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, holidays[i].day, holidays[i].month, y);
        mp_closed_days_add (days, &date, _(holidays[i].name));
      }

  return mp_store_set_closed_days (demo->store, days, error);
}

static gboolean
populate (Demo    *demo,
          GError **error)
{
  Staff staff = { NULL, };

  /* First: the store marks only an empty database (and the batch makes it one change). */
  return mp_store_mark_demo (demo->store, error) &&
         add_program (demo, error) &&
         add_staff (demo, &staff, error) &&
         /* One computer acts as everyone in a demo: it keeps all their keys */
         mp_store_publish_keys_for_everyone (demo->store, TRUE, error) &&
         add_before_arrival (demo, &staff, error) &&
         add_week_3 (demo, &staff, error) &&
         add_month_2 (demo, &staff, error) &&
         add_month_4 (demo, &staff, error) &&
         add_finished (demo, &staff, error) &&
         add_ended_early (demo, &staff, error) &&
         add_closed_days (demo, error);
}

/* Runs @fill on @store in one batch: all of it is written, or nothing. */
static gboolean
fill_in_batch (MpStore      *store,
               const GDate  *today,
               gboolean    (*fill) (Demo *demo, GError **error),
               GError      **error)
{
  Demo demo = { NULL, };
  gboolean ok;

  demo.store = store;
  if (today != NULL)
    demo.today = *today;
  demo.departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  demo.objects = g_ptr_array_new_with_free_func (g_object_unref);

  ok = mp_store_begin_batch (store, error);
  if (ok)
    {
      ok = fill (&demo, error);
      if (ok)
        ok = mp_store_commit_batch (store, error);
      if (!ok && mp_store_in_batch (store))
        mp_store_rollback_batch (store);
    }

  g_clear_object (&demo.program);
  g_clear_pointer (&demo.departments, g_hash_table_unref);
  g_clear_pointer (&demo.objects, g_ptr_array_unref);

  return ok;
}

/* ------------------------------------------------------------------------------------------ */
/* Public API                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/* The built-in program's texts in the user's language: each member of
 * _MP_PROGRAM_TRANSLATED_MEMBERS (a department's name aside) through gettext; the rest (ids,
 * uuids, cadences) as it is */
static void
translate_node (JsonNode   *node,
                const char *member,
                gboolean    in_department)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING && member != NULL &&
          g_strv_contains (_mp_program_translated_members, member) && !(in_department && g_str_equal (member, "name")))
        {
          const char *text = json_node_get_string (node);
          const char *translated = text != NULL && *text != '\0' ? g_dgettext (GETTEXT_PACKAGE, text) : text;

          /* (gettext gives back the text itself when it has no translation: never set a node
           * to its own string, which setting frees first) */
          if (translated != text)
            {
              g_autofree char *copy = g_strdup (translated);

              json_node_set_string (node, copy);
            }
        }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          translate_node (json_array_get_element (array, i), member, in_department);
      }
      break;

    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *child;

        json_object_iter_init (&iter, object);
        while (json_object_iter_next (&iter, &name, &child))
          translate_node (child, name, in_department || g_strcmp0 (member, "departments") == 0);
      }
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* @bytes, the built-in program's JSON, with its texts translated (written again by
 * json-glib, whatever the language); @bytes itself when the JSON cannot be read (the program's
 * own reading then says why) */
static GBytes *
translate_program (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  gsize length = 0;
  char *text;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL))
    return g_bytes_ref (bytes);

  translate_node (json_parser_get_root (parser), NULL, FALSE);
  generator = json_generator_new ();
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

/**
 * mp_demo_load_program:
 *
 * Its texts are in the user's language when a translation has them (it is stored so, as the
 * organisation's own program, where HR first opens Mentoring or makes a demo).
 *
 * Returns: (transfer full): the built-in pilot program template, or %NULL with @error set.
 */
MpProgram *
mp_demo_load_program (GError **error)
{
  static gsize registered = 0;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) translated = NULL;

  /* Under its own prefix, so it never shadows the application's resources. */
  if (g_once_init_enter (&registered))
    {
      mp_model_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  bytes = g_resource_lookup_data (mp_model_get_resource (), RESOURCE_PROGRAM,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  translated = translate_program (bytes);

  return mp_program_new_from_bytes (translated, error);
}

/**
 * mp_demo_populate:
 * @today: the day the demo is set on (its stages are relative to it)
 *
 * Fills an empty store (no people, no mentorships) with the demo data, in one batch, and
 * marks it as a demo database. A store that holds people or mentorships is refused.
 */
gboolean
mp_demo_populate (MpStore      *store,
                  const GDate  *today,
                  GError      **error)
{
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_list_model_get_n_items (mp_store_get_people (store)) > 0 ||
      g_list_model_get_n_items (mp_store_get_mentorships (store)) > 0)
    {
      g_set_error_literal (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                           _("Demo data goes only into a new, empty database; this one already has "
                             "people or pairings"));
      return FALSE;
    }

  return fill_in_batch (store, today, populate, error);
}

/**
 * mp_demo_add_program:
 *
 * Gives a database that has no program the built-in pilot program, with the departments
 * and typical questions it brings (those the database lacks), in one batch, so that HR can
 * pair the first employee. Nothing to do (and %TRUE) when the database has a program.
 */
gboolean
mp_demo_add_program (MpStore  *store,
                     GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_list_model_get_n_items (mp_store_get_programs (store)) > 0)
    return TRUE;

  return fill_in_batch (store, NULL, add_program, error);
}

/**
 * mp_demo_default_path:
 *
 * Returns: (transfer full) (nullable): a file name for a fresh demo database, in a new
 *   temporary folder only the user can enter; %NULL when no folder can be made.
 */
char *
mp_demo_default_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("mentoring-demo-XXXXXX", &error);

  if (folder == NULL)
    {
      g_warning ("Could not make a folder for the demo database: %s", error->message);
      return NULL;
    }

  return g_build_filename (folder, "mentoring-demo.db", NULL);
}

/**
 * mp_demo_private_path:
 *
 * Returns: (transfer full): the private database to open with the demo database at
 *   @demo_path: one of its own, so that demo notes never reach the user's real private
 *   notes, and never in the demo file's folder (the store refuses a private database
 *   there): `$XDG_DATA_HOME/com.alliancelibrarysystem.Mentoring/demo-notes/<SHA-256 of the
 *   demo file's absolute path>.sqlite`, the same file each time that demo is opened.
 */
char *
mp_demo_private_path (const char *demo_path)
{
  g_autofree char *absolute = NULL;
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (demo_path != NULL, NULL);

  absolute = g_canonicalize_filename (demo_path, NULL);
  key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
  name = g_strconcat (key, ".sqlite", NULL);

  return g_build_filename (g_get_user_data_dir (), "com.alliancelibrarysystem.Mentoring", "demo-notes", name, NULL);
}

/* mp-json.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The exchange format "mentoring/1" (README: "Exchange format (JSON)").
 *
 *   {
 *     "format": "mentoring/1",                     required, exactly this string
 *     "exported_at": "2026-01-31T14:00:00Z",       optional instant, ignored on import
 *     "programs": [ { a "mentoring-program/1" template, see mp-program.c; "uuid" required } ],
 *     "departments": [ { "uuid", "name" (required), "description", "ask_for" } ],
 *     "people": [ { "uuid", "name" (required), "login", "email", "phone", "title",
 *                   "department" (uuid or null), "hr_admin", "may_mentor", "active" } ],
 *     "questions": [ { "uuid", "question" (required), "answer", "ask_whom" } ],
 *     "mentorships": [
 *       {
 *         "uuid", "mentor", "employee", "program" (uuids, required), "start_date" (required),
 *         "status" ("active", "completed", "ended-early", "archived"), "end_reason", "ended_on",
 *         "paired_on" (the day HR paired them; left as it is when the file has none),
 *         "agreement": { "best_days", "channels", "agreed_on" } or null,
 *         "meetings": [ { "uuid", "starts_at" (required), "duration_minutes", "mode" ("in-person",
 *                         "phone", "email", "lunch", "video"), "status" ("scheduled", "held",
 *                         "cancelled"), "place", "informal" } ],
 *         "activities": [ { "activity" (the program's activity id), "state" ("pending", "done",
 *                           "not-applicable"), "done_on", "meeting" (uuid or null),
 *                           "hr_followed_up_on", "hr_note" } ],
 *         "introductions": [ { "uuid", "colleague" (required), "colleague_person" (uuid or
 *                              null), "where", "on", "possible_mentor" (false) } ],
 *         "concerns": [ { "uuid", "raised_at" (required), "needed_by", "status" ("open",
 *                         "answered", "closed"), "answered_at" } ],
 *         "feedback": [ { "uuid", "role" ("employee", "mentor"), "submitted_at" } ]
 *       }
 *     ],
 *     "closed_days": [ { "date", "name" (both required) } ]   the days the library is
 *                                                              closed; left out when none
 *   }
 *
 * Days are "YYYY-MM-DD"; instants are ISO 8601 with a time zone, written in UTC to the
 * second. Unset values are null (or left out). Unknown members are refused, so that a typo
 * never passes silently. The export writes every list sorted by a stable key (names, dates,
 * uuids), so that export → import into an empty database → export gives the same document.
 *
 * Never exported, never overwritten by an import: private notes, the subject, text and
 * answer of a concern, the comment and the ratings of a feedback (HR sees ratings only added
 * up, on the evaluation page; a file written before they left the export may hold them:
 * read, checked and ignored), the agenda and summary of a meeting and the expectations of an
 * agreement. A record created by an import has them empty (a
 * concern's subject, which the store requires, says "(Subject not exported)").
 *
 * Import: read (size-capped) → cheap checks on the raw bytes (NUL, UTF-8, nesting depth,
 * "\u0000") → parse → a walk over every value (duplicate members, string size, UTF-8 after
 * unescaping) → every record read into a draft and compared with the stored one → one
 * store batch for what was added or changed.
 *
 * Closed days merge by day: a day in the file is added, or gets the file's name; a day only
 * the database has stays (and one another computer added meanwhile). They are written in the
 * same batch.
 */

#define G_LOG_DOMAIN "mp-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "mp-json.h"
#include "mp-model-private.h"
#include "mp-paths.h"
#include "mp-schedule.h"
#include "mp-text.h"

typedef struct
{
  int         value;
  const char *name;
} EnumName;

static const EnumName meeting_modes[] = {
  { MP_MEETING_MODE_IN_PERSON, "in-person" },
  { MP_MEETING_MODE_PHONE, "phone" },
  { MP_MEETING_MODE_EMAIL, "email" },
  { MP_MEETING_MODE_LUNCH, "lunch" },
  { MP_MEETING_MODE_VIDEO, "video" },
  { 0, NULL }
};

static const EnumName meeting_statuses[] = {
  { MP_MEETING_STATUS_SCHEDULED, "scheduled" },
  { MP_MEETING_STATUS_HELD, "held" },
  { MP_MEETING_STATUS_CANCELLED, "cancelled" },
  { 0, NULL }
};

static const EnumName mentorship_statuses[] = {
  { MP_MENTORSHIP_STATUS_ACTIVE, "active" },
  { MP_MENTORSHIP_STATUS_COMPLETED, "completed" },
  { MP_MENTORSHIP_STATUS_ENDED_EARLY, "ended-early" },
  { MP_MENTORSHIP_STATUS_ARCHIVED, "archived" },
  { 0, NULL }
};

static const EnumName concern_statuses[] = {
  { MP_CONCERN_STATUS_OPEN, "open" },
  { MP_CONCERN_STATUS_ANSWERED, "answered" },
  { MP_CONCERN_STATUS_CLOSED, "closed" },
  { 0, NULL }
};

static const EnumName activity_states[] = {
  { MP_ACTIVITY_STATE_PENDING, "pending" },
  { MP_ACTIVITY_STATE_DONE, "done" },
  { MP_ACTIVITY_STATE_NOT_APPLICABLE, "not-applicable" },
  { 0, NULL }
};

static const EnumName feedback_roles[] = {
  { MP_FEEDBACK_ROLE_EMPLOYEE, "employee" },
  { MP_FEEDBACK_ROLE_MENTOR, "mentor" },
  { 0, NULL }
};

static const char * const kind_names[MP_JSON_N_KINDS] = {
  [MP_JSON_KIND_PROGRAM] = "programs",
  [MP_JSON_KIND_DEPARTMENT] = "departments",
  [MP_JSON_KIND_PERSON] = "people",
  [MP_JSON_KIND_QUESTION] = "questions",
  [MP_JSON_KIND_MENTORSHIP] = "mentorships",
  [MP_JSON_KIND_MEETING] = "meetings",
  [MP_JSON_KIND_ACTIVITY] = "activities",
  [MP_JSON_KIND_INTRODUCTION] = "introductions",
  [MP_JSON_KIND_AGREEMENT] = "agreements",
  [MP_JSON_KIND_CONCERN] = "concerns",
  [MP_JSON_KIND_FEEDBACK] = "feedback",
  [MP_JSON_KIND_CLOSED_DAY] = "closed_days",
};

static const char * const root_members[] = {
  "format", "exported_at", "programs", "departments", "people", "questions", "mentorships", "closed_days", NULL
};
static const char * const closed_day_members[] = { "date", "name", NULL };
static const char * const department_members[] = { "uuid", "name", "description", "ask_for", NULL };
static const char * const person_members[] = {
  "uuid", "name", "login", "email", "phone", "title", "department", "hr_admin", "may_mentor",
  "active", NULL
};
static const char * const question_members[] = { "uuid", "question", "answer", "ask_whom", NULL };
static const char * const mentorship_members[] = {
  "uuid", "mentor", "employee", "program", "start_date", "status", "end_reason", "ended_on",
  "paired_on", "agreement", "meetings", "activities", "introductions", "concerns", "feedback", NULL
};
static const char * const agreement_members[] = { "best_days", "channels", "agreed_on", NULL };
static const char * const meeting_members[] = {
  "uuid", "starts_at", "duration_minutes", "mode", "status", "place", "informal", NULL
};
static const char * const activity_members[] = {
  "activity", "state", "done_on", "meeting", "hr_followed_up_on", "hr_note", NULL
};
static const char * const introduction_members[] = {
  "uuid", "colleague", "colleague_person", "where", "on", "possible_mentor", NULL
};
static const char * const concern_members[] = {
  "uuid", "raised_at", "needed_by", "status", "answered_at", NULL
};
static const char * const feedback_members[] = {
  "uuid", "role", "program_rating", "meetings_rating", "usefulness_rating", "submitted_at", NULL
};

G_DEFINE_QUARK (mp-json-error-quark, mp_json_error)

/* ------------------------------------------------------------------------------------------ */
/* Values                                                                                     */
/* ------------------------------------------------------------------------------------------ */

static const char *
enum_to_name (const EnumName *names,
              int             value)
{
  for (guint i = 0; names[i].name != NULL; i++)
    if (names[i].value == value)
      return names[i].name;

  return NULL;
}

static gboolean
enum_from_name (const EnumName *names,
                const char     *name,
                int            *value)
{
  for (guint i = 0; names[i].name != NULL; i++)
    if (g_str_equal (names[i].name, name))
      {
        *value = names[i].value;
        return TRUE;
      }

  return FALSE;
}

static char *
enum_choices (const EnumName *names)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; names[i].name != NULL; i++)
    g_string_append_printf (s, "%s\"%s\"", i > 0 ? ", " : "", names[i].name);

  return g_string_free (s, FALSE);
}

static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

static char *
format_instant (GDateTime *instant)
{
  g_autoptr(GDateTime) utc = NULL;

  if (instant == NULL)
    return NULL;

  utc = g_date_time_to_utc (instant);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc),
                          g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc),
                          g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc),
                          g_date_time_get_second (utc));
}

/* The years a day or an instant may have: a program runs six months in the staff's own
 * time, and beyond these the schedule's dates (a start's last phase, months later) would
 * leave what GDateTime can hold (years 1 to 9999). */
#define FIRST_YEAR MP_SCHEDULE_FIRST_YEAR
#define LAST_YEAR  MP_SCHEDULE_LAST_YEAR

/* Exactly "YYYY-MM-DD", a day that exists, from FIRST_YEAR to LAST_YEAR. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;

  if (strlen (text) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/* ISO 8601 with a date, a time and a time zone; returned in UTC, to the second. */
static GDateTime *
parse_instant (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) utc = NULL;
  GDate date;

  /* The date part must be a calendar date: GLib also reads week and ordinal dates. */
  if (strlen (text) < 11 || text[10] != 'T')
    return NULL;
  {
    char day[11];

    memcpy (day, text, 10);
    day[10] = '\0';
    if (!parse_date (day, &date))
      return NULL;
  }

  /* A leap second ("…T23:59:60Z"): GLib reads it as :59, another instant than the one given */
  if (strlen (text) >= 19 && text[13] == ':' && text[16] == ':' && text[17] >= '6')
    return NULL;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  if (parsed == NULL)
    return NULL;

  utc = g_date_time_to_utc (parsed);
  if (g_date_time_get_year (utc) < FIRST_YEAR || g_date_time_get_year (utc) > LAST_YEAR)
    return NULL;

  return g_date_time_new_utc (g_date_time_get_year (utc),
                              g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc),
                              g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc),
                              g_date_time_get_second (utc));
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* A plain check: one "@", something before it, a dotted domain after it, no spaces. */
static gboolean
is_email_address (const char *text)
{
  const char *at = strchr (text, '@');
  const char *domain;
  gsize domain_len;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || (c < 0x80 && strchr ("<>()[]\\,;:\"", (int) c) != NULL))
        return FALSE;
    }

  domain = at + 1;
  domain_len = strlen (domain);
  if (domain_len < 3 || strchr (domain, '.') == NULL ||
      domain[0] == '.' || domain[domain_len - 1] == '.' || strstr (domain, "..") != NULL)
    return FALSE;

  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Export                                                                                     */
/* ------------------------------------------------------------------------------------------ */

typedef void (*FieldsFunc) (JsonBuilder *builder,
                            gpointer     object);

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL || value[0] == '\0')
    json_builder_add_null_value (builder);
  else if (!g_utf8_validate (value, -1, NULL))
    {
      /* Bytes a tool wrote into the database that are no UTF-8: as U+FFFD, so that the file
       * is JSON (which the import, ours too, requires) */
      g_autofree char *valid = g_utf8_make_valid (value, -1);

      json_builder_add_string_value (builder, valid);
    }
  else
    json_builder_add_string_value (builder, value);
}

static void
add_date (JsonBuilder *builder,
          const char  *name,
          const GDate *date)
{
  g_autofree char *text = format_date (date);

  add_string (builder, name, text);
}

static void
add_instant (JsonBuilder *builder,
             const char  *name,
             GDateTime   *instant)
{
  g_autofree char *text = format_instant (instant);

  add_string (builder, name, text);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_enum (JsonBuilder    *builder,
          const char     *name,
          const EnumName *names,
          int             value)
{
  add_string (builder, name, enum_to_name (names, value));
}

static void
department_fields (JsonBuilder *builder,
                   gpointer     object)
{
  MpDepartment *department = object;

  add_string (builder, "uuid", mp_department_get_uuid (department));
  add_string (builder, "name", mp_department_get_name (department));
  add_string (builder, "description", mp_department_get_description (department));
  add_string (builder, "ask_for", mp_department_get_ask_for (department));
}

static void
person_fields (JsonBuilder *builder,
               gpointer     object)
{
  MpPerson *person = object;
  MpDepartment *department = mp_person_get_department (person);

  add_string (builder, "uuid", mp_person_get_uuid (person));
  add_string (builder, "name", mp_person_get_name (person));
  add_string (builder, "login", mp_person_get_login (person));
  add_string (builder, "email", mp_person_get_email (person));
  add_string (builder, "phone", mp_person_get_phone (person));
  add_string (builder, "title", mp_person_get_title (person));
  add_string (builder, "department", department != NULL ? mp_department_get_uuid (department) : NULL);
  add_bool (builder, "hr_admin", mp_person_get_is_hr_admin (person));
  add_bool (builder, "may_mentor", mp_person_get_may_mentor (person));
  add_bool (builder, "active", mp_person_get_active (person));
}

static void
question_fields (JsonBuilder *builder,
                 gpointer     object)
{
  MpQuestion *question = object;

  add_string (builder, "uuid", mp_question_get_uuid (question));
  add_string (builder, "question", mp_question_get_question (question));
  add_string (builder, "answer", mp_question_get_answer (question));
  add_string (builder, "ask_whom", mp_question_get_ask_whom (question));
}

static const char *
uuid_of_person (MpPerson *person)
{
  return person != NULL ? mp_person_get_uuid (person) : NULL;
}

static void
mentorship_fields (JsonBuilder *builder,
                   gpointer     object)
{
  MpMentorship *mentorship = object;
  MpProgram *program = mp_mentorship_get_program (mentorship);

  add_string (builder, "uuid", mp_mentorship_get_uuid (mentorship));
  add_string (builder, "mentor", uuid_of_person (mp_mentorship_get_mentor (mentorship)));
  add_string (builder, "employee", uuid_of_person (mp_mentorship_get_employee (mentorship)));
  add_string (builder, "program", program != NULL ? mp_program_get_uuid (program) : NULL);
  add_date (builder, "start_date", mp_mentorship_get_start_date (mentorship));
  add_enum (builder, "status", mentorship_statuses, mp_mentorship_get_status (mentorship));
  add_string (builder, "end_reason", mp_mentorship_get_end_reason (mentorship));
  add_date (builder, "ended_on", mp_mentorship_get_ended_on (mentorship));
  add_date (builder, "paired_on", mp_mentorship_get_paired_on (mentorship));
}

static void
agreement_fields (JsonBuilder *builder,
                  gpointer     object)
{
  MpAgreement *agreement = object;

  /* Not "expectations": what the pair said to each other stays with them. */
  add_string (builder, "best_days", mp_agreement_get_best_days (agreement));
  add_string (builder, "channels", mp_agreement_get_channels (agreement));
  add_date (builder, "agreed_on", mp_agreement_get_agreed_on (agreement));
}

static void
meeting_fields (JsonBuilder *builder,
                gpointer     object)
{
  MpMeeting *meeting = object;

  /* Not "agenda" nor "summary" (and never the private notes): only when, how and whether. */
  add_string (builder, "uuid", mp_meeting_get_uuid (meeting));
  add_instant (builder, "starts_at", mp_meeting_get_starts_at (meeting));
  add_int (builder, "duration_minutes", mp_meeting_get_duration_minutes (meeting));
  add_enum (builder, "mode", meeting_modes, mp_meeting_get_mode (meeting));
  add_enum (builder, "status", meeting_statuses, mp_meeting_get_status (meeting));
  add_string (builder, "place", mp_meeting_get_place (meeting));
  add_bool (builder, "informal", mp_meeting_get_informal (meeting));
}

static void
activity_fields (JsonBuilder *builder,
                 gpointer     object)
{
  MpActivityProgress *progress = object;
  MpMeeting *meeting = mp_activity_progress_get_meeting (progress);

  add_string (builder, "activity", mp_activity_progress_get_activity_id (progress));
  add_enum (builder, "state", activity_states, mp_activity_progress_get_state (progress));
  add_date (builder, "done_on", mp_activity_progress_get_done_on (progress));
  add_string (builder, "meeting", meeting != NULL ? mp_meeting_get_uuid (meeting) : NULL);
  add_date (builder, "hr_followed_up_on", mp_activity_progress_get_hr_followed_up_on (progress));
  add_string (builder, "hr_note", mp_activity_progress_get_hr_note (progress));
}

static void
introduction_fields (JsonBuilder *builder,
                     gpointer     object)
{
  MpIntroduction *introduction = object;

  add_string (builder, "uuid", mp_introduction_get_uuid (introduction));
  add_string (builder, "colleague", mp_introduction_get_colleague (introduction));
  add_string (builder, "colleague_person",
              uuid_of_person (mp_introduction_get_colleague_person (introduction)));
  add_string (builder, "where", mp_introduction_get_where (introduction));
  add_date (builder, "on", mp_introduction_get_on (introduction));
  add_bool (builder, "possible_mentor", mp_introduction_get_possible_mentor (introduction));
}

static void
concern_fields (JsonBuilder *builder,
                gpointer     object)
{
  MpConcern *concern = object;

  /* Not "subject", "text" nor "answer": they are for the employee and the mentor only. */
  add_string (builder, "uuid", mp_concern_get_uuid (concern));
  add_instant (builder, "raised_at", mp_concern_get_raised_at (concern));
  add_date (builder, "needed_by", mp_concern_get_needed_by (concern));
  add_enum (builder, "status", concern_statuses, mp_concern_get_status (concern));
  add_instant (builder, "answered_at", mp_concern_get_answered_at (concern));
}

static void
feedback_fields (JsonBuilder *builder,
                 gpointer     object)
{
  MpFeedback *feedback = object;

  /* Not the comment, nor the ratings: HR sees the ratings only added up with others', with
   * three answers at least (mp-evaluation; the README says the limit of that). Who gave
   * feedback, and when, is a count. */
  add_string (builder, "uuid", mp_feedback_get_uuid (feedback));
  add_enum (builder, "role", feedback_roles, mp_feedback_get_role (feedback));
  add_instant (builder, "submitted_at", mp_feedback_get_submitted_at (feedback));
}

static void
add_record (JsonBuilder *builder,
            FieldsFunc   fields,
            gpointer     object)
{
  json_builder_begin_object (builder);
  fields (builder, object);
  json_builder_end_object (builder);
}

/* The exported form of one record, as compact text: what an import compares. */
static char *
fields_to_string (FieldsFunc fields,
                  gpointer   object)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;

  add_record (builder, fields, object);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/* Sorting keys: stable across databases, so that the round trip gives the same document. */

static int
compare_strings (const char *a,
                 const char *b)
{
  return g_strcmp0 (a, b);
}

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  gboolean a_set = a != NULL && g_date_valid (a);
  gboolean b_set = b != NULL && g_date_valid (b);

  if (!a_set || !b_set)
    return (int) a_set - (int) b_set;

  return g_date_compare (a, b);
}

static int
compare_instants (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    return (int) (a != NULL) - (int) (b != NULL);

  return g_date_time_compare (a, b);
}

static int
program_cmp (gconstpointer pa,
             gconstpointer pb)
{
  MpProgram *a = *(MpProgram **) pa, *b = *(MpProgram **) pb;
  int c;

  if ((c = compare_strings (mp_program_get_slug (a), mp_program_get_slug (b))) != 0)
    return c;
  if (mp_program_get_version (a) != mp_program_get_version (b))
    return mp_program_get_version (a) < mp_program_get_version (b) ? -1 : 1;

  return compare_strings (mp_program_get_uuid (a), mp_program_get_uuid (b));
}

static int
department_cmp (gconstpointer pa,
                gconstpointer pb)
{
  MpDepartment *a = *(MpDepartment **) pa, *b = *(MpDepartment **) pb;
  int c;

  if ((c = compare_strings (mp_department_get_name (a), mp_department_get_name (b))) != 0)
    return c;

  return compare_strings (mp_department_get_uuid (a), mp_department_get_uuid (b));
}

static int
person_cmp (gconstpointer pa,
            gconstpointer pb)
{
  MpPerson *a = *(MpPerson **) pa, *b = *(MpPerson **) pb;
  int c;

  if ((c = compare_strings (mp_person_get_name (a), mp_person_get_name (b))) != 0)
    return c;

  return compare_strings (mp_person_get_uuid (a), mp_person_get_uuid (b));
}

static int
question_cmp (gconstpointer pa,
              gconstpointer pb)
{
  MpQuestion *a = *(MpQuestion **) pa, *b = *(MpQuestion **) pb;
  int c;

  if ((c = compare_strings (mp_question_get_question (a), mp_question_get_question (b))) != 0)
    return c;

  return compare_strings (mp_question_get_uuid (a), mp_question_get_uuid (b));
}

static int
mentorship_cmp (gconstpointer pa,
                gconstpointer pb)
{
  MpMentorship *a = *(MpMentorship **) pa, *b = *(MpMentorship **) pb;
  int c;

  if ((c = compare_dates (mp_mentorship_get_start_date (a), mp_mentorship_get_start_date (b))) != 0)
    return c;

  return compare_strings (mp_mentorship_get_uuid (a), mp_mentorship_get_uuid (b));
}

static int
meeting_cmp (gconstpointer pa,
             gconstpointer pb)
{
  MpMeeting *a = *(MpMeeting **) pa, *b = *(MpMeeting **) pb;
  int c;

  if ((c = compare_instants (mp_meeting_get_starts_at (a), mp_meeting_get_starts_at (b))) != 0)
    return c;

  return compare_strings (mp_meeting_get_uuid (a), mp_meeting_get_uuid (b));
}

static int
introduction_cmp (gconstpointer pa,
                  gconstpointer pb)
{
  MpIntroduction *a = *(MpIntroduction **) pa, *b = *(MpIntroduction **) pb;
  int c;

  if ((c = compare_dates (mp_introduction_get_on (a), mp_introduction_get_on (b))) != 0)
    return c;
  if ((c = compare_strings (mp_introduction_get_colleague (a), mp_introduction_get_colleague (b))) != 0)
    return c;

  return compare_strings (mp_introduction_get_uuid (a), mp_introduction_get_uuid (b));
}

static int
concern_cmp (gconstpointer pa,
             gconstpointer pb)
{
  MpConcern *a = *(MpConcern **) pa, *b = *(MpConcern **) pb;
  int c;

  if ((c = compare_instants (mp_concern_get_raised_at (a), mp_concern_get_raised_at (b))) != 0)
    return c;

  return compare_strings (mp_concern_get_uuid (a), mp_concern_get_uuid (b));
}

static int
feedback_cmp (gconstpointer pa,
              gconstpointer pb)
{
  MpFeedback *a = *(MpFeedback **) pa, *b = *(MpFeedback **) pb;
  int c;

  if (mp_feedback_get_role (a) != mp_feedback_get_role (b))
    return mp_feedback_get_role (a) < mp_feedback_get_role (b) ? -1 : 1;
  if ((c = compare_instants (mp_feedback_get_submitted_at (a), mp_feedback_get_submitted_at (b))) != 0)
    return c;

  return compare_strings (mp_feedback_get_uuid (a), mp_feedback_get_uuid (b));
}

/* Activities in the order of the program; ones the program does not know last, by id. */
typedef struct
{
  MpActivityProgress *progress;
  guint               rank;
} RankedActivity;

static int
ranked_activity_cmp (gconstpointer pa,
                     gconstpointer pb)
{
  const RankedActivity *a = pa, *b = pb;

  if (a->rank != b->rank)
    return a->rank < b->rank ? -1 : 1;

  return compare_strings (mp_activity_progress_get_activity_id (a->progress),
                          mp_activity_progress_get_activity_id (b->progress));
}

static guint
activity_rank (MpProgram  *program,
               const char *activity_id)
{
  GListModel *phases;
  guint rank = 0;

  if (program == NULL || activity_id == NULL)
    return G_MAXUINT;

  phases = mp_program_get_phases (program);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);

      for (guint j = 0; j < g_list_model_get_n_items (activities); j++, rank++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);

          if (g_strcmp0 (mp_activity_get_id (activity), activity_id) == 0)
            return rank;
        }
    }

  return G_MAXUINT;
}

static GPtrArray *
sorted_items (GListModel   *model,
              GCompareFunc  compare)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  if (model != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      g_ptr_array_add (items, g_list_model_get_item (model, i));

  g_ptr_array_sort (items, compare);

  return items;
}

static void
add_list (JsonBuilder  *builder,
          const char   *name,
          GListModel   *model,
          GCompareFunc  compare,
          FieldsFunc    fields)
{
  g_autoptr(GPtrArray) items = sorted_items (model, compare);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    add_record (builder, fields, g_ptr_array_index (items, i));
  json_builder_end_array (builder);
}

static gboolean
add_programs (JsonBuilder  *builder,
              MpStore      *store,
              GError      **error)
{
  g_autoptr(GPtrArray) programs = sorted_items (mp_store_get_programs (store), program_cmp);

  json_builder_set_member_name (builder, "programs");
  json_builder_begin_array (builder);

  for (guint i = 0; i < programs->len; i++)
    {
      g_autofree char *text = mp_program_to_json (g_ptr_array_index (programs, i));
      g_autoptr(GError) local_error = NULL;
      JsonNode *node = json_from_string (text, &local_error);

      if (node == NULL)
        {
          g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_INVALID,
                       _("Could not export the program “%s”: %s"),
                       mp_program_get_name (g_ptr_array_index (programs, i)), local_error->message);
          return FALSE;
        }

      json_builder_add_value (builder, node);
    }

  json_builder_end_array (builder);

  return TRUE;
}

static void
add_activities (JsonBuilder  *builder,
                GListModel   *model,
                MpMentorship *mentorship)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (RankedActivity), n);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      MpActivityProgress *progress = g_list_model_get_item (model, i);
      RankedActivity item = {
        progress,
        activity_rank (mp_mentorship_get_program (mentorship),
                       mp_activity_progress_get_activity_id (progress))
      };

      g_ptr_array_add (keep, progress);
      g_array_append_val (ranked, item);
    }

  g_array_sort (ranked, ranked_activity_cmp);

  json_builder_set_member_name (builder, "activities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ranked->len; i++)
    add_record (builder, activity_fields, g_array_index (ranked, RankedActivity, i).progress);
  json_builder_end_array (builder);
}

static void
add_mentorship (JsonBuilder  *builder,
                MpStore      *store,
                MpMentorship *mentorship)
{
  MpAgreement *agreement = mp_store_get_agreement (store, mentorship);

  json_builder_begin_object (builder);
  mentorship_fields (builder, mentorship);

  json_builder_set_member_name (builder, "agreement");
  if (agreement != NULL)
    add_record (builder, agreement_fields, agreement);
  else
    json_builder_add_null_value (builder);

  add_list (builder, "meetings", mp_store_get_meetings (store, mentorship), meeting_cmp, meeting_fields);
  add_activities (builder, mp_store_get_activity_progress (store, mentorship), mentorship);
  add_list (builder, "introductions", mp_store_get_introductions (store, mentorship),
            introduction_cmp, introduction_fields);
  add_list (builder, "concerns", mp_store_get_concerns (store, mentorship), concern_cmp, concern_fields);
  add_list (builder, "feedback", mp_store_get_feedback (store, mentorship), feedback_cmp, feedback_fields);

  json_builder_end_object (builder);
}

/* Records between two calls of the progress function (and looks at the cancellable). */
#define PROGRESS_STEP 64

/* Says where an import or export is, every PROGRESS_STEP records and at the last, and stops
 * it when cancelled. */
static gboolean
report_progress (GCancellable        *cancellable,
                 MpJsonProgressFunc   progress,
                 gpointer             progress_data,
                 MpJsonStage          stage,
                 guint                done,
                 guint                total,
                 GError             **error)
{
  if (done % PROGRESS_STEP != 0 && done != total)
    return TRUE;

  if (progress != NULL)
    progress (stage, done, total, progress_data);

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* [ { "date", "name" } ], in the order of @days (sorted by day) */
static void
add_closed_days_array (JsonBuilder *builder,
                       GArray      *days)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < days->len; i++)
    {
      const MpClosedDay *day = &g_array_index (days, MpClosedDay, i);

      json_builder_begin_object (builder);
      add_date (builder, "date", &day->date);
      add_string (builder, "name", day->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "closed_days", unless there are none */
static void
add_closed_days (JsonBuilder *builder,
                 GArray      *days)
{
  if (days == NULL || days->len == 0)
    return;

  json_builder_set_member_name (builder, "closed_days");
  add_closed_days_array (builder, days);
}

static JsonNode *
build_document (MpStore             *store,
                GCancellable        *cancellable,
                MpJsonProgressFunc   progress,
                gpointer             progress_data,
                GError             **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) mentorships = NULL;
  g_autofree char *exported_at = format_instant (now);

  if (!mp_store_preload (store, error))
    return NULL;

  json_builder_begin_object (builder);
  add_string (builder, "format", MP_JSON_FORMAT);
  add_string (builder, "exported_at", exported_at);

  if (!add_programs (builder, store, error))
    return NULL;

  add_list (builder, "departments", mp_store_get_departments (store), department_cmp, department_fields);
  add_list (builder, "people", mp_store_get_people (store), person_cmp, person_fields);
  add_list (builder, "questions", mp_store_get_questions (store), question_cmp, question_fields);

  mentorships = sorted_items (mp_store_get_mentorships (store), mentorship_cmp);
  json_builder_set_member_name (builder, "mentorships");
  json_builder_begin_array (builder);
  if (!report_progress (cancellable, progress, progress_data, MP_JSON_STAGE_READING, 0, mentorships->len, error))
    return NULL;
  for (guint i = 0; i < mentorships->len; i++)
    {
      add_mentorship (builder, store, g_ptr_array_index (mentorships, i));
      if (!report_progress (cancellable, progress, progress_data, MP_JSON_STAGE_READING, i + 1, mentorships->len,
                            error))
        return NULL;
    }
  json_builder_end_array (builder);

  /* (left out when there are none, so that the file reads in versions before them) */
  add_closed_days (builder, mp_store_get_closed_days (store));

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* ------------------------------------------------------------------------------------------ */
/* Import: reading and checking the raw bytes                                                 */
/* ------------------------------------------------------------------------------------------ */

/* A refusal is one line of reasonable length (the command line prints it as one; a window
 * shows it in a banner), whatever text of the document, or of json-glib's own message, it
 * quotes: control characters and line separators become spaces, a long message is cut. */
#define MAX_MESSAGE_CHARS 400

static void
make_one_line (GError *error)
{
  g_autofree char *valid = g_utf8_make_valid (error->message, -1);
  GString *line = g_string_new (NULL);
  const char *p = valid;

  for (guint n = 0; *p != '\0' && n < MAX_MESSAGE_CHARS; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029)
        g_string_append_c (line, ' ');
      else
        g_string_append_unichar (line, c);
    }
  if (*p != '\0')
    g_string_append (line, "…");

  g_free (error->message);
  error->message = g_string_free (line, FALSE);
}

/* Line and column (from 1) of @offset, for messages about the raw text. */
static void
text_position (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

static void
set_text_error (GError     **error,
                int          code,
                const char  *data,
                gsize        offset,
                const char  *problem)
{
  guint line, column;

  text_position (data, offset, &line, &column);
  /* Translators: "$: <problem> (line 3, column 14)" */
  g_set_error (error, MP_JSON_ERROR, code, _("$: %s (line %u, column %u)"), problem, line, column);
}

/* Cheap checks before the (recursive) parser sees the text: NUL bytes, UTF-8, the depth of
 * nesting (brackets inside strings do not count), "\u0000" escapes, which json-glib would
 * silently turn into a cut-off string, and what json-glib lets through although it is not
 * JSON: raw control characters in strings, single-quoted strings, text after the document. */
static gboolean
check_text (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *nul, *end, *first;
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  gboolean root_closed = FALSE;
  guint depth = 0;

  /* Nothing but white space (a file saved blank) is empty too, not "expected an object" */
  for (first = data; first < data + length && g_ascii_isspace (*first); first++)
    ;
  if (first == data + length)
    {
      g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_PARSE, "$: %s", _("the file is empty"));
      return FALSE;
    }

  if (length > MP_JSON_MAX_FILE_SIZE)
    {
      g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_TOO_LARGE,
                   _("$: the document is larger than the %u MiB an exchange file may have"),
                   MP_JSON_MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* A file saved as UTF-16 or UTF-32 (a byte order mark, or a first character with a NUL
   * byte beside it): say so, rather than where its first NUL byte is */
  if (length >= 2 &&
      (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
       ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff) ||
       ((data[0] == '\0') != (data[1] == '\0'))))
    {
      g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_PARSE, "$: %s",
                   _("the file is written in UTF-16 or UTF-32, not UTF-8: save it again as UTF-8"));
      return FALSE;
    }

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      set_text_error (error, MP_JSON_ERROR_PARSE, data, nul - data, _("contains a NUL byte"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      set_text_error (error, MP_JSON_ERROR_PARSE, data, end - data, _("is not valid UTF-8 text"));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      /* JSON allows no raw control character in a string (json-glib lets them through). */
      if (in_string && (guchar) c < 0x20)
        {
          set_text_error (error, MP_JSON_ERROR_PARSE, data, i,
                          _("contains a control character in a string (not valid JSON)"));
          return FALSE;
        }

      /* One document: json-glib would silently ignore what follows it (two files run together). */
      if (root_closed)
        {
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
          set_text_error (error, MP_JSON_ERROR_PARSE, data, i, _("has more text after the end of the document"));
          return FALSE;
        }

      if (in_string)
        {
          if (escaped)
            {
              escaped = FALSE;
              if (c == 'u' && i + 4 < length && strncmp (data + i + 1, "0000", 4) == 0)
                {
                  set_text_error (error, MP_JSON_ERROR_PARSE, data, i - 1,
                                  _("contains a NUL character (\\u0000) in a string"));
                  return FALSE;
                }
            }
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '\'')
        {
          /* json-glib reads 'text' as a string; JSON has no such thing. */
          set_text_error (error, MP_JSON_ERROR_PARSE, data, i, _("has a single-quoted string (not valid JSON)"));
          return FALSE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > MP_JSON_MAX_DEPTH)
            {
              g_autofree char *problem =
                g_strdup_printf (_("is nested more than %d levels deep"), MP_JSON_MAX_DEPTH);

              set_text_error (error, MP_JSON_ERROR_PARSE, data, i, problem);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        root_closed = --depth == 0;
    }

  return TRUE;
}

/* Reads at most MP_JSON_MAX_FILE_SIZE bytes; refuses a larger file before reading it. */
static GBytes *
read_file (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  guint limit = MP_JSON_MAX_FILE_SIZE / (1024 * 1024);
  guint8 chunk[64 * 1024];

  {
    g_autoptr(GError) local_error = NULL;

    stream = g_file_read (file, NULL, &local_error);
    /* In the words of what the person did, not GLib's ("Error opening file …: Is a
     * directory"); the same code, for callers. */
    if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   /* Translators: %s is a folder */
                   _("“%s” is a folder: choose a file Mentoring exported (.json) in it"), path);
    else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
      /* Translators: %s is a file */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no file “%s”"), path);
    else if (local_error != NULL)
      g_propagate_error (error, g_steal_pointer (&local_error));
    if (stream == NULL)
      return NULL;
  }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > MP_JSON_MAX_FILE_SIZE)
    {
      g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_TOO_LARGE,
                   _("$: the file is larger than the %u MiB an exchange file may have"), limit);
      return NULL;
    }

  buffer = g_byte_array_sized_new (info != NULL ? (guint) g_file_info_get_size (info) : 0);

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      if (buffer->len + (gsize) n > MP_JSON_MAX_FILE_SIZE)
        {
          g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_TOO_LARGE,
                       _("$: the file is larger than the %u MiB an exchange file may have"), limit);
          return NULL;
        }

      g_byte_array_append (buffer, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* ------------------------------------------------------------------------------------------ */
/* Import: walking the parsed document                                                        */
/* ------------------------------------------------------------------------------------------ */

typedef enum
{
  ACTION_ADD,
  ACTION_UPDATE,
  ACTION_KEEP,
} Action;

typedef struct _Record Record;

struct _Record
{
  MpJsonKind  kind;
  Action      action;
  char       *path;        /* where it is in the document (owned) */
  GObject    *draft;       /* what gets written, and what later drafts refer to (owned) */
  GObject    *existing;    /* the stored object, or NULL (borrowed from the store) */
  Record     *mentorship;  /* for the history of a mentorship (borrowed) */
};

typedef struct
{
  MpStore     *store;

  /* Owned */
  GHashTable  *member_counts;       /* JsonObject * → members seen by the parser */
  GHashTable  *repeated_members;    /* JsonObject * → name of a member given twice */
  GPtrArray   *records;             /* Record *, in the order they are written */
  GHashTable  *by_key[MP_JSON_N_KINDS];  /* uuid (or mentorship/activity) → Record * */
  GHashTable  *unique;              /* "what\nvalue" → path, for names and logins */
  GString     *walk_path;

  /* Borrowed: cancelling stops the import within PROGRESS_STEP records (nothing written) */
  GCancellable       *cancellable;
  MpJsonProgressFunc  progress;
  gpointer            progress_data;
  guint               checked;      /* top-level records read */
  guint               n_to_check;

  GArray             *closed_days;  /* MpClosedDay: the database's with the file's, when they differ */
  GArray             *closed_days_found;  /* MpClosedDay: the database's, as they were read */
  guint               n_closed_days_changed;  /* days added or renamed: records to write */

  /* When the file is read, with the margins of another computer's clock and time zone:
   * what has not happened yet cannot be in it as done */
  GDateTime          *latest;   /* now, and a day */
  GDate               today;

  MpJsonImportSummary summary;
} Import;

/* Says where the import is, and stops it when cancelled (report_progress ()). */
static gboolean
import_step (Import       *import,
             MpJsonStage   stage,
             guint         done,
             guint         total,
             GError      **error)
{
  return report_progress (import->cancellable, import->progress, import->progress_data, stage, done, total, error);
}

static void
record_free (Record *record)
{
  g_clear_pointer (&record->path, g_free);
  g_clear_object (&record->draft);
  g_free (record);
}

static void
import_init (Import  *import,
             MpStore *store)
{
  memset (import, 0, sizeof *import);
  import->store = store;
  import->member_counts = g_hash_table_new (NULL, NULL);
  import->repeated_members = g_hash_table_new_full (NULL, NULL, (GDestroyNotify) json_object_unref, g_free);
  import->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  for (guint i = 0; i < MP_JSON_N_KINDS; i++)
    import->by_key[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->unique = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import->walk_path = g_string_new ("$");
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    import->latest = g_date_time_add_days (now, 1);
    import->today = mp_schedule_local_date (now, NULL);
  }
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->latest, g_date_time_unref);
  g_clear_pointer (&import->member_counts, g_hash_table_unref);
  g_clear_pointer (&import->repeated_members, g_hash_table_unref);
  for (guint i = 0; i < MP_JSON_N_KINDS; i++)
    g_clear_pointer (&import->by_key[i], g_hash_table_unref);
  g_clear_pointer (&import->records, g_ptr_array_unref);
  g_clear_pointer (&import->unique, g_hash_table_unref);
  g_clear_pointer (&import->closed_days, g_array_unref);
  g_clear_pointer (&import->closed_days_found, g_array_unref);
  if (import->walk_path != NULL)
    g_string_free (import->walk_path, TRUE);
  import->walk_path = NULL;
}

/* json-glib keeps the last of two members with the same name: notice it, by counting the
 * members of each open object. An object found with a repeated member is kept alive (a
 * reference), so that its address cannot be taken by another object before the walk. */
static void
on_parser_object_member_cb (JsonParser *parser,
                            JsonObject *object,
                            const char *member_name,
                            Import     *import)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (import->member_counts, object)) + 1;

  g_hash_table_insert (import->member_counts, object, GUINT_TO_POINTER (count));

  if (count > json_object_get_size (object) &&
      !g_hash_table_contains (import->repeated_members, object))
    g_hash_table_insert (import->repeated_members, json_object_ref (object), g_strdup (member_name));
}

static void
on_parser_object_end_cb (JsonParser *parser,
                         JsonObject *object,
                         Import     *import)
{
  g_hash_table_remove (import->member_counts, object);
}

static gboolean
is_identifier (const char *name)
{
  if (name[0] == '\0')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;

  return TRUE;
}

static void
append_member_path (GString    *path,
                    const char *name)
{
  if (is_identifier (name))
    g_string_append_printf (path, ".%s", name);
  else
    {
      g_autofree char *escaped = g_strescape (name, NULL);

      g_string_append_printf (path, "[\"%s\"]", escaped);
    }
}

static char *
member_path (const char *path,
             const char *name)
{
  GString *s = g_string_new (path);

  append_member_path (s, name);

  return g_string_free (s, FALSE);
}

static char *
index_path (const char *path,
            guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

static void
set_path_error (GError     **error,
                int          code,
                const char  *path,
                const char  *message)
{
  g_set_error (error, MP_JSON_ERROR, code, "%s: %s", path, message);
}

/* How many days apart the same instant may be dated in two time zones (UTC-12 and UTC+14
 * are 26 hours apart) */
#define DAYS_APART 2

/* A value that reads well but cannot be, at @path's member @name: FALSE */
static gboolean
refuse_member (GError     **error,
               const char  *path,
               const char  *name,
               const char  *message)
{
  g_autofree char *child = member_path (path, name);

  set_path_error (error, MP_JSON_ERROR_INVALID, child, message);

  return FALSE;
}

static gboolean
check_string_value (Import      *import,
                    const char  *value,
                    GError     **error)
{
  if (!g_utf8_validate (value, -1, NULL))
    {
      set_path_error (error, MP_JSON_ERROR_PARSE, import->walk_path->str,
                      _("is not valid UTF-8 text (a lone surrogate escape?)"));
      return FALSE;
    }

  /* "\u0007" and the like: text nobody types, which would garble a window or a printout. */
  for (const char *p = value; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        {
          g_autofree char *message = g_strdup_printf (_("contains the control character U+%04X"), (guint) (guchar) *p);

          set_path_error (error, MP_JSON_ERROR_INVALID, import->walk_path->str, message);
          return FALSE;
        }
    }

  if (strlen (value) > MP_JSON_MAX_STRING_BYTES)
    {
      g_autofree char *message = g_strdup_printf (_("is longer than the %u KiB a text may have"),
                                                  MP_JSON_MAX_STRING_BYTES / 1024);

      set_path_error (error, MP_JSON_ERROR_TOO_LARGE, import->walk_path->str, message);
      return FALSE;
    }

  return TRUE;
}

/* Every value of the document, once: members given twice, strings too long or not UTF-8
 * (json-glib turns a lone "\ud800" into invalid UTF-8). The depth is bounded by check_text. */
static gboolean
walk_node (Import    *import,
           JsonNode  *node,
           GError   **error)
{
  gsize saved = import->walk_path->len;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        const char *repeated = g_hash_table_lookup (import->repeated_members, object);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        if (repeated != NULL)
          {
            g_autofree char *message = NULL;

            if (!g_utf8_validate (repeated, -1, NULL))
              repeated = "?";
            message = g_strdup_printf (_("the member “%s” is given twice"), repeated);
            set_path_error (error, MP_JSON_ERROR_DUPLICATE, import->walk_path->str, message);
            return FALSE;
          }

        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            if (!g_utf8_validate (name, -1, NULL) || strlen (name) > MP_JSON_MAX_STRING_BYTES)
              {
                set_path_error (error, MP_JSON_ERROR_PARSE, import->walk_path->str,
                                _("has a member name that is not valid UTF-8 text or too long"));
                return FALSE;
              }

            append_member_path (import->walk_path, name);
            if (!walk_node (import, member, error))
              return FALSE;
            g_string_truncate (import->walk_path, saved);
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        for (guint i = 0; i < n; i++)
          {
            g_string_append_printf (import->walk_path, "[%u]", i);
            if (!walk_node (import, json_array_get_element (array, i), error))
              return FALSE;
            g_string_truncate (import->walk_path, saved);
          }
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          !check_string_value (import, json_node_get_string (node), error))
        return FALSE;
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Import: typed readers. Each takes the object, its path and the member name, and reports  */
/* errors at the member's path.                                                               */
/* ------------------------------------------------------------------------------------------ */

typedef enum
{
  OPTIONAL = 0,
  REQUIRED = 1 << 0,
} ReadFlags;

static gboolean
expect_object (JsonNode     *node,
               const char   *path,
               JsonObject  **object,
               GError      **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_path_error (error, MP_JSON_ERROR_INVALID, path, _("expected an object"));
      return FALSE;
    }

  *object = json_node_get_object (node);

  return TRUE;
}

static gboolean
check_members (JsonObject          *object,
               const char          *path,
               const char * const  *allowed,
               GError             **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *child = member_path (path, name);

          set_path_error (error, MP_JSON_ERROR_INVALID, child, _("unknown member"));
          return FALSE;
        }
    }

  return TRUE;
}

/* A missing member and null are the same: unset. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

static gboolean
missing (const char  *path,
         const char  *name,
         GError     **error)
{
  g_autofree char *child = member_path (path, name);

  set_path_error (error, MP_JSON_ERROR_INVALID, child, _("missing"));

  return FALSE;
}

/* Strings: "" reads as unset. */
static gboolean
read_string (JsonObject   *object,
             const char   *path,
             const char   *name,
             ReadFlags     flags,
             const char  **out,
             GError      **error)
{
  JsonNode *node = get_member (object, name);

  *out = NULL;

  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *child = member_path (path, name);

          set_path_error (error, MP_JSON_ERROR_INVALID, child, _("expected a string"));
          return FALSE;
        }

      *out = json_node_get_string (node);
      if ((*out)[0] == '\0' || ((flags & REQUIRED) != 0 && is_blank (*out)))
        *out = NULL;
    }

  if (*out == NULL && (flags & REQUIRED) != 0)
    {
      if (node != NULL)
        {
          g_autofree char *child = member_path (path, name);

          set_path_error (error, MP_JSON_ERROR_INVALID, child, _("must not be empty"));
          return FALSE;
        }

      return missing (path, name, error);
    }

  return TRUE;
}

static gboolean
read_bool (JsonObject  *object,
           const char  *path,
           const char  *name,
           gboolean     default_value,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = default_value;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *child = member_path (path, name);

      set_path_error (error, MP_JSON_ERROR_INVALID, child, _("expected true or false"));
      return FALSE;
    }

  *out = json_node_get_boolean (node);

  return TRUE;
}

static gboolean
read_int (JsonObject  *object,
          const char  *path,
          const char  *name,
          int          default_value,
          int          min,
          int          max,
          int         *out,
          GError     **error)
{
  JsonNode *node = get_member (object, name);
  gint64 value;

  *out = default_value;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      (value = json_node_get_int (node)) < min || value > max)
    {
      g_autofree char *child = member_path (path, name);
      g_autofree char *message = g_strdup_printf (_("expected a whole number from %d to %d"), min, max);

      set_path_error (error, MP_JSON_ERROR_INVALID, child, message);
      return FALSE;
    }

  *out = (int) value;

  return TRUE;
}

static gboolean
read_enum (JsonObject      *object,
           const char      *path,
           const char      *name,
           const EnumName  *names,
           ReadFlags        flags,
           int              default_value,
           int             *out,
           GError         **error)
{
  const char *text;

  *out = default_value;

  if (!read_string (object, path, name, flags, &text, error))
    return FALSE;

  if (text != NULL && !enum_from_name (names, text, out))
    {
      g_autofree char *child = member_path (path, name);
      g_autofree char *choices = enum_choices (names);
      g_autofree char *message = g_strdup_printf (_("expected one of %s"), choices);

      set_path_error (error, MP_JSON_ERROR_INVALID, child, message);
      return FALSE;
    }

  return TRUE;
}

/* @out is left invalid (cleared) when unset. */
static gboolean
read_date (JsonObject  *object,
           const char  *path,
           const char  *name,
           ReadFlags    flags,
           GDate       *out,
           GError     **error)
{
  const char *text;

  g_date_clear (out, 1);

  if (!read_string (object, path, name, flags, &text, error))
    return FALSE;

  if (text != NULL && !parse_date (text, out))
    {
      g_autofree char *child = member_path (path, name);
      g_autofree char *message =
        /* Translators: %1$s is what the file says; %2$d and %3$d, the first and last years */
        g_strdup_printf (_("“%1$s” is not a valid day (expected YYYY-MM-DD, from year %2$d to %3$d)"), text,
                         FIRST_YEAR, LAST_YEAR);

      set_path_error (error, MP_JSON_ERROR_INVALID, child, message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_instant (JsonObject  *object,
              const char  *path,
              const char  *name,
              ReadFlags    flags,
              GDateTime  **out,
              GError     **error)
{
  const char *text;

  *out = NULL;

  if (!read_string (object, path, name, flags, &text, error))
    return FALSE;

  if (text != NULL && (*out = parse_instant (text)) == NULL)
    {
      g_autofree char *child = member_path (path, name);
      g_autofree char *message =
        /* Translators: %1$s is what the file says; %2$d and %3$d, the first and last years */
        g_strdup_printf (_("“%1$s” is not a valid date and time (expected ISO 8601 such as "
                           "2026-01-31T14:00:00Z, from year %2$d to %3$d)"), text, FIRST_YEAR, LAST_YEAR);

      set_path_error (error, MP_JSON_ERROR_INVALID, child, message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_uuid (JsonObject  *object,
           const char  *path,
           const char  *name,
           ReadFlags    flags,
           char       **out,
           GError     **error)
{
  const char *text;

  *out = NULL;

  if (!read_string (object, path, name, flags, &text, error))
    return FALSE;

  if (text != NULL)
    {
      if (!g_uuid_string_is_valid (text))
        {
          g_autofree char *child = member_path (path, name);

          set_path_error (error, MP_JSON_ERROR_INVALID, child, _("not a UUID"));
          return FALSE;
        }

      *out = g_ascii_strdown (text, -1);
    }

  return TRUE;
}

static gboolean
read_array (JsonObject  *object,
            const char  *path,
            const char  *name,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *child = member_path (path, name);

      set_path_error (error, MP_JSON_ERROR_INVALID, child, _("expected an array"));
      return FALSE;
    }

  *out = json_node_get_array (node);

  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Import: records                                                                            */
/* ------------------------------------------------------------------------------------------ */

static gboolean
is_unchanged (FieldsFunc  fields,
              gpointer    draft,
              gpointer    existing)
{
  g_autofree char *a = fields_to_string (fields, draft);
  g_autofree char *b = fields_to_string (fields, existing);

  return g_str_equal (a, b);
}

/* A value that must be unique in the file (department names, logins, program versions, uuids). */
static gboolean
claim_unique (Import      *import,
              const char  *what,
              const char  *value,
              const char  *path,
              GError     **error)
{
  g_autofree char *key = g_strdup_printf ("%s\n%s", what, value);
  const char *first = g_hash_table_lookup (import->unique, key);

  if (first != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is given twice (first at %s)"), value, first);

      set_path_error (error, MP_JSON_ERROR_DUPLICATE, path, message);
      return FALSE;
    }

  g_hash_table_insert (import->unique, g_steal_pointer (&key), g_strdup (path));

  return TRUE;
}

/* Refuses a second record of @kind under @key (its uuid) */
static gboolean
check_key_once (Import      *import,
                MpJsonKind   kind,
                const char  *key,
                const char  *key_path,
                GError     **error)
{
  Record *first = g_hash_table_lookup (import->by_key[kind], key);

  if (first != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is given twice (first at %s)"), key, first->path);

      set_path_error (error, MP_JSON_ERROR_DUPLICATE, key_path, message);
      return FALSE;
    }

  return TRUE;
}

/* Registers a record under @key (the uuid of its kind), refusing a second one, and a uuid
 * another record of the file has. */
static gboolean
add_record_to_import (Import      *import,
                      MpJsonKind   kind,
                      const char  *key,
                      const char  *path,
                      const char  *key_path,
                      GObject     *draft,
                      GObject     *existing,
                      FieldsFunc   fields,
                      Record      *mentorship,
                      Record     **out,
                      GError     **error)
{
  Record *record;

  if (!check_key_once (import, kind, key, key_path, error))
    {
      g_object_unref (draft);
      return FALSE;
    }
  /* A uuid is one record's in the whole file: another list giving it again (a concern with a
   * meeting's) is a file made wrong. (An activity's key and an agreement's, its pair's uuid,
   * are no uuids of their own.) */
  if (kind != MP_JSON_KIND_ACTIVITY && kind != MP_JSON_KIND_AGREEMENT &&
      !claim_unique (import, "uuid", key, key_path, error))
    {
      g_object_unref (draft);
      return FALSE;
    }

  record = g_new0 (Record, 1);
  record->kind = kind;
  record->path = g_strdup (path);
  record->draft = draft;
  record->existing = existing;
  record->mentorship = mentorship;

  if (existing == NULL)
    record->action = ACTION_ADD;
  else if (fields != NULL && !is_unchanged (fields, draft, existing))
    record->action = ACTION_UPDATE;
  else
    record->action = ACTION_KEEP;

  switch (record->action)
    {
    case ACTION_ADD:
      import->summary.kinds[kind].added++;
      import->summary.total.added++;
      break;
    case ACTION_UPDATE:
      import->summary.kinds[kind].updated++;
      import->summary.total.updated++;
      break;
    case ACTION_KEEP:
    default:
      import->summary.kinds[kind].unchanged++;
      import->summary.total.unchanged++;
      break;
    }

  g_hash_table_insert (import->by_key[kind], g_strdup (key), record);
  g_ptr_array_add (import->records, record);

  if (out != NULL)
    *out = record;

  return TRUE;
}

static const char *
kind_noun (MpJsonKind kind)
{
  switch (kind)
    {
    case MP_JSON_KIND_PROGRAM:
      return _("program");
    case MP_JSON_KIND_DEPARTMENT:
      return _("department");
    case MP_JSON_KIND_PERSON:
      return _("person");
    case MP_JSON_KIND_MENTORSHIP:
      return _("mentorship");
    case MP_JSON_KIND_MEETING:
      return _("meeting");
    case MP_JSON_KIND_QUESTION:
    case MP_JSON_KIND_ACTIVITY:
    case MP_JSON_KIND_INTRODUCTION:
    case MP_JSON_KIND_AGREEMENT:
    case MP_JSON_KIND_CONCERN:
    case MP_JSON_KIND_FEEDBACK:
    case MP_JSON_N_KINDS:
    default:
      return _("record");
    }
}

static GObject *
lookup_stored (Import     *import,
               MpJsonKind  kind,
               const char *uuid)
{
  switch (kind)
    {
    case MP_JSON_KIND_PROGRAM:
      return (GObject *) mp_store_lookup_program (import->store, uuid);
    case MP_JSON_KIND_DEPARTMENT:
      return (GObject *) mp_store_lookup_department (import->store, uuid);
    case MP_JSON_KIND_PERSON:
      return (GObject *) mp_store_lookup_person (import->store, uuid);
    case MP_JSON_KIND_MENTORSHIP:
      return (GObject *) mp_store_lookup_mentorship (import->store, uuid);
    case MP_JSON_KIND_MEETING:
      return (GObject *) mp_store_lookup_meeting (import->store, uuid);
    case MP_JSON_KIND_QUESTION:
    case MP_JSON_KIND_ACTIVITY:
    case MP_JSON_KIND_INTRODUCTION:
    case MP_JSON_KIND_AGREEMENT:
    case MP_JSON_KIND_CONCERN:
    case MP_JSON_KIND_FEEDBACK:
    case MP_JSON_N_KINDS:
    default:
      return NULL;
    }
}

/* A reference by uuid: to a record of the file, or else to one in the database. */
static gboolean
read_reference (Import      *import,
                JsonObject  *object,
                const char  *path,
                const char  *name,
                MpJsonKind   kind,
                ReadFlags    flags,
                GObject    **out,
                Record     **out_record,
                GError     **error)
{
  g_autofree char *uuid = NULL;
  Record *record;

  *out = NULL;
  if (out_record != NULL)
    *out_record = NULL;

  if (!read_uuid (object, path, name, flags, &uuid, error))
    return FALSE;

  if (uuid == NULL)
    return TRUE;

  record = g_hash_table_lookup (import->by_key[kind], uuid);
  if (record != NULL)
    {
      /* An unchanged record: refer to the stored object itself (a program the file repeats
       * is the stored version, whatever the file says). */
      *out = record->action == ACTION_KEEP && record->existing != NULL ? record->existing : record->draft;
      if (out_record != NULL)
        *out_record = record;
      return TRUE;
    }

  *out = lookup_stored (import, kind, uuid);
  if (*out == NULL)
    {
      g_autofree char *child = member_path (path, name);
      /* Translators: "no person with uuid “…”" */
      g_autofree char *message = g_strdup_printf (_("no %s with uuid “%s”"), kind_noun (kind), uuid);

      set_path_error (error, MP_JSON_ERROR_REFERENCE, child, message);
      return FALSE;
    }

  return TRUE;
}

/* Lists: absent or an array of objects; @read is called with each object and its path. */
typedef gboolean (*ReadItemFunc) (Import      *import,
                                  JsonObject  *object,
                                  const char  *path,
                                  gpointer     user_data,
                                  GError     **error);

/* A record's path says where it is in the file; its name ("name" of a person, a department,
 * a program; "question") says which it is to whoever wrote it: added to the error. */
static void
name_record (JsonObject  *item,
             GError     **error)
{
  static const char * const members[] = { "name", "question" };
  GError *e = error != NULL ? *error : NULL;

  if (e == NULL || e->domain != MP_JSON_ERROR || strstr (e->message, "\n") != NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *node = json_object_get_member (item, members[i]);
      const char *text;
      g_autofree char *head = NULL;
      g_autofree char *shown = NULL;
      char *message;

      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      text = json_node_get_string (node);
      if (text == NULL || !g_utf8_validate (text, -1, NULL) || is_blank (text) || strpbrk (text, "\r\n") != NULL)
        continue;

      /* Not all of a long text: enough to find it (g_utf8_substring () wants that many) */
      if (g_utf8_strlen (text, -1) > 60)
        {
          head = g_utf8_substring (text, 0, 60);
          shown = g_strconcat (head, "…", NULL);
        }
      else
        shown = g_strdup (text);
      /* Translators: appended to an import error: "$.people[3].email: not an e-mail address
       * (the record of “Daniel Brooks”)" */
      message = g_strdup_printf (_("%s (the record of “%s”)"), e->message, shown);
      g_free (e->message);
      e->message = message;
      return;
    }
}

static gboolean
read_list (Import        *import,
           JsonObject    *object,
           const char    *path,
           const char    *name,
           ReadItemFunc   read,
           gpointer       user_data,
           GError       **error)
{
  g_autofree char *list_path = member_path (path, name);
  JsonArray *array;

  if (!read_array (object, path, name, &array, error))
    return FALSE;

  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = index_path (list_path, i);
      JsonObject *item;

      if (!expect_object (json_array_get_element (array, i), item_path, &item, error))
        return FALSE;
      if (!read (import, item, item_path, user_data, error))
        {
          name_record (item, error);
          return FALSE;
        }

      /* Counted in the document's own lists, a mentorship with its history as one. */
      if (g_str_equal (path, "$") &&
          !import_step (import, MP_JSON_STAGE_CHECKING, ++import->checked, import->n_to_check, error))
        return FALSE;
    }

  return TRUE;
}

/* The length of the list @name of @object, 0 when it is not one (read_list () says why). */
static guint
list_length (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;
}

/* Rewrites "$…" at the start of a template's error as "@prefix…". */
static void
prefix_template_error (GError     *error,
                       const char *prefix)
{
  if (error->message[0] == '$')
    {
      char *message = g_strconcat (prefix, error->message + 1, NULL);

      g_free (error->message);
      error->message = message;
    }
  else
    g_prefix_error (&error, "%s: ", prefix);
}

/* Drops the uuids of what @node holds (not its own) */
static void
drop_inner_uuids (JsonNode *node,
                  gboolean  inner)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = NULL;

      if (inner)
        json_object_remove_member (object, "uuid");
      members = json_object_get_values (object);
      for (GList *l = members; l != NULL; l = l->next)
        drop_inner_uuids (l->data, TRUE);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        drop_inner_uuids (json_array_get_element (array, i), TRUE);
    }
}

/* What a program says, as its template would write it, without the uuids of its phases and
 * activities: a template may leave those out, and each reading then makes new ones. */
static char *
program_content (MpProgram *program)
{
  g_autofree char *text = mp_program_to_json (program);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return g_steal_pointer (&text);
  drop_inner_uuids (json_parser_get_root (parser), FALSE);

  return json_to_string (json_parser_get_root (parser), FALSE);
}

static gboolean
read_program (Import      *import,
              JsonObject  *object,
              const char  *path,
              gpointer     user_data,
              GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  g_autofree char *version_path = member_path (path, "version");
  g_autofree char *version_key = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MpProgram) program = NULL;
  MpProgram *existing;

  if (!read_uuid (object, path, "uuid", REQUIRED, &uuid, error))
    return FALSE;

  program = mp_program_new_from_json (text, strlen (text), &local_error);
  if (program == NULL)
    {
      prefix_template_error (local_error, path);
      g_set_error_literal (error, MP_JSON_ERROR, MP_JSON_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  version_key = g_strdup_printf ("%s %d", mp_program_get_slug (program), mp_program_get_version (program));
  if (!claim_unique (import, "program", version_key, version_path, error))
    return FALSE;

  existing = mp_store_lookup_program (import->store, uuid);
  if (existing != NULL &&
      (g_strcmp0 (mp_program_get_slug (existing), mp_program_get_slug (program)) != 0 ||
       mp_program_get_version (existing) != mp_program_get_version (program)))
    {
      g_autofree char *message =
        g_strdup_printf (_("the database has this uuid for version %d of “%s”"),
                         mp_program_get_version (existing), mp_program_get_slug (existing));

      set_path_error (error, MP_JSON_ERROR_CONFLICT, uuid_path, message);
      return FALSE;
    }

  if (existing == NULL &&
      mp_store_lookup_program_version (import->store, mp_program_get_slug (program),
                                       mp_program_get_version (program)) != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("the database already has version %d of “%s”, with another uuid"),
                         mp_program_get_version (program), mp_program_get_slug (program));

      set_path_error (error, MP_JSON_ERROR_CONFLICT, version_path, message);
      return FALSE;
    }

  /* A program version never changes once stored: a known one is kept as it is, and one
   * changed in the file is refused rather than left out without a word. */
  if (existing != NULL)
    {
      g_autofree char *stored = program_content (existing);
      g_autofree char *read = program_content (program);

      if (g_strcmp0 (stored, read) != 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("differs from version %d of “%s” in the database, which never changes: a "
                               "changed program needs a version of its own"),
                             mp_program_get_version (existing), mp_program_get_slug (existing));

          set_path_error (error, MP_JSON_ERROR_CONFLICT, path, message);
          return FALSE;
        }
    }

  return add_record_to_import (import, MP_JSON_KIND_PROGRAM, uuid, path, uuid_path,
                               G_OBJECT (g_steal_pointer (&program)), G_OBJECT (existing),
                               NULL, NULL, NULL, error);
}

static gboolean
read_department (Import      *import,
                 JsonObject  *object,
                 const char  *path,
                 gpointer     user_data,
                 GError     **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  g_autofree char *name_path = member_path (path, "name");
  const char *name, *description, *ask_for;
  MpDepartment *existing;
  MpDepartment *same_name;
  MpDepartment *draft;

  if (!check_members (object, path, department_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_string (object, path, "name", REQUIRED, &name, error) ||
      !read_string (object, path, "description", OPTIONAL, &description, error) ||
      !read_string (object, path, "ask_for", OPTIONAL, &ask_for, error) ||
      !claim_unique (import, "department", name, name_path, error))
    return FALSE;

  existing = mp_store_lookup_department (import->store, uuid);
  same_name = mp_store_lookup_department_by_name (import->store, name);
  if (same_name != NULL && same_name != existing)
    {
      g_autofree char *message =
        g_strdup_printf (_("the database already has another department named “%s”"), name);

      set_path_error (error, MP_JSON_ERROR_CONFLICT, name_path, message);
      return FALSE;
    }

  if (existing != NULL)
    draft = mp_department_copy (existing);
  else
    draft = g_object_new (MP_TYPE_DEPARTMENT, "uuid", uuid, NULL);

  mp_department_set_name (draft, name);
  mp_department_set_description (draft, description);
  mp_department_set_ask_for (draft, ask_for);

  return add_record_to_import (import, MP_JSON_KIND_DEPARTMENT, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), department_fields,
                               NULL, NULL, error);
}

static gboolean
read_person (Import      *import,
             JsonObject  *object,
             const char  *path,
             gpointer     user_data,
             GError     **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  g_autofree char *login_path = member_path (path, "login");
  const char *name, *login, *email, *phone, *title;
  gboolean hr_admin, may_mentor, active;
  GObject *department;
  MpPerson *existing;
  MpPerson *draft;

  if (!check_members (object, path, person_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_string (object, path, "name", REQUIRED, &name, error) ||
      !read_string (object, path, "login", OPTIONAL, &login, error) ||
      !read_string (object, path, "email", OPTIONAL, &email, error) ||
      !read_string (object, path, "phone", OPTIONAL, &phone, error) ||
      !read_string (object, path, "title", OPTIONAL, &title, error) ||
      !read_reference (import, object, path, "department", MP_JSON_KIND_DEPARTMENT, OPTIONAL,
                       &department, NULL, error) ||
      !read_bool (object, path, "hr_admin", FALSE, &hr_admin, error) ||
      !read_bool (object, path, "may_mentor", FALSE, &may_mentor, error) ||
      !read_bool (object, path, "active", TRUE, &active, error))
    return FALSE;

  if (email != NULL && !is_email_address (email))
    {
      g_autofree char *email_path = member_path (path, "email");

      set_path_error (error, MP_JSON_ERROR_INVALID, email_path, _("not an e-mail address"));
      return FALSE;
    }

  /* (before its login is compared with the database's: the second record of a person there
   * would read as someone else holding the login) */
  if (!check_key_once (import, MP_JSON_KIND_PERSON, uuid, uuid_path, error))
    return FALSE;

  existing = mp_store_lookup_person (import->store, uuid);

  if (login != NULL && is_blank (login))
    {
      set_path_error (error, MP_JSON_ERROR_INVALID, login_path, _("must not be only spaces"));
      return FALSE;
    }

  if (login != NULL)
    {
      MpPerson *same_login = mp_store_lookup_person_by_login (import->store, login);

      if (!claim_unique (import, "login", login, login_path, error))
        return FALSE;

      if (same_login != NULL && same_login != existing)
        {
          g_autofree char *message =
            g_strdup_printf (_("the login “%s” belongs to %s in the database"),
                             login, mp_person_get_name (same_login));

          set_path_error (error, MP_JSON_ERROR_CONFLICT, login_path, message);
          return FALSE;
        }
    }

  if (existing != NULL)
    draft = mp_person_copy (existing);
  else
    draft = g_object_new (MP_TYPE_PERSON, "uuid", uuid, NULL);

  mp_person_set_name (draft, name);
  mp_person_set_login (draft, login);
  mp_person_set_email (draft, email);
  mp_person_set_phone (draft, phone);
  mp_person_set_title (draft, title);
  mp_person_set_department (draft, MP_DEPARTMENT (department));
  mp_person_set_is_hr_admin (draft, hr_admin);
  mp_person_set_may_mentor (draft, may_mentor);
  mp_person_set_active (draft, active);

  return add_record_to_import (import, MP_JSON_KIND_PERSON, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), person_fields,
                               NULL, NULL, error);
}

static gboolean
read_question (Import      *import,
               JsonObject  *object,
               const char  *path,
               gpointer     user_data,
               GError     **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  const char *question, *answer, *ask_whom;
  MpQuestion *existing;
  MpQuestion *draft;

  if (!check_members (object, path, question_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_string (object, path, "question", REQUIRED, &question, error) ||
      !read_string (object, path, "answer", OPTIONAL, &answer, error) ||
      !read_string (object, path, "ask_whom", OPTIONAL, &ask_whom, error))
    return FALSE;

  existing = mp_store_lookup_question (import->store, uuid);
  if (existing != NULL)
    draft = mp_question_copy (existing);
  else
    draft = g_object_new (MP_TYPE_QUESTION, "uuid", uuid, NULL);

  mp_question_set_question (draft, question);
  mp_question_set_answer (draft, answer);
  mp_question_set_ask_whom (draft, ask_whom);

  return add_record_to_import (import, MP_JSON_KIND_QUESTION, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), question_fields,
                               NULL, NULL, error);
}

/* For the history of a mentorship: a uuid known in the database must be of this mentorship. */
static gboolean
check_owner (MpMentorship  *owner,
             Record        *mentorship,
             const char    *uuid_path,
             GError       **error)
{
  if (owner != NULL &&
      g_strcmp0 (mp_mentorship_get_uuid (owner),
                 mp_mentorship_get_uuid (MP_MENTORSHIP (mentorship->draft))) != 0)
    {
      set_path_error (error, MP_JSON_ERROR_CONFLICT, uuid_path,
                      _("the database has this uuid in another mentorship"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_meeting (Import      *import,
              JsonObject  *object,
              const char  *path,
              gpointer     user_data,
              GError     **error)
{
  Record *mentorship = user_data;
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  g_autoptr(GDateTime) starts_at = NULL;
  const char *place;
  int duration, mode, status;
  gboolean informal;
  MpMeeting *existing;
  MpMeeting *draft;

  if (!check_members (object, path, meeting_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_instant (object, path, "starts_at", REQUIRED, &starts_at, error) ||
      !read_int (object, path, "duration_minutes", 60, 0, 1440, &duration, error) ||
      !read_enum (object, path, "mode", meeting_modes, OPTIONAL, MP_MEETING_MODE_IN_PERSON,
                  &mode, error) ||
      !read_enum (object, path, "status", meeting_statuses, REQUIRED, MP_MEETING_STATUS_SCHEDULED,
                  &status, error) ||
      !read_string (object, path, "place", OPTIONAL, &place, error) ||
      !read_bool (object, path, "informal", FALSE, &informal, error))
    return FALSE;

  /* (as the window that logs a meeting refuses one; a clock a little ahead is no future) */
  if (status == MP_MEETING_STATUS_HELD && g_date_time_compare (starts_at, import->latest) > 0)
    return refuse_member (error, path, "starts_at", _("a meeting held cannot be in the future"));

  existing = mp_store_lookup_meeting (import->store, uuid);
  if (existing != NULL && !check_owner (mp_meeting_get_mentorship (existing), mentorship, uuid_path, error))
    return FALSE;

  if (existing != NULL)
    draft = mp_meeting_copy (existing);
  else
    draft = g_object_new (MP_TYPE_MEETING, "uuid", uuid, NULL);

  mp_meeting_set_mentorship (draft, MP_MENTORSHIP (mentorship->draft));
  mp_meeting_set_starts_at (draft, starts_at);
  mp_meeting_set_duration_minutes (draft, duration);
  mp_meeting_set_mode (draft, mode);
  mp_meeting_set_status (draft, status);
  mp_meeting_set_place (draft, place);
  mp_meeting_set_informal (draft, informal);

  return add_record_to_import (import, MP_JSON_KIND_MEETING, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), meeting_fields,
                               mentorship, NULL, error);
}

/* What the windows refuse of an activity: done without a day, or on a day to come; not
 * applicable when the program does not make it optional; an HR follow-up (a day or a note)
 * on an activity that has none in the program, or on a day to come. (A follow-up may be
 * older than the day done, or on an activity not done: the mentor ticked it again, or
 * off, after HR followed up. A day in the file may be up to DAYS_APART later than here,
 * written in a time zone ahead of this one.) */
static gboolean
check_activity_days (Import       *import,
                     const char   *path,
                     MpProgram    *program,
                     const char   *activity_id,
                     int           state,
                     const GDate  *done_on,
                     const GDate  *hr_followed_up_on,
                     const char   *hr_note,
                     GError      **error)
{
  MpActivity *activity = program != NULL ? mp_program_lookup_activity (program, activity_id) : NULL;
  gboolean followed_up = g_date_valid (hr_followed_up_on) || !mp_text_is_blank (hr_note);
  GDate latest = import->today;

  g_date_add_days (&latest, DAYS_APART);

  if (state == MP_ACTIVITY_STATE_DONE && !g_date_valid (done_on))
    return refuse_member (error, path, "done_on", _("a done activity has the day it was done"));
  if (g_date_valid (done_on) && g_date_compare (done_on, &latest) > 0)
    return refuse_member (error, path, "done_on", _("is a day to come"));
  if (state == MP_ACTIVITY_STATE_NOT_APPLICABLE && activity != NULL && !mp_activity_get_optional (activity))
    return refuse_member (error, path, "state", _("only an optional activity can be not applicable"));
  if (followed_up && activity != NULL && !mp_activity_get_hr_follow_up (activity))
    return refuse_member (error, path, g_date_valid (hr_followed_up_on) ? "hr_followed_up_on" : "hr_note",
                          _("this activity has no follow-up with HR"));
  if (g_date_valid (hr_followed_up_on) && g_date_compare (hr_followed_up_on, &latest) > 0)
    return refuse_member (error, path, "hr_followed_up_on", _("is a day to come"));

  return TRUE;
}

static gboolean
read_activity (Import      *import,
               JsonObject  *object,
               const char  *path,
               gpointer     user_data,
               GError     **error)
{
  Record *mentorship = user_data;
  MpMentorship *draft_mentorship = MP_MENTORSHIP (mentorship->draft);
  MpProgram *program = mp_mentorship_get_program (draft_mentorship);
  g_autofree char *activity_path = member_path (path, "activity");
  g_autofree char *meeting_path = member_path (path, "meeting");
  g_autofree char *key = NULL;
  const char *activity_id, *hr_note;
  int state;
  GDate done_on, hr_followed_up_on;
  GObject *meeting;
  Record *meeting_record;
  MpActivityProgress *existing = NULL;
  MpActivityProgress *draft;

  if (!check_members (object, path, activity_members, error) ||
      !read_string (object, path, "activity", REQUIRED, &activity_id, error) ||
      !read_enum (object, path, "state", activity_states, REQUIRED, MP_ACTIVITY_STATE_PENDING,
                  &state, error) ||
      !read_date (object, path, "done_on", OPTIONAL, &done_on, error) ||
      !read_reference (import, object, path, "meeting", MP_JSON_KIND_MEETING, OPTIONAL,
                       &meeting, &meeting_record, error) ||
      !read_date (object, path, "hr_followed_up_on", OPTIONAL, &hr_followed_up_on, error) ||
      !read_string (object, path, "hr_note", OPTIONAL, &hr_note, error))
    return FALSE;

  if (program != NULL && mp_program_lookup_activity (program, activity_id) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("the program “%s” has no activity “%s”"),
                         mp_program_get_name (program), activity_id);

      set_path_error (error, MP_JSON_ERROR_REFERENCE, activity_path, message);
      return FALSE;
    }

  if (state != MP_ACTIVITY_STATE_DONE && (g_date_valid (&done_on) || meeting != NULL))
    return refuse_member (error, path, g_date_valid (&done_on) ? "done_on" : "meeting",
                          _("only a done activity has a date and a meeting"));

  if (!check_activity_days (import, path, program, activity_id, state, &done_on, &hr_followed_up_on,
                            hr_note, error))
    return FALSE;

  if (meeting != NULL)
    {
      MpMentorship *owner = meeting_record != NULL
        ? MP_MENTORSHIP (meeting_record->mentorship->draft)
        : mp_meeting_get_mentorship (MP_MEETING (meeting));

      if (owner == NULL ||
          g_strcmp0 (mp_mentorship_get_uuid (owner), mp_mentorship_get_uuid (draft_mentorship)) != 0)
        {
          set_path_error (error, MP_JSON_ERROR_REFERENCE, meeting_path,
                          _("this meeting belongs to another mentorship"));
          return FALSE;
        }
    }

  if (mentorship->existing != NULL)
    existing = mp_store_lookup_activity_progress (import->store, MP_MENTORSHIP (mentorship->existing),
                                                  activity_id);

  if (existing != NULL)
    draft = mp_activity_progress_copy (existing);
  else
    {
      draft = g_object_new (MP_TYPE_ACTIVITY_PROGRESS, NULL);
      mp_activity_progress_set_activity_id (draft, activity_id);
    }

  mp_activity_progress_set_mentorship (draft, draft_mentorship);
  mp_activity_progress_set_state (draft, state);
  mp_activity_progress_set_done_on (draft, &done_on);
  mp_activity_progress_set_meeting (draft, MP_MEETING (meeting));
  mp_activity_progress_set_hr_followed_up_on (draft, &hr_followed_up_on);
  mp_activity_progress_set_hr_note (draft, hr_note);

  key = g_strdup_printf ("%s/%s", mp_mentorship_get_uuid (draft_mentorship), activity_id);

  return add_record_to_import (import, MP_JSON_KIND_ACTIVITY, key, path, activity_path,
                               G_OBJECT (draft), G_OBJECT (existing), activity_fields,
                               mentorship, NULL, error);
}

static gboolean
read_introduction (Import      *import,
                   JsonObject  *object,
                   const char  *path,
                   gpointer     user_data,
                   GError     **error)
{
  Record *mentorship = user_data;
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  const char *colleague, *where;
  GObject *colleague_person;
  gboolean possible_mentor;
  GDate on;
  MpIntroduction *existing;
  MpIntroduction *draft;

  if (!check_members (object, path, introduction_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_string (object, path, "colleague", REQUIRED, &colleague, error) ||
      !read_reference (import, object, path, "colleague_person", MP_JSON_KIND_PERSON, OPTIONAL,
                       &colleague_person, NULL, error) ||
      !read_string (object, path, "where", OPTIONAL, &where, error) ||
      !read_date (object, path, "on", OPTIONAL, &on, error) ||
      !read_bool (object, path, "possible_mentor", FALSE, &possible_mentor, error))
    return FALSE;

  existing = mp_store_lookup_introduction (import->store, uuid);
  if (existing != NULL &&
      !check_owner (mp_introduction_get_mentorship (existing), mentorship, uuid_path, error))
    return FALSE;

  if (existing != NULL)
    draft = mp_introduction_copy (existing);
  else
    draft = g_object_new (MP_TYPE_INTRODUCTION, "uuid", uuid, NULL);

  mp_introduction_set_mentorship (draft, MP_MENTORSHIP (mentorship->draft));
  mp_introduction_set_colleague (draft, colleague);
  mp_introduction_set_colleague_person (draft, MP_PERSON (colleague_person));
  mp_introduction_set_where (draft, where);
  mp_introduction_set_on (draft, &on);
  /* (absent from a file of an earlier version: a stored introduction keeps its own) */
  if (json_object_has_member (object, "possible_mentor") || existing == NULL)
    mp_introduction_set_possible_mentor (draft, possible_mentor);

  return add_record_to_import (import, MP_JSON_KIND_INTRODUCTION, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), introduction_fields,
                               mentorship, NULL, error);
}

static gboolean
read_concern (Import      *import,
              JsonObject  *object,
              const char  *path,
              gpointer     user_data,
              GError     **error)
{
  Record *mentorship = user_data;
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  g_autoptr(GDateTime) raised_at = NULL;
  g_autoptr(GDateTime) answered_at = NULL;
  GDate needed_by;
  int status;
  MpConcern *existing;
  MpConcern *draft;

  if (!check_members (object, path, concern_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_instant (object, path, "raised_at", REQUIRED, &raised_at, error) ||
      !read_date (object, path, "needed_by", OPTIONAL, &needed_by, error) ||
      !read_enum (object, path, "status", concern_statuses, REQUIRED, MP_CONCERN_STATUS_OPEN,
                  &status, error) ||
      !read_instant (object, path, "answered_at", OPTIONAL, &answered_at, error))
    return FALSE;

  if (answered_at != NULL && g_date_time_compare (answered_at, raised_at) < 0)
    return refuse_member (error, path, "answered_at", _("is before the concern was raised"));

  if (g_date_time_compare (raised_at, import->latest) > 0)
    return refuse_member (error, path, "raised_at", _("is in the future"));

  /* The day it was raised here, or up to two days earlier where it was raised (time zones
   * are up to 26 hours apart) */
  if (g_date_valid (&needed_by))
    {
      GDate earliest = mp_schedule_local_date (raised_at, NULL);

      g_date_subtract_days (&earliest, DAYS_APART);
      if (g_date_compare (&needed_by, &earliest) < 0)
        return refuse_member (error, path, "needed_by", _("is before the concern was raised"));
    }

  existing = mp_store_lookup_concern (import->store, uuid);
  if (existing != NULL && !check_owner (mp_concern_get_mentorship (existing), mentorship, uuid_path, error))
    return FALSE;

  /* Subject, text and answer are never in the file: a stored concern keeps its own, a new
   * one says where they are. */
  if (existing != NULL)
    draft = mp_concern_copy (existing);
  else
    {
      draft = g_object_new (MP_TYPE_CONCERN, "uuid", uuid, NULL);
      mp_concern_set_subject (draft, _("(Subject not exported)"));
    }

  /* ...and the store keeps what it has of them, sealed or not (mp-store.c, write_concern ());
   * only a new one's placeholder may be written as it is */
  _mp_concern_set_unreadable (draft, _MP_CONCERN_UNREADABLE_BODY | _MP_CONCERN_UNREADABLE_ANSWER |
                                       (existing == NULL ? _MP_CONCERN_PLACEHOLDERS : 0));
  mp_concern_set_mentorship (draft, MP_MENTORSHIP (mentorship->draft));
  mp_concern_set_raised_at (draft, raised_at);
  mp_concern_set_needed_by (draft, &needed_by);
  mp_concern_set_status (draft, status);
  mp_concern_set_answered_at (draft, answered_at);

  return add_record_to_import (import, MP_JSON_KIND_CONCERN, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), concern_fields,
                               mentorship, NULL, error);
}

static gboolean
read_feedback (Import      *import,
               JsonObject  *object,
               const char  *path,
               gpointer     user_data,
               GError     **error)
{
  Record *mentorship = user_data;
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  g_autoptr(GDateTime) submitted_at = NULL;
  int role, program_rating, meetings_rating, usefulness_rating;
  MpFeedback *existing;
  MpFeedback *draft;

  if (!check_members (object, path, feedback_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_enum (object, path, "role", feedback_roles, REQUIRED, MP_FEEDBACK_ROLE_EMPLOYEE,
                  &role, error) ||
      !read_int (object, path, "program_rating", 0, 0, 5, &program_rating, error) ||
      !read_int (object, path, "meetings_rating", 0, 0, 5, &meetings_rating, error) ||
      !read_int (object, path, "usefulness_rating", 0, 0, 5, &usefulness_rating, error) ||
      !read_instant (object, path, "submitted_at", OPTIONAL, &submitted_at, error))
    return FALSE;

  existing = mp_store_lookup_feedback (import->store, uuid);
  if (existing != NULL && !check_owner (mp_feedback_get_mentorship (existing), mentorship, uuid_path, error))
    return FALSE;

  /* The comment and the ratings are never taken from the file (an older export holds the
   * ratings: checked above, then ignored): a stored feedback keeps its own, a new one has
   * none. */
  if (existing != NULL)
    draft = mp_feedback_copy (existing);
  else
    draft = g_object_new (MP_TYPE_FEEDBACK, "uuid", uuid, NULL);

  mp_feedback_set_mentorship (draft, MP_MENTORSHIP (mentorship->draft));
  mp_feedback_set_role (draft, role);
  mp_feedback_set_submitted_at (draft, submitted_at);

  return add_record_to_import (import, MP_JSON_KIND_FEEDBACK, uuid, path, uuid_path,
                               G_OBJECT (draft), G_OBJECT (existing), feedback_fields,
                               mentorship, NULL, error);
}

static gboolean
read_agreement (Import      *import,
                JsonObject  *parent,
                const char  *parent_path,
                Record      *mentorship,
                GError     **error)
{
  g_autofree char *path = member_path (parent_path, "agreement");
  JsonNode *node = get_member (parent, "agreement");
  const char *best_days, *channels;
  GDate agreed_on;
  JsonObject *object;
  MpAgreement *existing = NULL;
  MpAgreement *draft;

  if (node == NULL)
    return TRUE;

  if (!expect_object (node, path, &object, error) ||
      !check_members (object, path, agreement_members, error) ||
      !read_string (object, path, "best_days", OPTIONAL, &best_days, error) ||
      !read_string (object, path, "channels", OPTIONAL, &channels, error) ||
      !read_date (object, path, "agreed_on", OPTIONAL, &agreed_on, error))
    return FALSE;

  if (mentorship->existing != NULL)
    existing = mp_store_get_agreement (import->store, MP_MENTORSHIP (mentorship->existing));

  /* The expectations are never in the file: a stored agreement keeps its own. */
  if (existing != NULL)
    draft = mp_agreement_copy (existing);
  else
    draft = g_object_new (MP_TYPE_AGREEMENT, NULL);

  mp_agreement_set_mentorship (draft, MP_MENTORSHIP (mentorship->draft));
  mp_agreement_set_best_days (draft, best_days);
  mp_agreement_set_channels (draft, channels);
  mp_agreement_set_agreed_on (draft, &agreed_on);

  return add_record_to_import (import, MP_JSON_KIND_AGREEMENT,
                               mp_mentorship_get_uuid (MP_MENTORSHIP (mentorship->draft)),
                               path, path, G_OBJECT (draft), G_OBJECT (existing), agreement_fields,
                               mentorship, NULL, error);
}

static gboolean
read_mentorship (Import      *import,
                 JsonObject  *object,
                 const char  *path,
                 gpointer     user_data,
                 GError     **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *uuid_path = member_path (path, "uuid");
  const char *end_reason;
  GObject *mentor, *employee, *program;
  GDate start_date, ended_on, paired_on;
  int status;
  MpMentorship *existing;
  MpMentorship *draft;
  Record *record;

  if (!check_members (object, path, mentorship_members, error) ||
      !read_uuid (object, path, "uuid", REQUIRED, &uuid, error) ||
      !read_reference (import, object, path, "mentor", MP_JSON_KIND_PERSON, REQUIRED,
                       &mentor, NULL, error) ||
      !read_reference (import, object, path, "employee", MP_JSON_KIND_PERSON, REQUIRED,
                       &employee, NULL, error) ||
      !read_reference (import, object, path, "program", MP_JSON_KIND_PROGRAM, REQUIRED,
                       &program, NULL, error) ||
      !read_date (object, path, "start_date", REQUIRED, &start_date, error) ||
      !read_enum (object, path, "status", mentorship_statuses, REQUIRED,
                  MP_MENTORSHIP_STATUS_ACTIVE, &status, error) ||
      !read_string (object, path, "end_reason", OPTIONAL, &end_reason, error) ||
      !read_date (object, path, "ended_on", OPTIONAL, &ended_on, error) ||
      !read_date (object, path, "paired_on", OPTIONAL, &paired_on, error))
    return FALSE;

  if (g_strcmp0 (mp_person_get_uuid (MP_PERSON (mentor)), mp_person_get_uuid (MP_PERSON (employee))) == 0)
    {
      g_autofree char *employee_path = member_path (path, "employee");

      set_path_error (error, MP_JSON_ERROR_INVALID, employee_path, _("is also the mentor"));
      return FALSE;
    }

  if (g_date_valid (&ended_on) && g_date_compare (&ended_on, &start_date) < 0)
    {
      g_autofree char *ended_path = member_path (path, "ended_on");

      set_path_error (error, MP_JSON_ERROR_INVALID, ended_path, _("is before the start date"));
      return FALSE;
    }

  if (g_date_valid (&ended_on) && status == MP_MENTORSHIP_STATUS_ACTIVE)
    return refuse_member (error, path, "ended_on", _("a mentorship still active has not ended"));

  /* As the windows end a mentorship: always on a day, early with a reason, completed with
   * none (an archived one with a reason ended early: mp_mentorship_ended_early ()) */
  if (!g_date_valid (&ended_on) && status != MP_MENTORSHIP_STATUS_ACTIVE)
    return refuse_member (error, path, "ended_on", _("a mentorship that has ended has the day it ended"));
  if (status == MP_MENTORSHIP_STATUS_ENDED_EARLY && mp_text_is_blank (end_reason))
    return refuse_member (error, path, "end_reason", _("a mentorship that ended early says why"));
  if ((status == MP_MENTORSHIP_STATUS_ACTIVE || status == MP_MENTORSHIP_STATUS_COMPLETED) &&
      !mp_text_is_blank (end_reason))
    return refuse_member (error, path, "end_reason", _("only a mentorship that ended early has an end reason"));

  existing = mp_store_lookup_mentorship (import->store, uuid);
  if (existing != NULL)
    draft = mp_mentorship_copy (existing);
  else
    draft = g_object_new (MP_TYPE_MENTORSHIP, "uuid", uuid, NULL);

  mp_mentorship_set_mentor (draft, MP_PERSON (mentor));
  mp_mentorship_set_employee (draft, MP_PERSON (employee));
  mp_mentorship_set_program (draft, MP_PROGRAM (program));
  mp_mentorship_set_start_date (draft, &start_date);
  mp_mentorship_set_status (draft, status);
  mp_mentorship_set_end_reason (draft, end_reason);
  mp_mentorship_set_ended_on (draft, &ended_on);
  /* A file written before the day was kept has none: a stored pairing keeps its own. */
  if (g_date_valid (&paired_on))
    mp_mentorship_set_paired_on (draft, &paired_on);

  if (!add_record_to_import (import, MP_JSON_KIND_MENTORSHIP, uuid, path, uuid_path,
                             G_OBJECT (draft), G_OBJECT (existing), mentorship_fields,
                             NULL, &record, error))
    return FALSE;

  /* Meetings before activities and feedback, which may refer to them. */
  return read_agreement (import, object, path, record, error) &&
         read_list (import, object, path, "meetings", read_meeting, record, error) &&
         read_list (import, object, path, "activities", read_activity, record, error) &&
         read_list (import, object, path, "introductions", read_introduction, record, error) &&
         read_list (import, object, path, "concerns", read_concern, record, error) &&
         read_list (import, object, path, "feedback", read_feedback, record, error);
}

/* "closed_days": merged by day into the database's (a day there gets the file's name, a day
 * only the database has stays), each checked as HR's editor checks them; kept to be written
 * when the file adds or renames one. */
static gboolean
read_closed_days (Import      *import,
                  JsonObject  *root,
                  GError     **error)
{
  g_autoptr(GArray) merged = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) index_of = NULL;   /* julian → 1 + its index in merged */
  g_autofree char *problem = NULL;
  MpJsonCounts *counts = &import->summary.kinds[MP_JSON_KIND_CLOSED_DAY];
  guint changed = 0;
  JsonArray *array;

  if (!read_array (root, "$", "closed_days", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  /* (refused before it is read: a file may hold hundreds of thousands) */
  if (json_array_get_length (array) > MP_CLOSED_DAYS_MAX)
    {
      g_autofree char *message = g_strdup_printf (_("At most %d closed days are kept."), MP_CLOSED_DAYS_MAX);

      set_path_error (error, MP_JSON_ERROR_INVALID, "$.closed_days", message);
      return FALSE;
    }

  merged = mp_closed_days_copy (mp_store_get_closed_days (import->store));
  seen = g_hash_table_new (NULL, NULL);
  index_of = g_hash_table_new (NULL, NULL);
  for (guint j = 0; j < merged->len; j++)
    g_hash_table_insert (index_of, GUINT_TO_POINTER (g_date_get_julian (&g_array_index (merged, MpClosedDay, j).date)),
                         GUINT_TO_POINTER (j + 1));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = index_path ("$.closed_days", i);
      g_autofree char *date_path = member_path (item_path, "date");
      g_autoptr(GArray) one = mp_closed_days_new ();
      g_autofree char *item_problem = NULL;
      MpClosedDay *there = NULL;
      guint there_index;
      JsonObject *item;
      const char *name;
      GDate date;

      if (!expect_object (json_array_get_element (array, i), item_path, &item, error) ||
          !check_members (item, item_path, closed_day_members, error) ||
          !read_date (item, item_path, "date", REQUIRED, &date, error) ||
          !read_string (item, item_path, "name", REQUIRED, &name, error))
        return FALSE;

      /* (a name on two lines, or too long) */
      mp_closed_days_add (one, &date, name);
      if (!mp_closed_days_check (one, &item_problem))
        {
          set_path_error (error, MP_JSON_ERROR_INVALID, item_path, item_problem);
          return FALSE;
        }
      if (!g_hash_table_add (seen, GUINT_TO_POINTER (g_date_get_julian (&date))))
        {
          set_path_error (error, MP_JSON_ERROR_DUPLICATE, date_path, _("the same day is given twice"));
          return FALSE;
        }
      /* (days the database holds in a form this version cannot read, a newer version's, are
       * left as they are: the file's are checked, not merged, and the rest of it imported) */
      if (!mp_store_get_closed_days_readable (import->store))
        continue;

      there_index = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, GUINT_TO_POINTER (g_date_get_julian (&date))));
      if (there_index > 0)
        there = &g_array_index (merged, MpClosedDay, there_index - 1);

      if (there == NULL)
        {
          mp_closed_days_add (merged, &date, name);
          g_hash_table_insert (index_of, GUINT_TO_POINTER (g_date_get_julian (&date)), GUINT_TO_POINTER (merged->len));
          counts->added++;
          import->summary.total.added++;
          changed++;
        }
      else if (g_strcmp0 (there->name, name) != 0)
        {
          g_free (there->name);
          there->name = g_strdup (name);
          counts->updated++;
          import->summary.total.updated++;
          changed++;
        }
      else
        {
          counts->unchanged++;
          import->summary.total.unchanged++;
        }
    }

  mp_closed_days_sort (merged);
  /* (more days than are kept, with the database's) */
  if (!mp_closed_days_check (merged, &problem))
    {
      set_path_error (error, MP_JSON_ERROR_INVALID, "$.closed_days", problem);
      return FALSE;
    }
  if (changed > 0)
    {
      import->closed_days = g_steal_pointer (&merged);
      import->closed_days_found = mp_closed_days_copy (mp_store_get_closed_days (import->store));
    }
  import->n_closed_days_changed = changed;

  return TRUE;
}

static gboolean
read_document (Import      *import,
               JsonNode    *root,
               GError     **error)
{
  JsonObject *object;
  JsonNode *format;
  g_autoptr(GDateTime) exported_at = NULL;

  if (!expect_object (root, "$", &object, error))
    return FALSE;

  /* The version first: a newer file is refused as such, not for its new members. */
  format = get_member (object, "format");
  if (format == NULL)
    return missing ("$", "format", error);

  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING)
    {
      g_autofree char *message = g_strdup_printf (_("expected \"%s\""), MP_JSON_FORMAT);

      set_path_error (error, MP_JSON_ERROR_UNSUPPORTED_VERSION, "$.format", message);
      return FALSE;
    }

  if (!g_str_equal (json_node_get_string (format), MP_JSON_FORMAT))
    {
      const char *found = json_node_get_string (format);
      g_autofree char *message = NULL;

      if (g_utf8_validate (found, -1, NULL) && strlen (found) <= 64)
        message = g_strdup_printf (_("expected \"%s\", not \"%s\" (a file of another program or of a "
                                     "newer version of Mentoring)"), MP_JSON_FORMAT, found);
      else
        message = g_strdup_printf (_("expected \"%s\""), MP_JSON_FORMAT);

      set_path_error (error, MP_JSON_ERROR_UNSUPPORTED_VERSION, "$.format", message);
      return FALSE;
    }

  if (!walk_node (import, root, error) ||
      !check_members (object, "$", root_members, error) ||
      !read_instant (object, "$", "exported_at", OPTIONAL, &exported_at, error))
    return FALSE;

  import->n_to_check = list_length (object, "programs") + list_length (object, "departments") +
                       list_length (object, "people") + list_length (object, "questions") +
                       list_length (object, "mentorships");
  if (!import_step (import, MP_JSON_STAGE_CHECKING, 0, import->n_to_check, error))
    return FALSE;

  return read_list (import, object, "$", "programs", read_program, NULL, error) &&
         read_list (import, object, "$", "departments", read_department, NULL, error) &&
         read_list (import, object, "$", "people", read_person, NULL, error) &&
         read_list (import, object, "$", "questions", read_question, NULL, error) &&
         read_list (import, object, "$", "mentorships", read_mentorship, NULL, error) &&
         read_closed_days (import, object, error);
}

/* ------------------------------------------------------------------------------------------ */
/* Import: writing                                                                            */
/* ------------------------------------------------------------------------------------------ */

static gboolean
write_record (Import   *import,
              Record   *record,
              GError  **error)
{
  MpStore *store = import->store;
  gboolean ok = FALSE;

  switch (record->kind)
    {
    case MP_JSON_KIND_PROGRAM:
      ok = mp_store_ensure_program (store, MP_PROGRAM (record->draft), error) != NULL;
      break;

    case MP_JSON_KIND_DEPARTMENT:
      ok = mp_store_save_department (store, MP_DEPARTMENT (record->draft), error);
      break;

    case MP_JSON_KIND_PERSON:
      ok = mp_store_save_person (store, MP_PERSON (record->draft), error);
      break;

    case MP_JSON_KIND_QUESTION:
      ok = mp_store_save_question (store, MP_QUESTION (record->draft), error);
      break;

    case MP_JSON_KIND_MENTORSHIP:
      if (record->action == ACTION_ADD)
        ok = mp_store_create_mentorship (store, MP_MENTORSHIP (record->draft), error);
      else
        ok = mp_store_save_mentorship (store, MP_MENTORSHIP (record->draft), error);
      break;

    case MP_JSON_KIND_MEETING:
      ok = mp_store_save_meeting (store, MP_MEETING (record->draft), error);
      break;

    case MP_JSON_KIND_ACTIVITY:
      ok = mp_store_save_activity_progress (store, MP_ACTIVITY_PROGRESS (record->draft), error);
      break;

    case MP_JSON_KIND_INTRODUCTION:
      ok = mp_store_save_introduction (store, MP_INTRODUCTION (record->draft), error);
      break;

    case MP_JSON_KIND_AGREEMENT:
      ok = mp_store_save_agreement (store, MP_AGREEMENT (record->draft), error);
      break;

    case MP_JSON_KIND_CONCERN:
      ok = mp_store_save_concern (store, MP_CONCERN (record->draft), error);
      break;

    case MP_JSON_KIND_FEEDBACK:
      ok = mp_store_save_feedback (store, MP_FEEDBACK (record->draft), error);
      break;

    case MP_JSON_N_KINDS:
    default:
      g_assert_not_reached ();
    }

  if (!ok && error != NULL && *error != NULL)
    g_prefix_error (error, "%s: ", record->path);

  return ok;
}

/* @mentorship's mentor and employee, by uuid, as in a pairing then active */
static void
add_working (GHashTable   *working,
             MpMentorship *mentorship)
{
  g_hash_table_insert (working, (gpointer) mp_person_get_uuid (mp_mentorship_get_mentor (mentorship)), mentorship);
  g_hash_table_insert (working, (gpointer) mp_person_get_uuid (mp_mentorship_get_employee (mentorship)), mentorship);
}

/* Someone inactive once the file is in must not be in a pairing then active, when the file
 * changes either: the store refuses it at the commit, naming them but no record; said here
 * instead, at the person's "active" or the pairing's "mentor" or "employee", as every other
 * refusal. (A draft pairing's people are the file's drafts, or the stored people.) */
static gboolean
check_people_working (Import  *import,
                      GError **error)
{
  g_autoptr(GHashTable) working = g_hash_table_new (g_str_hash, g_str_equal);  /* person uuid → pairing */
  GListModel *stored = mp_store_get_mentorships (import->store);

  for (guint i = 0; i < import->records->len; i++)
    {
      Record *record = g_ptr_array_index (import->records, i);
      MpMentorship *mentorship;

      if (record->kind != MP_JSON_KIND_MENTORSHIP)
        continue;
      mentorship = MP_MENTORSHIP (record->draft);
      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
        add_working (working, mentorship);
    }
  /* The stored pairings the file leaves as they are */
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (stored, i);

      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE &&
          !g_hash_table_contains (import->by_key[MP_JSON_KIND_MENTORSHIP], mp_mentorship_get_uuid (mentorship)))
        add_working (working, mentorship);
    }

  /* Someone the file makes inactive, in any pairing then active */
  for (guint i = 0; i < import->records->len; i++)
    {
      Record *record = g_ptr_array_index (import->records, i);
      MpPerson *person;

      if (record->kind != MP_JSON_KIND_PERSON || record->action == ACTION_KEEP)
        continue;
      person = MP_PERSON (record->draft);
      if (!mp_person_get_active (person) && g_hash_table_contains (working, mp_person_get_uuid (person)))
        {
          g_autofree char *active_path = member_path (record->path, "active");
          g_autofree char *message =
            g_strdup_printf (_("%s is in an active mentorship: end it, or pair them differently, first."),
                             mp_person_get_name (person));

          set_path_error (error, MP_JSON_ERROR_CONFLICT, active_path, message);
          return FALSE;
        }
    }

  /* A pairing the file makes or changes, active, with someone inactive */
  for (guint i = 0; i < import->records->len; i++)
    {
      Record *record = g_ptr_array_index (import->records, i);
      MpMentorship *mentorship;
      MpPerson *people[2];
      const char *members[] = { "mentor", "employee" };

      if (record->kind != MP_JSON_KIND_MENTORSHIP || record->action == ACTION_KEEP)
        continue;
      mentorship = MP_MENTORSHIP (record->draft);
      if (mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ACTIVE)
        continue;
      people[0] = mp_mentorship_get_mentor (mentorship);
      people[1] = mp_mentorship_get_employee (mentorship);
      for (guint j = 0; j < G_N_ELEMENTS (people); j++)
        if (!mp_person_get_active (people[j]))
          {
            g_autofree char *member = member_path (record->path, members[j]);
            g_autofree char *message =
              /* Translators: %s is a person's name */
              g_strdup_printf (_("%s no longer works here: pair someone who does"), mp_person_get_name (people[j]));

            set_path_error (error, MP_JSON_ERROR_CONFLICT, member, message);
            return FALSE;
          }
    }

  return TRUE;
}

static gboolean
write_records (Import   *import,
               GError  **error)
{
  guint n_to_write = 0, written = 0;

  for (guint i = 0; i < import->records->len; i++)
    n_to_write += ((Record *) g_ptr_array_index (import->records, i))->action != ACTION_KEEP;
  n_to_write += import->n_closed_days_changed;

  /* Nothing new: nothing is written (so an unchanged file imports even read-only). */
  if (n_to_write == 0)
    return TRUE;

  if (!import_step (import, MP_JSON_STAGE_WRITING, 0, n_to_write, error) ||
      !mp_store_begin_batch (import->store, error))
    return FALSE;

  for (guint i = 0; i < import->records->len; i++)
    {
      Record *record = g_ptr_array_index (import->records, i);

      if (record->action == ACTION_KEEP)
        continue;

      /* Cancelled: the batch is rolled back, as for a record refused. */
      if (!write_record (import, record, error) ||
          !import_step (import, MP_JSON_STAGE_WRITING, ++written, n_to_write, error))
        {
          mp_store_rollback_batch (import->store);
          return FALSE;
        }
    }

  if (import->closed_days != NULL &&
      (!mp_store_change_closed_days (import->store, import->closed_days_found, import->closed_days, error) ||
       !import_step (import, MP_JSON_STAGE_WRITING, written += import->n_closed_days_changed, n_to_write, error)))
    {
      mp_store_rollback_batch (import->store);
      return FALSE;
    }

  if (!mp_store_commit_batch (import->store, error))
    {
      if (mp_store_in_batch (import->store))
        mp_store_rollback_batch (import->store);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Public API                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/**
 * mp_json_kind_get_name:
 *
 * Returns: the name of the list of records of @kind in the document ("people", ...).
 */
const char *
mp_json_kind_get_name (MpJsonKind kind)
{
  g_return_val_if_fail (kind < MP_JSON_N_KINDS, NULL);

  return kind_names[kind];
}

/**
 * mp_json_import_summary_to_string:
 *
 * Returns: one line saying what an import changed, such as
 *   "12 records added, 1 updated, 40 unchanged (people: 3 added; meetings: 9 added, 1 updated)".
 */
char *
mp_json_import_summary_to_string (const MpJsonImportSummary *summary)
{
  GString *s;
  gboolean first = TRUE;

  g_return_val_if_fail (summary != NULL, NULL);

  s = g_string_new (NULL);
  g_string_append_printf (s, _("%u added, %u updated, %u unchanged"),
                          summary->total.added, summary->total.updated, summary->total.unchanged);

  for (guint i = 0; i < MP_JSON_N_KINDS; i++)
    {
      const MpJsonCounts *counts = &summary->kinds[i];

      if (counts->added == 0 && counts->updated == 0)
        continue;

      g_string_append (s, first ? " (" : "; ");
      first = FALSE;
      /* Translators: "people: 3 added, 1 updated" */
      g_string_append_printf (s, _("%s: %u added, %u updated"), kind_names[i], counts->added,
                              counts->updated);
    }

  if (!first)
    g_string_append (s, ")");

  return g_string_free (s, FALSE);
}

static char *
export_data (MpStore             *store,
             gsize               *length,
             GCancellable        *cancellable,
             MpJsonProgressFunc   progress,
             gpointer             progress_data,
             GError             **error)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = build_document (store, cancellable, progress, progress_data, error);
  if (root == NULL)
    return NULL;

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &text_length);

  if (length != NULL)
    *length = text_length + 1;

  return g_strconcat (text, "\n", NULL);
}

/**
 * mp_json_export_data:
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the whole store in the "mentoring/1" format, without any
 *   confidential text, or %NULL with @error set.
 */
char *
mp_json_export_data (MpStore  *store,
                     gsize    *length,
                     GError  **error)
{
  return export_data (store, length, NULL, NULL, NULL, error);
}

/**
 * mp_json_export_file:
 *
 * Writes the export to @path atomically (a temporary file renamed over it), readable by
 * the user only.
 */
gboolean
mp_json_export_file (MpStore     *store,
                     const char  *path,
                     GError     **error)
{
  return mp_json_export_file_full (store, path, NULL, NULL, NULL, error);
}

/**
 * mp_json_export_file_full:
 * @cancellable: (nullable): looked at every PROGRESS_STEP mentorships and just before the
 *   file is written: cancelled by then, @path is not touched (the error is
 *   %G_IO_ERROR_CANCELLED); once the file is being written, it is too late and the export
 *   succeeds
 * @progress: (nullable) (scope call): called every few mentorships read, then once before
 *   the file is written, from the thread that runs the export
 *
 * mp_json_export_file (), which can be followed and stopped: what Export runs on a thread
 * of its own, on a store of its own for the same files.
 */
gboolean
mp_json_export_file_full (MpStore             *store,
                          const char          *path,
                          GCancellable        *cancellable,
                          MpJsonProgressFunc   progress,
                          gpointer             progress_data,
                          GError             **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = export_data (store, &length, cancellable, progress, progress_data, error);
  if (data == NULL)
    return FALSE;

  /* The last look before the file is touched. */
  if (!report_progress (cancellable, progress, progress_data, MP_JSON_STAGE_WRITING, 0, 0, error))
    return FALSE;

  return mp_paths_write_private_file (path, data, (gssize) length, error);
}

/* Reads and checks the document, then writes it; with @unless_updating, only when it
 * changes no record the database has (else only the summary). @imported says which. */
static gboolean
import_data (MpStore              *store,
             const char           *data,
             gsize                 length,
             gboolean              unless_updating,
             GCancellable         *cancellable,
             MpJsonProgressFunc    progress,
             gpointer              progress_data,
             MpJsonImportSummary  *summary,
             gboolean             *imported,
             GError              **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  Import import;
  gboolean ok = FALSE;

  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    memset (summary, 0, sizeof *summary);
  if (imported != NULL)
    *imported = FALSE;

  if (!check_text (data, length, error))
    return FALSE;

  import_init (&import, store);
  import.cancellable = cancellable;
  import.progress = progress;
  import.progress_data = progress_data;

  parser = json_parser_new_immutable ();
  g_signal_connect (parser, "object-member", G_CALLBACK (on_parser_object_member_cb), &import);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_parser_object_end_cb), &import);

  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: …" (its last words translated): the
       * line, then what follows "<data>:LINE:COLUMN: " */
      guint line = 0, column = 0;
      int consumed = 0;
      const char *words = NULL;

      if (sscanf (parse_error->message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
        words = parse_error->message + consumed;
      if (words == NULL || *words == '\0' || line == 0)
        /* Translators: %s is the JSON parser's own words, last for whoever helps */
        g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_PARSE,
                     _("$: not valid JSON: this is not a file Mentoring exported, or it was cut short (%s)"),
                     parse_error->message);
      else
        /* Translators: %u is a line of the file; %s the JSON parser's own words, last for whoever helps */
        g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_PARSE,
                     _("$: not valid JSON at line %u: this is not a file Mentoring exported, or it was cut short "
                       "(%s)"), line, words);
      goto out;
    }

  /* Lookups must see every stored record, histories included. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !mp_store_preload (store, error) ||
      !read_document (&import, json_parser_get_root (parser), error))
    goto out;
  if (!unless_updating || import.summary.total.updated == 0)
    {
      if (!check_people_working (&import, error) || !write_records (&import, error))
        goto out;
      if (imported != NULL)
        *imported = TRUE;
    }

  if (summary != NULL)
    *summary = import.summary;
  ok = TRUE;

out:
  g_signal_handlers_disconnect_by_data (parser, &import);
  import_clear (&import);

  if (!ok && error != NULL && *error != NULL)
    make_one_line (*error);

  return ok;
}

/**
 * mp_json_import_data:
 * @summary: (out caller-allocates) (optional): what was added, updated and left unchanged
 *
 * Imports a "mentoring/1" document, all or nothing (see mp-json.h).
 */
gboolean
mp_json_import_data (MpStore              *store,
                     const char           *data,
                     gsize                 length,
                     MpJsonImportSummary  *summary,
                     GError              **error)
{
  return import_data (store, data, length, FALSE, NULL, NULL, NULL, summary, NULL, error);
}

/**
 * mp_json_import_data_unless_updating:
 * @summary: (out caller-allocates): what was added, updated and left unchanged, or would be
 * @imported: (out): whether it was written
 *
 * Like mp_json_import_data (), but a document that would change records the database
 * already has (an older export puts back its values over what was done since) is only read
 * and checked: nothing is written, and @summary says what the import would do, for the
 * caller to ask before mp_json_import_data ().
 *
 * Returns: %FALSE for a bad document (nothing written, @error set)
 */
gboolean
mp_json_import_data_unless_updating (MpStore              *store,
                                     const char           *data,
                                     gsize                 length,
                                     MpJsonImportSummary  *summary,
                                     gboolean             *imported,
                                     GError              **error)
{
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (imported != NULL, FALSE);

  return import_data (store, data, length, TRUE, NULL, NULL, NULL, summary, imported, error);
}

static gboolean
import_file (MpStore              *store,
             const char           *path,
             gboolean              unless_updating,
             GCancellable         *cancellable,
             MpJsonProgressFunc    progress,
             gpointer              progress_data,
             MpJsonImportSummary  *summary,
             gboolean             *imported,
             GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    memset (summary, 0, sizeof *summary);
  if (imported != NULL)
    *imported = FALSE;

  if (progress != NULL)
    progress (MP_JSON_STAGE_READING, 0, 0, progress_data);

  bytes = read_file (path, error);
  if (bytes == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);

  return import_data (store, data != NULL ? data : "", length, unless_updating, cancellable, progress,
                      progress_data, summary, imported, error);
}

/**
 * mp_json_import_file:
 *
 * Like mp_json_import_data () on the contents of @path, which is only read. A file larger
 * than MP_JSON_MAX_FILE_SIZE is refused before it is read.
 */
gboolean
mp_json_import_file (MpStore              *store,
                     const char           *path,
                     MpJsonImportSummary  *summary,
                     GError              **error)
{
  return import_file (store, path, FALSE, NULL, NULL, NULL, summary, NULL, error);
}

/**
 * mp_json_import_file_unless_updating:
 * @summary: (out caller-allocates): what was added, updated and left unchanged, or would be
 * @imported: (out): whether it was written
 *
 * Like mp_json_import_data_unless_updating () on the contents of @path.
 */
gboolean
mp_json_import_file_unless_updating (MpStore              *store,
                                     const char           *path,
                                     MpJsonImportSummary  *summary,
                                     gboolean             *imported,
                                     GError              **error)
{
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (imported != NULL, FALSE);

  return import_file (store, path, TRUE, NULL, NULL, NULL, summary, imported, error);
}

/**
 * mp_json_import_file_full:
 * @flags: #MpJsonImportFlags
 * @cancellable: (nullable): looked at once the file is read, once it is parsed, and every
 *   PROGRESS_STEP records checked or written (not while a write waits for another
 *   connection's lock): cancelled by then, nothing is written (the batch is rolled back;
 *   the error is %G_IO_ERROR_CANCELLED); once the commit has begun it is too late, and the
 *   import succeeds
 * @progress: (nullable) (scope call): called at each stage and every few records, from
 *   the thread that runs the import
 * @summary: (out caller-allocates) (optional): what was added, updated and left
 *   unchanged, or would be
 * @imported: (out) (optional): whether it was written
 *
 * mp_json_import_file () or, with %MP_JSON_IMPORT_UNLESS_UPDATING,
 * mp_json_import_file_unless_updating (), which can be followed and stopped: what Import
 * runs on a thread of its own, on a store of its own for the same files.
 *
 * Returns: %FALSE for a bad document, a cancelled import or a failed write (nothing
 *   written, @error set)
 */
gboolean
mp_json_import_file_full (MpStore              *store,
                          const char           *path,
                          MpJsonImportFlags     flags,
                          GCancellable         *cancellable,
                          MpJsonProgressFunc    progress,
                          gpointer              progress_data,
                          MpJsonImportSummary  *summary,
                          gboolean             *imported,
                          GError              **error)
{
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  return import_file (store, path, (flags & MP_JSON_IMPORT_UNLESS_UPDATING) != 0, cancellable, progress,
                      progress_data, summary, imported, error);
}

/* ---- Closed days (the shared database's "closed_days" setting) ---------------------------- */

/**
 * mp_json_closed_days_to_string:
 * @days: (element-type MpClosedDay): closed days, checked (mp_closed_days_check ())
 *
 * Returns: (transfer full): @days as JSON, as the export's "closed_days" holds them: an array
 *   of {"date": "YYYY-MM-DD", "name": "…"}
 */
char *
mp_json_closed_days_to_string (GArray *days)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (days != NULL, NULL);

  add_closed_days_array (builder, days);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/**
 * mp_json_closed_days_from_string:
 * @text: what mp_json_closed_days_to_string () wrote
 *
 * Returns: (transfer full) (nullable) (element-type MpClosedDay): the days, sorted by date;
 *   %NULL with @error (%MP_JSON_ERROR_PARSE, %MP_JSON_ERROR_INVALID) when @text is not such
 *   a list, or not one mp_closed_days_check () accepts
 */
GArray *
mp_json_closed_days_from_string (const char  *text,
                                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GArray) days = mp_closed_days_new ();
  g_autofree char *problem = NULL;
  JsonArray *array;
  JsonNode *root;

  g_return_val_if_fail (text != NULL, NULL);

  if (!json_parser_load_from_data (parser, text, -1, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, MP_JSON_ERROR, MP_JSON_ERROR_INVALID, "$: not an array of closed days");
      return NULL;
    }

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *date_node = object != NULL ? json_object_get_member (object, "date") : NULL;
      JsonNode *name_node = object != NULL ? json_object_get_member (object, "name") : NULL;
      GDate date;

      if (date_node == NULL || name_node == NULL || json_node_get_value_type (date_node) != G_TYPE_STRING ||
          json_node_get_value_type (name_node) != G_TYPE_STRING || json_object_get_size (object) != 2 ||
          !parse_date (json_node_get_string (date_node), &date))
        {
          g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_INVALID, "$[%u]: not a closed day", i);
          return NULL;
        }
      mp_closed_days_add (days, &date, json_node_get_string (name_node));
    }

  if (!mp_closed_days_check (days, &problem))
    {
      g_set_error (error, MP_JSON_ERROR, MP_JSON_ERROR_INVALID, "$: %s", problem);
      return NULL;
    }
  mp_closed_days_sort (days);

  return g_steal_pointer (&days);
}

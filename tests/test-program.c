/* test-program.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "mp-model.h"
#include "mp-model-private.h"

static char *
template_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "resources", "program", "als-mentoring-pilot.json", NULL);
}

static char *
load_template_text (gsize *len)
{
  g_autofree char *path = template_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);

  return contents;
}

static MpProgram *
load_template (void)
{
  g_autofree char *path = template_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MpProgram *program;

  program = mp_program_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (MP_IS_PROGRAM (program));

  return program;
}

static MpActivity *
activity_at (MpPhase *phase,
             guint    i)
{
  g_autoptr(MpActivity) activity = g_list_model_get_item (mp_phase_get_activities (phase), i);

  return activity;  /* borrowed: the phase keeps it alive */
}

static void
check_phase (MpProgram     *program,
             guint          index,
             const char    *id,
             int            start_month,
             int            months,
             MpCadenceUnit  unit,
             int            every,
             guint          n_activities)
{
  g_autoptr(MpPhase) phase = g_list_model_get_item (mp_program_get_phases (program), index);

  g_assert_nonnull (phase);
  g_assert_cmpstr (mp_phase_get_id (phase), ==, id);
  g_assert_true (mp_program_lookup_phase (program, id) == phase);
  g_assert_cmpstr (mp_phase_get_title (phase), !=, "");
  g_assert_nonnull (mp_phase_get_summary (phase));
  g_assert_true (g_uuid_string_is_valid (mp_phase_get_uuid (phase)));
  g_assert_cmpint (mp_phase_get_start_month (phase), ==, start_month);
  g_assert_cmpint (mp_phase_get_months (phase), ==, months);
  g_assert_cmpint (mp_phase_get_end_month (phase), ==, start_month + months);
  g_assert_cmpint (mp_phase_get_cadence_unit (phase), ==, unit);
  g_assert_cmpint (mp_phase_get_cadence_every (phase), ==, every);
  g_assert_cmpuint (g_list_model_get_n_items (mp_phase_get_activities (phase)), ==, n_activities);
}

static void
check_activity (MpProgram  *program,
                const char *phase_id,
                guint       index,
                const char *id,
                gboolean    optional,
                gboolean    hr_follow_up)
{
  MpPhase *phase = mp_program_lookup_phase (program, phase_id);
  MpActivity *activity = activity_at (phase, index);

  g_assert_cmpstr (mp_activity_get_id (activity), ==, id);
  g_assert_true (mp_program_lookup_activity (program, id) == activity);
  g_assert_true (mp_program_lookup_phase_of_activity (program, id) == phase);
  g_assert_cmpstr (mp_activity_get_title (activity), !=, "");
  g_assert_nonnull (mp_activity_get_description (activity));
  g_assert_cmpuint (strlen (mp_activity_get_description (activity)), >, 40);
  g_assert_cmpint (mp_activity_get_optional (activity), ==, optional);
  g_assert_cmpint (mp_activity_get_hr_follow_up (activity), ==, hr_follow_up);
}

static void
test_template_loads (void)
{
  g_autoptr(MpProgram) program = load_template ();
  GListModel *questions = mp_program_get_questions (program);
  GListModel *departments = mp_program_get_departments (program);

  g_assert_cmpstr (mp_program_get_slug (program), ==, "als-mentoring-pilot");
  g_assert_cmpint (mp_program_get_version (program), >=, 1);
  g_assert_true (g_uuid_string_is_valid (mp_program_get_uuid (program)));
  g_assert_cmpstr (mp_program_get_name (program), !=, "");
  g_assert_cmpint (mp_program_get_lead_time_days (program), ==, 3);
  g_assert_nonnull (mp_program_get_description (program));
  g_assert_nonnull (mp_program_get_mentor_role (program));
  g_assert_nonnull (strstr (mp_program_get_mentor_responsibility (program), "confidence"));
  g_assert_nonnull (strstr (mp_program_get_employee_responsibility (program), "time"));

  /* Before arrival (once), two months every two weeks, four months once a month. */
  g_assert_cmpuint (g_list_model_get_n_items (mp_program_get_phases (program)), ==, 3);
  check_phase (program, 0, "before-arrival", -1, 1, MP_CADENCE_UNIT_ONCE, 1, 0);
  check_phase (program, 1, "months-1-2", 0, 2, MP_CADENCE_UNIT_WEEKS, 2, 4);
  check_phase (program, 2, "months-3-6", 2, 4, MP_CADENCE_UNIT_MONTHS, 1, 4);
  g_assert_cmpint (mp_program_get_end_month (program), ==, 6);

  check_activity (program, "months-1-2", 0, "departments", FALSE, FALSE);
  check_activity (program, "months-1-2", 1, "where-to-go", FALSE, FALSE);
  check_activity (program, "months-1-2", 2, "equipment", FALSE, FALSE);
  check_activity (program, "months-1-2", 3, "member-events", FALSE, FALSE);
  check_activity (program, "months-3-6", 0, "shadow-consultant", FALSE, TRUE);
  check_activity (program, "months-3-6", 1, "member-group", TRUE, TRUE);
  check_activity (program, "months-3-6", 2, "committee", FALSE, FALSE);
  check_activity (program, "months-3-6", 3, "position-specific", FALSE, FALSE);

  /* Plain words for the things a newcomer cannot know. */
  g_assert_nonnull (strstr (mp_activity_get_description (mp_program_lookup_activity (program, "member-events")),
                            "ALS Day"));
  g_assert_nonnull (strstr (mp_activity_get_description (mp_program_lookup_activity (program, "committee")),
                            "Health & Safety"));
  g_assert_nonnull (strstr (mp_activity_get_description (mp_program_lookup_activity (program, "member-group")),
                            "RSA User Group"));

  g_assert_null (mp_program_lookup_activity (program, "no-such-activity"));
  g_assert_null (mp_program_lookup_phase (program, "no-such-phase"));
  g_assert_null (mp_program_lookup_activity (program, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(MpQuestion) question = g_list_model_get_item (questions, i);

      g_assert_true (g_str_has_suffix (mp_question_get_question (question), "?"));
      g_assert_cmpstr (mp_question_get_answer (question), !=, "");
      g_assert_cmpstr (mp_question_get_ask_whom (question), !=, "");
    }

  g_assert_cmpuint (g_strv_length ((GStrv) mp_program_get_mentor_goals (program)), ==, 5);
  g_assert_cmpuint (g_strv_length ((GStrv) mp_program_get_mentor_qualities (program)), ==, 3);
  g_assert_cmpuint (g_strv_length ((GStrv) mp_program_get_mentor_benefits (program)), ==, 5);

  g_assert_cmpuint (g_list_model_get_n_items (departments), >=, 6);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (departments, i);

      g_assert_cmpstr (mp_department_get_name (department), !=, "");
      g_assert_cmpstr (mp_department_get_description (department), !=, "");
      g_assert_nonnull (strstr (mp_department_get_ask_for (department), " — "));
    }
}

static void
test_template_round_trip (void)
{
  g_autoptr(MpProgram) program = load_template ();
  g_autoptr(MpProgram) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = mp_program_to_json (program);
  g_autofree char *json_again = NULL;
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) written = NULL;
  g_autofree char *text = NULL;
  gsize len;

  again = mp_program_new_from_json (json, (gsize) -1, &error);
  g_assert_no_error (error);
  json_again = mp_program_to_json (again);
  g_assert_cmpstr (json, ==, json_again);
  g_assert_cmpstr (mp_program_get_uuid (again), ==, mp_program_get_uuid (program));

  /* What we write is the very document we ship (same members, same values). */
  text = load_template_text (&len);
  original = json_from_string (text, &error);
  g_assert_no_error (error);
  written = json_from_string (json, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (original, written));
}

static void
test_template_from_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpProgram) program = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  char *text = load_template_text (&len);

  bytes = g_bytes_new_take (text, len);
  program = mp_program_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mp_program_get_slug (program), ==, "als-mentoring-pilot");
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_program_copy_assign (void)
{
  g_autoptr(MpProgram) program = load_template ();
  g_autoptr(MpProgram) copy = mp_program_copy (program);
  g_autoptr(MpQuestion) question = NULL;
  g_autoptr(MpQuestion) question_copy = NULL;
  g_autoptr(MpPhase) phase = NULL;
  g_autoptr(MpPhase) phase_copy = NULL;
  g_autofree char *json = mp_program_to_json (program);
  g_autofree char *json_copy = NULL;
  guint notified = 0;

  _mp_program_set_id (program, 12);
  g_clear_object (&copy);
  copy = mp_program_copy (program);

  g_assert_true (copy != program);
  g_assert_cmpint (_mp_program_get_id (copy), ==, 12);
  json_copy = mp_program_to_json (copy);
  g_assert_cmpstr (json, ==, json_copy);

  /* Phases are immutable and shared; questions are editable and copied. */
  phase = g_list_model_get_item (mp_program_get_phases (program), 1);
  phase_copy = g_list_model_get_item (mp_program_get_phases (copy), 1);
  g_assert_true (phase == phase_copy);
  g_assert_true (mp_program_lookup_activity (copy, "committee") == mp_program_lookup_activity (program, "committee"));

  question = g_list_model_get_item (mp_program_get_questions (program), 0);
  question_copy = g_list_model_get_item (mp_program_get_questions (copy), 0);
  g_assert_true (question != question_copy);
  mp_question_set_answer (question_copy, "Ask Pat in HR.");
  g_assert_cmpstr (mp_question_get_answer (question), !=, "Ask Pat in HR.");

  g_signal_connect (program, "notify", G_CALLBACK (count_notify_cb), &notified);
  g_signal_connect (question, "notify", G_CALLBACK (count_notify_cb), &notified);
  _mp_program_assign (program, copy);
  g_assert_cmpuint (notified, ==, 1);  /* only the answer changed */
  g_assert_cmpstr (mp_question_get_answer (question), ==, "Ask Pat in HR.");

  notified = 0;
  _mp_program_assign (program, copy);
  g_assert_cmpuint (notified, ==, 0);
}

/* A malformed template: @path (in the shipped template) gets @value (a JSON fragment; NULL
 * removes the member; "@PATH" copies the value found at PATH), and loading must fail with
 * exactly @message. */
typedef struct
{
  const char *path;
  const char *value;
  const char *message;
} Malformed;

static const Malformed malformed[] = {
  { "phases[1].cadence.every", "0", "$.phases[1].cadence.every: must be a positive whole number" },
  { "phases[1].cadence.every", "2.5", "$.phases[1].cadence.every: must be a positive whole number" },
  { "phases[1].cadence.every", "\"2\"", "$.phases[1].cadence.every: must be a positive whole number" },
  { "phases[2].cadence.every", NULL, "$.phases[2].cadence.every: is missing" },
  { "phases[0].cadence.every", "2", "$.phases[0].cadence.every: must be 1 for a phase held once" },
  { "phases[2].cadence.unit", "\"fortnightly\"",
    "$.phases[2].cadence.unit: must be \"once\", \"weeks\" or \"months\"" },
  { "phases[1].cadence", NULL, "$.phases[1].cadence: is missing" },
  { "phases[0].title", NULL, "$.phases[0].title: is missing" },
  { "phases[0].title", "\"\"", "$.phases[0].title: must not be empty" },
  { "phases[0]", "\"before arrival\"", "$.phases[0]: must be an object" },
  { "phases[2].start_month", "1", "$.phases[2].start_month: must not be before the end of the previous phase" },
  { "phases[1].months", "-2", "$.phases[1].months: must be a positive whole number" },
  { "phases[1].start_month", "500", "$.phases[1].start_month: must be a whole number from -12 to 120" },
  { "phases[1].cadance", "{}", "$.phases[1].cadance: is not a known field" },
  { "phases[1].id", "\"Months 1-2\"", "$.phases[1].id: must be lower-case letters, digits and hyphens" },
  { "phases[2].id", "\"months-1-2\"", "$.phases[2].id: is already the id of another phase" },
  { "phases[1].uuid", "\"not-a-uuid\"", "$.phases[1].uuid: must be a UUID" },
  { "phases[2].activities[1].optional", "\"yes\"", "$.phases[2].activities[1].optional: must be true or false" },
  { "phases[2].activities[0].hr_follow_up", "1", "$.phases[2].activities[0].hr_follow_up: must be true or false" },
  { "phases[1].activities[3].id", "\"departments\"",
    "$.phases[1].activities[3].id: is already the id of another activity" },
  { "phases[2].activities[2].title", "42", "$.phases[2].activities[2].title: must be a string" },
  { "phases[2].activities", "{}", "$.phases[2].activities: must be a list" },
  { "phases", "[]", "$.phases: must list at least one phase" },
  { "phases", NULL, "$.phases: is missing" },
  { "format", "\"mentoring/1\"", "$.format: must be \"mentoring-program/1\"" },
  { "format", NULL, "$.format: is missing" },
  { "slug", "\"ALS pilot\"", "$.slug: must be lower-case letters, digits and hyphens" },
  { "version", NULL, "$.version: is missing" },
  { "version", "0", "$.version: must be a positive whole number" },
  { "lead_time_working_days", "-1", "$.lead_time_working_days: must be a whole number from 0 to 30" },
  { "lead_time_working_days", "true", "$.lead_time_working_days: must be a whole number" },
  { "name", "null", "$.name: must be a string" },
  { "mentor_goals[2]", "5", "$.mentor_goals[2]: must be a string" },
  { "mentor_goals[4]", "\"\"", "$.mentor_goals[4]: must not be empty" },
  { "mentor_qualities", "\"Accessibility\"", "$.mentor_qualities: must be a list" },
  { "typical_questions[4].question", "\"\"", "$.typical_questions[4].question: must not be empty" },
  { "typical_questions[5].answr", "\"x\"", "$.typical_questions[5].answr: is not a known field" },
  { "departments[1].uuid", "@departments[0].uuid", "$.departments[1].uuid: is already used at $.departments[0].uuid" },
  { "departments[3].name", "\"ADMINISTRATION\"", "$.departments[3].name: is already the name of another department" },
  { "departments[2]", "[]", "$.departments[2]: must be an object" },
};

/* Finds the parent of the last step of @path ("a[1].b") in @root; *member is the last member
 * name (or NULL when the last step is an index, then *index). */
static JsonNode *
find_parent (JsonNode    *root,
             const char  *path,
             char       **member,
             int         *index)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) steps = NULL;
  JsonNode *node = root;
  const char *p = path;
  guint n;

  /* "a[1].b" → "a", "[1]", "b" */
  while (*p != '\0')
    {
      gsize span = *p == '[' ? strcspn (p, "]") + 1 : strcspn (p, ".[");
      g_autofree char *step = g_strndup (p, span);

      g_strv_builder_add (builder, step);
      p += span;
      if (*p == '.')
        p++;
    }
  steps = g_strv_builder_end (builder);
  n = g_strv_length (steps);

  *member = NULL;
  *index = -1;

  for (guint i = 0; i < n; i++)
    {
      const char *step = steps[i];
      gboolean last = i + 1 == n;

      if (step[0] == '[')
        {
          int at = atoi (step + 1);

          if (last)
            {
              *index = at;
              return node;
            }
          node = json_array_get_element (json_node_get_array (node), at);
        }
      else
        {
          if (last)
            {
              *member = g_strdup (step);
              return node;
            }
          node = json_object_get_member (json_node_get_object (node), step);
        }
      g_assert_nonnull (node);
    }

  g_assert_not_reached ();
}

static JsonNode *
find_node (JsonNode   *root,
           const char *path)
{
  g_autofree char *member = NULL;
  JsonNode *parent;
  int index;

  parent = find_parent (root, path, &member, &index);
  if (member != NULL)
    return json_object_get_member (json_node_get_object (parent), member);

  return json_array_get_element (json_node_get_array (parent), index);
}

static void
test_malformed (gconstpointer data)
{
  const Malformed *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) value = NULL;
  g_autoptr(MpProgram) program = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *member = NULL;
  JsonNode *parent;
  gsize len;
  int index;

  text = load_template_text (&len);
  root = json_from_string (text, &error);
  g_assert_no_error (error);

  if (bad->value == NULL)
    value = NULL;
  else if (bad->value[0] == '@')
    value = json_node_copy (find_node (root, bad->value + 1));
  else
    {
      value = json_from_string (bad->value, &error);
      g_assert_no_error (error);
    }

  parent = find_parent (root, bad->path, &member, &index);
  if (member != NULL)
    {
      if (value == NULL)
        {
          g_assert_true (json_object_has_member (json_node_get_object (parent), member));
          json_object_remove_member (json_node_get_object (parent), member);
        }
      else
        json_object_set_member (json_node_get_object (parent), member, g_steal_pointer (&value));
    }
  else
    {
      JsonArray *array = json_node_get_array (parent);
      g_autoptr(JsonArray) rebuilt = json_array_new ();

      /* json-glib cannot replace an element in place: rebuild the list around the new value */
      g_assert_nonnull (value);
      g_assert_cmpint (index, <, (int) json_array_get_length (array));
      for (int i = 0; i < (int) json_array_get_length (array); i++)
        {
          JsonNode *element = i == index ? value : json_array_get_element (array, i);

          json_array_add_element (rebuilt, json_node_copy (element));
        }
      json_node_set_array (parent, rebuilt);
    }

  json = json_to_string (root, TRUE);
  program = mp_program_new_from_json (json, (gsize) -1, &error);
  g_assert_null (program);
  g_assert_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, bad->message);
}

typedef struct
{
  const char *name;
  const char *text;
  gssize      len;
  const char *message_prefix;
} Unparsable;

static void
test_unparsable (void)
{
  g_autofree char *deep = NULL;
  const Unparsable cases[] = {
    { "empty", "", 0, "$: is empty" },
    { "truncated", "{\"format\": \"mentoring-program/1\", \"phases\": [", -1, "$: is not valid JSON" },
    { "not-utf8", "{\"name\": \"\xff\xfe\"}", -1, "$: is not valid UTF-8 text" },
    { "nul-byte", "{\"name\": \"a\0b\"}", 15, "$: contains a NUL byte" },
    { "array", "[]", -1, "$: must be an object" },
    { "number", "42", -1, "$: must be an object" },
  };
  GString *nested = g_string_new ("{\"format\": \"mentoring-program/1\", \"x\": ");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MpProgram) program = NULL;
      gsize len = cases[i].len < 0 ? (gsize) -1 : (gsize) cases[i].len;

      g_test_message ("case %s", cases[i].name);
      program = mp_program_new_from_json (cases[i].text, len, &error);
      g_assert_null (program);
      g_assert_nonnull (error);
      g_assert_true (error->domain == MP_PROGRAM_ERROR);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message_prefix));
    }

  /* 10,000 levels of nesting are refused before they reach the parser. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (nested, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (nested, ']');
  g_string_append_c (nested, '}');
  deep = g_string_free (nested, FALSE);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MpProgram) program = mp_program_new_from_json (deep, strlen (deep), &error);

    g_assert_null (program);
    g_assert_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE);
    g_assert_cmpstr (error->message, ==, "$: is nested too deeply");
  }
}

static void
test_minimal_template (void)
{
  const char *json =
    "{ \"format\": \"mentoring-program/1\", \"slug\": \"tiny\", \"version\": 2, \"name\": \"Tiny\","
    "  \"phases\": [ { \"id\": \"only\", \"title\": \"Only\", \"start_month\": 0, \"months\": 3,"
    "                  \"cadence\": { \"unit\": \"weeks\", \"every\": 1 } } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(MpProgram) program = mp_program_new_from_json (json, strlen (json), &error);
  g_autoptr(MpProgram) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written_again = NULL;

  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (mp_program_get_uuid (program)));
  g_assert_cmpint (mp_program_get_lead_time_days (program), ==, 3);
  g_assert_null (mp_program_get_description (program));
  g_assert_nonnull (mp_program_get_mentor_goals (program));
  g_assert_cmpuint (g_strv_length ((GStrv) mp_program_get_mentor_goals (program)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mp_program_get_questions (program)), ==, 0);
  g_assert_cmpint (mp_program_get_end_month (program), ==, 3);

  /* The generated uuids are written out, so a second load keeps them. */
  written = mp_program_to_json (program);
  again = mp_program_new_from_json (written, (gsize) -1, &error);
  g_assert_no_error (error);
  written_again = mp_program_to_json (again);
  g_assert_cmpstr (written, ==, written_again);
}

/* Every text of the built-in program a translation may give is among those marked for
 * translation: build-aux/program-strings.py wrote them when the program's text last changed */
static void
collect_texts (JsonNode   *node,
               const char *member,
               gboolean    in_department,
               GPtrArray  *texts)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (member != NULL && g_strv_contains (_mp_program_translated_members, member) &&
          !(in_department && g_str_equal (member, "name")) && *json_node_get_string (node) != '\0')
        g_ptr_array_add (texts, (gpointer) json_node_get_string (node));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_texts (json_array_get_element (array, i), member, in_department, texts);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *child;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &child))
        collect_texts (child, name, in_department || g_strcmp0 (member, "departments") == 0, texts);
    }
}

static void
test_template_texts_marked (void)
{
  g_autofree char *path = template_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint n_marked = 0;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  collect_texts (json_parser_get_root (parser), NULL, FALSE, texts);
  g_assert_cmpuint (texts->len, >=, 60);

  for (guint i = 0; _mp_program_builtin_strings[i] != NULL; i++)
    n_marked++;
  for (guint i = 0; i < texts->len; i++)
    if (!g_strv_contains ((const char * const *) _mp_program_builtin_strings, texts->pdata[i]))
      g_error ("“%s” is not marked for translation: run build-aux/program-strings.py",
               (const char *) texts->pdata[i]);
  /* (nor any marked text that the program no longer has) */
  for (guint i = 0; _mp_program_builtin_strings[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < texts->len && !found; j++)
        found = g_str_equal (texts->pdata[j], _mp_program_builtin_strings[i]);
      if (!found)
        g_error ("“%s” is marked but no longer in the program: run build-aux/program-strings.py",
                 _mp_program_builtin_strings[i]);
    }
  /* No department's name is translated: people are put in departments by name */
  g_assert_false (g_strv_contains ((const char * const *) _mp_program_builtin_strings, "Administration"));
  g_assert_true (g_strv_contains ((const char * const *) _mp_program_builtin_strings, "Months 1–2: every two weeks"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/program/template/loads", test_template_loads);
  g_test_add_func ("/program/template/texts-marked", test_template_texts_marked);
  g_test_add_func ("/program/template/round-trip", test_template_round_trip);
  g_test_add_func ("/program/template/from-bytes", test_template_from_bytes);
  g_test_add_func ("/program/copy-assign", test_program_copy_assign);
  g_test_add_func ("/program/minimal", test_minimal_template);
  g_test_add_func ("/program/unparsable", test_unparsable);

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *name = g_strdup_printf ("/program/malformed/%02u", i);

      g_test_add_data_func (name, &malformed[i], test_malformed);
    }

  return g_test_run ();
}

/* mp-program.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Program templates, format "mentoring-program/1": one UTF-8 JSON object.
 *
 *   {
 *     "format": "mentoring-program/1",      required, exactly this string
 *     "uuid": "…",                          optional UUID; a fresh one is made when absent
 *     "slug": "als-mentoring-pilot",        required: lower-case letters, digits and "-"
 *     "version": 1,                         required, positive whole number
 *     "name": "…",                          required, not empty
 *     "description": "…",                   the program's introduction
 *     "lead_time_working_days": 3,          whole number 0..30 (default 3): how many working
 *                                           days a mentor needs when input is asked for
 *     "mentor_role": "…",                   what a mentor is for
 *     "mentor_responsibility": "…",         responsibilities of each side, as text
 *     "employee_responsibility": "…",
 *     "mentor_qualities": ["…"],            lists of non-empty strings
 *     "mentor_goals": ["…"],
 *     "mentor_benefits": ["…"],
 *     "phases": [                           required, at least one, in time order, no overlap
 *       {
 *         "id": "months-1-2",               required slug, unique among the phases
 *         "uuid": "…",
 *         "title": "…",                     required, not empty
 *         "summary": "…",
 *         "start_month": 0,                 required, -12..120: months after the start date
 *                                           (-1 = the month before arrival)
 *         "months": 2,                      required, positive: how long the phase lasts
 *         "cadence": {                      required
 *           "unit": "weeks",                "once", "weeks" or "months"
 *           "every": 2                      positive whole number; absent or 1 for "once"
 *         },
 *         "activities": [                   optional list
 *           {
 *             "id": "shadow-consultant",    required slug, unique in the whole program
 *             "uuid": "…",
 *             "title": "…",                 required, not empty
 *             "description": "…",           plain words: what it is and how it goes
 *             "optional": false,            true for "if pertinent" items
 *             "hr_follow_up": false         true when HR follows up afterwards
 *           }
 *         ]
 *       }
 *     ],
 *     "typical_questions": [ { "uuid", "question" (required), "answer", "ask_whom" } ],
 *     "departments": [ { "uuid", "name" (required, unique), "description", "ask_for" } ]
 *   }
 *
 * Optional text members may be left out (they read back as NULL); lists left out read back
 * empty. Unknown members are refused so that a typo never passes silently; uuids must be
 * unique in the document. Every refusal is a GError in MP_PROGRAM_ERROR whose message starts
 * with the JSON path of the bad value: "$.phases[1].cadence.every: must be a positive whole
 * number". mp_program_to_json () writes the same format back, and reading what it wrote gives
 * an equal program.
 */

#define G_LOG_DOMAIN "mp-program"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "mp-program.h"

#include "mp-model-private.h"

/* Refuse before parsing: a template is a few kilobytes. */
#define MAX_TEMPLATE_BYTES (16 * 1024 * 1024)
#define MAX_NESTING        32
#define DEFAULT_LEAD_TIME  3

struct _MpProgram
{
  GObject      parent_instance;

  gint64       row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char        *uuid;
  char        *slug;
  char        *name;
  char        *description;
  char        *mentor_role;
  char        *mentor_responsibility;
  char        *employee_responsibility;
  GStrv        mentor_qualities;
  GStrv        mentor_goals;
  GStrv        mentor_benefits;
  GListStore  *phases;
  GListStore  *questions;
  GListStore  *departments;

  /* Indexes over the (immutable) phases: keys and values borrowed from them */
  GHashTable  *phase_by_id;
  GHashTable  *activity_by_id;
  GHashTable  *phase_by_activity_id;

  int          version;
  int          lead_time_days;
};

G_DEFINE_FINAL_TYPE (MpProgram, mp_program, G_TYPE_OBJECT)

G_DEFINE_QUARK (mp-program-error-quark, mp_program_error)

enum {
  PROP_0,
  PROP_UUID,
  PROP_SLUG,
  PROP_VERSION,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_LEAD_TIME_DAYS,
  PROP_MENTOR_ROLE,
  PROP_MENTOR_RESPONSIBILITY,
  PROP_EMPLOYEE_RESPONSIBILITY,
  PROP_MENTOR_QUALITIES,
  PROP_MENTOR_GOALS,
  PROP_MENTOR_BENEFITS,
  PROP_PHASES,
  PROP_QUESTIONS,
  PROP_DEPARTMENTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What one template load has seen so far, to refuse duplicates. */
typedef struct
{
  GHashTable *uuids;             /* uuid (owned) → path where first seen (owned) */
  GHashTable *phase_ids;         /* owned strings */
  GHashTable *activity_ids;      /* owned strings */
  GHashTable *department_names;  /* case-folded, owned */
} Loader;

static const char * const root_members[] = {
  "format", "uuid", "slug", "version", "name", "description", "lead_time_working_days",
  "mentor_role", "mentor_responsibility", "employee_responsibility",
  "mentor_qualities", "mentor_goals", "mentor_benefits",
  "phases", "typical_questions", "departments", NULL
};
static const char * const phase_members[] = {
  "id", "uuid", "title", "summary", "start_month", "months", "cadence", "activities", NULL
};
static const char * const cadence_members[] = { "unit", "every", NULL };
static const char * const activity_members[] = {
  "id", "uuid", "title", "description", "optional", "hr_follow_up", NULL
};
static const char * const question_members[] = { "uuid", "question", "answer", "ask_whom", NULL };
static const char * const department_members[] = { "uuid", "name", "description", "ask_for", NULL };

static void
loader_init (Loader *loader)
{
  loader->uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  loader->phase_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->activity_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->department_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
loader_clear (Loader *loader)
{
  g_clear_pointer (&loader->uuids, g_hash_table_unref);
  g_clear_pointer (&loader->phase_ids, g_hash_table_unref);
  g_clear_pointer (&loader->activity_ids, g_hash_table_unref);
  g_clear_pointer (&loader->department_names, g_hash_table_unref);
}

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *message)
{
  g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

static char *
member_path (const char *path,
             const char *member)
{
  return g_strdup_printf ("%s.%s", path, member);
}

static char *
index_path (const char *path,
            guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

static gboolean
is_slug (const char *text)
{
  if (text == NULL || text[0] == '\0' || text[0] == '-')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
        return FALSE;
    }

  return TRUE;
}

static gboolean
node_is_value_of_type (JsonNode *node,
                       GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Every member of @object must be one of @allowed. */
static gboolean
check_members (JsonObject         *object,
               const char         *path,
               const char * const *allowed,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;

      if (!g_strv_contains (allowed, member))
        {
          g_autofree char *child = member_path (path, member);

          return invalid (error, child, _("is not a known field"));
        }
    }

  return TRUE;
}

static JsonObject *
get_object (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, path, _("must be an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

typedef enum
{
  TEXT_OPTIONAL  = 0,
  TEXT_REQUIRED  = 1 << 0,
  TEXT_NON_EMPTY = 1 << 1,
} TextFlags;

/* Reads a string member; *out is borrowed from @object, NULL when absent and optional. */
static gboolean
read_text (JsonObject   *object,
           const char   *path,
           const char   *member,
           TextFlags     flags,
           const char  **out,
           GError      **error)
{
  g_autofree char *child = member_path (path, member);
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL)
    {
      if (flags & TEXT_REQUIRED)
        return invalid (error, child, _("is missing"));
      return TRUE;
    }

  if (!node_is_value_of_type (node, G_TYPE_STRING))
    return invalid (error, child, _("must be a string"));

  *out = json_node_get_string (node);

  if ((flags & TEXT_NON_EMPTY) && (*out)[0] == '\0')
    return invalid (error, child, _("must not be empty"));

  return TRUE;
}

static gboolean
read_slug (JsonObject   *object,
           const char   *path,
           const char   *member,
           const char  **out,
           GError      **error)
{
  if (!read_text (object, path, member, TEXT_REQUIRED, out, error))
    return FALSE;

  if (!is_slug (*out))
    {
      g_autofree char *child = member_path (path, member);

      return invalid (error, child, _("must be lower-case letters, digits and hyphens"));
    }

  return TRUE;
}

/* A whole number from @min to @max. With @min 1 the message says "positive". */
static gboolean
read_int (JsonObject  *object,
          const char  *path,
          const char  *member,
          gboolean     required,
          int          default_value,
          int          min,
          int          max,
          int         *out,
          GError     **error)
{
  g_autofree char *child = member_path (path, member);
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  *out = default_value;

  if (node == NULL)
    {
      if (required)
        return invalid (error, child, _("is missing"));
      return TRUE;
    }

  if (!node_is_value_of_type (node, G_TYPE_INT64))
    return invalid (error, child, min == 1 ? _("must be a positive whole number")
                                           : _("must be a whole number"));

  value = json_node_get_int (node);

  if (min == 1 && value < 1)
    return invalid (error, child, _("must be a positive whole number"));

  if (value < min || value > max)
    {
      g_autofree char *message = NULL;

      /* Translators: a whole number out of range in a program template, e.g. "from 0 to 30" */
      message = g_strdup_printf (_("must be a whole number from %d to %d"), min, max);
      return invalid (error, child, message);
    }

  *out = (int) value;

  return TRUE;
}

static gboolean
read_bool (JsonObject  *object,
           const char  *path,
           const char  *member,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;

  if (node == NULL)
    return TRUE;

  if (!node_is_value_of_type (node, G_TYPE_BOOLEAN))
    {
      g_autofree char *child = member_path (path, member);

      return invalid (error, child, _("must be true or false"));
    }

  *out = json_node_get_boolean (node);

  return TRUE;
}

/* An optional list of non-empty strings; *out is never NULL on success. */
static gboolean
read_strv (JsonObject   *object,
           const char   *path,
           const char   *member,
           GStrv        *out,
           GError      **error)
{
  g_autofree char *child = member_path (path, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;
  guint n;

  *out = NULL;

  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return invalid (error, child, _("must be a list"));

      array = json_node_get_array (node);
      n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *element_path = index_path (child, i);

          if (!node_is_value_of_type (element, G_TYPE_STRING))
            return invalid (error, element_path, _("must be a string"));
          if (json_node_get_string (element)[0] == '\0')
            return invalid (error, element_path, _("must not be empty"));

          g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  *out = g_strv_builder_end (builder);

  return TRUE;
}

/* An optional list: *out is NULL when the member is absent. */
static gboolean
read_array (JsonObject  *object,
            const char  *path,
            const char  *member,
            gboolean     required,
            JsonArray  **out,
            GError     **error)
{
  g_autofree char *child = member_path (path, member);
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL)
    {
      if (required)
        return invalid (error, child, _("is missing"));
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, child, _("must be a list"));

  *out = json_node_get_array (node);

  return TRUE;
}

static gboolean
read_uuid (Loader       *loader,
           JsonObject   *object,
           const char   *path,
           const char  **out,
           GError      **error)
{
  g_autofree char *child = member_path (path, "uuid");
  const char *first_seen;

  if (!read_text (object, path, "uuid", TEXT_OPTIONAL, out, error))
    return FALSE;

  if (*out == NULL)
    return TRUE;

  if (!g_uuid_string_is_valid (*out))
    return invalid (error, child, _("must be a UUID"));

  first_seen = g_hash_table_lookup (loader->uuids, *out);
  if (first_seen != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a JSON path such as $.phases[0].uuid */
      message = g_strdup_printf (_("is already used at %s"), first_seen);
      return invalid (error, child, message);
    }

  g_hash_table_insert (loader->uuids, g_strdup (*out), g_steal_pointer (&child));

  return TRUE;
}

static MpActivity *
read_activity (Loader      *loader,
               JsonNode    *node,
               const char  *path,
               GError     **error)
{
  JsonObject *object;
  const char *uuid, *id, *title, *description;
  gboolean optional, hr_follow_up;

  if (!(object = get_object (node, path, error)) ||
      !check_members (object, path, activity_members, error) ||
      !read_slug (object, path, "id", &id, error) ||
      !read_uuid (loader, object, path, &uuid, error) ||
      !read_text (object, path, "title", TEXT_REQUIRED | TEXT_NON_EMPTY, &title, error) ||
      !read_text (object, path, "description", TEXT_OPTIONAL, &description, error) ||
      !read_bool (object, path, "optional", &optional, error) ||
      !read_bool (object, path, "hr_follow_up", &hr_follow_up, error))
    return NULL;

  if (g_hash_table_contains (loader->activity_ids, id))
    {
      g_autofree char *child = member_path (path, "id");

      invalid (error, child, _("is already the id of another activity"));
      return NULL;
    }
  g_hash_table_add (loader->activity_ids, g_strdup (id));

  return g_object_new (MP_TYPE_ACTIVITY,
                       "uuid", uuid,
                       "id", id,
                       "title", title,
                       "description", description,
                       "optional", optional,
                       "hr-follow-up", hr_follow_up,
                       NULL);
}

static gboolean
read_cadence (JsonObject     *phase,
              const char     *phase_path,
              MpCadenceUnit  *unit,
              int            *every,
              GError        **error)
{
  g_autofree char *path = member_path (phase_path, "cadence");
  g_autofree char *unit_path = member_path (path, "unit");
  JsonNode *node = json_object_get_member (phase, "cadence");
  JsonObject *object;
  const char *unit_name;

  if (node == NULL)
    return invalid (error, path, _("is missing"));

  if (!(object = get_object (node, path, error)) ||
      !check_members (object, path, cadence_members, error) ||
      !read_text (object, path, "unit", TEXT_REQUIRED, &unit_name, error))
    return FALSE;

  if (g_str_equal (unit_name, "once"))
    *unit = MP_CADENCE_UNIT_ONCE;
  else if (g_str_equal (unit_name, "weeks"))
    *unit = MP_CADENCE_UNIT_WEEKS;
  else if (g_str_equal (unit_name, "months"))
    *unit = MP_CADENCE_UNIT_MONTHS;
  else
    return invalid (error, unit_path, _("must be \"once\", \"weeks\" or \"months\""));

  if (!read_int (object, path, "every", *unit != MP_CADENCE_UNIT_ONCE, 1, 1, 52, every, error))
    return FALSE;

  if (*unit == MP_CADENCE_UNIT_ONCE && *every != 1)
    {
      g_autofree char *every_path = member_path (path, "every");

      return invalid (error, every_path, _("must be 1 for a phase held once"));
    }

  return TRUE;
}

static MpPhase *
read_phase (Loader      *loader,
            JsonNode    *node,
            const char  *path,
            int          previous_end,
            GError     **error)
{
  g_autofree char *activities_path = member_path (path, "activities");
  g_autoptr(GListStore) activities = g_list_store_new (MP_TYPE_ACTIVITY);
  JsonObject *object;
  JsonArray *array;
  const char *uuid, *id, *title, *summary;
  int start_month, months, every;
  MpCadenceUnit unit;

  if (!(object = get_object (node, path, error)) ||
      !check_members (object, path, phase_members, error) ||
      !read_slug (object, path, "id", &id, error) ||
      !read_uuid (loader, object, path, &uuid, error) ||
      !read_text (object, path, "title", TEXT_REQUIRED | TEXT_NON_EMPTY, &title, error) ||
      !read_text (object, path, "summary", TEXT_OPTIONAL, &summary, error) ||
      !read_int (object, path, "start_month", TRUE, 0, -12, 120, &start_month, error) ||
      !read_int (object, path, "months", TRUE, 1, 1, 120, &months, error) ||
      !read_cadence (object, path, &unit, &every, error) ||
      !read_array (object, path, "activities", FALSE, &array, error))
    return NULL;

  if (g_hash_table_contains (loader->phase_ids, id))
    {
      g_autofree char *child = member_path (path, "id");

      invalid (error, child, _("is already the id of another phase"));
      return NULL;
    }
  g_hash_table_add (loader->phase_ids, g_strdup (id));

  if (start_month < previous_end)
    {
      g_autofree char *child = member_path (path, "start_month");

      invalid (error, child, _("must not be before the end of the previous phase"));
      return NULL;
    }

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *activity_path = index_path (activities_path, i);
      g_autoptr(MpActivity) activity = NULL;

      activity = read_activity (loader, json_array_get_element (array, i), activity_path, error);
      if (activity == NULL)
        return NULL;

      g_list_store_append (activities, activity);
    }

  return g_object_new (MP_TYPE_PHASE,
                       "uuid", uuid,
                       "id", id,
                       "title", title,
                       "summary", summary,
                       "start-month", start_month,
                       "months", months,
                       "cadence-unit", unit,
                       "cadence-every", every,
                       "activities", activities,
                       NULL);
}

static gpointer
read_question (Loader      *loader,
               JsonNode    *node,
               const char  *path,
               GError     **error)
{
  JsonObject *object;
  const char *uuid, *question, *answer, *ask_whom;

  if (!(object = get_object (node, path, error)) ||
      !check_members (object, path, question_members, error) ||
      !read_uuid (loader, object, path, &uuid, error) ||
      !read_text (object, path, "question", TEXT_REQUIRED | TEXT_NON_EMPTY, &question, error) ||
      !read_text (object, path, "answer", TEXT_OPTIONAL, &answer, error) ||
      !read_text (object, path, "ask_whom", TEXT_OPTIONAL, &ask_whom, error))
    return NULL;

  return g_object_new (MP_TYPE_QUESTION,
                       "uuid", uuid,
                       "question", question,
                       "answer", answer,
                       "ask-whom", ask_whom,
                       NULL);
}

static gpointer
read_department (Loader      *loader,
                 JsonNode    *node,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *folded = NULL;
  JsonObject *object;
  const char *uuid, *name, *description, *ask_for;

  if (!(object = get_object (node, path, error)) ||
      !check_members (object, path, department_members, error) ||
      !read_uuid (loader, object, path, &uuid, error) ||
      !read_text (object, path, "name", TEXT_REQUIRED | TEXT_NON_EMPTY, &name, error) ||
      !read_text (object, path, "description", TEXT_OPTIONAL, &description, error) ||
      !read_text (object, path, "ask_for", TEXT_OPTIONAL, &ask_for, error))
    return NULL;

  folded = g_utf8_casefold (name, -1);
  if (g_hash_table_contains (loader->department_names, folded))
    {
      g_autofree char *child = member_path (path, "name");

      invalid (error, child, _("is already the name of another department"));
      return NULL;
    }
  g_hash_table_add (loader->department_names, g_steal_pointer (&folded));

  return g_object_new (MP_TYPE_DEPARTMENT,
                       "uuid", uuid,
                       "name", name,
                       "description", description,
                       "ask-for", ask_for,
                       NULL);
}

/* Fills @store from the list member @member of @object with @read for each element. */
static gboolean
read_list (Loader      *loader,
           JsonObject  *object,
           const char  *member,
           gboolean     required,
           GListStore  *store,
           gpointer   (*read) (Loader *, JsonNode *, const char *, GError **),
           GError     **error)
{
  g_autofree char *path = member_path ("$", member);
  JsonArray *array;

  if (!read_array (object, "$", member, required, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = index_path (path, i);
      g_autoptr(GObject) item = read (loader, json_array_get_element (array, i), element_path, error);

      if (item == NULL)
        return FALSE;

      g_list_store_append (store, item);
    }

  return TRUE;
}

/* Cheap checks on the raw text, so that hostile input never reaches the parser. */
static gboolean
check_text (const char  *json,
            gsize        len,
            GError     **error)
{
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  int depth = 0;

  if (len == 0)
    {
      g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE, "$: %s", _("is empty"));
      return FALSE;
    }

  if (len > MAX_TEMPLATE_BYTES)
    {
      g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE, "$: %s",
                   _("is too large for a program template"));
      return FALSE;
    }

  if (memchr (json, '\0', len) != NULL)
    {
      g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE, "$: %s", _("contains a NUL byte"));
      return FALSE;
    }

  if (!g_utf8_validate_len (json, len, NULL))
    {
      g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE, "$: %s", _("is not valid UTF-8 text"));
      return FALSE;
    }

  for (gsize i = 0; i < len; i++)
    {
      char c = json[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_NESTING)
            {
              g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE, "$: %s",
                           _("is nested too deeply"));
              return FALSE;
            }
        }
      else if (c == ']' || c == '}')
        depth--;
    }

  return TRUE;
}

static void
rebuild_indexes (MpProgram *self)
{
  guint n_phases = g_list_model_get_n_items (G_LIST_MODEL (self->phases));

  g_hash_table_remove_all (self->phase_by_id);
  g_hash_table_remove_all (self->activity_by_id);
  g_hash_table_remove_all (self->phase_by_activity_id);

  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (G_LIST_MODEL (self->phases), i);
      GListModel *activities = mp_phase_get_activities (phase);
      guint n_activities = g_list_model_get_n_items (activities);

      g_hash_table_insert (self->phase_by_id, (char *) mp_phase_get_id (phase), phase);

      for (guint j = 0; j < n_activities; j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          const char *id = mp_activity_get_id (activity);

          g_hash_table_insert (self->activity_by_id, (char *) id, activity);
          g_hash_table_insert (self->phase_by_activity_id, (char *) id, phase);
        }
    }
}

static MpProgram *
program_new_from_root (JsonNode  *root,
                       GError   **error)
{
  g_autoptr(MpProgram) self = NULL;
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) qualities = NULL;
  g_auto(GStrv) goals = NULL;
  g_auto(GStrv) benefits = NULL;
  Loader loader;
  JsonObject *object;
  JsonArray *phase_array;
  const char *format, *uuid, *slug, *name, *description;
  const char *mentor_role, *mentor_responsibility, *employee_responsibility;
  int version, lead_time_days;
  int previous_end = G_MININT;
  gboolean ok = FALSE;

  loader_init (&loader);

  if (!(object = get_object (root, "$", error)) ||
      !check_members (object, "$", root_members, error) ||
      !read_text (object, "$", "format", TEXT_REQUIRED, &format, error))
    goto out;

  if (!g_str_equal (format, MP_PROGRAM_FORMAT))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the template format name, "mentoring-program/1" */
      message = g_strdup_printf (_("must be \"%s\""), MP_PROGRAM_FORMAT);
      invalid (error, "$.format", message);
      goto out;
    }

  if (!read_uuid (&loader, object, "$", &uuid, error) ||
      !read_slug (object, "$", "slug", &slug, error) ||
      !read_int (object, "$", "version", TRUE, 1, 1, G_MAXINT, &version, error) ||
      !read_text (object, "$", "name", TEXT_REQUIRED | TEXT_NON_EMPTY, &name, error) ||
      !read_text (object, "$", "description", TEXT_OPTIONAL, &description, error) ||
      !read_int (object, "$", "lead_time_working_days", FALSE, DEFAULT_LEAD_TIME, 0, 30,
                 &lead_time_days, error) ||
      !read_text (object, "$", "mentor_role", TEXT_OPTIONAL, &mentor_role, error) ||
      !read_text (object, "$", "mentor_responsibility", TEXT_OPTIONAL, &mentor_responsibility, error) ||
      !read_text (object, "$", "employee_responsibility", TEXT_OPTIONAL, &employee_responsibility, error) ||
      !read_strv (object, "$", "mentor_qualities", &qualities, error) ||
      !read_strv (object, "$", "mentor_goals", &goals, error) ||
      !read_strv (object, "$", "mentor_benefits", &benefits, error) ||
      !read_array (object, "$", "phases", TRUE, &phase_array, error))
    goto out;

  if (json_array_get_length (phase_array) == 0)
    {
      invalid (error, "$.phases", _("must list at least one phase"));
      goto out;
    }

  for (guint i = 0; i < json_array_get_length (phase_array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.phases[%u]", i);
      MpPhase *phase = read_phase (&loader, json_array_get_element (phase_array, i), path,
                                   previous_end, error);

      if (phase == NULL)
        goto out;

      previous_end = mp_phase_get_end_month (phase);
      g_ptr_array_add (phases, phase);
    }

  self = g_object_new (MP_TYPE_PROGRAM, "uuid", uuid, NULL);
  self->slug = g_strdup (slug);
  self->version = version;
  self->name = g_strdup (name);
  self->description = g_strdup (description);
  self->lead_time_days = lead_time_days;
  self->mentor_role = g_strdup (mentor_role);
  self->mentor_responsibility = g_strdup (mentor_responsibility);
  self->employee_responsibility = g_strdup (employee_responsibility);
  g_strfreev (self->mentor_qualities);
  self->mentor_qualities = g_steal_pointer (&qualities);
  g_strfreev (self->mentor_goals);
  self->mentor_goals = g_steal_pointer (&goals);
  g_strfreev (self->mentor_benefits);
  self->mentor_benefits = g_steal_pointer (&benefits);
  g_list_store_splice (self->phases, 0, 0, phases->pdata, phases->len);

  if (!read_list (&loader, object, "typical_questions", FALSE, self->questions, read_question, error) ||
      !read_list (&loader, object, "departments", FALSE, self->departments, read_department, error))
    goto out;

  rebuild_indexes (self);
  ok = TRUE;

out:
  loader_clear (&loader);

  return ok ? g_steal_pointer (&self) : NULL;
}

static void
mp_program_constructed (GObject *object)
{
  MpProgram *self = (MpProgram *)object;

  G_OBJECT_CLASS (mp_program_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_program_finalize (GObject *object)
{
  MpProgram *self = (MpProgram *)object;

  g_clear_pointer (&self->phase_by_id, g_hash_table_unref);
  g_clear_pointer (&self->activity_by_id, g_hash_table_unref);
  g_clear_pointer (&self->phase_by_activity_id, g_hash_table_unref);
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->mentor_role, g_free);
  g_clear_pointer (&self->mentor_responsibility, g_free);
  g_clear_pointer (&self->employee_responsibility, g_free);
  g_clear_pointer (&self->mentor_qualities, g_strfreev);
  g_clear_pointer (&self->mentor_goals, g_strfreev);
  g_clear_pointer (&self->mentor_benefits, g_strfreev);
  g_clear_object (&self->phases);
  g_clear_object (&self->questions);
  g_clear_object (&self->departments);

  G_OBJECT_CLASS (mp_program_parent_class)->finalize (object);
}

static void
mp_program_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MpProgram *self = MP_PROGRAM (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_LEAD_TIME_DAYS:
      g_value_set_int (value, self->lead_time_days);
      break;

    case PROP_MENTOR_ROLE:
      g_value_set_string (value, self->mentor_role);
      break;

    case PROP_MENTOR_RESPONSIBILITY:
      g_value_set_string (value, self->mentor_responsibility);
      break;

    case PROP_EMPLOYEE_RESPONSIBILITY:
      g_value_set_string (value, self->employee_responsibility);
      break;

    case PROP_MENTOR_QUALITIES:
      g_value_set_boxed (value, self->mentor_qualities);
      break;

    case PROP_MENTOR_GOALS:
      g_value_set_boxed (value, self->mentor_goals);
      break;

    case PROP_MENTOR_BENEFITS:
      g_value_set_boxed (value, self->mentor_benefits);
      break;

    case PROP_PHASES:
      g_value_set_object (value, self->phases);
      break;

    case PROP_QUESTIONS:
      g_value_set_object (value, self->questions);
      break;

    case PROP_DEPARTMENTS:
      g_value_set_object (value, self->departments);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_program_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MpProgram *self = MP_PROGRAM (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_program_class_init (MpProgramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = mp_program_constructed;
  object_class->finalize = mp_program_finalize;
  object_class->get_property = mp_program_get_property;
  object_class->set_property = mp_program_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL, NULL, read_only);

  properties [PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL, 0, G_MAXINT, 0, read_only);

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, read_only);

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, read_only);

  properties [PROP_LEAD_TIME_DAYS] =
    g_param_spec_int ("lead-time-days", NULL, NULL, 0, 30, DEFAULT_LEAD_TIME, read_only);

  properties [PROP_MENTOR_ROLE] =
    g_param_spec_string ("mentor-role", NULL, NULL, NULL, read_only);

  properties [PROP_MENTOR_RESPONSIBILITY] =
    g_param_spec_string ("mentor-responsibility", NULL, NULL, NULL, read_only);

  properties [PROP_EMPLOYEE_RESPONSIBILITY] =
    g_param_spec_string ("employee-responsibility", NULL, NULL, NULL, read_only);

  properties [PROP_MENTOR_QUALITIES] =
    g_param_spec_boxed ("mentor-qualities", NULL, NULL, G_TYPE_STRV, read_only);

  properties [PROP_MENTOR_GOALS] =
    g_param_spec_boxed ("mentor-goals", NULL, NULL, G_TYPE_STRV, read_only);

  properties [PROP_MENTOR_BENEFITS] =
    g_param_spec_boxed ("mentor-benefits", NULL, NULL, G_TYPE_STRV, read_only);

  properties [PROP_PHASES] =
    g_param_spec_object ("phases", NULL, NULL, G_TYPE_LIST_MODEL, read_only);

  properties [PROP_QUESTIONS] =
    g_param_spec_object ("questions", NULL, NULL, G_TYPE_LIST_MODEL, read_only);

  properties [PROP_DEPARTMENTS] =
    g_param_spec_object ("departments", NULL, NULL, G_TYPE_LIST_MODEL, read_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_program_init (MpProgram *self)
{
  self->lead_time_days = DEFAULT_LEAD_TIME;
  self->mentor_qualities = g_new0 (char *, 1);
  self->mentor_goals = g_new0 (char *, 1);
  self->mentor_benefits = g_new0 (char *, 1);
  self->phases = g_list_store_new (MP_TYPE_PHASE);
  self->questions = g_list_store_new (MP_TYPE_QUESTION);
  self->departments = g_list_store_new (MP_TYPE_DEPARTMENT);
  self->phase_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->activity_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->phase_by_activity_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * mp_program_new_from_json:
 * @json: the template text, UTF-8
 * @len: its length in bytes, or `(gsize) -1` when @json is NUL-terminated
 * @error: where to put a #MP_PROGRAM_ERROR naming the JSON path of the first bad value
 *
 * Returns: (transfer full) (nullable): the program, or %NULL with @error set
 */
MpProgram *
mp_program_new_from_json (const char  *json,
                          gsize        len,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (len == (gsize) -1)
    len = strlen (json);

  if (!check_text (json, len, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, (gssize) len, &local_error))
    {
      g_set_error (error, MP_PROGRAM_ERROR, MP_PROGRAM_ERROR_PARSE,
                   "$: %s (%s)", _("is not valid JSON"), local_error->message);
      return NULL;
    }

  return program_new_from_root (json_parser_get_root (parser), error);
}

MpProgram *
mp_program_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);

  return mp_program_new_from_json (data != NULL ? data : "", len, error);
}

/* Also reads "resource:///…" files, such as the template compiled into the application. */
MpProgram *
mp_program_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, cancellable, &contents, &len, NULL, error))
    return NULL;

  return mp_program_new_from_json (contents, len, error);
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *text)
{
  if (text == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         int          value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *member,
          gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

static void
add_activity (JsonBuilder *builder,
              MpActivity  *activity)
{
  json_builder_begin_object (builder);
  add_text (builder, "id", mp_activity_get_id (activity));
  add_text (builder, "uuid", mp_activity_get_uuid (activity));
  add_text (builder, "title", mp_activity_get_title (activity));
  add_text (builder, "description", mp_activity_get_description (activity));
  add_bool (builder, "optional", mp_activity_get_optional (activity));
  add_bool (builder, "hr_follow_up", mp_activity_get_hr_follow_up (activity));
  json_builder_end_object (builder);
}

static void
add_phase (JsonBuilder *builder,
           MpPhase     *phase)
{
  static const char * const unit_names[] = {
    [MP_CADENCE_UNIT_ONCE] = "once",
    [MP_CADENCE_UNIT_WEEKS] = "weeks",
    [MP_CADENCE_UNIT_MONTHS] = "months",
  };
  MpCadenceUnit unit = mp_phase_get_cadence_unit (phase);
  GListModel *activities = mp_phase_get_activities (phase);

  g_assert ((gsize) unit < G_N_ELEMENTS (unit_names));

  json_builder_begin_object (builder);
  add_text (builder, "id", mp_phase_get_id (phase));
  add_text (builder, "uuid", mp_phase_get_uuid (phase));
  add_text (builder, "title", mp_phase_get_title (phase));
  add_text (builder, "summary", mp_phase_get_summary (phase));
  add_int (builder, "start_month", mp_phase_get_start_month (phase));
  add_int (builder, "months", mp_phase_get_months (phase));

  json_builder_set_member_name (builder, "cadence");
  json_builder_begin_object (builder);
  add_text (builder, "unit", unit_names[unit]);
  if (unit != MP_CADENCE_UNIT_ONCE)
    add_int (builder, "every", mp_phase_get_cadence_every (phase));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "activities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(MpActivity) activity = g_list_model_get_item (activities, i);

      add_activity (builder, activity);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/**
 * mp_program_to_json:
 * @self: a #MpProgram
 *
 * Writes @self as a "mentoring-program/1" template (pretty-printed, UTF-8);
 * mp_program_new_from_json () reads it back into an equal program.
 *
 * Returns: (transfer full): the JSON text
 */
char *
mp_program_to_json (MpProgram *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  guint n;

  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  add_text (builder, "format", MP_PROGRAM_FORMAT);
  add_text (builder, "uuid", self->uuid);
  add_text (builder, "slug", self->slug);
  add_int (builder, "version", self->version);
  add_text (builder, "name", self->name);
  add_text (builder, "description", self->description);
  add_int (builder, "lead_time_working_days", self->lead_time_days);
  add_text (builder, "mentor_role", self->mentor_role);
  add_text (builder, "mentor_responsibility", self->mentor_responsibility);
  add_text (builder, "employee_responsibility", self->employee_responsibility);
  add_strv (builder, "mentor_qualities", (const char * const *) self->mentor_qualities);
  add_strv (builder, "mentor_goals", (const char * const *) self->mentor_goals);
  add_strv (builder, "mentor_benefits", (const char * const *) self->mentor_benefits);

  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->phases));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (G_LIST_MODEL (self->phases), i);

      add_phase (builder, phase);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "typical_questions");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->questions), i);

      json_builder_begin_object (builder);
      add_text (builder, "uuid", mp_question_get_uuid (question));
      add_text (builder, "question", mp_question_get_question (question));
      add_text (builder, "answer", mp_question_get_answer (question));
      add_text (builder, "ask_whom", mp_question_get_ask_whom (question));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "departments");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->departments));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (G_LIST_MODEL (self->departments), i);

      json_builder_begin_object (builder);
      add_text (builder, "uuid", mp_department_get_uuid (department));
      add_text (builder, "name", mp_department_get_name (department));
      add_text (builder, "description", mp_department_get_description (department));
      add_text (builder, "ask_for", mp_department_get_ask_for (department));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* A detached copy with the same uuid and row id: phases are shared (they are immutable),
 * questions and departments are copied. */
MpProgram *
mp_program_copy (MpProgram *self)
{
  MpProgram *copy;

  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  copy = g_object_new (MP_TYPE_PROGRAM, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_program_assign (copy, self);

  return copy;
}

const char *
mp_program_get_uuid (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->uuid;
}

const char *
mp_program_get_slug (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->slug;
}

int
mp_program_get_version (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), 0);

  return self->version;
}

const char *
mp_program_get_name (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->name;
}

const char *
mp_program_get_description (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->description;
}

/* How many working days before a needed-by date the mentor should be asked. */
int
mp_program_get_lead_time_days (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), DEFAULT_LEAD_TIME);

  return self->lead_time_days;
}

const char *
mp_program_get_mentor_role (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->mentor_role;
}

const char *
mp_program_get_mentor_responsibility (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->mentor_responsibility;
}

const char *
mp_program_get_employee_responsibility (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return self->employee_responsibility;
}

/* Returns: (transfer none): never %NULL, possibly empty */
const char * const *
mp_program_get_mentor_qualities (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return (const char * const *) self->mentor_qualities;
}

const char * const *
mp_program_get_mentor_goals (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return (const char * const *) self->mentor_goals;
}

const char * const *
mp_program_get_mentor_benefits (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return (const char * const *) self->mentor_benefits;
}

/* Returns: (transfer none): a list of #MpPhase, in time order */
GListModel *
mp_program_get_phases (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return G_LIST_MODEL (self->phases);
}

/* Returns: (transfer none): a list of #MpQuestion, the template's typical questions */
GListModel *
mp_program_get_questions (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return G_LIST_MODEL (self->questions);
}

/* Returns: (transfer none): a list of #MpDepartment, the seed for the store's directory */
GListModel *
mp_program_get_departments (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  return G_LIST_MODEL (self->departments);
}

/* Returns: (transfer none) (nullable): the phase whose id is @phase_id */
MpPhase *
mp_program_lookup_phase (MpProgram  *self,
                         const char *phase_id)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  if (phase_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->phase_by_id, phase_id);
}

/* Returns: (transfer none) (nullable): the activity whose id is @activity_id */
MpActivity *
mp_program_lookup_activity (MpProgram  *self,
                            const char *activity_id)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  if (activity_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->activity_by_id, activity_id);
}

/* Returns: (transfer none) (nullable): the phase that holds the activity @activity_id */
MpPhase *
mp_program_lookup_phase_of_activity (MpProgram  *self,
                                     const char *activity_id)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), NULL);

  if (activity_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->phase_by_activity_id, activity_id);
}

/* The month (after the start date) at which the last phase ends: 6 for the pilot. */
int
mp_program_get_end_month (MpProgram *self)
{
  int end = 0;

  g_return_val_if_fail (MP_IS_PROGRAM (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->phases)); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (G_LIST_MODEL (self->phases), i);

      end = MAX (end, mp_phase_get_end_month (phase));
    }

  return end;
}

gint64
_mp_program_get_id (MpProgram *self)
{
  g_return_val_if_fail (MP_IS_PROGRAM (self), 0);

  return self->row_id;
}

void
_mp_program_set_id (MpProgram *self,
                    gint64     id)
{
  g_return_if_fail (MP_IS_PROGRAM (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

static void
assign_string (MpProgram   *self,
               char       **slot,
               const char  *value,
               guint        prop_id)
{
  if (_mp_set_string (slot, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
assign_strv (MpProgram  *self,
             GStrv      *slot,
             GStrv       value,
             guint       prop_id)
{
  if (_mp_strv_equal ((const char * const *) *slot, (const char * const *) value))
    return;

  g_strfreev (*slot);
  *slot = value != NULL ? g_strdupv (value) : g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
assign_int (MpProgram *self,
            int       *slot,
            int        value,
            guint      prop_id)
{
  if (*slot == value)
    return;

  *slot = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/* How assign_records () handles one kind of mutable record held by a program. */
typedef struct
{
  gpointer    (*copy)     (gpointer item);
  void        (*assign)   (gpointer self,
                           gpointer from);
  const char *(*get_uuid) (gpointer item);
} RecordClass;

static gpointer
question_copy (gpointer item)
{
  return mp_question_copy (item);
}

static void
question_assign (gpointer self,
                 gpointer from)
{
  _mp_question_assign (self, from);
}

static const char *
question_get_uuid (gpointer item)
{
  return mp_question_get_uuid (item);
}

static gpointer
department_copy (gpointer item)
{
  return mp_department_copy (item);
}

static void
department_assign (gpointer self,
                   gpointer from)
{
  _mp_department_assign (self, from);
}

static const char *
department_get_uuid (gpointer item)
{
  return mp_department_get_uuid (item);
}

static const RecordClass question_record = { question_copy, question_assign, question_get_uuid };
static const RecordClass department_record = { department_copy, department_assign, department_get_uuid };

/* Questions and departments: assign in place when both lists hold the same uuids in the
 * same order, otherwise replace the whole list with copies of @from's items. */
static void
assign_records (GListStore        *store,
                GListModel        *from,
                const RecordClass *klass)
{
  g_autoptr(GPtrArray) copies = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = g_list_model_get_n_items (from);
  gboolean same = n_old == n_new;

  for (guint i = 0; same && i < n_new; i++)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr(GObject) item = g_list_model_get_item (from, i);

      same = g_strcmp0 (klass->get_uuid (old), klass->get_uuid (item)) == 0;
    }

  if (same)
    {
      for (guint i = 0; i < n_new; i++)
        {
          g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (store), i);
          g_autoptr(GObject) item = g_list_model_get_item (from, i);

          if (old != item)
            klass->assign (old, item);
        }
      return;
    }

  copies = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (from, i);

      g_ptr_array_add (copies, klass->copy (item));
    }
  g_list_store_splice (store, 0, n_old, copies->pdata, copies->len);
}

void
_mp_program_assign (MpProgram *self,
                    MpProgram *from)
{
  g_return_if_fail (MP_IS_PROGRAM (self));
  g_return_if_fail (MP_IS_PROGRAM (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  assign_string (self, &self->slug, from->slug, PROP_SLUG);
  assign_int (self, &self->version, from->version, PROP_VERSION);
  assign_string (self, &self->name, from->name, PROP_NAME);
  assign_string (self, &self->description, from->description, PROP_DESCRIPTION);
  assign_int (self, &self->lead_time_days, from->lead_time_days, PROP_LEAD_TIME_DAYS);
  assign_string (self, &self->mentor_role, from->mentor_role, PROP_MENTOR_ROLE);
  assign_string (self, &self->mentor_responsibility, from->mentor_responsibility,
                 PROP_MENTOR_RESPONSIBILITY);
  assign_string (self, &self->employee_responsibility, from->employee_responsibility,
                 PROP_EMPLOYEE_RESPONSIBILITY);
  assign_strv (self, &self->mentor_qualities, from->mentor_qualities, PROP_MENTOR_QUALITIES);
  assign_strv (self, &self->mentor_goals, from->mentor_goals, PROP_MENTOR_GOALS);
  assign_strv (self, &self->mentor_benefits, from->mentor_benefits, PROP_MENTOR_BENEFITS);

  if (_mp_list_store_replace (self->phases, G_LIST_MODEL (from->phases)))
    rebuild_indexes (self);

  assign_records (self->questions, G_LIST_MODEL (from->questions), &question_record);
  assign_records (self->departments, G_LIST_MODEL (from->departments), &department_record);

  g_object_thaw_notify (G_OBJECT (self));
}

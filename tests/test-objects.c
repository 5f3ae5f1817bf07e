/* test-objects.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mp-model.h"
#include "mp-model-private.h"

/* The generic tests walk each type's properties through GParamSpec, so a property added
 * later is covered without touching this file. */

typedef struct
{
  const char  *name;
  const char  *log_domain;
  GType      (*get_type) (void);
  GObject   *(*copy)     (GObject *self);
  void       (*assign)   (GObject *self,
                          GObject *from);
  gint64     (*get_id)   (GObject *self);
  void       (*set_id)   (GObject *self,
                          gint64   id);
  gboolean     immutable;
} ModelType;

#define MODEL_TYPE_FUNCS(Name, name)                                                        \
  static GObject *name##_copy_cb (GObject *self) { return G_OBJECT (mp_##name##_copy ((Mp##Name *) self)); } \
  static void name##_assign_cb (GObject *self, GObject *from) { _mp_##name##_assign ((Mp##Name *) self, (Mp##Name *) from); } \
  static gint64 name##_get_id_cb (GObject *self) { return _mp_##name##_get_id ((Mp##Name *) self); } \
  static void name##_set_id_cb (GObject *self, gint64 id) { _mp_##name##_set_id ((Mp##Name *) self, id); }

#define MODEL_TYPE(Name, name, file, immutable) \
  { #name, "mp-" file, mp_##name##_get_type, name##_copy_cb, name##_assign_cb, name##_get_id_cb, name##_set_id_cb, immutable }

MODEL_TYPE_FUNCS (Department, department)
MODEL_TYPE_FUNCS (Person, person)
MODEL_TYPE_FUNCS (Activity, activity)
MODEL_TYPE_FUNCS (Phase, phase)
MODEL_TYPE_FUNCS (Question, question)
MODEL_TYPE_FUNCS (Mentorship, mentorship)
MODEL_TYPE_FUNCS (Meeting, meeting)
MODEL_TYPE_FUNCS (ActivityProgress, activity_progress)
MODEL_TYPE_FUNCS (Concern, concern)
MODEL_TYPE_FUNCS (Introduction, introduction)
MODEL_TYPE_FUNCS (Agreement, agreement)
MODEL_TYPE_FUNCS (Feedback, feedback)

static const ModelType model_types[] = {
  MODEL_TYPE (Department, department, "department", FALSE),
  MODEL_TYPE (Person, person, "person", FALSE),
  MODEL_TYPE (Activity, activity, "activity", TRUE),
  MODEL_TYPE (Phase, phase, "phase", TRUE),
  MODEL_TYPE (Question, question, "question", FALSE),
  MODEL_TYPE (Mentorship, mentorship, "mentorship", FALSE),
  MODEL_TYPE (Meeting, meeting, "meeting", FALSE),
  MODEL_TYPE (ActivityProgress, activity_progress, "activity-progress", FALSE),
  MODEL_TYPE (Concern, concern, "concern", FALSE),
  MODEL_TYPE (Introduction, introduction, "introduction", FALSE),
  MODEL_TYPE (Agreement, agreement, "agreement", FALSE),
  MODEL_TYPE (Feedback, feedback, "feedback", FALSE),
};

/* Properties every type must have, by type name (besides "uuid"). */
static const struct { const char *type; const char *properties; } expected_properties[] = {
  { "department", "name description ask-for" },
  { "person", "name login email phone title department is-hr-admin may-mentor active" },
  { "activity", "id title description optional hr-follow-up" },
  { "phase", "id title summary start-month months cadence-unit cadence-every activities" },
  { "question", "question answer ask-whom" },
  { "mentorship", "mentor employee program start-date status end-reason ended-on" },
  { "meeting", "mentorship starts-at duration-minutes mode status place agenda summary informal" },
  { "activity_progress", "mentorship activity-id state done-on meeting hr-followed-up-on hr-note" },
  { "concern", "mentorship subject text raised-at needed-by status answer answered-at" },
  { "introduction", "mentorship colleague colleague-person where on" },
  { "agreement", "mentorship best-days channels expectations agreed-on" },
  { "feedback", "mentorship role program-rating meetings-rating usefulness-rating comment submitted-at" },
};

static MpProgram *
new_program (void)
{
  const char *json =
    "{ \"format\": \"mentoring-program/1\", \"slug\": \"p\", \"version\": 1, \"name\": \"P\","
    "  \"phases\": [ { \"id\": \"a\", \"title\": \"A\", \"start_month\": 0, \"months\": 1,"
    "                  \"cadence\": { \"unit\": \"once\" } } ] }";
  g_autoptr(GError) error = NULL;
  MpProgram *program = mp_program_new_from_json (json, (gsize) -1, &error);

  g_assert_no_error (error);

  return program;
}

static gboolean
is_settable (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0 && !g_str_equal (pspec->name, "uuid");
}

/* Two different values (@variant 1 or 2) for @pspec; variant 1 differs from the default. */
static void
make_value (GParamSpec *pspec,
            int         variant,
            GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_take_string (value, g_strdup_printf ("%s %d — “quoted” 'x'); DROP TABLE t; -- 🙂 שלום",
                                                 pspec->name, variant));
  else if (type == G_TYPE_BOOLEAN)
    {
      gboolean def = G_PARAM_SPEC_BOOLEAN (pspec)->default_value;

      g_value_set_boolean (value, variant == 1 ? !def : def);
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *ispec = G_PARAM_SPEC_INT (pspec);
      int v1 = ispec->default_value != ispec->maximum ? ispec->maximum : ispec->minimum;

      if (variant == 1)
        g_value_set_int (value, v1);
      else
        g_value_set_int (value, v1 == ispec->maximum ? ispec->maximum - 1 : ispec->minimum + 1);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

      g_assert_cmpuint (klass->n_values, >=, 2);
      g_value_set_enum (value, klass->values[klass->n_values - variant].value);
    }
  else if (type == G_TYPE_DATE)
    g_value_take_boxed (value, g_date_new_dmy (variant == 1 ? 29 : 31,
                                               variant == 1 ? G_DATE_FEBRUARY : G_DATE_JANUARY, 2028));
  else if (type == G_TYPE_DATE_TIME)
    g_value_take_boxed (value, g_date_time_new_utc (2026, 1, 31, 14, variant, 0));
  else if (type == G_TYPE_LIST_MODEL)
    {
      GListStore *store = g_list_store_new (MP_TYPE_ACTIVITY);

      for (int i = 0; i < variant; i++)
        {
          g_autofree char *id = g_strdup_printf ("activity-%d-%d", variant, i);
          g_autoptr(MpActivity) activity = mp_activity_new (id, "Title", NULL, FALSE, FALSE);

          g_list_store_append (store, activity);
        }
      g_value_take_object (value, store);
    }
  else if (type == MP_TYPE_PROGRAM)
    g_value_take_object (value, new_program ());
  else if (G_TYPE_IS_OBJECT (type))
    g_value_take_object (value, g_object_new (type, NULL));
  else
    g_error ("no test value for property %s of type %s", pspec->name, g_type_name (type));
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  g_assert_true (G_VALUE_TYPE (b) == type);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (type == G_TYPE_DATE)
    return _mp_date_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_DATE_TIME)
    return _mp_date_time_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_LIST_MODEL)
    {
      GListModel *la = g_value_get_object (a);
      GListModel *lb = g_value_get_object (b);
      guint n = g_list_model_get_n_items (la);

      if (n != g_list_model_get_n_items (lb))
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) ia = g_list_model_get_item (la, i);
          g_autoptr(GObject) ib = g_list_model_get_item (lb, i);

          if (ia != ib)
            return FALSE;
        }
      return TRUE;
    }
  if (G_TYPE_IS_OBJECT (type))
    return g_value_get_object (a) == g_value_get_object (b);

  g_assert_not_reached ();
}

static gboolean
property_equals (GObject    *object,
                 GParamSpec *pspec,
                 GValue     *expected)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &value);

  return values_equal (&value, expected);
}

/* An object of @type whose settable properties all hold @variant values. */
static GObject *
new_filled (const ModelType *mt,
            const char      *uuid,
            int              variant)
{
  GObjectClass *klass = g_type_class_ref (mt->get_type ());
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GObject *object;
  guint n;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  pspecs = g_object_class_list_properties (klass, &n);

  if (uuid != NULL)
    {
      GValue value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, uuid);
      g_ptr_array_add (names, (gpointer) "uuid");
      g_array_append_val (values, value);
    }

  for (guint i = 0; i < n; i++)
    {
      GValue value = G_VALUE_INIT;

      if (!is_settable (pspecs[i]))
        continue;

      make_value (pspecs[i], variant, &value);
      g_ptr_array_add (names, (gpointer) pspecs[i]->name);
      g_array_append_val (values, value);
    }

  object = g_object_new_with_properties (mt->get_type (), names->len, (const char **) names->pdata,
                                         (const GValue *) values->data);
  g_type_class_unref (klass);

  return object;
}

typedef struct
{
  GHashTable *counts;  /* property name → number of notifications */
} NotifyLog;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              NotifyLog  *log)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, pspec->name));

  g_hash_table_insert (log->counts, (gpointer) pspec->name, GUINT_TO_POINTER (count + 1));
}

static guint
notify_count (NotifyLog  *log,
              const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, name));
}

static guint
notify_total (NotifyLog *log)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, log->counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

static void
test_expected_properties (gconstpointer data)
{
  const ModelType *mt = data;
  GObjectClass *klass = g_type_class_ref (mt->get_type ());
  GParamSpec *uuid = g_object_class_find_property (klass, "uuid");

  g_assert_nonnull (uuid);
  g_assert_true (uuid->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (uuid) == G_TYPE_STRING);

  for (guint i = 0; i < G_N_ELEMENTS (expected_properties); i++)
    {
      g_auto(GStrv) names = NULL;

      if (!g_str_equal (expected_properties[i].type, mt->name))
        continue;

      names = g_strsplit (expected_properties[i].properties, " ", -1);
      for (guint j = 0; names[j] != NULL; j++)
        {
          GParamSpec *pspec = g_object_class_find_property (klass, names[j]);

          g_test_message ("%s:%s", mt->name, names[j]);
          g_assert_nonnull (pspec);
          g_assert_true (pspec->flags & G_PARAM_READABLE);
          g_assert_true (pspec->flags & G_PARAM_WRITABLE);
          g_assert_true (pspec->flags & G_PARAM_STATIC_NAME);
          if (mt->immutable)
            g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
          else
            g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
        }
    }

  g_type_class_unref (klass);
}

static void
test_uuid (gconstpointer data)
{
  const ModelType *mt = data;
  g_autoptr(GObject) a = g_object_new (mt->get_type (), NULL);
  g_autoptr(GObject) b = g_object_new (mt->get_type (), NULL);
  g_autoptr(GObject) c = g_object_new (mt->get_type (), "uuid", "0b5c2c3e-5f0a-4e8e-9a43-6c1a8f3f2d11", NULL);
  g_autoptr(GObject) d = g_object_new (mt->get_type (), "uuid", "", NULL);
  g_autofree char *ua = NULL;
  g_autofree char *ub = NULL;
  g_autofree char *uc = NULL;
  g_autofree char *ud = NULL;

  g_object_get (a, "uuid", &ua, NULL);
  g_object_get (b, "uuid", &ub, NULL);
  g_object_get (c, "uuid", &uc, NULL);
  g_object_get (d, "uuid", &ud, NULL);

  g_assert_true (g_uuid_string_is_valid (ua));
  g_assert_true (g_uuid_string_is_valid (ub));
  g_assert_cmpstr (ua, !=, ub);
  g_assert_cmpstr (uc, ==, "0b5c2c3e-5f0a-4e8e-9a43-6c1a8f3f2d11");
  g_assert_true (g_uuid_string_is_valid (ud));

  g_assert_cmpint (mt->get_id (a), ==, 0);
  mt->set_id (a, 41);
  g_assert_cmpint (mt->get_id (a), ==, 41);
}

static void
test_properties (gconstpointer data)
{
  const ModelType *mt = data;
  g_autoptr(GObject) object = g_object_new (mt->get_type (), NULL);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  NotifyLog log = { counts };
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  g_signal_connect (object, "notify", G_CALLBACK (on_notify_cb), &log);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) v1 = G_VALUE_INIT;
      g_auto(GValue) v1_again = G_VALUE_INIT;
      g_auto(GValue) v2 = G_VALUE_INIT;

      if (!is_settable (pspec))
        continue;

      g_test_message ("%s:%s", mt->name, pspec->name);
      make_value (pspec, 1, &v1);
      make_value (pspec, 2, &v2);

      if (pspec->flags & G_PARAM_CONSTRUCT_ONLY)
        {
          g_autoptr(GObject) built = g_object_new_with_properties (mt->get_type (), 1,
                                                                   (const char *[]) { pspec->name }, &v1);

          g_assert_true (property_equals (built, pspec, &v1));
          continue;
        }

      g_hash_table_remove_all (counts);

      g_object_set_property (object, pspec->name, &v1);
      g_assert_cmpuint (notify_count (&log, pspec->name), ==, 1);
      g_assert_cmpuint (notify_total (&log), ==, 1);
      g_assert_true (property_equals (object, pspec, &v1));

      /* The same value again, in a distinct copy: no notification. */
      g_value_init (&v1_again, G_VALUE_TYPE (&v1));
      g_value_copy (&v1, &v1_again);
      g_object_set_property (object, pspec->name, &v1_again);
      g_assert_cmpuint (notify_count (&log, pspec->name), ==, 1);

      g_object_set_property (object, pspec->name, &v2);
      g_assert_cmpuint (notify_count (&log, pspec->name), ==, 2);
      g_assert_true (property_equals (object, pspec, &v2));
      g_assert_cmpuint (notify_total (&log), ==, 2);
    }
}

static void
test_copy (gconstpointer data)
{
  const ModelType *mt = data;
  g_autoptr(GObject) original = new_filled (mt, NULL, 1);
  g_autoptr(GObject) copy = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  NotifyLog log = { counts };
  guint n;

  mt->set_id (original, 77);
  copy = mt->copy (original);

  g_assert_true (copy != original);
  g_assert_true (G_OBJECT_TYPE (copy) == mt->get_type ());
  g_assert_cmpint (mt->get_id (copy), ==, 77);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (original), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_test_message ("%s:%s", mt->name, pspecs[i]->name);
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (original, pspecs[i]->name, &value);
      g_assert_true (property_equals (copy, pspecs[i], &value));
    }

  /* The copy is detached: editing it leaves the original alone. */
  if (!mt->immutable)
    {
      g_signal_connect (original, "notify", G_CALLBACK (on_notify_cb), &log);
      for (guint i = 0; i < n; i++)
        {
          g_auto(GValue) v1 = G_VALUE_INIT;
          g_auto(GValue) v2 = G_VALUE_INIT;

          if (!is_settable (pspecs[i]))
            continue;

          make_value (pspecs[i], 1, &v1);
          make_value (pspecs[i], 2, &v2);
          g_object_set_property (copy, pspecs[i]->name, &v2);
          if (G_VALUE_HOLDS_STRING (&v1) || G_VALUE_HOLDS_BOOLEAN (&v1) || G_VALUE_HOLDS_INT (&v1) ||
              G_VALUE_HOLDS_ENUM (&v1) || G_VALUE_HOLDS (&v1, G_TYPE_DATE) || G_VALUE_HOLDS (&v1, G_TYPE_DATE_TIME))
            g_assert_true (property_equals (original, pspecs[i], &v1));
        }
      g_assert_cmpuint (notify_total (&log), ==, 0);
    }
}

static void
test_assign (gconstpointer data)
{
  const ModelType *mt = data;
  const char *uuid = "5d7b1a52-2f51-4e0c-8a59-3b64e0e1c9a7";
  g_autoptr(GObject) canonical = new_filled (mt, uuid, 1);
  g_autoptr(GObject) draft = new_filled (mt, uuid, 2);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  NotifyLog log = { counts };
  guint n, expected = 0;

  mt->set_id (canonical, 5);
  mt->set_id (draft, 9);
  g_signal_connect (canonical, "notify", G_CALLBACK (on_notify_cb), &log);

  mt->assign (canonical, draft);

  /* Identity is kept; every value changed, and each is notified exactly once. */
  g_assert_cmpint (mt->get_id (canonical), ==, 5);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (canonical), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_test_message ("%s:%s", mt->name, pspecs[i]->name);
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (draft, pspecs[i]->name, &value);
      g_assert_true (property_equals (canonical, pspecs[i], &value));

      if (!is_settable (pspecs[i]) || G_PARAM_SPEC_VALUE_TYPE (pspecs[i]) == G_TYPE_LIST_MODEL)
        g_assert_cmpuint (notify_count (&log, pspecs[i]->name), ==, 0);
      else
        {
          g_assert_cmpuint (notify_count (&log, pspecs[i]->name), ==, 1);
          expected++;
        }
    }
  g_assert_cmpuint (notify_total (&log), ==, expected);

  /* Nothing changes the second time: nothing is notified. */
  g_hash_table_remove_all (counts);
  mt->assign (canonical, draft);
  g_assert_cmpuint (notify_total (&log), ==, 0);

  /* A draft of another record is refused. */
  {
    g_autoptr(GObject) other = g_object_new (mt->get_type (), NULL);

    g_test_expect_message (mt->log_domain, G_LOG_LEVEL_CRITICAL, "*uuid*");
    mt->assign (canonical, other);
    g_test_assert_expected_messages ();
    g_assert_cmpuint (notify_total (&log), ==, 0);
  }
}

static void
test_dates (void)
{
  g_autoptr(MpMentorship) mentorship = g_object_new (MP_TYPE_MENTORSHIP, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  NotifyLog log = { counts };
  g_autoptr(GDate) invalid = g_date_new ();
  g_autoptr(GDate) date = g_date_new_dmy (31, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) same = g_date_new_julian (g_date_get_julian (date));
  const GDate *got;

  g_signal_connect (mentorship, "notify", G_CALLBACK (on_notify_cb), &log);

  g_assert_null (mp_mentorship_get_start_date (mentorship));
  mp_mentorship_set_start_date (mentorship, invalid);
  g_assert_null (mp_mentorship_get_start_date (mentorship));
  g_assert_cmpuint (notify_total (&log), ==, 0);

  mp_mentorship_set_start_date (mentorship, date);
  got = mp_mentorship_get_start_date (mentorship);
  g_assert_nonnull (got);
  g_assert_true (got != date);  /* a copy is kept */
  g_assert_cmpint (g_date_compare (got, date), ==, 0);
  g_assert_cmpuint (notify_count (&log, "start-date"), ==, 1);

  mp_mentorship_set_start_date (mentorship, same);
  g_assert_cmpuint (notify_count (&log, "start-date"), ==, 1);

  /* Month arithmetic is the caller's: the stored date is never changed behind its back. */
  g_date_add_months (date, 1);
  g_assert_cmpint (g_date_get_day (mp_mentorship_get_start_date (mentorship)), ==, 31);

  mp_mentorship_set_start_date (mentorship, NULL);
  g_assert_null (mp_mentorship_get_start_date (mentorship));
  g_assert_cmpuint (notify_count (&log, "start-date"), ==, 2);

  mp_mentorship_set_ended_on (mentorship, invalid);
  g_assert_null (mp_mentorship_get_ended_on (mentorship));
  g_assert_cmpuint (notify_count (&log, "ended-on"), ==, 0);
}

static void
test_date_times (void)
{
  g_autoptr(MpMeeting) meeting = g_object_new (MP_TYPE_MEETING, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  NotifyLog log = { counts };
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 3, 29, 12, 0, 0);
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GDateTime) same_instant = g_date_time_to_timezone (utc, paris);
  g_autoptr(GDateTime) later = g_date_time_add_hours (utc, 1);

  g_signal_connect (meeting, "notify", G_CALLBACK (on_notify_cb), &log);

  g_assert_null (mp_meeting_get_starts_at (meeting));
  mp_meeting_set_starts_at (meeting, utc);
  g_assert_true (mp_meeting_get_starts_at (meeting) == utc);  /* borrowed, the same instance */
  g_assert_cmpuint (notify_count (&log, "starts-at"), ==, 1);

  mp_meeting_set_starts_at (meeting, same_instant);
  g_assert_cmpuint (notify_count (&log, "starts-at"), ==, 1);
  g_assert_true (mp_meeting_get_starts_at (meeting) == utc);

  mp_meeting_set_starts_at (meeting, later);
  g_assert_cmpuint (notify_count (&log, "starts-at"), ==, 2);

  mp_meeting_set_starts_at (meeting, NULL);
  g_assert_null (mp_meeting_get_starts_at (meeting));
  g_assert_cmpuint (notify_count (&log, "starts-at"), ==, 3);
}

static void
test_constructors (void)
{
  g_autoptr(MpDepartment) department = mp_department_new ("Member Services");
  g_autoptr(MpPerson) mentor = mp_person_new ("Ada Lovelace");
  g_autoptr(MpPerson) employee = mp_person_new ("Grace Hopper");
  g_autoptr(MpProgram) program = new_program ();
  g_autoptr(GDate) start = g_date_new_dmy (2, G_DATE_FEBRUARY, 2026);
  g_autoptr(MpMentorship) mentorship = mp_mentorship_new (mentor, employee, program, start);
  g_autoptr(GDateTime) at = g_date_time_new_utc (2026, 2, 16, 15, 0, 0);
  g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, at);
  g_autoptr(MpActivityProgress) progress = mp_activity_progress_new (mentorship, "committee");
  g_autoptr(MpConcern) concern = mp_concern_new (mentorship, "Budget form", "Which code do I use?");
  g_autoptr(MpIntroduction) introduction = mp_introduction_new (mentorship, "Sam Rivera");
  g_autoptr(MpAgreement) agreement = mp_agreement_new (mentorship);
  g_autoptr(MpFeedback) feedback = mp_feedback_new (mentorship, MP_FEEDBACK_ROLE_MENTOR);
  g_autoptr(MpQuestion) question = mp_question_new ("What is the library system?");
  g_autoptr(MpActivity) activity = mp_activity_new ("committee", "Attend a committee meeting", "Plain words.",
                                                    FALSE, TRUE);
  g_autoptr(GListStore) activities = g_list_store_new (MP_TYPE_ACTIVITY);
  g_autoptr(MpPhase) phase = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();

  g_assert_cmpstr (mp_department_get_name (department), ==, "Member Services");
  g_assert_null (mp_department_get_description (department));

  g_assert_cmpstr (mp_person_get_name (mentor), ==, "Ada Lovelace");
  g_assert_true (mp_person_get_active (mentor));
  g_assert_false (mp_person_get_may_mentor (mentor));
  g_assert_false (mp_person_get_is_hr_admin (mentor));
  g_assert_null (mp_person_get_department (mentor));
  mp_person_set_department (mentor, department);
  g_assert_true (mp_person_get_department (mentor) == department);

  g_assert_true (mp_mentorship_get_mentor (mentorship) == mentor);
  g_assert_true (mp_mentorship_get_employee (mentorship) == employee);
  g_assert_true (mp_mentorship_get_program (mentorship) == program);
  g_assert_cmpint (g_date_compare (mp_mentorship_get_start_date (mentorship), start), ==, 0);
  g_assert_cmpint (mp_mentorship_get_status (mentorship), ==, MP_MENTORSHIP_STATUS_ACTIVE);
  g_assert_null (mp_mentorship_get_ended_on (mentorship));

  g_assert_true (mp_meeting_get_mentorship (meeting) == mentorship);
  g_assert_true (g_date_time_equal (mp_meeting_get_starts_at (meeting), at));
  g_assert_cmpint (mp_meeting_get_duration_minutes (meeting), ==, 60);
  g_assert_cmpint (mp_meeting_get_mode (meeting), ==, MP_MEETING_MODE_IN_PERSON);
  g_assert_cmpint (mp_meeting_get_status (meeting), ==, MP_MEETING_STATUS_SCHEDULED);
  g_assert_false (mp_meeting_get_informal (meeting));

  g_assert_cmpstr (mp_activity_progress_get_activity_id (progress), ==, "committee");
  g_assert_cmpint (mp_activity_progress_get_state (progress), ==, MP_ACTIVITY_STATE_PENDING);
  g_assert_null (mp_activity_progress_get_meeting (progress));
  mp_activity_progress_set_meeting (progress, meeting);
  g_assert_true (mp_activity_progress_get_meeting (progress) == meeting);
  mp_activity_progress_set_meeting (progress, NULL);
  g_assert_null (mp_activity_progress_get_meeting (progress));

  g_assert_cmpstr (mp_concern_get_subject (concern), ==, "Budget form");
  g_assert_cmpstr (mp_concern_get_text (concern), ==, "Which code do I use?");
  g_assert_cmpint (mp_concern_get_status (concern), ==, MP_CONCERN_STATUS_OPEN);
  g_assert_nonnull (mp_concern_get_raised_at (concern));
  g_assert_cmpint (g_date_time_difference (before, mp_concern_get_raised_at (concern)), <=, 0 + G_TIME_SPAN_MINUTE);
  g_assert_null (mp_concern_get_answered_at (concern));

  g_assert_cmpstr (mp_introduction_get_colleague (introduction), ==, "Sam Rivera");
  g_assert_null (mp_introduction_get_colleague_person (introduction));
  g_assert_true (mp_agreement_get_mentorship (agreement) == mentorship);

  g_assert_cmpint (mp_feedback_get_role (feedback), ==, MP_FEEDBACK_ROLE_MENTOR);
  g_assert_cmpint (mp_feedback_get_program_rating (feedback), ==, 0);
  g_assert_cmpint (mp_feedback_get_meetings_rating (feedback), ==, 0);
  g_assert_cmpint (mp_feedback_get_usefulness_rating (feedback), ==, 0);
  g_assert_null (mp_feedback_get_submitted_at (feedback));

  g_assert_cmpstr (mp_question_get_question (question), ==, "What is the library system?");

  g_assert_cmpstr (mp_activity_get_id (activity), ==, "committee");
  g_assert_true (mp_activity_get_hr_follow_up (activity));
  g_assert_false (mp_activity_get_optional (activity));

  g_list_store_append (activities, activity);
  phase = mp_phase_new ("months-3-6", "Months 3–6", NULL, 2, 4, MP_CADENCE_UNIT_MONTHS, 1, G_LIST_MODEL (activities));
  g_assert_cmpint (mp_phase_get_end_month (phase), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (mp_phase_get_activities (phase)), ==, 1);
  /* The phase keeps its own list: changing the one it was built from does not reach it. */
  g_list_store_remove_all (activities);
  g_assert_cmpuint (g_list_model_get_n_items (mp_phase_get_activities (phase)), ==, 1);
}

static void
test_rating_range (void)
{
  g_autoptr(MpFeedback) feedback = g_object_new (MP_TYPE_FEEDBACK, NULL);

  mp_feedback_set_program_rating (feedback, 5);
  g_assert_cmpint (mp_feedback_get_program_rating (feedback), ==, 5);

  g_test_expect_message ("mp-feedback", G_LOG_LEVEL_CRITICAL, "*program_rating*");
  mp_feedback_set_program_rating (feedback, 6);
  g_test_assert_expected_messages ();
  g_assert_cmpint (mp_feedback_get_program_rating (feedback), ==, 5);

  g_test_expect_message ("mp-feedback", G_LOG_LEVEL_CRITICAL, "*usefulness_rating*");
  mp_feedback_set_usefulness_rating (feedback, -1);
  g_test_assert_expected_messages ();
  g_assert_cmpint (mp_feedback_get_usefulness_rating (feedback), ==, 0);
}

/* Nothing anywhere rates or evaluates a person, and meetings carry no private notes. */
static void
test_nothing_rates_people (void)
{
  static const char * const forbidden[] = { "score", "evaluation", "assessment", "performance", "grade", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (model_types); i++)
    {
      GObjectClass *klass = g_type_class_ref (model_types[i].get_type ());
      g_autofree GParamSpec **pspecs = NULL;
      guint n;

      pspecs = g_object_class_list_properties (klass, &n);
      for (guint j = 0; j < n; j++)
        {
          for (guint k = 0; forbidden[k] != NULL; k++)
            g_assert_null (strstr (pspecs[j]->name, forbidden[k]));

          if (g_str_has_suffix (pspecs[j]->name, "-rating"))
            g_assert_true (model_types[i].get_type () == MP_TYPE_FEEDBACK);
        }
      g_type_class_unref (klass);
    }

  {
    GObjectClass *klass = g_type_class_ref (MP_TYPE_MEETING);
    g_autofree GParamSpec **pspecs = NULL;
    guint n;

    pspecs = g_object_class_list_properties (klass, &n);
    for (guint j = 0; j < n; j++)
      g_assert_null (strstr (pspecs[j]->name, "note"));
    g_type_class_unref (klass);
  }
}

/* The one rule of "has it started by this day": the day before its start it has not (ending
 * it then calls it off), on its start day it has; with no start date it has. */
static void
test_starts_after (void)
{
  g_autoptr(MpMentorship) mentorship = g_object_new (MP_TYPE_MENTORSHIP, NULL);
  g_autoptr(GDate) start = g_date_new_dmy (2, G_DATE_MARCH, 2026);
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_MARCH, 2026);

  g_assert_false (mp_mentorship_starts_after (mentorship, day));
  mp_mentorship_set_start_date (mentorship, start);
  g_assert_true (mp_mentorship_starts_after (mentorship, day));
  g_date_add_days (day, 1);
  g_assert_false (mp_mentorship_starts_after (mentorship, day));
  g_date_add_days (day, 1);
  g_assert_false (mp_mentorship_starts_after (mentorship, day));
}

/* Meetings sort by their start for the calendar export and the dashboard's day lists. */
static void
test_meeting_compare_by_start (void)
{
  g_autoptr(GDateTime) early = g_date_time_new_utc (2027, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) late = g_date_time_new_utc (2027, 3, 1, 14, 30, 0);
  g_autoptr(MpMeeting) a = mp_meeting_new (NULL, late);
  g_autoptr(MpMeeting) b = mp_meeting_new (NULL, early);
  g_autoptr(MpMeeting) c = mp_meeting_new (NULL, late);
  g_autoptr(MpMeeting) none = mp_meeting_new (NULL, early);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();

  mp_meeting_set_starts_at (none, NULL);
  g_ptr_array_add (meetings, a);
  g_ptr_array_add (meetings, b);
  g_ptr_array_add (meetings, none);
  g_ptr_array_add (meetings, c);
  g_ptr_array_sort (meetings, mp_meeting_compare_by_start);

  g_assert_true (g_ptr_array_index (meetings, 0) == none);
  g_assert_true (g_ptr_array_index (meetings, 1) == b);
  g_assert_true (mp_meeting_compare_by_start (&a, &c) == 0);
  g_assert_cmpint (mp_meeting_compare_by_start (&b, &a), <, 0);
  g_assert_cmpint (mp_meeting_compare_by_start (&a, &none), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (model_types); i++)
    {
      const ModelType *mt = &model_types[i];
      g_autofree char *properties = g_strdup_printf ("/objects/%s/properties", mt->name);
      g_autofree char *expected = g_strdup_printf ("/objects/%s/expected-properties", mt->name);
      g_autofree char *uuid = g_strdup_printf ("/objects/%s/uuid", mt->name);
      g_autofree char *copy = g_strdup_printf ("/objects/%s/copy", mt->name);
      g_autofree char *assign = g_strdup_printf ("/objects/%s/assign", mt->name);

      g_test_add_data_func (expected, mt, test_expected_properties);
      g_test_add_data_func (uuid, mt, test_uuid);
      g_test_add_data_func (properties, mt, test_properties);
      g_test_add_data_func (copy, mt, test_copy);
      g_test_add_data_func (assign, mt, test_assign);
    }

  g_test_add_func ("/objects/dates", test_dates);
  g_test_add_func ("/objects/starts-after", test_starts_after);
  g_test_add_func ("/objects/meeting-compare-by-start", test_meeting_compare_by_start);
  g_test_add_func ("/objects/date-times", test_date_times);
  g_test_add_func ("/objects/constructors", test_constructors);
  g_test_add_func ("/objects/feedback/rating-range", test_rating_range);
  g_test_add_func ("/objects/nothing-rates-people", test_nothing_rates_people);

  return g_test_run ();
}

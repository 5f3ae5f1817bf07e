/* test-json.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "mp-demo.h"
#include "mp-json.h"
#include "mp-model.h"

/* The demo data, on a fixed day, is the source of every round trip. */
#define DEMO_YEAR  2026
#define DEMO_MONTH G_DATE_MARCH
#define DEMO_DAY   16

typedef struct
{
  char    *dir;
  char    *path;     /* the demo database */
  MpStore *store;    /* on it, filled with the demo data */
} Fixture;

static GDate
demo_day (void)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, DEMO_DAY, DEMO_MONTH, DEMO_YEAR);

  return day;
}

static MpStore *
open_store (const char      *dir,
            const char      *name,
            MpStoreOpenFlags flags,
            char           **out_path)
{
  g_autofree char *file = g_strconcat (name, ".db", NULL);
  g_autofree char *private_file = g_strconcat (name, "-private.db", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  /* Never in the shared file's folder: the store refuses that. */
  g_autofree char *private_path = g_build_filename (dir, "private", private_file, NULL);
  g_autoptr(GError) error = NULL;
  MpStore *store;

  store = mp_store_open_full (path, private_path, flags | MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);

  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GDate today = demo_day ();

  fixture->dir = g_dir_make_tmp ("test-json-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_store (fixture->dir, "demo", MP_STORE_OPEN_DEFAULT, &fixture->path);

  mp_demo_populate (fixture->store, &today, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR))
          remove_tree (child);
        else
          g_unlink (child);
      }

  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

/* The export, without "exported_at" (the one member that differs from run to run). */
static char *
export_stripped (MpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root;
  gsize length;

  text = mp_json_export_data (store, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), ==, length);

  json_parser_load_from_data (parser, text, (gssize) length, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "mentoring/1");
  g_assert_true (json_object_has_member (root, "exported_at"));
  json_object_remove_member (root, "exported_at");

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, json_parser_get_root (parser));

  return json_generator_to_data (generator, NULL);
}

/* "table: rows" for every table of the database file, read beside the store. */
static char *
row_counts (const char *path)
{
  GString *counts = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
      sqlite3_stmt *count = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &count, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (count), ==, SQLITE_ROW);
      g_string_append_printf (counts, "%s: %lld\n", table, (long long) sqlite3_column_int64 (count, 0));
      sqlite3_finalize (count);
    }

  sqlite3_finalize (tables);
  sqlite3_close (db);

  return g_string_free (counts, FALSE);
}

static char *
data_path (const char *first,
           ...)
{
  va_list args;
  GString *path = g_string_new (g_test_get_dir (G_TEST_DIST));
  const char *part;

  g_string_append (path, G_DIR_SEPARATOR_S "data");

  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    {
      g_string_append (path, G_DIR_SEPARATOR_S);
      g_string_append (path, part);
    }
  va_end (args);

  return g_string_free (path, FALSE);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
on_notify_count_cb (GObject    *object,
                    GParamSpec *pspec,
                    guint      *count)
{
  (*count)++;
}

static void
assert_summary_unchanged (const MpJsonImportSummary *summary)
{
  g_assert_cmpuint (summary->total.added, ==, 0);
  g_assert_cmpuint (summary->total.updated, ==, 0);
  g_assert_cmpuint (summary->total.unchanged, >, 0);
}

/* ------------------------------------------------------------------------------------------ */

static void
test_export_document (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char * const lists[] = { "programs", "departments", "people", "questions", "mentorships", NULL };
  JsonObject *root, *mentorship;
  JsonArray *mentorships;
  gsize length;

  text = mp_json_export_data (fixture->store, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (text, "}\n"));

  json_parser_load_from_data (parser, text, (gssize) length, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, MP_JSON_FORMAT);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (root, "exported_at"), "Z"));
  for (guint i = 0; lists[i] != NULL; i++)
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, lists[i])), >, 0);

  /* Six pairings, each with all its lists; references are uuids. */
  mentorships = json_object_get_array_member (root, "mentorships");
  g_assert_cmpuint (json_array_get_length (mentorships), ==, 6);
  mentorship = json_array_get_object_element (mentorships, 0);
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (mentorship, "mentor")));
  g_assert_nonnull (mp_store_lookup_person (fixture->store,
                                            json_object_get_string_member (mentorship, "mentor")));
  g_assert_true (json_object_has_member (mentorship, "meetings"));
  g_assert_true (json_object_has_member (mentorship, "activities"));
  g_assert_true (json_object_has_member (mentorship, "introductions"));
  g_assert_true (json_object_has_member (mentorship, "concerns"));
  g_assert_true (json_object_has_member (mentorship, "feedback"));
  g_assert_true (json_object_has_member (mentorship, "agreement"));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) empty = open_store (fixture->dir, "empty", MP_STORE_OPEN_DEFAULT, NULL);
  g_autofree char *export_path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autofree char *before = export_stripped (fixture->store);
  g_autofree char *after = NULL;
  MpJsonImportSummary summary;
  GStatBuf buf;

  mp_json_export_file (fixture->store, export_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (export_path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  mp_json_import_file (empty, export_path, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.total.added, >, 0);
  g_assert_cmpuint (summary.total.updated, ==, 0);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_MENTORSHIP].added, ==, 6);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_PERSON].added +
                    summary.kinds[MP_JSON_KIND_PERSON].unchanged, ==,
                    g_list_model_get_n_items (mp_store_get_people (fixture->store)));

  after = export_stripped (empty);
  g_assert_cmpstr (after, ==, before);

  /* And once more, from the copy into a third database. */
  {
    g_autoptr(MpStore) third = open_store (fixture->dir, "third", MP_STORE_OPEN_DEFAULT, NULL);
    g_autofree char *data = mp_json_export_data (empty, NULL, &error);
    g_autofree char *again = NULL;

    g_assert_no_error (error);
    mp_json_import_data (third, data, strlen (data), NULL, &error);
    g_assert_no_error (error);
    again = export_stripped (third);
    g_assert_cmpstr (again, ==, before);
  }
}

static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *data = mp_json_export_data (fixture->store, NULL, &error);
  g_autofree char *counts_before = NULL;
  g_autofree char *counts_after = NULL;
  g_autofree char *export_before = NULL;
  g_autofree char *export_after = NULL;
  g_autofree char *line = NULL;
  MpJsonImportSummary first, second;

  g_assert_no_error (error);
  copy = open_store (fixture->dir, "copy", MP_STORE_OPEN_DEFAULT, &copy_path);

  mp_json_import_data (copy, data, strlen (data), &first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first.total.added, >, 0);

  counts_before = row_counts (copy_path);
  export_before = export_stripped (copy);

  mp_json_import_data (copy, data, strlen (data), &second, &error);
  g_assert_no_error (error);
  assert_summary_unchanged (&second);
  g_assert_cmpuint (second.total.unchanged, ==, first.total.added + first.total.unchanged);

  counts_after = row_counts (copy_path);
  export_after = export_stripped (copy);
  g_assert_cmpstr (counts_after, ==, counts_before);
  g_assert_cmpstr (export_after, ==, export_before);

  line = mp_json_import_summary_to_string (&second);
  g_assert_true (g_str_has_prefix (line, "0 added, 0 updated, "));

  /* Into the database it came from: nothing to do either. */
  mp_json_import_data (fixture->store, data, strlen (data), &second, &error);
  g_assert_no_error (error);
  assert_summary_unchanged (&second);
}

/* An import updates what differs, and keeps what the file does not carry. */
static void
test_import_updates (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = mp_json_export_data (fixture->store, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *edited = NULL;
  JsonObject *root, *person, *mentorship, *concern;
  MpJsonImportSummary summary;
  MpPerson *stored_person;
  MpConcern *stored_concern;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  guint notified = 0;

  g_assert_no_error (error);
  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  person = json_array_get_object_element (json_object_get_array_member (root, "people"), 0);
  json_object_set_string_member (person, "title", "Chief Test Officer");
  stored_person = mp_store_lookup_person (fixture->store, json_object_get_string_member (person, "uuid"));
  g_assert_nonnull (stored_person);
  g_signal_connect (stored_person, "notify::title", G_CALLBACK (on_notify_count_cb), &notified);

  /* The first concern that has one: close it. Its subject and text must stay. */
  concern = NULL;
  for (guint i = 0; concern == NULL; i++)
    {
      JsonArray *concerns;

      mentorship = json_array_get_object_element (json_object_get_array_member (root, "mentorships"), i);
      concerns = json_object_get_array_member (mentorship, "concerns");
      if (json_array_get_length (concerns) > 0)
        concern = json_array_get_object_element (concerns, 0);
    }
  json_object_set_string_member (concern, "status", "closed");
  stored_concern = mp_store_lookup_concern (fixture->store, json_object_get_string_member (concern, "uuid"));
  g_assert_nonnull (stored_concern);
  g_assert_cmpint (mp_concern_get_status (stored_concern), !=, MP_CONCERN_STATUS_CLOSED);
  subject = g_strdup (mp_concern_get_subject (stored_concern));
  text = g_strdup (mp_concern_get_text (stored_concern));
  g_assert_nonnull (subject);

  edited = json_to_string (json_parser_get_root (parser), TRUE);

  /* Unless updating, it says what the import would do, and does none of it. */
  {
    MpJsonImportSummary preview;
    gboolean imported = TRUE;

    g_assert_true (mp_json_import_data_unless_updating (fixture->store, edited, strlen (edited), &preview,
                                                        &imported, &error));
    g_assert_no_error (error);
    g_assert_false (imported);
    g_assert_cmpuint (preview.total.added, ==, 0);
    g_assert_cmpuint (preview.total.updated, ==, 2);
    g_assert_cmpstr (mp_person_get_title (stored_person), !=, "Chief Test Officer");
    g_assert_cmpint (mp_concern_get_status (stored_concern), !=, MP_CONCERN_STATUS_CLOSED);
    g_assert_cmpuint (notified, ==, 0);
  }

  mp_json_import_data (fixture->store, edited, strlen (edited), &summary, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (summary.total.added, ==, 0);
  g_assert_cmpuint (summary.total.updated, ==, 2);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_PERSON].updated, ==, 1);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_CONCERN].updated, ==, 1);

  /* The canonical objects changed in place, with notification. */
  g_assert_true (mp_store_lookup_person (fixture->store, mp_person_get_uuid (stored_person)) == stored_person);
  g_assert_cmpstr (mp_person_get_title (stored_person), ==, "Chief Test Officer");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (mp_concern_get_status (stored_concern), ==, MP_CONCERN_STATUS_CLOSED);
  g_assert_cmpstr (mp_concern_get_subject (stored_concern), ==, subject);
  g_assert_cmpstr (mp_concern_get_text (stored_concern), ==, text);
}

/* A person's feedback ratings never leave (HR sees them only added up); a file written
 * before they left the export, which has them, is still read, and its ratings change
 * nothing: a stored feedback keeps its own, a new one has none. */
static void
test_feedback_ratings (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = mp_json_export_data (fixture->store, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MpStore) empty = open_store (fixture->dir, "empty", MP_STORE_OPEN_DEFAULT, NULL);
  g_autofree char *old_style = NULL;
  JsonObject *root;
  JsonArray *mentorships;
  JsonObject *given = NULL;
  MpFeedback *stored;
  MpJsonImportSummary summary;
  int rating;

  g_assert_no_error (error);
  g_assert_null (strstr (data, "rating"));

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  mentorships = json_object_get_array_member (root, "mentorships");
  for (guint i = 0; i < json_array_get_length (mentorships); i++)
    {
      JsonObject *mentorship = json_array_get_object_element (mentorships, i);
      JsonArray *feedback = json_object_get_array_member (mentorship, "feedback");

      for (guint j = 0; j < json_array_get_length (feedback); j++)
        {
          JsonObject *record = json_array_get_object_element (feedback, j);

          json_object_set_int_member (record, "program_rating", 1);
          json_object_set_int_member (record, "meetings_rating", 1);
          json_object_set_int_member (record, "usefulness_rating", 1);
          given = record;
        }
    }
  g_assert_nonnull (given);
  stored = mp_store_lookup_feedback (fixture->store, json_object_get_string_member (given, "uuid"));
  g_assert_nonnull (stored);
  rating = mp_feedback_get_program_rating (stored);
  g_assert_cmpint (rating, >, 1);
  old_style = json_to_string (json_parser_get_root (parser), TRUE);

  /* Into the database it came from: nothing changes. */
  mp_json_import_data (fixture->store, old_style, strlen (old_style), &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_FEEDBACK].updated, ==, 0);
  g_assert_cmpint (mp_feedback_get_program_rating (stored), ==, rating);

  /* Into an empty one: the feedback, without ratings. */
  mp_json_import_data (empty, old_style, strlen (old_style), &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_FEEDBACK].added, >, 0);
  stored = mp_store_lookup_feedback (empty, json_object_get_string_member (given, "uuid"));
  g_assert_nonnull (stored);
  g_assert_cmpint (mp_feedback_get_program_rating (stored), ==, 0);
  g_assert_cmpint (mp_feedback_get_meetings_rating (stored), ==, 0);
  g_assert_cmpint (mp_feedback_get_usefulness_rating (stored), ==, 0);
}

/* The day each pair was made travels ("paired_on"); a file written before it was kept has
 * none, and a stored pairing then keeps its own (a new one has none). A bad day is refused. */
static void
test_paired_on (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = mp_json_export_data (fixture->store, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MpStore) empty = open_store (fixture->dir, "empty", MP_STORE_OPEN_DEFAULT, NULL);
  g_autofree char *old_style = NULL;
  g_autofree char *bad = NULL;
  JsonArray *mentorships;
  JsonObject *first;
  MpMentorship *stored;
  MpJsonImportSummary summary;
  char written[16];

  g_assert_no_error (error);
  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  mentorships = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "mentorships");
  g_assert_cmpuint (json_array_get_length (mentorships), >, 0);
  first = json_array_get_object_element (mentorships, 0);
  stored = mp_store_lookup_mentorship (fixture->store, json_object_get_string_member (first, "uuid"));
  g_assert_nonnull (mp_mentorship_get_paired_on (stored));
  g_date_strftime (written, sizeof written, "%Y-%m-%d", mp_mentorship_get_paired_on (stored));
  g_assert_cmpstr (json_object_get_string_member (first, "paired_on"), ==, written);

  for (guint i = 0; i < json_array_get_length (mentorships); i++)
    json_object_remove_member (json_array_get_object_element (mentorships, i), "paired_on");
  old_style = json_to_string (json_parser_get_root (parser), FALSE);

  /* Into the database it came from: nothing changes, the days stay. */
  g_assert_true (mp_json_import_data (fixture->store, old_style, strlen (old_style), &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_MENTORSHIP].updated, ==, 0);
  g_assert_nonnull (mp_mentorship_get_paired_on (stored));

  /* Into an empty one: no day. */
  g_assert_true (mp_json_import_data (empty, old_style, strlen (old_style), &summary, &error));
  g_assert_no_error (error);
  stored = mp_store_lookup_mentorship (empty, json_object_get_string_member (first, "uuid"));
  g_assert_nonnull (stored);
  g_assert_null (mp_mentorship_get_paired_on (stored));

  /* Another day: the stored pairing takes it, counted as an update. */
  {
    g_autofree char *changed = NULL;
    MpMentorship *kept = mp_store_lookup_mentorship (fixture->store, json_object_get_string_member (first, "uuid"));
    char day[16];

    json_object_set_string_member (first, "paired_on", "2026-01-02");
    changed = json_to_string (json_parser_get_root (parser), FALSE);
    g_assert_true (mp_json_import_data (fixture->store, changed, strlen (changed), &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (summary.kinds[MP_JSON_KIND_MENTORSHIP].updated, ==, 1);
    g_date_strftime (day, sizeof day, "%Y-%m-%d", mp_mentorship_get_paired_on (kept));
    g_assert_cmpstr (day, ==, "2026-01-02");
  }

  /* Not a day: refused, by its path. */
  json_object_set_string_member (first, "paired_on", "2026-02-30");
  bad = json_to_string (json_parser_get_root (parser), FALSE);
  g_assert_false (mp_json_import_data (fixture->store, bad, strlen (bad), &summary, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "$.mentorships[0].paired_on"));
}

/* A text a tool wrote into the database as bytes that are no UTF-8 still exports as JSON
 * (the bytes as U+FFFD), which the app's own import then reads: never a file it refuses. */
static void
test_export_invalid_utf8 (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(MpStore) store = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  sqlite3 *db = NULL;

  g_clear_object (&fixture->store);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE people SET title = CAST (X'41FF42' AS TEXT) "
                                     "WHERE id = (SELECT min (id) FROM people)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = open_store (fixture->dir, "demo", MP_STORE_OPEN_DEFAULT, NULL);
  text = mp_json_export_data (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "A\xef\xbf\xbd" "B"));
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
}

/* An export to a symbolic link writes the file it points to (the link stays); one to what is
 * no regular file (a pipe here; /dev/null for a person) writes into it rather than replace
 * it with a file, which as root would replace a device. */
static void
test_export_targets (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real = g_build_filename (fixture->dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "link.json", NULL);
  g_autofree char *dangling = g_build_filename (fixture->dir, "dangling.json", NULL);
  g_autofree char *later = g_build_filename (fixture->dir, "later.json", NULL);
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.json", NULL);
  g_autofree char *contents = NULL;
  GStatBuf buf;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  g_assert_true (mp_json_export_file (fixture->store, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{"));
  g_clear_pointer (&contents, g_free);

  /* A link to a file not there yet: made where it points */
  g_assert_cmpint (symlink ("later.json", dangling), ==, 0);
  g_assert_true (mp_json_export_file (fixture->store, dangling, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (later, G_FILE_TEST_IS_REGULAR));

  /* A pipe, kept open here for reading (and writing, so that the export never waits) */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    int fd = g_open (fifo, O_RDWR | O_NONBLOCK | O_CLOEXEC, 0);
    char head[16] = { 0 };

    g_assert_cmpint (fd, >=, 0);
    g_assert_true (mp_json_export_file (fixture->store, fifo, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_lstat (fifo, &buf), ==, 0);
    g_assert_true (S_ISFIFO (buf.st_mode));
    g_assert_cmpint (read (fd, head, sizeof head - 1), >, 0);
    g_assert_cmpint (head[0], ==, '{');
    close (fd);
  }
}

/* Errors in the words of what the person did: no temporary file's name, no GLib call. */
static void
test_file_errors (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "out.json", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "staff.csv", NULL);
  MpJsonImportSummary summary;

  g_assert_false (mp_json_export_file (fixture->store, fixture->dir, &error));
  g_assert_nonnull (strstr (error->message, "is a folder: choose a file name in it"));
  g_clear_error (&error);

  g_assert_false (mp_json_export_file (fixture->store, missing, &error));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_null (strstr (error->message, "out.json."));  /* not the temporary file */
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (csv, "name,email\nAnn,ann@example.org\n", -1, NULL));
  g_assert_false (mp_json_import_file (fixture->store, csv, &summary, &error));
  g_assert_true (g_str_has_prefix (error->message, "$: not valid JSON at line 1: this is not a file Mentoring exported"));
}

/* An activity HR followed up, then ticked undone by the mentor (the follow-up stays, as
 * the store keeps it), goes out and comes back in: what the app writes, it reads. */
static void
test_round_trip_undone (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) empty = open_store (fixture->dir, "empty", MP_STORE_OPEN_DEFAULT, NULL);
  GListModel *mentorships = mp_store_get_mentorships (fixture->store);
  g_autofree char *data = NULL;
  gboolean undone = FALSE;

  g_assert_true (mp_store_preload (fixture->store, &error));
  g_assert_no_error (error);
  for (guint i = 0; !undone && i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *progress = mp_store_get_activity_progress (fixture->store, mentorship);

      for (guint j = 0; !undone && j < g_list_model_get_n_items (progress); j++)
        {
          g_autoptr(MpActivityProgress) item = g_list_model_get_item (progress, j);
          const GDate *followed = mp_activity_progress_get_hr_followed_up_on (item);

          if (followed == NULL || !g_date_valid (followed))
            continue;
          g_assert_true (mp_store_set_activity_state (fixture->store, item, MP_ACTIVITY_STATE_PENDING, NULL, NULL,
                                                      &error));
          g_assert_no_error (error);
          undone = g_date_valid (mp_activity_progress_get_hr_followed_up_on (item));
        }
    }
  g_assert_true (undone);

  data = mp_json_export_data (fixture->store, NULL, &error);
  g_assert_no_error (error);
  mp_json_import_data (empty, data, strlen (data), NULL, &error);
  g_assert_no_error (error);
}

/* Nothing confidential leaves: plant a marker in every confidential field. */
static void
test_export_confidential (Fixture       *fixture,
                          gconstpointer  user_data)
{
  const char * const markers[] = {
    "MARKER-private-note-5f1c", "MARKER-concern-subject-0b7e", "MARKER-concern-text-9d2a",
    "MARKER-concern-answer-44c1", "MARKER-feedback-comment-e3a9", "MARKER-meeting-agenda-71d0",
    "MARKER-meeting-summary-28bf", "MARKER-expectations-c6e5", NULL
  };
  g_autoptr(GError) error = NULL;
  GListModel *mentorships = mp_store_get_mentorships (fixture->store);
  g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, 0);
  g_autoptr(MpConcern) concern = mp_concern_new (mentorship, markers[1], markers[2]);
  g_autoptr(MpFeedback) feedback = mp_feedback_new (mentorship, MP_FEEDBACK_ROLE_MENTOR);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 10, 0, 0);
  g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, when);
  MpAgreement *stored_agreement = mp_store_get_agreement (fixture->store, mentorship);
  g_autoptr(MpAgreement) agreement = NULL;
  g_autofree char *text = NULL;
  g_autofree char *answered = NULL;

  mp_meeting_set_status (meeting, MP_MEETING_STATUS_HELD);
  mp_meeting_set_agenda (meeting, markers[5]);
  mp_meeting_set_summary (meeting, markers[6]);
  mp_store_save_meeting (fixture->store, meeting, &error);
  g_assert_no_error (error);
  mp_store_set_private_note (fixture->store, meeting, markers[0], &error);
  g_assert_no_error (error);

  mp_store_save_concern (fixture->store, concern, &error);
  g_assert_no_error (error);
  mp_store_answer_concern (fixture->store, concern, markers[3], &error);
  g_assert_no_error (error);

  mp_feedback_set_program_rating (feedback, 4);
  mp_feedback_set_comment (feedback, markers[4]);
  mp_store_save_feedback (fixture->store, feedback, &error);
  g_assert_no_error (error);

  agreement = stored_agreement != NULL ? mp_agreement_copy (stored_agreement) : mp_agreement_new (mentorship);
  mp_agreement_set_expectations (agreement, markers[7]);
  mp_store_save_agreement (fixture->store, agreement, &error);
  g_assert_no_error (error);

  /* The markers are really there... */
  answered = g_strdup (mp_concern_get_answer (mp_store_lookup_concern (fixture->store,
                                                                       mp_concern_get_uuid (concern))));
  g_assert_cmpstr (answered, ==, markers[3]);

  /* ...and none is in the export. */
  text = mp_json_export_data (fixture->store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; markers[i] != NULL; i++)
    {
      if (strstr (text, markers[i]) != NULL)
        g_error ("The export holds confidential text: %s", markers[i]);
    }
  g_assert_null (strstr (text, "MARKER-"));

  /* Importing the export back keeps every confidential value. */
  {
    MpJsonImportSummary summary;

    mp_json_import_data (fixture->store, text, strlen (text), &summary, &error);
    g_assert_no_error (error);
    assert_summary_unchanged (&summary);
    g_assert_cmpstr (mp_concern_get_answer (mp_store_lookup_concern (fixture->store,
                                                                     mp_concern_get_uuid (concern))),
                     ==, markers[3]);
  }
}

/* Every broken file is refused with the path of its first bad value, and changes nothing. */
static void
test_import_bad_files (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *folder = data_path ("json-bad", NULL);
  g_autofree char *good = data_path ("json-good", "minimal.json", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *export_before = export_stripped (fixture->store);
  g_autofree char *counts_before = row_counts (fixture->path);
  guint n_people = g_list_model_get_n_items (mp_store_get_people (fixture->store));
  const char *name;
  MpJsonImportSummary summary;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 15);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".json"));
      g_autofree char *expected_file = g_strconcat (stem, ".expected", NULL);
      g_autofree char *expected_path = g_build_filename (folder, expected_file, NULL);
      g_autofree char *expected = NULL;
      g_autofree char *bytes_before = NULL;
      g_autofree char *bytes_after = NULL;
      g_autofree char *export_after = NULL;
      g_autofree char *counts_after = NULL;
      gsize length_before, length_after;
      g_autoptr(GError) import_error = NULL;

      g_test_message ("%s", file);

      g_file_get_contents (expected_path, &expected, NULL, &error);
      g_assert_no_error (error);
      g_strchomp (expected);
      g_file_get_contents (path, &bytes_before, &length_before, &error);
      g_assert_no_error (error);

      summary.total.added = 99;
      g_assert_false (mp_json_import_file (fixture->store, path, &summary, &import_error));
      g_assert_nonnull (import_error);
      g_assert_true (import_error->domain == MP_JSON_ERROR);
      if (!g_str_has_prefix (import_error->message, expected))
        g_error ("%s: expected an error starting with\n  %s\nbut got\n  %s", file, expected,
                 import_error->message);
      g_assert_null (strchr (import_error->message, '\n'));
      g_assert_cmpuint (summary.total.added, ==, 0);

      /* The input is only read... */
      g_file_get_contents (path, &bytes_after, &length_after, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length_after, ==, length_before);
      g_assert_true (memcmp (bytes_before, bytes_after, length_before) == 0);

      /* ...and the database and its objects are as they were. */
      export_after = export_stripped (fixture->store);
      g_assert_cmpstr (export_after, ==, export_before);
      counts_after = row_counts (fixture->path);
      g_assert_cmpstr (counts_after, ==, counts_before);
      g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, n_people);
    }

  /* The file the broken ones come from is fine, into this database and into an empty one. */
  mp_json_import_file (fixture->store, good, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_PERSON].added, ==, 5);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_MENTORSHIP].added, ==, 2);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_MEETING].added, ==, 3);
  g_assert_cmpuint (summary.total.updated, ==, 0);
  {
    g_autoptr(MpStore) empty = open_store (fixture->dir, "empty", MP_STORE_OPEN_DEFAULT, NULL);

    mp_json_import_file (empty, good, &summary, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (summary.kinds[MP_JSON_KIND_PROGRAM].added, ==, 1);
  }
}

static void
assert_import_refused (MpStore    *store,
                       const char *data,
                       int         code,
                       const char *expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (mp_json_import_data (store, data, strlen (data), NULL, &error));
  g_assert_error (error, MP_JSON_ERROR, code);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("expected an error starting with\n  %s\nbut got\n  %s", expected, error->message);
}

/* Conflicts with what the database holds. */
static void
test_import_conflicts (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *good = data_path ("json-good", "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  g_autofree char *export_before = export_stripped (fixture->store);
  g_autofree char *export_after = NULL;
  g_autoptr(GError) error = NULL;
  MpPerson *me = mp_store_lookup_person_by_login (fixture->store, g_get_user_name ());
  MpDepartment *department;

  g_assert_nonnull (me);
  g_file_get_contents (good, &text, NULL, &error);
  g_assert_no_error (error);

  /* A login of someone else in the database. */
  data = g_strdup (text);
  {
    g_autoptr(GString) s = g_string_new (text);
    g_autofree char *login = g_strdup_printf ("\"%s\"", g_get_user_name ());

    g_string_replace (s, "\"jsontest-hr\"", login, 1);
    g_free (data);
    data = g_string_free (g_steal_pointer (&s), FALSE);
  }
  assert_import_refused (fixture->store, data, MP_JSON_ERROR_CONFLICT, "$.people[2].login: the login");

  /* A department name the database has under another uuid. */
  department = mp_store_lookup_department_by_name (fixture->store, "Member Services");
  g_assert_nonnull (department);
  {
    g_autoptr(GString) s = g_string_new (text);

    g_string_replace (s, "\"JSON Test Department\"", "\"Member Services\"", 1);
    g_free (data);
    data = g_string_free (g_steal_pointer (&s), FALSE);
  }
  assert_import_refused (fixture->store, data, MP_JSON_ERROR_CONFLICT, "$.departments[0].name: the database");

  export_after = export_stripped (fixture->store);
  g_assert_cmpstr (export_after, ==, export_before);

  /* The login of whoever imports, changed in the file: refused (they would be locked out),
   * nothing kept. */
  {
    g_autofree char *mine = mp_json_export_data (fixture->store, NULL, &error);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *edited = NULL;
    g_autofree char *after = NULL;
    JsonArray *people;
    gboolean found = FALSE;

    g_assert_no_error (error);
    json_parser_load_from_data (parser, mine, -1, &error);
    g_assert_no_error (error);
    people = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "people");
    for (guint i = 0; i < json_array_get_length (people); i++)
      {
        JsonObject *person = json_array_get_object_element (people, i);

        if (g_strcmp0 (json_object_get_string_member_with_default (person, "login", NULL), g_get_user_name ()) == 0)
          {
            json_object_set_string_member (person, "login", "somebody-new");
            found = TRUE;
          }
      }
    g_assert_true (found);
    edited = json_to_string (json_parser_get_root (parser), FALSE);
    g_assert_false (mp_json_import_data (fixture->store, edited, strlen (edited), NULL, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "is your own login"));
    g_clear_error (&error);
    after = export_stripped (fixture->store);
    g_assert_cmpstr (after, ==, export_before);
    g_assert_cmpstr (mp_person_get_login (me), ==, g_get_user_name ());
  }

  /* Two records with the uuid of one person in the database: said as the uuid given twice,
   * not as the second one's login held by someone else */
  {
    g_autofree char *mine = mp_json_export_data (fixture->store, NULL, &error);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *edited = NULL;
    g_autofree char *expected = NULL;
    JsonArray *people;
    const char *first_uuid;

    g_assert_no_error (error);
    json_parser_load_from_data (parser, mine, -1, &error);
    g_assert_no_error (error);
    people = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "people");
    first_uuid = json_object_get_string_member (json_array_get_object_element (people, 0), "uuid");
    g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (people, 1), "login"));
    json_object_set_string_member (json_array_get_object_element (people, 1), "uuid", first_uuid);
    edited = json_to_string (json_parser_get_root (parser), FALSE);
    expected = g_strdup_printf ("$.people[1].uuid: “%s” is given twice (first at $.people[0])", first_uuid);
    assert_import_refused (fixture->store, edited, MP_JSON_ERROR_DUPLICATE, expected);
  }

  /* A program read from a template without the uuids of its phases and activities, into two
   * databases (each reading makes its own): an export of one imports into the other as it is */
  {
    g_autoptr(MpStore) one = open_store (fixture->dir, "one", MP_STORE_OPEN_DEFAULT, NULL);
    g_autoptr(MpStore) other = open_store (fixture->dir, "other", MP_STORE_OPEN_DEFAULT, NULL);
    g_autofree char *exported = NULL;
    MpJsonImportSummary summary;

    mp_json_import_data (one, text, strlen (text), NULL, &error);
    g_assert_no_error (error);
    mp_json_import_data (other, text, strlen (text), NULL, &error);
    g_assert_no_error (error);
    exported = mp_json_export_data (one, NULL, &error);
    g_assert_no_error (error);
    mp_json_import_data (other, exported, strlen (exported), &summary, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (summary.kinds[MP_JSON_KIND_PROGRAM].unchanged, ==, 1);
  }

  /* A program the database has, changed in the file but not its version: refused, not left
   * out without a word (a version never changes once stored) */
  {
    g_autofree char *mine = mp_json_export_data (fixture->store, NULL, &error);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *edited = NULL;
    g_autofree char *after = NULL;
    JsonObject *program, *phase;

    g_assert_no_error (error);
    json_parser_load_from_data (parser, mine, -1, &error);
    g_assert_no_error (error);
    program = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                           "programs"), 0);
    phase = json_array_get_object_element (json_object_get_array_member (program, "phases"), 1);
    json_object_set_string_member (phase, "title", "Every week, not every other");
    edited = json_to_string (json_parser_get_root (parser), FALSE);
    assert_import_refused (fixture->store, edited, MP_JSON_ERROR_CONFLICT, "$.programs[0]: differs from version 1 of");
    after = export_stripped (fixture->store);
    g_assert_cmpstr (after, ==, export_before);
  }

  /* A reference to a record that only the database holds is fine. */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *edited = NULL;
    JsonObject *root, *mentorship, *introduction;
    MpJsonImportSummary summary;
    MpIntroduction *stored;

    json_parser_load_from_data (parser, text, -1, &error);
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    mentorship = json_array_get_object_element (json_object_get_array_member (root, "mentorships"), 0);
    introduction = json_array_get_object_element (json_object_get_array_member (mentorship, "introductions"), 0);
    json_object_set_string_member (introduction, "colleague_person", mp_person_get_uuid (me));
    /* (and a possible mentor now, optional in a file: it travels both ways) */
    json_object_set_boolean_member (introduction, "possible_mentor", TRUE);
    edited = json_to_string (json_parser_get_root (parser), FALSE);

    mp_json_import_data (fixture->store, edited, strlen (edited), &summary, &error);
    g_assert_no_error (error);
    stored = mp_store_lookup_introduction (fixture->store, json_object_get_string_member (introduction, "uuid"));
    g_assert_nonnull (stored);
    g_assert_true (mp_introduction_get_colleague_person (stored) == me);
    g_assert_true (mp_introduction_get_possible_mentor (stored));
    {
      g_autofree char *again = mp_json_export_data (fixture->store, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (again, "\"possible_mentor\" : true"));
    }

    /* A file without it (an earlier version's) keeps the stored one; a wrong type is refused */
    json_object_remove_member (introduction, "possible_mentor");
    g_clear_pointer (&edited, g_free);
    edited = json_to_string (json_parser_get_root (parser), FALSE);
    mp_json_import_data (fixture->store, edited, strlen (edited), &summary, &error);
    g_assert_no_error (error);
    g_assert_true (mp_introduction_get_possible_mentor (stored));
    json_object_set_string_member (introduction, "possible_mentor", "yes");
    g_clear_pointer (&edited, g_free);
    edited = json_to_string (json_parser_get_root (parser), FALSE);
    g_assert_false (mp_json_import_data (fixture->store, edited, strlen (edited), &summary, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "possible_mentor"));
    g_clear_error (&error);
    g_assert_true (mp_introduction_get_possible_mentor (stored));
  }
}

/* A file over the size limit is refused before it is read (a sparse file: no disk used). */
static void
test_import_too_large (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.json", NULL);
  g_autoptr(GError) error = NULL;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) MP_JSON_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);

  g_assert_false (mp_json_import_file (fixture->store, path, NULL, &error));
  g_assert_error (error, MP_JSON_ERROR, MP_JSON_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "$: the file is larger than"));
  g_clear_error (&error);

  /* A missing file is an I/O error, not a crash, said in plain words; so is a folder. */
  g_assert_false (mp_json_import_file (fixture->store, "/nonexistent/file.json", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no file “/nonexistent/file.json”");
  g_clear_error (&error);
  g_assert_false (mp_json_import_file (fixture->store, fixture->dir, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_str_has_suffix (error->message, "is a folder: choose a file Mentoring exported (.json) in it"));
}

/* A file that passes every check but that the store refuses half-way: nothing is kept. */
static void
test_import_rolls_back (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *good = data_path ("json-good", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) read_only = NULL;
  g_autofree char *export_before = export_stripped (fixture->store);
  g_autofree char *counts_before = row_counts (fixture->path);
  g_autofree char *export_after = NULL;
  g_autofree char *counts_after = NULL;
  MpJsonImportSummary summary;

  /* The same database, opened read-only: the batch cannot start. */
  read_only = mp_store_open_full (fixture->path, NULL, MP_STORE_OPEN_READ_ONLY | MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_false (mp_json_import_file (read_only, good, &summary, &error));
  g_assert_error (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY);
  g_assert_cmpuint (summary.total.added, ==, 0);
  g_clear_error (&error);

  /* An unchanged file needs no write, so it imports even read-only. */
  {
    g_autofree char *data = mp_json_export_data (fixture->store, NULL, &error);

    g_assert_no_error (error);
    mp_json_import_data (read_only, data, strlen (data), &summary, &error);
    g_assert_no_error (error);
    assert_summary_unchanged (&summary);
  }

  /* Half-way through the batch the store refuses a change (the only HR administrator may not
   * lose the role): the new department and people, and the change to someone's title made
   * before it, are all dropped, in the database and in the objects. */
  {
    g_autofree char *export_text = mp_json_export_data (fixture->store, NULL, &error);
    g_autoptr(JsonParser) demo = json_parser_new ();
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *data = NULL;
    g_autofree char *title = NULL;
    MpPerson *hr = mp_store_lookup_person_by_login (fixture->store, g_get_user_name ());
    MpPerson *other = NULL;
    JsonArray *demo_people, *people;
    JsonObject *hr_record = NULL, *other_record = NULL;
    guint n_people = g_list_model_get_n_items (mp_store_get_people (fixture->store));

    g_assert_no_error (error);
    json_parser_load_from_file (parser, good, &error);
    g_assert_no_error (error);
    json_parser_load_from_data (demo, export_text, -1, &error);
    g_assert_no_error (error);

    demo_people = json_object_get_array_member (json_node_get_object (json_parser_get_root (demo)), "people");
    for (guint i = 0; i < json_array_get_length (demo_people); i++)
      {
        JsonObject *record = json_array_get_object_element (demo_people, i);

        if (g_strcmp0 (json_object_get_string_member (record, "uuid"), mp_person_get_uuid (hr)) == 0)
          hr_record = record;
        else if (other_record == NULL)
          other_record = record;
      }
    g_assert_nonnull (hr_record);
    g_assert_nonnull (other_record);
    other = mp_store_lookup_person (fixture->store, json_object_get_string_member (other_record, "uuid"));
    title = g_strdup (mp_person_get_title (other));

    json_object_set_string_member (other_record, "title", "Changed, then dropped");
    json_object_set_boolean_member (hr_record, "hr_admin", FALSE);
    people = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "people");
    json_object_set_boolean_member (json_array_get_object_element (people, 2), "hr_admin", FALSE);
    json_array_add_object_element (people, json_object_ref (other_record));
    json_array_add_object_element (people, json_object_ref (hr_record));
    data = json_to_string (json_parser_get_root (parser), FALSE);

    g_assert_false (mp_json_import_data (fixture->store, data, strlen (data), &summary, &error));
    g_assert_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CONSTRAINT);
    g_assert_true (g_str_has_prefix (error->message, "$.people[6]: "));
    g_assert_cmpuint (summary.total.added, ==, 0);
    g_clear_error (&error);

    g_assert_true (mp_person_get_is_hr_admin (hr));
    g_assert_cmpstr (mp_person_get_title (other), ==, title);
    g_assert_null (mp_store_lookup_department_by_name (fixture->store, "JSON Test Department"));
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (fixture->store)), ==, n_people);
    g_assert_false (mp_store_in_batch (fixture->store));
  }

  export_after = export_stripped (fixture->store);
  g_assert_cmpstr (export_after, ==, export_before);
  counts_after = row_counts (fixture->path);
  g_assert_cmpstr (counts_after, ==, counts_before);
}

/* The record of @root's @member array whose @key is @value, or NULL */
static JsonObject *
find_record (JsonNode   *root,
             const char *member,
             const char *key,
             const char *value)
{
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *record = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (record, key, NULL), value) == 0)
        return record;
    }

  return NULL;
}

/* A file that gives a pairing another mentor or another new employee is refused whole: its
 * concerns are sealed for its two people, and a computer of theirs would open them for the
 * one who took their place. */
static void
test_import_reassigned (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const char *members[] = { "mentor", "employee" };
  g_autoptr(GError) error = NULL;
  g_autofree char *export_text = mp_json_export_data (fixture->store, NULL, &error);
  g_autofree char *export_before = export_stripped (fixture->store);
  g_autofree char *counts_before = row_counts (fixture->path);
  g_autoptr(MpMentorship) first = g_list_model_get_item (mp_store_get_mentorships (fixture->store), 0);
  g_autoptr(MpMentorship) second = g_list_model_get_item (mp_store_get_mentorships (fixture->store), 1);

  g_assert_no_error (error);
  g_assert_nonnull (second);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      MpPerson *other = i == 0 ? mp_mentorship_get_mentor (second) : mp_mentorship_get_employee (second);
      JsonObject *record;
      g_autofree char *data = NULL;
      MpJsonImportSummary summary;

      if (i == 0 && other == mp_mentorship_get_mentor (first))
        other = mp_mentorship_get_employee (second);
      json_parser_load_from_data (parser, export_text, -1, &error);
      g_assert_no_error (error);
      record = find_record (json_parser_get_root (parser), "mentorships", "uuid", mp_mentorship_get_uuid (first));
      g_assert_nonnull (record);
      json_object_set_string_member (record, members[i], mp_person_get_uuid (other));
      data = json_to_string (json_parser_get_root (parser), FALSE);

      g_assert_false (mp_json_import_data (fixture->store, data, strlen (data), &summary, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "cannot be changed"));
      g_clear_error (&error);
    }

  {
    g_autofree char *export_after = export_stripped (fixture->store);
    g_autofree char *counts_after = row_counts (fixture->path);

    g_assert_cmpstr (export_after, ==, export_before);
    g_assert_cmpstr (counts_after, ==, counts_before);
  }
}

/* A file that marks a running pairing's mentor as gone is refused whole; one that also ends
 * the pairing (later in the file) is not. */
static void
test_import_mentor_gone (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *export_text = mp_json_export_data (fixture->store, NULL, &error);
  g_autofree char *export_before = export_stripped (fixture->store);
  g_autofree char *counts_before = row_counts (fixture->path);
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  MpMentorship *running = NULL;
  MpPerson *mentor;
  JsonObject *mentor_record, *mentorship_record;
  MpJsonImportSummary summary;
  GListModel *mentorships = mp_store_get_mentorships (fixture->store);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (mentorships) && running == NULL; i++)
    {
      g_autoptr(MpMentorship) each = g_list_model_get_item (mentorships, i);

      if (mp_mentorship_get_status (each) == MP_MENTORSHIP_STATUS_ACTIVE)
        running = each;
    }
  g_assert_nonnull (running);
  mentor = mp_mentorship_get_mentor (running);

  json_parser_load_from_data (parser, export_text, -1, &error);
  g_assert_no_error (error);
  mentor_record = find_record (json_parser_get_root (parser), "people", "uuid", mp_person_get_uuid (mentor));
  g_assert_nonnull (mentor_record);
  json_object_set_boolean_member (mentor_record, "active", FALSE);
  data = json_to_string (json_parser_get_root (parser), FALSE);

  /* (refused while the file is checked, at the record's "active", as other refusals are;
   * the store would refuse it at the commit too, naming no record) */
  g_assert_false (mp_json_import_data (fixture->store, data, strlen (data), &summary, &error));
  g_assert_error (error, MP_JSON_ERROR, MP_JSON_ERROR_CONFLICT);
  g_assert_true (g_str_has_prefix (error->message, "$.people["));
  g_assert_nonnull (strstr (error->message, "].active: "));
  g_assert_nonnull (strstr (error->message, mp_person_get_name (mentor)));
  g_clear_error (&error);
  g_assert_true (mp_person_get_active (mentor));
  {
    g_autofree char *export_after = export_stripped (fixture->store);
    g_autofree char *counts_after = row_counts (fixture->path);

    g_assert_cmpstr (export_after, ==, export_before);
    g_assert_cmpstr (counts_after, ==, counts_before);
  }

  /* Ending every running pairing of theirs in the same file makes it whole */
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) each = g_list_model_get_item (mentorships, i);

      if (mp_mentorship_get_mentor (each) != mentor || mp_mentorship_get_status (each) != MP_MENTORSHIP_STATUS_ACTIVE)
        continue;
      mentorship_record = find_record (json_parser_get_root (parser), "mentorships", "uuid",
                                       mp_mentorship_get_uuid (each));
      g_assert_nonnull (mentorship_record);
      json_object_set_string_member (mentorship_record, "status", "ended-early");
      json_object_set_string_member (mentorship_record, "end_reason", "Mentor left");
      json_object_set_string_member (mentorship_record, "ended_on",
                                     json_object_get_string_member (mentorship_record, "start_date"));
    }
  g_free (data);
  data = json_to_string (json_parser_get_root (parser), FALSE);
  g_assert_true (mp_json_import_data (fixture->store, data, strlen (data), &summary, &error));
  g_assert_no_error (error);
  g_assert_false (mp_person_get_active (mentor));
  g_assert_cmpint (mp_mentorship_get_status (running), ==, MP_MENTORSHIP_STATUS_ENDED_EARLY);
}

/* A pairing the file makes active again, with someone who no longer works here: refused at
 * its "employee", nothing written */
static void
test_import_pairs_inactive (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *export_text = NULL;
  g_autofree char *data = NULL;
  g_autofree char *counts_before = NULL;
  g_autofree char *counts_after = NULL;
  GListModel *mentorships = mp_store_get_mentorships (fixture->store);
  MpMentorship *finished = NULL;
  JsonObject *record;
  MpJsonImportSummary summary;

  for (guint i = 0; i < g_list_model_get_n_items (mentorships) && finished == NULL; i++)
    {
      g_autoptr(MpMentorship) each = g_list_model_get_item (mentorships, i);

      gboolean running = FALSE;

      if (mp_mentorship_get_status (each) != MP_MENTORSHIP_STATUS_COMPLETED)
        continue;
      /* (nor in a pairing running: the store refuses to deactivate them) */
      for (guint j = 0; j < g_list_model_get_n_items (mentorships); j++)
        {
          g_autoptr(MpMentorship) other = g_list_model_get_item (mentorships, j);

          running |= mp_mentorship_get_status (other) == MP_MENTORSHIP_STATUS_ACTIVE &&
                     (mp_mentorship_get_employee (other) == mp_mentorship_get_employee (each) ||
                      mp_mentorship_get_mentor (other) == mp_mentorship_get_employee (each));
        }
      if (!running)
        finished = each;
    }
  g_assert_nonnull (finished);
  g_assert_true (mp_store_deactivate_person (fixture->store, mp_mentorship_get_employee (finished), &error));
  g_assert_no_error (error);

  export_text = mp_json_export_data (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, export_text, -1, &error));
  record = find_record (json_parser_get_root (parser), "mentorships", "uuid", mp_mentorship_get_uuid (finished));
  g_assert_nonnull (record);
  json_object_set_string_member (record, "status", "active");
  json_object_set_null_member (record, "ended_on");
  json_object_set_null_member (record, "end_reason");
  data = json_to_string (json_parser_get_root (parser), FALSE);
  counts_before = row_counts (fixture->path);

  g_assert_false (mp_json_import_data (fixture->store, data, strlen (data), &summary, &error));
  g_assert_error (error, MP_JSON_ERROR, MP_JSON_ERROR_CONFLICT);
  g_assert_true (g_str_has_prefix (error->message, "$.mentorships["));
  g_assert_nonnull (strstr (error->message, "].employee: "));
  g_assert_nonnull (strstr (error->message, mp_person_get_name (mp_mentorship_get_employee (finished))));
  counts_after = row_counts (fixture->path);
  g_assert_cmpstr (counts_after, ==, counts_before);
  g_assert_cmpint (mp_mentorship_get_status (finished), ==, MP_MENTORSHIP_STATUS_COMPLETED);
}

/* An import error names the record it is about, a long name cut at 60 characters */
static void
test_import_names_record (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *good = data_path ("json-good", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *data = NULL;
  g_autofree char *expected = NULL;
  JsonObject *person;
  MpJsonImportSummary summary;

  for (guint i = 0; i < 70; i++)
    g_string_append (name, i % 10 == 0 ? "Ñ" : "a");
  json_parser_load_from_file (parser, good, &error);
  g_assert_no_error (error);
  person = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                        "people"), 0);
  json_object_set_string_member (person, "name", name->str);
  json_object_set_string_member (person, "email", "not an address");
  data = json_to_string (json_parser_get_root (parser), FALSE);

  g_assert_false (mp_json_import_data (fixture->store, data, strlen (data), &summary, &error));
  g_test_message ("%s", error->message);
  {
    g_autofree char *head = g_utf8_substring (name->str, 0, 60);

    expected = g_strdup_printf ("$.people[0].email: not an e-mail address (the record of “%s…”)", head);
  }
  g_assert_cmpstr (error->message, ==, expected);
}

/* What an import says of its progress, checked as it comes: stages only go forward, counts
 * only up within one; it cancels itself at @cancel_at records of @cancel_stage (G_MAXUINT:
 * at its last record). */
typedef struct
{
  MpJsonStage   stage;
  guint         done;
  guint         total;
  guint         calls[MP_JSON_STAGE_WRITING + 1];
  GCancellable *cancellable;
  MpJsonStage   cancel_stage;
  guint         cancel_at;
} Progress;

static void
on_progress_cb (MpJsonStage stage,
                guint       done,
                guint       total,
                gpointer    user_data)
{
  Progress *progress = user_data;

  g_assert_cmpint (stage, >=, progress->stage);
  g_assert_cmpint (stage, <=, MP_JSON_STAGE_WRITING);
  if (stage == progress->stage && progress->calls[stage] > 0)
    {
      g_assert_cmpuint (done, >=, progress->done);
      g_assert_cmpuint (total, ==, progress->total);
    }
  g_assert_cmpuint (done, <=, total);

  progress->stage = stage;
  progress->done = done;
  progress->total = total;
  progress->calls[stage]++;

  /* G_MAXUINT: at the stage's last record */
  if (progress->cancellable != NULL && stage == progress->cancel_stage &&
      (progress->cancel_at == G_MAXUINT ? done == total : done >= progress->cancel_at))
    g_cancellable_cancel (progress->cancellable);
}

static void
test_import_progress (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "demo.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) copy = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *counts_empty = NULL;
  MpJsonImportSummary summary;
  gboolean imported = TRUE;
  guint n_top = g_list_model_get_n_items (mp_store_get_departments (fixture->store)) +
                g_list_model_get_n_items (mp_store_get_people (fixture->store)) +
                g_list_model_get_n_items (mp_store_get_questions (fixture->store)) +
                g_list_model_get_n_items (mp_store_get_mentorships (fixture->store)) +
                g_list_model_get_n_items (mp_store_get_programs (fixture->store));

  g_assert_true (mp_json_export_file (fixture->store, file, &error));
  g_assert_no_error (error);
  copy = open_store (fixture->dir, "copy", MP_STORE_OPEN_DEFAULT, &copy_path);
  counts_empty = row_counts (copy_path);

  /* Cancelled before it starts: the file is read, nothing checked or written. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Progress progress = { 0, };

    g_cancellable_cancel (cancellable);
    g_assert_false (mp_json_import_file_full (copy, file, MP_JSON_IMPORT_DEFAULT, cancellable, on_progress_cb,
                                              &progress, &summary, &imported, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_false (imported);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_READING], >, 0);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_WRITING], ==, 0);
    g_assert_cmpint (progress.stage, ==, MP_JSON_STAGE_READING);
    g_assert_cmpuint (progress.total, ==, 0);  /* the file is not counted */
  }

  /* Cancelled while checking, and while writing (after the first records, and at the last
   * one, just before the commit): nothing is written, in the file or in the objects. */
  {
    struct { MpJsonStage stage; guint at; } cancels[] = {
      { MP_JSON_STAGE_CHECKING, 1 },
      { MP_JSON_STAGE_WRITING, 1 },
      { MP_JSON_STAGE_WRITING, G_MAXUINT },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cancels); i++)
      {
        g_autoptr(GCancellable) cancellable = g_cancellable_new ();
        g_autofree char *counts = NULL;
        Progress progress = { 0, };

        progress.cancellable = cancellable;
        progress.cancel_stage = cancels[i].stage;
        progress.cancel_at = cancels[i].at;
        g_test_message ("cancelled at %u of stage %d", cancels[i].at, cancels[i].stage);

        g_assert_false (mp_json_import_file_full (copy, file, MP_JSON_IMPORT_DEFAULT, cancellable,
                                                  on_progress_cb, &progress, &summary, &imported, &error));
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
        g_clear_error (&error);
        g_assert_false (imported);
        g_assert_cmpuint (progress.calls[cancels[i].stage], >, 0);
        if (cancels[i].stage == MP_JSON_STAGE_CHECKING)
          g_assert_cmpuint (progress.calls[MP_JSON_STAGE_WRITING], ==, 0);
        g_assert_false (mp_store_in_batch (copy));
        g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (copy)), ==, 0);
        g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_mentorships (copy)), ==, 0);
        counts = row_counts (copy_path);
        g_assert_cmpstr (counts, ==, counts_empty);
      }
  }

  /* Not cancelled: every top-level record checked, every record written, as counted. */
  {
    Progress progress = { 0, };

    g_assert_true (mp_json_import_file_full (copy, file, MP_JSON_IMPORT_DEFAULT, NULL, on_progress_cb, &progress,
                                             &summary, &imported, &error));
    g_assert_no_error (error);
    g_assert_true (imported);
    g_assert_cmpint (progress.stage, ==, MP_JSON_STAGE_WRITING);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_READING], >, 0);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_CHECKING], >, 0);
    g_assert_cmpuint (progress.total, ==, summary.total.added + summary.total.updated);
    g_assert_cmpuint (progress.done, ==, progress.total);
    g_assert_cmpuint (summary.total.added, >, 100);
    g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_people (copy)), ==,
                      g_list_model_get_n_items (mp_store_get_people (fixture->store)));
  }

  /* The checking stage counts the document's own lists. */
  {
    Progress progress = { 0, };

    g_assert_true (mp_json_import_file_full (copy, file, MP_JSON_IMPORT_UNLESS_UPDATING, NULL, on_progress_cb,
                                             &progress, &summary, &imported, &error));
    g_assert_no_error (error);
    g_assert_true (imported);
    g_assert_cmpint (progress.stage, ==, MP_JSON_STAGE_CHECKING);
    g_assert_cmpuint (progress.total, ==, n_top);
    g_assert_cmpuint (progress.done, ==, n_top);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_WRITING], ==, 0);  /* nothing new */
  }
}

/* An export says where it is (the mentorships read, then the file written) and, cancelled,
 * leaves the file as it was. */
static void
test_export_progress (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "export.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint n_mentorships = g_list_model_get_n_items (mp_store_get_mentorships (fixture->store));
  struct { MpJsonStage stage; guint at; } cancels[] = {
    { MP_JSON_STAGE_READING, 0 },
    { MP_JSON_STAGE_READING, G_MAXUINT },
    { MP_JSON_STAGE_WRITING, 0 },
  };

  /* Cancelled while reading, or just before writing: no file. */
  for (guint i = 0; i < G_N_ELEMENTS (cancels); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      Progress progress = { 0, };

      progress.cancellable = cancellable;
      progress.cancel_stage = cancels[i].stage;
      progress.cancel_at = cancels[i].at;
      g_assert_false (mp_json_export_file_full (fixture->store, file, cancellable, on_progress_cb, &progress, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
      /* The mentorships are counted. */
      if (cancels[i].at == G_MAXUINT)
        {
          g_assert_cmpuint (progress.total, ==, n_mentorships);
          g_assert_cmpuint (progress.done, ==, n_mentorships);
        }
    }

  /* Written, as counted. */
  {
    Progress progress = { 0, };

    g_assert_true (mp_json_export_file_full (fixture->store, file, NULL, on_progress_cb, &progress, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_READING], >, 0);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_CHECKING], ==, 0);
    g_assert_cmpuint (progress.calls[MP_JSON_STAGE_WRITING], ==, 1);
    g_assert_cmpint (progress.stage, ==, MP_JSON_STAGE_WRITING);
    expected = mp_json_export_data (fixture->store, NULL, &error);
    g_assert_no_error (error);
  }

  /* A file there stays as it was when cancelled. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Progress progress = { 0, };

    g_assert_true (g_file_set_contents (file, "kept", -1, NULL));
    progress.cancellable = cancellable;
    progress.cancel_stage = MP_JSON_STAGE_WRITING;
    g_assert_false (mp_json_export_file_full (fixture->store, file, cancellable, on_progress_cb, &progress, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "kept");
  }

  /* Not cancelled, it replaces it: the same document as mp_json_export_data () (its
   * "exported_at" aside, as long). */
  g_assert_true (mp_json_export_file_full (fixture->store, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_cmpuint (strlen (contents), ==, strlen (expected));
  g_assert_cmpuint (n_mentorships, >, 0);
}

static void
set_closed_days (MpStore *store,
                 ...)
{
  g_autoptr(GArray) days = mp_closed_days_new ();
  g_autoptr(GError) error = NULL;
  const char *text;
  va_list args;

  va_start (args, store);
  while ((text = va_arg (args, const char *)) != NULL)
    {
      const char *name = va_arg (args, const char *);
      guint year, month, day;
      GDate date;

      g_assert_cmpint (sscanf (text, "%u-%u-%u", &year, &month, &day), ==, 3);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      mp_closed_days_add (days, &date, name);
    }
  va_end (args);

  g_assert_true (mp_store_set_closed_days (store, days, &error));
  g_assert_no_error (error);
}

/* "YYYY-MM-DD name; …" */
static char *
closed_days_text (MpStore *store)
{
  GArray *days = mp_store_get_closed_days (store);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < days->len; i++)
    {
      const MpClosedDay *day = &g_array_index (days, MpClosedDay, i);

      g_string_append_printf (text, "%s%04u-%02u-%02u %s", i > 0 ? "; " : "", g_date_get_year (&day->date),
                              g_date_get_month (&day->date), g_date_get_day (&day->date), day->name);
    }

  return g_string_free (text, FALSE);
}

/* The days the library is closed travel with the export: left out when there are none (so
 * the file reads in versions before them), merged by day on import (the file's name wins, a
 * day only the database has stays), checked as HR's editor checks them, refused whole. */
static void
test_closed_days (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) empty = open_store (fixture->dir, "empty", MP_STORE_OPEN_DEFAULT, NULL);
  g_autofree char *without = mp_json_export_data (empty, NULL, &error);
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  MpJsonImportSummary summary;
  gboolean imported = TRUE;

  g_assert_no_error (error);
  g_assert_null (strstr (without, "closed_days"));

  set_closed_days (fixture->store, "2027-01-01", "New Year’s Day", "2026-12-25", "Christmas Day", NULL);
  data = mp_json_export_data (fixture->store, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(JsonGenerator) generator = json_generator_new ();
    g_autofree char *days = NULL;

    g_assert_true (json_parser_load_from_data (parser, data, -1, &error));
    g_assert_no_error (error);
    json_generator_set_root (generator, json_object_get_member (json_node_get_object (json_parser_get_root (parser)),
                                                                "closed_days"));
    days = json_generator_to_data (generator, NULL);
    g_assert_cmpstr (days, ==, "[{\"date\":\"2026-12-25\",\"name\":\"Christmas Day\"},"
                               "{\"date\":\"2027-01-01\",\"name\":\"New Year’s Day\"}]");
  }

  /* Into an empty database, and again: nothing the second time */
  g_assert_true (mp_json_import_data (empty, data, strlen (data), &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_CLOSED_DAY].added, ==, 2);
  text = closed_days_text (empty);
  g_assert_cmpstr (text, ==, "2026-12-25 Christmas Day; 2027-01-01 New Year’s Day");
  g_clear_pointer (&text, g_free);
  g_assert_true (mp_json_import_data (empty, data, strlen (data), &summary, &error));
  g_assert_no_error (error);
  assert_summary_unchanged (&summary);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_CLOSED_DAY].unchanged, ==, 2);

  /* Merged by day: renamed, added, kept */
  set_closed_days (empty, "2026-12-25", "Xmas", "2027-01-04", "Staff training", NULL);
  g_assert_true (mp_json_import_data_unless_updating (empty, data, strlen (data), &summary, &imported, &error));
  g_assert_no_error (error);
  g_assert_false (imported);
  text = closed_days_text (empty);
  g_assert_cmpstr (text, ==, "2026-12-25 Xmas; 2027-01-04 Staff training");
  g_clear_pointer (&text, g_free);
  g_assert_true (mp_json_import_data (empty, data, strlen (data), &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_CLOSED_DAY].added, ==, 1);
  g_assert_cmpuint (summary.kinds[MP_JSON_KIND_CLOSED_DAY].updated, ==, 1);
  text = closed_days_text (empty);
  g_assert_cmpstr (text, ==, "2026-12-25 Christmas Day; 2027-01-01 New Year’s Day; 2027-01-04 Staff training");
  g_clear_pointer (&text, g_free);

  /* Refused whole, with where and why; nothing written */
  {
    const struct { const char *days; MpJsonError code; const char *message; } bad[] = {
      { "[{\"date\": \"2026-12-26\", \"name\": \"Boxing Day\"}, {\"date\": \"2026-12-26\", \"name\": \"Again\"}]",
        MP_JSON_ERROR_DUPLICATE, "$.closed_days[1].date: the same day is given twice" },
      { "[{\"date\": \"2026-12-26\", \"name\": \"Boxing Day\", \"where\": \"all\"}]",
        MP_JSON_ERROR_INVALID, "$.closed_days[0].where: unknown member" },
      { "[{\"date\": \"2026-12-26\"}]", MP_JSON_ERROR_INVALID, "$.closed_days[0].name: missing" },
      { "[{\"date\": \"26/12/2026\", \"name\": \"Boxing Day\"}]", MP_JSON_ERROR_INVALID, "$.closed_days[0].date: " },
      { "[{\"date\": \"2026-12-26\", \"name\": \"Boxing\\nDay\"}]", MP_JSON_ERROR_INVALID,
        "$.closed_days[0]: A closed day’s name fits on one line." },
      { "{\"date\": \"2026-12-26\"}", MP_JSON_ERROR_INVALID, "$.closed_days: expected an array" },
    };
    g_autofree char *before = closed_days_text (empty);

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *document = g_strdup_printf ("{\"format\": \"mentoring/1\", \"closed_days\": %s}", bad[i].days);
        g_autoptr(GError) refused = NULL;
        g_autofree char *after = NULL;

        g_assert_false (mp_json_import_data (empty, document, strlen (document), NULL, &refused));
        g_assert_error (refused, MP_JSON_ERROR, (int) bad[i].code);
        if (!g_str_has_prefix (refused->message, bad[i].message))
          g_error ("“%s” does not start with “%s”", refused->message, bad[i].message);
        after = closed_days_text (empty);
        g_assert_cmpstr (after, ==, before);
      }

    /* More than are kept: refused before the days are read */
    {
      GString *document = g_string_new ("{\"format\": \"mentoring/1\", \"closed_days\": [");
      g_autoptr(GError) refused = NULL;
      g_autofree char *after = NULL;
      g_autofree char *text_document = NULL;

      for (guint i = 0; i <= MP_CLOSED_DAYS_MAX; i++)
        g_string_append_printf (document, "%s{\"date\": \"2030-01-01\", \"name\": \"Day %u\"}", i > 0 ? ", " : "", i);
      g_string_append (document, "]}");
      text_document = g_string_free (document, FALSE);
      g_assert_false (mp_json_import_data (empty, text_document, strlen (text_document), NULL, &refused));
      g_assert_error (refused, MP_JSON_ERROR, MP_JSON_ERROR_INVALID);
      g_assert_cmpstr (refused->message, ==, "$.closed_days: At most 1000 closed days are kept.");
      after = closed_days_text (empty);
      g_assert_cmpstr (after, ==, before);
    }

    /* Days stored by a newer version: the file's are checked, the stored ones left alone, the
     * rest of the file imported */
    {
      const char *document = "{\"format\": \"mentoring/1\", \"closed_days\": [{\"date\": \"2030-01-01\", "
                             "\"name\": \"New\"}], \"departments\": [{\"uuid\": "
                             "\"0d9e1a52-1f0b-4d6c-9a54-6a3e2f7c1b11\", \"name\": \"Archives\"}]}";
      const char *newer = "{\"version\": 2, \"days\": []}";
      g_autofree char *stored = NULL;
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (mp_store_get_path (empty), &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "UPDATE meta SET value = '{\"version\": 2, \"days\": []}' "
                                         "WHERE key = 'closed_days'", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      g_assert_true (mp_store_check_for_changes (empty));
      g_assert_false (mp_store_get_closed_days_readable (empty));

      g_assert_true (mp_json_import_data (empty, document, strlen (document), &summary, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (summary.kinds[MP_JSON_KIND_DEPARTMENT].added, ==, 1);
      g_assert_cmpuint (summary.kinds[MP_JSON_KIND_CLOSED_DAY].added, ==, 0);
      stored = mp_store_get_meta (empty, "closed_days");
      g_assert_cmpstr (stored, ==, newer);
    }
  }
}

static void
test_summary_string (void)
{
  MpJsonImportSummary summary = { 0, };
  g_autofree char *line = NULL;

  summary.kinds[MP_JSON_KIND_PERSON].added = 3;
  summary.kinds[MP_JSON_KIND_MEETING].updated = 1;
  summary.total.added = 3;
  summary.total.updated = 1;
  summary.total.unchanged = 7;

  line = mp_json_import_summary_to_string (&summary);
  g_assert_cmpstr (line, ==, "3 added, 1 updated, 7 unchanged (people: 3 added, 0 updated; "
                             "meetings: 0 added, 1 updated)");
  g_assert_cmpstr (mp_json_kind_get_name (MP_JSON_KIND_FEEDBACK), ==, "feedback");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/json/export/document", test_export_document);
  ADD ("/json/export/confidential", test_export_confidential);
  ADD ("/json/export/feedback-ratings", test_feedback_ratings);
  ADD ("/json/paired-on", test_paired_on);
  ADD ("/json/file-errors", test_file_errors);
  ADD ("/json/export-targets", test_export_targets);
  ADD ("/json/export/invalid-utf8", test_export_invalid_utf8);
  ADD ("/json/round-trip", test_round_trip);
  ADD ("/json/round-trip-undone", test_round_trip_undone);
  ADD ("/json/import/twice", test_import_twice);
  ADD ("/json/import/updates", test_import_updates);
  ADD ("/json/import/bad-files", test_import_bad_files);
  ADD ("/json/import/conflicts", test_import_conflicts);
  ADD ("/json/import/too-large", test_import_too_large);
  ADD ("/json/import/rolls-back", test_import_rolls_back);
  ADD ("/json/import/mentor-gone", test_import_mentor_gone);
  ADD ("/json/import/reassigned", test_import_reassigned);
  ADD ("/json/import/pairs-inactive", test_import_pairs_inactive);
  ADD ("/json/import/names-record", test_import_names_record);
  ADD ("/json/import/progress", test_import_progress);
  ADD ("/json/export/progress", test_export_progress);
  ADD ("/json/closed-days", test_closed_days);
#undef ADD
  g_test_add_func ("/json/summary-string", test_summary_string);

  return g_test_run ();
}

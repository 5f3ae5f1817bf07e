/* test-failures.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full disk and read-only files (issue 8).
 *
 * A full disk (PRAGMA max_page_count on the shared or the private database) and a read-only
 * file or folder each give a clear message in plain words, change nothing (every row of both
 * databases, every object the windows show, every file in the folder, byte for byte), and
 * leave a store that still reads: lists, lookups, the export.
 */

#include "config.h"

#include <pwd.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-json.h"
#include "mp-model.h"
#include "mp-store-private.h"
#include "mp-test-files.h"

typedef struct
{
  char    *dir;           /* the shared folder */
  char    *path;
  char    *private_path;
  MpStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  /* A subprocess works on the files its parent made. */
  if (g_test_subprocess ())
    return;

  fixture->dir = g_build_filename (g_get_user_data_dir (), "shared", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  fixture->path = g_build_filename (fixture->dir, "mentoring.sqlite", NULL);
  fixture->private_path = g_build_filename (g_get_user_data_dir (), "mine", "private.sqlite", NULL);
  fixture->store = mp_test_open_demo_store (fixture->path, fixture->private_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    mp_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->private_path, g_free);
}

static void
exec_ok (MpStore    *store,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (_mp_store_get_connection (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gint64
query_int (MpStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_mp_store_get_connection (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* The export without its time stamp: everything the store shows HR, as text. */
static char *
export_text (MpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = mp_json_export_data (store, NULL, &error);
  char *stamp;

  g_assert_no_error (error);
  g_assert_nonnull (json);
  stamp = strstr (json, "\"exported_at\"");
  if (stamp != NULL)
    memset (stamp, ' ', strcspn (stamp, ",\n"));

  return g_steal_pointer (&json);
}

/* What the windows show besides the export: every list and the histories' texts. */
static char *
objects_text (MpStore *store)
{
  GListModel *mentorships = mp_store_get_mentorships (store);
  GString *text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mp_store_preload (store, &error));
  g_assert_no_error (error);

  g_string_append_printf (text, "%u people, %u departments, %u questions, %u programs\n",
                          g_list_model_get_n_items (mp_store_get_people (store)),
                          g_list_model_get_n_items (mp_store_get_departments (store)),
                          g_list_model_get_n_items (mp_store_get_questions (store)),
                          g_list_model_get_n_items (mp_store_get_programs (store)));

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (store, mentorship);
      GListModel *concerns = mp_store_get_concerns (store, mentorship);

      g_string_append_printf (text, "%s: %u meetings, %u concerns, %u activities\n",
                              mp_mentorship_get_uuid (mentorship), g_list_model_get_n_items (meetings),
                              g_list_model_get_n_items (concerns),
                              g_list_model_get_n_items (mp_store_get_activity_progress (store, mentorship)));
      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);
          g_autofree char *note = mp_store_get_private_note (store, meeting);

          g_string_append_printf (text, "  %s %d %s | %s | %s\n", mp_meeting_get_uuid (meeting),
                                  mp_meeting_get_status (meeting), mp_meeting_get_agenda (meeting),
                                  mp_meeting_get_summary (meeting), note);
        }
      for (guint j = 0; j < g_list_model_get_n_items (concerns); j++)
        {
          g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, j);

          g_string_append_printf (text, "  %s %s | %s | %s\n", mp_concern_get_uuid (concern),
                                  mp_concern_get_subject (concern), mp_concern_get_text (concern),
                                  mp_concern_get_answer (concern));
        }
    }

  return g_string_free (text, FALSE);
}

/* A clear message: one line, in plain words, saying @what. */
static void
assert_clear_message (const GError *error,
                      int           code,
                      const char   *what)
{
  g_assert_error (error, MP_STORE_ERROR, code);
  g_test_message ("message: %s", error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, what));
  /* No SQLite jargon for the user. */
  g_assert_null (strstr (error->message, "SQLITE"));
  g_assert_null (strstr (error->message, "sqlite3"));
}

static MpMentorship *
first_active_mentorship (MpStore *store)
{
  GListModel *mentorships = mp_store_get_mentorships (store);

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);

      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
        return mentorship;
    }

  g_assert_not_reached ();
}

static MpMeeting *
new_meeting (MpMentorship *mentorship,
             gsize         summary_size)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 17, 10, 0, 0);
  MpMeeting *meeting = mp_meeting_new (mentorship, when);
  g_autofree char *summary = g_strnfill (summary_size, 's');

  mp_meeting_set_informal (meeting, TRUE);
  mp_meeting_set_summary (meeting, summary);

  return meeting;
}

/* A document of 40 new people, a few hundred kilobytes: needs many new pages. */
static char *
big_document (void)
{
  GString *json = g_string_new ("{\"format\": \"mentoring/1\", \"departments\": [");
  g_autofree char *filler = g_strnfill (8000, 'd');

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (json, "%s{\"uuid\": \"dddddddd-0000-4000-8000-%012u\", \"name\": \"Big %u\", "
                            "\"description\": \"%s\"}", i > 0 ? ", " : "", i, i, filler);
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

/* Tries the writes a full disk refuses; each must fail with @code, saying @what, and change
 * nothing, neither the files nor the objects. */
static void
assert_writes_refused (Fixture    *fixture,
                       int         code,
                       const char *what,
                       gboolean    big_note)
{
  MpStore *store = fixture->store;
  MpMentorship *mentorship = first_active_mentorship (store);
  g_autofree char *rows = mp_test_dump_database (fixture->path, fixture->private_path);
  g_autofree char *exported = export_text (store);
  g_autofree char *objects = objects_text (store);
  g_autofree char *document = big_document ();
  g_autofree char *huge = g_strnfill (300 * 1024, 'n');
  g_autoptr(MpMeeting) meeting = new_meeting (mentorship, big_note ? 10 : 300 * 1024);
  g_autoptr(MpPerson) person = mp_person_new ("Pat Newcomer");
  MpJsonImportSummary summary = { 0 };
  GError *error = NULL;

  /* Logging a meeting (with a note: both databases in one transaction). */
  g_assert_false (mp_store_log_meeting (store, meeting, NULL, big_note ? huge : "A note", &error));
  assert_clear_message (error, code, what);
  g_clear_error (&error);
  g_assert_null (mp_store_lookup_meeting (store, mp_meeting_get_uuid (meeting)));

  /* A whole import, all or nothing. */
  if (!big_note)
    {
      g_assert_false (mp_json_import_data (store, document, strlen (document), &summary, &error));
      g_assert_nonnull (error);
      g_test_message ("import: %s", error->message);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_nonnull (strstr (error->message, what));
      g_clear_error (&error);
      g_assert_null (mp_store_lookup_department (store, "dddddddd-0000-4000-8000-000000000000"));
    }

  /* A batch, as the demo generator writes (the shared database only). */
  if (!big_note)
    {
      gboolean ok = mp_store_begin_batch (store, &error);

      for (guint i = 0; ok && i < 40; i++)
        {
          g_autofree char *name = g_strdup_printf ("Batch %u %s", i, huge + 300 * 1024 - 5000);
          g_autoptr(MpDepartment) department = mp_department_new (name);

          ok = mp_store_save_department (store, department, &error);
        }
      if (ok)
        ok = mp_store_commit_batch (store, &error);
      else if (mp_store_in_batch (store))
        mp_store_rollback_batch (store);
      g_assert_false (ok);
      assert_clear_message (error, code, what);
      g_clear_error (&error);
      g_assert_false (mp_store_in_batch (store));
    }

  /* A person with a long title (a name is at most MP_PERSON_NAME_MAX_CHARS). */
  if (!big_note)
    {
      g_autofree char *long_title = g_strdup_printf ("Title %s", huge + 100 * 1024);

      mp_person_set_title (person, long_title);
      g_assert_false (mp_store_save_person (store, person, &error));
      assert_clear_message (error, code, what);
      g_clear_error (&error);
      g_assert_null (mp_store_lookup_person (store, mp_person_get_uuid (person)));
    }

  /* Nothing changed: not a row in either file, not an object, and the store still reads. */
  mp_store_check_for_changes (store);
  {
    g_autofree char *rows_after = mp_test_dump_database (fixture->path, fixture->private_path);
    g_autofree char *exported_after = export_text (store);
    g_autofree char *objects_after = objects_text (store);

    g_assert_cmpstr (rows_after, ==, rows);
    g_assert_cmpstr (exported_after, ==, exported);
    g_assert_cmpstr (objects_after, ==, objects);
  }
}

static void
test_disk_full_shared (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *sql = NULL;
  MpMentorship *mentorship;
  g_autoptr(MpMeeting) meeting = NULL;
  g_autoptr(MpStore) reopened = NULL;
  GError *error = NULL;

  /* Not one page more than the file has now. */
  sql = g_strdup_printf ("PRAGMA main.max_page_count = %" G_GINT64_FORMAT,
                         query_int (fixture->store, "PRAGMA main.page_count"));
  exec_ok (fixture->store, sql);

  assert_writes_refused (fixture, MP_STORE_ERROR_IO, "full", FALSE);

  /* Once there is room again, the same write goes through. */
  exec_ok (fixture->store, "PRAGMA main.max_page_count = 1073741823");
  mentorship = first_active_mentorship (fixture->store);
  meeting = new_meeting (mentorship, 300 * 1024);
  g_assert_true (mp_store_log_meeting (fixture->store, meeting, NULL, "A note", &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->store);

  reopened = mp_store_open_full (fixture->path, fixture->private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mp_store_lookup_meeting (reopened, mp_meeting_get_uuid (meeting)));
}

static void
test_disk_full_private (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *sql = NULL;
  GError *error = NULL;
  g_autoptr(MpMeeting) meeting = NULL;
  g_autofree char *note = g_strnfill (300 * 1024, 'p');

  sql = g_strdup_printf ("PRAGMA private.max_page_count = %" G_GINT64_FORMAT,
                         query_int (fixture->store, "PRAGMA private.page_count"));
  exec_ok (fixture->store, sql);

  /* The meeting and its note are one transaction: the meeting is not logged either. */
  assert_writes_refused (fixture, MP_STORE_ERROR_IO, "full", TRUE);

  exec_ok (fixture->store, "PRAGMA private.max_page_count = 1073741823");
  meeting = new_meeting (first_active_mentorship (fixture->store), 10);
  g_assert_true (mp_store_log_meeting (fixture->store, meeting, NULL, note, &error));
  g_assert_no_error (error);
}

/* Read-only: the store opens, shows everything, refuses every write with a clear message, and
 * leaves the folder exactly as it was. */
static void
check_read_only (const char *dir,
                 const char *path,
                 const char *private_path,
                 const char *expected_objects)
{
  g_autofree char *snapshot = mp_test_folder_snapshot (dir);
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpPerson) person = mp_person_new ("Pat Newcomer");
  g_autoptr(MpMeeting) meeting = NULL;
  g_autofree char *document = big_document ();
  g_autofree char *objects = NULL;
  GError *error = NULL;
  MpMentorship *mentorship;
  MpMeeting *stored;

  store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_is_read_only (store));

  /* It keeps working read-only: the same objects as before, the export. */
  objects = objects_text (store);
  g_assert_cmpstr (objects, ==, expected_objects);
  g_free (export_text (store));

  mentorship = first_active_mentorship (store);
  meeting = new_meeting (mentorship, 10);
  g_assert_false (mp_store_log_meeting (store, meeting, NULL, "A note", &error));
  assert_clear_message (error, MP_STORE_ERROR_READ_ONLY, "read-only");
  g_clear_error (&error);

  g_assert_false (mp_store_save_person (store, person, &error));
  assert_clear_message (error, MP_STORE_ERROR_READ_ONLY, "read-only");
  g_clear_error (&error);

  stored = g_list_model_get_item (mp_store_get_meetings (store, mentorship), 0);
  g_assert_false (mp_store_set_private_note (store, stored, "Changed", &error));
  assert_clear_message (error, MP_STORE_ERROR_READ_ONLY, "read-only");
  g_clear_error (&error);
  g_object_unref (stored);

  g_assert_false (mp_json_import_data (store, document, strlen (document), NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("import: %s", error->message);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);

  g_assert_false (mp_store_begin_batch (store, &error));
  assert_clear_message (error, MP_STORE_ERROR_READ_ONLY, "read-only");
  g_clear_error (&error);

  g_clear_pointer (&objects, g_free);
  objects = objects_text (store);
  g_assert_cmpstr (objects, ==, expected_objects);
  g_clear_object (&store);

  /* Not a byte changed, no file added or left behind (no -wal, no -shm: such files, read-only
   * as the database is, would keep it from being written once it may be again) */
  {
    g_autofree char *after = mp_test_folder_snapshot (dir);

    g_assert_cmpstr (after, ==, snapshot);
  }
}

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *objects = objects_text (fixture->store);

  g_clear_object (&fixture->store);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);

  check_read_only (fixture->dir, fixture->path, fixture->private_path, objects);
}

/* In the subprocess of run_on_nobodys_copy (): "nobody" from now on, to whom permissions
 * apply, when run as root; the copy's shared and private databases */
static void
become_nobody (char **path,
               char **private_path)
{
  const char *dir = g_getenv ("MP_TEST_RO_DIR");

  *path = g_build_filename (dir, "shared", "mentoring.sqlite", NULL);
  *private_path = g_build_filename (dir, "mine", "private.sqlite", NULL);
  if (geteuid () == 0)
    {
      struct passwd *nobody = getpwnam ("nobody");

      g_assert_nonnull (nobody);
      g_assert_cmpint (setgid (nobody->pw_gid), ==, 0);
      g_assert_cmpint (setuid (nobody->pw_uid), ==, 0);
      g_assert_cmpint (geteuid (), !=, 0);
    }
}

/* Runs this test again in a subprocess, on a copy of the fixture's files (MP_TEST_RO_DIR:
 * shared/ and mine/; MP_TEST_RO_OBJECTS: what the store holds), owned by "nobody" when
 * this runs as root (the subprocess then becomes nobody: become_nobody ()); it must pass
 * and print what matches @said. The fixture's store is closed. */
static void
run_on_nobodys_copy (Fixture    *fixture,
                     const char *said)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mp-read-only-XXXXXX", &error);
  g_autofree char *shared_dir = g_build_filename (dir, "shared", NULL);
  g_autofree char *mine = g_build_filename (dir, "mine", NULL);
  g_autofree char *objects = objects_text (fixture->store);
  g_autofree char *objects_file = g_build_filename (dir, "objects.txt", NULL);
  g_autofree char *path = g_build_filename (shared_dir, "mentoring.sqlite", NULL);
  g_autofree char *private_path = g_build_filename (mine, "private.sqlite", NULL);
  struct passwd *nobody = getpwnam ("nobody");

  g_assert_no_error (error);
  g_clear_object (&fixture->store);
  g_assert_cmpint (g_mkdir (shared_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (mine, 0700), ==, 0);
  mp_test_copy_file (fixture->path, path);
  mp_test_copy_file (fixture->private_path, private_path);
  g_assert_true (g_file_set_contents (objects_file, objects, -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (objects_file, 0644), ==, 0);
  if (geteuid () == 0)
    {
      g_assert_nonnull (nobody);
      g_assert_cmpint (chown (shared_dir, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (chown (path, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (chown (mine, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (chown (private_path, nobody->pw_uid, nobody->pw_gid), ==, 0);
    }

  g_setenv ("MP_TEST_RO_DIR", dir, TRUE);
  g_setenv ("MP_TEST_RO_OBJECTS", objects_file, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (said);
  mp_test_remove_tree (dir);
}

/* A folder nobody may write in. root may write anywhere, so as root the check runs in a
 * subprocess that has become "nobody", on files it owns. */
static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  user_data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = NULL;
      g_autofree char *private_path = NULL;
      g_autofree char *shared_dir = NULL;
      g_autofree char *objects = NULL;

      become_nobody (&path, &private_path);
      shared_dir = g_path_get_dirname (path);

      g_assert_cmpint (g_chmod (shared_dir, 0555), ==, 0);
      g_assert_cmpint (access (shared_dir, W_OK), !=, 0);
      g_file_get_contents (g_getenv ("MP_TEST_RO_OBJECTS"), &objects, NULL, NULL);
      check_read_only (shared_dir, path, private_path, objects);
      g_print ("checked as uid %u: the folder is read-only, the store read-only\n", (guint) geteuid ());
      return;
    }
  else
    /* (it did refuse the writes: its messages go to its standard output) */
    run_on_nobodys_copy (fixture, "*checked as uid *: the folder is read-only, the store read-only*");
}

/* A database once read while it was marked read-only, by a version of the app that left a
 * -wal and a -shm beside it (read-only too), then made writable again: a change says which
 * file keeps it from being saved; once they are deleted, it is saved. root may write anything,
 * so as root this runs in a subprocess that has become "nobody", on files it owns. */
static void
test_read_only_companions (Fixture       *fixture,
                           gconstpointer  user_data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(MpPerson) person = mp_person_new ("Pat Newcomer");
      g_autoptr(GError) error = NULL;
      sqlite3 *db = NULL;
      g_autofree char *path = NULL;
      g_autofree char *private_path = NULL;
      g_autofree char *shm = NULL;
      g_autofree char *wal = NULL;

      become_nobody (&path, &private_path);
      shm = g_strconcat (path, "-shm", NULL);
      wal = g_strconcat (path, "-wal", NULL);

      /* Read while read-only, as SQLite reads a WAL database: it leaves both behind */
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
      g_assert_cmpint (access (shm, W_OK), !=, 0);

      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      {
        g_autoptr(MpStore) store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);

        g_assert_no_error (error);
        g_assert_false (mp_store_save_person (store, person, &error));
        assert_clear_message (error, MP_STORE_ERROR_READ_ONLY, "-shm");
        g_assert_nonnull (strstr (error->message, "is read-only for you"));
        g_clear_error (&error);
      }

      g_assert_cmpint (g_unlink (shm), ==, 0);
      g_assert_cmpint (g_unlink (wal), ==, 0);
      {
        g_autoptr(MpStore) store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);

        g_assert_no_error (error);
        g_assert_true (mp_store_save_person (store, person, &error));
        g_assert_no_error (error);
      }
      g_print ("checked as uid %u: saved once the read-only companions were gone\n", (guint) geteuid ());
      return;
    }
  else
    run_on_nobodys_copy (fixture, "*checked as uid *: saved once the read-only companions were gone*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/failures/disk-full/shared", test_disk_full_shared);
  ADD ("/failures/disk-full/private", test_disk_full_private);
  ADD ("/failures/read-only/file", test_read_only_file);
  ADD ("/failures/read-only/folder", test_read_only_folder);
  ADD ("/failures/read-only/companions", test_read_only_companions);
#undef ADD

  return g_test_run ();
}

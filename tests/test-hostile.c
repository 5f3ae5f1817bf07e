/* test-hostile.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hostile files through the real command line (issue 8).
 *
 * Every input of tests/data/bad/ (made by tests/data/make-bad.py), and a few made here that
 * are too big to commit or cannot be committed (a 50 MB string, a folder, a read-only file),
 * goes through the built `mentoring`, headless, as a script would run it:
 *
 *   mentoring --database=TARGET --import=BAD.json       (a broken exchange file)
 *   mentoring --database=BAD.sqlite --export=OUT.json   (a broken database)
 *   mentoring --database=BAD.sqlite --import=GOOD.json
 *
 * Each must be refused: exit status 1, nothing on standard output, exactly one line on
 * standard error ("mentoring: " and a message naming the problem, as BAD.expected says), the
 * input and every file in the target database's folder byte for byte unchanged (no journal
 * left behind), and no output file. Control runs show that the same files, unbroken, work.
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-test-files.h"

typedef struct
{
  char *work;        /* a folder per case below it */
  char *cli_home;    /* the command line's XDG_DATA_HOME (its private notes) */
  char *target;      /* a demo database to import into */
  char *bad_dir;
  char *good_json;
  guint n_cases;
} Hostile;

static void
hostile_init (Hostile *hostile)
{
  g_autofree char *template_private = NULL;
  g_autoptr(MpStore) store = NULL;

  hostile->work = g_build_filename (g_get_user_data_dir (), "work", NULL);
  hostile->cli_home = g_build_filename (g_get_user_data_dir (), "cli-home", NULL);
  g_assert_cmpint (g_mkdir_with_parents (hostile->work, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (hostile->cli_home, 0700), ==, 0);
  hostile->target = g_build_filename (hostile->work, "template.sqlite", NULL);
  template_private = g_build_filename (g_get_user_data_dir (), "template-private", "notes.sqlite", NULL);
  store = mp_test_open_demo_store (hostile->target, template_private);
  g_clear_object (&store);
  hostile->bad_dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  hostile->good_json = g_test_build_filename (G_TEST_DIST, "data", "json-good", "minimal.json", NULL);
}

static void
hostile_clear (Hostile *hostile)
{
  g_clear_pointer (&hostile->work, g_free);
  g_clear_pointer (&hostile->cli_home, g_free);
  g_clear_pointer (&hostile->target, g_free);
  g_clear_pointer (&hostile->bad_dir, g_free);
  g_clear_pointer (&hostile->good_json, g_free);
}

/* A fresh folder for one case, with the shared folder "shared" in it. */
static char *
case_folder (Hostile    *hostile,
             const char *name)
{
  g_autofree char *folder = g_build_filename (hostile->work, name, NULL);
  char *shared = g_build_filename (folder, "shared", NULL);

  mp_test_remove_tree (folder);
  g_assert_cmpint (g_mkdir_with_parents (shared, 0700), ==, 0);

  return shared;
}

static char *
expected_message (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  char *newline;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  newline = strchr (text, '\n');
  if (newline != NULL)
    *newline = '\0';
  g_assert_cmpstr (text, !=, "");

  return g_steal_pointer (&text);
}

/* Refused: exit status 1, nothing on standard output, one line naming the problem. */
static void
assert_refused (const MpTestRun *run,
                const char      *what,
                const char      *expected)
{
  const char *first_newline = strchr (run->err, '\n');

  g_test_message ("%s → %s", what, run->err);
  if (run->status != 1 || g_strcmp0 (run->out, "") != 0 || first_newline == NULL ||
      first_newline[1] != '\0' || !g_str_has_prefix (run->err, "mentoring: ") ||
      strstr (run->err, expected) == NULL)
    g_error ("%s: expected exit status 1 and one line with “%s”, got status %d, stdout “%s”, stderr “%s”",
             what, expected, run->status, run->out, run->err);
}

/* The commands that only read a database (--summary-pdf, --export, --ics, writing into
 * @out_dir) each refused with @expected, for @database_arg */
static void
assert_readers_refuse (Hostile    *hostile,
                       const char *database_arg,
                       const char *out_dir,
                       const char *expected)
{
  const char * const outputs[] = { "--summary-pdf=", "summaries.pdf", "--export=", "export.json",
                                   "--ics=", "meetings.ics" };

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i += 2)
    {
      MpTestRun run = { 0 };
      g_autofree char *output_arg = g_strconcat (outputs[i], out_dir, "/", outputs[i + 1], NULL);

      mp_test_run_cli (&run, hostile->cli_home, database_arg, output_arg, NULL);
      assert_refused (&run, output_arg, expected);
      mp_test_run_clear (&run);
    }
}

static void
import_refused (Hostile    *hostile,
                const char *name,
                const char *input,
                const char *expected)
{
  g_autofree char *shared = case_folder (hostile, name);
  g_autofree char *target = g_build_filename (shared, "mentoring.sqlite", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", target, NULL);
  g_autofree char *import_arg = g_strconcat ("--import=", input, NULL);
  g_autofree char *input_sum = mp_test_file_sha256 (input);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *input_after = NULL;
  MpTestRun run = { 0 };

  mp_test_copy_file (hostile->target, target);
  before = mp_test_folder_snapshot (shared);

  mp_test_run_cli (&run, hostile->cli_home, database_arg, import_arg, NULL);
  assert_refused (&run, name, expected);

  after = mp_test_folder_snapshot (shared);
  g_assert_cmpstr (after, ==, before);
  input_after = mp_test_file_sha256 (input);
  g_assert_cmpstr (input_after, ==, input_sum);

  mp_test_run_clear (&run);
  hostile->n_cases++;
}

/* A broken database: refused for an export (no output file) and for an import. */
static void
database_refused (Hostile    *hostile,
                  const char *name,
                  const char *source,
                  const char *expected)
{
  g_autofree char *shared = case_folder (hostile, name);
  g_autofree char *base = g_path_get_basename (source);
  g_autofree char *database = g_build_filename (shared, base, NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", database, NULL);
  g_autofree char *out_dir = g_build_filename (hostile->work, name, "out", NULL);
  g_autofree char *out = g_build_filename (out_dir, "export.json", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out, NULL);
  g_autofree char *import_arg = g_strconcat ("--import=", hostile->good_json, NULL);
  g_autofree char *good_sum = mp_test_file_sha256 (hostile->good_json);
  g_autofree char *before = NULL;
  MpTestRun run = { 0 };

  if (g_file_test (source, G_FILE_TEST_IS_DIR))
    {
      g_clear_pointer (&database, g_free);
      g_clear_pointer (&database_arg, g_free);
      database = g_build_filename (shared, "a-folder.sqlite", NULL);
      database_arg = g_strconcat ("--database=", database, NULL);
      g_assert_cmpint (g_mkdir (database, 0700), ==, 0);
    }
  else
    mp_test_copy_file (source, database);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  before = mp_test_folder_snapshot (shared);

  mp_test_run_cli (&run, hostile->cli_home, database_arg, export_arg, NULL);
  assert_refused (&run, name, expected);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  {
    g_autofree char *after = mp_test_folder_snapshot (shared);
    g_autofree char *out_after = mp_test_folder_snapshot (out_dir);

    g_assert_cmpstr (after, ==, before);
    g_assert_cmpstr (out_after, ==, "");
  }

  mp_test_run_cli (&run, hostile->cli_home, database_arg, import_arg, NULL);
  assert_refused (&run, name, expected);
  {
    g_autofree char *after = mp_test_folder_snapshot (shared);
    g_autofree char *good_after = mp_test_file_sha256 (hostile->good_json);

    g_assert_cmpstr (after, ==, before);
    g_assert_cmpstr (good_after, ==, good_sum);
  }

  mp_test_run_clear (&run);
  hostile->n_cases++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_bad_folder (void)
{
  Hostile hostile = { 0 };
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_json = 0, n_databases = 0, n_wal = 0;
  const char *name;

  hostile_init (&hostile);
  dir = g_dir_open (hostile.bad_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".sqlite"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (hostile.bad_dir, file, NULL);
      g_autofree char *stem = g_strndup (file, strrchr (file, '.') - file);
      g_autofree char *expected_file = g_strdup_printf ("%s/%s.expected", hostile.bad_dir, stem);
      g_autofree char *expected = expected_message (expected_file);

      if (g_str_has_suffix (file, ".json"))
        {
          import_refused (&hostile, stem, path, expected);
          n_json++;
        }
      else
        {
          g_autofree gchar *contents = NULL;
          gsize length = 0;

          database_refused (&hostile, stem, path, expected);
          n_databases++;

          /* The same file in WAL mode (a database any staff PC has written is): a reader of
           * one makes -wal and -shm files beside it, which a refusal must not leave */
          g_file_get_contents (path, &contents, &length, &error);
          g_assert_no_error (error);
          if (length >= 100 && memcmp (contents, "SQLite format 3", 16) == 0)
            {
              g_autofree char *wal_stem = g_strconcat (stem, "-wal-mode", NULL);
              g_autofree char *wal_dir = g_build_filename (hostile.work, "wal-mode-sources", NULL);
              g_autofree char *wal_path = g_build_filename (wal_dir, file, NULL);

              contents[18] = contents[19] = 2;  /* the header's file format versions: WAL */
              g_assert_cmpint (g_mkdir_with_parents (wal_dir, 0700), ==, 0);
              g_assert_true (g_file_set_contents (wal_path, contents, length, &error));
              g_assert_no_error (error);
              database_refused (&hostile, wal_stem, wal_path, expected);
              n_wal++;
            }
        }
    }

  g_test_message ("%u broken exchange files and %u broken databases refused (%u of them in WAL mode too)",
                  n_json, n_databases, n_wal);
  g_assert_cmpuint (n_json + n_databases, >=, 25);
  g_assert_cmpuint (n_databases, >=, 4);
  g_assert_cmpuint (n_wal, >=, 3);
  hostile_clear (&hostile);
}

/* Inputs made here: too big to commit, or not files one can commit. */
static void
test_generated (void)
{
  Hostile hostile = { 0 };
  g_autofree char *good = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = NULL;
  g_autofree char *big_path = NULL;
  g_autofree char *nested_path = NULL;
  g_autofree char *filler = NULL;
  const char *description = "\"description\": \"Tests imports.\"";
  const char *at;

  hostile_init (&hostile);
  g_file_get_contents (hostile.good_json, &good, NULL, &error);
  g_assert_no_error (error);

  /* A 50 MB string where a department's description goes. */
  at = strstr (good, description);
  g_assert_nonnull (at);
  big = g_string_sized_new (strlen (good) + 50 * 1024 * 1024);
  g_string_append_len (big, good, at - good);
  g_string_append (big, "\"description\": \"");
  filler = g_strnfill (50 * 1024 * 1024, 'x');
  g_string_append (big, filler);
  g_string_append_c (big, '"');
  g_string_append (big, at + strlen (description));
  big_path = g_build_filename (hostile.work, "50-mb-string.json", NULL);
  g_assert_true (g_file_set_contents (big_path, big->str, big->len, &error));
  g_assert_no_error (error);
  g_clear_pointer (&filler, g_free);
  import_refused (&hostile, "50-mb-string", big_path,
                  "$.departments[0].description: is longer than the 64 KiB a text may have");

  /* 10,000 levels inside a member, not only at the top. */
  g_string_truncate (big, 0);
  g_string_append (big, "{\"format\": \"mentoring/1\", \"people\": [");
  for (guint i = 0; i < 10000; i++)
    g_string_append (big, "{\"a\": [");
  for (guint i = 0; i < 10000; i++)
    g_string_append (big, "]}");
  g_string_append (big, "]}\n");
  nested_path = g_build_filename (hostile.work, "deep.json", NULL);
  g_assert_true (g_file_set_contents (nested_path, big->str, big->len, &error));
  import_refused (&hostile, "10000-levels", nested_path, "is nested more than 64 levels deep");

  /* A database file is no exchange file. */
  {
    g_autofree char *database_as_json = g_build_filename (hostile.bad_dir, "db-corrupt-page.sqlite", NULL);

    import_refused (&hostile, "database-as-json", database_as_json, "$: contains a NUL byte");
  }

  /* A folder where the database should be; a folder that does not exist; no name at all. */
  database_refused (&hostile, "folder-as-database", hostile.work, "is not a database file");
  {
    MpTestRun run = { 0 };

    mp_test_run_cli (&run, hostile.cli_home, "--database=", "--export=/dev/null", NULL);
    assert_refused (&run, "empty database name", "--database needs a file name");
    mp_test_run_clear (&run);
  }
  {
    g_autofree char *shared = case_folder (&hostile, "missing-folder");
    g_autofree char *database_arg = g_strconcat ("--database=", shared, "/no/such/folder/mentoring.sqlite", NULL);
    g_autofree char *before = mp_test_folder_snapshot (shared);
    g_autofree char *after = NULL;
    MpTestRun run = { 0 };

    mp_test_run_cli (&run, hostile.cli_home, database_arg, "--export=/dev/null", NULL);
    assert_refused (&run, "missing-folder", "does not exist");
    after = mp_test_folder_snapshot (shared);
    g_assert_cmpstr (after, ==, before);
    mp_test_run_clear (&run);
  }

  /* A read-only database: a good file cannot be imported into it. */
  {
    g_autofree char *shared = case_folder (&hostile, "read-only");
    g_autofree char *target = g_build_filename (shared, "mentoring.sqlite", NULL);
    g_autofree char *database_arg = g_strconcat ("--database=", target, NULL);
    g_autofree char *import_arg = g_strconcat ("--import=", hostile.good_json, NULL);
    g_autofree char *before = NULL;
    g_autofree char *target_sum = NULL;
    g_autofree char *target_after = NULL;
    MpTestRun run = { 0 };

    mp_test_copy_file (hostile.target, target);
    g_assert_cmpint (g_chmod (target, 0444), ==, 0);
    before = mp_test_folder_snapshot (shared);
    target_sum = mp_test_file_sha256 (target);
    mp_test_run_cli (&run, hostile.cli_home, database_arg, import_arg, NULL);
    assert_refused (&run, "read-only", "read-only");
    target_after = mp_test_file_sha256 (target);
    g_assert_cmpstr (target_after, ==, target_sum);
    mp_test_run_clear (&run);
    hostile.n_cases++;
  }

  hostile_clear (&hostile);
}

/* Adds the user running the test to the database at @path as an HR administrator. */
static void
make_hr_admin (const char *path)
{
  g_autofree char *private_dir = g_build_filename (g_get_user_data_dir (), "tester-XXXXXX", NULL);
  g_autofree char *private_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpPerson) me = mp_person_new ("The Tester");

  g_assert_nonnull (g_mkdtemp (private_dir));
  private_path = g_build_filename (private_dir, "private.sqlite", NULL);
  store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  mp_person_set_login (me, g_get_user_name ());
  mp_person_set_is_hr_admin (me, TRUE);
  g_assert_true (mp_store_save_person (store, me, &error));
  g_assert_no_error (error);
}

/* Drains a named pipe on a thread of its own, writer after writer, until stopped. */
typedef struct
{
  const char *path;
  gboolean    stop;  /* (atomic) */
  gsize       bytes;
} PipeReader;

static gpointer
read_pipe_thread (gpointer data)
{
  PipeReader *reader = data;

  while (!g_atomic_int_get (&reader->stop))
    {
      /* Blocks until a writer opens it; reads until that writer closes it */
      int fd = g_open (reader->path, O_RDONLY | O_CLOEXEC, 0);
      char buffer[4096];
      gssize n;

      if (fd < 0)
        break;
      while ((n = read (fd, buffer, sizeof buffer)) > 0)
        reader->bytes += (gsize) n;
      close (fd);
    }

  return NULL;
}

static void
stop_pipe_reader (PipeReader *reader,
                  GThread    *thread)
{
  int fd;

  g_atomic_int_set (&reader->stop, TRUE);
  /* Wakes the reader up if it waits for a writer (and, not waiting for one, fails at once:
   * the reader has seen the stop) */
  fd = g_open (reader->path, O_WRONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd >= 0)
    close (fd);
  g_thread_join (thread);
}

/* The harness refuses only what is broken: the unbroken inputs go through. */
static void
test_controls (void)
{
  Hostile hostile = { 0 };
  g_autofree char *shared = NULL;
  g_autofree char *target = NULL;
  g_autofree char *database_arg = NULL;
  g_autofree char *import_arg = NULL;
  g_autofree char *export_arg = NULL;
  g_autofree char *out = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *mended = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  MpTestRun run = { 0 };
  g_autoptr(GError) error = NULL;

  hostile_init (&hostile);

  shared = case_folder (&hostile, "control");
  target = g_build_filename (shared, "mentoring.sqlite", NULL);
  mp_test_copy_file (hostile.target, target);
  database_arg = g_strconcat ("--database=", target, NULL);
  import_arg = g_strconcat ("--import=", hostile.good_json, NULL);
  mp_test_run_cli (&run, hostile.cli_home, database_arg, import_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "added"));

  /* The broken databases were made from a sound one: with its version mended, it exports. */
  newer = g_build_filename (hostile.bad_dir, "db-newer-schema.sqlite", NULL);
  mended = g_build_filename (shared, "mended.sqlite", NULL);
  g_file_get_contents (newer, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 100);
  g_assert_cmpint (contents[63], ==, MP_STORE_SCHEMA_VERSION + 1);
  contents[63] = 1;  /* PRAGMA user_version, big-endian at offset 60: a version 1 file, upgraded */
  g_assert_true (g_file_set_contents (mended, contents, length, &error));
  g_clear_pointer (&database_arg, g_free);
  database_arg = g_strconcat ("--database=", mended, NULL);
  out = g_build_filename (shared, "export.json", NULL);
  export_arg = g_strconcat ("--export=", out, NULL);
  /* Made from an import: the user running the test is not its HR administrator until made one. */
  mp_test_run_cli (&run, hostile.cli_home, database_arg, export_arg, NULL);
  assert_refused (&run, "mended, not HR", "only HR administrators");
  make_hr_admin (mended);
  mp_test_run_cli (&run, hostile.cli_home, database_arg, export_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  /* An output that is the database itself (an export would replace it), or one file for two
   * outputs: refused before anything is written. */
  {
    g_autofree char *over_database = g_strconcat ("--export=", mended, NULL);
    g_autofree char *twice = g_build_filename (shared, "twice.out", NULL);
    g_autofree char *export_twice = g_strconcat ("--export=", twice, NULL);
    g_autofree char *pdf_twice = g_strconcat ("--summary-pdf=", twice, NULL);
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    gsize before_length, after_length;

    g_file_get_contents (mended, &before, &before_length, &error);
    g_assert_no_error (error);
    mp_test_run_cli (&run, hostile.cli_home, database_arg, over_database, NULL);
    /* (said before the database is opened, as for any SQLite file) */
    assert_refused (&run, "export over the database", "is a database: write to another file");
    /* its journal, which exists while it is open: no SQLite file itself, but a database's
     * (said before the database is opened too, as for any SQLite file's journal) */
    {
      g_autofree char *over_journal = g_strconcat ("--export=", mended, "-wal", NULL);

      mp_test_run_cli (&run, hostile.cli_home, database_arg, over_journal, NULL);
      assert_refused (&run, "export over the database's journal", "is a database: write to another file");
    }
    /* a new demo database's: no file yet when the command line is read, the database's journal
     * once the run has made it (the demo made stays, a database still) */
    {
      g_autofree char *fresh = g_build_filename (shared, "fresh.sqlite", NULL);
      g_autofree char *fresh_arg = g_strconcat ("--database=", fresh, NULL);
      g_autofree char *over_fresh = g_strconcat ("--export=", fresh, "-wal", NULL);
      g_autofree char *made = NULL;
      gsize made_length = 0;

      mp_test_run_cli (&run, hostile.cli_home, fresh_arg, "--demo", over_fresh, NULL);
      assert_refused (&run, "export over a new database's journal", "is a database of Mentoring's");
      g_assert_true (g_file_get_contents (fresh, &made, &made_length, NULL));
      g_assert_true (made_length > 16 && memcmp (made, "SQLite format 3", 16) == 0);
    }
    g_file_get_contents (mended, &after, &after_length, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (before, before_length, after, after_length);

    /* Nor any other database: a copy kept of this one (or your private notes, when another
     * database is open) is no place for an export, a print or a calendar file */
    {
      g_autofree char *copy = g_build_filename (shared, "kept-copy.sqlite", NULL);
      g_autofree char *export_copy = g_strconcat ("--export=", copy, NULL);
      g_autofree char *pdf_copy = g_strconcat ("--summary-pdf=", copy, NULL);
      g_autofree char *copied = NULL;
      gsize copied_length;

      g_assert_true (g_file_set_contents (copy, before, before_length, &error));
      g_assert_no_error (error);
      mp_test_run_cli (&run, hostile.cli_home, database_arg, export_copy, NULL);
      assert_refused (&run, "export over another database", "is a database: write to another file");
      mp_test_run_cli (&run, hostile.cli_home, database_arg, pdf_copy, NULL);
      assert_refused (&run, "print over another database", "is a database: write to another file");
      g_file_get_contents (copy, &copied, &copied_length, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (before, before_length, copied, copied_length);
    }

    mp_test_run_cli (&run, hostile.cli_home, database_arg, export_twice, pdf_twice, NULL);
    assert_refused (&run, "one file for two outputs", "each needs a name of its own");
    g_assert_false (g_file_test (twice, G_FILE_TEST_EXISTS));

    /* A pipe (as /dev/null) is no file to replace: any number of outputs may go there, each
     * written into it (a pipe, not a device: should that break, no device is replaced) */
    {
      g_autofree char *fifo = g_build_filename (shared, "pipe.out", NULL);
      g_autofree char *export_pipe = g_strconcat ("--export=", fifo, NULL);
      g_autofree char *pdf_pipe = g_strconcat ("--summary-pdf=", fifo, NULL);
      PipeReader reader = { fifo, FALSE, 0 };
      GThread *thread;
      GStatBuf buf;

      g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
      thread = g_thread_new ("pipe-reader", read_pipe_thread, &reader);
      mp_test_run_cli (&run, hostile.cli_home, database_arg, export_pipe, pdf_pipe, NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      stop_pipe_reader (&reader, thread);
      g_assert_cmpint (g_lstat (fifo, &buf), ==, 0);
      g_assert_true (S_ISFIFO (buf.st_mode));
      g_assert_cmpuint (reader.bytes, >, 1000);  /* the export and the PDF went through it */
    }
  }

  mp_test_run_clear (&run);
  hostile_clear (&hostile);
}

/* HR's commands are HR's: on a database where the user is not an HR administrator, --import,
 * --export and --summary-pdf are refused and write nothing; on an empty one, --import is how
 * its staff arrive. */
static void
test_not_hr_admin (void)
{
  Hostile hostile = { 0 };
  g_autofree char *shared = NULL;
  g_autofree char *target = NULL;
  g_autofree char *database_arg = NULL;
  g_autofree char *import_arg = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *export_arg = NULL;
  g_autofree char *pdf_arg = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out_after = NULL;
  MpTestRun run = { 0 };

  hostile_init (&hostile);
  shared = case_folder (&hostile, "not-hr");
  target = g_build_filename (shared, "mentoring.sqlite", NULL);
  database_arg = g_strconcat ("--database=", target, NULL);
  import_arg = g_strconcat ("--import=", hostile.good_json, NULL);
  out_dir = g_build_filename (hostile.work, "not-hr", "out", NULL);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  export_arg = g_strconcat ("--export=", out_dir, "/export.json", NULL);
  pdf_arg = g_strconcat ("--summary-pdf=", out_dir, "/summaries.pdf", NULL);

  /* A database path mistyped: the commands that read one say so and make nothing */
  {
    g_autofree char *missing_arg = g_strconcat ("--database=", shared, "/mistyped.sqlite", NULL);
    g_autofree char *listing = NULL;

    assert_readers_refuse (&hostile, missing_arg, out_dir, "there is no database at");
    listing = mp_test_folder_snapshot (shared);
    g_assert_cmpstr (listing, ==, "");
    g_clear_pointer (&listing, g_free);
    listing = mp_test_folder_snapshot (out_dir);
    g_assert_cmpstr (listing, ==, "");
  }

  /* An empty file named as the database: the same, and it stays empty */
  {
    g_autofree char *empty = g_build_filename (shared, "empty.sqlite", NULL);
    g_autofree char *empty_arg = g_strconcat ("--database=", empty, NULL);
    g_autofree char *listing = NULL;

    g_assert_true (g_file_set_contents (empty, "", 0, NULL));
    assert_readers_refuse (&hostile, empty_arg, out_dir, "is empty: there is no database in it");
    /* (nothing beside it: no -wal, no -journal) */
    listing = mp_test_folder_snapshot (shared);
    g_assert_true (g_str_has_prefix (listing, "empty.sqlite 0 "));
    g_assert_cmpint (strchr (listing, '\n') - listing + 1, ==, strlen (listing));
    g_clear_pointer (&listing, g_free);
    listing = mp_test_folder_snapshot (out_dir);
    g_assert_cmpstr (listing, ==, "");
    g_assert_cmpint (g_unlink (empty), ==, 0);
  }

  /* A command that fails makes nothing: an import refused leaves no new database behind, and
   * an output's folder missing is said before an import is committed or a demo made */
  {
    g_autofree char *bad_json = g_build_filename (hostile.bad_dir, "json-trailing-garbage.json", NULL);
    g_autofree char *bad_expected = g_build_filename (hostile.bad_dir, "json-trailing-garbage.expected", NULL);
    g_autofree char *bad_message = expected_message (bad_expected);
    g_autofree char *bad_import = g_strconcat ("--import=", bad_json, NULL);
    g_autofree char *nowhere = g_strconcat ("--export=", out_dir, "/missing-folder/export.json", NULL);
    g_autofree char *demo_arg = g_strconcat ("--database=", shared, "/demo.sqlite", NULL);
    g_autofree char *listing = NULL;

    mp_test_run_cli (&run, hostile.cli_home, database_arg, bad_import, NULL);
    assert_refused (&run, "bad import into a new database", bad_message);
    mp_test_run_cli (&run, hostile.cli_home, database_arg, import_arg, nowhere, NULL);
    assert_refused (&run, "import, then an export nowhere", "does not exist");
    mp_test_run_cli (&run, hostile.cli_home, demo_arg, "--demo", nowhere, NULL);
    assert_refused (&run, "demo, then an export nowhere", "does not exist");
    /* an address is no file (it was no path at all, and the check crashed on it) */
    mp_test_run_cli (&run, hostile.cli_home, database_arg, import_arg, "--export=http://example.invalid/x.json", NULL);
    assert_refused (&run, "an export to an address", "“http://example.invalid/x.json” is not a local file");
    mp_test_run_cli (&run, hostile.cli_home, database_arg, "--import=http://example.invalid/x.json", NULL);
    assert_refused (&run, "an import from an address", "is not a local file");
    listing = mp_test_folder_snapshot (shared);
    g_assert_cmpstr (listing, ==, "");
  }

  /* A new database: the import brings its staff (its HR administrator is someone else). */
  mp_test_run_cli (&run, hostile.cli_home, database_arg, import_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "added"));

  before = mp_test_folder_snapshot (shared);
  mp_test_run_cli (&run, hostile.cli_home, database_arg, import_arg, NULL);
  assert_refused (&run, "import, not HR", "only HR administrators");
  mp_test_run_cli (&run, hostile.cli_home, database_arg, export_arg, NULL);
  assert_refused (&run, "export, not HR", "only HR administrators");
  mp_test_run_cli (&run, hostile.cli_home, database_arg, pdf_arg, NULL);
  assert_refused (&run, "summary-pdf, not HR", "only HR administrators");
  after = mp_test_folder_snapshot (shared);
  g_assert_cmpstr (after, ==, before);
  out_after = mp_test_folder_snapshot (out_dir);
  g_assert_cmpstr (out_after, ==, "");

  /* Made its HR administrator, the same user may. */
  make_hr_admin (target);
  mp_test_run_cli (&run, hostile.cli_home, database_arg, pdf_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  /* Mentoring no one, they have no meetings to write to a calendar */
  {
    g_autofree char *ics_arg = g_strconcat ("--ics=", out_dir, "/meetings.ics", NULL);
    g_autofree char *ics = g_build_filename (out_dir, "meetings.ics", NULL);

    mp_test_run_cli (&run, hostile.cli_home, database_arg, ics_arg, NULL);
    assert_refused (&run, "ics, not a mentor", "mentors no one");
    g_assert_false (g_file_test (ics, G_FILE_TEST_EXISTS));
  }
  g_clear_pointer (&out_after, g_free);
  out_after = mp_test_folder_snapshot (out_dir);
  g_assert_nonnull (strstr (out_after, "summaries.pdf"));

  /* A demo's HR administrator is the user who made it: made and exported in one command;
   * acting as one of its mentors, the export is refused. */
  {
    g_autofree char *demo_arg = g_strconcat ("--database=", shared, "/demo.sqlite", NULL);
    g_autofree char *other_arg = g_strconcat ("--database=", shared, "/demo-as-mentor.sqlite", NULL);
    g_autofree char *demo_export_arg = g_strconcat ("--export=", out_dir, "/demo.json", NULL);
    g_autofree char *demo_export = g_build_filename (out_dir, "demo.json", NULL);

    mp_test_run_cli (&run, hostile.cli_home, demo_arg, "--demo", demo_export_arg, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (demo_export, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpint (g_unlink (demo_export), ==, 0);

    mp_test_run_cli (&run, hostile.cli_home, other_arg, "--demo", "--as=hokafor", demo_export_arg, NULL);
    assert_refused (&run, "demo export as a mentor", "only HR administrators");
    g_assert_false (g_file_test (demo_export, G_FILE_TEST_EXISTS));
  }

  mp_test_run_clear (&run);
  hostile_clear (&hostile);
}

/* A meeting whose day a tool wrote as nonsense (no constraint stopped it): the export says
 * the file is damaged, and so do the print and the calendar file, which would otherwise
 * leave that meeting out and show the pair a meeting short. Nothing is written. */
static void
test_damaged_row (void)
{
  Hostile hostile = { 0 };
  g_autofree char *shared = NULL;
  g_autofree char *database = NULL;
  g_autofree char *database_arg = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *before = NULL;
  const char *outputs[] = { "--export=", "--summary-pdf=", "--ics=" };
  const char *names[] = { "export.json", "summaries.pdf", "meetings.ics" };
  MpTestRun run = { 0 };
  sqlite3 *db = NULL;

  hostile_init (&hostile);
  shared = case_folder (&hostile, "damaged-row");
  database = g_build_filename (shared, "mentoring.sqlite", NULL);
  database_arg = g_strconcat ("--database=", database, NULL);
  out_dir = g_build_filename (hostile.work, "damaged-row", "out", NULL);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  mp_test_copy_file (hostile.target, database);

  /* One of Helen Okafor's running pairs' meetings */
  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA ignore_check_constraints = 1;"
                                 "UPDATE meetings SET starts_at = 'garbage' WHERE id = ("
                                 "  SELECT m.id FROM meetings m JOIN mentorships s ON s.id = m.mentorship_id"
                                 "  JOIN people p ON p.id = s.mentor_id"
                                 "  WHERE p.login = 'hokafor' AND s.status = 'active' ORDER BY m.id LIMIT 1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  before = mp_test_folder_snapshot (shared);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *output = g_build_filename (out_dir, names[i], NULL);
      g_autofree char *output_arg = g_strconcat (outputs[i], output, NULL);
      g_autofree char *after = NULL;
      g_autofree char *out_after = NULL;

      if (g_str_has_prefix (output_arg, "--ics="))
        mp_test_run_cli (&run, hostile.cli_home, database_arg, "--as=hokafor", output_arg, NULL);
      else
        mp_test_run_cli (&run, hostile.cli_home, database_arg, output_arg, NULL);
      assert_refused (&run, output_arg, "is damaged");
      after = mp_test_folder_snapshot (shared);
      g_assert_cmpstr (after, ==, before);
      out_after = mp_test_folder_snapshot (out_dir);
      g_assert_cmpstr (out_after, ==, "");
    }

  mp_test_run_clear (&run);
  hostile_clear (&hostile);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/hostile/controls", test_controls);
  g_test_add_func ("/hostile/not-hr-admin", test_not_hr_admin);
  g_test_add_func ("/hostile/bad-folder", test_bad_folder);
  g_test_add_func ("/hostile/generated", test_generated);
  g_test_add_func ("/hostile/damaged-row", test_damaged_row);

  return g_test_run ();
}

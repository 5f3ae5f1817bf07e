/* test-confidential.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Confidentiality proven (issue 8).
 *
 * On the demo data, a unique marker is planted in every confidential field of every pairing
 * (tests/mp-test-files.c: private notes, meeting agendas and summaries, concern subjects,
 * texts and answers, feedback comments, agreed expectations). Then:
 * - no private note, nor any concern's subject, text or answer (sealed for the keys of its
 *   employee and mentor), reaches the shared file: not its bytes, not its -wal (before and
 *   after a checkpoint), not any file of its folder; with WAL and with the rollback journal;
 * - no marker, nor any other confidential text of the demo, reaches the HR export
 *   (`mentoring --export`) or the printed summaries (`mentoring --summary-pdf`, read back
 *   with pdftotext);
 * - the private database is mode 0600, and never in the shared file's folder: the store
 *   refuses that, and the default paths (the app's, the demo's) keep them apart, including
 *   for a file of an earlier build, which moves out of the private notes' folder.
 * Each check has a control that shows it would see a leak (the markers are there in plain
 * bytes where they belong). The HR window is walked by tests/test-confidential-ui.c.
 */

#define _GNU_SOURCE  /* memmem () */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-demo.h"
#include "mp-json.h"
#include "mp-model.h"
#include "mp-paths.h"
#include "mp-store-private.h"
#include "mp-test-files.h"

typedef struct
{
  char      *dir;            /* the shared folder */
  char      *path;
  char      *private_dir;
  char      *private_path;
  MpStore   *store;
  GPtrArray *markers;        /* every marker planted */
  GPtrArray *notes;          /* the private notes' markers */
  GPtrArray *texts;          /* every confidential text, markers and demo texts */
  GPtrArray *concern_texts;  /* every concern's subject, text and answer */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  gboolean rollback = GPOINTER_TO_INT (user_data);
  g_autoptr(GError) error = NULL;
  GDate today;

  fixture->dir = g_build_filename (g_get_user_data_dir (), "shared", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  fixture->path = g_build_filename (fixture->dir, "mentoring.sqlite", NULL);
  fixture->private_dir = g_build_filename (g_get_user_data_dir (), "mine", NULL);
  fixture->private_path = g_build_filename (fixture->private_dir, "private.sqlite", NULL);

  fixture->store = mp_store_open_full (fixture->path, fixture->private_path,
                                       MP_STORE_OPEN_NO_WATCH | (rollback ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0),
                                       &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);
  g_assert_true (mp_demo_populate (fixture->store, &today, &error));
  g_assert_no_error (error);

  fixture->markers = mp_test_plant_markers (fixture->store, &fixture->notes);
  fixture->texts = mp_test_collect_confidential (fixture->store, 16);
  fixture->concern_texts = g_ptr_array_new_with_free_func (g_free);
  {
    GListModel *mentorships = mp_store_get_mentorships (fixture->store);

    for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
      {
        g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
        GListModel *concerns = mp_store_get_concerns (fixture->store, mentorship);

        for (guint j = 0; j < g_list_model_get_n_items (concerns); j++)
          {
            g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, j);
            const char *parts[] = { mp_concern_get_subject (concern), mp_concern_get_text (concern),
                                    mp_concern_get_answer (concern) };

            g_assert_true (mp_concern_is_readable (concern));
            for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
              if (parts[k] != NULL && strlen (parts[k]) >= 8)
                g_ptr_array_add (fixture->concern_texts, g_strdup (parts[k]));
          }
      }
    g_assert_cmpuint (fixture->concern_texts->len, >=, 6);
  }
  g_test_message ("%u markers (%u private notes), %u confidential texts",
                  fixture->markers->len, fixture->notes->len, fixture->texts->len);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->markers, g_ptr_array_unref);
  g_clear_pointer (&fixture->notes, g_ptr_array_unref);
  g_clear_pointer (&fixture->texts, g_ptr_array_unref);
  g_clear_pointer (&fixture->concern_texts, g_ptr_array_unref);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->private_dir, g_free);
  g_clear_pointer (&fixture->private_path, g_free);
}

/* The bytes of every file in @folder, one after the other. */
static GBytes *
folder_bytes (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GByteArray *bytes = g_byte_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_byte_array_append (bytes, (const guint8 *) contents, (guint) length);
    }

  return g_byte_array_free_to_bytes (bytes);
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return data != NULL && memmem (data, length, text, strlen (text)) != NULL;
}

/* No private note, nor any concern's subject, text or answer (sealed: mp-seal.h), in any byte
 * of the shared folder; a meeting summary is there (control). */
static void
assert_shared_folder_clean (Fixture    *fixture,
                            const char *when)
{
  g_autoptr(GBytes) bytes = folder_bytes (fixture->dir);

  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes in the shared folder", when, g_bytes_get_size (bytes));
  g_assert_false (bytes_contain (bytes, MP_TEST_MARKER_PREFIX "Note"));
  for (guint i = 0; i < fixture->notes->len; i++)
    if (bytes_contain (bytes, g_ptr_array_index (fixture->notes, i)))
      g_error ("%s: the private note “%s” is in the shared folder", when,
               (const char *) g_ptr_array_index (fixture->notes, i));

  g_assert_false (bytes_contain (bytes, MP_TEST_MARKER_PREFIX "Subject"));
  g_assert_false (bytes_contain (bytes, MP_TEST_MARKER_PREFIX "Text"));
  g_assert_false (bytes_contain (bytes, MP_TEST_MARKER_PREFIX "Answer"));
  for (guint i = 0; i < fixture->concern_texts->len; i++)
    if (bytes_contain (bytes, g_ptr_array_index (fixture->concern_texts, i)))
      g_error ("%s: the concern text “%s” is in the shared folder", when,
               (const char *) g_ptr_array_index (fixture->concern_texts, i));

  /* Control: shared texts are in these bytes in plain, so the search would see a note. */
  g_assert_true (bytes_contain (bytes, MP_TEST_MARKER_PREFIX "Summary"));
}

static void
exec_ok (MpStore    *store,
         const char *sql)
{
  g_assert_cmpint (sqlite3_exec (_mp_store_get_connection (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
test_shared_file (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gboolean rollback = GPOINTER_TO_INT (user_data);
  GListModel *mentorships = mp_store_get_mentorships (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) private_bytes = NULL;

  g_assert_cmpstr (mp_store_get_journal_mode (fixture->store), ==, rollback ? "delete" : "wal");
  assert_shared_folder_clean (fixture, "written");

  /* Notes changed and removed: never a trace in the shared file either. */
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (fixture->store, mentorship);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);
          g_autofree char *note = g_strdup_printf (MP_TEST_MARKER_PREFIX "Note%u-%u-changed", i, j);

          g_ptr_array_add (fixture->notes, g_strdup (note));
          g_assert_true (mp_store_set_private_note (fixture->store, meeting, j % 3 == 0 ? "" : note, &error));
          g_assert_no_error (error);
        }
    }
  assert_shared_folder_clean (fixture, "changed");

  if (!rollback)
    {
      exec_ok (fixture->store, "PRAGMA main.wal_checkpoint(TRUNCATE)");
      assert_shared_folder_clean (fixture, "after a checkpoint");
    }

  g_clear_object (&fixture->store);
  assert_shared_folder_clean (fixture, "closed");

  /* Control: the notes are in the private database, in plain bytes. */
  private_bytes = folder_bytes (fixture->private_dir);
  g_assert_true (bytes_contain (private_bytes, MP_TEST_MARKER_PREFIX "Note"));

  /* Only its owner may read it, journals included. */
  assert_mode (fixture->private_path, 0600);
  {
    static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *companion = g_strconcat (fixture->private_path, suffixes[i], NULL);

        if (g_file_test (companion, G_FILE_TEST_EXISTS))
          assert_mode (companion, 0600);
      }
  }
}

/* ---- What HR gets: the export, the printed summaries -------------------------------------- */

static void
close_store (Fixture *fixture)
{
  g_clear_object (&fixture->store);
}

static void
test_hr_export (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *home = g_build_filename (g_get_user_data_dir (), "cli", NULL);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "export.json", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", fixture->path, NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out, NULL);
  g_autofree char *in_process = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  MpTestRun run = { 0 };

  in_process = mp_json_export_data (fixture->store, NULL, &error);
  g_assert_no_error (error);
  mp_test_assert_no_confidential (in_process, fixture->texts, "mp_json_export_data ()");
  mp_test_assert_no_confidential (in_process, fixture->markers, "mp_json_export_data ()");
  close_store (fixture);

  mp_test_run_cli (&run, home, database_arg, export_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, &error));
  g_assert_no_error (error);

  /* Control: the export does hold the pairings, their meetings and concerns (by date). */
  g_assert_nonnull (strstr (contents, "\"meetings\""));
  g_assert_nonnull (strstr (contents, "\"concerns\""));
  g_assert_nonnull (strstr (contents, "\"raised_at\""));
  mp_test_assert_no_confidential (contents, fixture->texts, "The HR export");
  mp_test_assert_no_confidential (contents, fixture->markers, "The HR export");
  mp_test_run_clear (&run);
}

/* Words only: pdftotext breaks lines where the layout did. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-' && *p != '\xad')
      g_string_append_c (squeezed, *p);

  return g_string_free (squeezed, FALSE);
}

static void
test_summary_pdf (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *home = g_build_filename (g_get_user_data_dir (), "cli", NULL);
  g_autofree char *pdf = g_build_filename (g_get_user_data_dir (), "summaries.pdf", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", fixture->path, NULL);
  g_autofree char *pdf_arg = g_strconcat ("--summary-pdf=", pdf, NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) squeezed_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  MpTestRun run = { 0 };
  int status;
  MpMentorship *mentorship;

  if (pdftotext == NULL)
    {
      /* CI installs poppler-utils (build-aux/test.sh): there this check must run. */
      if (g_getenv ("CI") != NULL)
        g_error ("pdftotext is missing: the printed summaries cannot be checked");
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  mentorship = g_list_model_get_item (mp_store_get_mentorships (fixture->store), 0);
  {
    g_autofree char *employee = g_strdup (mp_person_get_name (mp_mentorship_get_employee (mentorship)));

    g_object_unref (mentorship);
    close_store (fixture);

    mp_test_run_cli (&run, home, database_arg, pdf_arg, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);

    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, &err, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

    /* Control: the summaries are there, with the pairings' names. */
    g_assert_nonnull (strstr (text, employee));
  }

  squeezed = squeeze (text);
  for (guint i = 0; i < fixture->texts->len; i++)
    {
      char *one = squeeze (g_ptr_array_index (fixture->texts, i));

      /* Short words ("Parking") may well be in the summaries for other reasons. */
      if (strlen (one) >= 12)
        g_ptr_array_add (squeezed_texts, one);
      else
        g_free (one);
    }
  mp_test_assert_no_confidential (text, fixture->markers, "The printed summaries");
  mp_test_assert_no_confidential (squeezed, squeezed_texts, "The printed summaries");
  g_test_message ("%" G_GSIZE_FORMAT " characters of summaries checked", strlen (text));
  mp_test_run_clear (&run);
}

/* ---- Where the private database may be ------------------------------------------------------ */

static void
test_private_path_refused (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "share", NULL);
  g_autofree char *link = g_build_filename (g_get_user_data_dir (), "same-share", NULL);
  g_autofree char *path = g_build_filename (dir, "mentoring.sqlite", NULL);
  g_autofree char *beside = g_build_filename (dir, "private.sqlite", NULL);
  g_autofree char *through_link = g_build_filename (link, "private.sqlite", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  MpStore *store;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (symlink (dir, link), ==, 0);
  before = mp_test_folder_snapshot (dir);

  store = mp_store_open (path, beside, &error);
  g_assert_null (store);
  g_assert_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "private notes"));
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);

  /* The same folder under another name. */
  store = mp_store_open (path, through_link, &error);
  g_assert_null (store);
  g_assert_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing was created: neither the shared file nor the notes. */
  after = mp_test_folder_snapshot (dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (after, ==, "");
}

static char *
folder_of (const char *path)
{
  return g_path_get_dirname (path);
}

static void
test_default_paths (void)
{
  g_autofree char *shared = mp_paths_get_default_shared_path ();
  g_autofree char *old = mp_paths_get_old_shared_path ();
  g_autofree char *private_path = mp_store_get_default_private_path ();
  g_autofree char *shared_dir = folder_of (shared);
  g_autofree char *old_dir = folder_of (old);
  g_autofree char *private_dir = folder_of (private_path);
  g_autofree char *demo = mp_demo_default_path ();
  g_autofree char *demo_dir = folder_of (demo);
  g_autofree char *demo_private = mp_demo_private_path (demo);
  g_autofree char *demo_private_dir = folder_of (demo_private);
  g_autofree char *chosen = g_build_filename (g_get_user_data_dir (), "Documents", "mentoring.sqlite", NULL);
  g_autofree char *chosen_private = mp_demo_private_path (chosen);
  g_autofree char *chosen_private_dir = folder_of (chosen_private);
  g_autofree char *chosen_dir = folder_of (chosen);

  g_assert_cmpstr (shared_dir, !=, private_dir);
  g_assert_true (g_str_has_suffix (shared, "/shared/mentoring.sqlite"));
  /* The file of earlier builds was beside the notes: that is why it moves. */
  g_assert_cmpstr (old_dir, ==, private_dir);
  g_assert_cmpstr (demo_private_dir, !=, demo_dir);
  g_assert_cmpstr (chosen_private_dir, !=, chosen_dir);
  g_assert_cmpstr (demo_private_dir, !=, private_dir);

  g_rmdir (demo_dir);
}

/* The command line with the default database: a folder of its own, the notes elsewhere. */
static void
test_default_layout_cli (void)
{
  g_autofree char *home = g_build_filename (g_get_user_data_dir (), "cli", NULL);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "export.json", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out, NULL);
  g_autofree char *app_dir = g_build_filename (home, "com.alliancelibrarysystem.Mentoring", NULL);
  g_autofree char *shared_dir = g_build_filename (app_dir, "shared", NULL);
  g_autofree char *shared = g_build_filename (shared_dir, "mentoring.sqlite", NULL);
  g_autofree char *private_path = g_build_filename (app_dir, "private.sqlite", NULL);
  g_autofree char *listing = NULL;
  MpTestRun run = { 0 };

  mp_test_run_cli (&run, home, export_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_test (shared, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (private_path, G_FILE_TEST_IS_REGULAR));
  assert_mode (private_path, 0600);
  assert_mode (shared_dir, 0700);
  listing = mp_test_folder_snapshot (shared_dir);
  g_assert_null (strstr (listing, "private"));
  mp_test_run_clear (&run);
}

/* Adds @name to the database at @path; with @hr_login, as the HR administrator with that login. */
static char *
add_person (const char *path,
            const char *private_path,
            const char *name,
            const char *hr_login)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_autoptr(MpPerson) person = mp_person_new (name);

  g_assert_no_error (error);
  if (hr_login != NULL)
    {
      mp_person_set_login (person, hr_login);
      mp_person_set_is_hr_admin (person, TRUE);
    }
  g_assert_true (mp_store_save_person (store, person, &error));
  g_assert_no_error (error);

  return g_strdup (mp_person_get_uuid (person));
}

/* A shared file of an earlier build, beside the private notes, moves into shared/: once,
 * whole (with what its -wal holds), and never while something has it open. */
static void
test_old_location_moves (void)
{
  g_autofree char *old = mp_paths_get_old_shared_path ();
  g_autofree char *new_path = mp_paths_get_default_shared_path ();
  g_autofree char *old_dir = folder_of (old);
  g_autofree char *elsewhere = g_build_filename (g_get_user_data_dir (), "elsewhere", "private.sqlite", NULL);
  g_autofree char *staging = g_build_filename (g_get_user_data_dir (), "staging.sqlite", NULL);
  g_autofree char *staging_wal = g_strconcat (staging, "-wal", NULL);
  g_autofree char *old_wal = g_strconcat (old, "-wal", NULL);
  g_autofree char *image = g_build_filename (g_get_user_data_dir (), "image.sqlite", NULL);
  g_autofree char *image_wal = g_strconcat (image, "-wal", NULL);
  g_autofree char *uuid = NULL;
  g_autofree char *dump = NULL;
  g_autoptr(MpStore) moved = NULL;
  GError *error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (old_dir, 0700), ==, 0);

  /* A file an earlier build left after a crash: a committed change still in its -wal. */
  {
    g_autoptr(MpStore) store = mp_store_open_full (staging, elsewhere, MP_STORE_OPEN_NO_WATCH, &error);
    g_autoptr(MpPerson) person = mp_person_new ("Wendy Walfile");

    g_assert_no_error (error);
    g_assert_true (mp_store_save_person (store, person, &error));
    g_assert_no_error (error);
    uuid = g_strdup (mp_person_get_uuid (person));
    g_assert_true (g_file_test (staging_wal, G_FILE_TEST_EXISTS));
    mp_test_copy_file (staging, image);
    mp_test_copy_file (staging_wal, image_wal);
  }
  mp_test_copy_file (image, old);
  mp_test_copy_file (image_wal, old_wal);

  /* While another process has it open (an earlier build still running), it stays. */
  {
    g_autofree char *self = mp_test_self_path ();
    const char *argv[] = { self, "--hold", old, elsewhere, NULL };
    GPid pid;
    int in_fd, out_fd, status;
    char ready[2];

    g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                              &pid, &in_fd, &out_fd, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (read (out_fd, ready, 2), ==, 2);

    g_assert_false (mp_paths_move_database (old, new_path, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
    g_test_message ("%s", error->message);
    g_clear_error (&error);
    g_assert_true (g_file_test (old, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));

    close (in_fd);
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
    close (out_fd);
    g_spawn_close_pid (pid);
  }

  /* Again the crash image (the holder checkpointed it on closing). */
  mp_test_copy_file (image, old);
  mp_test_copy_file (image_wal, old_wal);
  dump = mp_test_dump_database (staging, NULL);

  g_assert_true (mp_paths_move_database (old, new_path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old_wal, G_FILE_TEST_EXISTS));

  moved = mp_store_open_full (new_path, NULL, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mp_store_lookup_person (moved, uuid));
  g_clear_object (&moved);
  {
    g_autofree char *moved_dump = mp_test_dump_database (new_path, NULL);

    g_assert_cmpstr (moved_dump, ==, dump);
  }

  /* Once: a new file there wins, and nothing moves twice. */
  g_free (add_person (staging, elsewhere, "Second Person", NULL));
  mp_test_copy_file (staging, old);
  g_assert_true (mp_paths_move_database (old, new_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (old, G_FILE_TEST_EXISTS));
}

/* End to end: the command line with an earlier build's layout. */
static void
test_old_location_cli (void)
{
  g_autofree char *home = g_build_filename (g_get_user_data_dir (), "cli", NULL);
  g_autofree char *app_dir = g_build_filename (home, "com.alliancelibrarysystem.Mentoring", NULL);
  g_autofree char *old = g_build_filename (app_dir, "mentoring.sqlite", NULL);
  g_autofree char *new_path = g_build_filename (app_dir, "shared", "mentoring.sqlite", NULL);
  g_autofree char *elsewhere = g_build_filename (g_get_user_data_dir (), "elsewhere", "private.sqlite", NULL);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "export.json", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out, NULL);
  g_autofree char *uuid = NULL;
  g_autofree char *contents = NULL;
  MpTestRun run = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (app_dir, 0700), ==, 0);
  /* The user running the export is the database's HR administrator: HR's command. */
  uuid = add_person (old, elsewhere, "Olga Oldlayout", g_get_user_name ());

  mp_test_run_cli (&run, home, export_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, uuid));
  mp_test_run_clear (&run);
}

/* Child mode: keeps a database open until its standard input closes. */
static int
hold (const char *path,
      const char *private_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  char byte;

  if (store == NULL)
    return 1;
  if (write (STDOUT_FILENO, "R\n", 2) != 2)
    return 1;
  while (read (STDIN_FILENO, &byte, 1) > 0)
    ;

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--hold"))
    return hold (argv[2], argv[3]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/confidential/shared-file/wal", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_shared_file, fixture_tear_down);
  g_test_add ("/confidential/shared-file/rollback-journal", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_shared_file, fixture_tear_down);
  g_test_add ("/confidential/hr-export", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_hr_export, fixture_tear_down);
  g_test_add ("/confidential/summary-pdf", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_summary_pdf, fixture_tear_down);
  g_test_add_func ("/confidential/private-path/refused", test_private_path_refused);
  g_test_add_func ("/confidential/private-path/defaults", test_default_paths);
  g_test_add_func ("/confidential/private-path/default-layout", test_default_layout_cli);
  g_test_add_func ("/confidential/private-path/old-location", test_old_location_moves);
  g_test_add_func ("/confidential/private-path/old-location-cli", test_old_location_cli);

  return g_test_run ();
}

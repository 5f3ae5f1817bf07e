/* test-concurrent.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Several staff PCs on one file (issue 8).
 *
 * Four processes (this binary again, in writer mode), each with its own private database as
 * on four PCs, log 250 meetings each into the same mentorship of one shared file, all at
 * once, while looking for each other's changes now and then as the app's timer does. Once
 * with WAL (a local disk), once with the rollback journal the store uses on a network share.
 * Every write must succeed (a lock held by another process is waited for, never an error for
 * the user), nothing may be printed, and at the end every process's own list of the
 * mentorship's meetings, refreshed through mp_store_check_for_changes (), shows all 1,000;
 * so does the file.
 */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-demo.h"
#include "mp-model.h"
#include "mp-store-private.h"
#include "mp-test-files.h"

#define N_WRITERS          4
#define N_MEETINGS         250
#define CHECK_EVERY        20      /* writes between two looks for the others' changes */
#define SEE_ALL_TIMEOUT_S  60

/* ---- A writer (child) ------------------------------------------------------------------ */

static int
run_writer (const char *path,
            const char *private_path,
            gboolean    rollback,
            guint       index,
            const char *mentorship_uuid)
{
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MpStoreOpenFlags flags = MP_STORE_OPEN_NO_WATCH | (rollback ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0);
  MpMentorship *mentorship;
  GListModel *meetings;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint expected = N_WRITERS * N_MEETINGS;
  gint64 deadline;
  char go;

  store = mp_store_open_full (path, private_path, flags, &error);
  if (store == NULL)
    {
      g_printerr ("writer %u: open: %s\n", index, error->message);
      return 3;
    }
  if (g_strcmp0 (mp_store_get_journal_mode (store), rollback ? "delete" : "wal") != 0)
    {
      g_printerr ("writer %u: journal mode %s\n", index, mp_store_get_journal_mode (store));
      return 3;
    }

  mentorship = mp_store_lookup_mentorship (store, mentorship_uuid);
  if (mentorship == NULL)
    {
      g_printerr ("writer %u: no mentorship %s\n", index, mentorship_uuid);
      return 3;
    }
  meetings = mp_store_get_meetings (store, mentorship);

  /* Everyone starts at once. */
  if (write (STDOUT_FILENO, "R\n", 2) != 2 || read (STDIN_FILENO, &go, 1) != 1)
    return 3;

  for (guint j = 0; j < N_MEETINGS; j++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 1 + (j % 12), 1 + (j % 28), 8 + index, j % 60, 0);
      g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, when);
      g_autofree char *summary = g_strdup_printf ("Writer %u, meeting %u", index, j);

      gint64 write_started = g_get_monotonic_time ();

      mp_meeting_set_informal (meeting, TRUE);
      mp_meeting_set_summary (meeting, summary);
      if (!mp_store_log_meeting (store, meeting, NULL, j % 10 == 0 ? "A private note" : NULL, &error))
        {
          /* What the window would have shown the user. */
          g_printerr ("writer %u (%s), meeting %u, after %.3f s: %s\n", index, rollback ? "rollback journal" : "WAL",
                      j, (g_get_monotonic_time () - write_started) / 1e6, error->message);
          return 1;
        }

      if (j % CHECK_EVERY == CHECK_EVERY - 1)
        mp_store_check_for_changes (store);
    }

  /* Then the others' meetings show up in this process's own list, without a reload. */
  deadline = g_get_monotonic_time () + SEE_ALL_TIMEOUT_S * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (meetings) < expected && g_get_monotonic_time () < deadline)
    {
      if (!mp_store_check_for_changes (store))
        g_usleep (20 * 1000);
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      g_hash_table_add (seen, (gpointer) mp_meeting_get_uuid (meeting));
      /* The list holds the canonical objects. */
      if (mp_store_lookup_meeting (store, mp_meeting_get_uuid (meeting)) != meeting)
        {
          g_printerr ("writer %u: the list and the lookup disagree\n", index);
          return 2;
        }
    }

  if (g_list_model_get_n_items (meetings) != expected || g_hash_table_size (seen) != expected)
    {
      guint per_writer[N_WRITERS + 1] = { 0 };
      guint n = g_list_model_get_n_items (meetings);
      sqlite3 *db = _mp_store_get_connection (store);
      sqlite3_stmt *stmt = NULL;
      g_autoptr(GHashTable) objects = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
          guint w = 0;

          g_hash_table_add (objects, meeting);
          sscanf (mp_meeting_get_summary (meeting) ?: "", "Writer %u", &w);
          per_writer[MIN (w, N_WRITERS)]++;
        }
      /* What the file holds, to tell a missed refresh from a missing write. */
      sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM meetings), (SELECT revision FROM mentorships)", -1, &stmt,
                          NULL);
      sqlite3_step (stmt);
      g_printerr ("writer %u sees %u meetings (%u uuids, %u objects), not %u (%u; %u, %u, %u, %u); db %d, revision %d\n",
                  index, n, g_hash_table_size (seen), g_hash_table_size (objects), expected,
                  per_writer[0], per_writer[1], per_writer[2], per_writer[3], per_writer[4],
                  sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1));
      sqlite3_finalize (stmt);
      return 2;
    }

  return 0;
}

/* ---- The test (parent) ----------------------------------------------------------------- */

static char *
make_database (const char *path,
               const char *private_path,
               gboolean    rollback)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpProgram) template = NULL;
  g_autoptr(MpPerson) mentor = mp_person_new ("Morgan Mentor");
  g_autoptr(MpPerson) employee = mp_person_new ("Eve Employee");
  g_autoptr(MpMentorship) mentorship = NULL;
  MpProgram *program;
  GDate start;

  store = mp_store_open_full (path, private_path,
                              MP_STORE_OPEN_NO_WATCH | (rollback ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0), &error);
  g_assert_no_error (error);

  template = mp_demo_load_program (&error);
  g_assert_no_error (error);
  program = mp_store_ensure_program (store, template, &error);
  g_assert_no_error (error);

  mp_person_set_login (mentor, "morgan");
  mp_person_set_may_mentor (mentor, TRUE);
  mp_person_set_login (employee, "eve");
  g_assert_true (mp_store_save_person (store, mentor, &error));
  g_assert_true (mp_store_save_person (store, employee, &error));
  g_assert_no_error (error);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  mentorship = mp_mentorship_new (mentor, employee, program, &start);
  g_assert_true (mp_store_create_mentorship (store, mentorship, &error));
  g_assert_no_error (error);

  return g_strdup (mp_mentorship_get_uuid (mentorship));
}

static void
wait_ready (int fd)
{
  char buffer[2];
  gsize got = 0;

  while (got < 2)
    {
      struct pollfd pfd = { .fd = fd, .events = POLLIN };
      gssize n;

      /* Opening takes long only under valgrind. */
      g_assert_cmpint (poll (&pfd, 1, 120 * 1000), ==, 1);
      n = read (fd, buffer + got, 2 - got);
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      got += (gsize) n;
    }

  g_assert_true (buffer[0] == 'R' && buffer[1] == '\n');
}

static char *
read_all (int fd)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (text, buffer, n);
    }
  close (fd);

  return g_string_free (text, FALSE);
}

static void
test_concurrent (gconstpointer data)
{
  gboolean rollback = GPOINTER_TO_INT (data);
  g_autofree char *self = mp_test_self_path ();
  g_autofree char *path = NULL;
  g_autofree char *private_path = NULL;
  g_autofree char *mentorship_uuid = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  GPid pids[N_WRITERS];
  int in_fds[N_WRITERS], out_fds[N_WRITERS], err_fds[N_WRITERS];
  gint64 started;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) all_output = g_string_new (NULL);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  path = g_build_filename (g_get_user_data_dir (), "shared.sqlite", NULL);
  private_path = g_build_filename (g_get_user_data_dir (), "pc-0", "private.sqlite", NULL);
  mentorship_uuid = make_database (path, private_path, rollback);

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *index = g_strdup_printf ("%u", i + 1);
      g_autofree char *own_private = g_strdup_printf ("%s/pc-%u/private.sqlite", g_get_user_data_dir (), i + 1);
      const char *argv[] = { self, "--writer", path, own_private, rollback ? "rollback" : "wal", index,
                             mentorship_uuid, NULL };

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pids[i], &in_fds[i], &out_fds[i], &err_fds[i], &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < N_WRITERS; i++)
    wait_ready (out_fds[i]);

  started = g_get_monotonic_time ();
  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_assert_cmpint (write (in_fds[i], "g", 1), ==, 1);
      close (in_fds[i]);
    }

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_spawn_close_pid (pids[i]);
      out = read_all (out_fds[i]);
      err = read_all (err_fds[i]);

      g_string_append (all_output, out);
      g_string_append (all_output, err);
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        g_string_append_printf (all_output, "writer %u: exit status 0x%x\n", i + 1, (guint) status);
    }

  /* No error, no warning, nothing at all reached the user, and every writer did its part. */
  g_assert_cmpstr (all_output->str, ==, "");
  g_test_message ("%s: %d processes logged %d meetings each in %.1f s",
                  rollback ? "rollback journal" : "WAL", N_WRITERS, N_MEETINGS,
                  (g_get_monotonic_time () - started) / 1e6);

  /* The file holds them all, sound. */
  store = mp_store_open_full (path, private_path,
                              MP_STORE_OPEN_NO_WATCH | (rollback ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mp_store_get_meetings (store,
                      mp_store_lookup_mentorship (store, mentorship_uuid))), ==, N_WRITERS * N_MEETINGS);
  g_assert_cmpint (sqlite3_prepare_v2 (_mp_store_get_connection (store), "PRAGMA integrity_check", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 7 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2], argv[3], g_str_equal (argv[4], "rollback"), (guint) atoi (argv[5]), argv[6]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_data_func ("/concurrent/wal", GINT_TO_POINTER (FALSE), test_concurrent);
  g_test_add_data_func ("/concurrent/rollback-journal", GINT_TO_POINTER (TRUE), test_concurrent);

  return g_test_run ();
}

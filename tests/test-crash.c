/* test-crash.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Killed mid-write (issue 8).
 *
 * A child process (this binary again, in child mode) imports documents and logs meetings with
 * private notes in a loop, and reports every commit through a pipe the moment the store
 * returned. The parent kills it with SIGKILL at a random moment, at least 50 times, then
 * opens the files as the app would and checks: PRAGMA integrity_check is "ok" for the shared
 * and the private database; every commit ever reported is there (rows and private notes);
 * every import begun is wholly present or wholly absent. Half the rounds use the rollback
 * journal of network shares, half WAL; a kill during the child's opening (recovery of the
 * previous crash, the first schema) is among the random moments.
 */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-json.h"
#include "mp-model.h"
#include "mp-store-private.h"
#include "mp-test-files.h"

#define N_ROUNDS        60     /* kills asked for: at least 50 must land on a running child */
#define MIN_KILLS       50
#define CHILD_MAX_SECS  10     /* a child nobody kills stops by itself */
#define PROGRAM_UUID    "c0ffee00-0000-4000-8000-000000000001"
#define N_ACTIVITIES    2
#define N_IMPORT_MEETINGS 3
/* Rows one import writes: a department, two people, a mentorship, its meetings, and the
 * pending progress of every activity of the program. */
#define ROWS_PER_IMPORT (1 + 2 + 1 + N_IMPORT_MEETINGS + N_ACTIVITIES)

/* ---- The child ------------------------------------------------------------------------- */

static char *
make_uuid (guint kind,
           guint round,
           guint k,
           guint i)
{
  return g_strdup_printf ("%08x-0000-4000-8000-%04x%06x%02x", kind, round, k, i);
}

enum { UUID_DEPARTMENT = 0xd, UUID_PERSON = 0xe, UUID_PAIR = 0xa, UUID_MEETING = 0xb };

static char *
make_document (guint round,
               guint k)
{
  g_autofree char *department = make_uuid (UUID_DEPARTMENT, round, k, 0);
  g_autofree char *mentor = make_uuid (UUID_PERSON, round, k, 0);
  g_autofree char *employee = make_uuid (UUID_PERSON, round, k, 1);
  g_autofree char *pair = make_uuid (UUID_PAIR, round, k, 0);
  GString *meetings = g_string_new (NULL);

  for (guint i = 0; i < N_IMPORT_MEETINGS; i++)
    {
      g_autofree char *meeting = make_uuid (UUID_MEETING, round, k, i);

      g_string_append_printf (meetings,
                              "%s{\"uuid\": \"%s\", \"starts_at\": \"2026-02-%02uT10:00:00Z\", "
                              "\"duration_minutes\": 45, \"mode\": \"in-person\", \"status\": \"held\", "
                              "\"place\": \"Room %u\", \"informal\": false}",
                              i > 0 ? ", " : "", meeting, 2 + 7 * i, k);
    }

  return g_strdup_printf (
    "{\"format\": \"mentoring/1\",\n"
    " \"programs\": [{\"format\": \"mentoring-program/1\", \"uuid\": \"" PROGRAM_UUID "\",\n"
    "   \"slug\": \"crash-test-program\", \"version\": 1, \"name\": \"Crash test program\",\n"
    "   \"phases\": [{\"id\": \"first-months\", \"title\": \"First months\", \"start_month\": 0, \"months\": 2,\n"
    "     \"cadence\": {\"unit\": \"weeks\", \"every\": 2},\n"
    "     \"activities\": [{\"id\": \"tour\", \"title\": \"Tour\"},\n"
    "                      {\"id\": \"group\", \"title\": \"Group\", \"optional\": true}]}]}],\n"
    " \"departments\": [{\"uuid\": \"%s\", \"name\": \"Department %u-%u\", \"description\": \"%s\"}],\n"
    " \"people\": [\n"
    "   {\"uuid\": \"%s\", \"name\": \"Mentor %u-%u\", \"login\": \"mentor-%u-%u\", \"department\": \"%s\",\n"
    "    \"may_mentor\": true},\n"
    "   {\"uuid\": \"%s\", \"name\": \"Employee %u-%u\", \"login\": \"employee-%u-%u\", \"department\": \"%s\"}],\n"
    " \"mentorships\": [{\"uuid\": \"%s\", \"mentor\": \"%s\", \"employee\": \"%s\", \"program\": \"" PROGRAM_UUID "\",\n"
    "   \"start_date\": \"2026-02-02\", \"status\": \"active\", \"meetings\": [%s]}]}\n",
    department, round, k,
    /* Some bulk, so that a transaction spans several pages and takes a moment. */
    "Where to go for what: the circulation desk, the catalogue, interlibrary loans, the delivery "
    "routes, the member libraries, the committees, the staff room, the payroll office.",
    mentor, round, k, round, k, department,
    employee, round, k, round, k, department,
    pair, mentor, employee, g_string_free (meetings, FALSE));
}

/* One line, one write (), so a kill never cuts a report in two (PIPE_BUF). */
static void
report (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0, length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  length = strlen (line);
  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (5);
      done += (gsize) n;
    }
}

static char *
note_for (const char *meeting_uuid)
{
  return g_strdup_printf ("Private note on %s: worried about the schedule.", meeting_uuid);
}

static int
run_child (const char *path,
           const char *private_path,
           gboolean    rollback,
           guint       round)
{
  static const char * const activities[] = { "tour", NULL };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();
  MpStoreOpenFlags flags = MP_STORE_OPEN_NO_WATCH | (rollback ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0);

  store = mp_store_open_full (path, private_path, flags, &error);
  if (store == NULL)
    {
      g_printerr ("open: %s\n", error->message);
      return 3;
    }
  report ("R\n");

  for (guint k = 0; g_get_monotonic_time () - started < CHILD_MAX_SECS * G_USEC_PER_SEC; k++)
    {
      g_autofree char *document = make_document (round, k);
      g_autofree char *pair_uuid = make_uuid (UUID_PAIR, round, k, 0);
      MpMentorship *mentorship;

      report ("B %u %u\n", round, k);
      if (!mp_json_import_data (store, document, strlen (document), NULL, &error))
        {
          g_printerr ("import %u %u: %s\n", round, k, error->message);
          return 4;
        }
      report ("I %u %u\n", round, k);

      mentorship = mp_store_lookup_mentorship (store, pair_uuid);
      g_assert_nonnull (mentorship);

      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 2 + i, 10, 0, 0);
          g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, when);
          g_autofree char *note = note_for (mp_meeting_get_uuid (meeting));

          mp_meeting_set_informal (meeting, TRUE);
          mp_meeting_set_summary (meeting, "Went through the checklist and the staff directory.");
          if (!mp_store_log_meeting (store, meeting, activities, note, &error))
            {
              g_printerr ("log meeting: %s\n", error->message);
              return 4;
            }
          report ("M %s\n", mp_meeting_get_uuid (meeting));
        }
    }

  return 0;
}

/* ---- The parent ------------------------------------------------------------------------ */

typedef struct
{
  char       *path;
  char       *private_path;
  GPtrArray  *begun;       /* "round k" of every import begun (char *) */
  GHashTable *imported;    /* "round k" → TRUE, imports reported committed */
  GPtrArray  *meetings;    /* uuids of every meeting reported logged */
  guint       kills;
  guint       kills_while_opening;
} Crash;

static void
read_reports (Crash      *crash,
              const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "B "))
        g_ptr_array_add (crash->begun, g_strdup (line + 2));
      else if (g_str_has_prefix (line, "I "))
        g_hash_table_add (crash->imported, g_strdup (line + 2));
      else if (g_str_has_prefix (line, "M "))
        g_ptr_array_add (crash->meetings, g_strdup (line + 2));
      else
        g_assert_true (line[0] == '\0' || g_str_equal (line, "R"));
    }
}

static gint64
query_count (sqlite3    *db,
             const char *sql,
             const char *const *values)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; values[i] != NULL; i++)
    sqlite3_bind_text (stmt, (int) i + 1, values[i], -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static void
assert_integrity (sqlite3    *db,
                  const char *schema)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s.integrity_check", schema);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Opens the files as the app does (recovering what the kill left) and checks them. */
static void
verify (Crash    *crash,
        gboolean  rollback)
{
  static const char import_rows[] =
    "SELECT (SELECT count(*) FROM departments WHERE uuid = ?1)"
    "     + (SELECT count(*) FROM people WHERE uuid IN (?2, ?3))"
    "     + (SELECT count(*) FROM mentorships WHERE uuid = ?4)"
    "     + (SELECT count(*) FROM meetings WHERE uuid IN (?5, ?6, ?7))"
    "     + (SELECT count(*) FROM activity_progress"
    "        WHERE mentorship_id IN (SELECT id FROM mentorships WHERE uuid = ?4))";
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  sqlite3 *db;
  MpStoreOpenFlags flags = MP_STORE_OPEN_NO_WATCH | (rollback ? MP_STORE_OPEN_ROLLBACK_JOURNAL : 0);

  store = mp_store_open_full (crash->path, crash->private_path, flags, &error);
  g_assert_no_error (error);
  db = _mp_store_get_connection (store);

  assert_integrity (db, "main");
  assert_integrity (db, "private");
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM pragma_foreign_key_check",
                                (const char * const[]) { NULL }), ==, 0);

  for (guint i = 0; i < crash->begun->len; i++)
    {
      const char *key = g_ptr_array_index (crash->begun, i);
      guint round, k;
      g_autofree char *department = NULL, *mentor = NULL, *employee = NULL, *pair = NULL;
      g_autofree char *m0 = NULL, *m1 = NULL, *m2 = NULL;
      gint64 rows;

      g_assert_cmpint (sscanf (key, "%u %u", &round, &k), ==, 2);
      department = make_uuid (UUID_DEPARTMENT, round, k, 0);
      mentor = make_uuid (UUID_PERSON, round, k, 0);
      employee = make_uuid (UUID_PERSON, round, k, 1);
      pair = make_uuid (UUID_PAIR, round, k, 0);
      m0 = make_uuid (UUID_MEETING, round, k, 0);
      m1 = make_uuid (UUID_MEETING, round, k, 1);
      m2 = make_uuid (UUID_MEETING, round, k, 2);

      rows = query_count (db, import_rows,
                          (const char * const[]) { department, mentor, employee, pair, m0, m1, m2, NULL });
      if (g_hash_table_contains (crash->imported, key))
        g_assert_cmpint (rows, ==, ROWS_PER_IMPORT);
      else if (rows != 0 && rows != ROWS_PER_IMPORT)
        g_error ("import %s is partly there: %" G_GINT64_FORMAT " of %d rows", key, rows, ROWS_PER_IMPORT);

      /* What the store shows agrees with the rows. */
      if (rows == ROWS_PER_IMPORT)
        g_assert_nonnull (mp_store_lookup_mentorship (store, pair));
      else
        g_assert_null (mp_store_lookup_mentorship (store, pair));
    }

  for (guint i = 0; i < crash->meetings->len; i++)
    {
      const char *uuid = g_ptr_array_index (crash->meetings, i);
      g_autofree char *expected = note_for (uuid);
      g_autofree char *note = NULL;
      MpMeeting *meeting;

      g_assert_cmpint (query_count (db, "SELECT count(*) FROM meetings WHERE uuid = ?1 AND status = 'held'",
                                    (const char * const[]) { uuid, NULL }), ==, 1);
      meeting = mp_store_lookup_meeting (store, uuid);
      g_assert_nonnull (meeting);
      note = mp_store_get_private_note (store, meeting);
      g_assert_cmpstr (note, ==, expected);
    }
}

/* Reads what the child reported until @until (monotonic µs) or until it says @wanted. */
static gboolean
wait_for_output (int      fd,
                 GString *output,
                 gint64   until,
                 const char *wanted)
{
  while (wanted == NULL || strstr (output->str, wanted) == NULL)
    {
      gint64 now = g_get_monotonic_time ();
      struct pollfd pfd = { .fd = fd, .events = POLLIN };
      char buffer[4096];
      gssize n;
      int rc;

      if (now >= until)
        return wanted == NULL;

      rc = poll (&pfd, 1, (int) ((until - now + 999) / 1000));
      if (rc < 0 && errno == EINTR)
        continue;
      if (rc == 0)
        continue;

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      g_string_append_len (output, buffer, n);
    }

  return TRUE;
}

static void
read_all (int      fd,
          GString *output)
{
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (output, buffer, n);
    }
}

static void
run_round (Crash    *crash,
           guint     round,
           gboolean  rollback)
{
  g_autofree char *self = mp_test_self_path ();
  g_autofree char *round_arg = g_strdup_printf ("%u", round);
  const char *argv[] = { self, "--crash-child", crash->path, crash->private_path,
                         rollback ? "rollback" : "wal", round_arg, NULL };
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean while_opening = g_test_rand_int_range (0, 6) == 0;
  GPid pid;
  int out_fd, err_fd, status;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, &err_fd, &error);
  g_assert_no_error (error);

  if (while_opening)
    g_usleep (g_test_rand_int_range (0, 40) * 1000);
  else
    {
      /* From a moment the child reached, whatever its speed (under a sanitizer on a busy
       * machine an import takes longer than the delay below): opened, an import committed,
       * or a meeting logged; then a moment later, in what it writes next. */
      static const char * const reached[] = { "R\n", "\nI ", "\nM " };
      const char *wanted = reached[g_test_rand_int_range (0, G_N_ELEMENTS (reached))];
      gboolean ready = wait_for_output (out_fd, output, g_get_monotonic_time () + 60 * G_USEC_PER_SEC, wanted);

      /* Opened within the time a child may take under a sanitizer or valgrind; one too slow
       * to commit in its ten seconds stops by itself (a round without a kill). */
      g_assert_true (ready || wanted != reached[0]);
      g_usleep (g_test_rand_int_range (0, 150) * 1000);
    }

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  read_all (out_fd, output);
  read_all (err_fd, errors);
  close (out_fd);
  close (err_fd);

  /* A child that stopped on its own stopped on an error: nothing may reach the user. */
  g_assert_cmpstr (errors->str, ==, "");
  if (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL)
    {
      crash->kills++;
      if (strstr (output->str, "R\n") == NULL)
        crash->kills_while_opening++;
    }
  else
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  read_reports (crash, output->str);
  verify (crash, rollback);
}

static void
test_crash (void)
{
  Crash crash = { 0 };
  gint64 started = g_get_monotonic_time ();

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  crash.path = g_build_filename (g_get_user_data_dir (), "crash.sqlite", NULL);
  crash.private_path = g_build_filename (g_get_user_data_dir (), "private", "notes.sqlite", NULL);
  crash.begun = g_ptr_array_new_with_free_func (g_free);
  crash.imported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  crash.meetings = g_ptr_array_new_with_free_func (g_free);

  for (guint round = 0; round < N_ROUNDS; round++)
    run_round (&crash, round, round % 2 == 1);

  g_test_message ("%u kills (%u while opening) in %.1f s: %u imports begun, %u committed, %u meetings logged",
                  crash.kills, crash.kills_while_opening, (g_get_monotonic_time () - started) / 1e6,
                  crash.begun->len, g_hash_table_size (crash.imported), crash.meetings->len);
  g_assert_cmpuint (crash.kills, >=, MIN_KILLS);
  /* The kills landed while writing, not only between runs. */
  g_assert_cmpuint (g_hash_table_size (crash.imported), >, 0);
  g_assert_cmpuint (crash.meetings->len, >, 0);

  g_ptr_array_unref (crash.begun);
  g_hash_table_unref (crash.imported);
  g_ptr_array_unref (crash.meetings);
  g_free (crash.path);
  g_free (crash.private_path);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 6 && g_str_equal (argv[1], "--crash-child"))
    return run_child (argv[2], argv[3], g_str_equal (argv[4], "rollback"), (guint) atoi (argv[5]));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/crash/killed-mid-write", test_crash);

  return g_test_run ();
}

/* mp-test-files.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-demo.h"
#include "mp-model.h"
#include "mp-test-files.h"

char *
mp_test_file_sha256 (const char *path)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  file = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);

  /* An empty file maps to NULL contents. */
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                      (const guchar *) (g_mapped_file_get_contents (file) ?: ""),
                                      g_mapped_file_get_length (file));
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort () passes pointers to the elements. */
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
mp_test_folder_snapshot (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *snapshot = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_lstat (path, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        g_ptr_array_add (lines, g_strdup_printf ("%s/", name));
      else
        {
          g_autofree char *sum = mp_test_file_sha256 (path);

          g_ptr_array_add (lines, g_strdup_printf ("%s %" G_GINT64_FORMAT " %o %s", name, (gint64) st.st_size,
                                                   (guint) (st.st_mode & 07777), sum));
        }
    }

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (snapshot, "%s\n", (const char *) g_ptr_array_index (lines, i));

  return g_string_free (snapshot, FALSE);
}

void
mp_test_copy_file (const char *from,
                   const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

void
mp_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }

  /* A folder a test made read-only must be writable again to empty it. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      mp_test_remove_tree (child);
    }
  g_rmdir (path);
}

static void
dump_schema (GString *dump,
             sqlite3 *db,
             const char *schema)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  char *sql;

  sql = sqlite3_mprintf ("SELECT name FROM \"%w\".sqlite_schema WHERE type = 'table' ORDER BY name", schema);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_free (sql);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  sql = sqlite3_mprintf ("PRAGMA \"%w\".user_version", schema);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_free (sql);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append_printf (dump, "%s user_version %d\n", schema, sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      int n_columns;

      g_string_append_printf (dump, "%s.%s\n", schema, table);
      sql = sqlite3_mprintf ("SELECT * FROM \"%w\".\"%w\" ORDER BY 1", schema, table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      n_columns = sqlite3_column_count (stmt);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < n_columns; c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append (dump, c == 0 ? "  " : " | ");
              g_string_append (dump, text != NULL ? text : "NULL");
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
}

char *
mp_test_dump_database (const char *path,
                       const char *private_path)
{
  GString *dump = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  dump_schema (dump, db, "main");
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);

  if (private_path != NULL)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, "ATTACH DATABASE ?1 AS private", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, private_path, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      dump_schema (dump, db, "private");
    }

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return g_string_free (dump, FALSE);
}

char *
mp_test_self_path (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_file_read_link ("/proc/self/exe", &error);

  g_assert_no_error (error);

  return path;
}

MpStore *
mp_test_open_demo_store (const char *path,
                         const char *private_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);
  g_assert_true (mp_demo_populate (store, &today, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

const char *
mp_test_cli_path (void)
{
  const char *path = g_getenv ("MENTORING");

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("MENTORING must name the built mentoring binary (meson passes it)");

  return path;
}

void
mp_test_run_clear (MpTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
mp_test_run_cli (MpTestRun  *run,
                 const char *data_home,
                 const char *first_arg,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *config_home = g_build_filename (data_home, "config", NULL);
  int wait_status = 0;
  const char *arg;
  va_list args;

  mp_test_run_clear (run);

  g_ptr_array_add (argv, (char *) mp_test_cli_path ());
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* Headless, as a script or a cron job runs it: no display, no session bus needed. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* ---- Confidentiality ------------------------------------------------------------------ */

static char *
marker (GPtrArray  *markers,
        const char *field,
        guint       n)
{
  char *text = g_strdup_printf (MP_TEST_MARKER_PREFIX "%s%03u", field, n);

  g_ptr_array_add (markers, g_strdup (text));

  return text;
}

GPtrArray *
mp_test_plant_markers (MpStore    *store,
                       GPtrArray **note_markers)
{
  GPtrArray *markers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  GListModel *mentorships = mp_store_get_mentorships (store);
  g_autoptr(GError) error = NULL;
  guint n = 0, planted_notes = 0, planted_concerns = 0, planted_feedback = 0, planted_agreements = 0;

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (store, mentorship);
      g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (g_object_unref);
      MpAgreement *agreement;

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        g_ptr_array_add (existing, g_list_model_get_item (meetings, j));

      for (guint j = 0; j < existing->len; j++)
        {
          MpMeeting *meeting = g_ptr_array_index (existing, j);
          g_autoptr(MpMeeting) draft = mp_meeting_copy (meeting);
          g_autofree char *agenda = marker (markers, "Agenda", ++n);
          g_autofree char *summary = marker (markers, "Summary", n);
          g_autofree char *note = marker (notes, "Note", n);

          mp_meeting_set_agenda (draft, agenda);
          mp_meeting_set_summary (draft, summary);
          g_assert_true (mp_store_save_meeting (store, draft, &error));
          g_assert_no_error (error);
          g_assert_true (mp_store_set_private_note (store, meeting, note, &error));
          g_assert_no_error (error);
          planted_notes++;
        }

      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
        {
          g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 13, 15, 0, 0);
          g_autoptr(MpMeeting) logged = mp_meeting_new (mentorship, when);
          g_autoptr(MpConcern) concern = NULL;
          g_autofree char *agenda = marker (markers, "Agenda", ++n);
          g_autofree char *summary = marker (markers, "Summary", n);
          g_autofree char *note = marker (notes, "Note", n);
          g_autofree char *subject = marker (markers, "Subject", n);
          g_autofree char *text = marker (markers, "Text", n);
          g_autofree char *answer = marker (markers, "Answer", n);

          /* A meeting logged with its note in one go, as the mentor's window does. */
          mp_meeting_set_informal (logged, TRUE);
          mp_meeting_set_agenda (logged, agenda);
          mp_meeting_set_summary (logged, summary);
          g_assert_true (mp_store_log_meeting (store, logged, NULL, note, &error));
          g_assert_no_error (error);
          planted_notes++;

          concern = mp_concern_new (mentorship, subject, text);
          g_assert_true (mp_store_save_concern (store, concern, &error));
          g_assert_no_error (error);
          g_assert_true (mp_store_answer_concern (store, concern, answer, &error));
          g_assert_no_error (error);
          planted_concerns++;
        }

      for (MpFeedbackRole role = MP_FEEDBACK_ROLE_EMPLOYEE; role <= MP_FEEDBACK_ROLE_MENTOR; role++)
        {
          GListModel *feedback = mp_store_get_feedback (store, mentorship);
          g_autoptr(MpFeedback) draft = NULL;
          g_autofree char *comment = marker (markers, "Comment", ++n);

          for (guint j = 0; j < g_list_model_get_n_items (feedback) && draft == NULL; j++)
            {
              g_autoptr(MpFeedback) given = g_list_model_get_item (feedback, j);

              if (mp_feedback_get_role (given) == role)
                draft = mp_feedback_copy (given);
            }
          if (draft == NULL)
            {
              draft = mp_feedback_new (mentorship, role);
              mp_feedback_set_program_rating (draft, 4);
            }
          mp_feedback_set_comment (draft, comment);
          g_assert_true (mp_store_save_feedback (store, draft, &error));
          g_assert_no_error (error);
          planted_feedback++;
        }

      agreement = mp_store_get_agreement (store, mentorship);
      {
        g_autoptr(MpAgreement) draft = agreement != NULL ? mp_agreement_copy (agreement) : mp_agreement_new (mentorship);
        g_autofree char *expectations = marker (markers, "Expectations", ++n);

        mp_agreement_set_expectations (draft, expectations);
        g_assert_true (mp_store_save_agreement (store, draft, &error));
        g_assert_no_error (error);
        planted_agreements++;
      }
    }

  /* Every kind of field got at least one. */
  g_assert_cmpuint (planted_notes, >, 0);
  g_assert_cmpuint (planted_concerns, >, 0);
  g_assert_cmpuint (planted_feedback, >, 0);
  g_assert_cmpuint (planted_agreements, >, 0);

  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (markers, g_strdup (g_ptr_array_index (notes, i)));
  if (note_markers != NULL)
    *note_markers = g_steal_pointer (&notes);

  return markers;
}

static void
add_text (GPtrArray  *texts,
          const char *text,
          gsize       min_length)
{
  if (text != NULL && strlen (text) >= min_length)
    g_ptr_array_add (texts, g_strdup (text));
}

GPtrArray *
mp_test_collect_confidential (MpStore *store,
                              gsize    min_length)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GListModel *mentorships = mp_store_get_mentorships (store);

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (store, mentorship);
      GListModel *concerns = mp_store_get_concerns (store, mentorship);
      GListModel *feedback = mp_store_get_feedback (store, mentorship);
      MpAgreement *agreement = mp_store_get_agreement (store, mentorship);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);
          g_autofree char *note = mp_store_get_private_note (store, meeting);

          add_text (texts, mp_meeting_get_agenda (meeting), min_length);
          add_text (texts, mp_meeting_get_summary (meeting), min_length);
          add_text (texts, note, min_length);
        }
      for (guint j = 0; j < g_list_model_get_n_items (concerns); j++)
        {
          g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, j);

          add_text (texts, mp_concern_get_subject (concern), min_length);
          add_text (texts, mp_concern_get_text (concern), min_length);
          add_text (texts, mp_concern_get_answer (concern), min_length);
        }
      for (guint j = 0; j < g_list_model_get_n_items (feedback); j++)
        {
          g_autoptr(MpFeedback) given = g_list_model_get_item (feedback, j);

          add_text (texts, mp_feedback_get_comment (given), min_length);
        }
      if (agreement != NULL)
        add_text (texts, mp_agreement_get_expectations (agreement), min_length);
    }

  return texts;
}

void
mp_test_assert_no_confidential (const char *text,
                                GPtrArray  *texts,
                                const char *where)
{
  if (text == NULL)
    return;

  if (strstr (text, MP_TEST_MARKER_PREFIX) != NULL)
    g_error ("%s shows a confidential marker: %s", where, strstr (text, MP_TEST_MARKER_PREFIX));

  for (guint i = 0; texts != NULL && i < texts->len; i++)
    if (strstr (text, g_ptr_array_index (texts, i)) != NULL)
      g_error ("%s shows the confidential text “%s”", where, (const char *) g_ptr_array_index (texts, i));
}

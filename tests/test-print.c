/* test-print.c: MpPrintOperation exports the progress summaries to PDF through GTK
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mp-demo.h"
#include "mp-model.h"
#include "mp-pairing.h"
#include "mp-print-operation.h"
#include "mp-test-ui.h"

typedef struct
{
  char    *dir;
  MpStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *private_path = NULL;
  GDate today;

  fixture->dir = g_dir_make_tmp ("test-print-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  private_path = mp_demo_private_path (path);
  fixture->store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);
  g_assert_true (mp_demo_populate (fixture->store, &today, &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &today);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->store);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run (argv);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are needed");
      return FALSE;
    }

  return TRUE;
}

/* The first page as a PNG under the test's build folder, to be looked at. */
static void
snapshot_page (const char *pdf,
               const char *name)
{
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *prefix = g_build_filename (dir, name, NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix, NULL };
  g_autofree char *out = NULL;

  if (pdftoppm == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  out = run (argv);
}

static guint begin_calls;
static guint draw_calls;

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   gpointer           user_data)
{
  begin_calls++;
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 gpointer           user_data)
{
  draw_calls++;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(MpReport) report = NULL;
  g_autoptr(MpPrintOperation) operation = NULL;
  g_autoptr(MpPrintOperation) again = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autofree char *settings_path = mp_print_operation_get_settings_path ();
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;
  GtkPrintSettings *restored;
  MpReport *own = NULL;
  gboolean show_progress = FALSE;

  if (!have_poppler ())
    return;

  pairings = mp_report_list_pairings (fixture->store);
  report = mp_report_new_summaries (fixture->store, pairings, NULL, NULL);
  operation = mp_print_operation_new (report);
  g_object_get (operation, "report", &own, "show-progress", &show_progress, NULL);
  g_assert_true (own == report);
  g_clear_object (&own);
  g_assert_true (show_progress);
  g_assert_true (mp_print_operation_get_report (operation) == report);

  /* No settings saved yet. */
  g_assert_false (g_file_test (settings_path, G_FILE_TEST_EXISTS));

  gtk_print_settings_set (settings, "mentoring-test", "remembered");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  begin_calls = draw_calls = 0;
  g_signal_connect_after (operation, "begin-print", G_CALLBACK (on_begin_print_cb), NULL);
  g_signal_connect_after (operation, "draw-page", G_CALLBACK (on_draw_page_cb), NULL);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  /* Laid out once; each page drawn once. */
  g_assert_cmpuint (begin_calls, ==, 1);
  g_assert_cmpuint (draw_calls, ==, mp_report_get_n_pages (report));
  g_assert_cmpuint (pdf_pages (pdf), ==, mp_report_get_n_pages (report));
  g_assert_cmpuint (mp_report_get_n_pages (report), >=, 2);

  text = pdf_text (pdf);
  for (guint i = 0; i < pairings->len; i++)
    {
      MpPairing *pairing = g_ptr_array_index (pairings, i);

      g_assert_nonnull (strstr (text, mp_pairing_get_employee_name (pairing)));
    }
  g_assert_nonnull (strstr (text, "Page 1 of"));
  snapshot_page (pdf, "print-summaries");

  /* The settings were saved, and the next print operation starts from them. */
  g_assert_true (g_file_test (settings_path, G_FILE_TEST_IS_REGULAR));
  again = mp_print_operation_new (report);
  restored = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (again));
  g_assert_nonnull (restored);
  g_assert_cmpstr (gtk_print_settings_get (restored, "mentoring-test"), ==, "remembered");

  mp_test_ui_assert_no_app_warnings ();
}

/* "Print to File" offers a file named for what is printed, not "output.pdf" where the app was
 * started; the last file printed to, once there is one, instead */
static void
test_suggested_file_name (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GPtrArray) pairings = mp_report_list_pairings (fixture->store);
  g_autoptr(MpReport) report = mp_report_new_summaries (fixture->store, pairings, NULL, NULL);
  g_autoptr(MpPrintOperation) operation = mp_print_operation_new (report);
  g_autoptr(MpPrintOperation) again = mp_print_operation_new (report);
  g_autoptr(GtkPrintSettings) used = gtk_print_settings_new ();
  GtkPrintSettings *settings;

  /* No print before (the other tests' saved settings aside) */
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), NULL);
  mp_print_operation_suggest_file_name (operation, "progress-summaries-2026-03-16");
  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (settings);
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   "progress-summaries-2026-03-16");
  /* a folder (GTK 4.8 takes a name, not a URI): the user's, never the one the app started in */
  g_assert_nonnull (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR));
  g_assert_true (g_path_is_absolute (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR)));
  g_assert_true (g_file_test (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR), G_FILE_TEST_IS_DIR));

  /* After a print to a file, that file (GTK asks before printing over it) */
  gtk_print_settings_set (used, GTK_PRINT_SETTINGS_OUTPUT_URI, "file:///tmp/last-printout.pdf");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (again), used);
  mp_print_operation_suggest_file_name (again, "progress-summaries-2026-03-16");
  g_assert_null (gtk_print_settings_get (used, GTK_PRINT_SETTINGS_OUTPUT_BASENAME));
  g_assert_cmpstr (gtk_print_settings_get (used, GTK_PRINT_SETTINGS_OUTPUT_URI), ==, "file:///tmp/last-printout.pdf");
}

static void
test_evaluation (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(MpEvaluation) evaluation = mp_evaluation_compute (fixture->store, NULL, NULL);
  g_autoptr(MpReport) report = mp_report_new_evaluation (evaluation, NULL);
  g_autoptr(MpPrintOperation) operation = mp_print_operation_new (report);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "evaluation.pdf", NULL);
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  if (!have_poppler ())
    return;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);

  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Pilot evaluation"));
  g_assert_nonnull (strstr (text, "End-of-program feedback"));
  snapshot_page (pdf, "print-evaluation");

  mp_test_ui_assert_no_app_warnings ();
}

typedef struct
{
  gboolean                done;
  GtkPrintOperationResult result;
} PrintDone;

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  PrintDone               *done)
{
  done->done = TRUE;
  done->result = result;
}

static gboolean
print_done (gpointer data)
{
  return ((PrintDone *) data)->done;
}

static gboolean
operation_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* A summary to print, through a new operation whose settings name @path, on "Print to File" */
static MpPrintOperation *
new_operation_to_file (Fixture    *fixture,
                       const char *path)
{
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GtkPrintSettings) settings = mp_test_ui_print_to_file_settings (path);
  g_autoptr(GError) error = NULL;
  MpPrintOperation *operation;

  g_ptr_array_add (pairings, g_list_model_get_item (list, 0));
  report = mp_report_new_summaries (fixture->store, pairings, NULL, &error);
  g_assert_no_error (error);
  operation = mp_print_operation_new (report);

  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
  gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (operation), FALSE);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);

  return operation;
}

/* What the file printed to was when the operation began to print, before GTK writes it */
typedef struct
{
  const char *path;
  gboolean    cancel;   /* cancel the operation then, as its progress dialog may */
  gboolean    begun;
  int         mode;     /* its permissions, -1 when there was none */
} BeginPrint;

static void
on_begin_print_to_file_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   BeginPrint        *begin)
{
  GStatBuf st;

  begin->begun = TRUE;
  begin->mode = g_stat (begin->path, &st) == 0 ? (int) (st.st_mode & 0777) : -1;
  if (begin->cancel)
    gtk_print_operation_cancel (operation);
}

/* Prints a summary into @path through the print dialog, as HR does: "Print to File" chosen
 * (from the settings, as the dialog keeps them), Print pressed, and Replace when GTK asks
 * whether to replace a file there; the operation let go once done, as the HR window lets it
 * go, the job left to finish on its own. @begin: the file as the operation began to print
 * (and whether to cancel it then). @refusal: why the operation refused the file. */
static GtkPrintOperationResult
print_to_file_full (Fixture      *fixture,
                    const char   *path,
                    BeginPrint   *begin,
                    GError      **refusal)
{
  MpPrintOperation *operation = new_operation_to_file (fixture, path);
  g_autoptr(GError) error = NULL;
  PrintDone done = { FALSE, GTK_PRINT_OPERATION_RESULT_ERROR };
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);

  begin->path = path;
  begin->begun = FALSE;
  begin->mode = -1;
  g_signal_connect_after (operation, "begin-print", G_CALLBACK (on_begin_print_to_file_cb), begin);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), &done);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_IN_PROGRESS);
  g_assert_no_error (error);

  /* GTK asks before replacing a file, and only then */
  g_assert_true (mp_test_ui_print_to_file (exists) == exists);
  mp_test_ui_wait_until (print_done, &done, "the print operation");
  mp_print_operation_get_refusal (operation, refusal);

  g_signal_handlers_disconnect_by_func (operation, on_print_done_cb, &done);
  g_signal_handlers_disconnect_by_func (operation, on_begin_print_to_file_cb, begin);
  g_object_add_weak_pointer (G_OBJECT (operation), (gpointer *) &operation);
  g_object_unref (operation);
  mp_test_ui_wait_until (operation_gone, &operation, "the print job to finish");

  return done.result;
}

static GtkPrintOperationResult
print_to_file (Fixture      *fixture,
               const char   *path,
               GError      **refusal)
{
  BeginPrint begin = { NULL, FALSE, FALSE, -1 };

  return print_to_file_full (fixture, path, &begin, refusal);
}

static int
umask_now (void)
{
  mode_t mask = umask (0);

  umask (mask);

  return (int) mask;
}

static int
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);

  return (int) (st.st_mode & 0777);
}

/* The print dialog's own "Print to File" may name any file: never the database open (nor
 * your private notes, nor their journals), which GTK would replace by the printout. */
static void
test_print_to_file (Fixture       *fixture,
                    gconstpointer  user_data)
{
  const char *databases[] = { mp_store_get_path (fixture->store), mp_store_get_private_path (fixture->store) };
  g_autofree char *pdf = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GError) refusal = NULL;
  BeginPrint begin = { NULL, FALSE, FALSE, -1 };

  if (!have_poppler ())
    return;

  /* A file of its own is printed into, readable by its owner only, as the app's own exports,
   * whatever the umask: from its first byte (so before GTK writes it), and once written */
  g_assert_cmpint (print_to_file_full (fixture, pdf, &begin, &refusal), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (refusal);
  g_assert_true (begin.begun);
  g_assert_cmpint (begin.mode, ==, 0600);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  g_assert_cmpint (file_mode (pdf), ==, 0600);

  /* A file there already, readable by others, is made private before it is replaced */
  g_assert_cmpint (g_chmod (pdf, 0644), ==, 0);
  g_assert_cmpint (print_to_file_full (fixture, pdf, &begin, &refusal), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (refusal);
  g_assert_cmpint (begin.mode, ==, 0600);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  g_assert_cmpint (file_mode (pdf), ==, 0600);

  for (guint i = 0; i < G_N_ELEMENTS (databases); i++)
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_length, after_length;

      g_assert_true (g_file_get_contents (databases[i], &before, &before_length, NULL));
      g_assert_cmpint (print_to_file (fixture, databases[i], &refusal), ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
      g_assert_error (refusal, G_FILE_ERROR, G_FILE_ERROR_EXIST);
      g_assert_nonnull (strstr (refusal->message, "is a database"));
      g_clear_error (&refusal);

      /* Left as it was, and still a database the store reads */
      g_assert_true (g_file_get_contents (databases[i], &after, &after_length, NULL));
      g_assert_cmpmem (before, before_length, after, after_length);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store))), >, 0);

  /* A file of someone else's (who could read the printout GLib writes into it) is refused,
   * and left as it was (only root can give a file to someone else, as CI runs) */
  {
    g_autofree char *theirs = g_build_filename (fixture->dir, "theirs.pdf", NULL);
    g_autofree char *contents = NULL;

    GStatBuf st;

    g_assert_true (g_file_set_contents (theirs, "theirs", -1, NULL));
    /* (nobody's, or root's when the test runs as nobody) */
    if ((chown (theirs, geteuid () == 65534 ? 0 : 65534, (gid_t) -1) != 0) ||
        g_stat (theirs, &st) != 0 || st.st_uid == geteuid ())
      g_test_message ("Not root: a file of someone else's cannot be made here (%s)", g_strerror (errno));
    else
      {
        g_assert_cmpint (print_to_file (fixture, theirs, &refusal), ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
        g_assert_error (refusal, G_FILE_ERROR, G_FILE_ERROR_PERM);
        g_assert_nonnull (strstr (refusal->message, "belongs to someone else"));
        g_clear_error (&refusal);
        g_assert_true (g_file_get_contents (theirs, &contents, NULL, NULL));
        g_assert_cmpstr (contents, ==, "theirs");
        g_assert_cmpint (file_mode (theirs), ==, 0666 & ~umask_now ());
      }
  }

  mp_test_ui_assert_no_app_warnings ();
}

/* A print cancelled as it begins (from its progress dialog) leaves no file of its own, and
 * a file it would have replaced as it was, permissions included. */
static void
test_print_to_file_cancelled (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *kept = g_build_filename (fixture->dir, "kept.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) refusal = NULL;
  BeginPrint begin = { NULL, TRUE, FALSE, -1 };

  g_assert_cmpint (print_to_file_full (fixture, pdf, &begin, &refusal), ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_no_error (refusal);
  g_assert_true (begin.begun);
  g_assert_cmpint (begin.mode, ==, 0600);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (kept, "kept", -1, NULL));
  g_assert_cmpint (g_chmod (kept, 0644), ==, 0);
  g_assert_cmpint (print_to_file_full (fixture, kept, &begin, &refusal), ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_no_error (refusal);
  g_assert_cmpint (begin.mode, ==, 0600);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "kept");
  g_assert_cmpint (file_mode (kept), ==, 0644);

  mp_test_ui_assert_no_app_warnings ();
}

static void
on_preview_ready_cb (GtkPrintOperationPreview *preview,
                     GtkPrintContext          *context,
                     gpointer                  user_data)
{
  gtk_print_operation_preview_end_preview (preview);
}

/* A previewer of the test's own (as an application may have): the pages laid out, then the
 * preview ended */
static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               gpointer                  user_data)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_signal_connect (preview, "ready", G_CALLBACK (on_preview_ready_cb), NULL);

  return TRUE;
}

/* A preview writes no file of the dialog's: not refused when that names a database, and the
 * file named left as it was (its mode too) */
static void
test_preview_to_file (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.pdf", NULL);
  const char *paths[] = { mp_store_get_path (fixture->store), other };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (other, "not printed", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (other, 0644), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      MpPrintOperation *operation = new_operation_to_file (fixture, paths[i]);
      PrintDone done = { FALSE, GTK_PRINT_OPERATION_RESULT_ERROR };
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_length, after_length;
      GStatBuf st;

      g_assert_true (g_file_get_contents (paths[i], &before, &before_length, NULL));
      g_signal_connect (operation, "preview", G_CALLBACK (on_preview_cb), NULL);
      g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), &done);
      g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW,
                                                NULL, &error), !=, GTK_PRINT_OPERATION_RESULT_ERROR);
      g_assert_no_error (error);
      mp_test_ui_wait_until (print_done, &done, "the preview");

      g_assert_false (mp_print_operation_get_refusal (operation, NULL));
      /* (laid out for the preview) */
      g_assert_cmpint (gtk_print_operation_get_n_pages_to_print (GTK_PRINT_OPERATION (operation)), ==, 1);
      g_signal_handlers_disconnect_by_func (operation, on_print_done_cb, &done);
      g_object_add_weak_pointer (G_OBJECT (operation), (gpointer *) &operation);
      g_object_unref (operation);
      mp_test_ui_wait_until (operation_gone, &operation, "the preview to end");

      g_assert_true (g_file_get_contents (paths[i], &after, &after_length, NULL));
      g_assert_cmpmem (before, before_length, after, after_length);
      if (i == 1)
        {
          g_assert_cmpint (g_stat (other, &st), ==, 0);
          g_assert_cmpint (st.st_mode & 0777, ==, 0644);
        }
    }

  mp_test_ui_assert_no_app_warnings ();
}

int
main (int   argc,
      char *argv[])
{
  if (!mp_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/print/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/print/to-file", Fixture, NULL, fixture_set_up, test_print_to_file, fixture_tear_down);
  g_test_add ("/print/to-file-cancelled", Fixture, NULL, fixture_set_up, test_print_to_file_cancelled,
              fixture_tear_down);
  g_test_add ("/print/preview-to-file", Fixture, NULL, fixture_set_up, test_preview_to_file, fixture_tear_down);
  g_test_add ("/print/evaluation", Fixture, NULL, fixture_set_up, test_evaluation, fixture_tear_down);
  g_test_add ("/print/suggested-file-name", Fixture, NULL, fixture_set_up, test_suggested_file_name,
              fixture_tear_down);

  return g_test_run ();
}
